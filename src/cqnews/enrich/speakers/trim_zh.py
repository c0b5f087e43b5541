"""Trimming a Chinese speaker's clause to its subject: frame words before it (在, 据, 当), words of time,
report and publication around it (周一, 在信中, 报道中), a passive, a predicate after the name, the edge words
that are never a speaker (:mod:`cqnews.enrich.speakers.edge_zh`). The clause is read in words with their parts of speech
(:mod:`cqnews.enrich.segmenter`), so a cut never falls inside a word.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...lexicon import quotes_zh as QZ
from ...lexicon.bodies_zh import ACCOUNT_NOUNS, ORG_HEADS, OUTLET_CUES, RULING_DOCS, RULING_INSTANCES
from ...lexicon.cue_words_zh import (
    CITED_NEWS,
    CITING_VERBS,
    FRAME_VERBS,
    INTERVIEW_NOUNS,
    MANNER_ASPECTS,
    PRESS_EVENT_NOUNS,
    PUBLISH_VERBS,
    QUESTION_NOUNS,
)
from ...lexicon.function_words_zh import (
    CAUSATIVE_VERBS,
    CAUSE_POINTERS,
    DISPOSAL_JIANG_OBJECTS,
    DISPOSAL_MARKERS,
    EXISTENTIAL_VERBS,
    LISTENER_PREPOSITIONS,
)
from ...lexicon.people_nouns_zh import (
    CHILD_NOUNS,
    HE_SHE,
    HUSBAND_NOUNS,
    KIN_NOUNS,
    PARENT_NOUNS,
    PERSON_MODIFIER_RE,
    WIFE_NOUNS,
)
from ...lexicon.pos_tags_zh import ASPECT_TAGS_BUT_UG, NAME_TAGS
from ...lexicon.time_words_zh import TIME_CLAUSE_ENDS, WHEN_ENDS
from ...lexicon.titles_zh import TITLE_HEADS
from .. import segmenter
from . import names_zh as N
from .counted_zh import counted
from .described_zh import relative_clause_head
from .edge_zh import edge_word, title_word
from .phrase_cut_zh import phrase_cut
from .predicate_zh import person_kind_word, predicate_cut
from .publisher_zh import drop_report

__all__ = ["zh_trim"]


# What a source publishes: 国际能源署的报告显示 -> 国际能源署.
_ZH_SOURCE_DOCS: tuple[str, ...] = (
    "的报告", "的测算", "的数据", "的统计", "的研究", "的调查", "的消息", "的公告", "发布的报告",
    *("的" + a for a in ACCOUNT_NOUNS),  # (王明的微博写道: the account's owner)
)

# What closes the one whose words a speaker cites or uses (援引消息人士|的话, 用村支书黄大发|的话).
_WORDS_OF = "的话"


def zh_trim(seg: str) -> str:
    """The speaker's noun phrase of the clause ``seg`` before a cue, cut at word boundaries: leading
    conjunctions, adverbs, time words and 据/在 dropped (然后陈同佳 -> 陈同佳), trailing ones and the
    phrase of a preposition too (世界银行周一 -> 世界银行, 苹果公司在信中 -> 苹果公司); 记者从X获悉 -> X;
    X的报告显示 -> X."""
    for lead in ("从", "授权"):  # 记者17日从国家卫生健康委(获悉), 中国人民银行授权全国银行间同业拆借中心(公布)
        at = seg.rfind(lead)
        if at >= 0 and len(seg) - at - len(lead) >= 2 and "的" not in seg[at:]:  # (not 刚从北京回来的陈静)
            seg = seg[at + len(lead) :]
    if seg.startswith("用") and seg.endswith(_WORDS_OF) and len(seg) > 4:
        seg = seg[1:-2]  # 用村支书黄大发的话(说) -> 村支书黄大发
    seg = _after_causative(_whose_words_cited(seg))
    author = _author_of_document(seg) or _issuer_of_ruling(seg)
    if author is not None:
        return _trim_words(author)
    seg = _trim_words(seg.removesuffix("所"))
    if seg.endswith(_FRAME_ENDS) and not _event_named(seg):  # 习近平总书记主持召开…会议时指出, 接受媒体访问(表示)
        seg = _trim_words(_before_time_clause(seg))  # (林郑月娥今日|出席活动后见记者时: 今日 goes too)
    for doc in _ZH_SOURCE_DOCS if seg.endswith(_ZH_SOURCE_DOCS) else ():
        if seg.endswith(doc) and len(seg) > len(doc) + 1:
            return seg[: -len(doc)]
    return seg


def _after_causative(seg: str) -> str:
    """The words after a causative verb with a cause before it that opens with a demonstrative or a pronoun
    (这|让|王女士, 这令/v|陈先生, 此事|让|村民们, 这一|做法|让): the one made to feel or think speaks, not the cause
    (牧民|才|让|多杰: 才让, a Tibetan given name, opens no cause)."""
    toks = segmenter.tag(seg)
    for i, t in enumerate(toks[:-1]):
        glued = t.word[:-1] in CAUSE_POINTERS and i == 0
        cause = i > 0 and len(t.word) == 1 and toks[0].tag == "r"
        if t.tag == "v" and t.word[-1:] in CAUSATIVE_VERBS and (glued or cause):
            return seg[toks[i + 1].start :]
    return seg


def _whose_words_cited(seg: str) -> str:
    """The one whose words a speaker cites (英国媒体援引|消息人士|的话(说), 美联社引述|一名官员|的话), also when an
    outlet reports them (路透社援引|知情人士|(的话)报道(称)): the words are theirs; else ``seg``."""
    report = next((w for w in OUTLET_CUES if seg.endswith(w)), "")
    body = seg[: len(seg) - len(report)]  # (路透社援引知情人士(的话)|报道(称): the outlet reports their words)
    words_of = _WORDS_OF if body.endswith(_WORDS_OF) else _named_news(body)
    if not words_of and not report:
        return seg
    at = max(body.rfind(verb) + len(verb) if verb in body else -1 for verb in CITING_VERBS)
    end = len(body) - len(words_of)
    return body[at:end] if 0 < at < end - 1 and body[at] != "的" else seg


def _named_news(body: str) -> str:
    """消息 ("news") closing the words before the cue after a source the citer names (央视新闻援引外交部|消息(称)): the
    named source's words, as with 的话, the source speaking; "" after a source of no name (援引知情人士消息: the
    outlet's convention is unsettled, the words stay as read)."""
    if not body.endswith(CITED_NEWS):
        return ""
    cited = body[: -len(CITED_NEWS)].removesuffix("的")
    return "" if cited.endswith(QZ.ZH_PERSON_HEADS) else body[len(cited) :]


# What ends a frame of time, of a question answered or of an interview given before a cue.
_FRAME_ENDS: tuple[str, ...] = ("时", *QUESTION_NOUNS, *INTERVIEW_NOUNS, *PRESS_EVENT_NOUNS)


def _event_named(seg: str) -> bool:
    """Does ``seg`` end in a press meeting a relative clause names (在昨天召开的新闻发布会): a place, no frame of the
    speaker's own holding?"""
    return seg.endswith(PRESS_EVENT_NOUNS) and "的" in seg


def _before_time_clause(seg: str) -> str:
    """The subject before a clause of time ending at 时: up to a title (习近平总书记|主持召开…会议时), else
    up to the clause's first verb (教育局发言人|回复本报查询时, 王毅|会见记者时)."""
    for suffix in QZ.ZH_TITLE_SUFFIXES:
        at = seg.find(suffix)
        if 0 < at < len(seg) - len(suffix):
            return seg[: at + len(suffix)]
    toks = segmenter.tag(seg)
    if toks and toks[0].word in FRAME_VERBS:
        return ""  # (，)接受采访时(表示): the clause opens with its verb, the subject is left out
    after_person = (toks[i] for i in range(1, len(toks)) if _verb_after_person(toks, i))
    verb = next(after_person, None) or next((t for t in toks[1:] if t.tag.startswith("v") and t.tag != "vn"), None)
    return seg[: verb.start] if verb is not None else seg  # (a verbal noun names a body: 国家发展/vn 改革/vn 委)


def _verb_after_person(toks: Sequence[segmenter.Token], i: int) -> bool:
    """Is ``toks[i]`` a verb right after a person's name or a noun of a person (负责人|答记者问时, 王毅|会见…)? A verb
    inside the description before it (教育部|相关/v|司局负责人) is not the frame's."""
    before = toks[i - 1]
    person = N.person_word(before) or before.word.endswith((*QZ.ZH_PERSON_HEADS, *TITLE_HEADS))
    return person and toks[i].tag.startswith(("v", "l"))


def _author_of_document(seg: str) -> str | None:
    """ING发给客户的报告中(写道) -> ING: who wrote the document the words are in."""
    if seg.endswith(("报告中", "文章中", "声明中", "信中", "报告里", "文章里")) and "在" not in seg:  # (X在声明中: X)
        for verb in ("发给", "发布的", "发表的", "撰写的", "的"):
            at = seg.find(verb)
            if at >= 2:
                return seg[:at]
    return None


def _issuer_of_ruling(seg: str) -> str | None:
    """该县人民法院一审判决(认为) -> 该县人民法院, 台北地检署起诉书(指出) -> 台北地检署, 涉事学校发布情况说明(称) ->
    涉事学校: the body issuing a ruling or a statement of facts right before it, with its instance or its verb of
    publishing between (lexicon bodies_zh.RULING_DOCS); None when no body's head ends what is before."""
    doc = next((d for d in RULING_DOCS if seg.endswith(d)), None)
    if doc is None:
        return None
    body = seg[: -len(doc)]
    body = body.removesuffix(next((w for w in (*RULING_INSTANCES, *PUBLISH_VERBS) if body.endswith(w)), ""))
    return body if len(body) >= 2 and body.endswith(ORG_HEADS) else None


def _trim_words(seg: str) -> str:
    """Drop the words at both ends of ``seg`` that are never part of a speaker (see edge_word);
    all of them when nothing else is left ("" is a subject left out: 并认为…)."""
    if not seg:
        return seg
    toks = list(segmenter.tag(seg))
    if toks and toks[0].word in LISTENER_PREPOSITIONS and toks[0].tag == "p":
        return ""  # (，)对万秀玲(说): a listener and no subject, the one before speaks
    relative = relative_clause_head(toks) and not _listener_after_person(toks)  # (与王明同住的张伟: the verb modifies
    # the head; 王明转身对身边的李华(说): the one spoken to, after the speaker, is no head of a relative clause)
    if not relative:
        toks = _before_predicate(toks)
    del toks[: _after_time_clause(seg, toks)]  # 临走时|女儿: a clause of time before the person
    _drop_manner_de(toks)
    _drop_end_edges(toks)
    _drop_passive(toks)
    _drop_lead_edges(seg, toks, relative)
    if drop_report(toks) or _pronoun_object(toks):
        while toks and edge_word(toks, len(toks) - 1):
            toks.pop()
    return seg[toks[0].start : toks[-1].end] if toks else ""



def _drop_end_edges(toks: list[segmenter.Token]) -> None:
    """Drop the words at the end that are never part of a speaker (see edge_word), a word of manner with its 地 or
    aspect (激动地(说), 哭着(说)); none of "there is" and one word (有|消息(指): what is there speaks)."""
    while toks and edge_word(toks, len(toks) - 1) and not _there_is(toks):
        if toks[-1].word == "地" and len(toks) > 1 or _aspect_after_verb(toks):
            toks.pop()  # 激动地(说), 哭着(说): the word of manner goes with it
        toks.pop()


def _drop_lead_edges(seg: str, toks: list[segmenter.Token], relative: bool) -> None:
    """Drop the words at the start that are never part of a speaker, up to a lead kept or the adverb or preposition
    opening a ``relative`` clause."""
    while toks and edge_word(toks, 0) and not _kept_lead(seg, toks):
        if relative and toks[0].tag in ("p", "d") and toks[0].word not in QZ.ZH_FRAME_SOURCES or _former(toks):
            break  # 刚从北京回来的陈静: the relative clause opens with its adverb or preposition (据 opens none:
            # 据|一位参与项目的工程师(透露): the source's preposition, before the clause)
        toks.pop(0)

def _kept_lead(seg: str, toks: Sequence[segmenter.Token]) -> bool:
    """Is the first of ``toks`` kept though jieba tags it a word of no speaker: a lead of a description (一位, 某), a
    count (两名), or a modifier a reader calls the person by (73岁的|老党员, 00后|游客, 初二|学生)?"""
    lead = toks[0].word.startswith(QZ.ZH_DESC_LEADS) or counted(toks)
    return lead or _modifier_of_person(seg, toks) or _clause_read_as_time(toks)


def _clause_read_as_time(toks: Sequence[segmenter.Token]) -> bool:
    """Is the first of ``toks``, tagged a time word before 的, an adverb and a verb jieba glued (刚来|的|老师: a
    relative clause, part of the role; not 今年|的|学生, 刚才|的, whose pieces are no adverb and verb)?"""
    if len(toks) < 3 or toks[0].tag != "t" or toks[1].word != "的" or len(toks[0].word) < 2:
        return False
    adverb, verb = segmenter.tag(toks[0].word[:1]), segmenter.tag(toks[0].word[1:])
    return len(adverb) == 1 and adverb[0].tag == "d" and len(verb) == 1 and verb[0].tag == "v"


def _modifier_of_person(seg: str, toks: Sequence[segmenter.Token]) -> bool:
    """Do ``toks`` open with an age, a cohort or a school grade (73岁的, 00后, 初二) ending at a word's end, a noun or
    an adjective after it (老党员, 游客, 学生): a modifier of the person, part of the role?"""
    m = PERSON_MODIFIER_RE.match(seg, toks[0].start)
    if m is None:
        return False
    after = next((i for i, t in enumerate(toks) if t.start == m.end()), None)
    return after is not None and toks[after].tag[:1] in ("n", "a", "v", "l") and toks[after].tag not in NAME_TAGS


def _after_time_clause(seg: str, toks: Sequence[segmenter.Token]) -> int:
    """Where the person after a clause of time starts (临走时|女儿), 0 when none or a cohort (这名|90后|女孩)."""
    return 0 if _cohort_before_person(seg, toks) else N.after_time_clause(toks)


def _cohort_before_person(seg: str, toks: Sequence[segmenter.Token]) -> bool:
    """Does the 后 before the last word close a cohort (90后|女孩, 八零后|母亲: born in the nineties), no clause of
    time (临走|后), so the modifier stays with the person?"""
    if len(toks) < 2 or toks[-2].word != "后" or toks[-1].word in _RELATION_NOUNS:
        return False  # (这名80后|父亲: a noun of a relation reads what stands before it as whose, so as before)
    at = toks[-2].end
    m = PERSON_MODIFIER_RE.match(seg, max(0, at - _COHORT_CHARS))
    return m is not None and m.end() == at


# The characters of a cohort (90后, 八零后).
_COHORT_CHARS = 3
# Nouns of a relation, of someone's (王明母亲, 李华妻子).
_RELATION_NOUNS = PARENT_NOUNS | CHILD_NOUNS | WIFE_NOUNS | HUSBAND_NOUNS


def _disposal_at(toks: Sequence[segmenter.Token]) -> int | None:
    """Where the object disposed of opens (他|把这种做法, 有人|将此), when nothing after it is owned (no 的)."""
    for i, t in enumerate(toks):
        jiang = t.word == "将" and i + 1 < len(toks) and toks[i + 1].word in DISPOSAL_JIANG_OBJECTS
        if (t.word in DISPOSAL_MARKERS and t.tag == "p") or jiang:
            return i if all(after.word != "的" for after in toks[i:]) else None
    return None


def _there_is(toks: Sequence[segmenter.Token]) -> bool:
    """Are ``toks`` "there is" and one word (有|消息(指), 也有|分析(称)): what is there speaks, and is kept?"""
    return len(toks) == 2 and toks[0].word in EXISTENTIAL_VERBS


def _pronoun_object(toks: list[segmenter.Token]) -> bool:
    """Drop a verb and the 他/她 after it that end the phrase after a noun (员工们|围住/他(说), 有村民|拦住/她(说)):
    the one acted on, the noun before is who speaks. Did it?"""
    if len(toks) < 3 or toks[-1].word not in HE_SHE or not toks[-2].tag.startswith("v"):
        return False
    if not toks[-3].tag.startswith(("n", "k")):
        return False
    del toks[-2:]
    return True


def _listener_after_person(toks: Sequence[segmenter.Token]) -> bool:
    """Is there a preposition of the one spoken to (对, 向, 跟) after a person's name that opens the phrase as its
    subject (no verb nor preposition before it: not 与王明同住的张伟)?"""
    person = next((i for i, t in enumerate(toks) if N.person_word(t)), len(toks))
    if any(t.tag.startswith(("v", "p")) for t in toks[:person]):
        return False
    return any(t.word in LISTENER_PREPOSITIONS and t.tag == "p" for t in toks[person + 1 :])


def _drop_manner_de(toks: list[segmenter.Token]) -> None:
    """Drop a word of manner and the 的 written for 地 after it that end the phrase before a cue (王明|激动的(说),
    李华|笑眯眯的(说)); a noun before 的 owns what follows and stays (市府的)."""
    if len(toks) > 2 and toks[-1].word == "的" and toks[-2].tag in _MANNER_TAGS:
        del toks[-2:]


# Tags of a word of manner before 的 written for 地 (激动/a, 笑眯眯/z, 高兴/b): no owner of what follows.
_MANNER_TAGS = frozenset("a ad z b".split())


def _aspect_after_verb(toks: Sequence[segmenter.Token]) -> bool:
    """Do ``toks`` end with a verb and its particle of aspect (王明的母亲|哭/着(对记者说)): how the speaker speaks,
    no part of who (a word before 着 or 了 is a verb, whatever jieba tags it)?"""
    return len(toks) > 2 and toks[-1].word in MANNER_ASPECTS and toks[-1].tag in ASPECT_TAGS_BUT_UG


def _former(toks: Sequence[segmenter.Token]) -> bool:
    """Does the phrase open with 前 (former) before a title, a body or a noun of a role or a place (前|总统马英九,
    前|民众党主席柯文哲, 前|保安局局长叶刘淑仪, 前|特首梁振英, 前|NASA宇航员): part of the role, no localiser to
    drop?"""
    if len(toks) <= 2 or toks[0].word != "前" or toks[0].end != toks[1].start:
        return False
    return title_word(toks[1].word) or toks[1].tag in _FORMER_OF_TAGS


# Tags of the word 前 (former) stands before in a role: nouns, bodies, places, abbreviations, Latin words (前|国脚,
# 前|环球时报主编, 前|NASA宇航员); not a figure or a time (前|两天, 前|几年: "the first, the last").
_FORMER_OF_TAGS = frozenset("n nt nz ns j eng".split())


def _before_predicate(toks: list[segmenter.Token]) -> list[segmenter.Token]:
    """The words before a phrase of a preposition or a predicate that follows the speaker (苹果公司|在信中,
    谢礼传|还不敢…), or before an object disposed of (他|把这种做法)."""
    cut = phrase_cut(toks)
    if cut is not None:
        toks = toks[:cut]
    cut = predicate_cut(toks)
    toks = toks[:cut] if cut is not None else toks
    cut = _disposal_at(toks)  # (，)把这种做法(说成): the object, and the subject left out
    toks = toks[:cut] if cut is not None else toks
    cut = _name_before_clause_of_time(toks)
    return toks[:cut] if cut is not None else toks


# The end of titles written before a name (专家王明, 作家李华), and of verbs of going home (回家, 到家) after one.
_HOME = "家"


def _name_before_clause_of_time(toks: Sequence[segmenter.Token]) -> int | None:
    """Where a clause of time after a person's name or title ends the person (王明|回家/n 后(说), 陈芳|下班 之后,
    王明局长|回家后): what the person did before speaking, which jieba may tag a noun (回家/n), is no part of who
    speaks. One or two words between, none a name or 的 (王明的女儿|回家后: the daughter). A word ending in 家 is no
    title there (回家/n, 到家; 专家, 作家 are written before the name)."""
    if len(toks) < 3 or toks[-1].word not in TIME_CLAUSE_ENDS or toks[-1].word in WHEN_ENDS:
        return None
    person = next((k for k in range(len(toks) - 2, -1, -1) if _person_or_title(toks[k])), None)
    if person is None or not 0 < len(toks) - 2 - person <= 2:
        return None
    between = toks[person + 1 : -1]
    plain = all(t.word != "的" and t.tag not in NAME_TAGS for t in between)
    return person + 1 if plain and between[0].tag[:1] in ("v", "n") else None


def _person_or_title(t: segmenter.Token) -> bool:
    """Is ``t`` a person's name, a word of kin (王明的|女儿), a title (not one ending in 家: 回家/n) or a noun of a kind
    of person (村民|回家/n 以后, 被告|出庭 后)?"""
    if N.person_word(t) or t.word in KIN_NOUNS or person_kind_word(t):
        return True
    return title_word(t.word) and not t.word.endswith(_HOME)


def _drop_passive(toks: list[segmenter.Token]) -> None:
    """他最近被数名北大校友(指称): the agent after 被 reports; the words up to 被 go. A verb right after 被 names no
    agent (一名村民被|问及此事时(说): the one asked is the subject before 被, who speaks): the words stay."""
    passive = next((i for i, t in enumerate(toks) if t.word == "被" and t.tag == "p"), -1)
    if 0 <= passive < len(toks) - 1 and not toks[passive + 1].tag.startswith(_NO_AGENT_TAGS):
        del toks[: passive + 1]


# Tags of a word right after 被 that is no agent: a verb, an idiom or a set phrase (被|问及此事/i, 被|问到/v).
_NO_AGENT_TAGS = ("v", "i", "l")
