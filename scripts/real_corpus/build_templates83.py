#!/usr/bin/env python3
"""Rebuild the eighty-seventh batch of tests/data/real/ (issue 12): the wallet, seed, password,
backup, restore and funds messages of the Monero GUI wallet (monero-project/monero-gui,
BSD-3-Clause), in English, Spanish, Chinese (Simplified) and Chinese (Traditional), and the
account, log-in, password, two-factor and recovery messages of CryptPad (cryptpad/cryptpad,
AGPL-3.0-or-later), in English, Spanish, Chinese (Simplified) and Chinese (Traditional).

Usage:
    python3 scripts/real_corpus/build_templates83.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates83.py assemble     # write the jsonl files

The builder reads only the verbatim copies in scripts/real_corpus/raw/monero_gui/ (see its
SOURCE.md): the Qt Linguist files translations/monero-core.ts (the English source strings),
monero-core_es.ts, monero-core_zh-cn.ts and monero-core_zh-tw.ts of monero-gui at MONERO_COMMIT.

Selection (mechanical, no choosing): every <message> of monero-core.ts whose English <source>,
with its HTML tags dropped (build_templates.html_to_text), has at least four words and matches
KEYWORDS (wallet, seed, recovery, mnemonic, private key, password, PIN, passphrase, backup /
back up, restore, send / sent, receive, funds, account, log in / login / sign in, security).
The message key is the Qt context and the source text; numerus messages are not taken (none
matches the rule). For each language the message's <translation> is taken unless it is empty,
marked unfinished, obsolete or vanished (Qt then shows the English string), or equal to the
English text (untranslated). The %1, %2 arguments of the six messages that have them are filled
as the QML code fills them (FILL), with fixed demo values (a wallet path under /home/alice, an
amount of 1.5 XMR, 10 confirmations, monerod; WizardAskPassword's %1 is the same language's
translation of "25 word mnemonic seed", or the English one when that is untranslated). HTML tags
are dropped (a link keeps its label and address). Near-duplicates (digits and white space aside)
collapse within a language. Cut at 500 characters.

CryptPad (source cryptpad_message): the builder reads the verbatim copies in
scripts/real_corpus/raw/cryptpad/ of www/common/translations/messages.json (English),
messages.es.json (Spanish), messages.zh.json (Chinese, Simplified) and messages.zh_Hant.json
(Chinese, Traditional) at CRYPTPAD_COMMIT. Selection (mechanical): every key whose name starts
with login_, register_, mfa_, password_ or recovery_ or contains passw, login, logout, mfa, totp,
recovery, account or sso (CRYPTPAD_KEYS), and whose English value, HTML tags dropped, has at
least four words (the key is selected by its English text only). In each other language the
key's value is taken unless missing, empty or equal to the English one (untranslated). {0}, {1}
are filled as the web app fills them, with the same demo values in every language
(CRYPTPAD_FILL: a link's tags empty, 8 and 50 characters, the folder "Demo folder", the instance
"Demo CryptPad", the administrator admin@cryptpad.example.com). The Chinese texts were added
after the English and Spanish ones (branch corpus-87-zh); they come last in each output file, so
the English and Spanish records, ids and split are unchanged. Unit `cryptpad/cryptpad:<key>`,
the same for every language of a key.

Split: the unit is the message (`monero-project/monero-gui:<context>/<12 hex of the SHA-256 of
the English source>`), all languages of one message on one side; held out when SHA-256 of the
unit is 0 mod 3 (corpus.hashed_split). Fixed and committed before any scanner run on these texts.
Labels come from scripts/real_corpus/labels/labels_templates83.tsv (id, category,
credential_request, credentials, borderline), assigned by an AI reader reading each text; the
scanner played no part.
"""
import hashlib
import json
import os
import re
import xml.etree.ElementTree as ET

from build_templates import html_to_text, item
from build_templates2 import is_new
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates83.tsv")
RAW = os.path.join(HERE, "raw", "monero_gui")
RAW_CP = os.path.join(HERE, "raw", "cryptpad")

MONERO_COMMIT = "56483fe1617be5f49507c2b89863a05a809aa4cb"
MONERO_LANGS = [("en", "en", "monero-core.ts"), ("es", "es", "monero-core_es.ts"),
                ("zhcn", "zh-Hans", "monero-core_zh-cn.ts"), ("zhtw", "zh-Hant", "monero-core_zh-tw.ts")]
KEYWORDS = re.compile(r"wallet|seed|recovery|mnemonic|private key|password|\bPIN\b|passphrase"
                      r"|back ?up|restor|\bsend|\bsent\b|receiv|fund|account|log ?in|sign in|secur",
                      re.I)
SKIP_TYPES = {"unfinished", "obsolete", "vanished"}
# (context, English source) -> the arguments %1, %2, … as the QML code passes them. A tuple
# ("tr", context, source) is that string translated in the same language.
FILL = {
    ("SettingsWallet", "The view only wallet has been created with the same password as the current "
     "wallet. You can open it by closing this current wallet, clicking the \"Open wallet from file\" "
     "option, and selecting the view wallet in: \n%1\nYou can change the password in the wallet "
     "settings."): ["/home/alice/Monero/wallets/alice/alice_viewonly"],
    ("Transfer", "Spendable funds: %1 XMR. Please wait ~%2 minutes for your whole balance to become "
     "spendable."): ["1.5", "20"],
    ("WizardAskPassword", "This password cannot be recovered. If you forget it then the wallet will "
     "have to be restored from your %1."): [("tr", "WizardAskPassword", "25 word mnemonic seed")],
    ("main", "Please check your wallet and daemon log for errors. You can also try to start %1 "
     "manually."): ["monerod"],
    ("main", "This address received %1 monero, with %2 confirmation(s)."): ["1.5", "10"],
    ("main", "This address received %1 monero, but the transaction is not yet mined"): ["1.5"],
}


def messages(path):
    """{(context, source): translation or None} of a .ts file, in file order (None when the
    translation is empty or unfinished, obsolete or vanished, and for numerus messages)."""
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.find("name").text
        for m in ctx.iter("message"):
            src = m.find("source").text or ""
            tr = m.find("translation")
            text = None
            if m.get("numerus") != "yes" and tr is not None and tr.get("type") not in SKIP_TYPES:
                text = tr.text or None
            out[(name, src)] = text
    return out


def selected(english):
    """The (context, source) keys of the rule, in the English file's order."""
    return [k for k in english
            if len(html_to_text(k[1]).split()) >= 4 and KEYWORDS.search(html_to_text(k[1]))]


def fill(text, key, table):
    args = FILL.get(key)
    if not args:
        return text
    vals = []
    for a in args:
        if isinstance(a, tuple):
            vals.append(table.get((a[1], a[2])) or a[2])
        else:
            vals.append(a)
    return re.sub(r"%(\d)", lambda m: vals[int(m.group(1)) - 1], text)


def monero_items():
    english = messages(os.path.join(RAW, "monero-core.ts"))
    keys = selected(english)
    for code, lang, fname in MONERO_LANGS:
        if code == "en":
            table = {k: k[1] for k in english}
        else:
            table = messages(os.path.join(RAW, fname))
        seen = set()
        for key in keys:
            ctx, src = key
            raw = table.get(key)
            if raw is None or (code != "en" and raw.strip() == src.strip()):
                continue
            text = html_to_text(fill(raw, key, table))
            text = "\n".join(ln.strip() for ln in text.splitlines())
            if not text or not is_new(seen, text):
                continue
            h = hashlib.sha256(src.encode("utf-8")).hexdigest()[:12]
            yield item(f"xmr-{code}-{ctx}-{h}", lang, text, "monero_gui_message",
                       f"github.com/monero-project/monero-gui@{MONERO_COMMIT[:12]}:translations/{fname}",
                       f"monero-project/monero-gui:{ctx}/{h}", "wallet_messages_keyword_rule")


# --- CryptPad ------------------------------------------------------------------------------------
CRYPTPAD_COMMIT = "9004ad2dd1b40d571b25f66dfe968606233f51a8"
CRYPTPAD_LANGS = [("en", "en", "messages.json"), ("es", "es", "messages.es.json"),
                  ("zh", "zh-Hans", "messages.zh.json"), ("zhhant", "zh-Hant", "messages.zh_Hant.json")]
CRYPTPAD_KEYS = re.compile(r"^(login|register|mfa|password|recovery)_|passw|login|logout|mfa|totp"
                           r"|recovery|account|sso", re.I)
# key -> the values of {0}, {1}, … as the web app passes them (demo values; a link's opening and
# closing tags are empty, so its label stays).
CRYPTPAD_FILL = {
    "onLogout": ["", ""],
    "register_passwordTooShort": ["8"],
    "register_nameTooLong": ["50"],
    "drive_sfPassword": ["Demo folder"],
    "login_instance": ["Demo CryptPad"],
    "register_instance": ["Demo CryptPad"],
    "og_login": ["Demo CryptPad"],
    "recovery_forgot_text": ["admin@cryptpad.example.com"],
}


def cryptpad_items():
    """CryptPad's account, log-in, password, 2FA and recovery messages in English, Spanish,
    Chinese (Simplified) and Chinese (Traditional)."""
    def load(fname):
        with open(os.path.join(RAW_CP, fname), encoding="utf-8") as f:
            return json.load(f)
    english = load("messages.json")
    keys = [k for k, v in english.items() if isinstance(v, str) and CRYPTPAD_KEYS.search(k)
            and len(html_to_text(v).split()) >= 4]
    for code, lang, fname in CRYPTPAD_LANGS:
        table = english if code == "en" else load(fname)
        seen = set()
        for key in keys:
            raw = table.get(key)
            if not isinstance(raw, str) or not raw.strip() or (code != "en" and raw.strip() == english[key].strip()):
                continue
            vals = CRYPTPAD_FILL.get(key, [])
            raw = re.sub(r"\{(\d)\}", lambda m: vals[int(m.group(1))], raw)
            text = "\n".join(ln.strip() for ln in html_to_text(raw).splitlines())
            if not text or not is_new(seen, text):
                continue
            yield item(f"cp-{code}-{key}", lang, text, "cryptpad_message",
                       f"github.com/cryptpad/cryptpad@{CRYPTPAD_COMMIT[:12]}:www/common/translations/{fname}",
                       f"cryptpad/cryptpad:{key}", "account_messages_key_rule")


def items():
    yield from monero_items()
    yield from cryptpad_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
