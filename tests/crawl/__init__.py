"""Tests of the ways pages come in and go out in bulk: batch, WARC, Dask, Spark, the CLI, responses, examples."""
