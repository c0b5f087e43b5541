"""The Chinese names of an article, for :class:`~cqnews.enrich.speakers.index.NameIndex`: the people met so far
(quoted, or named with an honorific or as a dotted transliteration), the blocks' texts, and the look-ups that
read them (a lone surname, a surname with a title, 这位律师, the person named last before a position). Every
look-up reads a bounded stretch of text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ...lexicon import quotes_zh as QZ
from ...lexicon.bodies_zh import ORG_POINTERS
from ...lexicon.cue_words_zh import CUE_ADVERBS
from ...lexicon.people_nouns_zh import KIN_NOUNS, PERSON_NOUN_ENDS
from ...lexicon.personal_names_zh import SURNAMES
from ...lexicon.pos_tags_zh import NAME_TAGS
from ...lexicon.punctuation_zh import ZH_MAIN_CLOSING_MARKS, ZH_MAIN_OPENING_MARKS, ZH_SENTENCE_ENDS
from ...lexicon.titles_zh import TITLE_HEADS
from .. import segmenter
from .anaphors_zh import named_by_noun, org_named_before
from .names_zh import credited_writer_at, familiar_name
from .phrases import Who
from .phrases_zh import ZH_DOTS_RE, document_author
from .surname_zh import known_by_surname, known_with_surname, lone_surname, married_pair, named_in_text, titled_surname

__all__ = ["ChineseNames"]

# A name of two or three characters given as an alias: 雀跃（化名）, 小李(化名).
_ALIAS_RE = re.compile("([\u4e00-\u9fff]{2,3})[（(]化名[）)]")

# How many characters of the sentence may stand glued before a dotted name known.
_GLUED_HEAD = 2
# How far back a name is looked for (characters), how many known names are kept.
_ZH_REACH = 400
_ZH_KNOWN = 60


def _in_first_sentence(text: str, mention: str) -> bool:
    """Is ``mention`` written in the first sentence of ``text`` (the block's opening, which goes on from the one
    before)?"""
    at = text.find(mention)
    if at < 0:
        return False
    depth = 0  # (“孩子们都在外地。”这位老人说: a stop inside the quote marks ends no sentence of the writer's)
    for ch in text[:at]:
        depth += (ch in ZH_MAIN_OPENING_MARKS) - (ch in ZH_MAIN_CLOSING_MARKS and depth > 0)
        if ch in ZH_SENTENCE_ENDS and not depth:
            return False
    return True


# How many blocks before its own an organisation named again by its head (该公司, 法院) is looked for in.
_ORG_BLOCKS = 2


@dataclass
class ChineseNames:
    """Chinese person names met so far, latest last, and the texts of the Chinese blocks by position."""

    zh_known: list[str] = field(default_factory=list)
    _zh_texts: list[tuple[int, str]] = field(default_factory=list)
    zh_aliases: set[str] = field(default_factory=set)  # names the article gives as aliases (雀跃（化名）)

    def note_aliases(self, text: str) -> None:
        """Remember the names ``text`` gives as aliases (雀跃（化名）): people, whatever word they also are."""
        if "化名" in text:  # (in every match: a substring test spares the regex most blocks)
            self.zh_aliases.update(_alias(m.group(1)) for m in _ALIAS_RE.finditer(text))

    def know_zh(self, name: str) -> None:
        if name in self.zh_known:
            self.zh_known.remove(name)
        self.zh_known.append(name)
        del self.zh_known[:-_ZH_KNOWN]

    def zh_known_within(self, mention: str) -> str | None:
        """The known name ``mention`` holds with a word glued on that is no part of a name (陈同佳则声明,
        沈阳那, 杨启后, 汤某某多改口: an adverb, demonstrative, localiser or count after it; 而司某: a
        conjunction before it): jieba read the name and the next word as one. The longest such name, or
        None (王明华 is no 王明: 华 may end a given name)."""
        best: str | None = None
        for name in self.zh_known:
            longer = len(name) < len(mention) and (best is None or len(name) > len(best))
            if longer and (_glued(mention, name) or _after_head(mention, name)):
                best = name
        return best

    def zh_dotted_known_within(self, name: str) -> str:
        """The known dotted name that ends the dotted ``name`` read with one or two characters of the sentence
        glued before it (听索菲·马丁 after 索菲·马丁: jieba read 听索菲 as one word), else ``name``."""
        for known in reversed(self.zh_known):
            if 0 < len(name) - len(known) <= _GLUED_HEAD and name.endswith(known) and ZH_DOTS_RE.search(known):
                return known
        return name

    def zh_named_by_surname(self, mention: str, start: int, pos: int) -> str | None:
        """The full name a lone surname (``mention``, at ``start`` of the block holding article position
        ``pos``) stands for when the text gave it outside any quote before: 黃國華 for 黃 in
        教授黃國華昨日出席論壇。黃指出."""
        k = bisect.bisect_right(self._zh_texts, (pos, "\uffff")) - 1
        return named_in_text(self._zh_texts, mention, self._zh_texts[k][0] + start) if k >= 0 else None

    def zh_named_by_short(self, mention: str, start: int, pos: int) -> str | None:
        """The full name a surname stands for when jieba glued an adverb to it (陈续称, 陈又指: 陈/续) or 氏 follows
        it (布氏 for 布林肯, a transliteration whose first character is no surname): the latest person known, or
        named in the text, whose name opens with it; None otherwise."""
        plain = segmenter.to_simplified(mention)  # (黎續稱: 續 is 续 in traditional characters)
        if len(plain) != 2 or not (plain[1] in CUE_ADVERBS or plain[1] == "氏"):
            return None
        head = mention[0]
        if plain[1] != "氏" and plain[0] not in SURNAMES:
            return None
        return known_with_surname(self.zh_known, head) or self.zh_named_by_surname(head, start, pos)

    def zh_named_by_title(self, mention: str, start: int, pos: int) -> str | None:
        """The full name a surname with a title (``mention``: 陳教授, 刘局长, 王总) or a familiar name (老王, 小李)
        stands for when the article gave it before: the latest person of that surname quoted, else named outside quotes
        (香港大學教授陳大文表示… 陳教授續稱 -> 陳大文)."""
        surname = titled_surname(mention) or _familiar_surname(mention)
        if surname is None:
            return None
        holder = self._holder_of_title(mention, surname, pos)
        return holder or known_with_surname(self.zh_known, surname) or self.zh_named_by_surname(surname, start, pos)

    def _holder_of_title(self, mention: str, surname: str, pos: int) -> str | None:
        """The person of ``surname`` written right after the title ``mention`` ends with (张副市长: 副市长张华…),
        in its block or the one before; None when the person named last after that title has another surname."""
        title = mention[len(surname) :]
        named = self.zh_named_by_noun(title, pos) if len(title) >= 2 and not _familiar_surname(mention) else None
        plain = segmenter.to_simplified(named or "")
        return named if plain.startswith(segmenter.to_simplified(surname)) else None

    def zh_named_by_noun(self, mention: str, pos: int) -> str | None:
        """The person a demonstrative and a noun (``mention``: 这位律师) stands for, read in the block before
        article position ``pos`` across its sentences (王明的律师张伟表示…。这位律师还说：“…” -> 张伟), or at the end
        of the block before when the mention is in its block's first sentence (王明的女儿王小丽…。/ 女儿说); None if
        none."""
        k = bisect.bisect_right(self._zh_texts, (pos, "\uffff")) - 1
        if k < 0 or mention.isascii():
            return None
        base, text = self._zh_texts[k]
        named = named_by_noun(text[max(0, pos - base - _ZH_REACH) : max(0, pos - base)], mention)
        if named is None and k > 0 and _in_first_sentence(text, mention):
            named = named_by_noun(self._zh_texts[k - 1][1][-_ZH_REACH:], mention)  # (王明的女儿王小丽…。/ 女儿说)
        if named is not None and segmenter.to_simplified(named) in QZ.ZH_CUE_WORDS:
            return None  # (示威者高喊“…”: the cue after the noun, 高喊, is no name)
        return named

    def zh_document_author(self, mention: str, start: int, pos: int) -> str | None:
        """Who published the document ``mention`` (文, 该声明, at ``start`` of the block holding article position
        ``pos``) stands for, in the clause before it (王明发布了一篇声明。文中提到… -> 王明); None if none."""
        k = bisect.bisect_right(self._zh_texts, (pos, "\uffff")) - 1
        if k < 0 or mention.isascii():
            return None
        text = self._zh_texts[k][1]
        plain = segmenter.to_simplified(text)  # (李華發表了一篇文章。文章中寫道: the tables are simplified)
        who = document_author(plain, segmenter.to_simplified(mention), start)
        if who is None:
            return None
        at = plain.rfind(who.mention, 0, start)
        return text[at : at + len(who.mention)] if at >= 0 else who.mention

    def zh_org_before(self, mention: str, start: int, pos: int) -> str | None:
        """The organisation a bare head (``mention``: 法院, 公司, 该公司, at ``start`` of the block holding article
        position ``pos``) stands for, named in full before it in its block (黑龙江省高级法院…。法院认为：“…”), else
        in one of the two blocks before."""
        k = bisect.bisect_right(self._zh_texts, (pos, "\uffff")) - 1
        if k < 0 or mention.isascii():
            return None
        plain = segmenter.to_simplified(mention)  # (華為公司…。該公司表示: the pointers are simplified)
        if not plain.startswith(ORG_POINTERS):
            plain = mention  # (a bare head, 法院, is read as the page writes it)
        own = self._zh_texts[k][1]
        who = _page_org(own, org_named_before(segmenter.to_simplified(own), plain, start), start)
        for _, text in reversed(self._zh_texts[max(0, k - _ORG_BLOCKS) : k] if who is None else ()):
            who = _page_org(text, org_named_before(segmenter.to_simplified(text), plain, len(text)), len(text))
            if who is not None:  # (华为技术有限公司…。/ 该公司表示: the block before)
                break
        return who

    def zh_texts_before(self, pos: int, count: int) -> list[str]:
        """The texts of up to ``count`` Chinese blocks before the block holding article position ``pos``,
        nearest first."""
        k = bisect.bisect_right(self._zh_texts, (pos, "\uffff")) - 1
        return [text for _, text in reversed(self._zh_texts[max(0, k - count) : max(0, k)])]

    def zh_named_before(self, text: str, pos: int, before: str = "") -> str | None:
        """The known Chinese person named last in ``text`` before ``pos`` (bounded look-back), else
        at the end of ``before`` (the previous paragraph: 王先生租住在… / “…”他认为…)."""
        if before:
            head = text[max(0, pos - _ZH_REACH) : pos]
            named = self.zh_named_before(head, len(head))
            if named is not None:
                return named
            tail = before[-_ZH_REACH:]
            named, at = self._zh_last_named(tail, len(tail))
            last = ZH_DOTS_RE.split(named)[-1] if named else ""
            if named is None or tail.startswith("的", at + len(last)):
                return None  # 图注：奥尔德林的圣餐杯: an owner in the paragraph before is no subject
            return named
        return self._zh_last_named(text, pos)[0]

    def _zh_last_named(self, text: str, pos: int) -> tuple[str | None, int]:
        lo = max(0, pos - _ZH_REACH)
        best, at = None, -1
        for name in self.zh_known:
            k = text.rfind(ZH_DOTS_RE.split(name)[-1], lo, pos)
            longer = k == at and best is not None and len(name) > len(best)  # (陈茂波 over a lone 陈 at one place)
            if (k > at or longer) and not credited_writer_at(text, k):  # (新华社记者张伟: the writer, no one quoted)
                best, at = name, k
        if best is not None and (lone_surname(best) or married_pair(best)):
            best = known_by_surname(self.zh_known, best) or best  # (黃指出…。他又指: 黃國華, named in full before)
        return best, at


def _alias(run: str) -> str:
    """The alias of the two or three characters before 化名: all three when a surname opens them (王小明（化名）),
    else the last two (刑满释放人员栓子（化名）: 员 is no part of it)."""
    return run if len(run) == 2 or segmenter.to_simplified(run[0]) in SURNAMES else run[1:]


def _familiar_surname(mention: str) -> str | None:
    """The surname of a familiar name (老王, 小李: 老 or 小 and a surname), as the page writes it; None otherwise."""
    plain = segmenter.to_simplified(mention)
    return mention[1] if familiar_name(plain) else None


def _page_org(text: str, who: Who | None, end: int) -> str | None:
    """The organisation ``who`` (read in ``text`` in simplified characters, before ``end``) as ``text`` writes it."""
    if who is None:
        return None
    at = segmenter.to_simplified(text).rfind(who.mention, 0, end)
    return text[at : at + len(who.mention)] if at >= 0 else who.mention


def _glued(mention: str, name: str) -> bool:
    """Is ``mention`` the name ``name`` with, after it, one function word (后, 那, 则) or up to three characters
    the whole mention's words start apart from the name (则声明, 多改口; not 月娥 of 林郑月娥, read as one name),
    or, before it, one conjunction or adverb (而)?"""
    simple = segmenter.to_simplified(mention)
    if name.endswith("某") and mention.startswith(name + "某"):
        return False  # 王某某 is no 王某 with 某 glued on: another person, whose name 某某 stands for
    if mention.startswith(name) and len(mention) - len(name) <= _GLUED_TAIL:
        tail = simple[len(name) :]
        if len(tail) == 1:
            return segmenter.tag(tail)[0].tag in _GLUED_TAGS
        toks = segmenter.tag(simple)
        apart = any(t.start == len(name) for t in toks)
        return apart and next(t for t in toks if t.start == len(name)).tag in _GLUED_TAGS
    if mention.endswith(name) and len(mention) == len(name) + 1:
        return segmenter.tag(simple[0])[0].tag in _GLUED_HEAD_TAGS
    return False


def _after_head(mention: str, name: str) -> bool:
    """Does ``mention`` end with the name ``name`` (two characters or more) after 的 or a noun of a person that is
    no name (西联的|扎西顿珠, 汤某某干妈|扎西顿珠): a description, then the person known by that name?"""
    if len(name) < 2 or not mention.endswith(name) or len(mention) - len(name) < 2:
        return False
    head = segmenter.to_simplified(mention[: -len(name)])
    last = segmenter.tag(head)[-1]
    noun = last.tag.startswith("n") and last.tag not in NAME_TAGS and len(last.word) >= 2
    return head.endswith("的") or noun and last.word.endswith(_PERSON_NOUN_ENDS)


# Ends of nouns of people before a name (干妈, 姑姑, 工友, 村民, 议员).
_PERSON_NOUN_ENDS: tuple[str, ...] = (*KIN_NOUNS, *PERSON_NOUN_ENDS)


# How long the words glued after a name may be, and the tags of what opens them (an adverb, a
# demonstrative, a localiser, a count, an idiom, a preposition, a conjunction, a particle); before a
# name: a conjunction or an adverb.
_GLUED_TAIL = 3
_GLUED_TAGS = frozenset("d r f m l p c u uj ul".split())
_GLUED_HEAD_TAGS = frozenset("c d".split())


def zh_name_before_modal(mention: str, known: list[str]) -> str | None:
    """The name known from before (the latest first) that ``mention`` opens when only adverbs and a modal verb
    follow it (翟俪/g 也/d 只能/v: jieba read no name, so the subject ran on to the verb), else None."""
    simple = segmenter.to_simplified(mention)
    for name in reversed(known):
        if len(name) < 2 or not mention.startswith(name) or len(mention) == len(name):
            continue
        toks = segmenter.tag(simple[len(name) :])
        if toks[-1].word in QZ.ZH_MODALS and all(t.tag in ("d", "ad") for t in toks[:-1]):
            return name
    return None


def bare_title(mention: str) -> bool:
    """Is ``mention`` a title alone (院长, 書記, 负责人): the person named before with it, or an unnamed holder of
    it, never a name of its own?"""
    return segmenter.to_simplified(mention) in TITLE_HEADS
