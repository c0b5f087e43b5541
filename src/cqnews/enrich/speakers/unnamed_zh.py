"""Who a Chinese 他/她 stands for when it is an unnamed description (一旁休息的救援人员点了枝烟，“…”，他说 ->
救援人员, nobody named).

The clauses before the pronoun (its sentence and the one before, outside quotes) are read from the nearest
back; the first that opens with a subject decides. A description of a person (救援人员, 一名村民, 几名工人)
stops the search for a name further back; a person's name (or no such subject at all) leaves the pronoun to
the named antecedents (:func:`cqnews.enrich.speakers.antecedents_zh.zh_subject_named_before`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...lexicon import quotes_zh as QZ
from ...lexicon.cue_words_zh import NAMING_VERBS
from ...lexicon.function_words_zh import COPULAS, EXISTENTIAL_VERBS
from ...lexicon.people_nouns_zh import (
    FEMALE_NOUNS,
    HE_SHE,
    KIN_NOUNS,
    MALE_NOUNS,
    ONE_PERSON_MEASURES,
    PERSON_MEASURES,
    PLURAL_AFTER,
    PLURAL_DETERMINERS,
    PLURAL_NUMERALS,
    WRITER_WORDS,
)
from ...lexicon.personal_names_zh import A_KIN_WORDS, HONORIFICS, SURNAMES
from ...lexicon.punctuation_zh import ZH_CLAUSE_MARKS, ZH_MAIN_QUOTE_RE, ZH_SENTENCE_ENDS
from ...lexicon.titles_zh import SURNAME_TITLES
from ...text import last_of
from .. import segmenter
from .names_zh import person_word
from .reported_zh import reported_clause as _reported_clause

__all__ = ["OWNED_ENDS", "UNNAMED_REACH", "other_sex", "zh_unnamed_antecedent"]


# How far back (characters) the clauses before a pronoun are read, and how many of them.
_REACH = 120
_CLAUSES = 4
# All that :func:`zh_unnamed_antecedent` reads before the pronoun (a caller may pass only that).
UNNAMED_REACH = _REACH

_CLAUSE_RE = re.compile(f"[^{ZH_CLAUSE_MARKS}]+")

# Ends of a noun that names a kind of person (救援人员, 清道工, 村民): no one in particular.
_PERSON_ENDS: tuple[str, ...] = (
    *QZ.ZH_PERSON_HEADS, "人员", "员", "者", "民", "工", "人", "师", "士", "户", "属", "众", *A_KIN_WORDS,
)
# What a person owned by another is (张伟的妻子, 该公司的员工).
OWNED_ENDS = (*_PERSON_ENDS, *KIN_NOUNS)
# Words before the head of a description: numbers and measures (一名, 几名), demonstratives (这位), adjectives
# (一名|年轻|男子).
_DETERMINER_TAGS = ("m", "q", "mq", "r", "a")


def zh_unnamed_antecedent(text: str, pos: int) -> str | None:
    """The description a 他/她 at ``pos`` stands for when the subject nearest before it is an unnamed
    person (救援人员), else None; for a 他们/她们, an unnamed group (也有村民不这么看。他们说…)."""
    lo = max(0, pos - _REACH)
    sentence = last_of(text, ZH_SENTENCE_ENDS, lo, pos)
    if sentence > lo:  # its sentence and the one before
        sentence = last_of(text, ZH_SENTENCE_ENDS, lo, sentence)
    at = max(lo, sentence + 1)
    window = _quotes_as_commas(text[at:pos])
    tail = max(window.rfind("”"), window.rfind("」")) + 1  # (the end of a quote the window opens in)
    window = "，" * tail + window[tail:]
    plain = segmenter.to_simplified(window)
    clauses = list(_CLAUSE_RE.finditer(plain))
    reported = _reported_runs(plain, clauses)
    for k in range(len(clauses) - 1, max(-1, len(clauses) - 1 - _CLAUSES), -1):
        m = clauses[k]
        if k in reported:
            continue  # 王明说，|一名工人受了伤。他…: the subject of someone's words is not the one 他 stands for
        group = segmenter.to_simplified(text[pos : pos + 2]) in ("他们", "她们", "佢哋")  # (他們)
        kind, a, b = _group_subject(m.group()) if group else _clause_subject(m.group())
        if kind == "named":
            return None
        if kind == "unnamed" and not other_sex(text[pos : pos + 1], m.group()[a:b]):
            return text[at + m.start() + a : at + m.start() + b]  # (as the page writes it)
    return None


def _group_subject(clause: str) -> tuple[str, int, int]:
    """("named" or "unnamed", start, end) of the people ``clause`` opens with, for a 他们/她们 after it: a group
    described (也有|村民, 不少|工人, 村民们), or a person named (the named antecedents take the pronoun then);
    ("", 0, 0) when the clause opens with neither before its first verb but 有."""
    toks = segmenter.tag(clause)[:8]
    for i, t in enumerate(toks):
        if person_word(t):
            return "named", t.start, t.end
        if t.tag.startswith("n") and t.word.endswith(_PERSON_ENDS):
            first = i - 1 if i > 0 and toks[i - 1].tag == "m" else i
            end = toks[i + 1].end if i + 1 < len(toks) and toks[i + 1].word == "们" else t.end
            return "unnamed", toks[first].start, end
        if t.tag.startswith(("v", "p")) and t.word not in EXISTENTIAL_VERBS:
            break
    return "", 0, 0


def _reported_runs(plain: str, clauses: Sequence[re.Match[str]]) -> set[int]:
    """The indices of the clauses that are someone's words: from a clause after a verb of saying and its comma
    to the end of that sentence (王明说，|那天他被打了，|医生给他看了病。: both are 王明's words)."""
    out: set[int] = set()
    on = False
    for k, m in enumerate(clauses):
        if m.start() > 0 and plain[m.start() - 1] in ZH_SENTENCE_ENDS:
            on = False
        on = on or _reported_clause(plain, m.start(), 0)
        if on:
            out.add(k)
    return out


def other_sex(pronoun: str, desc: str) -> bool:
    """Does ``desc`` name a person of the other sex than ``pronoun`` (她 … 爷爷, 他 … 妻子)? Never for a pronoun
    other than 他/她."""
    return desc.endswith(FEMALE_NOUNS if pronoun == "他" else MALE_NOUNS if pronoun == "她" else ())


def _plural(word: str) -> bool:
    return word.startswith(PLURAL_DETERMINERS) or word[:1] in PLURAL_NUMERALS


def _clause_subject(clause: str) -> tuple[str, int, int]:
    """("named" or "unnamed", start, end) of the subject ``clause`` opens with (past a relative
    clause: 一旁休息的|救援人员), or ("", 0, 0)."""
    toks = segmenter.tag(clause)[:12]
    while toks and toks[0].tag == "c":
        toks = toks[1:]  # 但|对方告诉他: the conjunction opens the clause, the subject follows
    if not toks or _pronoun_subject(toks):
        return "", 0, 0  # (他|一个人照看着…: the clause's subject is a 他 already, whom a later 他 stands for too)
    owner = next((i for i, t in enumerate(toks) if t.tag == "uj"), -1)
    settled = _said_of_subject(toks) or _pronoun_topic(toks, owner) or _met_by_writer(toks)
    settled = settled or _called_by_relative(toks, owner)
    return settled if settled is not None else _described_subject(clause, toks, owner)


def _described_subject(clause: str, toks: Sequence[segmenter.Token], owner: int) -> tuple[str, int, int]:
    """("named" or "unnamed", start, end) of the description the clause's subject is (一名村民, 一位|邻居, 旁边的
    大爷), "named" where its head is a person's name or a surname with a title, or ("", 0, 0) for more than one
    person, the writer or no description."""
    i, first, heads = _description_start(toks, owner)
    while i < len(toks) and toks[i].tag in _DETERMINER_TAGS:
        i += 1
    if any(_plural(t.word) for t in toks[first:i]):
        return "", 0, 0  # 很多年轻人, 两名警员: more than one person is never a 他/她
    counted = first < i and toks[i - 1].word.endswith(ONE_PERSON_MEASURES)  # (一位|邻居/v: a person)
    head = i
    while head < len(toks) and _head_word(toks[head], heads, counted and head == i):
        if person_word(toks[head]) or _surname_titled(toks[head].word):
            return "named", toks[head].start, toks[head].end
        head += 1
    if _no_one(toks, i, head):
        return "", 0, 0
    a, b = toks[first].start, toks[head - 1].end  # (一名村民: the description with its number)
    if not (clause[a:b].endswith(heads) or counted) or clause[a:b] in WRITER_WORDS:  # (记者注意到: the writer, no 他)
        return "", 0, 0
    named = _name_in_apposition(toks[head:])
    return ("named", named.start, named.end) if named is not None else ("unnamed", a, b)


def _pronoun_subject(toks: Sequence[segmenter.Token]) -> bool:
    """Does the clause open with a 他/她 that is its subject, with a number of people after it (他|一个人, 她|独自):
    not the owner of the subject (他的妻子) nor a pronoun before a description (他这位老邻居)?"""
    if len(toks) < 2 or toks[0].word not in HE_SHE or toks[0].tag != "r":
        return False
    return toks[1].tag == "m" or toks[1].tag == "d"


def _head_word(t: segmenter.Token, heads: tuple[str, ...], counted: bool) -> bool:
    """Can ``t`` be part of the head of a description: a noun, one of the ``heads``, or the word a measure of one
    person counts (jieba tags 邻居 a verb)?"""
    return t.tag.startswith("n") or t.tag == "vn" or t.word in heads or counted and t.tag == "v"


def _description_start(toks: Sequence[segmenter.Token], owner: int) -> tuple[int, int, tuple[str, ...]]:
    """Where the words of a description start (past a relative clause, at the person owned), where the
    description as written starts, and the ends its head may have (see :func:`_clause_subject`)."""
    i = owner + 1 if owner > 0 and any(t.tag.startswith("v") for t in toks[:owner]) else 0
    if i == 0 < owner < len(toks) - 1 and toks[owner + 1].word.endswith(OWNED_ENDS) and _modifier(toks[:owner]):
        return owner + 1, 0, OWNED_ENDS  # 张伟的|妻子: the person owned is the subject, not the owner
    if 0 < owner == i - 1 and person_word(toks[owner - 1]):
        return i, owner - 1, OWNED_ENDS  # 记者找到了|张伟的母亲: so too after a verb, the person one owns
    return i, i, _PERSON_ENDS


def _called_by_relative(toks: Sequence[segmenter.Token], owner: int) -> tuple[str, int, int] | None:
    """这位名叫林晓的女孩: a relative clause that gives the head its name (a verb of naming, then a name, before
    the 的) makes the subject someone named ("named", the name), not an unnamed 女孩; None otherwise."""
    if any(t.tag == "uj" for t in toks[owner + 1 :]):
        return None  # 名叫林晓的女孩的母亲: the one named owns the head
    for i in range(max(owner, 0) - 1):
        if toks[i].word in NAMING_VERBS and person_word(toks[i + 1]):
            return "named", toks[i + 1].start, toks[i + 1].end
    return None


def _met_by_writer(toks: Sequence[segmenter.Token]) -> tuple[str, int, int] | None:
    """记者在现场遇到|一位村民: the writer meeting someone counted and described, who is the topic a 他/她 after
    stands for ("unnamed", the description from its count on); None when the clause is otherwise (the person
    the writer meets by name is read by the named antecedents)."""
    if toks[0].word not in WRITER_WORDS or not any(t.tag.startswith("v") for t in toks[1:]):
        return None
    count = next((i for i, t in enumerate(toks) if t.tag == "m" and t.word.endswith(PERSON_MEASURES)), None)
    if count is None or _plural(toks[count].word) or not toks[-1].word.endswith(_PERSON_ENDS):
        return None
    if any(person_word(t) for t in toks[count:]):
        return None
    return "unnamed", toks[count].start, toks[-1].end


def _pronoun_topic(toks: Sequence[segmenter.Token], owner: int) -> tuple[str, int, int] | None:
    """像他一样去安置点的村民…: a 他/她 before the 的 of a description; the one it stands for goes on being the
    topic ("named"), else None (also for 他的妻子: the person owned is the subject)."""
    if owner == 1 and len(toks) > 2 and toks[2].word.endswith(OWNED_ENDS):
        return None  # 他的妻子在一旁补充: the person he owns is the subject
    return ("named", 0, 0) if any(t.word in HE_SHE for t in toks[: max(owner, 0)]) else None


def _said_of_subject(toks: Sequence[segmenter.Token]) -> tuple[str, int, int] | None:
    """A description after a copula is said of the clause's subject, and is none (王建国，58岁，|是村里的老党员;
    刘建军|是当地有名的养殖大户): a clause opening with the copula has its subject before it (""), one
    opening with a name and the copula is that person's ("named"); None otherwise."""
    if toks[0].word in COPULAS:
        return "", 0, 0
    if len(toks) > 1 and toks[1].word in COPULAS and (person_word(toks[0]) or _surname_titled(toks[0].word)):
        return "named", toks[0].start, toks[0].end
    return None


def _surname_titled(word: str) -> bool:
    """Is ``word`` a surname with an honorific or a title (王女士, 陈先生, 刘局长): someone named, as the
    article names ordinary people?"""
    return len(word) >= 3 and word[0] in SURNAMES and word[1:] in _SURNAME_TITLES


_SURNAME_TITLES = frozenset((*HONORIFICS, *SURNAME_TITLES))


def _no_one(toks: Sequence[segmenter.Token], i: int, head: int) -> bool:
    """Do the nouns ``toks[i:head]`` name no one person: none, an owner (村民的房子), or more than one
    (村民们, 观众纷纷鼓掌)?"""
    nxt = toks[head] if head < len(toks) else None
    return head == i or nxt is not None and (nxt.tag == "uj" or nxt.word in PLURAL_AFTER)


def _modifier(toks: Sequence[segmenter.Token]) -> bool:
    """Can ``toks`` be the words before 的 that modify a noun (an owner: 张伟, 该公司; a place: 旁边):
    no adverb, preposition nor conjunction (郝南就直接联系文档的发起者 is a clause)?"""
    return not any(t.tag in ("d", "ad", "p", "c") for t in toks)


def _name_in_apposition(toks: Sequence[segmenter.Token]) -> segmenter.Token | None:
    """The name a description stands in apposition to, before the predicate starts (另一位学者、副教授
    |李小明|则认为); jieba tags some title words as verbs (经济学/系, 处长/v), so only an adverb, a
    preposition or a conjunction ends the search."""
    for t in toks:
        if t.tag in ("d", "p", "c"):
            return None
        if person_word(t):
            return t
    return None


def _quotes_as_commas(text: str) -> str:
    """``text`` with each top-level quote (“…”, 「…」) written over by as many full-width commas: the same offsets,
    and no word of the quote read as the writer's."""
    return ZH_MAIN_QUOTE_RE.sub(lambda m: "，" * len(m.group()), text)


def zh_described_in_paragraph(head: str, pronoun: str) -> str | None:
    """The last unnamed person (一个年轻医生, 相关部门的朋友) a clause of ``head`` (a paragraph up to a 他/她, outside
    quotes, not someone's reported words) opens with, of no other sex than ``pronoun``; None when a clause of it
    opens with a name, or none with a description. A paragraph that brings in such a person keeps its 他/她 from
    a name of paragraphs before."""
    window = _quotes_as_commas(head)
    plain = segmenter.to_simplified(window)
    clauses = list(_CLAUSE_RE.finditer(plain))
    reported = _reported_runs(plain, clauses)
    found = None
    for k, m in enumerate(clauses):
        kind, a, b = ("", 0, 0) if k in reported else _clause_subject(m.group())
        if kind == "named":
            return None
        if kind == "unnamed" and not other_sex(pronoun, m.group()[a:b]):
            found = head[m.start() + a : m.start() + b]
    return found
