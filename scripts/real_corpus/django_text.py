"""A small renderer for Django plain-text e-mail templates, used by build_templates.py to render
the default e-mails of Django packages (django-oscar, django-helpdesk, …) in each language with the
package's own compiled catalogues. It covers what those templates use: extends/block, include,
if/elif/else (==, !=, and, or, not), for (once per item of a list in the context), with, comment,
trans/translate, blocktrans/blocktranslate (with, count/plural, trimmed, `x as y`), url,
absolute_url and variables. A message the catalogue leaves untranslated sets `untranslated`."""
import re

TOKEN = re.compile(r"(\{%.*?%\}|\{\{.*?\}\}|\{#.*?#\})", re.S)


def lookup(ctx, expr):
    expr = expr.strip()
    if (expr.startswith('"') and expr.endswith('"')) or (expr.startswith("'") and expr.endswith("'")):
        return expr[1:-1]
    if re.fullmatch(r"-?\d+", expr):
        return int(expr)
    name = expr.split("|")[0].strip()
    if name in ctx:
        return ctx[name]
    cur = ctx
    for part in name.split("."):
        if isinstance(cur, dict) and part in cur:
            cur = cur[part]
        else:
            return None
    return cur


def truth(ctx, cond):
    cond = cond.strip()
    for op in (" or ",):
        if op in cond:
            return any(truth(ctx, c) for c in cond.split(op))
    if " and " in cond:
        return all(truth(ctx, c) for c in cond.split(" and "))
    if cond.startswith("not "):
        return not truth(ctx, cond[4:])
    m = re.fullmatch(r"(.+?)\s*(==|!=)\s*(.+)", cond)
    if m:
        a, b = lookup(ctx, m.group(1)), lookup(ctx, m.group(3))
        return (a == b) if m.group(2) == "==" else (a != b)
    return bool(lookup(ctx, cond))


class Renderer:
    """A small renderer for Django plain-text e-mail templates: extends/block, include, if/elif/else,
    for (rendered once per item of a list in the context, or not at all), with, comment, autoescape,
    trans/translate, blocktrans/blocktranslate (with, count, trimmed, plural), url and variables.
    Untranslated messages are recorded in `self.untranslated`."""

    def __init__(self, load, trans, urls=None):
        self.load, self.trans, self.urls = load, trans, urls or {}
        self.untranslated = False

    def gettext(self, msgid):
        out = self.trans.gettext(msgid)
        if self.check and out == msgid and re.search(r"[A-Za-z]{3}", msgid):
            self.untranslated = True
        return out

    def render_file(self, name, ctx, check=True):
        self.check = check
        src = self.load(name)
        m = re.search(r"\{%\s*extends\s+['\"]([^'\"]+)['\"]\s*%\}", src)
        if m:
            blocks = dict(re.findall(r"\{%\s*block\s+(\w+)\s*%\}(.*?)\{%\s*endblock(?:\s+\w+)?\s*%\}", src, re.S))
            base = self.load(m.group(1))

            def fill(b):
                return blocks.get(b.group(1), b.group(2))
            src = re.sub(r"\{%\s*block\s+(\w+)\s*%\}(.*?)\{%\s*endblock(?:\s+\w+)?\s*%\}", fill, base, flags=re.S)
        return self.render(src, ctx)

    def render(self, src, ctx):
        src = re.sub(r"\{%\s*comment\s*%\}.*?\{%\s*endcomment\s*%\}", "", src, flags=re.S)
        src = re.sub(r"\{%\s*(?:endblock|block)(?:\s+\w+)?\s*%\}", "", src)
        tokens = TOKEN.split(src)
        out, _ = self._render(tokens, 0, ctx, stop=())
        return out

    def _render(self, tokens, i, ctx, stop):
        out = []
        while i < len(tokens):
            t = tokens[i]
            if t.startswith("{%"):
                tag = t[2:-2].strip()
                word = tag.split()[0] if tag else ""
                if word in stop:
                    return "".join(out), i
                if word == "if":
                    branches, cur_cond = [], tag[3:]
                    j = i + 1
                    while True:
                        seg, j = self._render_raw(tokens, j, ("elif", "else", "endif"))
                        branches.append((cur_cond, seg))
                        end = tokens[j][2:-2].strip()
                        if end.startswith("elif"):
                            cur_cond = end[5:]
                        elif end == "else":
                            cur_cond = None
                        else:
                            break
                        j += 1
                    for cond, seg in branches:
                        if cond is None or truth(ctx, cond):
                            out.append(self._render(seg, 0, ctx, ())[0])
                            break
                    i = j + 1
                    continue
                if word == "for":
                    m = re.match(r"for\s+(\w+)(?:\s*,\s*\w+)?\s+in\s+(\S+)", tag)
                    seg, j = self._render_raw(tokens, i + 1, ("empty", "endfor"))
                    if tokens[j][2:-2].strip() == "empty":
                        _, j = self._render_raw(tokens, j + 1, ("endfor",))
                    items = lookup(ctx, m.group(2)) if m else None
                    for it in (items if isinstance(items, list) else []):
                        out.append(self._render(seg, 0, dict(ctx, **{m.group(1): it}), ())[0])
                    i = j + 1
                    continue
                if word == "with":
                    seg, j = self._render_raw(tokens, i + 1, ("endwith",))
                    extra = {k: lookup(ctx, v) for k, v in re.findall(r"(\w+)=(\"[^\"]*\"|'[^']*'|\S+)", tag)}
                    out.append(self._render(seg, 0, dict(ctx, **extra), ())[0])
                    i = j + 1
                    continue
                if word in ("blocktrans", "blocktranslate"):
                    seg, j = self._render_raw(tokens, i + 1, ("plural", "endblocktrans", "endblocktranslate"))
                    plural = None
                    if tokens[j][2:-2].strip() == "plural":
                        plural, j = self._render_raw(tokens, j + 1, ("endblocktrans", "endblocktranslate"))
                    local = dict(ctx)
                    for k, v in re.findall(r"(\w+)\s*=\s*(\"[^\"]*\"|'[^']*'|[\w.]+)", tag):
                        local[k] = lookup(ctx, v)
                    for v, k in re.findall(r"([\w.]+)\s+as\s+(\w+)", tag):
                        local[k] = lookup(ctx, v)

                    def msgid(seg_tokens):
                        s = "".join(re.sub(r"\{\{\s*(\w+)\s*\}\}", r"%(\1)s", x) if x.startswith("{{") else x
                                    for x in seg_tokens)
                        if "trimmed" in tag.split():
                            s = " ".join(line.strip() for line in s.strip().splitlines())
                        return s
                    sing = msgid(seg)
                    if plural is not None:
                        cnt = next((local[k] for k in re.findall(r"count\s+(\w+)\s*=", tag)), 2)
                        text = self.trans.ngettext(sing, msgid(plural), int(cnt) if str(cnt).isdigit() else 2)
                        if self.check and text in (sing, msgid(plural)) and re.search(r"[A-Za-z]{3}", sing):
                            self.untranslated = True
                    else:
                        text = self.gettext(sing)
                    def value(m):
                        v = local.get(m.group(1))
                        if isinstance(v, dict):  # an object where its name is meant (site → site.name)
                            v = v.get("name")
                        return "Demo" if v is None else str(v)
                    text = re.sub(r"%\((\w+)\)s", value, text)
                    out.append(text)
                    i = j + 1
                    continue
                if word in ("trans", "translate"):
                    m = re.match(r"\w+\s+(\"[^\"]*\"|'[^']*')(?:\s+as\s+(\w+))?", tag)
                    text = self.gettext(m.group(1)[1:-1])
                    if m.group(2):
                        ctx[m.group(2)] = text
                    else:
                        out.append(text)
                    i += 1
                    continue
                if word == "include":
                    m = re.match(r"include\s+['\"]([^'\"]+)['\"](?:\s+with\s+(.*))?", tag)
                    extra = {k: lookup(ctx, v) for k, v in re.findall(r"(\w+)=(\"[^\"]*\"|'[^']*'|\S+)", m.group(2) or "")}
                    out.append(self.render(self.load(m.group(1)), dict(ctx, **extra)))
                    i += 1
                    continue
                if word == "absolute_url":  # django-oscar: absolute_url site.domain path [as var]
                    parts = tag.split()
                    url = "https://" + str(lookup(ctx, parts[1]) or "example.com") + str(lookup(ctx, parts[2]) or "/")
                    if len(parts) >= 5 and parts[3] == "as":
                        ctx[parts[4]] = url
                    else:
                        out.append(url)
                    i += 1
                    continue
                if word == "url":
                    name = re.match(r"url\s+['\"]?([\w:-]+)", tag).group(1)
                    m = re.search(r"\s+as\s+(\w+)\s*$", tag)
                    url = self.urls.get(name, "/" + name.split(":")[-1].replace("_", "-") + "/")
                    if m:
                        ctx[m.group(1)] = url
                    else:
                        out.append(url)
                    i += 1
                    continue
                i += 1  # load, autoescape, spaceless, filter, now, custom tags: no output
                continue
            if t.startswith("{{"):
                v = lookup(ctx, t[2:-2])
                out.append("" if v is None else str(v))
                i += 1
                continue
            if t.startswith("{#"):
                i += 1
                continue
            out.append(t)
            i += 1
        return "".join(out), i

    def _render_raw(self, tokens, i, stops):
        """The tokens up to the matching stop tag (nesting of if/for/with/blocktrans respected)."""
        depth, seg = 0, []
        opens = {"if": "endif", "for": "endfor", "with": "endwith"}
        while i < len(tokens):
            t = tokens[i]
            if t.startswith("{%"):
                w = t[2:-2].strip().split()[0] if t[2:-2].strip() else ""
                if w in opens:
                    depth += 1
                elif w in opens.values():
                    if depth == 0 and w in stops:
                        return seg, i
                    depth -= 1
                elif depth == 0 and w in stops:
                    return seg, i
            seg.append(t)
            i += 1
        return seg, i
