#!/usr/bin/env python3
"""Rebuild the nineteenth batch of tests/data/real/ (issue 12): legitimate e-mails, SMS and
chatter messages that Odoo sends to its users (user and portal invitations, account created,
two-factor invitation and sign-in code, invoices, orders, purchase orders, calendar invitations and
reminders, event registrations, recruitment, survey, course, project, stock, loyalty, mailing-list,
assignment, bounce, share, forum and donation messages), in zh-Hans, zh-Hant and es only, never
English: English strings serve only to find the templates and to tell an untranslated string.

Usage:
    . /work/rebuild-19.sh   # sets ODOO_GIT and ODOO17_GIT (bare git dirs of the copies named
                            # below); needs polib
    python3 scripts/real_corpus/build_templates15.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates15.py assemble     # write the jsonl files

Source (see tests/data/real/README.md, section "Nineteenth batch (templates)"):
  * odoo_email: Odoo (Odoo S.A. and its translators, LGPL-3.0). github.com/odoo/odoo is over the
    fetch limit (about 19 GB; copies of one commit are 3.5-4.2 GB), so the files are read from two
    users' repositories that hold an Odoo source tree and are small enough to fetch:
    STransform/hr_module at ODOO_COMMIT (Odoo 16.0, catalogues of early 2024; the owner's commits
    changed branding in some XML files and the README, never an `i18n/*.po` file), and the first
    commit ODOO17_COMMIT of DHoper/odoo17-test (Odoo 17.0, catalogues of Oct. 2023), before its
    owner's edits, for the modules the 16.0 tree lacks (sale, purchase, crm, crm_iap_mine), for the
    templates added in 17.0 to a module both trees have, and for a template whose subject or body a
    16.0 catalogue leaves untranslated (the 17.0 translation of the same template in the same
    language, when it has one).
    - Mail and SMS templates: in Odoo 16.0 and 17.0 a mail template's subject and its whole HTML body
      are each one catalogue entry (`model:mail.template,subject:<xmlid>`,
      `model:mail.template,body_html:<xmlid>`), an SMS template's text one entry
      (`model:sms.template,body:<xmlid>`); Odoo renders the translated body (the msgstr) instead
      of the English one, so the text is built from the `.po` alone.
    - QWeb message bodies (ODOO_VIEWS, STransform's tree only): the `<template>` of the module's
      `data/*.xml` (the English arch) with each term of the catalogue
      (`model_terms:ir.ui.view,arch_db:<module>.<id>`, a whole text segment between two tags)
      replaced by its translation, term by term as Odoo translates views. Bodies only: their
      subjects are set in Python code.

Selection: every mail template and SMS template with an entry in `addons/<module>/i18n/zh_CN.po`,
`zh_TW.po` and `es.po` of every module of the tree, and every view of ODOO_VIEWS; a message is
skipped in a language where its subject or body is untranslated (empty or fuzzy msgstr: Odoo would
send the English one), where a view's term is untranslated or not found in the arch or a text
segment with words is left without a term, or where a line stays English (`english_line` for
Chinese, `untranslated_lines` against the English rendering; fill values, addresses and the link
label iCal/Outlook masked first). Rendering (`qweb`, a reduced QWeb): `t-set`, `t-elif`, `t-else`
elements and comments are dropped, `t-if` branches kept, loops rendered once; an element with
`t-out`/`t-esc`/`t-field` gives the fixed value its expression names (`value`), else `Demo`; a link
keeps its label and address; `{{ … }}` in a subject takes the same values. Values: `Alice Chen`,
`alice@example.com`, login `alice`, `Demo Company`, links on `odoo.example.com`, the code 482913,
`203.0.113.7`, 2026-11-27 10:00, amounts `$ 1,250.00`. HTML tags dropped. Near-duplicates collapse
within a language. Cut at 500 characters.

Split: `corpus.hashed_split` on `odoo/odoo:<xmlid>`, all languages of one template on one side.
"""

import html
import os
import re
from html.parser import HTMLParser

import polib

from build_templates import item
from build_templates2 import is_new
from build_templates3 import untranslated_lines
from build_templates8 import english_line
from corpus import git_files, git_show, hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates15.tsv")
SELECTION = "templates15"

ODOO_COMMIT = "5035956e30158aff5aa3655f70cc6072467dc5c1"  # STransform/hr_module, an Odoo 16.0 tree
# Modules that tree lacks (sale, purchase, crm, crm_iap_mine) come from the first commit of
# DHoper/odoo17-test, an Odoo 17.0 tree (catalogues of Oct. 2023), before its own edits.
ODOO17_COMMIT = "33337b22282beabeb36beb2a122fe46253963440"
ODOO_LANGS = [("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant"), ("es", "es")]

CODE = "482913"
NAME = "Alice Chen"
EMAIL = "alice@example.com"
COMPANY = "Demo Company"
HOST = "https://odoo.example.com"
DATE = "2026-11-27"
DATETIME = "2026-11-27 10:00"
AMOUNT = "$ 1,250.00"
TOKEN = "5f2c9a0e1b7d4c3a"

PERSON = ("partner", "user", "employee", "create_uid", "author", "applicant", "attendee",
          "customer", "organizer", "responsible", "manager", "signature", "salesman")


def value(expr):
    """The fixed value of a QWeb or inline-template expression: by the words it names, else
    `Demo` (never the template's own sample text, e.g. a Belgian address or a time zone)."""
    e = expr.lower()
    if re.search(r"(^|[^a-z_])code($|[^a-z_])|totp_mail_code", e) and "country" not in e:
        return CODE
    if "'ip'" in e or e.endswith(".ip"):
        return "203.0.113.7"
    if "amount" in e or "price" in e:
        return AMOUNT
    if "datetime" in e or "expiration" in e or re.search(r"(^|[^a-z])(date|deadline|start)|_date", e):
        return DATETIME if ("datetime" in e or "expiration" in e) else DATE
    if "email" in e:
        return EMAIL
    if "login" in e:
        return "alice"
    if "website" in e:
        return "https://www.example.com"
    if "url" in e or "link" in e:
        return HOST + "/web"
    if "company" in e and ("name" in e or e.endswith("company_id")):
        return COMPANY
    if "signature" in e or (any(p in e for p in PERSON) and "name" in e):
        return NAME
    return "Demo"


def link(attrs):
    """The address of a link: a literal address, else one on odoo.example.com by what the
    expression names."""
    if attrs.get("href", "").startswith(("http", "mailto:")):
        return "" if attrs["href"].startswith("mailto:") else attrs["href"]
    if "t-attf-href" in attrs:
        url = re.sub(r"\{\{(.*?)\}\}|#\{(.*?)\}", lambda m: value(m.group(1) or m.group(2)),
                     attrs["t-attf-href"])
        if url.startswith("mailto:") or "mailto" in url:
            return ""
        if "'%s'" in url:  # the company footer's `'%s' % {{ website }}`
            return "https://www.example.com"
        return HOST + url if url.startswith("/") else url
    expr = attrs.get("t-att-href", "").lower()
    if not expr or "mailto" in expr:
        return ""
    if "signup" in expr:
        return HOST + "/web/signup?token=" + TOKEN
    if "website" in expr:
        return "https://www.example.com"
    if "totp" in expr:
        return HOST + "/web#action=totp"
    return HOST + "/web"


VOID = {"br", "img", "hr", "input", "meta", "link"}
BLOCK = {"br", "p", "div", "li", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
         "tbody", "td", "blockquote"}


class Node:
    def __init__(self, tag, attrs):
        self.tag, self.attrs, self.children = tag, dict(attrs), []


class Tree(HTMLParser):
    """An element tree of an HTML/QWeb fragment (attributes keep their case)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs)
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        self.stack[-1].children.append(Node(tag, attrs))

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data):
        self.stack[-1].children.append(data)


WITH_LINKS = [True]


def render(node):
    out = []
    for c in node.children:
        if isinstance(c, str):
            out.append(c)
            continue
        a = c.attrs
        if "t-set" in a or "t-elif" in a or "t-else" in a:
            continue
        expr = a.get("t-out") or a.get("t-esc") or a.get("t-field") or a.get("t-raw")
        inner = value(expr) if expr else render(c)
        if c.tag == "a" and WITH_LINKS[0]:
            url = link(a)
            if url and url != inner.strip():
                inner = f"{inner.strip()} {url}"
        if c.tag in BLOCK:
            out.append("\n" + inner + "\n")
        else:
            out.append(inner)
    return "".join(out)


def qweb(src, links=True):
    """The text of a QWeb body (see the docstring for the reduced rendering); without link
    addresses for the untranslated check."""
    WITH_LINKS[0] = links
    src = re.sub(r"<!--.*?-->", "", src, flags=re.S)
    tree = Tree()
    tree.feed(src)
    tree.close()
    text = html.unescape(render(tree.root)).replace("\xa0", " ")
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    return re.sub(r"\n{2,}", "\n", text).strip()


FILLS = re.compile("|".join(re.escape(v) for v in (NAME, COMPANY, EMAIL, "Demo")) + r"|iCal ?/ ?Outlook")


def masked(text):
    """`text` without the fill values, addresses and the product names iCal/Outlook (a calendar
    link's label in every language), for the untranslated check."""
    return FILLS.sub("", re.sub(r"https?://\S+", "", text))


def inline(src, links=True):
    return re.sub(r"\{\{(.*?)\}\}", lambda m: value(m.group(1)), src).strip()


def odoo_templates(po):
    """{(kind, xmlid): {part: entry}} of the mail and SMS templates of a catalogue."""
    out = {}
    for e in po:
        for occ, _ in e.occurrences:
            m = re.match(r"model:(mail\.template|sms\.template),(subject|body_html|body):(.+)$", occ)
            if m:
                out.setdefault((m.group(1), m.group(3)), {})[m.group(2)] = e
    return out


def odoo_modules(git, commit):
    return sorted(p.split("/")[1] for p in git_files(git, commit)
                  if re.match(r"addons/[^/]+/i18n/zh_CN\.po$", p))


def odoo_catalogue(git, commit, module, code):
    """The templates of a module's catalogue, or {} when the module has none in that language."""
    try:
        po = polib.pofile(git_show(git, commit, f"addons/{module}/i18n/{code}.po"))
    except Exception:  # the module has no catalogue in this language
        return {}
    return odoo_templates(po)


def translated(parts):
    """Whether a template has a body and every part (subject, body) is translated."""
    return ("body_html" in parts or "body" in parts) and all(e.translated() for e in parts.values())


def odoo_items(seen):
    git16, git17 = os.environ["ODOO_GIT"], os.environ["ODOO17_GIT"]
    copy16 = (git16, ODOO_COMMIT, "STransform/hr_module", "16.0")
    copy17 = (git17, ODOO17_COMMIT, "DHoper/odoo17-test", "17.0")
    modules16 = odoo_modules(git16, ODOO_COMMIT)
    sources = [(copy16, m) for m in modules16]
    sources += [(copy17, m) for m in odoo_modules(git17, ODOO17_COMMIT) if m not in modules16]
    for (git, commit, copy, version), module in sources:
        for code, lang in ODOO_LANGS:
            templates = odoo_catalogue(git, commit, module, code)
            fallback = None
            if copy == "STransform/hr_module":
                # templates that only the 17.0 catalogue of the module has (added in 17.0)
                fallback = odoo_catalogue(git17, ODOO17_COMMIT, module, code)
                templates = {**{k: None for k in fallback if k not in templates}, **templates}
            for (kind, xmlid), parts in sorted(templates.items()):
                if parts is None:  # a 17.0-only template
                    parts = fallback[(kind, xmlid)]
                    if translated(parts):
                        it = odoo_item(seen, copy17, module, code, lang, kind, xmlid, parts)
                        if it:
                            yield it
                    continue
                if "body_html" not in parts and "body" not in parts:
                    continue
                src = (git, commit, copy, version)
                if not translated(parts) and copy == "STransform/hr_module":
                    # untranslated in the 16.0 catalogue: the 17.0 catalogue's translation, if any
                    parts = fallback.get((kind, xmlid), {})
                    src = copy17
                if not translated(parts):
                    continue
                it = odoo_item(seen, src, module, code, lang, kind, xmlid, parts)
                if it:
                    yield it


def odoo_item(seen, src, module, code, lang, kind, xmlid, parts):
    """The text of one mail or SMS template in one language, or None when it is skipped."""
    _, commit, copy, version = src
    body = parts["body_html" if kind == "mail.template" else "body"]
    render_body = qweb if kind == "mail.template" else inline
    text = render_body(body.msgstr)
    check = render_body(body.msgstr, links=False)
    en = render_body(body.msgid, links=False)
    if "subject" in parts:
        text = inline(parts["subject"].msgstr) + "\n" + text
        check = inline(parts["subject"].msgstr) + "\n" + check
        en = inline(parts["subject"].msgid) + "\n" + en
    if not kept(seen, lang, text, masked(check), masked(en)):
        return None
    short = xmlid.split(".", 1)[1]
    return item(f"od-{module}-{short}-{lang}".replace("_", "-"), lang, text, "odoo_email",
                f"{copy}@{commit[:12]}:addons/{module}/i18n/{code}.po"
                f" ({kind} {xmlid}; Odoo {version}, github.com/odoo/odoo)",
                f"odoo/odoo:{xmlid}", SELECTION)


# QWeb templates (ir.ui.view) that Odoo renders as the body of a mail or chatter message to a user;
# layouts, digests, previews, origin links, stock/MRP exception tables and EDI/report templates are
# left out (frames or fragments). Bodies only: their subjects are set in Python code.
ODOO_VIEWS = [
    ("mail", "message_user_assigned"), ("mail", "message_activity_assigned"),
    ("mail", "message_activity_done"), ("mail", "message_notification_limit_email"),
    ("mail", "mail_bounce_catchall"), ("mail", "mail_bounce_alias_security"),
    ("mail_group", "mail_group_notify_moderation"), ("event_booth", "event_booth_booked_template"),
    ("hr_expense", "hr_expense_template_refuse_reason"), ("hr_expense", "hr_expense_template_register"),
    ("hr_expense", "hr_expense_template_register_no_user"),
    ("hr_recruitment", "applicant_hired_template"),
    ("payment_paypal", "mail_template_paypal_invite_user_to_configure"),
    ("portal", "portal_share_template"), ("project", "project_message_user_assigned"),
    ("website_blog", "blog_post_template_new_post"), ("website_event_track", "event_track_template_new"),
    ("website_forum", "forum_post_template_new_answer"),
    ("website_forum", "forum_post_template_new_question"),
    ("website_forum", "forum_post_template_validation"),
    ("website_payment", "donation_mail_body"), ("website_sale_stock", "availability_email_body"),
]
MARK_OPEN, MARK_CLOSE = "\x02", "\x03"


def view_arch(git, commit, module, tid):
    """(path, source) of `<template id="tid">` in the module's data files, its content only."""
    for path in git_files(git, commit):
        if not re.match(rf"addons/{module}/data/[^/]+\.xml$", path):
            continue
        src = git_show(git, commit, path)
        m = re.search(rf'<template id="(?:{module}\.)?{tid}"[^>]*>(.*?)</template>', src, re.S)
        if m:
            return path, re.sub(r"<br\s*/>", "<br/>", m.group(1))
    raise KeyError(f"{module}.{tid}")


def translate_arch(arch, terms):
    """The arch with every term of the catalogue replaced by its translation, term by term as Odoo
    does (a term is a whole text segment between two tags, inline markup included); None when a
    term is untranslated or not found, or a segment with words is left untranslated."""
    for msgid in sorted(terms, key=len, reverse=True):
        entry = terms[msgid]
        if not entry.translated():
            return None
        pat = r"(>\s*)" + r"\s+".join(re.escape(w) for w in msgid.split()) + r"(\s*<)"
        arch, n = re.subn(pat, lambda m: m.group(1) + MARK_OPEN + entry.msgstr + MARK_CLOSE
                          + m.group(2), arch)
        if n == 0:
            return None
    outside = re.sub(MARK_OPEN + ".*?" + MARK_CLOSE, "", arch, flags=re.S)
    outside = re.sub(r"<!--.*?-->", "", outside, flags=re.S)
    if any(re.search(r"[A-Za-z]{2,}", seg) for seg in re.findall(r">([^<]*)<", outside)):
        return None
    return arch.replace(MARK_OPEN, "").replace(MARK_CLOSE, "")


def kept(seen, lang, text, check, en):
    """True if a rendered text is taken: no English line in a Chinese text, no line left as the
    English `en` (both masked), and no near-duplicate of one already taken in `lang`."""
    if lang.startswith("zh") and english_line(check):
        return False
    if untranslated_lines(check, en):
        return False
    return is_new(seen[lang], text)


def translated_view(git, commit, module, tid, arch, code):
    """A view's catalogue path, text and masked check text in the language of catalogue `code`,
    its terms translated one by one; None when a term is untranslated."""
    po_path = f"addons/{module}/i18n/{code}.po"
    po = polib.pofile(git_show(git, commit, po_path))
    occ = f"model_terms:ir.ui.view,arch_db:{module}.{tid}"
    terms = {e.msgid: e for e in po if any(o == occ for o, _ in e.occurrences)}
    done = translate_arch(arch, terms) if terms else None
    if done is None:
        return None
    return po_path, qweb(done), masked(qweb(done, links=False))


def odoo_view_items(seen):
    git = os.environ["ODOO_GIT"]
    for module, tid in ODOO_VIEWS:
        path, arch = view_arch(git, ODOO_COMMIT, module, tid)
        en = masked(qweb(arch, links=False))
        for code, lang in ODOO_LANGS:
            view = translated_view(git, ODOO_COMMIT, module, tid, arch, code)
            if view is None:
                continue
            po_path, text, check = view
            if not kept(seen, lang, text, check, en):
                continue
            yield item(f"od-{module}-{tid}-{lang}".replace("_", "-"), lang, text, "odoo_email",
                       f"STransform/hr_module@{ODOO_COMMIT[:12]}:{path} with {po_path}"
                       f" (ir.ui.view {module}.{tid}; Odoo 16.0, github.com/odoo/odoo)",
                       f"odoo/odoo:{module}.{tid}", SELECTION)


def items():
    seen = {lang: set() for _, lang in ODOO_LANGS}
    yield from odoo_items(seen)
    yield from odoo_view_items(seen)


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
