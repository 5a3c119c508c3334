#!/usr/bin/env python3
"""Rebuild the Chinese/Spanish additions to tests/data/real/ (issue 12).

Usage:
    OHTIPI_GIT=/path/to/ohtipi/.git python3 scripts/real_corpus/build_zh.py candidates  # print texts
    OHTIPI_GIT=/path/to/ohtipi/.git python3 scripts/real_corpus/build_zh.py assemble    # write jsonl

Sources (see tests/data/real/README.md, section "Chinese and Spanish additions"):
  * keycloak: the plain-text e-mail bodies (`*Body`, `*BodyCode`, `*BodyPersonalized` keys; not the
    `*Html`, `*Subject`, `*BeforeLink/AfterLink` fragments, nor the SMTP test body) of Keycloak's
    zh_Hans, zh_Hant and es e-mail message bundles, copied verbatim into
    scripts/real_corpus/raw/keycloak/ (Apache-2.0; the repository is too large to mirror here).
  * ohtipi: every `message:` string of src/libs/parse-otp-message/test/index.js of
    github.com/YacTeam/ohtipi (MIT, per its package.json), read with `git show` at a pinned commit.
Labels come from scripts/real_corpus/labels/labels_zh.tsv (id, category, credential_request,
credentials, borderline), assigned by an AI reader; the scanner played no part.
"""
import os
import re
import subprocess

from corpus import git_show, hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_zh.tsv")

OHTIPI_COMMIT = "b2ef7a1ef0674306e44286af79cc0540efccbc2d"
OHTIPI_PATH = "src/libs/parse-otp-message/test/index.js"
# Per-file commits of the Keycloak bundles as stored by the index they were read from.
# (bundle, language, commit); zh_CN/zh_Hans and zh_TW/zh_Hant are older and newer translations
# of the same templates, so each pair is one split unit, and a text repeated verbatim in the
# second bundle of a pair is kept once.
KEYCLOAK = [
    ("zh_Hans", "zh-Hans", "0b035957b4935223d67d15395c33396c4936cfe0"),
    ("zh_CN", "zh-Hans", "091ec956bb27ecbf692f0bbe4a14d570d6f44b3c"),
    ("zh_Hant", "zh-Hant", "378b85722580fb43edef507a00645d5435818da7"),
    ("zh_TW", "zh-Hant", "6fb20d690ed865b10467371c986a868b368e0deb"),
    ("es", "es", "0f255a664df58dc1a6ffca28c634ea5209547aca"),
]
KEYCLOAK_DIR = "themes/src/main/resources-community/theme/base/email/messages"
CODE = "482913"  # every one-time-code placeholder is filled with this fixed value
LINK = "https://sso.example.com/realms/demo/login-actions/action-token?key=eyJhbGciOi"
EXPIRY = {"zh-Hans": "5 分钟", "zh-Hant": "5 分鐘", "es": "5 minutos"}
DATE = "2026-11-27 10:00"
IP = "203.0.113.7"


# Split by source unit, fixed before the scanner was run on any of these texts. A unit is a
# repository, except the Login.gov help site, whose unit is one help article (all its
# translations together). Repositories are assigned by hand so that both splits hold every
# language and both OTP templates and notifications; help articles by hash (a third held out).
REPO_SPLIT = {
    "keycloak/keycloak": "dev",
    "YacTeam/ohtipi": "dev",
    "zitadel/zitadel": "heldout",
    "18F/identity-idp": "heldout",
}


def split_of(unit):
    """A repository's assigned split; a help article is held out when SHA-256 of its unit is
    0 mod 3 (about a third), else dev."""
    return REPO_SPLIT.get(unit) or hashed_split(unit)


def keycloak_values(key, lang):
    """Fixed fillers for the MessageFormat arguments of each Keycloak template."""
    exp = EXPIRY[lang]
    if key == "emailVerificationBodyCode":
        return {0: CODE}
    if key.startswith("event") and "Credential" in key:
        return {0: "otp", 1: DATE, 2: IP}
    if key.startswith("eventUserDisabled"):
        return {0: DATE}
    if key.startswith("event"):
        return {0: DATE, 1: IP}
    if key.startswith("accountD"):
        return {0: "7", 1: "inactivity"}
    if key == "identityProviderLinkBody":
        return {0: "GitHub", 1: "demo", 2: "alice", 3: LINK, 4: "5", 5: exp}
    if key.startswith("orgInvite"):
        return {0: LINK, 3: "Demo", 4: exp, 5: "Alice", 6: "Chen"}
    if key == "emailUpdateConfirmationBody":
        return {0: LINK, 1: "alice@example.com", 2: "demo", 3: exp}
    if key == "executeActionsBody":
        return {0: LINK, 1: "5", 2: "demo", 3: "UPDATE_PASSWORD", 4: exp}
    if key == "verifiableCredentialOfferBody":
        return {0: LINK, 2: "demo", 3: "IdentityCredential", 4: exp}
    return {0: LINK, 1: "5", 2: "demo", 3: exp}


def keycloak_items():
    seen = set()
    for bundle, lang, commit in KEYCLOAK:
        fname = f"messages_{bundle}.properties"
        path = os.path.join(HERE, "raw", "keycloak", fname)
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                key, _, value = line.rstrip("\n").partition("=")
                vals = keycloak_values(key, lang)
                text = value.replace("\\n", "\n")
                text = re.sub(r"\{(\d)\}", lambda m: vals[int(m.group(1))], text)
                text = re.sub(r"[ \t]*\n[ \t]*", "\n", text).strip()
                text = re.sub(r"\n{3,}", "\n\n", text)
                if text in seen:
                    continue
                seen.add(text)
                yield {
                    "id": f"kc-{bundle}-{key}",
                    "lang": lang,
                    "text": text,
                    "source": "keycloak_email",
                    "origin": f"github.com/keycloak/keycloak@{commit[:12]}:{KEYCLOAK_DIR}/{fname}#{key}",
                    "split_unit": "keycloak/keycloak",
                    "truncated": False,
                    "selection": "all_plain_bodies",
                }


# (bundle, language, commit) of ZITADEL's notification texts, internal/notification/static/i18n/
ZITADEL = [
    ("zh", "zh-Hans", "1f598278e0acf171d4770020999df736664caf57"),
    ("zh-TW", "zh-Hant", "229484a0d28af2bb0cff95150b4fb8f818438e75"),
    ("es", "es", "005a20bb709991f8b5507e3fc39c74721c470987"),
]
ZITADEL_VALUES = {
    "DisplayName": "Alice Chen", "PreferredLoginName": "alice@example.com", "Code": CODE,
    "OTP": CODE, "Domain": "example.com", "Expiry": "5m", "Username": "alice",
    "TempUsername": "alice-tmp", "ApplicationName": "ZITADEL",
}


def zitadel_items():
    """Greeting and Text of every message of the bundle (Title, Subject, button labels left out)."""
    for bundle, lang, commit in ZITADEL:
        path = os.path.join(HERE, "raw", "zitadel", f"{bundle}.tsv")
        with open(path, encoding="utf-8") as f:
            for line in f:
                key, greeting, body = line.rstrip("\n").split("\t")
                text = (greeting + "\n" + body if greeting else body).replace("\\n", "\n")
                text = re.sub(r"\{\{ ?\.(\w+) ?\}\}", lambda m: ZITADEL_VALUES[m.group(1)], text)
                yield {
                    "id": f"zt-{bundle}-{key}",
                    "lang": lang,
                    "text": text,
                    "source": "zitadel_notifications",
                    "origin": f"github.com/zitadel/zitadel@{commit[:12]}:internal/notification/static/i18n/{bundle}.yaml#{key}",
                    "split_unit": "zitadel/zitadel",
                    "truncated": False,
                    "selection": "all_message_texts",
                }


LOGIN_GOV_SITE_COMMIT = "7bc713b98bef38f5cec7668726013a53d8a53a94"
LOGIN_GOV_SITE_DIRS = (
    "content/_help/fraud-concerns/",
    "content/_help/trouble-signing-in/",
    "content/_help/create-account/authentication-methods/",
)
LOGIN_GOV_SITE_CAP = 4  # text blocks per page, the first in SHA-256 order of their text
LOGIN_GOV_IDP_COMMIT = "e4407766eb797428a21ff226f935d7ee0950ecff"
SITE_LANGS = {"zh": "zh-Hans", "es": "es"}


def markdown_blocks(md):
    """Text blocks (paragraphs, lists) of a help page's body, markdown markup removed; the
    trailing "related articles" section and template directives are left out."""
    body = md.split("---", 2)[2] if md.startswith("---") else md
    body = re.sub(r"\{%.*?%\}", "", body, flags=re.S)
    blocks = []
    for block in re.split(r"\n\s*\n", body):
        lines = [l for l in block.strip().splitlines() if not l.strip().startswith("{:")]
        if not lines:
            continue
        if lines[0].startswith("#"):
            if re.search(r"相关|Otros artículos|Artículos relacionados|Más información", lines[0]):
                break
            lines = lines[1:]
        text = "\n".join(lines)
        text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
        text = re.sub(r"\{:[^}]*\}", "", text)
        text = text.replace("**", "").replace("\\", "").strip()
        text = re.sub(r"<[^>]+>", "", text)
        text = "\n".join(l.strip() for l in text.splitlines() if l.strip())
        if len(re.sub(r"\s", "", text)) >= 25:
            blocks.append(text)
    return blocks


def login_gov_site_items():
    gitdir = os.environ["LOGIN_GOV_SITE_GIT"]
    paths = subprocess.run(
        ["git", "--git-dir", gitdir, "ls-tree", "-r", "--name-only", LOGIN_GOV_SITE_COMMIT,
         "content/_help/"], capture_output=True, check=True,
    ).stdout.decode("utf-8").split()
    for path in sorted(paths):
        m = re.search(r"\._(zh|es)\.md$", path)
        if not m or not path.startswith(LOGIN_GOV_SITE_DIRS):
            continue
        blocks = sorted(set(markdown_blocks(git_show(gitdir, LOGIN_GOV_SITE_COMMIT, path))), key=sha)
        for text in blocks[:LOGIN_GOV_SITE_CAP]:
            text, truncated = cut(text)
            yield {
                "id": "lgs-" + sha(path + text)[:10],
                "lang": SITE_LANGS[m.group(1)],
                "text": text,
                "source": "login_gov_help",
                "origin": f"github.com/GSA-TTS/identity-site@{LOGIN_GOV_SITE_COMMIT[:12]}:{path}",
                "split_unit": "GSA-TTS/identity-site:" + re.sub(r"\._(zh|es)\.md$", "", path),
                "truncated": truncated,
                "selection": f"first_{LOGIN_GOV_SITE_CAP}_blocks_per_page_in_hash_order",
            }


def login_gov_sms_items():
    import yaml

    gitdir = os.environ["LOGIN_GOV_IDP_GIT"]
    for short, lang in SITE_LANGS.items():
        path = f"config/locales/telephony/{short}.yml"
        tel = yaml.safe_load(git_show(gitdir, LOGIN_GOV_IDP_COMMIT, path))[short]["telephony"]
        values = {
            "app_name": "Login.gov", "code": CODE, "expiration": "10", "domain": "secure.login.gov",
            "interval": "24 " + ("小时" if short == "zh" else "horas"),
            "link": "https://secure.login.gov/verify/capture-doc?token=x1",
            "sp_or_app_name": "Login.gov", "proof_date": "2026-11-27",
            "contact_number": "844-555-0100", "reference_string": "ABC1234567",
            "contact_url": "login.gov/contact", "format_type": tel["format_type"]["digit"],
            "format_length": tel["format_length"]["six"],
        }
        for key in sorted(tel):
            if not isinstance(tel[key], dict) or key in ("error", "format_length", "format_type"):
                continue
            for channel in ("sms", "voice"):
                if channel not in tel[key]:
                    continue
                text = re.sub(r"%\{(\w+)\}", lambda m: values[m.group(1)], tel[key][channel]).strip()
                yield {
                    "id": f"lgt-{short}-{key}-{channel}",
                    "lang": lang,
                    "text": text,
                    "source": "login_gov_telephony",
                    "origin": f"github.com/18F/identity-idp@{LOGIN_GOV_IDP_COMMIT[:12]}:{path}#telephony.{key}.{channel}",
                    "split_unit": "18F/identity-idp",
                    "truncated": False,
                    "selection": "all_sms_and_voice_texts",
                }


def cut(text, limit=500):
    if len(text) <= limit:
        return text, False
    return text[:limit].rstrip(), True


def js_unescape(s):
    return s.replace("\\'", "'").replace('\\"', '"')


def lang_of(text):
    if re.search(r"[\u3040-\u30ff\uac00-\ud7af\u0400-\u04ff]", text):
        return None  # Japanese, Korean, Russian
    if re.search(r"[\u4e00-\u9fff]", text):
        return "zh-Hans"
    if re.search(r"\b(ist|dein|la ma|cua)\b", text):
        return None  # German, Vietnamese
    return "en"


def ohtipi_items():
    gitdir = os.environ["OHTIPI_GIT"]
    src = subprocess.run(
        ["git", "--git-dir", gitdir, "show", f"{OHTIPI_COMMIT}:{OHTIPI_PATH}"],
        capture_output=True, check=True,
    ).stdout.decode("utf-8")
    seen = set()
    for m in re.finditer(r"message: (?:'((?:[^'\\]|\\.)*)'|`([^`]*)`)", src):
        text = js_unescape(m.group(1) if m.group(1) is not None else m.group(2)).strip()
        line = src[: m.start()].count("\n") + 1
        # Skipped mechanically: strings under 12 characters, and the test file's own
        # constructed variants (the `388-941` number strings and `ExampleApp`).
        if len(text) < 12 or "388-941" in text or "ExampleApp" in text:
            continue
        lang = lang_of(text)
        if lang is None:
            continue
        tmpl = re.sub(r"\d+", "0", text.lower())
        if tmpl in seen:
            continue
        seen.add(tmpl)
        yield {
            "id": "oh-" + sha(text)[:10],
            "lang": lang,
            "text": text,
            "source": "ohtipi_otp_tests",
            "origin": f"github.com/YacTeam/ohtipi@{OHTIPI_COMMIT[:12]}:{OHTIPI_PATH}#L{line}",
            "split_unit": "YacTeam/ohtipi",
            "truncated": False,
            "selection": "all_messages",
        }


def items():
    yield from keycloak_items()
    yield from zitadel_items()
    yield from ohtipi_items()
    yield from login_gov_sms_items()
    yield from login_gov_site_items()


if __name__ == "__main__":
    main(items, LABELS, split_of, OUT_DIR, __doc__)
