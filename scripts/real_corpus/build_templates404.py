#!/usr/bin/env python3
"""Rebuild the four-hundred-and-eighth batch of tests/data/real/: the product's own strings of
multiOTP (the multiOTP/multiotp server, LGPL-3.0, and its Windows logon component
multiOTP/multiOTPCredentialProvider, Apache-2.0) about tokens, OTPs, PINs, passwords, accounts,
logging in and restoring, in English (the only one of en/es/zh-Hans/zh-Hant the product has:
its texts are English with French (server templates) or German (credential provider) variants).

Usage:
    python3 scripts/real_corpus/build_templates404.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates404.py assemble     # write the jsonl files

Source (copied verbatim to scripts/real_corpus/raw/multiotp/, see SOURCE.md there):
  - github.com/multiOTP/multiotp at MULTIOTP_COMMIT (2024-08-27), licence LGPL-3.0 (COPYING.LESSER
    with COPYING): multiotp.class.php, templates/template.html, templates/scratchtemplate.html;
  - github.com/multiOTP/multiOTPCredentialProvider at CP_COMMIT (2026-01-05), licence Apache-2.0
    (LICENSE): CredentialProvider/Utilities.cpp, CredentialProvider/scenario.h,
    CredentialProvider/core/CCredential.cpp, CppClientCore/CppClientCore/MultiotpHelpers.cpp,
    WixInstall/multiOTPCredentialProviderInstaller/Product.wxs and multiOTP_settings_part{a,b,c}.wxs.
The product has no message catalogue; its texts are read out of these files by fixed rules:
  - multiotp.class.php: every `$this->_errors_text[N] = "…";` (key errors_text[N]) and every
    configuration default `'name' => "TEXT DEFAULT '<text>'"` whose text has a space
    (key config.<name>);
  - the two html templates: the English blocks (between `<!-- {IfMultiotpLanguage="en"} -->` and
    its closing comment), cut into paragraphs at <p>, </p>, <h2>, </h2>, <br />, <td>, </td>,
    <li>, </li>, tags and comments then dropped, entities unescaped, white space collapsed
    (key <file>#en<block>.<paragraph>, both counted from 1);
  - Utilities.cpp: the English (first) column of the `texts[10][2]` table (key Utilities.texts[i]);
  - scenario.h, CCredential.cpp, MultiotpHelpers.cpp: every wide literal L"…" on a line that is
    not a comment and names neither DebugPrint nor a log call, skipping a literal right after
    `isGerman ?` (the German variant) (key <file>:<line>[.<n>] for the n-th literal of a line);
  - the .wxs files: every Text="…" attribute, a leading `{\\WixUI_Font_…}` style marker dropped
    (key <file>:<line>).

Selection (mechanical, decided before reading the texts): a text of at least four words
(white-space separated) matching, case-insensitively, the common keyword rule (seed, recovery,
mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login,
sign in/signin, verification code, one-time, 2FA, two-factor) widened for this product to
`token|otp|account` (the brief: the token, OTP, PIN, password and account strings). Near-duplicates
(digits, white space and a leading `OK: `/`INFO: `/`ERROR: ` status word aside, case-insensitive)
collapse over the whole batch, the first (in the file order above) kept: the credential
provider's copy of the server's error table thus adds nothing. Cut at 500 characters.

Split: the unit is the key (`multiOTP/<repo>:<key>`); held out when SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Labels come from scripts/real_corpus/labels/labels_templates404.tsv,
assigned by an AI reader reading each text; the scanner played no part.
"""
import html
import os
import re

from app_strings import SELECT_RE as COMMON_RE
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates404.tsv")
RAW = os.path.join(HERE, "raw", "multiotp")
MULTIOTP_COMMIT = "be1853bfe7eae142c46a7da8140d3ac6bf57b220"
CP_COMMIT = "51084e6e1d9f70aa44953dc101532cc570d27a78"
SERVER = "multiOTP/multiotp"
CP = "multiOTP/multiOTPCredentialProvider"
SELECT_RE = re.compile(COMMON_RE.pattern + r"|token|otp|account", re.I)
SERVER_PATHS = {"multiotp.class.php": "multiotp.class.php",
                "template.html": "templates/template.html",
                "scratchtemplate.html": "templates/scratchtemplate.html"}
CP_PATHS = {"Utilities.cpp": "CredentialProvider/Utilities.cpp",
            "scenario.h": "CredentialProvider/scenario.h",
            "CCredential.cpp": "CredentialProvider/core/CCredential.cpp",
            "MultiotpHelpers.cpp": "CppClientCore/CppClientCore/MultiotpHelpers.cpp",
            "Product.wxs": "WixInstall/multiOTPCredentialProviderInstaller/Product.wxs",
            "multiOTP_settings_parta.wxs":
                "WixInstall/multiOTPCredentialProviderInstaller/multiOTP_settings_parta.wxs",
            "multiOTP_settings_partb.wxs":
                "WixInstall/multiOTPCredentialProviderInstaller/multiOTP_settings_partb.wxs",
            "multiOTP_settings_partc.wxs":
                "WixInstall/multiOTPCredentialProviderInstaller/multiOTP_settings_partc.wxs"}


def read(sub, name):
    with open(os.path.join(RAW, sub, name), "rb") as f:
        return f.read().decode("utf-8", errors="replace")


def class_texts():
    src = read("multiotp", "multiotp.class.php")
    for m in re.finditer(r'\$this->_errors_text\[(\d+)\]\s*=\s*"([^"]*)";', src):
        yield f"errors_text[{m.group(1)}]", m.group(2)
    for m in re.finditer(r"'(\w+)'\s*=>\s*\"TEXT DEFAULT '([^']* [^']*)'\"", src):
        yield f"config.{m.group(1)}", m.group(2)


BLOCK_RE = re.compile(r'<!-- \{IfMultiotpLanguage="en"\} -->(.*?)'
                      r'<!-- \{/IfMultiotpLanguage="en"\} -->', re.S)
PARA_RE = re.compile(r"<(?:/?p|/?h2|br|/?td|/?li)\b[^>]*>", re.I)


def template_texts(name):
    src = read("multiotp", name)
    for b, block in enumerate(BLOCK_RE.findall(src), 1):
        paras = []
        for part in PARA_RE.split(block):
            t = re.sub(r"<!--.*?-->", " ", part, flags=re.S)
            t = re.sub(r"<[^>]*>", " ", t)
            t = " ".join(html.unescape(t).split())
            if t:
                paras.append(t)
        for p, t in enumerate(paras, 1):
            yield f"{name}#en{b}.{p}", t


def utilities_texts():
    src = read("credentialprovider", "Utilities.cpp")
    table = re.search(r"texts\[10\]\[2\]\s*=\s*\{(.*?)\n\};", src, re.S).group(1)
    for i, m in enumerate(re.finditer(r'\{L"([^"]*)",\s*L"[^"]*"\}', table)):
        yield f"Utilities.texts[{i}]", m.group(1)


SKIP_LINE_RE = re.compile(r"DebugPrint|PrintLn|Logger|\bLog\w*\(")


def literal_texts(name):
    for n, line in enumerate(read("credentialprovider", name).splitlines(), 1):
        if line.strip().startswith("//") or SKIP_LINE_RE.search(line):
            continue
        lits = [m for m in re.finditer(r'L"((?:[^"\\]|\\.)*)"', line)
                if not re.search(r"isGerman\s*\?\s*$", line[:m.start()])]
        for k, m in enumerate(lits, 1):
            yield (f"{name}:{n}" if len(lits) == 1 else f"{name}:{n}.{k}"), m.group(1)


def wxs_texts(name):
    for n, line in enumerate(read("credentialprovider", name).splitlines(), 1):
        for m in re.finditer(r'\bText="([^"]*)"', line):
            yield f"{name}:{n}", re.sub(r"^\{\\[^}]*\}", "", m.group(1))


def dup_key(text):
    """Near-duplicate key: a leading status word, digits and white space aside, lower-cased."""
    t = re.sub(r"^(?:OK|INFO|ERROR):\s*", "", text.strip())
    return re.sub(r"\s+", "", re.sub(r"\d", "", t)).lower()


def sources():
    for key, text in class_texts():
        yield SERVER, "multiotp.class.php", key, text
    for name in ("template.html", "scratchtemplate.html"):
        for key, text in template_texts(name):
            yield SERVER, name, key, text
    for key, text in utilities_texts():
        yield CP, "Utilities.cpp", key, text
    for name in ("scenario.h", "CCredential.cpp", "MultiotpHelpers.cpp"):
        for key, text in literal_texts(name):
            yield CP, name, key, text
    for name in ("Product.wxs", "multiOTP_settings_parta.wxs", "multiOTP_settings_partb.wxs",
                 "multiOTP_settings_partc.wxs"):
        for key, text in wxs_texts(name):
            yield CP, name, key, text


def multiotp_items():
    seen = set()
    for repo, name, key, text in sources():
        text = text.strip()
        if len(text.split()) < 4 or not SELECT_RE.search(text):
            continue
        d = dup_key(text)
        if d in seen:
            continue
        seen.add(d)
        if repo == SERVER:
            commit, path, short = MULTIOTP_COMMIT, SERVER_PATHS[name], "srv"
        else:
            commit, path, short = CP_COMMIT, CP_PATHS[name], "cp"
        raw_sub = "multiotp" if repo == SERVER else "credentialprovider"
        id_key = re.sub(r"[^A-Za-z0-9_.#\[\]:-]", "_", key)
        yield item(f"multiotp-{short}-en-{id_key}", "en", text, "multiotp_app",
                   f"github.com/{repo}@{commit[:12]}:{path} ({key}; copied to "
                   f"scripts/real_corpus/raw/multiotp/{raw_sub}/)",
                   f"{repo}:{key}", "keyword_rule_app_strings")


def items():
    yield from multiotp_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
