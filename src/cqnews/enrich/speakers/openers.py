"""What opens an English clause without being its subject, for the subject readers of :mod:`.phrases`.

An introductory phrase ("In a Fox interview later that day, Smith went further:"), a name just
after an opening quote mark (a title: "Morning Joe"), an owner ("New Jersey’s governor") and an
object set off by commas ("the crackdown on his party, Pakistan Tehreek-e-Insaf (PTI), stating")
stand at a clause's start but never speak. Each test looks at a few tokens: constant cost.
"""

from __future__ import annotations

from ...lexicon.en import PREPOSITIONS, SENTENCE_ADVERBS, SUBORDINATORS, TIME_DETERMINERS, TIME_WORDS
from ...lexicon.speaker_phrases_en import ARTICLES, STRAIGHT_QUOTE_MARKS
from .name_words_en import is_name_word, name_run_end
from .tokens import POSSESSIVE, PUNCT, Tok


def introduces(tok: Tok, nxt: Tok | None, opening: bool = True) -> bool:
    """Does ``tok``, opening a sentence, start an introductory phrase: a preposition ("In", "During"),
    a subordinator ("When", "Although") or a participle before a preposition or an article ("Appearing
    before", "Speaking to the")? ``opening``: the sentence's first word, so capitalised."""
    if opening and not tok.cap:
        return False
    if tok.low in PREPOSITIONS and tok.low != "of" or tok.low in SUBORDINATORS:
        return True  # ("When Trump suggested …, Rubio fired back:": a subordinate clause introduces too)
    return tok.low.endswith("ing") and nxt is not None and (nxt.low in PREPOSITIONS or nxt.low in ARTICLES)


def adverb_and_comma(toks: list[Tok], k: int) -> bool:
    """Do ``toks[k]`` and the token after it hold a sentence adverb and its comma ("Now, …", "Finally, …")?"""
    return k + 1 < len(toks) and toks[k].low in SENTENCE_ADVERBS and toks[k + 1].text == ","


def past_sentence_adverb(toks: list[Tok]) -> int:
    """Where the subject starts after an adverb opening the sentence and its comma ("Now the campaign is
    insisting", "Finally, the senator is arguing"; "Earlier this week, …" with its time phrase): the index past
    them, 0 when the tokens open otherwise. (:func:`adverb_and_comma` is the same reader where the comma is
    required; ``np.description`` drops such adverbs from a phrase read backwards.)"""
    if len(toks) < 2 or toks[0].low not in SENTENCE_ADVERBS:
        return 0
    skip = 1
    while skip < len(toks) - 1 and (toks[skip].low in TIME_WORDS or toks[skip].low in TIME_DETERMINERS):
        skip += 1  # "Earlier this week, senior Democrats wrote": the time phrase up to its comma too
    if skip > 1 and toks[skip].text != ",":
        return 0  # ("Earlier this week senior Democrats …": no comma, the phrase's end unknown)
    skip += toks[skip].text == ","
    return skip if len(toks) > skip else 0


def skip_introduction(toks: list[Tok], first: int) -> int:
    """Where the clause starting at ``toks[first]`` has its subject: after the comma closing an
    introductory phrase ("In a Fox interview later that day, Trump went further:"), else ``first``."""
    adverb = first + 2 < len(toks) and adverb_and_comma(toks, first)
    if adverb:
        first += 2  # "Now, after the vote, his team is suggesting": the adverb and its comma first
    if first + 1 >= len(toks) or not introduces(toks[first], toks[first + 1], opening=not adverb):
        return first
    for k in range(first + 1, len(toks)):
        if toks[k].text == ",":
            return k + 1
        if toks[k].text in PUNCT:
            break
    return first


def quoted_title(text: str, toks: list[Tok], k: int) -> bool:
    """Does a straight quote mark open right before ``toks[k]`` (the show "Morning Joe," the ad
    "Dangerous")? A name inside quote marks is a title or a phrase, not a speaker."""
    if k == 0:
        return False
    mark = toks[k - 1]
    return mark.text in STRAIGHT_QUOTE_MARKS and mark.end == toks[k].start and text[mark.start - 1 : mark.start] == " "


def owner_only(toks: list[Tok], k: int) -> bool:
    """Is the name run at ``toks[k]`` an owner ("New Jersey’s sitting governor"), the possessive
    closing it and a lower-case word after?"""
    end = k
    while end < len(toks) and is_name_word(toks[end]) and not toks[end].text.endswith(POSSESSIVE):
        end += 1
    if end >= len(toks) or not toks[end].text.endswith(POSSESSIVE) or end + 1 >= len(toks):
        return False
    return not toks[end + 1].cap and toks[end + 1].text.isalpha()


def appositive_object(toks: list[Tok], k: int) -> bool:
    """Is the name run at ``toks[k]`` set off by commas after a preposition (an object, not a subject)?"""
    if k < 2 or toks[k - 1].text != "," or not any(t.low in PREPOSITIONS for t in toks[max(0, k - 5) : k - 1]):
        return False
    after = name_run_end(toks, k)
    return after > k and (after == len(toks) or toks[after].text in PUNCT)
