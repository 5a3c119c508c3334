#!/usr/bin/env python3
"""Rebuild the three-hundred-and-seventy-third batch of tests/data/real/: the interface strings of
SimpleSAMLphp (simplesamlphp/simplesamlphp, LGPL-2.1-or-later), the PHP SAML identity provider and
service provider (log-in form, password and error messages, consent, admin pages), in English,
Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates369.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates369.py assemble     # write the jsonl files

Source: github.com/simplesamlphp/simplesamlphp at SSP_COMMIT (2026-07-24), the gettext catalogues
locales/<lang>/LC_MESSAGES/{messages,attributes}.po and modules/<module>/locales/<lang>/
LC_MESSAGES/<module>.po (modules admin, core, cron, debugsp, multiauth, saml: every module of the
repository with en, es, zh and zh_TW catalogues) for en, es, zh (zh-Hans) and zh_TW (zh-Hant),
copied verbatim to scripts/real_corpus/raw/simplesamlphp/ as <module or root>.<lang>.<file>
(see SOURCE.md there). The msgids are English text; the English is the msgid. es/ssp.po, which
has no English counterpart, is not used. Licence: LICENSE (GNU LGPL 2.1) and COPYING at the same
commit; composer.json says LGPL-2.1-or-later.

Selection (mechanical): in each catalogue domain (DOMAINS), every msgid of the en catalogue with
at least four white-space separated words matching, case-insensitively, app_strings.SELECT_RE
(seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up,
restore, log in/login, sign in/signin, verification code, one-time, 2FA, two-factor), through
app_strings.po_keyword_texts: English from the msgid, each translation from its non-fuzzy
msgstr, a translation equal to the English skipped. Near-duplicates (digits and white space
aside) then collapse within a language over all domains, in DOMAINS order. Placeholders
(%AUTHSOURCE%, %s, …) and inline HTML are kept as written. Cut at 500 characters.

Split: the unit is the domain and msgid (`simplesamlphp/simplesamlphp:<domain>:<msgid>`), all
languages of one key on one side; held out when SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Labels come from scripts/real_corpus/labels/labels_templates369.tsv,
assigned by an AI reader reading each text; the scanner played no part.
"""
import os

from app_strings import SELECT_RE, norm, po_keyword_texts
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates369.tsv")
RAW = os.path.join(HERE, "raw", "simplesamlphp")
SSP_COMMIT = "7665841cbc1d7b48148ca20648f304327da3d5a4"
LANGS = [("en", "en"), ("es", "es"), ("zh", "zh-Hans"), ("zh_TW", "zh-Hant")]
# (domain, file prefix under RAW, po file name, folder of the locales in the repository)
DOMAINS = [("messages", "root", "messages.po", "locales"),
           ("attributes", "root", "attributes.po", "locales"),
           ("admin", "admin", "admin.po", "modules/admin/locales"),
           ("core", "core", "core.po", "modules/core/locales"),
           ("cron", "cron", "cron.po", "modules/cron/locales"),
           ("debugsp", "debugsp", "debugsp.po", "modules/debugsp/locales"),
           ("multiauth", "multiauth", "multiauth.po", "modules/multiauth/locales"),
           ("saml", "saml", "saml.po", "modules/saml/locales")]


def catalogues(prefix, name, folder):
    return [(f"{prefix}.{code}.{name}", f"{SSP_COMMIT[:12]}:{folder}/{code}/LC_MESSAGES/{name}",
             code, lang) for code, lang in LANGS]


def ssp_items():
    seen = {}
    for domain, prefix, name, folder in DOMAINS:
        for code, lang, path, key, text, _ in po_keyword_texts(RAW, catalogues(prefix, name, folder),
                                                               SELECT_RE):
            n = norm(text)
            if n in seen.setdefault(code, set()):
                continue
            seen[code].add(n)
            unit_key = f"{domain}:{key}"
            yield item(f"simplesamlphp-{code}-{sha(unit_key)[:10]}", lang, text,
                       "simplesamlphp_ui",
                       f"github.com/simplesamlphp/simplesamlphp@{path} (copied to "
                       f"scripts/real_corpus/raw/simplesamlphp/)",
                       f"simplesamlphp/simplesamlphp:{unit_key}", "keyword_rule_app_strings")


def items():
    yield from ssp_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
