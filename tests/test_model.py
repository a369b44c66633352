"""The article model and its JSON form."""
from pr2news.model import Article, BodyBlock, Contact, Dateline, Embargo, Source, Warning


def test_article_to_dict_has_every_contract_field_in_a_stable_order(validate):
    article = Article(
        lang="ko", headline="제목", highlights=("부제",), dateline=Dateline("2026. 1. 2.", "2026-01-02"),
        embargo=Embargo("보도일시 2026. 1. 2. 06:00", "2026-01-02T06:00"), byline="홍보과",
        body=(BodyBlock("list_item", "본문", level=0, marker="□"), BodyBlock("table", "a b", rows=(("a", "b"),))),
        contacts=(Contact("담당자 홍길동 02-123-4567", name="홍길동", phones=("02-123-4567",)),),
        attachments=("붙임 1. 자료 1부.",), stripped=("보도자료",), slug="제목",
        source=Source("x.txt", "text", "utf-8", "0" * 64), warnings=(Warning("NO_CONTACT", "none"),))
    data = validate(article.to_dict())
    assert list(data) == ["schema_version", "lang", "headline", "highlights", "dateline", "embargo", "byline", "body",
                          "contacts", "attachments", "stripped", "slug", "source", "warnings"]
    assert data["body"][0] == {"type": "list_item", "text": "본문", "level": 0, "marker": "□"}
    assert data["body"][1]["rows"] == [["a", "b"]]
    assert data["contacts"][0]["phones"] == ["02-123-4567"] and data["contacts"][0]["emails"] == []


def test_records_are_immutable():
    block = BodyBlock("paragraph", "text")
    try:
        block.text = "other"
    except AttributeError:
        return
    raise AssertionError("BodyBlock should be frozen")
