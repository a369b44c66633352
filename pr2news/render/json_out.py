"""The article JSON contract (schema_version 1)."""
import json


def render(article, indent=2, **_options):
    """Pretty JSON with stable key order; non-ASCII kept readable."""
    return json.dumps(article.to_dict(), ensure_ascii=False, indent=indent) + "\n"


def render_line(article):
    """The same JSON on one line (no indentation), newline-terminated: one record of a jsonl stream."""
    return json.dumps(article.to_dict(), ensure_ascii=False) + "\n"
