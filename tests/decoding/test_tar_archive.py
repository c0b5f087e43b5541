"""A tar archive handed over as a page (a ``.tar.gz`` of saved pages) is no page: ``NotHTMLError`` naming it. Before,
its members were read as one article, the tar headers' NULs removed with a warning."""

from __future__ import annotations

import gzip
import io
import tarfile
from pathlib import Path

import pytest

import cqnews
from cqnews.errors import NotHTMLError

_PAGE = (
    b"<html><head><title>Ferry fares</title></head><body><article><h1>Ferry fares rise</h1>"
    b"<p>The ferry company said on Monday that fares across the bay would rise by a tenth in the spring.</p>"
    b"</article></body></html>"
)


def _tar(fmt: int) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=fmt) as archive:
        for name in ("saved/ferry.html", "saved/harbour.html"):
            info = tarfile.TarInfo(name)
            info.size = len(_PAGE)
            archive.addfile(info, io.BytesIO(_PAGE))
    return buffer.getvalue()


@pytest.mark.parametrize("fmt", [tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT])
def test_tar_is_no_page(fmt: int) -> None:
    with pytest.raises(NotHTMLError, match="tar archive"):
        cqnews.parse(_tar(fmt))


def test_tar_gz_is_no_page() -> None:
    with pytest.raises(NotHTMLError, match=r"tar archive \(its first member: 'saved/ferry.html'\)"):
        cqnews.parse(gzip.compress(_tar(tarfile.USTAR_FORMAT)))


def test_tar_gz_file_in_parse_many_fails_alone(tmp_path: Path) -> None:
    (tmp_path / "pages.html.gz").write_bytes(gzip.compress(_tar(tarfile.GNU_FORMAT)))
    (tmp_path / "ferry.html").write_bytes(_PAGE)
    results = sorted(cqnews.parse_many([tmp_path], jobs=0), key=lambda result: str(result.source.file))
    assert [result.article is not None for result in results] == [True, False]
    assert results[1].error is not None and results[1].error.type == "NotHTMLError"


def test_page_naming_ustar_is_read() -> None:
    text = b"<p>" + b"x" * 250 + b"ustar is the name of a tar format, said the archivist in a long talk on Friday.</p>"
    assert cqnews.parse(text).body


def test_page_with_ustar_at_byte_257_is_read() -> None:
    # (a Spanish page whose "gustar" happens to put "ustar" where a tar header writes its magic: no tar header)
    head = b"<html><head><title>Gustos</title></head><body><article><h1>Gustos</h1><p>"
    text = head + b"a" * (256 - len(head)) + b"gustar de la lectura es un placer, dijo la bibliotecaria el lunes.</p>"
    assert text[257:262] == b"ustar"
    article = cqnews.parse(text + b"</article></body></html>")
    assert "dijo la bibliotecaria" in article.text
