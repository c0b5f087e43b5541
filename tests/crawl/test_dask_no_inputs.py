"""cqnews.dask with inputs that hold no page, or a partition size under one: an empty result, or a clear ValueError.

``to_dataframe`` over an empty folder raised dask's ``TypeError: Must supply at least one delayed object``.
Runs on Dask's local scheduler (no cluster is started: nothing is parsed).
"""

from __future__ import annotations

from pathlib import Path

import pytest

cqdask = pytest.importorskip("cqnews.dask")
pytest.importorskip("pyarrow")
pytest.importorskip("pandas")


def test_a_dataframe_of_no_input_is_empty_with_the_flat_columns(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("not a page")  # a folder whose files are none of the pages read
    frame = cqdask.to_dataframe([tmp_path]).compute()
    assert len(frame) == 0
    assert {"file", "record_id", "headline", "quotes", "error_type"} <= set(frame.columns)
    assert len(cqdask.to_dataframe([]).compute()) == 0


def test_bags_and_parquet_of_no_input_are_empty(tmp_path: Path) -> None:
    assert cqdask.results([]).compute() == []
    assert cqdask.articles([tmp_path]).compute() == []
    assert cqdask.to_parquet([], tmp_path / "out") == 0


@pytest.mark.parametrize("size", [0, -1])
def test_a_partition_size_under_one_is_a_value_error(tmp_path: Path, size: int) -> None:
    # -1 grouped the page files by range(0, n, -1): no group, every page left out without a word.
    (tmp_path / "one.html").write_text("<p>A page.</p>")
    with pytest.raises(ValueError, match="files_per_partition must be 1 or more"):
        cqdask.partitions([tmp_path], files_per_partition=size)
