"""Spark: parse WARC files (or page files) inside ``mapPartitions`` (``pip install 'cqnews[spark]'``).

The shape of Common Crawl's cc-pyspark jobs: an RDD of WARC paths, one flat row per HTML record,
a DataFrame written as Parquet or JSON::

    from cqnews.spark import parse_partition, spark_schema

    paths = spark.sparkContext.textFile("warc.paths", minPartitions=64)
    rows = paths.mapPartitions(parse_partition)
    spark.createDataFrame(rows, schema=spark_schema()).write.parquet("articles/")

``examples/spark_warc_job.py`` is a complete job. Each executor reads its WARC files itself (paths
must be readable there: a shared file system, or copy them first) and parses with
:func:`cqnews.batch.parse_document`; a page that fails becomes a row with ``error_type`` and
``error_message`` rather than a failed task. No per-page time limit runs inside Spark tasks: rely
on ``spark.task.maxFailures`` / speculation, or ``ParseOptions`` limits.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import partial
from typing import TYPE_CHECKING, Any

from .batch import parse_document
from .options import ParseOptions
from .sources import documents
from .table import COLUMNS, arrow_schema, article_row

if TYPE_CHECKING:
    from pyspark.sql.types import StructType

__all__ = ["parse_partition", "partition_parser", "spark_schema"]


def parse_partition(paths: Iterable[Any], options: ParseOptions | None = None) -> Iterator[tuple[Any, ...]]:
    """For ``rdd.mapPartitions``: WARC or page paths (str, or one-field Rows) in, one row tuple per page out,
    in the order of :func:`spark_schema`. As in a manifest, blanks around a path are ignored and a line of blanks
    (a blank line of the text file of paths) is no input."""
    limit = options.max_input_bytes if options else None
    names = (name for name in map(_path_of, paths) if name)
    nested = _nested_fields()
    for document in documents(names, limit=limit):
        row = article_row(parse_document(document, options))
        yield tuple(_spark_value(row[name], nested.get(name)) for name in COLUMNS)


def _path_of(path: Any) -> Any:
    """The page path of a ``paths`` entry (a string, or a row whose first column is the path), blanks stripped."""
    name = path if isinstance(path, str) else path[0]
    return name.strip() if isinstance(name, str) else name


def partition_parser(options: ParseOptions) -> Any:
    """:func:`parse_partition` with ``options`` bound (picklable, for ``mapPartitions``)."""
    return partial(parse_partition, options=options)


def _nested_fields() -> dict[str, tuple[str, ...]]:
    """Field names of the list-of-struct columns, to turn their dicts into tuples in schema order."""
    import pyarrow as pa

    fields = {}
    for field in arrow_schema():
        if pa.types.is_list(field.type) and pa.types.is_struct(field.type.value_type):
            struct = field.type.value_type
            fields[field.name] = tuple(struct.field(index).name for index in range(struct.num_fields))
    return fields


def _spark_value(value: Any, struct_fields: tuple[str, ...] | None) -> Any:
    if struct_fields is None or not value:
        return value
    return [tuple(item[name] for name in struct_fields) for item in value]


def spark_schema() -> StructType:
    """The flat schema (:func:`cqnews.table.arrow_schema`) as a Spark ``StructType``."""
    from pyspark.sql.types import StructField, StructType

    return StructType([StructField(field.name, _spark_type(field.type), True) for field in arrow_schema()])


def _spark_type(arrow_type: Any) -> Any:
    import pyarrow as pa
    from pyspark.sql.types import ArrayType, IntegerType, StringType, StructField, StructType

    if pa.types.is_list(arrow_type):
        return ArrayType(_spark_type(arrow_type.value_type), True)
    if pa.types.is_struct(arrow_type):
        return StructType([
            StructField(arrow_type.field(index).name, _spark_type(arrow_type.field(index).type), True)
            for index in range(arrow_type.num_fields)
        ])
    if pa.types.is_integer(arrow_type):
        return IntegerType()
    return StringType()
