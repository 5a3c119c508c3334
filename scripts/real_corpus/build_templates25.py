#!/usr/bin/env python3
"""Rebuild the twenty-ninth batch of tests/data/real/ (issue 12): the notifications and e-mails
that MediaWiki extensions send to a wiki's users, in zh-Hans, zh-Hant and es. Only those
languages are taken, never English: English strings serve only for the "untranslated" check
(build_templates3.untranslated_lines).

Usage:
    . /work/rebuild-29.sh   # sets <NAME>_GIT to a bare git dir of each
                            # github.com/wikimedia/mediawiki-extensions-<Name> (fetched whole)
    python3 scripts/real_corpus/build_templates25.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates25.py assemble     # write the jsonl files

Sources (see tests/data/real/README.md, section "Twenty-ninth batch"); each read at a pinned
commit from a bare git dir (`git show <commit>:<path>`), messages from its
i18n/{en,es,zh-hans,zh-hant}.json (es → es, zh-hans → zh-Hans, zh-hant → zh-Hant):
  * echo_notification (Echo, MIT): one template per notification header the presentation models
    of includes/Formatters/ build (every `notification-header-*` and `notification-bundle-header-*`
    message they use, each variant one template), with the type's own e-mail subject before it
    where the model has one and the model's body message after it where that is a message of the
    extension (not a user's summary or text); plus the daily and weekly digest e-mails (subject,
    intro, link and plain-text footer).
  * thanks_notification (Thanks, MIT), discussiontools_notification (DiscussionTools, MIT),
    flow_notification (Flow, GPL-2.0-or-later): every header (single and bundled) of their
    presentation models, with the model's fixed body message (DiscussionTools' removed-topic
    notice).
  * translationnotifications_email (TranslationNotifications, GPL-2.0-or-later): the e-mail and
    talk-page message to a translator, the digest e-mail and the unsubscription notice.
  * liquidthreads_email (LiquidThreads, GPL-2.0-or-later): the new-thread and reply e-mails.
  * socialprofile_email (SocialProfile, GPL-2.0-or-later, <Component>/i18n/): the plain-text
    e-mails of SystemGifts, UserBoard, UserGifts, UserRelationship and UserStats.

Not taken: compact headers (one line inside an expanded bundle), link labels, preferences and
other UI strings, `notification-header-api-triggered` (its text is whatever a bot passes), bodies
that are a user's own text (an edit summary, a post, a comment).

Fills: the parameters each model or mail passes (its `params` / `numParams` calls, in order; the
agent takes $1 and $2 where a model calls getMessageWithAgent) get fixed values: agent "Bob Li"
(or bob), reader "Alice Chen" (or alice), pages "Main Page" / "Demo Page", section "Meeting on
Friday", groups "administrators" / "bots", "Demo …" names, links on wiki.example.org,
203.0.113.7, 2026-11-27 10:00, count 3 for bundles and 1 otherwise, expiry 2026-12-27.
build_templates.mediawiki_render expands
{{SITENAME}} ("Demo Wiki") and {{GENDER}} (its first form); $n and {{PLURAL}} are expanded here
(an explicit `n=` form first; Chinese has one plural form, so its first form is taken). HTML
tags and bold wikitext are dropped; a link keeps its label and address. A language is skipped
for a template when it lacks one of the template's messages (MediaWiki would fall back to
another language) or leaves a line in English. Near-duplicates (digits and white space aside)
collapse within a source and language. Cut at 500 characters.

Split: the unit is `<repository>:<template>`, all languages together; held out when its SHA-256
is 0 mod 3 (corpus.hashed_split). Fixed and committed before any scanner run on these texts.
Labels come from scripts/real_corpus/labels/labels_templates25.tsv (id, category,
credential_request, credentials, borderline), assigned by an AI reader reading each text; the
scanner played no part.
"""
import json
import os
import re

from build_templates import html_to_text, item, mediawiki_render
from build_templates2 import is_new
from build_templates3 import untranslated_lines
from corpus import git_show, hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates25.tsv")

ECHO_REPO, ECHO_COMMIT = "wikimedia/mediawiki-extensions-Echo", "b3765b154f1d01bc8930c87d7cc1befd733bd843"
THANKS_REPO, THANKS_COMMIT = "wikimedia/mediawiki-extensions-Thanks", "4a70ce0d54bbbbab3983f36bbe573305f40f787b"
LANGS = [("es", "es"), ("zh-hans", "zh-Hans"), ("zh-hant", "zh-Hant")]

AGENT, VIEWER, PAGE, FROM, SECTION = "Bob Li", "Alice Chen", "Main Page", "Demo Page", "Meeting on Friday"
EXPIRY = "2026-12-27 10:00"
PREFS = "https://wiki.example.org/wiki/Special:Preferences#mw-prefsection-echo"
# Subject messages: getMessageWithAgent(key) + the viewing user (+ the number of edits for reverts).
SUBJECT_ARGS = {1: AGENT, 2: AGENT, 3: VIEWER, 4: "1"}
WITH_AGENT = {1: AGENT, 2: AGENT}

# (template, subject key or None, [(message key, {$n: value}), …]) — the header, then the body.
ECHO_TEMPLATES = [
    ("edit-user-page", "notification-edit-user-page-email-subject",
     [("notification-header-edit-user-page", {**WITH_AGENT, 3: VIEWER})]),
    ("edit-user-talk", "notification-edit-talk-page-email-subject2",
     [("notification-header-edit-user-talk", {**WITH_AGENT, 3: VIEWER})]),
    ("edit-user-talk-with-section", "notification-edit-talk-page-email-subject2",
     [("notification-header-edit-user-talk-with-section", {**WITH_AGENT, 3: VIEWER, 4: SECTION})]),
    ("bundle-edit-user-page", None, [("notification-bundle-header-edit-user-page", {1: "3", 2: VIEWER})]),
    ("bundle-edit-user-talk", None, [("notification-bundle-header-edit-user-talk-v2", {1: "3", 2: "3", 3: VIEWER})]),
    ("page-linked", "notification-page-linked-email-subject",
     [("notification-header-page-linked", {**WITH_AGENT, 3: PAGE, 4: FROM})]),
    ("bundle-page-linked", None, [("notification-bundle-header-page-linked", {**WITH_AGENT, 3: PAGE, 4: FROM, 5: "3"})]),
    ("article-reminder", None, [("notification-header-article-reminder", {**WITH_AGENT, 3: PAGE})]),
    ("mention-other", "notification-mention-email-subject",
     [("notification-header-mention-other", {**WITH_AGENT, 3: VIEWER, 4: PAGE, 5: SECTION})]),
    ("mention-other-nosection", "notification-mention-email-subject",
     [("notification-header-mention-other-nosection", {**WITH_AGENT, 3: VIEWER, 4: PAGE})]),
    ("mention-user-talkpage", "notification-mention-email-subject",
     [("notification-header-mention-user-talkpage-v2", {**WITH_AGENT, 3: VIEWER, 4: "Carol Wu", 5: "Carol Wu", 6: SECTION})]),
    ("mention-user-talkpage-nosection", "notification-mention-email-subject",
     [("notification-header-mention-user-talkpage-nosection", {**WITH_AGENT, 3: VIEWER, 4: "Carol Wu", 5: "Carol Wu"})]),
    ("mention-agent-talkpage", "notification-mention-email-subject",
     [("notification-header-mention-agent-talkpage", {**WITH_AGENT, 3: VIEWER, 4: SECTION})]),
    ("mention-agent-talkpage-nosection", "notification-mention-email-subject",
     [("notification-header-mention-agent-talkpage-nosection", {**WITH_AGENT, 3: VIEWER})]),
    ("mention-article-talkpage", "notification-mention-email-subject",
     [("notification-header-mention-article-talkpage", {**WITH_AGENT, 3: VIEWER, 4: PAGE, 5: SECTION})]),
    ("mention-article-talkpage-nosection", "notification-mention-email-subject",
     [("notification-header-mention-article-talkpage-nosection", {**WITH_AGENT, 3: VIEWER, 4: PAGE})]),
    ("mention-summary", "notification-mention-email-subject",
     [("notification-header-mention-summary", {**WITH_AGENT, 3: VIEWER, 4: PAGE})]),
    ("mention-failure-user-unknown", None,
     [("notification-header-mention-failure-user-unknown", {**WITH_AGENT, 3: "Carol Wu"})]),
    ("mention-failure-user-anonymous", None,
     [("notification-header-mention-failure-user-anonymous", {**WITH_AGENT, 3: "203.0.113.7"})]),
    ("mention-failure-too-many", None, [("notification-header-mention-failure-too-many", {**WITH_AGENT, 3: "50"})]),
    ("mention-success", None, [("notification-header-mention-success", {**WITH_AGENT, 3: "Carol Wu"})]),
    ("mention-failure-bundle", None, [("notification-header-mention-failure-bundle", {**WITH_AGENT, 3: "3", 4: PAGE})]),
    ("mention-success-bundle", None, [("notification-header-mention-success-bundle", {**WITH_AGENT, 3: "3", 4: PAGE})]),
    ("mention-status-bundle", None,
     [("notification-header-mention-status-bundle", {**WITH_AGENT, 3: "3", 4: PAGE, 5: "1", 6: "2"})]),
    ("user-rights-add-only", "notification-user-rights-email-subject",
     [("notification-header-user-rights-add-only", {1: AGENT, 2: "administrators", 3: "1", 4: VIEWER})]),
    ("user-rights-remove-only", "notification-user-rights-email-subject",
     [("notification-header-user-rights-remove-only", {1: AGENT, 2: "bots", 3: "1", 4: VIEWER})]),
    ("user-rights-add-and-remove", "notification-user-rights-email-subject",
     [("notification-header-user-rights-add-and-remove",
       {1: AGENT, 2: "administrators", 3: "1", 4: "bots", 5: "1", 6: VIEWER})]),
    ("user-rights-expiry-change", "notification-user-rights-email-subject",
     [("notification-header-user-rights-expiry-change", {1: AGENT, 2: "administrators", 3: "1", 4: VIEWER})]),
    ("user-rights-expiry", "notification-user-rights-expiry-email-subject",
     [("notification-header-user-rights-expiry", {1: "administrators", 2: "1", 3: VIEWER})]),
    ("user-blocked-sitewide-temporary", None,
     [("notification-header-user-blocked-sitewide-temporary", {1: VIEWER}),
      ("notification-body-user-blocked-expiring", {1: VIEWER, 2: "notification-body-user-blocked-scope-sitewide", 3: EXPIRY})]),
    ("user-blocked-sitewide-indefinite", None,
     [("notification-header-user-blocked-sitewide-indefinite", {1: VIEWER}),
      ("notification-body-user-blocked-indefinite", {1: VIEWER, 2: "notification-body-user-blocked-scope-sitewide"})]),
    ("user-blocked-partial-temporary", None,
     [("notification-header-user-blocked-partial-temporary", {1: VIEWER}),
      ("notification-body-user-blocked-expiring", {1: VIEWER, 2: "notification-body-user-blocked-scope-partial", 3: EXPIRY})]),
    ("user-blocked-partial-indefinite", None,
     [("notification-header-user-blocked-partial-indefinite", {1: VIEWER}),
      ("notification-body-user-blocked-indefinite", {1: VIEWER, 2: "notification-body-user-blocked-scope-partial"})]),
    ("user-unblocked", None,
     [("notification-header-user-unblocked", {1: VIEWER}), ("notification-body-user-unblocked", {})]),
    ("welcome", None, [("notification-header-welcome", {1: "alice", 2: "alice"})]),
] + [
    (f"watchlist-{s}", None, [(f"notification-header-watchlist-{s}", {**WITH_AGENT, 3: PAGE, 4: VIEWER, 5: "1"}),
                              ("notification-body-watchlist-once", {1: VIEWER})])
    for s in ("changed", "created", "deleted", "moved", "restored")
] + [
    (f"watchlist-multiuser-{s}", None, [(f"notification-header-watchlist-multiuser-{s}", {1: PAGE, 2: VIEWER, 3: "3"})])
    for s in ("changed", "created", "deleted", "moved", "restored")
] + [
    (f"thank-you-{n}-edit", None, [(f"notification-header-thank-you-{n}-edit", {**WITH_AGENT})])
    for n in ("1", "10", "100", "1000", "10000", "100000", "1000000", "10000000")
] + [
    ("reverted", "notification-reverted-email-subject2",
     [("notification-header-reverted", {**WITH_AGENT, 3: PAGE, 4: "1"})]),
    ("emailuser", None, [("notification-header-emailuser", {**WITH_AGENT})]),
] + [
    (f"foreign-{s}", None, [(f"notification-header-foreign-{s}", {**WITH_AGENT, 3: "Demo Wiki", 4: "2", 5: "3"})])
    for s in ("alert", "notice", "all")
] + [
    ("verify-email-reminder", "notification-subject-email-verify-email-reminder",
     [("notification-header-verify-email-reminder", {1: VIEWER, 2: "alice"})]),
] + [
    (f"digest-{p}", f"echo-email-batch-subject-{p}",
     [(f"echo-email-batch-body-intro-{p}", {1: "alice"}),
      ("echo-email-batch-link-text-view-all-notifications", {}),
      ("echo-email-plain-footer", {1: VIEWER})])
    for p in ("daily", "weekly")
]
DIGEST_SUBJECT_ARGS = {1: "3", 2: "3"}

THANKS_TEMPLATES = [
    (f"{t}-thank", None, [(f"notification-header-{t}-thank", {**WITH_AGENT, 3: PAGE, 4: VIEWER})])
    for t in ("rev", "creation", "log")
] + [
    ("flow-thank", None, [("notification-header-flow-thank", {**WITH_AGENT, 3: "Meeting on Friday", 4: "Bob Li", 5: VIEWER})]),
] + [
    (f"bundle-{t}-thank", None, [(f"notification-bundle-header-{t}-thank", {1: "3", 2: PAGE, 3: VIEWER})])
    for t in ("rev", "log")
] + [
    ("bundle-flow-thank", None, [("notification-bundle-header-flow-thank", {1: "3", 2: "Meeting on Friday", 3: VIEWER})]),
]


# --- DiscussionTools -----------------------------------------------------------------------------
DT_REPO, DT_COMMIT = "wikimedia/mediawiki-extensions-DiscussionTools", "9bb0d6b247acf42290923d5519ab51b10e414485"

# includes/Notifications/*PresentationModel.php: single and bundled headers, the fixed body of
# the removed-topic notice (the others' bodies are the comment's own text).
DISCUSSIONTOOLS_TEMPLATES = [
    ("added-topic", None, [("discussiontools-notification-added-topic-header", {**WITH_AGENT, 3: PAGE, 4: SECTION})]),
    ("added-topic-bundled", None, [("discussiontools-notification-added-topic-header-bundled", {1: "3", 2: PAGE})]),
    ("comment-thank", None,
     [("discussiontools-notification-comment-thank-header", {**WITH_AGENT, 3: SECTION, 4: VIEWER})]),
    ("comment-thank-bundled", None,
     [("discussiontools-notification-comment-thank-header-bundled", {1: "3", 2: SECTION, 3: VIEWER})]),
    ("removed-topic", None, [("discussiontools-notification-removed-topic-header", {**WITH_AGENT, 3: PAGE, 4: SECTION}),
                             ("discussiontools-notification-removed-topic-body", {1: "1"})]),
    ("removed-topic-bundled", None, [("discussiontools-notification-removed-topic-header-bundled", {1: "3", 2: PAGE}),
                                     ("discussiontools-notification-removed-topic-body", {1: "3"})]),
    ("subscribed-new-comment", None,
     [("discussiontools-notification-subscribed-new-comment-header", {**WITH_AGENT, 3: PAGE, 4: SECTION})]),
    ("subscribed-new-comment-bundled", None,
     [("discussiontools-notification-subscribed-new-comment-header-bundled", {1: "3", 2: "3", 3: SECTION})]),
]


# --- Flow (StructuredDiscussions) ----------------------------------------------------------------
FLOW_REPO, FLOW_COMMIT = "wikimedia/mediawiki-extensions-Flow", "d6d9ae456e26ef545f49aee050983883065d8b98"
# includes/Notifications/*PresentationModel.php: every header (single and bundled, board and user
# talk page); the bodies are the post's own text and are not taken.
FLOW_TOPIC = {1: SECTION, 2: VIEWER}
FLOW_TEMPLATES = [
    (name, None, [(f"notification-{key}", args)]) for name, key, args in [
        ("new-topic", "header-flow-new-topic-v2", {**WITH_AGENT, 3: PAGE, 4: SECTION}),
        ("new-topic-user-talk", "header-flow-new-topic-user-talk", {**WITH_AGENT, 3: PAGE, 4: SECTION}),
        ("bundle-new-topic", "bundle-header-flow-new-topic", {1: "3", 2: "3", 3: PAGE}),
        ("bundle-new-topic-user-talk", "bundle-header-flow-new-topic-user-talk", {1: "3", 2: "3", 3: PAGE}),
        ("post-reply", "header-flow-post-reply", {**WITH_AGENT, 3: PAGE, 4: SECTION}),
        ("post-reply-user-talk", "header-flow-post-reply-user-talk", {**WITH_AGENT, 3: PAGE, 4: SECTION}),
        ("bundle-post-reply", "bundle-header-flow-post-reply-v2", {1: "3", 2: "3", 3: SECTION}),
        ("bundle-post-reply-user-talk", "bundle-header-flow-post-reply-user-talk", {1: "3", 2: "3", 3: SECTION}),
        ("post-edited", "header-flow-post-edited-v2", FLOW_TOPIC),
        ("post-edited-user-talk", "header-flow-post-edited-user-talk", FLOW_TOPIC),
        ("bundle-post-edited", "bundle-header-flow-post-edited-v2", FLOW_TOPIC),
        ("bundle-post-edited-user-talk", "bundle-header-flow-post-edited-user-talk", FLOW_TOPIC),
        ("topic-renamed", "header-flow-topic-renamed-v2", {1: SECTION, 2: "Meeting on Monday", 3: VIEWER}),
        ("topic-renamed-user-talk", "header-flow-topic-renamed-user-talk", {1: SECTION, 2: "Meeting on Monday", 3: VIEWER}),
        ("summary-edited", "header-flow-summary-edited", FLOW_TOPIC),
        ("summary-edited-first", "header-flow-summary-edited-first", FLOW_TOPIC),
        ("bundle-summary-edited", "bundle-header-flow-summary-edited", FLOW_TOPIC),
        ("summary-edited-user-talk", "header-flow-summary-edited-user-talk", FLOW_TOPIC),
        ("summary-edited-first-user-talk", "header-flow-summary-edited-first-user-talk", FLOW_TOPIC),
        ("bundle-summary-edited-user-talk", "bundle-header-flow-summary-edited-user-talk", FLOW_TOPIC),
        ("mention-post", "header-flow-mention-post", {**WITH_AGENT, 3: PAGE, 4: VIEWER, 5: SECTION}),
        ("mention-header", "header-flow-mention-header", {**WITH_AGENT, 3: PAGE, 4: VIEWER}),
        ("mention-post-summary", "header-flow-mention-post-summary", {**WITH_AGENT, 3: PAGE, 4: VIEWER, 5: SECTION}),
        ("enabled-on-talkpage", "header-flow-enabled-on-talkpage", {**WITH_AGENT, 3: PAGE}),
        ("description-edited", "header-flow-description-edited", {1: PAGE, 2: VIEWER}),
        ("description-edited-user-talk", "header-flow-description-edited-user-talk", {1: PAGE, 2: VIEWER}),
        ("bundle-description-edited", "bundle-header-flow-description-edited", {1: PAGE, 2: VIEWER}),
        ("bundle-description-edited-user-talk", "bundle-header-flow-description-edited-user-talk", {1: PAGE, 2: VIEWER}),
        ("topic-resolved", "header-flow-topic-resolved", FLOW_TOPIC),
        ("topic-reopened", "header-flow-topic-reopened", FLOW_TOPIC),
        ("topic-resolved-user-talk", "header-flow-topic-resolved-user-talk", FLOW_TOPIC),
        ("topic-reopened-user-talk", "header-flow-topic-reopened-user-talk", FLOW_TOPIC),
    ]
]


# --- SocialProfile -------------------------------------------------------------------------------
SOCIALPROFILE_REPO, SOCIALPROFILE_COMMIT = ("wikimedia/mediawiki-extensions-SocialProfile",
                                            "26af464851ab0b8f800f5b9aba36a8d71dfbab47")
# The plain-text e-mails its components send (`sendMail( $subject, $body )` with the 'text'
# body), with the arguments in the order the code passes them.
SP = "https://wiki.example.org/wiki/"
SP_UPDATE = SP + "Special:UpdateProfile"
SP_REQUESTS = SP + "Special:ViewRelationshipRequests"
SOCIALPROFILE_TEMPLATES = {
    "SystemGifts": [
        ("system-gift-received", ("system_gift_received_subject", {1: "Demo Award"}),
         [("system_gift_received_body", {1: VIEWER, 2: "Demo Award", 3: "100 edits", 4: SP + "Special:ViewSystemGifts",
                                         5: SP_UPDATE})]),
    ],
    "UserBoard": [
        ("board-message", ("message_received_subject", {1: AGENT}),
         [("message_received_body", {1: VIEWER, 2: AGENT, 3: SP + "Special:UserBoard", 4: SP_UPDATE})]),
    ],
    "UserGifts": [
        ("gift-received", ("gift_received_subject", {1: AGENT, 2: "Demo Gift"}),
         [("gift_received_body", {1: VIEWER, 2: AGENT, 3: "Demo Gift", 4: SP + "Special:ViewGift?gift_id=1",
                                  5: SP_UPDATE})]),
    ],
    "UserRelationship": [
        (f"{rel}-{what}", (f"{rel}_{what}_subject", {1: AGENT}),
         [(f"{rel}_{what}_body", {1: VIEWER, 2: AGENT, 3: SP_REQUESTS if what == "request" else SP + "User:Bob_Li",
                                  4: SP_UPDATE})])
        for rel in ("friend", "foe") for what in ("request", "accept", "removed")
    ],
    "UserStats": [
        ("level-advance", ("level-advance-subject", {1: "Demo Level"}),
         [("level-advance-body", {1: VIEWER, 2: "Demo Level", 3: SP_UPDATE})]),
    ],
}


# --- TranslationNotifications --------------------------------------------------------------------
TN_REPO, TN_COMMIT = ("wikimedia/mediawiki-extensions-TranslationNotifications",
                      "2e2e2cd36e8891876cfc7a816ca13619403b9f2a")
# includes/Utilities/TranslationNotifyUser.php (the e-mail and the talk-page message to a
# translator, NotificationMessageBuilder's pieces), scripts/DigestEmailer.php (the digest) and
# UnsubscribeInactiveUsersPresentationModel.php. The translator's language is named in its own
# language; priority high, deadline 2026-12-27, no free text from the requester.
TN_LANG = {"en": "English", "es": "español", "zh-Hans": "中文（简体）", "zh-Hant": "中文（繁體）"}
TN_URL = {lang: ("https://wiki.example.org/w/index.php?title=Special:Translate&group=page-Demo+Page"
                 f"&language={lang.lower()}&action=page&action_source=translation_notification")
          for lang in ("en", "es", "zh-Hans", "zh-Hant")}
TN_SIGNUP = "https://wiki.example.org/wiki/Special:TranslatorSignup"
TN_LISTITEM = ("msg", "translationnotifications-notification-url-listitem", {1: TN_LANG})
TN_PRIORITY = ("msg", "translationnotifications-email-priority", {1: ("msg", "translationnotifications-priority-high", {})})
TN_DEADLINE = ("msg", "translationnotifications-email-deadline", {1: "2026-12-27"})
TN_TEMPLATES = [
    ("email", ("translationnotifications-email-subject", {1: "Demo Page"}),
     [("translationnotifications-email-body",
       {1: VIEWER, 2: TN_LANG, 3: "Demo Page", 4: ("fmt", "* {}: <{}>", TN_LISTITEM, TN_URL), 5: TN_PRIORITY,
        6: TN_DEADLINE, 7: "", 8: TN_SIGNUP, 9: "1", 10: "alice"})]),
    ("talkpage", None,
     [("translationnotifications-talkpage-body",
       {1: "alice", 2: VIEWER, 3: TN_LANG, 4: "Demo Page", 5: ("fmt", "* [{} {}]", TN_URL, TN_LISTITEM), 6: TN_PRIORITY,
        7: TN_DEADLINE, 8: "", 9: "1", 10: TN_SIGNUP})]),
    ("digest", ("translationnotifications-digestemail-subject", {}),
     [("translationnotifications-digestemail-body",
       {1: VIEWER, 2: TN_LANG, 3: "1", 4: ("msg", "translationnotifications-digestemail-notification-line",
                                            {1: "2026-11-27", 2: AGENT, 3: "Demo Page", 4: TN_URL}), 5: TN_SIGNUP})]),
    ("unsubscribe", None, [("translationnotifications-echo-unsubscribe-header", {}),
                           ("translationnotifications-echo-unsubscribe-body", {})]),
]


# --- LiquidThreads -------------------------------------------------------------------------------
LQT_REPO, LQT_COMMIT = "wikimedia/mediawiki-extensions-LiquidThreads", "1bc209291f2477f378fc8caffda3e782f3feb67e"
# includes/NewMessages.php::notifyUsersByMail: subject (thread subject) and body (recipient,
# subject, date, time, talk page, permalink, the post's text — filled "Demo" —, author).
LQT_ARGS = {1: "alice", 2: SECTION, 3: "2026-11-27", 4: "10:00", 5: "Talk:Main Page",
            6: "https://wiki.example.org/wiki/Thread:Talk:Main_Page/Meeting_on_Friday", 7: "Demo", 8: "bob"}
LQT_TEMPLATES = [
    ("enotif-newthread", ("lqt-enotif-subject-newthread", {1: SECTION}), [("lqt-enotif-newthread", LQT_ARGS)]),
    ("enotif-reply", ("lqt-enotif-subject-reply", {1: SECTION}), [("lqt-enotif-reply", LQT_ARGS)]),
]


def plural(text, lang):
    """{{PLURAL:n|…}} with n filled in, as MediaWiki picks the form: an explicit `n=` form first,
    else by the language's rule (Chinese has one form in CLDR, so the first form is taken
    whatever the number; English and Spanish have one and other)."""
    def one(m):
        n = m.group(1).strip()
        forms = m.group(2).split("|")
        for f in forms:
            k, eq, v = f.partition("=")
            if eq and k.strip().isdigit() and k.strip() == n:
                return v
        forms = [f for f in forms if not re.match(r"^\s*\d+=", f)]
        if lang.startswith("zh") or n == "1" or len(forms) == 1:
            return forms[0]
        return forms[1]
    return re.sub(r"\{\{PLURAL:([^|{}]*)\|([^{}]*)\}\}", one, text)


def render(messages, key, args, lang):
    """One message rendered as plain text. An argument naming a `notification-` message, or given
    as ("msg", key, args), is that message rendered; one given as {lang: value} takes the value of
    the language rendered; ("fmt", pattern, value, …) fills a str.format pattern with values. $n and {{PLURAL}} are expanded here, the rest
    by build_templates.mediawiki_render."""
    def value(v):
        if isinstance(v, dict):
            return v[lang]
        if isinstance(v, tuple) and v[0] == "fmt":
            return v[1].format(*[value(x) for x in v[2:]])
        if isinstance(v, tuple):
            return render(messages, v[1], v[2], lang)
        return mediawiki_render(messages[v], {}, messages) if v in messages and v.startswith("notification-") else v
    a = {n: value(v) for n, v in args.items()}
    text = re.sub(r"\$(\d+)", lambda m: str(a.get(int(m.group(1)), "")), messages[key])
    text = mediawiki_render(plural(text, lang), {}, messages).replace("'''", "")  # bold wikitext
    text = re.sub(r"\[(https?://[^\s\]]+) ([^\]]+)\]", r"\2 \1", text)  # [url label]: label, address
    text = re.sub(r"<(https?://[^\s>]+)>", "\x00\\1\x01", text)  # a plain-text <address> is no tag
    return html_to_text(text).replace("\x00", "<").replace("\x01", ">")


def message_keys(args):
    """The message keys an argument list names (see render)."""
    for v in args.values():
        if isinstance(v, tuple) and v[0] == "fmt":
            yield from message_keys(dict(enumerate(v[2:])))
        elif isinstance(v, tuple):
            yield v[1]
            yield from message_keys(v[2])
        elif isinstance(v, str) and v.startswith("notification-"):
            yield v


def extension_items(env, repo, commit, templates, source, prefix, selection, dirs=("i18n",)):
    """A template is (name, subject, parts): subject None, a message key (filled with
    SUBJECT_ARGS, or DIGEST_SUBJECT_ARGS for digests) or (key, args); parts (key, args) or
    (key, args, separator), joined by a blank line unless a separator is given; a part (None,
    text) is that text (a code the mail template inserts). Messages are read from the extension's
    message folders `dirs`."""
    git_dir = os.environ[env]
    en = {}
    for d in dirs:
        en.update(json.loads(git_show(git_dir, commit, f"{d}/en.json")))
    for code, lang in LANGS:
        messages = {}
        for d in dirs:
            messages.update(json.loads(git_show(git_dir, commit, f"{d}/{code}.json")))
        seen = set()
        for name, subject, parts in templates:
            if isinstance(subject, str):
                subject = (subject, DIGEST_SUBJECT_ARGS if name.startswith("digest-") else SUBJECT_ARGS)
            keys = ([subject[0]] + list(message_keys(subject[1])) if subject else [])
            for part in parts:
                if part[0] is not None:
                    keys += [part[0]] + list(message_keys(part[1]))
            if any(k not in messages for k in keys):
                continue  # MediaWiki would fall back to another language
            lines, en_lines = [], []
            if subject:
                lines.append(render(messages, subject[0], subject[1], lang))
                en_lines.append(render(en, subject[0], subject[1], "en"))
            for part in parts:
                key, args = part[0], part[1]
                if key is None:
                    t = e = args
                else:
                    t, e = render(messages, key, args, lang), render(en, key, args, "en")
                if len(part) > 2:
                    lines[-1] += part[2] + t
                    en_lines[-1] += part[2] + e
                else:
                    lines.append(t)
                    en_lines.append(e)
            if name.startswith("digest-"):  # EchoPlainTextDigestEmailFormatter's layout
                for ls in (lines, en_lines):
                    ls[-2] = "--\n\n" + ls[-2] + ": <https://wiki.example.org/wiki/Special:Notifications>"
                    ls[-1] = "--\n\n" + ls[-1] + "\n" + PREFS
            text, en_text = "\n\n".join(lines), "\n\n".join(en_lines)
            if untranslated_lines(text, en_text) or not is_new(seen, text):
                continue
            first = next(p[0] for p in parts if p[0] is not None)
            path = f"{dirs[0]}/{code}.json"
            yield item(f"{prefix}-{code}-{name}", lang, text, source,
                       f"github.com/{repo}@{commit[:12]}:{path}#{first}", f"{repo}:{name}", selection)


def items():
    yield from extension_items("ECHO_GIT", ECHO_REPO, ECHO_COMMIT, ECHO_TEMPLATES, "echo_notification", "echo",
                               "all_notification_headers")
    yield from extension_items("THANKS_GIT", THANKS_REPO, THANKS_COMMIT, THANKS_TEMPLATES, "thanks_notification",
                               "thx", "all_notification_headers")
    yield from extension_items("DISCUSSIONTOOLS_GIT", DT_REPO, DT_COMMIT, DISCUSSIONTOOLS_TEMPLATES,
                               "discussiontools_notification", "dt", "all_notification_headers")
    yield from extension_items("FLOW_GIT", FLOW_REPO, FLOW_COMMIT, FLOW_TEMPLATES,
                               "flow_notification", "flow", "all_notification_headers")
    yield from extension_items("TRANSLATIONNOTIFICATIONS_GIT", TN_REPO, TN_COMMIT, TN_TEMPLATES,
                               "translationnotifications_email", "trn", "all_sent_messages")
    yield from extension_items("LIQUIDTHREADS_GIT", LQT_REPO, LQT_COMMIT, LQT_TEMPLATES,
                               "liquidthreads_email", "lqt", "all_sent_emails")
    for component, templates in SOCIALPROFILE_TEMPLATES.items():
        yield from extension_items("SOCIALPROFILE_GIT", SOCIALPROFILE_REPO, SOCIALPROFILE_COMMIT, templates,
                                   "socialprofile_email", "spf", "all_sent_emails", dirs=(f"{component}/i18n",))


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
