"""Word (.docx) reader: the document's paragraphs, tables, lists, boxes, headers and footnotes as Blocks.

python-docx opens the package; the text is read from its lxml elements directly, because the
python-docx API loses document order (paragraphs vs tables) and never shows numbering, text boxes,
content controls or revisions. Every block keeps its source position in `where`.
"""
from __future__ import annotations

import io
import re
import unicodedata
import zipfile
import zlib

from ..errors import ConversionError
from ..model import Block, TableCell
from .common import CIRCLED_DIGITS, HANGUL_JAMO, HANGUL_SYLLABLES, LATIN, cell_where, letters, part_where, roman
from .text import normalize

# Limits checked on the zip directory before anything is decompressed.
MAX_UNCOMPRESSED = 200 * 1024 * 1024
MAX_RATIO = 100            # uncompressed / compressed, for members large enough to matter
RATIO_FLOOR = 2 * 1024 * 1024

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

_P, _TBL, _TR, _TC, _R, _T = W + "p", W + "tbl", W + "tr", W + "tc", W + "r", W + "t"
_SDT, _SDT_CONTENT, _CUSTOM_XML, _SMART_TAG = W + "sdt", W + "sdtContent", W + "customXml", W + "smartTag"
_HYPERLINK, _INS, _DEL, _MOVE_TO, _MOVE_FROM = W + "hyperlink", W + "ins", W + "del", W + "moveTo", W + "moveFrom"
_FLD_SIMPLE, _INSTR, _TXBX = W + "fldSimple", W + "instrText", W + "txbxContent"
_VAL = W + "val"

# Containers whose children are runs or more containers (their text is kept).
_RUN_CONTAINERS = frozenset({_HYPERLINK, _INS, _MOVE_TO, _SMART_TAG, _CUSTOM_XML, _FLD_SIMPLE, _SDT_CONTENT,
                             W + "dir", W + "bdo"})
_DROPPED = frozenset({_DEL, _MOVE_FROM, W + "pPr", W + "rPr", W + "sdtPr", W + "sdtEndPr"})

# Bullet glyphs written in symbol fonts (Symbol, Wingdings) sit in the private use area.
_SYMBOL_GLYPHS = {0xF0B7: "•", 0xF0A7: "▪", 0xF0D8: "➢", 0xF0FC: "✓", 0xF076: "❖", 0xF06E: "■",
                  0xF06C: "●", 0xF0A8: "◆", 0xF071: "❑", 0xF0E0: "→", 0xF0D7: "▶", 0xF02D: "-",
                  0xF0A1: "○", 0xF09F: "•", 0xF0FB: "✗", 0xF0F0: "⇒"}

_ALIGN = {"center": "center", "both": "justify", "distribute": "justify", "right": "right", "end": "right",
          "left": "left", "start": "left"}


def _on(el):
    """A toggle property (w:b, w:vanish...) switched on; None when absent."""
    if el is None:
        return None
    return el.get(_VAL) not in ("0", "false", "off", "none")


def _glyph(text):
    out = []
    for ch in text:
        code = ord(ch)
        if 0xF000 <= code <= 0xF0FF:
            out.append(_SYMBOL_GLYPHS.get(code, "•"))
        elif 0xE000 <= code <= 0xF8FF:
            out.append("•")
        else:
            out.append(ch)
    return "".join(out)


def format_number(n, fmt):
    """A list counter in a Word number format: 3 -> '3', 'c', 'iii', '다', '③'..."""
    if fmt == "lowerLetter":
        return letters(n, LATIN)
    if fmt == "upperLetter":
        return letters(n, LATIN.upper())
    if fmt == "lowerRoman":
        return roman(n)
    if fmt == "upperRoman":
        return roman(n).upper()
    if fmt == "ganada":
        return letters(n, HANGUL_SYLLABLES)
    if fmt == "chosung":
        return letters(n, HANGUL_JAMO)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= n <= 20:
        return CIRCLED_DIGITS[n - 1]
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)


# ---------------------------------------------------------------- styles

class _Styles:
    """Paragraph and character styles resolved along `basedOn`: name, alignment, outline, numbering, bold, size."""

    def __init__(self, element):
        self.raw = {}
        self.default_para = None
        self.default_bold = None
        self.default_size = None
        self.default_align = None
        self._cache = {}
        if element is None:
            return
        defaults = element.find(W + "docDefaults")
        if defaults is not None:
            rpr = defaults.find(f"{W}rPrDefault/{W}rPr")
            if rpr is not None:
                self.default_bold = _on(rpr.find(W + "b"))
                self.default_size = _half_points(rpr.find(W + "sz"))
            jc = defaults.find(f"{W}pPrDefault/{W}pPr/{W}jc")
            if jc is not None:
                self.default_align = _ALIGN.get(jc.get(_VAL))
        for style in element.iter(W + "style"):
            sid = style.get(W + "styleId")
            if sid is None:
                continue
            self.raw[sid] = style
            if style.get(W + "type") == "paragraph" and style.get(W + "default") in ("1", "true", "on"):
                self.default_para = sid

    def get(self, sid):
        """Resolved properties of a style (a dict); the default paragraph style for None."""
        if sid is None:
            sid = self.default_para
        if sid in self._cache:
            return self._cache[sid]
        props = {"name": None, "align": None, "outline": None, "num": None, "bold": None, "size": None, "left": None}
        self._cache[sid] = props   # guards against basedOn loops
        style = self.raw.get(sid)
        if style is None:
            return props
        based = style.find(W + "basedOn")
        if based is not None and based.get(_VAL) != sid:
            props.update({k: v for k, v in self.get(based.get(_VAL)).items() if k != "name"})
        name = style.find(W + "name")
        props["name"] = _ui_name(name.get(_VAL)) if name is not None else sid
        ppr = style.find(W + "pPr")
        if ppr is not None:
            props["align"], props["outline"], props["num"], props["left"] = _paragraph_layout(
                ppr, props["align"], props["outline"], props["num"], props["left"])
        rpr = style.find(W + "rPr")
        if rpr is not None:
            bold = _on(rpr.find(W + "b"))
            if bold is not None:
                props["bold"] = bold
            size = _half_points(rpr.find(W + "sz"))
            if size is not None:
                props["size"] = size
        return props


def _ui_name(name):
    """Built-in style names as Word shows them: 'heading 1' -> 'Heading 1', 'title' -> 'Title'."""
    if name and name.islower() and re.fullmatch(r"[a-z][a-z ]*\d?", name):
        return name[:1].upper() + name[1:]
    return name


def _int(value, default=None):
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _half_points(el):
    if el is None:
        return None
    value = _int(el.get(_VAL))
    return value / 2 if value else None


def _indent_left(ind, default):
    for attr in ("left", "start"):
        value = _int(ind.get(W + attr))
        if value is not None:
            return value
    return default


def _paragraph_layout(ppr, align, outline, num, left):
    """Alignment, outline level, numbering and left indent from a w:pPr, each over the inherited value."""
    jc = ppr.find(W + "jc")
    if jc is not None:
        align = _ALIGN.get(jc.get(_VAL))
    outline_el = ppr.find(W + "outlineLvl")
    if outline_el is not None:
        outline = _int(outline_el.get(_VAL))
    num_el = ppr.find(W + "numPr")
    if num_el is not None:
        num = _num_ref(num_el, num)
    ind = ppr.find(W + "ind")
    if ind is not None:
        left = _indent_left(ind, left)
    return align, outline, num, left


def _num_ref(num_pr, inherited):
    num_id = num_pr.find(W + "numId")
    ilvl = num_pr.find(W + "ilvl")
    base_id, base_lvl = inherited or (None, 0)
    nid = num_id.get(_VAL) if num_id is not None else base_id
    lvl = _int(ilvl.get(_VAL), 0) if ilvl is not None else base_lvl
    return (nid, lvl) if nid is not None else None


# ---------------------------------------------------------------- numbering

class _Numbering:
    """Word list numbering: numId + level -> the marker Word would draw, counting as it goes."""

    def __init__(self, element, styles):
        self.levels = {}      # abstractNumId -> {ilvl: (fmt, lvlText, start)}
        self.nums = {}        # numId -> (abstractNumId, {ilvl: start override})
        self.counters = {}    # abstractNumId -> {ilvl: current}
        if element is None:
            return
        abstract_links = {}
        for absnum in element.iter(W + "abstractNum"):
            aid = absnum.get(W + "abstractNumId")
            self.levels[aid] = {_int(lvl.get(W + "ilvl"), 0): self._level(lvl) for lvl in absnum.iter(W + "lvl")}
            link = absnum.find(W + "numStyleLink")
            if link is not None:
                abstract_links[aid] = link.get(_VAL)
        for num in element.iter(W + "num"):
            ref = num.find(W + "abstractNumId")
            if ref is None:
                continue
            overrides = {}
            for override in num.iter(W + "lvlOverride"):
                ilvl = _int(override.get(W + "ilvl"), 0)
                start = override.find(W + "startOverride")
                lvl = override.find(W + "lvl")
                overrides[ilvl] = (self._level(lvl) if lvl is not None else None,
                                   _int(start.get(_VAL)) if start is not None else None)
            self.nums[num.get(W + "numId")] = (ref.get(_VAL), overrides)
        # an abstract list that only points at a numbering style borrows that style's list
        for aid, style_id in abstract_links.items():
            ref = styles.get(style_id)["num"]
            if ref and ref[0] in self.nums and not any(self.levels.get(aid, {}).values()):
                self.levels[aid] = self.levels.get(self.nums[ref[0]][0], {})

    @staticmethod
    def _level(lvl):
        fmt = lvl.find(W + "numFmt")
        text = lvl.find(W + "lvlText")
        start = lvl.find(W + "start")
        return (fmt.get(_VAL) if fmt is not None else "decimal",
                text.get(_VAL) if text is not None else None,
                _int(start.get(_VAL), 1) if start is not None else 1)

    def marker(self, num_id, ilvl):
        """The rendered marker ('•', '1.', '가.') for the next paragraph of this list, or None."""
        if num_id in (None, "0") or num_id not in self.nums:
            return None
        aid, overrides = self.nums[num_id]
        levels = dict(self.levels.get(aid, {}))
        starts = {}
        for level, (lvl_def, start) in overrides.items():
            if lvl_def is not None:
                levels[level] = lvl_def
            if start is not None:
                starts[level] = start
        if ilvl not in levels:
            return None
        key = (aid, num_id) if overrides else aid
        counters = self.counters.setdefault(key, {})
        for level in [k for k in counters if k > ilvl]:
            del counters[level]          # a new item on this level restarts the levels below it
        if ilvl in counters:
            counters[ilvl] += 1
        else:
            counters[ilvl] = starts.get(ilvl, levels[ilvl][2])
        fmt, text, _start = levels[ilvl]
        if fmt == "bullet":
            glyph = _glyph(text or "•").strip()
            return glyph or "•"
        if fmt == "none" or text is None:
            return None

        def number(match):
            level = int(match.group(1)) - 1
            if level not in levels:
                return ""
            value = counters.get(level, starts.get(level, levels[level][2]))
            return format_number(value, levels[level][0])

        rendered = re.sub(r"%([1-9])", number, text).strip()
        return rendered or None


# ---------------------------------------------------------------- the walk

class _Reader:
    """One pass over the document parts, in reading order, producing Blocks."""

    def __init__(self, styles, numbering):
        self.styles = styles
        self.numbering = numbering
        self.blocks = []
        self.tables = 0
        self.boxes = 0
        self.warnings = []

    # -- containers of block-level content: body, cells, text boxes, headers, notes

    def content(self, parent, part, where, container, cell=None, depth=0):
        """Paragraphs and tables under `parent` in order; `where(k)` names the k-th paragraph."""
        paragraphs = 0
        for child in self._block_children(parent):
            if child.tag == _P:
                paragraphs += 1
                self.paragraph(child, part, where(paragraphs), container, cell)
            elif child.tag == _TBL:
                self.table(child, part, container, depth if cell is None else depth + 1)

    def _block_children(self, parent):
        for child in parent:
            tag = child.tag
            if tag in (_P, _TBL):
                yield child
            elif tag == _SDT:
                content = child.find(_SDT_CONTENT)
                if content is not None:
                    yield from self._block_children(content)
            elif tag in (_CUSTOM_XML, _INS, _MOVE_TO, _SDT_CONTENT):
                yield from self._block_children(child)
            elif tag == MC + "AlternateContent":
                choice = child.find(MC + "Choice")
                if choice is not None:
                    yield from self._block_children(choice)

    # -- tables

    def table(self, tbl, part, container, depth):
        self.tables += 1
        number = self.tables
        rows = list(self._rows(tbl))
        grid = tbl.find(W + "tblGrid")
        ncols = len(grid.findall(W + "gridCol")) if grid is not None else 0
        layout = []
        for tr in rows:
            col = 0
            trpr = tr.find(W + "trPr")
            if trpr is not None:
                col = _int(_attr(trpr.find(W + "gridBefore"), _VAL), 0)
            cells = []
            for tc in self._cells(tr):
                tcpr = tc.find(W + "tcPr")
                span, merged = 1, False
                if tcpr is not None:
                    span = max(1, _int(_attr(tcpr.find(W + "gridSpan"), _VAL), 1))
                    merged = any(el is not None and el.get(_VAL) in (None, "continue")
                                 for el in (tcpr.find(W + "vMerge"), tcpr.find(W + "hMerge")))
                cells.append((tc, col, merged))
                col += span
            ncols = max(ncols, col)
            layout.append(cells)
        nrows = len(rows)
        for r, cells in enumerate(layout):
            for tc, col, merged in cells:
                if merged:
                    continue  # a vertically merged cell is read once, where it starts
                cell = TableCell(table=number, row=r, col=col, rows=nrows, cols=max(ncols, 1), depth=depth)
                self.content(tc, part, lambda k, cell=cell: cell_where(cell, k), container, cell=cell, depth=depth)

    def _rows(self, tbl):
        for child in tbl:
            if child.tag == _TR:
                yield child
            elif child.tag in (_SDT, _CUSTOM_XML, _SDT_CONTENT):
                yield from self._rows(child.find(_SDT_CONTENT) if child.tag == _SDT else child)

    def _cells(self, tr):
        for child in tr:
            if child.tag == _TC:
                yield child
            elif child.tag in (_SDT, _CUSTOM_XML, _SDT_CONTENT):
                inner = child.find(_SDT_CONTENT) if child.tag == _SDT else child
                if inner is not None:
                    yield from self._cells(inner)

    # -- paragraphs

    def paragraph(self, p, part, where, container, cell):
        ppr = p.find(W + "pPr")
        style = self.styles.get(_attr(ppr.find(W + "pStyle"), _VAL) if ppr is not None else None)
        align, outline, num, left = style["align"], style["outline"], style["num"], style["left"]
        if ppr is not None:
            align, outline, num, left = _paragraph_layout(ppr, align, outline, num, left)
        runs = []      # (text, bold, size)
        boxes = []
        state = {"link": None, "field_link": None}
        self._inline(p, part, style, runs, boxes, state)
        text = normalize("".join(t for t, _b, _s in runs))
        text = "".join(c for c in text if c in "\n" or unicodedata.category(c) != "Cc")
        lines = [l.rstrip() for l in text.split("\n")]
        while lines and not lines[0].strip():
            lines.pop(0)
        while lines and not lines[-1].strip():
            lines.pop()
        marker = None
        level = None
        if num is not None and lines:
            marker = self.numbering.marker(num[0], num[1])
            level = num[1] if marker is not None else None
        if lines:
            leading = len(lines[0]) - len(lines[0].lstrip(" "))
            body = "\n".join(l.strip() if i else l.lstrip(" ") for i, l in enumerate(lines))
            visible = [(b, s) for t, b, s in runs if t.strip()]
            self.blocks.append(Block(
                # a Word paragraph is a paragraph: its start separates like a blank line in text,
                # never a hard-wrapped line to join (empty paragraphs add nothing more)
                text=body, where=where, blank_before=True,
                indent=(left // 100 if left and left > 0 else 0) + leading,
                style=style["name"], outline_level=outline if outline is not None and 0 <= outline < 9 else None,
                bold=bool(visible) and all(b for b, _s in visible),
                size=max((s for _b, s in visible if s), default=None),
                align=align, list_level=level, list_marker=marker, cell=cell, container=container,
                link=state["link"] or state["field_link"]))
        for box in boxes:
            self.boxes += 1
            number = self.boxes
            self.content(box, part, lambda k, number=number: part_where("text box", number, k), "textbox")

    def _inline(self, parent, part, style, runs, boxes, state):
        for child in parent:
            tag = child.tag
            if tag == _R:
                self._run(child, style, runs, boxes, state)
            elif tag == _HYPERLINK:
                target = self._link_target(child, part)
                if target and state["link"] is None:
                    state["link"] = target
                self._inline(child, part, style, runs, boxes, state)
            elif tag == _SDT:
                content = child.find(_SDT_CONTENT)
                if content is not None:
                    self._inline(content, part, style, runs, boxes, state)
            elif tag in _RUN_CONTAINERS:
                self._inline(child, part, style, runs, boxes, state)
            elif tag == MC + "AlternateContent":
                choice = child.find(MC + "Choice")
                if choice is not None:
                    self._inline(choice, part, style, runs, boxes, state)

    def _run(self, r, style, runs, boxes, state):
        rpr = r.find(W + "rPr")
        bold, size = style["bold"], style["size"]
        if rpr is not None:
            rstyle = rpr.find(W + "rStyle")
            if rstyle is not None:
                char = self.styles.get(rstyle.get(_VAL))
                bold = char["bold"] if char["bold"] is not None else bold
                size = char["size"] or size
            if _on(rpr.find(W + "vanish")) or _on(rpr.find(W + "specVanish")):
                return  # hidden text
            b = _on(rpr.find(W + "b"))
            bold = b if b is not None else bold
            size = _half_points(rpr.find(W + "sz")) or size
        if bold is None:
            bold = bool(self.styles.default_bold)
        size = size or self.styles.default_size
        pieces = []
        for child in r:
            tag = child.tag
            if tag == _T:
                pieces.append(child.text or "")
            elif tag == W + "tab" or tag == W + "ptab":
                pieces.append("\t")
            elif tag in (W + "br", W + "cr"):
                pieces.append("\n")
            elif tag == W + "noBreakHyphen":
                pieces.append("-")
            elif tag == W + "sym":
                try:
                    code = int(child.get(W + "char") or "", 16)
                except ValueError:
                    code = None
                if code:
                    pieces.append(_glyph(chr(code if code >= 0x20 else 0x20)))
            elif tag == _INSTR:
                match = re.match(r'\s*HYPERLINK\s+"([^"]+)"', child.text or "")
                if match and state["field_link"] is None:
                    state["field_link"] = match.group(1)
            elif tag in (W + "drawing", W + "pict", W + "object") or tag == MC + "AlternateContent":
                boxes.extend(_text_boxes(child))
        if pieces:
            runs.append(("".join(pieces), bold, size))

    @staticmethod
    def _link_target(hyperlink, part):
        rid = hyperlink.get(R_ID)
        anchor = hyperlink.get(W + "anchor")
        if rid and part is not None:
            rel = part.rels.get(rid)
            if rel is not None and rel.is_external:
                return rel.target_ref
        return f"#{anchor}" if anchor else None


def _attr(el, name):
    return el.get(name) if el is not None else None


def _text_boxes(el):
    """Text box contents inside a drawing or shape, outermost only; the fallback copy of a shape is skipped."""
    found = []
    stack = [el]
    while stack:
        node = stack.pop()
        for child in reversed(node):
            if not isinstance(child.tag, str):
                continue
            if child.tag == _TXBX:
                found.append(child)
            elif child.tag == MC + "Fallback":
                continue
            else:
                stack.append(child)
    return found


# ---------------------------------------------------------------- opening the package

def _check_package(data, path):
    """Refuse archives that are not Word documents or would expand out of all proportion."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise ConversionError(path, "not a Word document: a damaged, truncated or non-zip file") from None
    names = {i.filename for i in infos}
    if "word/document.xml" not in names:
        raise ConversionError(path, "a zip archive without word/document.xml: not a Word (.docx) document")
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ConversionError(path, f"refused: {info.filename} expands {info.file_size // max(info.compress_size, 1):,}"
                                        " times (a zip bomb?)")
    if total > MAX_UNCOMPRESSED:
        raise ConversionError(path, f"refused: expands to {total:,} bytes (the limit is {MAX_UNCOMPRESSED:,})")
    try:
        for info in infos:
            if info.filename.endswith((".xml", ".rels")):
                with archive.open(info) as handle:
                    head = handle.read(4096)
                if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                    raise ConversionError(path, f"refused: {info.filename} declares a DTD or entities "
                                                "(external entities are never resolved)")
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError) as exc:
        reason = "password-protected (encrypted)" if "encrypt" in str(exc).lower() else "damaged or truncated"
        raise ConversionError(path, f"not a readable Word document: {reason} zip archive") from None


def _parts(doc, reltype_suffix):
    """Related parts of the main document whose relationship type ends with the suffix, in rId order."""
    found = []
    for rid, rel in doc.part.rels.items():
        if not rel.is_external and rel.reltype.endswith(reltype_suffix):
            found.append((_int(re.sub(r"\D", "", rid), 0), rel.target_part))
    return [p for _n, p in sorted(found, key=lambda x: x[0])]


def _element(part):
    element = getattr(part, "element", None)
    if element is not None:
        return element
    from docx.oxml.parser import parse_xml
    return parse_xml(part.blob)


def _header_footer_parts(doc, kind):
    """Header or footer parts in the order the sections name them, each once."""
    ordered = []
    seen = set()
    body = doc.element.body
    for sect in body.iter(W + "sectPr"):
        for ref in sect.iter(W + kind + "Reference"):
            rel = doc.part.rels.get(ref.get(R_ID))
            if rel is not None and not rel.is_external and id(rel.target_part) not in seen:
                seen.add(id(rel.target_part))
                ordered.append(rel.target_part)
    return ordered


def read_docx(data: bytes, path=None, encoding=None):
    """Bytes of a .docx file -> (blocks, None, warnings), in reading order."""
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise ConversionError(path, "an OLE container (legacy .doc, or a password-protected file), not a .docx")
    _check_package(data, path)
    try:
        import docx
        document = docx.Document(io.BytesIO(data))
    except ConversionError:
        raise
    except Exception as exc:  # python-docx raises many kinds for broken packages
        raise ConversionError(path, f"not a readable Word document ({type(exc).__name__}: {str(exc)[:80]})") from None
    try:
        return _read(document)
    except ConversionError:
        raise
    except Exception as exc:
        raise ConversionError(path, f"unexpected Word structure ({type(exc).__name__}: {str(exc)[:80]})") from None


def _read(document):
    part = document.part
    styles_part = None
    try:
        styles_part = part._styles_part
    except Exception:
        pass
    styles = _Styles(styles_part.element if styles_part is not None else None)
    numbering_element = None
    for numbering_part in _parts(document, "/numbering"):
        numbering_element = _element(numbering_part)
        break
    reader = _Reader(styles, _Numbering(numbering_element, styles))
    for n, header in enumerate(_header_footer_parts(document, "header"), start=1):
        before = len(reader.blocks)
        reader.content(_element(header), header, lambda k, n=n: part_where("header", n, k), "header")
        _drop_repeats(reader.blocks, before)
    reader.content(document.element.body, part, lambda k: f"paragraph {k}", "body")
    notes = 0
    for kind in ("footnotes", "endnotes"):
        for notes_part in _parts(document, "/" + kind):
            for note in _element(notes_part).iter(W + kind[:-1]):
                if note.get(W + "type") in ("separator", "continuationSeparator", "continuationNotice"):
                    continue
                notes += 1
                reader.content(note, notes_part, lambda k, n=notes: part_where("footnote", n, k), "footnote")
    for n, footer in enumerate(_header_footer_parts(document, "footer"), start=1):
        before = len(reader.blocks)
        reader.content(_element(footer), footer, lambda k, n=n: part_where("footer", n, k), "footer")
        _drop_repeats(reader.blocks, before)
    return reader.blocks, None, reader.warnings


def _drop_repeats(blocks, start):
    """A header or footer that repeats one already read (first page, even pages) adds nothing."""
    new = [b.text for b in blocks[start:]]
    container = blocks[start].container if len(blocks) > start else None
    earlier = [b.text for b in blocks[:start] if b.container == container]
    if new and all(t in earlier for t in new):
        del blocks[start:]
