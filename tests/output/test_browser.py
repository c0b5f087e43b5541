"""The notebook view in a real browser: it renders, and no script of a hostile page runs.

Headless Chromium (Debian's ``chromium``; ``.ci/run`` installs it) loads a page made of the view of
a hostile article (see ``test_notebook.hostile_article``) and a script of our own that runs last and
records what the browser ended up with. Our script running proves JavaScript is on, so the absence of
the payloads' marker means they did not run. In CI (``CI`` set) a missing browser is a failure.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import lxml.html
import pytest

import cqnews
from cqnews.notebook import article_html
from tests.output.test_notebook import hostile_article

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--virtual-time-budget=3000",  # let timers, image errors and lazy loads fire before the dump
]

# Runs after the view; writes what it sees into attributes of <body> that --dump-dom shows.
PROBE = """<script>
(function () {
  var view = document.querySelector('.cqnews-article');
  var b = document.body.dataset;
  b.probe = 'ran';
  b.display = view ? getComputedStyle(view).display : 'missing';
  b.scripts = String(document.scripts.length);
  b.marks = String(document.querySelectorAll('mark').length);
  b.imgs = Array.prototype.map.call(document.images, function (i) { return i.src; }).join(' ');
  window.addEventListener('load', function () { document.body.dataset.loaded = 'yes'; });
})();
</script>"""


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    if os.environ.get("CI"):
        pytest.fail("chromium is not installed (.ci/run installs it with apt-get)")
    pytest.skip("chromium is not installed (apt-get install chromium); CI runs this test")


def page(view: str) -> str:
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>view</title></head><body>{view}{PROBE}</body></html>"
    )


def run_browser(html: str, tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    target = tmp_path / "view.html"
    target.write_text(html, encoding="utf-8")
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run(
            [chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *extra, target.as_uri()],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )


def test_hostile_view_runs_no_script(tmp_path: Path) -> None:
    result = run_browser(page(article_html(hostile_article())), tmp_path, "--dump-dom")
    assert result.returncode == 0, result.stderr[-2000:]
    dom = lxml.html.document_fromstring(result.stdout)
    body = dom.find("body")
    assert body.get("data-probe") == "ran"  # JavaScript is on: a payload that could run would have run
    assert "pwned" not in result.stdout  # the marker the payloads would have written
    assert dom.findtext(".//title") == "view"
    assert body.get("data-scripts") == "1"  # our probe only
    assert body.get("data-display") == "block"  # no style sheet of the page hid the view
    assert body.get("data-marks") == "1"
    assert body.get("data-imgs") == (
        "http://127.0.0.1:9/a.png%22/onerror=%22document.title='pw'+'ned'%22/x=%22 http://127.0.0.1:9/b.png"
    )
    # The page's words are shown as text.
    headline = dom.xpath("//div[@class='cqnews-article']/h2")[0].text_content()
    assert headline.startswith("Headline <script>document.title='pw'+'ned'")


def test_seed_view_renders(tmp_path: Path, seed_text: str) -> None:
    article = cqnews.parse_text(seed_text)
    shot = tmp_path / "seed.png"
    result = run_browser(page(article._repr_html_()), tmp_path, f"--screenshot={shot}", "--window-size=900,1200")
    assert result.returncode == 0, result.stderr[-2000:]
    assert shot.stat().st_size > 20_000  # a rendered page, not a blank one
    dom = lxml.html.document_fromstring(run_browser(page(article._repr_html_()), tmp_path, "--dump-dom").stdout)
    assert dom.find("body").get("data-marks") == "11"
    assert dom.find("body").get("data-display") == "block"
