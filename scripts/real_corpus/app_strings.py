"""What the app-string builders (build_templates91.py and later) share: reading Android
strings.xml catalogues, nested JSON locale catalogues, gettext po and compiled .mo files and Qt
.ts files, the near-duplicate key, the keyword selection of English keys and the per-language rule "take the
key's text, skip a translation equal to the English, collapse near-duplicates". Each builder
keeps its paths, commit, languages, ids, origin strings and product quirks; a builder whose
variant behaves differently keeps its own."""

import gettext
import html
import json
import os
import re
import xml.etree.ElementTree as ET

# The secret-word keyword rule most app-string builders select English texts by (seed,
# recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore,
# log in/login, sign in/signin, verification code, one-time, 2FA, two-factor), case-insensitive.
SELECT_RE = re.compile(r"seed|recovery|mnemonic|private key|password|passcode|\bpin\b|passphrase"
                       r"|backup|back up|restore|log ?in|sign ?in|verification code|one-time|2fa"
                       r"|two-factor", re.I)


def norm(text):
    """The near-duplicate key of a text: digits and white space dropped, lower-cased."""
    return re.sub(r"\s+", "", re.sub(r"\d", "", text)).lower()


def _unescape_android(t):
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), t)


def android_text(e, html=False):
    """The text of a strings.xml <string> or plural <item> element: stripped, one pair of
    enclosing double quotes removed, backslash escapes resolved (\\n, \\t, else the character).
    With html=True, tags inside the text (HTML in CDATA) are dropped and white space runs
    collapsed to one space first."""
    t = "".join(e.itertext())
    if html:
        t = re.sub(r"<[^>]+>", "", t)
        t = re.sub(r"\s+", " ", t)
    t = t.strip()
    if len(t) >= 2 and t[0] == '"' and t[-1] == '"':
        t = t[1:-1]
    return _unescape_android(t).strip()


def android_strings(path, html=False):
    """name -> text of a strings.xml's translatable top-level <string>s, in catalogue order."""
    out = {}
    for e in ET.parse(path).getroot():
        if e.tag == "string" and e.get("translatable") != "false":
            out[e.get("name")] = android_text(e, html)
    return out


def android_plurals(path, html=False):
    """name -> [(quantity or None, text)] of a strings.xml's translatable <string>s (quantity
    None) and <plurals> (one pair per <item>), in catalogue order."""
    out = {}
    for e in ET.parse(path).getroot():
        if e.get("translatable") == "false":
            continue
        if e.tag == "string":
            out[e.get("name")] = [(None, android_text(e, html))]
        elif e.tag == "plurals":
            out[e.get("name")] = [(q.get("quantity"), android_text(q, html))
                                  for q in e.iter("item")]
    return out


def android_shown_text(el):
    """The string as Android shows it (the variant of build_templates98/106): inner markup
    dropped, enclosing quotes removed, \\uXXXX and backslash escapes resolved (\\n, \\t, else
    the character), lines stripped. Placeholders are kept."""
    t = "".join(el.itertext()).strip()
    if len(t) >= 2 and t[0] == '"' and t[-1] == '"':
        t = t[1:-1]
    t = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), t)
    t = re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else
               ("\t" if m.group(1) == "t" else m.group(1)), t)
    return "\n".join(ln.strip() for ln in t.splitlines()).strip()


def android_first_strings(paths):
    """key -> android_shown_text of the translatable top-level <string>s of the files `paths`,
    in file order; a name seen before keeps its first text."""
    out = {}
    for path in paths:
        for el in ET.parse(path).getroot().findall("string"):
            if el.get("translatable") == "false":
                continue
            out.setdefault(el.get("name"), android_shown_text(el))
    return out


def flatten(node, prefix="", lists=False):
    """(dotted key, leaf) pairs of a nested JSON catalogue, in file order. Objects are walked;
    with lists=True arrays are walked too (index as the key part), else an array is a leaf."""
    if isinstance(node, dict):
        for k, v in node.items():
            yield from flatten(v, f"{prefix}.{k}" if prefix else k, lists)
    elif lists and isinstance(node, list):
        for i, v in enumerate(node):
            yield from flatten(v, f"{prefix}.{i}", lists)
    else:
        yield prefix, node


def load_json(path, flat=False, lists=False):
    """The JSON catalogue at `path`; with flat=True as {dotted key: leaf} (see flatten)."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    return dict(flatten(data, "", lists)) if flat else data


def keyword_keys(en, select_re, min_words=4):
    """The keys of the English catalogue `en` (in catalogue order) whose text is a string of at
    least `min_words` white-space separated words matching `select_re`."""
    return [k for k, v in en.items()
            if isinstance(v, str) and len(v.split()) >= min_words and select_re.search(v)]


def keyword_new(text, select_re, seen, min_words=4):
    """Whether the keyword rule takes `text` (at least `min_words` words, `select_re` matches) and
    it is no near-duplicate (norm) of a text in `seen`, to which it is then added; for builders
    that walk source texts themselves (135, 242, 243, 288, 290, 293, 294, 310, 314)."""
    if len(text.split()) < min_words or not select_re.search(text):
        return False
    n = norm(text)
    if n in seen:
        return False
    seen.add(n)
    return True


def plurals_selected(texts, select_re, min_words=4):
    """Whether any text of a strings.xml entry's [(quantity, text)] has at least `min_words`
    white-space separated words and matches `select_re`."""
    return any(len(t.split()) >= min_words and select_re.search(t) for _, t in texts)


def new_plural_texts(texts, en_texts, seen, english=False):
    """(quantity, text) of one strings.xml entry's [(quantity, text)] in one language: empty
    texts skipped; unless `english`, a text equal to the English of the same quantity (else the
    English "other") skipped; a near-duplicate (norm) of a text in `seen` skipped (the set is
    updated)."""
    en_by_q = dict(en_texts)
    for quantity, text in texts:
        if not text:
            continue
        if not english and text == en_by_q.get(quantity, en_by_q.get("other")):
            continue
        n = norm(text)
        if n in seen:
            continue
        seen.add(n)
        yield quantity, text


def new_plural_entries(strings, en, select_re, seen, english=False):
    """(name, quantity, text) of one language's strings.xml catalogue `strings` (name ->
    [(quantity, text)]) for each name of the English catalogue `en`, in its order, that
    plurals_selected takes and `strings` holds, by new_plural_texts."""
    for name, en_texts in en.items():
        if not plurals_selected(en_texts, select_re) or name not in strings:
            continue
        for quantity, text in new_plural_texts(strings[name], en_texts, seen, english):
            yield name, quantity, text


def new_texts(strings, keys, en=None, seen=None, dup_key=norm):
    """(key, text) for each of `keys` whose text in `strings` is a non-empty string, skipping a
    translation equal (ends' white space aside) to the English `en[key]` (pass en=None for the
    English catalogue itself) and a near-duplicate (same `dup_key`, norm unless a builder has its
    own rule) of a text already in `seen` (a set the caller may share across catalogues; a fresh
    one by default)."""
    seen = set() if seen is None else seen
    for key in keys:
        text = strings.get(key)
        if not isinstance(text, str) or not text.strip():
            continue
        if en is not None and text.strip() == en[key].strip():
            continue
        n = dup_key(text)
        if n in seen:
            continue
        seen.add(n)
        yield key, text


def catalogue_texts(load, langs, select_re, en_code="en"):
    """(code, lang, key, text) of the keyword rule over catalogues `load(code)`: the keys of the
    English catalogue `load(en_code)` chosen by keyword_keys, taken in every (code, lang) of
    `langs` by new_texts (near-duplicates collapse per catalogue code)."""
    en = load(en_code)
    keys = keyword_keys(en, select_re)
    for code, lang in langs:
        for key, text in new_texts(load(code), keys, None if code == en_code else en):
            yield code, lang, key, text


# gettext catalogues (po/pot), as the Specter, Twenty and Electrum builders read them.
PO_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r"}


def po_unquote(s):
    """The value of one quoted po string literal."""
    s = s.strip()
    assert s.startswith('"') and s.endswith('"'), s
    return re.sub(r'\\(.)', lambda m: PO_ESCAPES.get(m.group(1), "\\" + m.group(1)), s[1:-1])


def po_entries(path, context=False):
    """[(msgid, msgstr, fuzzy, first reference)] of the live entries of a po/pot file, in order
    (obsolete `#~` entries and the header are left out); with `context`, each entry starts with
    its msgctxt ("" when it has none). A plural entry (msgid_plural, msgstr[N]) gives its msgid
    and msgstr[0]."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    entries = []
    cur = None
    field = None

    def flush():
        if cur is not None and "msgid" in cur and cur["msgid"]:
            msgstr = cur.get("msgstr", cur.get("msgstr[0]", ""))
            entry = (cur["msgid"], msgstr, cur["fuzzy"], cur["ref"])
            entries.append((cur.get("msgctxt", ""),) + entry if context else entry)

    for line in lines + [""]:
        if not line.strip():
            flush()
            cur, field = None, None
            continue
        if line.startswith("#~"):
            continue
        if cur is None:
            cur = {"fuzzy": False, "ref": ""}
        if line.startswith("#,"):
            cur["fuzzy"] = cur["fuzzy"] or "fuzzy" in line
        elif line.startswith("#:"):
            if not cur["ref"]:
                cur["ref"] = line[2:].split()[0] if line[2:].split() else ""
        elif line.startswith("#"):
            continue
        elif line.startswith(("msgctxt ", "msgid ", "msgid_plural ", "msgstr ", "msgstr[")):
            field, rest = line.split(" ", 1)
            cur[field] = po_unquote(rest)
        elif line.startswith('"'):
            cur[field] += po_unquote(line)
        else:
            raise ValueError(f"{path}: unexpected line {line!r}")
    return entries


def po_translations(path):
    """msgid -> its first non-empty, non-fuzzy msgstr in the po file at `path`."""
    out = {}
    for msgid, msgstr, fuzzy, _ in po_entries(path):
        if msgstr.strip() and not fuzzy:
            out.setdefault(msgid, msgstr)
    return out


def po_catalogue(path):
    """{key: (msgid, msgstr, fuzzy, first reference)} of the live entries of the po file at
    `path`, in order; the key is the msgid, `<msgctxt>::<msgid>` when it has a context (a key's
    first entry wins)."""
    out = {}
    for ctx, msgid, msgstr, fuzzy, ref in po_entries(path, context=True):
        out.setdefault(f"{ctx}::{msgid}" if ctx else msgid, (msgid, msgstr, fuzzy, ref))
    return out


def mo_catalogue(path):
    """`po_catalogue` of a compiled gettext .mo file, in its (msgid) order: {key: (msgid, msgstr,
    False, index)}, where a .mo has no fuzzy entries and `index` (the entry's position in the
    file, header included) stands in for the source reference; a plural entry gives its first
    forms; the header is left out."""
    with open(path, "rb") as f:
        catalog = gettext.GNUTranslations(f)._catalog
    out, index = {}, -1
    for k, v in catalog.items():
        if isinstance(k, tuple):
            if k[1] != 0:
                continue
            k = k[0]
        index += 1
        if k:
            ctx, _, msgid = k.rpartition("\x04")
            out.setdefault(f"{ctx}::{msgid}" if ctx else msgid, (msgid, v, False, index))
    return out


def po_keyword_texts(raw, catalogues, select_re, min_words=4, load=po_catalogue):
    """(code, lang, path, key, text, msgid reference) of a product's gettext catalogues, copied
    under `raw` as `catalogues` ((file, upstream path, code, lang), the .pot first with code
    "en"; compiled .mo files with `load=mo_catalogue`): the keys whose English msgid has
    `min_words` words and matches `select_re`, in English and in each translation (fuzzy entries
    left out), through `new_texts`."""
    en = load(os.path.join(raw, catalogues[0][0]))
    keys = [k for k, (msgid, _, _, _) in en.items()
            if len(msgid.split()) >= min_words and select_re.search(msgid)]
    english = {k: en[k][0] for k in keys}
    for file, path, code, lang in catalogues:
        if code == "en":
            strings, base = english, None
        else:
            cat = load(os.path.join(raw, file))
            strings, base = {k: v[1] for k, v in cat.items() if not v[2]}, english
        for key, text in new_texts(strings, keys, base):
            yield code, lang, path, key, text, en[key][3]


def po_merged_keyword_texts(raw, catalogues, select_re, min_words=4):
    """`po_keyword_texts` for a product with no .pot: the English texts are the msgids of its
    translations (`catalogues`, (file, code, lang) under `raw`), each key's from the first file
    that has it. Yields (code, lang, file, key, text, msgid reference); an English text's file
    is "<file> (msgid)"."""
    cats = [(file, code, lang, po_catalogue(os.path.join(raw, file)))
            for file, code, lang in catalogues]
    english, where = {}, {}
    for file, _, _, cat in cats:
        for key, (msgid, _, _, ref) in cat.items():
            if key not in english:
                english[key], where[key] = msgid, (file, ref)
    keys = [k for k, msgid in english.items()
            if len(msgid.split()) >= min_words and select_re.search(msgid)]
    chosen = {k: english[k] for k in keys}
    for key, text in new_texts(chosen, keys):
        yield "en", "en", where[key][0] + " (msgid)", key, text, where[key][1]
    for file, code, lang, cat in cats:
        strings = {k: v[1] for k, v in cat.items() if not v[2]}
        for key, text in new_texts(strings, keys, chosen):
            yield code, lang, file, key, text, where[key][1]


# JavaScript / TypeScript catalogues (Clerk, Auth0 Lock, Logto, LNbits): their string literals.
JS_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}


def js_string(lit):
    """The value of a JavaScript string literal, quotes included (no `${}` interpolation is
    expected in a template literal)."""
    body = lit[1:-1]
    assert not (lit[0] == "`" and "${" in body), lit
    return js_unescape(body)


def js_unescape(body):
    """The body of a JavaScript string literal (quotes excluded) with its escapes resolved; shared
    by js_string and the builders that cut literals themselves (293, 314)."""
    def esc(m):
        s = m.group(1)
        if s[0] == "u":
            return chr(int(s[2:-1] if s[1] == "{" else s[1:], 16))
        if s[0] == "x":
            return chr(int(s[1:], 16))
        if s[0] == "\n":
            return ""
        return JS_ESCAPES.get(s, s)
    return re.sub(r"\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)", esc, body,
                  flags=re.S)


def qt_plain(s):
    """A Qt catalogue string as plain text: line breaks for <br> and </p>, other tags dropped,
    entities decoded, "%n" read as 3."""
    s = re.sub(r"<br\s*/?>|</p>", "\n", s or "")
    s = re.sub(r"<[^>]+>", "", s)
    s = html.unescape(s).replace("%n", "3")
    s = "\n".join(ln.strip() for ln in s.splitlines())
    return re.sub(r"\n{3,}", "\n\n", s).strip()


def qt_messages(path):
    """[(context, source, comment, translation or None)] of one Qt .ts file, in file order; an
    unfinished, vanished or obsolete translation is None, a plural one its last form."""
    out = []
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.find("name").text
        for m in ctx.iter("message"):
            t = m.find("translation")
            tr = None
            if t is not None and t.get("type") not in ("unfinished", "vanished", "obsolete"):
                forms = t.findall("numerusform")
                tr = forms[-1].text if forms else t.text
            out.append((name, m.find("source").text or "", m.findtext("comment"), tr))
    return out


def qt_unit(repo, key):
    """The split unit of a Qt message: `repo:context:source`, and `#comment` when it has one."""
    context, source, comment = key
    unit = f"{repo}:{context}:{source}"
    return unit + f"#{comment}" if comment else unit


def qt_keyword_texts(catalogue, langs, select_re, is_new, en_code="en", min_words=4):
    """The texts of a Qt .ts batch: the English source strings of `catalogue(en_code)` with at
    least `min_words` words that `select_re` matches, in each language of `langs` ((file code,
    id code, lang), English first) in turn: the English itself, else its translation (skipped when
    missing or equal to the English); `is_new(seen, text)` collapses near-duplicates within a
    language. Yields (code, id code, lang, key, text), key = (context, source, comment);
    `catalogue(code)` gives [(key, translation or None)] in file order."""
    def selected(source):
        p = qt_plain(source)
        return len(p.split()) >= min_words and bool(select_re.search(p))

    en = [k for k, _ in catalogue(en_code) if selected(k[1])]
    tr = {code: dict(catalogue(code)) for code, _, _ in langs[1:]}
    for code, idcode, lang in langs:
        seen = set()
        for key in en:
            english = qt_plain(key[1])
            if code == langs[0][0]:
                text = english
            else:
                text = qt_plain(tr[code].get(key))
                if not text or text == english:
                    continue
            if is_new(seen, text):
                yield code, idcode, lang, key, text
