"""A relative named again through the person named with them (张华的儿子张小龙…。他的父亲说 -> 张华, 李梅的丈夫王军…。
她的丈夫说 -> 王军): the relation written before, read forwards or backwards."""

from __future__ import annotations

from ...lexicon.people_nouns_zh import FEMALE_NOUNS, KIN_INVERSES, KIN_OWNERS, MALE_NOUNS
from ...text import mentions_back
from .. import segmenter
from .names_zh import person_word

# How many characters a name may run on either side of its 的 and kin noun.
_NAME_SIZE = 4
# How many mentions of a kin noun are looked at, the last first.
_LOOKS = 4


def kin_read_back(text: str, seg: str) -> str | None:
    """The person the kin phrase ``seg`` (他的父亲, 孩子的母亲, 她的丈夫: an owner standing for someone named before
    and a kin noun) names, read off the last "A的K B" of ``text`` (simplified): B when K is the same relation
    (她 is A), A when K is the relation backwards (他 is B, his 父亲 is A); None if none fits."""
    owner, _, kin = seg.rpartition("的")
    if owner not in KIN_OWNERS or kin not in KIN_INVERSES:
        return None
    found = (_last_pair(text, other, other == kin, owner) for other in (kin, *KIN_INVERSES[kin]))
    return max(found, key=lambda pair: pair[0])[1]


def _last_pair(text: str, kin: str, same: bool, owner: str) -> tuple[int, str | None]:
    """Where the last "A的K B" of ``text`` with K ``kin`` is, and its member ``seg`` names; (-1, None) if none."""
    for at in mentions_back(text, f"的{kin}", len(text), _LOOKS):
        member = _pair_member(text, at, kin, same, owner)
        if member is not None:
            return at, member
    return -1, None


def _pair_member(text: str, at: int, kin: str, same: bool, owner: str) -> str | None:
    """In "A的K B" with 的 at ``at``: B when ``same``, else A, when both are names and ``owner`` may be the other."""
    before = segmenter.tag(text[max(0, at - _NAME_SIZE) : at])
    end = at + 1 + len(kin)
    after = segmenter.tag(text[end : end + _NAME_SIZE])
    if not before or not after or not person_word(before[-1]) or not person_word(after[0]):
        return None
    if not same and not _owner_fits(owner, kin):
        return None
    return after[0].word if same else before[-1].word


def _owner_fits(owner: str, kin: str) -> bool:
    """May ``owner`` (他, 她) be the person the noun ``kin`` names (他 is no 女儿)?"""
    return not (owner == "他" and kin in FEMALE_NOUNS or owner == "她" and kin in MALE_NOUNS)
