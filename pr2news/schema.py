"""The project's JSON Schema for the article, shipped with the package."""
import json
from importlib import resources


def article_schema_text():
    return resources.files("pr2news").joinpath("article.schema.json").read_text(encoding="utf-8")


def article_schema():
    return json.loads(article_schema_text())
