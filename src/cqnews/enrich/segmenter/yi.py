"""A Yi name of a two-character surname and a two-character given name (沙马拉且, 阿西木呷, 曲比阿果), which jieba cuts
anywhere (沙马拉/nr 且/zg, 阿西/ns 木/n 呷/v, 沙马拉/nr 且说/c): joined into one ``nr`` token when its four
characters end where a word ends, or where a verb of saying or a function word glued to it starts."""

from __future__ import annotations

from collections.abc import Sequence

from ...lexicon.cue_words_zh import SAY_AFTER_CUE
from ...lexicon.personal_names_zh import YI_SURNAMES
from ...lexicon.segmenter_repairs_zh import GLUED_FUNCTION_WORDS
from ...text import is_cjk_char
from .base import Token, char_tag

# What may be glued after the name in the word that ends it (且说 -> 且/说).
_GLUED_ENDS = GLUED_FUNCTION_WORDS | SAY_AFTER_CUE
def _function_word(t: Token) -> bool:
    """Is ``t`` a preposition, an adverb, a conjunction, a particle or a pronoun (沙马拉/在: no given name's end)?"""
    return t.tag[:1] in ("p", "d", "c", "u", "r")


# Characters of a Yi name: the surname and two of the given name.
_SIZE = 4


def opens_yi_name(t: Token) -> bool:
    """Does ``t`` open with a Yi surname (most texts: none)?"""
    return t.word[:2] in YI_SURNAMES


def join_yi_name(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """The Yi name opening at ``tokens[i]`` as one token (and what is glued after it as a word of its own)."""
    first = tokens[i]
    if not opens_yi_name(first):
        return None
    covered, k = 0, i
    while covered < _SIZE and k < len(tokens) and tokens[k].start == first.start + covered:
        covered += len(tokens[k].word)
        k += 1
    name_text = "".join(t.word for t in tokens[i:k])[:_SIZE]
    if covered < _SIZE or k - i < 2 or not all(map(is_cjk_char, name_text)):
        return None
    if covered == _SIZE and _function_word(tokens[k - 1]):
        return None
    end = first.start + _SIZE
    name = Token(name_text, "nr", first.start, end)
    if covered == _SIZE:
        return [name]
    rest = tokens[k - 1].word[len(tokens[k - 1].word) - (covered - _SIZE) :]
    return [name, Token(rest, char_tag(rest), end, tokens[k - 1].end)] if rest in _GLUED_ENDS else None
