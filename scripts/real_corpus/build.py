#!/usr/bin/env python3
"""Rebuild tests/data/real/ from local clones of the public source repositories.

Usage:
    python3 scripts/real_corpus/build.py candidates OUT.jsonl   # unlabelled sample, for reading
    python3 scripts/real_corpus/build.py assemble               # sample + labels -> tests/data/real/*.jsonl

Environment: PHISHING_POT_GIT and THAI_SMS_GIT point at git directories of
github.com/rf-peixoto/phishing_pot and github.com/ssivakorn/Thai-SMS-spam-filter (a bare clone or
a work tree's .git). The commits used are pinned below; the script reads blobs with `git show`.

Selection is mechanical and deterministic (no item was chosen by reading it, nor by running the
scanner): see tests/data/real/README.md.
"""
import email
import email.policy
import html
import json
import os
import re
import subprocess
import sys

from corpus import hashed_split, record, sha, write_split_files

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")

PHISHING_POT_COMMIT = "8e207b5f465bf72c2326551b1a9b2ba67f3b4ef6"
THAI_SMS_COMMIT = "b7ebc2ef0e3cddff3bcfe1cd1373f80594a3e1a0"
ANON_ADDRESS = "user@example.com"  # replaces phishing_pot's placeholder `phishing@pot`
MAX_CHARS = 500  # longer texts are cut at a word boundary (field `truncated`)
EN_EMAILS = 1000  # how many English phishing_pot e-mails are taken (in hash order)
# A second, term-matched stratum: of the English e-mails after the first EN_EMAILS, the first
# EN_TERM_EMAILS (hash order) whose text contains one of these terms. It exists to have more
# real requests than a random sample yields (about 1 in 11); it is reported as its own
# selection and biases that stratum towards texts that name a secret.
EN_TERM_EMAILS = 400
# A third stratum (fifth batch, added later): every English e-mail left after the first two, so
# that together the three strata hold every English e-mail of the snapshot (after the filters).
# A fourth (sixth batch): every e-mail whose language the word count could not guess (`unk`,
# mostly short or image-heavy mails); its language is set by reading, and other languages dropped.
CREDENTIAL_TERMS = re.compile(
    r"password|passcode|log ?in\b|sign ?in\b|verify your|recovery phrase|seed phrase|secret phrase"
    r"|private key|payment (?:details|information|method)|billing|card number|social security"
    r"|\bssn\b|\bpin\b|one-time|verification code|\botp\b|bank account",
    re.I,
)
# Two e-mails whose blobs were absent from the snapshot this corpus was built from; skipped so
# that a rebuild from a full clone selects the same items.
PHISHING_POT_SKIP = {"email/sample-472.eml", "email/sample-562.eml"}


def git(gitdir, *args, binary=False):
    r = subprocess.run(["git", "--git-dir", gitdir, *args], capture_output=True, check=True)
    return r.stdout if binary else r.stdout.decode("utf-8", "replace")


def cut(text):
    text = text.strip()
    if len(text) <= MAX_CHARS:
        return text, False
    head = text[:MAX_CHARS]
    sp = head.rfind(" ")
    if sp > MAX_CHARS // 2:
        head = head[:sp]
    return head.rstrip(), True


# ---------------------------------------------------------------- phishing_pot (e-mail)

def email_text(msg):
    plain, htm = [], []
    for part in msg.walk():
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        try:
            c = part.get_content()
        except Exception:
            try:
                c = part.get_payload(decode=True).decode("utf-8", "replace")
            except Exception:
                continue
        if not isinstance(c, str):
            continue
        ct = part.get_content_type()
        if ct == "text/plain":
            plain.append(c)
        elif ct == "text/html":
            htm.append(c)
    if plain and sum(len(p.strip()) for p in plain) > 40:
        t = "\n".join(plain)
    elif htm:
        h = "\n".join(htm)
        h = re.sub(r"(?is)<(script|style|head)[^>]*>.*?</\1>", " ", h)
        h = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</h\d>", "\n", h)
        h = re.sub(r"<[^>]+>", " ", h)
        t = html.unescape(h)
    else:
        t = "\n".join(plain)
    for ch in ("\u200c", "\u034f", "\u00ad"):
        t = t.replace(ch, "")
    t = t.replace("\xa0", " ")
    t = re.sub(r"[ \t\r\f\v]+", " ", t)
    t = re.sub(r"\n\s*\n+", "\n", t)
    return t.strip()


EN_W = set("the your you to and of account please is for this we our".split())
ES_W = set("el los las del usted su sus y por favor hemos ha sido al le tarjeta contraseña aquí estimado".split())
PT_W = set("você voce não nao seu sua está também ao do da das dos em é são foi cartão senha aqui".split())


def guess_lang(t):
    """A crude word-count guess, used only to pick candidates; `lang` is then set by reading."""
    if re.search(r"[\u4e00-\u9fff]", t):
        return "zh"
    low = t.lower()
    w = re.findall(r"[a-záéíóúñãõâêôçü]+", low)
    en = sum(x in EN_W for x in w)
    es = sum(x in ES_W for x in w) + 3 * len(re.findall(r"ñ|ción\b|ciones", low))
    pt = sum(x in PT_W for x in w) + 3 * len(re.findall(r"ção|ções|ã|õ", low))
    best = max([("en", en), ("es", es), ("pt", pt)], key=lambda p: p[1])
    return best[0] if best[1] >= 4 else "unk"


def sender_domain(msg):
    try:
        frm = str(msg["from"] or "")
    except Exception:
        frm = ""
    m = re.search(r"@([A-Za-z0-9.-]+)", frm)
    dom = (m.group(1) if m else "unknown").lower().rstrip(".")
    parts = dom.split(".")
    return ".".join(parts[-2:]) if len(parts) >= 2 else dom


def phishing_pot():
    g = os.environ["PHISHING_POT_GIT"]
    names = git(g, "ls-tree", "--name-only", PHISHING_POT_COMMIT, "email/").split()
    names.sort(key=sha)
    seen, en, en_term, es, en_rest, unk, unk_keys = set(), [], [], [], [], [], []
    for n in names:
        if n in PHISHING_POT_SKIP:
            continue
        raw = git(g, "show", f"{PHISHING_POT_COMMIT}:{n}", binary=True)
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            subj = str(msg["subject"] or "").strip()
            body = email_text(msg)
        except Exception:
            continue
        if len(body) < 60:
            continue
        lang = guess_lang(subj + " " + body[:3000])
        if lang not in ("en", "es", "zh", "unk"):
            continue
        key = re.sub(r"\s+", " ", re.sub(r"\d", "0", (subj + " " + body[:150]).lower()))
        if lang == "unk":  # deduplicated after the loop, so the other strata stay as they were
            unk_keys.append(key)
        elif key in seen:  # near-duplicate of an earlier campaign mail
            continue
        else:
            seen.add(key)
        # The honeypot's anonymisation placeholder for the recipient's address contains the word
        # "phishing", which reads as a scam warning; no real message carries it.
        full = (subj + "\n" + body) if subj else body
        text, truncated = cut(full.replace("phishing@pot", ANON_ADDRESS))
        num = re.search(r"sample-(\d+)", n).group(1)
        unit = "phishing_pot:" + sender_domain(msg)
        item = {
            "id": f"pp-{num}",
            "lang": lang,
            "text": text,
            "truncated": truncated,
            "source": "phishing_pot",
            "origin": f"github.com/rf-peixoto/phishing_pot@{PHISHING_POT_COMMIT[:12]}:{n}",
            "split_unit": unit,
            "selection": "hash_order",
        }
        if lang == "en" and len(en) < EN_EMAILS:
            en.append(item)
        elif lang == "en" and len(en_term) < EN_TERM_EMAILS and CREDENTIAL_TERMS.search(text):
            item["selection"] = "term_match"
            en_term.append(item)
        elif lang == "en":
            item["selection"] = "remainder"
            en_rest.append(item)
        elif lang in ("es", "zh"):
            es.append(item)
        elif lang == "unk":
            item["lang"] = "en"  # a placeholder; the label file sets the language or drops it
            item["selection"] = "language_unknown"
            unk.append(item)
    # Language-unknown mails that repeat a mail of another stratum, or an earlier one of theirs.
    kept = []
    for key, item in zip(unk_keys, unk):
        if key not in seen:
            seen.add(key)
            kept.append(item)
    return en + es + en_term + en_rest + kept


# ---------------------------------------------------------------- Thai SMS set (non-Thai lines)

def thai_sms():
    g = os.environ["THAI_SMS_GIT"]
    files = sorted(git(g, "ls-tree", "--name-only", THAI_SMS_COMMIT, "data/raw_data/").split())
    seen, out = set(), []
    for f in files:
        for ln, line in enumerate(git(g, "show", f"{THAI_SMS_COMMIT}:{f}").splitlines(), 1):
            if "|" not in line:
                continue
            tag, text = line.split("|", 1)
            text = text.strip()
            if not text or re.search(r"[\u0E00-\u0E7F]", text):
                continue  # Thai text is out of scope
            if not re.search(r"[A-Za-z]{3}", text):
                continue
            key = re.sub(r"\s+", " ", re.sub(r"[0-9]", "0", re.sub(r"[A-Z0-9]{4,}", "X", text))).lower()
            if key in seen:  # the same template with another code
                continue
            seen.add(key)
            out.append({
                "id": "th-" + sha(key)[:10],
                "lang": "en",
                "text": text,
                "truncated": False,
                "source": "thai_sms_spam_filter",
                "origin": f"github.com/ssivakorn/Thai-SMS-spam-filter@{THAI_SMS_COMMIT[:12]}:{f}#L{ln}",
                "source_tag": tag.strip(),
                "split_unit": "thai_sms:" + key,
                "selection": "all_non_thai",
            })
    return out


def candidates():
    items = phishing_pot() + thai_sms()
    for it in items:
        it["split"] = hashed_split(it["split_unit"])
    return items


def load_labels():
    labels = {}
    for name in sorted(os.listdir(os.path.join(HERE, "labels"))):
        if not name.endswith(".tsv"):
            continue
        for line in open(os.path.join(HERE, "labels", name), encoding="utf-8"):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            id_, cat = cols[0], cols[1]
            creds = [c for c in (cols[2].split(",") if len(cols) > 2 else []) if c]
            lang = cols[3] if len(cols) > 3 and cols[3] else None
            borderline = len(cols) > 4 and cols[4] == "b"
            labels[id_] = (cat, creds, lang, borderline)
    return labels


def assemble():
    labels = load_labels()
    items = candidates()
    files = {}
    missing = []
    for it in items:
        if it["id"] not in labels:
            missing.append(it["id"])
            continue
        cat, creds, lang, borderline = labels[it["id"]]
        if cat == "drop":  # not a text in scope (another language, empty after extraction)
            continue
        rec = record(it, cat, bool(creds), creds, borderline, lang=lang)
        files.setdefault((it["split"], it["source"]), []).append(rec)
    if missing:
        sys.exit(f"{len(missing)} candidates have no label, e.g. {missing[:5]}")
    write_split_files(files, OUT_DIR)


if __name__ == "__main__":
    if sys.argv[1:2] == ["candidates"]:
        with open(sys.argv[2], "w", encoding="utf-8") as f:
            for it in candidates():
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
    elif sys.argv[1:2] == ["assemble"]:
        assemble()
    else:
        sys.exit(__doc__)
