"""English direct quotes: the speaker and cue of a quoted span ("…,” Smith said", "X said: “…”", a fragment
X is reported to say), and what makes a quoted span a title or a term instead.
"""

from __future__ import annotations

import bisect
import re

from ...lexicon import quote_patterns as P
from ...lexicon.en import PREPOSITIONS
from ...lexicon.punctuation import SENTENCE_ENDS
from ...lexicon.reporting_en import COORDINATED_VERB_ADVERBS, CUE_COORDINATORS, TELLING_CUES
from ..speakers.colon_en import colon_subject
from ..speakers.phrases import (
    Who,
    en_subject_before,
    participle_subject,
)
from ..speakers.subject_after import en_subject_after
from .quoted_as_en import quoted_as_saying
from .spans import Span
from .text import MAIN_CLAUSE_RE, NEAR, BlockView, blank, char_before, ends_block, opens_subordinate


def en_owned_call(b: BlockView, sp: Span, s: int) -> tuple[Who, str] | None:
    """The owner of a noun of speech right before the quote ("the city government’s calling to “…”",
    "Smith’s plea for “…”") and that noun."""
    text = b.text
    m = P.EN_OWNED_CALL_RE.search(text, max(s, sp.open - 40), sp.open)
    if m is None:
        return None
    who = en_subject_before(b.reader, s, m.start())
    if who is None:
        return None
    if who.kind == "desc":  # "in response to the city government": the noun phrase after the last preposition
        words = who.mention.split(" ")
        k = max((i + 1 for i, w in enumerate(words) if w.lower() in PREPOSITIONS), default=0)
        if k >= len(words):
            return None
        mention = " ".join(words[k:])
        who = Who(mention, "org", start=m.start() - len(mention))
    return who, text[m.start() : m.end()].split(" ")[1]


_NEARBY = 300


def en_nearby(b: BlockView, sp: Span) -> tuple[Who | None, str | None]:
    """The speaker reported by the nearest cue after, else before, a quoted fragment."""
    text, cues = b.text, b.cues
    if _determined_term(text, sp) and not cues.between(*b.sentences.around(sp.open)):
        return None, None  # "playing the “fire challenge,” other trends": a term, no one's words
    end = sp.end if sp.close is None else sp.close + 1
    after = cues.between(end, min(len(text), end + _NEARBY))[:3]
    before = cues.last(max(0, sp.open - _NEARBY), sp.open)[:3]
    for k in [*after, *before]:
        who = _subject_of_cue(b, k)
        if who is not None:
            return who, cues.words[k]
    return None, None


def _determined_term(text: str, sp: Span) -> bool:
    """Is the quoted fragment a short lower-case term a determiner opens after a verb ("playing the “fire
    challenge,”", "signed a “dissent channel” memo"), not a word of judgement or a name given after a verb of being
    or naming or a preposition ("is a “disgrace”", "called it a “sham”", "a call for a “revolution”")?"""
    inner = text[sp.start : sp.end]
    lead = text[max(0, sp.open - _TERM_LEAD_REACH) : sp.open].split()
    if len(lead) < 2 or lead[-1].lower() not in P.EN_TERM_DETERMINERS:
        return False
    before = lead[-2].lower()
    if before in P.EN_JUDGEMENT_LEADS or before in PREPOSITIONS:
        return False
    return inner[:1].islower() and len(inner.split()) <= _TERM_WORDS


_TERM_LEAD_REACH = 30
_TERM_WORDS = 4


def _subject_of_cue(b: BlockView, k: int) -> Who | None:
    text, cues = b.text, b.cues
    c, c_end, word = cues.starts[k], cues.ends[k], cues.words[k]
    if negated(text, c) or word in P.EN_STANCE_CUES:
        return None
    s, e = b.sentences.around(c)
    if word == "according to":
        return en_subject_after(text, c_end, e)
    if P.EN_CUES[word]:
        return participle_subject(text, s, c)
    who = en_subject_before(b.reader, s, c)
    if who is None and char_before(text, s, c) == "," and word not in P.EN_OBJECT_CUES:
        who = en_subject_after(text, c_end, e)
    return who


def en_is_title(text: str, sp: Span) -> bool:
    """Names of works and terms: title-cased or introduced by "called", "dubbed" …"""
    before = text[max(0, sp.open - 12) : sp.open]
    lead = before.rstrip().rsplit(" ", 1)[-1].lower()
    if lead in P.EN_TITLE_LEADS:
        return True
    inner = text[sp.start : sp.end]
    words = inner.split()
    if len(words) == 1 and _lone_name(inner, before):
        return True  # the video game “Valheim.”, a meme from “Valheim.”
    if not 1 < len(words) <= 10:
        return False
    if inner[-1:] in ".," and len(words) <= _TITLE_WORDS and "," not in inner[:-1]:
        # “Meet the Press.”, “Fox & Friends,”: the sentence's punctuation inside the marks of a name
        # every word of which is capitalised or a small word of titles (not “Absolutely not.”)
        return all(w[:1].isupper() or w in P.EN_TITLE_SMALL_WORDS for w in inner[:-1].split())
    if inner[-1:] in ".,!?;:":
        return False
    major = [w for w in words if len(w) > 3]
    return bool(major) and all(w[:1].isupper() for w in major) and words[0][:1].isupper()


# The longest title of a work written with the sentence's comma or full stop inside its quote marks.
_TITLE_WORDS = 6


def _lone_name(inner: str, before: str) -> bool:
    """A single capitalised word after a lower-case noun or preposition ("the video game “Valheim.”")
    names something; after a cue, a colon or a comma it may be a one-word answer (“Absolutely.”)."""
    word = inner.rstrip(".,!?")
    lead = before.rstrip().rsplit(" ", 1)[-1]
    return (
        word[:1].isupper()
        and word[1:].islower()
        and word.isalpha()
        and lead.isalpha()
        and lead.islower()
        and lead not in P.EN_CUES
    )


def en_attribution(b: BlockView, sp: Span, s: int, e: int) -> tuple[Who | None, str | None]:
    """The speaker and cue of the quote at ``sp`` in the sentence [s, e): after the quote first,
    then before it, then the subject of a clause ending in a colon."""
    text, cues = b.text, b.cues
    if sp.close is not None:
        after = _en_after(b, sp.close + 1, e)
        if after[1] is not None and after[0] is not None and after[0].kind in ("org", "desc"):
            before = _en_before(b, sp.open, s)
            k = cues.last(s, sp.open)[:1]
            adjacent = bool(k) and text[cues.ends[k[0]] : sp.open].strip(" ,:") == ""
            if adjacent and before[0] is not None and before[0].kind in ("person", "pronoun"):
                return before  # "he said, “…,” the prosecutor’s office said": the words are his
        if after[1] is not None:
            return after
        signed = _dash_signature(b.text, sp.close + 1)
        if signed is not None:
            return signed, None
        if e <= sp.close + 1:
            closing = _closing_sentence(b, sp.close + 1)
            if closing[0] is not None:
                return closing
    return _en_lead(b, sp, s)


# A dash and a name ending the block after a quote: the quote's signature ("“…” - Governor Ann Lee").
_DASH_SIGNATURE_RE = re.compile(r"[,.!?]? +[-—–] +(?=[A-Z])")
_SIGNATURE_WORDS = 8
_SIGNATURE_CHARS = 240  # eight words and the dots or spaces after them


def _dash_signature(text: str, lo: int) -> Who | None:
    """The person or body that signs a quote with a dash and a name ending the block ("“This is a great day for
    Ibadan” - Governor Ann Lee", "“…” — Acme Corp"): nothing else follows the quote."""
    m = _DASH_SIGNATURE_RE.match(text, lo)
    # The signature ends the block: a longer rest is no signature, and the check reads only that rest (stripping
    # the whole block once per quote made a block of many quotes quadratic).
    if m is None or len(text) - m.end() > _SIGNATURE_CHARS:
        return None
    end = m.end() + len(text[m.end() :].rstrip(" .\n"))
    if len(text[m.end() : end].split()) > _SIGNATURE_WORDS:
        return None
    who = en_subject_after(text, m.end(), end)
    if who is None or who.kind not in ("person", "org") or who.start != m.end():
        return None
    return who


def _en_lead(b: BlockView, sp: Span, s: int) -> tuple[Who | None, str | None]:
    """The speaker named before the quote: by a cue, by a phrase that lends it the quote ("In the words
    of X, “…”"), or as the subject of a clause ending in a colon."""
    text = b.text
    before = _en_before(b, sp.open, s)
    if before[0] is None and char_before(text, s, sp.open) == ",":
        lent = _words_of(text, s, sp.open)  # "In the words of X, “…”", "In X's words, “…”"
        if lent is not None:
            return lent, None
    if before[0] is None and char_before(text, s, sp.open) in (",", ":"):
        split = _split_attribution(b, sp)  # "“…,” Berg said, “but we will try.”": the words go on
        if split[0] is not None:
            return split
    if before[1] is None and char_before(text, s, sp.open) == ":":
        who = colon_subject(text, s, text.rfind(":", s, sp.open))  # "But neighbour Zibulka picks up the story: “…”"
        if who is not None:
            return who, None
    return before


def _split_attribution(b: BlockView, sp: Span) -> tuple[Who | None, str | None]:
    """The speaker of a quote split by its attribution ("“I don’t know,” Berg said, “but we will try.”",
    "“…,” said Berg, “…”"): the attribution after the quote just before, when only it stands between them."""
    k = bisect.bisect_left([other.open for other in b.spans], sp.open)
    previous = b.spans[k - 1] if k else None
    if previous is None or previous.close is None or sp.open - previous.close > NEAR:
        return None, None
    gap = b.text[previous.close + 1 : sp.open]
    if "\n" in gap or any(mark in gap for mark in SENTENCE_ENDS):
        return None, None  # another sentence between them: the second quote is not the first one's rest
    return _en_after(b, previous.close + 1, sp.open)


_CLOSING_WORDS = 5
_WORDS_OF_REACH = 80


def _words_of(text: str, s: int, o: int) -> Who | None:
    """The speaker a phrase right before the quote lends it to: "In the words of X, “…”", "To quote X,
    “…”", "In X's own words, “…”" (the phrase ends at the comma before the quote)."""
    lo = max(s, o - _WORDS_OF_REACH)
    comma = text.rfind(",", lo, o)
    owned = P.EN_OWNED_WORDS_RE.search(text, lo, o)
    if owned is not None:
        return en_subject_after(text, owned.start(1), owned.end(1))
    m = P.EN_WORDS_OF_RE.search(text, lo, o)
    return en_subject_after(text, m.end(), comma) if m is not None and comma > m.end() else None


def _closing_sentence(b: BlockView, lo: int) -> tuple[Who | None, str | None]:
    """ "“… are missing.” Trump said.": a quote that ends its own sentence, then a short sentence of a
    subject and a cue alone (no clause of its own) that attributes it."""
    text = b.text
    start = lo + len(text[lo : lo + 4]) - len(text[lo : lo + 4].lstrip())
    if start >= len(text) or text[start] in P.OPENERS:
        return None, None
    _, e = b.sentences.around(start)
    if len(text[start:e].split()) > _CLOSING_WORDS or text[e - 1 : e] != ".":
        return None, None
    who, cue = _en_after(b, lo, e)
    return (who, cue) if who is not None and who.kind in ("person", "pronoun", "org") else (None, None)


def _en_after(b: BlockView, lo: int, e: int) -> tuple[Who | None, str | None]:
    """ "…,” said X" / "…,” X, role, said" / "…,” he told reporters" / "…,” Connolly began" / "…,” came
    the reply from X"."""
    text, cues = b.text, b.cues
    reply = P.EN_CAME_REPLY_RE.match(text, lo, min(e, lo + NEAR))
    if reply is not None:  # "“…,” came the reply from Senator Roe."
        return en_subject_after(text, reply.end(), e), reply.group(1)
    m = P.EN_AFTER_QUOTE_RE.match(text, lo, min(e, lo + NEAR))
    if m is not None:  # a verb that reports only right after a quote
        who = en_subject_before(b.reader, lo, m.start(1))
        if who is not None and who.kind in ("person", "pronoun"):
            return who, m.group(1)
    for k in cues.between(lo, min(e, lo + _after_reach(text, lo))):
        gap = text[lo : cues.starts[k]]
        if any(mark in gap for mark in P.OPENERS):
            break
        word = cues.words[k]
        if word in P.EN_STANCE_CUES:
            continue
        if word == "according to":
            return en_subject_after(text, cues.ends[k], e), word
        if gap.strip(" ,.—–") == "":
            return en_subject_after(text, cues.ends[k], e), word
        who = _subject_before_cue(b, lo, cues.starts[k], word)
        if who is not None:
            return who, word
        break
    return None, None


def _subject_before_cue(b: BlockView, lo: int, cue: int, word: str) -> Who | None:
    """The subject of the cue ``word`` at ``cue`` after the quote ending at ``lo``; after "quoted X as" the one
    quoted ("“…,” Xinhua quoted Wang Wei as saying.")."""
    quoted = quoted_as_saying(b, lo, cue) if word == "saying" else None
    who = quoted if quoted is not None else en_subject_before(b.reader, lo, cue)
    return who if who is not None else _subject_before_bracket(b, lo, cue)


_BRACKET_WORDS = 4


def _subject_before_bracket(b: BlockView, lo: int, cue: int) -> Who | None:
    """The subject before a short aside in brackets right before the cue ("“…,” Ann Lee (pictured) said", "…, the
    mayor (left) said"): the words before the bracket, as if it were not there."""
    text = b.text
    end = len(text[:cue].rstrip())
    if text[end - 1 : end] != ")":
        return None
    opening = text.rfind("(", lo, end)
    if opening <= lo or len(text[opening:end].split()) > _BRACKET_WORDS or "(" in text[opening + 1 : end]:
        return None
    return en_subject_before(b.reader, lo, len(text[:opening].rstrip()))


# How far after a quote its cue may stand when a name and a comma open what follows ("…,” Trump, the
# front-runner nationally and the polling leader in the state after winning two primaries, said).
_APPOSITION_REACH = 240


def _after_reach(text: str, lo: int) -> int:
    """How far after the quote ending at ``lo`` to look for its cue: farther when an appositive set off
    by a comma follows a capitalised name right after the quote."""
    m = _NAME_COMMA_RE.match(text, lo)
    return _APPOSITION_REACH if m is not None else NEAR


_NAME_COMMA_RE = re.compile(r"[,”\"' ]{0,3}(?:[A-Z][\w'’\-.]* ){0,3}[A-Z][\w'’\-]*, ")


def _en_before(b: BlockView, o: int, s: int) -> tuple[Who | None, str | None]:
    """ "X said: “…”", "according to X, “…”", and fragments: "X said the plan was “bold”"."""
    text, cues = b.text, b.cues
    for k in cues.last(s, o):
        word = cues.words[k]
        if negated(text, cues.starts[k]):
            return None, None
        if opens_subordinate(text, s) and MAIN_CLAUSE_RE.search(text, cues.ends[k], o) is not None:
            continue  # "When Trump suggested that …, Rubio fired back: “…”": the subordinate clause's cue
        if word in P.EN_STANCE_CUES:
            continue
        if word == "according to":
            return en_subject_after(text, cues.ends[k], o), word
        if P.EN_CUES.get(word, False):
            return _participle_speaker(b, s, cues.starts[k], word), word
        who = en_subject_before(b.reader, s, cues.starts[k])
        after = word not in P.EN_OBJECT_CUES and word not in TELLING_CUES  # (not "…, told officers: “…”")
        if who is None and text[cues.starts[k] - 2 : cues.starts[k]] == ", " and after:
            who = en_subject_after(text, cues.ends[k], o)
        if who is None and after_coordinator(text, cues.starts[k]):
            who = _coordinated_subject(text, s, cues.starts[k])
        if who is not None:
            return who, word
    return None, None


def _participle_speaker(b: BlockView, s: int, cue: int, word: str) -> Who | None:
    """The speaker of a quote after a participle cue: the sentence's subject, or the one quoted after "quoted X as
    saying" ("Xinhua quoted Wang Wei as saying: “…”")."""
    quoted = quoted_as_saying(b, s, cue) if word == "saying" else None
    return quoted if quoted is not None else participle_subject(b.text, s, cue)




def after_coordinator(text: str, c: int) -> bool:
    """Is the cue at ``c`` the second verb of a coordination ("… and said", "…, but added", "then urged")?
    Not "then" after a subject pronoun ("said he then announced"): the adverb of that pronoun's own verb."""
    before = text[max(0, c - 28) : c].split()
    if len(before) > 1 and _coordinated_adverb(before[-1]) and before[-2].lower() in ("and", "but"):
        return True  # "…, but later acknowledged", "and also noted": an adverb of the second verb between
    if not before or before[-1].lower() not in CUE_COORDINATORS:
        return False
    return before[-1].lower() != "then" or len(before) < 2 or before[-2].lower() not in P.EN_PRONOUNS


def _coordinated_adverb(word: str) -> bool:
    return word in COORDINATED_VERB_ADVERBS or word.islower() and len(word) > 5 and word.endswith("ly")


def _coordinated_subject(text: str, s: int, c: int) -> Who | None:
    """Who speaks with a coordinated cue: the subject of the sentence's first verb, a name or a pronoun
    ("Tom Ruiz walked to the podium and said: “…”")."""
    who = participle_subject(text, s, c)
    return who if who is not None and who.kind in ("person", "pronoun") else None


def negated(text: str, cue_start: int) -> bool:
    """Is the cue at ``cue_start`` negated ("did not say", "declined to comment")? Only words after the last
    punctuation mark count: "The plan did not work, Hale said." negates the clause, not the saying."""
    window = _LAST_CLAUSE_RE.split(text[max(0, cue_start - 24) : cue_start])[-1]
    words = window.lower().replace("’", "'").split()[-3:]
    return any(w in P.EN_NEGATIONS or w.endswith("n't") for w in words)


_LAST_CLAUSE_RE = re.compile(r"[,;:.!?—–()“”\"]")


def en_speech_like(text: str, sp: Span, s: int) -> bool:
    """Long enough and sentence-shaped to be speech even without a named speaker, and not embedded
    mid-sentence (a slogan or a term)."""
    if char_before(text, s, sp.open) not in ("", ":", "："):
        return False
    whole = blank(text, 0, sp.open) and (sp.close is None or ends_block(text, sp.close + 1))
    inner = text[sp.start : sp.end]
    return len(inner.split()) >= 6 and (whole or inner[-1:] in ".!?,")


def en_is_term(inner: str) -> bool:
    """A short quoted phrase without final punctuation heading its sentence: a term, not speech."""
    return len(inner.split()) < 3 and inner[-1:] not in ".!?,"
