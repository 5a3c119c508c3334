#!/usr/bin/env python3
"""Rebuild the four-hundred-and-fortieth batch of tests/data/real/: the password, passphrase,
authentication and account prompts of LXQt's authentication tools (the polkit agent
lxqt/lxqt-policykit, the sudo/doas front end lxqt/lxqt-sudo and the SSH askpass helper
lxqt/lxqt-openssh-askpass; LGPL-2.1-or-later), in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates436.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates436.py assemble     # write the jsonl files

Sources, each at the commit in PRODUCTS (the newest stored snapshot of its default branch), the
Qt Linguist catalogues translations/<name>.ts (English source strings), <name>_es.ts,
<name>_zh_CN.ts and <name>_zh_TW.ts, copied verbatim with the repository's LICENSE (the GNU LGPL
version 2.1 text) to scripts/real_corpus/raw/<repo>/ (see SOURCE.md there). Licence
LGPL-2.1-or-later, copyleft.

English text = the <source> string of each <message> of <name>.ts, in file order; the other
languages = the <translation> of the same (context, source, comment) in <name>_<code>.ts, the
last numerus form for a numerus message, skipped when unfinished, vanished, obsolete, empty or
equal to the English text (app_strings.qt_messages).

Selection (mechanical, fixed on counts before any text was read): every message whose English
text, as plain text (app_strings.qt_plain), has at least four words (white-space separated) and
matches, case-insensitively, SELECT_RE: the standard app-string keyword rule app_strings.SELECT_RE
widened, as the batch brief asks for the authentication and account strings, by
`authenticat|account`. The standard rule alone takes 3 English messages of the three tools, the
widened rule 4: the catalogues are tiny (3, 8 and 21 messages), so nothing is narrowed.
Near-duplicates (digits and white space aside) collapse within a language over the three tools.
Placeholders %1, %2 are kept as written. Cut at 500 characters.

Split: the unit is the message (`lxqt/<repo>:<context>:<source>`, with `#<comment>` appended when
the message has a disambiguating comment), all languages of one message on one side; held out
when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
lxqt-auth-<en|es|zhs|zht>-<first 10 hex of SHA-256 of the unit>. Labels come from
scripts/real_corpus/labels/labels_templates436.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as APP_SELECT_RE
from app_strings import qt_messages, qt_plain, qt_unit
from build_templates import item
from build_templates2 import is_new
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates436.tsv")
# (repository, catalogue base name, commit)
PRODUCTS = [
    ("lxqt-policykit", "lxqt-policykit-agent", "b95d7e36f7f33f180d90ceb9749981ed610944eb"),
    ("lxqt-sudo", "lxqt-sudo", "af391b712eacdb35cbc04b59a7265a42ba131da8"),
    ("lxqt-openssh-askpass", "lxqt-openssh-askpass", "5d788d237ca43fcb692bc5c52b7629553616f593"),
]
# (file code, id code, lang); English is the base catalogue's <source> side
LANGS = [("en", "en", "en"), ("es", "es", "es"), ("zh_CN", "zhs", "zh-Hans"),
         ("zh_TW", "zht", "zh-Hant")]
SELECT_RE = re.compile(APP_SELECT_RE.pattern + r"|authenticat|account", re.I)


def ts_path(repo, name, code):
    return os.path.join(HERE, "raw", repo, f"{name}.ts" if code == "en" else f"{name}_{code}.ts")


def selected(source):
    p = qt_plain(source)
    return len(p.split()) >= 4 and bool(SELECT_RE.search(p))


def lxqt_items():
    for code, idcode, lang in LANGS:
        seen = set()  # near-duplicates collapse within a language, over the three tools
        for repo, name, commit in PRODUCTS:
            en = [(c, s, cm) for c, s, cm, _ in qt_messages(ts_path(repo, name, "en"))
                  if selected(s)]
            tr = {} if code == "en" else {(c, s, cm): t for c, s, cm, t
                                          in qt_messages(ts_path(repo, name, code))}
            for key in en:
                english = qt_plain(key[1])
                if code == "en":
                    text = english
                else:
                    text = qt_plain(tr.get(key))
                    if not text or text == english:
                        continue
                if not is_new(seen, text):
                    continue
                unit = qt_unit(f"lxqt/{repo}", key)
                file = f"{name}.ts" if code == "en" else f"{name}_{code}.ts"
                yield item(f"lxqt-auth-{idcode}-{sha(unit)[:10]}", lang, text, "lxqt_auth_app",
                           f"github.com/lxqt/{repo}@{commit[:12]}:translations/{file} "
                           f"({key[0]}; copied to scripts/real_corpus/raw/{repo}/)",
                           unit, "keyword_rule_app_strings")


def items():
    yield from lxqt_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
