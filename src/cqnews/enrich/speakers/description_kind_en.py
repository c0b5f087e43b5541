"""What an English noun phrase in lower case names: a person, a body, someone named before, or a description.

"a businessman surnamed Bu" names the person "Bu"; "the victim", "the 37-year-old", "the mother of three", "both
men" stand for someone already named (a pronoun, with the sex the noun gives); "the ministry", "the US military"
are bodies, but "the Foreign Ministry spokesperson", "the French president", "the Registrar of the court" are no
body: they and the rest ("a bureau spokesperson", "experts") are a description, the phrase its role. Split from
:mod:`.np`, which finds where the phrase starts.
"""

from __future__ import annotations

from ...lexicon import quote_patterns as P
from ...lexicon.en import AGE_ADJECTIVE_ENDINGS, OFFICE_TITLES, PERSON_ROLE_NOUNS, SOURCE_NOUNS
from ...lexicon.speaker_phrases_en import NAMING_PARTICIPLES
from .name_split_en import count_of_children
from .roles_en import rank_at
from .tokens import POSSESSIVE, Tok, Who


def classify_description(text: str, toks: list[Tok], j: int, end: int) -> Who:
    """What the phrase ``toks[j:end]`` names (see the module's docstring)."""
    phrase = text[toks[j].start : toks[end - 1].end]
    for k in range(j, end - 1):
        if toks[k].low in NAMING_PARTICIPLES and toks[k + 1].cap:  # "a businessman surnamed Bu"
            return Who(
                text[toks[k + 1].start : toks[end - 1].end],
                "person",
                role=text[toks[j].start : toks[k].end],
                start=toks[j].start,
            )
    heads = [t.low for t in toks[j:end]]
    if toks[j].low == "both" and end - j == 2 and P.EN_ANAPHORIC_NOUNS.get(heads[1]) == "p2":
        return Who(phrase, "pronoun", start=toks[j].start, gender="p2")  # "both men said"
    # "the mum-of-three", "the mother of three" (the count written with spaces)
    counted = count_of_children(heads[1] if end - j == 2 else "-".join(heads[1:])) if end - j in (2, 4) else None
    anaphoric = end - j == 2 and (
        heads[1] in P.EN_ANAPHORIC_NOUNS or heads[1] in P.EN_KIN_SEX or heads[1].endswith(AGE_ADJECTIVE_ENDINGS)
    )  # "the grandmother", "the widower": kin of a known sex
    ranked = end - j <= 5 and any(rank_at(toks, k) for k in range(j + 1, end - 1))  # "the world No. 7"
    if toks[j].low == "the" and (anaphoric or counted or ranked):
        # "the 37-year-old", "the victim", "the dad-of-two", "the world No. 7": someone already named
        gender = P.EN_ANAPHORIC_NOUNS.get(heads[1]) or P.EN_KIN_SEX.get(heads[1]) if counted in (None, "?") else counted
        return Who(phrase, "pronoun", start=toks[j].start, gender=gender)
    head = heads[: heads.index("of")] if "of" in heads else heads  # "the head of the agency" is a person
    # "the French president", "the McLaren driver", "the Dutch cyclist": a person, no body
    person = not toks[end - 1].cap and (heads[-1] in P.EN_TITLES or person_noun(heads[-1]))
    # "the Foreign Ministry spokesperson" is a person (not "the ministry of defence": a title word, no office)
    # "the Selangor police chief" too: a title after the body's noun (not its "of": "the ministry of defence")
    spokesperson = person and (heads[-1] in OFFICE_TITLES or heads[-1] in SOURCE_NOUNS or heads[-2:-1] != ["of"])
    if toks[j].low == "the" and any(h in P.ORG_HEADS for h in head) and not spokesperson:
        return Who(phrase, "org", start=toks[j].start)
    owned = any(t.text.endswith(POSSESSIVE) for t in toks[j : end - 1]) and not toks[end - 1].cap
    # "the Registrar of the court": a capitalised title before "of" and a body in lower case is an office, no body
    office = bool(head) and head != heads and (head[-1] in P.EN_TITLES or person_noun(head[-1]))
    if toks[j].low == "the" and end - j > 1 and toks[j + 1].cap and not (owned or person or office):
        return Who(phrase, "org", start=toks[j].start)  # "the US military", "The Afghan government"
    return Who(phrase, "desc", role=phrase, start=toks[j].start)


def person_noun(low: str) -> bool:
    """Is ``low`` a noun of a person's role ("resident", "nurse", "economist")?"""
    return low in PERSON_ROLE_NOUNS or low.endswith("ist") and low.isalpha()
