"""A small Template Toolkit (TT2) renderer for Sympa's mail templates, used by build_templates4.py:
IF/ELSIF/ELSE/UNLESS/END, FOREACH over lists in the context, SET, `[%|loc(args)%]…[%END%]` and
`"…"|loc(args)` (gettext with %1… arguments), variables, and filters that give fixed values
(`url_abs` a link, `mailtourl` a mailto: address; the others leave the value as it is).
Chomp markers (`[%-`, `-%]`, `~`) drop the white space next to a directive."""
import re

DIRECTIVE = re.compile(r"\[%(-|~)?(.*?)(-|~)?%\]", re.S)


def tokenize(src):
    out, pos = [], 0
    for m in DIRECTIVE.finditer(src):
        text = src[pos:m.start()]
        if m.group(1):  # pre-chomp: drop whitespace (incl. one newline) before
            text = re.sub(r"[ \t]*\n?[ \t]*$", "", text)
        out.append(("text", text))
        out.append(("dir", m.group(2).strip(), bool(m.group(3))))
        pos = m.end()
    out.append(("text", src[pos:]))
    # post-chomp: drop whitespace up to and including the next newline
    res = []
    chomp = False
    for t in out:
        if t[0] == "text" and chomp:
            t = ("text", re.sub(r"^[ \t]*\n?", "", t[1]))
        chomp = t[0] == "dir" and t[2]
        res.append(t)
    return res


class TT2:
    """A small Template Toolkit renderer for Sympa's mail templates: IF/ELSIF/ELSE/UNLESS/END,
    FOREACH (over lists in the context), SET, `[%|loc(args)%]…[%END%]` and `"…"|loc(args)`
    (gettext with %1… arguments), variables, and filters (url_abs, mailtourl, qencode, …) that give
    fixed values. Messages the catalogue leaves untranslated set `untranslated`."""

    def __init__(self, gettext, values, check):
        self.gettext_fn, self.values, self.check = gettext, values, check
        self.untranslated = False

    def tr(self, msgid):
        out = self.gettext_fn(msgid)
        if self.check and out == msgid and re.search(r"[A-Za-z]{3}", msgid):
            self.untranslated = True
        return out

    def var(self, ctx, name):
        name = name.strip()
        if name in ctx:
            return ctx[name]
        return self.values.get(name)

    def expr(self, ctx, e):
        e = e.strip()
        parts = split_top(e, "|")
        head, filters = parts[0].strip(), [p.strip() for p in parts[1:]]
        if re.fullmatch(r'"[^"]*"|\'[^\']*\'', head):
            val = head[1:-1]
            val = re.sub(r"\$\{([\w.]+)\}|\$([\w.]+)", lambda m: str(self.var(ctx, m.group(1) or m.group(2)) or ""), val)
        elif re.fullmatch(r"-?\d+", head):
            val = head
        else:
            val = self.var(ctx, head)
        for f in filters:
            fm = re.match(r"(\w+)\s*(?:\((.*)\))?$", f, re.S)
            if not fm:
                continue
            fname, args = fm.group(1), fm.group(2)
            if fname == "loc":
                msg = self.tr("" if val is None else str(val))
                vals = [self.expr(ctx, a) for a in split_top(args, ",")] if args else []
                val = re.sub(r"%(\d+)", lambda m: str(vals[int(m.group(1)) - 1]) if int(m.group(1)) <= len(vals) and vals[int(m.group(1)) - 1] is not None else "Demo", msg)
            elif fname in ("url_abs", "url_rel"):
                val = self.values["__url__"] + "/" + str(val)
            elif fname == "mailtourl":
                val = "mailto:" + str(val)
            # qencode, escape_url, optdesc, … leave the value as it is
        return val

    def cond(self, ctx, c):
        c = c.strip()
        for op in ("||", " or ", " OR "):
            ps = split_top(c, op)
            if len(ps) > 1:
                return any(self.cond(ctx, p) for p in ps)
        for op in ("&&", " and ", " AND "):
            ps = split_top(c, op)
            if len(ps) > 1:
                return all(self.cond(ctx, p) for p in ps)
        if c.startswith("!") or c.lower().startswith("not "):
            return not self.cond(ctx, c[1:] if c.startswith("!") else c[4:])
        if c.startswith("(") and c.endswith(")"):
            return self.cond(ctx, c[1:-1])
        m = re.match(r"(.+?)\s*(==|!=|>=|<=|>|<)\s*(.+)$", c)
        if m:
            a, b = self.expr(ctx, m.group(1)), self.expr(ctx, m.group(3))
            if m.group(2) == "==":
                return str(a) == str(b)
            if m.group(2) == "!=":
                return str(a) != str(b)
            try:
                a, b = float(a or 0), float(b or 0)
            except (TypeError, ValueError):
                return False
            return {">": a > b, "<": a < b, ">=": a >= b, "<=": a <= b}[m.group(2)]
        return bool(self.expr(ctx, c))

    def render(self, src, ctx):
        toks = tokenize(src)
        out, _ = self.block(toks, 0, dict(ctx), ())
        return out

    def skip(self, toks, i, stops):
        """Index of the matching stop directive (nesting respected)."""
        depth = 0
        while i < len(toks):
            t = toks[i]
            if t[0] == "dir":
                w = word(t[1])
                if w in OPENERS or t[1].startswith("|"):
                    depth += 1
                elif w == "END":
                    if depth == 0 and "END" in stops:
                        return i
                    depth -= 1
                elif depth == 0 and w in stops:
                    return i
            i += 1
        return i

    def block(self, toks, i, ctx, stops):
        out = []
        while i < len(toks):
            t = toks[i]
            if t[0] == "text":
                out.append(t[1])
                i += 1
                continue
            d = t[1]
            w = word(d)
            if w in stops:
                return "".join(out), i
            if d.startswith("#"):
                i += 1
                continue
            if d.startswith("|"):
                j = self.skip(toks, i + 1, ("END",))
                inner = "".join(x[1] if x[0] == "text" else "[%" + x[1] + "%]" for x in toks[i + 1:j])
                m = re.match(r"\|\s*loc\s*(?:\((.*)\))?$", d, re.S)
                if m:
                    msg = self.tr(inner)
                    vals = [self.expr(ctx, a) for a in split_top(m.group(1), ",")] if m.group(1) else []
                    out.append(re.sub(r"%(\d+)", lambda mm: str(vals[int(mm.group(1)) - 1]) if int(mm.group(1)) <= len(vals) and vals[int(mm.group(1)) - 1] is not None else "Demo", msg))
                else:
                    out.append(self.block(toks[i + 1:j], 0, ctx, ())[0])
                i = j + 1
                continue
            if w in ("IF", "UNLESS"):
                branches = []
                cond = d[len(w):]
                neg = w == "UNLESS"
                j = i + 1
                while True:
                    k = self.skip(toks, j, ("ELSIF", "ELSE", "END"))
                    branches.append((cond, neg, toks[j:k]))
                    if k >= len(toks):
                        break
                    kd = toks[k][1]
                    kw = word(kd)
                    if kw == "ELSIF":
                        cond, neg = kd[5:], False
                    elif kw == "ELSE":
                        cond, neg = None, False
                    else:
                        break
                    j = k + 1
                for c, n, seg in branches:
                    if c is None or (self.cond(ctx, c) != n):
                        out.append(self.block(seg, 0, ctx, ())[0])
                        break
                i = k + 1
                continue
            if w in ("FOREACH", "WHILE"):
                j = self.skip(toks, i + 1, ("END",))
                m = re.match(r"FOREACH\s+(\w+)\s*(?:=|IN)\s*(.+)$", d)
                items = self.expr(ctx, m.group(2)) if m else None
                for it in (items if isinstance(items, list) else []):
                    out.append(self.block(toks[i + 1:j], 0, dict(ctx, **{m.group(1): it}), ())[0])
                i = j + 1
                continue
            if w in ("TRY", "FILTER", "WRAPPER", "BLOCK"):
                j = self.skip(toks, i + 1, ("END",))
                if w != "BLOCK":
                    out.append(self.block(toks[i + 1:j], 0, ctx, ("CATCH", "FINAL"))[0])
                i = j + 1
                continue
            if w in ("SET",) or re.match(r"\w[\w.]*\s*=[^=]", d):
                m = re.match(r"(?:SET\s+)?([\w.]+)\s*=\s*(.+)$", d, re.S)
                if m:
                    ctx[m.group(1)] = self.expr(ctx, m.group(2))
                i += 1
                continue
            if w in ("INCLUDE", "PROCESS", "INSERT", "CALL", "DEFAULT", "USE", "NEXT", "LAST", "RETURN", "STOP", "CATCH", "FINAL"):
                i += 1
                continue
            v = self.expr(ctx, d)
            out.append("" if v is None else str(v))
            i += 1
        return "".join(out), i


OPENERS = {"IF", "UNLESS", "FOREACH", "WHILE", "TRY", "FILTER", "WRAPPER", "BLOCK", "SWITCH"}


def word(d):
    m = re.match(r"[A-Z]+\b", d)
    return m.group(0) if m else ""


def split_top(s, sep):
    """`s` split at `sep` outside quotes and brackets."""
    parts, depth, quote, cur, i = [], 0, None, [], 0
    while i < len(s):
        c = s[i]
        if quote:
            cur.append(c)
            if c == quote:
                quote = None
            i += 1
            continue
        if c in "\"'":
            quote = c
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif depth == 0 and s.startswith(sep, i):
            parts.append("".join(cur))
            cur = []
            i += len(sep)
            continue
        cur.append(c)
        i += 1
    parts.append("".join(cur))
    return parts
