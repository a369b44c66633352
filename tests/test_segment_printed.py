"""Releases as a PDF's text layout prints them and as agencies' and portals' pages show them: columns read
across, titles centred and wrapped, running heads split at a label, annexes after the contact, photo
captions with their credits, the office's card under its contact (texts of our own writing)."""
import pr2news
import pytest


PDF_LAYOUT_EN = """                      OFFICE OF THE COUNTY AUDITOR
                           COUNTY OF MARLOWE

                              NEWS RELEASE

FOR IMMEDIATE RELEASE                                      Contact: Ines Ferreira
March 3, 2026                                              Communications Manager
                                                           (707) 555-0142
                                                           iferreira@marlowecounty.gov


           Audit Finds $2.4 Million Unbilled by Four
                Rural Water Service Districts

MARLOWE, Calif. – An audit released today found that four rural water
service districts failed to bill $2.4 million in charges over five years,
the County Auditor's office said.

The districts have agreed to install new meters by the end of the year and
to recover the charges from commercial customers first.

###
"""


def test_a_date_beside_the_contacts_title_is_read_as_its_own_column():
    article = pr2news.convert(PDF_LAYOUT_EN)
    assert article.contacts[0].name == "Ines Ferreira"
    assert article.contacts[0].title == "Communications Manager"
    assert article.dateline.date == "2026-03-03"


def test_a_centred_title_wrapped_by_the_page_width_is_one_headline():
    article = pr2news.convert(PDF_LAYOUT_EN)
    assert article.headline == "Audit Finds $2.4 Million Unbilled by Four Rural Water Service Districts"
    assert article.highlights == ()


def test_a_centred_subtitle_longer_than_the_title_over_it_stays_a_subtitle():
    text = PDF_LAYOUT_EN.replace(
        "           Audit Finds $2.4 Million Unbilled by Four\n"
        "                Rural Water Service Districts\n",
        "              County Audit Finds Unbilled Water Charges\n"
        "         Four Rural Districts Failed to Bill $2.4 Million Over Five Years\n")
    article = pr2news.convert(text)
    assert article.headline == "County Audit Finds Unbilled Water Charges"
    assert article.highlights == ("Four Rural Districts Failed to Bill $2.4 Million Over Five Years",)


PDF_LAYOUT_KO = """누리서부소방본부
보도자료
보도일시 2026. 2. 3.(화) 배포 즉시
담당부서 예방안전과

겨울철 전기히터 화재 3년 새 두 배, 절반은 잠든 새벽에 발생
□ 누리서부소방본부는 최근 3년간 관내에서 발생한 전기히터 화재 112건을 분석한
결과, 2025년 화재가 2023년의 두 배로 늘었다고 3일 밝혔다.
○ 화재의 절반가량인 54건은 자정부터 오전 6시 사이 잠든 시간에 일어났다.
- 1 -
누리서부소방본부 보도자료
2026. 2. 3.(화)
□ 소방본부는 히터를 켠 채 잠들지 말고, 멀티탭 대신 벽면 콘센트에 바로 꽂아
쓸 것을 당부했다.
문의 : 예방안전과 화재조사팀 소방위 진다온 (061-555-0731)
- 2 -
누리서부소방본부 보도자료
2026. 2. 3.(화)
붙임 최근 3년간 전기히터 화재 현황
구분 계 2023년 2024년 2025년
화재(건) 112 25 37 50
※ 자정부터 오전 6시 사이 발생 54건(48.2%)
- 3 -
"""


def test_a_running_heads_date_split_from_its_label_is_the_pages_head_not_the_text():
    article = pr2news.convert(PDF_LAYOUT_KO)
    body = " ".join(b.text for b in article.body)
    assert "2026. 2. 3.(화)" not in body
    assert "멀티탭 대신 벽면 콘센트에 바로 꽂아 쓸 것을 당부했다" in body


def test_an_annex_named_after_the_contact_across_a_page_break_is_not_the_text():
    one_page_of_text = PDF_LAYOUT_KO.replace("- 1 -\n누리서부소방본부 보도자료\n2026. 2. 3.(화)\n", "")
    article = pr2news.convert(one_page_of_text)
    body = " ".join(b.text for b in article.body)
    assert "화재(건) 112" not in body and "구분 계" not in body
    assert "화재(건) 112 25 37 50" in article.stripped  # kept, not published
    assert [c.name for c in article.contacts if c.phones] == ["진다온"]


GOV_UK_PAGE = """Cookies on GOV.UK
Skip to main content
GOV.UK
Press release
Harbour wall at Eastmere to be rebuilt after winter storms
A £12 million scheme will protect 900 homes and the harbour's fishing fleet from storm surges.
From: Marine Management Office
Published 4 March 2026
Marine Management Office logo
The Marine Management Office has awarded a £12 million contract to rebuild the harbour wall at Eastmere, which was breached twice during the winter storms.
Work will begin in May and is expected to finish by the end of next year.
Is this page useful?
"""


def test_an_organisations_logo_alt_text_is_not_a_subtitle():
    article = pr2news.convert(GOV_UK_PAGE)
    assert article.headline == "Harbour wall at Eastmere to be rebuilt after winter storms"
    assert article.highlights == ("A £12 million scheme will protect 900 homes and the harbour's fishing fleet from storm surges.",)
    assert "Marine Management Office logo" in article.stripped


MISSING_PERSON_ALERT = """Brookfield Police Department

Advisory

Missing Teenager – Maya Oduya, 15

The Brookfield Police Department is asking for the public's help locating Maya Oduya, 15, who was last seen on Sunday evening near the Main Street bus station.

Maya may be travelling to Dover, where she has friends. She does not have a phone with her.

Description:
Height: 5'4"
Weight: approximately 110 lbs
Hair: black, shoulder length
Last seen wearing: a grey hooded sweatshirt and jeans

Anyone who sees Maya is asked to call 911 or the Brookfield Police Department at (603) 555-0100.

Contact:
Lt. Dana Kerr, Public Information Officer
Brookfield Police Department
Phone: (603) 555-0177
Email: dkerr@brookfieldnh.gov

Brookfield Police Department
215 S. Main St.
Brookfield, NH 03290


More alerts from Brookfield Police Department

Privacy Policy
"""


def test_a_list_of_fields_under_a_heading_with_a_colon_is_the_texts_own():
    article = pr2news.convert(MISSING_PERSON_ALERT)
    texts = [b.text for b in article.body]
    assert any("Hair: black, shoulder length" in t for t in texts)
    assert texts[-1] == "Anyone who sees Maya is asked to call 911 or the Brookfield Police Department at (603) 555-0100."


def test_an_offices_postal_address_under_its_contact_is_not_the_text():
    article = pr2news.convert(MISSING_PERSON_ALERT)
    assert "215 S. Main St." not in " ".join(b.text for b in article.body)
    assert [t.reason for t in article.trace if t.text in ("215 S. Main St.", "Brookfield, NH 03290")] == \
        ["the office's postal address, under its contact"] * 2
    assert article.contacts[0].name == "Dana Kerr"


PORTAL_COPY_KO = """섬진군, 옛 장터를 주말 야시장으로…6월 개장
지역 농산물·먹거리 판매대 40곳 운영
옛 섬진장터 야시장 조감도. [섬진군 제공. 재판매 및 DB 금지]
(섬진=남도일보) 박다솜 기자 = 전남 섬진군이 문을 닫은 옛 섬진장터를 주말 야시장으로 바꿔 오는 6월 문을 연다고 5일 밝혔다.
군은 장터 부지에 판매대 40곳과 공연 무대를 설치하고, 지역 농산물과 먹거리를 파는 상인을 다음 달까지 모집한다.
▲ 섬진군 관계자들이 옛 섬진장터에서 야시장 조성 계획을 설명하고 있다.
야시장은 6월부터 10월까지 매주 금요일과 토요일 오후 6시부터 밤 11시까지 운영된다.
▲ 군은 상인들에게 판매대 사용료를 첫해 면제한다.
군 관계자는 "주말마다 사람이 모이는 장터로 되살리겠다"고 말했다.
"""


def test_a_caption_closed_by_its_bracketed_credit_is_neither_subtitle_nor_text():
    article = pr2news.convert(PORTAL_COPY_KO)
    assert article.highlights == ("지역 농산물·먹거리 판매대 40곳 운영",)
    assert "조감도" not in " ".join(b.text for b in article.body)


def test_a_marked_line_saying_who_is_doing_what_is_a_caption_and_a_marked_sentence_text():
    article = pr2news.convert(PORTAL_COPY_KO)
    body = " ".join(b.text for b in article.body)
    assert "조성 계획을 설명하고 있다" not in body
    assert "판매대 사용료를 첫해 면제한다" in body


REBUTTAL_KO = """설 명 자 료
배포일시 : 2026. 5. 7.(목) 15:00

[설명] 누리일보 「공공도서관 야간 개관 절반 중단」(5.7.) 보도 관련

야간 개관은 이용이 적은 분관만 요일을 조정한 것으로, 중단한 도서관은 없음

누리시는 2026년 5월 7일자 누리일보 「공공도서관 야간 개관 절반 중단」 보도와 관련하여 다음과 같이 설명합니다.

1. 보도 내용
○ 시립 공공도서관 24곳 가운데 12곳이 야간 개관을 중단했다.

2. 설명 내용
○ 야간 개관을 중단한 도서관은 없으며, 이용자가 하루 10명 미만인 분관 6곳만 야간 개관 요일을 주 5일에서 주 3일로 조정했음
"""


def test_a_rebuttals_sentence_handing_over_to_what_follows_opens_the_text():
    article = pr2news.convert(REBUTTAL_KO)
    assert article.highlights == ("야간 개관은 이용이 적은 분관만 요일을 조정한 것으로, 중단한 도서관은 없음",)
    assert article.body[0].text.endswith("다음과 같이 설명합니다.")


SCOT_PAGE = """Skip to main content
Cookies on gov.scot
We use some necessary cookies to make this site work. We would also like to set optional cookies to help us understand how you use the site.
Accept optional cookies
Reject optional cookies
Set cookie preferences

gov.scot
Search site
Search
Menu
Topics
Publications
About

Home
News


News
Free bus travel extended to island ferries
Under-22s will travel free on ferries to and from the islands from April.

Published
12 February 2026

From
Cabinet Secretary for Transport
Moira Dalgety MSP

Part of
Transport, Islands and rural affairs


Young people under 22 will be able to travel free on ferries serving Scotland's islands from 1 April, Transport Secretary Moira Dalgety announced today.

The extension of the young persons' free travel scheme will cost £4 million a year and benefit around 9,000 island residents.

Visiting the ferry terminal at Kilrona, Ms Dalgety said:

"Island young people should have the same chances to study, work and see friends as those on the mainland."

Share this page
Facebook
"""


def test_a_summary_over_a_published_label_set_over_its_date_is_the_highlight():
    article = pr2news.convert(SCOT_PAGE)
    assert article.highlights == ("Under-22s will travel free on ferries to and from the islands from April.",)
    assert article.body[0].text.startswith("Young people under 22 will be able to travel free")
    assert article.dateline.date == "2026-02-12"


SCHOOL_POST = """Posted on 03/11/2026
[ print-friendly ]
Board adopts new later start times for high schools

The Riverbend Unified School District Board of Education on Tuesday voted to move high school start times to 8:30 a.m. beginning in the fall.

The change follows a year of surveys and meetings with families, students and bus contractors.

Media contact: Noor Haddad, Director of Communications, (530) 555-0119, nhaddad@riverbendusd.example.org

2026-27 Bell Schedules (PDF)

Comments (-1)
"""


def test_a_bracketed_button_a_linked_pdf_and_an_empty_comment_counter_are_not_the_text():
    article = pr2news.convert(SCHOOL_POST)
    body = " ".join(b.text for b in article.body)
    assert "print-friendly" not in body and "Comments" not in body and "Bell Schedules" not in body
    assert article.attachments == ("2026-27 Bell Schedules (PDF)",)
    assert body.endswith("students and bus contractors.")


WIRE_COPY = """Harbor Transit Authority Prices $96 Million Bond Sale for Ferry Terminal
Proceeds will rebuild the downtown terminal and add two electric ferries
March 10, 2026 09:30 AM Eastern Daylight Time
BAYPORT, Maine--(BUSINESS WIRE)--The Harbor Transit Authority today priced $96 million in revenue bonds to rebuild its downtown ferry terminal.
The bonds drew orders from 31 investors, more than three times the amount offered.
About the Harbor Transit Authority
The Harbor Transit Authority runs ferry and bus service between Bayport and six island towns.
This announcement is not an offer to sell or a solicitation of an offer to buy any securities.
Contacts
Media: Ellen Sato, (207) 555-0141, esato@harbortransit.example
"""


def test_a_wire_copys_time_zone_line_is_a_date_and_the_issuers_description_is_not_the_text():
    article = pr2news.convert(WIRE_COPY)
    assert article.highlights == ("Proceeds will rebuild the downtown terminal and add two electric ferries",)
    assert article.dateline.date == "2026-03-10"
    body = " ".join(b.text for b in article.body)
    assert body.endswith("more than three times the amount offered.")
    assert "About the Harbor Transit Authority" in article.stripped


FORWARDED_RELEASE = """From: Priya Shah <pshah@lakecounty.example>
Sent: Wednesday, April 8, 2026 9:12 AM
To: Newsroom <news@valleyherald.example>
Cc: Okafor, Daniel <dokafor@lakesheriff.example>
Subject: FW: Lake County Sheriff's Office opens new substation in Millbrook

Hi all,

Forwarding the release below in case it did not reach you yesterday – our mailing list had a glitch. Sheriff Okafor is available for interviews about the Millbrook substation this week.

Thanks,
Priya

Priya Shah
Communications Coordinator
Lake County Board of Commissioners
Office: (541) 555-0120 | Cell: (541) 555-0199
pshah@lakecounty.example
www.lakecounty.example


---------- Forwarded message ---------
From: Lake County Sheriff's Office <media@lakesheriff.example>
Date: Tue, Apr 7, 2026 at 2:40 PM
Subject: Lake County Sheriff's Office opens new substation in Millbrook
To: <pshah@lakecounty.example>


LAKE COUNTY SHERIFF'S OFFICE
Sheriff Daniel Okafor
NEWS RELEASE

FOR IMMEDIATE RELEASE
April 7, 2026

Lake County Sheriff's Office opens new substation in Millbrook

MILLBROOK, Ore. – The Lake County Sheriff's Office opened a substation in Millbrook on Tuesday, cutting response times for residents of the county's eastern valley.

The substation will be staffed by four deputies around the clock and share space with the Millbrook fire station.

"Deputies who start and end their shifts in the valley get there faster," Sheriff Daniel Okafor said.

Media contact:
Tom Reyes, Public Information Officer
(541) 555-0177

###
"""


def test_a_forwarded_release_starts_under_the_forwarded_messages_separator():
    article = pr2news.convert(FORWARDED_RELEASE)
    assert article.headline == "Lake County Sheriff's Office opens new substation in Millbrook"
    assert article.highlights == ()
    assert article.body[0].text.startswith("MILLBROOK, Ore. – The Lake County Sheriff's Office opened")
    assert "Sheriff Daniel Okafor" in article.stripped and "Priya Shah" in article.stripped


def test_an_officials_name_in_the_letterhead_is_not_the_headline():
    text = FORWARDED_RELEASE[FORWARDED_RELEASE.index("LAKE COUNTY SHERIFF'S OFFICE"):]
    article = pr2news.convert(text)
    assert article.headline == "Lake County Sheriff's Office opens new substation in Millbrook"


def test_a_headline_shaped_like_an_office_and_a_name_is_still_a_headline():
    article = pr2news.convert("Governor Signs Budget\n\nGovernor Ana Ruiz signed the state budget on Friday, "
                              "ending a three-week standoff with the legislature over school funding.\n")
    assert article.headline == "Governor Signs Budget"


ASSEMBLY_MEMBER_KO = """국회의원 한 도 윤
새길당 │ 보건복지위원회 │ 누리시 갑

보 도 자 료

보도일자 2026. 3. 4.(수) 즉시 보도 가능
담 당 오세린 비서관 02-784-5501
매 수 총 2매(붙임 1매 포함)

한도윤 의원, “소아과 야간진료 공백 2년 새 두 배”
- 야간·휴일 소아진료 가능한 병원 없는 시·군 38곳… 2년 전 19곳에서 늘어

국회 보건복지위원회 소속 한도윤 의원(새길당, 누리시 갑)이 보건당국에서 받은 자료에 따르면, 야간과 휴일에 소아 환자를 볼 수 있는 병원이 한 곳도 없는 시·군이 38곳으로 2년 전보다 두 배로 늘었다.
한 의원은 “아이가 밤에 아프면 옆 도시까지 가야 하는 지역이 늘고 있다”며 “야간 소아진료 수가를 높여야 한다”고 말했다.
"""


def test_a_letterheads_row_of_party_committee_and_district_is_not_the_headline():
    article = pr2news.convert(ASSEMBLY_MEMBER_KO)
    assert article.headline == "한도윤 의원, “소아과 야간진료 공백 2년 새 두 배”"
    assert article.highlights == ("야간·휴일 소아진료 가능한 병원 없는 시·군 38곳… 2년 전 19곳에서 늘어",)
    assert "매 수 총 2매(붙임 1매 포함)" in article.stripped


CHANNEL_POST_KO = """누리군청
@누리군청
채널 추가

누리군청
2026년 1월 14일 오후 3:10

📢 [보도자료] 누리군, 설 명절 전통시장 장보기 행사 연다

■ 누리군, 설 명절 전통시장 장보기 행사 연다
- 2월 5일부터 사흘간 누리5일장… 온누리상품권 10% 환급

누리군은 설 명절을 앞두고 2월 5일부터 7일까지 누리5일장에서 전통시장 장보기 행사를 연다고 14일 밝혔다.
행사 기간 시장에서 온누리상품권으로 장을 본 군민에게는 구매 금액의 10%를 상품권으로 돌려준다.

좋아요 8
댓글 2
"""


def test_a_posts_date_with_a_clock_time_is_not_the_headline_and_a_marked_tag_is_dropped():
    article = pr2news.convert(CHANNEL_POST_KO)
    assert article.headline == "누리군, 설 명절 전통시장 장보기 행사 연다"
    assert article.highlights == ("2월 5일부터 사흘간 누리5일장… 온누리상품권 10% 환급",)
    assert (article.dateline.date, article.dateline.time) == ("2026-01-14", "15:10")


HOSPITAL_PAGE_KO = """HOME > 병원소개 > 병원소식 > 보도자료
누리대병원 연구팀, 소아 중이염 재발 예측하는 혈액 지표 찾아
2026.02.03 조회수 158

▷ 생후 24개월 미만 영아 1,320명 분석… 재발 위험 3.1배 높은 지표 확인
▷ 국제학술지 게재… 불필요한 항생제 처방 줄이는 근거 기대

누리대학교병원 이비인후과 강민서 교수 연구팀이 소아 중이염의 재발 위험을 미리 알려주는 혈액 지표를 찾았다고 3일 밝혔다.
▲ 누리대학교병원 이비인후과 강민서 교수
연구팀은 2019년부터 2024년까지 중이염으로 진료받은 영아 1,320명의 혈액 검사 결과를 분석했다.
"""


def test_a_boards_date_and_read_counter_are_split_and_a_profile_photos_caption_is_not_the_text():
    article = pr2news.convert(HOSPITAL_PAGE_KO)
    assert len(article.highlights) == 2 and article.highlights[0].startswith("생후 24개월 미만 영아")
    assert article.dateline.date == "2026-02-03"
    body = " ".join(b.text for b in article.body)
    assert "조회수" not in body and "강민서 교수 연구팀이" in body and "▲" not in body


VIDEO_PAGE_KO = """건너뛰기
검색
0:00 / 2:45
공원 야간 개방 현장을 가다 | 누리TV
누리시 누리TV
구독자 1.8만명
구독
조회수 2,204회 2026. 4. 2. #누리시 #야간개방 #도시공원

📌 보도자료
누리시, 도시공원 6곳 밤 10시까지 개방 연장
▶ 5월부터 10월까지 야간 조명·순찰 강화
▶ 공원별 야간 프로그램 24종 운영

누리시가 5월부터 10월까지 도시공원 6곳의 개방 시간을 밤 10시까지 늘린다고 2일 밝혔다.
시는 공원마다 조명을 보강하고 야간 순찰 인력을 두 배로 늘려 안전을 챙길 계획이다.
야간 개방과 관련한 문의는 누리시 푸른도시과 공원관리팀(061-555-2741)으로 하면 된다.

00:00 인트로
00:35 야간 조명 점검
"""


def test_a_videos_counter_row_is_not_the_headline_and_where_to_ask_is_the_contact():
    article = pr2news.convert(VIDEO_PAGE_KO)
    assert article.headline == "누리시, 도시공원 6곳 밤 10시까지 개방 연장"
    assert article.highlights == ("5월부터 10월까지 야간 조명·순찰 강화", "공원별 야간 프로그램 24종 운영")
    assert [c.phones for c in article.contacts] == [("061-555-2741",)]
    assert article.body[-1].text.endswith("안전을 챙길 계획이다.")


WEBMAIL_NEWSLETTER_KO = """받은메일함
[누리문화재단 뉴스레터 4월호] 청소년 연극교실 ‘무대 위 한 달’ 참가자 모집
보낸사람 누리문화재단 <news@nuriarts.example> 주소추가
2026년 4월 7일 (화) 오전 9:30

이 메일이 잘 보이지 않으면 여기를 클릭하세요.
NURI ARTS FOUNDATION
[보도자료]
청소년 연극교실 ‘무대 위 한 달’ 참가자 모집

누리문화재단이 중·고등학생을 위한 연극교실 ‘무대 위 한 달’ 참가자 40명을 모집한다고 7일 밝혔다.
참가자들은 5월 한 달 동안 매주 토요일 현직 배우와 함께 짧은 연극을 만들어 무대에 올린다.
"""


def test_a_mails_subject_with_a_bracketed_label_yields_to_the_title_printed_below():
    article = pr2news.convert(WEBMAIL_NEWSLETTER_KO)
    assert article.headline == "청소년 연극교실 ‘무대 위 한 달’ 참가자 모집"
    assert article.body[0].text.startswith("누리문화재단이 중·고등학생을 위한")


@pytest.mark.parametrize("text,last,notice", [
    ("누리지검, 보조금 빼돌린 업체 대표 등 4명 기소\n\n"
     "누리지방검찰청은 농업 보조금 3억 원을 빼돌린 혐의로 업체 대표 등 4명을 기소했다고 9일 밝혔다.\n\n"
     "이들은 2022년부터 허위 서류로 보조금을 신청한 것으로 조사됐다.\n\n",
     "이들은 2022년부터 허위 서류로 보조금을 신청한 것으로 조사됐다.",
     "※ 이 보도자료는 공소장 내용을 토대로 작성한 것으로, 피고인들은 판결이 확정되기 전까지 무죄로 추정됩니다."),
    ("Four Charged in Farm Grant Fraud Scheme\n\n"
     "The District Attorney's Office has charged four people with stealing $300,000 in state farm grants.\n\n"
     "Investigators say the group filed false paperwork for grants from 2022 to 2025.\n\n",
     "Investigators say the group filed false paperwork for grants from 2022 to 2025.",
     "A criminal complaint is merely an allegation, and all defendants are presumed innocent until proven guilty in a court of law."),
])
def test_the_notice_that_the_accused_are_presumed_innocent_is_not_the_text(text, last, notice):
    article = pr2news.convert(text + notice + "\n")
    assert article.body[-1].text == last
    assert notice in article.stripped


NEWS_COPY_SUMMARY_KO = """
기사내용 요약
누리시, '노후 상수관 정비 중기계획' 발표…2030년까지 86㎞ 교체
누수 잦은 구간 21곳 먼저 정비

[누리=뉴스누리] 누리시가 2030년까지 노후 상수관 86㎞를 새 관으로 바꾸는 정비 계획을 발표했다. 시는 누수 신고가 잦은 21개 구간을 먼저 정비해 수돗물 손실을 줄일 계획이라고 밝혔다.

시는 올해 예산 140억 원을 들여 1단계 공사를 시작하고, 공사 구간은 시 누리집에 미리 알린다.

공사 기간에는 구간별로 하루 4시간가량 단수가 있을 수 있어 시는 주민들에게 문자로 미리 안내할 예정이다.

시 관계자는 "낡은 관을 제때 바꾸지 않으면 땅꺼짐과 수질 사고로 이어질 수 있다"고 말했다.

저작권자 © 뉴스누리 무단전재 및 재배포 금지

많이 본 뉴스
"""


def test_summary_lines_of_a_copy_without_wrapped_lines_stay_two_highlights():
    article = pr2news.convert("누리시, 노후 상수관 86㎞ 교체에 1200억 투입\n" + NEWS_COPY_SUMMARY_KO)
    assert article.highlights == ("누리시, '노후 상수관 정비 중기계획' 발표…2030년까지 86㎞ 교체", "누수 잦은 구간 21곳 먼저 정비")


def test_where_to_ask_closing_a_reporters_copy_stays_its_last_sentence():
    text = ("누리시, 소상공인 경영안정자금 300억 지원\n\n"
            "[누리일보=박하늘 기자] 누리시가 경영난을 겪는 소상공인에게 300억 원 규모의 경영안정자금을 지원한다.\n\n"
            "업체당 최대 5천만 원까지 빌려주고 2년간 이자 2%를 시가 대신 낸다.\n\n"
            "자세한 사항은 누리신용보증재단 콜센터(1588-0000)나 시 소상공인과(061-555-2541)로 문의하면 된다.\n")
    article = pr2news.convert(text)
    assert article.body[-1].text.endswith("로 문의하면 된다.")
    assert article.contacts == ()


CITY_NEWS_FLASH = """Skip to Main Content
Dismiss alert
Millbrook, OR - Official Website
Create a Website Account - Manage notification subscriptions, save form progress and more.
Residents
Business
Government
Home
News
In This Section
City News
Press Releases
Road Closures & Detours
Subscribe to Notifications

Oak Street Bridge Deck Repairs Begin Monday, August 4, 2026
Post Date:07/28/2026 10:15 AM

MILLBROOK, Ore. – Crews will begin repairing the deck of the Oak Street Bridge on Monday, closing one lane in each direction for about six weeks.

The work will replace worn concrete and expansion joints that were last repaired in 2009.

Media Contact: Dana Holt, Communications Manager
541-555-0188 | dholt@millbrookor.gov


Related Alerts
City Warns of Utility Shut-Off Scam Calls
Tax Season Brings New Wave of Phone Scams

Sign up for city alerts by email
"""


def test_a_sites_official_name_is_never_the_headline_nor_its_date_line_the_headlines_rest():
    article = pr2news.convert(CITY_NEWS_FLASH)
    assert article.headline == "Oak Street Bridge Deck Repairs Begin Monday, August 4, 2026"
    assert article.body[0].text.startswith("MILLBROOK, Ore. – Crews will begin")
    assert article.dateline.date == "2026-07-28"


def test_a_list_of_related_alerts_after_the_contact_is_not_a_contact():
    article = pr2news.convert(CITY_NEWS_FLASH)
    assert [c.name for c in article.contacts] == ["Dana Holt"]
    assert "Related Alerts" in article.stripped


CHAT_WITH_FLATTENED_RELEASE = """누리시 출입기자방 님과 카카오톡 대화
저장한 날짜 : 2026-03-10 18:02:11

--------------- 2026년 3월 10일 화요일 ---------------
[누리일보 김기자] [오전 9:02] 오늘 보도자료 있나요?
[누리시 홍보과 이주무관] [오전 9:05] 오늘은 공영자전거 무료 관련 1건 나갑니다~
[누리시 홍보과 이주무관] [오전 9:40] 네 오늘 1건 보내드립니다. 사진은 메일로 드렸습니다.
[누리시 홍보과 이주무관] [오전 9:41] 누리시 보도자료 (배포 2026. 3. 10.(화) 09:40 / 즉시 보도)  누리시, 4월부터 공영자전거 첫 1시간 무료  - 출퇴근 시민 이용 늘리고 탄소 줄이기 기대 -  누리시는 4월 1일부터 공영자전거 '누리바이크'의 기본 이용 1시간을 무료로 한다고 10일 밝혔다. 지금은 1시간에 1,000원을 내야 한다.
시는 무료화로 늘어나는 운영비 연 4억 원을 전액 시비로 부담한다.
[누리일보 김기자] [오전 9:45] 감사합니다~
[누리방송 박기자] [오전 9:50] 잘 받았습니다.
[누리시 홍보과 이주무관] [오전 10:15] 네 궁금한 점은 교통정책과로 문의 부탁드립니다.
"""


def test_a_release_pasted_into_a_chat_with_its_line_breaks_lost_is_found_between_the_messages():
    article = pr2news.convert(CHAT_WITH_FLATTENED_RELEASE)
    body = " ".join(b.text for b in article.body)
    assert "기본 이용 1시간을 무료로 한다고 10일 밝혔다" in body and "운영비 연 4억 원" in body
    assert "감사합니다" not in body and "잘 받았습니다" not in body
    assert article.headline == "누리시, 4월부터 공영자전거 첫 1시간 무료"
    assert article.highlights == ("출퇴근 시민 이용 늘리고 탄소 줄이기 기대",)
    # (배포 2026. 3. 10.(화) 09:40 / 즉시 보도): released at once - the release's date and time, no embargo
    assert article.embargo is None and (article.dateline.date, article.dateline.time) == ("2026-03-10", "09:40")


NEWS_COPY_WITH_BOX_KO = """누리신문
전체기사   정치   경제   사회   지역
지역 > 누리시

누리시, 겨울철 한파 쉼터 210곳 운영 시작
경로당·주민센터 등 지정… 내년 2월 28일까지

한소율 기자   soyul.han@nurinews.example
입력 2025.12.01 10:12

[누리신문 한소율 기자] 누리시는 본격적인 겨울철을 앞두고 경로당과 주민센터 등 210곳을 한파 쉼터로 지정해 1일부터 운영한다고 밝혔다.

한파 쉼터는 평일 오전 9시부터 오후 6시까지 운영하며, 한파특보가 내려지면 주말과 공휴일에도 문을 연다.

관련기사
 · 누리시, 홀몸 어르신 겨울철 안부 확인 1천 명 운영
 · 누리시, 2025년 겨울철 종합대책 발표… 제설함 300곳 추가

시는 쉼터마다 난방기 작동 여부와 비상 연락망을 미리 점검했으며, 쉼터 위치는 시 누리집과 안전디딤돌 앱에서 확인할 수 있다.

또 한파에 취약한 홀몸 어르신과 노숙인을 위해 핫팩과 담요 등 방한용품 5천 세트를 나눠줄 계획이다.

차민재 누리시 안전정책과장은 “기온이 영하 12도 아래로 내려가는 날에는 바깥 활동을 줄이고 가까운 쉼터를 이용해 달라”고 당부했다.


저작권자 © 누리신문 무단전재 및 재배포 금지

많이 본 뉴스
1 누리시 신도심 아파트 청약 경쟁률 42대 1
2 누리시의회, 12월 정례회 앞두고 조례안 18건 접수
"""


def test_a_box_of_related_links_inside_the_text_does_not_end_it():
    article = pr2news.convert(NEWS_COPY_WITH_BOX_KO)
    texts = [b.text for b in article.body]
    assert texts[-1].startswith("차민재 누리시 안전정책과장은")
    assert not any("홀몸 어르신 겨울철 안부 확인" in t or "청약 경쟁률" in t for t in texts)


def test_a_contact_label_set_in_angle_brackets_after_the_annexes_is_the_contact():
    text = ("누리대 연구팀, 바닷물에서 리튬 뽑는 저비용 막 개발\n\n"
            "누리대학교 화학공학과 서하람 교수 연구팀이 바닷물에서 리튬을 싸게 뽑아내는 분리막을 개발했다고 4일 밝혔다.\n\n"
            "연구팀은 새 분리막이 기존 방식보다 에너지를 35% 덜 쓴다고 설명했다.\n\n"
            "[연구 개요]\n연구 기간 : 2023. 3. ~ 2025. 2.\n\n"
            "<연구 관련 문의>\n국립누리대학교 화학공학과 교수 서하람 (061-555-3482 / hrseo@nuri.ac.kr)\n")
    article = pr2news.convert(text)
    assert [(c.name, c.phones) for c in article.contacts] == [("서하람", ("061-555-3482",))]


def test_one_korean_word_is_a_name_not_a_title():
    from pr2news.lexicon import ko
    from pr2news.model import Block
    from pr2news.segment.headline import _shape_ok
    from pr2news.segment.lines import make_line

    def shaped(text):
        return _shape_ok(make_line(0, Block(text=text, where="line 1"), text), ko.LEXICON)
    assert not shaped("뉴스링크와이어") and not shaped("청람도교육청")
    assert shaped("누리시, 공영자전거 1시간 무료")


HEADER_READ_ACROSS_KO = """함께 배우는 누리교육
보 도 자 료
누리도교육청
보도일시 2026. 4. 20.(월) 조간        담당부서 교육혁신과
배포일시 2026. 4. 17.(금) 10:00        담당과장 임도윤 (061-555-7711)
사 진 있음 ( ○ ) 없음 ( )              담 당 자 장학사 하서진 (061-555-7718)
누리도교육청, 섬 학교 찾아가는 미술 체험버스 운영
- 5월부터 섬 지역 초·중학교 32개교 순회 -
□ 누리도교육청은 미술 체험 기회가 적은 섬 지역 학생들을 위해 5월부터 ‘찾아가는 미술 체험버스’를 운영한다고 밝혔다.
ㅇ 체험버스는 대형버스를 작은 미술관으로 꾸며 판화와 도자기 만들기 등 8개 프로그램을 운영한다.
"""


def test_a_header_tables_rows_read_across_give_the_release_time_and_the_contact():
    article = pr2news.convert(HEADER_READ_ACROSS_KO)
    people = [(c.department, c.name, c.phones) for c in article.contacts if c.name]
    assert people == [("교육혁신과", "임도윤", ("061-555-7711",)), ("교육혁신과", "하서진", ("061-555-7718",))]
    assert article.embargo is not None and article.embargo.datetime.startswith("2026-04-20")
    assert article.headline == "누리도교육청, 섬 학교 찾아가는 미술 체험버스 운영"


def test_notes_for_media_under_an_advisory_are_not_its_text():
    text = ("Media advisory\nMinister to announce support for a clean steel plant in Port Elgin\n\n"
            "May 6, 2026 – Port Elgin, Ontario\n\nThe Honourable Dana Fraser, Minister of Industry, will announce support for a clean steel plant in Port Elgin.\n\n"
            "Date: Friday, May 8, 2026\nTime: 10:30 a.m.\nLocation: Elgin Steel Works, 40 Dock Road, Port Elgin\n\n"
            "Notes for media:\nMedia are asked to arrive by 10:15 a.m. and check in at reception.\n")
    article = pr2news.convert(text)
    body = " ".join(b.text for b in article.body)
    assert "Location: Elgin Steel Works" in body and "arrive by 10:15" not in body


def test_a_labelled_contact_run_into_the_last_paragraph_is_split_off():
    text = ("누리시, 시내버스 심야 노선 4개 신설\n\n"
            "누리시는 다음 달부터 밤 12시 이후에도 시내버스 심야 노선 4개를 운행한다고 밝혔다.\n\n"
            "시 관계자는 \"늦게 퇴근하는 시민들의 귀갓길이 한결 편해질 것\"이라고 말했다.  "
            "담당: 누리시 대중교통과 버스정책팀장 민서하 (061-555-3321)\n")
    article = pr2news.convert(text)
    assert article.body[-1].text.endswith("이라고 말했다.")
    assert [(c.name, c.phones) for c in article.contacts] == [("민서하", ("061-555-3321",))]


def test_a_korean_mails_date_field_is_a_date_and_the_release_below_its_greeting_is_found():
    text = ("보낸사람 : \"누리시 홍보담당관실\" <press@nuri.example>\n받는사람 : <undisclosed-recipients>\n"
            "날짜 : 2026년 5월 7일 (목) 오후 4:12\n제목 : [누리시 보도자료] 누리시, 초등학교 12곳 통학로에 옐로카펫 설치\n\n"
            "안녕하십니까, 누리시 홍보담당관실입니다.\n오늘 배포하는 보도자료를 아래와 같이 보내드립니다.\n\n"
            "-----------------------------------------------\n\n"
            "누리시, 초등학교 12곳 통학로에 옐로카펫 설치\n- 어린이보호구역 횡단보도 30곳, 여름방학 전까지 완료\n\n"
            "누리시는 어린이 보행 안전을 높이기 위해 초등학교 12곳 주변 횡단보도 30곳에 옐로카펫을 설치한다고 7일 밝혔다.\n\n"
            "시는 학부모 의견을 모아 사고 위험이 큰 곳부터 설치할 계획이다.\n")
    article = pr2news.convert(text)
    assert article.headline == "누리시, 초등학교 12곳 통학로에 옐로카펫 설치"
    assert article.body[0].text.startswith("누리시는 어린이 보행 안전을")


def test_an_international_bodys_name_and_a_place_with_its_date_over_the_title_are_not_the_headline():
    # the body's name and 'Geneva, 12 May 2026' both recur word for word in the first paragraph
    text = ("PRESS RELEASE\nWorld Meteorological Organization\nGeneva, 12 May 2026\n\n"
            "Early warning coverage reaches two in three small island states, report finds\n\n"
            "Geneva, 12 May 2026 – Two in three small island states now have early warning systems for storms, "
            "according to a report published today by the World Meteorological Organization.\n\n"
            "The report counts 31 new warning services opened since 2022.\n")
    article = pr2news.convert(text)
    assert article.headline.startswith("Early warning coverage reaches")
    assert (article.dateline.date, article.dateline.place) == ("2026-05-12", "Geneva")


def test_a_titles_own_date_after_a_colon_is_still_the_headline():
    text = ("Weekly Road Works Update: May 15, 2026\n\n"
            "Lane closures on Harbor Drive continue through next week while crews replace the water main.\n\n"
            "Drivers should allow extra time near the Fifth Street junction.\n")
    assert pr2news.convert(text).headline == "Weekly Road Works Update: May 15, 2026"


def test_a_list_of_fields_set_apart_from_its_heading_by_a_blank_line_is_the_texts_own():
    text = ("Harbor Robotics Unveils Tidewater, a Hull-Cleaning Drone for Cargo Ships\n\n"
            "SEATTLE, March 3, 2026 /PRNewswire/ -- Harbor Robotics, Inc. today introduced Tidewater, an underwater drone "
            "that cleans ship hulls while vessels are at berth.\n\n"
            "The company said two port operators have ordered the first 40 units.\n\n"
            "Key specifications:\n\nWeight: 38 kg\nBattery life: 6 hours\nDepth rating: 30 m\n"
            "Cleaning rate: 1,200 square metres per hour\n\n"
            "Tidewater will be shown at the Marine Tech fair in Hamburg in April.\n\n"
            "About Harbor Robotics\nHarbor Robotics, Inc. builds underwater robots for ports and shipping companies.\n\n"
            "Media Contact:\nJo Park\n+1 206-555-0133\npress@harbor.example\n")
    body = " ".join(b.text for b in pr2news.convert(text).body)
    assert "Depth rating: 30 m" in body and body.endswith("in Hamburg in April.")


def test_a_finance_pages_widgets_around_a_wire_copy_are_not_its_title_or_text():
    # the title is one line of a page whose paragraphs are one line each: the wire's name under it is no rest of it
    text = ("Tallis Marine Unveils Skiff-9, an Electric Workboat for Harbour Pilots and Port Authorities\n"
            "Business Wire\nWed, May 6, 2026, 9:00 AM EDT 3 min read\nIn this article: TLMR +2.15%\n"
            "Skiff-9 runs a full pilot shift on one charge and recharges in under two hours at a standard dock outlet\n"
            "PORTLAND, Maine, May 06, 2026--(BUSINESS WIRE)--Tallis Marine, Inc. (NASDAQ: TLMR), a builder of electric "
            "boats, today announced Skiff-9, an electric workboat designed for harbour pilots and port authorities.\n"
            "The company said three port authorities in New England have ordered the first eleven boats, with deliveries "
            "planned for the spring of next year.\n")
    article = pr2news.convert(text)
    assert article.headline.endswith("for Harbour Pilots and Port Authorities")
    assert article.highlights == ("Skiff-9 runs a full pilot shift on one charge and recharges in under two hours at a standard dock outlet",)
    assert "3 min read" in article.stripped and "In this article: TLMR +2.15%" in article.stripped


def test_a_single_hash_ends_the_release_and_a_bare_related_header_heads_other_stories():
    text = ("NOAA Opens Three New Tide Gauges Along the Gulf Coast\n\n"
            "WASHINGTON, May 4, 2026 – The National Oceanic and Atmospheric Administration today opened three new tide "
            "gauges along the Gulf Coast to improve storm surge forecasts.\n\n"
            "The gauges report water levels every six minutes to the forecast offices in the region.\n\n"
            "#\n\n"
            "NOAA's mission is to understand and predict changes in climate, weather, ocean and coasts.\n\n"
            "Related\n\nNOAA Updates Hurricane Season Outlook\nCoastal Resilience Grants Open for Applications\n")
    article = pr2news.convert(text)
    assert article.body[-1].text.startswith("The gauges report water levels")
    assert "Coastal Resilience Grants Open for Applications" in article.stripped


def test_a_sites_category_tags_over_a_wire_release_are_not_its_title():
    text = ("홈 > 보도자료 > 소프트웨어\n"
            "소프트웨어 · 인공지능 · 스마트공장\n"
            "누리테크, 스마트공장용 인공지능 설비 점검 소프트웨어 출시\n"
            "설비 소리만으로 고장 징후를 미리 알려\n"
            "2026-05-12 10:00 | 누리테크\n"
            "서울--(뉴스와이어) 2026년 05월 12일 -- 인공지능 소프트웨어 기업 누리테크가 스마트공장용 설비 점검 소프트웨어를 출시했다고 12일 밝혔다.\n"
            "이 소프트웨어는 설비가 내는 소리를 인공지능이 분석해 고장 징후를 미리 알려준다.\n"
            "누리테크는 중소 제조업체의 스마트공장 전환을 돕겠다고 밝혔다.\n")
    article = pr2news.convert(text)
    assert article.headline == "누리테크, 스마트공장용 인공지능 설비 점검 소프트웨어 출시"
    assert article.highlights == ("설비 소리만으로 고장 징후를 미리 알려",)


def test_a_title_naming_three_places_with_dots_is_still_a_title():
    text = ("서울 · 부산 · 대구 폭염경보\n\n"
            "기상청은 12일 오전 11시를 기해 서울과 부산, 대구에 폭염경보를 발령했다고 밝혔다.\n\n"
            "기상청은 낮 최고기온이 35도 이상 오르는 곳이 많겠다며 야외 활동을 자제해 달라고 당부했다.\n")
    assert pr2news.convert(text).headline == "서울 · 부산 · 대구 폭염경보"


def test_a_korean_title_wrapped_before_a_short_second_half_with_no_three_syllable_word_is_one_headline():
    text = ("누리도, 청년 창업농 공동 육묘장\n"
            "3곳 추가 조성\n"
            " - 2027년까지 모두 12곳… 청년농 90명 이용 -\n\n"
            "□ 누리도는 청년 창업농의 육묘 비용을 줄이기 위해 공동 육묘장 3곳을 추가로 조성한다고 밝혔다.\n"
            "　ㅇ 새 육묘장은 올해 하반기 착공해 내년 봄부터 운영한다.\n")
    article = pr2news.convert(text)
    assert article.headline == "누리도, 청년 창업농 공동 육묘장 3곳 추가 조성"
    assert article.highlights == ("2027년까지 모두 12곳… 청년농 90명 이용",)


def test_a_captions_copyright_credit_does_not_end_the_text():
    text = ("누리구, 하천 산책로에 '반려견 놀이터' 2곳 문 연다\n\n"
            "누리구가 누리천 산책로에 반려견과 보호자가 함께 쉴 수 있는 놀이터 2곳을 연다고 밝혔다.\n\n"
            "놀이터에는 배변봉투함과 음수대, 그늘막 벤치를 갖췄다.\n\n"
            "(사진) 누리천 구간 반려견 놀이터 조감도 ⓒ누리구\n\n"
            "주말에는 반려견 예절 교실도 열린다. 목줄 착용과 배변 처리 요령을 알려준다.\n\n"
            "문의: 누리구청 공원녹지과 02-555-9541\n")
    article = pr2news.convert(text)
    assert article.body[-1].text.startswith("주말에는 반려견 예절 교실도")


def test_a_polite_slogan_under_a_plain_news_copy_signs_off_and_a_polite_release_keeps_its_last_sentence():
    plain = ("누리시의회, 어린이 통학로 안전 조례안 상임위 통과\n\n"
             "누리시의회 건설교통위원회는 3일 회의에서 어린이 통학로 보행안전 조례 개정안을 원안 가결했다.\n\n"
             "개정안은 시장이 2년마다 통학로의 보도 설치 현황을 조사하도록 했다.\n\n"
             "보도가 없는 통학로에는 과속방지턱과 바닥 신호등을 먼저 설치하도록 했다.\n\n"
             "이 조례안은 오는 12일 본회의에서 최종 의결될 예정이다.\n\n"
             "누리시의회는 시민과 함께 성장하는 열린 의회를 만들어 가겠습니다.\n")
    article = pr2news.convert(plain)
    assert article.body[-1].text == "이 조례안은 오는 12일 본회의에서 최종 의결될 예정이다."
    polite = plain.replace("가결했다.", "가결했습니다.").replace("조사하도록 했다.", "조사하도록 했습니다.")
    assert pr2news.convert(polite).body[-1].text.endswith("만들어 가겠습니다.")


def test_a_parks_name_over_the_release_is_a_letterhead_and_its_initials_between_dashes_end_it():
    # the park's name recurs word for word in the first paragraph; the title's words recur reworded
    text = ("National Park Service\nU.S. Department of the Interior\n\n"
            "Pine Ridge National Seashore\nHarlow, Maine\n\n"
            "Release Date: June 2, 2026\nContact: Jo Ferris, Public Affairs Specialist, (207) 555-0140\n\n"
            "Pine Ridge Reopens Dune Boardwalk After Storm Repairs\n\n"
            "HARLOW, Maine – Pine Ridge National Seashore will reopen the dune boardwalk on Saturday after crews "
            "repaired storm damage over the winter.\n\n"
            "Rangers will lead guided walks on the boardwalk every weekend through August.\n\n"
            "-NPS-\n\n"
            "About the National Park Service. More than 20,000 employees care for the nation's parks.\n")
    article = pr2news.convert(text)
    assert article.headline == "Pine Ridge Reopens Dune Boardwalk After Storm Repairs"
    assert article.body[-1].text.startswith("Rangers will lead guided walks")


def test_a_title_that_is_a_name_the_text_uses_is_still_the_headline_when_nothing_else_is_one():
    text = ("2026 Summer Reading Challenge\n\n"
            "The 2026 Summer Reading Challenge starts on June 15 at all branches of the Harlow Public Library, "
            "the library said on Monday.\n\n"
            "Children who read ten books over the summer will receive a certificate and a free book.\n")
    assert pr2news.convert(text).headline == "2026 Summer Reading Challenge"


def test_an_officials_name_heading_the_page_is_not_the_headline_when_the_text_names_them():
    text = ("U.S. Senator Dana Whitfield\nServing the People of Vermont\nHome | About | Newsroom | Contact\n"
            "Newsroom > Press Releases\nFor Immediate Release: May 4, 2026\nContact: Jo Park (202) 555-0140\n\n"
            "Whitfield, Moreno Introduce Bill to Fund Rural Fire Stations\n\n"
            "WASHINGTON – U.S. Senators Dana Whitfield (D-Vt.) and Luis Moreno (R-Idaho) today introduced a bill "
            "to fund new fire stations in rural counties that lost volunteer crews over the past decade.\n\n"
            "\"Every town deserves a fire truck that can reach it in time,\" said Whitfield.\n\n"
            "Whitfield has led several efforts to support rural emergency services since joining the Senate.\n")
    assert pr2news.convert(text).headline == "Whitfield, Moreno Introduce Bill to Fund Rural Fire Stations"


def test_an_institutes_name_beside_its_logo_initials_is_the_letterhead():
    text = ("NIRI 누리건설연구원\n보도자료\n보도일시 2026. 5. 12.(화) 조간\n"
            "문의 구조연구본부 수석연구원 민서하 031-555-0123\n\n"
            "누리건설연구원, 영하 20도에서도 굳는 콘크리트 개발\n"
            "- 겨울철 보온 비용 30% 절감 기대 -\n\n"
            "누리건설연구원은 구조연구본부 연구팀이 영하 20도에서도 굳는 콘크리트를 개발했다고 12일 밝혔다.\n\n"
            "연구팀은 누리건설연구원 실험동에서 영하 20도 환경으로 28일간 시험해 강도를 확인했다.\n")
    assert pr2news.convert(text).headline == "누리건설연구원, 영하 20도에서도 굳는 콘크리트 개발"


def test_a_civic_groups_faxed_statement_takes_its_own_title_not_its_cover():
    text = ("누리하천지키기 시민연대\n(12345) 누리시 중앙로 85, 3층 / 전화 055-555-8140\n"
            "수신: 각 언론사 사회부 기자\n발신: 누리하천지키기 시민연대\n날짜: 2026. 5. 21.(목) (총 2쪽)\n\n"
            "성 명 서\n\n"
            "누리천을 콘크리트로 덮으려는가\n"
            "- 누리시는 누리천 복개 계획을 즉각 철회하라 -\n\n"
            "누리시가 지난 19일 시의회 업무보고에서 누리천 하류 1.2km 구간을 복개해 주차장을 만들겠다고 밝혔다.\n\n"
            "하천을 덮는 것은 주차난의 해법이 아니다. 누리시는 복개 계획을 철회하고 시민과 다시 논의하라.\n\n"
            "문의: 정책국장 문서린 010-5555-3370\n")
    article = pr2news.convert(text)
    assert article.headline == "누리천을 콘크리트로 덮으려는가"
    assert article.highlights == ("누리시는 누리천 복개 계획을 즉각 철회하라",)
    assert "수신: 각 언론사 사회부 기자" in article.stripped and "성 명 서" in article.stripped


def test_a_boards_contact_fields_under_its_prev_next_links_are_the_contact_and_the_footer_is_not():
    text = ("누리구, 청년 1인 가구 '안심 이사' 지원 시작\n"
            "작성자 홍보과 | 등록일 2026-04-02 | 조회수 88\n\n"
            "누리구는 이달부터 청년 1인 가구의 이사를 돕는 '안심 이사' 서비스를 시작한다고 밝혔다.\n\n"
            "구는 이사 당일 안심 매니저가 동행해 계약서와 짐 옮기기를 살펴준다고 설명했다.\n\n"
            "목록\n이전글 누리구, 하천 산책로 조명 교체 완료\n다음글 누리구 '찾아가는 세무 상담' 운영\n"
            "담당부서\n1인가구지원과\n담당자\n윤하늘\n전화번호\n02-555-4431\n"
            "(12345) 서울특별시 누리구 보문로 168 대표전화 02-555-3114\n")
    article = pr2news.convert(text)
    assert [(c.department, c.name, c.phones) for c in article.contacts] == [("1인가구지원과", "윤하늘", ("02-555-4431",))]


def test_plain_summary_lines_under_a_highlights_label_end_where_a_dateline_opens_the_text():
    text = ("PRESS RELEASE\nMalawi: $90 Million to Bring Piped Water to Market Towns\nMay 6, 2026\nSTORY HIGHLIGHTS\n"
            "The Market Towns Water Project will bring piped water to about 400,000 people in 12 towns.\n"
            "Around 150 schools and clinics will be connected in the first two years.\n"
            "LILONGWE, May 6, 2026 — The World Bank today approved a $90 million grant to bring piped water to "
            "twelve market towns in Malawi.\n"
            "The project will also train local utilities to keep the new networks running.\n"
            "Press Release No: 2026/101/AFE\n"
            "Contacts\nIn Washington\nAna Ruiz\n+1 (202) 555-7731\nIn Lilongwe\nJames Banda\n+265 1 555 241\n")
    article = pr2news.convert(text)
    assert article.highlights == (
        "The Market Towns Water Project will bring piped water to about 400,000 people in 12 towns.",
        "Around 150 schools and clinics will be connected in the first two years.")
    assert article.body[-1].text == "The project will also train local utilities to keep the new networks running."
    assert [(c.name, c.phones) for c in article.contacts] == [("Ana Ruiz", ("+1 (202) 555-7731",)),
                                                             ("James Banda", ("+265 1 555 241",))]


def test_a_boards_writer_field_over_its_value_is_neither_summary_nor_text():
    text = ("Press Releases\nTitle\nKorea to Open Free Shuttle Buses to 20 Island Ferry Ports\n"
            "Date\n2026-05-14\nHit\n1,284\nWriter\nSpokesperson's Office\n"
            "- Shuttles will meet every ferry at the 20 busiest island ports from July\n"
            "- Rides will be free for residents and visitors alike for the first year\n\n"
            "The Ministry of Oceans said on May 14 that it will run free shuttle buses between ferry ports and town "
            "centres on 20 islands from July.\n\n"
            "The shuttles will be timed to meet every ferry arriving at the ports.\n\n"
            "For further information, please contact the Coastal Transport Division at 044-555-3812.\n")
    article = pr2news.convert(text)
    assert article.highlights == ("Shuttles will meet every ferry at the 20 busiest island ports from July",
                                  "Rides will be free for residents and visitors alike for the first year")
    assert [c.department for c in article.contacts] == ["Coastal Transport Division"]


def test_a_joint_statements_signatories_and_a_charitys_legal_line_are_not_its_text():
    text = ("40 groups urge ministers to fund river clean-up before summer\n\n"
            "Forty civil society organisations today urged ministers to fund the clean-up of the country's most "
            "polluted rivers before the summer bathing season.\n\n"
            "\"Every summer of delay is another summer of closed beaches,\" said Ana Ruiz of Rivers First.\n\n"
            "Signatory organisations (alphabetical):\nBlue Valley Trust (Wales)\nRivers First (England)\n"
            "Save Our Estuaries (Scotland)\n\n"
            "For media enquiries:\nHana Okafor, Communications Lead, Rivers First Coalition\n"
            "+44 20 7946 0321 | press@riversfirst.example\n\n"
            "Share this statement\n\n"
            "Rivers First Coalition is a registered charity in England and Wales (No. 1187634).\n")
    article = pr2news.convert(text)
    assert article.body[-1].text.startswith("\"Every summer of delay")
    assert [(c.name, c.title, c.department) for c in article.contacts] == [
        ("Hana Okafor", "Communications Lead", "Rivers First Coalition")]


def test_a_page_managers_office_in_the_footer_is_not_a_second_contact_after_the_releases_own():
    text = ("누리경찰서, 설 명절 전 보이스피싱 예방 집중 홍보\n"
            "등록일 : 2026.01.20 조회수 : 238 작성자 : 누리경찰서\n\n"
            "누리경찰서는 설 명절을 앞두고 보이스피싱 예방 집중 홍보 기간을 운영한다고 20일 밝혔다.\n\n"
            "경찰은 시장과 터미널 등 사람이 많이 모이는 곳에서 예방 수칙을 알릴 계획이다.\n\n"
            "문의 : 수사과 지능범죄수사팀 경위 오민석 ☎ 031-555-2231\n\n"
            "목록\n이전글 누리경찰서, 어린이보호구역 교통안전 캠페인\n다음글 누리경찰서 '베스트 캅스' 선정\n"
            "담당부서 : 청문감사인권관실 전화번호 : 031-555-2112\n"
            "개인정보처리방침 | 영상정보처리기기 운영관리방침 | 찾아오시는 길\n"
            "(12345) 경기도 누리시 중앙로 150 누리경찰서 대표전화 031-555-2114\n")
    article = pr2news.convert(text)
    assert [c.name for c in article.contacts] == ["오민석"]


def test_a_letterhead_of_logo_initials_issuer_and_release_label_on_one_line_is_not_the_headline():
    text = ("NURI 누리특별자치도 보도자료\n"
            "보도일시 | 2026.5.2.(토) 06:00 | 배포일시 | 2026.5.1.(금) 14:00\n"
            "담당부서 | 기후환경국 탄소중립정책과 | 책임자 | 과장 김정훈 (064-555-2651)\n"
            "담당자 | 주무관 오세린 (064-555-2658) | \n"
            "누리, 전기차 충전기 2030년까지 2만 기로 확대\n"
            "- 공동주택·관광지 중심 급속충전기 1,200기 추가 설치\n\n"
            "□ 누리특별자치도는 2030년까지 도내 전기차 충전기를 2만 기로 늘린다고 밝혔다.\n\n"
            "□ 누리특별자치도 전기차 등록 대수는 4월 말 기준 4만 2,318대다.\n\n"
            "□ 누리특별자치도는 올해부터 공동주택 단지와 관광지 주차장에 급속충전기를 설치한다.\n\n"
            "□ 자세한 내용은 누리특별자치도 누리집의 보도자료에서 볼 수 있다.\n")
    assert pr2news.convert(text).headline == "누리, 전기차 충전기 2030년까지 2만 기로 확대"


def test_a_numbered_list_of_photo_captions_is_not_the_text():
    text = ("[주간 안전] 물놀이 사고 이렇게 막으세요\n\n"
            "□ 누리소방본부는 여름철 물놀이 사고를 막기 위한 안전 수칙을 안내했다.\n\n"
            "□ 본부가 안내한 물놀이 안전 수칙은 다음과 같다.\n"
            "1. 물에 들어가기 전 충분히 준비운동을 한다.\n2. 구명조끼를 꼭 입는다.\n3. 음주 후에는 물에 들어가지 않는다.\n\n"
            "□ 본부 관계자는 \"작은 부주의가 큰 사고로 이어진다\"며 수칙을 꼭 지켜 달라고 당부했다.\n\n"
            "<사진 설명>\n사진 1. 계곡 물놀이 안전 캠페인 현장(2025년 7월)\n사진 2. 구명조끼 착용 시범\n"
            "사진 3. 수난 구조 훈련 장면(누리소방본부 제공)\n\n"
            "담당 부서 | 119대응국 구조과 | 책임자 | 과장 윤성호 | 044-555-7450 | |\n"
            "담당자 | 소방경 임채은 | 044-555-7456\n")
    body = " ".join(b.text for b in pr2news.convert(text).body)
    assert "구명조끼 착용 시범" not in body and body.endswith("지켜 달라고 당부했다.")


def test_a_numbered_photo_caption_matches_the_caption_cues():
    from pr2news.lexicon import ko
    from pr2news.lexicon.common import matches
    assert matches(ko.LEXICON.caption_patterns, "사진 1. 캠핑장 텐트 화재 현장(2024년 6월)")
    assert matches(ko.LEXICON.caption_patterns, "그림 2) 설치 예시")
    assert not matches(ko.LEXICON.caption_patterns, "사진 촬영 대회는 10일까지 접수한다.")


TWO_COLUMN_PAGE = (
    "HARLOW DEPARTMENT OF PARKS AND RECREATION\n"
    "200 Main Street • Harlow, ID 83706 • (208) 555-0100 • www.parks.example\n"
    "\n"
    "Media Contact:                     NEWS RELEASE\n"
    "Jo Ferris                          FOR IMMEDIATE RELEASE\n"
    "Public Information Officer         May 19, 2026\n"
    "(208) 555-0187\n"
    "jo.ferris@parks.example\n"
    "\n"
    "                                   Parks Department Opens Three New\n"
    "                                   Trailheads Along the Harlow River\n"
    "\n"
    "Regional Offices                   HARLOW – The Harlow Department of Parks and Recreation\n"
    "North (208) 555-0120               today opened three new trailheads along the Harlow River,\n"
    "South (208) 555-0130               each with parking for forty cars and a restroom.\n"
    "East (208) 555-0140\n"
    "West (208) 555-0150                The trailheads connect to eleven miles of riverside path\n"
    "                                   that the department finished last autumn.\n"
)


def test_a_page_laid_out_in_two_columns_is_read_column_by_column():
    article = pr2news.convert(TWO_COLUMN_PAGE)
    assert article.headline == "Parks Department Opens Three New Trailheads Along the Harlow River"
    assert [b.text for b in article.body] == [
        "HARLOW – The Harlow Department of Parks and Recreation today opened three new trailheads along the Harlow "
        "River, each with parking for forty cars and a restroom.",
        "The trailheads connect to eleven miles of riverside path that the department finished last autumn."]
    assert [(c.name, c.phones) for c in article.contacts] == [("Jo Ferris", ("(208) 555-0187",))]


def test_a_page_with_centred_lines_but_one_column_keeps_its_order():
    from pr2news.readers.text import read_in_columns
    lines = ["                         CITY OF HARLOW", "                     Office of the Mayor", "",
             "FOR IMMEDIATE RELEASE                                        Contact: Jo Park",
             "May 4, 2026                                                  (208) 555-0140", "",
             "            Mayor Opens New Library Branch in East Harlow", "",
             "HARLOW – Mayor Ana Ruiz today opened the new East Harlow library branch, the city's first new",
             "library in twenty years."]
    assert [text for _, text in read_in_columns(lines)] == lines


def test_a_banners_sentence_is_not_the_headline_over_a_title_as_strong_as_titles_get():
    text = ("Skip to content\nMust be 21 or older to enter. Drink responsibly.\n"
            "Winery Tours | Tasting Room | Where to Visit | Free Tours | Newsroom\nHome / Newsroom / Press Releases\n"
            "Harlow Winery Opens New Tasting Room on Main Street With Free Tours in June\n"
            "Posted: May 7, 2026\nCategory: Events\n"
            "HARLOW, Mo. – Harlow Winery will open its new tasting room on Main Street on June 1 and offer free tours "
            "all month, the winery said on Thursday.\n\n"
            "The tasting room seats sixty guests and will be open Thursday to Sunday.\n\n"
            "Visitors must be 21 or older, and the winery asks guests to arrange a ride home.\n\n"
            "About Harlow Winery\nHarlow Winery has made wine in the Harlow valley since 1978.\n")
    assert pr2news.convert(text).headline == "Harlow Winery Opens New Tasting Room on Main Street With Free Tours in June"


def test_a_stack_of_the_issuers_names_and_an_offices_contact_over_the_title():
    text = ("U.S. Department of Homeland Security\nUnited States Coast Guard\nFifth Coast Guard District\n\n"
            "News Release\nContact: 5th District Public Affairs\nOffice: 757-555-6683\nAfter Hours: 757-555-4592\n"
            "d5-publicaffairs@uscg.example\n\n"
            "Coast Guard rescues 3 from disabled sailboat near Cape Charles, Virginia\n\n"
            "May 9, 2026\n\n"
            "PORTSMOUTH, Va. — The Coast Guard rescued three people Saturday after their sailboat lost power near "
            "Cape Charles.\n\n"
            "A Coast Guard Station Cape Charles boat crew towed the sailboat to the harbor.\n")
    article = pr2news.convert(text)
    assert article.headline == "Coast Guard rescues 3 from disabled sailboat near Cape Charles, Virginia"
    assert [(c.department, c.phones) for c in article.contacts] == [
        ("5th District Public Affairs", ("757-555-6683", "757-555-4592"))]


def test_a_date_and_a_contact_read_across_one_row_are_split():
    text = ("MEDIA ADVISORY: Transportation Subcommittee to Examine Rural Bridge Repairs and Inspection Backlogs\n"
            "Washington, D.C., May 4, 2026 | Press Contact: Jo Park 202-555-9019\n"
            "On Wednesday, May 6, 2026, at 10:00 a.m., the Subcommittee on Highways will hold a hearing on rural "
            "bridge repairs.\n"
            "The hearing will examine the backlog of inspections on county bridges.\n")
    article = pr2news.convert(text)
    assert article.headline.endswith("Inspection Backlogs")
    assert [(c.name, c.phones) for c in article.contacts] == [("Jo Park", ("202-555-9019",))]
    assert article.dateline.date == "2026-05-04"


def test_a_briefing_rooms_attached_files_with_their_buttons_are_attachments():
    text = ("누리시, 원도심 빈 점포 30곳 청년 창업공간으로\n\n"
            "누리시는 원도심 빈 점포 30곳을 청년 창업공간으로 고쳐 입주자를 모집한다고 밝혔다.\n\n"
            "시는 입주 청년에게 최대 2년간 임대료의 80%를 감면한다.\n\n"
            "담당 부서 지역경제과\n책임자 과장 박정현 (044-555-3201)\n"
            "관련 자료 첨부\n"
            "(0514)청년 창업공간 선정 결과(지역경제과).hwpx [314.2 KB] 미리보기 | 다운로드\n"
            "(0514)청년 창업공간 선정 결과(지역경제과).pdf [228.7 KB] 미리보기 | 다운로드\n")
    article = pr2news.convert(text)
    assert len(article.attachments) == 3 and article.body[-1].text.startswith("시는 입주 청년에게")


def test_a_councils_public_notice_signed_off_and_its_further_information_contact():
    text = ("Harlow County Council | Comhairle Contae Harlow\nHome > Council News > Public Notices\nPublic Notice\n"
            "Temporary Road Closure – R599 Harlow to Kilbrin\n"
            "Roads Act 1993 (Section 75) and Roads Regulations 1994 (Article 12)\nPosted on: 03/03/2026\n"
            "Harlow County Council hereby gives notice that it is proposed to close the R599 to all through traffic "
            "for resurfacing works.\n"
            "Objections may be made in writing to the Senior Executive Officer no later than 16:00 on 12 March 2026.\n"
            "Dated: 3 March 2026\nSigned: Ciara Byrne, Senior Executive Officer, Roads\n"
            "Further information:\nHarlow Municipal District Office\nTel: 028 55501 | Email: roads@harlow.example\n")
    article = pr2news.convert(text)
    assert article.headline == "Temporary Road Closure – R599 Harlow to Kilbrin"
    assert article.body[-1].text.endswith("no later than 16:00 on 12 March 2026.")
    assert [c.phones for c in article.contacts] == [("028 55501",)]


NARROW_PHONE_COPY = """오후 3:12 ⓝ •        LTE 87% ▮
누리도교육청
보도자료
누리도교육청, 2학기부터 초등
'놀이 체육' 주 2시간으로 확대
작성자 체육건강과 | 2026-08-11
누리도교육청은 2학기부터 도내
초등학교 1·2학년의 '놀이 체육'
수업을 주 1시간에서 2시간으로
확대한다고 11일 밝혔다.
놀이 체육은 술래잡기와 공 굴리
기 같은 신체 활동 중심으로 운영
하는 수업이다. 교육청은 지난해
시범 운영한 40개교의 결과를 바
탕으로 전면 확대를 결정했다.
교육청은 초등학교 470곳에 학교
당 놀이체육 강사 1명의 인건비를
지원할 계획이다.
문의: 체육건강과 장학사 노지훈
054-555-3412
"""


def test_a_release_wrapped_at_a_phones_width_is_still_read():
    # no line alone reads as running text: the sentences run across the lines
    article = pr2news.convert(NARROW_PHONE_COPY)
    body = " ".join(b.text for b in article.body)
    assert "확대한다고 11일 밝혔다." in body and "지원할 계획이다." in body
    assert [c.name for c in article.contacts] == ["노지훈"]


def test_a_two_column_page_keeps_its_page_number_at_the_page_break():
    text = TWO_COLUMN_PAGE.rstrip("\n").rsplit("\n", 2)[0] + "\n" + (
        "West (208) 555-0150                The trailheads connect to eleven miles of riverside path that\n"
        "Page 1 of 2\n"
        "\n"
        "Harlow Parks News Release – New Trailheads – May 19, 2026\n"
        "                                   the department finished last autumn.\n"
        "\n"
        "                                   The department received 214 comments on the plan during a\n"
        "                                   60-day comment period, and added benches at each trailhead.\n"
        "\n"
        "                                   Maps of the new trailheads are available at parks.example.\n")
    body = " ".join(b.text for b in pr2news.convert(text).body)
    assert "path that the department finished last autumn." in body and "News Release" not in body


FORWARDED_KO_RELEASE = """From: 박하린 <hrpark@nuriilbo.example>
Date: Tue, 14 Apr 2026 08:41:10 +0900
Subject: Fwd: [보도자료] 누리시설공단, 공영주차장 12곳 무인 정산기 도입
To: 이도윤 <dylee@nuriilbo.example>

도윤 기자, 사회면에 참고하세요.

---------- Forwarded message ---------
보낸사람: 누리시설공단 홍보실 <pr@nurifac.example>
Date: 2026년 4월 13일 (월) 오후 4:20
Subject: [보도자료] 누리시설공단, 공영주차장 12곳 무인 정산기 도입
To: <press@nurifac.example>

기자님들 안녕하세요. 누리시설공단 홍보실입니다.
공영주차장 무인 정산기 도입 관련 보도자료를 보내드립니다.

[누리시설공단 보도자료]
보도 : 2026. 4. 14.(화) 조간부터
문의 : 교통사업처 주차운영부 부장 정민호 031-620-4410

누리시설공단, 공영주차장 12곳 무인 정산기 도입
- 출차 대기 시간 평균 3분에서 40초로 줄어

누리시설공단(이사장 오세린)은 시내 공영주차장 12곳에 무인 정산기 24대를 설치하고 이달부터 운영을 시작했다고 13일 밝혔다.

새 정산기는 신용카드와 교통카드, 모바일 결제를 모두 지원하며, 경차와 다자녀 가구 감면도 자동으로 적용한다.

공단은 시범 운영 기간 출차 대기 시간이 평균 3분에서 40초로 줄었다고 설명했다.
"""


def test_a_mails_date_field_is_not_the_headline_of_a_forwarded_korean_release():
    article = pr2news.convert(FORWARDED_KO_RELEASE)
    assert article.headline == "누리시설공단, 공영주차장 12곳 무인 정산기 도입"
    assert article.highlights == ("출차 대기 시간 평균 3분에서 40초로 줄어",)


ASSEMBLY_MEMBER_RELEASE = """보 도 자 료
국회의원 한 도 겸
(누리도 새빛시갑 / 행정안전위원회)
문의 : 한도겸 의원실 비서관 문서진 02-784-6120 / 010-5512-3398
배포일 : 2026. 9. 22.(화)\t\t보도 : 배포 즉시

[국정감사] 한도겸 의원 “소방차 진입 곤란 구역 5년 새 두 배”
- 진입 곤란 구역 2021년 812곳에서 올해 1,640곳으로 늘어
- 불법 주정차 단속 건수는 오히려 줄어… “단속 인력 확충해야”

□ 국회 행정안전위원회 한도겸 의원(새빛시갑)이 소방청으로부터 제출받은 자료에 따르면, 소방차가 들어가기 어려운 주거지역 골목이 2021년 812곳에서 올해 8월 말 1,640곳으로 늘어난 것으로 나타났다.

□ 같은 기간 소방차 전용구역 불법 주정차 단속 건수는 연 2만 1천 건에서 1만 6천 건으로 줄었다.

□ 한도겸 의원은 “화재 초기 5분이 생명을 가르는데 골목 입구에서 소방차가 멈춰 서는 일이 늘고 있다”며 “단속 인력을 확충하고 진입로 확보 기준을 손봐야 한다”고 강조했다.

<끝>
"""


def test_a_members_seat_in_brackets_under_the_letterhead_is_not_the_headline():
    article = pr2news.convert(ASSEMBLY_MEMBER_RELEASE)
    assert article.headline == "[국정감사] 한도겸 의원 “소방차 진입 곤란 구역 5년 새 두 배”"
    assert len(article.highlights) == 2 and article.highlights[0].startswith("진입 곤란 구역 2021년")


def test_a_members_office_named_after_the_member_is_one_department():
    (contact,) = pr2news.convert(ASSEMBLY_MEMBER_RELEASE).contacts
    assert (contact.department, contact.name, contact.title) == ("한도겸 의원실", "문서진", "비서관")
    assert contact.phones == ("02-784-6120", "010-5512-3398")


@pytest.mark.parametrize("notice", ["This news release is also available in French.",
                                    "Ce communiqué est également disponible en anglais.",
                                    "Disponible en español"])
def test_a_notice_that_the_release_exists_in_another_language_is_no_highlight(notice):
    text = ("Province funds new ferry terminal at Birch Harbour\n" + notice + "\n\n12 May 2026\n\n"
            "BIRCH HARBOUR – The province will spend $12 million on a new ferry terminal at Birch Harbour, "
            "replacing the 1960s building that closed after storm damage last winter.\n\n"
            "Construction starts in June and the terminal should open in late 2027.\n")
    article = pr2news.convert(text)
    assert article.headline == "Province funds new ferry terminal at Birch Harbour"
    assert article.highlights == () and notice in article.stripped


RELEASE_WRAPPED_AT_48 = """Harlow State Department of Health
Office of Public Affairs
401 Capitol Way | Harlow, HS 40012 | www.health.example

FOR IMMEDIATE RELEASE                               HSDH 14-26
Monday, March 9, 2026
Contact: Lena Ortiz
Tel: (555) 301-2288
Email: lena.ortiz@health.example

Department Awards $46 Million to Expand Rural Clinic Hours
and Mobile Dental Care

Evening and weekend hours and dental vans will reach 58 rural
towns

HARLOW – The Harlow State Department of Health
today awarded $46 million to 58 rural clinics to
extend their opening hours into evenings and
weekends and to run mobile dental vans in
counties without a practising dentist.

The awards come from the Rural Access Fund,
created by the legislature last year. Most of
the selected clinics serve towns more than 40
miles from the nearest hospital, and 19 will
open on Saturdays for the first time.

"A parent who works a double shift should not
have to choose between a paycheck and a checkup
for a child with an earache," said Health
Secretary Anna Brandt. "Evening hours close that

Page 1 of 2

gap for thousands of families across the state."

Grants include $2.2 million for the Pine Fork
Community Clinic to staff evening hours five
days a week, $1.9 million for the Delmar Valley
Health Cooperative to buy and equip two mobile
dental vans, and $1.4 million for the Crane Lake
Tribal Clinic to hire a second nurse
practitioner.

The department received 131 applications
requesting more than $180 million. Applications
were scored on the distance to existing care,
the share of uninsured residents and each
applicant's plan for keeping services running
after 2028.

The full list of awards is posted on the
department's website. A webinar for grantees
will be held on April 2.

###

Page 2 of 2
"""


def test_a_release_hard_wrapped_at_a_narrow_width_is_read_to_its_end_mark():
    # its lines rarely end a sentence, and those of its later paragraphs share little with the opening:
    # each line is a piece of a sentence, and counts as running text for it
    article = pr2news.convert(RELEASE_WRAPPED_AT_48)
    body = [b.text for b in article.body]
    assert body[0].startswith("HARLOW – The Harlow State Department of Health today awarded")
    assert any(text.startswith("The department received 131 applications requesting more than") for text in body)
    assert body[-1] == ("The full list of awards is posted on the department's website. "
                        "A webinar for grantees will be held on April 2.")


def test_a_quotation_closed_on_a_comma_runs_on_to_its_speaker():
    article = pr2news.convert(RELEASE_WRAPPED_AT_48)
    quote = next(b.text for b in article.body if b.text.startswith('"A parent'))
    assert 'earache," said Health Secretary Anna Brandt. "Evening hours close that gap' in quote


def test_a_subtitle_broken_on_a_word_that_leaves_it_open_is_one_highlight():
    text = ("FOR IMMEDIATE RELEASE\nMay 4, 2026\n\n"
            "State Opens Applications for Well Testing Rebates\n\n"
            "Households on private wells can recover up to $300 for testing and\n"
            "treatment\n\n"
            "HARLOW – Households that draw water from private wells can now apply for\n"
            "rebates of up to $300 to cover laboratory testing and basic treatment\n"
            "equipment, the Department of Environmental Quality said Monday.\n\n"
            "Applications are open until Sept. 30 on the department's website.\n")
    article = pr2news.convert(text)
    assert article.highlights == ("Households on private wells can recover up to $300 for testing and treatment",)
    assert article.body[0].text.startswith("HARLOW – Households that draw water")


PDF_VIEWER_COPY_KO = """누리광역시 보도자료 시민이 안전한 누리
보 도 자 료
보도일시\t2026. 6. 2.(화) 06:00 이후\t배포일시\t2026. 6. 1.(월) 14:00
담당부서\t물관리정책과\t사진\t있음 ■ 없음 □
담당과장\t조경민 062-613-4410\t담 당 자\t한유나 062-613-4425
누리시, 여름철 물놀이장 18곳 7월 개장
- 7월 1일부터 8월 25일까지 운영… 안전요원 2배로 늘려 -
□ 누리광역시는 여름방학을 앞두고 구·군 물놀이장 18곳을 7월 1일부터 8월 25일까지
운영한다고 2일 밝혔다.
□ 올해는 물놀이장마다 안전요원을 2명에서 4명으로 늘리고, 수질 검사를 주 1회에서
주 2회로 강화한다.
 ㅇ 수질 검사 결과는 물놀이장 입구와 시 누리집에 매주 공개한다.
□ 물놀이장은 오전 10시부터 오후 5시까지 운영하며, 매시 정각부터 15분간은 소독과
- 1 -
누리광역시 보도자료 시민이 안전한 누리
휴식을 위해 입수를 제한한다.
□ 시 관계자는 “시민과 어린이들이 안전하게 물놀이를 즐길 수 있도록 운영 기간 내내 안전
관리에 힘쓰겠다”고 말했다.
- 2 -
누리광역시 보도자료 시민이 안전한 누리
붙임 2026년 물놀이장 운영 현황
구분\t계\t동구\t서구\t남구\t북구
개소\t18\t4\t5\t4\t5
- 3 -
"""


def test_a_pdf_viewers_copy_reads_across_its_page_breaks_and_running_heads():
    # the page's number and running head stand inside a sentence: no end of the article
    article = pr2news.convert(PDF_VIEWER_COPY_KO)
    assert article.headline == "누리시, 여름철 물놀이장 18곳 7월 개장"
    body = " ".join(b.text for b in article.body)
    assert "15분간은 소독과 휴식을 위해 입수를 제한한다." in body and "누리광역시 보도자료" not in body
    heads = [t.reason for t in article.trace if t.text == "누리광역시 보도자료 시민이 안전한 누리"]
    assert heads[1:] == ["a running head, printed again at each page break"] * 2


def test_an_annex_labelled_without_a_number_ends_the_text():
    article = pr2news.convert(PDF_VIEWER_COPY_KO)
    assert article.body[-1].text.endswith("안전 관리에 힘쓰겠다”고 말했다.")


def test_a_contact_table_with_the_photo_flag_checked_in_boxes_gives_the_department():
    contacts = pr2news.convert(PDF_VIEWER_COPY_KO).contacts
    assert contacts and contacts[0].department == "물관리정책과" and contacts[0].name == "조경민"


TWO_RELEASES_ON_ONE_PAGE = """한빛도 보도자료
도민과 함께 여는 한빛의 내일
보도일시 : 2026. 3. 10.(화) 즉시 보도 | 사진 : 있음(1매)
한빛도, 봄철 산불 감시원 620명 배치
- 3월 15일부터 5월 15일까지 산불 취약지 집중 감시 -
□ 한빛도는 봄철 산불 조심 기간을 맞아 3월 15일부터 5월 15일까지 산불 감시원 620명을 시·군 취약지에 배치한다고 10일 밝혔다.
□ 감시원은 등산로 입구와 농경지 주변을 돌며 불법 소각을 단속하고, 산불이 나면 초기 진화를 돕는다.
 ○ 올해는 드론 감시단 40명을 새로 꾸려 사람이 오르기 어려운 능선을 살핀다.
□ 최민준 한빛도 산림녹지과장은 “작은 불씨 하나가 큰 산불로 번질 수 있는 만큼 논·밭두렁 태우기를 삼가 달라”고 당부했다.
담당부서 : 산림녹지과 산불방지팀 / 팀장 윤가람 041-620-4410 / 주무관 배소연 041-620-4417
한빛도 보도자료
도민과 함께 여는 한빛의 내일
보도일시 : 2026. 3. 10.(화) 즉시 보도 | 사진 : 없음
한빛도, 청년 창업 공간 3곳 새로 연다
- 천안·아산·서산에 공유 사무실 120석 마련 -
□ 한빛도는 청년 창업가를 위한 공유 사무실 3곳을 천안·아산·서산에 새로 열고 입주 기업을 모집한다고 10일 밝혔다.
□ 입주 기업은 최대 2년간 사무 공간과 회의실을 무료로 쓰고, 세무·법률 상담도 받을 수 있다.
□ 도 관계자는 “청년들이 지역에 머물며 창업에 도전할 수 있도록 돕겠다”고 말했다.
담당부서 : 일자리정책과 창업지원팀 / 팀장 서예준 041-620-2810 / 주무관 임하늘 041-620-2816
- 1 -
"""


def test_a_second_release_on_the_page_is_left_out_with_its_contact():
    article = pr2news.convert(TWO_RELEASES_ON_ONE_PAGE)
    assert article.headline == "한빛도, 봄철 산불 감시원 620명 배치"
    body = " ".join(b.text for b in article.body)
    assert body.endswith("삼가 달라”고 당부했다.") and "청년 창업" not in body
    assert [c.name for c in article.contacts] == ["윤가람", "배소연"]


NEWSLETTER_WITH_RELEASE = """LAKE COUNTY HEALTH NEWS
A quarterly newsletter from Lake County Public Health
Volume 9, Issue 2 Summer 2026

FROM THE DIRECTOR
Summer brings longer clinic hours and our new mobile dental van to the
east valley. Thank you to every partner who helped us open the van in
record time this year.
— Dr. Ana Ruiz, Director

NEWS RELEASE
For Immediate Release: June 2, 2026
Lake County Opens Free Mobile Dental Van for Children
Van will visit six east valley schools over the summer
MILLBROOK, Ore. — Lake County Public Health has opened a free mobile
dental van that will visit six east valley schools this summer, offering
cleanings, sealants and fluoride treatments to children up to age 18.
The van is staffed by two dental hygienists and a dentist from the
Millbrook Community Clinic. No insurance or appointment is needed.
"Many families in the east valley live an hour from the nearest dentist,"
said Dr. Ana Ruiz, Lake County Health Officer. "The van brings the
dentist to them."
The full schedule is posted at lakecounty.example/dental.
Media contact: Tom Reyes, Public Information Officer
541-555-0177 | tom.reyes@lakecounty.example

UPCOMING CLINICS & EVENTS
June 9 – Free car seat checks, Millbrook Fire Station, 10 a.m.
June 16 – Naloxone training, Lake County Library, 6 p.m.

DID YOU KNOW?
Lake County restaurants that pass their food safety inspection display a
green placard by the front door. Look it up at lakecounty.example/food.

Lake County Health News • Summer 2026 • Page 1 of 1
"""


def test_a_release_among_a_newsletters_items_starts_at_its_label_and_ends_at_its_contact():
    article = pr2news.convert(NEWSLETTER_WITH_RELEASE)
    assert article.headline == "Lake County Opens Free Mobile Dental Van for Children"
    assert article.highlights == ("Van will visit six east valley schools over the summer",)
    body = [b.text for b in article.body]
    assert body[0].startswith("MILLBROOK, Ore. — Lake County Public Health has opened")
    assert body[-1] == "The full schedule is posted at lakecounty.example/dental."
    assert [c.name for c in article.contacts] == ["Tom Reyes"]


PHONE_SCREENSHOTS_READ_BY_OCR = """오전 9:41 ⓝ •        5G .ıll 64% ▮
←  nuri.go.kr/board/view.do?no=...  ⋮
누리시
☰        보도자료        🔍
누리시, 3월부터 어린이집
야간 연장 보육 40곳으로
늘린다
작성자 보육정책과 | 2026-02-23 | 조회 412
첨부 260223 보도자료_야간 보육(최종)...
- 맞벌이 가정 수요 반영, 밤 10시까지
운영하는 거점 어린이집 지정 -
누리시는 3월부터 밤 10시까지 아이
를 돌보는 야간 연장 보육 어린이집을
25곳에서 40곳으로 늘린다고 23일
밝혔다.
야간 연장 보육은 맞벌이 가정과 한부
모 가정의 수요가 많은 지역을 중심으
로 운영하며, 거점 어린이집에는 보육
교사 인건비를 추가로 지원한다.
오전 9:42 ⓝ •        5G .ıll 63% ▮
←  nuri.go.kr/board/view.do?no=...  ⋮
시는 올해 예산 18억 원을 들여 보
육교사 60명을 새로 배치하고, 야간
급식비도 지원할 계획이다.
시 관계자는 "부모들이 퇴근 시간을
걱정하지 않고 일할 수 있도록 돕겠다
"고 말했다.
문의: 보육정책과 주무관 한서윤
055-270-3318
목록
"""


def test_phone_screenshots_read_by_ocr_give_the_release_without_the_screens_bars():
    # lines of about twenty characters, a phone's status bar and address bar over each screen: no line alone
    # is long enough to read as running text, yet the text wraps at one width. (Still imperfect, see the
    # issue's notes: the title's second line and the text after the second screen's bars are not all read.)
    article = pr2news.convert(PHONE_SCREENSHOTS_READ_BY_OCR)
    assert "맞벌이 가정 수요 반영, 밤 10시까지 운영하는 거점 어린이집 지정" in article.highlights
    body = " ".join(b.text for b in article.body)
    assert "거점 어린이집에는 보육 교사 인건비를 추가로 지원한다." in body
    assert "63%" not in body and "nuri.go.kr" not in body
    assert "오전 9:42 ⓝ • 5G .ıll 63% ▮" in article.stripped
    assert article.attachments == ("첨부 260223 보도자료_야간 보육(최종)...",)
    assert [(c.department, c.name) for c in article.contacts] == [("보육정책과", "한서윤")]


def test_an_annex_labelled_in_brackets_ends_the_text_before_its_table():
    text = ("누리구, 가을 골목 음악회 25일 개막\n\n"
            "□ 누리구는 오는 25일부터 이틀간 누리천 산책로 일대에서 ‘가을 골목 음악회’를 연다고 20일 밝혔다.\n\n"
            "□ 음악회에는 지역 밴드와 청소년 합창단 등 30여 팀이 참여해 모두 18회의 공연을 펼친다.\n\n"
            "□ 구 관계자는 “주민들이 집 가까운 곳에서 가을 음악을 즐기길 바란다”고 말했다.\n\n"
            "【붙임】 공연 일정표\n\n"
            "구분\t일시\t장소\t주요 프로그램\n개막 공연\t10. 25.(토) 17:00\t누리천 수변무대\t개막 공연, 참여 팀 소개\n"
            "골목 공연\t10. 25.(토)~26.(일) 13:00~19:00\t산책로 일대\t지역 밴드 공연 12회\n"
            "합창 공연\t10. 26.(일) 15:00\t누리천 수변무대\t청소년 합창단 4개 팀\n"
            "악기 체험\t10. 25.(토)~26.(일) 11:00~17:00\t누리1동 주민센터\t어린이 대상(사전 신청)\n"
            "폐막 공연\t10. 26.(일) 19:00\t누리천 수변무대\t누리구립 청소년 오케스트라\n")
    article = pr2news.convert(text)
    assert article.body[-1].text.endswith("가을 음악을 즐기길 바란다”고 말했다.")


def test_an_embargoed_releases_letterhead_under_the_embargo_line_is_not_the_headline():
    text = ("EMBARGOED UNTIL 00:01 EAT WEDNESDAY 10 JUNE 2026\n\n"
            "INTERNATIONAL CENTRE FOR SOIL AND FOOD SECURITY\nPRESS RELEASE\n\n"
            "Farmers in the Sahel lose a third of their harvest to soil erosion, new study finds\n\n"
            "Study of 2,400 farms in Mali, Niger and Chad shows losses doubling in a decade\n\n"
            "BAMAKO, 10 June 2026 – Farmers in the Sahel are losing on average a third of their harvest to soil "
            "erosion, according to a new study released today by the International Centre for Soil and Food "
            "Security (ICSFS).\n\n"
            "The study is based on surveys of 2,400 farms in Mali, Niger and Chad carried out between 2023 and "
            "2025. It found that losses have doubled in a decade where terraces and tree cover were lost.\n")
    article = pr2news.convert(text)
    assert article.headline.startswith("Farmers in the Sahel lose a third of their harvest")
    assert article.highlights == ("Study of 2,400 farms in Mali, Niger and Chad shows losses doubling in a decade",)


def test_a_legislatures_letterhead_and_its_address_row_are_not_the_title_or_highlights():
    text = ("OREGON SENATE\nSenate Housing and Development Committee\n"
            "Room 347, State Capitol • 900 Court Street NE • Salem, OR 97301\n\n"
            "FOR IMMEDIATE RELEASE — March 12, 2026\n\n"
            "Senate Housing Committee Advances Bill to Speed Up Permits for Starter Homes\n"
            "CONTACT: Dana Whitlock\nCommunications Director\n(503) 555-0141\n\n"
            "SALEM – The Senate Housing and Development Committee on Thursday voted 4-1 to advance SB 812, which "
            "would require Oregon cities to decide on permits for homes under 1,500 square feet within 60 days.\n\n"
            "\"Oregon families should not wait a year for a permit,\" said Sen. Maria Lopez, who chairs the "
            "committee. The Oregon Senate passed a similar bill in 2025.\n\n"
            "The bill now moves to the Oregon Senate Rules Committee, which meets in Salem next week.\n")
    article = pr2news.convert(text)
    assert article.headline == "Senate Housing Committee Advances Bill to Speed Up Permits for Starter Homes"
    assert article.highlights == ()
    # what each line over the title is, not only that the title won
    from pr2news.lexicon import en
    from pr2news.segment.headline import issuer_only
    assert issuer_only("OREGON SENATE", en.LEXICON) and issuer_only("Senate Housing and Development Committee", en.LEXICON)
    address = next(t for t in article.trace if t.text.startswith("Room 347"))
    assert address.reason == "the page's footer: a name and a postal address"


COUNCIL_MEMBER_RELEASE = """누리시의회 의원 한도겸
복지문화위원회 | 누리1·2동
보 도 자 료
배포일 : 2026년 6월 9일(화)
보도 : 즉시 보도 가능
매수 : 총 2매(사진 1매 포함)

한도겸 누리시의원, “경로당 냉방비 지원, 여름 전에 늘려야”
- 제311회 임시회 5분 자유발언…경로당 86곳 중 31곳 냉방기 10년 넘어 -

누리시의회 한도겸 의원(복지문화위원회, 누리1·2동)은 9일 열린 제311회 누리시의회 임시회 제1차 본회의 5분 자유발언에서 경로당 냉방비 지원을 여름 전에 늘려 달라고 누리시에 촉구했다.

한 의원은 지난달 누리시 경로당 86곳을 점검한 결과 31곳의 냉방기가 10년 넘게 쓰였고, 냉방비 지원은 월 5만 원에 그친다고 밝혔다.

한 의원은 “폭염이 길어질수록 어르신들이 기댈 곳은 동네 경로당”이라며 “냉방비 지원을 현실에 맞게 늘려야 한다”고 강조했다.

문의 : 한도겸 의원실(정책지원관 문서진) 031-729-8214
"""


def test_a_council_members_letterhead_is_not_the_title_and_the_members_office_is_the_department():
    article = pr2news.convert(COUNCIL_MEMBER_RELEASE)
    assert article.headline == "한도겸 누리시의원, “경로당 냉방비 지원, 여름 전에 늘려야”"
    assert len(article.highlights) == 1 and article.highlights[0].startswith("제311회 임시회 5분 자유발언")
    assert "매수 : 총 2매(사진 1매 포함)" in article.stripped
    (contact,) = article.contacts
    assert (contact.department, contact.name, contact.title) == ("한도겸 의원실", "문서진", "정책지원관")


def test_a_polite_slogan_between_the_release_label_and_its_dates_is_not_the_headline():
    text = ("누리광역시 누리소방서\n\n보 도 자 료\n\n안전한 행복 누리, 누리소방서가 함께합니다\n\n"
            "배포일시: 2026. 7. 15.(수) 10:00\n보도일시: 즉시\n\n"
            "누리소방서, 여름철 해수욕장 ‘119 수상구조대’ 운영\n"
            "- 8월 31일까지 누리·송정 해수욕장에 구조대원 40명 배치\n\n"
            "누리소방서는 여름철 해수욕장 이용객의 안전을 위해 7월 1일부터 8월 31일까지 누리·송정 해수욕장에서 "
            "‘119 수상구조대’를 운영한다고 15일 밝혔다.\n\n"
            "구조대원 40명은 매일 오전 9시부터 오후 7시까지 백사장과 바다를 살핀다.\n")
    article = pr2news.convert(text)
    assert article.headline == "누리소방서, 여름철 해수욕장 ‘119 수상구조대’ 운영"
    assert article.highlights == ("8월 31일까지 누리·송정 해수욕장에 구조대원 40명 배치",)
    # the slogan is no candidate at all (here the title wins anyway; where the text repeats the slogan's words
    # it need not)
    from pr2news.model import Block
    from pr2news.segment.headline import headline_candidates
    from pr2news.segment.rules import line_draft
    d = line_draft([Block(t, f"line {n}", n) for n, t in enumerate(text.split("\n"), 1) if t])
    slogan = next(i for i, line in enumerate(d.lines) if line.text.startswith("안전한 행복 누리"))
    assert slogan not in {c.index for c in headline_candidates(d, len(d.lines))}


def test_an_advisory_title_ending_in_the_polite_register_under_the_label_is_still_the_headline():
    text = ("누리경찰서\n보도자료\n설 명절 앞두고 ‘택배 사칭’ 스미싱 주의하세요\n"
            "등록일 : 2026.01.20   조회수 : 238   작성자 : 누리경찰서\n"
            "누리경찰서는 설 명절을 앞두고 택배 배송 조회를 가장한 스미싱 문자가 늘고 있다며 시민들의 각별한 주의를 당부했다.\n"
            "경찰에 따르면 올해 1월 들어 관내에서 접수된 스미싱 피해 신고는 27건으로 지난해 같은 기간보다 2배 넘게 늘었다.\n")
    assert pr2news.convert(text).headline == "설 명절 앞두고 ‘택배 사칭’ 스미싱 주의하세요"
    from pr2news.model import Block
    from pr2news.segment.headline import headline_candidates
    from pr2news.segment.rules import line_draft
    d = line_draft([Block(t, f"line {n}", n) for n, t in enumerate(text.split("\n"), 1) if t])
    assert 2 in {c.index for c in headline_candidates(d, len(d.lines))}  # the title is a candidate


@pytest.mark.parametrize("after", [
    "Learn more\n\nHarlow Transit On Demand\nDownload the Harlow Transit app\n",
    "Authorised by Jane Fairlie MP, Parliament House, Canberra\n"
    "The Ministers acknowledge the Traditional Custodians of Country throughout Australia.\n"])
def test_links_under_learn_more_and_an_authorisation_after_the_text_are_not_the_body(after):
    text = ("JOINT MEDIA RELEASE\n3 June 2026\n\n$40 million to seal the Harlow Way\n\n"
            "The Australian and Queensland governments will spend $40 million to seal the last 60 kilometres of "
            "the Harlow Way between Boulia and the state border.\n\n"
            "Construction will start in 2027 and take three dry seasons.\n\n" + after)
    article = pr2news.convert(text)
    assert article.body[-1].text == "Construction will start in 2027 and take three dry seasons."


def test_an_embargo_line_that_loses_to_another_is_kept_in_stripped():
    text = ("제목 : [누리군 보도자료] 청년 농업인 스마트팜 임대료 절반으로 낮춘다\n\n"
            "아래와 같이 보도자료를 송부하오니 보도하여 주시기 바랍니다.\n\n"
            "누 리 군 보 도 자 료\n배포일 : 2026. 4. 8.(수)  /  보도일 : 즉시\n\n"
            "누리군, 청년 농업인 스마트팜 임대료 절반으로 낮춘다\n\n"
            "누리군은 청년 농업인이 빌려 쓰는 임대형 스마트팜의 임대료를 올해부터 절반으로 낮춘다고 8일 밝혔다.\n\n"
            "문의 : 농업정책과 청년농업팀 주무관 한서윤 033-430-2411\n")
    article = pr2news.convert(text)
    kept = " ".join([article.headline or "", *(b.text for b in article.body), *article.stripped,
                     article.dateline.text if article.dateline else "", article.embargo.text if article.embargo else "",
                     *(c.text for c in article.contacts)])
    assert "보도일 : 즉시" in kept


def test_a_letterhead_with_two_word_logo_letters_beside_the_issuer_is_not_the_title():
    text = ("NRI KOREA  한국누리인력공단\n보도자료\n"
            "보도시점 : 2026. 11. 20.(금) 조간  |  배포 : 2026. 11. 19.(목) 10:00\n"
            "사람과 일의 가치를 높이는 NRI KOREA\n\n"
            "한국누리인력공단, 올해 국가기술자격\n응시자 역대 최대 260만 명 돌파\n"
            "◆ 1~10월 누적 응시 인원 262만 명…전년 같은 기간보다 7.9% 증가\n\n"
            "한국누리인력공단(이사장 문서진)은 올해 1월부터 10월까지 국가기술자격 시험 응시 인원이 262만 명으로, "
            "역대 처음으로 260만 명을 넘어섰다고 19일 밝혔다.\n\n"
            "이는 지난해 같은 기간보다 19만 명(7.9%) 늘어난 것으로, 종전 최대였던 2024년 연간 응시 인원도 이미 넘어섰다.\n")
    article = pr2news.convert(text)
    assert article.headline == "한국누리인력공단, 올해 국가기술자격 응시자 역대 최대 260만 명 돌파"
    assert article.highlights == ("1~10월 누적 응시 인원 262만 명…전년 같은 기간보다 7.9% 증가",)


PRESS_NOTE_PDF = """\
GOVERNMENT OF DEMOLAND
DEPARTMENT OF INFORMATION AND PUBLIC RELATIONS

PRESS NOTE
No. DIPR/FIS/88/2026                                          Date: 14.02.2026

       Fish seed farms to be set up in six districts; Minister asks
                     officials to finish work before monsoon

Ravipur, February 14: The State will set up fish seed farms in six districts this
year so that farmers no longer have to buy fingerlings from other States, Fisheries
Minister Sri P. Ramanathan said on Friday.
    Speaking after a review meeting with district officials, the Minister said the
farms would together produce about 40 crore fingerlings a year. Work has started
in four districts, while it is behind schedule in the following districts:
District
Target (crore)
Built (%)
Northfield
6.5
40
Lakeside
7.2
35
Hillcrest
5.8
30
    The Minister directed officials to finish the civil work before the monsoon and
to train at least two hundred farmers in each district in hatchery management.
    Farmers can apply for a subsidised seed supply at the nearest fisheries office.

For further details contact:
Sri K. Raghavan, Deputy Director (Fisheries Publicity),
Office of the Director of Fisheries, Ravipur
Ph: 0821-2444 0199, e-mail: dd-fisheries@demoland.example
"""


def test_a_table_the_text_leads_into_with_a_colon_stays_in_the_text_and_further_details_is_the_contact():
    article = pr2news.convert(PRESS_NOTE_PDF)
    body = " ".join(b.text for b in article.body)
    assert "train at least two hundred farmers" in body and "nearest fisheries office." in body
    contact = article.contacts[0]
    assert len(article.contacts) == 1
    assert contact.name == "K. Raghavan" and contact.title == "Deputy Director (Fisheries Publicity)"
    assert contact.phones == ("0821-2444 0199",) and contact.emails == ("dd-fisheries@demoland.example",)


AG_LETTERHEAD_PDF = """\
                                   STATE OF NORTHLAND
                          OFFICE OF THE ATTORNEY GENERAL
                                 12 CAPITOL SQUARE

MARTA J. OKONKWO                                                    TEL: (701) 555-0100
ATTORNEY GENERAL                                                 http://www.ag.northland.example


                                     PRESS RELEASE

FOR IMMEDIATE RELEASE: March 2, 2026
Contact: Lena Ruiz, Press Secretary
(701) 555-0142 | lena.ruiz@northland.example

          ATTORNEY GENERAL OKONKWO WINS $800,000 FOR TENANTS
                   CHARGED ILLEGAL APPLICATION FEES

BISMARCK – Attorney General Marta J. Okonkwo today announced an $800,000 settlement with a
property manager that charged tenants application fees above the limit set by state law.

Under the settlement, the company will refund every tenant who paid the fee since 2022 and will
post its fees on every listing.

                                        # # #
"""


def test_an_officials_name_and_the_offices_number_in_the_letterhead_are_not_the_contact():
    article = pr2news.convert(AG_LETTERHEAD_PDF)
    assert [c.name for c in article.contacts] == ["Lena Ruiz"]
    assert "MARTA J. OKONKWO" in " ".join(article.stripped)


KO_PDF_SUBTITLE_WRAPPED = """\
보 도 자 료
한빛시
보도일시
2026. 4. 6.(월) 배포 즉시
담당부서
보건소 건강증진과
담 당 자
팀장 서하늘 (031-555-4021)
한빛시 보건소, 5월부터 만 70세 이상 폐렴구균 예방접종
무료 지원 확대
- 기존 기초생활수급자에서 전체 어르신으로 대상 확대… 약 1만 명
혜택
- 관내 위탁의료기관 28곳에서 신분증 지참 시 접종 가능
□ 한빛시 보건소는 오는 5월 4일부터 만 70세 이상 어르신을 대상으
로 폐렴구균 예방접종을 무료로 지원한다고 6일 밝혔다.
○ 지원 대상은 1956년 12월 31일 이전 출생자로, 과거 폐렴구균 예방
접종을 받은 적이 없는 어르신이다. 시는 약 1만 명이 혜택을 받을
것으로 보고 있다.
□ 윤다은 한빛시 보건소장은 “폐렴은 어르신에게 특히 위험한 만큼
예방접종이 가장 확실한 대비책”이라며 “올해 안에 꼭 접종을 마쳐
주시길 바란다”
고 당부했다.
"""


def test_a_pdfs_subtitle_cut_at_the_page_width_keeps_its_last_word_and_a_quotes_particle_joins_it():
    article = pr2news.convert(KO_PDF_SUBTITLE_WRAPPED)
    assert article.highlights == ("기존 기초생활수급자에서 전체 어르신으로 대상 확대… 약 1만 명 혜택",
                                  "관내 위탁의료기관 28곳에서 신분증 지참 시 접종 가능")
    assert article.body[-1].text.endswith("“올해 안에 꼭 접종을 마쳐 주시길 바란다”고 당부했다.")


COUNCIL_PDF_TWO_PAGES = """\
Harlow Creek
SHIRE COUNCIL

MEDIA RELEASE

Date: Thursday 14 August 2026

Works to begin on $3.1 million Elm Bridge main street upgrade

Construction of the Elm Bridge main street upgrade will begin on Monday 1 September,
with Council confirming the $3.1 million project will be delivered in four stages to
keep businesses trading throughout the works.

The upgrade of Barton Street will replace cracked and uneven footpaths, widen
pavements outside the shopping strip and add two raised pedestrian crossings near the

Harlow Creek Shire Council | ABN 47 555 230 594
PO Box 118, Elm Bridge VIC 3396 | 03 5555 0400 | harlowcreek.example
Page 1 of 2

Media Release – Works to begin on $3.1 million Elm Bridge main street upgrade

primary school and the post office.

Stage one is expected to take about ten weeks and will pause over the Christmas and New
Year trading period.

Ends

Media contact: Bree Hollis, Communications Advisor
Mobile: 0427 555 552 | Email: media@harlowcreek.example

Harlow Creek Shire Council | ABN 47 555 230 594
PO Box 118, Elm Bridge VIC 3396 | 03 5555 0400 | harlowcreek.example
Page 2 of 2
"""


def test_a_running_head_of_the_release_label_and_title_and_a_business_number_are_not_text_or_phones():
    article = pr2news.convert(COUNCIL_PDF_TWO_PAGES)
    visible = " ".join(b.text for b in article.body)
    assert "Media Release –" not in visible
    assert [(c.name, c.phones) for c in article.contacts] == [("Bree Hollis", ("0427 555 552",))]
    from pr2news.lexicon.common import phones_in
    assert phones_in("Harlow Creek Shire Council | ABN 47 555 230 594") == []


BOARD_RELEASE_PDF = """\
HARLOW CENTRES BOARD

MEDIA RELEASE

NEW $18 MILLION SCHEME TO HELP HAWKERS PASS ON THEIR STALLS

1.      The Harlow Centres Board will launch a Succession Scheme on 1 December 2026 to help
older stallholders hand over their stalls and recipes to a successor.

2.      Successors can receive a grant of up to $30,000 to renovate the stall and buy
equipment. Applications will be assessed within four weeks.

Issued by the Harlow Centres Board on 4 November 2026

For media queries, please contact:
Ms Tan Li Wen
Senior Manager, Corporate Communications
Harlow Centres Board
DID: 6319 5555
Email: tan_li_wen@hcb.example

About the Harlow Centres Board (HCB)
HCB is a statutory board that plans, builds and manages hawker centres.
"""


def test_a_statutory_boards_issued_by_line_ends_the_text_and_its_media_queries_block_is_one_contact():
    article = pr2news.convert(BOARD_RELEASE_PDF)
    assert article.body[-1].text.endswith("Applications will be assessed within four weeks.")
    assert [(c.name, c.title, c.department, c.phones) for c in article.contacts] == [
        ("Tan Li Wen", "Senior Manager", "Corporate Communications", ("6319 5555",))]
    assert not any("statutory board" in b.text for b in article.body)


KO_EXTENSION_PDF = """\
한빛도농업기술원
보도자료
사과·배 꽃눈 발육 예년보다 빨라… 개화기 저온 피해 대비 서둘러야
- 3월 평균기온 평년보다 1.5℃ 높아 개화 5일 앞당겨질 전망 -
□ 한빛도농업기술원은 올해 3월 기온이 평년보다 높아 사과와 배의 꽃눈 발육이
빨라짐에 따라, 개화기 저온 피해를 막기 위한 과수농가의 사전 대비를 당부했다.
○ 농업기술원이 과원 10곳을 조사한 결과, 배 꽃눈의 발육 단계가 평년보다 5일가량
빠른 것으로 나타났다.
주1) 발육 단계: 꽃눈이 터지기 시작한 때부터 꽃이 피기까지를 여섯 단계로 나눈
것이다.
○ 농업기술원은 방상팬과 미세살수 장치를 미리 점검하고, 인공수분에 쓸 꽃가루를
확보해 둘 것을 당부했다.
담당부서
기술보급과
책임자
과장 윤서준
041-555-7510
담당자
농촌지도사 한미래
041-555-7514
주2) 인공수분 적기: 배는 꽃이 25~80% 핀 시기이며 기온 15℃ 이상, 바람이 약한 날
작업해야 수정률이 높다.
- 2 -
"""


def test_numbered_footnotes_of_a_korean_pdf_are_not_text_and_an_extension_officers_post_is_a_title():
    article = pr2news.convert(KO_EXTENSION_PDF)
    visible = " ".join(b.text for b in article.body)
    assert "주1)" not in visible and "주2)" not in visible and "인공수분 적기" not in visible
    assert [(c.name, c.title, c.phones) for c in article.contacts] == [
        ("윤서준", "과장", ("041-555-7510",)), ("한미래", "농촌지도사", ("041-555-7514",))]


def test_numbered_photo_captions_under_their_heading_after_the_text_are_captions():
    text = ("한빛경찰서, 보이스피싱 피해 막은 은행 직원에 감사장\n"
            "한빛경찰서는 고객의 거액 현금 인출을 수상히 여겨 신고해 8천만 원의 피해를 막은 은행 직원 A씨에게 "
            "19일 감사장을 수여했다고 밝혔다.\n"
            "경찰은 현장에 출동해 현금을 받으러 온 수거책을 검거했다.\n"
            "[첨부 사진 설명]\n"
            "사진1 : 한빛경찰서장이 은행 직원 A씨에게 감사장을 수여하고 있다.\n"
            "사진2 : 경찰이 현금 수거책을 검거하는 장면(CCTV 화면 갈무리)\n"
            "문의 : 한빛경찰서 수사과 지능범죄수사팀 경감 박도윤 (033-555-3241)\n")
    article = pr2news.convert(text)
    visible = " ".join(b.text for b in article.body)
    assert "사진1" not in visible and "첨부 사진 설명" not in visible
    assert article.body[-1].text == "경찰은 현장에 출동해 현금을 받으러 온 수거책을 검거했다."


COUNCIL_PDF_WITH_MORE = """\
Harlow Council
Press Release PR26/041
12 March 2026

Plans unveiled for 24 new council homes in Eastfield

Harlow Council has unveiled plans for 24 new energy-efficient council homes on the site of
the former Eastfield depot, with a drop-in event for residents later this month.

"These homes will be warm, affordable and close to the village centre," said the council's
housing convener. "We want everyone with an interest in the plans to come along."

                                       - more -

Harlow Council – Press Release PR26/041                             Page 1 of 2
\fHarlow Council – Press Release PR26/041

The former depot closed in 2019 when the council's fleet moved to a new site, and the
existing buildings are due to be demolished this summer.

Building work is expected to start next spring, with the first tenants moving in during 2028.

ENDS

Issued by:
Mairi Lennox, Communications Officer, Harlow Council
Tel: 01786 555 418
Email: lennoxm@harlow.example

Harlow Council – Press Release PR26/041                             Page 2 of 2
"""


def test_more_is_no_end_mark_a_page_foot_and_head_are_not_text_and_issued_by_heads_the_contact():
    article = pr2news.convert(COUNCIL_PDF_WITH_MORE)
    body = " ".join(b.text for b in article.body)
    assert "first tenants moving in during 2028" in body
    assert "Page 1 of 2" not in body and "Press Release PR26/041" not in body
    assert [c.name for c in article.contacts] == ["Mairi Lennox"]
    assert article.contacts[0].text.startswith("Issued by: Mairi Lennox")
