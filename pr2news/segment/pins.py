"""An editor's pins: lines whose role is fixed before the rules run. The rules then decide every other line
around them (a pinned headline moves what the rules took for the headline, the deck under it, the body's
start); no rule changes a pinned line's role."""
from __future__ import annotations

from ..model import ROLES, Dateline, Embargo
from .dates import parse_datetime

PINNED = "pinned by an editor"
# above every priority a rule gives a dateline candidate (5 at most): the editor's date line wins
_PINNED_DATELINE = 9
# above the precision of any embargo a rule finds (date and time: 2): no rule displaces the editor's
_PINNED_EMBARGO = 3


def check_pins(pins):
    """{line index: role} as given; ValueError for a role that is not one of ROLES or an index that is not an int."""
    checked = {}
    for index, role in (pins or {}).items():
        if isinstance(index, bool) or not isinstance(index, int):
            raise ValueError(f"a pin's line is a 0-based int, not {index!r}")
        if role not in ROLES:
            raise ValueError(f"line {index} is pinned to {role!r}, which is not one of {', '.join(ROLES)}")
        checked[index] = role
    return checked


def apply_pins(d):
    """Claim every pinned line for its role before any rule runs, and record what build() reads for it.

    The article has one dateline, one embargo and one byline: several lines pinned to one of them (a label
    and its value, a title and a name) are read as one, so no pinned line is left out of the article."""
    for i in sorted(d.pins):
        d.claim(i, d.pins[i], PINNED)
    dateline = _joined(d, "dateline", " ")
    if dateline:
        date, time = parse_datetime(dateline[1])
        d.datelines.append((_PINNED_DATELINE, dateline[0], Dateline(text=dateline[1], date=date, time=time)))
    embargo = _joined(d, "embargo", " ")
    if embargo:
        date, time = parse_datetime(embargo[1])
        d.embargo = Embargo(text=embargo[1], datetime=f"{date}T{time or '00:00'}" if date else None)
        d.embargo_line, d.embargo_precision = embargo[0], _PINNED_EMBARGO
    byline = _joined(d, "byline", ", ")
    if byline:
        d.bylines.append(byline)


def _joined(d, role, separator):
    """(first line, the text of every line pinned to role, joined), or None."""
    pinned = d.pinned_lines(role)
    return (pinned[0], separator.join(d.lines[i].content for i in pinned)) if pinned else None


def finish_pins(d):
    """After the rules: what the editor's pins mean for the lines the rules claimed."""
    _group_pinned_contacts(d)
    if d.pinned_lines("embargo"):
        # the editor's embargo is the article's: an embargo line a rule found is left out of it, so it is stripped
        for i, role in enumerate(d.roles):
            if role == "embargo" and i not in d.pins:
                d.overrule(i, "stripped", "another embargo line (an editor pinned the embargo)")


def _group_pinned_contacts(d):
    """Consecutive lines pinned as contact are one entry, joined to a contact block they touch."""
    runs = []
    for i in d.pinned_lines("contact"):
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        touching = next((g for g in d.contact_groups if run[0] - 1 in g or run[-1] + 1 in g or run[0] in g), None)
        if touching is None:
            d.contact_groups.append(run)
        else:
            touching.extend(i for i in run if i not in touching)
            touching.sort()
    if runs:
        d.contact_groups.sort(key=lambda group: group[0])
