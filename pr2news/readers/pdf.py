"""PDF reader (text-based PDFs, via pdfminer.six): positioned text lines -> paragraph Blocks.

Lines are read with their positions and font sizes, grouped into paragraphs by the vertical gaps
between them (and rejoined across page breaks), and page numbers and running heads/feet repeated
on every page are marked container="furniture". Scanned PDFs without a text layer are refused.
"""
from __future__ import annotations

import io
import re
import statistics
from collections import Counter
from dataclasses import dataclass

from ..errors import ConversionError
from ..model import Block, Warning
from . import MAX_PAGES
from .common import fold_spaces
from .text import normalize

# Page numbers as agencies print them: "- 1 -", "1", "1/3", "Page 1 of 3", "- 1/3 -".
_PAGE_NUMBER = re.compile(r"^[-–—\s]*(?:page\s*)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?[-–—\s]*$", re.I)
# Cells of the agency header table that text extraction runs together on one line.
_HEADER_LABELS = ("자료제공", "보도일시", "배포일시", "보도시점", "담당부서", "사진없음", "사진있음", "매수")
_HEADER_SPLIT = re.compile(r"\s{3,}|\s+(?=(?:%s))" % "|".join(_HEADER_LABELS))
_MARKER_START = re.compile(r"^\s*(?:[□■○●◦•◇◆▶▷►▪※ㅇ]|[-–—]\s|\d{1,2}[.)]\s|[①-⑳])")
_BOLD_FONT = re.compile(r"bold|black|heavy|demi|semibold|[-,]b$|[-,]bd$", re.I)
_EDGE = 0.09  # share of the page height at top and bottom where running heads and feet live


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
    furniture: bool = False

    @property
    def edge(self):
        return self.top < _EDGE * self.page_height or self.bottom > (1 - _EDGE) * self.page_height


def _clean(text):
    """Normalized line text; a soft hyphen is dropped only at the line end (where it marks a break),
    since CID fonts often map a printed dash to U+00AD mid-line."""
    text = text.replace("\n", "").rstrip("\r")
    body = text.rstrip()
    trailing = text[len(body):]
    if body.endswith("\u00ad"):
        body = body[:-1]
    parts = [normalize(part) for part in body.split("\u00ad")]
    return "\u00ad".join(parts) + normalize(trailing)


def _refuse_encrypted(exc, path):
    """Raise the password error when pdfminer's exception says the PDF is encrypted."""
    name = type(exc).__name__
    if "Password" in name or "Encryption" in name:
        raise ConversionError(path, "an encrypted PDF that needs a password; save an unprotected copy") from None


def _text_lines(layout, LTTextContainer, LTTextLine):
    for element in layout:
        if isinstance(element, LTTextLine):
            yield element
        elif isinstance(element, LTTextContainer):
            yield from (line for line in element if isinstance(line, LTTextLine))
        elif hasattr(element, "__iter__"):  # figures and groups may hold text too
            yield from _text_lines(element, LTTextContainer, LTTextLine)


def _extract(data, path, max_pages):
    """Every text line of the first `max_pages` pages, with (pages read, pages in the file or None)."""
    try:  # imported here so that other conversions never load pdfminer
        from pdfminer.converter import PDFPageAggregator
        from pdfminer.layout import LAParams, LTChar, LTTextContainer, LTTextLine
        from pdfminer.pdfdocument import PDFDocument
        from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
        from pdfminer.pdfpage import PDFPage
        from pdfminer.pdfparser import PDFParser
    except ImportError:
        raise ConversionError(None, "PDF input needs pdfminer.six (pip install pdfminer.six)") from None
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
    except Exception as exc:  # pdfminer raises many types on damaged input; all mean "unreadable"
        _refuse_encrypted(exc, path)
        raise ConversionError(path, f"a damaged PDF ({type(exc).__name__})") from None
    manager = PDFResourceManager(caching=True)
    device = PDFPageAggregator(manager, laparams=LAParams(line_margin=0.3))
    interpreter = PDFPageInterpreter(manager, device)
    lines, pages, any_chars, more = [], 0, False, False
    try:
        for page in PDFPage.create_pages(document):
            if pages >= max_pages:
                more = True
                break
            interpreter.process_page(page)
            layout = device.get_result()
            height, width = layout.height or 842.0, layout.width or 595.0
            for tl in _text_lines(layout, LTTextContainer, LTTextLine):
                chars = [c for c in tl if isinstance(c, LTChar)]
                text = _clean(tl.get_text())
                if not chars or not text.strip():
                    continue
                any_chars = True
                visible = [c for c in chars if c.get_text().strip()] or chars
                size = round(statistics.median(c.size for c in visible), 1)
                bold = all(_BOLD_FONT.search(c.fontname or "") for c in visible)
                lines.append(_Line(page=pages, text=text, x0=tl.x0, x1=tl.x1, top=height - tl.y1,
                                   bottom=height - tl.y0, size=size, bold=bold,
                                   page_height=height, page_width=width))
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
    return lines, pages, more


def _by_page(lines):
    """Page number -> its lines, in their order; one pass instead of a scan of all lines per page."""
    pages = {}
    for line in lines:
        pages.setdefault(line.page, []).append(line)
    return pages


def _reading_order(lines):
    """Top to bottom, then left to right for lines that share a baseline (cells of one table row)."""
    out = []
    for page, page_lines in sorted(_by_page(lines).items()):
        on_page = sorted(page_lines, key=lambda l: (l.bottom, l.x0))
        rows = []
        for line in on_page:
            if rows and abs(rows[-1][0].bottom - line.bottom) < 0.4 * line.size:
                rows[-1].append(line)
            else:
                rows.append([line])
        for row in rows:
            out.extend(sorted(row, key=lambda l: l.x0))
    return out


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
    """The smallest baseline-to-baseline step between consecutive same-size lines, per font size."""
    best = {}
    for a, b in zip(body, body[1:]):
        if a.page == b.page and a.size == b.size and b.bottom > a.bottom:
            step = b.bottom - a.bottom
            if step > 0.5 * a.size:
                best[a.size] = min(best.get(a.size, step), step)
    return best


def _right_edges(body):
    """Per page, the right edge of a full line (most lines end near it)."""
    edges = {}
    for page, page_lines in _by_page(body).items():
        ends = sorted(l.x1 for l in page_lines)
        edges[page] = ends[int(0.9 * (len(ends) - 1))]
    return edges


def _paragraphs(body):
    """Group lines into paragraphs: a bigger gap, a change of font, a list marker or a short line ends one."""
    pitches = _pitches(body)
    edges = _right_edges(body)

    def gap_break(a, b):
        step = b.bottom - a.bottom
        pitch = pitches.get(a.size, 1.2 * a.size)
        return step > 1.6 * a.size or step > 1.2 * pitch or step < 0

    spaced = any(a.page == b.page and a.size == b.size and gap_break(a, b) for a, b in zip(body, body[1:]))
    groups = []
    for line in body:
        prev = groups[-1][-1] if groups else None
        if prev is None or abs(prev.size - line.size) > 0.6 or prev.bold != line.bold \
                or _MARKER_START.match(line.text):
            groups.append([line])
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


def _join(lines):
    """Wrapped lines back into one: the break takes no character of its own (spaces stay where they were)."""
    return fold_spaces("".join(l.text for l in lines))


def _split_header(text):
    """'보도자료   2025. 3. 6.' or '보도일시 ... 담당부서 ...' -> the cells that were run together."""
    if len(text) > 120 or not (re.search(r"\s{3,}", text) or any(label in text for label in _HEADER_LABELS)):
        return [text]
    parts = [fold_spaces(p) for p in _HEADER_SPLIT.split(text)]
    return [p for p in parts if p] or [fold_spaces(text)]


def read_pdf(data: bytes, path=None, encoding=None, max_pages=MAX_PAGES):
    """Bytes of a text PDF -> (blocks, None, warnings); at most `max_pages` pages are read."""
    lines, pages, more = _extract(data, path, max(1, int(max_pages or MAX_PAGES)))
    warnings = []
    if more:
        warnings.append(Warning("PAGES_SKIPPED", f"only the first {pages} pages were read (--max-pages)"))
    _mark_furniture(lines, pages)
    ordered = _reading_order(lines)
    position = {id(line): n for n, line in enumerate(ordered)}
    placed = []   # (position of the first line in reading order, piece number, block)
    for line in ordered:
        if line.furniture:
            placed.append((position[id(line)], 0, Block(text=line.text.strip(), where=f"page {line.page + 1}",
                                                        size=line.size, container="furniture")))
    body = [l for l in ordered if not l.furniture]
    left_margins = {page: min(l.x0 for l in page_lines) for page, page_lines in _by_page(body).items()}
    previous = None
    for group in _paragraphs(body):
        first = group[0]
        where = f"page {first.page + 1}"
        blank = previous is not None and (previous[-1].page != first.page or
                                          first.bottom - previous[-1].bottom > 1.6 * previous[-1].size)
        mid = (first.x0 + max(l.x1 for l in group)) / 2
        centred = abs(mid - first.page_width / 2) < 0.05 * first.page_width and \
            first.x0 > left_margins[first.page] + 20
        pieces = _split_header(group[0].text.strip()) if len(group) == 1 else [_join(group)]
        for n, text in enumerate(pieces):
            placed.append((position[id(first)], n, Block(
                text=text, where=where, blank_before=blank and n == 0, size=first.size, bold=first.bold,
                align="center" if centred else None)))
        previous = group
    placed.sort(key=lambda item: item[:2])
    return [block for _, _, block in placed], None, warnings
