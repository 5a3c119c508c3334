#!/usr/bin/env python3
"""Build the eighty-eighth batch of tests/data/real/: the wallet, seed-word, password, backup,
funds and account messages of Bisq (the decentralised bitcoin exchange's desktop client: pop-ups,
warnings, the account / wallet-seed / password / backup screens, the funds screens and the
notifications), in English, Spanish, zh-Hans and zh-Hant, from its resource bundles.

Usage:
    python3 scripts/real_corpus/build_templates84.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates84.py assemble     # write the jsonl files

The builder reads only the verbatim copies under scripts/real_corpus/raw/bisq/ (see its SOURCE.md
for repository, paths and commit): core/src/main/resources/i18n/displayStrings.properties and its
_es, _zh-hans and _zh-hant bundles (github.com/bisq-network/bisq, AGPL-3.0).

Mechanical rule (bisq_notice; see scripts/real_corpus/notes/batch88.md):
  * the bundles are read as Java .properties files (comments, `\\` line continuations with the next
    line's leading white space dropped, `\\n`, `\\t`, `\\uXXXX` and other backslash escapes);
  * a key is taken when (1) its top-level section (the key up to the first dot) is one of SECTIONS
    (`popup`: pop-ups and warnings; `account`: the account screens with wallet seed, password,
    backup and payment accounts; `seed`: the seed-word restore window; `password`: the wallet
    password screen; `walletPasswordWindow`, `enterPrivKeyWindow`, `emptyWalletWindow`: the wallet
    windows; `funds`: send / receive / locked funds; `notification`: the trade and mobile
    notifications) — the trade-protocol, offer, portfolio, DAO, dispute, payment-method, settings
    and filter sections are left out, which keeps the batch under the ~450-text cap; (2) its English
    text has 4 or more words (split on white space); and (3) the English text matches WALLET_WORDS
    (wallet, seed, recovery, mnemonic, private key, password, PIN, passphrase, backup / back up,
    restore, send, receive, fund, account, log in / sign in, security). File order of the English
    bundle;
  * the Spanish, zh-Hans and zh-Hant texts are the same key's value in the `_es`, `_zh-hans`,
    `_zh-hant` bundle; a key missing there is not taken in that language, and a value equal to the
    English one (white space aside) is an untranslated copy and is skipped, as is a partly English
    copy (`untranslated`: a line of 6+ words equal to a line of the English text, or, in Chinese,
    fewer CJK characters than Latin letters — older English texts left in the Chinese bundles);
  * rendering: the MessageFormat quote `''` is written `'`; placeholders (`{0}`, `{1}`, …) are kept as
    written (the client fills them with amounts, addresses, names and counts that differ per key;
    no fixed value fits them all); each line's white space collapsed, runs of blank lines kept
    single, ends stripped;
  * near-duplicates (digits and white space aside) collapse within the language; cut at 500
    characters (corpus `item`).

Split: the unit is the message key (`bisq-network/bisq:<key>`), all languages of one message on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates84.tsv (id, category, credential_request, credentials,
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
LABELS = os.path.join(HERE, "labels", "labels_templates84.tsv")
RAW = os.path.join(HERE, "raw", "bisq")

REPO = "bisq-network/bisq"
# (bundle, lang, commit of the bundle's last change at the stored head 3ffb2c7c0f98)
BUNDLES = [
    ("displayStrings", "en", "cae73b2c4971adb771d2002f5a3a28970ab78fb0"),
    ("displayStrings_es", "es", "c4f4f1bc649b56b176503d6573859009cc424434"),
    ("displayStrings_zh-hans", "zh-Hans", "c4f4f1bc649b56b176503d6573859009cc424434"),
    ("displayStrings_zh-hant", "zh-Hant", "c4f4f1bc649b56b176503d6573859009cc424434"),
]
SECTIONS = {"popup", "account", "seed", "password", "walletPasswordWindow", "enterPrivKeyWindow",
            "emptyWalletWindow", "funds", "notification"}
WALLET_WORDS = re.compile(
    r"wallet|\bseed|recovery|mnemonic|private key|password|\bpin\b|passphrase|backup|back up|"
    r"restor|\bsend|\breceiv|fund|account|log ?in|sign ?in|securit", re.I)
SELECTION = ("displayStrings keys of the popup/account/seed/password/wallet-window/funds/notification "
             "sections whose English text has 4+ words and a wallet/account word")


def unescape(s):
    out = []
    j = 0
    while j < len(s):
        c = s[j]
        if c == "\\" and j + 1 < len(s):
            d = s[j + 1]
            if d == "u":
                out.append(chr(int(s[j + 2:j + 6], 16)))
                j += 6
                continue
            out.append({"n": "\n", "t": "\t", "r": "\r", "f": "\f"}.get(d, d))
            j += 2
        else:
            out.append(c)
            j += 1
    return "".join(out)


def parse_properties(path):
    """key -> value of a Java .properties file, in file order."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    out = {}
    i = 0
    while i < len(lines):
        ln = lines[i].lstrip(" \t\f")
        i += 1
        if not ln or ln[0] in "#!":
            continue
        while len(re.search(r"\\*$", ln).group(0)) % 2 == 1 and i < len(lines):
            ln = ln[:-1] + lines[i].lstrip(" \t\f")
            i += 1
        j = 0
        key = ""
        while j < len(ln):
            c = ln[j]
            if c == "\\":
                key += ln[j:j + 2]
                j += 2
                continue
            if c in "=: \t":
                break
            key += c
            j += 1
        rest = ln[j:].lstrip(" \t")
        if rest[:1] in ("=", ":"):
            rest = rest[1:].lstrip(" \t")
        out[unescape(key)] = unescape(rest)
    return out


def short_id(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:10]


def lines_text(s):
    """Each line's white space collapsed, runs of blank lines kept single, ends stripped."""
    lines = [" ".join(l.split()) for l in s.replace("\r", "").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def render(v):
    return lines_text(v.replace("''", "'"))


def untranslated(lang, text, en_text):
    """A partly or wholly English copy: a line of 6+ words that is also a line of the English text,
    or (Chinese) fewer CJK characters than Latin letters."""
    en_lines = {l for l in en_text.split("\n") if len(l.split()) >= 6}
    if any(l in en_lines for l in text.split("\n")):
        return True
    if lang.startswith("zh"):
        return len(re.findall(r"[\u3400-\u9fff]", text)) < len(re.findall(r"[A-Za-z]", text))
    return False


def selected_keys(en):
    return [k for k, v in en.items()
            if k.split(".")[0] in SECTIONS and len(v.split()) >= 4 and WALLET_WORDS.search(v)]


def items():
    bundles = {lang: (name, commit, parse_properties(os.path.join(RAW, name + ".properties")))
               for name, lang, commit in BUNDLES}
    en = bundles["en"][2]
    keys = selected_keys(en)
    out = []
    for _, lang, _ in BUNDLES:
        name, commit, d = bundles[lang]
        seen = set()
        for key in keys:
            if key not in d:
                continue
            if lang != "en" and " ".join(d[key].split()) == " ".join(en[key].split()):
                continue
            text = render(d[key])
            if lang != "en" and untranslated(lang, text, render(en[key])):
                continue
            if not text or not is_new(seen, text):
                continue
            out.append(item(f"bq-{lang}-{short_id(key)}", lang, text, "bisq_notice",
                            f"{REPO}@{commit[:12]}:core/src/main/resources/i18n/{name}.properties#{key}",
                            f"{REPO}:{key}", SELECTION))
    return out


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
