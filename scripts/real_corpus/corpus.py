"""What the real-corpus builders (build.py, build_zh.py, build_more.py, build_templates.py)
share: the hash split rule, reading a pinned file from a mirror, a gettext catalogue, the
five-column label files, and writing labelled texts to tests/data/real/<split>_<source>.jsonl. One copy, so every batch splits and writes
its texts the same way."""

import gettext
import hashlib
import json
import os
import subprocess
import sys


def sha(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()


def hashed_split(unit):
    """Held-out when the split unit's SHA-256 is 0 mod 3 (about a third), else dev."""
    return "heldout" if int(sha(unit), 16) % 3 == 0 else "dev"


def git_show_bytes(git_dir, commit, path):
    """The bytes of `path` at `commit` in a mirror's git directory."""
    return subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout


def git_show(git_dir, commit, path):
    return git_show_bytes(git_dir, commit, path).decode("utf-8")


def git_ls(git_dir, commit, path):
    """The names in the folder `path` at `commit`."""
    out = subprocess.run(["git", "--git-dir", git_dir, "ls-tree", "--name-only", f"{commit}:{path}"],
                         check=True, capture_output=True).stdout.decode("utf-8")
    return [line for line in out.splitlines() if line]


def git_files(git_dir, commit):
    """Every file path at `commit`."""
    return subprocess.run(["git", "--git-dir", git_dir, "ls-tree", "-r", "--name-only", commit],
                          check=True, capture_output=True).stdout.decode("utf-8").splitlines()


def catalogue(mo_path):
    """The gettext translations in `mo_path`, or the identity (the source language) for None."""
    if mo_path is None:
        return gettext.NullTranslations()
    with open(mo_path, "rb") as f:
        return gettext.GNUTranslations(f)


def load_labels(path):
    """id -> (category, credential_request, credentials, borderline) from a label file with the
    columns id, category, credential_request, credentials (comma-separated), borderline."""
    labels = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            id_, category, req, creds, borderline = line.rstrip("\n").split("\t")
            labels[id_] = (category, req == "true", [c for c in creds.split(",") if c],
                           borderline == "true")
    return labels


def record(it, category, credential_request, credentials, borderline, lang=None):
    """The jsonl record of a candidate text `it` with its labels (fields in a fixed order)."""
    return {
        "id": it["id"], "lang": lang or it["lang"], "text": it["text"],
        "credential_request": credential_request, "credentials": credentials,
        "category": category, "borderline": borderline, "source": it["source"],
        "origin": it["origin"], "split_unit": it["split_unit"], "truncated": it["truncated"],
        "selection": it["selection"],
    }


def write_split_files(files, out_dir):
    """Writes {(split, source): [record, …]} as out_dir/<split>_<source>.jsonl."""
    os.makedirs(out_dir, exist_ok=True)
    for (split, source), recs in sorted(files.items()):
        path = os.path.join(out_dir, f"{split}_{source}.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(path, len(recs))


def assemble(items, labels_path, split_of, out_dir):
    """Labels every candidate of `items` from `labels_path` (dropping those labelled `drop`)
    and writes them by `split_of(split_unit)` and source."""
    labels = load_labels(labels_path)
    files = {}
    for it in items:
        category, req, creds, borderline = labels[it["id"]]
        if category == "drop":
            continue
        files.setdefault((split_of(it["split_unit"]), it["source"]), []).append(
            record(it, category, req, creds, borderline))
    write_split_files(files, out_dir)


def main(items, labels_path, split_of, out_dir, usage):
    """A builder's command line: `candidates` prints every candidate text as JSON lines (to
    label); `assemble` labels, splits and writes the jsonl files."""
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "candidates":
        for it in items():
            print(json.dumps(it, ensure_ascii=False))
        return
    if cmd != "assemble":
        sys.exit(usage)
    assemble(items(), labels_path, split_of, out_dir)
