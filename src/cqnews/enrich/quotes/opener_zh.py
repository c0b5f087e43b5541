"""The person opening a Chinese clause, read for who says a quote with no cue of its own: 他很是不解，“…”。 (the
nearest clause with a subject before the quote), “…”王明顿了顿 (the clause after it), 消防队长郭强显得有些疲惫."""

from __future__ import annotations

from collections.abc import Sequence

from ...lexicon import quotes_zh as QZ
from ...lexicon.cue_words_zh import RECALL_VERBS
from ...lexicon.people_nouns_zh import HE_SHE, KIN_NOUNS, PEOPLE_KIND_ENDS, STATE_NOUNS, WRITER_WORDS
from ...lexicon.personal_names_zh import COURTESY_HONORIFICS, SURNAMES, WITHHELD_GIVEN_NAMES
from ...lexicon.punctuation_zh import ZH_FULLWIDTH_CLOSING_MARKS, ZH_SENTENCE_OR_TEXT_ENDS
from ...lexicon.titles_zh import LOCAL_OFFICE_ENDS, TITLE_ENDS, TITLE_HEADS
from .. import segmenter
from ..segmenter import to_simplified
from ..speakers.names_zh import person_word
from ..speakers.phrases import Who
from ..speakers.phrases_zh import zh_subject_before
from .spans import Span

__all__ = ["ZH_LEAD_TAGS", "zh_clause_opener", "zh_kind_opener", "zh_last_clause", "zh_sentence_subject"]


def zh_sentence_subject(text: str, s: int, sp: Span, nearest: bool = False) -> Who | None:
    """The person (a name or 他/她) opening the sentence of a quote that ends it after a comma, when no
    cue is written: the words are that person's (他不愿多谈在北京的经历，“那就是一场噩梦”). ``nearest``: the
    opener of the clause before the quote first (王明…，她强调了她的看法，“…”: the nearest subject)."""
    if sp.close is not None and text[sp.close + 1 : sp.close + 2] not in ZH_SENTENCE_OR_TEXT_ENDS and not nearest:
        return None
    if nearest:
        recalled = _zh_recalled_by(text, s, sp.open)
        return recalled or _zh_nearest_subject(text, s, sp.open) or zh_clause_opener(text, s, sp.open)
    return zh_clause_opener(text, s, sp.open) or zh_clause_opener(text, zh_last_clause(text, s, sp.open), sp.open)


def _zh_recalled_by(text: str, s: int, at: int) -> Who | None:
    """The person opening the sentence at ``s`` with a verb of remembering and a comma (王明还记得，|那年…，李华…，“…”):
    the clauses after it, up to the quote at ``at``, are that person's memory, and the quote their account of it, not
    the words of one named inside the memory (李华). None when the sentence opens otherwise."""
    comma = text.find("，", s, at)
    if comma < 0 or not text.endswith(RECALL_VERBS, s, comma):
        return None
    return zh_clause_opener(text, s, comma)  # (a name or 他/她: 她还记得，…)


def _zh_nearest_subject(text: str, s: int, at: int) -> Who | None:
    """The person opening the nearest clause before ``at`` (back to ``s``) that has a subject: a clause opening
    with a verb leaves its subject out and goes on with the one before (她急了，把门踹开，发现…，“…”); a clause
    opening with another noun has a subject of its own, no person's (None)."""
    end = at - 1
    while end > s:
        lo = zh_last_clause(text, s, end + 1)
        who = zh_clause_opener(text, lo, end)
        if who is not None:
            return who
        head = text[lo : min(end, lo + _ZH_CLAUSE_HEAD)]  # (its first word: the whole clause, per quote, was quadratic)
        toks = [t for t in segmenter.tag(head) if t.tag not in ZH_LEAD_TAGS]
        if not toks or not toks[0].tag.startswith(("v", "p", "i")):  # (闭上眼睛/i: an idiom, a predicate)
            return None
        end = lo - 1
    return None


def zh_last_clause(text: str, s: int, at: int) -> int:
    """Where the last clause before the comma at ``at - 1`` starts (他很是不解|，“…”)."""
    comma = text.rfind("，", s, max(s, at - 1))
    return comma + 1 if comma >= 0 else s


def zh_clause_opener(text: str, s: int, at: int) -> Who | None:
    """The person (a name or 他/她) opening the clause at ``s``, past time words, adverbs and
    conjunctions; None when the clause opens otherwise or with an owner (刘中年的妻子…)."""
    while s < at and text[s] in ZH_FULLWIDTH_CLOSING_MARKS:
        s += 1  # “…，”王明顿了顿，“…”: the clause opens after the quote before it
    toks = segmenter.tag(text[s : min(at, s + _ZH_SUBJECT_SIZE)])
    while toks and toks[0].tag in ZH_LEAD_TAGS:
        toks = toks[1:]
    if len(toks) > 2 and toks[1].tag == "uj" and person_word(toks[0]) and toks[2].word in STATE_NOUNS:
        toks = toks[:1]  # 王明的声音有些发抖: his voice, his look are his own (the person opens the clause)
    if not toks or len(toks) > 1 and toks[1].tag == "uj":
        return None  # (刘中年的妻子…: an owner)
    if _kin_of_person(toks):  # 王明女儿很难过，“…”: the daughter opens the clause, her father only owns her
        lo, hi = s + toks[0].start, s + toks[1].end
        return Who(text[lo:hi], "desc", role=text[lo:hi], start=lo)
    withheld = (
        len(toks) > 1 and toks[1].word in WITHHELD_GIVEN_NAMES and (person_word(toks[0]) or toks[0].word in SURNAMES)
    )
    if withheld or person_word(toks[0]):  # (汤某某, 彼得罗夫某某: a name withheld, the surname and 某 its whole)
        end = toks[1].end if withheld else toks[0].end
        return Who(text[s + toks[0].start : s + end], "person", start=s + toks[0].start)
    titled = _titled_opener(toks)
    if titled is not None:  # “…”面对记者的提问，消防队长|郭强显得有些疲惫。
        name, role = toks[titled], text[s + toks[0].start : s + toks[titled].start]
        return Who(text[s + name.start : s + name.end], "person", role=role, start=s + name.start)
    if toks[0].word in HE_SHE:
        return Who(toks[0].word, "pronoun", start=s + toks[0].start, gender=QZ.ZH_PRONOUNS[toks[0].word])
    return None


def zh_kind_opener(text: str, s: int, at: int) -> Who | None:
    """The people named by a word of their kind or office opening the clause at ``s`` before its verb, no name
    written (那年冬天|村干部|来到他家, 社区书记敲开她家的门): a description (speaker unnamed, role 村干部); None
    when the clause opens otherwise (天气变冷, 这件事让他…: no person)."""
    toks = segmenter.tag(text[s : min(at, s + _ZH_SUBJECT_SIZE)])
    verb = next((t for t in toks if t.tag.startswith("v")), None)
    if verb is None or verb.start == 0:
        return None
    who = zh_subject_before(text, s, s + verb.start)
    if who is None or who.kind != "desc" or not to_simplified(who.mention).endswith(_KIND_ENDS):
        return None
    return who


def _titled_opener(toks: tuple[segmenter.Token, ...]) -> int | None:
    """The index of the name a clause opens with after its title (消防队长|郭强, 村民|王明), None when it opens
    otherwise, the title is the writer's (记者王明) or the name owns what follows (村民王明的妻子)."""
    i = 0
    while i < min(len(toks), _TITLE_WORDS) and _title_part(toks[i]) and not person_word(toks[i]):
        i += 1
    if not 0 < i < len(toks) or not person_word(toks[i]) or not toks[i - 1].word.endswith(_TITLED_ENDS):
        return None
    if any(t.word in WRITER_WORDS for t in toks[:i]):
        return None  # “…”记者王明注意到: the writer hears the words
    return None if i + 1 < len(toks) and toks[i + 1].tag == "uj" else i


def _kin_of_person(toks: Sequence[segmenter.Token]) -> bool:
    """Do the words open with a person's name and a noun of kin right after it (王明女儿, 王明同事; not 王明先生, the
    person named with a courtesy)?"""
    if len(toks) < 2 or not person_word(toks[0]):
        return False
    return toks[1].word in KIN_NOUNS and toks[1].word not in COURTESY_HONORIFICS




def _title_part(t: segmenter.Token) -> bool:
    """Can ``t`` be part of a title before a name: a noun, a place, a body, or the end of a title the segmenter
    cut off it (消防队/长, whatever its tag)?"""
    return t.tag in _TITLE_TAGS or t.word in TITLE_ENDS


# The words of a title before a name (nouns, places, bodies), how many, and how the last of them ends.
_TITLE_TAGS = frozenset("n ns nt nz j".split())
_TITLE_WORDS = 4
_TITLED_ENDS: tuple[str, ...] = (  # (村|支书; 养殖户|赵建国: a noun of a kind of people)
    *TITLE_ENDS, *QZ.ZH_PERSON_HEADS, *TITLE_HEADS, *LOCAL_OFFICE_ENDS, *PEOPLE_KIND_ENDS
)

# How a word of a person's kind or office ends (村干部, 社区书记, 班主任, 大妈), with nothing after it.
_KIND_ENDS: tuple[str, ...] = (*_TITLED_ENDS, *KIN_NOUNS)

# How much of a clause is read for the word it opens with (a block with no Chinese comma is one clause).
_ZH_CLAUSE_HEAD = 160

# How much of a sentence is read for its subject, and the words skipped before it (时间, 副词, 连词).
_ZH_SUBJECT_SIZE = 12
ZH_LEAD_TAGS = frozenset("t c d f m".split())
