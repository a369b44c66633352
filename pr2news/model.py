"""Records passed along the pipeline: reader blocks in, an Article out.

Every record is an immutable typing.NamedTuple: fields by name, keyword construction, `_replace()`.
NamedTuple rather than a frozen dataclass because a dataclass costs ~0.5 ms to create at import and
these ten are created on every start (a one-file conversion takes ~50 ms in all), and a tuple is also
quicker to build, once per input line. `Article.to_dict()` gives the JSON contract (schema_version 1)
with a stable key order. (No `from __future__ import annotations` here: NamedTuple turns string
annotations into ForwardRefs by compiling each one, ~0.5 ms of every start.)
"""
from typing import NamedTuple, Optional

SCHEMA_VERSION = 1

ROLES = ("headline", "highlight", "dateline", "embargo", "byline", "body",
         "contact", "attachment", "stripped")


class TableCell(NamedTuple):
    """Where a block sits inside a table: which table, which row and column, and the table's shape."""
    table: int
    row: int
    col: int
    rows: int = 1
    cols: int = 1
    depth: int = 0  # nesting: 0 for a table in the body, 1 for a table inside a cell, ...
    row_span: int = 1  # rows and columns a merged cell covers (readers that know it: HWPX, HWP)
    col_span: int = 1


class Block(NamedTuple):
    """One unit of input as a reader saw it (a text line, a Word paragraph, a table cell).

    Readers describe, they never decide: these are layout hints, not roles.
    """
    text: str
    where: str = ""                     # human-readable source position: "line 12", "table 1 r2 c3"
    line: Optional[int] = None          # 1-based source line, for text inputs
    blank_before: bool = False          # one or more empty lines precede this block
    indent: int = 0                     # leading spaces (text) or indentation level (docx)
    style: Optional[str] = None         # paragraph style name, e.g. "Title", "Heading 1", "List Bullet"
    outline_level: Optional[int] = None
    bold: bool = False                  # the whole visible text is bold
    size: Optional[float] = None        # font size in points (largest run)
    align: Optional[str] = None         # left | center | right | justify
    list_level: Optional[int] = None    # Word list level (numPr ilvl)
    list_marker: Optional[str] = None   # bullet glyph or rendered number from Word numbering
    cell: Optional[TableCell] = None
    container: str = "body"             # body | header | footer | textbox | footnote
    link: Optional[str] = None          # hyperlink target when the block is a link


class Source(NamedTuple):
    path: Optional[str]
    format: str
    encoding: Optional[str]
    sha256: str
    read_as: str = "file"           # file | text (a str taken as the release itself) | bytes (standard input)

    def to_dict(self):
        return {"path": self.path, "format": self.format, "encoding": self.encoding, "sha256": self.sha256,
                "read_as": self.read_as}


# Every warning code an article can carry, and what it means: `--help` and the README list these.
WARNING_CODES = {
    "NO_HEADLINE": "no line looks like a headline",
    "HEADLINE_GUESSED": "a headline was chosen with low confidence",
    "NO_BODY": "no running text found",
    "TRUNCATED_BODY": "the copy was cut mid-sentence; the cut sentence is in stripped, not in the body",
    "NO_CONTACT": "no department contact found",
    "KIND_MISMATCH": "the file's suffix does not match its content; read by content",
    "PAGES_SKIPPED": "a PDF had more pages than --max-pages; the rest were not read",
    "TEXT_LAYER_LOSSY": "a PDF's text layer is known to lack characters (glyphs without a Unicode value, fonts "
                        "not embedded whose producer dropped what they lack, such as a middle dot)",
    "HTML_TOO_DEEP": "a saved page nested deeper than the parser allows; that text could not be read",
    "CORRECTIONS_STALE": "the --corrections given were made for another version of the input, or pin a line "
                         "past its last: not applied",
}


class Warning(NamedTuple):
    code: str
    message: str

    def to_dict(self):
        return {"code": self.code, "message": self.message}


class Dateline(NamedTuple):
    text: str
    date: Optional[str] = None   # YYYY-MM-DD
    time: Optional[str] = None   # HH:MM
    place: Optional[str] = None

    def to_dict(self):
        return {"text": self.text, "date": self.date, "time": self.time, "place": self.place}


class Embargo(NamedTuple):
    text: str
    datetime: Optional[str] = None  # YYYY-MM-DDTHH:MM, local time

    def to_dict(self):
        return {"text": self.text, "datetime": self.datetime}


class BodyBlock(NamedTuple):
    type: str                       # paragraph | heading | list_item | quote | note | table
    text: str
    level: Optional[int] = None
    marker: Optional[str] = None
    rows: Optional[tuple] = None    # tables only: tuple of tuples of cell strings

    def to_dict(self):
        out = {"type": self.type, "text": self.text}
        if self.level is not None:
            out["level"] = self.level
        if self.marker is not None or self.type == "list_item":
            out["marker"] = self.marker
        if self.rows is not None:
            out["rows"] = [list(r) for r in self.rows]
        return out


class Contact(NamedTuple):
    text: str
    department: Optional[str] = None
    team: Optional[str] = None
    name: Optional[str] = None
    title: Optional[str] = None
    phones: tuple = ()
    emails: tuple = ()

    def to_dict(self):
        return {"text": self.text, "department": self.department, "team": self.team,
                "name": self.name, "title": self.title,
                "phones": list(self.phones), "emails": list(self.emails)}


class Trace(NamedTuple):
    """Which role one input line was given, and why: what `inspect` and the preview show."""
    where: str
    text: str
    role: str
    reason: str
    line: Optional[int] = None


class Article(NamedTuple):
    lang: str = "und"
    headline: Optional[str] = None
    highlights: tuple = ()
    dateline: Optional[Dateline] = None
    embargo: Optional[Embargo] = None
    byline: Optional[str] = None
    body: tuple = ()                 # BodyBlock
    contacts: tuple = ()             # Contact
    attachments: tuple = ()          # str
    stripped: tuple = ()             # str
    slug: str = ""
    source: Optional[Source] = None
    warnings: tuple = ()             # Warning
    trace: tuple = ()                # Trace, not part of the JSON contract

    def warning_codes(self):
        return [w.code for w in self.warnings]

    def body_text(self):
        """The body as plain text, one block per paragraph."""
        return "\n\n".join(b.text for b in self.body)

    def to_dict(self):
        """The article as the JSON contract (schema_version 1), keys in a stable order."""
        return {
            "schema_version": SCHEMA_VERSION,
            "lang": self.lang,
            "headline": self.headline,
            "highlights": list(self.highlights),
            "dateline": self.dateline.to_dict() if self.dateline else None,
            "embargo": self.embargo.to_dict() if self.embargo else None,
            "byline": self.byline,
            "body": [b.to_dict() for b in self.body],
            "contacts": [c.to_dict() for c in self.contacts],
            "attachments": list(self.attachments),
            "stripped": list(self.stripped),
            "slug": self.slug,
            "source": self.source.to_dict() if self.source else
                      {"path": None, "format": "text", "encoding": None, "sha256": "0" * 64, "read_as": "text"},
            "warnings": [w.to_dict() for w in self.warnings],
        }
