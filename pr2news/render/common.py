"""What the HTML, Markdown and ninjs renderers share: dates, the body as a tree of lists, labels, contacts."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

# Markers that carry meaning in Korean releases (the □ ○ - hierarchy, notes): shown as written.
MEANINGFUL_MARKERS = frozenset("□■○●◦◎◇◆◈◉❖▪▫▶▷※-–·ㅇ*")
_ORDERED_MARKER = re.compile(r"^\(?(\d{1,3}|[가-하]|[a-zA-Z]|[ivxIVX]{1,4})[.)]$|^[①-⑳㉠-㉭㉮-㉻]$")
_NUMBERED_MARKER = re.compile(r"^(\d{1,3})[.)]$")

# Offsets for local release times, by article language; an unknown zone gets no offset.
UTC_OFFSETS = {"ko": "+09:00"}

LABELS = {
    "ko": {"highlights": "주요 내용", "embargo": "보도 제한", "dateline": "배포", "byline": "작성",
           "attachments": "붙임", "contacts": "문의", "notes": "참고", "untitled": "제목 없는 보도자료"},
    "en": {"highlights": "Highlights", "embargo": "Embargoed until", "dateline": "Released", "byline": "By",
           "attachments": "Attachments", "contacts": "Media contacts", "notes": "Note",
           "untitled": "Untitled release"},
}

OG_LOCALES = {"ko": "ko_KR", "en": "en_US"}


def labels_for(lang):
    """Section labels in the article's language (English for anything but Korean)."""
    return LABELS.get(lang, LABELS["en"])


def local_datetime(date: Optional[str], time: Optional[str] = None) -> Optional[str]:
    """'2026-04-01', '14:00' -> '2026-04-01T14:00' (an HTML local date-time); the date alone without a time."""
    if not date:
        return None
    return f"{date}T{time}" if time else date


def published_local(article) -> Optional[str]:
    """When the release is dated: the dateline's date and time, else the embargo's."""
    if article.dateline and article.dateline.date:
        return local_datetime(article.dateline.date, article.dateline.time)
    if article.embargo and article.embargo.datetime:
        return article.embargo.datetime
    return None


def rfc3339(local: Optional[str], lang: str, utc_offset: Optional[str] = None) -> Optional[str]:
    """A local 'YYYY-MM-DD[THH:MM]' as an RFC 3339 date-time, or None when the zone is unknown."""
    offset = utc_offset or UTC_OFFSETS.get(lang)
    if not local or not offset:
        return None
    date, _, time = local.partition("T")
    time = time or "00:00"
    if len(time) == 5:
        time += ":00"
    return f"{date}T{time}{offset}"


def issuer(article) -> Optional[str]:
    """Who speaks: the byline, else the department of the first contact that names one."""
    if article.byline:
        return article.byline
    return issuing_agency(article)


def issuing_agency(article) -> Optional[str]:
    """The office that issued the release: the first contact's department (or team). Never a byline."""
    for contact in article.contacts:
        if contact.department or contact.team:
            return contact.department or contact.team
    return None


_BYLINE_LEAD = re.compile(r"^(?:by|from)\s*[:：]?\s+|^(?:글|사진|정리|취재|작성자|글쓴이|뉴스\s*제공)\s*[:：=]?\s*", re.I)
_PERSON_CUE = re.compile(r"(?:기자|특파원|통신원|작가|논설위원)(?:\s|$)")


def byline_name(byline: str) -> str:
    """'By Jane Doe' -> 'Jane Doe'; '글=홍길동 기자' -> '홍길동 기자'."""
    return _BYLINE_LEAD.sub("", byline.strip()).strip() or byline.strip()


def byline_is_office(byline: str, lang: str) -> bool:
    """An office ('From: Department of Health', '서울시 공원조성과') rather than a person ('By Jane Doe', '홍길동 기자')."""
    from ..lexicon import for_lang
    lexicon = for_lang(lang)
    name = byline_name(byline)
    if _PERSON_CUE.search(name):
        return False
    if lexicon.issuer_name.search(name):
        return True
    # a word ending like an office (공원조성과, Department); short Korean words are names (김민원)
    return any(len(word) >= 3 and word.endswith(lexicon.department_suffixes) for word in name.split())


def display_date(local: Optional[str], lang: str) -> str:
    """'2026-06-02T14:00' as readers write it: '2026년 6월 2일 14:00', 'June 2, 2026, 14:00'."""
    if not local:
        return ""
    date, _, time = local.partition("T")
    year, month, day = (int(p) for p in date.split("-"))
    if lang == "ko":
        text = f"{year}년 {month}월 {day}일"
    else:
        text = f"{_MONTHS[month - 1]} {day}, {year}"
    return f"{text}{'' if lang == 'ko' else ','} {time}" if time and time != "00:00" else text


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def dateline_place(dateline) -> Optional[str]:
    """The place of a dateline without the dash or comma that led into the text: 'HARBOR CITY, CA'."""
    if not dateline or not dateline.place:
        return None
    return dateline.place.strip().rstrip("-–—,:/ ").strip() or None


def dateline_label(dateline, body=()) -> Optional[str]:
    """What a dateline prints beside the release date when its text does not carry the date itself: the place,
    or an undated dateline's text, never a dangling dash; nothing when the lead paragraph opens with it
    (RIVERTON, OH — The City …), so the place is not printed twice."""
    if not dateline or dateline_shows_date(dateline):
        return None
    if body and body[0].text.startswith(dateline.text.strip()):
        return None
    if dateline.place:
        return dateline_place(dateline)
    if not dateline.date:
        return dateline.text.strip().rstrip("-–—,:/ ").strip() or None
    return None


def dateline_shows_date(dateline) -> bool:
    """The dateline's own text carries its date (배포일시 2026. 4. 1.), so it is printed as written."""
    return bool(dateline and dateline.date and dateline.date[:4] in dateline.text)


def description(article, limit=160) -> str:
    """A one-line summary for meta tags: the first highlight, else the start of the body."""
    text = article.highlights[0] if article.highlights else (article.body[0].text if article.body else "")
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


_EXTENSION = re.compile(r"\s*(?:ext\.?|x|내선)\s*\d+\s*$", re.I)


def area_code(article) -> Optional[str]:
    """The telephone area code of the region a Korean release comes from, when it names exactly one.

    Asked of what names the issuer: contacts, stripped header lines, byline, headline and the first paragraph.
    """
    if article.lang != "ko":
        return None
    from ..lexicon.ko import AREA_CODES
    evidence = " ".join([*(c.text for c in article.contacts), *article.stripped, article.byline or "",
                         article.headline or "", article.body[0].text if article.body else ""])
    found = {code for code, pattern in AREA_CODES.items() if re.search(pattern, evidence)}
    return found.pop() if len(found) == 1 else None


def tel_uri(phone: str, lang: str, area: Optional[str] = None) -> Optional[str]:
    """A tel: URI in E.164 for a number that can be dialled as written, or with the release's known area code.

    '02-2133-2010' (ko) -> 'tel:+82221332010'; '2133-5212' -> 'tel:+82221335212' only with area '02', else None;
    '1588-1234' -> 'tel:15881234' (nationwide, no area code); '+32 2 295 5555' -> 'tel:+3222955555';
    '555-014-2290' (en, North American shape) -> 'tel:+15550142290'; '555-0142' -> None.
    """
    number = _EXTENSION.sub("", phone).strip()
    international = number.startswith("+")
    number = number.replace("(0)", "")  # +44 (0)20 …: the trunk 0 is not dialled from abroad
    digits = re.sub(r"\D", "", number)
    if international:
        return "tel:+" + digits if 7 <= len(digits) <= 15 else None
    if lang == "ko":
        if digits.startswith("0") and not digits.startswith("00") and 9 <= len(digits) <= 11:
            return "tel:+82" + digits[1:]
        if re.fullmatch(r"1[5-9]\d{6}", digits):  # 1588-, 1600-, 1899-… numbers need no area code
            return "tel:" + digits
        if area and len(digits) in (7, 8) and not digits.startswith(("0", "1")):
            return "tel:+82" + area[1:] + digits
        return None
    if re.fullmatch(r"1?[2-9]\d{2}[2-9]\d{6}", digits):  # the North American plan: (1) area, exchange, line
        return "tel:+1" + digits[-10:]
    if digits.startswith("0") and not digits.startswith("00") and 9 <= len(digits) <= 11:
        return "tel:" + digits  # a whole national number with its trunk prefix, dialled as written
    return None


def contact_label(contact, lang="ko") -> str:
    """'공원조성과 과장 한여름', 'Dana Whitfield, Communications Manager', or the raw line if nothing was found."""
    if lang == "ko":
        label = " ".join(p for p in (contact.department, contact.team, contact.title, contact.name) if p)
    else:
        label = ", ".join(p for p in (contact.name, contact.title, contact.team, contact.department) if p)
    return label or contact.text


def marker_is_meaningful(marker: Optional[str]) -> bool:
    """Korean hierarchy and note markers are part of the text; plain bullets are not."""
    return bool(marker) and marker in MEANINGFUL_MARKERS


def marker_is_ordered(marker: Optional[str]) -> bool:
    return bool(marker) and bool(_ORDERED_MARKER.match(marker))


def list_start(marker: Optional[str]) -> Optional[int]:
    """The number an ordered list starts from, for `<ol start>`; None when the marker is not a number."""
    match = _NUMBERED_MARKER.match(marker or "")
    return int(match.group(1)) if match else None


@dataclass
class ListItem:
    block: object
    children: list = field(default_factory=list)


@dataclass
class ListNode:
    ordered: bool
    marked: bool           # markers are shown as written (□ ○ -), not as list bullets
    start: Optional[int]
    items: list = field(default_factory=list)
    kind: str = "list"


@dataclass
class BlockNode:
    block: object
    kind: str = "block"


def body_tree(blocks):
    """Body blocks -> nodes: list items nested by level into lists, notes under the item they annotate."""
    root = []
    open_items = []  # (level, ListItem), innermost last

    def container():
        return open_items[-1][1].children if open_items else root

    for block in blocks:
        level = block.level or 0
        if block.type == "list_item":
            while open_items and open_items[-1][0] >= level:
                open_items.pop()
            siblings = container()
            ordered = marker_is_ordered(block.marker)
            marked = marker_is_meaningful(block.marker) or (ordered and list_start(block.marker) is None)
            last = siblings[-1] if siblings else None
            if not (isinstance(last, ListNode) and last.ordered == ordered and last.marked == marked):
                last = ListNode(ordered=ordered, marked=marked, start=list_start(block.marker))
                siblings.append(last)
            item = ListItem(block)
            last.items.append(item)
            open_items.append((level, item))
        elif block.type == "note" and level > 0 and open_items:
            while open_items and open_items[-1][0] >= level:
                open_items.pop()
            container().append(BlockNode(block))
        else:
            open_items.clear()
            root.append(BlockNode(block))
    return root


def heading_tag(block) -> str:
    """Top-level headings become h2, deeper ones h3."""
    return "h2" if (block.level or 0) <= 1 else "h3"
