"""The quote stage of the pipeline: the body's quotes and attributions within the search budget, then the
summary's (docs/quotes.md "Quotes in the summary"); a failure leaves the Article its other fields, with a warning.

Called by :func:`cqnews.pipeline.parse` (as ``article_quotes``, the name ``benchmarks/speed_stages.py`` times).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .deadline import Deadline, out_of_time
from .draft import Draft
from .models import Attribution, Block, Quote
from .options import ParseOptions

if TYPE_CHECKING:
    from .enrich.quotes import Finds, Reading

__all__ = ["article_quotes"]


def article_quotes(
    draft: Draft, language: str | None, options: ParseOptions, deadline: Deadline
) -> tuple[list[Quote], list[Attribution] | None]:
    """Quotes in the body, within the search budget, and the attributions when the options ask for them.

    Attribution is heuristic over arbitrary text: should it fail on some page, the article keeps
    everything else and says so in a warning rather than losing the whole parse.
    """
    blocks = draft.blocks
    searched = 0
    for count, block in enumerate(blocks):
        searched += len(block.text)
        if searched > options.max_quote_chars:
            draft.warnings.append(
                f"quotes were looked for in the first {count} of {len(blocks)} blocks only "
                "(raise ParseOptions.max_quote_chars to search all)"
            )
            blocks = blocks[:count]
            break
    from .enrich.quotes import read_quotes  # imported on first use (0.1 s): see warm_up()

    try:
        reading = read_quotes(blocks, language, deadline, keep=bool(draft.summary))  # (the summary reads it again)
        attributions = _attributions(reading, deadline) if options.attributions else None
        quotes, attributions = _named_in_full(draft, language, reading.quotes, attributions)
    except _QUOTE_ERRORS as exc:
        draft.warnings.append(f"quote extraction failed ({type(exc).__name__}: {exc}); quotes left empty")
        return [], [] if options.attributions else None
    room = options.max_quote_chars - sum(len(block.text) for block in blocks)  # (what the summary may use)
    quotes += _summary_quotes(draft, blocks, language, deadline, len(quotes), room, reading.finds)
    if deadline.expired() or not reading.complete:
        draft.warnings.append(out_of_time("the quote search stopped before the end of the body"))
    return quotes, attributions


def _summary_quotes(
    draft: Draft,
    blocks: list[Block],
    language: str | None,
    deadline: Deadline,
    first: int,
    room: int,
    finds: Finds | None = None,
) -> list[Quote]:
    """The summary's own quotes (docs/quotes.md "Quotes in the summary"), after the body's, when the summary fits
    in the ``room`` ParseOptions.max_quote_chars leaves after the body (``finds``: what reading the body found, not
    searched again). Should reading them fail, the body's quotes stand: a warning says the summary's were left out."""
    if draft.summary and len(draft.summary) > room:
        draft.warnings.append(
            f"quotes were not looked for in the summary: its {len(draft.summary)} characters are past "
            "ParseOptions.max_quote_chars with the body's (raise it to search the summary)"
        )
        return []
    from .enrich.quotes.summary import summary_quotes
    from .enrich.speakers.headline_names_en import named_in_full

    # ("Whitfield said …" in the dek, "Mayor Dana Whitfield" in the body: the body's words come before the captions)
    shown = [draft.headline, draft.summary, *(block.text for block in blocks), *(i.caption for i in draft.images)]
    try:
        found = summary_quotes(
            draft.summary,
            blocks,
            language,
            deadline,
            block=len(draft.blocks),
            first=first,
            headline=draft.headline,
            finds=finds,
        )
        return named_in_full(found, shown) if found and language == "en" else found
    except _QUOTE_ERRORS as exc:
        draft.warnings.append(f"quote extraction failed in the summary ({type(exc).__name__}: {exc}); left out")
        return []


# What a heuristic over arbitrary text may raise: caught, the Article keeps everything else and says so.
_QUOTE_ERRORS = (ValueError, KeyError, IndexError, TypeError, AttributeError)


def _named_in_full(
    draft: Draft, language: str | None, quotes: list[Quote], attributions: list[Attribution] | None
) -> tuple[list[Quote], list[Attribution] | None]:
    """English: "…,” Lee said" with "Priya Lee" named in full only in the headline, summary or a caption gives the
    full name to the quote's speaker and to the attributions' sources alike. (Other languages: not measured yet.)"""
    if language != "en":
        return quotes, attributions
    from .enrich.speakers.headline_names_en import named_in_full

    shown = [draft.headline, draft.summary, *(image.caption for image in draft.images)]
    return named_in_full(quotes, shown), None if attributions is None else named_in_full(attributions, shown)


def _attributions(reading: Reading, deadline: Deadline) -> list[Attribution]:
    from .enrich.quotes.attributions import find_attributions  # only when asked for

    return find_attributions(reading, deadline)
