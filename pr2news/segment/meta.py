"""Release metadata: header labels, embargo and release-time lines, dated lines and credit lines."""
from __future__ import annotations

import re

from .. import fastre
from ..lexicon.common import EMAIL, matches
from ..model import Dateline, Embargo
from .body import ends_sentence
from .dates import find_date, parse_datetime, short_year_date
from .draft import RELEASE_LABEL, demote, is_release_meta
from .lines import is_fact_field, is_sentence_like, word_count

_TIME_LABEL_ALONE = fastre.compile(
    r"(?i)(?:보도|배포|발표|게재)\s*(?:일시|일자|시점|시간)|release\s+(?:date|time)|embargo(?:ed)?(?:\s+until)?")


_RELEASE_CUE_ENDS = ("배포", "보도", "발표", "게재", "송고", "등록", "release", "released")  # how _DATE_THEN_CUE ends
_DATE_THEN_CUE = fastre.compile(
    r"(?i).*\d.*?\s*(?:\(\s*[월화수목금토일]\s*\))?\s*(?:배포|보도|발표|게재|송고|등록|release[d]?)")


# the labels a page sets over a date: Published, 등록일, 게시 일자 …
_DATE_LABEL_WORDS = r"published|posted|released|updated|date|release date|issued|등록일?|작성일|게시일|보도일|배포일|" \
                    r"(?:등록|게시|작성|보도|배포)\s*일자"
_LABEL_ALONE = fastre.compile(
    r"(?i)(?:from|by|issued by|(?:news )?provided by|" + _DATE_LABEL_WORDS + r"|"
    r"뉴스\s*제공|자료\s*제공|제공\s*일자|작성자|글쓴이|등록자|게시자|"
    r"author|posted by|"
    r"조회수?|조회\s*수|hits|views)\s*[:：]?")
# a board page's field labels over their values: who posted it, how often it was read
_AUTHOR_LABEL = fastre.compile(r"(?i)(?:작성자|글쓴이|등록자|게시자|author|posted by)\s*[:：]?")
_COUNTER_LABEL = fastre.compile(r"(?i)(?:조회수?|조회\s*수|hits|views)\s*[:：]?")


_WIRE_CREDIT_ALONE = fastre.compile(r"[(\[【][가-힣A-Za-z0-9 ]{1,12}=[^)\]】]{1,20}[)\]】]")


_INLINE_DATE_CUE = fastre.compile(
    r"(?:기사\s*)?(?:입력|등록|수정|승인|게재|발행|송고)\s*(?:일시?)?\s*[:：]?\s*\d|\b(?:posted|published|updated)\b", re.I)


# a field's name before its value: By: …, 작성자 | …, and a board's writer fields without a colon (기자명 홍길동 기자)
_FIELD_LABEL = fastre.compile(r"^(?:[가-힣]{2,5}|[A-Za-z]+(?: [A-Za-z]+)?)\s*[:：|]\s*(?=\S)"
                              r"|^(?:기자명|작성자|글쓴이|등록자|작성부서|게시자)\s+(?=\S)")


_OFFICIAL = fastre.compile(
    r"^(?:the\s+)?(?:hon(?:ou?rable)?\.?|rt\.?\s+hon\.?)\s+[A-Z]|"
    r"^(?:(?:former|acting|shadow)\s+)?(?:premier|(?:deputy |associate |assistant )?minister|secretary|mayor|governor|lieutenant governor|senator|"
    r"councillor|council ?member|attorney general|treasurer|chief minister|first minister)\b(?:\s+(?:of|for|and)\b|$)|"
    # a member's seat: United States Senator from Iowa, Member of Parliament for Ottawa Centre
    r"^(?:(?:u\.?s\.?|united states|state)\s+)?(?:senator|representative|congressman|congresswoman|member of parliament|"
    r"member of congress|assembly ?member)\s+(?:from|for)\s+[A-Z]|"
    # the portfolio before the post, then the name: Information Minister Monica Mutsvangwa
    r"^(?-i:(?:[A-Z][\w&'’-]*\s+){1,3})(?:minister|secretary)\s+(?-i:(?:[A-Z][\w.'’-]*\s+){1,2}[A-Z][\w'’-]+)$",
    re.I)


_TITLE_GLUE = frozenset("of for from and the & de des du la le on".split())


def official_credit(text):
    """'The Honourable Jane Doe' / 'Minister for Roads': who issued a ministerial statement."""
    if len(text) > 140 or fastre.search(r"[.!?]$", text) or not _OFFICIAL.match(text) or word_count(text) > 18:
        return False
    # a title is capitalised throughout; "Minister for Roads announces new funding" is a subtitle, and so is
    # "Minister of Foreign Affairs Urmas Paet Visits Moscow" (a headline's verb after the name)
    words = text.split()
    return all(w[0].isupper() or not w[0].isalpha() or w.lower() in _TITLE_GLUE for w in words) \
        and not any(w.lower() in _HEADLINE_VERBS for w in words[2:])


# what an official does in a headline, in the form a headline gives it (third person, present)
_HEADLINE_VERBS = frozenset("""visits meets announces opens launches signs says calls welcomes attends receives
    congratulates condemns urges holds unveils approves appoints hosts addresses discusses delivers inaugurates thanks
    commends reaffirms stresses emphasizes emphasises pledges vows tours inspects presents joins briefs lauds hails
    praises warns outlines celebrates backs chairs witnesses greets assures seeks invites encourages reminds applauds
    recognizes recognises proposes introduces supports extends expresses honours honors""".split())


def _sentence_after(text, end, lex):
    """'[매체=기자] 인천시가 … 띄운다.': a credit that opens running text is a wire prefix, not a byline line."""
    rest = text[end:].strip()
    return len(rest) > 25 and not find_date(rest)[0] and not EMAIL.search(rest) and ends_sentence(rest, lex)


def _words_not_credit(rest):
    """After 'X 기자,': three words or more naming no other reporter, date, e-mail or field (홍길동 기자, 김하늘 기자;
    홍길동 기자, 입력 2024.01.02; 글, 사진=…): what follows is no credit's."""
    return len(rest.split()) >= _WORDS_OF_A_TITLE and not _CREDIT_AFTER_COMMA.search(rest) and not find_date(rest)[0]


_WORDS_OF_A_TITLE = 3
_CREDIT_AFTER_COMMA = fastre.compile(r"기자|[:：=@|/]|\d")


_TRAILING_COUNTERS = fastre.compile(r"(?:\s*[|/·]\s*(?:댓글|조회수?|추천|공감|좋아요|hits|views|comments?)\s*[:：]?\s*[\d,]+)+\s*$",
                                    re.I)


_SEPARATOR_RUN = fastre.compile(r"(?:[|/·]\s*){2,}")


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
        # (a news page's counters after the date - | 댓글 0, | 조회 12 - are the page's, kept with the row's leftovers)
        return credit, _TRAILING_COUNTERS.sub("", text[cut:]).strip()
    parts = fastre.split(r"\s*[|/·]\s*", text)
    if len(parts) > 1:
        dated = [p for p in parts if find_date(p)[0]]
        credit = [p for p in parts if not find_date(p)[0]]
        if dated and credit:
            return credit[0], " ".join(dated)
    return text, None


def _offer_embargo(d, i, text, date, time):
    """Keep the most precise embargo (date and time over date alone); the less precise line is stripped."""
    precision = (date is not None) + (time is not None)
    if d.embargo is not None and precision <= d.embargo_precision:
        return False
    if d.embargo is not None:
        demote(d, d.embargo_line, "a less precise embargo line")
    d.embargo = Embargo(text=text, datetime=f"{date}T{time or '00:00'}" if date else None)
    d.embargo_line, d.embargo_precision = i, precision
    return True


def _time_label_pair(d, i, line, text):
    """보도일시 / 2026. 3. 6.(금) 조간: a header cell and its value on the next line."""
    if len(text) > 40 or not (_TIME_LABEL_ALONE.fullmatch(text) and i + 1 < len(d.lines) and d.free(i + 1)):
        return False
    value = d.lines[i + 1]
    if len(value.content) > 40 or not find_date(value.content)[0]:
        return False
    joined = f"{line.content} {value.content}"
    date, time = parse_datetime(value.content)
    role = "embargo" if matches(d.lex.embargo_patterns, text) else "dateline"
    d.claim(i, role, "release-time label")
    d.claim(i + 1, role, "release time under its label")
    d.paired[i + 1] = i
    if role == "embargo":
        _offer_embargo(d, i, joined, date, time)
    else:
        d.datelines.append((4, i, Dateline(text=joined, date=date, time=time)))
    return True


def _dated_release_line(d, i, line, text):
    """2026. 3. 5.(목) 배포: a date followed by its cue word."""
    if len(text) > 40 or not text[-8:].lower().endswith(_RELEASE_CUE_ENDS) or not _DATE_THEN_CUE.fullmatch(text) \
            or not find_date(text)[0]:
        return False
    date, time = parse_datetime(text)
    d.claim(i, "dateline", "dated release line")
    d.datelines.append((4 if fastre.search(r"배포|release", text, re.I) else 3, i,
                        Dateline(text=line.content, date=date, time=time)))
    return True


def _dated_meta_row(d, i, line, text):
    """March 3, 2026 | Ottawa, Ontario | Infrastructure Canada: date, place and issuer in one row."""
    if len(text) > 120 or text.count("|") < 1 or is_sentence_like(text, d.lex):
        return False
    date, span = find_date(text)
    if not date:
        return False
    cells = [c.strip() for c in text.split("|")]
    if not any(find_date(c)[0] and len(c) <= 40 for c in cells):
        return False
    place = next((c for c in cells if not find_date(c)[0] and "," in c and len(c) <= 40), None)
    d.claim(i, "dateline", "date row (date | place | issuer)")
    d.datelines.append((3, i, Dateline(text=line.content, date=date, time=parse_datetime(text)[1], place=place)))
    return True


_IMMEDIATE = fastre.compile(r"(?i)즉시\s*(?:보도|배포|게재|공개)?|\bimmediate(?:ly)?\b")


def _embargo_line(d, i, line, text):
    """보도일시 …, 이 보도자료는 … 부터 보도할 수 있습니다, EMBARGOED UNTIL …"""
    if len(text) > 140 or not matches(d.lex.embargo_patterns, text):
        return False
    if not (len(text) <= 140 and not is_sentence_like(text, d.lex) or len(text) <= 90):
        return False
    date, time = parse_datetime(text)
    if date and _IMMEDIATE.search(text):
        # 보도일시 2026. 9. 8.(화) 즉시 보도 가능: released at once - the release's date, no embargo
        d.claim(i, "dateline", "release date line, for immediate release")
        d.datelines.append((4, i, Dateline(text=line.content, date=date, time=time)))
        return True
    d.claim(i, "embargo", "embargo or release-time line")
    if not _offer_embargo(d, i, line.content, date, time):
        d.roles[i], d.reasons[i] = "stripped", "another embargo line"
    return True


def _date_cue_line(d, i, line, text):
    """등록 2025-03-06 16:26, Posted on: …, FOR IMMEDIATE RELEASE: Monday, April 30, 2012."""
    if len(text) > 140 or not matches(d.lex.date_cues, text):
        return False
    date, time = parse_datetime(text)
    if not date and not fastre.search(r"(?i)immediate|즉시", text):
        return False
    if is_fact_field(line, d.lex) and i + 1 < len(d.lines) and is_fact_field(d.lines[i + 1], d.lex):
        return False  # Date/Time: … over Location: …: when the event happened, one of its facts in the text
    d.claim(i, "dateline", "dated release line")
    priority = 4 if fastre.search(r"(?i)for immediate release|배포|보도\s*일", text) else 3
    d.datelines.append((priority, i, Dateline(text=line.content, date=date, time=time)))
    return True


_LABEL_BRACKETS = "<>[]【】〈〉《》「」『』() "


def _release_label(d, i, line, text):
    """보도자료, <보도자료>, FOR IMMEDIATE RELEASE, Media advisory, 뉴스 제공 / the issuer below it."""
    text = text.strip(_LABEL_BRACKETS) or text
    if len(text) > 140 or not (matches(d.lex.release_labels, text) or _issuer_then_label(text, d.lex)
                               or _label_then_issuer(text, d.lex)):
        return False
    if fastre.fullmatch(r"(?:뉴스|자료|기사)\s*제공", text) and i + 1 < len(d.lines) and d.free(i + 1) \
            and len(d.lines[i + 1].text) <= 30:
        d.claim(i, "stripped", "credit label")
        d.claim(i + 1, "byline", "issuer named by the credit label")
        d.bylines.append((i + 1, d.lines[i + 1].text))
        return True
    if fastre.search(r"(?i)for immediate release", text):
        date, time = parse_datetime(text)
        if date:
            d.claim(i, "dateline", "release date line")
            d.datelines.append((4, i, Dateline(text=line.content, date=date, time=time)))
            return True
    claim_release_label(d, i)
    return True


_LABEL_AT_END = fastre.compile(r"\s*(?:보도\s*(?:참고\s*)?자료|(?:news|press|media) release)$", re.I)


_LABEL_THEN_ISSUER = fastre.compile(r"(?i)^(?:press|news|media) (?:release|statement)s?\s*[:：|–—-]\s*(?P<issuer>.{3,60})$")


def _label_then_issuer(text, lex):
    """Press Release: New Zealand Government — the label, then who issued it (not a title after a label)."""
    m = _LABEL_THEN_ISSUER.match(text) if text[:1] in "PNMpnm" else None
    return m is not None and lex.issuer_name.search(m.group("issuer")) is not None


def _issuer_then_label(text, lex):
    """경상남도교육청 보도자료, City of Harbor News Release: the issuer's name, then the label, on one line."""
    if not text.endswith(("자료", "release", "Release", "RELEASE")):
        return False
    label = _LABEL_AT_END.search(text, max(0, len(text) - 16))
    issuer = text[:label.start()].strip(" -–—|:：·") if label is not None else ""
    # (or the issuer's initials: HRP Media Release, NYPD News Release)
    return bool(issuer) and (lex.issuer_name.search(issuer) is not None or _INITIALS.fullmatch(issuer) is not None)


_INITIALS = fastre.compile(r"[A-Z]{2,6}")


def claim_release_label(d, i):
    """Line i is a release label (보도자료, NEWS RELEASE): stripped, and the letterhead over it with it.

    충청남도소방본부 / 보도자료, OFFICE OF THE GOVERNOR / NEWS RELEASE: an organisation's name over the release
    label is the letterhead; it is not a title, even when its words recur below."""
    d.claim(i, "stripped", RELEASE_LABEL)
    above = i - 1
    # (only the release's time or embargo may stand over the letterhead, read or not yet)
    if above < 0 or not d.free(above) or any(d.free(k) and not is_release_meta(d.lines[k], d.lex) for k in range(above)):
        return
    line = d.lines[above]
    if len(line.content) <= 60 and word_count(line.content) <= 8 and not line.marker \
            and (d.lex.issuer_name.search(line.content) or _BODY_FOR_A_CAUSE.fullmatch(line.content)):
        d.claim(above, "stripped", "issuer named above the release label")


# over a release label, a body named for its cause: INTERNATIONAL CENTRE FOR WATER AND CLIMATE SECURITY, Institute
# for Fiscal Studies (as a title, 'New Centre for Autism Research Opens' says something: only here is it a name)
_BODY_FOR_A_CAUSE = fastre.compile(r"(?i)(?:the\s+)?(?:[\w.&'’-]+\s+){0,4}(?:centre|center|institute|council|alliance|"
                                   r"network|foundation|coalition)\s+(?:for|of|on)\s+(?:[\w.&'’-]+\s+){0,5}[\w.&'’-]+")


def _label_over_value(d, i, line, text):
    """From: / Department of Health, Published / 4 March 2026: a label alone with its value below."""
    if len(text) > 140 or i + 1 >= len(d.lines) or not _LABEL_ALONE.fullmatch(text):
        return False
    value = d.lines[i + 1]
    if _COUNTER_LABEL.fullmatch(text) and fastre.fullmatch(r"[\d,.]+", value.content):
        d.claim(i, "stripped", "counter label")
        d.claim(i + 1, "stripped", "counter")  # (unless a rule took the number for a counter already)
        return True
    if not d.free(i + 1):
        return False
    if _AUTHOR_LABEL.fullmatch(text) and len(value.content) <= 40 and not find_date(value.text)[0]:
        d.claim(i, "stripped", "author label")
        d.claim(i + 1, "byline", "author under its label")
        d.bylines.append((i + 1, value.content))
        return True
    is_credit = fastre.match(r"(?i)(?:from|by|issued by|(?:news )?provided by|뉴스\s*제공|자료\s*제공|제공)", text)
    if is_credit and len(value.text) <= 80 and not find_date(value.text)[0]:
        d.claim(i, "stripped", "credit label")
        d.claim(i + 1, "byline", "issuer named under the credit label")
        d.bylines.append((i + 1, value.text))
        return True
    date, time = parse_datetime(value.text)
    if date is None and _DATE_LABEL.fullmatch(text):
        date = short_year_date(value.content)  # 등록일 / 23.02.21: under its label, a board's short date
        if date is not None:
            return _date_under_label(d, i, value, date, None)
    if date and value.date_only and not fastre.match(r"(?i)(?:from|by|issued by)", text):
        return _date_under_label(d, i, value, date, time)
    return False


def _date_under_label(d, i, value, date, time):
    d.claim(i, "stripped", "date label")
    d.claim(i + 1, "dateline", "date under its label")
    d.datelines.append((3, i + 1, Dateline(text=value.content, date=date, time=time)))
    return True


_DATE_LABEL = fastre.compile(r"(?i)(?:" + _DATE_LABEL_WORDS + r")\s*[:：]?")


def _wire_credit_alone(d, i, line, text):
    if len(text) > 40 or not _WIRE_CREDIT_ALONE.fullmatch(text):
        return False
    d.claim(i, "stripped", "wire credit on its own line")
    return True


def _official_line(d, i, line, text):
    """The Honourable Jane Doe / Minister for Roads: the officials a ministerial release speaks for."""
    if d.lex.lang != "en" or line.marker or not official_credit(line.content):
        return False
    d.claim(i, "byline", "issuing official")
    d.bylines.append((i, line.content))
    return True


def _credit_line(d, i, line, text):
    """홍길동 기자, By Jane Doe, 작성자 | 홍보과 — with a date on the same line split off as a dateline."""
    lex = d.lex
    if len(text) > 140 or lex.lang == "en" and matches(lex.contact_labels, text):
        return False  # Issued by: Public Relations Officer, …: the contact's label, not a writer's credit
    credit = lex.byline_patterns.search(text)
    if credit is None and text != line.content:
        text = line.content  # "By Jane Doe | Staff Reporter": the bar is a separator here, not a field's colon
        credit = lex.byline_patterns.search(text)
    if not credit or lex.lang == "ko" and len(text) > 60:
        return False
    labelled = ":" in credit.group() or "：" in credit.group()
    # after "From:" the rest is the value, however long ("Department of Children, Equality, … and Youth")
    if _sentence_after(text, credit.end(), lex) and not (labelled and not is_sentence_like(text[credit.end():], lex)):
        return False
    if lex.lang == "ko" and credit.group().endswith(",") and _words_not_credit(text[credit.end():]):
        return False  # 도민명예기자, 전라도 정도 천년 알리기 앞장: a title opening on a compound noun in 기자
    byline, rest = _split_byline_date(line, lex)
    d.claim(i, "byline", "reporter credit")
    field = _FIELD_LABEL.match(byline)
    if field:
        # 작성자 | 홍보과, By: Jane Doe, 기자명 김하늘 기자 (입력 …): the credit is the value; the label goes to stripped
        # (with a date beside it, as the row's leftover below)
        if not rest:
            d.fragments.setdefault(i, []).append(field.group().strip())
        byline = byline[field.end():]
    d.bylines.append((i, byline))
    if rest:
        date, time = parse_datetime(rest)
        d.datelines.append((3, i, Dateline(text=rest, date=date, time=time)))
        leftover = line.text.replace(byline, "", 1).replace(rest, "", 1).strip()
        leftover = _SEPARATOR_RUN.sub(lambda m: m.group()[0] + " ", leftover).strip()  # '|  | 댓글 0' -> '| 댓글 0'
        if leftover:
            d.fragments.setdefault(i, []).append(leftover)
    return True


_OUTLET_FIRST = fastre.compile(r"[\[(【]\s*[^\]()】]{2,15}\s*[\])】]\s*")
_TIME_AFTER_DATE = fastre.compile(r"\s*(?:\([월화수목금토일]\)\s*)?(?:\d{1,2}:\d{2}(?::\d{2})?)?")


def _date_then_credit(d, i, line, text):
    """'2017-11-20     정영순 기자', 'March 3, 2026 | By Jane Doe': the page's date row, the date first, then the
    writer's credit - a dateline and a byline."""
    if len(text) > 100:
        return False
    outlet = _OUTLET_FIRST.match(text)  # [가온신문] 2026년 03월 03일 (화) 14:22:31 김하늘 기자 sky@…: the outlet first
    start = outlet.end() if outlet else 0
    date, span = find_date(text[start:])
    if not date or span[0] != 0:
        return False
    span = (span[0] + start, _TIME_AFTER_DATE.match(text, span[1] + start).end())  # the time with its date
    credit = text[span[1]:].strip(" |/·,")
    credit = EMAIL.sub("", credit).strip(" |/·,()")  # the writer's address after the credit goes with the row
    found = d.lex.byline_patterns.match(credit) if credit else None
    if found is None or len(credit) > 40 or _sentence_after(credit, found.end(), d.lex):
        return False
    d.claim(i, "byline", "reporter credit after the date")
    d.bylines.append((i, credit))
    stamp = text[start:span[1]]
    day, time = parse_datetime(stamp)
    d.datelines.append((3, i, Dateline(text=stamp, date=day, time=time)))
    leftover = " ".join(text.replace(credit, "", 1).replace(stamp, "", 1).split())
    if leftover:
        d.fragments.setdefault(i, []).append(leftover)
    return True


# 보도시점 2026. 5. 14.(목) 12:00 … 배포 2026. 5. 13.(수): a label is followed by a colon or straight by the date
_RELEASE_FIELD = fastre.compile(r"(보도|배포)\s*(?:일시|시점|일자|일)?\s*(?:[:：|]\s*|(?=\d))")


def _two_release_fields(d, i, line, text):
    """One header row holding both the release time (보도) and the distribution date (배포), as a table
    flattened onto one line: the first is the embargo, the second the dateline."""
    if len(text) > 140 or "보도" not in text or "배포" not in text:
        return False
    fields = list(_RELEASE_FIELD.finditer(text))
    if len(fields) < 2 or {m.group(1) for m in fields} != {"보도", "배포"}:
        return False
    parts = [(m.group(1), text[m.start():nxt.start() if nxt else len(text)].strip(" |/·,"))
             for m, nxt in zip(fields, fields[1:] + [None])]
    release = next(part for kind, part in parts if kind == "보도")
    issued = next(part for kind, part in parts if kind == "배포")
    date, time = parse_datetime(issued)
    if not date:
        return False
    d.claim(i, "embargo", "release time and distribution date in one row")
    when, at = parse_datetime(release)
    _offer_embargo(d, i, release, when, at)
    d.datelines.append((4, i, Dateline(text=issued, date=date, time=time)))
    leftover = "".join(text.replace(release, " ", 1).replace(issued, " ", 1).split())
    if leftover:
        d.fragments.setdefault(i, []).append(leftover)  # the bar between the cells: kept in stripped
    return True


# tried in order on every unclaimed line; the first that recognises it claims it
_META = (_two_release_fields, _time_label_pair, _dated_release_line, _embargo_line, _date_cue_line, _release_label, _label_over_value,
         _wire_credit_alone, _credit_line, _date_then_credit, _official_line, _dated_meta_row)


# dates and labelled values are release metadata in the header; once running text has begun (two paragraphs
# of it) a "Date: …" line is a fact of the story, such as an event's date
_IN_BODY = (_dated_release_line, _date_cue_line, _label_over_value, _dated_meta_row, _official_line)
_POSTED_STAMP = fastre.compile(r"(?i)^(?:posted|published|updated|released)(?:\s+on)?\s*[:：]?\s*\S"
                               # a board's: 등록일 2005-02-01 00:00, 입력 2024.05.02 10:31
                               r"|^(?:등록|작성|게시|입력|승인|수정|송고|기사입력|기사등록)\s*(?:일시|일자|일)?\s*[:：]?\s*\d")


def _posting_stamp(d, i, line, text):
    """Posted On: 25 SEP 2024 2:49PM by PIB Delhi, 등록일 2005-02-01 00:00, under text: when the page posted the
    release, a date and its hour - no fact of a story is written so."""
    return _POSTED_STAMP.match(text) is not None and parse_datetime(text)[1] is not None \
        and _date_cue_line(d, i, line, text)


# News release date: June 19, 2026 under the text: the release's own date, never a fact of its story
_RELEASE_DATED = fastre.compile(r"(?i)^(?:news|press|media)\s+release\s+date\s*[:：]")


def _release_date_after_text(d, i, line, text):
    return _RELEASE_DATED.match(text) is not None and _date_cue_line(d, i, line, text)


def _date_under_credit(d, i, line, text):
    """Issued by: National Parks Board / Date: 3 March 2026 after the text: the closing block's date under its
    issuer's credit, not a fact of the story."""
    return i > 0 and d.roles[i - 1] == "byline" and _date_cue_line(d, i, line, text)


_META_AFTER_PROSE = (_posting_stamp, _release_date_after_text, _date_under_credit) \
    + tuple(h for h in _META if h not in _IN_BODY)


def rule_release_meta(d):
    """Header labels (보도자료, FOR IMMEDIATE RELEASE), embargo sentences, dated lines, credit lines."""
    prose_seen = 0
    roles = d.roles
    for i, line in enumerate(d.lines):
        text = line.label
        # every handler takes lines of 140 characters at most: running text goes straight by
        if roles[i] is None and (len(text) <= 140 or len(text.strip(_LABEL_BRACKETS)) <= 140):
            for handler in _META if prose_seen < 2 else _META_AFTER_PROSE:
                if handler(d, i, line, text):
                    break
        prose_seen += d.prose[i] and d.roles[i] in (None, "body")  # menus and cookie banners do not count


_LABEL_HALF = fastre.compile(r"[가-힣]{1,3}")


def rule_split_labels(d):
    """보도 / 일시, 담당 / 부서: a header label broken over two lines by a narrow table cell. The second line
    takes the whole label (so the rules below read it as one), the first goes to stripped."""
    lex = d.lex
    if lex.lang != "ko":
        return
    lines, roles = d.lines, d.roles
    for i in range(len(lines) - 1):
        if roles[i] is not None or roles[i + 1] is not None:
            continue
        first, second = lines[i].content, lines[i + 1].content
        if len(first) > 3 or len(second) > 3 or not (_LABEL_HALF.fullmatch(first) and _LABEL_HALF.fullmatch(second)):
            continue
        joined = first + second
        label = lex.contact_labels.match(joined) or lex.release_labels.match(joined) or _TIME_LABEL_ALONE.match(joined)
        if label is not None and label.end() == len(joined):
            d.claim(i, "stripped", "first half of a label set over two lines")
            lines[i + 1].label = joined
