"""Hostile pages: every case returns an Article or raises its ParseError, fast, without any I/O.

The cases live in ``tests/adversarial/`` (small ones on disk, big ones built from recipes by
``tests/adversarial/generate.py``). For each one the parse must

* return an :class:`~cqnews.Article` or raise one of the :class:`~cqnews.ParseError` subclasses the
  case allows (never MemoryError, RecursionError, UnicodeError, lxml errors …);
* take less than ``LIMIT_S`` seconds of CPU time on the reference machine, scaled to this one by
  ``tests/cpu_bar.py`` (CPU, not wall time, so that other jobs on the machine do not make the test flaky;
  hard alarms, one on CPU time and one on wall time, stop real hangs);
* open no file and no socket (audit hook + monkeypatches), connect to no local canary server and
  never leak the canary secret file into the result.

"""

from __future__ import annotations

import pickle
import signal
import sys
import time

import pytest

import cqnews
from cqnews import document
from tests.adversarial import generate
from tests.adversarial.guard import Canary, IOGuard
from tests.cpu_bar import cpu_bar, half_and_whole_cpu
from tests.paths import ROOT

LIMIT_S = 5.0
TAIL_S = 4.0  # (the CPU a parse may take past its time budget, on the reference machine)
HARD_TIMEOUT_S = 30.0



class _HardTimeout(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise _HardTimeout()


@pytest.fixture(scope="module")
def canary():
    server = Canary()
    yield server
    server.close()


@pytest.fixture(scope="module", autouse=True)
def warm_up() -> None:
    """Import and initialise everything lazily loaded (codecs, language profiles, stop lists) before guarding.

    The only files a parse may read are Python modules imported lazily the first time they are
    needed (a codec for a new charset); they are imported here so that the guard sees none.
    """
    import cqnews

    cqnews.warm_up()  # codec modules, trafilatura, jusText's stop lists, language profiles
    for case in generate.load_small_cases():
        if case.name.startswith("lang_") or case.name in {"text_dump", "utf8_bom"}:
            _parse(case)
    for data in (b"", "<p>" + "a" * 2000 + "</p>", "x " * 500):
        try:
            cqnews.parse(data, options=cqnews.ParseOptions(max_block_chars=100))
        except cqnews.ParseError:
            pass


def _parse(case: generate.Case, data: bytes | str | None = None) -> cqnews.Article | cqnews.ParseError:
    options = cqnews.ParseOptions(**case.options) if case.options else None
    try:
        return cqnews.parse(case.data if data is None else data, content_type=case.content_type, options=options)
    except cqnews.ParseError as error:
        return error


def _outcome(result: cqnews.Article | cqnews.ParseError) -> str:
    return "article" if isinstance(result, cqnews.Article) else type(result).__name__


def _check(case: generate.Case, canary: Canary, data: bytes | str) -> None:
    data = canary.fill(data)
    before = canary.connections
    # A hang that spins is stopped after HARD_TIMEOUT_S of CPU (SIGPROF), one that waits after ten times that of
    # wall time (SIGALRM): on a machine loaded many times over, a parse of 4 s of CPU took more than 30 s of wall.
    previous = signal.signal(signal.SIGALRM, _alarm), signal.signal(signal.SIGPROF, _alarm)
    signal.setitimer(signal.ITIMER_REAL, 10 * HARD_TIMEOUT_S)
    signal.setitimer(signal.ITIMER_PROF, HARD_TIMEOUT_S)
    cpu, wall = time.process_time(), time.perf_counter()
    try:
        with IOGuard() as guard:
            result = _parse(case, data)
    except _HardTimeout:
        pytest.fail(f"{case.name}: no answer after {time.perf_counter() - wall:.0f} s (hang)")
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGALRM, previous[0])
        signal.signal(signal.SIGPROF, previous[1])
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall

    assert not guard.events, f"{case.name}: I/O during the parse: {guard.events[:5]}"
    assert canary.connections == before, f"{case.name}: the parse connected to the canary server"
    outcome = _outcome(result)
    assert outcome in case.expect, f"{case.name}: got {outcome} ({result}), expected one of {case.expect}"
    if isinstance(result, cqnews.ParseError):
        assert str(result), "a ParseError must say what went wrong"
    else:
        dumped = result.model_dump_json()
        assert canary.MARKER not in dumped and "root:x:0:0" not in dumped, f"{case.name}: file contents leaked"
        assert "lollollol" not in dumped, f"{case.name}: an entity bomb was expanded"
        text = result.text + "\n" + (result.headline or "")
        for phrase in case.contains:
            assert phrase in text, f"{case.name}: {phrase!r} is not readable in the result"
        assert cqnews.Article.model_validate_json(dumped) == result
        assert pickle.loads(pickle.dumps(result)) == result
    bar = _bar(case)
    assert cpu < bar, f"{case.name}: {cpu:.1f} s of CPU (wall {wall:.1f} s), over the {bar:.1f} s bar here"


def _bar(case: generate.Case) -> float:
    """The CPU bar of a case: ``LIMIT_S`` scaled to this machine, or, when the parse has a time budget, the budget
    plus ``TAIL_S`` scaled. A parse stops its stages once ``ParseOptions.time_budget`` (3 s of CPU on any machine,
    not scaled) is spent, so the big cases that reach it (a text dump of 250,000 short lines, 40,000 paragraphs)
    take the budget plus the work after it: against a fixed 5 s they used four fifths of the bar in the full suite.
    What the bar still catches is work that grows faster than the input where no stage asks the budget."""
    budget = cqnews.ParseOptions(**case.options).time_budget
    return cpu_bar(LIMIT_S) if budget is None else budget + cpu_bar(TAIL_S)


SMALL = generate.load_small_cases()
RECIPES = generate.recipes()


@pytest.mark.parametrize("case", [pytest.param(c, id=c.name) for c in SMALL])
def test_small_case(case: generate.Case, canary: Canary) -> None:
    _check(case, canary, case.data)


@pytest.mark.parametrize("recipe", [pytest.param(r, id=r.name) for r in RECIPES])
def test_big_case(recipe: generate.Recipe, canary: Canary) -> None:
    data = recipe.build(recipe.size)
    case = generate.Case(recipe.name, b"", recipe.expect, recipe.contains, options=recipe.options)
    _check(case, canary, data)


def test_stored_corpus_is_fresh_and_small() -> None:
    assert generate.main(["--check"]) == 0, "run python tests/adversarial/generate.py"
    total = sum(path.stat().st_size for path in generate.CASES_DIR.iterdir())
    assert total < 400 * 1024, f"the stored adversarial corpus is {total} bytes: build big inputs from recipes"


def test_corpus_covers_the_issue() -> None:
    names = {case.name for case in SMALL} | {recipe.name for recipe in RECIPES}
    for required in ("empty", "whitespace_only", "random_bytes", "pdf_as_html", "png_as_html", "nested_divs_50k",
                     "paragraph_20mb", "quote_marks_100k", "unclosed_tags", "unclosed_comment", "script_only",
                     "billion_laughs", "xxe_etc_passwd", "xxe_http", "meta_refresh"):
        assert required in names
    assert len([name for name in names if name.startswith("lang_")]) >= 10


# ----------------------------------------------------------------------------------------- limits


def test_max_input_bytes() -> None:
    small = cqnews.ParseOptions(max_input_bytes=1000)
    for data in (b"<p>" + b"x" * 2000 + b"</p>", "<p>" + "x" * 2000 + "</p>", "x " * 1000):
        with pytest.raises(cqnews.InputTooLargeError, match="max_input_bytes"):
            cqnews.parse(data, options=small)
    with pytest.raises(cqnews.InputTooLargeError):
        cqnews.parse_text("word " * 400, options=small)
    assert cqnews.ParseOptions().max_input_bytes == 16 * 2**20


def test_max_nodes() -> None:
    page = "<html><body>" + "<p>a</p>" * 500 + "</body></html>"
    with pytest.raises(cqnews.TreeTooLargeError, match="max_nodes"):
        cqnews.parse(page, options=cqnews.ParseOptions(max_nodes=100))
    assert isinstance(cqnews.parse(page, options=cqnews.ParseOptions(max_nodes=600)), cqnews.Article)


@pytest.mark.parametrize("depth", [10, 100, 240])
def test_max_depth_is_enforced(depth: int) -> None:
    page = "<html><body>" + "<div>" * depth + "<p>" + generate._FILLER + "</p>" + "</div>" * depth + "</body></html>"
    with pytest.raises(cqnews.TreeTooLargeError, match="max_depth"):
        cqnews.parse(page, options=cqnews.ParseOptions(max_depth=depth - 5))
    if depth + 3 < 256:
        assert cqnews.parse(page, options=cqnews.ParseOptions(max_depth=depth + 3)).body


@pytest.mark.parametrize("depth", [257, 1000, 50_000])
def test_deeper_than_libxml2_is_an_error_not_a_truncation(depth: int) -> None:
    # libxml2 stops parsing at 256 levels (huge_tree off); the rest of the page would be lost silently.
    page = "<html><body>" + "<div>" * depth + "<p>" + generate._FILLER + "</p>" + "</div>" * depth + "</body></html>"
    for max_depth in (2000, 10**6):
        with pytest.raises(cqnews.TreeTooLargeError, match="256"):
            cqnews.parse(page, options=cqnews.ParseOptions(max_depth=max_depth))


def test_nesting_just_under_the_cap_does_not_recurse_too_deep() -> None:
    # 250 levels of mixed block/inline/list elements: every recursive stage must stay within the stack.
    unit = ["<div>", "<section>", "<ul><li>", "<blockquote>", "<span>", "<b>", "<table><tr><td>"]
    opens = "".join(unit[i % len(unit)] for i in range(120))
    page = "<html><body>" + opens + "".join(f"<p>{generate._FILLER} {i}.</p>" for i in range(5)) + "</body></html>"
    limit = sys.getrecursionlimit()
    try:
        sys.setrecursionlimit(900)
        result = _parse(generate.Case("deep", page))
    finally:
        sys.setrecursionlimit(limit)
    assert _outcome(result) in {"article", "TreeTooLargeError"}


def test_max_block_chars() -> None:
    page = "<html><body><p>" + "word " * 3000 + "</p></body></html>"
    with pytest.raises(cqnews.BlockTooLargeError, match="max_block_chars"):
        cqnews.parse(page, options=cqnews.ParseOptions(max_block_chars=5000))
    with pytest.raises(cqnews.BlockTooLargeError, match="max_block_chars"):
        cqnews.parse_text(("word " * 20 + ". ") * 300, options=cqnews.ParseOptions(max_block_chars=5000))
    assert cqnews.parse(page, options=cqnews.ParseOptions(max_block_chars=20_000)).body


def test_libxml2_text_limit_is_an_error_not_a_truncation() -> None:
    page = "<html><body><p>" + "word " * (2_100_000) + "</p><p>after</p></body></html>"
    with pytest.raises(cqnews.BlockTooLargeError, match="10 MB"):
        cqnews.parse(page, options=cqnews.ParseOptions(max_input_bytes=64 * 2**20, max_block_chars=64 * 2**20))


def test_limit_errors_are_parse_errors_not_memory_or_recursion_errors() -> None:
    cases = [
        ("<div>" * 100_000, cqnews.TreeTooLargeError),
        ("<b>x</b>" * 600_000, cqnews.TreeTooLargeError),
        (b"<p>" + b"x" * (17 * 2**20), cqnews.InputTooLargeError),
        ("<p>" + "y " * 600_000 + "</p>", cqnews.BlockTooLargeError),
    ]
    for data, error in cases:
        with pytest.raises(error):
            cqnews.parse(data)


# ----------------------------------------------------------------------------------- entity bombs


def test_entities_are_not_expanded() -> None:
    article = cqnews.parse(generate.BILLION_LAUGHS)
    assert "lollol" not in article.model_dump_json()
    article = cqnews.parse(generate.QUADRATIC_BLOWUP)
    assert len(article.text) < 100_000


# -------------------------------------------------------------------------------- quote extraction


@pytest.mark.parametrize(("unit", "count"), [('"', 100_000), ("\u201c", 100_000), ('"a" ', 50_000),
                                             ('"It works," he said. ', 10_000), ("他表示：“", 50_000),
                                             ("\u201c\u2018\u300c", 50_000), ("A review found that a, ", 10_000)])
def test_quote_finder_is_fast_on_quote_marks(unit: str, count: int) -> None:
    # Linear: twice the marks cost about twice the CPU (a quadratic finder four times), and the whole text stays far
    # from the minutes a quadratic finder took. The ratio is the guard: the linear cost of the densest texts sits
    # near LIMIT_S on some CI machines (5.5 s in Session 60's CI for code main ran in 4.8 s alone; 100,000 '"a" '
    # took 5.8 s in the full suite under load), so they are half as long as then and the fixed bar is far.
    quotes = pytest.importorskip("cqnews.enrich.quotes")
    found: list[cqnews.Quote] = []

    def find(size: int) -> None:
        found[:] = quotes.find_quotes([cqnews.Block(text=unit * size)], "en")

    half_cpu, whole_cpu = half_and_whole_cpu(find, count)
    assert whole_cpu < max(3.0 * half_cpu, 0.5)
    assert whole_cpu < cpu_bar(4 * LIMIT_S)
    text = unit * count
    for quote in found:
        assert text[quote.start : quote.end] == quote.text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("山田さんは「今日はいい天気だ」と述べた。", "ja"),
        ('김 장관은 "최선을 다하겠다"고 말했다. ', "ko"),
        ("Hans Berg war dort. „Ich bin froh“, sagte er. ", "de"),
    ],
)
def test_topic_languages_are_fast_on_many_quotes(text: str, language: str) -> None:
    # each quote's speaker is read outside the other quotes: only the spans around it, not all of them; a
    # German pronoun looks up the people of its block, read once (not the prose before it again). Twice the
    # quotes must cost about twice the CPU (reading all of them per quote costs four times): the ratio is the
    # guard, as 10,000 German quotes took 2.55 s against a fixed 2.5 s bar in the full suite under load (the
    # fixed bar stays, far from the linear cost, for a cost that is linear but huge).
    quotes = pytest.importorskip("cqnews.enrich.quotes")
    found: list[cqnews.Quote] = []

    def find(count: int) -> None:
        found[:] = quotes.find_quotes([cqnews.Block(text=text * count)], language)

    half_cpu, whole_cpu = half_and_whole_cpu(find, 10_000)
    assert whole_cpu < max(3.0 * half_cpu, 0.5)
    assert whole_cpu < cpu_bar(4 * LIMIT_S)
    whole = text * 10_000
    assert len(found) == 10_000
    assert all(whole[quote.start : quote.end] == quote.text for quote in found)


def test_chinese_cues_read_a_repeated_subject_window_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # a block repeating a cue and its words (王凯说，河南王凯说，…) asks at every cue for the subject of the same
    # window before it: it is read once (the work counted, not timed), not once a cue
    quotes = pytest.importorskip("cqnews.enrich.quotes")
    from cqnews.enrich.speakers import phrases_zh

    windows_read = []
    read = phrases_zh.simplified_subject_before

    def counted(text: str, lo: int, hi: int) -> object:
        windows_read.append(text)
        return read(text, lo, hi)

    monkeypatch.setattr(phrases_zh, "simplified_subject_before", counted)
    quotes.find_quotes([cqnews.Block(text="王凯说，河南" * 20_000)], "zh")
    assert len(windows_read) < 100  # the windows cut by the block's start (about 160 / 6 of them), then one


# ------------------------------------------------------------------------------------ site plugins

_PLUGIN_CASES = [case for case in SMALL if not case.name.startswith("lang_") and case.name not in {
    "utf16le_bom", "utf16be_bom", "utf32_bom", "utf16le_no_bom"}][::3]


def _plugins() -> list[str]:
    try:
        from cqnews import sites
    except ImportError:
        return []
    return [info.name for info in sites.available() if getattr(info, "error", None) is None]


@pytest.mark.parametrize("site", _plugins())
def test_site_plugins_on_hostile_pages(site: str, canary: Canary) -> None:
    """Forcing each site plugin onto hostile pages: an Article or a ParseError, quickly, no I/O."""
    for case in _PLUGIN_CASES:
        data = canary.fill(case.data)
        cpu = time.process_time()
        with IOGuard() as guard:
            try:
                result = cqnews.parse(data, site=site, content_type=case.content_type)
            except cqnews.ParseError:
                continue
            finally:
                assert not guard.events, f"{site} on {case.name}: I/O during the parse: {guard.events[:3]}"
        assert time.process_time() - cpu < cpu_bar(LIMIT_S), f"{site} on {case.name} is too slow"
        assert cqnews.Article.model_validate_json(result.model_dump_json()) == result
        for quote in result.quotes:
            assert result.quote_source(quote)[quote.start : quote.end] == quote.text


# ------------------------------------------------------------------------ system calls (C level too)

_STRACE_CHILD = """
import os, sys
sys.path.insert(0, {root!r})
import cqnews
from tests.adversarial import generate
cqnews.warm_up()
cases = generate.load_small_cases()
for case in cases:  # warm-up on harmless pages: lazy imports load here
    if case.name.startswith("lang_") or case.name == "text_dump":
        cqnews.parse(case.data)
def mark(name):
    try:
        os.stat(name)
    except OSError:
        pass
mark("/cqnews-strace-start")
for case in cases:
    data = case.data.replace(b"@CANARY_URL@", b"http://127.0.0.1:9").replace(b"@SECRET_FILE@", b"/etc/hostname")
    try:
        cqnews.parse(data, content_type=case.content_type)
    except cqnews.ParseError:
        pass
mark("/cqnews-strace-end")
"""


def test_no_file_or_network_syscalls_under_strace(tmp_path) -> None:
    """strace -f sees no open/stat/connect/socket/exec syscall while the small cases are parsed.

    This is the check that also covers libxml2 and other C code, which Python's audit hooks do not see.
    """
    import shutil
    import subprocess

    strace = shutil.which("strace")
    if strace is None:
        pytest.skip("strace is not installed")
    log = tmp_path / "strace.log"
    root = str(ROOT)
    calls = "open,openat,openat2,creat,stat,lstat,newfstatat,statx,access,faccessat,readlink,connect,socket,execve,unlink,rename,mkdir"
    done = subprocess.run([strace, "-f", "-qq", "-e", f"trace={calls}", "-o", str(log), sys.executable, "-c",
                           _STRACE_CHILD.format(root=root)], capture_output=True, text=True, timeout=600)
    if done.returncode != 0 and not log.exists():
        pytest.skip(f"strace cannot trace here: {done.stderr[-300:]}")
    assert done.returncode == 0, done.stderr[-2000:]
    lines = log.read_text().splitlines()
    start = next(i for i, line in enumerate(lines) if "cqnews-strace-start" in line)
    end = next(i for i, line in enumerate(lines) if "cqnews-strace-end" in line)
    window = [line for line in lines[start + 1 : end] if "+++" not in line and "---" not in line]
    assert not window, "system calls during parsing:\n" + "\n".join(window[:20])


def test_element_bomb_is_refused_before_the_tree_is_built(monkeypatch: pytest.MonkeyPatch) -> None:
    # A tree of millions of <br> takes ~35 times the page in memory: the count must stop the parse first.
    def no_tree(*args: object, **kwargs: object) -> None:
        raise AssertionError("the tree was built")

    monkeypatch.setattr(document, "document_fromstring", no_tree)
    for data in ("<html><body><p>" + "<br>" * 500 + "</p>", ("<p>Word " + "<img src=a.jpg>" * 500).encode()):
        with pytest.raises(cqnews.TreeTooLargeError, match="max_nodes"):
            cqnews.parse(data, options=cqnews.ParseOptions(max_nodes=200))


def test_marks_in_a_script_are_not_counted_as_elements() -> None:
    page = "<html><body><script>" + "if (a<b) {}" * 500 + "</script><p>" + "A ferry leaves at six. " * 20 + "</p>"
    assert "A ferry leaves at six." in cqnews.parse(page, options=cqnews.ParseOptions(max_nodes=200)).text
