"""HWPX reader: OWPML zips written by hand convert like the text; bad archives give one-line errors."""
import io
import time
import zipfile
from xml.sax.saxutils import escape

import pytest

import example_release as release
import pr2news
from pr2news.readers import read_bytes
from pr2news.readers.hwpx import read_hwpx

NS = ('xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph" '
      'xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" '
      'xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head"')

HEADER_XML = f"""<?xml version="1.0" encoding="UTF-8"?>
<hh:head {NS} version="1.5" secCnt="1"><hh:refList>
<hh:charProperties itemCnt="2">
 <hh:charPr id="0" height="1000"/>
 <hh:charPr id="1" height="1800"><hh:bold/></hh:charPr>
</hh:charProperties>
<hh:paraProperties itemCnt="3">
 <hh:paraPr id="0"><hh:align horizontal="JUSTIFY"/><hh:heading type="NONE" idRef="0" level="0"/></hh:paraPr>
 <hh:paraPr id="1"><hh:align horizontal="CENTER"/><hh:heading type="NONE" idRef="0" level="0"/></hh:paraPr>
 <hh:paraPr id="2"><hh:align horizontal="LEFT"/><hh:heading type="BULLET" idRef="1" level="0"/></hh:paraPr>
</hh:paraProperties>
<hh:bullets itemCnt="1"><hh:bullet id="1" char="●"/></hh:bullets>
<hh:styles itemCnt="1"><hh:style id="0" type="PARA" name="바탕글" engName="Normal" paraPrIDRef="0" charPrIDRef="0"/></hh:styles>
</hh:refList></hh:head>"""


def para(text, char=0, para_pr=0):
    runs = "".join(f'<hp:t>{escape(piece)}</hp:t>' if i == 0 else f'<hp:t><hp:lineBreak/>{escape(piece)}</hp:t>'
                   for i, piece in enumerate(text.split("\n")))
    return f'<hp:p paraPrIDRef="{para_pr}" styleIDRef="0"><hp:run charPrIDRef="{char}">{runs}</hp:run></hp:p>'


def table(rows):
    """A table anchored in an empty paragraph; rows are lists of cells, cells lists of paragraphs."""
    cols = max(len(r) for r in rows)
    trs = []
    for r, row in enumerate(rows):
        tcs = "".join(
            f'<hp:tc><hp:subList>{"".join(para(p) for p in cell)}</hp:subList>'
            f'<hp:cellAddr colAddr="{c}" rowAddr="{r}"/><hp:cellSpan colSpan="1" rowSpan="1"/></hp:tc>'
            for c, cell in enumerate(row))
        trs.append(f"<hp:tr>{tcs}</hp:tr>")
    return (f'<hp:p paraPrIDRef="0" styleIDRef="0"><hp:run charPrIDRef="0">'
            f'<hp:tbl rowCnt="{len(rows)}" colCnt="{cols}">{"".join(trs)}</hp:tbl></hp:run></hp:p>')


def section(*paragraphs):
    return f'<?xml version="1.0" encoding="UTF-8"?><hs:sec {NS}>{"".join(paragraphs)}</hs:sec>'


MANIFEST = ('<?xml version="1.0"?><odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
            '{}</odf:manifest>')


def hwpx(*sections, header=HEADER_XML, manifest=MANIFEST.format("")):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/hwp+zip")
        z.writestr("META-INF/manifest.xml", manifest)
        z.writestr("Contents/header.xml", header)
        for n, xml in enumerate(sections):
            z.writestr(f"Contents/section{n}.xml", xml)
    return buffer.getvalue()


def with_encrypted_flag(data):
    """The zip with the 'encrypted' bit set on every entry, as a password-protected archive has."""
    out = bytearray(data)
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = out.find(signature)
        while start >= 0:
            out[start + offset] |= 0x1
            start = out.find(signature, start + 4)
    return bytes(out)


def agency_release():
    """The example release in the agency layout: header table, big bold centred headline, boxed
    highlights, body paragraphs with their markers as written, contact table; the body split over two sections."""
    body = [para(line) for line in release.BODY]
    return hwpx(
        section(table([[[release.HEADER[0]], [release.HEADER[1]]]]),
                para(release.HEADLINE, char=1, para_pr=1),
                table([[list(release.HIGHLIGHTS)]]),
                *body[:2]),
        section(*body[2:], table([[list(release.CONTACT)]])))


def test_agency_hwpx_converts_to_the_same_article_as_the_text():
    got, want = release.same_article(pr2news.convert(agency_release(), name="release.hwpx"),
                                     pr2news.convert(release.text(), name="release.txt"))
    assert got == want


def test_reader_describes_cells_size_bold_alignment_and_sections_in_order():
    blocks, encoding = read_hwpx(agency_release())
    assert encoding is None
    header = [b for b in blocks if b.cell and b.cell.table == 1]
    assert [(b.text, b.cell.row, b.cell.col, b.cell.cols) for b in header] == [
        (release.HEADER[0], 0, 0, 2), (release.HEADER[1], 0, 1, 2)]
    headline = next(b for b in blocks if b.text == release.HEADLINE)
    assert headline.bold and headline.size == 18 and headline.align == "center" and headline.cell is None
    texts = [b.text for b in blocks]
    assert texts.index(release.BODY[1]) < texts.index(release.BODY[2])   # section0 before section1
    assert texts[-2:] == list(release.CONTACT)


def test_bullets_line_breaks_text_boxes_headers_and_footnotes_are_read():
    box = ('<hp:p paraPrIDRef="0" styleIDRef="0"><hp:run charPrIDRef="0"><hp:rect><hp:drawText><hp:subList>'
           + para("글상자 안의 문장") + '</hp:subList></hp:drawText></hp:rect></hp:run></hp:p>')
    head = ('<hp:p paraPrIDRef="0" styleIDRef="0"><hp:run charPrIDRef="0"><hp:ctrl><hp:header><hp:subList>'
            + para("머리말 문구") + '</hp:subList></hp:header></hp:ctrl></hp:run></hp:p>')
    note = ('<hp:p paraPrIDRef="0" styleIDRef="0"><hp:run charPrIDRef="0"><hp:t>본문</hp:t>'
            '<hp:ctrl><hp:footNote><hp:subList>' + para("각주 내용") + '</hp:subList></hp:footNote></hp:ctrl>'
            '</hp:run></hp:p>')
    blocks, _ = read_hwpx(hwpx(section(head, para("첫째 줄\n둘째 줄"), para("글머리 항목", para_pr=2), box, note)))
    by_text = {b.text: b for b in blocks}
    assert by_text["머리말 문구"].container == "header"
    assert by_text["첫째 줄\n둘째 줄"].container == "body"
    assert by_text["글머리 항목"].list_marker == "●" and by_text["글머리 항목"].list_level == 0
    assert by_text["글상자 안의 문장"].container == "textbox"
    assert by_text["각주 내용"].container == "footnote"
    assert [b.text for b in blocks].index("본문") < [b.text for b in blocks].index("각주 내용")


def test_empty_paragraphs_mark_a_blank_before_the_next_block():
    blocks, _ = read_hwpx(hwpx(section(para("하나"), para(""), para("둘"))))
    assert [(b.text, b.blank_before) for b in blocks] == [("하나", False), ("둘", True)]


def test_kind_is_sniffed_from_the_content_and_a_wrong_suffix_is_a_warning():
    document = read_bytes(agency_release(), "release.pdf")
    assert document.source.format == "hwpx"
    assert [w.code for w in document.warnings] == ["KIND_MISMATCH"]


@pytest.mark.parametrize("data,reason", [
    (agency_release()[:300], "damaged or truncated"),
    (hwpx(section("<hp:p><hp:run><hp:t>열린 태그")), "not well-formed"),
    (hwpx(), "no Contents/section"),
    (with_encrypted_flag(hwpx(section(para("암호")))), "encrypted"),
    (hwpx(section(para("암호")), manifest=MANIFEST.format(
        '<odf:file-entry odf:full-path="Contents/section0.xml"><odf:encryption-data/></odf:file-entry>')),
     "encrypted"),
])
def test_bad_hwpx_gives_a_one_line_error(data, reason):
    with pytest.raises(pr2news.ConversionError) as caught:
        pr2news.convert(data, name="bad.hwpx")
    message = str(caught.value)
    assert reason in message and "\n" not in message


def test_a_zip_bomb_section_stops_at_the_limit_quickly():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("mimetype", "application/hwp+zip")
        z.writestr("Contents/section0.xml", section(para("폭탄")) + " " * (70 * 1024 * 1024))
    data = buffer.getvalue()
    assert len(data) < 1024 * 1024
    started = time.monotonic()
    with pytest.raises(pr2news.ConversionError, match="too large when unpacked"):
        pr2news.convert(data, name="bomb.hwpx")
    assert time.monotonic() - started < 10


def test_entities_in_the_xml_are_not_expanded():
    laughs = ('<?xml version="1.0"?><!DOCTYPE sec [<!ENTITY a "ㅋㅋㅋㅋㅋㅋㅋㅋㅋㅋ">'
              + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
              + f']><hs:sec {NS}>' + para("안전한 문장") + '<hp:p><hp:run><hp:t>&i;</hp:t></hp:run></hp:p></hs:sec>')
    started = time.monotonic()
    try:
        blocks, _ = read_hwpx(hwpx(laughs))
        assert sum(len(b.text) for b in blocks) < 1000
    except pr2news.ConversionError as exc:
        assert "\n" not in str(exc)
    assert time.monotonic() - started < 5
