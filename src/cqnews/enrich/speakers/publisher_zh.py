"""The publisher of a document before a Chinese cue is who speaks, not the publication (共同社报道称 -> 共同社,
古特雷斯发表声明说 -> 古特雷斯, 气象台发出预警称 -> 气象台): the words of reporting and publishing a speaker's clause
ends with, dropped by :mod:`cqnews.enrich.speakers.trim_zh`."""

from __future__ import annotations

from ...lexicon.bodies_zh import DOC_NOUNS, OUTLET_CUES, WRIT_NOUNS
from ...lexicon.cue_words_zh import PUBLISH_VERBS
from .. import segmenter

__all__ = ["drop_report"]


def drop_report(toks: list[segmenter.Token]) -> bool:
    """共同社报道(称), 古特雷斯发表声明(说), 国际货币基金组织发布报告(预测): the source, not its
    publication (该报道称 keeps its report: no source is named)."""
    last = toks[-1] if toks else None
    handle = any("@" in t.word for t in toks)  # (@北京发布: an account's name ends so)
    if last is not None and last.word in PUBLISH_VERBS and not handle and any(len(t.word) >= 2 for t in toks[:-1]):
        del toks[-1]  # 市政府今天发布(消息称): the cue is the document, the verb before it publishes it
        return True
    if last is not None and len(last.word) > 2 and last.word.endswith(_OUTLET_CUES):  # 媒体报道/n: one word to jieba
        toks[-1] = segmenter.Token(last.word[:-2], "n", last.start, last.end - 2)
        return True
    if _publishing_any(toks):
        del toks[-2:]  # 气象台|发出预警(称), 公司|发出律师函(称): whatever the document, its publisher speaks
        return True
    bare = _bare_publishing(toks)
    if len(toks) < 2 or toks[-1].word not in DOC_NOUNS and not _published(toks[-1].word) and not bare:
        return False
    glued = toks[-1].word not in DOC_NOUNS  # (发布公告/n: the verb and its document in one word)
    drop = 2 if toks[-2].tag.startswith("v") and not glued else 1 if glued or toks[-1].tag.startswith("v") else 0
    if drop == 0 or not any(len(t.word) >= 2 and t.tag != "r" for t in toks[:-drop]):
        return False
    del toks[-drop:]
    return True


_OUTLET_CUES = tuple(OUTLET_CUES)


def _publishing_any(toks: list[segmenter.Token]) -> bool:
    """Does the phrase end with a verb of publishing and one noun of what it publishes, after a body's word of two
    characters or more (气象台|发出/v 预警/vn, 市政府|发出/v 倡议/n, 工会|发表/v 公开信/nr)?"""
    return (
        len(toks) > 2 and toks[-2].word in PUBLISH_VERBS and toks[-2].tag == "v"
        and _publishable(toks[-1]) and any(len(t.word) >= 2 and t.tag != "r" for t in toks[:-2])
    )


_PUBLISHED_TAGS = frozenset("n vn nz".split())


def _publishable(t: segmenter.Token) -> bool:
    """Is ``t`` a noun of what is published: tagged a noun, or a writ or a letter whatever jieba tags it (公开信/nr,
    倡议书: lexicon bodies_zh.WRIT_NOUNS)?"""
    return t.tag in _PUBLISHED_TAGS or segmenter.to_simplified(t.word) in WRIT_NOUNS


def _bare_publishing(toks: list[segmenter.Token]) -> bool:
    """Does the phrase end with a verb of publishing after a time or an adverb, its document gone as a cue word
    (华为公司3月5日晚间|发布(消息称), 校方昨日|发布)? Not a name ending so (@北京发布: an account)."""
    return len(toks) > 2 and toks[-1].word in PUBLISH_VERBS and toks[-2].tag in _BEFORE_PUBLISHING_TAGS


# Tags of the words between a body and its verb of publishing: times, numbers of dates, adverbs.
_BEFORE_PUBLISHING_TAGS = frozenset("t m d ad".split())


def _published(word: str) -> bool:
    """Is ``word`` a verb of publishing glued to its document (发布公告, 发表声明)?"""
    return word.startswith(PUBLISH_VERBS) and word[2:] in DOC_NOUNS
