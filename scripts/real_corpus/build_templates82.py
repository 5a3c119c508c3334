#!/usr/bin/env python3
"""Build the eighty-sixth batch of tests/data/real/: the account, sign-in, password, two-factor,
verification-code, invitation, e-mail and document-signing messages and the mails of DocuSeal (the
open-source document-signing product), in English and Spanish (the repository has no Chinese
catalogue), rendered with fixed values.

Usage:
    python3 scripts/real_corpus/build_templates82.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates82.py assemble     # write the jsonl files

The builder reads only the verbatim copies under scripts/real_corpus/raw/docuseal/ (see its
SOURCE.md: github.com/docusealco/docuseal at DS_COMMIT, AGPL-3.0 with the attribution term of
LICENSE_ADDITIONAL_TERMS).

Sources and mechanical rules (see scripts/real_corpus/notes/batch86.md):
  * docuseal_notice: every key of config/locales/i18n.yml's `en` tree (nested keys flattened with
    dots; 1,058 keys; a key written twice takes its last value, as YAML and Ruby's Psych do) whose
    English text has 4 or more words (tags and placeholders counted as written) and matches
    ACCOUNT_WORDS (the account word pattern of the eighty-first batch: password, sign in / out / up,
    log in / out / on, account, confirm, verify, invite, security, two-factor / 2FA, authenticate,
    reset, register, credential, recover, session, unlock, locked, code, OTP, passkey, e-mail, …)
    or SIGN_WORDS (the verb "sign", "signs", "signed", "signing": the signing of a document); file
    order. Spanish from the `es` tree, same key. Values: PLACEHOLDERS (Rails `%{name}`; KEY_VALUES
    for the two keys whose `%{name}` is a person or a sign-in provider, not the document) and
    VARIABLES (DocuSeal's mail variables `{template.name}`), HTML tags dropped, entities
    unescaped, a markdown link `[label](url)` written "label (url)", lines stripped and runs of
    blank lines kept single.
  * docuseal_mail: every mail view of the repository that renders catalogue strings
    (app/views/{devise/mailer,submitter_mailer,user_mailer}/*.html.erb), in its default form (no
    custom body or subject configured by the account): text = subject, a blank line, the view's
    paragraphs one per line, a link written "label (url)", the signature line "Thanks," and the
    account's name. DS_MAILS below writes each down from its view and its mailer
    (app/mailers/*.rb: the subject). The submitter invitation is taken in its two branches
    (signature fields: "sign"; none: "submit the form"). The declined mail's reason (typed by the
    signer) is a fixed sentence in the mail's language. The subject of the password-reset mail
    is Devise's default ("Reset password instructions", key.humanize: the catalogue has no
    devise.mailer.reset_password_instructions key), the same in both languages as the product sends
    it. Not taken: template_mailer/otp_verification_email (the same strings as the submitter's
    one-time-code mail: it would collapse into it), settings_mailer/smtp_successful_setup (an
    English literal), the layout and its attribution partial.
  A Spanish text equal to the English one once punctuation and spacing are set aside (words_only)
  is an untranslated copy and is skipped; a key missing from `es` is not taken in Spanish.
  Near-duplicates (digits and white space aside) collapse within a source and language. Cut at
  500 characters.

Split: the unit is the message key (`docusealco/docuseal:<key>`, `docusealco/docuseal:mail:<mail>`),
both languages of one message on one side; held out when SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Labels come from scripts/real_corpus/labels/labels_templates82.tsv (id,
category, credential_request, credentials, borderline), assigned by an AI reader reading each text;
the scanner played no part.
"""
import hashlib
import html
import os
import re

import yaml

from build_templates import item
from build_templates2 import is_new
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates82.tsv")
RAW = os.path.join(HERE, "raw", "docuseal")

DS = "docusealco/docuseal"
DS_COMMIT = "a2d8b855491793870b7b4acf176d2d95ae95ff83"
DS_LANGS = [("en", "en"), ("es", "es")]

ACCOUNT_WORDS = re.compile(
    r"password|passphrase|\bsign(?:ed|ing)? ?-?(?:in|out|up)\b|\blog(?:ged|ging)? ?-?(?:in|out|on)\b|"
    r"account|confirm|verif|invit|securit|two[- ]factor|\b2fa\b|multi-?factor|authenticat|reset|"
    r"regist|credential|recover|session|unlock|\blocked|\bcode\b|yubikey|\bduo\b|\botp\b|totp|"
    r"webauthn|passkey|e-?mail", re.I)
SIGN_WORDS = re.compile(r"\bsign(?:s|ed|ing)?\b", re.I)

SITE = "https://sign.example.com"
LINK = SITE + "/s/5f2c9a0e1b7d4c3a"
PLACEHOLDERS = {
    "name": "Demo NDA", "product_name": "DocuSeal", "account_name": "Acme Inc.",
    "email": "alice@example.com", "new_email": "alice.new@example.com", "phone": "+1 555 0100",
    "code": "482913", "count": "3", "users_count": "5", "total_users_count": "5",
    "submitter_name": "Bob Lee", "invited_submitter_name": "Carol Diaz", "provider": "Demo ID",
    "header": "X-Docuseal-Signature", "source": "API", "product_url": "https://www.docuseal.com",
    "submitter": "Bob Lee", "submitters": "Bob Lee", "from": "Bob Lee", "to": "Carol Diaz",
}
VARIABLES = {
    "template.name": "Demo NDA", "submitter.link": LINK, "account.name": "Acme Inc.",
    "submission.submitters": "Bob Lee", "submission.link": SITE + "/submissions/42",
    "documents.link": SITE + "/submissions/5f2c9a0e1b7d4c3a/preview", "code": "482913",
}


def short_id(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:10]


def lines_text(s):
    """Each line's white space collapsed, runs of blank lines kept single, ends stripped."""
    lines = [" ".join(l.split()) for l in s.replace("\r", "").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def words_only(s):
    return re.sub(r"\W", "", s).lower()


def flat(d, prefix=""):
    for k, v in d.items():
        if isinstance(v, dict):
            yield from flat(v, prefix + str(k) + ".")
        else:
            yield prefix + str(k), v


def catalogues():
    with open(os.path.join(RAW, "i18n.en-es.yml"), encoding="utf-8") as f:
        d = yaml.safe_load(f)
    return {code: dict(flat(d[name])) for name, code in DS_LANGS}


# A key whose `%{name}` is not the document's name: the inviting person, the sign-in provider.
KEY_VALUES = {"invited_by_html": {"name": "Bob Lee"}, "sign_in_with_name_account": {"name": "Okta"}}


def fill(s, values=None):
    values = values or {}
    s = re.sub(r"%\{(\w+)\}", lambda m: values.get(m.group(1), PLACEHOLDERS[m.group(1)]), s)
    s = re.sub(r"\{([a-z]+\.[a-z_]+|code)\}", lambda m: VARIABLES[m.group(1)], s)
    s = re.sub(r"\[([^\]]*)\]\(([^)]*)\)", r"\1 (\2)", s)
    s = re.sub(r"<[^>]+>", "", s)
    return lines_text(html.unescape(s))


def selected(text):
    return len(text.split()) >= 4 and bool(ACCOUNT_WORDS.search(text) or SIGN_WORDS.search(text))


def notice_items():
    cats = catalogues()
    seen = {code: set() for _, code in DS_LANGS}
    out = []
    for key, v in cats["en"].items():
        if not isinstance(v, str) or not selected(v):
            continue
        en_text = fill(v, KEY_VALUES.get(key))
        for name, code in DS_LANGS:
            t = cats[code].get(key)
            if not isinstance(t, str) or not t.strip():
                continue
            text = fill(t, KEY_VALUES.get(key))
            if not text or (code != "en" and words_only(text) == words_only(en_text)) \
                    or not is_new(seen[code], text):
                continue
            out.append(item(f"dsn-{code}-{short_id(key)}", code, text, "docuseal_notice",
                            f"{DS}@{DS_COMMIT[:12]}:config/locales/i18n.yml#{name}.{key}", f"{DS}:{key}",
                            "i18n.yml keys whose English text has 4+ words and an account or signing word"))
    return out


def K(key, **values):
    return ("key", key, values)


def LINKED(label, url):
    return ("link", label, url)


DEVISE_RESET_SUBJECT = "Reset password instructions"
RESET_URL = SITE + "/users/password/edit?reset_password_token=5f2c9a0e1b7d4c3a"
INVITE_URL = SITE + "/invitation?reset_password_token=5f2c9a0e1b7d4c3a"
SIGNATURE = [[K("thanks"), ","], "Acme Inc."]
# (mail, view, subject, body lines). A line is a string, a K(...), a LINKED(...) or a list of
# parts joined without separator.
DS_MAILS = [
    ("reset_password_instructions", "app/views/devise/mailer/reset_password_instructions.html.erb",
     DEVISE_RESET_SUBJECT, [
         [K("hello_name", name="Alice"), ","],
         [K("you_requested_to_reset_your_password_use_the_link_below_to_continue"), ":"],
         LINKED(K("change_my_password"), RESET_URL),
         K("your_password_wont_change_until_you_open_the_link_above_and_set_a_new_one"),
         K("if_you_didnt_request_this_you_can_ignore_this_email"),
         [K("thanks"), ","], "DocuSeal"]),
    ("user_invitation_email", "app/views/user_mailer/invitation_email.html.erb",
     K("you_are_invited_to_product_name", product_name="DocuSeal"), [
         [K("hello_name", name="Alice"), ","],
         K("you_have_been_invited_to_account_name_product_name_please_sign_up_using_the_link_below_",
           account_name="Acme Inc.", product_name="DocuSeal"),
         LINKED(K("sign_up"), INVITE_URL),
         K("please_contact_us_by_replying_to_this_email_if_you_have_any_questions")] + SIGNATURE),
    ("submitter_invitation_email_sign", "app/views/submitter_mailer/invitation_email.html.erb",
     K("you_are_invited_to_sign_a_document"), [
         [K("hi_there"), ","],
         K("you_have_been_invited_to_sign_the_name", name="Demo NDA"),
         LINKED(K("review_and_sign"), LINK),
         K("please_contact_us_by_replying_to_this_email_if_you_have_any_questions")] + SIGNATURE),
    ("submitter_invitation_email_submit", "app/views/submitter_mailer/invitation_email.html.erb",
     K("you_are_invited_to_submit_a_form"), [
         [K("hi_there"), ","],
         K("you_have_been_invited_to_submit_the_name_form", name="Demo NDA"),
         LINKED(K("review_and_submit"), LINK),
         K("please_contact_us_by_replying_to_this_email_if_you_have_any_questions")] + SIGNATURE),
    ("submitter_invitation_view_email", "app/views/submitter_mailer/invitation_view_email.html.erb",
     K("you_are_invited_to_view_a_document"), [
         [K("hi_there"), ","],
         K("you_have_been_invited_to_view_the_name", name="Demo NDA"),
         LINKED(K("view_document"), LINK),
         K("please_contact_us_by_replying_to_this_email_if_you_have_any_questions")] + SIGNATURE),
    ("submitter_otp_verification_email", "app/views/submitter_mailer/otp_verification_email.html.erb",
     K("email_verification"), [
         K("your_verification_code_to_access_the_name", name="Demo NDA"),
         "482913",
         K("please_reply_to_this_email_if_you_didnt_request_this")]),
    ("submitter_completed_email", "app/views/submitter_mailer/completed_email.html.erb",
     K("template_name_has_been_completed_by_submitters"), [
         [K("hi_there"), ","],
         K("name_has_been_completed_by_submitters", name="Demo NDA", submitters="Bob Lee"),
         SITE + "/submissions/42"]),
    ("submitter_declined_email", "app/views/submitter_mailer/declined_email.html.erb",
     K("name_declined_by_submitter", name="Demo NDA", submitter="Bob Lee"), [
         [K("hi_there"), ","],
         K("name_declined_by_submitter_with_the_following_reason", name="Demo NDA", submitter="Bob Lee"),
         ("reason", {"en": "Wrong start date.", "es": "Fecha de inicio incorrecta."}),
         SITE + "/submissions/42"]),
    ("submitter_documents_copy_email", "app/views/submitter_mailer/documents_copy_email.html.erb",
     K("your_document_copy"), [
         [K("hi_there"), ","],
         K("please_check_the_copy_of_your_name_in_the_email_attachments", name="Demo NDA"),
         K("alternatively_you_can_review_and_download_your_copy_using_the_link_below"),
         LINKED("Demo NDA", SITE + "/submissions/5f2c9a0e1b7d4c3a/preview")] + SIGNATURE),
]


class Missing(Exception):
    pass


def render(cat, part):
    if isinstance(part, str):
        return part
    if isinstance(part, list):
        return "".join(render(cat, p) for p in part)
    if part[0] == "reason":  # the decline reason the signer typed (in the mail's language)
        return part[1][cat["_lang"]]
    if part[0] == "link":
        return f"{render(cat, part[1])} ({part[2]})"
    _, key, values = part
    s = cat.get(key)
    if not isinstance(s, str):
        raise Missing(key)
    s = re.sub(r"%\{(\w+)\}", lambda m: values.get(m.group(1), PLACEHOLDERS[m.group(1)]), s)
    return fill(s)


def mail_items():
    cats = catalogues()
    for code in cats:
        cats[code]["_lang"] = code
    seen = {code: set() for _, code in DS_LANGS}
    out = []
    for mail, view, subject, body in DS_MAILS:
        texts = {}
        for name, code in DS_LANGS:
            try:
                texts[code] = render(cats[code], subject) + "\n\n" + "\n".join(render(cats[code], l) for l in body)
            except Missing:
                continue
        for name, code in DS_LANGS:
            text = texts.get(code)
            if text is None or (code != "en" and words_only(text) == words_only(texts["en"])) \
                    or not is_new(seen[code], text):
                continue
            out.append(item(f"dsm-{code}-{short_id(mail)}", code, text, "docuseal_mail",
                            f"{DS}@{DS_COMMIT[:12]}:{view}", f"{DS}:mail:{mail}",
                            "every mail view rendering catalogue strings (default body), subject and body"))
    return out


def items():
    yield from notice_items()
    yield from mail_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
