"""One flat row per article, for analysis: JSONL, Parquet, dataframes.

:func:`article_row` flattens a :class:`~cqnews.batch.Result` (or an Article) into plain columns (the body as one
text, dates as ISO strings keeping their UTC offset); quotes, images and credits stay nested lists
of small records. :func:`arrow_schema` is the same schema for pyarrow (``pip install
'cqnews[parquet]'``), and :class:`ParquetSink` writes rows in row groups with bounded memory.
The columns are documented in ``docs/crawl.md``.
"""

from __future__ import annotations

import importlib
import os
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .models import Article
from .text import valid_utf8

if TYPE_CHECKING:
    import pyarrow

    from .batch import Result
    from .sources import Source

__all__ = [
    "COLUMNS", "IMAGE_COLUMNS", "QUOTE_COLUMNS", "ParquetSink", "arrow_schema", "article_row", "image_rows",
    "quote_rows", "rows_table",
]

COLUMNS = (
    "file", "record_id", "url", "site", "publisher", "language", "headline", "summary", "dateline", "published",
    "updated", "authors", "tags", "text", "blocks", "quotes", "images", "credits", "method", "plugin", "layout",
    "encoding", "encoding_source", "warnings", "error_type", "error_message",
)
"""The columns of a row, in order."""


def article_row(result: Result | Article) -> dict[str, Any]:
    """The flat row of one result; a failed document gives a row with only its source and error. An Article
    (of :func:`cqnews.parse`) gives the row of a result without a source: ``file`` and ``record_id`` null."""
    if isinstance(result, Article):
        return _row(None, result)
    if not all(hasattr(result, name) for name in ("source", "article", "error")):
        raise TypeError(f"article_row() takes an Article or a parse_many Result, not {type(result).__name__}")
    row = _row(result.source, result.article)
    if result.error is not None:
        row.update(error_type=result.error.type, error_message=_text(result.error.message))
    return row


_PAGE_KEYS = ("file", "record_id", "url", "headline")

QUOTE_COLUMNS = (
    *_PAGE_KEYS, "quote", "text", "kind", "speaker", "speaker_role", "mention", "cue", "block", "start", "end",
    "continues", "part",
)
"""The columns of :func:`quote_rows`: the page's keys, then the quote's index in ``Article.quotes`` and its fields
(``part`` last: 'body', or 'summary' for a quote whose offsets index the summary)."""

IMAGE_COLUMNS = (*_PAGE_KEYS, "image", "src", "alt", "caption", "credits", "position")
"""The columns of :func:`image_rows`: the page's keys, then the image's index in ``Article.images`` and its fields."""


def quote_rows(result: Result | Article) -> list[dict[str, Any]]:
    """One flat row per quote of a result (or an Article), each with its page's ``file``, ``record_id``, ``url``
    and ``headline``: ``pandas.DataFrame(row for result in results for row in quote_rows(result))``. ``quote`` is
    the quote's index in ``Article.quotes`` (what ``continues`` points at); a failed document has no rows."""
    keys, article = _page_keys(result)
    if article is None:
        return []
    rows = [
        {**keys, "quote": index, **_quote(quote), "start": quote.start, "end": quote.end}
        for index, quote in enumerate(article.quotes)
    ]
    return [{name: row[name] for name in QUOTE_COLUMNS} for row in rows]


def image_rows(result: Result | Article) -> list[dict[str, Any]]:
    """One flat row per image of a result (or an Article), each with its page's keys (as :func:`quote_rows`)."""
    keys, article = _page_keys(result)
    if article is None:
        return []
    return [{**keys, "image": index, **_image(image)} for index, image in enumerate(article.images)]


def _page_keys(result: Result | Article) -> tuple[dict[str, Any], Article | None]:
    row = article_row(result)
    article = result if isinstance(result, Article) else result.article
    return {name: row[name] for name in _PAGE_KEYS}, article


def _row(source: Source | None, article: Article | None) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(COLUMNS)
    if source is not None:
        row.update(file=_text(source.file), record_id=_text(source.record_id), url=_text(source.url))
    for name in ("authors", "tags", "quotes", "images", "credits", "warnings"):
        row[name] = []
    if article is None:
        return row
    row.update(
        url=article.url or row["url"], site=article.site, publisher=article.publisher, language=article.language,
        headline=article.headline, summary=article.summary, dateline=article.dateline,
        published=_iso(article.published), updated=_iso(article.updated), authors=list(article.authors),
        tags=list(article.tags),
        text="\n\n".join(block.text for block in article.body), blocks=len(article.body),
        quotes=[_quote(quote) for quote in article.quotes], images=[_image(image) for image in article.images],
        credits=[_credit(credit) for credit in article.credits], method=article.extraction.method.value,
        plugin=article.extraction.plugin, layout=article.extraction.layout, encoding=article.extraction.encoding,
        encoding_source=article.extraction.encoding_source, warnings=list(article.extraction.warnings),
    )
    return row


def _text(text: str | None) -> str | None:
    """A source string as valid text: lone surrogates (the bytes of a file name that is not UTF-8) written
    as backslash escapes (``\\udcff``), which Parquet and Arrow, UTF-8 only, accept. Article strings are
    valid text already (the models' validator)."""
    if text is None or valid_utf8(text):
        return text
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def _quote(quote: Any) -> dict[str, Any]:
    speaker = quote.speaker
    return {
        "text": quote.text, "kind": quote.kind.value, "speaker": speaker.name if speaker else None,
        "speaker_role": speaker.role if speaker else None, "mention": quote.mention, "cue": quote.cue,
        "block": quote.block, "continues": quote.continues, "part": quote.part.value,
    }


def _image(image: Any) -> dict[str, Any]:
    return {
        "src": image.src, "alt": image.alt, "caption": image.caption,
        "credits": [credit.raw for credit in image.credits], "position": image.position,
    }


def _credit(credit: Any) -> dict[str, Any]:
    return {"role": credit.role.value, "name": credit.name, "organization": credit.organization, "raw": credit.raw}


def arrow_schema() -> pyarrow.Schema:
    """The pyarrow schema of :func:`article_row` rows."""
    pa = _pyarrow("pyarrow")

    text = pa.string()
    quote = pa.struct([
        ("text", text), ("kind", text), ("speaker", text), ("speaker_role", text), ("mention", text), ("cue", text),
        ("block", pa.int32()), ("continues", pa.int32()), ("part", text),
    ])
    image = pa.struct([
        ("src", text), ("alt", text), ("caption", text), ("credits", pa.list_(text)), ("position", pa.int32()),
    ])
    credit = pa.struct([("role", text), ("name", text), ("organization", text), ("raw", text)])
    types = {
        "authors": pa.list_(text), "tags": pa.list_(text), "blocks": pa.int32(), "quotes": pa.list_(quote),
        "images": pa.list_(image), "credits": pa.list_(credit), "warnings": pa.list_(text),
    }
    return pa.schema([(name, types.get(name, text)) for name in COLUMNS])


def rows_table(rows: list[dict[str, Any]]) -> pyarrow.Table:
    """A pyarrow table of rows, with :func:`arrow_schema`."""
    pa = _pyarrow("pyarrow")

    return pa.Table.from_pylist(rows, schema=arrow_schema())


class ParquetSink:
    """Write rows to one Parquet file, a row group every ``group_rows`` rows (memory stays bounded)."""

    def __init__(self, path: str | os.PathLike[str], group_rows: int = 1000) -> None:
        pq = _pyarrow("pyarrow.parquet")

        self._writer = pq.ParquetWriter(path, arrow_schema(), compression="zstd")
        self._rows: list[dict[str, Any]] = []
        self._group_rows = group_rows

    def write(self, row: dict[str, Any]) -> None:
        self._rows.append(row)
        if len(self._rows) >= self._group_rows:
            self.flush()

    def flush(self) -> None:
        if self._rows:
            self._writer.write_table(rows_table(self._rows))
            self._rows = []

    def close(self) -> None:
        self.flush()
        self._writer.close()

    def __enter__(self) -> ParquetSink:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _pyarrow(module: str) -> Any:
    """pyarrow (or one of its modules), or an ImportError that names the extra that installs it."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ImportError(f"Parquet and Arrow output need pyarrow: pip install 'cqnews[parquet]' ({exc})") from exc
