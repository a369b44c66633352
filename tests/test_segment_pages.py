"""Pages as reporters copy them: a federal site's banner, a Canadian dated lead, a regional daily's page with a
page reference and the reporter's address, a school board's row of fields, a broadcaster's script (texts of our
own writing)."""
import pytest

import pr2news
from accounting import lost_lines

GOV_BANNER_EN = """Skip to main content
An official website of the United States government
Here's how you know
Official websites use .gov
A .gov website belongs to an official government organization in the United States.
Secure .gov websites use HTTPS
A lock or https:// means you've safely connected to the .gov website. Share sensitive information only on official, secure websites.
Office of Coastal Resilience
FOR IMMEDIATE RELEASE
Agency Opens $40 Million Grant Round for Tidal Marsh Restoration
WASHINGTON – The Office of Coastal Resilience today opened a $40 million grant round for towns that restore tidal marshes along the Atlantic coast.
Applications are due June 30. Towns of fewer than 20,000 people may apply with a partner organization.
"Marshes are the cheapest sea wall there is," the office's director said.
###
"""


def test_a_federal_sites_official_banner_is_chrome_and_the_release_title_the_headline():
    article = pr2news.convert(GOV_BANNER_EN)
    assert article.headline == "Agency Opens $40 Million Grant Round for Tidal Marsh Restoration"
    visible = " ".join([article.headline, *article.highlights, *(b.text for b in article.body)])
    assert ".gov" not in visible and "how you know" not in visible
    assert "Official websites use .gov" in article.stripped


def test_a_date_then_place_dateline_stays_at_the_head_of_the_lead_and_is_the_dateline():
    text = ("Wharf at Cobble Cove to Be Rebuilt\n\n"
            "April 2, 2026 — Cobble Cove, Nova Scotia — Harvesters in Cobble Cove will soon land their catch at a new "
            "wharf. The federal government today announced $9 million for the work.\n\n"
            "Construction begins in the fall and should be finished in two years.\n")
    article = pr2news.convert(text)
    assert article.body[0].text.startswith("April 2, 2026 — Cobble Cove, Nova Scotia — Harvesters in Cobble Cove")
    assert article.dateline.date == "2026-04-02" and article.dateline.place == "Cobble Cove, Nova Scotia"


DAILY_KO = """충청새벽일보
홈
지역
보은·옥천
보은군, 폐농약병 수거 보상금 두 배로 올려
빈 병 1개당 200원…마을 수거함 120곳 새로 설치
임다솔 기자
dasol.lim@example.kr
입력 2026-04-20 10:12
지면 2026-04-21 9면
글자 크게
글자 작게
보은군이 농약 빈 병과 봉지를 모아 오는 농가에 주는 보상금을 올해부터 두 배로 올린다고 20일 밝혔다.
군은 빈 병 1개당 100원이던 보상금을 200원으로, 봉지 1kg당 보상금도 1천 원에서 2천 원으로 높였다.
또 마을회관과 농기계 보관소 등 120곳에 수거함을 새로 설치해 농가가 가까운 곳에 버릴 수 있게 했다.
<저작권자 © 충청새벽일보 무단전재 및 재배포 금지>
"""


def test_a_page_reference_and_the_reporters_address_under_the_title_stay_out_of_the_article():
    article = pr2news.convert(DAILY_KO)
    assert article.headline == "보은군, 폐농약병 수거 보상금 두 배로 올려"
    assert article.highlights == ("빈 병 1개당 200원…마을 수거함 120곳 새로 설치",)
    assert article.body[0].text.startswith("보은군이 농약 빈 병과 봉지를")
    assert article.byline == "임다솔 기자"
    assert "dasol.lim@example.kr" in article.stripped  # the reporter's address: a credit, not a subtitle
    assert {"지면 2026-04-21 9면", "글자 크게", "글자 작게"} <= set(article.stripped)


def test_a_boards_row_of_contact_and_post_fields_is_cut_into_the_contact_and_the_posts_fields():
    text = ("하늘도교육청, 초등 돌봄교실 저녁 8시까지 연장\n"
            "담당부서 초등교육과 | 담당자 채하늘 | 전화 055-555-2710 | 등록일 2026-03-02 | 조회 311\n"
            "하늘도교육청은 맞벌이 가정의 돌봄 공백을 줄이기 위해 초등 돌봄교실 운영 시간을 저녁 8시까지 늘린다고 2일 밝혔다.\n"
            "연장 운영은 신청 학생이 10명 이상인 학교 142곳에서 이달부터 시작한다.\n")
    article = pr2news.convert(text)
    assert [c.text for c in article.contacts] == ["담당부서 초등교육과 | 담당자 채하늘 | 전화 055-555-2710"]
    assert article.contacts[0].phones == ("055-555-2710",)
    assert "등록일 2026-03-02 | 조회 311" in article.stripped


BROADCAST_KO = """하늘방송 뉴스
뉴스 > 사회
하늘시, 어린이 통학로 과속 단속 카메라 40곳 늘린다
입력 2026.05.11 19:30
한별 기자
동영상 영역 시작
재생
동영상 영역 끝
[앵커]
어린이 보호구역에서 과속하는 차량이 줄지 않자 하늘시가 단속 카메라를 크게 늘리기로 했습니다.
한별 기자입니다.
[리포트]
하늘시는 올해 안에 초등학교 통학로 40곳에 과속 단속 카메라를 새로 설치한다고 밝혔습니다.
카메라가 설치되면 시내 어린이 보호구역의 단속 장비는 모두 210대로 늘어납니다.
하늘방송 뉴스 한별입니다.
"""


def test_a_broadcasters_script_keeps_what_is_said_and_drops_the_player_and_the_script_tags():
    article = pr2news.convert(BROADCAST_KO)
    assert article.headline == "하늘시, 어린이 통학로 과속 단속 카메라 40곳 늘린다"
    assert article.highlights == ()
    body = [b.text for b in article.body]
    assert body[0].startswith("어린이 보호구역에서 과속하는 차량이")
    assert body[-1].startswith("카메라가 설치되면")
    assert {"동영상 영역 시작", "[앵커]", "[리포트]", "하늘방송 뉴스 한별입니다."} <= set(article.stripped)


CAPTIONED = [
    ("Mill Creek Bridge to Close for Six Weeks\n\n"
     "The county will close the Mill Creek bridge on Monday so crews can replace its deck and railings.\n\n"
     "Photo: A county engineer inspects the cracked deck of the Mill Creek bridge from the riverbank in February.\n\n"
     "Drivers will be sent along Orchard Road, which adds about five minutes to the trip.\n",
     ["The county will clos", "Drivers will be sent"]),
    ("하늘군, 마을 경로당 40곳에 냉방기 새로 설치\n\n"
     "하늘군은 여름철 폭염에 대비해 마을 경로당 40곳에 냉방기를 새로 설치한다고 2일 밝혔다.\n\n"
     "하늘군 직원들이 지난달 한 마을 경로당에서 낡은 냉방기를 점검하고 있다. /하늘군 제공\n\n"
     "설치는 이달 말까지 마무리되며 군은 전기요금 일부도 지원한다.\n",
     ["하늘군은 여름철 폭염에 대비해 마을", "설치는 이달 말까지 마무리되며 군은"]),
]


@pytest.mark.parametrize("text, opening", CAPTIONED)
def test_captions_with_their_label_or_their_credit_after_a_slash_leave_the_body_however_long(text, opening):
    article = pr2news.convert(text)
    assert [b.text[:len(o)] for b, o in zip(article.body, opening)] == opening and len(article.body) == 2


PORTAL_EN = """Home › State › Riverland
Cabinet approves ₹800-crore plan to resurface 2,000 km of village roads
Press Release | Updated: Apr 2, 2026, 06:15 PM IST
Part of
Rural roads and transport
Riverton, April 2: The state Cabinet on Wednesday approved an ₹800-crore plan to resurface 2,000 km of village roads before the monsoon.
Work will begin in 40 blocks in May and is to be finished by the end of September, the Public Works Department said.
(This is a press release issued by the Department of Information, Government of Riverland. Riverland Today has not edited the content.)
"""


def test_a_release_label_with_its_date_and_a_label_that_needs_its_value_stay_out_of_the_deck():
    article = pr2news.convert(PORTAL_EN)
    assert article.headline == "Cabinet approves ₹800-crore plan to resurface 2,000 km of village roads"
    assert article.highlights == ()
    assert article.dateline.date == "2026-04-02"
    assert "Rural roads and transport" in article.stripped
    assert article.body[-1].text.endswith("the Public Works Department said.")  # the portal's note is not the text


def test_a_pdf_page_footer_and_the_next_pages_running_head_inside_a_broken_sentence_are_dropped():
    text = ("Bus Routes 3 and 7 Change on September 1\n\n"
            "PORT HALE, Mich. — Two bus routes will change on September 1. Stops on Mill Road will be served by\n"
            "Harbor Transit | 12 Dock Street, Port Hale | Page 1 of 2\n"
            "Harbor Transit Service Changes – Aug. 20, 2026\n"
            "Route 7 instead.\n\n"
            "Riders can plan trips with the new timetables online.\n")
    article = pr2news.convert(text)
    assert "Harbor Transit Service Changes – Aug. 20, 2026" in article.stripped
    assert "Harbor Transit | 12 Dock Street, Port Hale | Page 1 of 2" in article.stripped
    assert article.body[0].text.endswith("will be served by Route 7 instead.")


def test_cells_between_two_groups_of_a_flattened_contact_table_stay_in_the_contact():
    text = ("청년 일자리 박람회 6월 개최\n\n"
            "○ 지역정착부는 6월 13일부터 사흘간 청년 일자리 박람회를 연다고 밝혔다.\n"
            "○ 박람회에는 지역 기업 120곳이 참여해 현장 면접을 진행한다.\n\n"
            "담당 부서\n<총괄>\n청년정착과\n책임자\n과장\n문하람\n(044-555-0231)\n"
            "<행사 운영>\n지역일자리재단\n책임자\n팀장\n남궁별\n(02-555-0480)\n"
            "이메일 보내기\n")
    article = pr2news.convert(text)
    block = " ".join(c.text for c in article.contacts)
    assert "<행사 운영> 지역일자리재단" in block
    assert [p for c in article.contacts for p in c.phones] == ["044-555-0231", "02-555-0480"]
    assert "이메일 보내기" in article.stripped


def test_a_caption_that_closes_with_its_credit_after_a_full_stop_is_not_a_subtitle():
    text = ("하늘도, 섬 지역 야간 응급 이송 헬기 추가 배치\n"
            "7월부터 동부권 거점병원에 배치\n"
            "하늘도청 전경. 하늘도 제공\n"
            "하늘도는 섬 지역 응급환자의 야간 이송을 맡을 헬기 1대를 7월부터 추가 배치한다고 3일 밝혔다.\n"
            "헬기는 동부권 거점병원에 머물며 밤 시간 응급 호출에 대응한다.\n")
    article = pr2news.convert(text)
    assert article.highlights == ("7월부터 동부권 거점병원에 배치",)
    assert "하늘도청 전경. 하늘도 제공" in article.stripped


BUS_TITLE_KO = "하늘시 마을버스 노선 8개 새로 연다\n"
BUS_SUBTITLE_KO = "- 외곽 마을 배차간격 40분에서 20분으로 -\n"
BUS_TEXT_KO = ("하늘시는 버스가 드문 외곽 마을 주민의 이동을 돕기 위해 7월부터 마을버스 노선 8개를 새로 운영한다고 10일 밝혔다.\n"
               "새 노선이 생기면 외곽 마을의 평균 배차간격은 40분에서 20분으로 줄어든다.\n")


def test_a_portals_machine_summary_closed_by_its_disclaimer_is_not_the_release():
    summary = ("입력 2026.04.10. 오전 9:30\nAI 요약\n하늘시가 7월부터 마을버스 노선 8개를 새로 운영한다.\n"
               "외곽 마을의 배차간격이 크게 줄어든다.\n자동으로 만든 요약이라 본문과 다를 수 있습니다.\n")
    article = pr2news.convert(BUS_TITLE_KO + summary + BUS_SUBTITLE_KO + BUS_TEXT_KO)
    assert article.highlights == ("외곽 마을 배차간격 40분에서 20분으로",)
    assert article.body[0].text.startswith("하늘시는 버스가 드문")
    assert {"AI 요약", "외곽 마을의 배차간격이 크게 줄어든다.", "자동으로 만든 요약이라 본문과 다를 수 있습니다."} <= set(article.stripped)


def test_a_subtitle_its_dashes_close_is_whole_even_when_it_stops_on_a_particle_and_no_blank_follows():
    article = pr2news.convert(BUS_TITLE_KO + BUS_SUBTITLE_KO + BUS_TEXT_KO)
    assert article.highlights == ("외곽 마을 배차간격 40분에서 20분으로",)
    assert article.body[0].text.startswith("하늘시는 버스가 드문")


def test_an_official_letters_end_mark_after_its_attachment_line_ends_the_text_before_the_annex():
    text = ("하늘공사, 노후 저수지 20곳 안전 점검\n\n"
            "하늘공사는 여름철 집중호우에 대비해 준공 30년이 넘은 저수지 20곳을 5월까지 점검한다고 밝혔다.\n\n"
            "점검 결과 보수가 필요한 시설은 6월 말까지 정비를 마칠 계획이다.\n\n"
            "붙임  점검 대상 노후 저수지 권역별 현황 1부.  끝.\n\n"
            "- 2 -\n\n"
            "붙임              점검 대상 저수지 현황\n"
            "권역 저수지 수 평균 준공연도\n"
            "북부 11 1987\n"
            "남부 9 1990\n")
    article = pr2news.convert(text)
    assert article.body[-1].text == "점검 결과 보수가 필요한 시설은 6월 말까지 정비를 마칠 계획이다."
    assert "끝." in article.stripped and "붙임 점검 대상 노후 저수지 권역별 현황 1부." in article.attachments
    assert not any("1987" in b.text for b in article.body)


def test_a_broadcasters_web_article_drops_its_player_button_video_caption_crew_credits_and_tip_line():
    text = ("하늘시, 하천 산책로 야간 조명 설치\n"
            "입력 2025-07-15 18:42\n"
            "강하늘 기자\n"
            "영상 재생\n"
            "[영상] 하늘천 산책로 조명 설치 현장 (화면제공: 하늘시)\n"
            "밤에 하천변을 걷는 시민이 늘면서 하늘시가 어두운 산책로에 조명을 새로 달기로 했습니다.\n"
            "시는 하늘천 둔치 산책로 4km 구간에 보행등 120개를 올해 안에 설치합니다.\n"
            "영상취재: 홍하늘 / 영상편집: 배바다\n"
            "HBC 제보 ☎ 064-555-0000 / 카카오톡 'HBC제보'\n")
    article = pr2news.convert(text)
    assert [b.text[:10] for b in article.body] == ["밤에 하천변을 걷는", "시는 하늘천 둔치 "]
    assert {"영상 재생", "영상취재: 홍하늘 / 영상편집: 배바다"} <= set(article.stripped)


PARK_EN = """Skip to the main content
Pine Lake National Seashore
Alerts In Effect
Dismiss
Park Closures
North Beach parking lot closed for repaving
The North Beach lot is closed through Oct. 15. Use the South Beach lot instead.
Dismiss View all alerts
News Release
Campground Loop B to Close Early for Water Line Work
Release date: August 4, 2026
Contact: Dana Whitfield, 231-555-0142
PINE HARBOR, Mich. – Loop B of the Pine Lake campground will close on Aug. 20, a month early, so crews can replace its water line.
Campers with reservations after Aug. 20 will be moved to Loop A or refunded in full.
The work is expected to finish before the campground opens next May.
-NPS-
Contact Info
Mailing Address:
100 Shore Road
Pine Harbor, MI 49600
Phone:
231 555-0100
"""


def test_a_sites_alert_banner_and_its_footer_address_are_not_the_release_or_its_contact():
    article = pr2news.convert(PARK_EN)
    assert article.headline == "Campground Loop B to Close Early for Water Line Work"
    assert "North Beach parking lot closed for repaving" in article.stripped
    assert [c.name for c in article.contacts] == ["Dana Whitfield"]
    assert "Mailing Address:" in article.stripped


POLICE_PAGE_EN = """Emergency: 911 Non-Emergency: 555-010-0188
Home
News Releases
Cyclist Injured at Harbour Road Crossing; Police Ask Drivers With Dashcams to Come Forward
Share toEmail
Police were called to the Harbour Road crossing at 7:40 a.m. on Tuesday after a cyclist was struck by a delivery van.
The cyclist, a 34-year-old woman, was taken to hospital with injuries that are not life-threatening.
Officers ask anyone who drove through the crossing between 7:30 and 7:45 a.m. to check their dashcam footage.
-30-
"""

SHARE_ROW_KO = """여름 무더위 쉼터 300곳 밤 9시까지 연다
이 글을 공유합니다 페이스북 X 카카오톡 밴드 링크복사
- 주민센터·경로당 등 300곳, 7~8월 평일 오후 9시까지 운영
□ 시는 올여름 폭염에 대비해 무더위 쉼터 300곳의 운영 시간을 오후 9시까지 늘린다고 밝혔다.
□ 쉼터 위치는 시 누리집과 지도 앱에서 확인할 수 있으며, 야간 쉼터에는 별도 안내문을 붙인다.
"""


def test_a_sites_phone_bar_is_not_the_headline_and_a_glued_share_row_not_a_subtitle():
    article = pr2news.convert(POLICE_PAGE_EN)
    assert article.headline.startswith("Cyclist Injured at Harbour Road Crossing")
    assert article.highlights == ()
    assert "Emergency: 911 Non-Emergency: 555-010-0188" in article.stripped
    assert "Share toEmail" in article.stripped


def test_a_korean_share_row_behind_its_label_is_chrome_not_a_subtitle():
    article = pr2news.convert(SHARE_ROW_KO)
    assert article.highlights == ("주민센터·경로당 등 300곳, 7~8월 평일 오후 9시까지 운영",)
    assert any(s.startswith("이 글을 공유합니다") for s in article.stripped)


EMAILED_RELEASE_KO = """보도자료
청소년 수상안전 교실 6월 개강
□ 한빛해양교육원은 6월부터 초·중학생을 위한 수상안전 교실을 무료로 연다고 밝혔다.
□ 교실은 구명조끼 착용법과 물에 빠진 친구를 돕는 방법을 실습 위주로 가르친다.
담당: 교육운영팀 서하람 주임 (051-555-0140)
──────────────
서하람 | 교육운영팀 주임
한빛해양교육원
T. 051-555-0140
이 메일은 지정된 수신인만을 위한 것이며, 수신인이 아닌 분은 발신인에게 알리고 삭제해 주시기 바랍니다.
This e-mail is intended only for the addressee. If you have received it in error, please delete it.
"""


def test_an_emails_signature_and_confidentiality_notice_after_the_contact_are_not_body():
    article = pr2news.convert(EMAILED_RELEASE_KO)
    body = " ".join(p.text for p in article.body)
    assert body.endswith("실습 위주로 가르친다.")
    assert "수신인" not in body and "intended only" not in body


HWP_WRAPPED_TITLE_KO = """보도자료
보도시점 2026. 5. 12.(화) 11:00
여름 폭염 대응 빨라진다…'무더위 쉼터 지킴이'
250명 도내 31개 시군 배치
- 오후 2~5시 취약계층 가정 방문, 온열질환 의심 시 즉시 이송 -
- 쉼터 운영시간 밤 9시까지 연장 -
□ 한빛도는 여름철 폭염에 대비해 '무더위 쉼터 지킴이' 250명을 도내 31개 시군에
배치한다고 12일 밝혔다.
○ 지킴이는 쉼터 운영을 돕고 홀로 사는 어르신 가정을 찾아 건강 상태를 살핀다.
"""


def test_a_title_wrapped_after_a_quoted_name_keeps_its_second_line_over_marked_subtitles():
    # the quote closes a name inside the title; the short unmarked line under it, over '- … -' subtitles,
    # is the rest of the title, not a subtitle
    article = pr2news.convert(HWP_WRAPPED_TITLE_KO)
    assert article.headline == "여름 폭염 대응 빨라진다…'무더위 쉼터 지킴이' 250명 도내 31개 시군 배치"
    assert article.highlights == ("오후 2~5시 취약계층 가정 방문, 온열질환 의심 시 즉시 이송", "쉼터 운영시간 밤 9시까지 연장")


MINISTRY_CLOSING_KO = """보도자료
공공 청사 옥상 태양광 2배로 늘린다
□ 한빛부는 2028년까지 공공 청사 옥상의 태양광 설비 용량을 지금의 2배로 늘린다고 밝혔다.
□ 대상은 전국 1,200개 청사로, 설치비는 국비와 지방비를 절반씩 부담한다.
담당 부서	에너지전환과	책임자	과 장	문서윤	(044-555-0110)
		담당자	사무관	조한결	(044-555-0117)

이 자료에 대하여 더 자세한 내용을 원하시면 한빛부 누리집(www.hanbit.go.kr)을 참고하시기 바랍니다.
"""


def test_a_pointer_to_the_ministrys_website_under_the_contact_table_is_not_body():
    article = pr2news.convert(MINISTRY_CLOSING_KO)
    body = " ".join(p.text for p in article.body)
    assert body.endswith("절반씩 부담한다.")
    assert any("누리집" in s for s in article.stripped)


CITY_BOARD_WITH_FOOTER_KO = """새소식
작성자	홍보담당관	등록일	2026-04-02	조회수	87
한빛시, 어르신 보청기 구입비 최대 50만 원 지원
한빛시는 청력이 떨어진 만 65세 이상 어르신에게 보청기 구입비를 최대 50만 원까지 지원한다고 2일 밝혔다.
지원 대상은 한빛시에 1년 이상 거주한 어르신으로, 전문의의 청력 검사 소견서가 있어야 한다.
신청은 4월 6일부터 가까운 행정복지센터에서 할 수 있다.
※ 문의: 노인복지과 어르신지원팀 한서진 주무관(063-555-2714)
목록
이 페이지의 내용에 만족하십니까?
매우만족 만족 보통 불만족 매우불만족
평가하기
담당부서 : 홍보담당관 언론팀   최종수정일 : 2026-03-30
(54321) 한빛도 한빛시 시청로 10   대표전화 063-555-2114
Copyright (c) Hanbit City. All rights reserved.
"""


@pytest.mark.parametrize("page", [CITY_BOARD_WITH_FOOTER_KO, CITY_BOARD_WITH_FOOTER_KO.replace(
    "이 페이지의 내용에 만족하십니까?\n매우만족 만족 보통 불만족 매우불만족\n평가하기\n", "")], ids=["survey", "list-button-only"])
def test_a_sites_footer_under_the_articles_own_contact_is_not_another_contact(page):
    # the page's owner, last-edited date, postal address and switchboard: the site's footer, not the release's
    # (also when only the list button stands between the contact and the footer)
    article = pr2news.convert(page)
    assert [(c.department, c.name) for c in article.contacts] == [("노인복지과", "한서진")]
    assert any("최종수정일" in s for s in article.stripped) and any("대표전화" in s for s in article.stripped)


LOCAL_PAPER_REPRINT_EN = """LOCAL NEWS
County Opens Two New Cooling Centers Ahead of Heat Wave
Submitted by Brenton County Office of Emergency Management
Facebook | X | Email | Print | Save
Brenton County will open two new cooling centers on Monday as forecasters expect temperatures above 100 degrees through the week.
The centers, at the Oak Street library and the fairgrounds hall, will stay open from 10 a.m. to 8 p.m. and offer water and seating.
Residents without transportation can call the county's ride line to be picked up at no cost.
"""


def test_a_share_row_with_a_save_button_under_the_byline_is_chrome_not_a_subtitle():
    article = pr2news.convert(LOCAL_PAPER_REPRINT_EN)
    assert article.headline == "County Opens Two New Cooling Centers Ahead of Heat Wave"
    assert article.highlights == ()
    assert "Facebook | X | Email | Print | Save" in article.stripped


CITY_BLOG_COPY_KO = """한빛시 공식 블로그
[보도자료] 한빛시, 여름방학 어린이 숲체험 교실 운영
한빛시는 여름방학을 맞아 초등학생을 위한 숲체험 교실을 7월 21일부터 운영한다고 밝혔다.
숲체험 교실은 한빛숲공원에서 열리며, 숲해설가와 함께 곤충과 나무를 관찰하는 프로그램으로 꾸려진다.
참가 신청은 시 누리집에서 선착순으로 받는다.
※ 문의 : 한빛시 공원녹지과 숲가꾸기팀 (063-555-4410)
한빛시 공식 블로그는 시민 여러분의 이웃추가와 공감을 기다립니다!
"""


def test_a_blogs_request_to_follow_it_after_the_release_is_chrome_not_body():
    article = pr2news.convert(CITY_BLOG_COPY_KO)
    body = " ".join(p.text for p in article.body)
    assert body.endswith("선착순으로 받는다.")
    assert any("이웃추가" in s for s in article.stripped)


AGENCY_PAGE_FOOTER_EN = """News Releases
Agency Awards $4.2 Million to Clean Up Former Rail Yards in Three River Towns
March 12, 2026
CHICAGO (March 12, 2026) — The Agency today announced $4.2 million in grants to help three river towns assess and clean up former rail yards.
"These grants bring back land that has sat fenced off since the trains stopped running," said Regional Administrator Karen Ostrowski.
The towns will use the funding to test soil and groundwater, plan the cleanup and remove contaminated fill.
Connect with the Agency's Region 5 office on Facebook, X, and Instagram.
Contact Us to ask a question, provide feedback, or report a problem.
Last updated on March 12, 2026
Accessibility Statement
"""


def test_an_agency_pages_follow_line_feedback_link_and_revision_stamp_close_the_text():
    # social accounts listed, the site's feedback link, the page's last-updated stamp: the page's footer
    article = pr2news.convert(AGENCY_PAGE_FOOTER_EN)
    body = " ".join(p.text for p in article.body)
    assert body.endswith("remove contaminated fill.")
    for footer in ("Connect with", "Contact Us to ask", "Last updated on"):
        assert any(s.startswith(footer) for s in article.stripped)


EU_STYLE_CONTACT_CARDS_EN = """Press release
Commission approves €310 million scheme to help farmers replace ageing irrigation systems
Brussels, 14 April 2026
The European Commission has approved a €310 million scheme to support farmers in replacing ageing irrigation systems.
The scheme will be open to small and medium-sized farms that invest in drip irrigation and water storage.
For More Information
State aid register
Press contacts
Anna Berger
Phone
+32 2 295 00 00
Mail
anna.berger@example.eu
Tomas Rivas
Phone
+32 2 296 11 11
Mail
tomas.rivas@example.eu
General public inquiries: Europe Direct by phone 00 800 67 89 10 11 or by email
"""


def test_contact_cards_laid_out_one_field_name_per_line_stay_one_block_to_the_last_address():
    # Phone / its number / Mail / its address: the field's name alone does not end the person's entry
    article = pr2news.convert(EU_STYLE_CONTACT_CARDS_EN)
    assert [(c.name, c.phones, c.emails) for c in article.contacts] == [
        ("Anna Berger", ("+32 2 295 00 00",), ("anna.berger@example.eu",)),
        ("Tomas Rivas", ("+32 2 296 11 11",), ("tomas.rivas@example.eu",))]
    assert " ".join(p.text for p in article.body).endswith("drip irrigation and water storage.")


RESEARCH_RELEASE_WITH_SUMMARY_BOX_KO = """한빛대 연구팀, 폐플라스틱을 수소로 바꾸는 새 촉매 개발
- 기존 촉매보다 수소 생산량 3배 늘려 -
한빛대학교 화학공학과 이수민 교수 연구팀이 폐플라스틱을 분해해 수소를 만드는 새 촉매를 개발했다고 9일 밝혔다.
연구팀은 니켈과 철을 섞은 값싼 금속으로 촉매를 만들어 귀금속을 쓰던 기존 촉매보다 수소 생산량을 3배 늘렸다.
이번 연구는 국제 학술지 '촉매과학' 3월호에 실렸다.
[참고] 연구 성과 요약
1. 연구 배경
폐플라스틱은 매년 늘고 있으나 재활용률은 낮아 새로운 처리 방법이 요구되고 있음
2. 기대 효과
폐플라스틱 처리와 청정 수소 생산을 동시에 달성할 수 있을 것으로 기대됨
홍보팀 박지은 (031-555-2211)
"""

FESTIVAL_RELEASE_WITH_FACT_BOX_KO = """한빛시, 가을 빛축제 10월 개막
한빛시는 10월 3일부터 한 달간 한빛천 일대에서 가을 빛축제를 연다고 15일 밝혔다.
올해 축제에는 국내외 작가 20명이 참여해 조명 작품 40점을 선보인다.
[참고] 축제 개요
일시: 2026. 10. 3.(토) ~ 11. 1.(일)
장소: 한빛천 일대
시는 축제 기간 한빛천 주변 도로의 교통을 통제하고 임시 주차장 3곳을 운영한다.
또한 야간 안전을 위해 안전요원 120명을 배치하고 응급의료소를 설치할 계획이다.
문의: 문화관광과 축제팀 031-555-3300
"""


def test_a_bracketed_reference_box_after_the_text_is_the_annex_and_one_inside_it_stays_text():
    # [참고] without a number: the annexes after the release, or a box of facts the text goes on after
    after = pr2news.convert(RESEARCH_RELEASE_WITH_SUMMARY_BOX_KO)
    assert " ".join(p.text for p in after.body).endswith("3월호에 실렸다.")
    assert "[참고] 연구 성과 요약" in after.stripped
    inside = pr2news.convert(FESTIVAL_RELEASE_WITH_FACT_BOX_KO)
    assert " ".join(p.text for p in inside.body).endswith("응급의료소를 설치할 계획이다.")


PORTAL_VIEWER_COPY_KO = """뉴스홈
사회
청솔군, 농촌 빈집 120채 정비해 귀농인 쉼터로
입력 2026.05.18. 오전 10:12
한빛일보 최민준 기자
요약보기 | 음성으로 듣기 | 글자크기 | 공유하기
청솔군이 방치된 농촌 빈집 120채를 정비해 귀농·귀촌인을 위한 임시 쉼터로 활용한다.
군은 올해 사업비 18억원을 들여 빈집을 고치고 귀농 희망자에게 최대 1년간 빌려줄 계획이라고 18일 밝혔다.
정비 대상은 1년 이상 비어 있던 주택 가운데 소유자가 동의한 곳이다.
Copyright ⓒ 한빛일보. All rights reserved.
"""


def test_a_portal_viewers_outlet_and_reporter_line_and_its_row_of_buttons_are_not_subtitles():
    # the outlet's name before its reporter; a bar-separated row of buttons, one of them a word no list has
    article = pr2news.convert(PORTAL_VIEWER_COPY_KO)
    assert article.headline == "청솔군, 농촌 빈집 120채 정비해 귀농인 쉼터로"
    assert article.highlights == ()
    assert article.byline == "한빛일보 최민준 기자"
    assert "요약보기 | 음성으로 듣기 | 글자크기 | 공유하기" in article.stripped


NEWS_COPY_WITH_WRITERS_CARD_EN = """County opens overnight warming center as cold snap nears
By Jordan Ellis
Staff Writer
Harlow County will open an overnight warming center at the old armory on Friday as temperatures drop below zero.
The center will have cots, hot meals and space for pets, the county's emergency management office said.
Residents who need a ride can call 211 to arrange transportation.
Jordan Ellis
Jordan Ellis covers county government and public safety for the Harlow Ledger. He joined the paper in 2021.
"""


def test_the_writers_card_after_a_news_copy_is_not_the_text():
    # the byline's name again after the text, alone and opening the lines about the writer
    article = pr2news.convert(NEWS_COPY_WITH_WRITERS_CARD_EN)
    assert " ".join(p.text for p in article.body).endswith("to arrange transportation.")
    assert "Jordan Ellis" in article.stripped


COUNTY_BLOG_REPOST_KO = """청솔군 공식 블로그
청솔 소식
[보도자료] 청솔강 반딧불이 축제 6월 13일 개막…올해는 '밤 탐사 투어' 신설
청솔군청
2026. 5. 28. 10:30
안녕하세요, 청솔군입니다 :)
오늘은 따끈따끈한 청솔군 보도자료를 전해드릴게요!
청솔강 반딧불이 축제 6월 13일 개막…올해는 '밤 탐사 투어' 신설
ㅡ 13~15일 청솔강 생태공원 일원, 관람 인원 사전 예약제 운영
청솔군은 '제9회 청솔강 반딧불이 축제'를 6월 13일부터 15일까지 청솔강 생태공원 일원에서 연다고 28일 밝혔다.
올해 축제에는 생태 해설사와 함께 반딧불이 서식지를 걷는 밤 탐사 투어가 새로 생겼다.
사진 설명을 입력하세요.
군은 서식지를 보호하기 위해 탐사 구역의 관람 인원을 하루 300명으로 제한한다.
문의 : 청솔군 문화관광과 축제팀 033-560-2384
"""


def test_a_blog_post_that_prints_the_releases_own_title_again_starts_the_release_there():
    # the post's title, the blog's greeting, then the release with its own title and subtitle
    article = pr2news.convert(COUNTY_BLOG_REPOST_KO)
    assert article.headline == "청솔강 반딧불이 축제 6월 13일 개막…올해는 '밤 탐사 투어' 신설"
    assert article.highlights == ("13~15일 청솔강 생태공원 일원, 관람 인원 사전 예약제 운영",)
    body = [p.text for p in article.body]
    assert body[0].startswith("청솔군은 '제9회") and "사진 설명을 입력하세요." not in body
    assert "안녕하세요, 청솔군입니다 :)" in article.stripped


EDUCATION_OFFICE_RELEASE_WITH_CLOSING_BOX_KO = """청람교육청
보도자료
2026. 4. 2.(목) 배포 즉시 보도해 주시기 바랍니다.

청람교육청, 초·중학교 32곳에 생태 학교숲 조성
- 교실 밖 생태 수업 공간… 학생·학부모가 설계부터 참여 -

청람교육청은 올해 초·중학교 32곳의 자투리 공간에 빗물 정원과 습지를 갖춘 생태 학교숲을 만든다고 2일 밝혔다.

학교숲은 운동장 가장자리나 건물 뒤 빈터처럼 쓰이지 않던 곳을 학생들이 머무는 배움터로 바꾸는 사업이다.

학생과 학부모가 설계 단계부터 참여해 학교마다 다른 모습으로 꾸며지는 것이 올해 사업의 특징이다.

교육청은 학교숲을 활용한 생태 수업이 이어지도록 교사 연수와 수업 자료도 함께 보급할 계획이다.

[참고] 생태 학교숲 조성 사업 개요
 ○ 사업 기간: 2026. 4. ~ 11.
 ○ 대상: 초등학교 20교, 중학교 12교(공모 선정)
 ○ 예산: 총 19억 2천만 원(교당 6천만 원)
 ○ 주요 시설: 빗물 정원, 소규모 습지, 곤충 호텔, 야외 교실

담당 부서
학생생활안전과
책임자
과장
노지훈
☎ 052-390-5710
담당 팀
생태환경교육팀
담당자
장학사
엄세린
☎ 052-390-5716

청람교육청 누리집(www.example.kr) 보도자료 게시판에서 사진 원본을 내려받을 수 있습니다.
"""


def test_a_reference_box_right_above_the_contact_and_a_pointer_to_the_photos_are_not_body():
    # nothing of the text after the box before the contact: it closes the text as an appendix does; the line
    # telling where the photos can be downloaded is the site's, not the release's
    article = pr2news.convert(EDUCATION_OFFICE_RELEASE_WITH_CLOSING_BOX_KO)
    assert " ".join(p.text for p in article.body).endswith("수업 자료도 함께 보급할 계획이다.")
    assert "[참고] 생태 학교숲 조성 사업 개요" in article.stripped
    assert any("사진 원본을 내려받을 수 있습니다" in s for s in article.stripped)


PORTAL_COPY_WITH_WIDGETS_KO = """새별신문 언론사 구독하기
벌집 제거 출동 하루 평균 140건…새별소방 "말벌 쏘임 주의"
입력2026.08.06. 오전 6:02 기사원문
윤채원 기자
공감
댓글
본문 요약봇
텍스트 음성 변환 서비스 사용하기
글자 크기 변경하기
인쇄하기
7월 출동 4,318건…지난해보다 23% 늘어
8~9월 말벌 활동 절정, 벌초·성묘 때 특히 조심해야
새별도소방본부는 지난달 벌집 제거를 위한 출동이 4,318건으로 하루 평균 140건꼴이며, 지난해 같은 달보다 23% 늘었다고 6일 밝혔다.
벌 쏘임 사고도 잇따랐다. 지난달 말벌에 쏘여 구급대가 출동한 건수는 212건으로 집계됐다.
소방본부는 폭염과 잦은 열대야로 말벌의 번식 기간이 길어진 것을 원인으로 꼽았다.
소방본부 관계자는 "말벌 쏘임을 막으려면 벌집을 발견했을 때 직접 떼어내려 하지 말고 119에 신고해 달라"고 당부했다.
"""


def test_a_portal_copys_reaction_summary_and_speech_buttons_are_chrome_and_the_title_stays_above_them():
    # 공감, 본문 요약봇, 텍스트 음성 변환 …: the viewer's buttons between the title block and the deck
    article = pr2news.convert(PORTAL_COPY_WITH_WIDGETS_KO)
    assert article.headline == '벌집 제거 출동 하루 평균 140건…새별소방 "말벌 쏘임 주의"'
    assert article.highlights == ("7월 출동 4,318건…지난해보다 23% 늘어", "8~9월 말벌 활동 절정, 벌초·성묘 때 특히 조심해야")
    assert "텍스트 음성 변환 서비스 사용하기" in article.stripped


PROVINCE_BOARD_PAGE_KO = """가람도청
도정소식 | 분야별정보 | 열린도정 | 도민참여 | 정보공개
보도자료
가람도, 중소기업 육아휴직 대체인력 인건비 월 120만 원까지 지원
작성일 2026-07-14 09:00
부서명 일자리경제과
담당자 남궁현
연락처 041-880-2471
가람도는 중소기업 노동자의 육아휴직 사용을 늘리기 위해 대체인력 인건비를 월 120만 원까지 지원한다고 14일 밝혔다.
지원 대상은 도내에 사업장을 둔 상시근로자 50인 미만 중소기업이다.
신청은 이달 21일부터 가람도 일자리통합센터 누리집에서 받는다.
"""


def test_a_row_of_the_sites_sections_is_chrome_and_the_boards_office_field_heads_the_contact_under_it():
    # four or more one- or two-word items between bars, no figures: the site's sections, never the title;
    # 부서명 over 담당자 / 연락처 is the contact's office (alone it stays the issuing office, a byline)
    article = pr2news.convert(PROVINCE_BOARD_PAGE_KO)
    assert article.headline == "가람도, 중소기업 육아휴직 대체인력 인건비 월 120만 원까지 지원"
    assert "도정소식 | 분야별정보 | 열린도정 | 도민참여 | 정보공개" in article.stripped
    assert [(c.department, c.name, c.phones) for c in article.contacts] == [("일자리경제과", "남궁현", ("041-880-2471",))]
    alone = pr2news.convert(PROVINCE_BOARD_PAGE_KO.replace("담당자 남궁현\n연락처 041-880-2471\n", ""))
    assert alone.contacts == () and alone.byline == "부서명 일자리경제과"


UK_DEPARTMENT_PAGE_EN = """Cookies on GOV.UK
We use some essential cookies to make this website work.
We also use cookies set by other sites to help us deliver content from their services.
Accept additional cookies
View cookies
Press release
£6 million to restore towpaths along the Wendle and Ashby canals
Nine miles of towpath between Thornley Lock and Castlebridge will reopen to walkers and cyclists by summer 2027.
From:
Inland Waterways Safety Agency
Published
3 May 2026
Walkers, cyclists and boaters on two of the region's busiest canals will get safer, wider towpaths under a £6 million programme announced today.
The stretch between Thornley Lock and Castlebridge has been partly closed since a landslip in 2024.
Work will begin in September and finish by summer 2027.
Press office
Inland Waterways Safety Agency
Email press.office@example.gov.uk
Monday to Friday, 8:30am to 6pm
Telephone 020 7946 0412
Share this page
"""


def test_a_uk_department_pages_cookie_banner_summary_fields_and_office_hours():
    # the banner's sentences are chrome, so From: / Published under the summary are still the page's fields and
    # the summary its deck; the press office's hours stay inside its contact, up to the telephone under them
    article = pr2news.convert(UK_DEPARTMENT_PAGE_EN)
    assert article.highlights == ("Nine miles of towpath between Thornley Lock and Castlebridge will reopen to walkers and "
                                  "cyclists by summer 2027.",)
    assert article.body[0].text.startswith("Walkers, cyclists and boaters")
    assert article.dateline.date == "2026-05-03"
    assert [(c.emails, c.phones) for c in article.contacts] == [(("press.office@example.gov.uk",), ("020 7946 0412",))]


def test_a_fire_rescue_services_letterhead_is_not_the_headline():
    article = pr2news.convert("""SILVER BIRCH COUNTY FIRE RESCUE
Office of the Fire Chief • Public Information
NEWS RELEASE
Date: July 14, 2026
Contact: Renee Okonkwo, Public Information Officer
Office: (352) 555-0118 | Cell: (352) 555-0174

Two-Alarm Fire Destroys Vacant Warehouse Near Harmon Road; No Injuries Reported
HARMON SPRINGS, Fla. — Firefighters from Silver Birch County Fire Rescue battled a two-alarm fire at a vacant warehouse early Tuesday. No one was hurt.
Crews fought the fire from outside the building because of the risk of the roof collapsing.
""")
    assert article.headline == "Two-Alarm Fire Destroys Vacant Warehouse Near Harmon Road; No Injuries Reported"


FORWARDED_COUNCIL_RELEASE_EN = """From: Press Office <pressoffice@example.ie>
Sent: Tuesday 13 May 2026 10:42
To: newsdesk@example.com
Subject: PRESS RELEASE: Greenway extension opens to walkers and cyclists

CAUTION: This email originated from outside of the organisation. Do not click links unless you know the content is safe.



Kilbrannagh County Council
Comhairle Contae Chill Bhranach

PRESS RELEASE
For immediate release – 13 May 2026


Greenway extension opens to walkers and cyclists

New 11 km section completes a 31 km off-road route along the old railway line


The final 11 km section of the greenway opened to walkers and cyclists this morning, completing a route that runs along the old railway between two market towns.

The new section follows the old railway and includes three restored stone bridges and a new underpass.

ENDS
"""


def test_a_mailed_release_starts_at_its_own_title_under_the_subject_line():
    # the subject repeats the title behind a release label; the mail's banner and the letterhead stand between
    article = pr2news.convert(FORWARDED_COUNCIL_RELEASE_EN)
    assert article.headline == "Greenway extension opens to walkers and cyclists"
    assert article.highlights == ("New 11 km section completes a 31 km off-road route along the old railway line",)
    assert any(s.startswith("CAUTION: This email") for s in article.stripped)


WELSH_COUNCIL_PRINT_VIEW_EN = """GLANRHYD COUNTY BOROUGH COUNCIL NEWS RELEASE
Glanrhyd recycling rate passes 71 per cent for first time
Glanrhyd's household recycling rate reached 71.4 per cent in the year to March, the highest since records began.
The Council said the rise followed the move to three-weekly collections of black bags last spring.
Page 1 of 2
Glanrhyd County Borough Council · Civic Centre · Llanafon · CF49 7RT
Food waste showed the sharpest rise, helped by free caddy liners delivered to every household.
Residents can order food caddies and liners free of charge online.
-ENDS-
Media enquiries / Ymholiadau'r cyfryngau:
Communications Team, Glanrhyd County Borough Council
01685 555 410 | press@example.gov.wales
Page 2 of 2
Glanrhyd County Borough Council · Civic Centre · Llanafon · CF49 7RT
"""


def test_a_running_footer_beside_its_page_number_and_a_bilingual_contact_label():
    # the address printed on every page, beside 'Page 1 of 2', is not text; 'Media enquiries / <its translation>:'
    # opens the contact block
    article = pr2news.convert(WELSH_COUNCIL_PRINT_VIEW_EN)
    assert not any("Civic Centre" in p.text for p in article.body)
    assert [p.text for p in article.body][-1] == "Residents can order food caddies and liners free of charge online."
    assert [(c.team, c.phones, c.emails) for c in article.contacts] == [
        ("Communications Team", ("01685 555 410",), ("press@example.gov.wales",))]


def test_a_note_that_photos_and_b_roll_are_available_on_request_is_not_the_texts_last_paragraph():
    article = pr2news.convert("""Study links lost tree cover to more heat-related ER visits
WEXLEY, Ohio — City neighborhoods that lost a large share of their tree canopy saw more heat-related emergency visits, a study found.
The researchers matched twelve years of satellite images with hospital records in thirty cities.
Photos and a b-roll package are available to journalists on request.
###
""")
    assert [p.text for p in article.body][-1] == "The researchers matched twelve years of satellite images with hospital records in thirty cities."
    assert "Photos and a b-roll package are available to journalists on request." in article.stripped


MINISTRY_RELEASE_WITH_DIAMOND_SUMMARY_KO = """국토미래부
보도자료
노후 산업단지 15곳, '일하고 머무는 혁신거점'으로 새단장

〈 주요 내용 〉
◈ 준공 25년 넘은 산업단지 15곳을 재창조 선도지구로 지정, 2029년까지 국비 1,260억 원 투입
◈ 용적률 최대 1.4배 완화, 유휴부지 용도 전환 절차 6단계에서 3단계로 단축

□ 국토미래부는 전국 노후 산업단지 가운데 15곳을 재창조 선도지구로 지정했다고 17일 밝혔다.
○ 이번 선도지구는 지난 5월 공모에 참여한 41개 산업단지 가운데 평가를 거쳐 뽑혔다.
"""


def test_the_diamond_items_of_a_ministrys_summary_box_are_its_highlights():
    # ◈ opens an item as ◆ does: the box under 〈 주요 내용 〉 is the deck, not the body's first lines
    article = pr2news.convert(MINISTRY_RELEASE_WITH_DIAMOND_SUMMARY_KO)
    assert article.highlights == ("준공 25년 넘은 산업단지 15곳을 재창조 선도지구로 지정, 2029년까지 국비 1,260억 원 투입",
                                  "용적률 최대 1.4배 완화, 유휴부지 용도 전환 절차 6단계에서 3단계로 단축")
    assert article.body[0].marker == "□"


EXPLANATION_IN_SQUARE_SECTIONS_KO = """설명자료
보도시점 배포 시
어르신 버스요금 감면 대상 확대 관련 설명
□ 주요 내용
○ 시내버스 요금 감면 대상을 만 70세 이상에서 만 65세 이상으로 넓힘
○ 감면 비율은 요금의 50%이며, 교통카드를 새로 발급받을 필요 없이 기존 카드로 적용함
□ 추진 일정
○ 다음 달 조례 개정 후 7월 1일부터 시행 예정
○ 대상 여부는 주민센터나 시 누리집에서 확인할 수 있음
담당 교통정책과 대중교통팀 주무관 한소라 (052-229-3456)
"""


def test_a_summary_label_marked_like_the_sections_after_it_opens_the_body():
    # □ 주요 내용 … □ 추진 일정: the label is the first of the body's sections, and its items body text, not the deck
    article = pr2news.convert(EXPLANATION_IN_SQUARE_SECTIONS_KO)
    assert article.headline == "어르신 버스요금 감면 대상 확대 관련 설명"
    assert article.highlights == ()
    assert [p.text for p in article.body][:2] == ["주요 내용", "시내버스 요금 감면 대상을 만 70세 이상에서 만 65세 이상으로 넓힘"]
    assert "추진 일정" in [p.text for p in article.body]


COUNTY_BOARD_IN_ROWS_KO = """보도자료
제목
솔빛군, 벼 육묘 '공동 못자리' 37곳으로 늘려 일손 덜어
부서명
농업기술센터 식량작물팀
담당자
진하람
연락처
061-530-5624
등록일
2026-04-02
조회수
156
내용
솔빛군 농업기술센터는 벼 육묘 작업을 여러 농가가 함께하는 공동 못자리를 올해 37곳으로 늘린다고 2일 밝혔다.
공동 못자리는 마을 단위로 육묘장을 함께 쓰며 볍씨 소독부터 모판 관리까지 함께 맡는 방식이다.
"""


def test_a_boards_fields_in_rows_give_the_office_to_the_contact_and_keep_the_posts_date_out_of_it():
    # 부서명 / its value over 담당자 / 연락처 heads the contact; 등록일 after it is the post's field, not the contact's
    article = pr2news.convert(COUNTY_BOARD_IN_ROWS_KO)
    assert article.highlights == ()
    assert [c.text for c in article.contacts] == ["부서명 농업기술센터 식량작물팀 담당자 진하람 연락처 061-530-5624"]
    assert article.dateline.date == "2026-04-02"


MESSENGER_EXPORT_KO = """누리시청 출입기자단 님과 카카오톡 대화
저장한 날짜 : 2026-03-11 15:40:22

--------------- 2026년 3월 11일 수요일 ---------------
[누리시 홍보담당관 한보람] [오후 2:05] 기자님들 안녕하세요~ 내일 조간 보도자료 한 건 공유드립니다.
[누리시 홍보담당관 한보람] [오후 2:06] 누리시 보도자료

누리시, 전통시장 '밤 장보기 배달' 시작
◇ 중앙시장·새벽시장 2곳 시범…오후 9시까지 주문하면 2시간 안에 배달

누리시는 전통시장의 저녁 매출을 늘리기 위해 '밤 장보기 배달'을 시범 운영한다고 11일 밝혔다.

시민들은 앱이나 전화로 오후 9시까지 주문하면 2시간 안에 물건을 받을 수 있다.

※ 문의 : 일자리경제과 전통시장팀 주무관 어다빈 (☎ 033-640-2271)
[누리시 홍보담당관 한보람] [오후 2:07] 사진 2장
[한빛일보 심가온] [오후 2:11] 감사합니다~ 잘 받았습니다
[가온매일 추우진] [오후 2:15] 혹시 참여 점포 명단도 받을 수 있을까요?
"""


def test_a_release_shared_as_one_message_of_a_chat_export_is_cut_from_the_chat_around_it():
    # [sender] [time] opens each message: split off as chrome; a later message ends the release
    article = pr2news.convert(MESSENGER_EXPORT_KO)
    assert article.headline == "누리시, 전통시장 '밤 장보기 배달' 시작"
    assert article.highlights == ("중앙시장·새벽시장 2곳 시범…오후 9시까지 주문하면 2시간 안에 배달",)
    assert [p.text for p in article.body][-1].endswith("물건을 받을 수 있다.")
    assert "감사합니다~ 잘 받았습니다" in article.stripped and "[한빛일보 심가온] [오후 2:11]" in article.stripped


PHOTO_RELEASE_KO = """다솜군
사진보도자료
다솜군, 갈대숲 달빛걷기 '3천 명 발길'…가을밤 수놓아
다솜군은 지난 25일 다솜호 갈대숲 일원에서 열린 '제5회 갈대숲 달빛걷기'에 3천여 명이 참가했다고 27일 밝혔다.
[사진 1] 1027_달빛걷기_01.jpg
참가자들이 청사초롱을 들고 4.2㎞ 걷기 코스 출발을 기다리고 있다.
[사진 2] 1027_달빛걷기_02.jpg
쉼터에서 청소년 관현악단이 '달빛 음악회'를 열고 있다. 참가자들은 잠시 걸음을 멈추고 연주를 즐겼다.
군은 내년에는 걷기 코스를 두 갈래로 나누고 행사 기간도 이틀로 늘릴 계획이다.
※ 사진 원본은 첨부파일을 내려받아 사용하시기 바랍니다.
"""


def test_a_photo_releases_captions_under_each_photos_label_are_not_body_nor_its_note_an_embargo():
    # the line under [사진 n] file.jpg that says what the picture shows (… 기다리고 있다.) is its caption;
    # '사진 원본은 … 사용하시기 바랍니다' is about the photos, not when the release may run
    article = pr2news.convert(PHOTO_RELEASE_KO)
    assert [p.text[:10] for p in article.body] == ["다솜군은 지난 25", "군은 내년에는 걷기"]
    assert article.embargo is None


def test_the_pages_data_manager_in_a_boards_footer_is_not_a_second_contact():
    article = pr2news.convert(COUNTY_BOARD_IN_ROWS_KO + "목록\n자료관리 담당부서 기획예산실 홍보팀 061-530-5012\n최종수정일 2026-03-14\n")
    assert [c.name for c in article.contacts] == ["진하람"]
    assert "자료관리 담당부서 기획예산실 홍보팀 061-530-5012" in article.stripped


def test_a_title_wrapped_before_the_noun_it_ends_on_is_joined_over_the_boards_date_row():
    # '… 인건비 / 월 120만 원까지 지원': the second half ends as a headline does (a verbal noun) and the first does
    # not, so a dated row under them is the board's field, not a reason to keep the title cut
    article = pr2news.convert("""보도자료
가람도, 중소기업 육아휴직 대체인력 인건비
월 120만 원까지 지원

작성일 2026-07-14 09:00
가람도는 중소기업 노동자의 육아휴직 사용을 늘리기 위해 대체인력 인건비를 월 120만 원까지 지원한다고 14일 밝혔다.
지원 대상은 도내에 사업장을 둔 상시근로자 50인 미만 중소기업이다.
""")
    assert article.headline == "가람도, 중소기업 육아휴직 대체인력 인건비 월 120만 원까지 지원"


def test_a_news_copys_wire_credits_and_first_published_note_after_the_story_are_not_text():
    article = pr2news.convert("""City to replace 4,000 lead service lines by 2028
By Dana Whitfield
RIVERTON — The city will replace all of its remaining 4,000 lead water service lines by the end of 2028, Mayor Ana Ruiz announced Monday.
A $48 million federal grant will cover most of the cost, the mayor said.
Residents can check whether their home has a lead line using an online map, the city said.
Reporting by Dana Whitfield; Editing by Sam Ortiz
This story was originally published March 3, 2026, 4:10 PM.
""")
    assert [p.text for p in article.body][-1] == "Residents can check whether their home has a lead line using an online map, the city said."


@pytest.mark.parametrize("credit", ["[한빛일보/박서연 기자]", "【한빛일보】", "〔한빛일보 박서연 기자〕", "［한빛일보 박서연 기자］",
                                    "한빛일보 박서연 기자 |", "[한빛일보=박서연 기자]"])
def test_an_outlets_credit_in_any_bracket_before_the_lead_is_not_body(credit):
    article = pr2news.convert(f"""한빛시, 어린이 통학로 120곳 '옐로카펫' 설치
기사등록 : 2026-05-11 14:20:11
{credit} 한빛시가 초등학교 통학로 120곳에 어린이 보호 구역을 알리는 '옐로카펫'을 설치한다.
시는 올해 예산 6억 원을 들여 6월부터 통학로 대기 공간 바닥과 벽면을 노란색으로 칠할 계획이라고 11일 밝혔다.
""")
    assert article.body[0].text.startswith("한빛시가 초등학교")


def test_a_read_more_link_closing_an_emailed_bulletin_is_not_its_last_paragraph():
    article = pr2news.convert("""FOR IMMEDIATE RELEASE
County offers free hepatitis A vaccine after restaurant case
MARLOW, Ore. — The county health department is offering free hepatitis A vaccine to anyone who ate at the diner last week.
Clinics will run Thursday and Friday from 9 a.m. to 6 p.m. at the county health center. No appointment is needed.
Read more about hepatitis A
Media contact: Tom Bell, Public Information Officer, 541-555-0190, tbell@example.gov
""")
    assert article.body[-1].text.endswith("No appointment is needed.")
    assert "Read more about hepatitis A" in article.stripped
    assert "TRUNCATED_BODY" not in [w.code for w in article.warnings]


@pytest.mark.parametrize("controls", ["자막 | 전체화면", "Captions | Fullscreen"])
def test_a_video_players_controls_under_a_broadcasters_title_are_not_a_subtitle(controls):
    article = pr2news.convert(f"""동녘도, 권역 소아응급센터 2곳 지정…야간 진료 공백 메운다
박서율 기자 입력 2026-11-04 19:40
▶ 동영상 재생
{controls}
동녘도가 한밤중에도 아이가 아프면 전문의 진료를 받을 수 있도록 권역 소아응급센터 2곳을 지정했습니다.
두 센터에는 소아청소년과 전문의가 각각 4명 이상 배치돼 24시간 진료를 맡습니다.
""")
    assert article.highlights == ()
    assert controls in article.stripped


def test_a_korean_running_head_ending_on_its_date_inside_a_sentence_broken_by_the_page_is_dropped():
    # '청솔도 보도자료 2026. 7. 15.' ends with a full stop, but the stop closes a date, not a sentence
    article = pr2news.convert("""청년농 스마트팜 임대 단지 2곳 추가 조성
□ 청솔도는 청년 농업인이 초기 투자 부담 없이 농업을 시작할 수 있도록 스마트팜 임대 단지 2곳을 조성한다고 15일 밝혔다.
□ 입주 청년농에게는 1년간 전담 컨설턴트를 연결해 재배 기술과 판로를 지원하고, 임대 기간 중 자립 기반을 갖추면 도의 청년농 창
- 1 -
청솔도 보도자료 2026. 7. 15.
업 자금으로 자기 농장을 마련할 수 있도록 돕는다.
□ 도는 2027년까지 청년농 150명의 정착을 지원할 계획이다.
""")
    assert not any("청솔도 보도자료 2026" in p.text for p in article.body)
    assert "청솔도 보도자료 2026. 7. 15." in article.stripped


PORT_RELEASE_FROM_PDF_EN = """PORT OF SALTMARSH BAY
NEWS RELEASE
FOR IMMEDIATE RELEASE
Port Commission Approves $86 Million Berth 7 Modernization
SALTMARSH BAY, Ore. – The Port Commission voted 4-1 on Monday to approve an $86 million modernization of Berth 7,
the port's oldest container berth, clearing the way for construction to begin early next year.
Port staff estimate the project will support about 540 construction jobs over two
Port of Saltmarsh Bay | 1 Breakwater Way, Saltmarsh Bay, OR 97999 Page 1 of 2
PORT OF SALTMARSH BAY - NEWS RELEASE (continued)
years. Once complete, the berth is expected to raise the terminal's yearly capacity by 40 percent.
###
"""


def test_a_port_authoritys_capitals_letterhead_and_its_pdfs_page_footer_and_continued_head():
    article = pr2news.convert(PORT_RELEASE_FROM_PDF_EN)
    assert article.headline == "Port Commission Approves $86 Million Berth 7 Modernization"
    body = " ".join(p.text for p in article.body)
    assert "Page 1 of 2" not in body and "(continued)" not in body


CONGRESSIONAL_RELEASE_EN = """Media Center | Press Releases
Marchetti Introduces Bipartisan Bill to Keep Rural Pharmacies Open
The Rural Pharmacy Access Act would raise reimbursement floors for independent pharmacies far from the nearest drugstore.

Washington, March 3, 2026

Contact: Brendan Oakes (202) 555-0148

Washington, D.C. – Today, Congresswoman Delia Marchetti introduced the Rural Pharmacy Access Act with a colleague from across the aisle.
Since 2018, more than 40 independent pharmacies have closed across the district, leaving some towns without one.
Full text of the bill is available here.
###
"""


def test_a_summary_over_the_place_and_date_line_is_the_deck_and_a_pointer_to_the_full_text_is_chrome():
    article = pr2news.convert(CONGRESSIONAL_RELEASE_EN)
    assert article.highlights == ("The Rural Pharmacy Access Act would raise reimbursement floors for independent pharmacies "
                                  "far from the nearest drugstore.",)
    assert article.body[0].text.startswith("Washington, D.C. – Today")
    assert "Full text of the bill is available here." in article.stripped


def test_a_reporters_byline_with_an_address_is_the_byline_not_the_releases_contact():
    article = pr2news.convert("""PUBLIC SAFETY
City adds 12 firefighters to cut response times in growing east side
By Mara Quinn | mquinn@daily.example
Published 6:00 a.m. ET July 2, 2026
The city will hire 12 firefighters to staff a second engine at Station 7, Fire Chief Luis Ortega said Tuesday.
Response times on the east side have grown by nearly two minutes since 2020 as new subdivisions filled in.
""")
    assert article.contacts == ()
    assert article.byline.startswith("By Mara Quinn")


@pytest.mark.parametrize("widgets", ["Listen to this article | Gift this article | Save for later",
                                     "본문듣기 번역 기사저장 글자크게 글자작게"])
def test_more_of_a_news_pages_buttons_are_chrome_wherever_they_stand(widgets):
    article = pr2news.convert(f"""City adds 12 firefighters to cut east side response times
{widgets}
The city will hire 12 firefighters to staff a second engine at Station 7, Fire Chief Luis Ortega said Tuesday.
Response times on the east side have grown by nearly two minutes since 2020 as new subdivisions filled in.
""")
    assert article.highlights == () and widgets in article.stripped


@pytest.mark.parametrize("widget", ["읽는 시간 3분", "예상 읽기 시간 2분", "기사 읽음 1,204"])
def test_a_korean_read_time_or_read_count_widget_under_the_title_is_not_a_subtitle(widget):
    article = pr2news.convert(f"""한빛시, 시내버스 12개 노선 개편…7월 1일 시행
{widget}
한빛시가 다음 달 1일부터 시내버스 12개 노선을 개편한다고 20일 밝혔다.
시는 신도시 입주에 맞춰 배차 간격을 줄이고 노선 3개를 새로 만든다.
""")
    assert article.highlights == () and widget in article.stripped


BUS_STORY_KO = """한빛시, 시내버스 12개 노선 개편…7월 1일 시행
한빛시가 다음 달 1일부터 시내버스 12개 노선을 개편한다고 20일 밝혔다.
시는 신도시 입주에 맞춰 배차 간격을 줄이고 노선 3개를 새로 만든다.
시 관계자는 출퇴근 시간 혼잡을 크게 줄일 것이라고 말했다.
"""

FIREFIGHTER_STORY_EN = """City adds 12 firefighters to cut east side response times
The city will hire 12 firefighters to staff a second engine at Station 7, Fire Chief Luis Ortega said Tuesday.
Response times on the east side have grown by nearly two minutes since 2020 as new subdivisions filled in.
The council approved the cost in its budget last month.
"""


# a news copy's note on where its story came from, and the site's requests (comments, tips, subscribing, support)
@pytest.mark.parametrize("story, after, last", [
    *((BUS_STORY_KO, line, "시 관계자는 출퇴근 시간 혼잡을 크게 줄일 것이라고 말했다.")
      for line in ("본 기사는 보도자료를 기반으로 작성되었습니다.", "(이 기사는 AI를 활용해 작성됐습니다)",
                   "기사 제보 및 보도자료 press@hanbit.example", "한빛일보를 네이버에서 구독하세요!",
                   "독자 여러분의 후원이 좋은 기사를 만듭니다")),
    *((FIREFIGHTER_STORY_EN, line, "The council approved the cost in its budget last month.")
      for line in ("This article is based on a news release from the city.", "This story was written with the help of AI.",
                   "What do you think? Let us know in the comments below.",
                   "Have a news tip? Email us at tips@daily.example", "Support local journalism. Subscribe today.")),
])
def test_a_news_sites_lines_after_the_story_are_not_its_last_paragraph(story, after, last):
    article = pr2news.convert(story + after + "\n")
    assert article.body[-1].text == last
    assert article.contacts == ()


@pytest.mark.parametrize("page", ["종합 31면", "A12면", "[지역] 12면 1단", "(사회) 8면"])
def test_a_newspapers_page_reference_under_the_title_is_not_the_lead(page):
    article = pr2news.convert(f"""한빛시, 시내버스 12개 노선 개편…7월 1일 시행
{page}
한빛시가 다음 달 1일부터 시내버스 12개 노선을 개편한다고 20일 밝혔다.
시는 신도시 입주에 맞춰 배차 간격을 줄이고 노선 3개를 새로 만든다.
""")
    assert article.body[0].text.startswith("한빛시가") and page in article.stripped


def test_buttons_joined_by_a_comma_and_an_ampersand_are_a_row_of_buttons():
    article = pr2news.convert("""City adds 12 firefighters to cut east side response times
The city will hire 12 firefighters to staff a second engine at Station 7, Fire Chief Luis Ortega said Tuesday.
The council approved the cost in its budget last month.
Print Friendly, PDF & Email
""")
    assert article.body[-1].text == "The council approved the cost in its budget last month."
    assert "Print Friendly, PDF & Email" in article.stripped


def test_a_distribution_label_with_a_date_is_the_releases_date_not_its_distribution_office():
    article = pr2news.convert("""보도참고자료
보도 시점 : 즉시
배포 : 2026. 7. 1.(수)
담당 : 교통정책과 주무관 윤하진 (☎ 031-555-2100)
새빛시, 7월부터 심야 택시 호출 지원금 1천 원 지급
□ 새빛시는 심야 시간대 택시 승차난을 줄이기 위해 7월 1일부터 택시 기사에게 호출 지원금 1천 원을 지급한다고 밝혔다.
""")
    assert article.dateline.date == "2026-07-01"
    assert [c.name for c in article.contacts] == ["윤하진"]


def test_a_release_date_field_in_the_header_is_the_dateline():
    article = pr2news.convert("""Department of Natural Resources
For Release: Immediately
Release Date: 06/02/2026
Contact: Jane Doe, 555-0100, jane.doe@example.gov
State Reopens Three Boat Ramps on Lake Marlow After Repairs
The Department of Natural Resources today reopened three boat ramps on Lake Marlow that were closed last fall for repairs.
-30-
""")
    assert article.dateline.text == "Release Date: 06/02/2026" and article.dateline.date == "2026-06-02"


def test_a_breadcrumb_copied_one_step_a_line_is_chrome_to_its_last_step():
    text = ("Skip to main content\n\nHarlow Borough Council\n\nSearch\nMenu\nBins and recycling\nCouncil tax\n"
            "Planning\n\nHome\n>\nNews\n>\n2026\n>\nLibrary roof repairs\n\n"
            "£1.8 million roof repairs completed at Harlow Central Library\n\nPublished: 2 March 2026\n\n"
            "Harlow Central Library will reopen on Monday 9 March after a six-month closure while its roof repairs "
            "were carried out.\n\n"
            "The library roof had leaked since 2019, and the repairs also replaced the skylights over the reading "
            "room.\n\n"
            "Councillor Maya Ellis said: \"The library is one of the busiest buildings in the town and residents "
            "have been patient.\"\n")
    article = pr2news.convert(text)
    assert article.headline == "£1.8 million roof repairs completed at Harlow Central Library"
    assert article.highlights == () and "Library roof repairs" in article.stripped


TV_REPORT_PAGE = """HBC 한빛방송
뉴스 | 시사 | 예능 | 라디오 | 편성표
홈 > 뉴스 > 사회
한빛시 전통시장 주차난…공영주차장 건립 5년째 제자리
이도윤 기자 | 입력 2026-02-11 20:35 | 수정 2026-02-11 21:02
재생
00:00 / 01:58
[앵커]
한빛시 중앙시장 주변의 주차난이 해마다 심해지고 있습니다.
공영주차장을 짓겠다는 계획은 5년째 부지조차 정하지 못하고 있습니다.
[리포트]
주말 오후, 중앙시장 앞 도로 양쪽에 차량들이 길게 늘어서 있습니다.
시장을 찾은 손님들은 빈자리를 찾아 20분 넘게 주변을 돌기 일쑤입니다.
[인터뷰 : 문서진 / 중앙시장 상인회장]
"손님들이 주차 때문에 대형마트로 발길을 돌리고 있어요."
한빛시는 2021년 150면 규모의 공영주차장 건립 계획을 세웠지만, 부지 보상 협의가 길어지면서 설계에도 들어가지 못했습니다.
[스탠드업 : 이도윤 기자]
시는 올해 안에 부지를 확정하고 임시로 인근 학교 운동장을 주말에 개방하겠다고 밝혔습니다.
HBC 이도윤입니다.
Copyright © HBC 한빛방송. 무단 전재 및 재배포 금지
관련 뉴스
· 한빛시 원도심 주차장 공유 사업 확대 2026-01-20
"""


def test_a_tv_reports_script_labels_and_sign_off_stay_out_of_the_body():
    article = pr2news.convert(TV_REPORT_PAGE)
    assert article.headline == "한빛시 전통시장 주차난…공영주차장 건립 5년째 제자리"
    body = [b.text for b in article.body]
    assert body[0].startswith("한빛시 중앙시장 주변의 주차난이")
    assert body[-1].endswith("주말에 개방하겠다고 밝혔습니다.")
    assert not any(text.startswith(("[앵커]", "[리포트]", "[인터뷰", "[스탠드업")) for text in body)
    assert "HBC 이도윤입니다." in article.stripped


def test_a_text_alert_services_reply_instructions_are_chrome():
    text = ("Harlow Police Department\nCommunity\nAdvisory\n\n"
            "Elm Street Bridge Closed for Emergency Repairs\n\n"
            "The Harlow Police Department is advising drivers that the Elm Street bridge is closed in both "
            "directions after inspectors found a cracked support beam on Tuesday afternoon.\n\n"
            "Detours are posted along Main Street and River Road. Repairs are expected to take two weeks.\n\n"
            "Media Contact:\nSgt. Dana Whitlock, Public Information Officer\n(541) 555-0183\n\n"
            "Reply with BRIDGE to receive updates about this closure.\n"
            "Reply STOP to unsubscribe. Msg & data rates may apply.\n"
            "Text HARLOWPD to 888777 to receive alerts from Harlow Police Department.\n")
    article = pr2news.convert(text)
    assert article.body[-1].text.startswith("Detours are posted along Main Street")
    assert "Reply with BRIDGE to receive updates about this closure." in article.stripped


SCHOOL_DISTRICT_PAGE = """Harlow Unified School District
News

Board Approves New Bell Schedule for Harlow Middle Schools
Posted on 01/21/2026

At a Glance
• Middle schools will start at 8:15 a.m., up from 7:40 a.m., beginning in August 2026.
• Elementary school times are unchanged.

This release is available in Spanish at harlowusd.example/noticias.

The Harlow Unified School District Board of Trustees voted 5-0 on Tuesday to move middle school start times later, following two years of parent and student surveys.

Transportation staff will present draft bus routes to the board in April.

Media Contact:
Rosa Jimenez, Director of Communications
(559) 555-0134 | rjimenez@harlowusd.example

Harlow Unified School District | 400 Orchard Avenue, Harlow, CA 93650 | (559) 555-0100
Nondiscrimination Statement | Website Accessibility | Title IX
© 2026 Harlow Unified School District. All rights reserved.
"""


def test_a_school_districts_footer_row_is_not_part_of_its_contact_and_a_translation_note_is_chrome():
    article = pr2news.convert(SCHOOL_DISTRICT_PAGE)
    assert "This release is available in Spanish at harlowusd.example/noticias." in article.stripped
    assert [c.name for c in article.contacts] == ["Rosa Jimenez"]
    assert article.contacts[0].phones == ("(559) 555-0134",)


def test_a_parks_web_address_and_its_about_paragraph_after_the_text_are_not_the_body():
    text = ("Harlow Canyon National Park\nNews Release Date: April 2, 2026\n"
            "Contact: Jordan Ellis, 435-555-0190\n\n"
            "Loop B Campground to Close for Rehabilitation\n\n"
            "TORREY, Utah – Loop B of the Fruita Campground will close on April 15 for rehabilitation of its "
            "water lines and campsites, park officials said.\n\n"
            "The loop is expected to reopen by mid-May. Loops A and C will remain open during the work.\n\n"
            "www.nps.gov/hrcn\n\n"
            "About the National Park Service. More than 20,000 National Park Service employees care for "
            "America's 429 national parks and work with communities across the nation to help preserve local "
            "history and create close-to-home recreational opportunities.\n")
    article = pr2news.convert(text)
    assert article.body[-1].text.startswith("The loop is expected to reopen by mid-May.")
    assert "www.nps.gov/hrcn" in article.stripped


def test_an_advertisement_under_its_label_is_chrome_not_a_subtitle():
    text = ("← 뉴스모아\n앱에서 보기\n"
            "[보도자료] 누리구, 홀몸 어르신 ‘AI 안부 전화’ 800가구로 확대\n"
            "출처: 누리구청 | 2026.08.05 14:20 | 조회 1,204\n"
            "AD\n여름 휴가 특가! 제주 왕복 항공권 29,900원부터 ▶ 지금 예약\n"
            "누리구가 홀로 사는 어르신의 안부를 매일 확인하는 ‘AI 안부 전화’ 서비스를 800가구로 확대한다고 5일 밝혔다.\n"
            "AI 안부 전화는 하루 두 번 어르신에게 전화를 걸어 건강과 식사 여부를 묻고, 응답이 없으면 생활지원사에게 알린다.\n"
            "AD\n건강검진 결과 한눈에 확인하세요 | 헬시노트 앱 무료 설치\n"
            "구 관계자는 “돌봄의 빈틈이 없도록 하겠다”고 말했다.\n"
            "문의: 누리구 어르신복지과 노인돌봄팀 02-3153-8921\n")
    article = pr2news.convert(text)
    assert article.highlights == ()
    assert "여름 휴가 특가! 제주 왕복 항공권 29,900원부터 ▶ 지금 예약" in article.stripped
    assert not any("헬시노트" in b.text for b in article.body)


def test_a_sites_related_topics_field_and_its_section_name_are_chrome():
    text = ("Skip to main content\nMenu\nSearch EPA.gov\n"
            "Related Topics: EPA in Oregon, Washington, Idaho and Alaska\nCONTACT US\n"
            "News Releases from Region 10\n"
            "EPA Awards $4.1 Million to Replace Diesel School Buses in Four Northwest States\n"
            "Grants will help rural districts buy cleaner buses before the 2026 school year\n"
            "April 2, 2026\n"
            "SEATTLE (APRIL 2, 2026) – Today, the U.S. Environmental Protection Agency announced $4.1 million in "
            "grants to help 21 rural school districts in Oregon, Washington, Idaho and Alaska replace old diesel "
            "school buses with cleaner models.\n"
            "The districts will replace 52 buses built before 2010.\n")
    article = pr2news.convert(text)
    assert article.headline == "EPA Awards $4.1 Million to Replace Diesel School Buses in Four Northwest States"
    assert article.highlights == ("Grants will help rural districts buy cleaner buses before the 2026 school year",)


CIVIC_NEWS_FLASH = """Library Hours Extended at All Branches • Harlow County, OH • CivicEngage
Skip to Main Content
Create a Website Account - Manage notification subscriptions, save form progress and more.
Website Sign In
Search
Government
Departments
Home
News Flash

Home
Library Services

Posted on: March 3, 2026
[ARCHIVED] Library Hours Extended at All Branches

The Harlow County Library will extend its opening hours at all six branches to 8 p.m. on weekdays from April 1, after the county board approved funding for four more staff.

The branches will also open on Sunday afternoons from noon to 5 p.m. during the school year.

For questions, contact the Library Services Office at 740-555-0170 or library@harlowcounty.example.

Previous
County Fair Dates Announced
Next
Spring Brush Pickup Begins April 6
Tools
RSS
Notify Me®
"""


def test_a_news_flash_under_the_browsers_title_takes_its_own_title_and_where_to_ask_is_the_contact():
    article = pr2news.convert(CIVIC_NEWS_FLASH)
    assert article.headline == "Library Hours Extended at All Branches"
    (contact,) = article.contacts
    assert (contact.department, contact.phones) == ("Library Services Office", ("740-555-0170",))


TRANSIT_ADVISORY = """\
Plan a Trip
Schedules
Service Alerts
Service Change
Route 5 and Route 31 detour for Harbor Street water main work, May 4–15
Posted: April 28, 2026
Starting Monday, May 4, Routes 5 and 31 will detour off Harbor Street between 3rd and 9th Avenues while the city replaces a water main under the roadway.
Affected routes
Route 5 – Harbor / Eastside
Route 31 – Northgate / Airport
Buses will use 2nd Avenue and Canal Street instead, and four stops on Harbor Street will be closed for the two weeks.
Rider tips
Allow about ten extra minutes for trips through downtown during the morning rush.
For more information, call the Rider Service Center at 503-555-0142 (weekdays 7 a.m.–8 p.m.) or email riders@valleytransit.example.
Sign up for Rider Alerts
Was this page helpful?
© 2026 Valley Transit. All rights reserved.
"""


def test_one_long_sentence_saying_where_to_call_closes_an_advisory_as_its_contact():
    article = pr2news.convert(TRANSIT_ADVISORY)
    assert article.headline.startswith("Route 5 and Route 31 detour")
    (contact,) = article.contacts
    assert contact.phones == ("503-555-0142",) and contact.emails == ("riders@valleytransit.example",)
    body = " ".join(block.text or "" for block in article.body)
    assert body.rstrip().endswith("morning rush.") and "503-555-0142" not in body


AGENCY_NEWS_PAGE = """\
An official website of the United States government
Here's how you know
News Releases
Region 4
Related media
Agency Awards $2.6 Million for Clean Water Projects in Four Georgia Towns
Contact Information
Lee Porter (porter.lee@agency.example) 404-555-0166
ATLANTA (April 2, 2026) – The agency today announced $2.6 million in grants to replace lead service lines and upgrade treatment plants in four Georgia towns.
The towns of Milledge, Oakfield, Perry Crossing and Sutton will each receive between $500,000 and $800,000, to be spent over the next three years.
"Clean water should not depend on the size of your town," said the regional administrator. "These grants put small systems on an equal footing."
Construction is expected to start in the spring of 2027.
Learn more about the Clean Water State Revolving Fund.
Learn more about Region 4.
Connect with Region 4 on Facebook, X and Instagram.
Share
Facebook
LinkedIn
"""


def test_link_words_closed_by_a_full_stop_after_the_text_and_a_related_media_box_are_not_text():
    article = pr2news.convert(AGENCY_NEWS_PAGE)
    assert article.headline.startswith("Agency Awards $2.6 Million")
    body = [block.text for block in article.body]
    assert body[-1] == "Construction is expected to start in the spring of 2027."
    assert "Related media" not in " ".join(body) and "Related media" in article.stripped
    assert "Learn more about Region 4." in article.stripped


HOSPITAL_NEWS_PAGE = """\
Cookies on the Marlow Vale Hospitals website

We've put some small files called cookies on your device to make our site work.

We'd also like to use analytics cookies. These tell us how our site is used so we can improve it.

Let us know if this is OK. We'll use a cookie to save your choice.

I'm OK with analytics cookies
Do not use analytics cookies

Skip to main content
Marlow Vale Hospitals NHS Trust
Search

    Home
    About us
    News and media
    Latest news

Stroke unit reopens after major refurbishment at Marlow General

Twenty-eight beds, a new therapy gym and a garden for patients who are recovering from a stroke.

Published: 12 May 2026

The stroke unit at Marlow General Hospital reopened on Monday after an eight-month refurbishment that cost £6.2 million.

The ward now has twenty-eight single rooms with their own bathrooms, a therapy gym and a garden that patients can use as part of their rehabilitation.

Dr Owen Pryce, the trust's stroke lead, said: "Patients recover better when they can rest properly and start moving early, and this ward lets them do both."

Ends

Media enquiries

Communications team
Marlow Vale Hospitals NHS Trust
Telephone: 01632 960 441 (office hours)
Out of hours: ask switchboard for the on-call press officer
Email: mvh.press@nhs.example

Share this page
"""


def test_a_cookie_banners_own_words_are_chrome_and_a_card_field_over_its_email_stays_in_the_contact():
    article = pr2news.convert(HOSPITAL_NEWS_PAGE)
    assert article.headline == "Stroke unit reopens after major refurbishment at Marlow General"
    assert article.highlights == ("Twenty-eight beds, a new therapy gym and a garden for patients who are recovering "
                                  "from a stroke.",)
    assert "We've put some small files called cookies on your device to make our site work." in article.stripped
    assert "I'm OK with analytics cookies" in article.stripped
    contact = article.contacts[0]
    assert "Out of hours: ask switchboard for the on-call press officer" in contact.text
    assert contact.emails == ("mvh.press@nhs.example",) and contact.phones == ("01632 960 441",)


PROVINCIAL_NEWSROOM = """\
Skip to main content
Newsroom
News Release

Province Doubles Rural Dental Clinics for Children
Province investing $12 million to open nine school-based clinics by next fall

March 3, 2026
Ministry of Health

Table of Contents

    Quick Facts
    Quotes
    Additional Resources
    Media Contacts

KENORA — The provincial government is investing $12 million to open nine dental clinics in rural schools, so that children can see a dentist without a long drive out of town.

The clinics will offer check-ups, cleanings and fillings to children from kindergarten to grade eight, with no fee for families.

Quick Facts

    About one rural child in three has not seen a dentist in the past two years.
    Each clinic will be staffed by a dentist and two hygienists.

Quotes

"A toothache should not cost a child a school day and their parents a day of work."

- Rita Calder
Minister of Health

Additional Resources

    Backgrounder: School Dental Clinics by District
    Find a dental program near you

Related Topics

Health and Wellness
Get the latest news on health programs and services. Learn more

Media Contacts

Jon Avery
Minister Calder's Office
jon.avery@province.example

Backgrounder
School Dental Clinics by District
March 3, 2026

District	Clinics	Schools served
Kenora	3	Kenora, Keewatin, Sioux Narrows
Rainy River	2	Fort Frances, Emo
"""


def test_a_title_case_title_over_its_subtitle_and_a_pages_lists_before_the_contact_are_not_the_text():
    article = pr2news.convert(PROVINCIAL_NEWSROOM)
    assert article.headline == "Province Doubles Rural Dental Clinics for Children"
    assert article.highlights == ("Province investing $12 million to open nine school-based clinics by next fall",)
    body = [b.text for b in article.body]
    assert body[-1] == "Minister of Health" and body[-2].endswith("Rita Calder")
    assert not any("Additional Resources" in t or "Related Topics" in t or "Learn more" in t for t in body)
    assert article.contacts[0].name == "Jon Avery"


STATION_REPOST = """\
Skip to content
KTRV 9 News
Watch Live
Weather
Advertisement

Warming center opens in Harlan County

A volunteer sets up cots at a warming center last winter.
A volunteer sets up cots at a warming center last winter.(County EMA)

By Staff report
Published: Jan. 20, 2026 at 3:10 PM CST

Facebook
Email

The following is a news release from the Harlan County Emergency Management Agency.

HARLAN, Ky. – A warming center will open Tuesday evening at the Harlan Community Center as overnight temperatures fall below zero this week.

The center will stay open from 6 p.m. to 8 a.m. each night until the cold passes. Cots, blankets and hot drinks will be provided, and pets are welcome in carriers.

Residents who need a ride can call the county's transit line at 606-555-0142.

Copyright 2026 KTRV. All rights reserved.
"""


def test_a_stations_repost_note_and_an_images_credited_caption_are_not_the_release():
    article = pr2news.convert(STATION_REPOST)
    assert article.headline == "Warming center opens in Harlan County"
    assert article.highlights == ()
    assert article.body[0].text.startswith("HARLAN, Ky. – A warming center will open Tuesday evening")
    assert "A volunteer sets up cots at a warming center last winter.(County EMA)" in article.stripped
    assert "The following is a news release from the Harlan County Emergency Management Agency." in article.stripped


MILITARY_STORY_PAGE = """\
Skip to main content
News
Guard engineers rebuild washed-out bridge in eleven days
Image 1 of 4
Guard engineers rebuild washed-out bridge in eleven days
U.S. Army Spc. Dana Ruiz, a combat engineer with the 815th Engineer Company, guides a bridge section into place near Elk Falls, Kan., May 14, 2026. The company rebuilt the county bridge in eleven days. (U.S. Army National Guard photo by Sgt. Leo Brandt)
Photo By Sgt. Leo Brandt | U.S. Army Spc. Dana Ruiz, a combat engineer with the 815th Engineer Company,... read more
VIEW ORIGINAL
ELK FALLS, KS, UNITED STATES
05.18.2026
Story by Sgt. Leo Brandt
Kansas National Guard
Subscribe
12
ELK FALLS, Kan. – Soldiers of the Kansas Army National Guard's 815th Engineer Company reopened a county bridge on May 18, eleven days after floodwater tore away its center span.

The company set up a temporary span of steel panels strong enough for school buses and grain trucks, while the county designs a permanent bridge.

"Half of our people live within twenty miles of this bridge," said Capt. Ana Morales, the company commander. "This one was personal."
"""


def test_a_military_story_pages_gallery_caption_credit_and_place_line_are_not_the_story():
    article = pr2news.convert(MILITARY_STORY_PAGE)
    assert article.headline == "Guard engineers rebuild washed-out bridge in eleven days"
    assert article.highlights == ()
    assert article.body[0].text.startswith("ELK FALLS, Kan. – Soldiers of the Kansas Army National Guard")
    assert article.byline == "Story by Sgt. Leo Brandt"
    visible = " ".join([article.headline, *article.highlights, *(b.text for b in article.body)])
    assert "photo by" not in visible and "VIEW ORIGINAL" not in visible and "Image 1 of 4" not in visible


ALERT_SERVICE_MAIL = """\
From: Fenwick Police Department <alerts@alerts.example>
Sent: Monday, March 2, 2026 9:05 AM
To: desk@paper.example
Subject: Community: Scam calls asking residents to pay "warrant fines"

COMMUNITY
Fenwick Police Department
Monday March 2nd, 2026 :: 09:01 a.m. CST

Scam calls asking residents to pay "warrant fines"

The Fenwick Police Department has received more than twenty reports since Friday of callers who claim to be officers and demand payment of a "warrant fine" by gift card.

The department never asks for payment over the phone. Residents who receive such a call should hang up and report it at 555-0130.

Contact:
Lt. Omar Haddad
Public Information Officer
(555) 555-0144
pio@fenwick.example

To see more alerts from Fenwick Police Department, visit https://alerts.example/fenwick/

You are receiving this message because you are subscribed to alerts from Fenwick Police Department. To change your settings or unsubscribe, visit https://alerts.example/account/

Powered by Alertline
"""


def test_an_alert_services_footer_after_the_contact_is_not_the_text():
    article = pr2news.convert(ALERT_SERVICE_MAIL)
    assert article.body[-1].text.endswith("should hang up and report it at 555-0130.")
    assert article.contacts[0].name == "Omar Haddad"
    visible = " ".join(b.text for b in article.body)
    assert "You are receiving" not in visible and "To see more alerts" not in visible and "Powered by" not in visible


PORTAL_COPY_KO = """\
한빛주간뉴스
구독
강변군, 청년 창업 공유주방 4곳 문 연다…월 임대료 5만원
입력 2026.03.09. 오전 10:12
강변군은 청년 창업을 돕기 위해 읍내 전통시장 안에 공유주방 4곳을 새로 열고 입주자를 모집한다고 9일 밝혔다.
공유주방은 조리 설비와 포장 공간을 갖췄으며, 입주 청년은 월 5만원의 임대료만 내면 최대 2년까지 이용할 수 있다.
군은 입주자에게 위생 교육과 온라인 판로 개척 컨설팅도 함께 제공할 계획이다.
신청은 이달 27일까지 군청 누리집에서 받는다.
문의 : 강변군 일자리경제과 청년정책팀 054-555-6318
서지호 기자 sjh@hanbit.example
Copyright ⓒ 한빛주간뉴스. All rights reserved. 무단 전재 및 재배포 금지.
기사 섹션 분류 안내
기사의 섹션 정보는 해당 언론사의 분류를 따르고 있습니다. 언론사는 개별 기사를 2개 이상 섹션으로 중복 분류할 수 있습니다.
닫기
메인에서 바로 보는 언론사 편집 뉴스 지금 바로 구독해보세요!
"""


def test_a_publishers_rights_notice_ends_a_portal_copy_however_much_the_portal_writes_after_it():
    article = pr2news.convert(PORTAL_COPY_KO)
    assert article.body[-1].text == "신청은 이달 27일까지 군청 누리집에서 받는다."
    visible = " ".join(b.text for b in article.body)
    assert "섹션" not in visible and "구독해보세요" not in visible


BILINGUAL_NOTICE = """\
Léim go dtí an príomhábhar / Skip to main content
Comhairle Contae Ros Dubh
Roscoe County Council

Fógra Poiblí / Public Notice
Temporary Road Closure – R-3302 Millbrook Road, Ballyroe
Road closed from 3 to 21 March 2026 for bridge deck repairs
Foilsithe / Published: 24/02/2026
Catagóir / Category: Bóithre / Roads

ACHT NA mBÓITHRE 1993 – ALT 75 / ROADS ACT 1993 – SECTION 75

Notice is hereby given that Roscoe County Council proposes to close the R-3302 Millbrook Road, Ballyroe, to vehicular traffic from 08:00 on Tuesday 3 March 2026 to 18:00 on Saturday 21 March 2026, for the temporary closure needed to repair the bridge deck at Millbrook.

Traffic will be diverted via the N17 and the L-4410. Local access for residents of Ballyroe will be maintained where possible.

Teagmháil / Contact
Ballyroe Municipal District Office
Fón / Phone: 096 555 7311
Ríomhphost / Email: ballyroemd@roscoecoco.example
"""


def test_labels_written_in_two_languages_are_read_by_their_english_half_and_a_heading_in_capitals_opens_the_text():
    article = pr2news.convert(BILINGUAL_NOTICE)
    assert article.headline == "Temporary Road Closure – R-3302 Millbrook Road, Ballyroe"
    assert article.highlights == ("Road closed from 3 to 21 March 2026 for bridge deck repairs",)
    assert article.dateline.date == "2026-02-24"
    assert article.body[0].text == "ACHT NA mBÓITHRE 1993 – ALT 75 / ROADS ACT 1993 – SECTION 75"
    assert article.contacts[0].emails == ("ballyroemd@roscoecoco.example",)
    assert "Catagóir / Category: Bóithre / Roads" in article.stripped


COUNCIL_GALLERY_KO = """\
한빛시의회
홈 > 의장실 > 의장 동정
서도윤 의장, 청솔천 산책로 개통식 참석
작성자 : 의정홍보팀    작성일 : 2026-04-02    조회수 : 88
사진 갤러리
1 / 3
서도윤 의장이 2일 청솔천 산책로 개통식에서 축사를 하고 있다.
이전 사진
다음 사진
청솔천 산책로 개통식 축사
개통 테이프 커팅
산책로 시찰
전체 사진 다운로드

한빛시의회 서도윤 의장은 2일 청솔천 수변공원에서 열린 산책로 개통식에 참석해 공사 기간 불편을 참아 준 주민들에게 감사의 뜻을 전했다.

청솔천 산책로는 하천변 3.1㎞ 구간에 보행로와 자전거길을 나눠 조성한 길로, 시비 42억 원이 투입됐다.

서 의장은 "주민 누구나 안전하게 걷고 머물 수 있는 물길이 되도록 의회도 관리 예산을 꼼꼼히 챙기겠다"고 말했다.

문의 : 의회사무국 의정홍보팀 주무관 한지우 (031-555-4581)
"""


def test_a_photo_gallerys_counter_caption_controls_and_thumbnails_are_not_the_text():
    article = pr2news.convert(COUNCIL_GALLERY_KO)
    assert article.highlights == ()
    assert article.body[0].text.startswith("한빛시의회 서도윤 의장은 2일 청솔천 수변공원에서")
    visible = " ".join(b.text for b in article.body)
    assert "사진 갤러리" not in visible and "축사를 하고 있다" not in visible and "다운로드" not in visible


BLOG_REPOST_KO = """\
블로그
카테고리 이동
한빛민속박물관 공식 블로그
MY메뉴 열기
한빛민속박물관, 설 연휴 ‘민속놀이 한마당’ 연다
한빛민속박물관
2026. 2. 10. 11:20
이웃추가
본문 기타 기능
URL 복사
- 2월 16일부터 18일까지 야외마당에서 윷놀이·제기차기 등 8종 -
- 한복 입은 관람객에게 기념품 증정 -

한빛민속박물관은 설 연휴인 2월 16일부터 18일까지 박물관 야외마당에서 ‘민속놀이 한마당’을 연다고 10일 밝혔다.

행사에서는 윷놀이, 제기차기, 투호 등 전통 놀이 8종을 누구나 무료로 즐길 수 있다.

문의 : 한빛민속박물관 교육과 주무관 장서윤(02-555-6341)
"""


def test_a_blogs_buttons_and_the_museum_under_the_headline_do_not_end_the_deck():
    article = pr2news.convert(BLOG_REPOST_KO)
    assert article.headline == "한빛민속박물관, 설 연휴 ‘민속놀이 한마당’ 연다"
    assert article.highlights == ("2월 16일부터 18일까지 야외마당에서 윷놀이·제기차기 등 8종", "한복 입은 관람객에게 기념품 증정")
    assert article.body[0].text.startswith("한빛민속박물관은 설 연휴인")
    assert "이웃추가" in article.stripped and "본문 기타 기능" in article.stripped  # the blog's buttons, no byline
    from pr2news.lexicon import ko
    from pr2news.segment.headline import issuer_only
    assert issuer_only("한빛민속박물관", ko.LEXICON)  # a museum names its issuer, as a 시청 or a 재단 does


CABLE_NEWS_KO = """\
[한빛] 경로당 20곳에 원격 건강관리 기기 설치
한빛방송 이서진 기자   |   입력 2026.04.08 17:45
재생
영상 설명 : 한빛구 한 경로당에서 어르신들이 원격 건강관리 기기로 혈압을 재고 있다.

[앵커멘트]
한빛구가 경로당 20곳에 혈압과 혈당을 재 보건소로 바로 보내는 원격 건강관리 기기를 설치했습니다.
이상 수치가 나오면 간호사가 바로 전화를 걸어 상담해 주는 방식입니다.

[기자]
기기는 어르신이 등록 카드를 대고 측정하면 결과가 보건소로 자동 전송되도록 만들어졌습니다.
구는 연말까지 설치 대상을 40곳으로 늘릴 계획입니다.
"""


def test_a_videos_description_under_its_player_is_a_caption():
    article = pr2news.convert(CABLE_NEWS_KO)
    assert article.body[0].text.startswith("한빛구가 경로당 20곳에")
    assert "영상 설명 : 한빛구 한 경로당에서 어르신들이 원격 건강관리 기기로 혈압을 재고 있다." in article.stripped


FIRE_STATION_NEWS_KO = """\
전북한빛신문
사회
“겨울철 전기장판·난로 화재 조심하세요”
한빛소방서, 난방기기 화재 예방 당부…최근 3년 겨울철 주택화재 40%가 난방기기 원인
이도윤 기자
승인 2025.12.03 15:27
[전북한빛신문 이도윤 기자] 한빛소방서는 본격적인 한파를 앞두고 전기장판과 전기난로 등 난방기기 사용이 늘어남에 따라 주택 화재 예방에 주의해 달라고 3일 당부했다.
소방서에 따르면 최근 3년간 관할 지역 겨울철 주택화재 120건 가운데 48건이 전기장판과 난로 등 난방기기와 관련된 화재였다.
소방서는 전기장판을 접어서 쓰지 말고, 난로 주변에 빨래나 이불을 두지 말아 달라고 당부했다.
"""

QUOTE_OVER_TITLE_KO = """\
“부모님 운전, 이제 앱으로 점검하세요”
한빛시, 고령 운전자 자가진단 앱 출시
한빛시는 65세 이상 운전자가 스마트폰으로 운전 능력을 스스로 점검할 수 있는 자가진단 앱을 출시했다고 3일 밝혔다.
앱은 시야, 반응 속도, 판단력 등 5개 항목을 10분 안에 점검하도록 구성됐다.
"""


def test_a_quoted_title_keeps_its_long_subtitle_apart_and_a_quoted_slogan_still_heads_a_short_title():
    article = pr2news.convert(FIRE_STATION_NEWS_KO)
    assert article.headline == "“겨울철 전기장판·난로 화재 조심하세요”"
    assert article.highlights == ("한빛소방서, 난방기기 화재 예방 당부…최근 3년 겨울철 주택화재 40%가 난방기기 원인",)
    assert pr2news.convert(QUOTE_OVER_TITLE_KO).headline == "“부모님 운전, 이제 앱으로 점검하세요” 한빛시, 고령 운전자 자가진단 앱 출시"


WELSH_HEALTH_BOARD = """\
Skip to main content
Cymraeg
Harlow Vale University Health Board
Bwrdd Iechyd Prifysgol Dyffryn Harlow
Home
News
Evening opening for Pentre Minor Injuries Unit from May
Date published: 2 April 2026
Mae'r dudalen hon ar gael yn Gymraeg / This page is available in Welsh

Patients around Pentre will be able to get treatment for minor injuries until 10pm from 1 May, after Harlow Vale University Health Board agreed to extend the unit's opening hours.

The unit currently closes at 6pm, and many patients have had to travel to the emergency department in the evenings.

Media enquiries / Ymholiadau'r cyfryngau: Communications Team, Harlow Vale University Health Board
Tel: 01970 555 412
"""


def test_a_line_in_two_languages_is_chrome_when_its_english_half_is():
    article = pr2news.convert(WELSH_HEALTH_BOARD)
    assert article.highlights == ()
    assert "Mae'r dudalen hon ar gael yn Gymraeg / This page is available in Welsh" in article.stripped


MINISTRY_STATEMENT = """\
Home » Press Releases » Ministry Warns Job Seekers Against Fake Recruitment Portal
Ministry Warns Job Seekers Against Fake Recruitment Portal
Posted by: Press Unit | March 11, 2026 | Press Releases | 0 Comments
PRESS RELEASE

MINISTRY WARNS JOB SEEKERS AGAINST FAKE RECRUITMENT PORTAL

The attention of the Ministry has been drawn to a fake recruitment portal that asks job seekers to pay a processing fee before they can apply for positions in the Ministry.

The Ministry is not recruiting at this time, and no fee is ever charged for employment in the public service. Members of the public are advised to disregard the portal and report anyone who demands money in the Ministry's name.
"""


def test_the_title_printed_again_in_capitals_leaves_the_headline_as_written():
    assert pr2news.convert(MINISTRY_STATEMENT).headline == "Ministry Warns Job Seekers Against Fake Recruitment Portal"


SOCIAL_POST_PAGE = """\
Agree & Join LinkedIn
By clicking Continue to join or sign in, you agree to LinkedIn’s User Agreement, Privacy Policy, and Cookie Policy.
Skip to main content
Harlow Port Authority’s Post
Harlow Port Authority
5,120 followers
2d
Report this post
📣 NEWS RELEASE

Harlow Port Authority Approves $40 Million Cargo Terminal Upgrade

HARLOW, Ore. (May 4, 2026) – The Harlow Port Authority board on Monday approved a $40 million upgrade of the port's cargo terminal, adding two cranes and a longer berth.

The work begins in September and should be finished in two years, the authority said.
"""


def test_a_social_posts_sign_in_wall_counters_and_emoji_label_are_not_the_release():
    article = pr2news.convert(SOCIAL_POST_PAGE)
    assert article.headline == "Harlow Port Authority Approves $40 Million Cargo Terminal Upgrade"
    visible = " ".join([*article.highlights, *(b.text for b in article.body)])
    assert "LinkedIn" not in visible and "followers" not in visible and "NEWS RELEASE" not in visible


ELECTION_OFFICE_PAGE = """\
Skip to main content
Harlow Secretary of State
Elections
News

ELECTION ALERT: The deadline to register to vote for the June 2, 2026 Primary Election is Tuesday, May 12. Check your registration status »

Home › News › Press Releases

Secretary Lund Launches Ballot Tracking Text Alerts Ahead of 2026 Primary

Release Date: March 17, 2026

CAPITOL CITY, Har. – Secretary of State Ana Lund announced today that every registered voter can now sign up to receive ballot tracking text alerts on the status of their mail ballot, from the day it is mailed to the moment it is counted, ahead of the 2026 Primary.

"Voters should never have to wonder whether their vote made it," said Secretary Lund. "Ballot tracking puts the same information our county clerks see into the hands of every voter."

Voters can enroll online by entering their name, date of birth and ZIP code, and selecting text alerts, email, or both. Alerts are available in English and Spanish, and voters who enrolled in the 2024 pilot do not need to sign up again for the Primary.
"""


def test_a_sites_alert_banner_on_one_line_with_its_link_is_not_the_text():
    article = pr2news.convert(ELECTION_OFFICE_PAGE)
    assert article.headline == "Secretary Lund Launches Ballot Tracking Text Alerts Ahead of 2026 Primary"
    assert article.body[0].text.startswith("CAPITOL CITY, Har. – Secretary of State Ana Lund")


X_THREAD_KO = """\
게시물

한빛시
@hanbit_cityhall
[한빛시청] 오늘 06:40 한빛천 수위 상승으로 하천변 산책로를 통제하고 있습니다. 하천 접근을 삼가 주시기 바랍니다.
오전 6:52 · 2026년 7월 16일
2.1만
 조회수

한빛시
@hanbit_cityhall
·
7월 16일
📢 한빛시 보도자료

한빛시, 집중호우 비상 2단계 가동…하천변 출입 전면 통제
- 16일 새벽 시간당 최대 50㎜ 폭우…인명피해 없어 -

한빛시는 16일 새벽부터 시간당 최대 50㎜의 강한 비가 내림에 따라 오전 6시 30분을 기해 비상 2단계를 가동하고 전 부서 공무원 500명이 비상근무에 들어갔다고 밝혔다.

시는 한빛천 수위가 빠르게 오르자 하천변 산책로 20곳과 지하차도 2곳의 출입을 전면 통제했다. (1/2)

한빛시
@hanbit_cityhall
·
7월 16일
현재까지 인명피해는 없으며, 도로 침수 9건이 접수돼 응급 복구를 진행하고 있다. 시는 17일 오전까지 비상근무를 유지할 계획이다. (2/2)
"""


def test_a_feeds_account_header_over_each_post_is_no_second_release():
    article = pr2news.convert(X_THREAD_KO)
    assert article.headline == "한빛시, 집중호우 비상 2단계 가동…하천변 출입 전면 통제"
    assert article.body[0].text.startswith("한빛시는 16일 새벽부터")
    assert any("도로 침수 9건" in b.text for b in article.body)


RESPONSE_BOARD_KO = """\
해명자료
[해명자료] 한빛경제신문 「노후 산단 지하배관 3곳 중 1곳 정밀점검 ‘구멍’」 보도 관련
작성자
홍보실
해 명 자 료
보도일시 : 즉시 보도 가능
[해명자료] 한빛경제신문 「노후 산단 지하배관 3곳 중 1곳 정밀점검 ‘구멍’」 보도 관련
- 정밀점검 대상 배관은 법정 주기에 따라 100% 점검 완료 -
언론보도 내용
◦ 노후 산단 지하배관 가운데 약 34%가 최근 3년간 한 번도 정밀점검을 받지 않은 것으로 드러남
◦ 공사는 산단 지하배관 정밀점검 주기를 임의로 늘려 왔음
해명 내용
◦ 보도에서 언급한 ‘34%’는 정밀점검 대상이 아닌 일반 배관까지 포함한 전체 지하배관 연장을 기준으로 산정한 수치로, 사실과 다름
- 「산업단지 지하시설물 안전관리 규정」에 따라 정밀점검은 준공 후 20년이 지난 고압 배관 5,000㎞를 대상으로 4년마다 실시하며, 공사는 2022~2025년 대상 배관 전량에 대해 점검을 완료하였음
- 나머지 일반 배관은 정밀점검 대상이 아니며, 매년 1회 이상 육안점검과 비파괴검사 등 정기점검을 실시하고 있음
◦ 또한 공사는 점검 주기를 임의로 늘린 사실이 없으며, 인력 운용과 관계없이 법정 주기를 준수하고 있음
- 2025년에는 점검 전담 인력을 10명 증원하고, 드론 등 원격 점검 장비를 도입하여 점검의 정확도를 높였음
◦ 점검 결과는 매년 공사 누리집에 산업단지별로 공개하고 있으며, 관할 지방자치단체와 입주기업에도 통보하고 있음
문의처
시설안전처 배관안전부
부장 임도현 (055-555-4512)
"""


def test_a_response_opens_its_text_with_the_reports_section_heading():
    article = pr2news.convert(RESPONSE_BOARD_KO)
    assert article.highlights == ("정밀점검 대상 배관은 법정 주기에 따라 100% 점검 완료",)
    assert article.body[0].text == "언론보도 내용"


FIRE_SERVICE_INCIDENT = """\
Harlow Fire and Rescue Service
In an emergency always dial 999
Home  >  News  >  Incident news

Crews rescue man from house fire in Elmbury

Published: 11 March 2026 at 10:42

Incident summary
Incident date:
11 March 2026
Location:
Ashcombe Road, Elmbury
Appliances:
4 fire engines, 1 aerial ladder platform
Stations involved:
Elmbury, Brackley, Hallow Bridge

Firefighters rescued a man from the first floor of a terraced house in Ashcombe Road, Elmbury, in the early hours of this morning.

Crews wearing breathing apparatus brought the man out through the front door and handed him to paramedics. The fire in Elmbury was accidental and most likely started by a heater placed too close to a sofa.
"""


def test_a_value_in_a_list_of_fields_is_never_the_headline_but_a_label_alone_over_the_title_is_no_field():
    assert pr2news.convert(FIRE_SERVICE_INCIDENT).headline == "Crews rescue man from house fire in Elmbury"
    page = ("Harlow City News\nLatest:\nMayor Names New City Treasurer After Six-Month Search\n\n"
            "HARLOW – Mayor Ana Ruiz on Monday named Michael Dent the new city treasurer, ending a six-month search "
            "for the post.\n\nDent has served as deputy treasurer since 2019 and will take office on June 1.\n")
    assert pr2news.convert(page).headline == "Mayor Names New City Treasurer After Six-Month Search"


MAIL_WITH_DISCLAIMER = """\
From: Regional Communications <comms@health.example>
Sent: 04 March 2026 16:52
To: Newsdesk <newsdesk@paper.example>
Subject: EMBARGOED 00:01 Thu 6 March - Harlow CDC extends opening hours

Good afternoon,

Please find attached a press release from the regional health service, embargoed until 00:01 on Thursday 6 March.

Kind regards,

Hannah Pearce | Senior Communications Manager
Regional Health Service – North
M: 07700 900461

********************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents.

********************************************************************************

PRESS RELEASE – EMBARGOED UNTIL 00:01 THURSDAY 6 MARCH 2026

Harlow diagnostic centre to offer evening and Saturday scans

Thousands more patients across Harlow will be able to have diagnostic tests closer to home and at times that suit them, as the diagnostic centre begins opening in the evenings and on Saturdays from April.

The centre will stay open until 8pm on weekdays and from 8am to 4pm on Saturdays, allowing up to 19,000 additional scans a year.

ENDS
"""


def test_a_mails_cover_note_and_disclaimer_stand_above_the_release_its_label_and_embargo_opens():
    article = pr2news.convert(MAIL_WITH_DISCLAIMER)
    assert article.headline == "Harlow diagnostic centre to offer evening and Saturday scans"
    visible = " ".join([*article.highlights, *(b.text for b in article.body)])
    assert "confidential" not in visible and "intended recipient" not in visible


BILINGUAL_ADVISORY = """\
Media advisory: Court sittings in Harlow temporarily relocated

FREDERICTON (GNB) – Court sittings scheduled at the Harlow courthouse from March 3 to March 28 will be held at the Harlow Civic Centre while the courthouse heating system is replaced.

Members of the news media covering proceedings at the temporary location are reminded that the rules on recording devices in courtrooms continue to apply.

Media contact / Personne-ressource pour les médias

Anne Leblanc, communications, Department of Justice and Public Safety / ministère de la Justice et de la Sécurité publique, 506-555-0119, anne.leblanc@gnb.example.

La version française du présent avis est accessible sur le site Web du gouvernement du Nouveau-Brunswick.
"""


def test_a_contact_row_ending_on_a_full_stop_is_a_contact_and_the_french_version_note_is_chrome():
    article = pr2news.convert(BILINGUAL_ADVISORY)
    assert [(c.name, c.phones, c.emails) for c in article.contacts] == [
        ("Anne Leblanc", ("506-555-0119",), ("anne.leblanc@gnb.example",))]
    assert not any("version française" in b.text for b in article.body)


DAILY_BRIEFS_PAGE_KO = """\
일일 보도계획
총 4건
번호
제목
담당부서
담당자
연락처
4
추석 명절 대비 성수품 원산지 표시 합동 단속
경제진흥과
최윤호
033-555-2841
3
한빛시, 10월부터 ‘어르신 병원동행 서비스’ 전 읍면동 확대
노인장애인과
정은경
033-555-4352
한빛시, 10월부터 ‘어르신 병원동행 서비스’ 전 읍면동 확대
한빛시는 혼자 병원에 가기 어려운 어르신을 위한 병원동행 서비스를 10월부터 전 읍면동으로 확대한다고 밝혔다.
병원동행 매니저가 집에서 병원까지 동행하고 접수와 수납, 약 수령까지 돕는다.
시는 올해 매니저 40명을 새로 채용해 교육을 마쳤다.
문의 : 노인장애인과 노인복지팀 정은경 033-555-4352
2
한빛 한지문화제 개막… 9월 19일부터 사흘간
문화예술과
오지훈
033-555-2912
1
가을철 산불 예방 합동 캠페인
산림과
이상민
033-555-3581
"""


def test_the_contacts_of_a_lists_other_rows_are_not_the_opened_items_contact():
    article = pr2news.convert(DAILY_BRIEFS_PAGE_KO)
    assert [(c.name, c.phones) for c in article.contacts] == [("정은경", ("033-555-4352",))]


def test_a_korean_title_broken_after_a_word_that_stands_before_a_number_is_one_headline():
    text = ("보도자료\n동해 연안 방어 어장, 30년 새 북쪽으로 약\n180km 이동\n"
            "□ 한빛수산연구원은 지난 30년간 동해 연안의 방어 어획 자료를 분석한 결과, 방어의 주 어장이 북쪽으로 약 180km "
            "이동한 것으로 나타났다고 15일 밝혔다.\n"
            "○ 같은 기간 동해 연안의 연평균 표층수온은 1.3℃ 상승했다.\n")
    assert pr2news.convert(text).headline == "동해 연안 방어 어장, 30년 새 북쪽으로 약 180km 이동"


def test_the_title_printed_again_under_the_pages_over_two_lines_is_no_highlight():
    text = ("보도자료\n산업단지 태양광 공동활용 선도모델 5곳 선정, 2026년까지 1,120억 원 투입\n"
            "등록일 2026-11-20\n\n"
            "보도참고자료\n"
            "산업단지 태양광 공동활용 선도모델 5곳 선정,\n2026년까지 1,120억 원 투입\n\n"
            "< 주요 내용 >\n▸ 반월·시화, 구미 등 5개 산단 선정…입주기업 1,240곳 참여\n"
            "▸ 지붕 태양광 310MW 구축, 연간 전기요금 약 190억 원 절감 기대\n\n"
            "□ 한빛부는 「산업단지 에너지 자립 선도모델 사업」 공모 결과 5개 산업단지를 최종 선정했다고 밝혔다.\n"
            " ㅇ 이번 사업은 입주기업 공장 지붕에 태양광을 설치하고 산단 단위의 공동 에너지저장장치를 구축하는 것으로, "
            "2026년까지 총 1,120억 원이 투입된다.\n")
    article = pr2news.convert(text)
    assert article.highlights == ("반월·시화, 구미 등 5개 산단 선정…입주기업 1,240곳 참여",
                                  "지붕 태양광 310MW 구축, 연간 전기요금 약 190억 원 절감 기대")


def test_an_aggregators_note_on_the_release_it_carries_is_its_tail():
    text = ("Soil fungus helps wheat survive drought, study finds\n\n"
            "Harlow University\n\n"
            "A common soil fungus can help wheat plants survive long dry spells, researchers at Harlow University "
            "have found in a three-year field trial.\n\n"
            "Plants grown with the fungus produced 18 per cent more grain in the driest year of the trial, the "
            "team reported in the journal Soil Biology.\n\n"
            "/University Release. This material from the originating organisation/author(s) might be of a "
            "point-in-time nature, and has been edited for clarity, style and length. The News Site does not take "
            "institutional positions or sides, and all views, positions, and conclusions expressed herein are "
            "solely those of the author(s). View in full here.\n")
    article = pr2news.convert(text)
    assert article.body[-1].text.endswith("reported in the journal Soil Biology.")


LOCAL_PAPER_AS_IS_KO = """\
한빛인터넷뉴스
구정
보도자료 그대로
한빛구, 혼자 사는 어르신에 ‘AI 안부전화’ 하루 두 번
입력 2026.03.11 17:40  |  정하윤 기자
댓글 0
[편집자 주] 한빛인터넷뉴스는 구청이 배포한 보도자료를 ‘보도자료 그대로’ 코너를 통해 원문 그대로 싣습니다. 내용은 배포 기관의 입장입니다.
한빛구는 고독사 위험이 높은 어르신 1인가구를 대상으로 인공지능(AI)이 하루 두 번 안부를 묻는 서비스를 이달부터 확대 운영한다고 11일 밝혔다.
AI가 세 번 연속 전화를 받지 못하면 담당 공무원이 1시간 안에 직접 가정을 방문해 안부를 확인한다.
※ 문의 : 복지정책과 1인가구지원팀 (02-555-1783)
"""


def test_an_editors_note_and_a_corner_name_over_the_title_are_the_papers():
    article = pr2news.convert(LOCAL_PAPER_AS_IS_KO)
    assert article.headline == "한빛구, 혼자 사는 어르신에 ‘AI 안부전화’ 하루 두 번"
    assert article.body[0].text.startswith("한빛구는 고독사 위험이 높은")


NEWS_PAGE_WITH_CATCHY_TITLE_KO = """사회

가을 하늘 아래 솔빛 들녘...“햅쌀 맛보러 오세요!”

솔빛군 농업인 단체, 다음 달 2일 솔빛천 둔치서 첫 햅쌀 장터

(미디어솔빛) 솔빛군 농업인 단체들이 올해 처음 거둔 햅쌀을 직접 팔고 맛보이는 장터를 다음 달 2일 솔빛천 둔치에서 연다.

솔빛군은 지난 20일 농업인 단체 대표들과 장터 운영 방안을 논의하고, 행사장 주차와 안전 관리를 지원하기로 했다고 밝혔다.

장터에서는 햅쌀과 찹쌀, 잡곡 등 40여 개 농가가 기른 곡물을 시중보다 10% 싸게 판매하며, 갓 지은 밥을 맛볼 수 있는 시식 코너도 운영한다.

군 관계자는 “농가는 제값을 받고 주민은 믿을 수 있는 쌀을 살 수 있는 자리”라며 “많은 분이 찾아 주시길 바란다”고 말했다.


한별시, 청년 창업공간 입주기업 20곳 모집 [한별시=홍가람기자] 한별시가 옛 시외버스터미널 건물을 고쳐 만든 청년 창업공간에 입주할 기업 20곳을 모집한다고
"""


def test_a_korean_title_closing_on_a_quotation_over_its_subtitle_is_the_headline():
    # the quoted cry shares few words with the text, the subtitle under it many: the first line is still the title
    article = pr2news.convert(NEWS_PAGE_WITH_CATCHY_TITLE_KO)
    assert article.headline == "가을 하늘 아래 솔빛 들녘...“햅쌀 맛보러 오세요!”"
    assert article.highlights == ("솔빛군 농업인 단체, 다음 달 2일 솔빛천 둔치서 첫 햅쌀 장터",)


def test_an_outlets_name_in_parentheses_opening_the_lead_is_its_credit():
    article = pr2news.convert(NEWS_PAGE_WITH_CATCHY_TITLE_KO)
    assert article.body[0].text.startswith("솔빛군 농업인 단체들이 올해 처음 거둔 햅쌀을")
    assert "(미디어솔빛)" not in " ".join(p.text for p in article.body)


def test_another_storys_title_credit_and_lead_run_into_one_line_end_the_article():
    article = pr2news.convert(NEWS_PAGE_WITH_CATCHY_TITLE_KO)
    assert article.body[-1].text.endswith("많은 분이 찾아 주시길 바란다”고 말했다.")
    assert any("[한별시=홍가람기자]" in s for s in article.stripped)


LEGAL_FORM_OPENING_A_LEAD_KO = """솔빛문화재단, 가을 음악회 ‘들녘의 소리’ 연다

(재)솔빛문화재단은 다음 달 9일 솔빛군민회관 대공연장에서 지역 예술인과 함께하는 가을 음악회를 연다고 밝혔다.

공연에는 솔빛군립합창단과 청소년 관현악단 등 4개 단체 120여 명이 출연한다.
"""


def test_a_legal_form_in_parentheses_is_no_outlets_credit():
    article = pr2news.convert(LEGAL_FORM_OPENING_A_LEAD_KO)
    assert article.body[0].text.startswith("(재)솔빛문화재단은")


BOARD_POST_WITH_DOWNLOAD_COUNTER_KO = """본문 바로가기
[설명자료] 솔빛시 ‘공공자전거 요금 인상’ 보도 관련
작성자 대변인실 작성일 2026-03-04 조회수 812
첨부파일 파일 다운로드  (설명자료) 공공자전거 요금 인상 보도 관련(3.4 솔빛일보).hwp (다운로드 31 회)

□ 보도내용 (3. 4.(수), 솔빛일보)
 ○ 시가 다음 달부터 공공자전거 이용 요금을 두 배로 올린다는 보도
□ 사실은 이렇습니다
 ○ 공공자전거 요금 인상은 검토한 바 없으며, 올해 요금은 지난해와 같이 1시간 1,000원입니다.
"""


def test_a_file_offered_with_its_download_count_is_an_attachment_not_the_title():
    article = pr2news.convert(BOARD_POST_WITH_DOWNLOAD_COUNTER_KO)
    assert article.headline == "[설명자료] 솔빛시 ‘공공자전거 요금 인상’ 보도 관련"
    assert article.attachments == ("첨부파일 파일 다운로드 (설명자료) 공공자전거 요금 인상 보도 관련(3.4 솔빛일보).hwp (다운로드 31 회)",)


COPY_CUT_AFTER_A_PARAGRAPH_KO = """솔빛군, 마을버스 3개 노선 신설

솔빛군이 교통 취약 지역 주민의 이동 편의를 위해 다음 달부터 마을버스 3개 노선을 새로 운행한다.

군은 그동안 버스가 닿지 않던 산간 마을 12곳을 잇는 노선을 만들고, 하루 여섯 차례씩 운행할 계획이다.

요금은 성인 1,000원이며, 만 65세 이상 어르신과 초등학생은 무료로 이용할 수
"""


def test_a_whole_last_line_cut_mid_sentence_is_set_aside():
    article = pr2news.convert(COPY_CUT_AFTER_A_PARAGRAPH_KO)
    assert article.body[-1].text == "군은 그동안 버스가 닿지 않던 산간 마을 12곳을 잇는 노선을 만들고, 하루 여섯 차례씩 운행할 계획이다."
    assert "요금은 성인 1,000원이며, 만 65세 이상 어르신과 초등학생은 무료로 이용할 수" in article.stripped


REQUEST_TO_CALL_WITHOUT_A_STOP_EN = """Deputies Search for Missing Hiker Near Cold Creek

Deputies and volunteer searchers are looking for a 34-year-old hiker who did not return from a day hike near Cold Creek on Sunday.

The hiker's car was found at the Cold Creek trailhead on Monday morning. A helicopter and two dog teams joined the search on Tuesday.

Anyone who saw the hiker or has information is asked to call the Sheriff's Office at (530) 555-0142
"""


def test_a_last_line_ending_on_a_phone_number_is_not_taken_for_a_cut_sentence():
    article = pr2news.convert(REQUEST_TO_CALL_WITHOUT_A_STOP_EN)
    assert article.body[-1].text.startswith("Anyone who saw the hiker")


PHOTO_NEWS_WITH_LICENCE_BROKEN_OVER_LINES_KO = """[포토] 솔빛군 “겨울철 화재 예방, 우리 손으로!”
12일 솔빛군 의용소방대 합동 소방훈련 실시
2026-01-13 | 안전총괄과조회수 : 211
솔빛군이 12일 군청 광장에서 의용소방대원과 주민 80여 명이 참여한 가운데 겨울철 합동 소방훈련을 했다. 참가자들은 소화기 사용법과 심폐소생술을 익히고 대피 경로를 함께 점검했다.
군수는 “주민 스스로 지키는 안전이 가장 든든한 안전”이라고 말했다.
솔빛군청이 창작한
[포토] 솔빛군 “겨울철 화재 예방, 우리 손으로!” 저작물은 공공누리
"출처표시+상업적 이용금지" 조건에 따라 이용할 수 있습니다.
"""


def test_the_open_licence_notice_broken_over_lines_by_the_title_inside_it_is_the_pages_tail():
    # 공공누리's notice names the post, its title set in a link that breaks the notice over three lines
    article = pr2news.convert(PHOTO_NEWS_WITH_LICENCE_BROKEN_OVER_LINES_KO)
    assert article.body[-1].text == "군수는 “주민 스스로 지키는 안전이 가장 든든한 안전”이라고 말했다."
    assert "솔빛군청이 창작한" in article.stripped


def test_a_photo_news_title_closing_on_a_quotation_is_the_headline_over_its_subtitle():
    article = pr2news.convert(PHOTO_NEWS_WITH_LICENCE_BROKEN_OVER_LINES_KO)
    assert article.headline == "[포토] 솔빛군 “겨울철 화재 예방, 우리 손으로!”"
    assert article.highlights == ("12일 솔빛군 의용소방대 합동 소방훈련 실시",)


POLICE_RELEASE_UNDER_ITS_OFFICE_BLOCK_EN = """Press Releases

PRESS RELEASE

Media Relations Office
Harbour Police Service
P.O. Box 210
Tel: (555) 410-2200
Fax: (555) 410-2210
E-mail: Harbour Police Media Office

Date: Monday, March 2, 2026
Distribution: All Media

Appeal for Dashcam Footage

Officers are investigating a collision between a delivery van and a cyclist at the corner of Quay Street and Mill Lane shortly after 6 p.m. on Saturday. The cyclist was taken to hospital with injuries that are not life-threatening.

Police are asking drivers who were on Quay Street between 5:45 p.m. and 6:15 p.m. and who have dashcam footage to contact the Traffic Unit on 410-2288.
"""


def test_a_distribution_label_with_its_value_on_its_line_leaves_the_title_under_it_alone():
    # Distribution: All Media carries its office on its own line: 'Appeal for Dashcam Footage' is no office
    article = pr2news.convert(POLICE_RELEASE_UNDER_ITS_OFFICE_BLOCK_EN)
    assert article.headline == "Appeal for Dashcam Footage"


def test_how_to_reach_the_office_is_never_the_headline():
    # a two-word title weighs little; the office's name in the E-mail field is the police's, all through the text
    text = POLICE_RELEASE_UNDER_ITS_OFFICE_BLOCK_EN.replace("Appeal for Dashcam Footage", "Collision Appeal") \
        .replace("Officers are", "Harbour Police officers are").replace("Police are asking", "Harbour Police are asking")
    assert pr2news.convert(text).headline == "Collision Appeal"


POLICE_UPDATE_WITH_ATTRIBUTION_EN = """Update – search for missing kayaker near Kaiwaka

Source: Northland Harbour Police

Attribute to Senior Sergeant Mere Tapsell, Search and Rescue Coordinator:

Police and Coastguard volunteers resumed the search for a missing kayaker at first light this morning after it was suspended overnight because of poor visibility.

The man set out from the boat ramp at Pahi on Saturday afternoon and was reported overdue by his family at around 8pm.

ENDS
"""


def test_whom_the_release_is_attributed_to_is_its_byline_not_its_first_paragraph():
    article = pr2news.convert(POLICE_UPDATE_WITH_ATTRIBUTION_EN)
    assert article.body[0].text.startswith("Police and Coastguard volunteers resumed the search")
    assert article.byline == "Attribute to Senior Sergeant Mere Tapsell, Search and Rescue Coordinator:"


INSTITUTE_BOARD_POST_KO = """알림마당
보도자료
국립솔빛연구원 보도자료 게시글로 등록자, 배포일자, 조회수, 파일, 내용을 나타낸 표입니다.
갯벌 생태 복원 효과, 주민과 함께 현장에서 확인하다
배포일자 2026-05-12 조회수 1,204
파일
  • hwp260512_갯벌 생태 복원 효과 현장 설명회_최종.hwp [hwp, 1840640B]
  • jpg갯벌 복원 현장 설명회 단체사진.JPG [jpg, 5231880B]
  • jpg갯벌 복원 현장 설명회 발표 모습.JPG [jpg, 2107733B]
제목없음

  ■ 국립솔빛연구원은 11일 솔빛만 갯벌 복원 현장에서 지역 주민과 어업인 60여 명을 대상으로 복원 효과 설명회를 열었다고 밝혔다.

  ■ 연구원은 2021년부터 옛 양식장 터 12헥타르를 갯벌로 되돌리는 사업을 진행해 왔으며, 복원 뒤 저서생물 종수가 두 배 가까이 늘어난 것으로 나타났다.
"""


def test_a_boards_file_list_with_types_and_sizes_and_its_posted_date_and_counter_are_no_highlights():
    article = pr2news.convert(INSTITUTE_BOARD_POST_KO)
    assert article.headline == "갯벌 생태 복원 효과, 주민과 함께 현장에서 확인하다"
    assert article.highlights == ()
    assert article.dateline.date == "2026-05-12"
    assert "• jpg갯벌 복원 현장 설명회 단체사진.JPG [jpg, 5231880B]" in article.attachments


def test_an_untitled_placeholder_is_no_paragraph():
    # 제목없음: the title an HWP document exported to a web page carries when nobody gave it one
    article = pr2news.convert(INSTITUTE_BOARD_POST_KO)
    assert article.body[0].text.startswith("국립솔빛연구원은 11일")


PORTAL_LIST_OF_RELEASES_KO = """솔빛소방서장, 물놀이 안전 현장 점검 나서
- 여름철 수난사고 예방 위해 하천 3곳 찾아 -
박서윤 솔빛소방서장은 15일 여름철 물놀이객이 몰리는 솔빛천과 은하천, 달빛계곡을 찾아 안전관리 실태를 점검하고 구조대원들을 격려했다.
소방서는 8월 말까지 주요 물놀이 지역 3곳에 구조대원을 배치하고, 주말에는 순찰 횟수를 두 배로 늘린다.
박서윤 서장은 “물놀이 전 준비운동과 구명조끼 착용을 꼭 지켜 달라”고 당부했다.
출처 : 대응예방과 현장대응팀
솔빛시, 청년 사진 공모전 개최
- 10월 15일까지 접수, 12월 시청 로비에서 수상작 전시 -
솔빛시는 청년들이 바라본 도시의 모습을 담은 ‘2026 솔빛 청년 사진 공모전’을 연다. 공모 주제는 ‘내가 사는 골목’이며 시에 사는 만 19~39세 청년이면 누구나 참여할 수 있다.
"""


def test_a_list_page_ends_the_release_at_its_source_line_and_the_next_titled_release():
    # 출처 : <office> after the text credits the office; the next title with its '- … -' subtitle starts another release
    article = pr2news.convert(PORTAL_LIST_OF_RELEASES_KO)
    assert article.body[-1].text == "박서윤 서장은 “물놀이 전 준비운동과 구명조끼 착용을 꼭 지켜 달라”고 당부했다."
    assert "솔빛시, 청년 사진 공모전 개최" in article.stripped


ARCHIVED_ADVISORY_WITH_SPACED_LABEL_EN = """Press Release
RIVER AGENCY OFFERS FLOOD SAFETY STORY IDEAS FOR SPRING

***M E D I A A D V I S O R Y***

Looking for spring stories? The River Agency's regional office has put together a series of features on flood safety, from sandbag basics to what to keep in a go-bag, ready for the week before the spring thaw.

Each feature comes with photographs and a short video that newsrooms may use free of charge with credit to the agency.
"""


def test_a_release_label_spaced_out_inside_its_asterisks_is_a_label():
    article = pr2news.convert(ARCHIVED_ADVISORY_WITH_SPACED_LABEL_EN)
    assert article.body[0].text.startswith("Looking for spring stories?")
    assert "***M E D I A A D V I S O R Y***" in article.stripped


RELEASE_SIGNED_BY_OFFICE_AND_UNIT_EN = """News Release

Premier names new deputy ministers

Premier Dana Whitlock today named three new deputy ministers to lead the departments of Health, Transportation and Education.

"Each of them brings long public service experience to some of our most demanding files," the Premier said.

"With a strong team from every part of the province, the Premier's Office and the ministers will keep working on what matters most," the Premier added.

Consult the biographies of the new deputy ministers at http://www.premier.example.ca.
The Premier's Office - Communications
[Manage my subscriptions | Unsubscribe]
"""


def test_the_issuers_office_and_unit_signing_off_after_the_text_is_not_body():
    article = pr2news.convert(RELEASE_SIGNED_BY_OFFICE_AND_UNIT_EN)
    assert article.body[-1].text == "Consult the biographies of the new deputy ministers at http://www.premier.example.ca."


MAIL_PRINTED_AS_ONE_PARAGRAPH_EN = ("Office of the Governor Jordan Ellis Office of Communications "
    "__________________________________________________________ FOR IMMEDIATE RELEASE March 3, 2026 "
    "Governor Ellis Announces Free Fishing Weekend June 6-7 (RIVERTON, ST) Today, Governor Jordan Ellis announced "
    "that residents and visitors may fish the state's public waters without a license on the weekend of June 6 and 7. "
    '"Fishing is one of the best ways to get families outdoors," Governor Ellis said. "We hope first-timers '
    'will give it a try." All other fishing rules, including size and catch limits, stay in effect during the '
    "weekend. ###")


def test_an_english_release_printed_as_one_paragraph_is_read_in_its_parts():
    # a mail archive prints the whole release on one line: letterhead, rule, label, date, title, text, end mark
    article = pr2news.convert(MAIL_PRINTED_AS_ONE_PARAGRAPH_EN)
    assert article.headline == "Governor Ellis Announces Free Fishing Weekend June 6-7"
    assert article.dateline.date == "2026-03-03"
    assert article.body[0].text.startswith("(RIVERTON, ST) Today, Governor Jordan Ellis announced")
    assert article.body[-1].text.endswith("stay in effect during the weekend.")


COMMUNITY_BOARD_POST_KO = """솔빛경찰, 교육청과 합동 등굣길 안전 캠페인 - 교통안전 및 학교폭력 예방 캠페인 함께 펼쳐 -
작성자 정보
- 취재부장김솔빛 작성
- 작성일
컨텐츠 정보
- 152 조회
- 목록
본문
솔빛경찰청은 3일 오전 8시 솔빛초등학교 앞에서 개학을 맞아 등교하는 학생들을 대상으로 교통사고와 학교폭력 예방 캠페인을 벌였다.
캠페인에는 경찰과 교육청, 녹색어머니회 회원 등 30여 명이 참여해 등굣길 교통정리와 안전 홍보물 배부를 함께 했다.
"""


def test_a_title_with_its_framed_subtitle_on_one_line_and_a_boards_panels_around_the_post():
    # 제목 - 부제 - on one line; 작성자 정보 / - 이름 작성 / 컨텐츠 정보 / - 152 조회 / 본문: the board's panels
    article = pr2news.convert(COMMUNITY_BOARD_POST_KO)
    assert article.headline == "솔빛경찰, 교육청과 합동 등굣길 안전 캠페인"
    assert article.highlights == ("교통안전 및 학교폭력 예방 캠페인 함께 펼쳐",)
    assert article.body[0].text.startswith("솔빛경찰청은 3일 오전 8시")
    assert not any(w in " ".join(p.text for p in article.body) for w in ("작성자 정보", "컨텐츠 정보", "152 조회"))


MUSEUM_BOARD_POST_KO = """- 등록일2026-04-02
- 조회수512
- 담당부서
기획전“바다가 남긴 그릇, 해저 유물전 2019-2024”
전시기간 3주(4.5.→4.26.) 연장
- 주말 관람은 사전 예약으로만 가능 -
국립솔빛박물관이 기획한 특별전 ‘바다가 남긴 그릇, 해저 유물전 2019-2024’의 전시기간이 4월 26일까지 3주 연장된다. 이번 연장은 개막 이후 관람 예약이 매회 마감되는 등 관람객 요청이 이어진 데 따른 것이다.
전시에는 지난 5년간 서해 바닷속에서 건져 올린 도자기와 생활용품 120여 점이 나왔다.
"""


def test_a_quoted_name_closing_the_first_line_of_a_title_wrapped_over_two_lines():
    # 기획전“…”: the quote closes the exhibition's name, not the title; the short line under it finishes the title
    article = pr2news.convert(MUSEUM_BOARD_POST_KO)
    assert article.headline == "기획전“바다가 남긴 그릇, 해저 유물전 2019-2024” 전시기간 3주(4.5.→4.26.) 연장"
    assert article.highlights == ("주말 관람은 사전 예약으로만 가능",)


def test_a_bare_office_label_takes_no_title_for_its_value():
    # 담당부서 with its value left empty; the years the exhibition spans (2019-2024) are no phone number
    article = pr2news.convert(MUSEUM_BOARD_POST_KO)
    assert article.contacts == ()


NEWS_PAGE_WITH_OUTLET_DATE_ROW_KO = """솔빛시 보건소, 금연 주간 맞아 거리 캠페인 펼쳐

솔빛타임스 승인 2026.05.29 14:30 의견 0

- 29일 솔빛역 광장에서 금연 상담과 일산화탄소 측정 부스 운영

솔빛시 보건소는 29일 솔빛역 광장에서 세계 금연의 날을 앞두고 시민 300여 명을 대상으로 금연 캠페인을 펼쳤다.

보건소는 이날 금연 상담 부스와 일산화탄소 측정 부스를 운영하고, 금연 클리닉 등록자에게 금연 보조제를 나눠 줬다.
"""


def test_an_outlets_row_of_date_hour_and_counters_under_the_title_is_no_highlight():
    article = pr2news.convert(NEWS_PAGE_WITH_OUTLET_DATE_ROW_KO)
    assert article.highlights == ("29일 솔빛역 광장에서 금연 상담과 일산화탄소 측정 부스 운영",)
    assert article.dateline.date == "2026-05-29"


UTILITY_NOTICE_UNDER_A_BACK_LINK_EN = """« Back to News & Notices

Water Main Repair Update 03/02/2026

Follow link for Boil Water Notice still in effect

Crews finished repairing the broken main on Lakeview Drive overnight, and pressure is returning to homes in the Harbor Point area this morning.

Customers in Harbor Point remain under a Boil Water Notice until our lab samples come back clear, which we expect by Thursday.

We appreciate your patience while we work through this repair.
"""


def test_a_link_back_to_the_list_and_a_link_teaser_are_page_chrome():
    article = pr2news.convert(UTILITY_NOTICE_UNDER_A_BACK_LINK_EN)
    assert article.headline == "Water Main Repair Update 03/02/2026"
    assert article.highlights == ()


def test_a_back_to_school_title_is_still_a_title():
    article = pr2news.convert("Back to School Bash Returns to Cedar Park\n\nThe district's Back to School Bash returns to "
                              "Cedar Park on August 8, with free backpacks, haircuts and health screenings for students.\n\n"
                              "Families can register for the backpack giveaway on the district website until August 1.\n")
    assert article.headline == "Back to School Bash Returns to Cedar Park"


AGENCY_NEWS_WITH_AGE_AND_DATED_DATELINE_EN = """Latest News

Agency Orders Restoration of Filled Creek in Bollard County

4 weeks 1 day ago

BRANTON, KAN. (NOV. 7, 2025) – The agency has ordered a developer in Bollard County to restore a creek it filled without a permit while building a housing project.

The order gives the developer 30 days to submit a plan to restore the creek and the wetlands beside it.
"""


def test_how_long_ago_a_page_was_posted_is_no_highlight():
    article = pr2news.convert(AGENCY_NEWS_WITH_AGE_AND_DATED_DATELINE_EN)
    assert article.highlights == ()
    assert "4 weeks 1 day ago" in article.stripped


def test_an_english_place_dateline_with_its_date_in_brackets_stays_in_the_lead():
    # the place (and the date in brackets after it) opens the lead's first sentence, as 'MONTGOMERY –' does
    article = pr2news.convert(AGENCY_NEWS_WITH_AGE_AND_DATED_DATELINE_EN)
    assert article.body[0].text.startswith("BRANTON, KAN. (NOV. 7, 2025) – The agency has ordered")
    assert article.dateline.date == "2025-11-07"


STATEMENT_TITLED_OF_GOVERNMENT_EN = """Spokesperson's Office

State House, Port Amani.

Wednesday, 14th May 2025

Press Statement

Reorganization of Government

To ensure continuity at the Ministry of Finance following the resignation of its Cabinet Secretary, His Excellency the President has made the following changes to the organization of Government:

(I) Hon. Grace Wanjiru, Cabinet Secretary for Trade, assumes in an acting capacity the responsibility for Finance.

(II) Mr David Ochieng is appointed Principal Secretary for the National Treasury.
"""


def test_a_title_ending_on_a_bodys_name_after_a_preposition_is_no_issuer():
    # 'Reorganization of Government' is about the government, not issued by a body called so
    article = pr2news.convert(STATEMENT_TITLED_OF_GOVERNMENT_EN)
    assert article.headline == "Reorganization of Government"


COUNCIL_RELEASE_ARCHIVE_EN = """2025 Media Releases

Welcome to our 2025 Media Release portal...

Council welcomes library funding in the State Budget

9 May 2025

Harrow Shire Council has welcomed new State Budget funding for library services, including money for longer opening hours at the Harrow and Kelby branches.

Mayor Ruth Anders said the funding would let the libraries open on Sunday afternoons from July.
"""


def test_an_archives_year_heading_and_greeting_are_no_headline():
    article = pr2news.convert(COUNCIL_RELEASE_ARCHIVE_EN)
    assert article.headline == "Council welcomes library funding in the State Budget"
    assert article.body[0].text.startswith("Harrow Shire Council has welcomed")


COUNCIL_NOTICE_TITLED_BY_A_SENTENCE_EN = """You are here:

Latest news

Dear residents, this is a friendly reminder to please keep drains clear of leaves before the storms this weekend.

Published on Thursday, 6th November 2025

Blocked drains are the main cause of street flooding in autumn, when fallen leaves wash into gutters and gratings.

Please sweep leaves from the drains outside your home into your green bin, and report any blocked drain you cannot clear to the council.
"""


def test_a_whole_sentence_printed_over_the_pages_date_is_the_title():
    article = pr2news.convert(COUNCIL_NOTICE_TITLED_BY_A_SENTENCE_EN)
    assert article.headline.startswith("Dear residents, this is a friendly reminder")
    assert article.body[0].text.startswith("Blocked drains are the main cause")


CATEGORY_PAGE_OF_STATEMENTS_EN = """Category: Press Releases

Prime Minister meets port investors

The Prime Minister met a delegation of port investors at the Diplomatic Centre on Tuesday to discuss the planned expansion of the Point Lisas container terminal.

The delegation presented its plans for a second berth and new cranes, which it expects to complete within four years.

Press Release – Senator Joan Baptiste to act as Minister of Tourism

Senator Joan Baptiste to act as Minister of Tourism

The Prime Minister today advised the President that the Minister of Tourism is out of the country on official business until Friday.

Senator Baptiste will perform these duties in addition to her role as Minister in the Ministry of Trade.
"""


def test_a_category_pages_next_release_under_its_label_and_printed_again_ends_the_article():
    article = pr2news.convert(CATEGORY_PAGE_OF_STATEMENTS_EN)
    assert article.headline == "Prime Minister meets port investors"
    assert article.body[-1].text.startswith("The delegation presented its plans")


ALERT_WITH_ALT_TEXT_GLUED_TO_ITS_LEAD_EN = """Share

Whooping Cough Alert for Northside Schools

Whooping Cough Alert feature imageNorthside Public Health Unit has issued an alert after three confirmed cases of whooping cough among primary school students.

Parents are asked to check that their children's vaccinations are up to date and to keep children with a persistent cough at home.
"""


def test_an_images_alt_text_glued_to_the_lead_is_set_apart():
    article = pr2news.convert(ALERT_WITH_ALT_TEXT_GLUED_TO_ITS_LEAD_EN)
    assert article.body[0].text.startswith("Northside Public Health Unit has issued an alert")
    assert "Whooping Cough Alert feature image" in article.stripped


BOARD_POST_AS_TEXT_TABLE_KO = """솔빛군 농업기술센터는
당신의 꿈과 함께합니다.
제목 | 80개 마을 찾아가 농기계 수리. 주민들 큰 호응 | ||||
---|---|---|---|---|---|
작성자 | 솔빛군농업기술센터 | 등록일 | 2026-02-27 | 조회 | 412 |
||||
|
80개 마을 찾아가 농기계 수리. 주민들 큰 호응 솔빛군농업기술센터는 봄철 영농을 앞두고 농기계 순회 수리반 2개 반을 꾸려 2월 하순부터 80개 마을을 찾아가 농기계를 고쳐 주고 있다. 첫날 찾은 두 마을에서만 관리기와 경운기 등 30여 대를 수리해 주민들의 호응을 얻었다.
|
다음 | |
---|---|
이전 |
"""


def test_a_boards_text_table_around_the_post_and_the_title_glued_to_its_lead():
    # 제목 | … | ||||: the title without its empty cells; ---|---|: a row of the table's rule; the body cell repeats
    # the title in front of the lead
    article = pr2news.convert(BOARD_POST_AS_TEXT_TABLE_KO)
    assert article.headline == "80개 마을 찾아가 농기계 수리. 주민들 큰 호응"
    assert article.body[0].text.startswith("솔빛군농업기술센터는 봄철 영농을 앞두고")
    assert "---|---|---|---|---|---|" in article.stripped


NEWS_PAGE_WITH_TEMPLATE_SLOTS_AND_A_FILE_NAME_KO = """default_top_notch

솔빛경찰서, 보이스피싱 예방 순회 교육 나서

기사승인 2026.03.05  17:48:15

공유
default_news_ad1

찾아가는 보이스피싱 예방교실

솔빛경찰서 예방교실 (1) (1)
찾아가는 예방교실(사진제공: 솔빛경찰서)
솔빛경찰서는 이달부터 관내 경로당 40곳을 찾아가 보이스피싱 예방 교육을 한다고 5일 밝혔다.

교육에서는 최근 늘어난 가족 사칭 문자와 저금리 대출 미끼 전화의 수법을 소개하고 대처 요령을 안내한다.
"""


def test_a_templates_slot_names_and_an_images_file_name_over_its_caption_are_chrome():
    # default_news_ad1: a slot of the page's template left in the text; '… (1) (1)': a file saved twice, over the caption
    article = pr2news.convert(NEWS_PAGE_WITH_TEMPLATE_SLOTS_AND_A_FILE_NAME_KO)
    assert article.highlights == ("찾아가는 보이스피싱 예방교실",)
    assert "솔빛경찰서 예방교실 (1) (1)" in article.stripped


LIBRARY_RELEASE_WITH_MEMO_HEADER_EN = """Pages and Information

March 2, 2026

Library opens a tool lending shelf

for the PDF of this Press Release, click here.  The announcement is also available via the library's website.

FOR IMMEDIATE RELEASE

To:  All media
Contact name/phone/e-mail:  Dana Ortiz, 509-555-0142, dortiz@harlowlibrary.example.org

Harlow Public Library will open a tool lending shelf on March 16, with drills, ladders and garden tools that card holders can borrow for a week at a time.

The shelf was started with tools donated by residents and a grant from the Friends of the Library.
"""


def test_a_memo_fields_contact_and_a_click_here_line_under_a_library_release():
    article = pr2news.convert(LIBRARY_RELEASE_WITH_MEMO_HEADER_EN)
    assert [c.text for c in article.contacts] == [
        "Contact name/phone/e-mail: Dana Ortiz, 509-555-0142, dortiz@harlowlibrary.example.org"]
    assert not any("click here" in p.text for p in article.body)


FOUNDATION_BOARD_POST_KO = """참여/소식

보도자료

솔빛문화재단, 청년의 눈으로 지역 유산을 새롭게 알리다(20260327)
작성자 : 홍보팀 작성일 : 2026-03-27 조회수 : 85

솔빛문화재단, 청년의 눈으로

지역 유산을 새롭게 알리다!

- 2026년 청년 유산기자단 발대식 열어

솔빛문화재단은 27일 오후 2시 재단 강당에서 2026년 청년 유산기자단 발대식을 열고 기자단 12명의 활동을 시작했다.

기자단은 11월까지 지역의 옛집과 장터, 나루터를 찾아 기사와 영상을 만들어 재단 누리집과 사회관계망서비스에 소개한다.
"""


def test_a_boards_post_title_with_its_filing_date_yields_to_the_releases_own_title_in_two_paragraphs():
    # …알리다(20260327): the board's title; the release prints its own over two paragraphs of its title box
    article = pr2news.convert(FOUNDATION_BOARD_POST_KO)
    assert article.headline == "솔빛문화재단, 청년의 눈으로 지역 유산을 새롭게 알리다!"
    assert article.highlights == ("2026년 청년 유산기자단 발대식 열어",)


LOCAL_PAGE_WITH_SIGN_OFFS_AND_A_LICENCE_TYPE_KO = """솔빛경찰서, 어린이 통학로 교통안전 캠페인

솔빛경찰서는 3일 솔빛초등학교 앞 사거리에서 솔빛시청, 녹색어머니회 등 5개 기관·단체와 함께 등굣길 교통안전 캠페인을 벌였다.

이날 참가자들은 현수막과 어깨띠를 두르고 신호 준수와 서행 운전을 당부했다.

솔빛연합방송 solbit@hanmail.example

[솔빛연합방송]의 사진과 기사를 무단 전제 및 재배포시 저작권료를 청구할 수 있습니다.
"""


def test_an_outlets_name_and_address_after_the_text_is_no_paragraph():
    article = pr2news.convert(LOCAL_PAGE_WITH_SIGN_OFFS_AND_A_LICENCE_TYPE_KO)
    assert article.body[-1].text == "이날 참가자들은 현수막과 어깨띠를 두르고 신호 준수와 서행 운전을 당부했다."


def test_the_open_licences_type_over_its_notice_is_the_pages_tail():
    text = ("솔빛군, 농업인 단체와 간담회 열어\n\n솔빛군은 27일 농업기술센터에서 농업인 단체 대표들과 간담회를 열고 "
            "올해 농정 방향을 설명했다.\n\n군수는 “농민들의 의견을 농정에 적극 반영하겠다”고 말했다.\n"
            "제3유형(제1유형+변경 금지)\n본 저작물은 \"공공누리 제3유형 : 출처표시\"조건에 따라 이용할 수 있습니다.\n")
    article = pr2news.convert(text)
    assert article.body[-1].text == "군수는 “농민들의 의견을 농정에 적극 반영하겠다”고 말했다."


def test_a_blogs_comment_box_after_the_release_is_chrome():
    text = ("Sheriff's Office Clears 40 Warrants in Weekend Sweep\n\nUpper Marlboro, MD... The Warrant Division served 40 "
            "warrants during a weekend sweep, the Sheriff's Office said on Monday.\n\nThe most serious warrants were "
            "for armed robbery and first degree assault.\n\nNo comments:\n\nPost a Comment\n\n"
            "Note: Only a member of this blog may post a comment.\n")
    article = pr2news.convert(text)
    assert article.body[-1].text == "The most serious warrants were for armed robbery and first degree assault."


def test_a_short_line_under_the_title_sharing_no_word_with_the_text_is_no_subtitle():
    # a caption's "Photo of …" left between the title and the lead: no sentence, no marker, none of its words
    # in the text; its line value is negative however mildly, and that is enough above the body
    text = ("University Wins Grants for Twelve Research Projects\n\n"
            "Photo of Professor Anne Whitlow\n\n"
            "The university's researchers have secured $4.2 million in federal grants for twelve projects in "
            "engineering, medicine and the social sciences, the research office said Tuesday.\n"
            "The largest award, $1.1 million over three years, will fund a study of groundwater in farming towns "
            "across the state.\n"
            "\"These grants show what our faculty can do,\" the vice provost for research said.\n")
    article = pr2news.convert(text)
    assert article.headline == "University Wins Grants for Twelve Research Projects"
    assert article.highlights == ()
    assert "Photo of Professor Anne Whitlow" in article.stripped
    assert article.body[0].text.startswith("The university's researchers have secured")


def test_a_subtitle_sharing_the_texts_words_stays_a_highlight():
    # the guard beside it: a plain subtitle without marker or full stop shares the article's vocabulary
    text = ("University Wins Grants for Twelve Research Projects\n\n"
            "Groundwater study in farming towns gets the largest award\n\n"
            "The university's researchers have secured $4.2 million in federal grants for twelve projects in "
            "engineering, medicine and the social sciences, the research office said Tuesday.\n"
            "The largest award, $1.1 million over three years, will fund a study of groundwater in farming towns "
            "across the state.\n")
    article = pr2news.convert(text)
    assert article.highlights == ("Groundwater study in farming towns gets the largest award",)


def test_a_wrapped_lead_whose_sentence_ends_on_a_short_line_is_the_body_not_a_subtitle():
    # a school district's release copied from a PDF, wrapped at the page width: the lead's second line is
    # short (eight words) and finishes the sentence the first one opened
    text = ("FOR IMMEDIATE RELEASE\n\n"
            "Lakeside ISD Robotics Teams Qualify for State\n\n\n"
            "(Lakeside, TX) Lakeside Independent School District is pleased to report that four\n"
            "robotics teams have qualified for the state championship.\n\n"
            "The teams, from two high schools and two middle schools, earned their places at the\n"
            "regional tournament held last weekend in Fort Worth, where more than sixty teams\n"
            "competed over two days.\n\n"
            "The state championship takes place in Austin on March 14 and 15.\n")
    article = pr2news.convert(text)
    assert article.headline == "Lakeside ISD Robotics Teams Qualify for State"
    assert article.highlights == ()
    assert article.body[0].text.startswith("(Lakeside, TX) Lakeside Independent School District is pleased")


COUNTY_BOARD_GLUED = """본문 바로가기

보도/해명자료

한빛군 청소년수련관, 개관 10주년 맞아 기념 음악회 열어

담당부서교육청소년과 청소년팀 (041-555-0172) 조회수124 등록일2026-04-17
한빛군 청소년수련관 개관 10주년 기념음악회 사진1 이미지 한빛군 청소년수련관 개관 10주년 기념음악회 사진2 이미지

지역 청소년과 함께 자라는 수련관으로

한빛군이 위탁 운영하는 청소년수련관이 개관 10주년 기념 음악회를 열었다고 17일 밝혔다.

이날 음악회에는 청소년과 학부모 등 300여 명이 참석했으며, 청소년 동아리 공연과 유공자 표창이 이어졌다.
"""


def test_a_boards_row_with_cell_names_run_into_values_gives_the_contact_and_the_posts_fields():
    # no bars between the cells: the contact, then the post's counter and date, each its own part
    article = pr2news.convert(COUNTY_BOARD_GLUED)
    assert [c.text for c in article.contacts] == ["담당부서교육청소년과 청소년팀 (041-555-0172)"]
    assert article.contacts[0].phones == ("041-555-0172",)
    assert "조회수124" in article.stripped
    assert article.dateline is not None and article.dateline.date == "2026-04-17"


def test_a_galleries_image_texts_run_together_are_no_subtitle():
    article = pr2news.convert(COUNTY_BOARD_GLUED)
    assert article.headline == "한빛군 청소년수련관, 개관 10주년 맞아 기념 음악회 열어"
    assert article.highlights == ("지역 청소년과 함께 자라는 수련관으로",)
    assert any("사진2 이미지" in s for s in article.stripped)


def test_a_row_of_figures_is_no_gallery():
    from pr2news.segment.boilerplate import numbered_copies
    assert numbered_copies("Slide 1 of 3 Harbour ferry Slide 2 of 3 Harbour ferry")
    assert not numbered_copies("2023년 100명 2024년 200명")
    assert not numbered_copies("1차 모집 100명 2차 모집 200명")


LOCAL_PAPER_ICONS = """기사상세페이지

한빛구, “지역 언론 보도 사실과 달라 정정 요청”

주민센터 이전 계획 발언 왜곡, “구민 혼란 우려”

기사입력 2026.02.03 09:10

SNS 공유하기

fa tw gp
  • ba
  • ka ks url

[한빛 누리뉴스]김도윤 기자= 한빛구는 지난 2일 한 지역 언론이 보도한 주민센터 이전 기사와 관련해 “사실과 다른 내용”이라며 정정 보도를 요청했다고 3일 밝혔다.

한빛구는 “주민센터 이전은 검토 단계이며 확정된 바 없다”고 설명했다.
"""


def test_a_korean_pages_icon_names_are_chrome_and_a_credit_with_its_reporter_leaves_the_lead():
    article = pr2news.convert(LOCAL_PAPER_ICONS)
    assert article.headline == "한빛구, “지역 언론 보도 사실과 달라 정정 요청”"
    texts = [b.text for b in article.body]
    assert not any(t in ("ba", "ka ks url") for t in texts)
    assert "• ka ks url" in article.stripped  # kept as written, its bullet with it
    # [매체]기자= : the outlet's bracket, then its reporter and the sign
    assert texts[0].startswith("한빛구는 지난 2일 한 지역 언론이 보도한")
    assert article.byline == "[한빛 누리뉴스] 김도윤 기자"


def test_an_equals_sign_after_a_credit_in_parentheses_leaves_the_lead_with_it():
    text = ("2026년 한빛군 새해농업인교육 5일부터 시행\n\n"
            "(누리뉴스 박서준기자)=한빛군농업기술센터는 5일부터 19일까지 11일간 새해농업인교육을 진행한다.\n\n"
            "이번 교육은 딸기, 사과 등 17개 과정으로 진행되며 농업인 누구나 참여할 수 있다.\n")
    article = pr2news.convert(text)
    assert article.body[0].text.startswith("한빛군농업기술센터는 5일부터")
    assert "=" in article.stripped


def test_an_images_text_naming_a_poster_under_the_title_is_no_subtitle():
    text = ("2026년 한빛군 새해농업인교육 5일부터 시행\n\n"
            "새해농업인교육 포스터\n\n"
            "한빛군농업기술센터는 5일부터 19일까지 11일간 2026년도 새해농업인교육을 진행한다.\n\n"
            "이번 교육은 딸기, 사과 등 17개 과정으로 진행되며 농업인 누구나 참여할 수 있다.\n")
    article = pr2news.convert(text)
    assert article.highlights == ()
    assert "새해농업인교육 포스터" in article.stripped


def test_a_boards_title_with_its_posting_time_glued_after_it_and_an_image_viewers_button():
    text = ("한빛종합사회복지관, 지역 봉사단과 함께 어르신 생신잔치 진행   ( 2026-03-22 17:24 )\n"
            "원본 이미지 보기\n"
            "한빛종합사회복지관은 21일 지역 봉사단과 함께 홀로 사는 어르신 가운데 3월 생신을 맞은 14명을 초대해 "
            "생신잔치를 열었다.\n\n"
            "복지관은 지역사회의 자원과 연계해 생신잔치를 매월 열고 있다.\n")
    article = pr2news.convert(text)
    assert article.headline == "한빛종합사회복지관, 지역 봉사단과 함께 어르신 생신잔치 진행"
    assert article.dateline is not None and article.dateline.date == "2026-03-22"
    assert "원본 이미지 보기" in article.stripped
    assert article.body[0].text.startswith("한빛종합사회복지관은 21일")


def test_a_title_in_capitals_wrapped_over_three_lines_is_one_headline():
    text = ("SECRETARY-GENERAL TO OPEN SIXTH REGIONAL CONFERENCE\n"
            "ON WATER SECURITY AND CLIMATE ADAPTATION FOR SMALL\n"
            "ISLAND STATES AND COASTAL CITIES\n"
            "NEW YORK, 12 March (UN Headquarters) -- The Secretary-General will open the Sixth Regional Conference "
            "on Water Security on 14 March. Delegations from thirty small island states are expected to attend.\n"
            "The conference will review progress on shared desalination projects and early-warning systems for storm "
            "surges.\n")
    article = pr2news.convert(text)
    assert article.headline == ("SECRETARY-GENERAL TO OPEN SIXTH REGIONAL CONFERENCE ON WATER SECURITY AND CLIMATE "
                                "ADAPTATION FOR SMALL ISLAND STATES AND COASTAL CITIES")
    assert article.highlights == ()


def test_a_date_in_figures_with_the_posts_category_under_the_title_is_the_date_row_not_a_subtitle():
    text = ("대학혁신지원사업으로 해외 연구기관과 공동연구 나서\n"
            "2026-03-25 연구/산학\n"
            "신소재공학과 학부 연구생, 교육혁신사업단 프로그램으로 해외 대학 연구실 탐방\n"
            "대학혁신지원사업은 대학 교육의 질적 혁신을 통해 미래인재를 양성한다. 교육혁신사업단은 해외 연구기관과의 "
            "교류 협력에 집중해 핵심 연구 인력을 육성하고 있다.\n"
            "사업단은 올해 학부 연구생 12명을 해외 대학 연구실에 파견했다.\n")
    article = pr2news.convert(text)
    assert article.highlights == ("신소재공학과 학부 연구생, 교육혁신사업단 프로그램으로 해외 대학 연구실 탐방",)
    assert article.dateline is not None and article.dateline.date == "2026-03-25"


ACADEMY_BLOG = """관리 메뉴

2026년 젊은연구자상 시상식 개최 본문

과학기술인 예우 및 시상/시상

2026년 젊은연구자상 시상식 개최

한빛과학한림원 2026. 3. 19. 14:06

[2026년 젊은연구자상 시상식 수상자 단체사진. 홍길동 한빛대 교수, 김나래 누리대 교수, 이도윤 한림원장(좌측부터)]

우리 한림원은 ‘제30회 젊은연구자상’ 수상자로 홍길동 한빛대학교 교수, 김나래 누리대학교 교수를 선정하고 지난 18일 시상식을 열었다.

수상자에게는 상패와 연구장려금이 수여됐다.
"""


def test_a_blogs_title_with_a_page_word_after_it_yields_to_the_title_printed_below_without_it():
    article = pr2news.convert(ACADEMY_BLOG)
    assert article.headline == "2026년 젊은연구자상 시상식 개최"
    assert article.highlights == ()


def test_a_whole_caption_in_square_brackets_is_no_paragraph():
    article = pr2news.convert(ACADEMY_BLOG)
    assert article.body[0].text.startswith("우리 한림원은")
    assert any(s.startswith("[2026년 젊은연구자상 시상식 수상자 단체사진.") for s in article.stripped)


def test_a_posting_stamp_under_summary_points_that_read_as_text_ends_the_deck():
    # an information bureau's page: the title, summary points long enough to read as text (no full stops),
    # then when the page posted it, then the release
    text = ("Ministry of Water Resources\n\n"
            "Union Minister Inaugurates Three River Monitoring Stations in the Eastern Basin\n\n"
            "The new stations on the three largest rivers of the basin will send water-level readings every fifteen "
            "minutes to the national flood forecasting centre in the capital\n\n"
            "Forecasts for forty districts along the rivers will now be issued six hours earlier than before, giving "
            "families and farmers more time to move to safety: Minister\n\n"
            "Posted On: 14 MAR 2026 3:10PM by Bureau Delhi\n\n"
            "The Union Minister for Water Resources today inaugurated three river monitoring stations in the eastern "
            "basin, which will send water-level readings every fifteen minutes to the national flood forecasting centre.\n\n"
            "Speaking at the ceremony, the Minister said forecasts for forty districts would now be issued six hours "
            "earlier than before.\n")
    article = pr2news.convert(text)
    assert article.headline == "Union Minister Inaugurates Three River Monitoring Stations in the Eastern Basin"
    assert len(article.highlights) == 2
    assert article.dateline is not None and article.dateline.date == "2026-03-14"
    assert article.body[0].text.startswith("The Union Minister for Water Resources today inaugurated")


def test_a_boards_provided_date_and_department_labels_over_their_values():
    # an explanation board's fields, each label on its own line over its value
    text = ("『한빛대교 개통 지연 논란』한빛일보, 26. 3. 18. 보도 관련 설명자료\n\n"
            "제공일자\n2026.03.18\n제공부서\n한빛광역시 도로건설본부 교량건설과\n전화번호\n032-555-0171\n\n"
            "□ 보도된 내용 중 설명할 부분\n\n"
            "- 개통이 석 달 늦어질 것이라는 보도에 대하여\n\n"
            "□ 설명내용\n"
            "○ 한빛대교는 교량 상판 공사를 마치고 현재 포장 공사를 진행 중이며, 예정대로 6월 말 개통할 계획임.\n")
    article = pr2news.convert(text)
    assert article.dateline is not None and article.dateline.date == "2026-03-18"
    assert [c.phones for c in article.contacts] == [("032-555-0171",)]
    assert article.contacts[0].text.startswith("제공부서 한빛광역시 도로건설본부 교량건설과")
    assert article.highlights == ()


def test_a_boards_title_field_run_into_the_title_and_a_survey_after_the_text():
    text = ("보도ㆍ참고ㆍ해명자료\n\n"
            "제목한빛공단, 노후 교량 개량사업 확대로 안전 높인다\n\n"
            "□ 한빛공단은 열차운행 안전 확보를 위해 올해 노후 교량 개량 사업비를 지난해보다 54% 늘린 4,694억원을 "
            "투자할 계획이라고 밝혔다.\n\n"
            "○ 취약 시설물 개량에는 3,014억원을 집중 투자한다.\n\n"
            "열람하신 정보에 대해 만족하십니까?\n\n"
            "현재 페이지의 만족도를 평가해 주세요. 의견을 수렴하여 빠른 시일 내에 반영하겠습니다.\n")
    article = pr2news.convert(text)
    assert article.headline == "한빛공단, 노후 교량 개량사업 확대로 안전 높인다"
    assert "제목" in article.stripped
    assert article.body[-1].text == "취약 시설물 개량에는 3,014억원을 집중 투자한다."


BOARD_ANSWER_KO = """\
사실은 이렇습니다

<사실은 이렇습니다> - 한빛일보 「한빛시청의 엉터리 주차 행정」 외 1건 관련 사실은 이렇습니다

홍보담당관 작성일 : 2026.03.28
<사실은 이렇습니다> - 한빛일보 「한빛시청의 엉터리 주차 행정」 외 1건 관련 사실은 이렇습니다 상세보기 - 내용, 첨부파일 정보 제공
<보도1. 2026년 3월 26일>「“주차비 두 배” 한빛시청이 시장 상인 주차장을 없앴다 」
<보도2. 2026년 3월 27일> 「한빛시청의 엉터리 주차 행정」

한빛일보사는 위 두 기사를 통해 사실과 다른 내용으로 한빛시청 전체 공직자의 명예를 훼손했습니다. 요금 조정은 두 차례 공청회와 시의회 의결을 거쳐 결정된 것이며, 시는 한빛일보사의 질의에 각 부서별로 성실히 답변했지만 기사에는 시의 입장이 반영되지 않았습니다.

시는 앞으로도 주차 행정의 모든 과정을 투명하게 공개하겠습니다.
"""


def test_a_boards_name_over_its_posts_title_opening_with_that_name_in_brackets():
    # the board's name, then the post's title opening with that name in brackets, printed again by the page's
    # table with its caption (상세보기 - …) after the date row
    article = pr2news.convert(BOARD_ANSWER_KO)
    assert article.headline == "<사실은 이렇습니다> - 한빛일보 「한빛시청의 엉터리 주차 행정」 외 1건 관련 사실은 이렇습니다"
    assert "사실은 이렇습니다" in article.stripped


def test_a_date_widgets_leftover_word_and_a_login_prompt_for_comments_are_not_the_article():
    text = ("Community\n\n"
            "Harbour Transit announces free bus rides for one week\n\n"
            "Published\n\n"
            "on\n\n"
            "Harbourside – Harbour Transit announced today that all of its buses will be free to ride for one week "
            "in May, to welcome new riders back after the winter.\n\n"
            "The authority expects the free week to bring new customers to local shops and restaurants.\n\n"
            "You must be logged in to post a comment Login\n\n"
            "Leave a Reply\n")
    article = pr2news.convert(text)
    assert article.highlights == ()
    assert article.body[0].text.startswith("Harbourside – Harbour Transit announced today")
    assert article.body[-1].text.startswith("The authority expects")


LOCAL_NEWS_CAPTION_REPEATS_TITLE = """한빛시평생학습관, 학습동아리 일일 강좌 성료

김하늘 기자 / 기사승인 : 2026-03-30 08:10:21
  • -
  • +
  • 인쇄
동부분관 개관 알리며, 일상에 녹아드는 배움의 공간 적극 알려
▲ 한빛시평생학습관, 학습동아리 일일 강좌 성료

[누리뉴스] 한빛시평생학습관은 동부분관 개관을 기념해 운영한 학습동아리 일일 강좌가 시민들의 큰 호응 속에 마무리됐다고 30일 밝혔다.

이번 일일 강좌는 새로 문을 연 동부분관을 시민들에게 알리고 지역 학습동아리의 활동을 소개하기 위해 마련됐다.
"""


def test_a_photo_caption_repeating_the_title_neither_makes_it_a_name_nor_takes_its_place():
    # ▲ the title again under the photo: the title is not 'a name the text uses', and the caption is not the
    # release's own title printed again; the font size's - and + buttons are chrome
    article = pr2news.convert(LOCAL_NEWS_CAPTION_REPEATS_TITLE)
    assert article.headline == "한빛시평생학습관, 학습동아리 일일 강좌 성료"
    assert article.highlights == ("동부분관 개관 알리며, 일상에 녹아드는 배움의 공간 적극 알려",)
    assert article.body[0].text.startswith("한빛시평생학습관은 동부분관 개관을 기념해")


def test_a_label_and_a_title_in_capitals_run_into_the_text_on_one_line_are_split():
    text = ("Press Releases\n"
            "Tuesday, March 3, 2026 |\n"
            "Press Release No. 14/26 GOVERNOR OPENS NEW WOMEN'S HOSTEL ON CAMPUS IN HILLTOWN The Governor today "
            "visited the state university campus, where he was received by the vice chancellor. During his visit, the "
            "Governor opened a hostel of ninety rooms within the premises of the university. Students later presented "
            "their ideas for new businesses to the Governor.\n")
    article = pr2news.convert(text)
    assert article.headline == "GOVERNOR OPENS NEW WOMEN'S HOSTEL ON CAMPUS IN HILLTOWN"
    assert article.body[0].text.startswith("The Governor today visited the state university campus")
    assert "Press Release No. 14/26" in article.stripped


WIRE_COPY_AGE_AND_IMAGE_TWICE = """한빛개발청 개청 11주년…이도윤 청장 "국가 핵심 엔진 될 것"

2 months ago 2
김하늘 기자

한빛개발청 개청 11주년 기념식

한빛개발청 개청 11주년 기념식

[한빛개발청 제공. 재판매 및 DB 금지]

(한빛=누리뉴스) 김하늘 기자 = 한빛개발청은 개청 11주년 기념식을 열고 새로운 도약을 다짐했다고 13일 밝혔다.

전날 청사에서 열린 기념식은 청장과 직원들이 지난 11년의 성과를 돌아보는 자리였다.
"""


def test_a_pages_age_with_its_counter_and_an_images_text_twice_over_its_credit_are_not_the_article():
    article = pr2news.convert(WIRE_COPY_AGE_AND_IMAGE_TWICE)
    assert article.highlights == ()
    assert "2 months ago 2" in article.stripped
    assert article.body[0].text.startswith("한빛개발청은 개청 11주년 기념식을 열고")


def test_an_articles_print_and_font_size_buttons_named_after_the_article_are_chrome():
    text = ("민간공원 사업 변경 관련 한빛신문 보도에 대한 입장\n\n"
            "기사내용 프린트\n"
            "기사 내용 글자 크게\n"
            "기사 내용 글자 작게\n\n"
            "한빛신문이 지난 9일자로 보도한 내용은 사실관계가 다르다. 시는 사업자 선정 과정의 모든 자료를 공개해 왔다.\n\n"
            "시는 유도성 또는 추측성 보도를 자제해 주기를 부탁드린다.\n")
    article = pr2news.convert(text)
    assert article.highlights == ()
    assert {"기사내용 프린트", "기사 내용 글자 크게", "기사 내용 글자 작게"} <= set(article.stripped)


def test_a_share_this_article_button_heads_no_list_of_other_stories():
    # 이 기사를 공유합니다 is a share button; the subtitle under it is the release's, not another story's title
    text = ("한빛진흥원, 중기부 지역기업 육성 주관기관 선정\n"
            "  • 김하늘 기자\n"
            "  • 승인 2026.03.05 16:17\n"
            "이 기사를 공유합니다\n\n"
            "- 농생명·식품산업 앵커기업 키울 정부예산 23억원 확보\n\n"
            "한빛진흥원은 중소벤처기업부의 지역기업 육성사업 공모에 선정돼 앵커기업 육성을 위한 정부예산 23억원을 "
            "확보했다고 5일 밝혔다.\n\n"
            "진흥원은 올해 기술혁신과 해외진출을 집중 지원할 계획이다.\n")
    article = pr2news.convert(text)
    assert article.highlights == ("농생명·식품산업 앵커기업 키울 정부예산 23억원 확보",)


def test_a_caption_pointing_up_at_its_photo_and_a_sponsor_message_notice_are_not_the_article():
    ko = ("한빛시립도서관, 공원 속 ‘숲 속 책 쉼터’ 운영\n\n"
          "김하늘 기자 / 입력 : 2026년 03월 24일\n"
          "↑↑ 한빛시립도서관, 공원 속 독서와 힐링의 공간 '숲 속 책 쉼터' 운영\n\n"
          "한빛시립도서관은 다음 달부터 10월까지 공원 숲 속에서 책을 읽을 수 있는 쉼터를 운영한다고 24일 밝혔다.\n\n"
          "쉼터에는 그림책과 소설 등 500여 권이 비치된다.\n")
    assert pr2news.convert(ko).highlights == ()
    en = ("Fire Crews Contain House Fire, Protect Three Neighbouring Homes\n\n"
          "HIGHLAND – Quick work by three fire departments kept a house fire on Maple Street from spreading to "
          "three neighbouring homes on Saturday.\n\n"
          "article continues after sponsor message\n\n"
          "No one was hurt. The cause of the fire is under investigation.\n")
    article = pr2news.convert(en)
    assert "article continues after sponsor message" in article.stripped
    assert [b.text[:8] for b in article.body] == ["HIGHLAND", "No one w"]


def test_a_newsletters_sign_up_blurb_after_the_text_is_chrome():
    text = ("Skip to main content Skip to footer\n\n"
            "Notice of 2026 Council Meeting Schedule Change\n\n"
            "Please note that the regular Council meeting originally scheduled for Monday, March 9, 2026, has been "
            "cancelled in accordance with the Township's Procedure By-law due to scheduling conflicts.\n\n"
            "The next regularly scheduled Council meeting will take place on Monday, March 23, 2026.\n"
            "The April 6, 2026, Council meeting remains scheduled as planned.\n\n"
            "For up-to-date Council meeting information including meeting dates, agendas and more, please visit the "
            "Township's Meeting Portal.\n\n"
            "Sign up for our eNewsletter\n\n"
            "Stay up to date on the Township's activities, events, programs and operations by subscribing to have "
            "notifications sent directly to your inbox.\n\n"
            "This website uses cookies to enhance usability and provide you with a more personal experience.\n")
    article = pr2news.convert(text)
    assert not any("subscribing" in b.text for b in article.body)
    assert any(s.startswith("Stay up to date on the Township's activities") for s in article.stripped)


def test_an_addresss_last_line_in_a_letterhead_is_never_the_headline():
    # a university news office's letterhead: its logo file, name, street, town with state and ZIP, phones; then
    # the title, and a text that names the town again and again
    text = """\
hilltown.gif (1377 bytes)

NEWS SERVICES
210 College Street, Campus Box 6210
Hill Town, NC  27599-6210
(919) 555-2091   FAX: (919) 555-2279




Eight students, two graduates of HTU win distinguished merit-based scholarships

HILL TOWN -- Eight Hill Town University students won distinguished national and international scholarships in 2025-2026, making this one of the best years in the history of the university at Hill Town.

The scholarships, awarded to the nation's most accomplished students, were one each from the Rhodes, Luce and Udall programs.

University officials in Hill Town said the students were nominated from more than 200 applicants.
"""
    article = pr2news.convert(text)
    assert article.headline == "Eight students, two graduates of HTU win distinguished merit-based scholarships"
    assert article.highlights == ()


def test_a_notice_that_a_machine_translation_follows_ends_the_article():
    text = ("평창군, ‘2026년 농업인대학 사과과정 입학식’ 개최\n\n"
            "평창군은 2월 23일 농업기술센터에서 농업인대학 사과과정 입학식을 열었다고 밝혔다.\n\n"
            "교육은 11월까지 이론교육과 현장실습으로 진행된다.\n\n"
            "*아래는 위 기사를 '구글 번역'으로 번역한 영문 기사의 [전문]입니다. 영문 번역에 오류가 있을 수 있음을 전제로 합니다.\n\n"
            "*The following is [the full text] of the English article translated by 'Google Translate'.\n\n"
            "Pyeongchang County held an entrance ceremony for the apple course of the Farmers' College on February 23.\n")
    article = pr2news.convert(text)
    assert article.body[-1].text == "교육은 11월까지 이론교육과 현장실습으로 진행된다."


def test_a_korean_title_quoting_its_speaker_over_a_quoted_subtitle_is_the_headline():
    # 화자 "인용": the news page's title names who speaks; the bare quotation under it spells the answer out and
    # shares more words with the text, yet it is the subtitle
    text = """\
市 "노선 개편 요금 인상설, 검토한 일 없다"
"노선 개편 공청회 일정 맞춰 주민 의견 먼저 듣겠다는 것"
한빛시는 이날 오후 설명자료를 통해 "노선 개편 공청회 일정은 아직 정해지지 않았다. 주민 의견을 먼저 들은 뒤 노선 개편안을 정할 예정"이라고 밝혔다.
시는 이어 "공청회 일정에 맞춰 주민 의견을 듣겠다는 취지였을 뿐"이라며 "주민 불편이 없도록 충분한 안내 기간을 두겠다"고 덧붙였다.
<저작권자ⓒ한빛일보. 무단전재-재배포금지>
"""
    article = pr2news.convert(text)
    assert article.headline == '市 "노선 개편 요금 인상설, 검토한 일 없다"'
    assert article.highlights == ('"노선 개편 공청회 일정 맞춰 주민 의견 먼저 듣겠다는 것"',)


FIRE_DEPARTMENT_POST_EN = """\
Tuesday, May 13, 2025

HFD Crews Contain Warehouse Fire on Industrial Drive

One firefighter treated for heat exhaustion


Harlow, Ore. - Crews from three Harlow fire stations responded to a fire at a vacant warehouse in the 1200 block of Industrial Drive early Tuesday morning.

The first engine arrived within five minutes to find smoke showing from the roof. Crews made an interior attack and had the fire under control in about 40 minutes.

One firefighter was treated at the scene for heat exhaustion and released. The cause of the fire is under investigation.

For questions related to this release, please contact Harlow Fire Department Public Information Officer Dana Reyes at (555)-201-7788. No updates to this release are anticipated at this time.


Above: Crews ventilate the roof of the warehouse on Industrial Drive.

Above: Engine 2's crew lays a supply line from a hydrant on Dock Street.
"""


def test_a_contact_sentence_then_a_remark_is_cut_in_two_and_captions_after_the_contact_leave_the_body():
    article = pr2news.convert(FIRE_DEPARTMENT_POST_EN)
    (contact,) = article.contacts
    assert (contact.department, contact.name, contact.title, contact.phones) == (
        "Harlow Fire Department", "Dana Reyes", "Public Information Officer", ("(555)-201-7788",))
    assert article.body[-1].text == ("One firefighter was treated at the scene for heat exhaustion and released. "
                                     "The cause of the fire is under investigation.")
    assert contact.text.endswith("at (555)-201-7788.")  # the page's remark after it is cut off and set aside
    assert "No updates to this release are anticipated at this time." in article.stripped
    # a caption placed by where its photo stands (Above: …), sentence or not
    assert "Above: Engine 2's crew lays a supply line from a hydrant on Dock Street." in article.stripped


BROADCAST_SCRIPT_KO = """\
본문 바로가기
뉴스데스크

한빛시, 폭염 대비 무더위 쉼터 120곳 운영

한빛시가 여름철 폭염에 대비해

경로당과 주민센터 등 120곳을

무더위 쉼터로 지정해 운영합니다.



쉼터는 다음 달 1일부터

9월 말까지 문을 열며,

폭염 특보가 내려지면 밤 9시까지

운영 시간을 늘립니다.



시는 "어르신 등 폭염 취약계층이

가까운 곳에서 더위를 피할 수 있도록

쉼터 안내를 강화하겠다"고 밝혔습니다.
홍길동



▶한빛방송 날씨 정보
"""


def test_a_broadcast_script_set_a_phrase_to_a_line_reads_as_running_text():
    # no line of it is a sentence on its own: the first phrases were taken for subtitles before, and a shorter
    # script failed to convert at all (nothing read as a release)
    article = pr2news.convert(BROADCAST_SCRIPT_KO)
    assert article.headline == "한빛시, 폭염 대비 무더위 쉼터 120곳 운영"
    assert article.highlights == ()
    assert [block.text for block in article.body] == [
        "한빛시가 여름철 폭염에 대비해 경로당과 주민센터 등 120곳을 무더위 쉼터로 지정해 운영합니다.",
        "쉼터는 다음 달 1일부터 9월 말까지 문을 열며, 폭염 특보가 내려지면 밤 9시까지 운영 시간을 늘립니다.",
        '시는 "어르신 등 폭염 취약계층이 가까운 곳에서 더위를 피할 수 있도록 쉼터 안내를 강화하겠다"고 밝혔습니다.']
    # each joined sentence says which lines it came from
    assert article.trace[3].where == "line 6 to line 10"


def test_a_subtitle_with_a_dash_run_into_its_first_word_stays_under_its_title():
    # the subtitle names who spoke and where, which the text repeats; the title says what it is about
    text = """\
Tuesday, June 3, 2025

Riverton pledges cleaner waterways under regional compact
-Mayor Okafor at river trail opening

Riverton, RIS, June 3, 2025

Mayor Ada Okafor today opened the new river trail along the Riverton waterfront, where she spoke at the opening of the trail.

Mayor Okafor said the river trail opening marks the first step in the city's plan to restore the riverbanks.

The trail runs two miles from the old mill to the river park, and Mayor Okafor thanked the volunteers who cleared it.
"""
    article = pr2news.convert(text)
    assert article.headline == "Riverton pledges cleaner waterways under regional compact"
    assert article.highlights == ("Mayor Okafor at river trail opening",)
    assert "-" in article.stripped  # the dash is no part of the subtitle, but it is kept


def test_an_invitation_to_follow_the_issuer_on_one_network_ends_the_text():
    text = """\
Harbour Authority reviews night-time noise at the container terminal

OTTAWA, May 5, 2025 - The Harbour Authority has begun a review of night-time noise at the container terminal after complaints from residents of the north shore.

The review will measure noise at six points along the shore over four weeks and will report its findings in the autumn.

Follow the Harbour Authority on X @HarbourAuth.

- 30 -

For more information, please contact:

Lena Marsh
Media Relations
613-555-0142
"""
    article = pr2news.convert(text)
    assert article.body[-1].text.startswith("The review will measure noise at six points")
    assert "Follow the Harbour Authority on X @HarbourAuth." in article.stripped


def test_a_sites_section_named_by_menu_words_over_a_boards_post_is_not_its_title():
    # the museum's name and its menu's section (소식ㆍ참여) read like a short title that the text names often
    text = """\
대메뉴 바로가기 본문 바로가기
통합검색ㆍ예약
전시안내
사이트맵
국립한빛박물관 소식ㆍ참여

한빛박물관 특별전 ‘바다의 길’ 관람객 5만 명 넘어서

  • 작성자 : 홍보담당
  • 작성일 : 2025.08.20
  • 조회수 : 512
국립한빛박물관(관장 김누리)이 개관 50주년을 맞아 열고 있는 특별전 ‘바다의 길’의 관람객이 5만 명을 넘어섰습니다.

개막일인 7월 10일부터 8월 18일까지 모두 50,312명이 특별전을 관람해 하루 평균 1,300여 명이 박물관을 찾았습니다.

국립한빛박물관은 관람객 5만 명 돌파를 기념해 특별전 도록을 박물관 누리집에서 무료로 내려받을 수 있도록 했습니다.
"""
    article = pr2news.convert(text)
    assert article.headline == "한빛박물관 특별전 ‘바다의 길’ 관람객 5만 명 넘어서"
    assert article.highlights == ()
    assert {"국립한빛박물관 소식ㆍ참여", "통합검색ㆍ예약"} <= set(article.stripped)


def test_a_rebuttals_report_section_heading_under_the_title_opens_the_body():
    text = """\
설명자료

[해명]“시, 민원 답변 한 달째 미뤄” 보도 관련

▶ 보도내용 (6.3일, 한빛일보 석간)

ㅇ 5월 2일 시에 버스정류장 이전 민원을 냈으나 6월 3일 현재까지 답변이 없음

▶ 해명내용

ㅇ 민원은 5월 2일 접수되어 관계 부서 현장 확인을 거쳐 5월 20일 민원인에게 문자로 답변하였음

ㅇ 앞으로 민원 처리 과정을 민원인이 누리집에서 확인할 수 있도록 안내를 강화하겠음
"""
    article = pr2news.convert(text)
    assert article.headline == "[해명]“시, 민원 답변 한 달째 미뤄” 보도 관련"
    assert article.highlights == ()
    assert article.body[0].text == "보도내용 (6.3일, 한빛일보 석간)"


def test_a_contact_line_opened_by_a_slash_keeps_every_character():
    # a provincial portal's news item signs off with its office and number after a slash
    text = """\
도, 여름철 물놀이 안전관리 강화
7월 1일부터 8월 31일까지 물놀이 관리지역 64곳 운영
한빛도가 여름철 물놀이 사고를 막기 위해 7월 1일부터 두 달 동안 물놀이 관리지역 64곳에 안전요원을 배치한다.
도는 관리지역마다 구명조끼 대여소를 설치하고, 위험 구역에는 출입 통제선을 설치할 계획이다.
/안전정책과 041-555-3592
"""
    article = pr2news.convert(text)
    (contact,) = article.contacts
    assert contact.text == "/안전정책과 041-555-3592"
    assert (contact.department, contact.phones) == ("안전정책과", ("041-555-3592",))
    assert lost_lines(text, article.to_dict()) == []


def test_a_short_subtitle_stopping_on_a_particle_is_no_wrapped_first_line_of_the_lead():
    # 까지 ends the subtitle (until November) as it could end a line wrapped at the page width; but the line fills no
    # width the lead below it wraps at
    text = """\
한빛시, 전통시장 주차장 200면 늘린다
9월 중앙시장 시작 12월까지
한빛시가 전통시장을 찾는 시민들의 주차 불편을 덜기 위해 올해 안에 시장 주변 공영주차장 200면을 새로 만든다.
시는 2일 중앙시장과 동부시장 인근 유휴 부지 두 곳에 사업비 48억원을 들여 주차장을 짓는다고 밝혔다.
중앙시장 주차장은 오는 9월, 동부시장 주차장은 12월 문을 열 예정이다.
"""
    article = pr2news.convert(text)
    assert article.highlights == ("9월 중앙시장 시작 12월까지",)
    assert article.body[0].text.startswith("한빛시가 전통시장을 찾는")


def test_a_boards_post_stamp_with_a_two_figure_year_is_the_dateline_not_text():
    text = """\
한빛예술의전당, 찾아가는 음악회 <바다의 노래> 공연 개최
페이지 정보
작성자 홍보마케팅팀
작성일 23-09-23 13:36
본문
한빛문화재단(대표이사 김누리)은 10월 13일(금) 19시 30분에 <바다의 노래> 공연을 한빛예술의전당 소공연장에서 개최한다.
이번 공연은 바닷가 마을 사람들의 이야기를 노래와 연극으로 엮은 작품으로, 지역 예술인 20여 명이 무대에 오른다.
공연 관람료는 전석 1만원이다. 관람 문의와 자세한 사항은 한빛예술의전당 누리집에서 확인할 수 있다.
"""
    article = pr2news.convert(text)
    assert (article.dateline.date, article.dateline.time) == ("2023-09-23", "13:36")
    assert article.body[0].text.startswith("한빛문화재단(대표이사 김누리)은")


def test_a_boards_writer_cell_run_into_its_value_is_the_byline_not_text():
    text = """\
보도자료
한빛시 시정소식지 창간 30주년 기념 시민간담회 개최
- 담당부서소통담당관
- 작성자김누리
- 연락처033-555-4170
- 등록일2022-12-27
한빛시 시정소식지 ‘한빛’이 27일 오후 2시 시청 중회의실에서 구독자들과 함께 소식지 발전 방향을 논의하는 간담회를 연다.
이번 간담회에는 시민 구독자 30여 명이 참석해 소식지에 바라는 점과 새로 다뤘으면 하는 주제를 이야기한다.
"""
    article = pr2news.convert(text)
    assert article.byline == "작성자김누리"
    assert not any("작성자" in block.text for block in article.body)


BULLETIN_PAGE_KO = """\
[2025-02-13] 한빛 8뉴스
2025년 02월 13일 (목)
도 수산연구원, 해양 분석 인증기관 지정
도 수산연구원, 해양 분석 인증기관 지정
한빛도 수산연구원이 해양환경 측정 분석 인증기관으로 지정됐습니다.
수산연구원은 해양수산부로부터 도내에서 유일하게 해양환경 측정과 분석 인증을 받았습니다.
연구원은 이번 지정으로 연안 수질 연구를 본격화할 계획입니다.
한빛방송 김누리(nuri@hanbitbs.example.kr) 기자
한빛시, 상반기 공공일자리 1,046명 선발
한빛시, 상반기 공공일자리 1,046명 선발
올해 상반기 공공일자리 사업으로 1천여 명이 채용됐습니다.
한빛시는 상반기 공공일자리 사업에 3천2백여 명이 신청했고, 이 가운데 1천여 명을 뽑았다고 밝혔습니다.
"""


def test_a_bulletins_next_story_printed_twice_ends_the_article_and_the_reporters_sign_off_is_no_text():
    article = pr2news.convert(BULLETIN_PAGE_KO)
    assert article.headline == "도 수산연구원, 해양 분석 인증기관 지정"
    assert article.body[-1].text == "연구원은 이번 지정으로 연안 수질 연구를 본격화할 계획입니다."
    assert not any("공공일자리" in block.text or "기자" in block.text for block in article.body)


def test_a_photos_text_printed_twice_inside_the_article_does_not_end_it():
    # the same words twice after the text has begun, but the paragraph under them goes on with the article's subject
    text = """\
김누리 한빛공사 사장 “물 걱정 없이 농사짓도록 최선”
[한빛트리뷴=홍길동 기자] 김누리 한빛공사 신임 사장이 14일 한빛저수지를 찾아 영농기에 대비한 농업용수 확보 현황을 점검했다.
이날 기준 한빛저수지의 저수율은 평년 대비 108% 수준인 93%로, 올해도 안정적인 농업용수 공급이 가능할 것으로 예상된다.
김누리 한빛공사 사장 l 한빛공사
김누리 한빛공사 사장 l 한빛공사
김 사장은 한빛저수지의 취수탑과 여수로 등 부속 시설을 둘러보고 농업용수 공급 과정의 안전 관리도 당부했다.
김 사장은 “농업용수 공급은 공사 본연의 임무”라며 “농업인이 물 걱정 없이 농사지을 수 있도록 최선을 다하겠다”고 말했다.
"""
    article = pr2news.convert(text)
    assert article.body[-1].text.endswith("최선을 다하겠다”고 말했다.")


def test_a_title_about_a_council_over_its_posting_stamp_and_photo_texts_printed_twice():
    # the title ends on the body it is about (… for Harlow Council): no letterhead for that; the posting stamp sits
    # behind the archive's label; each photo's text and caption are the same words twice, no summary bullets
    text = """\
New Leadership for Harlow Council

Archived news: published on Friday 18 May 2007 by Harlow Council

Councillors Ann Reid and Tom Hale

Councillors Ann Reid and Tom Hale

Harlow Council has sworn in a new council of 48 members under the leadership of councillor Ann Reid, with councillor Tom Hale as her deputy.

Cllr Reid said: "I am honoured to lead Harlow Council. This new leadership will take decisions closer to the communities they affect."

Cllr Hale said the council would publish its first joint programme within a month.
"""
    article = pr2news.convert(text)
    assert article.headline == "New Leadership for Harlow Council"
    assert article.highlights == ()
    assert article.dateline.date == "2007-05-18"
    assert article.body[0].text.startswith("Harlow Council has sworn in")


def test_a_more_information_link_a_themes_related_posts_and_a_feed_footer_stay_out_of_the_article():
    text = """\
Storm Victims Can Meet Face-To-Face With Recovery Officials

Release Number: 1486-08

» More Information on Riverton Severe Storms and Flooding

RIVERTON -- Three mobile recovery centers will open in Ashford, Bell and Carver counties to help people affected by last month's storms.

Recovery specialists will explain assistance programs and help people register for aid.

For more information, contact:
Jo Alder
Press Office
Tel: 555-010-2323

Check Also

Riverton and Ashford Sign Water Sharing Agreement

Riverton's mayor and Ashford's council leader signed an agreement on Tuesday to share the reservoir's water during droughts, the first such agreement in the valley...

The post Riverton and Ashford Sign Water Sharing Agreement appeared first on Riverton Today.
"""
    article = pr2news.convert(text)
    assert article.highlights == ()
    assert article.body[-1].text == "Recovery specialists will explain assistance programs and help people register for aid."
    assert [contact.name for contact in article.contacts] == ["Jo Alder"]
    assert "» More Information on Riverton Severe Storms and Flooding" in article.stripped


def test_a_posts_header_row_run_together_is_cut_into_category_title_and_posting_stamp():
    text = """\
General Information... Requested Burn Ban by Harlow County Emergency Services (DES) on Thursday, July 5, 2012
FOR IMMEDIATE RELEASE
MEDIA CONTACT: Tim Reyes, 410-555-8165
July 5, 2012, Harlow County – The Harlow County Fire Chiefs are urging the public to refrain from burning until the extremely dry conditions improve.
In recent weeks the county has seen a number of ground cover fires that began as small controlled burnings.
"""
    article = pr2news.convert(text)
    assert article.headline == "Requested Burn Ban"
    assert "General Information..." in article.stripped
    assert article.dateline.date == "2012-07-05"  # the posting stamp, or the lead's own date: the same day
    assert not any("Harlow County Emergency Services (DES)" in text for text in (article.headline, *article.highlights))


def test_a_title_under_a_contact_line_is_no_value_of_the_contact():
    # an e-mailed release: its contact on one line over the title, which has no function word a headline test asks for
    text = """\
U.S. Forest Service News Release
Media Contact: Dana Brooks
Pinecrest NF lifting seasonal road closures
Pine Hill, Ariz., March 21, 2016, For Immediate Release —
Forest roads across Pinecrest National Forest are opening as warmer weather approaches and the roads are becoming suitable for motorized travel.
A few roads are still closed due to wet and muddy conditions that can cause damage to the roads.
"""
    article = pr2news.convert(text)
    assert article.headline == "Pinecrest NF lifting seasonal road closures"
    assert [contact.text for contact in article.contacts] == ["Media Contact: Dana Brooks"]


def test_a_line_naming_the_titles_subject_again_is_its_subtitle_not_its_second_line():
    # the title stops on 늘어 (as a title broken by the page width might), but the next line opens on its first word
    text = """\
보도자료
한빛지하철 폭설로 30% 이상 승객 늘어
한빛지하철이 ''눈 특수''를 누리고 있다
○ 1일 내리고 있는 폭설의 여파로 교통 혼잡이 예상됨에 따라 시민들이 지하철 각 역사로 대거 몰리고 있다.
○ 한빛도시철도공사에 따르면 이틀간 내린 폭설로 시민들이 평소보다 30% 이상 지하철을 더 이용하고 있다.
○ 공사는 승객이 갑자기 늘어나 역마다 안전요원을 늘렸다고 밝혔다.
"""
    article = pr2news.convert(text)
    assert article.headline == "한빛지하철 폭설로 30% 이상 승객 늘어"


def test_a_news_pages_credit_row_of_reporter_e_mail_and_approval_time_is_no_subtitle():
    text = """\
한빛연구원 설립 28년 만에 독립연구시설 준공
한빛연구원 설립 28년 만에 독립연구시설 준공
홍길동 / hong@hbilbo.kr / 기사승인 : 2018-12-28 09:28:17
  • 카카오톡 보내기
  • 인쇄
그동안 쓰던 옛 청사 자리에 신청사…28일 준공식

한빛연구원이 설립 28년 만에 독립연구시설을 준공하고 28일 준공식을 열었다. 한빛연구원은 1990년 한빛도와 시·군, 지역 기업들이 함께 출연해 세운 종합정책연구기관이다.

독립연구시설은 지하 1층, 지상 4층 규모로 지어졌으며, 한빛연구원은 설립 28년 만에 처음으로 자체 청사를 갖게 됐다.
"""
    article = pr2news.convert(text)
    assert article.headline == "한빛연구원 설립 28년 만에 독립연구시설 준공"
    assert article.highlights == ("그동안 쓰던 옛 청사 자리에 신청사…28일 준공식",)


def test_a_title_printed_twice_in_a_row_is_the_headline_once():
    # the page's title and the article's heading, one under the other: the same words are never the title's rest
    text = """\
한빛연구원 설립 28년 만에 독립연구시설 준공
한빛연구원 설립 28년 만에 독립연구시설 준공
  • 홍길동
  • 승인 2018.12.28 09:28
  • 댓글 0
이 기사를 공유합니다

그동안 쓰던 옛 청사 자리에 신청사…28일 준공식

한빛연구원이 설립 28년 만에 독립연구시설을 준공하고 28일 준공식을 열었다. 한빛연구원은 1990년 한빛도와 시·군, 지역 기업들이 함께 출연해 세운 종합정책연구기관이다.

독립연구시설은 지하 1층, 지상 4층 규모로 지어졌으며, 한빛연구원은 설립 28년 만에 처음으로 자체 청사를 갖게 됐다.
"""
    article = pr2news.convert(text)
    assert article.headline == "한빛연구원 설립 28년 만에 독립연구시설 준공"


def test_an_issuers_name_with_where_it_sits_and_a_web_apps_status_messages_stay_out_of_the_article():
    text = """\
23 people charged with impaired driving during week 2 of the holiday checkstop program


Royal Canadian Mounted Police in Manitoba

Week two of the holiday checkstop program, from December 11 to December 17, resulted in 2,306 vehicles checked across Manitoba.

Officers charged 23 people with impaired driving and handed out 10 roadside suspensions during the week.

An unhandled error has occurred. Reload X
Rejoining the server...
Rejoin failed... trying again in seconds.
The session has been paused by the server.
Please retry or reload the page.
"""
    article = pr2news.convert(text)
    assert article.highlights == ()
    assert article.body[-1].text.startswith("Officers charged 23 people")
    assert "Royal Canadian Mounted Police in Manitoba" in article.stripped


def test_a_boards_posting_stamp_under_the_text_is_claimed_as_a_date_line_by_the_line_rules():
    # after two paragraphs a dated line is a fact of the story - unless it is a stamp with its hour, as a board
    # prints under a post (등록일 2005-02-01 00:00), which no story writes
    from pr2news.readers import read_bytes
    from pr2news.segment.rules import line_draft
    text = """\
보도자료
한빛지하철 폭설로 30% 이상 승객 늘어
○ 1일 내리고 있는 폭설의 여파로 교통 혼잡이 예상됨에 따라 시민들이 지하철 각 역사로 대거 몰리고 있다.
○ 한빛도시철도공사에 따르면 이틀간 내린 폭설로 시민들이 평소보다 30% 이상 지하철을 더 이용하고 있다.
○ 공사는 승객이 갑자기 늘어나 역마다 안전요원을 늘렸다고 밝혔다.
등록일 2005-02-01 00:00
작성자 운**
조회수 2520
"""
    d = line_draft(read_bytes(text.encode("utf-8"), "board.txt").blocks)
    stamp = next(i for i, line in enumerate(d.lines) if line.text.startswith("등록일"))
    assert d.roles[stamp] == "dateline"
    article = pr2news.convert(text)
    assert not any("등록일" in block.text for block in article.body)


def test_an_images_file_name_with_its_size_is_chrome():
    text = """\
From your Mayor - Season's greetings

Mayor Ana Baker-extend-base-768x402px

As the year draws to a close and the holiday season approaches, most of us will be looking forward to a chance to celebrate and relax.

On Christmas day I will be serving lunch at the Harbour Arena to those who cannot celebrate at home.
"""
    article = pr2news.convert(text)
    assert article.headline == "From your Mayor - Season's greetings"
    assert article.highlights == ()
    assert "Mayor Ana Baker-extend-base-768x402px" in article.stripped


def test_a_boards_institution_field_and_a_file_with_its_download_button_stay_out_of_the_article():
    text = """\
[보도자료] 한빛지방청, 식품안전관리협의회 개최
기관명 한빛지방청
등록일 2017-03-23
식품의약품안전처 한빛지방청은 산·학·관 소통 강화를 위해 ‘식품안전관리협의회’를 3월 23일 한빛제약 공장에서 열었다.
이번 협의회는 업계의 위생 관리 우수 사례를 나누고 올해 달라지는 식품 안전 정책을 안내하기 위해 마련됐다.
한빛지방청은 협의회에서 나온 의견을 식품안전관리 업무에 적극 반영할 예정이라고 밝혔다.
170323_한빛청_식품안전관리협의회_최종본.hwp 다운받기 미리보기
"""
    article = pr2news.convert(text)
    assert article.highlights == ()
    assert article.byline == "기관명 한빛지방청"  # the issuing office, in the board's field (as 부서명 …)
    assert article.body[-1].text.startswith("한빛지방청은 협의회에서 나온 의견을")
    assert article.attachments == ("170323_한빛청_식품안전관리협의회_최종본.hwp 다운받기 미리보기",)


def test_a_caption_saying_what_the_photo_is_after_a_sentence_is_no_part_of_the_text():
    # the image's text and its caption: a sentence about the event, then 사진은 … 사진. - printed twice over the lead
    text = """\
ADVERTISEMENT

전환의 시대, 함께하는 대학 홍보

한빛일보

입력

한빛대학홍보협의회(회장 김누리)가 8월 11일 제26대 집행부의 출범을 알렸다. 사진은 출범식 단체 사진.

한빛대학홍보협의회(회장 김누리)가 8월 11일 제26대 집행부의 출범을 알렸다. 사진은 출범식 단체 사진.

한빛대학홍보협의회(회장 김누리)가 8월 11일 한빛대학교 중앙도서관에서 제26대 집행부 출범식을 열었다.

김누리 회장은 “대학 홍보가 대학과 사회를 잇는 역할을 해야 한다”며 협의회의 전문성을 높이겠다고 말했다.
"""
    article = pr2news.convert(text)
    assert article.headline == "전환의 시대, 함께하는 대학 홍보"
    assert article.body[0].text.startswith("한빛대학홍보협의회(회장 김누리)가 8월 11일 한빛대학교")
    assert not any("사진은" in block.text for block in article.body)


def test_a_bracketed_credit_alone_on_its_line_and_a_comment_forms_notice():
    korean = """\
[해명] 해경, “다이빙 벨 뒷북 투입” 보도 관련
[한빛농정신문 김누리 기자]
농촌진흥청이 전국 농민 30만명을 대상으로 오는 2월 28일까지 새해 농업인 실용 교육을 한다.
교육은 시군 농업기술센터에서 열리며, 과정별 일정은 누리집에서 확인할 수 있다.
"""
    article = pr2news.convert(korean)
    assert article.byline == "[한빛농정신문 김누리 기자]"
    assert article.body[0].text.startswith("농촌진흥청이 전국 농민")
    english = """\
Police respond to shooting on South Main Street

Shortly after 7:00am this morning officers responded to the 2200 block of South Main Street for a report of shots fired.

The incident is under investigation and further information will be released as it becomes available.

Leave a Reply

This site uses Akismet to reduce spam. Learn how your comment data is processed.
"""
    article = pr2news.convert(english)
    assert article.body[-1].text.startswith("The incident is under investigation")


def test_a_title_ending_on_a_library_written_small_is_the_headline_not_a_letterhead():
    # '… at Riverside library': the body it is about, named after a preposition, its noun written small
    text = """\
Press Release

Longer opening hours on Sundays at Riverside library

Riverside Public Library will open on Sunday afternoons from next month, the library's board announced on Tuesday. Readers asked for weekend hours in the library's survey last spring, and the board agreed to a one-year trial.

The library will be open from 1 p.m. to 5 p.m. every Sunday from March 3. Staff will count visitors during the trial before the board decides whether to keep the new hours.
"""
    article = pr2news.convert(text)
    assert article.headline == "Longer opening hours on Sundays at Riverside library"
    assert article.body[0].text.startswith("Riverside Public Library will open")


def test_a_newswires_credit_with_its_date_in_the_brackets_leaves_the_lead():
    # PLACE--(Wire - date) - : the wire that carried the release, not the release's own dateline words
    text = """\
Province Invests in Three Historic Harbours

HALIFAX, NOVA SCOTIA--(Marketwire - March 20, 2009) - The Minister of Heritage today announced $12 million for repairs to three historic harbours along the province's south shore, work that will begin this summer.

"These harbours are part of who we are," said the Minister. "This money will keep them open to visitors and fishers alike."
"""
    article = pr2news.convert(text)
    assert article.body[0].text.startswith("The Minister of Heritage today announced")
    assert article.dateline.date == "2009-03-20"
    assert lost_lines(text, article.to_dict()) == []


def test_a_long_title_in_capitals_under_the_governors_name_is_the_headline():
    # twenty-two words in capitals without a full stop: a heading, not running text cut short; the governor's
    # name over it is the letterhead's
    text = """\
For Immediate Release: 03/14/2024

Governor Ellen Marsh

GOVERNOR MARSH ANNOUNCES MORE THAN $40 MILLION FOR RURAL BROADBAND AND WATER PROJECTS AWARDED THROUGH THE SMALL TOWNS RECOVERY FUND AND REGIONAL COUNCILS PROGRAM

North Valley and Lake Counties Receive $10 Million Each for New Fiber Lines

Governor Ellen R. Marsh today announced that $41.5 million has been awarded to 37 towns for rural broadband and water projects through the Small Towns Recovery Fund and the regional councils program.

Governor Marsh said: "Every town in this state deserves fast internet and clean water. These awards bring both to places that have waited too long."
"""
    article = pr2news.convert(text)
    assert article.headline.startswith("GOVERNOR MARSH ANNOUNCES MORE THAN $40 MILLION")
    assert article.highlights == ("North Valley and Lake Counties Receive $10 Million Each for New Fiber Lines",)
    assert article.body[0].text.startswith("Governor Ellen R. Marsh today announced")


def test_a_rebuttals_answer_in_one_marked_sentence_over_its_numbered_points_is_the_highlight():
    # □ the answer summed up, wrapped over two lines, the only □ of the release; then the points 1. 2.
    text = """\
한빛일보 기사에 대한 해명자료

  □ 「한빛일보」(3월 5일자)에 보도된 “시 전산망, 외부 해킹에 뚫렸다” 제하 기사는
      사실과 다르다는 것을 알려드립니다.

    1. 한빛일보는 시 정보통신과가 작성한 ‘전산망 침해 내역’ 문서를 입수하였다고
       보도하였으나,

     ㅇ 시에서는 해당 문서를 작성한 사실이 없으며,
     ㅇ 지난해 점검에서도 외부 침입 흔적은 발견되지 않았음을 확인합니다.

    2. 또한, 사실과 다른 보도에 대해서는 정정보도를 요청할 계획입니다.
"""
    article = pr2news.convert(text)
    assert article.headline == "한빛일보 기사에 대한 해명자료"
    assert article.highlights == ("「한빛일보」(3월 5일자)에 보도된 “시 전산망, 외부 해킹에 뚫렸다” 제하 기사는 사실과 다르다는 것을 알려드립니다.",)
    assert article.body[0].text.startswith("한빛일보는 시 정보통신과가 작성한")


def test_the_release_type_the_issuer_typed_into_its_title_stays_unless_a_listing_dated_it():
    # 'Press Release – …' printed twice, never without the type: the issuer's own title; the same type in front
    # of a title a site's listing dated after it ([May 2024]) is the listing's
    own = """\
Press Release – Coyote sighting near the north trail

Press Release – Coyote sighting near the north trail

May 2, 2024:

A coyote was seen near the north trail of the park on Tuesday evening. Walkers are asked to keep dogs on a leash and to stay on the marked paths.

Please report any sighting to the park office at 555-0142.
"""
    assert pr2news.convert(own).headline == "Press Release – Coyote sighting near the north trail"
    listed = """\
Category: Press Releases

  • PRESS RELEASE : Coyote sighting near the north trail [May 2024]

A coyote was seen near the north trail of the park on Tuesday evening. Walkers are asked to keep dogs on a leash and to stay on the marked paths.

Please report any sighting to the park office at 555-0142.
"""
    assert pr2news.convert(listed).headline == "Coyote sighting near the north trail"


def test_a_release_number_beside_its_date_under_the_title_is_the_dateline_not_a_subtitle():
    text = """\
Skip to content

More Flights for Regional Airports

Minister for Regional Transport - Helen Ward
027HW/Budget 14 May 2024

The Government will spend $48 million over the next two years to keep flights running to twelve regional airports, the Minister for Regional Transport Helen Ward said today.

Ms Ward said the money would cover runway repairs and a subsidy for routes that airlines would otherwise drop.
"""
    article = pr2news.convert(text)
    assert article.highlights == ()
    assert article.dateline.date == "2024-05-14"
    assert article.body[0].text.startswith("The Government will spend")


def test_a_photo_of_the_official_with_the_pictures_source_is_a_caption_not_the_lead():
    text = """\
DA Moreno backs new diversion program for first-time offenders

Friday, March 8th, 2024

District Attorney Luis Moreno. From county website.

On Tuesday, District Attorney Luis Moreno announced a diversion program that will let first-time offenders charged with minor crimes complete community service instead of going to trial.

"Most young people who make one mistake never make a second one if we give them a way back," Moreno said.
"""
    article = pr2news.convert(text)
    assert article.body[0].text.startswith("On Tuesday, District Attorney Luis Moreno announced")
    assert "District Attorney Luis Moreno. From county website." in article.stripped


def test_a_teasers_read_more_link_ends_the_first_story_of_a_listing():
    text = """\
Latest News

Library opens a new reading room for children

Riverton 12-03-2024: The city library opened a new reading room for children on Tuesday. The room has 2,000 books and a corner for story time.

The mayor, who opened the room, said that more rooms would follow in the branch libraries next year.

City News Desk

Read more ...

Bus fares to stay the same next year

Riverton 12-03-2024: Bus fares will stay the same next year, the transport committee decided at its meeting on Tuesday.

City News Desk

Read more ...
"""
    article = pr2news.convert(text)
    assert article.headline == "Library opens a new reading room for children"
    assert article.body[-1].text.endswith("in the branch libraries next year.")
    assert lost_lines(text, article.to_dict()) == []


def test_a_posts_author_row_with_its_counters_is_chrome_and_many_spaced_hashtags_close_nothing():
    text = """\
한빛대 연구팀, ‘올해의 우수 연구성과’ 2건 선정

By hanbit-1042 Views-No Comment

바이오 센서·차세대 배터리 연구로 각각 생명, 에너지 부문 수상

한빛대 연구성과 2건이 과학기술부가 지난 9일 발표한 ‘올해의 우수 연구성과 50선’에 선정됐다. 생명공학과 김하늘 교수와 에너지공학과 박도윤 교수의 성과가 각각 생명, 에너지 부문 명단에 올랐다.

김하늘 교수는 침 한 방울로 감염병을 진단하는 센서로 선정됐다. 센서 민감도가 높아 별도의 처리 없이 바이러스를 찾아내는 특징이 있다.

#한빛대 #연구성과 #가온시 #가온시 동구 #가온시 서구 #바이오센서
"""
    article = pr2news.convert(text)
    assert article.highlights == ("바이오 센서·차세대 배터리 연구로 각각 생명, 에너지 부문 수상",)
    assert "By hanbit-1042 Views-No Comment" in article.stripped
    assert article.body[-1].text.endswith("찾아내는 특징이 있다.")


def test_an_outlets_unnamed_reporter_before_a_bar_and_a_read_time_and_a_yearless_date_stay_out():
    # 'K-Daily News 기자 |' opening the lead; '- 1분 분량' (a read-time widget) and '- 8월 4일' in the row under the
    # title: the subtitle below them is still the deck's
    text = """\
정신건강 캠페인, 전국을 잇는다
- 이서준 의학전문기자
- 8월 4일
- 1분 분량
10월 전시 앞두고 '함께해요' 캠페인 전국 진행

K-Daily News 기자 | 보건복지부 국립마음건강센터는 전국 17개 시도와 협력해 오는 14일까지 희망메시지 캠페인을 실시한다고 밝혔다.

이번 캠페인은 시·도청이나 주요 장소에 부스를 설치해, 국민들이 자신의 희망 메시지를 직접 작성하는 방식으로 운영된다.
"""
    article = pr2news.convert(text)
    assert article.highlights == ("10월 전시 앞두고 '함께해요' 캠페인 전국 진행",)
    assert article.body[0].text.startswith("보건복지부 국립마음건강센터는")
    assert article.dateline.text == "8월 4일"
    assert "- 1분 분량" in article.stripped or "1분 분량" in article.stripped


def test_a_boards_page_info_panel_is_not_the_titles_second_line_and_a_short_topic_phrase_joins_its_sentence():
    text = """\
피서철 동해안 국도 '소통 비상'
페이지 정보
작성자 보도팀 작성일2008.06.24 댓글0건본문
국토교통부 가온지방 국토관리청은
다음 달 19일부터한달간 피서객을 위한
동해안을 잇는 주요 도로에 대해
필요한 조치를 취하기로 했습니다.
가온국토관리청은 이에 따라 다음 달 11일까지
간부들이 직접 도로 순찰에 나서
교통안전 시설물을 점검할 방침입니다.
"""
    article = pr2news.convert(text)
    assert article.headline == "피서철 동해안 국도 '소통 비상'"
    assert article.highlights == ()
    assert article.body[0].text.startswith("국토교통부 가온지방 국토관리청은 다음 달 19일부터")


def test_a_citizen_reporters_bracketed_credit_glued_to_the_last_paragraph_is_the_byline():
    text = """\
가온소방서, 가가호호 방문으로 화재 예방 안내

가온소방서(서장 김민호)는 관내 일반주택의 화재를 예방하기 위한 안내문을 오는 5월까지 직접 배부한다고 밝혔다.

안내문은 화재 발생 통계와 대처 방법, 소화기 의무 설치 대상에 대한 안내로 구성되어 있다. [ 가온저널 가온소방서 시민기자 ]

저작권자 © 가온저널 무단전재 및 재배포 금지
"""
    article = pr2news.convert(text)
    assert article.body[-1].text.endswith("안내로 구성되어 있다.")
    assert article.byline == "[ 가온저널 가온소방서 시민기자 ]"


def test_a_listings_title_for_several_briefs_and_a_briefings_sections_leave_its_own_title_the_headline():
    # '… 외 1건' names a listing's entry for two documents; '■ topic', its text, '■ next topic': the briefing's
    # sections under its own title
    text = """\
국회·국회의원 보도자료

    청년 일자리 국감 만들겠다 외 1건

    • 보도일
      2024. 10. 18.
    • 기관명
      한빛당
한다온 원내대변인, 오전 현안 서면 브리핑

■ 청년 일자리 국감 만들겠다

우리당은 국감 나흘째인 어제까지 청년 일자리를 위한 질의에 힘을 쏟았다. 특히 구직 청년의 주거비 문제를 집중적으로 지적했다.

남은 국정감사에서도 생활 밀착형 질의로 청년들의 삶이 바뀌는 국감을 만들겠다.

■ 하천 관리 부실, 끝까지 따지겠다

어제 열린 국정감사에서 하천 정비 예산이 제대로 쓰이지 않았다는 진술이 나왔다. 끝까지 책임을 묻겠다.
"""
    article = pr2news.convert(text)
    assert article.headline == "한다온 원내대변인, 오전 현안 서면 브리핑"
    assert article.highlights == ()
    assert article.body[0].text == "청년 일자리 국감 만들겠다"


def test_an_answer_tagged_in_brackets_gives_its_one_line_summary_without_the_forms_title_label():
    text = """\
보도(상세)
제목 [해명] '예산이 왜 적나 .. 간부들 질책한 위원장' 보도 관련(한빛경제 12.15)
담당부서 정책홍보담당관 등록일 2024-12-15

제목: “‘예산이 왜 적냐’.. 간부들 질책한 위원장” 보도(2024.12.15.) 관련


1. 기사 내용

□ 한빛경제는 2024.12.15.일자 보도에서 “위원장이 국장에게 예산이 왜 이렇게 적냐며 질책했다”는 내용으로 보도했습니다.

2. 보도 내용에 대한 입장

□ 위원장이 간부에게 예산 규모를 언급하며 질책했다는 기사는 전혀 사실이 아닙니다.
"""
    article = pr2news.convert(text)
    assert article.highlights == ("“‘예산이 왜 적냐’.. 간부들 질책한 위원장” 보도(2024.12.15.) 관련",)
    assert "제목:" in article.stripped
    assert lost_lines(text, article.to_dict()) == []


def test_an_nhs_trusts_page_title_and_breadcrumb_over_the_release_title():
    text = """\
News and Information Harlow Vale Hospitals NHS Trust
Home News and Information

Hospital Welcomes Decision On New Surgical Wing

The Board of Harlow Vale Hospital today welcomed the decision to fund a new surgical wing, which will open in 2027.

Dana Price, Chief Executive, said the wing would cut waiting times for planned operations by a third.
"""
    article = pr2news.convert(text)
    assert article.headline == "Hospital Welcomes Decision On New Surgical Wing"
    assert article.highlights == ()


def test_an_anchors_tag_opens_a_broadcast_script_whose_first_phrase_is_no_subtitle():
    text = """\
(R) 가온BBS 남부중계소 개국...청취권역 확대
페이지 정보
작성자 한지훈 작성일2024.04.08 댓글0건본문
[앵커멘트]
저희 가온불교방송이
개국 20년을 맞아 새롭게 도약했습니다.
남부중계소를 개국하며
남부권까지 청취권역을 확대해
더 넓은 방송망을 형성하게 됐는데요.
보도에 한지훈 기잡니다.
[리포트]
가온BBS가 남부지역까지 청취권역을 넓혔습니다.
가온BBS는 오늘(8일)
남부중계소 개국 법회를 봉행했습니다.
이날 기념식에는 지역 각계 인사 300여 명이
참석해 남부중계소 개국을 축하했습니다.
"""
    article = pr2news.convert(text)
    assert article.highlights == ()
    assert article.body[0].text.startswith("저희 가온불교방송이")


def test_a_wires_tag_between_the_date_and_the_colon_and_a_title_case_place_before_a_full_date():
    # 'Islamabad, March 05, 2022 (PPI-OT):' a wire's credit (its dash inside the tag is no dateline's dash);
    # 'Singapore, 5 August 2020 –' a place dateline, the summary above it the deck's however long
    wire = """\
Minister says forces are trying to halt economic activity

Lahore, March 05, 2024 (PPI-OT):The Interior Minister says hostile forces are trying to halt economic activity in the country, urging the nation to stay united. Talking to a television channel, he said the investigation was still going on.
"""
    article = pr2news.convert(wire)
    assert article.body[0].text.startswith("The Interior Minister says")
    assert article.dateline.date == "2024-03-05"
    summary = """\
News

Agency Urges Residents In Cluster Areas To Take Three Easy Steps Against Dengue

05 Aug 2024

With the surge in dengue cases, a high mosquito population and more people working from home, all residents living in dengue cluster areas are strongly encouraged to take protective measures, highlighted in new campaign advertisements. Continued vigilance in removing stagnant water remains critical.

Riverton, 5 August 2024 – As of 4 August 2024, there have been 12,403 reported dengue cases this year. While cases fell last week, the weekly numbers remain high.
"""
    article = pr2news.convert(summary)
    assert article.highlights[0].startswith("With the surge in dengue cases")
    assert article.body[0].text.startswith("Riverton, 5 August 2024 – As of 4 August 2024")



def test_a_regional_reporters_credit_a_google_share_button_and_a_cameras_file_name_stay_out():
    text = """\
현재위치 : > 뉴스 > 교육

가온교육청 '보도의 달인' 6명 선정

  • 가온/ 한지민기자
  • 승인 2024.09.13 17:24
  • 퍼가기
  • 페이스북
  • 구글
  • 밴드
20240913_114006

가온교육청은 13일 상황실에서 상반기 교육 홍보 우수공무원에 대해 ‘보도의 달인’ 시상식을 개최했다.

‘보도의 달인’은 쉬운 우리말을 사용해 교육정책과 정보를 학생, 학부모에게 제대로 알린 공무원에게 주는 상이다.
"""
    article = pr2news.convert(text)
    assert article.byline == "가온/ 한지민기자"
    assert article.highlights == ()
    assert article.body[0].text.startswith("가온교육청은 13일")
    assert "20240913_114006" in article.stripped


def test_the_same_outlet_credit_opening_a_later_paragraph_starts_the_listings_next_story():
    text = """\
가온도, 가수 등 5명 홍보대사로 신규 위촉

한빛신문 박서연 기자 | 가온도가 가수, 전 마라톤선수, 방송인 등 5명을 신규 홍보대사로 위촉했다. 도지사는 26일 도청 집무실에서 위촉식을 열고 5명에게 위촉장을 수여했다. 이들은 앞으로 2년간 도정 주요 정책 홍보에 참여한다.

가온도지사, “불법 거래 공익 신고 최대 5억원 포상”

도지사, 담합 피해 사무소 찾아 피해상황 듣고 격려

한빛신문 박서연 기자 | 가온도지사가 담합으로 피해를 입은 공인중개사사무소를 찾아 피해 상황을 들었다. 도지사는 불법 거래를 끝까지 처벌하겠다고 밝혔다.
"""
    article = pr2news.convert(text)
    assert article.body[-1].text.endswith("도정 주요 정책 홍보에 참여한다.")
    assert lost_lines(text, article.to_dict()) == []


def test_a_boards_views_and_date_row_and_its_table_caption_are_chrome_and_a_speech_opens_on_its_salutation():
    board = """\
보도자료

조회수 38 작성일 2024년 04월 24일 15시 52분 04초
대표-가온알림-보도자료 상세보기 - 제목, 내용, 파일의 정보를 제공합니다.
2025 민관협치사업 의제 발굴을 위한 주민 대공론장 참여자 모집

가온구가 2025 민관협치 의제 발굴을 위한 주민 대공론장 참여자를 모집한다.

주민 대공론장은 5월 13일 오후 2시부터 구청 강당에서 개최되며, 가온구에 관심있는 누구나 참여할 수 있다.
"""
    article = pr2news.convert(board)
    assert article.headline == "2025 민관협치사업 의제 발굴을 위한 주민 대공론장 참여자 모집"
    assert article.body[0].text.startswith("가온구가 2025")
    speech = """\
[가온도]신 년 사
존경하는 도민 여러분!
가온도 공직자 여러분!
지난 한 해 코로나19 상황과 자연재해 등 여러 어려운 여건에도 불구하고 도정을 함께 이끌어 주신 도민 여러분께 감사드립니다.
올해는 새로운 전환의 역사를 쓰는 원년이 되기를 희망합니다.
"""
    article = pr2news.convert(speech)
    assert article.headline == "[가온도]신 년 사"
    assert article.highlights == ()
    assert article.body[0].text.startswith("존경하는 도민 여러분!")


def test_a_sites_pointer_to_more_news_and_its_plea_to_share_end_the_text():
    text = """\
Governor to Announce New Water Commissioner

What: Governor Ellen Marsh will announce who will replace Water Commissioner Dan Ruiz. The Governor will thank Commissioner Ruiz for his service.

When: Tuesday, Oct. 8, 2024 at 2:30 PM

Where: Gold Room, State Capitol, second floor

If you found this news piece interesting, please consider sharing it through your social network.

For more news, visit StateNews.example.
"""
    article = pr2news.convert(text)
    assert article.body[-1].text.startswith("Where: Gold Room")


def test_an_article_stamped_after_its_text_keeps_its_text_and_the_fuller_title_below_the_pages_shortened_one():
    # the posting stamp (작성 … 수정 …) comes after five paragraphs: more text above it than under it, so the
    # paragraphs are the article, not a deck over the stamp; the page's title dropped the title's subject
    text = """\
가온의료원 방문해 공공의료 점검

알아두면 득이 되는 의학 상식

가온의료원-사진 제공

복지부, 가온의료원 방문해 공공의료 점검

 보건복지부가 8일 가온군에 위치한 가온의료원을 방문해 최근 준공된 신규 시설을 둘러보고 현장 관계자들을 격려했다.

 이번 방문은 지난해 말 실시된 지역거점공공병원 운영평가의 후속 조치로, 지방의료원의 경영 현황을 점검하기 위해 마련됐다.

 보건의료정책실장은 이날 병원 내 신설된 인공신장실 30병상과 호스피스 10병상의 운영 현황을 살폈다.

 가온의료원은 지난 1983년 개원해 현재 21개 진료과를 운영하고 있으며, 도 서부지역 4개 군의 공공의료를 담당하고 있다.

 정부는 지방의료원이 지역 필수의료의 중심 역할을 할 수 있도록 지속해서 지원하겠다고 강조했다.

작성 2025.05.16 13:42 수정 2025.05.16 13:43

RSS피드 기사제공처 : 가온메디컬 / 등록기자: 한지민 무단 전재 및 재배포금지

댓글 0개 (/ 페이지)
댓글등록- 개인정보를 유출하는 글의 게시를 삼가주세요.
"""
    article = pr2news.convert(text)
    assert article.headline == "복지부, 가온의료원 방문해 공공의료 점검"
    assert len(article.body) == 5
    assert article.body[0].text.startswith("보건복지부가 8일")


def test_an_issuer_with_its_seat_in_brackets_and_a_korean_sns_row_are_not_the_articles():
    release = """\
Minister Applauds Arrest of Three Suspects in Harbour Town

10 September 2024
Riverland Police Service (Pretoria)
press release

Last night members of the Anti-Gang Unit arrested two suspects for the murder of a warrant officer and the attempted murder of a colleague.

The officers were on patrol at about 22:00 on Sunday night when they were shot outside a tavern in Harbour Town.
"""
    article = pr2news.convert(release)
    assert article.highlights == ()
    assert "Riverland Police Service (Pretoria)" in article.stripped
    korean = """\
가온교육지원청, 찾아가는 교육서비스 나서

가온교육지원청(교육장 한민수)은 교육장을 중심으로 직접 학부모와 지역민을 찾아가 교육에 관한 의견을 듣는 활동에 나섰다.

교육장은 “한 해 동안 교육을 위하여 헌신해 주신 분들께 감사드린다”라고 말했다.

한지민 기자

twitter facebook me2day 요즘
"""
    article = pr2news.convert(korean)
    assert article.body[-1].text.endswith("감사드린다”라고 말했다.")


def test_a_printed_pages_title_cell_with_its_framed_subtitle_and_a_downloads_size_and_count():
    cell = """\
|
가온연구원, 연구성과 정책 성과로 연결 - 국비확보 기반 마련·국정과제 이행 지원 성과 축적 - |
가온연구원(원장 한민수)은 도의 주요 현안 해결과 중장기 발전 전략 수립을 지원하는 연구를 수행하며, 연구 성과를 정책 반영과 재정 확보로 연결하는 성과를 거뒀다.
연구원은 신규사업 발굴과 국비 확보 기반 마련, 정부 국정과제 이행 지원 등 연구 전반에 걸쳐 성과를 축적했다.
"""
    article = pr2news.convert(cell)
    assert article.headline == "가온연구원, 연구성과 정책 성과로 연결"
    assert article.highlights == ("국비확보 기반 마련·국정과제 이행 지원 성과 축적",)
    board = """\
보도자료

가온도시공사, 추석 연휴 대비 다중이용시설 안전 점검 실시

가온도시공사(사장 한민수)는 지난 4일부터 13일까지 추석 명절을 앞두고 시설 안전관리 종합대책을 수립하여 연휴 안전사고 예방에 나섰다.

공사 사장은 “시민들이 안전하고 즐거운 추석 명절을 보낼 수 있도록 안전관리에 만전을 기하겠다.”고 전했다.

  1. JPG 파일 가온도시공사, 추석 연휴 대비 안전 점검 실시.jpg [ Size : 2.77MB , Down : 6 ] 미리보기 다운로드
"""
    article = pr2news.convert(board)
    assert article.body[-1].text.endswith("만전을 기하겠다.”고 전했다.")
    assert len(article.attachments) == 1


def test_a_stations_pointer_to_the_full_release_ends_its_copy():
    text = """\
Community Programs Get $12 Million Boost

By Jay Moreno

More than $12 million in new funding for public safety programs is heading to not-for-profit organizations across the province.

"Non-profits deliver vital programming that directly supports people," said the Minister of Municipal Affairs.

To see the full release, visit Government of the Province.
"""
    article = pr2news.convert(text)
    assert article.body[-1].text.endswith('directly supports people," said the Minister of Municipal Affairs.')


def test_an_association_of_a_state_with_its_legal_form_over_the_title_is_the_letterhead():
    text = """\
Rescue Volunteers Association of Western Harbour Incorporated

One Association - Many Values

Share on facebook
Share on twitter

24/03/2024 – Volunteers continue to help storm victims across the city

More than 120 Rescue Volunteers from around Western Harbour were continuing to work this morning to help communities in the aftermath of Monday's storm, the Association said.

At last count the Rescue Volunteers had received more than 2,700 calls for help across Western Harbour since the storm struck.
"""
    article = pr2news.convert(text)
    assert article.headline == "24/03/2024 – Volunteers continue to help storm victims across the city"
    assert article.highlights == ()


def test_subtitles_sharing_a_marker_stay_the_deck_when_a_later_section_uses_it_too():
    # ◆ … / ◆ … standing together over the text are subtitles, even if the text opens a section with ◆ later
    text = """\
가온시, 하반기 청년 일자리 500개 만든다

◆ 지역 기업 40곳과 협약…인턴 급여 절반 지원
◆ 9월부터 신청 접수, 만 34세 이하 누구나

가온시는 하반기 청년 일자리 500개를 만들기 위해 지역 기업 40곳과 협약을 맺었다고 3일 밝혔다.

시는 협약 기업이 청년 인턴을 채용하면 급여의 절반을 6개월 동안 지원한다.

◆ 신청 방법

신청은 9월 1일부터 시 누리집에서 받으며, 만 34세 이하 시민이면 누구나 신청할 수 있다.
"""
    article = pr2news.convert(text)
    assert article.highlights == ("지역 기업 40곳과 협약…인턴 급여 절반 지원", "9월부터 신청 접수, 만 34세 이하 누구나")
    assert article.body[0].text.startswith("가온시는 하반기")


def test_a_police_signature_with_the_officers_post_between_name_and_phone_is_the_contact():
    text = """\
MEDIA RELEASE
Riverton Police Department

Date: March 3, 2026

Arrest Made in Downtown Burglaries

Riverton police arrested a 34-year-old man on Monday in connection with a series of burglaries at downtown businesses last month.

Anyone with information about the burglaries is asked to call detectives at 555-0199.

Sgt. Maria Lopez
Public Information Officer
(555) 555-0100
mlopez@rivertonpd.example
"""
    article = pr2news.convert(text)
    assert [(c.name, c.title, c.phones, c.emails) for c in article.contacts] == [
        ("Maria Lopez", "Public Information Officer", ("(555) 555-0100",), ("mlopez@rivertonpd.example",))]


def test_a_boards_row_of_fields_is_chrome_but_its_posting_date_is_the_dateline():
    text = """\
[보도자료] 가온소방서, 봄철 산불 예방 캠페인 실시
작성자 : 홍보팀 | 등록일 : 2026-03-03 | 조회수 : 152

가온소방서, 봄철 산불 예방 캠페인 실시

가온소방서(서장 이민준)는 봄철 산불을 예방하기 위해 3일 가온시장 일대에서 캠페인을 벌였다고 밝혔다.

이날 캠페인에는 소방공무원과 의용소방대원 30여 명이 참여해 산불 예방 수칙을 알렸다.
"""
    article = pr2news.convert(text)
    assert article.headline == "가온소방서, 봄철 산불 예방 캠페인 실시"
    assert article.dateline.date == "2026-03-03"
    assert "작성자 : 홍보팀 | 등록일 : 2026-03-03 | 조회수 : 152" not in (article.byline or "")


def test_a_boards_writer_field_without_a_colon_is_not_part_of_the_byline():
    text = """\
가온시, 전통시장 주차장 3곳 새로 만든다
  • 기자명 김하늘 기자
  • 입력 2026.03.03 14:20

가온시는 전통시장 이용객의 주차 불편을 덜기 위해 시장 세 곳에 공영주차장을 새로 만든다고 3일 밝혔다.

주차장은 모두 240면 규모로, 사업비 85억원이 들어간다.
"""
    article = pr2news.convert(text)
    assert article.byline == "김하늘 기자"
    assert "기자명" in article.stripped


def test_a_date_field_under_the_closing_issued_by_credit_is_not_the_texts_last_paragraph():
    text = """\
MEDIA RELEASE

MORE GREEN SPACES FOR RESIDENTS IN NORTH-EAST TOWNS

Riverton, 3 March 2026 – Residents in three north-east towns will have 12 new parks by 2028, the Parks Board announced today.

The parks will add 40 hectares of green space and link to existing park connectors.

Issued by: Parks Board
Date: 3 March 2026
"""
    article = pr2news.convert(text)
    assert article.body[-1].text.startswith("The parks will add 40 hectares")
    assert "Date: 3 March 2026" in article.stripped


@pytest.mark.parametrize("title", ["Riverton Opens Its First Solar-Powered Library",
                                   "Council approves budget for Sheriff's Office",
                                   "Governor to Visit State Library"])
def test_a_title_ending_on_a_bodys_noun_that_says_something_is_the_headline_not_a_letterhead(title):
    # a title whose last word names a body (Library, Office) is still a title when it says something about it:
    # a pronoun or an auxiliary, or a word in lower case, is never part of a body's name
    text = f"""\\
{title}

New branch will produce more energy than it uses

RIVERTON, Texas (March 3, 2026) – The City of Riverton opened its first solar-powered library branch on Tuesday. The council approved the budget for the sheriff's office, and the governor will visit the state library.

The branch has 300 solar panels on its roof and stores power in batteries for cloudy days.
"""
    article = pr2news.convert(text)
    assert article.headline == title
    assert article.highlights == ("New branch will produce more energy than it uses",)


@pytest.mark.parametrize("name", ["Riverton Public Library", "Harlow County Sheriff's Office", "OFFICE OF THE GOVERNOR",
                                  "Office of the Secretary to the Government of the Federation",
                                  "Welcome to Kenya Wildlife Service"])
def test_a_bodys_name_alone_is_still_a_letterhead(name):
    from pr2news.lexicon import LEXICONS
    from pr2news.segment.headline import issuer_only
    assert issuer_only(name, LEXICONS["en"])


def test_a_for_release_line_with_its_date_gives_the_dateline_its_date():
    text = """\
NEWS RELEASE
For release: Tuesday, March 3, 2026

County Health Department urges residents to get vaccinated

HARLOW COUNTY, Ore. -- The Harlow County Health Department is urging all residents six months and older to get a flu vaccine now, before the flu season reaches its peak.

Flu cases in the county have doubled in the past two weeks, health officials said Tuesday.
"""
    article = pr2news.convert(text)
    assert article.dateline.date == "2026-03-03"
    assert article.dateline.place == "HARLOW COUNTY, Ore."


def test_a_photo_storys_bracketed_tag_over_its_title_is_no_caption():
    # '[사진] title' heads a photo story; '[사진1] …' and '[사진] … 하고 있다.' stay captions
    text = """\
[사진] 가온시, 어린이 교통안전 캠페인

▲ 가온시 공무원들이 3일 초등학교 앞에서 교통안전 캠페인을 하고 있다. (사진=가온시)

가온시는 3일 관내 초등학교 10곳 앞에서 어린이 교통안전 캠페인을 벌였다고 밝혔다.

시는 이날 등굣길 어린이들에게 안전 수칙을 알리고 운전자들에게 서행을 당부했다.

<사진1> 어린이 교통안전 캠페인 안내문
"""
    article = pr2news.convert(text)
    assert article.headline in ("[사진] 가온시, 어린이 교통안전 캠페인", "가온시, 어린이 교통안전 캠페인")
    assert article.body[-1].text.endswith("서행을 당부했다.")
    assert "<사진1> 어린이 교통안전 캠페인 안내문" in article.stripped


def test_a_short_release_whose_only_title_like_line_is_a_heading_keeps_its_text():
    # no title line; the date row (when, where, who) is no headline, 'Quick facts' is a weak one: the text stays
    text = """\
News release

March 3, 2026 - Ottawa, Ontario - Parks Agency

The Parks Agency today announced free admission to all national parks on Canada Day.

Quick facts

- Free admission applies to all 48 national parks.
- Camping fees still apply.

Associated links

- National parks map

- 30 -
"""
    article = pr2news.convert(text)
    assert article.headline is None
    assert article.body[0].text.startswith("The Parks Agency today announced")
    assert any(w.code == "NO_HEADLINE" for w in article.warnings)


def test_a_capitals_title_opening_on_a_port_of_name_is_the_headline_when_it_goes_on():
    # PORT OF SALTMARSH BAY (a body's name in capitals) is a letterhead; six words saying what the port did are a title
    text = """\
PRESS RELEASE

Harlow Port Authority

FOR IMMEDIATE RELEASE
March 3, 2026

PORT OF HARLOW RECORDS BUSIEST YEAR
Container traffic up 12 percent

HARLOW – The Port of Harlow handled a record 1.2 million containers in 2025, up 12 percent from the year before, the Harlow Port Authority said Tuesday.

"Our investments in new cranes are paying off," said Executive Director Mark Chen.
"""
    article = pr2news.convert(text)
    assert article.headline == "PORT OF HARLOW RECORDS BUSIEST YEAR"
    assert article.highlights == ("Container traffic up 12 percent",)


def test_the_office_signing_a_statement_under_its_text_is_not_its_last_paragraph():
    text = """\
STATEMENT

Statement from the Minister of Health on the measles outbreak

3 March 2026

I am concerned by the rise in measles cases in the northern region this week.

I urge all parents to make sure their children are fully vaccinated. Vaccines are free at every health centre.

Minister of Health
"""
    article = pr2news.convert(text)
    assert article.body[-1].text.endswith("free at every health centre.")
    assert "Minister of Health" in article.stripped


def test_a_reference_note_in_the_text_and_a_bracketed_contact_line_keep_their_roles():
    # '※ 참고: …' says its note after the colon - the text's own, no annex heading ending the release; '< 담당 : … >'
    # is the contact, its label inside the brackets
    text = """\
가온시 보도자료

가온시, 청년 창업 공간 '스타트업 하우스' 개소
- 입주 기업 20곳 선정…2년간 사무공간 무상 제공

□ 가온시는 3일 청년 창업 공간 '스타트업 하우스'를 열었다고 밝혔다.

□ 스타트업 하우스에는 입주 기업 20곳이 2년 동안 사무공간을 무상으로 쓸 수 있다.

※ 참고: 입주 기업 모집은 4월 중 공고 예정

< 담당 : 일자리경제과 창업지원팀 / 031-555-2020 >
"""
    article = pr2news.convert(text)
    assert article.body[-1].text.endswith("입주 기업 모집은 4월 중 공고 예정")
    assert [(c.department, c.team, c.phones) for c in article.contacts] == [("일자리경제과", "창업지원팀", ("031-555-2020",))]


def test_an_images_file_style_name_glued_to_the_date_is_chrome_and_the_date_the_dateline():
    text = ("Notice of Temporary Office Closure\n\n"
            "print-logo November 18, 2026\n\n"
            "Residents are advised that Town Hall will be closed on Thursday from 1:45 p.m. until 4:30 p.m. "
            "for a staff training event.\n\n"
            "Services will resume on Friday morning at the usual hours, the town said.\n")
    article = pr2news.convert(text)
    assert article.dateline.date == "2026-11-18"
    assert "print-logo" in article.stripped
    visible = " ".join([article.headline, *article.highlights, *(b.text for b in article.body)])
    assert "logo" not in visible
    assert lost_lines(text, article.to_dict()) == []


def test_a_title_stopping_on_a_verb_that_needs_its_object_goes_on_to_the_next_line():
    text = ("PRESS RELEASE\n"
            "County Executive Announces\n"
            "Plan for 2,500 Affordable Homes Near Rail Stations\n\n"
            "The County Executive today announced a plan to build 2,500 affordable homes within half a mile of light "
            "rail stations over the next five years.\n\n"
            "The County Council will take up the plan in January, officials said.\n")
    article = pr2news.convert(text)
    assert article.headline == "County Executive Announces Plan for 2,500 Affordable Homes Near Rail Stations"
    assert list(article.highlights) == []


def test_a_capitals_subtitle_stopping_on_such_a_verb_is_one_highlight_with_its_second_line():
    text = ("Maple Elementary Named a National Blue Ribbon School\n\n"
            "STATE SUPERINTENDENT ANNOUNCES\n"
            "2026 BLUE RIBBON SCHOOLS\n\n"
            "The State Superintendent today recognized 41 schools as Blue Ribbon Schools for 2026 based on their "
            "academic progress over the last three years.\n\n"
            "Maple Elementary is the only school in the county to be recognized this year.\n")
    article = pr2news.convert(text)
    assert article.headline == "Maple Elementary Named a National Blue Ribbon School"
    assert list(article.highlights) == ["STATE SUPERINTENDENT ANNOUNCES 2026 BLUE RIBBON SCHOOLS"]


def test_a_title_ending_on_a_verb_that_also_stands_alone_keeps_its_subtitle():
    # 'Opens' ends a title of its own; the line under it is the subtitle
    text = ("Riverside Library Opens\n"
            "New Reading Room Seats 80 Visitors\n\n"
            "The Riverside branch library reopened on Monday after a six-month renovation that added a reading room "
            "and a children's corner.\n\n"
            "The library is open from 9 a.m. to 8 p.m. on weekdays, the city said.\n")
    article = pr2news.convert(text)
    assert article.headline == "Riverside Library Opens"
    assert list(article.highlights) == ["New Reading Room Seats 80 Visitors"]


PDF_PAGE_FLATTENED = """Media Release 555.201.7700

Total Page:9

File Type:pdf, Size:640Kb

Media Release 555.201.7700 media release 555.201.7700 Harbor ferry marks ten years of service Riders invited to \
free trips on Saturday HARBORVIEW (Oct. 3, 2026) – The Harborview Transit Authority is celebrating ten years of ferry \
service between the north shore and downtown this week. The first ferry sailed in October 2016 with two boats and a \
timetable of twelve crossings a day. To thank riders, the authority will offer free crossings all day on Saturday and \
hand out commemorative tickets at both terminals. What: Free crossings and a harbor tour When: 8 a.m. to 6 p.m. \
Saturday Where: North Shore and Downtown terminals Ridership has grown from about 900 trips a day in the first year \
to more than 6,000 today, and the authority has since added a third boat and a late-evening schedule. A fourth \
boat, ordered last year, is due to enter service next summer.
"""


def test_a_document_sites_page_flattened_into_one_line_keeps_that_line_as_its_text():
    # the file site's fields are weak titles whose words the text never uses: the second look (how much of each
    # line is the article's subject) once left nothing kept, and the conversion failed
    article = pr2news.convert(PDF_PAGE_FLATTENED)
    assert len(article.body) == 1 and "A fourth boat, ordered last year" in article.body[0].text
    assert "File Type:pdf, Size:640Kb" in article.stripped


def test_a_members_page_the_office_under_the_holders_name_is_no_headline():
    text = ("Margaret Ellison\n\n"
            "United States Senator from Vermont\n\n"
            "Facebook\n\nInstagram\n\n"
            "Ellison Presses Agency on Delays in Veterans’ Benefit Claims\n\n"
            "Mar 3, 2026\n\n"
            "WASHINGTON – Senator Margaret Ellison today pressed the Veterans Benefits Administration on delays in "
            "processing disability claims filed by veterans in Vermont and across the United States, which now "
            "take an average of 140 days.\n\n"
            "In a letter to the agency, Ellison asked how many claims have waited longer than a year and what the "
            "agency is doing to clear the backlog.\n")
    article = pr2news.convert(text)
    assert article.headline == "Ellison Presses Agency on Delays in Veterans’ Benefit Claims"
    assert list(article.highlights) == []


def test_a_sites_greeting_in_its_header_is_chrome_not_the_headline():
    text = ("Sign In\n"
            "Welcome to City of Harlow Bend\n\n"
            "Media Releases\n"
            "Harlow Bend hands over 60 title deeds to long-time residents\n\n"
            "Tue, Mar 3, 2026\n\n"
            "The Executive Mayor of Harlow Bend today handed over 60 title deeds to residents of the Riverside "
            "settlement at a ceremony at the civic centre.\n\n"
            "The city wrote off the residents' arrear service accounts so that the transfers could be registered.\n")
    article = pr2news.convert(text)
    assert article.headline == "Harlow Bend hands over 60 title deeds to long-time residents"
    assert "Welcome to City of Harlow Bend" in article.stripped


def test_a_title_case_headline_opening_on_an_office_is_still_the_headline():
    text = ("FOR IMMEDIATE RELEASE\n"
            "U.S. Secretary of Labor Announces $10 Million in Job Training Grants\n\n"
            "WASHINGTON – The U.S. Department of Labor today announced $10 million in grants to train workers for "
            "jobs in advanced manufacturing in 12 states.\n\n"
            "The grants will go to community colleges that partner with local employers, the department said.\n")
    article = pr2news.convert(text)
    assert article.headline == "U.S. Secretary of Labor Announces $10 Million in Job Training Grants"
    assert article.byline is None


def test_a_caption_above_an_outlets_credited_first_paragraph_is_not_text():
    text = ("시교육청, 수학여행 안전 점검 나선다\n"
            "학교 방문·서면 컨설팅 병행\n\n"
            "교육감이 수학여행 버스 출발 전 운전자 음주 여부 확인을 지켜보고 있다.\n"
            "교육감이 한빛초등학교에서 수학여행 출발 전 현장 안전을 확인하고 있다.\n\n"
            "(한빛일보 김도윤 기자) 수학여행 시즌을 맞아 시교육청이 안전 점검에 나선다.\n\n"
            "시교육청은 학교를 직접 방문하고 서면 컨설팅을 병행해 안전 지도를 펼치고 있다고 15일 밝혔다.\n\n"
            "올해 수학여행을 떠나는 학교는 모두 210곳으로, 이 가운데 12곳은 국외로 떠난다.\n")
    article = pr2news.convert(text)
    assert article.body[0].text == "수학여행 시즌을 맞아 시교육청이 안전 점검에 나선다."
    assert "교육감이 수학여행 버스 출발 전 운전자 음주 여부 확인을 지켜보고 있다." in article.stripped
    assert "교육감이 한빛초등학교에서 수학여행 출발 전 현장 안전을 확인하고 있다." in article.stripped


def test_a_noun_phrase_with_a_full_stop_over_the_text_is_a_caption():
    text = ("가온시설공단 창립 30주년 맞아 안전 전담조직 확대\n\n"
            "입력 | 2026-03-12 14:43:00\n\n"
            "가온시설공단 본사 전경.\n\n"
            "가온시설공단이 창립 30주년을 맞아 시설 안전을 맡는 전담조직을 확대하는 등 조직 개편을 추진한다.\n\n"
            "공단은 12일 임원과 사업소장 등이 참석한 가운데 안전 결의대회를 열었다.\n")
    article = pr2news.convert(text)
    assert article.body[0].text.startswith("가온시설공단이 창립 30주년을 맞아")
    assert "가온시설공단 본사 전경." in article.stripped


def test_a_subtitle_run_into_the_closing_quotation_of_the_title_is_split_off():
    text = ("가온연구원 통계센터, “제조업에서 첨단산업으로 특허 출원 이동”연구원, 2026년 출원 동향 발표\n"
            "세계 경제성장률은 둔화됐지만 주요국 특허 출원은 늘었다. 우리나라도 지난해 특허 출원이 2.4% 증가했는데, "
            "연구개발 투자 증가가 영향을 미친 것으로 보인다.\n"
            "첨단산업 분야의 출원 비중은 5년 전보다 8%포인트 높아졌다.\n")
    article = pr2news.convert(text)
    assert article.headline == "가온연구원 통계센터, “제조업에서 첨단산업으로 특허 출원 이동”"
    assert list(article.highlights) == ["연구원, 2026년 출원 동향 발표"]


def test_a_blogs_list_of_its_other_posts_is_not_the_release():
    text = ("농어촌공사 사장, 가뭄 현장 점검\n"
            "가온농어촌공사 사장은 22일 가뭄 지역을 찾아 배수장을 점검하고 가뭄 극복 방안을 논의했습니다.\n"
            "공사는 여유 수자원을 가진 시설과 소하천을 연계해 가뭄 지역에 농업용수를 공급하고 있습니다.\n"
            "'소식 나눔' 카테고리의 다른 글\n"
            "[가온농어촌공사] 농촌 일손 돕기 영농 도우미 실시 (0) | 2026.05.24 |\n"
            "---|---|\n"
            "[카드뉴스] 눈밭 위 작은 발자국 (0) | 2026.05.23 |\n"
            "[가온농어촌공사] 라디오 칼럼 보이지 않는 힘, 협업과 주인 정신 (0) | 2026.05.22 |\n"
            "[가온농어촌공사] 라디오 칼럼 세상의 변화에 주목해야 하는 이유 (0) | 2026.05.22 |\n"
            "[가온농어촌공사] 농어촌공사 사장, 가뭄 지역 현장 점검 (0) | 2026.05.19 |\n")
    article = pr2news.convert(text)
    assert article.body[-1].text.endswith("농업용수를 공급하고 있습니다.")
    assert "'소식 나눔' 카테고리의 다른 글" in article.stripped


def test_a_korean_title_opening_on_its_subject_keeps_it_when_printed_again_without():
    text = ("한빛교육지원청, ‘찾아가는 학교폭력 예방 캠페인’\n\n"
            "지자체·유관기관과 등굣길 홍보\n\n"
            "박하늘 기자 news@hanbit.example.kr\n"
            "2026년 08월 29일(금) 11:56\n"
            "‘찾아가는 학교폭력 예방 캠페인’\n"
            "한빛교육지원청은 29일 한빛중학교에서 유관기관과 함께 ‘찾아가는 학교폭력 예방 캠페인’을 펼쳤다고 밝혔다.\n\n"
            "캠페인은 등교 시간에 맞춰 현수막과 피켓을 들고 예방 수칙을 알리는 방식으로 진행됐다.\n")
    article = pr2news.convert(text)
    assert article.headline == "한빛교육지원청, ‘찾아가는 학교폭력 예방 캠페인’"
    assert list(article.highlights) == ["지자체·유관기관과 등굣길 홍보"]
    assert "‘찾아가는 학교폭력 예방 캠페인’" in article.stripped


def test_a_word_set_like_the_share_buttons_around_it_is_one_of_them():
    text = ("본문 바로가기\n"
            "가온공단, ‘국민기자단’ 운영으로 소통 강화\n"
            "• 공유\n• 댓글\n• 읽기모드\n• 프린트\n"
            "가온공단은 홍보 콘텐츠 기획과 제작에 국민 참여를 넓히는 등 국민과의 소통 강화에 본격 나섰다.\n"
            "공단은 지난 29일 발대식을 열고 제1기 국민기자단 운영에 들어갔다고 31일 밝혔다.\n")
    article = pr2news.convert(text)
    assert article.body[0].text.startswith("가온공단은 홍보 콘텐츠 기획과")
    assert "• 읽기모드" in article.stripped or "읽기모드" in article.stripped


def test_a_boards_labelled_title_over_the_releases_own_and_its_bracketed_date_line():
    text = ("<보도자료> 가온누리, 제3회 공공서비스 만족 대상 선정\n\n"
            "작성자 관리자2026-03-22조회수 356\n\n"
            "가온누리, 제3회 공공서비스만족 대상 선정\n\n"
            "- 대국민 개방으로 공공서비스 부문 대상 -\n\n"
            "<2026. 3. 10(화), 가온문화정보원>\n\n"
            "가온문화정보원은 정보원이 운영하는 ‘가온누리’가 공공서비스 부문 대상을 받았다고 10일 밝혔다.\n\n"
            "올해 시상에는 430여 개 기업과 공공기관이 참여했다.\n")
    article = pr2news.convert(text)
    assert article.headline == "가온누리, 제3회 공공서비스만족 대상 선정"
    assert article.body[0].text.startswith("가온문화정보원은 정보원이 운영하는")
    assert "<2026. 3. 10(화), 가온문화정보원>" not in " ".join(b.text for b in article.body)


def test_a_note_leading_into_the_release_above_its_dateline_is_no_highlight():
    text = ("Riverton Police Respond to False Report of Shooting\n"
            "No Danger to Public\n"
            "Some members of the media have asked about this incident:\n"
            "RIVERTON — Police Chief Ana Ruiz reports that officers responded to a home on Elm Street on Sunday "
            "evening after an automated call reported shots fired at the address.\n"
            "Officers quickly determined that there was no danger to the public or the neighborhood.\n")
    article = pr2news.convert(text)
    assert list(article.highlights) == ["No Danger to Public"]
    assert article.body[0].text.startswith("RIVERTON — Police Chief Ana Ruiz")
    assert "Some members of the media have asked about this incident:" in article.stripped


def test_a_contact_row_with_the_releases_reference_and_date_read_across_it():
    text = ("Contact: Kyle Dunn 213-555-4225 (R26-04-031) CPUC-23 March 31, 2026\n\n"
            "COMMISSION APPROVES PLAN TO EDUCATE CUSTOMERS ABOUT NEW RATES\n\n"
            "The Public Utilities Commission today approved a plan to explain the new electricity rates to "
            "customers before they take effect next January.\n\n"
            "The plan was submitted jointly by the state's three largest utilities.\n")
    article = pr2news.convert(text)
    assert [c.text for c in article.contacts] == ["Contact: Kyle Dunn 213-555-4225"]
    assert "(R26-04-031) CPUC-23 March 31, 2026" in article.stripped


def test_a_statement_signed_by_name_and_post_ends_there_not_at_the_issuers_description():
    text = ("Special Press Release\n\n"
            "The Government urges the public not to be misled by false reports circulating on social media about "
            "the supply of fuel this week.\n\n"
            "The Department of Information will publish accurate information daily, and draws the public's "
            "attention to its official channels in this regard.\n\n"
            "Nalini Perera\n\n"
            "Director General of Government Information\n\n"
            "The department assists the media with accreditation and training, and provides easy access to "
            "Government news and information.\n")
    article = pr2news.convert(text)
    assert article.body[-1].text.endswith("its official channels in this regard.")


def test_a_date_then_credit_row_under_the_deck_is_the_dateline_and_byline_not_text():
    text = ("가온소방서, ‘불조심 강조의 달’ 추진\n\n"
            "한 가정 한 소화기 갖기 운동 펼친다\n\n"
            "2026-11-20     김하늘 기자\n"
            "가온소방서는 11월을 ‘불조심 강조의 달’로 정하고 시민 소화기 갖기 운동을 펼친다고 20일 밝혔다.\n\n"
            "소방서는 전통시장과 주택가를 돌며 소화기 사용법을 알리고 화재 예방 캠페인을 벌일 계획이다.\n")
    article = pr2news.convert(text)
    assert article.dateline.date == "2026-11-20"
    assert "김하늘 기자" in article.byline
    assert not any("김하늘" in b.text for b in article.body)


def test_a_code_printed_twice_inside_the_text_is_not_the_next_storys_title():
    # (a title printed twice, then text about something else, starts the next story; a code says nothing)
    text = ("가온시, 여름철 물놀이 안전대책 추진\n\n"
            "가온시는 여름철 물놀이 사고를 막기 위해 하천과 계곡 12곳에 안전요원을 배치한다고 3일 밝혔다.\n\n"
            "시는 구명조끼 대여소를 운영하고 위험 구역에는 출입 통제선을 설치할 계획이다.\n\n"
            "[07.004]\n\n[07.004]\n\n"
            "운영 기간은 7월 15일부터 8월 31일까지이며 주말과 공휴일에는 인력을 두 배로 늘린다.\n\n"
            "자세한 내용은 누리집에서 확인할 수 있다.\n")
    article = pr2news.convert(text)
    assert article.body[-1].text == "자세한 내용은 누리집에서 확인할 수 있다."


def test_a_row_of_share_buttons_with_one_word_the_lexicon_lacks_is_chrome():
    from pr2news.lexicon import ko
    from pr2news.model import Block
    from pr2news.segment.boilerplate import is_chrome
    from pr2news.segment.lines import make_line

    def chrome(text):
        return is_chrome(make_line(0, Block(text=text, where="line 1"), text), ko.LEXICON)
    assert chrome("페이스북공유하기 트위터공유하기 네카 카카오톡공유하기")
    assert not chrome("댓글 이벤트 진행")  # a short title with menu words in it
    assert not chrome("공유 주방 운영 지원")


def test_a_first_sentence_broken_after_its_subject_is_joined_again():
    text = ("가온군, 귀농인의 집 입주자 21일까지 접수\n\n"
            "가온군\n"
            "은 귀농·귀촌 희망자에게 주거 공간을 지원하는 ‘귀농인의 집’ 입주자를 모집한다고 11일 밝혔다.\n\n"
            "입주자는 최대 1년까지 머물며 정착할 지역을 살펴볼 수 있다.\n")
    article = pr2news.convert(text)
    assert article.body[0].text.startswith("가온군은 귀농·귀촌 희망자에게")


def test_a_title_and_subtitle_in_table_cells_closing_with_their_bar():
    text = ("[동정] 가온청장, 국제공항 여행자 통관현장 점검 |\n"
            "- 입국심사 전 세관검사 현장 참관 및 유공직원 격려 |\n"
            "□ 가온청장은 2월 6일(목) 국제공항 제1여객터미널을 찾아 여행자 통관현장을 점검하고 직원들을 격려했다.\n"
            "ㅇ 청장은 연휴 기간 철저한 검사로 마약류를 적발한 직원들에게 감사를 전했다.\n")
    article = pr2news.convert(text)
    assert article.headline == "[동정] 가온청장, 국제공항 여행자 통관현장 점검"
    assert list(article.highlights) == ["입국심사 전 세관검사 현장 참관 및 유공직원 격려"]


def test_a_bracketed_site_name_opening_the_lead_is_its_credit():
    text = ("가온시장, 시민과 함께하는 ‘행복소통마당’ 순회 개최\n\n"
            "[가온넷] 가온시는 시민과 함께하는 ‘행복소통마당’ 행사를 오는 25일부터 여섯 차례 연다고 24일 밝혔다.\n\n"
            "행사는 동 주민센터에서 열리며 시정에 관심 있는 시민은 누구나 참석할 수 있다.\n")
    article = pr2news.convert(text)
    assert article.body[0].text.startswith("가온시는 시민과 함께하는")


def test_the_releases_own_title_under_its_label_beats_the_pages_title_above():
    text = ("Skip to main content Skip to footer\n\n"
            "Health Unit Urges Most Vulnerable Residents to Get Vaccinated Now\n\n"
            "Picture of a nurse rolling up a resident's sleeve for a vaccine\n\n"
            "Media Release\n\n"
            "October 3, 2026\n\n"
            "Lakeshore Public Health Urges High Risk Community Members to Get Vaccinated Now\n\n"
            "The newest formulation of the vaccine has arrived in the Lakeshore Public Health region and public health "
            "officials want it out of the freezers and into the arms of the most vulnerable residents.\n\n"
            "\"Cases are rising and hospitalizations are rising. If you have a loved one in a long-term care home, "
            "please speak to their health care provider about getting them vaccinated now,\" said the Medical Officer "
            "of Health.\n\n"
            "Vulnerable residents in long-term care homes, retirement homes and hospitals should get the vaccine first, "
            "the health unit said.\n")
    article = pr2news.convert(text)
    assert article.headline == "Lakeshore Public Health Urges High Risk Community Members to Get Vaccinated Now"


def test_a_wires_name_in_brackets_opening_the_text_is_its_credit():
    text = ("City of Harlow Bend to Open New City Hall on June 3\n\n"
            "(HARBOR PR WIRE) – The City of Harlow Bend will open its new City Hall on Tuesday, June 3, with a "
            "ribbon cutting at 7 p.m.\n\n"
            "Tours of the building will run every 30 minutes from 3 p.m.\n")
    article = pr2news.convert(text)
    assert article.body[0].text.startswith("The City of Harlow Bend will open")
    assert "(HARBOR PR WIRE) –" in article.dateline.text


def test_an_aggregators_link_line_and_a_date_field_run_into_the_title():
    text = ("date 2026-07-09 Co-op Members Urged to Report Storm Damage\n\n"
            "The cooperative has completed its outage restoration after the storm, and all power should be restored "
            "to members.\n\n"
            "Members who still have no power should report it through the cooperative's app.\n\n"
            "Link: Co-op Members Urged to Report Storm Damage\n")
    article = pr2news.convert(text)
    assert article.headline == "Co-op Members Urged to Report Storm Damage"
    assert article.body[-1].text.startswith("Members who still have no power")
    assert "date 2026-07-09" in article.stripped


def test_an_images_text_and_caption_run_together_is_no_highlight():
    text = ("Appeal after scaffolding planks stolen from car park\n\n"
            "Police are investigating the theft of scaffolding planks from a car park on Strand Road between 5pm and "
            "6pm on Monday.\n"
            "Scaffolding boardsScaffolding boards\n"
            "A police spokesperson said: \"The removal of this material would have needed a van. We are keen to hear "
            "from anyone who saw it.\"\n")
    article = pr2news.convert(text)
    assert "Scaffolding boardsScaffolding boards" in article.stripped


def test_a_labelled_page_title_stays_the_headline_over_a_short_heading_under_the_label():
    text = ("News Release - Central Library to Close for the Holiday\n\n"
            "Central Library of Harlow Bend\n\n"
            "News Release\n\n"
            "FOR IMMEDIATE RELEASE\n\n"
            "Library Closing\n\n"
            "(December 21, 2026) - The Central Library and all city branch libraries will be closed Thursday, "
            "December 24 and Friday, December 25 for the holiday.\n\n"
            "Please check the library's website for the hours of other local libraries.\n")
    article = pr2news.convert(text)
    assert article.headline == "News Release - Central Library to Close for the Holiday"


def test_a_clippings_boards_fields_above_an_outlets_credited_lead_are_not_text():
    text = ("[서울]가온구 모든 주민센터 작은도서관 연장 운영\n\n"
            "매체명 : 가온일보 보도일 : 2026.03.15\n"
            "링크주소\n"
            "http://www.gaonilbo.example.kr/news/articleView.html?idxno=390960\n"
            "2028년까지 총 20곳 적용\n\n"
            "[가온일보=김하늘 기자]가온구는 오는 2028년까지 모든 주민센터의 작은도서관 운영시간을 연장할 계획이라고 15일 밝혔다.\n\n"
            "구는 우선 작은도서관 5곳을 골라 이달부터 오후 8시까지 연장 운영하고 있다.\n\n"
            "※기사 전문은 상단의 링크주소에 있는 원문 링크를 이용하시기 바랍니다.\n")
    article = pr2news.convert(text)
    assert article.headline == "[서울]가온구 모든 주민센터 작은도서관 연장 운영"
    assert article.body[0].text.startswith("가온구는 오는 2028년까지")
    assert article.body[-1].text.startswith("구는 우선 작은도서관 5곳을")
    visible = " ".join(b.text for b in article.body)
    assert "매체명" not in visible and "http://" not in visible


def test_stacked_korean_subtitles_under_a_dated_title_stay_out_of_the_text():
    text = ("국책연구기관, ‘대국민 연구성과 보고회’ 열어\n\n"
            "등록 2026-05-08 17:39\n\n"
            "연구회 주최로 26개 기관 참여\n"
            "‘국민에게 묻고 새 길을 찾다’ 주제 내걸고\n"
            "‘포용·혁신·평화’ 미래 위한 방안 제시\n"
            "국책연구기관들의 정책연구 성과를 국민에게 알리는 ‘대국민 연구성과 보고회’가 8일 서울에서 열렸다.\n"
            "보고회에서는 기관별 연구 성과 발표와 토론이 이어졌다.\n")
    article = pr2news.convert(text)
    assert article.body[0].text.startswith("국책연구기관들의 정책연구 성과를")
    assert "‘국민에게 묻고 새 길을 찾다’ 주제 내걸고" in " ".join(article.highlights)


def test_ad_buttons_twice_between_list_items_do_not_end_the_article():
    text = ("Suspicious activity in rural areas: what to report\n\n"
            "Police are reminding rural residents what information is useful when reporting suspicious activity in "
            "the countryside.\n\n"
            "Here are details of what information is useful:\n\n"
            "People\n\n"
            "Hide Ad\nHide Ad\n\n"
            "l Full description of persons, including numbers and accents;\n\n"
            "l Description of clothing, which can help determine a person's intent;\n\n"
            "Vehicles\n\n"
            "Hide Ad\nHide Ad\n\n"
            "l Direction of travel will help in the correct deployment of patrols;\n\n"
            "l Preserve tyre marks by covering them with a plastic sheet or bag.\n")
    article = pr2news.convert(text)
    assert article.body[-1].text == "Preserve tyre marks by covering them with a plastic sheet or bag."
    assert article.body[-1].type == "list_item"
    assert "Hide Ad" in article.stripped


def test_an_image_for_line_and_the_caption_under_it_are_not_the_headline():
    text = ("Skip Navigation\n"
            "Image for District Celebrates Rising Graduation Rates\n"
            "Principals and district leaders celebrated rising graduation rates with the superintendent.\n\n"
            "District Celebrates Rising Graduation Rates\n\n"
            "January 17, 2026 - Points of Pride\n\n"
            "The district's graduation rate rose to 81.2%, up 3 percentage points from last year, prompting a "
            "celebration at last week's principals meeting.\n\n"
            "The superintendent said the rate will keep rising as schools prepare students for life after school.\n")
    article = pr2news.convert(text)
    assert article.headline == "District Celebrates Rising Graduation Rates"
    assert "Principals and district leaders celebrated rising graduation rates with the superintendent." in article.stripped


def test_a_slogan_under_the_statements_last_sentence_is_not_text():
    text = ("Statement from Assistant Chief Constable Ann Todd\n\n"
            "Assistant Chief Constable Ann Todd said: “I am pleased that today has passed without major incident.\n\n"
            "“I would like to thank the organisers of today’s events and everyone who helped keep our communities safe.\n\n"
            "“I would ask everyone to act responsibly so that the rest of this holiday can be enjoyed in peace.”\n\n"
            "Keeping People Safe\n")
    article = pr2news.convert(text)
    assert article.body[-1].text.endswith("can be enjoyed in peace.”")
    assert "Keeping People Safe" in article.stripped


def test_for_media_please_contact_labels_the_contact_and_a_second_copy_after_it_is_not_text():
    text = ("For Immediate Release | November 23, 2026\n"
            "MEDIA—Check the Health Website for Up-to-Date Flu Clinic Details!\n"
            "There may have been changes to dates and times for some combination flu clinics this week, so all media "
            "are encouraged to check the website before broadcasting local clinics.\n"
            "Clinics are providing the vaccine to anyone six months or older who wants it.\n"
            "For media please contact:\n"
            "Lena Park\n"
            "Public Health Communications\n"
            "250-555-5898\n"
            "MEDIA—Check the Health Website for Up-to-Date Flu Clinic Details!\n"
            "There may have been changes to dates and times for some combination flu clinics this week, so all media "
            "are encouraged to che\n")
    article = pr2news.convert(text)
    assert article.contacts[0].name == "Lena Park"
    assert article.body[-1].text == "Clinics are providing the vaccine to anyone six months or older who wants it."


def test_a_licence_badge_under_the_text_is_chrome():
    text = ("가온시 블로그기자단 본격 활동 개시\n\n"
            "- 20일 발대식 개최, 1년 동안 온라인 홍보대사 역할 -\n\n"
            "가온시를 홍보할 블로그 기자단이 지난 20일 발대식을 갖고 본격적인 활동에 들어갔다.\n\n"
            "기자단은 내달부터 1년간 가온시의 축제와 명소를 알리는 다양한 활동을 펼칠 계획이다.\n"
            "저작자표시-변경금지\n"
            "[BY-ND] 설명 저작자표시-변경금지\n")
    article = pr2news.convert(text)
    assert article.body[-1].text.startswith("기자단은 내달부터 1년간")
    assert "[BY-ND] 설명 저작자표시-변경금지" in article.stripped


def test_subtitles_framed_by_dashes_in_a_flattened_line_are_the_deck():
    text = ("가온시, 청년 정책 올해 더 넓힌다\n"
            "- 2026년 29개 부서 협력해 일자리·주거·교육 등 청년 고민 해결 - - 전년 대비 예산 17% 늘린 725억 원 규모로 "
            "94개 과제 추진 - 가온시가 청년의 꿈을 실현하고 더 나은 삶을 지원하기 위해 일자리, 주거, 교육, 복지·문화 등 "
            "전 분야에 걸쳐 다양한 정책을 추진한다고 8일 밝혔다. 시는 올해 청년 고용률을 45%까지 끌어올리겠다는 목표를 세웠다.\n")
    article = pr2news.convert(text)
    assert list(article.highlights) == ["2026년 29개 부서 협력해 일자리·주거·교육 등 청년 고민 해결",
                                        "전년 대비 예산 17% 늘린 725억 원 규모로 94개 과제 추진"]
    assert article.body[0].text.startswith("가온시가 청년의 꿈을 실현하고")
    assert lost_lines(text, article.to_dict()) == []  # the frames kept as written, so the line reads back whole


def test_a_securities_notice_a_release_number_and_a_lost_link_are_not_the_article():
    text = ("RELEASE: 26-428 AGENCY'S TELESCOPE PROVIDES FIRST CENSUS OF EARLY GALAXIES\n\n"
            "Not for distribution, directly or indirectly, in or into the United States or any other jurisdiction "
            "where to do so would be unlawful.\n\n"
            "WASHINGTON -- Astronomers using the agency's telescope announced on Tuesday they have found seven "
            "primitive galaxies that formed more than 13 billion years ago.\n\n"
            "The results will be published in a scientific journal next month.\n\n"
            "A link to the full study can be found at:\n")
    article = pr2news.convert(text)
    assert article.headline == "AGENCY'S TELESCOPE PROVIDES FIRST CENSUS OF EARLY GALAXIES"
    assert article.body[0].text.startswith("WASHINGTON -- Astronomers")
    assert article.body[-1].text == "The results will be published in a scientific journal next month."


def test_a_paragraph_typed_with_two_spaces_between_sentences_stays_one_paragraph():
    text = ("« Back to News & Notices\n\n"
            "Water Outage Notice\n\n"
            "As many of  you know the water district is making several repairs to the system.  This is good news, "
            "however, planned outages are not.  The district will give as much notice of planned outages as "
            "possible.  If you have any questions please call the office at 555-3322.  Thank you!!\n")
    article = pr2news.convert(text)
    assert len(article.body) == 1
    assert article.body[0].text.startswith("As many of you know the water district")
    assert lost_lines(text, article.to_dict()) == []


def test_a_broadcast_script_a_phrase_to_a_line_with_a_gap_after_each_sentence():
    text = ("경남 올해 불법체류 외국인 630명 적발\n\n"
            "가온 출입국관리사무소는\n"
            "올 한해 가온시와 나래시를 제외한 관할구역에서\n"
            "외국인 불법체류자 630명을 적발했습니다.\n\n"
            "적발된 이들 대부분은\n"
            "합법적 방법으로 입국해\n"
            "체류기간을 어긴 채 머문 것으로 드러났습니다.\n\n"
            "가온 관리사무소는\n"
            "최근 의료관광비자가 새로운\n"
            "불법체류 수단으로 악용되고 있다고 설명했습니다.\n\n"
            "김하늘 기자\n")
    article = pr2news.convert(text)
    assert article.headline == "경남 올해 불법체류 외국인 630명 적발"
    assert article.body[0].text.startswith("가온 출입국관리사무소는 올 한해")
    assert article.body[-1].text.endswith("악용되고 있다고 설명했습니다.")


def test_a_reporters_credit_in_brackets_opens_the_text_and_a_second_credit_starts_the_next_story():
    text = ("가온해경, 국민기자단 모집\n\n"
            "(김하늘 기자) 가온해양경찰청은 해양안전 소식을 전할 ‘국민기자단’을 모집한다고 10일 밝혔다.\n\n"
            "국민기자단은 3월부터 올해 말까지 해양안전 정책 소식을 생생하게 전하게 된다.\n\n"
            "최종 발표는 2월 18일 누리집과 개별 문자로 알릴 예정이다.\n\n"
            "나래해경, 물량장 기름 유출 방제\n\n"
            "(박나래 기자) 나래해양경찰서는 9일 오전 물량장에서 기름이 유출돼 방제 작업을 벌였다고 밝혔다.\n\n"
            "해경은 오일펜스를 설치하고 이날 오후 방제를 마쳤다.\n")
    article = pr2news.convert(text)
    assert article.body[0].text.startswith("가온해양경찰청은 해양안전 소식을")
    assert article.body[-1].text == "최종 발표는 2월 18일 누리집과 개별 문자로 알릴 예정이다."


def test_a_page_flattened_after_its_cut_title_gives_the_whole_title_subtitle_and_text():
    # a research institute's notice board: the site's search and slogan, the board's card (its day over the
    # year and month, the title cut short), then the post flattened into one line: title- subtitle -text
    text = ("가온연구원 검색\n\n"
            "과학으로 내일을 여는 연구기관\n\n"
            "알림\n"
            "14 2026-03\n"
            "“바다가 미래다” 가온해양연구원\n"
            "“바다가 미래다” 가온해양연구원 ‘2026 해양과학 포럼’ 개최- 3월 20일(금) 나래컨벤션센터 개최... "
            "3월 2일부터 사전 등록 시작 -가온해양연구원(원장 홍길동)은 오는 3월 20일(금) 나래컨벤션센터에서 "
            "‘2026 해양과학 포럼’을 연다고 밝혔다. 포럼은 해양 기후 변화와 수산 자원 관리를 주제로 연구자와 "
            "어업인 500여 명이 참석해 정책 방향을 논의한다. 사전 등록은 3월 2일부터 포럼 누리집에서 받는다.\n")
    article = pr2news.convert(text)
    assert article.headline == "“바다가 미래다” 가온해양연구원 ‘2026 해양과학 포럼’ 개최"
    assert list(article.highlights) == ["3월 20일(금) 나래컨벤션센터 개최... 3월 2일부터 사전 등록 시작"]
    assert article.body[0].text.startswith("가온해양연구원(원장 홍길동)은 오는 3월 20일(금)")
    assert list(article.contacts) == []  # 14 2026-03 is the card's date, no phone
    assert lost_lines(text, article.to_dict()) == []


def test_a_subtitle_run_into_a_flattened_text_ends_where_its_first_sentences_subject_begins():
    text = ("‘장애인의 최고 복지는 일자리’···가온공사, 중증장애인 5명 인턴 채용\n\n"
            "‘맞춤형 공감채용’ 중증장애인 첫 채용, 전원 재택근무 가온도시공사(GH)는 중증장애인을 위한 ‘맞춤형 공감채용’ 방식으로 "
            "인턴사원 5명을 새로 채용했다고 10일 밝혔다. 채용된 인턴사원은 전원 집에서 근무한다. 공사는 장애인의 이동 불편을 "
            "고려해 면접을 온라인 화상 면접으로 진행했다. 모든 지원자에게는 개인별 역량 분석 보고서를 제공했다. 보고서는 면접 "
            "전문가가 분석한 지원자별 강점과 약점으로 구성돼 취업 역량을 높이는 데 도움을 줄 것으로 기대된다.\n")
    article = pr2news.convert(text)
    assert list(article.highlights) == ["‘맞춤형 공감채용’ 중증장애인 첫 채용, 전원 재택근무"]
    assert article.body[0].text.startswith("가온도시공사(GH)는 중증장애인을 위한")


def test_a_flattened_text_opening_on_its_subject_keeps_its_first_sentence_whole():
    text = ("가온공사, 일손 부족한 농가 찾아 영농 도우미 활동\n"
            "가온농어촌공사(사장 홍길동)는 16일 나래시 고추 재배 농가를 찾아 ‘영농 도우미’ 활동을 펼쳤다. 이번 활동에는 임직원 "
            "30여 명이 참여해 고춧대 뽑기와 영농 폐자재 수거를 도왔다. 도움을 받은 농업인은 일손이 모자라 고심하던 차에 큰 "
            "도움이 됐다며 고마움을 전했다.\n")
    article = pr2news.convert(text)
    assert list(article.highlights) == []
    assert article.body[0].text.startswith("가온농어촌공사(사장 홍길동)는 16일")


def test_a_blog_listings_next_title_over_its_comment_count_ends_the_first_item():
    text = ("Monday, June 23, 2026\n"
            "Home Blog Page 518\n\n"
            "Public Health attributes dirt to lack of enforcement of law\n\n"
            "7\n\n"
            "The deputy director of public health says weak enforcement of the law lets filth build up in most "
            "districts around the country.\n\n"
            "He called for regular medical examinations for all food handlers, as the law provides.\n\n"
            "NEWS AGENCY\n\n"
            "Mayor urges farmers to use crop diversification\n\n"
            "4\n\n"
            "A civic leader has urged farmers in the district to use crop diversification and winter cropping to "
            "improve their yields.\n")
    article = pr2news.convert(text)
    assert article.headline == "Public Health attributes dirt to lack of enforcement of law"
    assert article.body[-1].text.startswith("He called for regular medical examinations")


def test_a_header_row_with_bars_gives_the_embargo_and_the_distribution_date():
    text = ("보도일시 | 2026. 3. 4.(수) 11:00 | 배포일시 | 2026. 3. 3.(화) 14:00\n"
            "가온시, 봄맞이 문화행사 40개 연다\n"
            "□ 가온시는 봄을 맞아 3월부터 5월까지 시내 공원과 광장에서 공연과 전시 등 문화행사 40개를 연다고 4일 밝혔다.\n"
            "○ 행사는 주말 오후에 열리며 모두 무료다.\n")
    article = pr2news.convert(text)
    assert article.embargo.datetime == "2026-03-04T11:00"
    assert (article.dateline.date, article.dateline.time) == ("2026-03-03", "14:00")


def test_a_title_and_its_framed_subtitle_in_one_table_cell_keep_every_mark():
    text = ("보도 자료 상세보기\n"
            "가온연구원, 온 국민이 참여하는 ‘쉬운 우리말 쓰기’ 운동 추진 - 나래재단과 기념 행사 공동 추진 업무 협약 체결 - |\n"
            "가온연구원과 나래재단은 13일 ‘우리말 다듬기’ 운동을 함께 펼치기 위한 업무 협약을 체결한다고 밝혔다. 두 기관은 "
            "한글날을 맞아 국민과 함께하는 공동 행사를 연다.\n")
    article = pr2news.convert(text)
    assert article.headline == "가온연구원, 온 국민이 참여하는 ‘쉬운 우리말 쓰기’ 운동 추진"
    assert list(article.highlights) == ["나래재단과 기념 행사 공동 추진 업무 협약 체결"]
    assert "- |" in article.stripped  # the closing dash and the cell's bar, together
    assert lost_lines(text, article.to_dict()) == []


NEWS_PAGE_WITH_A_LINK_INSIDE = """HOME > 지역 > 경기
가온시, 청년 창업 공간 '스타트업 하우스' 개관
기자명 김하늘 기자   입력 2026.04.02 10:15   수정 2026.04.02 11:20   댓글 0
본문 글씨 키우기 본문 글씨 줄이기
가온시가 청년 창업가를 위한 공유 사무공간 '스타트업 하우스'를 2일 개관했다고 밝혔다.
스타트업 하우스는 지상 4층 규모로 입주 사무실 20실과 회의실, 공유 주방을 갖췄다.
시는 입주 기업에 최대 2년간 임대료를 받지 않고 전문가 상담을 지원한다.
▶ 관련기사 : 가온시, 청년 일자리 예산 30% 늘린다
시장은 "청년들이 마음껏 도전할 수 있는 도시를 만들겠다"고 말했다.
#가온시 #청년창업 #스타트업하우스
김하늘 기자 sky@gaonnews.example.kr
<저작권자 © 가온뉴스, 무단 전재 및 재배포 금지>
많이 본 기사
1 가온시 벚꽃축제 이번 주말 개막
"""


def test_one_related_link_inside_the_text_does_not_end_it_and_the_writer_field_label_leaves_the_byline():
    article = pr2news.convert(NEWS_PAGE_WITH_A_LINK_INSIDE)
    assert article.body[-1].text == '시장은 "청년들이 마음껏 도전할 수 있는 도시를 만들겠다"고 말했다.'
    assert "▶ 관련기사 : 가온시, 청년 일자리 예산 30% 늘린다" in article.stripped
    assert article.byline == "김하늘 기자"
    assert lost_lines(NEWS_PAGE_WITH_A_LINK_INSIDE, article.to_dict()) == []


def test_a_media_advisorys_last_field_keeps_apart_from_the_paragraph_under_it():
    text = ("MEDIA ADVISORY\n"
            "Mayor to Break Ground on Eastside Community Center\n"
            "WHO: Mayor Ana Ruiz, Council Member Dan Cho, Eastside residents\n"
            "WHEN: Thursday, March 5, 2026, 10 a.m.\n"
            "WHERE: 1400 E. Elm St., Harlow Bend\n"
            "The $18 million center will include a gym, a teaching kitchen and a branch library.\n"
            "Para leer este comunicado en español, visite nuestro sitio web.\n"
            "Media contact: Lisa Park, 555-0170\n"
            "###\n")
    article = pr2news.convert(text)
    assert [b.text for b in article.body][-2:] == [
        "WHERE: 1400 E. Elm St., Harlow Bend",
        "The $18 million center will include a gym, a teaching kitchen and a branch library."]
    assert "Para leer este comunicado en español, visite nuestro sitio web." in article.stripped


def test_a_pointer_to_updates_after_a_statement_is_not_its_text():
    text = ("Statement from the Office of the Mayor on the Water Main Break\n"
            "March 3, 2026\n"
            "\"Early this morning, a water main broke under Central Avenue, cutting water to about 2,000 homes.\n"
            "Crews have isolated the break and expect to restore service by this evening.\n"
            "I want to thank our crews, who have worked through the night, and our residents for their patience.\"\n"
            "– Mayor Ana Ruiz\n"
            "For updates, follow @HarlowBendCity or visit harlowbend.example.gov/water.\n")
    article = pr2news.convert(text)
    assert not any(b.text.startswith("For updates") for b in article.body)
    assert "For updates, follow @HarlowBendCity or visit harlowbend.example.gov/water." in article.stripped


def test_an_outlets_header_row_above_the_title_gives_the_date_and_the_byline():
    text = ("[가온신문] 2026년 03월 03일 (화) 14:22:31 김하늘 기자 sky@gaon.example.kr\n"
            "가온교육청, 신학기 학교 급식 안전 점검\n"
            "- 3월 한 달간 도내 초·중·고 450곳 급식실 위생 점검 -\n"
            "가온교육청은 신학기를 맞아 3월 한 달 동안 도내 초·중·고 450곳의 급식실 위생 상태를 점검한다고 3일 밝혔다.\n"
            "점검은 식재료 보관 상태와 조리 기구 소독, 종사자 위생 관리 등을 중심으로 진행된다.\n"
            "김하늘 기자의 다른기사 보기\n"
            "ⓒ 가온신문(http://www.gaon.example.kr) 무단전재 및 재배포금지 | 저작권문의\n")
    article = pr2news.convert(text)
    assert (article.dateline.date, article.dateline.time) == ("2026-03-03", "14:22")
    assert article.byline == "김하늘 기자"
    assert "김하늘 기자의 다른기사 보기" in article.stripped
    assert lost_lines(text, article.to_dict()) == []


def test_an_unlabelled_contact_line_under_the_title_is_the_contact_even_for_a_name_ending_like_a_particle():
    text = ("서울특별시 보도자료\n"
            "2026. 3. 3.(화)\n"
            "서울시, 어린이 보호구역 과속카메라 200대 추가 설치\n"
            "시민안전국 교통안전과 과장 한여름 02-2133-2400 / 보호구역팀장 서가을 02-2133-2410\n"
            "□ 서울시는 올해 어린이 보호구역에 과속 단속카메라 200대를 추가로 설치한다고 3일 밝혔다.\n"
            "□ 카메라는 사고가 잦은 초등학교 주변 150곳을 중심으로 설치된다.\n")
    article = pr2news.convert(text)
    assert list(article.highlights) == []
    assert [(c.name, c.phones) for c in article.contacts] == [("한여름", ("02-2133-2400",)),
                                                            ("서가을", ("02-2133-2410",))]


COMMISSION_DECISIONS_BRIEFING_KO = """브리핑룸
2026년 제12차 위원회 회의 결과
2026.05.20 하늘통신위원회
목록
□ 오늘 회의에는 의결 안건 3건이 상정되었음.
[의결안건]
가. 지역 방송사 재허가 심사 기준 개정에 관한 건
o 지역 방송사의 재허가 심사에서 지역 밀착 편성 비율 배점을 10점에서 15점으로 높이기로 의결함.
나. 통신 분쟁조정 절차 간소화에 관한 건
o 분쟁조정 신청서 양식을 하나로 통합하고 온라인 접수를 허용하는 방안을 의결함.
다. 위원회 운영 규칙 일부 개정에 관한 건
o 회의록 공개 시점을 회의 후 2주 이내로 앞당기는 개정안을 의결함.
"""


def test_the_first_item_of_a_lettered_decision_list_is_no_title_over_it():
    # 가. … / its text / 나. …: the first of the list's items; the title is the board's, above the date and the issuer
    article = pr2news.convert(COMMISSION_DECISIONS_BRIEFING_KO)
    assert article.headline == "2026년 제12차 위원회 회의 결과"
    assert any(block.text.startswith("지역 방송사 재허가") for block in article.body)


def test_the_next_number_of_a_list_marker():
    from pr2news.segment.draft import next_enumerator
    assert [next_enumerator(m) for m in ("가.", "(1)", "①", "9)", "하.", "1", None)] == \
        ["나.", "(2)", "②", "10)", None, None, None]


NEWS_COPY_WITH_CREDITED_PHOTO_KO = """"시민 누구나 촬영"…하늘시, 1인 방송 스튜디오 개방

하늘시 "영상 제작 문턱 낮출 것" 기대



하늘시청 본관 전경. 하늘일보

하늘시가 1일 시청 별관 2층에 시민 누구나 쓸 수 있는 1인 방송 스튜디오를 열었다.

스튜디오에는 조명과 카메라, 편집용 컴퓨터가 갖춰져 있으며 온라인으로 예약하면 하루 두 시간까지 무료로 쓸 수 있다.

<저작권자 ⓒ 하늘일보, 무단 전재 및 재배포 금지>
"""


def test_a_photos_scene_and_its_one_word_credit_are_a_caption_not_a_subtitle():
    # 하늘시청 본관 전경. 하늘일보 where the photo stood: what it shows, then who took it
    article = pr2news.convert(NEWS_COPY_WITH_CREDITED_PHOTO_KO)
    assert article.highlights == ('하늘시 "영상 제작 문턱 낮출 것" 기대',)
    assert "하늘시청 본관 전경. 하늘일보" in article.stripped
    assert article.body[0].text.startswith("하늘시가 1일")


FIELDS_UNDER_TITLE_EN = """Office of the Chief Minister

Title: New Water Tanks For Outer Villages
Issue Date: 4 March 2026
Issue by: Chief Minister

Twelve new water tanks will be installed in the outer villages before the dry season, the Chief Minister announced today.

Each tank holds ten thousand litres and will be filled by the public works truck every fortnight until the rains return.
"""


def test_a_by_field_under_the_title_and_date_fields_is_the_credit_not_the_text():
    # Title: / Issue Date: / Issue by: - the header's fields, its last one naming who issued the release
    article = pr2news.convert(FIELDS_UNDER_TITLE_EN)
    assert article.headline == "New Water Tanks For Outer Villages"
    assert article.byline == "Chief Minister"
    assert article.dateline.date == "2026-03-04"
    assert article.body[0].text.startswith("Twelve new water tanks")
    assert "Issue by:" in article.stripped


SCIENCE_CENTER_ADVISORY_EN = """Return To News releases & statements
City Science Center Moves Family Night to Friday

June 9, 2026

Jordan Lee/Priya Shah
Public Affairs Office, Springfield
555-201-3300/3310

Marcus Webb
Springfield Science Center, Riverside, Ill.
555-201-4470

MEDIA ADVISORY: A26-17

CITY SCIENCE CENTER MOVES FAMILY NIGHT TO FRIDAY

SPRINGFIELD - The Science Center's family night has moved to 6 p.m. Friday, June 12, because of the storm expected on Thursday.

The evening will include telescope viewing on the roof and a talk on the summer night sky. Entry is free.
"""


def test_an_advisorys_unlabelled_contact_blocks_above_its_label_and_capitalised_title():
    # names over an office and its place over a phone (its other line after a slash), twice; then the advisory's
    # label with its number and the title again in capitals, above the text: contacts, label, title printed twice
    article = pr2news.convert(SCIENCE_CENTER_ADVISORY_EN)
    assert article.headline == "City Science Center Moves Family Night to Friday"
    assert [(c.name, c.phones) for c in article.contacts][-1] == ("Marcus Webb", ("555-201-4470",))
    assert any(c.name == "Priya Shah" and c.phones == ("555-201-3300",) for c in article.contacts)
    assert {"Return To News releases & statements", "MEDIA ADVISORY: A26-17",
            "CITY SCIENCE CENTER MOVES FAMILY NIGHT TO FRIDAY"} <= set(article.stripped)
    assert article.body[0].text.startswith("SPRINGFIELD - The Science Center")
    assert len(article.body) == 2


DOUBLE_SPACED_NOTICE_EN = """BOIL WATER ADVISORY ENDED

FOR IMMEDIATE RELEASE

As of 11:00 AM today, the Boil Water Advisory for the Birch Street area has been

lifted and tap water is safe to drink again. The Public Works crew flushed the

mains and tested the water at six points before reopening the valves. All of the

samples met the drinking water standard. The advisory was issued on Monday as a

precaution after a contractor struck the main during road works on Birch Street.

Residents may notice some air in their pipes for the first hour or so after the

water returns. Running a cold tap for a few minutes will clear it.
"""


def test_a_notice_copied_with_a_blank_line_after_every_line_opens_on_its_text_not_a_title_or_subtitle():
    # every wrapped line its own paragraph: the first line goes on in lower case on the next, which ends a sentence
    # inside it - the text (joined), neither the headline nor a subtitle
    article = pr2news.convert(DOUBLE_SPACED_NOTICE_EN)
    assert article.headline == "BOIL WATER ADVISORY ENDED"
    assert article.highlights == ()
    assert article.body[0].text.startswith("As of 11:00 AM today, the Boil Water Advisory for the Birch Street "
                                           "area has been lifted and tap water")
    assert any(block.text.endswith("will clear it.") for block in article.body)


AGENCY_BOARD_WITH_FILE_AND_COUNT_KO = """하늘해양원, '2027년 물때표' 발간
하늘해양원, '2027년 물때표' 발간
전국 연안 52개 지점 물때 정보 수록
하늘해양원이 지난해 10월 개최한 해양안전 체험행사. /하늘해양원
하늘해양원은 낚시객과 선박 운항자를 위한 '2027년 물때표' 책자를 발간했다고 20일 밝혔다.
책자에는 전국 연안 52개 지점의 높은 물과 낮은 물 시각과 높이가 담겼다.
물때표는 전국 판매소에서 구입할 수 있으며 누리집에서도 내려받을 수 있다.
- 260820(조간) 2027년 물때표 발간(하늘해양원).hwp (412.5KB) (88)
214개(3/22페이지)
"""


def test_a_boards_file_with_its_size_and_bare_count_and_its_post_count_stay_out_of_the_text():
    # the file offered for download ends on its size and how often it was taken ((412.5KB) (88)); the board's count
    # of posts and the page of its list (214개(3/22페이지)); a photo's caption, a noun phrase and its credit after '. /'
    article = pr2news.convert(AGENCY_BOARD_WITH_FILE_AND_COUNT_KO)
    assert article.headline == "하늘해양원, '2027년 물때표' 발간"
    assert article.highlights == ("전국 연안 52개 지점 물때 정보 수록",)
    assert article.body[-1].text.startswith("물때표는 전국 판매소에서")
    assert list(article.attachments) == ["- 260820(조간) 2027년 물때표 발간(하늘해양원).hwp (412.5KB) (88)"]
    assert {"214개(3/22페이지)", "하늘해양원이 지난해 10월 개최한 해양안전 체험행사. /하늘해양원"} <= set(article.stripped)


REPOSTED_WITH_PAGE_TITLE_EN = """Tag Archives: Government of Eastland

Province Funds Twelve Rural Water Projects | News and Media | Government of Eastland

Photo by: Sam Carter

Today the Minister of Rural Affairs announced $4.2 million for twelve rural water projects through the province's Clean Water Fund.

"Safe water is the first thing a town needs to grow," the Minister said. "These projects will serve more than 9,000 residents."

The projects include new treatment plants in three villages and the replacement of ageing pipes in nine others.
"""


def test_a_page_titles_section_and_issuer_after_the_title_are_the_sites_not_the_headlines():
    article = pr2news.convert(REPOSTED_WITH_PAGE_TITLE_EN)
    assert article.headline == "Province Funds Twelve Rural Water Projects"
    assert any("Government of Eastland" in piece for piece in article.stripped if "News and Media" in piece)


MINISTRY_NEWS_LISTING_EN = """Minister Okafor opens the regional trade fair in the northern province
The Minister of Trade opened the regional trade fair on Monday, where more than 200 exhibitors from across the...
Ambassador presents credentials to the President
The new Ambassador of Norway presented her letters of credence to the President at a ceremony held at the...
Ministry and university sign agreement on diplomatic training
The Ministry of Foreign Affairs and the National University signed an agreement on Friday that will create a...
Foreign Minister briefs diplomatic corps on the year ahead
Capital City, 9 January 2026 - The Minister of Foreign Affairs today briefed members of the diplomatic corps on the government's priorities for the year ahead.
The Minister began with a review of the main events of the last quarter, including the visit of three heads of state and the opening of two new embassies.
He then set out the ministry's plans for the year, among them a new consular service for citizens living abroad.
"""


def test_a_listings_teasers_cut_with_an_ellipsis_are_not_the_article_its_full_item_is():
    # three titles, each over the first words of its story cut with '...', then a title over its whole text
    article = pr2news.convert(MINISTRY_NEWS_LISTING_EN)
    assert article.headline == "Foreign Minister briefs diplomatic corps on the year ahead"
    assert article.body[0].text.startswith("Capital City, 9 January 2026 - The Minister")
    assert "Ambassador presents credentials to the President" in article.stripped


AGENCY_LEAD_EN = """Ambassadors present credentials to the President

The Minister of Foreign Affairs accompanied the President at the ceremony.

Capital City, by Ana Ruiz -NAG-. Three ambassadors presented their letters of credence to the President on Tuesday at the National Palace.

The new ambassadors represent Chile, Finland and Japan, and will take up their posts this month.
"""


def test_a_news_agencys_lead_place_reporter_and_code_is_split_off_the_first_paragraph():
    article = pr2news.convert(AGENCY_LEAD_EN)
    assert article.byline == "Ana Ruiz"
    assert article.dateline.place == "Capital City"
    assert article.body[0].text.startswith("Three ambassadors presented")
    assert ", by -NAG-." in article.stripped


QUOTED_TITLE_OVER_TWO_LINES_KO = """• 상담전화 (033)555-3034 평일 09시-18시

하늘시, "지난 3년간 찾아가는 민원실 210회 운영,

시민 4만 명 만나"

- 현장에서 1만 2천 건 민원 처리, 87건 집단민원 조정

□ 하늘시가 지난 3년간 읍면동을 돌며 찾아가는 민원실을 210회 운영해 시민 4만여 명을 만났다고 밝혔다.

□ 시는 현장에서 1만 2천여 건의 민원을 처리하고 87건의 집단민원을 조정했다.

□ 시는 올해도 찾아가는 민원실을 매달 운영할 계획이다.

□ 민원실에는 복지, 세무, 건축 담당 공무원이 함께 나가 한자리에서 상담한다.

□ 시장은 "시민이 시청을 찾기 전에 시청이 먼저 시민을 찾아가겠다"고 말했다.

연합뉴스TV 기사문의 및 제보 : 카톡/라인 tips24
"""


def test_a_title_whose_quotation_closes_on_the_next_line_is_one_title_and_a_tip_line_is_no_text():
    article = pr2news.convert(QUOTED_TITLE_OVER_TWO_LINES_KO)
    assert article.headline == '하늘시, "지난 3년간 찾아가는 민원실 210회 운영, 시민 4만 명 만나"'
    assert article.highlights == ("현장에서 1만 2천 건 민원 처리, 87건 집단민원 조정",)
    assert "연합뉴스TV 기사문의 및 제보 : 카톡/라인 tips24" in article.stripped


ADVISORY_WITH_UPDATE_STAMP_EN = """Island News Bulletin, 10-08-2026
Issue No: 1164
Minister Opens New Harbour Market

The Minister of Fisheries today opened the new harbour market, where 40 stalls will sell the day's catch.

The market was built in eight months with funds from the national development budget.

Traders said the covered stalls would protect fish from the afternoon heat.

Last update: 11 August 2026
Stay in touch
"""


def test_a_bulletins_date_is_no_phone_and_a_last_update_stamp_ends_the_text():
    article = pr2news.convert(ADVISORY_WITH_UPDATE_STAMP_EN)
    assert article.headline == "Minister Opens New Harbour Market"
    assert article.contacts == ()
    assert article.body[-1].text.startswith("Traders said")
    assert "Last update: 11 August 2026" in article.stripped


NEWS_COPY_SIGNED_BY_EDITOR_KO = """> 뉴스 > 하늘뉴스
하늘군, 취학아동 대상 예방접종 안내
김하늘 편집부장 | 입력 2026-02-14 오전 09:37:37
하늘군보건소는 초등학교 입학을 앞둔 아동의 예방접종 여부를 확인해 달라고 14일 밝혔다.
입학 전 접종해야 하는 백신은 모두 4종으로, 보건소와 지정 의료기관에서 무료로 맞을 수 있다.
보건소 관계자는 "입학 전에 접종 기록을 꼭 확인해 달라"고 말했다.
김하늘 편집부장 sky@@hanul.com
ⓒ 하늘인터넷뉴스 www.hanulnews.co.kr, 무단 전재 및 재배포 금지
"""


def test_an_editor_signing_off_with_a_mistyped_address_is_no_paragraph():
    # the copy's writer, an editor (편집부장) not a reporter (기자), and an address with a doubled @
    article = pr2news.convert(NEWS_COPY_SIGNED_BY_EDITOR_KO)
    assert article.body[-1].text.startswith("보건소 관계자는")
    assert "김하늘 편집부장 sky@@hanul.com" in article.stripped or article.byline == "김하늘 편집부장 sky@@hanul.com"


SEOUL_STYLE_RELEASE_KO = """보도자료
보도일시 2026. 11. 3.(화) 06:00 배포일시 2026. 11. 2.(월) 10:00
담당부서 도시교통실 보행정책과
보행정책과장 윤봄비 02-2133-2401
보행환경개선팀장 권여름 02-2133-2415
담당자 주무관 신가을 02-2133-2418

서울시, 겨울철 보행자 미끄럼 사고 막는다…열선 보도 50곳 확대
- 경사로·버스정류장 주변 등 낙상 위험 높은 50곳에 도로 열선 설치 완료
- 제설제 자동 살포 장치 120곳 추가, 시민 제설함 2,000개 정비

□ 서울시는 겨울철 빙판길 낙상 사고를 줄이기 위해 경사로와 버스정류장 주변 등 50곳에 도로 열선을 설치했다고 3일 밝혔다.
  ○ 도로 열선은 노면 온도가 영상 3도 이하로 떨어지면 자동으로 작동해 눈과 얼음이 쌓이지 않도록 한다.
   - 올해 새로 설치한 곳은 종로구 북촌로 등 경사가 급한 골목길 32곳과 버스정류장 18곳이다.
□ 시는 또 제설제 자동 살포 장치를 120곳에 추가로 설치하고, 시민이 직접 쓸 수 있는 제설함 2,000개를 정비했다.
□ 윤봄비 서울시 보행정책과장은 "겨울철 시민들이 안심하고 걸을 수 있도록 보행 안전 대책을 빈틈없이 추진하겠다"고 말했다.

붙임 1. 도로 열선 설치 위치 1부.
     2. 제설함 위치도 1부. 끝.
"""


def test_a_seoul_style_release_end_to_end_and_a_teams_contact_under_its_department():
    article = pr2news.convert(SEOUL_STYLE_RELEASE_KO)
    assert article.headline == "서울시, 겨울철 보행자 미끄럼 사고 막는다…열선 보도 50곳 확대"
    assert len(article.highlights) == 2
    assert article.embargo is not None and article.embargo.datetime == "2026-11-03T06:00"
    assert article.body[0].text.startswith("서울시는 겨울철 빙판길") and article.body[1].text.startswith("도로 열선은")
    assert article.attachments[0].startswith("붙임 1. 도로 열선")
    people = {c.name: c for c in article.contacts if c.name}
    assert set(people) == {"윤봄비", "권여름", "신가을"}
    # 보행환경개선팀장 권여름: the team under the block's department
    assert (people["권여름"].team, people["권여름"].department) == ("보행환경개선팀", "보행정책과")
    assert people["윤봄비"].phones == ("02-2133-2401",)


NEWS_SITE_COPY_KO = """전체메뉴
로그인 회원가입
하늘일보
정치 경제 사회 문화 지역
기사 메일전송
기사 프린트
글자 크기 조절
하늘시, 청년 월세 지원 대상 2배로 확대
김하늘 기자 | 승인 2026.05.12 14:22 | 댓글 0
하늘시가 청년 월세 지원 대상을 올해 2,000명에서 내년 4,000명으로 두 배 늘린다고 12일 밝혔다.
지원 대상은 하늘시에 거주하는 만 19~34세 무주택 청년으로, 월 최대 20만 원을 12개월간 받을 수 있다.
시 관계자는 "청년들의 주거비 부담을 덜기 위해 지원을 대폭 늘렸다"고 말했다.
김하늘 기자 sky@hanulilbo.kr
<저작권자 © 하늘일보, 무단 전재 및 재배포 금지>
많이 본 뉴스
1 하늘시 시내버스 노선 전면 개편
2 하늘대교 야간 경관조명 점등
3 하늘시립도서관 24시간 운영 시작
"""


def test_a_news_sites_copy_its_credit_row_gives_byline_and_date_without_the_comment_counter():
    article = pr2news.convert(NEWS_SITE_COPY_KO)
    assert article.headline == "하늘시, 청년 월세 지원 대상 2배로 확대"
    assert article.byline == "김하늘 기자"
    assert (article.dateline.text, article.dateline.date, article.dateline.time) == ("승인 2026.05.12 14:22", "2026-05-12", "14:22")
    assert "| 댓글 0" in article.stripped
    assert len(article.body) == 3 and article.body[-1].text.endswith("말했다.")
    assert {"기사 메일전송", "많이 본 뉴스", "<저작권자 © 하늘일보, 무단 전재 및 재배포 금지>"} <= set(article.stripped)


FLOOD_WARNING_EN = """For Immediate Release
Flood Watch for Residents of the Mill River Watershed
Issued on March 14th at 9:30 a.m.
Issued by: Jordan Pike, Flood Forecasting Coordinator
Mill River Conservation Authority
(555) 773-9040
The Mill River Conservation Authority has issued a Flood Watch for the Mill River watershed as heavy rain and melting snow raise water levels.
Residents near the river should keep children and pets away from banks, which are slippery and may give way.
This Flood Watch is in effect until Friday, March 17th.
For more information, please visit the following:
"""


def test_a_flood_watchs_issue_time_issuer_block_and_dangling_pointer_to_lost_links():
    # 'Issued on March 14th at 9:30 a.m.' (no year) is the release's date; 'Issued by:' a person and post, then the
    # office and a phone, the contact; 'please visit the following:' with nothing after it points to lost links
    article = pr2news.convert(FLOOD_WARNING_EN)
    assert article.headline == "Flood Watch for Residents of the Mill River Watershed"
    assert article.highlights == ()
    assert article.dateline.text == "Issued on March 14th at 9:30 a.m."
    assert [(c.name, c.title, c.phones) for c in article.contacts] == \
        [("Jordan Pike", "Flood Forecasting Coordinator", ("(555) 773-9040",))]
    assert article.body[-1].text == "This Flood Watch is in effect until Friday, March 17th."
    assert "For more information, please visit the following:" in article.stripped


SURVEY_RELEASE_WITH_NOTES_EN = """Survey Maps Groundwater Levels Across the Valley
Released: 4/2/2026
A new survey of 300 wells shows groundwater levels across the valley rose for the second year in a row after wet winters.
Valley Water Survey photo by Dana Lee.
Hydrologists measured each well in the autumn and compared the levels with records going back to 1985.
The full report and a map of the wells are available on the survey's website.
Subscribe to receive the latest Valley Water Survey news releases.
Links and contacts within this release are valid at the time of publication.
"""


def test_a_photo_credit_a_release_subscription_prompt_and_a_links_disclaimer_are_not_text():
    article = pr2news.convert(SURVEY_RELEASE_WITH_NOTES_EN)
    assert [block.text[:20] for block in article.body] == [
        "A new survey of 300 ", "Hydrologists measure", "The full report and "]
    assert {"Valley Water Survey photo by Dana Lee.", "Subscribe to receive the latest Valley Water Survey news releases.",
            "Links and contacts within this release are valid at the time of publication."} <= set(article.stripped)


BOARD_POST_WITH_MARKDOWN_CONTACT_KO = """새소식
조회수 88
작성일 2026년 02월 10일 16시 08분
| 부서 | 보건정책과 |
|---|---|
| 연락처 | 02-555-2010 |
하늘구, 설 연휴 감염병 예방 수칙 안내
해외여행 전 감염병 정보 미리 확인해야
하늘구는 설 연휴를 맞아 해외여행 전 감염병 예방 정보를 미리 확인해 달라고 10일 당부했다.
구는 손 씻기와 기침 예절 등 기본 수칙을 지켜 달라고 강조했다.
"""


def test_a_boards_markdown_contact_table_is_the_contact():
    # | 부서 | … | and | 연락처 | … | (a table pasted as Markdown) are the contact
    article = pr2news.convert(BOARD_POST_WITH_MARKDOWN_CONTACT_KO)
    assert article.headline == "하늘구, 설 연휴 감염병 예방 수칙 안내"
    assert article.highlights == ("해외여행 전 감염병 정보 미리 확인해야",)
    assert [(c.department, c.phones) for c in article.contacts] == [("보건정책과", ("02-555-2010",))]
    assert article.body[0].text.startswith("하늘구는 설 연휴를")


def test_a_boards_registering_department_field_is_the_issuer_not_a_subtitle():
    article = pr2news.convert("“하늘시 보도는 사실과 다릅니다” 보도기사에 대한 해명\n- 등록일 2026.08.06 09:44\n- 조회수 1243\n"
                              "- 등록부서 에너지정책과\n■ 보도개요\n○ 한 언론은 하늘시가 에너지 특구 지정을 포기했다고 보도했습니다.\n"
                              "■ 해명내용\n○ 하늘시는 특구 지정을 포기한 사실이 없으며, 지정 절차를 그대로 진행하고 있습니다.\n")
    assert article.highlights == ()
    assert article.byline == "등록부서 에너지정책과"


GOV_BANNER_AND_SIGNED_COPY_KO = """본문바로가기 메뉴바로가기
이 누리집은 대한민국 공식 전자정부 누리집입니다.
공식 누리집 주소 확인하기
go.kr 주소를 사용하는 누리집은 대한민국 정부기관이 관리하는 누리집입니다.
이밖에 or.kr 또는 .kr등 다른 도메인 주소를 사용하고 있다면 아래 URL에서 도메인 주소를 확인해 보세요.
운영중인 공식 누리집보기
하늘우체국, 설 명절 우편물 특별소통 돌입
등록일 : 2027.02.05 19:59
하늘우체국이 설 명절을 앞두고 오는 8일부터 2주간 우편물 특별소통 기간을 운영한다고 5일 밝혔다.
이 기간 하늘우체국은 임시 인력 120명을 추가로 배치하고 소포 배달 차량을 두 배로 늘린다.
/한가을 기자 autumn@hanulilbo.kr
이 기간 하늘우체국은 임시 인력 120명을 추가로 배치하고 소포 배달 차량을 두 배로 늘린다.
"""


def test_the_government_sites_banner_is_chrome_and_a_slashed_sign_off_ends_the_copy():
    article = pr2news.convert(GOV_BANNER_AND_SIGNED_COPY_KO)
    assert article.headline == "하늘우체국, 설 명절 우편물 특별소통 돌입"
    assert len(article.body) == 2 and article.body[-1].text.startswith("이 기간 하늘우체국은")
    assert {"공식 누리집 주소 확인하기", "운영중인 공식 누리집보기"} <= set(article.stripped)
    assert "이 누리집은 대한민국 공식 전자정부 누리집입니다." in article.stripped


TAG_ARCHIVE_PAGE_EN = """Tag Archive
"River Red Gum"
Council Plants 2,000 River Red Gums Along the Creek
Volunteers and council staff planted 2,000 river red gum seedlings along Mill Creek on Saturday, the first stage of a five-year plan to restore the creek's banks.
The trees will shade the water, keep the banks from washing away and give birds a place to nest, the council's environment officer said.
"""


def test_an_archive_pages_label_and_the_tag_it_gathers_are_not_the_headline():
    article = pr2news.convert(TAG_ARCHIVE_PAGE_EN)
    assert article.headline == "Council Plants 2,000 River Red Gums Along the Creek"
    assert {"Tag Archive", '"River Red Gum"'} <= set(article.stripped)


PHOTO_CAPTIONS_AROUND_TITLE_EN = """Tag Archives: island republic
New Ambassador of Chile - Ana Maria Soto presenting her credentials to the President, Tomas Reed
Three new Ambassadors meet with President Reed
New Ambassador of Chile - Ana Maria Soto presenting her credentials to the President, Tomas Reed
Press Release: Capital City 24 February 2026
Three new ambassadors met with President Tomas Reed on Monday to present their letters of credence at State House.
The ambassadors of Chile, Finland and Japan will be resident in neighbouring countries and visit the islands twice a year.
"""


def test_a_photos_caption_of_who_is_doing_what_and_an_archive_heading_are_not_the_title():
    # 'Ana Maria Soto presenting her credentials …' (a participle, no verb of its own: what the picture shows),
    # above and under the title; 'Tag Archives: …' with its name on the same line
    article = pr2news.convert(PHOTO_CAPTIONS_AROUND_TITLE_EN)
    assert article.headline == "Three new Ambassadors meet with President Reed"
    assert article.highlights == ()
    assert article.body[0].text.startswith("Three new ambassadors met")


MEMBERS_PAGE_WITH_FORMS_EN = """Extra £2m for Town Centre Play Areas
Play areas in twelve town centres will be rebuilt with £2m announced by the Minister for Communities today.
The money will pay for new equipment, safer surfaces and seating for parents and carers.
Avatar photo
Author: Dana Hughes MS
I agree to the Privacy Policy and to receive email updates.
We use cookies to improve your overall site experience. This includes personalising content, analysing site usage and helping us understand how visitors use the site, so that we can make it better for everyone.
Accept
"""


def test_a_profile_pictures_alt_text_a_consent_box_and_a_long_cookie_banner_are_not_text():
    article = pr2news.convert(MEMBERS_PAGE_WITH_FORMS_EN)
    assert article.body[-1].text.startswith("The money will pay for new equipment")
    assert len(article.body) == 2


EXPLANATION_RELEASE_KO = """설명자료
보도일시 2026. 9. 8.(화) 즉시 보도 가능
담당부서 하늘시 교통정책과 과장 문봄 (02-555-3100) / 주무관 강여름 (02-555-3112)

「하늘시 버스 노선 개편, 시민 불편 가중」 보도 관련 설명

□ 한빛일보는 9월 7일자 「하늘시 버스 노선 개편, 시민 불편 가중」 제하 기사에서 하늘시가 노선 개편을 충분한 의견 수렴 없이 추진해 시민 불편이 커지고 있다고 보도했습니다.

< 보도 내용 >
○ 하늘시가 시민 의견 수렴 없이 버스 노선을 개편해 출퇴근 시간 배차 간격이 늘어났다.

< 설명 내용 >
○ 하늘시는 노선 개편에 앞서 올해 3월부터 6월까지 주민설명회 24회와 온라인 설문을 통해 시민 1만 2천여 명의 의견을 수렴했습니다.
○ 개편 이후 출퇴근 시간 평균 배차 간격은 12분에서 9분으로 오히려 줄었습니다.
○ 하늘시는 앞으로도 이용 현황을 점검해 불편 사항을 신속히 개선하겠습니다.
"""


def test_an_explanation_release_released_at_once_has_a_date_not_an_embargo():
    # 보도일시 … 즉시 보도 가능: the release's date; the answer's sections (< 보도 내용 >, < 설명 내용 >) are its text
    article = pr2news.convert(EXPLANATION_RELEASE_KO)
    assert article.headline == "「하늘시 버스 노선 개편, 시민 불편 가중」 보도 관련 설명"
    assert article.embargo is None
    assert article.dateline.date == "2026-09-08"
    assert [c.name for c in article.contacts] == ["문봄", "강여름"]
    assert article.body[-1].text.startswith("하늘시는 앞으로도")


STATE_AGENCY_RELEASE_EN = """NEWS RELEASE
Department of Natural Resources
For Immediate Release: Oct. 14, 2026
Contact: Sam Ortega, 555-410-2200, sam.ortega@dnr.state.example

DNR reopens Pine Lake boat launch after repairs

PINE LAKE – The Department of Natural Resources today reopened the Pine Lake public boat launch after a six-week repair of its concrete ramp and dock.

The $310,000 project replaced the cracked ramp, added a second dock and paved the parking lot, which now holds 40 vehicles with trailers.

"Pine Lake is one of the busiest launches in the region, and anglers have waited patiently," said DNR Director Lee Park.

The launch is open from 5 a.m. to 10 p.m. daily.

About the Department of Natural Resources
The DNR manages the state's forests, parks and waters for present and future generations.

###

Follow us on Facebook, X and Instagram.
"""


def test_an_agency_release_end_to_end_and_its_about_section_named_by_initials():
    # 'About the Department of Natural Resources' over 'The DNR manages …': the issuer's boilerplate before ###
    article = pr2news.convert(STATE_AGENCY_RELEASE_EN)
    assert article.headline == "DNR reopens Pine Lake boat launch after repairs"
    assert article.dateline.date == "2026-10-14"
    assert [(c.name, c.phones) for c in article.contacts] == [("Sam Ortega", ("555-410-2200",))]
    assert article.body[-1].text == "The launch is open from 5 a.m. to 10 p.m. daily."
    assert "About the Department of Natural Resources" in article.stripped


def test_a_news_agencys_code_after_the_place_is_its_credit_not_part_of_the_first_sentence():
    text = ("Ministry opens winter vaccination drive for children in rural districts\n\n"
            "Districts, NRA- The Ministry of Health opened on Monday a national drive to vaccinate children under five "
            "who missed their routine doses in rural districts.\n\n"
            "The drive runs until the end of November and includes families who returned from abroad this year.\n\n"
            "Lena Ortiz/ Paul Hart\n")
    article = pr2news.convert(text)
    assert article.body[0].text.startswith("The Ministry of Health opened on Monday")
    assert article.dateline.place == "Districts"
    assert article.byline == "NRA"
    assert lost_lines(text, article.to_dict()) == []


def test_an_english_subtitle_run_into_a_flattened_page_without_a_full_stop_is_the_deck():
    text = ("top of page\n\n"
            "12 results found\n\n"
            "  • State Water Board Launches Leak Alert Service to Cut Household Water Loss\n\n"
            "    Free service watches meters, keeps data private, sends notice of potential loss "
            "The State Water Board in partnership with two county utilities has launched Leak Alert, a free service "
            "to cut household water loss that sends a notice when water use points to a leak. The State Water Board "
            "says leaks waste a tenth of the water a household uses. “Every drop "
            "we save helps,” said the board's chair. “Leak Alert lets a family find a leak in days instead of "
            "months.” Households can sign up for the service with their account number and choose to receive "
            "notices by text message or e-mail. Meter readings stay with the utility and are never shared.\n")
    article = pr2news.convert(text)
    assert article.headline == "State Water Board Launches Leak Alert Service to Cut Household Water Loss"
    assert list(article.highlights) == ["Free service watches meters, keeps data private, sends notice of potential loss"]
    assert article.body[0].text.startswith("The State Water Board in partnership with")
    assert lost_lines(text, article.to_dict()) == []


def test_a_title_wrapped_in_a_text_with_a_blank_line_after_every_line_is_one_headline():
    # a PDF's transcript on a document-sharing site: every line of the page followed by a blank one
    text = ("annual water report 2025\n\n"
            "Upload: riverdocs\n\n"
            "Post on 02-Apr-2026\n\n"
            "88 views\n\n"
            "Category:\n\n"
            "Documents\n\n"
            "TRANSCRIPT\n\n"
            "    1 | P a g e\n\n"
            "    12 March 2026\n\n"
            "    Water regulator reports cleaner rivers in most regions and\n\n"
            "    districts, but warns about the slow pace in replacing\n\n"
            "    ageing treatment plants\n\n"
            "    CAPITAL CITY Rivers in most regions were cleaner last year than in any year since records began, the\n\n"
            "    water regulator said today in its annual report on the state of the country's rivers and\n\n"
            "    lakes.\n\n"
            "    The regulator said that most districts had met their targets, but that the replacement of\n\n"
            "    ageing treatment plants was running years behind plan.\n")
    article = pr2news.convert(text)
    assert article.headline == ("Water regulator reports cleaner rivers in most regions and districts, but warns about "
                                "the slow pace in replacing ageing treatment plants")
    assert article.body[0].text.startswith("CAPITAL CITY Rivers in most regions were cleaner")


GOV_BOARD_WITH_FIELD_ROWS_KO = """이 누리집은 대한민국 공식 전자정부 누리집입니다.
-
공식 누리집 주소 확인하기
go.kr 주소를 사용하는 누리집은 대한민국 정부기관이 관리하는 누리집입니다. 이 밖에 or.kr 또는 .kr등 다른 도메인 주소를 사용하고 있다면 아래 URL에서 도메인 주소를 확인해 보세요.
-
아이콘 또는 HTTPS 확인하기
웹 브라우저의 주소 입력창에 표시된 자물쇠 아이콘과 주소 앞 https://가 있는지 체크하여 보안적용이 되어 있는지 확인하세요.
가온지방환경청
맑은 물과 깨끗한 공기를 지키는 든든한 환경 지킴이!
알림·소식
보도·해명
- 제목
- 가온지방환경청, 봄철 미세먼지 배출 사업장 특별점검 실시
- 담당부서
- 환경관리과
- 전화번호
- 055-555-7182
- 담당자
- 한가람
- 등록일
- 2026-03-09
□ 가온지방환경청(청장 홍길동)은 봄철 미세먼지 고농도 시기를 맞아 관내 대기오염물질 배출 사업장을 대상으로 특별점검을 실시한다.
○ 이번 특별점검은 미세먼지 배출 사업장 120곳을 대상으로 3월 10일부터 4월 30일까지 진행한다.
○ 점검반은 배출허용기준 준수 여부와 방지시설 정상 가동 여부, 비산먼지 억제 조치 이행 여부를 중점적으로 확인한다.
○ 미세먼지 발생을 줄이고 지역 주민의 건강을 지키고자 3월부터 관내 4개 시군별
(가온시, 나래시, 다온군, 라온군) 순차적으로 특별점검을 실시하고,
- 이 외에도 황사철, 건조기 등 취약시기 정기점검 및 드론 활용 기획점검 등 연중 수시로 점검을
실시하여, 배출허용기준 위반 사업장에 대해서는 엄정하게 행정처분할 예정이다.
첨부
- 보도자료(미세먼지 특별점검).hwp 다운로드 미리보기
- 이전글 가온지방환경청, 하천 수질 개선 우수사례 공모전 시상식
"""


def test_a_government_board_page_its_banner_field_rows_and_items_going_on_into_the_next():
    article = pr2news.convert(GOV_BOARD_WITH_FIELD_ROWS_KO)
    assert article.headline == "가온지방환경청, 봄철 미세먼지 배출 사업장 특별점검 실시"
    assert {"아이콘 또는 HTTPS 확인하기"} <= set(article.stripped)  # the banner's second half
    # ○ … 실시하고, / - … 예정이다.: one sentence over two items, the release's last, kept in the text
    assert article.body[-1].text.endswith("엄정하게 행정처분할 예정이다.")
    assert [c.phones for c in article.contacts] == [("055-555-7182",)]


BOARD_FIELDS_UNDER_A_QUESTION_TITLE_KO = """[국내/정책] '바다에서 우주까지' 가온연구회 올해의 우수 성과는?
페이지 정보
- 발행기관
- 가온일보
- 저자
- 종류
- 해양기술분류
- 발행일
- 2026-04-27
- 조회
- 1,204
- 출처 URL
본문
가온연구회는 27일 소속 연구기관의 2025년 올해의 우수 성과 10건을 선정해 공개함.
가온연구회는 우수한 성과를 낸 연구자를 격려하고 그 성과를 국민에게 알리기 위해 2019년부터 해마다 우수 성과를 선정해왔음.
올해는 12개 연구기관에서 모두 30건의 성과가 추천됐다. 가온연구회는 과학적 가치와 경제적 가치, 사회적 가치를 종합적으로 검토해 최종 10건을 선정했다.
"""


def test_a_question_title_over_a_boards_field_rows_beats_the_first_sentence_of_the_text():
    article = pr2news.convert(BOARD_FIELDS_UNDER_A_QUESTION_TITLE_KO)
    assert article.headline == "[국내/정책] '바다에서 우주까지' 가온연구회 올해의 우수 성과는?"
    assert article.body[0].text.startswith("가온연구회는 27일 소속 연구기관의")


CUT_ABOVE_ITS_TITLE_WITH_A_MAIL_FORM_KO = """• 최종편집 2026-06-23(화)

바다 쓰레기 수거부터 어구 회수까지

올해 5월까지 가온 앞바다에서 폐어구 120톤이 수거되었습니다.

이에 가온해양관리단은 바다 쓰레기를 줄이기 위해

직접 현장 수거 작업을 실시하였는데요.

깨끗한 바다를 지키는

해양관리단의 바다 위 수거 현장!

지금 영상으로 함께 확인해보세요!

태그

전체댓글 0

비밀번호 :
메일보내기닫기
기사제목
폐어구 120톤 건져 올렸다! 바다 청소, 그 현장 속으로
보내는 분 이메일
받는 분 이메일
"""


def test_a_copy_cut_above_its_title_takes_the_title_from_the_mail_form_after_the_text():
    article = pr2news.convert(CUT_ABOVE_ITS_TITLE_WITH_A_MAIL_FORM_KO)
    assert article.headline == "폐어구 120톤 건져 올렸다! 바다 청소, 그 현장 속으로"
    assert article.body[0].text.startswith("바다 쓰레기 수거부터 어구 회수까지")
    assert "최종편집 2026-06-23(화)" not in article.headline
    assert lost_lines(CUT_ABOVE_ITS_TITLE_WITH_A_MAIL_FORM_KO, article.to_dict()) == []


def test_an_issuers_credit_closing_the_release_without_a_phone_is_its_contact():
    text = ("Government committed to answering the public's letters\n\n"
            "12 March 2026\n\n"
            "Government notes the report published this week on the time ministries take to answer letters from "
            "members of the public.\n\n"
            "The Department of Communications has asked every ministry to name an official who answers letters "
            "within ten working days, and will publish each ministry's record every quarter.\n\n"
            "Issued by Thandi Mokoena, Chief Director Public Engagement, Department of Communications, 12 March 2026\n")
    article = pr2news.convert(text)
    assert article.body[-1].text.startswith("The Department of Communications has asked")
    assert [c.name for c in article.contacts] == ["Thandi Mokoena"]


def test_a_subtitle_framed_by_dashes_the_closing_one_run_into_its_last_word():
    text = ("본문으로 바로가기\n\n"
            "보도 자료 상세보기\n\n"
            "우리말 이름을 함께 짓다\n\n"
            "작성자 가온국어원 등록일 2026. 9. 21. 조회수 1204\n\n"
            "우리말 이름을 함께 짓다\n\n"
            "- 가온국어원, 2026년 우리말 이름 짓기 공모 결과 발표- \n\n"
            " 가온국어원(원장 홍길동)은 외국어 새말을 쉬운 우리말로 바꾸는 ‘우리말 이름 짓기’ 공모의 결과를 발표하였다. "
            "이번 공모에는 1,200여 개 작품이 접수되었고, 심사를 거쳐 15점이 수상작으로 뽑혔다.\n\n"
            "대상은 대학생 세 명이 함께 지은 ‘누리소통망’에 돌아갔다.\n")
    article = pr2news.convert(text)
    assert list(article.highlights) == ["가온국어원, 2026년 우리말 이름 짓기 공모 결과 발표"]
    assert lost_lines(text, article.to_dict()) == []


def test_a_name_over_a_post_held_to_a_minister_over_a_qualified_phone_is_the_contact():
    text = ("Press release from Ministry of Enterprise\n\n"
            "Every week, a minister travels to promote the country's exports\n\n"
            "Published Updated\n\n"
            "The Government launched its export strategy in late September. In total, 800 million will strengthen "
            "exports over five years.\n\n"
            "To date, ministers have made 129 visits to 44 countries to promote business, and a further 48 visits are "
            "planned before the end of the year.\n\n"
            "Contact\n\n"
            "Lena Holm\n"
            "Press Secretary to Minister for Enterprise and Innovation Erik Sund\n"
            "Phone (switchboard) +46 8 555 10 00\n")
    article = pr2news.convert(text)
    assert [(c.name, c.phones) for c in article.contacts] == [("Lena Holm", ("+46 8 555 10 00",))]
    assert article.contacts[0].title == "Press Secretary to Minister for Enterprise and Innovation Erik Sund"


def test_a_stations_call_sign_after_the_place_a_courtesy_credit_and_a_sign_up_box_are_not_the_text():
    text = ("State Treasurer to return $20,000 in unclaimed property to Lakeview College\n\n"
            "LAKEVIEW, Miss. (WKLV) – State Treasurer Dana Reed will return $20,000 in unclaimed property to Lakeview "
            "College on Tuesday, her office said.\n\n"
            "The Treasury holds more than $500 million in unclaimed property and works to find the owners and return "
            "the money to them.\n\n"
            "News courtesy of Lakeview Public Radio\n\n"
            "Get updates in your mailbox\n\n"
            "By clicking \"Subscribe\" I confirm I have read and agree to the Privacy Policy.\n")
    article = pr2news.convert(text)
    assert article.body[0].text.startswith("State Treasurer Dana Reed will return")
    assert article.body[-1].text.endswith("return the money to them.")
    assert {"News courtesy of Lakeview Public Radio", "Get updates in your mailbox"} <= set(article.stripped)


def test_a_writers_name_and_post_under_the_last_paragraph_end_the_text_even_without_a_phone():
    text = ("Central Bank Grants EC$1 Million to Two Islands Hit by the Hurricane\n\n"
            "Bank Media Release\n\n"
            "The Central Bank is standing firmly with its member countries that have been devastated by the hurricane.\n\n"
            "The Bank has disbursed a grant of EC$1 million each to the governments of the two islands to support their "
            "recovery.\n\n"
            "The Governor and his team also visited the three shelters set up for displaced residents and brought "
            "supplies and words of encouragement.\n\n"
            "Maria Joseph-Baptiste\n\n"
            "Communications Manager, Central Bank (ICB),ICB\n\n"
            "Regional Communications\n\n"
            "Organisation of Island States\n\n"
            "Get updates in your mailbox\n\n"
            "By clicking \"Subscribe\" I confirm I have read and agree to the Privacy Policy.\n\n"
            "About The Organisation of Island States\n\n"
            "Back to www.islands.example\n\n"
            "The Organisation of Island States is a regional body dedicated to economic harmonisation and integration, "
            "the protection of human and legal rights, and good governance among its member states.\n")
    article = pr2news.convert(text)
    assert article.body[-1].text.startswith("The Governor and his team also visited")
    assert "Maria Joseph-Baptiste" in article.stripped


def test_a_news_pages_bulleted_row_of_outlet_date_and_comments_keeps_the_subtitles_in_the_deck():
    text = ("가온군, 수해복구 '굵은 땀방울'\n"
            "가온군, 수해복구 '굵은 땀방울'\n"
            "  • 가온타임즈\n"
            "  • 승인 2026.07.24 09:10\n"
            "  • 댓글 0\n"
            "이 기사를 공유합니다\n\n"
            "가온군, 공무원 50여명 휴무 반납 대민 지원\n"
            "\"개인의 휴식보다는 지역 피해복구가 최우선입니다\"\n\n"
            "가온군은 지난 22일 군수를 비롯해 실무자 50여명이 휴무를 반납하고 피해 현장을 찾아 복구활동에 "
            "굵은 땀방울을 흘렸다.\n\n"
            "이번 대민지원은 그동안 피해복구에 나서던 직원들이 휴식을 취하게 하고 간부들이 직접 나서 피해 농민들을 "
            "격려하기 위해 마련됐다.\n")
    article = pr2news.convert(text)
    assert list(article.highlights) == ["가온군, 공무원 50여명 휴무 반납 대민 지원",
                                        "\"개인의 휴식보다는 지역 피해복구가 최우선입니다\""]
    assert article.body[0].text.startswith("가온군은 지난 22일")
    assert article.byline == "가온타임즈"


def test_a_copy_whose_title_and_posting_date_come_after_its_text_takes_that_title():
    text = ("가온병무청은 올해 병역판정검사를 이달 21일부터 11월 25일까지 실시한다고 15일 밝혔다.\n"
            "올해 병역판정검사 대상자는 2007년도에 출생한 사람으로 작년보다 9000여 명 감소한 24만여 명이다.\n"
            "대상자는 주소지 관할 병무청장이 지정하는 일자와 장소에서 병역판정검사를 받아야 한다.\n"
            "한가람 기자 garam@example.kr\n"
            "올해 병역판정검사 21일부터 실시\n"
            "입력 2026-01-15 09:43\n")
    article = pr2news.convert(text)
    assert article.headline == "올해 병역판정검사 21일부터 실시"
    assert article.body[0].text.startswith("가온병무청은 올해 병역판정검사를")
    assert article.body[-1].text.endswith("병역판정검사를 받아야 한다.")


def test_a_quotation_under_the_title_is_a_subtitle_and_a_bracketed_contact_run_into_the_last_sentence_splits():
    text = ("가온경찰서, 주민센터 계단에 보이스피싱 예방 표찰\n"
            "\"의심 전화 끊고 즉시 112 신고\"\n"
            "- 한가람 기자\n"
            "(가온=뉴스1) 한가람 기자 = 가온경찰서는 보이스피싱 범죄 예방을 위해 나래동 주민센터 중앙 계단에 주요 수법이 "
            "담긴 표찰을 붙였다고 30일 밝혔다.\n"
            "표찰에는 실제 피싱 범죄에 쓰이는 문구와 유형이 담겼다. 경찰 관계자는 \"의심 전화는 즉시 끊고 112로 신고해 "
            "달라\"고 당부했다. 표찰을 보려면 주민센터 누리집에서 신청서를 내려받아 "
            "제출하면 된다.(문의: 031-555-0964, 모사전송: 031-555-6041)\n")
    article = pr2news.convert(text)
    assert article.headline == "가온경찰서, 주민센터 계단에 보이스피싱 예방 표찰"
    assert list(article.highlights) == ["\"의심 전화 끊고 즉시 112 신고\""]
    assert article.body[-1].text.endswith("제출하면 된다.")
    assert article.contacts and "031-555-0964" in article.contacts[0].phones


def test_a_statement_opening_on_the_following_is_a_statement_keeps_its_text_and_drops_the_photo_and_follow_prompt():
    text = ("Agency Administrator Pays Tribute to Test Pilot Ana Ruiz\n\n"
            "MAR 18, 2026\n\n"
            "RELEASE 26-042\n\n"
            "(1972) — Portrait of test pilot Ana Ruiz, wearing her flight suit.\n\n"
            "Credits: Agency\n\n"
            "The following is a statement from Agency Administrator Sam Lee on Monday's passing of Ana Ruiz, a test "
            "pilot, engineer and lifelong advocate of flight research:\n\n"
            "“Today we lost a pioneer. Ana flew more than sixty experimental aircraft and trained a generation of "
            "research pilots.\n\n"
            "“Her work made flight safer for everyone, and we will miss her.”\n\n"
            "To keep up to date on these and similar announcements, please follow the following channels:\n")
    article = pr2news.convert(text)
    assert article.body[0].text.startswith("The following is a statement from Agency Administrator")
    assert article.body[-1].text.endswith("we will miss her.”")
    assert "Credits: Agency" in article.stripped
    assert "(1972) — Portrait of test pilot Ana Ruiz, wearing her flight suit." in article.stripped


def test_a_portals_reading_tools_between_the_title_and_the_subtitle_are_chrome():
    text = ("가온대, 기초연구실 지원사업 4개 연구팀 선정\n\n"
            "한가람 2026. 6. 3. 13:59\n"
            "음성재생 설정\n"
            "번역beta Translated by kakao i\n"
            "글자크기 설정 파란원을 좌우로 움직이시면 글자크기가 변경 됩니다.\n\n"
            "이 글자크기로 변경됩니다.\n\n"
            "(예시) 가장 빠른 뉴스가 있고 다양한 정보, 쌍방향 소통이 숨쉬는 뉴스를 만나보세요.\n\n"
            "연구실당 3년간 11억~14억원..총 53억원 지원\n\n"
            "가온대는 과학기술정보통신부와 한국연구재단이 지원하는 기초연구실 지원사업에 4개 연구팀이 선정됐다고 3일 밝혔다.\n\n"
            "기초연구실 지원사업은 창의적이고 도전적인 연구를 하는 소규모 연구 집단을 지원하는 사업이다.\n")
    article = pr2news.convert(text)
    assert list(article.highlights) == ["연구실당 3년간 11억~14억원..총 53억원 지원"]
    assert article.body[0].text.startswith("가온대는 과학기술정보통신부와")
    assert {"이 글자크기로 변경됩니다.", "번역beta Translated by kakao i"} <= set(article.stripped)


def test_a_link_back_to_the_latest_incidents_is_not_the_text():
    text = ("Commercial garage fire in Riverton\n\n"
            "02/11/2026 - 12:47\n\n"
            "Mill Street, Riverton\n\n"
            "Two fire engines from Riverton\n\n"
            "Firefighters have been tackling a fire at a commercial garage. One car was in the garage at the time. "
            "Crews used a hose reel jet, then damped the area down and checked for hot spots.\n\n"
            "Return to latest incidents\n\n"
            "Last updated: Monday 02 November 2026\n")
    article = pr2news.convert(text)
    assert article.body[-1].text.endswith("checked for hot spots.")
    assert "Return to latest incidents" in article.stripped  # a link back, whatever the list is called


def test_markdown_links_to_documents_after_the_text_are_its_attachments():
    text = ("Measles alert\n\n"
            "The region is in the midst of a measles outbreak. You may have been in contact with a person who has "
            "measles while on campus last week.\n\n"
            "Please remain at home and do not come to work or attend classes until you are cleared fit and not "
            "infectious.\n\n"
            "*   [Measles Information Sheet](https://www.example.ac.nz/documents/Measles%20Information%20Sheet.doc) "
            "(Word 113KB)\n"
            "*   [Measles Information Sheet for Contacts](https://www.example.ac.nz\n")
    article = pr2news.convert(text)
    assert article.body[-1].text.endswith("cleared fit and not infectious.")
    assert len(article.attachments) == 2


def test_an_outlet_and_its_posting_time_in_brackets_under_the_title_are_the_date_row():
    text = ("광고\n\n"
            "가온세관 ‘원산지 의심’ 업체에 공문 보냈다 기사 사실 아니다\n\n"
            "가온일보 | 입력 : 2026/08/24 [18:13]\n\n"
            "[가온일보]가온세관이 화물선이 싣고 온 석탄에 대해 지난해 11월 수입업체에 원산지가 의심된다는 공문을 "
            "보냈다는 보도는 사실이 아니라고 밝혔다.\n\n"
            "세관은 통관을 보류할 때 수입업체에 별도 공문을 보내지 않는다고 설명했다.\n")
    article = pr2news.convert(text)
    assert list(article.highlights) == []
    assert article.dateline is not None and article.dateline.date == "2026-08-24"
    assert article.body[0].text.startswith("가온세관이 화물선이")


def test_a_boards_files_field_under_the_contact_fields_is_not_part_of_the_contact():
    text = ("가온일보 ‘문화 잡지’ 보도 관련 가온부 입장을 알려드립니다\n"
            "게시일\n2026.01.09.\n조회수\n752\n"
            "담당부서\n홍보콘텐츠과(044-555-3013)\n담당자\n서남수\n붙임파일\n언론보도해명\n\n"
            "2026년 1월 9일(월) 가온일보 ‘문화 잡지 필진 글 검열’ 보도내용은 사실과 달라 아래와 같이 알려드립니다.\n\n"
            "가온부는 잡지에 실린 외부 필진의 글을 검열한 사실이 없습니다.\n")
    article = pr2news.convert(text)
    assert [c.text for c in article.contacts] == ["담당부서 홍보콘텐츠과(044-555-3013) 담당자 서남수"]
    assert "붙임파일" in article.stripped and list(article.attachments) == []


def test_a_list_the_text_announces_with_a_colon_stays_in_the_text_with_the_paragraph_after_it():
    text = ("Department to Open 7 New Clinics in Four States\n\n"
            "CAPITAL CITY -- Residents in four more states will have easier access to health care as the department "
            "opens seven new community clinics this year, the Secretary announced today.\n\n"
            "Locations for the new clinics are:\n\n"
            "• Arkansas Phillips County\n"
            "• Illinois – Coles County\n"
            "• Indiana Scott County\n"
            "• Oklahoma Stillwater\n"
            "• Washington Lewis County\n\n"
            "The new clinics are scheduled to open in the spring. Their exact locations will be announced once leases "
            "are signed and local staff are hired.\n")
    article = pr2news.convert(text)
    assert [b.text for b in article.body if b.type == "list_item"][:2] == ["Arkansas Phillips County",
                                                                             "Illinois – Coles County"]
    assert article.body[-1].text.startswith("The new clinics are scheduled to open")


def test_a_korean_title_ending_on_its_verb_with_the_subtitle_run_into_it_is_split():
    text = ("가온도의회, 도민 소통 창구 더 넓힌다328회 임시회 1차 회의 열고 홍보대사 운영 조례안 의결\n\n"
            "가온도의회가 의정활동을 도민에게 알리고 소통을 강화하기 위한 근거를 마련했다.\n\n"
            "도의회 운영위원회는 2일 제328회 임시회 1차 회의를 열고 홍보대사 운영 조례안을 의결했다.\n")
    article = pr2news.convert(text)
    assert article.headline == "가온도의회, 도민 소통 창구 더 넓힌다"
    assert list(article.highlights) == ["328회 임시회 1차 회의 열고 홍보대사 운영 조례안 의결"]


def test_a_rating_widget_after_the_text_is_chrome_and_an_enquiries_line_with_a_value_is_the_contact():
    text = ("Minister to brief the media on the regional summit\n\n"
            "The Minister of Foreign Affairs will brief the media on Tuesday on the outcomes of the regional summit "
            "held in the capital last week.\n\n"
            "Members of the media must arrive no later than 08h30 and must produce valid press cards.\n\n"
            "Enquiries: Mr Sipho Dlamini, sipho.dlamini@foreign.example.gov or 083 555 7838\n\n"
            "How useful was this post?\n\n"
            "Click on a star to rate it!\n\n"
            "Average rating 0 / 5. Vote count: 0\n\n"
            "No votes so far! Be the first to rate this post.\n")
    article = pr2news.convert(text)
    assert article.body[-1].text.endswith("must produce valid press cards.")
    assert [(c.name, c.phones) for c in article.contacts] == [("Sipho Dlamini", ("083 555 7838",))]
    assert "How useful was this post?" in article.stripped


def test_a_long_title_opening_on_press_release_by_the_ministry_is_the_headline_not_a_section_name():
    text = ("PRESS RELEASE BY THE MINISTRY FOR FOREIGN AFFAIRS AND TRADE “We will keep working with the new "
            "government for a stronger relationship” – Minister Sam Lee\n\n"
            "“This meeting, held only weeks after the new government took office, shows the will on both sides to "
            "keep working together,” Minister for Foreign Affairs and Trade Sam Lee said after meeting his "
            "counterpart.\n\n"
            "Minister Sam Lee said that at the top of the agenda was irregular migration across the sea.\n")
    article = pr2news.convert(text)
    assert article.headline.startswith("PRESS RELEASE BY THE MINISTRY FOR FOREIGN AFFAIRS AND TRADE “We will keep")
    assert article.body[0].text.startswith("“This meeting, held only weeks")


def test_a_ministrys_letterhead_with_its_address_under_the_title_is_no_subtitle():
    text = ("Special announcement: State Ministry of Information calls for ministerial briefing\n\n"
            "MINISTRY OF INFORMATION AND ORIENTATION HEADQUARTERS, OPPOSITE CULTURAL CENTRE COMPLEX, RIVERTON\n\n"
            "Consistent with its core mandate of ensuring public communication, the Ministry of Information calls on "
            "all ministries to brief the public on their work in the first quarter of the year.\n\n"
            "The briefings will hold at the ministry's press centre from Monday.\n")
    article = pr2news.convert(text)
    assert list(article.highlights) == []
    assert article.body[0].text.startswith("Consistent with its core mandate")


def test_an_end_mark_spelt_out_after_the_hashes_ends_the_text():
    text = ("Gold Line Service Options Survey Available\n\n"
            "Riverton, WV- Officials of the transit authority announced a survey on new service options for the Gold "
            "Line.\n\n"
            "For questions or information, call (304) 555-7433.\n\n"
            "### End Release. Thank you.\n\n"
            "Posted in News\n")
    article = pr2news.convert(text)
    assert article.body[-1].text == "For questions or information, call (304) 555-7433."
    assert "### End Release. Thank you." in article.stripped


def test_a_flattened_title_then_an_outlets_bracketed_credit_then_the_text():
    text = ("홍길동 국회의원, 가온·나래 특별교부세 43억 확보 [가온저널] 더불어민주당 홍길동 국회의원은 행정안전부로부터 "
            "가온·나래 지역 현안 해결을 위한 특별교부세 ‘총 43억원’을 확보했다고 14일 밝혔다. 확보한 특별교부세는 "
            "가온시 도로 확포장 공사와 나래군 공영주차장 조성사업 등에 쓰인다. 홍 의원은 지역 주민들의 정주여건 개선에 "
            "힘쓰겠다고 말했다. 홍 의원은 지금까지 모두 146억원의 특별교부세를 확보해 안전한 생활환경 조성에 힘써왔다.\n")
    article = pr2news.convert(text)
    assert article.headline == "홍길동 국회의원, 가온·나래 특별교부세 43억 확보"
    assert article.body[0].text.startswith("더불어민주당 홍길동 국회의원은")


def test_a_ministers_page_footer_related_information_back_link_and_url_line_are_not_the_text():
    text = ("Minister for Family and Community Services\n\n"
            "Media Release\n\n"
            "$12 million for 80 communities\n\n"
            "09/06/2026\n\n"
            "80 new projects across the country will share in over $12 million in funding under the Local Answers "
            "initiative.\n\n"
            "The Minister today announced the funding will help communities develop local solutions to local "
            "problems.\n\n"
            "\"Local Answers shows our commitment to helping communities at a local level,\" the Minister said.\n\n"
            "For further information on the Stronger Families Strategy visit www.example.gov/sfcs\n\n"
            "Related information\n\n"
            "â Stronger Families Strategy [\n\n"
            "http://www.example.gov/sfcs]\n\n"
            "Return to web page â¢ Home page\n\n"
            "URL: http://www.example.gov/minister/communities.htm © Commonwealth This page was last modified on "
            "10/06/2026.\n")
    article = pr2news.convert(text)
    assert article.body[-1].text.startswith("For further information on the Stronger Families Strategy")
    assert "Related information" in article.stripped


BOARD_POST_FIELDS_KO = """보도자료

제목
(환경부) 맑은 물 지키는 하천 관리 5대 과제 추진
등록일
24.05.13
조회수
211
게시글 내용

- 2024년 물환경 관리 계획 발표 -

환경부 소속 물환경연구소는 5월 13일 하천 수질을 지키기 위한 5대 과제를 담은 올해 관리 계획을 발표했다.

연구소는 상류 지천의 오염원을 조사하고, 장마철 흙탕물을 줄이는 저류지를 세 곳 더 짓는다.

또한 주민이 직접 수질을 재는 하천 지킴이를 200명으로 늘릴 계획이다.
"""


def test_a_boards_fields_on_their_own_lines_a_short_year_date_and_the_post_label_are_not_the_text():
    article = pr2news.convert(BOARD_POST_FIELDS_KO)
    assert article.headline == "(환경부) 맑은 물 지키는 하천 관리 5대 과제 추진"
    assert article.body[0].text.startswith("환경부 소속 물환경연구소는 5월 13일")
    assert article.dateline is not None and article.dateline.date == "2024-05-13"
    visible = " ".join([*article.highlights, *(b.text for b in article.body)])
    assert "24.05.13" not in visible and "게시글 내용" not in visible and "게시글 내용" in article.stripped
    assert list(article.highlights) == ["2024년 물환경 관리 계획 발표"]


def test_a_title_in_a_flattened_tables_cell_is_the_headline_not_a_photo_caption():
    text = ("해양수산부, 불법 어업 선박 3척 적발 |\n"
            "- 야간 합동 단속으로 무허가 조업 선박 적발, 과태료 부과 - |\n"
            "보도 일시 | 2024. 7. 2.(화) 14:00 |\n"
            "□ 해양수산부는 7월 1일 야간 합동 단속에서 무허가로 조업하던 선박 3척을 적발했다고 밝혔다.\n"
            "○ 적발된 선박에는 모두 과태료를 부과하고, 어획물은 압수했다.\n")
    article = pr2news.convert(text)
    assert article.headline == "해양수산부, 불법 어업 선박 3척 적발"
    assert list(article.highlights) == ["야간 합동 단속으로 무허가 조업 선박 적발, 과태료 부과"]


def test_the_pages_script_copied_as_text_is_chrome_not_the_text():
    text = ("Harbour Authority Extends Ferry Hours for the Holiday Weekend\n"
            "Embargo :2 May 2026\n"
            "<!-- Site tag (tag.js) --> <script async src=\"https://tags.example.org/t.js?id=X1\"></script> <script> "
            "window.tagLayer = window.tagLayer || []; function tag(){tagLayer.push(arguments);} tag('js', new Date()); "
            "tag('config', 'X1'); </script>\n"
            "The Harbour Authority wishes to announce that ferries between the two terminals will run until "
            "midnight from Friday to Monday, so that visitors to the spring festival can travel home late.\n"
            "© Harbour Authority, 2026. All rights reserved.\n")
    article = pr2news.convert(text)
    assert [b.text for b in article.body] == [
        "The Harbour Authority wishes to announce that ferries between the two terminals will run until midnight "
        "from Friday to Monday, so that visitors to the spring festival can travel home late."]
    assert any("window.tagLayer" in line for line in article.stripped)


def test_the_issuers_name_and_a_date_under_the_last_paragraph_sign_the_release_off():
    text = ("Central Bank to Keep Branches Open on Friday, 4 December 2026\n"
            "Embargo :3 Dec 2026\n"
            "The Central Bank of Westland wishes to announce that the Central Bank of Westland and all banks in the "
            "capital will be open and operating as usual on Friday, 4 December 2026. Markets will also run as usual.\n"
            "Central Bank of Westland\n"
            "3 December 2026\n"
            "© Central Bank of Westland, 2026. All rights reserved.\n")
    article = pr2news.convert(text)
    assert [b.text[-27:] for b in article.body] == ["Markets will also run as usual."[-27:]]
    assert "Central Bank of Westland" in article.stripped and "3 December 2026" in article.stripped


def test_a_korean_pages_buttons_named_in_lower_case_english_are_chrome():
    text = ("가온군, 다음 달 5일부터 '찾아가는 건강검진' 실시\n"
            "2026-01-30 16:23\n"
            "add remove print link\n"
            "가온군은 주민의 질병을 일찍 찾기 위해 다음 달 5일부터 섬 지역을 시작으로 찾아가는 건강검진을 실시한다고 밝혔다.\n"
            "검진은 20세 이상 군민이면 누구나 받을 수 있고, 혈액검사 등 30개 항목을 살핀다.\n")
    article = pr2news.convert(text)
    assert not article.highlights
    assert "add remove print link" in article.stripped


def test_a_title_set_bold_in_markdown_is_the_headline_without_its_marks():
    text = ("**REPORT OF THE CABINET MEETING OF WEDNESDAY 3 JUNE 2026**\n"
            "The Cabinet met on Wednesday under the chair of the Prime Minister and took up the island's plan for "
            "its ports.\n"
            "1. The Cabinet agreed to rebuild the western pier before the hurricane season.\n")
    article = pr2news.convert(text)
    assert article.headline == "REPORT OF THE CABINET MEETING OF WEDNESDAY 3 JUNE 2026"
    assert "**" in article.stripped


def test_a_speechs_list_of_addressees_opens_its_text_not_a_credit_or_subtitles():
    text = ("REMARKS: Council Chair opens the Regional Water Ministers Meeting\n\n"
            "4 March 2026\n\n"
            "  • Honourable Ministers and Delegates of the Member States and Observers\n"
            "  • The Director General of the Regional Water Council\n"
            "  • Ladies and Gentlemen\n"
            "  • It is my great pleasure to welcome you to this year's meeting of water ministers in our capital.\n"
            "  • Our agenda turns on one question: how our islands keep enough fresh water through longer dry seasons.\n")
    article = pr2news.convert(text)
    assert not article.highlights and article.byline is None
    assert article.body[0].text.startswith("Honourable Ministers and Delegates")


def test_an_advisorys_background_field_in_capitals_under_its_what_when_where_is_the_text():
    text = ("Tuesday, May 5, 2026\n\n"
            "Fire Chief to Brief Residents on Wildfire Season Plans\n\n"
            "WHAT:   Wildfire Season Briefing\n\n"
            "WHEN:   10 a.m., Wednesday, May 6, 2026\n\n"
            "WHERE:  Fire Station 3, 41 Ridge Road\n\n"
            "Fire Chief Dana Ortiz will describe the department's plans for the coming wildfire season and the new "
            "evacuation zones drawn this spring.\n\n"
            "BACKGROUND:\n\n"
            "The department mapped twelve evacuation zones after last year's fires, and every household will receive "
            "a card with its zone and the routes out of it before the end of the month.\n\n"
            "Media is invited to attend.\n")
    article = pr2news.convert(text)
    assert any(b.text.startswith("The department mapped twelve evacuation zones") for b in article.body)
    assert "BACKGROUND:" in [b.text for b in article.body]


GUARD_PAGE_EN = """An official website of the United States government
A .mil website belongs to an official U.S. Department of Defense organization in the United States.

Coastal State National Guard Logo Press Releases
Press Release | April 2, 2026

Coastal State Airmen return from Pacific deployment

Coastal State National Guard Public Affairs

PORT HAVEN, Coastal State  –

About 120 Airmen of the Coastal State Air National Guard returned home on Thursday after six months at bases across the Pacific, where they flew cargo and medical missions.

Families met the Airmen at the Port Haven air base, where the wing's commander thanked them for their service.
"""


def test_a_logos_text_over_the_section_name_is_chrome_and_the_office_under_the_title_its_credit():
    article = pr2news.convert(GUARD_PAGE_EN)
    assert article.headline == "Coastal State Airmen return from Pacific deployment"
    assert not article.highlights
    assert article.byline == "Coastal State National Guard Public Affairs"
    assert "Coastal State National Guard Logo Press Releases" in article.stripped


def test_a_dateline_alone_on_its_line_with_its_dash_opens_the_lead():
    article = pr2news.convert(GUARD_PAGE_EN)
    assert article.body[0].text.startswith("PORT HAVEN, Coastal State – About 120 Airmen of the Coastal State")


def test_a_markdown_image_between_a_flattened_pages_title_and_text_splits_them():
    text = ("“학부모와 교육청이 만나는 소통 마당 오세요”![]() 가온교육지원청(교육장 한누리)은 3일 대회의실에서 "
            "학부모 40명과 함께 소통 마당을 열었다. 이날 학부모들은 통학 버스와 방과후 수업에 대한 의견을 냈다. "
            "교육지원청은 앞으로 학기마다 소통 마당을 열 계획이다.")
    article = pr2news.convert(text)
    assert article.headline == "“학부모와 교육청이 만나는 소통 마당 오세요”"
    assert article.body[0].text.startswith("가온교육지원청(교육장 한누리)은 3일")
    assert "![]()" in article.stripped


def test_of_a_title_and_its_subtitle_that_both_read_as_titles_the_upper_one_is_the_headline():
    text = ("가온수자원공사, 맛있는 수돗물 마시기 캠페인 전개\n\n"
            "19일부터 25일까지, 물 사진전시회 등 세계 물의 날 의미 새겨\n\n"
            "검토 완료\n\n"
            "한누리(hannuri12)등록 2026.03.17 16:58\n\n"
            "오는 22일 세계 물의 날을 맞아 가온수자원공사는 19일부터 25일까지 맛있는 수돗물 마시기 캠페인을 전개한다. ⓒ 한누리\n\n"
            "가온수자원공사는 세계 물의 날을 맞아 19일부터 25일까지 맛있는 수돗물 마시기 캠페인을 전개한다고 밝혔다.\n\n"
            "공사는 이 기간 물 사진전시회를 열고, 시민들과 함께 하천 쓰레기를 줍는 세계 물의 날 행사도 연다.\n")
    article = pr2news.convert(text)
    assert article.headline == "가온수자원공사, 맛있는 수돗물 마시기 캠페인 전개"
    assert list(article.highlights) == ["19일부터 25일까지, 물 사진전시회 등 세계 물의 날 의미 새겨"]


def test_an_images_name_a_wire_dateline_with_its_code_and_a_name_with_its_post_under_the_title():
    text = ("Coast Guard Rescues Fishermen off Harbor Point\n\n"
            "Coast Guard Rescues Fishermen off Harbor Point PIC\n\n"
            "Dana Reyes, Deputy Press Secretary\n\n"
            "Port Harbor, Mar 9 (PHA)--- The Coast Guard rescued four fishermen on Sunday after their boat "
            "took on water two miles off Harbor Point.\n\n"
            "All four were brought to the city hospital, where they were treated for cold and released.\n")
    article = pr2news.convert(text)
    assert article.headline == "Coast Guard Rescues Fishermen off Harbor Point"
    assert not article.highlights
    assert article.byline == "Dana Reyes, Deputy Press Secretary"
    assert article.body[0].text.startswith("The Coast Guard rescued four fishermen")
    assert "Coast Guard Rescues Fishermen off Harbor Point PIC" in article.stripped


def test_a_share_boxs_help_line_is_chrome():
    text = ("가온시, 시민 자전거 보험 올해도 가입\n\n"
            "위 URL을 길게 누르면 복사하실 수 있습니다.\n\n"
            "가온시는 시민이 자전거를 타다 다치면 보상받을 수 있는 시민 자전거 보험에 올해도 가입했다고 밝혔다.\n\n"
            "가온시에 주민등록을 둔 시민은 따로 신청하지 않아도 자동으로 보장을 받는다.\n")
    article = pr2news.convert(text)
    assert "위 URL을 길게 누르면 복사하실 수 있습니다." in article.stripped
    assert article.body[0].text.startswith("가온시는 시민이 자전거를")


def test_a_korean_sentence_left_open_on_its_quotative_ending_goes_on_over_a_blank_line():
    text = ("어르신 무료 건강상담 제공\n\n"
            "가온건강공단은 혼자 사는 어르신 3만 명에게 올해 말까지 무료 건강상담을 제공한다고\n\n"
            "밝혔다.\n\n"
            "상담은 간호사가 집으로 찾아가 혈압과 혈당을 재고, 복용하는 약을 함께 살피는 방식으로 이뤄진다.\n")
    article = pr2news.convert(text)
    assert not article.highlights
    assert article.body[0].text == "가온건강공단은 혼자 사는 어르신 3만 명에게 올해 말까지 무료 건강상담을 제공한다고 밝혔다."


def test_the_writers_name_with_post_under_the_last_paragraph_is_not_the_text():
    text = ("Regional Parks Open for Spring Visitors\n\n"
            "Spring is in the air in the regional parks, and more visitors are expected on the trails this month.\n\n"
            "Rangers ask visitors to keep dogs on a leash and to stay on marked trails near the nesting areas.\n\n"
            "For up-to-date information on the parks and what activities are allowed, visit\n\n"
            "Dana Brooks, Public Information Supervisor\n")
    article = pr2news.convert(text)
    assert all("Dana Brooks" not in b.text for b in article.body)
    assert "Dana Brooks, Public Information Supervisor" in article.stripped


def test_a_korean_subtitle_ending_on_a_noun_in_yo_is_a_subtitle_not_a_sentence():
    text = ("태풍 영향권 일부 열차 운행 조정\n\n"
            "태풍 기간 코레일톡, 홈페이지 등 열차 운행 정보 사전 확인 필요\n\n"
            "가온철도공사는 이용객의 안전을 위해 10일 태풍 영향권에 있는 지역의 일부 열차를 운행하지 않기로 했다고 밝혔다.\n\n"
            "대상 열차는 남해안 지역을 지나는 일반열차와 일부 고속열차다.\n")
    article = pr2news.convert(text)
    assert list(article.highlights) == ["태풍 기간 코레일톡, 홈페이지 등 열차 운행 정보 사전 확인 필요"]


def test_an_icons_name_before_a_counter_and_an_outlet_named_in_two_scripts_are_not_the_text():
    text = ("가온수목원, 서해 섬에서 희귀 식물 자생지 확인\n\n"
            "icon 조회수 382\n\n"
            "(NewsGaon(뉴스가온)) 가온수목원은 서해 섬 지역 조사에서 희귀 식물의 자생지를 새로 확인했다고 밝혔다.\n\n"
            "수목원은 자생지 보전을 위해 지방자치단체와 함께 보호 구역 지정을 추진한다.\n")
    article = pr2news.convert(text)
    assert article.body[0].text.startswith("가온수목원은 서해 섬 지역 조사에서")
    assert "icon 조회수 382" in article.stripped


def test_a_title_in_a_tables_field_cell_and_a_files_hit_counter_are_not_the_text():
    text = ("| 제목 | 가온가스공사, 혹한기 가스 시설 안전관리 강화\n\n"
            "53 hit/ 297.7 KB\n\n"
            "가온가스공사는 1월 25일부터 이틀간 혹한기에 대비해 가스 시설 안전 점검을 실시했다고 밝혔다.\n\n"
            "공사는 배관과 저장 시설을 살피고, 비상 대응 훈련도 함께 진행했다.\n")
    article = pr2news.convert(text)
    assert article.headline == "가온가스공사, 혹한기 가스 시설 안전관리 강화"
    assert "53 hit/ 297.7 KB" in article.stripped
    assert article.body[0].text.startswith("가온가스공사는 1월 25일부터")


def test_a_release_number_with_the_hotline_and_a_name_with_their_division_under_the_title_are_not_subtitles():
    text = ("Safety Agency Launches Spring Recall Drive\n\n"
            "Release #26-041 Agency Hotline: (800) 555-0142\n\n"
            "Dr. Jane Morrow, Division of Product Safety\n\n"
            "WASHINGTON, D.C. -- The Safety Agency today launched a drive to reach one million households with news of "
            "recalled products before the summer.\n\n"
            "Consumers can check their homes against the list of recalled products on the agency's website.\n")
    article = pr2news.convert(text)
    assert not article.highlights
    assert "Release #26-041 Agency Hotline: (800) 555-0142" in article.stripped
    assert article.byline == "Dr. Jane Morrow, Division of Product Safety"


def test_the_subtitle_repeated_under_a_photos_mark_is_its_caption_not_a_second_subtitle():
    text = ("가온구, 새 이름 알리기 나서‥주민들 관심 집중\n\n"
            "경기 / 한누리 기자 / 2026-09-23 11:55:09\n"
            "20~21일 개항장 야행과 연계해 새 이름 홍보부스 운영\n"
            "▲ 개항장 야행과 연계해 새 이름 홍보부스 운영\n\n"
            "가온구는 구의 새 이름을 알리기 위해 지난 20일과 21일 개항장 야행 행사장에서 홍보부스를 운영했다고 밝혔다.\n\n"
            "부스를 찾은 주민들은 새 이름이 담긴 엽서에 응원 글을 남겼다.\n")
    article = pr2news.convert(text)
    assert list(article.highlights) == ["20~21일 개항장 야행과 연계해 새 이름 홍보부스 운영"]
    assert "▲ 개항장 야행과 연계해 새 이름 홍보부스 운영" in article.stripped


def test_a_title_opening_on_a_compound_noun_in_gija_is_the_headline_not_a_reporters_credit():
    # 시민명예기자 (honorary citizen reporters) then a comma and a title's words: no reporter is named
    text = ("시민명예기자, 가온시 새 얼굴 알리기 나서\n\n"
            "3일간 가온·누리서 시정 홍보 특강 ‘워크숍’\n\n"
            "가온시가 12일부터 14일까지 사흘간 시민명예기자 80명을 대상으로 가온과 누리 일원에서 홍보 역량 강화 워크숍을 연다.\n\n"
            "이번 워크숍에서는 가온시의 새 얼굴을 알리기 위한 취재 요령 특강과 현장 취재 실습이 진행된다.\n\n"
            "한누리 기자, 김하늘 기자\n")
    article = pr2news.convert(text)
    assert article.headline == "시민명예기자, 가온시 새 얼굴 알리기 나서"
    assert list(article.highlights) == ["3일간 가온·누리서 시정 홍보 특강 ‘워크숍’"]
    assert article.byline == "한누리 기자, 김하늘 기자"


def test_a_note_asking_the_media_to_call_under_the_contact_label_stays_in_the_contact():
    text = ("Agency Announces New Safety Rule for Cribs\n\n"
            "WASHINGTON, D.C. – The agency today announced a new safety rule for cribs sold in the United States, "
            "which takes effect next year.\n\n"
            "The rule follows a workshop that brought together makers and parents to discuss ways to keep infants safe.\n\n"
            "About the Agency\nThe agency is charged with protecting the public from unreasonable risks of injury.\n\n"
            "Media Contact\nPlease use the below phone number for all media requests.\n"
            "Phone: (301) 555-7908\nSpanish: (301) 555-7800\n")
    article = pr2news.convert(text)
    joined = " ".join(contact.text for contact in article.contacts)
    assert "Please use the below phone number" in joined and "(301) 555-7908" in joined


def test_an_office_with_its_posting_stamp_under_the_title_is_the_dateline_not_the_headline():
    text = ("• Français\n"
            "  • Address by the Minister of Transport at the opening of the Harbour Bridge\n"
            "    Press Office of the Ministry of Transport, posted 14 March 2026 10:20\n\n"
            "    Good morning, dear guests, dear residents of the harbour district.\n\n"
            "    Today we open a bridge that has been awaited for twenty years. It will carry ten thousand cars a day "
            "and shorten the trip to the port by half an hour.\n")
    article = pr2news.convert(text)
    assert article.headline == "Address by the Minister of Transport at the opening of the Harbour Bridge"
    assert article.dateline.date == "2026-03-14"
    assert article.body[0].text.startswith("Good morning, dear guests")


def test_a_title_glued_to_the_text_with_no_space_is_split_off_and_a_camel_case_name_is_not():
    text = ("News\n\n2nd April\n\nPublished on\n"
            "Bank Approves USD 14.2 million Loan for Coastal Roads Programme in St. KittsThe Board of Directors of "
            "the Regional Bank has approved a loan of up to USD 14.2 million to the Government of St. Kitts for its "
            "Coastal Roads Programme.The loan will finance the repair of forty kilometres of roads damaged by storms. "
            "Work on the coastal roads is to begin in the summer and to end within two years.\n")
    article = pr2news.convert(text)
    assert article.headline == "Bank Approves USD 14.2 million Loan for Coastal Roads Programme in St. Kitts"
    assert article.body[0].text.startswith("The Board of Directors of the Regional Bank")
    camel = ("Council Launches YouTube Channel to Reach Young Residents of the Valley with weekly videos about the "
             "services of the council, recorded by its staff and shared on YouTube every Friday afternoon for "
             "residents who cannot come to the town hall.\n\n"
             "The channel opens next week with a video about the new library.\n")
    assert "YouTube Channel" in " ".join([pr2news.convert(camel).headline or ""] +
                                         [block.text for block in pr2news.convert(camel).body])


def test_a_markdown_files_front_matter_is_kept_out_of_the_article():
    # an archive's Markdown copy of a scanned statement: its fields, then the scan's text
    text = ("---\n"
            'title: "Harbour ferry timetable changes"\n'
            'date: "1998-06-02"\n'
            "creators:\n"
            '  - "Morrow, Jane"\n'
            'source: "Minister for Transport"\n'
            "subjects:\n"
            "archive_url: http://archive.example.org/version/20431\n"
            "source_url: http://records.example.org/search/display.w3p;query=Id%3A%22media/pressrel/TR0602%22\n"
            "---\n\n"
            " DEPARTMENT OF TRANSPORT\n\n"
            " PRESS STATEMENT BY THE MINISTER FOR TRANSPORT, HARBOUR FERRY TIMETABLE CHANGES .\n\n"
            " The harbour ferry will run every twenty minutes from next Monday, the Minister for Transport said today.\n\n"
            " The new timetable adds two late services on Fridays and Saturdays, and a first ferry at half past five.\n")
    article = pr2news.convert(text)
    published = " ".join([article.headline or ""] + [block.text for block in article.body])
    assert "source_url" not in published and "archive_url" not in published
    assert 'title: "Harbour ferry timetable changes"' in article.stripped
    assert article.body[0].text.startswith("The harbour ferry will run")
    # a title the text does not print is the file's title: it stays to compete as the headline
    untitled = ("---\ndate: 2026-02-19\nupdated_at: 2026-02-19 21:44:59-05:00\n"
                "title: Harbour Ferry Adds Late Services on Weekends\ntags: transport\n---\n\n"
                "The harbour ferry will add two late services on Fridays and Saturdays from next month, the "
                "transport office said today.\n\n"
                "The late ferries leave the city pier at half past eleven and at midnight.\n")
    article = pr2news.convert(untitled)
    assert article.headline == "Harbour Ferry Adds Late Services on Weekends"
    assert "tags: transport" in article.stripped


def test_a_line_in_another_script_under_the_title_links_a_translation_and_is_no_subtitle():
    text = ("Media Office Launches Harbour Stories to Grow Community Spirit\n\n"
            "  • المكتب الإعلامي يطلق منصة رقمية لمشاركة القصص\n\n"
            "HARBOUR CITY, 3 March 2026 (WAM) -- The city's media office has launched Harbour Stories, a platform "
            "that shares the stories of the people who live and work by the harbour.\n\n"
            "The stories will be posted every week on the office's social media channels.\n")
    article = pr2news.convert(text)
    assert not article.highlights
    assert "• المكتب الإعلامي يطلق منصة رقمية لمشاركة القصص" in article.stripped


def test_a_place_and_a_bar_before_the_reporters_credit_and_e_mail_close_the_text():
    text = ("가온공사, 설 연휴 폐기물 특별 반입…시민 불편 최소화\n\n"
            "가온공사는 설 연휴 기간 지역에서 나오는 폐기물을 원활히 처리하기 위해 특별 반입을 실시한다고 밝혔다.\n\n"
            "공사는 연휴 중 이틀을 반입일로 정하고 지자체와 협조 체계를 유지할 계획이다.\n\n"
            "가온|한누리 기자 hannuri@example.co.kr\n")
    article = pr2news.convert(text)
    assert all("hannuri@example.co.kr" not in block.text for block in article.body)
    assert article.body[-1].text.startswith("공사는 연휴 중 이틀을")


def test_a_boards_title_field_naming_the_quoted_title_keeps_the_line_under_it_a_subtitle():
    text = ("작성자 관리자 등록일 2026.10.17 조회수 1017\n"
            "제목 \"바다와 가까워 살기 좋은 도시\"\n\n"
            "“바다와 가까워 살기 좋은 도시”\n"
            "본사 주최 ‘가온 혁신도시 이전 기관 가족 탐방행사’ 성황\n\n"
            "가온일보와 가온시가 함께 주최한 ‘혁신도시 이전 기관 가족 초청 탐방 행사’가 성황리에 끝났다.\n\n"
            "지난 15일부터 이틀 동안 열린 행사에는 혁신도시로 옮기는 기관 가족 150여 명이 참가해 바다와 가까운 "
            "도시의 살기 좋은 여건을 둘러봤다.\n")
    article = pr2news.convert(text)
    assert article.headline == "“바다와 가까워 살기 좋은 도시”"
    assert list(article.highlights) == ["본사 주최 ‘가온 혁신도시 이전 기관 가족 탐방행사’ 성황"]


def test_a_kicker_framed_by_equals_signs_and_the_line_under_it_are_one_headline():
    text = ("= 가온항만공사, 항만 이용고객 =\n"
            "간담회 및 추계체육대회 행사 실시\n"
            "가온항만공사는 항만을 이용하는 고객을 대상으로 간담회 및 추계체육대회 행사를 실시한다고 7일 밝혔다.\n"
            "북항 이용고객은 오늘 오후 3시 꽃마을 일원에서 터미널 운영사 직원 등 40여명을 초청하여 행사를 연다.\n")
    article = pr2news.convert(text)
    assert article.headline == "= 가온항만공사, 항만 이용고객 = 간담회 및 추계체육대회 행사 실시"
    assert not article.highlights


def test_a_photos_view_printed_twice_under_the_title_is_its_caption():
    text = ("가온과학관, 15일 개관 10주년 기념식…다채로운 과학문화행사 마련\n\n"
            "가온과학관 전경.\n"
            "가온과학관 전경.\n\n"
            "가온과학관은 15일 개관 10주년을 맞아 시민과 함께하는 기념식과 다채로운 과학문화행사를 개최한다.\n\n"
            "과학관은 기념식에 이어 과학 강연과 체험 행사를 연이어 열 계획이다.\n")
    article = pr2news.convert(text)
    assert article.body[0].text.startswith("가온과학관은 15일 개관 10주년을")
    assert article.stripped.count("가온과학관 전경.") == 2


def test_a_speechs_greeting_is_not_its_title_and_share_links_that_open_a_window_are_chrome():
    text = ("Speech by the Prime Minister to the media on his arrival at the Harbour Summit\n\n\n"
            "  • x: opens new window\n  • Whatsapp: opens new window\n  • Linkedin: opens new window\n\n"
            "Harbour City\n\n\n"
            "Good morning.\n\n"
            "How are you? I think we are starting a very important summit today because of the issues to be "
            "discussed, and I have the feeling that it is going to be quite long.\n\n"
            "Well, I will begin by saying that this is the last summit of our presidency, and we can say that it has "
            "been an outstanding one.\n")
    article = pr2news.convert(text)
    assert article.headline == "Speech by the Prime Minister to the media on his arrival at the Harbour Summit"
    assert "• x: opens new window" in article.stripped


def test_a_sum_of_money_after_the_release_label_is_the_titles_first_word_not_a_release_number():
    text = ("Media Release: R2.4 billion in relief funding paid out in the Harbour Province\n\n"
            "Date: 15 May 2026\n\n"
            "R2.4 billion in relief funding paid out in the Harbour Province\n\n"
            "According to the latest figures, R2.4 billion of relief funding has been paid out to workers in the "
            "Harbour Province since the start of the scheme.\n\n"
            "Businesses that qualify and are struggling to apply can email the business support team for help.\n")
    article = pr2news.convert(text)
    assert article.headline.startswith("R2.4 billion in relief funding")


def test_a_wire_pages_next_story_with_its_own_dateline_is_not_the_text():
    text = ("Harbour Police seize 800 kg of narcotics in an international operation\n\n"
            "HARBOUR CITY, Harbour Police and its partners have broken up an international drug ring and seized "
            "800 kg of narcotics, the force said on Monday.\n\n"
            "The police urged the public to report any message promoting narcotics to the hotline.\n\n"
            "Source: Harbour News Agency\n\n"
            "Water Authority launches Green Summer competition for its customers\n\n"
            "PORT TOWN, The Water Authority has launched its Green Summer competition as part of its campaign to "
            "save water and power this summer.\n\n"
            "Customers can take part through the authority's smart app.\n")
    article = pr2news.convert(text)
    body = " ".join(block.text for block in article.body)
    assert "Harbour Police and its partners" in body
    assert "Green Summer" not in body and "smart app" not in body


def test_a_translators_note_over_a_statements_title_is_not_the_text():
    text = ("Author: admin\n"
            "Note: The following text is a translation published by the committee's official account.\n"
            "Statement of the Supreme Committee\n"
            "Within its continuous sessions held to follow the spread of the disease, the committee examined the "
            "latest figures and decided the following:\n"
            "First: to keep the ban on all commercial activities from 9 PM to 4 AM until Saturday morning.\n"
            "Second: to close all public parks and beaches until further notice.\n")
    article = pr2news.convert(text)
    assert article.headline == "Statement of the Supreme Committee"
    assert article.body[0].text.startswith("Within its continuous sessions")


def test_a_marked_caption_saying_who_stands_where_doing_what_is_no_subtitle():
    text = ("\"시민 안전과 편리 최우선, 현장에서 답 찾을 것\"\n"
            "![]() |\n"
            "▲ 지난 4일 한누리(왼쪽) 가온시설공단 신임 이사장이 시장실에서 김하늘(오른쪽) 가온시장으로부터 임명장을 받고 있다. |\n"
            "[가온뉴스] 이바다 기자 = 가온시설공단 한누리 이사장이 5일 취임했다. 한누리 신임 이사장은 별도의 취임식을 생략했다.\n"
            "한 이사장은 공단 청사의 전 부서를 돌며 직원들을 만나는 것으로 취임식을 대신했다.\n")
    article = pr2news.convert(text)
    assert not article.highlights
    assert any(line.startswith("▲ 지난 4일 한누리(왼쪽)") for line in article.stripped)


def test_group_photo_rows_a_caption_with_its_credit_and_an_issue_number_stay_out_of_the_text():
    text = ("한누리 지사, 정책 특보 및 서울본부장 임명\n"
            "• 김하늘 기자\n"
            "• 승인 2026.08.03 14:53\n"
            "• 호수 1036\n\n"
            "정책특보 김바다, 협력특보 이가람\n"
            "한누리 지사가\n"
            "한누리 지사가 정책특보 김바다, 협력특보 이가람을 각각 임용했다.\n"
            "(윗줄 왼쪽) 김바다 정책특보, 이가람 협력특보.\n\n"
            "▲ 한누리 지사가 3일 도청에서 열린 임용식에서 인사말을 하고 있다. <가온도>\n\n"
            "가온도는 3일 오전 9시 지사 집무실에서 정책특보에 김바다, 협력특보에 이가람을 임용했다.\n\n"
            "정책특보는 도정 전반의 정책과 기획 수립을 보좌하는 역할을 맡는다.\n")
    article = pr2news.convert(text)
    assert list(article.highlights) == ["정책특보 김바다, 협력특보 이가람"]
    body = " ".join(block.text for block in article.body)
    assert "윗줄 왼쪽" not in body and "<가온도>" not in body and "호수 1036" not in body
    assert "한누리 지사가" in article.stripped


def test_a_listings_entry_closed_by_its_category_and_date_ends_before_the_next_entry():
    text = ("사회 검색결과\n\n"
            "• 가온해경, 연안 안전사고 위험예보제 「관심」 발령\n"
            "- 가온 앞바다 풍랑예비특보 발표, 바다 안전사고 예방 강화 - 가온해양경찰서는 앞바다에 풍랑예비특보가 "
            "발표됨에 따라 연안 안전사고 위험예보제 「관심」 단계를 발령한다고 밝혔다.\n"
            "• 사회\n"
            "2026-03-28\n"
            "• 가온 수산물, 해외 시장 진출\n"
            "- 해외 식재료 수입업체 관계자 가온 방문 - 가온시는 해외 식재료 수입업체 관계자들이 가온을 찾아 "
            "생산 현장과 수출업체를 둘러봤다고 밝혔다.\n")
    article = pr2news.convert(text)
    body = " ".join(block.text for block in article.body)
    assert "풍랑예비특보" in body
    assert "수입업체" not in body and "2026-03-28" not in body


def test_a_wire_credit_alone_on_its_line_under_the_subtitle_is_the_byline():
    text = ("가온도, 「2026 가온 SNS 서포터즈」 발대식 개최\n\n"
            "「2026 가온평화포럼」 개막식 취재를 시작으로 본격 활동 전개\n\n"
            "(가온=누리뉴스) 한누리 기자\n\n"
            "가온도는 오는 9일 오전 11시 가온리조트에서 「2026 가온 SNS 서포터즈」 발대식을 개최한다고 밝혔다.\n\n"
            "서포터즈는 개막식 취재를 시작으로 도정 소식을 누리소통망에 알리는 활동을 한다.\n")
    article = pr2news.convert(text)
    assert list(article.highlights) == ["「2026 가온평화포럼」 개막식 취재를 시작으로 본격 활동 전개"]
    assert article.byline == "(가온=누리뉴스) 한누리 기자"


def test_a_boards_content_field_run_into_the_flattened_release_is_split_off():
    text = ("가온군청\n\n행복이 가득한 지금 가온은?\n"
            "이 콘텐츠와 관련된 영상을 아래에서 바로 보실 수 있습니다.\n\n"
            "아래 콘텐츠는 영상 채널에 올라온 관련 영상을 불러와 보여 드리고 있습니다.\n\n"
            "보도자료\n\n주요 언론사와 기관에 배포하는 가온군 보도자료입니다.\n\n"
            "보도자료와 관련된 자세한 내용과 취재 문의는 담당부서로 해 주시기 바랍니다.\n\n게시물 검색\n"
            "가온 관광객 이어지며 들썩이는 ‘가온’ 관광 이미지\n"
            "가온 관광객 이어지며 들썩이는 ‘가온’ 관광\n"
            "  • 작성자홍보담당관\n  • 조회수555\n  • 등록일2026-03-07 08:31:58\n"
            "  • 내용가온 관광객 이어지며 들썩이는 ‘가온’ 관광 - ‘찾아오는 문화관광도시’ 목표 달성에 한걸음 더 - "
            "민선8기 가온군은 ‘찾아오는 문화관광도시’로 거듭나기 위한 항구 중심의 관광 브랜드 육성사업이 빛을 발하며 "
            "각 지역 명소에 단체 관광객들의 방문이 이어지고 있다. 군에 따르면 1월 항구에서 열린 축제에 많은 관광객이 "
            "찾았고, 4월에 문을 여는 전망대에 대한 관심도 높아지며 단체 관광객의 발길이 이어지고 있다.\n")
    article = pr2news.convert(text)
    assert article.headline == "가온 관광객 이어지며 들썩이는 ‘가온’ 관광"
    assert list(article.highlights) == ["‘찾아오는 문화관광도시’ 목표 달성에 한걸음 더"]
    assert article.body[0].text.startswith("민선8기 가온군은")


def test_a_script_call_run_into_the_page_title_a_portfolio_minister_and_a_share_heading_stay_out():
    text = ("gtag('config', 'UA-00000000-1'); Inaugural briefing on Cabinet meeting – The Harbour Mail\n\n"
            "Inaugural briefing on Cabinet meeting\n\n"
            "Information Minister Jane Morrow\n"
            "Spread the love\n\n"
            "HARBOUR CITY – The President has said that all cabinet decisions will be released to the public on "
            "Wednesdays following each cabinet meeting on Tuesday.\n\n"
            "This week's meeting was held on Monday as parliament opens on Tuesday.\n")
    article = pr2news.convert(text)
    assert article.headline == "Inaugural briefing on Cabinet meeting"
    assert not article.highlights
    assert "gtag('config', 'UA-00000000-1');" in article.stripped
    assert article.byline == "Information Minister Jane Morrow"


def test_a_title_printed_again_with_doubled_spaces_is_not_cut_at_them():
    text = ("September 4, 2026\n\n"
            "The Minister of Foreign Affairs is Travelling to the Harbour Republic on Wednesday, September 5th, for "
            "Meetings on Trade\n\n"
            "The  Minister of Foreign Affairs is Travelling to the Harbour Republic on Wednesday, September 5th,  for "
            "Meetings on Trade\n\n"
            "Harbour City – The Minister of Foreign Affairs will hold a three-day agenda in the capital. Meetings "
            "include senior officials of the government and the parliament.\n\n"
            "The meetings will address trade, security and the environment.\n")
    article = pr2news.convert(text)
    assert not article.highlights
    assert article.body[0].text.startswith("Harbour City – The Minister")


def test_flattened_subtitles_each_opened_by_a_dash_and_an_outlets_name_in_brackets_are_taken_apart():
    text = ("누리도Home > 누리도 > 누리관광재단\n-\n"
            "굴뚝 없는 황금 산업 누리 MICE 육성 ‘집중’\n"
            "- 2026 MICE 박람회 참가 150개 상담, 유치실적 10건 - 지역 MICE 인재육성 ‘서포터즈 교류 워크숍’ 진행 - "
            "오는 1월 국제 스포츠 행사 적극 홍보 나서 [디지털누리] 누리도와 누리관광재단(대표이사 한누리)은 2026 MICE "
            "박람회 참가 및 누리 MICE 서포터즈 워크숍을 추진하였다. 재단은 지난 16일과 17일 컨벤션센터에서 열린 국내 "
            "최대 MICE 산업 박람회에 참가해 도내 13개 협력사와 공동 마케팅 활동을 펼쳤다.\n")
    article = pr2news.convert(text)
    assert list(article.highlights) == ["2026 MICE 박람회 참가 150개 상담, 유치실적 10건",
                                        "지역 MICE 인재육성 ‘서포터즈 교류 워크숍’ 진행",
                                        "오는 1월 국제 스포츠 행사 적극 홍보 나서"]
    assert article.body[0].text.startswith("누리도와 누리관광재단")
    assert article.byline == "[디지털누리]"


def test_a_photos_file_name_under_its_mark_is_a_caption():
    text = ("가온구, 주민 공동이용시설 기공식 열어\n\n"
            "▲ 삼산1동_가온마을_주민공동이용시설_건립 기공식\n\n"
            "가온구가 지난 2013년부터 55억 원을 들여 주민 공동이용시설 설치를 지원하는 가운데 가온마을 주민 공동이용시설 "
            "기공식을 열었다. 시설은 마을회관과 경로당, 마을 공동작업장을 갖춘다.\n")
    article = pr2news.convert(text)
    assert not article.highlights
    assert "▲ 삼산1동_가온마을_주민공동이용시설_건립 기공식" in article.stripped


def test_a_listings_teaser_ends_at_its_read_more_link():
    text = ("Harbour DNR reminds anglers of ice shanty removal dates\n\n"
            "The Harbour Department of Natural Resources reminds anglers that ice shanty removal dates are approaching. "
            "Shanties must be removed by sunset Sunday.\n\n"
            "For counties in the south, shanties must be removed from the ice by midnight Thursday, March 1. Read more\n\n"
            "Harbour: Enjoy Winter Free Fishing Weekend Saturday and Sunday\n\n"
            "Everyone in the state is invited to fish for free on Saturday and Sunday for the Winter Free Fishing "
            "Weekend. All fishing license fees are waived for the two days.\n\n"
            "These two days are an annual effort to promote the state's fishing and to bring new anglers to it.\n")
    article = pr2news.convert(text)
    body = " ".join(block.text for block in article.body)
    assert "removed from the ice by midnight Thursday" in body
    assert "Free Fishing" not in body and "Read more" not in body


def test_a_blogs_next_story_opening_on_the_same_agency_and_date_is_not_the_text():
    text = ("Friday, May 30, 2026\n\n"
            "Ambassador completes three years of residency in the Harbour Republic\n\n"
            "HRIS (May 30, 2026): On May 15, the Ambassador of the Island Kingdom concluded his three-year tenure in "
            "the capital and paid a farewell call on the President.\n"
            "\"I have confidence that our two countries will keep one of the best relationships in the world,\" he said.\n\n"
            "Republic makes available $400,000 to support athletes going to the Island Games\n\n"
            "HRIS (May 30, 2026): On May 22nd, a law appropriating funds for the athletes and coaches going to the "
            "Island Games became public law.\n"
            "The appropriation is divided equally among the four states.\n")
    article = pr2news.convert(text)
    body = " ".join(block.text for block in article.body)
    assert "farewell call on the President" in body
    assert "appropriating funds" not in body


def test_a_photos_mark_over_a_few_of_the_titles_words_is_its_caption():
    text = ("더 큰 가온구 위해 역할 할 것.. 한누리 가온시장, 가온구 연두 방문\n\n"
            "가온 / 김하늘 기자 / 2026-01-23 16:05:31\n"
            "▲ 가온시장 가온구 연두 방문\n\n"
            "가온구는 한누리 가온시장이 23일 올해 첫 연두 방문 일정으로 구청을 방문해 구민들과 대화의 시간을 가졌다고 전했다.\n\n"
            "이번 방문은 구정 주요 업무보고와 주민과의 대화 순으로 진행됐다.\n")
    article = pr2news.convert(text)
    assert not article.highlights
    assert "▲ 가온시장 가온구 연두 방문" in article.stripped


def test_a_notices_number_under_its_title_is_no_subtitle():
    text = ("Harbour Closure Due to Severe Weather\n\n"
            "Public Notice 11-24\n\n"
            "Due to severe weather conditions that are expected, including heavy rain and strong winds, the harbour "
            "will be closed to all vessels from Tuesday noon until further notice.\n\n"
            "Thank you for your attention to this matter.\n")
    article = pr2news.convert(text)
    assert not article.highlights
    assert "Public Notice 11-24" in article.stripped


def test_a_title_in_capitals_set_on_two_lines_joins_when_the_listing_above_prints_it_whole():
    text = ("Skip to main content\n\nPress Room\n\n"
            "13 August 2026 - HARBOUR REPUBLIC'S STATEMENT ON THE RECENT DEVELOPMENTS IN THE REGION\n\n"
            "HARBOUR REPUBLIC'S STATEMENT\n\n"
            "ON THE RECENT DEVELOPMENTS IN THE REGION\n\n\n"
            "The Harbour Republic condemns, in the strongest possible terms, the latest decision to close the "
            "border crossings of the region.\n\n"
            "The Harbour Republic joins the international community in demanding that the crossings reopen.\n")
    article = pr2news.convert(text)
    assert article.headline == "HARBOUR REPUBLIC'S STATEMENT ON THE RECENT DEVELOPMENTS IN THE REGION"
    assert not article.highlights


def test_the_readers_comments_under_a_post_are_not_the_text():
    text = ("Breaking News: New Ministers Appointed in Cabinet Reshuffle\n\n"
            "For immediate release\n\n"
            "The President of the Republic has made the following appointments with immediate effect.\n\n"
            "1. Mr. Jane Doe as Minister of Information and Government Spokesperson.\n\n"
            "The appointments are effective 19th December, 2026.\n\n"
            "38 Responses to \"Breaking News: New Ministers Appointed in Cabinet Reshuffle\"\n\n"
            "1. John Reader December 20, 2026 at 8:48 pm\n\n"
            "I have said this before and I will say it again here: the president should explain why the former "
            "minister was removed before the announcement was made on national television.\n\n"
            "2. Mary Reader December 22, 2026 at 9:34 am\n\n"
            "When a president decides to remove a minister, the public deserves to know the reason for it, and the "
            "minister deserves to be told first.\n")
    article = pr2news.convert(text)
    body = " ".join(block.text for block in article.body)
    assert "appointments are effective" in body
    assert "Responses to" not in body and "deserves to know" not in body


def test_a_members_name_and_post_broken_off_above_its_aside_and_particle_joins_the_sentence():
    text = ("가온도의회 한누리 부의장, 도정 홍보 예산 확대 주문\n\n"
            "도정 홍보 예산 증액과 언론 지원 방안 필요성 제기\n\n"
            "가온도의회 한누리 부의장\n"
            "(가온당, 누리1)은 지난 1일 가온도 대변인실 행정사무감사에서 도정과 의정활동의 홍보 강화 필요성을 강조했다.\n\n"
            "한 부의장은 도민이 도정의 성과를 잘 알 수 있도록 홍보 예산을 늘려야 한다고 말했다.\n")
    article = pr2news.convert(text)
    assert article.body[0].text.startswith("가온도의회 한누리 부의장 (가온당, 누리1)은 지난 1일")


def test_a_blogs_author_and_date_a_share_code_and_a_feeds_empty_field_stay_out_of_the_article():
    text = ("가온박물관 30년 특별전 개최\n\n"
            "by museum_story 2026. 12. 8.\n\n"
            "가온박물관은 오는 12월 9일부터 2027년 2월 1일까지 개관 30주년 특별전을 연다고 밝혔다.\n\n"
            "전시에는 박물관이 30년 동안 모은 소장품 200여 점이 나온다.\n\n"
            "QR CODE\n\n"
            "오른쪽 QR Code 이미지를 스마트폰에 인식\n")
    article = pr2news.convert(text)
    body = " ".join(block.text for block in article.body)
    assert "by museum_story" not in body and "QR" not in body
    assert article.dateline.date == "2026-12-08"
    feed = ("Shaping regulatory science to 2030, , 17/10/2026\n\n"
            "The agency is hosting a workshop on Wednesday, 24 October to gather insight from its partners on the "
            "science it will need to regulate medicines over the next decade.\n\n"
            "The workshop brings together patients, doctors, universities and regulators.\n")
    assert pr2news.convert(feed).headline == "Shaping regulatory science to 2030"


def test_a_listings_next_entry_titled_twice_over_its_date_and_writer_is_not_the_text():
    text = ("가온군 하천1리 치매안심마을 활성화 추진\n\n"
            "Jul 28, 2026 | 편집부기자\n\n"
            "가온군은 코로나19로 중단되었던 치매안심마을 활성화에 집중할 계획이라고 28일 밝혔다. 치매안심마을로 지정된 "
            "곳은 하천1리 등 두 곳이다.\n\n"
            "가온군 매립지 사용기간 2034년까지 연장된다\n\n"
            "가온군 매립지 사용기간 2034년까지 연장된다\n\n"
            "Jul 27, 2026 | 편집부기자\n\n"
            "가온군이 매립시설 증설 및 사용연한 연장 등으로 생활폐기물을 안정적으로 처리할 수 있게 됐다고 27일 밝혔다.\n")
    article = pr2news.convert(text)
    body = " ".join(block.text for block in article.body)
    assert "치매안심마을 활성화에 집중할 계획" in body
    assert "매립" not in body


def test_a_government_sites_archive_notice_and_a_push_notification_prompt_are_chrome():
    text = ("Language selection\n\nMedia Advisory\n\n"
            "This page has been archived on the Web\n\n"
            "Information identified as archived is provided for reference, research or recordkeeping purposes.\n\n"
            "Commissioner's annual report on public-sector privacy expected to be tabled in Parliament\n\n"
            "Get real time updates directly on your device, subscribe now.\n\n"
            "HARBOUR CITY – The Privacy Commissioner's annual report on the public sector is expected to be tabled in "
            "Parliament on Tuesday.\n\n"
            "The report will be available on the Commissioner's website once it is tabled.\n")
    article = pr2news.convert(text)
    assert article.headline.startswith("Commissioner's annual report")
    assert not article.highlights
    assert "This page has been archived on the Web" in article.stripped
    assert "Get real time updates directly on your device, subscribe now." in article.stripped


def test_a_korean_noun_and_full_stop_under_the_title_is_a_caption_never_the_headline():
    text = ("상단여백\n\nHOME 뉴스 사회\n\n"
            "선관위, 선거법 위반 무더기 고발기표한 투표지 휴대전화로 찍어 올려\n"
            "광역의원 한 지지자, 금품과 음식 제공 고발당해\n\n"
            "가온시선관위 전경.\n\n"
            "가온시선관위는 지난 8일 사전투표소의 기표소 안에서 투표용지를 촬영해 누리소통망에 올린 유권자 3명을 "
            "검찰에 고발했다고 9일 밝혔다.\n\n"
            "가온시선관위는 선거가 끝날 때까지 단속을 이어갈 계획이다.\n")
    article = pr2news.convert(text)
    assert article.headline.startswith("선관위, 선거법 위반")
    assert "가온시선관위 전경." in article.stripped
    assert article.body[0].text.startswith("가온시선관위는 지난 8일")


def test_a_subtitle_between_the_title_and_its_second_printing_is_a_highlight():
    text = ("가온항만공사, 항만 기능 재배치 연구 착수\n\n"
            "항만이용자 40여명 모여 의견 나눠\n\n"
            "가온항만공사, 항만 기능 재배치 연구 착수\n\n"
            "가온항만공사는 4일 항만 기능 재배치 방안에 대한 연구용역 착수보고회를 열고 본격적인 활동을 시작했다.\n\n"
            "이번 연구는 내년 3월 끝나며, 항만 물동량과 부두시설을 분석해 최적의 재배치 방안을 찾는다.\n")
    article = pr2news.convert(text)
    assert article.headline == "가온항만공사, 항만 기능 재배치 연구 착수"
    assert article.highlights == ("항만이용자 40여명 모여 의견 나눠",)
    assert article.body[0].text.startswith("가온항만공사는 4일")


def test_an_outlets_name_and_dash_opening_the_lead_is_its_credit_not_the_text():
    text = ("Ministry condemns attack on aid convoy\n\n"
            "Harbour Daily – The Ministry of Foreign Affairs on Sunday condemned the attack on an aid convoy near the "
            "border and called for an inquiry.\n\n"
            "The ministry said the convoy carried food and medicine for some 4,000 families.\n")
    article = pr2news.convert(text)
    assert article.body[0].text.startswith("The Ministry of Foreign Affairs on Sunday")
    assert "Harbour Daily" not in " ".join(block.text for block in article.body)
    assert pr2news.convert(text.replace("Harbour Daily –", "KINGSTON –")).body[0].text.startswith("KINGSTON –")


def test_a_list_that_a_share_button_opens_is_the_sites_buttons_however_named():
    text = ("가온시 소방본부, 화재위험경보 경계 단계 발령\n\n"
            "이 기사를 공유합니다\n"
            "• 페이스북\n• 가온의뉴스\n• 가온여행\n• 동네포스트\n\n"
            "가온시 소방본부는 지난 5일 시 전 지역에 화재위험경보 ‘경계’ 단계를 발령했다고 밝혔다.\n\n"
            "경계 단계에서는 기상특보가 해제될 때까지 농업부산물이나 쓰레기를 태우는 행위가 일체 금지된다.\n\n"
            "• 담당자\n• 문의처 031-123-4567\n")
    article = pr2news.convert(text)
    body = " ".join(block.text for block in article.body)
    assert body.startswith("가온시 소방본부는 지난 5일")
    assert "가온의뉴스" not in body and "동네포스트" not in body
    assert "• 가온여행" in article.stripped


def test_a_notices_sender_named_with_the_post_held_is_its_credit_not_a_subtitle():
    text = ("Boil Water Advisory in Cedar Hill Water Service Area – Now Lifted\n\n"
            "From Sean McAllister, Senior Manager, Operations Harbour Regional Water Services\n\n"
            "Issued: May 9, 2026 at 3:30pm\n\n"
            "Further to the boil water advisory issued on Monday, testing of the water supply has confirmed there is "
            "no health risk associated with the water supplied in the Cedar Hill area.\n\n"
            "From Monday, Parks Department crews will flush the hydrants in the area.\n")
    article = pr2news.convert(text)
    assert article.highlights == ()
    assert article.byline == "From Sean McAllister, Senior Manager, Operations Harbour Regional Water Services"
    assert article.body[-1].text.startswith("From Monday, Parks Department crews")


def test_a_reporters_name_and_a_bar_alone_over_the_posting_date_leave_the_subtitles_to_the_deck():
    text = ("가온 생물자원관 주3일 임시개관\n\n"
            "  • 홍길동\n  • |\n  • 입력 2026-10-10 07:45  |  수정 2026-10-10 07:45  |  발행일 2026-10-10 제12면\n"
            "내년 정식개관 예정\n1만5천여점 표본 보유\n\n"
            "가온도는 10일 가온시에 있는 가온 생물자원관을 주3일 임시 개관한다고 밝혔다.\n\n"
            "생물자원관은 담수 생물자원의 발굴과 연구를 위해 2019년부터 건립이 추진됐으며, 내년에 정식 개관할 예정이다.\n\n"
            "생물자원관은 임시 개관 기간엔 주 3일(화·목·토요일) 문을 열고, 1만5천여점의 표본 가운데 일부를 전시한다.\n")
    article = pr2news.convert(text)
    assert article.headline == "가온 생물자원관 주3일 임시개관"
    assert article.highlights == ("내년 정식개관 예정", "1만5천여점 표본 보유")
    assert article.body[0].text.startswith("가온도는 10일")
    assert "• |" in article.stripped


def test_a_subtitle_glued_to_the_title_without_a_space_is_cut_off_by_what_the_text_says():
    text = ("HOME 뉴스 사회\n\n"
            "가온시선관위, 선거법 위반 3건 고발투표지 촬영해 누리소통망에 올린 유권자 적발\n\n"
            "가온시선거관리위원회는 선거법 위반 3건을 적발해 검찰에 고발했다고 9일 밝혔다.\n\n"
            "가온시선관위는 지난 8일 사전투표소의 기표소 안에서 투표지를 촬영해 누리소통망에 올린 유권자 A씨를 고발했다.\n\n"
            "또 후보자 지지자에게 음식을 제공한 B씨도 함께 고발했다.\n")
    article = pr2news.convert(text)
    assert article.headline == "가온시선관위, 선거법 위반 3건 고발"
    assert article.highlights == ("투표지 촬영해 누리소통망에 올린 유권자 적발",)
    # a name in quotes whose words the text spaces differently stays one title
    named = ("김 교수 연구성과, ‘국가연구개발우수성과 100선’ 선정\n\n"
             "가온대학교 김 교수의 연구성과가 과학기술부의 국가연구개발 우수성과 100선에 선정됐다고 9일 밝혔다.\n\n"
             "우수성과 100선은 매년 한 해의 연구성과 가운데 뛰어난 것을 뽑는다.\n")
    assert pr2news.convert(named).headline == "김 교수 연구성과, ‘국가연구개발우수성과 100선’ 선정"


def test_a_sites_or_listings_own_name_is_never_the_headline():
    text = ("가온개발공사 뉴스\n\n"
            "‘세계 물의 날’ 맞아 가온 지하수 관리 성과 공개\n\n"
            "가온개발공사는 세계 물의 날을 맞아 지난 10년 동안의 지하수 관리 성과를 공개했다고 22일 밝혔다.\n\n"
            "공사는 지하수 관측정 40곳의 수위와 수질을 매달 조사해 공개하고 있다.\n")
    assert pr2news.convert(text).headline == "‘세계 물의 날’ 맞아 가온 지하수 관리 성과 공개"
    text = ("Republic of Westland - Government portal\n\n"
            "Leaders from ten nations to meet on regional water security\n\n"
            "Heads of State from ten nations will meet in the capital next week to agree on a plan for regional water "
            "security, the Office of the President said on Monday.\n\n"
            "The meeting follows two years of talks between the nations' water ministers.\n")
    assert pr2news.convert(text).headline == "Leaders from ten nations to meet on regional water security"


def test_a_credit_glued_to_by_and_a_subtitle_ending_on_an_introduction_stay_out_of_the_text_and_in_the_deck():
    text = ("가온시, 새 제도 한눈에 ‘2027 달라지는 가온생활’ 3일 발간\n\n"
            "by홍길동 기자\n2027.01.02 11:15:00\n\n"
            "가온시, 3일부터 책자와 전자책 제공\n새해 신규 제도·개관시설 등 71개 사업 소개\n\n"
            "가온시는 새해에 새로 시행되는 제도와 문을 여는 공공시설 71개 사업을 한눈에 볼 수 있도록 ‘2027 달라지는 "
            "가온생활’을 3일 발간한다고 2일 밝혔다.\n\n"
            "책자는 9개 분야로 나뉘며, 전자책은 시 누리집에서 내려받을 수 있다.\n")
    article = pr2news.convert(text)
    assert article.highlights == ("가온시, 3일부터 책자와 전자책 제공", "새해 신규 제도·개관시설 등 71개 사업 소개")
    assert article.byline == "by홍길동 기자"
    assert article.body[0].text.startswith("가온시는 새해에")


def test_a_writers_name_and_post_under_an_officials_headline_are_a_credit():
    text = ("Minister of Foreign Affairs Jaan Tamm Visits Riga\n\n"
            "Maria Lepp\n\n"
            "Public Relations Officer at the Embassy in Riga\n\n"
            "On February 17-18, Minister of Foreign Affairs Jaan Tamm visited Riga to meet his colleague and to sign "
            "an agreement on the state border.\n\n"
            "The minister also gave an interview to the Latvian media.\n")
    article = pr2news.convert(text)
    assert article.headline == "Minister of Foreign Affairs Jaan Tamm Visits Riga"
    assert article.highlights == ()
    assert "Public Relations Officer at the Embassy in Riga" in article.stripped


def test_a_boards_caption_file_and_material_provider_are_caption_attachment_and_contact():
    text = ("가온군, 의료·요양·돌봄 통합지원회의 개최\n\n"
            "가온군은 지난 3일 군청 회의실에서 의료·요양·돌봄 통합지원 시범사업 통합지원회의를 열었다고 밝혔다.\n\n"
            "회의에서는 통합지원이 필요한 어르신 12명의 지원 계획을 함께 논의했다.\n\n"
            "*사진설명 : 통합지원회의에 참석한 관계자들이 어르신 지원 계획을 논의하고 있다.\n\n"
            "자료제공: 노인건강과 노인복지팀 (240-8940)\n\n"
            "파일1 보도자료(가온군 통합지원회의 개최).hwp (Down : 1, Size : 689.0 KB)\n")
    article = pr2news.convert(text)
    body = " ".join(block.text for block in article.body)
    assert "사진설명" not in body and ".hwp" not in body
    assert article.attachments and article.attachments[0].startswith("파일1 보도자료")
    assert article.contacts and article.contacts[0].department == "노인건강과" and article.contacts[0].name is None


def test_a_marked_office_and_phone_closing_the_text_is_the_contact_and_a_reporters_sign_off_a_credit():
    text = ("해양수산부 장관, 가온항 방문\n\n"
            "해양수산부 장관이 23일 오후 가온항을 방문해 올해 문을 연 신항을 둘러보고 항만 관계자들과 간담회를 가진다.\n\n"
            "장관은 이어 항만 근로자의 안전 대책과 선박 수리 등 항만서비스 준비상황을 점검한다.\n\n"
            "■ 해양수산부 홍보담당관실 044-200-5013, 5014\n")
    article = pr2news.convert(text)
    assert [c.text for c in article.contacts] == ["해양수산부 홍보담당관실 044-200-5013, 5014"]
    assert "044-200" not in " ".join(block.text for block in article.body)
    signed = ("가온경찰청, 군항제 현장서 합동 캠페인\n\n"
              "가온경찰청은 3일 군항제가 열리는 공원에서 자치경찰위원회와 합동으로 범죄예방 캠페인을 벌였다고 밝혔다.\n\n"
              "경찰은 앞으로도 지역사회와 함께 더 나은 치안 서비스를 제공할 수 있도록 노력하겠다고 전했다.\n\n"
              "홍길동 가온뉴스(gaonnews) 기자 hong@gaonnews.co.kr\n")
    article = pr2news.convert(signed)
    assert "hong@" not in " ".join(block.text for block in article.body)


def test_a_photos_download_button_between_paragraphs_is_chrome():
    text = ("Prime Minister: Europe's borders must be defended\n\n"
            "The borders of Europe must be defended, the Prime Minister said on Friday after the summit in Brussels.\n\n"
            "Download\n"
            "Photo: Jana Novak/Agency\n"
            "The summit concerned refugees arriving by sea, the Prime Minister continued.\n")
    article = pr2news.convert(text)
    assert "Download" not in " ".join(block.text for block in article.body)
    assert "Download" in article.stripped


def test_a_pages_field_names_under_the_headline_are_not_the_text_where_the_global_decision_starts_it_lower():
    text = ("Regulator backs consumers with price cap update\n\n"
            "Press release\n\n"
            "Publication date\n\n"
            "Industry sector\n\n"
            "Supply and Retail Market\n\n"
            "Today the regulator will publish a consultation on whether the energy price cap should be updated every "
            "three months instead of every six, to protect consumers from sudden price rises.\n\n"
            "A more frequent price cap would reflect the most up to date energy prices and would help suppliers "
            "predict their costs.\n")
    article = pr2news.convert(text)
    assert article.highlights == ()
    assert article.body[0].text.startswith("Today the regulator will publish")
    assert "Industry sector" in article.stripped and "Supply and Retail Market" in article.stripped


def test_a_reporters_credit_before_a_slash_and_an_outlet_alone_in_brackets_are_credits():
    text = ("가온관광공사, 가을 섬 여행 상품 출시\n\n"
            "홍길동 기자 / 가온관광공사는 가을을 맞아 섬 다섯 곳을 잇는 여행 상품을 출시한다고 10일 밝혔다.\n\n"
            "상품은 이달 말까지 공사 누리집에서 예약할 수 있다.\n")
    article = pr2news.convert(text)
    assert article.body[0].text.startswith("가온관광공사는 가을을 맞아")
    text = ("가온수자원공사 대학생 서포터즈 활동 마쳐\n\n"
            "[가온풍수신문]\n"
            "가온수자원공사는 20일 본사에서 대학생 서포터즈 해단식을 열었다고 밝혔다.\n\n"
            "서포터즈는 지난 1년 동안 수돗물 바로 알기 캠페인을 벌였다.\n")
    article = pr2news.convert(text)
    assert "[가온풍수신문]" not in " ".join(block.text for block in article.body)
    assert article.body[0].text.startswith("가온수자원공사는 20일")


def test_who_spoke_where_and_when_under_a_statements_title_is_its_date_line_not_a_subtitle():
    text = ("Introductory statement to the press conference\n\n"
            "Jane Doe, President of the Bank,John Roe, Vice-President of the Bank,Harbour City, 6 September 2026\n\n"
            "Ladies and gentlemen, the Vice-President and I are very pleased to welcome you to our press conference. "
            "We will now report on the outcome of today's meeting of the Governing Council.\n\n"
            "Based on our regular analysis, we decided to keep the key interest rates unchanged.\n")
    article = pr2news.convert(text)
    assert article.highlights == ()
    assert article.dateline.date == "2026-09-06"


def test_a_sentence_closed_by_its_photo_credit_is_a_caption():
    text = ("Twenty-five years of saving the kakapo\n\n"
            "The recovery programme celebrated 25 years this week with the launch of a competition to win a trip to "
            "the island where the birds breed.\n\n"
            "The Minister and the sponsor's chief executive discuss the programme with one of the birds. Photo: Jane "
            "Doe.\n\n"
            "This season the conditions are ripe, and the team expects a record number of chicks.\n")
    article = pr2news.convert(text)
    body = " ".join(block.text for block in article.body)
    assert "Photo: Jane Doe" not in body and "record number of chicks" in body


def test_a_table_row_read_across_with_a_credit_cell_before_the_text_keeps_the_text():
    text = ("“방폐장 안전하게 운영하겠습니다”\n"
            "가온환경공단, 창립 6주년 맞아 시민과 소통\n"
            "홍길동 기자 / 입력 : 2026년 04월 06일(월) 17:06\n"
            "|\n"
            "| | | ⓒ 가온신문 | | 가온환경공단은 창립 6주년을 맞아 가온시민 200여 명을 본사로 초청해 방폐장 운영 현황을 "
            "설명하고, 방폐물 처분시설의 안전성과 주변 지역 지원사업에 대한 시민들의 의견을 들었다고 6일 밝혔다.\n"
            "|\n"
            "홍길동 기자 - Copyrights ⓒ가온신문.\n")
    article = pr2news.convert(text)
    body = " ".join(block.text for block in article.body)
    assert body.startswith("가온환경공단은 창립 6주년을 맞아") and "ⓒ" not in body
    assert lost_lines(text, article.to_dict()) == []


def test_a_date_glued_to_the_end_of_the_title_is_cut_off():
    text = ("> Latest news\n\nLatest news\n\n"
            "Criminal case on abuse of office sent for prosecutionOctober 7, 2026\n\n"
            "At the beginning of October, the Internal Security Bureau sent a criminal case to the prosecutor's office "
            "for prosecution of four police officers.\n\n"
            "The officers are suspected of exceeding their authority during an arrest.\n")
    article = pr2news.convert(text)
    assert article.headline == "Criminal case on abuse of office sent for prosecution"
    assert article.dateline.date == "2026-10-07"


def test_a_rule_after_the_title_a_comment_form_and_a_sites_promotion_are_not_the_article():
    text = ("Reports on train travel rules: Advisory for Media ---\n\n"
            "During the last two days, there have been reports in the media about the rules for passengers when "
            "train services resume.\n\n"
            "No decision has been taken yet; when it is, all concerned will be told about it.\n\n"
            "For More News And Analysis About Westland Follow Harbour-Press\n\n"
            "Please enter your comment!\n")
    article = pr2news.convert(text)
    assert article.headline == "Reports on train travel rules: Advisory for Media"
    body = " ".join(block.text for block in article.body)
    assert "Follow" not in body and "comment" not in body


def test_a_wire_credit_in_latin_and_a_korean_text_glued_to_its_title_by_its_date():
    text = ("가온문화재단, 문화시민기자단 4기 발대식 개최\n\n"
            "• 2026-06-16 10:07\n• GAONFAN=Newswire\n• newswire@gaonfan.com\n\n"
            "가온문화재단은 지난 10일 가온상상캠퍼스에서 문화시민기자단 4기 발대식을 열었다고 밝혔다.\n\n"
            "기자단은 올해 말까지 도내 문화유산을 찾아 그 가치를 알리게 된다.\n")
    article = pr2news.convert(text)
    assert article.body[0].text.startswith("가온문화재단은 지난 10일")
    flattened = ("가온 주민들은 봉사하는데… 술자리 벌인 가온도의회 보도 관련2026년 7월 28일자 가온신문 보도는 사실과 "
                 "다릅니다. 가온 주민들이 봉사하는 동안 도의회가 술자리를 벌였다는 보도와 달리, 도의회 의원들은 7월 "
                 "중순부터 수해 현장에서 복구 지원 봉사 활동을 이어 왔으며, 해당 모임은 공식 일정이 끝난 뒤 열린 "
                 "간담회였습니다. 도의회 공식 일정은 도민 눈높이에 맞게 절제되고 책임 있게 운영되고 있습니다.")
    article = pr2news.convert(flattened)
    assert article.headline == "가온 주민들은 봉사하는데… 술자리 벌인 가온도의회 보도 관련"


def test_a_posts_category_line_and_an_annex_heading_after_the_text_are_not_the_article():
    text = ("Appointment of new Chief Executive, Harbour Land Authority\n\n"
            "16 Mar 2026 Posted in [Press releases](/news/press-releases)\n\n"
            "1. Ms Jane Doe will be assuming the appointment as Chief Executive of the Harbour Land Authority on "
            "1 April 2026.\n\n"
            "2. She succeeds Mr John Roe, who has led the Authority since 2019. Their profiles are given at the Annex.\n\n"
            "**ANNEX**\n\n"
            "Ms Jane Doe joined the public service in 1998 and has held posts in the finance and land ministries.\n")
    article = pr2news.convert(text)
    assert article.highlights == ()
    body = " ".join(block.text for block in article.body)
    assert "Posted in" not in body and "ANNEX" not in body and "joined the public service" not in body
    assert "Their profiles are given at the Annex." in body


def test_a_screenshot_with_its_source_under_the_title_is_a_caption():
    text = ("Statement by the Premier on Founders' Day\n\n"
            "Screenshot of the Premier's Founders' Day statement (source: X / @HarbourPremier)\n\n"
            "HARBOUR CITY – The Premier today issued the following statement on Founders' Day:\n\n"
            "“Today we celebrate the people who built this province, and the promise of peace and fairness they "
            "left us.”\n")
    article = pr2news.convert(text)
    assert article.highlights == ()
    assert "Screenshot" not in " ".join(block.text for block in article.body)


def test_a_phone_bar_left_last_in_the_body_is_the_pages_footer():
    text = ("가온구, 어르신 무료 건강검진 실시\n\n"
            "가온구는 오는 5월 한 달 동안 만 65세 이상 어르신을 대상으로 무료 건강검진을 실시한다고 2일 밝혔다.\n\n"
            "검진은 구 보건소와 지정 병원 12곳에서 받을 수 있으며, 신분증을 지참하면 된다.\n\n"
            "구는 검진 결과 이상 소견이 있는 어르신에게 전문 병원 진료를 연계할 계획이다.\n\n"
            "☎: 02-1234-5678, 팩스: 02-1234-5679\n")
    article = pr2news.convert(text)
    body = " ".join(block.text for block in article.body)
    assert "팩스" not in body and body.endswith("연계할 계획이다.")
    assert "☎: 02-1234-5678, 팩스: 02-1234-5679" in article.stripped or article.contacts


def test_a_news_agencys_credit_after_the_place_leaves_the_lead():
    for lead in ("Harbourville, Agencia HP.- The Foreign Affairs Minister said on Monday that the talks would resume "
                 "next week in the capital.",
                 "HARBOURVILLE (Island News Agency) – The Foreign Affairs Minister said on Monday that the talks "
                 "would resume next week in the capital."):
        article = pr2news.convert("Minister says border talks to resume\n\n" + lead + "\n\nThe talks broke off in May.\n")
        assert article.body[0].text.startswith("The Foreign Affairs Minister said on Monday")
    kept = pr2news.convert("Minister says border talks to resume\n\nHARBOURVILLE – The Foreign Affairs Minister said on "
                           "Monday that the talks would resume next week.\n\nThe talks broke off in May.\n")
    assert kept.body[0].text.startswith("HARBOURVILLE – The Foreign Affairs Minister")


def test_an_open_quotation_and_a_sections_date_row_under_the_title_are_no_subtitles():
    text = ("Statement by the Premier on Founders' Day\n\n"
            "“Happy Founders' Day!\n\n"
            "Today we celebrate the people who built this province, and the promise of peace and fairness they "
            "left to all of us.”\n\n"
            "The Premier will attend the ceremony at the provincial legislature at noon.\n")
    article = pr2news.convert(text)
    assert article.highlights == ()
    text = ("Boil water notice lifted for Cedar Hill\n\n"
            "Community news | Thursday, April 4, 2026\n\n"
            "The boil water notice for Cedar Hill has been lifted after tests showed the water is safe to drink, "
            "the city said on Thursday.\n\n"
            "Residents should run their taps for two minutes before use.\n")
    article = pr2news.convert(text)
    assert article.highlights == ()
    assert article.dateline.date == "2026-04-04"


def test_a_korean_title_closed_by_a_polite_ending_is_not_wrapped_onto_the_subtitle_under_it():
    text = ("미세먼지 많은 날, 마스크 꼭 챙기세요\n가온시, ‘맑은숨’ 알림 서비스 운영\n입력 : 2026. 03. 11(수) 10:20\n"
            "가온시는 미세먼지가 많은 날 시민에게 마스크 착용 등 행동 요령을 문자로 알려주는 ‘맑은숨’ 알림 서비스를 "
            "운영한다고 11일 밝혔다.\n"
            "알림을 받으려면 시 누리집에서 휴대전화 번호를 등록하면 된다.\n"
            "시 관계자는 “미세먼지가 많은 날에는 어린이와 어르신은 외출할 때 마스크를 꼭 챙겨 달라”고 당부했다.\n")
    article = pr2news.convert(text)
    assert article.headline == "미세먼지 많은 날, 마스크 꼭 챙기세요"
    assert article.highlights == ("가온시, ‘맑은숨’ 알림 서비스 운영",)


def test_an_outlets_name_set_before_its_reporter_with_an_equals_sign_leaves_the_lead():
    text = ("가온구, 무더위쉼터 60곳으로 늘려 운영\n2026-07-20 박하늘 기자\n"
            "가온일보 = 박하늘 기자 | 가온구가 연일 이어지는 폭염에 지친 주민을 위해 무더위쉼터를 60곳으로 늘려 운영한다고 "
            "20일 밝혔다.\n"
            "구는 주민센터와 경로당, 작은도서관을 쉼터로 지정하고 냉방기를 점검했다.\n")
    article = pr2news.convert(text)
    assert article.body[0].text.startswith("가온구가 연일 이어지는 폭염에")
    assert "가온일보" not in " ".join(block.text for block in article.body)


def test_a_listings_row_of_a_title_and_its_date_in_figures_is_cut_before_the_date():
    text = ("알림마당\n보도자료\n가온공사, 집중호우 피해 지역 관광객 안전 점검 2026-07-16\n"
            "가온공사, 집중호우 피해 지역 관광객 안전 점검\n"
            "가온공사는 집중호우로 피해를 입은 지역의 관광객 안전을 점검하기 위해 관광본부장을 현장에 보냈다고 16일 밝혔다.\n"
            "공사는 피해 지역 관광지의 안전 시설을 점검하고 관광객에게 우회로를 안내할 계획이다.\n")
    article = pr2news.convert(text)
    assert article.headline == "가온공사, 집중호우 피해 지역 관광객 안전 점검"
    assert article.dateline.text == "2026-07-16"
    # a label before its date is no title: the row stays whole
    labelled = pr2news.convert("가온공사, 집중호우 피해 지역 관광객 안전 점검\n작성자 홍보실 등록일 2026-07-16\n"
                               "가온공사는 집중호우로 피해를 입은 지역의 관광객 안전을 점검했다고 16일 밝혔다.\n")
    assert "작성자 홍보실 등록일 2026-07-16" in [line.text for line in labelled.trace]


def test_a_line_going_on_with_a_sentence_the_line_above_left_open_is_never_the_headline():
    # a PDF's text with a blank line after each line: the paragraph is broken at the page width, mid-sentence
    lines = ["You are on page 1 of 4", "OFFICE OF THE GOVERNOR", "PRESS RELEASE", "(For Immediate Release)",
             "DESPATCH FROM CABINET",
             "HIS EXCELLENCY THE GOVERNOR has today chaired a meeting of",
             "Cabinet at the Lake Lodge, Harbourville. Today’s Cabinet meeting was the",
             "Administration’s first to be held within the Lakes Region and the third to",
             "be held outside the state capital.",
             "THE HOLDING of Cabinet meetings as part of the Governor’s",
             "Working Tours across the state gives the Cabinet the chance to see at first",
             "hand how the Administration’s programmes are carried out in every region.",
             "THE CABINET approved a plan to repair the roads of the Lakes Region before the rains."]
    article = pr2news.convert("\n\n".join(lines) + "\n")
    assert article.headline == "DESPATCH FROM CABINET"
    assert article.body[0].text.startswith("HIS EXCELLENCY THE GOVERNOR has today chaired a meeting of Cabinet")


def test_a_title_ending_on_a_listed_noun_before_its_reporting_is_no_embargo_and_an_angled_statement_is_a_subtitle():
    text = ("상황실·기자실 새단장으로 현장 소통·보도 가능\n작성자\n관리자\n등록일\n2026-05-24\n"
            "< 가온시, 재난 현장 ‘소통’ 강화 >\n"
            "가온시는 23일 시청 별관에 재난상황실과 기자실을 새로 단장해 문을 열었다.\n"
            "기자실에는 영상과 사진을 바로 보낼 수 있는 장비를 갖췄고, 상황실에서는 재난 현장을 실시간으로 볼 수 있다.\n")
    article = pr2news.convert(text)
    assert article.headline == "상황실·기자실 새단장으로 현장 소통·보도 가능"
    assert article.highlights == ("가온시, 재난 현장 ‘소통’ 강화",)
    assert article.body[0].text.startswith("가온시는 23일")
    # a section's heading in angle brackets still opens the body
    sections = pr2news.convert("가온시, 재난상황실 새단장\n< 주요 내용 >\n가온시는 23일 재난상황실을 새로 단장해 문을 열었다.\n")
    assert sections.highlights == () and sections.body[0].text == "< 주요 내용 >"


@pytest.mark.parametrize("title, headline", [
    # a heading's marks as Markdown writes them
    ("# Mayor's budget priorities for 2027: Safer streets and more parks",
     "Mayor's budget priorities for 2027: Safer streets and more parks"),
    # the link to the page in the other language, run into the title
    ("Media advisory - Minister to announce support for clean water projects in Harbour County Français",
     "Media advisory - Minister to announce support for clean water projects in Harbour County"),
])
def test_a_markdown_heading_mark_and_a_language_link_leave_the_headline(title, headline):
    text = (f"{title}\n\nThe Mayor will present the city's plan for street sweeping, clean water projects, safer "
            "streets and more parks in Harbour County at City Hall on Monday.\n\n"
            "Residents are invited to attend and to send their questions by e-mail before the meeting.\n")
    article = pr2news.convert(text)
    assert article.headline == headline
    assert title.replace(headline, "").strip(" -") in " ".join(article.stripped)


def test_the_office_that_sends_the_release_under_its_title_is_a_credit_not_a_subtitle():
    text = ("Governor Outlines 2027 Agenda: Safer Roads, Cleaner Rivers and Lower Costs\n\nJanuary 12, 2027\n\n"
            "From the Office of Governor Jane Doe\n\n"
            "In her State of the State Address, the Governor lays out an agenda that builds on four years of progress\n\n"
            "Today, Governor Jane Doe delivered her 2027 State of the State Address, setting out plans for safer roads, "
            "cleaner rivers and lower costs for families.\n\n"
            "The Governor's budget will be presented to the Legislature next week.\n")
    article = pr2news.convert(text)
    assert article.highlights == ("In her State of the State Address, the Governor lays out an agenda that builds on "
                                  "four years of progress",)
    assert article.byline == "From the Office of Governor Jane Doe"


def test_a_date_alone_under_the_finished_text_ends_the_article_and_dates_it():
    text = ("Harbourside Hospital awarded £9 million for a new day surgery unit\n\n"
            "Harbourside Hospital has been awarded £9 million to build a new day surgery unit, the trust said today.\n\n"
            "The unit will add twelve beds and help the hospital reduce waiting times for planned operations.\n\n"
            "Chief executive Ann Lee said: “This is great news for our patients and our staff.”\n\n"
            "14 March 2026\n\n"
            "Our staff at Harbourside have long been known for the care they give and for their kindness, "
            "commitment and professionalism, which is reflected in the awards the trust has received.\n\n"
            "Kind\n\nSafe\n\nOpen\n\n© 2026 Harbourside Hospitals Trust\n")
    article = pr2news.convert(text)
    assert article.body[-1].text.startswith("Chief executive Ann Lee said")
    assert article.dateline.date == "2026-03-14"
    # a date heading a section of the text, more text about the release under it: the text goes on
    timeline = pr2news.convert("Harbourside Hospital opens its new day surgery unit\n\n"
                               "Harbourside Hospital opened its new day surgery unit today, ahead of schedule.\n\n"
                               "The unit was planned in two stages.\n\n14 March 2026\n\n"
                               "The first stage of the day surgery unit opened with six beds for planned operations "
                               "at Harbourside Hospital.\n\n"
                               "The second stage of the unit will add six more beds for planned operations at the "
                               "hospital next year.\n")
    assert timeline.body[-1].text.startswith("The second stage of the unit")


def test_an_older_ministrys_header_of_hold_date_edition_and_producing_office_is_not_the_headline():
    text = ("報道資料\n보도협조일 : 2026. 11. 15(일) 석간부터\n"
            "자료배포일 : 2026. 11. 14(토) 배포부서 : 홍보담당관실(전화 2020-5061)\n"
            "생산부서 : 공훈관리과(전화 2020-5233) 과장 : 김하늘 사무관 : 박바다\n"
            "순국선열의 날 맞아 독립운동가 120명 포상\n"
            "▣ 올해 발굴한 독립운동가 모두 410명 포상 ▣\n"
            "가온보훈처는 순국선열의 날을 맞아 독립운동가 120명에게 훈장과 포장을 준다고 14일 밝혔다.\n"
            "훈장은 순국선열의 날 기념식에서 유족에게 전해진다.\n")
    article = pr2news.convert(text)
    assert article.headline == "순국선열의 날 맞아 독립운동가 120명 포상"
    assert article.highlights == ("올해 발굴한 독립운동가 모두 410명 포상",)
    assert article.contacts and article.contacts[0].department == "공훈관리과"


def test_a_posting_stamp_run_into_the_sentence_before_it_is_cut_off_and_dates_the_release():
    text = ("[사실은 이렇습니다] 가온위 \"조직개편 관련 확정된 바 없어\" > 가온브리핑\n본문 바로가기\n"
            "사실은 이렇습니다.2026-09-18 13:09:00\n"
            "[사실은 이렇습니다] 가온위 \"조직개편 관련 확정된 바 없어\"\n"
            "[보도 내용]\n□ 가온신문은 기사에서,\n"
            "ㅇ \"가온위원회는 사무국을 본원에 두는 방안을 검토하고 있는 것으로 전해졌다.\"고 보도하였습니다.\n"
            "[가온위 설명]\n"
            "□ 조직개편과 관련한 청사 위치와 조직 규모는 관계부처와 협의한 뒤 결정할 예정이며, 아직 확정된 바 없습니다.\n")
    article = pr2news.convert(text)
    assert article.headline == "[사실은 이렇습니다] 가온위 \"조직개편 관련 확정된 바 없어\""
    assert article.highlights == ()
    assert article.dateline.date == "2026-09-18"


def test_a_boards_category_field_under_the_title_is_chrome_not_a_subtitle():
    text = ("게시판 뷰\n게시판 뷰페이지\n코로나19에도 이어진 기부 행렬, 동문·교직원의 ‘착한 기부’\n분류 발전기금\n"
            "작성자 홍보팀 김하늘\n날짜 2026.10.14\n조회수 1,755\n썸네일 /thumbnail.12345.jpg\n"
            "코로나19로 어려운 상황에서도 동문과 교직원을 중심으로 발전기금 기부 행렬이 이어지고 있다. 후배를 위한 장학금과 "
            "대학 발전의 뜻을 담은 발전기금 기부가 늘고 있다.\n"
            "대외협력처는 올해 동문 40여 명이 발전기금 3억 원을 약정했다고 밝혔다.\n")
    article = pr2news.convert(text)
    assert article.highlights == ()
    field = next(line for line in article.trace if line.text == "분류 발전기금")
    assert (field.role, field.reason) == ("stripped", "site chrome")  # the board's field, wherever it stands


def test_a_caption_closed_by_the_photos_credit_in_brackets_and_the_outlets_stamp_is_no_subtitle():
    text = ("가온군, 주민 비만 예방 합동 캠페인\n• 김하늘 기자\n• 승인 2026.10.23 14:15\n이 기사를 공유합니다\n"
            "5일장 중심으로 이달 말까지\n"
            "가온군이 10월을 비만 예방주간으로 정하고 한 달 동안 캠페인을 진행한다. (사진 가온군) 2026.10.23/가온일보\n"
            "[가온일보 김하늘 기자] 가온군이 10월을 비만 예방주간으로 정하고 주민의 식습관 개선을 위한 캠페인을 연다.\n"
            "이번 캠페인은 5일장을 중심으로 이달 말까지 이어진다.\n")
    article = pr2news.convert(text)
    assert article.highlights == ("5일장 중심으로 이달 말까지",)
    assert article.body[0].text.startswith("가온군이 10월을 비만 예방주간으로 정하고 주민의")


def test_a_korean_title_run_into_its_lead_where_the_subject_is_named_again_is_cut_there():
    text = ("date 2026-10-21 공동취재단\n"
            "가온대, 한국사진기자협회와 업무협약 체결 가온대(총장 김하늘)는 20일 서울캠퍼스에서 한국사진기자협회와 "
            "상호 발전을 위한 업무협약을 체결했다.\n"
            "양 기관은 이번 협약으로 재학생 현장실습과 학술 세미나를 함께 추진한다.\n"
            "가온대 총장은 “현장의 전문가와 학생이 함께 배우는 기회가 될 것”이라고 말했다.\n")
    article = pr2news.convert(text)
    assert article.headline == "가온대, 한국사진기자협회와 업무협약 체결"
    assert article.body[0].text.startswith("가온대(총장 김하늘)는 20일")


def test_an_images_name_where_the_image_was_is_chrome_and_never_the_headline():
    text = ("Press Releases\n\nSuspect Captured Immediately After Robbery\n\ndd of great police work\n\n3-2026 Gun1\n\n"
            "Officers on their way to a burglary alarm call were traveling eastbound on Fifth Avenue North when they saw "
            "two men running from a store with a bag.\n\n"
            "Officers gave foot pursuit and observed one of the suspects drop a gun. That suspect ran a few more blocks "
            "before he was caught with the gun.\n\n"
            "The two victims were so grateful for the officers being observant and quick to act.\n")
    article = pr2news.convert(text)
    assert article.headline == "Suspect Captured Immediately After Robbery"
    assert article.body[0].text.startswith("Officers on their way")
    assert "3-2026 Gun1" in article.stripped


def test_a_date_with_its_place_in_brackets_waiting_for_the_lead_and_a_release_date_line_after_the_text():
    text = ("Mosquito sample tests positive for West Nile Virus\n\n"
            "No human cases reported to county health officials\n\n"
            "June 19, 2026 (Harbour County, TX) --\n\n"
            "Harbour County Public Health has confirmed a West Nile Virus positive mosquito sample in the north of the "
            "county.\n\n"
            "Residents are reminded to drain standing water and to wear insect repellent outdoors.\n\n"
            "News release date: June 19, 2026\n")
    article = pr2news.convert(text)
    assert article.highlights == ("No human cases reported to county health officials",)
    assert article.body[0].text.startswith("June 19, 2026 (Harbour County, TX) -- Harbour County Public Health")
    assert article.body[-1].text.startswith("Residents are reminded")
    assert article.dateline.date == "2026-06-19"


def test_a_place_over_its_date_is_never_the_headline_and_a_second_capitals_title_starts_the_next_release():
    text = ("MINISTER SEEKS THE REGION'S SUPPORT FOR THE HARBOUR TREATY.\n\nMFA PRESS\n\nPort Vila, Vanuatu\n\n"
            "1st December 2026\n\n"
            "The Minister of Foreign Affairs arrived in Port Vila today for a three-day visit to the region.\n\n"
            "“The harbour treaty will serve every island state,” the Minister said at the airport.\n\n"
            "THE ISLANDS FESTIVAL WEEK OPENS IN THE CAPITAL!\n\n"
            "The Islands Festival Week has begun in the capital, with music and food from every province on show "
            "until Sunday.\n")
    article = pr2news.convert(text)
    assert article.headline == "MINISTER SEEKS THE REGION'S SUPPORT FOR THE HARBOUR TREATY."
    assert article.dateline.place == "Port Vila, Vanuatu"
    assert article.body[-1].text.startswith("“The harbour treaty will serve every island state,”")


def test_a_breadcrumb_trail_ending_on_its_sign_is_chrome():
    text = ("Swan returned to the river after a busy week\n\n"
            "A swan that wandered onto a city street has been returned to the river by officers, the police said.\n\n"
            "You are here: Home » News »\n\n"
            "Officers thanked the members of the public who kept the bird safe until help arrived.\n")
    article = pr2news.convert(text)
    assert [block.text[:9] for block in article.body] == ["A swan th", "Officers "]
    assert "You are here: Home » News »" in article.stripped


def test_an_images_file_stem_under_the_title_is_chrome():
    text = ("News Flash\n\nPosted on: March 15, 2026\n\n[ARCHIVED] Closure Planned Monday for Water Main Installation\n\n"
            "detour-44162_1280\n\n"
            "This coming week, crews will be installing a new water main on the 100 block of Main Street.\n\n"
            "Please follow the detour signs around this block of Main Street during the work and use caution.\n\n"
            "Facebook Twitter Email\n")
    article = pr2news.convert(text)
    assert article.body[0].text.startswith("This coming week")
    assert "detour-44162_1280" in article.stripped


def test_an_advisorys_fact_lines_are_its_text_so_the_title_over_them_is_the_headline():
    text = ("Traffic Advisory\nDepartment of Public Works\nDepartment of Public Works\nProviding a clean, safe and healthy city\n"
            "Harbourville, Vermont\nThe Honorable Mayor Jane Doe\nFor Immediate Release\nApril\n11, 2026\nMedia\nContact:\n"
            "Jane Roe – 555-646-3659(Office)\n555-385-0409 (Cell)\n"
            "Street Closure – Elm Road\n"
            "WHO: City of Harbourville Department of\nPublic Works (https://social.example.org/HarbourDPW)\n"
            "WHAT: Street Closure\n"
            "WHEN: Starting at 7:30 a.m. on Tuesday, April 21 and ending at 9 p.m. on Friday, April 24\n"
            "WHERE: Elm Road between Oak Street and Pine Street (3rd Council District)\n"
            "BACKGROUND: The area will be closed to remove\nthe old tram tracks. Motorists are urged to use caution and "
            "follow the detour\nsigns.\n"
            "###\nThe\nCity of Harbourville Department of Public Works (DPW) is one of only 146 accredited\n"
            "public works agencies in the country. DPW’s\nportfolio comprises a wide array of services to include leaf "
            "collection;\nstreet, sidewalk and alley maintenance; trash collection; recycling.\n")
    article = pr2news.convert(text)
    # (WHAT: …, WHERE: … are the text the title is about; a field's line, or a link, is never the headline's)
    assert article.headline == "Street Closure – Elm Road"
    assert article.body[0].text.startswith("WHO: City of Harbourville Department of")


def test_an_explanation_named_so_only_in_its_files_keeps_its_sentence_title_over_its_report_section():
    text = ("본문 바로가기\n알림마당보도자료\n본문 시작\n보도자료\n"
            "가온위원회 보도자료를 게시하고 있습니다.가온위원회 활동과 정책에 관련된 언론 보도자료를 게시하고 있습니다.\n"
            "가온위 회의실을 ‘심판정’으로 한 것은 주요 심의가 이뤄지는 장소임을 명확히 하고자 함입니다.\n"
            "제목 가온위 회의실을 ‘심판정’으로 한 것은 주요 심의가 이뤄지는 장소임을 명확히 하고자 함입니다.\n"
            "담당부서 행정법무담당관 작성자 김하늘\n"
            "첨부파일 hwp아이콘 261202 (보도설명자료) 가온위 회의실을 ‘심판정’으로 한 것은.hwp\n"
            "등록일 2026-12-02\n□ 보도내용\n"
            "o 가온신문은 12월 1일 「‘심판정’ 문패 단 가온위 회의실」 제하의 보도를 통해\n"
            "- 회의실을 재판정처럼 꾸몄다고 보도\n□ 보도내용에 대한 입장\n"
            "ㅇ 가온위 회의실은 위원 간 협의와 논의를 통해 정책을 마련하고 심의와 의결을 하는 곳입니다.\n")
    article = pr2news.convert(text)
    assert article.headline == "가온위 회의실을 ‘심판정’으로 한 것은 주요 심의가 이뤄지는 장소임을 명확히 하고자 함입니다."
    assert article.highlights == () and article.byline is None
    assert article.body[0].text.endswith("보도내용")


def test_a_credit_closed_by_a_hangul_bar_and_a_credit_run_into_its_stamp_leave_the_text():
    text = ("가온구청장, 취임 2주년 맞아 기자간담회\n“구민과 함께 새로운 시대 이끌겠다”\n"
            "김하늘 기자입력 : 2026. 06. 17(수) 17:02\n"
            "[가온/GTN]김하늘 기자ㅣ가온구청장이 17일 구청 기자실에서 취임 2주년 기자간담회를 열고 남은 2년의 구정 "
            "방향을 발표했다.\n"
            "구청장은 “지난 2년간 쉼 없이 달려왔다”며 “남은 2년도 구민과 함께하겠다”고 말했다.\n")
    article = pr2news.convert(text)
    assert article.body[0].text.startswith("가온구청장이 17일 구청 기자실에서")
    assert article.dateline.date == "2026-06-17"
    assert "김하늘 기자" in (article.byline or "")


def test_subtitles_cut_at_a_break_tag_copied_as_text_under_a_buttons_alternative_text():
    text = ("위로가기 버튼\n가온구 “실효성 높은 청년정책 펼칠 것”\n김하늘기자\n등록일 2026-03-19 19:05 게재일 2026-03-20 8면\n"
            "스크랩버튼\n청년정책조정위, 시행계획 심의<br/>올해 240억 들여 50개 사업 추진\n"
            "가온구는 올해 청년친화도시 조성을 위해 240억원을 투입해 50개 청년정책 사업을 추진한다고 19일 밝혔다.\n"
            "청년정책조정위원회는 지난 18일 올해 청년정책 시행계획을 심의했다.\n")
    article = pr2news.convert(text)
    assert article.highlights == ("청년정책조정위, 시행계획 심의", "올해 240억 들여 50개 사업 추진")
    assert "<br/>" in article.stripped


@pytest.mark.parametrize("title, headline", [
    ("[사실은 이렇습니다] 가온위 “가격 담합 혐의 포착될 경우 조사 착수” - 가온거래위원회",
     "[사실은 이렇습니다] 가온위 “가격 담합 혐의 포착될 경우 조사 착수”"),
    ("Lane closures on Harbour Bridge for resurfacing work - City of Harbourville",
     "Lane closures on Harbour Bridge for resurfacing work"),
])
def test_the_issuer_alone_after_a_dash_closing_the_title_is_the_pages_title_tail(title, headline):
    body = ("가온위는 가격 담합의 구체적 혐의가 포착될 경우 조사에 착수한다고 밝혔습니다.\n가격 담합 조사는 제보와 자료를 바탕으로 진행됩니다.\n"
            if headline.startswith("[") else
            "Lane closures on the Harbour Bridge will be in place for resurfacing work from Monday, the city said.\n\n"
            "Drivers should allow extra time for their journeys.\n")
    article = pr2news.convert(f"{title}\n\n{body}")
    assert article.headline == headline


def test_a_post_and_an_honoured_name_alone_under_the_title_is_a_caption_not_a_subtitle():
    text = ("Harbour Islands: COVID-19 Update for Friday, 5 June 2026 – 3 new positives\n\n"
            "Premier, Hon. Jane Doe\n\n"
            "Out of 512 test results today, three are positive and all three are in isolation.\n\n"
            "· The Harbour Islands have now conducted 10,200 tests.\n\n"
            "Harbour Town (GIS) – At the COVID-19 press conference today the Premier announced that outdoor "
            "restaurants may reopen from Monday.\n\n"
            "This includes outdoor bar and restaurant operations across the islands.\n")
    article = pr2news.convert(text)
    assert "Premier, Hon. Jane Doe" not in article.highlights
    assert "Premier, Hon. Jane Doe" in article.stripped


def test_a_korean_title_speaking_to_its_reader_over_a_plainer_line_is_the_headline():
    text = ("2026-04-26 14:01 (일)\n예술 공연ㆍ작품 펼칠 장소 빌려줘요\n예술 공연ㆍ작품 펼칠 장소 빌려줘요\n• 김하늘 기자\n"
            "• 승인 2026.03.11 19:38\n• 댓글 0\n이 기사를 공유합니다\n가온문화재단 하반기 대관\n가온아트홀 등 3곳 접수\n"
            "가온문화재단이 전국의 예술단체와 개인에게 가온아트홀 등 3곳의 하반기 대관 신청을 받는다.\n"
            "대관 신청은 재단 누리집에서 이달 말까지 접수한다.\n")
    article = pr2news.convert(text)
    assert article.headline == "예술 공연ㆍ작품 펼칠 장소 빌려줘요"
    assert article.highlights == ("가온문화재단 하반기 대관", "가온아트홀 등 3곳 접수")


def test_a_boards_title_over_its_office_and_phone_fields_is_not_part_of_the_signature():
    text = ("본문 바로가기\n글자 굵게글자 크게글자 작게인쇄\n\n보도자료\n\n가온도, 부대변인제 서울권역까지 확대… 4인 체제 가동\n"
            "부서명\n대변인\n전화번호\n054-880-4325\n \n \n작성자\n김하늘\n작성일\n2026-02-22 21:05:01\n조회수\n222\n"
            "- 지난해 3월 지자체 최초로 3개 권역 소통강화 위해 부대변인제 시행-\n"
            "- 서울권역에서 활동할 부대변인은 서울본부 사무관 지정\n"
            "가온도는 지난해 3월 지자체 최초로 3개 권역에 부대변인을 둔 데 이어 서울권역에도 부대변인을 두어 4인 체제로 "
            "확대 운영한다고 22일 밝혔다.\n"
            "서울권역에서 활동할 부대변인은 서울본부 사무관이 맡아 수도권에 도정 소식을 전한다.\n")
    article = pr2news.convert(text)
    assert article.headline == "가온도, 부대변인제 서울권역까지 확대… 4인 체제 가동"
    assert article.contacts and "가온도" not in article.contacts[0].text


def test_a_subtitle_printed_twice_in_a_row_is_one_subtitle():
    text = ("가온 평화공원에서 열리는 다채로운 관광사진 전시\n- 관광공사, ‘그리움의 풍경’ 관광사진 전시회 개최\n"
            "- 관광공사, ‘그리움의 풍경’ 관광사진 전시회 개최\n"
            "가온관광공사는 가온시와 함께 평화공원에서 관광사진 특별전시회를 연다고 밝혔다.\n"
            "전시는 다음 달 말까지 이어진다.\n")
    article = pr2news.convert(text)
    assert article.highlights == ("관광공사, ‘그리움의 풍경’ 관광사진 전시회 개최",)


def test_whose_release_a_repost_carries_before_its_dash_leaves_the_lead_but_the_place_stays():
    text = ("Agency issues 12 penalties in March for environmental violations\n\n"
            "EPD release – Statewide, Ore. – The Harbour State Environmental Protection Department issued 12 penalties "
            "totalling $300,000 in March for violations across the state.\n\n"
            "Penalties ranged from $2,000 to $90,000.\n")
    article = pr2news.convert(text)
    assert article.body[0].text.startswith("Statewide, Ore. – The Harbour State Environmental Protection Department")
    assert "EPD release" not in article.body[0].text


def test_a_caption_in_a_tables_one_cell_under_the_title_is_no_subtitle():
    text = ("가온군 가온면, 제3회 가온마실축제 홍보 집중\n"
            "| ▲가온면 직원들이 가온IC에서 홍보 전단지를 배포하고 있다. |\n"
            "가온군 가온면 직원들이 제3회 가온마실축제 성공 개최를 위한 홍보 활동에 나섰다.\n"
            "직원들은 가온IC에서 방문객에게 축제 일정을 알리는 전단지를 나눠줬다.\n")
    article = pr2news.convert(text)
    assert article.highlights == ()
    assert article.body[0].text.startswith("가온군 가온면 직원들이")


def test_a_skip_links_menu_row_and_an_archive_notice_are_chrome():
    text = ("skip navigation , health centers and clinics , search , accessibility , contact us\n"
            "Harbour County Health Services\n"
            "Press Release\n"
            "Health officials to ask the Board to declare a flu vaccine emergency\n"
            "For release October 11, 2026\n"
            "Contact: Jane Roe,\nDirector of Communicable Disease Programs, 555-313-6740\n"
            "Media Advisory\n"
            "Archive This press release is from 2026 and may contain information that is no longer accurate.\n"
            "What\n"
            "Health officials will ask the Board of Supervisors to declare a local health emergency over the shortage "
            "of flu vaccine.\n"
            "When\n"
            "The Board meeting begins at 10 a.m. Tuesday, October 12.\n")
    article = pr2news.convert(text)
    assert article.headline == "Health officials to ask the Board to declare a flu vaccine emergency"
    body = " ".join(block.text for block in article.body)
    assert "Health officials will ask the Board of Supervisors" in body and "Archive This" not in body


def test_an_angled_line_under_a_photos_credit_is_its_caption_not_a_subtitle():
    text = ("가온도서관, 시설 점검 위해 이달 말까지 임시 휴관\n가온도서관 전경 © 가온뉴스1\n"
            "<가온도서관 전경 사진 속 열람실 모습 점검>\n"
            "(가온=가온뉴스1) 김하늘 기자 = 가온도서관이 시설 점검을 위해 이달 말까지 임시 휴관한다고 밝혔다.\n"
            "도서관은 열람실과 자료실의 냉난방 설비를 점검하고 보수할 계획이다.\n")
    article = pr2news.convert(text)
    assert article.highlights == ()


@pytest.mark.parametrize("caption", [
    "가온구의회 기자실에서 2주년 기자간담회를 진행하는 가온구청장 모습",
    "가온노동청에서 가온시가 일자리대상 ‘우수상’을 수상하고 기념사진을 찍고 있다.",
])
def test_a_korean_line_saying_what_a_photo_shows_is_a_caption_inside_the_text(caption):
    text = ("가온구청장, 취임 2주년 맞아 기자간담회\n"
            "가온구청장이 17일 구의회 기자실에서 취임 2주년 기자간담회를 열고 남은 2년의 구정 방향을 발표했다.\n"
            f"{caption}\n"
            "구청장은 “지난 2년간 쉼 없이 달려왔다”며 “남은 2년도 구민과 함께하겠다”고 말했다.\n")
    article = pr2news.convert(text)
    assert caption not in " ".join(block.text for block in article.body)
    assert caption in article.stripped


@pytest.mark.parametrize("pitch", [
    "Subscribe or register today to discover more from HarbourLive.ie",
    "Buy the e-paper of the Harbour Democrat, Harbour People's Press and Harbour Post here for instant access to "
    "Harbour's premier news titles.",
    "Watch more of our videos on Harbour TV!",
])
def test_a_news_sites_pitch_between_paragraphs_is_chrome(pitch):
    text = ("Detours in place as road resurfacing takes place in Harbour\n\n"
            "Road resurfacing works will take place on the Harbour Road from Monday, the council has said.\n\n"
            f"{pitch}\n\n"
            "Detours will be in place and motorists are asked to allow extra time for their journeys.\n")
    article = pr2news.convert(text)
    assert pitch not in " ".join(block.text for block in article.body)
    assert article.body[-1].text.startswith("Detours will be in place")


@pytest.mark.parametrize("lang, furniture", [
    ("en", "Follow us on Google News"), ("en", "Join our WhatsApp channel"), ("en", "Download our app"),
    ("en", "Comments are closed."), ("en", "Open image in gallery"), ("en", "Click to enlarge"),
    ("en", "Subscribe to continue reading"), ("en", "Scroll to continue with content"),
    ("ko", "네이버 구독"), ("ko", "카카오톡 채널 추가"), ("ko", "AI 요약"), ("ko", "기사 원문 보기"),
    ("ko", "지면보기"), ("ko", "이미지 확대보기"), ("ko", "제보는 카카오톡 가온일보"), ("en", "Newsletter sign-up"),
    ("en", "Advertisement - scroll to continue"), ("en", "Translate this page"), ("en", "Media centre"), ("en", "Page ID: 1234"),
    ("ko", "콘텐츠 만족도"), ("ko", "이메일무단수집거부"),
])
def test_a_sites_furniture_between_two_paragraphs_is_chrome_and_the_text_goes_on(lang, furniture):
    if lang == "en":
        text = ("Harbour City opens new riverside park\n\n"
                "The City of Harbour opened its new riverside park on Saturday, the mayor said.\n\n"
                f"{furniture}\n\nThe park has a playground, a boat ramp and two kilometres of walking paths.\n")
    else:
        text = ("가온시, 강변 공원 새로 연다\n가온시는 강변 공원을 새로 조성해 오는 토요일 문을 연다고 밝혔다.\n"
                f"{furniture}\n공원에는 놀이터와 산책로 2km가 조성됐다.\n")
    article = pr2news.convert(text)
    assert furniture in article.stripped
    assert article.body[-1].text.startswith(("The park", "공원에는"))


@pytest.mark.parametrize("lang, header, after", [
    ("en", "Your email address will not be published. Required fields are marked *", "Comment * Name * Email * Website"),
    ("ko", "실시간 인기기사", "가온구는 겨울철 한파에 대비해 취약계층 보호 종합대책을 추진한다고 밝혔다."),
])
def test_a_comment_forms_notice_and_a_ranking_list_header_end_the_article(lang, header, after):
    if lang == "en":
        text = ("Harbour City opens new riverside park\n\nThe City of Harbour opened its new riverside park on Saturday, "
                "the mayor said.\n\nThe park has a playground, a boat ramp and two kilometres of walking paths.\n\n"
                f"{header}\n\n{after}\n")
    else:
        text = ("가온시, 강변 공원 새로 연다\n가온시는 강변 공원을 새로 조성해 오는 토요일 문을 연다고 밝혔다.\n"
                f"공원에는 놀이터와 산책로 2km가 조성됐다.\n{header}\n{after}\n")
    article = pr2news.convert(text)
    assert article.body[-1].text.startswith(("The park", "공원에는"))
    assert header in article.stripped and after in article.stripped


def test_a_breadcrumb_run_into_the_title_leaves_the_headline():
    text = ("You are here: Home » News » Swan returned to the river after a busy week\n\n"
            "A swan that wandered onto a city street has been returned to the river by officers, the police said.\n\n"
            "Officers thanked the members of the public who kept the bird safe until help arrived.\n")
    article = pr2news.convert(text)
    assert article.headline == "Swan returned to the river after a busy week"
    assert "You are here: Home » News »" in article.stripped
    # a title comparing two things with a chevron keeps it: one step is no trail
    kept = pr2news.convert("Safety » Speed: the council's new plan for Harbour Road\n\n"
                           "The council has put safety before speed in its new plan for Harbour Road, it said.\n")
    assert kept.headline.startswith("Safety » Speed")


def test_an_incidents_fields_are_the_form_around_it_not_the_text_a_title_is_compared_with():
    # Date:, Time:, Location: of an incident are not the text a title is compared with (WHO/WHAT/WHERE of an
    # advisory are): the office named in the location is no headline
    text = ("PRESS RELEASE\nPolice Headquarters\nWitness Appeal\n"
            "Date: Monday, March 2, 2026\nTime: 9:30 pm\nLocation: Police Headquarters car park, Prospect\n"
            "Police are appealing for witnesses to a collision on Monday night involving a police car and a motorcycle.\n"
            "Anyone who saw the collision is asked to call the Traffic Unit on 555-2100.\n")
    assert pr2news.convert(text).headline == "Witness Appeal"


def test_a_notices_two_word_title_over_the_press_office_is_no_persons_name_in_a_signature():
    text = ("PRESS RELEASE\nWitness Appeal\nMedia Relations\nTel: (441) 555-2000\nFax: (441) 555-2001\n"
            "Date: Tuesday, March 3, 2026\nTime: 10:00 am\nTo: All Media\n"
            "Police have issued a witness appeal after a collision on Harbour Road on Monday night involving a police "
            "car and a motorcycle.\n"
            "Any witness who saw the collision or has information is asked to call the Traffic Unit on 555-2100.\n")
    article = pr2news.convert(text)
    assert article.headline == "Witness Appeal"
    assert not any("Witness Appeal" in contact.text for contact in article.contacts)


def test_a_korean_title_run_into_its_lead_where_a_two_word_subject_is_named_again_is_cut_there():
    # a district named with its city (가온 북구): the subject is two words, named again with its particle
    text = ("가온 북구, 찾아가는 마을 건강버스 운영 가온 북구는 12일 북구청 광장에서 주민을 대상으로 ‘찾아가는 마을 "
            "건강버스’를 운영하며 주민 건강 관리에 나섰다. 이번 행사에는 보건소와 약사회가 함께했다.\n"
            "북구청장은 현장에서 부스를 돌아보며 주민들을 격려했다.\n"
            "구는 하반기에도 건강버스를 이어서 운영할 계획이다.\n")
    article = pr2news.convert(text)
    assert article.headline == "가온 북구, 찾아가는 마을 건강버스 운영"
    assert article.body[0].text.startswith("가온 북구는 12일 북구청 광장에서")


def test_a_news_flash_pages_notice_that_its_item_was_published_from_one_time_to_another_is_chrome():
    # an expired item's page: the site's notice over the title says when the item was shown; read as a one-line
    # text it left the title no text of its own to head
    text = ("News Flash Home\n\n"
            "The original item was published from 6/2/2026 9:15:00 AM to 6/2/2026 9:40:12 AM.\n\n"
            "News Flash\n\n"
            "Latest News and Updates\n\n"
            "Posted on: June 2, 2026\n\n"
            "[ARCHIVED] Lane Closure on Harbour Road\n\n"
            "Lane Closed Sign Graphic\n\n"
            "Harbour Road will be resurfaced on Wednesday June 3rd and possibly Thursday the 4th. Crews will close the "
            "eastbound lane between Elm Street and Pine Street, and drivers should follow the posted detour.\n\n"
            "Facebook Twitter Email\n\n"
            "Other News in Latest News and Updates\n")
    article = pr2news.convert(text)
    assert article.headline == "Lane Closure on Harbour Road"
    assert article.body[0].text.startswith("Harbour Road will be resurfaced")
    assert "The original item was published from 6/2/2026 9:15:00 AM to 6/2/2026 9:40:12 AM." in article.stripped
    assert article.highlights == ()  # the picture's alt text (what it shows, and the word Graphic) is no subtitle


def test_a_news_pages_scroll_bar_outlets_credit_and_credited_caption_under_the_title_leave_the_text_whole():
    # a caption's scene (… 모습) with the photo's © credit after it is a caption, not a copyright line closing the
    # page (with the comment count and the share prompt, it once ended the article before its text); the outlet
    # credit of a site with several names (가온오늘·가온ON= 기자) is a byline; the scroll bar's name is chrome
    text = ("가온관광공사, 산불 피해지역서 외국인 SNS 기자단 팸투어 실시\n"
            "스크롤 이동 상태바\n"
            "가온관광공사, 산불 피해지역서 외국인 SNS 기자단 팸투어 실시\n"
            "• 홍길동 기자\n"
            "• 승인 2026.05.01 11:15\n"
            "• 댓글 0\n"
            "이 기사를 공유합니다\n"
            "[가온오늘·가온ON= 홍길동 기자]\n"
            "지난달 28일 가온컨벤션센터에서 열린 가온관광공사 외국인 SNS 기자단 발대식 모습 ⓒ 가온관광공사\n"
            "가온관광공사는 오는 3일부터 4일까지 산불 피해지역에서 내·외국인 SNS 기자단이 참가하는 팸투어를 실시한다고 1일 밝혔다.\n"
            "가온관광공사는 산불로 피해를 입은 지역 관광산업 회복에 일조하고자 이번 팸투어를 마련했다.\n"
            "이에 공사는 오는 3일 도청과 함께 14개국 출신 외국인 기자단 출정식을 연다.\n"
            "이번 기자단은 주한 외국인과 유학생 등 42명과 대학생 기자단 20명으로 꾸려졌다.\n")
    article = pr2news.convert(text)
    assert article.headline == "가온관광공사, 산불 피해지역서 외국인 SNS 기자단 팸투어 실시"
    assert [block.text.split()[0] for block in article.body] == ["가온관광공사는", "가온관광공사는", "이에", "이번"]
    assert article.highlights == ()  # the page's scroll bar, named, is no subtitle
    assert "지난달 28일 가온컨벤션센터에서 열린 가온관광공사 외국인 SNS 기자단 발대식 모습 ⓒ 가온관광공사" in article.stripped


def test_a_browser_banner_and_a_skip_link_in_other_words_are_chrome_and_never_the_headline():
    text = ("Go to Main Content\n\n"
            "Your browser is not supported\n\n"
            "Our website does not support the browser you are using.\n\n"
            "For a better browsing experience update to a compatible browser.\n\n"
            "Harbour Bank announces new timetable for policy statements\n\n"
            "Harbour Bank today announced that its policy statements will be published at 2pm on the day of each "
            "decision, with a press conference an hour later.\n\n"
            "The new timetable takes effect from the next decision in March.\n")
    article = pr2news.convert(text)
    assert article.headline == "Harbour Bank announces new timetable for policy statements"
    assert article.highlights == ()
    assert article.body[0].text.startswith("Harbour Bank today announced")
    for line in ("Go to Main Content", "Your browser is not supported",
                 "Our website does not support the browser you are using."):
        assert line in article.stripped


def test_an_end_mark_with_its_day_after_a_slash_the_hour_issued_and_a_teleprinters_end_close_the_release():
    text = ("Statistics office releases schedule of statistical releases for 2027\n\n"
            "     The Statistics Office announced today (December 4) the schedule of its regular press releases on "
            "statistical data in 2027. The schedule, which covers 118 items, has been posted on the office's website "
            "to make the dates easy to find.\n\n"
            "     \"We keep working to shorten the time between the end of a period and the release of its figures. "
            "Most monthly statistics now come out within one month,\" a spokesman for the office said.\n\n"
            "     The press releases on the schedule will be issued at 4.30pm on the day of release and posted on the "
            "office's website shortly afterwards.\n\n"
            "     Enquiries on the schedule can be directed to the office at telephone number 2582 0000.\n\n"
            "Ends/Friday, December 4, 2026\n"
            "Issued at HKT 16:30\n")
    opening = ["The Statisti", '"We keep wor', "The press re", "Enquiries on"]
    article = pr2news.convert(text)
    assert [block.text[:12] for block in article.body] == opening
    assert article.stripped == ("Ends/Friday, December 4, 2026", "Issued at HKT 16:30")
    teleprinted = pr2news.convert(text.replace("Issued at HKT 16:30\n", "\nNNNN\n"))
    assert [block.text[:12] for block in teleprinted.body] == opening
    assert "NNNN" in teleprinted.stripped


def test_a_councils_newsletter_sign_up_under_the_release_is_chrome():
    text = ("Mayor welcomes new bus shelters for Harbour Road\n\n"
            "The Mayor has welcomed the installation of twelve new bus shelters along Harbour Road, paid for by the "
            "council's transport fund.\n\n"
            "The shelters have lighting, seating and real-time bus information.\n\n"
            "Stay up to date\n\n"
            "Sign-up for weekly news, events and important information.\n")
    article = pr2news.convert(text)
    assert [block.text[:12] for block in article.body] == ["The Mayor ha", "The shelters"]
    assert "Sign-up for weekly news, events and important information." in article.stripped


def test_a_boards_section_after_a_chevron_leaves_the_headline():
    # the browser's title of a board's post: the title, a chevron, the board's section
    text = ("가온구, 하절기 식중독 사고 ‘제로화’ 추진 > 한줄뉴스\n\n"
            "가온구는 여름철 식중독 사고를 막기 위해 이달부터 음식점 위생 점검에 나선다고 밝혔다.\n\n"
            "구는 점검과 함께 손 씻기 등 예방 수칙을 알리는 캠페인도 벌인다.\n")
    article = pr2news.convert(text)
    assert article.headline == "가온구, 하절기 식중독 사고 ‘제로화’ 추진"
    assert "> 한줄뉴스" in article.stripped


def test_an_officials_title_with_a_headline_verb_after_the_post_is_the_headline_not_the_issuing_official():
    text = ("Foreign Minister Briefs Ambassadors\n\n"
            "Foreign Minister Jane Doe briefed ambassadors from twenty countries on the government's plans for the "
            "coming year at a meeting in the capital on Monday.\n\n"
            "The briefing covered trade, tourism and the country's bid to host next year's regional summit.\n")
    article = pr2news.convert(text)
    assert article.headline == "Foreign Minister Briefs Ambassadors"
    assert article.byline is None


def test_a_shared_page_with_its_text_cut_short_and_the_writers_name_under_it_keeps_its_title():
    # a title, its text cut off with an ellipsis, the writer's name: one entry, the article - not a listing's
    # entry with the next story's title under it
    text = ("gaonnews.kr\n"
            "가온군보건소, 만65세 이상 폐렴구균 예방접종 실시\n"
            "가온군보건소(소장 홍길동)는 폐렴 고위험군 어르신 건강보호를 위해 기존 보건소에서만 시행하던 만65세 이상 "
            "폐렴구균 예방접종을 이달부터 지역 병의원에서도 받을 수 있도록 …\n"
            "김하늘\n")
    article = pr2news.convert(text)
    assert article.headline == "가온군보건소, 만65세 이상 폐렴구균 예방접종 실시"
    assert article.body[0].text.startswith("가온군보건소(소장 홍길동)는")


def test_a_subtitle_framed_by_tildes_loses_its_tildes():
    text = ("Mayor Announces Summer Concert Series in Harbour Park\n\n"
            "~ Local Bands to Open the Series on June 5 ~\n\n"
            "HARBOUR CITY – Mayor Jane Doe today announced the line-up of the summer concert series in Harbour Park, "
            "with free concerts every Friday evening from June to August.\n\n"
            "The series is paid for by local businesses and the city's arts fund.\n")
    article = pr2news.convert(text)
    assert article.highlights == ("Local Bands to Open the Series on June 5",)


def test_a_korean_photo_caption_in_the_progressive_above_the_credited_lead_is_no_summary():
    # the photo's caption (…하고 있다.) stands between the subtitle and the lead the outlet's credit opens
    text = ("가온군, 보건소 직영 정신건강복지센터 운영\n\n"
            "공공책임 강화로 군민 정신건강 안전망 구축\n\n"
            "홍길동 기자 hong@example.com\n"
            "2026년 01월 22일(목) 10:12\n"
            "센터 직원이 어르신들을 대상으로 우울증 예방교육을 하고 있다.\n"
            "[가온뉴스]가온군이 군민의 정신건강 증진을 위해 보건소 직영으로 정신건강복지센터를 운영하고 있다고 밝혔다.\n\n"
            "센터는 상담과 사례관리, 위기 개입을 함께 맡는다.\n")
    article = pr2news.convert(text)
    assert article.highlights == ("공공책임 강화로 군민 정신건강 안전망 구축",)
    assert "센터 직원이 어르신들을 대상으로 우울증 예방교육을 하고 있다." in article.stripped
    assert article.body[0].text.startswith("가온군이 군민의")


def test_a_korean_photo_story_whose_one_sentence_is_in_the_progressive_keeps_it_as_its_text():
    text = ("가온구청장, 주민들과 함께 ‘현장민원실’\n"
            "• 홍길동\n"
            "• 승인 2026.08.18 09:05\n\n"
            "가온구청장(가운데)이 지난 4일 시장 입구에서 현장민원실을 열고, 주민들과 동네 현안을 살펴보고 있다.\n")
    article = pr2news.convert(text)
    assert article.body[0].text.startswith("가온구청장(가운데)이 지난 4일")


def test_a_boards_table_caption_for_screen_readers_is_chrome():
    text = ("보도자료 글보기, 각항목은 제목, 작성자, 작성일, 조회수, 첨부파일, 내용으로 구분됨\n"
            "가온구, 작은도서관 리모델링 마치고 재개관\n"
            "작성자 홍보과 작성일 2026-02-25 조회수 120\n"
            "가온구는 구청 1층 작은도서관의 리모델링을 마치고 25일 다시 문을 열었다고 밝혔다.\n"
            "도서관은 열람석을 늘리고 어린이 코너를 새로 꾸몄다.\n")
    article = pr2news.convert(text)
    assert article.headline == "가온구, 작은도서관 리모델링 마치고 재개관"
    assert "보도자료 글보기, 각항목은 제목, 작성자, 작성일, 조회수, 첨부파일, 내용으로 구분됨" in article.stripped


def test_a_korean_title_broken_after_a_comma_takes_its_short_rest():
    # no title stops on a comma: the short sentence under it is the title's rest, not the lead
    text = ("가온선·나래선 급행열차 확대,\n"
            "수도권이 더 가까워진다.\n"
            "부서:광역철도과\n"
            "등록일:2026-07-07 08:30\n"
            "국토부는 출퇴근 시간대 급행열차 운행을 늘려 수도권 통근 시간을 줄이겠다고 7일 밝혔다.\n"
            "급행열차는 다음 달부터 하루 20회 더 운행된다.\n")
    article = pr2news.convert(text)
    assert article.headline == "가온선·나래선 급행열차 확대, 수도권이 더 가까워진다."


def test_a_distributors_disclaimer_after_the_text_is_not_the_article():
    text = ("Fifth Annual Tree Lighting Ceremony\n\n"
            "Join us on November 28th as we kick off the holiday season at the fifth annual tree lighting ceremony in "
            "Harbour Park.\n\n"
            "Come by to have your picture taken with Santa and enjoy hot chocolate and carols from the school choir.\n\n"
            "Then take a stroll to the City Hall, where you can pick up your free ornament while supplies last.\n\n"
            "City of Harbour published this content on October 31, 2026, and is solely responsible for the information "
            "contained herein. Distributed via Public Wire, unedited and unaltered, on 31 October 2026 15:38:11 UTC.\n")
    article = pr2news.convert(text)
    assert [block.text[:10] for block in article.body] == ["Join us on", "Come by to", "Then take "]


def test_a_korean_news_pages_comment_box_reuse_notice_and_picture_note_are_chrome():
    text = ("가온구, 정부 주관 도서관 공모사업 ‘3관왕’ 달성\n\n"
            "<이미지를 클릭하시면 크게 보실 수 있습니다>\n\n"
            "가온구는 문화체육관광부가 주관한 도서관 공모사업 세 곳에 모두 선정됐다고 3일 밝혔다.\n\n"
            "구는 국비 2억원을 확보해 작은도서관 프로그램을 늘릴 계획이다.\n\n"
            "기사를 사용하실 때는\n"
            "아래 고유 링크 주소를 출처로 사용해주세요.\n\n"
            "댓글 0건\n\n"
            "댓글 첫 댓글을 작성해보세요\n\n"
            "작은도서관 회원 및 SNS계정을 통해 댓글을 남기실 수 있습니다.\n")
    article = pr2news.convert(text)
    assert [block.text[:8] for block in article.body] == ["가온구는 문화체", "구는 국비 2억"]
    for line in ("<이미지를 클릭하시면 크게 보실 수 있습니다>", "아래 고유 링크 주소를 출처로 사용해주세요.", "댓글 0건",
                 "댓글 첫 댓글을 작성해보세요", "작은도서관 회원 및 SNS계정을 통해 댓글을 남기실 수 있습니다."):
        assert line in article.stripped


def test_a_wires_end_mark_with_the_releases_source_after_it_closes_the_text():
    text = ("가온부, 북한 미사일 발사 관련 24시간 경제 점검체계 가동\n\n"
            "가온부는 북한의 미사일 발사에 따라 24시간 경제 점검체계를 가동한다고 밝혔다.\n\n"
            "가온부는 수출입 동향과 금융시장 움직임을 매일 점검할 계획이다.\n\n"
            "(끝)출처 : 가온부 보도자료\n\n"
            "본 콘텐츠는 제공처의 보도자료입니다.\n")
    article = pr2news.convert(text)
    assert [block.text[:8] for block in article.body] == ["가온부는 북한의", "가온부는 수출입"]
    assert "(끝)출처 : 가온부 보도자료" in article.stripped


def test_a_boards_field_list_for_screen_readers_is_chrome():
    # 상세보기 - 제목,조회수,…,파일 정보 제공: the caption a board gives its post's table for screen readers
    text = ("우리가온\n공지사항\n"
            "닭고기, 오리고기 등은 조류인플루엔자로부터 안전합니다.\n"
            "상세보기 - 제목,조회수,담당부서,연락처,작성일,내용,파일 정보 제공\n"
            "제목 닭고기, 오리고기 등은 조류인플루엔자로부터 안전합니다.\n"
            "조회수 1156\n담당부서 위생과\n작성일 2026.01.27\n"
            "최근 국내에서 발생하고 있는 조류인플루엔자와 관련하여 시민 여러분께 알려드립니다.\n"
            "익힌 닭고기와 오리고기는 안심하고 드셔도 됩니다.\n")
    article = pr2news.convert(text)
    assert "상세보기 - 제목,조회수,담당부서,연락처,작성일,내용,파일 정보 제공" in article.stripped
    assert not any("상세보기" in block.text for block in article.body)


def test_a_page_whose_cues_outweigh_all_its_text_still_gives_its_text_as_the_article():
    # the rights line over a one-paragraph notice in lower case (no title, no sentence the decision would keep for
    # itself): the article is the text, not nothing (which made the file fail as "no press release")
    text = ("Copyright 2026 Harbour Council. All rights reserved.\n"
            "the council met on tuesday and agreed the budget for next year, with more money for roads and parks "
            "across the district.\n")
    article = pr2news.convert(text)
    assert [block.text[:30] for block in article.body] == ["the council met on tuesday and"]
    assert "Copyright 2026 Harbour Council. All rights reserved." in article.stripped


def test_an_outlets_credit_with_its_place_after_a_dash_opening_the_lead_leaves_the_text():
    text = ("나래군의회, 해외 연수 앞두고 사전 간담회\n\n"
            "[가온코리아-전남 나래] 나래군의회는 지난 2일 의원 간담회를 열고 해외 연수 일정과 과제를 논의했다고 밝혔다.\n\n"
            "의회는 연수 뒤 결과 보고서를 누리집에 공개할 계획이다.\n")
    article = pr2news.convert(text)
    assert article.body[0].text.startswith("나래군의회는 지난 2일")


def test_a_korean_pages_read_aloud_voice_buttons_are_chrome():
    # the read-aloud widget's choice of voice, under the title: no subtitle
    text = ("가온시의회, 의정소식지 편집위원 위촉\n\n"
            "  • 관리자 | 기사입력 2026/08/25 [11:34]\n"
            "  • 남자음성 여자음성\n\n"
            "가온시의회는 의정소식지 편집위원 7명을 위촉하고 첫 회의를 열었다고 밝혔다.\n"
            "편집위원은 2년 동안 소식지 기획과 편집에 참여한다.\n")
    article = pr2news.convert(text)
    assert article.highlights == ()
    assert "• 남자음성 여자음성" in article.stripped


def test_an_agencys_issued_at_stamp_and_an_archive_notice_in_other_words_are_not_the_text():
    text = ("Archived Content\n\n"
            "Please note that older content is archived for public record and may not reflect current policy.\n\n"
            "This page may contain information that is outdated and may no longer apply.\n\n"
            "Harbour Transit to detour buses for the marathon\n\n"
            "Harbour Transit will detour six bus routes on Sunday, April 12, while the city marathon is run.\n\n"
            "Riders should allow extra time and check the detour maps at bus stops.\n\n"
            "News release issued at 10:36 am, April 8, 2026.\n")
    article = pr2news.convert(text)
    assert article.headline == "Harbour Transit to detour buses for the marathon"
    assert [block.text[:12] for block in article.body] == ["Harbour Tran", "Riders shoul"]
    assert "News release issued at 10:36 am, April 8, 2026." in article.stripped


def test_a_korean_title_run_into_its_subtitle_opening_on_the_same_subject_is_cut_there():
    # a news page's row: the title, then the subtitle opening on the title's subject and a comma (and the date)
    for row in ("가온군의회 의정참여단 예산심사 방청 가온군의회, 참여단 제출 의견…의정활동에 반영 2026-12-03",
                "가온군의회 의정참여단 예산심사 방청 가온군의회, 참여단 제출 의견…의정활동에 반영"):
        text = (row + "\n"
                "홍길동 hong@example.com\n"
                "가온군의회는 제3기 의정참여단이 3일 예산안 심사를 방청했다고 밝혔다.\n"
                "참여단은 오는 11일까지 예산안 심사를 지켜보고 의견을 낸다.\n")
        article = pr2news.convert(text)
        assert article.headline == "가온군의회 의정참여단 예산심사 방청"
        assert article.highlights == ("가온군의회, 참여단 제출 의견…의정활동에 반영",)


def test_a_sentence_and_its_list_under_a_subtitle_open_the_body_not_a_second_summary():
    text = ("Harbour Transit News Release\n"
            "For immediate release: July 15, 2026\n"
            "Buses detour on Saturday, July 16\n"
            "Buses will reroute around two street festivals\n"
            "Harbour Transit will detour several routes on Saturday, July 16 for special events.\n"
            "• Route 14 will detour from 10 a.m. to 5 p.m. around Elm Street for the street fair.\n"
            "• Routes 2 and 6 will detour from 7 to 11 p.m. around the harbour for the fireworks.\n"
            "Riders can use the Next Bus service to find out when their bus will arrive at a stop.\n")
    article = pr2news.convert(text)
    assert article.highlights == ("Buses will reroute around two street festivals",)
    assert article.body[0].text.startswith("Harbour Transit will detour several routes")


def test_a_boards_department_field_without_its_colon_heads_the_contact_row_under_it():
    # 부서 (not 부서명) and the office right over 연락처: the contact's office; alone it stays the issuing office
    text = ("가온부, 참전명예수당 월 5만원 인상\n"
            "작성일 2026-02-05 조회 1,204\n"
            "부서 보훈정책과\n"
            "연락처 044-202-5471\n"
            "가온부는 올해 1월부터 참전명예수당을 월 5만원 인상해 지급한다고 밝혔다.\n"
            "위탁병원도 지난해보다 50곳 늘어 참전용사의 이용이 편리해졌다.\n")
    article = pr2news.convert(text)
    assert [(c.department, c.phones) for c in article.contacts] == [("보훈정책과", ("044-202-5471",))]
    assert article.byline is None


def test_a_posts_source_field_and_its_share_rows_alt_text_are_neither_headline_nor_subtitle():
    text = ("Harbour Lands and Old Port Corporation to merge\n"
            "Links to share article on facebook, twitter or through email\n"
            "Add current page to your quicklinks Add Printer-friendly version\n"
            "Source: Harbour Lands Company\n"
            "Location: Harbour City\n"
            "(November 29, 2026 – Harbour City) – Today the government announced that Harbour Lands Company and the "
            "Old Port Corporation will merge into one Crown corporation next year.\n"
            "The merger will let the two organisations share their planning and property teams.\n"
            "Please check out our Twitter and Facebook accounts for other announcements.\n")
    article = pr2news.convert(text)
    assert article.headline == "Harbour Lands and Old Port Corporation to merge"
    assert article.highlights == ()
    assert "Please check out our Twitter and Facebook accounts for other announcements." in article.stripped


def test_an_outlets_note_closed_by_its_editors_note_mark_is_not_the_release():
    text = ("[보도내용에 대한 가온부 입장(설명)]\n\n"
            "가온일보는 12일 가온부가 어획량 통계를 부풀렸다고 보도했다. 다음은 가온부 입장문 전문이다. <편집자 주>\n\n"
            "가온부는 어획량 통계를 국가승인통계 작성 기준에 따라 집계하고 있습니다.\n\n"
            "앞으로도 통계의 정확성을 높이기 위해 노력하겠습니다.\n")
    article = pr2news.convert(text)
    assert article.body[0].text.startswith("가온부는 어획량 통계를")
    assert not any("편집자 주" in block.text for block in article.body)


def test_a_korean_title_run_into_the_pages_widget_labels_is_cut_before_them():
    # the title, then (no break) the summary button, the share button and the text-size control's labels
    text = ("‘따뜻한 공공의료’ 가온의료원 새 표지석 제막식세 줄 요약이 뉴스 공유하기본문 글자 크기 조정\n"
            "(가온=가온뉴스) 홍길동 기자 = 가온의료원은 25일 원장과 임직원 등이 참석한 가운데 새 표지석 제막식을 열었다고 밝혔다.\n"
            "의료원은 1942년 처음 문을 연 뒤 지역 공공의료를 맡아 왔다.\n")
    article = pr2news.convert(text)
    assert article.headline == "‘따뜻한 공공의료’ 가온의료원 새 표지석 제막식"
    assert article.highlights == ()
    assert "세 줄 요약이 뉴스 공유하기본문 글자 크기 조정" in article.stripped


def test_a_row_of_glued_labels_alone_is_not_cut_into_two_rows():
    text = ("가온시, 여름철 물놀이 안전 점검\n"
            "화면축소 화면확대 인쇄하기 링크복사\n"
            "가온시는 여름철을 맞아 하천 물놀이 시설 안전 점검에 나선다고 밝혔다.\n"
            "점검은 이달 말까지 이어진다.\n")
    article = pr2news.convert(text)
    assert "화면축소 화면확대 인쇄하기 링크복사" in article.stripped


def test_an_images_file_name_alone_or_run_into_the_paragraph_under_it_is_not_the_text():
    text = ("Harbour City to work with the State on capital city reforms\n\n"
            "harbour_city_infrastructure_mapThe Harbour City Council has resolved to work with the State Government "
            "on reforms that create a stronger capital city for all residents.\n\n"
            "2026StateofCity\n\n"
            "The Lord Mayor said the partnership would speed up planning decisions in the city centre.\n")
    article = pr2news.convert(text)
    assert [block.text[:12] for block in article.body] == ["The Harbour ", "The Lord May"]
    assert "harbour_city_infrastructure_map" in article.stripped and "2026StateofCity" in article.stripped


def test_a_release_on_a_ministrys_board_of_answers_keeps_its_one_sentence_title():
    # the board's name (언론보도설명) says the post answers a report: its title may be one sentence (…습니다.)
    text = ("본문 바로가기\n"
            "언론보도설명\n"
            "가온부 - 사실은 이렇습니다 상세보기 - 제목, 작성자, 부서, 연락처, 작성일, 조회수, 내용, 첨부파일 정보 제공\n"
            "가온부는 참전용사 예우를 줄인 적이 없습니다.\n"
            "작성자 : 홍길동 작성일 : 조회 : 1,204\n"
            "부서 보훈정책과\n"
            "연락처 044-202-5471\n"
            "□ 가온일보는 12일자 기사에서 가온부가 참전용사 예우를 줄였다고 보도하였습니다.\n"
            "□ 그러나 가온부는 올해 참전명예수당을 월 5만원 인상하였으며, 의료 지원도 확대하였습니다.\n"
            "○ 참전명예수당은 올해 1월부터 인상된 금액으로 지급되고 있습니다.\n"
            "□ 앞으로도 가온부는 참전용사 예우를 강화해 나가겠습니다.\n")
    article = pr2news.convert(text)
    assert article.headline == "가온부는 참전용사 예우를 줄인 적이 없습니다."
    assert article.body[0].text.startswith("가온일보는 12일자 기사에서")
    assert [(c.department, c.phones) for c in article.contacts] == [("보훈정책과", ("044-202-5471",))]


def test_a_boards_header_contact_over_the_text_does_not_close_the_release():
    # 부서 / 연락처 among the board's header fields, one line (the title) above them and the answer below: the
    # header of the post, not the contact that closes a release - the text after it is the body
    text = ("본문 바로가기\n"
            "언론보도설명\n"
            "가온부 - 사실은 이렇습니다 상세보기 - 제목, 작성자, 부서, 연락처, 작성일, 조회수, 내용, 첨부파일 정보 제공\n"
            "가온부는 참전용사 예우를 줄인 적이 없습니다.\n"
            "작성자 : 홍길동 작성일 : 조회 : 1,204\n"
            "부서 보훈정책과\n"
            "연락처 044-202-5471\n"
            "가온부는 참전용사 예우를 줄인 적이 없습니다.\n"
            "* 가온일보 ‘참전용사 예우 뒷걸음’ 보도(2026.2.12.)\n"
            "□ 가온일보는 12일자 기사에서 가온부가 참전용사 예우를 줄였다고 보도하였습니다.\n"
            "□ 그러나 가온부는 올해 참전명예수당을 월 5만원 인상하였으며, 의료 지원도 확대하였습니다.\n"
            "○ 참전명예수당은 올해 1월부터 인상된 금액으로 지급되고 있습니다.\n"
            "□ 앞으로도 가온부는 참전용사 예우를 강화해 나가겠습니다.\n")
    article = pr2news.convert(text)
    assert [block.text[:12] for block in article.body] == [
        "가온일보는 12일자 기", "그러나 가온부는 올해 ", "참전명예수당은 올해 1", "앞으로도 가온부는 참전"]
    assert [(c.department, c.phones) for c in article.contacts] == [("보훈정책과", ("044-202-5471",))]


def test_a_name_under_the_title_that_the_text_never_uses_is_the_pages_credit():
    # the legislator's page prints her office and name under her statement's title, then the date and a topic
    # tag: her name made the line look relevant (the title holds it) but the text below never says it
    text = ("Statement From Assemblymember Maria Okafor-Lind On The Passage Of The Harbour Bill\n"
            "Assemblymember Okafor-Lind\n"
            "March 3, 2026\n"
            "-\n"
            "TOPIC:\n"
            "- Transportation\n"
            "“Today the Assembly kept its promise to the families who live along the harbour. The bill we passed "
            "this afternoon funds the sea wall, the ferry landing and the new pump stations.\n"
            "“I thank my colleagues on both sides of the aisle, and the residents who wrote, called and came to "
            "every hearing. Their patience has been rewarded.”\n")
    article = pr2news.convert(text)
    assert article.headline == "Statement From Assemblymember Maria Okafor-Lind On The Passage Of The Harbour Bill"
    assert article.body[0].text.startswith("“Today the Assembly kept its promise")
    assert "Assemblymember Okafor-Lind" in article.stripped
    assert lost_lines(text, article.to_dict()) == []


@pytest.mark.parametrize("notice", ["Please note javascript is required for full website functionality.",
                                    "JavaScript is disabled in your browser.",
                                    "You must enable JavaScript to use this site"])
def test_a_notice_that_the_page_needs_scripts_is_chrome_and_never_the_headline(notice):
    text = (f"{notice}\n\n"
            "Latest News\n\n"
            "12 March, 2026\n\n"
            "Ferry timetable changes for the school holidays\n\n"
            "The harbour ferry will run every half hour during the school holidays, the council said on Thursday.\n\n"
            "Extra services will leave the town wharf at 7am and 7.30am on weekdays.\n")
    article = pr2news.convert(text)
    assert article.headline == "Ferry timetable changes for the school holidays"
    assert article.body[0].text.startswith("The harbour ferry will run")
    assert notice in article.stripped


def test_a_korean_page_notice_that_it_needs_scripts_is_chrome():
    # under the title, where a subtitle would stand
    text = ("가온시, 여름방학 어린이 물놀이장 12곳 개장\n"
            "자바스크립트를 사용할 수 있도록 설정해 주세요.\n"
            "가온시는 여름방학을 맞아 다음 달 1일부터 어린이 물놀이장 12곳을 개장한다고 밝혔다.\n"
            "물놀이장은 오전 10시부터 오후 5시까지 운영되며, 이용료는 무료다.\n")
    article = pr2news.convert(text)
    assert article.headline == "가온시, 여름방학 어린이 물놀이장 12곳 개장"
    assert article.body[0].text.startswith("가온시는 여름방학을")
    assert article.highlights == ()
    assert "자바스크립트를 사용할 수 있도록 설정해 주세요." in article.stripped


def test_the_release_type_then_the_title_again_under_the_headline_is_the_letterhead_not_a_subtitle():
    text = ("ROUTE 9 BRIDGE CLOSED FOR REPAIRS, MILLBROOK COUNTY\n"
            "Tuesday, June 9, 2026 at 8:15:02 AM\n"
            "NEWS RELEASE ROUTE 9 BRIDGE CLOSURE Millbrook County June 9, 2026\n"
            "The state Department of Transportation advises the public that the Route 9 bridge over Cedar Creek is "
            "closed for emergency repairs until further notice.\n"
            "Motorists are advised to use Route 14 as a detour.\n")
    article = pr2news.convert(text)
    assert article.headline == "ROUTE 9 BRIDGE CLOSED FOR REPAIRS, MILLBROOK COUNTY"
    assert article.highlights == ()
    assert "NEWS RELEASE ROUTE 9 BRIDGE CLOSURE Millbrook County June 9, 2026" in article.stripped
    assert article.body[0].text.startswith("The state Department of Transportation advises")


@pytest.mark.parametrize("credit", ["Courtesy of the Millbrook Regional District:", "Submitted by the Town of Cedar Falls"])
def test_a_reposters_credit_over_the_copy_is_no_part_of_the_body(credit):
    text = ("Board Highlights - March 12 Meeting\n\n"
            f"{credit}\n\n"
            "Library Hours Extended\n\n"
            "At its March 12 meeting the board approved longer opening hours at the three branch libraries, "
            "starting in April.\n\n"
            "Water Main Renewal\n\n"
            "The board also awarded the contract for the renewal of the water main on Lake Road; the highlights of "
            "each meeting are posted the day after it.\n")
    article = pr2news.convert(text)
    assert article.headline == "Board Highlights - March 12 Meeting"
    assert credit in article.stripped
    assert any(block.text.startswith("At its March 12 meeting") for block in article.body)


def test_an_image_caption_and_its_number_run_into_the_first_paragraph_are_cut_off_it():
    text = ("Barn fire near Millbrook\n\n"
            "Check your heaters 3Millbrook Fire and Rescue Service were called to a barn fire on Mill Lane at 6:40am "
            "on Sunday 8 March 2026.\n\n"
            "Two fire engines attended and the fire was out within the hour. Nobody was hurt.\n")
    article = pr2news.convert(text)
    assert article.headline == "Barn fire near Millbrook"
    assert article.body[0].text.startswith("Millbrook Fire and Rescue Service were called")
    assert "Check your heaters 3" in article.stripped
    assert lost_lines(text, article.to_dict()) == []


def test_the_issuers_signature_with_its_city_and_date_ends_the_release_above_the_next_one():
    # a ministry's page of releases: the first signed off by the ministry, the city and the date, then the next
    # release's title and text
    text = ("News\n\n"
            "Statement on the ferry accident off the northern coast\n\n"
            "The Government has taken note of the accident involving a passenger ferry off the northern coast on "
            "Tuesday evening, and extends its condolences to the families of those who lost their lives.\n\n"
            "Rescue teams from the Navy and the Coast Guard have been working through the night, and all survivors "
            "have been brought ashore and taken to the district hospital.\n\n"
            "Ministry of Transport\n\n"
            "Portvale\n\n"
            "12 March 2026\n\n"
            "Minister visits survivors of the ferry accident\n\n"
            "DSC_0412\n\n"
            "The Minister of Transport visited the survivors of the ferry accident at the district hospital on "
            "Wednesday, and thanked the Navy and the Coast Guard for their work through the night.\n\n"
            "The Minister told the families that the Government will bear the cost of their treatment.\n")
    article = pr2news.convert(text)
    assert article.headline == "Statement on the ferry accident off the northern coast"
    assert article.body[-1].text.startswith("Rescue teams from the Navy")
    for line in ("Ministry of Transport", "Minister visits survivors of the ferry accident"):
        assert line in article.stripped


@pytest.mark.parametrize("notice", ["*재판매 및 DB 금지", "(재판매 및 DB 금지)"])
def test_a_wire_photos_caption_closed_by_its_resale_notice_is_no_summary(notice):
    text = ("가온박물관 홍보대사에 배우 한결\n"
            "2026.04.09\n"
            f"가온박물관은 9일 배우 한결을 홍보대사로 위촉했다. {notice}\n"
            "[가온=한빛뉴스] 홍길동 기자 = 가온박물관은 배우 한결을 열 번째 홍보대사로 위촉했다고 9일 밝혔다.\n"
            "한결 홍보대사는 앞으로 2년 동안 박물관의 전시와 교육 프로그램을 알리는 활동을 한다.\n")
    article = pr2news.convert(text)
    assert article.highlights == ()
    assert f"가온박물관은 9일 배우 한결을 홍보대사로 위촉했다. {notice}" in article.stripped
    assert article.body[0].text.startswith("가온박물관은 배우 한결을")


def test_a_blogs_template_text_and_its_line_about_the_post_are_chrome():
    # a blog's sample slides never filled in above the post; WordPress's line about the post under it
    text = ("This is default featured slide 1 title\n\n"
            "Go to Blogger edit html and find these sentences.Now replace these sentences with your own descriptions.\n\n"
            "This is default featured slide 2 title\n\n"
            "Go to Blogger edit html and find these sentences.Now replace these sentences with your own descriptions.\n\n"
            "Water main repairs on Elm Street finished early\n\n"
            "Crews from the Water District finished the repairs on the Elm Street main on Thursday, two days ahead "
            "of schedule, and water service has been restored to all homes on the street.\n\n"
            "Residents who notice discoloured water should run their cold taps for a few minutes.\n\n"
            "This entry was posted in Uncategorized. Bookmark the permalink.\n\n"
            "Click here to read the full story.\n")
    article = pr2news.convert(text)
    assert article.headline == "Water main repairs on Elm Street finished early"
    assert [block.text[:20] for block in article.body] == ["Crews from the Water", "Residents who notice"]
    for line in ("This is default featured slide 1 title", "This entry was posted in Uncategorized. Bookmark the permalink.",
                 "Click here to read the full story."):
        assert line in article.stripped


def test_a_caption_closed_by_its_photographers_credit_without_a_colon_is_no_subtitle():
    text = ("Harbour swim returns after five years\n\n"
            "Swimmers set off from the slipway at Cove Strand on Sunday morning. Picture Ann Doyle\n\n"
            "More than 300 swimmers took part in the harbour swim on Sunday, the first since 2021, the organisers "
            "said.\n\n"
            "The event raised funds for the local lifeboat station.\n")
    article = pr2news.convert(text)
    assert article.highlights == ()
    assert "Swimmers set off from the slipway at Cove Strand on Sunday morning. Picture Ann Doyle" in article.stripped
    assert article.body[0].text.startswith("More than 300 swimmers")


def test_a_listing_whose_entries_each_close_on_the_same_dated_credit_ends_after_the_first_entry():
    # a reporter's page of stories: title, teaser, then the same date and name under each
    text = ("• 가온군, 지방자치경영대전에서 장관상 수상\n\n"
            "가온군은 지난 23일 열린 ‘제21회 지방자치경영대전’에서 지역경제 분야 장관상을 받았다고 24일 밝혔다.\n\n"
            "2026-09-24 홍길동 기자\n"
            "• 나래군, 독립운동가 기념비 제막\n\n"
            "독립운동가 기념비 제막식이 23일 나래초등학교에서 열렸다.\n\n"
            "2026-09-24 홍길동 기자\n"
            "• 다온군, 광복 기념 태극기 교육\n\n"
            "다온군은 광복 81주년을 맞아 지역 아동들과 태극기 교육을 했다.\n\n"
            "2026-09-24 홍길동 기자\n")
    article = pr2news.convert(text)
    assert article.headline == "가온군, 지방자치경영대전에서 장관상 수상"
    assert len(article.body) == 1 and article.body[0].text.startswith("가온군은 지난 23일 열린")
    assert "• 나래군, 독립운동가 기념비 제막" in article.stripped
    assert lost_lines(text, article.to_dict()) == []


def test_a_boards_entry_title_over_the_release_worded_its_own_way_gives_way_to_the_releases_title():
    # a trade board's entry title (issuer and date in front, words shortened) over the release, which opens with
    # its own title, its subtitle framed by dashes and its summary
    text = ("가온부(2026.5.31)- 2030년까지 일회용컵 사용량 절반으로 줄인다\n"
            "본문\n"
            "정부, 2030년까지 일회용컵 사용량 절반으로 줄인다\n"
            "- 생산부터 회수까지 단계별 종합 개선대책 마련 -\n"
            "◇(생산) 2027년까지 다회용컵 전환 지원, 재질 표준화\n"
            "◇(회수) 컵보증금 전국 확대, 회수기 설치 지원\n"
            "□ 2030년까지 일회용컵 사용량을 절반으로 줄이기 위한 종합대책이 추진된다.\n"
            "□ 정부는 31일 국정현안점검조정회의에서 관계부처 합동으로 ‘일회용컵 감량 종합대책’을 논의하였다.\n")
    article = pr2news.convert(text)
    assert article.headline == "정부, 2030년까지 일회용컵 사용량 절반으로 줄인다"
    assert article.highlights[0] == "생산부터 회수까지 단계별 종합 개선대책 마련"
    assert article.body[0].text.startswith("2030년까지 일회용컵 사용량을")
    assert "가온부(2026.5.31)- 2030년까지 일회용컵 사용량 절반으로 줄인다" in article.stripped


def test_a_policy_rating_widget_under_the_title_is_no_subtitle():
    text = ("가온대로 지하화 추진 ‘사실 아니다’\n\n"
            "가온부의 정책을 평가해주세요. 0점(0명 참여)\n\n"
            "가온부는 16일자 가온일보 <가온대로 지하화 추진> 기사에 대해 지하화는 검토한 바 없다고 밝혔다.\n\n"
            "가온부는 “도심 교통난 해소를 위한 여러 방안을 연구하고 있을 뿐”이라고 설명했다.\n")
    article = pr2news.convert(text)
    assert article.highlights == ()
    assert "가온부의 정책을 평가해주세요. 0점(0명 참여)" in article.stripped
    assert article.body[0].text.startswith("가온부는 16일자")


def test_a_dash_alone_under_the_title_is_no_second_line_of_it():
    # a board's post hard-wrapped narrow, the title filling the width: the empty field's dash under it is no rest
    text = ("가온선관위, 제9대 의원선거 관리 대책회의 개최\n"
            "-\n"
            "작성자\n"
            "공보담당관실\n"
            "등록일\n"
            "2026-01-10\n"
            "가온선거관리위원회는 1월 11일(금) 10시부터 중앙 및 전국의 시·도선관위 간부가 참석한 가운데 가온 선관위 청사 "
            "대회의실(301호)에서 제9대 의원선거 관리 대책회의를 개최한다.\n"
            "가온선관위 사무총장과 실·국장 등 간부를 비롯하여 전국 16개 시·도상임위원 및 사무국장 등이 참석하는 이번 "
            "회의에서는 4월 9일 실시될 의원선거의 관리 대책을 논의한다.\n"
            "<제9대 의원선거 관리 대책회의 개최안내>\n"
            "○ 일 시 : 2026. 1. 11(금) 10:00~\n"
            "○ 장 소 : 가온선관위 청사 3층 대회의실\n"
            "○ 참석대상 :\n"
            "- 가온선관위 사무총장, 실·국장 등 간부 전원\n"
            "- 시·도선관위 상임위원, 사무국장 및 과장\n"
            "○ 회의내용 :\n"
            "- 투표소 점검과 개표 준비 상황 보고 및 점검\n"
            "- 공정선거 지원단 운영 계획 논의 및 의결\n"
            "- 선거법 위반행위 예방 단속 대책 보고\n")
    article = pr2news.convert(text)
    assert article.headline == "가온선관위, 제9대 의원선거 관리 대책회의 개최"


def test_for_information_heads_a_contact_and_a_linked_files_size_is_chrome():
    text = ("Police charge officer with harassment\n\n"
            "The Harbour Police Service has charged one of its officers with criminal harassment following an "
            "investigation by its professional standards section.\n\n"
            "[PDF, 99kb]\n\n"
            "- 30 -\n\n"
            "For information:\n"
            "Media Relations Section\n"
            "Tel: 613-555-0122, ext. 5366\n")
    article = pr2news.convert(text)
    assert [(c.team, list(c.phones)) for c in article.contacts] == [
        ("Media Relations Section", ["613-555-0122, ext. 5366"])]
    assert "[PDF, 99kb]" in article.stripped and all("PDF" not in b.text for b in article.body)


def test_a_photo_releases_one_caption_is_its_text():
    # a photo release: the title, one caption that tells what happened (with the office's credit), the page's tail
    text = ("가온도지사 권한대행, 거북선축제 개막식 참석\n"
            "홍길동 가온도지사 권한대행과 나래시장 등이 지난 4일 나래 해양공원에서 열린 거북선축제 개막식에 참석해 "
            "출정식을 하고 있다. /가온도 제공\n"
            "저작권자 © 가온일보 무단전재 및 재배포 금지\n")
    article = pr2news.convert(text)
    assert article.headline == "가온도지사 권한대행, 거북선축제 개막식 참석"
    assert [block.text[:12] for block in article.body] == ["홍길동 가온도지사 권한"]


def test_a_korean_title_in_one_sentence_over_the_pages_date_is_the_headline():
    text = ("메뉴\n\n"
            "가온공사 나래지사, 지역주민의 든든한 동반자가 되겠습니다.\n\n"
            "기사입력 : 2026-08-10 19:33:25\n\n"
            "가온공사 나래지사는 지난 9일 나래군 유산마을 회관을 방문해 무더위에 지친 어르신들을 위로하고 지역 현안을 "
            "논의했다고 10일 밝혔다.\n\n"
            "유산마을은 지난해 도농교류 확대를 위한 마을 만들기 운동으로 나래지사와 인연을 맺은 마을이다.\n")
    article = pr2news.convert(text)
    assert article.headline == "가온공사 나래지사, 지역주민의 든든한 동반자가 되겠습니다."
    assert article.body[0].text.startswith("가온공사 나래지사는 지난 9일")


def test_a_broadcasters_tip_line_run_into_a_flattened_report_is_cut_off_as_chrome():
    text = ("경찰, 연말연시 음주운전 특별단속\n\n"
            "경찰, 연말연시 음주운전 특별단속 경찰이 오늘부터 내년 1월말까지 연말연시 음주운전 특별단속을 실시합니다 "
            "지난해에는 밤 10시부터 새벽 6시까지 사고가 전체의 절반을 차지했습니다 가온뉴스TV : 02-555-4441(제보) "
            "4409(기사문의), 카톡/라인 gaon23 (끝)\n")
    article = pr2news.convert(text)
    assert all("(제보)" not in block.text for block in article.body)
    assert any(line.startswith("가온뉴스TV : 02-555-4441(제보)") for line in article.stripped)


def test_comments_closed_with_trackbacks_open_is_chrome():
    text = ("Mayor answers rumours about the police department\n\n"
            "The mayor said on Monday that the police department will not be disbanded and that no officer will "
            "lose their job.\n\n"
            "Comments are closed, but trackbacks and pingbacks are open.\n")
    article = pr2news.convert(text)
    assert "Comments are closed, but trackbacks and pingbacks are open." in article.stripped


def test_a_korean_title_and_its_subtitle_on_one_line_with_a_dash_between_are_cut_apart():
    text = ("기사 메일전송\n"
            "가온경찰서 수사관, 보이스피싱 예방 위해 거리 캠페인 나서 - 공무원, 금융기관을 사칭해 계좌이체를 요구하면 100% 보이스피싱\n"
            "기사등록 2026-05-13 20:44:14\n"
            "가온경찰서 수사관들은 13일 가온역 앞 광장에서 시민들에게 보이스피싱 예방 전단지를 나눠주며 거리 캠페인을 펼쳤다.\n"
            "이날 캠페인에서 수사관들은 최근 늘어난 수법을 사례별로 소개했다.\n")
    article = pr2news.convert(text)
    assert article.headline == "가온경찰서 수사관, 보이스피싱 예방 위해 거리 캠페인 나서"
    assert article.highlights == ("공무원, 금융기관을 사칭해 계좌이체를 요구하면 100% 보이스피싱",)
    assert article.body[0].text.startswith("가온경찰서 수사관들은 13일")


@pytest.mark.parametrize("title", ["가온시 - 나래시 상생협력 협약 체결",           # two parties, one title
                                   "2026 가온 국제영화제 - 개막작 상영 안내"])     # no subtitle of its own length
def test_a_dash_inside_a_korean_title_does_not_cut_it(title):
    text = (f"{title}\n"
            "가온시와 나래시는 12일 가온시청에서 상생협력 협약을 체결하고 교통과 관광 분야에서 협력하기로 했다고 밝혔다.\n"
            "두 시는 앞으로 공동 관광상품을 개발하고 시내버스 노선을 잇는 방안을 함께 찾기로 했다.\n")
    assert pr2news.convert(text).headline == title


def test_a_long_title_printed_again_over_the_release_is_the_headline_and_its_source_line_no_end():
    title = ("Union Minister of Ports Shri Arjun Mehta inaugurates the new passenger terminal at Portvale, lays the "
             "foundation stone for the fishing harbour and opens the coastal training centre in Harbour District")
    text = (f"{title}\n\n"
            "Source: Government of Portland\n\n"
            f"{title}\n\n"
            "The Minister said the new terminal will handle two million passengers a year when it is fully open, and "
            "that the fishing harbour will give the district's boats a safe berth in every season.\n\n"
            "The coastal training centre will train five hundred young people a year in seamanship, engine repair "
            "and safety at sea, the Minister added.\n")
    article = pr2news.convert(text)
    assert article.headline == title
    assert [block.text[:24] for block in article.body] == ["The Minister said the ne", "The coastal training cen"]
    assert "Source: Government of Portland" in article.stripped


def test_a_title_in_capitals_run_into_a_flattened_pages_text_is_cut_off_it():
    text = ("FOR IMMEDIATE RELEASE |\n"
            "Contact: Dana Whitlock (609) 555-1795 |\n"
            "NINE MORE CHARGED IN PARKS CRACKDOWN ON ILLEGAL DUMPING (14/P127) PORTVALE – The Department of Parks "
            "said on Monday that its campaign against illegal dumping in state parks has led to nine more charges, all "
            "for leaving building debris in protected natural areas. The campaign began in late March.\n"
            "Two of those charged pleaded guilty and were each fined $1,500.\n")
    article = pr2news.convert(text)
    assert article.headline == "NINE MORE CHARGED IN PARKS CRACKDOWN ON ILLEGAL DUMPING"
    assert article.body[0].text.startswith("PORTVALE – The Department of Parks said on Monday")
    assert "(14/P127)" in article.stripped


def test_a_paragraph_opening_on_a_name_in_capitals_is_not_cut():
    text = ("Health department opens three new clinics\n\n"
            "NEW YORK CITY DEPARTMENT OF HEALTH announced today that three new clinics will open in Queens and the "
            "Bronx this spring, each with evening hours for working families and a pharmacy on site.\n\n"
            "The clinics will offer vaccinations, check-ups and dental care.\n")
    article = pr2news.convert(text)
    assert article.body[0].text.startswith("NEW YORK CITY DEPARTMENT OF HEALTH announced today")


def test_a_korean_title_with_its_reporter_and_address_on_one_line_is_cut_apart():
    text = ("가온군, 11개 읍·면서 새해농업인실용교육 실시 홍길동 기자 gildong@gaonnews.kr |\n"
            "2026년 01월 11일(목) 10:41 |\n"
            "|\n"
            "이번 교육은 지역 특성에 맞는 핵심 농업기술을 전수해 농업인의 문제 해결 능력을 높이는 자리다.\n"
            "아울러 가온군은 올해 농정시책 설명과 질의응답 시간도 함께 가져 농업인의 이해를 돕는다는 방침이다.\n")
    article = pr2news.convert(text)
    assert article.headline == "가온군, 11개 읍·면서 새해농업인실용교육 실시"
    assert article.byline == "홍길동 기자 gildong@gaonnews.kr"


def test_a_title_over_its_own_date_row_is_the_headline_not_the_sites_name_above():
    text = ("(555) 201-4400\n\n"
            "Harbour notes\n\n"
            "Read what the port has to say this week.\n"
            "We are glad you came by 14 times.\n"
            "03 04, 2026\n\n"
            "Morales hails new piers and dredging for the old fishing port\n\n"
            "February 12th, 2026|Announcements|\n\n"
            "PORTLAND – Senator Morales welcomed today the 2026 Coastal Harbour Fund grant for Westport—a harbour that "
            "has lost more than $400 million in trade since the storms of 2024, she said.\n\n"
            "“This grant gives the fleet a safe harbour and the town’s families something to build on,” said Senator "
            "Morales, D-Westport, chair of the Coastal Committee.\n\n"
            "The 2026 Coastal Harbour Fund will help the harbour in three ways:\n\n"
            "  • New piers ($200 million): The old timber piers at the harbour mouth will be rebuilt in concrete and "
            "steel so that boats can unload in any tide and in storms.\n"
            "  • Dredging: Work starts this summer on the main channel, which has silted up since the storms and now "
            "closes to larger boats at low water.\n"
            "  • Market hall: The 1910 market building will be repaired and opened as a fish market and meeting hall "
            "for the town.\n")
    article = pr2news.convert(text)
    assert article.headline == "Morales hails new piers and dredging for the old fishing port"
    assert article.body[0].text.startswith("PORTLAND – Senator Morales welcomed today")
    assert "Harbour notes" in article.stripped


def test_a_subtitle_over_the_date_row_leaves_the_headline_to_the_title_above_it():
    text = ("주소를 선택 후 복사하여 사용하세요.\n"
            "뒤로가기 새로고침 홈으로가기 링크복사\n"
            "가온군의회 주민참여단 새해 예산심사 방청\n"
            "가온군의회, 주민참여단 예산안 심사 방청 후 낸 의견…의정활동에 반영\n"
            "2026-01-08\n"
            "홍길동 gildong@gaonnews.kr\n"
            "가온군의회는 제4기 주민참여단이 8일 제301회 정례회 새해 예산안 심사를 방청한다고 밝혔다.\n"
            "주민참여단은 방청 후 예산안에 대한 의견을 내고, 의회는 이를 의정활동에 반영할 계획이다.\n"
            "의회 관계자는 \"주민의 눈으로 예산을 살피는 자리\"라며 \"낸 의견은 꼼꼼히 검토하겠다\"고 말했다.\n")
    article = pr2news.convert(text)
    assert article.headline == "가온군의회 주민참여단 새해 예산심사 방청"
    assert list(article.highlights) == ["가온군의회, 주민참여단 예산안 심사 방청 후 낸 의견…의정활동에 반영"]


def test_a_korean_source_line_naming_the_outlet_under_a_copy_cut_short_is_no_body():
    text = ("가온군 2025년 상반기 재정 신속집행 ‘우수’\n• 2026.03.31 17:06\n• 2개월전\n• 가온일보\n"
            "가온군은 행정안전부가 지난 26일 발표한 ‘2025년 상반기 재정집행 평가결과’에서 우수기관으로 선정돼 특별교부세 "
            "5000만원을 확보했다고 밝혔다.\n"
            "군은 작년에도 최우수기관에 선정돼 1억 원의 특별교부세 지원을 받은 바 있다.\n"
            "군은 지난해 하반기 예산 총 7200억\n"
            "• 출처 : 가온일보\n원본 보기\n• 가온일보 추천\n")
    article = pr2news.convert(text)
    assert article.body[-1].text == "군은 지난해 하반기 예산 총 7200억"
    assert "• 출처 : 가온일보" in article.stripped


def test_a_source_note_naming_its_data_stays_with_the_text():
    text = ("가온시 인구 3년 만에 늘어\n"
            "가온시는 올해 6월 말 인구가 31만 2천 명으로 지난해보다 1천200명 늘었다고 밝혔다.\n"
            "출처: 통계청 2025 인구동향\n"
            "시는 청년 주거 지원과 일자리 사업이 효과를 낸 것으로 보고 있다.\n")
    article = pr2news.convert(text)
    assert any(block.text == "출처: 통계청 2025 인구동향" for block in article.body)


def test_a_date_label_left_without_its_date_and_a_closed_comments_notice_are_chrome():
    text = ("Riverside Gazette\n"
            "£95 a minute: riverbank fly-tipper fined\n"
            "A man filmed dumping a sofa and two fridges on the riverbank has been ordered to pay more than £2,000.\n"
            "Published\n"
            "Dean Marsh, of Mill Lane in Riverside, was filmed by a council camera in March last year.\n"
            "He failed to attend a court summons and was arrested in June, the council said.\n"
            "Councillor Amy Clarke said: \"Fly-tipping costs every household in the town, and we will use every power "
            "we have to stop it.\"\n"
            "Sorry, we are not accepting comments on this article.\n")
    article = pr2news.convert(text)
    visible = " ".join([article.headline, *article.highlights, *(block.text for block in article.body)])
    assert "Published" not in visible.split() and "not accepting comments" not in visible
    assert "Published" in article.stripped


def test_a_reposting_sites_lead_in_to_the_release_it_copies_is_chrome():
    text = ("Fishing News Today\n"
            "Harbour Council Backs New Catch Limits for Reef Fish\n"
            "June 2, 2026 — The following was released by the Northern Harbour Fishery Council:\n"
            "Today, the Council backed new catch limits for three reef fish, after a two-year study of their numbers.\n"
            "“The limits give the reef time to recover,” the Council's chair said.\n")
    article = pr2news.convert(text)
    assert article.body[0].text.startswith("Today, the Council backed new catch limits")
    # known by its words, wherever it stands (not only as furniture between the headline and the text)
    lead_in = next(t for t in article.trace if "The following was released by" in t.text)
    assert (lead_in.role, lead_in.reason) == ("stripped", "site chrome")


def test_a_flattened_release_with_two_labels_is_cut_at_each_and_a_more_mark_is_a_page_mark():
    text = ("NEWS RELEASE Contact: Dana Fields Communications Coordinator Office: (555) 441-2300 ext 210 "
            "Email: dfields@harbourzoo.org FOR IMMEDIATE RELEASE May 4, 2026 TWO NEW OTTERS AT THE ZOO! "
            "HARBOUR CITY, Md. – The Harbour Zoo is happy to announce the arrival of two young river otters from a "
            "rescue centre in the north of the state. The pair, a brother and sister, will live in the zoo's new "
            "wetland habitat. “They are settling in well,” said the zoo's director. The otters can be seen from "
            "Saturday. - more The zoo is open every day from 9 a.m. to 5 p.m.\n")
    article = pr2news.convert(text)
    assert article.headline == "TWO NEW OTTERS AT THE ZOO!"
    assert article.body[0].text.startswith("HARBOUR CITY, Md. – The Harbour Zoo is happy to announce")
    assert article.contacts and "(555) 441-2300" in article.contacts[0].text
    assert "FOR IMMEDIATE RELEASE" not in article.contacts[0].text
    assert "- more" in article.stripped
    assert all("- more" not in block.text for block in article.body)


def test_a_paragraph_over_one_the_copy_cut_with_an_ellipsis_is_text_not_a_listings_entry():
    text = ("Statement from State Parks Director Lee on the Reopening of Lakeside Trail\n"
            "Information contained in State Parks Department press release dated: April 2, 2026\n"
            "Springfield, April 2, 2026 - - “Lakeside Trail is open again. The crews rebuilt two bridges and a mile of "
            "boardwalk after the winter floods, and they did it ahead of time.\n"
            "“I want to thank every volunteer who turned out in the cold to clear the path. Without them the trail would "
            "still be closed. We owe them the spring.\n"
            "“I know how much families missed this trail, and how many of them walk it every weekend with their "
            "children and their...\n"
            "58 results in 0.0102 seconds.\n"
            "Keywords\n"
            "Members\n")
    article = pr2news.convert(text)
    assert [block.text[:20] for block in article.body] == ["Springfield, April 2", "“I want to thank eve",
                                                          "“I know how much fam"]


def test_unmarked_items_a_sentence_announces_with_a_colon_are_the_texts_even_where_the_page_ends():
    text = ("Library extends evening hours for exam season\n"
            "The Central Library will stay open until 10 p.m. on weeknights from May 4, so that students can study for "
            "their exams in a quiet place.\n"
            "\"We heard from many students that they had nowhere quiet to work in the evening,\" the head librarian said.\n"
            "The study rooms can be booked online or at the front desk. Late opening will also run at these branches:\n"
            "Northgate Community Hall\nOakfield Branch\nHarbourside Reading Room\n"
            "Tags\nLibraries\nEducation\n")
    article = pr2news.convert(text)
    assert [block.text for block in article.body][-3:] == ["Northgate Community Hall", "Oakfield Branch",
                                                          "Harbourside Reading Room"]
    assert "Libraries" in article.stripped


def test_with_no_title_shaped_line_the_first_line_over_the_text_is_the_headline_guessed():
    text = ("Free Rides @ Transit Week\n\nMay 4, 2026\n\n"
            "Riverside Transit will let everyone ride its buses and trams for free during Transit Week, from May 11 "
            "to May 17.\n\n"
            "The week is meant to show people how easy it is to leave the car at home, the agency said.\n\n"
            "Riders do not need a ticket or a pass; they can simply get on.\n")
    article = pr2news.convert(text)
    assert article.headline == "Free Rides @ Transit Week"
    assert "HEADLINE_GUESSED" in {w.code for w in article.warnings}


def test_a_korean_outlets_credit_naming_its_writer_by_another_post_opens_and_signs_off_the_copy():
    text = ("가온구, 구청장과 직접 소통 간담회\n"
            "[가온에픽 홍길동 CP] 가온구(구청장 김철수)는 지난 11일 한 아파트에서 주민 소통 간담회를 열었다고 밝혔다.\n"
            "간담회에서는 교통 문제와 공원 조성 등 주민들의 건의가 이어졌다.\n"
            "[가온에픽 홍길동 CP / gildong@gaonepic.kr]\n"
            "<저작권자 ©가온에픽 무단 전재 및 재배포 금지>\n")
    article = pr2news.convert(text)
    assert article.byline == "[가온에픽 홍길동 CP]"
    assert article.body[0].text.startswith("가온구(구청장 김철수)는")
    assert [block.text[:8] for block in article.body] == ["가온구(구청장 ", "간담회에서는 교"]
    assert "[가온에픽 홍길동 CP / gildong@gaonepic.kr]" in article.stripped


def test_a_ministers_name_with_the_office_held_under_the_title_is_the_byline_not_a_highlight():
    text = ("Media Releases\n"
            "Rural school bus routes kept for 2027\n"
            "Helen Marsh, Minister for Education and Training\n"
            "26.11.26 6:25 pm\n"
            "The Government is committed to getting every child in the state to school safely, wherever they live.\n"
            "Today I am pleased to announce that all 48 rural bus routes will run again in 2027.\n")
    article = pr2news.convert(text)
    assert article.headline == "Rural school bus routes kept for 2027"
    assert list(article.highlights) == []
    assert article.byline == "Helen Marsh, Minister for Education and Training"


def test_a_notices_name_over_a_street_is_no_person_named_with_a_post():
    from pr2news import lexicon
    from pr2news.segment.contact import named_with_post
    assert not named_with_post("Road Closure, Minister Street", lexicon.for_lang("en"), office_held=True)
    assert named_with_post("Helen Marsh, Minister for Roads", lexicon.for_lang("en"), office_held=True)


def test_an_images_text_cut_short_over_its_credited_caption_and_a_staff_byline_are_no_summary():
    text = ("Warehouse fire forces 12 workers out\n"
            "Crews were able to stop the fire at the warehouse in the 400 block of East Mill...\n"
            "Crews were able to stop the fire at the warehouse in the 400 block of East Mill Road on Monday.(Riverside "
            "Fire Department)\n"
            "By WRVS News 7 Staff\n"
            "Published: Jun. 2, 2026 at 7:00 AM MST|Updated: 1 hour ago\n"
            "RIVERSIDE, Ariz. (WRVS News 7) - Twelve workers left a warehouse safely on Monday after a fire broke out "
            "in its loading bay, the fire department said.\n"
            "Crews were already nearby for another call and reached the building within three minutes.\n"
            "Firefighters credit the warehouse's alarm system with getting everyone out in time.\n")
    article = pr2news.convert(text)
    assert article.headline == "Warehouse fire forces 12 workers out"
    assert list(article.highlights) == []
    assert article.byline == "By WRVS News 7 Staff"
    assert article.body[0].text.startswith("RIVERSIDE, Ariz. (WRVS News 7) - Twelve workers")
    assert all("East Mill" not in block.text for block in article.body)


def test_a_sentence_opening_on_by_and_a_time_is_no_byline():
    text = ("Harbour cleanup nearly done\n"
            "The city's harbour cleanup is almost finished, the port authority said on Tuesday.\n"
            "By the middle of this month, a team of 40 divers will have lifted 12,000 tonnes of waste from the "
            "harbour floor.\n"
            "The harbour will reopen to small boats in July.\n")
    article = pr2news.convert(text)
    assert article.byline is None
    assert any(block.text.startswith("By the middle of this month") for block in article.body)


def test_hashtags_with_a_place_name_cut_after_the_tag_are_chrome_not_a_subtitle():
    text = ("Saturday, May 30, 2026\nRiverside County ferry adds evening trips across Oregon bay\n#Riverside County #Oregon\n"
            "The Riverside County harbour ferry will add three evening trips across the bay from June 1, the county "
            "said on Monday, to serve visitors to Oregon's summer festivals.\n"
            "The new trips leave at 7, 8 and 9 p.m.\n")
    article = pr2news.convert(text)
    assert list(article.highlights) == []
    assert "#Riverside County #Oregon" in article.stripped


def test_a_title_opening_on_a_number_sign_is_no_hashtag_row():
    text = ("#1 Harbour Ferry Adds Evening Trips for Summer Visitors\n"
            "The harbour ferry will add three evening trips from June 1, the port said on Monday.\n"
            "The new trips leave at 7, 8 and 9 p.m.\n")
    article = pr2news.convert(text)
    assert article.headline == "#1 Harbour Ferry Adds Evening Trips for Summer Visitors"


def test_a_korean_photo_page_flattened_into_one_line_is_cut_at_its_credit_row_and_copyright():
    text = ("홍길동 가온군수, 장마 대비 가온천 제방 안전 점검 김하늘 sky@gaonnews.kr | 2026-07-06 13:23:01 "
            "홍길동 가온군수(가운데)가 6일 오전 가온천 제방을 찾아 장마에 대비한 배수로와 산책로 등을 점검하고 있다."
            "홍 군수는 \"가온천은 연간 30만명 이상이 찾는 군의 대표 쉼터라며, 이곳을 찾는 주민과 관광객들이 안전하게 "
            "산책하고 쉴 수 있도록 안전관리에 만전을 기해 달라\"고 당부했다.(가온군 제공) "
            "[ⓒ 가온뉴스. 무단전재-재배포 금지] WEEKLY HOT 1가온군, 여름 축제 일정 발표2가온시, 청년 주택 지원 확대\n")
    article = pr2news.convert(text)
    assert article.headline == "홍길동 가온군수, 장마 대비 가온천 제방 안전 점검"
    assert article.body and article.body[0].text.startswith("홍길동 가온군수(가운데)가 6일 오전")
    assert "[ⓒ 가온뉴스. 무단전재-재배포 금지]" in article.stripped
    assert all("WEEKLY HOT" not in block.text for block in article.body)


@pytest.mark.parametrize("line, title", [
    ("Home > News > Releases > Council approves harbour budget for 2027", "Council approves harbour budget for 2027"),
    ("| 보도자료 | 가온시, 새 청사 착공식 열고 2028년 완공 목표", "가온시, 새 청사 착공식 열고 2028년 완공 목표"),
    ("가온시의회, 의회보 2026 봄호 발간 홍보팀 2026-03-03 조회수 127", "가온시의회, 의회보 2026 봄호 발간"),
    ("가온시, 새 청사 착공식 열고 2028년 완공 목표 03-05 14:20", "가온시, 새 청사 착공식 열고 2028년 완공 목표"),
    ('가온시 "새 청사 착공, 2028년 완공 목표" 03-05 14:20', '가온시 "새 청사 착공, 2028년 완공 목표"'),
    ("가온시, 새 청사 착공식 열고 2028년 완공 목표 작성부서", "가온시, 새 청사 착공식 열고 2028년 완공 목표"),
])
def test_what_a_listing_glues_to_the_title_is_cut_off_the_headline(line, title):
    if any("가" <= c <= "힣" for c in line):
        body = ("가온시는 5일 새 청사 착공식을 열고 2028년 완공을 목표로 공사에 들어갔다고 밝혔다. 의회보 봄호에는 "
                "새 청사 착공 소식과 2027 예산 심사 결과가 실렸다.\n"
                "새 청사는 지하 2층, 지상 9층 규모로 시민 편의시설과 주차장을 갖춘다.\n")
    else:
        body = ("The council approved the harbour budget for 2027 on Tuesday, setting aside money for street sweeping "
                "every week from May 13 and for new piers.\n"
                "The budget passed by seven votes to two.\n")
    article = pr2news.convert(f"{line}\n{body}")
    assert article.headline == title


def test_a_boards_row_and_a_tables_empty_cells_after_the_title_both_come_off():
    from pr2news import lexicon
    from pr2news.segment.headline import clean_headline
    title, _, suffix = clean_headline("가온시의회, 의회보 2026 봄호 발간 홍보팀 2026-03-03 127 | |||||", lexicon.for_lang("ko"))
    assert (title, suffix) == ("가온시의회, 의회보 2026 봄호 발간", "홍보팀 2026-03-03 127 | |||||")


def test_a_notices_facts_field_after_field_under_the_title_open_the_body_and_are_no_subtitles():
    text = ("어르신 무료 독감 예방접종 안내합니다\n"
            "▣ 접종 대상 : 만 65세 이상 어르신 중 가온군 주민등록자\n"
            "▣ 접종 기관 : 주민등록상 주소지 관할 보건소·보건지소\n"
            "(신분증 꼭 지참)\n"
            "▣ 접종 기간 : 2026. 10. 15. ~ 12. 31.\n"
            "※ 접종일정은 관할 보건소 상황에 따라 다르므로 문의 바랍니다.\n")
    article = pr2news.convert(text)
    assert list(article.highlights) == []
    assert article.body[0].text.startswith("접종 대상 : 만 65세 이상")


def test_one_marked_subtitle_with_a_colon_stays_a_subtitle():
    text = ("가온군, 어르신 무료 독감 예방접종 시작\n"
            "▣ 올해 접종 대상 : 만 65세 이상 어르신 2만 명\n"
            "가온군은 10월 15일부터 만 65세 이상 어르신을 대상으로 무료 독감 예방접종을 시작한다고 밝혔다.\n"
            "접종은 관할 보건소와 지정 의료기관에서 받을 수 있다.\n")
    article = pr2news.convert(text)
    assert list(article.highlights) == ["올해 접종 대상 : 만 65세 이상 어르신 2만 명"]


def test_a_boards_notice_on_the_law_between_the_pages_title_and_the_post_does_not_keep_the_post_from_its_title():
    text = ("새 학기를 맞아 학부모님께 드리는 교육감 편지 > 공지사항\n"
            "본문 바로가기\n"
            "HOME > 학교소식 > 공지사항\n"
            "개인정보 보호법 제71조 제5호에 의해 다른 사람의 개인정보를 유출하거나 제공받은 자는 5년 이하의 징역 또는 "
            "5천만원 이하의 벌금에 처해질 수 있습니다.\n"
            "주민등록법 제37조에 의해 다른 사람의 주민등록번호를 부정하게 사용하는 자는 3년 이하의 징역 또는 3천만원 이하의 "
            "벌금에 처해질 수 있습니다.\n"
            "글꼴 파일 및 그림, 영상, 음악 파일 등의 자료는 저작권법에 의해 보호받는 저작물이므로 허락 없이 올리지 마십시오.\n"
            "게시글 보존 기간은 1년입니다.\n"
            "새 학기를 맞아 학부모님께 드리는 교육감 편지\n"
            "작성자 홍길동 댓글 0건 조회 6,283회 작성일 26-04-07 13:39\n"
            "존경하는 학부모님!\n"
            "꽃샘추위 속에서 새봄을 기다리며 새 학기를 맞은 학부모님께 감사의 마음을 전합니다.\n"
            "새 학기에도 아이들이 건강하고 안전하게 배울 수 있도록 학교와 교육청이 함께 노력하겠습니다.\n")
    article = pr2news.convert(text)
    assert article.headline == "새 학기를 맞아 학부모님께 드리는 교육감 편지"
    visible = " ".join(block.text for block in article.body)
    assert "개인정보 보호법" not in visible and "보존 기간" not in visible
    assert article.body[-1].text.startswith("새 학기에도 아이들이")


def test_a_blogs_own_title_gives_way_to_the_releases_title_under_its_label_date_and_contact():
    text = ("Tuesday, March 3, 2026\n"
            "Council Leader Praises Harbour Plan\n"
            "RIVERSIDE CITY COUNCIL\n"
            "For Immediate Release: March 3, 2026\n"
            "For More Information:\n"
            "Dana Fields, (555) 645-6798\n"
            "COUNCIL LEADER HAILS HARBOUR PLAN\n"
            "Park Welcomes Port Authority's New Proposal\n"
            "RIVERSIDE—After two months of talks, the Port Authority's decision to work with neighbourhood groups on "
            "the harbour plan was welcomed today by Council Leader Amy Park.\n"
            "\"I commend the Port Authority for listening to residents and for choosing the old ferry yard,\" Park said.\n"
            "-30-\n")
    article = pr2news.convert(text)
    assert article.headline == "COUNCIL LEADER HAILS HARBOUR PLAN"
    assert list(article.highlights) == ["Park Welcomes Port Authority's New Proposal"]
    assert article.body[0].text.startswith("RIVERSIDE—After two months of talks")
    assert "Council Leader Praises Harbour Plan" in article.stripped


def test_a_release_label_after_the_issuers_initials_is_the_letterhead_not_a_subtitle():
    text = ("(Update) Police investigate suspicious package\n"
            "**** RPS Media Release\n"
            "Update: Police investigate suspicious package\n"
            "Police have completed their investigation into a suspicious package at the Riverside Public Gardens.\n"
            "It was found not to be a threat to public safety and the area has been reopened.\n")
    article = pr2news.convert(text)
    assert article.headline == "Update: Police investigate suspicious package"
    assert list(article.highlights) == []
    assert "**** RPS Media Release" in article.stripped


def test_a_teaser_printing_the_lead_and_a_push_notification_offer_are_neither_summary_nor_text():
    text = ("Skip to content\n"
            "TRAFFIC: Water main work to close part of Mill Road\n"
            "City of Riverside Media Release March 4, 2026 – Mill Road between Oak Street and the river will close for "
            "the next three days for water main work.\n"
            "City of Riverside Media Release\n"
            "March 4, 2026 – Mill Road between Oak Street and the river will close for the next three days for water main "
            "work.\n"
            "The closure will be in effect from 8:30 am to 4:30 pm each day.\n"
            "push icon\n"
            "Be the first to read breaking stories. Enable push notifications on your device. Disable anytime.\n"
            "No thanks\n")
    article = pr2news.convert(text)
    assert list(article.highlights) == []
    assert [block.text[:20] for block in article.body] == ["Mill Road between Oa", "The closure will be "]


def test_a_widgets_words_broken_over_lines_go_with_the_chrome_line_above():
    text = ("Police appeal for witnesses after crash in Riverside park\n"
            "Police are appealing for help tracing witnesses to a crash in the grounds of Riverside Park last month.\n"
            "Watch more of our videos on Shots!\n"
            "and live on Freeview channel 276\n"
            "The crash happened at around 7.20pm on Friday, March 13th, when a silver car left the park road.\n"
            "Anyone with information is asked to call 101.\n")
    article = pr2news.convert(text)
    assert "and live on Freeview channel 276" in article.stripped
    assert all("Freeview" not in block.text for block in article.body)


def test_a_triangle_caption_closed_by_the_images_source_in_brackets_is_no_subtitle():
    text = ("가온환경공단, 물의 날 맞아 물 절약 이벤트 개시\n"
            "환경 / 홍길동 기자 / 2026-03-20 14:47:49\n"
            "문제 풀기, 간접체험 등 온라인 과제 수행 통해 기금 적립\n"
            "▲ 물 절약 이벤트 안내. <자료 : 가온환경공단>\n"
            "가온환경공단은 세계 물의 날을 맞아 온라인 물 절약 이벤트를 연다고 밝혔다.\n"
            "참여자가 온라인 과제를 수행하면 물 관련 공익사업에 기금이 적립된다.\n")
    article = pr2news.convert(text)
    assert list(article.highlights) == ["문제 풀기, 간접체험 등 온라인 과제 수행 통해 기금 적립"]
    assert "▲ 물 절약 이벤트 안내. <자료 : 가온환경공단>" in article.stripped


def test_a_triangle_caption_with_its_credits_set_apart_by_spaces_is_one_caption_and_the_text_goes_on_under_it():
    # the caption's credits stand a few spaces apart on its line; the reporter's © under each photo is no
    # copyright closing the page
    text = ("가온시 여름 물놀이장 개장 앞두고 안전 점검\n"
            "홍길동 기자\n"
            "기사입력: 2026/06/20 [10:12]\n"
            "▲  가온시 관계자들과 시설관리공단 직원들이 20일 중앙공원 물놀이장에서 수질 검사 결과와 바닥 분수, 미끄럼틀, 그늘막, 응급 처치 시설 등 안전 시설을 차례로 점검하고 있다.    "
            "/ 사진제공 = 가온시 공보과     © 홍길동 기자\n"
            "\n"
            "▲  시설관리공단 직원들이 개장을 앞둔 중앙공원 물놀이장에서 미끄럼틀과 응급 처치 시설, 탈의실과 샤워실의 안전 상태와 위생 관리 현황을 하나하나 확인하고 있다.     "
            "/ 사진제공 = 가온시 공보과     © 홍길동 기자\n"
            "\n"
            "가온시는 다음 달 1일 물놀이장 개장을 앞두고 시설 안전 점검을 마쳤다고 20일 밝혔다.\n"
            "\n"
            "시는 수질 검사와 함께 미끄럼틀, 바닥 분수, 응급 처치 시설을 차례로 살펴봤다.\n"
            "\n"
            "물놀이장은 8월 31일까지 매일 오전 10시부터 오후 6시까지 운영된다.\n"
            "ⓒ 가온일보. 무단전재 및 재배포 금지\n")
    article = pr2news.convert(text)
    assert [block.text[:12] for block in article.body] == ["가온시는 다음 달 1일", "시는 수질 검사와 함께", "물놀이장은 8월 31일"]
    assert "© 홍길동 기자" not in " ".join(block.text for block in article.body)


def test_a_listings_next_entry_under_its_own_counter_as_the_first_was_is_no_text():
    # each entry of the page prints its title, its comment counter, then its text run into one line
    text = ("수요일, 3월 4, 2026\n"
            "\n"
            "가온소방, 여름철 물놀이 안전 캠페인 실시\n"
            "\n"
            "0\n"
            "- 하천과 계곡 등 물놀이 명소 12곳에서 현장 홍보 - 가온소방본부는 3일 중앙천 일대에서 시민과 함께 물놀이 안전 "
            "캠페인을 펼쳤다고 밝혔다. 소방본부는 구명조끼 착용과 음주 후 입수 금지를 당부했다. 소방본부는 8월 말까지 "
            "주말마다 물놀이 명소에서 안전 요원을 배치할 계획이다.\n"
            "\n"
            "가온시, 청년 창업공간 추가 개소…입주 기업 모집\n"
            "\n"
            "0\n"
            "- 원도심 빈 점포 활용해 15개 기업 입주 - 가온시는 원도심 빈 점포를 고쳐 만든 청년 창업공간 두 곳을 새로 "
            "열고 입주 기업을 모집한다고 4일 밝혔다. 입주 기업은\n")
    article = pr2news.convert(text)
    assert article.headline == "가온소방, 여름철 물놀이 안전 캠페인 실시"
    assert all("청년 창업공간" not in block.text for block in article.body)
    assert "가온시, 청년 창업공간 추가 개소…입주 기업 모집" in article.stripped


def test_a_line_pointing_at_the_articles_link_below_is_furniture_but_a_releases_own_pointer_stays():
    reposted = ("가온시, 전통시장 화재 안전 점검 나선다 (가온저널)\n"
                "가온시가 설 명절을 앞두고 전통시장 12곳의 화재 안전 점검에 나선다.\n"
                "시는 소방서와 함께 전기 설비와 소화기 비치 상태를 살펴볼 계획이다.\n"
                "아래 주소에서 기사 전문을 확인하실 수 있습니다\n"
                "출처 http://www.example.kr/news/articleView.html?idxno=1234\n")
    article = pr2news.convert(reposted)
    assert [block.text[:9] for block in article.body] == ["가온시가 설 명절", "시는 소방서와 함"]
    assert "아래 주소에서 기사 전문을 확인하실 수 있습니다" in article.stripped
    own = ("Riverside opens summer camp registration\n"
           "Registration for the city's summer day camps opens Monday at 9 a.m.\n"
           "Families can register online at the address below.\n"
           "https://www.example.org/camps\n")
    article = pr2news.convert(own)
    assert article.body[-1].text.startswith("Families can register online")


def test_a_title_run_into_the_text_at_the_outlets_bracketed_credit_is_cut_there():
    text = ("▲ 가온군, 남면 농업인상담소 개소로 현장 영농지원 강화 | [가온뉴스통신=홍길동 기자] 가온군이 9일 남면 복지회관에서 "
            "남면 농업인상담소 개소식을 열었다. 상담소는 농사 상담과 우량 종자 공급을 맡는다.\n"
            "그동안 남면 농업인은 읍내까지 나가 상담을 받아야 했다.\n"
            "군은 상담소를 농업인 단체의 모임 장소로도 활용할 계획이다.\n")
    article = pr2news.convert(text)
    assert article.headline == "가온군, 남면 농업인상담소 개소로 현장 영농지원 강화"
    assert article.body[0].text.startswith("가온군이 9일 남면 복지회관에서")
    assert "[가온뉴스통신=홍길동 기자]" not in " ".join(block.text for block in article.body)


def test_a_release_under_its_label_read_as_a_date_after_a_listings_own_text_is_the_article():
    text = ("Workforce Grants\n"
            "\n"
            "State Invests $3 Million in Apprenticeships at Technical Colleges\n"
            "\n"
            "The apprenticeship grants program helps technical colleges train workers for jobs in advanced "
            "manufacturing, health care and construction across the state.\n"
            "\n"
            "Explore Funded Projects\n"
            "\n"
            "2025 Awardees\n"
            "\n"
            "Riverside Tech wins $850,000 grant to expand apprenticeships\n"
            "\n"
            "FOR IMMEDIATE RELEASE: March 3, 2025\n"
            "\n"
            "CONTACT: Dana Ortiz, Communications Coordinator\n"
            "\n"
            "Riverside Tech wins $850,000 grant to expand apprenticeships\n"
            "\n"
            "RIVERSIDE – Riverside Technical College has received an $850,000 grant to expand its welding and "
            "nursing apprenticeships, the college announced Monday.\n"
            "\n"
            "The grant will fund two instructors and new equipment for forty apprentices a year.\n")
    article = pr2news.convert(text)
    assert article.headline == "Riverside Tech wins $850,000 grant to expand apprenticeships"
    assert article.body[0].text.startswith("RIVERSIDE – Riverside Technical College")
    assert all("apprenticeship grants program" not in block.text for block in article.body)


def test_an_image_files_name_run_into_the_first_paragraph_is_cut_off_it():
    text = ("Two Riverside schools honored for reading gains\n"
            "\n"
            "riverside-reading-awards.jpgCongratulations to Oak Street and Lincoln Elementary, honored this week for "
            "the largest reading gains in the county.\n"
            "\n"
            "Both schools received the award at the county education office on May 2.\n")
    article = pr2news.convert(text)
    assert article.body[0].text.startswith("Congratulations to Oak Street")
    assert "riverside-reading-awards.jpg" in article.stripped


def test_figures_alone_under_the_headline_are_a_counter_not_a_summary():
    text = ("메뉴 건너뛰기\n"
            "\n"
            "가온구, 민원 공무원 보호 위해 누리집 직원 사진 비공개\n"
            "12,304 31\n"
            "2026.03.05 10:12\n"
            "12,304 31\n"
            "\n"
            "[가온=가온뉴스] 홍길동 기자 = 가온구가 민원 담당 공무원을 보호하기 위해 누리집에 올린 직원 이름과 사진을 내렸다고 5일 밝혔다.\n"
            "\n"
            "구는 직위와 업무, 전화번호는 그대로 공개한다.\n")
    article = pr2news.convert(text)
    assert list(article.highlights) == []
    assert article.stripped.count("12,304 31") == 2


def test_the_same_contact_printed_again_for_the_next_release_on_the_page_is_reported_once():
    text = ("RIVERSIDE CITY COUNCIL\n"
            "For Immediate Release: March 3, 2026\n"
            "For More Information:\n"
            "Dana Ortiz, (555) 201-3344\n"
            "\n"
            "COUNCIL APPROVES HARBOUR PARK PLAN\n"
            "\n"
            "Riverside City Council on Monday approved the plan for a new park on the old ferry yard.\n"
            "Work on the park is to begin in the autumn.\n"
            "-30-\n"
            "RIVERSIDE CITY COUNCIL\n"
            "For Immediate Release: March 1, 2026\n"
            "For More Information:\n"
            "Dana Ortiz, (555) 201-3344\n"
            "\n"
            "COUNCIL SETS SPRING MEETING CALENDAR\n")
    article = pr2news.convert(text)
    assert article.headline == "COUNCIL APPROVES HARBOUR PARK PLAN"
    assert [(contact.name, list(contact.phones)) for contact in article.contacts] == [("Dana Ortiz", ["(555) 201-3344"])]


def test_a_closing_sentence_asking_readers_to_call_someone_the_contact_table_names_is_no_second_contact():
    text = ("보도자료\n"
            "보도일시 2026. 3. 4.(수) 12:00\n"
            "담당부서 우주정책과 담당과장 김하늘(044-202-4410)\n"
            "담 당 자 홍길동 사무관(044-202-4412)\n"
            "가온과학기술부, 초소형 위성 발사 성공\n"
            "□ 가온과학기술부는 4일 초소형 위성 1호기가 발사에 성공했다고 밝혔다.\n"
            "□ 위성은 앞으로 6개월 동안 궤도에서 시험 운용을 거친다.\n"
            "이 자료에 대하여 더욱 자세한 내용을 원하시면\n"
            "가온과학기술부 홍길동 사무관(☎ 044-202-4412)에게 연락주시기 바랍니다.\n"
            "붙임\n"
            "위성 개요\n")
    article = pr2news.convert(text)
    assert [contact.name for contact in article.contacts] == ["김하늘", "홍길동"]
    assert any("연락주시기 바랍니다" in line for line in article.stripped)


def test_a_widgets_label_over_the_text_that_goes_on_under_it_does_not_end_the_article():
    # the label's video was lost in the copy: the article's own text follows it at once
    text = ("Riverside pool reopens after £3m refurbishment\n"
            "\n"
            "PUBLISHED: 10:02 4 March 2026\n"
            "\n"
            "Swimmers returned to Riverside pool on Monday after a £3m refurbishment of its changing rooms and roof.\n"
            "\n"
            "The council's leisure lead, Sam Patel, said: \"The pool has served Riverside since 1974 and it is ready "
            "for another fifty years.\"\n"
            "\n"
            "You may also want to watch:\n"
            "\n"
            "Pool manager Jo Reyes said: \"Our swimmers have waited patiently for the pool to reopen and we are "
            "delighted to welcome them back.\"\n"
            "\n"
            "\"The new roof lets in more daylight, and the changing rooms are now fully accessible for every "
            "swimmer.\"\n")
    article = pr2news.convert(text)
    assert article.body[-1].text.startswith("\"The new roof lets in more daylight")
    assert "You may also want to watch:" in article.stripped


def test_a_title_case_line_opening_on_a_preposition_goes_on_with_the_title_above_it():
    text = ("NEWS RELEASE\n"
            "Release Date: March 3, 2026\n"
            "\n"
            "Council Approves $1.2 Million in Grants\n"
            "For Riverside Food Banks to Expand Pantry Hours\n"
            "\n"
            "RIVERSIDE — The county council on Tuesday approved $1.2 million in grants for the city's four food banks, "
            "which will open their pantries on Saturdays from April.\n"
            "\n"
            "The grants come from the county's reserve fund.\n")
    article = pr2news.convert(text)
    assert article.headline == "Council Approves $1.2 Million in Grants For Riverside Food Banks to Expand Pantry Hours"
    assert list(article.highlights) == []
    bylined = pr2news.convert("Council Approves New Library Hours\nBy Jane Doe\n"
                              "The library will open at 8 a.m. on weekdays from May, the council decided on Tuesday.\n")
    assert bylined.headline == "Council Approves New Library Hours"


def test_a_consultations_title_opening_on_have_your_say_is_the_headline_but_the_comment_prompt_is_chrome():
    text = ("Have your say on winter bus timetables\n"
            "\n"
            "Riverside residents are invited to comment on the draft winter bus timetables before they are finalised.\n"
            "\n"
            "Comments can be sent to the council's transport team until 30 September.\n"
            "\n"
            "Have your say\n"
            "Leave a comment below.\n")
    article = pr2news.convert(text)
    assert article.headline == "Have your say on winter bus timetables"
    assert "Have your say" in article.stripped


def test_the_pages_subtitle_printed_again_after_the_text_starts_the_tail():
    text = ("Riverside County sets record for road repairs in 2025\n"
            "\n"
            "Dry summer credited for 140 miles resurfaced this year\n"
            "\n"
            "By Kim Lee\n"
            "\n"
            "Riverside County set a record for road repairs in 2025: crews resurfaced 140 miles, the most in the county's "
            "history.\n"
            "\n"
            "County engineer Pat Moss said the dry summer let crews work through August without a break.\n"
            "\n"
            "Pat Moss Moss\n"
            "Dry summer credited for 140 miles resurfaced this year\n"
            "\n"
            "By Kim Lee\n")
    article = pr2news.convert(text)
    assert list(article.highlights) == ["Dry summer credited for 140 miles resurfaced this year"]
    assert article.body[-1].text.startswith("County engineer Pat Moss said")
    assert "Pat Moss Moss" in article.stripped


def test_the_issuers_description_of_itself_closing_the_release_without_a_heading_is_not_text():
    text = ("Riverside Health Department urges residents to test homes for radon\n"
            "FOR IMMEDIATE RELEASE\n"
            "January 12, 2026\n"
            "RIVERSIDE — The Riverside Health Department is urging residents to test their homes for radon during "
            "National Radon Action Month.\n"
            "Free test kits are available at all county libraries while supplies last.\n"
            "The Riverside Health Department strives to protect and promote the health of every resident through "
            "prevention, education and partnership with local communities.\n"
            "To learn more, visit the department's website.\n")
    article = pr2news.convert(text)
    assert article.body[-1].text.startswith("Free test kits are available")
    assert any(line.startswith("The Riverside Health Department strives") for line in article.stripped)


def test_a_listings_date_before_the_title_printed_again_goes_and_the_next_dated_entry_ends_the_article():
    text = ("Category: Local Government News\n"
            "\n"
            "14 April 2026 Media Release: Riverside extends library opening hours for six months\n"
            "\n"
            "Media Release: Riverside extends library opening hours for six months\n"
            "\n"
            "For Immediate Release\n"
            "14 April 2026\n"
            "\n"
            "Council has agreed to keep the central library open until 8 pm on weekdays for another six months.\n"
            "\n"
            "The longer hours were first tried last autumn and drew more than 9,000 extra visits.\n"
            "\n"
            "10 April 2026 Media Release: Riverside opens tenders for harbour wall repairs – the council invites "
            "contractors to bid for the repair of the old harbour wall, which was damaged in the January storms.\n")
    article = pr2news.convert(text)
    assert article.headline == "Media Release: Riverside extends library opening hours for six months"
    assert article.body[-1].text.startswith("The longer hours were first tried")


def test_a_long_caption_under_its_own_label_is_a_caption():
    text = ("Minister meets harbour board over ferry terminal plans\n"
            "\n"
            "Caption: From left, Ms. Dana Ortiz, Chair of the Riverside Harbour Board; the Honourable Sam Patel, "
            "Minister of Transport and Minister in the Office of the Premier; and Mr. Jo Reyes, Chief Executive of "
            "the Riverside Ferry Company, at the ministry's offices on Monday. (Photo courtesy the Ministry of "
            "Transport)\n"
            "\n"
            "March 3, 2026: The Minister of Transport met the Riverside Harbour Board on Monday to discuss plans for "
            "a new ferry terminal.\n"
            "\n"
            "The board will present its final design to the ministry in June.\n")
    article = pr2news.convert(text)
    assert article.body[0].text.endswith("to discuss plans for a new ferry terminal.")
    assert any(line.startswith("Caption: From left") for line in article.stripped)


def test_an_ambassador_named_with_the_post_under_the_title_is_the_issuing_official_not_a_subtitle():
    text = ("Embassy awards grants to 12 community projects\n"
            "\n"
            "\n"
            "Ms Dana R. Ortiz, British Ambassador to Riverland\n"
            "The British Embassy in Riverland will on Friday award grants to 12 community projects in six "
            "provinces.\n"
            "The grants support clean water, girls' schooling and small farmers.\n")
    article = pr2news.convert(text)
    assert list(article.highlights) == []
    assert article.byline == "Ms Dana R. Ortiz, British Ambassador to Riverland"


def test_a_line_announcing_the_contact_block_with_a_colon_is_its_label():
    text = ("Launch of the Riverside Water Quality Report: Press briefing\n"
            "\n"
            "Interviews and access to the embargoed report:\n"
            "\n"
            "Dana Ortiz\n"
            "Communications Officer\n"
            "Riverside Water Authority\n"
            "Tel.: +1 555 201 3344\n"
            "Mobile: +1 555 201 9988\n"
            "\n"
            "Media advisory\n"
            "\n"
            "Riverside, 3 March 2026\n"
            "\n"
            "What: The launch of the authority's annual water quality report, which tracks the city's drinking water "
            "across forty measures.\n"
            "\n"
            "Where: Riverside City Hall, Council Chamber\n")
    article = pr2news.convert(text)
    assert article.contacts[0].text.startswith("Interviews and access to the embargoed report:")
    assert article.body[0].text.startswith("What: The launch of the authority's")


def test_the_issuers_release_label_before_the_title_and_the_sites_name_after_a_bar_are_off_the_headline():
    labelled = pr2news.convert(
        "City of Riverside News Release - Mayor Announces Summer Concert Series in the Park\n"
        "The mayor announced on Monday a summer concert series in the park, with eight free concerts from June.\n"
        "The concerts start at 7 p.m. on Thursdays.\n")
    assert labelled.headline == "Mayor Announces Summer Concert Series in the Park"
    sited = pr2news.convert(
        "Statement from Riverside Water Board Chair on Drought Restrictions | site\n"
        "The chair of the Riverside Water Board said on Friday that drought restrictions will stay in place.\n"
        "Residents may water gardens two days a week.\n")
    assert sited.headline == "Statement from Riverside Water Board Chair on Drought Restrictions"
    welsh = pr2news.convert(
        "Riverside Council Update: 14 June 2026 / Cymraeg\n"
        "Here is the latest update from Riverside Council on 14 June 2026, covering school places and bin days.\n"
        "School places for September will be confirmed next week.\n")
    assert welsh.headline == "Riverside Council Update: 14 June 2026"


def test_a_sentence_shaped_title_printed_over_the_release_label_and_again_under_it_is_the_headline():
    text = ("Riverside Water Bureau\n"
            "Emergency Messages as of 9:10 am, Mon. Jun. 1\n"
            "No information currently posted.\n"
            "Subscribe to receive alerts from Riverside Water Bureau.\n"
            "Primary email address for a new account:\n"
            "And/or follow our alerts on social media\n"
            "Our alerts service is free. While you are welcome to register your phone, message rates may apply "
            "depending on your plan.\n"
            "Hide this Message\n"
            "Manage my existing subscription\n"
            "News Releases\n"
            "Riverside's 2026 water quality report is out. Here's why it matters: - 05/31/26\n"
            "For Immediate Release | May 31, 2026\n"
            "Media contact: Dana Ortiz, 555-201-3344, dana.ortiz@example.org\n"
            "Riverside’s 2026 water quality report is out. Here’s why it matters:\n"
            "It is your drinking water, and every year the bureau tests it more than 40,000 times.\n"
            "The report explains what is in the water and what the bureau does to keep it safe.\n")
    article = pr2news.convert(text)
    assert article.headline == "Riverside’s 2026 water quality report is out. Here’s why it matters:"
    assert article.body[0].text.startswith("It is your drinking water")


def test_a_posts_field_list_with_longer_names_and_values_under_the_title_is_no_subtitle():
    text = ("Summer heat safety tips for Riverland residents\n"
            "- Starting date:\n"
            "- June 2, 2026\n"
            "- Type of communication:\n"
            "- Information Update\n"
            "- Subcategory:\n"
            "- Miscellaneous\n"
            "- Source of notice:\n"
            "- Riverside Health\n"
            "- Issue:\n"
            "- Important Safety Information\n"
            "- Audience:\n"
            "- General Public\n"
            "- Identification number:\n"
            "- RH-20417\n"
            "Last updated: 2026-06-02\n"
            "Issue\n"
            "Many places in Riverland have a high number of heat waves. Extreme heat can put your health at risk.\n"
            "What you should do\n"
            "To be ready when the weather gets hot, prepare well in advance. Follow these tips:\n"
            "- tune in to local weather forecasts and heat alerts;\n"
            "- make sure your air conditioner works before the heat season;\n"
            "- learn the signs of heat illness.\n"
            "Media enquiries\n"
            "Riverside Health\n"
            "(555) 201-3344\n"
            "media@example.org\n")
    article = pr2news.convert(text)
    assert list(article.highlights) == []
    assert "- Type of communication:" in article.stripped
    # 'Source of notice:' is a field's name: 'Source' before a capital credits a source (the cue ignored case)
    assert article.body[-1].text.startswith("- learn the signs of heat illness") or \
        any(block.type == "list_item" and "heat illness" in block.text for block in article.body)


def test_source_before_a_lower_case_word_is_no_source_credit_ending_the_article():
    text = ("Riverside opens grants for neighbourhood gardens\n"
            "Riverside Council is inviting community groups to apply for grants of up to $5,000 for neighbourhood gardens.\n"
            "Source of funding:\n"
            "The grants come from the council's community fund, which is set aside each year for local projects.\n"
            "Applications close on 30 April and groups will hear the outcome in May.\n"
            "Source: Riverside Council\n")
    article = pr2news.convert(text)
    assert article.body[-1].text.startswith("Applications close on 30 April")
    assert "Source: Riverside Council" in article.stripped


def test_cues_naming_a_person_after_by_ask_for_a_capital_though_cues_ignore_case():
    text = ("Riverside pool to close for repairs\n"
            "by the time it reopens on 1 June 2026\n"
            "The Riverside pool will close on Monday for roof and changing room repairs.\n"
            "Swimmers can use the Oak Street pool in the meantime.\n"
            "Additional reporting by the council's press office.\n")
    article = pr2news.convert(text)
    assert article.dateline is None
    assert article.body[-1].text == "Additional reporting by the council's press office."


def test_a_title_opening_on_its_date_with_no_mark_after_it_is_no_date_row():
    text = ("FOR IMMEDIATE RELEASE\n"
            "March 15, 2026\n"
            "Contact:\n"
            "Dana Ortiz\n"
            "Assistant City Manager\n"
            "City of Riverside\n"
            "(555) 201-3344\n"
            "March 16, 2026 City of Riverside Press Briefing\n"
            "A City of Riverside press briefing is scheduled for Monday, March 16, 2026, at 10:00 a.m. in the "
            "council chambers. Topics will include:\n"
            "- Spring street sweeping (Jo Reyes, Public Works)\n"
            "- Water conservation rebates (Sam Patel, Utilities)\n"
            "Residents are welcome to attend.\n")
    article = pr2news.convert(text)
    assert article.headline == "March 16, 2026 City of Riverside Press Briefing"


def test_a_subtitle_under_its_fields_name_is_a_highlight_without_the_name():
    text = ("가온디지털뉴스 종합일간신문\n"
            "Home > 가온\n"
            "가온시립미술관 개관…근현대 작품 3천 점 한자리에\n"
            "기사등록 일시 : 2026-03-05 10:11:50\n"
            "\n"
            "부제목 : 지역 작가 기증 작품 첫 공개…어린이 체험관도 운영\n"
            "\n"
            "가온시립미술관이 5일 가온시 중앙공원에서 문을 연다.\n"
            "미술관은 지역 작가들이 기증한 작품 3천여 점을 소장하고 있다.\n")
    article = pr2news.convert(text)
    assert list(article.highlights) == ["지역 작가 기증 작품 첫 공개…어린이 체험관도 운영"]
    assert article.body[0].text.startswith("가온시립미술관이 5일")


def test_a_sites_section_glued_before_a_korean_title_comes_off_the_headline():
    text = ("일반뉴스 가온시, 청년 창업공간 두 곳 추가 개소…입주 기업 모집\n"
            "가온시는 원도심 빈 점포를 고쳐 만든 청년 창업공간 두 곳을 새로 열고 입주 기업을 모집한다고 4일 밝혔다.\n"
            "입주 기업은 2년 동안 임대료 없이 공간을 쓸 수 있다.\n")
    article = pr2news.convert(text)
    assert article.headline == "가온시, 청년 창업공간 두 곳 추가 개소…입주 기업 모집"
    kept = pr2news.convert("환경정책 기본계획 확정…2030년까지 온실가스 40% 감축\n"
                           "정부는 환경정책 기본계획을 확정하고 2030년까지 온실가스를 40% 줄이기로 했다고 4일 밝혔다.\n")
    assert kept.headline == "환경정책 기본계획 확정…2030년까지 온실가스 40% 감축"


def test_an_images_file_name_with_its_version_under_the_date_is_no_subtitle():
    text = ("Riverside Ambulance marks 50 years with record demand\n"
            "\n"
            "3 minutes read\n"
            "Posted 19 November, 2026\n"
            "Riverside Ambulance CPR training v2\n"
            "\n"
            "Riverside Ambulance has marked 50 years of service with one of its busiest years yet, answering more "
            "than 60,000 emergency calls.\n"
            "\n"
            "The service also trained 9,000 people in first aid.\n")
    article = pr2news.convert(text)
    assert list(article.highlights) == []
    assert "Riverside Ambulance CPR training v2" in article.stripped


def test_a_states_department_in_a_contact_block_is_one_office_not_a_person_named_after_the_state():
    text = ("For more information contact:\n"
            "\n"
            "Dana Ortiz, Media Coordinator\n"
            "Office of Communications\n"
            "North Carolina Department of Health and Human Services\n"
            "Phone: 555-201-3344 Cell: 555-201-9988 e-mail: dana.ortiz@example.org\n"
            "\n"
            "For immediate release\n"
            "\n"
            "West Nile virus found in two more counties\n"
            "\n"
            "Dead birds infected with West Nile virus have now been found in two more counties, the department said.\n"
            "Residents should use insect repellent outdoors.\n")
    article = pr2news.convert(text)
    assert [(contact.name, list(contact.phones)) for contact in article.contacts] == \
        [("Dana Ortiz", ["555-201-3344", "555-201-9988"])]


def test_a_sentence_telling_readers_whom_to_contact_is_text_when_the_contact_block_names_someone():
    text = ("For more information contact:\n"
            "\n"
            "Dana Ortiz, Media Coordinator\n"
            "Phone: 555-201-3344 e-mail: dana.ortiz@example.org\n"
            "\n"
            "For immediate release\n"
            "\n"
            "West Nile virus found in two more counties\n"
            "\n"
            "Dead birds infected with West Nile virus have now been found in two more counties, the department said.\n"
            "\n"
            "For more information contact your local health department, the Division of Disease Control at "
            "555-201-7000 or www.example\n")
    article = pr2news.convert(text)
    assert [contact.name for contact in article.contacts] == ["Dana Ortiz"]
    assert article.body[-1].text.startswith("For more information contact your local health department")


def test_a_person_over_a_phone_or_an_email_joined_by_or_is_the_contact():
    text = ("Dana Ortiz\n"
            "(555) 201-3344 or dana.ortiz@example.org\n"
            "\n"
            "RIVERSIDE OFFICE OF EMERGENCY MANAGEMENT ADVISES RESIDENTS TO PREPARE FOR STORM\n"
            "\n"
            "RIVERSIDE – The county's Office of Emergency Management advises residents to prepare for the storm "
            "expected this weekend.\n"
            "\n"
            "Sandbags are available at all county fire stations.\n")
    article = pr2news.convert(text)
    assert [(contact.name, list(contact.phones), list(contact.emails)) for contact in article.contacts] == \
        [("Dana Ortiz", ["(555) 201-3344"], ["dana.ortiz@example.org"])]


def test_an_images_place_as_the_sites_template_writes_it_is_no_text():
    text = ("가온교육지원청, 겨울철 학교 급식 위생 점검\n"
            "{이미지:0}\n"
            "가온교육지원청은 겨울방학을 앞두고 관내 학교 급식실 위생 점검에 나섰다고 5일 밝혔다.\n"
            "{이미지:1}\n"
            "점검반은 식재료 보관 상태와 조리 도구 소독 여부를 살펴봤다.\n")
    article = pr2news.convert(text)
    assert all("{이미지" not in block.text for block in article.body)
    assert "{이미지:0}" in article.stripped


def test_an_invitation_to_follow_the_issuer_on_social_media_is_chrome():
    text = ("Riverside police step up patrols for the holiday weekend\n"
            "Riverside police will run extra patrols and two checkpoints over the holiday weekend, the department said.\n"
            "Officers will look for drivers under the influence.\n"
            "Follow the Riverside Police Department on Social Media\n"
            "\n"
            "\n"
            "Riverside Police Media Relations · (555) 201-3344 · pio@example.org\n"
            "Service · Protection · Dedication\n")
    article = pr2news.convert(text)
    assert "Follow the Riverside Police Department on Social Media" in article.stripped
    assert article.body[-1].text == "Officers will look for drivers under the influence."


def test_an_outlets_name_of_two_words_in_square_brackets_opening_the_lead_is_its_credit():
    text = ("가온혁신센터, 지역 창업 허브로 변화 기대\n"
            "[첨단 가온티] 가온시는 지난 13일 가온혁신센터에서 올해 운영 성과를 발표하고 내년 계획을 공유했다.\n"
            "센터는 올해 창업기업 40곳을 지원했다.\n")
    article = pr2news.convert(text)
    assert article.body[0].text.startswith("가온시는 지난 13일")


def test_a_bracketed_lower_case_note_under_the_title_is_no_photo_credit():
    # '(Photo by Jane Lee)' or '(City of Riverside)' credit a picture; a note in small letters is the title's
    # aside (the credit's capital was asked ignoring case, so any word passed)
    text = ("LIBRARY STATUS: OPEN\n\n"
            "(for limited use)\n\n"
            "Open, but not every room is ready. The reopening ceremony was held on Wednesday afternoon, after a short "
            "walk through the rooms still to be finished.\n\n"
            "The ground floor could be open for limited use soon. Phones and computers are being connected this week.\n")
    article = pr2news.convert(text)
    assert list(article.highlights) == ["(for limited use)"]
    assert "(for limited use)" not in article.stripped


def test_a_line_of_a_word_and_a_percentage_is_no_stock_ticker_row():
    text = ("Riverside recycling rate rises\n"
            "Riverside households recycled more of their waste last year than in any year before, the council said.\n"
            "The rates by district:\n"
            "north 12%\n"
            "Households in the north district recycled the most, followed by the river wards.\n")
    article = pr2news.convert(text)
    assert "north 12%" not in article.stripped


def test_a_unit_and_its_ministry_signing_a_release_end_it_above_longer_releases_under_it():
    # a mission's page of statements: the first signed off by the ministry's unit, the ministry, the city and the
    # date (its link under a sentence ending on a colon); two longer releases follow, each with its title
    text = ("Interview with the Chair of the Office on Coastal Recovery\n\n"
            "An interview given by the Chair of the Office on Coastal Recovery to the evening programme of the "
            "national channel can be watched at the following link:\n\n"
            "https://video.example.org/watch/coastal-recovery\n\n\n"
            "Public Communications Division\n\n"
            "Ministry of Foreign Affairs\n\n"
            "Portvale\n\n"
            "12 July 2026\n\n"
            "Invitation for expressions of interest – a passenger terminal at the Port of Portvale\n\n"
            "The Ministry of Ports has invited expressions of interest from qualified parties for the design, building "
            "and running of a passenger terminal at the Port of Portvale, to be open to cruise ships by 2029.\n\n"
            "Parties may send their expressions of interest until 1 August 2026, and the Ministry will publish the "
            "shortlist within a month of that date.\n\n"
            "Permanent Mission of Eastland\n\n"
            "Lakeport\n\n"
            "16 July 2026\n\n"
            "Joint statement on the official visit of the Prime Minister of Northland\n\n"
            "The Prime Minister of Northland and his delegation paid an official visit to Eastland from 11 to 13 July "
            "2026 at the invitation of the President, the first such visit in twelve years.\n\n"
            "The two leaders held talks on trade, fisheries, tourism and education, and agreed to open direct flights "
            "between their capitals next year.\n")
    article = pr2news.convert(text)
    assert article.headline == "Interview with the Chair of the Office on Coastal Recovery"
    assert article.body[-1].text == "https://video.example.org/watch/coastal-recovery"
    for line in ("Public Communications Division", "Invitation for expressions of interest – a passenger terminal "
                 "at the Port of Portvale", "Permanent Mission of Eastland"):
        assert line in article.stripped


def test_a_persons_name_and_the_sites_section_after_a_bar_is_the_pages_title_not_the_headline():
    # an official's site: its page title ('<name> | In the News') over a newspaper's story it reposts
    text = ("Maria Ortiz | In the News\n\n"
            "County treasurer opens savings accounts for every newborn\n\n"
            "Valley Courier\n\n"
            "County Treasurer Maria Ortiz announced Thursday that every child born in the county from January will get "
            "a savings account with a first deposit of $50 from the county.\n\n"
            "Families can add to the account at any branch of the county's partner banks, and the money can be used "
            "for college or training after the child turns 18.\n")
    article = pr2news.convert(text)
    assert article.headline == "County treasurer opens savings accounts for every newborn"
    assert list(article.highlights) == []
    assert "Maria Ortiz | In the News" in article.stripped


def test_a_korean_line_stopping_on_a_particle_after_a_bracket_is_the_texts_first_line_not_a_subtitle():
    # a health centre's notice wrapped at the page width: its first line stops on 은 after a bracket
    text = ("겨울철 노로바이러스 감염증 예방수칙 안내\n\n"
            "작성일\n"
            "2026-01-12 09:30:00\n"
            "겨울철 식중독의 주요 원인인 노로바이러스 감염증(구토, 설사, 복통 등)은\n"
            "적은 양으로도 쉽게 감염되고 집단 발생이 잦아\n"
            "개인위생 관리에 각별한 주의가 필요합니다.\n"
            "외출 후와 식사 전에는 흐르는 물에 비누로 30초 이상 손을 씻고, 음식은 충분히 익혀 드시기 바랍니다.\n"
            "구토나 설사 증상이 있으면 가까운 보건소나 병원에서 진료를 받으시기 바랍니다.\n")
    article = pr2news.convert(text)
    assert article.headline == "겨울철 노로바이러스 감염증 예방수칙 안내"
    assert list(article.highlights) == []
    assert article.body[0].text.startswith("겨울철 식중독의 주요 원인인 노로바이러스 감염증(구토, 설사, 복통 등)은 적은 양으로도")


def test_a_pages_satisfaction_survey_under_the_notice_is_the_tail():
    text = ("겨울철 한파 대비 건강수칙 안내\n\n"
            "한파가 이어지는 12월부터 2월까지는 한랭질환에 걸리지 않도록 실내 온도를 적정하게 유지하고 외출 시 "
            "보온에 신경 써야 합니다.\n"
            "특히 어르신과 만성질환자는 무리한 야외활동을 삼가고 이상 증상이 있으면 가까운 병원을 찾으시기 바랍니다.\n\n"
            "만족도 조사\n\n"
            "이 페이지의 정보와 사용편의성에 만족하시나요?\n\n"
            "평가:\n\n"
            "※ 제출하신 의견은 누리집 운영의 참고자료로 활용하며, 답변이 필요한 문의는 민원 신청을 이용해 주시기 바랍니다.\n")
    article = pr2news.convert(text)
    assert article.body[-1].text.startswith("특히 어르신과 만성질환자는")
    assert "이 페이지의 정보와 사용편의성에 만족하시나요?" in article.stripped


def test_korean_picture_names_alone_under_the_subtitle_are_captions_not_a_subtitle():
    text = ("가온시, 여름 해수욕장에서 감염병 예방 캠페인\n\n"
            "7월 20일~21일 해변 홍보부스 운영\n\n"
            "가온시청전경 가온시보건소전경\n\n"
            "[가온일보 / 김하늘 기자] 가온시가 7월 20일부터 21일까지 해수욕장에서 감염병 예방 캠페인을 연다고 19일 밝혔다.\n\n"
            "캠페인은 기침 예절과 손 씻기를 알리는 체험 부스로 꾸며진다.\n")
    article = pr2news.convert(text)
    assert list(article.highlights) == ["7월 20일~21일 해변 홍보부스 운영"]
    assert "가온시청전경 가온시보건소전경" in article.stripped


def test_a_blog_feeds_footer_ends_the_post_above_the_next_posts_of_the_feed():
    text = ("Channel: Local News Archives - Island Daily\n\n"
            "Library hours to be extended during exams\n\n"
            "The Ministry of Education is advising the public that the national library will stay open until 10 p.m. "
            "on weekdays from 1 May to 15 June, while students sit their examinations.\n\n"
            "The Minister said the longer hours would give students a quiet place to study in the evenings.\n\n"
            "The post Library hours to be extended during exams appeared first on Island Daily.\n\n"
            "Harbour works to close the main pier for two weeks\n\n"
            "The port authority will close the main pier from Monday while its deck is repaired, and ferries will use "
            "the north quay in the meantime, the authority said on Friday.\n\n"
            "Ferry passengers are asked to allow an extra fifteen minutes to reach the north quay, which is a short walk "
            "from the bus terminal, and to follow the signs posted along the harbour road.\n\n"
            "The authority said the repairs were overdue and that the pier would reopen before the cruise season.\n")
    article = pr2news.convert(text)
    assert article.headline == "Library hours to be extended during exams"
    assert article.body[-1].text.startswith("The Minister said the longer hours")
    assert "Harbour works to close the main pier for two weeks" in article.stripped


def test_a_row_of_page_tokens_and_a_content_systems_error_page_after_the_text_are_the_tail():
    text = ("Ministry confirms no cases of measles to date\n\n"
            "Port Vale, March 3, 2026: The Ministry of Health confirms that to date there have been no cases of measles "
            "in the country, and that its surveillance teams remain on alert at every port of entry.\n\n"
            "The Ministry remains committed to keeping the public informed as the situation develops.\n\n"
            "kqvxz8314 tr29x7mpq1 zlnwd5e2k\n"
            "Error | Port Vale Government News\n\n\n"
            "The website encountered an unexpected error. Please try again later.\n")
    article = pr2news.convert(text)
    assert article.body[-1].text == "The Ministry remains committed to keeping the public informed as the situation develops."
    for line in ("kqvxz8314 tr29x7mpq1 zlnwd5e2k", "Error | Port Vale Government News",
                 "The website encountered an unexpected error. Please try again later."):
        assert line in article.stripped


def test_words_with_a_figure_inside_them_are_no_token_row():
    from pr2news.segment.lines import make_line
    from pr2news.segment.boilerplate import is_chrome
    from pr2news import lexicon
    from pr2news.model import Block
    for text in ("covid19 update today", "h1n1 flu clinics", "mp3 files"):
        line = make_line(0, Block(text=text), text)
        assert is_chrome(line, lexicon.LEXICONS["en"]) is None, text


def test_a_broadcast_scripts_first_phrase_under_the_title_is_its_text_not_the_titles_rest():
    # a broadcaster's script sets a phrase to a line: the line under the title opens the first sentence (its subject
    # and 은, stopping on 과), which ends lines below
    text = ("가온·나래해경, 연안 위험예보 '주의보' 발령\n"
            "가온해경과 나래해경은 대조기 기간과\n"
            "사람이 많이 모이는 연말 행사가\n"
            "맞물림에 따라 내일부터 1월 1일까지\n"
            "연안 위험예보 '주의보'를 발령했습니다.\n"
            "해경은 가온시 겨울바다축제와\n"
            "나래군 해넘이·해돋이 축제 등\n"
            "해수욕장과 항포구에 인파가 몰리는 상황에서\n"
            "바다 추락 등 사고가 발생할 수 있다며\n"
            "안전 수칙 준수를 당부했습니다.\n"
            "'주의보' 단계는 연안 해역에 안전사고\n"
            "발생 우려가 높을 경우 발령되며,\n"
            "해경은 24시 긴급출동태세를 유지하는 등\n"
            "안전 관리에 나섭니다.\n")
    article = pr2news.convert(text)
    assert article.headline == "가온·나래해경, 연안 위험예보 '주의보' 발령"
    assert article.body[0].text.startswith("가온해경과 나래해경은 대조기 기간과")


def test_the_contact_of_the_next_release_in_a_feed_is_not_the_articles():
    text = ("Media Advisory: Minister to open Harbour Innovation Week\n\n"
            "The Minister of Digital Services will bring opening remarks at the launch of Harbour Innovation Week on "
            "Tuesday, October 4, at 9:00 a.m. at the Convention Centre.\n\n"
            "The week will show the province's technology sector to investors and students alike.\n\n"
            "-30-\n\n"
            "Media contact\n"
            "Jordan Hale\n"
            "Digital Services\n"
            "709-555-0148\n"
            "jordanhale@example.gov\n\n"
            "The post Media Advisory: Minister to open Harbour Innovation Week appeared first on News Releases.\n\n"
            "Media Advisory: Premier available to the media\n\n"
            "The Premier will be available to the media today at 1:00 p.m. in the Media Centre, East Block.\n\n"
            "-30-\n\n"
            "Media contacts\n"
            "Riley Moss\n"
            "Office of the Premier\n"
            "709-555-0196\n"
            "rileymoss@example.gov\n")
    article = pr2news.convert(text)
    assert [contact.name for contact in article.contacts] == ["Jordan Hale"]
    assert "Riley Moss" in article.stripped


def test_a_templates_code_comment_run_into_the_title_is_cut_off_as_the_pages_code():
    text = ("Government News\n"
            "/* HIDE ALL TABS php print render($tabs); */ ?>Minister to open Harbour Innovation Week\n"
            "The Minister of Digital Services will bring opening remarks at the launch of Harbour Innovation Week on "
            "Tuesday at the Convention Centre.\n"
            "The week will show the province's technology sector to investors and students alike.\n")
    article = pr2news.convert(text)
    assert article.headline == "Minister to open Harbour Innovation Week"
    assert "/* HIDE ALL TABS php print render($tabs); */ ?>" in article.stripped


def test_a_subtitle_run_into_the_text_is_cut_before_the_ministry_its_agency_belongs_to():
    text = ("가온원, 고수온 대응 사전 점검 실시\n"
            "수온 가파르게 상승, 고수온 피해 최소화를 위한 자체 점검 회의 개최 해양수산부 국립가온과학원(원장 김하늘, "
            "이하 가온원)은 올여름 우리 바다의 수온이 가파르게 상승할 것으로 예상됨에 따라 고수온 피해를 최소화하기 위한 "
            "자체 점검 회의를 3일 개최했다고 밝혔다. 가온원은 양식 어가를 찾아 양식생물 관리요령을 전파하고, 어업 현장의 애로사항도 듣는 한편 "
            "고수온 특보가 내려지면 곧바로 현장 대응반을 꾸려 피해 조사에 나설 예정이다.\n")
    article = pr2news.convert(text)
    assert list(article.highlights) == ["수온 가파르게 상승, 고수온 피해 최소화를 위한 자체 점검 회의 개최"]
    assert article.body[0].text.startswith("해양수산부 국립가온과학원(원장 김하늘")


def test_the_pages_title_with_the_site_after_it_and_a_hyphen_for_the_titles_dash_is_not_the_headline():
    text = ("Joint Communiqué - Meeting of the Harbour States' Foreign Ministers (Portvale, 9 November 2026) - Coastal Business Review\n"
            "Joint Communiqué – Meeting of the Harbour States' Foreign Ministers (Portvale, 9 November 2026)\n\n"
            "1. At the invitation of the Minister of Foreign Affairs of Portvale, the Foreign Ministers of the Harbour "
            "States met in Portvale on 9 November 2026.\n\n"
            "2. The Ministers discussed ways to strengthen their cooperation on shipping, fisheries and the protection of "
            "the coast.\n")
    article = pr2news.convert(text)
    assert article.headline == "Joint Communiqué – Meeting of the Harbour States' Foreign Ministers (Portvale, 9 November 2026)"
    assert any(line.endswith("- Coastal Business Review") for line in article.stripped)


def test_a_pictured_above_caption_closing_the_paragraph_is_cut_off_as_the_photos_caption():
    text = ("County Sheriff's Office agrees to house inmates for its neighbour\n\n"
            "The County Sheriff's Office is pleased to announce it has agreed to terms with Lake County to take its "
            "overflow of prisoners from August. The agreement will bring the county new revenue while the jail has room "
            "to spare. Pictured above are Sheriff Dana Cruz and County Judge Ellis Ward, moments after signing the "
            "agreement.\n\n"
            "Post a Comment\n")
    article = pr2news.convert(text)
    assert article.body[-1].text.endswith("while the jail has room to spare.")
    assert any(line.startswith("Pictured above are Sheriff Dana Cruz") for line in article.stripped)


def test_a_sentence_printed_twice_in_a_row_over_the_byline_is_an_images_text_and_caption():
    text = ("Advertisement\n\n"
            "Hillside Schools to close Friday due to ‘severe staffing shortages’\n\n"
            "‘Please encourage your students to enjoy a day without any other expected obligations’\n"
            "Hillside Schools will not have virtual or in-person classes on Friday, Nov. 12.\n"
            "Hillside Schools will not have virtual or in-person classes on Friday, Nov. 12.\n"
            "By Dana Reyes\n"
            "Published: Nov. 11, 2026 at 7:50 PM EST\n\n"
            "HILLSIDE, Mich. - According to an email sent to parents Thursday, Hillside Schools will be closed Friday "
            "because too few staff are available.\n\n"
            "The district plans to welcome students back on Monday at their normal times, the superintendent wrote.\n")
    article = pr2news.convert(text)
    assert article.body[0].text.startswith("HILLSIDE, Mich. - According to an email")
    assert "Hillside Schools will not have virtual or in-person classes on Friday, Nov. 12." in article.stripped


def test_a_bracketed_name_opening_the_lead_that_the_header_prints_alone_is_the_copys_credit():
    text = ("두근두근 6월, 관광 관계자 가온으로 모여든다\n\n"
            "• 가온25문화관광\n"
            "• 승인 2026.05.31 10:56\n"
            "• 댓글 0\n\n"
            "한국사진작가협회, 청소년연맹 등 90여 명 팸투어 실시\n\n"
            "[가온25문화관광] 고즈넉한 가온읍성과 아름다운 노을로 이름난 가온군에 6월 한 달 동안 국내외 관광 관계자들이 "
            "찾아온다.\n\n"
            "가온군에 따르면 전국을 돌아다니는 여행 사진작가와 파워블로거 등 90여 명이 가온군을 찾아 관광지를 돌아볼 "
            "예정이다.\n")
    article = pr2news.convert(text)
    assert article.body[0].text.startswith("고즈넉한 가온읍성과")
    assert "[가온25문화관광]" in (article.byline or "")


def test_a_material_credit_after_the_last_sentence_is_cut_off_and_a_dates_dots_end_no_sentence():
    text = ("| 가온(연), 3년에 걸친 어촌계와 1사1촌 활동 | |||||\n"
            "|---|---|---|---|---|---|\n"
            "| 작성자 | 행사일자 | 2026-11-08 | 조회수 | 625 | |\n"
            "|\n"
            "가온수산연구소(소장 김하늘)는 2026. 11. 7일 3년에 걸쳐 1사1촌을 맺고 있는 가온군 동산항어촌계와 함께 연구소 "
            "연구사업을 설명하고 어촌계 발전방안을 모색하며 현장애로사항을 청취하여 어촌현장에서 요구하는 맞춤형 기술지원을 "
            "실시하였다.(자료제공 : 연구지원과, 자원환경과) | |||||\n")
    article = pr2news.convert(text)
    assert article.body[-1].text.startswith("가온수산연구소(소장 김하늘)는 2026. 11. 7일")
    assert article.body[-1].text.endswith("맞춤형 기술지원을 실시하였다.")
    assert any(line.startswith("(자료제공 : 연구지원과, 자원환경과)") for line in article.stripped)


def test_a_korean_dates_dots_are_no_sentence_stops():
    from pr2news.segment.body import SENTENCE_STOP
    assert not SENTENCE_STOP.search("연구소는 2026. 11. 7일 어촌계와")
    assert SENTENCE_STOP.search("was last held in 2019. The next")


def test_a_statement_headed_by_its_kind_alone_takes_the_kind_as_its_headline():
    text = ("STATEMENT\n\n\n"
            "The Harbour Police Force is thankful for the support shown by the public towards its crime prevention "
            "work in recent days.\n\n"
            "The Acting Commissioner said the pledges made by religious and community leaders were truly welcome, and "
            "the force would take every chance offered to work with them.\n")
    article = pr2news.convert(text)
    assert article.headline == "STATEMENT"
    assert article.body[0].text.startswith("The Harbour Police Force is thankful")
    assert any(w.code == "HEADLINE_GUESSED" for w in article.warnings)


def test_a_news_release_label_alone_is_still_no_headline():
    text = ("NEWS RELEASE\n\n"
            "The Harbour Police Force is thankful for the support shown by the public towards its crime prevention "
            "work in recent days.\n\n"
            "The Acting Commissioner said the pledges made by community leaders were truly welcome.\n")
    article = pr2news.convert(text)
    assert article.headline is None


def test_a_breadcrumb_ending_on_the_pages_title_gives_the_title_up():
    text = ("Visit Harbour Politics for premium content,\n"
            "keyword notifications, bill tracking and more\n"
            "Home » Press Releases » Dept. of Natural Resources: Get ready for fishing seasons opening in May\n"
            "HARBOUR CITY – The Department of Natural Resources reminds anglers to prepare for the opening of several "
            "fishing seasons in May, and to buy their licences before the first weekend of the month.\n"
            "Anglers should review this year's rules and confirm that they hold every licence they need.\n")
    article = pr2news.convert(text)
    assert article.headline == "Dept. of Natural Resources: Get ready for fishing seasons opening in May"
    assert "Home » Press Releases »" in article.stripped


def test_a_korean_blogs_comment_form_under_the_post_is_the_tail():
    text = ("가온시, 형사법 개선 특별위원회 출범\n\n"
            "가온시는 12일 시청 대회의실에서 형사법 제도 개선을 위한 특별위원회 출범식을 열었다고 밝혔다.\n\n"
            "위원회는 앞으로 1년 동안 전문가 의견을 모아 실효성 있는 개선안을 내놓을 예정이다.\n\n"
            "답글 남기기\n\n"
            "이메일 주소는 공개되지 않습니다. 필수 필드는 *로 표시됩니다\n")
    article = pr2news.convert(text)
    assert article.body[-1].text.startswith("위원회는 앞으로 1년 동안")
    assert "답글 남기기" in article.stripped


def test_images_named_with_their_source_in_brackets_are_captions_not_subtitles():
    text = ("Local\n\n"
            "Media Statement by the Acting Commissioner of the Harbour Police\n\n\n"
            "Harbour Flag (Source: flags.example.net)\n"
            "Harbour Police Crest\n"
            "(Source: HPS)\n"
            "HARBOUR NEWS - The Harbour Police has just concluded a three-day management meeting, where senior officers "
            "reviewed the state of policing across the province.\n"
            "Since our last briefing, a number of incidents have taken place which involved the destruction of "
            "property, and arrests have been made.\n")
    article = pr2news.convert(text)
    assert list(article.highlights) == []
    for line in ("Harbour Flag (Source: flags.example.net)", "Harbour Police Crest", "(Source: HPS)"):
        assert line in article.stripped


def test_an_aggregators_dated_lead_in_and_pointer_to_the_original_are_not_the_text():
    text = ("Last Harbour News\n\n"
            "HARBOUR DEPARTMENT OF TRANSPORTATION: Closure Update\n\n"
            "Harbour Department of Transportation issued the following announcement of Feb. 24.\n\n"
            "We now have a CLOSURE due to whiteout conditions between miles 180 and 203 on the Coast Highway. Watch "
            "our page for updates.\n\n"
            "The Coast Highway is now OPEN to traffic. Thank you all for your patience.\n\n"
            "Original Source can be found here.\n\n"
            "Source: Harbour Department of Transportation\n")
    article = pr2news.convert(text)
    assert article.body[0].text.startswith("We now have a CLOSURE")
    assert article.body[-1].text == "The Coast Highway is now OPEN to traffic. Thank you all for your patience."
    assert "Original Source can be found here." in article.stripped


def test_an_address_the_page_hid_still_makes_a_contact_line_but_is_reported_as_no_address():
    text = ("FOR IMMEDIATE RELEASE\n"
            "March 2, 2026\n\n"
            "Press Contacts\n"
            "202-555-0146\n"
            "Jordan Hale, [email protected]\n"
            "Riley Moss, [log in to unmask]\n\n"
            "Heritage grants help 53 museums and libraries preserve their treasures\n\n"
            "Washington, DC - A wool quilt, a spruce root basket and wartime posters will be preserved with grants "
            "from the Heritage Preservation Program, the Institute announced today.\n\n"
            "Thirty-nine museums and fourteen libraries will share the grants this year.\n")
    article = pr2news.convert(text)
    names = [contact.name for contact in article.contacts]
    assert "Jordan Hale" in names and "Riley Moss" in names
    assert all(not contact.emails for contact in article.contacts)
    assert article.headline == "Heritage grants help 53 museums and libraries preserve their treasures"


def test_an_images_alternative_text_under_the_title_is_a_caption_not_a_subtitle():
    text = ("Road upgrades start next month\n\n"
            "Published on 17 January 2026\n\n"
            "image of truck pouring bitumen onto the road during a resealing job\n\n"
            "Council's road resealing program for 2026 will begin next month, with roads to be patched and resurfaced "
            "across the city.\n\n"
            "Residents will receive a letter a week before work starts in their street.\n")
    article = pr2news.convert(text)
    assert list(article.highlights) == []
    assert "image of truck pouring bitumen onto the road during a resealing job" in article.stripped
    assert pr2news.convert("Image of the Week: Saturn's rings\n\nThe observatory's telescope caught Saturn's rings "
                           "edge-on last night, a sight seen once every fifteen years.\n").headline \
        == "Image of the Week: Saturn's rings"


def test_a_board_opening_its_breadcrumb_on_the_sign_and_its_office_date_views_row_are_no_title_or_subtitle():
    text = ("본문 바로가기 대메뉴 바로가기\n\n"
            "> 보도자료 > 소속기관(각 지방청)\n\n"
            "가온기상청-나래해경청 해양기상 공동TF 최종보고회 개최\n\n"
            "예보과 2026/05/21 조회수 5819\n\n"
            "가온지방기상청과 나래지방해양경찰청은 21일 해양기상 전문화 공동TF 최종보고회를 열고 1년 동안의 협업 성과를 "
            "공유했다고 밝혔다.\n\n"
            "두 기관은 앞으로도 해양기상 정보를 함께 활용해 해양사고를 줄이는 데 힘쓸 계획이다.\n")
    article = pr2news.convert(text)
    assert article.headline == "가온기상청-나래해경청 해양기상 공동TF 최종보고회 개최"
    assert list(article.highlights) == []
    assert "> 보도자료 > 소속기관(각 지방청)" in article.stripped


def test_a_field_naming_a_person_takes_the_persons_post_under_the_name_as_its_value_too():
    text = ("Text size\n\n"
            "Physicians Affirm Support for Clinic Reform This Year\n\n"
            "Comments from the Association's President before the Governor's press conference\n\n"
            "For immediate release\n"
            "July 22, 2026\n\n"
            "Statement Attributable to:\n"
            "J. Dana Whitlock, MD\n"
            "President, Harbour Medical Association\n\n"
            "\"At this moment for our state, physicians affirm their support for clinic reform this year, and we "
            "are working to improve care for patients and physicians alike,\" Dr. Whitlock said.\n\n"
            "\"We take our part in the clinic reform debate as an honor and a serious responsibility.\"\n\n"
            "The state's physicians affirm their support for a clinic reform bill this year that covers every "
            "resident of the state.\n")
    article = pr2news.convert(text)
    assert list(article.highlights) == ["Comments from the Association's President before the Governor's press conference"]
    assert "President, Harbour Medical Association" in article.stripped


def test_a_feeds_link_tag_and_comment_box_after_the_text_are_not_the_text():
    text = ("Smooth roads ahead: reseal program in full swing\n"
            "newsfeed\n"
            "2026-10-08 22:33\n"
            "Smooth roads ahead: reseal program in full swing\n"
            "Council's 2026/27 road reseal program is underway, with maintenance works in progress across the shire. "
            "Crews will work on 60 roads before Christmas, the council's roads manager said. \"Resealing keeps water "
            "out of the road base and adds years to the life of a road, so every dollar we spend now saves many more "
            "later. Residents will get a letter a week before the crews arrive in their street, and we ask them to park "
            "off the road on the day so the work can be done quickly and safely. We thank everyone for their patience "
            "while we look after the shire's 1,200 km road network,\" he said.\n\n"
            "https://www.example-news.com/smooth-roads-ahead-reseal-program-in-full-swing-1099497/\n\n"
            "#examplenews\n"
            "Hide Comments Comments (0)\n\n"
            "You must login before you can post a comment.\n")
    article = pr2news.convert(text)
    assert article.body[-1].text.endswith("road network,\" he said.")
    for line in ("#examplenews", "Hide Comments Comments (0)", "You must login before you can post a comment."):
        assert line in article.stripped


def test_a_comment_boxs_toggle_and_log_in_prompt_are_chrome():
    from pr2news import lexicon
    from pr2news.model import Block
    from pr2news.segment.boilerplate import is_chrome
    from pr2news.segment.lines import make_line
    for text in ("Hide Comments Comments (0)", "You must login before you can post a comment.",
                 "You must be logged in to post a comment."):
        assert is_chrome(make_line(0, Block(text=text), text), lexicon.LEXICONS["en"]), text
    text = "You must apply before you can post a job at the fair."
    assert not is_chrome(make_line(0, Block(text=text), text), lexicon.LEXICONS["en"])


def test_a_release_kind_and_a_title_after_a_comma_over_the_date_is_the_title_not_a_place():
    text = ("Media Release, Public Safety Dispatchers Week\n\n"
            "April 10, 2026\n\n\n"
            "This week we celebrate National Public Safety Dispatchers Week.\n\n\n"
            "Every year during the second week of April the people who answer our emergency calls are honored for "
            "their work, and the department joins in thanking them.\n\n"
            "Thank you for the amazing job you do!\n")
    article = pr2news.convert(text)
    assert article.headline == "Media Release, Public Safety Dispatchers Week"
    assert article.body[0].text == "This week we celebrate National Public Safety Dispatchers Week."


def test_a_page_reviewed_stamp_with_its_time_after_the_text_is_no_cut_sentence():
    text = ("Water restrictions lifted\n\n"
            "9 March 2026\n\n"
            "The summer water restrictions for the whole district are no longer in force, as cooler weather has "
            "arrived and the rivers have risen.\n\n"
            "Council asks customers to keep avoiding waste, as treating and supplying water has a cost.\n\n\n"
            "Page reviewed: 09 Mar 2026 10:32am\n")
    article = pr2news.convert(text)
    assert article.body[-1].text.startswith("Council asks customers")
    assert "Page reviewed: 09 Mar 2026 10:32am" in article.stripped
    assert not any(w.code == "TRUNCATED_BODY" for w in article.warnings)


def test_the_titles_words_run_on_by_a_word_under_it_are_a_subtitle_not_the_title_printed_twice():
    text = ("Water Restrictions Lifted\n\n\n"
            "9 March 2026\n\n"
            "Summer water restrictions lifted\n\n"
            "The summer water restrictions for the whole district are no longer in force, as cooler weather has "
            "arrived and the rivers have risen.\n\n"
            "Council asks customers to keep avoiding waste, as treating and supplying water has a cost.\n")
    article = pr2news.convert(text)
    assert list(article.highlights) == ["Summer water restrictions lifted"]
    labelled = pr2news.convert(text.replace("Summer water restrictions lifted", "UPDATE: Water Restrictions Lifted"))
    assert list(labelled.highlights) == []


def test_another_storys_title_left_under_the_texts_last_sentence_is_not_the_text():
    text = ("Harbour Council opens new library wing\n\n"
            "The Harbour Council opened the new wing of the central library on Saturday, adding a children's room and "
            "twenty study desks.\n\n"
            "The wing was paid for by a state grant and a gift from the Friends of the Library.\n\n"
            "Residents can visit the wing from Monday during the library's usual hours.\n\n"
            "Free Fishing Weekend Returns to State Parks in June for Families\n")
    article = pr2news.convert(text)
    assert article.body[-1].text == "Residents can visit the wing from Monday during the library's usual hours."
    assert "Free Fishing Weekend Returns to State Parks in June for Families" in article.stripped
    from pr2news.segment.headline import title_case
    assert not title_case("More information is available from the library desk")
    assert title_case("Free Fishing Weekend Returns to State Parks in June for Families")
