"""What the HTML, Markdown and ninjs renderers share: dates, the body as a tree of lists, labels, contacts."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

# Markers that carry meaning in Korean releases (the □ ○ - hierarchy, notes): shown as written.
MEANINGFUL_MARKERS = frozenset("□■○●◦◎◇◆▪▫▶▷※-–·ㅇ*")
_ORDERED_MARKER = re.compile(r"^\(?(\d{1,3}|[가-하]|[a-zA-Z]|[ivxIVX]{1,4})[.)]$|^[①-⑳㉠-㉭㉮-㉻]$")
_NUMBERED_MARKER = re.compile(r"^(\d{1,3})[.)]$")

# Offsets for local release times, by article language; an unknown zone gets no offset.
UTC_OFFSETS = {"ko": "+09:00"}

LABELS = {
    "ko": {"highlights": "주요 내용", "embargo": "보도 제한", "dateline": "배포", "byline": "작성",
           "attachments": "붙임", "contacts": "문의", "notes": "참고"},
    "en": {"highlights": "Highlights", "embargo": "Embargoed until", "dateline": "Released", "byline": "By",
           "attachments": "Attachments", "contacts": "Media contacts", "notes": "Note"},
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
    for contact in article.contacts:
        if contact.department:
            return contact.department
    return None


def description(article, limit=160) -> str:
    """A one-line summary for meta tags: the first highlight, else the start of the body."""
    text = article.highlights[0] if article.highlights else (article.body[0].text if article.body else "")
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def tel_uri(phone: str, lang: str) -> str:
    """'02-2133-2010' -> 'tel:+82-2-2133-2010' for Korean releases; other numbers keep their digits."""
    digits = re.sub(r"[^\d+]", "", phone)
    if lang == "ko" and digits.startswith("0") and not digits.startswith("00"):
        parts = [p for p in re.split(r"\D+", phone) if p]
        parts[0] = parts[0][1:]
        return "tel:+82-" + "-".join(p for p in parts if p)
    return "tel:" + digits


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
