"""Where the body starts and ends: running text, the tail after it (related lists, about, copyright), the
wire prefix of the first paragraph, and leftovers (stripped, never lost)."""
from __future__ import annotations

import re
from collections import Counter

from .. import fastre, lexicon
from ..lexicon.common import CHAT_HEAD, EMAIL, URL, matches, phones_in
from .body import SENTENCE_STOP, ends_sentence
from .boilerplate import is_caption, is_chrome, one_related_link
from .contact import EN_PERSON_NAME, is_post, named_with_post
from .dates import MONTHS, find_date
from .draft import CUT_OFF, RELEASE_KIND_FIRST, RUNNING_HEAD, claim_date_line, label_text
from .headline import (framed_by_dashes, in_capitals, issuer_only, keys, printed_again_word_for_word, same_as_headline,
                       title_case)
from .lines import LABEL_LINE, is_prose, word_count
from .wire import KO_OTHER_WRITER_POSTS, WireSplit, split_wire_prefix


def first_prose(d):
    """Index of the first unclaimed line that reads as running text (or that an editor pinned as body), or None.
    A long title printed again word for word further down (a government's news page prints it over the release)
    is no running text, however long: the text begins after it."""
    found = next((i for i in range(len(d.lines)) if d.free(i) and d.prose[i] or d.pins.get(i) == "body"), None)
    if found is not None and d.pins.get(found) != "body" and not d.lines[found].content.endswith((".", "!", "?")) \
            and len(d.lines[found].content) <= _LONGEST_TITLE_PRINTED and printed_again_word_for_word(d, found):
        return next((i for i in range(found + 1, len(d.lines)) if d.free(i) and d.prose[i] or d.pins.get(i) == "body"),
                    found)
    return found


_LONGEST_TITLE_PRINTED = 300


def tail_cues(d):
    """{line index: why the article may be over from there}: end marks, copyright and related-story
    lists, the next release of a feed. Cues, not decisions: decode.py weighs them against the text after."""
    lex = d.lex
    either = _TAIL_STARTS  # a short line may be the other language's (a Korean page's English footer)
    cues = {}
    writers = _writers(d)
    letterhead_again = _letterhead_printed_again(d)
    item_heads = _item_head_again(d) | _credit_again(d) | _deck_line_again(d) | _after_closing_line_again(d) \
        | _title_lines_again(d) | _dated_title_again(d)
    # (asked of English pages only: _caps_title_again reads no other)
    caps_title_above = lex.lang == "en" and d.first_prose is not None and any(
        _caps_title(d.lines[k].content) for k in range(d.first_prose + 1) if not d.lines[k].marker)
    # the article cannot be over before it has begun: before the first running text no cue is looked for
    for i in range(d.first_prose or 0, len(d.lines)):
        line = d.lines[i]
        if writers and _card_of(line.content, writers):
            cues[i] = "the writer's card"  # Jordan Ellis / Jordan Ellis covers county government …
            continue
        if d.reasons[i] in ("end mark", "header of a list of other stories"):
            cues[i] = d.reasons[i]
            continue
        if line.text[:1] == "[" and d.roles[i] == "stripped" and CHAT_HEAD.fullmatch(line.text):
            cues[i] = "the next message of a chat"  # the release was one message of a messenger's export
            continue
        if not d.free(i) and d.roles[i] != "stripped" or d.reasons[i] == "photo caption":
            continue  # a caption's credit (… 조감도 ⓒ마포구) is the photo's, not the page's copyright
        text = line.content if line.marker else line.text
        if lex.lang == "ko" and i > (d.first_prose or 0) and len(text) >= _TITLE_CREDIT_LEAD and "기자" in text \
                and _title_run_into_credit(text, lex):
            cues[i] = "the next release of a feed"
        elif lex.lang == "en" and i > (d.first_prose or 0) and _describes_itself(d, i, text):
            cues[i] = "an issuer's description under its name"  # The … Department strives to …, with no heading
        elif len(text) > 200 and not _COPYRIGHT.search(text):
            # a paragraph: only a copyright notice makes one the tail (a cue in it is the text's own word), or a
            # run-in 'About the …' heading opening the issuer's description
            if _ABOUT_RUN_IN.match(text):
                cues[i] = "an issuer's description under its name"
            elif _next_item_starts(d, i) and not matches(lex.tail_starts, text):
                cues[i - 1] = "the next release of a feed"
        elif one_related_link(line.content):
            continue  # ▶ 관련기사 : … inside the text: one link, the text goes on under it
        elif i > (d.first_prose or 0) + 1 and len(text) <= _LONGEST_STAMP and _date_stamp(text, lex):
            cues[i] = "the page's date stamp after the text"  # Last update: 16 December 2021
        elif lex.lang == "en" and d.first_prose is not None and i > d.first_prose and len(text) <= 90 \
                and named_with_post(text, lex) and not any(d.prose[k] for k in range(i + 1, len(d.lines))):
            cues[i] = "the writer's name and post under the text"  # … visit the site. / Dave Mason, Information Supervisor
        elif i > (d.first_prose or 0) + 1 and line.date_only and (signed := _signed_by_issuer(d, i)) is not None:
            # Bank Negara Malaysia / 2 December 2021; Ministry of Foreign Affairs / Colombo / 28 November 2019 over
            # the next release's title
            start, another_below = signed
            cues[start] = SIGNED_OVER_NEXT if another_below else "the issuer's name and the date signing the release"
        elif i > (d.first_prose or 0) and _COMMENTS_HEADER.match(text):
            cues[i] = READERS_COMMENTS  # 38 Responses to "…": the readers' comments under the post
        elif i > (d.first_prose or 0) and len(text) <= 24 and _READ_MORE.fullmatch(text) and d.prose[i - 1]:
            cues[i] = READ_MORE  # … the first sentences. / Read more: a listing's teaser, the next entry under it
        elif i > (d.first_prose or 0) and _FEED_FOOTER.match(text):
            cues[i] = FEED_FOOTER  # The post … appeared first on Site.: a blog feed closes each post so
        elif matches(either if len(text) < 80 else lex.tail_starts, text) or _cue_across_lines(d, i, text):
            cues[i] = "an issuer's description under its name" if _describes_issuer(d, i) \
                else "copyright, related stories or about the issuer"
        elif len(text) <= 60 and matches(lex.appendix_headings, line.label) and not _NOTE_WITH_ITS_TEXT.match(line.text):
            # 참고 1 대회 개요: reference material after the release; [참고] 연구 성과 요약 without a number may
            # also box a few facts inside the text, so it weighs less
            boxed = _BOXED_LABEL.match(line.label) and not _nothing_but_box_after(d, i)
            cues[i] = "a reference box's heading" if boxed else "an appendix's heading"
        elif lex.lang == "en" and i > (d.first_prose or 0) and len(text) <= _LONGEST_ANNEX_LABEL \
                and matches(lex.appendix_labels, line.label):
            cues[i] = "an appendix's heading"  # **ANNEX** / Annex A, alone after the text: what follows is annexed
        elif _next_item_starts(d, i):
            cues[i - 1] = "the next release of a feed"
        elif i in item_heads or _labelled_title_after_text(d, i):
            # printed again without its label, or under a header shaped as the first title's: surely the next
            cues[i] = NEXT_TITLED_RELEASE if i in item_heads or _title_again_below(d, i) else "the next release of a feed"
        elif _titled_release_starts(d, i) or _counted_item_head(d, i) or _caps_title_again(d, i, caps_title_above):
            cues[i] = "the next release of a feed"
        elif line.date_only and _entry_closed_by_date(d, i):
            # … text / • 사회 / 2024-03-28 / • 다음 제목 / - 부제 - …: a listing's entry closed by its category and
            # date, the next entry under it
            short = i - 1 > (d.first_prose or 0) and not d.prose[i - 1] and len(d.lines[i - 1].content) <= _CATEGORY
            cues[i - 1 if short else i] = "the next release of a feed"
        elif lex.lang == "en" and _title_over_another_dateline(d, i):
            cues[i] = NEXT_TITLED_RELEASE  # a wire's next story: its title, then a lead opening on a dateline too
        elif _title_twice_after_text(d, i):
            cues[i] = NEXT_TITLED_RELEASE  # a bulletin's next story: its title printed twice (the page's, the item's)
        elif i in letterhead_again:
            cues[i] = NEXT_LETTERHEAD
        elif lex.lang == "ko" and len(text) <= 30 and BROADCAST_SIGN_OFF.match(text):
            cues[i] = "the reporter's sign-off"  # JNB 김보라입니다.: the broadcast report ends on it
        elif lex.lang == "ko" and "@" in text and len(text) <= 80 and (_KO_REPORTER_MAIL.fullmatch(text)
                                                                     or _KO_BRACKETED_SIGN_OFF.fullmatch(text)):
            # /김하늘 기자 sky@…, [가온일보 김하늘 기자 / sky@…]: the news copy ends on its writer's address
            cues[i] = "the reporter's sign-off"
        elif lex.lang == "en" and len(text) <= 80 and i > (d.first_prose or 0) and _OFFICE_SIGN_OFF.fullmatch(text) \
                and not _PERSON_ABOVE.fullmatch(d.lines[i - 1].content) \
                and not any(d.prose[k] for k in range(i + 1, len(d.lines))):
            # … all health centres. / Minister of Health (under '- Rita Calder' it is the quoted person's post)
            cues[i] = "the office that signs the statement"
        elif lex.lang == "en" and len(text) <= 80 and i >= 2 and i - 1 > (d.first_prose or 0) \
                and (_OFFICE_SIGN_OFF.fullmatch(text) or is_post(text.split(",", 1)[0], lex)) \
                and _signed_by_name(d, i - 1) and not (phones_in(text) or EMAIL.search(text)):
            # … in this regard. / Nalaka Perera / Director General of Government Information: the statement signed
            # by name and post (its issuer's description may follow); or / Communications Manager, Central Bank
            cues[i - 1] = "the signature under the statement"
        elif line.date_only and i > (d.first_prose or 0) + 1 and d.prose[i - 1] and d.free(i - 1) \
                and ends_sentence(d.lines[i - 1].content, lex) and find_date(text)[0] is not None:
            # … while the work is underway.” / 05 July 2022 / (the page's text about its issuer): a full date alone
            # under the finished text, the page's posting stamp; weighed against the text that may follow
            cues[i] = DATE_AFTER_TEXT
    sign_off = _sign_off_in_another_register(d) if lex.lang == "ko" else None
    if sign_off is not None:
        cues.setdefault(sign_off, "a sign-off in another register")
    return cues


_LONGEST_STAMP = 60


def _signed_by_issuer(d, i):
    """Line i, a date alone, under the issuer's name alone (and the place it writes from), right after the text:
    the release signed off by its issuer (Hong Kong Monetary Authority / 22 October 2014). The name is a known
    issuer's, or a few words without a sentence that the text above names as they stand. Below it only the page's
    tail, or another release opening on its title. Returns (where the signature starts, whether another release
    follows), or None."""
    k = i - 1
    if _PLACE_ALONE.fullmatch(d.lines[k].content) and k - 2 >= (d.first_prose or 0) and d.free(k):
        k -= 1  # Colombo, Islamabad: the city it writes from, between the name and the date
    if k - 2 >= (d.first_prose or 0) and _issuer_line(d, k) and _issuer_line(d, k - 1):
        k -= 1  # Public Communications Division / Ministry of Foreign Affairs: the unit over its body
    above = d.lines[k].content
    if not d.free(k) or d.prose[k] or not _text_ends_above(d, k) or len(above) > _LONGEST_NAME \
            or word_count(above) > 8 or ends_sentence(above, d.lex):
        return None
    if not issuer_only(above, d.lex) and not any(above in d.lines[m].content for m in range(d.first_prose or 0, k)):
        return None
    if all(not (d.prose[m] and d.free(m)) or matches(d.lex.tail_starts, d.lines[m].text) for m in range(i + 1, len(d.lines))):
        return k, False
    return (k, True) if _title_then_text(d, i + 1) else None


def _issuer_line(d, k):
    """Line k is an unclaimed line naming a body alone (no running text, no sentence)."""
    text = d.lines[k].content
    return d.free(k) and not d.prose[k] and len(text) <= _LONGEST_NAME and issuer_only(text, d.lex)


def _text_ends_above(d, k):
    """The text ends right above line k: running text, or a link alone under it (… can be watched here: / the
    link)."""
    above = d.lines[k - 1]
    return d.prose[k - 1] or k >= 2 and d.prose[k - 2] and not above.marker \
        and URL.fullmatch(above.content.strip()) is not None


def _title_then_text(d, j):
    """Line j (the first after a signature) is a title - a few words, no sentence - with running text under it."""
    if j >= len(d.lines) or d.prose[j] or not d.free(j) or ends_sentence(d.lines[j].content, d.lex) \
            or not 3 <= word_count(d.lines[j].content) <= _LONGEST_NEXT_TITLE_WORDS:
        return False
    return any(d.prose[m] for m in range(j + 1, min(j + 4, len(d.lines))))


_PLACE_ALONE = fastre.compile(r"(?:[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?|[가-힣]{2,6})")
_LONGEST_NEXT_TITLE_WORDS = 25
SIGNED_OVER_NEXT = "the issuer's name and the date signing the release, the next release under them"


_LONGEST_NAME = 80


# when the page was changed, not when an event is (Date: Friday, 14 September 2017 is one of the event's facts)
_STAMP_CUE = fastre.compile(r"(?i)(?:(?:page\s+)?last\s+(?:updated?|modified|reviewed)|page\s+(?:reviewed|updated|modified)|updated|posted|"
                            r"published|수정일?|최종\s*수정일?)"
                            r"(?:\s+on)?\s*[:：]?\s*")


def _date_stamp(text, lex):
    """'Last update: 16 December 2021', 'Updated 3 May 2020': when the page was changed, and nothing else."""
    cue = _STAMP_CUE.match(text)
    if cue is None:
        return False
    date, span = find_date(text)
    rest = text[span[1]:].strip(" .,") if date is not None else ""
    return date is not None and span[0] == cue.end() and (not rest or _TIME_ALONE.fullmatch(rest) is not None)


_TIME_ALONE = fastre.compile(r"(?i)(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?")  # … 09 Mar 2017 10:32am


_NOTICE_LINES = 3  # a notice the page broke over lines (a title set in a link inside it): this many at most


def _cue_across_lines(d, i, text):
    """A page-tail notice that opens on line i and goes on over the next lines, each unfinished ('장성군청이 창작한'
    / '[포토] … 저작물은 공공누리' / '"출처표시 …" 조건에 따라 이용할 수 있습니다.'): the cue read on the lines joined."""
    if len(text) > 80 or ends_sentence(text, d.lex):
        return False
    window = text
    for k in range(i + 1, min(i + _NOTICE_LINES, len(d.lines))):
        window += " " + d.lines[k].content
        found = d.lex.tail_starts.search(window)
        if found is not None and found.start() < len(text):
            return True
        if ends_sentence(d.lines[k].content, d.lex):
            return False
    return False


_POLITE_END = fastre.compile(r"니다\.?$")             # 합쇼체: 만들어 가겠습니다.
_PLAIN_END = fastre.compile(r"(?<!니)다[.”\"’']*\.?$")  # a news copy's plain 다: 밝혔다., 말했다.
_FEWEST_PLAIN = 3


def _sign_off_in_another_register(d):
    """The last paragraph, one polite sentence (…열린 의회를 만들어 가겠습니다.), under a text written
    throughout in the plain 다 of news copy: the issuer's slogan signing off, not the story."""
    prose = [i for i in range(d.first_prose or 0, len(d.lines)) if d.prose[i] and d.free(i)]
    if len(prose) <= _FEWEST_PLAIN:
        return None
    last = prose[-1]
    text = d.lines[last].content
    if len(text) > 100 or not _POLITE_END.search(text) or text.count("다.") > 1:
        return None
    plain = 0
    for i in prose[:-1]:
        other = d.lines[i].content
        if _POLITE_END.search(other):
            return None  # the release speaks politely throughout: its last sentence is its own
        plain += _PLAIN_END.search(other) is not None
    return last if plain >= _FEWEST_PLAIN else None


_ABOUT = fastre.compile(r"(?i)^about\s+(?:the\s+)?(.{3,60}?):?$|^(.{2,40}?)\s*(?:개요|소개)$")


def _describes_issuer(d, i):
    """'About the Arrowhead Transit Authority' over 'The Arrowhead Transit Authority operates …': the
    boilerplate every release of the issuer ends with, however much it reads as text."""
    m = _ABOUT.match(d.lines[i].content)
    if m is None:
        return False
    name = (m.group(1) or m.group(2)).strip()
    # (or by its initials: About the Department of Natural Resources / The DNR manages …)
    initials = "".join(word[0] for word in name.split() if word[:1].isupper())
    names = (name, initials) if len(initials) >= 2 else (name,)
    for k in range(i + 1, min(i + 3, len(d.lines))):
        if d.free(k):
            text = d.lines[k].content
            return text.startswith((name, "The " + name)) or len(names) > 1 and fastre.match(
                r"(?:The\s+)?" + re.escape(initials) + r"\b", text) is not None
    return False


_BY = fastre.compile(r"(?i)^by\s+((?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+){1,3})\s*(?:[,|].*)?$")


_ABOUT_WRITER = fastre.compile(r"(?:covers|reports|writes|edits|joined|is an?|has (?:been|covered|reported|written))\s")


def _writers(d):
    """The names a byline above the text credits (By Jordan Ellis, Staff Writer -> Jordan Ellis)."""
    found = set()
    for i in range(min(d.first_prose or 0, len(d.lines))):
        m = _BY.match(d.lines[i].content)
        if m:
            found.add(m.group(1))
    return found


def _card_of(text, writers):
    """The writer's name again after the text, alone or opening the lines about them: a news site's card."""
    return any(text == name or text.startswith(name + " ") and _ABOUT_WRITER.match(text, len(name) + 1) is not None
               for name in writers)


def _nothing_but_box_after(d, i):
    """No running text between the box opening at line i and the contact block (or the end): the box closes the
    text, as an appendix does."""
    starts = {min(group) for group in d.contact_groups}
    for k in range(i + 1, len(d.lines)):
        if k in starts:
            return True
        if d.free(k) and d.prose[k]:
            return False
    return True


def contact_then_appendix(d):
    """The contact block after the text with an appendix label (붙임, 별첨, 참고) right under it: the release's
    text is over at the contact, what follows is its annexes, however much of it reads as text. The line
    where the contact starts, or None. (The layout readers find the same from the contact table.)"""
    if d.first_prose is None:
        return None
    for group in d.contact_groups:
        start, last = min(group), max(group)
        if start <= d.first_prose:
            continue  # a contact at the top (older layouts) says nothing about where the text ends
        near = 0
        for k in range(start + 1, len(d.lines)):  # the contact block may take the label in
            if k > last and not (d.roles[k] == "stripped" and d.reasons[k] == "page number"):
                near += 1  # a page break (its number, the next page's running head) is no distance
                if near > 3 and not _running_footer(d, k):
                    break
            label = d.lines[k].label
            if matches(d.lex.appendix_labels, label) or matches(d.lex.appendix_headings, label) \
                    or matches(d.lex.attachment_labels, label) and not d.prose[k]:
                return start  # 붙임 1, [참고] 행사 개요, 붙임 최근 3년간 사망자 현황: the annexes
            if d.free(k) and d.prose[k] and not (d.lines[k].marker and d.lines[k].marker[0] in "※*"):
                break  # the text goes on after the contact (a ※ note under it may point to the annexes)
    return None


_LONGEST_ANNEX_LABEL = 30
_BOXED_LABEL = fastre.compile(r"[\[<(【〈]\s*참\s*고\s*[\]>)】〉]")  # 붙임, 별첨: an annex, never a box inside the text
# a notice about the page's rights or its source: a paragraph holding one is the page's tail, not the text
_COPYRIGHT = fastre.compile(r"(?i)copyright|저작권|무단|©|ⓒ|from the originating organi[sz]ation"
                            r"|solely responsible for the (?:information|content)")  # a distributor's disclaimer
_TAIL_STARTS = lexicon.either_language("tail_starts")


# a television report's last line: the station, the reporter, 입니다 (JNB 김보라입니다., 한빛뉴스 이도윤 기자입니다.)
BROADCAST_SIGN_OFF = fastre.compile(r"(?:[A-Z]{2,6}|[가-힣]{1,8}\s*(?:뉴스|방송|TV))\s+[가-힣]{2,4}(?:\s*기자)?입니다\.?$")
# The Connecticut Department of Public Health is the state's leader in …, The … Department strives to …: the
# issuer names itself and says what it is for, as the paragraph closing each release does (a founding year - was
# established in 1880 - is told of anything, and labellers keep it as text)
_SELF_DESCRIPTION = fastre.compile(
    r"The\s+(?:[A-Z][\w.&'’-]*\s+(?:(?:of|for|and|&)\s+)?){1,7}[^.]{0,60}?\s(?:strives\s|exists\s|"
    r"is\s+(?:the\s+)?(?:[\w’']+\s+){0,3}leader\s+in\s|is\s+(?:dedicated|committed)\s+to\s|"
    r"(?:'s|’s)\s+mission\s+is\s|has\s+(?:served|been\s+serving)\s)")
_AFTER_SELF_DESCRIPTION = 2  # lines of running text at most after it: 'To learn more about DHH, visit …'


def _describes_itself(d, i, text):
    """The page's last paragraph of running text (but for a line or two inviting the reader further) opens with
    the issuer's name describing itself: the boilerplate every release of the issuer ends with."""
    if text[:4] != "The " or not d.prose[i] or _SELF_DESCRIPTION.match(text) is None:
        return False
    after = [k for k in range(i + 1, len(d.lines)) if d.prose[k] and d.free(k)]
    return len(after) <= _AFTER_SELF_DESCRIPTION and all(len(d.lines[k].content) <= 200 for k in after)


# About the National Park Service. More than 20,000 …: the issuer's description, its heading run into it
_ABOUT_RUN_IN = fastre.compile(r"About (?:the )?[A-Z][\w&.'’ -]{2,60}?[.:]\s+[A-Z]")
NEXT_LETTERHEAD = "the letterhead printed again: the next release"


def _letterhead_printed_again(d):
    """Where the lines over the first paragraph (the issuer's letterhead, its slogan) are printed again after the
    text, two in a row, a sentence or a contact block closing what stands before them and no running text right
    after them (a title, a date line): the page holds a second release. (A running head beside a page number
    is claimed before.)"""
    if not d.first_prose:
        return set()
    above = {}
    for j in range(d.first_prose - 1):
        above.setdefault(d.lines[j].text, j)
    found = set()
    for i in range(d.first_prose + 1, len(d.lines) - 1):
        j = above.get(d.lines[i].text)
        if j is None or not d.free(i) and d.roles[i] != "stripped" or d.reasons[i] == RUNNING_HEAD:
            continue
        if d.lines[i + 1].text != d.lines[j + 1].text or d.reasons[i + 1] == "site chrome":
            continue  # (김해시 / @handle over each post of a feed: the site's header, no letterhead)
        k = i + 2
        while k < len(d.lines) and j + k - i < d.first_prose and d.lines[k].text == d.lines[j + k - i].text:
            k += 1
        if k < len(d.lines) and d.prose[k] and d.roles[k] is None:
            continue  # a printout's head at the top of each page (time, site), the text going straight on
        before = d.lines[i - 1]
        if d.roles[i - 1] in ("contact", "stripped", "attachment") or ends_sentence(before.content, d.lex):
            found.add(i)
    return found


_TITLE_CREDIT_LEAD = 60  # a title, a credit and the start of a lead
_CREDIT_OPENS = fastre.compile(r"\s[\[【(〈]")  # where a wire's or an outlet's credit may open inside a line


def _title_run_into_credit(text, lex):
    """'경기도, … 최대 5억 원 지원 [경기도=홍길동기자] 경기도가 …': another story's title, its credit and its lead
    run into one line (a list page flattened), after the article: a title ends no sentence before a credit."""
    for m in _CREDIT_OPENS.finditer(text, 10, 120):
        head = text[:m.start()]
        wire = split_wire_prefix(text[m.start() + 1:], lex)
        credit = wire.byline + (wire.dateline.text if wire.dateline else "") if wire and wire.byline else ""
        if "기자" in credit and not ends_sentence(head, lex) and "다." not in head:
            return True
    return False


_WORD = fastre.compile(r"[^\W\d_]+")
_NUMBER = fastre.compile(r"\d+")


def _date_shape(text):
    """Tuesday, May 12, 2026 and Friday, May 8, 2026 alike (08/21/2017 09:28 PM and 08/21/2017 05:43 AM too):
    each word and each number a placeholder."""
    return _WORD.sub("W", _NUMBER.sub("0", text))


_DECK_UNDER_HEAD = 6  # lines from a feed item's dated header to its text: the header, the title, a few deck lines


def _item_head_again(d):
    """Lines after the text shaped like the dated line over the first title (08/21/2017 09:28 PM / title / text …
    08/21/2017 05:43 PM / title / text): a feed's next item, its header printed as the first one's was."""
    start = d.first_prose
    if start is None or start < 2:
        return set()

    def dated(k):
        text = d.lines[k].text
        return len(text) <= 40 and find_date(text)[0] is not None and (d.lines[k].date_only or d.roles[k] == "stripped")
    # the date over the first title, with the title's deck (subtitles, an image's caption) between it and the text
    heads = {_date_shape(d.lines[k].text) for k in range(start - 1)
             if dated(k) and d.roles[k + 1] is None and not d.prose[k + 1]
             and not ends_sentence(d.lines[k + 1].content, d.lex) and start - k <= _DECK_UNDER_HEAD}
    if not heads:
        return set()
    # (the next title may run long, but ends no sentence)
    return {i for i in range(start + 2, len(d.lines) - 2) if dated(i) and _date_shape(d.lines[i].text) in heads
            and not ends_sentence(d.lines[i + 1].content, d.lex) and d.prose[i + 2]}


_ANY_DIGIT = fastre.compile(r"\d")


def _deck_line_again(d):
    """'Written by the Information Service on .' under the first title, then under another title after the text
    has run, over running text again: a listing's next item, its deck line printed as the first one's was.
    {index of that next title}. The same words, or the same shape where the line holds a date or a number."""
    start = d.first_prose
    if start is None:
        return set()
    deck = {}  # the line's words or shape -> True, or the reason its chrome must be read with again
    # (a byline or a date: a photo's credit line, printed again by another photo inside the text, ends nothing)
    for k in range(max(0, start - _DECK_UNDER_HEAD), start):
        text = d.lines[k].text
        if not 0 < len(text) <= 80 or d.prose[k]:
            continue
        if len(text.split()) >= 2 and (d.roles[k] in ("byline", "dateline") or d.lines[k].date_only):
            found = True
        elif d.roles[k] == "stripped" and d.reasons[k] in _CHROME_REASONS:
            # the entry's comment counter or share row (0, 3): read as the same chrome again, not a page's number
            found = d.reasons[k]
        else:
            continue
        deck[text] = found
        if _ANY_DIGIT.search(text):
            deck[_date_shape(text)] = found
    if not deck:
        return set()
    starts = set()
    for i in range(start + 2, len(d.lines) - 1):
        text = d.lines[i].text
        found = deck.get(text) or (deck.get(_date_shape(text)) if _ANY_DIGIT.search(text) else None)
        if found is None or found is not True and d.reasons[i] != found:
            continue
        title = d.lines[i - 1]
        # (text ran between: the first item's own title may read as prose, printed twice over its date again)
        if not d.prose[i - 1] and not title.marker and 0 < len(title.content) <= _LONGEST_ENTRY_TITLE \
                and not ends_sentence(title.content, d.lex) and d.prose[i + 1] \
                and (any(d.prose[k] for k in range(start + 1, i - 1))
                     # (or the entry's chrome again, under a first text no title runs to: a whole entry in one line)
                     or found is not True and len(d.lines[start].content) > _LONGEST_ENTRY_TITLE):
            starts.add(i - 1)
    return starts


_LONGEST_TITLE_TWICE = 100
_LONGEST_ENTRY_TITLE = 120  # characters: a longer line is a paragraph (an entry's whole text run into one)


def _title_twice_after_text(d, i):
    """제주시, 상반기 공공일자리 1,046명 선발 / the same again / its text, after the article's text has run: a
    page of several stories printing each one's title twice, the next story (never the article's own title,
    which stands above its text)."""
    lines = d.lines
    if d.first_prose is None or i <= d.first_prose or i + 2 >= len(lines):
        return False
    line = lines[i]
    text_at = i + 2
    if not d.prose[text_at] and text_at + 1 < len(lines) and find_date(lines[text_at].text)[0] \
            and len(lines[text_at].text) <= _LONGEST_STAMP:
        text_at += 1  # … / … / Jul 27, 2023 | 편집부 / its text: the entry's date and writer between
    elif i == d.first_prose + 1:
        return False  # right under the first paragraph, a photo's text and caption (… 전경 / … 전경) print twice too
    if len(line.text) > _LONGEST_TITLE_TWICE or d.prose[i] or lines[i + 1].text != line.text \
            or not _TWO_LETTERS.search(line.text) or d.reasons[i] in _CHROME_REASONS \
            or ends_sentence(line.content, d.lex) and (d.lex.lang != "ko" or line.content.endswith((".", "!", "?"))) \
            or not d.prose[text_at] or d.roles[text_at] is not None:
        return False  # (a Korean title may end on its verb, 연장된다, but not with a full stop)
    # … about something else: a photo's text and caption, printed twice inside the article, go on with its subject
    below = keys(lines[text_at].content, d.lex)
    if not below:
        return False
    above = set().union(*(keys(lines[k].content, d.lex) for k in range(d.first_prose, i) if d.prose[k]))
    return len(below & above) / len(below) < _OTHER_SUBJECT


_CHROME_REASONS = frozenset(("site chrome", "a row of menu buttons"))  # 'Hide Ad' twice is the page's, no title
_TWO_LETTERS = fastre.compile(r"[^\W\d_]{2}")  # a title says something in words; [07.004] twice is a code
_OTHER_SUBJECT = 0.25  # at most this share of the next paragraph's keys in the article's text so far


def _labelled_title_after_text(d, i):
    """'Press Release – Senator West to act as Minister …' after the body has run: a category page's next release,
    its title under the release's label (the article's own title never stands below its text)."""
    return d.first_prose is not None and i > d.first_prose + 1 and not d.prose[i] and len(d.lines[i].content) <= 160 \
        and RELEASE_KIND_FIRST.match(d.lines[i].label) is not None


NEXT_TITLED_RELEASE = "the next release: its title under its label and again, or its header shaped as the first's"


def _title_again_below(d, i):
    """The line under a labelled title is that title again, without the label."""
    if i + 1 >= len(d.lines):
        return False
    title = RELEASE_KIND_FIRST.match(d.lines[i].label)
    rest = d.lines[i].label[title.end() - 1:].strip()
    return len(rest) >= 10 and d.lines[i + 1].content.strip() == rest


# a wire story's dateline opening its lead: ABU DHABI, …; WASHINGTON (AP) — …
_CAPS_DATELINE = fastre.compile(r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:\s*\([^()]{1,20}\))?\s*(?:,|[-–—]{1,2})\s")


def _title_over_another_dateline(d, i):
    """After the body has run, a title-shaped line over running text that opens on a dateline in capitals, as the
    article's own lead did (ABU DHABI, … / Source: … / DEWA launches … / DUBAI, …): a wire page's next story."""
    first = d.first_prose
    if first is None or i <= first + 1 or i + 1 >= len(d.lines) or not d.free(i) or not d.free(i + 1) \
            or d.prose[i] or not d.prose[i + 1]:
        return False
    line = d.lines[i]
    return not line.marker and 3 <= word_count(line.content) and len(line.content) <= 160 \
        and not ends_sentence(line.content, d.lex) and _opens_on_dateline(d.lines[first].content, d.lex) \
        and _opens_on_dateline(d.lines[i + 1].content, d.lex)


def _opens_on_dateline(text, lex):
    """The paragraph opens on a dateline: a place in capitals (ABU DHABI, …) or a wire's (FSMIS (May 30, 2014): …)."""
    if _CAPS_DATELINE.match(text):
        return True
    split = split_wire_prefix(text, lex)
    return split is not None and split.dateline is not None


READ_MORE = "a teaser's link to the whole story"
DATE_AFTER_TEXT = "a date alone under the finished text"
READERS_COMMENTS = "the header of the readers' comments"
FEED_FOOTER = "a blog feed's footer under the post"  # (the English lexicon lists it among tail starts too)
_FEED_FOOTER = fastre.compile(r"(?i)the post\b.{3,250}\bappeared first on\b")
_COMMENTS_HEADER = fastre.compile(r"(?i)(?:\d+|one|no)\s+(?:responses?|comments?|replies|thoughts)\s+(?:to|on)\s+\S")
_READ_MORE = fastre.compile(r"(?i)(?:read\s+more|continue\s+reading|더\s*보기|기사\s*전문\s*보기)\s*[»›>…]*")
_CATEGORY = 12  # a listing's category before an entry's date: 사회, Politics


def _entry_closed_by_date(d, i):
    """Line i, a date alone after the body has run, with a title-shaped line under it that running text or a
    framed subtitle follows: a listing's entry ends on its date, and the next entry begins."""
    first = d.first_prose
    if first is None or i <= first or i + 2 >= len(d.lines) or not d.free(i + 1):
        return False
    title, after = d.lines[i + 1], d.lines[i + 2]
    return not d.prose[i + 1] and len(title.content) <= 120 and not title.date_only \
        and (d.prose[i + 2] or framed_by_dashes(after))


def _titled_release_starts(d, i):
    """A title, its subtitle framed by dashes ('- 9월 30일까지 접수, … -'), then running text, after the body has
    run: the next release of a list page (a Korean release's deck, which no paragraph of the text has)."""
    if i + 2 >= len(d.lines) or d.first_prose is None or i <= d.first_prose + 1 or not d.free(i + 1):
        return False
    line = d.lines[i]
    return not line.marker and not d.prose[i] and len(line.content) <= 120 and framed_by_dashes(d.lines[i + 1]) \
        and d.prose[i + 2]


_CAPS_TITLE_WORDS = 5


def _caps_title(text):
    """A title set in capitals: five words or more, not opened by a section's number (1.0 UPDATE ON …)."""
    return len(text) <= 120 and not text[:1].isdigit() and word_count(text) >= _CAPS_TITLE_WORDS and in_capitals(text)


def _caps_title_again(d, i, caps_title_above):
    """… the text's last sentence. / KENYA FESTIVAL WEEK IN NEW YORK KICKS OFF! / running text: on a page whose
    title is set in capitals, another title so set between finished text and more text is the next release's."""
    if not caps_title_above or d.lex.lang != "en" or i < 2 or i + 1 >= len(d.lines) or i <= (d.first_prose or 0) + 1:
        return False
    line = d.lines[i]
    return not line.marker and _caps_title(line.content) and d.prose[i - 1] and d.free(i - 1) \
        and ends_sentence(d.lines[i - 1].content, d.lex) and d.free(i + 1) and not d.lines[i + 1].marker \
        and len(d.lines[i + 1].content) > len(line.content)


# an office alone, signing a statement under its text: Minister of Health, The Office of the Mayor
_OFFICE_SIGN_OFF = fastre.compile(r"(?i)(?:the\s+)?(?:office\s+of\s+the\s+)?(?:deputy\s+|acting\s+)?(?:minister|secretary|mayor|"
                                  r"governor|premier|president|prime minister|chief executive|director[- ]general|"
                                  r"commissioner|attorney general)(?:\s+(?:of|for)\s+(?-i:[A-Z])[\w ,&'’-]{1,60})?\.?")


def _signed_by_name(d, k):
    """Line k is a name alone (no dash before it: that attributes a quote), right under the text's last paragraph,
    which is no quotation."""
    name, above = d.lines[k], d.lines[k - 1]
    return d.free(k) and not name.marker and name.content[:1].isupper() and _PERSON_ABOVE.fullmatch(name.content) \
        is not None and d.prose[k - 1] and not above.content.rstrip().endswith(("”", '"', "’", "'"))


_PERSON_ABOVE = fastre.compile(r"[-–—]?\s*(?:(?:Dr|Mr|Mrs|Ms|Hon)\.?\s+)?" + EN_PERSON_NAME)


# ※ 참고: 입주 기업 모집은 4월 중 공고 예정: a note set in the text with what it says after the colon, not the
# heading of the reference material after the release (참고 1 대회 개요, [참고] …)
_NOTE_WITH_ITS_TEXT = fastre.compile(r"※\s*\S{1,6}\s*[:：]\s*\S")


def _title_lines_again(d):
    """… the text's last paragraph / Matt Crall / War on drugs credited for 328 cases (the subtitle over the text,
    word for word) / By …: a title line of the page's top printed again after the text has run, and no running
    text after it, is the page's teaser of the story, and its tail begins there (or at the short lines right over
    it, an image's name). A PDF's running head, the title again on the next page over more text, is no end.
    {index of that first line}."""
    start = d.first_prose
    if start is None:
        return set()
    heads = {d.lines[k].content for k in range(start) if not d.prose[k] and not d.lines[k].marker
             and word_count(d.lines[k].content) >= _TITLE_LINE_WORDS and d.reasons[k] not in _CHROME_REASONS}
    if not heads:
        return set()
    starts = set()
    for i in range(start + 2, len(d.lines)):
        line = d.lines[i]
        if line.marker or line.content not in heads or not any(d.prose[k] for k in range(start + 1, i)) \
                or any(d.prose[k] for k in range(i + 1, len(d.lines))):
            continue
        top = i
        while top - 1 > start and i - top < 2 and not d.prose[top - 1] and not d.lines[top - 1].marker \
                and word_count(d.lines[top - 1].content) < _TITLE_LINE_WORDS:
            top -= 1
        starts.add(top)
    return starts


_TITLE_LINE_WORDS = 4


def _dated_title_again(d):
    """28 May 2020 Media Release: Extension of … over the text, then after it 26 May 2020 Media Release: Ecological
    grief …: a line opening as the title above did, a date and the same words after it, is a listing's next
    entry. {index of that line}."""
    start = d.first_prose
    if start is None:
        return set()
    heads = set()
    for k in range(start):
        opening = _dated_opening(d.lines[k].content) if not d.prose[k] else None
        if opening is not None:
            heads.add(opening)
    if not heads:
        return set()
    return {i for i in range(start + 2, len(d.lines))
            if _dated_opening(d.lines[i].content) in heads and any(d.prose[k] for k in range(start + 1, i))}


def _dated_opening(text):
    """(the date's shape, the two words after it) of a line opening on a date and going on in words, else None."""
    if not text[:1].isdigit() and not (text[:1].isupper() and text[1:3].islower() and text[:3].lower() in MONTHS):
        return None  # (a figure or a month's name, capitalised, opens every date worth asking)
    date, span = find_date(text[:_DATE_OPENING])
    if date is None or span[0] != 0:
        return None
    words = text[span[1]:].split()[:2]
    return (_date_shape(text[:span[1]]), " ".join(words)) if len(words) == 2 and words[0][:1].isalpha() else None


_DATE_OPENING = 40


def _after_closing_line_again(d):
    """Where a listing's second entry starts: each entry closes on the same dated line (2025-09-24 홍길동 기자, a
    date and its writer), printed three times or more after the text begins - the first closes the release, the
    line after it opens the next entry. {index of that line}."""
    if d.first_prose is None:
        return set()
    first_at, counts = {}, Counter()
    for k in range(d.first_prose + 1, len(d.lines)):
        text = d.lines[k].content
        if len(text) <= _LONGEST_CLOSING_LINE and not d.prose[k] and _ANY_DIGIT.search(text):
            counts[text] += 1
            first_at.setdefault(text, k)
    return {first_at[text] + 1 for text, count in counts.items()
            if count >= _ENTRIES_IN_A_LISTING and first_at[text] + 1 < len(d.lines) and find_date(text)[0] is not None}


_LONGEST_CLOSING_LINE = 40
_ENTRIES_IN_A_LISTING = 3


def _credit_again(d):
    """Where a later item of a listing starts: a paragraph opened by the same outlet's credit as the first one
    (매체 홍길동 기자 | …), under its own title lines. {index of the first of those title lines}."""
    if d.first_prose is None:
        return set()
    first = split_wire_prefix(d.lines[d.first_prose].text, d.lex)
    if first is None or not first.byline:
        return set()
    starts = set()
    # (the same outlet's credit, or a credit of the same form naming another reporter: (이원희 기자) … then
    # (백규용 기자) … - one story's text never opens twice)
    same_form = first.byline[:1] in "([【〈<《〔［" and "기자" in first.byline
    for k in range(d.first_prose + 2, len(d.lines)):
        text = d.lines[k].text
        if not (text.startswith(first.byline[:8]) or same_form and text[:1] == first.byline[:1] and "기자" in text[:20]):
            continue
        again = split_wire_prefix(text, d.lex)
        if again is None or again.byline is None or not (again.byline == first.byline
                                                           or same_form and again.byline[:1] == first.byline[:1]):
            continue
        top = k
        while top - 1 > d.first_prose and k - top < 3 and not d.prose[top - 1] and not d.lines[top - 1].marker \
                and len(d.lines[top - 1].content) <= 120:
            top -= 1  # the item's title and subtitle over its credited first paragraph
        starts.add(top)
    return starts


_COUNT_ALONE = fastre.compile(r"\d{1,4}")


def _counted_item_head(d, i):
    """'Mongu mayor urges farmers …' / '4' / its text, after the body has run, on a page whose first item stood
    the same way ('Public Health attributes …' / '7' / its text): a blog's listing, each title over its comment
    count; the next item."""
    lines = d.lines
    if d.first_prose is None or i <= d.first_prose + 1 or i + 2 >= len(lines):
        return False
    def head(k):
        return not d.prose[k] and 0 < len(lines[k].content) <= 120 and not lines[k].marker \
            and _COUNT_ALONE.fullmatch(lines[k + 1].content) is not None \
            and (d.prose[k + 2] or len(lines[k + 2].content) >= 60)  # (a listing's last teaser may be cut short)
    return head(i) and any(head(k) for k in range(max(0, d.first_prose - 3), d.first_prose))


def _next_item_starts(d, i):
    """A title-shaped line, then a dated line ('Posted on: …'), then running text, after the body has run:
    the next release of a feed or an archive page."""
    if i < 2 or i + 1 >= len(d.lines) or not d.free(i) or not d.free(i - 1) or d.first_prose is None \
            or i - 1 <= d.first_prose + 1:
        return False
    line, title = d.lines[i], d.lines[i - 1]
    if not (matches(d.lex.date_cues, line.label) or line.date_only) or not find_date(line.text)[0]:
        return False
    return not d.prose[i - 1] and not title.marker and len(title.content) <= 120 and d.prose[i + 1]


def _running_head_at_page_break(d, i, end):
    """'… will be served by' / page footer / 'LRTA Fall Service Changes – Aug. 21, 2025' / 'Route 14 instead.': a
    short line right after the page's footer, inside a sentence the page break cut, heads the next page."""
    if i < 2 or i + 1 >= end or d.roles[i - 1] != "stripped" or not d.reasons[i - 1].startswith(("site chrome", "page")):
        return False
    line, before, after = d.lines[i], d.lines[i - 2], d.lines[i + 1]
    return d.roles[i - 2] == "body" and not line.marker and len(line.content) <= 80 \
        and (not ends_sentence(line.content, d.lex) or _ends_on_a_date(line.content)) \
        and not ends_sentence(before.content, d.lex) \
        and (after.content[:1].islower() or _heading_case(line.content))


def _beside_page_mark(d, i):
    """Line i stands right after or before a page number (or the footer printed beside one)."""
    for k in (i - 1, i + 1):
        if 0 <= k < len(d.lines) and d.roles[k] == "stripped" and (
                d.reasons[k] in PAGE_BREAK or d.reasons[k].startswith("a printed page's")):
            return True
    return False


# what a page break leaves in the text: the page's number and its running head
PAGE_BREAK = frozenset(("page number", RUNNING_HEAD))


def _ends_on_a_date(text):
    """'청솔도 보도자료 2025. 7. 15.': the full stop closes a date, not a sentence."""
    found = find_date(text)
    return found[0] is not None and found[1][1] >= len(text.rstrip()) - 1


# a photo's place in the text: [사진 1] 1027_행사_01.jpg, <사진2>, or the image's file name alone
_PHOTO_SLOT = fastre.compile(r"(?i)(?:[\[<〈【(]\s*사진\s*\d*\s*[\]>〉】)]\s*)?(?:\S+\.(?:jpe?g|png|gif|webp))?")
# what a Korean caption says: who is doing what in the picture (… 기다리고 있다., … 나눠주고 있다., … 모습)
_SCENE = fastre.compile(r"^.{8,200}?(?:고\s*있다|는\s*모습(?:이다)?|한\s*모습(?:이다)?)\s*\.")


_SCENE_AT_END = fastre.compile(r"(?:고\s*있다|는\s*모습(?:이다)?|한\s*모습(?:이다)?)\s*\.?$")


def _caption_under_photo(d, i):
    """The line right under a photo's label or file name that describes the picture: its caption."""
    if i == 0 or d.roles[i - 1] not in ("stripped", "attachment") or len(d.lines[i].content) > 240:
        return False
    slot = d.lines[i - 1].content
    return bool(slot) and _PHOTO_SLOT.fullmatch(slot) is not None and _SCENE.match(d.lines[i].content) is not None


def _running_footer(d, i):
    """A line printed on every page (the issuer's address, the release's title, its date) beside a page
    number, or beside another piece of the same running line that is ('청솔소방본부 보도자료' / '2025. 1. 20.')."""
    if len(d.lines[i].text) > 160 or not any(_page_number_beside(d, i, step) for step in (-1, 1)):
        return False
    return _printed_again(d, i)


def _printed_again(d, k):
    text = d.lines[k].text
    return sum(line.text == text for line in d.lines) > 1


def _page_number_beside(d, i, step):
    k = i + step
    if 0 <= k < len(d.lines) and d.roles[k] == "stripped" and d.reasons[k] != "page number" \
            and (d.lines[k].block.line == d.lines[i].block.line or _printed_again(d, k)):
        k += step  # the running line's other piece: split off the same source line, or printed on every page
    return 0 <= k < len(d.lines) and d.reasons[k] == "page number"


def _heading_case(text):
    """Title Case Or A Date: how a running head reads, not how a sentence's middle does."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words) or find_date(text)[0] is not None


_NOTES_HEADING = fastre.compile(r"(?i)^(?:note|notes) (?:to|for) (?:editors?|media|journalists|reporters)\s*:?$")


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
                    claim_date_line(d, i, "date line above the body")
                else:
                    d.claim(i, "stripped", "above the body")
    lex = d.lex
    end = d.tail_start if d.tail_start is not None else len(d.lines)
    i = d.body_start
    in_note = False
    # what stands above the headline (a page's title, the time it was printed): printed again inside the
    # text at a page break, it is the printed page's head, not the article's
    head_lines = {d.lines[k].text for k in range(d.headline if d.headline is not None else 0)
                  if d.roles[k] in ("stripped", None) and len(d.lines[k].text) <= 80}
    while i < end:
        if not d.free(i):
            in_note = False
            i += 1
            continue
        line = d.lines[i]
        text = line.text
        if matches(lex.note_blocks, text):
            d.claim(i, "stripped", "note to editors")
            in_note = True
            if _NOTES_HEADING.match(text):
                # Notes to editors / Notes for media: a heading over what is left of the release, all of it notes
                for k in range(i + 1, end):
                    if d.free(k):
                        d.claim(k, "stripped", "note to editors")
                i = end
                continue
        elif in_note and fastre.match(r"^[A-Z][\w ]{1,20}\s*:\s*\S|^[가-힣]{1,6}\s*:\s*\S", text):
            d.claim(i, "stripped", "note to editors")
        elif is_caption(line, lex) and not is_prose(line, lex) or is_caption(line, lex) and "사진" in text and len(text) < 80 \
                or len(text) <= _LONGEST_CREDITED_CAPTION and _PHOTO_CREDIT_CLOSING.search(text):
            d.claim(i, "stripped", "photo caption")
            in_note = False
        elif line.marker in ("▲", "△") and _SCENE_AT_END.search(line.content) and is_caption(line, lex):
            d.claim(i, "stripped", "photo caption: who is doing what in the picture")  # a sentence, yet a caption
            in_note = False
        elif _caption_under_photo(d, i):
            d.claim(i, "stripped", "photo caption, under the photo's label")
            in_note = False
        elif matches(lex.attachment_labels, label_text(line)) or _attachment_continues(d, i):
            d.claim(i, "attachment", "attachment line")
            in_note = False
        elif _running_head_at_page_break(d, i, end):
            d.claim(i, "stripped", "a printed page's running head, inside a sentence broken by the page")
        elif text in head_lines and not ends_sentence(line.content, lex):
            d.claim(i, "stripped", "the page's head printed again (a printed page's running head)")
        elif _running_footer(d, i):
            d.claim(i, "stripped", "a printed page's running footer, beside its page number")
        elif _beside_page_mark(d, i) and same_as_headline(d, line):
            # Media Release – Works to begin on … at the top of page 2: the release's label and its title
            d.claim(i, "stripped", "a printed page's running head: the release's title again, by its page number")
        elif (i > d.body_start + 3 or not ends_sentence(line.content, lex)) and same_as_headline(d, line, exact=True):
            # the headline repeated further down (You just read: …), or near the top past lines the deck did not
            # reach (a contact block between: a blog's title, then the release's own in capitals); a sentence
            # that merely contains it stays
            d.claim(i, "stripped", "headline printed again")
        else:
            d.claim(i, "body", "running text")
            in_note = False
        i += 1
    # a Korean sign-off line after the body (홍길동 기자) is the byline
    _trailing_body_junk(d, end)
    _cut_off_sentence(d)
    _heading_left_last(d)
    _furniture_left_last(d)


# the decoder's value at or below which a short line left last in the body is the page's (a phone bar, a share
# link, a credit), and the share of its words found in the text at most this; set on the probes' odd halves
_LAST_VALUE = 0.0
_FOOTER_SHAPED = fastre.compile(r"[:：@☎]|https?://|www\.|\d{2,4}[-.)]\s?\d{3,4}")
_SENTENCE_IN_IT = fastre.compile(r"[.!?。][\"'”’)]*(?:\s|$)|다\.")
_LAST_SHARED = 0.3
_LONGEST_FOOTER_LINE = 60


def _furniture_left_last(d):
    """☎: 02-…, 팩스: 02-… / Watch Live: | https://… |: short lines left last in the body that are no running text,
    whose words the text hardly uses and that the global decision valued as none of the article - the page's
    footer, kept in the article only because nothing marked where it ends."""
    if not d.line_values:
        return
    body = [i for i, role in enumerate(d.roles) if role == "body"]
    while len(body) > 2:
        i = body[-1]
        line = d.lines[i]
        if d.prose[i] or len(line.content) > _LONGEST_FOOTER_LINE or d.line_values[i] > _LAST_VALUE \
                or d.line_relevance[i] > _LAST_SHARED \
                or d.reasons[i] != "running text" or _SENTENCE_IN_IT.search(line.content) \
                or d.lex.continuation_start.match(line.text) or line.content.count("“") > line.content.count("”") \
                or not _FOOTER_SHAPED.search(line.content):
            return  # (a sentence, its rest or an open quote cut off by the copy is the text's; a footer's line holds
            # a field's colon, an address, a number to call or a link)
        d.overrule(i, "stripped", "page furniture left after the text")
        body.pop()


# a photo's credit closing the line: '… discuss business with Sirocco. Photo: Jane Doe.' (a sentence, yet a caption)
_PHOTO_CREDIT_CLOSING = fastre.compile(r"(?i)[.!?)]\s+(?:photo|image|picture)(?:\s+credit)?\s*:\s*(?:[©ⓒ]\s*)?"
                                       r"(?-i:[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&.-]*){0,4})\.?$")
_LONGEST_CREDITED_CAPTION = 300
_LONGEST_LEFT_HEADING = 5  # words: a heading or a slogan, not a line of text


def _heading_left_last(d):
    """'… can be enjoyed in peace and safety.”' / 'Keeping People Safe': the body's last line a short heading-like
    line under text that ends its sentences - a section cut off (the copy stops under its heading) or the issuer's
    slogan signing off; neither is the article's text."""
    body = [i for i, role in enumerate(d.roles) if role == "body"]
    if len(body) < 3 or d.lex.lang != "en":
        return
    last, before = body[-1], body[-2]
    line = d.lines[last]
    if line.marker or ends_sentence(line.content, d.lex) or line.content.endswith((":", ",")) \
            or not line.content[:1].isupper() or not ends_sentence(d.lines[before].content, d.lex) \
            or phones_in(line.content) or URL.search(line.content):
        return
    words = word_count(line.content)
    if words <= _LONGEST_LEFT_HEADING and not any(c.isdigit() for c in line.content):
        d.overrule(last, "stripped", "a heading or a slogan under the text's last sentence, with nothing under it")
    elif words <= _LONGEST_TITLE_LEFT and title_case(line.content) and not LABEL_LINE.match(line.content):
        # … the text's last sentence. / Free Fishing Weekend Returns to State Parks in June: a title in Title Case
        # with no stop, the next story's on the page, cut from its text
        d.overrule(last, "stripped", "another story's title under the text's last sentence, with nothing under it")


_LONGEST_TITLE_LEFT = 16  # words


_ENDS_ON_A_WORD = fastre.compile(r"[^\W\d_],?$")
_CUT_SHORTEST = 20  # a few words: the start of a sentence, not a heading or a figure


def _cut_off_sentence(d):
    """A copy that ends mid-sentence (the page cut short: '○ 6.12 차관이 기자와 만나 “몇 몇'), its last line an
    unfinished sentence after text that ends its own: no paragraph or item of the article. (A paragraph cut after
    a full stop is trimmed when the body is built, body.cut_sentence; this is the line with no stop at all, which
    ends on a word - a number, a phone or an address closes a request to call or visit, which may lack its stop.)"""
    last = len(d.lines) - 1
    if last < 1 or d.roles[last] != "body" or d.roles[last - 1] != "body":
        return
    text = d.lines[last].content
    if len(text) >= _CUT_SHORTEST and _ENDS_ON_A_WORD.search(text) and not ends_sentence(text, d.lex) \
            and not SENTENCE_STOP.search(text) \
            and not phones_in(text) and not URL.search(text) and not EMAIL.search(text) \
            and ends_sentence(d.lines[last - 1].content, d.lex):
        d.overrule(last, "stripped", CUT_OFF)


# "0904 수급안정대책(보도자료).hwpx", "Fact sheet.pdf (212 KB)", "첨부파일 챗봇화면.jpg (412KB)",
# "사진.JPG [jpg, 2397793B]": a download link's file name, alone on its line (after a label at most)
_FILE_EXTENSIONS = "hwp hwpx pdf doc docx xls xlsx ppt pptx zip jpg jpeg png gif".split()
_ATTACHED_FILE = fastre.compile(
    r"^\S.{0,150}\.(?:" + "|".join(_FILE_EXTENSIONS) + r")"
    # (212 KB), [jpg, 2397793B], [ Size : 2.77MB , Down : 6 ]
    r"(?:\s*[(\[]\s*(?:size\s*:\s*)?(?:[a-z]{2,5}\s*,\s*)?[\d.,]+\s*[KMG]?B\s*"
    r"(?:,\s*(?:down|downloads?|hits?|다운로드|조회)\s*:?\s*[\d,]+\s*)?[)\]])?"
    # (다운로드 72 회), or after the size the count alone: (325.5KB) (701)
    r"(?:\s*[(\[]\s*(?:(?:다운로드|조회|downloads?|hits?)\s*:?\s*)?[\d,]+\s*(?:회|건|times)?\s*[)\]])?"
    # (Down : 1, Size : 689.0 KB): the board's fields in another order
    r"(?:\s*[(\[]\s*(?:(?:size|down|downloads?|hits?|다운로드|조회|크기)\s*:?\s*[\d.,]+\s*(?:[KMG]?B)?\s*,?\s*){2,3}[)\]])?"
    r"(?:\s*[|/·]?\s+\[?\s*(?:미리보기|바로보기|다운로드|다운받기|내려받기|download|preview|view)\s*\]?)*$", re.I)  # … | 다운로드
# the next item of an attachment list: a file name, or a document "n부" (copies) as Korean lists count them
_ATTACHMENT_ITEM = fastre.compile(r"\.(?:" + "|".join(_FILE_EXTENSIONS) + r")\b|\d\s*부\.?\s*(?:끝\.?)?$|^\d+\.\s", re.I)
# what such a line ends with (the pattern's gate): an extension in either case, or a size in brackets
_FILE_ENDS = tuple(f".{ext}" for ext in _FILE_EXTENSIONS + [e.upper() for e in _FILE_EXTENSIONS]) + (
    "B)", "B]", "회)", "건)", "s)", *(f"{digit})" for digit in "0123456789"), "미리보기", "바로보기", "다운로드", "다운받기", "내려받기", "ownload", "review", "iew",
    "미리보기]", "바로보기]", "다운로드]", "다운받기]", "내려받기]", "ownload]", "review]", "iew]")


def rule_attached_files(d):
    """A file offered for download, named on its own line: an attachment wherever it stands."""
    for i, line in enumerate(d.lines):
        if d.roles[i] is None and line.content.endswith(_FILE_ENDS) and _ATTACHED_FILE.search(line.content):
            d.claim(i, "attachment", "a file attached to the page")
        elif d.roles[i] is None and line.content[:1] == "[" and _LINKED_FILE.fullmatch(line.content):
            # * [Measles Information Sheet](https://…/Measles%20Sheet.doc) (Word 113KB): a Markdown link to a file
            d.claim(i, "attachment", _LINKED)
        elif d.roles[i] is None and i and d.reasons[i - 1] == _LINKED \
                and line.marker == d.lines[i - 1].marker and _LINK_OPENS.match(line.content):
            d.claim(i, "attachment", _LINKED)  # the next link of the list (cut short)


_LINKED = "a file attached to the page, linked"
# a Markdown link whose address ends on a document's extension, its kind and size after it: [name](….doc) (Word 113KB)
_LINKED_FILE = fastre.compile(r"(?i)\[[^\]]{2,150}\]\(\S+\.(?:" + "|".join(_FILE_EXTENSIONS) + r")\)"
                              r"(?:\s*\(\s*(?:[a-z]{2,10}\s+)?[\d.,]+\s*[KMG]?B\s*\))?")
_LINK_OPENS = fastre.compile(r"\[[^\]]{2,150}\]\(\S*$|\[[^\]]{2,150}\]\(\S+\)")


def _attachment_continues(d, i):
    """The next numbered or short line of an attachment list (붙임 1. … / 2. …)."""
    if i == 0 or d.roles[i - 1] != "attachment":
        return False
    line = d.lines[i]
    if matches(d.lex.tail_starts, line.label) or is_chrome(line, d.lex):
        return False
    if matches(d.lex.appendix_labels, d.lines[i - 1].label) and len(line.content) <= 80:
        return True  # 붙임 / 관련 사진 2매: a label alone on its line (a cell, a PDF column), then what it attaches
    return bool(line.marker and fastre.match(r"^\(?\d", line.marker) or _ATTACHMENT_ITEM.search(line.content))


# a Korean reporter signing off after the text (홍길동 기자, 김철수 선임기자), in the tail with an e-mail after
_KO_REPORTER_NAME = r"[가-힣]{2,4}\s*(?:선임|수석|객원)?\s*(?:기자|특파원|편집(?:부|국)?장|논설위원|" + KO_OTHER_WRITER_POSTS + ")"
_KO_REPORTER = fastre.compile(_KO_REPORTER_NAME)
_KO_REPORTER_MAIL = fastre.compile(r"(?:/\s*)?" + _KO_REPORTER_NAME + r"(?:\s+\S+@\S+)?")  # (/홍길동 기자 …)
_KO_BRACKETED_SIGN_OFF = fastre.compile(r"[\[(【]\s*(?:[^\[\]()【】]{1,20}?\s+)?" + _KO_REPORTER_NAME + r"\s*/?\s*\S+@\S+?\s*[\])】]")
# "Jane Doe can be reached at jdoe@…": the reporter's address closing a news copy, not the release's contact
_REPORTER_SIGN_OFF = fastre.compile(r"(?i)\bcan be reached at\b|\breach (?:him|her|them) at\b|\bfollow (?:him|her|them) on\b")


# an outlet's or a writer's name and an address, nothing else, after the text: 대한연합방송 hk9044@hanmail.net
_NAME_AND_MAIL = fastre.compile(r"[^\W\d_][\w.&'’-]{1,20}(?:\s[^\W\d_][\w.&'’-]{0,20}){0,2}\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_MOST_TRAILING_JUNK = 12  # counters and section names after the text run to a few lines, never a page


_UNIT_AFTER = fastre.compile(r"\s+[-–—]\s+[A-Z가-힣][\w&'’ ]{2,30}$")


def _signs_off(line, lex):
    """한솔교육지원청 행정지원과, Port Ellery, 12 November 2024: the issuer (and its office), or a place and
    a date, alone on the line after the text."""
    text = line.content
    if len(text) > 60 or ends_sentence(text, lex):
        return False
    if lex.issuer_name.search(text) or " " in text and lex.issuer_name.search(_UNIT_AFTER.sub("", text)):
        return True  # … and its unit after a dash: The Prime Minister's Office - Communications
    date, span = find_date(text)
    if not date:
        return False
    place = (text[:span[0]] + " " + text[span[1]:]).strip(" ,.–—-")
    words = place.split()
    return 1 <= len(words) <= 4 and ":" not in place and "：" not in place \
        and all(w[:1].isupper() or fastre.match(r"[가-힣]", w) for w in words)


_ONE_TAG = fastre.compile(r"#[^\s#]{2,40}")


def _trailing_body_junk(d, end):
    """Short non-sentences after the last real paragraph (counters, section names) are chrome."""
    lex = d.lex
    body = [i for i in range(d.body_start or 0, end) if d.roles[i] == "body"]
    for i in reversed(body[-_MOST_TRAILING_JUNK:]):
        if i in d.pins:
            break  # the editor's own body line: the body runs to here at least
        line = d.lines[i]
        if EMAIL.fullmatch(line.content.strip()) or fastre.match(r"^(?:이메일|e-?mail)\s*[:：]\s*\S+@", line.content, re.I) \
                or _REPORTER_SIGN_OFF.search(line.content) and EMAIL.search(line.content) and len(line.content) <= 160 \
                or "@" in line.content and _NAME_AND_MAIL.fullmatch(line.content):
            d.roles[i], d.reasons[i] = "stripped", "reporter e-mail after the body"
            continue
        if not line.marker and _signs_off(line, lex):
            d.roles[i], d.reasons[i] = "stripped", "the issuer's name or a place and date signing off the text"
            continue
        if lex.lang == "ko" and "@" in line.content and _KO_REPORTER_MAIL.fullmatch(line.content):
            # 김하늘 편집부장 sky@@…: the writer and an address, however mistyped, signing off the copy
            d.roles[i], d.reasons[i] = "byline", "reporter sign-off"
            d.bylines.append((i, line.content))
            continue
        if not line.marker and line.content[:1] == "#" and _ONE_TAG.fullmatch(line.content):
            d.roles[i], d.reasons[i] = "stripped", "a tag after the body"  # #miragenews: the feed's tag, alone
            continue
        if not line.marker and URL.fullmatch(line.content.strip()):
            if i > 0 and d.roles[i - 1] == "body" and d.lines[i - 1].content.rstrip().endswith((":", "：")):
                break  # … can be watched at the following link: / the link - the sentence's own
            d.roles[i], d.reasons[i] = "stripped", "the issuer's web address after the body"  # www.nps.gov/care
            continue
        if line.marker or is_prose(line, lex) or len(line.content) > 25:
            break
        if lex.lang == "ko" and _KO_REPORTER.fullmatch(line.content):
            d.roles[i], d.reasons[i] = "byline", "reporter sign-off"
            d.bylines.append((i, line.content))
            continue
        if ends_sentence(line.content, lex):
            break  # 많은 참여 바랍니다.: short, but a sentence of the article
        if fastre.search(r"[가-힣]", line.content) and len(line.content) <= 12 or fastre.fullmatch(r"[\W\d]+", line.content):
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
        if i == d.tail_start and d.tail_dated:
            # the page's posting date where the article ends: the release's date, unless a better one stands above
            claim_date_line(d, i, "the page's date under the text", priority=1)
        elif matches(lex.attachment_labels, label_text(line)) or _attachment_continues(d, i):
            d.claim(i, "attachment", "attachment line")
        elif lex.lang == "ko" and (_KO_REPORTER_MAIL.fullmatch(line.content)
                                   or BROADCAST_SIGN_OFF.match(line.content)) and not d.bylines:
            d.claim(i, "byline", "reporter sign-off")
            d.bylines.append((i, line.content))
        else:
            d.claim(i, "stripped", "after the end of the article")


_CAPTION_MAX = 150  # a caption is a sentence or two; a lead paragraph runs longer


def rule_wire_prefix(d):
    """A dateline or wire credit opening the first paragraph: (서울=연합뉴스) 홍길동 기자 =, NEW YORK, NY —."""
    if d.body_start is None:
        return
    # the first paragraph, or one of the first three when a line above it was read as the body's (a wire's
    # credit opens the lead, however the deck above it was read)
    body = [i for i in range(d.body_start, len(d.lines)) if d.roles[i] == "body"][:3]
    first, split = next(((i, s) for i in body for s in (split_wire_prefix(d.lines[i].text, d.lex),)
                         if s and (i == body[0] or s.byline or s.dateline and s.dateline.place)), (None, None))
    if not split and body:
        first, split = body[0], _credit_printed_above(d, body[0])
    if not split:
        return
    d.wire = (first, split)
    if split.byline and d.lex.lang == "ko":
        for k in body:
            if k == first:
                break
            if len(d.lines[k].content) <= _CAPTION_MAX and not d.lines[k].marker and d.lines[k].content.endswith("다."):
                # 교육감이 … 확인하고 있다. over '(동양일보 기자) …': an outlet's credit opens its story's text, so a
                # short sentence above it, under the title, is a photo's caption
                d.overrule(k, "stripped", "caption above the credited first paragraph")
    if first not in d.pins:
        d.reasons[first] = "running text, opened by a dateline"
    if split.dateline:
        d.datelines.append((5, first, split.dateline))
    if split.byline:
        d.bylines.insert(0, (first, split.byline))
    if split.leftover:
        d.fragments.setdefault(first, []).append(split.leftover)


def _credit_printed_above(d, i):
    """[CTN25문화관광] 고즈넉한 …: a name in square brackets opening the first paragraph that a line above prints
    alone (the post's outlet or writer, • CTN25문화관광): the copy's credit, whatever its words; a WireSplit, else None."""
    text = d.lines[i].text
    found = _BRACKET_FIRST.match(text) if text[:1] in "[【" else None
    if found is None or len(text) - found.end() < _TEXT_AFTER_CREDIT:
        return None
    name = found.group("name").strip()
    if not any(d.lines[k].content == name for k in range(max(0, i - _CREDIT_ABOVE_WITHIN), i)):
        return None
    return WireSplit(None, found.group().strip(), text[found.end():], "")


_BRACKET_FIRST = fastre.compile(r"[\[【]\s*(?P<name>[^\[\]【】]{2,30})[\]】]\s*(?=\S)")
_CREDIT_ABOVE_WITHIN = 12  # lines: the page's header rows over the text
_TEXT_AFTER_CREDIT = 40


def rule_leftovers(d):
    """Anything still unclaimed is stripped, never lost."""
    for i in range(len(d.lines)):
        if d.free(i):
            d.claim(i, "stripped", "not part of the article")
