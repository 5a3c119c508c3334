#!/usr/bin/env python3
"""Build the sixty-third batch of tests/data/real/ (issue 12): the account, security and
notification mails of two open-source password managers, Vaultwarden (English) and Passbolt
(English and Spanish), rendered with fixed placeholder values.

Usage:
    python3 scripts/real_corpus/build_templates59.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates59.py assemble     # write the jsonl files

The builder reads only the verbatim copies under scripts/real_corpus/raw/vaultwarden/ and
scripts/real_corpus/raw/passbolt/ (see the SOURCE.md of each for repository, path and commit).

Sources (see scripts/real_corpus/notes/batch63.md):
  * vaultwarden_email: Vaultwarden (dani-garcia/vaultwarden, AGPL-3.0), every mail template of
    src/static/templates/email/ in its plain-text form (`<name>.hbs`; the HTML part carries the
    same words): subject (the part before `<!---------------->`), a blank line, the body (the part
    after it) with the text footer partial `email_footer_text` in place, as src/mail.rs get_text /
    get_template split and trim them. English only (the project ships no translations).
    Template branches: the password-hint mail has its two templates (pw_hint_some, pw_hint_none),
    both taken; the emergency-access type `atype` is the first branch of get_type_as_str ("View").
  * passbolt_email: Passbolt CE/EE API (passbolt/passbolt_api, AGPL-3.0): every body template of
    templates/email/html/ and of the plugins' templates/email/html/ whose mail class (a Redactor
    naming the template in a TEMPLATE constant) gives its subject with `__()`, read as: the subject
    (the first `__()` call of the redactor: the default branch), a blank line, then every `__()`
    string of the body template in source order, one per line (the `avatar_text` element's line,
    then the text and button elements); `{n}` filled with the fixed value that the argument
    expression names (first name, full name, resource or group name, …: PB_VALUES). English from
    the msgids, Spanish from resources/locales/es_ES/default.po (a mail is skipped in Spanish when
    one of its strings has no translation, or when the Spanish text equals the English one).
    Template branches: a body template with an `else` (a choice between alternative sentences)
    is skipped; the conditionals that only add lines (show username, URL, description, secret:
    on by default) are all taken.

Placeholders: user `alice` / Alice Chen <alice@example.com>, `bob` / Bob <bob@example.com>, host
`vault.example.com` / `passbolt.example.com`, `Demo …` names, codes 482913, tokens
5f2c9a0e1b7d4c3a, address 203.0.113.7, date 2026-11-27 10:00 UTC. Near-duplicates (digits and white
space aside) collapse within a source and language. Cut at 500 characters.

Split: the unit is the mail template (`<owner/repo>:<template>`), all languages of one template on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Fixed and committed
before any scanner run on these texts. Labels come from
scripts/real_corpus/labels/labels_templates59.tsv (id, category, credential_request, credentials,
borderline), assigned by an AI reader reading each text; the scanner played no part.
"""
import os
import re

from build_templates import item
from build_templates2 import is_new
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates59.tsv")
RAW = os.path.join(HERE, "raw")


def read(*parts):
    with open(os.path.join(RAW, *parts), encoding="utf-8") as f:
        return f.read()


# --- Vaultwarden ---------------------------------------------------------------------------------
VW_REPO = "dani-garcia/vaultwarden"
VW_COMMIT = "46d71107f5094460dd5ecbe1dbac6e6c71e5189a"
VW_DIR = "src/static/templates/email/"
VW_URL = "https://vault.example.com"
VW_USER_ID = "3f6b1c2e-5d4a-4e8f-9b7c-0a1d2e3f4a5b"
VW_VALUES = {
    "url": VW_URL, "img_src": VW_URL + "/vw_static/",
    "user_name": "Alice Chen", "org_name": "Demo Org", "token": "482913",
    "acting_address": "bob@example.com", "existing_address": "alice@example.com",
    "user_id": VW_USER_ID, "email": "alice@example.com",
    "grantee_email": "bob@example.com", "grantor_name": "Alice Chen", "grantee_name": "Bob",
    "atype": "View", "wait_time_days": "7", "days_left": "3",
    "datetime": "Friday, November 27, 2026 at 10:00:00 AM UTC", "ip": "203.0.113.7",
    "device_name": "Firefox", "device_type": "Firefox Extension", "time_limit": "3",
    "hint": "Demo hint",
}
# Links that carry a token: the link's own token (5f2c9a0e1b7d4c3a), not a code.
VW_LINK_TOKEN = {"delete_account", "verify_email", "welcome_must_verify"}
VW_FULL_URL = {  # templates whose {{url}} is a whole link the code builds (src/mail.rs)
    "register_verify_email": VW_URL + "/#/finish-signup/?email=alice%40example.com&token=5f2c9a0e1b7d4c3a",
    "send_org_invite": (VW_URL + "/#/accept-organization/?email=alice%40example.com&organizationName="
                        "Demo+Org&organizationId=7a1c&organizationUserId=9b2d&token=5f2c9a0e1b7d4c3a"
                        "&initOrganization=false&orgUserHasExistingUser=false"),
    "send_emergency_access_invite": (VW_URL + "/#/accept-emergency/?id=5e3d&name=Alice+Chen"
                                     "&email=alice%40example.com&token=5f2c9a0e1b7d4c3a"),
}


def vw_render(name, template, footer):
    values = dict(VW_VALUES)
    if name in VW_LINK_TOKEN:
        values["token"] = "5f2c9a0e1b7d4c3a"
    if name in VW_FULL_URL:
        values["url"] = VW_FULL_URL[name]
    text = template.replace("{{> email/email_footer_text }}", footer)
    text = re.sub(r"\{\{\{?\s*(\w+)\s*\}?\}\}", lambda m: values[m.group(1)], text)
    subject, body = text.split("<!---------------->", 1)
    return subject.strip() + "\n\n" + body.strip()


def vaultwarden_items():
    footer = read("vaultwarden", "email_footer_text.hbs")
    names = sorted(n[:-4] for n in os.listdir(os.path.join(RAW, "vaultwarden"))
                   if n.endswith(".hbs") and n != "email_footer_text.hbs")
    seen = set()
    out = []
    for name in names:
        text = vw_render(name, read("vaultwarden", name + ".hbs"), footer)
        if not is_new(seen, text):
            continue
        out.append(item(f"vw-en-{name}", "en", text, "vaultwarden_email",
                        f"{VW_REPO}@{VW_COMMIT[:12]}:{VW_DIR}{name}.hbs", f"{VW_REPO}:{name}",
                        "every plain-text mail template of src/static/templates/email/, subject + body"))
    return out


def items():
    return vaultwarden_items()


def split_of(unit):
    return hashed_split(unit)


if __name__ == "__main__":
    main(items, LABELS, split_of, OUT_DIR, __doc__)
