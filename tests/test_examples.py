"""The examples in examples/ and their converted outputs stay in step with the converter."""
import json
from pathlib import Path

import pytest

import pr2news
from pr2news.render import render

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_example_outputs_are_what_the_converter_gives_today(path, monkeypatch, validate):
    monkeypatch.chdir(ROOT)
    article = pr2news.convert(f"examples/{path.name}")
    assert json.loads(path.with_suffix(".json").read_text(encoding="utf-8")) == validate(article.to_dict())
    assert path.with_suffix(".md").read_text(encoding="utf-8") == render(article, "md")
    assert path.with_suffix(".html").read_text(encoding="utf-8") == render(article, "html")


def test_examples_cover_korean_and_english():
    assert {pr2news.convert(p).lang for p in EXAMPLES} == {"ko", "en"}
