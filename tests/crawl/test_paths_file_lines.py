"""``parse_many(open("paths.txt"))``: each line of a file of paths keeps its line break, and a string holding a line
break was taken for page text, so every path was parsed as a one-line page (an Article of the file name, no error,
no warning). A line break at the end makes no second line: the line is the path, without it. Text of two lines is
still a page.
"""

from __future__ import annotations

from pathlib import Path

import cqnews

PAGE = (
    "<html><head><title>Ferry timetable changes</title></head><body><article><h1>Ferry timetable changes</h1>"
    "<p>The island ferry will leave an hour earlier from next week, the operator announced on Friday.</p>"
    "</article></body></html>"
)


def test_lines_of_a_paths_file_are_paths(tmp_path: Path) -> None:
    (tmp_path / "ferry.html").write_text(PAGE)
    listing = tmp_path / "paths.txt"
    listing.write_text(f"{tmp_path / 'ferry.html'}\n{tmp_path / 'gone.html'}\r\n")
    with listing.open() as lines:
        results = list(cqnews.parse_many(lines, jobs=0))
    assert [r.source.file for r in results] == [str(tmp_path / "ferry.html"), str(tmp_path / "gone.html")]
    assert results[0].article is not None and results[0].article.headline == "Ferry timetable changes"
    assert results[1].error is not None and results[1].error.type == "FileNotFoundError"


def test_two_lines_of_text_are_a_page() -> None:
    [result] = cqnews.parse_many(["Ferry timetable changes\nThe island ferry leaves an hour earlier.\n"], jobs=0)
    assert result.source.file is None and result.article is not None
