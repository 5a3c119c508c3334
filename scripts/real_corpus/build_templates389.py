#!/usr/bin/env python3
"""Rebuild the three-hundred-and-ninety-third batch of tests/data/real/: the messages of sudo
(sudo-project/sudo, ISC-style licence) about passwords, authentication, the lecture and
time-outs, from the sudo front end's and the sudoers plugin's gettext catalogues, in English,
Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates389.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates389.py assemble     # write the jsonl files

Source: github.com/sudo-project/sudo at SUDO_COMMIT (2026-08-20, the stored head), licence
ISC-style (LICENSE.md at the same commit: Todd C. Miller's ISC permission notice, with
BSD/ISC-style notices for a few C files). Two gettext domains, copied verbatim to
scripts/real_corpus/raw/sudo/ (see SOURCE.md there):
  * the sudo front end, po/: English from sudo.pot, translations from es.po, zh_CN.po (zh-Hans)
    and zh_TW.po (zh-Hant);
  * the sudoers plugin, plugins/sudoers/po/: English from sudoers.pot, translations from the same
    three languages.

Selection (mechanical, fixed before any text was read): every msgid (with its msgctxt, if any)
whose English text has at least four white-space separated words and matches, case-insensitively,
SELECT_RE: app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode,
PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification code,
one-time, 2FA, two-factor) widened, because the brief asked for sudo's authentication, lecture and
time-out messages, by `authenticat|lecture|time ?out|timed out`. The key's text is taken in
English and in each translation (fuzzy entries left out); a translation equal to the English is
skipped. Near-duplicates (digits and white space aside) collapse within a catalogue
(app_strings.new_texts) and then within a language across the two domains (sudo first). printf
placeholders (`%s`, `%d`) and line breaks are kept as written. Cut at 500 characters.

Split: the unit is the message key (`sudo-project/sudo:<key>`, key = msgid, or
`<msgctxt>::<msgid>`), all languages of one key on one side (a msgid in both domains is one
unit); held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates389.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as BASE_RE, norm, po_keyword_texts
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates389.tsv")
RAW = os.path.join(HERE, "raw", "sudo")
SUDO_COMMIT = "2e18923c2e959fff57b60207a261080daa2ebee9"
SELECT_RE = re.compile(BASE_RE.pattern + r"|authenticat|lecture|time ?out|timed out", re.I)
LANGS = [("es", "es"), ("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant")]
# (domain, folder in the repository, .pot name): English first in each domain's catalogues
DOMAINS = [("sudo", "po", "sudo.pot"), ("sudoers", "plugins/sudoers/po", "sudoers.pot")]


def catalogues(domain, folder, pot):
    """[(file under RAW, path in the repository, catalogue code, lang)] of one domain."""
    return ([(pot, f"{folder}/{pot}", "en", "en")]
            + [(f"{domain}_{code}.po", f"{folder}/{code}.po", code, lang) for code, lang in LANGS])


def sudo_items():
    seen = {}  # lang -> near-duplicate keys taken so far, over both domains
    for domain, folder, pot in DOMAINS:
        for code, lang, path, key, text, _ in po_keyword_texts(
                RAW, catalogues(domain, folder, pot), SELECT_RE):
            n = norm(text)
            if n in seen.setdefault(lang, set()):
                continue
            seen[lang].add(n)
            yield item(f"sudo-{domain}-{code}-{sha(key)[:10]}", lang, text, "sudo_app",
                       f"github.com/sudo-project/sudo@{SUDO_COMMIT[:12]}:{path} "
                       f"(copied to scripts/real_corpus/raw/sudo/)",
                       f"sudo-project/sudo:{key}", "keyword_rule_app_strings")


def items():
    yield from sudo_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
