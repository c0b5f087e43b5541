"""The typed result of a parse: :class:`Article` and the parts it is made of.

Every model is a Pydantic v2 model: it validates on construction, round-trips through
``model_dump_json()`` / ``model_validate_json()`` and pickles. ``Article.model_json_schema()``
gives the JSON schema (also printed by ``cqnews schema``).
"""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .text import clean_text

__all__ = [
    "Article",
    "Attribution",
    "AttributionKind",
    "Block",
    "BlockKind",
    "Credit",
    "CreditRole",
    "DatePrecision",
    "Extraction",
    "ExtractionMethod",
    "Image",
    "Quote",
    "QuoteKind",
    "QuotePart",
    "Speaker",
    "SpeakerQuotes",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=False)

    @field_validator("*", mode="before")
    @classmethod
    def _valid_text(cls, value: Any) -> Any:
        """Every string reaching a model is valid Unicode without controls (see :func:`cqnews.text.clean_text`)."""
        if isinstance(value, str):
            return clean_text(value)
        if isinstance(value, list) and value and isinstance(value[0], str):
            return [clean_text(item) if isinstance(item, str) else item for item in value]
        return value


class BlockKind(str, Enum):
    """What a body block is."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    BLOCKQUOTE = "blockquote"
    LIST_ITEM = "list_item"


class Block(_Model):
    """One block of the article body, in reading order."""

    kind: BlockKind = Field(default=BlockKind.PARAGRAPH, description="paragraph, heading, blockquote or list_item")
    text: str = Field(description="The block's text, whitespace-normalised.")


class CreditRole(str, Enum):
    """The part a credited person or organisation played."""

    AUTHOR = "author"
    PHOTOGRAPHER = "photographer"
    EDITOR = "editor"
    TRANSLATOR = "translator"
    SOURCE = "source"
    CONTRIBUTOR = "contributor"


class Credit(_Model):
    """A credit line, split into who and for what.

    ``raw`` keeps the text as the page wrote it (``"(iChongqing/Truman PENG)"``); ``name`` is a
    person with all-caps surnames normalised (``"Truman Peng"``); ``organization`` an outlet or agency.
    """

    role: CreditRole
    name: str | None = Field(default=None, description="A person's name, normalised casing.")
    organization: str | None = Field(default=None, description="An outlet, agency or picture library.")
    raw: str = Field(description="The credit as written on the page.")


class Image(_Model):
    """An image that belongs to the article, with its caption and photo credits."""

    src: str | None = Field(
        default=None, description="Absolute URL of the largest variant; None for caption lines of text dumps."
    )
    alt: str | None = None
    caption: str | None = Field(default=None, description="Caption text without the credit.")
    credits: list[Credit] = Field(default_factory=list)
    position: int | None = Field(
        default=None, description="Index of the body block that follows the image (len(body) when it comes last)."
    )


class Speaker(_Model):
    """Who is quoted: a person or an organisation."""

    name: str | None = Field(default=None, description="The fullest name the article gives.")
    role: str | None = Field(default=None, description="Title or description as written.")


class QuoteKind(str, Enum):
    """Direct quotes stand in quote marks; indirect ones are reported speech. A stance stated with
    "that" ("Lee fears that …", "made it clear that …", "his claim that …") is reported speech too, its
    ``cue`` the stance word; a belief without "that" ("Lee thinks the plan fails") is no quote."""

    DIRECT = "direct"
    INDIRECT = "indirect"


class QuotePart(str, Enum):
    """Which text of the article a quote stands in: a body block, or the summary (standfirst, dek)."""

    BODY = "body"
    """In ``article.body[q.block]``: ``article.body[q.block].text[q.start:q.end] == q.text``."""
    SUMMARY = "summary"
    """In ``article.summary``: ``article.summary[q.start:q.end] == q.text``; ``q.block`` is ``len(article.body)``
    (past the body's end, so that ``article.body[q.block]`` raises instead of giving another text)."""


class Quote(_Model):
    """A quotation and who said it, located exactly in the body or, see ``part``, in the summary.

    ``article.body[q.block].text[q.start:q.end] == q.text`` always holds for a body quote (``part`` is
    ``body``, the default); ``article.summary[q.start:q.end] == q.text`` for a summary quote, whose ``block``
    is ``len(article.body)``. Summary quotes follow the body's in :attr:`Article.quotes`.
    """

    text: str
    kind: QuoteKind
    speaker: Speaker | None = Field(default=None, description="None when the article does not say who.")
    mention: str | None = Field(default=None, description="How the speaker is named at this quote (\"Zhang\", \"he\").")
    cue: str | None = Field(default=None, description="The reporting word: said, added, according to, 表示 …")
    block: int = Field(ge=0, description="Index into Article.body; len(Article.body) for a summary quote.")
    start: int = Field(ge=0, description="Offset of text in the block (in Article.summary for a summary quote).")
    end: int = Field(ge=0, description="End offset (exclusive) of text in the block (or in Article.summary).")
    continues: int | None = Field(
        default=None,
        ge=0,
        description="Index in Article.quotes of the quote this one continues: a direct quote its cue splits in two "
        "(“We will build it,” he said. “It is a promise.”) is two quotes, the second continuing the first.",
    )
    part: QuotePart = Field(
        default=QuotePart.BODY,
        description="Where the quote stands: 'body' (in Article.body[block]) or 'summary' (in Article.summary, "
        "the standfirst: block is then len(Article.body)).",
    )


class AttributionKind(str, Enum):
    """What an :class:`Attribution` ascribes to its source. The kinds follow the non-speech attributions
    most frequent in the PolNeAR corpus's train split (beliefs, wants and plans, support and opposition,
    how things seem, what data shows, what talk was about); speech itself is a :class:`Quote`, never an Attribution."""

    BELIEF = "belief"
    """A view held: "Lee believes the plan fails", "they expect rates to rise", "she fears a recession"."""
    INTENTION = "intention"
    """A want, hope, plan or refusal: "Lee wants to run", "the firm plans to expand", "he declined to comment"."""
    STANCE = "stance"
    """Support or opposition: "Lee endorsed Chen", "the union opposes the bill", "they welcomed the ruling"."""
    PERCEPTION = "perception"
    """How something seems, with nobody named: "the plan seems to work", "she is expected to win",
    "he reportedly left"; its source is None."""
    EVIDENCE = "evidence"
    """What data or a document shows: "the poll shows Lee ahead", "the audit found errors"."""
    TOPIC = "topic"
    """What a source spoke of, without what was said: "…, she said, referring to the audit", "Lee
    pointed to the deficit", "he talked about jobs"."""


class Attribution(_Model):
    """A view, intention, stance, impression, finding or topic ascribed to a source (not speech: that is
    a :class:`Quote`), located exactly in the body like a quote.

    Filled only with ``ParseOptions(attributions=True)``; ``article.body[a.block].text[a.start:a.end]
    == a.text`` always holds. Attributions never repeat a quote: a clause already in
    :attr:`Article.quotes` ("Lee said she fears …" is a quote) is not listed again.
    """

    text: str = Field(description="What is ascribed (the content), as written.")
    kind: AttributionKind
    source: Speaker | None = Field(default=None, description="Who holds it, resolved like a quote's speaker.")
    mention: str | None = Field(default=None, description="How the source is named here (\"Lee\", \"she\").")
    cue: str = Field(description="The word that attributes: believes, wants, endorsed, seems, shows …")
    block: int = Field(ge=0, description="Index into Article.body.")
    start: int = Field(ge=0, description="Offset of text in the block.")
    end: int = Field(ge=0, description="End offset (exclusive) of text in the block.")


class SpeakerQuotes(_Model):
    """One distinct speaker and everything they are quoted as saying."""

    speaker: Speaker
    quotes: list[Quote]


class DatePrecision(str, Enum):
    """How precisely the page stated a date: a day, or a time to the minute or second.

    ``Article.published`` is a ``datetime`` either way; a date-only value is midnight with
    precision ``day``, which tells it apart from a time that really is 00:00.
    """

    DAY = "day"
    MINUTE = "minute"
    SECOND = "second"


class ExtractionMethod(str, Enum):
    """Which path produced the article."""

    SITE = "site"
    PLATFORM = "platform"
    GENERIC = "generic"
    TEXT = "text"


class Extraction(_Model):
    """How the result was obtained, and what went wrong on the way."""

    method: ExtractionMethod
    plugin: str | None = Field(default=None, description="Site or platform plugin name.")
    layout: str | None = Field(default=None, description="Layout version of the plugin.")
    encoding: str | None = Field(default=None, description="Encoding the input bytes were decoded with.")
    encoding_source: str | None = Field(
        default=None,
        description=(
            "What chose ``encoding``: 'bom', 'content-type', 'meta', 'sniffed' (guessed from the bytes: the "
            "page declares no charset, or one its bytes refute) or 'default' (UTF-8, nothing else fitting). "
            "None for str input."
        ),
    )
    warnings: list[str] = Field(default_factory=list, description="What could not be found or was repaired.")


class Article(_Model):
    """A news article as typed data.

    Dates: ``published`` and ``updated`` are what the page states (meta tags, JSON-LD, visible
    dates, a site's script variables), else for ``published`` the day in the URL
    (``/2021/05/17/``) as a last resort. A date stated without a time is midnight, and
    ``published_precision`` is then ``day``; ``minute`` or ``second`` when the page gave a time.
    A date the page writes that cannot be read (an impossible day or zone, a twenty-digit year) is
    left out with a warning in ``extraction.warnings``, never guessed.
    """

    url: str | None = None
    site: str | None = Field(default=None, description="Site plugin name, or None on the generic path.")
    publisher: str | None = Field(
        default=None,
        description=(
            "The outlet's name as the page declares it (og:site_name, application-name, the JSON-LD "
            "publisher; a WeChat article's account), e.g. 'The Valley Courier'. None when the page names none."
        ),
    )
    language: str | None = Field(default=None, description="ISO 639-1 code, e.g. 'en', 'zh'.")
    headline: str | None = None
    summary: str | None = Field(default=None, description="Standfirst or description.")
    dateline: str | None = Field(default=None, description="Place the story is filed from, e.g. 'Chongqing'.")
    published: datetime | None = Field(
        default=None,
        description=(
            "Timezone-aware when the page gives a zone (China time on Chinese sites that give none). "
            "A date the page gives without a time is midnight: see published_precision."
        ),
    )
    published_precision: DatePrecision | None = Field(
        default=None,
        description="How precise the page was about published: 'day' (no time given), 'minute' or 'second'.",
    )
    updated: datetime | None = None
    authors: list[str] = Field(default_factory=list, description="Names of the article's authors.")
    body: list[Block] = Field(default_factory=list)
    images: list[Image] = Field(default_factory=list)
    credits: list[Credit] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    attributions: list[Attribution] | None = Field(
        default=None,
        description="Beliefs, intentions, stances and evidence ascribed to sources (not speech): only with "
        "ParseOptions(attributions=True), else None (not looked for; [] means looked for and none found).",
    )
    tags: list[str] = Field(default_factory=list)
    extraction: Extraction

    @model_validator(mode="after")
    def _summary_quotes_placed(self) -> Article:
        """A summary quote (``part`` summary) needs a summary and stands past the body: ``block == len(body)``."""
        for quote in self.quotes:
            if quote.part is QuotePart.SUMMARY and (self.summary is None or quote.block != len(self.body)):
                raise ValueError("a summary quote needs Article.summary and block == len(Article.body)")
        return self

    def quote_source(self, quote: Quote) -> str:
        """The text ``quote``'s offsets index: ``article.quote_source(q)[q.start:q.end] == q.text`` for every
        quote, the summary's (``part`` summary) and the body's alike."""
        if quote.part is QuotePart.SUMMARY:
            return self.summary or ""
        return self.body[quote.block].text

    @property
    def text(self) -> str:
        """The body's blocks joined by blank lines."""
        return "\n\n".join(block.text for block in self.body)

    @property
    def speakers(self) -> list[SpeakerQuotes]:
        """Each distinct speaker once, in order of first quote, with their quotes."""
        groups: dict[tuple[str | None, str | None], SpeakerQuotes] = {}
        for quote in self.quotes:
            if quote.speaker is None:
                continue
            key = (quote.speaker.name, quote.speaker.role if quote.speaker.name is None else None)
            group = groups.get(key)
            if group is None:
                groups[key] = SpeakerQuotes(speaker=quote.speaker, quotes=[quote])
            else:
                group.quotes.append(quote)
        return list(groups.values())

    @property
    def utterances(self) -> list[list[Quote]]:
        """The quotes grouped into what was said, in reading order: the pieces of a quote its cue
        splits (linked by :attr:`Quote.continues`) in one list, every other quote alone."""
        first: list[int] = []  # per quote: the index of its utterance's first piece
        groups: dict[int, list[Quote]] = {}
        for index, quote in enumerate(self.quotes):
            head = index if quote.continues is None or quote.continues >= index else first[quote.continues]
            first.append(head)
            groups.setdefault(head, []).append(quote)
        return list(groups.values())

    def __repr__(self) -> str:
        """One line: headline, site, date and counts (the full data is in ``model_dump()``)."""
        from .notebook import article_repr

        return article_repr(self)

    def _repr_html_(self) -> str:
        """Jupyter's rich view: the article with its quotes highlighted (page text escaped)."""
        from .notebook import article_html

        return article_html(self)

    def _repr_markdown_(self) -> str:
        """The article as Markdown (page text escaped), for frontends that show Markdown."""
        from .render import article_markdown

        return article_markdown(self)
