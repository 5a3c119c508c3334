#!/usr/bin/env python3
"""Offline study for issue 12, item 2: would a compact learned scorer help the rule scanner?

Reads the DEVELOPMENT data only:

* every ``tests/data/real/dev_*.jsonl`` (never a ``heldout_*`` file: the script refuses to open
  one), and
* the two development files of ``tests/data/eval/``: ``handwritten_dev.jsonl`` and
  ``zh_teleantifraud_turns.jsonl`` (``heldout.jsonl`` and ``heldout_2.jsonl`` are never read).

For every text it takes the rule scanner's answer from the release CLI
(``callguard scan --json -``: flagged when an indicator has kind ``credential_request``), and
trains a hashed n-gram logistic-regression scorer with leave-one-source-out cross-validation
(train on all other sources, score the left-out one). Thresholds are chosen on the training
folds only, from out-of-fold scores of an inner grouped cross-validation. The results table
goes to stdout.

Usage (from the repository root)::

    cargo build --release --features cli
    python3 -m venv /tmp/scorer-venv && /tmp/scorer-venv/bin/pip install -r scripts/scorer/requirements.txt
    CALLGUARD=target/release/callguard /tmp/scorer-venv/bin/python scripts/scorer/study.py

Everything is deterministic: no random sampling is used (the solver is deterministic; a
fixed ``random_state`` is passed anyway), folds are derived from sorted source names and from
SHA-256 of the split unit.
"""

from __future__ import annotations

import glob
import hashlib
import json
import math
import os
import re
import subprocess
import sys
import time
import unicodedata
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.utils import murmurhash3_32

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
REAL_DIR = os.path.join(ROOT, "tests", "data", "real")
EVAL_DIR = os.path.join(ROOT, "tests", "data", "eval")
# The development files of tests/data/eval/ (see its README and tests/eval.rs); the held-out
# files there (heldout.jsonl, heldout_2.jsonl) are never opened.
EVAL_DEV_FILES = ["handwritten_dev.jsonl", "zh_teleantifraud_turns.jsonl"]
TEMPLATE_CATEGORIES = {"otp_template", "notification", "otp_sms"}

SEED = 12
BITS = int(os.environ.get("SCORER_BITS", "16"))
C = float(os.environ.get("SCORER_C", "10"))
CHAR_NS = tuple(int(n) for n in os.environ.get("SCORER_CHAR", "2,3,4").split(","))
INNER_FOLDS = 5
SENDER_FOLDS = 5  # each source in SPLIT_SOURCES split by its split unit in the second scheme
# The real sources with requests, cut into SENDER_FOLDS folds by split unit in the sender scheme:
# phishing_pot's unit is the sender's registered domain, imc25_smishing's the impersonated brand
# (or scam type and first letters: its campaign), the sender-like group of an SMS.
SPLIT_SOURCES = ("phishing_pot", "imc25_smishing")
# The source scheme leaves out one source per fold (98 folds on today's dev data; a run takes
# about forty minutes on two shared cores). SCORER_OTHER_FOLDS=k > 0 is a quicker variant: the
# sources without a request are left out in k groups (by SHA-256 of the source name), each source
# with a request still on its own. A grouped fold is stricter for its texts (their model has seen
# neither their source nor the rest of the group), but the inner folds, and so the thresholds,
# differ from the one-per-source scheme's.
OTHER_FOLDS = int(os.environ.get("SCORER_OTHER_FOLDS", "0"))
PRECISION_TARGET = 0.95
VETO_KEEP = 0.95  # the veto threshold keeps this share of training positives' OOF scores


# ---------------------------------------------------------------------------------------------
# Data (development only)


def open_dev(path: str):
    name = os.path.basename(path)
    if name.startswith("heldout") or "heldout" in name:
        raise SystemExit(f"refusing to open held-out file {path}")
    return open(path, encoding="utf-8")


def short_source(src: str) -> str:
    if src.startswith("TeleAntiFraud"):
        return "teleantifraud"
    return src


def load():
    files = [("real", p) for p in sorted(glob.glob(os.path.join(REAL_DIR, "dev_*.jsonl")))]
    files += [("eval", os.path.join(EVAL_DIR, name)) for name in EVAL_DEV_FILES]
    rows = []
    for corpus, path in files:
        with open_dev(path) as f:
            for line in f:
                if line.strip():
                    d = json.loads(line)
                    d["corpus"] = corpus
                    rows.append(d)
    for d in rows:
        d["source"] = short_source(d.get("source") or "?")
        d["template"] = d.get("category") in TEMPLATE_CATEGORIES
    return rows


# ---------------------------------------------------------------------------------------------
# Rule scanner answers (the release CLI)


def rule_answer(binary: str, text: str) -> bool:
    out = subprocess.run(
        [binary, "scan", "--json", "-"],
        input=text.encode("utf-8"),
        capture_output=True,
        check=True,
    )
    found = json.loads(out.stdout)
    return any(i["kind"] == "credential_request" for i in found["indicators"])


def rule_answers(rows):
    binary = os.environ.get("CALLGUARD", os.path.join(ROOT, "target", "release", "callguard"))
    if not os.path.exists(binary):
        raise SystemExit(f"no CLI at {binary}: run `cargo build --release --features cli` "
                         "and set CALLGUARD to the binary")
    with ThreadPoolExecutor(max_workers=2) as pool:
        return np.array(list(pool.map(lambda r: rule_answer(binary, r["text"]), rows)))


# ---------------------------------------------------------------------------------------------
# Features: hashed character and word n-grams over a simple fold


WORD = re.compile(r"\w+", re.UNICODE)
DIGIT = re.compile(r"\d")
SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """NFKC, lower case, every digit as 0, whitespace runs as one space."""
    t = unicodedata.normalize("NFKC", text).lower()
    t = DIGIT.sub("0", t)
    return SPACE.sub(" ", t).strip()


def ngrams(text: str):
    """The features of one text: character n-grams (2 to 4 by default; "c:" prefix) and word 1- and
    2-grams ("w:" prefix), distinct."""
    t = " " + fold(text) + " "
    feats = set()
    for n in CHAR_NS:
        for i in range(len(t) - n + 1):
            feats.add("c:" + t[i : i + n])
    words = WORD.findall(t)
    for i, w in enumerate(words):
        feats.add("w:" + w)
        if i + 1 < len(words):
            feats.add("w:" + w + " " + words[i + 1])
    return feats


def bucket(feature: str) -> int:
    return murmurhash3_32(feature, seed=0, positive=True) % (1 << BITS)


def vectorize(rows):
    """Binary presence of each bucket, L2-normalised (score = sum of weights / sqrt(#buckets))."""
    indptr, indices = [0], []
    for r in rows:
        bs = sorted({bucket(f) for f in ngrams(r["text"])})
        indices.extend(bs)
        indptr.append(len(indices))
    data = np.ones(len(indices))
    X = sparse.csr_matrix((data, np.array(indices), np.array(indptr)), shape=(len(rows), 1 << BITS))
    norms = np.sqrt(np.diff(X.indptr)).astype(float)
    norms[norms == 0] = 1.0
    return sparse.diags(1.0 / norms) @ X


class Model:
    """A logistic regression whose weights are quantised to int8 (one scale for the table)."""

    def __init__(self, X, y):
        lr = LogisticRegression(C=C, class_weight="balanced", solver="liblinear",
                                max_iter=1000, random_state=SEED)
        lr.fit(X, y)
        w = lr.coef_.ravel()
        self.scale = float(np.abs(w).max()) / 127.0 or 1.0
        self.q = np.clip(np.round(w / self.scale), -127, 127).astype(np.int8)
        self.w_float = w
        self.bias = float(lr.intercept_[0])

    def score(self, X, quantised=True):
        w = self.q.astype(float) * self.scale if quantised else self.w_float
        return X @ w + self.bias


# ---------------------------------------------------------------------------------------------
# Thresholds from the training side only


def inner_oof(X, y, groups):
    """Out-of-fold scores on a training set, by grouped folds (sorted group names, round robin)."""
    names = sorted(set(groups))
    fold_of = {g: i % INNER_FOLDS for i, g in enumerate(names)}
    f = np.array([fold_of[g] for g in groups])
    oof = np.zeros(len(y))
    for k in range(INNER_FOLDS):
        test = f == k
        train = ~test
        if test.sum() == 0:
            continue
        if len(set(y[train])) < 2:
            oof[test] = -np.inf
            continue
        oof[test] = Model(X[train], y[train]).score(X[test])
    return oof


def thresholds(oof, y, template):
    """(a) just above every training template's score; (b) lowest with precision >= target;
    veto: the score below which a rule hit is dropped (keeps VETO_KEEP of training positives)."""
    t_a = float(oof[template].max()) + 1e-9 if template.any() else -np.inf
    order = np.argsort(-oof)
    s, yy = oof[order], y[order]
    tp = np.cumsum(yy)
    n = np.arange(1, len(yy) + 1)
    prec = tp / n
    t_b = np.inf
    # lowest threshold (largest prefix) whose precision meets the target, ties kept together
    for i in range(len(s) - 1, -1, -1):
        if (i + 1 == len(s) or s[i] != s[i + 1]) and prec[i] >= PRECISION_TARGET and tp[i] > 0:
            t_b = float(s[i])
            break
    pos = np.sort(oof[y == 1])
    t_v = float(pos[int(math.floor((1 - VETO_KEEP) * len(pos)))]) if len(pos) else -np.inf
    return t_a, t_b, t_v


# ---------------------------------------------------------------------------------------------
# Cross-validation


def sha_mod(key: str, k: int) -> int:
    return int(hashlib.sha256(key.encode()).hexdigest(), 16) % k


def outer_groups(rows, scheme, request_sources):
    out = []
    for r in rows:
        src = r["source"]
        if scheme == "sender" and src in SPLIT_SOURCES:
            out.append(f"{src}#{sha_mod(r['split_unit'], SENDER_FOLDS)}")
        elif src in request_sources or OTHER_FOLDS == 0:
            out.append(src)
        else:
            out.append(f"no-request sources#{sha_mod(src, OTHER_FOLDS)}")
    return np.array(out)


def cross_validate(rows, X, y, template, scheme):
    request_sources = {r["source"] for r, yi in zip(rows, y) if yi}
    groups = outer_groups(rows, scheme, request_sources)
    n = len(rows)
    score = np.zeros(n)
    score_float = np.zeros(n)
    flag_a = np.zeros(n, bool)
    flag_b = np.zeros(n, bool)
    keep = np.zeros(n, bool)  # model does not veto
    fold_info = {}
    models = {}
    for g in sorted(set(groups)):
        test = groups == g
        train = ~test
        oof = inner_oof(X[train], y[train], groups[train])
        t_a, t_b, t_v = thresholds(oof, y[train], template[train])
        m = Model(X[train], y[train])
        s = m.score(X[test])
        score[test] = s
        score_float[test] = m.score(X[test], quantised=False)
        flag_a[test] = s >= t_a
        flag_b[test] = s >= t_b
        keep[test] = s >= t_v
        fold_info[g] = (t_a, t_b, t_v)
        models[g] = m
    return dict(groups=groups, score=score, score_float=score_float, a=flag_a, b=flag_b,
                keep=keep, thresholds=fold_info, models=models)


# ---------------------------------------------------------------------------------------------
# Reporting


def counts(y, got, template):
    tp = int((y & got).sum())
    fp = int((~y & got).sum())
    fn = int((y & ~got).sum())
    return tp, fp, fn, int((template & got).sum())


def fmt(c, templates_total):
    tp, fp, fn, t = c
    p = tp / (tp + fp) if tp + fp else float("nan")
    r = tp / (tp + fn) if tp + fn else float("nan")
    return f"{p:9.3f} {r:6.3f} {tp:4d} {fp:4d} {fn:4d} {t:4d}/{templates_total}"


def methods(rules, cv):
    return [
        ("rules alone", rules),
        ("model (a) zero train templates", cv["a"]),
        ("model (b) train precision>=0.95", cv["b"]),
        ("rules OR model (a)", rules | cv["a"]),
        ("rules OR model (b)", rules | cv["b"]),
        ("rules AND NOT veto", rules & cv["keep"]),
        ("(rules AND NOT veto) OR model (a)", (rules & cv["keep"]) | cv["a"]),
    ]


def report(rows, y, template, rules, cv, scheme):
    corpus = np.array([r["corpus"] for r in rows])
    print(f"\n## Scheme: {scheme} ({len(set(cv['groups']))} outer folds)\n")
    for g in sorted(set(cv["groups"])):
        if g.startswith("no-request sources#"):
            members = sorted({r["source"] for r, gg in zip(rows, cv["groups"]) if gg == g})
            print(f"{g}: {len(members)} sources: {' '.join(members)}")
    for part, mask in (("real dev (tests/data/real/dev_*)", corpus == "real"),
                       ("eval dev (handwritten_dev + zh_teleantifraud_turns)", corpus == "eval"),
                       ("all dev", np.ones(len(rows), bool))):
        tt = int(template[mask].sum())
        print(f"### Pooled over {part}: n={int(mask.sum())}, requests={int(y[mask].sum())}, "
              f"templates={tt}\n")
        print(f"{'method':36} {'precision':>9} {'recall':>6} {'tp':>4} {'fp':>4} {'fn':>4} templates")
        for name, got in methods(rules, cv):
            print(f"{name:36} {fmt(counts(y[mask], got[mask], template[mask]), tt)}")
        print()
    sources = np.array([r["source"] for r in rows])
    request_sources = sorted({s for s, yi in zip(sources, y) if yi})
    for src in request_sources:
        m = sources == src
        tt = int(template[m].sum())
        folds = sorted(set(cv["groups"][m]))
        print(f"### Left-out source {src} (folds: {', '.join(folds)}): n={int(m.sum())}, "
              f"requests={int(y[m].sum())}, templates={tt}\n")
        print(f"{'method':36} {'precision':>9} {'recall':>6} {'tp':>4} {'fp':>4} {'fn':>4} templates")
        for name, got in methods(rules, cv):
            print(f"{name:36} {fmt(counts(y[m], got[m], template[m]), tt)}")
        print()
    print("### Per source, and per fold of a split source (tp/fp/fn/templates flagged)\n")
    names = [m[0] for m in methods(rules, cv)]
    short = ["rules", "model(a)", "model(b)", "R|M(a)", "R|M(b)", "R&!veto", "R&!v|M(a)"]
    print(f"{'source (fold)':26} {'n':>4} {'req':>3} {'tmpl':>4} " + " ".join(f"{s:>13}" for s in short))
    units = [(s, sources == s) for s in sorted(set(sources))]
    units += [(g, cv["groups"] == g) for g in sorted(set(cv["groups"])) if g.split("#")[0] in SPLIT_SOURCES]
    for g, m in units:
        cells = []
        for _, got in methods(rules, cv):
            tp, fp, fn, t = counts(y[m], got[m], template[m])
            cells.append(f"{tp}/{fp}/{fn}/{t}")
        print(f"{g:26} {int(m.sum()):4d} {int(y[m].sum()):3d} {int(template[m].sum()):4d} "
              + " ".join(f"{c:>13}" for c in cells))
    assert len(names) == len(short)
    # float vs int8 agreement
    fa = {g: t for g, t in cv["thresholds"].items()}
    agree = 0
    for i in range(len(rows)):
        t_a, t_b, _ = fa[cv["groups"][i]]
        agree += (cv["score"][i] >= t_b) == (cv["score_float"][i] >= t_b)
    print(f"\nint8 vs float weights: same decision at threshold (b) on {agree} of {len(rows)} texts")


def label_of(r):
    """A text's label for listings: `request`, else its category (or `no request` if it has none)."""
    return "request" if r["credential_request"] else (r.get("category") or "no request")


def explain(rows, X, cv, picks=10, top=5):
    """Top contributing n-grams of texts the model flagged (at (a)), from the fold's own model."""
    print("\n### Explanations: top contributing n-grams of texts flagged at (a) (fold model, int8)\n")
    flagged = [i for i in range(len(rows)) if cv["a"][i]]
    # deterministic spread: at most four per source, in source then id order
    flagged.sort(key=lambda i: (rows[i]["source"], rows[i]["id"]))
    chosen, per = [], defaultdict(int)
    for i in flagged:
        if per[rows[i]["source"]] < 4:
            chosen.append(i)
            per[rows[i]["source"]] += 1
    # spread over sources first, then fill up with the rest in the same order
    chosen += [i for i in flagged if i not in chosen]
    for i in chosen[:picks]:
        print(explain_one(rows[i], cv["models"][cv["groups"][i]], top))


def explain_one(r, m, top=5):
    """One text's `top` n-grams whose buckets weigh most in model `m` (int8 weight x scale)."""
    w = m.q.astype(float) * m.scale
    contrib = defaultdict(list)
    for f in ngrams(r["text"]):
        contrib[bucket(f)].append(f)
    # a bucket's weight is shared by every feature hashed to it; name them all
    # ties broken by the n-grams' names, so the listing does not depend on set order
    items = sorted(contrib.items(), key=lambda kv: (-w[kv[0]], sorted(kv[1])))[:top]
    shown = ", ".join(f"{'|'.join(repr(x) for x in sorted(fs))} {w[b]:+.2f}" for b, fs in items)
    return f"- {r['id']} ({r['source']}, {r['lang']}, label {label_of(r)}): {shown}"


def source_ngrams(rows, y, rules, cv, src, top=15, picks=8):
    """What carries the model's decisions on one left-out source: the buckets whose contribution
    (weight / sqrt(buckets in the text), from the model of the text's own fold) summed over the
    source's requests, and over the texts the model flags, is largest; each named by the n-grams
    of that source's texts hashed there. Then the top n-grams of a few flagged texts."""
    idx = [i for i in range(len(rows)) if rows[i]["source"] == src]
    names = defaultdict(set)
    feats = {}
    for i in idx:
        feats[i] = ngrams(rows[i]["text"])
        for f in feats[i]:
            names[bucket(f)].add(f)
    weights = {g: cv["models"][g].q.astype(float) * cv["models"][g].scale
               for g in set(cv["groups"][idx])}

    def summed(subset):
        total = defaultdict(float)
        for i in subset:
            w = weights[cv["groups"][i]]
            bs = {bucket(f) for f in feats[i]}
            for b in bs:
                total[b] += w[b] / math.sqrt(len(bs))
        return sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))[:top]

    flagged = [i for i in idx if cv["a"][i] or cv["b"][i]]
    for label, subset in ((f"its {sum(y[i] for i in idx)} requests", [i for i in idx if y[i]]),
                          (f"the {len(flagged)} texts model (a) or (b) flags", flagged)):
        if not subset:
            print(f"\n{src}, {label}: none")
            continue
        print(f"\n{src}, {label}: top {top} buckets by summed contribution "
              "(n-grams of the source's texts hashed there, at most 4 shown)")
        print("; ".join(f"{v:+.2f} " + "|".join(repr(x) for x in sorted(names[b])[:4])
                        for b, v in summed(subset)))
    chosen = sorted(flagged, key=lambda i: rows[i]["id"])[:picks]
    if chosen:
        print(f"\nTop n-grams of {len(chosen)} of the {src} texts the model flags (id order):")
        for i in chosen:
            print(explain_one(rows[i], cv["models"][cv["groups"][i]]))


def veto_on_template_alarms(rows, y, template, rules, cv):
    """The rules' false alarms on templates, each with its score against its fold's veto
    threshold; and what the veto costs in requests the rules found."""
    alarms = [i for i in range(len(rows)) if rules[i] and template[i]]
    print(f"\nRule false alarms on templates ({len(alarms)}), score vs the fold's veto threshold:")
    for i in alarms:
        t_v = cv["thresholds"][cv["groups"][i]][2]
        verdict = "VETOED" if not cv["keep"][i] else "kept"
        print(f"- {rows[i]['id']} ({rows[i]['source']}, {rows[i]['category']}, {rows[i]['lang']}): "
              f"score {cv['score'][i]:+.3f}, veto below {t_v:+.3f}: {verdict}")
    fa = [i for i in range(len(rows)) if rules[i] and not y[i]]
    hit = [i for i in range(len(rows)) if rules[i] and y[i]]
    lost = [i for i in hit if not cv["keep"][i]]
    by_src = defaultdict(int)
    for i in lost:
        by_src[rows[i]["source"]] += 1
    print(f"Veto removes {sum(not cv['keep'][i] for i in alarms)} of {len(alarms)} template alarms, "
          f"{sum(not cv['keep'][i] for i in fa)} of {len(fa)} rule false alarms in all, and loses "
          f"{len(lost)} of {len(hit)} requests the rules found "
          f"({', '.join(f'{k} {v}' for k, v in sorted(by_src.items())) or 'none'})")
    if alarms:
        # A diagnostic, not a method: the cut is read off the tested texts' own scores. Any veto
        # that removed every template alarm would also remove the requests counted here.
        top = max(cv["score"][i] for i in alarms)
        below = [i for i in hit if cv["score"][i] <= top]
        print(f"Hindsight bound: {len(below)} of {len(hit)} requests the rules found score at or "
              f"below the highest template alarm ({top:+.3f}), so a veto removing all "
              f"{len(alarms)} would remove them too")


def changes(rows, rules, cv):
    """Which texts each combination changes relative to the rules (ids and labels, no text)."""
    def lab(i):
        r = rows[i]
        return f"{r['id']}({label_of(r)})"
    vetoed = [lab(i) for i in range(len(rows)) if rules[i] and not cv["keep"][i]]
    added = [lab(i) for i in range(len(rows)) if cv["a"][i] and not rules[i]]
    print(f"\nRule hits vetoed ({len(vetoed)}): {' '.join(vetoed)}")
    print(f"Texts model (a) adds to the rules ({len(added)}): {' '.join(added)}")


def global_weights(rows, X, y, top=20):
    """The strongest buckets of a model trained on all dev data, named by the dev n-grams in them."""
    m = Model(X, y)
    w = m.q.astype(int)
    names = defaultdict(set)
    for r in rows:
        for f in ngrams(r["text"]):
            names[bucket(f)].add(f)
    for sign, label in ((1, "towards request"), (-1, "against request")):
        order = np.argsort(-sign * w, kind="stable")[:top]
        print(f"\nTop {top} buckets {label} (int8 weight: n-grams hashed there, at most 4 shown):")
        print("; ".join(f"{w[b]:+d} " + "|".join(repr(x) for x in sorted(names[b])[:4])
                        for b in order))


def main():
    started = time.monotonic()
    rows = load()
    y = np.array([bool(r["credential_request"]) for r in rows])
    template = np.array([r["template"] for r in rows])
    print(f"# Scorer study (dev data only): {len(rows)} texts, {int(y.sum())} requests, "
          f"{int(template.sum())} templates; buckets 2^{BITS}, C={C}, features: char {CHAR_NS} + word 1-2 grams")
    rules = rule_answers(rows)
    X = vectorize(rows)
    distinct = set()
    for r in rows:
        distinct |= ngrams(r["text"])
    used = len({bucket(f) for f in distinct})
    print(f"{len(distinct)} distinct n-grams in dev hash to {used} of {1 << BITS} buckets")
    for scheme in ("source", "sender"):
        cv = cross_validate(rows, X, y, template, scheme)
        report(rows, y, template, rules, cv, scheme)
        changes(rows, rules, cv)
        veto_on_template_alarms(rows, y, template, rules, cv)
        source_ngrams(rows, y, rules, cv, "imc25_smishing")
        if scheme == "sender":
            explain(rows, X, cv)
    global_weights(rows, X, y)
    print(f"\nModel size: {1 << BITS} buckets x 1 byte (int8) = {(1 << BITS) // 1024} KiB "
          "+ one f32 scale + one f32 bias")
    print(f"Run time: {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main()
