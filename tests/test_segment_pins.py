"""An editor's pins are constraints: a pinned line keeps its role, and the segmenter decides the others
around it. These tests assert what the article becomes, not how the rules get there."""
from pathlib import Path

import pytest

from accounting import BULLETS, covered, lost_lines, squash
from pr2news.model import ROLES
from pr2news.readers import read_bytes
from pr2news.segment import segment

# a works department's name on the first line, over the title and its subtitle
EN_LETTERHEAD = """Riverton Public Works Department
Eastside Water Mains to Be Replaced Over Eight Weeks Starting June 8
Crews will work street by street on Elm, Birch and Cedar; no shutoff lasts more than six hours
RIVERTON, OH — The Riverton Public Works Department will replace 3.2 miles of aging water mains on the east side of the city over eight weeks starting June 8, the department said on Monday.
The mains under Elm, Birch and Cedar streets were laid in 1958 and have broken eleven times since January.
Residents will receive a door hanger two days before their water is shut off.
By Dana Whitfield, Communications Manager
Media contact: Tom Reyes, Public Works, 555-013-4410, treyes@riverton.example
###
"""

# a title wrapped over two lines with nothing to say so, and a contact line without a label
KO_WRAPPED = """보도자료
배포일시 2026. 4. 1.(수) 14:00
도심 숲길 정원 조성 사업
서울시, 자투리땅 12곳에
숲길 정원 새로 연다
- 4월 한 달간 자치구별 개장 행사…시민 해설 프로그램 운영
□ 서울시는 도심 곳곳의 자투리땅과 유휴 부지를 활용해 숲길 정원 12곳을 새로 조성하고 4월부터 시민에게 개방한다고 밝혔다.
 ○ 이번에 여는 숲길 정원은 모두 3만 2천 제곱미터 규모로, 계절마다 꽃이 피는 초화류를 심어 조성했다.
□ 시는 정원마다 시민 해설사를 배치해 주말 해설 프로그램을 운영한다.
붙임  1. 숲길 정원 12곳 위치도 1부.
담당부서 : 푸른도시국 공원조성과  책임자 : 과 장 한여름 (02-2133-2010)
주무관 서가을 02-2133-2017
"""

# a feed page: two releases, the second the one the desk wants
EN_FEED = """Harbor City Newsroom
Harbor City Opens Two New Cooling Centers Ahead of Heat Wave
Posted on June 30, 2026
HARBOR CITY, CA — Two new cooling centers open on Monday at the Westside and Pier libraries, the city said.
Both centers stay open until 9 p.m. while the heat advisory lasts.
###
Harbor City Extends Pool Hours Through Labor Day
Posted on June 29, 2026
HARBOR CITY, CA — The city's four public pools will stay open until 8 p.m. every day through Labor Day.
Lifeguards hired this spring make the longer hours possible, the parks department said.
"""


def blocks_of(text):
    return read_bytes(text.encode("utf-8"), "release.txt").blocks


def lines_of(text):
    return [line.strip() for line in text.splitlines() if line.strip()]


def role_of(article, text):
    return next(t.role for t in article.trace if t.text.strip() == text)


def test_no_pins_change_nothing():
    for text in (EN_LETTERHEAD, KO_WRAPPED, EN_FEED):
        blocks = blocks_of(text)
        assert segment(blocks, pins={}) == segment(blocks) == segment(blocks, pins=None)


def test_pinning_the_right_line_as_headline_moves_the_wrong_one_out_of_the_article():
    lines = lines_of(EN_LETTERHEAD)
    article = segment(blocks_of(EN_LETTERHEAD), pins={1: "headline"})
    assert article.headline == lines[1]
    assert article.trace[1].reason == "pinned by an editor"
    letterhead = lines[0]
    assert letterhead in article.stripped
    assert letterhead not in article.highlights
    assert letterhead not in [b.text for b in article.body]
    assert "HEADLINE_GUESSED" not in article.warning_codes() and "NO_HEADLINE" not in article.warning_codes()


def test_the_lines_under_a_pinned_headline_are_decided_again():
    lines = lines_of(EN_LETTERHEAD)
    article = segment(blocks_of(EN_LETTERHEAD), pins={1: "headline"})
    assert article.highlights == (lines[2],)  # the subtitle under the new headline
    assert article.body[0].text.startswith("RIVERTON, OH — The Riverton Public Works Department will replace")
    assert article.dateline.place == "RIVERTON, OH"


def test_a_title_pinned_on_its_two_lines_is_one_headline_and_the_subtitle_under_it_a_highlight():
    lines = lines_of(KO_WRAPPED)
    article = segment(blocks_of(KO_WRAPPED), pins={3: "headline", 4: "headline"})
    assert article.headline == "서울시, 자투리땅 12곳에 숲길 정원 새로 연다"
    assert article.highlights == ("4월 한 달간 자치구별 개장 행사…시민 해설 프로그램 운영",)
    assert "숲길 정원 새로 연다" not in article.body_text()
    assert article.body[0].text.startswith("서울시는 도심 곳곳의")
    assert role_of(article, lines[2]) == "stripped"  # the project name above the headline


def test_pinning_the_chosen_headline_to_another_role_makes_the_rules_choose_another_line():
    blocks = blocks_of(EN_LETTERHEAD)
    before = segment(blocks)
    chosen = next(i for i, t in enumerate(before.trace) if t.role == "headline")
    after = segment(blocks, pins={chosen: "stripped"})
    assert after.trace[chosen].role == "stripped"
    assert after.headline is not None and after.headline != before.headline
    assert after.headline in [t.text for t in after.trace if t.role == "headline"]


def test_a_headline_pinned_in_a_feed_after_the_end_mark_gets_its_own_body():
    lines = lines_of(EN_FEED)
    second = lines.index("Harbor City Extends Pool Hours Through Labor Day")
    article = segment(blocks_of(EN_FEED), pins={second: "headline"})
    assert article.headline == lines[second]
    assert "four public pools" in article.body_text() and "Lifeguards hired" in article.body_text()
    assert "cooling centers" not in article.body_text()
    dated = segment(blocks_of(EN_FEED), pins={second: "headline", second + 1: "dateline"})
    assert dated.dateline.date == "2026-06-29" and dated.body == article.body


def test_a_line_pinned_as_contact_beside_a_contact_block_joins_it():
    article = segment(blocks_of(KO_WRAPPED), pins={11: "contact"})
    person = next(c for c in article.contacts if c.name == "서가을")
    assert person.phones == ("02-2133-2017",) and person.department == "공원조성과"
    assert "서가을" not in article.body_text()


def test_the_editors_dateline_byline_and_embargo_win_over_those_the_rules_found():
    lines = lines_of(EN_FEED)
    article = segment(blocks_of(EN_FEED), pins={2: "dateline", 0: "byline"})
    assert article.dateline.text == lines[2] and article.dateline.date == "2026-06-30"
    assert article.byline == "Harbor City Newsroom"
    ko = segment(blocks_of(KO_WRAPPED), pins={1: "embargo"})
    assert ko.embargo.text == "배포일시 2026. 4. 1.(수) 14:00" and ko.embargo.datetime == "2026-04-01T14:00"


def test_several_lines_pinned_to_a_single_field_are_all_kept():
    lines = lines_of(EN_LETTERHEAD)
    article = segment(blocks_of(EN_LETTERHEAD), pins={0: "byline", 6: "byline", 4: "dateline", 5: "dateline"})
    assert lines[0] in article.byline and "Dana Whitfield" in article.byline
    assert lines[4] in article.dateline.text and lines[5] in article.dateline.text


def test_pins_past_the_last_line_are_ignored_and_unknown_roles_refused():
    blocks = blocks_of(EN_LETTERHEAD)
    assert segment(blocks, pins={99: "headline"}) == segment(blocks)
    with pytest.raises(ValueError, match="kicker"):
        segment(blocks, pins={1: "kicker"})
    with pytest.raises(ValueError):
        segment(blocks, pins={"1": "headline"})


def field_pieces(data, role):
    """The squashed strings of the article field a role feeds."""
    if role == "headline":
        values = [data["headline"]]
    elif role in ("highlight", "attachment", "stripped"):
        values = data[{"highlight": "highlights", "attachment": "attachments", "stripped": "stripped"}[role]]
    elif role in ("dateline", "embargo"):
        values = [data[role]["text"]] if data[role] else []
    elif role == "byline":
        values = [data["byline"]]
    elif role == "body":
        # the first paragraph's wire dateline and credit are split off into dateline and byline
        values = [b["text"] for b in data["body"]] + [data["dateline"] and data["dateline"]["text"], data["byline"]]
    else:
        values = [c["text"] for c in data["contacts"]]
    return [squash(v) for v in values if v]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("text", [EN_LETTERHEAD, KO_WRAPPED, EN_FEED], ids=["en", "ko", "feed"])
def test_any_line_pinned_to_any_role_holds_it_and_no_line_is_lost(text, role, validate):
    blocks = blocks_of(text)
    for index, line in enumerate(lines_of(text)):
        article = segment(blocks, pins={index: role})
        assert article.trace[index].role == role, (index, line)
        assert article.trace[index].reason == "pinned by an editor"
        data = validate(article._replace(slug="release").to_dict())  # the pipeline adds the slug
        # a line pinned as contact may be read as several people, one piece per word
        runs = len(line.split()) if role == "contact" else 4
        assert covered(squash(line.lstrip(BULLETS)), field_pieces(data, role), runs), (index, role, line)
        assert lost_lines(text, data) == [], (index, role)


FIXTURES = sorted((Path(__file__).parent / "fixtures" / "segment").glob("*.txt"))


@pytest.mark.parametrize("path", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_pins_on_every_fixture_release_hold_and_lose_nothing(path):
    text = path.read_text(encoding="utf-8").partition("\n.\n")[0] + "\n"
    blocks = blocks_of(text)
    n = len(segment(blocks).trace)
    for k, role in enumerate(ROLES):
        index = (7 * k + 3) % n  # a different line for every role, the same on every run
        article = segment(blocks, pins={index: role})
        assert article.trace[index].role == role
        assert lost_lines(text, article._replace(slug="release").to_dict()) == [], (index, role)
