"""The editor (`pr2news preview --serve`) driven in headless Chromium: an editor pins the right headline of a
release whose headline was detected wrong, saves, and `pr2news convert --corrections` keeps the correction.

Skips like tests/test_browser.py when selenium, Chromium or chromedriver is missing.
"""
import json
import threading
import time

import pytest
from click.testing import CliRunner

from editor_samples import EN_WRONG_HEADLINE, HEADLINE, HEADLINE_LINE, WRONG_HEADLINE
from pr2news.cli import main
from pr2news.serve import EditorSession, make_server
from test_browser import browser, console_errors, save_screenshot  # noqa: F401  (browser is a fixture)


@pytest.fixture
def editor(tmp_path):
    """The editor serving a release whose headline the rules get wrong; yields (url, release path, session)."""
    release = tmp_path / "water.txt"
    release.write_text(EN_WRONG_HEADLINE, encoding="utf-8")
    session = EditorSession(str(release))
    server = make_server(session)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", release, session
    finally:
        server.shutdown()
        server.server_close()


def wait_for(browser, condition, timeout=10):
    from selenium.webdriver.support.ui import WebDriverWait
    return WebDriverWait(browser, timeout).until(lambda _driver: condition())


def text_of(browser, css):
    # read in one script: the editor swaps whole regions of the page, so an element found a moment ago may be gone
    text = browser.execute_script("var e = document.querySelector(arguments[0]); return e && e.innerText;", css)
    return " ".join(text.split()) if text is not None else None


def click(browser, css):
    from selenium.webdriver.common.by import By
    browser.find_element(By.CSS_SELECTOR, css).click()


def role_of_line(browser, n):
    return browser.execute_script(f"return document.querySelector('ol.lines > li[data-line=\"{n}\"]').dataset.role")


def test_an_editor_pins_the_headline_saves_and_convert_keeps_the_correction(browser, editor):
    url, release, session = editor
    browser.get_log("browser")
    browser.get(url)
    assert text_of(browser, ".rendered h1") == WRONG_HEADLINE, "the sample release must be one the detector gets wrong"
    click(browser, f'ol.lines > li[data-line="{HEADLINE_LINE}"]')
    wait_for(browser, lambda: browser.execute_script("return !document.getElementById('role-menu').hidden"))
    click(browser, '#role-menu button[data-role="headline"]')
    wait_for(browser, lambda: text_of(browser, ".rendered h1") == HEADLINE)
    assert browser.execute_script(
        f"return document.querySelector('ol.lines > li[data-line=\"{HEADLINE_LINE}\"]').dataset.pinned") == "true"
    # decided around the pin: what was taken for the headline stands above it now
    assert [role_of_line(browser, n) for n in range(1, HEADLINE_LINE)] == ["stripped"] * (HEADLINE_LINE - 1)
    assert "unsaved" in browser.find_element("id", "editor-status").get_attribute("class")

    click(browser, "#editor-save")
    wait_for(browser, lambda: text_of(browser, "#editor-status").startswith("Saved"))
    saved = json.loads((release.parent / "water.txt.corrections.json").read_text(encoding="utf-8"))
    assert saved["pins"] == [{"line": HEADLINE_LINE, "role": "headline"}]
    assert sorted(p.name for p in release.parent.iterdir()) == ["water.txt", "water.txt.corrections.json"]
    assert console_errors(browser) == []  # no script or style refused by the page's CSP, no failed request

    result = CliRunner().invoke(main, ["convert", str(release), "--corrections",
                                       str(release.parent / "water.txt.corrections.json")])
    assert result.exit_code == 0, result.output
    article = json.loads(result.stdout)
    assert article["headline"] == HEADLINE
    assert all(block["text"] != WRONG_HEADLINE for block in article["body"])
    assert WRONG_HEADLINE in article["stripped"]

    browser.refresh()  # a reload converts the input again with the saved corrections
    wait_for(browser, lambda: text_of(browser, ".rendered h1") == HEADLINE)
    save_screenshot(browser, "editor-saved.png")


def test_the_keyboard_alone_moves_between_lines_pins_and_unpins(browser, editor):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys
    url, _release, _session = editor
    browser.get(url)
    keys = ActionChains(browser)
    keys.send_keys(*[Keys.ARROW_DOWN] * HEADLINE_LINE, Keys.ENTER).perform()  # the headline's line, its menu
    wait_for(browser, lambda: browser.execute_script("return !document.getElementById('role-menu').hidden"))
    ActionChains(browser).send_keys("1").perform()  # the first role of the menu: headline
    wait_for(browser, lambda: text_of(browser, ".rendered h1") == HEADLINE)
    assert browser.execute_script("return document.activeElement.dataset.line") == str(HEADLINE_LINE)
    ActionChains(browser).send_keys("0").perform()  # the detector decides again
    wait_for(browser, lambda: text_of(browser, ".rendered h1") == WRONG_HEADLINE)
    # the line above, the one taken for the headline, stripped straight from its number in the menu
    ActionChains(browser).send_keys(Keys.ARROW_UP, "9").perform()
    wait_for(browser, lambda: role_of_line(browser, HEADLINE_LINE - 1) == "stripped"
             and text_of(browser, ".rendered h1") not in (None, WRONG_HEADLINE))


def test_download_gives_the_corrected_article_as_json(browser, editor, tmp_path):
    url, _release, _session = editor
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    browser.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    browser.get(url)
    click(browser, f'ol.lines > li[data-line="{HEADLINE_LINE}"]')
    click(browser, '#role-menu button[data-role="headline"]')
    wait_for(browser, lambda: text_of(browser, ".rendered h1") == HEADLINE)
    click(browser, "#editor-download-json")
    wait_for(browser, lambda: any(p.suffix == ".json" for p in downloads.iterdir()))
    time.sleep(0.2)  # the browser renames the partial file once it is complete
    article = json.loads(next(p for p in downloads.iterdir() if p.suffix == ".json").read_text(encoding="utf-8"))
    assert article["headline"] == HEADLINE
