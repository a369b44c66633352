"""The Word reader: structure, formatting hints and source positions of .docx files, and bad input.

Fixtures are built here: python-docx where it can express the structure, raw WordprocessingML
(numbering, text boxes, merged cells, content controls, revisions, notes) where it cannot.
"""
import io
import zipfile

import docx
import pytest
from click.testing import CliRunner
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

import pr2news
from pr2news.cli import main
from pr2news.errors import ConversionError
from pr2news.readers import read_bytes
from pr2news.readers.docx import format_number, read_docx

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NAMESPACES = (f'xmlns:w="{W_NS}" '
              'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
              'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
              'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
              'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
              'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
              'xmlns:v="urn:schemas-microsoft-com:vml"')

NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {NAMESPACES}>
 <w:abstractNum w:abstractNumId="10">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl>
 </w:abstractNum>
 <w:abstractNum w:abstractNumId="11">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="ganada"/><w:lvlText w:val="%2."/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%3)"/></w:lvl>
 </w:abstractNum>
 <w:num w:numId="7"><w:abstractNumId w:val="10"/></w:num>
 <w:num w:numId="8"><w:abstractNumId w:val="11"/></w:num>
</w:numbering>"""


def para(text, ppr="", rpr=""):
    return f'<w:p><w:pPr>{ppr}</w:pPr><w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def numbered(text, num_id, ilvl=0):
    return para(text, ppr=f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>')


def cell(content, tcpr=""):
    return f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{content}</w:tc>"


def table(rows, cols):
    grid = "".join('<w:gridCol w:w="2000"/>' for _ in range(cols))
    return f"<w:tbl><w:tblPr/><w:tblGrid>{grid}</w:tblGrid>" + "".join(f"<w:tr>{r}</w:tr>" for r in rows) + "</w:tbl>"


def build_docx(body_xml, numbering=None, parts=None, rels=()):
    """A .docx from python-docx's template with this body XML; extra parts and relationships added raw."""
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    parts = dict(parts or {})
    if numbering is not None:
        parts["word/numbering.xml"] = numbering
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                data = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NAMESPACES}><w:body>' \
                       f'{body_xml}</w:body></w:document>'.encode()
            elif item.filename in parts:
                data = parts.pop(item.filename).encode()
            elif item.filename == "word/_rels/document.xml.rels" and rels:
                data = data.replace(b"</Relationships>", "".join(rels).encode() + b"</Relationships>")
            elif item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                                    b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
            target.writestr(item.filename, data)
        for name, text in parts.items():
            target.writestr(name, text)
    return out.getvalue()


def blocks_of(data):
    blocks, encoding, warnings = read_docx(data, "test.docx")
    assert encoding is None and warnings == []
    return blocks


def saved(document):
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# ---------------------------------------------------------------- structure

def test_paragraphs_and_tables_come_in_document_order_with_their_positions():
    body = para("first") + table([cell(para("a")) + cell(para("b"))], 2) + para("") + para("second")
    blocks = blocks_of(build_docx(body))
    assert [(b.text, b.where) for b in blocks] == [
        ("first", "paragraph 1"), ("a", "table 1, row 1, cell 1"), ("b", "table 1, row 1, cell 2"), ("second", "paragraph 3")]
    assert blocks[2].cell.row == 0 and blocks[2].cell.col == 1 and (blocks[2].cell.rows, blocks[2].cell.cols) == (1, 2)
    assert all(b.blank_before for b in blocks)


def test_merged_cells_are_read_once_with_their_grid_column():
    rows = [cell(para("wide"), '<w:gridSpan w:val="2"/>') + cell(para("tall"), '<w:vMerge w:val="restart"/>'),
            cell(para("x")) + cell(para("y")) + cell(para(""), "<w:vMerge/>")]
    blocks = blocks_of(build_docx(table(rows, 3)))
    assert [(b.text, b.cell.row, b.cell.col) for b in blocks] == [("wide", 0, 0), ("tall", 0, 2), ("x", 1, 0), ("y", 1, 1)]
    assert blocks[0].cell.cols == 3 and blocks[0].cell.rows == 2


def test_a_table_inside_a_cell_is_read_in_place_with_depth_one():
    inner = table([cell(para("inner"))], 1)
    blocks = blocks_of(build_docx(table([cell(para("outer") + inner + para("after"))], 1)))
    assert [(b.text, b.cell.table, b.cell.depth) for b in blocks] == [("outer", 1, 0), ("inner", 2, 1), ("after", 1, 0)]
    assert blocks[1].where == "table 2, row 1, cell 1" and blocks[2].where == "table 1, row 1, cell 1, paragraph 2"


def test_word_numbering_gives_bullet_glyphs_rendered_numbers_and_levels():
    body = (numbered("bullet", 7) + numbered("sub bullet", 7, 1) + numbered("one", 8) + numbered("가 item", 8, 1)
            + numbered("나 item", 8, 1) + numbered("deep", 8, 2) + numbered("two", 8) + numbered("가 again", 8, 1))
    blocks = blocks_of(build_docx(body, numbering=NUMBERING))
    assert [(b.list_marker, b.list_level) for b in blocks] == [
        ("•", 0), ("o", 1), ("1.", 0), ("가.", 1), ("나.", 1), ("1.1)", 2), ("2.", 0), ("가.", 1)]


def test_list_styles_from_the_template_number_their_paragraphs():
    document = docx.Document()
    document.add_paragraph("point", style="List Bullet")
    document.add_paragraph("first", style="List Number")
    blocks = blocks_of(saved(document))
    assert blocks[0].list_marker == "•" and blocks[0].style == "List Bullet"
    assert blocks[1].list_marker == "1." and blocks[1].list_level == 0


def test_number_formats_cover_korean_and_roman_counters():
    assert [format_number(3, f) for f in ("decimal", "ganada", "chosung", "lowerRoman", "upperLetter",
                                          "decimalEnclosedCircle")] == ["3", "다", "ㄷ", "iii", "C", "③"]


def test_style_outline_bold_size_and_alignment_are_reported():
    document = docx.Document()
    title = document.add_paragraph()
    run = title.add_run("Big bold title")
    run.bold, run.font.size = True, Pt(20)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_heading("Section", level=1)
    mixed = document.add_paragraph("plain ")
    mixed.add_run("bold").bold = True
    blocks = blocks_of(saved(document))
    assert (blocks[0].bold, blocks[0].size, blocks[0].align) == (True, 20.0, "center")
    assert blocks[1].style == "Heading 1" and blocks[1].outline_level == 0
    assert blocks[2].bold is False


def test_localised_style_names_are_kept_as_written():
    styles = ('<w:styles xmlns:w="%s"><w:style w:type="paragraph" w:styleId="a1"><w:name w:val="제목 1"/>'
              '<w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style></w:styles>' % W_NS)
    blocks = blocks_of(build_docx(para("소제목", ppr='<w:pStyle w:val="a1"/>'), parts={"word/styles.xml": styles}))
    assert (blocks[0].style, blocks[0].outline_level, blocks[0].bold, blocks[0].size) == ("제목 1", 0, True, 16.0)


def test_text_boxes_are_read_after_their_anchor_and_their_fallback_copy_is_skipped():
    box = ("<w:txbxContent>" + para("boxed subtitle") + "</w:txbxContent>")
    anchor = ('<w:p><w:r><w:t>anchor</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
              f'<wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp></a:graphicData>'
              f'</a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{box}'
              '</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>')
    blocks = blocks_of(build_docx(anchor + para("next")))
    assert [(b.text, b.container, b.where) for b in blocks] == [
        ("anchor", "body", "paragraph 1"), ("boxed subtitle", "textbox", "text box 1, paragraph 1"),
        ("next", "body", "paragraph 2")]


def test_headers_footers_and_footnotes_are_read_with_their_containers():
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "City Hall press office"
    document.sections[0].footer.paragraphs[0].text = "www.example.go.kr"
    document.add_paragraph("Body text.")
    data = saved(document)
    blocks = blocks_of(data)
    assert [(b.text, b.container) for b in blocks] == [
        ("City Hall press office", "header"), ("Body text.", "body"), ("www.example.go.kr", "footer")]
    assert blocks[0].where == "header 1, paragraph 1"

    notes = (f'<?xml version="1.0" encoding="UTF-8"?><w:footnotes {NAMESPACES}>'
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
             f'<w:footnote w:id="1">{para("Source: survey of 2025.")}</w:footnote></w:footnotes>')
    rel = ('<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
           'footnotes" Target="footnotes.xml"/>')
    blocks = blocks_of(build_docx(para("Body"), parts={"word/footnotes.xml": notes}, rels=[rel]))
    assert [(b.text, b.container, b.where) for b in blocks] == [
        ("Body", "body", "paragraph 1"), ("Source: survey of 2025.", "footnote", "footnote 1, paragraph 1")]


def test_line_breaks_become_newlines_and_tabs_become_spaces():
    body = '<w:p><w:r><w:t>Name</w:t><w:tab/><w:t>Kim</w:t><w:br/><w:t xml:space="preserve"> second line</w:t></w:r></w:p>'
    blocks = blocks_of(build_docx(body))
    assert blocks[0].text == "Name Kim\nsecond line"


def test_hyperlinks_keep_their_text_and_record_the_address():
    rel = ('<Relationship Id="rId91" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
           'hyperlink" Target="https://example.go.kr/news" TargetMode="External"/>')
    body = '<w:p><w:r><w:t xml:space="preserve">See </w:t></w:r><w:hyperlink r:id="rId91"><w:r><w:t>the notice</w:t></w:r></w:hyperlink></w:p>'
    blocks = blocks_of(build_docx(body, rels=[rel]))
    assert blocks[0].text == "See the notice" and blocks[0].link == "https://example.go.kr/news"


def test_fields_smart_tags_and_content_controls_keep_their_text_but_not_field_codes():
    body = ('<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE \\@ "yyyy" </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2026</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:smartTag w:element="place"><w:r><w:t xml:space="preserve"> Seoul</w:t></w:r></w:smartTag>'
            '<w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t xml:space="preserve"> inline</w:t></w:r></w:sdtContent></w:sdt>'
            '<w:fldSimple w:instr="PAGE"><w:r><w:t xml:space="preserve"> 3</w:t></w:r></w:fldSimple></w:p>'
            '<w:sdt><w:sdtPr/><w:sdtContent>' + para("block control") + '</w:sdtContent></w:sdt>')
    blocks = blocks_of(build_docx(body))
    assert [b.text for b in blocks] == ["2026 Seoul inline 3", "block control"]


def test_deleted_revisions_are_dropped_and_insertions_kept():
    body = ('<w:p><w:r><w:t xml:space="preserve">The fee is </w:t></w:r><w:del w:id="1" w:author="a"><w:r>'
            '<w:delText>10,000</w:delText></w:r></w:del><w:ins w:id="2" w:author="a"><w:r><w:t>12,000</w:t></w:r></w:ins>'
            '<w:r><w:t xml:space="preserve"> won.</w:t></w:r></w:p>')
    assert blocks_of(build_docx(body))[0].text == "The fee is 12,000 won."


def test_hidden_text_and_invisible_characters_are_dropped_and_text_normalised():
    body = ('<w:p><w:r><w:t xml:space="preserve">A\u00a0B\u200b </w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr>'
            '<w:t>hidden</w:t></w:r><w:r><w:t>C</w:t></w:r></w:p>')
    assert blocks_of(build_docx(body))[0].text == "A B C"


# ---------------------------------------------------------------- bad input

def _zip(entries):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return out.getvalue()


def _bomb():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"<w:document/>")
        with z.open("word/media/zeros.bin", "w") as handle:
            chunk = b"\0" * (1 << 20)
            for _ in range(64):
                handle.write(chunk)
    return out.getvalue()


def _with_external_entity(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET", encoding="utf-8")
    document = (f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{secret}">]>'
                f'<w:document {NAMESPACES}><w:body>{para("&xxe;")}</w:body></w:document>')
    good = build_docx(para("x"))
    source = zipfile.ZipFile(io.BytesIO(good))
    return _zip({n: (document if n == "word/document.xml" else source.read(n)) for n in source.namelist()})


BAD_INPUTS = {
    "not a zip": (lambda tmp: b"PK\x03\x04 this is not really a zip", "damaged"),
    "zip without word/document.xml": (lambda tmp: _zip({"hello.txt": "hi"}), "Word (.docx)"),
    "truncated file": (lambda tmp: build_docx(para("x"))[:3000], "truncated"),
    "OLE container": (lambda tmp: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "OLE container"),
    "zip bomb": (lambda tmp: _bomb(), "zip bomb"),
    "external entity": (_with_external_entity, "entities"),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_word_input_raises_one_conversion_error_naming_the_reason(case, tmp_path):
    make, reason = BAD_INPUTS[case]
    with pytest.raises(ConversionError) as caught:
        read_bytes(make(tmp_path), "bad.docx")
    assert reason in caught.value.reason and caught.value.path == "bad.docx"
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_the_docx_reader_alone_refuses_bad_input_too(case, tmp_path):
    make, _reason = BAD_INPUTS[case]
    with pytest.raises(ConversionError):
        read_docx(make(tmp_path), "bad.docx")


def test_python_docx_parser_never_resolves_external_entities(tmp_path):
    from docx.oxml.parser import oxml_parser, parse_xml
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET", encoding="utf-8")
    element = parse_xml(f'<!DOCTYPE r [<!ENTITY xxe SYSTEM "file://{secret}">]><r>&xxe;</r>'.encode())
    assert "TOP-SECRET" not in "".join(element.itertext())
    assert oxml_parser.resolve_entities is False if hasattr(oxml_parser, "resolve_entities") else True


def test_cli_reports_a_bad_docx_in_one_line_and_exits_1(tmp_path):
    path = tmp_path / "renamed.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    result = CliRunner().invoke(main, ["convert", str(path)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1


# ---------------------------------------------------------------- articles from Word layouts

def _agency_release(lang):
    document = docx.Document()
    header = document.add_table(rows=1, cols=3)
    contact = document.add_table(rows=2, cols=4)
    if lang == "ko":
        texts = ("보도자료", "보도일시", "2026. 4. 2.(목) 06:00",
                 "서울시, 도심 공원 12곳에 숲길 정원 새로 연다",
                 ["4월 한 달간 자치구별 개장 행사와 시민 해설 프로그램 운영", "정원 조성에 시민 3천 명 참여"],
                 ["서울시는 도심 곳곳의 자투리땅을 활용해 조성한 숲길 정원 12곳을 4월부터 시민에게 개방한다고 1일 밝혔다.",
                  "이번에 여는 숲길 정원은 모두 3만 제곱미터 규모로, 시민들이 직접 꽃과 나무를 심어 조성했다."],
                 ("담당부서", "공원조성과", "담당자", "주무관 김하늘", "연락처", "02-2133-2010", "", ""))
    else:
        texts = ("NEWS RELEASE", "Released", "April 2, 2026",
                 "City Opens Twelve Forest Gardens in Downtown Parks",
                 ["Opening events in every district throughout April", "Three thousand residents helped plant the gardens"],
                 ["HARBOR CITY — The city will open twelve forest gardens built on unused lots to the public this month, the parks department said on Wednesday.",
                  "The gardens cover thirty thousand square meters and were planted by residents over the past year."],
                 ("Media Contact", "Priya Nair", "Phone", "555-010-7788", "Email", "press@harbor.example.gov", "", ""))
    label, time_label, when, headline, highlights, body, contact_cells = texts
    for c, text in zip(header.rows[0].cells, (label, time_label, when)):
        c.text = text
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(headline)
    run.bold, run.font.size = True, Pt(18)
    box = document.add_table(rows=1, cols=1)
    box.cell(0, 0).text = "- " + highlights[0]
    box.cell(0, 0).add_paragraph("- " + highlights[1])
    for text in body:
        document.add_paragraph(text)
    body_element = document.element.body
    body_element.remove(contact._tbl)
    body_element.insert(len(body_element) - 1, contact._tbl)
    for n, c in enumerate(contact.rows[0].cells + contact.rows[1].cells):
        c.text = contact_cells[n]
    return saved(document), headline, highlights, body


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_an_agency_layout_in_word_becomes_the_expected_article(lang, tmp_path):
    data, headline, highlights, body = _agency_release(lang)
    path = tmp_path / "release.docx"
    path.write_bytes(data)
    article = pr2news.convert(path)
    assert article.headline == headline
    assert list(article.highlights) == highlights
    assert article.body_text().replace("\n\n", " ").endswith(body[-1])
    assert article.body[0].text.endswith(body[0][-20:])
    assert article.embargo is not None or article.dateline is not None
    when = (article.embargo or article.dateline)
    assert "2026-04-02" in (getattr(when, "datetime", None) or getattr(when, "date", None) or "")
    assert len(article.contacts) == 1
    assert article.contacts[0].phones == (("02-2133-2010",) if lang == "ko" else ("555-010-7788",))
    assert article.source.format == "docx"
    assert "NO_CONTACT" not in article.warning_codes()


def test_the_trace_points_back_at_table_cells_and_paragraphs():
    data, *_ = _agency_release("ko")
    article = pr2news.convert(data)
    wheres = {t.where: t.role for t in article.trace}
    assert wheres["paragraph 1"] == "headline"
    assert wheres["table 2, row 1, cell 1"] == "highlight"
    assert wheres["table 3, row 1, cell 2"] == "contact"
