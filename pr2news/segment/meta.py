"""Release metadata: header labels, embargo and release-time lines, dated lines and credit lines."""
from __future__ import annotations

import re

from .. import fastre
from ..lexicon.common import EMAIL, matches
from ..model import Dateline, Embargo
from .dates import find_date, parse_datetime
from .draft import demote, label_text
from .lines import is_sentence_like, word_count

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


_OFFICIAL = fastre.compile(
    r"^(?:the\s+)?(?:hon(?:ou?rable)?\.?|rt\.?\s+hon\.?)\s+[A-Z]|"
    r"^(?:premier|(?:deputy |associate |assistant )?minister|secretary|mayor|governor|lieutenant governor|senator|"
    r"councillor|council ?member|attorney general|treasurer|chief minister|first minister)\b(?:\s+(?:of|for|and)\b|$)",
    re.I)


def official_credit(text):
    """'The Honourable Jane Doe' / 'Minister for Roads': who issued a ministerial statement."""
    return len(text) <= 140 and not re.search(r"[.!?]$", text) and bool(_OFFICIAL.match(text)) and word_count(text) <= 18


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
    if credit and cut < len(text) and matches(lex.byline_patterns, credit):
        return credit, text[cut:].strip()
    parts = re.split(r"\s*[|/·]\s*", text)
    if len(parts) > 1:
        dated = [p for p in parts if find_date(p)[0]]
        credit = [p for p in parts if not find_date(p)[0]]
        if dated and credit:
            return credit[0], " ".join(dated)
    return text, None


def rule_release_meta(d):
    """Header labels (보도자료, FOR IMMEDIATE RELEASE), embargo sentences, dated lines, bylines."""
    lex = d.lex
    for i, line in enumerate(d.lines):
        if not d.free(i):
            continue
        text = label_text(line)
        short = len(text) <= 140
        if _TIME_LABEL_ALONE.fullmatch(text) and i + 1 < len(d.lines) and d.free(i + 1) \
                and len(d.lines[i + 1].content) <= 40 and find_date(d.lines[i + 1].content)[0]:
            # 보도일시 / 2026. 3. 6.(금) 조간: a header cell and its value on the next line
            value = d.lines[i + 1]
            joined = f"{line.content} {value.content}"
            date, time = parse_datetime(value.content)
            role = "embargo" if matches(lex.embargo_patterns, text) else "dateline"
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
        if matches(lex.embargo_patterns, text) and short and not is_sentence_like(text, lex) or \
                matches(lex.embargo_patterns, text) and len(text) <= 90:
            date, time = parse_datetime(text)
            d.claim(i, "embargo", "embargo or release-time line")
            precision = (date is not None) + (time is not None)
            if d.embargo is None or precision > d.embargo_precision:
                if d.embargo is not None:
                    demote(d, d.embargo_line, "a less precise embargo line")
                d.embargo = Embargo(text=line.content, datetime=f"{date}T{time or '00:00'}" if date else None)
                d.embargo_line, d.embargo_precision = i, precision
            else:
                d.roles[i], d.reasons[i] = "stripped", "another embargo line"
            continue
        if matches(lex.date_cues, text) and short:
            date, time = parse_datetime(text)
            if date or re.search(r"(?i)immediate|즉시", text):
                d.claim(i, "dateline", "dated release line")
                priority = 4 if re.search(r"(?i)for immediate release|배포|보도\s*일", text) else 3
                d.datelines.append((priority, i, Dateline(text=line.content, date=date, time=time)))
                continue
        if matches(lex.release_labels, text) and short:
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
