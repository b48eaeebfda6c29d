"""The site in a real browser (Debian's Chromium driven by Playwright): a reader's path from the search box to the
sentence behind a number, the XSS probes shown as text, and the screenshots the README shows (docs/*.png)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[2] / "docs"
PROBES = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>']


@pytest.fixture()
def page(browser, site_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=site_url)
    page = context.new_page()
    page.dialogs, page.errors = [], []
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    page.on("console", lambda m: m.type == "error" and page.errors.append(m.text))
    try:
        yield page
    finally:
        context.close()


def test_search_a_therapy_open_its_trial_read_an_outcome_and_its_evidence(page):
    page.goto("/")
    page.fill("header input[name=q]", "CL2020")
    page.click("header button[type=submit]")
    page.wait_for_url(re.compile(r"/id/therapy/cl2020$"))
    assert page.locator("h1").inner_text().endswith("CL2020")

    page.click("#trials a:text('jRCT2063200047')")
    page.wait_for_url(re.compile(r"/id/trial/jRCT2063200047$"))
    row = page.locator("#outcomes tr", has_text="ALSFRS-R")
    cells = row.locator("td").all_inner_texts()
    assert "40.6" in cells and "37.6" in cells and "-3" in cells
    page.wait_for_selector("#graph[data-ready='1'] canvas", timeout=20000)      # the picture, drawn under the CSP
    assert page.errors == []                         # no CSP violation (vis-network's own style sheets are hashed)
    DOCS.mkdir(exist_ok=True)
    page.screenshot(path=str(DOCS / "trial-page.png"), full_page=True)

    row.locator("a", has_text="evidence").click()
    page.wait_for_url(re.compile(r"/evidence\?"))
    marks = page.locator("blockquote.sentence mark").all_inner_texts()
    assert any("37.6" in m or "40.6" in m or "ALSFRS-R" in m for m in marks), marks
    assert "ALSFRS-R scores were a mean three points lower" in page.locator("blockquote.sentence").first.inner_text()
    assert page.dialogs == []

    page.go_back()
    page.locator("table.facts tr", has_text="enrollment").locator("a", has_text="evidence").click()
    page.wait_for_url(re.compile(r"/evidence\?"))
    assert page.locator("blockquote.sentence mark").first.inner_text() == "by five people"
    page.click("h1 a")                                               # back to the trial: all its evidence
    page.goto(page.url.replace("/id/trial/", "/evidence?subject=https%3A%2F%2Fw3id.org%2Fkg-trials%2Fid%2Ftrial%2F"))
    page.screenshot(path=str(DOCS / "evidence.png"), full_page=False)


def xss_pages(page) -> list[str]:
    page.goto("/documents")
    documents = [page.locator("a", has_text=name).get_attribute("href") for name in ("xss-trial", "xss-page")]
    evidence = []
    for trial in ("/id/trial/NCT09876543", "/id/trial/NCT07654321"):
        page.goto(trial)
        evidence += page.locator("a:text('evidence')").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    return documents + ["/id/therapy/zq-456", "/id/therapy/qr-789", "/search?q=%3Cscript%3E"] + sorted(set(evidence))


def test_the_probes_render_as_text(page):
    seen = 0
    for path in xss_pages(page):
        page.goto(path)
        page.wait_for_load_state("load")
        body = page.locator("main").inner_text()
        seen += sum(p in body for p in PROBES)
        assert page.locator("main img").count() == 0, path
        own = "[...document.scripts].every(s => s.src.startsWith(location.origin + '/') && !s.text.trim())"
        assert page.evaluate(own), path           # only the site's own script files, no script element from a document
        assert page.evaluate("document.querySelectorAll('[onerror]').length") == 0, path
    assert page.dialogs == []
    assert seen >= 4            # the probes are on the document, therapy and evidence pages, as text


def test_the_site_works_without_javascript(browser, site_url):
    """Search, a trial, its outcomes and the evidence need no script (only the picture does)."""
    context = browser.new_context(java_script_enabled=False, base_url=site_url)
    try:
        page = context.new_page()
        page.goto("/")
        page.fill("main input[name=q]", "NCT01234567")
        page.click("main button[type=submit]")
        page.wait_for_url(re.compile(r"/id/trial/NCT01234567$"))
        assert "EDSS" in page.locator("#outcomes").inner_text()
        page.locator("#outcomes a", has_text="evidence").first.click()
        page.wait_for_url(re.compile(r"/evidence\?"))
        assert page.locator("blockquote.sentence mark").count() >= 1
    finally:
        context.close()
