"""Roles read from document layout: tables, boxes, page headers and footers (Word, HWPX, HTML).

Agency releases put their parts in predictable containers: a header grid above the headline (보도자료 |
보도시점 | 배포, in older layouts also 담당부서 | 담당과장 | 담당자), a title box (the headline in its first row,
set larger than the text; the subtitles under it), sometimes a summary box of bullets, a one-cell box or
text box of subtitles right under a headline, a contact table (담당 부서 · 책임자 · 담당자, Media Inquiries)
read row by row as one block; after the contact table or an appendix label (붙임, 별첨, 참고 1) the release's
text is over. The cues here are positions, cell shapes, sizes and labels from the lexicons, never the wording
of one document.
"""
from __future__ import annotations


from .. import fastre
from ..lexicon.common import EMAIL, NOTE_MARKERS, URL, matches, phones_in
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
    if not labels or any(_is_time_label(d.lines[i], lex) or _matches(lex.embargo_patterns, cell_label_text(d.lines[i]))
                         for i in indices):
        return False  # 보도일시 … 담당과장 …: a header grid that also holds the contacts
    if len({d.lines[i].block.cell.row for i in indices}) > 12:
        return False
    has_data = any(_has_contact_data(d.lines[i]) for i in indices)
    for i in indices:
        line = d.lines[i]
        if i in labels or _has_contact_data(line):
            continue
        text = line.content
        # a sentence ends in 다 (한바다, a name, does too: one word is not a sentence)
        if len(text) > 60 or is_prose(line, lex) or lex.lang == "ko" and fastre.search(r"\S\s+\S.*다\.?$|다\.$", text):
            return False
    return has_data or len(indices) > len(labels)


def _is_time_label(line, lex):
    text = cell_label_text(line)
    return bool(_matches(lex.embargo_patterns, text) or _matches(lex.date_cues, text)) and len(text) <= 12


def _claim_contact_cells(d, indices, reason):
    """Cells read as one contact block, row by row: cells that a line rule gave to other blocks come back."""
    members, last = set(indices), max(indices)
    kept = []
    for group in d.contact_groups:
        if members & set(group):
            for i in group:
                if i > last and i not in members:
                    d.overrule(i, None, "")  # ran on past the table's end: the table is the block
            group = [i for i in group if i not in members and i < last]
        kept.append(group)
    d.contact_groups[:] = [group for group in kept if group]
    group = []
    for i in indices:
        if d.roles[i] in (None, "contact") and d.overrule(i, "contact", reason):
            group.append(i)
    if group:
        d.contact_groups.append(sorted(group))


def _claim_contact_table(d, indices):
    _claim_contact_cells(d, indices, "contact table, read row by row")


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


def _header_contacts(d, indices):
    """The cells of a header grid from its first contact label on (담당부서 …, 담당과장 …), less the release-time
    labels and their values: the older layout puts the contacts in the grid over the headline."""
    lex = d.lex
    ordered = sorted(indices, key=lambda i: (d.lines[i].block.cell.row, d.lines[i].block.cell.col, i))
    first = next((k for k, i in enumerate(ordered) if _starts_with_contact_label(d.lines[i], lex)
                  and not _is_time_label(d.lines[i], lex)), None)
    if first is None:
        return []
    cells, skip_cell = [], None
    for i in ordered[first:]:
        cell = d.lines[i].block.cell
        if _is_time_label(d.lines[i], lex) or matches(lex.release_labels, cell_label_text(d.lines[i])):
            skip_cell = (cell.row, cell.col + cell.col_span)  # the label's value sits in the next cell
            continue
        if (cell.row, cell.col) == skip_cell:
            continue
        cells.append(i)
    has_data = any(_has_contact_data(d.lines[i]) for i in cells)
    return cells if has_data else []


def _claim_header_table(d, indices):
    lex = d.lex
    contacts = _header_contacts(d, indices)
    if contacts:
        _claim_contact_cells(d, contacts, "contact in the release header grid")
        for i in indices:
            if i not in contacts and d.roles[i] == "contact":
                d.overrule(i, "stripped", "release header table")
    by_cell = {}
    for i in indices:
        cell = d.lines[i].block.cell
        by_cell.setdefault((cell.row, cell.col), []).append(i)
    done = set()
    for i in sorted(indices, key=lambda k: (d.lines[k].block.cell.row, d.lines[k].block.cell.col, k)):
        if i in done:
            continue
        line = d.lines[i]
        values = _label_values(d, i, by_cell)
        if values and _is_time_label(line, lex) and not find_date(cell_label_text(line))[0]:
            _claim_time_field(d, i, values)
            done.update(values)
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


def _label_values(d, i, by_cell):
    """The lines of the cell(s) right of a label cell, over every row the label spans (보도시점 over
    '(온라인) … 16:00' and '(지면) … 조간')."""
    cell = d.lines[i].block.cell
    values = []
    for row in range(cell.row, cell.row + cell.row_span):
        values.extend(k for k in by_cell.get((row, cell.col + cell.col_span), ()) if d.roles[k] != "contact")
    return values


def _claim_time_field(d, i, values):
    """보도시점 | 2026. 4. 2.(목) 06:00, 보도시점 | 본회의 통과시(별도통보), 배포일시 | …: the label names what its
    value is; a release time without a date (즉시, a condition) is an embargo all the same."""
    lex = d.lex
    line = d.lines[i]
    joined = " ".join([line.content] + [d.lines[k].content for k in values])
    dated = next((k for k in values if find_date(d.lines[k].text)[0]), None)
    date, time = parse_datetime(d.lines[dated].content) if dated is not None else (None, None)
    if _matches(lex.embargo_patterns, cell_label_text(line)):
        when = f"{date}T{time or '00:00'}" if date else None
        editors = d.embargo_line in d.pins  # an embargo an editor pinned stays the article's
        if not editors and (d.embargo is None or d.embargo.datetime is None or d.embargo.text in joined):
            # the whole field, read by its cells, says more than a line rule's reading of part of it
            d.embargo = Embargo(text=joined, datetime=when or (d.embargo.datetime if d.embargo else None))
        for k, reason in [(i, "release-time label in the header table")] + \
                [(k, "release time in the header table") for k in values]:
            role = "embargo" if d.lines[k].content in d.embargo.text else "stripped"
            _reclaim(d, k, role, reason)
    elif dated is not None:
        _reclaim(d, i, "dateline", "date label in the header table")
        for k in values:
            _reclaim(d, k, "dateline", "date in the header table")
        d.datelines.append((4, dated, Dateline(text=joined, date=date, time=time)))


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


# -- the title box: agencies set the headline in a table of its own, its subtitles in the row below

_TITLE_OVER_TEXT = 2.0     # points a title is set above the running text, at least
_TITLE_MIN_SIZE = 16.0
_MAX_TITLE_BOX_ROWS = 4


def _text_size(d):
    """The size running text is set in: the commonest size by characters, outside tables when there is text there."""
    outside, inside = {}, {}
    for line in d.lines:
        block = line.block
        if block.size and block.container == "body":
            weights = inside if block.cell is not None else outside
            weights[block.size] = weights.get(block.size, 0) + len(line.content)
    if sum(outside.values()) < 200:  # the text itself sits in a box: count the boxes too
        for size, weight in inside.items():
            outside[size] = outside.get(size, 0) + weight
    return max(outside, key=outside.get) if outside else None


def _title_sized(line, text_size):
    size = line.block.size
    return bool(size and text_size) and size >= max(_TITLE_MIN_SIZE, text_size + _TITLE_OVER_TEXT)


def _find_title_box(d, tables, top_end):
    """The first table of the top matter that opens with title-sized text and is not yet read as anything else."""
    text_size = _text_size(d)
    for indices in tables.values():
        if indices[0] > top_end:
            return None
        first = d.lines[indices[0]]
        cell = first.block.cell
        if cell.depth or cell.cols > 2 or cell.rows > _MAX_TITLE_BOX_ROWS or not d.free(indices[0]):
            continue
        if _title_sized(first, text_size) and not first.marker:
            return indices
    return None


def _marked(line):
    """A subtitle's opening mark: a bullet the reader or the text gives (-, ▴, ○), or framing dashes."""
    return bool(line.marker or line.block.list_marker) or line.content[:1] in "-–—▴▵"


def _title_lines(d, indices):
    """The box's headline: its first row (a slogan and the title in one cell are one headline); in a box of one
    row, the lines that share the first line's look, up to a mark or a smaller, lighter line."""
    first = d.lines[indices[0]]
    rows = {d.lines[i].block.cell.row for i in indices}
    head = [indices[0]]
    for i in indices[1:]:
        line = d.lines[i]
        if line.block.cell.row != first.block.cell.row or _marked(line):
            break
        if len(rows) == 1 and (first.block.bold and not line.block.bold
                               or (line.block.size or 0) < (first.block.size or 0) - 1):
            break
        head.append(i)
    return head


def _subtitle(line, lex):
    """A line of the title box under the headline that reads as a subtitle (not a note, a unit, a stray mark)."""
    if line.marker and line.marker.split()[-1][:1] in NOTE_MARKERS or line.content[:1] in NOTE_MARKERS:
        return False
    return len(fastre.findall(r"[가-힣A-Za-z]", line.content)) >= 4


def _claim_title_box(d, indices):
    head = _title_lines(d, indices)
    d.title_box = head  # the decoder puts the headline here (decode.decide), unless an editor pinned one
    for i in head:
        d.claim(i, "headline", "the title box's headline" if i == head[0] else "the title box's headline, continued")
    for i in indices:
        if i in head or not d.free(i):
            continue
        if _subtitle(d.lines[i], d.lex):
            d.claim(i, "highlight", "subtitle in the title box")
        else:
            d.claim(i, "stripped", "note or mark in the title box")


def _summary_box(d, indices):
    """A box of bullet points between the title box and the text (〈 … 달라지는 모습 〉 • … • …): the highlights.
    A box quoting the media report an explanation release answers is the text itself."""
    lines = [d.lines[i] for i in indices]
    if not all(d.free(i) for i in indices) or _matches(d.lex.report_box_labels, lines[0].content):
        return False
    items = [l for l in lines if l.marker and l.marker.split()[-1][:1] not in NOTE_MARKERS]
    return bool(items) and all(l in items or _bracketed(l.content) for l in lines) and len(items) <= _MAX_HIGHLIGHT_LINES


def _bracketed(text):
    return bool(fastre.fullmatch(r"[<〈《\[【(]\s*.{1,60}?\s*[>〉》\]】)]", text))


def _read_title_box(d, tables, top_end):
    """The title box, and any summary box after it: headline, highlights, and where the text starts."""
    if not tables or d.pinned_lines("headline"):
        return  # no table to hold it (text input costs nothing here); or an editor chose the headline
    box = _find_title_box(d, tables, top_end)
    if box is None:
        return
    _claim_title_box(d, box)
    after = box[-1]
    for indices in tables.values():
        if indices[0] <= after or indices[0] > top_end:
            continue
        if any(d.free(k) for k in range(after + 1, indices[0])) or not _summary_box(d, indices):
            break
        for i in indices:
            if _bracketed(d.lines[i].content) and not d.lines[i].marker:
                d.claim(i, "stripped", "heading of the summary box")
            else:
                d.claim(i, "highlight", "summary box under the title")
        after = indices[-1]
    d.body_start = next((k for k in range(after + 1, len(d.lines)) if d.free(k)), None)


# -- after the text: the contact table ends the release; appendices, figures and footers are not its text

def _end_text_at(d, i):
    """The release's text ends before line i: what follows is its tail (appendices, photos, statistics). A cue
    as sure as an end mark for the decoder (extent.tail_cues)."""
    if d.text_ends is None or i < d.text_ends:
        d.text_ends = i


def _appendix_label_table(d, indices):
    """A small table whose first cell is only an appendix label (붙임 | 관련 사진, 참고 1 | 정부혁신 비전 …)."""
    cell = d.lines[indices[0]].block.cell
    return cell.rows <= 2 and cell.cols <= 4 and len(indices) <= 4 and \
        _matches(d.lex.appendix_labels, cell_label_text(d.lines[indices[0]]))


def _figure_caption(d, indices):
    """A one-column table whose text is a short title (and a unit) over an empty row, where a chart sits."""
    cell = d.lines[indices[0]].block.cell
    rows = {d.lines[i].block.cell.row for i in indices}
    return cell.cols == 1 and cell.rows >= 2 and len(rows) < cell.rows and len(indices) <= 3 and \
        all(len(d.lines[i].content) <= 80 and not is_prose(d.lines[i], d.lex) for i in indices)


def _footer_table(d, indices):
    """The issuer's footer after the text: an office, an address, an e-mail or a web address, no sentence."""
    lines = [d.lines[i] for i in indices]
    return len(lines) <= 6 and any(EMAIL.search(l.text) or URL.search(l.text) for l in lines) and \
        not any(is_prose(l, d.lex) or phones_in(l.text) for l in lines)


def _asks_to_call_box(d, indices):
    return any(d.roles[i] == "contact" and "asking readers to call" in d.reasons[i] for i in indices)


def _read_after_text(d, tables, contact_tables, top_end):
    """Tables after the text has begun: the contact table and an appendix label end it; charts' captions, the
    issuer's footer and a 'call us' box beside the contact table are not the text."""
    text_start = d.body_start if d.body_start is not None else top_end
    for number, indices in tables.items():
        if indices[0] <= text_start:
            continue
        if number in contact_tables:
            _end_text_at(d, indices[0])
        elif _appendix_label_table(d, indices):
            for i in indices:
                if d.free(i):
                    d.claim(i, "attachment", "appendix label")
            _end_text_at(d, indices[0])
        elif _figure_caption(d, indices):
            for i in indices:
                d.claim(i, "stripped", "caption of a chart or picture")
        elif _footer_table(d, indices):
            for i in indices:
                d.claim(i, "stripped", "the issuer's footer")
        elif contact_tables and _asks_to_call_box(d, indices):
            # 'for more, call …' in a box, beside a contact table that already names everyone
            for i in indices:
                if d.roles[i] in (None, "contact", "body"):
                    d.roles[i], d.reasons[i] = "stripped", "a box asking readers to call, beside the contact table"
            d.contact_groups[:] = [g for g in d.contact_groups if not set(g) & set(indices)]


def rule_tables(d):
    """Header tables, the title box, subtitle boxes, contact tables, appendices, page headers and footers."""
    tables = _tables(d)
    contact_tables = set()
    for number, indices in tables.items():
        if _contact_shaped(d, indices):
            _claim_contact_table(d, indices)
            contact_tables.add(number)
        elif _is_header_table(d, indices):
            _claim_header_table(d, indices)
            if any(d.roles[i] == "contact" for i in indices):
                contact_tables.add(number)
    top_end = _top_end(d)
    _read_title_box(d, tables, top_end)
    if d.headline is None:
        for indices in tables.values():
            cell = d.lines[indices[0]].block.cell
            if cell.rows * cell.cols == 1 and cell.depth == 0 and _highlight_box(d, indices):
                for i in indices:
                    d.claim(i, "highlight", "subtitle box under the title")
    for indices in _boxes(d):
        if _highlight_box(d, indices):
            for i in indices:
                d.claim(i, "highlight", "subtitle text box under the title")
    _read_after_text(d, tables, contact_tables, top_end)
    for i, line in enumerate(d.lines):
        container = line.block.container
        if container in ("header", "footer") and d.free(i):
            date, time = parse_datetime(line.content)
            if date and len(line.content) <= _MAX_META_CELL:
                d.claim(i, "dateline", f"date in the page {container}")
                d.datelines.append((1, i, Dateline(text=line.content, date=date, time=time)))
            else:
                d.claim(i, "stripped", f"page {container}")
