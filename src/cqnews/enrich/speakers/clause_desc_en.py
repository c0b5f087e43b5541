"""An English description that is a clause, not a noun phrase, read down to the clause's subject.

The description reader takes the lower-case words before a cue as a noun phrase ("a bureau spokesman",
"party leaders"). Before a cue that is no reporting verb (a purpose infinitive, a participle: "Brandon
Darby will come on the program to discuss …", "Mrs. Clinton devotes her speech to praising …") those
words are often the rest of a clause whose subject opens it:

- a clause opened by a name and a word of a predicate after the name ("Mrs. Clinton devotes much of her
  speech", "Radio host Rush Limbaugh used his platform", "Lee just starts") is the name's: the subject is
  read up to the last name word that such a word follows (an auxiliary, a verb in -ed, an irregular past
  form, an adverb in -ly, a verb in -s before an object: not "Lee aides", not "the Lee family", not a
  name after a determiner or a preposition), and only a person or an organisation is taken;
- a clause opened by a subject pronoun ("he was leaning toward") is the pronoun's.

>>> from cqnews.enrich.speakers.token_reader import TokenReader
>>> from cqnews.enrich.speakers.tokens import Who
>>> text = "Mrs. Clinton devotes her speech to praising the plan."
>>> clause_subject(TokenReader(text), Who(text[:31], "desc", role=text[:31], start=0)).mention
'Clinton'
"""

from __future__ import annotations

from ...lexicon import attribution_en as A
from ...lexicon import quote_patterns as P
from ...lexicon.en import DETERMINERS, PREPOSITIONS
from ...lexicon.reporting_en import IRREGULAR_PAST
from ...lexicon.speaker_phrases_en import PHRASE_JOINERS
from .name_words_en import is_name_word
from .phrases import en_subject_before
from .token_reader import TokenReader, tokens
from .tokens import Tok, Who

__all__ = ["clause_subject"]

# Words before a name that make it part of a phrase ("of the Lee family", "with Lee").
_PHRASE_WORDS = PREPOSITIONS | PHRASE_JOINERS


def clause_subject(reader: TokenReader, who: Who) -> Who | None:
    """The subject opening the description (or organisation) ``who`` when it is a clause; None otherwise."""
    if who.kind not in ("desc", "org"):
        return None
    text = reader.text
    toks = tokens(text, who.start, who.start + len(who.mention))
    if len(toks) < 2:
        return None
    first = toks[0]
    if first.low in P.EN_PRONOUNS and first.low != "it":
        return Who(first.text, "pronoun", start=first.start, gender=P.EN_PRONOUNS[first.low])
    cut = _predicate_start(toks)
    if cut is None:
        return None
    read = en_subject_before(reader, who.start, toks[cut - 1].end)
    return read if read is not None and read.kind in ("person", "org") else None


def _predicate_start(toks: list[Tok]) -> int | None:
    """The index of the last word opening a predicate right after a name word, when the name's run does
    not open with or follow a determiner or a preposition; None when there is none."""
    for k in range(len(toks) - 1, 0, -1):
        if not is_name_word(toks[k - 1]) or not _opens_predicate(toks, k):
            continue
        run = k - 1
        while run > 0 and is_name_word(toks[run - 1]):
            run -= 1
        if toks[run].low in DETERMINERS or run > 0 and toks[run - 1].low in _PHRASE_WORDS:
            return None  # "All the more", "talks with Lee just": no subject opens the clause
        return k
    return None


def _opens_predicate(toks: list[Tok], k: int) -> bool:
    """Is the lower-case word ``toks[k]`` one a predicate opens with ("will", "devotes her", "used", "just")?"""
    word = toks[k].text
    if not word.isalpha() or not word.islower():
        return False
    low = toks[k].low
    if low in A.AUXILIARIES or low in A.VERBS_BEFORE_CUE or low in A.PREDICATE_ADVERBS or low in IRREGULAR_PAST:
        return True
    if low.endswith(("ed", "ly")):
        return True
    return low.endswith("s") and not low.endswith("ss") and k + 1 < len(toks) and toks[k + 1].low in A.OBJECT_LEADS
