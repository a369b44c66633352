"""What every language shares: bullets, end marks, phones, e-mails, web addresses."""
import re
from typing import NamedTuple

try:  # the parser behind re, for a pattern's width
    import re._constants as _sre_constants
    import re._parser as _sre_parse
except ImportError:  # Python < 3.11
    import sre_constants as _sre_constants
    import sre_parse as _sre_parse

from .. import fastre

# Markers of a note rather than a list item.
NOTE_MARKERS = ("※", "*", "주)", "☞")
# Glyphs that, glued to the next word inside a sentence, enumerate rather than start a list.
INLINE_ENUMERATORS = "△▲▶"

BULLET = fastre.compile(
    r"^(?:"
    r"(?P<glyph>[•●◦∙·ㆍ○◎◇◆◈◉❖□■▣▲△▴▵▶▷►▸▹▪▫❍❏❑➢➤✓✔☞→⇒※ㅇ](?=\s|$)|[•●◦∙○◎◇◆◈◉❖□■▣▲△▶▷►▸▹▪▫❍❏❑➢➤✓✔☞※]|[-–—−ㅡ*olØ](?=\s))"  # o, l, Ø: Symbol and Wingdings bullets pasted as letters
    # (not an area code in brackets before its number: (07) 3015 2444, (02) 2133-7000)
    r"|(?P<number>(?!\(0\d\)\s*\d{3,4}[\s.-]?\d{4}(?!\d))(?:\(?\d{1,2}[.)](?!\s\d{1,2}(?:\s*[.월]|\s))|\(\d{1,2}\)|[①-⑳]|[가-하][.)]|\([가-하]\)|[a-z][.)]|[ivx]{1,4}\.)(?=\s))"
    r")\s*")

END_MARK = fastre.compile(
    # (… or the line a statutory board closes its release with: Issued by the Hawker Centres Board on 4 November 2025;
    # ### End Release. Thank you.: the mark spelt out after it)
    r"^(?:issued by\s+(?:the\s+)?\w[^.!?]{2,100}?\s+on\s+\d{1,2}\s+[a-z]+,?\s+\d{4}\.?|#(?:\s*#)*(?:\s*end(?:\s+of)?\s+(?:the\s+)?(?:release|statement|advisory)\.?(?:\s+thank\s+you\.?)?)?|-+\s*30\s*-+|(?-i:-\s*(?!MORE\b)[A-Z]{2,6}\s*-)|\*\s*\*\s*\*|-?\s*ends?\s*-?|-\s*끝\s*-|<\s*끝\s*>|\(\s*끝\s*\)|/\s*끝\s*/|=+\s*끝\s*=+|\[\s*끝\s*\]|끝\s*\.)$", re.I)

PAGE_MARK = fastre.compile(r"^(?:[-–—]\s*\d{1,3}\s*[-–—]|\d{1,3}\s*/\s*\d{1,3}|page\s+\d+(?:\s+of\s+\d+)?|\d{1,3}\s*쪽)$", re.I)

# also a table's box drawn in text, and a text table's rows of bars and dashes (---|---|---, ||||)
RULE_LINE = fastre.compile(r"^[_=~\-–—*#.·•\s─━═┌┐└┘├┤┬┴┼│┃╔╗╚╝╠╣╦╩╬|:]{4,}$")

class NeedsChar:
    """A pattern that cannot match text without one character in it (an e-mail's @): most lines lack
    it, and `in` answers in a fraction of the time a search over the line takes."""
    __slots__ = ("pattern", "char")

    def __init__(self, pattern, char):
        self.pattern = pattern
        self.char = char

    def search(self, text):
        return self.pattern.search(text) if self.char in text else None

    def fullmatch(self, text):
        return self.pattern.fullmatch(text) if self.char in text else None

    def findall(self, text):
        return self.pattern.findall(text) if self.char in text else []

    def finditer(self, text):
        return self.pattern.finditer(text) if self.char in text else iter(())

    def sub(self, replacement, text):
        return self.pattern.sub(replacement, text) if self.char in text else text


EMAIL = NeedsChar(fastre.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "@")
URL = fastre.compile(r"(?:https?://|www\.)[^\s<>()]+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|go\.kr|or\.kr|co\.kr|kr|uk|ca|au|edu)(?:/[^\s<>()]*)?\b", re.I)

# Phone numbers as written: 02-2133-5212, 2133-5212, 044- 200- 2083, (02) 123-4567, 301-600-1385,
# +82 2 2133 5212, 613.957.0200, 020 7946 0000, +32 2 295 5555, 1-800-555-0199. Validated by digit count afterwards.
PHONE = fastre.compile(
    r"(?<![\w.@/-])(?:"
    r"\+\s?\d{1,3}[\s.-]?(?:\(\d{1,4}\)\s?)?\d{1,4}(?:[\s.-]\d{1,5}){1,4}"  # +32 2 295 5555, +32 2 29 58412, +44 (0)20 7946 0000
    r"|\+\d{9,15}"                                               # +211912171681: an international number in one run
    r"|1[\s.-]\d{3}[\s.-]\d{3}[\s.-]\d{4}"                      # 1-800-555-0199
    r"|0\d{4}\s\d{5,6}"                                          # 01685 555410
    r"|0\d{1,3}\s\d{5,7}"                                        # 028 55501, 01 6789012 (Irish area codes)
    r"|0\d{2,4}-\d{6,8}"                                         # 0891-2746301, 040-23456789 (Indian STD codes)
    r"|\(0\d{1,4}\)\s?\d{5,8}"                                   # (086) 2513639: a trunk code in brackets, the rest in one run
    r"|[2-9]\d{2}\s?/\s?\d{3}-\d{4}"                             # 512/ 463-5770: a US area code before a slash
    r"|(?:\+\s?\d{1,3}[\s.-]{0,2})?"
    r"(?:\(\s?\d{1,4}\s?\)[\s.-]{0,2})?"
    r"(?:0\d{4}|\d{2,4})(?:\s?[-.)]\s{0,2}\d{2,4}|\s\d{3,4}){1,3}"   # a UK area code has five digits: 01685 555 410
    r")(?:\s?(?:ext\.?|x|내선)\s?\d{1,5})?"
    r"(?![\w@]|[-.]\d)", re.I)

_TWO_DIGITS = fastre.compile(r"\d\d")

# a message of a messenger's chat export: [sender] [오후 2:05] …, [Jane Doe] [2:05 PM] …
CHAT_PREFIX = r"\[[^\[\]]{1,30}\]\s*\[(?:(?:오전|오후)\s*\d{1,2}:\d{2}|\d{1,2}:\d{2}\s*[AaPp][Mm])\]"
CHAT_HEAD = fastre.compile(CHAT_PREFIX)  # a line that is only a message's sender and time

# a date in figures, year first (2024-04-19, 2017.12.19, 2024/4/19): what a board prints beside its posts
YMD_FIGURES = r"(?:19|20)\d{2}[-./]\s?\d{1,2}[-./]\s?\d{1,2}"
DATE_LIKE = fastre.compile(r"^" + YMD_FIGURES + r"$")


_ESCAPE = fastre.compile(r"\\.")


def _has_case(pattern):
    """The pattern holds a letter with upper and lower case (escapes such as \\s and \\W aside)."""
    bare = _ESCAPE.sub("", pattern)
    return bare.lower() != bare.upper()


# A cue that must end the line and is at most this long is looked for only over the line's last characters
# (whitespace collapsed, as the segmenter's lines are): a search tries every position of the line with every
# floating cue, and most lines are far longer than such a cue.
_WIDEST_AT_END = 100
_ANY_SPACE = fastre.compile(r"\\s[*+]")


def _width_at_end(pattern, flags=0):
    """How many characters a match can span, when the pattern only matches at the end of the line ($, no
    alternative without it) and is short; else None. Read from the parsed pattern, a run of spaces counted
    as at most three."""
    if not pattern.endswith("$") or pattern.endswith("\\$") or "^" in pattern:
        return None
    try:
        parsed = _sre_parse.parse(_ANY_SPACE.sub(r"\\s{0,3}", pattern), flags)
    except Exception:  # noqa: BLE001 - not ours to judge here: the pattern is compiled (and fails) below
        return None
    top_branch = len(parsed.data) == 1 and parsed.data[0][0] is _sre_constants.BRANCH
    widest = parsed.getwidth()[1]
    return None if top_branch or widest > _WIDEST_AT_END else widest


_NEVER = re.compile(r"(?!)").match


def _case_flags(pattern, flags):
    """flags, without IGNORECASE when no letter of the pattern has a case: the flag makes every character
    compare slower (Korean cues of a list that also holds a few English ones)."""
    return flags & ~re.I if flags & re.I and not _has_case(pattern) else flags


class Cues:
    """A cue list compiled for speed: a few alternations instead of one pattern per cue.

    Patterns starting with ^ are cues at the start of a line; the rest may occur anywhere.
    `match(text)` asks for a cue at the start, `search(text)` for an anchored cue at the start or any other
    cue anywhere; a short cue that ends the line ($) is searched for only near the line's end.

    Compiled on first use: most lists are asked only one of the two questions, some (the other language's)
    none in a run, and every program loaded at start-up costs time.
    """
    __slots__ = ("sources", "_flags", "match", "search")

    def __init__(self, patterns, flags=re.I):
        self.sources = tuple(dict.fromkeys(patterns))  # a cue both languages list is asked once
        if flags & re.I and not any(_has_case(p) for p in patterns):
            flags &= ~re.I  # 보도자료, 배포: no letter has a case, and matching without the flag runs ~1.5x faster
        self._flags = flags
        self.match = self._first_match
        self.search = self._first_search

    def _first_match(self, text):
        either = "|".join(f"(?:{p[1:] if p.startswith('^') else p})" for p in self.sources)
        self.match = fastre.compile(either, self._flags).match if either else _NEVER
        return self.match(text)

    def _first_search(self, text):
        self.search = _searcher(self.sources, self._flags)
        return self.search(text)


def _searcher(patterns, flags):
    """search(text) of a cue list: anchored, ending and floating cues apart (one pattern of all runs slower:
    the start anchor blocks the engine's fast scan, every alternative is tried at every position, and the
    line's end is all an ending cue needs)."""
    widths = {p: fastre.derived("width at end", p, flags, _width_at_end) for p in patterns if not p.startswith("^")}
    anchored = "|".join(f"(?:{p[1:]})" for p in patterns if p.startswith("^"))
    ending = "|".join(f"(?:{p})" for p, width in widths.items() if width is not None)
    floating = "|".join(f"(?:{p})" for p, width in widths.items() if width is None)
    window = max((width for width in widths.values() if width is not None), default=0) + 1
    anchored_at = fastre.compile(anchored, flags).match if anchored else _NEVER
    ending_in = fastre.compile(ending, _case_flags(ending, flags)).search if ending else None
    floating_in = fastre.compile(floating, _case_flags(floating, flags)).search if floating else None

    def search(text):
        found = anchored_at(text)
        if found is not None:
            return found
        if ending_in is not None:
            end = len(text) - window
            # search(text, pos) still sees the text before pos: look-behinds and \b behave as before
            found = ending_in(text, end) if end > 0 else ending_in(text)
            if found is not None:
                return found
        return floating_in(text) if floating_in is not None else None
    return search


class AtLineEnd:
    """A pattern anchored at the end ($), searched only over the last characters of the text.

    A search for "…\\s*$" otherwise tries every position of a long paragraph (12 µs for an English one).
    Lines reach the segmenter with their whitespace collapsed, so a match is never longer than the window;
    search(text, pos) still sees the text before pos (look-behinds and word boundaries behave as before).
    """
    __slots__ = ("pattern", "window")

    def __init__(self, pattern, flags=0, window=32):
        self.pattern = fastre.compile(pattern, flags)
        self.window = window

    def search(self, text):
        end = len(text.rstrip())
        return self.pattern.search(text, end - self.window if end > self.window else 0)


def matches(pattern, text):
    """True when the cue pattern (one alternation) occurs in text."""
    return pattern.search(text) is not None


def phones_in(text):
    """Phone numbers in text, as written; dates, years and short counts are not phones."""
    if _TWO_DIGITS.search(text) is None:
        return []  # every phone has a run of digits; most lines have none (one quick scan)
    if "처" in text or "화" in text:
        text = _PHONE_LABEL_GLUED.sub(r"\1 ", text)  # 연락처052-229-3456: a board's cell name run into the number
    found = []
    for match in PHONE.finditer(text):
        value = match.group().strip(" .-)")
        if "(" in value and ")" not in value:
            value = value.replace("(", "").strip()
        digits = fastre.sub(r"\D", "", value)
        if not 7 <= len(digits) <= 15 or DATE_LIKE.match(value) or _DAY_MONTH_YEAR.match(value) \
                or _DAY_OVER_YEAR_MONTH.match(value):
            continue
        if fastre.match(r"^(?:19|20)\d{2}[-.]\d{1,2}$", value) or _year_range(value):
            continue
        if _REGISTRATION_NUMBER.search(text[:match.start()]):
            continue  # ABN 47 861 230 594, 사업자등록번호 123-45-67890: a registration number, no phone
        found.append(value)
    return found


# 10-08-2008, 3.5.2021: a day, a month and a year (a phone's groups never run two, two, then a year)
_DAY_MONTH_YEAR = fastre.compile(r"(?:0?[1-9]|[12]\d|3[01])([-./])(?:0?[1-9]|[12]\d|3[01])\1(?:19|20)\d{2}$")
# 02 2026-01: a board card's day, then its year and month (no phone's last group is a month after a year)
_DAY_OVER_YEAR_MONTH = fastre.compile(r"(?:0?[1-9]|[12]\d|3[01])\s(?:19|20)\d{2}[-./](?:0?[1-9]|1[0-2])$")
_PHONE_LABEL_GLUED = fastre.compile(r"(연락처|전화|전화번호)(?=\d)")


def _year_range(value):
    """2017-2019, 1998-2024: the years a title or a programme spans, no phone."""
    m = fastre.fullmatch(r"((?:19|20)\d{2})\s?-\s?((?:19|20)\d{2})", value)
    return m is not None and 0 < int(m.group(2)) - int(m.group(1)) <= 50


# the name of a registration number right before it: a business's, a charity's, a tax number
_REGISTRATION_NUMBER = AtLineEnd(r"(?i)(?:\bABN|\bACN|\bARBN|\bEIN|\bVAT(?:\s*(?:no|reg(?:istration)?)\.?)?|\bGST(?:\s*no\.?)?|"
                                 r"(?:company|charity|registration|reg\.|registered)\s*(?:no\.?|number)|사업자\s*(?:등록\s*)?번호|"
                                 r"법인\s*(?:등록\s*)?번호)\s*[:：#]?\s*$")


def blank_phones(text):
    """(text with each phone number in it replaced by a space, the phone numbers): what is left besides them."""
    phones = phones_in(text)
    for phone in phones:
        text = text.replace(phone, " ")
    return text, phones


class Lexicon(NamedTuple):
    """Cue words and patterns for one language; every field is data, no logic."""
    lang: str
    chrome_exact: frozenset            # whole lines that are site chrome (compared lowercased, spaces removed)
    # each cue list is a Cues: the patterns of the language module compiled as two alternations
    chrome_patterns: Cues              # a match anywhere makes the line chrome
    tail_starts: Cues                  # where the article is over (related lists, about, copyright)
    story_lists: Cues                  # the header of a list of other stories (most read, related articles)
    release_labels: Cues               # header labels such as 보도자료 / FOR IMMEDIATE RELEASE
    contact_labels: Cues               # the start of a contact line or block
    contact_block_label: re.Pattern    # a block's opening label, removed before its people are read
    contact_field_labels: re.Pattern   # labels inside a contact line (담당자, 전화, Tel:, E-mail:), blanked out
    not_names: frozenset               # short words of contact lines that are never a person's name
    not_contact_labels: Cues           # labels of header rows that are not the story's contact (배포)
    attachment_labels: Cues
    embargo_patterns: Cues
    date_cues: Cues                    # a line that is a date/registration line
    byline_patterns: Cues
    caption_patterns: Cues
    note_blocks: Cues                  # labels that open editorial notes inside the body (Media opportunity)
    report_box_labels: Cues            # the heading of a box quoting the media report a release answers
    appendix_labels: Cues              # a cell or line that is only an appendix's label (붙임 1, 별첨, Annex A)
    appendix_headings: Cues            # an appendix's numbered label and its title (참고 1 대회 개요, Annex A: Key dates)
    titles: tuple                      # job titles, longest first
    department_suffixes: tuple
    team_suffixes: tuple
    sentence_end: AtLineEnd
    continuation_start: re.Pattern     # a line that starts like the rest of a broken sentence
    dangling_end: AtLineEnd            # a line that ends where no sentence or title can (a particle, "the")
    verb_left_open: object             # a title's line stopping on a verb that needs what follows (Announces), or None
    stopwords: frozenset
    issuer_name: re.Pattern            # a line that is only an organisation's name (the letterhead over a label)
    # function words: what running text is made of and menus, buttons and lists of links are not (jusText's
    # cue). English: the words themselves. Korean: the particles and endings that close a word (시민들이, 연다)
    function_words: frozenset
    fact_labels: Cues                  # the labels of an event's facts (When / Where, 일시 / 장소): the body's own lines
    function_ending: object            # a pattern searched at a word's end, or None
