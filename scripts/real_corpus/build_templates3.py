#!/usr/bin/env python3
"""Rebuild the seventh batch of tests/data/real/ (issue 12): legitimate notification and account
e-mails (subscription confirmations and welcomes, password reminders that supply the password,
held-post, bounce and moderation notices, password-recovery, e-mail-change and verification mails,
project and invitation notices) of three more products (GNU Mailman 2.1, GNU Mailman 3, Taiga), in
zh-Hans, zh-Hant, es and en, taken from their own per-language templates and catalogues.

Usage:
    MAILMAN2_GIT=/path/to/gnu-mailman/.git MAILMAN3_DIR=/path/to/unpacked/mailman3-deb \
        TAIGA_GIT=/path/to/taiga-back/.git \
        python3 scripts/real_corpus/build_templates3.py candidates   # print the texts
    ... python3 scripts/real_corpus/build_templates3.py assemble     # write the jsonl files

Sources (see tests/data/real/README.md, section "Seventh batch (templates)"):
  * mailman2_email: GNU Mailman 2.1's e-mail templates, templates/{en,es,zh_CN,zh_TW}/*.txt (the
    `.html` files are web pages, not mails), from the GitHub copy github.com/jurov/gnu-mailman at
    upstream commit 77e40fbbc6bcc5107ab3cf761d312566afda97d5 (Mark Sapiro, 2014-10-25, Mailman
    2.1.18+; before the copy's own changes began), GPL-2.0-or-later (`gnu-COPYING-GPL`).
  * mailman3_email: GNU Mailman 3.3.8's templates as Debian ships them (package mailman3
    3.3.8-2~deb12u2, GPL-3.0-or-later), usr/lib/python3/dist-packages/mailman/templates/
    {en,es,zh_Hans}/*.txt.
  * taiga_email: Taiga's e-mails (github.com/taigaio/taiga-back, MPL-2.0, commit
    3bea7114007afd83478a8d6f2a70afd70d94dc21): every `*-body-text.jinja` template with its `*-subject.jinja`,
    rendered with Jinja2's i18n extension and taiga/locale/{es,zh_Hans,zh_Hant}/LC_MESSAGES/django.po.
Labels come from scripts/real_corpus/labels/labels_templates3.tsv (id, category,
credential_request, credentials, borderline), assigned by an AI reader reading each text; the
scanner played no part.

Every template of each product is taken, one text per template and language. A template is skipped
in a language that leaves any of its strings untranslated (Mailman: a line of 12 or more characters
identical to a line of the English template, or a template the language lacks; Taiga: any message
the catalogue does not translate). Near-duplicates collapse within a product and language (digits
and white space ignored). Placeholders are filled with the fixed values of the earlier batches
(`alice` / `Alice Chen`, `bob` / `Bob Li`, `Demo …` names, links on `*.example.com`/`.org`, the
password `Tq7m-Wz4k-Rb9x` where a mail supplies one, `203.0.113.7`); unknown values `Demo`. Cut at
500 characters as before.

Split: the unit is one template of one product with all its languages (`mailman/mailman2:<template>`,
`mailman/mailman3:<template>`, `taigaio/taiga-back:<template>`); held out when SHA-256 of the unit is
0 mod 3 (corpus.hashed_split). Fixed and committed before any scanner run on these texts.
"""
import os
import re
import subprocess

from build_templates import item
from build_templates2 import dedup_key, git_ls
from corpus import git_show, hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates3.tsv")

PASSWORD = "Tq7m-Wz4k-Rb9x"
LIST = "https://lists.example.org"


def english_lines(text):
    return {ln.strip() for ln in text.splitlines() if len(ln.strip()) >= 12 and re.search(r"[A-Za-z]{3}", ln)}


def untranslated_lines(text, en_text):
    """True when a line of `text` (12+ characters, with words, not only placeholders or an address)
    is also a line of the English template: that sentence would be sent in English."""
    en = english_lines(en_text)
    for ln in text.splitlines():
        s = ln.strip()
        if s not in en:
            continue
        bare = re.sub(r"%\([a-z_]+\)s|\$\{?[a-z_]+\}?|\S+@\S+|https?://\S+", "", s)
        if len(re.findall(r"[A-Za-z]{2,}", bare)) >= 2:
            return True
    return False


# --- GNU Mailman 2.1 --------------------------------------------------------------------------
MAILMAN2_COMMIT = "77e40fbbc6bcc5107ab3cf761d312566afda97d5"
MAILMAN2_LANGS = [("en", "en"), ("es", "es"), ("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant")]
MAILMAN2_VALUES = {
    "listname": "demo-list", "real_name": "Demo-list", "requestaddr": "demo-list-request@lists.example.org",
    "listinfo_url": LIST + "/mailman/listinfo/demo-list", "hostname": "lists.example.org",
    "host_name": "lists.example.org", "confirmurl": LIST + "/mailman/confirm/demo-list/5f2c9a0e1b7d4c3a",
    "reason": "Post by non-member to a members-only list", "password": PASSWORD,
    "owneraddr": "demo-list-owner@lists.example.org", "optionsurl": LIST + "/mailman/options/demo-list/alice%40example.com",
    "options_url": LIST + "/mailman/options/demo-list/alice%40example.com",
    "adminaddr": "demo-list-owner@lists.example.org", "subject": "Meeting on Friday",
    "listaddr": "demo-list@lists.example.org", "email": "alice@example.com", "cookie": "5f2c9a0e1b7d4c3a",
    "admindb_url": LIST + "/mailman/admindb/demo-list", "version": "2.1.18", "username": "alice@example.com",
    "sender": "bob@example.com", "remote": "bob@example.com", "member": "alice@example.com",
    "listadmin": "demo-list-owner@lists.example.org", "welcome": "Welcome to the Demo list.",
    "useraddr": "alice@example.com", "user": "alice@example.com", "umbrella": "", "siteowner": "mailman-owner@lists.example.org",
    "request": "subscribe", "reenable": "", "owneremail": "demo-list-owner@lists.example.org",
    "owner": "demo-list-owner@lists.example.org", "num": "2", "noticesleft": "2", "negative": "",
    "listowner": "demo-list-owner@lists.example.org", "got_request_email": "demo-list-request@lists.example.org",
    "got_owner_email": "demo-list-owner@lists.example.org", "got_listinfo_url": LIST + "/mailman/listinfo/demo-list",
    "got_list_email": "demo-list@lists.example.org", "fqdn_lname": "demo-list@lists.example.org",
    "exreq": "", "emailaddr": "demo-list-request@lists.example.org", "did": "", "commands": "",
    "cmd": "help", "but": "", "admin_url": LIST + "/mailman/admin/demo-list", "address": "alice@example.com",
    "addr": "alice@example.com", "date": "2026-11-27", "interval": "3", "sender_email": "bob@example.com",
}


def decode(raw):
    for enc in ("utf-8", "gb18030", "big5", "iso-8859-1"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue


def git_show_bytes(git_dir, commit, path):
    return subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout


def mailman2_fill(text):
    return re.sub(r"%\((\w+)\)s", lambda m: MAILMAN2_VALUES.get(m.group(1), "Demo"), text).replace("%%", "%")


def mailman2_items():
    git_dir = os.environ["MAILMAN2_GIT"]
    names = [n.split("/")[-1] for n in git_ls(git_dir, MAILMAN2_COMMIT, "templates/en") if n.endswith(".txt")]
    en = {n: decode(git_show_bytes(git_dir, MAILMAN2_COMMIT, f"templates/en/{n}")) for n in names}
    for code, lang in MAILMAN2_LANGS:
        have = set(git_ls(git_dir, MAILMAN2_COMMIT, f"templates/{code}"))
        seen = set()
        for name in names:
            if name not in have:
                continue
            path = f"templates/{code}/{name}"
            src = decode(git_show_bytes(git_dir, MAILMAN2_COMMIT, path))
            if code != "en" and untranslated_lines(src, en[name]):
                continue
            text = mailman2_fill(src).strip()
            if dedup_key(text) in seen:
                continue
            seen.add(dedup_key(text))
            tmpl = name[: -len(".txt")]
            yield item(f"mm2-{code}-{tmpl}", lang, text, "mailman2_email",
                       f"github.com/jurov/gnu-mailman@{MAILMAN2_COMMIT[:12]}:{path}",
                       f"mailman/mailman2:{tmpl}", "all_email_templates")


# --- GNU Mailman 3 --------------------------------------------------------------------------
MAILMAN3_VERSION = "debian:mailman3=3.3.8-2~deb12u2"
MAILMAN3_LANGS = [("en", "en"), ("es", "es"), ("zh_Hans", "zh-Hans")]
MAILMAN3_VALUES = {
    "listname": "demo-list@lists.example.org", "owner_email": "demo-list-owner@lists.example.org",
    "member": "Alice Chen <alice@example.com>", "display_name": "Demo-list",
    "request_email": "demo-list-request@lists.example.org", "sender_email": "bob@example.com",
    "domain": "lists.example.org", "user_email": "alice@example.com", "token": "5f2c9a0e1b7d4c3a9e8f",
    "subject": "Meeting on Friday", "reasons": "The message is not from a list member", "short_listname": "demo-list",
    "count": "2", "version": "3.3.8", "site_email": "postmaster@lists.example.org", "request": "subscribe",
    "reason": "The message is not from a list member", "data": "", "commands": "", "administrator": "Alice Chen",
}


def mailman3_fill(text):
    return re.sub(r"\$\{?(\w+)\}?", lambda m: MAILMAN3_VALUES.get(m.group(1), "Demo"), text).replace("$$", "$")


def mailman3_items():
    root = os.path.join(os.environ["MAILMAN3_DIR"], "usr/lib/python3/dist-packages/mailman/templates")
    names = sorted(n for n in os.listdir(os.path.join(root, "en")) if n.endswith(".txt"))
    en = {n: open(os.path.join(root, "en", n), encoding="utf-8").read() for n in names}
    for code, lang in MAILMAN3_LANGS:
        seen = set()
        for name in names:
            path = os.path.join(root, code, name)
            if not os.path.exists(path):
                continue
            src = open(path, encoding="utf-8").read()
            if code != "en" and untranslated_lines(src, en[name]):
                continue
            text = mailman3_fill(src).strip()
            if not text or dedup_key(text) in seen:
                continue
            seen.add(dedup_key(text))
            tmpl = name[: -len(".txt")]
            yield item(f"mm3-{code}-{tmpl.replace(':', '-')}", lang, text, "mailman3_email",
                       f"{MAILMAN3_VERSION}:mailman/templates/{code}/{name}",
                       f"mailman/mailman3:{tmpl}", "all_email_templates")


# --- Taiga -------------------------------------------------------------------------------------
TAIGA_COMMIT = "3bea7114007afd83478a8d6f2a70afd70d94dc21"
TAIGA_LANGS = [("en", "en"), ("es", "es"), ("zh_Hans", "zh-Hans"), ("zh_Hant", "zh-Hant")]
TG = "https://taiga.example.com"


class TaigaValue:
    """A context value of a Taiga template: attribute access and calls give further values, its text
    is the fixed value of its dotted name (`Demo` when none is set), it iterates as empty and is
    false in an `if` unless it has a value (so optional parts such as extra invitation text stay
    out, as for a mail that has none)."""
    def __init__(self, path):
        self._path = path

    def __getattr__(self, attr):
        if attr.startswith("__"):
            raise AttributeError(attr)
        return TaigaValue(f"{self._path}.{attr}")

    def __getitem__(self, key):
        return TaigaValue(f"{self._path}.{key}")

    def __call__(self, *args, **kwargs):
        return TaigaValue(f"{self._path}()")

    def __iter__(self):
        return iter(())

    def __bool__(self):
        return self._path in TAIGA_VALUES

    def __str__(self):
        return TAIGA_VALUES.get(self._path, "Demo")

    __html__ = __str__


TAIGA_VALUES = {
    "project.name": "Demo Project", "project.slug": "demo-project", "project.transfer_token": "5f2c9a0e1b7d",
    "user.get_full_name()": "Alice Chen", "user.token": "5f2c9a0e1b7d4c3a", "user.email": "alice@example.com",
    "user.email_token": "5f2c9a0e1b7d4c3a",
    "changer.get_full_name()": "Bob Li", "old_owner.get_full_name()": "Bob Li",
    "new_owner.get_full_name()": "Alice Chen", "rejecter.get_full_name()": "Alice Chen",
    "requester.get_full_name()": "Alice Chen", "receiver.get_full_name()": "Alice Chen", "snapshot.ref": "42", "snapshot.subject": "Login page shows a blank screen",
    "snapshot.name": "Sprint 3", "snapshot.slug": "meeting-notes", "membership.project": "Demo Project",
    "membership.token": "5f2c9a0e1b7d4c3a", "membership.user.get_full_name()": "Alice Chen",
    "membership.project.slug": "demo-project", "project.owner.get_full_name()": "Bob Li",
    "feedback_entry.full_name": "Bob Li", "feedback_entry.email": "bob@example.com",
    "feedback_entry.comment": "The search page is slow.", "membership.invited_by": "Bob Li",
    "membership.invited_by.get_full_name()": "Bob Li", "error_subject": "Import failed",
    "error_message": "The file is not a valid project dump.", "deletion_date": "2026-12-04",
    "project_name": "Demo Project", "owner_name": "Bob Li", "old_owner_name": "Bob Li", "new_owner_name": "Alice Chen",
    "rejecter_name": "Alice Chen", "requester_name": "Alice Chen", "receiver_name": "Alice Chen", "reason": "",
    "url": TG + "/project/demo-project/", "project_settings_url": TG + "/project/demo-project/admin/project-profile/details",
    "email": "alice@example.com", "comment": "The search page is slow.", "full_name": "Alice Chen",
    "role": "Back", "name": "Alice Chen",
}
TAIGA_SITE = {"signature": "The Taiga Team", "support.email": "support@taiga.example.com", "product_name": "Taiga",
              "taigaio_url": "https://taiga.example.com", "social.twitter_url": "https://twitter.example.com/taigaio",
              "social.github_url": "https://github.example.com/taigaio", "support.url": TG + "/support"}


def taiga_items():
    """Every `*-body-text.jinja` e-mail of Taiga (taiga-back, MPL-2.0) with its `*-subject.jinja`,
    rendered by Jinja2 with the i18n extension and each language's django.po. A template is
    skipped in a language whose catalogue leaves any message it uses untranslated."""
    import jinja2
    import polib
    git_dir = os.environ["TAIGA_GIT"]
    files = subprocess.run(["git", "--git-dir", git_dir, "ls-tree", "-r", "--name-only", TAIGA_COMMIT],
                           check=True, capture_output=True).stdout.decode("utf-8").splitlines()
    by_name = {f.split("/templates/", 1)[1]: f for f in files if "/templates/emails/" in f and f.endswith(".jinja")}
    sources = {n: git_show(git_dir, TAIGA_COMMIT, p) for n, p in by_name.items()}
    bodies = sorted(n for n in by_name if n.endswith("-body-text.jinja") and "/includes/" not in n
                    and not n.endswith("updates-body-text.jinja"))
    for code, lang in TAIGA_LANGS:
        catalogue = {}
        if code != "en":
            po = polib.pofile(git_show(git_dir, TAIGA_COMMIT, f"taiga/locale/{code}/LC_MESSAGES/django.po"))
            catalogue = {e.msgid: e.msgstr for e in po if e.msgstr and "fuzzy" not in e.flags}
        missing = []

        def gettext(msgid):
            if code == "en":
                return msgid
            if msgid not in catalogue:
                missing.append(msgid)
                return msgid
            return catalogue[msgid]

        def ngettext(s, p, n):
            return gettext(s if n == 1 else p)
        env = jinja2.Environment(loader=jinja2.DictLoader(sources), extensions=["jinja2.ext.i18n"],
                                 undefined=jinja2.ChainableUndefined)
        env.install_gettext_callables(gettext, ngettext, newstyle=False)
        env.filters["date"] = lambda value, fmt="": " UTC" if fmt.strip() == "T" else "2026-12-04 10:00"
        seen = set()
        for name in bodies:
            subject = name.replace("-body-text.jinja", "-subject.jinja")
            ctx = {k: TaigaValue(k) for k in ("project", "user", "changer", "snapshot", "membership", "old_owner",
                                               "new_owner", "rejecter", "requester", "receiver", "feedback_entry")}
            ctx.update({k: v for k, v in TAIGA_VALUES.items() if "." not in k and "(" not in k})
            ctx.update({"sr": lambda key: TAIGA_SITE.get(key, "Demo"),
                        "resolve_front_url": lambda *a: TG + "/" + "/".join(str(x) for x in a),
                        "history_entries": [], "_": gettext})
            missing.clear()
            try:
                parts = [env.get_template(n).render(ctx) for n in ([subject] if subject in sources else []) + [name]]
            except (jinja2.UndefinedError, KeyError):
                continue  # the translation names a placeholder the template does not pass: broken
            if missing:
                continue
            text = "\n".join(p.strip() for p in parts)
            text = re.sub(r"[ \t]+\n", "\n", text)
            text = re.sub(r"\n{3,}", "\n\n", text).strip()
            if dedup_key(text) in seen:
                continue
            seen.add(dedup_key(text))
            tmpl = name.split("emails/", 1)[1][: -len("-body-text.jinja")]
            yield item(f"tg-{code}-{tmpl.replace('/', '-')}", lang, text, "taiga_email",
                       f"github.com/taigaio/taiga-back@{TAIGA_COMMIT[:12]}:{by_name[name]}",
                       f"taigaio/taiga-back:{tmpl}", "all_email_templates")


def items():
    yield from mailman2_items()
    yield from mailman3_items()
    yield from taiga_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
