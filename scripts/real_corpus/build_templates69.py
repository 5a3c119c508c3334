#!/usr/bin/env python3
"""Build the seventy-third batch of tests/data/real/: the account, sign-in, password, e-mail
confirmation, invitation and ban messages of Vanilla Forums (vanilla/locales: the forum side's
catalogue `site_core.php`, English source strings and the es, zh (zh-Hans) and zh_TW (zh-Hant)
translations) and of the Plume blogging server (Plume-org/Plume: `po/plume/*.po`, English msgids
with the es and zh (zh_TW, so zh-Hant) translations), rendered with fixed placeholder values.

Usage:
    python3 scripts/real_corpus/build_templates69.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates69.py assemble     # write the jsonl files

The builder reads only the verbatim copies under scripts/real_corpus/raw/{vanilla,plume}/ (see the
SOURCE.md of each for repository, paths and commit; the default branch's head as stored).

Sources (see scripts/real_corpus/notes/batch73.md):
  * vanilla_notice: the `$Definition['<key>'] = '<text>';` lines of the forum side's catalogue
    site_core.php (tx-source/ is the English source, vf_es/, vf_zh/, vf_zh_TW/ the translations;
    single- and double-quoted PHP strings; a key defined twice keeps its last value, as PHP does).
    Rule, on the English text (HTML tags dropped, `<br>` a line break, entities undone): a key is
    taken when its English text has 4 or more words and matches the account word pattern
    ACCOUNT_WORDS (password, sign in / out / up and log in / out / on as whole words, account, confirm, verify,
    invite / invitation, ban / bans / banned / banning (not "banner"), security, two-factor, authenticate, reset, register /
    registration, credential), and either it is a sentence (ends in `.`, `!` or `?`) or it is a
    mail body (its key starts with `Email` or is `PasswordRequest`: EmailConfirmEmail,
    EmailInvitation, EmailMembershipApproved, EmailPassword, PasswordRequest). File order of the
    English source. The dashboard's catalogues (dash_core.php, dash_text.php: admin settings and
    help) and the knowledge base's (site_kb.php) are not taken: with them the rule gives 397 keys,
    about 1,500 texts, over this batch's cap of ~450.
  * plume_notice: every msgid of po/plume/plume.pot (the server's catalogue: flash messages, mail
    bodies and subjects, page texts) of 4 or more words matching the same ACCOUNT_WORDS pattern or
    `e-mail` / `email` / `mail` (Plume's catalogue is small: 317 msgids), in file order, English
    from the msgid, Spanish from es.po, zh-Hant from zh.po (its header says `Language: zh_TW`).
    `{0}` … are the positional values of Plume's `i18n!` calls.
  A key is taken in a language when that catalogue has a non-empty translation differing from the
  English text (else the product falls back to English or shows English). Near-duplicates (digits
  and white space aside) collapse within a source and language. Cut at 500 characters.

Placeholders. Vanilla: sprintf `%s` / `%1$s` … and `%d` filled per key by VN_FILL (default: the
user name alice for %s / %1$s, the forum "Demo Forum" for a second value, 10 for %d); Vanilla's
format fields `{User.Name}` alice, `{Name}` "Demo Group", `{Title}` "Demo Forum",
`{User.UserID,user}` alice, `{Username}` bob, `{/,exurl}` https://forum.example.com/, the
confirmation link https://forum.example.com/entry/emailconfirm/7/5f2c9a0e1b7d4c3a (the
`exurl` and `url` forms alike); React
placeholders `<0/>` … filled per key by VN_REACT (the signed-in name alice (alice@example.com), 3
invitations), else dropped with the tags. Plume: `{0}` … filled per msgid by PL_FILL (links on
https://blog.example.com carrying the token 5f2c9a0e1b7d4c3a; the `{0}…{1}` link markers dropped).

Split: the unit is the message key (`vanilla/locales:<key>`, `Plume-org/Plume:<msgid>`), all
languages of one message on one side; held out when SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Fixed and committed before any scanner run on these texts. Labels come from
scripts/real_corpus/labels/labels_templates69.tsv (id, category, credential_request, credentials,
borderline), assigned by an AI reader reading each text; the scanner played no part.
"""
import hashlib
import html
import os
import re

from build_templates import item
from build_templates2 import is_new
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates69.tsv")
RAW = os.path.join(HERE, "raw")

ACCOUNT_WORDS = re.compile(r"password|\bsign(?:ed|ing)? ?-?(?:in|out|up)\b|\blog(?:ged|ging)? ?-?(?:in|out|on)\b|account|"
                           r"confirm|verif|invit|\bban(?:s|ned|ning)?\b|securit|two-factor|authenticat|reset|regist|"
                           r"credential", re.I)
MAIL_WORDS = re.compile(r"\be-?mail|\bmail\b", re.I)


def read(path):
    with open(os.path.join(RAW, path), encoding="utf-8") as f:
        return f.read()


def short_id(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:10]


def plain(s):
    """Text of a catalogue string: tags dropped (`<br>` a line break), entities undone, each line's
    white space collapsed, blank lines kept single."""
    s = re.sub(r"<br\s*/?>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = html.unescape(s).replace("\xa0", " ")
    lines = [" ".join(l.split()) for l in s.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


# --- Vanilla Forums --------------------------------------------------------------------------------
VN = "vanilla/locales"
VN_COMMIT = "ab667b35f419aaca9918d21fe7a7fcf985e087b0"
VN_LANGS = [("tx-source", "en"), ("vf_es", "es"), ("vf_zh", "zh-Hans"), ("vf_zh_TW", "zh-Hant")]
PHP_STR = r"""('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")"""
PHP_DEF = re.compile(r"\$Definition\[\s*" + PHP_STR + r"\s*\]\s*=\s*" + PHP_STR + r"\s*;", re.S)
VN_URL = "https://forum.example.com"
VN_MAILS = {"EmailConfirmEmail", "EmailInvitation", "EmailMembershipApproved", "EmailPassword",
            "PasswordRequest"}


def php_string(s):
    q, body = s[0], s[1:-1]
    if q == "'":
        return re.sub(r"\\([\\'])", r"\1", body)
    esc = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "$": "$"}
    return re.sub(r"\\(.)", lambda m: esc.get(m.group(1), m.group(0)), body)


def php_definitions(path):
    src = read(path)
    out = {}
    for m in PHP_DEF.finditer(src):
        out[php_string(m.group(1))] = php_string(m.group(2))
    assert len(re.findall(r"\$Definition\[", src)) == sum(1 for _ in PHP_DEF.finditer(src)), path
    return out


VN_FILL = {  # key -> the sprintf values, in order (%1$s, %2$s, ...)
    "%1$s accepted %4$s invitation for membership.": ["bob", "", "", "their"],
    "%1$s created an account for %4$s.": ["alice", "", "", "bob"],
    "%3$s created an account for %1$s.": ["bob", "", "alice"],
    "%s has created an account for you at %s.": ["alice", "Demo Forum"],
    "%s has invited you to join %s.": ["alice", "Demo Forum"],
    "%s has reset your password at %s.": ["alice", "Demo Forum"],
    "EmailInvitation": ["alice", "Demo Forum", f"{VN_URL}/entry/registerinvitation/5f2c9a0e1b7d4c3a"],
    "EmailMembershipApproved": ["bob", f"{VN_URL}/entry/signin"],
    "EmailPassword": ["bob", "alice", "Demo Forum", f"{VN_URL}/", "Kx7#pQ2m", "bob@example.com"],
    "PasswordRequest": ["bob", "Demo Forum", f"{VN_URL}/entry/passwordreset/7/5f2c9a0e1b7d4c3a"],
    "We've received a request to change your password at %s. If you didn't make this request, "
    "please ignore this email.": ["Demo Forum"],
    "There is already an account with the same username (%1$s) or email (%2$s) as you. You can "
    "either create a new account, or you can enter the credentials for your existing forum account.":
        ["bob", "bob@example.com"],
    "AttemptingSignOut": [f'<a href="{VN_URL}/entry/signout">sign out</a>'],
    "ValidateStrength": ["Password"],
    "You have posted %1$s times within %2$s seconds. A spam block is now in effect on your account. "
    "You must wait at least %3$s seconds before attempting to post again.": ["5", "60", "120"],
    "Hello,\n\nAn account has been created for you at the %s forum.": ["Demo Forum"],
    "We've received a request to change your password.": ["Demo Forum"],
}
VN_REACT = {  # key -> the values of the React placeholders <0/>, <1/>, ... (default: dropped)
    "You're signed in as <0/> (<1/>). This is different than the source that linked here. You may "
    "sign out to change accounts.": ["alice", "alice@example.com"],
    "Are you sure you want to delete <0/> invitations?": ["3"],
    "Are you sure you want to resend <0/> invitations?": ["3"],
    "Success! <0/> users have been invited.": ["3"],
}
VN_FIELDS = [
    ("{/entry/emailconfirm,exurl,domain}/{User.UserID,rawurlencode}/{EmailKey,rawurlencode}",
     f"{VN_URL}/entry/emailconfirm/7/5f2c9a0e1b7d4c3a"),
    ("{/entry/emailconfirm,url,domain}/{User.UserID,rawurlencode}/{EmailKey,rawurlencode}",
     f"{VN_URL}/entry/emailconfirm/7/5f2c9a0e1b7d4c3a"),
    ("{User.Name}", "alice"), ("{Name}", "Demo Group"), ("{Title}", "Demo Forum"),
    ("{User.UserID,user}", "alice"), ("{Username}", "bob"), ("{/,exurl}", f"{VN_URL}/"),
]


def vn_fill(key, s):
    key = key.strip()
    vals = VN_FILL.get(key, ["alice", "Demo Forum", "bob", "bob@example.com"])
    react = VN_REACT.get(key, [])
    s = re.sub(r"<(\d) ?/>", lambda m: react[int(m.group(1))] if int(m.group(1)) < len(react) else "", s)
    it = iter(vals)

    def sub(m):
        if m.group(2) == "d":
            return "10"
        if m.group(1):
            return vals[int(m.group(1)) - 1]
        return next(it)
    s = re.sub(r"%(?:(\d)\$)?([sd])", sub, s)
    for field, v in VN_FIELDS:
        s = s.replace(field, v)
    return plain(s)


def vn_keys(en):
    keys = []
    for k, v in en.items():
        t = plain(v)
        if len(t.split()) < 4 or not ACCOUNT_WORDS.search(t):
            continue
        if re.search(r"[.!?]$", t) or k in VN_MAILS:
            keys.append(k)
    return keys


def vanilla_items():
    cats = {code: php_definitions(f"vanilla/{d}/site_core.php") for d, code in VN_LANGS}
    seen = {code: set() for _, code in VN_LANGS}
    out = []
    for key in vn_keys(cats["en"]):
        en_text = vn_fill(key, cats["en"][key])
        for d, code in VN_LANGS:
            v = cats[code].get(key)
            if not v:
                continue
            text = vn_fill(key, v)
            if not text or (code != "en" and text == en_text) or not is_new(seen[code], text):
                continue
            out.append(item(f"vn-{code}-{short_id(key)}", code, text, "vanilla_notice",
                            f"{VN}@{VN_COMMIT[:12]}:{d}/site_core.php#{key[:80]}", f"{VN}:{key}",
                            "site_core.php keys whose English text has 4+ words and an account word, "
                            "sentences and the account mail bodies"))
    return out


# --- Plume -----------------------------------------------------------------------------------------
PL = "Plume-org/Plume"
PL_COMMIT = "befea20fdfb279c30cf2e61a98a2d52ed17752d8"
PL_LANGS = [("es", "es"), ("zh", "zh-Hant")]
PL_URL = "https://blog.example.com"
PL_FILL = {
    "Here is the link for registration: {0}": [f"{PL_URL}/register/5f2c9a0e1b7d4c3a"],
    "Here is the link to reset your password: {0}": [f"{PL_URL}/password-reset/5f2c9a0e1b7d4c3a"],
}


def po_entries(path):
    """msgid -> msgstr (the first form of a plural) of a .po / .pot file; the header and obsolete
    entries left out."""
    out = {}
    for blk in read(path).split("\n\n"):
        fields = {}
        for name, val in re.findall(r'^(msgctxt|msgid|msgid_plural|msgstr(?:\[\d\])?) ((?:".*"\n?)+)',
                                    blk + "\n", re.M):
            parts = re.findall(r'"((?:[^"\\]|\\.)*)"', val)
            fields[name] = re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)),
                                  "".join(parts))
        if fields.get("msgid"):
            out[fields["msgid"]] = fields.get("msgstr", fields.get("msgstr[0]", ""))
    return out


def pl_fill(msgid, s):
    vals = PL_FILL.get(msgid, [])

    def sub(m):
        i = int(m.group(1))
        return vals[i] if i < len(vals) else ""
    return plain(re.sub(r"\{(\d)\}", sub, s))


def plume_items():
    pot = po_entries("plume/po/plume/plume.pot")
    cats = {code: po_entries(f"plume/po/plume/{name}.po") for name, code in PL_LANGS}
    seen = {code: set() for code in ["en"] + [c for _, c in PL_LANGS]}
    out = []
    for msgid in pot:
        t = plain(msgid)
        if len(t.split()) < 4 or not (ACCOUNT_WORDS.search(t) or MAIL_WORDS.search(t)):
            continue
        en_text = pl_fill(msgid, msgid)
        for code, path, v in [("en", "po/plume/plume.pot", msgid)] + [
                (code, f"po/plume/{name}.po", cats[code].get(msgid)) for name, code in PL_LANGS]:
            if not v:
                continue
            text = pl_fill(msgid, v)
            if not text or (code != "en" and text == en_text) or not is_new(seen[code], text):
                continue
            out.append(item(f"pl-{code}-{short_id(msgid)}", code, text, "plume_notice",
                            f"{PL}@{PL_COMMIT[:12]}:{path}#{msgid[:80]}", f"{PL}:{msgid}",
                            "po/plume msgids of 4+ words with an account or mail word"))
    return out


def items():
    return vanilla_items() + plume_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
