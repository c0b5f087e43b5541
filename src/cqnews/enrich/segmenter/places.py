"""Repairs of places jieba reads as a person's name, or a person's name as a place (see
:mod:`cqnews.enrich.segmenter.repairs`): a name the dictionary holds as a place after a title (律师/马建国/ns ->
马建国/nr), a city before its party committee or government (石家庄/nr 市委常委 -> 石家庄/ns), and a district or a
county (荣昌/nr 区 -> 荣昌区/ns, 武侯区/nr -> 武侯区/ns)."""

from __future__ import annotations

from collections.abc import Sequence

from ...lexicon.bodies_zh import DISTRICT_ENDS, LOCAL_ORGANS, PLACE_ENDS
from ...lexicon.personal_names_zh import SURNAMES
from ...text import is_cjk_char
from .base import Token, at, joined, last, retag, title_token

__all__ = ["city_read_as_name", "district_read_as_name", "places_after_titles"]


def places_after_titles(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """A name the dictionary holds as a place read as a name after a title (律师/马建国/ns -> 马建国/nr): a word of
    three characters, a surname first, no place's last character (石家庄, 哈尔滨 stay)."""
    t, title = tokens[i], last(out)
    if t.tag == "ns" and len(t.word) == 3 and t.word[0] in SURNAMES and t.word[-1] not in PLACE_ENDS:
        if title is not None and title_token(title):
            return [retag(t, "nr")]
    return None


def city_read_as_name(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """石家庄/nr 市委常委 -> 石家庄/ns: a "name" of three characters ending as places do, right before a word opening
    with the party committee or the government of a city, a province or a county (市委, 省政府), is that place; the
    office after it (石家庄市委常委、副市长李华) names its holder."""
    t, after = tokens[i], at(tokens, i + 1)
    if after is None or after.start != t.end or not after.word.startswith(LOCAL_ORGANS):
        return None
    return [retag(t, "ns")]


def district_read_as_name(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """荣昌/nr 区 -> 荣昌区/ns, 武侯区/nr -> 武侯区/ns: a district or a county jieba reads as a person's name, the
    name and 区 or 县 after it (or the "name" ending with one), is a place: the body after it
    (荣昌区畜牧发展中心主任王明) is no person's name and title."""
    t, after = tokens[i], at(tokens, i + 1)
    if t.tag != "nr" or not all(map(is_cjk_char, t.word)):
        return None
    if len(t.word) == 3 and t.word[-1] in DISTRICT_ENDS:
        return [retag(t, "ns")]
    if len(t.word) == 2 and after is not None and after.word in DISTRICT_ENDS:
        return [joined(t, after, "ns")]
    return None
