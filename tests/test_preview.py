"""The editor's preview page and the `pr2news preview` command, including the reloading local server."""
import threading
import urllib.error
import urllib.request
from pathlib import Path

import html5lib
import pytest
from click.testing import CliRunner

import pr2news
from pr2news.cli import main
from pr2news.model import ROLES, Warning
from pr2news.render.html import render_preview
from render_samples import EN_HOSTILE, KO_RELEASE, ko_article


def parse_strict(text):
    return html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(text)


def text_of(element):
    return " ".join("".join(element.itertext()).split())


def test_every_source_line_is_shown_with_its_role_and_reason():
    article = ko_article()
    tree = parse_strict(render_preview(article, source_name="release.txt"))
    lines = tree.findall(".//ol[@class='lines']/li")
    assert len(lines) == len(article.trace)
    for li, trace in zip(lines, article.trace):
        assert li.get("class") == f"line role-{trace.role}"
        assert li.get("title") == f"{trace.role}: {trace.reason}"
        assert text_of(li.find("span[@class='text']")) == " ".join(trace.text.split())


def test_the_legend_names_every_role_and_stripped_lines_stay_visible():
    article = ko_article()
    tree = parse_strict(render_preview(article))
    legend = [li.get("class") for li in tree.findall(".//ul[@class='legend']/li")]
    assert legend == [f"role-{role}" for role in ROLES]
    stripped = [text_of(li) for li in tree.findall(".//ul[@class='stripped']/li")]
    assert stripped == list(article.stripped) and "보 도 자 료" in stripped


def test_the_rendered_article_sits_beside_the_source():
    article = ko_article()
    tree = parse_strict(render_preview(article))
    rendered = tree.find(".//section[@class='rendered']/article")
    assert text_of(rendered.find(".//h1")) == article.headline
    assert tree.find(".//section[@class='source']") is not None


def test_warnings_come_first():
    article = ko_article()._replace(warnings=(Warning("NO_CONTACT", "no department contact <found>"),))
    tree = parse_strict(render_preview(article))
    body_children = list(tree.find("body"))
    warnings = body_children[0].find("ul[@class='warnings']")
    assert text_of(warnings) == "NO_CONTACT no department contact <found>"


def test_hostile_source_lines_are_text_and_the_page_allows_no_scripts():
    tree = parse_strict(render_preview(pr2news.convert(EN_HOSTILE)))
    assert not list(tree.iter("script")) and not list(tree.iter("img"))
    csp = [m.get("content") for m in tree.iter("meta") if m.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in csp[0]
    assert any("<script>alert(1)</script>" in text_of(li) for li in tree.findall(".//ol[@class='lines']/li"))


@pytest.fixture
def release(tmp_path):
    path = tmp_path / "release.txt"
    path.write_text(KO_RELEASE, encoding="utf-8")
    return path


def test_preview_writes_the_page_where_asked(release, tmp_path):
    out = tmp_path / "preview.html"
    result = CliRunner().invoke(main, ["preview", str(release), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == str(out)
    parse_strict(out.read_text(encoding="utf-8"))


def test_without_output_the_page_goes_to_a_temporary_file(release):
    result = CliRunner().invoke(main, ["preview", str(release)])
    assert result.exit_code == 0, result.output
    page = Path(result.output.strip())
    try:
        assert page.suffix == ".html" and "<ol class=\"lines\">" in page.read_text(encoding="utf-8")
    finally:
        page.unlink()


def test_an_unreadable_input_is_one_line_and_exit_1(tmp_path):
    result = CliRunner().invoke(main, ["preview", str(tmp_path / "missing.txt")])
    assert result.exit_code == 1
    assert len(result.output.strip().splitlines()) == 1 and "missing.txt" in result.output


def test_serve_refuses_standard_input():
    result = CliRunner().invoke(main, ["preview", "-", "--serve"])
    assert result.exit_code == 2


def test_the_server_listens_on_localhost_and_reconverts_on_every_reload(release):
    from pr2news.serve import EditorSession, make_server
    server = make_server(EditorSession(str(release)))
    host, port = server.server_address[:2]
    assert host == "127.0.0.1" and port > 0
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{port}/"
        with urllib.request.urlopen(url, timeout=10) as response:
            assert response.headers["Content-Type"] == "text/html; charset=utf-8"
            first = response.read().decode("utf-8")
        assert "식품감시원 80명" in first
        release.write_text(KO_RELEASE.replace("80명", "95명"), encoding="utf-8")
        with urllib.request.urlopen(url, timeout=10) as response:
            assert "식품감시원 95명" in response.read().decode("utf-8")
        release.write_bytes(b"")
        with pytest.raises(urllib.error.HTTPError) as failed:
            urllib.request.urlopen(url, timeout=10)
        assert failed.value.code == 500
        with pytest.raises(urllib.error.HTTPError) as missing:
            urllib.request.urlopen(url + "other", timeout=10)
        assert missing.value.code == 404
    finally:
        server.shutdown()
        server.server_close()


def test_lines_are_numbered_as_corrections_count_them():
    article = ko_article()
    tree = parse_strict(render_preview(article))
    lines = tree.findall(".//ol[@class='lines']/li")
    assert [li.get("data-line") for li in lines] == [str(n) for n in range(1, len(article.trace) + 1)]
    assert [li.find("span[@class='where']").get("data-n") for li in lines[:3]] == ["1", "2", "3"]


def test_warnings_that_concern_a_line_are_flagged_beside_it():
    cut = pr2news.convert("Harbor City Opens Two New Cooling Centers Near Parks\n"
                          "HARBOR CITY, CA — Two new cooling centers open on Monday at the Westside and\n")
    assert {"TRUNCATED_BODY", "NO_CONTACT"} <= set(cut.warning_codes())
    tree = parse_strict(render_preview(cut))
    lines = tree.findall(".//ol[@class='lines']/li")
    flagged = {li.get("data-line"): [text_of(f) for f in li.iter("span") if f.get("class") == "flag"] for li in lines}
    last_body = max(n for n, t in enumerate(cut.trace, 1) if t.role == "body")
    headline = min(n for n, t in enumerate(cut.trace, 1) if t.role == "headline")
    expected = {str(last_body): ["TRUNCATED_BODY"]}
    if "HEADLINE_GUESSED" in cut.warning_codes():
        expected[str(headline)] = ["HEADLINE_GUESSED"]
    # NO_CONTACT concerns no line: it is listed at the top only
    assert {n: codes for n, codes in flagged.items() if codes} == expected
    top = text_of(tree.find(".//ul[@class='warnings']"))
    assert "TRUNCATED_BODY" in top and "NO_CONTACT" in top
