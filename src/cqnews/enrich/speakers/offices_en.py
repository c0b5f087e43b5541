"""An English office standing for its holder: "The President said", "the US President", "the former Prime
Minister", "the Secretary of State". The capitalised title is no name: the phrase is a description (name None,
the phrase as role), which the article's earlier "President Joe Biden" may resolve."""

from __future__ import annotations

from ...lexicon import quote_patterns as P
from ...lexicon.demonyms_en import DEMONYM_PERSON_NOUNS
from ...lexicon.en import (
    AGE_ADJECTIVE_ENDINGS,
    AUXILIARIES,
    CLAUSE_BREAKS,
    DETERMINERS,
    MEMBER_ACRONYMS,
    OFFICE_ACRONYMS,
    OFFICE_TITLES,
    PERSON_NOUNS,
    PLACE_HEAD_WORDS,
    PLACED_OFFICE_INITIALS,
    PREPOSITIONS,
    TITLE_COMPLEMENT_JOINERS,
)
from .given_names import given_name_gender
from .name_split_en import gender_of_titles
from .name_words_en import is_demonym, is_place
from .tokens import POSSESSIVE, PUNCT, Tok, Who, stop_cut

_MODIFIERS = 4  # words between "the" and the title at most ("the Chinese Foreign Ministry")


def office_ending(text: str, toks: list[Tok], end: int) -> Who | None:
    """The office phrase ending ``toks[:end]``: "the", up to four modifiers, a capitalised office title
    (``lexicon.en.OFFICE_TITLES``), and a one-word complement after "of" ("the Secretary of State"); None
    for anything else ("The Washington Post", "President Biden")."""
    if end < 2:
        return None
    owned = demonym_ending(text, toks, end) or owned_office_acronym(text, toks, end)
    owned = owned or _placed_initials(text, toks, end)
    if owned is not None:
        return owned
    k = end - 3 if _complement(toks, end - 1) else _complemented_office(toks, end)
    if k < 1 or not (_office(toks[k]) or _compound_title(toks, k) or _modified_office_initials(toks, k)):
        if k < 1 or k == end - 1 or not _complemented_initials(toks[k]):
            return None
    j = k
    while j > 0 and k - j < _MODIFIERS and toks[j - 1].low != "the" and _modifier(toks[j - 1]):
        j -= 1
    if j == 0 or toks[j - 1].low != "the":
        return None
    start = toks[j - 1].start
    phrase = text[start : toks[end - 1].end]
    gender = gender_of_titles([t.low for t in toks[j : k + 1]])
    return Who(phrase, "desc", role=phrase, start=start, gender=gender)


def demonym_ending(text: str, toks: list[Tok], end: int) -> Who | None:
    """ "the Spaniard", "the Northern Irishman", "the Brazilian" ending ``toks[:end]``: a noun for a person of a
    place after "the" (and capitalised words) is no name but someone already named, read as a pronoun (the noun
    the role when nobody is)."""
    noun = toks[end - 1]
    low = noun.low
    if not noun.cap or not (low in DEMONYM_PERSON_NOUNS or is_demonym(noun.text)):
        return None
    j = end - 1
    while j > 0 and end - j <= 2 and toks[j - 1].cap and toks[j - 1].low != "the":
        j -= 1  # "the Northern Irishman"
    if j < end - 1 and not toks[j].text.isalpha():
        return None
    while j > 0 and end - j <= _MODIFIERS and _lower_modifier(toks[j - 1]):
        j -= 1  # "the 45-year-old Spaniard", "the veteran Brazilian"
    if j == 0 or toks[j - 1].low != "the":
        return None
    start = toks[j - 1].start
    return Who(text[start : noun.end], "pronoun", start=start, gender=DEMONYM_PERSON_NOUNS.get(low))


def _lower_modifier(tok: Tok) -> bool:
    """A lower-case word qualifying a noun for a person ("veteran", "former", "45-year-old")."""
    return not tok.cap and tok.low != "the" and (_modifier(tok) or tok.low.endswith(AGE_ADJECTIVE_ENDINGS))


def _placed_initials(text: str, toks: list[Tok], end: int) -> Who | None:
    """ "the DC Lahore", "the DPO Sialkot" ending ``toks[:end]``: an office in capital initials and the place it
    serves, written after it on Pakistani and Indian pages, is a description (the phrase the role), no name "DC
    Lahore" nor "Sialkot"."""
    if end < 3 or toks[end - 3].low != "the" or toks[end - 2].text not in PLACED_OFFICE_INITIALS:
        return None
    if not toks[end - 1].cap or not is_place(toks[end - 1].text):
        return None
    start = toks[end - 3].start
    phrase = text[start : toks[end - 1].end]
    return Who(phrase, "desc", role=phrase, start=start)


def owned_office_acronym(text: str, toks: list[Tok], end: int) -> Who | None:
    """ "Acme's CFO", "the firm's CEO" ending ``toks[:end]``: an office written in capital initials after its
    owner is a description (the phrase the role), not an organisation's name."""
    if toks[end - 1].text not in OFFICE_ACRONYMS or not toks[end - 2].text.endswith(POSSESSIVE):
        return None
    j = end - 2
    while j > 0 and end - j < _MODIFIERS and toks[j - 1].cap and toks[j - 1].text.isalpha():
        j -= 1  # "Acme Corp's", "Bank of …" stays out: the owner is its capitalised words
    if j > 0 and toks[j - 1].low == "the":
        j -= 1
    start = toks[j].start
    phrase = text[start : toks[end - 1].end]
    return Who(phrase, "desc", role=phrase, start=start)


def office_of_lower_body(text: str, toks: list[Tok], start: int, end: int) -> Who | None:
    """ "the Registrar of the court", "the Principal of the school" at ``toks[start - 1:]`` after an inverted cue:
    "the", one capitalised title or noun of a person (``toks[start:end]``), "of", an article and one to three words
    in lower case closing the phrase (punctuation, a full stop or the tokens' end after them) are an office standing
    for its holder, a description with no name (the name "the Registrar" before). None for anything else ("the Bank
    of England")."""
    if start != 1 or end != 2 or toks[0].low != "the" or not toks[1].cap or not _title_or_person(toks[1].low):
        return None
    if end + 2 >= len(toks) or toks[end].low != "of" or toks[end + 1].low not in DETERMINERS:
        return None
    k = end + 2
    while k < len(toks) and k - end - 2 < _BODY_WORDS and toks[k].text.rstrip(".").isalpha():
        if not toks[k].text.islower():
            return None
        k += 1
        if toks[k - 1].text.endswith("."):
            break
    closed = k == len(toks) or toks[k].text in PUNCT or toks[k - 1].text.endswith(".")
    if k == end + 2 or not closed:
        return None
    toks = stop_cut(toks, k - 1) if toks[k - 1].text.endswith(".") else toks
    phrase = text[toks[0].start : toks[k - 1].end]
    return Who(phrase, "desc", role=phrase, start=toks[0].start, gender=gender_of_titles([toks[1].low]))


def _title_or_person(low: str) -> bool:
    return low in P.EN_TITLES or low in PERSON_NOUNS


_BODY_WORDS = 3  # lower-case words of the body after "of the" ("the Registrar of the high court")


def office_end(toks: list[Tok], start: int, end: int) -> tuple[list[Tok], int]:
    """Forward: past the complements of an office that "the" opens at ``toks[start - 1]`` and that ends
    ``toks[:end]`` ("said the Secretary of State.", "said the Minister for Health and Social Care."), with the
    tokens (a new list, see :func:`stop_cut`, when a full stop ending the sentence on the complement is cut off its
    token)."""
    office = _office(toks[end - 1]) or _complemented_initials(toks[end - 1])  # ("said the DCP of South Delhi.")
    if start != 1 or toks[0].low != "the" or end + 1 >= len(toks) or not office:
        return toks, end
    k = end
    for _ in range(_COMPLEMENTS):
        after = _complement_after(toks, k)
        if after < 0:
            break
        k = after
        if toks[k - 1].text.endswith("."):
            break
    if k == end:
        return toks, end
    last = toks[k - 1]
    if last.text == last.text.rstrip(".") and k < len(toks) and toks[k].cap:
        return toks, end  # "the Secretary of State Antony Blinken": a name follows, the run is read as before
    if last.text != last.text.rstrip("."):
        toks = stop_cut(toks, k - 1)
    return toks, k


def _complement_after(toks: list[Tok], k: int) -> int:
    """Where the complement that the joiner at ``toks[k]`` opens ends (one or two capitalised words no given name
    opens, or two such groups joined by "and"); -1 when none (nor "for Health Kwaku Agyeman": a name follows)."""
    if toks[k].low not in TITLE_COMPLEMENT_JOINERS:
        return -1
    words = 0
    m = k + 1
    while m < len(toks) and m - k <= 6:
        word = toks[m].text.rstrip(".")
        if _complement_word(word):
            words += 1
            m += 1
            if word != toks[m - 1].text:
                break  # the full stop ends the sentence
        elif toks[m].low == "and" and words and m + 1 < len(toks) and _complement_word(toks[m + 1].text.rstrip(".")):
            words = 0
            m += 1
        else:
            break
        if words > 2:
            return -1
    return m if m > k + 1 else -1


def _office(tok: Tok) -> bool:
    """Is ``tok`` a capitalised office title ("President", not "president": lower case it is a common noun)?"""
    return tok.cap and tok.low in OFFICE_TITLES or tok.text in MEMBER_ACRONYMS  # "the Labour MP"


def _complemented_initials(tok: Tok) -> bool:
    """Is ``tok`` an office in capital initials, which a complement after "of" or "for" makes a description ("the
    DCP of South Delhi", "the MD of Kenya Power"), no name "DCP" with the role "of South Delhi"? Alone ("the DA
    said") it may stand for a holder named before, and is read there."""
    return tok.text in OFFICE_ACRONYMS


def _modified_office_initials(toks: list[Tok], k: int) -> bool:
    """Is ``toks[k]`` an office in capital initials after a lower-case modifier ("the police PRO", "the county
    MCA"): a description of the holder, no name "PRO" ("the MCE" alone may stand for a holder named before)?"""
    return toks[k].text in OFFICE_ACRONYMS and toks[k - 1].text.islower() and _modifier(toks[k - 1])


def _compound_title(toks: list[Tok], k: int) -> bool:
    """Is ``toks[k]`` a capitalised title after another ("the Chief Justice", "the Deputy Governor", "the Chief Whip"),
    or a capitalised title of two joined by a hyphen ("the Inspector-General"): an office, no name "Justice"?"""
    parts = toks[k].low.split("-")
    if not toks[k].cap or not all(p in P.EN_TITLES for p in parts):
        return False
    return len(parts) == 2 or toks[k - 1].cap and toks[k - 1].low in P.EN_TITLES


def _complement(toks: list[Tok], k: int) -> bool:
    """Is ``toks[k]`` the one-word complement of an office ("Secretary of State", "Minister of Health")?"""
    office = k >= 3 and (_office(toks[k - 2]) or _complemented_initials(toks[k - 2]))
    return office and toks[k - 1].low == "of" and _complement_word(toks[k].text)


_COMPLEMENTS = 3  # complements joined to an office at most ("Minister of State for Home Affairs": two)


def _complemented_office(toks: list[Tok], end: int) -> int:
    """Where the office title stands before the complements by "of", "for" or "to" ending ``toks[:end]`` ("the
    Minister for Health", "the Secretary of State for Wales", "the Minister for Trade and Industry"); ``end - 1``
    when no office does."""
    k = end - 1
    for _ in range(_COMPLEMENTS):
        joiner = _complement_joiner(toks, k)
        if joiner < 1:
            break
        k = joiner - 1
        if _office(toks[k]) or _complemented_initials(toks[k]):
            return k
    return end - 1


def _complement_joiner(toks: list[Tok], k: int) -> int:
    """Where the joiner before the complement ending at ``toks[k]`` stands: one or two capitalised words no given
    name opens, or two such groups joined by "and" ("Health and Social Care"), or three ending in a place's head
    ("the DPO of Sabon Gari Division"); -1 when none ("Health Kwaku Agyeman" is a complement and a name)."""
    words = 0
    most = 3 if toks[k].low in PLACE_HEAD_WORDS else 2
    m = k
    while m > 0 and k - m < 6:
        if _complement_word(toks[m].text):
            words += 1
        elif toks[m].low == "and" and words and m > 0 and _complement_word(toks[m - 1].text):
            words = 0
        else:
            break
        if words > most:
            return -1
        m -= 1
    if m == k or toks[m].low not in TITLE_COMPLEMENT_JOINERS or not _complement_word(toks[m + 1].text):
        return -1
    return m


def _complement_word(word: str) -> bool:
    """Can ``word`` complement an office after "of" ("State", "Health"): one capitalised word, no given name
    ("the Secretary of Mary" is no office)?"""
    return word[:1].isupper() and word.isalpha() and not given_name_gender(word)


def _modifier(tok: Tok) -> bool:
    """Can ``tok`` qualify an office between "the" and its title ("US", "Chinese", "former", "Deputy")?"""
    low = tok.low
    if tok.text in PUNCT or tok.text.endswith(POSSESSIVE) or low in DETERMINERS or low in CLAUSE_BREAKS:
        return False
    if low in PREPOSITIONS or low in AUXILIARIES or low in P.EN_CUES:
        return False
    word = tok.text.replace(".", "").replace("-", "")
    return word.isalpha() and not (tok.cap and given_name_gender(tok.text))


def office_before_of(text: str, start: int) -> list[str]:
    """The office whose complement opens the run at ``start`` ("Secretary of State Maria Lund": "Secretary"), so
    that a later "the Secretary of State" is that person; [] when none."""
    if not text.endswith(" of ", max(0, start - 4), start):
        return []
    word = text[max(0, start - 40) : start - 4].rsplit(" ", 1)[-1]
    return [word] if word[:1].isupper() and word.lower() in OFFICE_TITLES else []


_ROLE_MODIFIERS = 3  # capitalised words kept before a lower-case role ("Chinese Foreign Ministry spokesperson")


def role_before(text: str, start: int) -> list[str]:
    """The lower-case role written right before the name opening at ``start``, with the capitalised words
    qualifying it ("Foreign Ministry spokesperson Mao Ning": "Foreign Ministry spokesperson"), so that a
    later "the spokesperson" or "the Foreign Ministry spokesperson" is that person; [] when none."""
    if not text.endswith(" ", 0, start):
        return []
    words = text[max(0, start - 80) : start - 1].split(" ")
    if start > 80:
        del words[0]  # (the slice may cut a word in two)
    if not words or not words[-1].isalpha() or not words[-1].islower() or words[-1] not in P.EN_TITLES:
        return []
    k = len(words) - 1
    while k > 0 and len(words) - 1 - k < _ROLE_MODIFIERS and words[k - 1][:1].isupper() and words[k - 1].isalpha():
        k -= 1
    return words[k:]
