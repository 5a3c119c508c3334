#!/usr/bin/env python3
"""Rebuild the three-hundred-and-eighty-seventh batch of tests/data/real/: the log-in, password,
MFA (Duo), consent, session/logout and error strings of the Shibboleth Identity Provider's views
(shibboleth/java-identity-provider, Apache-2.0), in English (the product ships no Spanish or
Chinese catalogue).

Usage:
    python3 scripts/real_corpus/build_templates383.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates383.py assemble     # write the jsonl files

Source: github.com/unofficial-shibboleth-mirror/java-identity-provider (a faithful GitHub mirror
of git.shibboleth.net's java-identity-provider; the shibboleth/java-identity-provider repository
could not be fetched) at SHIB_COMMIT (head of `main`, 2021-10-12),
idp-conf-impl/src/main/resources/net/shibboleth/idp/messages/messages.properties (last changed
in e1e9dc0cebb7, 2021-06-04), copied verbatim to scripts/real_corpus/raw/shibboleth_idp/ with the
licence file idp-distribution/src/main/resources/LICENSE.txt (Apache-2.0; the catalogue's header
adds CC-BY-SA-3.0 as a second licence). The repository holds only messages.properties and
messages_de, _de_CH, _fr, _it and _ja at any commit of any branch: no es, zh_CN or zh_TW
catalogue, so the batch is English only.

Selection (mechanical, two strata, recorded in `selection`):
  * `keyword_rule_app_strings`: every key of messages.properties whose text has at least four
    words (white-space separated) and matches, case-insensitively, app_strings.SELECT_RE (seed,
    recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up,
    restore, log in/login, sign in/signin, verification code, one-time, 2FA, two-factor);
  * `catalogue_rest_app_strings`: every other key whose text has at least four words (the
    catalogue is small: the consent, logout/session, terms-of-use and error strings the round
    asked for that name no secret word).
Properties escapes and continuation lines are resolved (build_templates166.load_properties);
HTML markup and Velocity expressions are kept as written. Near-duplicates (digits and white space
aside) collapse, the first key in file order keeping the text. Cut at 500 characters.

Split: the unit is the message key (`shibboleth/java-identity-provider:<key>`); held out when
SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates383.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, new_texts
from build_templates import item
from build_templates166 import load_properties
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates383.tsv")
RAW = os.path.join(HERE, "raw", "shibboleth_idp")
SHIB_COMMIT = "70cacdfae05538a9139e344ca4795fe556415c44"
PATH = "idp-conf-impl/src/main/resources/net/shibboleth/idp/messages/messages.properties"


def shibboleth_items():
    en = load_properties(os.path.join(RAW, "messages.properties"))
    long_keys = [k for k, v in en.items() if len(v.split()) >= 4]
    for key, text in new_texts(en, long_keys):
        selection = ("keyword_rule_app_strings" if SELECT_RE.search(text)
                     else "catalogue_rest_app_strings")
        yield item(f"shibidp-en-{key}", "en", text, "shibboleth_idp",
                   f"github.com/unofficial-shibboleth-mirror/java-identity-provider@"
                   f"{SHIB_COMMIT[:12]}:{PATH} ({key}; copied to "
                   f"scripts/real_corpus/raw/shibboleth_idp/)",
                   f"shibboleth/java-identity-provider:{key}", selection)


def items():
    yield from shibboleth_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
