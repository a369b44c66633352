"""Evidence for the global decision: how much each line reads as the article's own text.

Nothing here decides. Each function measures one general property of a line — how much of it is
function words (the particles and endings of Korean sentences, English stopwords: what jusText uses to
tell prose from boilerplate), how much of its vocabulary recurs in the document's running text, its
shape — and `content_values` adds them into one number per line: above zero it reads as part of the
article, below zero as the page around it. decode.py weighs those numbers for the whole document.
"""
from __future__ import annotations

from collections import Counter

from .. import fastre
from ..lexicon.common import AtLineEnd

from .headline import KEYED, in_capitals, keys
from .lines import runs_on, word_count

_WORD_EDGE = "\"'“”‘’「」『』()[]<>《》〈〉【】·,.:;!?…-–—"


def function_share(text, lex):
    """Share of a line's words that are function words (English) or carry a particle or ending (Korean)."""
    words = text.split()
    if not words:
        return 0.0
    stop, ending = lex.function_words, lex.function_ending
    hits = 0
    for word in words:
        bare = word.strip(_WORD_EDGE)
        if bare.lower() in stop or ending is not None and len(bare) >= 2 and ending.search(word):
            hits += 1
    return hits / len(words)


_SOME_VOCABULARY = 4
_NO_KEYS = frozenset()


def relevance(d, exclude=()):
    """Per line: the share of its words (English) or character pairs (Korean) that recur in the document's
    running text elsewhere — what the article is about, against menus, teasers and other stories. Lines in
    `exclude` (the page's tail: copyright, about the issuer) do not count as the document's text."""
    lex = d.lex
    line_keys = [keys(line.content[:KEYED], lex) if d.roles[i] is None else _NO_KEYS for i, line in enumerate(d.lines)]
    # what the rest of the document says: every unclaimed line with some vocabulary (menu items have little)
    text = [len(found) >= _SOME_VOCABULARY and i not in exclude for i, found in enumerate(line_keys)]
    counts = Counter()
    seen = set()
    for i, found in enumerate(line_keys):
        # a line printed twice (a teaser repeated in two lists) does not make itself relevant
        if text[i]:
            content = d.lines[i].content
            if content not in seen:
                seen.add(content)
                counts.update(found)  # counted in C
    elsewhere = set(counts)                                 # for a line that is not counted itself
    twice = {k for k, count in counts.items() if count > 1}  # for one that is: beyond its own use
    return [len(found & (twice if text[i] else elsewhere)) / len(found) if found else 0.0
            for i, found in enumerate(line_keys)], line_keys


# How much each property says (a logistic fit on the dev corpus' labelled lines, check split kept out,
# rounded): vocabulary shared with the running text, a finished sentence and a list marker say "article";
# a short line with little vocabulary says "page".
_BASE, _RELEVANT, _SENTENCE, _SHORT, _VOCABULARY, _ITEM = -1.5, 2.7, 2.5, -1.8, 0.8, 0.4
_FACT = 0.5
_PARAGRAPH = 1.0  # a line worth this much is surely the text's


_INNER_SENTENCE_END = fastre.compile(r"다\.\s+\S.{20}|[a-z]{2}\.\s+[A-Z][a-z].{20}")


_EN_STOP = AtLineEnd(r"[.!?][\"'”’)]*\s*$")
# a predicate ending, also the nominal ones of 개조식 items (계획이 없음, 예정임, 추진함)
_KO_PREDICATE = AtLineEnd(r"(?:다|요|음|임|함|됨)\s*[.!?]?[\"'”’」)]*\s*$")


def content_values(d, rel, line_keys, sentence_like):
    """Per unclaimed line: the evidence that it belongs to the article (> 0) or to the page around it (< 0).
    `sentence_like`: is_sentence_like of each unclaimed line's content."""
    lex = d.lex
    korean = lex.lang == "ko"
    ending, fewest_words = (_KO_PREDICATE, 3) if korean else (_EN_STOP, 6)
    values = []
    wrapped = _in_wrapped_sentences(d, ending)
    for i, line in enumerate(d.lines):
        if d.roles[i] is not None:
            values.append(0.0)
            continue
        text = line.content
        words = word_count(text)
        size = len(text) if korean else 5 * words
        # a finished sentence, however short (a full stop; a Korean predicate ending), or a paragraph cut
        # short that already holds finished sentences; or a line of a hard-wrapped paragraph that ends one
        sentence = words >= fewest_words and ending.search(text) is not None or sentence_like[i] \
            or len(text) > 40 and _INNER_SENTENCE_END.search(text) is not None or i in wrapped
        vocabulary = min(10, len(line_keys[i])) / 10
        value = _BASE + _RELEVANT * rel[i] + _SENTENCE * sentence + _SHORT * (size < 20) \
            + _VOCABULARY * vocabulary + _ITEM * (line.marker is not None)
        if lex.fact_labels.match(line.label):
            value = max(value, _FACT)  # When / Where, 일시 / 장소: an event's facts, and the value under the label
        elif i and values and d.roles[i - 1] is None and lex.fact_labels.match(d.lines[i - 1].label) \
                and len(d.lines[i - 1].label) <= 12:
            value = max(value, _FACT)
        if i in wrapped:
            value = max(value, _CARRIED_ON)  # 주시길 바란다” / 고 당부했다.: short, but a sentence's end
        values.append(value)
    for i in _field_lists(d):
        values[i] = max(values[i], _FACT)  # Description: / Height: 5'4" / Hair: black …: the text's own facts
    for i in _announced_items(d):
        values[i] = max(values[i], _FACT)  # Locations for the new clinics are: / • Arkansas … : the list it announces
    advisory_fields = [i for i, line in enumerate(d.lines) if d.roles[i] is None and lex.fact_labels.match(line.label)
                       and in_capitals(line.label.split(":", 1)[0])]
    for i in range(len(values) - 1):
        if values[i] < 0 and (_heading_over_paragraph(d, i, values, sentence_like)
                              or _field_like_those_above(d, i, values, sentence_like, advisory_fields)):
            values[i] = 0.0  # Next steps / Background over a paragraph: the text's own section heading
    return values


def _field_like_those_above(d, i, values, sentence_like, fields):
    """BACKGROUND: over a paragraph, under WHAT: / WHEN: / WHERE:: one more of an advisory's fields in capitals,
    whatever its name."""
    text = d.lines[i].content
    return len(fields) >= 2 and fields[0] < i and d.roles[i] is None and text.endswith(":") and len(text) <= 30 \
        and word_count(text) <= 3 and in_capitals(text) and d.roles[i + 1] is None and sentence_like[i + 1] \
        and values[i + 1] > _PARAGRAPH


_CARRIED_ON = 0.1  # the least a line of a hard-wrapped paragraph that ends its sentence is worth


def _wrapped_paragraphs(d):
    """(start, end) of each hard-wrapped paragraph: two or more unclaimed lines, each going on with the
    sentence of the line of running text before it."""
    runs, lines, start = [], d.lines, 0
    for i in range(1, len(lines) + 1):
        # a run opens on running text and goes on through the lines that carry its sentence on
        if i < len(lines) and (d.prose[i - 1] or i - 1 > start or _release_item(lines[i - 1], d.lex)) \
                and d.roles[i - 1] is None and d.roles[i] is None and runs_on(lines[i - 1], lines[i], d.lex):
            continue
        if i - start > 1:
            runs.append((start, i))
        start = i
    return runs


def _release_item(line, lex):
    """An item of a Korean release (□ ○ - …) long enough to be one of its sentences, however its line ends."""
    return lex.lang == "ko" and line.marker is not None and line.marker[0] in _KO_ITEM_MARKS and len(line.content) >= 30


_KO_ITEM_MARKS = "□○◦ㅇ-❍"


def _in_wrapped_sentences(d, ending):
    """The lines of hard-wrapped paragraphs whose last line finishes a sentence: a piece of a sentence is as
    much the text's as the sentence. In Korean, an item whose sentence goes on into the next item (○ … 실시하고, /
    - 이 외에도 … 예정이다.) is a piece of that sentence too."""
    runs = _wrapped_paragraphs(d)
    found = {k for start, end in runs if ending.search(d.lines[end - 1].content) for k in range(start, end)}
    if d.lex.lang == "ko":
        starts = {start: end for start, end in runs}
        for i in range(len(d.lines) - 2, -1, -1):
            end = starts.get(i, i + 1)
            if end in found and i not in found and d.roles[i] is None \
                    and _KO_GOES_ON_INTO_NEXT.search(d.lines[end - 1].content):
                found.update(range(i, end))
    return found


# a Korean clause left open by a connective ending and a comma: 실시하고, / 추진하며, / 운영하여,
_KO_GOES_ON_INTO_NEXT = AtLineEnd(r"[가-힣](?:고|며|여|서|나|되)\s*,\s*$", window=8)


def _announced_items(d):
    """The items of a list that a sentence of the text announces with a colon (The new clinics will open in: /
    • Arkansas … / • Illinois …): short and unlike sentences, yet the text's own - also where the page ends
    with them, and the short lines after the text would otherwise read as the page's."""
    found, lines, n = [], d.lines, len(d.lines)
    for i in range(n - 1):
        text = lines[i].content
        if d.roles[i] is not None or lines[i].marker or not text.endswith((":", "：")) or word_count(text) < _ANNOUNCING_WORDS:
            continue
        marker, k = lines[i + 1].marker, i + 1
        while marker and k < n and d.roles[k] is None and lines[k].marker == marker and len(lines[k].content) <= 200:
            found.append(k)
            k += 1
        if not marker:
            # … or unmarked, one a line (Talks will be held on: / Tuesday 12 May 2026 / Tuesday 19 May 2026): the
            # short lines that follow until a sentence resumes, when there are two or more of them
            items = []
            while k < n and d.roles[k] is None and not lines[k].marker and len(lines[k].content) <= _LONGEST_ITEM \
                    and not d.prose[k]:
                items.append(k)
                k += 1
            if len(items) >= 2:
                found.extend(items)
    return found


_ANNOUNCING_WORDS = 4
_LONGEST_ITEM = 120


_FIELD = fastre.compile(r"^[^:：]{1,30}[:：]\s*\S")
_FEWEST_FIELDS = 3


def _field_lists(d):
    """The lines of a list of fields under a heading that announces it (Description: / Height: 5'4" /
    Weight: … / Hair: …; 신고 방법: / 전화: … ): a heading ending in a colon over three or more unclaimed
    'label: value' lines. Each field is short and unlike a sentence, yet the text's own."""
    found = []
    lines, n = d.lines, len(d.lines)
    for i in range(n - _FEWEST_FIELDS):
        text = lines[i].content
        if not text.endswith((":", "：")) or len(text) > 40 or d.roles[i] is not None:
            continue
        k = i + 1
        # a blank line may set the list apart from its heading, never one field from the next
        while k < n and d.roles[k] is None and (k == i + 1 or not lines[k].blank_before) and len(lines[k].content) <= 120 \
                and _FIELD.match(lines[k].content):
            k += 1
        if k - i - 1 >= _FEWEST_FIELDS:
            found.extend(range(i, k))
    return found


_HEADING_END = fastre.compile(r"[.!?,;:…]$")


def _heading_over_paragraph(d, i, values, sentence_like):
    """A short unclaimed line, no sentence and not ending like one, right over a paragraph of the text."""
    nxt = i + 1
    text = d.lines[i].content
    return d.roles[i] is None and not d.prose[i] and len(text) <= 50 and word_count(text) <= 6 \
        and _HEADING_END.search(text) is None and d.roles[nxt] is None and sentence_like[nxt] \
        and values[nxt] > _PARAGRAPH
