"""Dates and times in Korean and English forms parse to ISO."""
import pytest

import pr2news
from pr2news.segment.dates import is_date_only, parse_datetime


@pytest.mark.parametrize("text,date,time", [
    ("2025. 3. 6.(목)", "2025-03-06", None),
    ("보도일시 2025. 3. 6.(목) 오후 4시 30분", "2025-03-06", "16:30"),
    ("2025년 3월 6일 오전 6시부터 보도할 수 있습니다", "2025-03-06", "06:00"),
    ("등록 2025-03-06 16:26:49", "2025-03-06", "16:26"),
    ("입력 2015.09.23 16:55", "2015-09-23", "16:55"),
    ("Monday, April 30, 2012", "2012-04-30", None),
    ("Published Thursday, 20 April, 2017 at 08:59 AM", "2017-04-20", "08:59"),
    ("OTTAWA, ON, Aug. 22, 2022 /CNW/", "2022-08-22", None),
    ("12.02.2025", "2025-02-12", None),                      # day first, as European pages write it
    ("Published 3. 4. 2026 10:15", "2026-04-03", "10:15"),
    ("25 October 2023", "2023-10-25", None),
    ("Embargoed until 12:01 a.m. ET, June 3, 2026", "2026-06-03", "00:01"),
    ("2025.12.30. 오후 3:59.", "2025-12-30", "15:59"),        # a clock time after 오후
    ("March 04, 2025 04:15 PM Eastern Standard Time", "2025-03-04", "16:15"),
    ("no date here", None, None),
])
def test_dates_and_times_parse_to_iso(text, date, time):
    assert parse_datetime(text) == (date, time)


def test_impossible_dates_are_not_dates():
    assert parse_datetime("2025. 13. 45.") == (None, None)


@pytest.mark.parametrize("text,expected", [
    ("2014-10-07", True), ("January 1, 2026", True), ("Monday, 15 June 2009", True),
    ("2015. 8. 21(금)", True), ("March 24, 2022, OTTAWA, ON", False), ("등록 2025-03-06", False),
    ("2025년 11월 5일 오후 2:30", True), ("March 10, 2026 09:30 AM Eastern Daylight Time", True),
    ("2025년 11월 5일 오후 사업 설명회", False),
])
def test_date_only_lines_are_told_apart_from_dated_sentences(text, expected):
    assert is_date_only(text) is expected


def test_numeric_us_dates_and_day_first_dates_when_unambiguous():
    assert parse_datetime("Date: 03/04/2026") == ("2026-03-04", None)
    assert parse_datetime("25/03/2026") == ("2026-03-25", None)



def test_a_numeric_date_either_way_round_is_read_in_the_order_the_page_writes_its_dates():
    irish = ("Temporary Road Closure – Millbrook Road\n\nPublished: 12/02/2026\n\n"
             "Roscoe County Council will close Millbrook Road from 3 March 2026 to 21 March 2026 to repair the bridge "
             "deck at Millbrook.\n\nTraffic will be diverted via the N17 from 3 March.\n")
    american = ("Library Branch Reopens on Elm Street\n\nPosted: 03/04/2026\n\n"
                "The Harlow Public Library will reopen its Elm Street branch on March 10, 2026, after a six-month "
                "renovation.\n\nThe branch will be open from 9 a.m. on March 10.\n")
    assert pr2news.convert(irish).dateline.date == "2026-02-12"
    assert pr2news.convert(american).dateline.date == "2026-03-04"


def test_a_date_that_can_be_read_only_one_way_keeps_it_whatever_the_page_writes():
    from pr2news.segment.dates import find_date, in_date_order
    assert in_date_order("25/03/2026", find_date("25/03/2026")[0], "month") == "2026-03-25"
    assert in_date_order("06.03.2025", find_date("06.03.2025")[0], "month") == "2025-06-03"
    assert in_date_order("06.03.2025", find_date("06.03.2025")[0], None) == "2025-03-06"


def test_a_us_short_year_is_read_month_first_and_a_fraction_is_no_date():
    from pr2news.segment.dates import find_date
    assert find_date("Date: 10/17/12")[0] == "2012-10-17"
    assert find_date("The board meets 3/4/26 at noon")[0] == "2026-03-04"
    assert find_date("about 1/2 of residents")[0] is None
    assert find_date("Release 1/2/3")[0] is None


def test_a_memos_short_dated_field_under_the_release_label_is_its_dateline():
    import pr2news
    article = pr2news.convert("FOR IMMEDIATE RELEASE\n\nDate: 03/02/26\nTo: All media\n\nLibrary opens a tool lending shelf\n\n"
                              "Harlow Public Library will open a tool lending shelf on March 16, with drills, ladders and "
                              "garden tools that card holders can borrow for a week at a time.\n\n"
                              "The shelf was started with tools donated by residents and a grant from the library's friends.\n")
    assert article.dateline.date == "2026-03-02"
    assert article.body[0].text.startswith("Harlow Public Library will open")


@pytest.mark.parametrize("text,date", [
    ("작성일 23-09-23 13:36", "2023-09-23"),       # a board's post stamp: two-figure year, then the time
    ("25-12-01 11:43 조회16회", "2025-12-01"),
    ("ISBN 12-34-56 11:00", None),                  # no month 34
    ("회의실 23-9-5 3:30", None),                   # the stamp writes two figures each
    ("23-09-23 참가", None),                        # without its time, three numbers are no date
])
def test_a_boards_stamp_with_a_two_figure_year_is_a_date_only_with_its_time(text, date):
    assert parse_datetime(text)[0] == date
