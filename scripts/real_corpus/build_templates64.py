#!/usr/bin/env python3
"""Rebuild the sixty-eighth batch of tests/data/real/ (issue 12): the default mails of BTCPay
Server (btcpayserver/btcpayserver, MIT), English only (the mails are English literals in the code;
the product does not translate them), and the password-assistance mails and the sentence keys of
the `pwassist` and `registration` modules of ILIAS's Spanish language file (ILIAS-eLearning/ILIAS,
GPL-2.0-or-later), Spanish only.

ILIAS (source ilias_notice): the lines of those two modules of lang/ilias_es.lang at ILIAS_ES_COMMIT,
copied verbatim to scripts/real_corpus/raw/ilias/ (SOURCE.md there: the repository is over the
fetch limit; the file was read through the file index; its English file could not be used). Taken:
the two mails of ilPasswordAssistanceGUI (subject pwassist_mail_subject; body pwassist_mail_body or
pwassist_username_mail_body sprintf'd with the arguments the code passes, in ILIAS_MAILS), and every
other key of the two modules whose value is a sentence (5+ words, ending in `.`, `!` or `?`, after
`\n` became a line break), in file order, `%s` filled from ILIAS_FILL (else `Demo`). No
"Spanish equal to English" check was possible (no English file); none of the texts is English.
Near-duplicates collapse (reg_missing_role = reg_missing_domain); cut at 500 characters. The unit
is the key (`ILIAS-eLearning/ILIAS:<key>`).

Usage:
    python3 scripts/real_corpus/build_templates64.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates64.py assemble     # write the jsonl files

Source (see scripts/real_corpus/notes/batch68.md): the files of the application code at BTC_COMMIT
that define a mail's subject and body as literals, copied verbatim to
scripts/real_corpus/raw/btcpayserver/ (SOURCE.md there). Every mail they define is taken: the
`DefaultEmail` of every e-mail trigger (`EmailTriggerViewModel`: the server's account mails, the
invoice, payout, payment-request and pending-transaction events, the subscription and multisig
mails) and the two e-mail rules the monetization plugin seeds (`Subject = …` with `Body = …`).
The builder reads the C# expressions itself: string literals, interpolated strings and the calls
EmailsPlugin.CreateEmailBody / CreateEmail / CallToAction (re-implemented as in EmailsPlugin.cs);
the monetization rules' link (linkGenerator.UserManageBillingLink) is a fixed address.

A mail is subject + blank line + body, the body's `{Path.Name}` placeholders filled with the fixed
values of BTC_VALUES (user `alice`, mailbox addresses as bare addresses (a `Name <address>` form
would read as a tag in the HTML body), links on app.example.com, ids made up), its HTML reduced to text
(build_templates.html_to_text: a link keeps its label and address; the invitation's QR-code image
is left empty, as a text reader would not see it). Near-duplicates (digits and white space aside)
collapse; cut at 500 characters.

Split: the unit is the mail (`btcpayserver/btcpayserver:<file>:<trigger>`); held out when SHA-256 of
the unit is 0 mod 3 (corpus.hashed_split). Fixed and committed before any scanner run on these
texts. Labels come from scripts/real_corpus/labels/labels_templates64.tsv (id, category,
credential_request, credentials, borderline), assigned by an AI reader reading each text; the
scanner played no part.
"""
import os
import re

from build_templates import html_to_text, item
from build_templates2 import is_new
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates64.tsv")
RAW = os.path.join(HERE, "raw", "btcpayserver")

BTC_COMMIT = "03345c2886a58ea4d2f603cb6554b2e3f5d690a4"  # master of 2026-07-23
BTC_FILES = [
    ("EmailsPlugin.cs", "BTCPayServer/Plugins/Emails/EmailsPlugin.cs"),
    ("WebhooksPlugin.cs", "BTCPayServer/Plugins/Webhooks/WebhooksPlugin.cs"),
    ("SubscriptionsPlugin.cs", "BTCPayServer/Plugins/Subscriptions/SubscriptionsPlugin.cs"),
    ("MultisigEmailTriggers.cs", "BTCPayServer/Plugins/Multisig/MultisigEmailTriggers.cs"),
    ("UIServerMonetizationController.cs",
     "BTCPayServer/Plugins/Monetization/Controllers/UIServerMonetizationController.cs"),
]
APP = "https://app.example.com"
INV = "7Xq3Lm9RkT2vBn4YcW8sPd"
TXID = "3f9a2c7e5b1d4086a9e2f7c3b5d1e8a04c6b2f9e7d3a1c5b8e0f4a2d6c9b1e73"
BTC_VALUES = {
    "Server.Name": "Demo Server",
    "User.MailboxAddress": "alice@example.com", "User.Email": "alice@example.com",
    "User.Name": "Alice Chen", "Admins.MailboxAddresses": "admin@example.com",
    "ResetLink": f"{APP}/login/set-password?userId=42&code=5f2c9a0e1b7d4c3a",
    "ConfirmLink": f"{APP}/register/confirm-email?userId=42&code=5f2c9a0e1b7d4c3a",
    "InvitationLink": f"{APP}/invite/42/5f2c9a0e1b7d4c3a", "InvitationLinkQR": "",
    "LoginLink": f"{APP}/login", "ApprovalLink": f"{APP}/server/users/42",
    "Invoice.Id": INV, "Invoice.OrderId": "1042", "Invoice.Link": f"{APP}/invoices/{INV}",
    "PullPayment.Link": f"{APP}/pull-payments/Rk4Tz8Wq2Lm6",
    "Payout.Id": "Pm7Qw3Zx9Kd2", "Payout.PullPaymentId": "Rk4Tz8Wq2Lm6",
    "PaymentRequest.Id": "Yd5Hn2Kc8Vb1", "PaymentRequest.Title": "Demo Invoice",
    "PaymentRequest.ReferenceId": "REF-1042", "PaymentRequest.Status": "Completed",
    "PaymentRequest.Amount": "25.00", "PaymentRequest.Currency": "USD",
    "PaymentRequest.Link": f"{APP}/payment-requests/Yd5Hn2Kc8Vb1",
    "PendingTransaction.Id": TXID, "PendingTransaction.TrimmedId": TXID[:7] + "..." + TXID[-7:],
    "PendingTransaction.SignaturesCollected": "1", "PendingTransaction.SignaturesNeeded": "2",
    "PendingTransaction.SignaturesMissing": "1",
    "PendingTransaction.Link": f"{APP}/wallets/S-Demo-BTC/pending/{TXID[:16]}",
    "Customer.Name": "Alice Chen", "Store.Name": "Demo Store", "Plan.Name": "Demo Plan",
    "Subscriber.Phase": "Normal", "Refund.Amount": "10.00", "Refund.Currency": "USD",
    "Refund.ClaimUrl": f"{APP}/pull-payments/Rk4Tz8Wq2Lm6",
    "CryptoCode": "BTC", "Signer.Name": "Bob", "Setup.Link": f"{APP}/multisig/setup/Ms8Jq4",
    "Wallet.Link": f"{APP}/wallets/S-Demo-BTC",
}
BILLING_LINK = f"{APP}/monetization/billing"  # linkGenerator.UserManageBillingLink(...)


# --- EmailsPlugin's helpers, as in EmailsPlugin.cs ------------------------------------------------
def plugin_constants(src):
    """BODY_STYLE, HEADER_HTML and BUTTON_HTML as EmailsPlugin.cs defines them."""
    consts = {}
    for name in ("BODY_STYLE", "HEADER_HTML", "BUTTON_HTML"):
        m = re.search(rf'static string {name} = "((?:[^"\\]|\\.)*)";', src)
        consts[name] = unescape(m.group(1))
    return consts


def unescape(s):
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "r": "\r", "t": "\t"}.get(m.group(1), m.group(1)), s)


class Evaluator:
    """Evaluates the C# body expressions of the copied files (literals, interpolated strings and
    the three EmailsPlugin helpers)."""

    def __init__(self, consts):
        self.c = consts

    def call_to_action(self, name, link):
        return self.c["BUTTON_HTML"].replace("{button_description}", name).replace("{button_link}", link)

    def create_email_body(self, body):
        return f"<html><body style='{self.c['BODY_STYLE']}'>{self.c['HEADER_HTML']}{body}</body></html>"

    def create_email(self, body, name=None, link=None):
        if name is None or link is None:
            return self.create_email_body(body)
        return self.create_email_body(f"{body}<br/><br/>{self.call_to_action(name, link)}")

    def skip_ws(self, s, i):
        while i < len(s) and s[i].isspace():
            i += 1
        return i

    def expr(self, s, i):
        """(value, end) of the expression at s[i:]: a `+` chain of terms."""
        val, i = self.term(s, i)
        while True:
            j = self.skip_ws(s, i)
            if j < len(s) and s[j] == "+":
                v2, i = self.term(s, self.skip_ws(s, j + 1))
                val += v2
            else:
                return val, i

    def term(self, s, i):
        i = self.skip_ws(s, i)
        if s.startswith('$"', i):
            return self.interp(s, i + 2)
        if s[i] == '"':
            m = re.compile(r'"((?:[^"\\]|\\.)*)"').match(s, i)
            return unescape(m.group(1)), m.end()
        m = re.compile(r"[\w.]+").match(s, i)
        name = m.group(0)
        i = self.skip_ws(s, m.end())
        if i >= len(s) or s[i] != "(":
            raise ValueError(f"unknown name {name}")
        args, i = self.args(s, i + 1)
        fn = name.rsplit(".", 1)[-1]
        if fn == "CallToAction":
            return self.call_to_action(*args), i
        if fn == "CreateEmailBody":
            return self.create_email_body(*args), i
        if fn == "CreateEmail":
            return self.create_email(*args), i
        if fn == "UserManageBillingLink":
            return BILLING_LINK, i
        if fn == "GetRequestBaseUrl":
            return APP, i
        raise ValueError(f"unknown call {name}")

    def args(self, s, i):
        out = []
        i = self.skip_ws(s, i)
        if s[i] == ")":
            return out, i + 1
        while True:
            v, i = self.expr(s, i)
            out.append(v)
            i = self.skip_ws(s, i)
            if s[i] == ",":
                i += 1
            elif s[i] == ")":
                return out, i + 1
            else:
                raise ValueError(f"bad arguments at {s[i:i + 40]!r}")

    def interp(self, s, i):
        """A $"…" string from s[i:] (after the opening quote): {{ }} are braces, {expr} a hole."""
        out = []
        while True:
            ch = s[i]
            if ch == '"':
                return "".join(out), i + 1
            if ch == "\\":
                out.append(unescape(s[i:i + 2]))
                i += 2
            elif s.startswith("{{", i) or s.startswith("}}", i):
                out.append(ch)
                i += 2
            elif ch == "{":
                v, i = self.expr(s, i + 1)
                i = self.skip_ws(s, i)
                assert s[i] == "}", s[i:i + 40]
                out.append(v)
                i += 1
            else:
                out.append(ch)
                i += 1


def fill(text):
    return re.sub(r"\{([A-Z][\w.]*)\}", lambda m: BTC_VALUES[m.group(1)], text)


def btcpay_mails():
    """(file, path, line, trigger, subject, body html) of every Subject/Body pair of the files."""
    ev = Evaluator(plugin_constants(open(os.path.join(RAW, "EmailsPlugin.cs"), encoding="utf-8").read()))
    for name, path in BTC_FILES:
        src = open(os.path.join(RAW, name), encoding="utf-8").read()
        for m in re.finditer(r"\bSubject = ", src):
            if "DefaultEmail." in src[m.end():m.end() + 20] or "model." in src[m.end():m.end() + 10]:
                continue
            subject, i = ev.expr(src, m.end())
            b = re.compile(r"\s*,\s*Body =\s*").match(src, i)
            body, _ = ev.expr(src, b.end())
            trigger = re.findall(r"Trigger = ([^,\n]+),", src[:m.start()])[-1]
            trigger = trigger.rsplit(".", 1)[-1]
            line = src.count("\n", 0, m.start()) + 1
            yield name, path, line, trigger, subject, body


def btcpay_items():
    seen = set()
    for name, path, line, trigger, subject, body in btcpay_mails():
        html = fill(body).replace("\n", "<br/>") if "<" in body else fill(body)
        text = fill(subject) + "\n\n" + html_to_text(html)
        text = "\n".join(ln.strip() for ln in text.splitlines())
        text = re.sub(r"\n{3,}", "\n\n", text)
        if not is_new(seen, text):
            continue
        stem = name[:-3]
        yield item(f"btcpay-en-{stem}-{trigger}", "en", text, "btcpay_email",
                   f"github.com/btcpayserver/btcpayserver@{BTC_COMMIT[:12]}:{path}#L{line}",
                   f"btcpayserver/btcpayserver:{stem}:{trigger}", "all_email_templates")


# --- ILIAS (Spanish) -----------------------------------------------------------------------------
ILIAS_ES_COMMIT = "0010b43fc1345f828bf73de56bc73f73ac702acb"  # lang/ilias_es.lang, headed 1998-2015
ILIAS_RAW = os.path.join(HERE, "raw", "ilias", "ilias_es.pwassist_registration.lang")
ILIAS_BASE = "https://learn.example.com/"
ILIAS_PWASSIST = ILIAS_BASE + "pwassist.php?client_id=demo&lang=es&key=5f2c9a0e1b7d4c3a"
# The two mails of Services/Init's password-assistance GUI (ilPasswordAssistanceGUI): subject
# pwassist_mail_subject; body sprintf'd with the arguments in the order the code passes them, then
# its literal \n and \t turned into line breaks and tabs.
ILIAS_MAILS = [
    ("pwassist_mail_body", [ILIAS_PWASSIST, ILIAS_BASE, "203.0.113.7", "alice", "mailto:admin@example.com"]),
    ("pwassist_username_mail_body",
     ["alice", ILIAS_BASE, "203.0.113.7", "alice@example.com", "mailto:admin@example.com",
      ILIAS_BASE + "pwassist.php?client_id=demo&lang=es"]),
]
ILIAS_MAIL_KEYS = {"pwassist_mail_subject", "pwassist_mail_body", "pwassist_username_mail_body"}
# The value of a sentence key's %s / %n$s (what the code passes), by key.
ILIAS_FILL = {"pwassist_enter_email": "admin@example.com",
              "pwassist_enter_username_and_email": "admin@example.com",
              "pwassist_mail_sent": "alice@example.com", "pwassist_password_assigned": "alice",
              "reg_email_domains": "example.com"}


def ilias_lines():
    """[(module, key, value)] of the copied lines, in file order."""
    out = []
    with open(ILIAS_RAW, encoding="utf-8") as f:
        for line in f:
            module, key, value = line.rstrip("\n").split("#:#", 2)
            out.append((module, key, value))
    return out


def ilias_sprintf(text, args):
    """PHP sprintf's %s and %n$s."""
    seq = iter(range(len(args)))
    return re.sub(r"%(?:(\d+)\$)?s",
                  lambda m: args[int(m.group(1)) - 1] if m.group(1) else args[next(seq)], text)


def ilias_text(text):
    text = text.replace("\\n", "\n").replace("\\t", "\t")
    text = html_to_text(text)
    return "\n".join(ln.strip() for ln in text.splitlines())


def ilias_items():
    """ILIAS's two password-assistance mails and every sentence key (5+ words, ending in `.`, `!`
    or `?`) of the modules pwassist and registration, Spanish."""
    keys = {key: (module, value) for module, key, value in ilias_lines()}
    seen = set()

    def one(key, text, unit_key):
        if not is_new(seen, text):
            return None
        return item(f"ilias-es-{key}", "es", text, "ilias_notice",
                    f"github.com/ILIAS-eLearning/ILIAS@{ILIAS_ES_COMMIT[:12]}:lang/ilias_es.lang "
                    f"({keys[key][0]}#:#{key}; copied to scripts/real_corpus/raw/ilias/)",
                    f"ILIAS-eLearning/ILIAS:{unit_key}", "module_keys")
    for key, args in ILIAS_MAILS:
        text = ilias_text(keys["pwassist_mail_subject"][1]) + "\n\n" + ilias_text(ilias_sprintf(keys[key][1], args))
        it = one(key, re.sub(r"\n{3,}", "\n\n", text), key)
        if it:
            yield it
    for module, key, value in ilias_lines():
        if key in ILIAS_MAIL_KEYS:
            continue
        text = ilias_text(ilias_sprintf(value, [ILIAS_FILL.get(key, "Demo")] * 5))
        if len(text.split()) < 5 or not text.rstrip().endswith((".", "!", "?")):
            continue
        it = one(key, text, key)
        if it:
            yield it


def items():
    yield from btcpay_items()
    yield from ilias_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
