"""A person's path through the site in headless Chromium (Debian's chromium + chromedriver).

Home page -> an organization -> a register it is party to -> the query page -> run a query, on
what `kg build` publishes (registers extracted from their documents, each fact with its source
sentences: the `built` server of tests/server/conftest.py). Each step asserts what the page shows
and saves a screenshot under tests/artifacts/ (git-ignored), so a failing run leaves the pictures
of what the browser saw; the register page is also shot whole (browser-3-register-full.png).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from support.kg_server import require_tool, shared_server

from kg.testing.live_server import LiveServer

ARTIFACTS = Path(__file__).parents[1] / "artifacts"
# The register page of the OGF / DMTF register at 1,280 px: 5,500 px as one flat table with 33
# "(anonymous)" provenance links; about 4,600 px in sections with its source sentences and all
# statements folded (12,000 px with every one of them open).
REGISTER_HEIGHT = 5_000
REGISTER_SECTIONS = ("Parties", "Scope and topics", "Specifications", "Milestones and targets", "Contacts")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1280,1000",
]


@pytest.fixture(scope="module")
def browser():
    chromium = require_tool(
        shutil.which("chromium") or shutil.which("chromium-browser"),
        "chromium",
        "apt-get install chromium chromium-driver",
    )
    driver_path = require_tool(
        shutil.which("chromedriver"), "chromedriver", "apt-get install chromium-driver"
    )
    try:
        from selenium import webdriver
    except ImportError:
        require_tool(None, "selenium", "pip install selenium, in the test extras")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    profile = tempfile.mkdtemp(prefix="kg-chromium-")
    for flag in [*CHROMIUM_FLAGS, f"--user-data-dir={profile}"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=driver_path))
    driver.set_page_load_timeout(60)
    ARTIFACTS.mkdir(exist_ok=True)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def shoot(driver, name: str) -> None:
    assert driver.save_screenshot(str(ARTIFACTS / f"browser-{name}.png"))


def shoot_whole(driver, name: str) -> int:
    """A screenshot of the whole page (the window made as tall as the page); the page's height."""
    height = int(driver.execute_script("return document.documentElement.scrollHeight"))
    width = int(driver.execute_script("return window.outerWidth"))
    driver.set_window_size(width, height + 200)
    try:
        shoot(driver, name)
    finally:
        driver.set_window_size(1280, 1000)
    return height


def test_home_to_organization_to_register_to_query(browser, built: LiveServer) -> None:
    from selenium.webdriver.common.by import By

    base = built.url.rstrip("/")
    browser.get(base + "/")
    shoot(browser, "1-home")
    assert "Alliance knowledge graph" in browser.title
    organizations = browser.find_element(By.ID, "organizations")
    assert "DMTF" in organizations.text and "Open Grid Forum" in organizations.text
    assert browser.find_element(By.ID, "network-link").get_attribute("href").endswith("/network")

    organizations.find_element(By.LINK_TEXT, "Open Grid Forum").click()  # via the 303 to its document
    shoot(browser, "2-organization")
    assert browser.find_element(By.ID, "label").text == "Open Grid Forum"
    assert browser.current_url.endswith("/doc/organization/ogf")
    assert "Standards organization" in browser.find_element(By.CLASS_NAME, "types").text
    assert "Referenced by" in browser.page_source
    headings = [h.text for h in browser.find_elements(By.TAG_NAME, "h2")]
    assert {"Alliances and work registers", "Units", "Contacts"} <= set(headings)

    browser.find_element(By.LINK_TEXT, "OGF / DMTF Work Register").click()
    shoot(browser, "3-register")
    check_register_page(browser)

    browser.find_element(By.LINK_TEXT, "SPARQL").click()
    shoot(browser, "4-query-page")
    assert browser.find_element(By.TAG_NAME, "h1").text == "SPARQL query"
    box = browser.find_element(By.ID, "query")
    box.clear()
    box.send_keys(
        "SELECT ?register ?title WHERE { ?register a akg:WorkRegister ; dcterms:title ?title } "
        "ORDER BY ?title"
    )
    browser.find_element(By.ID, "run").click()
    shoot(browser, "5-query-results")
    assert browser.find_element(By.ID, "count").text == "2 results"
    results = browser.find_element(By.CLASS_NAME, "results").text
    assert (
        "OGF / DMTF Work Register" in results and "Work Register between DMTF, SNIA, and the OFA" in results
    )


def check_register_page(browser) -> None:
    """Sections in the document's order, no anonymous provenance nodes, no raw Markdown, a source
    sentence shown when its section's sources are opened, and a page of bounded height."""
    from selenium.webdriver.common.by import By

    assert browser.find_element(By.ID, "label").text == "OGF / DMTF Work Register"
    body = browser.find_element(By.TAG_NAME, "body").text
    assert "(anonymous)" not in body and "](" not in body
    headings = [h.text for h in browser.find_elements(By.TAG_NAME, "h2")]
    assert [h for h in headings if h in REGISTER_SECTIONS] == list(REGISTER_SECTIONS)
    parties = browser.find_element(By.ID, "parties").find_element(By.XPATH, "..")
    assert "Open Grid Forum" in parties.text and "DMTF" in parties.text
    height = shoot_whole(browser, "3-register-full")
    assert height < REGISTER_HEIGHT, f"the register page is {height} px high"
    browser.execute_script("document.querySelectorAll('details').forEach(d => d.open = true)")
    unfolded = int(browser.execute_script("return document.documentElement.scrollHeight"))
    assert height < unfolded / 2, (height, unfolded)  # what is folded is there, one click away
    browser.execute_script("document.querySelectorAll('details').forEach(d => d.open = false)")
    sources = parties.find_element(By.CLASS_NAME, "section-sources")
    passage = sources.find_element(By.CLASS_NAME, "passage")
    assert not passage.is_displayed()  # folded until asked for
    sources.find_element(By.TAG_NAME, "summary").click()
    assert passage.is_displayed()
    assert "The Open Grid Forum (OGF) and the Distributed Management Task Force (DMTF)" in passage.text
    cite = sources.find_element(By.CLASS_NAME, "cite").text
    assert "characters " in cite and "Work Register" in cite
    browser.execute_script("arguments[0].scrollIntoView()", sources)
    shoot(browser, "3-register-source")


def test_network_picture_is_shown(browser) -> None:
    from selenium.webdriver.common.by import By

    pytest.importorskip("matplotlib")
    browser.get(shared_server().url + "network")
    image = browser.find_element(By.TAG_NAME, "img")
    browser.set_script_timeout(120)
    loaded = browser.execute_async_script(
        "const img = arguments[0], done = arguments[1];"
        "if (img.complete) { done(img.naturalWidth); } else { img.onload = () => done(img.naturalWidth); "
        "img.onerror = () => done(0); }",
        image,
    )
    shoot(browser, "6-network")
    assert loaded > 100
