#!/usr/bin/env python3
"""Rebuild the twenty-first batch of tests/data/real/ (issue 12): the SMS notifications of the
Canvas learning-management system (instructure/canvas-lms, AGPL-3.0): account registration, SMS
number confirmation with a code, course invitations and enrolments, group and appointment notices,
grading, comment, conversation, file and conference notices, in zh-Hans, zh-Hant and es only, never
English: English strings (each template's own defaults) serve only to tell an untranslated string.

Usage:
    python3 scripts/real_corpus/build_templates17.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates17.py assemble     # write the jsonl files
(needs PyYAML; every input is under scripts/real_corpus/raw/canvas/, see /work/rebuild-21.sh)

Source (see tests/data/real/README.md, section "Twenty-first batch (templates)"). The repository is
over the fetch limit, so its files were read through the file index (one stored version per file,
its commit recorded) and copied verbatim under scripts/real_corpus/raw/canvas/:
  * app/messages/<notification>.sms.erb: the SMS template of every notification in CANVAS_SMS, at
    the commit named for it there;
  * config/locales/{zh-Hans,zh-Hant,es}.messages-sms.yml: excerpts of config/locales/<lang>.yml at
    LOCALE_COMMITS: the `sms:` mapping of each of those notifications under `messages:` (and the
    `summary: body:` the peer-review SMS calls), and the top-level `before_label_wrapper`.

Selection: every SMS template of app/messages/ whose strings are looked up by a key under
`messages.<notification>.sms` (templates that carry their text only as an inline English string,
keyed by a hash at the top level of the 0.9–2.8-million-character locale files, or no `t` call at
all, are not taken; see the README). Each template is rendered as the ERB would render it
(CANVAS_SMS spells out its lines): a `case` or `if … elsif … else` takes its last branch (the
student, course or own-grade case); an `if` without `else` (score lines, a username that differs
from the e-mail) is left out; `before_label` puts the locale's `before_label_wrapper` around a
label. A template is skipped in a language whose excerpt lacks one of its strings (Canvas would
fall back to English) or whose text leaves a line in English (`english_line` for Chinese,
`untranslated_lines` against the English rendering for both). Values: `Alice Chen` / `bob`, `Demo
…` names, links on canvas.example.com, the code 482913, 2026-11-27 10:00. Near-duplicates collapse
within a language. Cut at 500 characters.

Split: `corpus.hashed_split` on `instructure/canvas-lms:<notification>`, all languages of one
notification on one side.
"""

import os
import re

import yaml

from build_templates import item
from build_templates2 import is_new
from build_templates3 import untranslated_lines
from build_templates8 import english_line
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates17.tsv")
SELECTION = "templates17"
RAW = os.path.join(HERE, "raw", "canvas")

REPO = "instructure/canvas-lms"
LOCALE_COMMITS = {
    "zh-Hans": "00b222d77ee43d046e6aee0347c4ed5b27e1741f",
    "zh-Hant": "015ea4deb653c6fecb050beb21ba9c7506e4b76c",
    "es": "009df1d49518143eb7173ae48bd4c78b32f40e2a",
}

CODE = "482913"
HOST = "canvas.example.com"
COURSE_URL = "https://canvas.example.com/courses/101"
COURSE = "Demo Course"
ASSIGNMENT = "Demo Essay"
APPOINTMENT = "Demo Office Hours"
GROUP = "Demo Study Group"
ACCOUNT = "Demo University"
DATE = "2026-11-27 10:00"
STUDENT = "Alice Chen"
OTHER = "bob"

VALUES = {
    "url": HOST, "web_address": HOST, "website": HOST, "link": HOST,
    "course": COURSE, "course_name": COURSE, "context": COURSE, "name": COURSE,
    "course_or_group": COURSE, "assignment_name": ASSIGNMENT, "assignment": ASSIGNMENT,
    "title": ASSIGNMENT, "appointment_name": APPOINTMENT, "override": "Demo Section",
    "group_name": GROUP, "group": GROUP, "account": ACCOUNT, "account_name": ACCOUNT,
    "document": "Demo Notes", "confirmation_code": CODE, "date": DATE, "reviewee": OTHER,
    "author": OTHER, "user": OTHER, "user_name": OTHER, "student": STUDENT,
    "notifications_count": "3",
}


def t(key, **values):
    """A translated string of the template (its key, and values that differ from VALUES)."""
    return ("t", key, values)


def label(key):
    """`before_label :key`: the string `labels.<key>` wrapped in `before_label_wrapper`."""
    return ("label", key)


def v(text):
    """Text the template takes from the record (a name, a message excerpt), not translated."""
    return ("v", text)


MORE = [[], [t("more_info")]]
ENROLMENT = [[t("body_student")], [label("name"), v(" " + STUDENT)],
             [label("email"), v(" alice@example.com")], [], [], [t("details")]]

# notification -> (commit of the stored app/messages/<name>.sms.erb, its lines: lists of parts)
CANVAS_SMS = {
    "added_to_conversation": ("1160f000fc8a6c67c478e626c8c8ea24ad08fb93",
                              [[t("body")]] + MORE),
    "alert": ("05698526a24f1a9af6e2c00826e04cd15b51b208",
              [[t("body")], [], [t("more_info", url=COURSE_URL)]]),
    "appointment_canceled_by_user": ("3bf5d19b92b696440e923611868c671a0a7e6703",
                                     [[t("message")]] + MORE),
    "appointment_deleted_for_user": ("5252122bea6e3b4c9a11e3b02897b360c353cb45",
                                     [[t("message")]] + MORE),
    "appointment_group_deleted": ("201843f87829d19576f7917a8fa1f0d2dae2782f",
                                  [[t("message")]] + MORE),
    "appointment_group_published": ("5252122bea6e3b4c9a11e3b02897b360c353cb45",
                                    [[t("message")]] + MORE),
    "appointment_group_updated": ("4174c336441e68cfa8a42955a724b76ccc354242",
                                  [[t("message")]] + MORE),
    "appointment_reserved_by_user": ("95c33a5f6272206fd61d466c414cf2fef1dcea5f",
                                     [[t("message")]] + MORE),
    "appointment_reserved_for_user": ("0a2a564d6734184ca55c0c9003dbb2681d1a0d4b",
                                      [[t("message")]] + MORE),
    "assignment_due_date_override_changed": (
        "28b68a231d650d9da4d9d056944c25abcf7e8113",
        [[t("assignment_due_date_changed")], [t("no_due_date")], [], [t("more_info_at_url")]]),
    "assignment_graded": ("4e1ce39f7b2b219db30dee1fb9f38bf54d86e639",
                          [[t("assignment_is_graded")], [], [t("more_info_at")]]),
    "assignment_submitted_late": ("4e1ce39f7b2b219db30dee1fb9f38bf54d86e639",
                                  [[t("user_submitted", user_name=STUDENT)], [],
                                   [t("more_info_at")]]),
    "assignment_unmuted": ("185ba871b94b95ccc1d978a2787854c6900c0da4", [[t("body")]]),
    "blueprint_content_added": ("3d4767776490c8f704581e1fff2806c73da91169",
                                [[t("body")], [], [t("link_message", url=COURSE_URL)]]),
    "blueprint_sync_complete": ("585bbd47d167981a5d6c6f5c847ddd6dc2af251b",
                                [[t("body")], [], [t("link_message", url=COURSE_URL)]]),
    "collaboration_invitation": ("3f8fed79dff2682fbb55ef25afdd5dde60c43e04", [[t("body")]]),
    "confirm_sms_communication_channel": ("40c90fba5576ff9091c06c1a0c6edddb59392d2f",
                                          [[t("body", user=STUDENT)]]),
    "conversation_message": ("0334119d22d41ccef208ee3cb07345acdfb5d23b",
                             [[t("body")], [], [v("Demo message")]]
                             + MORE),
    "enrollment_accepted": ("340492bf5dd95afc4d8ef001635d2a94c8c2f744",
                            [[t("body_student", user=STUDENT)], [], [t("details")]]),
    "enrollment_invitation": ("0cc2f48b32d0ff1c90b530fed433c199d74e562c", ENROLMENT),
    "enrollment_notification": ("340492bf5dd95afc4d8ef001635d2a94c8c2f744", ENROLMENT),
    "enrollment_registration": ("0a2a564d6734184ca55c0c9003dbb2681d1a0d4b", ENROLMENT),
    "group_assignment_submitted_late": ("4e1ce39f7b2b219db30dee1fb9f38bf54d86e639",
                                        [[t("subject")]] + MORE),
    "group_membership_accepted": ("4e1ce39f7b2b219db30dee1fb9f38bf54d86e639",
                                  [[t("course_group")]] + MORE),
    "group_membership_rejected": ("4e1ce39f7b2b219db30dee1fb9f38bf54d86e639",
                                  [[t("course_group")]] + MORE),
    "new_account_user": ("174c1968c17b697b1f2bcad8bb85124b4821dd52",
                         [[t("body")], [], [t("details")]]),
    "new_context_group_membership_invitation": ("4e1ce39f7b2b219db30dee1fb9f38bf54d86e639",
                                                [[t("body_course")], [], [t("details")]]),
    "new_file_added": ("104034e70b17d504a1402713473673973bdbe8d4",
                       [[t("body")], [v("Demo Syllabus.pdf (120 KB)")]]),
    "new_user": ("6437c1df367ecfc423916616995a9da7d853cb80", [[t("body")], [], [t("details")]]),
    "peer_review_invitation": ("70b1d179b5d10d03064863db757018eb13cf05d3",
                               [[t("#messages.peer_review_invitation.summary.body")]] + MORE),
    "pseudonym_registration": ("69a43203033d797d9d5be3e23f7b849f228daa06", [[t("body")]]),
    "pseudonym_registration_done": ("54b7f5c9bec47b3b54f8f56806cdc152caeced76",
                                    [[t("body")], [],
                                     [t("link", link="https://canvas.example.com/profile")]]),
    "quiz_regrade_finished": ("957c3024a3ef2a93444cdf9f0b8d1e3af50ec7c2",
                              [[t("body_sms", title="Demo Quiz")]] + MORE),
    "submission_comment_for_teacher": ("0465682281bba59284112f2c1470ed34b28e4405",
                                       [[t("sms_body", user=STUDENT)]] + MORE),
    "submission_grade_changed": ("0a32ee7191b5d989fae3fd49e2290cf30b2abff8",
                                 [[t("body_sms")], [], [t("regraded_date")]] + MORE),
    "submission_graded": ("028493ce8b7e646347eb02294b101ac26c909a98", [[t("sms_body")]]),
    "submission_needs_grading": ("41d5597c2e574ef51e0f60f930c591a8996618c1",
                                 [[t("body_sms")], [], [t("regraded_date")]] + MORE),
    "submission_posted": ("37a992009f0fc398666b1ddbb85e9ace9aca0a7f",
                          [[t("body")], [],
                           [t("link_message",
                              link=COURSE_URL + "/assignments/7/submissions/42")]]),
    "summaries": ("14797cfd2257af42e98a35106be9c3b746038900", [[t("notifications_sms")]]),
    "web_conference_recording_ready": ("c1da7ad25e90381e1c84d654fb43c68604fb5514",
                                       [[t("body", title="Demo Lecture")], [],
                                        [t("link_message")]]),
}

DEFAULT = re.compile(
    r"""(?:\bt|\bbefore_label)\s*\(?\s*(?::(\w+)|'([^']+)'|"([^"]+)")\s*,\s*"""
    r"""(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|<<-(\w+)[^\n]*\n(.*?)\n\6\b)""", re.S)


def template_defaults(src):
    """key -> English default of every keyed `t` / `before_label` call of an ERB template."""
    out = {}
    for m in DEFAULT.finditer(src):
        key = m.group(1) or m.group(2) or m.group(3)
        text = next(g for g in (m.group(4), m.group(5), m.group(7)) if g is not None)
        if src[m.start():].startswith("before_label"):
            key = "labels." + key
        out[key] = text.replace('\\"', '"').replace("\\'", "'")
    return out


def fill(text, values):
    return re.sub(r"%\{(\w+)\}", lambda m: values[m.group(1)], text)


def lookup(tree, path):
    node = tree
    for part in path.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node if isinstance(node, str) else None


def render(lines, tr, wrapper, with_values=True):
    """The SMS text of `lines` with `tr(key)` giving each string, or None when one is missing;
    without values (placeholders and record values left empty) for the untranslated check."""
    out = []
    for line in lines:
        parts = []
        for kind, *rest in line:
            if kind == "v":
                if with_values:
                    parts.append(rest[0])
                continue
            s = tr(rest[0] if kind == "t" else "labels." + rest[0])
            if s is None:
                return None
            if kind == "label":
                parts.append(fill(wrapper, {"text": s}))
            else:
                values = {**VALUES, **rest[1]}
                parts.append(fill(s, values if with_values else dict.fromkeys(values, "")))
        out.append("".join(parts))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip()


def canvas_items():
    trees = {}
    for lang in LOCALE_COMMITS:
        with open(os.path.join(RAW, "config", "locales", f"{lang}.messages-sms.yml"),
                  encoding="utf-8") as f:
            trees[lang] = yaml.safe_load(f)[lang]
    seen = {lang: set() for lang in LOCALE_COMMITS}
    for name, (commit, lines) in CANVAS_SMS.items():
        with open(os.path.join(RAW, "app", "messages", f"{name}.sms.erb"), encoding="utf-8") as f:
            defaults = template_defaults(f.read())
        keys = [p[1] if p[0] == "t" else "labels." + p[1] for ln in lines for p in ln if p[0] != "v"]
        missing = [k for k in keys if k not in defaults]
        assert not missing, (name, missing)  # every rendered string is a call of the template
        en = render(lines, defaults.get, "%{text}:", with_values=False)
        for lang, tree in trees.items():

            def tr(key, tree=tree):
                if key.startswith("#"):
                    return lookup(tree, key[1:])
                return lookup(tree, f"messages.{name}.sms.{key}")

            text = render(lines, tr, tree["before_label_wrapper"])
            if text is None:
                continue
            bare = render(lines, tr, tree["before_label_wrapper"], with_values=False)
            if untranslated_lines(bare, en) or (lang != "es" and english_line(bare)):
                continue
            if not is_new(seen[lang], text):
                continue
            origin = (f"{REPO}@{commit[:12]}:app/messages/{name}.sms.erb; "
                      f"config/locales/{lang}.yml@{LOCALE_COMMITS[lang][:12]} "
                      f"(messages.{name}.sms)")
            yield item(f"cnvs-{name}-{lang}", lang, text, "canvas_sms", origin,
                       f"{REPO}:{name}", SELECTION)


def items():
    yield from canvas_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
