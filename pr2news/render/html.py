"""The article as a publishable HTML5 page (or just its <article> element), from Jinja2 templates.

Templates are looked up in `template_dir` (a newsroom's own), then in the installed `pr2news.templates`;
`template` names one file that replaces article.html.j2. Autoescaping is always on.
"""
from __future__ import annotations

import json
import os
from functools import lru_cache
from importlib import resources

import jinja2
from markupsafe import Markup

from ..errors import ConversionError
from . import common

ARTICLE_TEMPLATE = "article.html.j2"
PREVIEW_TEMPLATE = "preview.html.j2"


def environment(template_dir=None, extra_dirs=()):
    """A Jinja2 environment with autoescape on over the given folders, then the installed templates."""
    return _environment(template_dir, tuple(extra_dirs))


# One environment per set of folders, so that a batch compiles each template once, not once per article
# (its loaders still notice a template file that changes on disk).
@lru_cache(maxsize=32)
def _environment(template_dir, extra_dirs):
    installed = resources.files("pr2news.templates")
    loaders = [jinja2.FileSystemLoader(os.fspath(d)) for d in (*extra_dirs, template_dir) if d]
    loaders.append(jinja2.FileSystemLoader(os.fspath(installed)))
    env = jinja2.Environment(loader=jinja2.ChoiceLoader(loaders), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                             keep_trailing_newline=True)
    env.filters["tel_uri"] = common.tel_uri
    env.filters["contact_label"] = common.contact_label
    env.globals["heading_tag"] = common.heading_tag
    return env


def json_for_script(data) -> Markup:
    """JSON safe inside <script>: <, > and & escaped so no string can close the element."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return Markup(text)


def json_ld(article, publisher=None) -> dict:
    """schema.org NewsArticle metadata: the issuing agency publishes; the author is a Person only for a person."""
    data = {"@context": "https://schema.org", "@type": "NewsArticle"}
    if article.headline:
        data["headline"] = article.headline
    published = common.published_local(article)
    if published:
        data["datePublished"] = common.rfc3339(published, article.lang) or published
    agency = publisher or common.issuing_agency(article)
    if article.byline:
        office = common.byline_is_office(article.byline, article.lang)
        data["author"] = {"@type": "Organization" if office else "Person", "name": common.byline_name(article.byline)}
    elif agency:
        data["author"] = {"@type": "Organization", "name": agency}
    if agency:
        data["publisher"] = {"@type": "Organization", "name": agency}
    summary = common.description(article, limit=300)
    if summary:
        data["description"] = summary
    body = article.body_text()
    if body:
        data["articleBody"] = body
    if article.dateline and article.dateline.place:
        data["locationCreated"] = {"@type": "Place", "name": common.dateline_place(article.dateline)}
    if article.lang and article.lang != "und":
        data["inLanguage"] = article.lang
    return data


def context(article, publisher=None) -> dict:
    """The template variables, documented in the README."""
    published = common.published_local(article)
    return {
        "article": article,
        "lang": article.lang if article.lang and article.lang != "und" else "",
        "headline": article.headline or "",
        # the page's <title> when no line read as the title (an empty <title> leaves the tab blank)
        "page_title": article.headline or common.labels_for(article.lang)["untitled"],
        "highlights": list(article.highlights),
        "dateline": article.dateline,
        "dateline_datetime": (common.local_datetime(article.dateline.date, article.dateline.time)
                              if article.dateline else None),
        "dateline_label": common.dateline_label(article.dateline, article.body),
        "dateline_shows_date": common.dateline_shows_date(article.dateline),
        "embargo": article.embargo,
        "embargo_text": common.display_date(article.embargo.datetime, article.lang) if article.embargo else "",
        "byline": article.byline,
        "published": published,
        "published_text": common.display_date(published, article.lang),
        "body": common.body_tree(article.body),
        "contacts": list(article.contacts),
        "area_code": common.area_code(article),
        "attachments": list(article.attachments),
        "issuer": common.issuer(article),
        "publisher": publisher or common.issuing_agency(article),
        "description": common.description(article),
        "og_locale": common.OG_LOCALES.get(article.lang),
        "json_ld": json_for_script(json_ld(article, publisher)),
        "labels": common.labels_for(article.lang),
    }


def _template(env, template, default_name):
    if template:
        with open(template, encoding="utf-8") as fh:
            return env.from_string(fh.read())
    return env.get_template(default_name)


def template_failure(exc, template=None):
    """A Jinja error as the one domain error: which template, which line, what (never a traceback)."""
    name, line = getattr(exc, "filename", None) or getattr(exc, "name", None), getattr(exc, "lineno", None)
    tb = exc.__traceback__
    while tb is not None:  # for errors while rendering, Jinja maps the frames back to template lines
        filename = tb.tb_frame.f_code.co_filename
        if filename == "<template>" or filename.endswith((".j2", ".jinja", ".html", ".css")):
            name, line = filename, tb.tb_lineno
        tb = tb.tb_next
    if name in (None, "<template>"):
        name = template or "template"
    where = f"template {os.path.basename(name)}" + (f", line {line}" if line else "")
    return ConversionError(name, f"{where}: {exc.message or type(exc).__name__}")


def _render_page(env, template, default_name, values):
    try:
        return _template(env, template, default_name).render(values)
    except jinja2.TemplateError as exc:
        raise template_failure(exc, template) from None


def render(article, *, fragment=False, template=None, template_dir=None, publisher=None, **_options) -> str:
    """A full HTML5 document, or with `fragment` only the <article> element; `publisher` names the JSON-LD
    publisher (otherwise the issuing department found in the release)."""
    extra = (os.path.dirname(os.path.abspath(template)),) if template else ()
    env = environment(template_dir, extra_dirs=extra)
    return _render_page(env, template, ARTICLE_TEMPLATE, dict(context(article, publisher), fragment=fragment))


def render_body(article) -> str:
    """The body blocks alone as HTML, for ninjs bodies."""
    env = environment()
    macros = env.get_template("macros.html.j2").module
    return str(macros.body_blocks(common.body_tree(article.body))).strip() + "\n"


def render_preview(article, *, source_name="", template_dir=None, publisher=None, editor=None) -> str:
    """The editor's preview: the rendered article beside every source line tinted by its role.

    `editor` (from pr2news.serve: the script's nonce and its state) makes it the page where an editor pins
    roles to lines; without it the page runs no script.
    """
    from ..model import ROLES
    from ..segment.pins import PINNED
    env = environment(template_dir)
    counts = {role: 0 for role in ROLES}
    for trace in article.trace:
        counts[trace.role] = counts.get(trace.role, 0) + 1
    values = context(article, publisher)
    values.update(source_name=source_name, trace=list(article.trace), roles=ROLES, role_counts=counts,
                  warnings=list(article.warnings), stripped=list(article.stripped),
                  line_warnings=warnings_by_line(article), pinned_reason=PINNED, editor=editor,
                  editor_state=json_for_script(editor["state"]) if editor else None)
    return _render_page(env, None, PREVIEW_TEMPLATE, values)


def warnings_by_line(article) -> dict:
    """{trace position: [Warning]} for the warnings that concern a line: a guessed headline is flagged on the
    headline, a body cut short on its last line; the others concern the whole release."""
    roles = [t.role for t in article.trace]
    concerns = {"HEADLINE_GUESSED": "headline", "TRUNCATED_BODY": "body"}
    found = {}
    for warning in article.warnings:
        role = concerns.get(warning.code)
        if role in roles:
            index = roles.index(role) if role == "headline" else len(roles) - 1 - roles[::-1].index(role)
            found.setdefault(index, []).append(warning)
    return found
