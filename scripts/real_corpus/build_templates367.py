#!/usr/bin/env python3
"""Rebuild the three-hundred-and-seventy-first batch of tests/data/real/: the UI strings of GitLab
(GitLab CE 12.2.4, the gitlabhq/gitlabhq product; MIT) about passwords, PINs, recovery codes,
two-factor authentication, backups, restoring and signing in, in English, Spanish, zh-Hans and
zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates367.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates367.py assemble     # write the jsonl files

Source: GitLab CE at GITLAB_COMMIT (2019-09-02, "Update VERSION to 12.2.4", head of the
12-2-stable release branch), read from github.com/cpp597455873/gitlibimport (a GitHub import of
GitLab CE's history; gitlabhq/gitlabhq and gitlab-org/gitlab are over the fetch limit): the
gettext template locale/gitlab.pot (English msgids) and its translations locale/es/gitlab.po,
locale/zh_CN/gitlab.po (zh-Hans) and locale/zh_TW/gitlab.po (zh-Hant), copied verbatim with
LICENSE (MIT Expat outside doc/ and ee/; the commit has no ee/) to scripts/real_corpus/raw/gitlab/
(see SOURCE.md there). The template carries no `#:` references, so origin names the catalogue
file only.

Selection (mechanical, decided before any text was read): every live entry of gitlab.pot whose
msgid has at least four words (white-space separated) and matches, case-insensitively,
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor). The message key is the msgid (`<msgctxt>::<msgid>` if it had a context); a
plural entry gives its msgid and msgstr[0]. For es, zh-Hans and zh-Hant the msgstr of the same key
is taken; an empty or fuzzy entry, or a translation equal to the English text (untranslated), is
skipped. Near-duplicates (digits and white space aside) collapse within a language. Placeholders
(`%{name}`, `%s`) and inline HTML are kept as written. Cut at 500 characters. The rule selects 86
of the 4,645 msgids and gives 262 texts (86 en, 71 es, 78 zh-Hans, 27 zh-Hant), under the ~450
aimed at, so no narrowing was needed.

Split: the unit is the message key (`gitlabhq/gitlabhq:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`gitlab-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates367.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, po_keyword_texts
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates367.tsv")
RAW = os.path.join(HERE, "raw", "gitlab")
GITLAB_COMMIT = "fcd107681ab480f87d5328367d25734ef5b81046"
# (file under RAW, commit-qualified path in the repository, catalogue code, lang); the first row
# gives the English msgids (code "en").
CATALOGUES = [("gitlab.pot", f"{GITLAB_COMMIT[:12]}:locale/gitlab.pot", "en", "en"),
              ("es.gitlab.po", f"{GITLAB_COMMIT[:12]}:locale/es/gitlab.po", "es", "es"),
              ("zh_CN.gitlab.po", f"{GITLAB_COMMIT[:12]}:locale/zh_CN/gitlab.po",
               "zh_CN", "zh-Hans"),
              ("zh_TW.gitlab.po", f"{GITLAB_COMMIT[:12]}:locale/zh_TW/gitlab.po",
               "zh_TW", "zh-Hant")]


def gitlab_items():
    for code, lang, path, key, text, _ in po_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        yield item(f"gitlab-{code}-{sha(key)[:10]}", lang, text, "gitlab_ui",
                   f"GitLab CE (gitlabhq/gitlabhq) 12.2.4@{path} (read from "
                   f"github.com/cpp597455873/gitlibimport; copied to scripts/real_corpus/raw/gitlab/)",
                   f"gitlabhq/gitlabhq:{key}", "keyword_rule_app_strings")


def items():
    yield from gitlab_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
