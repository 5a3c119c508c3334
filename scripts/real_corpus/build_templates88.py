#!/usr/bin/env python3
"""Build the ninety-second batch of tests/data/real/: the key, password, passphrase, backup,
recovery, encryption, log-in and security messages of Mailvelope (an OpenPGP browser extension
for webmail: key generation, key import, key backup and recovery sheet, password prompts,
encrypted mail and files), in English and Spanish, and the account, log-in, password, passkey and
API-token messages of Miniflux (a feed reader), in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates88.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates88.py assemble     # write the jsonl files

The builder reads only the verbatim copies under scripts/real_corpus/raw/mailvelope/ and
scripts/real_corpus/raw/miniflux/ (see their SOURCE.md: github.com/mailvelope/mailvelope at
a1c1fa9eaa32, v6.2.1, AGPL-3.0; github.com/miniflux/v2 at 106cdd09e155, Apache-2.0).

Sources and mechanical rules (see scripts/real_corpus/notes/batch92.md):
  * mailvelope_notice: every key of locales/en/messages.json (591 keys), in file order, whose
    English `message` has 4 or more words (split on white space, tags and `$n` placeholders
    counted as written) and matches MV_WORDS (key, keys, keyring, keyserver …: a word starting
    with `key`; password; passphrase; back up / backup; recover(y); a word containing `crypt`
    (encrypt, decrypt, encryption, cryptographic); log in / login / log on; sign in; secur(e,
    ity)). Spanish from locales/es/messages.json, same key. The repository has no Chinese
    catalogue. A Spanish text equal to the English one (untranslated) is skipped; a key missing
    from the Spanish catalogue is not taken in Spanish.
  * miniflux_notice: every key of internal/locale/translations/en_US.json (583 keys), in file
    order, whose English text (a plural key: its last form) has 4 or more words and matches
    MF_WORDS (password, passphrase, passkey, WebAuthn, sign in / out / up, log in / out / on,
    account, credential, session, API key, token, two-factor / 2FA, authenticat…, unlock,
    verif…, confirm, invit…, secur…); Spanish from es_ES.json, zh-Hans from zh_CN.json, zh-Hant
    from zh_TW.json, same key, same untranslated and missing-key rules. `%s` / `%q` filled with
    MF_FILL (per key).
  Mailvelope text: the `message`, `$n` placeholders filled with MV_FILL (per key; no other
  selected key has one), `<n>…</n>` tags dropped (their content kept), each line's white space
  collapsed. Near-duplicates (digits and white space aside) collapse within the source and
  language. Cut at 500 characters.

Split: the unit is the message key (`mailvelope/mailvelope:<key>`, `miniflux/v2:<key>`), all
languages of one message on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates88.tsv (id, category, credential_request, credentials,
borderline), assigned by an AI reader reading each text; the scanner played no part.
"""
import hashlib
import json
import os
import re

from build_templates import item
from build_templates2 import is_new
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates88.tsv")
RAW = os.path.join(HERE, "raw")

MV = "mailvelope/mailvelope"
MV_COMMIT = "a1c1fa9eaa328385d7087bf951c8c435a24ef924"
MV_LANGS = [("en", "en"), ("es", "es")]
MV_WORDS = re.compile(
    r"\bkey|password|passphrase|\bback ?-?up|recover|crypt|\blog ?-?(?:in|on)\b|\bsign ?-?in\b|secur",
    re.I)

KEY_ID = "0x5F2C9A0E1B7D4C3A"
ALICE = "Alice Chen <alice@example.com>"
ERR = "Demo error"
PROVIDER = "Demo Mail"
# $1, $2, … of every selected key that has placeholders (what the code passes: a key ID, a user
# ID, a file name, an error message, a count, the mail provider's name).
MV_FILL = {
    "decrypt_digital_signature_null_info": [KEY_ID],
    "decrypt_file_error_header": ["report.pdf.gpg"],
    "encrypt_error": [ERR],
    "encrypt_file_error_header": ["report.pdf"],
    "encrypt_signer_info": [ALICE],
    "file_read_error": [ERR],
    "gnupg_error_unusable_pub_key": ["bob@example.com"],
    "key_import_error_no_uid": [KEY_ID],
    "key_import_error_parse": [ERR],
    "key_import_invalidated_description": ["bob@example.com"],
    "key_import_number_of_failed_plural": ["3"],
    "key_import_private_exists": [KEY_ID, ALICE],
    "key_import_private_read": [ERR],
    "key_import_private_success": [KEY_ID, ALICE],
    "key_import_private_update": [KEY_ID, ALICE],
    "key_import_public_read": [ERR],
    "key_import_public_success": [KEY_ID, ALICE],
    "key_import_public_update": [KEY_ID, ALICE],
    "key_import_unable": [ERR],
    "keygen_dialog_password_error_length": ["8"],
    "keyring_confirm_deletion": ["mvelo"],
    "keyring_confirm_keys_plural": ["3"],
    "message_no_keys": [KEY_ID],
    "message_read_error": [ERR],
    "recovery_sheet_backup_local": [PROVIDER],
    "recovery_sheet_backup_server": [PROVIDER],
    "recovery_sheet_encryption_note": [PROVIDER],
    "recovery_sheet_explain_pgp": [PROVIDER],
    "recovery_sheet_invite_contacts": [PROVIDER],
    "security_log_decryption_operation": [ALICE],
    "security_log_encryption_operation": ["bob@example.com"],
    "security_log_sign_operation": [KEY_ID],
    "user_keyserver_remove": ["alice@example.com"],
    "user_keyserver_upload": ["alice@example.com"],
}


def read(path):
    with open(os.path.join(RAW, path), encoding="utf-8") as f:
        return f.read()


def short_id(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:10]


def lines_text(s):
    """Each line's white space collapsed, runs of blank lines kept single, ends stripped."""
    lines = [" ".join(l.split()) for l in s.replace("\r", "").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def selected(text):
    return len(text.split()) >= 4 and bool(MV_WORDS.search(text))


def render(key, message):
    fill = MV_FILL.get(key, [])
    text = re.sub(r"\$(\d+)", lambda m: fill[int(m.group(1)) - 1], message)
    return lines_text(re.sub(r"</?\d+>", "", text))


def mailvelope_items():
    cats = {code: json.loads(read(f"mailvelope/messages.{code}.json")) for code, _ in MV_LANGS}
    en = cats["en"]
    keys = [k for k, v in en.items() if selected(v["message"])]
    out = []
    for code, lang in MV_LANGS:
        seen = set()
        for key in keys:
            if key not in cats[code]:
                continue
            text = render(key, cats[code][key]["message"])
            if code != "en" and text == render(key, en[key]["message"]):
                continue
            if not is_new(seen, text):
                continue
            out.append(item(f"mv-{code}-{short_id(key)}", lang, text, "mailvelope_notice",
                            f"{MV}@{MV_COMMIT[:12]}:locales/{code}/messages.json#{key}",
                            f"{MV}:{key}",
                            "messages.json keys whose English text has 4+ words and a key, password, "
                            "backup, recovery, encryption, log-in or security word"))
    return out


# --- Miniflux --------------------------------------------------------------------------------------
MF = "miniflux/v2"
MF_COMMIT = "106cdd09e1557222303f3ed1376e1dadf0638621"
MF_LANGS = [("en_US", "en"), ("es_ES", "es"), ("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant")]
MF_WORDS = re.compile(
    r"password|passphrase|passkey|webauthn|\bsign(?:ed|ing)? ?-?(?:in|out|up)\b|"
    r"\blog(?:ged|ging)? ?-?(?:in|out|on)\b|account|credential|session|api key|token|two[- ]factor|"
    r"\b2fa\b|authenticat|unlock|verif|confirm|invit|secur", re.I)
# %s / %q / %d of every selected key that has one (what the code passes).
MF_FILL = {
    "error.tls_error": ['"x509: certificate signed by unknown authority"'],
    "page.login.oidc_signin": ["Demo SSO"],
    "page.settings.link_oidc_account": ["Demo SSO"],
    "page.settings.unlink_oidc_account": ["Demo SSO"],
    "tooltip.logged_user": ["alice"],
}


def mf_message(v):
    """A catalogue value: a string, or a list of plural forms (the last, plural, form)."""
    return v[-1] if isinstance(v, list) else v


def mf_render(key, message):
    fill = iter(MF_FILL.get(key, []))
    text = re.sub(r"%[sqd]", lambda m: next(fill), message)
    return lines_text(text)


def miniflux_items():
    cats = {code: json.loads(read(f"miniflux/{code}.json")) for code, _ in MF_LANGS}
    en = cats["en_US"]
    keys = [k for k, v in en.items()
            if len(mf_message(v).split()) >= 4 and MF_WORDS.search(mf_message(v))]
    out = []
    for code, lang in MF_LANGS:
        seen = set()
        for key in keys:
            if key not in cats[code]:
                continue
            text = mf_render(key, mf_message(cats[code][key]))
            if code != "en_US" and text == mf_render(key, mf_message(en[key])):
                continue
            if not is_new(seen, text):
                continue
            out.append(item(f"mf-{lang}-{short_id(key)}", lang, text, "miniflux_notice",
                            f"{MF}@{MF_COMMIT[:12]}:internal/locale/translations/{code}.json#{key}",
                            f"{MF}:{key}",
                            "translation keys whose English text has 4+ words and an account, "
                            "password, log-in, token or security word"))
    return out


def items():
    return mailvelope_items() + miniflux_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
