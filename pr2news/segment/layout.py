"""Roles read from document layout: tables, boxes, page headers and footers (Word, HWPX, HTML).

Agency releases put their parts in predictable containers: a header table above the headline
(보도자료 | 보도일시 | 담당부서), a one-cell box or text box of subtitles right under the headline, a
contact table (담당부서 · 담당자 · 연락처, Media Inquiries) at the top or the end. The cues here are
positions, cell shapes and labels from the lexicons, never the wording of one document.
"""
from __future__ import annotations


from .. import fastre
from ..lexicon.common import EMAIL, matches, phones_in
from ..model import Dateline, Embargo
from .dates import find_date, parse_datetime
from .lines import is_prose

_MAX_HIGHLIGHT_LINES = 8
_MAX_META_CELL = 80
# single syllables set apart by spaces or a middle dot, opening a cell: 작 성 · 문 의, 담 당 자
_SPACED_LABEL = fastre.compile(r"^((?:[가-힣](?:\s+|\s*[·ㆍ/]\s*)){1,}[가-힣])(?![가-힣])")


_matches = matches


def cell_label_text(line):
    """A cell's text with a letter-spaced opening label closed up: '작 성 · 문 의 …' -> '작성·문의 …'."""
    text = line.content if line.marker else line.text
    return _SPACED_LABEL.sub(lambda m: m.group(1).replace(" ", ""), text)


def _starts_with_contact_label(line, lex):
    text = cell_label_text(line)
    return _matches(lex.contact_labels, text)


def _has_contact_data(line):
    return bool(phones_in(line.text) or EMAIL.search(line.text))


def _tables(d):
    """Body table cells grouped per table: {table number: [line indices]} in document order."""
    tables = {}
    for i, line in enumerate(d.lines):
        cell = line.block.cell
        if cell is not None and line.block.container == "body":
            tables.setdefault(cell.table, []).append(i)
    return tables


def _contact_shaped(d, indices):
    """A table that holds contact labels and their values, and nothing that reads as running text."""
    lex = d.lex
    labels = [i for i in indices if _starts_with_contact_label(d.lines[i], lex)]
    if not labels:
        return False
    if len({d.lines[i].block.cell.row for i in indices}) > 12:
        return False
    has_data = any(_has_contact_data(d.lines[i]) for i in indices)
    for i in indices:
        line = d.lines[i]
        if i in labels or _has_contact_data(line):
            continue
        text = line.content
        if len(text) > 60 or is_prose(line, lex) or lex.lang == "ko" and fastre.search(r"다\.?$", text):
            return False
    return has_data or len(indices) > len(labels)


def _claim_contact_table(d, indices):
    free = [i for i in indices if d.free(i)]
    for i in free:
        d.claim(i, "contact", "contact table" if i != indices[0] else "contact table label")
    members = set(indices)
    for group in d.contact_groups:
        if members & set(group):
            group.extend(i for i in free if i not in group)
            group.sort()
            return
    if free:
        d.contact_groups.append(sorted(free))


def _is_header_table(d, indices):
    """Short cells above the headline holding the release label, a date or a release-time line."""
    lex = d.lex
    if max(indices) > _top_end(d):
        return False
    if any(len(d.lines[i].text) > _MAX_META_CELL for i in indices):
        return False
    for i in indices:
        text = cell_label_text(d.lines[i])
        if _matches(lex.release_labels, text) or _matches(lex.embargo_patterns, text) or \
                _matches(lex.date_cues, text) or find_date(text)[0] or d.roles[i] in ("dateline", "embargo"):
            return True
    return False


def _claim_header_table(d, indices):
    lex = d.lex
    by_row = {}
    for i in indices:
        cell = d.lines[i].block.cell
        by_row.setdefault(cell.row, []).append(i)
    for row in by_row.values():
        row.sort(key=lambda i: (d.lines[i].block.cell.col, i))
        for n, i in enumerate(row):
            line = d.lines[i]
            text = cell_label_text(line)
            value = row[n + 1] if n + 1 < len(row) else None
            value_date = find_date(d.lines[value].text)[0] if value is not None else None
            is_time_label = _matches(lex.embargo_patterns, text) or _matches(lex.date_cues, text)
            if is_time_label and value_date and not find_date(text)[0]:
                # 보도일시 | 2026. 4. 2.(목) 06:00: the label names what the date in the next cell is
                joined = f"{line.content} {d.lines[value].content}"
                date, time = parse_datetime(joined)
                if _matches(lex.embargo_patterns, text):
                    if d.embargo is None or d.embargo.datetime is None and d.embargo_line not in d.pins:
                        d.embargo = Embargo(text=joined, datetime=f"{date}T{time or '00:00'}" if date else None)
                    _reclaim(d, i, "embargo", "release-time label in the header table")
                    _reclaim(d, value, "embargo", "release time in the header table")
                else:
                    _reclaim(d, i, "dateline", "date label in the header table")
                    d.claim(value, "dateline", "date in the header table")
                    d.datelines.append((4, value, Dateline(text=joined, date=date, time=time)))
                continue
            if not d.free(i):
                continue
            date, time = parse_datetime(line.content)
            if date:
                d.claim(i, "dateline", "date in the release header table")
                d.datelines.append((3, i, Dateline(text=line.content, date=date, time=time)))
            elif _starts_with_contact_label(line, lex):
                continue  # left to the contact rule's groups
            else:
                d.claim(i, "stripped", "release header table")


def _reclaim(d, i, role, reason):
    """Give a line a more exact role than a line-by-line rule gave it (the same kind of meta line)."""
    if d.roles[i] in (None, "stripped", "dateline", "embargo") and i not in d.pins:
        d.datelines[:] = [c for c in d.datelines if c[1] != i]
        d.roles[i], d.reasons[i] = role, reason


def _top_end(d):
    """Index of the first running-text paragraph outside tables and boxes: where the top matter ends."""
    for i, line in enumerate(d.lines):
        if d.free(i) and line.block.cell is None and line.block.container == "body" and is_prose(line, d.lex):
            return i
    return len(d.lines)


def _highlight_box(d, indices):
    """A box (one-cell table or text box) in the top matter, right under a title line: its lines are subtitles."""
    if max(indices) > _top_end(d):
        return False
    before = next((k for k in range(min(indices) - 1, -1, -1) if d.free(k)), None)
    if before is None:
        return False
    title = d.lines[before]
    if title.block.cell is not None or title.block.container != "body" or is_prose(title, d.lex):
        return False
    lines = [d.lines[i] for i in indices if d.free(i)]
    if not lines or len(lines) > _MAX_HIGHLIGHT_LINES:
        return False
    limit = 200 if d.lex.lang == "ko" else 320
    return all(len(l.content) <= limit and not _has_contact_data(l) for l in lines)


def _boxes(d):
    """Text boxes, each as its run of consecutive lines."""
    runs, current, last_where = [], [], None
    for i, line in enumerate(d.lines):
        if line.block.container == "textbox":
            box = line.where.split(" paragraph ")[0]
            if current and box != last_where:
                runs.append(current)
                current = []
            current.append(i)
            last_where = box
        elif current:
            runs.append(current)
            current, last_where = [], None
    if current:
        runs.append(current)
    return runs


def rule_tables(d):
    """Header tables, subtitle boxes, contact tables, page headers and footers, from their layout."""
    for indices in _tables(d).values():
        cell = d.lines[indices[0]].block.cell
        if _contact_shaped(d, indices):
            _claim_contact_table(d, indices)
        elif _is_header_table(d, indices):
            _claim_header_table(d, indices)
        elif cell.rows * cell.cols == 1 and cell.depth == 0 and _highlight_box(d, indices):
            for i in indices:
                d.claim(i, "highlight", "subtitle box under the title")
    for indices in _boxes(d):
        if _highlight_box(d, indices):
            for i in indices:
                d.claim(i, "highlight", "subtitle text box under the title")
    for i, line in enumerate(d.lines):
        container = line.block.container
        if container in ("header", "footer") and d.free(i):
            date, time = parse_datetime(line.content)
            if date and len(line.content) <= _MAX_META_CELL:
                d.claim(i, "dateline", f"date in the page {container}")
                d.datelines.append((1, i, Dateline(text=line.content, date=date, time=time)))
            else:
                d.claim(i, "stripped", f"page {container}")
