"""The article as IPTC ninjs 3.1 JSON, the news-exchange format of newsroom systems and agencies.

Times are RFC 3339 with the release's UTC offset (+09:00 for Korean releases, or `utc_offset=`); when the
offset is unknown, `firstCreated` / `embargoedUntil` are left out rather than guessed.
"""
from __future__ import annotations

import json
from urllib.parse import quote

from . import common

NINJS_SCHEMA_URI = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#"


def item_uri(article) -> str:
    """A stable URN from the slug and the source's SHA-256, percent-encoded (slugs may keep Hangul)."""
    sha = article.source.sha256 if article.source else "0" * 64
    slug = quote(article.slug or "untitled", safe="-")
    return f"urn:pr2news:{slug}:{sha[:16]}"


def _info_sources(article):
    sources = []
    for contact in article.contacts:
        entry = {"name": common.contact_label(contact, article.lang), "role": "contact"}
        if contact.department:
            entry["literal"] = contact.department
        info = [{"type": "phone", "role": "office", "value": p} for p in contact.phones]
        info += [{"type": "email", "role": "office", "value": e} for e in contact.emails]
        if info:
            entry["contactInfo"] = info
        sources.append(entry)
    return sources


def to_ninjs(article, utc_offset=None) -> dict:
    """The ninjs object as a dict, keys in a stable order."""
    from .html import render_body
    item = {
        "uri": item_uri(article),
        "standard": {"name": "ninjs", "version": "3.1", "schema": NINJS_SCHEMA_URI},
        "type": "text",
        "representationType": "full",
        "profile": "pr2news-press-release",
    }
    first_created = common.rfc3339(common.published_local(article), article.lang, utc_offset)
    if first_created:
        item["firstCreated"] = first_created
    if article.embargo:
        embargoed = common.rfc3339(article.embargo.datetime, article.lang, utc_offset)
        if embargoed:
            item["embargoedUntil"] = embargoed
    if article.lang and article.lang != "und":
        item["language"] = article.lang
    headlines = []
    if article.headline:
        headlines.append({"role": "main", "value": article.headline})
    headlines += [{"role": "subhead", "value": h} for h in article.highlights]
    if headlines:
        item["headlines"] = headlines
    summary = common.description(article, limit=300)
    if summary:
        item["descriptions"] = [{"role": "summary", "contentType": "text/plain", "value": summary}]
    plain = article.body_text()
    item["bodies"] = [
        {"role": "main", "contentType": "text/html", "value": render_body(article)},
        {"role": "main", "contentType": "text/plain", "value": plain,
         "charCount": len(plain), "wordCount": len(plain.split())},
    ]
    who = common.issuer(article)
    if who:
        item["by"] = who
    if article.slug:
        item["slugline"] = article.slug
    if article.dateline and article.dateline.place:
        item["located"] = article.dateline.place
    sources = _info_sources(article)
    if sources:
        item["infoSources"] = sources
    return item


def render(article, *, fragment=False, template=None, template_dir=None, utc_offset=None, **_options) -> str:
    """ninjs 3.1 JSON text; `fragment` and the template options do not apply."""
    return json.dumps(to_ninjs(article, utc_offset), ensure_ascii=False, indent=2) + "\n"
