"""Large and odd inputs: the segmenter's bounds hold (roles stay sensible, nothing is lost)."""
from accounting import lost_lines

import pr2news


def test_a_page_of_bullets_under_a_title_is_body_not_highlights():
    text = "Library Branch Hours For The Holiday Week\n" + "\n".join(
        f"• Library branch {i} holiday week hours: opens at nine and closes at five" for i in range(200))
    data = pr2news.convert(text).to_dict()
    assert data["highlights"] == []
    assert len(data["body"]) == 200 and {b["type"] for b in data["body"]} == {"list_item"}
    assert lost_lines(text, data) == []


def test_a_few_bullets_under_a_title_stay_highlights():
    text = ("Library Extends Weekend Hours\n• Saturday opening moves to 8 a.m.\n• Sunday hours added at four branches\n"
            "The city library will extend its weekend hours starting in June, the library board announced on Monday.\n")
    data = pr2news.convert(text).to_dict()
    assert data["highlights"] == ["Saturday opening moves to 8 a.m.", "Sunday hours added at four branches"]


def test_thousands_of_short_lines_convert_without_losing_any():
    text = "제목 줄입니다 테스트\n" + "\n".join(f"짧은 줄 {i}" for i in range(5000))
    data = pr2news.convert(text).to_dict()
    assert lost_lines(text, data) == []
