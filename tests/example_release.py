"""One invented agency release, as parts, so each reader test can lay it out in its own format.

The text rendering is what a reporter would paste; the HWPX, PDF and HTML tests render the same
parts as an agency would (header table, large bold headline, highlights box, contact table) and
expect the same article, field for field.
"""
HEADER = ("보도자료", "보도일시 2026. 5. 4.(월) 06:00")
HEADLINE = "한강공원 야간 도서관 '별빛 서재' 5곳 문 연다"
HIGHLIGHTS = ("- 5월부터 10월까지 매주 금요일과 토요일 저녁 운영…책 2천 권 비치",
              "- 시민 자원봉사자가 읽어주는 그림책 낭독회도 열려")
BODY = (
    "□ 서울시는 한강공원 다섯 곳에 밤에도 책을 읽을 수 있는 야간 도서관 '별빛 서재'를 연다고 4일 밝혔다.",
    "○ 별빛 서재는 여의도, 반포, 뚝섬, 망원, 이촌 한강공원에 한 곳씩 들어서며, 곳마다 그림책과 여행서 등 "
    "400여 권을 갖춘다. 서가는 방수 천막 아래 놓이고, 책은 매일 밤 운영이 끝나면 인근 관리사무소로 옮겨 보관한다.",
    "○ 운영 시간은 오후 6시부터 10시까지이며, 비가 오는 날에는 쉰다.",
    "□ 시는 이용 시민의 의견을 모아 내년에 운영 장소를 늘릴 계획이다.",
)
CONTACT = ("담당부서 : 한강사업본부 공원문화과", "담당자 : 주무관 이하늘 (02-3780-0123)")


def text():
    """The release as plain text, one line per paragraph or cell."""
    lines = [*HEADER, HEADLINE, *HIGHLIGHTS]
    lines += [(" " if line.startswith("○") else "") + line for line in BODY]
    lines += CONTACT
    return "\n".join(lines) + "\n"


# fields an article must share with the text rendering ("source" and "stripped" differ by format)
SAME_FIELDS = ("lang", "headline", "highlights", "dateline", "embargo", "byline", "body", "contacts",
               "attachments", "slug")


def same_article(converted, expected):
    """The fields of two articles that must match, side by side, for a readable assertion diff."""
    got, want = converted.to_dict(), expected.to_dict()
    return {k: got[k] for k in SAME_FIELDS}, {k: want[k] for k in SAME_FIELDS}
