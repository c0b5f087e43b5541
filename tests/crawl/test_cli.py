"""The command line: formats, stdin, gzip, schema and exit codes."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

from cqnews.cli import main
from tests.paths import DATA, ROOT

SEED = ROOT / "examples" / "ichongqing-liangjiang.txt"


def test_parse_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEED)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["headline"].startswith("Liangjiang New Area")


def test_no_quotes(capsys: pytest.CaptureFixture[str]) -> None:
    # The seed article opens with “Chongqing is a treasure land …,” said Zhang Hongbin; --no-quotes looks for none.
    assert main(["parse", str(SEED)]) == 0
    first = json.loads(capsys.readouterr().out)["quotes"][0]
    assert first["text"].startswith("Chongqing is a treasure land") and first["speaker"]["name"] == "Zhang Hongbin"
    assert main(["parse", str(SEED), "--no-quotes"]) == 0
    assert json.loads(capsys.readouterr().out)["quotes"] == []


def test_parse_jsonl_gzip_and_markdown(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    packed = tmp_path / "page.html.gz"
    packed.write_bytes(gzip.compress((DATA / "generic_news.html").read_bytes()))
    assert main(["parse", str(packed), str(SEED), "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 2 and json.loads(lines[0])["headline"].startswith("River town")
    out = tmp_path / "out.md"
    assert main(["parse", str(SEED), "--format", "markdown", "-o", str(out)]) == 0
    assert out.read_text().startswith("# Liangjiang New Area")


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SEED.read_bytes())))
    assert main(["parse", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["dateline"] == "Chongqing"


def test_failures_exit_1_and_name_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    assert main(["parse", str(empty), str(SEED), str(tmp_path / "missing.html")]) == 1
    err = capsys.readouterr().err
    assert "empty.html" in err and "missing.html" in err


def test_usage_exit_2() -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["nonsense"])
    assert exit_info.value.code == 2


def test_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    assert "Article" in capsys.readouterr().out


def test_sites_lists_builtins(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sites"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("name")
    assert "ichongqing.info" in out and "xinhua" in out


# --- batch use: several inputs, directories, errors, resume, pipes --------------------------------


def _crawl(tmp_path: Path) -> Path:
    crawl = tmp_path / "crawl"
    (crawl / "sub").mkdir(parents=True)
    (crawl / "one.html").write_bytes((DATA / "generic_news.html").read_bytes())
    (crawl / "sub" / "two.html.gz").write_bytes(gzip.compress((DATA / "generic_news_zh.html").read_bytes()))
    (crawl / "sub" / "three.txt").write_bytes(SEED.read_bytes())
    return crawl


def test_several_files_as_json_are_one_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    crawl = _crawl(tmp_path)
    assert main(["parse", str(crawl / "one.html"), str(SEED), "--format", "json", "--jobs", "1"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [item["source"]["file"] for item in data] == [str(crawl / "one.html"), str(SEED)]
    assert data[1]["headline"].startswith("Liangjiang New Area")


def test_directory_argument_is_read_recursively(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    crawl = _crawl(tmp_path)
    assert main(["parse", str(crawl), "--jobs", "2"]) == 0
    files = [json.loads(line)["source"]["file"] for line in capsys.readouterr().out.splitlines()]
    assert files == [str(crawl / "one.html"), str(crawl / "sub" / "three.txt"), str(crawl / "sub" / "two.html.gz")]


def test_quoted_glob_pattern(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    crawl = _crawl(tmp_path)
    assert main(["parse", str(crawl / "**" / "*.gz"), "--jobs", "1"]) == 0
    assert [json.loads(line)["source"]["file"] for line in capsys.readouterr().out.splitlines()] == [
        str(crawl / "sub" / "two.html.gz")
    ]


def test_glob_pattern_matching_nothing_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A pattern the shell passed on unexpanded (no match at the top level) must not end in silence.
    crawl = _crawl(tmp_path)
    assert main(["parse", str(crawl / "*.gz"), "--jobs", "1"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and str(crawl / "*.gz") in captured.err


def test_missing_output_directory_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEED), "-o", str(tmp_path / "missing" / "dir" / "out.json")]) == 2
    assert "cannot write" in capsys.readouterr().err
    assert main(["parse", str(SEED), "-o", str(tmp_path)]) == 2
    assert "Is a directory" in capsys.readouterr().err


def test_unknown_site_is_one_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    crawl = _crawl(tmp_path)
    assert main(["parse", str(crawl), "--site", "nope"]) == 2
    err = capsys.readouterr().err
    assert err.count("no site plugin called 'nope'") == 1 and "Traceback" not in err


def test_url_is_for_one_input_manifest_for_many(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    crawl = _crawl(tmp_path)
    assert main(["parse", str(crawl), "--url", "https://example.com/a"]) == 2
    assert "--manifest" in capsys.readouterr().err
    assert main(["parse", str(crawl / "one.html"), "--url", "https://example.com/a"]) == 0
    assert json.loads(capsys.readouterr().out)["url"] == "https://example.com/a"
    manifest = crawl / "urls.tsv"
    manifest.write_text("path\turl\none.html\thttps://example.com/one\nsub/three.txt\thttps://example.com/three\n")
    assert main(["parse", "--manifest", str(manifest), "--jobs", "1"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(line["source"]["url"], line["url"]) for line in lines] == [
        ("https://example.com/one", "https://example.com/one"), ("https://example.com/three", "https://example.com/three")
    ]


def test_manifest_saved_with_a_byte_order_mark(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    crawl = _crawl(tmp_path)
    manifest = crawl / "urls.tsv"
    manifest.write_bytes("\ufeffpath\turl\r\none.html\thttps://example.com/one\r\n".encode("utf-8"))
    assert main(["parse", "--manifest", str(manifest), "--jobs", "1"]) == 0  # (the header is no missing file)
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["url"] for line in lines] == ["https://example.com/one"]


def test_errors_skip_record_fail(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    crawl = _crawl(tmp_path)
    (crawl / "empty.html").write_bytes(b"")
    assert main(["parse", str(crawl), "--jobs", "1", "--errors", "record"]) == 1
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines[0] == {"source": {"file": str(crawl / "empty.html"), "url": None, "record_id": None},
                        "error": {"type": "EmptyInputError", "message": lines[0]["error"]["message"]}}
    assert len(lines) == 4
    assert main(["parse", str(crawl), "--jobs", "1", "--errors", "fail"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "empty.html: EmptyInputError" in captured.err


def test_resume_skips_what_is_done_and_repairs_a_cut_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    crawl = _crawl(tmp_path)
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(crawl / "one.html"), str(crawl / "sub"), "-o", str(out), "--format", "jsonl"]) == 0
    lines = out.read_text().splitlines(keepends=True)
    out.write_text(lines[0] + lines[1][:40])  # a crash while writing the second line
    assert main(["parse", str(crawl), "-o", str(out), "--resume", "--jobs", "1"]) == 0
    files = [json.loads(line)["source"]["file"] for line in out.read_text().splitlines()]
    assert sorted(files) == sorted(str(path) for path in [crawl / "one.html", crawl / "sub" / "three.txt",
                                                          crawl / "sub" / "two.html.gz"])
    assert main(["parse", str(crawl), "--resume"]) == 2  # resume needs an output file


def test_parquet_output_one_row_per_article(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    crawl = _crawl(tmp_path)
    out = tmp_path / "articles.parquet"
    assert main(["parse", str(crawl), "--format", "parquet", "-o", str(out), "--jobs", "1"]) == 0
    table = pq.read_table(out)
    assert table.num_rows == 3
    rows = table.to_pylist()
    seed = next(row for row in rows if row["file"].endswith("three.txt"))
    assert seed["headline"].startswith("Liangjiang New Area") and seed["error_type"] is None
    assert seed["quotes"] and set(seed["quotes"][0]) >= {"text", "speaker", "kind"}


def test_broken_pipe_is_quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    class Closed(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

        def fileno(self) -> int:
            raise io.UnsupportedOperation("no file")

    monkeypatch.setattr(sys, "stdout", Closed())
    assert main(["schema"]) == 1
    assert main(["parse", str(SEED), str(SEED), "--jobs", "0"]) == 1


def test_head_closing_the_pipe_leaves_no_traceback(tmp_path: Path) -> None:
    import subprocess

    crawl = tmp_path / "many"
    crawl.mkdir()
    for number in range(40):  # far more output than a pipe buffer holds
        (crawl / f"{number:02d}.txt").write_bytes(SEED.read_bytes())
    command = [sys.executable, "-m", "cqnews.cli", "parse", str(crawl), "--jobs", "1"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()
    err = process.stderr.read().decode()
    assert process.wait(timeout=60) == 1
    assert json.loads(first)["headline"] and "Traceback" not in err and "BrokenPipe" not in err


def test_progress_bar_on_stderr_when_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("tqdm")  # the bar is optional ('cqnews[progress]'); the test extra installs it
    crawl = _crawl(tmp_path)
    assert main(["parse", str(crawl), "--progress", "--jobs", "1", "-o", str(tmp_path / "out.jsonl")]) == 0
    err = capsys.readouterr().err
    assert "3/3" in err and "page/s" in err
    assert main(["parse", str(crawl), "--no-progress", "--jobs", "1", "-o", str(tmp_path / "out.jsonl")]) == 0
    assert capsys.readouterr().err == ""


def test_python_dash_m_cqnews_is_the_command_line() -> None:
    import subprocess

    done = subprocess.run([sys.executable, "-m", "cqnews", "schema"], capture_output=True, timeout=60, check=False)
    assert done.returncode == 0
    assert "properties" in json.loads(done.stdout)


def test_url_as_input_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """cqnews does not fetch: a URL given as the input says how to save the page, instead of 'No such file'."""
    assert main(["parse", "https://www.example.com/news/story.html"]) == 2
    err = capsys.readouterr().err
    assert "not fetched" in err and "--url https://www.example.com/news/story.html" in err
