#!/usr/bin/env python3
"""Rebuild the fifty-second batch of tests/data/real/ (issue 12): the notices of web apps in
Chinese only — Umami's messages (the "message." strings of its web analytics app: confirmations,
warnings, errors, team and website notices) and Hoppscotch's notices (the whole sentences of its
API client's catalogue: sign-in link and verification notices, team invitation notices and errors,
confirmations, errors and help texts) and Open WebUI's account and security notices (sign-in,
session, password, two-factor, recovery-code, API-key and pending-account strings). Only zh-Hans / zh-Hant texts are taken, never Spanish
or English: the English strings serve only as the reference of the "untranslated" check
(build_templates3.untranslated_lines, with build_templates30.zh_untranslated) and to find the
templates.

Usage:
    python3 scripts/real_corpus/build_templates48.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates48.py assemble     # write the jsonl files
    (every source is read from raw/; /work/rebuild-52.sh sets nothing else)

Sources (see tests/data/real/README.md, section "Fifty-second batch"):
  * umami_message: umami-software/umami (MIT), over what the broken fetch tool could bring: read
    through the file index (read_file), the "message." entries copied verbatim to raw/umami/
    (zh-CN and zh-TW at UM_COMMIT, en-US at UM_EN_COMMIT, the index's stored versions). Every
    "message." entry of src/lang/zh-CN.json (zh-Hans) and zh-TW.json (zh-Hant), in the file's
    order; a key missing in a language skips the message there; "label." entries (buttons, menu
    and column names) are not messages and are not taken.
  * hoppscotch_notice: hoppscotch/hoppscotch (MIT), read through the file index (read_file, three
    pages a file), the selected entries copied to raw/hoppscotch/ (cn.json at 0248cb5d, tw.json at
    05042b58, HS_LANGS: the index's stored versions, not one commit). Every entry of
    packages/hoppscotch-common/locales/cn.json (zh-Hans) and tw.json (zh-Hant) whose value holds a
    Chinese character and ends in sentence punctuation (。！？ or . ! ?), i.e. whole sentences: the
    toasts, dialogs, errors and help texts; labels, buttons and titles (no closing punctuation)
    are not taken. The rule is checked again on every copied line (HS_SENTENCE, CJK). Values
    copied verbatim, keys written as their dotted path in the nested object. No English file was
    read: the untranslated check is build_templates30.zh_untranslated.
  * open_webui_notice: the PyPI package open-webui 0.12.4 (OW_WHEEL_SHA256; the GitHub index's
    stored LICENSE is a fork's and fetch did not work), Open WebUI License (BSD-3-Clause terms plus
    a branding clause; raw/open_webui/LICENSE and LICENSE_NOTICE, from the wheel). The catalogues
    src/lib/i18n/locales/zh-CN and zh-TW/translation.json are compiled into the frontend chunks
    OW_LANGS names (each a module whose default export is the catalogue, keyed by the English source
    text); read with node, every entry whose key holds a space (an English sentence, not a dotted
    settings path) and one of the account and security words of OW_KEYWORDS, and whose value holds
    a Chinese character and ends in sentence punctuation (HS_SENTENCE) was written to
    raw/open_webui/<lang>.account.json.txt (the rule is checked again on every entry). The key is
    the English reference of the untranslated check.

Placeholders get the fixed values of the earlier batches' kind (UM_VALUES: the website
"Demo Website", the confirmation word the app asks to type, "DELETE" / "RESET" as Umami's
confirmation prompts use, 3 visitors, 8 characters, version 2.15.0, the page
https://www.example.com/pricing, the event signup-button, a visitor from Germany using Chrome on
Windows 10 on a desktop computer (its label in the locale's own "label.desktop"); for Hoppscotch
HS_VALUES: alice@example.com, 3 tabs or files, the token "Demo token", the variable BASE_URL; for
Open WebUI 3 recovery codes and the command "demo"). A zh-Hant text
equal to the zh-Hans one is not taken twice; near-duplicates (digits and white space aside)
collapse within a source and language. Cut at 500 characters.

Split: the unit is the message (`<owner/repo>:<key>`), both languages of one message on one side;
held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Fixed and committed before any
scanner run on these texts. Labels come from scripts/real_corpus/labels/labels_templates48.tsv (id,
category, credential_request, credentials, borderline), assigned by an AI reader reading each text;
the scanner played no part.
"""
import json
import os
import re

from build_templates import item
from build_templates3 import untranslated_lines
from build_templates29 import clean
from build_templates30 import zh_untranslated
from build_templates31 import is_new_text, strip_fills
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates48.tsv")
RAW = os.path.join(HERE, "raw")


def raw_entries(path):
    """The verbatim `"key": "value",` lines of a raw/ copy (its '#' header lines aside) as a
    dict, in their order."""
    with open(path, encoding="utf-8") as f:
        lines = [ln.rstrip("\n").rstrip(",") for ln in f if not ln.startswith("#") and ln.strip()]
    return json.loads("{" + ",\n".join(lines) + "}")


# --- Umami --------------------------------------------------------------------------------------
UM_REPO = "umami-software/umami"
UM_COMMIT = "05cc18882c992650ad077ce024622d67a82a78e7"
UM_EN_COMMIT = "00bd9223ace97cde005b4759f638d387dd262786"
UM_LANGS = [("zh-Hans", "zh-CN"), ("zh-Hant", "zh-TW")]
UM_VALUES = {"target": "Demo Website", "x": "3", "n": "8", "version": "2.15.0",
             "url": "https://www.example.com/pricing", "event": "signup-button",
             "country": "Germany", "browser": "Chrome", "os": "Windows 10"}
# message.reset-website and message.confirm-* ask to type the word the dialog names
UM_CONFIRMATION = {"message.reset-website": "RESET", "message.action-confirmation": "DELETE"}
UM_DEVICE = {"zh-Hans": "台式机", "zh-Hant": "桌上型電腦", "en": "Desktop"}  # label.desktop


def um_fill(key, text, lang):
    values = dict(UM_VALUES, device=UM_DEVICE[lang], confirmation=UM_CONFIRMATION.get(key, ""))
    # ICU plurals of the English reference: the "other" form
    text = re.sub(r"\{x, plural, one \{[^}]*\} other \{([^}]*)\}\}", r"\1", text)
    text = re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], text)
    if "{" in text:
        raise ValueError(text)
    return clean(text)


def um_items():
    en = raw_entries(os.path.join(RAW, "umami", "en-US.messages.json.txt"))
    hans = {}
    for lang, folder in UM_LANGS:
        res = raw_entries(os.path.join(RAW, "umami", f"{folder}.messages.json.txt"))
        seen = set()
        for key, value in res.items():
            text = um_fill(key, value, lang)
            ref = um_fill(key, en[key], "en") if key in en else ""
            if untranslated_lines(text, ref) \
                    or zh_untranslated(strip_fills(text, UM_VALUES.values())) \
                    or not is_new_text(seen, hans, lang, key, text):
                continue
            yield item(f"umami-{sha(lang + '#' + key)[:12]}", lang, text, "umami_message",
                       f"github.com/{UM_REPO}@{UM_COMMIT[:12]}:src/lang/{folder}.json#{key}",
                       f"{UM_REPO}:{key}", "every_message_string")


# --- Hoppscotch ---------------------------------------------------------------------------------
HS_REPO = "hoppscotch/hoppscotch"
HS_LOCALES = "packages/hoppscotch-common/locales/"
# (language, locale file, the stored version read)
HS_LANGS = [("zh-Hans", "cn", "0248cb5d612ec5b15d64e8d0f96a91e781535150"),
            ("zh-Hant", "tw", "05042b58605087121b40f4973ed395b297ecdc40")]
HS_VALUES = {"email": "alice@example.com", "count": "3", "tokenLabel": "Demo token", "files": "3",
             "environment": "BASE_URL"}
HS_SENTENCE = re.compile(r"[。！？.!?]$")
CJK = re.compile(r"[\u4e00-\u9fff]")


def hs_items():
    hans = {}
    for lang, name, commit in HS_LANGS:
        res = raw_entries(os.path.join(RAW, "hoppscotch", f"{name}.sentences.json.txt"))
        seen = set()
        for key, value in res.items():
            # the rule the lines were copied by (raw/hoppscotch/*: header)
            assert CJK.search(value) and HS_SENTENCE.search(value.strip()), key
            text = clean(re.sub(r"\{(\w+)\}", lambda m: HS_VALUES[m.group(1)], value))
            if zh_untranslated(strip_fills(text, HS_VALUES.values())) \
                    or not is_new_text(seen, hans, lang, key, text):
                continue
            yield item(f"hopps-{sha(lang + '#' + key)[:12]}", lang, text, "hoppscotch_notice",
                       f"github.com/{HS_REPO}@{commit[:12]}:{HS_LOCALES}{name}.json#{key}",
                       f"{HS_REPO}:{key}", "every_sentence_string")


# --- Open WebUI ---------------------------------------------------------------------------------
OW_PACKAGE = "open-webui 0.12.4 (PyPI)"
OW_WHEEL_SHA256 = "02e9caba96234db3fa17a92e56163b3f7f2b8ca8227fa886b85c178d696483f6"
OW_LANGS = [("zh-Hans", "zh-CN", "DaXVibr3.js"), ("zh-Hant", "zh-TW", "BWm0YmUz.js")]
# the account and security words an entry's English key must hold (the selection rule)
OW_KEYWORDS = re.compile(
    r"\b(account|accounts|password|passwords|sign[ -]?in|sign[ -]?up|signed|log ?in|log ?out|"
    r"logged|e-?mail|verif\w*|invit\w*|api keys?|session|sessions|two-factor|2fa|mfa|"
    r"recovery codes?|passkeys?|pending|activation|activated?|admin|administrator|"
    r"authenticator|credentials?)\b", re.I)
OW_VALUES = {"COUNT": "3", "COMMAND": "demo"}


def ow_fill(text):
    return clean(re.sub(r"\{\{(\w+)\}\}", lambda m: OW_VALUES[m.group(1)], text))


def ow_items():
    hans = {}
    for lang, folder, chunk in OW_LANGS:
        res = raw_entries(os.path.join(RAW, "open_webui", f"{lang}.account.json.txt"))
        seen = set()
        for key, value in res.items():
            # the rule the entries were extracted by (raw/open_webui/*: header)
            assert " " in key and OW_KEYWORDS.search(key) and CJK.search(value) \
                and HS_SENTENCE.search(value.strip()), key
            text, ref = ow_fill(value), ow_fill(key)
            if untranslated_lines(text, ref) \
                    or zh_untranslated(strip_fills(text, OW_VALUES.values())) \
                    or not is_new_text(seen, hans, lang, key, text):
                continue
            yield item(f"owebui-{sha(lang + '#' + key)[:12]}", lang, text, "open_webui_notice",
                       f"pypi:{OW_PACKAGE.split()[0]}=={OW_PACKAGE.split()[1]}:open_webui/frontend/_app/"
                       f"immutable/chunks/{chunk} (src/lib/i18n/locales/{folder}/translation.json)"
                       f"#{key}", f"open-webui/open-webui:{key}", "every_account_sentence_string")


def items():
    yield from um_items()
    yield from hs_items()
    yield from ow_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
