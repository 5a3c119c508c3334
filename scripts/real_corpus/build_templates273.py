#!/usr/bin/env python3
"""Rebuild the two-hundred-and-seventy-seventh batch of tests/data/real/: the in-app and
notification strings of GLPI, the IT asset and helpdesk manager (glpi-project/glpi,
GPL-2.0-or-later at the commit used), about passwords, PINs, passphrases, backups, restoring,
logging in and the like, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates273.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates273.py assemble     # write the jsonl files

Source: the upstream commit GLPI_COMMIT of glpi-project/glpi (2019-04-13, Johan Cwiklinski,
"Extract templates (tx updated); closes #5798", GLPI 9.4.2), reached through the fork
github.com/ettalhi/glpi, whose stored snapshot holds that commit unrewritten (author and
committer Johan Cwiklinski; the upstream repository itself is over the fetch size limit; the
same four catalogue blobs are still those of the fork's newest upstream-committed commit,
eb5e613a, 2019-09-02). Files: locales/glpi.pot (the English msgids), locales/es_ES.po,
locales/zh_CN.po and locales/zh_TW.po, copied verbatim with the licence (COPYING.txt, the GPL-2.0
text; the source headers say "version 2 of the License, or (at your option) any later version")
to scripts/real_corpus/raw/glpi/ (see SOURCE.md there). Licence: GPL-2.0-or-later (copyleft).

Selection (mechanical, decided before any text was read): every live entry of glpi.pot whose
msgid (the English text) has at least four words (white-space separated) and matches,
case-insensitively, app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password,
passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification
code, one-time, 2FA, two-factor), the standard rule, not narrowed nor widened. The message key is
the msgid (`<msgctxt>::<msgid>` when it has a context; none of the selected has one). For en the
msgid is the text; for es_ES, zh_CN and zh_TW the msgstr of the same msgid in that catalogue is
taken (msgstr[0] for a plural entry); an empty or fuzzy entry, or a translation equal to the
English text (untranslated), is skipped. Near-duplicates (digits and white space aside) collapse
within the product and language (the first in catalogue order is kept). Placeholders (`%s`,
`%1$s`) and markup are kept as written (they are the product's own). Cut at 500 characters (no
text is that long). The rule selects 53 of the 3,517 msgids and gives 199 texts (en 53, es 52,
zh-Hans 53, zh-Hant 41): zh_TW lacks 12 of the keys (empty entries), es_ES and zh_CN none; no
translation equals the English and no entry is fuzzy; one Spanish near-duplicate collapses.

Split: the unit is the message key (`glpi-project/glpi:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`glpi-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates273.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, po_keyword_texts
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates273.tsv")
RAW = os.path.join(HERE, "raw", "glpi")
GLPI_COMMIT = "daf923a7c3dbecc0e463c7b57858cfaa6524a0de"
# (file under RAW, commit-qualified path in the repository, catalogue code, lang)
CATALOGUES = [("glpi.pot", f"{GLPI_COMMIT[:12]}:locales/glpi.pot", "en", "en"),
              ("es_ES.po", f"{GLPI_COMMIT[:12]}:locales/es_ES.po", "es_ES", "es"),
              ("zh_CN.po", f"{GLPI_COMMIT[:12]}:locales/zh_CN.po", "zh_CN", "zh-Hans"),
              ("zh_TW.po", f"{GLPI_COMMIT[:12]}:locales/zh_TW.po", "zh_TW", "zh-Hant")]


def glpi_items():
    for code, lang, path, key, text, ref in po_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        yield item(f"glpi-{code}-{sha(key)[:10]}", lang, text, "glpi_app",
                   f"github.com/glpi-project/glpi@{path} (msgid at {ref}; reached through the "
                   f"fork ettalhi/glpi; copied to scripts/real_corpus/raw/glpi/)",
                   f"glpi-project/glpi:{key}", "keyword_rule_app_strings")


def items():
    yield from glpi_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
