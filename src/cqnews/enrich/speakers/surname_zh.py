"""A Chinese person named again by the surname alone (陶君行表示… 陶又指… -> 陶君行), as Hong Kong and Taiwan
news name a person after giving the full name once: a person quoted before, or one the text named outside
any quote (教授黃國華昨日出席論壇。黃指出… -> 黃國華)."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from ...lexicon.bodies_zh import ORG_HEADS
from ...lexicon.people_nouns_zh import KIN_NOUNS, PEOPLE_WORDS
from ...lexicon.personal_names_zh import ADVERBS_AFTER_SURNAME, DOUBLE_SURNAMES, GIVEN_NAME_HEADS, SURNAMES
from ...lexicon.pos_tags_zh import NAME_TAGS
from ...lexicon.punctuation_zh import ZH_CLAUSE_MARKS
from ...lexicon.titles_zh import (
    HEAD_OF_UNIT_END,
    HK_SURNAME_TITLES,
    NOT_HEAD_OF_UNIT,
    SURNAME_TITLES,
    TITLE_ENDS,
    TITLE_RANKS,
)
from ...text import is_cjk_char
from .. import segmenter
from .names_zh import person_word

# How far before a lone surname its full name is looked for outside quotes (characters), and at how many
# places: the search runs only for a surname no quoted person answers, and tags a few characters per place.
_REACH = 1500
_PLACES = 8
# How far before a surname the words around it are read from, and the marks a clause ends with.
_CONTEXT = 16
_CLAUSE_ENDS = tuple(ZH_CLAUSE_MARKS + "、\n")  # (and the enumeration comma, a line break)
# Tags jieba gives a given name read apart from its surname, besides a name's: 黄/a 国华/nz.
_GIVEN_TAGS = frozenset(("nz",))


def lone_surname(mention: str) -> bool:
    """Is ``mention`` a surname alone (黃, 欧阳), in either script, or with 氏 after it (黃氏: Mr or Ms 黃)?"""
    return _is_surname(segmenter.to_simplified(mention.removesuffix("氏")))


def _is_surname(simp: str) -> bool:
    """Is ``simp`` (simplified characters) a surname of the tables, single (王) or double (欧阳), and nothing more?"""
    return len(simp) == 1 and simp in SURNAMES or simp in DOUBLE_SURNAMES


def titled_surname(mention: str) -> str | None:
    """The surname of ``mention`` when it is a surname and a title (陳教授, 刘局长, 王总, 李副教授), as the page
    writes it; None otherwise."""
    if not 2 <= len(mention) <= 6:
        return None  # (a surname of one or two characters, a rank, a title of one or two)
    simp = segmenter.to_simplified(mention)
    if simp[-1:] in HK_SURNAME_TITLES and _is_surname(simp[:-1]) and not segmenter.is_word(simp):
        return mention[:-1]  # 陳官 (Magistrate Chen, in Hong Kong writing); not 法官, a word of its own
    if head_of_unit(simp):
        return mention[:1]  # 周检察长, 林护士长, 吴秘书长: a head's title of the dictionary, no table needed
    if not simp.endswith(_TITLES_AFTER_SURNAME):
        return None  # (most mentions: one test of all the endings before any is tried alone)
    for title in _TITLES_AFTER_SURNAME:
        if not simp.endswith(title):
            continue
        surname = simp[: -len(title)]
        rank = next((r for r in TITLE_RANKS if surname.endswith(r)), "")
        surname = surname[: len(surname) - len(rank)]  # (李副教授, 赵代市长: the rank is the title's)
        if _is_surname(surname):
            return mention[: len(surname)]
    return None


def head_of_unit(simp: str) -> bool:
    """Is ``simp`` (simplified characters) a surname of one character and a title of two characters or more the
    dictionary holds and tags a noun ending in 长, the head of a unit (周检察长, 林护士长, 吴秘书长), no word as a
    whole, no kin (家长, 兄长: a parent, an elder) and no verb (成长: to grow)?"""
    title = simp[1:]
    if not simp.endswith(HEAD_OF_UNIT_END) or len(title) < 2 or not _is_surname(simp[:1]) or title in _NOT_HEADS:
        return False
    toks = segmenter.tag(title)
    return len(toks) == 1 and toks[0].tag == "n" and segmenter.is_word(title) and not segmenter.is_word(simp)


# Nouns ending in 长 that are no head's title: kin (兄长, an elder brother) and people; 家长, a parent.
_NOT_HEADS = frozenset((*KIN_NOUNS, *PEOPLE_WORDS, *NOT_HEAD_OF_UNIT))
# Titles only: an honorific (王女士, 陈先生) names ordinary people, often kin sharing a surname, by it alone.
_TITLES_AFTER_SURNAME: tuple[str, ...] = tuple(sorted(SURNAME_TITLES, key=len, reverse=True))


def known_with_surname(known: Sequence[str], surname: str) -> str | None:
    """The latest person of ``known`` whose full name (not one with a title: 王先生) opens with ``surname``."""
    simp = segmenter.to_simplified(surname)
    return _latest_opening(known, simp, lambda name: len(name) > len(simp) and _full_name(name, len(simp)))


def _full_name(name: str, size: int) -> bool:
    """Is the known ``name`` (opening with a surname of ``size`` characters) a full name: not one with a title
    (王先生), nor the surname and an adverb jieba read as one (黎續 of 黎續稱)?"""
    return not _surname_and_adverb(name, size) and titled_surname(name) is None


def _surname_and_adverb(word: str, size: int) -> bool:
    """Is ``word`` a surname of ``size`` characters and one adverb of
    :data:`~cqnews.lexicon.personal_names_zh.ADVERBS_AFTER_SURNAME` after it (梁常, 黎續),
    as jieba may read them as one name?"""
    return len(word) == size + 1 and segmenter.to_simplified(word[-1]) in ADVERBS_AFTER_SURNAME


# How long a known name a character of no surname table stands for is: that surname and a given name of two.
_RARE_NAME = 3


def known_by_surname(known: Sequence[str], mention: str) -> str | None:
    """The person of ``known`` (latest last) whose full name ``mention``, a lone surname (陶, 劉, 欧阳),
    begins, or whose name of four characters it opens (the two surnames of a married name, 林鄭 for 林鄭月娥;
    a Japanese surname, 岸田 for 岸田文雄), or whose name of three a character of no surname table opens (夔 for
    夔立新, a surname the tables lack); None when
    ``mention`` is neither or nobody such is known. A surname is never a full name: the latest person with
    it is the one meant."""
    simp = segmenter.to_simplified(mention)
    # (two characters opening a four-character name: the two surnames of a married name, or a Japanese
    # surname, 岸田 for 岸田文雄; a Chinese name has three characters at most after a single surname)
    opens_four = len(simp) == 2 and simp not in DOUBLE_SURNAMES and all(is_cjk_char(c) for c in simp)
    if len(simp) == 1 and simp not in SURNAMES and is_cjk_char(simp):
        return _latest_opening(known, simp, lambda name: len(name) == _RARE_NAME)  # (夔 for 夔立新: of no table)
    if not (_is_surname(simp) or opens_four):
        return None
    if opens_four:
        return _latest_opening(known, simp, lambda name: len(name) == 4)
    return _latest_opening(known, simp, lambda name: len(name) > len(mention))  # (李华 is no short 李华强)


def _latest_opening(known: Sequence[str], simp: str, fits: Callable[[str], bool]) -> str | None:
    """The latest name of ``known`` that ``fits`` and opens with ``simp`` (simplified), no dotted
    transliteration among them."""
    for name in reversed(known):
        if "·" not in name and fits(name) and segmenter.to_simplified(name).startswith(simp):
            return name
    return None


def named_in_text(texts: Sequence[tuple[int, str]], mention: str, at: int) -> str | None:
    """The full name, written in ``texts`` (each block's article position and text, in order) before the
    article position ``at``, that the lone surname ``mention`` stands for: the latest word there that
    opens with it and is tagged a person's name (黃國華 in 教授黃國華昨日出席論壇。黃指出), as the page writes
    it; None when there is none within reach."""
    pair = married_pair(mention)
    if not (lone_surname(mention) or pair):
        return None
    mention = mention.removesuffix("氏")
    k = bisect.bisect_right(texts, (at, "\uffff")) - 1
    budget, places = _REACH, _PLACES
    while k >= 0 and budget > 0 and places > 0:
        base, text = texts[k]
        end = min(len(text), at - base)
        hit = text.rfind(mention, max(0, end - budget), end)
        while hit >= 0 and places > 0:
            name = _name_at(text, hit, len(mention))
            if name is not None and (not pair or len(name) == _MARRIED_NAME):
                return name
            places -= 1
            hit = text.rfind(mention, max(0, end - budget), hit)
        budget -= end
        k -= 1
    return None


def married_pair(mention: str) -> bool:
    """Is ``mention`` the two surnames of a married name written alone (林鄭 for 林鄭月娥, 葉劉 for 葉劉淑儀: Hong
    Kong papers name her so), not a double surname (欧阳)?"""
    simp = segmenter.to_simplified(mention)
    return len(simp) == 2 and simp not in DOUBLE_SURNAMES and all(c in SURNAMES for c in simp)


# How long a married name is: the husband's surname, her own, and a given name of two.
_MARRIED_NAME = 4


def _name_at(text: str, at: int, size: int) -> str | None:
    """The person's name (the surname at ``at``, ``size`` characters, and a given name) that starts
    at ``at`` of ``text``, read on word boundaries (one word tagged a person's name, or the surname and
    a given name tagged one: 周/志远), else None. The words are read from the clause's start, since a
    window opening inside a word joins the surname to it (代表周志远 read from 表 gives 表周)."""
    lo = max(0, at - _CONTEXT)
    lo += max(map(text[lo:at].rfind, _CLAUSE_ENDS)) + 1
    toks = segmenter.tag(text[lo : at + size + 6])
    k = next((k for k, t in enumerate(toks) if t.start == at - lo), None)
    if k is None or "·" in toks[k].word:
        return None
    first = toks[k]
    if _adverb_as_given(toks, k, size):
        return None  # (梁常/nr 在臉書: Liang often; the full name is given before)
    if len(first.word) > size and person_word(first):
        return text[at : at + len(first.word)]
    given = toks[k + 1] if len(first.word) == size and k + 1 < len(toks) else None
    if given is not None and len(given.word) <= 2 and (given.tag in NAME_TAGS or given.tag in _GIVEN_TAGS):
        return text[at : lo + given.end]
    end = _subject_run(toks, k, size)
    return text[at : lo + end] if end is not None else None


def _adverb_as_given(toks: Sequence[segmenter.Token], k: int, size: int) -> bool:
    """Is ``toks[k]`` the surname (``size`` characters) and an adverb jieba read as one name (梁常/nr, 黎续/nr) before
    a verb, an adverb or a preposition?"""
    after = toks[k + 1] if k + 1 < len(toks) else None
    return _surname_and_adverb(toks[k].word, size) and after is not None and after.tag[:1] in ("v", "p", "d")


def _subject_run(toks: Sequence[segmenter.Token], k: int, size: int) -> int | None:
    """Where a name of a surname (``size`` characters, opening ``toks[k]``) and two characters ends when jieba
    read it otherwise (马建国/ns, 高志/n|明/a, 柯文/nz|杰/nr) and it is the subject of its clause: a time word, a
    verb, an adverb, a preposition or a mark follows it. Not a body's name (林业局)."""
    first = toks[k]
    if len(first.word) == size + 2:
        run = k + 1
    elif len(first.word) == size + 1 and k + 1 < len(toks) and toks[k + 1].tag in _GIVEN_PIECE_TAGS:
        run = k + 2
    else:
        return None
    word = "".join(t.word for t in toks[k:run])
    body = word.endswith(ORG_HEADS) and word[-1] not in GIVEN_NAME_HEADS  # (林业局, not 马建国)
    if len(word) != size + 2 or not first.tag.startswith(("n", "a")) or body or word.endswith(TITLE_ENDS):
        return None
    after = toks[run] if run < len(toks) else None
    return toks[run - 1].end if after is None or after.tag[:1] in _AFTER_SUBJECT else None


# Tags of the one character of a given name jieba leaves apart (高志/明/a, 柯文/杰/nr), and of the word after a
# subject (a time word, a verb, an adverb, a preposition, a mark).
_GIVEN_PIECE_TAGS = frozenset("a nr ng zg n".split())
_AFTER_SUBJECT = frozenset("t v d p x".split())
