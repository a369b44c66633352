"""What the published page says about itself: JSON-LD, the printed dateline and date, tel: links, Korean fonts."""
import json
import re

import html5lib
import pytest
from click.testing import CliRunner

import pr2news
from pr2news.cli import main
from pr2news.model import Article, BodyBlock, Contact, Dateline, Embargo
from pr2news.render import render
from pr2news.render.common import area_code, tel_uri
from pr2news.render.html import render_preview
from render_samples import en_article, ko_article


def page(article, **options):
    return html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(render(article, "html", **options))


def json_ld_of(tree):
    scripts = [s for s in tree.iter("script") if s.get("type") == "application/ld+json"]
    assert len(scripts) == 1
    return json.loads(scripts[0].text)


def text_of(element):
    return " ".join("".join(element.itertext()).split())


def article(**fields):
    base = dict(lang="en", headline="Harbor City Opens Two Splash Pads", slug="splash",
                body=(BodyBlock("paragraph", "The city opened two splash pads on Monday."),
                      BodyBlock("paragraph", "Both stay open until 8 p.m. through September.")))
    base.update(fields)
    return Article(**base)


# ---------------------------------------------------------------- JSON-LD

def test_the_publisher_is_the_issuing_department_and_never_the_byline():
    ko = ko_article()
    data = json_ld_of(page(ko))
    assert data["publisher"] == {"@type": "Organization", "name": ko.contacts[0].department}
    bylined = article(byline="By Jane Okafor", contacts=(Contact(text="x", department="Parks Department",
                                                                 name="Lee Chen", phones=("555-0100",)),))
    data = json_ld_of(page(bylined))
    assert data["publisher"] == {"@type": "Organization", "name": "Parks Department"}
    assert data["author"] == {"@type": "Person", "name": "Jane Okafor"}


def test_the_publisher_option_names_the_publisher():
    data = json_ld_of(page(ko_article(), publisher="서울특별시"))
    assert data["publisher"] == {"@type": "Organization", "name": "서울특별시"}


def test_the_publisher_option_on_the_command_line(tmp_path):
    source = tmp_path / "release.txt"
    from render_samples import KO_RELEASE
    source.write_text(KO_RELEASE, encoding="utf-8")
    result = CliRunner().invoke(main, ["convert", str(source), "-f", "html", "--publisher", "Seoul Metropolitan Government"])
    data = json_ld_of(html5lib.parse(result.output, namespaceHTMLElements=False))
    assert data["publisher"]["name"] == "Seoul Metropolitan Government"


@pytest.mark.parametrize("byline,kind,name", [
    ("By Jane Okafor", "Person", "Jane Okafor"),
    ("홍길동 기자", "Person", "홍길동 기자"),
    ("From: Department of Health and Social Care", "Organization", "Department of Health and Social Care"),
    ("서울시 푸른도시국 공원조성과", "Organization", "서울시 푸른도시국 공원조성과"),
])
def test_the_author_is_a_person_only_for_a_person(byline, kind, name):
    lang = "ko" if re.search("[가-힣]", byline) else "en"
    data = json_ld_of(page(article(lang=lang, byline=byline)))
    assert data["author"] == {"@type": kind, "name": name}


def test_without_a_byline_the_issuing_office_is_the_author():
    data = json_ld_of(page(ko_article()))
    assert data["author"]["@type"] == "Organization" and data["author"]["name"] == data["publisher"]["name"]


def test_article_body_is_the_whole_body_text():
    ko = ko_article()
    data = json_ld_of(page(ko))
    assert data["articleBody"] == "\n\n".join(b.text for b in ko.body)
    assert len(ko.body) > 3 and ko.body[-1].text in data["articleBody"]


@pytest.mark.parametrize("fields,expected", [
    ({"dateline": Dateline(text="2026. 6. 1.(월) 10:00", date="2026-06-01", time="10:00"), "lang": "ko"},
     "2026-06-01T10:00:00+09:00"),
    ({"embargo": Embargo(text="보도일시 2026. 6. 2. 06:00", datetime="2026-06-02T06:00"), "lang": "ko"},
     "2026-06-02T06:00:00+09:00"),
    ({"dateline": Dateline(text="HARBOR CITY, CA —", place="HARBOR CITY, CA"),
      "embargo": Embargo(text="Embargoed until June 3, 2026", datetime="2026-06-03T00:00")}, "2026-06-03T00:00"),
    ({"dateline": Dateline(text="HARBOR CITY, CA —", date="2026-06-02", place="HARBOR CITY, CA")}, "2026-06-02"),
])
def test_date_published_comes_from_the_dateline_or_the_embargo_whenever_either_has_a_date(fields, expected):
    data = json_ld_of(page(article(**fields)))
    assert data["datePublished"] == expected
    assert data["inLanguage"] == fields.get("lang", "en")


# ---------------------------------------------------------------- the printed page

def test_the_embargo_is_not_printed_but_the_preview_shows_it_as_an_editors_note():
    ko = ko_article()
    printed = page(ko)
    assert ko.embargo.text not in text_of(printed.find(".//body"))
    tree = html5lib.parse(render_preview(ko), namespaceHTMLElements=False)
    notes = [e for e in tree.iter("p") if "editor-note" in (e.get("class") or "")]
    assert len(notes) == 1 and ko.embargo.text in text_of(notes[0])
    assert notes[0].find(".//time").get("datetime") == ko.embargo.datetime


def test_a_place_without_a_date_prints_without_a_dangling_dash():
    tree = page(article(dateline=Dateline(text="HARBOR CITY, CA —", place="HARBOR CITY, CA")))
    meta = tree.find(".//article/header/p[@class='meta']")
    assert text_of(meta) == "HARBOR CITY, CA"
    markdown = render(article(dateline=Dateline(text="HARBOR CITY, CA —", place="HARBOR CITY, CA")), "md")
    assert "*HARBOR CITY, CA*" in markdown


def test_a_release_date_in_the_input_is_printed_in_a_time_element():
    # the date stands on its own line above the headline; the dateline that opens the body has only the place
    converted = pr2news.convert("FOR IMMEDIATE RELEASE\nJune 2, 2026\nHarbor City Expands Free Summer Lunch "
                                "Program to 40 Parks\nHARBOR CITY, CA — The city will serve free lunches to "
                                "children at 40 parks this summer.\nMeals are served on weekdays at noon.\n")
    meta = page(converted).find(".//article/header/p[@class='meta']")
    time = meta.find("time")
    assert time is not None and time.get("datetime") == "2026-06-02" and text_of(time) == "June 2, 2026"
    # the place opens the lead paragraph, as newspapers print it: the header gives the date alone, not the place twice
    assert text_of(meta) == "June 2, 2026"
    assert converted.body[0].text.startswith("HARBOR CITY, CA — The city will serve")


def test_an_embargo_date_alone_is_printed_as_the_release_date():
    tree = page(article(lang="ko", embargo=Embargo(text="보도일시 2026. 6. 2.(화) 06:00", datetime="2026-06-02T06:00")))
    time = tree.find(".//article/header/p[@class='meta']/time")
    assert time.get("datetime") == "2026-06-02T06:00" and text_of(time) == "2026년 6월 2일 06:00"


# ---------------------------------------------------------------- telephone links

@pytest.mark.parametrize("phone,lang,area,uri", [
    ("02-2133-2010", "ko", None, "tel:+82221332010"),
    ("010-1234-5678", "ko", None, "tel:+821012345678"),
    ("044-215-2114", "ko", "02", "tel:+82442152114"),
    ("2133-5212", "ko", "02", "tel:+82221335212"),
    ("2133-5212", "ko", None, None),
    ("1588-1234", "ko", None, "tel:15881234"),
    ("+32 2 295 5555", "en", None, "tel:+3222955555"),
    ("+44 (0)20 7946 0000", "en", None, "tel:+442079460000"),
    ("(720) 555-2166", "en", None, "tel:+17205552166"),
    ("1-800-555-0199", "en", None, "tel:+18005550199"),
    ("555-0142", "en", None, None),
    ("555-013-7784", "en", None, None),
])
def test_tel_links_only_for_numbers_that_can_be_dialled(phone, lang, area, uri):
    assert tel_uri(phone, lang, area) == uri


def ko_release_with_a_short_number(city_line):
    return pr2news.convert(f"""보 도 자 료
{city_line}
담당부서 : 공원조성과
담당자 : 주무관 서가을 (2133-5212)
도심 속 숲길 정원 12곳 새로 연다
□ 도심 곳곳의 자투리땅을 활용해 조성한 숲길 정원 12곳을 4월 2일부터 차례로 개방한다고 밝혔다.
 ○ 정원마다 무장애 산책로를 설치하고, 쉼터와 그늘막을 갖췄다.
""")


def test_a_number_without_its_area_code_is_linked_only_when_the_release_says_where_it_is_from():
    seoul = ko_release_with_a_short_number("서울특별시")
    assert area_code(seoul) == "02"
    links = [a.get("href") for a in page(seoul).iter("a") if (a.get("href") or "").startswith("tel:")]
    assert links == ["tel:+82221335212"]
    unknown = ko_release_with_a_short_number("")
    assert area_code(unknown) is None
    tree = page(unknown)
    assert not [a for a in tree.iter("a") if (a.get("href") or "").startswith("tel:")]
    assert "2133-5212" in text_of(tree.find(".//article/footer"))


# ---------------------------------------------------------------- Korean fonts

KOREAN_FIRST = ["Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic"]


def font_stacks(css):
    """selector -> font-family list, for every rule of a stylesheet that sets one."""
    stacks = {}
    for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", re.sub(r"/\*.*?\*/", "", css, flags=re.S)):
        match = re.search(r"font-family:([^;}]+)", body)
        if match:
            families = [f.strip().strip('"') for f in match.group(1).split(",")]
            for part in selector.split(","):
                stacks[part.strip()] = families
    return stacks


@pytest.mark.parametrize("make_page,selector", [
    (lambda a: render(a, "html"), ".pr2news-article:lang(ko)"),
    (lambda a: render_preview(a), "body.pr2news-preview:lang(ko)"),
])
def test_korean_pages_put_korean_fonts_before_system_ui(make_page, selector):
    tree = html5lib.parse(make_page(ko_article()), namespaceHTMLElements=False)
    css = "".join(style.text for style in tree.iter("style"))
    stack = font_stacks(css)[selector]
    assert stack[:3] == KOREAN_FIRST
    assert stack.index("system-ui") > 2 and stack[-1] == "sans-serif"
    assert tree.get("lang") == "ko" and tree.find(".//article").get("lang") == "ko"


def test_english_pages_keep_the_system_face_first():
    css = "".join(s.text for s in html5lib.parse(render(en_article(), "html"), namespaceHTMLElements=False).iter("style"))
    assert font_stacks(css)[".pr2news-article"][0] == "system-ui"
