"""Parse the HTML pages of WARC files with Spark: one row per page, Parquet or JSON out.

The shape of Common Crawl's cc-pyspark jobs: the input is a text file listing WARC paths (one per
line, readable from every executor), each Spark partition reads its WARC files and yields one row
per HTML response record, and the rows are written as a table with cqnews's flat schema
(docs/crawl.md)::

    spark-submit examples/spark_warc_job.py warc.paths articles/ --output-format parquet
    python examples/spark_warc_job.py warc.paths articles/ --master 'local[2]'

Needs ``pip install 'cqnews[spark]'`` (pyspark and pyarrow) and Java 17 on the driver.
"""

from __future__ import annotations

import argparse
import os
import sys

from cqnews.options import ParseOptions
from cqnews.spark import partition_parser, spark_schema


def main() -> None:
    args = _arguments()
    if (args.master or "").startswith("local"):
        # local executors run on this machine: with this interpreter (and its packages), not whatever
        # "python3" the PATH finds first, as Spark would (run by the venv's path, not an activated venv)
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("cqnews-warc")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    try:
        paths = spark.sparkContext.textFile(args.input, minPartitions=args.num_input_partitions)
        options = ParseOptions(max_input_bytes=args.max_input_bytes)
        rows = paths.mapPartitions(partition_parser(options))
        frame = spark.createDataFrame(rows, schema=spark_schema())
        # repartition, not coalesce: coalesce(1) would also run the parsing in one task
        (frame.repartition(args.num_output_partitions).write.format(args.output_format)
         .mode("overwrite").save(args.output))
    finally:
        spark.stop()


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="text file of WARC paths, one per line")
    parser.add_argument("output", help="output directory")
    parser.add_argument("--output-format", choices=["parquet", "json"], default="parquet")
    parser.add_argument("--num-input-partitions", type=int, default=4)
    parser.add_argument("--num-output-partitions", type=int, default=1)
    parser.add_argument("--max-input-bytes", type=int, default=16 * 2**20)
    parser.add_argument("--master", help="Spark master, e.g. local[2] (default: from spark-submit)")
    return parser.parse_args()


if __name__ == "__main__":
    main()
