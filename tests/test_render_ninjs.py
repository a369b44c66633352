"""ninjs 3.1 output, validated against the published IPTC JSON Schema when it is available."""
import json
from pathlib import Path

import pytest

import pr2news
from pr2news.render import render
from pr2news.render.ninjs import item_uri
from render_samples import EN_HOSTILE, KO_HOSTILE, KO_RELEASE, en_article, ko_article

SCHEMA_PATH = Path(__file__).resolve().parents[1].parent / "shared" / "spec" / "ninjs-schema_3.1.json"


@pytest.fixture(scope="module")
def validator():
    if not SCHEMA_PATH.is_file():
        pytest.skip(f"ninjs schema not found at {SCHEMA_PATH}")
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


@pytest.mark.parametrize("text", [KO_RELEASE, KO_HOSTILE, EN_HOSTILE], ids=["ko", "ko-hostile", "en-hostile"])
def test_ninjs_validates_against_the_schema(validator, text):
    validator.validate(json.loads(render(pr2news.convert(text), "ninjs")))


def test_an_english_release_validates_too(validator):
    validator.validate(json.loads(render(en_article(), "ninjs")))


def test_headlines_bodies_language_and_times():
    article = ko_article()
    item = json.loads(render(article, "ninjs"))
    assert item["headlines"][0] == {"role": "main", "value": article.headline}
    assert [h["value"] for h in item["headlines"][1:]] == list(article.highlights)
    assert {h["role"] for h in item["headlines"][1:]} == {"subhead"}
    assert item["language"] == "ko"
    assert item["firstCreated"] == "2026-05-11T15:00:00+09:00"
    assert item["embargoedUntil"] == "2026-05-12T11:15:00+09:00"
    html, plain = item["bodies"]
    assert html["contentType"] == "text/html" and "<ul class=\"marked\">" in html["value"]
    assert plain["contentType"] == "text/plain" and plain["value"] == article.body_text()
    assert plain["charCount"] == len(article.body_text())
    assert item["by"] == "식품안전과"


def test_contacts_become_info_sources_with_contact_info():
    item = json.loads(render(en_article(), "ninjs"))
    source = item["infoSources"][0]
    assert source["name"] == "Priya Raman, Press Officer"
    assert {(c["type"], c["value"]) for c in source["contactInfo"]} == {
        ("phone", "555-013-7784"), ("email", "praman@harborview.example.gov")}
    assert item["located"] == "HARBORVIEW, CA"
    assert "firstCreated" not in item  # no date in the release, and no zone to guess


def test_an_explicit_utc_offset_dates_a_release_without_a_known_zone():
    from pr2news.model import Dateline
    article = en_article()._replace(dateline=Dateline(text="June 2, 2026", date="2026-06-02"))
    item = json.loads(render(article, "ninjs", utc_offset="-07:00"))
    assert item["firstCreated"] == "2026-06-02T00:00:00-07:00"


def test_the_uri_is_stable_and_changes_with_the_source():
    first, again = ko_article(), ko_article()
    assert item_uri(first) == item_uri(again)
    assert item_uri(first).startswith("urn:pr2news:")
    assert all(ord(ch) < 128 for ch in item_uri(first))
    changed = pr2news.convert(KO_RELEASE.replace("80명", "90명"))
    assert item_uri(changed) != item_uri(first)
