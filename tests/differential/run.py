#!/usr/bin/env python3
"""Differential test: callguard's caller-ID normalization against Python `phonenumbers`.

Python `phonenumbers` is a port of Google's libphonenumber, the reference implementation.
This script

1. makes sure `phonenumbers` (pinned in requirements.txt to the metadata version the Rust
   `phonenumber` crate embeds) is importable, installing it into a private virtualenv under
   `target/differential/` if it is not;
2. generates >= 20,000 caller-ID strings across >= 20 regions with a fixed seed: every
   region's example numbers of every type (and every non-geographic code's) plus randomised
   numbers of the same shape, written as E164, INTERNATIONAL, NATIONAL, RFC3966, with the
   caller region's international prefix, with other separators, zero-width characters,
   full-width and other Unicode digits, and as `tel:`/`sip:` URIs and SIP From headers; with
   extensions, `++`, a trailing `+`, `+0…`, `+` before an international prefix, U+202D/U+202C
   and the `ー` dash; plus mutated (too short / too long) numbers;
3. asks `phonenumbers` for each one's E.164 (where it parses a *possible* number) and
   whether it is *valid*;
4. runs callguard on all of them in one process (`cargo run --example normalize_batch`);
5. compares, prints the agreement rates and every class of disagreement with examples, and
   exits non-zero when a threshold is missed (see THRESHOLDS below).

Run it with one command from anywhere: `python3 tests/differential/run.py`
(`--verbose` lists every disagreement; `--seed N` and `--count N` vary the sample).
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import random
import subprocess
import sys
import venv

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
REQUIREMENTS = os.path.join(HERE, "requirements.txt")

# Where phonenumbers parses a number that is possible AND valid, callguard must produce the
# same E.164: at least 99% of the time (the remainder is the crate's own parsing quirks,
# printed below), and a *different* number never more than 0.5% of the time.
# Where phonenumbers parses a number that is merely possible (right length, wrong digits),
# callguard rejects it by design; that class is reported, not counted against us.
THRESHOLDS = {"valid_agreement": 0.995, "wrong_number_rate": 0.001, "possible_agreement": 0.95}

# Regions: the wallet markets callguard is for, and a spread of numbering plans (NANP,
# trunk-prefix and no-trunk-prefix plans, Italian leading zeros, variable-length plans,
# carrier-selection prefixes as in BR and AR, mobile tokens as in AR and MX).
REGIONS = [
    "CN", "HK", "MO", "TW", "SG", "MY", "TH", "VN", "ID", "PH", "IN", "PK", "MM", "JP",
    "KR", "AU", "NZ", "US", "CA", "MX", "BR", "AR", "CO", "GB", "IE", "DE", "AT", "CH",
    "FR", "IT", "ES", "NL", "BE", "SE", "PL", "RU", "TR", "IL", "AE", "SA", "EG", "NG",
    "KE", "ZA",
]


def pinned_version() -> str:
    with open(REQUIREMENTS, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line.startswith("phonenumbers=="):
                return line.split("==", 1)[1]
    raise SystemExit("requirements.txt does not pin phonenumbers")


def ensure_phonenumbers() -> None:
    """Re-executes this script in a private virtualenv when the pinned phonenumbers is missing."""
    want = pinned_version()
    try:
        import phonenumbers  # noqa: F401

        if phonenumbers.__version__ == want:
            return
    except ImportError:
        pass
    if os.environ.get("CALLGUARD_DIFF_VENV"):
        raise SystemExit(f"phonenumbers=={want} still not importable inside the virtualenv")
    env_dir = os.path.join(ROOT, "target", "differential", "venv")
    python = os.path.join(env_dir, "bin", "python")
    if not os.path.exists(python):
        print(f"creating {env_dir} for phonenumbers=={want}", file=sys.stderr)
        venv.EnvBuilder(with_pip=True).create(env_dir)
    subprocess.run(
        [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r", REQUIREMENTS],
        check=True,
    )
    os.environ["CALLGUARD_DIFF_VENV"] = "1"
    os.execv(python, [python, os.path.abspath(__file__), *sys.argv[1:]])


# --- generation -------------------------------------------------------------------------

FULLWIDTH = str.maketrans("0123456789+-()", "０１２３４５６７８９＋－（）")
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
DEVANAGARI = str.maketrans("0123456789", "०१२३४५६७८९")


def number_types(pn):
    t = pn.PhoneNumberType
    return [
        t.FIXED_LINE, t.MOBILE, t.TOLL_FREE, t.PREMIUM_RATE, t.SHARED_COST, t.VOIP,
        t.PERSONAL_NUMBER, t.UAN, t.PAGER, t.VOICEMAIL,
    ]


def randomised(pn, number, rng):
    """Same country and shape, last digits random: mostly valid, sometimes only possible."""
    nsn = pn.national_significant_number(number)
    keep = max(2, len(nsn) - rng.randint(2, 5))
    digits = nsn[:keep] + "".join(rng.choice("0123456789") for _ in nsn[keep:])
    return pn.parse("+%d%s" % (number.country_code, digits), None)


def mutated(pn, number, rng):
    """A digit dropped or added: mostly impossible or invalid numbers."""
    nsn = pn.national_significant_number(number)
    if rng.random() < 0.5 and len(nsn) > 3:
        i = rng.randrange(len(nsn))
        nsn = nsn[:i] + nsn[i + 1:]
    else:
        i = rng.randrange(len(nsn) + 1)
        nsn = nsn[:i] + rng.choice("0123456789") + nsn[i:]
    return "+%d%s" % (number.country_code, nsn)


def renderings(pn, number, home, rng):
    """(input, default region, input for phonenumbers, form) tuples for one number."""
    f = pn.PhoneNumberFormat
    e164 = pn.format_number(number, f.E164)
    intl = pn.format_number(number, f.INTERNATIONAL)
    national = pn.format_number(number, f.NATIONAL)
    rfc = pn.format_number(number, f.RFC3966)
    caller = rng.choice(REGIONS)
    out = [
        (e164, None, e164, "e164"),
        (intl, caller, intl, "international"),
        (national, home, national, "national"),
        (rfc, caller, rfc, "rfc3966"),
    ]
    if caller != home:
        idd = pn.format_out_of_country_calling_number(number, caller)
        if idd and not idd.startswith("+"):
            out.append((idd, caller, idd, "idd"))
    sep = rng.choice(["-", ".", "\u00a0", "/", " ", "\u200b", ""])
    out.append((national.replace(" ", sep), home, national, "national_separators"))
    out.append((intl.replace(" ", rng.choice(["-", ".", "\u2060", "\ufeff"])), None, intl, "intl_separators"))
    script = rng.choice([FULLWIDTH, ARABIC_INDIC, DEVANAGARI])
    out.append((intl.translate(script), None, intl, "unicode_digits"))
    out.append((national.translate(FULLWIDTH), home, national, "fullwidth_national"))
    out.append(("sip:%s@gw.example;user=phone" % e164, None, e164, "sip"))
    nsn = pn.national_significant_number(number)
    # The national prefix kept after the country code, as people write it: `+44 (0)20 …`.
    trunk = pn.PhoneMetadata.metadata_for_region(home) if home else None
    if trunk is not None and trunk.national_prefix:
        text = "+%d (%s) %s" % (number.country_code, trunk.national_prefix, nsn)
        out.append((text, None, text, "intl_with_trunk"))
    # The country code typed without `+` in a national context: `86 138 0013 8000` in CN.
    text = "%d %s" % (number.country_code, nsn)
    out.append((text, home, text, "cc_without_plus"))
    out.append(("tel:%s;phone-context=+%d" % (nsn, number.country_code), None,
                "tel:%s;phone-context=+%d" % (nsn, number.country_code), "tel_context"))
    out.extend(issue_forms(number, e164, intl, national, home, caller, rng))
    if home is None:  # a non-geographic code: there is no national form to read
        out = [o for o in out if o[1] is not None or o[2].startswith(("+", "tel:", "sip:"))]
    return out


EXTENSIONS = [" ext. 12", " x 12", "~12", ",,12", " - 503#", ";ext=12", " доб. 100", " anexo 7"]


def issue_forms(number, e164, intl, national, home, caller, rng):
    """The caller-ID forms of issue 10: what phones, gateways and people really hand over."""
    out = [
        ("+" + intl, None, "+" + intl, "double_plus"),
        (intl + "+", None, intl + "+", "trailing_plus"),
        ("\u202d" + intl + "\u202c", None, intl, "ltr_override"),
        ('"Support" <sip:%s@gw.example;user=phone>;tag=%x' % (e164, rng.getrandbits(32)), None,
         e164, "sip_from_header"),
        ("+0" + e164[1:], None, "+0" + e164[1:], "plus_zero"),
    ]
    ext = rng.choice(EXTENSIONS)
    if home is not None:
        out.append((national + ext, home, national + ext, "national_extension"))
        out.append((national.replace(" ", "\u30fc"), home, national.replace(" ", "\u30fc"),
                    "long_vowel_dash"))
    out.append((intl + ext, None, intl + ext, "intl_extension"))
    # `+` typed before the caller region's international prefix (`+00 86…`, `+011 44…`).
    import phonenumbers as pn
    idd = pn.format_out_of_country_calling_number(number, caller)
    if idd and not idd.startswith("+") and idd[:1] == "0":
        out.append(("+" + idd, caller, "+" + idd, "plus_idd"))
    return out


def generate(pn, seed, count):
    rng = random.Random(seed)
    cases = []
    bases = []
    for region in REGIONS:
        for kind in number_types(pn):
            ex = pn.example_number_for_type(region, kind)
            if ex is not None:
                bases.append((region, ex))
    # Every non-geographic calling code (+800 UIFN, +808, +870 Inmarsat, +881 …): no home
    # region, so only the international forms.
    for code in sorted(pn.COUNTRY_CODES_FOR_NON_GEO_REGIONS):
        ex = pn.example_number_for_non_geo_entity(code)
        if ex is not None:
            bases.append((None, ex))
    # Every example number, then randomised ones of the same shape until `count` inputs exist.
    queue = list(bases)
    while len(cases) < count:
        if queue:
            home, number = queue.pop(0)
        else:
            home, example = rng.choice(bases)
            number = randomised(pn, example, rng)
        for rendering in renderings(pn, number, home, rng):
            cases.append(rendering)
        if rng.random() < 0.3:
            m = mutated(pn, number, rng)
            cases.append((m, None, m, "mutated"))
    return cases


def short_numbers(pn):
    """libphonenumber's example short numbers (ShortNumberMetadata) for every region, typed
    nationally: callguard should read all of them as short codes (the 3-6 digit ones by its
    rule, the others because the short-number metadata allocates them)."""
    from phonenumbers import shortnumberinfo as sni

    out = []
    for region in REGIONS:
        seen = set()
        candidates = [sni._example_short_number(region)]
        for cost in (sni.ShortNumberCost.TOLL_FREE, sni.ShortNumberCost.STANDARD_RATE,
                     sni.ShortNumberCost.PREMIUM_RATE):
            candidates.append(sni._example_short_number_for_cost(region, cost))
        for digits in candidates:
            if digits and digits not in seen:
                seen.add(digits)
                out.append((digits, region))
    return out


# --- reference and comparison -----------------------------------------------------------

def reference(pn, text, region):
    """phonenumbers' view: (e164 or None, possible, valid, error)."""
    try:
        n = pn.parse(text, region)
    except pn.NumberParseException as e:
        return None, False, False, "parse:%s" % e.error_type
    possible = pn.is_possible_number(n)
    valid = pn.is_valid_number(n)
    e164 = pn.format_number(n, pn.PhoneNumberFormat.E164)
    return e164, possible, valid, None


def run_ours(cases):
    # CALLGUARD_NORMALIZE_BATCH names a prebuilt binary (for debugging); normally it is built.
    exe = os.environ.get("CALLGUARD_NORMALIZE_BATCH")
    if not exe:
        subprocess.run(
            ["cargo", "build", "--quiet", "--example", "normalize_batch"], cwd=ROOT, check=True
        )
        target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
        exe = os.path.join(target, "debug", "examples", "normalize_batch")
    payload = "".join(json.dumps({"input": c[0], "region": c[1]}) + "\n" for c in cases)
    proc = subprocess.run([exe], input=payload, capture_output=True, text=True, check=True)
    answers = [json.loads(line) for line in proc.stdout.splitlines()]
    if len(answers) != len(cases):
        raise SystemExit("normalize_batch answered %d of %d inputs" % (len(answers), len(cases)))
    return answers


def classify(ref, ours, form):
    e164, possible, valid, _ = ref
    kind = ours["kind"]
    if form == "intl_with_trunk" and kind == "number" and not valid and ours["e164"] != e164:
        return "trunk_prefix_stripped"
    if possible:
        if kind == "number" and ours["e164"] == e164:
            return "agree_number"
        if kind == "number":
            return "different_number" if valid else "different_number_of_invalid"
        if valid:
            if ours.get("error") == "TooManyDigits" and len(e164) > 16:
                return "valid_longer_than_e164"
            if kind == "short_code":
                return "valid_read_as_short_code"
            return "valid_rejected:" + ours.get("error", kind)
        if kind == "short_code":
            return "possible_not_valid_short_code"
        return "possible_not_valid_rejected:" + ours.get("error", kind)
    if kind == "number":
        return "we_accept_they_reject"
    return "agree_not_a_number"


EXPLANATIONS = {
    "agree_number": "same E.164",
    "agree_not_a_number": "phonenumbers finds no possible number, callguard rejects too",
    "possible_not_valid_rejected": "phonenumbers deems it possible (right length) but not valid; "
    "callguard only accepts valid numbers, by design: an invalid number can be no official line",
    "possible_not_valid_short_code": "3-6 digits, possible but not valid in the region: callguard's "
    "short-code rule (libphonenumber's parser does not model short codes)",
    "valid_read_as_short_code": "a valid number of <= 6 digits that callguard read as a short code",
    "valid_rejected": "phonenumbers finds a valid number that callguard rejects",
    "different_number": "both produce a valid-looking number, but different ones",
    "different_number_of_invalid": "phonenumbers' number is possible but invalid, callguard "
    "produced another (valid) one",
    "valid_longer_than_e164": "phonenumbers accepts a number of more than 15 digits (German "
    "numbers can be); E.164 allows at most 15 and callguard keys numbers by E.164, so it rejects",
    "trunk_prefix_stripped": "`+CC (trunk) NSN`: callguard drops a national prefix written after the "
    "country code when the rest is a valid number; libphonenumber keeps it for some plans (CO "
    "mobiles, NANP) and gets an invalid or impossible number",
    "we_accept_they_reject": "callguard produces a number where phonenumbers finds none possible",
}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=20261123)
    ap.add_argument("--count", type=int, default=20000)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()

    ensure_phonenumbers()
    import phonenumbers as pn

    cases = generate(pn, args.seed, args.count)
    refs = [reference(pn, py_text, region) for (_, region, py_text, _) in cases]
    answers = run_ours(cases)

    classes = collections.Counter()
    examples = collections.defaultdict(list)
    by_form = collections.defaultdict(collections.Counter)
    regions = set()
    for case, ref, ours in zip(cases, refs, answers):
        cls = classify(ref, ours, case[3])
        classes[cls] += 1
        by_form[case[3]][cls.split(":")[0]] += 1
        regions.add(case[1] or "-")
        if len(examples[cls]) < (1000 if args.verbose else 4):
            examples[cls].append((case, ref, ours))

    total = len(cases)
    possible = sum(1 for r in refs if r[1])
    valid = sum(1 for r in refs if r[1] and r[2])
    agree = classes["agree_number"]
    agree_valid = sum(
        1 for ref, ours in zip(refs, answers)
        if ref[1] and ref[2] and ours["kind"] == "number" and ours["e164"] == ref[0]
    )
    # Numbers callguard produces that phonenumbers does not: the dangerous class, since a
    # wrong number could match an official one. `trunk_prefix_stripped` is reported apart.
    wrong = classes["different_number"] + classes["different_number_of_invalid"] + classes[
        "we_accept_they_reject"]
    ours_numbers = sum(1 for a in answers if a["kind"] == "number")
    rates = {
        "valid_agreement": agree_valid / valid if valid else 0.0,
        "possible_agreement": agree / possible if possible else 0.0,
        "wrong_number_rate": wrong / ours_numbers if ours_numbers else 0.0,
    }

    print("differential test: callguard vs phonenumbers %s (seed %d)" % (pn.__version__, args.seed))
    print("  inputs: %d across %d default regions (+ none) and %d number regions" % (
        total, len(regions - {"-"}), len(REGIONS)))
    print("  phonenumbers: %d possible, %d of them valid" % (possible, valid))
    print("  agreement where phonenumbers parses a possible number: %d/%d = %.2f%%" % (
        agree, possible, 100 * rates["possible_agreement"]))
    print("  agreement where phonenumbers parses a valid number:    %d/%d = %.2f%%" % (
        agree_valid, valid, 100 * rates["valid_agreement"]))
    print("  callguard numbers that differ from phonenumbers: %d/%d = %.2f%%" % (
        wrong, ours_numbers, 100 * rates["wrong_number_rate"]))
    print("\nclasses:")
    for cls, n in classes.most_common():
        base = cls.split(":")[0]
        print("  %6d  %-45s %s" % (n, cls, EXPLANATIONS.get(base, "")))
    print("\nby input form (class counts):")
    for form in sorted(by_form):
        print("  %-20s %s" % (form, dict(by_form[form])))
    print("\nexamples of each disagreement:")
    for cls in sorted(examples):
        if cls.startswith("agree"):
            continue
        print("  %s:" % cls)
        for (text, region, py_text, form), ref, ours in examples[cls]:
            print("    %-7s %-4s %r -> phonenumbers %s%s, callguard %s" % (
                form, region or "-", text, ref[0] or ref[3],
                "" if not ref[1] else (" (valid)" if ref[2] else " (possible, not valid)"),
                ours.get("e164") or ours.get("short_code") or ours.get("error") or ours["kind"]))

    shorts = short_numbers(pn)
    short_answers = run_ours([(d, r, d, "short") for d, r in shorts])
    short_classes = collections.Counter()
    short_misses = []
    for (digits, region), ours in zip(shorts, short_answers):
        in_rule = 3 <= len(digits) <= 6
        got = ours["kind"] == "short_code" and ours["short_code"] == digits
        cls = ("in_rule" if in_rule else "outside_rule") + (":short_code" if got else ":" + (
            ours.get("error") or ours["kind"]))
        short_classes[cls] += 1
        if not got:
            short_misses.append((region, digits, ours.get("e164") or ours.get("error") or ours["kind"]))
    short_in = len(shorts)
    short_ok = short_classes["in_rule:short_code"] + short_classes["outside_rule:short_code"]
    print("\nshort numbers (libphonenumber's short-number examples, national input, own region):")
    print("  read as short codes (3-6 digits by rule, others by the short-number metadata): %d/%d"
          % (short_ok, short_in))
    for cls, n in short_classes.most_common():
        print("  %6d  %s" % (n, cls))
    for region, digits, got in short_misses[: 1000 if args.verbose else 8]:
        print("    %s %r -> %s" % (region, digits, got))

    failed = []
    if short_in and short_ok < short_in:
        failed.append("a short number was not read as a short code")
    if total < 20000 or len(regions - {"-"}) < 20:
        failed.append("too few inputs or regions")
    if rates["valid_agreement"] < THRESHOLDS["valid_agreement"]:
        failed.append("valid agreement %.4f < %.4f" % (rates["valid_agreement"], THRESHOLDS["valid_agreement"]))
    if rates["possible_agreement"] < THRESHOLDS["possible_agreement"]:
        failed.append("possible agreement %.4f < %.4f" % (
            rates["possible_agreement"], THRESHOLDS["possible_agreement"]))
    if rates["wrong_number_rate"] > THRESHOLDS["wrong_number_rate"]:
        failed.append("wrong-number rate %.4f > %.4f" % (
            rates["wrong_number_rate"], THRESHOLDS["wrong_number_rate"]))
    if failed:
        print("\nFAIL: " + "; ".join(failed))
        return 1
    print("\nPASS (thresholds: %s)" % THRESHOLDS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
