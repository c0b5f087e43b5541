"""The sex a Chinese text gives a person it names, for 他 and 她: an honorific or a noun of one sex next to
the name (王女士, 女儿张桂兰, 其丈夫李明), "and his/her …" after it (张伟和他的母亲), a spouse named with them
(陈大文与妻子), or a character of women's given names (王娟). Traditional characters are read as simplified ones.
"""

from __future__ import annotations

from ...lexicon.people_nouns_zh import (
    FEMALE_NOUNS,
    HUSBAND_NOUNS,
    MALE_NOUNS,
    PARTNER_SEX,
    PERSON_NOUN_ENDS,
    SPOUSE_LINKS,
    WIFE_NOUNS,
)
from ...lexicon.personal_names_zh import FEMALE_NAME_CHARS
from ...lexicon.titles_zh import JOB_END_CHARS
from ...text import is_cjk_char
from .. import segmenter
from .names_zh import opens_with_surname

__all__ = ["PRONOUN_SEX", "sex_of", "zh_of_sex"]

PRONOUN_SEX = {"他": "m", "她": "f"}
# How many times a name is looked at for a word of its sex (张桂兰女士, 其丈夫李明).
_SEX_LOOKS = 4


def sex_of(text: str, name: str) -> str | None:
    """"m" or "f" when ``text`` gives the person named ``name`` a sex: an honorific after the name
    (王女士, 张桂兰女士, 李先生) or a noun of one sex right before it (女儿张桂兰, 其丈夫李明)."""
    if name.endswith(FEMALE_NOUNS) or name.endswith(MALE_NOUNS):
        return "f" if name.endswith(FEMALE_NOUNS) else "m"
    at = text.find(name)
    for _ in range(_SEX_LOOKS):
        if at < 0:
            break
        after, before = text[at + len(name) : at + len(name) + 2], text[max(0, at - 3) : at]
        if after in FEMALE_NOUNS or before.endswith(FEMALE_NOUNS):
            return "f"
        if after in MALE_NOUNS or before.endswith(MALE_NOUNS):
            return "m"
        described = _sex_of_kind(text, at)
        if described is not None:
            return described  # 女教师刘芳, 女民警李娜: a woman (男护士陈浩: a man)
        owner = text[at + len(name) + 1 : at + len(name) + 3]
        if after[:1] in _AND and owner in _OWNER_SEX:
            return _OWNER_SEX[owner]  # 张伟和他的母亲: the 他 is 张伟
        spouse = _spouse_sex(text, at + len(name))
        if spouse is not None:
            return spouse  # 陈大文与妻子李美玲, 王明的妻子: a man (李华和丈夫王明, 李梅的丈夫: a woman)
        at = text.find(name, at + len(name))
    return _sex_of_given_name(name)


# 女 or 男 opening a noun of a kind of person or of a job (女教师, 女警, 男护士): the person's sex.
_SEX_MARKS = {"女": "f", "男": "m"}
_KIN = frozenset(MALE_NOUNS) | frozenset(FEMALE_NOUNS)


def _sex_of_kind(text: str, at: int) -> str | None:
    """The sex a noun of a kind of person opening with 女 or 男 right before the name at ``at`` gives them (女教师刘芳,
    女警李娜, 女大学生林晓, 男护士陈浩); None otherwise, after the other mark (男女教师: both) or for a relative's
    noun opening with the mark (女儿老师王明: the daughter's teacher, 女婿)."""
    for width in (4, 3, 2):
        noun = text[max(0, at - width) : at]
        mixed = noun[1:2] in _SEX_MARKS or noun[:2] in _KIN  # (男女教师, 女儿老师)
        sex = _SEX_MARKS.get(noun[:1]) if len(noun) == width and not mixed else None
        kind = noun[1:]
        if sex is not None and (kind.endswith(PERSON_NOUN_ENDS) or kind[-1:] in JOB_END_CHARS):
            return sex if text[at - width - 1 : at - width] not in _SEX_MARKS else None
    return None


def _sex_of_given_name(name: str) -> str | None:
    """"f" for a Chinese name whose given name has a character of women's names (王娟, 李丽娜); None otherwise."""
    plain = segmenter.to_simplified(name)
    chinese = 2 <= len(plain) <= 4 and opens_with_surname(plain) and all(is_cjk_char(ch) for ch in plain)
    return "f" if chinese and any(ch in FEMALE_NAME_CHARS for ch in plain[1:]) else None


def zh_of_sex(text: str, name: str, sex: str | None) -> bool:
    """May the person named ``name`` be the 他 (``sex`` "m") or 她 ("f") after ``text``: ``text`` gives them no
    other sex (她 is not 李华先生, nor 其丈夫王明)? Any other ``sex`` (其, 他们) fits anyone. Traditional characters are
    read as simplified ones, as the words of sex are written (其父親陳大文 is a man)."""
    if sex not in ("m", "f"):
        return True
    return sex_of(segmenter.to_simplified(text), segmenter.to_simplified(name)) in (None, sex)


# A person named, then "and his/her …" (张伟和他的母亲, 刘芳与她的丈夫): the pronoun gives the person's sex.
_AND = frozenset("和与及")
_OWNER_SEX = {"他的": "m", "她的": "f"}


def _spouse_sex(text: str, end: int) -> str | None:
    """The sex of the person named right before ``end`` when a spouse of theirs follows (陈大文与妻子, 王明偕妻子,
    王明的妻子, 周杰的女朋友: a man; 李华和丈夫, 李梅的丈夫, 韩雪和男友: a woman); None otherwise."""
    if text[end : end + 1] not in SPOUSE_LINKS:
        return None
    noun = text[end + 1 : end + 3]
    if noun in WIFE_NOUNS or noun in HUSBAND_NOUNS:
        return "m" if noun in WIFE_NOUNS else "f"
    partner = next((PARTNER_SEX[w] for w in (text[end + 1 : end + 4], noun) if w in PARTNER_SEX), None)
    return None if partner is None else "m" if partner == "f" else "f"  # (周杰的女朋友: a man)
