"""The Python examples of README.md, docs/*.md and the docstrings run as written and print what the text says.

Each Markdown file is one session, as a newcomer would paste it into ``python``: its ```` ```python ```` blocks
run in order in one fresh namespace (``__name__ == "__main__"``). A block that opens with ``>>>`` runs through
doctest, its printed output compared with the one written (whitespace normalised, ``...`` matches anything);
any other block runs with ``exec`` and must not raise. The current directory is a temporary folder holding the
sample files the examples name, at the paths they name, and ``sys.argv`` names two sample pages as
``python script.py page.html …`` would.

A block that cannot run here (network, a cluster) has ``<!-- not run: reason -->`` on the line above its
fence; there are few of them, each with its reason (tests/README.md). The ``>>>`` examples of the package's
docstrings run through doctest in the same folder, one module at a time.
"""

from __future__ import annotations

import doctest
import gzip
import importlib
import json
import re
import shutil
import sys
import traceback
import types
from dataclasses import dataclass
from pathlib import Path

import pytest

from cqnews.warc import WarcPage, write_warc
from tests.paths import DATA, ROOT, SEED, SITES

DOC_FILES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
SOURCE = ROOT / "src"
DOCSTRING_MODULES = sorted(  # the modules whose docstrings hold >>> examples (the API reference shows them)
    ".".join(path.relative_to(SOURCE).with_suffix("").parts).removesuffix(".__init__")
    for path in SOURCE.rglob("*.py")
    if ">>> " in path.read_text(encoding="utf-8")
)
NOT_RUN = re.compile(r"<!--\s*not run:\s*(?P<reason>.*?)\s*-->")
FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>```+|~~~+)\s*(?P<info>[\w+-]*)")
MAX_NOT_RUN = 4  # blocks marked "not run" in all the docs together: keep them few
DOCTEST_FLAGS = doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS
SAMPLE_ARGV = ["script.py", "page.html", "examples/ichongqing-liangjiang.txt"]


@dataclass(frozen=True)
class Block:
    """One ```python block: the line of its opening fence (1-based), its code, its "not run" reason if any."""

    line: int
    code: str
    not_run: str | None

    @property
    def is_doctest(self) -> bool:
        return self.code.lstrip().startswith(">>>")


def python_blocks(path: Path) -> list[Block]:
    """The fenced Python blocks of a Markdown file, in order, with the marker on the line above each."""
    lines = path.read_text(encoding="utf-8").splitlines()
    blocks: list[Block] = []
    index = 0
    while index < len(lines):
        opening = FENCE.match(lines[index])
        if opening is None:
            index += 1
            continue
        end = index + 1
        while end < len(lines) and not lines[end].strip().startswith(opening["fence"]):
            end += 1
        if opening["info"] in ("python", "py", "pycon"):
            marker = NOT_RUN.search(lines[index - 1]) if index else None
            indent = len(opening["indent"])
            code = "\n".join(line[indent:] for line in lines[index + 1 : end]) + "\n"
            blocks.append(Block(index + 1, code, marker["reason"] if marker else None))
        index = end + 1
    return blocks


def lay_out_samples(folder: Path) -> None:
    """The files the examples name: the seed article, a page, a crawl folder, a WARC, a golden page."""
    (folder / "examples").mkdir()
    shutil.copy(SEED, folder / "examples" / SEED.name)
    shutil.copy(DATA / "generic_news.html", folder / "page.html")
    (folder / "crawl").mkdir()
    shutil.copy(DATA / "generic_news.html", folder / "crawl" / "story.html")
    shutil.copy(DATA / "generic_news_zh.html", folder / "crawl" / "story_zh.html")
    case = json.loads((SITES / "euronews.expected.json").read_text(encoding="utf-8"))
    warc_page = gzip.decompress((SITES / case["page"]).read_bytes())
    write_warc(folder / "2024-05.warc.gz", [WarcPage(case["url"], warc_page)])
    (folder / "tests" / "sites").mkdir(parents=True)
    for name in ("people_finance.expected.json", "magichtml_finance.people.com.cn_1e20e02712.html.gz"):
        shutil.copy(SITES / name, folder / "tests" / "sites" / name)


def run_block(path: Path, block: Block, namespace: dict[str, object]) -> None:
    name = f"{path.name}:{block.line}"
    failure = run_doctest(path, block, namespace) if block.is_doctest else run_code(path, block, namespace)
    if failure:
        pytest.fail(f"{name}: {failure}", pytrace=False)


def run_code(path: Path, block: Block, namespace: dict[str, object]) -> str:
    """Runs a plain block; the traceback names the line of the Markdown file when it raises."""
    try:
        exec(compile("\n" * block.line + block.code, str(path), "exec"), namespace)
    except Exception as error:  # noqa: BLE001 - an example may raise anything: its traceback is the report
        return "raised\n" + "".join(traceback.format_exception(error))
    return ""


def run_doctest(path: Path, block: Block, namespace: dict[str, object]) -> str:
    """Runs a ``>>>`` block; the doctest report when what it prints is not what the docs say."""
    parser = doctest.DocTestParser()
    test = parser.get_doctest(block.code, namespace, f"{path.name}:{block.line}", str(path), block.line)
    report: list[str] = []
    runner = doctest.DocTestRunner(optionflags=DOCTEST_FLAGS)
    runner.run(test, out=report.append, clear_globs=False)
    namespace.update(test.globs)  # doctest ran on a copy: the next block sees what this one defined
    return "prints other than the docs say\n" + "".join(report) if runner.failures else ""


def runnable_blocks(path: Path) -> list[Block]:
    return [block for block in python_blocks(path) if block.not_run is None]


@pytest.mark.parametrize("path", [path for path in DOC_FILES if runnable_blocks(path)], ids=lambda path: path.name)
def test_examples_run_as_written(path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = runnable_blocks(path)
    lay_out_samples(tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "argv", SAMPLE_ARGV)
    main = types.ModuleType("__main__")  # functions the example defines pickle for a process pool
    monkeypatch.setitem(sys.modules, "__main__", main)
    for block in blocks:
        run_block(path, block, main.__dict__)


@pytest.mark.parametrize("module_name", DOCSTRING_MODULES)
def test_docstring_examples_run_as_written(module_name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lay_out_samples(tmp_path)
    monkeypatch.chdir(tmp_path)
    module = importlib.import_module(module_name)
    report: list[str] = []
    runner = doctest.DocTestRunner(optionflags=DOCTEST_FLAGS)
    for test in doctest.DocTestFinder().find(module):
        runner.run(test, out=report.append)
    assert runner.tries, f"{module_name}: no example found"
    assert not runner.failures, "".join(report)


def test_few_blocks_are_not_run_and_each_says_why() -> None:
    blocks = [block for path in DOC_FILES for block in python_blocks(path)]
    marked = [block for block in blocks if block.not_run is not None]
    assert len(blocks) >= 15  # the docs' examples were found
    assert len(marked) <= MAX_NOT_RUN
    assert all(len(block.not_run or "") >= 10 for block in marked)


def test_every_not_run_marker_stands_above_a_python_block() -> None:
    for path in DOC_FILES:
        markers = len(NOT_RUN.findall(path.read_text(encoding="utf-8")))
        assert markers == sum(block.not_run is not None for block in python_blocks(path)), path.name
