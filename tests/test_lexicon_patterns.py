"""The pattern wrappers the segmenter asks on every line answer exactly as a plain search would."""
import random
import re

import pytest

from pr2news import lexicon
from pr2news.checksum import sha256_hex
from pr2news.lexicon.common import EMAIL, AtLineEnd, Cues

END_PATTERNS = [
    (r"(?:\b(?:the|a|of|to|and|for|with|in|on|by|at|from|that|is|will|their)|,)\s*$", re.I),
    (r"(?:[가-힣](?:를|에게|하고|하며|하여|하면서|이며|면서|으며)|\s및|[^\s]\s*[,·])\s*$", 0),
    (r"[.!?。…][\"'”’」』)\]]*\s*$|[\"”’」』]\s*$", 0),
    (r"(?:다|요|음|함|임|됨|것)[.!]?[\"'”’」』)]*\s*$", 0),
]


def _texts():
    rng = random.Random(11)
    words = ["서울시는", "지원을", "확대하고", "및", "the", "plan", "Their", "for", "다.", "했다", "요",
             "“인용”", "(사진)", "rules,", "등", "·", "2026.", "end.”", "a", "to"]
    for _ in range(3000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 40)))
        yield text
        yield text + rng.choice(["", " ", "  ", "\t", ",", ".", " and", " 및"])


@pytest.mark.parametrize("pattern, flags", END_PATTERNS)
def test_an_end_anchored_pattern_searched_at_the_end_finds_what_a_full_search_finds(pattern, flags):
    ours, full = AtLineEnd(pattern, flags), re.compile(pattern, flags)
    for text in _texts():
        a, b = ours.search(text), full.search(text)
        assert (a and a.span()) == (b and b.span()), text


def test_lexicon_line_ends_agree_with_a_full_search_on_corpus_like_lines():
    ko, en = lexicon.LEXICONS["ko"], lexicon.LEXICONS["en"]
    assert ko.dangling_end.search("시민 안전을 위해 노후 시설을 점검하고") is not None
    assert ko.dangling_end.search("시민 안전을 위해 노후 시설을 점검했다.") is None
    assert en.dangling_end.search("The council approved funding for the") is not None
    assert en.dangling_end.search("The council approved funding for the new library.") is None
    assert en.sentence_end.search("It opens in June.”") is not None


def test_email_pattern_skips_text_without_an_at_sign_and_finds_addresses_in_text_with_one():
    assert EMAIL.search("담당자 홍길동 02-2133-5212") is None
    assert EMAIL.findall("문의 press@seoul.go.kr, news@city.gov") == ["press@seoul.go.kr", "news@city.gov"]
    assert EMAIL.sub("*", "mail jane.doe@health.gov.xx now") == "mail * now"
    assert EMAIL.sub("*", "no address here") == "no address here"
    assert [m.group() for m in EMAIL.finditer("a@b.co c")] == ["a@b.co"] and list(EMAIL.finditer("none")) == []
    assert EMAIL.fullmatch("press@seoul.go.kr") and not EMAIL.fullmatch("press at seoul")


def test_a_cue_list_answers_for_cues_at_the_start_and_anywhere():
    cues = Cues([r"^home$", r"share this", r"^바로\s*가기$"])
    assert cues.search("Share this story") and cues.search("바로가기") and cues.match("HOME")
    assert cues.search("homepage") is None and cues.match("please share this") is None
    korean = Cues([r"^보도\s*자료$", r"엠바고"])  # no cased letter: compiled without IGNORECASE, same answers
    assert korean.match("보도 자료") and korean.search("오늘 엠바고 해제") and korean.search("보도") is None


def test_a_cue_that_ends_the_line_is_found_only_at_the_end_of_a_long_line():
    cues = Cues([r"바로\s*가기$", r"\bmore\s*$", r"엠바고"])
    long = "가" * 400
    assert cues.search(long + " 바로 가기") and cues.search(long + " read more  ")
    assert cues.search("바로 가기 " + long) is None and cues.search(long + " more than this") is None
    assert cues.search(long + " 엠바고 " + long)          # a floating cue is still found anywhere
    # the word boundary before a cue near the window's edge still sees the character before it
    assert cues.search("x" * 400 + "more") is None and cues.search("x" * 400 + " more")


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_every_cue_list_answers_as_one_plain_search_over_its_patterns(lang):
    # the lists are split (start, end of line, anywhere) and searched apart: the answer must not change
    lines = []
    for text in _texts():
        lines += [text, "가" * 150 + " " + text, text + " 바로 가기", "© 2026 " + text]
    for name, cues in lexicon.LEXICONS[lang]._asdict().items():
        if not isinstance(cues, Cues):
            continue
        flags = re.I if any(re.search(r"[A-Za-z]", re.sub(r"\\.", "", p)) for p in cues.sources) else 0
        plain = [re.compile(p, flags) for p in cues.sources]
        for text in lines[:4000]:
            assert bool(cues.search(text)) == any(p.search(text) for p in plain), (name, text)


def _alternation_answer(cues, text, at_start):
    """What one alternation of the list answers (the span, or None): for search, of the cues at the start,
    then of those that end the line (over its last characters), then of the rest - what a Cues must answer."""
    from pr2news.lexicon.common import _width_at_end

    def either(patterns):
        return re.compile("|".join(f"(?:{p})" for p in patterns), cues.flags) if patterns else None

    def span(found):
        return found and found.span()

    starting = either([p[1:] if p.startswith("^") else p for p in cues.sources] if at_start else
                      [p[1:] for p in cues.sources if p.startswith("^")])
    found = starting and starting.match(text)
    if at_start or found:
        return span(found)
    widths = {p: _width_at_end(p, cues.flags) for p in cues.sources if not p.startswith("^")}
    ending = either([p for p, width in widths.items() if width is not None])
    window = max((width for width in widths.values() if width is not None), default=0) + 1
    found = ending and ending.search(text, max(0, len(text) - window))
    floating = either([p for p, width in widths.items() if width is None])
    return span(found or floating and floating.search(text))


def test_a_cue_list_asks_only_the_cues_whose_words_a_line_holds_and_answers_as_one_alternation():
    # each cue is asked only when the line holds a word every match of it needs (and, at the start, when
    # it can begin with the line's first letter): the match found must be the alternation's, span and all,
    # in either case and with the letters IGNORECASE pairs with ASCII ones (ı İ ſ K)
    cues = Cues([r"^(?:read|see)\s+more\b", r"^share\b", r"follow us on\s+(?:x|facebook)", r"^[\d,]+%?$",
                 r"\bcomments?\s*\(\d+\)", r"^기사\s*공유", r"무단\s*전재", r"^read\b"])
    assert cues.match("READ MORE about it").span() == (0, 9)  # the first cue of the list that fits, not ^read
    assert cues.search("Please FOLLOW US ON Facebook today").span() == (7, 28)
    assert cues.search("comments (3) … 무단 전재 금지").span() == (0, 12)  # the leftmost of two
    assert cues.match("ſhare") and cues.search("KOMMENTS (2)") is None and cues.match("1,234")
    assert cues.match("The share of") is None and cues.search("no cue here") is None
    rng = random.Random(5)
    pieces = ["read", "more", "READ", "see", "share", "follow us on", "x", "facebook", "Comments (2)", "기사",
              "공유", "무단 전재", "12,345", "%", "ſ", "İ", "K", "ı", "the", "news", " ", "-", "·"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(0, 8)))
        found, started = cues.search(text), cues.match(text)
        assert (found and found.span()) == _alternation_answer(cues, text, False), text
        assert (started and started.span()) == _alternation_answer(cues, text, True), text


@pytest.mark.parametrize("name", ["chrome_patterns", "tail_starts", "contact_labels", "release_labels", "date_cues"])
def test_the_lexicons_cue_lists_answer_as_one_alternation_on_lines_made_of_their_own_words(name):
    from pr2news.lexicon.common import _required_words
    cues = lexicon.either_language(name)
    words = sorted({w for p in cues.sources for w in _required_words(p.lstrip("^"), cues.flags) or ()})
    rng = random.Random(len(name))
    filler = ["보도자료", "서울시는", "The", "city", "said", "2026.", "|", ":", "ſ", "K", "İ"]
    for _ in range(1500):
        parts = [rng.choice(words if rng.random() < 0.6 else filler) for _ in range(rng.randint(1, 6))]
        text = rng.choice(["", " "]).join(parts)
        text = text.upper() if rng.random() < 0.2 else text
        found, started = cues.search(text), cues.match(text)
        assert (found and found.span()) == _alternation_answer(cues, text, False), text
        assert (started and started.span()) == _alternation_answer(cues, text, True), text


def test_sha256_matches_hashlib():
    import hashlib
    for data in (b"", b"abc", "보도자료".encode() * 1000):
        assert sha256_hex(data) == hashlib.sha256(data).hexdigest()


def test_no_cue_pattern_is_hidden_in_a_comment():
    # a pattern written after a comment on the same line is silently not a pattern at all
    import re
    from pathlib import Path
    for path in sorted((Path(__file__).resolve().parent.parent / "pr2news" / "lexicon").glob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            comment = line.split("  # ", 1)[1] if "  # " in line else ""
            assert not re.search(r'\br"', comment), f"{path.name}:{number}: a pattern inside a comment"


def test_a_span_of_years_is_no_phone_number():
    from pr2news.lexicon.common import phones_in
    assert phones_in("신국보보물전 2017-2019") == []
    assert phones_in("사업 기간 2024 - 2026") == []
    assert phones_in("대표번호 1588-2019") == ["1588-2019"]


def test_no_cue_pattern_hides_inside_a_comment():
    # a comment written at the end of a line that holds more patterns silently turns them off (it happened)
    from pathlib import Path
    folder = Path(lexicon.__file__).parent
    for path in sorted(folder.glob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code, hash_, comment = line.partition("  # ")
            if hash_ and code.strip():
                assert not re.search(r'(?:^|[\s,(])r"[^"]+"', comment), f"{path.name}:{number}: a pattern after a comment"


@pytest.mark.parametrize("line", ["Public Service Announcement", "PUBLIC SERVICE ANNOUNCEMENT"])
def test_a_public_service_announcement_is_a_release_type(line):
    assert lexicon.common.matches(lexicon.LEXICONS["en"].release_labels, line)


def test_a_word_break_from_the_end_counts_the_whole_words_each_tail_is_made_of():
    from pr2news.lexicon.common import words_from
    words = {"공유하기", "글자크기", "인쇄", "Share", "Print"}
    counts = words_from("제막식공유하기글자크기", words, 2, 8)
    assert counts[0] == 0                      # the title is no menu word
    assert counts[3] == 2 and counts[7] == 1   # 공유하기글자크기, 글자크기
    assert words_from("SharePrint", words, 1, 8)[0] == 2
    assert words_from("SharePrin", words, 1, 8)[0] == 0
    # `first` stops the table early: nothing before it is asked
    assert words_from("인쇄인쇄", words, 2, 8, first=2)[:2] == [0, 0]
