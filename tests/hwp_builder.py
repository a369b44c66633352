"""Tiny HWP 5 files built in memory: an OLE2 compound file writer and the HWP records the reader reads.

Written from the two public specifications (Microsoft's [MS-CFB] for the container, Hancom's "한글 문서
파일 형식 5.0" for the records), only as far as the tests need: version 3 compound files with 512-byte
sectors, streams under 4,096 bytes in the mini stream, one level of storages; paragraphs with text,
character and paragraph shapes, tables with cell positions and spans, text boxes, headers and notes.
"""
import struct
import zlib

SECTOR = 512
MINI = 64
CUTOFF = 4096
END, FREE, FAT_SECTOR, NO_ENTRY = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF

# record tags
CHAR_SHAPE, NUMBERING, BULLET, PARA_SHAPE, STYLE = 0x15, 0x17, 0x18, 0x19, 0x1A
PARA_HEADER, PARA_TEXT, PARA_CHAR_SHAPE, CTRL_HEADER, LIST_HEADER, SHAPE_COMPONENT, TABLE = (
    0x42, 0x43, 0x44, 0x47, 0x48, 0x4C, 0x4D)

COMPRESSED, PASSWORD, DISTRIBUTION = 0x1, 0x2, 0x4


# -- the OLE2 container -------------------------------------------------------------------------

def _chain(start, count):
    """FAT entries for `count` consecutive sectors from `start`."""
    return [start + k + 1 for k in range(count - 1)] + [END] if count else []


def _entry(name, kind, child=NO_ENTRY, right=NO_ENTRY, start=END, size=0):
    encoded = name.encode("utf-16-le") + b"\0\0" if name else b""
    return (encoded.ljust(64, b"\0") + struct.pack("<HBB", len(encoded), kind, 1)
            + struct.pack("<III", NO_ENTRY, right, child) + bytes(16 + 4 + 16)
            + struct.pack("<IQ", start, size))


def compound_file(streams):
    """{'FileHeader': bytes, 'BodyText/Section0': bytes, …} -> the bytes of an OLE2 compound file."""
    big = {n: d for n, d in streams.items() if len(d) >= CUTOFF}
    small = {n: d for n, d in streams.items() if len(d) < CUTOFF}
    sectors, fat, starts = [], [], {}

    def place(data):
        count = -(-len(data) // SECTOR)
        first = len(sectors)
        for k in range(count):
            sectors.append(data[k * SECTOR:(k + 1) * SECTOR].ljust(SECTOR, b"\0"))
        fat.extend(_chain(first, count))
        return first if count else END

    for name, data in big.items():
        starts[name] = place(data)
    mini_stream, mini_fat = b"", []
    for name, data in small.items():
        count = -(-len(data) // MINI)
        first = len(mini_stream) // MINI
        starts[name] = first if count else END
        mini_stream += data.ljust(count * MINI, b"\0")
        mini_fat.extend(_chain(first, count))
    root_start = place(mini_stream)
    mini_fat_start = place(b"".join(struct.pack("<I", v) for v in mini_fat)) if mini_fat else END
    # directory: root, then storages and streams; each storage's children linked as a right-sibling chain
    names = sorted(streams)
    storages = sorted({n.split("/")[0] for n in names if "/" in n})
    top = storages + [n for n in names if "/" not in n]
    ids = {name: k + 1 for k, name in enumerate(top)}
    for storage in storages:
        for name in names:
            if name.startswith(storage + "/"):
                ids[name] = len(ids) + 1
    order = sorted(ids, key=ids.get)

    def chain_of(children):
        return {children[k]: ids[children[k + 1]] for k in range(len(children) - 1)}

    right = chain_of(top)
    for storage in storages:
        right.update(chain_of([n for n in names if n.startswith(storage + "/")]))
    entries = [_entry("Root Entry", 5, child=ids[top[0]] if top else NO_ENTRY, start=root_start,
                      size=len(mini_stream))]
    for name in order:
        leaf = name.split("/")[-1]
        if name in storages:
            kids = [n for n in names if n.startswith(name + "/")]
            entries.append(_entry(leaf, 1, child=ids[kids[0]] if kids else NO_ENTRY,
                                  right=right.get(name, NO_ENTRY)))
        else:
            entries.append(_entry(leaf, 2, right=right.get(name, NO_ENTRY), start=starts[name],
                                  size=len(streams[name])))
    while len(entries) % (SECTOR // 128):
        entries.append(_entry("", 0))
    directory_start = place(b"".join(entries))
    # the FAT describes every sector, its own included
    fat_count = 1
    while (len(sectors) + fat_count) * 4 > fat_count * SECTOR:
        fat_count += 1
    first_fat = len(sectors)
    fat += [FAT_SECTOR] * fat_count
    fat += [FREE] * (fat_count * SECTOR // 4 - len(fat))
    table = b"".join(struct.pack("<I", v) for v in fat)
    for k in range(fat_count):
        sectors.append(table[k * SECTOR:(k + 1) * SECTOR])
    difat = [first_fat + k for k in range(fat_count)] + [FREE] * (109 - fat_count)
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16) + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
              + bytes(6) + struct.pack("<IIIIIIIII", 0, fat_count, directory_start, 0, CUTOFF, mini_fat_start,
                                       -(-len(mini_fat) * 4 // SECTOR), END, 0)
              + b"".join(struct.pack("<I", v) for v in difat))
    return header + b"".join(sectors)


# -- HWP records ----------------------------------------------------------------------------------

def record(tag, level, payload):
    size = len(payload)
    if size >= 0xFFF:
        return struct.pack("<II", tag | level << 10 | 0xFFF << 20, size) + payload
    return struct.pack("<I", tag | level << 10 | size << 20) + payload


class Node:
    """A record and the records nested under it."""

    def __init__(self, tag, payload=b"", children=()):
        self.tag, self.payload, self.children = tag, payload, list(children)

    def serialize(self, level=0):
        return record(self.tag, level, self.payload) + b"".join(c.serialize(level + 1) for c in self.children)


def hwp_string(text):
    units = text.encode("utf-16-le")
    return struct.pack("<H", len(units) // 2) + units


def char_shape(size_pt=10, bold=False):
    """CHAR_SHAPE: fonts, ratios, spacing, relative sizes, offsets (42 bytes), base size, flags, colours."""
    return Node(CHAR_SHAPE, bytes(14) + bytes([100] * 7) + bytes(7) + bytes([100] * 7) + bytes(7)
                + struct.pack("<iI", int(size_pt * 100), 0x2 if bold else 0) + bytes(2) + bytes(16))


def para_shape(align="justify", head=None, head_id=0, level=0):
    """PARA_SHAPE: flags (alignment, head kind and level), margins, spacing, then the bullet/numbering id."""
    aligns = {"justify": 0, "left": 1, "right": 2, "center": 3}
    kinds = {None: 0, "outline": 1, "number": 2, "bullet": 3}
    flags = aligns[align] << 2 | kinds[head] << 23 | level << 25
    return Node(PARA_SHAPE, struct.pack("<I", flags) + bytes(24) + struct.pack("<HHH", 0, head_id, 0) + bytes(8)
                + bytes(12))


def bullet(char):
    return Node(BULLET, bytes(12) + char.encode("utf-16-le") + bytes(10))


def numbering(template="^1.", number_format=0, start=1):
    """NUMBERING with the same template and number format on all seven levels."""
    levels = b"".join(struct.pack("<IhhI", number_format << 5, 0, 0, 0) + hwp_string(template.replace("1", str(k)))
                      for k in range(1, 8))
    return Node(NUMBERING, levels + struct.pack("<H", start))


def style(name, english):
    return Node(STYLE, hwp_string(name) + hwp_string(english) + struct.pack("<BBhHH", 0, 0, 1042, 0, 0))


DEFAULT_SHAPES = (char_shape(10), char_shape(18, bold=True), para_shape("justify"), para_shape("center"),
                  bullet("●"), para_shape("left", head="bullet", head_id=1), style("바탕글", "Normal"))


def control(ctrl_id, children=()):
    """CTRL_HEADER of a four-character control id, stored as a little-endian integer."""
    return Node(CTRL_HEADER, ctrl_id.encode("latin-1")[::-1] + bytes(4), children)


def paragraph(text="", char=0, para=0, controls=()):
    """PARA_HEADER with its text (extended control characters for the controls, then the paragraph end)."""
    units = []
    for ctrl in controls:
        ctrl_id = ctrl.payload[:4]
        code = 11 if ctrl_id[::-1] in (b"tbl ", b"gso ") else 16 if ctrl_id[::-1] in (b"head", b"foot") else 17
        units.append(struct.pack("<H", code) + ctrl_id + bytes(8) + struct.pack("<H", code))
    for line_number, line in enumerate(text.split("\n")):
        if line_number:
            units.append(struct.pack("<H", 10))
        units.append(line.encode("utf-16-le"))
    units.append(struct.pack("<H", 13))
    body = b"".join(units)
    header = struct.pack("<IIHBBHHHI", len(body) // 2, 0, para, 0, 0, 1, 0, 1, 0)
    children = [Node(PARA_TEXT, body), Node(PARA_CHAR_SHAPE, struct.pack("<II", 0, char)), *controls]
    return Node(PARA_HEADER, header, children)


def cell(col, row, paragraphs, col_span=1, row_span=1):
    """LIST_HEADER of a table cell (paragraph count, flags, column, row, spans, size, margins, border)."""
    return [Node(LIST_HEADER, struct.pack("<HHIHHHHII", len(paragraphs), 0, 0, col, row, col_span, row_span, 0, 0)
                 + bytes(8) + struct.pack("<H", 1)), *paragraphs]


def table(rows):
    """A 'tbl ' control: rows are lists of cells, cells lists of paragraph texts."""
    count, width = len(rows), max(len(r) for r in rows)
    children = [Node(TABLE, struct.pack("<IHH", 0, count, width) + bytes(10) + bytes(2 * count) + bytes(2))]
    for r, row in enumerate(rows):
        for c, texts in enumerate(row):
            children += cell(c, r, [paragraph(t) for t in texts])
    return control("tbl ", children)


def text_box(texts):
    """A 'gso ' drawing object with a text box: SHAPE_COMPONENT, then the box's list and paragraphs."""
    paragraphs = [paragraph(t) for t in texts]
    return control("gso ", [Node(SHAPE_COMPONENT, bytes(8), [
        Node(LIST_HEADER, struct.pack("<HHI", len(paragraphs), 0, 0) + bytes(12)), *paragraphs])])


def note(kind, texts):
    """A header ('head'), footer ('foot') or footnote ('fn  ') control with its paragraph list."""
    paragraphs = [paragraph(t) for t in texts]
    return control(kind, [Node(LIST_HEADER, struct.pack("<HHI", len(paragraphs), 0, 0)), *paragraphs])


def file_header(flags=COMPRESSED):
    return b"HWP Document File".ljust(32, b"\0") + struct.pack("<II", 0x05000300, flags) + bytes(216)


def deflate(data):
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush()


def hwp(*sections, shapes=DEFAULT_SHAPES, flags=COMPRESSED, extra=None):
    """An HWP 5 file: sections are lists of top-level paragraph Nodes (or raw stream bytes)."""
    pack = deflate if flags & COMPRESSED else (lambda b: b)
    streams = {"FileHeader": file_header(flags),
               "DocInfo": pack(b"".join(s.serialize() for s in shapes))}
    for n, section in enumerate(sections):
        raw = section if isinstance(section, bytes) else b"".join(p.serialize() for p in section)
        streams[f"BodyText/Section{n}"] = pack(raw)
    streams.update(extra or {})
    return compound_file(streams)
