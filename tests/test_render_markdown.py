"""Markdown output: YAML front matter that parses back, and Markdown that keeps input as literal text."""
import re

import pytest
import yaml

import pr2news
from pr2news.model import Article, BodyBlock, Contact
from pr2news.render import render
from pr2news.render.markdown import md_text, yaml_string
from render_samples import EN_HOSTILE, KO_HOSTILE, en_article, ko_article


def split_front_matter(text):
    assert text.startswith("---\n")
    head, _, body = text[4:].partition("\n---\n")
    return yaml.safe_load(head), body


def test_front_matter_has_title_slug_date_lang_highlights_and_contacts():
    article = ko_article()
    meta, body = split_front_matter(render(article, "md"))
    assert meta["title"] == article.headline
    assert meta["slug"] == article.slug
    assert meta["date"] == "2026-05-11T15:00:00+09:00"
    assert meta["embargo"] == "2026-05-12T11:15:00+09:00"
    assert meta["lang"] == "ko"
    assert meta["highlights"] == list(article.highlights)
    assert meta["contacts"][0] == {"name": "윤봄날", "title": "과 장", "department": "식품안전과",
                                   "phones": ["02-2133-4701"]}
    assert body.lstrip().startswith("# ")


def test_an_english_release_without_a_date_has_no_date_key():
    meta, body = split_front_matter(render(en_article(), "md"))
    assert "date" not in meta
    assert meta["contacts"][0]["emails"] == ["praman@harborview.example.gov"]
    assert "- Drinking water and seating for at least 60 people" in body
    assert "[praman@harborview\\.example\\.gov]" not in body


def test_nested_korean_lists_keep_their_markers_and_indentation():
    article = Article(lang="ko", headline="제목", body=(
        BodyBlock("list_item", "첫째", level=0, marker="□"),
        BodyBlock("list_item", "둘째", level=1, marker="○"),
        BodyBlock("list_item", "셋째", level=2, marker="-"),
        BodyBlock("list_item", "하나", level=0, marker="1."),
        BodyBlock("list_item", "둘", level=0, marker="2.")))
    _, body = split_front_matter(render(article, "md"))
    assert "- □ 첫째\n    - ○ 둘째\n        - \\- 셋째\n\n1. 하나\n2. 둘" in body


@pytest.mark.parametrize("value", ['plain', 'a "quoted": value', "line\nbreak", "tab\there", "# not a comment",
                                   "- not a list", "key: value", "{{ 7*7 }}", "back\\slash", "\u2028sep\u0085",
                                   "@at", "'single'", "yes", "null", "01234"])
def test_yaml_strings_round_trip(value):
    assert yaml.safe_load("v: " + yaml_string(value))["v"] == value


@pytest.mark.parametrize("text", [KO_HOSTILE, EN_HOSTILE], ids=["ko", "en"])
def test_hostile_text_stays_literal(text):
    article = pr2news.convert(text)
    meta, body = split_front_matter(render(article, "md"))
    assert meta["title"] == article.headline
    assert meta["highlights"] == list(article.highlights)
    assert re.findall(r"(?<!\\)<(?!tel:|mailto:)", body) == []  # every other < is backslash-escaped
    assert "{{" not in body and "{%" not in body
    assert "\\<script\\>" in body


def test_markdown_escaping_covers_markup_at_the_start_of_a_line():
    assert md_text("1. not a list") == "1\\. not a list"
    assert md_text("- not a bullet") == "\\- not a bullet"
    assert md_text("*bold* [link](x) <b>") == "\\*bold\\* \\[link\\]\\(x\\) \\<b\\>"


def test_a_fragment_leaves_out_the_front_matter():
    article = Article(lang="en", headline="Title", contacts=(Contact(text="c", name="N", phones=("555-0101",)),))
    out = render(article, "md", fragment=True)
    assert out.startswith("# Title\n")
    assert "- N · 555-0101\n" in out  # seven digits without an area code: not dialable, so no tel: link
    numbered = Article(lang="en", headline="Title", contacts=(Contact(text="c", name="N", phones=("+1 720 555 0166",)),))
    assert "[\\+1 720 555 0166](<tel:+17205550166>)" in render(numbered, "md", fragment=True)


def test_a_release_with_no_headline_gets_no_empty_heading_and_empty_text_stays_empty():
    assert md_text("") == ""
    article = pr2news.convert("The City of Harlow opened its new library on Monday, with 40,000 books and a maker "
                              "space.\n\nThe library is open every day from 9 a.m. to 8 p.m.\n")
    assert article.headline is None
    meta, body = split_front_matter(render(article, "md"))
    assert meta["title"] == ""
    assert body.lstrip().startswith("The City of Harlow opened")
    assert "\\\n" not in body and not re.search(r"(?m)^#", body)


def test_a_title_that_says_what_a_body_does_is_no_letterhead():
    article = pr2news.convert("City Opens New Library\n\nThe City of Harlow opened its new library on Monday, with "
                              "40,000 books and a maker space.\n\nThe library is open every day from 9 a.m. to 8 p.m.\n")
    assert article.headline == "City Opens New Library"
