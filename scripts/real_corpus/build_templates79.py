#!/usr/bin/env python3
"""Build the eighty-third batch of tests/data/real/: privacyIDEA's (multi-factor authentication
server) default mails and server-side messages about accounts, log-in, authentication, tokens, PINs, OTPs,
challenges, enrollment and registration: the msgids of the server catalogue
privacyidea/messages.pot with their translations in privacyidea/translations/{es,zh_Hans,zh_Hant}/
LC_MESSAGES/messages.po (English, Spanish, zh-Hans, zh-Hant), rendered with fixed values.

Usage:
    python3 scripts/real_corpus/build_templates79.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates79.py assemble     # write the jsonl files

The builder reads only the verbatim copies under scripts/real_corpus/raw/privacyidea/ (see its
SOURCE.md for repository, paths and commit) and needs only the Python standard library.

Mechanical rule (see scripts/real_corpus/notes/batch83.md):
  * privacyidea_notice: every msgid of server_messages.pot (the catalogue template, file order)
    whose English text has 4 or more words (tags and `{…}` placeholders counted as written) and
    matches the account word pattern ACCOUNT_WORDS (password, passphrase, passkey, sign in / log in
    / log on / logout, account, confirm, verify, enrol(l), authenticat(e/ion/or), 2FA / two-factor /
    multi-factor, OTP, PIN, token, recover, reset, secret, secur(e/ity), session, unlock / lock,
    code, challenge, credential, e-mail, SMS, push, WebAuthn, FIDO, Yubi(key/co), regist(er/ration),
    activate, expire), except msgids whose every `#:` reference lies in the administrator's
    configuration descriptions (lib/policy.py, lib/eventhandler/, lib/task/, lib/smsprovider/:
    policy, event-handler, periodic-task and SMS-gateway option help, which no end user sees).
  * The per-token-type limit descriptions "The user may only have this (maximum) number of
    (active) <type> tokens assigned." are one sentence repeated with 25 type names: only the first
    of each form (all tokens / active tokens) in file order is taken (LIMIT).
  * Spanish, zh-Hans and zh-Hant: the msgstr of the same msgid in server_{es,zh_Hans,zh_Hant}.po
    when it is not empty, not marked `fuzzy` (gettext does not use fuzzy entries) and not equal to
    the English text once punctuation and spacing are set aside (words_only: untranslated copy).
  * privacyidea_mail: every default mail the server's code sends when no policy sets its text
    (English only; no catalogue): the password-reset mail (lib/passwordreset.py, subject "Your
    password reset", BODY), the self-registration mail (api/register.py, "Your privacyIDEA
    registration", DEFAULT_BODY), the user-notification event handler's mail
    (lib/eventhandler/usernotification.py, "An action was performed on your token.", DEFAULT_BODY)
    and the e-mail token's OTP mail (lib/tokens/emailtoken.py, "Your OTP", body "<otp>"). Text =
    subject, blank line, body (each line stripped), MAIL_FILL values. The SMS token's default text
    is the bare "<otp>" (lib/tokens/smstoken.py): no words, not taken.
  * Near-duplicates (digits and white space aside) collapse within a language (is_new). HTML tags
    (<code>, <em>, <br>) dropped. Cut at 500 characters.

Placeholders are filled with fixed values (FILL, in every language; OVERRIDE for the positional
`{0!s}` / `{1!s}` of a few msgids whose meaning differs, filled as the code fills them: policy
names, the WebAuthn algorithm lists). Help texts that name the tags ("Use tags like {otp} and
{serial} …", TAGS_NAMED) keep them as written.

Split: the unit is the msgid (`privacyidea/privacyidea:<msgid>`; a mail:
`privacyidea/privacyidea:mail:<name>`), all languages of one message on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates79.tsv (id, category, credential_request, credentials,
borderline), assigned by an AI reader reading each text; the scanner played no part.
"""
import hashlib
import os
import re

from build_templates import item
from build_templates2 import is_new
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates79.tsv")
RAW = os.path.join(HERE, "raw", "privacyidea")

PI = "privacyidea/privacyidea"
PI_COMMIT = "55410007d118b505d9ff300b6114c2701e9bdb3c"
LANGS = [("es", "es"), ("zh_Hans", "zh-Hans"), ("zh_Hant", "zh-Hant")]

ACCOUNT_WORDS = re.compile(
    r"password|passphrase|passkey|sign[- ]?in|log[- ]?in|log ?on|logout|account|confirm|verif|"
    r"enrol|authenticat|2fa|two[- ]factor|multi[- ]?factor|otp|\bpin\b|token|recover|reset|secret|"
    r"security|secure|session|unlock|lock|code|challenge|credential|e-?mail|sms|push|webauthn|fido|"
    r"yubi|register|registration|activate|expire", re.I)
ADMIN = re.compile(r"^lib/(policy\.py|eventhandler/|task/|smsprovider/)")
LIMIT = re.compile(r"^The user may only have this (maximum )?number of (active )?.+ tokens? assigned\.$")

FILL = {
    "{serial}": "TOTP0001A2B3", "{token_type}": "hotp", "{old_type}": "totp", "{type_value}": "hotp",
    "{wrong_username}": "alice", "{required_role}": "admin", "{old_user!r}": "'bob'",
    "{user}": "alice", "{realm}": "example", "{givenname}": "Alice", "{surname}": "Doe",
    "{otp}": "482913", "{0!r}": "'alice'", "{1!r}": "'bob'", "{2!r}": "'error'",
    "{0!s}": "HOTP", "{1!s}": "TOTP", "{2!s}": "SMS",
}
OVERRIDE = {
    "Please enter the positions {0!s} from your secret.": {"{0!s}": "2, 5, 7"},
    "Please confirm with your U2F token ({0!s})": {"{0!s}": "YubiKey 5 NFC"},
    "Please confirm with your WebAuthn token ({0!s})": {"{0!s}": "YubiKey 5 NFC"},
    "There is no active and assigned token in this realm, included types: {0!s}, excluded types: {1!s}":
        {"{0!s}": "hotp, totp", "{1!s}": "sms"},
    "Response did not match for {0!s} tokens.": {"{0!s}": "2"},
    "Token assign failed for {0!r}/{1!s} : {2!r}": {"{0!r}": "'alice'", "{1!s}": "TOTP0001A2B3",
                                                   "{2!r}": "'token already assigned'"},
    "The user {0!r} does not own the token {1!s}": {"{1!s}": "TOTP0001A2B3"},
}
# msgids whose `{0!s}` / `{1!s}` the code fills with a policy name or a list (as the code does).
for _m, _v in [
    ("The options that can be presented to the user to confirm the login. <code>ALPHABETIC</code>: A-Z, "
     "<code>NUMERIC</code>: 01-99, <code>CUSTOM</code>: user defined. Does only apply if <em>{0!s}</em> "
     "is set.", "push_require_presence"),
    ("The number of options the user is presented with to confirm the login. Does only apply if "
     "<em>{0!s}</em> is set.", "push_require_presence"),
    ("Custom options that can be presented to the user to confirm the login. The string must contain at "
     "least 2 options and should be unique. The options are separated by <code>:</code>. e.g.: "
     "<code>01:02:03:1A:1B:1C</code>. Does only apply if <em>{0!s}</em> is set to <code>CUSTOM</code>.",
     "push_presence_options"),
]:
    OVERRIDE[_m] = {"{0!s}": _v}
OVERRIDE["Which algorithm are available to use for creating public key credentials for WebAuthn tokens. "
         "(Default: [{0!s}], Order: [{1!s}])"] = {"{0!s}": "ecdsa, rsassa-pss, rsassa-pkcs1v1_5",
                                                 "{1!s}": "ecdsa, rsassa-pss, rsassa-pkcs1v1_5"}
# Help texts that name the tags themselves ("tags like {otp} and {serial}") keep them as written.
TAGS_NAMED = re.compile(r"tags like", re.I)


def short_id(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:10]


def unq(s):
    """A .po string literal's escapes resolved (\\n, \\", \\\\)."""
    return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), s)


def parse_po(name):
    """[(msgctxt, msgid, msgstr, flags, references)] of a .po/.pot file, obsolete entries left out."""
    with open(os.path.join(RAW, name), encoding="utf-8") as f:
        blocks = f.read().split("\n\n")
    out = []
    for block in blocks:
        fields, flags, refs, cur = {}, "", [], None
        for line in block.split("\n"):
            if line.startswith("#~"):
                fields = {}
                break
            if line.startswith("#,"):
                flags += line[2:]
            elif line.startswith("#:"):
                refs += [r.split(":")[0] for r in line[2:].split()]
            elif line.startswith("#"):
                continue
            else:
                m = re.match(r'(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?) "(.*)"$', line)
                if m:
                    cur = m.group(1)
                    fields[cur] = unq(m.group(2))
                    continue
                m = re.match(r'"(.*)"$', line)
                if m and cur:
                    fields[cur] += unq(m.group(1))
        if "msgid" not in fields or not fields["msgid"]:
            continue
        msgstr = fields.get("msgstr", fields.get("msgstr[0]", ""))
        out.append((fields.get("msgctxt", ""), fields["msgid"], msgstr, flags, refs))
    return out


def render(text, msgid):
    if TAGS_NAMED.search(msgid):
        return " ".join(re.sub(r"<[^>]+>", "", text).split())
    fill = dict(FILL)
    fill.update(OVERRIDE.get(msgid, {}))
    for k, v in fill.items():
        text = text.replace(k, v)
    text = re.sub(r"<[^>]+>", "", text)
    return " ".join(text.split())


def words_only(s):
    return re.sub(r"\W", "", s).lower()


def selected(msgid, refs):
    if len(msgid.split()) < 4 or not ACCOUNT_WORDS.search(msgid):
        return False
    return not refs or not all(ADMIN.match(r) for r in refs)


def items():
    out = []
    cats = {code: {(c, i): (s, fl) for c, i, s, fl, _ in parse_po(f"server_{name}.po")}
            for name, code in LANGS}
    seen = {"en": set(), **{code: set() for _, code in LANGS}}
    limit_seen = set()
    for ctx, msgid, _, _, refs in parse_po("server_messages.pot"):
        if not selected(msgid, refs):
            continue
        m = LIMIT.match(msgid)
        if m:
            if bool(m.group(2)) in limit_seen:
                continue
            limit_seen.add(bool(m.group(2)))
        key = (ctx + "\x04" if ctx else "") + msgid
        unit = f"{PI}:{key}"
        en = render(msgid, msgid)
        texts = [("en", en, "privacyidea/messages.pot")]
        for name, code in LANGS:
            s, flags = cats[code].get((ctx, msgid), ("", ""))
            if not s.strip() or "fuzzy" in flags:
                continue
            t = render(s, msgid)
            if words_only(t) == words_only(en):
                continue
            texts.append((code, t, f"privacyidea/translations/{name}/LC_MESSAGES/messages.po"))
        for code, text, path in texts:
            if not text or not is_new(seen[code], text):
                continue
            out.append(item(f"pi-{code}-{short_id(key)}", code, text, "privacyidea_notice",
                            f"{PI}@{PI_COMMIT[:12]}:{path}#{msgid[:60]}", unit,
                            "server catalogue msgids with 4+ words and an account word, "
                            "administrator option help left out"))
    return out


# --- default mails -------------------------------------------------------------------------------
PI_URL = "https://pi.example.com"
MAIL_FILL = {"user": "alice", "admin": "admin", "realm": "example", "action": "/token/enable",
             "serial": "TOTP0001A2B3", "url": PI_URL + "/", "regkey": "k7Hq2mXw9pLr4tZb",
             "otp": "482913", "recoverycode": "5f2c9a0e1b7d4c3a8e6f2b1d"}


def read(name):
    with open(os.path.join(RAW, name), encoding="utf-8") as f:
        return f.read()


def literal(src, pattern):
    """The string literal (triple-quoted or quoted) that `pattern` (a regex ending before it) precedes."""
    m = re.search(pattern + r'\s*(?:"""(.*?)"""|"((?:[^"\\]|\\.)*)")', src, re.S)
    return m.group(1) if m.group(1) is not None else m.group(2)


def mail_items():
    """The server's four default mails: subject, blank line, body (lines kept, ends stripped)."""
    reg = read("api_register.py")
    pwr = read("lib_passwordreset.py")
    note = read("lib_eventhandler_usernotification.py")
    mail = read("lib_tokens_emailtoken.py")
    mails = [
        ("password-reset", "lib/passwordreset.py", literal(pwr, r"send_email_identifier\(identifier, user_email,"),
         literal(pwr, r"\nBODY =").format(PI_URL + "/#!", MAIL_FILL["user"], MAIL_FILL["realm"],
                                           MAIL_FILL["recoverycode"])),
        ("registration", "api/register.py", literal(reg, r"smtpconfig, email,"),
         literal(reg, r"\nDEFAULT_BODY\s*=").format(regkey=MAIL_FILL["regkey"])),
        ("user-notification", "lib/eventhandler/usernotification.py",
         literal(note, r'handler_options\.get\("subject"\) or'),
         literal(note, r"\nDEFAULT_BODY =").format(**MAIL_FILL)),
        ("email-otp", "lib/tokens/emailtoken.py", literal(mail, r"EMAILACTION\.EMAILSUBJECT,"),
         literal(mail, r"action=EMAILACTION\.EMAILTEXT,\s*default=").replace("<otp>", MAIL_FILL["otp"])),
    ]
    out = []
    for name, path, subject, body in mails:
        text = subject.strip() + "\n\n" + "\n".join(l.strip() for l in body.strip().split("\n"))
        out.append(item(f"pim-en-{short_id(name)}", "en", text, "privacyidea_mail",
                        f"{PI}@{PI_COMMIT[:12]}:privacyidea/{path}", f"{PI}:mail:{name}",
                        "every default mail of the server (subject and body in its code)"))
    return out


def all_items():
    return items() + mail_items()


if __name__ == "__main__":
    main(all_items, LABELS, hashed_split, OUT_DIR, __doc__)
