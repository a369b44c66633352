"""What every language shares: bullets, end marks, phones, e-mails, web addresses."""
import marshal
import re
import zlib
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
    # a government's end mark with the day after a slash, Ends/Wednesday, May 13, 2026, and a teleprinter's NNNN;
    # a wire's (끝) with the release's source after it, (끝)출처 : 가온부 보도자료;
    # ### End Release. Thank you.: the mark spelt out after it)
    r"^(?:issued by\s+(?:the\s+)?\w[^.!?]{2,100}?\s+on\s+\d{1,2}\s+[a-z]+,?\s+\d{4}\.?|#(?:\s*#)*(?:\s*end(?:\s+of)?\s+(?:the\s+)?(?:release|statement|advisory)\.?(?:\s+thank\s+you\.?)?)?|-+\s*30\s*-+|(?-i:-\s*(?!MORE\b)[A-Z]{2,6}\s*-)|\*\s*\*\s*\*|-?\s*ends?\s*-?|ends?\s*/\s*[^/]{4,40}|(?-i:NNNN)|-\s*끝\s*-|<\s*끝\s*>|\(\s*끝\s*\)(?:\s*출처\s*[:：]\s*\S.{0,60})?|/\s*끝\s*/|=+\s*끝\s*=+|\[\s*끝\s*\]|끝\s*\.)$", re.I)

# (… and the mark that more pages follow: - more -, -MORE-, (more))
PAGE_MARK = fastre.compile(r"^(?:[-–—]\s*\d{1,3}\s*[-–—]|\d{1,3}\s*/\s*\d{1,3}|page\s+\d+(?:\s+of\s+\d+)?|\d{1,3}\s*쪽|"
                           r"[-–—]+\s*more\s*[-–—]*|\(\s*more\s*\))$", re.I)

# also a table's box drawn in text, and a text table's rows of bars and dashes (---|---|---, ||||)
RULE_LINE = fastre.compile(r"^[_=~\-–—*#.·•\s─━═┌┐└┘├┤┬┴┼│┃╔╗╚╝╠╣╦╩╬|:]{4,}$")

class NeedsChar:
    """A pattern that cannot match text without one character in it (an e-mail's @): most lines lack
    it, and `in` answers in a fraction of the time a search over the line takes. (`also`: other strings
    that let it match, asked only when the character is missing.)"""
    __slots__ = ("pattern", "char", "also")

    def __init__(self, pattern, char, also=()):
        self.pattern = pattern
        self.char = char
        self.also = also

    def _may(self, text):
        return self.char in text or any(other in text for other in self.also)

    def search(self, text):
        return self.pattern.search(text) if self._may(text) else None

    def fullmatch(self, text):
        return self.pattern.fullmatch(text) if self._may(text) else None

    def findall(self, text):
        return self.pattern.findall(text) if self._may(text) else []

    def finditer(self, text):
        return self.pattern.finditer(text) if self._may(text) else iter(())

    def sub(self, replacement, text):
        return self.pattern.sub(replacement, text) if self._may(text) else text


# an address the page hid from robots, as the copy shows it: [email protected] (Cloudflare's), [log in to unmask]
# (a mailing list archive's) - it reaches someone all the same, so it counts as an e-mail where contacts are found,
# though no address is reported for it (see is_address)
_HIDDEN_EMAIL = r"\[email(?:\s|\xa0)?protected\]|\[log in to unmask\]"
EMAIL = NeedsChar(fastre.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|" + _HIDDEN_EMAIL), "@", ("protected]", "unmask]"))


def is_address(email):
    """An e-mail that can be written to, not the mark of one a page hid."""
    return "@" in email


# an image's place as Markdown writes it: ![alt](address)
MARKDOWN_IMAGE = fastre.compile(r"!\[[^\]\n]{0,200}\]\([^)\s]{0,500}\)")
# a page's script call copied as text, its arguments quoted: gtag('config', 'UA-12595121-1');
SCRIPT_CALL = fastre.compile(r"(?:[A-Za-z_$][\w$]*\.)*[A-Za-z_$][\w$]*\((?:'[^']*'|\"[^\"]*\"|[^()'\"])*\);")
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
    r"|\[\d{1,3}[\s-]\d{1,4}\]\s?\d{3,5}(?:[\s-]\d{2,5}){1,2}"        # [43-1] 2600-21273: country and city codes in brackets
    r"|(?:\+\s?\d{1,3}[\s.-]{0,2})?"
    r"(?:\(\s?\d{1,4}\s?\)[\s.-]{0,2})?"
    r"(?:0\d{4}|\d{2,4})(?:\s?[-.)]\s{0,2}\d{2,4}|\s\d{3,4}){1,3}"   # a UK area code has five digits: 01685 555 410
    r")(?:\s?(?:ext\.?|x|내선)\s?\d{1,5}|,\s?ext\.?\s?\d{1,5})?"   # … 0122 ext. 5366, … 0122, ext. 5366
    r"(?![\w@]|[-.]\d)", re.I)

_TWO_DIGITS = fastre.compile(r"\d\d")

# a message of a messenger's chat export: [sender] [오후 2:05] …, [Jane Doe] [2:05 PM] …
CHAT_PREFIX = r"\[[^\[\]]{1,30}\]\s*\[(?:(?:오전|오후)\s*\d{1,2}:\d{2}|\d{1,2}:\d{2}\s*[AaPp][Mm])\]"
CHAT_HEAD = fastre.compile(CHAT_PREFIX)  # a line that is only a message's sender and time

# a date in figures, year first (2024-04-19, 2017.12.19, 2024/4/19): what a board prints beside its posts
YMD_FIGURES = r"(?:19|20)\d{2}[-./]\s?\d{1,2}[-./]\s?\d{1,2}"
# a file's name written in snake case, as an image's is printed where the image was: capital_city_infrastructure_map
SNAKE_CASE_NAME = r"[a-z0-9]+(?:_[a-z0-9]+){2,}"
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


def _case_flags(pattern, flags):
    """flags, without IGNORECASE when no letter of the pattern has a case: the flag makes every character
    compare slower (Korean cues of a list that also holds a few English ones)."""
    return flags & ~re.I if flags & re.I and not _has_case(pattern) else flags


class Cues:
    """A cue list compiled for speed.

    Patterns starting with ^ are cues at the start of a line; the rest may occur anywhere.
    `match(text)` asks for a cue at the start, `search(text)` for an anchored cue at the start or any other
    cue anywhere; a short cue that ends the line ($) is searched for only near the line's end. A few cues are
    asked as one alternation; of many, a line asks only those whose words it holds (_Narrowed).

    Compiled on first use: most lists are asked only one of the two questions, some (the other language's)
    none in a run, and every program loaded at start-up costs time.
    """
    __slots__ = ("sources", "_asked_flags", "_flags", "match", "search")

    def __init__(self, patterns, flags=re.I):
        self.sources = tuple(dict.fromkeys(patterns))  # a cue both languages list is asked once
        self._asked_flags = int(flags)
        self._flags = None
        self.match = self._first_match
        self.search = self._first_search

    @property
    def flags(self):
        """The flags the cues are matched with: without IGNORECASE when no letter of theirs has a case (보도자료,
        배포: matching without the flag runs ~1.5x faster). Worked out when first needed, not at import."""
        if self._flags is None:
            flags = self._asked_flags
            if flags & re.I and not any(_has_case(p) for p in self.sources):
                flags &= ~re.I
            self._flags = flags
        return self._flags

    def _first_match(self, text):
        self.match = _alternation([p[1:] if p.startswith("^") else p for p in self.sources], self.flags, True).match
        return self.match(text)

    def _first_search(self, text):
        self.search = _searcher(self.sources, self.flags)
        return self.search(text)


def _searcher(patterns, flags):
    """search(text) of a cue list: anchored, ending and floating cues apart (the start anchor blocks the
    engine's fast scan, and the line's end is all an ending cue needs)."""
    widths = {p: fastre.derived("width at end", p, flags, _width_at_end) for p in patterns if not p.startswith("^")}
    window = max((width for width in widths.values() if width is not None), default=0) + 1
    anchored = _alternation([p[1:] for p in patterns if p.startswith("^")], flags, at_start=True)
    ending = _alternation([p for p, width in widths.items() if width is not None], flags)
    floating = _alternation([p for p, width in widths.items() if width is None], flags)
    lower = flags & re.I and any(type(part) is _Narrowed for part in (anchored, ending, floating))

    def search(text):
        lowered = text.lower() if lower else None
        found = anchored.match(text, lowered)
        if found is not None:
            return found
        if ending.patterns:
            end = len(text) - window
            # search(text, pos) still sees the text before pos: look-behinds and \b behave as before
            found = ending.search(text, lowered, end if end > 0 else 0)
            if found is not None:
                return found
        return floating.search(text, lowered, 0)
    return search


def _alternation(patterns, flags, at_start=False):
    """The cues as one alternation, narrowed to the cues a line may match when there are many of them (at
    the start), or more than a few to look for all along the line (each tried at every position)."""
    many = len(patterns) > (_FEW_CUES if at_start else _FEW_CUES_ANYWHERE)
    return _Narrowed(patterns, flags, at_start) if many else _Plain(patterns, flags)


class _Plain:
    """A few cues as one pattern: asked of a line, it costs less than choosing which to ask."""
    __slots__ = ("patterns", "_program")

    def __init__(self, patterns, flags):
        self.patterns = patterns
        either = "|".join(f"(?:{p})" for p in patterns)
        self._program = fastre.compile(either, _case_flags(either, flags)) if either else None

    def match(self, text, lowered=None):
        return self._program.match(text) if self._program is not None else None

    def search(self, text, lowered, pos):
        return self._program.search(text, pos) if self._program is not None else None


class _Narrowed:
    """A cue list asked as one alternation would be, but only of the cues that may match the text.

    One alternation of a hundred cues costs ~30 µs a line: the engine tries each alternative at each position
    (and, with IGNORECASE, cannot skip one on its first letter). Read from each parsed cue: the words one of
    which every match holds (runs of literal characters: 'follow us on', 문의 or 제보) and, for a cue at the
    start, the characters it can begin with. A line asks only the cues whose word it holds (and that can begin
    with its first character) - most lines none - one by one, in the list's order. The answer is the
    alternation's: at the start, the first cue in the list that matches; elsewhere the leftmost match, the
    earlier cue on a tie. A cue whose words or first characters cannot be read is always asked.
    """
    __slots__ = ("patterns", "_flags", "_programs", "_read", "_lower", "_groups", "_every", "_by_first",
                 "_first_index")

    def __init__(self, patterns, flags, at_start=False):
        flags = int(flags)
        self.patterns = patterns
        self._flags = flags
        self._programs = [None] * len(patterns)  # compiled when first asked: a run asks a few of them
        self._read = _read_cues(patterns, flags)
        # the words are compared with the line lowered when the cues ignore case (their words are lowered too)
        self._lower = bool(flags & re.I)
        self._every = tuple(range(len(patterns)))
        self._groups = {}  # first character (None: any) -> (cues always asked, ((word, cues needing it), ...))
        # the cues at the start are grouped by the first character too (each group made when first needed)
        self._by_first = at_start
        self._first_index = None

    def _group(self, first):
        """The cues that may begin with `first` (None: all), as (always asked, ((word, cues needing it), ...))."""
        members = self._every
        if first is not None:
            by_char, wide, anything = self._first_index or self._index_first_chars()
            codes = (ord(first) if first else -1,) + ((_DIGIT_CODE,) if first.isdecimal() else ())
            members = sorted(set(anything).union(
                *(by_char.get(code, ()) for code in codes),
                (i for low, high, i in wide if any(low <= code <= high for code in codes))))
        key = tuple(members)
        group = self._groups.get(key)  # most first letters (a Hangul syllable no cue names) share one group
        if group is None:
            always = tuple(i for i in members if self._read[i][0] is None)
            cues_of = {}
            for i in members:
                for word in self._read[i][0] or ():
                    cues_of.setdefault(word, []).append(i)
            group = self._groups[key] = (always, tuple(cues_of.items()))
        self._groups[first] = group
        return group

    def _index_first_chars(self):
        """({code point: cues that may begin with it}, [(low, high, cue) of wide ranges], cues that may begin
        with anything): what _group looks in, made once."""
        by_char, wide, anything = {}, [], []
        for i, (_, ranges) in enumerate(self._read):
            if ranges is None:
                anything.append(i)
                continue
            for low, high in ranges:
                if high - low < _FEW_FIRST_CHARS:
                    for code in range(low, high + 1):
                        by_char.setdefault(code, []).append(i)
                else:
                    wide.append((low, high, i))
        self._first_index = (by_char, wide, anything)
        return self._first_index

    def _asked(self, text, lowered):
        """The cues that may match text, in the list's order."""
        if not self._lower:
            lowered = text
        elif _FOLDS_TO_ASCII.search(text):
            return self._every  # ı İ ſ K match i, s, k under IGNORECASE: neither words nor first letters can tell
        elif lowered is None:
            lowered = text.lower()
        first = lowered[:1] if self._by_first else None
        group = self._groups.get(first) or self._group(first)
        always = group[0]
        found = None
        for word, cues in group[1]:
            if word in lowered:
                if found is None:
                    found = set(always)
                found.update(cues)
        return always if found is None else sorted(found)

    def _program(self, i):
        p = self.patterns[i]
        program = self._programs[i] = fastre.compile(p, _case_flags(p, self._flags))
        return program

    def match(self, text, lowered=None):
        programs = self._programs
        for i in self._asked(text, lowered):
            found = (programs[i] or self._program(i)).match(text)
            if found is not None:
                return found
        return None

    def search(self, text, lowered, pos):
        programs = self._programs
        best = None
        for i in self._asked(text, lowered):
            found = (programs[i] or self._program(i)).search(text, pos)
            if found is not None and (best is None or found.start() < best.start()):
                best = found
        return best


_FEW_FIRST_CHARS = 64  # a range of first characters listed one by one; a wider one (Hangul) kept as a range
# a list of more cues than this is narrowed to the cues a line may match (asking a few costs less than choosing)
_FEW_CUES = 24
_FEW_CUES_ANYWHERE = 8


# the letters IGNORECASE pairs with ASCII ones though lower() does not make them ASCII (ı, İ -> i, ſ -> s, K -> k)
_FOLDS_TO_ASCII = fastre.compile("[\u0131\u0130\u017f\u212a]")


def _read_cues(patterns, flags):
    """[(the words one of which a match of the cue holds, the ranges of characters it can begin with) per cue],
    None where either cannot be read. Read once and kept in the cache of compiled programs, one entry per
    list (an entry per cue, each keyed by its pattern, took milliseconds to load at every start)."""
    if not patterns:
        return []
    global _reading
    if _reading is None:
        # the name of the reading holds a digest of the code that reads: a reading an older pr2news cached is
        # not taken for this one's
        code = b"".join(marshal.dumps(f.__code__) for f in (
            _reading_of, _required_words, _words_of_sequence, _first_chars, _first_of_sequence, _first_of_item))
        _reading = f"cue words and first characters {zlib.crc32(code):08x}{zlib.adler32(code):08x}"
    # kept as marshalled bytes: the cache file then loads one string per list, not thousands of small
    # objects (~1 ms of every start), and only the lists a run asks are unpacked
    words, starts = marshal.loads(fastre.derived(_reading, "\0".join(patterns), flags, _reading_of))
    return list(zip(words, starts))


_reading = None


def _reading_of(joined, flags):
    patterns = joined.split("\0")
    return marshal.dumps((tuple(_required_words(p, flags) for p in patterns),
                          tuple(_first_chars(p, flags) for p in patterns)))


def _required_words(pattern, flags):
    """The words one of which every match of the pattern holds (runs of literal characters), lowered under
    IGNORECASE; None when no such words can be read (a pattern of classes only, inline case flags)."""
    try:
        parsed = _sre_parse.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - compiled (and reported) with the list
        return None
    if parsed.state.flags & ~flags & re.I:
        return None
    words = _words_of_sequence(parsed.data)
    if not words:
        return None
    return tuple(sorted(word.lower() for word in words) if flags & re.I else sorted(words))


def _words_of_sequence(items):
    """The best set of words one of which a match of the sequence must hold: the one whose shortest word is
    longest. None when there is none."""
    c = _sre_constants
    candidates, run = [], []

    def end_run():
        # a word with a letter that has case beyond ASCII is left out: IGNORECASE may pair it with others
        if run and all(char.isascii() or char.lower() == char.upper() for char in run):
            candidates.append({"".join(run)})
        run.clear()

    for op, av in items:
        if op is c.LITERAL:
            run.append(chr(av))
            continue
        end_run()
        words = None
        if op is c.SUBPATTERN and not av[1] and not av[2]:
            words = _words_of_sequence(av[3].data)
        elif op is c.ATOMIC_GROUP:
            words = _words_of_sequence(av.data)
        elif op is c.BRANCH:
            branches = [_words_of_sequence(branch.data) for branch in av[1]]
            words = set().union(*branches) if all(branches) else None
        elif op in _REPEATS and av[0] >= 1:
            words = _words_of_sequence(av[2].data)
        elif op is c.IN and len(av) <= _FEW_IN_A_CLASS and all(kind is c.LITERAL for kind, _ in av):
            words = {chr(value) for _, value in av}  # [x×]: one of a few characters
            if not all(char.isascii() or char.lower() == char.upper() for char in words):
                words = None
        if words:
            candidates.append(words)
    end_run()
    return max(candidates, key=lambda words: (min(map(len, words)), -len(words))) if candidates else None


_FEW_IN_A_CLASS = 8
_REPEATS = tuple(op for op in (getattr(_sre_constants, name, None) for name in
                               ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")) if op is not None)


def _first_chars(pattern, flags):
    """The characters a match of the pattern can begin with, or None when that cannot be read (a class such
    as \\w, any character, a pattern that may match nothing, inline flags)."""
    try:
        parsed = _sre_parse.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - compiled (and reported) with the list
        return None
    if parsed.state.flags & ~flags & (re.I | re.X | re.S | re.M):
        return None
    chars, may_be_empty = _first_of_sequence(parsed.data)
    if chars is None or may_be_empty:
        return None
    digit = _ANY_DIGIT in chars
    chars.discard(_ANY_DIGIT)
    if flags & re.I:
        if any(not char.isascii() and char.lower() != char.upper() for char in chars):
            return None  # IGNORECASE pairs some such letters with others (ſ with s): no grouping then
        chars = {char.lower() for char in chars}
    codes = sorted(map(ord, chars))
    ranges = []  # as runs of code points (a range of Hangul syllables is one pair, not 11,172 characters)
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return tuple((low, high) for low, high in ranges) + ((_DIGIT_CODE, _DIGIT_CODE),) * digit


# \d among a cue's first characters: any decimal digit of any script (str.isdecimal), kept as one mark
_ANY_DIGIT = "\\d"
_DIGIT_CODE = -2


def _first_of_sequence(items):
    """(characters the sequence can begin with or None, whether it can match the empty string)."""
    found = set()
    for op, av in items:
        chars, may_be_empty = _first_of_item(op, av)
        if chars is None:
            return None, False
        found |= chars
        if not may_be_empty:
            return found, False
    return found, True


_WIDEST_FIRST_RANGE = 12000  # a range of Hangul syllables; wider (any non-ASCII) is no evidence


def _first_of_item(op, av):
    c = _sre_constants
    if op is c.LITERAL:
        return {chr(av)}, False
    if op is c.IN:
        chars = set()
        for kind, value in av:
            if kind is c.LITERAL:
                chars.add(chr(value))
            elif kind is c.RANGE and value[1] - value[0] <= _WIDEST_FIRST_RANGE:
                chars.update(map(chr, range(value[0], value[1] + 1)))
            elif kind is c.CATEGORY and value is c.CATEGORY_DIGIT:
                chars.add(_ANY_DIGIT)
            else:
                return None, False
        return chars, False
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return set(), True  # zero-width: what follows begins the match
    if op is c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return (None, False) if add_flags or del_flags else _first_of_sequence(sub.data)
    if op is c.ATOMIC_GROUP:
        return _first_of_sequence(av.data)
    if op is c.BRANCH:
        found, may_be_empty = set(), False
        for branch in av[1]:
            chars, empty = _first_of_sequence(branch.data)
            if chars is None:
                return None, False
            found |= chars
            may_be_empty = may_be_empty or empty
        return found, may_be_empty
    if op in _REPEATS:
        low, _high, sub = av
        chars, empty = _first_of_sequence(sub.data)
        return (None, False) if chars is None else (chars, empty or low == 0)
    return None, False


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


def words_from(compact, words, shortest, longest, first=0):
    """counts[j] for j >= first: how many whole entries of `words` (shortest to longest letters each) make up
    compact[j:] end to end, 0 when they cannot - a word break read from the end, so that one table answers
    both "is the line all menu words" (counts[0]) and "where do the labels glued to its end begin"."""
    n = len(compact)
    counts = [0] * (n + 1)
    for j in range(n - shortest, first - 1, -1):
        for k in range(shortest, min(longest, n - j) + 1):
            if (j + k == n or counts[j + k]) and compact[j:j + k] in words:
                counts[j] = counts[j + k] + 1
                break
    return counts


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
