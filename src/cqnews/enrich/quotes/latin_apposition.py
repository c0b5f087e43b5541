"""The office set off by commas right after a speaker's name, in the Latin-script languages read from a table.

"« … », explique Marie Martin, adjointe aux finances.", "Según Juan Pérez, Alcalde de Soria, las obras …", "sagte
Jörg Braun, Leiter der Feuerwehr.": the words between the commas after the name are the person's role, when they
open with an office word of the table (in lower case, or capitalised as regional pages write it; where every noun
is capitalised, an office and its complement), an article before it at most and an age before them ("Anna Berg, 45,
Anwohnerin"). After a verb of saying and its subject, a noun and its complement ending the sentence is a role too
("…, dice Rita Bassi, titolare del forno."); a gerund there ("uscendo da casa") is what the person was doing, no
role. Split from :mod:`.latin_phrases`, which reads the name itself.
"""

from __future__ import annotations

from ...lexicon.descriptions_latin import AGE_BETWEEN_COMMAS_RE
from ...lexicon.quotes_latin import LatinTable
from .latin_titles import german_office, is_title
from .latin_words import DESCRIPTION_WORDS, phrase_words


def apposition(table: LatinTable, text: str, end: int, hi: int, *, described: bool = False) -> tuple[str, int] | None:
    """The office set off by commas right after a name that ends at ``end`` ("Marie Martin, adjointe aux
    finances, …", "Ana Ruiz, la portavoz del partido."): its words and where the text after its comma
    starts; None when the words after the comma open with no office word. With ``described`` (after a verb of
    saying and its subject), also a noun and its complement, no article before it, ending the sentence ("…, dice
    Rita Bassi, titolare del forno.")."""
    end -= text[end - 1 : end] == " "  # (after_phrase steps past one space)
    age = AGE_BETWEEN_COMMAS_RE.match(text, end, hi)
    end = age.end() if age else end  # ("Anna Berg, 45, Anwohnerin": the office after the age)
    if text[end : end + 2] != ", ":
        return None
    words = phrase_words(table, text, end + 2, hi)
    k = 1 if words and words[0][0].lower() in table.determiners else 0
    # (where nouns are capitalised, an office and its complement: "sagte Jörg Braun, Leiter der Feuerwehr."; elsewhere
    # an office word capitalised as regional pages write it: "Según Juan Pérez, Alcalde de Soria, las obras …")
    office = k < len(words) and (words[k][0].islower() or _capitalised_office(table, words[k:]))
    if not k < len(words) <= DESCRIPTION_WORDS or not office:
        return None
    role_end = words[-1][1] + len(words[-1][0])
    if not is_title(table, words[k][0]) and not (
        described and not k and text[role_end : role_end + 1] == "." and _noun_with_complement(table, words)
    ):
        return None
    if text[role_end : role_end + 1] not in (",", ".", ";"):
        return None  # (a full stop after a word _words kept: the sentence ends there)
    after = role_end + 1
    return text[end + 2 : role_end], after + (text[after : after + 1] == " ")


def _capitalised_office(table: LatinTable, words: list[tuple[str, int]]) -> bool:
    """Do ``words`` open with an office word written with a capital: where every noun is one, an office and its
    complement (:func:`.latin_titles.german_office`: "Leiter der Feuerwehr"); elsewhere any office word of the
    table ("Alcalde", "Sindaco", "Maire")."""
    if table.capitalised_nouns:
        return german_office(table, words)
    return words[0][0][:1].isupper() and is_title(table, words[0][0])


def _noun_with_complement(table: LatinTable, words: list[tuple[str, int]]) -> bool:
    """A lower-case noun and its complement a particle opens ("titolare del bar", "moradora do bairro", "mère de
    deux enfants", "uno dei residenti"): a description of the person named before its comma; not a gerund
    ("uscendo da casa", "en sortant de la mairie": what the person was doing)."""
    if len(words) < _NOUN_AND_COMPLEMENT or not words[1][0].islower() or words[1][0] not in table.particles:
        return False
    return not words[0][0].endswith(table.gerund_endings) if table.gerund_endings else True


_NOUN_AND_COMPLEMENT = 3  # a noun, a particle and a word
