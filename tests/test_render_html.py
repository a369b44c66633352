"""HTML output: structure, metadata, escaping of hostile input, fragments and newsroom templates."""
import json

import html5lib
import pytest

import pr2news
from pr2news.model import Article, BodyBlock, Contact, Dateline, Embargo, Source
from pr2news.render import render
from pr2news.render.common import body_tree
from render_samples import EN_HOSTILE, HOSTILE, KO_HOSTILE, en_article, ko_article


def parse_strict(text):
    """Parse as HTML5, failing on any parse error; return the element tree without namespaces."""
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    return parser.parse(text)


def parse_fragment_strict(text):
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    return parser.parseFragment(text)


def text_of(element):
    return " ".join("".join(element.itertext()).split())


def hostile_article():
    evil = " ".join(HOSTILE)
    return Article(
        lang="en", headline="Headline " + evil, highlights=("Point " + evil,),
        dateline=Dateline(text="CITY " + evil, date="2026-06-02", place="CITY " + evil),
        embargo=Embargo(text="Embargo " + evil, datetime="2026-06-02T09:00"),
        byline="By " + evil,
        body=(BodyBlock("paragraph", "Para " + evil), BodyBlock("heading", "Head " + evil, level=1),
              BodyBlock("list_item", "Item " + evil, level=0, marker="□"),
              BodyBlock("quote", "Quote " + evil), BodyBlock("note", "Note " + evil, level=0, marker="※"),
              BodyBlock("table", "t", rows=(("Cell " + evil, "b"), ("c", "d")))),
        contacts=(Contact(text="x", name="Name " + evil, phones=("555-0100",),
                          emails=('a"onmouseover="alert(1)@example.org',)),),
        attachments=("Attachment " + evil,), slug="s",
        source=Source(path=None, format="text", encoding="utf-8", sha256="ab" * 32))


def structured_article():
    return Article(
        lang="ko", headline="시청 앞 광장, 주말마다 책 읽는 마당으로", highlights=("첫째 요점", "둘째 요점"),
        dateline=Dateline(text="2026. 6. 1.(월) 10:00", date="2026-06-01", time="10:00"),
        body=(BodyBlock("list_item", "첫 문단", level=0, marker="□"),
              BodyBlock("list_item", "세부 내용 하나", level=1, marker="○"),
              BodyBlock("list_item", "더 세부", level=2, marker="-"),
              BodyBlock("list_item", "세부 내용 둘", level=1, marker="○"),
              BodyBlock("note", "참고 사항", level=1, marker="※"),
              BodyBlock("heading", "행사 일정", level=1),
              BodyBlock("list_item", "첫 번째 순서", level=0, marker="1."),
              BodyBlock("list_item", "두 번째 순서", level=0, marker="2."),
              BodyBlock("quote", "인용한 말"),
              BodyBlock("table", "구분 일시", rows=(("구분", "일시"), ("개막", "6월 6일")))),
        contacts=(Contact(text="문화정책과 주무관 가나다 02-2133-0000", department="문화정책과", name="가나다",
                          title="주무관", phones=("02-2133-0000",), emails=("reader@example.org",)),),
        attachments=("붙임 1. 행사 안내문 1부.",), slug="책-읽는-마당")


def test_a_full_document_has_lang_title_article_headline_and_highlights():
    article = ko_article()
    tree = parse_strict(render(article, "html"))
    assert tree.get("lang") == "ko"
    assert tree.find("head/title").text == article.headline
    articles = tree.findall(".//article")
    assert len(articles) == 1
    assert text_of(articles[0].find(".//h1")) == article.headline
    assert [text_of(li) for li in articles[0].findall(".//ul[@class='highlights']/li")] == list(article.highlights)


def test_the_dateline_is_a_machine_readable_time_and_the_embargo_stays_off_the_printed_page():
    article = ko_article()
    tree = parse_strict(render(article, "html"))
    times = {t.get("datetime") for t in tree.find(".//article").iter("time")}
    assert times == {"2026-05-11T15:00"}
    assert article.embargo.text not in text_of(tree.find(".//body"))
    assert tree.find(".//*[@class='embargo']") is None


def test_levels_become_nested_lists_with_the_korean_markers_kept():
    tree = parse_fragment_strict(render(structured_article(), "html", fragment=True))
    top = tree.find(".//div[@class='article-body']/ul")
    assert top.get("class") == "marked"
    first = top.find("li")
    assert first.find("span").text == "□"
    second_level = first.find("ul")
    assert [li.find("span").text for li in second_level.findall("li")] == ["○", "○"]
    assert text_of(second_level.find("li/ul/li")) == "- 더 세부"
    assert text_of(first.find("p[@class='note']")) == "※ 참고 사항"  # a sibling of the ○ items


def test_headings_numbered_lists_quotes_and_tables_are_real_elements():
    body = parse_fragment_strict(render(structured_article(), "html", fragment=True)).find(".//div[@class='article-body']")
    assert text_of(body.find("h2")) == "행사 일정"
    ordered = body.find("ol")
    assert [text_of(li) for li in ordered.findall("li")] == ["첫 번째 순서", "두 번째 순서"]
    assert text_of(body.find("blockquote/p")) == "인용한 말"
    rows = body.findall("table/tbody/tr")
    assert [[text_of(td) for td in tr.findall("td")] for tr in rows] == [["구분", "일시"], ["개막", "6월 6일"]]


def test_plain_bullets_are_ordinary_list_items():
    body = parse_strict(render(en_article(), "html")).find(".//div[@class='article-body']")
    plain = body.find("ul")
    assert plain.get("class") is None
    assert plain.find("li/span") is None
    assert len(plain.findall("li")) == 3


def test_contacts_sit_in_a_footer_address_with_tel_and_mailto_links():
    tree = parse_strict(render(structured_article(), "html"))
    address = tree.find(".//article/footer/address")
    hrefs = [a.get("href") for a in address.iter("a")]
    assert hrefs == ["tel:+82221330000", "mailto:reader@example.org"]
    assert "가나다" in text_of(address)
    english = parse_strict(render(en_article(), "html")).find(".//article/footer/address")
    # 555-013-7784: no North American exchange starts with 0, so no number to dial: plain text, no link
    assert [a.get("href") for a in english.iter("a")] == ["mailto:praman@harborview.example.gov"]
    assert [text_of(s) for s in english.iter("span") if s.get("class") == "tel"] == ["555-013-7784"]


def test_attachments_are_listed():
    tree = parse_strict(render(structured_article(), "html"))
    assert [text_of(li) for li in tree.findall(".//section[@class='attachments']/ul/li")] == ["붙임 1. 행사 안내문 1부."]


def test_json_ld_is_a_news_article_with_date_author_and_language():
    tree = parse_strict(render(ko_article(), "html"))
    scripts = [s for s in tree.iter("script") if s.get("type") == "application/ld+json"]
    assert len(scripts) == 1
    data = json.loads(scripts[0].text)
    assert data["@type"] == "NewsArticle"
    assert data["datePublished"] == "2026-05-11T15:00:00+09:00"
    assert data["author"] == {"@type": "Organization", "name": "식품안전과"}
    assert data["publisher"]["name"] == "식품안전과"
    assert data["inLanguage"] == "ko"
    assert data["articleBody"]


def test_description_and_opengraph_meta_are_present():
    article = en_article()
    meta = {(m.get("name") or m.get("property")): m.get("content")
            for m in parse_strict(render(article, "html")).iter("meta")}
    assert meta["og:title"] == article.headline
    assert meta["og:type"] == "article"
    assert meta["description"] == meta["og:description"] == article.highlights[0]
    assert meta["og:locale"] == "en_US"


def test_the_page_is_self_contained():
    page = render(ko_article(), "html")
    tree = parse_strict(page)
    assert tree.find(".//style") is not None
    assert all(s.get("src") is None for s in tree.iter("script"))
    assert not [link for link in tree.iter("link") if link.get("rel") == "stylesheet"]
    assert "http://" not in page.replace("https://schema.org", "") and "https://" not in page.replace(
        "https://schema.org", "")


@pytest.mark.parametrize("text", [KO_HOSTILE, EN_HOSTILE], ids=["ko", "en"])
def test_hostile_release_text_renders_as_text(text):
    article = pr2news.convert(text)
    page = render(article, "html")
    tree = parse_strict(page)
    scripts = list(tree.iter("script"))
    assert [s.get("type") for s in scripts] == ["application/ld+json"]
    assert not list(tree.iter("img"))
    assert all(not name.startswith("on") for el in tree.iter() for name in el.attrib)
    assert "{{ 7*7 }}" in text_of(tree.find(".//article")) and "49" not in text_of(tree.find(".//article"))
    json.loads(scripts[0].text)


def test_every_field_of_a_hostile_article_is_escaped():
    page = render(hostile_article(), "html")
    tree = parse_strict(page)
    assert [s.get("type") for s in tree.iter("script")] == ["application/ld+json"]
    assert not list(tree.iter("img"))
    assert all(not name.startswith("on") for el in tree.iter() for name in el.attrib)
    visible = text_of(tree.find(".//article"))
    for evil in HOSTILE:
        assert visible.count(evil) >= 10
    data = json.loads(tree.find(".//script").text)
    assert "<script>" in data["headline"]
    raw_json = page.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    assert "<" not in raw_json and ">" not in raw_json and "&" not in raw_json


def test_a_fragment_is_only_the_article_element():
    fragment = render(ko_article(), "html", fragment=True).strip()
    assert fragment.startswith("<article") and fragment.endswith("</article>")
    nodes = list(parse_fragment_strict(fragment))
    assert [n.tag for n in nodes] == ["article"]


def test_a_template_file_replaces_the_article_template(tmp_path):
    own = tmp_path / "newsroom.html.j2"
    own.write_text('{% from "macros.html.j2" import body_blocks %}<main data-slug="{{ article.slug }}">'
                   "<h1>{{ headline }}</h1>{{ body_blocks(body) }}</main>\n", encoding="utf-8")
    out = render(hostile_article(), "html", template=str(own))
    tree = html5lib.HTMLParser(namespaceHTMLElements=False).parseFragment(out)
    main = tree.find("main")
    assert main.get("data-slug") == "s"
    assert text_of(main.find("h1")).startswith("Headline <script>")
    assert not list(tree.iter("script"))


def test_a_template_dir_overrides_templates_by_name(tmp_path):
    (tmp_path / "article.html.j2").write_text("<p class=own>{{ headline }} / {{ lang }}</p>\n", encoding="utf-8")
    out = render(structured_article(), "html", template_dir=str(tmp_path))
    assert out == "<p class=own>시청 앞 광장, 주말마다 책 읽는 마당으로 / ko</p>\n"


def test_body_tree_puts_a_note_under_the_item_it_annotates_and_resets_on_paragraphs():
    nodes = body_tree((BodyBlock("list_item", "a", level=0, marker="□"),
                       BodyBlock("note", "n", level=1, marker="※"),
                       BodyBlock("paragraph", "p"),
                       BodyBlock("list_item", "b", level=1, marker="○")))
    assert [n.kind for n in nodes] == ["list", "block", "list"]
    assert nodes[0].items[0].children[0].block.text == "n"
    assert nodes[2].items[0].block.text == "b"


@pytest.mark.parametrize("text, title", [
    ("The City of Harlow opened its new library on Monday, with 40,000 books and a maker space.\n\n"
     "The library is open every day from 9 a.m. to 8 p.m.\n", "Untitled release"),
    ("가온시는 다음 달부터 시내버스 첫차 시간을 30분 앞당긴다고 3일 밝혔다.\n\n"
     "시는 새벽에 출근하는 시민들의 불편을 줄이기 위해 노선 12개의 첫차를 조정한다.\n", "제목 없는 보도자료"),
])
def test_a_release_with_no_headline_gets_a_page_title_and_no_empty_heading(text, title):
    page = render(pr2news.convert(text), "html")
    assert f"<title>{title}</title>" in page
    assert "<h1></h1>" not in page and "<h1>" not in page
