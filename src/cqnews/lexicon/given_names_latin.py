"""Given names whose gender in a language differs from what the English table of given names tells
(:func:`cqnews.enrich.speakers.tokens.given_name_gender`): "Jean" is a man in French, "Andrea" in Italian, "Jan"
in German and Dutch, where the English table reads them as women. Read first for the articles of that language,
so that "« … », a-t-il ajouté" may stand for Jean Dupont and "a-t-elle ajouté" may not."""

from __future__ import annotations

from types import MappingProxyType

GIVEN_NAME_GENDERS = MappingProxyType(
    {
        "fr": MappingProxyType({"jean": "m"}),
        "it": MappingProxyType({"andrea": "m", "nicola": "m", "michele": "m"}),
        "de": MappingProxyType({"jan": "m"}),
        "nl": MappingProxyType({"jan": "m"}),
    }
)
