"""The given names of each language, with their gender in that language, read before the shared tables of
:func:`cqnews.enrich.speakers.given_names.given_name_gender` while an article of that language is read
(:func:`cqnews.enrich.speakers.given_names.given_names_of`): "Jean" is a man in French, "Andrea" in Italian, "Jan"
in German and Dutch, where the English table reads them as women; "Simone" is a woman in German and French, a
man in Italian, and so in no shared table. So "« … », a-t-il ajouté" may stand for Jean Dupont and
"a-t-elle ajouté" may not, and "die 39-jährige Simone Weber" is a name."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from .given_names_europe import FEMALE_BY_LANGUAGE, MALE_BY_LANGUAGE

# Names whose gender in one language the lists of :mod:`.given_names_europe` leave out or the English table
# tells otherwise.
_OVERRIDES: dict[str, dict[str, str]] = {
    "fr": {"jean": "m"},
    "it": {"andrea": "m", "nicola": "m", "michele": "m"},
    "de": {"jan": "m"},
    "nl": {"jan": "m"},
}


def _language_table(language: str) -> Mapping[str, str]:
    table = {name: "f" for name in FEMALE_BY_LANGUAGE.get(language, ())}
    table.update({name: "m" for name in MALE_BY_LANGUAGE.get(language, ())})
    table.update(_OVERRIDES.get(language, {}))
    return MappingProxyType(table)


GIVEN_NAME_GENDERS = MappingProxyType(
    {language: _language_table(language) for language in sorted(set(FEMALE_BY_LANGUAGE) | set(_OVERRIDES))}
)
