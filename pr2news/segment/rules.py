"""How the segmenter runs: line evidence, one global decision, then the roles inside each part.

State lives in a `Draft` (draft.py): the lines, the role and reason chosen for each, and what was found.

0. Lines that hold two roles (a sign-off glued to the last paragraph, a page flattened into a block)
   are split into parts first (split.py).
1. LINE_RULES recognise what a line is on its own, wherever it stands: a menu item, a contact, a
   release label, an embargo line, a header table, a photo caption. Each claims lines and says why.
2. `decode.decide` weighs the evidence of every line together (evidence.py) and chooses, for the whole
   document at once, where the headline is and where the article ends: one misleading line costs a
   little and cannot throw away the paragraphs around it.
3. ZONE_RULES give the roles inside the parts chosen: the deck under the headline, the body, the tail.

An editor's pins (pins.py) are claimed before step 1, a pinned headline is a hard constraint of step 2,
and no rule changes a pinned line's role.

`article.build` turns the finished draft into an Article.
"""
from __future__ import annotations

from .. import lexicon
from .article import build
from .boilerplate import rule_captions, rule_chrome, rule_story_lists
from .contact import rule_contact_sentences, rule_contacts
from .decode import decide
from .deck import rule_deck
from .draft import Draft
from .extent import rule_attached_files, rule_body, rule_leftovers, rule_tail, rule_wire_prefix
from .headline import rule_before_headline, rule_headline, rule_title_after_text
from .layout import rule_tables
from .lines import detect_language, prepare, prose_flags, wrap_width
from .memo import forget as forget_earlier_documents
from .meta import rule_release_meta, rule_split_labels
from .pins import apply_pins, check_pins, finish_pins
from .split import split_lines

LINE_RULES = (
    ("chrome", rule_chrome),
    ("story lists", rule_story_lists),
    ("split labels", rule_split_labels),
    ("contacts", rule_contacts),
    ("release meta", rule_release_meta),
    ("layout", rule_tables),
    ("contact sentences", rule_contact_sentences),
    ("captions", rule_captions),
    ("attached files", rule_attached_files),
)

ZONE_RULES = (
    ("headline", rule_headline),
    ("above headline", rule_before_headline),
    ("deck", rule_deck),
    ("body", rule_body),
    ("tail", rule_tail),
    ("wire prefix", rule_wire_prefix),
    ("title after the text", rule_title_after_text),
    ("leftovers", rule_leftovers),
)


def line_draft(blocks, lang=None, pins=None):
    """Blocks -> a Draft with every line rule applied, before the global decision.

    `pins` ({line position: role}, checked) are claimed before any rule runs (pins.py)."""
    forget_earlier_documents()  # answers kept per document (memo.py) start afresh
    lines = prepare(blocks)
    lang = lang or detect_language(lines)
    lex = lexicon.for_lang(lang)
    lines = split_lines(lines, lex)
    pins = {i: role for i, role in (pins or {}).items() if 0 <= i < len(lines)}
    d = Draft(lines=lines, lex=lex, roles=[None] * len(lines), reasons=[""] * len(lines), pins=pins)
    d.wrap_width = wrap_width(lines)
    d.prose = prose_flags(lines, lex, d.wrap_width)
    if pins:
        apply_pins(d)
    for _name, rule in LINE_RULES:
        rule(d)
    return d


def segment(blocks, lang=None, pins=None):
    """Blocks -> Article (without slug and source, which the pipeline adds).

    `pins` maps a line's position in Article.trace (0-based) to a role of model.ROLES: an editor's
    correction. Pinned lines keep their role, a pinned headline is the headline, and the segmenter decides
    the other lines around them; a position past the last line is ignored, an unknown role is a ValueError.
    """
    d = line_draft(blocks, lang, check_pins(pins))
    decide(d)
    for _name, rule in ZONE_RULES:
        rule(d)
    if d.pins:
        finish_pins(d)
    return build(d, d.lex.lang)
