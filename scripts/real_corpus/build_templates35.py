#!/usr/bin/env python3
"""Rebuild the thirty-ninth batch of tests/data/real/ (issue 12): the system notifications of the
Organic Maps and Home Assistant Android apps, in Chinese and Spanish. Only zh-Hans / zh-Hant / es texts are taken,
never English: the app's default res/values/strings.xml serves only as the reference of the
"untranslated" check (build_templates3.untranslated_lines) and to find the templates.

Usage:
    . /work/rebuild-39.sh   # or set HA_ANDROID_GIT to a bare git dir of home-assistant/android
                            # (Organic Maps is read from the excerpts under raw/organicmaps/)
    python3 scripts/real_corpus/build_templates35.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates35.py assemble     # write the jsonl files

Sources (see tests/data/real/README.md, section "Thirty-ninth batch"):
  * organicmaps_notification: github.com/organicmaps/organicmaps (Apache-2.0, LICENSE ->
    LICENSES/Apache-2.0.txt). The repository is too large to fetch; as in the tenth batch its
    files were read through the file index (read_file, 16,000 characters a page), each at the
    version the index stores (OM_COMMITS), and the entries used are copied verbatim to
    raw/organicmaps/<folder>.strings.xml (each with a header naming repository, path and commit).
    Every system notification the app composes wholly from its own strings (OM_NOTIFICATIONS:
    the callers of NotificationCompat.Builder's setContentTitle / setContentText read in the code
    files named there), each as its title, a line break, then its text. zh-Hans from
    res/values-zh, zh-Hant from res/values-zh-rTW, es from res/values-es (cm_resources / cm_get of
    build_templates29 read the strings). A string missing in a language skips the notification
    there (Android would show the English string); a zh-Hant text equal to the zh-Hans text of
    the same notification is not taken twice.
  * homeassistant_android_notification: github.com/home-assistant/android (Apache-2.0,
    LICENSE.md), read from a bare git dir (`git show <commit>:<path>`) at HA_COMMIT, the last
    commit of main whose tree holds the translations (the next one, 3863bace "Pull translations
    at build time (#1397)", removed them; since then they come from Lokalise when the app is
    built). Every system notification composed wholly from the app's strings (HA_NOTIFICATIONS:
    the callers of NotificationCompat.Builder under app/src), title, a line break, then the
    expanded (bigText) text: the database-migration failure and the location-disabled warning;
    not taken: the notifications the Home Assistant server sends (MessagingService), and the
    foreground notices of the sensor worker and the high-accuracy location service. zh-Hans from
    app/src/main/res/values-zh-rCN, zh-Hant from values-zh-rTW, es from values-es, the same way.

Placeholders get the fixed values of the earlier batches (the map region "Demo"; the title is the
app's name "Organic Maps"); the location-disabled warning lists one sensor, the translated
"Background Location" (basic_sensor_name_location_background), as "- <name>" and a line break
(DisabledLocationHandler's list). Near-duplicates (digits and white space aside) collapse within a
source and language. Cut at 500 characters.

Split: the unit is the notification (`<owner/repo>:<notification>`), all languages of one
notification on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split).
Fixed and committed before any scanner run on these texts. Labels come from
scripts/real_corpus/labels/labels_templates35.tsv (id, category, credential_request,
credentials, borderline), assigned by an AI reader reading each text; the scanner played no part.
"""
import os

from build_templates import item
from build_templates2 import is_new
from build_templates3 import untranslated_lines
from build_templates29 import clean, cm_get, cm_resources
from corpus import git_show, hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates35.tsv")

# --- Organic Maps ---------------------------------------------------------------------------------
OM_REPO = "organicmaps/organicmaps"
OM_RES = "android/app/src/main/res/"
OM_RAW = os.path.join(HERE, "raw", "organicmaps")
# folder -> the commit of the version the file index stores (read page by page with read_file)
OM_COMMITS = {
    "values": "000ae290738c0b5d5913490f5e5367b0f2e4a6b7",
    "values-zh": "0067c5f47e5a400d205917377a3f9968925476cd",
    "values-zh-rTW": "0092d1f509b8e4d00c7ad04f4f44d5ff15764680",
    "values-es": "0067c5f47e5a400d205917377a3f9968925476cd",
}
OM_LANGS = [("zh-Hans", "values-zh"), ("zh-Hant", "values-zh-rTW"), ("es", "values-es")]
OM_APP = "Organic Maps"  # R.string.app_name, the app's name (the title of the notice)
OM_REGION = "Demo"  # MapManager.nativeGetName(countryId): the map region's name, from the map data
OM_FILLS = [OM_APP, OM_REGION]
# notification -> its lines: a literal fill value, or a string spec (a name, or (name, args…))
OM_NOTIFICATIONS = [
    # downloader/DownloaderNotifier.java notifyDownloadFailed (stored version 02f47c1443d4):
    # title app_name, text download_country_failed with the region's name
    ("download_failed", [OM_APP, ("download_country_failed", OM_REGION)]),
]


def om_text(res, lang, lines):
    return "\n".join(ln if isinstance(ln, str) and ln in OM_FILLS else cm_get(res, lang, ln)
                     for ln in lines)


def strip_fills(text):
    for v in OM_FILLS:
        text = text.replace(v, "")
    return text


def om_res(folder):
    with open(os.path.join(OM_RAW, folder + ".strings.xml"), encoding="utf-8") as f:
        return cm_resources(f.read())


def om_items():
    en = om_res("values")
    hans = {}  # notification -> its zh-Hans text: a zh-Hant text equal to it is not taken twice
    for lang, folder in OM_LANGS:
        res = om_res(folder)
        seen = set()
        for name, lines in OM_NOTIFICATIONS:
            try:
                text = clean(om_text(res, lang, lines))
            except KeyError:
                continue
            en_text = om_text(en, "es", lines)
            if untranslated_lines(strip_fills(text), strip_fills(en_text)) \
                    or not is_new(seen, text) or (lang == "zh-Hant" and hans.get(name) == text):
                continue
            if lang == "zh-Hans":
                hans[name] = text
            yield item(f"omapp-{sha(lang + '#' + name)[:12]}", lang, text,
                       "organicmaps_notification",
                       f"github.com/{OM_REPO}@{OM_COMMITS[folder][:12]}:{OM_RES}{folder}/"
                       f"strings.xml#{name}",
                       f"{OM_REPO}:{name}", "every_app_notification")


# --- Home Assistant -------------------------------------------------------------------------------
HA_REPO = "home-assistant/android"
HA_COMMIT = "c6fff9216d22bba66d9ce7e4dc9e45f79c79b9bf"  # main of 2021-03-03, "Lokalise: updates (#1394)"
HA_RES = "app/src/main/res/"
HA_LANGS = [("zh-Hans", "values-zh-rCN"), ("zh-Hant", "values-zh-rTW"), ("es", "values-es")]
# notification -> its lines: a string name, or (name, arg) where arg "- @name\n" is that string of
# the same language in DisabledLocationHandler's list form
HA_SENSOR = "basic_sensor_name_location_background"
HA_NOTIFICATIONS = [
    # database/AppDatabase.kt notifyMigrationFailed: title only
    ("database_migration_failed", ["database_migration_failed"]),
    # util/DisabledLocationHandler.kt showLocationDisabledWarnDialog(showAsNotification = true),
    # called by webview/WebViewActivity.kt with the enabled location sensors: title, bigText
    ("location_disabled", ["location_disabled_title",
                           ("location_disabled_notification_message", HA_SENSOR)]),
]


def ha_text(res, lang, lines):
    out = []
    for ln in lines:
        if isinstance(ln, tuple):
            name, sensor = ln
            out.append(cm_get(res, lang, (name, "- " + cm_get(res, lang, sensor) + "\n")))
        else:
            out.append(cm_get(res, lang, ln))
    return "\n".join(out)


def ha_items():
    git = os.environ["HA_ANDROID_GIT"]
    en = cm_resources(git_show(git, HA_COMMIT, HA_RES + "values/strings.xml"))
    hans = {}
    for lang, folder in HA_LANGS:
        path = HA_RES + folder + "/strings.xml"
        res = cm_resources(git_show(git, HA_COMMIT, path))
        seen = set()
        for name, lines in HA_NOTIFICATIONS:
            try:
                text = clean(ha_text(res, lang, lines))
            except KeyError:
                continue
            if untranslated_lines(text, ha_text(en, "es", lines)) or not is_new(seen, text) \
                    or (lang == "zh-Hant" and hans.get(name) == text):
                continue
            if lang == "zh-Hans":
                hans[name] = text
            yield item(f"haapp-{sha(lang + '#' + name)[:12]}", lang, text,
                       "homeassistant_android_notification",
                       f"github.com/{HA_REPO}@{HA_COMMIT[:12]}:{path}#{name}",
                       f"{HA_REPO}:{name}", "every_app_notification")


def items():
    yield from om_items()
    yield from ha_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
