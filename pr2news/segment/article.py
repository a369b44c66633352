"""The finished draft -> Article: the best dateline, joined credits, contacts, body blocks, warnings, trace."""
from __future__ import annotations


from .. import fastre
from ..lexicon.common import EMAIL, phones_in
from ..model import Article, Trace, Warning
from . import body as body_mod
from .contact import ASKS_TO_CALL, SITE_ADDRESS, SITE_FOOTER, parse_contact
from .dates import date_order, find_date, in_date_order
from .deck import HIGHLIGHT_GOES_ON, SUBTITLE_FIELD_NAME, unframe
from .draft import CUT_OFF, demote
from .lines import collapse, word_count

_KO_CONTACT_PAREN = fastre.compile(r"\s*[(\[]\s*(?:문의|연락처?|담당)\s*[:：]?[^()\[\]]{3,80}[)\]]\s*$")


_LAST_SENTENCE = fastre.compile(r"(?<=[.!?])\s+([^.!?]{8,140}[.!?]?)\s*$")


def _contact_tail(text):
    """The span of a closing contact: '(문의: … 02-…)' or a last sentence that asks readers to call."""
    m = _KO_CONTACT_PAREN.search(text)
    if m and phones_in(m.group()):
        return m
    m = _LAST_SENTENCE.search(text)
    if m and fastre.search(r"문의|연락", m.group(1)) and (phones_in(m.group(1)) or EMAIL.search(m.group(1))):
        return m
    return None


def _contact_in_last_paragraph(body, lex):
    """'… 밝혔다. (문의: 복지정책과 02-123-4567)': the contact closing the last paragraph, split off."""
    last = body[-1]
    if lex.lang != "ko" or last.type not in ("paragraph", "quote", "list_item"):
        return body, []
    m = _contact_tail(last.text)
    if not m or m.start() < 10:
        return body, []
    snippet = m.group().strip()
    # one sentence names one office: keep the reading that found the most fields
    parsed = parse_contact([snippet.strip("()[] ")], lex)
    best = max(parsed, key=lambda c: sum(bool(v) for v in (c.department, c.team, c.name, c.title, c.phones, c.emails)))
    contacts = [best._replace(text=snippet)]
    return body[:-1] + [last._replace(text=last.text[:m.start()].rstrip())], contacts


_LEAD_AFTER_TITLE = 40  # what is left of the paragraph is a lead, not a word or two


def _title_run_into_lead(d, body):
    """The headline printed again at the head of the first paragraph ('150개 마을 찾아가 수리 … 환영 청양군농업기술센
    터(소장 …)에서는 …'): a board's body cell that repeats the title, glued to the lead. The title is set aside."""
    first, title = body[0], d.headline_text
    if first.type != "paragraph" or not first.text.startswith(title + " ") \
            or len(first.text) - len(title) < _LEAD_AFTER_TITLE:
        return body
    line = next(i for i in range(len(d.lines)) if d.roles[i] == "body")
    d.fragments.setdefault(line, []).append(title)
    return [first._replace(text=first.text[len(title):].lstrip())] + body[1:]


def _place_dateline_stays(split, lex):
    """'MONTGOMERY –', 'NEW YORK, NY —' opening an English lead is part of its first sentence: it stays in the
    paragraph (and is the article's dateline too), as does the date in brackets after it (LENEXA, KAN. (NOV. 7, 2022) –);
    a wire's credit or tag ((AP), /CNW/) does not."""
    line = split.dateline
    return lex.lang != "ko" and line is not None and line.place is not None and not split.byline \
        and not split.leftover and not fastre.search(r"/[A-Za-z .-]{2,40}/", line.text) \
        and all(_date_only_aside(aside) for aside in fastre.findall(r"\(([^()]*)\)", line.text))


def _date_only_aside(aside):
    """(NOV. 7, 2022) after the place is the date; (AP), (Marketwire - March 20, 2009) name the wire that carried it."""
    date, span = find_date(aside)
    return date is not None and not fastre.search(r"[A-Za-z]{3,}", aside[:span[0]] + aside[span[1]:])


# a form's field naming the title, before a line the deck shows (제목: “…” 보도 관련, Subject: …)
_TITLE_FIELD = fastre.compile(r"(?:" + SUBTITLE_FIELD_NAME + r"|제\s*목|(?i:title|subject))\s*[:：]\s*")
_NUMERIC_DATE = fastre.compile(r"(?<!\d)\d{1,2}[/.]\s?\d{1,2}[/.]\s?(?:19|20)\d\d")


def _choose_dateline(d):
    """The most authoritative dateline candidate; the others are demoted to stripped."""
    if not d.datelines:
        return None
    best = max(d.datelines, key=lambda c: (c[0], -c[1]))
    dateline = best[2]
    if dateline.date is None:
        # NEW YORK, NY — gives the place; the release date line gives the date
        dated = [c for c in d.datelines if c[2].date]
        if dated:
            other = max(dated, key=lambda c: (c[0], -c[1]))[2]
            dateline = dateline._replace(date=other.date, time=other.time)
    if dateline.date and _NUMERIC_DATE.search(dateline.text):
        # 12/02/2026 on a page that writes '3 March 2026': the page's own order of day and month decides
        dateline = dateline._replace(date=in_date_order(dateline.text, dateline.date,
                                                        date_order(line.content for line in d.lines)))
    for priority, i, other in d.datelines:
        if (priority, i) != best[:2] and d.roles[i] == "dateline":
            demote(d, i, "another date line")
        elif (priority, i) != best[:2] and i != best[1] and d.roles[i] != "stripped" \
                and not (d.roles[i] == "contact" and other.text in d.lines[i].text):  # the contact shows it
            # a date split off a line with another role (a wire prefix, a credit line, a 배포 cell) that lost:
            # out of the article, but kept in stripped
            d.fragments.setdefault(i, []).append(other.text)
    return dateline


def _join_bylines(d):
    """The first credit, joined with the credit lines right under it (a minister's title, then name)."""
    if not d.bylines:
        return None
    if d.pins:
        d.bylines.sort(key=lambda b: b[0] not in d.pins)  # the editor's credit line comes first
    byline = d.bylines[0][1]
    joined = [d.bylines[0]]
    for i, text in d.bylines[1:]:
        if i - joined[-1][0] <= 2 and all(not d.free(k) for k in range(joined[-1][0], i)) and \
                d.reasons[i] == d.reasons[joined[-1][0]]:
            joined.append((i, text))
            byline += ", " + text
    others = [b for b in d.bylines[1:] if b not in joined]
    for i, text in others:
        if d.roles[i] == "byline" and (not d.wire or d.wire[0] != i):
            d.overrule(i, "stripped", "another credit line")
            d.fragments.pop(i, None)  # the line goes to stripped whole: a label split off it would be there twice
        elif d.wire and d.wire[0] == i:
            d.fragments.setdefault(i, []).append(text)  # a wire credit that lost: out of the body, kept
    return byline


def _warnings(d, body, contacts, lex):
    warnings = []
    if d.headline is None:
        warnings.append(Warning("NO_HEADLINE", "no line looks like a headline"))
    elif d.headline_guessed:
        warnings.append(Warning("HEADLINE_GUESSED", f"headline chosen with low confidence: {d.headline_text[:60]}"))
    if not body:
        warnings.append(Warning("NO_BODY", "no running text found"))
    elif body_mod.looks_truncated(body, lex) or CUT_OFF in d.reasons:
        warnings.append(Warning("TRUNCATED_BODY", "the body ends in the middle of a sentence: the cut sentence "
                                                     "is kept in stripped, not published"))
    if not contacts:
        warnings.append(Warning("NO_CONTACT", "no department contact found"))
    return warnings


# roles whose line the article shows without its bullet (the body keeps it as the block's marker)
_SHOWN_WITHOUT_MARKER = frozenset({"highlight", "dateline", "embargo", "byline"})


# a board's links under a post: 이전글 …, 다음글 …, 목록; Previous post / Next post
_POST_NAVIGATION = fastre.compile(r"(?i)(?:이전\s*글|다음\s*글|목\s*록|previous(?: post)?|next(?: post)?)(?:\s|:|$)")


def _sentence_to_readers(line):
    """A contact's label opening a long sentence that speaks to the reader (contact your …), no block's row (the
    sentence may be cut short by the copy)."""
    return word_count(line.content) >= _WORDS_TO_READERS and _TO_THE_READER.search(line.content) is not None


_WORDS_TO_READERS = 10
_TO_THE_READER = fastre.compile(r"(?i)\b(?:contact|call|visit|ask)\s+(?:your|their|the nearest)\b")


def _reported(contact, contacts, whole=True):
    """The contact is one already reported: field for field, or (not whole) the same person, phones and e-mails
    under whatever office a sentence names."""
    return any(contact.name == c.name and contact.phones == c.phones and contact.emails == c.emails
               and (not whole or contact.department == c.department and contact.team == c.team
                    and contact.title == c.title)
               for c in contacts)


def _recast(d, group, role, reason):
    """A contact group's lines given another role after all (what build learns only once every group is read)."""
    for i in group:
        d.roles[i], d.reasons[i] = role, reason


def _cut_from_longer(line):
    """The line is a piece cut out of the middle of a longer input line (split.py), text on both sides of it."""
    whole = collapse(line.block.text)
    return len(whole) > len(line.text) and not whole.endswith(line.text) and not whole.startswith(line.text)


def build(d, lang):
    """The finished draft -> Article (without slug and source)."""
    lex = d.lex
    lines = d.lines
    dateline = _choose_dateline(d)
    byline = _join_bylines(d)
    highlights = []
    for i in range(len(lines)):
        # (a subtitle's next line whose first line a later rule gave another role stands as a subtitle of its own:
        # nothing is dropped)
        if d.roles[i] == "highlight" and (d.reasons[i] != HIGHLIGHT_GOES_ON or not i or d.roles[i - 1] != "highlight"):
            parts = [lines[i].content]
            k = i + 1
            while k < len(lines) and d.roles[k] == "highlight" and d.reasons[k] == HIGHLIGHT_GOES_ON:
                parts.append(lines[k].content)  # a subtitle broken at the page width is one subtitle
                k += 1
            text, marks = unframe(collapse(" ".join(parts)))  # '-text-', '▴ text', 'text -' after a bullet
            field = _TITLE_FIELD.match(text)
            if field and len(text) > field.end():
                d.fragments.setdefault(i, []).append(field.group().strip())  # 제목: …: the form's label, kept
                text = text[field.end():]
            highlights.append(text)
            if marks:
                # not the subtitle's text, but kept; a subtitle cut out of a longer line (제목- 부제 -본문) keeps its
                # frame as written, words and all, so that the line reads back from a few of its pieces
                whole = len(parts) == 1 and _cut_from_longer(lines[i])
                d.fragments.setdefault(i, []).append(collapse(parts[0]) if whole else marks)
    for i in range(len(lines)):
        line = lines[i]
        end = line.text.rfind(line.content) + len(line.content) if line.content else -1
        if d.roles[i] == "highlight" and line.marker and len(line.content) <= end < len(line.text):
            # '− subtitle −': the frame around a subtitle is not its text, but it is kept (as written, words and all,
            # when the subtitle was cut out of the middle of a line - 제목- 부제 -본문 -, so the line reads back from
            # a few pieces)
            d.fragments.setdefault(i, []).append(
                line.text if _cut_from_longer(line) else f"{line.marker} {line.text[end:].strip()}")
        elif d.roles[i] in _SHOWN_WITHOUT_MARKER and line.marker and d.reasons[i] != HIGHLIGHT_GOES_ON \
                and not d.fragments.get(i):
            d.fragments.setdefault(i, []).append(line.marker)  # ▲ / ㅡ before a subtitle: not its text, but kept
    contacts = []
    named = None  # where a contact naming a person ended: a site's office address after the text is its footer's
    # the release names its contact person in a block or table: a sentence inside the text telling readers where to
    # ask (… 사무국(02-…)으로 문의하면 된다.) is the text's own
    parsed = [parse_contact([lines[i].content if lines[i].marker else lines[i].text for i in g], lex)
              for g in d.contact_groups]
    someone = any(d.reasons[g[0]] != ASKS_TO_CALL and any(c.name for c in found)
                  for g, found in zip(d.contact_groups, parsed))
    for group, found in zip(d.contact_groups, parsed):
        pinned = any(i in d.pins for i in group)  # an editor's contact stays the article's
        if someone and (d.reasons[group[0]] == ASKS_TO_CALL or len(group) == 1 and _sentence_to_readers(lines[group[0]])) \
                and d.headline is not None and group[0] > d.headline \
                and (d.tail_start is None or group[0] < d.tail_start) and not pinned:
            # (a one-line group whose label opens a sentence to readers - For more information contact your local
            # health department, … at … - is the same text)
            _recast(d, group, "body", "running text telling readers where to ask (the contact is named elsewhere)")
            continue
        if d.next_release is not None and group[0] > d.next_release and not pinned:
            _recast(d, group, "stripped", "the contact of the next release on the page")
            continue
        names_someone = any(c.name for c in found)
        if named is not None and d.tail_start is not None and group[0] >= d.tail_start and not pinned \
                and (SITE_ADDRESS.match(lines[group[0]].text) or any(SITE_FOOTER.search(lines[i].text) for i in group)
                     # a page manager's office and phone, no one named, past the page's links after the contact
                     or not names_someone and any(d.roles[k] == "stripped" for k in range(named + 1, group[0]))
                     # the page's own manager, past the board's links to the previous and next posts
                     or any(d.roles[k] == "stripped" and _POST_NAVIGATION.match(lines[k].text)
                            for k in range(named + 1, group[0]))):
            _recast(d, group, "stripped", "the site's footer (its address, switchboard or last edit), after the text")
            continue
        if names_someone:
            named = max(group)
        # a feed's next release under the same office prints its contact again, word for word; a sentence asking
        # readers to call someone the contact table named already (… 용찬재 사무관(☎ …)에게 연락주시기 바랍니다.)
        reaching = [c for c in found if c.name or c.phones or c.emails]  # (an office alone reaches no one)
        if contacts and not pinned and reaching \
                and all(_reported(c, contacts, whole=d.reasons[group[0]] != ASKS_TO_CALL) for c in reaching):
            _recast(d, group, "stripped", "the same contact again")
            continue
        if any(c.department or c.team or c.name or c.title or c.phones or c.emails for c in found) or pinned:
            contacts.extend(found)
            for i in group:
                if lines[i].marker:
                    d.fragments.setdefault(i, []).append(lines[i].marker)  # ☞ 문의 …: the glyph is kept aside
        else:
            # a footer's "Contact" link over "Terms and conditions": a label with nobody behind it
            _recast(d, group, "stripped", "a contact label with no one's details after it")
    attachments = [lines[i].text for i in range(len(lines)) if d.roles[i] == "attachment"]
    first_override = (d.wire[0], d.wire[1].rest) if d.wire and not _place_dateline_stays(d.wire[1], lex) else None
    body = body_mod.build_body([line for i, line in enumerate(lines) if d.roles[i] == "body"], lex,
                               first_override=first_override, width=d.wrap_width)
    if body and d.headline_text:
        body = _title_run_into_lead(d, body)
    if not contacts and body:
        body, contacts = _contact_in_last_paragraph(body, lex)
    warnings = _warnings(d, body, contacts, lex)
    body, cut = body_mod.cut_sentence(body, lex)
    if cut:
        last_body = max(i for i in range(len(lines)) if d.roles[i] == "body")
        d.fragments.setdefault(last_body, []).append(cut)  # not published, but kept
    for i in range(len(lines)):
        if d.roles[i] == "embargo" and i != d.embargo_line and d.paired.get(i) != d.embargo_line \
                and (d.embargo is None or lines[i].content not in d.embargo.text):
            # an embargo line that lost to a more precise one: not the article's, but never lost
            d.overrule(i, "stripped", "another embargo line (a more precise one was kept)")
    stripped = []
    for i, line in enumerate(lines):
        if d.roles[i] == "stripped":
            stripped.append(line.text)
        stripped.extend(d.fragments.get(i, ()))
    roles, reasons = d.roles, d.reasons
    trace = tuple([Trace(l.block.where, l.text, roles[i], reasons[i], l.block.line) for i, l in enumerate(lines)])
    return Article(lang=lang, headline=d.headline_text, highlights=tuple(highlights), dateline=dateline,
                   embargo=d.embargo, byline=byline, body=tuple(body), contacts=tuple(contacts),
                   attachments=tuple(attachments), stripped=tuple(stripped),
                   warnings=tuple(warnings), trace=trace)
