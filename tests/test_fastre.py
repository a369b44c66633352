"""The regex cache gives patterns that behave exactly like re.compile, and never depends on its file."""
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
    for pattern, flags, text in PATTERNS:
        assert _same(fastre.compile(pattern, flags), re.compile(pattern, flags), text)
    assert len(fastre._entries) == len(PATTERNS)


def test_a_damaged_cache_file_is_ignored(fresh_cache, monkeypatch):
    fastre.compile(*PATTERNS[0][:2])
    fastre._save()
    for path in fresh_cache.iterdir():
        path.write_bytes(b"\x00garbage")
    monkeypatch.setattr(fastre, "_entries", None)
    pattern, flags, text = PATTERNS[1]
    assert _same(fastre.compile(pattern, flags), re.compile(pattern, flags), text)


def test_a_stale_entry_is_compiled_afresh(fresh_cache):
    pattern, flags, text = PATTERNS[2]
    fastre._load()
    fastre._entries[(pattern, int(flags))] = (0, b"\x01\x02", 0, {}, ())
    assert _same(fastre.compile(pattern, flags), re.compile(pattern, flags), text)
