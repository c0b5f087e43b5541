"""Transliterated names joined across their interpuncts (梅里/克/·/加兰 -> 梅里克·加兰, 阿不都热依木·买买提):
jieba reads the dot as a word of its own and cuts the parts around it; here the parts on both sides of each
dot, up to a name part's length, are one name, and a last character glued to the next word (罗格/夫在) is
given back to the name."""

from __future__ import annotations

from collections.abc import Sequence

from ...lexicon.function_words_zh import PHRASE_PREPOSITIONS
from ...lexicon.names_zh import MINORITY_NAME_PARTS
from ...lexicon.personal_names_zh import NAME_DOTS, NOT_IN_TRANSLITERATION, TRANSLITERATION_CHARS
from ...lexicon.pos_tags_zh import DOTTED_BREAK_TAGS, NAME_PIECE_TAGS, NAME_TAGS, PREPOSITION_CONJUNCTION_TAGS
from ...lexicon.titles_zh import TITLE_ENDS
from ...text import is_cjk_char
from .base import Token, known
from .minority import join_minority

# Longest part of a transliterated name on either side of its interpuncts (斯蒂芬妮, 阿不都热依木).
_NAME_PART = 6


def join_dotted(text: str, tokens: Sequence[Token]) -> list[Token]:
    """梅里/克/·/加兰 -> 梅里克·加兰: the parts around interpuncts joined."""
    tokens = _minority_parts_joined(text, tokens)
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        k = _part_start(out) if _joins(text, t) else len(out)
        stop = _parts_after(text, tokens, i) if k < len(out) else i
        if stop == i:  # no name part on one side: a dot of its own
            out.append(t)
            i += 1
            continue
        begin, end = out[k].start, tokens[stop - 1].end
        del out[k:]
        rest = _glued_tail(tokens, stop)
        if rest is not None:  # 罗格/夫在 -> 罗格夫/在: the name's last character glued to the next word
            end = rest.start
        out.append(Token(text[begin:end], "nr", begin, end))
        if rest is not None:
            out.append(rest)
        i = stop + (rest is not None)
    return out


def _minority_parts_joined(text: str, tokens: Sequence[Token]) -> list[Token]:
    """A part of a minority's names jieba cut next to an interpunct, joined first (阿力/木/·/买买提 ->
    阿力木/·/买买提, ·/阿不都/d/热合/v/曼说/v -> ·/阿不都热合曼/说): whatever jieba tags its pieces, the name part of
    the tables that ends right at the dot before it, or starts right after the dot."""
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if _joins(text, t):
            _join_before(out)
            out.append(t)
            joined = join_minority(out, tokens, i + 1) if i + 1 < len(tokens) else None
            if joined is not None:
                size = joined[-1].end - tokens[i + 1].start
                i += 1 + _tokens_covering(tokens, i + 1, size)
                out.extend(joined)
                continue
        else:
            out.append(t)
        i += 1
    return out


def _join_before(out: list[Token]) -> None:
    """Join in ``out`` the longest run of up to three tokens ending at its end that is a minority's name part
    (阿力/木 -> 阿力木/nr) when jieba did not read it as one word already."""
    for j in range(max(0, len(out) - 3), len(out) - 1):
        joined = join_minority([], out, j)
        if joined is not None and len(joined) == 1 and joined[0].end == out[-1].end:
            name = joined[0]
            del out[j:]
            out.append(name)
            return


def _tokens_covering(tokens: Sequence[Token], i: int, size: int) -> int:
    """How many tokens from ``tokens[i]`` it takes to cover ``size`` characters."""
    k, covered = 0, 0
    while covered < size and i + k < len(tokens):
        covered += len(tokens[i + k].word)
        k += 1
    return k


def _glued_tail(tokens: Sequence[Token], i: int) -> Token | None:
    """The word left after the first character of ``tokens[i]`` when jieba glued the end of a
    transliterated name to the next word (夫在 = 夫 + 在); None when it did not. After a part read whole, a
    function word of the dictionary is the sentence's whole (史密斯/只是/说, 史密斯/近日/称: not 史密斯只/是)."""
    if i >= len(tokens):
        return None
    t = tokens[i]
    if len(t.word) < 2 or t.word[0] in NOT_IN_TRANSLITERATION:
        return None
    if t.word[1] not in NOT_IN_TRANSLITERATION and not _made_up_across(t):
        return None
    if t.tag.startswith("v") and _whole_part(tokens[i - 1]) and known(t.word):
        return None  # 马丁/nr|辩称/v: a verb after a part read whole is the sentence's, no character of it the name's
    if t.tag in DOTTED_BREAK_TAGS and _whole_part(tokens[i - 1]) and known(t.word):
        return None
    word = t.word[1:]
    return Token(word, "p" if word in PHRASE_PREPOSITIONS else "x", t.start + 1, t.end)


def _made_up_across(t: Token) -> bool:
    """Is ``t`` a word of two jieba made up of no dictionary word (娃转, 娃梦), a transliteration's character and
    then one of none: the name's last character glued to the sentence's next (彼得罗/娃转/推 -> 彼得罗娃/转推)?"""
    word = t.word
    return len(word) == 2 and word[0] in TRANSLITERATION_CHARS and word[1] not in TRANSLITERATION_CHARS and (
        not known(word)
    )


def _joins(text: str, t: Token) -> bool:
    return t.word in NAME_DOTS and _cjk_at(text, t.start - 1) and _cjk_at(text, t.end)


def _part_start(out: list[Token]) -> int:
    """Index in ``out`` where the name part before an interpunct starts (len(out) if none)."""
    k, size, whole = len(out), 0, False
    while k > 0 and _name_piece(out[k - 1], whole=whole) and size + len(out[k - 1].word) <= _NAME_PART:
        size += len(out[k - 1].word)
        whole = whole or _whole_part(out[k - 1])
        k -= 1
    return k


def _whole_part(t: Token) -> bool:
    """Is ``t`` a name part jieba read whole (弗拉基米尔/nrt, 马丁/nr)? A character next to it is then a word
    of the sentence (劝/弗拉基米尔, 哈桑/昨) unless a transliteration's own (阿卜杜拉 is 阿卜/杜拉 in no text). A part
    jieba reads as a place or a proper noun is read whole too (加西亚/ns|给, 穆勒/nz|给: the sentence goes on)."""
    return len(t.word) >= 2 and (t.tag in NAME_TAGS or t.tag in _WHOLE_PART_TAGS)


def _parts_after(text: str, tokens: Sequence[Token], i: int) -> int:
    """From the interpunct ``tokens[i]``: the index after the name's last part (``i`` if none)."""
    stop = i
    while i < len(tokens) and (_joins(text, tokens[i]) or tokens[i].word == "-" and _cjk_at(text, tokens[i].end)):
        k, size, whole = i + 1, 0, False
        while k < len(tokens) and _name_piece(tokens[k], True, whole) and size + len(tokens[k].word) <= _NAME_PART:
            size += len(tokens[k].word)
            whole = whole or _whole_part(tokens[k])
            k += 1
        if k == i + 1:
            break
        stop = i = k
    return stop


def _name_piece(t: Token, after: bool = False, whole: bool = False) -> bool:
    """Can this word be a piece of a transliterated name? Single characters and name-like words, not
    titles (司法部长), nor the words a sentence resumes with (深表, 表示). After an interpunct a short
    common noun is a piece too (阿不都热依木·买买提: jieba reads 买买提 as a noun), and a part of a minority's names
of :mod:`...lexicon.names_zh` on either side (买买提/n·艾则孜). Past a part read ``whole``,
    a single character only of transliterations (哈桑/昨: 昨 is no piece), and no word of the dictionary but a name
    (哈桑/联系, 哈桑/第一次: a noun or a count the sentence goes on with)."""
    if not all(is_cjk_char(c) for c in t.word) or t.word in NAME_DOTS:
        return False
    if len(t.word) == 1:  # (因/p|安娜·…: a preposition or a conjunction before a part read whole is the sentence's)
        if whole and (t.word not in TRANSLITERATION_CHARS or not after and t.tag in PREPOSITION_CONJUNCTION_TAGS):
            return False
        return t.word not in NOT_IN_TRANSLITERATION
    if whole and t.tag in _SENTENCE_WORD_TAGS:
        return False
    noun = after and t.tag == "n" and len(t.word) <= 3 and t.word[0] not in NOT_IN_TRANSLITERATION
    part = t.word in MINORITY_NAME_PARTS  # 买买提/n|·|艾则孜: a part of a minority's names, whatever jieba tags it
    return (t.tag in NAME_PIECE_TAGS or noun or part) and not t.word.endswith(TITLE_ENDS)


# Tags besides a name's of a part jieba reads whole: a place (加西亚/ns) or a proper noun (穆勒/nz).
_WHOLE_PART_TAGS = frozenset("ns nz".split())

# Tags of the words a sentence goes on with after a name part read whole: common nouns and counts.
_SENTENCE_WORD_TAGS = frozenset("n m".split())


def _cjk_at(text: str, i: int) -> bool:
    return 0 <= i < len(text) and is_cjk_char(text[i])
