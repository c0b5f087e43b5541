"""A speaker named by surname alone completed from the prose where every noun is capitalised (German), whose
people are not registered when quotes are read (:func:`.rules.latin_rules`: a capital makes no name there).

"Mario Voigt allerdings, der Spitzenkandidat der CDU, …" / "„…“, sagt Voigt": the surname's last full form
before the quote, a capitalised word right before it that is no office ("Trainer Voigt"), no genitive
("Thüringens Voigt": a word in -s whose stem the article writes elsewhere, "Thüringen", or that ends as a
place's genitive does; other words in -s are given names, "Thomas Müller"), no function word or source word
("Laut Voigt"), and not itself after an article ("sein Drummer Voigt": a noun).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ...lexicon.genitives_latin import PLACE_GENITIVE_ENDINGS
from ...lexicon.quotes_latin import GERMAN_GIVEN_NAME, LatinTable
from ...models import Quote, Speaker
from .latin_titles import is_title


def surnames_from_prose(table: LatinTable, quotes: list[Quote], texts: Sequence[str]) -> None:
    """Each speaker of one capitalised word (after :func:`.latin_finish.complete_names`) named by the full name
    the prose gave it last before the quote, within :data:`_BLOCKS_BACK` paragraphs."""
    if not table.capitalised_nouns:
        return
    capitals: frozenset[str] | None = None  # read once, at the first speaker of one word (most articles have none)
    for index, quote in enumerate(quotes):
        speaker = quote.speaker
        name = speaker.name if speaker is not None else None
        if speaker is None or not name or " " in name or not name[:1].isupper() or not name.isalpha():
            continue
        if capitals is None:
            capitals = frozenset(_CAPITALISED.findall("\n".join(texts)))
        full = _last_full_name(table, capitals, name, texts, (quote.block, quote.start))
        if full is not None:
            quotes[index] = quote.model_copy(update={"speaker": Speaker(name=full, role=speaker.role)})


def _last_full_name(
    table: LatinTable, capitals: frozenset[str], surname: str, texts: Sequence[str], at: tuple[int, int]
) -> str | None:
    """The full name ("Mario Voigt") the prose last wrote ``surname`` in before ``at`` (paragraph, offset),
    reading back at most :data:`_BLOCKS_BACK` paragraphs; None when no capitalised word before it is a given name
    (``capitals``: the article's capitalised words, for the genitive test)."""
    block, start = at
    pattern = _full_name_re(surname)
    for k in range(block, max(-1, block - _BLOCKS_BACK - 1), -1):
        text = texts[k] if k < len(texts) else ""
        end = start if k == block else len(text)
        found = [m for m in pattern.finditer(text, 0, end) if _given_name(table, capitals, m.group(1), m.group(2))]
        if found:
            return f"{found[-1].group(2)} {surname}"
    return None


@lru_cache(maxsize=256)
def _full_name_re(surname: str) -> re.Pattern[str]:
    """A capitalised word (and the word before it) then ``surname``: a full name the prose may write it in. Made
    once per surname, not once per quote."""
    return re.compile(rf"(?<![\w-])(\w+ )?({GERMAN_GIVEN_NAME}) {re.escape(surname)}(?![\w-])")


def _given_name(table: LatinTable, capitals: frozenset[str], before: str | None, word: str) -> bool:
    """May the capitalised ``word`` before a surname be its given name? Not an office ("Trainer"), a genitive
    ("Thüringens": :func:`_genitive`), a function word, a conjunction or a source word, nor a noun after an article
    (``before``: "sein Drummer")."""
    low = word.lower()
    if is_title(table, word) or _genitive(table, capitals, word) or low in table.determiners or low in table.openers:
        return False
    if low in table.prepositions or low in table.particles or low in table.sources_before:
        return False  # ("Laut Feuerwehrangaben …": a source word)
    if low in table.that or low in table.subordinators:
        return False  # ("Dass Berg kündigte, …", "Als Berg kam, …": a conjunction opening its sentence)
    return before is None or before.strip().lower() not in table.determiners


def _genitive(table: LatinTable, capitals: frozenset[str], word: str) -> bool:
    """A word in -s that is a genitive: its stem is a capitalised word of the article ("Thüringens" where
    "Thüringen" is written, "Landes" where "Land" is), or it ends as a place's genitive ("Deutschlands")."""
    if not word.endswith("s"):
        return False
    if word[:-1] in capitals or (word.endswith("es") and len(word) > 4 and word[:-2] in capitals):
        return True  # (not "Ines" for a sentence's "In")
    return word.lower().endswith(PLACE_GENITIVE_ENDINGS.get(table.language, ()))


_CAPITALISED = re.compile(r"(?<![\w-])[A-ZÄÖÜ][a-zäöüß]+(?![\w-])")  # a capitalised word of the article
_BLOCKS_BACK = 20  # paragraphs before a quote searched for its speaker's full name (bounds the work)
