"""The article JSON contract (schema_version 1)."""
import json

# built once: json.dumps builds a new encoder on every call unless every option is left at its default
_ONE_LINE = json.JSONEncoder(ensure_ascii=False)
_INDENTED = {2: json.JSONEncoder(ensure_ascii=False, indent=2)}


def render(article, indent=2, **_options):
    """Pretty JSON with stable key order; non-ASCII kept readable."""
    encoder = _INDENTED.get(indent) or json.JSONEncoder(ensure_ascii=False, indent=indent)
    return encoder.encode(article.to_dict()) + "\n"


def render_line(article):
    """The same JSON on one line (no indentation), newline-terminated: one record of a jsonl stream."""
    return _ONE_LINE.encode(article.to_dict()) + "\n"
