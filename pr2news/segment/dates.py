"""Dates and times as written in Korean and English releases, parsed to ISO."""
from __future__ import annotations

import re

from .. import fastre
from .memo import per_document

MONTHS = {m: i for i, names in enumerate((
    (), ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
    ("december", "dec"))) for m in names}
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"

_BOARD_STAMP = r"(?<![\d./-])(?P<year>\d{2})-(?P<mon>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?=\s+\d{1,2}:\d{2}(?!\d))"

DATE_FORMS = [
    # 2025-03-06, 2025.03.06, 2025. 3. 6.(목), 2025/3/6, '25. 3. 6.
    fastre.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2}|['’]\d{2})\s*[-./]\s*(?P<mon>\d{1,2})\s*[-./]\s*(?P<day>\d{1,2})(?!\d)\.?"
               r"(?:\s*\(\s*[월화수목금토일]\s*\))?"),
    # 2025년 3월 6일(목)
    fastre.compile(r"(?P<year>(?:19|20)\d{2})\s*년\s*(?P<mon>\d{1,2})\s*월\s*(?P<day>\d{1,2})\s*일(?:\s*\(\s*[월화수목금토일]\s*\))?"),
    # Monday, April 30, 2012 / Aug. 22, 2022 / January 1, 2026
    fastre.compile(_WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{2})", re.I),
    # 03/03/2026 (US month first; a first number over 12 is read as the day, as in 25/03/2026)
    fastre.compile(r"(?<![\d/])(?P<mon>\d{1,2})/(?P<day>\d{1,2})/(?P<year>(?:19|20)\d{2})(?![\d/])"),
    # 10/17/12: a US page's short year, month first (read only between other figures' slashes, never in a fraction)
    fastre.compile(r"(?<![\d/])(?P<mon>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{2})(?![\d/])"),
    # Monday, 15 June 2009 / 25 October 2023 / 20 April, 2017
    fastre.compile(_WEEKDAY + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d{2})", re.I),
    # 12.02.2025: day first, with dots, as European pages write it
    fastre.compile(r"(?<![\d.])(?P<day>\d{1,2})\.\s?(?P<mon>\d{1,2})\.\s?(?P<year>(?:19|20)\d{2})(?![\d.]\d)"),
    # 23-09-23 13:36: a board's post stamp, the year in two figures, month and day in two, then the time
    fastre.compile(_BOARD_STAMP),
]
# 23.02.21: a board's date field, the year in two figures, dots or dashes between (read only under a date label:
# alone, 1.2.3 may number a section)
_SHORT_YEAR_DATE = fastre.compile(r"(?P<year>\d{2})\s?[.-]\s?(?P<mon>\d{1,2})\s?[.-]\s?(?P<day>\d{1,2})\.?")


def short_year_date(text):
    """ISO date of a text that is only a date written year first with a two-figure year (23.02.21), else None."""
    m = _SHORT_YEAR_DATE.fullmatch(text.strip())
    if m is None:
        return None
    year, month, day = 2000 + int(m.group("year")), int(m.group("mon")), int(m.group("day"))
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None


# 3월 6일 / 6일(목) without a year
KO_MONTH_DAY = fastre.compile(r"(?P<mon>\d{1,2})\s*월\s*(?P<day>\d{1,2})\s*일")

TIME_FORMS = [
    fastre.compile(r"(?P<ampm>오전|오후|낮|밤|새벽|저녁)\s*(?P<hour>\d{1,2})\s*(?:시(?:\s*(?P<minute>\d{1,2})\s*분|\s*(?P<half>반))?"
                   r"|:(?P<clock>\d{2}))"),  # 오후 4시 30분, 오후 3:59
    fastre.compile(r"(?<![\d.])(?P<hour>\d{1,2})\s*[:시]\s*(?P<minute>\d{2})(?::\d{2})?(?:\s*(?P<ampm>[ap]\.?m\.?))?(?!\d)", re.I),
    fastre.compile(r"(?<![\d:])(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?\s*(?P<ampm>[ap]\.?m\.?)(?![a-z])", re.I),
    fastre.compile(r"(?P<hour>\d{1,2})\s*시(?:\s*(?P<minute>\d{1,2})\s*분)?"),
]


def _year(text):
    text = text.strip("'’")
    year = int(text)
    return year + 2000 if year < 100 else year


# every date form has a year: four digits from 19xx/20xx or '25 (or two figures in a board's stamp)
_YEAR_LIKE = fastre.compile(r"(?:19|20)\d\d|['’]\d\d|\d/\d{2}(?![\d/])")
_BOARD_STAMP_FORM = DATE_FORMS[7]  # asked apart, of lines with a dash and a colon: it scans slower
_KO_DATE_FORM = DATE_FORMS[1]
_MONTH_NAME_FORMS = (DATE_FORMS[2], DATE_FORMS[5])  # need a month's name: skipped in text without Latin letters
_LATIN = fastre.compile(r"[A-Za-z]")


@per_document
def find_date(text):
    """(ISO date, match span) of the first full date in text, or (None, None)."""
    if _YEAR_LIKE.search(text) is None and not ("-" in text and ":" in text and _BOARD_STAMP_FORM.search(text)):
        return None, None  # most lines: one quick search instead of five
    best = None
    latin = _LATIN.search(text) is not None
    for form in DATE_FORMS:
        if form is _KO_DATE_FORM and "년" not in text or form in _MONTH_NAME_FORMS and not latin:
            continue
        match = form.search(text)
        if not match:
            continue
        groups = match.groupdict()
        try:
            year = _year(groups["year"])
            month = MONTHS[groups["month"].lower().rstrip(".")] if groups.get("month") else int(groups["mon"])
            day = int(groups["day"])
        except (KeyError, ValueError):
            continue
        if month > 12 >= day:
            month, day = day, month
        if not (1 <= month <= 12 and 1 <= day <= 31 and 1900 <= year <= 2100):
            continue
        if best is None or match.start() < best[1][0]:
            best = (f"{year:04d}-{month:02d}-{day:02d}", match.span())
    return best if best else (None, None)


# the numeric forms either order could have written, and the order find_date reads each in
# 03/04/2026 and 03/04/26 month first, 03.04.2026 day first
_NUMERIC_FORMS = ((DATE_FORMS[3], "month"), (DATE_FORMS[4], "month"), (DATE_FORMS[6], "day"))
_MONTH_THEN_DAY = fastre.compile(r"(?i)\b" + _MONTH.replace("(?P<month>", "(?:") + r"\s+\d{1,2}(?:st|nd|rd|th)?\b")
_DAY_THEN_MONTH = fastre.compile(r"(?i)\b\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH.replace("(?P<month>", "(?:") + r"(?![a-z])")


def date_order(texts):
    """'day' or 'month': which comes first where the text writes a month by its name (3 March / March 3), when
    one order clearly wins; else None."""
    day = month = 0
    for text in texts:
        if _LATIN.search(text):
            day += len(_DAY_THEN_MONTH.findall(text))
            month += len(_MONTH_THEN_DAY.findall(text))
    return "day" if day > 2 * month else "month" if month > 2 * day else None


def in_date_order(text, iso, order):
    """The ISO date of text's numeric date (03/04/2026, 06.03.2025) read in `order` when its two numbers could be
    either day or month; any other date as it was."""
    if not iso or order is None:
        return iso
    found, span = find_date(text)
    if found != iso:
        return iso
    for form, read_as in _NUMERIC_FORMS:
        match = form.search(text)
        if match and match.start() == span[0]:
            year, month, day = iso.split("-")
            if int(day) > 12 or month == day or read_as == order:
                return iso  # a day past 12 reads one way only
            return f"{year}-{day}-{month}"
    return iso


def find_time(text):
    """HH:MM of the first time of day in text, or None."""
    for form in TIME_FORMS:
        match = form.search(text)
        if not match:
            continue
        hour = int(match.group("hour"))
        minute = int(match.group("minute") or match.groupdict().get("clock") or 0) if "minute" in form.groupindex else 0
        if "half" in form.groupindex and match.group("half"):
            minute = 30
        ampm = (match.groupdict().get("ampm") or "").lower().replace(".", "")
        if ampm in ("오후", "pm", "밤", "저녁") and hour < 12:
            hour += 12
        elif ampm in ("오전", "am", "새벽") and hour == 12:
            hour = 0
        elif ampm == "낮" and hour < 6:
            hour += 12
        if 0 <= hour <= 23 and 0 <= minute <= 59:
            return f"{hour:02d}:{minute:02d}"
    return None


def parse_datetime(text):
    """(date, time) found in text; either may be None."""
    date, span = find_date(text)
    if not span:
        return None, find_time(text)
    # a time after the date, else one before it (12:01 a.m. ET, June 3)
    time = find_time(text[span[1]:]) or find_time(text[:span[0]])
    return date, time


_UPDATE_CUES = fastre.compile(r"(?i)\b(?:last\s+)?(?:updated|modified|revised|edited)\b|(?:최종\s*)?(?:수정|업데이트)(?:일|일시)?")


_ZONE_NAME = fastre.compile(r"(?i)\b(?:eastern|central|mountain|pacific|atlantic|alaska|hawaii|greenwich mean|"
                            r"british summer|central european)(?:\s+(?:standard|daylight|summer))?\s+time\b")
_TIME_ZONE = fastre.compile(r"^(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|AE[SD]T|AC[SD]T|AW[SD]T|NZ[SD]T|KST|JST)$")


# every syllable the removals below can take away (dates, weekdays, times of day, update cues); a line with
# any other syllable (서울시는, 기사입력) is never a date alone, and most lines are told so with one search
_OTHER_SYLLABLE = fastre.compile(r"(?![년월일화수목금토요오전후낮밤새벽저녁시분반최종정업데이트])[가-힣]")


def is_date_only(text):
    """True when the text is a date (and perhaps a time or weekday) and nothing else."""
    if _OTHER_SYLLABLE.search(text):
        return False
    date, span = find_date(text)
    if not date:
        return False
    rest = text
    while span:  # "Mar 3, 2026 Updated Mar 4, 2026": every date goes, then the update cues with them
        rest = (rest[:span[0]] + " " + rest[span[1]:]).strip(" ,.|()[]")
        date, span = find_date(rest)
    rest = _UPDATE_CUES.sub("", rest)
    rest = fastre.sub(r"(?i)\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|[월화수목금토일]요일|\([월화수목금토일]\)", "", rest)
    for form in TIME_FORMS:
        rest = form.sub("", rest)
    rest = _ZONE_NAME.sub("", rest)  # 04:15 PM Eastern Standard Time
    if "오" in rest or "후" in rest:
        rest = fastre.sub(r"오전|오후", "", rest)  # 2025년 11월 5일 오후 2:30 (a clock time after 오후 has no 시)
    rest = fastre.sub(r"(?i)\bat\b|\(\s*[a-z]{2,4}\s*\)|[ap]\.?m\.?|[\s,.:|()\[\]~-]|:\d{2}", "", rest)
    rest = _TIME_ZONE.sub("", rest)  # 08:30 ET, 14:00 GMT
    return not rest
