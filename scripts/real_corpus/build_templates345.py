#!/usr/bin/env python3
"""Rebuild the three-hundred-and-forty-ninth batch of tests/data/real/: the messages of Modoboa,
a mail hosting and management platform (modoboa/modoboa, ISC licence), about passwords, log-in,
two-factor authentication, one-time and recovery codes, backups and restores, in English,
Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates345.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates345.py assemble     # write the jsonl files

Source: github.com/modoboa/modoboa at MODOBOA_COMMIT (2026-08-04, the stored head), licence ISC
(LICENSE at the same commit). Two gettext catalogue sets of the head, copied verbatim to
scripts/real_corpus/raw/modoboa/ (see SOURCE.md there):
  * the Django back end, modoboa/locale/<lang>/LC_MESSAGES/django.po (the per-app catalogues
    modoboa/<app>/locale/ were merged into this one upstream in 2023): English source texts are
    the msgids of en/ (its msgstrs are empty), translations from es, zh_CN (zh-Hans) and zh_TW
    (zh-Hant);
  * the Vue front end, frontend/src/locale/: English from messages.pot, translations from
    es/app.po (its zh/app.po translates nothing and is not used).
Then, because the round asked for the per-app catalogues modoboa/<app>/locale/, the same rule over
the catalogues of OLD_COMMIT (fb69ad43ef9f, 2023-04-20, the last commit before upstream merged
them; same ISC licence), copied to raw/modoboa/2023/: the core's and the admin app's django.po
(en, es, zh_TW; zh_CN has none), the pdfcredentials app's (en only; the django.po and
djangojs.po of every other app select no msgid) and the old front end's frontend/locale/<lang>/
LC_MESSAGES/app.po (en, es, zh-hant). These sets come after the head's, so a text the head already
gives (near-duplicates included) is not taken again; what they add is the messages (and
translations) the head no longer has. This layer was added after the head's texts had been
labelled (they gave 91 texts); the head's ids, units and labels are unchanged by it.

Selection (mechanical, fixed before any text was read): every msgid (with its msgctxt, if any)
whose English text has at least four white-space separated words and matches, case-insensitively,
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor). The key's text is taken in English and in each translation (fuzzy entries left
out); a translation equal to the English is skipped. Near-duplicates (digits and white space
aside) collapse within a catalogue (app_strings.new_texts) and then within a language across the
catalogue sets (in the order of CATALOGUE_SETS). Python / Vue placeholders (`%(name)s`, `{}`)
are kept as written. Cut at 500 characters.

Split: the unit is the message key (`modoboa/modoboa:<key>`, key = msgid, or
`<msgctxt>::<msgid>`), all languages of one key on one side; held out when SHA-256 of the unit
is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates345.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, norm, po_keyword_texts
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates345.tsv")
RAW = os.path.join(HERE, "raw", "modoboa")
MODOBOA_COMMIT = "9ec749703cde97636ea5a9db95f4accea63b8a87"
OLD_COMMIT = "fb69ad43ef9fce9c2f7eae0fa382d34e7c0262ae"
# (name in ids, commit, [(file under RAW, path in the repository, catalogue code, lang)]),
# English first in each set
CATALOGUE_SETS = [
    ("django", MODOBOA_COMMIT,
     [("django_en.po", "modoboa/locale/en/LC_MESSAGES/django.po", "en", "en"),
      ("django_es.po", "modoboa/locale/es/LC_MESSAGES/django.po", "es", "es"),
      ("django_zh_CN.po", "modoboa/locale/zh_CN/LC_MESSAGES/django.po", "zh_CN", "zh-Hans"),
      ("django_zh_TW.po", "modoboa/locale/zh_TW/LC_MESSAGES/django.po", "zh_TW", "zh-Hant")]),
    ("front", MODOBOA_COMMIT,
     [("frontend_messages.pot", "frontend/src/locale/messages.pot", "en", "en"),
      ("frontend_es.po", "frontend/src/locale/es/app.po", "es", "es")]),
    ("core2023", OLD_COMMIT,
     [("2023/core_en.po", "modoboa/locale/en/LC_MESSAGES/django.po", "en", "en"),
      ("2023/core_es.po", "modoboa/locale/es/LC_MESSAGES/django.po", "es", "es"),
      ("2023/core_zh_TW.po", "modoboa/locale/zh_TW/LC_MESSAGES/django.po", "zh_TW", "zh-Hant")]),
    ("admin2023", OLD_COMMIT,
     [("2023/admin_en.po", "modoboa/admin/locale/en/LC_MESSAGES/django.po", "en", "en"),
      ("2023/admin_es.po", "modoboa/admin/locale/es/LC_MESSAGES/django.po", "es", "es"),
      ("2023/admin_zh_TW.po", "modoboa/admin/locale/zh_TW/LC_MESSAGES/django.po", "zh_TW",
       "zh-Hant")]),
    ("pdfcred2023", OLD_COMMIT,
     [("2023/pdfcredentials_en.po", "modoboa/pdfcredentials/locale/en/LC_MESSAGES/django.po",
       "en", "en")]),
    ("front2023", OLD_COMMIT,
     [("2023/frontend_en.po", "frontend/locale/en/LC_MESSAGES/app.po", "en", "en"),
      ("2023/frontend_es.po", "frontend/locale/es/LC_MESSAGES/app.po", "es", "es"),
      ("2023/frontend_zh-hant.po", "frontend/locale/zh-hant/LC_MESSAGES/app.po", "zh-hant",
       "zh-Hant")]),
]


def modoboa_items():
    seen = {}  # lang -> near-duplicate keys taken so far, over all catalogue sets
    for name, commit, catalogues in CATALOGUE_SETS:
        for code, lang, path, key, text, _ in po_keyword_texts(RAW, catalogues, SELECT_RE):
            n = norm(text)
            if n in seen.setdefault(lang, set()):
                continue
            seen[lang].add(n)
            yield item(f"modoboa-{name}-{code}-{sha(key)[:10]}", lang, text, "modoboa_app",
                       f"github.com/modoboa/modoboa@{commit[:12]}:{path} "
                       f"(copied to scripts/real_corpus/raw/modoboa/)",
                       f"modoboa/modoboa:{key}", "keyword_rule_app_strings")


def items():
    yield from modoboa_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
