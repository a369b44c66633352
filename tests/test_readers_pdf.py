"""PDF reader: PDFs rendered by reportlab from the example release convert like the text; bad PDFs fail in one line."""
import io
import json
import time

import pytest

import example_release as release
import pr2news

pytest.importorskip("pdfminer")
reportlab = pytest.importorskip("reportlab")
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

from pr2news.readers.pdf import read_pdf  # noqa: E402

FONT = "HYSMyeongJo-Medium"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))
WIDTH, HEIGHT, LEFT, MEASURE = 595.0, 842.0, 56.0, 400.0
RUNNING_HEAD = "서울특별시 보도자료 - 시민과 함께"


def wrap(text, size, measure=MEASURE):
    """Break text into lines no wider than `measure`, anywhere (as the agency PDFs in the corpus do)."""
    lines, current = [], ""
    for ch in text:
        if current and pdfmetrics.stringWidth(current + ch, FONT, size) > measure:
            lines.append(current)
            current = ""
        current += ch
    return lines + [current] if current else lines


class Pages:
    """A tiny layout engine: paragraphs of wrapped lines, a running head and '- N -' on every page."""

    def __init__(self, **options):
        self.buffer = io.BytesIO()
        self.canvas = canvas.Canvas(self.buffer, pagesize=(WIDTH, HEIGHT), **options)
        self.page = 0
        self.new_page()

    def new_page(self):
        if self.page:
            self.canvas.showPage()
        self.page += 1
        self.canvas.setFont(FONT, 8)
        self.canvas.drawString(LEFT, HEIGHT - 30, RUNNING_HEAD)
        self.canvas.drawCentredString(WIDTH / 2, 28, f"- {self.page} -")
        self.y = HEIGHT - 80

    def paragraph(self, text, size=10.5, break_after=None, centred=False):
        for n, line in enumerate(wrap(text, size)):
            if n == break_after:
                self.new_page()
            self.canvas.setFont(FONT, size)
            if centred:
                self.canvas.drawCentredString(WIDTH / 2, self.y, line)
            else:
                self.canvas.drawString(LEFT, self.y, line)
            self.y -= 1.4 * size
        self.y -= 0.6 * size  # paragraph spacing

    def pdf(self):
        self.canvas.save()
        return self.buffer.getvalue()


def agency_pdf():
    """The example release laid out as an agency PDF over two pages, the page break inside a paragraph."""
    pages = Pages()
    pages.paragraph(f"{release.HEADER[0]}   {release.HEADER[1]}", size=9)
    pages.paragraph(release.HEADLINE, size=18, centred=True)
    for line in release.HIGHLIGHTS:
        pages.paragraph(line, size=11)
    pages.paragraph(release.BODY[0])
    pages.paragraph(release.BODY[1], break_after=2)
    for line in release.BODY[2:]:
        pages.paragraph(line)
    for line in release.CONTACT:
        pages.paragraph(line, size=9)
    return pages.pdf()


def test_the_example_release_wraps_over_two_pages_in_the_fixture():
    assert len(wrap(release.BODY[1], 10.5)) >= 3
    assert agency_pdf().count(b"/Type /Page\n") + agency_pdf().count(b"/Type /Page ") >= 2


def test_agency_pdf_converts_to_the_same_article_as_the_text():
    got, want = release.same_article(pr2news.convert(agency_pdf(), name="release.pdf"),
                                     pr2news.convert(release.text(), name="release.txt"))
    assert got == want


def test_reader_rejoins_lines_across_the_page_break_and_marks_page_furniture():
    blocks, encoding, warnings = read_pdf(agency_pdf())
    # reportlab's HYSMyeongJo is not embedded: the text layer cannot hold a middle dot, and says so
    assert encoding is None and [w.code for w in warnings] == ["TEXT_LAYER_LOSSY"]
    body = [b.text for b in blocks if b.container == "body"]
    assert release.BODY[1] in body
    furniture = [b.text for b in blocks if b.container == "furniture"]
    assert furniture.count(RUNNING_HEAD) == 2 and "- 1 -" in furniture and "- 2 -" in furniture
    assert body[:2] == list(release.HEADER)          # the header cells split back apart
    headline = next(b for b in blocks if b.text == release.HEADLINE)
    assert headline.size == 18 and headline.align == "center"


def test_every_block_says_where_it_stands_as_page_and_line():
    blocks, _, _ = read_pdf(agency_pdf())
    where = {}
    for b in blocks:
        where.setdefault(b.text, []).append(b.where)
    assert where[RUNNING_HEAD] == ["page 1, line 1", "page 2, line 1"]   # read first on each page
    where = {text: places[0] for text, places in where.items()}
    assert where[release.HEADLINE] == "page 1, line 3"      # after the head and the header row
    # the paragraph broken by the page starts on page 1; the one after it starts on page 2
    assert where[release.BODY[1]].startswith("page 1, line ")
    assert where[release.BODY[2]].startswith("page 2, line ")
    assert int(where[release.BODY[2]].rsplit(" ", 1)[1]) > 2   # counted past the page's head and carried lines


def test_run_together_header_labels_are_split():
    pages = Pages()
    pages.paragraph("자료제공 : 2026. 5. 4. 담당부서 : 공원문화과 사진없음 매수 : 3매", size=9)
    pages.paragraph("본문 문단은 그대로 한 덩어리로 남는다.")
    blocks, _, _ = read_pdf(pages.pdf())
    assert [b.text for b in blocks if b.container == "body"][1:5] == [
        "자료제공 : 2026. 5. 4.", "담당부서 : 공원문화과", "사진없음", "매수 : 3매"]


def test_scanned_pdf_without_text_is_a_clear_error():
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer)
    c.rect(100, 100, 300, 400, fill=1)
    c.save()
    with pytest.raises(pr2news.ConversionError, match="scanned PDF without a text layer"):
        pr2news.convert(buffer.getvalue(), name="scan.pdf")


@pytest.mark.parametrize("make,reason", [
    (lambda: Pages(encrypt="secret").pdf(), "encrypted PDF"),
    (lambda: b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n" + bytes(range(256)) * 8, "damaged PDF"),
    (lambda: agency_pdf()[:400], "damaged PDF"),
])
def test_encrypted_and_damaged_pdfs_give_a_one_line_error(make, reason):
    with pytest.raises(pr2news.ConversionError) as caught:
        pr2news.convert(make(), name="bad.pdf")
    assert reason in str(caught.value) and "\n" not in str(caught.value)


def test_thousands_of_pages_are_bounded_by_max_pages():
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer)
    for n in range(3000):
        c.setFont(FONT, 10.5)
        c.drawString(LEFT, 700, f"{n + 1}번째 쪽의 문장입니다. 내용은 계속 이어집니다.")
        c.showPage()
    c.save()
    started = time.monotonic()
    article = pr2news.convert(buffer.getvalue(), name="huge.pdf", max_pages=5)
    assert time.monotonic() - started < 20
    assert "PAGES_SKIPPED" in article.warning_codes()
    assert "6번째" not in json.dumps(article.to_dict(), ensure_ascii=False)



def test_cli_max_pages_bounds_the_pdf_reader(tmp_path):
    from click.testing import CliRunner

    from pr2news.cli import main
    path = tmp_path / "release.pdf"
    path.write_bytes(agency_pdf())
    result = CliRunner().invoke(main, ["convert", str(path), "--max-pages", "1"])
    assert result.exit_code == 0, result.output
    assert "PAGES_SKIPPED" in [w["code"] for w in json.loads(result.stdout)["warnings"]]
    assert "warnings: PAGES_SKIPPED" in result.stderr


# -- the text layer: what it holds and what it loses

def one_line_pdf(text, font="Helvetica", size=11):
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(WIDTH, HEIGHT))
    c.setFont(font, size)
    c.drawString(LEFT, 700, text)
    c.setFont(font, size)
    c.drawString(LEFT, 680, "The new timetable starts on Monday and runs through the summer holidays.")
    c.save()
    return buffer.getvalue()


def test_a_soft_hyphen_after_a_space_is_read_as_a_dash_and_the_text_layer_line_is_kept():
    # reportlab's CID font writes an en dash as U+00AD, as the corpus PDFs have it
    blocks, _, _ = read_pdf(one_line_pdf("MONTGOMERY – Governor Kay Ivey on Monday signed the new law.", font=FONT))
    read = [b for b in blocks if b.container == "body"]
    assert read[0].text == "MONTGOMERY – Governor Kay Ivey on Monday signed the new law."
    assert [b.text for b in blocks if b.container == "meta"] == [   # the layer's own line, never lost
        "MONTGOMERY \u00ad Governor Kay Ivey on Monday signed the new law."]


def test_a_standard_font_loses_nothing_and_gives_no_warning():
    _, _, warnings = read_pdf(one_line_pdf("Governor Kay Ivey on Monday signed the new transit law."))
    assert warnings == []


def _lines_pdf(lines, size=10):
    """Lines drawn at a paragraph's pitch, each exactly as given (the wrap where a test wants it)."""
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(WIDTH, HEIGHT))
    y = 700
    for text in lines:
        c.setFont("Helvetica", size)
        c.drawString(LEFT, y, text)
        y -= 1.3 * size
    c.save()
    return buffer.getvalue()


def test_a_number_wrapped_inside_its_brackets_is_not_a_numbered_item():
    blocks, _, _ = read_pdf(_lines_pdf([
        "Media Contact: Dana Whitfield, Office of Communications, (4",
        "10) 555-0142, dana.whitfield@example.gov",
        "The office answers calls on weekdays between nine and five, and after hours in an emergency.",
        "2) Residents may also write to the office at the address printed on the notice.",
    ]))
    texts = [b.text for b in blocks if b.container == "body"]
    assert texts[0] == ("Media Contact: Dana Whitfield, Office of Communications, (410) 555-0142, "
                        "dana.whitfield@example.gov")
    assert texts[2].startswith("2) Residents")   # an item numbered after a closed bracket still starts anew


def _pdf_with_unmapped_glyphs():
    """A hand-made PDF whose Type 0 font has no ToUnicode map: its glyphs have no Unicode value."""
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
        "/Contents 4 0 R >>",
        None,  # the content stream, below
        "<< /Type /Font /Subtype /Type0 /BaseFont /NoMap /Encoding /Identity-H /DescendantFonts [6 0 R] >>",
        "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /NoMap "
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R >>",
        "<< /Type /FontDescriptor /FontName /NoMap /Flags 4 /FontBBox [0 0 1000 1000] /ItalicAngle 0 "
        "/Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>",
    ]
    stream = b"BT /F1 12 Tf 72 700 Td <0021002200230024> Tj ET"
    out, offsets = bytearray(b"%PDF-1.7\n"), []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        if body is None:
            out += f"{n} 0 obj << /Length {len(stream)} >> stream\n".encode() + stream + b"\nendstream endobj\n"
        else:
            out += f"{n} 0 obj {body} endobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer << /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def test_glyphs_without_a_unicode_value_are_reported_as_text_layer_lossy():
    blocks, _, warnings = read_pdf(_pdf_with_unmapped_glyphs())
    assert any("(cid:" in b.text for b in blocks)
    lossy = [w for w in warnings if w.code == "TEXT_LAYER_LOSSY"]
    assert lossy and "4 glyph(s)" in lossy[0].message


# -- boxes drawn with rules: Hancom prints the header grid, the title box and the contact table as tables

def ruled_table(c, x, top, widths, heights, rows, size=10, dotted=False):
    """Draw a table of rules (each cell outlined, as Hancom prints them) with its text; rows of cell texts,
    a cell holding a list of lines for several lines."""
    if dotted:
        c.setDash(1, 1)
    y = HEIGHT - top
    for r, row in enumerate(rows):
        cx = x
        for w, value in zip(widths, row):
            c.rect(cx, y - heights[r], w, heights[r], stroke=1, fill=0)
            for n, (text, text_size) in enumerate(value if isinstance(value, list) else [(value, size)]):
                c.setFont(FONT, text_size)
                c.drawString(cx + 4, y - 4 - (n + 1) * text_size * 1.5, text)
            cx += w
        y -= heights[r]
    c.setDash()


def ruled_release():
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(WIDTH, HEIGHT))
    ruled_table(c, 60, 60, [90, 150, 60, 150], [24], [["보도시점", "2026. 6. 3.(수) 11:00", "배포", "2026. 6. 2.(화)"]])
    ruled_table(c, 60, 100, [450], [110], [[[("섬 주민 뱃길 넓힌다", 20), ("연안 여객선 12개 항로 증편", 20),
                                            ("- 다음 달부터 하루 두 차례 더 운항 -", 13)]]])
    y = HEIGHT - 250
    for text in ("해양수산부는 연안 여객선 항로 12곳의 운항 횟수를 다음 달부터 늘린다고 3일 밝혔다.",
                 "늘어나는 운항 비용은 국비로 지원해 섬 주민의 운임은 오르지 않는다."):
        c.setFont(FONT, 12)
        c.drawString(60, y, text)
        y -= 30
    ruled_table(c, 60, 340, [70, 80, 60, 50, 60, 110], [22, 22],
                [["담당 부서", "해운물류국", "책임자", "과  장", "한바다", "(044-200-5710)"],
                 ["", "연안해운과", "담당자", "사무관", "윤물결", "(044-200-5717)"]], size=9)
    c.save()
    return buffer.getvalue()


def test_a_ruled_table_gives_cells_with_rows_and_columns():
    blocks, _, _ = read_pdf(ruled_release())
    header = [(b.text, b.cell.row, b.cell.col) for b in blocks if b.cell and b.cell.table == 1]
    assert header == [("보도시점", 0, 0), ("2026. 6. 3.(수) 11:00", 0, 1), ("배포", 0, 2), ("2026. 6. 2.(화)", 0, 3)]
    contact = [b for b in blocks if b.cell and b.cell.table == 3]
    assert [(b.text, b.cell.row) for b in contact][:3] == [("담당 부서", 0), ("해운물류국", 0), ("책임자", 0)]


def test_a_ruled_agency_release_reads_like_its_hwpx():
    article = pr2news.convert(ruled_release(), name="release.pdf")
    assert article.headline == "섬 주민 뱃길 넓힌다 연안 여객선 12개 항로 증편"   # two title lines: a space
    assert list(article.highlights) == ["다음 달부터 하루 두 차례 더 운항"]
    assert article.embargo.datetime == "2026-06-03T11:00"
    assert article.body[0].text.startswith("해양수산부는 연안 여객선")
    assert [(c.department, c.name, c.title) for c in article.contacts] == [
        ("해운물류국", "한바다", "과 장"), ("연안해운과", "윤물결", "사무관")]


def test_a_dotted_frame_is_a_box_too():
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(WIDTH, HEIGHT))
    ruled_table(c, 60, 100, [450], [80], [[[("〈 달라지는 점 〉", 12), ("• 하루 두 차례 더 운항한다.", 12)]]], dotted=True)
    c.setFont(FONT, 12)
    c.drawString(60, HEIGHT - 250, "본문 문장은 상자 밖에 있다.")
    c.save()
    blocks, _, _ = read_pdf(buffer.getvalue())
    boxed = {b.text: b.cell for b in blocks}
    assert boxed["〈 달라지는 점 〉"] is not None and boxed["• 하루 두 차례 더 운항한다."] is not None
    assert boxed["본문 문장은 상자 밖에 있다."] is None

