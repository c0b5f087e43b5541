"""English unnamed speakers known by the name they speak for or belong to.

"A spokeswoman for Acme Corp said", "a lawyer for Maria Lopez said", "the family of Amina Yusuf said", "an officer
of Kenya Power said" and "Organisers of the Harbour Lights Festival said" all name someone, but the name is not the
speaker: it is the complement of the noun before "for" or "of". The speaker is the description from that noun to the
name's end ("A spokeswoman for Acme Corp"), with up to two lower-case modifiers and an article before the noun.

Not such a description: an office with its complement ("Minister for Health Ann Cole": the person after it speaks),
the members of a body in the plural ("officials of the Harbour Board": the body speaks through them) and a
capitalised noun inside a sentence ("the Friends of the Earth": a name).

:func:`speaking_for` and :func:`group_of_name` are called by :mod:`.np` on the capitalised run that ends the subject;
both return None for other phrases. Every loop is bounded by a few tokens.
"""

from __future__ import annotations

from collections.abc import Callable

from ...lexicon import quote_patterns as P
from ...lexicon.en import DETERMINERS, SENTENCE_ADVERBS, SOURCE_NOUNS
from ...lexicon.speaker_phrases_en import INDEFINITE_ARTICLES, KIN_BEFORE_OF, NAME_RUN_JOINERS
from .name_runs_en import run_start
from .name_words_en import is_name_word, office_for_name
from .person_role_en import NOT_MODIFIERS, is_modifier
from .tokens import PUNCT, Tok, Who


def group_of_name(text: str, toks: list[Tok], i: int, end: int) -> Who | None:
    """ "Organisers of the Harbour Lights Festival said", "Angry residents of Kilburn Road told": people of a
    group noun, before "of" and the name run at ``toks[i]``, speak; the name (a festival, a street, a club) is the
    group's complement, not the speaker (None for other phrases). Not the members of a body ("officials of the
    Harbour Board"): the body speaks through them."""
    of = _word_before_run(toks, i)
    if of < 1 or not _group_tied(toks, of, end):
        return None
    if toks[of - 1].cap and of > 1 and toks[of - 2].text not in PUNCT:
        return None  # (a capitalised noun inside a sentence is a name's: "the Friends of the Earth")
    return _described_to(text, toks, of, end, is_modifier, opener=True)


# The group nouns but those of a body's members ("officials", "staff") and of documents ("figures", "data")
_GROUPS_OF_A_NAME = P.EN_GROUP_NOUNS - P.EN_MEMBER_NOUNS - P.EN_DOCUMENT_GROUP_NOUNS
_NOT_PEOPLE = P.EN_MEMBER_NOUNS | P.EN_DOCUMENT_GROUP_NOUNS | P.EN_NOT_PEOPLE_PLURALS


def _group_tied(toks: list[Tok], of: int, end: int) -> bool:
    """Is ``toks[of]`` the "of" after a group noun ("Organisers of …"), or the "on", "at" or "in" after a plural
    noun of people before a name ending in a word of a street, a market, an estate or a school ("Shop owners on
    Mill Street", "Traders at Gikomba Market": Session 63)? The people there speak, not the place; before another
    name ("Democrats in Congress") the preposition ties no group of the place. People who are at a place, never its
    voice ("Fans at Old Trafford", "Workers on Lagos Island"), are tied by "at" or "on" to any name."""
    noun, tie = toks[of - 1].low, toks[of].low
    if tie == "of":
        return noun in _GROUPS_OF_A_NAME
    if tie in ("on", "at") and _at_a_place(noun):
        return True
    if tie not in ("on", "at", "in") or toks[end - 1].low not in P.EN_LOCALITY_HEADS:
        return False
    return noun in _GROUPS_OF_A_NAME or len(noun) > 5 and noun.endswith(P.EN_GROUP_ENDINGS) and noun not in _NOT_PEOPLE


def _at_a_place(noun: str) -> bool:
    """Is ``noun`` one of the people at a place, in the plural or the singular ("fans", "a fan at …",
    "eyewitnesses", "an eyewitness at …")?"""
    people = P.EN_PEOPLE_AT_A_PLACE
    return noun in people or f"{noun}s" in people or f"{noun}es" in people


def speaking_for(text: str, toks: list[Tok], i: int, end: int) -> Who | None:
    """ "A spokeswoman for Acme Corp", "a lawyer for Maria Lopez", "the family of Amina Yusuf": an unnamed person
    who speaks for the name after "for" (or the kin of the name after "of"); that name is the role's complement,
    not the speaker (None for other phrases). A name joined by "and" is one ("a spokesman for the Fire and Rescue
    Service")."""
    k = _word_before_run(toks, i)
    speaks_for = k >= 1 and toks[k].low == "for" and toks[k - 1].low.removesuffix("s") in SOURCE_NOUNS
    speaks_for = speaks_for and not office_for_name(toks, k, i, end)
    speaks_for = speaks_for or _one_of_body(toks, k)
    if not speaks_for and not (k >= 1 and toks[k].low == "of" and toks[k - 1].low in KIN_BEFORE_OF):
        return None  # (nor "the family of Amina Yusuf": her family speaks, not she)
    return _described_to(text, toks, k, end, lambda low: low not in NOT_MODIFIERS)


def _one_of_body(toks: list[Tok], k: int) -> bool:
    """Is ``toks[k]`` the "of" after one source noun with an indefinite article ("a senior official of the Ministry
    of Health", "an officer of Kenya Power"): one person of the body, unnamed (its members in the plural speak as
    the body)?"""
    if k < 2 or toks[k].low != "of" or toks[k - 1].low not in SOURCE_NOUNS or not toks[k - 1].text.islower():
        return False
    j = k - 2
    while j > 0 and k - j < 4 and toks[j].text.islower() and toks[j].low not in INDEFINITE_ARTICLES:
        j -= 1
    return toks[j].low in INDEFINITE_ARTICLES


def _word_before_run(toks: list[Tok], i: int) -> int:
    """Where the word before the name run at ``toks[i]`` stands (the "of" or "for" that ties it to a noun), past
    the names "and" joins to it ("the Food and Wine Festival", "the Fire and Rescue Service") and a "the"."""
    while i >= 2 and toks[i - 1].low in NAME_RUN_JOINERS and is_name_word(toks[i - 2]):
        i = run_start(toks, i - 1)
    return i - 2 if i >= 2 and toks[i - 1].low == "the" else i - 1


def _opens_sentence(toks: list[Tok], j: int, modifier: Callable[[str], bool]) -> bool:
    """Is ``toks[j]`` a capitalised word ``modifier`` takes opening its sentence (first, or after a full stop or a
    colon; "Shop", not "But" nor "However")?"""
    opens = j == 0 or toks[j - 1].text in _SENTENCE_ENDS
    low = toks[j].low
    return opens and toks[j].text.istitle() and toks[j].text.isalpha() and modifier(low) and low not in SENTENCE_ADVERBS


_SENTENCE_ENDS = frozenset(".:!?")

_CAPITALISED_OFFICE = 4  # words of a capitalised office before "for"


def _described_to(
    text: str, toks: list[Tok], k: int, end: int, modifier: Callable[[str], bool], opener: bool = False
) -> Who:
    """The description from the noun before ``toks[k]`` to the run's end: before the noun, up to two lower-case
    words ``modifier`` takes and an article ("a senior spokesman for …", "angry residents of …"); with ``opener``,
    also the sentence's capitalised first word ("Shop owners on Mill Street")."""
    j = k - 1
    while j > 0 and k - j < 4 and toks[j - 1].text.islower() and modifier(toks[j - 1].low):
        j -= 1
    if opener and j > 0 and k - j < 4 and toks[j].text.islower() and _opens_sentence(toks, j - 1, modifier):
        j -= 1
    if j == k - 1 and toks[j].text.istitle():
        while j > 0 and k - j < _CAPITALISED_OFFICE and toks[j - 1].text.istitle() and toks[j - 1].text.isalpha():
            j -= 1  # "The Municipal Chief Executive for Ejisu": the capitalised words of the office are one noun
    if j > 0 and toks[j - 1].low in DETERMINERS:
        j -= 1
    phrase = text[toks[j].start : toks[end - 1].end]
    return Who(phrase, "desc", role=phrase, start=toks[j].start)
