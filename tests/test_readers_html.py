"""HTML reader: saved agency and news pages convert like the text; chrome is kept aside; hostile markup is safe."""
import json
import time
from html import escape

import pytest

import example_release as release
import pr2news
from pr2news.readers.html import read_html

NAV = "<nav><ul><li><a href='/'>홈</a></li><li><a href='/news'>새소식</a></li><li>누리집 안내</li></ul></nav>"


def agency_page(charset="euc-kr"):
    """The example release as an agency site shows it: header table, h2 headline, highlights list."""
    highlights = "".join(f"<li>{escape(h)}</li>" for h in release.HIGHLIGHTS)
    body = "".join(f"<p>{escape(line)}</p>" for line in release.BODY)
    contact = "<br>\n".join(escape(line) for line in release.CONTACT)
    return f"""<!DOCTYPE html>
<html lang="ko"><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{escape(release.HEADLINE)} | 서울특별시</title>
<style>p {{ color: #333 }} .x:before {{ content: "스타일 글자" }}</style>
<script>var 광고 = "스크립트 글자";</script></head>
<body><header id="site-header"><div class="logo">서울특별시 누리집</div>{NAV}</header>
<div id="container"><div class="sns-share"><a href="#">페이스북 공유</a><a href="#">인쇄</a></div>
<table class="view-header"><tr><th>{escape(release.HEADER[0])}</th><td>{escape(release.HEADER[1])}</td></tr></table>
<h2>{escape(release.HEADLINE)}</h2>
<ul class="summary">{highlights}</ul>
{body}
<p>{contact}</p>
</div>
<aside><h3>많이 본 뉴스</h3><ol><li>다른 기사 제목 하나</li><li>다른 기사 제목 둘</li></ol></aside>
<footer><p>Copyright 서울특별시. All rights reserved.</p>
<form action="/search"><label>검색어</label><input name="q"></form></footer>
</body></html>""".encode(charset)


def news_page():
    """The example release as a news site shows it: UTF-8 with a BOM, og tags, an article with its own header."""
    body = "".join(f"<p>{escape(line)}</p>" for line in release.BODY)
    return ("\ufeff" + f"""<!doctype html><html><head><meta charset="utf-8">
<meta property="og:title" content="{escape(release.HEADLINE)}">
<meta property="article:published_time" content="2026-05-04T06:00:00+09:00">
<title>{escape(release.HEADLINE)} - 오늘의 신문</title></head>
<body><header><a href="/">오늘의 신문</a>{NAV}</header>
<main><article><header><h1>{escape(release.HEADLINE)}</h1><time datetime="2026-05-04T06:00"></time></header>
<div class="article-body"><p>{escape(release.HEADER[0])}</p><p>{escape(release.HEADER[1])}</p>
{"".join(f"<p>{escape(h)}</p>" for h in release.HIGHLIGHTS)}
{body}
<p>{escape(release.CONTACT[0])}</p><p>{escape(release.CONTACT[1])}</p></div>
<div class="share-tools"><button>공유하기</button><a href="#">트위터</a></div>
<script>document.write("본문에 끼어든 스크립트")</script>
</article></main>
<footer>오늘의 신문 무단 전재 및 재배포 금지</footer></body></html>""").encode("utf-8")


@pytest.mark.parametrize("page", [agency_page, lambda: agency_page("utf-8"), news_page])
def test_saved_pages_convert_to_the_same_article_as_the_text(page):
    got, want = release.same_article(pr2news.convert(page(), name="release.html"),
                                     pr2news.convert(release.text(), name="release.txt"))
    assert got == want


def test_chrome_is_kept_as_chrome_blocks_and_scripts_and_styles_are_dropped():
    blocks, encoding, _ = read_html(agency_page())
    assert encoding == "euc-kr"
    by_text = {b.text: b for b in blocks}
    for chrome in ("서울특별시 누리집", "홈", "페이스북 공유인쇄", "많이 본 뉴스", "다른 기사 제목 하나",
                   "Copyright 서울특별시. All rights reserved.", "검색어"):
        assert by_text[chrome].container == "chrome", chrome
    everything = " ".join(b.text for b in blocks)
    assert "스크립트 글자" not in everything and "스타일 글자" not in everything
    assert by_text[release.HEADLINE].style == "Heading 2"
    assert by_text[release.HIGHLIGHTS[0]].list_marker == "•" and by_text[release.HIGHLIGHTS[0]].list_level == 0
    assert by_text["다른 기사 제목 둘"].list_marker == "2."
    assert by_text["\n".join(release.CONTACT)].container == "body"        # <br> is a line break in one block
    header = [b for b in blocks if b.cell]
    assert [(b.text, b.cell.row, b.cell.col, b.cell.cols, b.bold) for b in header] == [
        (release.HEADER[0], 0, 0, 2, True), (release.HEADER[1], 0, 1, 2, False)]


def test_title_og_title_and_publication_time_are_meta_evidence():
    blocks, encoding, _ = read_html(news_page())
    assert encoding == "utf-8"
    meta = [(b.where, b.text) for b in blocks if b.container == "meta"]
    assert ("og:title", release.HEADLINE) in meta
    assert ("article:published_time", "2026-05-04T06:00:00+09:00") in meta
    assert any(where == "title" for where, _ in meta)
    by_text = {b.text: b for b in blocks}
    assert by_text[release.HEADLINE].container == "body"   # the article's own <header> is not chrome
    assert by_text["공유하기"].container == "chrome" and by_text["오늘의 신문 무단 전재 및 재배포 금지"].container == "chrome"
    assert "본문에 끼어든 스크립트" not in " ".join(by_text)


def test_tables_get_cell_positions_with_colspans_and_layout_tables_do_not():
    page = ("<html><body><table><tr><td colspan='2'>제목 칸</td><td>셋째</td></tr>"
            "<tr><td>가</td><td>나</td><td>다</td></tr></table>"
            "<table><tr><td><p>" + "긴 본문 " * 200 + "</p></td></tr></table></body></html>").encode()
    blocks, _, _ = read_html(page)
    cells = {b.text: b.cell for b in blocks if b.cell}
    assert (cells["셋째"].row, cells["셋째"].col, cells["셋째"].rows, cells["셋째"].cols) == (0, 2, 2, 3)
    assert (cells["다"].row, cells["다"].col) == (1, 2)
    assert all(b.cell is None for b in blocks if b.text.startswith("긴 본문"))


def test_text_after_a_nested_block_keeps_the_outer_context():
    blocks, _, _ = read_html("<html><body><article><div>앞 글<p>안쪽 문단</p>뒤 글</div></article></body></html>".encode())
    assert [(b.text, b.where) for b in blocks] == [("앞 글", "article › div"), ("안쪽 문단", "article › div › p"),
                                                   ("뒤 글", "article › div")]


def test_every_block_says_where_it_sits_as_an_element_path_and_cells_as_in_every_reader():
    page = ("<html><body><div><div id='story'><h1>제목</h1><p>첫 문단</p><p>둘째 문단</p>"
            "<table><tr><td>구분</td><td>일시</td></tr><tr><td>개막</td><td>6월 6일</td></tr></table></div>"
            "<div><p>아래 글</p></div></div></body></html>").encode()
    blocks, _, _ = read_html(page)
    assert [(b.text, b.where) for b in blocks if b.container != "meta"] == [
        ("제목", "#story › h1"), ("첫 문단", "#story › p[1]"), ("둘째 문단", "#story › p[2]"),
        ("구분", "table 1, row 1, cell 1"), ("일시", "table 1, row 1, cell 2"),
        ("개막", "table 1, row 2, cell 1"), ("6월 6일", "table 1, row 2, cell 2"),
        ("아래 글", "div › div[2] › p")]


@pytest.mark.parametrize("page", [
    b"<html><body>" + b"<div>" * 100_000 + "깊이 묻힌 문장입니다. 끝까지 읽힙니다.".encode() + b"</div>" * 100_000,
    b"<html><body>" + b"<b><i><u>" * 50_000 + "닫히지 않은 태그 속의 문장입니다.".encode(),
    ('<!DOCTYPE html [<!ENTITY a "ㅋㅋㅋㅋㅋㅋㅋㅋ">'
     + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
     + ']><html><body><p>안전한 문장입니다.</p><p>&j;</p></body></html>').encode(),
    b"<html><body><p>" + b"&amp;" * 500_000 + "앰퍼샌드 뒤의 문장입니다.".encode() + b"</p></body></html>",
    b"<html><body><p title='" + b"x" * 5_000_000 + "'>긴 속성 뒤의 문장입니다.</p></body></html>".encode(),
])
def test_hostile_markup_converts_safely_or_fails_in_one_line_without_hanging(page):
    started = time.monotonic()
    try:
        article = pr2news.convert(page, name="hostile.html")
        assert len(json.dumps(article.to_dict(), ensure_ascii=False)) < 3_000_000
    except pr2news.ConversionError as exc:
        assert "\n" not in str(exc)
    assert time.monotonic() - started < 20


def test_text_below_the_parser_depth_limit_is_reported_not_silently_lost():
    page = ("<html><body><p>얕은 곳의 문장입니다.</p>" + "<div>" * 5000 + "깊은 곳의 문장입니다."
            + "</div>" * 5000 + "</body></html>").encode()
    blocks, _, warnings = read_html(page)
    assert "얕은 곳의 문장입니다." in [b.text for b in blocks]
    assert [w.code for w in warnings] == ["HTML_TOO_DEEP"]


def test_a_page_of_scripts_only_has_no_text():
    page = b"<html><head><script>var a = 1;</script></head><body><script>alert(1)</script></body></html>"
    with pytest.raises(pr2news.ConversionError, match="no text"):
        pr2news.convert(page, name="empty.html")


def test_a_page_saved_as_utf16_is_recognised_and_read_as_html():
    page = ("<!DOCTYPE html><html><head><title>x</title></head><body><h1>City Opens New Park Downtown</h1>"
            "<p>The city opened a new park downtown on Monday, officials said, with a playground and a pond.</p>"
            "</body></html>").encode("utf-16")
    article = pr2news.convert(page, name="page.html")
    assert article.source.format == "html" and article.headline == "City Opens New Park Downtown"
