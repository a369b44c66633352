"""Slugs: readable Hangul by default, ASCII on request, never empty, never a path."""
import re

from pr2news.slug import make_slug


def test_korean_headline_keeps_hangul():
    assert make_slug("서울시, 한강 수상버스 정류장 3곳 추가") == "서울시-한강-수상버스-정류장-3곳-추가"


def test_ascii_slug_transliterates_hangul():
    slug = make_slug("서울시, 한강 수상버스", ascii_only=True)
    assert re.fullmatch(r"[a-z0-9-]+", slug) and slug.startswith("seoulsi")


def test_english_headline_is_lowercased_and_hyphenated():
    assert make_slug("City Opens Three New Cooling Centers!") == "city-opens-three-new-cooling-centers"


def test_slug_never_holds_slashes_backslashes_or_spaces_and_stays_short():
    slug = make_slug("A/B \\ C\tD " + "word " * 60)
    assert not re.search(r"[/\\\s]", slug) and 0 < len(slug) <= 80


def test_missing_or_symbol_only_headline_falls_back_to_a_hash():
    assert re.fullmatch(r"release-[0-9a-f]{10}", make_slug(None, fallback_seed="abc"))
    assert re.fullmatch(r"release-[0-9a-f]{10}", make_slug("★★★ ///"))
    assert make_slug(None, fallback_seed="abc") == make_slug(None, fallback_seed="abc")
