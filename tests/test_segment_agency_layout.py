"""Agency layouts read by their structure: the title box, the 보도시점/배포 grid, contact tables read by their
grid, summary and report boxes, and what follows the text (appendices, figures, footers). Releases of our own
writing, laid out as ministries lay theirs out, built as blocks in memory."""
from pr2news.model import Block, TableCell
from pr2news.segment import segment

BODY = ["해양수산부는 연안 여객선 항로 12곳의 운항 횟수를 다음 달부터 하루 두 차례씩 늘린다고 3일 밝혔다.",
        "이번 증편은 섬 주민의 병원 이용과 통학 불편을 덜기 위한 것으로, 늘어나는 운항 비용은 국비로 지원한다.",
        "해양수산부 관계자는 “섬 주민의 이동권을 보장하기 위해 항로별 수요를 계속 살피겠다”라고 말했다."]


class Tables:
    """Numbers tables in document order, as a reader does."""

    def __init__(self):
        self.count = 0

    def table(self, rows, spans=None, size=10.0, bold=False):
        """rows: lists of cells; a cell is a string, a list of paragraph strings, or None where a merged cell
        from above or the left covers it. spans: {(row, col): (row_span, col_span)}."""
        self.count += 1
        spans = spans or {}
        height, width = len(rows), max(len(r) for r in rows)
        out = []
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is None:
                    continue
                paragraphs = [value] if isinstance(value, str) else value
                row_span, col_span = spans.get((r, c), (1, 1))
                cell = TableCell(self.count, r, c, height, width, row_span=row_span, col_span=col_span)
                for text in paragraphs:
                    if text:
                        out.append(Block(text=text, where=f"table {self.count} r{r + 1} c{c + 1}", cell=cell,
                                         size=size, bold=bold))
        return out

    def sized(self, rows_of_blocks):
        """A table whose cells are lists of (text, size, bold, list_marker) tuples."""
        self.count += 1
        height, width = len(rows_of_blocks), max(len(r) for r in rows_of_blocks)
        out = []
        for r, row in enumerate(rows_of_blocks):
            for c, paragraphs in enumerate(row):
                cell = TableCell(self.count, r, c, height, width)
                for text, size, bold, marker in paragraphs:
                    out.append(Block(text=text, where=f"table {self.count} r{r + 1} c{c + 1}", cell=cell,
                                     size=size, bold=bold, list_marker=marker, list_level=0 if marker else None))
        return out


def body(texts=BODY, size=14.0):
    return [Block(text=t, where=f"paragraph {n}", blank_before=True, size=size) for n, t in enumerate(texts, 1)]


def header(t, when="2026. 6. 3.(수) 11:00", issued="2026. 6. 3.(수) 09:00"):
    return t.table([["", "보도자료", ""]], size=14.0) + t.table([["보도시점", when, "배포", issued]], bold=True)


def contact_table(t):
    """The 2x6 contact table: the 담당 부서 label spans both rows; a bureau over its division."""
    return t.table([["담당 부서", "해운물류국", "책임자", "과  장", "한바다", "(044-200-5710)"],
                    [None, "연안해운과", "담당자", "사무관", "윤물결", "(044-200-5717)"]], spans={(0, 0): (2, 1)})


def roles(article):
    return {t.text: t.role for t in article.trace}


def test_a_headline_wrapped_over_two_paragraphs_of_the_title_box_is_one_headline_and_the_row_below_subtitles():
    t = Tables()
    title = t.sized([[[("섬 주민 뱃길 넓힌다", 26.0, True, None), ("연안 여객선 12개 항로 하루 두 번 더", 26.0, True, None)]],
                     [[("- 다음 달부터 증편 운항…운항 비용은 국비 지원 -", 14.0, False, None),
                       ("통학·병원길 불편 줄인다", 14.0, False, "-")]]])
    article = segment(header(t) + title + body() + contact_table(t))
    assert article.headline == "섬 주민 뱃길 넓힌다 연안 여객선 12개 항로 하루 두 번 더"
    assert list(article.highlights) == ["다음 달부터 증편 운항…운항 비용은 국비 지원", "통학·병원길 불편 줄인다"]
    assert article.body[0].text == BODY[0]


def test_a_one_cell_title_box_splits_headline_from_marked_subtitles_notes_and_stray_marks():
    t = Tables()
    title = t.sized([[[("연안 여객선 증편 운항 계획", 18.0, False, None),
                       ("▴ 12개 항로 하루 두 차례씩 증편, 운항 비용 국비 지원", 14.0, False, None),
                       ("섬 주민 병원·통학 불편 줄인다 -", 16.0, False, "-"),
                       ("`", 4.0, False, None),
                       ("* 증편 항로: 목포–흑산, 여수–거문 등", 12.0, False, None)]]])
    article = segment(header(t) + title + body() + contact_table(t))
    assert article.headline == "연안 여객선 증편 운항 계획"
    assert list(article.highlights) == ["12개 항로 하루 두 차례씩 증편, 운항 비용 국비 지원", "섬 주민 병원·통학 불편 줄인다"]
    assert roles(article)["* 증편 항로: 목포–흑산, 여수–거문 등"] == "stripped"


def test_a_slogan_and_the_title_in_the_title_cell_are_one_headline():
    t = Tables()
    title = t.sized([[[("“뱃길이 곧 생활길”", 26.0, True, None), ("연안 여객선 12개 항로 증편", 20.0, True, None)]],
                     [[("- 다음 달부터 하루 두 차례 더 운항", 14.0, False, None)]]])
    article = segment(header(t) + title + body() + contact_table(t))
    assert article.headline == "“뱃길이 곧 생활길” 연안 여객선 12개 항로 증편"
    assert list(article.highlights) == ["다음 달부터 하루 두 차례 더 운항"]


def test_a_summary_box_of_bullets_under_the_title_box_gives_highlights_without_its_heading():
    t = Tables()
    title = t.sized([[[("연안 여객선 12개 항로 증편", 24.0, True, None)]]])
    summary = t.sized([[[("〈 달라지는 점 〉", 13.0, True, None)]],
                       [[("• 섬 주민은 하루 두 차례 더 뭍으로 나갈 수 있다.", 13.0, False, None),
                         ("• 운항 비용은 국비로 지원해 운임은 오르지 않는다.", 13.0, False, None)]]])
    article = segment(header(t) + title + summary + body() + contact_table(t))
    assert list(article.highlights) == ["섬 주민은 하루 두 차례 더 뭍으로 나갈 수 있다.", "운항 비용은 국비로 지원해 운임은 오르지 않는다."]
    assert roles(article)["〈 달라지는 점 〉"] == "stripped"


def test_the_box_quoting_the_report_an_explanation_release_answers_is_its_text():
    t = Tables()
    title = t.sized([[[("연안 여객선 결항은 기상 악화에 따른 것입니다.", 20.0, True, None)]]])
    report = t.sized([[[("< 보도 내용 (바다일보, 6.2) >", 13.0, False, None),
                        ("◈ 섬 주민 발 묶는 여객선 결항 잇따라", 13.0, False, None)]]])
    answer = body(["< 설명 내용 >", "□ 지난달 결항 14건은 모두 풍랑 특보에 따른 것으로, 선박 고장에 따른 결항은 없었습니다."])
    article = segment(t.table([["", "보도설명자료", ""]], size=14.0) + title + report + answer + contact_table(t))
    assert article.headline == "연안 여객선 결항은 기상 악화에 따른 것입니다."
    assert article.highlights == ()
    assert article.body[0].text == "< 보도 내용 (바다일보, 6.2) >"


def test_a_conditional_or_immediate_release_time_is_the_embargo_with_its_condition():
    for when, expected in (("본회의 통과시(별도통보)", "보도시점 본회의 통과시(별도통보)"), ("배포 즉시", "보도시점 배포 즉시")):
        t = Tables()
        title = t.sized([[[("연안 여객선 12개 항로 증편", 24.0, True, None)]]])
        article = segment(header(t, when=when) + title + body() + contact_table(t))
        assert (article.embargo.text, article.embargo.datetime) == (expected, None)


def test_a_release_time_label_spanning_two_rows_takes_both_editions():
    t = Tables()
    grid = t.table([["보도시점", "(온라인) 2026. 6. 2.(화) 16:00"], [None, "(지 면) 2026. 6. 3.(수) 조간"]],
                   spans={(0, 0): (2, 1)}, bold=True)
    title = t.sized([[[("연안 여객선 12개 항로 증편", 24.0, True, None)]]])
    article = segment(grid + title + body() + contact_table(t))
    assert article.embargo.text == "보도시점 (온라인) 2026. 6. 2.(화) 16:00 (지 면) 2026. 6. 3.(수) 조간"
    assert article.embargo.datetime == "2026-06-02T16:00"


def test_a_contact_table_is_one_block_read_by_its_grid_with_titles_as_written():
    t = Tables()
    groups = t.table([["담당 부서", "해운물류국", "책임자", "과  장", "한바다", "(044-200-5710)"],
                      [None, "연안해운과", "담당자", "사무관", "윤물결", "(044-200-5717)"],
                      ["<섬 항로>", "도서정책관", "책임자", "과  장", "서하늘", "(044-200-5810)"],
                      [None, "도서교통과", "담당자", "주무관", "강나루", "(044-200-5817)"]],
                     spans={(0, 0): (2, 1)})
    article = segment(header(t) + t.sized([[[("연안 여객선 12개 항로 증편", 24.0, True, None)]]]) + body() + groups)
    people = [(c.department, c.name, c.title, c.phones) for c in article.contacts]
    assert people == [("해운물류국", "한바다", "과 장", ("044-200-5710",)), ("연안해운과", "윤물결", "사무관", ("044-200-5717",)),
                      ("도서정책관", "서하늘", "과 장", ("044-200-5810",)), ("도서교통과", "강나루", "주무관", ("044-200-5817",))]
    assert " ".join(c.text for c in article.contacts).startswith("담당 부서 해운물류국 책임자 과 장 한바다 (044-200-5710) 연안해운과")


def test_the_older_header_grid_holds_the_contacts_from_its_first_contact_label():
    t = Tables()
    grid = t.table([["보도일시", "2026. 6. 3.(수) 조간부터 보도해 주시기 바랍니다.", None, None],
                    ["배포일시", "2026. 6. 2.(화) 09:00", "담당부서", "연안해운과"],
                    ["담당과장", "한바다(044-200-5710)", "담 당 자", "윤물결 사무관(044-200-5717)"]],
                   spans={(0, 1): (1, 3)}, bold=True)
    title = t.sized([[[("연안 여객선 12개 항로 증편", 18.0, False, None)]]])
    more = t.table([["", ["이 자료에 대하여 더욱 자세한 내용을 원하시면",
                          "해양수산부 윤물결 사무관(☎ 044-200-5717)에게 연락주시기 바랍니다."]]], size=9.0)
    article = segment(grid + title + body(size=15.0) + more)
    assert [(c.department, c.name, c.title) for c in article.contacts] == [
        ("연안해운과", "한바다", "과장"), ("연안해운과", "윤물결", "사무관")]
    assert " ".join(c.text for c in article.contacts) == \
        "담당부서 연안해운과 담당과장 한바다(044-200-5710) 담 당 자 윤물결 사무관(044-200-5717)"
    assert article.embargo.text.startswith("보도일시 2026. 6. 3.(수) 조간")
    assert roles(article)["이 자료에 대하여 더욱 자세한 내용을 원하시면"] == "stripped"


def test_what_follows_the_contact_table_is_the_appendix_not_the_text():
    t = Tables()
    appendix = (t.table([["별첨", "", "항로별 증편 내역"]], size=16.0)
                + t.table([["항로", "현재", "증편 후"], ["목포–흑산", "2회", "4회"], ["여수–거문", "1회", "3회"]])
                + body(["항로: 여객선이 정기적으로 다니는 바닷길", "※ 운항 시간표는 선사 누리집을 확인하시기 바랍니다."]))
    title = t.sized([[[("연안 여객선 12개 항로 증편", 24.0, True, None)]]])
    article = segment(header(t) + title + body() + contact_table(t) + appendix)
    assert [b.text for b in article.body] == BODY
    assert "별첨" in article.attachments
    assert roles(article)["목포–흑산"] == "stripped"
    assert roles(article)["항로: 여객선이 정기적으로 다니는 바닷길"] == "stripped"


def test_an_appendix_label_table_ends_the_text_when_the_contacts_are_in_the_header():
    t = Tables()
    grid = t.table([["보도일시", "2026. 6. 3.(수) 조간"], ["담당부서", "연안해운과"], ["담당자", "윤물결 사무관(044-200-5717)"]])
    title = t.sized([[[("연안 여객선 12개 항로 증편", 18.0, False, None)]]])
    appendix = t.table([["붙임", "", "증편 항로 비교"]], size=16.0) + t.table([["구 분", "현재", "증편 후"], ["운항", "2회", "4회"]])
    article = segment(grid + title + body(size=15.0) + appendix)
    assert [b.text for b in article.body] == BODY
    assert roles(article)["증편 항로 비교"] == "attachment"
    assert roles(article)["구 분"] == "stripped"


def test_a_chart_caption_over_an_empty_cell_and_the_issuers_footer_are_not_the_text():
    t = Tables()
    title = t.sized([[[("연안 여객선 12개 항로 증편", 24.0, True, None)]]])
    chart = t.table([[["항로별 이용객 추이", "(단위 : 천 명)"]], [None]])
    footer = t.table([["", ["해양수산부 대변인", "세종특별자치시 다솜2로 94 해양수산부 ocean@example.go.kr"], ""]])
    article = segment(header(t) + title + body(BODY[:2]) + chart + body(BODY[2:]) + footer)
    assert [b.text for b in article.body] == BODY
    assert roles(article)["항로별 이용객 추이"] == "stripped"
    assert roles(article)["해양수산부 대변인"] == "stripped"


def test_notes_to_the_desk_about_photos_and_attachments_are_not_the_text():
    t = Tables()
    title = t.sized([[[("연안 여객선 12개 항로 증편", 24.0, True, None)]]])
    notes = body(["※ 현장 사진 별도 배포 예정", "※ 자세한 내용은 첨부된 자료를 참고하여 주시기 바랍니다."])
    article = segment(header(t) + title + body() + notes + contact_table(t))
    assert [b.text for b in article.body] == BODY


def test_a_table_of_short_cells_inside_the_text_stays_text_up_to_the_contact_table():
    t = Tables()
    title = t.sized([[[("연안 여객선 12개 항로 증편", 24.0, True, None)]]])
    schedule = t.table([["신청", "➜", "심사", "➜", "선정", "➜", "운항"], ["6.1.~6.15.", "", "6월 말", "", "7월 초", "", "8월"]])
    prizes = t.table([["구분", "항로 수", "증편"], ["서해", "5", "하루 2회"], ["남해", "7", "하루 2회"]])
    closing = body(["증편 항로는 해양수산부 누리집에서 확인할 수 있다."])
    article = segment(header(t) + title + body(BODY[:2]) + schedule + prizes + closing + contact_table(t))
    kinds = [b.type for b in article.body]
    assert kinds == ["paragraph", "paragraph", "table", "table", "paragraph"]
    assert article.body[-1].text == "증편 항로는 해양수산부 누리집에서 확인할 수 있다."


def test_an_appendix_label_alone_on_its_line_takes_the_line_after_it_and_a_closing_end_mark_ends_the_text():
    t = Tables()
    title = t.sized([[[("연안 여객선 12개 항로 증편", 24.0, True, None)]]])
    closing = body(["붙임", "항로별 증편 내역 1부.", "끝."])
    article = segment(header(t) + title + body() + closing + contact_table(t))
    assert [b.text for b in article.body] == BODY
    assert list(article.attachments) == ["붙임", "항로별 증편 내역 1부."]
    assert roles(article)["끝."] == "stripped"


def test_a_header_grid_whose_release_time_runs_on_in_one_cell_is_not_a_contact_table():
    t = Tables()
    grid = t.table([["보도 일시 2026. 6. 3.(수) 12:00 배포 일시", "2026. 6. 3.(수) 08:30"],
                    ["담당 부서", "연안해운과"], ["담당자", "윤물결 사무관 (044-200-5717)"]])
    title = t.sized([[[("연안 여객선 12개 항로 증편", 20.0, False, None)]]])
    article = segment(grid + title + body(size=14.0))
    assert " ".join(c.text for c in article.contacts) == "담당 부서 연안해운과 담당자 윤물결 사무관 (044-200-5717)"


def test_prose_after_the_contact_table_is_an_appendix_not_the_text():
    t = Tables()
    title = t.sized([[[("연안 여객선 12개 항로 증편", 24.0, True, None)]]])
    appendix = body([f"{route} 연안 여객선 항로는 다음 달부터 하루 두 차례씩 운항 횟수를 늘리며, 늘어나는 운항 비용은 "
                     f"국비로 지원해 섬 주민의 운임은 오르지 않는다." for route in ("목포–흑산", "여수–거문", "인천–백령",
                                                                    "포항–울릉", "완도–청산", "통영–욕지")])
    article = segment(header(t) + title + body() + contact_table(t) + appendix)
    assert [b.text for b in article.body] == BODY


def test_an_editors_pinned_headline_wins_over_the_title_box():
    t = Tables()
    title = t.sized([[[("섬 주민 뱃길 넓힌다", 26.0, True, None)]], [[("- 다음 달부터 증편 운항 -", 14.0, False, None)]]])
    blocks = header(t) + title + body() + contact_table(t)
    lines = [b.text for b in blocks]
    article = segment(blocks, pins={lines.index(BODY[0]): "headline"})
    assert article.headline == BODY[0]
    assert roles(article)["섬 주민 뱃길 넓힌다"] != "headline"
