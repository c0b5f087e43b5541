"""An optional extra that is not installed is named with the pip command that installs it, as the WARC reader
does: Parquet output without pyarrow, cqnews.dask without dask."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

from cqnews.cli import main
from tests.paths import DATA


def _uninstalled(monkeypatch: pytest.MonkeyPatch, *names: str) -> None:
    for name in names:
        monkeypatch.setitem(sys.modules, name, None)  # (an import of it then fails as for a missing package)


def test_parquet_without_pyarrow_names_the_extra(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    _uninstalled(monkeypatch, "pyarrow", "pyarrow.parquet")
    out = tmp_path / "articles.parquet"
    code = main(["parse", str(DATA / "generic_news.html"), "--format", "parquet", "-o", str(out), "--jobs", "0"])
    assert code == 2
    assert "pip install 'cqnews[parquet]'" in capsys.readouterr().err


def test_cqnews_dask_without_dask_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    _uninstalled(monkeypatch, "dask", "dask.bag")
    monkeypatch.delitem(sys.modules, "cqnews.dask", raising=False)
    with pytest.raises(ImportError, match=r"pip install 'cqnews\[dask\]'"):
        importlib.import_module("cqnews.dask")
