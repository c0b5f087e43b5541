"""Whole lines that credit agencies or helping reporters, written at the end of a story.

"Mit Material von dpa", "Con información de EFE y Reuters", "Avec AFP", "Additional reporting by Jane
Roe": not article text, and a credit. Built from the label tables of :mod:`cqnews.lexicon.bylines`;
every quantifier is bounded, so a match costs time linear in the (short) line.
"""

from __future__ import annotations

import re

from .bylines import AGENCY_MATERIAL_LABELS, ARABIC_BY_WORDS, CONTRIBUTION_LABELS
from .credits import KO_REPORTER_WORDS, PHOTO_GIVER_WORDS, PICTURE_ORIGIN_WORDS
from .letters import CAPITAL_LETTER

__all__ = [
    "AGENCY_MATERIAL_LINE", "AGENCY_SPLIT", "ARABIC_BYLINE", "CONTRIBUTION_LINE", "CREDIT_SENTENCE_END",
    "KO_REPORTER_LINE", "PICTURE_CAPTION", "PICTURE_CREDIT_WORDS", "PICTURE_LABELLED", "ZH_PICTURE_CAPTION",
    "ZH_REPORTER_QUESTION",
]

# An agency as credited: a capitalised name of one or two words ("Reuters", "Europa Press", "AP") or a
# short lower-case acronym ("dpa", "epd"), perhaps after an elided article ("l'AFP").
_AGENCY = rf"(?:l['’])?(?:{CAPITAL_LETTER}[\w.&\-]{{0,20}}(?: {CAPITAL_LETTER}[\w.&\-]{{0,20}})?|[a-z]{{2,4}})"
_AND = r"\s{0,3}(?:,|/|\bund\b|\by\b|\bet\b|\band\b|\be\b)\s{0,3}"
AGENCY_MATERIAL_LINE = re.compile(
    rf"^[(\[]?\s{{0,3}}(?i:{'|'.join(AGENCY_MATERIAL_LABELS)})\s{{1,3}}"
    rf"(?P<agencies>{_AGENCY}(?:{_AND}{_AGENCY}){{0,4}})\s{{0,3}}[.)\]]?\s{{0,3}}$"
)
"""A line that names the agencies whose material a story uses, and nothing else; ``agencies`` holds them."""
AGENCY_SPLIT = re.compile(_AND)
"""Between two agencies of :data:`AGENCY_MATERIAL_LINE` ("dpa und AFP", "EFE, Reuters")."""
CONTRIBUTION_LINE = re.compile(
    rf"^[(\[]?\s{{0,3}}(?i:{'|'.join(CONTRIBUTION_LABELS)})\s{{1,3}}(?={CAPITAL_LETTER})"
)
"""The start of a line that credits reporters who helped ("Additional reporting by Jane Roe")."""
# Arabic has no capital letters to tell a name by: a line of a by-word ("بقلم" by the pen of, "كتب" wrote) and two
# to six words of Arabic letters, names joined by spaces, "و" or "،", and nothing else ("بقلم أحمد علي", "كتب:
# أحمد علي و محمد حسن"). A word that is a preposition makes it a sentence ("كتب الوزير في …").
_ARABIC_NAME = r"(?!(?:في|على|إلى|الى|من|عن|أن|ان|مع|بعد|قبل|إن)(?:\s|$))[\u0621-\u064a]{2,20}"
ARABIC_BYLINE = (
    "(?:" + "|".join(ARABIC_BY_WORDS) + rf")\s{{0,3}}:?\s{{0,3}}{_ARABIC_NAME}"
    rf"(?:(?:\s{{1,3}}و\s{{1,3}}|\s{{0,3}}،\s{{0,3}}|\s{{1,3}}){_ARABIC_NAME}){{1,5}}\s{{0,3}}$"
)
"""A pattern fragment (not compiled, anchored at the end): an Arabic byline line, for the byline finder and
the body's credit lines."""

# "[outlet] name title [e-mail]": "김철수 기자", "연합뉴스 김철수 기자", "김민수 기자 kim@example.com" (a name is two
# to four syllables; Hangul has no capitals, the title after the name says it is one). A desk ("사회부 기자",
# "취재팀 기자") ends in 부 or 팀 and is no name.
_KO_TITLES = "|".join(sorted(map(re.escape, KO_REPORTER_WORDS), key=len, reverse=True))
KO_REPORTER_LINE = re.compile(
    rf"^(?:(?P<org>\S{{1,20}})\s+)?(?P<name>[\uac00-\ud7a3]{{2,4}})(?<![부팀])\s?(?:{_KO_TITLES})"
    r"(?:\s+[\w.+-]{1,64}@[\w.-]{1,64})?$"
)
"""A Korean reporter's line, under the headline or closing the story; ``name`` and ``org`` hold its parts.
Read by photo credits and bylines alike, and set aside from the body as a credit line."""

# A labelled credit line that asks a question is article text: an interview's question ("记者：今年的重点工作是
# 什么？", "Reporter: What comes next?"). Only a question mark: a credit may close with a full stop ("责任编辑：王明。",
# "来源：新华社。"); a reporter's statement in an interview is told apart by ZH_REPORTER_QUESTION below.
CREDIT_SENTENCE_END = re.compile(r"[?？]\s*$")
"""A question mark closing a line that opens with a credit label."""
# After a reporter's label, a question word ("记者：今年的重点工作是什么", no mark at the end) or a run of Han
# characters longer than a name or an outlet's reporter title ("新华社记者", "本报记者") holds no name list.
_ZH_QUESTION_WORDS = ("什么", "怎么", "怎样", "如何", "为什么", "为何", "哪些", "哪里", "多少", "是否", "吗", "呢")
ZH_REPORTER_QUESTION = re.compile(
    r"^\s*(?:[(（\[【［]\s*)?(?:记者|通讯员)\s*[:：][^\n]*?(?:" + "|".join(_ZH_QUESTION_WORDS) + r"|[\u4e00-\u9fff]{8})"
)
"""A reporter's label followed by a question word or more Han characters in a row than a byline holds."""
# After the picture label ("图：", "圖："), a sentence: a run of characters with no space, closed by a sentence
# mark, that does not end in a credit's last word (摄, 供图, 发): "图：工人们在检修大桥。 张明 摄" is a caption and
# its credit, where "图：张明" and "图：新华社记者张明摄。" are credit lines.
ZH_PICTURE_CAPTION = re.compile(r"^\s*[图圖]\s*[:：]\s*[^。！？\s]{6,}(?<![摄攝图圖发發])[。！？]")
"""A picture label followed by a sentence: a caption, not a credit line."""
# The same in English: after "Photo:" (or "Picture:", "Image:"), four words or more closed by a full stop after a
# lower-case word ("Photo: The new terminal seen from the water at dusk."), where "Photo: Lena Marsh/Coastline Press"
# and "Photo: Lena Marsh for The Harbour Times." are credit lines. Group 1 is the caption. (Each word a run of
# non-blanks then blanks: no two ways to split a line.)
PICTURE_CAPTION = re.compile(r"^\s*(?i:photos?|pictures?|images?)\s*[:：]\s*((?:\S+\s+){3,}[a-z0-9]\S*[.!])\s*$")
"""An English picture label followed by a sentence: a caption, not a credit line (read so in text dumps)."""
# Any text after such a label ("Photo: Crews inspect the bridge deck on Tuesday. Jon Park/Valley Courier": a caption
# and its credit on one line). Group 1 is the text.
PICTURE_LABELLED = re.compile(r"^\s*(?i:photos?|pictures?|images?)\s*[:：]\s*(\S.*)$")
# Words that make such a line a credit though it ends as a sentence does: the giver ("Photo: supplied by the county
# council.", "Photo: Ministry of Transport handout."), how the picture was got ("Image: screenshot from the video."),
# "by" and "via" before the taker or the source ("Photo: istock by getty images.").
PICTURE_CREDIT_WORDS: frozenset[str] = frozenset(PHOTO_GIVER_WORDS) | PICTURE_ORIGIN_WORDS | frozenset(("by", "via"))
