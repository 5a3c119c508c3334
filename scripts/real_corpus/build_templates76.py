"""Eightieth batch of the real corpus (templates): Penpot's account, sign-in, password, e-mail
verification, invitation, team/organization access, access-token, SSO and subscription messages
(its web app's catalogues, English, Spanish, zh-Hans, zh-Hant) and its server's default e-mails
(English).

Source: github.com/penpot/penpot at 66bb6a11dfb1 (develop of 2026-07-24), MPL-2.0. The builder
reads only the copies under scripts/real_corpus/raw/penpot/ (`raw <git-dir>` re-makes them from a
mirror of the repository).

Selection (mechanical):

* `penpot_notice` -- the web app's catalogues frontend/translations/{en,es,zh_CN,zh_Hant}.po.
  English is the msgstr of en.po (the msgids are keys such as `auth.notifications.recovery-token-
  sent`). Taken: every entry that is not flagged `#, unused`, whose key is not in a namespace of
  the design tool itself (KEY_EXCLUDE: `workspace.`, `ds.`, `color-token.`, `inspect.`, `options.`,
  `shortcuts.`, `shortcut-`, `webgl.`, `errors.tokens.`, `errors.token-`,
  `modals.import-library-tokens.`: design tokens, layers, version locks), whose English text has
  4 or more white-space-separated words once filled, and whose English text matches KEYWORDS
  (account, log in/out, sign in/up/on/out, password, e-mail, invitation/invite, verify/
  verification, confirm, authentication, session, permission, access, recovery, SSO / single
  sign-on, LDAP, credentials, profile, owner, member, subscription, billing, payment, trial,
  expire, secure/security, lock, token). Keys in file order. Spanish, zh-Hans (zh_CN.po) and
  zh-Hant (zh_Hant.po) are the msgstr of the same key; a key missing or empty in a catalogue, or
  a translation equal to the English text, is not taken in that language.
* `penpot_email` -- every server mail template backend/resources/app/email/<name>/en.{subj,txt}
  (16 templates, English only: the repository has no other language): one text per template,
  the subject, a blank line, the plain-text body. Selmer rendering: `{{ var|filters }}` filled
  from MAIL_FILL; `{% if … %}` blocks kept (the condition taken true) except those in MAIL_FALSE;
  `{% for org in organizations %}` rendered for two organizations.
* Filling: `%s` of the catalogues from FILL (per key; dates as the locale writes them, DATES),
  else "Acme Design"; `{%s}` likewise.
  Markdown-style links `[label|target:self](%s)` keep their label. White space collapsed within
  lines, blank lines dropped (mails keep one blank line between paragraphs).
* Near-duplicates (digits and white space aside) collapse within a source and language, the
  first kept; cut at 500 characters.

Split: the unit is `penpot/penpot:<key>` (catalogues) or `penpot/penpot:email/<name>` (mails),
all languages of a message on one side; held-out when the SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Fixed and committed before any scanner run on these texts. Labels come from
scripts/real_corpus/labels/labels_templates76.tsv (id, category, credential_request, credentials,
borderline), assigned by an AI reader reading each text; the scanner played no part.

Usage: build_templates76.py candidates | assemble | raw <penpot git dir>
"""
import hashlib
import os
import re
import subprocess
import sys

from build_templates import item
from build_templates2 import is_new
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates76.tsv")
RAW = os.path.join(HERE, "raw", "penpot")

REPO = "penpot/penpot"
COMMIT = "66bb6a11dfb1fc708a5c8165f8eaa4222e233bb2"
LANGS = [("en", "en"), ("es", "es"), ("zh_CN", "zh-Hans"), ("zh_Hant", "zh-Hant")]
PO_DIR = "frontend/translations"
MAIL_DIR = "backend/resources/app/email"

KEY_EXCLUDE = ("workspace.", "ds.", "color-token.", "inspect.", "options.", "shortcuts.", "shortcut-",
               "webgl.", "errors.tokens.", "errors.token-", "modals.import-library-tokens.")
KEYWORDS = re.compile(
    r"account|log ?in|log out|sign[ -]?(in|up|on|out)|password|e-?mail|invit|verif|confirm|"
    r"authenticat|session|permission|access|recover|\bSSO\b|single sign|LDAP|credential|profile|"
    r"owner|member|subscription|billing|payment|trial|expir|secur|lock|token", re.I)

FILL = {  # key -> values of its %s, in order
    "dashboard.no-permission-create-team.message": ["Acme Design"],
    "dashboard.no-permission-delete-team.message": ["Acme Design"],
    "dashboard.no-permission-move-team.message": ["Acme Design"],
    "dashboard.select-org-modal.external-invitations-warning": ["Acme Design"],
    "errors.email-has-permanent-bounces": ["alice@example.com"],
    "errors.email-spam-or-permanent-bounces": ["alice@example.com"],
    "errors.maximum-invitations-by-request-reached": ["25"],
    "integrations.mcp-key.will-expire": ["@date"],
    "integrations.token.will-expire": ["@date"],
    "integrations.expired-on": ["@past"],
    "integrations.expires-on": ["@date"],
    "nitrate.form.enterprise-intro": [":"],
    "modals.change-email.info": ["alice@example.com"],
    "modals.promote-owner-confirm.message": ["Bob Lee"],
    "notifications.validation-email-sent": ["alice@example.com"],
    "subscription.dashboard.banner.subscription-expire-days": ["7", "@soon"],
    "subscription.dashboard.banner.subscription-expired": ["@past"],
    "subscription.settings.member-since": ["2024"],
    "subscription.workspace.versions.warning.subtext-member": ["Bob Lee"],
    "title.team-invitations": ["Acme Design"],
    "title.team-members": ["Acme Design"],
    "auth.notifications.org-invitation-accepted": ["Acme Design"],
    "auth.terms-and-privacy-agreement": ["https://penpot.app/terms", "https://penpot.app/privacy"],
}
DEFAULT = "Acme Design"
LINK = "https://design.example.com/#/settings/subscriptions"
DATES = {  # a date as the app's locale writes it
    "@date": {"en": "December 27, 2026", "es": "27 de diciembre de 2026", "zh-Hans": "2026年12月27日",
              "zh-Hant": "2026年12月27日"},
    "@soon": {"en": "December 4, 2026", "es": "4 de diciembre de 2026", "zh-Hans": "2026年12月4日",
              "zh-Hant": "2026年12月4日"},
    "@past": {"en": "November 27, 2026", "es": "27 de noviembre de 2026", "zh-Hans": "2026年11月27日",
              "zh-Hant": "2026年11月27日"},
}

PUBLIC = "https://design.example.com"
MAIL_FILL = {
    "name": "Alice Chen", "user-name": "Alice Chen", "public-uri": PUBLIC,
    "token": "eyJhbGciOiJBMjU2S1ciLCJlbmMiOiJBMjU2R0NNIn0.Zx9K3mQ7",
    "pending-email": "alice.chen@example.org", "invited-by": "Bob Lee", "team": "Acme Design",
    "organization.name": "Acme Inc.", "organization-name": "Acme Inc.",
    "team-id": "4b1c2e6a-7f3d-8011-8005-0f6a1b2c3d4e", "team-name": "Acme Design",
    "source-user": "Bob Lee", "comment-reference": "Landing page / Hero",
    "comment-content": "@Alice can you check the new header spacing?",
    "comment-url": PUBLIC + "/#/workspace?team-id=4b1c2e6a&file-id=9a8b7c6d&page-id=1f2e3d4c&comment-id=5e6f7a8b",
    "feedback-subject": "Export to PDF fails", "feedback-type": "issue",
    "feedback-error-href": PUBLIC + "/#/workspace?file-id=9a8b7c6d",
    "feedback-content": "Exporting the board to PDF shows an error.",
    "profile.fullname": "Alice Chen", "profile.email": "alice@example.com",
    "profile.id": "7c1d2e3f-4a5b-8011-8005-6c7d8e9f0a1b",
    "renewal-date": "December 27, 2026", "estimated-amount": "$1,750.00",
    "org.name": None,  # the loop variable
    "requested-by": "Carol Diaz", "requested-by-email": "carol@example.com",
    "file-name": "Mobile app v2", "file-id": "9a8b7c6d-1e2f-8011-8005-3a4b5c6d7e8f",
    "page-id": "1f2e3d4c-5b6a-8011-8005-7e8f9a0b1c2d",
}
MAIL_FALSE = {"organizations|empty?"}
ORGS = ["Acme Inc.", "Acme Labs"]
URLESCAPE = {"carol@example.com": "carol%40example.com"}


def short_id(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:10]


def words(s):
    return len(s.split())


def po_blocks(text):
    return text.split("\n\n")


def po_entry(blk):
    """(msgid, msgstr, flags) of a .po block; msgid None for the header or a non-entry."""
    flags = " ".join(re.findall(r"^#, (.*)$", blk, re.M))
    fields = {}
    for name, val in re.findall(r'^(msgctxt|msgid|msgid_plural|msgstr(?:\[\d\])?) ((?:".*"\n?)+)',
                                blk + "\n", re.M):
        parts = re.findall(r'"((?:[^"\\]|\\.)*)"', val)
        fields[name] = re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)),
                              "".join(parts))
    return fields.get("msgid") or None, fields.get("msgstr", fields.get("msgstr[0]", "")), flags


def po(text):
    out = {}
    for blk in po_blocks(text):
        k, v, flags = po_entry(blk)
        if k:
            out[k] = (v, flags)
    return out


def clean(s):
    s = re.sub(r"\[([^\]|]*)(?:\|[^\]]*)?\]\([^)]*\)", r"\1", s)  # [label|target:self](%s) -> label
    lines = [" ".join(l.split()) for l in s.replace("\xa0", " ").split("\n")]
    return "\n".join(l for l in lines if l).strip()


def fill(key, s, lang="en"):
    vals = iter([DATES[v][lang] if v in DATES else v for v in FILL.get(key, [])])
    s = re.sub(r"\{%s\}|%s", lambda m: ("{%s}" % next(vals, DEFAULT)) if m.group(0) == "{%s}"
               else next(vals, DEFAULT), s)
    return clean(s)


def takes(key, en_text, flags):
    return ("unused" not in flags and not key.startswith(KEY_EXCLUDE)
            and words(fill(key, en_text)) >= 4 and bool(KEYWORDS.search(en_text)))


def read(rel):
    with open(os.path.join(RAW, rel), encoding="utf-8") as f:
        return f.read()


def notice_items():
    cats = {lang: po(read(f"{PO_DIR}/{name}.po")) for name, lang in LANGS}
    seen = {lang: set() for _, lang in LANGS}
    out = []
    for key, (en_v, flags) in cats["en"].items():
        if not en_v or not takes(key, en_v, flags):
            continue
        en_text = fill(key, en_v)
        for name, lang in LANGS:
            v = cats[lang].get(key, ("", ""))[0]
            if not v:
                continue
            text = fill(key, v, lang)
            if not text or (lang != "en" and text == en_text) or not is_new(seen[lang], text):
                continue
            out.append(item(f"pp-{lang}-{short_id(key)}", lang, text, "penpot_notice",
                            f"{REPO}@{COMMIT[:12]}:{PO_DIR}/{name}.po#{key}", f"{REPO}:{key}",
                            "Penpot web-app strings of 4+ words about account, sign-in, password, e-mail, "
                            "invitation, access, tokens, SSO, security or subscription (keyword rule)"))
    return out


def render(tpl):
    def if_block(m):
        cond, body = m.group(1).strip(), m.group(2)
        return "" if cond in MAIL_FALSE else body
    prev = None
    while prev != tpl:
        prev = tpl
        tpl = re.sub(r"\{%-?\s*if ([^%]*?)\s*-?%\}((?:(?!\{%-?\s*if ).)*?)\{%-?\s*endif\s*-?%\}", if_block, tpl,
                     flags=re.S)

    def for_block(m):
        return "".join(m.group(1).replace("{{ org.name }}", o) for o in ORGS)
    tpl = re.sub(r"\{%\s*for org in organizations\s*%\}(.*?)\{%\s*endfor\s*%\}", for_block, tpl, flags=re.S)

    def var(m):
        parts = [p.strip() for p in m.group(1).split("|")]
        v = MAIL_FILL[parts[0]]
        if "urlescape" in parts:
            v = URLESCAPE.get(v, v)
        return v
    out = re.sub(r"\{\{\s*([^}]*?)\s*\}\}", var, tpl)
    assert "{%" not in out and "{{" not in out, out
    return out


def mail_text(subj, body):
    paras = re.split(r"\n\s*\n", body.strip())
    paras = [" ".join(p.split()) if not p.lstrip().startswith("-") else
             "\n".join(" ".join(l.split()) for l in p.split("\n") if l.strip()) for p in paras]
    return "\n\n".join([" ".join(subj.split())] + [p for p in paras if p])


def mail_names():
    return sorted(os.listdir(os.path.join(RAW, MAIL_DIR)))


def email_items():
    seen = set()
    out = []
    for name in mail_names():
        if name == "includes":
            continue
        subj = render(read(f"{MAIL_DIR}/{name}/en.subj"))
        body = render(read(f"{MAIL_DIR}/{name}/en.txt"))
        text = mail_text(subj, body)
        if not is_new(seen, text):
            continue
        unit = f"{REPO}:email/{name}"
        out.append(item(f"pp-mail-en-{short_id(unit)}", "en", text, "penpot_email",
                        f"{REPO}@{COMMIT[:12]}:{MAIL_DIR}/{name}/en.{{subj,txt}}", unit,
                        "Penpot server mail templates: subject and plain-text body, every template"))
    return out


def items():
    return notice_items() + email_items()


def make_raw(git_dir):
    """Copies the mail templates and LICENSE verbatim, and of each catalogue the header and every
    entry whose key the rule takes (judged on en.po)."""
    def show(path):
        return subprocess.run(["git", "--git-dir", git_dir, "show", f"{COMMIT}:{path}"], check=True,
                              capture_output=True).stdout.decode("utf-8")

    def write(rel, text):
        p = os.path.join(RAW, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as f:
            f.write(text)
    write("LICENSE", show("LICENSE"))
    files = subprocess.run(["git", "--git-dir", git_dir, "ls-tree", "-r", "--name-only", COMMIT, MAIL_DIR],
                           check=True, capture_output=True).stdout.decode("utf-8").split()
    for f in files:
        if f.endswith((".subj", ".txt")):
            write(f, show(f))
    en = po(show(f"{PO_DIR}/en.po"))
    keys = {k for k, (v, fl) in en.items() if v and takes(k, v, fl)}
    for name, _ in LANGS:
        blocks = po_blocks(show(f"{PO_DIR}/{name}.po"))
        kept = [blocks[0]] + [b for b in blocks[1:] if po_entry(b)[0] in keys]
        write(f"{PO_DIR}/{name}.po", "\n\n".join(kept).rstrip("\n") + "\n")


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "raw":
        make_raw(sys.argv[2])
    else:
        main(items, LABELS, hashed_split, OUT_DIR, __doc__)
