"""Datelines and wire credits that open the first paragraph.

(서울=연합뉴스) 홍길동 기자 = ...   [서울=뉴시스] ...   서울--(뉴스와이어)-- ...
NEW YORK, NY — ...   OTTAWA, ON, Aug. 22, 2022 /CNW/ - ...   March 24, 2022, OTTAWA, ON – ...
"""
from typing import NamedTuple, Optional

from .. import fastre, lexicon
from ..model import Dateline
from .dates import find_date, find_time
from .memo import per_document

_KO_WIRE = fastre.compile(
    r"^(?P<credit>[(\[【](?P<place>[가-힣A-Za-z0-9 ]{1,12})\s*=\s*(?P<agency>[^)\]】]{1,20})[)\]】])\s*"
    r"(?:(?P<byline>[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*\s*(?:선임|수석|객원|인턴)?\s*기자)\s*)?(?P<eq>=\s*)?")
_REPORTER = fastre.compile(r"[가-힣]{2,4}(?:\s*(?:선임|수석)?\s*기자)?")
_NEWSWIRE = fastre.compile(  # 서울--(뉴스와이어)--, SEATTLE--(BUSINESS WIRE)--, Ottawa, Ontario--(Newsfile Corp. - March 3, 2026) -
    r"^(?P<credit>(?P<place>[가-힣A-Za-z][가-힣A-Za-z ,.]{0,30}?)\s*-{2}\s*\((?P<agency>[^)]{1,60})\)\s*"
    # the date may stand between the wire's name and the dashes: 한가람시--(코리아PR와이어) 2024년 04월 17일 --
    r"(?P<when>\d{4}\s*[년./-]\s*\d{1,2}\s*[월./-]\s*\d{1,2}\s*일?\.?\s*)?(?:-{1,2}|–|—))\s*")
_EN_DASH = fastre.compile(r"\s*(?:—|–|-{2,}|\s-\s|-(?=[A-Z])|(?<=[A-Z]{2})-\s)\s*")  # … SANA- Health: an agency's code
_AGENCY_CODE_AFTER_PLACE = fastre.compile(r",\s*([A-Z]{3,6})$")
# the news agency's code in brackets closing the dateline (Muscat, Feb 7 (ONA)---): it vouches for the place
_AGENCY_TAG_AT_END = fastre.compile(r"\([A-Z]{2,6}\)\s*$")
# an outlet named in brackets after the dateline's date: (Odisha Samachar), (Harbour News) - an agency's code in
# capitals, (PTI), is read as the dateline's own tag
_OUTLET_AFTER_DATE = fastre.compile(r"\s*\(\s*((?=[^)]*[a-z])[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s*\)\s*")
_MONTH_DAY = fastre.compile(r"(?i),?\s*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b")
_EN_WIRE_TAG = fastre.compile(r"\s*(?:/[A-Za-z .-]{2,40}/|\((?:AP|Reuters|AFP|UPI|CNW|PRNewswire|BUSINESS WIRE|GLOBE NEWSWIRE|"
                              r"[A-Z][A-Z .&-]{0,30}(?:WIRE|NEWS|PRESS)|[A-Z]{2,5})\))\s*")  # (BLACK PR WIRE), (ACCESS NEWS), (WJTV)


# an outlet's name: a few capitalised words, the last a newspaper's or an agency's word (Harbour Daily, The
# Valley Gazette, Island News Agency)
_EN_OUTLET = fastre.compile(r"(?:The\s+)?(?:[A-Z][\w'’.&-]*\s+){0,3}(?i:Daily|Times|News|Post|Herald|Gazette|Tribune|Journal|"
                            r"Observer|Chronicle|Express|Monitor|Telegraph|Courier|Mirror|Inquirer|Dispatch|Bulletin|"
                            r"Newswire|Wire|News\s+Agency|Press\s+Agency|Online|Insider)")


# whose release a repost carries, before its dash: DEQ release, City of Harbour news release
_RELEASE_CREDIT = fastre.compile(r"(?:[A-Z][\w&.'’-]*\s+){1,4}(?:[Nn]ews\s+|[Pp]ress\s+|[Mm]edia\s+)?[Rr]elease")


# a place, then a news agency named after a comma or in brackets, then its dash (Asunción, Agencia IP.- …;
# NAIROBI (Harbour News Agency) – …)
_AGENCY_NAME = (r"(?:Agencia|Agência|Agence|Agenzia|Agentur)\s+[\w .&'’-]{1,30}?|"
                r"(?:[A-Z][\w.&'’-]*\s+){0,3}(?:News|Press)\s+Agency")
_PLACE_THEN_AGENCY = fastre.compile(
    r"(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})(?:,\s*(?P<agency>" + _AGENCY_NAME + r")\.?\s*-|"
    r"\s*\(\s*(?P<agency2>" + _AGENCY_NAME + r")\s*\)\s*[-–—])\s+(?=[A-Z“\"])")


# a news agency's lead: the place, ', by' the reporter, the agency's code between dashes or in brackets
_PLACE_BY_AGENCY = fastre.compile(r"(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}),\s+by\s+"
                                  r"(?P<by>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})\s*(?:-[A-Z]{2,6}-|\([A-Z]{2,6}\))"
                                  r"\.?\s+(?=[A-Z“\"])")


class WireSplit(NamedTuple):
    dateline: Optional[Dateline]
    byline: Optional[str]
    rest: str          # the paragraph without the prefix
    leftover: str      # separators that belong to neither (moved to stripped)


def _place_ok(prefix):
    parts = [p.strip() for p in prefix.split(",") if p.strip()]
    if not 1 <= len(parts) <= 3:
        return False
    for part in parts:
        words = part.split()
        if not 1 <= len(words) <= 4:
            return False
        if not all(fastre.match(r"^(?:[A-Z][A-Za-z.'’-]*|of|de|la|upon|on)$", w) for w in words):
            return False
    return True


def _named_place(place):
    """NEW YORK, NY / Frederick, MD / Pell's Harbour, Nova Scotia: all capitals, or a place and its state (or the
    news agency's code after it: Provinces, SANA)."""
    letters = fastre.sub(r"[^A-Za-z]", "", place)
    return letters.isupper() or fastre.search(r",\s*[A-Z]{2}\b|,\s*[A-Z][a-z]+\.?(?:\s[A-Z][a-z]+)?$", place) is not None \
        or _AGENCY_CODE_AFTER_PLACE.search(place) is not None


def _date_colon_prefix(text, head):
    """'Canberra, 4 March 2026: The city …': a place and a date closed by a colon."""
    date, span = find_date(head)
    if not date or span[1] > 60:
        return None
    tag = _WIRE_TAG_BEFORE_COLON.match(head, span[1])  # Islamabad, March 05, 2022 (PPI-OT): the wire's name
    end = tag.end() if tag else span[1]
    bracketed = head[end:end + 1] == ")" and head[:span[0]].rstrip().endswith("(")
    if bracketed:
        end += 1  # FSMIS (May 30, 2014): the agency, then the date in brackets
    if head[end:end + 1] != ":":
        return None
    place = head[:span[0]].strip(" ,(")
    rest = text[end + 1:].lstrip()
    if len(rest) < 20 or place and not _place_ok(place):
        return None
    return WireSplit(Dateline(text=text[:end + 1].strip(), date=date, place=place or None), None, rest, "")


_WIRE_TAG_BEFORE_COLON = fastre.compile(r"\s*\([A-Z][A-Za-z]{1,10}(?:-[A-Z]{1,4})?\)")


# a named reporter's credit: 홍길동 기자, 김철수 선임기자
_REPORTER_CREDIT = r"[가-힣]{2,4}\s*(?:선임|수석|객원|인턴)?\s*기자"

# an outlet's (and its reporter's) credit in brackets or before a bar: [매체/홍길동 기자], 【 매체 】, 〈서울=매체〉, 〔매체 홍길동 기자〕,
# 매체 (자매지) 홍길동 기자 |, 매체 = 홍길동 기자 |, 홍길동 기자 /, K-Classic News 기자 | (the outlet's reporter, unnamed)
_KO_OUTLET = fastre.compile(
    r"^(?P<credit>[\[【〈<《〔［]\s*[^\]】〉>》〕］\n]{1,30}?\s*[\]】〉>》〕］]|\([^()\n]{2,15}\)"
    # (the outlet may stand before its reporter with an equals sign: 매체 = 홍길동 기자 |)
    r"|(?:[^|=/\n\[\]()]{2,20}?\s*=\s*)?[^|=/\n]{0,40}?(?:[가-힣]{2,4}|[A-Za-z][\w.-]*)\s*(?:선임|수석|객원|인턴)?\s*기자\s*[|=/ㅣ])\s*"
    # … and what may follow a bracketed credit: its reporter (박병규 기자=), or an equals sign alone ((매체 기자)=)
    # (a bar may be a Hangul letter: [매체]홍길동 기자ㅣ …)
    r"(?:(?P<reporter>" + _REPORTER_CREDIT + r")\s*[=|ㅣ]\s*|=\s*)?")


_REPORTER_ALONE = fastre.compile(_REPORTER_CREDIT)  # (이원희 기자) …: a reporter's credit in parentheses
# in brackets and in parentheses alike: (미디어온), [과천넷], [시사저널]
_OUTLET_WORDS = r"뉴스|일보|신문|통신|방송|미디어|타임즈|타임스|넷$|닷컴|저널|투데이|포스트|데일리|매일|헤럴드|포커스|(?i:tv|fm)$"
# the posts a Korean outlet names its writer by, besides 기자 and 특파원 (홍길동 PD, 김철수 에디터)
KO_OTHER_WRITER_POSTS = r"PD|CP|에디터|리포터|통신원"
# (… or the writer's post after the name, other than a reporter's: [매체 홍길동 PD], [매체 김철수 에디터])
_CREDIT_WORDS = r"기자|특파원|/|=|[가-힣]{2,4}\s*(?:" + KO_OTHER_WRITER_POSTS + r")$|" + _OUTLET_WORDS


_BILINGUAL_OUTLET = fastre.compile(r"(\(\s*[A-Za-z][A-Za-z0-9 .&-]{1,30}\s*\(\s*[가-힣]{2,12}\s*\)\s*\))\s*")


def _ko_outlet_credit(text):
    """WireSplit for a paragraph opened by an outlet's credit that carries no place, else None."""
    bilingual = _BILINGUAL_OUTLET.match(text) if text[:1] == "(" else None
    if bilingual and len(text) - bilingual.end() >= 20:
        # (NewWorldN(뉴월드엔)) 한국전력은 …: the outlet named in two scripts, one in brackets inside the other's
        return WireSplit(None, bilingual.group(1), text[bilingual.end():], "")
    m = _KO_OUTLET.match(text)
    if not m or len(text) - m.end() < 20:
        return None
    credit = m.group("credit").strip()
    inner = credit.strip("[]【】〈〉<>《》〔〕［］()|= ")
    if not fastre.search(r"[가-힣A-Za-z]", inner) or fastre.search(r"다\.|[.!?]$", inner):
        return None
    if credit[0] in "[【〈<《〔［(" and not (fastre.search(_OUTLET_WORDS if credit[0] == "(" else _CREDIT_WORDS, inner)
                                       or credit[0] == "【" or credit[0] == "(" and _REPORTER_ALONE.fullmatch(inner)
                                       or credit[0] == "[" and _named_outlet(inner, text[m.end():])):
        return None  # [사진], <참고>, (재): a heading, a label or a legal form, not a credit
    byline = credit.rstrip("|=ㅣ ").strip() if "기자" in credit else credit
    if m.group("reporter"):
        byline = f"{byline} {m.group('reporter')}"  # [매체]홍길동 기자=: the outlet's credit and its reporter's
    leftover = credit[len(credit.rstrip("|=ㅣ ").strip()):].strip()
    if "=" in text[m.end("credit"):m.end()]:
        leftover = f"{leftover} =".strip()  # the sign after the credit, kept in stripped like the bar
    return WireSplit(None, byline, text[m.end():], leftover)


def _named_outlet(inner, rest):
    """[디지털강원] 강원특별자치도와 …는 … 추진하였다.: a name in square brackets, one word of a few letters and no
    label's word (사진, 참고, 속보 …), opening a sentence whose subject follows at once: an outlet's credit."""
    return bool(_ONE_NAME.fullmatch(inner)) and not _BRACKET_LABEL.search(inner) and bool(_SUBJECT_FIRST.match(rest)) \
        and bool(fastre.search(r"다\.", rest[:400]))


# (… or with the place it reports from after a dash: [가온뉴스-전남 나래]; or of two words: [첨단 헬로티])
_ONE_NAME = fastre.compile(r"(?:[가-힣A-Za-z0-9]{3,8}|[가-힣A-Za-z0-9]{2,6}\s[가-힣A-Za-z0-9]{2,6})"
                           r"(?:\s*[-–]\s*[가-힣]{2,6}(?:\s[가-힣]{2,6})?)?")
# the words of a heading's or a label's brackets: a photo, a note, a flash, a kind of article, a file
_BRACKET_LABEL = fastre.compile(r"사진|포토|영상|참고|속보|단독|알림|공지|해명|설명|반론|정정|보도|자료|붙임|별첨|인터뷰|기고|칼럼|"
                                r"사설|동정|인사|부고|특집|기획|종합|현장|카드|그래픽|표|안내|행사|일정|소식|이슈|논평|성명")
_SUBJECT_FIRST = fastre.compile(r"[^\s.]{1,20}?(?:\([^()]{1,30}\))?(?:은|는|이|가|와|과)\s")


def split_wire_prefix(text, lex):
    """WireSplit for a paragraph opened by a dateline or wire credit, else None."""
    return _split_wire_prefix(text, lex.lang)


@per_document  # asked of the first paragraphs by several rules
def _split_wire_prefix(text, lang):
    lex = lexicon.for_lang(lang)
    m = _KO_WIRE.match(text)
    if m and len(text) > m.end() + 10:
        credit = m.group("credit")
        byline = m.group("byline")
        rest = text[m.end():]
        leftover = (m.group("eq") or "").strip()
        agency = m.group("agency").strip()
        if _REPORTER.fullmatch(agency) and not byline:
            # [매체=기자]: the outlet and its reporter, no place
            return WireSplit(None, credit, rest, leftover)
        return WireSplit(Dateline(text=credit, place=m.group("place").strip()), byline, rest, leftover)
    m = _NEWSWIRE.match(text)
    if m and len(text) > m.end() + 10:
        date, _span = find_date(m.group("when") or m.group("agency"))
        return WireSplit(Dateline(text=m.group("credit"), date=date, place=m.group("place").strip(" ,")),
                         None, text[m.end():], "")
    if lex.lang != "en":
        return _ko_outlet_credit(text)
    m = _PLACE_BY_AGENCY.match(text)
    if m and len(text) > m.end() + 20:
        # Guatemala City, by Ana Ruiz -AGN-. A group of …: where, who wrote it, the agency's code, then the text
        between = f'{text[m.end("place"):m.start("by")].strip()} {text[m.end("by"):m.end()].strip()}'
        return WireSplit(Dateline(text=m.group("place"), place=m.group("place")), m.group("by"), text[m.end():],
                         between)  # ', by' and the agency's code: kept in stripped
    agency = _PLACE_THEN_AGENCY.match(text)
    if agency and len(text) - agency.end() >= 20:
        # Asunción, Agencia IP.- The Minister …, NAIROBI (Harbour News Agency) – …: a news agency's credit after
        # the place, not a place dateline that stays in the sentence
        return WireSplit(Dateline(text=agency.group().strip(), place=agency.group("place").strip()),
                         (agency.group("agency") or agency.group("agency2")).strip(), text[agency.end():], "")
    head = text[:110]
    tag = _EN_WIRE_TAG.search(head)  # the dash that ends the dateline comes after a /PRNewswire-…/ tag
    dash = _EN_DASH.search(head, tag.start() + len(tag.group().rstrip()) if tag and "/" in tag.group() else 0)
    if not dash:
        return _date_colon_prefix(text, head)
    if dash.start() < 3:
        return None
    prefix = head[:dash.start()]
    rest = text[dash.end():]
    if len(rest) < 20:
        return None
    if _EN_OUTLET.fullmatch(prefix.strip()) or _RELEASE_CREDIT.fullmatch(prefix.strip()):
        # Harbour Daily – The Ministry …: the outlet that carried the release credits itself, no place; DEQ
        # release – Portland, Ore. – …: a repost names whose release it is (the place's dateline stays in the text)
        return WireSplit(None, prefix.strip(), rest, dash.group().strip())
    date, span = find_date(prefix)
    place_part = prefix
    place_before = prefix[:span[0]].strip(" ,") if span else ""
    outlet = _OUTLET_AFTER_DATE.fullmatch(prefix, span[1]) if place_before and _place_ok(place_before) else None
    if outlet:
        # Bhubaneswar, 15/10/2022 (Odisha Samachar) – …: the place and date, then the outlet that carried it
        return WireSplit(Dateline(text=text[:dash.end()].strip(), date=date, place=place_before), outlet.group(1), rest, "")
    if span:
        place_part = (prefix[:span[0]] + prefix[span[1]:])
    place_part = _EN_WIRE_TAG.sub(" ", place_part)
    if not date and tag is not None:
        place_part = _MONTH_DAY.sub(" ", place_part)  # Muscat, Feb 7 (ONA)---: a wire's day without its year
    place_part = fastre.sub(r"\(\s*\)", " ", place_part)  # WASHINGTON (March 3, 2026) -
    place_part = fastre.sub(r"\s*,\s*,", ",", place_part).strip(" ,")
    if place_part:
        # Singapore, 5 August 2020 –: a place in capitals or with its state, or any place the full date follows
        if not _place_ok(place_part) or not (_named_place(place_part) or date and not prefix[span[1]:].strip(" ,")
                                             or _AGENCY_TAG_AT_END.search(prefix)):
            # the dash was inside a word (… 2022 (PPI-OT): …): the place and date may end on a colon instead
            return _date_colon_prefix(text, head)
    elif not date:
        if tag is None or tag.start() > 2:
            return None
        # (BLACK PR WIRE) – The City of …: the wire's name alone opens the text
        return WireSplit(Dateline(text=text[:dash.end()].strip()), None, rest, "")
    else:
        # 'March 3, 2026 — Pell's Harbour, Nova Scotia — …': the date, then the place between dashes
        second = _EN_DASH.search(rest, 0, 60)
        place = rest[:second.start()].strip(" ,") if second and second.start() >= 3 else ""
        if place and _place_ok(place) and _named_place(place) and len(rest) - second.end() >= 20:
            dash = _EN_DASH.search(text, len(text) - len(rest) + second.start())
            rest, place_part = text[dash.end():], place
    dateline_text = text[:dash.start()].strip()
    code = _AGENCY_CODE_AFTER_PLACE.search(place_part) if place_part and dash.group().startswith("-") else None
    if code:
        # Provinces, SANA- Health Ministry …: the news agency's code after the place, its dash run into it - the
        # agency's credit, as (AP) is, not a place dateline that stays in the sentence
        return WireSplit(Dateline(text=dateline_text + " -", date=date, place=place_part[:code.start()].strip(" ,")),
                         code.group(1), rest, "")
    return WireSplit(Dateline(text=(dateline_text + " " + dash.group().strip()).strip(), date=date,
                              time=find_time(prefix) if date else None, place=place_part or None),
                     None, rest, "")
