#!/usr/bin/env python3
"""Rebuild the third batch of tests/data/real/ (issue 12): e-mail notification and one-time-code
templates that real services send in Chinese, Spanish and English.

Usage:
    LOGIN_GOV_IDP_GIT=/path/to/identity-idp/.git LOGIN_GOV_SITE_GIT=/path/to/identity-site/.git \
        ALLAUTH_SDIST=/path/to/django_allauth-65.22.1 PRETIX_WHEEL_DIR=/path/to/unzipped/pretix-2026.8.0-wheel \
        FST_WHEEL_DIR=/path/to/unzipped/flask_security_too-5.9.2-wheel \
        python3 scripts/real_corpus/build_more.py candidates   # print the texts
    ... python3 scripts/real_corpus/build_more.py assemble     # write the jsonl files

Sources (see tests/data/real/README.md, section "Third batch"):
  * login_gov_mailer: every `user_mailer.<template>.*` string of config/locales/{en,es,zh}.yml of
    github.com/18F/identity-idp at a pinned commit (public domain + CC0 1.0), read with `git show`.
    One text per template and language: the subject first, then the template's other strings in
    file order, joined by newlines.
  * allauth_email: the e-mail templates (`templates/*/email/*_message.txt`, with their subject) of
    django-allauth 65.22.1 as published on PyPI (MIT), rendered in en, es, zh_Hans and zh_Hant with
    the package's own compiled translations (`locale/*/LC_MESSAGES/django.mo`).
  * mastodon_devise_mailer: the `devise.mailer` section of Mastodon's zh-CN, zh-TW, zh-HK and es-MX
    bundles, copied verbatim into scripts/real_corpus/raw/mastodon/ (AGPL-3.0). One text per
    template: subject, title, explanation, extra.
  * login_gov_help_more: the Login.gov help articles (zh, es) of github.com/GSA-TTS/identity-site
    that build_zh.py did not take, selected, cut and split exactly as there (by article).
  * pretix_email: the default e-mail texts of pretix 2026.8.0 (PyPI wheel; AGPL-3.0 with
    additional terms), subject + body, in en, es, zh_Hans and zh_Hant from its catalogues; the
    order-placed mail carries the bank-transfer plugin's payment details (documentation IBAN).
  * flask_security_email: Flask-Security-Too 5.9.2's plain-text e-mails (PyPI wheel, MIT), subject
    and sentences, in en, es_ES and zh_Hans_CN; a template with any untranslated sentence is
    skipped in that language.
Labels come from scripts/real_corpus/labels/labels_more.tsv (id, category, credential_request,
credentials, borderline), assigned by an AI reader reading each text; the scanner played no part.

Split: the unit is one template of one repository (all its languages together), or one help
article; a unit is held out when SHA-256 of `<repository>:<template or article>` is 0 mod 3, else
dev. Fixed before any scanner run on these texts.
"""
import os
import re
import subprocess
import sys

import yaml

from corpus import catalogue, git_show, hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_more.tsv")

CODE = "482913"  # every one-time-code placeholder is filled with this fixed value
IDP_COMMIT = "e4407766eb79"  # same commit as login_gov_telephony in build_zh.py
IDP_LANGS = [("en", "en"), ("es", "es"), ("zh", "zh-Hans")]
ALLAUTH_VERSION = "65.22.1"
ALLAUTH_LANGS = [("en", "en"), ("es", "es"), ("zh_Hans", "zh-Hans"), ("zh_Hant", "zh-Hant")]
MASTODON = [
    ("zh-CN", "zh-Hans", "002d50511ae8f512f4ca92876192f97e80b95cc3"),
    ("zh-TW", "zh-Hant", "008f8e102844b5290b84a5428a5fdb8e3973eb03"),
    ("zh-HK", "zh-Hant", "0839c1196cce6738cad4b9fc0fb4f8c0f03d4e17"),
    ("es-MX", "es", "1962ecdcaebcc643ff10b881340d8bbea0393894"),
]

# Fixed fillers for named placeholders (Login.gov's %{name}, allauth's {{ name }}, Mastodon's %{name}).
FILL = {
    "app_name": "Login.gov", "app_name_html": "Login.gov", "sp_name": "Demo Agency",
    "sp_or_app_name": "Demo Agency", "agency": "Demo Agency", "agency_name": "Demo Agency",
    "contact_number": "844-555-0100", "support_code": "ABCD", "confirmation_period": "24 hours",
    "expires": "10", "hours": "24", "days": "7", "date": "2026-11-27", "time": "10:00",
    "code": CODE, "intro": "", "host": "mastodon.example", "instance": "mastodon.example",
    "app": "Mastodon", "site_name": "Demo", "site_domain": "example.com", "user_display": "alice",
    "username": "alice", "email": "alice@example.com", "ip": "203.0.113.7",
    "user_agent": "Firefox", "timestamp": "2026-11-27 10:00", "from_email": "alice@example.com",
    "to_email": "alice.chen@example.com", "deleted_email": "alice@example.com",
    "provider": "GitHub", "account": "alice", "phone": "+1 844-555-0100",
}
LINKS = {
    "activate_url": "https://example.com/accounts/confirm-email/MQ:1v/",
    "password_reset_url": "https://example.com/accounts/password/reset/key/1-set-password/",
    "signup_url": "https://example.com/accounts/signup/",
}


def fill(match):
    name = match.group(1)
    if name.endswith("_link_html") or name.endswith("_link"):
        return "https://secure.login.gov/account"
    return FILL.get(name, "Demo")


def clean(text):
    text = re.sub(r"<br\s*/?>", "\n", text)
    text = re.sub(r"<[^>]+>", "", text)
    text = re.sub(r"%\{(\w+)\}", fill, text)
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def login_gov_items():
    git_dir = os.environ["LOGIN_GOV_IDP_GIT"]
    for code, lang in IDP_LANGS:
        path = f"config/locales/{code}.yml"
        data = yaml.safe_load(git_show(git_dir, IDP_COMMIT, path))
        templates = {}
        for key, value in data.items():
            parts = key.split(".")
            if parts[0] != "user_mailer" or len(parts) < 3 or not isinstance(value, str):
                continue
            templates.setdefault(parts[1], []).append((".".join(parts[2:]), value))
        for name, strings in templates.items():
            strings.sort(key=lambda kv: 0 if kv[0] == "subject" else 1)  # stable: file order
            text = "\n".join(clean(v) for _, v in strings if clean(v))
            unit = f"18F/identity-idp:user_mailer.{name}"
            yield {
                "id": f"lgm-{code}-{name}", "lang": lang, "text": text,
                "source": "login_gov_mailer",
                "origin": f"github.com/18F/identity-idp@{IDP_COMMIT}:{path}#user_mailer.{name}",
                "split_unit": unit, "truncated": False, "selection": "all_mailer_templates",
            }


# --- django-allauth: a small renderer for the tags its e-mail templates use -------------------
def allauth_render(root, rel, trans, ctx):
    def read(r):
        return open(os.path.join(root, "templates", r), encoding="utf-8").read()

    def content_of(text):
        m = re.search(r"{% block content %}(.*){% endblock(?: content)? ?%}", text, re.S)
        return m.group(1) if m else text

    src = read(rel)
    # an included template contributes its content block
    src = re.sub(r'{% include "([^"]+)" %}', lambda m: content_of(read(m.group(1))), src)
    ext = re.search(r'{% extends "([^"]+)" %}', src)
    if ext:
        base = read(ext.group(1))
        note = re.search(r"{% block notification_message %}(.*?){% endblock notification_message ?%}", src, re.S)
        if note:  # base_notification.txt: the child fills its notification block
            body = content_of(base)
            body = re.sub(r"{% block notification_message %}.*?{% endblock notification_message ?%}",
                          lambda _: note.group(1), body, flags=re.S)
            base = read(re.search(r'{% extends "([^"]+)" %}', base).group(1))
        else:
            body = content_of(src)
        src = re.sub(r"{% block content %}.*?{% endblock content %}", lambda _: body, base, flags=re.S)
    src = re.sub(r"{% (load|extends|user_display)[^%]*%}", "", src)
    src = re.sub(r"{% (end)?autoescape( off)? %}", "", src)

    def if_block(m):
        cond, yes, no = m.group(1), m.group(2), m.group(4) or ""
        return yes if ctx.get(cond) else no
    src = re.sub(r"{% if (\w+) %}(.*?)({% else %}(.*?))?{% endif %}", if_block, src, flags=re.S)

    def blocktrans(m):
        body = m.group(2)
        msgid = re.sub(r"{{ ?(\w+) ?}}", r"%(\1)s", body)
        out = trans.gettext(msgid)
        return re.sub(r"%\((\w+)\)s", lambda v: str(ctx.get(v.group(1), "Demo")), out)
    src = re.sub(r"{% blocktrans(?:late)?( with [^%]*)? %}(.*?){% endblocktrans(?:late)? %}",
                 blocktrans, src, flags=re.S)
    src = re.sub(r"{{ ?(\w+) ?}}", lambda v: str(ctx.get(v.group(1), "Demo")), src)
    return re.sub(r"\n{3,}", "\n\n", src).strip()


def allauth_items():
    root = os.path.join(os.environ["ALLAUTH_SDIST"], "allauth")
    rels = []
    for app in ("account", "mfa", "socialaccount"):
        d = os.path.join(root, "templates", app, "email")
        rels += [f"{app}/email/{f}" for f in sorted(os.listdir(d)) if f.endswith("_message.txt")
                 and not f.startswith("base_")]
    for code, lang in ALLAUTH_LANGS:
        trans = catalogue(None if code == "en" else os.path.join(root, "locale", code, "LC_MESSAGES", "django.mo"))
        for rel in rels:
            name = rel.rsplit("/", 1)[1][: -len("_message.txt")]
            variants = [("", {})]
            if "{% if code %}" in open(os.path.join(root, "templates", rel), encoding="utf-8").read():
                variants = [("-code", {"code": CODE}), ("-link", {"code": ""})]
            elif rel == "account/email/email_confirmation_signup_message.txt":
                variants = [("-code", {"code": CODE}), ("-link", {"code": ""})]
            for suffix, extra in variants:
                ctx = dict(FILL, **LINKS, **extra)
                subject = allauth_render(root, rel.replace("_message.txt", "_subject.txt"), trans, ctx)
                body = allauth_render(root, rel, trans, ctx)
                yield {
                    "id": f"aa-{code}-{name}{suffix}", "lang": lang, "text": f"{subject}\n{body}",
                    "source": "allauth_email",
                    "origin": f"pypi:django-allauth=={ALLAUTH_VERSION}:allauth/templates/{rel}",
                    "split_unit": f"pennersr/django-allauth:{name}", "truncated": False,
                    "selection": "all_email_templates",
                }


def mastodon_items():
    order = ["subject", "title", "explanation", "explanation_when_pending", "extra", "extra_html"]
    for bundle, lang, commit in MASTODON:
        path = os.path.join(HERE, "raw", "mastodon", f"devise.{bundle}.mailer.yml")
        data = yaml.safe_load(open(path, encoding="utf-8"))

        def leaves(prefix, node):
            if all(isinstance(v, str) for v in node.values()):
                yield prefix, node
            else:
                for k, v in node.items():
                    if isinstance(v, dict):
                        yield from leaves(f"{prefix}.{k}" if prefix else k, v)
        for name, fields in leaves("", data):
            keys = [k for k in order if k in fields]
            text = "\n".join(clean(fields[k]) for k in keys)
            if "explanation" not in fields:  # subject-only templates carry no body
                continue
            yield {
                "id": f"md-{bundle}-{name}", "lang": lang, "text": text,
                "source": "mastodon_devise_mailer",
                "origin": f"github.com/mastodon/mastodon@{commit[:12]}:config/locales/devise.{bundle}.yml#devise.mailer.{name}",
                "split_unit": f"mastodon/mastodon:devise.mailer.{name}", "truncated": False,
                "selection": "all_mailer_templates",
            }


def login_gov_help_more_items():
    """The Login.gov help articles that build_zh.py left out (every folder of content/_help/
    except the three it took), selected and cut exactly as there: the first 4 text blocks per
    page in SHA-256 order of their text; the split unit is the article."""
    sys.path.insert(0, HERE)
    import build_zh

    gitdir = os.environ["LOGIN_GOV_SITE_GIT"]
    commit = build_zh.LOGIN_GOV_SITE_COMMIT
    paths = subprocess.run(
        ["git", "--git-dir", gitdir, "ls-tree", "-r", "--name-only", commit, "content/_help/"],
        capture_output=True, check=True,
    ).stdout.decode("utf-8").split()
    for path in sorted(paths):
        m = re.search(r"\._(zh|es)\.md$", path)
        if not m or path.startswith(build_zh.LOGIN_GOV_SITE_DIRS):
            continue
        blocks = sorted(set(build_zh.markdown_blocks(git_show(gitdir, commit, path))), key=sha)
        for text in blocks[: build_zh.LOGIN_GOV_SITE_CAP]:
            text, truncated = build_zh.cut(text)
            yield {
                "id": "lgs-" + sha(path + text)[:10],
                "lang": build_zh.SITE_LANGS[m.group(1)],
                "text": text,
                "source": "login_gov_help_more",
                "origin": f"github.com/GSA-TTS/identity-site@{commit[:12]}:{path}",
                "split_unit": "GSA-TTS/identity-site:" + re.sub(r"\._(zh|es)\.md$", "", path),
                "truncated": truncated,
                "selection": f"first_{build_zh.LOGIN_GOV_SITE_CAP}_blocks_per_page_in_hash_order",
            }


PRETIX_VERSION = "2026.8.0"
PRETIX_LANGS = [("en", "en"), ("es", "es"), ("zh_Hans", "zh-Hans"), ("zh_Hant", "zh-Hant")]
PRETIX_FILL = {
    "event": "DemoCon 2026", "total_with_currency": "€25.00", "expire_date": "2026-12-04",
    "url": "https://pretix.example/democon/2026/order/AB12C/s3cr3t/", "name": "Alice Chen",
    "attendee_name": "Alice Chen", "organizer": "Demo Events", "code": "AB12C",
    "order_email": "alice@example.com", "hours": "48", "pending_sum": "€25.00",
    "product": "Conference ticket", "comment": "", "message": "",
    "orders": "- AB12C: https://pretix.example/democon/2026/order/AB12C/s3cr3t/",
    "url_remove": "https://pretix.example/democon/2026/waitinglist/remove?voucher=X1",
}


def pretix_payment_info(trans):
    """What pretix's bank-transfer plugin puts into {payment_info} (order_pending_mail_render,
    SEPA details), with a documentation IBAN and its own translated labels."""
    t = trans.gettext("Please transfer the full amount to the following bank account:") + "\n\n"
    rows = [("Reference", "DEMOCON-AB12C"), ("Amount", "€25.00"),
            ("Account holder", "Demo Events GmbH"), ("IBAN", "DE02 1203 0000 0000 2020 51"),
            ("BIC", "BYLADEM1001"), ("Bank", "Demo Bank")]
    return t + "  \n".join(f"**{trans.gettext(k)}:** {v}" for k, v in rows)


def pretix_items():
    """The default e-mail texts of pretix (`mail_text_*` with their `mail_subject_*` in
    pretix/base/settings.py of the PyPI wheel), in en, es, zh_Hans and zh_Hant from the wheel's
    own catalogues; a text whose body the catalogue leaves untranslated is skipped (it would be
    English labelled Chinese)."""
    root = os.environ["PRETIX_WHEEL_DIR"]
    src = open(os.path.join(root, "pretix", "base", "settings.py"), encoding="utf-8").read()
    head = r"'(mail_{}_\w+)': \{{\s*'type': LazyI18nString,\s*'default': LazyI18nString.from_gettext\(gettext_noop\("
    texts = re.findall(head.format("text") + r'"""(.*?)"""\)\)', src, re.S)
    subjects = dict(re.findall(head.format("subject") + r'"([^"]*)"\)\)', src, re.S))
    for code, lang in PRETIX_LANGS:
        trans = catalogue(None if code == "en" else os.path.join(root, "pretix", "locale", code, "LC_MESSAGES", "django.mo"))
        for key, body in texts:
            name = key[len("mail_text_"):]
            # The bank-transfer details are what a pending order's mail carries; elsewhere
            # (e.g. a paid order) that plugin adds nothing of the kind.
            info = pretix_payment_info(trans) if name == "order_placed" else ""
            fill = dict(PRETIX_FILL, payment_info=info)
            if code != "en" and trans.gettext(body) == body:
                continue
            subject = subjects.get("mail_subject_" + name, "")
            text = trans.gettext(subject) + "\n" if subject else ""
            text += trans.gettext(body)
            text = re.sub(r"\{(\w+)\}", lambda m: fill.get(m.group(1), "Demo"), text)
            text = re.sub(r"[ \t]+\n", "\n", text)
            text = re.sub(r"\n{3,}", "\n\n", text).strip()
            text, truncated = (text[:500].rsplit(" ", 1)[0], True) if len(text) > 500 else (text, False)
            yield {
                "id": f"px-{code}-{name}", "lang": lang, "text": text, "source": "pretix_email",
                "origin": f"pypi:pretix=={PRETIX_VERSION}:pretix/base/settings.py#mail_text_{name}",
                "split_unit": f"pretix/pretix:{name}", "truncated": truncated,
                "selection": "all_default_mail_texts",
            }


FST_VERSION = "5.9.2"
FST_LANGS = [("en", "en"), ("es_ES", "es"), ("zh_Hans_CN", "zh-Hans")]
# Each e-mail template of Flask-Security-Too with the subject its configuration defaults to
# (core.py: EMAIL_SUBJECT_*, CHANGE_EMAIL_SUBJECT, US_EMAIL_SUBJECT).
FST_SUBJECTS = {
    "change_email_instructions": "Confirm your new email address",
    "change_notice": "Your password has been changed",
    "change_username_notice": "Your username has been changed",
    "confirmation_instructions": "Please confirm your email",
    "login_instructions": "Login instructions",
    "reset_instructions": "Password reset instructions",
    "reset_notice": "Your password has been reset",
    "two_factor_instructions": "Two-Factor Login",
    "two_factor_rescue": "Two-Factor Rescue",
    "us_instructions": "Verification Code",
    "username_recovery": "Your requested username",
    "welcome": "Welcome",
    "welcome_existing": "Welcome",
    "welcome_existing_username": "Welcome",
}
FST_FILL = {
    "link": "https://app.example.com/confirm-email/Ab3", "within": "1 hour",
    "email": "alice@example.com", "confirmation_link": "https://app.example.com/confirm/Ab3",
    "reset_link": "https://app.example.com/reset/Ab3", "username": "alice", "token": CODE,
    "code": CODE, "login_link": "https://app.example.com/us-verify-link?code=482913",
}


def fst_items():
    """Flask-Security-Too's plain-text e-mails (templates/security/email/*.txt of the PyPI wheel,
    MIT): every `_fsdomain("…")` sentence of a template in order (both branches of an `if`),
    translated with the wheel's catalogues, after the template's default subject."""
    root = os.path.join(os.environ["FST_WHEEL_DIR"], "flask_security")
    tdir = os.path.join(root, "templates", "security", "email")
    for code, lang in FST_LANGS:
        trans = catalogue(None if code == "en" else os.path.join(root, "translations", code, "LC_MESSAGES", "flask_security.mo"))
        for fname in sorted(os.listdir(tdir)):
            if not fname.endswith(".txt"):
                continue
            name = fname[:-4]
            src = re.sub(r"\{#.*?#\}", "", open(os.path.join(tdir, fname), encoding="utf-8").read(), flags=re.S)
            fill = dict(FST_FILL, within={"en": "1 hour", "es": "1 hora"}.get(lang, "1 小时"))
            lines = [trans.gettext(FST_SUBJECTS[name])]
            untranslated = False
            for m in re.finditer(r"\{\{\s*(?:_fsdomain\((['\"])(.*?)\1|(\w+)\s*\}\})", src, re.S):
                if m.group(2) is not None:
                    msg = trans.gettext(m.group(2))
                    untranslated |= code != "en" and msg == m.group(2)
                    lines.append(msg % fill if "%(" in m.group(2) else msg)
                elif m.group(3) in fill:
                    lines.append(fill[m.group(3)])
            if untranslated:  # English sentences would be labelled with the catalogue's language
                continue
            yield {
                "id": f"fs-{code}-{name}", "lang": lang, "text": "\n".join(lines),
                "source": "flask_security_email",
                "origin": f"pypi:Flask-Security-Too=={FST_VERSION}:flask_security/templates/security/email/{fname}",
                "split_unit": f"pallets-eco/flask-security:{name}", "truncated": False,
                "selection": "all_plain_text_email_templates",
            }


def items():
    yield from login_gov_items()
    yield from allauth_items()
    yield from mastodon_items()
    yield from login_gov_help_more_items()
    yield from pretix_items()
    yield from fst_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
