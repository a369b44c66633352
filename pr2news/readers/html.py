"""HTML reader for saved agency and news pages: the DOM -> Blocks, page chrome marked, nothing fetched.

Paragraphs, headings, list items and table cells become Blocks (`<br>` is a line break inside one).
Text in `nav`, `aside`, forms, share widgets and the site header/footer (outside the article) is kept
with container="chrome"; `<title>`, og:title and the publication time become container="meta" Blocks.
Scripts, styles and other non-text elements are dropped.
"""
from __future__ import annotations

import re

from lxml import etree, html as lxml_html

from ..errors import ConversionError
from ..model import Block, TableCell, Warning
from .common import cell_where, fold_spaces
from .text import decode, normalize

# Elements whose content is never text of the page.
_DROP = frozenset({"script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
                   "canvas", "video", "audio", "select", "option", "head", "link", "meta", "input",
                   "textarea", "img", "picture", "source", "map"})
# Elements that start and end a block of text.
_BLOCK = frozenset({"p", "div", "li", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr",
                    "table", "blockquote", "pre", "figcaption", "caption", "section", "article", "main",
                    "header", "footer", "nav", "aside", "form", "ul", "ol", "dl", "address", "figure",
                    "hr", "body", "html", "center", "fieldset", "legend", "details", "summary", "tbody",
                    "thead", "tfoot", "button"})
_CHROME_TAGS = frozenset({"nav", "aside", "form"})
_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar"})
_CHROME_CLASS = re.compile(
    r"(?:^|[\s_-])(?:share|sharing|social|sns|breadcrumbs?|gnb|lnb|snb|navbar|menu|cookie|related|"
    r"recommend|popular|comments?|advert|ads?|banner|subscribe|newsletter|skip|print|font-?size|"
    r"toolbar|util|quick)(?:$|[\s_-])", re.I)
_TITLE_META = ("og:title", "twitter:title")
_TIME_META = ("article:published_time", "og:published_time", "datepublished", "pubdate", "date")
_MAX_DEPTH = 2000
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")


def _decode(data, path, encoding):
    """Text of the page: a forced encoding, a byte-order mark, the meta charset, then detection."""
    if encoding or data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode(data, path, encoding)
    match = _CHARSET.search(data[:8192])
    if match:
        name = match.group(1).decode("ascii").lower()
        codec = {"euc-kr": "cp949", "ks_c_5601-1987": "cp949", "x-windows-949": "cp949", "ksc5601": "cp949",
                 "iso-8859-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252"}.get(name, name)
        try:
            return data.decode(codec), name
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: fall back to detection
    return decode(data, path, None)


def _parse(text, path):
    text = _XML_DECL.sub("", text, count=1)
    try:
        # huge_tree only lifts libxml2's depth and text-node limits; the input is already size-bounded
        parser = lxml_html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True,
                                      huge_tree=True, recover=True)
        root = lxml_html.document_fromstring(text, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise ConversionError(path, f"not a readable HTML page ({exc})") from None
    too_deep = any("depth" in (error.message or "").lower() for error in parser.error_log)
    return root, too_deep


def _tag(el):
    return el.tag.lower() if isinstance(el.tag, str) else ""


def _is_chrome(el, inside_article):
    """Page chrome: navigation, asides, forms, share widgets, and the site header/footer."""
    tag = _tag(el)
    if tag in _CHROME_TAGS:
        return True
    if tag in ("header", "footer") and not inside_article:
        return True
    if (el.get("role") or "").lower() in _CHROME_ROLES and not inside_article:
        return True
    names = f"{el.get('class') or ''} {el.get('id') or ''}"
    if names.strip() and _CHROME_CLASS.search(names):
        return el.find(".//article") is None and el.find(".//main") is None
    return False


class _Walker:
    """Depth-first over the DOM without recursion (deep nesting cannot overflow the stack)."""

    def __init__(self):
        self.blocks = []
        self.pieces = []
        self.context = None
        self.tables = 0
        self.cells = {}
        self.positions = {}  # element -> its number among same-tag siblings ("" when it is the only one)

    def flush(self):
        text = normalize("".join(self.pieces))
        self.pieces = []
        lines = [fold_spaces(line) for line in text.split("\n")]
        text = "\n".join(line for line in lines if line)
        if text and self.context is not None:
            self.blocks.append(Block(text=text, **self.context))

    def table_cells(self, table, depth):
        """Row and column of every cell of one table, or nothing for a layout table."""
        rows = [tr for tr in table.iter("tr") if _nearest(tr, "table") is table]
        grid = []
        for tr in rows:
            cells = [c for c in tr if _tag(c) in ("td", "th")]
            grid.append(cells)
        if any(c.find(".//table") is not None or len(c.text_content()) > 800 for cells in grid for c in cells):
            return  # a table used for page layout: its cells are not data
        self.tables += 1
        ncols = max((sum(_span(c) for c in cells) for cells in grid), default=1)
        for r, cells in enumerate(grid):
            col = 0
            for c in cells:
                self.cells[c] = TableCell(table=self.tables, row=r, col=col, rows=max(len(grid), 1),
                                          cols=max(ncols, 1), depth=depth)
                col += _span(c)

    def walk(self, root):
        body = root.find("body")
        start = body if body is not None else root
        # stack items: (element, entering, state, context to restore on leaving);
        # state = (container, list depth, table depth, inside the article)
        stack = [(start, True, ("body", 0, 0, False), None)]
        while stack:
            el, entering, state, outer = stack.pop()
            if not entering:
                if _tag(el) in _BLOCK:
                    self.flush()
                    self.context = outer
                if el.tail:
                    self.pieces.append(el.tail)
                continue
            tag = _tag(el)
            if tag in _DROP or not tag:
                if el.tail:
                    self.pieces.append(el.tail)
                continue
            container, list_depth, table_depth, in_article = state
            in_article = in_article or tag in ("article", "main")
            if container == "body" and _is_chrome(el, in_article):
                container = "chrome"
            if tag == "br":
                self.pieces.append("\n")
                if el.tail:
                    self.pieces.append(el.tail)
                continue
            outer = self.context
            if tag in _BLOCK:
                self.flush()
                self.context = self._context(el, tag, container, list_depth)
            if tag in ("ul", "ol"):
                list_depth += 1
            if tag == "table":
                self.table_cells(el, table_depth)
                table_depth += 1
            stack.append((el, False, state, outer))
            if len(stack) > _MAX_DEPTH:   # absurdly deep markup: take the rest of the subtree as text
                self.pieces.append(el.text_content())
                continue
            if el.text:
                self.pieces.append(el.text)
            inner = (container, list_depth, table_depth, in_article)
            for child in reversed(el):
                stack.append((child, True, inner, None))
        self.flush()

    def element_path(self, el):
        """Where an element sits, as a short path: '#story › article › p[3]' (from the nearest id, else body)."""
        steps = []
        while el is not None and _tag(el) not in ("body", "html"):
            element_id = el.get("id")
            if element_id and element_id.strip():
                steps.append("#" + " ".join(element_id.split())[:40])
                break
            steps.append(_tag(el) + self.position(el))
            el = el.getparent()
        return " › ".join(reversed(steps)) or "body"

    def position(self, el):
        parent = el.getparent()
        if parent is None:
            return ""
        if el not in self.positions:  # counted once per parent: a page with thousands of <p> stays linear
            counts, numbers = {}, []
            for child in parent:
                tag = _tag(child)
                counts[tag] = counts.get(tag, 0) + 1
                numbers.append((child, tag, counts[tag]))
            for child, tag, number in numbers:
                self.positions[child] = f"[{number}]" if counts[tag] > 1 else ""
        return self.positions.get(el, "")

    def _context(self, el, tag, container, list_depth):
        where = self.element_path(el)
        context = {"container": container, "where": where}
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            level = int(tag[1])
            context.update(style=f"Heading {level}", outline_level=level - 1, bold=True)
        elif tag == "li":
            parent = el.getparent()
            marker = "•"
            if parent is not None and _tag(parent) == "ol":
                items = [c for c in parent if _tag(c) == "li"]
                start = int(parent.get("start")) if (parent.get("start") or "").isdigit() else 1
                marker = f"{start + items.index(el)}."
            context.update(list_level=max(list_depth - 1, 0), list_marker=marker)
        elif tag in ("td", "th"):
            context.update(cell=self.cells.get(el), bold=tag == "th")
            cell = context["cell"]
            if cell is not None:
                context["where"] = cell_where(cell)
        elif tag == "blockquote":
            context.update(style="Quote")
        if (el.get("align") or "").lower() == "center" or tag == "center":
            context["align"] = "center"
        return context


def _span(cell):
    value = cell.get("colspan") or "1"
    return min(int(value), 100) if value.isdigit() and int(value) > 0 else 1


def _nearest(el, tag):
    parent = el.getparent()
    while parent is not None and _tag(parent) != tag:
        parent = parent.getparent()
    return parent


def _meta_blocks(root):
    """The page title, og:title and the publication time: evidence for the headline and the date."""
    blocks = []
    title = root.find(".//title")
    if title is not None and title.text_content().strip():
        blocks.append(Block(text=fold_spaces(normalize(title.text_content())), where="title",
                            container="meta"))
    published = None
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        content = fold_spaces(normalize(meta.get("content") or ""))
        if not content:
            continue
        if key in _TITLE_META:
            blocks.append(Block(text=content, where=key, container="meta"))
        elif key in _TIME_META and published is None:
            published = Block(text=content, where=key, container="meta")
    if published is None:
        for time in root.iter("time"):
            if time.get("datetime"):
                published = Block(text=time.get("datetime").strip(), where="time", container="meta")
                break
    if published is not None:
        blocks.append(published)
    return blocks


def read_html(data: bytes, path=None, encoding=None):
    """Bytes of a saved web page -> (blocks, encoding, warnings)."""
    text, used = _decode(data, path, encoding)
    root, too_deep = _parse(text, path)
    walker = _Walker()
    walker.walk(root)
    warnings = []
    if too_deep:
        warnings.append(Warning("HTML_TOO_DEEP", "the page nests tags deeper than the HTML parser allows; "
                                                 "text below that depth was not read"))
    return _meta_blocks(root) + walker.blocks, used, warnings
