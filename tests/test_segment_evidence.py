"""The evidence the global decision weighs, and the decoder itself, on small inputs of our own."""
from pr2news import lexicon
from pr2news.model import Block
from pr2news.segment import decode
from pr2news.segment.evidence import relevance
from pr2news.segment.headline import Candidate, keys
from pr2news.segment.rules import line_draft

EN, KO = lexicon.for_lang("en"), lexicon.for_lang("ko")


def test_english_keys_match_a_title_word_in_another_form():
    title = keys("Night-flying moths pollinate orchards", EN)
    body = keys("Moths were seen flying at night, and their pollination of the orchard was measured.", EN)
    # hyphenated words count as their parts; pollinate / pollination and orchards / orchard meet
    assert {"night", "flying", "moth", "pollinat", "orchard"} <= title
    assert title <= body


def test_english_keys_leave_out_stopwords_and_short_words():
    assert keys("The city and its people", EN) == {"city", "peopl"}


def test_korean_keys_are_the_character_pairs_of_each_word():
    assert keys("시민 정원축제", KO) == {"시민", "정원", "원축", "축제"}


def test_relevance_prefers_lines_whose_words_recur_in_the_text():
    text = ["서울시, 시민 정원 축제 다음 달 연다",
            "로그인 회원가입 사이트맵",
            "서울시는 다음 달 시민 정원 축제를 연다고 밝혔다.",
            "정원 축제에는 시민 누구나 참여할 수 있으며 참가비는 없다.",
            "시는 축제 기간 정원 해설 프로그램도 운영한다고 설명했다."]
    d = line_draft([Block(t, f"line {n}", n) for n, t in enumerate(text, 1)])
    d.first_prose = 2
    rel, _keys = relevance(d)
    title, menu = rel[0], rel[1]
    assert title > 0.8 and menu < 0.3


def test_a_headline_value_saturates_and_loose_lines_cost():
    strong = Candidate(0, overlap=1.0, weight=1.0, gap=0, bonus=0.0)
    stronger = strong._replace(weight=2.0)
    far = strong._replace(gap=5)
    assert decode.headline_value(strong) == decode.headline_value(stronger) == decode.HEADLINE_SATURATION
    assert decode.headline_value(far) < decode.headline_value(strong)


def test_the_decoder_keeps_the_parts_in_order():
    n = 6
    zero = [0.0] * n
    top, head, deck, main, end, enter = list(zero), [decode._NEG] * n, list(zero), list(zero), list(zero), list(zero)
    head[1] = 5.0               # one good title
    main[2:5] = [2.0, 2.0, 2.0]  # three lines of text
    main[5] = -3.0              # a footer: cheaper in the tail
    path = decode._viterbi(n, top, head, deck, main, end, enter, no_headline=3.0)
    assert path == [decode.TOP, decode.HEAD, decode.MAIN, decode.MAIN, decode.MAIN, decode.END]


def test_the_decoder_can_do_without_a_headline_when_no_line_is_one():
    n = 3
    zero = [0.0] * n
    path = decode._viterbi(n, list(zero), [decode._NEG] * n, list(zero), [1.0] * n, list(zero), list(zero),
                           no_headline=0.0)
    assert decode.HEAD not in path and path.count(decode.MAIN) == 3


def _paragraphs(*texts):
    from pr2news.model import BodyBlock
    return [BodyBlock(type="paragraph", text=t) for t in texts]


def test_a_copy_cut_mid_sentence_loses_only_the_cut_sentence():
    from pr2news.segment.body import cut_sentence
    first = "구는 다음 달부터 복지관 다섯 곳에서 스마트폰 교실을 운영한다고 밝혔다."
    # cut after a full stop: the sentence before it stays
    body, cut = cut_sentence(_paragraphs(first, "신청은 이달 20일까지 받는다. 구는 참여 어르신이 많으면 교실을"), KO)
    assert [b.text for b in body] == [first, "신청은 이달 20일까지 받는다."] and cut == "구는 참여 어르신이 많으면 교실을"
    # a paragraph with no full stop goes whole only when it stops on a word no sentence ends on
    body, cut = cut_sentence(_paragraphs(first, "특히 교실은 어르신이 직접 찾아가는"), KO)
    assert [b.text for b in body] == [first] and cut == "특히 교실은 어르신이 직접 찾아가는"
    body, cut = cut_sentence(_paragraphs(first, "교통 앱과 병원 예약 교육 확대"), KO)
    assert cut is None and len(body) == 2          # an unpunctuated line that may be whole stays
    body, cut = cut_sentence(_paragraphs("The branch opens on Saturday.", "Its hours are listed at www.riverton.gov/library"), EN)
    assert cut is None                              # an address ends a paragraph without a full stop
    body, cut = cut_sentence(_paragraphs("The branch opens on Saturday.", "The mayor thanked the staff and the"), EN)
    assert [b.text for b in body] == ["The branch opens on Saturday."] and cut == "The mayor thanked the staff and the"


def _cues(text):
    from pr2news.segment.extent import first_prose, tail_cues
    d = line_draft([Block(t, f"line {n}", n) for n, t in enumerate(text, 1)])
    d.first_prose = first_prose(d)
    return {d.lines[i].text: why for i, why in tail_cues(d).items()}


def test_a_bracketed_reference_box_weighs_as_an_appendix_only_when_no_text_follows_it():
    text = ["청람교육청은 올해 초·중학교 32곳에 생태 학교숲을 만든다고 2일 밝혔다.",
            "학교숲은 학생과 학부모가 설계 단계부터 참여해 꾸며진다.",
            "[참고] 사업 개요",
            "○ 사업 기간: 2026. 4. ~ 11.",
            "○ 예산: 총 19억 2천만 원"]
    closing = text + ["담당 부서 학생생활안전과 과장 노지훈 ☎ 052-390-5710"]
    inside = text + ["교육청은 학교숲을 활용한 생태 수업 자료도 함께 보급할 계획이다."]
    assert _cues(closing)["[참고] 사업 개요"] == "an appendix's heading"
    assert _cues(inside)["[참고] 사업 개요"] == "a reference box's heading"


def test_an_annex_in_brackets_is_an_appendix_even_with_rows_after_it():
    # 붙임 is an annex; only 참고 may box a few facts inside the text
    text = ["누리구는 오는 25일부터 이틀간 누리천 산책로 일대에서 가을 골목 음악회를 연다고 20일 밝혔다.",
            "음악회에는 지역 밴드와 청소년 합창단 등 30여 팀이 참여해 모두 18회의 공연을 펼친다.",
            "【붙임】 공연 일정표",
            "골목 공연 10. 25.(토)~26.(일) 13:00~19:00 산책로 일대에서 지역 밴드 공연이 12회 열린다.",
            "폐막 공연 10. 26.(일) 19:00 누리천 수변무대에서 누리구립 청소년 오케스트라가 연주한다."]
    assert _cues(text)["【붙임】 공연 일정표"] == "an appendix's heading"


def test_a_pointer_to_where_the_releases_photos_are_is_a_tail_cue_and_a_form_to_download_is_not():
    assert lexicon.common.matches(KO.tail_starts, "청람교육청 누리집(www.example.kr) 보도자료 게시판에서 사진 원본을 내려받을 수 있습니다.")
    assert not lexicon.common.matches(KO.tail_starts, "신청서는 청람교육청 누리집에서 내려받을 수 있다.")


def test_a_title_is_found_printed_again_below_without_the_label_a_mail_or_site_put_before_it():
    from pr2news.segment.headline import printed_again_below
    text = ["Subject: PRESS RELEASE: Greenway extension opens to walkers and cyclists",
            "Kilbrannagh County Council",
            "Greenway extension opens to walkers and cyclists",
            "The final 11 km section of the greenway opened to walkers and cyclists this morning."]
    d = line_draft([Block(t, f"line {n}", n) for n, t in enumerate(text, 1)])
    assert printed_again_below(d, 0, len(text)) == 2
    # a paragraph of text between them: the first title heads it, the second is the page's (You just read: …)
    d = line_draft([Block(t, f"line {n}", n) for n, t in enumerate(text[:1] + text[3:] * 4 + text[2:], 1)])
    assert printed_again_below(d, 0, len(d.lines)) is None


def test_a_mail_subject_with_the_issuer_after_the_title_finds_the_title_printed_again_below():
    from pr2news.segment.headline import printed_again_below
    text = ["[보도자료] 노인 대상 투자 사기 일당 7명 검거 (푸른강경찰서)",
            "보낸사람 푸른강경찰서 홍보실 <pr@example.kr>",
            "안녕하세요, 홍보실입니다.",
            "보 도 자 료", "푸른강경찰서", "배포일시 2026. 9. 3.(수) 10:00",
            "담당부서 수사과", "책임자 경감 오세정 (054-620-0312)", "담당자 경위 하민규 (054-620-0318)",
            "보도시점 즉시 보도 가능", "보도자료 송부드리오니 많은 보도 부탁드립니다.", "첨부 2개",
            "노인 대상 투자 사기 일당 7명 검거",
            "푸른강경찰서는 노인을 상대로 고수익을 약속하며 투자금을 가로챈 일당 7명을 검거했다고 3일 밝혔다."]
    d = line_draft([Block(t, f"line {n}", n) for n, t in enumerate(text, 1)])
    assert printed_again_below(d, 0, len(text)) == 12


def test_a_reference_annex_without_number_or_brackets_is_an_appendix_but_a_sentence_is_not():
    text = ["누리구는 오는 25일부터 이틀간 누리천 산책로 일대에서 가을 골목 음악회를 연다고 20일 밝혔다.",
            "음악회에는 지역 밴드와 청소년 합창단 등 30여 팀이 참여해 모두 18회의 공연을 펼친다.",
            "참고 음악회 공연 일정 및 장소",
            "구분 내용",
            "개막 공연 10. 25.(토) 17:00 누리천 수변무대에서 누리구립 청소년 오케스트라가 연주한다."]
    assert _cues(text)["참고 음악회 공연 일정 및 장소"] == "an appendix's heading"
    assert not lexicon.common.matches(KO.appendix_headings, "참고 자료는 누리구 누리집에서 볼 수 있다.")


def test_a_research_annexs_heading_in_a_box_drawn_in_text_is_an_appendix():
    text = ["누리대학교 연구팀이 폐배터리 양극재를 상온에서 되살리는 공정을 개발했다고 19일 밝혔다.",
            "연구 결과는 국제학술지 ‘어드밴스드 머티리얼즈’ 5월호에 게재됐다.",
            "┌──────────────────────────────────────",
            "│ 논문 정보",
            "│ 논문명: Room-Temperature Relithiation of Spent Cathodes",
            "│ DOI: https://doi.org/10.1002/adma.000000"]
    assert _cues(text)["│ 논문 정보"] == "an appendix's heading"
