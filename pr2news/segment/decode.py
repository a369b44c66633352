"""The global decision: where the headline is and where the article ends, chosen for the whole document.

A release runs in an order: page chrome and letterhead (TOP), the headline (HEAD), the deck under it —
subtitles, dates, credits (DECK) —, the body (MAIN), then contacts, attachments and the page's tail (END). Every line gives evidence for
each part (evidence.py: how much it reads as the article's own text; headline.py: how much a line looks
like the title the text below is about; extent.py: cues that the article is over). The decoder picks the
labelling of all lines under that order with the highest total (Viterbi over the four parts), so a
misleading line costs a little and cannot, alone, move the headline or throw away the paragraphs after it.
Lines that the line rules already recognised (a menu, a contact, a release label) keep their roles; they
only tip where the parts begin and end. A headline pinned by an editor is a hard constraint: the only
labelling considered puts HEAD on it, and the decoder chooses where the deck, body and tail fall around it.
"""
from __future__ import annotations

from .. import fastre
from ..lexicon.common import phones_in
from .body import ends_sentence
from .draft import RELEASE_KIND_FIRST, RELEASE_LABEL, opens_a_release
from .evidence import content_values, relevance
from .extent import (DATE_AFTER_TEXT, FEED_FOOTER, NEXT_LETTERHEAD, NEXT_TITLED_RELEASE, PAGE_BREAK, READ_MORE,
                     READERS_COMMENTS, SIGNED_OVER_NEXT, contact_then_appendix, first_prose, tail_cues)
from .headline import (KO_POLITE_END, first_title_before_text, headline_candidates, issuer_only, printed_again_below,
                       teaser_of_a_listing, word_chars)
from .lines import is_prose, is_sentence_like, word_count
from .wire import split_wire_prefix

TOP, HEAD, DECK, MAIN, END = range(5)

# How the evidence is weighed (set by measurement on the dev corpus, the check split kept out).
HEAD_SCALE = 3.0             # a title's evidence, weighed against the lines it would push out of the article
HEADLINE_BAR = 0.5           # below this a line is more likely not the title than the title
LINE_CAP = 2.0
TITLE_LINE_CAP = 1.0
GAP_COST = 0.12              # each loose line between a title and the text below it
HEADLINE_SATURATION = 1.2    # past this, more overlap with the text below says nothing more about a title
HEAD_VALUE = 1.0             # the headline is article content too: it loses nothing by being the headline
NO_HEADLINE_COST = 3.0       # an article without a headline
TITLE_ABOVE = 0.5            # a strong title left above the headline: the headline is probably too low
ABOVE_HEADLINE = 0.3         # text left above the headline is lost, but ledes and teasers stand there too
PROSE_IN_DECK = 0.5          # running text under the headline is the body, not the deck
TAIL_CUE = {"end mark": 10.0, "header of a list of other stories": 3.0, "the next release of a feed": 1.5,
            "an appendix's heading": 6.0,  # 붙임 1, [연구 결과 개요]: what follows is the annexes, read as they may
            "a reference box's heading": 2.0,  # [참고] …: the annexes, or a box of facts inside the text
            "the next message of a chat": 3.0,  # the release was one message of a messenger's export
            "an issuer's description under its name": 5.0,  # About the Authority / The Authority operates …
            "the reporter's sign-off": 3.0,  # JNB 김보라입니다.: a broadcast report's last line
            READ_MORE: 6.0,  # … Read more: a listing's teaser, cut where the link to the whole story stands
            FEED_FOOTER: 10.0,  # The post … appeared first on Site.: the post is over, whatever the feed holds next
            DATE_AFTER_TEXT: 1.5,  # the page's posting date under the text; a dated section of the text goes on
            READERS_COMMENTS: 6.0,  # 38 Responses to "…": the readers' comments, however much they read as text
            NEXT_LETTERHEAD: 10.0,  # 충청북도 보도자료 / 함께 그리는 충북의 내일 again, under the first release's contact
            NEXT_TITLED_RELEASE: 6.0,  # Press Release – Title / Title / text after the text: a category page's next
            SIGNED_OVER_NEXT: 10.0}  # Ministry … / Colombo / 28 November 2019 over another title and its text
# cues after which the page holds another release (its contact is that release's, not the article's)
_ANOTHER_RELEASE = (NEXT_LETTERHEAD, NEXT_TITLED_RELEASE, SIGNED_OVER_NEXT, FEED_FOOTER)
BEFORE_LAYOUT_END = 10.0     # the text ending above the contact table that closes it, or an appendix label
AFTER_LAYOUT_END = LINE_CAP  # a line after it: an appendix, however much it reads as text
BEFORE_END_MARK = 3.0        # the article ending above the release's own end mark
TAIL_HEADER = 3.0            # a header over the tail: Most read, About the City, 여성가족부 개요
TAIL_CUE_DEFAULT = 1.5       # a copyright line, 'Source: …', a tip request
UNMARKED_END = 1.0           # the article ending with nothing to say so
AFTER_CONTACT = 0.8          # a contact block after the text closes the release
AFTER_CLOSING_CONTACT = 2.0  # … and every line after the release's own contact block is worth this much less
EMBEDDED_RELEASE_CONTACT = 10.0  # … and surely closes a release set among a newsletter's other items
TOPIC_WEIGHT = 2.0           # a line about the article's subject against a teaser of another story
TOPIC_BASE = 0.3
STRAY_LINE = 0.7          # a stray line inside the article (a short label, a credit) costs less than text gains
CLAIMED_IN_ARTICLE = -0.15   # a menu or label inside the article's span: the span is probably too wide

_NEG = float("-inf")


def headline_value(candidate):
    """A candidate's evidence, saturating: 60% of a title's words in the text below already makes it one."""
    fit = 2.0 * candidate.overlap * candidate.weight
    return min(fit, HEADLINE_SATURATION) - GAP_COST * candidate.gap + candidate.bonus


def _credited_lead(d):
    """The first line of Korean running text, when an outlet's credit with its reporter opens it; else None."""
    k = d.first_prose
    if d.lex.lang != "ko" or k is None:
        return None
    split = split_wire_prefix(d.lines[k].text, d.lex)
    return k if split is not None and split.byline and "기자" in split.byline else None


def _kept_nothing(d, path, fixed):
    """The labelling keeps no line of a page that has running text (and no headline was pinned)."""
    return MAIN not in path and HEAD not in path and fixed is None and any(d.prose)


def decide(d):
    """Set d.headline (and how sure), d.tail_start and d.first_prose from the best labelling."""
    n = len(d.lines)
    d.first_prose = first_prose(d)
    if not n:
        return
    if d.text_ends is None:
        d.text_ends = contact_then_appendix(d)
    tables = flattened_table_cells(d)  # first: a figure taken for a counter is freed before any evidence
    cues = tail_cues(d)
    rel, line_keys = relevance(d, cues)
    sentences = [d.roles[i] is None and is_sentence_like(line.content, d.lex) for i, line in enumerate(d.lines)]
    value = content_values(d, rel, line_keys, sentences)
    closing = _closing_contact(d)
    copy_again = None
    if closing is not None:
        # the release's contact block after its text: what follows is the page's (the next item of a list,
        # notes, the issuer's description), however much of it reads as text - the labels end the body there
        value = [v - AFTER_CLOSING_CONTACT if i > closing else v for i, v in enumerate(value)]
        copy_again = _title_again_after(d, closing)
    candidates = {c.index: c for c in headline_candidates(d, n, line_keys, cues)}
    for k in range(n - 2):
        if teaser_of_a_listing(d, k, n):
            # another story's title and its first words cut with an ellipsis, over the next title: the listing's,
            # however much the teaser reads as text
            value[k], value[k + 1] = min(value[k], -STRAY_LINE), min(value[k + 1], -STRAY_LINE)
    credited = _credited_lead(d)
    if credited is not None:
        # (매체=기자) 관악구는 …: an outlet's credit opens its story's text, so the short lines above it (a board's
        # clipping fields, a link) are the page's or the deck's, never the text (the title's evidence stays its own)
        value = [min(v, -STRAY_LINE) if i < credited and not d.prose[i] and i not in candidates else v
                 for i, v in enumerate(value)]
    # summary points between a title and the page's posting stamp: however much they read as text, the
    # release's text starts under its date line
    over_stamp = _deck_over_release_date(d, candidates)
    for k in over_stamp:
        value[k] = min(value[k], -STRAY_LINE)
    # … the contact, then the release's title again and its text: the page printed it twice (a feed, a mail
    # quoting itself); the article is the first copy
    second_copy = range(copy_again, n) if copy_again is not None else ()
    for k in second_copy:
        value[k] = min(value[k], 0.0) - AFTER_LAYOUT_END
    pinned = d.pinned_lines("headline")
    # the editor's headline, else the title box the layout found: the path must put HEAD there
    fixed = pinned[0] if pinned else d.title_box[0] if d.title_box else None
    tail = _tail_evidence(d, cues, rel)
    forwarded = _forwarded_at(d, candidates) if fixed is None else None
    if fixed is None and forwarded is None:
        forwarded = _release_label_below_text(d, candidates)
        if forwarded is not None:
            _contact_closes_release(d, forwarded, tail[1])
    if forwarded is not None:
        # a forwarded mail: what stands above its separator is the forwarder's note, never the release; a
        # newsletter: what stands above the release's label is its other items
        candidates = {i: c for i, c in candidates.items() if i > forwarded}
        value = [v if i > forwarded else min(v, 0.0) for i, v in enumerate(value)]
    path = _decode(d, value, candidates, tail, sentences, tables, fixed, forwarded)
    titled = True  # whether the page has a line that may be the headline
    if _kept_nothing(d, path, fixed):
        # no part of the page was kept: the cost of a missing headline (a weak candidate - 'Quick facts' - the only
        # one) outweighed a short release's text; without the headline the text is still the release's
        candidates, titled = {}, False
        path = _decode(d, value, candidates, tail, sentences, tables, fixed, forwarded)
    # Second look: now that the article is known, how much of each line's vocabulary is the article's own
    # subject. Teasers of other stories read like prose but are about something else.
    core, members = _core_keys(d, path, line_keys)
    if core:
        shared = set(core)
        repeated = {k for k, count in core.items() if count > 1}
        for i, found in enumerate(line_keys):
            if found:
                # the share of a line's keys that the article's opening uses (its own use not counted)
                share = len(found & (repeated if i in members else shared)) / len(found)
                value[i] += TOPIC_WEIGHT * (share - TOPIC_BASE) * min(1.0, len(found) / 10)
        for k in over_stamp:
            value[k] = min(value[k], -STRAY_LINE)
        for k in second_copy:
            value[k] = min(value[k], 0.0) - AFTER_LAYOUT_END
        path = _decode(d, value, candidates, tail, sentences, tables, fixed, forwarded)
        if _kept_nothing(d, path, fixed) and candidates:
            # the same after the second look: a page's only text, flattened into one line under a weak title
            # ('File Type:pdf, Size:1020Kb'), its vocabulary shared with nothing kept above it
            candidates, titled = {}, False
            path = _decode(d, value, candidates, tail, sentences, tables, fixed, forwarded)
    if _kept_nothing(d, path, fixed):
        # still nothing kept: the page's cues outweigh all its text (a copyright line over a one-paragraph notice);
        # the text from its first running line, with what stands below it, serves better than no article at all
        start = next((i for i in range(n) if d.prose[i] and d.free(i) and i not in cues), None)
        if start is not None:
            path = [TOP] * start + [MAIN] * (n - start)
            d.body_start = start
    h = next((i for i, s in enumerate(path) if s == HEAD), None)
    stronger = _stronger_title_below(d, h, candidates, path) if fixed is None and h is not None else None
    if stronger is None and fixed is None and h is not None:
        stronger = _title_under_release_label(d, h, candidates)
    if stronger is not None:
        # a weak headline (a banner's sentence) over a title as strong as titles get: the title is the headline
        path = _decode(d, value, candidates, tail, sentences, tables, stronger)
        h = stronger
    elif fixed is None and h is not None:
        above = _full_title_right_above(d, h, candidates)
        if above is None and d.lex.lang == "ko":
            above = _title_speaking_to_reader_above(d, h, candidates)
        if above is not None:
            path = _decode(d, value, candidates, tail, sentences, tables, above)
            h = above
    again = printed_again_below(d, h, next((i for i, s in enumerate(path) if s == END), n)) \
        if fixed is None and h is not None else None
    if again is not None and again in candidates:
        # the page's title over the release, which prints its own title again: the release starts there
        path = _decode(d, value, candidates, tail, sentences, tables, again)
        d.printed_first, h = h, again
    end = next((i for i, s in enumerate(path) if s == END), None)
    d.tail_start = end
    d.tail_dated = end is not None and cues.get(end) == DATE_AFTER_TEXT
    if end is not None:
        d.next_release = min((i for i, why in cues.items() if why in _ANOTHER_RELEASE and i >= end), default=None)
    d.deck_ends = next((i for i, s in enumerate(path) if s == MAIN), None)
    d.line_values, d.line_relevance = value, rel
    if fixed is not None:
        d.headline, d.headline_guessed = fixed, False
        d.headline_reason = "the first half of the pinned headline (a wrapped title)"  # if one joins above it
        if not pinned:
            d.headline_reason = d.reasons[fixed] or "the title box's headline"
    elif h is not None:
        c = candidates[h]
        d.headline = h
        d.headline_guessed = c.overlap < 0.5 or c.gap > 8 or headline_value(c) < HEADLINE_BAR
        d.headline_reason = (f"title-shaped, {round(c.overlap * 100)}% of its words recur below"
                             + (" (guessed)" if d.headline_guessed else ""))
        if h == again:
            d.headline_reason = "the release's own title, printed again under the page's; " + d.headline_reason
    elif not candidates and titled:
        # no running text to compare with (a copy cut short): the first title-shaped line, guessed
        i = first_title_before_text(d, end if end is not None else n)
        if i is not None:
            d.headline, d.headline_guessed = i, True
            d.headline_reason = "first title-shaped line with text after it (guessed: no running text to compare)"
    if d.headline is None and fixed is None and n > 1:
        # still none: a pasted release opens on its title, whatever it reads like (a slogan, a sentence), when the
        # first line is no part of the text and nothing has claimed it
        first = d.lines[0]
        if d.roles[0] is None and not first.marker and _SHORTEST_FIRST_TITLE <= len(first.content) <= _LONGEST_FIRST_TITLE \
                and not d.prose[0] and any(d.prose[1:]):
            d.headline, d.headline_guessed = 0, True
            d.headline_reason = "the first line, over the text (guessed: no title-shaped line)"


_SHORTEST_FIRST_TITLE, _LONGEST_FIRST_TITLE = 8, 150


_BOX_ITEMS = 8
_DECK_OVER_DATE = 6  # summary lines between a title and its posting stamp, at most


def _deck_over_release_date(d, candidates):
    """The unclaimed lines between a headline candidate and a release date line a few lines under it (Posted
    On: …), every one of them reading as text, no other claimed line between: the deck over the stamp."""
    for i in sorted(candidates):
        for j in range(i + 1, min(len(d.lines), i + _DECK_OVER_DATE + 2)):
            if d.roles[j] is not None:
                between = [k for k in range(i + 1, j) if d.roles[k] is None]
                if d.reasons[j] == "dated release line" and between \
                        and all(is_prose(d.lines[k], d.lex) for k in between) and _text_under(d, j) > sum(
                            len(d.lines[k].content) for k in between):
                    # (a title over the stamp, short, is the headline: the stamp is under it); a deck is shorter
                    # than the text it heads - more text above a stamp than under it is the article, stamped after
                    return between
                break
    return []


def _text_under(d, j):
    """How much running text stands under line j (characters of unclaimed prose lines)."""
    return sum(len(d.lines[k].content) for k in range(j + 1, len(d.lines)) if d.prose[k] and d.roles[k] is None)


def _closing_contact(d):
    """The last line of the first contact block (or contact sentence) that follows running text and reaches
    someone (a phone or an address in it), or None."""
    if d.first_prose is None:
        return None
    for group in d.contact_groups:
        if min(group) > d.first_prose and any(
                phones_in(d.lines[k].content) or "@" in d.lines[k].content for k in group):
            if sum(d.prose[d.first_prose:min(group)]) <= 1 \
                    and sum(d.prose[max(group) + 1:]) >= _TEXT_UNDER_HEADER_CONTACT:
                continue  # one running line above it (the title), the text below: a board's header (부서, 연락처)
            return max(group)
    return None


_TEXT_UNDER_HEADER_CONTACT = 3


_TITLE_AGAIN_WITHIN = 3  # lines under the closing contact
_LONGEST_TITLE_AGAIN = 150


def _title_again_after(d, closing):
    """The line just under the closing contact that prints a line from above the text again (the title), else None."""
    # (a title that reads as a sentence - 'Check the Website for Clinic Details!' - may count as the first prose)
    above = {word_chars(d.lines[k].content) for k in range(min(d.first_prose + 1, closing))
             if len(d.lines[k].content) <= _LONGEST_TITLE_AGAIN}
    for k in range(closing + 1, min(len(d.lines), closing + 1 + _TITLE_AGAIN_WITHIN)):
        words = word_chars(d.lines[k].content)
        if len(words) >= 15 and words in above:
            return k
    return None


def _text_goes_on_after_list(d, i, cues, rel):
    """Under the header at i, a few short items, then two or more lines of running text about the article's
    own subject before anything else says the page is over: a box of related links inside the text (or a
    widget's label whose video or links the copy lost: You may also want to watch:, the text right under it)."""
    n = len(d.lines)
    k = i + 1
    while k < n and k - i <= _BOX_ITEMS and not d.prose[k] and k not in cues:
        k += 1  # the box's items: titles of other stories, not running text
    if k - i > _BOX_ITEMS:
        return False
    text = about = 0
    # a Korean line's share of character pairs found elsewhere runs far lower than an English line's of words
    least = 0.1 if d.lex.lang == "ko" else 0.3
    while k < n and k not in cues and d.prose[k] and d.roles[k] is None:
        text += 1
        about += rel[k] >= least  # teasers of other stories share little of the article's vocabulary
        k += 1
    return text >= 2 and about * 2 >= text


def _tail_evidence(d, cues, rel):
    """(per line: how much it reads as the page's tail, per line: the cost of the article ending there, per
    line: what it is worth inside the tail)."""
    n = len(d.lines)
    strength = [0.0] * n
    for i, why in cues.items():
        line = d.lines[i]
        # a header (Most read, About the City, 여성가족부 개요) announces what follows; a sentence only itself
        header = len(line.content) <= 40 and not is_sentence_like(line.content, d.lex)
        header = header or _RIGHTS_NOTICE.search(line.content) is not None
        strength[i] = TAIL_CUE.get(why, TAIL_HEADER if header else TAIL_CUE_DEFAULT)
        if strength[i] == TAIL_HEADER and why != "an issuer's description under its name" \
                and _text_goes_on_after_list(d, i, cues, rel):
            strength[i] = TAIL_CUE_DEFAULT  # 관련기사 and two teasers set inside the text, which goes on under them
    # the article ends where something says so: a cue, or a contact, a menu, a share row; nothing is a cost
    enter = [0.0 if strength[i] or d.roles[i] in ("stripped", "contact", "attachment") else -UNMARKED_END
             for i in range(n)]
    for i in range(1, n):
        if d.roles[i - 1] is None and d.reasons[i] in PAGE_BREAK and not ends_sentence(d.lines[i - 1].content, d.lex):
            # a page break inside a sentence (… 15분간은 소독과 / - 1 - / running head / 휴식을 위해 …): the text
            # goes on over the page; its number and running head are no end of the article
            k = i
            while k < n and d.reasons[k] in PAGE_BREAK:
                enter[k] -= UNMARKED_END
                k += 1
    for i in range(n):
        text = d.lines[i].content
        part = _THREAD_PART.search(text) if d.roles[i] is None and text.endswith(")") else None
        if part and int(part.group(1)) < int(part.group(2)):
            # '… 출입을 전면 통제했다. (1/2)': a thread's post says the text goes on in the next one; the account's
            # header between the two posts is no end of the article
            following = f"{int(part.group(1)) + 1}/{part.group(2)}"
            for k in range(i + 1, min(n, i + _THREAD_GAP)):
                if following in d.lines[k].content:
                    break
                enter[k] -= UNMARKED_END
    for group in d.contact_groups:
        last = max(group)
        if d.first_prose is not None and last > d.first_prose and last + 1 < n:
            enter[last + 1] += AFTER_CONTACT  # a contact block after the text closes the release
    marks = [i for i, why in cues.items() if why == "end mark"]
    if marks:
        # the release's own end mark vouches for what stands above it: the article does not end earlier
        for i in range(min(marks)):
            enter[i] -= BEFORE_END_MARK
    if d.text_ends is not None:
        # the contact table after the text, or an appendix label, closes it: tables and short lines above it
        # (a schedule, a list of prizes) are still the text
        strength[d.text_ends] = TAIL_CUE["end mark"]
        # … down to a header of the page's own lists standing before the contact (Related Topics, Additional
        # Resources over links): the contact closes the page, and the text ended above that header
        vouched = next((i for i in range(d.first_prose or 0, d.text_ends) if strength[i] >= TAIL_HEADER), d.text_ends)
        for i in range(d.first_prose or 0, vouched):
            enter[i] -= BEFORE_LAYOUT_END
    # in the tail, a cue counts for it; the messages of a chat are a barrier, not the tail's text: a long export
    # holds a dozen, and rewarding each would make the whole chat the tail, the release in it included
    reward = [0.0 if cues.get(i) == "the next message of a chat" else strength[i] for i in range(n)]
    return strength, enter, reward


_THREAD_PART = fastre.compile(r"\((\d{1,2})/(\d{1,2})\)\s*$")  # (1/2) closing a post of a thread
_THREAD_GAP = 40  # lines to look through for the thread's next post
# a publisher's notice of its rights (All rights reserved, 무단 전재 및 재배포 금지) closes a page's article as
# surely as a header over the page's lists does; a credit (ⓒ 마포구) says less
_RIGHTS_NOTICE = fastre.compile(r"(?i)all rights reserved|무단\s*(?:전재|복제)|재배포\s*금지")


_FORWARD_SEPARATOR = fastre.compile(r"(?i)^-{2,}\s*(?:forwarded message|original message|전달된\s*메시지|원본\s*메시지)\s*-{2,}$"
                                    r"|^begin forwarded message\s*:?$")


def _forwarded_at(d, candidates):
    """The last separator of a forwarded or quoted mail with a title-shaped line after it, or None."""
    last = None
    for i, line in enumerate(d.lines):
        if line.text[:1] in "-Bb" and _FORWARD_SEPARATOR.match(line.text):
            last = i
    return last if last is not None and any(i > last for i in candidates) else None


def _release_label_below_text(d, candidates):
    """A release label (NEWS RELEASE, 보도자료) under running text, a title-shaped line after it, and none over
    that text: a newsletter's or a digest's page holding the release among other items. The release starts at
    its label; None otherwise."""
    first = d.first_prose
    if first is None or any(_labels_a_release(d, k) for k in range(first)):
        return None  # the page opens with a release: a label further down is a second one's
    for i in range(first + 1, len(d.lines)):
        if _labels_a_release(d, i) and any(k > i for k in candidates):
            return i
    return None


def _labels_a_release(d, i):
    """Line i is a release's label: NEWS RELEASE, 보도자료, or FOR IMMEDIATE RELEASE: January 19, 2010 read as
    the release's date (it is the label as much)."""
    return opens_a_release(d, i) or d.roles[i] == "dateline" and _IMMEDIATE.match(d.lines[i].content) is not None


def _contact_closes_release(d, label, enter):
    """A release among a newsletter's items (its label at `label`) ends at its contact block, the first after
    some of its text: the next item follows. `enter`: the cost of the article ending at each line."""
    group = next((g for g in d.contact_groups if any(d.prose[k] for k in range(label, min(g)))), None)
    if group is not None and max(group) + 1 < len(d.lines):
        enter[max(group) + 1] += EMBEDDED_RELEASE_CONTACT


def _decode(d, value, candidates, tail, sentences, tables=(), fixed=None, only_top_until=None):
    n = len(d.lines)
    strength, enter_end, reward = tail
    head = [_NEG] * n
    # one line, however sure, tells little about where the parts begin; a title-like line (no sentence) less
    value = [min(LINE_CAP if d.prose[i] else TITLE_LINE_CAP, v) for i, v in enumerate(value)]
    for i, c in candidates.items():
        # the headline is part of the article too: its title evidence comes on top of that
        head[i] = HEAD_VALUE * max(0.0, value[i]) + HEAD_SCALE * (headline_value(c) - HEADLINE_BAR)
    # a line that reads as page furniture inside the article costs less than running text is worth: the
    # article's own headings, labels and list items are often short; a tail cue inside it costs what it weighs
    main = [(value[i] if value[i] > 0 else STRAY_LINE * value[i]) if d.roles[i] is None else _claimed_in_article(d, i)
            for i in range(n)]
    if d.text_ends is not None:
        # a table inside the text the layout bounds (a schedule, a list of prizes): its cells are short, but the
        # text's own, not stray lines; after the contact table that closes it, even prose is an appendix
        for i in range(d.first_prose or 0, d.text_ends):
            if d.lines[i].block.cell is not None:
                main[i] = max(main[i], 0.0)
        for i in range(d.text_ends, n):
            main[i] -= AFTER_LAYOUT_END
    for i in tables:
        main[i] = max(main[i], 0.0)  # a table's cells, one per line under its caption: the text's own, not stray
    for i in range(n):
        if strength[i]:
            main[i] = min(main[i], 0.0) - strength[i]
    # running text left above the headline is lost; short lines there (labels, credits, menus) cost nothing
    top = [-ABOVE_HEADLINE * max(0.0, value[i]) if d.roles[i] is None and d.prose[i] else 0.0 for i in range(n)]
    for i, c in candidates.items():
        # a title left above the headline says the headline is too low: the title comes first, its deck after
        top[i] -= TITLE_ABOVE * HEAD_SCALE * max(0.0, headline_value(c) - HEADLINE_BAR)
    deck = [-PROSE_IN_DECK if sentence else 0.0 for sentence in sentences]  # running text is the body's
    if fixed is not None:
        # the editor's headline: HEAD there and nowhere else; TOP above it, the other parts below it
        head = [_NEG] * n
        head[fixed] = 0.0
        top[fixed] = deck[fixed] = main[fixed] = _NEG
        reward = list(reward)
        reward[fixed] = _NEG
    if only_top_until is not None:
        for i in range(only_top_until + 1):
            head[i] = deck[i] = main[i] = _NEG
    # an article without a headline costs only when some line could have been one
    return _viterbi(n, top, head, deck, main, reward, enter_end, NO_HEADLINE_COST if candidates else 0.0)


_TABLE_CAPTION = fastre.compile(r"^[<〈\[(]\s*[^<>〈〉]{2,60}[>〉\])]$|단위\s*[:：]")
_MIN_FLAT_CELLS = 6
_LONGEST_CELL = 16  # Target (lakh ha), 2025년 상반기: a header cell, a figure with its unit


def flattened_table_cells(d):
    """Text taken from a table one cell per line (HWP, PDF text): under a caption (< 분기별 추이(억 달러) >,
    (단위 : 조원)), a run of short lines, most of them figures. Their lines, as a list; a figure the chrome
    rule took for a page's counter (412) is given back: in a table it is a cell."""
    cells = []
    lines, n = d.lines, len(d.lines)
    i = 0
    while i < n:
        text = lines[i].content
        # the pattern only where a caption can be: opening with a bracket, or naming its unit; or the text's own
        # words leading into the table (… was lagging in the following districts:)
        if d.roles[i] is None and ((text[:1] in "<〈[(" or "단위" in text) and _TABLE_CAPTION.search(text)
                                   or text.endswith((":", "：")) and i > 0 and d.prose[i - 1]):
            k = i + 1
            while k < n and len(lines[k].content) <= _LONGEST_CELL and not d.prose[k] and (
                    d.roles[k] is None or d.reasons[k] == "site chrome" and _FIGURE.fullmatch(lines[k].content)):
                k += 1
            run = range(i + 1, k)
            if len(run) >= _MIN_FLAT_CELLS and sum(1 for j in run if _DIGIT.search(lines[j].content)) * 2 >= len(run):
                for j in run:
                    if d.roles[j] is not None:
                        d.overrule(j, None, "")
                cells.extend(run)
            i = max(k, i + 1)
        else:
            i += 1
    return cells


_DIGIT = fastre.compile(r"\d")
_FIGURE = fastre.compile(r"[△▲▼+\-−]?[\d,.]+%?")
_CORE_SIZE = 1500  # characters of the article's opening: its headline and lead say what it is about


def _core_keys(d, path, line_keys):
    """({key: count}, {line index}) of the decoded article's opening: its headline and first running text."""
    core, members, size = {}, set(), 0
    for i, state in enumerate(path):
        if state == HEAD or state == MAIN and d.roles[i] is None and d.prose[i]:
            members.add(i)
            for k in line_keys[i]:
                core[k] = core.get(k, 0) + 1
            size += len(d.lines[i].content)
            if size > _CORE_SIZE:
                break
        elif state == END:
            break
    return core, members


def _stronger_title_below(d, h, candidates, path):
    """The first line under a headline chosen against the evidence (below the bar: a banner, a sentence) that
    is as title-like as lines get, before the text's first paragraph; else None."""
    if headline_value(candidates[h]) >= HEADLINE_BAR:
        return None
    for j in range(h + 1, len(path)):
        if path[j] == MAIN and d.prose[j] and d.roles[j] is None:
            return None  # the text has begun: a title-like line below it is the body's own heading
        c = candidates.get(j)
        if c is not None and headline_value(c) >= HEADLINE_SATURATION:
            return j
    return None


def _full_title_right_above(d, h, candidates):
    """The line right over the chosen headline when both read as titles as fully as titles get (every word
    recurring in the text): of a title and its subtitle, the title stands above (한국수자원공사, 맛있는 수돗물
    마시기 캠페인 전개 / 19일부터 25일까지, … 의미 새겨); the one under it was chosen only for being nearer the
    text. Else None."""
    k = h - 1
    c, below = candidates.get(k), candidates[h]
    if c is None or d.roles[k] is not None or d.lines[k].marker or d.lines[h].marker:
        return None
    upper, lower = d.lines[k].content, d.lines[h].content
    if word_count(upper) < _TITLE_WORDS or len(upper) < _SHARE_OF_SUBTITLE * len(lower) or issuer_only(upper, d.lex):
        return None  # a name (Governor Andrew Cuomo), a section's name (News release archive): not a title
    saturated = min(2.0 * c.overlap * c.weight, HEADLINE_SATURATION) >= HEADLINE_SATURATION
    return k if saturated and headline_value(c) + GAP_COST >= headline_value(below) else None


_POLITE_ABOVE_WITHIN = 6  # lines between a title and the subtitle under it: its second printing, credits, a date


def _title_speaking_to_reader_above(d, h, candidates):
    """“… 풍광 감상하세요” / (a date, a credit) / '제45회 …' 청와대사랑채서 시상식: a Korean title that speaks to the
    reader (…하세요, …빌려줘요) over a plainer line the decoder chose for matching the text better. A subtitle
    informs; only a headline addresses its reader so: the line above is the headline, the chosen one its deck."""
    for k in range(h - 1, max(-1, h - 1 - _POLITE_ABOVE_WITHIN), -1):
        if d.prose[k] and d.roles[k] is None:
            return None  # running text between them: not one title block
        if k in candidates and d.roles[k] is None and not d.lines[k].marker \
                and KO_POLITE_END.search(d.lines[k].content.rstrip("”\"’'」 ")):
            return k
    return None


_TITLE_WORDS = 4          # a title says something: a name or a section's name is shorter
_SHARE_OF_SUBTITLE = 0.5  # a title is not much shorter than the subtitle under it


_LABEL_TO_TITLE = 3  # the release's label, its date, then its title: a few lines at most


_IMMEDIATE = fastre.compile(r"(?i)for\s+(?:immediate\s+)?release\b")


def _title_under_release_label(d, h, candidates):
    """'Health Unit Urges …' (the page's title) / an image's text / Media Release / October 3, 2023 / 'Southwestern
    Public Health Urges …': the release's label opens the release, so a title under it at least as strong as the
    one above it, before any running text, is the release's own headline."""
    above = d.lines[h].content
    if RELEASE_KIND_FIRST.match(d.lines[h].label):
        return None  # 'News Release - Central Library to Close …': the page's title is the release's, labelled
    for k in range(h + 1, min(len(d.lines), h + 2 + _LABEL_TO_TITLE * 2)):
        if d.prose[k] and d.roles[k] is None:
            return None  # running text before any label: the title above heads it
        if d.reasons[k] == RELEASE_LABEL or d.roles[k] == "dateline" and _IMMEDIATE.match(d.lines[k].content):
            # (the contact the release prints under its label stands between, claimed, and counts for no line)
            unclaimed = 0
            for j in range(k + 1, len(d.lines)):
                if d.roles[j] == "contact":
                    continue
                unclaimed += 1
                if unclaimed > _LABEL_TO_TITLE:
                    break
                c = candidates.get(j)
                # (as full a title as the one above: 'Library Closing' under it is a heading of the text)
                if c is not None and headline_value(c) >= headline_value(candidates[h]) \
                        and len(d.lines[j].content) >= 0.6 * len(above):
                    return j
                if d.prose[j] and d.roles[j] is None:
                    return None
            return None
    return None


def _claimed_in_article(d, i):
    return CLAIMED_IN_ARTICLE if d.roles[i] == "stripped" else 0.0


def _viterbi(n, top, head, deck, main, end, enter_end, no_headline):
    """The best sequence of parts TOP* HEAD? DECK* MAIN* END* for n lines.

    Plain floats and one list of back pointers per part that has a choice (TOP and HEAD always come from
    TOP): this loop runs for every line, twice per document. On a tie the later part wins (MAIN over DECK
    over HEAD over TOP), and staying in END wins over entering it."""
    # best totals of a labelling of the lines so far that ends in each part
    tp, hd, dk, mn, en = top[0], head[0], _NEG, main[0] - no_headline, enter_end[0] + end[0]
    deck_back, main_back, end_back = [DECK] * n, [MAIN] * n, [END] * n
    for i in range(1, n):
        if hd >= dk:
            deck_from, deck_state = hd, HEAD
        else:
            deck_from, deck_state = dk, DECK
        main_from, main_state = mn, MAIN
        if deck_from > main_from:
            main_from, main_state = deck_from, deck_state
        if tp - no_headline > main_from:
            main_from, main_state = tp - no_headline, TOP
        # the part the tail is entered from: the best of the four, MAIN first on a tie
        last, last_state = mn, MAIN
        if dk > last:
            last, last_state = dk, DECK
        if hd > last:
            last, last_state = hd, HEAD
        if tp > last:
            last, last_state = tp, TOP
        last += enter_end[i]
        if last > en:
            end_from = last
            end_back[i] = last_state
        else:
            end_from = en
        deck_back[i], main_back[i] = deck_state, main_state
        tp, hd, dk, mn, en = tp + top[i], tp + head[i], deck_from + deck[i], main_from + main[i], end_from + end[i]
    state, best = TOP, tp   # the best final part, the earlier on a tie
    for part, total in ((HEAD, hd), (DECK, dk), (MAIN, mn), (END, en)):
        if total > best:
            state, best = part, total
    back = (None, None, deck_back, main_back, end_back)
    path = [state] * n
    for i in range(n - 1, 0, -1):
        state = TOP if state <= HEAD else back[state][i]
        path[i - 1] = state
    return path

