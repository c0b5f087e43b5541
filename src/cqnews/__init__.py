"""cqnews: regional news pages in, typed articles out.

>>> import cqnews
>>> with open("examples/ichongqing-liangjiang.txt", "rb") as f:
...     article = cqnews.parse(f.read(), url="https://www.ichongqing.info/2021/05/17/liangjiang-film-forum/")
>>> article.headline, article.quotes[0].speaker.name
('Liangjiang New Area: Build An Inland Highland for Film and Television Production', 'Zhang Hongbin')
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .errors import (
    BlockTooLargeError,
    CorruptGzipError,
    CorruptWarcError,
    DecodeError,
    EmptyInputError,
    InputTooLargeError,
    NotHTMLError,
    ParseError,
    TimeLimitError,
    TreeTooLargeError,
    UnknownSiteError,
)
from .models import (
    Article,
    Attribution,
    AttributionKind,
    Block,
    BlockKind,
    Credit,
    CreditRole,
    DatePrecision,
    Extraction,
    ExtractionMethod,
    Image,
    Quote,
    QuoteKind,
    QuotePart,
    Speaker,
    SpeakerQuotes,
)
from .options import ParseOptions

if TYPE_CHECKING:
    from .batch import parse_many
    from .pipeline import parse, parse_text, warm_up
    from .responses import parse_response

# Loaded on first use, so that ``import cqnews`` stays light: the models, errors and options only.
# The parse pipeline (extractors, site plugins, enrichment and their pattern tables: about half
# of the import) loads on the first ``cqnews.parse`` or ``cqnews.warm_up()``; workers that fork
# call warm_up() first, which loads it and everything a parse reads from disk.
_LAZY = {
    "parse": "pipeline",
    "parse_text": "pipeline",
    "warm_up": "pipeline",
    "parse_many": "batch",
    "parse_response": "responses",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'cqnews' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


__version__ = "0.1.0"

__all__ = [
    "Article",
    "Attribution",
    "AttributionKind",
    "Block",
    "BlockKind",
    "BlockTooLargeError",
    "CorruptGzipError",
    "CorruptWarcError",
    "Credit",
    "CreditRole",
    "DatePrecision",
    "DecodeError",
    "EmptyInputError",
    "Extraction",
    "ExtractionMethod",
    "Image",
    "InputTooLargeError",
    "NotHTMLError",
    "ParseError",
    "ParseOptions",
    "Quote",
    "QuoteKind",
    "QuotePart",
    "Speaker",
    "SpeakerQuotes",
    "TimeLimitError",
    "TreeTooLargeError",
    "UnknownSiteError",
    "__version__",
    "parse",
    "parse_many",
    "parse_response",
    "parse_text",
    "warm_up",
]
