"""Releases read through a feed or a CMS page: list entries with their ages, a short breadcrumb, the
issuer and date line, link arrows on buttons, a CMS's 'Submitted by' line (texts of our own writing)."""
import pr2news

FEED_KO = """뉴스리더
전체 글
안 읽은 글 12
하늘시 보도자료
하늘시 보도자료
하늘시, 가을철 산불 감시 인력 두 배로 늘려… 3시간 전
하늘시 도서관 야간 개관 시간 연장 어제
공원 내 반려견 놀이터 두 곳 추가 조성 4일 전
하늘시 보도자료 › 안전
하늘시, 가을철 산불 감시 인력 두 배로 늘려 대응 나선다
하늘시청 · Thu, 15 Oct 2026 09:00:00 +0900
원문 보기 ↗
- 감시원 120명 배치하고 드론 순찰 노선 6곳으로 확대 -
하늘시는 가을철 산불 조심 기간을 맞아 산불 감시원을 지난해의 두 배인 120명으로 늘려 배치한다고 15일 밝혔다.
감시원은 주요 등산로 입구와 산림 인접 마을에 배치돼 입산자 계도와 화기 소지 단속을 맡는다.
시는 또 드론 순찰 노선을 6곳으로 늘려 사람이 닿기 어려운 능선까지 살필 계획이다.
문의 : 산림녹지과 산불방지팀 (031-555-0142)
"""


def test_a_feed_pasted_whole_gives_the_item_its_own_title_not_a_list_entry_with_its_age():
    article = pr2news.convert(FEED_KO)
    assert article.headline == "하늘시, 가을철 산불 감시 인력 두 배로 늘려 대응 나선다"
    assert article.highlights == ("감시원 120명 배치하고 드론 순찰 노선 6곳으로 확대",)
    assert article.dateline is not None and article.dateline.date == "2026-10-15"
    assert article.dateline.text == "하늘시청 · Thu, 15 Oct 2026 09:00:00 +0900"
    stripped = " ".join(article.stripped)
    for chrome in ("하늘시 보도자료 › 안전", "원문 보기 ↗", "공원 내 반려견 놀이터 두 곳 추가 조성 4일 전"):
        assert chrome in stripped
    assert article.body[0].text.startswith("하늘시는 가을철 산불 조심 기간을")


def test_a_title_that_itself_ends_in_days_before_is_still_the_title():
    text = ("수능 100일 전\n\n하늘시교육청은 수능을 100일 앞두고 수험생 상담 창구를 연다고 밝혔다. "
            "상담은 학교별로 진행되며 학부모도 참여할 수 있다.\n\n상담 창구는 11월까지 운영된다.\n")
    assert pr2news.convert(text).headline == "수능 100일 전"


CMS_EN = """Skip to main content
Riverside Fire Department
Home
News
Warehouse Fire Contained Overnight on Canal Street
Submitted by rfd_pio on Tue, 10/13/2026 - 07:15
RIVERSIDE, Ore. - Crews contained a two-alarm fire at a vacant warehouse on Canal Street early Tuesday, the Riverside Fire Department said.
No one was hurt. Firefighters kept the flames from spreading to a furniture store next door.
The cause is under investigation. Residents with information can call the Fire Prevention Bureau at 503-555-0190.
"""


def test_a_cms_submitted_by_line_under_the_title_is_the_byline_not_a_highlight():
    article = pr2news.convert(CMS_EN)
    assert article.headline == "Warehouse Fire Contained Overnight on Canal Street"
    assert article.highlights == ()
    assert article.byline and "Submitted by rfd_pio" in article.byline
    assert article.body[0].text.startswith("RIVERSIDE, Ore. - Crews contained")


FEED_OF_DATED_ITEMS_EN = """Media Releases

03/02/2026 09:15 AM
Expect delays on the Harbour Road this weekend

Lane closures will be in place on Harbour Road between the port roundabout and Mill Street from 7pm Friday.

Crews are resurfacing the southbound lanes, which were damaged by heavy trucks during the winter.

"We know the timing is hard for weekend traffic, but dry weather gives us the best chance of a lasting repair," the regional manager said.

03/01/2026 04:40 PM
Overnight closure of the Quay Street on-ramp and the Bridge Road off-ramp on Tuesday night for urgent barrier repairs

The work will be carried out between 9pm and 5am, when traffic is lightest.

A signposted detour will be in place while the damaged barriers are replaced.
"""


def test_a_feeds_next_item_under_a_header_shaped_as_the_first_ends_the_article():
    # 03/02/2026 09:15 AM over the first title; the same shape of line over a long title after the text
    article = pr2news.convert(FEED_OF_DATED_ITEMS_EN)
    assert article.headline == "Expect delays on the Harbour Road this weekend"
    assert article.body[-1].text.endswith("the regional manager said.")


ALERT_PAGE_WITH_UPDATE_LISTS_EN = """◄ Back
March 2, 2026 2:24 PM

County Ice Storm Updates

County offices will open at 10 a.m. on Tuesday and Wednesday while crews clear ice from parking lots and sidewalks.
Residents who need to reach a county office before then can call the main switchboard, which will be staffed from 8 a.m.

Prior Updates

February 27, 2026 7:37 AM

Crews are treating county roads with salt and sand ahead of the storm, starting with school bus routes.

February 25, 2026 2:59 PM

The county landfill and the recycling centers will close early on Thursday because of the storm.
"""


def test_an_alert_pages_lists_of_latest_and_prior_updates_are_no_part_of_the_alert():
    article = pr2news.convert(ALERT_PAGE_WITH_UPDATE_LISTS_EN)
    assert article.headline == "County Ice Storm Updates"
    assert article.body[-1].text.startswith("Residents who need to reach a county office")
    # read for what they are, not merely left outside the article: the back link and the list's header
    reasons = {t.text: t.reason for t in article.trace}
    assert reasons["◄ Back"] == "site chrome"
    assert reasons["Prior Updates"] == "header of a list of other stories"


def test_the_releases_contact_block_after_its_text_ends_the_article_before_the_next_item_of_a_list():
    # a port's news page: the release, its contact block, then the next item's title and text, on the same
    # subject's vocabulary (the port's name) - the labels end the body at the contact
    text = ("Harbourside Port Donates to Winter Coat Drive\n\n"
            "Harbourside Port is giving $15,000 to the city's winter coat drive, which has seen demand double "
            "since the cold snap began.\n\n"
            "\"Many families in our region are struggling this winter,\" Harbourside Port's chief executive said.\n\n"
            "Harbourside Port has supported the coat drive every year since it began in 2012.\n\n"
            "For further details, contact:\n\n"
            "Ana Lopez\n"
            "Communications Manager\n"
            "Harbourside Port Limited\n"
            "Ph: 07 555 0142\n\n"
            "Storm Warning at Harbourside Port\n\n"
            "Harbourside Port has closed berths 3 to 5 while a storm passes. All port users must keep clear of "
            "the wharf edge until further notice.\n\n"
            "Crane operations will resume once winds drop below 40 km/h.\n")
    article = pr2news.convert(text)
    assert article.headline == "Harbourside Port Donates to Winter Coat Drive"
    assert article.body[-1].text == "Harbourside Port has supported the coat drive every year since it began in 2012."
    assert [c.name for c in article.contacts] == ["Ana Lopez"]
    assert "Storm Warning at Harbourside Port" in article.stripped


BLOG_TWO_POSTS = """Civic Notes
Pages
Tuesday, May 12, 2026
Water Board Warns of Fake Billing Texts
Fake billing text
Fake billing text
The water board advises customers that text messages asking them to pay overdue bills through a link are not from the board and should be deleted.
The board never asks for payment by text message. Customers who have paid through such a link should call their bank at once.
Friday, May 8, 2026
Council Approves New Bus Shelters
At its meeting on Thursday, the council approved twelve new bus shelters along the river route, to be built over the summer.
The shelters will have lighting and seating, and three will carry solar panels.
"""


def test_a_blogs_next_post_under_a_date_shaped_as_the_firsts_is_not_the_text():
    # the first post's date, its title, an image's text printed twice, the text; then the next post's date
    # (another weekday, the same shape), its title and its text
    article = pr2news.convert(BLOG_TWO_POSTS)
    assert article.headline == "Water Board Warns of Fake Billing Texts"
    assert article.body[-1].text.startswith("The board never asks for payment by text message.")
    assert "Council Approves New Bus Shelters" in article.stripped


def test_the_same_words_twice_in_a_row_under_the_title_are_an_images_texts_not_subtitles():
    article = pr2news.convert(BLOG_TWO_POSTS)
    assert article.highlights == ()
    assert article.stripped.count("Fake billing text") == 2


INFORMATION_SERVICE_LISTING_EN = """Island Information Service
Government of the Island Republic
Council Approves New Ferry Schedule For The Northern Route

Written by Information Service on .

The Council of Ministers has approved a new ferry schedule for the northern route, adding two crossings each weekday from next month.

The Minister of Transport said the extra crossings answer a long-standing request from traders who ship produce to the capital.

"Farmers have told us for years that one morning crossing is not enough," the Minister said.

Health Ministry Opens Two Rural Clinics

Written by Information Service on .

The Ministry of Health has opened two rural clinics in the eastern district, each staffed by a nurse and a visiting doctor.

Residents can book appointments through the district office.
"""


def test_a_listings_next_title_over_the_same_credit_line_as_the_first_ends_the_article():
    # 'Written by … on .' (its date left empty by the site) under each title: the second one, under another title
    # after the text has run, starts the next item
    article = pr2news.convert(INFORMATION_SERVICE_LISTING_EN)
    assert article.headline == "Council Approves New Ferry Schedule For The Northern Route"
    assert article.body[-1].text.startswith('"Farmers have told us')
    assert "Health Ministry Opens Two Rural Clinics" in article.stripped
    assert any(text.startswith("The Ministry of Health has opened") for text in article.stripped)
