"""Contact lines and blocks split into people, units, titles, phones and e-mails."""
import pytest

import pr2news
from pr2news.lexicon import en, ko
from pr2news.lexicon.common import phones_in
from pr2news.segment.contact import parse_contact


def one(lines, lex=ko.LEXICON):
    return [(c.department, c.team, c.name, c.title, list(c.phones), list(c.emails)) for c in parse_contact(lines, lex)]


def test_korean_contact_line_is_split_into_unit_team_name_title_and_phones():
    assert one(["관련부서 : 도시계획과 도시재생팀 오하람 팀장 2133-7000/ 010-1234-5678"]) == [
        ("도시계획과", "도시재생팀", "오하람", "팀장", ["2133-7000", "010-1234-5678"], [])]


def test_a_title_glued_to_the_unit_is_split_off():
    assert one(["총무과장 민서준 02-2040-3000"]) == [("총무과", None, "민서준", "과장", ["02-2040-3000"], [])]


def test_two_people_in_one_block_give_two_contacts_sharing_the_unit():
    got = one(["작 성 · 문 의", "행정지원과장 이다온", "사무관 최로운", "(Tel. 044- 200- 1234)"])
    assert got == [("행정지원과", None, "이다온", "과장", [], []),
                   ("행정지원과", None, "최로운", "사무관", ["044- 200- 1234"], [])]


def test_letter_spaced_titles_and_phone_separators_are_understood():
    # the title is kept as the release sets it (과 장), as the labels of agencies' own files give it
    got = one(["책임자 : 과 장 한여름 ☎ 02-2133-2010", "담당자 : 주무관 서가을 (02)2133-2017, seo@example.go.kr"])
    assert got[0][2:5] == ("한여름", "과 장", ["02-2133-2010"])
    assert got[1][2:] == ("서가을", "주무관", ["(02)2133-2017"], ["seo@example.go.kr"])


def test_a_label_naming_a_post_gives_the_title_of_the_person_after_it():
    got = one(["담당부서 거대공공연구정책과", "담당과장 장인숙(02-2110-2430)", "담 당 자 용찬재 사무관(02-2110-2428)"])
    assert [c[:4] for c in got] == [("거대공공연구정책과", None, "장인숙", "과장"),
                                     ("거대공공연구정책과", None, "용찬재", "사무관")]


def test_english_contact_line_with_name_title_phone_and_email():
    assert one(["Media Contact: Dana Whitfield, Communications Manager, 555-014-2290, dw@example.gov"], en.LEXICON) == [
        (None, None, "Dana Whitfield", "Communications Manager", ["555-014-2290"], ["dw@example.gov"])]


def test_english_block_of_several_people_gives_one_contact_each():
    lines = ["Media Inquiries", "Rowan Ellis", "Press Secretary", "Office of the Minister of Transport", "613-555-0101",
             "rowan.ellis@example.gc.ca", "Media Relations", "Transport Canada", "613-555-0199", "media@example.gc.ca"]
    got = parse_contact(lines, en.LEXICON)
    assert [c.name for c in got] == ["Rowan Ellis", None]
    assert got[0].title == "Press Secretary" and got[0].department == "Office of the Minister of Transport"
    assert got[1].team == "Media Relations" and got[1].phones == ("613-555-0199",)
    assert " ".join(c.text for c in got).startswith("Media Inquiries Rowan Ellis")


def test_an_english_block_flattened_onto_one_line_still_gives_one_contact_per_person():
    line = ("Media Inquiries Rowan Ellis Press Secretary Office of the Minister of Transport 613-555-0101 "
            "rowan.ellis@example.gc.ca Dana Moss Communications Manager Office of the Minister of Housing "
            "dana.moss@example.gc.ca 613-555-0122")
    got = parse_contact([line], en.LEXICON)
    assert [(c.name, c.title, c.department, c.phones) for c in got] == [
        ("Rowan Ellis", "Press Secretary", "Office of the Minister of Transport", ("613-555-0101",)),
        ("Dana Moss", "Communications Manager", "Office of the Minister of Housing", ("613-555-0122",))]


@pytest.mark.parametrize("text, phones", [
    ("Press office: +32 2 295 5555", ["+32 2 295 5555"]),          # one-digit area code after the country code
    ("Media line +49 30 18 555-1234 (24 hours)", ["+49 30 18 555-1234"]),
    ("Call 1-800-555-0199 toll free", ["1-800-555-0199"]),
    ("(02) 6277 7000 or 0412 555 019", ["(02) 6277 7000", "0412 555 019"]),
    ("담당자 홍길동 02-2133-5212, 044-201-7035", ["02-2133-5212", "044-201-7035"]),
    ("01685 555 410 | press@example.gov.wales", ["01685 555 410"]),  # a UK number with a five-digit area code
    ("Tel: 01685 555410", ["01685 555410"]),
    ("please contact Deputy Ann Byrne on (086) 2514477", ["(086) 2514477"]),  # a trunk code in brackets, one run
    ("Released 2026-03-05; 1,200 people in 2025", []),             # dates and counts are not phones
])
def test_phone_numbers_as_written_in_many_countries(text, phones):
    assert phones_in(text) == phones


def test_ranks_of_schools_police_and_fire_services_are_titles_not_names():
    assert one(["담당자 장학사 서지안 전화 055-268-1042"]) == [(None, None, "서지안", "장학사", ["055-268-1042"], [])]
    assert one(["예방안전과 소방경 임채윤 041-635-5341"]) == [("예방안전과", None, "임채윤", "소방경", ["041-635-5341"], [])]


def test_the_city_over_an_office_is_not_a_person():
    assert one(["문의: 창원시 소상공인지원과 김민호 주무관 055-225-1234"]) == [
        ("소상공인지원과", None, "김민호", "주무관", ["055-225-1234"], [])]


def test_a_parenthesised_contact_is_read_like_a_labelled_one():
    assert one(["(문의: 해양레저과 박서윤 주무관 ☎ 051-888-4275)"]) == [
        ("해양레저과", None, "박서윤", "주무관", ["051-888-4275"], [])]


def test_an_organisation_or_communications_office_in_an_english_block_is_the_department():
    assert one(["Contact: Jane Ortiz, Press Secretary, 555-010-0192 | Sam Lee, Parks Communications, 555-010-0133"],
               en.LEXICON) == [(None, None, "Jane Ortiz", "Press Secretary", ["555-010-0192"], []),
                               ("Parks Communications", None, "Sam Lee", None, ["555-010-0133"], [])]
    assert one(["Media contact:", "Ruth Baker", "Northwind Grid Systems", "+1 (720) 555-0166",
                "media@northwind.example.com"], en.LEXICON) == [
        ("Northwind Grid Systems", None, "Ruth Baker", None, ["+1 (720) 555-0166"], ["media@northwind.example.com"])]


def test_a_contact_named_after_the_minister_they_speak_for():
    assert one(["Media contact: Minister Reyes – Sam Okafor 0412 555 019 | Senator Byrne – Leah Moore 0400 555 731"],
               en.LEXICON) == [(None, None, "Sam Okafor", None, ["0412 555 019"], []),
                               (None, None, "Leah Moore", None, ["0400 555 731"], [])]


def test_an_address_with_a_dot_before_the_at_sign_stays_whole_in_a_contact_line():
    # 'ha.do@…' ends in '.' + 'do@…' only to a rule looking for a sign-off after a sentence
    from pr2news import convert
    article = convert("해수 리튬 회수 섬유 개발\n\n연구진은 바닷물에서 리튬을 회수하는 섬유를 개발했다고 밝혔다.\n\n"
                           "연구 문의 : 소재연구센터 책임연구원 도하람 (042-555-0317, ha.do@example.kr)\n")
    assert [c.emails for c in article.contacts] == [("ha.do@example.kr",)]
    assert article.contacts[0].text.endswith("(042-555-0317, ha.do@example.kr)")


def test_an_offices_phone_before_its_persons_name_is_one_entry():
    # 담당부서 …(phone) 담당자 …: the standard footer row; the name is the office's person, not a stray word
    assert one(["담당부서 공원녹지과(031-555-0142) 담당자 윤서진"]) == [
        ("공원녹지과", None, "윤서진", None, ["031-555-0142"], [])]
    # two people named without posts are still two entries
    assert one(["한지우 02-555-0101 오태민 02-555-0102"]) == [
        (None, None, "한지우", None, ["02-555-0101"], []), (None, None, "오태민", None, ["02-555-0102"], [])]


def test_field_labels_and_posts_in_charge_are_not_read_as_names():
    # 내용문의 / 주관부서 are the table's labels; 보도담당 is the post of the person in brackets after it
    assert one(["내용문의 홍보담당관(언론팀) 02-555-0170 보도담당(정하늘)"]) == [
        ("홍보담당관", "언론팀", "정하늘", "보도담당", ["02-555-0170"], [])]
    assert [c.name for c in parse_contact(["주관부서 : 기획조정실 02-555-0180"], ko.LEXICON)] == [None]


def test_a_line_opening_on_a_ministers_office_after_a_complete_entry_is_the_next_person():
    found = parse_contact(["Media contacts:", "Minister Ardley’s office: Ruth Kamau – 0412 555 210",
                           "Assistant Minister Pell’s office: Owen Tran – 0438 555 871"], en.LEXICON)
    assert [c.text for c in found] == ["Media contacts: Minister Ardley’s office: Ruth Kamau – 0412 555 210",
                                       "Assistant Minister Pell’s office: Owen Tran – 0438 555 871"]
    assert [(c.name, list(c.phones)) for c in found] == [("Ruth Kamau", ["0412 555 210"]), ("Owen Tran", ["0438 555 871"])]


def test_a_states_office_of_something_is_the_department():
    assert one(["Media Contact: Lena Ortiz", "Nevada Office of Outdoor Recreation", "(775) 555-0148"], en.LEXICON) == [
        ("Nevada Office of Outdoor Recreation", None, "Lena Ortiz", None, ["(775) 555-0148"], [])]


def test_a_team_then_a_part_of_it_are_the_office_and_its_team():
    assert one(["문의 대외협력팀 언론파트 조은비 대리 02-555-0148"]) == [
        ("대외협력팀", "언론파트", "조은비", "대리", ["02-555-0148"], [])]


def test_prosecutors_posts_are_titles():
    assert one(["담당부서 누리지방검찰청 형사제3부 부장검사 민도현", "공 보 관 인권보호관 하지원 전화 061-555-4501"]) == [
        ("형사제3부", None, "민도현", "부장검사", [], []), ("형사제3부", None, "하지원", "공 보 관", ["061-555-4501"], [])]


def test_an_international_number_ending_in_a_group_of_five_digits_is_a_phone():
    # Brussels numbers are written +32 2 29 58412: the last group has five digits
    assert phones_in("Anna Berg (+32 2 29 58412)") == ["+32 2 29 58412"]
    people = parse_contact(["Press contacts:", "Anna Berg (+32 2 29 58412)", "Luca Rossi (+32 2 29 61033)"], en.LEXICON)
    assert [(c.name, c.phones) for c in people] == [("Anna Berg", ("+32 2 29 58412",)), ("Luca Rossi", ("+32 2 29 61033",))]


def test_a_name_shaped_line_under_a_name_with_nothing_yet_is_the_persons_organisation():
    lines = ["Contacts", "Media", "Dana Whitfield", "Harbor Robotics", "press@harbor.example", "+1 206-555-0133",
             "Investor Relations", "Tom Brandt", "ir@harbor.example"]
    people = parse_contact(lines, en.LEXICON)
    assert [(c.name, c.department, c.phones) for c in people] == [
        ("Dana Whitfield", "Harbor Robotics", ("+1 206-555-0133",)), ("Tom Brandt", None, ())]


def test_an_agencys_initials_with_a_word_name_an_office_not_a_person():
    people = parse_contact(["Contact: USDA Press", "Email: press@usda.example"], en.LEXICON)
    assert [(c.name, c.department, c.emails) for c in people] == [(None, "USDA Press", ("press@usda.example",))]
    assert parse_contact(["Contact: Dana Whitfield", "Email: dw@usda.example"], en.LEXICON)[0].name == "Dana Whitfield"


def test_an_aide_or_a_liaison_is_a_post():
    people = parse_contact(["CONTACT: Jo Ferris", "Legislative Aide", "(608) 555-0140"], en.LEXICON)
    assert [(c.name, c.title, c.department) for c in people] == [("Jo Ferris", "Legislative Aide", None)]
    assert parse_contact(["Media: Ray Ocampo, Community Liaison, 555-0102"], en.LEXICON)[0].title == "Community Liaison"


def test_a_press_office_named_in_three_syllables_is_an_office_not_a_person():
    people = parse_contact(["문의 구조연구본부 연구원 임소라 031-555-0456 / 홍보실 031-555-0789"], ko.LEXICON)
    assert [(c.name, c.department) for c in people] == [("임소라", "구조연구본부"), (None, "홍보실")]


def test_where_to_ask_among_an_events_facts_is_the_events_not_the_releases_contact():
    import pr2news
    text = ("누리시립미술관, 여름 특별전 「물의 기억」 9일 개막\n\n"
            "누리시립미술관은 오는 9일부터 여름 특별전 「물의 기억」을 연다고 밝혔다.\n\n"
            "□ 행사 개요\n○ 일 시: 2026. 7. 9.(목) ~ 10. 4.(일)\n○ 장 소: 누리시립미술관 1~4전시실\n"
            "○ 문 의: 누리시립미술관 학예연구실 042-555-7370\n"
            "전시는 모두 3부로 구성되며 국내외 작가 24명이 참여한다.\n\n"
            "문의: 누리시립미술관 학예연구실 학예연구사 송다은 (042-555-7352)\n")
    article = pr2news.convert(text)
    assert [c.name for c in article.contacts] == ["송다은"]
    assert any("042-555-7370" in b.text for b in article.body)


def test_an_organisation_line_under_a_name_and_title_is_their_department_and_head_of_is_a_post():
    people = parse_contact(["Media Contact: Dana Bell, Public Information Officer", "Marlow County Public Health",
                            "555-318-4021 | dbell@marlow.example"], en.LEXICON)
    assert [(c.name, c.title, c.department) for c in people] == [
        ("Dana Bell", "Public Information Officer", "Marlow County Public Health")]
    one = parse_contact(["For further information, please contact: Karin Ek, Head of Sustainability Communications, "
                         "+46 8 555 120 34"], en.LEXICON)[0]
    assert (one.name, one.title) == ("Karin Ek", "Head of Sustainability Communications")


def test_released_by_over_a_media_officers_block_is_the_contact():
    import pr2news
    text = ("Harlow RCMP seek witnesses after cyclist struck on Highway 9\n\n"
            "HARLOW, B.C. – Harlow RCMP are asking witnesses to come forward after a cyclist was struck on Highway 9 "
            "on Sunday evening.\n\n"
            "Anyone with information is asked to contact the Harlow RCMP at 250-555-1234.\n\n"
            "Released by\n\nCst. Jo Ferris\nMedia Relations Officer\nHarlow RCMP\n350 Doyle Avenue, Harlow BC V1Y 6V7\n"
            "Office: 250-555-6236\nEmail: harlow_media@rcmp.example\n\n"
            "Date modified:\n2026-06-03\n")
    article = pr2news.convert(text)
    assert article.body[-1].text.startswith("Anyone with information")
    assert [(c.name, c.title, c.phones) for c in article.contacts] == [
        ("Jo Ferris", "Media Relations Officer", ("250-555-6236",))]


def test_a_pages_date_modified_stamp_starts_the_pages_tail():
    from pr2news.lexicon.common import matches
    assert matches(en.LEXICON.tail_starts, "Date modified:")
    assert matches(en.LEXICON.tail_starts, "Page updated: 2026-06-03")
    assert not matches(en.LEXICON.tail_starts, "Date modified for the hearing after the council's vote")


MINISTERS_OFFICE_STATEMENT = """Media Statement

Minister for Water
The Hon. Callum Reid MLA

Wednesday, 3 June 2026

New desalination plant to secure Kestrel Bay's water supply

The Government will build a desalination plant at Kestrel Bay, adding four gigalitres a year to the town's water supply.

Construction is expected to start in early 2027 and take two years, creating 180 local jobs.

Comments attributed to Water Minister Callum Reid:

"Kestrel Bay has relied on a single groundwater source for too long, and this plant ends that."

Water Minister's office – 08 6552 7310
Regional Development Minister's office – 08 6552 7420
"""


def test_an_office_holders_office_with_its_phone_closing_a_statement_is_the_contact():
    contacts = pr2news.convert(MINISTERS_OFFICE_STATEMENT).contacts
    assert [(c.department, c.phones) for c in contacts] == [
        ("Water Minister's office", ("08 6552 7310",)),
        ("Regional Development Minister's office", ("08 6552 7420",))]


BOARD_POST_WITH_PAGE_MANAGER = """국립누리연구원
보도자료
가을철 야생버섯 섭취 주의… “먹지 말고 눈으로만”
□ 국립누리연구원은 가을철 산행 인구가 늘어나는 시기를 맞아 야생버섯 섭취에 주의해 달라고 23일 당부했다.
□ 국내에 자생하는 버섯 가운데 먹을 수 있는 버섯은 5분의 1에 불과하고, 독버섯은 식용 버섯과 생김새가 비슷해 구별하기 어렵다.
[문의] 산림생명연구부 산림미생물연구과 임업연구사 한지수 (02-961-2772)
QR코드
이전글 산불조심기간 앞두고 영농부산물 파쇄 지원
다음글 목조건축 국제 심포지엄 개최
목록
담당자 정보
담당부서 대변인실
담당자 최유리
전화번호 02-961-2518
"""


def test_the_pages_own_manager_past_the_boards_links_is_not_a_second_contact():
    contacts = pr2news.convert(BOARD_POST_WITH_PAGE_MANAGER).contacts
    assert [(c.name, c.title) for c in contacts] == [("한지수", "임업연구사")]


POLICE_RELEASE_WITH_TWO_DESKS = """누리경찰서
보 도 자 료
보도일시 : 2026. 5. 12.(화) 즉시
“택배 주소 확인하세요” 문자로 악성 앱 설치 유도한 일당 검거
- 피해자 40명 휴대전화에서 금융정보 빼내… 총책 추적 중 -
□ 누리경찰서는 택배 회사를 사칭한 문자로 악성 앱을 설치하게 한 뒤 금융정보를 빼낸 혐의로 A씨(31) 등 3명을 구속했다고 12일 밝혔다.
□ 경찰에 따르면 A씨 등은 지난 2월부터 4월까지 “배송 주소를 확인하라”는 문자를 보내 피해자 40명의 휴대전화에 악성 앱을 설치하게 했다.
□ 경찰 관계자는 “출처를 알 수 없는 인터넷 주소는 절대 누르지 말아 달라”고 당부했다.
홍보 담당 : 경무과 경위 한도윤 (031-760-4013)
수사 문의 : 수사과 사이버범죄수사팀장 경감 문서진 (031-760-4371)
누리경찰서 | 경기도 누리시 중앙로 417
"""


def test_a_police_releases_press_desk_and_investigation_desk_are_its_contacts():
    article = pr2news.convert(POLICE_RELEASE_WITH_TWO_DESKS)
    assert [(c.department, c.name, c.title) for c in article.contacts] == [
        ("경무과", "한도윤", "경위"), ("수사과", "문서진", "팀장")]
    assert article.body[-1].text.endswith("말아 달라”고 당부했다.")
    assert "누리경찰서 | 경기도 누리시 중앙로 417" in article.stripped


def test_a_contact_block_in_the_left_column_beside_the_release_time_is_read_whole():
    text = ("CITY OF HARLOW\nOFFICE OF MAYOR ANA RUIZ\n\n"
            "CONTACT: Jordan Ellis                                   FOR RELEASE: IMMEDIATELY\n"
            "Press Secretary                                         Monday, March 2, 2026\n"
            "Office of the Mayor\n(541) 555-0116 (office)\n(541) 555-0188 (cell)\njellis@harlow.example\n\n"
            "MAYOR RUIZ ANNOUNCES FREE SUMMER BUS PASSES FOR STUDENTS\n\n"
            "HARLOW, Ore. – Mayor Ana Ruiz today announced that students from middle school through college will "
            "ride city buses free from June 15 to September 1.\n\n"
            "The program will cost the city about $310,000, paid from parking revenue.\n\n-30-\n")
    article = pr2news.convert(text)
    (contact,) = article.contacts
    assert (contact.name, contact.title, contact.department) == ("Jordan Ellis", "Press Secretary", "Office of the Mayor")
    assert contact.phones == ("(541) 555-0116", "(541) 555-0188")
    assert article.dateline is not None and article.dateline.date == "2026-03-02"


def test_a_title_written_before_the_name_in_one_line_is_split_from_it():
    (contact,) = parse_contact(["Contact", "Public Affairs Officer Leah M. Strand", "(402) 555-0126",
                                "media@usao.example"], en.LEXICON)
    assert (contact.name, contact.title) == ("Leah M. Strand", "Public Affairs Officer")


def test_an_office_then_where_it_sits_under_the_release_time_is_no_highlight():
    text = ("Press Release\n\n"
            "Harlow Man Sentenced to 12 Years for Fentanyl Distribution\n\n"
            "Thursday, March 5, 2026\nFOR IMMEDIATE RELEASE\nU.S. Attorney's Office, District of Harlow\n\n"
            "HARLOW – A Harlow man was sentenced on March 4, 2026, to 144 months in federal prison for "
            "possession with intent to distribute fentanyl, the U.S. Attorney's Office announced.\n\n"
            "The case was investigated by the Drug Enforcement Administration.\n\n###\n")
    article = pr2news.convert(text)
    assert article.highlights == ()


def test_where_to_ask_inside_the_text_stays_text_when_the_contact_is_named_in_the_header():
    text = ("보도자료\t누리구\t\t사진 있음\n"
            "보도일시\t2026. 10. 14.(수) 06:00\t담당부서\t문화관광과\n"
            "배포일시\t2026. 10. 13.(화) 14:00\t담당자\t축제팀장 한서윤 ☎ 02-2286-5634\n\n"
            "누리구, 가을 골목 음악회 25일 개막\n\n"
            "□ 누리구는 오는 25일부터 이틀간 누리천 산책로 일대에서 ‘가을 골목 음악회’를 연다고 14일 밝혔다.\n\n"
            "□ 음악회에는 지역 밴드와 청소년 합창단 등 30여 팀이 참여해 모두 18회의 공연을 펼친다.\n\n"
            "□ 음악회와 관련한 자세한 내용은 누리구 누리집 또는 음악회 사무국(02-2286-5640)으로 문의하면 된다.\n\n"
            "□ 구 관계자는 “주민들이 집 가까운 곳에서 가을 음악을 즐기길 바란다”고 말했다.\n")
    article = pr2news.convert(text)
    assert [c.name for c in article.contacts] == ["한서윤"]
    assert any("사무국(02-2286-5640)으로 문의하면 된다." in b.text for b in article.body)


PRESS_NOTE = """GOVERNMENT OF HARLOW STATE
HARLOW MUNICIPAL CORPORATION
(Public Relations Section)

PRESS NOTE
                                                            Date: 12.07.2026

Sub: HMC opens 40 new public water kiosks across all six zones

The Commissioner, Harlow Municipal Corporation, Sri R. Prakash Rao, inaugurated 40 new public water kiosks across the six zones of the Corporation on Saturday.

Each kiosk will supply 20 litres of purified drinking water for Rs. 2 and will be open from 6 a.m. to 9 p.m. every day.

The public are requested to report any kiosk that is out of order to the HMC Call Centre on toll free number 1800-4250-0123.

Issued by: Public Relations Officer,
Harlow Municipal Corporation,
Harlow. Phone: 0891-2741234

To
The Editors / Bureau Chiefs of all Print & Electronic Media, Harlow,
with a request to give wide publicity.
"""


def test_a_press_notes_subject_line_issuer_sign_off_and_distribution_line():
    article = pr2news.convert(PRESS_NOTE)
    assert article.headline == "HMC opens 40 new public water kiosks across all six zones"
    (contact,) = article.contacts
    assert (contact.title, contact.department, contact.phones) == (
        "Public Relations Officer", "Harlow Municipal Corporation", ("0891-2741234",))
    assert article.body[-1].text.endswith("toll free number 1800-4250-0123.")
    assert "with a request to give wide publicity." in article.stripped


def test_a_contact_tables_header_row_heads_its_rows_and_where_to_ask_above_it_stays_text():
    text = ("누리시, 청년 첫 일자리 정착 지원금 2년간 지급\n\n"
            "누리시는 지역 중소기업에 처음 취업한 청년에게 2년간 매달 30만 원의 정착 지원금을 준다고 3일 밝혔다.\n\n"
            "자세한 내용은 누리시 누리집을 참고하거나 누리청년일자리센터(062-613-5870)로 문의하면 된다.\n\n"
            "구분 | 부서 | 성명 | 연락처\n"
            "총괄 | 일자리경제실 일자리정책과 | 과장 조은혜 | 062-613-3810\n"
            "실무 | 일자리정책과 청년일자리팀 | 팀장 나상철 | 062-613-3821\n")
    article = pr2news.convert(text)
    assert [(c.name, c.title) for c in article.contacts] == [("조은혜", "과장"), ("나상철", "팀장")]
    assert article.contacts[0].text.startswith("구분 | 부서 | 성명 | 연락처")
    assert article.body[-1].text.endswith("(062-613-5870)로 문의하면 된다.")


REGIONAL_PRESS_PAGE = """\
Cargo bikes may now park in forty new on-street boxes

12.06.2026

The Region has opened forty parking boxes for cargo bikes in nine municipalities, the first of two hundred planned by the end of next year.

Each box holds two cargo bikes and is locked with the same card that opens the Region's bike sheds.

Press contacts
Anouk Peeters – Spokesperson for Minister De Smet – +32 2 508 11 22 – +32 478 55 10 20 – apeeters@region.example
Marc Dubois – Regional Mobility Agency – +32 2 204 33 44 – mdubois@mobility.example

Share this page
"""


def test_a_row_of_name_post_two_phones_and_an_email_between_dashes_is_a_contact_however_long():
    article = pr2news.convert(REGIONAL_PRESS_PAGE)
    assert [(c.name, c.phones, c.emails) for c in article.contacts] == [
        ("Anouk Peeters", ("+32 2 508 11 22", "+32 478 55 10 20"), ("apeeters@region.example",)),
        ("Marc Dubois", ("+32 2 204 33 44",), ("mdubois@mobility.example",))]
    assert article.contacts[0].text.startswith("Press contacts Anouk Peeters – Spokesperson")


def test_a_title_with_its_field_in_brackets_is_one_title_and_an_honorific_is_no_part_of_the_name():
    got = one(["For further details contact:", "Shri R. Balan, Deputy Director (Forest Publicity),",
               "Office of the Chief Conservator, Ravipur", "Ph: 0821-2444 0100"], en.LEXICON)
    assert got == [("Office of the Chief Conservator", None, "R. Balan", "Deputy Director (Forest Publicity)",
                    ["0821-2444 0100"], [])]


def test_a_post_after_someones_phone_opens_the_next_person_even_when_the_first_post_is_unknown():
    got = one(["문의 : 한빛과학관 전시기획과 전시코디네이터 이도현(02-555-6341), 주무관 서하윤(02-555-6345)"])
    assert [(name, title, phones) for _, _, name, title, phones, _ in got] == [
        ("이도현", None, ["02-555-6341"]), ("서하윤", "주무관", ["02-555-6345"])]


def test_a_press_office_over_its_phone_after_the_text_is_the_contact_and_an_area_code_is_no_list_number():
    text = ("Police appeal for witnesses to a car fire, Kingsford\n\n"
            "Police are appealing for witnesses after a car was set alight in a Kingsford street early on Sunday.\n\n"
            "Emergency services were called to Mill Road about 2am and found the car well alight.\n\n"
            "Investigations are continuing.\n\n"
            "Media Unit\n(07) 5555 0142\n")
    article = pr2news.convert(text)
    assert [(c.team, c.phones) for c in article.contacts] == [("Media Unit", ("(07) 5555 0142",))]
    assert article.contacts[0].text == "Media Unit (07) 5555 0142"


def test_a_boards_author_field_between_its_office_and_its_phone_is_the_offices_person():
    text = ("보도자료\n제목\n한빛교육청, 2학기 중학교 진로탐색 본격 운영\n담당부서\n진로진학과\n작성자\n이서연\n전화번호\n042-555-8163\n"
            "등록일\n2026-08-25\n조회수\n312\n"
            "한빛교육청은 2학기부터 관내 중학교 40곳에서 지역 기관과 연계한 진로탐색 프로그램을 운영한다고 25일 밝혔다.\n"
            "학생들은 지역 기업과 공공기관 20곳을 찾아 직업 체험을 하게 된다.\n")
    article = pr2news.convert(text)
    assert [(c.department, c.name, c.phones) for c in article.contacts] == [("진로진학과", "이서연", ("042-555-8163",))]


def test_media_with_a_phone_straight_after_it_is_the_contact():
    text = ("Overnight closures on the Hume Motorway at Berrima\n\n"
            "Motorists are advised of overnight closures on the Hume Motorway at Berrima from Monday for resurfacing "
            "work.\n\nWork will be carried out between 8pm and 5am, weather permitting, and detours will be in "
            "place.\n\nMedia: 02 5555 4411\n")
    article = pr2news.convert(text)
    assert [(c.text, c.phones) for c in article.contacts] == [("Media: 02 5555 4411", ("02 5555 4411",))]
    advisory = ("Mayor to open new library branch\n\nMayor Ana Ruiz will open the Elm Street library branch on Monday "
                "at 10 a.m., with a tour of the new children's room.\n\nMedia: All media are welcome.\n")
    assert pr2news.convert(advisory).contacts == ()


def test_a_boards_contact_cells_with_names_run_into_values_are_the_contact():
    import pr2news
    text = ("'26.3.4일자 솔빛일보 「공공자전거 요금 두 배로」 제하 기사에 대한 해명\n2026-03-04\n조회수 : 214\n"
            "담당부서교통정책과\n담당자한소라\n연락처052-229-3456\n1. 보도내용\n"
            "□ '26.3.4일자 솔빛일보는 시가 공공자전거 요금을 두 배로 올린다고 보도하였습니다.\n2. 해명내용\n"
            "□ 시는 공공자전거 요금 인상을 검토한 바 없으며, 올해 요금은 지난해와 같이 1시간 1,000원입니다.\n")
    article = pr2news.convert(text)
    assert [c.text for c in article.contacts] == ["담당부서교통정책과 담당자한소라 연락처052-229-3456"]
    assert article.contacts[0].phones == ("052-229-3456",)


def test_an_offices_unlabelled_signature_over_its_email_is_one_contact_block():
    # a council's notice signed by a post and its office, then an address line, then the e-mail: no label
    text = ("Notice of Proposed Temporary Road Closure\n\n"
            "Cork Lane, Ballyvale, will be closed to traffic from 08.00hrs on Monday 4th May to 18.00hrs on "
            "Friday 8th May to facilitate water main works.\n\n"
            "Objections should be made in writing, to the undersigned, not later than 5.00pm on Friday 17th April.\n\n"
            "Director of Services,\n"
            "Roads & Transportation,\n"
            "Ballyvale County Council\n"
            "County Hall\n"
            "Co Ballyvale\n"
            "Email: roads@ballyvale.example.ie\n")
    article = pr2news.convert(text)
    joined = " ".join(c.text for c in article.contacts)
    assert joined.startswith("Director of Services, Roads & Transportation, Ballyvale County Council")
    assert joined.endswith("Email: roads@ballyvale.example.ie")
    assert article.body[-1].text.startswith("Objections should be made in writing")


def test_a_please_contact_label_after_what_to_ask_about_with_an_international_number_in_one_run():
    text = ("Media Invitation: Harbour Clean-Up Day\n\n"
            "The port authority invites members of the media to cover Harbour Clean-Up Day on Saturday, when "
            "volunteers will clear litter from the north shore.\n\n"
            "Journalists are requested to present themselves at the gate with a valid press card no later than 09:00.\n\n"
            "For registration and further information regarding the event please contact: Amara Osei Tel: +233302555017.\n\n"
            "Distributed by Newswire Africa on behalf of the Harbour Port Authority.\n")
    article = pr2news.convert(text)
    assert [(c.name, c.phones) for c in article.contacts] == [("Amara Osei", ("+233302555017",))]
    assert article.body[-1].text.startswith("Journalists are requested")
    assert "Distributed by Newswire Africa on behalf of the Harbour Port Authority." in article.stripped


def test_two_people_joined_by_or_and_a_us_number_with_its_area_code_before_a_slash():
    contacts = parse_contact(["Contact: Dana Reyes or Sam Ortiz 512/ 555-5770"], en.LEXICON)
    assert [c.name for c in contacts] == ["Dana Reyes", "Sam Ortiz"]
    assert contacts[-1].phones == ("512/ 555-5770",)
    # 'and' stays inside an office's name
    (office,) = parse_contact(["Media Relations", "Employment and Social Development Canada", "819-555-5559"],
                              en.LEXICON)
    assert office.department == "Employment and Social Development Canada"


def test_a_contact_information_or_contact_person_label_leaves_the_name_to_the_person():
    # 'Contact Information:' is the label whole, not 'Contact' and a person called 'Information'
    for label in ("Contact Information:", "Contact Person:", "Contact details:"):
        people = parse_contact([f"{label} Dana Whitfield, 913-555-0140, dana.whitfield@epa.example"], en.LEXICON)
        assert [(p.name, list(p.phones)) for p in people] == [("Dana Whitfield", ["913-555-0140"])]


@pytest.mark.parametrize("line", ["Contact: Ann Lee, Public Works, 555-0142", "CONTACT: ANN LEE, PUBLIC WORKS, 555-0142",
                                  "Media: Ray Ocampo, Parks and Recreation, 555-0102"])
def test_a_city_department_named_by_what_it_does_is_the_persons_department_not_a_second_person(line):
    people = parse_contact([line], en.LEXICON)
    assert len(people) == 1
    assert people[0].department.lower() in ("public works", "parks and recreation")
    assert people[0].name.lower() in ("ann lee", "ray ocampo")


@pytest.mark.parametrize("line, department", [
    ("Omar Haddad, Housing Trust Fund, 303-555-0199", "Housing Trust Fund"),
    ("Grace Obi, Federal Highway Administration, 202-555-0188", "Federal Highway Administration"),
    ("Dan Ruiz, Lakeview School District, 440-555-0123", "Lakeview School District"),
])
def test_a_public_body_named_by_what_it_is_is_the_persons_department_not_a_second_person(line, department):
    people = parse_contact([line], en.LEXICON)
    assert [(p.name, p.department, list(p.phones)) for p in people] == [(line.split(",")[0], department, [line[-12:]])]


def test_an_office_alone_before_its_phone_is_the_department_not_a_person():
    for line in ("문의: 관광과(☎ 031-555-8899)", "문의 : 관광과(031-555-8899)"):
        people = parse_contact([line], ko.LEXICON)
        assert [(p.department, p.name) for p in people] == [("관광과", None)]


def test_two_posts_one_person_holds_are_one_title():
    people = parse_contact(["For More Information:", "Dr. Jane Roe",
                            "Medical Officer of Health and Chief Executive Officer", "519-555-0100"], en.LEXICON)
    assert [(p.name, p.title, list(p.phones)) for p in people] == [
        ("Jane Roe", "Medical Officer of Health and Chief Executive Officer", ["519-555-0100"])]


def test_a_sentence_leading_into_the_number_to_call_stays_in_the_contact_block():
    # the person, their post, then whom to call to reach them and the number: one block to the end
    text = ("Clinic hours extended\n\n"
            "The health unit will open its immunization clinics on Saturdays from March, the unit said on Monday.\n\n"
            "For More Information:\n\n"
            "Dr. Jane Roe\n\n"
            "Medical Officer of Health\n\n"
            "To arrange to speak with Dr. Roe, please contact John Doe at:\n\n"
            "519-555-0100 or 1-800-555-0199 ext. 1269\n")
    article = pr2news.convert(text)
    assert len(article.contacts) == 1
    assert article.contacts[0].text.endswith("please contact John Doe at: 519-555-0100 or 1-800-555-0199 ext. 1269")
    assert list(article.contacts[0].phones) == ["519-555-0100", "1-800-555-0199 ext. 1269"]


def test_country_and_city_codes_in_brackets_are_part_of_the_phone():
    people = parse_contact(["Press Office", "Office of Public Information", "[43-1] 2600-21273"], en.LEXICON)
    assert [list(p.phones) for p in people] == [["[43-1] 2600-21273"]]
    assert phones_in("in [2014] 2600 people came") == []


@pytest.mark.parametrize("line", ["Contact(s):, 202-555-0143", "Media Contact(s): 202-555-0143"])
def test_a_contact_s_field_is_a_contact_label(line):
    text = ("Park Service adds two historic sites\n\n"
            f"{line}\n\n"
            "WASHINGTON – The National Heritage Service today welcomed the addition of two historic sites to the "
            "national system, the first in four years.\n")
    article = pr2news.convert(text)
    assert [list(c.phones) for c in article.contacts] == [["202-555-0143"]]
