"""What several readers share: white space folding, table cell positions, and list counters."""
from __future__ import annotations

import re

CIRCLED_DIGITS = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
HANGUL_SYLLABLES = "가나다라마바사아자차카타파하"   # 가. 나. 다.
HANGUL_JAMO = "ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎ"        # ㄱ. ㄴ. ㄷ.
LATIN = "abcdefghijklmnopqrstuvwxyz"

_SPACE_RUN = re.compile(r"\s+")

_ROMAN_STEPS = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def roman(n):
    """3 -> 'iii', 14 -> 'xiv' (lower case; 0 and below give '')."""
    out = []
    for value, letters in _ROMAN_STEPS:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def letters(n, alphabet):
    """The n-th counter in an alphabet, doubled after the last letter as Word does: 27 -> 'aa'."""
    return alphabet[(n - 1) % len(alphabet)] * ((n - 1) // len(alphabet) + 1) if n > 0 else str(n)


def counter_text(value, fmt):
    """A list counter in a Hangul number format (HWPX names); past the end of a short alphabet, the number."""
    if fmt == "CIRCLED_DIGIT" and 0 < value <= len(CIRCLED_DIGITS):
        return CIRCLED_DIGITS[value - 1]
    if fmt == "HANGUL_SYLLABLE" and 0 < value <= len(HANGUL_SYLLABLES):
        return HANGUL_SYLLABLES[value - 1]
    if fmt == "HANGUL_JAMO" and 0 < value <= len(HANGUL_JAMO):
        return HANGUL_JAMO[value - 1]
    if fmt in ("LATIN_SMALL", "LATIN_CAPITAL") and 0 < value <= len(LATIN):
        letter = LATIN[value - 1]
        return letter.upper() if fmt == "LATIN_CAPITAL" else letter
    if fmt in ("ROMAN_SMALL", "ROMAN_CAPITAL") and 0 < value < 40:
        numeral = roman(value)
        return numeral.upper() if fmt == "ROMAN_CAPITAL" else numeral
    return str(value)


def fold_spaces(text):
    """Every run of white space (line breaks too) as one space, none at either end."""
    return _SPACE_RUN.sub(" ", text).strip()


def cell_where(cell, paragraph=None):
    """Where a table cell's text came from, the same in every reader: 'table 2, row 1, cell 3' (counted from 1),
    and ', paragraph 2' for a cell's later paragraphs."""
    where = f"table {cell.table}, row {cell.row + 1}, cell {cell.col + 1}"
    return f"{where}, paragraph {paragraph}" if paragraph and paragraph > 1 else where


def part_where(part, number, paragraph):
    """A paragraph inside a numbered part of the document: 'text box 1, paragraph 2', 'footnote 3, paragraph 1'."""
    return f"{part} {number}, paragraph {paragraph}"
