"""Choosing the headline: a title-shaped line near the top that the following text is about."""
from __future__ import annotations

import re
from itertools import chain
from typing import NamedTuple

from .. import fastre
from ..lexicon.common import CHAT_HEAD, blank_phones, matches
from .dates import find_date, is_date_only
from .draft import (OFFICE_HELD, RELEASE_LABEL, RUNNING_HEAD, TITLE_VERB_END, blank_separated, claim_date_line,
                    ends_open, is_release_meta, opens_a_release,
                    marker_again_after_text, numbered_section_after_text, runs_into_sentence, text_width,
                    wrapped_english_paragraph)
from .lines import FILLED, collapse, is_fact_field, is_prose, is_sentence_like, word_count
from .contact import is_post
from .meta import official_credit
from .memo import per_document
from .wire import split_wire_prefix

# a site's tag or field label in front of the title (the issuer's own 'Media Advisory:' or '[해명자료]' stays:
# it is part of the title as the issuer wrote it; a label a site added is dropped when the title is printed
# again without it, see _label_added_before)
_PREFIX = fastre.compile(
    r"^(?:#{1,6}\s+|"  # # Title: a heading's marks as Markdown writes them
    # You are here: Home » News » Title: the page's breadcrumb run into the title (two steps or more, » or ›)
    r"(?:you are here\s*[:：]\s*)?(?:[^»›>|:\n]{1,25}\s[»›>]\s){2,}|"
    # | 보도자료 | Title, | Title: a table's bar (and a short cell) before the title
    r"\|\s*(?:[^|\n]{1,12}\|\s*)?(?=[^\s|])|"
    r"(?:[^\w\s\[(\"'“‘]{1,2}\s*)?\[(?:archived|update[d]?|correction|video|photos?|속보|단독|보도자료|사진|포토)\]\s*|"  # 📢 [보도자료] …
    r"(?:\|\s*)?(?:제\s*목|title|subject|sub\.?)\s*[:：|–—-]\s*|제\s*목\s+(?=\S)|"  # (| 제목 | …: a table's field cell)
    # a site's listing: the release type and the title set apart by a spaced separator (PRESS RELEASE : …)
    # (the issuer's name may come first: City of Rochester News Release - …)
    r"(?:(?-i:[A-Z])[\w.&'’-]*\s+(?:of\s+|for\s+|the\s+)?){0,5}(?:press release|news release|media release|media statement)\s+[:：|–—-]\s+|"
    r"(?:보도자료|참고자료)\s+[:：|–—-]\s+|"
    # the release's number before its title: RELEASE: 12-428 NASA'S HUBBLE …, Release No. 2026/041 – …
    # (a number: it opens on a figure or a letter and a figure and runs on to a figure - 12-428, PR24-01, not R1.8)
    r"(?:(?:news|press|media)\s+)?release\s*(?:no\.?|number|#)?\s*[:：]\s*(?:\d|[A-Za-z]{1,3}-?\d)(?:[\w/.-]*\d)?(?![\w/.-]*\s+(?:billion|million|trillion|thousand|percent|per cent|%))[\w/.-]*\s+(?:[:：|–—-]\s+)?)",
    re.I)
# … [October 2023]; a table row's empty cells: … | ||||; a feed item's empty field, then its date: … , , 17/10/2018
_SUFFIX = fastre.compile(r"\s*\[[^\]]{1,40}\]\s*$|\s*\|[|\s]*$|\s*,\s*,\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\s*$"
                         r"|\s+(?:-{3,}|_{3,}|={3,}|~{3,})\s*$"  # … for Media ---: a rule of dashes after the title
                         # … in Ontario Français: the link to the page in the other language, run into the title
                         r"|(?<=[a-z0-9.!?’”'\")])\s+(?:/\s*)?(?:Français|Español|Deutsch|Português|Cymraeg|Gaeilge|中文|日本語|한국어)\s*$"
                         # … Violence in America | site, … Press Briefing | News: the page's site or section after a bar
                         r"|(?<=[\w.!?’”'\")])\s+[|｜]\s+(?:[\w&'’-]+\s?){1,2}$"
                         # … 추진 > 한줄뉴스: the board's section after a chevron, as the browser's title prints it
                         r"|\s+[>›»]\s*[가-힣A-Za-z]{2,10}\s*$"
                         # … 노로바이러스 작성부서: the name of the board's next field, its value lost
                         r"|\s+(?:작성\s*(?:부서|자|일)|담당\s*부서|등록\s*일|게시\s*일|조회\s*수)\s*[:：]?\s*$"
                         # … 개회 홍보팀 2026-03-03 127: a board's row (writer, date, views) run into the title; … 03-05 14:20
                         r"|(?<=[가-힣A-Za-z.!?”’)\"'])\s+(?:[가-힣]{2,10}\s+)?(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}\.?"
                         r"(?:\s+(?:조회수?\s*)?[\d,]{1,7})?\s*$|(?<=[가-힣A-Za-z.!?”’)\"'])\s+\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}\s*$")


_KO_WORD = fastre.compile(r"[가-힣a-z0-9]{2,}")
_EN_WORD = fastre.compile(r"[a-z][a-z'’]+|\d[\d,.]*")  # night-flying: night, flying


KEYED = 240  # a line's opening says what it is about; past it, keys cost time and add little
_WORD_KEYS = {"ko": {}, "en": {}}  # per language, word -> its keys: words recur across lines and releases
_WORD_KEYS_LIMIT = 50_000


def keys(text, lex):
    """What overlap is measured on: Korean character bigrams, English content words."""
    cache = _WORD_KEYS[lex.lang if lex.lang == "ko" else "en"]
    if len(cache) > _WORD_KEYS_LIMIT:
        cache.clear()
    korean = lex.lang == "ko"
    words = (_KO_WORD if korean else _EN_WORD).findall(text.lower())
    for word in set(words).difference(cache):  # most words were seen before: only the new ones in Python
        if korean:
            cache[word] = [word[i:i + 2] for i in range(len(word) - 1)]
        else:
            cache[word] = (_stem(word),) if len(word) > 2 and word not in lex.stopwords else ()
    # each word's keys, as a sequence (bigrams; a stem or nothing), chained into one set at C speed
    return set(chain.from_iterable(map(cache.__getitem__, words)))


def _stem(word):
    """announces / announced / announce -> announc, pollination / pollinate -> pollinat: enough to match a
    headline's words in the body."""
    for suffix in ("ions", "ion", "ings", "ing", "ers", "er", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def clean_headline(text, lex):
    """(headline, removed prefix, removed suffix): 'PRESS RELEASE : X [October 2023]' -> 'X'."""
    prefix = suffix = ""
    bold = _MARKDOWN_BOLD.fullmatch(text)
    if bold:  # **REPORT FROM THE CABINET …**: a title set bold in Markdown, the marks are not its words
        prefix, suffix, text = bold.group(1), bold.group(1), bold.group(2)
    for _ in range(2):  # a field, then a release type: Subject: PRESS RELEASE: …
        m = _PREFIX.match(text)
        if not m or len(text) - m.end() < 8:
            break
        prefix, text = f"{prefix} {m.group().strip()}".strip(), text[m.end():]
    for _ in range(2):  # a table's empty cells, then a board's row: … 2026-03-03 127 | |||||
        m = _SUFFIX.search(text)
        if not m or m.start() < 8:
            break
        suffix, text = f"{m.group().strip()} {suffix}".strip(), text[:m.start()]
    return collapse(text), prefix, suffix


_MARKDOWN_BOLD = fastre.compile(r"(\*\*|__)(?!\s)(.+?)(?<!\s)\1")


SALUTATION = fastre.compile(r"여러분\s*[!,.]?$")
_GREETING_ALONE = fastre.compile(r"(?i)(?:good\s+(?:morning|afternoon|evening)|thank\s+you(?:\s+(?:very\s+much|all))?|"
                                 r"hello(?:\s+everyone)?|welcome)(?:\s+(?:everyone|all))?\s*[.,!]?")
_LISTING_MORE = fastre.compile(r"\s외\s*\d{1,3}\s*(?:건|개|편)$")
_THREE_HANGUL = fastre.compile(r"[가-힣][^가-힣]*[가-힣][^가-힣]*[가-힣]")
_KO_STATEMENT_END = fastre.compile(r"(?:니다|다)\s*\.\s*$")
_KO_NOUN_THEN_STOP = fastre.compile(r"[가-힣]\s*\.\s*$")
_KO_SENTENCE_THEN_MORE = fastre.compile(r"(?:니다|다)\.\s*[가-힣A-Za-z0-9“\"‘'(]")
# the release answers a report: 보도설명자료, 보도해명자료, 설명자료, 해명자료, or a tag saying so ([해명], (설명))
ANSWER_LABEL = fastre.compile(r"(?:보\s*도\s*)?(?:설\s*명|해\s*명)\s*자\s*료|[\[(【]\s*(?:설\s*명|해\s*명|반\s*론)\s*[\])】]")
_SYMBOLS_ONLY = fastre.compile(r"[\W\d_]+")
# a council's or the National Assembly's member named as the letterhead: 성남시의회 의원 박서연, 국회의원 윤 재 혁
_MEMBER_LETTERHEAD = fastre.compile(r"(?:[가-힣]{2,12}의회\s*)?(?:국회)?의원\s+[가-힣](?:\s?[가-힣]){1,3}")
# a line wholly inside one pair of round brackets: an aside (a constituency, a photo's note), never a title
_ASIDE = fastre.compile(r"[(（][^()（）]*[)）]")
_WEB_ADDRESS = fastre.compile(r"^(?:https?://|www\.)")


# a US or Canadian address's last line: the town, the state or province, the ZIP or postal code
_POSTAL_LINE = fastre.compile(r"[A-Z][\w .'’-]{1,40},?\s+(?:[A-Z]{2}|[A-Z][a-z]{2,12}\.?)\s+"
                              r"(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)$")


def _shape_ok(line, lex, answer=False):
    """Title-shaped. `answer`: the release answers a report (보도설명자료, 해명자료), whose title is often one
    sentence (…하고 있습니다.)."""
    text = line.content
    if lex.lang == "ko":
        if not 5 <= len(text) <= 120 or not _THREE_HANGUL.search(text) or " " not in text.strip():
            return False  # one word (뉴스링크와이어, 청람도교육청) names a site or an office; a title says something
        if _KO_STATEMENT_END.search(text) and not (answer and len(text) <= 100) or text.endswith((":", "：")):
            return False
        if _KO_NOUN_THEN_STOP.search(text) and not _KO_STATEMENT_END.search(text):
            return False  # 시청사 전경.: a noun and a full stop name what a photo shows; a title ends on neither
        if _KO_SENTENCE_THEN_MORE.search(text):
            return False  # … 게시하고 있습니다.가온위원회 …: two sentences, the page's words about itself; a title is one
    else:
        words = word_count(text)
        if not 2 <= words <= _LONGEST_TITLE_WORDS or len(text) > 220:
            return False
        if text.endswith((":", ",", ";")) or text.endswith((".", "!", "?")) and words >= 14:
            return False
        if _PROVENANCE_FIELD.match(text):
            return False  # Source: Canada Lands Company, Filed under: News: where the post came from or is kept
        if " | " in text:
            head, _, section = text.rpartition(" | ")
            if word_count(head) <= 3 and "".join(section.lower().split()) in lex.chrome_exact:
                return False  # Jane Doe | In the News, Riverside | Newsroom: a page of a site's section, its <title>
    if lex.lang == "ko" and SALUTATION.search(text):
        return False  # 존경하는 농업인 여러분!: a speech turning to its audience, its first words, not its title
    if lex.lang == "en" and _GREETING_ALONE.fullmatch(text):
        return False  # Good morning., Thank you very much.: a speech's first or last words, never its title
    if lex.lang == "ko" and _LISTING_MORE.search(text):
        return False  # … 만들겠다 외 1건: a listing's entry for several documents, not one release's title
    if issuer_only(text, lex):
        return False  # 충청남도소방본부, OFFICE OF THE MAYOR: the letterhead; it recurs below, but says nothing
    if " | " in text and issuer_only(text.split(" | ", 1)[0], lex):
        return False  # Cork County Council | Comhairle Contae Chorcaí: the issuer's name in two languages
    if line.date_only or _SYMBOLS_ONLY.fullmatch(text):
        return False
    if _ASIDE.fullmatch(text):
        return False  # (한빛도 가온시을 / 국토교통위원회): the member's seat under the letterhead
    if lex.lang == "ko" and "의원" in text and _MEMBER_LETTERHEAD.fullmatch(text):
        return False  # 성남시의회 의원 박서연, 국회의원 윤 재 혁: the member whose release it is
    if matches(lex.date_cues, line.label) and find_date(text)[0]:
        return False  # Date: 2025년 11월 3일 (월) 오전 9:12: a mail's or a board's date field
    if len(text) <= _SHORT_DATED:
        date, span = find_date(text)
        if date and 2 * (span[1] - span[0]) >= len(text) and len((text[:span[0]] + text[span[1]:]).split()) <= 1:
            return False  # 최종편집 2025-06-23(월), Updated: 5 May 2025: a date and its one word of label, no title
    if _SITE_NAME.search(text):
        return False  # 'Harlow Bend, MO - Official Website': the page's own name (its browser title)
    if ("│" in text or "|" in text) and _CELLS.fullmatch(text):
        return False  # 더나은미래당 │ 국토교통위원회 │ 가온시 을: a letterhead's row of short cells, no title
    if (" · " in text or " • " in text) and _DOTTED_TAGS.fullmatch(text):
        return False  # IT · 소프트웨어 · 인공지능: a site's category tags over the title
    if len(text) <= 60 and dated_issuer(text, lex):
        return False  # 2025.06.10 환경생태부: when and by whom, a portal's line over the title
    if len(text) <= 60 and place_then_date(text, lex) is not None:
        return False  # Nairobi, 18 March 2025: where and when, however fully the first paragraph repeats it
    if len(text) <= 100 and _opens_on_a_date(text, separated=True) and place_with_date(text, lex) is not None:
        # March 3, 2026 - Ottawa, Ontario - Parks Agency: when, where and who, a release's date row (a date run into
        # words with no mark between - March 16, 2021 City of Hays Press Briefing - is the title's own)
        return False
    if is_fact_field(line, lex):
        return False  # Location: 2200 block of …, 일시: …: one of an event's facts, however well it matches below
    if "@" in text or _WEB_ADDRESS.match(text):
        return False
    if _POSTAL_LINE.match(text):
        return False  # Chapel Hill, NC 27599-6210: an address's last line in a letterhead, whatever recurs below
    if _phone_line(text):
        return False  # Emergency: 911 Non-Emergency: 555-0100, 대표전화 02-…: a page's phone bar
    return True


# an official's name with the office held, and nothing else: 'Sheriff Thomas A. Dunmore', 'MARGARET
# ELLISON-HOYT, DISTRICT ATTORNEY'
_OFFICIAL_NAME = fastre.compile(
    r"(?i:" + OFFICE_HELD + r")\s+(?:[A-Z][\w'’-]*\.?\s+){1,3}[A-Z][\w'’-]+\.?$"
    r"|(?:[A-Z][\w'’-]*\.?\s+){1,3}[A-Z][\w'’-]+\s*,\s*(?i:" + OFFICE_HELD + r")$")


_OFFICE_BEFORE_NAME = fastre.compile(r"(?i:(?:u\.s\.\s+|state\s+)?" + OFFICE_HELD + r")\s+")


# where a post came from or is kept, as a field: Source: …, Filed under: …, Tags: …
_PROVENANCE_FIELD = fastre.compile(r"(?i)(?:source|sources|via|filed under|posted in|categor(?:y|ies)|tags?)\s*[:：]\s*\S")


def _official_named_below(text, found, named_in):
    """'U.S. Senator Margaret Ellison' over a text naming 'Margaret Ellison': the letterhead's official. A
    headline of the same shape says something the text words otherwise ('Governor Signs Budget' over
    '… signed the state budget')."""
    office = _OFFICE_BEFORE_NAME.match(text)
    if office is None:
        return False
    name = text[office.end():]
    words = name.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and named_in(name, found)


def _chat_reply(d, i):
    """A messenger's one-line message ([sender] [time] above it, the next message or the export's end under
    it): a reply in the chat, never the title of the release pasted into it."""
    def head(k):
        return 0 <= k < len(d.lines) and d.lines[k].text[:1] == "[" and CHAT_HEAD.fullmatch(d.lines[k].text) is not None
    return head(i - 1) and (i + 1 >= len(d.lines) or head(i + 1) or d.lines[i + 1].text.startswith("-----"))


def _letterhead_official(d, i):
    """'Sheriff Thomas A. Dunmore' between the office's name and NEWS RELEASE: the letterhead's official
    (a headline of the same shape, 'Governor Signs Budget', stands elsewhere)."""
    if d.lex.lang != "en" or not _OFFICIAL_NAME.match(d.lines[i].content):
        return False
    above = d.lines[i - 1].content if i else ""
    return bool(above) and issuer_only(above, d.lex) or i + 1 < len(d.lines) and matches(d.lex.release_labels, d.lines[i + 1].label)


_PERSON_NAME = fastre.compile(r"(?:(?:the\s+)?(?:hon(?:ou?rable)?\.?|rt\.?\s+hon\.?|dr\.?)\s+)?"
                              r"(?:[A-Z][\w'’-]+\.?\s+){1,3}[A-Z][\w'’-]+(?:\s+(?:MP|MLA|MPP|MHA|TD|AM|MSP))?", re.I)


def office_under_holder(d, i):
    """'Chuck Grassley' / 'United States Senator from Iowa', 'The Hon. Ann Lee MP' / 'Minister for Roads': the
    office under its holder's name, the letterhead of a member's or a minister's page ('Minister for Roads Opens
    Bridge' alone says something)."""
    if d.lex.lang != "en" or i == 0:
        return False
    text, above = d.lines[i].content, d.lines[i - 1].content
    if not official_credit(text):
        # Regina Doe / Public Relations Officer at the Embassy in Moscow: a post where its holder works, under a
        # name written as one (every word capitalised) - a writer's credit, under the title (not the page's first line)
        post_at = _POST_AT.match(text)
        return i >= 2 and post_at is not None and is_post(post_at.group(1), d.lex) \
            and _CAPITALISED_NAME.fullmatch(above) is not None
    return len(above) <= 60 and _PERSON_NAME.fullmatch(above) is not None and not is_sentence_like(above, d.lex)


_CAPITALISED_NAME = fastre.compile(r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,3}")
_POST_AT = fastre.compile(r"(\S.{2,60}?)\s+(?:at|of|in|with)\s+(?:the\s+)?[A-Z]")


def _sentence_over_its_date(d, i):
    """'Dear residents, this is a polite reminder to … collection.' over 'Published on Tuesday, 5th March 2019' over
    the text: a page's title may be a whole sentence, and the date the page prints under it says it is the title."""
    line = d.lines[i]
    # (a Korean one as short as titles are: 한국농어촌공사 창녕지사 지역주민의 든든한 동반자가 되겠습니다. / 기사입력 : …)
    short = word_count(line.content) <= 30 if d.lex.lang == "en" else len(line.content) <= _SHORTEST_KO_LEAD
    return not line.marker and i + 2 < len(d.lines) and short \
        and d.roles[i + 1] == "dateline" and d.roles[i + 2] is None and d.prose[i + 2] \
        and not any(d.prose[k] and d.roles[k] is None for k in range(i))


_SHORTEST_KO_LEAD = 60  # a Korean lead sentence runs longer than this; a title in one sentence does not


def _long_title_printed_again(d, i):
    """An English title longer than titles usually run (… unveils the grand statue of …, inaugurates the newly
    constructed ICU, and lays the foundation stone for …: 35 words), printed again word for word further down, as a
    government's news page prints its release's title over the release: the second printing says it is a title."""
    text = d.lines[i].content
    return d.lex.lang == "en" and not d.lines[i].marker and _LONGEST_TITLE_WORDS < word_count(text) <= _LONGEST_PRINTED_TWICE \
        and text[-1:] not in ".!?:" and printed_again_word_for_word(d, i)


def _printed_around_release_label(d, i, printings):
    """'Portland’s 2023 Drinking Water Quality Report is ready for your review. Here’s why you should care:' over
    the release's label (For Immediate Release | May 31, 2023) and again under it: a page's listing prints the
    release's title over the release, and the release prints it again - a title, whatever its shape (a date the
    listing set after it aside). `printings()`: each unmarked line's words -> where they stand."""
    text = _LISTED_DATE_AFTER.sub("", d.lines[i].content)
    if d.lines[i].marker or not _SHORTEST_PRINTED_TWICE <= len(text) <= _LONGEST_SENTENCE_TITLE \
            or text.endswith("."):
        return False  # (a page printing its whole text twice around its date: the first paragraph, no title)
    for k in printings().get(_word_chars(text), ()):
        if k != i:
            low, high = min(i, k), max(i, k)
            return any(d.reasons[j] == RELEASE_LABEL or d.roles[j] == "dateline" for j in range(low + 1, high))
    return False


def _printings(d):
    """Each unmarked line's letters and digits (a listing's date after a dash set aside) -> the lines so printed:
    the listing's copy may have straight quotes where the release's are curly."""
    found = {}
    for k, line in enumerate(d.lines):
        if not line.marker and len(line.content) >= _SHORTEST_PRINTED_TWICE:
            found.setdefault(_word_chars(_LISTED_DATE_AFTER.sub("", line.content)), []).append(k)
    return found


_LISTED_DATE_AFTER = fastre.compile(r"\s+[-–—|]\s+\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")
_SHORTEST_PRINTED_TWICE = 20
_LONGEST_SENTENCE_TITLE = 200


def printed_again_word_for_word(d, i):
    """Line i's words stand again, the same, as a whole line further down."""
    text = d.lines[i].content
    return any(d.lines[k].content == text for k in range(i + 1, len(d.lines)))


_LONGEST_TITLE_WORDS = 30
_LONGEST_PRINTED_TWICE = 45


def _over_ruled_label(d, i):
    """The office's name over a ruled line and the release's label (Office of the Governor … / ____ / FOR IMMEDIATE
    RELEASE): the letterhead, which the rule sets off from the release it heads."""
    return i + 2 < len(d.lines) and d.reasons[i + 1] == "rule line" and d.reasons[i + 2] == RELEASE_LABEL


def _between_letterheads(d, i):
    """'United States Coast Guard' between 'U.S. Department of Homeland Security' and 'Seventh Coast Guard
    District', no blank line among them: one stack of the issuer's names, the letterhead."""
    lines = d.lines
    return 0 < i < len(lines) - 1 and not lines[i].blank_before and not lines[i + 1].blank_before \
        and issuer_only(lines[i - 1].content, d.lex) and issuer_only(lines[i + 1].content, d.lex)


def _in_release_header(d, i):
    """보 도 자 료 / 안전한 행복 부산, 해운대소방서가 함께합니다 / 배포일시: …: a line in the polite register between
    the release's label and its date lines is the letterhead's slogan (a title there is written plain)."""
    return 0 < i < len(d.lines) - 1 and d.lex.lang == "ko" and _POLITE_SLOGAN.search(d.lines[i].content) is not None \
        and opens_a_release(d, i - 1) and (d.roles[i + 1] in ("dateline", "embargo") or is_release_meta(d.lines[i + 1], d.lex))


# 함께합니다, 열어갑니다 (an advisory's title may end 주의하세요: that ending is left to the evidence)
_POLITE_SLOGAN = fastre.compile(r"니다\s*[!~]?$")


_SITE_NAME = fastre.compile(r"(?i)(?:^|[-|–—:·]\s*)(?:the\s+)?official\s+(?:web\s*)?(?:site|page|portal)$|"
                            r"^(?:the\s+)?official\s+(?:web\s*)?site\s+of\b|공식\s*(?:홈페이지|누리집|웹사이트|블로그)$|"
                            # Republic of X - Government portal, Archived news releases from X, 가온공사 뉴스, 가온구청 블로그:
                            # the site's or the listing's own name over the release
                            r"[-|–—:]\s*(?:government|web|news|citizens?)\s+portal$|"
                            r"^(?:archived\s+)?(?:news|press|media)\s+releases\s+(?:from|of|by)\s|"
                            r"^(?:news|press|media)(?:\s+releases?)?\s+archives?$|"
                            r"^\S+(?:\s\S+)?\s(?:티스토리\s)?(?:뉴스|블로그|뉴스룸)$")
_CELLS = fastre.compile(r"[^│|]{1,20}(?:[│|][^│|]{1,20}){2,}")
_DOTTED_TAGS = fastre.compile(r"[^\s·•]{1,12}(?:\s[·•]\s[^\s·•]{1,12}){2,}")  # one word each: 서울 · 부산 · 대구 폭염 is a title


def _opens_on_a_date(text, separated=False):
    """The text opens on a date (`separated`: and a mark - a dash, a comma, a bar - or nothing follows it)."""
    span = find_date(text)[1]
    return span is not None and span[0] == 0 and (not separated or _MARK_AFTER_DATE.match(text, span[1]) is not None)


_MARK_AFTER_DATE = fastre.compile(r"\s*(?:$|[-–—,|:/·•(])")


def _phone_line(text):
    """Phone numbers and little else: a few label words around them."""
    rest, phones = blank_phones(text)
    return bool(phones) and word_count(rest) <= 4


_SECTION_NAME = fastre.compile(r"(?:[A-Z][\w'’.-]*|and|&|of|the)(?:\s+(?:[A-Z][\w'’.-]*|and|&|of|the)){0,3}")


def _page_title_tail(text, lex):
    """' | News and Media | Government of Saskatchewan' after a title: the issuer's name, and the site's sections
    before it, each between bars (a page's <title> copied with the page); '' when the title has no such tail."""
    if " | " not in text:
        # … 조사 착수” - 공정거래위원회: the issuer alone after a dash, as a page's <title> ends
        dash = _DASH_BEFORE_LAST.search(text)
        if dash and issuer_only(text[dash.end():], lex) and word_count(text[:dash.start()]) >= 3:
            return text[dash.start():]
        return ""
    parts = text.split(" | ")
    if len(parts) < 2 or not issuer_only(parts[-1], lex):
        return ""
    keep = len(parts) - 1
    while keep > 1 and _SECTION_NAME.fullmatch(parts[keep - 1]):
        keep -= 1
    if word_count(" | ".join(parts[:keep])) < 3:
        return ""  # Office of the Mayor | City of Springfield: no title before the names
    return " | " + " | ".join(parts[keep:])


_DASH_BEFORE_LAST = fastre.compile(r"\s[-–—]\s(?!.*\s[-–—]\s)")


def issuer_only(text, lex):
    """The line names the issuer and says nothing else (충청남도소방본부, OFFICE OF THE GOVERNOR)."""
    if lex.lang == "ko":
        text = _LOGO_LETTERS.sub("", text)  # KICT 한국건설기술연구원: the logo's initials beside the name
        text = _KO_LABEL_AFTER.sub("", text)  # 제주특별자치도 보도자료: the issuer and what it sends
        return len(text) <= 30 and word_count(text) <= 2 and lex.issuer_name.search(text) is not None
    if _SAYS_SOMETHING.search(text):
        return False  # Riverton Opens Its First Solar-Powered Library, Council approves budget for Sheriff's Office
    name, comma, address = text.partition(",")
    if comma and word_count(text) <= 24 and _ADDRESS_WORD.search(address) and issuer_only(name, lex) \
            and not _SAYS_SOMETHING.search(address.title()):
        return True  # MINISTRY OF INFORMATION HEADQUARTERS, OPPOSITE CULTURAL CENTRE COMPLEX, CALABAR: and its address
    if "," in text and word_count(text) <= 10:
        # U.S. Attorney's Office, District of Nebraska: the office, then where it sits - each part a body's name
        parts = [part.strip() for part in text.split(",")]
        if all(part and word_count(part) <= 8 and lex.issuer_name.search(part) for part in parts):
            return True
    if _body_before(_SEAT_AFTER, text, lex) or _body_before(_LEGAL_FORM, text, lex):
        # South African Police Service (Pretoria): where the body sits, in brackets; … Association of Western
        # Australia Incorporated: its legal form
        return True
    body_of = _BODY_OF_PLACE.fullmatch(text)
    if body_of is not None and issuer_only(body_of.group(1), lex):
        return True  # SES Volunteers Association of Western Australia: a body, then the place it belongs to
    if _ABOUT_A_BODY.search(text) is not None:
        return False  # New Administration for Fife Council: a title about the body its preposition names
    if _body_before(_IN_A_PLACE, text, lex):
        return True  # Royal Canadian Mounted Police in Manitoba, U.S. Embassy in Seoul: the body, and where it sits
    return word_count(text) <= 8 and lex.issuer_name.search(text) is not None \
        or text.isupper() and word_count(text) <= 5 and _CAPS_ISSUER.match(text) is not None


# the words of a street address (a letterhead's second half)
_ADDRESS_WORD = fastre.compile(r"(?i)\b(?:street|st\.|road|rd\.|avenue|ave\.|boulevard|blvd|lane|drive|complex|building|"
                               r"block|floor|opposite|p\.?\s?o\.?\s+box|private bag|plaza|square|house)\b")


# a body's name joins its capitalised words with of, and, the, for … alone (by and from name who issues it: … Releases
# - by Municipal Wire Service); a pronoun or an auxiliary (its, an, will) or a word in lower case (approves) says
# something about the body - a title, not its letterhead
_SAYS_SOMETHING = fastre.compile(r"(?i:\b(?:an|its|their|his|her|our|will|is|are|was|has|have|after|over)\b|(?<!welcome )\bto\b(?!\s+the\b))"
                                 r"|(?<![\w'’.-])(?!(?:of|and|the|for|to|by|from|de|la|du|des|von|van|on|in|at|y|et)\b)[a-z][a-z'’-]+\b"
                                 # a title's verb after its subject (City Opens New Library: no library's name)
                                 r"|(?<=\w )(?:Opens|Reopens|Closes|Announces|Launches|Unveils|Approves|Adopts|Celebrates|"
                                 r"Welcomes|Hosts|Seeks|Urges|Warns|Receives|Wins|Begins|Starts|Completes|Expands|Extends|"
                                 r"Honors|Honours|Recognizes|Recognises|Signs|Invites|Reminds|Selects|Appoints|Marks|Breaks)\b"
                                 # what kind of words follow, said of the body: Statement of the Supreme Committee
                                 r"|^(?i:(?:joint\s+)?statement|speech|remarks|address|message|communiqu[eé]|declaration|"
                                 r"report|minutes|decisions?|resolution)\s+(?i:of|by|from)\b")


def _body_before(after, text, lex):
    """The line is a body's name and, closing it, what the pattern `after` finds (its seat, its legal form)."""
    found = after.search(text)
    return found is not None and found.start() > 0 and issuer_only(text[:found.start()], lex)


_LEGAL_FORM = fastre.compile(r",?\s+(?:Incorporated|Inc\.?|Ltd\.?|Limited|LLC|PLC|CIC)$")
_BODY_OF_PLACE = fastre.compile(r"(.{4,60}?)\s+of\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*")
_SEAT_AFTER = fastre.compile(r"\s*\((?:[A-Z][\w.'’-]*\s?){1,3}\)$")
# where a body sits, after its name: … in Manitoba, … in New South Wales
_IN_A_PLACE = fastre.compile(r"\s+in\s+(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*$")
# a preposition, then the body's name closing the line: … for Fife Council, … to the Harbour Board (of joins a name:
# Department of Health; by and from name the issuer: Releases - by Municipal Wire Service), after two words at
# least (Welcome to Kenya Wildlife Service is a greeting); the body's own noun may be written small (… at Blue Hill
# library), its name may not
_ABOUT_A_BODY = fastre.compile(r"^\S+\s+\S+.*?(?i:\s(?:for|to|in|on|at|with|after|over|against)\s+(?:the\s+)?)"
                               r"(?:[A-Z][\w.&'’-]*\s+){1,4}[A-Za-z][a-z]+$")


_KO_LABEL_AFTER = fastre.compile(r"(?<=[가-힣])\s+(?:보도\s*(?:참고|해명|설명)?\s*자료|설명\s*자료)$")
_LOGO_LETTERS = fastre.compile(r"^[A-Z][A-Za-z&-]{1,9}(?:\s[A-Z][A-Z&-]{1,9})?\s+(?=[가-힣])"
                               r"|(?<=[가-힣])\s+[A-Z][A-Za-z&-]{1,9}(?:\s[A-Z][A-Z&-]{1,9})?$")  # KICT, HRD KOREA
# a letterhead in capitals naming a body 'of' a place: PORT OF SALTMARSH BAY, UNIVERSITY OF WEXLEY
_CAPS_ISSUER = fastre.compile(r"^(?:THE\s+)?(?:PORT|UNIVERSITY|COLLEGE|AUTHORITY|COUNCIL|DISTRICT|BOARD|MUNICIPALITY)\s+OF\s+\S")


# the hour and zone a feed prints after the date: 10:30, 10:30:00 +0900, 09:00 KST
_CLOCK = fastre.compile(r"(?i)\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[AP]\.?M\.?|[+-]\d{4}|GMT|UTC|KST))?")


def dated_issuer(text, lex):
    """A date (and the hour) and, besides it, nothing but the issuer's name: 다온도청 · 2026-04-08 10:30."""
    date, span = find_date(text)
    if not date:
        return False
    rest = collapse(text[:span[0]] + " " + text[span[1]:])
    if ":" in rest:
        rest = collapse(_CLOCK.sub(" ", rest))
    bracketed = text[:1] in "<〈(［[" and text.rstrip()[-1:] in ">〉)］]"  # <2016. 3. 10(목), 한국문화정보원>
    rest = rest.strip(" |·,-" + ("<>〈〉()［］[]" if bracketed else ""))
    return not rest or word_count(rest) <= 2 and lex.issuer_name.search(rest) is not None


_PLACE_SEPARATORS = " ,|–—-:"
_TIME_ONLY = fastre.compile(r"(?:오전|오후|[AaPp]\.?[Mm]\.?)?\s*\d{1,2}\s*[:시]\s*\d{0,2}\s*(?:분|[AaPp]\.?[Mm]\.?)?")


def place_with_date(text, lex):
    """'Brussels, 4 March 2026', 'March 4, 2026 – Ottawa, Ontario – Natural Resources Canada': the place
    (the first part beside the date), when a date and a short name are all the line holds; else None."""
    if len(text) > 100:
        return None
    date, span = find_date(text)
    if not date:
        return None
    parts = [p.strip(_PLACE_SEPARATORS) for p in fastre.split(r"\s[–—·・•-]\s|\s*\|\s*", text[:span[0]] + " – " + text[span[1]:])]
    parts = [p for p in parts if p and not is_date_only(p) and not _TIME_ONLY.fullmatch(p)]
    if not parts or len(parts) > 2 or any(word_count(p) > 6 or _stops_as_sentence(p) or fastre.search(r"\d{3,}", p)
                                          for p in parts):
        return None
    words = " ".join(parts).replace(",", " ").split()
    if lex.lang == "en" and not all(w[0].isupper() or w in ("of", "and", "the", "de", "du") for w in words):
        return None
    if lex.lang != "en" and not all(fastre.fullmatch(r"[가-힣A-Za-z.]+", w) for w in words) or len(words) > 6:
        return None
    return parts[0]


def _stops_as_sentence(part):
    """A sentence's full stop is no place's; an abbreviation's is (Washington, D.C.; Salem, Ore.)."""
    if part.endswith(("!", "?")):
        return True
    last = part.rsplit(None, 1)[-1] if part.strip() else ""
    return part.endswith(".") and not (len(last) <= 6 and last[:1].isupper())


def place_then_date(text, lex):
    """'Nairobi, 18 March 2025': a place, a comma and the date, nothing after (a title's own colon, 'Weekly
    Update: March 29, 2024', is no place); the place, else None."""
    place = place_with_date(text, lex)
    if place is None or not text.startswith(place) or not text[len(place):].lstrip().startswith(","):
        return None
    return place


def _format_bonus(line):
    b = line.block
    bonus = 0.0
    style = (b.style or "").lower()
    if style in ("title",) or "title" in style or "제목" in style:
        bonus += 0.8
    elif style.startswith("heading") or b.outline_level == 0:
        bonus += 0.4
    if b.bold:
        bonus += 0.25
    if b.size and b.size >= 14:
        bonus += 0.25 + min(0.25, (b.size - 14) / 16)
    if b.align == "center":
        bonus += 0.1
    return bonus


_ADVISORY_FACT = fastre.compile(r"(?i)(?:who|what|when|where|why)\s*[:：]")


class _Following:
    """For every line, the running text below it and how many unclaimed lines stand between: one pass,
    so a page of thousands of short lines costs no more than it has lines."""

    def __init__(self, d, limit, budget=900, exclude=()):
        self.budget = budget
        self.lines = d.lines
        n = limit
        # running text, or list items long enough to say something (개조식 items: □ 시는 … 계획이 없음), and any
        # line an editor pinned as body
        item = 25 if d.lex.lang == "ko" else 40
        # (an advisory's five facts - WHAT: Street Closure, WHERE: Brook Road - are its text too, however short; an
        # incident's fields - Date:, Location: - are the form around it)
        self.is_text = [d.roles[k] is None and (d.prose[k] or bool(d.lines[k].marker)
                                                and len(d.lines[k].content) > item
                                                or _ADVISORY_FACT.match(d.lines[k].content) is not None
                                                and is_fact_field(d.lines[k], d.lex)) and k not in exclude
                        or d.pins.get(k) == "body" for k in range(n)]
        loose = [d.roles[k] is None and not self.is_text[k] for k in range(n)]
        self.loose_before = [0] * (n + 1)      # unclaimed non-text lines before index k
        for k in range(n):
            self.loose_before[k + 1] = self.loose_before[k] + loose[k]
        self.next_text = [None] * (n + 1)      # the first text line after index k
        following = None
        for k in range(n - 1, -1, -1):
            self.next_text[k] = following
            if self.is_text[k]:
                following = k

    def __call__(self, i):
        """(text line indices after line i, up to the budget; unclaimed lines before the first of them)."""
        first = self.next_text[i]
        if first is None:
            return [], 0
        found, size, k = [], 0, first
        while k is not None:
            found.append(k)
            size += len(self.lines[k].content)
            if size > self.budget:
                break
            k = self.next_text[k]
        return found, self.loose_before[first] - self.loose_before[i + 1]


def _title_match(text, title):
    a, b = fastre.sub(r"\W+", "", text).lower(), fastre.sub(r"\W+", "", title).lower()
    return len(a) >= 6 and a in b


def first_title_before_text(d, limit):
    """No running text to compare with (a copy cut short): the first title-shaped line with text after it."""
    for i in range(limit):
        if d.roles[i] is None and _shape_ok(d.lines[i], d.lex) and not d.lines[i].marker \
                and any(d.roles[k] is None for k in range(i + 1, limit)):
            return i
    return None


class Candidate(NamedTuple):
    """A line that could be the headline, and the evidence for it."""
    index: int
    overlap: float   # share of its words (English) or character pairs (Korean) found in the text below
    weight: float    # how far the overlap counts: a two-word line matches anything
    gap: int         # unclaimed non-text lines between it and the text below
    bonus: float     # formatting, the page <title>; minus for prose and bullets

    @property
    def score(self):
        return 2.0 * self.overlap * self.weight - 0.12 * self.gap + self.bonus


_STRONG = 1.5        # a candidate this good ends the search once a page of running text follows it
_FAR_BELOW = 2500    # characters of running text (or list items long enough to say something)


def headline_candidates(d, limit, line_keys=None, exclude=()):
    """Every title-shaped unclaimed line above `limit` that has running text below it, with its evidence
    (`line_keys`: each line's keys, when already made; `exclude`: lines that are not the article's text
    whatever they read like - the page's tail cues: a wire's distribution notice names the wire)."""
    lex = d.lex
    # <title> / og:title of a saved page, when a reader found one: evidence, not an answer
    meta_titles = [l.content for l in d.lines if l.block.container == "meta"]
    candidates = []
    following = _Following(d, limit, exclude=exclude)
    below_keys = {}  # first text line below -> the keys of the text from there: shared by the lines above it
    made = {}        # text line -> its keys; the stretches below neighbouring candidates overlap

    def keys_of(k):
        if line_keys is not None:
            return line_keys[k]
        found = made.get(k)
        if found is None:
            found = made[k] = keys(d.lines[k].content, lex)
        return found

    def own_text(k):
        """A text line without the wire's credit that may open it ((서울=연합뉴스) …, 한가람시--(…)--): the
        wire's name is not what the article is about, and a site's name over the title would match it."""
        text = d.lines[k].content
        wire = split_wire_prefix(text, lex) if k in first_texts else None
        return wire.rest if wire else text

    if lex.lang == "ko":
        # a Korean key (two word characters) is among a line's keys exactly when it occurs in the lowercased
        # line: test the candidate's few keys on the text instead of collecting every bigram below
        def keys_below(found):
            return "\n".join(own_text(k).lower() for k in found)
    else:
        def keys_below(found):
            return set().union(*(keys(own_text(k), lex) if k in first_texts else keys_of(k) for k in found))

    first_texts = [k for k in range(limit) if following.is_text[k]][:3]  # where a wire's credit opens the lead
    texts_below = {}  # first text line below -> the text from there, lowercased

    def named_in(text, found):
        """The whole line occurs in the text below as it stands: a name (the issuer's, a place's, a
        programme's) the text uses, where a title's words recur scattered and reworded."""
        below = texts_below.get(found[0])
        if below is None:
            below = texts_below[found[0]] = "\n".join(d.lines[k].content.lower() for k in found)
        text = text.lower()
        # a line below that is the same words whole (▲ the title again as a photo's caption) is a reprint, not
        # the text using a name
        return below.count(text) > sum(d.lines[k].content.lower() == text for k in found)

    running_heads = {d.lines[k].text for k in range(len(d.lines)) if d.reasons[k] == RUNNING_HEAD}
    strong = None    # the first line that is surely a title: lines far below it are the body's own
    # (… or the release's file named so among the page's first lines: 241202 (보도설명자료) ….hwp)
    answer = lex.lang == "ko" and (any(ANSWER_LABEL.fullmatch(d.lines[k].label) for k in range(min(limit, 4)))
                                   or any(_ANSWER_FILE.search(d.lines[k].text) for k in range(min(limit, _ANSWER_FILE_WITHIN)))
                                   or any(len(d.lines[k].content) <= _LONGEST_BOARD_NAME
                                          and _ANSWER_BOARD.search(d.lines[k].content) for k in range(min(limit, 6))))
    text_since = 0
    made_printings = None

    def printings():
        nonlocal made_printings
        if made_printings is None:
            made_printings = _printings(d)
        return made_printings

    for i in range(limit):
        if strong is not None and following.is_text[i]:
            text_since += len(d.lines[i].content)
            if text_since > _FAR_BELOW:
                break
        if d.roles[i] is not None:
            if opens_a_release(d, i):
                strong, text_since = None, 0  # NEWS RELEASE under a newsletter's text: a release starts here
            continue
        line = d.lines[i]
        if not (_shape_ok(line, lex, answer and not line.marker) or _sentence_over_its_date(d, i)
                or _long_title_printed_again(d, i) or _printed_around_release_label(d, i, printings)) \
                or _letterhead_official(d, i) or office_under_holder(d, i) or _chat_reply(d, i) \
                or _between_letterheads(d, i) or _in_release_header(d, i) or _over_ruled_label(d, i):
            continue
        if line.marker and line.marker[0] in "□○ㅇ-–*※" and line.block.list_level is not None:
            continue
        if _rest_of_a_broken_sentence(d, i):
            continue  # … chaired a meeting of / Cabinet at State Lodge. …: a title never starts inside a sentence
        if place_over_date(d, i):
            continue  # Bangkok, Thailand / 1st December 2019: where and when it was issued, never the title
        if line.marker and line.marker[0] in "■◆▣" and marker_again_after_text(d, i, limit):
            continue  # ■ one topic of a briefing, ■ the next one after its text: sections, the title is above them
        if line.marker and numbered_section_after_text(d, i, limit):
            continue  # 가. one item of a decision list, 나. the next after its text: the title is above them
        if _listed_with_age(d, i, limit) or teaser_of_a_listing(d, i, limit) \
                or i and teaser_of_a_listing(d, i - 1, limit):
            continue  # a listing's entry: another story's title, or its teaser
        if _ARCHIVE_LABEL.fullmatch(line.content) or _ARCHIVE_HEAD.match(line.content) \
                or i and _ARCHIVE_LABEL.fullmatch(d.lines[i - 1].content) and word_count(line.content) <= _ARCHIVE_NAME_WORDS:
            continue  # Tag Archive / "Queensland Fruit Fly": an archive page's label and what it gathers, no title
        if _value_in_field_list(d, i):
            continue  # Appliances: / 4 fire engines, 1 aerial ladder platform: a field's value, never the title
        if _REACH_FIELD.match(line.content):
            continue  # E-mail: Police Media Relations, Tel: …: how to reach the office, whatever the value reads like
        found, gap = following(i)
        if not found:
            continue
        cleaned = clean_headline(line.content, lex)[0]
        # nothing cleaned off (most lines): the keys relevance made of the line are the same
        own = line_keys[i] if line_keys is not None and cleaned == line.content and len(cleaned) <= KEYED \
            else keys(cleaned, lex)
        below = below_keys.get(found[0])
        if below is None:
            below = below_keys[found[0]] = keys_below(found)
        overlap = sum(key in below for key in own) / len(own) if own else 0.0
        weight = min(1.0, len(own) / (8 if lex.lang == "ko" else 4))
        bonus = _format_bonus(line)
        if any(_title_match(line.content, t) for t in meta_titles):
            bonus += 0.6
        if (is_prose(line, lex) or runs_into_sentence(d, i) or wrapped_english_paragraph(d, i)) \
                and not (answer and _KO_STATEMENT_END.search(line.content)):
            bonus -= 0.5  # running text, or its first line broken at the page width (not an answer's one-line title)
            if lex.lang == "ko" and _KO_FULL_STOP_END.search(line.content):
                bonus -= _KO_FULL_STOP  # …선정해 공개함.: a Korean title hardly ever ends on a full stop (1 in 90)
        elif lex.lang == "en" and line.content.endswith("."):
            bonus -= 0.3  # a short sentence: headlines seldom end with a full stop
        if line.marker and i + 1 < limit and d.lines[i + 1].marker and d.lines[i + 1].marker[0] == line.marker[0]:
            bonus -= 0.4  # ▴ … / ▴ …: the first of a run of bullets is an item among its peers, not the title
        if line.marker:
            # headlines are not bulleted; subtitles and list items are; '- 부제 -', closed by its dashes, is a
            # subtitle by the convention that frames it
            bonus -= 0.6 if line.marker[0] in "□○ㅇ*※" else 0.8 if framed_by_dashes(line) else 0.4
        if _NAME_WORDS[0] <= word_count(line.content) <= _NAME_WORDS[1] and named_in(line.content, found) \
                or _official_named_below(line.content, found, named_in):
            bonus -= _NAMED_BELOW  # Cedar Hollow National Recreation Area: a name the text uses, word for word
        if running_heads and line.text in running_heads:
            bonus -= _RUNNING_HEAD_COPY  # 울산광역시 보도자료 시민과 함께 더 큰 울산, printed again at every page break
        if lex.lang == "en" and _over_its_subtitle(d, i, limit) and not named_in(line.content, found):
            bonus += _TITLE_OVER_SUBTITLE
        if _over_its_date_row(d, i, limit, following) and not (candidates and candidates[-1].index == i - 1) \
                and not _FIELD_LABEL.match(line.content):
            bonus += _TITLE_OVER_DATE  # (a candidate right above it is the title, and this line its subtitle)
        if lex.lang == "en" and PICTURED_DOING.match(line.content):
            bonus -= _CAPTION_SHAPED  # Dutch Ambassador - Robert Zaagman presenting his credentials …: a photo's caption
        candidate = Candidate(i, overlap, weight, gap, bonus)
        candidates.append(candidate)
        if strong is None and candidate.score >= _STRONG:
            strong = i
    if lex.lang == "ko":
        candidates = _quoted_title_over_subtitle(d, candidates)
    candidates = _title_over_dashed_subtitle(d, candidates)
    return _fields_yield(d, candidates)


_SHORT_DATED = 30
# a title over its own date row (Title / March 4th, 2026|News| / text): where a page's article begins. Worth
# about as much as a title-shaped line loses for ending on a full stop; not for the line under a title (its
# subtitle is over the date as much) nor for a field (Station ground: …) printed over the date
_TITLE_OVER_DATE = 0.3
_LONGEST_DATE_ROW = 80
_DATE_ROW_WORDS = 5   # besides the date: a category, the author, a counter
_FIELD_LABEL = fastre.compile(r"[^:：]{1,24}[:：]\s")


def _over_its_date_row(d, i, limit, following):
    """The line right under line i is a date, alone or in a short row (2026-03-04 | 홍보과, March 4th, 2026|News|),
    and running text starts within a few lines under it."""
    nxt = i + 1
    if nxt >= limit or d.roles[nxt] not in (None, "dateline") or len(d.lines[nxt].content) > _LONGEST_DATE_ROW:
        return False
    text = d.lines[nxt].content
    date, span = find_date(text)
    if not date:
        return False
    rest = text[:span[0]] + " " + text[span[1]:]
    if not (is_date_only(text) or word_count(rest) <= _DATE_ROW_WORDS and not is_prose(d.lines[nxt], d.lex)):
        return False
    return any(following.is_text[k] for k in range(nxt + 1, min(limit, nxt + 4)))


# an answer's label in brackets in a file's or a board row's name: 241202 (보도설명자료) …, [해명자료] …
_ANSWER_FILE = fastre.compile(r"[\[(【]\s*(?:보\s*도\s*)?(?:설\s*명|해\s*명)\s*자\s*료\s*[\])】]")
_ANSWER_FILE_WITHIN = 20
# … or by the board it is posted on: 언론보도설명·정정, 보도해명, 사실은 이렇습니다 (a ministry's board of answers)
_ANSWER_BOARD = fastre.compile(r"언론\s*보도\s*(?:설명|해명)|보도\s*(?:설명|해명)\s*[·ㆍ/]\s*정정|사실은\s*이렇습니다")
_LONGEST_BOARD_NAME = 40
_PLACE_PART = fastre.compile(r"(?:[A-Z][\w.'’-]*|of|de|la)(?:\s+(?:[A-Z][\w.'’-]*|of|de|la)){0,3}")


def place_over_date(d, i):
    """Line i is an English place alone, in two to four comma-separated names (PALO, IA, UNITED STATES; Bangkok,
    Thailand), over a line that is only a date: where and when the release was issued."""
    line = d.lines[i]
    if d.lex.lang != "en" or line.marker or len(line.content) > 60 or i + 1 >= len(d.lines) \
            or not d.lines[i + 1].date_only:
        return False
    parts = [part.strip() for part in line.content.split(",")]
    # (Media Release, Public Safety Telecommunicators Week: the release's kind before its title, no place)
    return 2 <= len(parts) <= 4 and all(_PLACE_PART.fullmatch(part) for part in parts) \
        and not any(d.lex.release_labels.match(part) for part in parts)


def _rest_of_a_broken_sentence(d, i):
    """Line i goes on with a sentence of running text that the line above, unclaimed, left open (on 'of', 'the',
    a comma, a particle), with no blank line between (unless the text sets one after most lines): the width broke a
    paragraph there."""
    if not i or d.roles[i - 1] is not None or not d.prose[i - 1] or d.lines[i - 1].marker \
            or d.lines[i].blank_before and not blank_separated(d):
        return False
    return d.lex.dangling_end.search(d.lines[i - 1].content) is not None


_KO_FULL_STOP_END = fastre.compile(r"[가-힣]\.$")
_KO_FULL_STOP = 0.5


# a dash run into the subtitle's first word: -Minister Persaud at bio-safety workshop (a dash and a space is a marker)
_GLUED_DASH = fastre.compile(r"[-–—](?=[^\W\d_])")


def _title_over_dashed_subtitle(d, candidates):
    """Guyana committed to complying with … / -Minister Persaud at bio-safety workshop: a subtitle set under its
    title with a dash run into its first word. The subtitle names what the text is full of (who spoke, where),
    the title what it is about: the subtitle's evidence is the title block's, and the title stands first."""
    for n in range(len(candidates) - 1):
        title, subtitle = candidates[n], candidates[n + 1]
        if subtitle.index == title.index + 1 and title.gap == subtitle.gap + 1 and title.overlap > 0 \
                and _GLUED_DASH.match(d.lines[subtitle.index].text) and not _GLUED_DASH.match(d.lines[title.index].text) \
                and not d.lines[title.index].marker:
            candidates[n] = _with_subtitles_evidence(title, subtitle)
    return candidates


def _with_subtitles_evidence(title, subtitle):
    """The title candidate with its subtitle's evidence (the better of each), and the title's place first."""
    return title._replace(overlap=max(title.overlap, subtitle.overlap), weight=max(title.weight, subtitle.weight),
                          bonus=max(title.bonus, subtitle.bonus) + _TITLE_OVER_SUBTITLE)


# a cry or a question quoted at the end (… 이상 무!”, … 맡겨 주세요!”); a quoted name closing the line (특별전“…
# 2017-2019”) may be the first half of a title the next line finishes
_QUOTE_CLOSES = ("!”", '!"', "!’", "!'", "?”", '?"', "?’", "?'", "!", "?")
# who speaks, then what was said, the quotation closing the line: 靑 "…", 윤 지사 “…” - a whole title, never half of one
_SPEAKER_QUOTED = fastre.compile(r"[^\s\"“”'‘’]{1,8}(?:\s[^\s\"“”'‘’]{1,8})?\s*[\"“'‘][^\"“”]{6,}[\"”'’]")


def _quoted_title_over_subtitle(d, candidates):
    """A Korean news page's title closing on a quotation (장성군 “… 이상 무!”, 충주 홍보...“맡겨 주세요!”, 市 "… 없다"), right
    over a subtitle that spells it out, and then the text: the quotation shares few words with the text, the
    subtitle many. The subtitle's evidence is the title block's, and the title stands first. (A slogan quoted whole
    over the title is its kicker, one headline with it: _quoted_kicker.)"""
    for n in range(len(candidates) - 1):
        title, subtitle = candidates[n], candidates[n + 1]
        line = d.lines[title.index]
        if subtitle.index == title.index + 1 and subtitle.gap == 0 and title.gap == 1 and title.overlap > 0 \
                and (line.content.endswith(_QUOTE_CLOSES) or _SPEAKER_QUOTED.fullmatch(line.content)) \
                and not _quoted_kicker(line) and not line.marker \
                and not d.lines[subtitle.index].marker and not d.lines[subtitle.index].content.endswith(_QUOTE_CLOSES):
            candidates[n] = _with_subtitles_evidence(title, subtitle)
    return candidates


_TITLE_OVER_SUBTITLE = 0.2  # more than a line of gap: the subtitle under a title is no distance from the text


def _over_its_subtitle(d, i, limit):
    """Ontario Expanding Community Paramedicine in Rural and Northern Communities / Province investing $31.6
    million to add 24 new teams …: a Title Case line of four words or more right over a longer line in sentence
    case that ends no sentence. Both read as titles about the text; the capitalised one is the title, the other
    its subtitle."""
    if i + 1 >= limit:
        return False
    text, below = d.lines[i].content, d.lines[i + 1]
    return word_count(text) >= 4 and _title_case(text) and not below.blank_before and not below.marker \
        and below.content[:1].isupper() and not _title_case(below.content) and not below.content.isupper() \
        and word_count(below.content) >= 6 and not fastre.search(r"[.!?:]$", below.content)


def framed_by_dashes(line):
    """'- 외곽 마을 배차간격 40분에서 20분으로 -': a subtitle its dashes close, whole however it ends (으로)."""
    return bool(line.marker) and line.marker[0] in "-–—" and line.text.rstrip(" |").endswith(("-", "–", "—")) \
        and len(line.text) > 4


_NAME_WORDS = (3, 6)   # shorter: a name and a title alike; longer: a title, even when a sentence repeats it
_RUNNING_HEAD_COPY = 0.8  # a copy of the running head: the title printed on every page is rare, a letterhead common
_NAMED_BELOW = 0.5


# how old an entry of a feed or a story list is, printed after its title: '… 2시간 전', '… 어제', '… 5 hours ago'
_AGE = fastre.compile(r"(?i)(?:\d+\s*(?:초|분|시간|일|주|개월)\s*전|어제|그제|방금|"
                      r"\d+\s*(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?)\s+ago|yesterday)$")


ELLIPSES = ("...", "…")  # where a teaser or a title the listing cut short ends


def _listed_with_age(d, i, limit):
    """An entry of a list of titles with their ages ('제목… 2시간 전' over '다른 제목 어제'): a title cut short
    before its age, or one of two aged lines in a row; a title alone may well end in '3일 전'."""
    def aged(k):
        return 0 <= k < limit and _AGE.search(d.lines[k].content) is not None
    if not aged(i):
        return False
    head = d.lines[i].content[:_AGE.search(d.lines[i].content).start()].rstrip()
    return head.endswith(ELLIPSES) or aged(i - 1) or aged(i + 1)


# an archive page's label: Tag Archive, Category Archives:, Posts tagged, 태그 보관함
_ARCHIVE_LABEL = fastre.compile(r"(?i)(?:(?:tag|category|author|monthly|yearly|daily)\s+)?archives?(?:\s+for)?\s*[:：]?"
                                r"|posts?\s+tagged\s*[:：]?|tagged\s*[:：]|(?:태그|카테고리)\s*(?:보관함|아카이브)\s*[:：]?")
_ARCHIVE_NAME_WORDS = 5
_ARCHIVE_HEAD = fastre.compile(r"(?i)(?:(?:tag|category|author)\s+)?archives?(?:\s+for)?\s*[:：]\s*\S")  # … and its name after it


# who is pictured, then what they are doing, in a participle (no verb of its own): a photo's caption
PICTURED_DOING = fastre.compile(r"[A-Z][\w.'’-]*\s+(?:(?:[A-Z][\w.'’-]*|of|the|for|and)\s+){0,7}"
                                r"(?:[-–—]\s+(?:[A-Z][\w.'’-]*\s+){1,5})?"
                                 r"(?:presenting|receiving|shaking|signing|cutting|handing|speaking|addressing|meeting|"
                                 r"greeting|visiting|posing|attending|accepting|delivering|inspecting|touring|laying)\b")
_CAPTION_SHAPED = 0.8


_SHORTEST_TEASER = 40


def teaser_of_a_listing(d, i, limit):
    """'Rwanda and USA sign Status of Forces Agreement' / its first words cut off with an ellipsis ('… existing good
    military...') / the next title: an entry of a list of other stories, its text a teaser - not the article. (A
    name under it - the writer's, 홍길동 - is no next title: a page shared with its text cut short holds one entry.)"""
    if i + 2 >= limit:
        return False
    teaser, after = d.lines[i + 1], d.lines[i + 2]
    # (the entry's title is no paragraph: a paragraph over one cut short is the article's text, cut by the copy)
    return not d.prose[i] and len(teaser.content) >= _SHORTEST_TEASER and teaser.content.rstrip().endswith(ELLIPSES) \
        and not d.prose[i + 2] and not after.marker and 0 < len(after.content) <= 160 and _shape_ok(after, d.lex)


_REACH_FIELD = fastre.compile(r"(?i)^(?:tel(?:ephone)?|phone|fax|e-?mail|mobile|cell|전화|팩스|이메일|휴대폰)\.?\s*[:：]")
_TITLE_FIELD_WORDS = r"제\s*목|subject|title|fwd?|re"  # the fields that name the title itself (a mail's, a board's)
# a field's name alone on its line, ending in a colon (Incident date:, Location:, Stations involved:); its value
# is on the next line. A field naming the title itself (Title:, Subject:, 제목:) is the exception.
_FIELD_NAME_ALONE = fastre.compile(r"[^\W\d_][\w’'/ -]{1,30}[:：]")
_TITLE_FIELD_NAME = fastre.compile(r"(?i)(?:" + _TITLE_FIELD_WORDS + r"|headline)\b")


def _value_in_field_list(d, i):
    """Line i is the value under a field's name in a list of such fields (the name over it, and another name two
    lines above or right below): Incident date: / 11 March / Location: / Ashcombe Road. One name alone over a
    line (Samples: / MAYOR APPOINTS …) may be a page's label over the title."""
    lines = d.lines
    def name(k):
        return 0 <= k < len(lines) and _FIELD_NAME_ALONE.fullmatch(lines[k].content) is not None \
            and not _TITLE_FIELD_NAME.match(lines[k].content)
    return i > 0 and not lines[i].blank_before and name(i - 1) and (name(i - 3) or name(i + 1))


# a mail's or a board's field in front of the title: 제목 : [보도자료] …, Subject: PRESS RELEASE: …, Fwd: …
_TITLE_FIELD = fastre.compile(r"(?i)^(?:" + _TITLE_FIELD_WORDS + r")\s*[:：]\s*\S")  # Fwd:/Re: a mail's subject
_FIELD_YIELDS = 1.2  # the repeated title is the strongest evidence there is: it decides


def _fields_yield(d, candidates):
    """A title given as a mail's or a board's field yields to the release's own title line further down,
    which the field repeats (with the issuer's name or a label in front)."""
    for n, field in enumerate(candidates):
        text = d.lines[field.index].content
        if _TITLE_FIELD.match(text) and any(c.index > field.index and len(d.lines[c.index].content) >= 10
                                            and d.lines[c.index].content in text for c in candidates) \
                or _TITLE_FIELD.match(text) and _release_below(d, field.index, candidates):
            candidates[n] = field._replace(bonus=field.bonus - _FIELD_YIELDS)
    return candidates


def _release_below(d, field, candidates):
    """The message under the field holds the release itself: a release label (FOR IMMEDIATE RELEASE,
    보도자료) alone on its line, and a title candidate within a few lines under it. The release's own title
    is the headline, however the sender worded the subject."""
    for k in range(field + 1, min(len(d.lines), field + 15)):
        text = d.lines[k].content
        if len(text) <= 40 and matches(d.lex.release_labels, text):
            return any(k < c.index <= k + 8 for c in candidates)
    return False


# a board's or a mail's field giving the title, its value on the same line: 제목 "…", Subject: …
_TITLE_FIELD_VALUE = fastre.compile(r"(?i)(?:" + _TITLE_FIELD_WORDS + r")\s*[:：|]?\s*(?P<value>\S.*)")
_FIELD_ABOVE = 12  # lines over the title where a board sets its fields


def _named_whole_by_title_field(d, index, text):
    """A title field over the headline (제목 "수도권과 가까워 …") gives exactly its words: the line under
    it is not the title's rest, however it looks (a subtitle under a quoted title)."""
    own = word_chars(text)
    for k in range(max(0, index - _FIELD_ABOVE), index):
        field = _TITLE_FIELD_VALUE.fullmatch(d.lines[k].content)
        if field and word_chars(field.group("value")) == own:
            return True
    return False


def _says_again(d, title, line):
    """The line's words, two or more, are all the title's already (its issuer's name and office under it, Senator
    Stewart-Cousins): a title's second half goes on to say more, it does not repeat the first."""
    own = keys(line, d.lex)
    return len(own) >= 2 and own <= keys(title[:KEYED], d.lex)


def rule_headline(d):
    """The headline: a title-shaped line that the text after it is about, near the top."""
    if d.headline is None:
        label = _label_alone_over_text(d)
        if label is None:
            return
        # STATEMENT / the text: a statement the page heads with its kind alone - that is its title
        d.overrule(label, None, "")
        d.headline, d.headline_guessed = label, True
        d.headline_reason = "the release's kind, the only heading over its text"
    index, reason = d.headline, d.headline_reason
    limit = d.tail_start if d.tail_start is not None else len(d.lines)
    pinned = d.pinned_lines("headline")  # the editor's: decode.decide put the headline on the first of them
    # the layout's title box (its lines, claimed already), unless an editor pinned another headline
    boxed = [] if pinned or index not in d.title_box else d.title_box
    prev = index - 1
    if boxed:
        pass  # the box says where the title begins and ends
    elif prev >= 0 and d.free(prev) and not d.lines[prev].marker \
            and d.lines[prev].text != d.lines[index].text and not (prev and teaser_of_a_listing(d, prev - 1, limit)) \
            and not (prev and _ARCHIVE_LABEL.fullmatch(d.lines[prev - 1].content)) \
            and (not d.lines[index].blank_before and (
                _title_goes_on(d, d.lines[prev].text, d.lines[prev], d.lines[index]) or _quoted_kicker(d.lines[prev])
                or _shape_ok(d.lines[prev], d.lex) and _wrapped_over_subtitle(d, d.lines[prev].content, index))
                 or _printed_above_as_one(d, prev, index)):  # (however far apart the box set its two paragraphs)
        index = prev  # the chosen line is the second half of a wrapped title, or a quoted slogan heads it
        d.headline = index
    d.claim(index, "headline", reason)  # a pinned line keeps its own reason
    own = sorted({index, *pinned, *boxed})
    text = " ".join(d.lines[k].content if d.lines[k].marker else d.lines[k].text for k in own)
    nxt = own[-1] + 1
    # (the same words again under it are the title printed twice - the page's and the article's - not its rest)
    if not boxed and nxt < limit and d.free(nxt) and d.lines[nxt].text != d.lines[own[-1]].text \
            and any(c.isalnum() for c in d.lines[nxt].content) \
            and not _named_whole_by_title_field(d, index, text) and not _says_again(d, text, d.lines[nxt].content) \
            and not (d.lex.lang == "ko" and ends_open(d, nxt) and runs_into_sentence(d, nxt)) \
            and (_title_goes_on(d, text, d.lines[own[-1]], d.lines[nxt])
                 or _wrapped_over_subtitle(d, text, nxt)
                 or len(own) == 1 and _printed_above_as_one(d, index, nxt)
                 or len(own) == 1 and _quoted_kicker(d.lines[index]) and _title_after_kicker(d, nxt)):
        # a long title wrapped onto a second line (HWP/PDF text, narrow columns)
        d.claim(nxt, "headline", "the headline's second line")
        text = f"{text} {d.lines[nxt].text}"
        third = nxt + 1
        if third < limit and d.free(third) and _title_goes_on(d, text, d.lines[nxt], d.lines[third]):
            # SECRETARY-GENERAL TO CONVENE … / MEETING ON COOPERATION … / AND REGIONAL ORGANIZATIONS: and a third
            d.claim(third, "headline", "the headline's third line")
            text = f"{text} {d.lines[third].text}"
    d.headline_text, prefix, suffix = clean_headline(text, d.lex)
    if prefix and (_TAG.fullmatch(prefix) or _RELEASE_TYPE.fullmatch(prefix) and not suffix) \
            and "archived" not in prefix.lower() and not _printed_again(d, index, d.headline_text):
        # a tag or the release's type in the title ([보도자료], [Update], Press Release – …) is the issuer's own
        # unless the title is printed again without it (a reposting site added it); [ARCHIVED] is always the site's,
        # and so is a type before a title the site dated after it (PRESS RELEASE : … [October 2023]: its listing)
        d.headline_text, prefix = f"{prefix} {d.headline_text}", ""
    label = _label_added_before(d, index, limit) or _section_before(d, index, limit)
    if label:
        # 'District Transportation Department : Lane Closure …' over the release's own 'Lane Closure …': the
        # label was added by the site that reposted it
        prefix = f"{prefix} {label}".strip()
        d.headline_text = d.headline_text[len(label):].strip()
    site = _site_added_after(d, index, limit)
    if site:
        # 'Lane Closure … - City Daily' (the browser's page title) over the article's own 'Lane Closure …'
        suffix = f"{site} {suffix}".strip()
        d.headline_text = d.headline_text[:len(d.headline_text) - len(site)].strip()
        name = _SEPARATOR_START.sub("", site).strip()
        for k in range(index + 1, min(limit, index + 10)):
            if d.free(k) and d.lines[k].content == name:
                d.claim(k, "stripped", "the site's name")
    tail = _page_title_tail(d.headline_text, d.lex)
    if tail:
        # 'Governments Invest in Crop Research | News and Media | Government of Saskatchewan': the browser's page
        # title, the site's section and name after the release's own
        suffix = f"{tail} {suffix}".strip()
        d.headline_text = d.headline_text[:len(d.headline_text) - len(tail)].strip()
    for piece in (prefix, suffix):
        if piece:
            d.fragments.setdefault(index, []).append(piece)


_SEPARATOR_END = fastre.compile(r"(?:\s[:|–—-]|:)\s*$")
_TAG = fastre.compile(r"\[[^\]]{1,20}\]")
_RELEASE_TYPE = fastre.compile(r"(?i)(?:press|news|media) (?:release|statement)\s+[:：|–—-]")


def _printed_again(d, index, title):
    """The title (tag and label aside) stands again on a line of its own elsewhere in the document."""
    words = _word_chars(title)
    return len(words) >= 6 and any(k != index and _word_chars(line.content) == words for k, line in enumerate(d.lines))


_SEPARATOR_START = fastre.compile(r"^\s*(?:[|–—-]|::?)\s")


def _site_added_after(d, index, limit):
    """The site's name after the headline (' - City Daily') when the title is printed again below without
    it; else ''."""
    title = d.headline_text
    for k in range(index + 1, min(limit, index + 10)):
        other = d.lines[k].content
        if len(other) >= 12 and title.startswith(other) and len(other) < len(title):
            site = title[len(other):]
            if _SEPARATOR_START.match(site) and len(site) <= 40:
                return site
    return ""


def _label_added_before(d, index, limit):
    """The label in front of the headline (its issuer, a site's section) when the title is printed again
    just below without it; else ''."""
    title = d.headline_text
    for k in range(index + 1, min(limit, index + 8)):
        other = d.lines[k].content
        if d.roles[k] in (None, "stripped", "contact") and len(other) >= 12 and title.endswith(other) \
                and len(other) < len(title):
            label = title[:len(title) - len(other)]
            if label.rstrip().endswith((",", "，")):
                continue  # 교육지원청, ‘…’ over ‘…’: who did it, the title's own subject; the line below is shorter
            if _SEPARATOR_END.search(label) or len(label.split()) == 1 or is_date_only(label.strip()):
                # 'Dept : Title', a field's name without its colon ('Title Soyang City to …'), or the listing's date
                # of the entry (28 May 2020 Media Release: …, the release's own title under it without the date)
                return label
    return ""


def _section_before(d, index, limit):
    """일반뉴스 창조경제혁신센터, …, 기사/뉴스 악성 민원인 …: the site's section glued before a Korean title (a word
    ending as sections are named - 뉴스, 소식, 정책 - that the text below never uses); else ''."""
    if d.lex.lang != "ko":
        return ""
    m = _KO_SECTION_FIRST.match(d.headline_text)
    if m is None:
        return ""
    word = m.group(1)
    below = (d.lines[k].content for k in range(index + 1, limit))
    return "" if any(word in text for text in below) else m.group()


# a section's name: a word or two joined by a slash, ending as Korean sites name sections, before the title
_KO_SECTION_FIRST = fastre.compile(r"((?:[가-힣]{1,4}/)?[가-힣]{0,4}(?:뉴스|소식|정책|일반))\s+(?=\S.{8,})")


def _quoted_kicker(line):
    """“부모님 운전, 이제 앱으로 점검하세요” over the title: a quoted slogan set in the title block, one headline
    (or a kicker framed by equals signs: = BPA, 부산항 이용고객 = / 간담회 … 실시)."""
    text = line.content
    return 6 <= len(text) <= 50 and (text[:1] in "“\"‘'「" and text[-1:] in "”\"’'」" or text[:1] == text[-1:] == "=") \
        and line.date_only is False


def _title_after_kicker(d, i):
    """The line under a quoted slogan is the title it heads: title-shaped, on the next line, not a subtitle."""
    line = d.lines[i]
    # (a long Korean line under the quote - 소방서, 난방기기 화재 예방 당부…최근 5년 … - is its subtitle; Korean
    # titles run to some forty characters, English ones to twice that)
    return not line.blank_before and not line.marker and _shape_ok(line, d.lex) and not is_prose(line, d.lex) \
        and (d.lex.lang != "ko" or len(line.content) <= _LONGEST_KO_TITLE_AFTER_KICKER)


_LONGEST_KO_TITLE_AFTER_KICKER = 40


def _caps(text):
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 8 and all(c.isupper() for c in letters)


_KO_BEFORE_NUMBER = fastre.compile(r"(?:^|\s)(?:약|총|최대|최소|최고|최저|무려|연간|매년|모두)$")
# a case or topic particle, or a numeral waiting for its unit (141.5억 / 달러로 …)
# (그대로, 새로, 따로, 스스로, 서로: adverbs that end in 로 and close a phrase)
_KO_OPEN_PARTICLE = fastre.compile(r"[가-힣](?:을|를|은|는|에|에서|으로|(?<!그대|스스)(?<![새따서])로|와|과|의|에게|부터|까지)$"
                                   r"|\d[만억조]$")


def _centred_pair(first, second):
    """Two lines of a page laid out as text, both centred on the same point, the first filled before the
    second: one title wrapped by the page width (a title over its subtitle fills no line first)."""
    a, b = first.block, second.block
    if a.line is None or b.line is None or a.indent < 4 or b.indent < 4 or len(first.text) < len(second.text):
        return False
    return abs((a.indent + len(a.text) / 2) - (b.indent + len(b.text) / 2)) <= 3


def _title_goes_on(d, text, first, second):
    """Does `second` finish the title `text` (ending with the line `first`)? What the page says besides the words:
    both lines centred on one point, and whether the title is as long as the text's lines run (a copy whose
    paragraphs are one line each wraps nothing, so 'Business Wire' under a long title is no rest of it)."""
    if d.lex.lang == "ko":
        # Korean wraps a title at the page width only where the text is wrapped narrow (a phone's screen)
        narrow = d.wrap_width
        filled = 0 < narrow < 35 and len(first.content) >= FILLED * narrow
    else:
        # filled: as long as a third of the text's lines (one-line paragraphs wrap nothing), and a long line or
        # half the width of a narrow column (a page's right-hand column, 60 characters wide)
        width = text_width(d)
        filled = 3 * len(text) >= width and (len(text) >= 50 or 2 * len(text) >= width and first.block.indent > 0)
    if _quote_left_open(text) and _quote_closes(second.text) and not second.marker and len(second.text) <= 70 \
            and (not second.blank_before or blank_separated(d)) and not is_sentence_like(second.text, d.lex):
        return True  # 권익위, "지난 4년간 329회 운영, / 지구 1.6바퀴 달려": the quotation the title opened closes below
    if d.lex.lang == "en" and second.blank_before and blank_separated(d) and not second.marker \
            and second.text[:1].islower() and len(second.text) <= 90 and not is_sentence_like(second.text, d.lex) \
            and (d.lex.dangling_end.search(text) or first.text[:1].islower()) and len(text) + len(second.text) <= 200:
        # …audit results for national and / provincial government, but cautions …: a text with a blank line after
        # every line (a PDF's transcript) wraps its title the same way; a line going on in lower case after one
        # left open (on 'and', 'of', a comma), or after such a rest, is its rest too
        return True
    return _headline_continues(text, second, d.lex, _centred_pair(first, second), filled=filled)


def _names_its_subject_again(title, line):
    """광주지하철 폭설로 30% 이상 승객 늘어 / 광주지하철이 ''눈 특수''를 누리고 있다: the next line opens on the
    title's first word again (with its particle): a statement of its own, the subtitle, not the title's rest."""
    first = title.split(maxsplit=1)[0].strip("[]()<>“”\"'‘’") if title.strip() else ""
    return len(first) >= 2 and line.startswith(first) and not line.startswith(title)


def _headline_continues(text, line, lex, centred=False, filled=False):
    """The next line finishes a headline that stops where no title can (a particle, 'the', a comma), or the
    page's width broke it (`centred`: both lines centred, the first filled first; `filled`: the title runs
    about as long as the text's lines)."""
    if text.rstrip().endswith((",", "，")) and not line.marker and not line.blank_before \
            and len(line.text) <= _SHORT_REST and not STOP_INSIDE.search(line.text) and find_date(line.text)[0] is None:
        return True  # 가온선·나래선 급행열차 확대, / 수도권이 더 가까워진다.: no title stops on a comma; a short sentence ends it
    if line.marker or line.blank_before or len(line.text) > 70 or is_sentence_like(line.text, lex) \
            or find_date(line.text)[0] is not None and (matches(lex.date_cues, line.label)
                                                        or place_with_date(line.text, lex) is not None):
        return False  # … or 'Post Date:07/14/2025 9:45 AM', 'Washington, D.C., June 3, 2024' under it: the page's date line
    if lex.dangling_end.search(text) or text.rstrip().endswith(("…", "...")):
        return True  # 노후 산업단지 12곳 … 바꾼다… / 2030년까지 1조 투입: the ellipsis joins a title's two halves
    if lex.verb_left_open is not None and lex.verb_left_open.search(text) and (_title_case(line.text) or _caps(line.text)):
        return True  # County Executive Announces / Plan for 2,500 Homes: the verb's object is on the next line
    if lex.lang != "en":
        # 고령 운전자 면허 자진반납 지원금을 / 1인당 최대 30만 원으로 올린다: a case particle leaves the title open
        # (an office's name ending in 과 - 문화관광과 - is the letterhead, not a title left open)
        # (… 북쪽으로 약 / 180km 이동: a word that only stands before a number leaves the title open too)
        opened = _KO_OPEN_PARTICLE.search(text) is not None or _KO_BEFORE_NUMBER.search(text) is not None \
            and line.text[:1].isdigit()
        return (opened or filled) and len(line.text) <= 40 and not lex.issuer_name.search(text) \
            and not _names_its_subject_again(text, line.text)
    # a lowercase continuation, an ALL-CAPS title set on two lines, or a long Title Case line whose rest,
    # short and in Title Case too, the page width pushed onto the next line
    return bool(fastre.match(r"^[a-z]", line.text)) or _caps(text) and _caps(line.text) and len(text) + len(line.text) <= 160 \
        or _PREPOSITION_FIRST.match(line.text) is not None and _title_case(text) and _title_case(line.text) \
        and not text.rstrip().endswith((".", "!", "?", ":", ",")) and len(text) + len(line.text) <= 160 \
        or (filled or centred and len(text) >= 30) and _title_case(text) and _title_case(line.text) and word_count(line.text) <= 8 \
        and not text.rstrip().endswith((".", "!", "?", ":")) and len(text) + len(line.text) <= 160 \
        and not line.date_only and "|" not in text + line.text and line.block.line is not None  # text: wrapped by width


_SHORT_REST = 40
# Commissioners Approve $2.45 Million in Funding / For Johnson County Transit to Expand Service: a Title Case line
# opening on a preposition goes on with the title above it (a subtitle states something of its own)
_PREPOSITION_FIRST = fastre.compile(r"(?:For|To|In|Of|At|On|From|With|Into|Over|Under|Across|Through)\s(?=\S)")  # (By: a byline)
STOP_INSIDE = fastre.compile(r"[.!?]\s+\S")  # a sentence stops inside the text, another goes on


def _quote_left_open(text):
    """The text opens a quotation it does not close: “ without ”, or an odd number of straight quotes."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def _quote_closes(text):
    return text.count("”") > text.count("“") or text.count('"') % 2 == 1


_SMALL_WORDS = frozenset("a an and as at but by for from in into of on or over the to under up via with".split())


def _title_case(text):
    """Every word but the small ones opens with a capital (or a figure): a headline's casing."""
    words = [w for w in text.split() if w[:1].isalpha() and w.lower() not in _SMALL_WORDS]
    return len(words) >= 2 and all(w[0].isupper() for w in words)


title_case = _title_case  # for extent.py: another story's title left under the text is told by the same casing


def _wrapped_over_subtitle(d, text, nxt):
    """새빛도시철도, 10월부터 교통약자 엘리베이터 실시간 / 위치 안내 서비스 전 역사로 확대 / - 부제 -: a Korean
    title broken by a narrow column (no particle to show it), its second half short and unmarked, right over
    the subtitle or the first item."""
    line = d.lines[nxt]
    after = d.lines[nxt + 1] if nxt + 1 < len(d.lines) else None
    return d.lex.lang == "ko" and after is not None and not line.marker and not line.blank_before \
        and 8 <= len(line.content) <= 25 and len(line.content.split()) >= 2 and line.content[:1] not in "<[〈【(《" \
        and not _WHOLLY_QUOTED.fullmatch(line.content) \
        and len(text) >= 15 and len(text) + len(line.content) <= 80 and not _names_its_subject_again(text, line.content) \
        and not (text.endswith(_TITLE_CLOSED) and not _GLOSS_END.search(text)
                 and not (after.marker is not None and _QUOTE_CLOSED_INSIDE.search(text))) \
        and not KO_POLITE_END.search(text) \
        and not is_sentence_like(line.content, d.lex) and not line.date_only \
        and (after.marker is not None and not after.blank_before
             # the second half ends as a title does: the subtitles under it may be unmarked, or stand apart
             or _finishes_title(text, line.content) and len(after.content) <= 120
             and not is_sentence_like(after.content, d.lex)) \
        and (not _DATED.search(after.content) or _finishes_title(text, line.content)) \
        and (_THREE_HANGUL.search(line.content) is not None or TITLE_VERB_END.search(line.content) is not None)



# a line that is one quotation, marks and all ("의심 전화 끊고 즉시 112 신고"): someone's words under the title, a
# subtitle, never the rest of a title broken by the column
_WHOLLY_QUOTED = fastre.compile(r"[\"“‘'][^\"“”‘’']{2,}[\"”’']")


def _finishes_title(text, second):
    """The second line ends the way a Korean headline does (늘린다) and the first does not: one title,
    wrapped, over unmarked subtitles."""
    return TITLE_VERB_END.search(second) is not None and TITLE_VERB_END.search(text) is None \
        and KO_POLITE_END.search(text) is None


# a sentence's polite or imperative ending (… 챙기세요, … 빌려줘요, … 할까요): a title that says it all, never broken by
# the column before its rest, and one that speaks to its reader as no subtitle does (decode.py)
KO_POLITE_END = fastre.compile(r"(?:세요|어요|아요|해요|줘요|봐요|예요|에요|네요|까요|지요|군요|래요|죠)[.!?]?$")


# a dated line under it (• 입력 : 2022. 06.19) is the page's metadata, not the subtitle a title wraps over
_DATED = fastre.compile(r"(?:19|20)\d\d\s*[.\-/년]")
# a short gloss in brackets (보(洑), AI(인공지능)) ends a word, not the title
_GLOSS_END = fastre.compile(r"[가-힣A-Za-z]\([^()\s]{1,6}\)$")
_TITLE_CLOSED = ("…", "”", '"', "’", "'", "?", "!", ")", "」", "』")
# a quoted name closed at the line's end, the quote opened inside the line (…감시단' over '300명 …배치'): the
# quote closes a name in the title, not the title, when a marked subtitle follows the short line under it
_QUOTE_CLOSED_INSIDE = fastre.compile(r"^[^'‘\"“「『].*['‘\"“「『][^'’\"”」』!?]{2,40}['’\"”」』]$")


# the kind of an English release that a page may print as its only heading: STATEMENT, Media Statement
_KIND_AS_HEADING = fastre.compile(r"(?i)(?:(?:media|press|joint|official|public)\s+)?"
                                   r"(?:statement|advisory|notice|announcement)")


def _label_alone_over_text(d):
    """The line that labels the release's kind (a statement, a notice), the last line above its running text that
    is no chrome, when no line was taken for a title: its only heading; else None."""
    if d.lex.lang != "en" or d.first_prose is None:
        return None
    for k in range(d.first_prose - 1, -1, -1):
        if d.reasons[k] == RELEASE_LABEL:
            return k if _KIND_AS_HEADING.fullmatch(d.lines[k].content.strip(" :")) else None
        if d.roles[k] not in ("dateline", "embargo") and any(c.isalnum() for c in d.lines[k].content):
            return None  # a line between, of some other kind: the label heads no text on its own
    return None


def rule_before_headline(d):
    """Lines above the headline: menus, other headlines, teasers - all site chrome."""
    if d.headline is None:
        return
    for i in range(d.headline):
        if d.free(i):
            line = d.lines[i]
            place = None if line.date_only else place_then_date(line.content, d.lex)
            if line.date_only or place is not None:
                claim_date_line(d, i, "date line above the headline", place=place)
            elif same_as_headline(d, line):
                d.claim(i, "stripped", "headline printed twice")
            else:
                d.claim(i, "stripped", ABOVE_THE_HEADLINE)


ABOVE_THE_HEADLINE = "above the headline"


def rule_title_after_text(d):
    """No headline above the text (a copy cut above its title, starting at the body), but the page prints it after
    the text: under a send-by-mail form's field name (기사제목 / the title), or over the date the page was posted
    (its header after the text, as a phone's reading view copies it). That line is the headline, guessed."""
    if d.headline is not None:
        return
    body = [k for k in range(len(d.lines)) if d.roles[k] == "body"]
    if not body:
        return
    for k in range(body[0], len(d.lines) - 1):
        value = d.lines[k + 1]
        if d.roles[k + 1] not in (None, "stripped", "body") or not 5 <= len(value.content) <= 120 \
                or is_prose(value, d.lex) or not _shape_ok(value, d.lex):
            continue
        if _FORM_TITLE_FIELD.fullmatch(d.lines[k].content) and k + 1 > body[-1]:
            reason = "the title in a form's title field after the text (guessed: none above)"
        elif k + 2 < len(d.lines) and d.roles[k + 2] == "dateline" and k + 1 >= body[-1] \
                and d.roles[k] in ("byline", "stripped", "contact") and _recurs_in_text(d, value.content, body):
            # … 기자 procol@… / 올해 징병검사 21일부터 실시 / 입력 2015-01-15 09:43: the page's header printed after
            # its text, the title over the date it was posted
            reason = "the title over the posting date after the text (guessed: none above)"
        else:
            continue
        if d.overrule(k + 1, "headline", reason):
            d.headline, d.headline_guessed = k + 1, True
            d.headline_text = clean_headline(value.content, d.lex)[0]
        return


def _recurs_in_text(d, title, body):
    """Half the title's words or more recur in the text's lines."""
    own = keys(title, d.lex)
    text = " ".join(d.lines[k].content for k in body if d.lines[k].content != title).lower()
    return len(own) >= 2 and sum(key in text for key in own) >= 0.5 * len(own)


# a form's field naming the title, alone on its line: 기사제목, 제목 :, Title:, Article title
_FORM_TITLE_FIELD = fastre.compile(r"(?:기사\s*)?제\s*목\s*[:：]?|(?i:(?:article |story |news )?title)\s*[:：]?")


_NON_WORD = fastre.compile(r"\W+")


@per_document
def _word_chars(text):
    """Letters and digits only, lowercased: how two printings of one headline are compared."""
    return _NON_WORD.sub("", text).lower()


word_chars = _word_chars  # for decode.py: a title printed again after the contact is compared the same way


_REPRINT_WITHIN = 25
# … 시상식 개최 본문: one short word the page set after its title (a skip link's), the title printed again without it
_PAGE_WORD_AFTER = fastre.compile(r"\s+\S{1,4}")
_ISSUER_AFTER = fastre.compile(r"\s*[(\[（【][^()\[\]（）【】]{2,30}[)\]）】]\s*")  # … 검거 (푸른강경찰서): a mail's subject
_GREETING = 200  # characters of running text a post may put between its title and the release (a greeting)


# a mail's or a site's label in brackets before the title: [한빛문화재단 뉴스레터 6월호] …, [City News] …
_BRACKETED_LABEL = fastre.compile(r"\s*[\[【〔<]\s*[^\[\]【】〔〕<>]{1,40}[\]】〕>]\s*")


_DASHES = str.maketrans("–—−", "---")


def _same_dashes(text):
    return text.translate(_DASHES)


_SITE_AFTER = fastre.compile(r"(?:\s+[•|–—-]\s+[^•|–—]{2,60}){1,3}$")  # … • Harlan County, OH • CivicEngage


_DATE_CODE = fastre.compile(r"\s*\((?:19|20)\d{6}\)$")  # a board's filing date after the title: …알리다(20240329)


def _printed_above_as_one(d, first, second):
    """Lines `first` and `second` together are the title a line above prints whole (a board's post title over the
    release's own, set as two paragraphs of its title box)."""
    title = _word_chars(d.lines[first].content + " " + d.lines[second].content)
    return len(title) >= 12 and any(
        _word_chars(_without_date_first(_DATE_CODE.sub("", clean_headline(d.lines[k].content, d.lex)[0]))) == title
        for k in range(max(0, first - _REPRINT_WITHIN), first))


def _without_date_first(text):
    """'13 August 2025 - BRUNEI …' -> 'BRUNEI …': a listing's date set before the title, with its dash."""
    date, span = find_date(text) if text[:1].isdigit() else (None, None)
    if date is None or span[0] != 0:
        return text
    rest = text[span[1]:]
    cut = _DASH_AFTER_DATE.match(rest)
    return rest[cut.end():] if cut else text


_DASH_AFTER_DATE = fastre.compile(r"\s*[-–—|:]\s+")


CAPTION_MARKS = tuple("▲△▶")


def _mostly_same_words(line, title, lex):
    """Most of the line's words (Korean: character pairs) are the title's, and most of the title's the line's."""
    own, other = keys(line, lex), keys(title, lex)
    shared = len(own & other)
    return len(own) >= 4 and shared >= _MOSTLY * len(own) and shared >= _MOSTLY * len(other)


_MOSTLY = 0.6
_OPENS_ON_ITS_REST = ",.;:)]}>」』…·"  # ,국민과의 …: the rest of a line broken above, no title


def printed_again_below(d, index, limit):
    """The line a few lines under the title at `index` that prints the same title again (a site's tag, a field
    or a release label aside: [보도자료] …, 제목 …, Subject: PRESS RELEASE: …), with no running text between
    them that the title could head; else None.
    A blog's or a board's post shows its title, then the release itself, which opens with its own title.
    Both must stand above `limit`, where the article ends."""
    text = _DATE_CODE.sub("", clean_headline(d.lines[index].content, d.lex)[0])
    title = _word_chars(text)
    if len(title) < 4:
        return None
    short = len(title) < 12  # a board's name (사실은 이렇습니다): only its post's title opening with it in brackets
    title_keys = keys(text, d.lex)
    text_between = 0
    for k in range(index + 1, min(limit, index + _REPRINT_WITHIN)):
        other = d.lines[k].content
        if (d.lines[k].marker or "")[:1] in CAPTION_MARKS:
            continue  # ▲ the title again under a photo: its caption, not the release's own title
        if d.roles[k] is None and len(other) >= len(text) + 10 and other[:1] in "<[〈【《" \
                and _word_chars(other[1:len(text) + 1]) == title and other[len(text) + 1:len(text) + 2] in ">]〉】》":
            # 사실은 이렇습니다 / <사실은 이렇습니다> - 한국일보 「…」 관련 …: the board's name over its post's title,
            # which opens with that name in brackets
            return k
        if short:
            continue
        if d.roles[k] is None and not d.prose[k] and not d.lines[k].marker and k + 1 < limit \
                and other[:1] not in _OPENS_ON_ITS_REST and framed_by_dashes(d.lines[k + 1]) \
                and _mostly_same_words(other, text, d.lex):
            # 환경부(2019.5.31)- 2030년까지 플라스틱 발생량 … over 정부, 2030년까지 플라스틱 폐기물 발생량 … / - 부제 -: the
            # release's own title, worded its way, over the subtitle only a release's deck has
            return k
        if d.roles[k] is None and k + 1 < limit and d.roles[k + 1] is None and not d.prose[k] \
                and _word_chars(other + " " + d.lines[k + 1].content) == title:
            return k  # … 시각으로 / 국가유산을 새롭게 알리다!: the release's own title, over two lines
        if d.roles[k] is None and (_word_chars(other) == title or len(other) >= 12 and (
                text.endswith(other) and (_SEPARATOR_END.search(text[:len(text) - len(other)])
                                          or _BRACKETED_LABEL.fullmatch(text[:len(text) - len(other)]))
                or text.startswith(other) and (_ISSUER_AFTER.fullmatch(text[len(other):])
                                               or _PAGE_WORD_AFTER.fullmatch(text[len(other):])))):
            if _word_chars(other) == title and in_capitals(other) and not in_capitals(d.lines[index].content):
                return None  # the same words again in capitals (a statement's heading): the title as written stays
            return k  # the same words, or without a label in front (PRESS RELEASE: …) or the issuer after it
        label = _BRACKETED_LABEL.match(text) if d.roles[k] is None and text[:1] in "[【〔<" else None
        if label and len(_word_chars(other)) >= 8 and _word_chars(text[label.end():]) == _word_chars(other):
            return k  # <보도자료> … 서비스 만족 … over … 서비스만족 …: the post's labelled title, the release's own spaced its way
        if k == index + 1 and d.roles[k] is None and len(other) >= len(text) + 4 and other.startswith(text + " ") and not d.prose[k] \
                and not d.lines[k].marker and other[-1:] not in ".!?。":
            return k  # “…” 산림과학원 over “…” 산림과학원 ‘… 전망’ 개최 right under it: the page cut the title short
        if d.roles[k] is None and len(other) > len(text) and other.endswith(text) \
                and _SUBJECT_BEFORE.fullmatch(other[:len(other) - len(text)]):
            return k  # 홍성의료원 방문해 … over 복지부, 홍성의료원 방문해 …: the page shortened the title, the release's is whole
        if d.roles[k] is None and len(other) >= 12 and _SITE_AFTER.search(text):
            # the browser's title: Road Closure … • Harlan County, OH • CivicEngage over [ARCHIVED] Road Closure …
            # (the dashes compared alike: the page's title may print an en dash as a hyphen)
            own, page = _same_dashes(clean_headline(other, d.lex)[0]), _same_dashes(text)
            if len(own) >= 12 and page.startswith(own) and _SITE_AFTER.fullmatch(page[len(own):]):
                return k
        if d.prose[k] and d.roles[k] is None and _about_the_title(other, title_keys, d.lex):
            # (text about something else - a board's notice on the law, above the post - heads nothing of the title's)
            text_between += len(d.lines[k].content)
            if text_between > _GREETING:
                return None  # the title heads the text under it; the reprint is the page's (You just read: …)
    return None


def _about_the_title(text, title_keys, lex):
    """Some of the title's words (Korean: character pairs; `title_keys`) are in the text."""
    return not title_keys or len(title_keys & keys(text, lex)) >= max(1, len(title_keys) // _TITLE_SHARE_SAID)


_TITLE_SHARE_SAID = 5  # a fifth of the title's keys: a paragraph under its title repeats that much of it


# who did it, set before a title by a comma (복지부, …), a few words at most (a colon would make it a field's label:
# Event/Date: …)
_SUBJECT_BEFORE = fastre.compile(r"[^,:：\s][^,:：]{0,24},\s*")


def in_capitals(text):
    """Set in capitals: nine cased letters in ten or more upper case (ACHT NA mBÓITHRE keeps Irish's lower-case
    eclipsis)."""
    cased = [c for c in text if c.isupper() or c.islower()]
    return len(cased) >= 4 and sum(c.isupper() for c in cased) >= 0.9 * len(cased)


def same_words_as_headline(d, text):
    """The text is the headline's words and figures, whatever the spacing and punctuation."""
    return d.headline_text is not None and bool(_word_chars(text)) and _word_chars(text) == _word_chars(d.headline_text)


def _worded_on(title, text):
    """'Summer water restrictions lifted' under 'Water Restrictions Lifted': the title's words with a word of the
    sentence run on before or after them - no label set apart by a mark, a bracket or a date - is a standfirst
    that says more, not the title again. (English: a Korean board's field name, 제목 …, is a word with no mark.)"""
    at = text.lower().find(title.lower())
    if at < 0:
        return False
    extra = (text[:at] + " " + text[at + len(title):]).strip()
    return bool(extra) and _LABEL_MARK.search(extra) is None and word_count(extra) <= 2 and extra[:1].isalpha() \
        and not extra.isupper()


_LABEL_MARK = fastre.compile(r"[\d:|\-–—\[\]()<>【】〈〉《》/·•]")


def same_as_headline(d, line, exact=False):
    """The headline printed again: the same words, or (unless exact) wrapped in a short label or date."""
    if d.headline_text is None:
        return False
    a = _word_chars(d.headline_text)
    b = _word_chars(line.content)
    if not a or a == b:
        return bool(a)
    if exact:
        return False
    # wrapped in a short label or date, or the headline without the tag or label around it
    if len(a) >= 12 and a in b and len(b) <= len(a) * 1.6 + 30 \
            and not (d.lex.lang == "en" and _worded_on(d.headline_text, line.content)) \
            or len(b) >= 12 and b in a and len(b) >= 0.6 * len(a):
        return True
    # or without the subject the title opens with (교육지원청, ‘찾아가는 … 캠페인’ again as ‘찾아가는 … 캠페인’)
    title, other = d.headline_text, line.content.strip()
    return len(b) >= 8 and title.endswith(other) and _SUBJECT_BEFORE.fullmatch(title[:len(title) - len(other)]) is not None
