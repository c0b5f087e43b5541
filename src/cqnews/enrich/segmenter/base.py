"""What the segmenter's modules share: the :class:`Token`, jieba's dictionary (:func:`known`, :func:`char_tag`)
and the walk that applies the repairs (:func:`repair`).

A repair is a :data:`Step`: a test of one token that says the text may need it (most texts need none, and skip its
walk), and a :data:`Fix` that, at each token, gives the tokens that replace it or None. The tokens it gives
replace those they cover: the token at hand and any after it, and any before it already given (a merge with the
word before: 斯塔 + 默 -> 斯塔默). So adding a repair is one fix and one entry of ``core.REPAIRS``."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import NamedTuple

from ...lexicon.cue_words_zh import SAY_AFTER_NAME
from ...lexicon.personal_names_zh import ORDINARY_HK_SURNAMES, SURNAMES
from ...lexicon.titles_zh import TITLE_ENDS


class Token(NamedTuple):
    """One word of a text: ``to_simplified(text[start:end]) == word``."""

    word: str
    tag: str
    start: int
    end: int


def retag(t: Token, tag: str) -> Token:
    """The same word at the same place, with another part-of-speech tag."""
    return t._replace(tag=tag)


def joined(first: Token, second: Token, tag: str) -> Token:
    """One word of ``first`` and the ``second`` after it (张大/中 -> 张大中), tagged ``tag``."""
    return Token(first.word + second.word, tag, first.start, second.end)


# At ``tokens[i]``, given the tokens already walked (``out``): the tokens that replace those they cover, or None.
Fix = Callable[[list[Token], Sequence[Token], int], list[Token] | None]
# A repair: the test of a token that says a text may need it, and its fix.
Step = tuple[Callable[[Token], bool], Fix]


def repair(tokens: Sequence[Token], steps: Sequence[Step]) -> list[Token]:
    """``tokens`` after each step in turn: a walk over all of them for each step some token may need."""
    out = list(tokens)
    for needs, fix in steps:
        if any(map(needs, out)):
            out = walk(out, fix)
    return out


def walk(tokens: Sequence[Token], fix: Fix) -> list[Token]:
    """``tokens`` with what ``fix`` gives put in place of the tokens it covers."""
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        new = fix(out, tokens, i)
        if new is None:
            out.append(tokens[i])
            i += 1
            continue
        while out and out[-1].start >= new[0].start:
            out.pop()
        while i < len(tokens) and tokens[i].end <= new[-1].end:
            i += 1
        out += new
    return out


def always(_: Token) -> bool:
    """The test of a repair every text is walked for (its fix looks for what it needs as it goes)."""
    return True


def at(tokens: Sequence[Token], i: int) -> Token | None:
    """``tokens[i]``, or None past the end."""
    return tokens[i] if i < len(tokens) else None


def last(out: Sequence[Token]) -> Token | None:
    """The last token walked, or None at the start."""
    return out[-1] if out else None


def said_or_end(after: Token | None) -> bool:
    """Is ``after`` (the token after a would-be name) a verb of saying, or the end of the text (None: the window
    before a cue that the speaker readers tag ends there)?"""
    return after is None or after.word in SAY_AFTER_NAME


def cut_after_name(t: Token, tag: str, word: str | None = None, end: int | None = None) -> list[Token]:
    """``t``, a name of two characters and a third jieba's model glued to it (李华看/nr, 胡志伟昨/nr), cut after the
    name: the name keeps ``t``'s tag; from the third character runs ``word`` (that character by default), tagged
    ``tag``, to ``end`` (``t``'s end by default: a longer ``word`` takes in the token after ``t``)."""
    glued = t.end - 1
    rest = t.word[2] if word is None else word
    return [Token(t.word[:2], t.tag, t.start, glued), Token(rest, tag, glued, t.end if end is None else end)]


def title_token(t: Token) -> bool:
    """Is ``t`` a noun of two characters or more ending as a title does (议员, 律师, 市长)?"""
    return len(t.word) >= 2 and t.tag == "n" and t.word.endswith(TITLE_ENDS)


@functools.cache
def _rjieba() -> ModuleType:
    """rjieba, imported (and its dictionary built) on first use: ``import cqnews`` stays light."""
    import rjieba

    return rjieba


def load() -> None:
    """Build the segmenter's dictionary now (once per process), e.g. before forking workers."""
    _rjieba()


def jieba_tags(text: str) -> list[tuple[str, str]]:
    """rjieba's words and tags; a lone surrogate (a str that was never decoded from bytes) is read as
    "?", one character for one, so offsets hold."""
    try:
        return _rjieba().tag(text)  # type: ignore[no-any-return]
    except UnicodeEncodeError:
        return _rjieba().tag(text.encode("utf-8", "replace").decode("utf-8"))  # type: ignore[no-any-return]


def known(word: str) -> bool:
    """Is ``word`` in jieba's dictionary? (never, with a lone surrogate in it)"""
    try:
        return bool(_rjieba().has_word(word))
    except UnicodeEncodeError:
        return False


def char_tag(ch: str) -> str:
    """jieba's tag for one character read alone."""
    tags = jieba_tags(ch)
    return tags[0][1] if tags else "x"


def opens_with_surname(word: str, tag: str) -> bool:
    """Does the name ``word`` (tagged ``tag``) open with a surname: one of the tables, or a Hong Kong surname that is
    also an ordinary character (区诺/nr) where jieba's model reads a name?"""
    return word[0] in SURNAMES or tag == "nr" and word[0] in ORDINARY_HK_SURNAMES
