"""Streaming gzip decompression under the input cap (cqnews.compression), in parse() and the CLI."""

from __future__ import annotations

import gzip
import io
import tracemalloc
import zlib
from pathlib import Path

import pytest

import cqnews
from cqnews.cli import main
from cqnews.compression import gunzip, gunzip_stream
from tests.paths import DATA

PAGE = (DATA / "generic_news.html").read_bytes()


def bomb(size: int) -> bytes:
    """``size`` zero bytes gzipped, compressed chunk by chunk (never ``size`` bytes in memory)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    chunk = bytes(2**20)
    parts = [packer.compress(chunk) for _ in range(size // len(chunk))]
    return b"".join(parts) + packer.flush()


def test_round_trip_and_concatenated_members() -> None:
    assert gunzip(gzip.compress(PAGE), limit=len(PAGE)) == PAGE
    # `cat a.gz b.gz` is one gzip stream of two members, as the gzip tool reads it.
    assert gunzip(gzip.compress(b"first ") + gzip.compress(b"second"), limit=100) == b"first second"


def test_output_over_the_cap_is_input_too_large() -> None:
    with pytest.raises(cqnews.InputTooLargeError):
        gunzip(gzip.compress(PAGE), limit=len(PAGE) - 1)


def test_bomb_stops_at_the_cap_without_inflating_it() -> None:
    packed = bomb(64 * 2**20)  # 64 MiB of zeros in about 64 KB
    assert len(packed) < 2**20
    tracemalloc.start()
    try:
        with pytest.raises(cqnews.InputTooLargeError):
            gunzip_stream(io.BytesIO(packed), limit=2**20)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * 2**20, peak  # the cap plus a few chunks, not 64 MiB


@pytest.mark.parametrize("damaged", [gzip.compress(PAGE)[:-20], b"\x1f\x8bnot deflate at all"])
def test_truncated_or_damaged_gzip_is_a_decode_error(damaged: bytes) -> None:
    with pytest.raises(cqnews.CorruptGzipError):
        gunzip(damaged, limit=2**20)
    with pytest.raises(cqnews.DecodeError):  # CorruptGzipError is a DecodeError, hence a ParseError
        cqnews.parse(damaged)


def test_parse_accepts_gzip_bytes_under_the_cap() -> None:
    assert cqnews.parse(gzip.compress(PAGE)).headline == cqnews.parse(PAGE).headline
    with pytest.raises(cqnews.InputTooLargeError):
        cqnews.parse(bomb(8 * 2**20), options=cqnews.ParseOptions(max_input_bytes=2**20))


def test_cli_bomb_is_an_error_and_the_batch_goes_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "bomb.html.gz").write_bytes(bomb(8 * 2**20))
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(PAGE))
    code = main(["parse", str(tmp_path), "--max-input-bytes", str(2**20), "--format", "jsonl", "--jobs", "1"])
    captured = capsys.readouterr()
    assert code == 1
    assert "bomb.html.gz: InputTooLargeError" in captured.err
    assert len(captured.out.splitlines()) == 1 and "page.html.gz" in captured.out
