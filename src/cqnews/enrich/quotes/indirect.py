"""English reported speech: "X said (that) …", "…, X said.", "according to X, …", "X urged A, and warned B"."""

from __future__ import annotations

import bisect
import re

from ...lexicon import quote_patterns as P
from ...lexicon.en import COORDINATORS
from ...lexicon.reporting_en import (
    AS_CLAUSE_CUES,
    BEFORE_INFINITIVE_CUES,
    CUE_COORDINATORS,
    EVALUATION_CUES,
    EVIDENCE_CUES,
    EVIDENCE_LEAD_RE,
    EVIDENCE_THINGS,
    INDIRECT_NOUN_FIRST_CUES,
    INTERVIEW_LABELS,
    INVERTED_LISTENER_CUES,
    LISTENER_OBJECT_CUES,
    TAIL_TIME_WORDS,
    WRITER_GERUND_LEADS,
)
from ...models import QuoteKind
from ..dateline import dateline_end
from ..speakers.phrases import Who, opening_participle_subject, participle_subject
from .according_en import according
from .clause_en import clause_after, own_clause_follows
from .closing_en import (
    adverbial_tail,
    closes_quote_attribution,
    compared_with_noun,
    going_on,
    may_close_sentence,
    quote_inside_clause,
)
from .cue_subject_en import cue_subject, subject_aside
from .cues import noun_form_is_verb
from .direct_en import after_coordinator, negated
from .gaps_en import counted_subject, past_aside, past_parenthesis
from .inverted_en import named_after, unnamed_or_inverted
from .labels_en import label_claim, noun_reports
from .lead_en import clause_before, clause_with_fragment, holds_verb, subject_phrase_start
from .listener_en import listener_end
from .noun_aside_en import noun_then_subject
from .passive_en import passive_said, passive_told
from .relative_en import relative_clause, within_relative
from .report_stops_en import joins_nouns, opens_noun_subject
from .setoff_en import continues, set_off_start
from .spans import Span
from .text import (
    MAIN_CLAUSE_RE,
    MAX_CLAUSE,
    MAX_LOOKBACK,
    MIN_CLAUSE,
    WORD_RE,
    BlockView,
    Found,
    Inside,
    char_after,
    char_before,
    mostly_quoted,
    opens_subordinate,
    overlaps_kept,
    trim_clause,
)

_CUES_PER_CHECK = 64  # cues read between two looks at the deadline


def indirect_en(b: BlockView) -> list[Found]:
    """The reported clauses of an English block, each with its speaker as written, in text order."""
    text, spans, cues = b.text, b.spans, b.cues
    found: list[Found] = []
    starts = [sp.start for sp in spans]
    previous: Found | None = None
    # Exact only where no noun report can be added later and no cue is coordinated ("… and said"):
    # a clause returned without its speaker could otherwise become the "previous" one of a later cue.
    reports = noun_reports(text)
    kept = _KeptClause(not reports and not any(after_coordinator(text, c) for c in cues.starts))
    for k in range(len(cues.starts)):
        if k % _CUES_PER_CHECK == _CUES_PER_CHECK - 1 and b.deadline.expired():
            break  # a cue's clause may reach over the whole sentence: one long sentence of cues is quadratic
        if negated(text, cues.starts[k]) or _before_infinitive(text, cues.ends[k], cues.words[k]):
            continue
        if _writer_aside(text, cues.starts[k], cues.words[k]) or _evidence_subject(text, cues.starts[k], cues.words[k]):
            continue
        if cues.words[k] in INDIRECT_NOUN_FIRST_CUES and not noun_form_is_verb(text, cues.starts[k], cues.ends[k]):
            continue  # "Lee's comments on the plan": a noun, no report
        f = _cue_clause(b, k, previous, kept)
        if f is not None and f.end - f.start <= MAX_CLAUSE and not _only_quoted(f, spans, starts, text):
            found.append(f)
            previous = f
            kept.add(f)
    found += _noun_report_clauses(b, reports, found, starts)
    found += passive_said(b)
    found += passive_told(b)
    label = label_claim(b, found) if text[:1].isupper() else None
    if label is not None:
        found.append(label)
    found.sort(key=lambda f: f.start)
    if found and found[0].start < _DATELINE_REACH:
        _past_dateline(text, found)
    _past_interview_label(text, found)
    return found


def _past_interview_label(text: str, found: list[Found]) -> None:
    """A clause that opens with the label of an interview's answer or question ("A: I had no choice, he said.")
    begins after the label: "A:" says who answers, it is no part of what was said."""
    for f in found:
        label = next((label for label in INTERVIEW_LABELS if text.startswith(label, f.start)), "")
        if label and f.end - f.start > len(label):
            f.start += len(label)  # (each label's own length: the table may hold labels of any length)


_DATELINE_REACH = 160


def _before_infinitive(text: str, c_end: int, word: str) -> bool:
    """ "But with the new data, he continues to expect a rebound": "continue" before an infinitive is no report
    (nothing before it is what he said)."""
    return word in BEFORE_INFINITIVE_CUES and text.startswith(" to ", c_end)


def _writer_aside(text: str, c: int, word: str) -> bool:
    """ "It's also worth noting that …": a participle cue after "worth" is the writer's aside, no report."""
    if not P.EN_CUES.get(word, False) or text[c - 1 : c] != " ":
        return False
    return text[max(0, c - _GERUND_LEAD_CHARS) : c - 1].rsplit(" ", 1)[-1].lower() in WRITER_GERUND_LEADS


# Characters looked back at for the word before a participle cue ("worth"): a word's length, no clause's.
_GERUND_LEAD_CHARS = 12


def _evidence_subject(text: str, c: int, word: str) -> bool:
    """Is the subject right before a cue of evidence a thing that shows what it shows ("The scan revealed …",
    "Blood tests have shown …", "the footage also showed …")? Nobody's words are reported."""
    if word not in EVIDENCE_CUES:
        return False
    before = EVIDENCE_LEAD_RE.search(text, max(0, c - _EVIDENCE_LEAD_CHARS), c)
    return before is not None and before.group(1).lower() in EVIDENCE_THINGS


_EVIDENCE_LEAD_CHARS = 40  # (characters before the cue the subject's head noun is looked for in)


def _past_dateline(text: str, found: list[Found]) -> None:
    """A clause read from the block's start begins after its dateline ("WASHINGTON (AP) — The economy grew
    …, the department said."): the place and agency the story was filed from are no one's words."""
    end = dateline_end(text)
    for f in found:
        if f.start < end < f.end:
            f.start = end


def _after_dateline(text: str, s: int, c: int) -> int:
    """The start of the sentence ``s`` the cue at ``c`` stands in, past the block's dateline when the sentence holds
    it ("NAIROBI, Jan. 8 (Xinhua) — The minister dismissed a report suggesting …": the subject is "The minister",
    not the place or the month; a month's short form may end no sentence there)."""
    if s >= _DATELINE_REACH:
        return s
    end = dateline_end(text)
    return end if s < end <= c else s


_DATELINE_REACH = 160  # (dateline_end reads the block's first 160 characters)


_SUBJECT_LEADS = frozenset("the a an his her their its this these that those".split())
_NOT_SUBJECT_WORDS = frozenset("as by for to".split())


def _only_quoted(f: Found, spans: list[Span], starts: list[int], text: str) -> bool:
    """Is the clause only a direct quote? Not when a subject of the writer's comes before the quote that
    holds its verb ("said the release of the hostages “gives us hope …”"): the whole clause is reported too."""
    if not mostly_quoted(f, spans, starts, text):
        return False
    k = bisect.bisect_left(starts, f.start)
    if k >= len(spans) or spans[k].start >= f.end:
        return True
    lead = WORD_RE.findall(text, f.start, spans[k].start)
    if len(lead) < 2 or lead[0].lower() not in _SUBJECT_LEADS:
        return True
    if any(ch in text[f.start : spans[k].start] for ch in ",:;"):
        return True  # a colon or comma before the quote introduces it: "a caveat: “…”"
    return any(w in _NOT_SUBJECT_WORDS or w.endswith("ing") for w in lead)  # "described the move as a “…”"


def _cue_clause(b: BlockView, k: int, previous: Found | None, kept: _KeptClause) -> Found | None:
    """The clause cue ``k`` reports, with its speaker: the second verb of a coordination takes the
    first one's speaker ("X emphasised A, and urged B"; "Mpofu adopted … and said none …")."""
    text, cues = b.text, b.cues
    c, c_end, word = cues.starts[k], cues.ends[k], cues.words[k]
    s, e = b.sentences.around(c)
    s = _after_dateline(text, s, c)
    if opens_noun_subject(text, max(0, c - 4), e):
        return None  # "warned of losses and calls for compensation grew louder": a noun, the subject of "grew"
    if previous is not None and previous.start >= s and after_coordinator(text, c):
        joiner = text.rfind("and ", previous.start, c)
        if previous.start < c < previous.end and joins_nouns(text, previous.start, joiner):
            return None  # "said the noise and fears over safety had …": a noun of the report's subject, no verb
        return _coordinated_clause(b, previous, c, c_end, e, word)
    if P.EN_CUES.get(word) and _follows_report(text, previous, s, c):
        clause = clause_after(b, c_end, e, word)  # "X argued that A, asserting that B": B is X's too
        return Found(QuoteKind.INDIRECT, *clause, previous.who, word) if clause and previous else None
    if P.EN_CUES.get(word) is False and after_coordinator(text, c):
        clause, who = clause_after(b, c_end, e, word), participle_subject(text, s, c)
        return Found(QuoteKind.INDIRECT, *clause, who, word) if clause and who else None
    return _in_subordinate(text, s, c, _one_indirect_en(b, s, e, c, c_end, word, kept.last()))


def _in_subordinate(text: str, s: int, c: int, f: Found | None) -> Found | None:
    """ "When Trump suggested that Cuba would sue the U.S., Rubio fired back: “…”": a clause reported
    inside a subordinate clause that opens the sentence ends at the comma before the main clause (its
    subject and verb are the writer's, and a quote after them is not the clause's)."""
    if f is None or f.end <= c:
        return f
    if not opens_subordinate(text, s):
        return f
    m = MAIN_CLAUSE_RE.search(text, max(c, f.start), f.end)
    if m is None:
        return f
    start, end = trim_clause(text, f.start, m.start())
    if not holds_verb(text[start:end]):
        return f  # "When Ghani announced the exchange, he said …": an object, no clause to cut
    return Found(f.kind, start, end, f.who, f.cue, f.span, f.bare)


def _follows_report(text: str, previous: Found | None, s: int, c: int) -> bool:
    """Does the participle cue at ``c`` come right after the comma that ends the clause just reported
    in its sentence ("…, adding that …")? Then it goes on with the same speaker."""
    if previous is None or previous.who is None or previous.start < s:
        return False
    return text[previous.end : c].strip() == ","


def _noun_report_clauses(
    b: BlockView, noun_reports: list[re.Match[str]], found: list[Found], starts: list[int]
) -> list[Found]:
    """ "… after allegations that he had hired …": clauses reported by a noun, nobody named."""
    text, spans = b.text, b.spans
    inside = Inside(spans, len(text))
    out: list[Found] = []
    for m in noun_reports:
        if inside(m.start()) or any(
            f.start <= m.start() < f.end for f in (found[-MAX_LOOKBACK:] + out)[-MAX_LOOKBACK:]
        ):
            continue
        _, e = b.sentences.around(m.start())
        clause = clause_after(b, m.end(1), e, "said")
        if clause:
            noun = m.group(1)
            f = Found(QuoteKind.INDIRECT, *clause, Who(noun, "desc", role=noun, start=m.start()), None)
            if f.end - f.start <= MAX_CLAUSE and not mostly_quoted(f, spans, starts, text):
                out.append(f)
    return out


class _KeptClause:
    """The clause dedupe will keep last, followed while clauses are found in text order, so that a
    clause it is sure to drop need not have its speaker read (a paragraph of thousands of cues
    reporting one overlapping clause after another). ``exact`` is off for a block with a noun report
    or a coordinated cue, and turns off as soon as clauses are found out of text order."""

    __slots__ = ("exact", "kept", "start")

    def __init__(self, exact: bool) -> None:
        self.exact, self.start = exact, -1
        self.kept: Found | None = None

    def last(self) -> Found | None:
        return self.kept if self.exact else None

    def add(self, f: Found) -> None:
        if f.start < self.start:
            self.exact = False
        self.start = f.start
        if not overlaps_kept(f.start, f.end, self.kept):
            self.kept = f


def _coordinated_clause(b: BlockView, previous: Found, c: int, c_end: int, e: int, word: str) -> Found | None:
    """Cut the first clause before the coordination and give the second verb the same speaker."""
    text = b.text
    clause = clause_after(b, c_end, e, word)
    if clause is None and word in EVALUATION_CUES:
        return None  # "why it was popular but derided by critics": a participle of the first clause, no new report
    if previous.start < c < previous.end:
        k = _before_word(text, previous.start, c)  # back over the coordinator itself
        first = text[k:c].split()[:1]
        if first and first[0] not in _COORDINATOR_FORMS:
            k = _before_word(text, previous.start, k)  # an adverb of the verb first ("…, but later noted")
        previous.end = trim_clause(text, previous.start, k)[1]
    if clause is None and word in P.EN_WEAK_CUES:
        clause = trim_clause(text, c_end, e)
    return Found(QuoteKind.INDIRECT, *clause, previous.who, word) if clause and clause[1] > clause[0] else None


_COORDINATOR_FORMS = CUE_COORDINATORS | {w.capitalize() for w in CUE_COORDINATORS}  # ("and", "And")


def _before_word(text: str, lo: int, k: int) -> int:
    """Where the word ending at ``k`` (spaces before ``k`` skipped) starts, not before ``lo``."""
    while k > lo and text[k - 1] == " ":
        k -= 1
    while k > lo and text[k - 1].isalpha():
        k -= 1
    return k


def _one_indirect_en(b: BlockView, s: int, e: int, c: int, c_end: int, word: str, kept: Found | None) -> Found | None:
    """Reported speech around one cue: "X said (that) …", "…, X said.", "according to X, …".
    ``kept``: the clause dedupe will keep last, if known; a clause after the cue that it would drop
    comes back without its speaker read."""
    text = b.text
    if word == "according to":
        return according(text, s, e, c, c_end)
    if P.EN_CUES.get(word, False):  # participle: the sentence subject speaks
        return _participle_report(b, s, e, c, c_end, word)
    if closes_quote_attribution(text, s, e, c, c_end, word) and not quote_inside_clause(b, s, c):
        return None  # "“…,” he said.": the quote is the report, and no clause stands before or after
    clause = clause_after(b, c_end, e, word)
    if clause is None and word in P.EN_LISTENER_CUES:
        c_end = listener_end(text, c_end, e)  # "…, Lee told reporters, which …" closes as "…, Lee said, which …"
    aside = subject_aside(text, s, c)
    inverted = (
        aside is None
        and (text[c - 2 : c] == ", " or text[c - 3 : c] == ", ")
        and word not in P.EN_OBJECT_CUES
        and (word not in LISTENER_OBJECT_CUES or _inverted_listener_cue(text, c_end, e, word))  # not "…, told AFP"
        and word not in P.EN_STANCE_CUES  # "…, and given X, expects Y": no "…, expects Smith"
    )
    if not inverted and _no_subject_needed(text, clause, word, c_end, e, text[max(s, c - _LEAD_REACH) : c]):
        return None
    if clause is not None and not inverted and overlaps_kept(*clause, kept):
        return Found(QuoteKind.INDIRECT, *clause, None, word)  # dropped by dedupe whoever speaks
    if inverted and named_after(b, s, e, c, c_end, clause):
        return unnamed_or_inverted(text, s, e, c, c_end, word, None, inverted)
    who = cue_subject(b, s, c, word, aside)
    if who is not None:
        return _subject_clause(b, s, e, c_end, word, who, clause)
    return (
        relative_clause(b, s, c, word, clause)
        or unnamed_or_inverted(text, s, e, c, c_end, word, clause, inverted)
        or past_parenthesis(b, s, c, word, clause)
        or past_aside(b, s, c, word, clause)
        or counted_subject(text, s, c, word, clause)
    )


def _participle_report(b: BlockView, s: int, e: int, c: int, c_end: int, word: str) -> Found | None:
    """The clause after a participle cue ("Smith, noting that …", "…, arguing that …"), reported by the sentence's
    subject: the one the participle hangs on, else the main clause's ("After arguing that A, Ruiz conceded")."""
    clause = clause_after(b, c_end, e, word)
    who = participle_subject(b.text, s, c)
    if who is None and clause:
        who = opening_participle_subject(b.text, s, c, clause[1], e)
    return Found(QuoteKind.INDIRECT, *clause, who, word) if clause and who else None


def _inverted_listener_cue(text: str, c_end: int, e: int, word: str) -> bool:
    """Is a cue that may take a listener inverted after a comma ("…, warned Ann Lee, an economist.")? Only a cue
    of speech (lexicon ``INVERTED_LISTENER_CUES``), with no coordinator before the next comma or the sentence's
    end, opening with a name or a determiner: in "…, warned drivers and set up a diversion" the one warned is
    told, the subject stands before."""
    if word not in INVERTED_LISTENER_CUES:
        return False
    comma = text.find(",", c_end, e)
    words = WORD_RE.findall(text, c_end, comma if comma >= 0 else e)
    if not words or not (words[0][:1].isupper() or words[0] in _SUBJECT_LEADS):
        return False  # "…, warned drivers of delays": a bare noun after the cue is the one warned
    return not any(w.lower() in COORDINATORS or w == "to" for w in words)  # (nor "…, warned Ann to leave")


def _no_subject_needed(text: str, clause: tuple[int, int] | None, word: str, c_end: int, e: int, lead: str) -> bool:
    """Can a cue that is not inverted report nothing whoever its subject is? When no clause follows it
    and none can end before it (a weak cue with a clause of its own after it ends none), or when the clause
    is too long to be one report (dropped anyway)."""
    if clause is None:
        if word in P.EN_WEAK_CUES and own_clause_follows(text, c_end, e):
            return True  # "…, his campaign believes the move has …": no closing cue of the clause before
        return word not in _SHOW_CUES and not may_close_sentence(text, c_end, e, lead, word in LISTENER_OBJECT_CUES)
    return clause[1] - clause[0] > MAX_CLAUSE


def _subject_clause(
    b: BlockView, s: int, e: int, c_end: int, word: str, who: Who, clause: tuple[int, int] | None
) -> Found | None:
    """The clause a named subject reports: after the cue, else before it ("…, X said.")."""
    text = b.text
    if clause is None and word in _SHOW_CUES and who.mention.rsplit(" ", 1)[-1].lower() in P.EN_DOC_HEADS:
        clause = clause_after(b, c_end, e, "said")  # "the budget documents show Sars collected R95bn"
    if clause:
        clause = within_relative(text, s, who.start, clause)
        return Found(QuoteKind.INDIRECT, *clause, who, word)
    lead = text[max(s, who.start - _LEAD_REACH) : who.start]
    if word in P.EN_OBJECT_CUES or not may_close_sentence(text, c_end, e, lead, word in LISTENER_OBJECT_CUES):
        return None  # the cue does not close the sentence: no "…, X said." (nor "A year later, Lee called Ann.")
    preposed = text[max(s, who.start - 3) : who.start].lower() == "as "
    set_off = preposed or char_before(text, s, who.start) == ","  # not "When he agreed, she fled"
    if set_off and continues(text, c_end, e, True):
        # "In a merger, he said, the brand would survive."; "Democrats, Frank notes, applaud …";
        # "As Comey noted, people involved could …" (the report is the sentence around the cue)
        lo = c_end + 1 if preposed else set_off_start(text, s, who.start, c_end, e)
        if lo is not None:
            start, end = trim_clause(text, lo, e)
            return Found(QuoteKind.INDIRECT, start, end, who, word) if end - start >= MIN_CLAUSE else None
    if preposed and word in AS_CLAUSE_CUES and _closing_as(text, s, e, who.start, c_end):
        return clause_before(text, s, who.start - 3, who, word)  # "The plan is dead, as Ellis put it."
    if preposed or (_quote_follows(text, c_end, e) and not _reporting_participle(text, s, who.start)):
        return None  # "In an interview, Smith said: “…”": the quote is the report, not the phrase before
    return _closed_clause(b, s, e, c_end, who, word)


def _closed_clause(b: BlockView, s: int, e: int, c_end: int, who: Who, word: str) -> Found | None:
    """The clause a subject and its cue close ("…, X said."; "… to “cool off,” Lee said."), going on past the cue
    where the sentence does ("…, X said, and …")."""
    text = b.text
    # (a parenthetical cue, "If …, the campaign said, it may …", reports the whole sentence: no lead test)
    found = _clause_before_subject(text, s, e, c_end, who, word)
    if found is None and quote_inside_clause(b, s, who.start):
        found = clause_with_fragment(text, s, who.start, who, word)  # "… to “cool off,” Lee said."
    if found is not None:
        found.end = going_on(text, c_end, e, found.end)
    return found


def _clause_before_subject(text: str, s: int, e: int, c_end: int, who: Who, word: str) -> Found | None:
    """The clause before a subject closing it ("…, X said."); none for a noun ("…, beating analyst estimates.")."""
    closes = _closing_cue(text, c_end, e, word)
    subject = subject_phrase_start(text, s, who.start) if closes else who.start
    if compared_with_noun(text, subject, word) or text.startswith(" by ", c_end):
        return None  # (", a view shared by most councillors": a participle, its noun no subject)
    if noun_then_subject(text, subject, c_end):
        return None  # (", a charge it denies.": the writer's noun and a relative clause on it, no closing cue)
    return clause_before(text, s, subject, who, word, lead=char_after(text, c_end) != ",")


def _closing_cue(text: str, c_end: int, e: int, word: str) -> bool:
    """Does the cue end its sentence ("…, officials said.", "…, the site reported on Monday in a post."), and
    is it no verb taking an object ("…, rapist and killer accused of …")?"""
    if word in P.EN_OBJECT_CUES:
        return False
    tail = WORD_RE.findall(text, c_end, e)
    if all(w in TAIL_TIME_WORDS for w in tail):
        return not text[c_end:e].strip(" .").count(",")
    return adverbial_tail(text, c_end, e)


def _closing_as(text: str, s: int, e: int, subject: int, c_end: int) -> bool:
    """Does "…, as X said." close the sentence, the "as" after a comma and nothing but a full stop after the cue?"""
    return not text[c_end:e].strip(" .!?") and char_before(text, s, subject - 3) == ","


def _reporting_participle(text: str, s: int, subject: int) -> bool:
    """Does the sentence open with a participle reporting a clause ("Noting that only …, Tester added: “…”")?"""
    words = text[s:subject].split(None, 2)
    return len(words) > 1 and words[0].lower().endswith("ing") and words[1].lower() == "that"


def _quote_follows(text: str, c_end: int, e: int) -> bool:
    """Does a quote open right after the cue and a colon ("said: “…”")? (After a comma the quote may go
    on with the clause before: "The economy is strong, Smith said, “and it will grow.”")"""
    k = c_end
    while k < e and text[k] in " :":
        k += 1
    return k < e and text[k] in P.OPENERS and ":" in text[c_end:k]


_LEAD_REACH = 200  # (the text before a cue read for a verb: bounded, so that a long sentence costs no more)


_SHOW_CUES = frozenset("show shows showed shown found finds".split())
