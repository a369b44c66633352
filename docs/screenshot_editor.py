"""Take docs/editor.png, the README's picture of the editor: `pr2news preview --serve` on a release whose
headline was detected wrong, with the right headline pinned and the role menu open on another line.

    python docs/screenshot_editor.py        (needs selenium, Chromium and chromedriver, as the browser tests)
"""
import os
import shutil
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from editor_samples import EN_WRONG_HEADLINE, HEADLINE, HEADLINE_LINE  # noqa: E402
from pr2news.serve import EditorSession, make_server  # noqa: E402


def main(target=ROOT / "docs" / "editor.png"):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    work = tempfile.mkdtemp(prefix="pr2news-screenshot-")
    os.chdir(work)  # the page names the release as it was given: a short relative name
    Path("riverton-water-mains.txt").write_text(EN_WRONG_HEADLINE, encoding="utf-8")
    session = EditorSession("riverton-water-mains.txt")
    server = make_server(session)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 f"--user-data-dir={work}/profile", "--window-size=1400,960", "--hide-scrollbars"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    try:
        wait = WebDriverWait(driver, 10)
        driver.get(f"http://127.0.0.1:{session.port}/")
        driver.find_element(By.CSS_SELECTOR, f'ol.lines > li[data-line="{HEADLINE_LINE}"]').click()
        driver.find_element(By.CSS_SELECTOR, '#role-menu button[data-role="headline"]').click()
        wait.until(lambda d: d.execute_script("return document.querySelector('.rendered h1').innerText") == HEADLINE)
        driver.find_element(By.CSS_SELECTOR, 'ol.lines > li[data-line="8"]').click()  # the credit line's menu
        wait.until(lambda d: d.execute_script("return !document.getElementById('role-menu').hidden"))
        assert driver.save_screenshot(str(target))
    finally:
        driver.quit()
        server.shutdown()
        server.server_close()
        shutil.rmtree(work, ignore_errors=True)
    print(target)


if __name__ == "__main__":
    main()
