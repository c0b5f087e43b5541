"""English roles written before a person's name: "Foreign Ministry spokesperson Ann Cole", "Secretary of State
Antony Blinken", "GasBuddy head of petroleum analysis Tom Hale".

``person_who(toks, i, name, role)`` makes the person the run at ``toks[i]`` names, with the role words written
before the run; :mod:`.np` calls it once it knows the run is a person's. Every loop is bounded by a few tokens.
"""

from __future__ import annotations

from ...lexicon import quote_patterns as P
from ...lexicon.en import (
    AUXILIARIES,
    CLAUSE_BREAKS,
    DETERMINERS,
    NAME_PARTICLES,
    OF_LIKE,
    PREPOSITIONS,
    SET_OFF_TITLE_GIVEN_NAMES,
    TITLE_COMPLEMENT_JOINERS,
    TITLE_GIVEN_NAMES,
)
from ...lexicon.speaker_phrases_en import (
    MOOD_ADJECTIVES,
    MOOD_ADVERBS,
    POSSESSIVE_DETERMINERS,
    PREPOSITION_PAIRS,
    ROLE_HEADS_BEFORE_OF,
    ROLE_MODIFIER_COMPOUNDS,
    STYLE_NOUNS,
)
from .given_names import given_name_gender
from .homographs_en import complement_name_words
from .name_runs_en import org_start
from .name_split_en import courtesy_title, gender_of_titles
from .name_words_en import (
    after_title_joiner,
    complement_start,
    office_complement_before,
    office_word,
    title_or_agent_noun,
)
from .roles_en import bare_noun_before_full_name, noun_modifier_start
from .tokens import POSSESSIVE, PUNCT, Tok, Who


def person_who(toks: list[Tok], i: int, name: list[str], role: list[str]) -> Who:
    """A person named by ``name``, with the role words written before the run ("Foreign Ministry
    spokesperson") and the titles inside it."""
    if _given_name_title(toks, i, name, role):
        role, name = [], role + name  # "head coach Dean Harwood": "Dean" is his given name, no title
    j = _role_start(toks, i, name, role)
    if j < i and after_title_joiner(toks, i) and len(name) > 2 and not given_first(name):
        # "Director of Government Affairs Phil Smith", "Envoy to the UN …", "Commissioner of Police Tan Kok Liang"
        kept = complement_name_words(name, bool(role))
        role, name = role + name[:-kept], name[-kept:]
    role_words = _role_prefix(toks, _past_mood(toks, j, i), i) + role
    if role_words and role_words[-1].endswith(POSSESSIVE):
        role_words = []  # "Nigeria's Bola Tinubu", "Liverpool's Ann Cole": an owner with no noun is no role
    return Who(
        " ".join(name),
        "person",
        role=" ".join(role_words) if role_words else None,
        start=toks[j].start,
        gender=gender_of_titles(role),
    )


def _past_mood(toks: list[Tok], j: int, i: int) -> int:
    """Where the role words start past an adjective of mood opening them ("a defiant Mr Kamau": the role is "Mr",
    not "defiant Mr"; "a visibly emotional Mrs Patel")."""
    k = j + 1 if j < i and toks[j].low in DETERMINERS else j
    while k < i and toks[k].low in MOOD_ADVERBS:
        k += 1
    return k + 1 if k < i and toks[k].low in MOOD_ADJECTIVES else j


def _role_start(toks: list[Tok], i: int, name: list[str], role: list[str]) -> int:
    """Where the role words written before the run at ``toks[i]`` start (``i`` when there are none)."""
    # A title written with "of": "Secretary of State Antony Blinken" (the run after a title's "of" holds its
    # complement, then the name; a run of two words is the complement alone: "president of Judicial Watch"),
    # "Bank of England Governor Andrew Bailey" (the run holds the title, the words before "of" open it).
    titled = len(role) + len(name) >= 3
    complement = titled and after_title_joiner(toks, i, role)  # (not "aide to President Ann Cole")
    j = complement_start(toks, i) if complement else i  # "Minister of Trade and | Industry Ann Cole"
    while j > 0 and i - j < 6 and (_role_word(toks[j - 1]) or complement and _title_of_word(toks, j - 1, bool(role))):
        j -= 1
    j = _office_before_courtesy(toks, j, i, role) if not complement else j
    if 0 < j < i and (toks[j - 1].low, toks[j].low) in ROLE_MODIFIER_COMPOUNDS:
        j -= 1  # "Next door neighbour Doris Hale": the compound's first word, refused alone, opens the role
    if j == i:
        j = _lower_complement_role(toks, i)  # "GasBuddy head of petroleum analysis Ann Cole"
        while 0 < j < i and i - j < 10 and _role_word(toks[j - 1]):
            j -= 1
    if j == i and bare_noun_before_full_name(toks, i, len(name)) and not _courtesy_after_noun(toks, i, role):
        j -= 1  # "The landlord Peter Walsh said": any noun before a full name, after "the" or an owner
    j = _past_fronted_object(toks, _body_before_office(toks, noun_modifier_start(toks, j, i), i), i)
    return _style_owner(toks, j)


def _style_owner(toks: list[Tok], j: int) -> int:
    """Where a role opening with a style of address starts once its possessive is taken in ("His Excellency
    President Kofi Adjei", "His Royal Highness Prince …": the possessive is written as part of the style)."""
    style = j + 1 if j + 1 < len(toks) and toks[j].low == "royal" else j
    styled = 0 < j and style < len(toks) and toks[style].low in STYLE_NOUNS
    return j - 1 if styled and toks[j - 1].low in POSSESSIVE_DETERMINERS else j


def _past_fronted_object(toks: list[Tok], j: int, i: int) -> int:
    """Where the role before the name at ``toks[i]`` starts once the object of a preposition opening the sentence
    with no comma is left out ("Due to the storm | Anna Reed said", "In the statement | President Ann Cole said"):
    its determiners and lower-case words are no role; ``j`` when no such phrase stands before the name."""
    p = j - 1
    while p > 0 and toks[p].low in DETERMINERS:
        p -= 1
    if not (0 <= p < j and toks[p].low in PREPOSITIONS and p < i - 1 and toks[p + 1].low in DETERMINERS):
        return j
    fronted = p == 0 or toks[p - 1].text in PUNCT or p == 1 and (toks[0].low, toks[1].low) in PREPOSITION_PAIRS
    if not fronted or toks[0].low == "according":
        return j  # ("according to the landlord Peter Walsh": the source, its noun the role)
    k = p + 1
    while k < i and not toks[k].cap and toks[k].text.isalpha():
        k += 1
    return max(j, k)


def _office_before_courtesy(toks: list[Tok], j: int, i: int, role: list[str]) -> int:
    """Where the role starts when a courtesy title opens the run at ``toks[i]`` after an office's complement
    ("Minister of State for Health | Dr Jane Doe"): back over the complement's joiners to the office, which the
    role words alone (``toks[j:i]``, "Health") stop short of; else ``j``."""
    if not (j < i and role and courtesy_title(role[-1]) and after_title_joiner(toks, j)):
        return j
    while j > 0 and i - j < _OFFICE_WORDS and (_role_word(toks[j - 1]) or _title_of_word(toks, j - 1, True)):
        j -= 1
    return j


_OFFICE_WORDS = 8


def _courtesy_after_noun(toks: list[Tok], i: int, role: list[str]) -> bool:
    """Does a courtesy title open the run at ``toks[i]`` right after a noun of no title or agent, the object of a
    preposition ("Speaking to the press | Dr Jane Doe", "the head of the clinic | Dr Jane Doe")? The title goes
    with the name, and the noun ends a phrase before it, no role of its own ("the landlord Dr Peter Walsh" keeps
    its noun)."""
    titled = role and (courtesy_title(role[0]) or role[0][:1].isupper() and role[0].lower() in P.EN_TITLES)
    if not (titled and i > 2 and toks[i - 2].low in DETERMINERS):  # ("Speaking after the game | Coach Ann Cole")
        return False
    before = toks[i - 3].low
    return (before in PREPOSITIONS or before in OF_LIKE) and not title_or_agent_noun(toks[i - 1].low)


def _given_name_title(toks: list[Tok], i: int, name: list[str], role: list[str]) -> bool:
    """Is the one title ``role`` of the run at ``toks[i]`` a given name ("Dean", "Earl") before the one name word
    ``name``, a lower-case title or agent noun right before the run ("head coach Dean Harwood"), or an office of
    another title set off in a comma before it ("The Delta State Governor, Sheriff Oborevwori": a governor is no
    sheriff)?"""
    if len(role) != 1 or len(name) != 1 or role[0].lower() not in SET_OFF_TITLE_GIVEN_NAMES or i < 2:
        return False
    if toks[i - 1].text == ",":
        office = toks[i - 2]
        return office.cap and office.low != role[0].lower() and title_or_agent_noun(office.low)
    plain = role[0].lower() in TITLE_GIVEN_NAMES
    return plain and toks[i - 1].text.islower() and title_or_agent_noun(toks[i - 1].low)


def _lower_complement_role(toks: list[Tok], i: int) -> int:
    """Where a role whose "of" complement is lower case starts right before the name at ``toks[i]`` ("head of
    petroleum analysis Ann Cole", "vice president of global sales Tom Hale"): at the title or agent noun before
    "of"; ``i`` when no such role stands there."""
    k = i
    while k > 0 and i - k < 3 and toks[k - 1].text.islower() and is_modifier(toks[k - 1].low):
        k -= 1
    if 2 < k < i and toks[k - 1].low == "the" and toks[k - 2].low in _LOWER_JOINERS:
        k -= 1  # "head of the clinic Dr Jane Doe": the complement's article
    if k == i or k < 2 or toks[k - 1].low not in _LOWER_JOINERS:
        return i
    if toks[k - 1].low != "of" and title_or_agent_noun(toks[i - 1].low):
        return i  # "spokesperson for the minister Ann Cole": the minister is the one named
    head = toks[k - 2].low
    if (head, toks[k - 1].low) in PREPOSITION_PAIRS:
        return i  # "Prior to launch Google promised": a preposition, no office ("prior") and its complement
    return k - 2 if head in ROLE_HEADS_BEFORE_OF or title_or_agent_noun(head) else i


# Words joining a role's head to a lower-case complement right before the name ("head of petroleum analysis",
# "lawyer for the family", "counsel to the inquiry").
_LOWER_JOINERS = frozenset(("of", "for", "to"))


def _role_prefix(toks: list[Tok], j: int, i: int) -> list[str]:
    """The words of ``toks[j:i]`` before a name, without its determiners but for one a title's joiner takes
    ("Ambassador to the US")."""
    kept = (k > j and after_title_joiner(toks, k + 1) or t.low not in DETERMINERS for k, t in enumerate(toks[j:i], j))
    return [t.text for t, keep in zip(toks[j:i], kept, strict=True) if keep]


def _body_before_office(toks: list[Tok], j: int, i: int) -> int:
    """Where a role before a name starts when its capitalised words close a body's name with joiners inside
    and a lower-case office noun stands before the name ("Ministry of Ecology and Environment spokesperson
    Pei Xiaofei": the role is the body's whole name and the office, not "Environment spokesperson")."""
    if not (0 < j < i) or toks[i - 1].cap or not toks[j].cap or toks[j - 1].low not in P.ORG_CONNECTORS:
        return j
    body = org_start(toks, j)
    return j if body is None else body


def _title_of_word(toks: list[Tok], k: int, titled_run: bool) -> bool:
    """Is ``toks[k]`` the "of" of a title: after a title or a noun of a person capitalised as one ("Secretary of
    State Antony Blinken", "Member of Parliament", "Ambassador to the US"), after such an office's complement
    ("Member of Parliament for Ejisu Kwame Mensah"), or, "of" only, after a capitalised word when the run after it
    holds the title ("Bank of England Governor"; not "Speaking to the Daily Mail Lacerda")?"""
    if k == 0 or toks[k].low not in TITLE_COMPLEMENT_JOINERS:
        return False
    of_body = titled_run and toks[k].low == "of" and toks[k - 1].cap
    initials = toks[k].low == "for" and office_initials(toks[k - 1].text)
    return office_word(toks[k - 1]) or of_body or initials or office_complement_before(toks, k - 1)


def office_initials(word: str) -> bool:
    """Is ``word`` an office in capital initials that no table lists, before its "for" ("MCE for Ejisu Samuel
    Oduro", "DCE for …": two to five capitals)?"""
    return 2 <= len(word) <= _MOST_INITIALS and word.isalpha() and word.isupper()


_MOST_INITIALS = 5


def given_first(name: list[str]) -> bool:
    """Does ``name`` open with a given name or a particle ("John F. Kerry", "de la Cruz"), so is whole?"""
    return bool(given_name_gender(name[0])) or name[0].lower() in NAME_PARTICLES


def _role_word(tok: Tok) -> bool:
    """Can ``tok`` belong to a role written before a name ("Foreign Ministry spokesperson")?"""
    low = tok.low
    if tok.text in PUNCT or low in CLAUSE_BREAKS or low in PREPOSITIONS or low in P.EN_SKIPPABLE:
        return False
    if low in P.EN_CUES or low in P.EN_NOT_NAME and low not in DETERMINERS:
        return False
    if low in P.EN_PERSON_OR_TIE_NOUNS:
        return True  # "Ministry of Finance official Ann Cole", "Ferrari team principal Tom Hale", "his son Tom"
    return tok.cap or low in DETERMINERS or title_or_agent_noun(low)


def is_modifier(low: str) -> bool:
    return low.isascii() and low.replace("-", "").isalpha() and low not in NOT_MODIFIERS


NOT_MODIFIERS = PREPOSITIONS | OF_LIKE | DETERMINERS | CLAUSE_BREAKS | AUXILIARIES | frozenset(P.EN_CUES)
