"""HWP 5 reader: binary Hangul files built in memory convert like the text and like their HWPX twin;
damaged, protected and hostile files give one line and exit 1, quickly."""
import struct
import time
import zlib

import pytest
from click.testing import CliRunner

import example_release as release
import hwp_builder as h
import pr2news
from pr2news.cli import main
from pr2news.readers import read_bytes
from pr2news.readers.hwp import read_hwp
from test_readers_hwpx import hwpx, para, section, table as hwpx_table


def agency_release():
    """The example release in the agency layout, as HWP: header table, big bold centred headline, boxed
    highlights, body paragraphs with their markers as written, contact table; the body over two sections."""
    body = [h.paragraph(line) for line in release.BODY]
    return h.hwp(
        [h.paragraph(controls=[h.table([[[release.HEADER[0]], [release.HEADER[1]]]])]),
         h.paragraph(release.HEADLINE, char=1, para=1),
         h.paragraph(controls=[h.table([[list(release.HIGHLIGHTS)]])]),
         *body[:2]],
        [*body[2:], h.paragraph(controls=[h.table([[list(release.CONTACT)]])])])


def test_agency_hwp_converts_to_the_same_article_as_the_text():
    got, want = release.same_article(pr2news.convert(agency_release(), name="release.hwp"),
                                     pr2news.convert(release.text(), name="release.txt"))
    assert got == want


def test_reader_describes_cells_size_bold_alignment_and_sections_in_order():
    blocks, encoding = read_hwp(agency_release())
    assert encoding is None
    header = [b for b in blocks if b.cell and b.cell.table == 1]
    assert [(b.text, b.where, b.cell.row, b.cell.col, b.cell.cols) for b in header] == [
        (release.HEADER[0], "table 1, row 1, cell 1", 0, 0, 2), (release.HEADER[1], "table 1, row 1, cell 2", 0, 1, 2)]
    headline = next(b for b in blocks if b.text == release.HEADLINE)
    assert headline.bold and headline.size == 18 and headline.align == "center" and headline.cell is None
    assert headline.style == "Normal"
    texts = [b.text for b in blocks]
    assert texts.index(release.BODY[1]) < texts.index(release.BODY[2])   # Section0 before Section1
    assert texts[-2:] == list(release.CONTACT)


def test_an_hwp_and_its_hwpx_twin_give_the_same_blocks():
    rows = [[["담당 부서"], ["정책과"], ["담당자"], ["주무관 김하나 (044-200-1234)"]],
            [["배포"], ["2026. 3. 2."], ["사진"], ["없음"]]]
    twin_hwp = h.hwp([h.paragraph("첫 문단"), h.paragraph(), h.paragraph("빈 줄 다음", char=1, para=1),
                      h.paragraph(controls=[h.table(rows)]), h.paragraph("글머리 항목", para=2)])
    twin_hwpx = hwpx(section(para("첫 문단"), para(""), para("빈 줄 다음", char=1, para_pr=1),
                             hwpx_table(rows), para("글머리 항목", para_pr=2)))
    fields = ("text", "where", "blank_before", "bold", "size", "align", "list_marker", "list_level", "cell",
              "container")

    def described(blocks):
        return [tuple(getattr(b, f) for f in fields) for b in blocks]
    assert described(read_hwp(twin_hwp)[0]) == described(read_bytes(twin_hwpx, "twin.hwpx").blocks)


def test_merged_cells_carry_their_spans():
    grid = h.control("tbl ", [h.Node(h.TABLE, struct.pack("<IHH", 0, 2, 3) + bytes(16)),
                              *h.cell(0, 0, [h.paragraph("담당 부서")], row_span=2),
                              *h.cell(1, 0, [h.paragraph("정책과")], col_span=2),
                              *h.cell(1, 1, [h.paragraph("주무관 김하나")])])
    blocks, _ = read_hwp(h.hwp([h.paragraph(controls=[grid])]))
    assert [(b.text, b.cell.row, b.cell.col, b.cell.row_span, b.cell.col_span) for b in blocks] == [
        ("담당 부서", 0, 0, 2, 1), ("정책과", 0, 1, 1, 2), ("주무관 김하나", 1, 1, 1, 1)]


def test_bullets_numbers_line_breaks_text_boxes_headers_and_notes_are_read():
    shapes = h.DEFAULT_SHAPES + (h.numbering("^1.", start=1), h.para_shape("left", head="number", head_id=1),
                                 h.numbering("^1)", number_format=8), h.para_shape("left", head="number", head_id=2))
    blocks, _ = read_hwp(h.hwp([
        h.paragraph(controls=[h.note("head", ["머리말 문구"])]),
        h.paragraph("첫째 줄\n둘째 줄"),
        h.paragraph("글머리 항목", para=2),
        h.paragraph("번호 하나", para=3), h.paragraph("번호 둘", para=3),
        h.paragraph("가나다 하나", para=4), h.paragraph("가나다 둘", para=4),
        h.paragraph(controls=[h.text_box(["글상자 안의 문장"])]),
        h.paragraph("본문", controls=[h.note("fn  ", ["각주 내용"])]),
    ], shapes=shapes))
    by_text = {b.text: b for b in blocks}
    assert by_text["머리말 문구"].container == "header"
    assert by_text["첫째 줄\n둘째 줄"].container == "body"
    assert (by_text["글머리 항목"].list_marker, by_text["글머리 항목"].list_level) == ("●", 0)
    assert [by_text[t].list_marker for t in ("번호 하나", "번호 둘", "가나다 하나", "가나다 둘")] == ["1.", "2.", "가)", "나)"]
    assert by_text["글상자 안의 문장"].container == "textbox"
    assert by_text["각주 내용"].container == "footnote"
    assert [b.text for b in blocks].index("본문") < [b.text for b in blocks].index("각주 내용")


def test_inline_controls_tabs_hyphens_and_spaces_in_the_text_are_read_as_the_spec_says():
    field_start = struct.pack("<H", 3) + b"klh%" + bytes(8) + struct.pack("<H", 3)   # a hyperlink field opens
    field_end = struct.pack("<H", 4) + bytes(12) + struct.pack("<H", 4)
    tab = struct.pack("<H", 9) + bytes(12) + struct.pack("<H", 9)
    text = ("누리집" .encode("utf-16-le") + field_start + "바로가기".encode("utf-16-le") + field_end + tab
            + "끝".encode("utf-16-le") + struct.pack("<H", 24) + "말".encode("utf-16-le") + struct.pack("<H", 30)
            + "🚀".encode("utf-16-le") + struct.pack("<H", 13))
    paragraph = h.paragraph("자리")
    paragraph.children[0] = h.Node(h.PARA_TEXT, text)
    blocks, _ = read_hwp(h.hwp([paragraph]))
    assert [b.text for b in blocks] == ["누리집바로가기 끝-말 🚀"]


def test_character_shape_runs_decide_bold_and_size_over_the_visible_text():
    paragraph = h.paragraph("굵은 제목")
    paragraph.children[1] = h.Node(h.PARA_CHAR_SHAPE, struct.pack("<IIII", 0, 1, 2, 0))   # '굵은' bold, rest plain
    blocks, _ = read_hwp(h.hwp([paragraph, h.paragraph("모두 굵게", char=1)]))
    assert [(b.bold, b.size) for b in blocks] == [(False, 18.0), (True, 18.0)]


def test_uncompressed_files_and_streams_over_the_mini_stream_cutoff_are_read():
    long_line = "긴 문단입니다. " * 400      # over 4,096 bytes: stored in regular sectors, not the mini stream
    blocks, _ = read_hwp(h.hwp([h.paragraph("머리"), h.paragraph(long_line)], flags=0))
    assert [b.text for b in blocks] == ["머리", long_line.strip()]


def test_kind_is_sniffed_from_the_content_and_a_wrong_suffix_is_a_warning():
    document = read_bytes(agency_release(), "release.hwpx")
    assert document.source.format == "hwp"
    assert [w.code for w in document.warnings] == ["KIND_MISMATCH"]


def _bomb():
    """A section stream that inflates to 100 MB of zeros from about 100 KB."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = bytes(1024 * 1024)
    return b"".join(packer.compress(chunk) for _ in range(100)) + packer.flush()


def _with_raw_section(raw_section):
    """An otherwise sound file whose one section stream is the given bytes."""
    return h.compound_file({"FileHeader": h.file_header(), "DocInfo": h.deflate(b""),
                            "BodyText/Section0": raw_section})


MALFORMED = {
    "truncated": (lambda: agency_release()[:1500], "damaged or truncated"),
    "not OLE": (lambda: b"HWP Document File V3.00 \x1a\x01\x02\x03\x04\x05" + bytes(200), "old HWP 3"),
    "random bytes": (lambda: bytes(range(256)) * 8, "named .hwp but its content is no Hangul HWP 5 (.hwp) file"),
    "OLE without BodyText": (lambda: h.compound_file({"FileHeader": h.file_header(), "DocInfo": b""}),
                             "no BodyText"),
    "OLE without FileHeader": (lambda: h.compound_file({"WordDocument": b"x" * 100}), "not an HWP 5 file"),
    "password flag": (lambda: h.hwp([h.paragraph("비밀")], flags=h.COMPRESSED | h.PASSWORD), "password"),
    "distribution flag": (lambda: h.hwp([h.paragraph("배포")], flags=h.COMPRESSED | h.DISTRIBUTION),
                          "distribution"),
    "record claiming gigabytes": (
        lambda: _with_raw_section(h.deflate(struct.pack("<II", h.PARA_TEXT | 0xFFF << 20, 0xFFFFFFF0) + b"ab")),
        "claims 4,294,967,280 bytes"),
    "decompression bomb": (lambda: _with_raw_section(_bomb()), "decompression bomb"),
    "stream cut short": (lambda: _with_raw_section(h.deflate(h.paragraph("잘린 문단" * 50).serialize())[:40]),
                         "cut short"),
    "not deflate": (lambda: _with_raw_section(b"\xff" * 64), "cannot be unpacked"),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_malformed_hwp_gives_one_line_and_exit_1_within_seconds(tmp_path, case):
    make, reason = MALFORMED[case]
    path = tmp_path / "bad.hwp"
    path.write_bytes(make())
    started = time.monotonic()
    result = CliRunner().invoke(main, ["convert", str(path)])
    assert time.monotonic() - started < 5
    assert result.exit_code == 1, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and reason in lines[0] and "bad.hwp" in lines[0], result.output
    assert "Traceback" not in result.output


def test_olefile_is_imported_only_when_an_hwp_is_read():
    import subprocess
    import sys
    code = ("import sys, pr2news; pr2news.convert('보도자료\\n제목입니다\\n본문 문장입니다.'); "
            "print('olefile' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "False"


def test_a_folder_of_releases_converts_its_hwp_files_and_reports_a_bad_one(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "release.hwp").write_bytes(agency_release())
    (tmp_path / "in" / "broken.hwp").write_bytes(agency_release()[:1500])
    result = CliRunner().invoke(main, ["convert", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 1
    assert "broken.hwp: a damaged or truncated HWP file" in result.output
    outputs = [p for p in (tmp_path / "out").glob("*.json") if not p.name.startswith(".")]
    assert len(outputs) == 1 and release.HEADLINE in outputs[0].read_text(encoding="utf-8")
