"""Where a Romance reported clause after a verb of saying and its conjunction starts and ends, and a second
report joined to it (read by :mod:`.latin_reported`; the shapes below are those of Spanish, French, Italian and
Portuguese, where the conjunction follows the verb with no comma).

- Start: past up to two adverbs, a weekday, whom it was told and a short setting between the verb and its
  conjunction ("aseguró ayer a este diario que …", "a déclaré lors de la conférence de presse que …"):
  :func:`that_start`.
- End: before a second predicate of the reporting subject ("…, aunque ha pedido esperar …", "… en marzo y
  explicó que …") and before a source set off by a comma at the clause's end ("…, según recoge Europa Press",
  "…, selon l'AFP"): :func:`reported_end`.
- A second report: "Sanz confirmó que A y explicó que B" gives two reports of Sanz, the second read by
  :func:`coordinated_report`.
"""

from __future__ import annotations

import re
from functools import cache

from ...lexicon.dates import LATIN_WEEKDAYS
from ...lexicon.quotes_latin import ADVERBS_AFTER_CUE, ROMANCE_RELATIVES, LatinTable
from ...models import QuoteKind
from .latin import ending_verb_re, source_re
from .latin_coordinated import coordinated_at
from .latin_listener import past_listener
from .latin_setting import setting_before_that
from .latin_sources import clause_end
from .latin_subject import is_adverb
from .text import MIN_CLAUSE, BlockView, Found


def that_start(table: LatinTable, text: str, end_of_cue: int, e: int) -> int | None:
    """Where the clause starts that the conjunction after a reporting word ending at ``end_of_cue`` opens (past
    adverbs, a listener, a short setting: "aseguró ayer a este diario que …"); None when no conjunction follows."""
    end_of_cue = _past_told(table, text, _past_adverbs(table, text, end_of_cue, e), e)
    end_of_cue = setting_before_that(table, text, end_of_cue, e)
    that = _word_at(text, end_of_cue + 1)
    if text[end_of_cue : end_of_cue + 1] != " " or that not in table.that:
        return None
    return end_of_cue + 2 + len(that)


def bare_clause_start(table: LatinTable, text: str, cue: str, end_of_cue: int, e: int) -> int | None:
    """Where the clause starts that a cue of :attr:`LatinTable.clause_cues` reports with no conjunction, right after it
    (Vietnamese "ông Nam cho biết dự án sẽ hoàn thành …", "rằng" left out; a comma or "thêm" between at most); after
    a cue of :attr:`LatinTable.object_clause_cues` only past a comma ("nhấn mạnh, các hộ dân …": "nhấn mạnh tầm quan
    trọng" is a noun object). None after any other cue, or where a colon, a quote or the sentence's end follows it."""
    low = cue.lower()
    if low not in table.clause_cues:
        return None
    pattern = _COMMA_CLAUSE_RE if low in table.object_clause_cues else _BARE_CLAUSE_RE
    m = pattern.match(text, end_of_cue, e)
    return m.end() if m is not None else None


# a comma or the adverb "thêm" (more) at most, then a word ("cho biết thêm, dự án …")
_BARE_CLAUSE_RE = re.compile(r",? (?:thêm,? )?(?=\w)")
# "thêm" at most, then a comma and a word ("nhấn mạnh thêm, dự án …")
_COMMA_CLAUSE_RE = re.compile(r"(?: thêm)?, (?=\w)")


def reported_end(table: LatinTable, b: BlockView, start: int, e: int) -> int:
    end = _before_second_predicate(table, b, start, clause_end(b.text, start, e))
    return _before_trailing_source(table, b.text, start, end)


def coordinated_report(table: LatinTable, b: BlockView, f: Found, e: int) -> Found | None:
    """ "Sanz confirmó que A y explicó que B": the report of a second verb of saying that "y" joins right after the
    first report, its conjunction after it; the first report's subject speaks."""
    text, cues = b.text, b.cues
    for k in cues.between(f.end, min(e, f.end + _COORDINATED_CHARS)):
        at = coordinated_at(table, text, f.end, cues.starts[k])
        start = that_start(table, text, cues.ends[k], e) if at is not None and at - 1 == f.end else None
        if start is None:
            return None
        end = reported_end(table, b, start, e)
        return Found(QuoteKind.INDIRECT, start, end, f.who, cues.words[k]) if end - start >= MIN_CLAUSE else None
    return None


_COORDINATED_CHARS = 30  # " y además ha explicado" (the conjunction, adverbs and the verb)


def _before_second_predicate(table: LatinTable, b: BlockView, start: int, end: int) -> int:
    """Where a reported clause stops before a second predicate of the reporting subject, joined by a comma
    and one word: "… extranjeros, aunque ha pedido esperar …" (an auxiliary and a participle) or
    "…, pero insistió en …" (a reporting word)."""
    pattern = _second_predicate_re(table)
    for m in pattern.finditer(b.text, start, end) if pattern is not None else ():
        if m.group(1).lower() not in ROMANCE_RELATIVES:  # (", qui a été détruite": a relative clause goes on)
            return m.start()
    for k in b.cues.between(start, end):
        at = coordinated_at(table, b.text, start, b.cues.starts[k])  # "… en marzo y explicó que …"
        if at is not None and that_start(table, b.text, b.cues.ends[k], end) is not None:
            return at - 1
        lead = b.text[max(start, b.cues.starts[k] - _LEAD_CHARS) : b.cues.starts[k]]
        if _COMMA_WORD_RE.search(lead):
            return start + len(b.text[start : b.cues.starts[k]].rsplit(",", 1)[0])
    return end


def _before_trailing_source(table: LatinTable, text: str, start: int, end: int) -> int:
    """Where a reported clause stops before a source word and its source set off by a comma at its end ("… este
    año, según recoge Europa Press", "…, selon l'AFP"), or before a verb of saying there, its subject after it or
    left out ("…, ha aggiunto.", "…, a-t-il ajouté"): who passed the report on is no part of what was said."""
    pattern = _INVERTED_TAG_RE if table.language == "fr" else None  # "…, a-t-il ajouté": checked first
    comma = text.rfind(", ", start, end)
    m = pattern.match(text, comma + 2, end) if pattern is not None and comma > start else None
    if m is None:
        pattern = source_re(table)
        m = pattern.match(text, comma + 2, end) if pattern is not None and comma > start else None
    if m is None and comma > start and not table.subject_first:  # "…, ha aggiunto.", "…, ha spiegato il sindaco."
        m = ending_verb_re(table).match(text, comma, end)
    if m is None or len(text[m.end() : end].split()) > _TRAILING_SOURCE_WORDS:
        return end
    return comma


_TRAILING_SOURCE_WORDS = 6  # "según recoge la agencia Europa Press"
# a French verb and its subject pronoun after it, set off at a report's end ("…, a-t-il ajouté", "…, précise-t-elle",
# "…, a-t-on appris auprès de la mairie"): the reporting clause, no part of what was said
_INVERTED_TAG_RE = re.compile(
    r"(?<![^\W\d_])(?:a-t-(?:il|elle|on) [^\W\d_]++|[^\W\d_]++-t-(?:il|elle|on)|[^\W\d_]++-(?:il|elle|ils|elles))"
    r"(?=[\s,.;]|$)"
)


@cache
def _second_predicate_re(table: LatinTable) -> re.Pattern[str] | None:
    if not table.auxiliaries or not table.participle_endings:
        return None
    auxiliaries = "|".join(sorted(table.auxiliaries, key=len, reverse=True))
    endings = "|".join(table.participle_endings)
    return re.compile(rf", ([^\W\d_]+) (?:{auxiliaries}) [^\W\d_]+(?:{endings})\b")


_COMMA_WORD_RE = re.compile(r", [^\W\d_]+ $")
_LEAD_CHARS = 20


def _past_adverbs(table: LatinTable, text: str, pos: int, e: int) -> int:
    """Where the words after a verb go on past up to two adverbs ("defendió además que"): the end of the last."""
    for _ in range(ADVERBS_AFTER_CUE):
        m = _WORD_RE.match(text, pos, e)
        if m is None:
            break
        lead = m.group(1) in table.determiners or m.group(1) in table.weekday_leads
        day = _WORD_RE.match(text, m.end(), e) if lead else None
        if day is not None and day.group(1) in LATIN_WEEKDAYS:
            m = day  # ("aseguró el martes que", "ha asegurado este lunes que": a weekday and its article)
        elif not is_adverb(table, m.group(1)) and m.group(1) not in LATIN_WEEKDAYS:
            break  # ("a assuré mardi que": a weekday stands where an adverb of time does)
        pos = m.end()
    return pos


def _past_told(table: LatinTable, text: str, pos: int, e: int) -> int:
    """Where the words after a verb go on past whom it was told, when the conjunction follows ("explicó a los
    periodistas que", "a déclaré à l'AFP que", "disse à Lusa que"): the space before the conjunction; else ``pos``."""
    after = past_listener(table, text, pos + 1, e) if table.listeners and text[pos : pos + 1] == " " else None
    if after is None or text[after - 1 : after] != " ":
        return pos
    return after - 1 if _word_at(text, after) in table.that else pos


def _word_at(text: str, at: int) -> str:
    """The word at ``at`` in lower case, read in the few characters a conjunction of a table takes."""
    return text[at : at + _THAT_CHARS].split(" ", 1)[0].lower()


_WORD_RE = re.compile(r" (\w+)(?= )")
_THAT_CHARS = 8  # enough for any conjunction of a table ("qu’", "que", "che", "dass")
