"""A recursive glob pattern over folders holding links to the folders above them: each page once, at once."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from cqnews.sources import expand_paths

pytestmark = pytest.mark.skipif(not hasattr(os, "symlink"), reason="symbolic links")


def test_links_to_a_folder_above_are_not_followed_by_double_star(tmp_path: Path) -> None:
    inner = tmp_path / "crawl" / "day1"
    inner.mkdir(parents=True)
    (inner / "a.html").write_text("<p>a</p>")
    (tmp_path / "crawl" / "b.html").write_text("<p>b</p>")
    (inner / ".cache").mkdir()
    (inner / ".cache" / "c.html").write_text("<p>c</p>")  # hidden, as glob leaves it
    for name in ("up", "again"):  # two links upwards: glob's ** listed 2^40 paths
        (inner / name).symlink_to("..")
    found: list[str] = []
    lister = threading.Thread(target=lambda: found.extend(expand_paths([f"{tmp_path}/crawl/**/*.html"])), daemon=True)
    lister.start()
    lister.join(5)
    assert not lister.is_alive(), "the pattern's expansion never ended"
    assert found == [f"{tmp_path}/crawl/b.html", f"{tmp_path}/crawl/day1/a.html"]


def test_double_star_inside_a_name_matches_as_one_star(tmp_path: Path) -> None:
    (tmp_path / "day1").mkdir()
    (tmp_path / "day1" / "abc.html").write_text("<p>a</p>")
    (tmp_path / "xyz.html").write_text("<p>x</p>")
    assert list(expand_paths([f"{tmp_path}/a**.html"])) == [f"{tmp_path}/a**.html"]  # nothing matches: kept, to fail
    assert list(expand_paths([f"{tmp_path}/day1/a**.html"])) == [f"{tmp_path}/day1/abc.html"]
    assert list(expand_paths([f"{tmp_path}/**/a**.html"])) == [f"{tmp_path}/day1/abc.html"]


def test_double_star_at_the_end_gives_each_page_once(tmp_path: Path) -> None:
    deep = tmp_path / "crawl" / "day1" / "am"
    deep.mkdir(parents=True)
    for page in (tmp_path / "crawl" / "a.html", deep.parent / "b.html", deep / "c.html"):
        page.write_text("<p>x</p>")
    found = list(expand_paths([f"{tmp_path}/crawl/**"]))
    assert sorted(found) == [f"{tmp_path}/crawl/a.html", f"{tmp_path}/crawl/day1/am/c.html", f"{tmp_path}/crawl/day1/b.html"]
