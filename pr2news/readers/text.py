"""Plain-text reader: bytes in an unknown encoding -> one Block per non-blank line."""
from __future__ import annotations

import unicodedata

from .. import fastre
from ..errors import ConversionError
from ..model import Block

# Spaces that word processors and web pages leave behind; all become a plain space.
_SPACES = fastre.compile("[\u00a0\u2002\u2003\u2007\u2009\u202f\u205f\u3000\t]")
# Invisible characters that only break matching.
_INVISIBLE = fastre.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "utf-32"),
    (b"\xff\xfe", "utf-16-le", "utf-16"),
    (b"\xfe\xff", "utf-16-be", "utf-16"),
)


def _is_hangul_or_cjk(ch):
    o = ord(ch)
    return (0xAC00 <= o <= 0xD7A3 or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F
            or 0x4E00 <= o <= 0x9FFF or 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFFEF)


def _plausible_korean(text):
    """Decoded as CP949: most non-ASCII characters must be Hangul (not hanja soup from Latin bytes)."""
    others = [c for c in text if ord(c) > 127]
    if not others:
        return True
    hangul = sum(0xAC00 <= ord(c) <= 0xD7A3 for c in others)
    typical = sum(_is_hangul_or_cjk(c) or unicodedata.category(c).startswith(("P", "S")) for c in others)
    return hangul / len(others) >= 0.6 and typical / len(others) >= 0.95


def _plausible_western(text):
    """Decoded as Windows-1252: a few accented letters or typographic quotes in mostly ASCII text."""
    others = [c for c in text if ord(c) > 127]
    return len(others) <= max(3, len(text) // 20) and all(
        unicodedata.category(c)[0] in "LPSZ" for c in others)


_CONTROL = fastre.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _controls(text):
    """How many control characters (other than line ends and tabs) the text holds."""
    return len(_CONTROL.findall(text))


def _utf16_without_bom(data):
    """(text, 'utf-16') for UTF-16 saved without a byte-order mark, told by where its NUL bytes fall."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    for codec, nuls, others in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        # ASCII and line ends put a NUL in every other byte; binary data scatters them
        if nuls >= len(data) // 8 and others <= nuls // 20:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue
            if not _controls(text.replace("\x00", "")) and "\x00" not in text:
                return text, "utf-16"
    return None


def decode(data: bytes, path=None, encoding=None):
    """Return (text, encoding name) for raw bytes, detecting UTF-8/16/32, CP949/EUC-KR and Windows-1252."""
    if encoding:
        try:
            return data.decode(encoding), encoding.lower()
        except LookupError:
            raise ConversionError(path, f"unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as exc:
            raise ConversionError(path, f"not valid {encoding} text (byte {exc.start})") from None
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec), name
            except UnicodeDecodeError:
                raise ConversionError(path, f"starts with a {name.upper()} byte-order mark but is not valid {name.upper()}") from None
    if b"\x00" in data:
        unmarked = _utf16_without_bom(data)
        if unmarked:
            return unmarked
        raise ConversionError(path, "contains NUL bytes: a binary file, not text")
    candidates = [("utf-8", None), ("euc-kr", _plausible_korean), ("cp949", _plausible_korean),
                  ("cp1252", _plausible_western)]
    for codec, plausible in candidates:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if plausible is None or plausible(text):
            if _controls(text) > max(2, len(text) // 100):
                break
            return text, codec
    raise ConversionError(path, "not text in a supported encoding (UTF-8, UTF-16, CP949/EUC-KR, Windows-1252); "
                                "use --encoding to name one")


def normalize(text):
    """NFC, one kind of line end, plain spaces, no invisible characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\v", "\n")
    # patterns rather than str.translate: a translate table is a dict lookup per character of Hangul text
    text = _INVISIBLE.sub("", _SPACES.sub(" ", text))
    return unicodedata.normalize("NFC", text)


_new_block = tuple.__new__
_BLOCK_DEFAULTS = tuple(Block._field_defaults[name] for name in Block._fields[5:])


# a page laid out in two columns and saved as text (pdftotext -layout, a sidebar beside the release): rows
# of 'left   right' with the right column starting at one fixed position
_GAP_BEFORE = fastre.compile(r"(?<=\S)   +(?=\S)|^ {20,}(?=\S)")
_FEWEST_TWO_COLUMN_ROWS = 3
_FEWEST_AT_COLUMN = 6
_NARROWEST_LEFT = 20


def _column_start(lines):
    """Where a right-hand column starts (the most common position text resumes after a run of spaces, on
    six lines or more), or None."""
    counts = {}
    for raw in lines:
        if "   " in raw:
            for gap in _GAP_BEFORE.finditer(raw):
                if gap.end() >= _NARROWEST_LEFT:
                    counts[gap.end()] = counts.get(gap.end(), 0) + 1
    if not counts:
        return None
    start, count = max(counts.items(), key=lambda kv: (kv[1], -kv[0]))
    return start if count >= _FEWEST_AT_COLUMN else None


def _cells(raw, start):
    """(left, right) of a row of a two-column page, or None when the row runs across the column's start."""
    if not raw[:start].strip():
        return "", raw[start:]  # the right column alone
    if len(raw.rstrip()) <= start - 2:
        return raw.rstrip(), ""  # the left column alone
    if raw[start - 2:start] != "  " or raw[start:start + 1] == " ":
        return None
    return raw[:start].rstrip(), raw[start:]


def read_in_columns(lines):
    """(line number, text) in reading order: runs of rows of a two-column page give their left column, then
    their right one (a sidebar of contacts and offices beside the release, read across, interleaves the
    two line by line); an empty cell is a blank line of its column. Any other text is left as it is."""
    numbered = list(enumerate(lines, start=1))
    start = _column_start(lines)
    if start is None:
        return numbered
    out, run = [], []

    def flush():
        if sum(1 for _, left, right in run if left.strip() and right.strip()) >= _FEWEST_TWO_COLUMN_ROWS:
            # rows after the right column's last line (a page number under the sidebar) stay where they stand
            last = max(k for k, (_, _, right) in enumerate(run) if right.strip()) + 1
            out.extend((number, left) for number, left, _ in run[:last])
            out.extend((number, " " * start + right if right.strip() else "") for number, _, right in run[:last])
            out.extend((number, lines[number - 1]) for number, _, _ in run[last:])
        else:
            out.extend((number, lines[number - 1]) for number, _, _ in run)
        run.clear()

    for number, raw in numbered:
        cells = _cells(raw, start) if raw.strip() else ("", "")
        if cells is None:
            flush()
            out.append((number, raw))
        else:
            run.append((number, *cells))
    flush()
    return out


def lines_to_blocks(text):
    """One Block per non-blank line, remembering indentation and the blank lines before it."""
    blocks = []
    blank = False
    lines = text.split("\n")
    numbered = read_in_columns(lines) if text.count("      ") >= _FEWEST_AT_COLUMN else enumerate(lines, start=1)
    for number, raw in numbered:
        stripped = raw.strip()
        if not stripped:
            blank = True
            continue
        indent = len(raw) - len(raw.lstrip(" "))
        # the tuple built directly: Block's generated __new__ (defaults filled in Python) costs more, per line
        blocks.append(_new_block(Block, (stripped, f"line {number}", number, blank, indent) + _BLOCK_DEFAULTS))
        blank = False
    return blocks


def read_text(data: bytes, path=None, encoding=None):
    """Bytes of a text file -> (blocks, encoding)."""
    text, used = decode(data, path, encoding)
    text = normalize(text)
    if _CONTROL.search(text):
        text = _CONTROL.sub("", text)
    blocks = lines_to_blocks(text)
    if not blocks:
        raise ConversionError(path, "empty input: no text to convert")
    return blocks, used
