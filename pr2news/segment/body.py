"""Body lines -> body blocks: paragraphs (broken lines joined again), headings, lists, notes, tables."""
from __future__ import annotations

import functools

from .. import fastre
from ..lexicon.common import EMAIL, INLINE_ENUMERATORS, NOTE_MARKERS, URL, AtLineEnd
from ..model import BodyBlock
from .lines import FILLED, KO_LEFT_OPEN, KO_QUOTATIVE, LABEL_LINE, is_prose, word_count

# Nesting rank of a marker when indentation does not tell: □ over ○ over - (Korean agency style).
_RANKS = (
    ("□■▣◆◇◈❖❏❑", 0), ("○◎◉●ㅇo◦❍•▪▫▶▷►▸▹➢➤✓✔→⇒", 1), ("-–—−ㅡ·ㆍ∙", 2),
)
_TERMINAL = AtLineEnd(r"[.!?。…][\"'”’」』)\]]*\s*$|[\"”’」』]\s*$")
_KO_PREDICATE_END = AtLineEnd(r"(?:다|요|음|함|임|됨|것)[.!]?[\"'”’」』)]*\s*$")


@functools.lru_cache(maxsize=256)  # asked per list line of a handful of distinct markers
def marker_rank(marker):
    mark = marker.split()[-1]
    if fastre.match(r"^\(?\d", mark):
        return 1 if mark.startswith("(") else 0
    if fastre.match(r"^[①-⑳]", mark):
        return 2
    if fastre.match(r"^\(?[가-하]", mark):
        return 1
    if fastre.match(r"^[a-z][.)]$|^[ivx]+\.$", mark):
        return 2
    for glyphs, rank in _RANKS:
        if mark[0] in glyphs:
            return rank
    return 1


def is_note_marker(marker):
    return marker.split()[-1].startswith(NOTE_MARKERS)


def ends_sentence(text, lex):
    """The text stops where a sentence may: a full stop or closing quote, or (Korean) 다, 요, 함, 임 …"""
    return _TERMINAL.search(text) is not None or lex.sentence_end.search(text) is not None


_BRACKETED_HEADING = fastre.compile(r"[<\[【〈《]\s*[^<>\[\]]{1,40}\s*[>\]】〉》]")


# …for a child with an earache," / said Health Secretary …: a quotation closed on a comma, its speaker next
_QUOTE_CLOSED_ON_COMMA = AtLineEnd(r",[\"”’']\s*$")


# a Korean quotation closed at the line's end, and the particle that quotes it opening the next line
_KO_QUOTE_CLOSED = AtLineEnd(r"[가-힣.!?][”\"’']\s*$")


# a dateline alone on its line, its dash waiting for the lead: a place in capitals, its state or country, a dash
_MONTH_DAY_YEAR = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d{2}")
# (… or the date, and the place in brackets after it: June 19, 2026 (Harbour County, TX) --)
_DATELINE_WAITING = fastre.compile(r"(?:[A-Z][A-Z.'’ -]{2,40},(?:\s+[A-Z][\w.'’]*){1,3}|" + _MONTH_DAY_YEAR
                                   + r"(?:\s*\([A-Z][^()]{1,40}\))?)\s*[–—-]{1,2}")


def dateline_waiting(text, lex):
    """SOUTH BURLINGTON, Vermont –: an English dateline alone on its line, the lead it opens on the next."""
    return lex.lang == "en" and text[-1:] in "–—-" and _DATELINE_WAITING.fullmatch(text) is not None


def should_join(prev_text, line, lex, shortest=25):
    """True when line continues the sentence that prev_text broke off. `shortest`: the fewest characters a
    Korean line that goes on has (fewer in a text wrapped at a phone's width)."""
    if dateline_waiting(prev_text, lex):
        return True  # SOUTH BURLINGTON, Vermont – / The Vermont National Guard will …: the lead under its dateline
    if lex.lang == "en" and not line.blank_before and _QUOTE_CLOSED_ON_COMMA.search(prev_text) \
            and lex.continuation_start.match(line.text):
        return True
    if lex.lang == "ko" and _KO_QUOTE_CLOSED.search(prev_text) and KO_QUOTATIVE.match(line.text):
        return True  # “… 바란다” / 고 당부했다.: the quotation's particle, cut onto the next line
    if ends_sentence(prev_text, lex) or prev_text.endswith((":", "：")):
        return False
    if line.text[:1] in "<[【〈《" and _BRACKETED_HEADING.fullmatch(line.text):
        return False  # < 설명 내용 >: a section heading, never the rest of a sentence
    if LABEL_LINE.match(line.text) and LABEL_LINE.match(prev_text):
        return False  # WHO: / WHAT: / WHEN: lines, 일시: / 장소: lines stay apart
    if LABEL_LINE.match(prev_text) and not line.blank_before and line.text[:1].isupper() \
            and not lex.continuation_start.match(line.text):
        return False  # WHERE: 1400 E. Elm St. / The center will …: a field's value ends its line
    if lex.lang == "en" and not line.blank_before and lex.continuation_start.match(line.text) \
            and word_count(prev_text) >= 3:
        return True  # The department received 131 applications / requesting …: wrapped narrow, still one sentence
    if lex.lang == "ko" and not line.blank_before and " " in prev_text and _KO_TOPIC_OPEN.search(prev_text):
        return True  # 원주지방 국토관리청은 / 다음 달 …: a phrase however short that stops on its topic goes on below
    if lex.lang == "ko" and len(prev_text) < shortest or lex.lang != "ko" and word_count(prev_text) < 6:
        return False
    if lex.continuation_start.match(line.text) or lex.dangling_end.search(prev_text) or prev_text.endswith(("-", "(", "“", "‘")):
        return True
    return not line.blank_before


# a phrase left open on a particle no noun ends in (새마을, 결과 end in 을, 과: a table's cells do)
_KO_TOPIC_OPEN = AtLineEnd(r"[가-힣](?:은|는|에서|으로|에게|부터|까지|하고|하며|하여)\s*$")


# “…,” said Mayor Ann Lee. / “…,” Ann Lee said. / Mayor Ann Lee said: “…”
_QUOTE_THEN_SPEAKER = fastre.compile(
    r"[”\"],?\s+(?:[A-Z][\w.'’-]*\s+){0,5}(?:said|says|added|explained|noted|stated)\b|"
    r"[,.]?[”\"]\s+(?:he|she|they)\s+(?:said|added)\b")
_SPEAKER_THEN_QUOTE = fastre.compile(r"\b(?:said|says|added)\s*:\s*[“\"]")


def _is_quote(text, lex):
    """A paragraph that is someone's words: wholly in quotation marks, or an English quotation with its
    speaker before or after it."""
    if len(text) <= 30:
        return False
    if text.startswith(("“", '"')) and text.endswith(("”", '"')):
        return True
    if lex.lang != "en":
        return False
    if text.startswith(("“", '"')):
        return _QUOTE_THEN_SPEAKER.search(text) is not None
    return text.endswith(("”", '"', "”.", '".')) and _SPEAKER_THEN_QUOTE.search(text) is not None


def _unmarked_item(para, text, blocks, lex):
    """'… will receive:' then short lines with no bullets: the items of a list, one per line, not a wrapped
    paragraph (a wrapped line runs to the width of the text; these stop well short of it). English only:
    Korean releases mark their list items, and their hard-wrapped lines are short."""
    if lex.lang != "en" or len(para) > 90 or len(text) > 90:
        return False
    for block in reversed(blocks[-12:]):  # back over the items already split off, to the line that opens them
        if not isinstance(block, BodyBlock) or block.type != "paragraph":
            return False
        if block.text.endswith((":", "：")):
            return True
        if len(block.text) > 90 or _TERMINAL.search(block.text):
            return False
    return False


def _join(prev_text, text, lex):
    if lex.lang == "ko" and _KO_QUOTE_CLOSED.search(prev_text) and KO_QUOTATIVE.match(text):
        return prev_text + text  # …바란다”고 당부했다.
    if lex.lang == "ko" and fastre.search(r"[가-힣]$", prev_text) and lex.continuation_start.match(text) \
            and not fastre.match(r"^(?:을|를|은|는|이|가|의|에|와|과|로|으로|에서|에게|도|만)\s", text):
        return prev_text + text
    if prev_text.endswith("-") and fastre.match(r"^[a-z]", text):
        return prev_text + text
    return prev_text + " " + text


def _heading(line, next_line, lex):
    text = line.content
    style = (line.block.style or "").lower()
    if style.startswith("heading") or "제목" in style and style != "제목":
        return True
    if text[:1] in "<[【〈《" and _BRACKETED_HEADING.fullmatch(text):
        return True
    if next_line is None or _TERMINAL.search(text) or text.endswith((":", "：", ",")):
        return False
    if dateline_waiting(text, lex):
        return False  # the lead's dateline, alone on its line: its paragraph follows
    if lex.lang == "ko":
        if len(text) > 40 or _KO_PREDICATE_END.search(text):
            return False
        if not next_line.blank_before and KO_LEFT_OPEN.search(text):
            return False  # 관광객은 집계 기준 412만 명으로 / 전년 동기 …: the first line of a paragraph, wrapped
    elif word_count(text) > 12 or len(text) > 90 or not fastre.match(r"^[A-Z0-9“\"']", text):
        return False
    elif not next_line.blank_before and lex.continuation_start.match(next_line.text):
        return False  # The full list is posted on the / department's website.: a wrapped line, its sentence goes on
    return bool(is_prose(next_line, lex) or next_line.marker) and (line.blank_before or line.block.bold)


def build_body(lines, lex, first_override=None, width=0):
    """Body lines -> BodyBlocks. `width`: the width the whole text was hard-wrapped at (lines.wrap_width), if
    any."""
    blocks = []
    indents = sorted({l.block.indent for l in lines if l.marker})
    use_indent = len(indents) > 1
    marker_ranks = sorted({marker_rank(l.marker) for l in lines if l.marker and not is_note_marker(l.marker)})
    para = None        # [text] of the paragraph being collected
    last_kind = None   # "para" | "item" | other
    shortest = min(25, int(FILLED * width)) if width else 25  # a line filling a narrow width goes on

    def flush():
        nonlocal para
        if para is not None:
            text = para
            kind = "quote" if _is_quote(text, lex) else "paragraph"
            blocks.append(BodyBlock(type=kind, text=text))
            para = None

    tables = {}
    for n, line in enumerate(lines):
        text = line.text
        if first_override and line.index == first_override[0]:
            text = first_override[1]
            line_content = text
        else:
            line_content = line.content
        next_line = lines[n + 1] if n + 1 < len(lines) else None
        cell = line.block.cell
        if cell is not None and cell.rows * cell.cols > 1:
            flush()
            key = (cell.table, cell.depth)
            if key not in tables:
                tables[key] = {}
                blocks.append(key)
            tables[key].setdefault(cell.row, {}).setdefault(cell.col, []).append(text)
            last_kind = "table"
            continue
        marker = line.marker
        if marker and marker.split()[-1][0] in INLINE_ENUMERATORS and not fastre.match(
                r"^[△▲▶]\s", line.text) and para is not None and should_join(para, line, lex, shortest):
            para = _join(para, text, lex)
            continue
        if marker:
            flush()
            if is_note_marker(marker):
                prev_level = next((b.level for b in reversed(blocks) if isinstance(b, BodyBlock) and b.type == "list_item"), None)
                level = (prev_level + 1) if prev_level is not None and last_kind == "item" else 0
                blocks.append(BodyBlock(type="note", text=line_content, level=level, marker=marker))
                last_kind = "item"
                continue
            if line.block.list_level is not None:
                level = line.block.list_level
            elif use_indent:
                level = indents.index(line.block.indent)
            else:
                level = marker_ranks.index(marker_rank(marker)) if marker_rank(marker) in marker_ranks else 0
            blocks.append(BodyBlock(type="list_item", text=line_content, level=level, marker=marker))
            last_kind = "item"
            continue
        if last_kind == "item" and para is None and not line.blank_before and blocks and \
                isinstance(blocks[-1], BodyBlock) and blocks[-1].type in ("list_item", "note") and \
                should_join(blocks[-1].text, line, lex, shortest):
            prev = blocks[-1]
            blocks[-1] = BodyBlock(type=prev.type, text=_join(prev.text, text, lex), level=prev.level, marker=prev.marker)
            continue
        if para is not None and should_join(para, line, lex, shortest) and not _unmarked_item(para, text, blocks, lex):
            para = _join(para, text, lex)
            continue
        flush()
        if _heading(line, next_line, lex):
            level = 1 if (line.block.style or "").lower() in ("heading 2", "heading 3") else 0
            blocks.append(BodyBlock(type="heading", text=line_content, level=level))
            last_kind = "heading"
            continue
        para = text
        last_kind = "para"
    flush()
    out = []
    for b in blocks:
        if not isinstance(b, BodyBlock):  # a table, by its key
            rows = tables[b]
            grid = tuple(tuple(" ".join(rows[r][c]) for c in sorted(rows[r])) for r in sorted(rows))
            out.append(BodyBlock(type="table", text=" ".join(" ".join(r) for r in grid), rows=grid))
        else:
            out.append(b)
    return out


def looks_truncated(body, lex):
    """The last paragraph stops mid-sentence (or with an ellipsis): the copy was cut."""
    last = next((b for b in reversed(body) if b.type in ("paragraph", "quote")), None)
    if last is None or body[-1] is not last:
        return False
    text = last.text.rstrip()
    return text.endswith(("…", "...", "..")) or _stops_mid_sentence(text, lex)


def _stops_mid_sentence(text, lex):
    # "Details are at www.city.gov/parks", "문의는 press@city.go.kr": an address ends a paragraph, unpunctuated
    last_word = text.rsplit(None, 1)[-1].strip("()[]<>\"'“”‘’,;:")
    if URL.fullmatch(last_word) or EMAIL.fullmatch(last_word):
        return False
    return not ends_sentence(text, lex) and not LABEL_LINE.match(text)  # WHERE: 1200 Elm Street is complete


# where a sentence stops inside a paragraph: '…밝혔다. ', '…말했다” ', '… recruits. '
# (not a date's dots: 2011. 11. 7일, 2024. 3. 5. - a year or a month, then the next figure)
SENTENCE_STOP = fastre.compile(r"(?:(?<!\d)\.|(?<=\d)\.(?!\s\d{1,2}(?:\.|일|월))|[!?。]|다[\"'”’」』])"
                               r"[\"'”’」』)\]]*(?=\s)")
# a Korean word no sentence ends on: a topic or object particle, an adnominal ending ('찾아가는'), '에서', '으로'
_KO_CUT_WORD = AtLineEnd(r"[가-힣](?:는|를|에서|으로)\s*$")


def cut_sentence(body, lex):
    """A copy cut off in the middle of its last sentence (a board's preview, a paywall, a page saved
    half-way): that sentence is not published. -> (body without it, the cut text) or (body, None).
    The cut is made after the last full stop of the last paragraph; a paragraph with none goes whole only
    when it stops on a word no sentence ends on ('… is', '… 찾아가는'), so an item left unpunctuated stays."""
    last = body[-1] if body else None
    if last is None or last.type not in ("paragraph", "quote"):  # items often go unpunctuated
        return body, None
    text = last.text.rstrip()
    if not _stops_mid_sentence(text, lex):
        return body, None
    stop = None
    for stop in SENTENCE_STOP.finditer(text):
        pass
    if stop is not None and len(text) - stop.end() >= 2:
        return body[:-1] + [last._replace(text=text[:stop.end()])], text[stop.end():].strip()
    dangling = lex.dangling_end.search(text) or lex.lang == "ko" and _KO_CUT_WORD.search(text)
    if last.type == "paragraph" and len(body) >= 2 and dangling:
        return body[:-1], text
    return body, None
