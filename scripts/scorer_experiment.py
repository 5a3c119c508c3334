#!/usr/bin/env python3
"""Measures a learned scorer for issue 12's "choose the method by measurement": hashed character
n-grams (2-5, within words, NFKC and lower case) and a logistic regression, trained on the
development split of tests/data/real/ only, alone and combined with the rules' verdicts.

Not part of the build or the tests; needs numpy and scikit-learn (measured with scikit-learn 1.9.1):

    python3 -m venv /tmp/sc && /tmp/sc/bin/pip install numpy scikit-learn
    EVAL_VERDICTS=/tmp/verdicts.tsv cargo test --release --test eval real_corpus
    /tmp/sc/bin/python scripts/scorer_experiment.py /tmp/verdicts.tsv --groups unit
    /tmp/sc/bin/python scripts/scorer_experiment.py /tmp/verdicts.tsv --groups source
    /tmp/sc/bin/python scripts/scorer_experiment.py /tmp/verdicts.tsv --heldout

`--groups unit|source`: five-fold cross-validation on the development split, out of fold, the
folds grouped by the corpus's split unit (as the held-out split is made: other units of the same
sources) or by whole source (sources the model never saw). `--heldout`: trained on the whole
development split with the settings fixed beforehand, scored once on the held-out split.
"""
import argparse
import collections
import glob
import json
import os
import unicodedata

import numpy as np
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

REAL = os.path.join(os.path.dirname(__file__), '..', 'tests', 'data', 'real')
TEMPLATES = ('otp_template', 'notification')


def load(verdicts_path):
    flagged = {}
    for line in open(verdicts_path, encoding='utf-8'):
        i, v = line.rstrip('\n').split('\t')
        flagged[i] = v == '1'
    rows = []
    for path in sorted(glob.glob(os.path.join(REAL, '*.jsonl'))):
        split = os.path.basename(path).split('_')[0]
        for line in open(path, encoding='utf-8'):
            v = json.loads(line)
            rows.append(dict(id=v['id'], split=split, text=v['text'], truth=v['credential_request'],
                             cat=v.get('category') or '', lang=v['lang'], src=v['source'],
                             unit=v['source'] + '/' + str(v.get('split_unit', v['id'])),
                             rules=flagged[v['id']]))
    return rows


def fold(text):
    return unicodedata.normalize('NFKC', text).lower()


VEC = HashingVectorizer(analyzer='char_wb', ngram_range=(2, 5), n_features=2 ** 14,
                        alternate_sign=False, norm='l2', preprocessor=fold)


def fit(rows):
    model = LogisticRegression(C=1.0, max_iter=2000, class_weight='balanced')
    model.fit(VEC.transform([r['text'] for r in rows]), [r['truth'] for r in rows])
    return model


def score(model, rows):
    return model.predict_proba(VEC.transform([r['text'] for r in rows]))[:, 1]


def figures(rows, pred, label):
    c = collections.Counter((r['truth'], p) for r, p in zip(rows, pred))
    tp, fp, fn = c[(True, True)], c[(False, True)], c[(True, False)]
    templates = [p for r, p in zip(rows, pred) if r['cat'] in TEMPLATES]
    print(f"{label:36s} precision {tp / max(tp + fp, 1):.3f} recall {tp / max(tp + fn, 1):.3f} "
          f"({tp} / {fp} / {fn}); templates flagged {sum(templates)} of {len(templates)}")


def report(rows, s):
    rules = [r['rules'] for r in rows]
    figures(rows, rules, 'rules')
    for t in (0.5, 0.9, 0.98):
        figures(rows, [x >= t for x in s], f'scorer >= {t}')
    for t in (0.9, 0.98):
        figures(rows, [g or x >= t for g, x in zip(rules, s)], f'rules or scorer >= {t}')
    for t in (0.01, 0.05, 0.1):
        figures(rows, [g and x >= t for g, x in zip(rules, s)], f'rules and scorer >= {t}')
    figures(rows, [(g and x >= 0.05) or x >= 0.98 for g, x in zip(rules, s)],
            '(rules and >= 0.05) or >= 0.98')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('verdicts')
    ap.add_argument('--groups', choices=('unit', 'source'), default='unit')
    ap.add_argument('--heldout', action='store_true')
    a = ap.parse_args()
    rows = load(a.verdicts)
    dev = [r for r in rows if r['split'] == 'dev']
    if a.heldout:
        held = [r for r in rows if r['split'] == 'heldout']
        print('held-out split, scorer trained on the whole development split')
        report(held, score(fit(dev), held))
        return
    oof = np.zeros(len(dev))
    for train, test in GroupKFold(n_splits=5).split(dev, groups=[r['src' if a.groups == 'source' else 'unit'] for r in dev]):
        oof[test] = score(fit([dev[i] for i in train]), [dev[i] for i in test])
    print(f'development split, five folds grouped by {a.groups}, out of fold')
    report(dev, oof)
    if a.groups == 'source':
        # What a veto costs per source: requests the rules found that the scorer would drop.
        lost = collections.Counter(r['src'] for r, x in zip(dev, oof)
                                   if r['rules'] and r['truth'] and x < 0.05)
        print('requests lost by "rules and scorer >= 0.05", by source:', dict(lost))


if __name__ == '__main__':
    main()
