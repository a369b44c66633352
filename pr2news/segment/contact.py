"""Contact lines and blocks -> Contact records (department, team, name, title, phones, e-mails).

One block may hold several people; a new person starts when a field the current person already
has (name, title) comes again, or when an office follows a finished entry (one with a phone or e-mail); an
office's phone before its person's name (홍보과(02-…) 담당자 김민지) is one entry.
"""
from __future__ import annotations

import functools
import re

from .. import fastre
from ..lexicon.common import EMAIL, URL, blank_phones, is_address, matches, phones_in
from ..model import Contact
from .draft import OFFICE_HELD, add_dateline, claim_date_line, is_release_meta, label_text
from .lines import despace, is_fact_field, is_prose, is_sentence_like, word_count

_HANGUL_NAME = fastre.compile(r"^[가-힣]{2,4}$")
_TWO_HANGUL = fastre.compile(r"[가-힣][^가-힣]*[가-힣]")
_IN_CHARGE_OF = fastre.compile(r"[가-힣]{2,4}담당$")


def _split_title(token, titles, dept_suffixes):
    """총무과장 -> (총무과, 과장); 과장 -> (None, 과장); anything else -> None."""
    if token in titles:
        return None, token
    if not token.endswith(titles):
        return None  # most tokens: one C-level test instead of one per title
    for title in titles:
        if len(token) > len(title) + 1 and token.endswith(title):
            head = token[: -len(title)]
            if title[0] in "과국실팀" and head + title[0] != token[: len(head) + 1]:
                continue
            # 행정정책과장: the title's first syllable doubles as the department's last
            if title in ("과장", "국장", "실장", "팀장", "부장", "처장", "청장", "원장", "단장", "소장", "관장", "센터장", "본부장"):
                unit = head + title[:-1]
                return unit, title
            if head.endswith(tuple(dept_suffixes)):
                return head, title
    return None


def _classify_ko(token, lex):
    if token in lex.titles:
        return "title", token
    if token.startswith("담당") and token[2:] in lex.titles:
        return "label title", token[2:]  # 담당과장, 담당팀장: a label naming the post of whom it introduces
    if token.endswith(tuple(lex.team_suffixes)) and len(token) >= 3:
        return "team", token
    if _IN_CHARGE_OF.match(token):
        return "title", token  # 보도담당, 예산담당: the post of whoever is in charge of it (담당관 is an office)
    split = _split_title(token, lex.titles, lex.department_suffixes)
    if split and split[0]:
        unit, title = split
        kind = "team" if unit.endswith(tuple(lex.team_suffixes)) else "department"
        return "unit+title", (kind, unit, title)
    if token.endswith(tuple(lex.department_suffixes)) and len(token) >= 3 and not _HANGUL_NAME.match(token) or (
            token.endswith(tuple(lex.department_suffixes)) and len(token) >= 4):
        return "department", token
    if token.endswith("실") and token[:-1] in lex.titles:
        return "department", token  # 의원실, 시장실: the office of whoever holds the post
    if _HANGUL_NAME.match(token) and token not in lex.not_names and token not in lex.chrome_exact:
        return "name", token  # 미리보기, 다운로드: a page's buttons are never a person
    if fastre.match(r"^[가-힣]{2,}(?:시|구|군|도|청|부|처|원|실|공단|공사|재단|센터|협회|진흥원)$", token):
        return "department", token
    return None, token


def _merge_spaced(tokens):
    """과 장 -> 과장, 주 무 관 -> 주무관: single syllables written letter-spaced are one word.
    Tokens are (word, start, end); a merged word spans from its first syllable to its last."""
    out, run = [], []
    for token in tokens + [None]:
        if token is not None and len(token[0]) == 1 and fastre.match(r"[가-힣]", token[0]):
            run.append(token)
            continue
        if run:
            if len(run) == 1:
                out.append(run[0])
            else:
                out.append(("".join(t[0] for t in run), run[0][1], run[-1][2]))
            run = []
        if token is not None:
            out.append(token)
    return out


class _Person:
    __slots__ = ("start", "department", "team", "name", "title", "phones", "emails", "labelled_title")

    def __init__(self, start):
        self.start = start
        self.department = self.team = self.name = self.title = self.labelled_title = None
        self.phones, self.emails = [], []

    def finished(self):
        return bool(self.phones or self.emails)

    def empty(self):
        return not (self.department or self.team or self.name or self.title or self.phones or self.emails)


def _people_to_contacts(joined, people, inherit=True):
    contacts = []
    people = [p for p in people if not p.empty()]
    for i, person in enumerate(people):
        start = 0 if i == 0 else person.start
        end = people[i + 1].start if i + 1 < len(people) else len(joined)
        # the separator between two people stays with the first: every character of the line is kept (a mark
        # opening the first person's line, /자치행정과 041-…, is the line's own and stays)
        text = fastre.sub(r"\s+", " ", joined[start:end]).strip()
        if i:
            text = text.lstrip("/,|;").strip()
        if not text:
            continue
        department = person.department
        if inherit and department is None and person.team is None and i > 0:
            department = contacts[0].department if contacts else None
        elif inherit and department is None and i > 0:
            # a team under the office named last above it (담당부서 보행정책과 / 보행환경개선팀장 …; a second
            # organisation's team under that organisation)
            department = next((c.department for c in reversed(contacts) if c.department), None)
        contacts.append(Contact(text=text, department=department, team=person.team, name=person.name,
                                title=person.title, phones=tuple(person.phones),
                                emails=tuple(e for e in person.emails if is_address(e))))
    return contacts


_PARENT_UNIT = fastre.compile(r"(?:부|청|처|시|군|구|도|국|실|과|본부)$")
_UNIT_END = fastre.compile(r"(?:과|팀|계|국|실|센터|담당|본부|단)$")

_NOT_A_NAME_END = fastre.compile(
    r"(?:한다|했다|된다|됐다|있다|없다|이다|였다|겠다|니다|하고|하며|하면|하게|해서|에서|으로|에게|[를을])$")


def _blank(match):
    return " " * len(match.group())


def _mask_contact_data(text, lex):
    """(text with e-mails, addresses, phones and labels blanked out in place, [(start, end, kind, value)])."""
    spans = [(m.start(), m.end(), "email", m.group()) for m in EMAIL.finditer(text)]
    masked = URL.sub(_blank, EMAIL.sub(_blank, text))
    for phone in phones_in(masked):
        at = masked.find(phone)
        if at >= 0:
            spans.append((at, at + len(phone), "phone", phone))
            masked = masked[:at] + " " * len(phone) + masked[at + len(phone):]
    # (진천선수촌), (총괄): a note on whom an entry covers, not a name or an office
    masked = _NOTE_IN_BRACKETS.sub(_blank, masked)
    if "일" in masked or "사" in masked:
        masked = _HEADER_CELLS.sub(_blank, masked)  # a release header's cells read into the contact's rows
    return lex.contact_field_labels.sub(_blank, masked), spans


# the release time and the photo flag of a header table, read across into the contact's rows
_HEADER_CELLS = fastre.compile(r"(?:보\s*도|배\s*포)\s*(?:일\s*시|일\s*자|시\s*점)\s*[:：]?[\d\s.:()월화수목금토일]*(?:조간|석간|즉시)?"
                               r"|사\s*진\s*있\s*음\s*(?:\([^()]*\)|[■□▣☐☑✓✔◼◻])\s*없\s*음\s*(?:\([^()]*\)|[■□▣☐☑✓✔◼◻])")


# standing apart (a word glued to it is qualified by it: 홍보담당관(언론팀), 보도담당(김범종)); not an office
_NOTE_IN_BRACKETS = fastre.compile(r"(?:(?<=\s)|^)\([^()\d]{1,15}[^()\d팀과실국관부]\)")
_TOKEN = fastre.compile(r"[^\s/,|·ㆍ:：;()\[\]☎✆~]+")


def _korean_tokens(masked):
    """(word, start, end) of the masked text, letter-spaced words closed up (과 장 -> 과장)."""
    return _merge_spaced([(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(masked)])


_NAME_BEFORE_PHONE = fastre.compile(r"(?<![가-힣])([가-힣]{2,4})\s*[(（]?\s*(?:☎|전화|tel\.?|T\.?)?\s*:?\s*0\d{1,2}[-.)\s]\d{3,4}[-.\s]\d{4}")


def korean_value_share(text, lex):
    """Share of a line's words that read as contact data (unit, title, name, phone): 1.0 for 과장 홍길동 02-123-4567."""
    masked, _spans = _mask_contact_data(text, lex)
    tokens = [t for t, _start, _end in _korean_tokens(masked)]
    tokens = [t for t in tokens if not fastre.fullmatch(r"(?i)tel\.?|fax|[\d.-]+|이메일보내기|보내기|이메일", t)]
    if not tokens:
        return 1.0
    # a word ending like a verb or an object (안내한다, 시민을) is running text, not a name - unless a phone follows
    # it straight away (팀장 서가을 02-…: a name that happens to end so)
    before_phone = set(_NAME_BEFORE_PHONE.findall(text))
    kinds = [None if _NOT_A_NAME_END.search(t) and t not in before_phone else _classify_ko(t, lex)[0] for t in tokens]
    # any 2-4 syllable word passes for a name: more than two of them is a sentence, not a contact
    known = sum(1 for k in kinds if k not in (None, "name")) + min(2, kinds.count("name"))
    return known / len(tokens)


def _holders_offices(items, lex):
    """한도겸 의원실: a name, then the office of the post its holder fills, is one office (the member's), not a
    person followed by an office."""
    out = []
    for item in items:
        if out and item[2] == "token" and out[-1][2] == "token" and item[3].endswith("실") \
                and item[3][:-1] in lex.titles and _classify_ko(out[-1][3], lex)[0] == "name":
            before = out.pop()
            item = (before[0], item[1], "token", before[3] + " " + item[3])
        out.append(item)
    return out


def parse_korean(lines, lex):
    """Korean contact line(s) -> Contacts; several people give several entries."""
    joined = " ".join(l.strip() for l in lines if l.strip())
    masked, spans = _mask_contact_data(joined, lex)
    items = [(start, end, "token", tok) for tok, start, end in _korean_tokens(masked)] + spans
    items = _holders_offices(sorted(items), lex)
    if is_sentence_like(joined, lex) and spans:
        # "… 원하시면 환경부 수질관리과 권민혁 사무관(☎ 044-…)에게 연락주시기 바랍니다.": read from the first unit
        # to the last phone or e-mail; the words around them are the sentence, not people
        units = [k for k, item in enumerate(items) if item[2] == "token"
                 and _classify_ko(item[3], lex)[0] in ("department", "team", "unit+title")]
        last = max(k for k, item in enumerate(items) if item[2] != "token")
        if units and units[0] < last:
            items = items[units[0]:last + 1]
    labels = [m.start() for m in lex.contact_field_labels.finditer(joined)]
    people = [_Person(0)]
    last_end = 0
    for k, (at, end, kind, value) in enumerate(items):
        # a person's text starts at the label that introduces them (담당자 …), not at their first word
        start = min([l for l in labels if last_end <= l < at] or [at])
        last_end = end
        person = people[-1]
        if kind == "email":
            person.emails.append(value)
            continue
        if kind == "phone":
            person.phones.append(value)
            continue
        field, val = _classify_ko(value, lex)
        if field is None:
            continue
        if field == "name" and _PARENT_UNIT.search(value) and k + 1 < len(items) and items[k + 1][2] == "token" \
                and (_classify_ko(items[k + 1][3], lex)[0] in ("department", "team", "unit+title")
                     or _UNIT_END.search(items[k + 1][3])):
            field, val = "department", value  # 창원시 소상공인지원과, 경찰청 수사국: the body over the office, not a person
        elif field == "name" and len(value) == 3 and value.endswith("과") and (
                k + 1 < len(items) and items[k + 1][2] == "token" and _classify_ko(items[k + 1][3], lex)[0] in ("title", "name")
                or not any(item[2] == "token" and item[3] != value and _classify_ko(item[3], lex)[0] == "name"
                           for item in items)):
            # 경무과 경위 정민호: an office before a post (개방과 관련한: 'and'); 문의: 관광과(☎ …): the office alone,
            # no one named in the line - no person is called 관광과
            field, val = "department", value
        elif field == "name" and person.empty() and k + 1 < len(items) and items[k + 1][2] == "token" \
                and _classify_ko(items[k + 1][3], lex)[0] in ("department", "team") \
                and any(item[2] == "token" and _classify_ko(item[3], lex)[0] == "name" for item in items[k + 2:]):
            # 다솜푸드 마케팅팀 한서윤 대리: a name-like word over an office, with the person named after it, is
            # the organisation (people follow their unit)
            field, val = "department", value
        if field == "unit+title":
            unit_kind, unit, title = val
            if person.title or person.name and person.finished() or getattr(person, unit_kind):
                person = _Person(start)
                people.append(person)
            setattr(person, unit_kind, unit)
            person.title = title
            continue
        if field == "label title":
            if person.name and person.finished() or person.labelled_title:
                person = _Person(start)
                people.append(person)
            person.labelled_title = val
            continue
        if field == "title" and person.title and not person.name and not person.finished():
            continue  # 계장 경정 문재혁: a post, then a rank, of one person — the post is kept
        if field == "title":
            val = " ".join(joined[at:end].split())  # as written: 과 장 stays letter-spaced, as the release sets it
        if field in ("name", "title"):
            # a name after a finished entry that has no one in it yet (담당부서 홍보과(02-…) 담당자 김민지) is
            # that office's person: the phone before it was the office's
            if getattr(person, field) or field == "title" and person.name and person.finished():
                # (a post after someone's phone is the next person's: 학예연구사 최가람(02-…), 주무관 윤하진(02-…))
                person = _Person(start)
                people.append(person)
            setattr(person, field, val)
        elif field in ("department", "team"):
            current = getattr(person, field)
            if person.finished() or (current and person.name):
                person = _Person(start)
                people.append(person)
                setattr(person, field, val)
            elif field == "department" and current and not person.name:
                # 여성가족부 가족정책과: the more specific unit comes last
                person.department = val
            elif field == "team" and current and not person.name and not person.department:
                # 대외협력팀 홍보파트: a team, then a part of it - the first is the office the part belongs to
                person.department, person.team = current, val
            else:
                setattr(person, field, val)
    for person in people:
        person.title = person.title or person.labelled_title
    if any(p.finished() for p in people):
        # beside people with a phone or e-mail, a "person" with neither nor a title is stray words that ran
        # into the block (a slogan under the header: 함께하는 교육); its text stays with the person before it
        people = [p for p in people if p.finished() or p.title or p is people[0]]
    return _people_to_contacts(joined, people)


class _Titles:
    __slots__ = ("exact", "pattern")

    def __init__(self, titles):
        self.exact = frozenset(t.lower() for t in titles)
        self.pattern = fastre.compile(r"\b(?:" + "|".join(re.escape(t.lower()) for t in titles) + r")\b")


@functools.lru_cache(maxsize=4)
def _title_words(titles):
    """The lexicon's job titles as one word-bounded pattern (built once per lexicon)."""
    return _Titles(titles)


# a post held to someone: press secretary to the minister, adviser to the premier, chief of staff to the mayor
_POST_TO_OFFICE_HOLDER = fastre.compile(
    r"(?:[a-z]+\s+){0,2}(?:secretary|adviser|advisor|officer|assistant|spokesperson|aide|counsell?or|of staff)\s+to\s+"
    r"(?:the\s+)?(?:minister|premier|president|prime minister|governor|mayor|secretary|chief|deputy|state secretary)\b")


def named_with_post(text, lex, office_held=False):
    """'Isaac Solo Doe, Presidential Press Secretary', 'Dr. Jane Doe, Division of Public Health': a person's name
    (two to four capitalised words), a comma, the post they hold or the office they work in, and nothing else
    (English). `office_held`: the post may be an office of state too (Jane Doe, Minister for Education and
    Training) - a minister's name over a statement, never a contact's."""
    name, comma, post = text.partition(", ")
    return bool(comma) and _PERSON_NAME.fullmatch(name) is not None and not post.endswith(".") \
        and not any(word.lower() in _NOTICE_NOUNS for word in name.split()) \
        and _en_kind(post, lex) in (("title", "department", "role") if office_held else ("title", "department"))


_PERSON_NAME = fastre.compile(r"(?:Dr\.?\s+|Mr\.?\s+|Ms\.?\s+|Mrs\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z]\.?|\s+[A-Z][a-z'’-]+){1,3}")


def is_post(text, lex):
    """The words name a post someone holds (Communications Manager, Press Secretary to the Minister), English."""
    return _en_kind(text, lex) == "title"


# what a notice is (Witness Appeal, Road Closure, Weather Alert): no person's name holds these words
_NOTICE_NOUNS = frozenset("""appeal appeals notice notices alert alerts advisory update updates closure closures warning
    warnings statement release announcement reminder schedule""".split())


def _en_kind(segment, lex):
    s = segment.strip(" .,-–—")
    if not s:
        return None
    if _HOLDERS_OFFICE.fullmatch(s):
        return "department"  # Water Minister's office: the minister's staff, not the minister
    lower = s.lower()
    titles = _title_words(lex.titles)
    if _POST_TO_OFFICE_HOLDER.match(lower) and len(s.split()) <= 16:
        return "title"  # Press Secretary to Minister for Enterprise and Innovation Mikael Damberg: a post, whose
    if lower in titles.exact or titles.pattern.search(lower) and len(s.split()) <= 6 \
            and not lower.startswith(("office", "department", "ministry")) or _HEAD_OF.match(lower) and len(s.split()) <= 7:
        if not fastre.match(r"^(?:minister|secretary) (?:of|for)\b", lower):
            return "title"
    cased = s.title() if s.isupper() else s  # PUBLIC WORKS, MEDIA UNIT: a line in capitals names them the same way
    if fastre.match(r"^(?:office|department|ministry|bureau|division|agency|city|county|state|government|the office)\b", lower) \
            or cased.endswith(lex.department_suffixes) and not cased.endswith("Relations") or _PLACE_OFFICE.match(s):
        return "department"
    if cased.endswith(lex.team_suffixes) or \
            fastre.match(r"^(?:media|press|public|investor|government|community)\s+(?:relations|affairs|office|desk|team)$", lower):
        return "team"
    if fastre.match(r"^(?:minister|secretary|premier|mayor|governor|deputy minister|associate minister)\b", lower) \
            or _ENVOY.match(s):
        return "role"
    if " and " in s and all(_en_kind(post, lex) == "title" for post in s.split(" and ")):
        return "title"  # Medical Officer of Health and Chief Executive Officer: two posts one person holds
    words = s.split()
    if words[0] in _PLACE_PREPOSITIONS:
        return "qualifier"  # In Washington, In Lusaka: where the next person sits, no one's name
    if 2 <= len(words) <= 4 and all(fastre.match(r"^(?:[A-Z][\w'’.-]*|[A-Z]\.|de|van|von|da|del|la|le)$", w) for w in words) \
            and not (len(words) >= 4 and s.isupper()) \
            and not any(w.lower() in _NOTICE_NOUNS for w in words):  # Witness Appeal, Road Closure: what, not who
        if not s.isupper() and any(_INITIALISM.fullmatch(w) for w in words) and _name_after_title(s, lex)[1] is None:
            return "department"  # USDA Press, NOAA Fisheries Media: an agency's initials name no person (PIO Sgt. …: a post)
        return "name"
    return None


def _leads_into(line):
    """A short unmarked line ending on a colon: it announces what comes under it."""
    return not line.marker and len(line.content) <= _LONGEST_LEAD_IN and line.content.endswith((":", "："))


_LONGEST_LEAD_IN = 100
_EN_DASH = fastre.compile(r"\s[–—-]\s")
# a state's envoy, named by the post and perhaps whose it is: US Ambassador to Nigeria, British High Commissioner
_ENVOY = fastre.compile(r"(?:[A-Z][\w.'’-]*\s+){0,2}(?i:ambassador|high commissioner|consul(?:[- ]general)?|envoy|"
                        r"charg[ée] d['’]affaires)\b")
_INITIALISM = fastre.compile(r"[A-Z]{3,6}")
_PLACE_PREPOSITIONS = frozenset(("In", "At", "From"))
_HEAD_OF = fastre.compile(r"(?:head|director|chief|vice president|vp|manager) (?:of|for) ")  # Head of Sustainability Communications
# a state's or a city's office: Arizona Office of Rural Broadband, Texas Department of Transportation
_PLACE_OFFICE = fastre.compile(r"^(?:[A-Z][\w'’.-]*\s+){1,3}(?:Office|Department|Ministry|Bureau|Division|Agency|Commission|"
                               r"Authority|Board)\s+(?:of|for)\s+\S")
_EN_ROLE = fastre.compile(r"\b(?:(?:associate|deputy|assistant)\s+)?(?:minister|secretary|premier|mayor|governor)\s+(?:of|for)\b",
                          re.I)
_EN_OFFICE = fastre.compile(r"\b(?:office|department|ministry|bureau|division)\s+of\b", re.I)
# an English person's name as a line prints it: two to four capitalised words (Dana Whitlock, J. James Rohack)
EN_PERSON_NAME = r"(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]+"
_HAS_REACH = fastre.compile(r"@|\d{3}")  # an e-mail or a phone's digits: more than a name in the segment


def _atoms(segment, lex):
    """A long segment with no commas (a contact block flattened onto one line) cut into its parts:
    before and after each job title, before an office or a minister's role, around phones and e-mails."""
    if len(segment) <= 50 or _POST_TO_OFFICE_HOLDER.match(segment.strip().lower()) \
            or " and " in segment and _en_kind(segment, lex) == "title" \
            or _PLACE_OFFICE.match(segment.strip()) and not _HAS_REACH.search(segment):
        # (a post held to someone is one post, however long: Press Secretary to Minister …; so are two posts one
        # person holds: Medical Officer of Health and Chief Executive Officer; and a state's department is one
        # name: West Virginia Department of Health and Human Resources, not a person West Virginia)
        return [(0, segment)]
    cuts = {0, len(segment)}
    lower = segment.lower()
    for m in _title_words(lex.titles).pattern.finditer(lower):
        cuts.update((m.start(), m.end()))
    for pattern in (_EN_ROLE, _EN_OFFICE):
        for m in pattern.finditer(segment):
            before = segment[:m.start()].split()
            if not before or before[-1].lower() not in ("the", "of", "to", "and", "for", "associate", "deputy"):
                cuts.add(m.start())  # "… Jean-Yves Duclos | Minister of Health", not "Office of the | Minister …"
    for m in EMAIL.finditer(segment):
        cuts.update((m.start(), m.end()))
    for phone in phones_in(segment):
        at = segment.find(phone)
        if at >= 0:
            cuts.update((at, at + len(phone)))
    bounds = sorted(cuts)
    atoms = [(a, segment[a:b]) for a, b in zip(bounds, bounds[1:])]
    return [(a, text) for a, text in atoms if text.strip()]


# ranks and courtesy titles written before a name; they are not the contact's title (the post is)
_RANK = fastre.compile(r"(?i)(?:sgt|sergeant|lt|lieutenant|capt|captain|cpl|corporal|det|detective|ofc|officer|"
                       r"trooper|cst|const|constable|insp|inspector|s/sgt|dr|mr|mrs|ms|mx|prof|sri|shri|smt|kum)\.?")


def _name_after_title(text, lex):
    """('Dana Whitlock', 'Sgt.') for 'Sgt. Dana Whitlock'; (text, None) when no title and name are found."""
    words = text.split()
    for k in range(min(3, len(words) - 2), 0, -1):   # the longest title first: PIO Sgt. | Dana Whitlock
        head, tail = " ".join(words[:k]), " ".join(words[k:])
        titled = _RANK.fullmatch(head) or _en_kind(head, lex) == "title" or all(
            _RANK.fullmatch(w) or _ACRONYM.fullmatch(w) for w in words[:k])   # PIO Sgt.
        if titled and _en_kind(tail, lex) == "name":
            return tail, head
    return text, None


_ACRONYM = fastre.compile(r"[A-Z]{2,5}")   # PIO, DCS: a post written short


# the office-holder a contact speaks for, named first: Minister Reyes – Sam Okafor …, Senator Byrne – Leah Moore …
_SPOKEN_FOR = fastre.compile(r"(?i)(?:minister|premier|secretary|" + OFFICE_HELD + r")\b")
_QUALIFIED_TITLE = fastre.compile(r"([^()]+?)\s*\([^()]{2,60}\)")


_TWO_NAMES_JOINED = fastre.compile(r"(?<=[a-z])(?:\s+or\s+|\s*/\s*)(?=[A-Z][a-z]+\s+[A-Z][a-z]+)")


# the parts of a contact line between commas, semicolons and bars (a comma before a phone's extension is the phone's)
_SEGMENTS = fastre.compile(r"(?:[^,;|]|,(?=\s?ext\.?\s?\d))+", re.I)


def parse_english(lines, lex):
    """English contact line(s) -> Contacts; a block of several people gives several entries."""
    segments = []  # (offset in joined, text)
    joined_parts, offset = [], 0
    for line in lines:
        line = line.strip()
        if not line:
            continue
        joined_parts.append(line)
        body = lex.contact_block_label.sub("", line) if offset == 0 or lex.contact_block_label.match(line) else line
        shift = len(line) - len(body)
        # a label blanked to a comma of its own width: the offsets into the joined text stay true
        body = lex.contact_field_labels.sub(lambda m: "," + " " * (len(m.group()) - 1), body)
        # Alicia Pierce or Jeff Hillery 512/ 463-5770 (or Alicia Pierce/Jeff Hillery): two people to ask, one number -
        # cut between them the same way
        # ('and' joins an office's name as often: Employment and Social Development Canada)
        body = _TWO_NAMES_JOINED.sub(lambda m: "," + " " * (len(m.group()) - 1), body)
        line_start = True
        for m in _SEGMENTS.finditer(body):
            for at, atom in _atoms(m.group(), lex):
                blank = len(atom) - len(atom.lstrip())  # where its words begin, not the blanked label before them
                segments.append((offset + shift + m.start() + at + blank, atom, line_start))
                line_start = False
        offset += len(line) + 1
    joined = " ".join(joined_parts)
    people = [_Person(0)]
    for start, seg, line_start in segments:
        person = people[-1]
        emails = EMAIL.findall(seg)
        rest, phones = blank_phones(EMAIL.sub(" ", seg))
        rest = fastre.sub(r"(?i)\b(?:at|or|call|phone|tel|mobile|cell|email|e-mail|ext)\b\.?", " ", rest)
        qualified = _QUALIFIED_TITLE.fullmatch(rest.strip(" .:-–—"))
        if qualified and _en_kind(qualified.group(1), lex) == "title":
            # Joint Director (Agriculture Publicity): the post and its field in brackets, not a second name
            rest, kind = qualified.group(0), "title"
        else:
            rest = fastre.sub(r"[()]", " ", rest).strip(" .:-–—")
            kind = _en_kind(rest, lex) if rest else None
        title_before = None
        if kind in (None, "name", "title") and rest:
            # Sgt. Dana Whitlock, Deputy Director Ha Seung-min, Public Affairs Officer Leah M. Strand: a rank or
            # title, then the name
            name, title_before = _name_after_title(rest, lex)
            if title_before is not None and person.name and not person.finished() and not line_start:
                # Issued by Jane Doe, Chief Director Media Engagement, …: after the name on the same line, unreached
                # yet, a post and the words of its field - her post, not a second person
                rest, kind, title_before = f"{title_before} {name}", "title", None
            elif title_before is not None:
                rest, kind = name, "name"
        unit_beside = None
        if kind in (None, "role", "department") and rest and _EN_DASH.search(rest):
            parts = [part.strip() for part in _EN_DASH.split(rest)]
            kinds = [_en_kind(part, lex) for part in parts]
            if kinds[0] == "name" and not _SPOKEN_FOR.match(parts[0]):
                # a person first, then who they are (Julien Moreau – Brussels Mobility Agency – …)
                rest, kind = parts[0], "name"
                unit_beside = next((part for part, k in zip(parts, kinds) if k == "department"), None)
            elif kind != "department" and "name" in kinds:
                # "Minister Dunmore – Sam Okafor 0412 555 019": who the contact speaks for, then the contact
                rest, kind = parts[len(kinds) - 1 - kinds[::-1].index("name")], "name"
        if kind == "name" and line_start and person.name and not (person.finished() or person.department or person.team):
            kind = "department"  # Priya Natarajan / Halvorsen Robotics / press@…: the organisation under the name
        if kind in ("name", "team", "department", "qualifier") and (person.finished() or kind == "name" and person.name) \
                or kind == "title" and line_start and person.finished():
            # a line opening on a title or role after a complete entry: the next person's (Assistant Minister
            # Lee's office: Tom Fair – 0438 …)
            person = _Person(start)
            people.append(person)
        if kind == "name":
            person.name = rest
            if unit_beside and not person.department:
                person.department = unit_beside
            if title_before and not person.title and not _RANK.fullmatch(title_before) and not person.labelled_title:
                person.title = title_before  # a title written after the name wins: it is set below
                person.labelled_title = False
        elif kind == "title" and (not person.title or person.labelled_title is False):
            person.labelled_title = None
            person.title = rest
        elif kind == "department" and not person.department:
            person.department = rest[4:] if rest[:4].lower() == "the " else rest  # '… contact the Policy Division at …'
        elif kind == "team" and not person.team:
            person.team = rest
        person.phones.extend(phones)
        person.emails.extend(emails)
    return _people_to_contacts(joined, people, inherit=False)


def parse_contact(lines, lex):
    """Contact line(s) in the lexicon's language -> Contacts (at least one, holding the text)."""
    korean = lex.lang == "ko" and _TWO_HANGUL.search("".join(lines)) is not None  # two syllables or more
    contacts = parse_korean(lines, lex) if korean else parse_english(lines, lex)
    if not contacts:
        text = fastre.sub(r"\s+", " ", " ".join(lines)).strip()
        joined = " ".join(lines)
        contacts = [Contact(text=text, phones=tuple(phones_in(joined)),
                            emails=tuple(e for e in EMAIL.findall(joined) if is_address(e)))]
    return contacts


# ---------------------------------------------------------------- finding contact blocks

def contact_label(line, lex):
    """The contact label that opens this line, if the rest of the line looks like contact data."""
    text = label_text(line).lstrip("【[<〈(《 ")  # 【담당: 정책기획과 … ☎061-…】, < 담당 : … >: a label set in brackets
    m = lex.contact_labels.match(text)
    if not m:
        return None
    rest = text[m.end():]
    if not rest.strip() or fastre.fullmatch(r"\s*/\s*[^/:：]{1,40}[:：]?\s*", rest) \
            or fastre.fullmatch(r"(?i)\s*,?\s*(?:please\s+)?(?:contact|call|e-?mail|reach)(?:\s+us)?\s*[:：]?\s*", rest):
        return "label"  # … or the label and its translation (Media enquiries / Ymholiadau'r cyfryngau:), or the
        # label asking to be reached (For media queries, please contact:)
    if fastre.match(r"^\s*[:：]", rest) or fastre.match(r"^\s*(?:[-–—]\s|\()", rest):
        return "line"
    if lex.lang == "ko" and fastre.match(r"^[가-힣]", rest):
        return None  # 문의는 ... : a word that merely starts like a label
    if (phones_in(rest) or EMAIL.search(rest)) and (len(text) <= 120 or not is_sentence_like(text, lex)
                                                   or len(text) <= 220 and _SENTENCE_INSIDE.search(text) is None):
        # a whole contact block flattened onto one line is still a contact line, and so is one long sentence
        # saying where to ask ('For more information, call … at … (weekdays …) or email …'); a paragraph of
        # several sentences that goes on to a phone is text
        return "line"
    if lex.lang == "ko" and len(text) <= 60 and korean_value_share(rest, lex) >= 0.99:
        return "line"  # 담당부서 홍보과, 담당자 주무관 홍길동: every word a unit, title or name
    if lex.lang == "en" and (len(text) <= 80 or len(text) <= 160 and not is_sentence_like(text, lex)) \
            and fastre.match(r"^\s*,?\s*(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’.-]+\s*(?:,|$)", rest):
        # Media Contact Jane Doe, Press Secretary; Issued by Jane Doe, Chief Director …, Department of …, 20 August
        # 2024 (the issuer's credit closing the release: name, post, office and date, no sentence)
        return "line"
    if lex.lang == "en" and m.group().rstrip().endswith((":", "：")) and len(rest.strip()) <= 60 \
            and rest.strip()[:1].isalnum() and not is_sentence_like(rest, lex):
        return "line"  # Contact: 7th District Public Affairs (an office, over its phones on the next lines)
    return None


_LONGEST_REACH_ROW = 200


def _value_like_contact(line, lex):
    """A line that can continue a contact block: names, titles, offices, phones, e-mails."""
    text = line.content
    if lex.lang == "ko" and len(text) <= 12 and matches(lex.attachment_labels, text):
        return False  # 붙임파일 under 담당자 / 서남수: the board's next field, the files, not the contact's
    reach = bool(phones_in(text) or EMAIL.search(text))
    # (a row closed by a full stop after its e-mail is no sentence for that: …, 506-555-0119, name@gnb.ca.)
    unstopped = text[:-1] if text.endswith(".") and EMAIL.search(text.rsplit(" ", 1)[-1]) else text
    if len(text) > (_LONGEST_REACH_ROW if reach and not is_sentence_like(unstopped, lex) else 110) \
            or is_prose(line, lex) and not reach:
        return False
    if reach:
        return True  # a name, a post and two phones and an e-mail between dashes run long, and are no sentence
    if fastre.search(r"이메일\s*보내기|e-?mail us", text, re.I):
        return True
    if lex.lang == "ko":
        # (quotation marks set off a title's words: 특별전“새 보물 납시었네 …”, never an office's or a person's name)
        return bool(fastre.search(r"[가-힣]", text)) and len(text) <= 50 and korean_value_share(text, lex) >= 0.6 \
            and not fastre.search(r"[“”「」『』\"]", text)
    if _PLEASE.match(text):
        return True
    # names, titles and offices; a headline under an empty label reads as one ('Lane Closure on Key Bridge April 1')
    return word_count(text) <= 14 and not fastre.search(r"[.!?]$", text) and not _HEADLINE_WORDS.search(text) \
        and all(word_count(part) <= 12 for part in fastre.split(r"\s*[,;|]\s*", text)) \
        and (":" in text or len(_LOWER_RUN.findall(text)) < _LOWER_WORDS_IN_A_PHRASE)  # (Out of hours: ask …)


_PLEASE = fastre.compile(r"\(?please\b", re.I)  # Please call …, (Please use the number below …): asking to be reached
_VALUE_AFTER_LABEL = fastre.compile(r"[:：]\s*\S")
_DATED_VALUE = fastre.compile(r"(?:19|20)\d{2}\s*[.\-/년]\s*\d{1,2}\s*[.\-/월]")

# a board's field naming the office, 부서명 or 부서 (alone it is the byline: deck.py's _BOARD_OFFICE)
_OFFICE_FIELD = fastre.compile(r"부서\s*(?:명\s*)?[:：]?\s*[가-힣]")
_OFFICE_LABEL = fastre.compile(r"부서\s*(?:명\s*)?[:：]?")


def _office_field_above(d, start):
    """부서명 일자리경제과, 부서 단체협력과 (or 부서명 / 일자리경제과 on two rows) right over 담당자 / 연락처: a board's office field
    heads the contact. The lines to add in front of the group, or []."""
    above = start - 1
    if above < 0 or not d.free(above) or d.lines[start].blank_before:
        return []
    if _OFFICE_FIELD.match(d.lines[above].label):
        return [above]
    label = above - 1
    if label >= 0 and d.free(label) and _OFFICE_LABEL.fullmatch(d.lines[label].label) and len(d.lines[above].content) <= 30 \
            and not d.lines[above].blank_before:
        return [label, above]
    return []


# the fields a board page prints about a post
_BOARD_FIELDS = fastre.compile(r"(?:작성자|글쓴이|등록일|작성일|게시일|조회수?|첨부파일|부서명?)\s*[:：|]?\s*\S")
_POST_FIELD_ALONE = fastre.compile(r"(?:작성자|글쓴이|등록일|작성일|게시일|조회수?|첨부파일)\s*[:：]?")

# words a headline or a sentence holds and a name, a job title or an office does not
_HEADLINE_WORDS = fastre.compile(r"\s(?:on|to|in|at|with|will|is|are|was|from|by|after|over|its|their)\s")
# a word in lower case that no name of a person, a post or an office writes so (of, and, the, for join them)
_LOWER_RUN = fastre.compile(r"(?<!\S)(?!(?:of|and|the|for|at|in|de|du|la|le|van|von|und|y)\b)[a-z][a-z'’-]{2,}(?!\S)")
_LOWER_WORDS_IN_A_PHRASE = 3  # Coconino NF lifting seasonal road closures: a title, never a contact's value


_PHOTO_OR_PAGES = fastre.compile(r"사진\s*(?:없음|있음|\d+\s*매|\d+\s*장)|매수\s*[:：]?\s*\d*\s*(?:매|쪽)?|\d+\s*매")


# "… 수질관리과 권민혁 사무관(☎ 044-…)에게 연락주시기 바랍니다": the standard closing line of a ministry release
_CALL_REQUEST = fastre.compile(r"(?:연락|문의)\s*(?:하여|해)?\s*(?:주시기\s*바랍니다|주십시오|주세요|하시기\s*바랍니다)")


# a news copy's way of saying it: '… 문의는 시설과(062-…)로 하면 된다', '… 예술교육팀(062-…)으로 문의하면 된다'
_WHERE_TO_ASK = fastre.compile(r"문의(?:는|사항은|처는)?\s.{0,80}?(?:으로|로)\s*하면\s*(?:된다|됩니다)|(?:으로|로)\s*문의하면\s*(?:된다|됩니다)")


ASKS_TO_CALL = "a sentence asking readers to call an office"


def _asks_to_call(d, line):
    text = line.content
    if len(text) > 220 or "문의" not in text and "연락" not in text:
        return False
    asks = ("바랍니다" in text or "주십시오" in text or "주세요" in text) and _CALL_REQUEST.search(text) is not None \
        or "된" in text and _WHERE_TO_ASK.search(text) is not None and not _reported(d) \
        and _SENTENCE_INSIDE.search(text) is None  # one sentence: in a paragraph it is the last one's
    return asks and bool(phones_in(text) or EMAIL.search(text))


_REPORTER = fastre.compile(r"[가-힣]{2,4}\s*(?:선임|수석)?\s*기자(?:\s|=|\]|$)|=\s*[가-힣]{2,4}\s*기자")


def _reported(d):
    """A reporter's credit stands in the document: a news copy, whose '…로 문의하면 된다' is its writer's last
    sentence, not the release's contact."""
    if d.reported is None:
        d.reported = any("기자" in line.text and _REPORTER.search(line.text) is not None for line in d.lines)
    return d.reported


_KO_UNIT = fastre.compile(r"[가-힣]{2,}(?:과|팀|실|국|센터|담당관|본부|사업소)(?![가-힣])")
# a writer's credit, with the writer's address: By Mara Quinn | mquinn@daily.example (a byline, not a contact)
_CREDITED = fastre.compile(r"(?:by|written by|posted by|story by|words by)\s", re.I)
_NAME_FIRST = fastre.compile(r"(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’.-]+\s*(?:,|\||–|—|-)\s*\S")


# Water Minister's office – 08 6552 6100: the press line of an office-holder's staff (a building's office is
# the page's footer)
_HOLDERS_OFFICE = fastre.compile(r"(?:[A-Z][\w&.-]*\s+){0,4}[A-Z][\w-]*['’]s\s+(?:[Mm]edia\s+)?[Oo]ffice")
_PLACE_NAME = fastre.compile(
    r"\b(?:Hall|Center|Centre|Building|Plaza|Tower|House|Office|Department|City|County|Council|Library|Museum|"
    r"Hospital|School|University|Station|Headquarters|HQ)$")


def _name_part(text):
    """What stands before the first separator: 'Anna Berg' of 'Anna Berg, Spokesperson | …'."""
    return fastre.split(r"\s*(?:,|\||–|—|\s-\s)\s*", text, 1)[0]


def _bare_contact_line(line, lex):
    """'Anna Berg, Spokesperson | 613-555-0185 | anna@…' closing a release, with no label: a person, then
    their title and a phone or e-mail, and no sentence around them."""
    text = line.content
    if line.marker and not (lex.lang == "ko" and line.marker[0] in _KO_CONTACT_MARKS) or len(text) > 160:
        return False  # (■ 해양수산부 홍보담당관실 044-200-5013: a Korean release sets its contact under a mark too)
    if lex.lang == "en":
        # a person first: not a building or an office ('City Hall, 10 Main St | Tel …' is the page's footer)
        shaped = word_count(text) <= 16 and _NAME_FIRST.match(text) is not None \
            and not _PLACE_NAME.search(_name_part(text)) and not _CREDITED.match(text) \
            or _HOLDERS_OFFICE.fullmatch(_name_part(text)) is not None
    else:
        # an office's name among the words: a reporter's bare e-mail closing a news copy is not the release's contact
        shaped = len(text) <= 80 and _KO_UNIT.search(text) is not None
    return shaped and bool(phones_in(text) or EMAIL.search(text)) and not is_sentence_like(text, lex) and (
        lex.lang == "en" or korean_value_share(text, lex) >= 0.99)


_KO_CONTACT_MARKS = "■□※◆◇*"
_LETTERHEAD_OFFICIAL = "the letterhead's official and the office's number"
_OFFICE_UNDER_NAME = fastre.compile(r"(?i)" + OFFICE_HELD + r"(?:\s+(?:https?://|www\.)\S+)?")


def _official_over_office(d, i, below):
    """An unlabelled name and phone (from line i) over the office the person holds (line `below`, with the
    office's web address), no running text above: a letterhead, not the release's contact."""
    return d.lex.lang == "en" and below < len(d.lines) and not d.lines[below].blank_before and d.free(below) \
        and _OFFICE_UNDER_NAME.fullmatch(d.lines[below].content) is not None and not any(d.prose[:i])


# (the label may name which line it is: Phone (switchboard) +46 8 …, Tel (direct): …)
_REACH_LABEL = fastre.compile(r"(?i)^(?:tel|phone|cell|mobile|office|e-?mail|fax|전화|휴대폰|이메일|☎|✆)\.?(?:\s*\([a-z -]{2,20}\))?\s*[:：]?\s*")


_OTHER_LINE = fastre.compile(r"(?<=\s)/\s*\d{2,5}(?!\d)")


def _reach_only(line):
    """The line holds a phone or an e-mail and nothing else (a label such as 'Tel:' aside)."""
    text = _REACH_LABEL.sub("", line.content)
    rest = blank_phones(EMAIL.sub(" ", text))[0]
    if rest == text:
        return False  # no phone, no e-mail
    if "/" in rest:
        rest = _OTHER_LINE.sub(" ", rest)  # 202-555-1726/3895: the office's other line, its last digits
    if rest.strip():
        rest = _REACH_JOINED.sub(" ", rest)  # (407) 832-3387 or kat@…: two ways to reach one person, joined
    return rest.strip(" ()[]/|,.-") == ""


_REACH_JOINED = fastre.compile(r"(?i)(?<!\S)(?:or|and|또는|및)(?!\S)")


def _signature_block(d, i):
    """[i, …]: a short line naming a person (their title or rank, their office beside), then one to three
    lines each holding only a phone or an e-mail; [] when the lines are not that."""
    lex, line = d.lex, d.lines[i]
    if line.marker or len(line.content) > 60 or i + 1 >= len(d.lines):
        return []
    # the line under it, short and holding only a phone or an e-mail, is the cheap question: asked first; an
    # English signature may set the person's post and office on a line or two between (Sgt. Maria Lopez /
    # Public Information Officer / (555) 555-0100)
    reach = i + 1
    if lex.lang == "en":
        while reach < min(len(d.lines), i + 3) and d.free(reach) and len(d.lines[reach].content) <= 80 \
                and not _reach_only(d.lines[reach]) and not d.lines[reach].blank_before \
                and (_en_kind(d.lines[reach].content, lex) in ("title", "department", "team")
                     and len(d.lines[reach].content) <= 80 or _CAPITALISED_NAMES.fullmatch(d.lines[reach].content)):
            reach += 1
    if reach >= len(d.lines) or len(d.lines[reach].content) > 120 or not d.free(reach) \
            or not _reach_only(d.lines[reach]):
        return []
    if phones_in(line.content) or EMAIL.search(line.content) or is_sentence_like(line.content, lex):
        return []
    if lex.lang == "en":
        # (Dana Brown/Tom Ellis: two people who answer for it, one line)
        parts = [p.strip() for p in fastre.split(r"\s*[,|–—/]\s*", line.content) if p.strip()]
        kinds = [_en_kind(p, lex) or ("name" if _name_after_title(p, lex)[1] else None) for p in parts]
        press_office = all(k in ("team", "department") for k in kinds) and _PRESS_OFFICE.search(line.content) \
            and not matches(lex.contact_labels, line.label)  # (Contact: 5th District Public Affairs opens a block)
        if "name" not in kinds and not press_office or None in kinds:
            return []  # a person, or the press office itself (Media Unit / (07) 3015 2444)
    elif not (korean_value_share(line.content, lex) >= 0.99 and _KO_NAME_WORD.search(line.content)):
        return []
    group = list(range(i, reach))
    for k in range(reach, min(len(d.lines), reach + 3)):
        if not d.free(k) or not _reach_only(d.lines[k]):
            break
        group.append(k)
    return group if len(group) > reach - i else []


# an office and where it is, in capitalised words (Headquarters, Washington / Applied Physics Laboratory, Laurel,
# Md.): a line of a signature between the name and the phone, whatever the office is called
_CAPITALISED_NAMES = fastre.compile(r"(?:(?:[A-Z][\w.&'’-]*|of|and|the|for)(?:,?\s+|,?$)){1,10}")


_OFFICE_LINES = 5  # a signature's lines over its name: the post, the section, the office, its address


def _office_lines_over(d, group):
    """Director of Services, / Roads & Transportation, / Cork County Council / The Courthouse / Co Cork /
    Email: …: the short lines right over a signature, set with it (no blank line between), none a sentence,
    none with a phone or address of its own, are the same signature: the post, the office and where it is."""
    first = group[0]
    k = first - 1
    while k >= 0 and first - k <= _OFFICE_LINES and d.free(k) and not d.lines[k + 1].blank_before:
        line = d.lines[k]
        if line.marker or len(line.content) > 60 or is_sentence_like(line.content, d.lex) or d.prose[k] \
                or phones_in(line.content) or EMAIL.search(line.content) or _korean_title_shaped(line.content, d.lex):
            break
        k -= 1
    if k + 1 < first and (k < 0 or d.lines[k + 1].blank_before):
        return list(range(k + 1, first)) + group  # the whole block, from the blank line that opens it
    return group


def _korean_title_shaped(text, lex):
    """가온도, 부대변인제 서울권역까지 확대… 4인 체제 가동: a title's words (a subject and its comma, an ellipsis
    between two halves) in four words or more; an office's name is a few nouns."""
    return lex.lang == "ko" and len(text.split()) >= 4 and ("," in text or "…" in text)


_BARE_CONTACT = "a person's name with a phone or e-mail, unlabelled"
_SIGNATURE = "a person's name over their phone and e-mail, unlabelled"


def _rows_of_a_list(d):
    """최윤호 033-737-2841 / … / 정은경 033-737-4352: two or more lone name-and-phone lines on a page whose release
    has a labelled contact (문의 : 노인장애인과 … 정은경 …) are the rows of a list of other items, each naming its
    own contact; the release's contact is the labelled one."""
    bare = [g for g in d.contact_groups if len(g) <= 3 and d.reasons[g[0]] in (_BARE_CONTACT, _SIGNATURE)]
    labelled = [g for g in d.contact_groups if d.reasons[g[0]] == "contact label and its values"
                and any(phones_in(d.lines[k].text) or EMAIL.search(d.lines[k].text) for k in g)]
    if len(bare) < 2 or not labelled:
        return
    # the list's rows stand on both sides of the one item opened on the page
    if not any(max(g) < min(labelled[0]) for g in bare) or not any(min(g) > max(labelled[0]) for g in bare):
        return
    for group in bare:
        for k in group:
            d.overrule(k, "stripped", "a contact in a row of a list of other items")
        d.contact_groups.remove(group)


_ISSUER_LABEL_ALONE = fastre.compile(r"(?i)(?:issued|released|prepared|distributed) by\s*[:：]?")
_PRESS_OFFICE = fastre.compile(r"(?i)\b(?:media|press|news|communications?|public (?:affairs|information|relations))\b")
_KO_NAME_WORD = fastre.compile(r"(?:^|\s)[가-힣]{2,4}(?:\s|$)")


def _organisation_over_values(d, j, group):
    """연락처 / 솔다온에너지 / 마케팅팀 / 봉지윤 매니저 / 070-…: right under a label alone, a short name the
    lexicons do not know (a company, an institute) with the team, person or phone under it."""
    line = d.lines[j]
    if len(group) != 1 or line.marker or len(line.content) > 24 or word_count(line.content) > 3 \
            or is_sentence_like(line.content, d.lex) or j + 1 >= len(d.lines) or not d.free(j + 1):
        return False
    return _value_like_contact(d.lines[j + 1], d.lex)


_QUALIFIER = fastre.compile(r"[(\[][^()\[\]]{2,16}[)\]]")


def _qualifier_in_block(d, j, group):
    """(진천선수촌) between an office's rows: a short bracketed note on whom the next entry covers, inside a
    block already under way, with more of the block right under it."""
    return len(group) >= 2 and _QUALIFIER.fullmatch(d.lines[j].content) is not None and j + 1 < len(d.lines) \
        and d.free(j + 1) and _value_like_contact(d.lines[j + 1], d.lex)


def _note_to_the_media(d, j, group):
    """Media Contact / Please use the number below for all media requests. / Phone: …: right under a label
    alone, one sentence asking the reader to call or write, with the phone or e-mail right under it."""
    line = d.lines[j]
    # … or, further down the block, a sentence leading into the number of whom to call (To arrange to speak with
    # Dr. Arra, please contact Drew Ferguson at: / 519-376-9420)
    leads_in = len(group) > 1 and line.content.endswith(":") and _ASKS_TO_REACH.search(line.content)
    if not (len(group) == 1 and _PLEASE.match(line.content) or leads_in) or len(line.content) > _LONGEST_NOTE \
            or j + 1 >= len(d.lines) or not d.free(j + 1):
        return False
    below = d.lines[j + 1].text
    return bool(phones_in(below) or EMAIL.search(below))


_LONGEST_NOTE = 110
_ASKS_TO_REACH = fastre.compile(r"\b(?:contact|call|reach|email|e-mail|phone|speak (?:to|with))\b", re.I)


def _finished_entry(d, group):
    """The last person of a contact block already has a phone or e-mail."""
    for k in reversed(group):
        text = d.lines[k].text
        if phones_in(text) or EMAIL.search(text):
            return True
        if fastre.fullmatch(r"(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’.-]+", text):
            return False
    return False


def _starts_entry(line):
    """A line that can open the next person of an English contact block: a name, a phone, an e-mail."""
    text = line.content
    return bool(phones_in(text) or EMAIL.search(text) or
                fastre.match(r"(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’.-]+(?:\s*,|$)", text) and not text.isupper()
                and not text.endswith(_SITES_HEADING)
                or fastre.fullmatch(r"[A-Z][\w&'’ ]{1,30}:", text))  # Media: / Investors: over the next person


# a heading over a list of the organisation's sites (Regional Offices / Boise (208) …): no one's name
_SITES_HEADING = ("Offices", "Locations", "Branches", "Centres", "Centers", "Sites")

# when an office answers: Monday to Friday, 8:30am to 6pm; Mon–Fri 9:00-17:00; 평일 09:00~18:00
_OFFICE_HOURS = fastre.compile(
    r"(?i)(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*(?:to|through|-|–)\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|"
    r"weekdays|평일|월\s*[~-]\s*금(?:요일)?)\s*[,:]?\s*(?:from\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?\s*"
    r"(?:to|-|–|~)\s*\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?\.?")

# a field's name alone on its line, its value on the next (a contact card laid out in rows: Phone / +32 …)
_FIELD_NAME = fastre.compile(r"(?i)(?:tel(?:ephone)?|phone|ph|mobile|cell|fax|e-?mail|mail)\.?\s*[:：]?")


def _over_a_value(d, j, pattern):
    """Line j is all `pattern` (a field's name, the office's hours) and the next line holds a phone or e-mail."""
    if j + 1 >= len(d.lines) or not pattern.fullmatch(d.lines[j].content):
        return False
    value = d.lines[j + 1].text
    return bool(phones_in(value) or EMAIL.search(value))


# a card's field with its value, over the next way to reach the office: Out of hours: ask switchboard for … / Email: …
_FIELD_WITH_VALUE = fastre.compile(r"[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}\s*:\s+\S.*")


def _field_over_reach(d, j):
    """Line j is a field and its value, and the line right under it (no blank between) a phone or e-mail."""
    if j + 1 >= len(d.lines) or d.lines[j + 1].blank_before or not _FIELD_WITH_VALUE.fullmatch(d.lines[j].content):
        return False
    below = d.lines[j + 1].text
    return bool(phones_in(below) or EMAIL.search(below))


_AUTHOR_FIELD = fastre.compile(r"(?:작성자|글쓴이)\s*[:：]?")


def _author_over_phone(d, j):
    """Line j is an author field alone, a name under it and a phone (or its field) under the name."""
    if j + 2 >= len(d.lines) or not _AUTHOR_FIELD.fullmatch(d.lines[j].label) or not d.free(j + 1) \
            or not _HANGUL_NAME.match(d.lines[j + 1].content):
        return False
    below = d.lines[j + 2]
    return bool(phones_in(below.text) or fastre.match(r"(?:전화(?:번호)?|연락처)\s*[:：]?$", below.label))


def _cells_between(d, a, b):
    """The free lines between two contact groups of a table flattened one cell per line, when there are one to
    three and each is a short cell (a heading in brackets, a unit), else None."""
    if not 1 < b - a <= 4:
        return None
    lex = d.lex
    cells = list(range(a + 1, b))
    for k in cells:
        line = d.lines[k]
        if not d.free(k) or line.marker or line.blank_before or len(line.content) > 30 \
                or is_sentence_like(line.content, lex) or matches(lex.attachment_labels, line.label) \
                or matches(lex.release_labels, line.label):
            return None
    return cells if not d.lines[b].blank_before else None


# the label over a site's own address and switchboard in its footer
SITE_ADDRESS = fastre.compile(r"(?i)^(?:contact (?:info|information|us)|mailing address|(?:postal |street )?address|"
                              r"주\s*소|찾아오시는\s*길|오시는\s*길)\b")
# what only a site's footer carries: when the page was last edited, its switchboard, a postal code opening an
# address ((57922) …, (우)12345 …)
SITE_FOOTER = fastre.compile(r"(?i)최종\s*수정일|대표\s*전화|^\(\d{5}\)|^\(우\)\s*\d{5}|\blast (?:updated|modified)\b|"
                             r"\bswitchboard\b")


_FIELD_NAMES = frozenset("""구분 부서 부서명 담당부서 소속 성명 이름 담당자 직위 직급 연락처 전화 전화번호 이메일 비고
    name title position department office phone telephone tel email e-mail contact""".split())
_CELL_SEPARATOR = fastre.compile(r"\s*\|\s*|\t+|\s{3,}")


def contact_table_header(text):
    """구분 | 부서 | 성명 | 연락처, Name | Title | Phone: a contact table's header row - three cells or more, most of
    them the names of a contact's fields."""
    if text.count("|") < 2 and "\t" not in text and "   " not in text:
        return False  # fewer than three cells (most lines: no separator at all)
    cells = [cell.strip().lower() for cell in _CELL_SEPARATOR.split(text) if cell.strip()]
    return len(cells) >= 3 and sum(despace(cell) in _FIELD_NAMES for cell in cells) * 3 >= 2 * len(cells)


def _beside_in_its_row(d, j, group):
    """Line j was split off the source line of the block's last line: the row's other column (the release's
    label, its date), set beside the contact's rows."""
    row = d.lines[group[-1]].block.line
    return row is not None and d.lines[j].block.line == row


def _beside_another_column(d, j):
    """Line j was split from a line that held another column too (see split._columns)."""
    source = d.lines[j].block.line
    return source is not None and any(0 <= k < len(d.lines) and d.lines[k].block.line == source for k in (j - 1, j + 1))


def _adjacent_meta(d, a, b):
    return all(not d.free(k) and d.roles[k] in ("contact", "stripped") for k in range(a + 1, b))


def _looks_like_title_line(line, lex):
    return len(line.text) >= 12 and not phones_in(line.text)


def _among_event_facts(d, i):
    """○ 일 시: … / ○ 장 소: … / ○ 문 의: … with the text going on below: the event's own facts (where to ask
    about it), not the release's contact, which closes the release."""
    lines = d.lines
    if i < 2 or lines[i].blank_before or lines[i - 1].blank_before:
        return False
    if not (is_fact_field(lines[i - 1], d.lex) and is_fact_field(lines[i - 2], d.lex)):
        return False
    return any(d.free(k) and is_prose(lines[k], d.lex) for k in range(i + 1, min(i + 4, len(lines))))


def rule_contacts(d):
    """Contact lines and blocks: a label (담당부서, 연락처, Media Contact...) and its values."""
    lex = d.lex
    kinds = {}  # line index -> contact_label's answer: asked of one line several times while a block grows

    def label_kind(line):
        if line.index not in kinds:
            kinds[line.index] = contact_label(line, lex)
        return kinds[line.index]

    i = 0
    n = len(d.lines)
    roles = d.roles
    while i < n:
        if roles[i] is not None:
            i += 1
            continue
        line = d.lines[i]
        label = line.label
        # 작 성 / · / 문 의 written over three lines
        if i + 2 < n and label == "작성" and d.lines[i + 1].text in "·ㆍ/," and \
                despace(d.lines[i + 2].text) in ("문의", "문의처"):
            group = [i, i + 1, i + 2]
            j = i + 3
        elif i + 1 < n and label == "작성" and label_text(d.lines[i + 1]) in ("문의", "문의처"):
            group = [i, i + 1]  # the · between them was lost (an empty bullet in Word)
            j = i + 2
        elif contact_table_header(line.text) and i + 1 < n and d.free(i + 1) \
                and (phones_in(d.lines[i + 1].text) or EMAIL.search(d.lines[i + 1].text)):
            group = [i]  # 구분 | 부서 | 성명 | 연락처 over the people's rows
            j = i + 1
        elif matches(lex.not_contact_labels, label) and not _DATED_VALUE.search(line.text):
            # 배포: the distribution office, not the story's contact (배포 : 2026. 7. 1. is the release's date)
            d.claim(i, "stripped", "distribution office label")
            j = i + 1
            # the office on the label's own line (Distribution: All Media), else on the lines under it
            inline = _VALUE_AFTER_LABEL.search(line.text) is not None
            while not inline and j < n and d.free(j) and _value_like_contact(d.lines[j], lex) \
                    and not label_kind(d.lines[j]) and not is_release_meta(d.lines[j], lex):
                d.claim(j, "stripped", "distribution office")
                j += 1
            i = j
            continue
        elif _bare_contact_line(line, lex) and not label_kind(line):
            if _official_over_office(d, i, i + 1):
                # HANNAH R. PELLETIER   TEL: (802) 828-3171 / ATTORNEY GENERAL   www.ago…: the letterhead's official
                # and the office's number, above the text
                d.claim(i, "stripped", _LETTERHEAD_OFFICIAL)
                d.claim(i + 1, "stripped", _LETTERHEAD_OFFICIAL)
                i += 2
                continue
            d.claim(i, "contact", _BARE_CONTACT)
            d.contact_groups.append([i])
            i += 1
            continue
        elif signature := _signature_block(d, i):
            # PIO Sgt. Dana Whitlock / (541) 555-0183 / pio@…: a person over their phone and e-mail, unlabelled
            group = signature
            if _official_over_office(d, i, group[-1] + 1):
                group.append(group[-1] + 1)  # the same letterhead, its cells read one per line
                for k in group:
                    d.claim(k, "stripped", _LETTERHEAD_OFFICIAL)
                i = group[-1] + 1
                continue
            if i and d.free(i - 1) and (_ISSUER_LABEL_ALONE.fullmatch(d.lines[i - 1].label) or _leads_into(d.lines[i - 1])):
                # Issued by: / Fiona Lennox, Communications Officer / Tel: …: the label over the signature (or any
                # short line announcing it with a colon: RSVP/Access to the embargoed report and press kit:)
                d.claim(i - 1, "contact", "contact label and its values")
                group.insert(0, i - 1)
            else:
                group = _office_lines_over(d, group)
            for k in group:
                d.claim(k, "contact", _SIGNATURE)
            d.contact_groups.append(group)
            i = group[-1] + 1
            continue
        elif lex.lang == "ko" and _asks_to_call(d, line):
            d.claim(i, "contact", ASKS_TO_CALL)
            d.contact_groups.append([i])
            i += 1
            continue
        elif _BOARD_FIELDS.search(line.label) and len(_BOARD_FIELDS.findall(line.label)) >= 2:
            i += 1  # 작성자 공보관 | 등록일 … | 조회수 …: a board's fields about the post, not the story's contact
            continue
        else:
            kind = label_kind(line)
            if not kind or _among_event_facts(d, i):
                i += 1
                continue
            group = [i]
            j = i + 1
        # values that follow: blank lines allowed inside English blocks
        while j < n and (d.free(j) or _beside_in_its_row(d, j, group)):
            nxt = d.lines[j]
            if not d.free(j) or (is_release_meta(nxt, lex) or nxt.date_only) and _beside_in_its_row(d, j, group):
                # CONTACT: Tamika Ellsworth      FOR RELEASE: IMMEDIATELY / Press Secretary      April 23, 2025:
                # the other column of the row
                if d.free(j) and nxt.date_only:
                    claim_date_line(d, j, "the release's date, beside the contact's rows")
                j += 1
                continue
            if label_kind(nxt) and len(group) == 1 and _sentence_line(line, lex):
                break  # 'For more information, please contact …' closes the text; 'Media Contacts' opens the block
            if len(group) > 1 and _over_a_value(d, j, _OFFICE_HOURS):
                group.append(j)  # Monday to Friday, 8:30am to 6pm / Telephone …: when the office answers
                j += 1
                continue
            if nxt.date_only and _beside_another_column(d, j):
                # FOR IMMEDIATE RELEASE / March 3, 2026 beside Contact: … / Title: a cell of the block read
                # across, and the release's date
                add_dateline(d, j)
            if _PHOTO_OR_PAGES.fullmatch(nxt.label):
                d.claim(j, "stripped", "photo / page-count header cell")  # 사진없음 between contact cells
                j += 1
                continue
            if _POST_FIELD_ALONE.fullmatch(nxt.label):
                if _author_over_phone(d, j):
                    # 담당부서 / 진로진학교육과 / 작성자 / 이수현 / 전화번호 / 042-…: the board's author between the office
                    # and its phone is the office's person
                    group.extend((j, j + 1))
                    j += 2
                    continue
                break  # 등록일 / 조회수 after the contact's rows: the board's fields about the post
            if len(group) > 1 and SITE_FOOTER.search(nxt.text) and any(phones_in(d.lines[k].text) for k in group) \
                    and (nxt.blank_before or not _field_over_reach(d, j)):
                break  # (02832) 서울특별시 … 대표전화 …: the site's footer under a contact that has its phone (a
                # field of the card itself, 'Out of hours: ask switchboard …' over its e-mail, goes on)
            if is_release_meta(nxt, lex) or matches(lex.not_contact_labels, label_text(nxt)) \
                    or matches(lex.tail_starts, nxt.text) or matches(lex.appendix_labels, nxt.label):
                break  # 별첨 / 붙임 under the contact table opens the annexes
            if not _value_like_contact(nxt, lex) and not _organisation_over_values(d, j, group) \
                    and not _qualifier_in_block(d, j, group) and not _note_to_the_media(d, j, group):
                break
            if "기자" in nxt.text and matches(lex.byline_patterns, nxt.label):
                break  # the news copy's reporter signing off with an e-mail, not the release's contact
            first_complete = label_kind(line) == "line" and (phones_in(line.text) or EMAIL.search(line.text))
            if first_complete and nxt.blank_before and not (phones_in(nxt.text) or EMAIL.search(nxt.text)):
                break
            if lex.lang == "en" and _finished_entry(d, group) and not _starts_entry(nxt) and not _over_a_value(d, j, _FIELD_NAME) \
                    and not _field_over_reach(d, j) and (
                    nxt.blank_before or not all(_en_kind(p, lex) for p in fastre.split(r"\s*[,;|]\s*", nxt.content) if p.strip())):
                break  # after a complete entry, only another person (or their title or office) continues the block
            if lex.lang == "ko" and nxt.blank_before and len(group) > 1 and not (phones_in(nxt.text) or EMAIL.search(nxt.text)) \
                    and not label_kind(nxt) and _looks_like_title_line(nxt, lex):
                break
            if lex.lang == "ko" and label_kind(line) == "line" and not label_kind(nxt) \
                    and not (phones_in(nxt.text) or EMAIL.search(nxt.text)) and len(group) >= 1 and line.marker is None:
                break
            group.append(j)
            j += 1
        # an English label alone with nothing after it is a heading, not a contact; nor is a bare label over
        # lines that reach no one (Contact / Translate this page / Select Language: a site menu)
        if label_kind(line) == "label" and (len(group) == 1 or lex.lang == "en" and not any(
                phones_in(d.lines[k].text) or EMAIL.search(d.lines[k].text) for k in group)):
            i += 1
            continue
        group[:0] = _office_field_above(d, group[0])
        for k in group:
            d.claim(k, "contact", "contact label and its values" if k == group[0] else "contact block")
        between = _cells_between(d, d.contact_groups[-1][-1], group[0]) if d.contact_groups else None
        if between is not None:
            # <박람회 운영> / 한국지역정착지원재단 between two people's cells: the second group's heading and unit
            for k in between:
                d.claim(k, "contact", "a cell between two groups of the contact table")
            d.contact_groups[-1].extend(between + group)
        elif d.contact_groups and group[0] - d.contact_groups[-1][-1] <= 2 and _adjacent_meta(d, d.contact_groups[-1][-1], group[0]) \
                and not _contact_sentence(d, d.contact_groups[-1]) and d.reasons[d.contact_groups[-1][0]] != ASKS_TO_CALL \
                and not any(SITE_FOOTER.search(d.lines[k].text) for k in group):  # not the site's footer under the contact
            d.contact_groups[-1].extend(group)
        else:
            d.contact_groups.append(group)
        i = j
    _rows_of_a_list(d)
    for group in d.contact_groups:
        k = max(group) + 1
        while k < n and d.free(k) and len(d.lines[k].text) <= 80 and POSTAL_ADDRESS.match(d.lines[k].text):
            d.claim(k, "stripped", "the office's postal address, under its contact")
            k += 1


# a postal address on a line of its own: a street and number, a post-office box, a town with its state and
# ZIP or postal code, a Korean road address (the office's card, under its contact)
POSTAL_ADDRESS = fastre.compile(
    r"^(?:\d{1,6}[A-Z]?\s+(?:[NSEW]\.?\s+)?(?:[A-Z0-9][\w.'’-]*\s+){0,5}(?:St|Street|Ave|Avenue|Blvd|Boulevard|Rd|"
    r"Road|Dr|Drive|Ln|Lane|Way|Pl|Place|Ct|Court|Pkwy|Parkway|Hwy|Highway|Sq|Square|Plaza|Ter|Terrace|Cir|Circle)"
    r"\.?(?:,?\s+(?:Suite|Ste\.?|Room|Rm\.?|Floor|Fl\.?|Unit|#)\s*\w+)?"
    r"|P\.?\s?O\.?\s+Box\s+\d+"
    r"|[A-Z][\w .'’-]{1,40},\s*(?:[A-Z]{2}|[A-Z][a-z]+\.?)\s+\d{5}(?:-\d{4})?"
    r"|[A-Z][\w .'’-]{1,40},?\s+[A-Z]{2}\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d"
    r"|(?:\(\d{5}\)\s*)?[가-힣]+(?:특별시|광역시|특별자치시|특별자치도|도|시)\s+[^.!?]{0,40}?[가-힣\d](?:로|길)\s*\d+(?:-\d+)?(?:\s+\S+){0,4}"
    r")\s*$")


_SENTENCE_INSIDE = fastre.compile(r"[\w)\]]\.\s+[A-Z][a-z]|다\.\s")


def _written_as_text(text, lex):
    """A sentence, or sentences: it ends like one, or one ends inside it."""
    return is_sentence_like(text, lex) or _SENTENCE_INSIDE.search(text) is not None


def _sentence_line(line, lex):
    """A long line written as text: 'For more information, please contact … at ….'"""
    return len(line.content) > 60 and _written_as_text(line.content, lex)


def _contact_sentence(d, group):
    """A group that is one such line, claimed as a contact label and its values."""
    return len(group) == 1 and d.reasons[group[0]] == "contact label and its values" \
        and _sentence_line(d.lines[group[0]], d.lex)


def rule_contact_sentences(d):
    """'For more information, please contact Stan Lee at …' written as a sentence of the text, in a release
    that also has a contact block (Media Contacts / names and phones): the block is the release's contact,
    the sentence stays text. Alone, such a sentence is the contact."""
    sentence_groups = [g for g in d.contact_groups if _contact_sentence(d, g) and g[0] not in d.pins]
    if not sentence_groups or len(sentence_groups) == len(d.contact_groups):
        return
    for group in sentence_groups:
        d.roles[group[0]], d.reasons[group[0]] = None, ""
        d.contact_groups.remove(group)
