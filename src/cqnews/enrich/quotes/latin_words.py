"""The words a speaker phrase of the Latin-script languages is read from (see :mod:`.latin_phrases`, which reads
the phrase): the words up to the mark that closes the phrase, and the run of capitalised words that opens them,
particles inside a name included ("Ursula von der Leyen", "Luiz Inácio Lula da Silva").
"""

from __future__ import annotations

import re

from ...lexicon.descriptions_latin import PARTICLE_AFTER_GIVEN_NAMES
from ...lexicon.punctuation import HEBREW_LETTERS
from ...lexicon.quotes_latin import LatinTable
from ..speakers.given_names import given_name_gender
from .latin_elision import elision
from .latin_titles import QUOTE_OPENERS, is_title, quoted_name_close, quoted_name_lead

# a party's short name in brackets after an office word: "(LR)", "(PSB-SP)", "(PP)"
_PARTY_RE = re.compile(r"\([A-ZÀ-Ý][A-Za-zÀ-ÿ]{0,7}(?:-[A-Z]{2})?\)(?= [^\W\d_])")
# (Hebrew abbreviations keep their gershayim or geresh inside the word: "ד״ר", "עו״ד", "פרופ׳", and the gershayim
# typed as a straight double mark before a Hebrew letter, "ד"ר", "עו"ד")
TOKEN_RE = re.compile(
    r"[^\W\d_](?:[\w'’\-\u05f3\u05f4]|\"(?=[" + HEBREW_LETTERS + r"]))*\.?|\d[\w.\-]*|[^\w\s]"
)
NAME_WORDS = 5  # longest name read, office words included
DESCRIPTION_WORDS = 8
# Words phrase_words reads at most: one more than a description, the longest phrase read_subject and apposition
# look at (an office of latin_phrases._OFFICE_WORDS and a name of NAME_WORDS fit too), so a phrase as long as a
# paragraph with no comma is not read whole for each quote.
PHRASE_WORDS = DESCRIPTION_WORDS + 1
# The same for a clause read for a name anywhere in it (colon_name) or past a listener (past_listener).
CLAUSE_WORDS = 30


def phrase_words(
    table: LatinTable, text: str, lo: int, hi: int, limit: int = PHRASE_WORDS
) -> list[tuple[str, int]]:
    """The words of ``text[lo:hi]`` up to the first mark that closes a phrase (comma, colon, a full stop
    that ends no title or initial), with their offsets; ``limit`` of them at most."""
    out: list[tuple[str, int]] = []
    pos = lo
    while (m := TOKEN_RE.search(text, pos, hi)) is not None:
        pos = m.end()
        if len(out) == limit:
            break
        word = m.group()
        party = _PARTY_RE.match(text, m.start(), hi) if word == "(" and out else None
        if party is not None and is_title(table, out[-1][0]):
            pos = party.end()  # "le maire (LR) de la commune", "a deputada federal (PSB) Ana Lima": stepped over
            continue
        if word[:1] in QUOTE_OPENERS and out and quoted_name_lead(table.language, out[-1][0]):
            close = quoted_name_close(text, m.start(), hi)  # "директор ООО «Ромашка» Иван Сидоров": one word
            if close:
                out.append((text[m.start() : close], m.start()))
                pos = close
                continue
        if not word[0].isalnum():
            break
        if word.endswith(".") and len(word) > 2 and not word[:-1].isupper() and word.lower() not in table.titles:
            out.append((word[:-1], m.start()))
            break  # the sentence ends with this word
        out.append((word, m.start()))
    return out


def _elided_particle_name(table: LatinTable, word: str) -> bool:
    """Is ``word`` an elided particle of the table written with a capitalised name ("d'Armont" of "Charles d'Armont",
    "d'Ávila"): the name goes on (before, it ended at the first name word)?"""
    cut = elision(table.particles, word.lower())
    return cut > 0 and word[cut : cut + 1].isupper()


def _particle_goes_on(table: LatinTable, low: str, run: list[tuple[str, int]]) -> bool:
    """A particle after a name's first word ("Ursula von"), or after another ("von der"); one that is also
    an article only after another ("Wirtgen den Schlüssel" is no name). Where only names are capitalised,
    a particle may follow any of a name's first three words ("Luiz Inácio Lula da Silva", "Hugo de
    Jonge"): a name goes on only if a capitalised word follows, and a particle left last is dropped."""
    if low not in table.particles or not run:
        return False
    if run[-1][0].lower() in table.particles:
        return True
    if table.language in PARTICLE_AFTER_GIVEN_NAMES:
        # (Dutch: after a name of two words ending in no given name the particle opens a body or a place, "zei
        # trainer Arne Sloof van Feyenoord", "Jan Jansen van PSV", "Sander de Vries van Ajax"; not "Jan Peter van
        # Dijk"; a longer run may hold an office's complement, "Sociale Zaken Eddy van Hijum")
        capitalised = sum(w[:1].isupper() for w, _ in run)
        surname = capitalised == _GIVEN_AND_SURNAME and given_name_gender(run[-1][0]) is None
        return len(run) <= _PARTICLE_AFTER and not surname
    if not table.capitalised_nouns:
        return len(run) <= _PARTICLE_AFTER
    return len(run) == 1 and low not in table.determiners


_GIVEN_AND_SURNAME = 2
_PARTICLE_AFTER = 3  # name words a particle may follow ("Luiz Inácio Lula da Silva")


def leading_run(table: LatinTable, words: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The capitalised words that open ``words``; a particle goes on a name only after its first word
    ("Ursula von der Leyen", not "Carsten Brzeski von der ING")."""
    run: list[tuple[str, int]] = []
    for word, at in words:
        if word[:1].isupper():
            run.append((word, at))
        elif _particle_goes_on(table, word.lower(), run) or run and _elided_particle_name(table, word):
            run.append((word, at))
        else:
            break
    return run


def singular_noun_after(table: LatinTable, text: str, pos: int, hi: int) -> bool:
    """Is the word after the first one of ``text[pos:hi]`` (an article that is also a preposition, Portuguese "a") a
    lower-case noun in the singular ("disse a vizinha": the article of the subject; "disse a jornalistas": who was
    told, a plural after a bare preposition, as an article would agree with it; "disse a uma rádio": a preposition
    before an article)?"""
    words = text[pos:hi].split(None, 2)
    noun = words[1].rstrip(",.;") if len(words) > 1 else ""
    return noun[:1].islower() and not noun.endswith("s") and noun not in table.determiners
