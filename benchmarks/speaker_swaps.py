"""More transformations for benchmarks/speaker_invariance.py: changes to a text that must not change who speaks.

- gender: every person of a given-name table and every gold person takes a given name of the other sex
  (the surname stays), he/him/his/himself <-> she/her/hers/herself, Mr <-> Ms (Mrs, Miss -> Mr),
  spokesman <-> spokeswoman and the other gendered nouns of ``GENDERED``. "her" is "his" before a word
  that is not a function word, "him" otherwise; a text with a "her" after a verb that takes two objects or a
  bare infinitive ("gave her money", "let her go") is left as it is (counted as pairs, never a divergence).
- role: a title written before a capitalised name swapped for another of the same kind (Mayor <-> Governor,
  Minister <-> Secretary, Professor <-> Dr, spokesman <-> spokesperson ...); the name stays.
- order: the attribution after a quote turned round: ``"…," X said.`` <-> ``"…," said X.`` (X a name or a
  description of one to five words, not a pronoun).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from cqnews.enrich.speakers.given_names import given_name_gender
from cqnews.lexicon.en import TITLES

_MALE_NEW = ["Daniel", "Thomas", "Robert", "Michael", "Steven", "Richard", "Edward", "Gregory", "Patrick", "Walter"]
_FEMALE_NEW = ["Laura", "Emily", "Sarah", "Jennifer", "Rachel", "Karen", "Helen", "Margaret", "Susan", "Deborah"]

# gendered words, male -> female (each swapped both ways, capitalised as written)
GENDERED: dict[str, str] = {
    "he": "she", "himself": "herself", "Mr": "Ms", "Mr.": "Ms.", "spokesman": "spokeswoman",
    "chairman": "chairwoman", "congressman": "congresswoman", "councilman": "councilwoman",
    "businessman": "businesswoman", "assemblyman": "assemblywoman", "man": "woman", "men": "women",
    "husband": "wife", "father": "mother", "son": "daughter", "brother": "sister", "boyfriend": "girlfriend",
    "grandfather": "grandmother", "boy": "girl", "boys": "girls", "sons": "daughters", "brothers": "sisters",
    "husbands": "wives", "fathers": "mothers", "spokesmen": "spokeswomen", "chairmen": "chairwomen",
    "uncle": "aunt", "nephew": "niece", "actor": "actress",
}
_ONE_WAY: dict[str, str] = {"Mrs": "Mr", "Mrs.": "Mr.", "Miss": "Mr", "him": "her", "hers": "his"}

# "her" before these is an object ("told her that", "asked her about it"): "him"
_FUNCTION_WORDS = frozenset(
    """a an the that this these those to of in on at for from with by about as and or but if when while because
    so than then after before into over under through during since until up down out off back again also
    not never just only even still there here what who whom which how why where whether be is was were
    are been being has have had do does did will would can could should may might must he she it they we i
    you his her its their our my your him them us me""".split()
)
# verbs after which "her" + a word may be an object and a second object, verb or adjective ("gave her money",
# "let her go", "left her intrigued")
_AMBIGUOUS_BEFORE = frozenset(
    """let lets make made makes help helped helps see saw seen watch watched hear heard find found keep kept leave
    left call called calls named consider considered gave give gives offered paid handed lent promised""".split()
)
_HER_RE = re.compile(r"\b([A-Za-z’']+\s+)?([Hh]er)\b(\s+([A-Za-z][\w’'-]*))?")


def _ambiguous_her(text: str) -> bool:
    for m in _HER_RE.finditer(text):
        before, after = (m.group(1) or "").strip().lower(), (m.group(4) or "").lower()
        if before in _AMBIGUOUS_BEFORE and after and after not in _FUNCTION_WORDS and not after.endswith("ly"):
            return True
    return False


_NEXT_WORD_RE = re.compile(r"\s+([A-Za-z][\w’'-]*)")


def _possessive(text: str, end: int) -> bool:
    """Whether "her"/"his" ending at ``end`` stands before a word it owns ("her father", not "her that")."""
    m = _NEXT_WORD_RE.match(text, end)
    after = m.group(1).lower() if m else ""
    return bool(after) and after not in _FUNCTION_WORDS and not after.endswith("ly")


def _pronoun(m: re.Match[str]) -> str:
    """he<->she and the other words of the table; "her" -> his/him and "his" -> her/hers by what follows."""
    word = m.group()
    low = word.lower()
    if low == "her":
        new = "his" if _possessive(m.string, m.end()) else "him"
    elif low == "his":
        new = "her" if _possessive(m.string, m.end()) else "hers"
    else:
        return word
    return new.capitalize() if word[0].isupper() else new


def _word_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for m, f in list(GENDERED.items()) + [(f, m) for m, f in GENDERED.items()]:
        table[m] = f
        table[m[:1].upper() + m[1:]] = f[:1].upper() + f[1:]
    for k, v in _ONE_WAY.items():
        table[k] = v
        table[k[:1].upper() + k[1:]] = v[:1].upper() + v[1:]
    return table


_WORDS = _word_table()
_WORDS_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(k) for k in sorted(_WORDS, key=len, reverse=True)) + r")(?![\w-])"
)
_CAPITALISED_RE = re.compile(r"(?<![\w-])[A-Z][a-z]+(?![\w-])")


_MONTHS = frozenset("January February March April May June July August September October November December".split())


def _given_names(text: str) -> dict[str, str]:
    """Each capitalised word of the text that the given-name tables give a sex -> a given name of the other
    sex that the text does not hold (a name the tables do not know carries no sex: it stays)."""
    present = set(_CAPITALISED_RE.findall(text))
    pools = {"m": [n for n in _FEMALE_NEW if n not in present], "f": [n for n in _MALE_NEW if n not in present]}
    mapping: dict[str, str] = {}
    for word in sorted(present - _MONTHS):
        sex = given_name_gender(word)
        if sex and pools[sex] and word not in _WORDS and word.lower() not in TITLES:
            mapping[word] = pools[sex].pop(0)
    return mapping


def gender_swap(text: str) -> Callable[[str], str]:
    """The gender swap for one text."""
    if _ambiguous_her(text):
        return lambda s: s
    table = {**_WORDS, **_given_names(text)}
    keys = sorted(table, key=len, reverse=True) + ["[Hh]er", "[Hh]is"]
    pattern = re.compile(
        r"(?<![\w-])(?:" + "|".join(k if k.startswith("[") else re.escape(k) for k in keys) + r")(?![\w-])"
    )
    return lambda s: pattern.sub(lambda m: table[m.group()] if m.group() in table else _pronoun(m), s)


# role: titles before a name, each -> another of the same kind
ROLES: dict[str, str] = {
    "Mayor": "Governor", "Governor": "Mayor", "Minister": "Secretary", "Secretary": "Minister",
    "Professor": "Dr", "Prof.": "Dr.", "Dr": "Professor", "Dr.": "Professor", "Senator": "Representative",
    "Sen.": "Rep.", "Rep.": "Sen.", "Representative": "Senator", "President": "Chancellor",
    "Chancellor": "President", "General": "Admiral", "Admiral": "General", "Sheriff": "Commissioner",
    "Commissioner": "Sheriff", "Detective": "Inspector", "Inspector": "Detective", "Judge": "Justice",
    "spokesman": "spokesperson", "spokeswoman": "spokesperson", "spokesperson": "spokesman",
    "mayor": "governor", "governor": "mayor", "minister": "secretary", "secretary": "minister",
    "professor": "researcher", "researcher": "professor", "economist": "analyst", "analyst": "economist",
    "lawyer": "attorney", "attorney": "lawyer", "senator": "lawmaker", "lawmaker": "senator",
    "coach": "manager", "manager": "coach",
}
_ROLE_RE = re.compile(
    r"(?<![\w.-])(" + "|".join(re.escape(k) for k in sorted(ROLES, key=len, reverse=True)) + r")(?=\s+[A-Z][a-z])"
)


def role_swap(s: str) -> str:
    return _ROLE_RE.sub(lambda m: ROLES[m.group(1)], s)


# order: "…," X said. <-> "…," said X.
_PRONOUNS = "he|she|they|it|we|I|you|He|She|They|It|We|You"
_SUBJECT = (
    rf"(?!(?:{_PRONOUNS}|and|but|then|so|also|later|as|or|when|while|before|after|according|in|on|at|to|with|by|that|this|from|for|of|not|only|just|yesterday|today|there|here|what|who)\b)"
    r"(?:[A-Z][\w’'.-]*|the|a|an|[a-z][\w’'-]*)(?:\s+(?:[A-Z][\w’'.-]*|of|the|for|[a-z][\w’'-]*)){0,4}?"
)
_AFTER_QUOTE = r"([,!?][\"”]\s+)"
_SAID_AFTER_RE = re.compile(_AFTER_QUOTE + rf"({_SUBJECT})\s+(said|says)(?=[.,])")
_SAID_BEFORE_RE = re.compile(_AFTER_QUOTE + rf"(said|says)\s+({_SUBJECT})(?=\.(?:\s|$))")
_ORDER_RE = re.compile(f"{_SAID_AFTER_RE.pattern}|{_SAID_BEFORE_RE.pattern}")


def _turn(m: re.Match[str]) -> str:
    if m.group(1) is not None:  # "…," X said -> "…," said X
        return f"{m.group(1)}{m.group(3)} {m.group(2)}"
    return f"{m.group(4)}{m.group(6)} {m.group(5)}"


def order_swap(s: str) -> str:
    return _ORDER_RE.sub(_turn, s)


# marks/straight: curly quote marks and apostrophes written straight, as publishers nobody tuned for write them.
_STRAIGHT = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def straight_marks(s: str) -> str:
    return s.translate(_STRAIGHT)


# marks/british: double quote marks written single and the single ones nested inside them double, as UK papers
# write (“a ‘b’ c” -> ‘a “b” c’); an apostrophe (’ not closing a nested single quote) stays. A text with a single
# quote mark outside double ones (a headline's ‘…’) is left as it is: its British form would not be invertible.
_BRITISH_OPEN = {"“": ("d", "‘"), "‘": ("s", "“")}


def _closes_single(s: str, i: int, stack: list[str]) -> bool:
    """Whether the ’ at ``i`` closes a nested single quote (not an apostrophe inside or after a word)."""
    return bool(stack) and stack[-1] == "s" and not (i + 1 < len(s) and s[i + 1].isalpha())


def _british(s: str) -> str:
    out: list[str] = []
    stack: list[str] = []
    for i, c in enumerate(s):
        if c in _BRITISH_OPEN and (c == "“" or (stack and stack[-1] == "d")):
            kind, new = _BRITISH_OPEN[c]
            stack.append(kind)
            out.append(new)
        elif c == "”" and stack and stack[-1] == "d":
            stack.pop()
            out.append("’")
        elif c == "’" and _closes_single(s, i, stack):
            stack.pop()
            out.append("”")
        else:
            out.append(c)
    return "".join(out)


def _top_level_single(text: str) -> bool:
    depth = 0
    for c in text:
        if c == "“":
            depth += 1
        elif c == "”":
            depth = max(0, depth - 1)
        elif c == "‘" and depth == 0:
            return True
    return False


def british_marks(text: str) -> Callable[[str], str]:
    """The British swap for one text (each paragraph on its own)."""
    if _top_level_single(text):
        return lambda s: s
    return _british
