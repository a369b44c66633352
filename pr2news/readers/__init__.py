"""Readers turn input bytes into Blocks; the kind of input is chosen from its content.

Each reader is `read(data, path, encoding) -> (blocks, encoding_or_None)` and is imported
only when needed, so a text conversion never pays for the docx or PDF machinery.
"""
from __future__ import annotations

import importlib
import io
import os

from ..checksum import sha256_hex
from ..errors import ConversionError
from ..model import Source, Warning

# kind -> "module:function"; modules are imported lazily.
READERS = {
    "text": "pr2news.readers.text:read_text",
    "docx": "pr2news.readers.docx:read_docx",
    "hwpx": "pr2news.readers.hwpx:read_hwpx",
    "hwp": "pr2news.readers.hwp:read_hwp",
    "pdf": "pr2news.readers.pdf:read_pdf",
    "html": "pr2news.readers.html:read_html",
}

SUFFIX_KINDS = {".txt": "text", ".text": "text", ".md": "text", ".docx": "docx", ".hwpx": "hwpx", ".hwp": "hwp",
                ".pdf": "pdf", ".html": "html", ".htm": "html", ".xhtml": "html"}

# What a folder is searched for by default: every suffix above but plain notes (a folder's README.md is not a
# release), and the legacy formats desks still hold, attempted so that each refusal is reported, never skipped
FOLDER_SUFFIXES = tuple(dict.fromkeys([*(s for s in SUFFIX_KINDS if s not in (".md", ".text")), ".doc", ".rtf"]))

_KIND_NAMES = {"docx": "Word (.docx)", "hwpx": "Hangul (.hwpx)", "hwp": "Hangul HWP 5 (.hwp)", "pdf": "PDF"}

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# the name of HWP 5's header stream as an OLE directory entry spells it (UTF-16)
_HWP_STREAM_NAME = "FileHeader".encode("utf-16-le")

MAX_BYTES = 20 * 1024 * 1024
MAX_PAGES = 200  # PDF pages read at most: bounds time and memory on huge or hostile PDFs


class Document:
    """What a reader produced: the blocks, where they came from, and any reader warnings."""
    __slots__ = ("blocks", "source", "warnings")

    def __init__(self, blocks, source, warnings=None):
        self.blocks = blocks                # list of Block
        self.source = source                # Source
        self.warnings = warnings if warnings is not None else []  # list of Warning


def sniff(data: bytes, path=None):
    """The input kind from its first bytes: text, docx, hwpx, hwp, pdf or html."""
    head = data[:2048]
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        import zipfile  # only zips need it; text conversions start faster without
        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except (zipfile.BadZipFile, OSError, ValueError):
            raise ConversionError(path, "a damaged or truncated zip archive (docx/hwpx)") from None
        if "word/document.xml" in names:
            return "docx"
        if any(n.startswith("Contents/section") for n in names) or "mimetype" in names and any(
                n.startswith("Contents/") for n in names):
            return "hwpx"
        raise ConversionError(path, "a zip archive that is neither a Word (.docx) nor a Hangul (.hwpx) document")
    if head.startswith(_OLE_MAGIC) and (b"HWP Document File" in data[:65536] or _HWP_STREAM_NAME in data):
        return "hwp"  # an OLE2 container with a FileHeader stream: HWP 5 (its reader checks the rest)
    if head.startswith(_OLE_MAGIC):
        raise ConversionError(path, "an OLE container that is not an HWP 5 file (legacy .doc, or a "
                                    "password-protected Office file); save it as .docx, .hwpx or PDF")
    if head.startswith(b"{\\rtf"):
        raise ConversionError(path, "an RTF document; save it as .docx, .hwpx or PDF")
    for magic, what in ((b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
                        (b"\x1f\x8b", "a gzip archive"), (b"7z\xbc\xaf", "a 7-Zip archive"),
                        (b"Rar!", "a RAR archive"), (b"HWP Document File", "an old HWP 3 file")):
        if head.startswith(magic):
            raise ConversionError(path, f"{what}, not a press release")
    start = data[:65536]
    if start.startswith((b"\xff\xfe", b"\xfe\xff")):  # a page saved as UTF-16: look at it as text
        start = start[:len(start) // 2 * 2].decode("utf-16", "replace").encode("utf-8")
    lowered = start.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<?xml")) and b"<html" in lowered:
        return "html"
    return "text"


def read_bytes(data: bytes, path=None, encoding=None, kind=None, max_bytes=MAX_BYTES, max_pages=MAX_PAGES):
    """Bytes -> Document, choosing the reader from the content (the suffix only breaks ties)."""
    if max_bytes and len(data) > max_bytes:
        raise ConversionError(path, f"too large ({len(data):,} bytes; the limit is {max_bytes:,})")
    if not data.strip():
        raise ConversionError(path, "empty input: no text to convert")
    warnings = []
    detected = kind or sniff(data, path)
    suffix = os.path.splitext(path)[1].lower() if path else ""
    expected = SUFFIX_KINDS.get(suffix)
    if expected not in (None, "text", "html") and detected == "text" and not kind and b"\x00" in data[:65536]:
        # binary, yet no format we know: a damaged file, or one renamed (a .hwp that is not HWP)
        raise ConversionError(path, f"named {suffix} but its content is no {_KIND_NAMES[expected]} file "
                                    "(nor any format pr2news reads): damaged, or not what its name says")
    if expected and not kind and expected != detected:
        warnings.append(Warning("KIND_MISMATCH", f"named {suffix} but the content is {detected}; read as {detected}"))
    module_name, _, func_name = READERS[detected].partition(":")
    try:
        reader = getattr(importlib.import_module(module_name), func_name)
    except ModuleNotFoundError:
        raise ConversionError(path, f"{detected} input is not supported yet") from None
    options = {"max_pages": max_pages} if detected == "pdf" else {}
    result = reader(data, path, encoding, **options)
    blocks, used_encoding = result[0], result[1]
    if len(result) > 2:
        warnings.extend(result[2])
    if not any(b.text.strip() for b in blocks):
        raise ConversionError(path, "no text found in the document")
    source = Source(path=path, format=detected, encoding=used_encoding,
                    sha256=sha256_hex(data))
    return Document(blocks=blocks, source=source, warnings=warnings)


def read_path(path, encoding=None, kind=None, max_bytes=MAX_BYTES, max_pages=MAX_PAGES):
    """A file on disk -> Document, with a one-line ConversionError for anything unreadable."""
    shown = os.fspath(path)
    try:
        if os.path.isdir(shown):
            raise ConversionError(shown, "is a directory, not a file")
        size = os.path.getsize(shown)
        if max_bytes and size > max_bytes:
            raise ConversionError(shown, f"too large ({size:,} bytes; the limit is {max_bytes:,})")
        with open(shown, "rb") as handle:
            data = handle.read()
    except ConversionError:
        raise
    except FileNotFoundError:
        raise ConversionError(shown, "no such file or folder") from None
    except PermissionError:
        raise ConversionError(shown, "permission denied") from None
    except OSError as exc:
        raise ConversionError(shown, exc.strerror or str(exc)) from None
    return read_bytes(data, shown, encoding=encoding, kind=kind, max_bytes=max_bytes, max_pages=max_pages)
