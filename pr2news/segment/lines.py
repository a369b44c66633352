"""Lines as the segmenter sees them: text, bullet marker, shape predicates."""
from __future__ import annotations

from .. import fastre
from ..lexicon.common import BULLET, PAGE_MARK, RULE_LINE, AtLineEnd
from .dates import is_date_only

_LETTER_SPACED = fastre.compile(r"^(?:[가-힣·ㆍ]\s+){1,}[가-힣·ㆍ]$")
_LATIN_SPACED = fastre.compile(r"^(?:[A-Za-z] ){4,}[A-Za-z]$")
# board pages print fields as "작성일 | 2026-03-05" or "Date | March 3": read the bar as a colon
_BOARD_FIELD = fastre.compile(r"^([가-힣]{1,6}|[A-Za-z]+(?: [A-Za-z]+){0,2})\s*\|\s*(?=\S)")
LABEL_LINE = fastre.compile(r"^(?:[A-Z][A-Za-z]{1,15}(?: [A-Za-z]{1,15})?|[가-힣]{1,6}(?: [가-힣]{1,6})?)\s*[:：]\s*\S")  # WHO: …, 일시: …


class Line:
    """One non-blank input line (or one line of a multi-line Word paragraph)."""
    __slots__ = ("index", "block", "text", "marker", "content", "label", "date_only")

    def __init__(self, index, block, text, marker, content, label="", date_only=False):
        self.index = index            # position among the lines
        self.block = block            # the reader's Block it came from
        self.text = text              # as written, inner whitespace collapsed
        self.marker = marker          # leading bullet or number, e.g. "•", "□", "1.", "• -"; or None
        self.content = content        # text without the marker (and without a closing " -" of "- subtitle -")
        self.label = label            # the content with letter-spacing undone: what label cues are matched on
        self.date_only = date_only    # the content is a date (and time) and nothing else

    def __repr__(self):
        return f"Line({self.index}, {self.text!r}, marker={self.marker!r})"

    @property
    def blank_before(self):
        return self.block.blank_before

    @property
    def where(self):
        return self.block.where


_DIGIT = fastre.compile(r"\d")
# a page number or a rule line: one pattern, asked of every line
_PAGE_OR_RULE = fastre.compile(f"(?:{PAGE_MARK.pattern})|(?:{RULE_LINE.pattern})", PAGE_MARK.flags)


def _has_digit(text):
    return _DIGIT.search(text) is not None


def collapse(text):
    # already single-spaced (the usual case): printable means no whitespace but the ASCII space
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


_MASK_GLYPHS = "○●◎◇◆□■△▲☆★◯"


# what a bullet or a number can open with (BULLET's first characters); other lines skip the pattern
_MARKER_STARTS = frozenset("•●◦∙·ㆍ○◎◇◆◈◉❖□■▣▲△▴▵▶▷►▸▹▪▫❍❏❑➢➤✓✔☞→⇒※ㅇ-–—−ㅡ*olØ(0123456789ivx①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")


def split_marker(text):
    """('•', 'rest') for a bulleted line; stacked markers such as '• -' come back together."""
    if text[:1] not in _MARKER_STARTS and text[1:2] not in (".", ")"):
        return None, text  # not a glyph, a number or an item letter ('가.', 'a)')
    markers = []
    rest = text
    for _ in range(3):
        if rest[:1] and rest[:1] in _MASK_GLYPHS and rest[1:2] == rest[:1]:
            break  # ○○○ 소방본부장은: a name masked by repeated glyphs, not stacked bullets
        match = BULLET.match(rest)
        if not match or match.end() == 0:
            break
        markers.append(match.group().strip())
        rest = rest[match.end():]
        if not rest.strip():
            break
    if not markers or not rest.strip():
        return None, text
    marker = " ".join(markers)
    content = rest.strip()
    if markers[-1] in ("-", "–", "—", "−", "ㅡ") and fastre.search(r"\s[-–—−ㅡ]$", content):
        content = content[:-1].rstrip()      # "- subtitle -"
    return marker, content


def prepare(blocks):
    """Blocks -> Lines, splitting multi-line blocks and reading bullet markers."""
    lines = []
    for block in blocks:
        raw = block.text
        parts = [p for p in raw.split("\n") if p.strip()] if "\n" in raw else [raw] if raw.strip() else []
        for n, part in enumerate(parts):
            text = collapse(part)
            lines.append(make_line(len(lines), block if n == 0 else _continued(block), text, first=n == 0))
    return lines


def make_line(index, block, text, first=True):
    """One Line from its (collapsed) text: the marker read, the label prepared."""
    if _PAGE_OR_RULE.match(text):
        marker, content = None, text
    elif block.list_marker and first:
        marker, content = block.list_marker, text
        inner, rest = split_marker(text)
        if inner:  # a typed marker after a Word bullet ("• - subtitle") stacks like "• -" in text
            content = rest
            if inner != block.list_marker:
                marker = f"{block.list_marker} {inner}"
    else:
        marker, content = split_marker(text)
    return Line(index, block, text, marker, content, _label(content if marker else text),
                len(content) <= 60 and _has_digit(content) and is_date_only(content))


def _continued(block):
    return block._replace(blank_before=False)


# Both start with the syllable and look behind it afterwards: a pattern that opens with a character class
# lets the regex engine skip ahead to candidate positions (2.5x faster than opening with (?:^|\s) or (?<!…))
_ONE_SYLLABLE_WORD = fastre.compile(r"[가-힣](?<!\S.)(?!\S)")  # a syllable with space (or nothing) around it
_SPACED_RUN = fastre.compile(r"[가-힣](?<![가-힣].)(?: [·ㆍ]?\s?[가-힣](?![가-힣])){1,}")


def _label(text):
    """What label cues are matched on: letter-spacing undone, a board field's bar read as a colon, the walls
    of a table drawn with box characters (│ 보도일시 │ 2026. …) taken down. (Only for matching: the line's
    text, which the article shows, keeps every character.)"""
    if "│" in text or "┃" in text:
        text = " ".join(text.replace("│", " ").replace("┃", " ").split())
    if text[:1] == "|" and text[-1:] == "|" and len(text) <= _LONGEST_FIELD_ROW:
        # | 연락처 | 02-860-2010 |: a table pasted as Markdown, its outer walls (a page flattened into one long
        # cell is no field row)
        text = text.strip("| ")
    first = text[:1]
    if ("\u2600" <= first <= "\u27bf" or first >= "\U0001f300") and _EMOJI.match(text):
        text = _EMOJI.sub("", text, count=1)  # 📣 NEWS RELEASE, 📌 공지: a post's emoji before its label
    if " / " in text:
        # a label in two languages, the site's own first (Foilsithe / Published: 28/02/2025, Teagmháil / Contact):
        # matched on its second half, the one the lexicons may know
        text = _TWO_LANGUAGE_LABEL.sub("", text, count=1)
    if text[:2] in ("**", "==", "~~"):
        text = text.strip(text[0] + " ")  # *** MEDIA ADVISORY ***: the label inside its decoration
    text = despace(text)
    if text[:1] in "담연전부작" and len(text) <= _LONGEST_GLUED_FIELD:
        # 담당자오미현, 연락처3771-5035, 작성자한수지: a cell's name run into its value
        text = _GLUED_FIELD.sub(r"\1 ", text, count=1)
    return _BOARD_FIELD.sub(r"\1 : ", text, count=1) if "|" in text else text


_LONGEST_FIELD_ROW = 100
# (not a particle after it: 담당자는 …, 연락처를 … are sentences)
_GLUED_FIELD = fastre.compile(r"^(담당\s*부서|담당자|연락처|전화번호|부서명|작성자)(?=[가-힣0-9(])(?![는를가의와도에들을](?:\s|$))")
_LONGEST_GLUED_FIELD = 40
_EMOJI = fastre.compile("[\u2600-\u27bf\U0001f300-\U0001faff\ufe0f]+\\s*")
_TWO_LANGUAGE_LABEL = fastre.compile(r"^[^\W\d_][\w’'-]*(?:\s[\w’'-]+){0,3} / (?=[A-Z][a-z]+(?:\s[\w’'-]+){0,3}(?:\s*[:：]|$))")


def despace(text):
    """보 도 자 료 -> 보도자료, '작 성 문 의 과장 …' -> '작성문의 과장 …', M E D I A -> MEDIA: undo letter-spacing
    of labels (Latin letters only when the whole label is spaced out, its words then run together)."""
    if " " not in text:
        return text
    if text[1:2] == " " and _LATIN_SPACED.match(text):
        return text.replace(" ", "")
    if not _ONE_SYLLABLE_WORD.search(text):
        return text  # no single syllable stands alone: nothing is letter-spaced
    if _LETTER_SPACED.match(text):
        return text.replace(" ", "")
    return _SPACED_RUN.sub(lambda m: m.group().replace(" ", ""), text)



def word_count(text):
    return len(text.split())


# every byte but A-Z a-z: deleting them from UTF-8 leaves the Latin letters (multi-byte characters
# are made of bytes >= 0x80 only, so none of their bytes is mistaken for a letter)
_NOT_LATIN_BYTES = bytes(b for b in range(256) if not (65 <= b <= 90 or 97 <= b <= 122))
# UTF-8 lead bytes of U+A000-U+DFFF, which holds the Hangul syllables (U+AC00-U+D7A3) and, around them,
# scripts no Korean or English release is written in
_HANGUL_LEAD_BYTES = (b"\xea", b"\xeb", b"\xec", b"\xed")


def detect_language(lines):
    """'ko' when Hangul makes up a fair share of the letters, else 'en' (or 'und' with no letters)."""
    # counted on the UTF-8 bytes: C-speed byte counts instead of a character-class regex (4x faster)
    data = " ".join(l.text for l in lines[:400]).encode("utf-8", "surrogatepass")
    hangul = sum(data.count(lead) for lead in _HANGUL_LEAD_BYTES)
    latin = len(data.translate(None, _NOT_LATIN_BYTES))
    if not hangul and not latin:
        return "und"
    return "ko" if hangul >= 0.15 * (hangul + latin) else "en"


# line endings, searched at the end only (see AtLineEnd)
# (a question put by a topic particle alone - 10대 우수 성과는? - is a headline's, running text asks with a verb: 인가?)
_KO_STOP_END = AtLineEnd(r"(?:[가-힣]\s*\.|[가-힣](?<![은는])\s*\?|(?:다|요|죠|까)\s*!)[\"'”’」)]*\s*$")  # "…UP!, 함께해요 누리소통망!" is a slogan
_EN_STOP_END = AtLineEnd(r"[.!?…][\"'”’)]*\s*$")
# a Korean sentence's last syllable, plain or polite (요 after 필, 중, 주, 수, 개, 소 ends a noun - 확인 필요, 매우
# 중요 - not a polite sentence)
KO_DA_YO = r"(?:다|(?<![필중주수개소])요)"
KO_SENTENCE_END = AtLineEnd(KO_DA_YO + r"\s*[.!]?[\"'”’」)]*\s*$")
_KO_DA_STOP = AtLineEnd(r"[가-힣][.?][\"'”’」)]*\s*$")  # a Hangul syllable then a full stop: 밝혔다. 즐겨보자. 인가?
_EN_SENTENCE_END = AtLineEnd(r"[.!?][\"'”’)]*\s*$")


# a Korean line that stops where no title, heading, subtitle or sentence does: on a case or topic particle,
# a connective, a dependent noun (조망할 수) or a numeral waiting for its unit (141.5억)
KO_LEFT_OPEN = AtLineEnd(r"(?:[가-힣)）」』”’](?:을|를|은|는|에|에서|으로|로|와|과|에게|부터|까지|하고|하며|하여|고|며)|[가-힣]\s+수|\d[만억조])\s*$")


_LABEL_THEN_VALUE = fastre.compile(r"^([^:：]{1,24})[:：]\s*\S")


def is_fact_field(line, lex):
    """Location: 2200 block of …, 일시: 3월 5일: one of an event's facts, its label alone before the colon
    (not 'Location Change: …', a title)."""
    labelled = _LABEL_THEN_VALUE.match(line.label)
    if labelled is None:
        return False
    head = labelled.group(1).rstrip()
    found = lex.fact_labels.match(head + ":")
    return found is not None and found.end() > len(head)


def is_prose(line, lex):
    """A line that reads as running text: long enough and built of sentences."""
    text = line.content
    if lex.lang == "ko":
        n = len(text)
        if n < 25:
            return False
        # "…나선다" without a full stop is how Korean headlines end; running text has the stop
        return n >= 70 or bool(_KO_STOP_END.search(text))
    words = word_count(text)
    if words < 7:
        return False
    if _EN_STOP_END.search(text):
        return True
    # a long line with no full stop is running text cut short, unless set in capitals throughout: a heading
    return words >= 22 and not text.isupper()


def runs_on(line, nxt, lex):
    """The next line goes on with this line's sentence: no blank line or list marker between, no full stop
    ending this one (a paragraph hard-wrapped at a page's width)."""
    if nxt.blank_before or nxt.marker:
        return False
    if lex.lang == "ko" and KO_QUOTATIVE.match(nxt.content) and line.content.endswith(("”", '"', "’")):
        return True  # … 바란다” / 고 당부했다.: the particle that quotes it, cut onto the next line
    return not (_KO_STOP_END if lex.lang == "ko" else _EN_STOP_END).search(line.content)


# a Korean quotation's particle opening a line: 고 당부했다., 라며 …, 이라고 …
KO_QUOTATIVE = fastre.compile(r"(?:이?라?고|이?라며|며)\s")


def is_sentence_like(text, lex):
    """Ends like a finished sentence (다. / a full stop)."""
    if lex.lang == "ko":
        return bool(KO_SENTENCE_END.search(text)) and len(text) > 30 or bool(_KO_DA_STOP.search(text))
    return bool(_EN_SENTENCE_END.search(text)) and word_count(text) >= 12


def wrap_width(lines):
    """The width a hard-wrapped text was cut at (a PDF's or a mail's copy: two lines in five or more end within a
    few characters of one width), else 0. A page whose paragraphs are one line each has no such width."""
    sizes = sorted(len(l.content) for l in lines if len(l.content) >= 10)
    if len(sizes) < _FEWEST_WRAPPED:
        return 0
    width = sizes[len(sizes) * 3 // 4]  # the last line of each paragraph and a few wider ones aside
    near = sum(1 for size in sizes if 0.8 * width <= size <= 1.1 * width)
    return width if width <= _WIDEST_WRAP and near * 5 >= 2 * len(sizes) else 0


_FEWEST_WRAPPED = 10
_WIDEST_WRAP = 100
_NARROWEST = 15
FILLED = 0.8  # a line this share of the wrap width or longer fills it


def prose_flags(lines, lex, width=0):
    """is_prose per line, counting a hard-wrapped line (long, continued on the next line) as prose. `width`:
    the width the text was hard-wrapped at (wrap_width), if any."""
    flags = [is_prose(l, lex) for l in lines]
    for i, line in enumerate(lines[:-1]):
        if flags[i]:
            continue
        nxt = lines[i + 1]
        if line.marker:
            # □ 윤다은 보건소장은 “폐렴은 … 만큼 / 예방접종이 …: an item's first line filling the width the text was
            # cut at, its sentence going on under it, is the first line of a wrapped paragraph
            flags[i] = width >= _NARROWEST and len(line.content) >= FILLED * width and not nxt.blank_before \
                and not nxt.marker and (lex.lang == "ko" or lex.continuation_start.match(nxt.text) is not None)
            continue
        if " " not in line.content.strip():
            continue  # one unbroken run (an address: http://…/articleView.html?idxno=…) is no sentence wrapped
        long_enough = len(line.content) >= 35 if lex.lang == "ko" else word_count(line.content) >= 10
        # in a text hard-wrapped at a narrow width, a line that fills the width is as long as lines get
        long_enough = long_enough or width >= _NARROWEST and len(line.content) >= FILLED * width \
            and (lex.lang == "ko" or word_count(line.content) >= 5)
        # Korean has no capitals to tell a wrapped line from a new one; English does
        wrapped = lex.continuation_start.match(nxt.text) or lex.lang == "ko" and (
            flags[i + 1] or len(nxt.content) >= 10 or lex.sentence_end.search(nxt.content) is not None)
        if long_enough and not nxt.blank_before and not nxt.marker and wrapped:
            flags[i] = True
        elif long_enough and lex.dangling_end.search(line.content) and not nxt.marker:
            flags[i] = True
    return flags
