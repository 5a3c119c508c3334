#!/usr/bin/env python3
"""Rebuild the fifty-fourth batch of tests/data/real/ (issue 12): the toasts Uptime Kuma shows its
users (the messages its server sends back for translation and the toasts of its web app), the
notices of Authelia's sign-in portal (every notification the portal raises from a catalogue key) and
Overseerr's toasts (every `toast…` key of its catalogue), in Chinese only. Only zh-Hans / zh-Hant texts are taken, never Spanish or English: the English
catalogues serve only as the reference of the "untranslated" check and to find the templates.

Usage:
    python3 scripts/real_corpus/build_templates50.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates50.py assemble     # write the jsonl files
Nothing to set: every source is read from raw/ (copied verbatim from the fetched snapshots; each
raw/<product>/SOURCE.md names the repository, the commit and every file).

Sources (see tests/data/real/README.md, section "Fifty-fourth batch"):
  * uptime_kuma_toast: louislam/uptime-kuma (MIT) at UK_COMMIT. The message keys (uk_keys), in
    sorted order: (a) in every server/ .js file, the key of each response object sent with
    `msgi18n: true` (the last `msg: "<key>"` or `key: "<key>"` in the 400 characters before it; the
    web app translates it and shows it as a toast, src/mixins/socket.js toastRes); (b) in every
    src/ .js/.vue/.ts file, the string literal that is the first argument of toastSuccess(),
    toastError(), toast.success/error/info/warning(), directly or inside this.$t("<key>", …) /
    $t("<key>", …). Each key is looked up in src/lang/zh-CN.json (zh-Hans), zh-TW.json and
    zh-HK.json (both zh-Hant); a key missing from a catalogue (vue-i18n shows the English) is not
    taken in that catalogue. lzh.json (Classical Chinese) is not taken.
  * authelia_notice: authelia/authelia (Apache-2.0) at AU_COMMIT. The keys (au_keys), in sorted
    order: in every web/src .ts/.tsx file but the tests, the first string literal given to
    translate() (or t()) inside the parentheses of a create{Error,Success,Info,Warn}…Notification()
    call (the portal's notification bar). Each key is looked up in
    internal/server/locales/{zh-CN (zh-Hans), zh-TW, zh-HK (zh-Hant)}/{portal,settings,consent}.json
    (the first namespace holding it); a key missing there (i18next shows the English) is not taken.
    Keys with an i18next placeholder ({{action}}, {{item}}: filled at run time with other translated
    words) are not taken. zh-SG is not taken (its strings are the Traditional zh-TW ones).
  * overseerr_toast: sct/overseerr (MIT) at OS_COMMIT. Every key of src/i18n/locale/en.json (the
    react-intl source catalogue) whose last dot-separated segment begins with "toast" (any case),
    in the catalogue's order, looked up in zh_Hans.json (zh-Hans) and zh_Hant.json (zh-Hant). The
    one placeholder {title} is "Demo Movie"; the <strong> markup is dropped (the toast shows the
    words).

Placeholders of Uptime Kuma (vue-i18n, named or by position) get fixed values of the earlier
batches' kind (UK_FILLS); a plural message ("… | …") takes its last form (n = 3). A text equal to
the English, a text with a line of the filled English (untranslated_lines) and a text with a line
holding Latin letters and no Chinese character are skipped. Near-duplicates (digits and white space
aside) collapse within a source and language (zh-TW and zh-HK are one language, zh-Hant: an
identical zh-HK string is taken once); a zh-Hant text equal to the zh-Hans text of the same message
is not taken twice. Cut at 500 characters.

Split: the unit is the message key (`<owner/repo>:<key>`), all scripts of one message on one side;
held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Fixed and committed before any
scanner run on these texts. Labels come from scripts/real_corpus/labels/labels_templates50.tsv (id,
category, credential_request, credentials, borderline), assigned by an AI reader reading each text;
the scanner played no part.
"""
import json
import os
import re

from build_templates import item
from build_templates3 import untranslated_lines
from build_templates29 import clean
from build_templates31 import is_new_text
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates50.tsv")
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def latin_only_line(text):
    """A line holding Latin letters and no Chinese character: English left untranslated."""
    return any(re.search(r"[A-Za-z]", ln) and not CJK.search(ln) for ln in text.splitlines())


def untranslated(text, en):
    return text == en or untranslated_lines(text, en) or latin_only_line(text)


def read(raw, path):
    with open(os.path.join(raw, path), encoding="utf-8") as f:
        return f.read()


def source_files(raw, prefix, pattern):
    """The copied files under raw/<prefix> whose name matches `pattern`, sorted."""
    out = []
    for dirpath, _, names in os.walk(os.path.join(raw, prefix)):
        for name in names:
            path = os.path.relpath(os.path.join(dirpath, name), raw).replace(os.sep, "/")
            if re.search(pattern, path):
                out.append(path)
    return sorted(out)


# --- Uptime Kuma ----------------------------------------------------------------------------------
UK_REPO = "louislam/uptime-kuma"
UK_COMMIT = "6398a9581d1c3c427a7536559f47ccf45dac08b4"
UK_RAW = os.path.join(HERE, "raw", "uptime_kuma")
UK_LANGS = [("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant"), ("zh-HK", "zh-Hant")]
UK_FILLS = {"error": "Unexpected end of JSON input", "failed": 2, "total": 5,
            "mobile": "13800000000", "userId": "demo-user", "n": 3, "0": "126.0.6478.126"}


def uk_keys():
    keys = set()
    for path in source_files(UK_RAW, "server", r"\.js$"):
        text = read(UK_RAW, path)
        for m in re.finditer(r"msgi18n:\s*true", text):
            found = re.findall(r'(?:msg|key):\s*"([^"]+)"', text[max(0, m.start() - 400):m.start()])
            if found:
                keys.add(found[-1])
    for path in source_files(UK_RAW, "src", r"\.(js|vue|ts)$"):
        text = read(UK_RAW, path)
        for m in re.finditer(r'(?:toastSuccess|toastError|toast\.(?:success|error|info|warning))'
                             r'\(\s*(?:(?:this\.)?\$t\(\s*)?"([^"]+)"', text):
            keys.add(m.group(1))
    return sorted(keys)


def vue_fill(msg):
    """vue-i18n's message for the fixed values: the last plural form, then {name} / {0} filled."""
    msg = msg.split(" | ")[-1]
    msg = re.sub(r"\{'([^']*)'\}", r"\1", msg)
    return re.sub(r"\{(\w+)\}", lambda m: str(UK_FILLS[m.group(1)]), msg)


def uk_items():
    keys = uk_keys()
    en = json.loads(read(UK_RAW, "src/lang/en.json"))
    hans, seen = {}, {}
    for folder, lang in UK_LANGS:
        path = f"src/lang/{folder}.json"
        cat = json.loads(read(UK_RAW, path))
        for key in keys:
            if not cat.get(key):
                continue
            text = clean(vue_fill(cat[key]))
            if untranslated(text, clean(vue_fill(en.get(key, key)))):
                continue
            if not is_new_text(seen.setdefault(lang, set()), hans, lang, key, text):
                continue
            yield item(f"upkuma-{sha(folder + '#' + key)[:12]}", lang, text, "uptime_kuma_toast",
                       f"github.com/{UK_REPO}@{UK_COMMIT[:12]}:{path}#{key}", f"{UK_REPO}:{key}",
                       "every_toast_key")


# --- Authelia -------------------------------------------------------------------------------------
AU_REPO = "authelia/authelia"
AU_COMMIT = "23572030b4048922a377ca40d59e804e0ed25fd7"
AU_RAW = os.path.join(HERE, "raw", "authelia")
AU_LANGS = [("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant"), ("zh-HK", "zh-Hant")]
AU_NAMESPACES = ["portal", "settings", "consent"]


def call_args(text, start):
    """The text inside the parentheses opening at `start` (nested parentheses counted)."""
    depth = 0
    for j in range(start, len(text)):
        if text[j] == "(":
            depth += 1
        elif text[j] == ")":
            depth -= 1
            if depth == 0:
                return text[start + 1:j]
    return text[start + 1:]


def au_keys():
    keys = set()
    for path in source_files(AU_RAW, "web/src", r"\.tsx?$"):
        if ".test." in path:
            continue
        text = read(AU_RAW, path)
        for m in re.finditer(r"create(?:Error|Success|Info|Warn)\w*Notification\(", text):
            lit = re.search(r'(?:translate|\bt)\(\s*"((?:[^"\\]|\\.)*)"', call_args(text, m.end() - 1))
            if lit:
                keys.add(lit.group(1))
    return sorted(k for k in keys if "{{" not in k)


def au_catalogue(folder):
    """(key -> string, key -> file) over the namespaces, the first namespace holding a key."""
    cat, where = {}, {}
    for ns in AU_NAMESPACES:
        path = f"internal/server/locales/{folder}/{ns}.json"
        for k, v in json.loads(read(AU_RAW, path)).items():
            if k not in cat:
                cat[k], where[k] = v, path
    return cat, where


def au_items():
    keys = au_keys()
    en, _ = au_catalogue("en")
    hans, seen = {}, {}
    for folder, lang in AU_LANGS:
        cat, where = au_catalogue(folder)
        for key in keys:
            if not cat.get(key):
                continue
            text = clean(cat[key])
            if untranslated(text, en.get(key, key)):
                continue
            if not is_new_text(seen.setdefault(lang, set()), hans, lang, key, text):
                continue
            yield item(f"authelia-{sha(folder + '#' + key)[:12]}", lang, text, "authelia_notice",
                       f"github.com/{AU_REPO}@{AU_COMMIT[:12]}:{where[key]}#{key}",
                       f"{AU_REPO}:{key}", "every_notification_key")


# --- Overseerr ------------------------------------------------------------------------------------
OS_REPO = "sct/overseerr"
OS_COMMIT = "46a9b244efd81e0e70a16a851252114bc2d3c2ca"
OS_RAW = os.path.join(HERE, "raw", "overseerr")
OS_LANGS = [("zh_Hans", "zh-Hans"), ("zh_Hant", "zh-Hant")]
OS_FILLS = {"title": "Demo Movie"}


def os_fill(msg):
    """The toast as shown: the ICU placeholder filled, the <strong> markup dropped."""
    msg = re.sub(r"</?strong>", "", msg)
    return re.sub(r"\{(\w+)\}", lambda m: OS_FILLS[m.group(1)], msg)


def os_items():
    en = json.loads(read(OS_RAW, "src/i18n/locale/en.json"))
    keys = [k for k in en if k.split(".")[-1].lower().startswith("toast")]
    hans, seen = {}, {}
    for folder, lang in OS_LANGS:
        path = f"src/i18n/locale/{folder}.json"
        cat = json.loads(read(OS_RAW, path))
        for key in keys:
            if not cat.get(key):
                continue
            text = clean(os_fill(cat[key]))
            if untranslated(text, clean(os_fill(en[key]))):
                continue
            if not is_new_text(seen.setdefault(lang, set()), hans, lang, key, text):
                continue
            yield item(f"overseerr-{sha(folder + '#' + key)[:12]}", lang, text, "overseerr_toast",
                       f"github.com/{OS_REPO}@{OS_COMMIT[:12]}:{path}#{key}", f"{OS_REPO}:{key}",
                       "every_toast_key")


def items():
    yield from uk_items()
    yield from au_items()
    yield from os_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
