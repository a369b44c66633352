"""The segmenter's working state: the lines, the role and reason chosen for each, and what the rules found."""
from __future__ import annotations

from .. import fastre
from ..lexicon.common import matches
from ..model import Dateline
from .dates import parse_datetime
from .body import ends_sentence
from .lines import KO_LEFT_OPEN, is_sentence_like


class Draft:
    __slots__ = ("lines", "lex", "roles", "reasons", "headline", "body_start", "tail_start", "first_prose",
                 "datelines", "contact_groups", "fragments", "wire", "bylines", "headline_text",
                 "headline_guessed", "headline_reason", "embargo", "embargo_line", "embargo_precision", "paired",
                 "prose", "pins", "title_box", "text_ends", "deck_ends", "line_values", "line_relevance",
                 "blank_share", "reported", "next_release", "wrap_width", "printed_first", "tail_dated")

    def __init__(self, lines, lex, roles, reasons, pins=None):
        self.lines = lines
        self.lex = lex
        self.roles = roles                  # per line: the role chosen, None while unclaimed
        self.reasons = reasons              # per line: why
        self.headline = None                # index of the headline line
        self.body_start = None
        self.tail_start = None
        self.next_release = None            # where a second release on the page starts, after the article
        self.tail_dated = False             # the article ends at a date alone under its text (the page's stamp)
        self.wrap_width = 0                 # the width the text was hard-wrapped at (lines.wrap_width), or 0
        self.first_prose = None
        self.datelines = []                 # (priority, index, Dateline)
        self.contact_groups = []            # lists of line indices
        self.fragments = {}                 # index -> pieces of a line moved to `stripped`
        self.wire = None                    # split of the first body line
        self.bylines = []                   # (index, text)
        self.headline_text = None
        self.headline_guessed = False
        self.headline_reason = ""
        self.embargo = None                 # Embargo, from the most precise embargo line
        self.embargo_line = None
        self.embargo_precision = -1
        self.paired = {}                    # value line -> the label line it belongs to
        self.prose = []                     # per line: reads as running text
        self.pins = pins or {}              # line index -> the role an editor pinned it to (see pins.py)
        self.title_box = []                 # the headline's lines in the layout's title box (layout.py)
        self.text_ends = None               # where the layout says the release's text is over (a contact table)
        self.deck_ends = None               # where the global decision starts the body (decode.py)
        self.printed_first = None           # the title's first printing, when the headline is its second (decode.py)
        self.line_values = []               # per line: the evidence that it is the article's text (decode.py)
        self.line_relevance = []            # per line: the share of its words the document's text uses elsewhere
        self.blank_share = None             # the share of lines with a blank line above (blank_separated)
        self.reported = None                # a reporter's credit stands in the document (contact._reported)

    def free(self, i):
        return self.roles[i] is None

    def claim(self, i, role, reason):
        if self.roles[i] is None:
            self.roles[i] = role
            self.reasons[i] = reason
            return True
        return False

    def line(self, i):
        return self.lines[i]

    def overrule(self, i, role, reason):
        """Change the role a rule gave line i (None frees it again), unless an editor pinned the line."""
        if i in self.pins:
            return False
        self.roles[i], self.reasons[i] = role, reason
        return True

    def pinned_lines(self, role):
        """The lines an editor pinned to this role, in order."""
        return sorted(i for i, pinned in self.pins.items() if pinned == role) if self.pins else []


# an office held by one person, whose name heads a letterhead or signs a statement (English)
OFFICE_HELD = (r"(?:sheriff|governor|lieutenant governor|mayor|attorney general|district attorney|state attorney|"
               r"county (?:executive|judge|attorney)|comptroller|auditor|treasurer|secretary of state|superintendent|"
               r"commissioner|chief of police|police chief|fire chief|senator|representative|councillor|council ?member)")


def label_text(line):
    """The line as a label: letter-spacing undone, bullet dropped."""
    return line.label


def demote(d, i, reason):
    """Strip line i, and the value line paired with it (보도일시 / its date below), as not chosen."""
    d.overrule(i, "stripped", reason)
    for value, label in d.paired.items():
        if label == i:
            d.overrule(value, "stripped", reason)


RUNNING_HEAD = "a running head, printed again at each page break"  # the reason boilerplate gives such a copy
CUT_OFF = "a sentence the copy cut off"  # the copy ends mid-sentence: the article is truncated
RELEASE_LABEL = "release header label"  # the reason given NEWS RELEASE, 보도자료 (meta.claim_release_label)
_RELEASE_KIND = fastre.compile(r"(?i)(?:(?:news|press|media)\s+(?:release|statement|advisory)|보도(?:참고|설명)?자료)")
RELEASE_KIND_FIRST = fastre.compile(_RELEASE_KIND.pattern + r"\s*[–—:|-]\s*\S")


def opens_a_release(d, i):
    """Line i is the label of a release proper (NEWS RELEASE, 보도자료), not a number or a case reference; or
    the label and its embargo on one line (PRESS RELEASE – EMBARGOED UNTIL 00:01 THURSDAY 6 MARCH)."""
    label = d.lines[i].label
    return d.reasons[i] == RELEASE_LABEL and _RELEASE_KIND.fullmatch(label) is not None \
        or d.roles[i] == "embargo" and RELEASE_KIND_FIRST.match(label) is not None


def claim_date_line(d, i, reason, priority=2, place=None):
    """A line that is only a date (or a place and a date): a dateline candidate (the best one wins in `build`)."""
    d.claim(i, "dateline", reason)
    add_dateline(d, i, priority, place)


def add_dateline(d, i, priority=2, place=None):
    """Line i's date as a dateline candidate, whatever role the line keeps (a date cell inside a contact block)."""
    line = d.lines[i]
    date, time = parse_datetime(line.content)
    d.datelines.append((priority, i, Dateline(text=line.content, date=date, time=time, place=place)))


def is_release_meta(line, lex):
    text = label_text(line)
    return matches(lex.release_labels, text) or matches(lex.embargo_patterns, text) or matches(lex.date_cues, text)


def ends_open(d, i):
    text = d.lines[i].content
    return d.lex.dangling_end.search(text) is not None or d.lex.lang == "ko" and KO_LEFT_OPEN.search(text) is not None


def _blank_share(d):
    if d.blank_share is None:
        lines = d.lines
        d.blank_share = sum(1 for line in lines if line.blank_before) / len(lines) if len(lines) >= 10 else 0.0
    return d.blank_share


def blank_separated(d):
    """The text puts a blank line between its paragraphs (text taken from PDF and HWP files, e-mail): lines
    that follow each other without one are a paragraph broken at the page width."""
    return _blank_share(d) >= 0.4


def blank_between_all(d):
    """A blank line after every line (some exports write each line as a paragraph): a gap then says nothing
    about where a paragraph ends."""
    return _blank_share(d) >= 0.85


# a Korean headline's last word: the plain form of a verb with no full stop (늘린다, 연다, 나선다), or the verbal
# noun a headline stops on (… 월 120만 원까지 지원, … 15곳 선정)
TITLE_VERBAL_NOUNS = (r"지원|추진|개최|운영|시행|실시|확대|선정|도입|마련|발표|착수|완료|개통|개장|출범|돌입|강화|신설|개편|확정|"
                      r"체결|개소|개관|모집|선발|조성|구축|설치|건립|공급|개발|출시|배치|점검|격려|참석|방문|제시|제안|당부|"
                      r"강조|논의|선포|발간|수상|전달")
TITLE_VERB_END = fastre.compile(r"[가-힣]다$|(?:" + TITLE_VERBAL_NOUNS + r")$")


_SHORT_TITLE_LINE = 40


def sentence_ends_below(d, i):
    """The lines right under line i (no bullet; no gap, unless the text has one after every line) finish a
    sentence within a few lines: line i opens a paragraph wrapped at the page width."""
    text = d.lines[i].content
    for k in range(i + 1, min(i + 7, len(d.lines))):
        line = d.lines[k]
        if line.blank_before and not blank_between_all(d) or line.marker:
            return False
        # the sentence as joined so far: a short last line (… Scholarship program.) finishes a long one
        text = f"{text} {line.content}"
        if is_sentence_like(line.content, d.lex) or is_sentence_like(text, d.lex):
            return True
        if d.lex.lang == "ko" and len(line.content) <= _SHORT_TITLE_LINE and TITLE_VERB_END.search(line.content):
            return False  # … 주제 내걸고 / … 방안 제시: a short line closing as titles do - a stack of subtitles
    return False


def marker_again_after_text(d, i, limit):
    """Line i, running text right under it, and its marker again below after running text: i opens one of the
    text's sections (■ one topic of a briefing, its text, ■ the next), where subtitles with one marker stand
    together (◆ … / ◆ … over the text)."""
    marker = d.lines[i].marker
    if i + 1 >= limit or d.lines[i + 1].marker or not d.prose[i + 1] or i and d.lines[i - 1].marker == marker:
        return False
    seen_text = False
    for k in range(i + 1, limit):
        if seen_text and d.lines[k].marker == marker:
            return True
        seen_text = seen_text or bool(d.prose[k]) and not d.lines[k].marker
    return False


_KO_ENUMERATORS = "가나다라마바사아자차카타파하"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮"
_ENUMERATOR = fastre.compile(r"([(\[]?)(\d{1,2}|[가-하]|[①-⑮])([.)\]]?)")


def next_enumerator(marker):
    """'가.' -> '나.', '(1)' -> '(2)', '①' -> '②': the marker the next item of a numbered list opens with, or None."""
    found = _ENUMERATOR.fullmatch(marker or "")
    if found is None:
        return None
    before, value, after = found.groups()
    if value.isascii():  # (① counts as a digit too)
        following = str(int(value) + 1)
    else:
        sequence = _KO_ENUMERATORS if value in _KO_ENUMERATORS else _CIRCLED if value in _CIRCLED else ""
        place = sequence.find(value)
        if place < 0 or place + 1 >= len(sequence):
            return None
        following = sequence[place + 1]
    if not (before or after) and following not in _CIRCLED:
        return None  # a bare number or letter is no marker of a list
    return before + following + after


_TEXT_ABOVE_LIST = 3  # lines: the text's sentence that announces the list, and the list's label


def numbered_section_after_text(d, i, limit):
    """Line i opens a numbered list inside the text (running text just above it) and its next number opens a line
    below, after running text ('□ 의결 안건 3건이 상정되었음.' / '가. …' / text / '나. …'): the first of the text's
    numbered items, never the title over them (a bulleted sentence is text too). (A listing's '1. Media Invitation: …' with no text above it is
    the page's first release.)"""
    following = next_enumerator(d.lines[i].marker)
    if following is None or not any(d.prose[k] or d.lines[k].marker and is_sentence_like(d.lines[k].content, d.lex)
                                    for k in range(max(0, i - _TEXT_ABOVE_LIST), i)):
        return False
    seen_text = False
    for k in range(i + 1, limit):
        if seen_text and d.lines[k].marker == following:
            return True
        seen_text = seen_text or bool(d.prose[k])
    return False


def wrapped_english_paragraph(d, i):
    """… lock away up to 40% more carbon, overturning the / assumption that …: an English line that does not
    end a sentence, the next one going on in lower case and a sentence ending below: a paragraph wrapped."""
    lex = d.lex
    if lex.lang != "en" or i + 1 >= len(d.lines) or ends_sentence(d.lines[i].content, lex):
        return False
    nxt = d.lines[i + 1]
    if nxt.marker or lex.continuation_start.match(nxt.content) is None:
        return False
    # (a blank line between means nothing where the copy has one after every line, or where the next line ends
    # the sentence and starts another: … has been / lifted and … can resume. The Water and - unless that line is
    # the page's own: '… click here. The announcement is also …' under a title)
    return (not nxt.blank_before or blank_between_all(d)) and sentence_ends_below(d, i) \
        or d.roles[i + 1] is None and _SENTENCE_ENDS_INSIDE.search(nxt.content) is not None


_SENTENCE_ENDS_INSIDE = fastre.compile(r"[a-z]{2}[.!?][”\"’]?\s+[A-Z]")


def runs_into_sentence(d, i):
    """Korean running text broken at the page width: line i stops open (or fills the width where paragraphs
    are set apart by blank lines) and the lines right under it go on until a sentence ends. The first line
    of a paragraph: not a title, not a subtitle."""
    filled = len(d.lines[i].content) >= 35 and blank_separated(d) and not blank_between_all(d)
    return d.lex.lang == "ko" and (ends_open(d, i) or filled) and not _short_over_long(d, i) \
        and sentence_ends_below(d, i)


_SHORT_OVER_LONG = 0.5  # a line wrapped at a width fills it: a line this share of the next one's length fills none


def _short_over_long(d, i):
    """6월 16일 부여 시작 11월까지 over a paragraph twice its length: a line that stops on a particle (까지) yet fills
    no width the text below wraps at is a subtitle or a title, not the first line of that paragraph."""
    if i + 1 >= len(d.lines):
        return False
    size, below = len(d.lines[i].content), len(d.lines[i + 1].content)
    return size < 25 and size < _SHORT_OVER_LONG * below


def text_width(d):
    """How long the text's lines run: where a page width wraps them, about that width; in a copy whose
    paragraphs are one line each, far longer than any subtitle (a subtitle there fills no width)."""
    sizes = sorted(len(line.content) for i, line in enumerate(d.lines) if d.prose[i])
    return sizes[len(sizes) * 3 // 4] if sizes else 0
