"""The text reader: encodings detected without being told, normalisation, and bad input."""
import unicodedata

import pytest

import pr2news
from pr2news.errors import ConversionError
from pr2news.readers import read_bytes
from pr2news.readers.text import decode, normalize

RELEASE = """보도자료
서울시, 한강 수상버스 정류장 3곳 추가
- 출퇴근 시간 배차 간격 15분으로 단축
□ 서울시는 한강 수상버스 정류장 3곳을 추가로 만든다고 밝혔다.
 ○ 새 정류장은 여의도, 잠실, 뚝섬에 들어선다.
담당부서 : 미래한강본부 한강운영과 주무관 정이슬 02-3780-0000
"""


@pytest.mark.parametrize("codec,name", [("cp949", "euc-kr"), ("utf-16", "utf-16"), ("utf-8-sig", "utf-8"),
                                        ("utf-8", "utf-8")])
def test_release_saved_in_any_common_encoding_converts_to_the_same_article(codec, name):
    reference = pr2news.convert(RELEASE.encode("utf-8")).to_dict()
    article = pr2news.convert(RELEASE.encode(codec))
    data = article.to_dict()
    assert article.source.encoding == name
    for key in ("headline", "highlights", "body", "contacts", "stripped", "slug"):
        assert data[key] == reference[key]


def test_cp949_only_characters_are_reported_as_cp949():
    # 똠 is in CP949 but not in EUC-KR
    text, used = decode("똠방각하 연구 보고서 발간\n".encode("cp949"))
    assert used == "cp949" and text.startswith("똠방각하")


def test_forced_encoding_is_used_and_reported():
    text, used = decode("Caf\xe9 opens".encode("latin-1"), encoding="latin-1")
    assert used == "latin-1" and text == "Café opens"


def test_forced_encoding_that_does_not_fit_is_a_clear_error():
    with pytest.raises(ConversionError, match="not valid utf-8"):
        decode("한글".encode("cp949"), "x.txt", encoding="utf-8")


def test_unknown_forced_encoding_is_a_clear_error():
    with pytest.raises(ConversionError, match="unknown encoding"):
        decode(b"abc", "x.txt", encoding="klingon-8")


def test_windows_1252_english_with_smart_quotes_is_detected():
    text, used = decode(b"The Mayor said \x93we are ready\x94 on Monday.\n")
    assert used == "cp1252" and "“we are ready”" in text


def test_bytes_that_fit_no_plausible_encoding_are_an_error_not_mojibake():
    with pytest.raises(ConversionError, match="not text in a supported encoding"):
        decode(bytes(range(0x80, 0x100)) * 4, "junk.txt")


def test_line_ends_spaces_and_invisible_characters_are_normalised():
    raw = "A\r\nB\rC\u00a0D\u200bE\ufeffF\u3000G"
    assert normalize(raw) == "A\nB\nC DEF G"


def test_decomposed_hangul_is_composed_to_nfc():
    decomposed = unicodedata.normalize("NFD", "서울시 보도자료 제목입니다\n")
    assert normalize(decomposed) == "서울시 보도자료 제목입니다\n"


def test_blocks_keep_line_numbers_indentation_and_blank_lines():
    document = read_bytes("제목 줄\n\n  □ 첫 항목입니다\n".encode("utf-8"), "x.txt")
    first, second = document.blocks
    assert (first.line, first.indent, first.blank_before) == (1, 0, False)
    assert (second.line, second.indent, second.blank_before) == (3, 2, True)
    assert second.where == "line 3"


@pytest.mark.parametrize("data,reason", [
    (b"", "empty input"),
    (b"  \n\t\n  \r\n", "empty input"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "PNG image"),
    (b"\xff\xd8\xff\xe0" + bytes(64), "JPEG image"),
    (b"press release\x00\x00\x00 text", "NUL bytes"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64), "OLE container"),
])
def test_unusable_input_is_one_clear_error(data, reason):
    with pytest.raises(ConversionError) as caught:
        read_bytes(data, "release.txt")
    assert reason in caught.value.reason
    assert "\n" not in str(caught.value)
    assert str(caught.value).startswith("release.txt: ")


def test_oversized_input_is_refused_before_reading():
    with pytest.raises(ConversionError, match="too large"):
        read_bytes(b"x" * 2000, "big.txt", max_bytes=1000)


def test_utf16_without_a_byte_order_mark_is_recognised_by_its_nul_pattern():
    for codec in ("utf-16-le", "utf-16-be"):
        text, used = decode(RELEASE.encode(codec))
        assert used == "utf-16" and text == RELEASE


def test_binary_data_with_nul_bytes_is_still_refused():
    with pytest.raises(ConversionError, match="NUL bytes"):
        decode(bytes(range(256)) * 8, "data.bin")
