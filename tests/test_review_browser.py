"""The scoring app in headless Chromium (Debian's `chromium`, driven by Playwright; nothing is
downloaded): two reviewers score a sample with the keyboard only, one reloads mid-way, and the
report shows their alpha.

Without /usr/bin/chromium (or $PROMO_CHROMIUM) the test skips with the reason; under CI=true it
fails instead. With $PROMO_SCREENSHOTS set to a folder it saves the page and the report there.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from promo_llm.review.app import new_reviewer
from promo_llm.review.report import build_report, write_report
from promo_llm.store import Store
from review_fixture import served, synthetic_sample

QUESTIONS = ("factual", "fluency", "persuasive", "on_brand", "compliant")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def _chromium() -> str:
    path = os.environ.get("PROMO_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).is_file():
        message = f"Chromium not found at {path}: `apt-get install chromium` (make test does it as root)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path


def _value(reviewer: str, item: str, q: int) -> int:
    """What a reviewer answers: bob agrees with alice except on a few items, by one point."""
    base = 1 + (sum(map(ord, item)) + 2 * q) % 5
    if reviewer == "bob" and item.endswith(("1", "4")):
        return base % 5 + 1
    return base


def _score_current(page, reviewer: str, typed: dict) -> None:
    """Answer the item on the page with keys only, then Enter; records what was typed."""
    item = page.input_value("input[name=item]")
    kind = page.get_attribute("#answer", "data-kind")
    if kind == "pair":
        key = "a" if reviewer == "alice" or item.endswith("0") else "b"
        page.keyboard.press(key)
        typed[item] = key.upper()
    else:
        values = [_value(reviewer, item, q) for q in range(len(QUESTIONS))]
        page.keyboard.press("ArrowDown")  # move focus down and back up: arrows work too
        page.keyboard.press("ArrowUp")
        for v in values:  # each digit answers the focused question and moves to the next
            page.keyboard.press(str(v))
        if item.endswith("2"):
            page.keyboard.press("i")
        typed[item] = (values, item.endswith("2"))
    with page.expect_navigation():
        page.keyboard.press("Enter")


def test_two_reviewers_score_with_the_keyboard_and_the_report_shows_their_alpha(tmp_path):
    from playwright.sync_api import sync_playwright

    chromium = _chromium()
    home = tmp_path / "ws"
    sample = synthetic_sample(home, n_score=8, n_pair=2)
    store = Store(home)
    tokens = {name: new_reviewer(store, "s1", name) for name in ("alice", "bob")}
    shots = os.environ.get("PROMO_SCREENSHOTS")
    total = len(sample.items)
    typed: dict[str, dict] = {"alice": {}, "bob": {}}
    with served(home) as base_url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            pages = {name: browser.new_context(viewport={"width": 1100, "height": 760}).new_page()
                     for name in tokens}
            for name, page in pages.items():
                page.goto(f"{base_url}/r/{tokens[name]}")
                assert page.text_content("#progress") == f"0 / {total}"
            # the two reviewers take turns, item by item, on the same server
            for step in range(total):
                for name, page in pages.items():
                    if name == "alice" and step == 4:
                        page.reload()  # mid-way: the reload resumes at the first unanswered item
                        assert page.text_content("#progress") == f"4 / {total}"
                        assert page.input_value("input[name=item]") not in typed["alice"]
                    if shots and name == "alice" and step == 1:
                        page.screenshot(path=str(Path(shots) / "review-page.png"))
                    _score_current(page, name, typed[name])
                    assert page.text_content("#progress") == f"{step + 1} / {total}"
            for page in pages.values():
                assert "All 10 items answered" in page.text_content("main")
            # what was typed is what was saved
            for name in tokens:
                saved = {a["item_id"]: a["scores"] for a in store.answers("s1", name)}
                assert set(saved) == {i.id for i in sample.items}
                for item, want in typed[name].items():
                    if isinstance(want, str):
                        assert saved[item]["prefer"] == want
                    else:
                        assert [saved[item][q] for q in QUESTIONS] == want[0]
                        assert saved[item]["flags"]["invented_fact"] is want[1]
            report_path = write_report(store, "s1", n_boot=200)
            report = build_report(store, "s1", n_boot=200)
            page = pages["alice"]
            page.goto(report_path.as_uri())
            cells = page.locator("td.alpha").all_text_contents()
            assert cells == [f"{r['alpha']:.3f}" if r["alpha"] == r["alpha"] else "n/a" for r in report.alpha]
            fluency = next(r for r in report.alpha if r["question"] == "fluency")["alpha"]
            assert 0 < fluency < 1 and re.fullmatch(r"0\.\d{3}", cells[1])
            if shots:
                page.screenshot(path=str(Path(shots) / "review-report.png"), full_page=False)
        finally:
            browser.close()
