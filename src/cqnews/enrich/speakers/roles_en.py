"""A role written before the name a cue is followed by: "said Marquette pollster Charles Franklin", "said
former secretary of state Mary Klinton", "said Chartered Professional Accountants of Canada’s chief
economist, David-Alexandre Brassard". The person is the closing capitalised run, the role what stands before
it. Each reader looks at a bounded window of tokens.
"""

from __future__ import annotations

from ...lexicon import quote_patterns as P
from ...lexicon.en import (
    AGE_ADJECTIVE_ENDINGS,
    AUXILIARIES,
    CLAUSE_BREAKS,
    DETERMINERS,
    NAME_PARTICLES,
    OF_LIKE,
    OFFICE_ACRONYMS,
    PERSON_NOUNS,
    PLACED_OFFICE_INITIALS,
    PREPOSITIONS,
    ROLE_NOUN_ENDINGS,
    TITLE_COMPLEMENT_JOINERS,
)
from ...lexicon.speaker_phrases_en import (
    EPITHET_ADJECTIVES,
    EPITHET_ENDINGS,
    NOT_ROLE_NOUN_ENDINGS,
    TENURE_ADJECTIVES,
)
from .given_names import given_name_gender
from .homographs_en import complement_name_words
from .name_split_en import courtesy_title, gender_of_titles, name_opens_after, split_name
from .name_words_en import (
    ABBREV_RE,
    after_title_joiner,
    is_initial,
    is_name_word,
    is_place,
    title_joiner,
    title_or_agent_noun,
)
from .tokens import POSSESSIVE, PUNCT, Tok, Who, strip_possessive

__all__ = [
    "bare_noun_before_full_name",
    "noun_modifier_start",
    "owned_role_then_name",
    "rank_at",
    "role_head",
    "role_then_name",
]


def owned_role_then_name(text: str, toks: list[Tok]) -> Who | None:
    """ "said Chartered Professional Accountants of Canada’s chief economist, David-Alexandre Brassard":
    an organisation's role, then the person's name after the comma."""
    comma = next((k for k, t in enumerate(toks[:16]) if t.text in PUNCT), None)
    if comma is None or toks[comma].text != "," or comma + 1 >= len(toks) or not is_name_word(toks[comma + 1]):
        return None
    owner = next((k for k in range(comma - 1, -1, -1) if toks[k].text.endswith(POSSESSIVE)), None)
    if owner is None or owner == comma - 1 or not all(t.text.islower() for t in toks[owner + 1 : comma]):
        return None
    end = comma + 1
    while end < len(toks) and (is_name_word(toks[end]) or toks[end].text in NAME_PARTICLES):
        end += 1  # (particles inside the name: "…’s chief economist, Joris de Boer")
    while toks[end - 1].text in NAME_PARTICLES:
        end -= 1
    last = toks[end - 1]
    name = text[toks[comma + 1].start : last.end].rstrip(".")
    return Who(name, "person", role=text[toks[0].start : toks[comma - 1].end], start=toks[0].start)


_NP_WORDS = 12


def role_then_name(text: str, toks: list[Tok]) -> Who | None:
    """A role written before the name that ends the phrase ("said Marquette pollster Charles Franklin",
    "said former Obama adviser David Axelrod"): the person is the closing capitalised run, the role
    what stands before it (a lower-case role noun must stand right before the name)."""
    end = _role_phrase_end(toks)
    r = end
    while r > 0 and (is_name_word(toks[r - 1]) or r < end and toks[r - 1].text in NAME_PARTICLES):
        r -= 1  # (a particle inside the name: "said chief inspector Femke van der Linden")
    if r == 0 or r == end or end - r > 6:
        return None
    words = [
        strip_possessive(t.text).rstrip(".") if k == end - 1 else strip_possessive(t.text)
        for k, t in enumerate(toks[r:end], r)
    ]
    role, name, kind = split_name(words, name_opens_after(toks[r - 1].text, words))  # "said Dr Jasvinder Kaur Gill"
    noun = toks[r - 1].low
    if after_title_joiner(toks, r):
        if title_joiner(toks, r) != "of" and (end - r <= 2 or not after_title_joiner(toks, r, role)):
            return None  # "said a senator for New York", "the aide to President Ann Cole": the complement, no name
        if _complement_alone(role, name):
            return None  # "said the Governor of Lagos State.": the complement, no name "Lagos State"
        # "President of Ukraine Volodymyr Zelensky", "Ambassador to the US Xie Feng": the title's complement
        kept = complement_name_words(name, bool(role))  # ("Minister for Manpower | Tan See Leng")
        role, name = role + name[:-kept], name[-kept:]
    if not role and not _role_noun(toks, r, len(name)):
        if kind == "person" and _epithet_before_full_name(toks, r, len(name)):
            return Who(" ".join(name), "person", start=toks[0].start)  # "said the quiet Mary Lane": no role
        return None  # a role noun or a title must stand right before the name
    if kind != "person" or len(name) < 2 and not role and r < 2 and noun.rstrip(".") not in P.EN_TITLES:
        return None  # one name word after a lone role noun; after a title ("said Mrs Jones") it is a surname
    if len(name) == 1 and role and not courtesy_title(role[-1]) and _no_name_after(role[-1], name[0]):
        return None  # "said the Deputy Governor": a compound title, no name (not "said Mr Judge")
    start = 1 if toks[0].low in DETERMINERS else 0
    lead = [text[toks[start].start : toks[r - 1].end]] if r > start else []  # none when the run opens after "the"
    role_text = " ".join(lead + role)  # "said the Rev. Al Sharpton": "Rev.", no space before it
    return Who(" ".join(name), "person", role=role_text, start=toks[0].start, gender=gender_of_titles([noun, *role]))


def _complement_alone(role: list[str], name: list[str]) -> bool:
    """Is the run after a title's "of" (``role`` and ``name`` as split) no more than the title's complement: one or
    two words, no title among them, no known given name opening them, or a place's name ("said the Governor of Lagos
    State", "said the DCP of South Delhi", "the DPO of Sabon Gari Division": the role was "Governor of", the name
    "Lagos State")?"""
    short = len(name) <= 2 and not given_name_gender(name[0])
    return not role and (short or is_place(" ".join(name)))


def _no_name_after(title: str, word: str) -> bool:
    """Is the one word ``word`` after the title ``title`` no name: a title itself ("the Deputy Governor") or the
    place an office in capital initials serves ("said the DPO Sialkot", "the DC Lahore": a description)?"""
    return word.lower() in P.EN_TITLES or title in PLACED_OFFICE_INITIALS and is_place(word)


def _role_phrase_end(toks: list[Tok]) -> int:
    """Where the phrase of role words and name that opens ``toks`` ends (at most _NP_WORDS words)."""
    end = 0
    while end < min(len(toks), _NP_WORDS):
        tok = toks[end]
        if tok.low == "and" and end and toks[end - 1].low.rstrip(".") in P.EN_TITLES:
            end += 1  # "said former Ohio Gov. and party chairman Ed Rondell": two roles, one name after
            continue
        if tok.text in PUNCT or tok.text == "." or tok.low in CLAUSE_BREAKS or tok.low in P.EN_CUES:
            break  # (a lone "." ends the sentence after a dropped "(D-Md.)")
        if tok.low in AUXILIARIES:
            break
        if (tok.low in PREPOSITIONS or tok.low in OF_LIKE) and (
            tok.low not in TITLE_COMPLEMENT_JOINERS
            or end == 0
            or not (role_head(toks[end - 1]) or _title_or_office(toks[end - 1]))
        ):  # ("said MCE for Ejisu Kwame Boateng": an office in initials takes its complement as a title does)
            break  # "said former secretary of state Mary Klinton", "said Ambassador to the US Xie Feng"
        end += 1
        if (
            tok.text.endswith(".")
            and not is_initial(tok.text)
            and tok.low not in P.EN_TITLES
            and not ABBREV_RE.fullmatch(tok.text)
            and not rank_at(toks, end - 1)
        ):
            break  # the sentence ends with this word
    return end


def _title_or_office(tok: Tok) -> bool:
    """A title ("Ambassador", "MP") or an office in capital initials ("MCE", "DCE") that a complement may follow."""
    return tok.low in P.EN_TITLES or tok.text in OFFICE_ACRONYMS


def rank_at(toks: list[Tok], k: int) -> bool:
    """Is ``toks[k]`` the "No." of a ranking, a number after it ("world No. 2")?"""
    return toks[k].text == "No." and k + 1 < len(toks) and toks[k + 1].text.rstrip(".").isdigit()


def role_head(tok: Tok) -> bool:
    """A lower-case title or agent noun ("secretary", "master", "director") that an "of" phrase completes."""
    low = tok.low
    return not tok.cap and (low in PERSON_NOUNS or title_or_agent_noun(low))


def noun_modifier_start(toks: list[Tok], j: int, i: int) -> int:
    """Where a role before a name starts once a lower-case noun qualifying its lower-case head is taken in
    ("“…,” council leader Sue Ward said", "lead author Dr Ann Lee"): the word before the head, itself after a
    mark, a determiner or nothing, and no verb or adverb ("angered", "reportedly") nor function word."""
    if not (0 < j < i) or not role_head(toks[j]):
        return j
    word = toks[j - 1]
    if _participle_after_body(toks, j - 1):
        return _body_qualifying(toks, j - 1)  # "Kenya Power managing director Joseph Siror"
    if word.cap or not word.text.isalpha() or word.low.endswith(NOT_ROLE_NOUN_ENDINGS) or word.low in _NOT_MODIFIERS:
        return j
    if j >= 2 and toks[j - 2].text not in PUNCT and toks[j - 2].low not in DETERMINERS:
        return _body_qualifying(toks, j - 1) if toks[j - 2].cap else _owner_then_modifiers(toks, j - 1)
    return j - 1


def _participle_after_body(toks: list[Tok], m: int) -> bool:
    """Is ``toks[m]`` a lower-case participle in "-ing" qualifying the role head after it, itself after a body's
    capitalised name ("Kenya Power managing director", "Acme acting chairman")? A verb form there after a name
    is no clause of its own: the run of capitals is the body the role belongs to."""
    word = toks[m]
    if m < 1 or word.cap or not word.text.isalpha() or not word.low.endswith("ing") or len(word.low) < 6:
        return False
    return word.low not in _NOT_MODIFIERS and toks[m - 1].cap and toks[m - 1].text.isalpha()


def _owner_then_modifiers(toks: list[Tok], m: int) -> int:
    """Where a role starts when a lower-case word and an owner stand before the noun ``toks[m]`` qualifying its
    head ("Japan's top currency diplomat Ann Lee": the owner's first word); else ``m + 1`` (the head alone)."""
    word = toks[m - 1]
    if m < 2 or not word.text.isalpha() or word.low.endswith(NOT_ROLE_NOUN_ENDINGS) or word.low in _NOT_MODIFIERS:
        return m + 1
    if _tenure_opens(toks, m - 2):
        return m - 2  # "Acting county police commander Peter Kimani"
    if not (toks[m - 2].cap and toks[m - 2].text.endswith(POSSESSIVE)):
        return m + 1
    k = _body_qualifying(toks, m - 1)
    return k if k < m - 1 else m + 1


def _tenure_opens(toks: list[Tok], k: int) -> bool:
    """Is ``toks[k]`` a capitalised adjective of tenure ("Acting", "Interim") opening the sentence or a clause?"""
    return toks[k].cap and toks[k].low in TENURE_ADJECTIVES and (k == 0 or toks[k - 1].text in PUNCT)


def _body_qualifying(toks: list[Tok], m: int) -> int:
    """Where a role starts when a body's capitalised name qualifies the noun ``toks[m]`` before its head
    ("Red Bull team boss Ann Lee", "Kuala Lumpur police chief Ali Omar"): the name's first word, itself after
    a mark, a determiner or nothing; else ``m + 1`` (the head alone)."""
    k = m
    while k > 0 and m - k < _BODY_WORDS and toks[k - 1].cap and toks[k - 1].low not in _NOT_MODIFIERS:
        k -= 1
    if k == m or k > 0 and toks[k - 1].text not in PUNCT and toks[k - 1].low not in DETERMINERS:
        return m + 1
    return k


_BODY_WORDS = 3


def bare_noun_before_full_name(toks: list[Tok], r: int, name_words: int) -> bool:
    """Is ``toks[r - 1]`` a lower-case noun alone, after "the" or after an owner, right before a full name ("said
    the landlord Peter Walsh", "said witness Ann Cole", "said the couple's neighbour Ann Cole")? In that apposition
    any noun is the person's role, no owner needed; not an adverb, a verb form, a function word, nor a noun of a
    body or a document ("the newspaper Le Monde", "the report …")."""
    if name_words < 2 or not _opens_bare_role(toks, r - 1):
        return False
    tok = toks[r - 1]
    if not (tok.text.islower() and tok.text.replace("-", "").isalpha()):
        return False
    if tok.low.endswith(NOT_ROLE_NOUN_ENDINGS) and not tok.low.endswith("ss"):
        return False  # (a singular noun in "-ss": "witness", "actress")
    if _epithet(tok):
        return False  # "said the quiet Mary Lane": an adjective, no role
    return tok.low not in _NOT_MODIFIERS and tok.low not in _NOT_PERSON_NOUNS


def _epithet(tok: Tok) -> bool:
    """Is ``tok`` an adjective that goes on a name, no noun of a role ("quiet", "young", "cheerful")?"""
    return tok.low in EPITHET_ADJECTIVES or tok.low.endswith(EPITHET_ENDINGS)


def _epithet_before_full_name(toks: list[Tok], r: int, name_words: int) -> bool:
    """Does an adjective alone or after "the" stand right before a full name ("said the quiet Mary Lane", "said
    young Tom Hale")? The name is the speaker's, the adjective no role."""
    return name_words >= 2 and _opens_bare_role(toks, r - 1) and toks[r - 1].text.islower() and _epithet(toks[r - 1])


def _opens_bare_role(toks: list[Tok], k: int) -> bool:
    """Does the noun ``toks[k]`` open the phrase, alone, after "the" or a mark, or follow an owner ("the victim's")?"""
    return k == 0 or toks[k - 1].low == "the" or toks[k - 1].text in PUNCT or toks[k - 1].text.endswith(POSSESSIVE)


_NOT_PERSON_NOUNS = P.ORG_HEADS | P.EN_BODY_NOUNS_BEFORE_NAME | P.EN_DOC_HEADS


_NOT_MODIFIERS = frozenset(P.EN_CUES) | frozenset(P.EN_NOT_NAME) | AUXILIARIES | CLAUSE_BREAKS
_NOT_MODIFIERS |= DETERMINERS | PREPOSITIONS


def _role_noun(toks: list[Tok], r: int, name_words: int) -> bool:
    """Is ``toks[r - 1]`` a role written right before a name: a title, a lower-case agent noun
    ("pollster"), or any lower-case noun qualified by a capitalised word before it and followed by
    a full name ("Virginia delegate Beau Correll")?"""
    tok = toks[r - 1]
    if tok.text in NAME_PARTICLES:
        return False  # "said Wietske van der Meer", "said Bram ter Horst": a particle ending in "-er" is no role
    if tok.low in P.EN_TITLES or not tok.cap and tok.low.endswith(ROLE_NOUN_ENDINGS):
        return True
    if tok.low.endswith(AGE_ADJECTIVE_ENDINGS) and name_words >= 2:
        return True  # "said 12-year-old Emma Brown": the age before a full name
    if r >= 2 and rank_at(toks, r - 2):
        return True  # "said world No. 2 Ann Cole": a ranking before the name
    if bare_noun_before_full_name(toks, r, name_words):
        return True
    if not tok.text.isalpha() or tok.cap or name_words < 2 or r < 2:
        return False
    before = toks[r - 2]
    # "Virginia delegate Beau Correll", "retired neurosurgeon Ben Carson", "two-time champion Naomi Osaka": a noun
    # qualified before a full name (a compound qualifier with its hyphens)
    compound = "-" in before.text.strip("-") and before.text.replace("-", "").isalnum()
    qualifier = before.text.isalpha() or compound or r >= 3 and rank_at(toks, r - 3)  # (or "No. 3 seed")
    return before.cap or qualifier and before.low not in DETERMINERS and before.low not in PREPOSITIONS
