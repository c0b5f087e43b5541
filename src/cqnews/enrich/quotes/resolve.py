"""Speakers of the quotes of a block, in reading order: mentions resolved, bare quotes continued."""

from __future__ import annotations

from dataclasses import dataclass

from ...lexicon.en import FEMALE_TITLES, MALE_TITLES
from ...lexicon.people_nouns_zh import WRITER_WORDS
from ...lexicon.punctuation_zh import ZH_MAIN_QUOTE_RE, ZH_SENTENCE_END_SET, ZH_SENTENCE_OR_QUOTE_ENDS
from ...lexicon.quote_patterns import ZH_CLOSING_MARKS, ZH_OPENING_MARKS
from ...lexicon.quotes_zh import ZH_ANSWER_CUES, ZH_HE_SHE_RE, ZH_PRONOUNS
from ...lexicon.titles_zh import ROLE_WORDS, SURNAME_TITLES, TITLE_HEADS
from ...models import Quote, QuoteKind, Speaker
from ...text import last_of, trim_han
from .. import segmenter
from ..speakers import SpeakerBook
from ..speakers.antecedents_zh import (
    UNNAMED_REACH,
    zh_latest_named,
    zh_subject_named_before,
    zh_unnamed_antecedent,
)
from ..speakers.former_name_en import without_former_name
from ..speakers.phrases import Who
from ..speakers.predicate_zh import clause_read, function_word
from ..speakers.role_text_en import without_age
from ..speakers.tokens import shallow_copy
from .asked_zh import zh_answer_right_after, zh_asks, zh_put_question, zh_question
from .colon_clause_zh import zh_message_received
from .comma_said_zh import zh_comma_said, zh_comma_said_speaker
from .continuation import in_cue_clause
from .interview_zh import zh_interviewee_of, zh_reporter_asks
from .known_after_zh import zh_known_after_quote, zh_new_after_quote
from .pronoun_zh import (
    unnamed_pronoun,
    zh_learn_sex,
    zh_pronoun_antecedent,
    zh_pronoun_speaker,
    zh_unnamed_goes_on,
)
from .subject_before_en import en_subject_before
from .text import Found, blank, zh_text


@dataclass(slots=True)
class Context:
    """What the previous block leaves for the next: its last speaker."""

    speaker: Speaker | None = None
    who: Who | None = None
    cue: str | None = None
    asked: Speaker | None = None  # the one the last speaker put a question to, who answers next
    put: bool = False  # the last quote was a question its cue says was asked (“…？”记者问): a bare quote next answers
    other: Speaker | None = None  # the speaker before the last one, another person: who answers a question put
    question: bool = False  # the last quote is a question (its words end in ？)
    answer: bool = False  # the last quote answers the other's question: a bare question next is the other's


def resolve_block(
    found: list[Found],
    index: int,
    text: str,
    base: int,
    book: SpeakerBook,
    prev: Context,
    out: list[Quote],
    prev_text: str = "",
) -> Context:
    if not found:  # (most blocks) a paragraph of the writer's own between two quotes: the next bare quote
        # is no continuation; an empty one passes the last speaker on
        return Context() if text and not text.isspace() else prev
    last = shallow_copy(prev)  # (a copy: ``last.asked`` is set below; a field added to Context is carried over too)
    first_in_block = len(out)
    block_last: tuple[Speaker, str | None] | None = None
    seen_any = False
    subjects: dict[int, Speaker | None] = {}  # bare quotes nobody is reported to say: the subject before each
    direct_end: int | None = None  # where the last direct quote with a speaker ends
    asked = prev.asked  # the one the quote just before was a question to
    before: Found | None = None
    for f in found:
        answers = _answer_no_subject(f, last)
        if asked is not None and zh_answer_right_after(f, before, text):
            speaker: Speaker | None = asked  # (记者问周涛：“…？”“…”: the cue's second quote is the answer)
        else:
            mentioned = (
                (last.asked or zh_interviewee_of(book, base))
                if answers
                else _pronoun_answers(f, f is found[0], last, book, base)
                or zh_reporter_asks(f, text, book, base)
                or _mentioned_speaker(f, book, text, prev_text, base, last)
            )
            speaker = zh_unnamed_goes_on(f, mentioned, block_last, text)  # (记者：“…？” 答：“…”: never the asker)
        before = f
        if speaker is not None:
            _note(book, speaker, f, base)
        elif f.kind == QuoteKind.DIRECT and not answers:
            speaker = _interviewee_answers(f, f is found[0], last, book, base) if zh_text(text) else None
            speaker = speaker or _bare_speaker(f, book, text, prev_text, prev, (block_last, seen_any), asked)
            speaker = speaker or _zh_pronoun_sentence_before(f, book, text, prev_text, base)
        if speaker is None and f.bare or f.end <= f.start:
            continue
        speaker, asked = _asker(f, speaker, text, book, base)
        if not f.unsaid:  # (以“零库存”为目标: a word the clause uses is no quote; who uses it is who speaks on)
            seen_any = True
            if speaker is None:
                subjects[len(out)] = en_subject_before(book, f, text, base, prev_text)
            out.append(_quote(f, speaker, index, text))
        if speaker is not None and not in_cue_clause(f, direct_end, text):
            block_last = (speaker, f.cue)
            last = _next_context(f, text, speaker, last)
        direct_end = f.end if f.kind == QuoteKind.DIRECT and speaker is not None else direct_end
    _backfill(out, first_in_block)
    _fill_subjects(out, subjects)  # after the backfill: a quote the next one's cue ends is that speaker's
    last.asked = asked
    return _subject_goes_on(last, out, first_in_block)


def _answer_no_subject(f: Found, last: Context) -> bool:
    """Does ``f`` answer the question just before with no subject written (记者：“…？” then 答：“…”, 问：“…？”
    回答：“…”)? Its speaker is the one asked, never the asker the zero subject would go on with."""
    zero = f.who is not None and f.who.kind == "pronoun" and not f.who.mention
    return zero and last.question and f.cue in ZH_ANSWER_CUES


def _interviewee_answers(f: Found, first: bool, last: Context, book: SpeakerBook, base: int) -> Speaker | None:
    """The one interviewed (see :func:`zh_interviewee_of`) for a quote with no cue opening the paragraph after the
    reporter's question (记者：“…？” then “…”); None for any other quote, or when no one person was interviewed."""
    if not first or f.cue is not None or f.who is not None or not _reporter_asked(last):
        return None
    return zh_interviewee_of(book, base)


def _pronoun_answers(f: Found, first: bool, last: Context, book: SpeakerBook, base: int) -> Speaker | None:
    """The one interviewed (see :func:`zh_interviewee_of`) for a 他 or 她 whose quote opens the paragraph after the
    reporter's question (记者：“…？” then “…”他说。): the reporter asked, so the pronoun stands for the one who
    answers, never for the reporter; None for any other quote, or when no one person was interviewed."""
    who = f.who
    if not first or who is None or who.kind != "pronoun" or not ZH_HE_SHE_RE.fullmatch(who.mention):
        return None
    return zh_interviewee_of(book, base) if _reporter_asked(last) else None


def _reporter_asked(last: Context) -> bool:
    """Was the quote before a question of the article's own reporter (记者：“…？”)?"""
    reporter = last.speaker is not None and last.speaker.name is None and last.speaker.role in WRITER_WORDS
    return reporter and last.question


def _asker(
    f: Found, speaker: Speaker | None, text: str, book: SpeakerBook, base: int
) -> tuple[Speaker | None, Speaker | None]:
    """Who asks the question ``f`` puts to someone named (记者问护士刘红：“…？”: the reporter, never 刘红, whom the
    speaker read may be) and who is asked; ``speaker`` and None when ``f`` is no such question."""
    question = zh_question(f, text, book, base) if zh_text(text) else None
    if question is None:
        return speaker, None
    if speaker is None or speaker.name is not None and speaker.name == question.asked.name:
        return question.asker, question.asked
    return speaker, question.asked


def _mentioned_speaker(
    f: Found, book: SpeakerBook, text: str, prev_text: str, base: int, last: Context
) -> Speaker | None:
    """The speaker the quote's own mention (a name, a description, a pronoun) stands for; None when it has none."""
    speaker = _described_antecedent(f.who, last) or (book.resolve(f.who, base + f.start) if f.who else None)
    unnamed = _zh_unnamed(f.who, text)
    if unnamed is not None:  # 救援人员点了枝烟，“…”，他说: nobody named, not a person further back
        return Speaker(name=None, role=unnamed)
    if f.who is not None and f.who.kind == "pronoun" and zh_text(text):
        speaker = zh_pronoun_speaker(f, book, text, prev_text, base, speaker, last.speaker)
    return speaker


def zh_no_one(f: Found, book: SpeakerBook) -> bool:
    """Is the Chinese speaker read for ``f`` a word of the predicate (是, 免不了, 主要; not a name the article gives as
    an alias: 雀跃（化名）), or a clause with an adverb inside (处理结果也仅为行政(警告)), not someone who speaks?"""
    who = f.who
    if who is None or who.kind not in ("person", "org") or not who.mention or who.mention.isascii():
        return False
    plain = segmenter.to_simplified(who.mention)
    if who.kind == "person" and function_word(plain) and who.mention not in book.zh_aliases:
        return plain not in _ZH_TITLE_WORDS  # (主任/b, 导演/v: a title alone is someone who speaks)
    return clause_read(plain)


# Titles and roles that name someone alone (主任说：“…”), though jieba may tag them as a distinguishing word or a verb.
_ZH_TITLE_WORDS = SURNAME_TITLES | frozenset(TITLE_HEADS) | ROLE_WORDS


def _subject_goes_on(last: Context, out: list[Quote], first_in_block: int) -> Context:
    """The subject a bare quote took (the person of the sentence before it) goes on to a bare quote in
    the next block when nobody in this block was quoted with a speaker of their own."""
    if last.speaker is None and len(out) > first_in_block and out[-1].speaker is not None:
        return Context(out[-1].speaker)
    return last


def _described_antecedent(who: Who | None, last: Context) -> Speaker | None:
    """The unnamed source speaking for someone ("A spokesman for Merseyside Police said …") of the quote
    just before (in this block or the one before) that an English "he", "she" or "they" goes on with
    ("They added …"): the spokesman, not an organisation named further back. A "he" does not stand for a
    spokeswoman."""
    speaker = last.speaker
    if who is None or who.kind != "pronoun" or speaker is None or speaker.name is not None or not speaker.role:
        return None
    pronoun = who.mention.lower()
    words = speaker.role.lower().split()
    if pronoun not in _ANTECEDENT_PRONOUNS or "for" not in words[1:4] or set(words) & _ANTECEDENT_PRONOUNS[pronoun]:
        return None
    return speaker


# English pronouns that may go on with an unnamed source, and the words of a source they cannot stand for.
_ANTECEDENT_PRONOUNS: dict[str, frozenset[str]] = {
    "he": FEMALE_TITLES | frozenset(("woman", "women", "officials", "sources", "residents")),
    "she": MALE_TITLES | frozenset(("man", "men", "officials", "sources", "residents")),
    "they": frozenset(),
}


def _bare_speaker(
    f: Found,
    book: SpeakerBook,
    text: str,
    prev_text: str,
    prev: Context,
    seen: tuple[tuple[Speaker, str | None] | None, bool],
    asked: Speaker | None = None,
) -> Speaker | None:
    """Who says a direct quote without a cue of its own: an unnamed subject just before it (救援人员
    点了支烟，“…”), a person named before it (桑先生…十分不解。“…”), or the speaker it continues."""
    if f.span is not None and zh_text(text) and zh_message_received(text, f.span):
        return None  # 王女士收到一条短信：“…”: the message's words, nobody's in the sentence
    if zh_text(text) and zh_comma_said(f):
        block_last, seen_any = seen
        return zh_comma_said_speaker(book, text, f, _last_speaker(prev, block_last, seen_any))
    opening = _opening(text, f.start)
    read = zh_text(text) and (not f.bare or text[opening - 1 : opening] in ZH_SENTENCE_END_SET)
    unnamed = zh_unnamed_antecedent(text, opening) if read else None
    if unnamed is not None:  # (a short bare quote too, after a sentence of an unnamed subject: 他的妻子抹眼泪。“…”)
        return Speaker(name=None, role=unnamed)
    named = _zh_named_after_quote(book, text, f) if zh_text(text) else None
    named = named or (_zh_named_before_quote(book, text, f.start, prev_text, prev, f.end) if zh_text(text) else None)
    if named is not None:
        return Speaker(name=named, role=book.roles.get(named))
    speaker, f.who, f.cue = _inherit(f, text, prev, *seen, asked)
    return speaker


def _zh_pronoun_sentence_before(f: Found, book: SpeakerBook, text: str, prev_text: str, base: int) -> Speaker | None:
    """Who says a bare Chinese quote that opens a sentence after one of the writer's whose person is a 他/她 and
    names nobody (…她读到了一篇小说，让她眼前一亮。“…”): the person that 他/她 stands for; None otherwise."""
    opening = _opening(text, f.start)
    if f.kind != QuoteKind.DIRECT or not zh_text(text) or text[opening - 1 : opening] not in ZH_SENTENCE_END_SET:
        return None
    start = last_of(text, ZH_SENTENCE_OR_QUOTE_ENDS, 0, opening - 1) + 1
    sentence = text[start : opening - 1]
    if ZH_MAIN_QUOTE_RE.search(sentence) or any(name in sentence for name in book.zh_known):
        return None
    pronouns = list(ZH_HE_SHE_RE.finditer(sentence))
    if not pronouns or len({m.group() for m in pronouns}) > 1:
        return None
    pron = pronouns[0].group()
    who = Who(pron, "pronoun", start=start + pronouns[0].start(), gender=ZH_PRONOUNS[pron])
    return zh_learn_sex(book, who, zh_pronoun_antecedent(who, book, text, prev_text, base))


def _fill_subjects(out: list[Quote], subjects: dict[int, Speaker | None]) -> None:
    for at, subject in subjects.items():
        if subject is not None and out[at].speaker is None:
            out[at] = out[at].model_copy(update={"speaker": subject})


def _note(book: SpeakerBook, speaker: Speaker, f: Found, base: int) -> None:
    """Tell the book who was just quoted, and where a reported clause lies (the names inside it are
    what was said, not who a later he/she is)."""
    book.note(speaker, f.who, base + f.start)
    if f.kind == QuoteKind.INDIRECT and speaker.name:
        book.note_reported(base + f.start, base + f.end)


def _zh_unnamed(who: Who | None, text: str) -> str | None:
    """The unnamed description a Chinese 他/她 or 其 stands for (see :func:`zh_unnamed_antecedent`; 王明的律师表示，
    …。其称 -> the lawyer, unnamed), read in the window before it that the rule looks at."""
    if who is None or who.kind != "pronoun" or not unnamed_pronoun(who) or not zh_text(text):
        return None
    lo = max(0, who.start - UNNAMED_REACH)
    return zh_unnamed_antecedent(text[lo : who.start + 2], who.start - lo)  # (the window and the pronoun)


def _zh_named_before_quote(
    book: SpeakerBook, text: str, pos: int, prev_text: str, prev: Context, end: int
) -> str | None:
    """The person a bare Chinese quote at ``pos`` is by: the latest named as a clause's subject before
    it (王明谈到了李华的研究。“…” is 王明's), else the latest known person named before it, never one the
    quote itself (``text[pos:end]``) names; for a quote
    opening its paragraph, a person the paragraph before introduces as its subject after anyone quoted
    there (市民王女士对此深有感触。/ “以前办事要跑好几趟……”)."""
    at = _opening(text, pos)
    named = zh_subject_named_before(book.zh_known, text, at) or book.zh_named_before(text, pos)
    quoted = text[pos:end]
    if named is not None and named in quoted:  # “我要坐后排，但沈阳要我…”: not 沈阳's words
        others = [n for n in book.zh_known if n not in quoted]
        named = zh_subject_named_before(others, text, at)
        named = named if named is not None and named not in quoted else zh_latest_named(others, text, pos)
    if named is not None or not prev_text or not blank(text, 0, pos - 1):
        return named
    if prev.speaker is not None and prev.speaker.name is None:
        return None  # 一名店员告诉记者，“…” / “…”: the paragraph's source is unnamed, its subject no one else
    introduced = zh_subject_named_before(book.zh_known, prev_text, len(prev_text))
    said = prev.speaker.name if prev.speaker is not None else None
    return introduced if introduced != said else None


def _zh_named_after_quote(book: SpeakerBook, text: str, f: Found) -> str | None:
    """A person the article has named before who opens one of the first clauses after a quote opening its
    paragraph (“…”任长箴感到很骄傲。): see :func:`.known_after_zh.zh_known_after_quote`."""
    closing = f.end + (text[f.end : f.end + 1] in ZH_CLOSING_MARKS)
    if not blank(text, 0, _opening(text, f.start)) or closing == f.end:
        return None
    return zh_known_after_quote(book.zh_known, text, closing) or zh_new_after_quote(text, closing)


def _opening(text: str, pos: int) -> int:
    """Where the quote whose words start at ``pos`` opens: its antecedents are read from there, so a 他/她 opening
    the words is no pronoun whose sex the antecedent must have (李芳在一旁补充。“他每天…”)."""
    return pos - 1 if pos > 0 and text[pos - 1] in ZH_OPENING_MARKS else pos


def _inherit(
    f: Found,
    text: str,
    prev: Context,
    block_last: tuple[Speaker, str | None] | None,
    seen_any: bool,
    asked: Speaker | None = None,
) -> tuple[Speaker | None, Who | None, str | None]:
    """An unattributed quote continues the speaker of the quote before it in the block, or of the
    previous block when the quote opens its paragraph; it is the answer of the one that quote asked a question of
    (张大爷问维修工小李：“…？” then “最迟明天下午。”: 小李's)."""
    if asked is not None:
        return asked, None, None
    if block_last is not None:
        return block_last[0], None, block_last[1]
    starts_block = f.span is not None and (blank(text, 0, f.span.open) or zh_text(text))
    if starts_block and prev.put and not seen_any:
        return prev.other, None, None  # (“…？”记者又问。 then “两个小时吧。”: the answer, the other one's)
    if starts_block and prev.answer and not seen_any and zh_text(text) and zh_asks(f, text):
        return prev.other, None, None  # (“…”刘师傅说。 after 记者's question, then “要多久？”: the asker's again)
    if starts_block and prev.speaker is not None and not seen_any:
        return prev.speaker, None, prev.cue
    return None, None, None


def _next_context(f: Found, text: str, speaker: Speaker, last: Context) -> Context:
    """What a quote ``f`` of ``speaker`` leaves for the next: who spoke, the other side of a dialogue, whether it is
    a question and whether it answers one the other side put (“…？”记者问。 then “…”刘师傅说。). A question with no
    cue of its own going back to the other side after such an answer (then “要多久？”) is put as one its cue says
    asked is: a bare quote opening the next paragraph answers it."""
    other = _other(last, speaker)
    asks = zh_asks(f, text)
    back = asks and not f.cue and last.answer and last.other is not None and speaker is last.other
    answer = last.question and other is last.speaker
    return Context(speaker, f.who, f.cue, None, zh_put_question(f, text) or back, other, asks, answer)


def _other(last: Context, speaker: Speaker) -> Speaker | None:
    """The last speaker before ``speaker`` who is someone else (the other side of a dialogue), as ``last`` leaves."""
    if last.speaker is None or last.speaker.name == speaker.name and last.speaker.role == speaker.role:
        return last.other
    return last.speaker


def _last_speaker(prev: Context, block_last: tuple[Speaker, str | None] | None, seen_any: bool) -> Speaker | None:
    """The speaker a quote with no cue would go on with: the last in its block, else the block before's."""
    return block_last[0] if block_last is not None else None if seen_any else prev.speaker


def _backfill(out: list[Quote], first: int) -> None:
    """A quote left without speaker takes the speaker of the next quote in its block that ends it."""
    for i in range(len(out) - 1, first - 1, -1):
        q = out[i]
        if q.speaker is None and q.kind == QuoteKind.DIRECT and i + 1 < len(out):
            nxt = out[i + 1]
            if nxt.block == q.block and nxt.kind == QuoteKind.DIRECT and nxt.speaker is not None and nxt.mention:
                if not _addressed(q.text, (nxt.speaker.name, nxt.mention)):
                    out[i] = q.model_copy(update={"speaker": nxt.speaker, "cue": nxt.cue})


def _addressed(quote: str, names: tuple[str | None, ...]) -> bool:
    """Does the quote open by calling one of ``names`` (“老张，你家的桃子…？”“好得很！”老张说): words said to that
    person, who answers in the next quote, not words of theirs?"""
    return any(
        name and quote.startswith(name) and quote[len(name) : len(name) + 1] in _VOCATIVE_MARKS for name in names
    )


# Marks right after a name that make it a call (老张，…, 王老师！…, Anna, …).
_VOCATIVE_MARKS = frozenset("，,！!：:")


def _quote(f: Found, speaker: Speaker | None, index: int, text: str) -> Quote:
    if speaker is not None and speaker.role and (role := _without_name_or_age(speaker.role)) != speaker.role:
        speaker = speaker.model_copy(update={"role": role})  # "Maria Lopez, 45, said": 45 is her age, no role
    if speaker is not None and speaker.name and (name := trim_han(speaker.name)) != speaker.name:
        speaker = speaker.model_copy(update={"name": name})  # (“…” 王明说: the space is no name's)
    mention = trim_han(f.who.mention) if f.who is not None and f.who.mention else None
    return Quote(
        text=text[f.start : f.end],
        kind=f.kind,
        speaker=speaker,
        mention=mention,
        cue=f.cue,
        block=index,
        start=f.start,
        end=f.end,
    )


def _without_name_or_age(role: str) -> str | None:
    """A role without a former name and an age written before it ("née Doyle, 64, a nurse" -> "a nurse")."""
    kept = without_former_name(role)
    return without_age(kept) if kept is not None else None
