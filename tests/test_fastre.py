"""The regex cache gives patterns that behave exactly like re.compile, and never depends on its file."""
import os
import re

import pytest

from pr2news import fastre

PATTERNS = [
    (r"(?<![가-힣])(?:보도\s*자료\s*)?(?:담\s*당\s*부\s*서|관\s*련\s*부\s*서)\s*[:：]?", re.I, "관련부서 : 경제정책과"),
    (r"^(?P<year>\d{4})\.\s*(?P<mon>\d{1,2})\.", 0, "2026. 4. 2.(목)"),
    (r"\b(?:embargo(?:ed)?)\b", re.I, "EMBARGOED until noon"),
]


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("PR2NEWS_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(fastre, "_entries", None)
    monkeypatch.setattr(fastre, "_index", {})
    monkeypatch.setattr(fastre, "_new", False)
    return tmp_path


def _same(a, b, text):
    ma, mb = a.search(text), b.search(text)
    return (a.pattern, a.flags, a.groupindex, ma and ma.span(), ma and ma.groupdict()) == \
           (b.pattern, b.flags, b.groupindex, mb and mb.span(), mb and mb.groupdict())


def test_patterns_from_the_cache_behave_like_re_compile(fresh_cache, monkeypatch):
    for pattern, flags, text in PATTERNS:
        assert _same(fastre.compile(pattern, flags), re.compile(pattern, flags), text)
    fastre._save()
    assert list(fresh_cache.iterdir())
    monkeypatch.setattr(fastre, "_entries", None)   # a new process: everything comes from the file
    monkeypatch.setattr(fastre, "_index", {})
    fastre._load()
    assert fastre._entries == {} and len(fastre._index) == len(PATTERNS)  # the index only: records when asked
    for pattern, flags, text in PATTERNS:
        assert _same(fastre.compile(pattern, flags), re.compile(pattern, flags), text)
    assert len(fastre._entries) == len(PATTERNS)


def _use(pattern, flags=0):
    """Compile a pattern and use it once: fastre compiles (and caches) a pattern when it is first used."""
    fastre.compile(pattern, flags).search("")


def test_a_damaged_cache_file_is_ignored(fresh_cache, monkeypatch):
    _use(*PATTERNS[0][:2])
    fastre._save()
    assert list(fresh_cache.iterdir())
    for path in fresh_cache.iterdir():
        path.write_bytes(b"\x00garbage")
    monkeypatch.setattr(fastre, "_entries", None)
    monkeypatch.setattr(fastre, "_index", {})
    pattern, flags, text = PATTERNS[1]
    assert _same(fastre.compile(pattern, flags), re.compile(pattern, flags), text)


def test_a_stale_entry_is_compiled_afresh(fresh_cache):
    pattern, flags, text = PATTERNS[2]
    fastre._load()
    fastre._entries[(pattern, int(flags))] = (0, b"\x01\x02", 0, {}, ())
    assert _same(fastre.compile(pattern, flags), re.compile(pattern, flags), text)


def _new_process(monkeypatch):
    monkeypatch.setattr(fastre, "_entries", None)
    monkeypatch.setattr(fastre, "_index", {})
    monkeypatch.setattr(fastre, "_used", set())
    monkeypatch.setattr(fastre, "_new", False)


def test_a_rewritten_cache_keeps_what_other_runs_used_until_the_unused_outnumber_the_used(fresh_cache, monkeypatch):
    for pattern, flags, _text in PATTERNS:
        _use(pattern, flags)
    fastre._save()
    # a later run of another kind (an English release after a Korean one) asks for two old patterns and a new one:
    # the other stays (it weighs less than half of what this run used), or the next Korean run would compile it again
    _new_process(monkeypatch)
    _use(*PATTERNS[0][:2])
    _use(*PATTERNS[1][:2])
    _use(r"\bnew pattern\b")
    fastre._save()
    _new_process(monkeypatch)
    assert fastre.stored_keys() == {(p, int(f)) for p, f, _t in PATTERNS} | {(r"\bnew pattern\b", 0)}
    # a run (say, after an upgrade) that uses one pattern of them and compiles another: the unused outnumber
    # twice the used, and go
    _new_process(monkeypatch)
    _use(r"\bnew pattern\b")
    _use(r"\bnewer pattern\b")
    fastre._save()
    _new_process(monkeypatch)
    assert fastre.stored_keys() == {(r"\bnew pattern\b", 0), (r"\bnewer pattern\b", 0)}


@pytest.mark.parametrize("function, args", [
    ("match", (r"(?P<d>\d+)\.", "12. 3.")),
    ("fullmatch", (r"작성", "작성")),
    ("search", (r"e-?mail", "Send an E-mail", re.I)),
    ("sub", (r"\s+", " ", "a \t b\n c")),
    ("sub", (r"\s+", "", "a b c", 1)),
    ("split", (r"\s*[|/·]\s*", "홍보과 | 02-123 / 메일")),
    ("findall", (r"[가-힣]", "보도 자료 2026")),
])
def test_inline_functions_answer_as_the_re_module_does(function, args):
    ours, theirs = getattr(fastre, function)(*args), getattr(re, function)(*args)
    if function in ("match", "fullmatch", "search"):
        assert (ours and (ours.span(), ours.groups())) == (theirs and (theirs.span(), theirs.groups()))
    else:
        assert ours == theirs
    assert list(m.span() for m in fastre.finditer(r"\d+", "1 22 333")) == [(0, 1), (2, 4), (5, 8)]


def test_a_pattern_is_compiled_when_first_used_and_then_is_the_compiled_patterns_own(fresh_cache):
    import pickle
    pattern, flags, text = PATTERNS[1]
    deferred = fastre.compile(pattern, flags)
    assert deferred.pattern == pattern and fastre._entries is None  # its text is known; nothing compiled yet
    assert _same(deferred, re.compile(pattern, flags), text)
    assert (pattern, int(flags)) in fastre._entries
    compiled = re.compile(pattern, flags)
    assert (deferred.flags, deferred.groups, deferred.groupindex) == (compiled.flags, compiled.groups, compiled.groupindex)
    assert deferred.sub(r"\g<year>", text) == compiled.sub(r"\g<year>", text)
    assert list(deferred.finditer(text))[0].span() == list(compiled.finditer(text))[0].span()
    again = pickle.loads(pickle.dumps(deferred))
    assert again.pattern == pattern and again.match(text).group("mon") == "4"
    # a pattern defined but never used this run is never built, and what the cache held of it stays
    unused = fastre.compile(r"\bnever used here\b")
    fastre._save()
    assert (unused.pattern, 0) not in fastre._entries


def test_a_library_imported_inside_compiling_imports_gets_working_patterns_and_re_is_restored():
    original = re.compile
    with fastre.compiling_imports():
        compiled = re.compile(r"(?P<word>[a-z]+)-(?P<num>\d+)", re.I)
    assert re.compile is original
    assert compiled.fullmatch("Abc-12").groupdict() == {"word": "Abc", "num": "12"}
    with pytest.raises(ZeroDivisionError):  # put back even when the import fails
        with fastre.compiling_imports():
            1 / 0
    assert re.compile is original


def test_patterns_the_cache_does_not_take_fall_back_to_the_stdlib_inside_compiling_imports():
    # bytes patterns (tokenize's, imported under click) go to re.compile itself, not back to us
    with fastre.compiling_imports():
        blank = re.compile(rb"^[ \t\f]*(?:[#\r\n]|$)", re.ASCII)
        precompiled = re.compile(blank)
    assert blank.match(b"  # note") and not blank.match(b"code")
    assert precompiled is blank


def test_the_command_line_imports_click_with_the_cache_and_still_runs(tmp_path):
    import subprocess
    import sys
    release = tmp_path / "r.txt"
    release.write_text("City opens a new park\n\nThe city opened a new park on Monday, the mayor said.\n")
    env = {**os.environ, "PR2NEWS_CACHE_DIR": str(tmp_path / "cache")}
    for _ in range(2):  # once filling the cache, once served from it
        done = subprocess.run([sys.executable, "-m", "pr2news.cli", "convert", str(release), "--format", "json"],
                              capture_output=True, text=True, env=env)
        assert done.returncode == 0, done.stderr
        assert '"headline": "City opens a new park"' in done.stdout


def test_a_record_under_another_keys_hash_is_not_taken_for_this_one(fresh_cache, monkeypatch):
    # two keys whose hashes collide: the record names its key, and the other key is compiled afresh
    (first, first_flags, _), (second, second_flags, text) = PATTERNS[0], PATTERNS[1]
    _use(first, first_flags)
    fastre._save()
    _new_process(monkeypatch)
    fastre._load()
    [where] = fastre._index.values()                                # the first pattern's record …
    monkeypatch.setattr(fastre, "_key_hash", lambda key: 42)        # … under a hash every key now has
    monkeypatch.setattr(fastre, "_index", {42: where})
    assert _same(fastre.compile(second, second_flags), re.compile(second, second_flags), text)
    assert (second, int(second_flags)) in fastre._entries
