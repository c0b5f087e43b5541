"""Chinese cue words of attributions that are not speech (see :class:`cqnews.models.Attribution`).

Each word maps to its :class:`~cqnews.models.AttributionKind` value. :data:`HELD_CUES` take a holder
before them (李明希望…, 外交部反对…); :data:`SEEMING_CUES` hold for nobody (该计划似乎…). Words the quote
search already reads as reporting (认为, 表示, 指出 …) are not here: what they report is a quote.
"""

from __future__ import annotations

import re

from .alternation import trie_pattern

HELD_CUES: dict[str, str] = {
    **dict.fromkeys("相信 觉得 担心 担忧 预计 预期 看好 怀疑 坚信".split(), "belief"),
    **dict.fromkeys("希望 计划 打算 准备 决定 拒绝 想要 力争 寻求 期待 期望 渴望 盼望".split(), "intention"),
    **dict.fromkeys("支持 反对 赞成 赞同 拥护 欢迎 谴责 力挺".split(), "stance"),
}
SEEMING_CUES: dict[str, str] = dict.fromkeys("似乎 好像 貌似".split(), "perception")

CUE_RE = re.compile(trie_pattern({*HELD_CUES, *SEEMING_CUES}))

# Before these a cue word is a noun or part of one: 该计划, 这项计划, 的支持, 大力支持 stays a verb.
NOUN_BEFORE = frozenset("的该此这那项个份与和及")
# After these it is a noun or another word: 支持者, 支持率, 计划书, 欢迎会, 准备金, 决定性.
NOUN_AFTER = frozenset("者率书会金性权度下中的里内表")

# Where a content ends: a sentence's or clause's end mark.
CLAUSE_END = frozenset("。！？；!?;")

# A comma then one of these opens the next clause of the same subject (反对这一做法，并呼吁…): the content ends.
CLAUSE_JOINS = ("，并", "，同时", "，但", "，而", "，还", "，也", ",并", ",但")
