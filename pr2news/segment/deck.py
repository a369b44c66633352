"""The deck: what stands between the headline and the body (subtitles, summary bullets, dates, credits)."""
from __future__ import annotations

import re
from collections import Counter

from .. import fastre
from ..lexicon.common import EMAIL, URL, YMD_FIGURES, matches
from .body import dateline_waiting, ends_sentence
from .boilerplate import is_caption
from .contact import EN_PERSON_NAME, is_post, named_with_post
from .dates import find_date
from .draft import (TITLE_VERB_END, blank_between_all, blank_separated, claim_date_line, ends_open,
                    marker_again_after_text, runs_into_sentence, sentence_ends_below, text_width, wrapped_english_paragraph)
from .headline import (ABOVE_THE_HEADLINE, ANSWER_LABEL, ELLIPSES, KEYED, PICTURED_DOING, SALUTATION, STOP_INSIDE, dated_issuer,
                       framed_by_dashes, in_capitals, issuer_only, keys, office_under_holder, place_over_date,
                       place_with_date, same_as_headline, same_words_as_headline)
from .lines import FILLED, KO_DA_YO, LABEL_LINE, is_fact_field, is_prose, is_sentence_like, word_count
from .meta import official_credit
from .wire import split_wire_prefix


_WORD = fastre.compile(r"[^\W\d_]{2,}")

# framing marks around a subtitle: '- text -', '-text-', a closing ' -' after a paragraph bullet (or run into the last
# word: '- … 결과 발표-'), an opening ▴, a dash run into the first word ('-Minister Persaud at …')
# (… |: the bar closing a flattened table's cell)
_FRAMED = fastre.compile(r"[-–—]\s*(.+?)\s*[-–—](?:\s*\|)?|[▴▵]\s*(.+)|(.+?)(?:\s+|(?<=[^\W\d_]))[-–—](?:\s*\|)?|[-–—](?=[^\W\d_])(.+)"
                         r"|(.+?)\s+\||[<〈＜]\s*(.+?)\s*[>〉＞]|(.+?)\s+[▣◈◆■]"  # ▣ … ▣: a glyph closing it as it opens
                         r"|[~〜]\s*(.+?)\s*[~〜]")  # ~ Blues Festival to Open the Season ~: tildes, as dashes


def unframe(text):
    """(a subtitle without the marks that frame it, the marks): '-총 23개팀 선정-' -> ('총 23개팀 선정', '- -')."""
    m = _FRAMED.fullmatch(text)
    if m is None:
        return text, ""
    group = next(k for k, g in enumerate(m.groups(), 1) if g is not None)
    marks = text[:m.start(group)].strip() + " " + text[m.end(group):].strip()
    return m.group(group), marks.strip()


_KO_STATEMENT_END = fastre.compile(KO_DA_YO + r"\s*[.!]?\s*$")


def highlight_shape(line, lex, following_bullets=False):
    text = line.content
    if len(text) < 6 or line.date_only or len(_WORD.findall(text)) < 2:
        return False  # a subtitle says something in words: not a date, a count or a player's 00:00 / 03:41
    if text.count("“") > text.count("”"):
        return False  # “Happy Founders' Day!: a quotation opened and not closed goes on below - the text, quoted
    if not line.marker and LABEL_LINE.match(text):
        return False  # WHO: / WHEN: / 일시: lines are the body's facts, not subtitles
    if line.marker and (line.marker[0] == "□" or fastre.match(r"^\(?\d", line.marker)) or lex.dangling_end.search(text):
        return False  # □ and 1. open the body; a line ending in a particle is a broken sentence
    if lex.lang == "ko":
        if len(fastre.findall(r"[가-힣]", text)) < 4:
            return False
        if fastre.fullmatch(r"[가-힣]{2,10}(?:팀|과|실|국|부|청|처|단)", text):
            return False
        if line.marker:
            return len(text) <= 160 and not fastre.search(r"다\.\s*$", text)
        return len(text) <= 120 and not _KO_STATEMENT_END.search(text)
    if line.marker:
        return word_count(text) >= 3 and len(text) <= 320
    if following_bullets:
        return len(text) <= 300 and not text.endswith(":")
    return 3 <= word_count(text) <= 30 and not fastre.search(r"[.:]$", text)


def rule_deck(d):
    """Between the headline and the body: subtitles and summary bullets, dates, bylines."""
    if d.headline is None or d.body_start is not None:
        return  # no headline; or the layout drew the deck already (a title box and its subtitles)
    _subtitles_between_printings(d)
    _read_deck(d)
    deck = [i for i in range(d.headline + 1, d.body_start or len(d.lines)) if d.roles[i] == "highlight"]
    if len(deck) > _MAX_HIGHLIGHTS:
        # a page of bullets or short lines under the title is the body itself, not its subtitles
        for i in deck:
            d.overrule(i, None, "")
        d.body_start = deck[0]
    elif deck and d.body_start is None:
        _text_taken_for_the_deck(d, deck)


def _text_taken_for_the_deck(d, deck):
    """Title / one paragraph / nothing but the page's after it: a subtitle heads a text, and there is none, so the
    running text read as the deck is the body (a page cut short after its lead, a one-paragraph notice)."""
    limit = d.tail_start if d.tail_start is not None else len(d.lines)
    if any(d.free(k) and d.prose[k] for k in range(deck[-1] + 1, limit)):
        return
    text = [i for i in deck if d.prose[i]]
    if text:
        for i in text:
            d.overrule(i, None, "")
        d.body_start = text[0]


# a separator between fields or crumbs (김 기자 | 기사입력 …, > 뉴스 > 고성뉴스, 시상/시상): a page's row, no subtitle
_ROW_OF_FIELDS = fastre.compile(r"[|/>»]")


_LETTER = fastre.compile(r"[^\W\d_]")
SUBTITLE_FIELD_NAME = r"부\s*제\s*목|부\s*제|(?i:sub-?title)"  # 부제목 :, Subtitle: (article.py strips it off)
_SUBTITLE_FIELD = fastre.compile(r"(?:" + SUBTITLE_FIELD_NAME + r")\s*[:：]\s*\S")
_LONGEST_SUBTITLE_FIELD = 200
_WORD_OR_FIGURE = fastre.compile(r"\w")


def _subtitles_between_printings(d):
    """Title / subtitle / the title again / text: the page printed the title with its subtitle, then the
    release's own title (the headline); the lines between, every one shaped as a subtitle, are the deck."""
    if d.printed_first is None:
        return
    between = range(d.printed_first + 1, d.headline)
    if all(d.reasons[k] == ABOVE_THE_HEADLINE and not d.prose[k] and not d.lines[k].marker
           and highlight_shape(d.lines[k], d.lex) and not _ROW_OF_FIELDS.search(d.lines[k].content)
           and find_date(d.lines[k].content)[0] is None for k in between):
        for k in between:
            d.overrule(k, "highlight", "a subtitle between the title and its second printing")


_KO_DOING_NOW = fastre.compile(r"[가-힣]고\s*있다\.$")
_LONGEST_DOING_NOW = 120
_TOO_SHORT_TO_SAY = 4  # 'on', left of a date widget whose date the copy lost: no summary is shorter
_IMAGE_TEXT_TWICE = "the same words twice in a row under the headline: an image's text and its caption"


_REPORT_HEADING_REST = fastre.compile(r"\s*[\]>〉)]?\s*[:：]?\s*(?:\([^()]{0,40}\))?\s*")


def _report_heading(line, lex):
    """보도 내용 / < 보도내용 > / 보도내용 (6.8일, ○○일보 석간): the heading of a rebuttal's section quoting the report,
    alone on its line (보도 내용은 사실과 다름 is a subtitle that answers it)."""
    if lex.lang != "ko" or len(line.content) > 40:
        return False
    label = lex.report_box_labels.match(line.content)
    return label is not None and _REPORT_HEADING_REST.fullmatch(line.content, label.end()) is not None


# a Korean noun phrase closed by a full stop (근로복지공단 울산 본사.): no sentence ends so - neither running text
# (…다.) nor a report's clipped style (…함. …임. …됨.)
_NOUN_THEN_STOP = fastre.compile(r"[가-힣](?<![다요까죠음함됨임짐봄줌늠])\.$")
_LONGEST_NOUN_CAPTION = 40


def _noun_caption(d, i, limit):
    """A short noun phrase with a full stop, no list mark, right over running text: what a photo shows."""
    line = d.lines[i]
    return not line.marker and len(line.content) <= _LONGEST_NOUN_CAPTION and _NOUN_THEN_STOP.search(line.content) \
        is not None and i + 1 < limit and d.free(i + 1) and d.prose[i + 1]


def _issuer_credited(text, lex):
    """Why the line under an English title names who issued the release (the reason for its byline), else None."""
    if official_credit(text):
        return "issuing official"  # The Honourable Jane Doe, Minister for Roads
    if len(text) <= 90 and named_with_post(text, lex, office_held=True):
        return "issuing official, named with the post"  # Isaac Doe, Presidential Press Secretary
    if len(text) <= 80 and _ISSUING_OFFICE.fullmatch(text):
        return "issuing office"  # Vermont National Guard Public Affairs
    return None


# an organisation's office that speaks for it, named alone: … Public Affairs, … Press Office, … Communications
_ISSUING_OFFICE = fastre.compile(r"(?:(?:the\s+)?[A-Z][\w&.'’-]*\s+(?:(?:of|for|and|the)\s+)?){1,8}(?:Public Affairs|Public "
                                 r"Information(?: Office)?|Communications(?: Office| Unit)?|Press Office|Media Relations|"
                                 r"Media Office|News Service)")


def _marked_fields_from(d, i, limit):
    """Line i and the next line under the same mark (a wrapped value's line between at most) are each a field
    and its value (▣ 접종 대상 : …): a list of facts, not subtitles."""
    mark = d.lines[i].marker
    for k in range(i + 1, min(limit, i + 3)):
        if d.lines[k].marker == mark:
            return LABEL_LINE.match(d.lines[k].content) is not None
    return False


_SHORTEST_CUT_COPY = 30


def _cut_then_whole(cut, whole):
    """`cut` ends on an ellipsis and `whole` is the same words going on: one text printed cut short, then whole."""
    stem = cut.rstrip()
    if not stem.endswith(ELLIPSES):
        return False
    stem = stem.rstrip("…. ")
    return len(stem) >= _SHORTEST_CUT_COPY and len(whole) > len(stem) and whole.startswith(stem)



def _subtitle_again(d, i):
    """Line i repeats (whole or shortened) the subtitle right above it: the photo's caption, not a second one."""
    above = i - 1
    if above < 0 or d.roles[above] != "highlight":
        return False
    own, subtitle = d.lines[i].content.strip(), d.lines[above].content
    return len(own) >= _SHORTEST_REPEAT and own in subtitle


_SHORTEST_REPEAT = 12


def _headline_words_again(d, i):
    """Line i says again a few of the headline's words, and nothing else (▲ 인천시장 남동구 연두 방문 under '… 유정복
    인천시장, 남동구 연두 방문'): the photo's caption, shortened from the title."""
    own = _WORD.findall(d.lines[i].content)
    return len(own) >= _FEWEST_WORDS_AGAIN and set(own) <= set(_WORD.findall(d.lines[d.headline].content))


_FEWEST_WORDS_AGAIN = 3
_SHORTEST_OPENING = 4  # a line that is the next line's first words alone (an image's text cut short): this long at least


# the words a speech turns to its audience with: its first lines, never a subtitle or a credit
_ADDRESSES_THE_AUDIENCE = fastre.compile(
    r"(?i)(?:your\s+)?(?:excellenc(?:y|ies)\b|honou?rable\s|distinguished\s|ladies\s+and\s+gentlemen\b|"
    r"(?:mr\.?|madam)\s+(?:president|speaker|chair(?:man|person)?)\b|dear\s+(?:colleagues|friends|guests)\b|"
    r"good\s+(?:morning|afternoon|evening)\b)")


def _in_another_script(text, lex):
    """Almost none of the line's letters are the document's (Latin; Hangul or Latin for Korean): Arabic,
    Cyrillic, Greek, Thai, Chinese …"""
    letters = own = 0
    for char in text:
        if char.isalpha():
            letters += 1
            own += char <= "\u024f" or lex.lang == "ko" and ("\uac00" <= char <= "\ud7a3" or "\u3131" <= char <= "\u318e")
    return letters >= _FEWEST_LETTERS and own < _OWN_SCRIPT_SHARE * letters


_FEWEST_LETTERS = 4
_OWN_SCRIPT_SHARE = 0.2


def _read_deck(d):
    lex = d.lex
    limit = d.tail_start if d.tail_start is not None else len(d.lines)
    i = d.headline + 1
    highlights = 0
    while i < limit:
        if highlights > _MAX_HIGHLIGHTS:
            return  # more subtitles than any deck has: rule_deck gives them back to the body
        highlights += d.roles[i - 1] == "highlight"
        if not d.free(i):
            i += 1
            continue
        line = d.lines[i]
        if same_as_headline(d, line):
            d.claim(i, "stripped", "headline printed twice")
        elif d.roles[i - 1] == "highlight" and line.text == d.lines[i - 1].text:
            d.claim(i, "stripped", "subtitle printed twice")  # the page's copy and the article's, one after the other
        elif not _WORD_OR_FIGURE.search(line.content):
            d.claim(i, "stripped", "a separator alone under the headline")  # • |: a row's bar, left on a line of its own
        elif _SUBTITLE_FIELD.match(line.content) and len(line.content) <= _LONGEST_SUBTITLE_FIELD:
            d.claim(i, "highlight", "the subtitle under its field's name")  # 부제목 : …, Subtitle: … (a board's form)
        elif not _LETTER.search(line.content) and not d.lines[i].date_only:
            d.claim(i, "stripped", "figures alone under the headline")  # 16,486 44: a page's counters, no summary
        elif office_under_holder(d, i):
            d.claim(i, "stripped", "the post under its holder's name")  # Jane Doe / Press Officer at the Embassy
        elif line.marker and line.marker[0] in "▲△" and (_subtitle_again(d, i) or _headline_words_again(d, i)):
            d.claim(i, "stripped", "the subtitle again, as a photo's caption")  # ▲ … under the subtitle it repeats
        elif i + 1 < limit and d.free(i + 1) and not d.lines[i + 1].marker and not line.marker \
                and _printed_twice_wrapped(d, line, d.lines[i + 1]):
            # the release's own title under the page's, wrapped over two lines this time
            d.claim(i, "stripped", "headline printed twice")
            d.claim(i + 1, "stripped", "headline printed twice")
            i += 2
            continue
        elif is_caption(line, lex) and not _caption_is_the_text(d, i, limit):
            d.claim(i, "stripped", "photo caption")
        elif i + 1 < limit and not line.marker and len(line.content) >= _SHORTEST_OPENING \
                and d.lines[i + 1].content.startswith(line.content + " "):
            # 오영훈 도지사가 / 오영훈 도지사가 정무특보 … 임용했다.: the next line's first words alone (an image's
            # text cut short), no subtitle
            d.claim(i, "stripped", "the next line's first words, printed alone")
        elif _in_another_script(line.content, lex):
            # • Українською, • المكتب الإعلامي …: the release in another language, linked under its title
            d.claim(i, "stripped", "a line in another script: the release's other language, linked")
        elif line.marker and (end := _field_rows(d, i, limit)):
            # - 발행기관 / - 가온일보 / - 저자 / - 발행일 / - 2026-04-27 …: a post's information table, each cell on a
            # bulleted line of its own under the title - the page's, not subtitles, not the text
            for k in range(i, end):
                if d.free(k):
                    if d.lines[k].date_only:
                        claim_date_line(d, k, "a date among the post's fields under the headline")
                    else:
                        d.claim(k, "stripped", "a field of the post's information under the headline")
            i = end
            continue
        elif " " not in line.content and URL.fullmatch(line.content):
            d.claim(i, "stripped", "a web address under the headline")  # the clipped story's address on a board
        elif lex.lang == "en" and not line.marker and PICTURED_DOING.match(line.content) and not is_prose(line, lex):
            d.claim(i, "stripped", "photo caption: who is pictured doing what")  # Robert Lee presenting his credentials …
        elif lex.lang == "ko" and _noun_caption(d, i, limit):
            d.claim(i, "stripped", "photo caption: a noun phrase and a full stop over the text")
        elif lex.lang == "ko" and not line.marker and len(line.content) <= _LONGEST_DOING_NOW \
                and _KO_DOING_NOW.search(line.content) and not STOP_INSIDE.search(line.content) \
                and _wire_lead_below(d, i):
            # 센터 직원이 어르신들을 대상으로 … 교육을 하고 있다. over [매체]가온군이 …: one sentence in the progressive
            # above the lead the outlet's credit opens - what the photo shows being done, no summary (a summary names
            # or reports; a photo story's one sentence, with no lead under it, is its text)
            d.claim(i, "stripped", "photo caption: who is doing what, as a photo shows it")
        elif i + 1 < limit and (d.free(i + 1) or d.roles[i + 1] == "stripped") and not line.marker \
                and d.lines[i + 1].text == line.text \
                and (not ends_sentence(line.content, lex)
                     or i + 2 < limit and d.roles[i + 2] in ("byline", "dateline")):
            # Fake 10,000-Piso Banknote / Fake 10,000-Piso Banknote: the same words twice in a row under the
            # title, an image's alternative text and its caption (no subtitle is printed twice; the second may
            # have been taken for a caption already, over its credit; a sentence twice, over the byline or the date
            # rows that the text comes under)
            d.claim(i, "stripped", _IMAGE_TEXT_TWICE)
            d.claim(i + 1, "stripped", _IMAGE_TEXT_TWICE)
            i += 2
            continue
        elif i + 1 < limit and d.free(i + 1) and not line.marker and _cut_then_whole(line.content, d.lines[i + 1].content):
            # 'Firefighters were able to … North Dodge...' / 'Firefighters were able to … North Dodge Boulevard on
            # Friday.(City Fire Department)': an image's text cut short, then its caption whole - no subtitle is
            # printed cut and then again
            d.claim(i, "stripped", _IMAGE_TEXT_TWICE)
            d.claim(i + 1, "stripped", _IMAGE_TEXT_TWICE)
            i += 2
            continue
        elif not line.marker and matches(lex.attachment_labels, line.label):
            if _FILES_FIELD_ALONE.fullmatch(line.content):
                d.claim(i, "stripped", "the board's field for attached files, no file named")  # 붙임파일
            else:
                d.claim(i, "attachment", "a file attached to the page, under the headline")  # 첨부 250811 보도자료_….hwp
        elif matches(lex.tail_starts, line.content):
            d.claim(i, "stripped", "a copyright or site notice under the headline")
        elif _TOC_LABEL.fullmatch(line.label) and (end := _contents_list(d, i, limit)):
            # Contents / How the scheme will work / What happens next: the page's table of contents, each
            # entry a heading printed again further down
            for k in range(i, end):
                d.claim(k, "stripped", "table of contents" if k == i else "an entry of the table of contents")
            i = end
            continue
        elif line.marker and _DECK_LABEL.fullmatch(line.label) and _sibling_below(d, i, limit):
            d.body_start = i  # □ 주요 내용 … □ 추진 일정: the first of the body's sections, not a summary box
            return
        elif line.marker and line.marker[0] in "■◆▣" and marker_again_after_text(d, i, limit):
            d.body_start = i  # ■ one topic of a briefing, its text, ■ the next: the body's first section, no subtitle
            return
        elif _DECK_LABEL.fullmatch(line.label) and i + 1 < limit and d.lines[i + 1].marker:
            # 〈 주 요 내 용 〉, Highlights: over the items that summarise the release, sentences or not
            d.claim(i, "stripped", "label over the summary bullets")
            marker = d.lines[i + 1].marker
            k = i + 1
            while k < limit and k - i <= _MAX_HIGHLIGHTS and d.free(k) and d.lines[k].marker == marker:
                d.claim(k, "highlight", "an item of the summary under its label")
                k += 1
            i = k
            continue
        elif _DECK_LABEL.fullmatch(line.label) and (end := _unmarked_summary(d, i, limit)):
            # STORY HIGHLIGHTS over plain lines, then 'WASHINGTON, June 12, 2025 — …': the lines between summarise
            d.claim(i, "stripped", "label over the summary lines")
            for k in range(i + 1, end):
                d.claim(k, "highlight", "a line of the summary under its label")
            i = end
            continue
        elif _SECTION_HEADING.fullmatch(line.content) and not line.marker and (end := _summary_box(d, i, limit)):
            # 〈 달라지는 모습 〉 over a few bullets of one kind, then the body's □: the release's summary box
            d.claim(i, "stripped", "heading of the summary box")
            for k in range(i + 1, end):
                if d.free(k):
                    d.claim(k, "highlight", "an item of the summary box" if d.lines[k].marker else HIGHLIGHT_GOES_ON)
            i = end
            continue
        elif lex.lang == "ko" and not line.marker and _subtitle_in_angles(line.content) \
                and d.reasons[i - 1] not in _PHOTOS_CREDIT:  # (… © 매체 / < … >: the photo's caption under its credit)
            d.claim(i, "highlight", "a subtitle framed by angle brackets")  # < 가온시, 전천후 시정 ‘소통’ 홍보 >
        elif _SECTION_HEADING.fullmatch(line.content) and not line.marker and not dated_issuer(line.content, lex):
            d.body_start = i  # < 보도 내용 >, [Background]: a section heading opens the body (a dated one is the
            return            # release's date and issuer: <2016. 3. 10(목), 한국문화정보원>)
        elif not line.marker and _REPORT_HEADING.fullmatch(line.content) and _answers_a_report(d):
            d.body_start = i  # 언론보도 내용 over the report's points: the answer's text opens with the report
            return
        elif not line.marker and len(line.content) <= 200 and i + 1 < limit and d.free(i + 1) \
                and (_SECTION_HEADING.fullmatch(d.lines[i + 1].content) or _REPORT_SECTION.match(d.lines[i + 1].content)) \
                and _answers_a_report(d) and not _POINTS_AHEAD.search(line.content):
            # 「…」(매체, 7. 7.) 보도에 대한 설명입니다. over < 보도 내용 >: the answer in one line, the deck's
            d.claim(i, "highlight", "the answer in one line, above the report it answers")
        elif line.marker and line.marker[0] in "□■" and _answers_a_report(d) and (end := _answer_over_points(d, i, limit)):
            # □ 「…」 제하 보도는 사실과 다릅니다. over 1. … 2. …: the answer in one sentence, then its points
            d.claim(i, "highlight", "the answer in one sentence, above its numbered points")
            for k in range(i + 1, end):
                d.claim(k, "highlight", HIGHLIGHT_GOES_ON)
            i = end
            continue
        elif line.date_only:
            claim_date_line(d, i, "date line under the headline")
        elif len(line.content) <= 20 and _YEARLESS_DATE.fullmatch(line.content):
            claim_date_line(d, i, "a date without its year under the headline")  # - 8월 4일, Aug. 4
        elif len(line.content) <= 60 and not line.marker and matches(lex.date_cues, line.content) \
                and _YEARLESS_DATE.search(line.content) and find_date(line.content)[0] is None \
                and not is_fact_field(line, lex):  # (Date/Time: Tuesday, May 5, … is an event's fact)
            claim_date_line(d, i, "when it was issued, without the year, under the headline")  # Issued on Feb 22nd at …
        elif len(line.content) <= 60 and _dated_reference(line.content):
            claim_date_line(d, i, "the release's number and date under the headline")  # 014TRS/Budget 9 May 2006
        elif _place_over_date(d, i, limit):
            # PALO, IA, UNITED STATES / 06.03.2025: where and when, a line each
            d.claim(i, "stripped", "the place over the release's date")
            claim_date_line(d, i + 1, "date line under its place", place=line.content)
            i += 2
            continue
        elif lex.lang == "ko" and not line.marker and SALUTATION.search(line.content):
            d.body_start = i  # 존경하는 농업인 여러분!: a speech turns to its audience, and begins
            return
        elif i and d.lines[i - 1].text[:1] in "[【<" and _SCRIPT_TAG.fullmatch(d.lines[i - 1].text):
            d.body_start = i  # [앵커멘트] over what the anchor says: a broadcast's script, its text begins
            return
        elif dateline_waiting(line.content, lex) and i + 1 < limit and d.prose[i + 1]:
            d.body_start = i  # SOUTH BURLINGTON, Vermont – / The Vermont National Guard will …: the lead's dateline
            return
        elif lex.lang == "en" and _ADDRESSES_THE_AUDIENCE.match(line.content):
            d.body_start = i  # • Honourable Ministers … / • Ladies and Gentlemen: a speech turning to its audience opens
            return
        elif _deck_meta(line, lex, d):
            pass
        elif _caps_heading_after_meta(d, i):
            d.body_start = i  # ROADS ACT 1993 – SECTION 75 under the notice's date: its first heading opens the text
            return
        elif _summary_before_bullets(d, i):
            d.claim(i, "highlight", "summary sentence above the bullets")
            end = _summary_before_bullets(d, i)
            for k in range(i + 1, end):
                d.claim(k, "highlight", "summary bullet")
            i = end
            continue
        elif not line.marker and issuer_only(line.content, lex) and not (i and ends_open(d, i - 1)):
            # a name complete in itself: only a line above that stops on 'the', 'of', '를' would make it its rest
            d.claim(i, "stripped", "the issuer's letterhead under the headline")  # OFFICE OF THE GOVERNOR
        elif not line.marker and _release_type_then_title(d, i):
            d.claim(i, "stripped", "the release's type and its title again, a letterhead under the headline")
        elif _topic_label(line, lex) and not _continues_previous(d, i):
            d.claim(i, "stripped", "topic or type label under the headline")
            i = _label_value(d, i, limit)
        elif lex.lang == "ko" and _english_title_line(line):
            d.claim(i, "highlight", "the title in English under the Korean one")
        elif d.deck_ends is not None and i < d.deck_ends and not line.marker and (
                d.line_values[i] <= _PAGE_LIKE and d.line_relevance[i] <= _LEAST_SHARED or _headline_words_only(d, i)):
            # above where the global decision starts the body, a short line of words found nowhere else, no
            # sentence, no list marker: the page's (a share row, a blog's buttons between the title and subtitles)
            d.claim(i, "stripped", _FURNITURE)
            i = _label_value(d, i, limit)
            i = _field_value(d, i, limit) if d.reasons[i] == _FURNITURE else i
        elif _summary_above_meta(d, i):
            d.claim(i, "highlight", "summary between the headline and the release's date or issuer")
        elif _report_heading(line, lex):
            d.body_start = i  # ▶ 보도내용 (6.8일, ○○일보): a rebuttal's first section, the report it answers, is the body's
            return
        elif _numbered_heading(d, i, limit):
            d.body_start = i  # 1 / 2025년 7월중 동향: a section heading, its number on the line above, opens the body
            return
        elif line.marker and line.marker[0] == "*" and not _asterisk_list(d, i):
            # * (접속방법) … under a subtitle: a footnote to it, not a subtitle (its wrapped lines go with it)
            d.claim(i, "stripped", "a footnote under the subtitles")
            while i + 1 < limit and d.free(i + 1) and _goes_on(d, i + 1):
                i += 1
                d.claim(i, "stripped", "a footnote under the subtitles")
        elif line.marker and LABEL_LINE.match(line.content) and _marked_fields_from(d, i, limit):
            d.body_start = i  # ▣ 접종 대상 : … / ▣ 접종 기관 : …: a notice's facts, field after field, open the body
            return
        elif ((broken := _subtitle_broken_open(d, i)) or highlight_shape(line, lex)) \
                and not split_wire_prefix(line.text, lex) and not _runs_on(d, i) and \
                not (line.marker and line.marker[0] in "□■◆◇1" and is_prose(line, lex)) and \
                not (line.marker is None and _reads_as_text(line, lex) and not _over_posting_stamp(d, i)) and \
                (framed_by_dashes(line) or broken == _FRAME_CLOSED_BELOW or not runs_into_sentence(d, i)) and \
                not wrapped_english_paragraph(d, i) and \
                not (line.marker is None and _after_marked_subtitles(d, i) and not ends_sentence(line.content, lex)
                     and sentence_ends_below(d, i)):
            d.claim(i, "highlight", "subtitle under the headline")
            while i + 1 < limit and d.free(i + 1) and _goes_on(d, i + 1):
                i += 1
                d.claim(i, "highlight", HIGHLIGHT_GOES_ON)
        elif not line.marker and len(line.content) < _TOO_SHORT_TO_SAY and not any(c.isdigit() for c in line.content):
            d.claim(i, "stripped", "a stray word under the headline")  # Published / on: the date the copy lost
        elif not line.marker and line.content.endswith((":", "：")) and len(line.content) <= 200 \
                and not LABEL_LINE.match(line.content) and _wire_lead_below(d, i):
            # 'Some members of the media have asked about this incident:' over the dateline that opens the text: a
            # note leading into the release, which sums nothing up and is not its text
            d.claim(i, "stripped", "a note leading into the release, above its dateline")
        elif not line.marker and (len(line.content) <= 200 or len(line.content) <= _LONGEST_STANDFIRST
                                  and not LABEL_LINE.match(line.content)) and _wire_lead_below(d, i):
            # the lead paragraph opens further down with the wire's credit: this line above it is the deck's - unless
            # it prints the lead's own words (a listing's teaser: the label and the lead run together)
            if _lead_printed_in(d, i):
                d.claim(i, "stripped", "the lead paragraph's words printed above it (a teaser)")
            else:
                d.claim(i, "highlight", "summary above the lead paragraph")
        elif _page_field(d, i):
            # Publication date / Industry sector, a field's name (its value under it, or lost): no subtitle, and the
            # global decision starts the text lower down - the page's, not the body's first line
            d.claim(i, "stripped", _FURNITURE)
            i = _field_value(d, i, limit)
        else:
            d.body_start = i
            return
        i += 1


def _caption_is_the_text(d, i, limit):
    """Line i, a caption that tells what happened, is all the text under the headline (a photo release: its title
    and one caption; boilerplate.rule_captions gave it back for that)."""
    return d.prose[i] and not any(d.free(k) and d.prose[k] or d.roles[k] == "body" for k in range(i + 1, limit))


def _release_type_then_title(d, i):
    """PRESS RELEASE LA 1072 ROAD CLOSURE Washington Parish August 12, 2016 under the headline: the release's type,
    then its title (or most of it) again, the letterhead's line - a subtitle never opens with the release's type."""
    content = d.lines[i].content
    label = _RELEASE_TYPE_OPENING.match(content)
    if label is None:
        return False
    rest = keys(content[label.end():], d.lex)
    return len(rest) >= 2 and 2 * len(rest & keys(d.lines[d.headline].content[:KEYED], d.lex)) >= len(rest)


_RELEASE_TYPE_OPENING = fastre.compile(r"^(?:(?:news|press|media)\s+(?:release|advisory|statement)|for\s+immediate\s+release"
                                       r"|보도\s*(?:참고\s*|설명\s*|해명\s*)?자료)\s*[:：–—-]?\s*(?=\S)", re.I)


def _headline_words_only(d, i):
    """Line i, a few words under the headline above where the global decision starts the text, says again what the
    headline says (a name, an office) and nothing the text below says: the page's credit or tag restating the
    title (Senator Stewart-Cousins under her statement's title), not a subtitle, which speaks of the text.
    (Its words found in the headline made it look relevant to the article.)"""
    line = d.lines[i]
    if d.prose[i] or d.headline is None or len(line.content) > _LONGEST_TITLE_ECHO or line.content[-1:] in ".!?:" \
            or any(c.isdigit() for c in line.content):
        return False
    own = keys(line.content, d.lex)
    if not own or not own <= keys(d.lines[d.headline].content[:KEYED], d.lex):
        return False
    end = d.tail_start if d.tail_start is not None else len(d.lines)
    below = [keys(d.lines[k].content[:KEYED], d.lex) for k in range(d.deck_ends, end) if d.prose[k]]
    # (a word or two may recur: the senator's title in 'State Senators')
    return bool(below) and 2 * len(own & set().union(*below)) < len(own)


_LONGEST_TITLE_ECHO = 40


def _page_field(d, i):
    """Line i, under the headline, reads as the page's (a field's name, a label): not running text, valued as no
    part of the article, above where the global decision starts the text with nothing but such short lines
    between (□ 보도개요, a section's heading, a broken sentence's first phrase, 관리청은, and an exclamation,
    UPDATE!, open the body)."""
    line = d.lines[i]
    return d.deck_ends is not None and i < d.deck_ends and not d.prose[i] and d.line_values[i] <= _PAGE_LIKE \
        and (not line.marker or line.marker[0] in _BULLETS) and not ends_open(d, i) and line.content[-1:] not in ".!?" \
        and not any(d.prose[k] for k in range(i + 1, d.deck_ends))


def _field_value(d, i, limit):
    """Industry sector / Supply and Retail Market: the short line under a field's name (line i, the page's) is its
    value, unless it is a field's name too; returns the last line taken."""
    if i + 1 < limit and d.free(i + 1) and word_count(d.lines[i].content) <= _FIELD_NAME_WORDS and _page_field(d, i) \
            and not _BUTTON_NAMED.search(d.lines[i].content) \
            and len(d.lines[i + 1].content) <= _LONGEST_FIELD_VALUE \
            and not ends_sentence(d.lines[i + 1].content, d.lex) \
            and not (_page_field(d, i + 1) and word_count(d.lines[i + 1].content) <= _FIELD_NAME_WORDS):
        d.claim(i + 1, "stripped", "the value of the field above")
        if i + 2 < limit and d.free(i + 2) and not d.lines[i + 2].blank_before \
                and _PERSON_NAME.fullmatch(d.lines[i + 1].content) and is_post(d.lines[i + 2].content.split(",", 1)[0], d.lex):
            # Statement Attributable to: / J. James Rohack, MD / President, American Medical Association: the
            # person's post under the name is the value too
            d.claim(i + 2, "stripped", "the value of the field above")
            return i + 2
        return i + 1
    return i


_PERSON_NAME = fastre.compile(EN_PERSON_NAME + r"(?:,\s*(?:MD|PhD|MBA|RN|Jr\.?|Sr\.?|[A-Z]{2,4}))?")  # … , MD
_FURNITURE = "page furniture between the headline and the body"
# 스크랩버튼, Share button: a button named by its alternative text, which has no value under it
_BUTTON_NAMED = fastre.compile(r"(?i)(?:버튼|\bbutton)$")
_BULLETS = "•·∙◦-–*"
_FIELD_NAME_WORDS = 3
_LONGEST_FIELD_VALUE = 60


# decode.py's line value at or below which a line reads as the page around the article, not its text (a caption's
# 'Photo of …', a share row): with no word found in the text either, it is no subtitle. Set by a search over the
# decoder's weights on the dev tune split and blind probe halves; -2 (only the plainest chrome) left such lines
# as highlights
_PAGE_LIKE = 0.0
_LEAST_SHARED = 0.0  # … and the share of its words found in the text (evidence.relevance) at most this

_SECTION_HEADING = fastre.compile(r"[<\[【〈《]\s*[^<>\[\]【】〈〉《》]{1,40}\s*[>\]】〉》]")

_PHOTOS_CREDIT = ("a copyright or site notice under the headline", "photo caption")
# a statement framed by angle brackets: a subject and a comma (< 가온시, 전천후 시정 ‘소통’ 홍보 >), or a title's verb
# closing four words or more; a section's heading names a part (< 보도 주요 내용 >, < 행사 개요 >)
_ANGLES = fastre.compile(r"[<〈＜]\s*([^<>〈〉＜＞]{6,60}?)\s*[>〉＞]")
_SUBJECT_COMMA = fastre.compile(r"[가-힣A-Za-z0-9]{2,15},\s")


def _subtitle_in_angles(text):
    framed = _ANGLES.fullmatch(text)
    if framed is None:
        return False
    inner = framed.group(1)
    return _SUBJECT_COMMA.match(inner) is not None or len(inner.split()) >= 4 and TITLE_VERB_END.search(inner) is not None


# "Highlights:" / "주요 내용" over the bullets that summarise a release
_DECK_LABEL = fastre.compile(
    r"(?i)[<\[〈【(]?\s*(?:(?:story )?highlights|key (?:points|facts|takeaways)|at a glance|in brief|summary|주\s*요\s*내\s*용|"
    r"요\s*약|핵\s*심\s*(?:내\s*용|요\s*약))\s*[:：]?\s*[>\]〉】)]?")


# a board page's field naming the office that posted (부서명 공공의료과, 담당부서: 보건복지국 공공의료과)
_BOARD_OFFICE = fastre.compile(r"(?:부서명?|기관명|(?:담당|작성|등록|게시)\s*부서)\s*[:：]?\s*(?:[가-힣][가-힣 ]{0,28}"
                               r"(?:과|팀|실|국|담당관|센터|본부|단|부|청|처))")


# the section of an answer that quotes the report: < 보도 내용 >, □ 보도 내용(4. 8. ○○일보 12면)
_REPORT_SECTION = fastre.compile(r"[<〈\[【(]?\s*(?:\d+\.\s*)?(?:언론\s*)?(?:보\s*도|기\s*사)\s*(?:내\s*용|요\s*지|요\s*약)")
# the same heading alone on its line, unbracketed (언론보도 내용, 1. 보도 내용): the text's first section
_REPORT_HEADING = fastre.compile(_REPORT_SECTION.pattern + r"\s*[>〉\]】)]?")


# '… 보도와 관련하여 다음과 같이 해명합니다.': a sentence that hands over to what follows opens the text; it
# does not sum the answer up
_POINTS_AHEAD = fastre.compile(r"(?:다음|아래)과\s*같이|(?i:\bas follows\b)")


def _answers_a_report(d):
    """The release answers a news report (설명자료, 해명자료): its title says so, or a label above it."""
    return ANSWER_LABEL.search(d.lines[d.headline].label) is not None \
        or any(ANSWER_LABEL.fullmatch(d.lines[k].label) for k in range(d.headline))


_TOC_LABEL = fastre.compile(r"(?i)(?:table of )?contents|on this page|in this (?:article|release|page)|목\s*차|차\s*례")


# a month and a day, no year: when a post went up, in a site's row of facts under the title
_YEARLESS_DATE = fastre.compile(
    r"\d{1,2}\s*월\s*\d{1,2}\s*일(?:\s*\(?[월화수목금토일]\)?)?"
    r"|(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?)")


# a broadcast script's tag for who speaks next: [앵커멘트], [리포트], <기자>
_SCRIPT_TAG = fastre.compile(r"[\[【<]\s*(?:앵커|리포트|기자)\s*(?:멘트)?\s*[\]】>]")


# a release's reference: one token mixing figures with letters or a slash (014TRS/Budget, MR-045/2024), its label
# before it if any (Release No. 25-117)
_REFERENCE = fastre.compile(
    r"(?i:(?:(?:media|news|press)\s+)?release\s+)?(?i:ref|no|number)\.?\s*[:：]?\s*(?=[\w/.-]*\d)\w[\w/.-]{1,24}"
    r"|(?=[\w/.-]*\d)(?=[\w/.-]*[A-Za-z/])\w[\w/.-]{2,24}")


def _dated_reference(text):
    """A date and the release's reference number beside it, nothing else."""
    date, span = find_date(text)
    if not date:
        return False
    rest = text[:span[0]].strip(" |·,–—-:") + " " + text[span[1]:].strip(" |·,–—-:")
    return _REFERENCE.fullmatch(rest.strip()) is not None


def _answer_over_points(d, i, limit):
    """Where the sentence marked at line i ends (its lines wrapped at the page width included), when the numbered
    points of an answer follow it and no other line carries its marker: the answer summed up, not a section of
    the body; else None."""
    end = i + 1
    while end < limit and d.free(end) and not d.lines[end].marker and not d.lines[end].blank_before \
            and not ends_sentence(d.lines[end - 1].content, d.lex):
        end += 1
    below = d.lines[end].marker if end < limit else None
    if not ends_sentence(d.lines[end - 1].content, d.lex) or not below or not below[0].isdigit() \
            or _sibling_below(d, i, limit):
        return None
    return end


def _sibling_below(d, i, limit):
    """A later line carries the same marker as line i: i heads one section of several, at the body's top level."""
    marker = d.lines[i].marker
    return any(d.lines[k].marker == marker for k in range(i + 2, limit))


def _contents_list(d, i, limit):
    """The end of the entries under a table of contents' label (lines printed again further down), or None."""
    printed = Counter(d.lines[k].content for k in range(i + 1, limit))
    k = i + 1
    while k < limit and d.free(k) and len(d.lines[k].content) <= 80 and printed[d.lines[k].content] >= 2:
        k += 1
    return k if k > i + 1 else None




_FILES_FIELD_ALONE = fastre.compile(r"(?:붙\s*임|첨\s*부)\s*파\s*일\s*[:：]?")


def _field_rows(d, i, limit):
    """Where a run of short lines bulleted alike that starts at line i ends, when it is a table's cells read one to
    a line (six or more, none a sentence: names and values, 발행기관 / 가온일보 / 발행일 / 2026-04-27); else None."""
    marker, k, above = d.lines[i].marker, i, ""
    while k < limit and d.lines[k].marker == marker and _field_cell(d.lines[k].content, above) \
            and not ends_sentence(d.lines[k].content, d.lex):
        above = d.lines[k].content  # (the cell above in the run: a field's name over its value)
        k += 1
    return k if k - i >= _FEWEST_FIELD_ROWS else None


def _field_cell(text, above):
    """Short enough for a table's cell: a value, or a field's name with its colon (- Type of communication:) and
    the value under it (- Important Safety Information)."""
    return len(text) <= _FIELD_CELL or len(text) <= _FIELD_NAME_CELL and (text.endswith((":", "："))
                                                                          or above.endswith((":", "：")))


_FIELD_CELL = 20
_FIELD_NAME_CELL = 40
_FEWEST_FIELD_ROWS = 6


_LONGEST_DATE_ROW_AFTER_NAMES = 200


def _full_date_closing(text):
    """Where a full date (day, month and year) that closes the text starts, else None."""
    date, span = find_date(text)
    return span[0] if date is not None and len(date) == 10 and span[1] >= len(text.rstrip(" .")) else None


def _closed_by_a_date(text):
    """The line ends on a full date after a comma, with no sentence before it."""
    start = _full_date_closing(text)
    return start is not None and text[:start].rstrip().endswith(",") and not fastre.search(r"[.!?]\s", text[:start])


_SECTION_NOUN = fastre.compile(r"(?:내용|자료|사항|개요|현황|결과|계획|안내|설명|입장|배경|요약)$")


def _deck_meta(line, lex, d):
    """Short metadata bullets under a headline: a bare name (byline), a counter, an office."""
    text = line.content
    i = line.index
    if fastre.fullmatch(r"[가-힣]{2,4}", text) and _near_date(d, i) and not _SECTION_NOUN.search(text) \
            and not (line.marker and line.marker[0] in "□■◆◇▣"):
        # (□ 보도내용 by the date: a section of the text, whose heading is a word of that length too)
        d.claim(i, "byline", "reporter name next to the date")
        d.bylines.append((i, text))
        return True
    if line.marker and fastre.fullmatch(r"[가-힣A-Za-z0-9]{2,12}", text) and i + 1 < len(d.lines) \
            and d.lines[i + 1].marker == line.marker and d.roles[i + 1] == "dateline":
        # • 충청타임즈 / • 승인 2006.07.24 09:10 / • 댓글 0: a news page's row of facts set as bullets, the outlet (or
        # the writer) over when it was posted
        d.claim(i, "byline", "who posted it, a bullet over the date")
        d.bylines.append((i, text))
        return True
    if "@" in text and EMAIL.fullmatch(text.strip("()<>[] ")):
        d.claim(i, "byline", "an address alone under the headline")  # the reporter's, under the name
        d.bylines.append((i, text))
        return True
    if line.marker and fastre.fullmatch(r"[\d,]+", text):
        d.claim(i, "stripped", "counter")
        return True
    if line.marker and fastre.fullmatch(r"[가-힣]{2,12}(?:팀|과|실|국|담당관|센터)", text):
        d.claim(i, "byline", "issuing office")
        d.bylines.append((i, text))
        return True
    place = place_with_date(text, lex)
    if place is not None:
        claim_date_line(d, i, "place and date under the headline", priority=3, place=place)
        return True
    if lex.lang == "en" and len(text) <= _LONGEST_DATE_ROW_AFTER_NAMES and _closed_by_a_date(text):
        # Jane Doe, President of the Bank, John Roe, Vice-President, Frankfurt am Main, 6 September 2012: who speaks,
        # where and when, under a statement's title - the release's facts, not a subtitle
        claim_date_line(d, i, "who, where and when, under the headline", priority=3)
        return True
    if len(text) <= _LONGEST_SECTION_AND_DATE and " | " in text and _section_and_date(text):
        # Community news | Thursday, April 4, 2026: the page's section and the posting date, not a subtitle
        claim_date_line(d, i, "the page's section and date under the headline", priority=3)
        return True
    if len(text) <= 100 and _label_and_date(text, lex):
        claim_date_line(d, i, "release label and date under the headline", priority=3)  # Press Release | Updated: …
        return True
    if len(text) <= 80 and dated_issuer(text, lex):
        claim_date_line(d, i, "issuer and date under the headline", priority=3)  # 다온도청 · Wed, 08 Apr 2026 10:30
        return True
    if len(text) <= _LONGEST_DATE_ROW and _dated_row(text, lex):
        claim_date_line(d, i, "the page's date row under the headline", priority=3)  # 매체 승인 2024.04.26 15:00 의견 0
        return True
    if _BOARD_OFFICE.fullmatch(text):
        d.claim(i, "byline", "issuing office, a board's field")  # 부서명보건복지국 공공의료과
        d.bylines.append((i, text))  # the line as written: every line is kept somewhere, whole
        return True
    credit = _issuer_credited(text, lex) if lex.lang == "en" else None
    if credit:
        d.claim(i, "byline", credit)
        d.bylines.append((i, text))
        return True
    if lex.lang == "en" and fastre.match(r"(?i)^(?:the )?(?:press|news|media) release (?:was )?issued by\b|^issued by\b", text):
        claim_date_line(d, i, "issuer and date line")
        return True
    field = _BY_FIELD.match(text) if lex.lang == "en" and len(text) <= _LONGEST_BY_FIELD else None
    if field and not ends_sentence(text, lex):
        # Issue by: Premier, Released by: …: the value is the credit, the label goes to stripped
        d.claim(i, "byline", "who issued it, a field under the headline")
        d.fragments.setdefault(i, []).append(field.group().strip())
        d.bylines.append((i, text[field.end():]))
        return True
    return False


# a header's field naming who issued or wrote the release, its label ending on 'by' and a colon
_BY_FIELD = fastre.compile(r"(?i)(?:[a-z]+\s+)?by\s*[:：]\s*(?=\S)")
_LONGEST_BY_FIELD = 60


_FIELD_SPLIT = fastre.compile(r"\s*[|·•]\s*")
_CLOCK_TIME = fastre.compile(r"(?i),?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]\.?M\.?)?\s*(?:[A-Z]{2,4}\b|[+-]\d{4})?")


_LONGEST_DATE_ROW = 60
_NUMERIC_DATE_FIRST = fastre.compile(YMD_FIGURES + r"\.?\s+(?=\S)")
_FEWEST_ROW_WORDS = 5


def _dated_row(text, lex):
    """A date with its hour among a few words and no sentence (내셔널타임스 승인 2024.04.26 15:00 의견 0): a news page's
    row of the outlet, when it was posted and its counters, whatever the words are; or a date in figures opening
    a line of one or two words (2023-12-25 연구/산학: when it was posted, and under which category)."""
    numeric = _NUMERIC_DATE_FIRST.match(text)
    if numeric and 1 <= word_count(text[numeric.end():]) <= 2 and not ends_sentence(text, lex):
        return True
    date, span = find_date(text)
    if not date:
        return False
    after = text[span[1]:].replace("[", " ").replace("]", " ")  # 2018/08/24 [18:13]: the hour in brackets
    if not _CLOCK_TIME.search(after[:12]):
        return False
    rest = _CLOCK_TIME.sub(" ", text[:span[0]] + " " + after)
    return word_count(rest) <= _FEWEST_ROW_WORDS and not ends_sentence(rest.strip(), lex)


_LONGEST_SECTION_AND_DATE = 60
_SECTION_WORDS = 3


def _section_and_date(text):
    """A few words, a bar, then a full date closing the line."""
    section, _, when = text.partition(" | ")
    return _full_date_closing(when) is not None and 1 <= word_count(section) <= _SECTION_WORDS \
        and not find_date(section)[0]


def _label_and_date(text, lex):
    """'Press Release | Updated: Mar 18, 2025, 07:42 PM IST', 'Press release 4 May 2026': the release's kind and
    its date, nothing else - every field besides the date is a release label or a date's own label."""
    date, span = find_date(text)
    if not date:
        return False
    rest = _CLOCK_TIME.sub(" ", text[:span[0]] + " | " + text[span[1]:])
    fields = [f.strip(" ,:：–—-") for f in _FIELD_SPLIT.split(rest)]
    fields = [f for f in fields if f]
    return bool(fields) and any(matches(lex.release_labels, f) for f in fields) and all(
        matches(lex.release_labels, f) or matches(lex.date_cues, f) for f in fields)
_LABEL_GLUE = frozenset(("and", "&", "of", "the", "for"))


def _topic_label(line, lex):
    """Health / Rural Communities / Release under a ministry's headline: portfolio, topic and type tags.
    One to three capitalised words (Korean: one or two short words), no digits and no punctuation at the end."""
    text = line.content
    if line.marker or len(text) > 30 or fastre.search(r"\d|[.!?:：…,]$", text):
        return False
    words = text.split()
    if lex.lang == "en":
        return 1 <= len(words) <= 3 and all(w[0].isupper() or w in _LABEL_GLUE for w in words) and words[0][0].isupper() \
            and not lex.verb_left_open.search(text)  # SUPERINTENDENT ANNOUNCES: a subtitle's first half, no tag
    return len(words) <= 2 and 2 <= len(text) <= 10 and not _NOT_A_LABEL_END.search(text)


def _continues_previous(d, i):
    """'를' under a long line that stops mid-sentence is the rest of it, wrapped, not a label."""
    if i == 0 or d.lines[i].blank_before:
        return False
    prev = d.lines[i - 1].content
    return len(prev) >= 35 and not is_sentence_like(prev, d.lex)


def _label_value(d, i, limit):
    """'Part of' over 'Environment and climate change': a label that stops on 'of' cannot stand alone, the next
    short line is its value (claimed with it), as is a board's field's ('Writer' over 'Spokesperson's Office');
    returns the last line taken."""
    words = d.lines[i].content.split()
    field = d.lines[i].content.lower().rstrip(" :：") in _POST_FIELDS
    if words and (words[-1].lower() in _OPEN_LABEL_ENDS or field) and i + 1 < limit and d.free(i + 1) \
            and len(d.lines[i + 1].content) <= 80 and not ends_sentence(d.lines[i + 1].content, d.lex):
        d.claim(i + 1, "stripped", "the value of the label above")
        return i + 1
    return i


# a label that stops on one of these cannot stand alone: its value is on the next line
_OPEN_LABEL_ENDS = {"of", "in", "under", "from", "by", "for", "to"}
# a board's fields about the post, each over its value: Writer / Spokesperson's Office
_POST_FIELDS = {"writer", "author", "posted by", "written by", "hits", "views", "작성자", "글쓴이", "조회수", "조회"}
_NOT_A_LABEL_END = fastre.compile(r"(?:다|요|음|함|임|됨|기자|특파원)$")


# a standfirst above a lead that opens on its dateline or wire credit: a sentence or two, not a page's worth;
# past 200 characters, not a labelled line either (Caption: From left …)
_LONGEST_STANDFIRST = 400


_LEAD_OPENING = 40  # characters of the lead's opening a teaser repeats


def _lead_printed_in(d, i):
    """Line i holds the opening words of the next paragraph of running text below it, word for word."""
    for k in range(i + 1, min(len(d.lines), i + 4)):
        if d.free(k) and d.prose[k]:
            opening = d.lines[k].content[:_LEAD_OPENING]
            return len(opening) == _LEAD_OPENING and opening in d.lines[i].content
    return False


def _wire_lead_below(d, i):
    """A paragraph opened by a wire or outlet credit ((서울=연합뉴스) 홍길동 기자 =) within the next lines, only
    credits and dates between: there the body starts."""
    for k in range(i + 1, min(len(d.lines), i + 4)):
        if d.roles[k] in ("byline", "dateline", "stripped"):
            continue
        return d.free(k) and split_wire_prefix(d.lines[k].text, d.lex) is not None and d.prose[k]
    return False


def _over_posting_stamp(d, i):
    """Line i stands among the summary points over the page's posting stamp (Posted On: …), where the global
    decision put the deck: the text starts under the stamp, whatever the points read like."""
    if d.deck_ends is None or i >= d.deck_ends:
        return False
    for k in range(i + 1, min(d.deck_ends + 1, len(d.lines))):
        if d.roles[k] is not None and d.reasons[k] != HIGHLIGHT_GOES_ON:
            return d.reasons[k] == "dated release line"
    return False


def _reads_as_text(line, lex):
    """Running text rather than a subtitle: Korean by its sentences (a subtitle may run long), English by prose."""
    if lex.lang != "ko":
        return is_prose(line, lex)
    return is_sentence_like(line.content, lex) or "다. " in line.content


def _runs_on(d, i):
    """The line is the first part of a paragraph broken inside one block, the rest on the next line."""
    nxt = i + 1
    block = d.lines[i].block
    # the parts of one multi-line block share its text (a position alone is shared by a PDF page's lines)
    return nxt < len(d.lines) and "\n" in block.text and d.lines[nxt].block.text == block.text \
        and not d.lines[nxt].marker and not ends_sentence(d.lines[i].content, d.lex)


HIGHLIGHT_GOES_ON = "the subtitle's next line"


def _asterisk_list(d, i):
    """'* item' lines in a row in an English text are a plain-text bulleted list (an e-mail's, a Markdown
    export's), not footnotes: a note under a subtitle stands alone (Korean '*' lines are notes: ※ and *)."""
    def starred(k):
        return 0 <= k < len(d.lines) and (d.lines[k].marker or "")[:1] == "*"
    return d.lex.lang != "ko" and (starred(i - 1) or starred(i + 1))


_NUMBER_ALONE = fastre.compile(r"(?:\d{1,2}|[IVX]{1,4}|[Ⅰ-Ⅹ])\.?")


def _numbered_heading(d, i, limit):
    """A short heading whose section number stands alone on the line above (the layout drew the numbering
    apart), with running text right under it."""
    if i < 1 or i + 1 >= limit or d.roles[i - 1] not in (None, "stripped") \
            or not _NUMBER_ALONE.fullmatch(d.lines[i - 1].content):
        return False
    heading = d.lines[i]
    return not heading.marker and len(heading.content) <= 40 and not is_sentence_like(heading.content, d.lex) \
        and not heading.date_only and d.prose[i + 1]


def _after_marked_subtitles(d, i):
    """The subtitles above carry bullets (▴ …, - …): an unmarked line after them is not one of them."""
    above = [k for k in range(d.headline + 1, i) if d.roles[k] == "highlight" and d.reasons[k] != HIGHLIGHT_GOES_ON]
    return bool(above) and all(d.lines[k].marker for k in above)


def _summary_box(d, i, limit):
    """A bracketed heading under the title over two to eight items of one bullet (their wrapped lines with
    them), right before the body's first □ paragraph: where the body starts, else 0. A report quoted by an
    answer (< 보도 내용 > over ◈ and ㅇ) mixes its bullets and is the body's."""
    if d.lex.lang != "ko":
        return 0
    k = i + 1
    glyph = None
    items = 0
    while k < limit and items <= _MAX_HIGHLIGHTS:
        line = d.lines[k]
        if line.marker:
            if glyph is None and line.marker[0] not in "□■1(*※":
                glyph = line.marker[0]
            if line.marker[0] != glyph:
                break
            items += 1
        elif not (items and d.free(k) and (_goes_on(d, k) or not line.blank_before
                                           and not ends_sentence(d.lines[k - 1].content, d.lex))):
            break  # an item's wrapped line (the box's items may be sentences) goes with it
        k += 1
    if 2 <= items <= _MAX_HIGHLIGHTS and k < limit and d.lines[k].marker and d.lines[k].marker[0] in "□■":
        return k
    return 0

def _subtitle_broken_open(d, i):
    """Grants in 41 states will replace aging buses with low- and / no-emission vehicles: a subtitle broken at
    the page width on a word that leaves it open ('and', 'the'); the next line ends it, with no full stop, and a
    gap follows. (A line stopping open alone is a broken sentence, never a subtitle.)"""
    lex, line, k = d.lex, d.lines[i], i + 1
    framed = line.marker and line.marker[0] in "-–" and k < len(d.lines) and d.lines[k].text.endswith((" -", " –"))
    left_open = lex.dangling_end.search(line.content) or lex.verb_left_open is not None and lex.verb_left_open.search(line.content)
    if line.marker and not framed or not (framed or left_open) or k >= len(d.lines) \
            or not d.free(k) or not _goes_on(d, k):
        return False  # '- … 없는' / '… 활용 -': a frame of dashes the second line closes
    if not framed and k + 1 < len(d.lines) and not (d.lines[k + 1].blank_before or d.lines[k + 1].marker):
        return False
    rest = d.lines[k].content
    if lex.dangling_end.search(rest) or ends_sentence(rest, lex) or rest.endswith((":", "：")):
        return False
    joined = line.content + " " + rest
    if not (3 <= word_count(joined) <= 30 if lex.lang != "ko" else len(joined) <= 120):
        return False
    return _FRAME_CLOSED_BELOW if framed else True


_FRAME_CLOSED_BELOW = "framed"  # _subtitle_broken_open's answer for a subtitle whose frame of dashes the next line closes


def _goes_on(d, k):
    """Line k is the rest of the subtitle (or note) above it, broken at the page width: no gap (unless the text
    has one after every line), no bullet of its own, not a date or a sentence, and the line above stops open,
    or fills the width in a text that separates its paragraphs with blank lines, or opened a '- … -' frame
    that this line closes, or this line opens with a conjunction (또는, 및)."""
    line = d.lines[k]
    gap = line.blank_before and not blank_between_all(d)
    if gap or line.marker or line.date_only or len(line.content) > 160 or line.content[:1] in "<[〈【《" \
            or is_sentence_like(line.content, d.lex):
        return False
    above = d.lines[k - 1]
    if d.lex.lang != "ko":
        if d.lex.verb_left_open is not None and d.lex.verb_left_open.search(above.content):
            # EDUCATION SECRETARY ANNOUNCES / 2025 BLUE RIBBON SCHOOLS: what the verb takes, in the same case
            return above.content.isupper() == line.content.isupper()
        return d.lex.continuation_start.match(line.text) is not None and not above.content.endswith((".", ":"))
    if ends_open(d, k - 1) or line.content.split(" ", 1)[0] in d.lex.function_words and not ends_sentence(above.content, d.lex):
        return True
    if above.marker and above.marker[0] in "-–" and line.text.endswith((" -", " –")) and not above.text.endswith(("-", "–")):
        return True  # '- 조망할 수' / '있는 지표 … 서비스 -': the frame closes on the second line
    closed = above.marker and above.marker[0] in "-–" and above.text.endswith(("-", "–"))  # '- … -' is whole
    filled = d.wrap_width and len(above.content) >= FILLED * d.wrap_width
    if filled and not closed and not ends_sentence(above.content, d.lex) and len(line.content) < FILLED * d.wrap_width \
            and _item_ends_at(d, k):
        return True  # '- … 약 2만 8천 명' / '혜택' / '- …': a subtitle cut at a PDF's page width, its short last line
    return not gap and not closed and len(above.content) >= 35 and not ends_sentence(above.content, d.lex) \
        and blank_separated(d) and len(above.content) >= 0.75 * text_width(d)


def _place_over_date(d, i, limit):
    """An English place alone on its line (PALO, IA, UNITED STATES; Geneva, Switzerland), right over a line
    that is only a date."""
    return i + 1 < limit and d.free(i + 1) and place_over_date(d, i)


def _caps_heading_after_meta(d, i):
    """An English line in capitals, three words or more, after the release's date line under the headline: a
    heading of the text (a notice's statute, a section's name), not a subtitle."""
    line = d.lines[i]
    return d.lex.lang == "en" and not line.marker and in_capitals(line.content) and word_count(line.content) >= 3 \
        and any(d.roles[k] == "dateline" for k in range(d.headline + 1, i))


def _printed_twice_wrapped(d, line, nxt):
    """Two lines that, joined, are the headline's words exactly."""
    return d.headline_text is not None and len(line.content) < len(d.headline_text) \
        and same_words_as_headline(d, f"{line.content} {nxt.content}")


def _item_ends_at(d, k):
    """Nothing of the same paragraph follows line k: the text's end, a gap, or the next marked item."""
    return k + 1 >= len(d.lines) or d.lines[k + 1].blank_before or d.lines[k + 1].marker is not None


def _english_title_line(line):
    """Under a Korean headline, a line in Latin script (an English title or summary) is a highlight."""
    text = line.content
    if line.marker or not 20 <= len(text) <= 200 or fastre.search(r"[가-힣]", text) or find_date(text)[0]:
        return False  # a dated line in English is a wire dateline, not a title
    return len(fastre.findall(r"[A-Za-z]", text)) >= 0.6 * len(text)


def _summary_above_meta(d, i):
    """gov.uk and similar pages: title, one summary sentence, then 'From: …' / 'Published …' before the body.
    A sentence right under the headline with the release's own metadata right under it is the summary."""
    line = d.lines[i]
    if i != d.headline + 1 or line.marker or len(line.content) > 300:
        return False
    for k in range(i + 1, min(i + 5, len(d.lines))):  # a label or two (From: / Published) may come first
        if d.roles[k] is None and (d.lines[k].date_only or place_with_date(d.lines[k].content, d.lex) is not None):
            return is_prose(line, d.lex)  # Washington, March 3, 2025: the release's place and date, not yet claimed
        if d.roles[k] is None and len(d.lines[k].content) <= 20 and matches(d.lex.date_cues, d.lines[k].label):
            continue  # 'Published' over '3 February 2025': the label set over its value
        if d.roles[k] is None:
            return False
        if d.roles[k] in ("byline", "dateline", "embargo"):
            return is_prose(line, d.lex)
    return False


def _near_date(d, i):
    """A date line next to line i, a separator alone (• |) between them or not."""
    for step in (-1, 1):
        k = i + step
        if 0 <= k < len(d.lines) and not _WORD_OR_FIGURE.search(d.lines[k].content):
            k += step  # 홍길동 / | / 입력 2014-10-10: the row's bar set on a line of its own
        if 0 <= k < len(d.lines) and (d.roles[k] == "dateline" or find_date(d.lines[k].text)[0]):
            return True
    return False


# subtitles and summary bullets run to a handful; more under a title is the body
_MAX_HIGHLIGHTS = 8


def _unmarked_summary(d, i, limit):
    """Under a summary's label, plain lines up to the paragraph a dateline opens (where the body surely
    starts): the end of the summary, else None (unmarked lines alone could as well be the body)."""
    for k in range(i + 1, min(limit, i + 2 + _MAX_HIGHLIGHTS)):
        line = d.lines[k]
        if not d.free(k) or line.marker:
            return None
        if split_wire_prefix(line.text, d.lex):
            return k if k > i + 1 else None
    return None
# a summary's bullets (and the From:/Published lines among them) are a handful of lines, never a page
_MAX_SUMMARY_LINES = 16


def _wrapped_at(d, j):
    """Line j is part of a hard-wrapped paragraph: it goes on from the line above, or the next line goes on
    from it (in lower case: a new item would start with a capital)."""
    starts = d.lex.continuation_start
    return starts.match(d.lines[j].text) is not None or j + 1 < len(d.lines) and not d.lines[j + 1].blank_before \
        and starts.match(d.lines[j + 1].text) is not None


# a photo's credit in brackets right after the caption's last word or stop: … on Friday.(City Fire Department)
_CREDIT_CLOSING = fastre.compile(r"[.!?]\s*\((?:[A-Z][\w.&'’-]*\s*){1,6}\)$")


def _summary_before_bullets(d, i):
    """gov.uk style: one summary sentence, then summary bullets (marked, or two or more short lines), then the body."""
    line = d.lines[i]
    if line.marker or d.lex.lang != "en" or line.content.endswith(":") or split_wire_prefix(line.text, d.lex):
        return False
    if any(d.roles[k] == "highlight" for k in range(d.headline + 1, i)):
        return False  # a subtitle stands over it already: the sentence and its list open the body (the deck is one)
    j = i + 1
    marked = unmarked = 0
    end = min(len(d.lines), i + _MAX_SUMMARY_LINES)
    while j < end:
        nxt = d.lines[j]
        if not d.free(j) and d.roles[j] in ("dateline", "byline", "stripped"):
            j += 1  # From: / Published lines between the summary and its bullets
            continue
        if not d.free(j):
            break
        if nxt.marker and nxt.marker[0] not in "1" and highlight_shape(nxt, d.lex):
            marked += 1
        elif nxt.text == d.lines[j - 1].text:
            break  # the same words twice in a row: an image's text and its caption, which no summary prints
        elif not nxt.marker and word_count(nxt.content) <= 40 and not fastre.search(r"[.!?:][\"'”’)]*$", nxt.content) \
                and word_count(nxt.content) >= 3 and not nxt.date_only and highlight_shape(nxt, d.lex, True) \
                and not _wrapped_at(d, j) and not in_capitals(nxt.content) \
                and not matches(d.lex.byline_patterns, nxt.content) and not _CREDIT_CLOSING.search(nxt.content):
            # (a heading in capitals is the text's; 'By … Staff' the writer's; '… on Friday.(City Fire Department)' a
            # photo's caption, closed by its credit)
            unmarked += 1  # summary bullets whose glyphs were lost (PDF, pasted text) still lack the full stop
        else:
            break
        j += 1
    bullets_ok = marked >= 1 and not unmarked or unmarked >= 2 and not marked
    if bullets_ok and j < len(d.lines) and d.prose[j] and len(line.content) <= 300:
        return j  # where the body starts
    return 0
