"""The ordered table of rules that give every input line one role.

State lives in a `Draft` (draft.py): the lines, the role and reason chosen for each, and what the rules
found. Each rule reads the draft and claims unclaimed lines for one role, and says why; later rules never
undo earlier ones. `article.build` turns the finished draft into an Article. The rules live with their
role: boilerplate.py, contact.py, meta.py, layout.py, headline.py, deck.py, extent.py.
"""
from __future__ import annotations

from .. import lexicon
from .article import build
from .boilerplate import rule_captions, rule_chrome
from .contact import rule_contacts
from .deck import rule_deck
from .draft import Draft
from .extent import (
    rule_body,
    rule_first_prose_and_tail,
    rule_leftovers,
    rule_tail,
    rule_wire_prefix,
)
from .headline import rule_before_headline, rule_headline
from .layout import rule_tables
from .lines import detect_language, prepare, prose_flags
from .meta import rule_release_meta, rule_split_labels

RULES = (
    ("chrome", rule_chrome),
    ("split labels", rule_split_labels),
    ("contacts", rule_contacts),
    ("release meta", rule_release_meta),
    ("layout", rule_tables),
    ("captions", rule_captions),
    ("prose and tail", rule_first_prose_and_tail),
    ("headline", rule_headline),
    ("above headline", rule_before_headline),
    ("deck", rule_deck),
    ("body", rule_body),
    ("tail", rule_tail),
    ("wire prefix", rule_wire_prefix),
    ("leftovers", rule_leftovers),
)


def segment(blocks, lang=None):
    """Blocks -> Article (without slug and source, which the pipeline adds)."""
    lines = prepare(blocks)
    lang = lang or detect_language(lines)
    lex = lexicon.for_lang(lang)
    d = Draft(lines=lines, lex=lex, roles=[None] * len(lines), reasons=[""] * len(lines))
    d.prose = prose_flags(lines, lex)
    for _name, rule in RULES:
        rule(d)
    return build(d, lang)
