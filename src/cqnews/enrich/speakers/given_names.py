"""Given names and the gender they tell, in the shared tables or, while an article of one language is read, in
that language's table first (split from :mod:`.tokens`)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from types import MappingProxyType

from ...lexicon.given_names_en import FEMALE_GIVEN, FEMALE_NAMES, MALE_GIVEN, MALE_NAMES
from ...lexicon.given_names_europe import EUROPE_FEMALE_GIVEN, EUROPE_MALE_GIVEN
from ...text import fold_accents

_FEMALE = FEMALE_NAMES | FEMALE_GIVEN | EUROPE_FEMALE_GIVEN
_MALE = MALE_NAMES | MALE_GIVEN | EUROPE_MALE_GIVEN


# The given names of the language of the article being read, with their gender in it ("jan": "m" in German),
# read before the shared tables: set for one reading by :func:`given_names_of`, empty otherwise.
_LANGUAGE_GIVEN: ContextVar[Mapping[str, str]] = ContextVar("language_given_names", default=MappingProxyType({}))


@contextmanager
def given_names_of(table: Mapping[str, str]) -> Iterator[None]:
    """Within the block, :func:`given_name_gender` reads ``table`` (a language's given names) first."""
    token = _LANGUAGE_GIVEN.set(table)
    try:
        yield
    finally:
        _LANGUAGE_GIVEN.reset(token)


def reading_own_given_names() -> bool:
    """Is a language's table of given names read first (:func:`given_names_of`), so that :func:`given_name_gender`
    may answer other than the shared tables?"""
    return bool(_LANGUAGE_GIVEN.get())


def given_name_gender(name: str) -> str | None:
    """The gender the first word of ``name`` tells as a given name ("f", "m"), or None: in the language's
    table when an article of that language is being read (:func:`given_names_of`), else in the shared ones."""
    own = _LANGUAGE_GIVEN.get()
    if own:
        gender = own.get(_first_given(name))
        if gender is not None:
            return gender
    return _shared_given_name_gender(name)


# (about 80 calls a block, a seventh of them with a new name: the same few names are asked about again and again)
@lru_cache(maxsize=4096)
def _first_given(name: str) -> str:
    """The first word of ``name`` as the tables spell given names: lower case, without accents."""
    first = name.split(" ")[0].lower()
    return first if first.isascii() else fold_accents(first)  # "José", "Zoë", "Seán"


@lru_cache(maxsize=4096)
def _shared_given_name_gender(name: str) -> str | None:
    first = _first_given(name)
    if first in _FEMALE and first not in _MALE:
        return "f"
    if first in _MALE and first not in _FEMALE:
        return "m"
    return None
