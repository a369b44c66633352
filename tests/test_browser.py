"""The preview and an HTML article in a real headless Chromium: visible parts, no console errors, screenshots.

Skips when selenium, Chromium or chromedriver is missing (.ci/run installs Debian's chromium and
chromium-driver). The browser starts with a fresh profile and background networking off.
"""
import shutil
import tempfile
from pathlib import Path

import pytest

from pr2news.render import render
from pr2news.render.html import render_preview
from render_samples import en_article, ko_article

ARTIFACTS = Path(__file__).resolve().parent / "_artifacts"
CHROMIUM = next(filter(None, map(shutil.which, ("chromium", "chromium-browser", "google-chrome"))), None)
CHROMEDRIVER = shutil.which("chromedriver")


@pytest.fixture(scope="module")
def browser():
    webdriver = pytest.importorskip("selenium.webdriver")
    if not CHROMIUM or not CHROMEDRIVER:
        pytest.skip("no Chromium and chromedriver installed")
    from selenium.webdriver.chrome.service import Service
    profile = tempfile.mkdtemp(prefix="pr2news-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 f"--user-data-dir={profile}", "--window-size=1400,1000"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def open_page(browser, tmp_path, name, page):
    path = tmp_path / name
    path.write_text(page, encoding="utf-8")
    browser.get_log("browser")  # drop anything left from an earlier page
    browser.get(path.as_uri())
    return path


def console_errors(browser):
    return [entry for entry in browser.get_log("browser") if entry["level"] in ("SEVERE", "ERROR")]


def visible_texts(browser, css):
    from selenium.webdriver.common.by import By
    return [" ".join(el.text.split()) for el in browser.find_elements(By.CSS_SELECTOR, css) if el.is_displayed()]


def save_screenshot(browser, name):
    ARTIFACTS.mkdir(exist_ok=True)
    height = browser.execute_script("return document.documentElement.scrollHeight")
    browser.set_window_size(1400, min(max(height, 800), 4000))
    target = ARTIFACTS / name
    assert browser.save_screenshot(str(target))
    browser.set_window_size(1400, 1000)
    return target


def test_the_preview_shows_headline_highlights_contacts_and_tinted_source_lines(browser, tmp_path):
    article = ko_article()
    open_page(browser, tmp_path, "preview.html", render_preview(article, source_name="release.txt"))
    assert visible_texts(browser, ".rendered h1") == [article.headline]
    assert visible_texts(browser, ".rendered .highlights li") == list(article.highlights)
    contacts = " ".join(visible_texts(browser, ".rendered footer address"))
    assert all(c.name in contacts and c.phones[0] in contacts for c in article.contacts)
    assert len(visible_texts(browser, ".lines li")) == len(article.trace)
    tints = browser.execute_script(
        "return [...document.querySelectorAll('.lines li')].map(li => getComputedStyle(li).backgroundColor)")
    roles = [t.role for t in article.trace]
    by_role = {role: tint for role, tint in zip(roles, tints)}
    assert len(set(by_role.values())) == len(by_role)  # one distinct tint per role
    assert visible_texts(browser, ".lines li.role-stripped .text")
    assert console_errors(browser) == []
    assert save_screenshot(browser, "preview-ko.png").stat().st_size > 10_000


@pytest.mark.parametrize("make_article", [ko_article, en_article], ids=["ko", "en"])
def test_an_html_article_shows_headline_highlights_and_contact(browser, tmp_path, make_article):
    article = make_article()
    open_page(browser, tmp_path, "article.html", render(article, "html"))
    assert browser.title == article.headline
    assert visible_texts(browser, "article h1") == [article.headline]
    assert visible_texts(browser, "article .highlights li") == list(article.highlights)
    address = " ".join(visible_texts(browser, "article footer address"))
    assert article.contacts[0].phones[0] in address
    assert console_errors(browser) == []
    assert save_screenshot(browser, f"article-{article.lang}.png").stat().st_size > 10_000


def test_hostile_text_runs_no_script_in_the_browser(browser, tmp_path):
    import pr2news
    from render_samples import EN_HOSTILE
    article = pr2news.convert(EN_HOSTILE)
    open_page(browser, tmp_path, "hostile.html", render(article, "html"))
    assert visible_texts(browser, "article h1") == [" ".join(article.headline.split())]
    assert browser.execute_script("return document.images.length") == 0
    assert console_errors(browser) == []
    open_page(browser, tmp_path, "hostile-preview.html", render_preview(article))
    assert browser.execute_script("return document.scripts.length + document.images.length") == 0
    assert console_errors(browser) == []


def release_page_with_tables():
    """A saved agency page: the header and contacts in tables, the story in nested divs (real reader positions)."""
    import html
    from render_samples import KO_RELEASE
    lines = [l.strip() for l in KO_RELEASE.splitlines() if l.strip()]
    header = [l for l in lines if l.startswith(("보도일시", "배포일시", "담당부서", "책임자", "담당자"))]
    story = [l for l in lines if l not in header]
    rows = "".join(f"<tr><th>{html.escape(l.split(None, 1)[0])}</th><td>{html.escape(l.split(None, 1)[1])}</td></tr>"
                   for l in header)
    paragraphs = "".join(f"<p>{html.escape(l)}</p>" for l in story)
    return (f"<!DOCTYPE html><html lang='ko'><head><meta charset='utf-8'><title>보도자료</title></head><body>"
            f"<div class='wrap'><div id='article-content'><table>{rows}</table><div class='view'>{paragraphs}</div>"
            f"</div></div></body></html>").encode("utf-8")


def set_viewport(browser, width, height=900):
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})


SPLIT_WORDS = """
const split = [];
for (const el of document.querySelectorAll('.lines .where')) {
  const node = el.firstChild;
  if (!node) continue;
  const text = node.textContent;
  for (const m of text.matchAll(/\\S+/g)) {
    const range = document.createRange();
    range.setStart(node, m.index);
    range.setEnd(node, m.index + m[0].length);
    const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
    if (tops.size > 1) split.push(m[0]);
  }
}
return split;
"""

LAYOUT = """
const rows = [...document.querySelectorAll('.lines li')].map(li => {
  const box = sel => li.querySelector(sel).getBoundingClientRect();
  const where = box('.where'), text = box('.text');
  return {whereRight: where.right, whereBottom: where.bottom, textLeft: text.left, textTop: text.top,
          textWidth: text.width, fontSize: parseFloat(getComputedStyle(li.querySelector('.text')).fontSize)};
});
return {rows, scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth};
"""


@pytest.mark.parametrize("width", [390, 1280])
def test_the_source_column_never_splits_a_position_and_stays_readable(browser, tmp_path, width):
    import pr2news
    article = pr2news.convert(release_page_with_tables())
    wheres = {t.where for t in article.trace}
    assert any(w.startswith("table 1, row ") for w in wheres) and any(w.startswith("#article-content › ") for w in wheres)
    try:
        set_viewport(browser, width)
        open_page(browser, tmp_path, f"preview-{width}.html", render_preview(article, source_name="release.html"))
        assert browser.execute_script(SPLIT_WORDS) == []
        layout = browser.execute_script(LAYOUT)
        assert layout["scrollWidth"] <= layout["innerWidth"]  # nothing runs off the side of the screen
        for row in layout["rows"]:
            # the text sits beside the position (wide) or under it (narrow), never on top of it
            assert row["whereRight"] <= row["textLeft"] + 1 or row["whereBottom"] <= row["textTop"] + 1
            assert row["textWidth"] >= (300 if width == 390 else 320) and row["fontSize"] >= 13
        if width == 390:  # on a phone the text takes the column's whole width
            assert min(r["textWidth"] for r in layout["rows"]) >= 0.8 * width
        assert console_errors(browser) == []
        ARTIFACTS.mkdir(exist_ok=True)
        assert browser.save_screenshot(str(ARTIFACTS / f"preview-source-{width}.png"))
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def test_korean_text_is_drawn_with_a_korean_face_first_digits_included(browser, tmp_path):
    open_page(browser, tmp_path, "fonts.html", render(ko_article(), "html"))
    families = browser.execute_script(
        "return ['h1', '.article-body p', 'footer .tel'].map(s => getComputedStyle(document.querySelector("
        "'article ' + s)).fontFamily)")
    assert all(f.startswith('"Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic"') for f in families), families
