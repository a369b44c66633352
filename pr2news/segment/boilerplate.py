"""Site chrome, page furniture, end marks and photo captions: lines that are never the article."""
from __future__ import annotations

import re
from collections import Counter

from .. import fastre, lexicon
from ..lexicon.common import END_MARK, MARKDOWN_IMAGE, PAGE_MARK, RULE_LINE, SCRIPT_CALL, SNAKE_CASE_NAME, matches, words_from
from .body import ends_sentence
from .contact import POSTAL_ADDRESS, contact_table_header
from .draft import RUNNING_HEAD, add_dateline
from .lines import KO_SENTENCE_END, is_sentence_like, runs_on, word_count
from .meta import claim_release_label
from .memo import per_document

# Reader containers that hold no article text: page furniture (PDF running heads, page numbers),
# page chrome outside the article (HTML nav/aside/site header and footer), document metadata.
CHROME_CONTAINERS = frozenset({"furniture", "chrome", "nav", "aside", "meta"})


# what a menu item may carry around its words besides spaces: colons, bars, dots, arrows
_MENU_MARKS = ":：|·•>›»"
_MARK_SEPARATORS = fastre.compile(f"[{re.escape(_MENU_MARKS)}]+")


# two or more short bracketed items and nothing else: buttons
_BRACKETED_BUTTONS = fastre.compile(r"(?:[\[［【]\s*[^\[\]［］【】]{1,12}?\s*[\]］】]\s*){2,}$")

# a row of hashtags; a tag may hold a space (#대전 서구) when there are many of them
# (a tag may be written with a second word after it, a place's name the tag cut short: #Summit County #Colorado)
_HASHTAGS = fastre.compile(r"(?:#[^\s#]+\s*){2,}$|(?:#[^\s#]+(?:\s[^\s#]+)?\s*){4,}$|"
                           r"(?=.{0,60}$)#[^\s#]+(?:\s[A-Z][^\s#]*)?(?:\s+#[^\s#]+(?:\s[A-Z][^\s#]*)?)+\s*$")

# a breadcrumb: Home > News > Releases (three or more short steps), or two very short ones with a guillemet or
# chevron no title uses (News › Releases; 'A > B' may compare); asked only of lines with the sign
# (… or the trail ends on its sign, the page's own step left out: You are here: Home » News »; or opens on it, the
# home step an icon the copy lost: > 보도자료 > 소속기관)
_BREADCRUMB = fastre.compile(r"[^>›»]{1,40}(?:\s[>›»]\s[^>›»]{1,40}){2,}$|[^>›»]{1,20}\s[›»]\s[^>›»]{1,20}$"
                             r"|[^>›»]{1,40}(?:\s[>›»]\s[^>›»]{1,40}){1,}\s[>›»]$|[>›»]\s[^>›»]{1,40}(?:\s[>›»]\s[^>›»]{1,40})+$")

_LAST_STEP = fastre.compile(r"\s[>›»]\s")
_TITLE_AS_LAST_STEP = 5  # words: a section's name is shorter, the page's own title as long as titles are

_CHROME_PATTERNS = lexicon.either_language("chrome_patterns")
_CAPTION_PATTERNS = lexicon.either_language("caption_patterns")
_STORY_LISTS = lexicon.either_language("story_lists")

# menus, buttons, counters and banners are short; a longer line is text (or, after the article, the tail)
_LONGEST_CHROME = 200
# the whole-line menu words are short; a line several times longer is not one of them, however spaced
_LONGEST_MENU_ITEM = 120


# two or more tokens of small letters with figures inside them, nothing else: a page's hidden keys or ids
_TOKEN = r"(?=[a-z0-9]*\d)(?=(?:[0-9]*[a-z]){3})[a-z0-9]{6,}"  # a figure and three letters at least, six characters
_TOKEN_ROW = fastre.compile(rf"(?:{_TOKEN}\s+)+{_TOKEN}")


def is_chrome(line, lex):
    """'site chrome' when the line is navigation, a button, a counter or a banner, else None."""
    if line.text[:2] == "![" and MARKDOWN_IMAGE.fullmatch(line.text):
        return "an image's place, as Markdown writes it"  # ![](…), ![photo](/img/1.jpg)
    if line.text[:1] == "{" and _TEMPLATE_PLACE.fullmatch(line.text):
        return "an image's place, as the site's template writes it"  # {이미지:0}, {image:2}
    if line.text[:1] in "<wdfv/" and _SCRIPT_OR_MARKUP.match(line.text) \
            or line.text.endswith(");") and SCRIPT_CALL.fullmatch(line.text):
        return "the page's script or markup, copied as text"  # <!-- Google tag --> <script …>, window.dataLayer = …
    if len(line.text) > _LONGEST_CHROME:
        return _NUMBERED_COPIES if len(line.text) <= _LONGEST_GALLERY and numbered_copies(line.content) else None
    if numbered_copies(line.content):
        return _NUMBERED_COPIES
    if len(line.content) <= _LONGEST_IMAGE_NAME and line.content[-1:].isdigit() and _IMAGE_NAME.fullmatch(line.content):
        return "an image's name, printed where the image was"  # 2-2016 Gun1, Photo3: its number run into its word
    if len(line.content) <= _LONGEST_VERSIONED_NAME and line.content[-1:].isdigit() \
            and _VERSIONED_NAME.fullmatch(line.content):
        return "an image's name, printed where the image was"  # St John Ambulance CPR v2: a file's version after it
    if len(line.content) <= _LONGEST_FILE_STEM and " " not in line.content and _FILE_STEM.fullmatch(line.content):
        # capital_city_infrastructure_map, 2018StateofCounty: a file's name, words joined as no sentence joins them
        return "an image's name, printed where the image was"
    if _said_twice(line.content):
        return "an image's text and its caption, run together (the same words twice)"
    if line.content[-1:].isalnum() and _TOKEN_ROW.fullmatch(line.content):
        return "a row of the page's tokens (glqxz9283 sfy39587stf02): letters and figures mixed as no word is"
    if line.marker and line.content in ("-", "+", "–", "−", "＋"):
        return "a button of one sign under a list mark (the font size's - and +)"
    if lex.lang == "ko" and len(line.content) <= 15 and _ICON_NAMES.fullmatch(line.content):
        return "the names of a row of icons (fa tw, ka ks url): no Korean text writes them alone"
    if lex.lang == "ko" and len(line.content) <= 50 and _LATIN_BUTTONS.fullmatch(line.content):
        return "a row of buttons named in lower-case English (add remove print link) on a Korean page"
    content = line.content
    if len(content) <= _LONGEST_MENU_ITEM and _may_be_menu_word(content):
        # what a menu item may carry around its words removed: whitespace (split), then the rest if any
        compact = "".join(content.lower().split())
        if _MARK_SEPARATORS.search(compact):
            compact = _MARK_SEPARATORS.sub("", compact)
        if compact in lex.chrome_exact or compact in lexicon.LEXICONS["en"].chrome_exact and len(compact) < 30:
            return "site chrome"
    if " " in content and len(content) <= _LONGEST_MENU_ROW:
        words = content.lower().split()
        # commas and ampersands join buttons too: Print Friendly, PDF & Email
        compact = _MARK_SEPARATORS.sub("", "".join(words)).replace(",", "").replace("&", "")
        # a menu word opens the row within its first three words (기사 메일전송, 세 줄 요약: one button written as two
        # or three)
        if _menu_words_only(compact, sum(len(word) for word in words[:3])):
            return "a row of menu buttons"
        if len(words) >= 4 and _buttons_but_one(words):
            return "a row of menu buttons"
        if "|" in content and _buttons_between_bars(content):
            return "a row of menu buttons"
    text = line.text
    if (">" in text or "›" in text or "»" in text) and _BREADCRUMB.match(text):
        if len(_LAST_STEP.split(text)[-1].split()) >= _TITLE_AS_LAST_STEP:
            return None  # Home > News > Council approves harbour budget for 2027: the title, its path run into it
        return "site chrome"
    if text[:1] in "[［【" and _BRACKETED_BUTTONS.match(text):
        return "a row of menu buttons"  # [ 글자크기 + - ] [ 인쇄 ] [ 공유 ], [Print] [Email]
    if text[:1] == "#" and _HASHTAGS.match(text):
        return "hashtags"  # #연구성과 #기계공학부, #CityNews #Parks
    # both languages' cues (a Korean page carries English buttons, and the reverse). The label (letter-spacing
    # undone) is asked too, of short lines: 기 사 공 유 is a spaced-out button
    ask_label = len(line.label) <= 60 and line.label != line.content
    chrome = _CHROME_PATTERNS
    if chrome.search(text) or line.marker and chrome.search(line.content) or ask_label and chrome.search(line.label):
        return "site chrome"
    if " / " in text and len(text) <= _LONGEST_TWO_LANGUAGE_LINE and chrome.search(text.rsplit(" / ", 1)[1]):
        # Mae'r dudalen hon ar gael yn Gymraeg / This page is available in Welsh: the same words in two languages
        return "site chrome"
    if text.endswith(_LINK_ARROWS) and len(text) <= _LONGEST_MENU_ITEM:
        # a link's arrow after a button's words: 원문 보기 ↗, Read the report →
        bare = text.rstrip("".join(_LINK_ARROWS) + " ")
        if bare and (chrome.search(bare) or "".join(bare.lower().split()) in lex.chrome_exact):
            return "site chrome"
    return None


# a few short lowercase Latin words alone on a Korean page: the class names of share icons (fa tw gp, ka ks url)
_ICON_NAMES = fastre.compile(r"(?:[a-z]{1,3}\s+){0,3}[a-z]{1,3}")
_LATIN_BUTTONS = fastre.compile(r"(?:[a-z]{2,8}\s+){2,5}[a-z]{2,8}")
# a line opening on an HTML comment or a script, style or frame tag, a function's body, a script setting the
# window's or document's fields: the page's code, never a release's words (a tag inside a sentence is the text's)
_SCRIPT_OR_MARKUP = fastre.compile(r"/\*.*\*/\s*(?:\?>)?$|<\?(?:php)?\s.*\?>$|"  # a template's comment, a PHP tag
                                   r"<!--|<\s*/?\s*(?:script|style|iframe|noscript)\b|<\s*/?\s*(?:br|p|div|span)\s*/?>$|(?:var\s+\w+\s*=\s*)?function\s*\w*\s*"
                                   r"\([^)]*\)\s*\{|(?:window|document)\.\w+\s*(?:=|\()")
# a few short words, the last with its number run into it and nothing after: how files and images are named
# … or one run of a word and its numbers joined by dashes and underscores (detour-44162_1280, IMG_20260512_1234)
_IMAGE_NAME = fastre.compile(r"(?:[\w.-]{1,12}\s){0,2}[A-Za-z]{2,}[_-]?\d{1,4}|[A-Za-z][A-Za-z-]*[-_]\d{3,}(?:[-_x]\d{2,})*")
_LONGEST_IMAGE_NAME = 30
_TEMPLATE_PLACE = fastre.compile(r"\{\s*[^\W\d_]{1,12}\s*[:：]\s*\d{1,3}\s*\}")
# words and a version after them, no sentence: a file's name (… CPR v2, Harbour plan V3)
_VERSIONED_NAME = fastre.compile(r"[\w&'’-]+(?:\s[\w&'’-]+){0,7}\s[vV]\d{1,2}")
_LONGEST_VERSIONED_NAME = 60
_FILE_STEM = fastre.compile(SNAKE_CASE_NAME + r"|\d{2,4}(?:[A-Z][a-z]+|of|and|the|in|for|to){2,6}")
_LONGEST_FILE_STEM = 50
_NUMBERED_COPIES = "one phrase printed again and again, only its number changing (a gallery's image texts)"
_LONGEST_GALLERY = 1000
_DIGITS = fastre.compile(r"\d+")


def numbered_copies(text):
    """… 기념행사 사진1 이미지 … 기념행사 사진2 이미지 … 기념행사 사진3 이미지, Slide 1 of 3 Harbour ferry Slide 2 of 3
    Harbour ferry: the same words two or more times over, a counter the only difference - the texts of a
    gallery's images run together. A unit of three words at least, two of them without a digit, so a row
    of figures (2023년 100명 2024년 200명) is never one."""
    words = text.split()
    n = len(words)
    if n < 6 or _DIGITS.search(text) is None:
        return False  # two copies of three words at least; most lines have no figure
    bare = _DIGITS.sub("#", text).split()
    for size in range(3, n // 2 + 1):
        if n % size == 0 and bare == bare[:size] * (n // size) and words != words[:size] * (n // size):
            return sum("#" not in word for word in bare[:size]) >= 2
    return False


_LINK_ARROWS = tuple("↗→⇢➔➜➝›»▸▶>")
_LONGEST_TWO_LANGUAGE_LINE = 160


_FURNITURE = fastre.compile("|".join(f"(?:{p.pattern})" for p in (END_MARK, PAGE_MARK, RULE_LINE)), re.I)

_LONGEST_MENU_WORD = max(len(w) for lx in lexicon.LEXICONS.values() for w in lx.chrome_exact)
_MENU_WORDS = frozenset().union(*(lx.chrome_exact for lx in lexicon.LEXICONS.values()))
_LONGEST_MENU_ROW = 60
_MENU_WORD_SIZES = {}  # first character -> the lengths of the menu words opening with it
for _word in _MENU_WORDS:
    _MENU_WORD_SIZES.setdefault(_word[:1], set()).add(len(_word))
_MENU_WORD_SIZES = {first: tuple(sorted(sizes)) for first, sizes in _MENU_WORD_SIZES.items()}


_ODD_BUTTON = 4  # the one word of a row of buttons the lexicons lack is short: a site's abbreviation (네카)


def _buttons_but_one(words):
    """페이스북공유하기 트위터공유하기 네카 카카오톡공유하기: every word of the row made of menu words but one short one."""
    odd = 0
    for w in words:
        if not _menu_words_only(_MARK_SEPARATORS.sub("", w), len(w)):
            odd += 1
            if odd > 1 or len(w) > _ODD_BUTTON:
                return False  # most lines: their first words are no buttons, and the row is given up at once
    return True


def _menu_words_only(compact, opening=_LONGEST_MENU_WORD):
    """The line, spaces and marks taken out, is menu words end to end: 기사 메일전송 글자크기 인쇄하기,
    Share Print Email. (A word break over the lexicons' menu words.)"""
    if not any(k <= opening and compact[:k] in _MENU_WORDS for k in _MENU_WORD_SIZES.get(compact[:1], ())):
        return False  # most lines: no menu word opens them
    return words_from(compact, _MENU_WORDS, 1, _LONGEST_MENU_WORD)[0] > 0


_FIGURE = fastre.compile(r"\d")


def _buttons_between_bars(content):
    """Three or more short items between bars, all menu words but one: 요약보기 | 음성으로 듣기 | 글자크기 |
    공유하기 (a viewer's buttons, one of them a word the lexicons lack); or a row of a site's sections:
    도정소식 | 분야별정보 | 열린도정 | 도민참여, Home | News | Events | Contact."""
    items = [item for item in content.lower().split("|") if item.strip()]
    if len(items) < 3 or any(len(item) > 20 for item in items) or contact_table_header(content):
        return False  # 구분 | 부서 | 성명 | 연락처: the head of a contact table
    known = sum("".join(item.split()) in _MENU_WORDS for item in items)
    if known >= len(items) - 1:
        return True
    # a site's sections: four or more one- or two-word items, no figures (a table row has some)
    return len(items) >= 4 and all(len(item.split()) <= 2 and len(item.strip()) <= 12 and not _FIGURE.search(item)
                                   for item in items)


def _may_be_menu_word(content):
    """Whether the line, spaces and separator marks taken out, can be as short as a whole-line menu word:
    counted instead of built, as most lines are far longer."""
    letters = len(content) - content.count(" ")
    return letters <= _LONGEST_MENU_WORD or letters - sum(map(content.count, _MENU_MARKS)) <= _LONGEST_MENU_WORD


# a photo caption is a line or two; a paragraph that ends with (사진=…) is still a paragraph
_LONGEST_CAPTION = 160
_SENTENCE_END = fastre.compile(r"다[.!?](?:\s|$)|[a-z][.!?]\s+(?=[A-Z])")


def is_caption(line, lex):
    """A photo caption or image placeholder (▲ … (사진=…), /사진제공=, Photo: …)."""
    return len(line.text) <= _LONGEST_CAPTION and _caption_text(line.text, lex.lang)


@per_document  # asked of the same line by several rules; the answer depends only on the text and the language
def _caption_text(text, lang):
    if text.count("|") == 2 and text[:1] == "|" and text.rstrip()[-1:] == "|":
        text = text.strip("| ")  # | ▲ … 배포하고 있다. |: a table's one cell around the caption
    if text.count("|") > 1 or len(_SENTENCE_END.findall(text)) > 1:
        return False  # a table row; or two sentences, which make a paragraph that ends with its photo credit
    if text[:1] in "-–" and text.rstrip(" |")[-1:] in "-–":
        return False  # - … - |: a subtitle framed by dashes in its table cell, not a caption
    return matches(_CAPTION_PATTERNS, text) or _NAMED_FROM_SOURCE.fullmatch(text) is not None


# 'District Attorney Dana Lowe. From the county's website.': who is pictured (a name in capitals, no verb), then
# where the picture came from
_NAMED_FROM_SOURCE = fastre.compile(r"(?:[A-Z][\w.'’-]*\s+){1,7}[A-Z][\w'’-]+\.\s+(?:(?:photo|image)\s+)?"
                                    r"(?i:from|via|courtesy(?:\s+of)?|source\s*:)\s+[^.!?]{2,50}\.?")


# a board's or a page's field giving when the post went up, with its date after it
_POSTED_FIELD = fastre.compile(r"(?i)(?:등록일|작성일|게시일|입력|posted(?:\s+on)?|published(?:\s+on)?)\s*(?:일시|일자)?\s*[:：]?\s*\d")


def _front_matter(d):
    """---, then fields (title: "…", date: …, a list's - items), then --- again, opening the file: the metadata a
    Markdown file (a site's export, an archive's copy) carries over its text, not the release's words."""
    lines = d.lines
    if not lines or lines[0].text != "---":
        return
    for end in range(1, min(len(lines), _LONGEST_FRONT_MATTER)):
        text = lines[end].text
        if text == "---":
            if end > 1:
                for i in range(end + 1):
                    # the title is left to compete as the headline, unless the text prints it itself
                    if not _FRONT_MATTER_TITLE.match(lines[i].text) or _printed_below(lines, i, end):
                        d.claim(i, "stripped", "front matter (the file's metadata)")
            return
        if not _FRONT_MATTER_FIELD.match(text):
            return


def _printed_below(lines, i, end):
    """The value of the front matter's line i (title: "…") is printed in a line of the text below it."""
    value = _LETTERS_ONLY.sub("", lines[i].text.split(":", 1)[1]).lower()
    return bool(value) and any(value in _LETTERS_ONLY.sub("", line.text).lower() for line in lines[end + 1:])


_LETTERS_ONLY = fastre.compile(r"[\W_]+")
_LONGEST_FRONT_MATTER = 40
_FRONT_MATTER_TITLE = fastre.compile(r"title:\s+\S")
# key: value, key:, - item (YAML's keys are written in lower case: 'Contact: …' between two rules is a contact)
_FRONT_MATTER_FIELD = fastre.compile(r"[a-z_][a-z0-9_-]*:(?:\s|$)|-\s+\S")


def rule_chrome(d):
    """Site chrome, page marks, rule lines and end marks, wherever they are."""
    _front_matter(d)
    for i, line in enumerate(d.lines):
        if line.block.container in CHROME_CONTAINERS:
            d.claim(i, "stripped", f"page {line.block.container}")
        elif not _FURNITURE.match(line.text):  # most lines: one pattern for the three below
            if line.text in ("·", "ㆍ", "|", "/", "-"):
                continue  # a connector between letter-spaced labels; decided with its neighbours
            reason = is_chrome(line, d.lex)
            if reason and matches(d.lex.release_labels, line.label):
                claim_release_label(d, i)  # 보도자료, NEWS RELEASE: menus name them too
            elif reason:
                d.claim(i, "stripped", reason)
                if _POSTED_FIELD.search(line.text):
                    # 작성자 : 홍보팀 | 등록일 : 2026-03-03 | 조회수 : 152: the board's row is chrome, its date the
                    # post's - a dateline of last resort
                    add_dateline(d, i, priority=1)
        elif END_MARK.match(line.text):
            d.claim(i, "stripped", "end mark")
        elif PAGE_MARK.match(line.text):
            d.claim(i, "stripped", "page number")
        else:
            d.claim(i, "stripped", "rule line")
    _breadcrumb_a_step_a_line(d)
    _page_footers(d)
    _running_heads(d)
    _advertisements(d)
    _address_rows(d)
    _page_boxes(d)
    _cookie_banner(d)
    _button_among_buttons(d)
    _caption_under_image_text(d)
    _date_label_without_its_date(d)
    _pointer_to_the_link_below(d)
    _chrome_goes_on(d)


_CONJUNCTION_FIRST = fastre.compile(r"(?:and|or|&)\s")
_LONGEST_CHROME_REST = 60


def _chrome_goes_on(d):
    """'Watch more of our videos on Shots!' / 'and live on Freeview channel 276': a short line opening on 'and' or
    'or', right under a line of chrome, is that chrome's rest (a widget's words broken over lines), not text."""
    for i in range(1, len(d.lines)):
        text = d.lines[i].content
        if len(text) <= _LONGEST_CHROME_REST and d.free(i) and d.reasons[i - 1] == "site chrome" \
                and _CONJUNCTION_FIRST.match(text) and not ends_sentence(text, d.lex):
            d.claim(i, "stripped", "site chrome")


# a date's label alone on its line: Published, Updated:, 등록일
_DATE_LABEL_ALONE = fastre.compile(r"(?i)(?:(?:first\s+|last\s+)?(?:published|updated|posted)(?:\s+on)?|게시일|작성일|등록일|입력)\s*[:：]?")


def _date_label_without_its_date(d):
    """'Published' with no date on the next line either: the page lost the date the label stood over (it was
    drawn by a script), and the label alone says nothing - chrome, wherever it stands. (Over a date it is the
    dateline's label, left to the deck.)"""
    for i, line in enumerate(d.lines):
        if len(line.content) <= 20 and d.free(i) and _DATE_LABEL_ALONE.fullmatch(line.content):
            following = d.lines[i + 1].text if i + 1 < len(d.lines) else ""
            if _FIGURE.search(following) is None:  # (24.05.13, 3 hours ago: figures a date reader may not know)
                d.claim(i, "stripped", "a date's label without its date")


# a line pointing at the link under it (아래 주소, the link below) and naming the article it leads to (기사 전문,
# 원문, the full story): the page's word on where the article came from, not the article's
_POINTS_BELOW = fastre.compile(r"(?i)아래\s*(?:의\s*)?(?:고유\s*)?(?:링크|주소|url|사이트)|\b(?:link|address|url)\s+below\b"
                               r"|\b(?:following|below)\s+(?:link|address|url)\b")
_NAMES_THE_ARTICLE = fastre.compile(r"(?i)기사|전문|원문|출처|\barticle|\bstory\b|full text|\boriginal\b|\bsource\b")
# a link alone on its line, or under a short label (출처 http://…, URL : …, Source: …)
_LINK_LINE = fastre.compile(r"(?i)(?:[^\s:：]{1,8}\s*[:：]?\s*)?(?:https?://|www\.)\S+")
_LONGEST_POINTER = 100


def _pointer_to_the_link_below(d):
    """'아래 주소에서 기사 전문을 확인하실 수 있습니다' / 출처 http://…: the line over a link that points at it and
    names the article it leads to is the page's furniture (a release's own 'apply at the site below' names no
    article, and stays)."""
    lines = d.lines
    for i in range(len(lines) - 1):
        text = lines[i].content
        if len(text) <= _LONGEST_POINTER and d.free(i) and _POINTS_BELOW.search(text) \
                and _NAMES_THE_ARTICLE.search(text) and _LINK_LINE.fullmatch(lines[i + 1].text):
            d.claim(i, "stripped", "a pointer to the article's link below")


_IMAGE_FOR = fastre.compile(r"(?i)(?:image|photo|picture|thumbnail|graphic) for\s")
_ONE_SENTENCE = fastre.compile(r"[^.!?]{10,300}[.!?]")


def _caption_under_image_text(d):
    """'Image for School District Celebrates …' / 'Principals and district leaders celebrated … with Superintendent
    Eakins.': the sentence under an image's alternative text is the image's caption."""
    for i in range(len(d.lines) - 1):
        if d.roles[i] == "stripped" and d.lines[i].text[:1] in "IiPpTtGg" and _IMAGE_FOR.match(d.lines[i].text) \
                and d.free(i + 1) and not d.lines[i + 1].blank_before and _ONE_SENTENCE.fullmatch(d.lines[i + 1].content):
            d.claim(i + 1, "stripped", "photo caption")


def _said_twice(text):
    """'Scaffolding boardsScaffolding boards': the same words twice with nothing between (or one space) - an image's
    alternative text and its caption, which the copy ran together."""
    half = len(text) // 2
    if half < 6 or text[:1].islower():
        return False
    return text[:half] == text[half:] or len(text) % 2 == 1 and text[half] == " " and text[:half] == text[half + 1:]


_LONGEST_BUTTON = 12


def _button_among_buttons(d):
    """• 공유 / • 댓글 / • 클린뷰 / • 프린트: a short word set like the page's buttons on both sides of it (the same
    list mark, or none) is one of them, whatever the site called it."""
    lines = d.lines
    for i in range(1, len(lines) - 1):
        line = lines[i]
        if not d.free(i) or len(line.content) > _LONGEST_BUTTON or len(line.content.split()) > 2:
            continue
        if all(d.reasons[k] == "site chrome" and lines[k].marker == line.marker for k in (i - 1, i + 1)):
            d.claim(i, "stripped", "site chrome")
    # • 페이스북 / • 제주여행 / • 카카오채널 over the text: the list a known button opens goes on with the site's other
    # buttons, however they are named (above the first running text only: a list in the text may follow a button)
    first_text = next((i for i, prose in enumerate(d.prose) if prose), len(lines))
    for i in range(1, first_text):
        line = lines[i]
        if d.free(i) and line.marker and len(line.content) <= _LONGEST_BUTTON and " " not in line.content \
                and d.reasons[i - 1] == "site chrome" and lines[i - 1].marker == line.marker \
                and not _FIGURE.search(line.content) and not matches(d.lex.contact_labels, line.label):
            # (a post's fields go on after its view count: 등록부서 에너지정책과, 담당자, 문의처 051-…, kept)
            d.claim(i, "stripped", "site chrome")


_COOKIE = fastre.compile(r"(?i)\bcookies?\b")
_COOKIE_BANNER_LINES = 8


def _cookie_banner(d):
    """Cookies on the X website / We've put some small files called cookies on your device … / I'm OK with
    analytics cookies: once a line is known for a cookie banner's, the lines right after it that speak of cookies
    are the same banner, its explanations and buttons in whatever words the site chose."""
    lines, n = d.lines, len(d.lines)
    i = 0
    while i < n:
        if d.reasons[i] == "site chrome" and _COOKIE.search(lines[i].text):
            k = i + 1
            while k < n and k - i <= _COOKIE_BANNER_LINES \
                    and (d.reasons[k] == "site chrome" or _COOKIE.search(lines[k].text)):
                d.claim(k, "stripped", "site chrome")
                k += 1
            i = k
        else:
            i += 1


# a printed page's foot: the issuer and reference, then the page's number (Stirling Council – Press Release
# PR25/041   Page 1 of 2)
_PAGE_FOOTER = fastre.compile(r"(?i)(.{2,90}?)\s+page\s+\d{1,3}\s+of\s+\d{1,3}")


def _page_footers(d):
    """A line ending with 'Page N of M' is the page's foot, and the same words right beside it, without the
    number, the next page's head."""
    lines, n = d.lines, len(d.lines)
    for i in range(n):
        text = lines[i].text
        # (asked only of lines ending in a number with 'age' just before it: most lines end otherwise)
        footer = _PAGE_FOOTER.fullmatch(text) if d.roles[i] is None and text[-1:].isdigit() and "age" in text[-16:] \
            else None
        if footer is None or is_sentence_like(footer.group(1), d.lex):
            continue
        d.claim(i, "stripped", "page number")
        for k in (i - 1, i + 1):
            if 0 <= k < n and d.roles[k] is None and lines[k].text == footer.group(1).strip():
                d.claim(k, "stripped", RUNNING_HEAD)


def _running_heads(d):
    """A line printed more than once, a copy right beside a page number (- 1 - / 울산광역시 보도자료 시민과 함께
    …): the page's running head or foot. The copies beside page numbers go; one elsewhere (the top of the first
    page) may be the title itself, printed again on every page, and is left to the headline's evidence."""
    lines, n = d.lines, len(d.lines)
    counts = None
    for i in range(n):
        if d.reasons[i] != "page number":
            continue
        for k in (i - 1, i + 1):
            if 0 <= k < n and d.free(k) and len(lines[k].text) <= _LONGEST_RUNNING_HEAD:
                if counts is None:
                    counts = Counter(line.text for line in lines)
                if counts[lines[k].text] > 1:
                    d.claim(k, "stripped", RUNNING_HEAD)


_LONGEST_RUNNING_HEAD = 160


_AD_LABEL = fastre.compile(r"(?i)ad|ads|advertisement|sponsored|광고|스폰서|협찬")
_LONGEST_AD = 100
# how an advertisement calls out (an exclamation, an arrow to click, a bar before the brand, a price): the label
# alone may stand over an empty slot, the page's own text under it
_SALES_PITCH = fastre.compile(r"[!▶►→»|]|\d[\d,]*\s*원|[$₩£€]\s?\d")


def _advertisements(d):
    """AD / 여름 휴가 특가! 제주 왕복 항공권 29,900원부터 ▶ 지금 예약: the line under an advertisement's label, short,
    no sentence and pitching something, is the advertisement."""
    lines = d.lines
    for i in range(len(lines) - 1):
        if len(lines[i].text) <= 13 and _AD_LABEL.fullmatch(lines[i].text.strip()):
            ad = lines[i + 1]
            if d.free(i + 1) and len(ad.text) <= _LONGEST_AD and not is_sentence_like(ad.content, d.lex) \
                    and _SALES_PITCH.search(ad.text) and not ad.text.endswith((":", "：")):
                d.claim(i, "stripped", "site chrome")
                d.claim(i + 1, "stripped", "an advertisement, under its label")


_CELL_BAR = fastre.compile(r"[|•]")


def _address_rows(d):
    for i, line in enumerate(d.lines):
        if ("|" in line.text or "•" in line.text) and d.free(i) and _address_row(line.text):
            d.claim(i, "stripped", "the page's footer: a name and a postal address")


def _address_row(text):
    """부산해운대경찰서 | 부산광역시 해운대구 해운대로 417, District Office | 1200 Orchard Avenue, Maple Hollow, CA
    93650 | (559) 555-0100: cells of a footer, one of them a postal address (or one opening with its street) and
    none a sentence."""
    cells = [cell.strip() for cell in _CELL_BAR.split(text) if cell.strip()]
    return len(cells) >= 2 and any(POSTAL_ADDRESS.match(cell) or POSTAL_ADDRESS.match(cell.split(",", 1)[0])
                                   for cell in cells) \
        and not any(_SENTENCE_END.search(cell) for cell in cells)


_CRUMB_SEPARATORS = frozenset((">", "›", "»"))
_LONGEST_CRUMB = 60


def _breadcrumb_a_step_a_line(d):
    """Home / > / News / > / 2025 / > / Market hall restoration: a breadcrumb copied one step a line, two
    separators or more between short steps. Its last step names the page, as the title may: it is still the
    trail's."""
    lines, n, i = d.lines, len(d.lines), 1
    while i < n - 1:
        k = i
        while k < n - 1 and lines[k].text in _CRUMB_SEPARATORS and _crumb(lines[k - 1]) and _crumb(lines[k + 1]):
            k += 2
        if k - i >= 4:  # two separators or more
            for j in range(i - 1, k):
                d.claim(j, "stripped", "site chrome")
        i = max(k, i + 1)


def _crumb(line):
    return len(line.text) <= _LONGEST_CRUMB and not line.text.endswith((".", "다", "!", "?"))


# boxes a page sets over or beside the article, each opened by its label and closed by its own last line: a
# portal's machine-made summary (AI 세 줄 요약 … 자동으로 만든 요약이라 본문과 다를 수 있습니다), a site's alert
# banner (Alerts In Effect … Dismiss / View all alerts)
_BOXES = (
    ("a portal's machine-made summary",
     fastre.compile(r"(?i)(?:AI\s*)?(?:(?:세|한|두)\s*줄|\d\s*줄)?\s*요약(?:봇|\s*보기)?|AI\s*요약\s*\S{0,6}|"
                    r"(?:AI[- ]generated\s+)?(?:summary|key (?:takeaways|points))(?:\s*\(AI[- ]generated\))?|tl;?\s*dr"),
     fastre.compile(r"(?i)(?:자동|AI|인공지능).{0,30}요약.{0,40}(?:다를\s*수|정확하지|차이가|확인해|책임)|"
                    r"(?:automatically|AI)[- ]generated.{0,60}(?:may|might|could|check|verify|review)|"
                    r"summary (?:may|might) (?:not|contain)")),
    ("the site's alert banner",
     fastre.compile(r"(?i)(?:(?:park|site|service|travel|weather|emergency|active)\s+)?alerts?(?:\s+in\s+effect)?|"
                    r"(?:긴급\s*)?(?:알림|공지)\s*(?:사항)?"),
     fastre.compile(r"(?i)^(?:dismiss\b.{0,30})?view all alerts$|^(?:닫기\s*)?(?:알림|공지)\s*전체\s*보기$")),
    # a photo gallery: its counter, the shown picture's caption, the controls and the thumbnails' titles, down to
    # the last control (사진 갤러리 / 1 / 4 / … / 이전 사진 / 다음 사진 / … / 전체 사진 다운로드)
    ("a photo gallery",
     fastre.compile(r"(?i)(?:사진|포토|이미지)\s*(?:갤러리|앨범|모음)|(?:photo|image|picture)\s*(?:gallery|album)s?|slideshow"),
     fastre.compile(r"(?i)^(?:(?:전체|원본)\s*)?(?:사진|이미지)\s*(?:다운로드|내려받기|전체\s*보기)$|^(?:이전|다음)\s*(?:사진|이미지)$|"
                    r"^(?:download all|view (?:all|full) (?:gallery|photos|images)|(?:previous|next) (?:photo|image|slide))$")),
)
_BOX_LINES = 8
_GALLERY_LINES = 14  # a gallery's thumbnails run longer than a box of text


def _page_boxes(d):
    """Each box's label, its lines and its closing line go to stripped together, and only when the closing line
    comes within a few lines: the label alone proves nothing (a release may well have a summary)."""
    lines = d.lines
    for i, line in enumerate(lines):
        if len(line.content) > 30:
            continue
        label = line.content.strip(" :：[]【】<>")
        for reason, opens, closes in _BOXES:
            if not opens.fullmatch(label):
                continue
            gallery = reason == "a photo gallery"
            window = range(i + 1, min(i + 2 + (_GALLERY_LINES if gallery else _BOX_LINES), len(lines)))
            closing = [k for k in window if closes.search(lines[k].text)]
            if closing:
                # a box of text ends at its first closing line; a gallery's controls come again and again
                for j in range(i, (closing[-1] if gallery else closing[0]) + 1):
                    if d.roles[j] is None:
                        d.claim(j, "stripped", reason)


# a sentence that is a caption all the same: it names the picture, or says who stands where in it
_NAMES_A_PICTURE = fastre.compile(r"사진|photo|image|^[(\[]?\s*(?:맨\s*)?(?:왼쪽|오른쪽|좌측|우측|앞줄|뒷줄)\s*(?:부터|에서)"
                                  r"|^[(\[]\s*(?:윗줄|아랫줄|앞줄|뒷줄)\s*(?:왼쪽|오른쪽|가운데)"  # (윗줄 왼쪽) …: a group photo's rows
                                  r"|^[(\[]?\s*(?:pictured\s+)?(?:from\s+(?:left|right)|left\s+to\s+right)\b", re.I)


def rule_captions(d):
    """Photo captions and image placeholders, wherever they are (often above the headline); numbered footnotes."""
    roles = d.roles
    _footnotes(d)
    told = []  # captions that tell what happened in a sentence
    for i, line in enumerate(d.lines):
        if roles[i] is None and is_caption(line, d.lex) and (
                not is_sentence_like(line.content, d.lex) or _CAPTION_LABEL.match(line.text) is not None
                or _NAMES_A_PICTURE.search(line.text) is not None and len(line.text) < 90):
            d.claim(i, "stripped", "photo caption")
            if _SENTENCE_END.search(line.content):
                told.append(i)
            first = i - 1  # a caption wrapped onto two lines, or a caption's text over its credit line
            if first >= 0 and roles[first] is None and (_caption_wraps(d.lines[first], line, d.lex)
                                                         or _credit_under_caption(d.lines[first], line, d.lex)
                                                         or _alt_text_over_caption(d.lines[first], line)
                                                         or _file_name_over_caption(d.lines[first])):
                d.claim(first, "stripped", "photo caption")
        elif roles[i] is None and len(line.text) <= _LONGEST_LABELLED_CAPTION and _NAMED_CAPTION.match(line.text):
            # Caption: From left, … (Photo courtesy …): the caption's own label says what it is, however long the
            # list of who stands where
            d.claim(i, "stripped", "photo caption")
        elif roles[i] is None and _CREDIT_RUN_IN.match(line.text):
            # Photo By Staff Sgt. Tara Lindgren | U.S. Army Sgt. …, a flight medic with Company C,...: the credit run
            # into the caption, shortened; the full caption may stand right above it
            d.claim(i, "stripped", "photo caption")
            shown = _CREDIT_RUN_IN.sub("", line.text).rstrip(". …")
            if i and roles[i - 1] is None and len(shown) >= 30 and d.lines[i - 1].content.startswith(shown):
                d.claim(i - 1, "stripped", "photo caption")
        elif roles[i] is None and i + 1 < len(d.lines) and roles[i + 1] is None \
                and (_credited_copy(line.content, d.lines[i + 1].content)
                     or d.lines[i + 1].text == line.text and _named_view(line, d.lex)):
            # an image's alt text, then its caption: the same words again (with the credit after them)
            d.claim(i, "stripped", "photo caption")
            d.claim(i + 1, "stripped", "photo caption")
    if told and not any(roles[k] is None and d.prose[k] for k in range(len(d.lines))):
        # a photo release: its title and one caption that tells what happened (… 출정식을 하고 있다. /전남도 제공),
        # no other text - the caption is the release's text
        d.overrule(max(told, key=lambda k: len(d.lines[k].content)), None, "")


def _named_view(line, lex):
    """국립과학관 전경.: a few Korean words naming what a photo shows and a full stop, no verb (the same line
    printed twice in a row is an image's alternative text and its caption; a title, printed twice as often, has
    no full stop)."""
    text = line.content
    return lex.lang == "ko" and text.endswith(".") and len(text) <= _LONGEST_VIEW and word_count(text) <= _VIEW_WORDS \
        and not line.marker and not KO_SENTENCE_END.search(text)


_LONGEST_VIEW = 40
_VIEW_WORDS = 5


_FOOTNOTE = fastre.compile(r"주\s*\d{1,2}\s*[)）:：]\s*\S")  # 주1) 인공수분 적기: …, a Korean document's footnote


def _footnotes(d):
    """주2) 인공수분 적기: 배는 … 기온 / 15℃ 이상, … 높다.: a numbered footnote and the lines its sentence wraps
    onto, wherever the page put it (the foot of a page inside the text, or under the contact)."""
    lines, n = d.lines, len(d.lines)
    for i in range(n):
        if d.roles[i] is None and not lines[i].marker and _FOOTNOTE.match(lines[i].text):
            d.claim(i, "stripped", "a footnote")
            k = i
            while k + 1 < n and d.roles[k + 1] is None and runs_on(lines[k], lines[k + 1], d.lex):
                k += 1
                d.claim(k, "stripped", "a footnote")


# a caption's own label in front of its sentence: Photo: …, Caption: …, 사진: …, [사진] …
_CAPTION_LABEL = fastre.compile(r"(?i)(?:photo|image|picture|caption|사진\s*\d{0,2}(?:\s*설명)?|(?:영상|화면)\s*설명)\s*[:：]\s*\S|\[\s*사진\s*\]\s*\S"
                                r"|^(?:pictured\s+)?(?:above|below|top|bottom|inset|(?:top|bottom)\s+(?:left|right))\s*[:：]\s*\S"
                                r"|^pictured\s+(?:above|below|here|at\s+(?:left|right))\b")
_NAMED_CAPTION = fastre.compile(r"(?i)(?:(?:photo|image|picture)\s+)?caption\s*[:：]\s*\S|사진\s*설명\s*[:：]\s*\S")
_LONGEST_LABELLED_CAPTION = 500
_CREDIT_ONLY = fastre.compile(r"^[\[(〔]\s*(?:사진\s*[=:]\s*)?[^\[\]()]{2,30}\s*제공\.?[^\[\]()]{0,20}[\])〕]$")


_CREDIT_RUN_IN = fastre.compile(r"(?i)^(?:photo|image)s?\s+by\s+[^|]{2,60}\|\s*")
_CREDIT_AFTER = fastre.compile(r"\s*[(\[](?:(?:photo|image|credit|source)\s*[:：]?\s*)?[^()\[\]]{2,40}[)\]]", re.I)


def _credited_copy(first, second):
    """A FEMA recovery center in an earlier disaster. / A FEMA recovery center in an earlier disaster.(FEMA):
    the line printed again with a credit in brackets after it."""
    return len(first) >= 20 and second.startswith(first) and _CREDIT_AFTER.fullmatch(second[len(first):]) is not None


def _alt_text_over_caption(first, second):
    """An image's alt text over its caption, which repeats it and adds the credit (… Hall. / … Hall. Photo: …)."""
    return not first.marker and len(first.content) >= 20 and second.content.startswith(first.content)


_COPY_COUNTER = fastre.compile(r"\S(?:\s?\(\d{1,2}\))+$")


def _file_name_over_caption(first):
    """영월군 이동군수실 (1) (1) over the caption: the image's file name, numbered as copies of a file are."""
    return not first.marker and len(first.content) <= 60 and _COPY_COUNTER.search(first.content) is not None


def _credit_under_caption(first, second, lex):
    """[대전 서구 제공]: a photo's credit alone on its line, under the caption's text (short, no sentence)."""
    if lex.lang == "en":
        # (1966) — Portrait of the astronaut in his spacesuit. / Credits: NASA: one sentence over the credit
        return _EN_CREDIT_ONLY.fullmatch(second.content) is not None and not first.marker \
            and len(first.content) <= _LONGEST_CAPTION and len(_SENTENCE_END.findall(first.content)) <= 1
    return lex.lang == "ko" and _CREDIT_ONLY.match(second.content) is not None and not first.marker \
        and len(first.content) <= 60 and not ends_sentence(first.content, lex)


# (… or its source in brackets: South Africa IRC / (Source: IRC))
_EN_CREDIT_ONLY = fastre.compile(r"(?i:(?:photo |image )?credits?)\s*[:：]\s*[A-Z][\w .&'’/-]{1,50}"
                                 r"|\(\s*(?i:source)\s*:\s*[^()]{1,40}\)")


def _caption_wraps(first, second, lex):
    """`second` (a caption) is the rest of `first`: no blank between, first stops mid-sentence, second goes
    on in lower case (English: Korean has no case to tell a wrapped line from a subtitle above a caption)."""
    if lex.lang != "en" or second.blank_before or first.marker or len(first.content) > _LONGEST_CAPTION \
            or ends_sentence(first.content, lex):
        return False
    return second.content[:1].islower()


_LONGEST_LIST_HEADER = 60
_LONGEST_LIST_TITLE = 90
_MOST_LIST_ITEMS = 30


def is_story_list_header(line):
    """Most read, 관련기사, Related stories: the header of a list of other stories."""
    text = line.content
    return len(text) <= _LONGEST_LIST_HEADER and _STORY_LISTS.match(text) is not None and not _ONE_LINK.match(text)


# 관련기사 : 가온시, 청년 일자리 예산 늘린다: the label with its one story after a colon - a link set inside the text,
# not the header of a list that ends it
_ONE_LINK = fastre.compile(r"[^:：]{2,12}\s*[:：]\s*\S.{4,}")


def one_related_link(text):
    """'관련기사 : <title>', 'Related: <title>': one related story's link, set inside the text."""
    return len(text) <= 160 and _STORY_LISTS.match(text) is not None and _ONE_LINK.match(text) is not None


def rule_story_lists(d):
    """A list of other stories under its header (most read, 관련기사): the header and its items. The list runs
    while lines are numbered or bulleted, or short titles; running text ends it."""
    lex = d.lex
    # above the running text, a menu may name such a list ('최신기사') right over the article's own title:
    # there only numbered or bulleted items are taken (the global decision strips the rest above the title)
    text_starts = next((i for i, prose in enumerate(d.prose) if prose and d.roles[i] is None), len(d.lines))
    for i, line in enumerate(d.lines):
        if d.roles[i] not in (None, "stripped") or not is_story_list_header(line):
            continue
        d.claim(i, "stripped", "header of a list of other stories")
        first_marker = False  # the first item's marker glyph (None: unmarked); a list of stories keeps one form
        for j in range(i + 1, min(len(d.lines), i + 1 + _MOST_LIST_ITEMS)):
            item = d.lines[j]
            if d.roles[j] is not None:
                if d.roles[j] == "stripped":
                    continue  # a counter or a 'more' button between the items
                break
            titled = len(item.content) <= _LONGEST_LIST_TITLE and not is_sentence_like(item.content, lex)
            if not (item.marker or titled and i > text_starts) or matches(lex.contact_labels, item.label):
                break  # running text, or 담당부서 / 담당자 under the list: the page's contact, not a story
            glyph = item.marker[0] if item.marker else None
            if first_marker is False:
                first_marker = glyph
            elif glyph != first_marker:
                break  # titles, then the text's own ○ items: the box is over, the article goes on
            d.claim(j, "stripped", "an item of a list of other stories")
