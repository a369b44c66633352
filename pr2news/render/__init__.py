"""Renderers turn an Article into output text; a registry maps format names to them.

Each renderer is `render(article, **options) -> str`, imported only when its format is asked for.
"""
from __future__ import annotations

import importlib

RENDERERS = {
    "json": "pr2news.render.json_out:render",
    "html": "pr2news.render.html:render",
    "md": "pr2news.render.markdown:render",
    "ninjs": "pr2news.render.ninjs:render",
}

SUFFIXES = {"json": ".json", "html": ".html", "md": ".md", "ninjs": ".ninjs.json", "jsonl": ".jsonl"}


def available_formats():
    """Formats whose renderer module is installed."""
    import importlib.util  # only asked before a conversion: a one-file run starts faster without it
    out = []
    for name, target in RENDERERS.items():
        module = target.partition(":")[0]
        if importlib.util.find_spec(module) is not None:
            out.append(name)
    return out


def get_renderer(name):
    module_name, _, func = RENDERERS[name].partition(":")
    return getattr(importlib.import_module(module_name), func)


def render(article, fmt, **options):
    """The article in the named format, as text."""
    return get_renderer(fmt)(article, **options)
