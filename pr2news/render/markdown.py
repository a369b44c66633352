"""The article as Markdown with YAML front matter, for static-site generators.

Every string from the release is escaped: YAML values are double-quoted scalars, and Markdown text has
its punctuation backslash-escaped so no input becomes markup, raw HTML or a `{{ }}` template tag.
"""
from __future__ import annotations

import json
import re

from . import common

_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}()<>#+!|~&])")
_LINE_START_MARK = re.compile(r"^(\s*)(\d+)([.)])")
_YAML_UNSAFE = re.compile("[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")


def yaml_string(text) -> str:
    """A YAML double-quoted scalar: JSON escaping plus the characters YAML treats as breaks or forbids."""
    quoted = json.dumps(str(text), ensure_ascii=False)
    return _YAML_UNSAFE.sub(lambda m: "\\u%04x" % ord(m.group()), quoted)


def md_text(text) -> str:
    """Release text as literal Markdown inline text."""
    text = " ".join(str(text).split())
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = _LINE_START_MARK.sub(r"\1\2\\\3", text)
    text = text.replace("\\{%", "\\{\\%")  # no "{%" left for Liquid / Jinja based site generators
    if text[:1] and text[0] in "-=":  # ('' is in every string: an empty text stays empty)
        text = "\\" + text
    return text


def _front_matter(article):
    lines = ["---"]
    lines.append(f"title: {yaml_string(article.headline or '')}")
    lines.append(f"slug: {yaml_string(article.slug)}")
    date = common.published_local(article)
    if date:
        lines.append(f"date: {yaml_string(common.rfc3339(date, article.lang) or date)}")
    if article.embargo and article.embargo.datetime:
        lines.append(f"embargo: {yaml_string(common.rfc3339(article.embargo.datetime, article.lang) or article.embargo.datetime)}")
    lines.append(f"lang: {yaml_string(article.lang)}")
    if article.byline:
        lines.append(f"byline: {yaml_string(article.byline)}")
    if article.highlights:
        lines.append("highlights:")
        lines.extend(f"  - {yaml_string(h)}" for h in article.highlights)
    else:
        lines.append("highlights: []")
    if article.contacts:
        lines.append("contacts:")
        for contact in article.contacts:
            fields = [("name", contact.name), ("title", contact.title), ("department", contact.department),
                      ("team", contact.team)]
            present = [(k, v) for k, v in fields if v] or [("text", contact.text)]
            first = True
            for key, value in present:
                lines.append(f"  {'- ' if first else '  '}{key}: {yaml_string(value)}")
                first = False
            for key, values in (("phones", contact.phones), ("emails", contact.emails)):
                if values:
                    lines.append(f"    {key}: [{', '.join(yaml_string(v) for v in values)}]")
    else:
        lines.append("contacts: []")
    lines.append("---")
    return lines


def _list_lines(node, depth):
    out = []
    number = node.start or 1
    for item in node.items:
        block = item.block
        if node.ordered and not node.marked:
            prefix = f"{number}. "
            number += 1
        else:
            prefix = "- " + (md_text(block.marker) + " " if node.marked and block.marker else "")
        out.append("    " * depth + prefix + md_text(block.text))
        for child in item.children:
            if child.kind == "list":
                out.extend(_list_lines(child, depth + 1))
            else:
                out.append("")
                out.append("    " * (depth + 1) + _block_text(child.block))
    return out


def _block_text(block):
    marker = md_text(block.marker) + " " if block.marker else ""
    if block.type == "heading":
        return ("## " if (block.level or 0) <= 1 else "### ") + md_text(block.text)
    if block.type == "quote":
        return "> " + md_text(block.text)
    if block.type == "note":
        return "*" + marker + md_text(block.text) + "*"
    if block.type == "table" and block.rows:
        width = max(len(r) for r in block.rows)
        rows = [list(r) + [""] * (width - len(r)) for r in block.rows]
        lines = ["| " + " | ".join(md_text(c) for c in rows[0]) + " |",
                 "|" + " --- |" * width]
        lines.extend("| " + " | ".join(md_text(c) for c in r) + " |" for r in rows[1:])
        return "\n".join(lines)
    return marker + md_text(block.text) if block.type == "list_item" else md_text(block.text)


def _body(article):
    chunks = []
    for node in common.body_tree(article.body):
        if node.kind == "list":
            chunks.append("\n".join(_list_lines(node, 0)))
        else:
            chunks.append(_block_text(node.block))
    return chunks


def _dateline_text(article):
    """The place and the release date, as the HTML page prints them (no dangling dash, no hidden date)."""
    if common.dateline_shows_date(article.dateline):
        return article.dateline.text
    parts = [common.dateline_label(article.dateline, article.body), common.display_date(common.published_local(article), article.lang)]
    return " — ".join(p for p in parts if p)


def render(article, *, fragment=False, template=None, template_dir=None, **_options) -> str:
    """YAML front matter, then the headline, highlights, body, attachments and contacts in Markdown.

    With `fragment`, the front matter is left out. Templates do not apply to Markdown.
    """
    labels = common.labels_for(article.lang)
    chunks = [] if fragment else ["\n".join(_front_matter(article))]
    if article.headline:
        chunks.append("# " + md_text(article.headline))  # no empty heading when no line read as the title
    if article.highlights:
        chunks.append("\n".join("- **" + md_text(h) + "**" for h in article.highlights))
    dated = _dateline_text(article)
    if dated:
        chunks.append("*" + md_text(dated) + "*")
    chunks.extend(_body(article))
    if article.attachments:
        chunks.append("## " + md_text(labels["attachments"]))
        chunks.append("\n".join("- " + md_text(a) for a in article.attachments))
    if article.contacts:
        chunks.append("## " + md_text(labels["contacts"]))
        lines = []
        area = common.area_code(article)
        for contact in article.contacts:
            parts = [md_text(common.contact_label(contact, article.lang))]
            parts += [f"[{md_text(p)}](<{uri}>)" if uri else md_text(p)
                      for p, uri in ((p, common.tel_uri(p, article.lang, area)) for p in contact.phones)]
            parts += [f"[{md_text(e)}](<mailto:{e}>)" for e in contact.emails if "<" not in e and ">" not in e]
            lines.append("- " + " · ".join(parts))
        chunks.append("\n".join(lines))
    return "\n\n".join(chunks) + "\n"
