"""Dask: parse WARC files and page files on a cluster (``pip install 'cqnews[dask]'``).

::

    from dask.distributed import Client
    import cqnews.dask

    client = Client("scheduler:8786")          # or LocalCluster() on one machine
    bag = cqnews.dask.articles(["s3://…/a.warc.gz", …])   # a dask.bag of Articles
    cqnews.dask.to_parquet(paths, "out/")       # one Parquet file per partition, the flat schema
    frame = cqnews.dask.to_dataframe(paths)     # a dask dataframe of the same rows

Each WARC file is one partition (its records are read where the task runs); page files are
grouped ``files_per_partition`` to a partition. Workers parse with :func:`cqnews.batch.parse_document`,
so a failure is a :class:`~cqnews.batch.Result` with an error, never a lost partition. There is no
per-page time limit inside Dask tasks: use Dask's own task timeouts, or :func:`cqnews.parse_many`
on each machine for a hard limit.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

try:
    import dask
    import dask.bag as db
except ImportError as exc:  # (an optional extra: say which)
    raise ImportError(f"cqnews.dask needs dask: pip install 'cqnews[dask]' ({exc})") from exc

from .batch import Result, parse_document
from .options import ParseOptions
from .sources import documents, expand_paths, is_warc, listed_inputs

if TYPE_CHECKING:
    import dask.dataframe as dd

__all__ = ["articles", "partitions", "results", "rows", "to_dataframe", "to_parquet"]


def partitions(
    paths: Sequence[str | os.PathLike[str]] | str | os.PathLike[str], files_per_partition: int = 200
) -> list[list[str]]:
    """The inputs grouped into partitions: one per WARC file, page files in groups (directories expanded here).
    One path outside a list is one input."""
    if files_per_partition < 1:  # range() refused 0 and, for a negative step, left every page file out silently
        raise ValueError(f"files_per_partition must be 1 or more, not {files_per_partition!r}")
    groups: list[list[str]] = []
    pages: list[str] = []
    for name in expand_paths(listed_inputs(paths)):
        if is_warc(name):
            groups.append([name])
        else:
            pages.append(name)
    groups += [pages[start:start + files_per_partition] for start in range(0, len(pages), files_per_partition)]
    return groups


def _parse_group(group: Sequence[str], options: ParseOptions | None, urls: dict[str, str] | None) -> Iterator[Result]:
    limit = options.max_input_bytes if options else None
    for document in documents(group, urls=urls, limit=limit):
        yield parse_document(document, options)


def _parse_partition(
    groups: Sequence[Sequence[str]], options: ParseOptions | None, urls: dict[str, str] | None
) -> list[Result]:
    return [result for group in groups for result in _parse_group(group, options, urls)]


def results(
    paths: Sequence[str | os.PathLike[str]], *, options: ParseOptions | None = None, urls: dict[str, str] | None = None,
    files_per_partition: int = 200,
) -> db.Bag:
    """A bag of :class:`~cqnews.batch.Result` objects, failures included."""
    groups = partitions(paths, files_per_partition)
    bag = db.from_sequence(groups, npartitions=max(1, len(groups)))
    return bag.map_partitions(_parse_partition, options, urls)


def articles(
    paths: Sequence[str | os.PathLike[str]], *, options: ParseOptions | None = None, urls: dict[str, str] | None = None,
    files_per_partition: int = 200,
) -> db.Bag:
    """A bag of :class:`~cqnews.Article` objects (documents that failed are left out; see :func:`results`)."""
    bag = results(paths, options=options, urls=urls, files_per_partition=files_per_partition)
    return bag.filter(_has_article).map(_article)


def rows(
    paths: Sequence[str | os.PathLike[str]], *, options: ParseOptions | None = None, urls: dict[str, str] | None = None,
    files_per_partition: int = 200,
) -> db.Bag:
    """A bag of flat rows (:func:`cqnews.table.article_row`), failures as rows with an error."""
    from .table import article_row

    return results(paths, options=options, urls=urls, files_per_partition=files_per_partition).map(article_row)


def _has_article(result: Result) -> bool:
    return result.article is not None


def _article(result: Result) -> Any:
    return result.article


def _group_table(group: Sequence[str], options: ParseOptions | None, urls: dict[str, str] | None) -> Any:
    from .table import article_row, rows_table

    return rows_table([article_row(result) for result in _parse_group(group, options, urls)])


def _write_group(
    group: Sequence[str], path: str, options: ParseOptions | None, urls: dict[str, str] | None
) -> int:
    import pyarrow.parquet as pq

    table = _group_table(group, options, urls)
    pq.write_table(table, path, compression="zstd")
    return table.num_rows


def to_parquet(
    paths: Sequence[str | os.PathLike[str]], directory: str | os.PathLike[str], *, options: ParseOptions | None = None,
    urls: dict[str, str] | None = None, files_per_partition: int = 200,
) -> int:
    """Parse ``paths`` on the current Dask scheduler and write ``directory/part-NNNNN.parquet``; returns the row count.

    Read the result with ``pyarrow.parquet.read_table(directory)``, pandas or ``dask.dataframe.read_parquet``.
    """
    Path(directory).mkdir(parents=True, exist_ok=True)
    groups = partitions(paths, files_per_partition)
    tasks = [
        dask.delayed(_write_group)(group, os.path.join(directory, f"part-{index:05d}.parquet"), options, urls)
        for index, group in enumerate(groups)
    ]
    return sum(dask.compute(*tasks))


def to_dataframe(
    paths: Sequence[str | os.PathLike[str]], *, options: ParseOptions | None = None, urls: dict[str, str] | None = None,
    files_per_partition: int = 200,
) -> dd.DataFrame:
    """A dask dataframe of flat rows, one partition per WARC file or group of page files."""
    import dask.dataframe as dd

    from .table import arrow_schema

    meta = _to_pandas(arrow_schema().empty_table())
    parts = [dask.delayed(_group_frame)(group, options, urls) for group in partitions(paths, files_per_partition)]
    if not parts:  # no page and no WARC: from_delayed refuses an empty list ("Must supply at least one delayed object")
        return dd.from_pandas(meta, npartitions=1)
    return dd.from_delayed(parts, meta=meta, verify_meta=False)


def _group_frame(group: Sequence[str], options: ParseOptions | None, urls: dict[str, str] | None) -> Any:
    return _to_pandas(_group_table(group, options, urls))


def _to_pandas(table: Any) -> Any:
    """Arrow-backed pandas columns: nested lists stay typed (object columns would be cast to strings by Dask)."""
    import pandas as pd

    return table.to_pandas(types_mapper=pd.ArrowDtype)
