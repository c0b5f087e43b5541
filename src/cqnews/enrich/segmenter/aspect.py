"""A name read with the one-character verb of an action after it, before the verb's particle of aspect: jieba's
model glues the verb to a name it does not know (王华写/nr 了, 李华拉着/nr), or the name's last character to the verb
(欧阳明/远笑/着), or a familiar name's surname to it (小/刘举/nr 着). One fix (:func:`verb_before_aspect`) for the
shapes of ``lexicon.segmenter_repairs_zh.VerbGluedToName``: the name, then the verb, each a token of its own."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from ...lexicon.personal_names_zh import FAMILIAR_PREFIXES, NOT_GIVEN_VERBS, SURNAMES
from ...lexicon.pos_tags_zh import NAME_TAGS
from ...lexicon.segmenter_repairs_zh import VerbGluedToName
from ...text import is_cjk_char
from .base import Fix, Token, at, char_tag, known, opens_with_surname, retag


def verb_before_aspect(shapes: Sequence[VerbGluedToName]) -> Fix:
    """The fix that tries each of ``shapes`` in turn at a token: the tokens of the first that fits, or None."""

    def fix(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
        for shape in shapes:
            window = _window(out, tokens, i, shape)
            if window is not None and _fits(out, tokens, i, shape, window):
                return _cut(window, shape)
        return None

    return fix


def _window(out: list[Token], tokens: Sequence[Token], i: int, shape: VerbGluedToName) -> list[Token] | None:
    """The tokens the name and the verb stand in, if there are as many as ``shape`` has and of its lengths."""
    if len(out) + shape.first < 0:
        return None
    window = [*out[len(out) + shape.first :], *tokens[i : i + len(shape.lengths) + shape.first]]
    if len(window) != len(shape.lengths):
        return None
    if any(not low <= len(t.word) <= high for t, (low, high) in zip(window, shape.lengths, strict=True)):
        return None
    return window


def _fits(out: list[Token], tokens: Sequence[Token], i: int, shape: VerbGluedToName, window: list[Token]) -> bool:
    """Are ``window``'s characters a name and a verb (and its particle) as ``shape`` has them?"""
    named = window[shape.named]
    if named.tag not in NAME_TAGS or any(a.end != b.start for a, b in pairwise(window)):
        return False
    text = "".join(t.word for t in window)
    if shape.glued_particle:
        particle = text[-1] in shape.particles
    else:
        after = at(tokens, i + len(shape.lengths) + shape.first)
        particle = after is not None and after.word in shape.particles
    name = text[: -2 if shape.glued_particle else -1]
    if not (particle and _opens_name(name, named.tag, shape)):
        return False
    before = out[len(out) + shape.first - 1] if len(out) + shape.first >= 1 else None
    if shape.not_after_numeral and before is not None and before.tag[:1] == "m":
        return False
    verb = window[-1]
    return not shape.verb_read_alone or (
        not known(verb.word) and is_cjk_char(name[-1]) and _verb_alone(verb, char_tag(text[len(name)]))
        and name[-1] not in NOT_GIVEN_VERBS  # (李明/想通/了: 想 ends no given name, 想通 is one verb)
    )


def _verb_alone(verb: Token, tag: str) -> bool:
    """Is the verb's character, which jieba tags ``tag`` alone, a verb: tagged one, or tagged a measure word (种, a
    kind; the verb "to plant") in a token jieba's model tags a verb (王德/发种/v 了 -> 王德发/种/了)?"""
    return tag.startswith("v") or tag in _MEASURE_TAGS and verb.tag.startswith("v")


# Tags of a measure word or a numeral (种/m alone), characters that are verbs too.
_MEASURE_TAGS = frozenset("m q".split())


def _opens_name(name: str, tag: str, shape: VerbGluedToName) -> bool:
    """Does ``name`` open as ``shape``'s names do: 老 or 小 and a surname (a familiar name), or a surname (a Hong Kong
    one too where ``shape`` takes them: :func:`.base.opens_with_surname`)?"""
    if shape.familiar:
        return name[0] in FAMILIAR_PREFIXES and name[1] in SURNAMES
    return opens_with_surname(name, tag) if shape.hk_surnames else name[0] in SURNAMES


def _cut(window: list[Token], shape: VerbGluedToName) -> list[Token]:
    """The name, the verb (and the particle glued to it) of ``window``, each a token."""
    text = "".join(t.word for t in window)
    start, end = window[0].start, window[-1].end
    cut = end - 2 if shape.glued_particle else end - 1
    name = Token(text[: cut - start], shape.name_tag or window[shape.named].tag, start, cut)
    tokens = [name, Token(text[cut - start], "v", cut, cut + 1)]
    if shape.glued_particle:
        tokens.append(Token(text[-1], char_tag(text[-1]), cut + 1, end))
    return tokens


def verb_read_as_adverb(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """他/握/d 着/uz 老人的手 -> 他/握/v 着: one character jieba tags an adverb right before the particle 着 (which
    follows verbs only) is a verb of an action, what the speaker does while speaking: the speaker readers see a
    predicate after the subject, not words of the subject."""
    t, after = tokens[i], at(tokens, i + 1)
    if len(t.word) != 1 or t.tag != "d" or after is None or after.start != t.end or after.word != _ZHE:
        return None
    return [retag(t, "v")] if after.tag == "uz" and is_cjk_char(t.word) else None


def adverb_before_zhe(t: Token) -> bool:
    """Is ``t`` the particle 着 (a test that a text may hold a verb jieba tagged an adverb before it)?"""
    return t.word == _ZHE and t.tag == "uz"


# The particle of a lasting action, written after verbs only.
_ZHE = "着"
