"""Source positions read the same in every reader: a table cell is 'table 1, row 2, cell 1' in Word, Hangul and HTML."""
from pr2news.readers import read_bytes

import test_readers_docx as docx_fixtures
import test_readers_hwpx as hwpx_fixtures

ROWS = [["구분", "일시"], ["개막", "6월 6일"]]
EXPECTED = [("구분", "table 1, row 1, cell 1"), ("일시", "table 1, row 1, cell 2"),
            ("개막", "table 1, row 2, cell 1"), ("6월 6일", "table 1, row 2, cell 2")]


def cells(data):
    return [(b.text, b.where) for b in read_bytes(data).blocks if b.cell is not None]


def test_a_word_table_cell_is_named_as_in_every_reader():
    rows = ["".join(docx_fixtures.cell(docx_fixtures.para(text)) for text in row) for row in ROWS]
    assert cells(docx_fixtures.build_docx(docx_fixtures.table(rows, 2))) == EXPECTED


def test_a_hangul_table_cell_is_named_as_in_every_reader():
    data = hwpx_fixtures.hwpx(hwpx_fixtures.section(hwpx_fixtures.table([[[text] for text in row] for row in ROWS])))
    assert cells(data) == EXPECTED


def test_an_html_table_cell_is_named_as_in_every_reader():
    rows = "".join("<tr>" + "".join(f"<td>{text}</td>" for text in row) + "</tr>" for row in ROWS)
    assert cells(f"<html><body><table>{rows}</table></body></html>".encode()) == EXPECTED


def test_a_cells_later_paragraphs_and_other_parts_name_their_paragraph():
    two = docx_fixtures.cell(docx_fixtures.para("첫째") + docx_fixtures.para("둘째"))
    data = docx_fixtures.build_docx(docx_fixtures.table([two], 1))
    assert cells(data) == [("첫째", "table 1, row 1, cell 1"), ("둘째", "table 1, row 1, cell 1, paragraph 2")]
