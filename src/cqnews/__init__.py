"""cqnews: regional news pages in, typed articles out.

>>> import cqnews
>>> article = cqnews.parse(html, url="https://www.ichongqing.info/2021/05/17/...")
>>> article.headline, article.quotes[0].speaker.name
"""

from __future__ import annotations

from .errors import (
    BlockTooLargeError,
    DecodeError,
    EmptyInputError,
    InputTooLargeError,
    NotHTMLError,
    ParseError,
    TreeTooLargeError,
    UnknownSiteError,
)
from .models import (
    Article,
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
    Speaker,
    SpeakerQuotes,
)
from .options import ParseOptions
from .pipeline import parse, parse_text

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Block",
    "BlockKind",
    "BlockTooLargeError",
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
    "Speaker",
    "SpeakerQuotes",
    "TreeTooLargeError",
    "UnknownSiteError",
    "__version__",
    "parse",
    "parse_text",
]
