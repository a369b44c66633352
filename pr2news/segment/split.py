"""Lines that hold two roles are split before anything is decided.

Copies from news sites and pages saved as one block glue parts together: a reporter's sign-off at the end
of the last paragraph (`…부담이다. 〈포항.홍길동기자〉`, `…밝혔다. 홍길동 기자 hong@news.kr`), a release label in
front of the title (`보도자료 시청사 1층 …`), a title run into its first paragraph, a whole release flattened
into one line with its `□ ○` items. Each part becomes a line of its own with the source position of the
line it came from, so every part can take its own role and none is lost.

The reverse too: a broadcaster's script sets each sentence a phrase to a line, and those lines are joined
into the sentence they make before anything is decided (the joined line says which lines it spans).
"""
from __future__ import annotations

import re

from .. import fastre
from ..lexicon.common import (CHAT_PREFIX, EMAIL, MARKDOWN_IMAGE, SCRIPT_CALL, SNAKE_CASE_NAME, YMD_FIGURES, AtLineEnd,
                              phones_in, words_from)
from .boilerplate import is_caption
from .dates import find_date, is_date_only
from .draft import TITLE_VERB_END, TITLE_VERBAL_NOUNS
from .headline import CAPTION_MARKS, keys
from .lines import collapse, is_sentence_like, make_line, word_count
from .wire import KO_OTHER_WRITER_POSTS, split_wire_prefix

# a credit closing a paragraph, after its last sentence: 〈포항.홍길동기자〉, [홍길동 기자], 홍길동 기자 hong@…,
# hong@news.co.kr (its end mark is split off first)
_TRAILING_CREDIT = fastre.compile(
    r"(?<=[.!?다”\"’」』)])\s*(?P<credit>"
    r"[〈<\[【(]\s*[^〈<\[【()\]】>〉]{1,30}?(?:기자|특파원|통신원)\s*[〉>\]】)]"
    r"|[가-힣]{2,4}\s*(?:선임|수석|객원)?\s*기자\s*[(\[]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[)\]]?"
    r"|(?<![\w.+-])[(\[]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[)\]]?"  # a whole address: 'ha.do@…' is not '.' + 'do@…'
    r")\s*$")

# who provided the material, in brackets after the last sentence (a table's empty cells after it):
# …실시하였다.(자료제공 : 연구지원과, 자원환경과) | |||||
# (a photo's credit, 사진제공=…, closes its caption: the line is the caption, not text)
_TRAILING_SOURCE = fastre.compile(r"(?<=[.!?다”\"’])\s*[(\[]\s*자료\s*제공\s*[:=：]\s*[^()\[\]]{1,40}[)\]]"
                                  r"(?:\s*\|[\s|]*)?$")

_VERB_THEN_FIGURE = fastre.compile(r"[가-힣]다(?=\d)")
_SUBTITLE_OPENS_ON_FIGURE = fastre.compile(r"\d{1,4}(?:회|일|년|월|개|명|억|만|건|곳|%|차|기|호)")


# a teaser's link glued to the end of its paragraph: '… the Basic Law. read more', '… 밝혔다. [더보기]'
_TRAILING_WIDGET = fastre.compile(r"(?<=[.!?다”\"’])\s+(?:read more|continue reading|more\s*»|\[?더\s*보기\]?|기사\s*전문\s*보기)\s*[»›>]?$",
                                  re.I)

# a photo's caption closing a paragraph, after its last sentence: … . Pictured above are …, moments after …
_TRAILING_PICTURED = fastre.compile(r"(?<=[.!?”\"’])\s+Pictured(?:\s+(?:above|below|here|left|right|at left|at right|"
                                    r"from left))?[:,]?\s+[^.!?]{10,250}\.?$")

# the release's end mark glued to its last sentence: '… 취해 나갈 것입니다. <끝>', '… 바랍니다. (끝)'
# (an official letter's '… 1부.  끝.': after a full stop and a space)
_TRAILING_END_MARK = fastre.compile(
    r"(?<=[.!?다”\"’\w])\s*(?:<\s*끝\s*>|\(\s*끝\s*\)|-\s*끝\s*-|/\s*끝\s*/|\[\s*끝\s*\])\s*$|(?<=\.)\s+끝\s*\.$")

# a Korean title with its subtitle framed by dashes on the same line: 제목 - 부제 -
_TITLE_THEN_FRAMED = fastre.compile(r"^(?P<title>[^-–]{8,120}?)\s+(?P<subtitle>[-–]\s*[^-–\s][^-–]{6,150}[^-–\s]\s*[-–])$")

# a release label run into what follows it on a page saved as one block: 보도자료 <title> <text>
_LEADING_LABEL = fastre.compile(r"^(?:보도\s*(?:참고|설명|해명)?\s*자료|(?:설명|해명|참고)\s*자료)\s+(?=\S)")

# the items of a Korean release flattened into one line: split before each □ ○ ◦ ㅇ ※ that follows a space
_ITEM_MARK = fastre.compile(r"(?<=\S)\s+(?=(?:[□○◦※]|ㅇ(?=\s))\s*\S)")

# where a title may end inside a line: after a closing quote or bracket, or an ellipsis
_TITLE_END = fastre.compile(r"[”\"’」』…](?=\s)")
# an article and a capitalised word right after a lower-case word, no stop between: where a run-in text begins
_EN_ARTICLE_AFTER_WORD = fastre.compile(r"(?<=[a-z0-9%])\s+(?=(?:The|A|An)\s[A-Z])")
_SENTENCE_END = fastre.compile(r"다\.|[.!?](?=\s)")

# when a browser printed the page, as it heads every printed page: 10/2/25, 9:14 AM / 2025. 10. 2. 오전 9:14
_PRINT_STAMP = fastre.compile(
    r"(?:\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?|\d{2,4}\.\s*\d{1,2}\.\s*\d{1,2}\.\s*(?:오전|오후)\s*\d{1,2}:\d{2})\s+(?=\S)")

_CHAT_PREFIX = fastre.compile(CHAT_PREFIX + r"\s*(?=\S)")
_SCRIPT_CALL_FIRST = fastre.compile(SCRIPT_CALL.pattern + r"\s+(?=\S)")
# a breadcrumb of two steps or more before the page's title: Home » Press Releases » …
_CRUMBS_BEFORE_TITLE = fastre.compile(r"(?:[^»›<>|\n]{1,30}\s[»›]\s){2,}")
_TITLE_AFTER_CRUMBS = 4  # words: a title, not a third step of the path (… » News » 2024)


def _crumbs_then_title(text, below):
    """Home » Press Releases » Dept. of Natural Resources: Get ready for …: the page's breadcrumb, its last step the
    page's own title, which stands nowhere else (not on the line under it): [the path, the title], else None."""
    crumbs = _CRUMBS_BEFORE_TITLE.match(text)
    title = text[crumbs.end():].strip() if crumbs else ""
    if not title or word_count(title) < _TITLE_AFTER_CRUMBS or collapse(below) == title:
        return None
    return [crumbs.group().strip(), title]


# a template's code comment or tag opening the line: /* … */ ?>, <?php … ?>
_CODE_COMMENT_FIRST = fastre.compile(r"(?:/\*.{0,300}?\*/|<\?(?:php)?.{0,300}?\?>)\s*(?:\?>\s*)?")
_DATE_FIELD_FIRST = fastre.compile(r"(?i:date)\s*:?\s*(?:19|20)\d{2}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?\s+(?=\S)")

# a board's field naming the title, run into it: 제목철도공단, … (제목없음, 제목은 … are words of their own)
_TITLE_FIELD_GLUED = fastre.compile(r"제목(?!없음|은|이|을|의|과|도|만|에|으로|부터)[^\s:：|].{7,}")
# a board's content field, its name run into a long value: • 내용단체 관광객 … (내용은, 내용을 … are words of a sentence)
_CONTENT_FIELD_GLUED = fastre.compile(r"(?P<field>(?:[•·]\s*)?내용)(?P<value>(?![은이을의과도만에으로부터]|\s|[:：])\S.{99,})")
# a closing quotation mark with a new phrase run into it, no space: not a particle or an ending that goes on from
# the quotation ("…"라고, "…"며, "…"는) but a word and its comma or space (…”지재연, 2023년 …)
_QUOTE_THEN_TITLE = fastre.compile(r"”(?=(?!(?:라|이라|하|했|한|할|해|되|된|될|됐|며|면|고|는|은|이|가|을|를|에|의|와|과|로|으로|도|만|란|던|"
                                   r"등|및|까지|처럼|보다|부터|께|랑)"
                                   r")[가-힣]{2,8}[,\s])")
# a full date (and its time) in parentheses closing a line: when the post was filed
_TRAILING_STAMP = fastre.compile(r"\s*\(\s*" + YMD_FIGURES + r"\.?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*\)$")
_ENDS_SENTENCE = fastre.compile(r"(?:[.!?]|다)\s*$")

# a release's label (and number), then a title in capitals run into the text's first sentence
_CAPS_TITLE_RUN_IN = fastre.compile(
    r"(?P<label>(?i:(?:press|news|media) release)(?:\s+(?i:no)\.?\s*[\w/.-]+)?\s+)?"
    r"(?P<title>(?:[A-Z0-9][A-Z0-9'’&.,:;()/-]*\s+){3,24}?[A-Z0-9][A-Z0-9'’&.,:;()/-]*)\s+(?=[A-Z][a-z])")

_FLATTENED = 200       # a line this long on a page of few lines is a page flattened into a block
_LONG_REST = 100       # a label is split from the text after it only when that text is a page's worth


def split_lines(lines, lex):
    """Lines -> lines, with every line that holds two roles cut into its parts (renumbered)."""
    flattened = sum(1 for l in lines if len(l.text) >= 40) <= 2
    # a sentence saying whom to ask is the release's contact only when no contact block is labelled elsewhere
    # (else it stays text, and so does a remark after it): asked once, of the few lines that need it
    labelled = None
    out = []
    text_begun = False  # a sentence of the text has been read: a title and its subtitle stand above it
    for n, line in enumerate(lines):
        above_text = not text_begun  # (this line may be the first of the text, a title run into it)
        text_begun = text_begun or len(line.text) >= _TEXT_LINE and is_sentence_like(line.text, lex)
        long = flattened and len(line.text) >= _FLATTENED
        # a page flattened into one block: its title may be run into the text, unless printed above already
        title_above = " ".join(l.text for l in out if l.block.container == "body") if long else ""
        parts = (_title_dash_subtitle(line.text, lex) if above_text and lex.lang == "ko" and " - " in line.text else None) \
            or (_title_then_credited_text(line.text, lex) if above_text and lex.lang == "ko" else None) \
            or _at_break_tags(line.text) or _columns(line, lex) or _cells_around_text(line.text, lex) \
            or (_crumbs_then_title(line.text, lines[n + 1].text if n + 1 < len(lines) else "")
                if above_text and ("»" in line.text[:80] or "›" in line.text[:80]) else None) \
            or _date_glued_at_end(line.text, lex) \
            or (_text_glued_after_title(line.text) or _credit_glued_to_stamp(line.text) if lex.lang == "ko" else None)
        if parts is None:
            pieces = _lost_breaks(line, lex)
            parts = [part for piece in pieces for part in _parts(piece, lex, long, title_above)] if pieces \
                else _parts(line.text, lex, long, title_above)
        if above_text and lex.lang == "en" and len(line.text) >= _CAPS_TITLE_RUN_INTO:
            # (a label split off first: JOINT PRESS RELEASE | SIX-MONTH LONG PUBLIC ENGAGEMENT … Diabetes Prevention …)
            parts = [piece for part in parts for piece in (_caps_title_first(part) or [part])]
        if len(parts) == 1 and lex.lang == "en" and line.text[:1] in "FfPp":
            closing = _contact_sentence_then_remark(line.text, lex)
            if closing:
                if labelled is None:
                    labelled = sum(1 for other in lines if lex.contact_labels.match(other.text))
                parts = closing if labelled == 1 else parts
        if len(parts) == 1:
            line.index = len(out)
            out.append(line)
            continue
        for n, part in enumerate(parts):
            block = line.block if n == 0 else line.block._replace(blank_before=False)
            out.append(make_line(len(out), block, part, first=n == 0))
    return _phrase_broken_sentences(_subject_broken_off(_subtitle_glued_to_title(out, lex), lex), lex) \
        if lex.lang == "ko" else out


_GLUED_WITHIN = 8  # a page's first lines, where its title stands
# a headline's last word, a verbal noun (… 무더기 고발, … 통합 공개), glued to the next word without a space
_TITLE_WORD_GLUED = fastre.compile(r"(?:" + TITLE_VERBAL_NOUNS + r"|가결|공개|고발|발견|위촉|기탁|협약|선출|적발|시작|연장|"
                                   r"준공|착공|완공)(?=[가-힣]{2})")
_NOT_HANGUL = fastre.compile(r"[^가-힣]+")
_TEXT_BELOW = 40  # lines


def _subtitle_glued_to_title(lines, lex):
    """경남도선관위, 선거법 위반 무더기 고발기표한 투표지 휴대전화로 촬영, …: the page lost the break between
    its title and the subtitle under it, the title's last word glued to the subtitle's first. Cut there (the
    first line's position, two lines) when the glued word stands nowhere in the text below while the word the
    subtitle opens on begins a word there: evidence from the document, not a list of titles."""
    out = []
    for n, line in enumerate(lines):
        cut = None
        if n < _GLUED_WITHIN and 20 <= len(line.text) <= 150 and not is_sentence_like(line.text, lex):
            cut = _glued_cut(line.text, " " + " ".join(other.text for other in lines[n + 1:n + _TEXT_BELOW]))
        if cut is None:
            line.index = len(out)
            out.append(line)
            continue
        out.append(make_line(len(out), line.block, line.text[:cut], first=True))
        out.append(make_line(len(out), line.block._replace(blank_before=False), line.text[cut:], first=False))
    return out


def _glued_cut(text, below):
    """Where a subtitle is glued to the title in text (see _subtitle_glued_to_title), or None."""
    for glued in _TITLE_WORD_GLUED.finditer(text, 8):
        start = text.rfind(" ", 0, glued.start()) + 1
        end = text.find(" ", glued.end())
        word = text[start:end if end >= 0 else len(text)]
        opening = _NOT_HANGUL.split(text[glued.end():end if end >= 0 else len(text)])[0]
        rest = text[glued.end():]
        if len(rest) < _SHORTEST_GLUED or " " not in rest.strip() or opening[:1] in _ENDING_FIRST \
                or _open_quote(text[:glued.end()]):
            continue  # 발표하고, 개최된: the verbal noun's own ending; ‘국가연구개발우수성과’: one name in quotes
        if word not in below and " " + opening[:2] in below:
            return glued.end()
    return None


_SHORTEST_GLUED = 20  # a subtitle says something: 기표한 투표지 휴대전화로 촬영, 유권자 5명 적발
_ENDING_FIRST = frozenset("하한할해했함된되될돼됐적을를이가은는의에과와로으도만")  # an ending or particle, not a word
_QUOTES = (("‘", "’"), ("“", "”"), ("「", "」"), ("『", "』"), ("<", ">"), ("《", "》"), ("(", ")"))


def _open_quote(text):
    """text leaves a quotation mark or bracket open."""
    return any(text.count(left) > text.count(right) for left, right in _QUOTES) \
        or text.count('"') % 2 == 1 or text.count("'") % 2 == 1


_SHORT_SUBJECT = 12  # a name or a noun alone on its line: 고성군


def _subject_broken_off(lines, lex):
    """고성군 / 은 귀농·귀촌 희망자에게 …: the page broke the first sentence after its subject, the particle opening the
    next line. The two lines are one (the first line's position, their joined text)."""
    out = []
    for line in lines:
        prev = out[-1] if out else None
        if prev is not None and not line.blank_before and not line.marker and not prev.marker \
                and _THREE_HANGUL_END.search(prev.text) and line.block.container == prev.block.container \
                and len(line.text) >= _SENTENCE_AFTER_SUBJECT and is_sentence_like(line.text, lex) and (
                    len(prev.text) <= _SHORT_SUBJECT and " " not in prev.text and _PARTICLE_OPEN.match(line.text)
                    # 전라남도의회 이철 부의장 / (더불어민주당, 완도1)은 …: a name and post, its aside and particle below
                    or len(prev.text) <= _NAME_AND_POST and _ASIDE_THEN_PARTICLE.match(line.text)):
            text = prev.text + (" " if line.text[:1] == "(" else "") + line.text
            block = prev.block._replace(text=text, where=f"{prev.where} to {line.where}")
            out[-1] = make_line(prev.index, block, text)
            continue
        line.index = len(out)
        out.append(line)
    return out


_THREE_HANGUL_END = fastre.compile(r"[가-힣]{2}$")
# a subject particle and the space after it: the rest of a sentence, not a word of its own (은행, 이번)
_PARTICLE_OPEN = fastre.compile(r"(?:은|는|이|가|을|를|에서|에게)\s+\S")
_NAME_AND_POST = 24
_ASIDE_THEN_PARTICLE = fastre.compile(r"\([^()]{1,30}\)\s*(?:은|는|이|가)\s+\S")
_SENTENCE_AFTER_SUBJECT = 30  # the rest is the sentence, not a cell (책임자 / 과 장: a title spaced out)


# where a Korean phrase stops with its sentence going on: a particle, a connective ending, a comma
_KO_PHRASE_OPEN = fastre.compile(r"(?:[가-힣](?:을|를|은|는|이|가|에|에서|으로|로|와|과|의|에게|부터|까지|도|고|며|서|면|지만|는데|"
                                 r"해|하여|게|도록|위해|통해|대해|따라)|,)$")
_KO_SENTENCE_END = fastre.compile(r"(?:다|요)[.!?]?[\"'”’)]*\.?$")
_PHRASE_LINES = 5      # a sentence set a phrase to a line runs over this many lines at most
_LONGEST_PHRASE = 40   # and each of its lines is short: longer lines are wrapped at a width, not at phrases
_FEWEST_RUNS = 2
_KO_SENTENCE_INSIDE = fastre.compile(r"[가-힣]다\.\s+\S")


def _phrase_broken_sentences(lines, lex):
    """대전시가 코로나19 극복 등을 위해 / 3차 추가경정예산 천432억 원을 편성해 / 시의회에 제출했습니다.: a
    broadcaster's script sets its sentences one phrase to a paragraph, a blank line between them. A run of short
    lines whose first stops on a particle or a connective ending, none ending a sentence until the last does, is
    one sentence: its lines are joined into one (the first line's position, the run's text), so every rule after
    reads running text where the page had it."""
    runs, i, n = {}, 0, len(lines)
    while i < n:
        end = _phrase_run_end(lines, i, lex)
        if end is not None:
            runs[i] = end
        i = end + 1 if end is not None else i + 1
    if len(runs) < _FEWEST_RUNS:
        return lines  # one such run is a chance (a header's lines, a title over a date); a script sets them all so
    if sum(1 for line in lines if _KO_SENTENCE_INSIDE.search(line.text)) >= _FEWEST_RUNS:
        return lines  # sentences that end inside lines: a text wrapped at a width, not set a phrase to a line
    out, i = [], 0
    while i < n:
        end = runs.get(i)
        if end is None:
            lines[i].index = len(out)
            out.append(lines[i])
            i += 1
            continue
        first, last = lines[i], lines[end]
        text = " ".join(line.text for line in lines[i:end + 1])
        block = first.block._replace(text=text, where=f"{first.where} to {last.where}")
        out.append(make_line(len(out), block, text))
        i = end + 1
    return out


def _phrase_run_end(lines, i, lex):
    """The last line of the phrase-broken sentence that opens at line i, else None."""
    first = lines[i]
    # (a phrase of two words at least: one word ending in 이 or 가 is as often a name - 뉴스투데이, 국가)
    if first.marker or len(first.text) > _LONGEST_PHRASE or " " not in first.text \
            or _KO_PHRASE_OPEN.search(first.text) is None:
        return None
    for k in range(i + 1, min(i + _PHRASE_LINES, len(lines))):
        line = lines[k]
        # each phrase its own paragraph, a blank line before it: lines wrapped at a width (a PDF's, a narrow
        # column's) follow each other without one, and the body joins them already
        # (or, the other way a broadcaster's page sets them, a phrase to a line and a blank line after each
        # sentence: the run's lines follow each other, a gap above it and below it)
        tight = not lines[i + 1].blank_before and first.blank_before
        if line.blank_before == tight or line.marker or len(line.text) > _LONGEST_PHRASE \
                or line.block.container != first.block.container or line.date_only:
            return None
        if _KO_SENTENCE_END.search(line.text):
            if tight and k + 1 < len(lines) and not lines[k + 1].blank_before:
                return None  # the run goes on under its sentence: lines of some other kind
            return k if is_sentence_like(" ".join(l.text for l in lines[i:k + 1]), lex) else None
    return None


# a release header's row read across its two columns: the release time, a photo or page count on the left,
# the contact's cell on the right
_HEADER_CELL = fastre.compile(r"(?:보\s*도|배\s*포)\s*(?:일\s*시|시\s*점|일\s*자)|사\s*진\s*(?:있음|없음|\d)|매\s*수\s")
_CONTACT_CELL = fastre.compile(r"(?<=\S)\s+(?=(?:담\s*당\s*(?:부\s*서|과\s*장|팀\s*장|자)|책\s*임\s*자)\s)")

# a labelled contact run into the end of the last paragraph, after its full stop
# (or in brackets run into the last sentence: …제출하면 된다.(문의: 031-…, 모사전송: 031-…))
_TRAILING_CONTACT = fastre.compile(r"(?<=[.!?다”\"’])(?:\s+|(?=\())(?=\(?\s*(?:담\s*당(?:\s*부\s*서|\s*자)?|문\s*의(?:\s*처)?|연\s*락\s*처)\s*[:：])")

_BAR = fastre.compile(r"\s*\|\s*")

# a board's read counter or a page's reading-time widget after the post's date
_COUNTER_AFTER = fastre.compile(
    r"(?i)\s(?:(?:조회수?|views?|hits)\s*[:：]?\s*[\d,]+|\d{1,2}\s*-?\s*min(?:ute)?s?\s+read|\d{1,2}\s*분\s*(?:소요|읽기))$")
_COUNTER_ENDS = ("read", "READ", "기", "요")
# the office that posted it and the date, a board's row: 예보과 2024/05/21
_OFFICE_THEN_DATE = fastre.compile(r"[가-힣]{2,12}(?:과|팀|실|국|센터|담당관)\s+" + YMD_FIGURES)

# the gap between two columns of a page laid out as text and read across (pdftotext -layout, a letterhead
# typed with spaces): a run of spaces no sentence holds
_COLUMN_GAP = fastre.compile(r"(?<=\S) {6,}(?=\S)")


def _whole_block(line):
    """The line is its block's whole text, as the reader gave it: its runs of spaces can still be read."""
    raw = line.block.text
    return "\n" not in raw and collapse(raw) == line.text


def _columns(line, lex):
    """'January 28, 2025            Public Information Officer': the two columns of a letterhead read across,
    a date, a release label or a contact's detail on one side; their parts (else None). A table's row with
    no such cue keeps its cells on one line."""
    raw = line.block.text
    if "      " not in raw or not _whole_block(line):
        return None
    parts = _COLUMN_GAP.split(raw.strip())
    if len(parts) != 2:
        return None
    return parts if any(_column_cue(part, lex) for part in parts) else None


# a date run into the words before it with no space, closing the line: '… to initiate prosecutionOctober 7, 2016'
_GLUED_DATE_AT_END = fastre.compile(r"(?<=[a-z])(?=(?:January|February|March|April|May|June|July|August|September|"
                                    r"October|November|December)\s\d{1,2},\s\d{4}$)")


# a line break written as its tag and copied as text: 부제 하나<br/>부제 둘
_BREAK_TAG = fastre.compile(r"(<br\s*/?>)", re.I)


def _at_break_tags(text):
    """The line cut at each HTML line break copied as text; the tags stay, each a part of its own (else None)."""
    if "<" not in text:
        return None
    parts = [part.strip() for part in _BREAK_TAG.split(text) if part.strip()]
    return parts if len(parts) > 1 else None


def _date_glued_at_end(text, lex):
    """A title and its date glued together, or a listing's row of a title and its date in figures (… 안전 점검
    2026-07-16): the parts (else None) - the title cut from its subtitle too, where a Korean row runs them together."""
    if len(text) > _LONGEST_DATED_TITLE or not text[-1:].isdigit():
        return None
    glued = _GLUED_DATE_AT_END.search(text) or _STAMP_GLUED_AT_END.search(text)
    if glued is None and len(text) <= _LONGEST_LISTED_TITLE:
        glued = _FIGURES_DATE_AT_END.search(text)
        if glued is not None and (len(text[:glued.start()].split()) < 3 or _DATE_LABEL_END.search(text, 0, glued.start())):
            return None  # a label before its date (작성자 홍길동 등록일 2026-07-16, Posted on 2026-07-16), no title
    if glued is None:
        return None
    title = text[:glued.start()]
    return (lex.lang == "ko" and _text_glued_after_title(title) or [title]) + [text[glued.end():]]


_LONGEST_DATED_TITLE = 250
_LONGEST_LISTED_TITLE = 150
# a posting stamp run into the sentence before it: 사실은 그렇습니다.2025-09-18 13:09:00
_STAMP_GLUED_AT_END = fastre.compile(r"(?<=[.!?])(?=" + YMD_FIGURES + r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$)")
_DATE_LABEL_END = fastre.compile(r"(?i)(?:일|일자|날짜|\bon|\bdate|updated|posted|published|modified)\s*[:：]?$")
# a date in figures, year first, after a word and a space, closing the line: a listing prints its row so
_FIGURES_DATE_AT_END = fastre.compile(r"(?<=[가-힣A-Za-z’”'\")\]])\s+(?=" + YMD_FIGURES + r"$)")
# a Korean text opening on its date glued to the title over it (… 보도 관련2025년 7월 28일자 경향신문 보도는 …): no
# Korean writes a year straight after a syllable
_KO_DATE_GLUED = fastre.compile(r"(?<=[가-힣])(?=(?:19|20)\d\d년\s?\d{1,2}월)")


def _title_then_credited_text(text, lex):
    """가온군, 농업인상담소 개소 | [가온뉴스=홍길동 기자] 가온군이 …: the page's title, then its text opened by the
    outlet's credit in brackets, on one line: the two parts (else None). Asked above the text only: further down,
    a line so run together is another story's (extent._title_run_into_credit)."""
    credit = _WIRE_CREDIT_INSIDE.search(text, 10, _LONGEST_GLUED_TITLE) if "=" in text[:_LONGEST_GLUED_TITLE] else None
    if credit is not None and not _SENTENCE_CLOSED.search(text[:credit.start()]) \
            and split_wire_prefix(text[credit.end():], lex) is not None:
        return [text[:credit.start()], text[credit.end():]]
    return None


def _text_glued_after_title(text):
    """A title run into its text (at a glued date, on a flattened page; or where the title's subject is named
    again): the two parts (else None)."""
    glued = _KO_DATE_GLUED.search(text, 10, _LONGEST_GLUED_TITLE) if len(text) >= _FLATTENED else None
    if glued is not None:
        return [text[:glued.start()], text[glued.start():]]
    # 가온대, … 업무협약 체결 가온대(총장 …)는 20일 …: the title's subject, named again with its particle, opens the text
    # (a subject of two words too: a district is named with its city, 가온 북구, … 운영 가온 북구는 …)
    glued = _SUBJECT_NAMED_AGAIN.match(text)
    if glued is None and len(text) <= _LONGEST_TITLE_AND_SUBTITLE and not text.rstrip().endswith("."):
        # 가온군의회 의정참여단 예산심사 방청 가온군의회, 참여단 의견 의정활동에 반영: the title, then its subtitle
        # opening on the same subject and a comma, as a news page runs the two into one row
        glued = _SUBTITLE_NAMES_SUBJECT.match(text)
    return [text[:glued.end()].rstrip(), text[glued.end():]] if glued else None


_LONGEST_GLUED_TITLE = 150
# the space (and a bar) before an outlet's credit in brackets, [가온뉴스=홍길동 기자], inside a line
_WIRE_CREDIT_INSIDE = fastre.compile(r"\s*(?:\|\s*)?(?=[\[【][가-힣A-Za-z0-9 ]{1,12}\s*=\s*[^\]】]{1,20}[\]】])")
_LONGEST_TITLE_AND_SUBTITLE = 160
_SUBTITLE_NAMES_SUBJECT = fastre.compile(r"([가-힣A-Za-z0-9]{2,12})\s[^.!?,]{6,80}?[가-힣0-9]\s+(?=\1\s*,\s*\S.{6,})")
_SUBJECT_NAMED_AGAIN = fastre.compile(r"([가-힣A-Za-z0-9]{2,12}(?:\s[가-힣A-Za-z0-9]{1,12})?),\s[^.!?]{6,100}?(?:" + TITLE_VERBAL_NOUNS + r"|[가-힣]다)\s+"
                                      r"(?=\1(?:\([^()]{1,40}\))?\s?(?:은|는|이|가)\s)")


def _credit_glued_to_stamp(text):
    """홍길동 기자입력 : 2026. 06. 17(수) 17:02: a reporter's credit and the posting stamp run together in one row; the
    two parts (else None)."""
    glued = _CREDIT_THEN_STAMP.fullmatch(text) if "기자" in text else None
    return [glued.group(1), glued.group(2)] if glued else None


_KO_REPORTER = r"[가-힣]{2,4}\s*(?:선임|수석)?\s*기자"  # 홍길동 기자, 김철수 선임기자
_CREDIT_THEN_STAMP = fastre.compile(r"(" + _KO_REPORTER + r")\s*((?:기사)?(?:입력|등록|승인|수정)\s*[:：]?\s*(?:19|20)\d{2}.{0,40})")


def _cells_around_text(text, lex):
    """'| | | ⓒ 가온신문 | | 한국원자력환경공단은 … 말했다.': a table's row read across, one cell the article's
    text and the others a credit or empty; the row cut before and after that cell (else None), so that the
    credit cannot take the text with it."""
    if text.count("|") < 2 or len(text) < _LONG_REST:
        return None
    pieces = [piece.strip() for piece in _CELL_BARS.split(text) if piece.strip()]
    cells = [piece for piece in pieces if not _CELL_BARS.fullmatch(piece)]
    long = [cell for cell in cells if len(cell) >= _LONG_REST]
    if len(cells) < 2 or len(long) != 1 or not is_sentence_like(long[0], lex) \
            or any(len(cell) > _SHORT_CELL for cell in cells if cell is not long[0]):
        return None
    start = text.index(long[0])
    # the cells before the text and after it stay one line each, bars and all: nothing of the row is lost
    return [part for part in (text[:start].strip(), long[0], text[start + len(long[0]):].strip()) if part]


_SHORT_CELL = 30
_CELL_BARS = fastre.compile(r"(\|(?:\s*\|)*)")


_WORD_GOES_ON = fastre.compile(r"[a-z]+[\s,]")  # a lower-case word going on from the one before
_BREAK_LEFT = fastre.compile(r"(?<=\S) {2,5}(?=\S)")
_SENTENCE_CLOSED = fastre.compile(r"(?:[.!?…]|다)[\"'”’)\]]*$")


def _lost_breaks(line, lex):
    """A message whose line breaks were lost on the way (a release pasted into a chat, a text message): its
    lines run on, two spaces where each break was - label, title, '- subtitle -', paragraphs. The pieces when
    some piece before the last is short and no sentence (spaces after full stops alone split nothing), else
    None."""
    raw = line.block.text
    if len(raw) < 120 or "  " not in raw or not _whole_block(line):
        return None
    if line.text[:1] in CAPTION_MARKS and is_caption(line, lex):
        return None  # ▲ what the photo shows.    / 사진제공 = …     © 기자: one caption, its credits set apart by spaces
    pieces = []
    for piece in _BREAK_LEFT.split(raw.strip()):
        if pieces and (_WORD_GOES_ON.match(piece) and pieces[-1][-1:].islower()
                       or lex.lang == "en" and pieces[-1].rsplit(None, 1)[-1].lower() in lex.stopwords):
            # 'As many of  you know', 'The  Minister …': a typing slip inside a sentence, no break (no line ends on
            # 'The' when each piece is a line of its own)
            pieces[-1] = f"{pieces[-1]} {piece}"
        else:
            pieces.append(piece)
    if len(pieces) < 3 or not any(len(p) <= 80 and _SENTENCE_CLOSED.search(p) is None for p in pieces[:-1]):
        return None
    return pieces


def _posted_when(text, lex):
    """A date alone, or a date under its label (배포일자 2023-06-09, Posted: May 2, 2025)."""
    return is_date_only(text) or len(text) <= 40 and lex.date_cues.search(text) is not None \
        and find_date(text)[0] is not None


def _column_cue(text, lex):
    return len(text) <= 60 and is_date_only(text) or lex.release_labels.match(text) is not None \
        or lex.contact_labels.match(text) is not None or EMAIL.search(text) is not None or bool(phones_in(text))


# how the pieces split off at a line's end can end: most lines end otherwise and are let through at once
_WIDGET_ENDS = tuple("eEsS»›>]기")


def _chrome_glued_at_end(text, lex):
    """'… 새 표지석 제막식세 줄 요약이 뉴스 공유하기본문 글자 크기 조정': a page's widget labels run into the end of
    the title with no break between them. Where they start in text (else None): two labels at least, each a whole
    entry of the chrome words and four letters or more (공유, 확대 alone end titles too), after a title's length."""
    compact = "".join(text.split())
    n, words = len(compact), lex.chrome_exact
    if n < _GLUED_TITLE_SHORTEST + 2 * _GLUED_LABEL_SHORTEST \
            or not any(compact[-k:] in words for k in range(_GLUED_LABEL_SHORTEST, _GLUED_LABEL_LONGEST + 1)):
        return None
    labels = words_from(compact, words, _GLUED_LABEL_SHORTEST, _GLUED_LABEL_LONGEST, _GLUED_TITLE_SHORTEST)
    start = next((j for j in range(_GLUED_TITLE_SHORTEST, n) if labels[j] >= 2), None)
    if start is None or any(compact[start - k:start] in words for k in range(2, _GLUED_LABEL_LONGEST + 1)):
        return None  # (메뉴바로가기 …: the row's own labels, run together, not a title before them)
    seen = 0
    for position, char in enumerate(text):  # the compact index back in the text
        if not char.isspace():
            if seen == start:
                # glued: a space before them is an ordinary row of labels, which the chrome rules read whole
                return position if position and not text[position - 1].isspace() else None
            seen += 1
    return None


_LONGEST_GLUED_ROW = 160
_REPORTER_MAIL_AT_END = fastre.compile(r"\s" + _KO_REPORTER + r"\s+(?:" + EMAIL.pattern.pattern + r")\s*\|?\s*$")
# a writer's name (a post after it at most), address, a bar and the time the page was posted, inside a line
_CREDIT_ROW_INSIDE = fastre.compile(r"\s[가-힣]{2,4}(?:\s*(?:기자|특파원|" + KO_OTHER_WRITER_POSTS + r"))?\s+(?:" + EMAIL.pattern.pattern
                                   + r")\s*\|\s*(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}\.?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s")
# a copyright notice in brackets inside a line: [ⓒ 매체. 무단전재-재배포 금지], [저작권자 © 매체 무단전재 및 재배포금지]
_COPYRIGHT_INSIDE = fastre.compile(r"[\[<(]\s*(?:저작권자\s*)?[ⓒ©][^\]>)]{1,40}?무단\s*전재[^\]>)]{0,30}[\]>)]")
_TIP_LINE_AT_END = fastre.compile(r"\s(?:[^\s:：]{2,12}\s*)?[:：]?\s*\d{2,4}-\d{3,4}-\d{4}\s*\(제보\)[^.!?]{0,80}$")
_NUMBERED_IMAGE_FIRST = fastre.compile(r"[A-Z][^\W\d][^.!?:;\d]{3,60}?\s\d{1,2}(?=[A-Z][a-z]{2,}\s)")
# an image's file name run into the paragraph it stood over: capital_city_map, or any name with an image's
# extension (school-awards.jpeg), the text's first word glued to it
_FILE_STEM_FIRST = fastre.compile(SNAKE_CASE_NAME + r"(?=[A-Z][a-z])|[\w-]{2,60}\.(?i:png|jpe?g|gif|webp|bmp|tiff?)(?=[A-Z가-힣\"“‘])")
_GLUED_TITLE_SHORTEST = 8
_GLUED_LABEL_SHORTEST = 4
_GLUED_LABEL_LONGEST = 12
_MARK_ENDS = (*">)-/]", "끝.")


# who posted it and when, closing a post's header: … by Talbot County Emergency Services (DES) on Thursday, July 5, 2012
_POSTED_BY_ON = fastre.compile(r"\s+by\s+[A-Z][^.!?]{2,80}?\s+on\s+(?:[A-Z][a-z]+day,?\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+"
                               r"(?:19|20)\d{2}$")
# … and the category the header opens with, cut short by its ellipsis: General Information...
_CATEGORY_BEFORE = fastre.compile(r"(?:[A-Z][\w&'’-]*\s+){0,2}[A-Z][\w&'’-]*\s*(?:\.\.\.|…)\s+(?=[A-Z])")

# the full stop that ends a sentence, the next one opening with a capital
_SENTENCE_BREAK = fastre.compile(r"[.!]\s+(?=[A-Z])")
_LONGEST_REMARK = 120


# the same at the start of a flattened page, the text run on after the closing dash (개최- 1월 … 시작 -산림청 …)
_TITLE_FRAMED_TEXT = fastre.compile(r"(?P<title>[^-–]{8,120}?)\s*(?P<subtitle>[-–]\s[^-–]{6,160}?\s[-–])\s*(?=\S.{99})")
_FRAME = fastre.compile(r"(?<!\S)-\s[^-]{6,160}?\s-(?!\S)")


def _framed_run(text):
    """The parts of a line holding two or more subtitles framed by dashes, one after another: what stands
    before them, each subtitle, what follows; else None."""
    frames = list(_FRAME.finditer(text))
    if len(frames) < 2 or any(text[a.end():b.start()].strip() for a, b in zip(frames, frames[1:])):
        return None
    head, tail = text[:frames[0].start()].strip(), text[frames[-1].end():].strip()
    return [p for p in [head, *(f.group() for f in frames), tail] if p]


def _reach_end(text):
    """Where the last phone number or e-mail address in the text ends, else None."""
    reach = [text.rfind(phone) + len(phone) for phone in phones_in(text)]
    reach += [found.end() for found in EMAIL.finditer(text)]
    return max(reach) if reach else None


def _contact_then_dated_fields(text, lex):
    """'Contact: Kyle DeVine 213-897-4225 (R94-04-031) CPUC-23 March 31, 1997': a letterhead's row read across, the
    contact, then the release's reference and its date - [contact, the rest]; else None."""
    if not lex.contact_labels.match(text):
        return None
    end = _reach_end(text)
    if end is None:
        return None
    end += len(text[end:]) - len(text[end:].lstrip(")]）"))  # (213-897-4225): its bracket closes with it
    rest = text[end:].strip(" ,;|")
    if len(rest) < 6 or not find_date(rest)[0]:
        return None
    return [text[:end].rstrip(), rest]


def _contact_sentence_then_remark(text, lex):
    """'For questions related to this release, please contact … Officer Jim Bussell at (605)-394-4180. No updates
    to this release are anticipated at this time.': the sentence that says whom to ask, ending on its phone or
    e-mail, then one short remark of the page's that reaches no one - [sentence, remark]; else None (a
    paragraph that goes on is text)."""
    if len(text) > 400 or not lex.contact_labels.match(text):
        return None
    reach = _reach_end(text)
    stop = _SENTENCE_BREAK.search(text, reach) if reach is not None else None
    if stop is None:
        return None
    remark = text[stop.end():]
    if len(remark) > _LONGEST_REMARK or not remark.rstrip().endswith((".", "!")) or _SENTENCE_BREAK.search(remark) \
            or phones_in(remark) or EMAIL.search(remark):
        return None
    return [text[:stop.start() + 1], remark]


_WORDS = fastre.compile(r"\w{2,}\W+\w{2,}")  # two words at least: a title, not a stray mark
_TEXT_AFTER_IMAGE = 20


def _caps_title_first(text):
    """EIGHT MORE CHARGED IN DEP CRACKDOWN TO COMBAT ILLEGAL (14/P127) TRENTON – The Department …: a title set in
    capitals run into the text of a page flattened into one line - [title, the rest], cut where the capitals end
    (five words or more of them, then a word in lower case within the next few), else None."""
    run = _CAPS_RUN.match(text) if text[:2].isupper() else None
    if run is None or len(text) - run.end() < _CAPS_TITLE_REST:
        return None
    after = _AFTER_CAPS_TITLE.match(text, run.end())
    if after is None:
        return None  # NEW YORK CITY DEPARTMENT OF HEALTH announced …: a sentence opening on a name in capitals
    title = run.group().rstrip(" –—-:")
    code = after.group("code")
    return [title] + ([code.strip()] if code else []) + [text[after.end("code") if code else run.end():].lstrip()]


_CAPS_TITLE_RUN_INTO = 150
_CAPS_TITLE_REST = 100
# five capitalised words or more (figures, hyphens, apostrophes and ampersands in them), up to the last before the
# first word that is not in capitals
_CAPS_RUN = fastre.compile(r"(?:[A-Z0-9][A-Z0-9'’&./-]*\s+){4,}[A-Z0-9][A-Z0-9'’&./-]*(?=\s)")
# … and after it the release's code in brackets, a place in capitals and a dash (the dateline), then a word in
# capital and lower case: the subtitle or the text (a word in lower case would go on the sentence the capitals began)
_AFTER_CAPS_TITLE = fastre.compile(r"\s*(?P<code>\([^()]{1,20}\)\s*)?(?:[A-Z][A-Z.'’ ,-]{1,40}\s*[–—-]\s*)?[A-Z][a-z]")


def _title_dash_subtitle(text, lex):
    """서부 경찰서 수사관, 보이스피싱 예방 위해 거리 캠페인 나서 - 공무원, 금융기관을 사칭하면서 …: a Korean title and its
    subtitle on one line, a dash between them: [title, '- subtitle'] (the subtitle keeps its dash, as a deck's line
    does), else None. The title says who and what (a comma after its subject, or a verbal noun or verb at its end)."""
    if len(text) > _LONGEST_TITLE_PAIR or text.count(" - ") != 1 or is_sentence_like(text.rstrip(" -"), lex):
        return None
    title, subtitle = (part.strip() for part in text.split(" - "))
    if len(title) < _SHORTEST_PAIRED_TITLE or len(subtitle) < _SHORTEST_PAIRED_SUBTITLE or not title[-1:].isalnum() \
            or not ("," in title or TITLE_VERB_END.search(title) or _VERB_STEM_END.search(title)):
        return None
    return [title, "- " + subtitle]


_LONGEST_TITLE_PAIR = 160
_SHORTEST_PAIRED_TITLE = 12
_SHORTEST_PAIRED_SUBTITLE = 20
_TEXT_LINE = 60
_VERB_STEM_END = fastre.compile(r"(?:나서|나선다|펼쳐|펼친다|열어|연다|밝혀|앞장)$")


def _parts(text, lex, flattened, above=""):
    """The pieces of one line's text, in order; one piece when it holds one role (`above`: the text of
    the lines before it, where a title run into a flattened page may have been printed already)."""
    image = MARKDOWN_IMAGE.search(text) if "![" in text else None
    if image and _WORDS.search(text, 0, image.start()) and len(text) - image.end() >= _TEXT_AFTER_IMAGE:
        # “…사랑방 오세요”![]() 학부모 소통 …: an image's place, as Markdown writes it, between a title and the text
        before, after = text[:image.start()].strip(), text[image.end():].strip()
        return _parts(before, lex, flattened, above) + [image.group()] + _parts(after, lex, flattened, above)
    widget = _TRAILING_WIDGET.search(text, max(0, len(text) - 40)) if text.endswith(_WIDGET_ENDS) else None
    if widget and widget.start() >= 20:
        return _parts(text[:widget.start()], lex, flattened, above) + [widget.group().strip()]
    pictured = _TRAILING_PICTURED.search(text) if lex.lang == "en" and "Pictured" in text else None
    if pictured and pictured.start() >= _LONG_REST:
        # … additional avenues of revenue. Pictured above are the Sheriff and the County Judge, …: the photo's caption
        # run into the paragraph under it
        return _parts(text[:pictured.start()], lex, flattened, above) + [pictured.group().strip()]
    stem = _FILE_STEM_FIRST.match(text) if "_" in text[:60] or "." in text[:66] else None
    if stem and len(text) - stem.end() >= _TEXT_AFTER_IMAGE:
        # capital_city_infrastructure_mapThe City of …: an image's file name, run into the paragraph it stood over
        return [stem.group()] + _parts(text[stem.end():], lex, flattened, above)
    signed = _REPORTER_MAIL_AT_END.search(text) if lex.lang == "ko" and "@" in text[-60:] and "기자" in text else None
    if signed and signed.start() >= _SHORTEST_PAIRED_TITLE and not is_sentence_like(text[:signed.start()], lex) \
            and find_date(text[:signed.start()])[0] is None:  # (a header row's date, then its credit: read as a row)
        # 영암군, … 실시 1/23~2/2일 … 진행 윤규진 기자 kor741@hanmail.net |: the title, then its reporter and address,
        # on one line (a page flattened into a table's row)
        return _parts(text[:signed.start()].rstrip(), lex, flattened, above) + [signed.group().strip(" |")]
    row = _CREDIT_ROW_INSIDE.search(text) if lex.lang == "ko" and flattened and "@" in text else None
    if row and row.start() >= _SHORTEST_PAIRED_TITLE and len(text) - row.end() >= _TEXT_AFTER_IMAGE:
        # … 안전 점검 배은미 newbb717@… | 2023-07-06 13:23:01 남성현 산림청장(가운데)이 …: a news page flattened into
        # one line, the writer's name, address and the time it was posted between the title and the text
        return _parts(text[:row.start()].rstrip(), lex, flattened, above) + [row.group().strip()] \
            + _parts(text[row.end():].lstrip(), lex, flattened, above)
    notice = _COPYRIGHT_INSIDE.search(text) if lex.lang == "ko" and flattened and ("ⓒ" in text or "©" in text) else None
    if notice and notice.start() >= _TEXT_AFTER_IMAGE:
        # … 당부했다.(산림청 제공) [ⓒ 매체. 무단전재-재배포 금지] WEEKLY HOT …: the copyright notice between the text and
        # the page's lists
        rest = text[notice.end():].strip()
        return _parts(text[:notice.start()].rstrip(), lex, flattened, above) + [notice.group().strip()] \
            + ([rest] if rest else [])
    tip = _TIP_LINE_AT_END.search(text) if "(제보)" in text else None
    if tip and tip.start() >= _TEXT_AFTER_IMAGE:
        # … 35% 줄었습니다 연합뉴스TV : 02-398-4441(제보) 4409(기사문의), 카톡/라인 jebo23 (끝): a broadcaster's
        # line for tips, run into the end of a report flattened into one line
        return _parts(text[:tip.start()].rstrip(), lex, flattened, above) + [tip.group().strip()]
    numbered = _NUMBERED_IMAGE_FIRST.match(text) if text[:1].isupper() else None
    if numbered and len(text) - numbered.end() >= _TEXT_AFTER_IMAGE:
        # Smoke alarms save lives 2Hereford & Worcester Fire …: an image's caption and its number in the gallery,
        # run into the paragraph it stood over (a figure glued to a capitalised word is no sentence's)
        return [numbered.group()] + _parts(text[numbered.end():], lex, flattened, above)
    glued = _chrome_glued_at_end(text, lex) if lex.lang == "ko" and len(text) <= _LONGEST_GLUED_ROW else None
    if glued is not None:
        return _parts(text[:glued].rstrip(), lex, flattened, above) + [text[glued:]]
    field = _DATE_FIELD_FIRST.match(text) if text[:1] in "dD" else None
    if field and len(text) - field.end() >= 10:
        # 'date 2021-07-09 Co-op Members Urged to …': a page's date field (a crawler's or a feed's), run into the
        # title after it
        return [field.group().strip()] + _parts(text[field.end():], lex, flattened, above)
    comment = _CODE_COMMENT_FIRST.match(text) if text[:2] in ("/*", "<?") else None
    if comment and len(text) - comment.end() >= 10:
        # /* … php print render($tabs); */ ?>Media Advisory: …: the page's template code, run into the title after it
        return [comment.group().strip()] + _parts(text[comment.end():], lex, flattened, above)
    call = _SCRIPT_CALL_FIRST.match(text) if ");" in text[:200] else None
    if call and len(text) - call.end() >= 10:
        # gtag('config', 'UA-…'); Inaugural briefing …: the page's script, run into the text after it
        return [call.group().strip()] + _parts(text[call.end():], lex, flattened, above)
    stamp = _PRINT_STAMP.match(text) if text[:1].isdigit() else None
    if stamp and len(text) - stamp.end() >= 10:
        # a browser's print header: the time it was printed, run into the page's title
        return [stamp.group().strip()] + _parts(text[stamp.end():], lex, flattened, above)
    chat = _CHAT_PREFIX.match(text) if text[:1] == "[" else None
    if chat and chat.end() < len(text):
        # a messenger's export: who sent it and when, then what they wrote
        return [chat.group().strip()] + _parts(text[chat.end():], lex, flattened, above)
    label = lex.release_labels.match(text) if len(text) <= 120 else None
    if label and label.end() < len(text):
        # two columns of a letterhead read across: FOR IMMEDIATE RELEASE | Contact: Jane Doe
        rest = text[label.end():].lstrip(" |–—-")
        if lex.contact_labels.match(rest):
            return [text[:label.end()].rstrip(), rest]
    if "|" in text and len(text) <= 160:
        for bar in _BAR.finditer(text):
            rest = text[bar.end():]
            if bar.start() and lex.contact_labels.match(rest) and find_date(text[:bar.start()])[0]:
                # Washington, D.C., June 3, 2024 | Press Contact: Mariah Delgado 202-…: the date, then the contact
                return _parts(text[:bar.start()], lex, flattened, above) + [rest]
    dated = _contact_then_dated_fields(text, lex) if lex.lang != "ko" and len(text) <= 200 and text[-1:].isdigit() else None
    if dated:
        return dated
    counter = _COUNTER_AFTER.search(text, max(0, len(text) - 30)) \
        if text[-1:].isdigit() or text.endswith(_COUNTER_ENDS) else None
    if counter and (_posted_when(text[:counter.start()].rstrip(" |·"), lex)
                    or lex.lang == "ko" and _OFFICE_THEN_DATE.fullmatch(text[:counter.start()].rstrip(" |·"))):
        # 2025.07.02 조회수 312, 배포일자 2023-06-09 조회수 27,789, Mar 4, 2025, 8:00 AM EST 4 min read: when it was
        # posted, then a widget (a board's row: 예보과 2024/05/21 조회수 5819, the office that posted it first)
        return [text[:counter.start()].rstrip(), text[counter.start():].strip()]
    asset = _ASSET_NAME.match(text) if "a" <= text[:1] <= "z" else None
    if asset and len(text) - asset.end() >= 3 and any(c in asset.group() for c in "-_."):
        # 'print-logo November 18, 2019': the name of a page's image (its alt text left as the file's name), then
        # what follows it
        return [asset.group().strip()] + _parts(text[asset.end():], lex, flattened, above)
    verb = _VERB_THEN_FIGURE.search(text, 8) if lex.lang == "ko" and len(text) <= 200 else None
    if verb and len(text) - verb.end() >= 10 and not _ENDS_SENTENCE.search(text) \
            and _SUBTITLE_OPENS_ON_FIGURE.match(text, verb.end()):
        # 충남도의회, 도민 소통 창구 더 넓힌다328회 임시회 1차 회의 열고 …: a title ending on its verb with the
        # subtitle run into it (no space, no mark: a verb's 다 never runs into a figure inside a line)
        return [text[:verb.end()], text[verb.end():]]
    glued = _QUOTE_THEN_TITLE.search(text) if lex.lang == "ko" and "”" in text and len(text) <= 200 else None
    if glued and glued.start() >= 10 and len(text) - glued.end() >= 10 and not _ENDS_SENTENCE.search(text) \
            and "“" in text[:glued.start()]:
        # 연구원, “… 변화 지속”지재연, 2023년 … 발표: a title closing on its quotation, its subtitle run into it
        return [text[:glued.end()], text[glued.end():]]
    if lex.lang == "ko" and text.startswith("제목") and _TITLE_FIELD_GLUED.match(text):
        # 제목철도공단, 철도시설 개량사업 … : a board's title field, its name run into the title
        return ["제목", text[2:]]
    content = _CONTENT_FIELD_GLUED.match(text) if lex.lang == "ko" and "내용" in text[:4] else None
    if content:
        # • 내용단체 관광객 이어지며 … - 부제 - 민선8기 홍성군은 …: the board's content field, its name run into the
        # release (its title, subtitle and text flattened after it)
        return [content.group("field")] + _parts(content.group("value"), lex, True, above)
    stamp = _TRAILING_STAMP.search(text) if text.endswith(")") else None
    if stamp and stamp.start() >= 8 and not _ENDS_SENTENCE.search(text, 0, stamp.start()) \
            and ":" not in text[:stamp.start()]:  # 출처: 나래시청 보도자료 (2026.06.02.): a labelled field keeps its date
        # 서귀포…생신잔치 진행   ( 2022-11-22 17:24 ): a board's title with the time it was posted glued after it
        return [text[:stamp.start()].rstrip(), stamp.group().strip()]
    if text.count("|") >= 2:
        fields = _contact_then_board_fields(text, lex)
        if fields:
            return fields
    elif lex.lang == "ko" and text[-1:].isdigit() and _CONTACT_CELL_FIRST.match(text):
        fields = _BOARD_FIELDS_CLOSING.search(text)
        if fields and phones_in(text[:fields.start()]):
            # 담당부서가족지원과 경로복지팀 (041-339-7903) 조회수86 등록일2024-04-19: the board's row without its bars,
            # every cell's name run into its value; the post's own fields close it
            return [text[:fields.start()], *_BOARD_FIELD_START.split(fields.group("fields").strip())]
    if lex.lang != "ko":
        stamp = _POSTED_BY_ON.search(text) if text[-4:].isdigit() and " by " in text else None
        if stamp and stamp.start() >= 10:
            # General Information... Requested Burn Ban by Talbot County Emergency Services (DES) on Thursday, July 5,
            # 2012: a post's header row run together - its category, its title, who posted it and when
            head, posted = text[:stamp.start()], stamp.group().strip()
            category = _CATEGORY_BEFORE.match(head)
            return ([category.group().strip(), head[category.end():]] if category else [head]) + [posted]
        alt = _ALT_TEXT_GLUED.match(text) if "image" in text[:90] or "photo" in text[:90] else None
        if alt:
            return [alt.group(1), text[alt.end(1):]]  # 'Measles Alert feature imageMetro North …': an image's alt text
        caps = _CAPS_TITLE_RUN_IN.match(text) if len(text) >= _FLATTENED and text[:1].isupper() else None
        if caps and sum(c.isalpha() for c in caps.group("title")) >= 15:
            # Press Release No. 02/23 GOVERNOR INAUGURATES GIRLS HOSTEL AT NEHU, TURA The Governor of …: a label,
            # a title in capitals and the text, run into one line
            parts = (caps.group("label"), caps.group("title"), text[caps.end():])
            return [part.strip() for part in parts if part and part.strip()]
        subtitle = _en_subtitle_run_in(text, lex, above) if flattened else None
        if subtitle:
            return [subtitle, text[len(subtitle):].strip()]
        return _flattened_release_en(text) if flattened else [text]
    if _HEADER_CELL.match(text):
        contact = _CONTACT_CELL.search(text, 8)
        if contact:
            # 보도일시 2024. 4. 22.(월) 조간 담당부서 교육혁신과: a header table's two columns read across
            return [text[:contact.start()].rstrip(), text[contact.start():].strip()]
    if text.endswith(" |") and text.count("|") == 1 and len(text) <= 160 and (
            text[:1] in "[【<〈-–" or TITLE_VERB_END.search(text[:-1].rstrip())):
        # [동정] 관세청장, … 점검 | / - … 격려 |: a title or subtitle in a table cell that closes with its bar
        return [text[:-1].rstrip(), "|"]
    frames = _framed_run(text) if len(text) >= _FLATTENED and " - - " in text else None
    if frames:
        # 제주형 청년정책이 … 진화합니다! - 2022년 … 해결 - - 전년대비 … 추진 - 제주특별자치도가 …: a teaser, the
        # subtitles framed by dashes and the text, flattened into one line
        return frames
    opening = _TITLE_FRAMED_TEXT.match(text) if flattened and len(text) >= _FLATTENED else None
    if opening and not _SENTENCE_END.search(opening.group("title")) \
            and _recurs_below(keys(opening.group("title"), lex), text[opening.end():]):
        # 제목- 부제 -본문…: a page flattened into one line, its title, the subtitle framed by dashes and the text
        # (the title's words recur in the text: it is no sentence's first words)
        return [opening.group("title").strip(), opening.group("subtitle"), text[opening.end():].strip()]
    # (a printed page's table cell may close the line with its bar: 제목 - 부제 - |)
    cell = text[:-1].rstrip() if text.endswith(" |") else text
    framed = _TITLE_THEN_FRAMED.match(cell) if cell.endswith("-") else None
    if framed and not _SENTENCE_END.search(framed.group("title")):
        # 제목 - 부제 -: the title and its subtitle framed by dashes, set on one line
        # (the cell's bar stays with the subtitle's closing dash: the line's pieces read back in few runs)
        return [framed.group("title"), framed.group("subtitle") + (" |" if cell is not text else "")]
    pieces = []
    label = _LEADING_LABEL.match(text)
    if label and len(text) - label.end() >= _LONG_REST:
        pieces.append(text[:label.end()].strip())
        text = text[label.end():]
    if flattened:
        title = _title_prefix(text, lex, above)
        if title:
            pieces.extend(_subtitle_run(title, lex))
            text = text[len(title):].strip()
        pieces.extend(p.strip() for p in _ITEM_MARK.split(text) if p.strip())
    else:
        pieces.append(text)
    end = _TRAILING_END_MARK.search(pieces[-1]) if pieces[-1].endswith(_MARK_ENDS) else None
    if end and end.start() >= 20:
        last = pieces.pop()
        pieces += [last[:end.start()].rstrip(), end.group().strip()]
    closing = pieces.pop() if end and end.start() >= 20 else None
    contact = _TRAILING_CONTACT.search(pieces[-1]) if ":" in pieces[-1] or "：" in pieces[-1] else None
    if contact and contact.start() >= 20 and phones_in(pieces[-1][contact.end():]):
        # …라고 말했다. 담당: 교통행정과 서윤아 (063-…): the contact line run into the last paragraph
        last = pieces.pop()
        pieces += [last[:contact.start()].rstrip(), last[contact.end():].strip()]
    tail = pieces[-1][-60:]
    credit = _TRAILING_CREDIT.search(pieces[-1]) if "@" in tail or "기자" in tail or "특파원" in tail \
        or "통신원" in tail else None
    if credit and credit.start() >= 20:
        last = pieces.pop()
        pieces += [last[:credit.start()].rstrip(), credit.group("credit")]
    source = _TRAILING_SOURCE.search(pieces[-1]) if lex.lang == "ko" and "자료" in pieces[-1][-60:] else None
    if source and source.start() >= 20:
        # …기술지원을 실시하였다.(자료제공 : 연구지원과) | |||||: who provided the material, after the last sentence
        last = pieces.pop()
        pieces += [last[:source.start()].rstrip(), last[source.start():].strip()]
    return pieces + [closing] if closing else pieces


# an image's file-style name: print-logo, site_logo, header-img-2, banner.png (a hyphen, an underscore or an
# extension: the plain words 'logo' or 'image' open sentences too)
_ASSET_NAME = fastre.compile(r"(?:[a-z0-9]+[-_])*(?:logo|icon|img|image|banner|thumb|thumbnail)(?:[-_][a-z0-9]+)*"
                             r"(?:\.(?:png|jpe?g|gif|svg|webp))?\s+(?=\S)")

# an image's alt text glued to the paragraph after it, no space between: '… feature imageMetro North Public Health …'
_ALT_TEXT_GLUED = fastre.compile(r"^(\S.{0,70}?\b(?:feature|featured|header|hero|banner|main|lead)\s+(?:image|photo))(?=[A-Z][a-z])")

# where an English release flattened into one line (a mail printed as one paragraph) changes part: a ruled line,
# the release label, the end mark
_EN_RULE = fastre.compile(r"\s*(?:_{5,}|-{5,}|={5,}|\*{5,})\s*")
_EN_LABEL_INSIDE = fastre.compile(r"\b(?:FOR IMMEDIATE RELEASE|NEWS RELEASE|PRESS RELEASE|MEDIA ADVISORY|MEDIA RELEASE)\b")
# the mark that more pages follow, between two sentences: '… in Africa. - more An accredited …'
_EN_MORE_INSIDE = fastre.compile(r"(?<=[.!?\"”])\s+([-–—]\s*more\s*[-–—]?)\s+(?=[A-Z])", re.I)
_EN_END_INSIDE = fastre.compile(r"(?<![#\w-])\s*(?=(?:#{3}|-30-)\s*$)")
# a dateline opening the text: (JEFFERSON CITY, MO), SPRINGFIELD, Ill. –
_EN_DATELINE_INSIDE = fastre.compile(r"\s(?=\([A-Z][A-Z .'-]{2,30},\s*[A-Z][A-Za-z.]{1,12}\)\s"
                                     r"|[A-Z][A-Z .'-]{2,30},\s*[A-Z][A-Za-z.]{1,12}\s*[–—]\s)")


def _flattened_release_en(text):
    """An English release flattened into one line: its letterhead, ruled line, label and date, title and text
    (the title is what stands between the date and the dateline that opens the text), and its end mark."""
    pieces = []
    for piece in _EN_RULE.split(text):
        if not piece.strip():
            continue
        labels = list(_EN_LABEL_INSIDE.finditer(piece))
        if not labels:
            pieces.append(piece.strip())
            continue
        if labels[0].start():
            pieces.append(piece[:labels[0].start()].strip())
        # each label opens a part (NEWS RELEASE Contact: … FOR IMMEDIATE RELEASE June 7, 2026 TITLE PLACE, St. – …:
        # the letterhead's label, its contact, then the release label over the date, the title and the text)
        for n, label in enumerate(labels):
            pieces.append(label.group())
            rest = piece[label.end():labels[n + 1].start() if n + 1 < len(labels) else len(piece)].strip()
            date, span = find_date(rest[:40])
            if date and span[0] <= 2:
                pieces.append(rest[:span[1]].strip())
                rest = rest[span[1]:].strip()
            dateline = _EN_DATELINE_INSIDE.search(rest, 10, 220)
            if dateline and not fastre.search(r"[.!?]\s", rest[:dateline.start()]):
                pieces.append(rest[:dateline.start()].strip())  # the title, run into its text
                rest = rest[dateline.end():]
            if rest:
                pieces.append(rest)
    pieces = [part.strip() for piece in pieces for part in _EN_MORE_INSIDE.split(piece) if part.strip()]
    end = _EN_END_INSIDE.search(pieces[-1]) if pieces else None
    if end and end.start() >= 20:
        last = pieces.pop()
        pieces += [last[:end.start()].rstrip(), last[end.end():].strip()]
    if len(pieces) == 1 and pieces[0] == text.strip():
        return [text]
    return _with_rules(text, pieces)


def _with_rules(text, pieces):
    """The pieces in the order the text holds them, its ruled lines put back among them (nothing is lost)."""
    out, at = [], 0
    for piece in pieces:
        found = text.find(piece, at)
        between = text[at:found].strip() if found >= 0 else ""
        if between:
            out.append(between)
        out.append(piece)
        if found >= 0:
            at = found + len(piece)
    if text[at:].strip():
        out.append(text[at:].strip())
    return [p for p in out if p]


# a board's own fields about the post: when it was posted, by whom, how often it was read
_BOARD_FIELD = fastre.compile(r"(?i)(?:등록일|작성일|게시일|수정일|작성자|등록자|조회수?|posted|updated|views|hits)\b\s*[:：]?")


# a board row's first cell naming the release's contact, its value run into it or not (담당부서가족지원과 …)
_CONTACT_CELL_FIRST = fastre.compile(r"(?:담당\s*부서|담당자|연락처|전화번호|문의처?)\s*[:：]?\s*\S")
# the post's own fields closing the row, each a date or a count, names and values glued or not
_POST_FIELDS = r"등록일|작성일|게시일|수정일|조회수?"
_BOARD_FIELDS_CLOSING = fastre.compile(
    r"\s+(?P<fields>(?:(?:" + _POST_FIELDS + r")\s*[:：]?\s*\d[\d.,:\-]*\s*){1,4})$")
_BOARD_FIELD_START = fastre.compile(r"\s+(?=" + _POST_FIELDS + r")")  # one part per field


def _contact_then_board_fields(text, lex):
    """'담당부서 교육과 | 담당자 홍길동 | 전화 055-555-0000 | 등록일 2026-05-27 | 조회 256': a board row that holds
    the release's contact and the post's own fields, cut where one run meets the other (else None)."""
    fields = [f.strip() for f in text.split("|")]
    kinds = []
    for field in fields:
        if lex.contact_field_labels.match(field):
            kinds.append("contact")
        elif _BOARD_FIELD.match(field):
            kinds.append("board")
        else:
            return None
    cut = next((n for n in range(1, len(kinds)) if kinds[n] != kinds[n - 1]), None)
    if cut is None or any(kinds[n] != kinds[cut] for n in range(cut, len(kinds))):
        return None  # one kind only, or the two mixed: a row of its own
    return [" | ".join(fields[:cut]), " | ".join(fields[cut:])]


def _subject_start(text, limit):
    """Where the word that carries the first sentence's topic particle begins (its bracket included), else None."""
    m = _SENTENCE_SUBJECT.search(text, 0, limit)
    if m is None:
        return None
    end = m.start() + 1
    if text[m.start()] == ")":
        opening = text.rfind("(", 0, m.start())
        if opening < 0:
            return None
        end = opening
    start = text.rfind(" ", 0, end) + 1
    if _HEAD_OF_BODY.search(text[:m.end()]) and start >= 2:
        name = _NAME_BEFORE.search(text[:start])
        if name:
            start = name.start()  # 윤건영 충청북도교육감은: the holder's name goes with the office
    parent = _PARENT_BODY_BEFORE.search(text[:start])
    if parent is not None and TITLE_VERB_END.search(text[:parent.start()].rstrip()):
        start = parent.start()  # … 회의 개최 해양수산부 국립수산과학원(…)은: the body's ministry goes with it
    return start


_ADNOMINAL_END = fastre.compile(r"(?:[한된인린던될할운연본온쓴난]|[가-힣]는)$")  # 열린, 새로 연: a word that modifies the next
# the head of a body ending the subject word (충청북도교육감은, 가온시장은), and a person's name just before it
_HEAD_OF_BODY = AtLineEnd(r"(?:교육감|시장|군수|구청장|지사|청장|원장|사장|총장|장관|위원장|의장|서장|본부장|처장|회장|관장|소장)"
                          r"(?:은|는)\s?$", window=12)
_NAME_BEFORE = AtLineEnd(r"(?<![가-힣])[가-힣]{3}\s$", window=6)
# the subject of a sentence, its topic particle after a name or a bracket: …공사(사장 최규성)는, 시청은
# the body a subject belongs to, named just before it: 해양수산부 국립수산과학원은, 가온시 보건소는
_PARENT_BODY_BEFORE = AtLineEnd(r"(?<=\s)[가-힣]{2,10}(?:부|청|처|시|군|구|도)\s$", window=14)
_SENTENCE_SUBJECT = fastre.compile(r"(?:[가-힣]{2}|\))(?:은|는)\s")


# an outlet's credit in square brackets between a flattened title and its text: … 확보 [금요저널] 더불어민주당 …
_CREDIT_BRACKET_INSIDE = fastre.compile(r"\s\[[^\[\]\s][^\[\]]{1,14}\]\s*(?=\S)")


_NEXT_SUBTITLE = fastre.compile(r"\s+(?=-\s)")


def _subtitle_run(title, lex):
    """'- 참가 150개 상담, 유치실적 10건 - 인재육성 워크숍 진행 - …': a Korean release's subtitles, each opened by its
    dash, run into one line; each a piece of its own (else the title whole)."""
    if lex.lang != "ko" or not title.startswith("- ") or " - " not in title:
        return [title]
    pieces = [piece.strip() for piece in _NEXT_SUBTITLE.split(title) if piece.strip()]
    if any(len(piece) < _SHORTEST_SUBTITLE or _SENTENCE_END.search(piece) for piece in pieces):
        return [title]
    return pieces


_SHORTEST_SUBTITLE = 10


def _title_prefix(text, lex, above=""):
    """A title run into the text that follows it: the words before a closing quote or an ellipsis that
    recur in the rest, with no sentence ending before them, and not printed above already. None when
    there is no such title."""
    if _ITEM_MARK.search(text, 0, 120) or text[:1] in "□○◦※":
        return None  # items of a release, not a title
    first_sentence = _SENTENCE_END.search(text)
    limit = min(120, first_sentence.start() if first_sentence else len(text))
    if lex.lang == "ko":
        credit = _CREDIT_BRACKET_INSIDE.search(text, 8, 150)
        if credit and not _SENTENCE_END.search(text, 0, credit.start()):
            # 박수현 의원, … 43억 확보 [금요저널] 더불어민주당 박수현 의원은 …: the title, then the outlet's credit
            # in brackets that opens its copy of the text
            title = text[:credit.start()].rstrip()
            if _heads_the_text(title, text[credit.end():], lex, above, fewest=3):
                return title
        subject = _subject_start(text, limit)
        if subject is not None and subject >= 8:
            # ‘맞춤형 공감채용’ 중증장애인 첫 채용, 전원 재택근무 경기주택도시공사(GH)는 …: the text's first sentence
            # opens on its subject; the words before it are the title or subtitle run into it
            title, rest = text[:subject].rstrip(), text[subject:]
            # (not when the words before the subject stop open - 지난 10일 행사에서, 새로 문을 연 -: the sentence's own)
            if not _KO_PHRASE_OPEN.search(title) and not _ADNOMINAL_END.search(title) and not find_date(title)[0] \
                    and "기자" not in title and len(rest) >= _LONG_REST \
                    and _heads_the_text(title, rest, lex, above, fewest=3):
                return title
    for end in _TITLE_END.finditer(text, 8, limit):
        title, rest = text[:end.end()], text[end.end():]
        if lex.lang == "ko" and _SENTENCE_SUBJECT.search(title):
            return None  # 한국농어촌공사(사장 최규성)는 … ‘영농 도우미’: a sentence's subject, the text's own opening
        own = keys(title, lex)
        if _printed_above(own, above):
            return None  # the title stands above on its own line; this is the text's first sentence
        if len(own) >= 4 and len(rest) >= _LONG_REST and _recurs_below(own, rest):
            return title
    return None


def _en_subtitle_run_in(text, lex, above=""):
    """'Free app augments contact tracing, … of potential exposure The State Department of Health …': a subtitle
    with no full stop run into the text of a flattened page, whose first sentence opens on an article and a name;
    the subtitle, else None."""
    first_sentence = _SENTENCE_END.search(text)
    limit = min(200, first_sentence.start() if first_sentence else len(text))
    run_in = _EN_ARTICLE_AFTER_WORD.search(text, 20, limit)
    if run_in is None:
        # '… Programme in St. LuciaThe Board of Directors …': a page's paragraphs joined with no space at all, the
        # title's last word glued to the text's first (a lower-case letter, then a capital opening a word)
        stop = _WORD_THEN_STOP.search(text, 0, 200)
        run_in = _GLUED_WORDS.search(text, 20, stop.start() if stop else 200)
        if run_in is None or text[:run_in.start()].rsplit(None, 1)[-1] + text[run_in.end():].split(None, 1)[0] \
                in text[run_in.end():]:
            return None  # (a name written in camel case - YouTube, PowerPoint - recurs as it is)
    title, rest = text[:run_in.start()], text[run_in.end():]
    if title.rsplit(None, 1)[-1].lower() not in lex.stopwords and len(title.split()) >= 5 and len(rest) >= _LONG_REST \
            and _heads_the_text(title, rest, lex, above, fewest=4):
        return title
    return None


_GLUED_WORDS = fastre.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z])")
_WORD_THEN_STOP = fastre.compile(r"[a-z]{3}[.!?]\s")  # a sentence's end, not an abbreviation's (St. Lucia, Dr. Lee)


def _heads_the_text(title, rest, lex, above, fewest):
    """The words before a cut head the text after it: enough of their own keys (`fewest`), not printed above
    already, and recurring in the text."""
    own = keys(title, lex)
    return len(own) >= fewest and not _printed_above(own, above) and _recurs_below(own, rest)


def _printed_above(own, above):
    """Half the title's words or more stand in the lines above: it is printed there already."""
    return bool(above) and sum(k in above for k in own) >= 0.5 * len(own)


def _recurs_below(own, rest):
    """A third of the title's words or more recur in the text after it (its first 1,500 characters)."""
    rest_text = rest[:1500].lower()
    return sum(k in rest_text for k in own) >= 0.35 * len(own)
