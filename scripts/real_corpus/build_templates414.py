#!/usr/bin/env python3
"""Rebuild the four-hundred-and-eighteenth batch of tests/data/real/: the web interface's and
server's messages of the Sympa mailing-list manager (sympa-community/sympa, GPL-2.0-or-later, a
copyleft licence) about passwords, log-in, PINs, backups, restoring and the like, in English,
Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates414.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates414.py assemble     # write the jsonl files

Source: github.com/sympa-community/sympa at SYMPA_COMMIT (2026-08-14, "Preparing version
6.2.80"), the gettext template po/sympa/sympa.pot (the English texts are its msgids) and the
catalogues po/sympa/es.po (es), zh_CN.po (zh-Hans) and zh_TW.po (zh-Hant), copied verbatim to
scripts/real_corpus/raw/sympa_po/ (see SOURCE.md there). Licence: GPL-2.0-or-later (COPYING at
the same commit is the GNU General Public License version 2; the source headers say "or (at
your option) any later version").

Sympa is already in the corpus as `sympa_email` (the eighth batch): its mail templates
default/mail_tt2/*.tt2 rendered whole with these catalogues, at this same commit. So that the
same strings are not taken twice, an entry whose every `#:` reference lies under
default/mail_tt2/ is left out; entries used by the web interface (default/web_tt2/) or the
server code (src/) are taken, also when a mail template uses them too.

Selection (mechanical, decided before any text was read): every live entry of sympa.pot whose
msgid has at least four words (white-space separated) and matches, case-insensitively,
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code,
one-time, 2FA, two-factor) and that is not a mail-template-only entry (above). The message key
is the msgid (the catalogues have no msgctxt). For en the msgid is the text; for es, zh_CN and
zh_TW the msgstr of the same key in that catalogue is taken; an empty or fuzzy entry, or a
translation equal to the English text (untranslated), is skipped. Near-duplicates (digits and
white space aside) collapse within the product and language (the first in catalogue order is
kept). Placeholders (`%1`, `%s`) and inline markup are kept as written (they are the product's
own). Cut at 500 characters.

Split: the unit is the message key (`sympa-community/sympa:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`sympa-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates414.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, po_keyword_texts
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates414.tsv")
RAW = os.path.join(HERE, "raw", "sympa_po")
SYMPA_COMMIT = "1d59e9a4998f72ee7bd84d0ee2aa30aee5f8f5de"
# (file under RAW, path in the repository, catalogue code, lang)
CATALOGUES = [("sympa.pot", "po/sympa/sympa.pot", "en", "en"),
              ("es.po", "po/sympa/es.po", "es", "es"),
              ("zh_CN.po", "po/sympa/zh_CN.po", "zh_CN", "zh-Hans"),
              ("zh_TW.po", "po/sympa/zh_TW.po", "zh_TW", "zh-Hant")]
MAIL_TT2 = "default/mail_tt2/"


def pot_references(path):
    """msgid -> every `#:` reference (file:line) of its live entry in the .pot at `path`."""
    from app_strings import po_unquote
    refs, cur, msgid, field = {}, [], None, None
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for line in lines + [""]:
        if not line.strip():
            if msgid:
                refs.setdefault(msgid, cur)
            cur, msgid, field = [], None, None
        elif line.startswith("#:"):
            cur.extend(line[2:].split())
        elif line.startswith("msgid "):
            field, msgid = "msgid", po_unquote(line[6:])
        elif line.startswith(("msgid_plural", "msgstr")):
            field = None
        elif line.startswith('"') and field == "msgid":
            msgid += po_unquote(line)
    return refs


def mail_template_only(refs):
    return bool(refs) and all(r.startswith(MAIL_TT2) for r in refs)


def sympa_items():
    refs = pot_references(os.path.join(RAW, CATALOGUES[0][0]))
    for code, lang, path, key, text, ref in po_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        if mail_template_only(refs[key]):
            continue
        yield item(f"sympa-{code}-{sha(key)[:10]}", lang, text, "sympa_web",
                   f"github.com/sympa-community/sympa@{SYMPA_COMMIT[:12]}:{path} (msgid at "
                   f"{ref}; copied to scripts/real_corpus/raw/sympa_po/)",
                   f"sympa-community/sympa:{key}", "keyword_rule_app_strings")


def items():
    yield from sympa_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
