"""cqnews.spark and examples/spark_warc_job.py on Spark local[2] (needs Java 17)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cqnews.batch import parse_document
from cqnews.sources import documents
from cqnews.table import article_row
from cqnews.warc import WarcPage, write_warc
from tests.paths import DATA, ROOT

pytest.importorskip("pyspark")
pq = pytest.importorskip("pyarrow.parquet")

PAGES = [DATA / "generic_news.html", DATA / "generic_news_zh.html", ROOT / "examples" / "ichongqing-liangjiang.txt"]


@pytest.mark.skipif(shutil.which("java") is None, reason="Spark needs Java (installed on CI)")
def test_example_job_writes_the_same_rows_as_parse(tmp_path: Path) -> None:
    warcs = []
    for number in range(2):
        path = tmp_path / f"crawl-{number}.warc.gz"
        write_warc(path, [WarcPage(f"https://example.com/{number}/{page.name}", page.read_bytes()) for page in PAGES])
        warcs.append(str(path))
    listing = tmp_path / "warc.paths"
    listing.write_text("\n".join(warcs) + "\n")
    out = tmp_path / "articles"
    job = [sys.executable, str(ROOT / "examples" / "spark_warc_job.py"), str(listing), str(out), "--master", "local[2]",
           "--num-input-partitions", "2"]
    # run as the docs write it, by an interpreter's path with no venv on PATH: the "python3" the PATH finds
    # first is another one (here one that cannot run anything), and the job's local workers must not use it
    elsewhere = tmp_path / "other-python"
    elsewhere.mkdir()
    for name in ("python3", "python"):
        (elsewhere / name).write_text("#!/bin/sh\necho 'not the interpreter of this job' >&2\nexit 1\n")
        (elsewhere / name).chmod(0o755)
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYSPARK_")}
    env["PATH"] = f"{elsewhere}{os.pathsep}{env.get('PATH', '')}"
    subprocess.run(job, check=True, capture_output=True, timeout=300, env=env)
    rows = sorted(pq.read_table(out).to_pylist(), key=lambda row: row["record_id"])
    expected = sorted((article_row(parse_document(doc)) for doc in documents(warcs)), key=lambda row: row["record_id"])
    assert len(rows) == 6 and rows == expected
