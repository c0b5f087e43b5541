"""The rules of one script, chosen once per article: English, Chinese, or another Latin-script language.

The quote finders are the same for every script; each step that reads the script differently
(cues, reported clauses, the speaker of a quoted span, what is a term, how names are registered)
takes it from a :class:`ScriptRules`. Adding a script is adding one more instance.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, partial
from typing import Any, SupportsIndex

from ...lexicon.given_names_latin import GIVEN_NAME_GENDERS
from ...lexicon.quotes_topic import TOPIC_TABLES
from ...models import Quote
from ...text import HAN_RE
from ..speakers import SpeakerBook
from ..speakers.phrases import Who
from ..speakers.prose import ProsePeople, no_offices
from .cues import en_cues
from .cues_zh import zh_clause_cues
from .direct_en import (
    en_attribution,
    en_is_term,
    en_is_title,
    en_nearby,
    en_owned_call,
    en_speech_like,
)
from .direct_zh import zh_attribution, zh_nearby, zh_owned_call, zh_unnamed_source
from .finish_zh import finish_zh
from .indirect import indirect_en
from .indirect_zh import indirect_zh
from .labels_en import en_reports_without_cue
from .latin import (
    latin_cues,
    latin_is_term,
    latin_not_speech,
    latin_speech_like,
    table_for,
)
from .latin_finish import finish_latin
from .latin_names import latin_attribution_named, latin_indirect_named, register_people
from .latin_reported import latin_reports_without_cue
from .latin_titles import role_offices
from .spans import Span
from .speech_zh import (
    zh_is_term,
    zh_not_speech,
    zh_said_after_comma,
    zh_speech_like,
    zh_spoken_clause,
    zh_word_in_clause,
)
from .text import BlockView, Cues, Found
from .topic import topic_attribution
from .transcript_en import label_speakers
from .transcript_zh import zh_transcript_line

_LATIN_RE = re.compile(r"[A-Za-z]")

Attribution = tuple[Who | None, str | None]


def _register_en(book: SpeakerBook, text: str, base: int, spans: list[Span]) -> None:
    book.register_text(text, base)


def _register_zh(book: SpeakerBook, text: str, base: int, spans: list[Span]) -> None:
    book.register_zh_text(text, base)


def _no_source(text: str, sp: Span, s: int) -> Who | None:
    return None


def _never_clause(text: str, sp: Span, s: int) -> bool:
    """No quoted clause kept without a speaker near it."""
    return False


def _no_labels(quotes: list[Quote], book: SpeakerBook, bases: list[int]) -> None:
    """No speaker labels read: the quotes keep the speakers resolved."""


def _no_transcript(text: str, before: str, spans: list[Span]) -> Found | None:
    """No transcript lines read: a block without quote marks quotes nothing."""
    return None


def _no_word(text: str, sp: Span) -> bool:
    """No quoted word read as a word its clause uses."""
    return False


def _no_report(text: str) -> bool:
    """No block reports without a quote or a cue."""
    return False


def _on_text(check: Callable[[str, Span], bool]) -> Callable[[BlockView, Span], bool]:
    """A check of a quoted span that reads only the block's text (a partial of a module function, not a lambda:
    the rules pickle)."""
    return partial(_text_check, check)


def _text_check(check: Callable[[str, Span], bool], b: BlockView, sp: Span) -> bool:
    return check(b.text, sp)


def _keep(quotes: list[Quote], texts: Sequence[str]) -> None:
    """No last pass: the quotes stay as found."""


@dataclass(frozen=True, slots=True)
class ScriptRules:
    """How one script is read. Every field is a rule the quote finders call at one step."""

    name: str
    cues: Callable[[str, list[Span]], Cues]  # the reporting words of a block outside its quotes
    cjk: bool  # sentences end at 。！？ and quote marks close sentences the Chinese way
    reports_without_cue: Callable[[str], bool]  # may a block without quote or cue still report ("allegations that")?
    indirect: Callable[[BlockView], list[Found]]  # reported clauses of a block
    not_speech: Callable[[BlockView, Span], bool]  # a title, a term, an example: no quote
    owned_call: Callable[[BlockView, Span, int], tuple[Who, str] | None]  # "the ministry's call for “…”"
    attribution: Callable[[BlockView, Span, int, int], Attribution]  # speaker and cue of a quoted span
    unnamed_source: Callable[[str, Span, int], Who | None]  # 就有村民问询进度，“…”
    fragments_in_clauses: bool  # a fragment inside a reported clause is the clause speaker's
    speech_like: Callable[[str, Span, int], bool]  # speech even without a speaker
    nearby: Callable[[BlockView, Span], Attribution]  # the speaker of a fragment from a cue near it
    is_term: Callable[[str], bool]  # a short quoted term heading its sentence
    register: Callable[[SpeakerBook, str, int, list[Span]], None]  # names of a block (its quotes at the spans)
    index_mentions: bool  # index where people are named (for pronouns and later names)
    reads_paragraph_before: bool  # every named speaker known by name, for 他/她 and bare quotes (Chinese)
    finish: Callable[[list[Quote], Sequence[str]], None] = _keep  # a last pass over the article's quotes and blocks
    # after the speakers are resolved: quotes opening with a speaker's label ("CLINTON: …"), from the book's names
    labels: Callable[[list[Quote], SpeakerBook, list[int]], None] = _no_labels
    # a fragment with no speaker near it, inside a reported clause a named person speaks, is theirs (the
    # languages read from a table, whose ``nearby`` reads nothing)
    fragments_of_person: bool = False
    # a quoted clause without a speaker near it kept to continue a speaker named before it (Chinese: …，“…了”。)
    spoken_clause: Callable[[str, Span, int], bool] = _never_clause
    # a quote after a comma without a speaker near it kept as words said for its shape, with or without a speaker
    # (Chinese: …插了句，“…。” or …，“不方便说”。)
    said_after_comma: Callable[[str, Span, int], bool] = _never_clause
    # a quoted word its clause runs through (Chinese: 以“…”为前提), no quote, but its speaker goes on to the next quote
    word_in_clause: Callable[[str, Span], bool] = _no_word
    # the offices a role or a description holds, for a speaker given by an office only ("sagte der Trainer"):
    # see :mod:`..speakers.prose`; none where the script has no table of offices
    offices: Callable[[str], frozenset[str]] = no_offices
    # the language's own given names, read before the shared tables while its articles are read ("jan": "m" in
    # German; see :func:`..speakers.given_names.given_names_of`)
    given_genders: Mapping[str, str] = field(default_factory=dict)
    # a block that is one line of a transcript without quote marks, after its tag and speaker's label (Chinese:
    # 【同期声】市民 陈先生：…), read from the block and the one before it
    transcript: Callable[[str, str, list[Span]], Found | None] = _no_transcript

    def new_book(self) -> SpeakerBook:
        """An empty speaker book reading offices and given names as this script does."""
        return SpeakerBook(prose=ProsePeople(offices=self.offices))

    def __reduce_ex__(self, protocol: SupportsIndex) -> str | tuple[Any, ...]:
        """The rules of a language read from a table pickle as their maker and language, rebuilt (from its cache) where
        they are unpickled: their table holds mapping proxies, which do not pickle. Any other rules (English,
        Chinese, a :func:`dataclasses.replace` of the cached ones) pickle field by field."""
        made = _made_by(self)
        return (made, (self.name,)) if made is not None else object.__reduce_ex__(self, protocol)


ENGLISH = ScriptRules(
    name="en",
    cues=en_cues,
    cjk=False,
    reports_without_cue=en_reports_without_cue,
    indirect=indirect_en,
    not_speech=_on_text(en_is_title),
    owned_call=en_owned_call,
    attribution=en_attribution,
    unnamed_source=_no_source,
    fragments_in_clauses=True,
    speech_like=en_speech_like,
    nearby=en_nearby,
    is_term=en_is_term,
    register=_register_en,
    index_mentions=True,
    reads_paragraph_before=False,
    labels=label_speakers,
)

CHINESE = ScriptRules(
    name="zh",
    cues=zh_clause_cues,
    cjk=True,
    reports_without_cue=_no_report,
    indirect=indirect_zh,
    not_speech=zh_not_speech,
    owned_call=zh_owned_call,
    attribution=zh_attribution,
    unnamed_source=zh_unnamed_source,
    fragments_in_clauses=False,
    speech_like=zh_speech_like,
    nearby=zh_nearby,
    is_term=zh_is_term,
    register=_register_zh,
    index_mentions=False,
    reads_paragraph_before=True,
    finish=finish_zh,
    spoken_clause=zh_spoken_clause,
    said_after_comma=zh_said_after_comma,
    word_in_clause=zh_word_in_clause,
    transcript=zh_transcript_line,
)


def _nobody(*_: object) -> tuple[None, None]:
    return None, None


def _no_call(*_: object) -> None:
    return None


def _register_nothing(book: SpeakerBook, text: str, base: int, spans: list[Span]) -> None:
    """Capitalised words are no names where every noun is capitalised: the speakers come from cues alone."""


_CJK_SENTENCES = frozenset(("ja",))  # sentences end at 。！？


@cache
def latin_rules(language: str) -> ScriptRules:
    """The rules of a language other than English and Chinese (see :mod:`.latin`): a Latin-script language
    with a table of reporting words reads speakers next to them; any other finds quotes by their marks
    and reads no speaker."""
    table = table_for(language)
    return ScriptRules(
        name=language,
        cues=partial(latin_cues, table),
        cjk=language in _CJK_SENTENCES,
        reports_without_cue=partial(latin_reports_without_cue, table),
        indirect=partial(latin_indirect_named, table),
        not_speech=_on_text(partial(latin_not_speech, table)),
        owned_call=_no_call,
        attribution=partial(latin_attribution_named, table),
        unnamed_source=_no_source,
        fragments_in_clauses=True,
        speech_like=latin_speech_like,
        nearby=_nobody,
        is_term=latin_is_term,
        # people named in the prose, for left-out subjects and descriptions ("a souligné la procureure"), where
        # only names are capitalised (in German a capital makes no name)
        register=partial(register_people, table) if table.cues and not table.capitalised_nouns else _register_nothing,
        index_mentions=False,
        reads_paragraph_before=False,
        finish=partial(finish_latin, table),
        fragments_of_person=True,
        offices=partial(role_offices, table),
        given_genders=GIVEN_NAME_GENDERS.get(table.language, {}),
    )


@cache
def topic_rules(language: str) -> ScriptRules:
    """The rules of Japanese, Korean and Turkish (see :mod:`.topic`): those of a language without a table
    (quotes by their marks, no reported speech without marks), the speaker read as the sentence's topic
    when a reporting verb follows the quote."""
    return replace(
        latin_rules(""),
        name=language,
        cjk=language in _CJK_SENTENCES,
        attribution=partial(topic_attribution, TOPIC_TABLES[language]),
        fragments_in_clauses=False,
        finish=_keep,
    )


def _made_by(rules: ScriptRules) -> Callable[[str], ScriptRules] | None:
    """The cached maker :func:`latin_rules` or :func:`topic_rules` whose rules of ``rules.name`` these are, or None."""
    if rules.name in ("en", "zh"):
        return None
    maker = topic_rules if rules.name in TOPIC_TABLES else latin_rules
    return maker if maker(rules.name) is rules else None


def detect_script(texts: Sequence[str], language: str | None) -> str:
    """'zh' or 'en' (any latin-script language is read with the English tables)."""
    if language in ("zh", "en"):
        return language
    sample = "".join(t[:2000] for t in texts[:40])
    return "zh" if len(HAN_RE.findall(sample)) > len(_LATIN_RE.findall(sample)) / 2 else "en"


def rules_for(texts: Sequence[str], language: str | None) -> ScriptRules:
    """The rules to read an article in ``language`` (guessed from its text when not given)."""
    base = (language or "").split("-")[0]
    if base in TOPIC_TABLES:
        return topic_rules(base)
    if base and base not in ("en", "zh"):
        return latin_rules(base)
    return CHINESE if detect_script(texts, language) == "zh" else ENGLISH
