"""The segmenter's working state: the lines, the role and reason chosen for each, and what the rules found."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..lexicon.common import matches
from ..model import Dateline
from .dates import parse_datetime


@dataclass
class Draft:
    lines: list
    lex: object
    roles: list
    reasons: list
    headline: int = None
    body_start: int = None
    tail_start: int = None
    first_prose: int = None
    datelines: list = field(default_factory=list)       # (priority, index, Dateline)
    contact_groups: list = field(default_factory=list)  # lists of line indices
    fragments: dict = field(default_factory=dict)       # index -> pieces of a line moved to `stripped`
    wire: object = None                                 # split of the first body line
    bylines: list = field(default_factory=list)         # (index, text)
    headline_text: str = None
    headline_guessed: bool = False
    embargo: object = None                              # Embargo, from the most precise embargo line
    embargo_line: int = None
    embargo_precision: int = -1
    paired: dict = field(default_factory=dict)          # value line -> the label line it belongs to
    prose: list = field(default_factory=list)           # per line: reads as running text

    def free(self, i):
        return self.roles[i] is None

    def claim(self, i, role, reason):
        if self.roles[i] is None:
            self.roles[i] = role
            self.reasons[i] = reason
            return True
        return False

    def line(self, i):
        return self.lines[i]


def label_text(line):
    """The line as a label: letter-spacing undone, bullet dropped."""
    return line.label


def demote(d, i, reason):
    """Strip line i, and the value line paired with it (보도일시 / its date below), as not chosen."""
    d.roles[i], d.reasons[i] = "stripped", reason
    for value, label in d.paired.items():
        if label == i:
            d.roles[value], d.reasons[value] = "stripped", reason


def claim_date_line(d, i, reason, priority=2):
    """A line that is only a date: a dateline candidate (the best one wins in `build`)."""
    line = d.lines[i]
    date, time = parse_datetime(line.content)
    d.claim(i, "dateline", reason)
    d.datelines.append((priority, i, Dateline(text=line.content, date=date, time=time)))


def is_release_meta(line, lex):
    text = label_text(line)
    return matches(lex.release_labels, text) or matches(lex.embargo_patterns, text) or matches(lex.date_cues, text)
