"""``--resume`` reads the lines of the output file it appends to; lines that are no result of cqnews (a
``source`` that is a string or null, a list for a record id, JSON that is no object, a cut last line) are
passed over, and the pages they do not name are parsed, instead of ending the run in AttributeError or
TypeError."""

from __future__ import annotations

from pathlib import Path

import pytest

from cqnews.cli import main
from cqnews.output import resume_keys

PAGE = (
    "<html><body><article><h1>Ferry timetable changes</h1><p>The island ferry will leave an hour earlier from"
    " next week, the operator announced on Friday.</p></article></body></html>"
)


@pytest.mark.parametrize(
    "foreign",
    ['{"source": "crawl"}', '{"source": null}', '{"source": {"file": 5, "record_id": [1]}}', "[1, 2]", '"text"',
     '{"sou'],
    ids=["source-string", "source-null", "names-not-strings", "list", "string", "cut"],
)
def test_resume_passes_over_lines_it_did_not_write(tmp_path: Path, foreign: str) -> None:
    done, todo = tmp_path / "done.html", tmp_path / "todo.html"
    done.write_text(PAGE)
    todo.write_text(PAGE)
    out = tmp_path / "out.jsonl"
    out.write_text(f'{{"source": {{"file": "{done}"}}}}\n{foreign}' + ("" if foreign == '{"sou' else "\n"))
    assert resume_keys(out) == {(str(done), None)}
    assert main(["parse", str(done), str(todo), "-o", str(out), "--resume", "--jobs", "0"]) == 0
    assert str(todo) in out.read_text().splitlines()[-1]
