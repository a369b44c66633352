"""HWP 5 reader: the binary Hangul document -> the same Blocks the HWPX reader gives for its twin.

An HWP 5 file is an OLE2 compound file (read with olefile, imported only when an HWP is read): a
`FileHeader` stream with flags (compressed, password, distribution document), `DocInfo` with the
character, paragraph, bullet and numbering shapes, and `BodyText/Section*` streams of records (raw
deflate when compressed). A record is a 32-bit header (tag, nesting level, size) and its bytes; a
paragraph is a PARA_HEADER whose deeper records hold its text, its character shape runs and the
controls anchored in it (tables, drawing objects with text boxes, headers, footers, notes). Layouts
follow Hancom's public "한글 문서 파일 형식 5.0" (revision 1.3).
"""
from __future__ import annotations

import bisect
import io
import re
import struct
import zlib

from ..errors import ConversionError
from ..model import Block, TableCell
from .common import cell_where, counter_text
from .text import normalize

SIGNATURE = b"HWP Document File"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# FileHeader properties (bit flags)
_COMPRESSED, _PASSWORD, _DISTRIBUTION, _DRM = 0x1, 0x2, 0x4, 0x10

MAX_STREAM_BYTES = 64 * 1024 * 1024     # one stream, stored or unpacked
MAX_TOTAL_BYTES = 256 * 1024 * 1024     # all streams read, unpacked
MAX_SECTIONS = 256
MAX_LEVEL = 64                          # record nesting: tables in tables in text boxes, never this deep

# record tags (HWPTAG_BEGIN = 0x10)
_CHAR_SHAPE, _NUMBERING, _BULLET, _PARA_SHAPE, _STYLE = 0x15, 0x17, 0x18, 0x19, 0x1A
_PARA_HEADER, _PARA_TEXT, _PARA_CHAR_SHAPE, _CTRL_HEADER, _LIST_HEADER, _TABLE = 0x42, 0x43, 0x44, 0x47, 0x48, 0x4D

# control characters inside PARA_TEXT: one code unit, or eight (the character, 12 bytes of data, the character)
_CHAR_CONTROLS = {0: "", 10: "\n", 13: "", 24: "-", 30: " ", 31: " "}
_INLINE_CONTROLS = {4, 5, 6, 7, 8, 9, 19, 20}
_EXTENDED_CONTROLS = {1, 2, 3, 11, 12, 14, 15, 16, 17, 18, 21, 22, 23}

_ALIGN = {0: "justify", 1: "left", 2: "right", 3: "center", 4: "justify", 5: "justify"}
# number formats of a paragraph head (표 43), named as HWPX names them
_NUMBER_FORMATS = {0: "DIGIT", 1: "CIRCLED_DIGIT", 2: "ROMAN_CAPITAL", 3: "ROMAN_SMALL", 4: "LATIN_CAPITAL",
                   5: "LATIN_SMALL", 8: "HANGUL_SYLLABLE", 10: "HANGUL_JAMO"}
_HEAD_KINDS = {1: "OUTLINE", 2: "NUMBER", 3: "BULLET"}

_SECTION = re.compile(r"^Section(\d+)$")


def _ctrl_id(data):
    """A control's four-character id ('tbl ', 'gso ', 'head'), stored as a little-endian integer."""
    return data[:4][::-1].decode("latin-1") if len(data) >= 4 else ""


class _Record:
    __slots__ = ("tag", "data", "children")

    def __init__(self, tag, data):
        self.tag = tag
        self.data = data
        self.children = []


class _Container:
    """The OLE file with bounds on what is read and unpacked; every failure is one ConversionError."""

    def __init__(self, data, path):
        self.path = path
        self.total = 0
        try:
            import olefile  # only HWP input needs it
        except ImportError:
            raise ConversionError(path, "HWP input needs olefile (pip install olefile)") from None
        if not data.startswith(OLE_MAGIC):
            raise ConversionError(path, "not an HWP 5 file (no OLE2 compound file signature)")
        try:
            self.ole = olefile.OleFileIO(io.BytesIO(data))
            self.names = {"/".join(entry) for entry in self.ole.listdir(streams=True, storages=False)}
        except Exception:  # olefile raises OSError, struct.error, IndexError … on damaged containers
            raise ConversionError(path, "a damaged or truncated HWP file (its OLE2 container cannot be read)") from None

    def raw(self, name):
        try:
            size = self.ole.get_size(name)
            if size > MAX_STREAM_BYTES:
                raise ConversionError(self.path, f"an HWP stream that is too large ({name}, {size:,} bytes)")
            with self.ole.openstream(name) as handle:
                data = handle.read(MAX_STREAM_BYTES + 1)
        except ConversionError:
            raise
        except Exception:
            raise ConversionError(self.path, f"a damaged or truncated HWP file ({name} cannot be read)") from None
        self._count(len(data))
        return data

    def stream(self, name, compressed):
        data = self.raw(name)
        return _inflate(data, name, self) if compressed else data

    def _count(self, size):
        self.total += size
        if self.total > MAX_TOTAL_BYTES:
            raise ConversionError(self.path, "an HWP file that unpacks to too much data (a decompression bomb?)")


def _inflate(data, name, container):
    """Raw deflate (no zlib header), stopped at the size limit so a small bomb never fills memory."""
    inflater = zlib.decompressobj(-15)
    try:
        out = inflater.decompress(data, MAX_STREAM_BYTES + 1)
    except zlib.error:
        raise ConversionError(container.path, f"a damaged HWP file ({name} cannot be unpacked)") from None
    if len(out) > MAX_STREAM_BYTES or inflater.unconsumed_tail:
        raise ConversionError(container.path, f"an HWP stream that is too large when unpacked ({name}; "
                                              "a decompression bomb?)")
    if not inflater.eof:
        raise ConversionError(container.path, f"a damaged or truncated HWP file ({name} is cut short)")
    container._count(len(out))
    return out


def _records(data, name, path):
    """A stream's records as (tag, level, bytes); a size running past the end is a damaged stream."""
    out, pos, end = [], 0, len(data)
    while pos < end:
        if pos + 4 > end:
            raise ConversionError(path, f"a damaged HWP file (a record header in {name} is cut short)")
        header = int.from_bytes(data[pos:pos + 4], "little")
        pos += 4
        tag, level, size = header & 0x3FF, (header >> 10) & 0x3FF, header >> 20
        if size == 0xFFF:
            if pos + 4 > end:
                raise ConversionError(path, f"a damaged HWP file (a record header in {name} is cut short)")
            size = int.from_bytes(data[pos:pos + 4], "little")
            pos += 4
        if size > end - pos:
            raise ConversionError(path, f"a damaged HWP file (a record in {name} claims {size:,} bytes; "
                                        f"{end - pos:,} are left)")
        if level > MAX_LEVEL:
            raise ConversionError(path, f"a damaged HWP file (records in {name} nested {level} deep)")
        out.append((tag, level, data[pos:pos + size]))
        pos += size
    return out


def _tree(records):
    """Flat records -> the top-level records, each holding the records of the next level under it."""
    roots, stack = [], []   # stack[k]: the open record at level k
    for tag, level, data in records:
        node = _Record(tag, data)
        del stack[level:]
        if level == 0 or not stack:
            roots.append(node)
        else:
            stack[-1].children.append(node)  # a level skipped in a damaged file: under the deepest open one
        stack.append(node)
    return roots


def _u16(data, at, default=0):
    return int.from_bytes(data[at:at + 2], "little") if len(data) >= at + 2 else default


def _u32(data, at, default=0):
    return int.from_bytes(data[at:at + 4], "little") if len(data) >= at + 4 else default


def _hwp_string(data, at):
    """A WORD length then that many UTF-16 code units -> (text, offset after it)."""
    length = _u16(data, at)
    start = at + 2
    return data[start:start + 2 * length].decode("utf-16-le", "replace"), start + 2 * length


class _Shapes:
    """What DocInfo says about character and paragraph shapes, bullets, numbering and styles, by id."""

    def __init__(self, records):
        self.chars = []       # (size in points, bold)
        self.paras = []       # (align, (kind, bullet/numbering id, level) or None)
        self.bullets = {}     # 1-based id -> bullet character
        self.numberings = {}  # 1-based id -> {level (1-based): (format, template, start)}
        self.styles = []
        for tag, _level, data in records:
            if tag == _CHAR_SHAPE:
                size, flags = _u32(data, 42), _u32(data, 46)
                self.chars.append((size / 100 if 0 < size < 100000 else None, bool(flags & 0x2)))
            elif tag == _PARA_SHAPE:
                flags = _u32(data, 0)
                kind = _HEAD_KINDS.get((flags >> 23) & 0x3)
                head = (kind, _u16(data, 30), (flags >> 25) & 0x7) if kind else None
                self.paras.append((_ALIGN.get((flags >> 2) & 0x7), head))
            elif tag == _BULLET:
                char = chr(_u16(data, 12)) if len(data) >= 14 else ""
                self.bullets[len(self.bullets) + 1] = char
            elif tag == _NUMBERING:
                self.numberings[len(self.numberings) + 1] = _numbering_levels(data)
            elif tag == _STYLE:
                local, at = _hwp_string(data, 0)
                english, _ = _hwp_string(data, at)
                self.styles.append(english or local)


def _numbering_levels(data):
    """NUMBERING: per level a paragraph head (12 bytes, its number format in bits 5-8), then the template."""
    levels, at, formats = {}, 0, []
    for level in range(1, 8):
        if at + 14 > len(data):
            break
        fmt = _NUMBER_FORMATS.get((_u32(data, at) >> 5) & 0xF, "DIGIT")
        template, at = _hwp_string(data, at + 12)
        formats.append((level, fmt, template.replace("\x00", "")))
    start = _u16(data, at, 1) if at + 2 <= len(data) else 1
    for level, fmt, template in formats:
        levels[level] = (fmt, template or f"^{level}.", start or 1)
    return levels


def _paragraph_text(data):
    """PARA_TEXT -> (the visible text, the code-unit position of each character, extended controls seen)."""
    units = struct.unpack_from(f"<{len(data) // 2}H", data)
    chars, positions, i, n = [], [], 0, len(units)
    while i < n:
        unit = units[i]
        if unit >= 32:
            if 0xD800 <= unit < 0xDC00 and i + 1 < n and 0xDC00 <= units[i + 1] < 0xE000:
                chars.append(chr(0x10000 + ((unit - 0xD800) << 10) + (units[i + 1] - 0xDC00)))
                positions.append(i)
                i += 2
                continue
            chars.append(chr(unit))
            positions.append(i)
            i += 1
        elif unit in _INLINE_CONTROLS or unit in _EXTENDED_CONTROLS:
            if unit == 9:  # a tab: a space, as the HWPX reader writes hp:tab
                chars.append(" ")
                positions.append(i)
            i += 8
        else:
            text = _CHAR_CONTROLS.get(unit, "")
            if text:
                chars.append(text)
                positions.append(i)
            i += 1
    return "".join(chars), positions


class _Walker:
    """Walks a section's record tree in document order and collects Blocks, as hwpx._Walker does."""

    def __init__(self, shapes):
        self.shapes = shapes
        self.blocks = []
        self.tables = 0
        self.paragraphs = 0
        self.blank = False
        self.counters = {}

    def section(self, roots):
        for node in roots:
            if node.tag == _PARA_HEADER:
                self.paragraph(node, container="body", cell=None, depth=0)

    def paragraph(self, node, container, cell, depth):
        """One PARA_HEADER: its own text as a Block, then the tables, text boxes and notes anchored in it."""
        self.paragraphs += 1
        header = node.data
        para_shape, style = _u16(header, 8), header[10] if len(header) > 10 else 0
        text, positions, runs, controls = "", [], [], []
        for child in node.children:
            if child.tag == _PARA_TEXT:
                text, positions = _paragraph_text(child.data)
            elif child.tag == _PARA_CHAR_SHAPE:
                runs = [(_u32(child.data, k), _u32(child.data, k + 4)) for k in range(0, len(child.data) - 7, 8)]
            elif child.tag == _CTRL_HEADER:
                controls.append(child)
        objects = [c for c in controls if _ctrl_id(c.data) in ("tbl ", "gso ", "head", "foot", "fn  ", "en  ")]
        cleaned = normalize(text)
        cleaned = "\n".join(line.strip() for line in cleaned.split("\n")).strip("\n")
        if cleaned.strip():
            size, bold = self._char_look(text, positions, runs)
            align, head = self.shapes.paras[para_shape] if para_shape < len(self.shapes.paras) else (None, None)
            marker, level = self._list_marker(head)
            where = cell_where(cell) if cell is not None else f"paragraph {self.paragraphs}"
            self.blocks.append(Block(
                text=cleaned, where=where, blank_before=self.blank,
                style=self.shapes.styles[style] if style < len(self.shapes.styles) else None,
                bold=bold, size=size, align=align, list_level=level, list_marker=marker, cell=cell,
                container=container))
            self.blank = False
        elif cell is None and container == "body" and all(_ctrl_id(c.data) == "gso " and not _holds_text(c)
                                                          for c in controls):
            self.blank = True  # an empty line (or a picture alone), as the HWPX reader counts them
        for control in objects:
            self.anchored(control, container, depth)

    def _char_look(self, text, positions, runs):
        """(largest size, all bold) over the visible characters, from the paragraph's character shape runs."""
        if not runs:
            runs = [(0, 0)]
        starts = [start for start, _ in runs]
        sizes, bolds = [], []
        for ch, pos in zip(text, positions):
            if ch.isspace():
                continue
            shape = runs[max(0, bisect.bisect_right(starts, pos) - 1)][1]
            size, bold = self.shapes.chars[shape] if shape < len(self.shapes.chars) else (None, False)
            if size:
                sizes.append(size)
            bolds.append(bold)
        return (max(sizes) if sizes else None), bool(bolds) and all(bolds)

    def _list_marker(self, head):
        if head is None:
            return None, None
        kind, ref, level = head
        if kind == "BULLET":
            char = self.shapes.bullets.get(ref)
            return (char if char and char.isprintable() else None), level
        formats = self.shapes.numberings.get(ref) or {}
        fmt, template, start = formats.get(level + 1, ("DIGIT", "^1.", 1))
        key = (ref, level)
        value = self.counters.get(key, start - 1) + 1
        self.counters[key] = value
        for other_ref, other_level in list(self.counters):
            if other_ref == ref and other_level > level:
                del self.counters[(other_ref, other_level)]
        return template.replace(f"^{level + 1}", counter_text(value, fmt)).replace("^", ""), level

    def anchored(self, control, container, depth):
        kind = _ctrl_id(control.data)
        if kind == "tbl ":
            self.table(control, container, depth)
        elif kind == "gso ":
            self.lists(control, "textbox" if container == "body" else container, None, depth)
        elif kind in ("head", "foot"):
            self.lists(control, "header" if kind == "head" else "footer", None, depth)
        else:
            self.lists(control, "footnote", None, depth)

    def lists(self, node, container, cell, depth):
        """Paragraph lists under a control (text boxes, headers, notes, captions), however deep they sit."""
        for child in node.children:
            if child.tag == _PARA_HEADER:
                self.paragraph(child, container=container, cell=cell, depth=depth)
            elif child.children:
                self.lists(child, container, cell, depth)

    def table(self, control, container, depth):
        """'tbl ': the TABLE record (rows, columns), then one LIST_HEADER per cell (column, row, spans) with
        its paragraphs; a LIST_HEADER before the TABLE record is the caption."""
        self.tables += 1
        number = self.tables
        rows = cols = 0
        cell, caption = None, []
        for child in control.children:
            if child.tag == _TABLE:
                rows, cols = _u16(child.data, 4), _u16(child.data, 6)
            elif child.tag == _LIST_HEADER:
                if not rows:
                    cell = None   # the caption's list
                    continue
                data = child.data
                cell = TableCell(table=number, row=_u16(data, 10), col=_u16(data, 8), rows=max(rows, 1),
                                 cols=max(cols, 1), depth=depth, row_span=max(_u16(data, 14), 1),
                                 col_span=max(_u16(data, 12), 1))
            elif child.tag == _PARA_HEADER:
                if cell is None:
                    caption.append(child)
                else:
                    self.paragraph(child, container=container, cell=cell, depth=depth + 1)
        for paragraph in caption:
            self.paragraph(paragraph, container=container, cell=None, depth=depth)
        self.blank = False


def _holds_text(control):
    """A control whose lists hold paragraphs (a table, a text box), unlike a picture alone."""
    stack = [control]
    while stack:
        node = stack.pop()
        if node.tag == _LIST_HEADER:
            return True
        stack.extend(node.children)
    return False


def _file_header(container):
    if "FileHeader" not in container.names:
        raise ConversionError(container.path, "an OLE container without an HWP FileHeader (a legacy .doc?); "
                                              "save it as .docx, .hwpx or PDF")
    header = container.raw("FileHeader")
    if len(header) < 40 or not header.startswith(SIGNATURE):
        raise ConversionError(container.path, "a damaged HWP file (its FileHeader has no HWP signature)")
    return _u32(header, 36)


def read_hwp(data: bytes, path=None, encoding=None):
    """Bytes of an .hwp (HWP 5) file -> (blocks, None)."""
    container = _Container(data, path)
    flags = _file_header(container)
    if flags & _PASSWORD:
        raise ConversionError(path, "a password-protected HWP file; save a copy without a password")
    if flags & _DISTRIBUTION:
        raise ConversionError(path, "a distribution (배포용) HWP document, whose text is encrypted; "
                                    "ask for an editable HWP, HWPX or PDF")
    if flags & _DRM:
        raise ConversionError(path, "a DRM-protected HWP file; ask for an unprotected HWP, HWPX or PDF")
    compressed = bool(flags & _COMPRESSED)
    sections = sorted((int(m.group(1)), name) for name in container.names
                      if name.startswith("BodyText/") and (m := _SECTION.match(name[len("BodyText/"):])))
    if not sections:
        raise ConversionError(path, "a damaged HWP file (no BodyText sections)")
    if len(sections) > MAX_SECTIONS:
        raise ConversionError(path, f"an HWP file with too many sections ({len(sections):,})")
    docinfo = container.stream("DocInfo", compressed) if "DocInfo" in container.names else b""
    walker = _Walker(_Shapes(_records(docinfo, "DocInfo", path)))
    for _number, name in sections:
        walker.section(_tree(_records(container.stream(name, compressed), name, path)))
    return walker.blocks, None
