"""HWPX reader: the OWPML zip of Hangul -> one Block per paragraph, table cells with their positions.

Read with lxml directly rather than python-hwpx (Apache-2.0, alpha): we need only the text, the
table grid and a few formatting cues, and we want our own limits on the zip and the XML parser.
"""
from __future__ import annotations

import io
import re
import zipfile

from lxml import etree

from ..errors import ConversionError
from ..model import Block, TableCell
from .common import cell_where, counter_text
from .text import normalize

HP = "http://www.hancom.co.kr/hwpml/2011/paragraph"
HH = "http://www.hancom.co.kr/hwpml/2011/head"

MAX_ENTRIES = 5000
MAX_PART_BYTES = 64 * 1024 * 1024      # one XML part, uncompressed
MAX_TOTAL_BYTES = 256 * 1024 * 1024    # all parts read, uncompressed

_SECTION = re.compile(r"^Contents/section(\d+)\.xml$")
# Drawing objects whose text sits in a text box (hp:drawText/hp:subList).
_SHAPES = frozenset(f"{{{HP}}}{n}" for n in ("rect", "ellipse", "polygon", "arc", "curve", "container",
                                            "connectLine", "line", "textart"))
_ALIGN = {"CENTER": "center", "LEFT": "left", "RIGHT": "right", "JUSTIFY": "justify", "DISTRIBUTE": "justify"}


def _parser():
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                           remove_comments=True, remove_pis=True)


class _Package:
    """The zip with bounds on what may be decompressed (a zip bomb stops at the limit)."""

    def __init__(self, data, path):
        self.path = path
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, OSError, ValueError, EOFError):
            raise ConversionError(path, "a damaged or truncated HWPX file (not a readable zip archive)") from None
        if len(infos) > MAX_ENTRIES:
            raise ConversionError(path, f"a HWPX archive with too many parts ({len(infos):,})")
        self.names = {i.filename: i for i in infos}
        if any(i.flag_bits & 0x1 for i in infos):
            raise ConversionError(path, "an encrypted (password-protected) HWPX file; save it without a password")
        self.total = 0

    def read(self, name):
        info = self.names[name]
        if info.file_size > MAX_PART_BYTES:
            raise ConversionError(self.path, f"a HWPX part that is too large when unpacked ({name})")
        try:
            with self.zip.open(info) as handle:
                data = handle.read(MAX_PART_BYTES + 1)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError):
            raise ConversionError(self.path, f"a damaged HWPX file ({name} cannot be unpacked)") from None
        if len(data) > MAX_PART_BYTES:
            raise ConversionError(self.path, f"a HWPX part that is too large when unpacked ({name})")
        self.total += len(data)
        if self.total > MAX_TOTAL_BYTES:
            raise ConversionError(self.path, "a HWPX file that unpacks to too much data (a zip bomb?)")
        return data

    def xml(self, name):
        try:
            return etree.fromstring(self.read(name), _parser())
        except etree.XMLSyntaxError as exc:
            raise ConversionError(self.path, f"a damaged HWPX file ({name} is not well-formed XML: {exc.msg})") from None


class _Styles:
    """Character and paragraph properties from Contents/header.xml, by id."""

    def __init__(self, root):
        self.chars = {}
        self.paras = {}
        self.styles = {}
        self.bullets = {}
        self.numberings = {}
        if root is None:
            return
        for el in root.iter(f"{{{HH}}}charPr"):
            height = el.get("height")
            self.chars[el.get("id")] = (int(height) / 100 if height and height.isdigit() else None,
                                        el.find(f"{{{HH}}}bold") is not None)
        for el in root.iter(f"{{{HH}}}paraPr"):
            align = el.find(f"{{{HH}}}align")
            heading = el.find(f"{{{HH}}}heading")
            head = None
            if heading is not None and heading.get("type") in ("BULLET", "NUMBER", "OUTLINE"):
                head = (heading.get("type"), heading.get("idRef"), int(heading.get("level") or 0))
            self.paras[el.get("id")] = (_ALIGN.get(align.get("horizontal")) if align is not None else None, head)
        for el in root.iter(f"{{{HH}}}style"):
            self.styles[el.get("id")] = el.get("engName") or el.get("name")
        for el in root.iter(f"{{{HH}}}bullet"):
            self.bullets[el.get("id")] = el.get("char")
        for el in root.iter(f"{{{HH}}}numbering"):
            self.numberings[el.get("id")] = {int(h.get("level") or 1): (h.get("numFormat"), h.text or "^1.",
                                                                       int(h.get("start") or 1))
                                             for h in el.iter(f"{{{HH}}}paraHead")}


def _local(el):
    tag = el.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


class _Walker:
    """Walks the section XML in document order and collects Blocks."""

    def __init__(self, styles):
        self.styles = styles
        self.blocks = []
        self.tables = 0
        self.paragraphs = 0
        self.blank = False
        self.counters = {}

    def section(self, root, number):
        for p in root.iterchildren(f"{{{HP}}}p"):
            self.paragraph(p, container="body", cell=None, depth=0)

    def paragraph(self, p, container, cell, depth):
        """One hp:p: its own text as a Block, then the tables, text boxes and notes anchored in it."""
        self.paragraphs += 1
        pieces, sizes, bolds, objects = [], [], [], []
        for run in p.iterchildren(f"{{{HP}}}run"):
            size, bold = self.styles.chars.get(run.get("charPrIDRef"), (None, False))
            for child in run:
                name = _local(child)
                if name == "t":
                    text = _run_text(child)
                    if text.strip():
                        sizes.append(size)
                        bolds.append(bold)
                    pieces.append(text)
                elif name in ("tbl", "ctrl") or child.tag in _SHAPES or name in ("footNote", "endNote"):
                    objects.append(child)
        text = normalize("".join(pieces))
        text = "\n".join(line.strip() for line in text.split("\n")).strip("\n")
        if text.strip():
            align, head = self.styles.paras.get(p.get("paraPrIDRef"), (None, None))
            marker, level = self._list_marker(head)
            where = f"paragraph {self.paragraphs}"
            if cell is not None:
                where = cell_where(cell)
            known = [s for s in sizes if s]
            self.blocks.append(Block(
                text=text, where=where, blank_before=self.blank, style=self.styles.styles.get(p.get("styleIDRef")),
                bold=bool(bolds) and all(bolds), size=max(known) if known else None, align=align,
                list_level=level, list_marker=marker, cell=cell, container=container))
            self.blank = False
        elif cell is None and container == "body" and not objects:
            self.blank = True
        for obj in objects:
            self.anchored(obj, container, depth)

    def _list_marker(self, head):
        if head is None:
            return None, None
        kind, ref, level = head
        if kind == "BULLET":
            char = self.styles.bullets.get(ref)
            return (char if char and char.isprintable() else None), level
        formats = self.styles.numberings.get(ref) or {}
        fmt, template, start = formats.get(level + 1, ("DIGIT", "^1.", 1))
        key = (ref, level)
        value = self.counters.get(key, start - 1) + 1
        self.counters[key] = value
        for (other_ref, other_level) in list(self.counters):
            if other_ref == ref and other_level > level:
                del self.counters[(other_ref, other_level)]
        return template.replace(f"^{level + 1}", counter_text(value, fmt)).replace("^", ""), level

    def anchored(self, obj, container, depth):
        name = _local(obj)
        if name == "tbl":
            self.table(obj, container, depth)
        elif name == "ctrl":
            for part in obj:
                kind = _local(part)
                if kind in ("header", "footer"):
                    self.sublists(part, kind, depth)
                elif kind in ("footNote", "endNote"):
                    self.sublists(part, "footnote", depth)
        elif name in ("footNote", "endNote"):
            self.sublists(obj, "footnote", depth)
        else:  # a drawing object: its text box
            for draw in obj.iter(f"{{{HP}}}drawText"):
                self.sublists(draw, "textbox" if container == "body" else container, depth)

    def sublists(self, parent, container, depth):
        for sub in parent.iter(f"{{{HP}}}subList"):
            for p in sub.iterchildren(f"{{{HP}}}p"):
                self.paragraph(p, container=container, cell=None, depth=depth)

    def table(self, tbl, container, depth):
        self.tables += 1
        number = self.tables
        rows = int(tbl.get("rowCnt") or 0) or len(tbl.findall(f"{{{HP}}}tr"))
        cols = int(tbl.get("colCnt") or 0) or max((len(tr) for tr in tbl.findall(f"{{{HP}}}tr")), default=1)
        for r, tr in enumerate(tbl.iterchildren(f"{{{HP}}}tr")):
            for c, tc in enumerate(tr.iterchildren(f"{{{HP}}}tc")):
                addr = tc.find(f"{{{HP}}}cellAddr")
                row = int(addr.get("rowAddr", r)) if addr is not None else r
                col = int(addr.get("colAddr", c)) if addr is not None else c
                span = tc.find(f"{{{HP}}}cellSpan")
                row_span = _count(span.get("rowSpan")) if span is not None else 1
                col_span = _count(span.get("colSpan")) if span is not None else 1
                cell = TableCell(table=number, row=row, col=col, rows=max(rows, 1), cols=max(cols, 1), depth=depth,
                                 row_span=row_span, col_span=col_span)
                for sub in tc.iterchildren(f"{{{HP}}}subList"):
                    for p in sub.iterchildren(f"{{{HP}}}p"):
                        self.paragraph(p, container=container, cell=cell, depth=depth + 1)
        self.blank = False


def _count(value):
    """A span attribute as a positive count (1 when absent or malformed)."""
    return max(int(value), 1) if value and value.isdigit() else 1


def _run_text(t):
    """The text of one hp:t, with tabs and line breaks written as hp:tab / hp:lineBreak."""
    out = [t.text or ""]
    for child in t:
        name = _local(child)
        if name == "lineBreak":
            out.append("\n")
        elif name in ("tab", "fwSpace", "nbSpace"):
            out.append(" ")
        elif name == "hyphen":
            out.append("-")
        out.append(child.tail or "")
    return "".join(out)


def read_hwpx(data: bytes, path=None, encoding=None):
    """Bytes of a .hwpx file -> (blocks, None)."""
    package = _Package(data, path)
    manifest = "META-INF/manifest.xml"
    if manifest in package.names and b"encryption-data" in package.read(manifest):
        raise ConversionError(path, "an encrypted (password-protected) HWPX file; save it without a password")
    sections = sorted((int(m.group(1)), name) for name in package.names if (m := _SECTION.match(name)))
    if not sections:
        raise ConversionError(path, "a damaged HWPX file (no Contents/section*.xml)")
    header = package.xml("Contents/header.xml") if "Contents/header.xml" in package.names else None
    walker = _Walker(_Styles(header))
    for number, name in sections:
        walker.section(package.xml(name), number)
    return walker.blocks, None
