"""Datelines and wire credits that open the first paragraph are split off it."""
import pytest

from pr2news.lexicon import en, ko
from pr2news.segment.wire import split_wire_prefix


@pytest.mark.parametrize("text,place,date,rest", [
    ("SEATTLE--(BUSINESS WIRE)--The City of Seattle today opened its new waterfront park.", "SEATTLE", None,
     "The City of Seattle today opened its new waterfront park."),
    ("WASHINGTON, March 03, 2026 (GLOBE NEWSWIRE) -- The Department announced new grants today.", "WASHINGTON",
     "2026-03-03", "The Department announced new grants today."),
    ("Ottawa, Ontario--(Newsfile Corp. - March 3, 2026) - The council approved a new budget today.",
     "Ottawa, Ontario", "2026-03-03", "The council approved a new budget today."),
    ("대전--(뉴스와이어)--국립예시박물관은 여름방학 어린이 교실을 연다고 밝혔다.", "대전", None,
     "국립예시박물관은 여름방학 어린이 교실을 연다고 밝혔다."),
])
def test_wire_datelines_split_off_the_first_paragraph(text, place, date, rest):
    split = split_wire_prefix(text, en.LEXICON)
    assert (split.dateline.place, split.dateline.date, split.rest) == (place, date, rest)


def test_korean_wire_credit_gives_place_and_reporter():
    split = split_wire_prefix("(부산=연합뉴스) 오은결 기자 = 부산시가 해상풍력 단지를 가동했다고 밝혔다.", ko.LEXICON)
    assert (split.dateline.place, split.byline, split.rest) == ("부산", "오은결 기자", "부산시가 해상풍력 단지를 가동했다고 밝혔다.")


def test_outlet_and_reporter_in_brackets_is_a_credit_without_a_place():
    split = split_wire_prefix("[예시일보=최다온 기자] 인천시가 섬 주민 위한 구급선을 띄운다고 밝혔다.", ko.LEXICON)
    assert split.dateline is None and split.byline == "[예시일보=최다온 기자]"


def test_a_sentence_with_a_dash_is_not_a_dateline():
    assert split_wire_prefix("The city says - and we agree - that parks matter a lot to residents.", en.LEXICON) is None


@pytest.mark.parametrize("text", [
    "Portvale, 15/10/2026 (Harbour Samachar) – The Cabinet will meet this evening under the Chief Minister.",
    "Portvale, Oct 15, 2026 (Harbour News) – The Cabinet will meet this evening under the Chief Minister.",
])
def test_an_outlet_named_in_brackets_after_the_datelines_date_is_its_credit(text):
    split = split_wire_prefix(text, en.LEXICON)
    assert (split.dateline.place, split.dateline.date) == ("Portvale", "2026-10-15")
    assert split.byline in ("Harbour Samachar", "Harbour News")
    assert split.rest == "The Cabinet will meet this evening under the Chief Minister."


def test_an_agency_code_after_the_datelines_date_stays_no_byline():
    split = split_wire_prefix("PORTVALE, Oct 15, 2026 (PTI) – The Cabinet will meet this evening.", en.LEXICON)
    assert split.byline is None and split.rest == "The Cabinet will meet this evening."
