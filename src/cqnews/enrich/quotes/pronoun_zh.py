"""Who a Chinese pronoun that reports a quote stands for (他, 她, 其, 他们, or a clause's subject left out), past what
the article-wide book reads for it: a body or a person named before, the unnamed source quoted last, nobody when
the sex or the number does not fit, never a name the pronoun's own clause gives after it
(:func:`zh_pronoun_speaker`); and, in a paragraph, the unnamed speaker just quoted that a 他/她 goes on with
(:func:`zh_unnamed_goes_on`)."""

from __future__ import annotations

from collections.abc import Callable

from ...lexicon.people_nouns_zh import HE_SHE
from ...models import Speaker
from .. import segmenter
from ..speakers import SpeakerBook
from ..speakers.antecedents_zh import (
    body_head,
    zh_body_before,
    zh_person_named_before,
    zh_subject_named_before,
    zh_writer_object,
)
from ..speakers.phrases import Who
from ..speakers.sex_zh import zh_of_sex
from ..speakers.sexed_antecedent_zh import zh_nearest_of_sex, zh_relative_of_other
from ..speakers.unnamed_zh import other_sex, zh_described_in_paragraph
from ..speakers.zero_subject_zh import zh_passive_agent, zh_short_body
from .pronoun_chain_zh import zh_chained_back
from .text import Found

__all__ = ["unnamed_pronoun", "zh_learn_sex", "zh_pronoun_antecedent", "zh_pronoun_speaker", "zh_unnamed_goes_on"]


def zh_pronoun_speaker(
    f: Found,
    book: SpeakerBook,
    text: str,
    prev_text: str,
    base: int,
    speaker: Speaker | None,
    last_speaker: Speaker | None,
) -> Speaker | None:
    """The speaker the Chinese pronoun ``f.who`` stands for, given ``speaker`` (what the book resolved it to) and
    ``last_speaker`` (who the quote before was credited to): the person or body the article names for it, else the
    unnamed source quoted last; nobody named when that name has the other sex, is one person for a plural
    pronoun, or is written after the pronoun in its own clause."""
    who = f.who
    if who is None:
        return speaker
    named = zh_pronoun_antecedent(who, book, text, prev_text, base)
    speaker = named or _zh_unnamed_speaking(who, speaker, last_speaker)
    speaker = _zh_of_pronoun_sex(speaker, who, prev_text + text[: who.start])
    speaker = _zh_nearest_of_sex(speaker, who, book, text, base) or speaker
    speaker = _zh_not_after_relative(speaker, who, book, text, base)
    speaker = _zh_of_pronoun_number(speaker, who)
    speaker = None if _zh_named_in_own_clause(f, text, speaker) else speaker
    return zh_learn_sex(book, who, speaker)


def zh_learn_sex(book: SpeakerBook, who: Who, speaker: Speaker | None) -> Speaker | None:
    """``speaker``, after teaching the book the sex of a 他 (a man) or 她 (a woman) read in the end as the person
    named so (许红云…她说: a later 他 is someone else); never a sex of a name read on the way and then left
    (他得知许红云的经历后，称赞…: not 许红云, whom a later 她 still stands for)."""
    if speaker is not None and speaker.name and who.gender in ("m", "f"):
        book.genders.setdefault(speaker.name, who.gender)
    return speaker


def _zh_named_in_own_clause(f: Found, text: str, speaker: Speaker | None) -> bool:
    """Is the name a 他/她 was read as written after the pronoun in its own clause, before the quote (他得知李红的经历
    后，称赞…, 他对李红说): someone the pronoun acts on, never the pronoun itself?"""
    who = f.who
    if who is None or speaker is None or not speaker.name or f.start <= who.start + len(who.mention):
        return False
    clause = segmenter.to_simplified(text[who.start + len(who.mention) : f.start])
    return segmenter.to_simplified(speaker.name) in clause


def zh_unnamed_goes_on(
    f: Found, speaker: Speaker | None, block_last: tuple[Speaker, str | None] | None, text: str
) -> Speaker | None:
    """``speaker``, or the unnamed speaker of the quote before in the paragraph when a 他/她 that stands for a name the
    paragraph has not written before it follows that quote (我们科一个年轻医生跟我发微信，说…。他在微信中…): the one
    who just spoke, not a person of paragraphs before, nor one its role names as an owner (王明的律师介绍…。他说)."""
    who = f.who
    if who is None or who.kind != "pronoun" or who.mention not in HE_SHE or block_last is None:
        return speaker
    unnamed = block_last[0]
    if unnamed.name or not unnamed.role or speaker is None or not speaker.name:
        return speaker
    before_pronoun = segmenter.to_simplified(text[: who.start]).replace(segmenter.to_simplified(unnamed.role), "")
    if segmenter.to_simplified(speaker.name) in before_pronoun or other_sex(who.mention, unnamed.role):
        return speaker
    return Speaker(name=None, role=unnamed.role)


def zh_pronoun_antecedent(who: Who, book: SpeakerBook, text: str, prev_text: str, base: int) -> Speaker | None:
    """The speaker a Chinese pronoun stands for when the article says who: a body that 其 (or a clause with no
    subject) goes on with, or the
    person named before (see each rule); None leaves the book's recent speaker."""
    def short_body(mention: str) -> bool:  # (中文大学…。/ 中大发表声明，|指…)
        return zh_short_body(mention, (text[: who.start], *book.zh_texts_before(base + who.start, _SHORT_BLOCKS)))

    body = zh_body_before(text, who.start, short_body) if who.mention in ("其", "") else None  # (华为公司发表声明，|称)
    if body is None and who.mention == "":
        body = zh_passive_agent(text, who.start)  # (黎智英遭警方冻结资产，|指…: the police say why)
    if body is not None:
        return Speaker(name=body)  # 华为公司昨日发布声明。其称…
    sex = who.gender if who.gender in ("m", "f") else None
    found: tuple[Callable[[], str | None], ...] = (
        lambda: zh_subject_named_before(book.zh_known, text, who.start),
        lambda: book.zh_named_before(text, who.start, prev_text),  # 李博灏也有着类似的经历。他表示…
        lambda: zh_subject_named_before(book.zh_known, prev_text, len(prev_text), sex),  # 王青预计…。他同时指出
        lambda: zh_writer_object(text, who.start),  # 记者致电陳大文，他表示…
        lambda: zh_chained_back(book, base),  # 王明是司机。/ 每天五点，他就出门了。/ 他说…
        lambda: zh_person_named_before(text, who.start),  # 这件事让王建国很生气。他表示…
    )
    told = prev_text + text[: who.start]
    first = found[0]()
    first = first if first is None or _zh_learnt_sex(book, first, sex) else None
    fits = (n for n in (f() for f in found[1:]) if n and zh_of_sex(told, n, sex) and _zh_learnt_sex(book, n, sex))
    named = first or next(fits, None)
    here = text[: who.start]
    desc = zh_described_in_paragraph(here, who.mention) if named and named not in here else None
    if desc is not None:
        return Speaker(name=None, role=desc)  # 我们科一个年轻医生跟我发微信…。他…: not a name of paragraphs before
    if named is not None:
        named = _zh_full_name(book, named, who.start, base)  # 陈教授又指出…。他说 -> 陈大文, named in full before
    return Speaker(name=named, role=book.roles.get(named)) if named else None


# How many blocks before a short form's own are read for the body's full name.
_SHORT_BLOCKS = 8


def _zh_full_name(book: SpeakerBook, name: str, start: int, base: int) -> str:
    """The full name a surname and a title (陈教授) stands for when the article gave it before, as for a speaker
    named so; ``name`` otherwise. (A lone surname is left: mapping it lowered the check half's figures.)"""
    pos = base + start
    return book.zh_named_by_title(name, start, pos) or name


def _zh_nearest_of_sex(
    speaker: Speaker | None, who: Who, book: SpeakerBook, text: str, base: int
) -> Speaker | None:
    """When nobody (no name, no role) is left for a 他/她, the person named nearest before it, in its paragraph
    and then the paragraphs before, whose sex the text does not give as the other (杨红梅和丈夫周军…。/ “…”她说 ->
    杨红梅, see :func:`~..speakers.sexed_antecedent_zh.zh_nearest_of_sex`); None otherwise."""
    sex = who.gender if who.gender in ("m", "f") and who.mention in HE_SHE else None
    if sex is None or speaker is not None and (speaker.name or speaker.role):
        return None
    before = [*reversed(book.zh_texts_before(base + who.start, _SEXED_BLOCKS)), text[: who.start]]
    named = zh_nearest_of_sex(before, sex, book.genders)
    return Speaker(name=named, role=book.roles.get(named)) if named else None


# How many paragraphs before the pronoun's own are read for the nearest person of its sex.
_SEXED_BLOCKS = 2


def _zh_not_after_relative(
    speaker: Speaker | None, who: Who, book: SpeakerBook, text: str, base: int
) -> Speaker | None:
    """``speaker``, or nobody named when an unnamed relative of the 他/她's sex, owned by a pronoun of the other sex,
    follows the person read (吴建平正在晒谷子。/ 他的妻子也在帮忙。/ “…”她说: the wife, see
    :func:`~..speakers.sexed_antecedent_zh.zh_relative_of_other`)."""
    sex = who.gender if who.gender in ("m", "f") and who.mention in HE_SHE else None
    if sex is None or speaker is None or not speaker.name:
        return speaker
    before = [*reversed(book.zh_texts_before(base + who.start, _SEXED_BLOCKS)), text[: who.start]]
    return Speaker(name=None, role=None) if zh_relative_of_other(before, speaker.name, sex) else speaker


def _zh_of_pronoun_number(speaker: Speaker | None, who: Who) -> Speaker | None:
    """``speaker``, or nobody named when a plural pronoun (他们, 她们, 我们, 佢哋: many people) stands for one person's
    name (清道工围住…。他们说: not the one 周云 named before); a body's name stays (华为公司…。他们表示)."""
    if who.gender != "p" or speaker is None or not speaker.name or body_head(segmenter.to_simplified(speaker.name)):
        return speaker
    return Speaker(name=None, role=speaker.role)


def _zh_of_pronoun_sex(speaker: Speaker | None, who: Who, told: str) -> Speaker | None:
    """``speaker``, or nobody named when ``told`` (the text before the pronoun) gives them the other sex than the
    他/她 that stands for them (王明携妻子出席。…她补充: not 王明, the wife is unnamed)."""
    sex = who.gender if who.gender in ("m", "f") else None
    if speaker is None or not speaker.name or zh_of_sex(told, speaker.name, sex):
        return speaker
    return Speaker(name=None, role=None)


def _zh_learnt_sex(book: SpeakerBook, name: str, sex: str | None) -> bool:
    """May ``name`` be the 他 (``sex`` "m") or 她 ("f"): no 他/她 before stood for them with the other sex?"""
    return sex is None or book.genders.get(name) in (None, sex)


def _zh_unnamed_speaking(who: Who, speaker: Speaker | None, last_speaker: Speaker | None) -> Speaker | None:
    """The unnamed source quoted last (李强的妻子告诉记者，…。/ 她说：…) that a 他/她 goes on with when the article
    names no one it could stand for (``speaker`` says nobody: no name, no role); ``speaker`` otherwise. Not
    across the sexes (她 is no 丈夫)."""
    if speaker is not None and (speaker.name or speaker.role):
        return speaker
    before = last_speaker
    if before is None or before.name is not None or not before.role or not unnamed_pronoun(who):
        return speaker
    pronoun = _HE_SHE_OF_SEX.get(who.gender or "", "")
    return speaker if other_sex(pronoun, segmenter.to_simplified(before.role)) else before  # (父親)


# The 他 or 她 of a pronoun's sex, whatever its mention (the test of the other sex is read off 他/她).
_HE_SHE_OF_SEX = {"m": "他", "f": "她"}


# The pronouns an unnamed description may be the antecedent of (他们: a group described).
# (佢, 佢哋: he or she, they in Cantonese; "": a clause's subject left out, 女婿…，无奈摇了摇头，说…)
_UNNAMED_PRONOUNS = frozenset(["", *"他 她 其 他们 她们 佢 佢哋".split()])


def unnamed_pronoun(who: Who) -> bool:
    """Is ``who`` a pronoun an unnamed description may stand for, in either script (他們 is 他们)?"""
    return segmenter.to_simplified(who.mention) in _UNNAMED_PRONOUNS
