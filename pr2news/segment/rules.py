"""The ordered table of rules that give every input line one role.

State lives in a `Draft`: the lines, the role and reason chosen for each, and what the rules
found (headline index, body start, tail start, dateline candidates...). Each rule reads the draft
and claims unclaimed lines; later rules never undo earlier ones. `build` turns the finished draft
into an Article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import fastre, lexicon
from ..lexicon.common import EMAIL, END_MARK, PAGE_MARK, RULE_LINE, matches, phones_in
from ..model import Article, Dateline, Embargo, Trace, Warning
from . import body as body_mod
from .contact import korean_value_share, parse_contact
from .dates import find_date, parse_datetime
from .headline import choose_headline, clean_headline
from .lines import (
    collapse,
    despace,
    detect_language,
    is_prose,
    is_sentence_like,
    prepare,
    prose_flags,
    word_count,
)
from .wire import split_wire_prefix


@dataclass
class Draft:
    lines: list
    lex: object
    roles: list
    reasons: list
    headline: int = None
    body_start: int = None
    tail_start: int = None
    first_prose: int = None
    datelines: list = field(default_factory=list)       # (priority, index, Dateline)
    contact_groups: list = field(default_factory=list)  # lists of line indices
    fragments: dict = field(default_factory=dict)       # index -> pieces of a line moved to `stripped`
    wire: object = None                                 # split of the first body line
    bylines: list = field(default_factory=list)         # (index, text)
    headline_text: str = None
    headline_guessed: bool = False
    embargo: object = None                              # Embargo, from the most precise embargo line
    embargo_line: int = None
    embargo_precision: int = -1
    paired: dict = field(default_factory=dict)          # value line -> the label line it belongs to
    prose: list = field(default_factory=list)           # per line: reads as running text

    def free(self, i):
        return self.roles[i] is None

    def claim(self, i, role, reason):
        if self.roles[i] is None:
            self.roles[i] = role
            self.reasons[i] = reason
            return True
        return False

    def line(self, i):
        return self.lines[i]


# ---------------------------------------------------------------- rule helpers

_matches = matches


def _label_text(line):
    """The line as a label: letter-spacing undone, bullet dropped."""
    return line.label


def _is_chrome(line, lex):
    compact = re.sub(r"[\s:：|·•>›»]+", "", line.content.lower())
    if compact in lex.chrome_exact or compact in lexicon.LEXICONS["en"].chrome_exact and len(compact) < 30:
        return "site chrome"
    for lx in (lex, lexicon.LEXICONS["ko" if lex.lang == "en" else "en"]):
        if _matches(lx.chrome_patterns, line.text) or line.marker and _matches(lx.chrome_patterns, line.content) \
                or line.label != line.content and _matches(lx.chrome_patterns, line.label):
            return "site chrome"
    return None


def _contact_label(line, lex):
    """The contact label that opens this line, if the rest of the line looks like contact data."""
    text = _label_text(line)
    m = lex.contact_labels.match(text)
    if not m:
        return None
    rest = text[m.end():]
    if not rest.strip():
        return "label"
    if re.match(r"^\s*[:：]", rest) or re.match(r"^\s*(?:[-–—]\s|\()", rest):
        return "line"
    if lex.lang == "ko" and re.match(r"^[가-힣]", rest):
        return None  # 문의는 ... : a word that merely starts like a label
    if (phones_in(rest) or EMAIL.search(rest)) and (len(text) <= 120 or not is_sentence_like(text, lex)):
        return "line"  # a whole contact block flattened onto one line is still a contact line
    if lex.lang == "ko" and len(text) <= 60 and korean_value_share(rest, lex) >= 0.99:
        return "line"  # 담당부서 홍보과, 담당자 주무관 홍길동: every word a unit, title or name
    if lex.lang == "en" and len(text) <= 80 and re.match(r"^\s*,?\s*(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’.-]+\s*(?:,|$)", rest):
        return "line"  # Media Contact Jane Doe, Press Secretary
    return None


def _value_like_contact(line, lex):
    """A line that can continue a contact block: names, titles, offices, phones, e-mails."""
    text = line.content
    if len(text) > 110 or is_prose(line, lex) and not (phones_in(text) or EMAIL.search(text)):
        return False
    if phones_in(text) or EMAIL.search(text):
        return True
    if re.search(r"이메일\s*보내기|e-?mail us", text, re.I):
        return True
    if lex.lang == "ko":
        return bool(re.search(r"[가-힣]", text)) and len(text) <= 50 and korean_value_share(text, lex) >= 0.6
    return word_count(text) <= 14 and not re.search(r"[.!?]$", text) or bool(re.match(r"^\(?please\b", text, re.I))


# ---------------------------------------------------------------- rules, in order

# Reader containers that hold no article text: page furniture (PDF running heads, page numbers),
# page chrome outside the article (HTML nav/aside/site header and footer), document metadata.
CHROME_CONTAINERS = frozenset({"furniture", "chrome", "nav", "aside", "meta"})


def rule_chrome(d):
    """Site chrome, page marks, rule lines and end marks, wherever they are."""
    for i, line in enumerate(d.lines):
        if line.block.container in CHROME_CONTAINERS:
            d.claim(i, "stripped", f"page {line.block.container}")
        elif END_MARK.match(line.text):
            d.claim(i, "stripped", "end mark")
            if d.tail_start is None:
                d.tail_start = i
        elif PAGE_MARK.match(line.text):
            d.claim(i, "stripped", "page number")
        elif RULE_LINE.match(line.text):
            d.claim(i, "stripped", "rule line")
        elif line.text in ("·", "ㆍ", "|", "/", "-"):
            pass  # a connector between letter-spaced labels; decided with its neighbours
        else:
            reason = _is_chrome(line, d.lex)
            if reason:
                d.claim(i, "stripped", reason)


def rule_contacts(d):
    """Contact lines and blocks: a label (담당부서, 연락처, Media Contact...) and its values."""
    lex = d.lex
    i = 0
    n = len(d.lines)
    while i < n:
        line = d.lines[i]
        if not d.free(i):
            i += 1
            continue
        label_text = _label_text(line)
        # 작 성 / · / 문 의 written over three lines
        if i + 2 < n and re.fullmatch(r"작성", label_text) and d.lines[i + 1].text in "·ㆍ/," and \
                despace(d.lines[i + 2].text) in ("문의", "문의처"):
            group = [i, i + 1, i + 2]
            j = i + 3
        elif i + 1 < n and re.fullmatch(r"작성", label_text) and _label_text(d.lines[i + 1]) in ("문의", "문의처"):
            group = [i, i + 1]  # the · between them was lost (an empty bullet in Word)
            j = i + 2
        elif _matches(lex.not_contact_labels, label_text):
            # 배포: the distribution office, not the story's contact
            d.claim(i, "stripped", "distribution office label")
            j = i + 1
            while j < n and d.free(j) and _value_like_contact(d.lines[j], lex) and not _contact_label(d.lines[j], lex) \
                    and not _is_release_meta(d.lines[j], lex):
                d.claim(j, "stripped", "distribution office")
                j += 1
            i = j
            continue
        else:
            kind = _contact_label(line, lex)
            if not kind:
                i += 1
                continue
            group = [i]
            j = i + 1
        # values that follow: blank lines allowed inside English blocks
        while j < n and d.free(j):
            nxt = d.lines[j]
            if _contact_label(nxt, lex) and len(group) > 1 and lex.lang == "en":
                # a second label inside the block (Media Relations ...) is part of it
                pass
            if _PHOTO_OR_PAGES.fullmatch(nxt.label):
                d.claim(j, "stripped", "photo / page-count header cell")  # 사진없음 between contact cells
                j += 1
                continue
            if _is_release_meta(nxt, lex) or _matches(lex.not_contact_labels, _label_text(nxt)) \
                    or _matches(lex.tail_starts, nxt.text):
                break
            if not _value_like_contact(nxt, lex):
                break
            first_complete = _contact_label(line, lex) == "line" and (phones_in(line.text) or EMAIL.search(line.text))
            if first_complete and nxt.blank_before and not (phones_in(nxt.text) or EMAIL.search(nxt.text)):
                break
            if lex.lang == "en" and nxt.blank_before and _finished_entry(d, group) and not _starts_entry(nxt):
                break  # after a complete entry, only another name (or a phone/e-mail) continues the block
            if lex.lang == "ko" and nxt.blank_before and len(group) > 1 and not (phones_in(nxt.text) or EMAIL.search(nxt.text)) \
                    and not _contact_label(nxt, lex) and _looks_like_title_line(nxt, lex):
                break
            if lex.lang == "ko" and _contact_label(line, lex) == "line" and not _contact_label(nxt, lex) \
                    and not (phones_in(nxt.text) or EMAIL.search(nxt.text)) and len(group) >= 1 and line.marker is None:
                break
            group.append(j)
            j += 1
        # an English label alone with nothing after it is a heading, not a contact
        if len(group) == 1 and _contact_label(line, lex) == "label":
            i += 1
            continue
        for k in group:
            d.claim(k, "contact", "contact label and its values" if k == group[0] else "contact block")
        if d.contact_groups and group[0] - d.contact_groups[-1][-1] <= 2 and _adjacent_meta(d, d.contact_groups[-1][-1], group[0]):
            d.contact_groups[-1].extend(group)
        else:
            d.contact_groups.append(group)
        i = j


def _demote(d, i, reason):
    """Strip line i, and the value line paired with it (보도일시 / its date below), as not chosen."""
    d.roles[i], d.reasons[i] = "stripped", reason
    for value, label in d.paired.items():
        if label == i:
            d.roles[value], d.reasons[value] = "stripped", reason


_PHOTO_OR_PAGES = fastre.compile(r"사진\s*(?:없음|있음|\d+\s*매|\d+\s*장)|매수\s*[:：]?\s*\d*\s*(?:매|쪽)?|\d+\s*매")


def _finished_entry(d, group):
    """The last person of a contact block already has a phone or e-mail."""
    for k in reversed(group):
        text = d.lines[k].text
        if phones_in(text) or EMAIL.search(text):
            return True
        if re.fullmatch(r"(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’.-]+", text):
            return False
    return False


def _starts_entry(line):
    """A line that can open the next person of an English contact block: a name, a phone, an e-mail."""
    text = line.content
    return bool(phones_in(text) or EMAIL.search(text) or
                re.match(r"(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’.-]+(?:\s*,|$)", text) and not text.isupper())


def _adjacent_meta(d, a, b):
    return all(not d.free(k) and d.roles[k] in ("contact", "stripped") for k in range(a + 1, b))


def _looks_like_title_line(line, lex):
    return len(line.text) >= 12 and not phones_in(line.text)


def _is_release_meta(line, lex):
    text = _label_text(line)
    return _matches(lex.release_labels, text) or _matches(lex.embargo_patterns, text) or _matches(lex.date_cues, text)


def rule_release_meta(d):
    """Header labels (보도자료, FOR IMMEDIATE RELEASE), embargo sentences, dated lines, bylines."""
    lex = d.lex
    for i, line in enumerate(d.lines):
        if not d.free(i):
            continue
        text = _label_text(line)
        short = len(text) <= 140
        if _TIME_LABEL_ALONE.fullmatch(text) and i + 1 < len(d.lines) and d.free(i + 1) \
                and len(d.lines[i + 1].content) <= 40 and find_date(d.lines[i + 1].content)[0]:
            # 보도일시 / 2026. 3. 6.(금) 조간: a header cell and its value on the next line
            value = d.lines[i + 1]
            joined = f"{line.content} {value.content}"
            date, time = parse_datetime(value.content)
            role = "embargo" if _matches(lex.embargo_patterns, text) else "dateline"
            d.claim(i, role, "release-time label")
            d.claim(i + 1, role, "release time under its label")
            if role == "embargo":
                if d.embargo is None or (date is not None) + (time is not None) > d.embargo_precision:
                    d.embargo = Embargo(text=joined, datetime=f"{date}T{time or '00:00'}" if date else None)
                    d.embargo_line, d.embargo_precision = i, (date is not None) + (time is not None)
            else:
                d.datelines.append((4, i, Dateline(text=joined, date=date, time=time)))
            d.paired[i + 1] = i
            continue
        if short and len(text) <= 40 and _DATE_THEN_CUE.fullmatch(text) and find_date(text)[0]:
            date, time = parse_datetime(text)
            d.claim(i, "dateline", "dated release line")
            d.datelines.append((4 if re.search(r"배포|release", text, re.I) else 3, i,
                                Dateline(text=line.content, date=date, time=time)))
            continue
        if _matches(lex.embargo_patterns, text) and short and not is_sentence_like(text, lex) or \
                _matches(lex.embargo_patterns, text) and len(text) <= 90:
            date, time = parse_datetime(text)
            d.claim(i, "embargo", "embargo or release-time line")
            precision = (date is not None) + (time is not None)
            if d.embargo is None or precision > d.embargo_precision:
                if d.embargo is not None:
                    _demote(d, d.embargo_line, "a less precise embargo line")
                d.embargo = Embargo(text=line.content, datetime=f"{date}T{time or '00:00'}" if date else None)
                d.embargo_line, d.embargo_precision = i, precision
            else:
                d.roles[i], d.reasons[i] = "stripped", "another embargo line"
            continue
        if _matches(lex.date_cues, text) and short:
            date, time = parse_datetime(text)
            if date or re.search(r"(?i)immediate|즉시", text):
                d.claim(i, "dateline", "dated release line")
                priority = 4 if re.search(r"(?i)for immediate release|배포|보도\s*일", text) else 3
                d.datelines.append((priority, i, Dateline(text=line.content, date=date, time=time)))
                continue
        if _matches(lex.release_labels, text) and short:
            if re.fullmatch(r"(?:뉴스|자료|기사)\s*제공", text) and i + 1 < len(d.lines) and d.free(i + 1) \
                    and len(d.lines[i + 1].text) <= 30:
                d.claim(i, "stripped", "credit label")
                d.claim(i + 1, "byline", "issuer named by the credit label")
                d.bylines.append((i + 1, d.lines[i + 1].text))
                continue
            if re.search(r"(?i)for immediate release", text):
                date, time = parse_datetime(text)
                if date:
                    d.claim(i, "dateline", "release date line")
                    d.datelines.append((4, i, Dateline(text=line.content, date=date, time=time)))
                    continue
            d.claim(i, "stripped", "release header label")
            continue
        if short and i + 1 < len(d.lines) and d.free(i + 1) and _LABEL_ALONE.fullmatch(text):
            value = d.lines[i + 1]
            if re.match(r"(?i)(?:from|by|issued by|(?:news )?provided by|뉴스\s*제공|자료\s*제공|제공)", text) and len(value.text) <= 80 \
                    and not find_date(value.text)[0]:
                d.claim(i, "stripped", "credit label")
                d.claim(i + 1, "byline", "issuer named under the credit label")
                d.bylines.append((i + 1, value.text))
                continue
            date, time = parse_datetime(value.text)
            if date and value.date_only and not re.match(r"(?i)(?:from|by|issued by)", text):
                d.claim(i, "stripped", "date label")
                d.claim(i + 1, "dateline", "date under its label")
                d.datelines.append((3, i + 1, Dateline(text=value.content, date=date, time=time)))
                continue
        if _WIRE_CREDIT_ALONE.fullmatch(text):
            d.claim(i, "stripped", "wire credit on its own line")
            continue
        credit = lex.byline_patterns.search(text) if short else None
        if credit and (lex.lang != "ko" or len(text) <= 60) and not _sentence_after(text, credit.end()):
            byline, rest = _split_byline_date(line, lex)
            d.claim(i, "byline", "reporter credit")
            field = _FIELD_LABEL.match(byline)
            if field and not rest:
                # 작성자 | 홍보과, By: Jane Doe: the credit is the value; the label goes to stripped
                d.fragments.setdefault(i, []).append(field.group().strip())
                byline = byline[field.end():]
            d.bylines.append((i, byline))
            if rest:
                date, time = parse_datetime(rest)
                d.datelines.append((3, i, Dateline(text=rest, date=date, time=time)))
                leftover = line.text.replace(byline, "", 1).replace(rest, "", 1).strip()
                if leftover:
                    d.fragments.setdefault(i, []).append(leftover)


_TIME_LABEL_ALONE = fastre.compile(
    r"(?i)(?:보도|배포|발표|게재)\s*(?:일시|일자|시점|시간)|release\s+(?:date|time)|embargo(?:ed)?(?:\s+until)?")
_DATE_THEN_CUE = fastre.compile(
    r"(?i).*\d.*?\s*(?:\(\s*[월화수목금토일]\s*\))?\s*(?:배포|보도|발표|게재|송고|등록|release[d]?)")
_LABEL_ALONE = fastre.compile(
    r"(?i)(?:from|by|issued by|(?:news )?provided by|published|posted|released|updated|date|release date|issued|"
    r"뉴스\s*제공|자료\s*제공|등록일?|작성일|게시일|보도일|배포일)\s*[:：]?")
_WIRE_CREDIT_ALONE = fastre.compile(r"[(\[【][가-힣A-Za-z0-9 ]{1,12}=[^)\]】]{1,20}[)\]】]")


_INLINE_DATE_CUE = fastre.compile(
    r"(?:기사\s*)?(?:입력|등록|수정|승인|게재|발행|송고)\s*(?:일시?)?\s*[:：]?\s*\d|\b(?:posted|published|updated)\b", re.I)


_FIELD_LABEL = fastre.compile(r"^(?:[가-힣]{2,5}|[A-Za-z]+(?: [A-Za-z]+)?)\s*[:：|]\s*(?=\S)")


def _sentence_after(text, end):
    """'[매체=기자] 인천시가 … 띄운다.': a credit that opens running text is a wire prefix, not a byline line."""
    rest = text[end:].strip()
    return len(rest) > 25 and not find_date(rest)[0] and not EMAIL.search(rest)


def _split_byline_date(line, lex):
    """'박정웅 기자 | 입력 : 2015.09.23 16:55' -> ('박정웅 기자', '입력 : 2015.09.23 16:55')."""
    text = line.content if line.marker else line.text
    date, span = find_date(text)
    if not date:
        return text, None
    # 홍길동 기자 입력 2026-05-04 14:21 | 수정 …: the credit ends where the first date cue or date begins
    cue = _INLINE_DATE_CUE.search(text)
    cut = min(cue.start() if cue else len(text), span[0])
    credit = text[:cut].strip(" |/·,")
    if credit and cut < len(text) and _matches(lex.byline_patterns, credit):
        return credit, text[cut:].strip()
    parts = re.split(r"\s*[|/·]\s*", text)
    if len(parts) > 1:
        dated = [p for p in parts if find_date(p)[0]]
        credit = [p for p in parts if not find_date(p)[0]]
        if dated and credit:
            return credit[0], " ".join(dated)
    return text, None


def rule_captions(d):
    """Photo captions and image placeholders, wherever they are (often above the headline)."""
    for i, line in enumerate(d.lines):
        if d.free(i) and _caption(line, d.lex) and not is_sentence_like(line.content, d.lex) or \
                d.free(i) and _caption(line, d.lex) and re.search(r"사진|photo|image", line.text, re.I) and len(line.text) < 90:
            d.claim(i, "stripped", "photo caption")


def rule_first_prose_and_tail(d):
    """Where running text first appears, and where the article is over (copyright, related lists)."""
    lex = d.lex
    for i, line in enumerate(d.lines):
        if d.free(i) and d.prose[i]:
            d.first_prose = i
            break
    if d.first_prose is None:
        return
    other = lexicon.LEXICONS["ko" if lex.lang == "en" else "en"]
    start = d.first_prose + 1
    for i in range(start, len(d.lines)):
        if d.tail_start is not None and i >= d.tail_start:
            break
        line = d.lines[i]
        text = line.content if line.marker else line.text
        if _matches(lex.tail_starts, text) or _matches(other.tail_starts, text) and len(text) < 80:
            if len(text) > 200 and not re.search(r"(?i)copyright|저작권|무단|©|ⓒ", text):
                continue
            d.tail_start = i
            break


def rule_headline(d):
    """The headline: a title-shaped line that the text after it is about, near the top."""
    limit = d.tail_start if d.tail_start is not None else len(d.lines)
    choice = choose_headline(d, limit)
    if choice is None:
        return
    index, guessed, reason = choice
    d.headline = index
    d.headline_guessed = guessed
    prev = index - 1
    if prev >= 0 and d.free(prev) and not d.lines[index].blank_before and not d.lines[prev].marker \
            and _headline_continues(d.lines[prev].text, d.lines[index], d.lex):
        index = prev  # the chosen line is the second half of a wrapped title
        d.headline = index
    d.claim(index, "headline", reason)
    text = d.lines[index].content if d.lines[index].marker else d.lines[index].text
    nxt = index + 1
    if nxt < limit and d.free(nxt) and _headline_continues(text, d.lines[nxt], d.lex):
        # a long title wrapped onto a second line (HWP/PDF text, narrow columns)
        d.claim(nxt, "headline", "the headline's second line")
        text = f"{text} {d.lines[nxt].text}"
    d.headline_text, prefix, suffix = clean_headline(text, d.lex)
    for piece in (prefix, suffix):
        if piece:
            d.fragments.setdefault(index, []).append(piece)


def _headline_continues(text, line, lex):
    """The next line finishes a headline that stops where no title can (a particle, 'the', a comma)."""
    if line.marker or line.blank_before or len(line.text) > 70 or is_sentence_like(line.text, lex):
        return False
    if lex.dangling_end.search(text):
        return True
    return lex.lang == "en" and bool(re.match(r"^[a-z]", line.text))


def _claim_date_line(d, i, reason, priority=2):
    """A line that is only a date: a dateline candidate (the best one wins in `build`)."""
    line = d.lines[i]
    date, time = parse_datetime(line.content)
    d.claim(i, "dateline", reason)
    d.datelines.append((priority, i, Dateline(text=line.content, date=date, time=time)))


def rule_before_headline(d):
    """Lines above the headline: menus, other headlines, teasers - all site chrome."""
    if d.headline is None:
        return
    for i in range(d.headline):
        if d.free(i):
            line = d.lines[i]
            if line.date_only:
                _claim_date_line(d, i, "date line above the headline")
            elif _same_as_headline(d, line):
                d.claim(i, "stripped", "headline printed twice")
            else:
                d.claim(i, "stripped", "above the headline")


def _same_as_headline(d, line):
    if d.headline_text is None:
        return False
    a = re.sub(r"\W+", "", d.headline_text).lower()
    b = re.sub(r"\W+", "", line.content).lower()
    return bool(a) and (a == b or len(a) >= 12 and a in b and len(b) <= len(a) * 1.6 + 30)


def _highlight_shape(line, lex, following_bullets=False):
    text = line.content
    if len(text) < 6 or line.date_only or re.fullmatch(r"[\d,.\s]+", text):
        return False
    if line.marker and (line.marker[0] == "□" or re.match(r"^\(?\d", line.marker)) or lex.dangling_end.search(text):
        return False  # □ and 1. open the body; a line ending in a particle is a broken sentence
    if lex.lang == "ko":
        if len(re.findall(r"[가-힣]", text)) < 4:
            return False
        if re.fullmatch(r"[가-힣]{2,10}(?:팀|과|실|국|부|청|처|단)", text):
            return False
        if line.marker:
            return len(text) <= 160 and not re.search(r"다\.\s*$", text)
        return len(text) <= 90 and not re.search(r"(?:다|요)\s*[.!]?\s*$", text)
    if line.marker:
        return word_count(text) >= 3 and len(text) <= 320
    if following_bullets:
        return len(text) <= 300 and not text.endswith(":")
    return 3 <= word_count(text) <= 30 and not re.search(r"[.:]$", text)


def rule_deck(d):
    """Between the headline and the body: subtitles and summary bullets, dates, bylines."""
    if d.headline is None:
        return
    lex = d.lex
    limit = d.tail_start if d.tail_start is not None else len(d.lines)
    i = d.headline + 1
    while i < limit:
        if not d.free(i):
            i += 1
            continue
        line = d.lines[i]
        if _same_as_headline(d, line):
            d.claim(i, "stripped", "headline printed twice")
        elif _caption(line, lex):
            d.claim(i, "stripped", "photo caption")
        elif line.date_only:
            _claim_date_line(d, i, "date line under the headline")
        elif _deck_meta(line, lex, d):
            pass
        elif _summary_before_bullets(d, i):
            d.claim(i, "highlight", "summary sentence above the bullets")
            end = _summary_before_bullets(d, i)
            for k in range(i + 1, end):
                d.claim(k, "highlight", "summary bullet")
            i = end
            continue
        elif _highlight_shape(line, lex) and not split_wire_prefix(line.text, lex) and \
                not (line.marker and line.marker[0] in "□■◆◇1" and is_prose(line, lex)) and \
                not (line.marker is None and is_prose(line, lex)) and _next_is_deck_or_body(d, i):
            d.claim(i, "highlight", "subtitle under the headline")
        else:
            d.body_start = i
            return
        i += 1


def _deck_meta(line, lex, d):
    """Short metadata bullets under a headline: a bare name (byline), a counter, an office."""
    text = line.content
    i = line.index
    if line.marker and re.fullmatch(r"[가-힣]{2,4}", text) and _near_date(d, i):
        d.claim(i, "byline", "reporter name next to the date")
        d.bylines.append((i, text))
        return True
    if line.marker and re.fullmatch(r"[\d,]+", text):
        d.claim(i, "stripped", "counter")
        return True
    if line.marker and re.fullmatch(r"[가-힣]{2,12}(?:팀|과|실|국|담당관|센터)", text):
        d.claim(i, "byline", "issuing office")
        d.bylines.append((i, text))
        return True
    if lex.lang == "en" and _official_credit(text):
        d.claim(i, "byline", "issuing official")
        d.bylines.append((i, text))
        return True
    if lex.lang == "en" and re.match(r"(?i)^(?:the )?(?:press|news|media) release (?:was )?issued by\b|^issued by\b", text):
        date, time = parse_datetime(text)
        d.claim(i, "dateline", "issuer and date line")
        d.datelines.append((2, i, Dateline(text=line.content, date=date, time=time)))
        return True
    return False


_OFFICIAL = fastre.compile(
    r"^(?:the\s+)?(?:hon(?:ou?rable)?\.?|rt\.?\s+hon\.?)\s+[A-Z]|"
    r"^(?:premier|(?:deputy |associate |assistant )?minister|secretary|mayor|governor|lieutenant governor|senator|"
    r"councillor|council ?member|attorney general|treasurer|chief minister|first minister)\b(?:\s+(?:of|for|and)\b|$)",
    re.I)


def _official_credit(text):
    """'The Honourable Jane Doe' / 'Minister for Roads': who issued a ministerial statement."""
    return len(text) <= 140 and not re.search(r"[.!?]$", text) and bool(_OFFICIAL.match(text)) and word_count(text) <= 18


def _near_date(d, i):
    for k in (i - 1, i + 1):
        if 0 <= k < len(d.lines) and (d.roles[k] == "dateline" or find_date(d.lines[k].text)[0]):
            return True
    return False


def _summary_before_bullets(d, i):
    """gov.uk style: one summary sentence, then summary bullets (marked, or two or more short lines), then the body."""
    line = d.lines[i]
    if line.marker or d.lex.lang != "en" or line.content.endswith(":") or split_wire_prefix(line.text, d.lex):
        return False
    j = i + 1
    marked = unmarked = 0
    while j < len(d.lines):
        nxt = d.lines[j]
        if not d.free(j) and d.roles[j] in ("dateline", "byline", "stripped"):
            j += 1  # From: / Published lines between the summary and its bullets
            continue
        if not d.free(j):
            break
        if nxt.marker and nxt.marker[0] not in "1" and _highlight_shape(nxt, d.lex):
            marked += 1
        elif not nxt.marker and word_count(nxt.content) <= 40 and not re.search(r"[.!?:][\"'”’)]*$", nxt.content) \
                and word_count(nxt.content) >= 3:
            unmarked += 1  # summary bullets whose glyphs were lost (PDF, pasted text) still lack the full stop
        else:
            break
        j += 1
    bullets_ok = marked >= 1 and not unmarked or unmarked >= 2 and not marked
    if bullets_ok and j < len(d.lines) and d.prose[j] and len(line.content) <= 300:
        return j  # where the body starts
    return 0


def _next_is_deck_or_body(d, i):
    return True


def _caption(line, lex):
    other = lexicon.LEXICONS["ko" if lex.lang == "en" else "en"]
    text = line.text
    if len(text) > 160:
        return False
    if text.count("|") > 1:
        return False
    return _matches(lex.caption_patterns, text) or _matches(other.caption_patterns, text)


def rule_body(d):
    """From the body start to the tail: running text, minus captions, notes and stray chrome."""
    if d.body_start is None:
        # no headline or no deck end: body starts at the first free prose line
        start = d.first_prose if d.first_prose is not None else next((i for i in range(len(d.lines)) if d.free(i)), None)
        if start is None:
            return
        d.body_start = start
        for i in range(start):
            if d.free(i):
                line = d.lines[i]
                if line.date_only:
                    _claim_date_line(d, i, "date line above the body")
                else:
                    d.claim(i, "stripped", "above the body")
    lex = d.lex
    end = d.tail_start if d.tail_start is not None else len(d.lines)
    i = d.body_start
    in_note = False
    while i < end:
        if not d.free(i):
            in_note = False
            i += 1
            continue
        line = d.lines[i]
        text = line.text
        if _matches(lex.note_blocks, text):
            d.claim(i, "stripped", "note to editors")
            in_note = True
        elif in_note and re.match(r"^[A-Z][\w ]{1,20}\s*:\s*\S|^[가-힣]{1,6}\s*:\s*\S", text):
            d.claim(i, "stripped", "note to editors")
        elif _caption(line, lex) and not is_prose(line, lex) or _caption(line, lex) and "사진" in text and len(text) < 80:
            d.claim(i, "stripped", "photo caption")
            in_note = False
        elif _matches(lex.attachment_labels, _label_text(line)) or _attachment_continues(d, i):
            d.claim(i, "attachment", "attachment line")
            in_note = False
        elif _same_as_headline(d, line) and i > d.body_start + 3:
            d.claim(i, "stripped", "headline printed again")
        else:
            d.claim(i, "body", "running text")
            in_note = False
        i += 1
    # a Korean sign-off line after the body (홍길동 기자) is the byline
    _trailing_body_junk(d, end)


# the next item of an attachment list: a file name, or a document "n부" (copies) as Korean lists count them
_ATTACHMENT_ITEM = fastre.compile(r"\.(?:hwpx?|pdf|docx?|xlsx?|pptx?|jpe?g|png|gif|zip)\b|\d\s*부\.?\s*(?:끝\.?)?$|^\d+\.\s", re.I)


def _attachment_continues(d, i):
    """The next numbered or short line of an attachment list (붙임 1. … / 2. …)."""
    if i == 0 or d.roles[i - 1] != "attachment":
        return False
    line = d.lines[i]
    if _matches(d.lex.tail_starts, line.label) or _is_chrome(line, d.lex):
        return False
    return bool(line.marker and re.match(r"^\(?\d", line.marker) or _ATTACHMENT_ITEM.search(line.content))


def _trailing_body_junk(d, end):
    """Short non-sentences after the last real paragraph (counters, section names) are chrome."""
    lex = d.lex
    body = [i for i in range(d.body_start or 0, end) if d.roles[i] == "body"]
    for i in reversed(body):
        line = d.lines[i]
        if EMAIL.fullmatch(line.content.strip()) or re.match(r"^(?:이메일|e-?mail)\s*[:：]\s*\S+@", line.content, re.I):
            d.roles[i], d.reasons[i] = "stripped", "reporter e-mail after the body"
            continue
        if line.marker or is_prose(line, lex) or len(line.content) > 25:
            break
        if lex.lang == "ko" and re.fullmatch(r"[가-힣]{2,4}\s*(?:선임|수석|객원)?\s*기자", line.content):
            d.roles[i], d.reasons[i] = "byline", "reporter sign-off"
            d.bylines.append((i, line.content))
            continue
        if re.search(r"[가-힣]", line.content) and len(line.content) <= 12 or re.fullmatch(r"[\W\d]+", line.content):
            d.roles[i], d.reasons[i] = "stripped", "short line after the body"
            continue
        break


def rule_tail(d):
    """After the end of the article: contacts and attachments survive, the rest is stripped."""
    if d.tail_start is None:
        return
    lex = d.lex
    for i in range(d.tail_start, len(d.lines)):
        if not d.free(i):
            continue
        line = d.lines[i]
        if _matches(lex.attachment_labels, _label_text(line)) or _attachment_continues(d, i):
            d.claim(i, "attachment", "attachment line")
        elif lex.lang == "ko" and re.fullmatch(r"[가-힣]{2,4}\s*(?:선임|수석|객원)?\s*기자(?:\s+\S+@\S+)?", line.content) and not d.bylines:
            d.claim(i, "byline", "reporter sign-off")
            d.bylines.append((i, line.content))
        else:
            d.claim(i, "stripped", "after the end of the article")


def rule_wire_prefix(d):
    """A dateline or wire credit opening the first paragraph: (서울=연합뉴스) 홍길동 기자 =, NEW YORK, NY —."""
    if d.body_start is None:
        return
    first = next((i for i in range(d.body_start, len(d.lines)) if d.roles[i] == "body"), None)
    if first is None:
        return
    split = split_wire_prefix(d.lines[first].text, d.lex)
    if not split:
        return
    d.wire = (first, split)
    d.reasons[first] = "running text, opened by a dateline"
    if split.dateline:
        d.datelines.append((5, first, split.dateline))
    if split.byline:
        d.bylines.insert(0, (first, split.byline))
    if split.leftover:
        d.fragments.setdefault(first, []).append(split.leftover)


def rule_leftovers(d):
    """Anything still unclaimed is stripped, never lost."""
    for i in range(len(d.lines)):
        if d.free(i):
            d.claim(i, "stripped", "not part of the article")


RULES = (
    ("chrome", rule_chrome),
    ("contacts", rule_contacts),
    ("release meta", rule_release_meta),
    ("layout", __import__("pr2news.segment.layout", fromlist=["rule_tables"]).rule_tables),
    ("captions", rule_captions),
    ("prose and tail", rule_first_prose_and_tail),
    ("headline", rule_headline),
    ("above headline", rule_before_headline),
    ("deck", rule_deck),
    ("body", rule_body),
    ("tail", rule_tail),
    ("wire prefix", rule_wire_prefix),
    ("leftovers", rule_leftovers),
)


# ---------------------------------------------------------------- building the article

_KO_CONTACT_PAREN = fastre.compile(r"\s*[(\[]\s*(?:문의|연락처?|담당)\s*[:：]?[^()\[\]]{3,80}[)\]]\s*$")
_LAST_SENTENCE = fastre.compile(r"(?<=[.!?])\s+([^.!?]{8,140}[.!?]?)\s*$")


def _contact_tail(text):
    """The span of a closing contact: '(문의: … 02-…)' or a last sentence that asks readers to call."""
    m = _KO_CONTACT_PAREN.search(text)
    if m and phones_in(m.group()):
        return m
    m = _LAST_SENTENCE.search(text)
    if m and re.search(r"문의|연락", m.group(1)) and (phones_in(m.group(1)) or EMAIL.search(m.group(1))):
        return m
    return None


def _contact_in_last_paragraph(body, lex):
    """'… 밝혔다. (문의: 복지정책과 02-123-4567)': the contact closing the last paragraph, split off."""
    last = body[-1]
    if lex.lang != "ko" or last.type not in ("paragraph", "quote", "list_item"):
        return body, []
    m = _contact_tail(last.text)
    if not m or m.start() < 10:
        return body, []
    snippet = m.group().strip()
    from dataclasses import replace as _replace
    # one sentence names one office: keep the reading that found the most fields
    parsed = parse_contact([snippet.strip("()[] ")], lex)
    best = max(parsed, key=lambda c: sum(bool(v) for v in (c.department, c.team, c.name, c.title, c.phones, c.emails)))
    contacts = [_replace(best, text=snippet)]
    return body[:-1] + [_replace(last, text=last.text[:m.start()].rstrip())], contacts


def segment(blocks, lang=None):
    """Blocks -> Article (without slug and source, which the pipeline adds)."""
    lines = prepare(blocks)
    lang = lang or detect_language(lines)
    lex = lexicon.for_lang(lang)
    d = Draft(lines=lines, lex=lex, roles=[None] * len(lines), reasons=[""] * len(lines))
    d.prose = prose_flags(lines, lex)
    for _name, rule in RULES:
        rule(d)
    return build(d, lang)


def build(d, lang):
    lex = d.lex
    warnings = []
    lines = d.lines
    # dateline: the most authoritative candidate; the others go to stripped
    dateline = None
    if d.datelines:
        best = max(d.datelines, key=lambda c: (c[0], -c[1]))
        dateline = best[2]
        if dateline.date is None:
            # NEW YORK, NY — gives the place; the release date line gives the date
            dated = [c for c in d.datelines if c[2].date]
            if dated:
                other = max(dated, key=lambda c: (c[0], -c[1]))[2]
                from dataclasses import replace as _replace
                dateline = _replace(dateline, date=other.date, time=other.time)
        for priority, i, _dl in d.datelines:
            if (priority, i) != best[:2] and d.roles[i] == "dateline":
                _demote(d, i, "another date line")
    byline = None
    if d.bylines:
        byline = d.bylines[0][1]
        joined = [d.bylines[0]]
        for i, text in d.bylines[1:]:
            if i - joined[-1][0] <= 2 and all(not d.free(k) for k in range(joined[-1][0], i)) and \
                    d.reasons[i] == d.reasons[joined[-1][0]]:
                joined.append((i, text))
                byline += ", " + text
        d.bylines = [b for b in d.bylines if b not in joined[1:]]
        for i, _text in d.bylines[1:]:
            if d.roles[i] == "byline" and (not d.wire or d.wire[0] != i):
                d.roles[i], d.reasons[i] = "stripped", "another credit line"
    highlights = [collapse(lines[i].content) for i in range(len(lines)) if d.roles[i] == "highlight"]
    contacts = []
    for group in d.contact_groups:
        texts = [lines[i].content if lines[i].marker else lines[i].text for i in group]
        contacts.extend(parse_contact(texts, lex))
    attachments = [lines[i].text for i in range(len(lines)) if d.roles[i] == "attachment"]
    body_lines = [i for i in range(len(lines)) if d.roles[i] == "body"]
    first_text = None
    if d.wire:
        first_text = d.wire[1].rest
    body = body_mod.build_body([lines[i] for i in body_lines], lex,
                               first_override=(d.wire[0], first_text) if d.wire else None)
    if not contacts and body:
        body, contacts = _contact_in_last_paragraph(body, lex)
    stripped = []
    for i, line in enumerate(lines):
        if d.roles[i] == "stripped":
            stripped.append(line.text)
        for piece in d.fragments.get(i, ()):
            stripped.append(piece)
    trace = tuple(Trace(where=l.where, text=l.text, role=d.roles[i], reason=d.reasons[i], line=l.block.line)
                  for i, l in enumerate(lines))
    if d.headline is None:
        warnings.append(Warning("NO_HEADLINE", "no line looks like a headline"))
    elif d.headline_guessed:
        warnings.append(Warning("HEADLINE_GUESSED", f"headline chosen with low confidence: {d.headline_text[:60]}"))
    if not body:
        warnings.append(Warning("NO_BODY", "no running text found"))
    elif body_mod.looks_truncated(body, lex):
        warnings.append(Warning("TRUNCATED_BODY", "the body ends in the middle of a sentence"))
    if not contacts:
        warnings.append(Warning("NO_CONTACT", "no department contact found"))
    return Article(lang=lang, headline=d.headline_text, highlights=tuple(highlights), dateline=dateline,
                   embargo=d.embargo, byline=byline, body=tuple(body), contacts=tuple(contacts),
                   attachments=tuple(attachments), stripped=tuple(stripped), warnings=tuple(warnings), trace=trace)
