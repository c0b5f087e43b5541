"""A Chinese speaker's name with its title after it (习近平总书记, 钟南山院士, 其美多吉总书记) or a surname with one
(张教授, 李华议员): the name and the title read off the subject before the cue (see :mod:`.phrases_zh`)."""

from __future__ import annotations

from ...lexicon import zh as L
from ...text import is_cjk_char
from .. import segmenter
from . import names_zh as N
from .phrases import Who
from .pieces_zh import name_of_place_pieces
from .trim_zh import ZH_TITLES_AFTER

__all__ = ["titled_person"]


def titled_person(seg: str, start: int) -> Who | None:
    """A name with its title after it (习近平总书记, 钟南山院士) or a surname with one (张教授)."""
    for suffix in ZH_TITLES_AFTER if seg.endswith(ZH_TITLES_AFTER) else ():
        rest = seg[: -len(suffix)]
        if seg.endswith(suffix) and len(rest) >= 2 and N.word_ends_at(seg, len(rest)) and not _pointing(rest):
            name = _name_before_title(rest)
            if name:  # 习近平总书记, 钟南山院士, 国家主席习近平 …
                role = (rest[: -len(name)] + suffix) if len(name) < len(rest) else suffix
                return Who(name, "person", role=role, start=start)
    titled_name = N.surname_title(seg)
    if titled_name is not None:  # 张教授, 单院长: a surname and a title name someone
        return Who(titled_name, "person", role=seg[: -len(titled_name)].rstrip("、的") or None, start=start)
    toks = segmenter.tag(seg)
    titled = toks[-1].word in L.TITLE_HEADS or toks[-1].word in L.JOBS_AFTER_NAME if toks else False
    first = len(toks) - 3 if len(toks) >= 3 and N.sound_name_end(toks[-3], toks[-2]) else len(toks) - 2
    if len(toks) >= 2 and titled and N.person_word(toks[first]):  # 张明研究员, 李华议员, 郭荣铿(/o)议员
        role = seg[: toks[first].start].rstrip("、的") + toks[-1].word
        return Who(seg[toks[first].start : toks[-2].end], "person", role=role, start=start)
    return None


def _name_before_title(rest: str) -> str | None:
    """The name ending ``rest``, the words before a title: all of it when short, a name of four characters the
    segmenter cut in pieces it tags as parts of names (落实|其美/多吉: no surname of the tables, whatever a
    character inside it is; not 美多吉), else a surname and its given name."""
    if len(rest) <= 3 and all(is_cjk_char(c) for c in rest):
        return rest
    return _pieces_at_end(rest) or _name_word_at_end(rest) or N.name_at_end(rest)


def _name_word_at_end(rest: str) -> str | None:
    """The last word of ``rest`` when the segmenter reads it as one name of three characters or more (古丽娜尔,
    斯琴高娃: a minority's name, whose first character may be a surname's of the tables: not 古丽|娜尔)."""
    toks = segmenter.tag(rest)
    last = toks[-1] if toks else None
    return last.word if last is not None and last.tag in _NAME_WORD_TAGS and len(last.word) >= 3 else None


# Tags of a word that is a whole name (古丽娜尔/nr, 拉姆/nrt is a piece but no word of three).
_NAME_WORD_TAGS = frozenset("nr nrt nrfg".split())


def _pieces_at_end(rest: str) -> str | None:
    """The last four characters of ``rest`` when a word starts there and they are one name in pieces
    (:func:`names_zh.name_of_pieces`)."""
    at = len(rest) - 4
    if at < 0 or at > 0 and not N.word_ends_at(rest, at):
        return None
    return rest[at:] if N.name_of_pieces(rest[at:]) or name_of_place_pieces(rest[at:]) else None


def _pointing(words: str) -> bool:
    """Does ``words`` open with a demonstrative or a number (这位, 该名, 一位): no name then."""
    toks = segmenter.tag(words)
    return bool(toks) and toks[0].tag in ("r", "rz", "m", "mq")
