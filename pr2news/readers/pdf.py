"""PDF reader (text-based PDFs, via pdfminer.six): positioned text lines -> paragraph and table-cell Blocks.

Lines come in the order pdfminer's layout analysis gives its text boxes (the order `pdfminer` and most
tools print text in: a table's cells box by box, a column before the next), and are grouped into
paragraphs by the vertical steps between them (rejoined across page breaks). Boxes drawn with rules (the
tables and framed boxes of Hancom-printed releases: the header grid, the title box, the contact table)
become table cells with their row and column, so the segmenter reads them as it reads an HWPX's tables.
Page numbers and running heads/feet repeated on most pages are marked container="furniture". Scanned
PDFs without a text layer are refused.
"""
from __future__ import annotations

import io
import re
import statistics
from collections import Counter
from dataclasses import dataclass

from ..errors import ConversionError
from ..model import Block, TableCell, Warning
from . import MAX_PAGES
from .common import cell_where, fold_spaces
from .text import normalize

# Page numbers as agencies print them: "- 1 -", "1", "1/3", "Page 1 of 3", "- 1/3 -".
_PAGE_NUMBER = re.compile(r"^[-–—\s]*(?:page\s*)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?[-–—\s]*$", re.I)
# Cells of the agency header table that text extraction runs together on one line.
_HEADER_LABELS = ("자료제공", "보도일시", "배포일시", "보도시점", "담당부서", "사진없음", "사진있음", "매수")
_HEADER_SPLIT = re.compile(r"\s{3,}|\s+(?=(?:%s))" % "|".join(_HEADER_LABELS))
_MARKER_START = re.compile(r"^\s*(?:[□■○●◦•◇◆◈◉❖▶▷►▪※ㅇ]|[-–—]\s|\d{1,2}[.)]\s|[①-⑳])")
_BOLD_FONT = re.compile(r"bold|black|heavy|demi|semibold|[-,]b$|[-,]bd$", re.I)
_EDGE = 0.09  # share of the page height at top and bottom where running heads and feet live
# a soft hyphen with a space before it stands for a dash the font could not encode ('MONTGOMERY \xad Governor')
_SPACED_SOFT_HYPHEN = re.compile(r"(?<=\s)\u00ad")
_UNMAPPED_GLYPH = re.compile(r"\(cid:\d+\)")
_RULE_THICKNESS = 2.5   # points: thinner than this, a drawn rectangle is a rule
_MAX_RULES = 6000       # drawn shapes per page; beyond it (a chart, a pattern) no boxes are read
_MAX_LINE_STEPS = 3.0   # a step between lines beyond this many font sizes is never within a paragraph
_MAX_PITCH = 1.75       # nor, with the line pitch unclear, beyond this many


@dataclass
class _Line:
    page: int
    text: str
    x0: float
    x1: float
    top: float          # distance from the top of the page to the top of the line
    bottom: float       # distance from the top of the page to the baseline area
    size: float
    bold: bool
    page_height: float
    page_width: float
    box: int = 0        # the layout text box the line came in (global, in reading order)
    open_end: bool = False  # the line's text ends in a space: the next line goes on after it
    region: int = -1    # the ruled box (table) the line sits in, or -1
    furniture: bool = False
    layer_text: str = ""  # the line as the text layer has it, when reading it changed a character (U+00AD)

    @property
    def edge(self):
        return self.top < _EDGE * self.page_height or self.bottom > (1 - _EDGE) * self.page_height

    @property
    def middle(self):
        return ((self.x0 + self.x1) / 2, (self.top + self.bottom) / 2)


@dataclass
class _Region:
    """A box drawn with rules on one page (a table or a framed box), with the rules inside it."""
    page: int
    x0: float
    top: float
    x1: float
    bottom: float
    rows: tuple         # y of the horizontal rules inside
    cols: tuple         # x of the vertical rules inside

    def holds(self, x, y):
        return self.x0 - 1 <= x <= self.x1 + 1 and self.top - 1 <= y <= self.bottom + 1

    @property
    def area(self):
        return (self.x1 - self.x0) * (self.bottom - self.top)


def _clean(text):
    """Normalized line text. A soft hyphen at the line end marks a break and goes; one after a space stands
    for a dash the font could not encode (CID fonts map a printed dash to U+00AD) and becomes one; one inside
    a word was a hyphenation point and goes."""
    text = text.replace("\n", "").rstrip("\r")
    text = _SPACED_SOFT_HYPHEN.sub("–", text)
    return normalize(text)


def _refuse_encrypted(exc, path):
    """Raise the password error when pdfminer's exception says the PDF is encrypted."""
    name = type(exc).__name__
    if "Password" in name or "Encryption" in name:
        raise ConversionError(path, "an encrypted PDF that needs a password; save an unprotected copy") from None


def _layout_items(layout, kinds):
    """Text boxes (each a list of text lines) and drawn shapes of a page, in layout order."""
    LTTextBox, LTTextLine, LTTextContainer, LTCurve = kinds
    for element in layout:
        if isinstance(element, LTTextLine):
            yield "box", [element]
        elif isinstance(element, LTTextBox):
            yield "box", [line for line in element if isinstance(line, LTTextLine)]
        elif isinstance(element, LTCurve):   # LTLine and LTRect are curves too
            yield "shape", element
        elif isinstance(element, LTTextContainer):
            yield "box", [line for line in element if isinstance(line, LTTextLine)]
        elif hasattr(element, "__iter__"):  # figures and groups may hold text and shapes too
            yield from _layout_items(element, kinds)


class _Fonts:
    """What the fonts say about the text layer: glyphs without a Unicode value, fonts that were not embedded."""

    def __init__(self):
        self.unmapped = 0
        self.not_embedded = set()

    def look_at(self, page, resolve1):
        """Type 0 fonts that are not embedded and use a predefined CJK CMap: the producer could only write the
        characters of the font's collection; others (a middle dot, a pound sign) are lost without a trace."""
        try:
            fonts = resolve1(resolve1(page.resources or {}).get("Font") or {})
            for spec in list(fonts.values())[:64]:
                spec = resolve1(spec)
                if str(resolve1(spec.get("Subtype"))).strip("/'") != "Type0":
                    continue
                encoding = str(resolve1(spec.get("Encoding")))
                descendant = resolve1(resolve1(spec.get("DescendantFonts"))[0])
                descriptor = resolve1(descendant.get("FontDescriptor")) or {}
                embedded = any(key in descriptor for key in ("FontFile", "FontFile2", "FontFile3"))
                if not embedded and re.search(r"Uni\w*-(?:UCS2|UTF16)", encoding):
                    self.not_embedded.add(str(resolve1(spec.get("BaseFont"))).strip("/'"))
        except Exception:  # a font dictionary we cannot read says nothing either way
            return


def _extract(data, path, max_pages):
    """Every text line and drawn box of the first `max_pages` pages: (lines, regions, pages read, more, fonts)."""
    try:  # imported here so that other conversions never load pdfminer
        from pdfminer.converter import PDFPageAggregator
        from pdfminer.layout import LAParams, LTChar, LTCurve, LTTextBox, LTTextContainer, LTTextLine
        from pdfminer.pdfdocument import PDFDocument
        from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
        from pdfminer.pdfpage import PDFPage
        from pdfminer.pdfparser import PDFParser
        from pdfminer.pdftypes import resolve1
    except ImportError:
        raise ConversionError(None, "PDF input needs pdfminer.six (pip install pdfminer.six)") from None
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
    except Exception as exc:  # pdfminer raises many types on damaged input; all mean "unreadable"
        _refuse_encrypted(exc, path)
        raise ConversionError(path, f"a damaged PDF ({type(exc).__name__})") from None
    manager = PDFResourceManager(caching=True)
    device = PDFPageAggregator(manager, laparams=LAParams())
    interpreter = PDFPageInterpreter(manager, device)
    kinds = (LTTextBox, LTTextLine, LTTextContainer, LTCurve)
    lines, regions, fonts = [], [], _Fonts()
    pages, any_chars, more, boxes = 0, False, False, 0
    try:
        for page in PDFPage.create_pages(document):
            if pages >= max_pages:
                more = True
                break
            fonts.look_at(page, resolve1)
            interpreter.process_page(page)
            layout = device.get_result()
            height, width = layout.height or 842.0, layout.width or 595.0
            shapes = []
            for kind, item in _layout_items(layout, kinds):
                if kind == "shape":
                    shapes.append(item)
                    continue
                boxes += 1
                for tl in item:
                    chars = [c for c in tl if isinstance(c, LTChar)]
                    raw = tl.get_text()
                    fonts.unmapped += len(_UNMAPPED_GLYPH.findall(raw))
                    text = _clean(raw)
                    if not chars or not text.strip():
                        continue
                    any_chars = True
                    visible = [c for c in chars if c.get_text().strip()] or chars
                    size = round(statistics.median(c.size for c in visible), 1)
                    bold = all(_BOLD_FONT.search(c.fontname or "") for c in visible)
                    lines.append(_Line(page=pages, text=text, x0=tl.x0, x1=tl.x1, top=height - tl.y1,
                                       bottom=height - tl.y0, size=size, bold=bold, page_height=height,
                                       page_width=width, box=boxes, open_end=raw.rstrip("\n").endswith(" "),
                                       layer_text=raw.strip("\n") if "\u00ad" in raw else ""))
            regions.extend(_ruled_regions(shapes, pages, height))
            pages += 1
    except ConversionError:
        raise
    except Exception as exc:  # as above: a broken page tree or content stream
        _refuse_encrypted(exc, path)
        if not lines:
            raise ConversionError(path, f"a damaged PDF ({type(exc).__name__})") from None
    if pages == 0:
        raise ConversionError(path, "a damaged PDF (no pages)")
    if not any_chars:
        raise ConversionError(path, "a scanned PDF without a text layer; run it through OCR or ask for a text PDF")
    return lines, regions, pages, more, fonts


# -- boxes drawn with rules: the tables of Hancom-printed releases

def _segments(shapes, height):
    """Horizontal and vertical rules as (x0, top, x1, bottom). A larger rectangle gives its four edges; dots
    and dashes in a row (a dotted frame) are joined into one rule."""
    across, down = [], []
    for shape in shapes[:_MAX_RULES]:
        x0, x1, top, bottom = shape.x0, shape.x1, height - shape.y1, height - shape.y0
        w, h = x1 - x0, bottom - top
        if w < _RULE_THICKNESS and h < _RULE_THICKNESS:   # a dot: part of a dotted rule either way
            across.append((x0, top, x1, bottom))
            down.append((x0, top, x1, bottom))
        elif w < _RULE_THICKNESS:
            down.append((x0, top, x1, bottom))
        elif h < _RULE_THICKNESS:
            across.append((x0, top, x1, bottom))
        elif len(getattr(shape, "pts", ())) <= 5:
            across += [(x0, top, x1, top), (x0, bottom, x1, bottom)]
            down += [(x0, top, x0, bottom), (x1, top, x1, bottom)]
    return [s for s in _chained(across, 0) + _chained(down, 1) if s[2] - s[0] > 4 or s[3] - s[1] > 4]


def _chained(segments, axis):
    """Segments on one line (the same y for rules across, the same x for rules down) that meet or nearly meet,
    joined: a dashed or dotted rule becomes one."""
    along, level = (0, 2) if axis == 0 else (1, 3), 1 if axis == 0 else 0
    out = []
    for seg in sorted(segments, key=lambda s: (round(s[level]), s[along[0]])):
        last = out[-1] if out else None
        if last and abs(last[level] - seg[level]) <= 0.8 and seg[along[0]] <= last[along[1]] + 3:
            merged = list(last)
            merged[along[1]] = max(last[along[1]], seg[along[1]])
            out[-1] = tuple(merged)
        else:
            out.append(seg)
    return out


def _ruled_regions(shapes, page, height):
    """Rules that touch one another, grouped: each group that draws a box (two rules across and two down, at
    least) is a region, with the rules inside it (row and column boundaries)."""
    segments = _segments(shapes, height)
    if len(segments) > _MAX_RULES:
        return []
    parent = list(range(len(segments)))

    def find(k):
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    order = sorted(range(len(segments)), key=lambda k: segments[k][0])
    for n, a in enumerate(order):   # sweep along x: only segments that may still overlap are compared
        ax0, at, ax1, ab = segments[a]
        for b in order[n + 1:]:
            bx0, bt, bx1, bb = segments[b]
            if bx0 > ax1 + 2:
                break
            if bt <= ab + 2 and at <= bb + 2:
                parent[find(a)] = find(b)
    groups = {}
    for k in range(len(segments)):
        groups.setdefault(find(k), []).append(segments[k])
    regions = []
    for members in groups.values():
        across = [s for s in members if s[3] - s[1] < _RULE_THICKNESS]
        down = [s for s in members if s[2] - s[0] < _RULE_THICKNESS]
        if len(across) < 2 or len(down) < 2:
            continue
        x0, top = min(s[0] for s in members), min(s[1] for s in members)
        x1, bottom = max(s[2] for s in members), max(s[3] for s in members)
        if x1 - x0 < 20 or bottom - top < 8:
            continue
        rows = _distinct(s[1] for s in across if top + 2 < s[1] < bottom - 2)
        cols = _distinct(s[0] for s in down if x0 + 2 < s[0] < x1 - 2)
        regions.append(_Region(page, x0, top, x1, bottom, rows, cols))
    return regions


def _distinct(values, tolerance=2.0):
    out = []
    for v in sorted(values):
        if not out or v - out[-1] > tolerance:
            out.append(v)
    return tuple(out)


def _place_in_regions(lines, regions):
    """Each line goes to the smallest ruled region that holds its middle."""
    by_page = {}
    for n, region in enumerate(regions):
        by_page.setdefault(region.page, []).append((region.area, n))
    for line in lines:
        candidates = by_page.get(line.page)
        if not candidates or line.furniture:
            continue
        x, y = line.middle
        holding = [n for _area, n in sorted(candidates) if regions[n].holds(x, y)]
        if holding:
            line.region = holding[0]


def _cells(lines, regions):
    """Table cell of every line in a region: rows and columns between the region's rules; where no rule
    parts them, text boxes side by side in one row are cells of their own."""
    import bisect
    cells = {}
    members = {}
    for line in lines:
        if line.region >= 0:
            members.setdefault(line.region, []).append(line)
    for number, (region_index, in_region) in enumerate(sorted(members.items(), key=lambda m: m[1][0].box), 1):
        region = regions[region_index]
        keyed = {}
        for line in in_region:
            x, y = line.middle
            keyed.setdefault((bisect.bisect(region.rows, y), bisect.bisect(region.cols, x)), []).append(line)
        # inside one ruled cell, boxes that do not overlap across are cells too (a row whose rules were not drawn)
        spots = {}
        for (row, col), group in keyed.items():
            spans = {}
            for line in group:
                lo, hi = spans.get(line.box, (line.x0, line.x1))
                spans[line.box] = (min(lo, line.x0), max(hi, line.x1))
            ordered = sorted(spans.items(), key=lambda item: item[1][0])
            sub, right = 0, None
            for box, (lo, hi) in ordered:
                if right is not None and lo > right:
                    sub += 1
                right = hi if right is None else max(right, hi)
                spots[box, row] = (row, col, sub)
        row_ranks = {r: k for k, r in enumerate(sorted({s[0] for s in spots.values()}))}
        per_row = {}
        for spot in spots.values():
            per_row.setdefault(spot[0], set()).add(spot[1:])
        col_ranks = {r: {c: k for k, c in enumerate(sorted(cs))} for r, cs in per_row.items()}
        width = max(len(cs) for cs in per_row.values())
        for line in in_region:
            x, y = line.middle
            row = bisect.bisect(region.rows, y)
            spot = spots[line.box, row]
            cells[id(line)] = TableCell(table=number, row=row_ranks[spot[0]], col=col_ranks[spot[0]][spot[1:]],
                                        rows=len(row_ranks), cols=width)
    return cells


# -- page furniture and paragraphs

def _by_page(lines):
    """Page number -> its lines, in their order; one pass instead of a scan of all lines per page."""
    pages = {}
    for line in lines:
        pages.setdefault(line.page, []).append(line)
    return pages


def _mark_furniture(lines, pages):
    """Page numbers at the page edges, and running heads/feet repeated on most pages."""
    def key(line):
        return re.sub(r"\d+", "#", re.sub(r"\s+", "", line.text))

    repeated = Counter()
    if pages > 1:
        for page_lines in _by_page(lines).values():
            repeated.update({key(l) for l in page_lines if l.edge})
    for line in lines:
        if line.edge and _PAGE_NUMBER.match(line.text):
            line.furniture = True
        elif pages > 1 and line.edge and repeated[key(line)] >= max(2, (pages + 1) // 2):
            line.furniture = True


def _pitches(body):
    """Per font size, the line pitch of running text: the smallest baseline-to-baseline step between
    consecutive lines of one column that recurs (a paragraph's gap is larger; a one-off tighter step is not
    the pitch)."""
    steps = {}
    for a, b in zip(body, body[1:]):
        if a.page == b.page and a.size == b.size and b.bottom > a.bottom and a.region == b.region == -1:
            step = b.bottom - a.bottom
            if 0.5 * a.size < step < _MAX_LINE_STEPS * a.size:
                steps.setdefault(a.size, Counter())[round(step * 2) / 2] += 1
    pitches = {}
    for size, counts in steps.items():
        recurring = [step for step, n in counts.items() if n >= 2] or list(counts)
        pitches[size] = min(recurring)
    return pitches


def _right_edges(body):
    """Per page, the right edge of a full line (most lines end near it)."""
    edges = {}
    for page, page_lines in _by_page(body).items():
        ends = sorted(l.x1 for l in page_lines)
        edges[page] = ends[int(0.9 * (len(ends) - 1))]
    return edges


def _paragraphs(body, cells, regions):
    """Group lines into paragraphs: a bigger step than the line pitch, a change of font, a list marker, a
    short line, another table cell ends one."""
    pitches = _pitches(body)
    edges = _right_edges(body)

    def gap_break(a, b):
        step = b.bottom - a.bottom
        pitch = pitches.get(a.size)
        if pitch is None or a.size != b.size:  # no pitch to go by, or a step from one size to another
            return step > 1.6 * max(a.size, b.size) or step < 0
        # lines of a paragraph sit at most ~1.7 sizes apart (Hancom's 160% spacing is ~1.6)
        return step > min(1.2 * pitch + 0.5, _MAX_PITCH * a.size) or step < 0

    spaced = any(a.page == b.page and a.size == b.size and gap_break(a, b) for a, b in zip(body, body[1:]))
    groups = []
    for line in body:
        prev = groups[-1][-1] if groups else None
        if prev is None or abs(prev.size - line.size) > 0.6 or prev.bold != line.bold \
                or _MARKER_START.match(line.text) and not _closes_bracket(prev.text, line.text) \
                or prev.region != line.region:
            groups.append([line])
            continue
        if line.region >= 0:  # in a table: a cell's line that wrapped goes on in the next one
            step = line.bottom - prev.bottom
            same = cells.get(id(line)) == cells.get(id(prev)) and prev.page == line.page
            wrapped = not _ends_short(prev, regions[prev.region])
            groups[-1].append(line) if same and wrapped and 0 < step <= _MAX_LINE_STEPS * line.size \
                else groups.append([line])
            continue
        if prev.page != line.page:
            full = prev.x1 >= 0.9 * edges[prev.page]
            continues = full and line.page == prev.page + 1 and not line.furniture
            groups[-1].append(line) if continues else groups.append([line])
            continue
        if abs(prev.bottom - line.bottom) < 0.4 * line.size:   # same row: another cell
            groups.append([line])
        elif gap_break(prev, line) or not spaced and prev.x1 < 0.75 * edges[prev.page]:
            groups.append([line])
        else:
            groups[-1].append(line)
    return groups


def _closes_bracket(prev_text, text):
    """'… (2' over '02) 497-0124': a number wrapped inside its brackets, not an item numbered '02)'."""
    return text.lstrip()[:3].rstrip(" ").endswith(")") and prev_text.count("(") > prev_text.count(")")


def _join(lines, regions):
    """Wrapped lines back into one. In running text the break takes no character of its own (a line wrapped
    between words ends in its space; one wrapped inside a word, as Korean text is, goes straight on). In a
    table cell, a line that stops short of the cell's right side without a space ended there (the two lines
    of a title set as two paragraphs) and keeps its line break."""
    out = []
    for n, line in enumerate(lines):
        out.append(line.text)
        if n + 1 < len(lines):
            out.append("\n" if line.region >= 0 and _ends_short(line, regions[line.region]) else "")
    return "\n".join(fold_spaces(part) for part in "".join(out).split("\n"))


def _ends_short(line, region):
    if line.open_end:
        return False
    right = next((x for x in region.cols if x > line.middle[0]), region.x1)
    return line.x1 < right - 1.5 * line.size


def _split_header(text):
    """'보도자료   2025. 3. 6.' or '보도일시 ... 담당부서 ...' -> the cells that were run together."""
    if len(text) > 120 or not (re.search(r"\s{3,}", text) or any(label in text for label in _HEADER_LABELS)):
        return [text]
    parts = [fold_spaces(p) for p in _HEADER_SPLIT.split(text)]
    return [p for p in parts if p] or [fold_spaces(text)]


def _lossy(fonts):
    """TEXT_LAYER_LOSSY warnings: what the text layer is known not to hold."""
    warnings = []
    if fonts.unmapped:
        warnings.append(Warning("TEXT_LAYER_LOSSY", f"{fonts.unmapped} glyph(s) have no Unicode value in the "
                                                    "PDF's text layer and show as (cid:N)"))
    if fonts.not_embedded:
        names = ", ".join(sorted(fonts.not_embedded)[:3])
        warnings.append(Warning("TEXT_LAYER_LOSSY", f"the PDF's fonts are not embedded ({names}): characters "
                                                    "outside their character set, such as a middle dot (·) "
                                                    "or £, may be missing from the text"))
    return warnings


def read_pdf(data: bytes, path=None, encoding=None, max_pages=MAX_PAGES):
    """Bytes of a text PDF -> (blocks, None, warnings); at most `max_pages` pages are read."""
    lines, regions, pages, more, fonts = _extract(data, path, max(1, int(max_pages or MAX_PAGES)))
    warnings = []
    if more:
        warnings.append(Warning("PAGES_SKIPPED", f"only the first {pages} pages were read (--max-pages)"))
    warnings += _lossy(fonts)
    _mark_furniture(lines, pages)
    _place_in_regions(lines, regions)
    cells = _cells(lines, regions)
    order = {id(line): n for n, line in enumerate(lines)}
    line_on_page, seen = {}, {}   # a position an editor can find: "page 2, line 14", counted in reading order
    for line in lines:
        seen[line.page] = seen.get(line.page, 0) + 1
        line_on_page[id(line)] = seen[line.page]

    def where_of(line):
        return f"page {line.page + 1}, line {line_on_page[id(line)]}"

    placed = []   # (position of the first line in reading order, piece number, block)
    for line in lines:
        if line.furniture:
            placed.append((order[id(line)], 0, Block(text=line.text.strip(), where=where_of(line),
                                                     size=line.size, container="furniture")))
        if line.layer_text:
            # the text layer's own characters (a soft hyphen read as a dash): kept aside, never lost
            placed.append((order[id(line)], 99, Block(text=line.layer_text, where=where_of(line),
                                                      container="meta")))
    body = [l for l in lines if not l.furniture]
    left_margins = {page: min(l.x0 for l in page_lines) for page, page_lines in _by_page(body).items()}
    previous = None
    for group in _paragraphs(body, cells, regions):
        first = group[0]
        cell = cells.get(id(first))
        where = where_of(first) + (f", {cell_where(cell)}" if cell else "")
        blank = previous is not None and (previous[-1].page != first.page or
                                          first.bottom - previous[-1].bottom > 1.6 * previous[-1].size)
        mid = (first.x0 + max(l.x1 for l in group)) / 2
        centred = abs(mid - first.page_width / 2) < 0.05 * first.page_width and \
            first.x0 > left_margins[first.page] + 20
        pieces = _split_header(first.text.strip()) if len(group) == 1 and cell is None else [_join(group, regions)]
        for n, text in enumerate(pieces):
            placed.append((order[id(first)], n, Block(
                text=text, where=where, blank_before=blank and n == 0, size=first.size, bold=first.bold,
                align="center" if centred else None, cell=cell)))
        previous = group
    placed.sort(key=lambda item: item[:2])
    return [block for _, _, block in placed], None, warnings
