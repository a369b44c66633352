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
