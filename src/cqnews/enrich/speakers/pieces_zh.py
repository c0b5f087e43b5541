"""Chinese names the segmenter cuts in pieces (a minority's name, no surname of the tables: 扎西/ns 顿珠/ns,
央金/j 拉姆/nrt) read whole where they stand as a speaker's subject (see :mod:`.phrases_zh`)."""

from __future__ import annotations

from ...lexicon import quotes_zh as QZ
from ...lexicon.bodies_zh import NATION_ENDS, PLACE_ENDS
from ...text import is_cjk_char
from .. import segmenter
from .names_without_surname_zh import name_of_pieces

__all__ = ["name_of_place_pieces"]

# How long a subject read as a name in pieces of places is, and each piece: two names of two characters.
_SIZE = 4
_PIECE = 2
# Tags of the pieces of such a name: places, names, proper nouns, abbreviations.
_PIECE_TAGS = frozenset("ns nr nrt nrfg nz j".split())
# Last characters of a place's or a country's name (深圳市, 美国, 北京): no piece of a person's name.
_NOT_PIECE_ENDS = PLACE_ENDS | NATION_ENDS


def name_of_place_pieces(seg: str) -> bool:
    """Is ``seg``, all of a subject before a cue, one name of two pieces of two characters the segmenter tags as
    places or names, one a place at least (扎西/ns 顿珠/ns, 达瓦/nrt 顿珠/ns; not 应依/nr 郑斌/nr), no piece ending
    as a place or a body does (美国/英国, 中国/香港, 深圳/公司), nor the whole a word of the dictionary? Two places
    do not speak as one subject."""
    toks = segmenter.tag(seg)
    if len(seg) != _SIZE or len(toks) != _SIZE // _PIECE or not all(is_cjk_char(c) for c in seg):
        return False
    pieces = all(len(t.word) == _PIECE and t.tag in _PIECE_TAGS for t in toks) and any(t.tag == "ns" for t in toks)
    place = any(t.word[-1] in _NOT_PIECE_ENDS or t.word.endswith(QZ.ZH_ORG_SUFFIXES) for t in toks)
    return pieces and not place and not segmenter.is_word(seg) and not name_of_pieces(seg)
