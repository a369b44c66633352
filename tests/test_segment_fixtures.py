"""Spec-style segmentation fixtures: a release, a line '.', then the expected `key: value` lines.

Keys: lang, headline (or `null`), highlight (ordered; `highlights: none` for none), byline, dateline.text/date/time/place,
embargo.text/datetime, body (ordered block texts), block (ordered `type [level] [marker]`),
contact (one entry per line, `field=value; ...`, phones/emails comma-separated), attachment
(ordered), stripped (each must be stripped), warnings (the exact set of codes).
"""
from collections import defaultdict
from pathlib import Path

import pytest

import pr2news
from accounting import lost_lines

FIXTURES = sorted((Path(__file__).parent / "fixtures" / "segment").glob("*.txt"))


def load(path):
    text, _, expected = path.read_text(encoding="utf-8").partition("\n.\n")
    want = defaultdict(list)
    for line in expected.splitlines():
        if line.strip():
            key, _, value = line.partition(":")
            want[key.strip()].append(value.strip())
    return text + "\n", want


def _contact_matches(contact, spec):
    for part in filter(None, (p.strip() for p in spec.split(";"))):
        key, _, value = part.partition("=")
        got = contact[key]
        if key in ("phones", "emails"):
            if [v.strip() for v in value.split(",")] != got:
                return False
        elif got != value:
            return False
    return True


@pytest.mark.parametrize("path", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_fixture_release_segments_as_expected(path, validate):
    text, want = load(path)
    article = pr2news.convert(text)
    data = validate(article.to_dict())
    if "lang" in want:
        assert data["lang"] == want["lang"][0]
    if "headline" in want:
        expected = want["headline"][0]
        assert data["headline"] == (None if expected == "null" else expected)
    if "highlight" in want:
        assert data["highlights"] == want["highlight"]
    if want.get("highlights") == ["none"]:
        assert data["highlights"] == []
    if "byline" in want:
        assert data["byline"] == want["byline"][0]
    for key in ("dateline", "embargo"):
        for field in ("text", "date", "time", "place", "datetime"):
            if f"{key}.{field}" in want:
                assert data[key] is not None, f"no {key}"
                assert data[key][field] == want[f"{key}.{field}"][0], f"{key}.{field}"
    if "body" in want:
        assert [b["text"] for b in data["body"]] == want["body"]
    if "block" in want:
        got = [" ".join(str(x) for x in (b["type"], b.get("level"), b.get("marker")) if x is not None)
               for b in data["body"]]
        assert got == want["block"]
    if "contact" in want:
        assert len(data["contacts"]) == len(want["contact"]), data["contacts"]
        for contact, spec in zip(data["contacts"], want["contact"]):
            assert _contact_matches(contact, spec), (contact, spec)
    if "attachment" in want:
        assert data["attachments"] == want["attachment"]
    for piece in want.get("stripped", []):
        assert piece in data["stripped"], piece
    if "warnings" in want:
        assert sorted(w["code"] for w in data["warnings"]) == sorted(want["warnings"][0].split())
    assert lost_lines(text, data) == []
