"""Split a capitalised English run into role, name and kind ("US President Donald Trump", "Daily Mail Lacerda"),
and the gender its titles tell (split from :mod:`.tokens`)."""

from __future__ import annotations

from functools import lru_cache

from ...lexicon import quote_patterns as P
from ...lexicon.demonyms_en import ROLE_TIME_ADJECTIVES, SIDE_MEMBER_NOUNS
from ...lexicon.en import (
    AGENT_ENDINGS,
    FEMALE_KIN,
    FEMALE_TITLES,
    HONORIFICS,
    MALE_KIN,
    MALE_TITLES,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NUMBER_WORDS,
    OFFICE_ACRONYMS,
    ORG_WORDS,
    PAIRED_TITLES,
    PARTY_LABELS,
    ROLE_NOUN_ENDINGS,
    ROYAL_COLLEGE_LETTERS_RE,
    SURNAME_ORG_WORDS,
    TITLE_SUFFIXES,
    WRITTEN_POST_NOMINALS,
)
from ...lexicon.given_names_en import SECOND_GIVEN_NAMES
from ...lexicon.speaker_phrases_en import FEMALE_ELDERS, MALE_ELDERS, PLURAL_TITLES_OF_ONE
from .given_names import given_name_gender, reading_own_given_names
from .name_words_en import is_demonym, is_place
from .tokens import Kind


def split_name(words: list[str], courtesy: bool = False) -> tuple[list[str], list[str], Kind]:
    """Split a capitalised run into (role words, name words, kind).

    Titles anywhere before the name go to the role ("US President Donald Trump"); a name written after
    an organisation is the person ("Daily Mail Lacerda" -> "Lacerda"). ``courtesy``: a courtesy title ("Dr")
    stands right before the run, outside it.
    """
    if reading_own_given_names():  # (a language's given names may change the answer: no shared memo)
        return _split_name(words, courtesy)
    role, name, kind = _split_name_memo(tuple(words), courtesy)
    return list(role), list(name), kind


# (about 30 calls a page, the same runs asked about again by the index, the cues and the mentions; the split reads
# only the words and the fixed tables while no language's given names are read first)
@lru_cache(maxsize=4096)
def _split_name_memo(words: tuple[str, ...], courtesy: bool) -> tuple[tuple[str, ...], tuple[str, ...], Kind]:
    role, name, kind = _split_name(list(words), courtesy)
    return tuple(role), tuple(name), kind


def _split_name(words: list[str], courtesy: bool) -> tuple[list[str], list[str], Kind]:
    lows = [word.lower() for word in words]  # (each word lowered once for every table below)
    cut = 0
    for k in range(len(lows) - 1):
        if _title_word(lows[k]) or words[k] in OFFICE_ACRONYMS or k and (lows[k - 1], lows[k]) in PAIRED_TITLES:
            cut = k + 1
        elif _rank_in_capitals(words, k):
            cut = k + 1
        elif _compound_role(words[k]):  # "Match-winner Kofi Mensah", "Goal-scorer Ann Cole": a noun, no name
            cut = k + 1
    role, name = words[:cut], _without_post_nominals(words[cut:])
    # "Dr Kalwinder Singh Khaira", "Gen. Rommel Francisco Marbil", "Brigadier General Rommel Francisco Dizon": after
    # a title the name follows, its first word no description even before a known given name
    courtesy = name_opens_after(words[cut - 1], words[cut:]) if cut else courtesy
    given = _given_name_after_words(name, lows[cut:], courtesy) or _place_after_initials(words, cut, name)
    if not given and len(name) > 2 and is_demonym(name[0]):
        given = 1  # "American Teodran Merwick": where they are from, no part of a full name
    given += _role_after_time_adjective(name, lows[cut:], given)
    if given:
        role, name = role + name[:given], name[given:]  # "Brave Marina Lacerda", "CBS Sports Insider Jan Roe"
        cut += given
    orgs = [
        k
        for k, low in enumerate(lows[cut:])
        if (low.strip(".") if "." in low else low) in ORG_WORDS or low in P.DOC_WORDS
    ]
    if orgs == [1] and len(name) == 2 and name[1].lower() in SURNAME_ORG_WORDS and given_name_gender(name[0]):
        orgs = []  # "Dan Fox": a given name makes the word a surname
    if orgs and _name_after_org(name, orgs[-1]):
        return *_party_to_role(role + name[: orgs[-1] + 1], name[orgs[-1] + 1 :]), "person"
    return (role, name, "org") if orgs else (*_party_to_role(role, name), "person")


def _place_after_initials(words: list[str], cut: int, name: list[str]) -> int:
    """1 when the first word of ``name`` after an office in capital initials is a place and a name follows it: the
    office's place, written after its initials on Pakistani and Indian pages ("DPO Sialkot Hassan Asad", "DC Lahore
    Ali Khan": the name was "Sialkot Hassan Asad"); else 0."""
    office = cut > 0 and len(words[cut - 1]) >= 2 and words[cut - 1].isalpha() and words[cut - 1].isupper()
    return 1 if office and len(name) >= 2 and is_place(name[0]) else 0


def _role_after_time_adjective(name: list[str], lows: list[str], given: int) -> int:
    """How many more words after an adjective of time that opened the run as the person's description ("Former",
    "Retired") describe the person too: a national side's player ("Former All Black Sonny Bill Williams",
    lexicon.demonyms_en.SIDE_MEMBER_NOUNS) or one word before a known given name ("Former Socceroo Tim Cahill"),
    before a name of two words or more; 0 otherwise."""
    ex = lows[0][3:] if lows and lows[0].startswith("ex-") else ""
    if not given and len(name) >= 3 and (ex in SIDE_MEMBER_NOUNS or _title_word(ex)):
        return 1  # "Ex-Wallaby Drew Mitchell", "Ex-Minister Ann Cole"
    start = given or int(bool(lows) and lows[0] in ROLE_TIME_ADJECTIVES)  # ("Retired" has no agent ending)
    if not start or any(low.removesuffix("-") not in ROLE_TIME_ADJECTIVES for low in lows[:start]):
        return 0
    rest, rest_lows = name[start:], lows[start:]
    side = next((n for n in (2, 1) if len(rest) - n >= 2 and "-".join(rest_lows[:n]) in SIDE_MEMBER_NOUNS), 0)
    if not side and len(rest) >= 3 and given_name_gender(rest[1]) and not given_name_gender(rest[0]):
        side = 1
    return start - given + side if side else 0


def _rank_in_capitals(words: list[str], k: int) -> bool:
    """Is ``words[k]`` an office or rank in capital initials, in no table ("DCOP Kwasi Ofori", "ACOP Ama Boateng",
    "SSP Rakesh Verma"): two capitals or more before a full name of two or three words in mixed case, none a
    body's word? Initials of a name stand before its surname alone ("JK Rowling", "TB Joshua")."""
    word = words[k]
    if not 2 <= len(words) - k - 1 <= 3 or len(word) < 2 or not word.isalpha() or not word.isupper():
        return False  # (the length first: a copy of the rest at every word of a long run was quadratic)
    after = words[k + 1 :]
    mixed = all(w[:1].isupper() and not w.isupper() for w in after)
    return mixed and not any(w.lower() in ORG_WORDS for w in after)


def name_follows(word: str) -> bool:
    """Is ``word``, right before a run's name, a title after which the name opens at once: a courtesy title ("Dr")
    or an abbreviated title ("Gen.")? (Not any title: "PTI chairman Barrister Gohar Ali Khan".)"""
    return courtesy_title(word) or word.endswith(".") and _title_word(word.lower())


def name_opens_after(word: str, words: list[str]) -> bool:
    """Does the name of the run ``words`` open at its first word after ``word``: after a title read by name_follows,
    or after any other title ("PNP chief Rommel Francisco Marbil", "Brigadier General Rommel Francisco Dizon") unless
    the run opens with a noun of a person or a style ("PTI chairman Barrister Gohar Ali Khan", "His Royal Highness
    Prince Tom Ofori": the barrister's title and the prince's style stay where they were read)?"""
    if name_follows(word):
        return True
    if not words or not _title_word(word.lower()):
        return False
    low = words[0].lower()
    return low not in MALE_TITLES and low not in FEMALE_TITLES and not _opening_descriptor(words[0], low, len(words))


def courtesy_title(word: str) -> bool:
    """Is ``word`` a courtesy title ("Dr", "mr.", "Ms"), after which a name follows?"""
    return word.rstrip(".").lower() in HONORIFICS


def _without_post_nominals(name: list[str]) -> list[str]:
    """``name`` without the letters written after it ("Siobhán Lankford BL", "Declan Ryan SC", "Ann Lee PhD"): two
    capitals or more, after a name of two words at least ("Columbia SC" is a place; "Md" opens a Bangladeshi name)."""
    end = len(name)
    while end > 2 and sum(c.isupper() for c in name[end - 1]) >= 2:
        letters = name[end - 1].replace(".", "")
        if letters.lower() not in WRITTEN_POST_NOMINALS and not ROYAL_COLLEGE_LETTERS_RE.fullmatch(letters):
            break
        end -= 1
    return name[:end]


def _compound_role(word: str) -> bool:
    """Is ``word`` a compound noun of a person capitalised only for opening the run ("Match-winner",
    "Goal-scorer", "Record-holder"): its last part after a hyphen in lower case, a title or an agent noun? A
    name's parts are capitalised ("Papley-Reid"); a Cantonese given name's second syllable ("Chi-ming") ends in
    no agent ending."""
    last = word.rsplit("-", 1)[-1]
    if last == word or not last.isalpha() or not last.islower() or not word[:1].isupper():
        return False
    return last in P.EN_TITLES or last.endswith(AGENT_ENDINGS)


def _title_word(low: str) -> bool:
    """Is the lower-cased word ``low`` a title before a name ("sen.", "brig", "senator-elect")?"""
    stem = low.removesuffix(TITLE_SUFFIXES[0]).removesuffix(TITLE_SUFFIXES[1])
    if low in PLURAL_TITLES_OF_ONE:  # "Justices Surya Kant", "Drs Ama Mensah": a plural title before one name
        return True
    return stem in P.EN_TITLES or "." in stem and stem.strip(".") in P.EN_TITLES


def _given_name_after_words(name: list[str], lows: list[str], courtesy: bool = False) -> int:
    """How many words of ``name`` describe the person before a known given name: one word ("Brave Marina
    Lacerda", "Hawks head Gopaul Govender"), or several ending in a role noun before a name of two or three
    words ("CBS Sports NFL Insider Jason La Canfora"); 0 when the run opens with the name, or when the given name is
    one that often stands second in a name ("Gohar Ali Khan": lexicon.given_names_en.SECOND_GIVEN_NAMES). A generational
    suffix ending the name ("Ferdinand Marcos Jr.") is no word of it here. After a ``courtesy`` title ("Dr", "Mr")
    or an abbreviated one ("Gen.") the name itself follows: its first word is no noun of a person even with an agent
    ending ("Dr Kalwinder Singh Khaira", "Mr Jasvinder Gill"), nor a description before a known given name ("Gen.
    Rommel Francisco Marbil")."""
    words = len(name) - 1 if name and lows[-1].rstrip(".") in NAME_SUFFIXES else len(name)
    if courtesy:
        return 0  # "Dr Rommel Francisco Marbil", "Gen. Rommel Francisco Marbil": the name opens after the title
    if words >= 2 and _opening_descriptor(name[0], lows[0], words):
        return 1
    for k in range(1, words - 1):
        if given_name_gender(name[k - 1]) or lows[k - 1] in NAME_PARTICLES:
            return 0
        role_noun = lows[k - 1].endswith(ROLE_NOUN_ENDINGS) and words - k <= 3
        if given_name_gender(name[k]) and (k == 1 and lows[1] not in SECOND_GIVEN_NAMES or role_noun):
            return k
    return 0


def _opening_descriptor(word: str, low: str, words: int) -> bool:
    """Is ``word``, opening a run of ``words`` words, a description of the person named after it: a count of
    children ("Mum-of-three Siobhan O'Neill", "Father-of-2 Tom Lee"), or, before a name of two words or more, a
    noun of a person no given name ("Resident Nguyen Thi Mai", "Neighbour Ayodele Bankole")?"""
    if count_of_children(low):
        return True
    noun = low in P.EN_PERSON_OR_TIE_NOUNS or low.endswith(ROLE_NOUN_ENDINGS)
    return words >= 3 and noun and "-" not in low and not given_name_gender(word)


def _name_after_org(name: list[str], org: int) -> bool:
    """Is ``name[org + 1:]`` a person's name written after the organisation ending at ``name[org]`` ("Daily Mail
    Lacerda")? Three words at most besides particles; a lower-case particle opens it only after an organisation
    of several words ("the Daily Mail de Jong", "the Daily Mail al-Masri", not "Centre de Recherche"). A place is
    no such name ("Police Scotland"), nor one word after a body's word alone ("Network Rail")."""
    after = name[org + 1 :]
    if not after or sum(w.lower() not in NAME_PARTICLES for w in after) > 3:
        return False
    if org == 0 and len(after) == 1:
        return False  # "Network Rail", "Union Pacific": a body's word and one more make its own name
    if not after[-1].rpartition("-")[2][:1].isupper() or is_place(" ".join(after)):
        return False  # "Police Scotland": a body named with its place, no person
    return after[0][:1].isupper() or (org > 0 and after[0].partition("-")[0] in NAME_PARTICLES)


def _party_to_role(role: list[str], name: list[str]) -> tuple[list[str], list[str]]:
    """ "House Republican Thomas Massie": a party label before a name of two words or more goes to the
    role, with what precedes it."""
    party = 0
    for k in range(len(name) - 2):  # (most names have two words: no label to look for)
        if name[k].lower() in PARTY_LABELS:
            party = k + 1
    return (role + name[:party], name[party:]) if party else (role, name)


def gender_of_titles(titles: list[str]) -> str | None:
    low = {t.lower().rstrip(".") for t in titles}
    if low & MALE_TITLES:
        return "m"
    if low & FEMALE_TITLES:
        return "f"
    return None


def count_of_children(low: str) -> str | None:
    """The sex a parent's count of children tells ("mum-of-three" f, "father-of-2" m, "gran-of-seven" f,
    "parent-of-four" "?"), or None when the lower-cased word ``low`` is no such count."""
    parts = low.split("-")
    if len(parts) != 3 or parts[1] != "of" or not (parts[2] in NUMBER_WORDS or parts[2].isdigit()):
        return None
    if parts[0] in FEMALE_KIN or parts[0] in FEMALE_ELDERS:
        return "f"
    return "m" if parts[0] in MALE_KIN or parts[0] in MALE_ELDERS else "?"
