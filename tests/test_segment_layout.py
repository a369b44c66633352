"""Layout rule: roles read from tables, boxes and page headers/footers, on blocks built in memory."""
from pr2news.model import Block, TableCell
from pr2news.segment import segment

BODY_KO = ["서울시는 도심 곳곳의 자투리땅을 활용해 조성한 숲길 정원 12곳을 4월부터 시민에게 개방한다고 1일 밝혔다.",
           "이번에 여는 숲길 정원은 모두 3만 제곱미터 규모로, 시민들이 직접 꽃과 나무를 심어 조성했다."]
HEADLINE_KO = "서울시, 도심 공원 12곳에 숲길 정원 새로 연다"


def cells(table, rows, cols, texts, container="body"):
    out = []
    for n, text in enumerate(texts):
        r, c = divmod(n, cols)
        if text:
            out.append(Block(text=text, where=f"table {table} row {r + 1} cell {c + 1}",
                             cell=TableCell(table, r, c, rows, cols), container=container))
    return out


def paragraphs(texts, **hints):
    return [Block(text=t, where=f"paragraph {n}", blank_before=True, **hints) for n, t in enumerate(texts, 1)]


def roles(article):
    return {t.text: (t.role, t.reason) for t in article.trace}


def test_a_release_time_label_and_its_date_in_the_next_cell_make_the_embargo():
    blocks = (cells(1, 1, 3, ["보도자료", "보도일시", "2026. 4. 2.(목) 06:00"])
              + paragraphs([HEADLINE_KO], bold=True, size=18.0, align="center") + paragraphs(BODY_KO))
    article = segment(blocks)
    assert article.headline == HEADLINE_KO
    assert article.embargo is not None and article.embargo.datetime == "2026-04-02T06:00"
    assert roles(article)["2026. 4. 2.(목) 06:00"][0] == "embargo"


def test_a_one_cell_box_under_the_title_holds_the_highlights_even_when_they_are_sentences():
    highlights = ["The fee for fertility screening is scrapped for every couple from next year.",
                  "Clinics will be told about the change in a letter this month."]
    body = ["HARBOR CITY — The health department said on Wednesday that it would end the screening fee for couples "
            "seeking treatment in licensed clinics across the state.",
            "The change follows a review of the rules that began two years ago and drew thousands of responses."]
    blocks = (paragraphs(["Screening fee for fertility treatment to end"], bold=True, size=18.0)
              + [Block(text=h, where=f"table 1 row 1 cell 1 paragraph {n}", cell=TableCell(1, 0, 0, 1, 1))
                                      for n, h in enumerate(highlights, 1)]
              + paragraphs(body))
    article = segment(blocks)
    assert article.headline == "Screening fee for fertility treatment to end"
    assert list(article.highlights) == highlights
    assert article.body[0].text.startswith("HARBOR CITY — The health department")


def test_a_text_box_under_the_title_holds_the_highlights():
    box = [Block(text="- 4월 한 달간 자치구별 개장 행사 운영", where="text box 1 paragraph 1", container="textbox")]
    article = segment(paragraphs([HEADLINE_KO], bold=True) + box + paragraphs(BODY_KO))
    assert list(article.highlights) == ["4월 한 달간 자치구별 개장 행사 운영"]


def test_a_contact_table_with_a_letter_spaced_label_is_one_contact():
    blocks = (paragraphs([HEADLINE_KO], bold=True) + paragraphs(BODY_KO)
              + cells(2, 1, 1, ["작 성 · 문 의 행정정책과장 김기영 사무관 이정호 (Tel. 044-200-2083)"]))
    article = segment(blocks)
    assert article.contacts and article.contacts[0].department == "행정정책과"
    assert "044-200-2083" in article.contacts[0].phones or any("044-200-2083" in c.phones for c in article.contacts)


def test_a_label_and_value_contact_table_pairs_its_cells():
    blocks = (paragraphs([HEADLINE_KO], bold=True) + paragraphs(BODY_KO)
              + cells(2, 2, 4, ["담당부서", "공원조성과", "담당자", "주무관 김하늘", "연락처", "02-2133-2010", "", ""]))
    article = segment(blocks)
    assert len(article.contacts) == 1
    contact = article.contacts[0]
    assert (contact.department, contact.name, contact.phones) == ("공원조성과", "김하늘", ("02-2133-2010",))


def test_a_data_table_in_the_body_is_not_taken_for_contacts():
    table = cells(2, 3, 2, ["구분", "장소", "1차", "뚝섬한강공원 자연학습장", "2차", "여의도한강공원 물빛광장"])
    article = segment(paragraphs([HEADLINE_KO], bold=True) + paragraphs(BODY_KO[:1]) + table + paragraphs(BODY_KO[1:]))
    assert not article.contacts
    assert any(b.type == "table" for b in article.body)


def test_page_headers_and_footers_are_stripped_not_read_as_body():
    header = [Block(text="서울특별시 푸른도시국", where="header 1 paragraph 1", container="header")]
    footer = [Block(text="시민과 함께하는 서울", where="footer 1 paragraph 1", container="footer")]
    article = segment(header + paragraphs([HEADLINE_KO], bold=True) + paragraphs(BODY_KO) + footer)
    assert article.headline == HEADLINE_KO
    assert "시민과 함께하는 서울" in article.stripped
    assert roles(article)["시민과 함께하는 서울"] == ("stripped", "page footer")


def test_a_title_styled_line_below_a_plain_title_shaped_line_is_still_the_headline():
    # the headline search stops early once no later line can outscore the first good one; a Word title
    # style counts in what a later line can score, so the styled title below is still found
    kicker = "서울시 숲길 정원 12곳 4월부터 시민에게 개방"
    title = "서울시, 도심 자투리땅 숲길 정원 12곳 시민에게 개방"  # every word recurs below, like the kicker's
    blocks = paragraphs([kicker]) + paragraphs([title], style="Title") + paragraphs(BODY_KO)
    assert segment(blocks).headline == title
    plain = paragraphs([kicker]) + paragraphs([title]) + paragraphs(BODY_KO)
    assert segment(plain).headline == kicker  # unstyled, the first of two equally good lines wins
