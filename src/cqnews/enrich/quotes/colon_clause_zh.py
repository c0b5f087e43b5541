"""A Chinese quote after a colon with no cue in the clause before it (刘硕心里纳闷：“…”, 王明嘀咕了一句：“…”): the
person (or the 他/她) opening that clause says it, or the user a handle in quote marks names (网友“清风”：“…”). Also
where the colon before a quote stands, which the labels of :mod:`.label_lines_zh` read too."""

from __future__ import annotations

from ...lexicon.bodies_zh import DOC_NOUNS, MESSAGE_NOUNS
from ...lexicon.cue_words_zh import RECEIVING_VERBS
from ...lexicon.punctuation_zh import ZH_COLONS, ZH_COMMA_FORMS, ZH_SENTENCE_OR_QUOTE_ENDS
from ...lexicon.titles_zh import OFFICE_ENDS
from ...text import last_of
from .. import segmenter
from ..speakers.clause_lead_zh import handle_before
from ..speakers.phrases import Who
from ..speakers.predicate_zh import people_noun
from .opener_zh import ZH_LEAD_TAGS, zh_clause_opener, zh_last_clause
from .spans import Span
from .text import Cues, space_before

__all__ = ["colon_before", "zh_colon_clause", "zh_message_received"]


def colon_before(text: str, s: int, sp: Span) -> int | None:
    """Where the colon right before the quote at ``sp`` stands (white space may stand between), not before ``s``;
    None when the quote follows no colon."""
    at = space_before(text, s, sp.open) - 1
    return at if at >= s and text[at] in ZH_COLONS else None


def zh_colon_clause(text: str, sp: Span, s: int, cues: Cues) -> Who | None:
    """…都写道：阳过的不要，刘硕心里纳闷：“…”: a quote after a colon whose clause opens with a person named and holds no
    cue is that person's words, not those of a cue earlier in the sentence (the clause has a subject of its own)."""
    colon = colon_before(text, s, sp)
    if colon is None:
        return None
    lo = zh_last_clause(text, s, colon)
    if lo <= s:
        return _zh_colon_sentence(text, s, colon, cues)
    if cues.between(lo, colon):
        return None  # (a cue in the clause is read as such)
    if any(text[cues.ends[k] : cues.ends[k] + 1] in ZH_COMMA_FORMS for k in cues.between(s, lo)):
        return None  # 万秀玲说，…，李忠云塞给她一张B超单：“…”: the words go on with what the cue before reports
    who = handle_before(text, lo, colon, colon) or zh_clause_opener(text, lo, colon)
    return who if who is not None and who.kind == "person" else None


def _zh_colon_sentence(text: str, s: int, colon: int, cues: Cues) -> Who | None:
    """王明嘀咕了一句：“又涨价了。”, 她叹了口气：“…”: a sentence of one clause with no cue (its verb is none the
    table holds, or an aspect particle after it: 嘀咕了) that introduces the quote with a colon is the words of the
    person or the 他/她 opening it; None when it holds a cue (read as such) or opens otherwise (王明的微博写着：,
    王明家门口贴着：)."""
    if cues.between(s, colon):
        return None
    handle = handle_before(text, s, colon, colon)  # 网友“清风”：“…”: the name the user goes by, the noun its role
    if handle is not None:
        return handle
    who = zh_clause_opener(text, s, colon) or _role_opener(text, s, colon)
    if who is None or who.kind not in ("person", "pronoun", "desc"):
        return None
    rest = text[who.start + len(who.mention) : colon]
    if rest.lstrip().startswith(_BRACKETS):
        return None  # 张晓燕（护士长）：“…”: a label line, whose role in brackets label_lines_zh reads
    toks = segmenter.tag(rest)
    return who if toks and not toks[0].tag.startswith(_PLACE_TAGS) else None  # (王明家门口贴着：a place of his)


def zh_message_received(text: str, sp: Span) -> bool:
    """Is the quote at ``sp`` the words of a message the clause before its colon receives or comes upon, the clause
    ending with the message (王女士收到一条短信：“…”, 她收到一封邮件：“…”)? Nobody in that clause says them."""
    colon = colon_before(text, 0, sp)
    if colon is None:
        return False
    lo = max(zh_last_clause(text, 0, colon), last_of(text, ZH_SENTENCE_OR_QUOTE_ENDS, 0, colon) + 1)
    plain = segmenter.to_simplified(text[lo:colon]).rstrip()
    ends = plain.endswith(MESSAGE_NOUNS) or any(plain.endswith(noun) for noun in DOC_NOUNS)
    return ends and any(verb in plain for verb in RECEIVING_VERBS)


def _role_opener(text: str, s: int, colon: int) -> Who | None:
    """The unnamed person opening the clause [s, colon) when a verb follows right after (法官|批评被告：, 审判长|训诫
    被告人：, 民警|拍了拍他的肩膀：): a common noun of a person or of an office (法官, 检察官: titles_zh.OFFICE_ENDS),
    maybe counted; None when it owns what follows (民警的话：) or no verb follows it."""
    toks = segmenter.tag(text[s:colon])
    k = 0
    while k < len(toks) and toks[k].tag in ZH_LEAD_TAGS:
        k += 1
    lo = k
    k += k + 1 < len(toks) and toks[k].tag == "m"  # (一名|村民)
    if k + 1 >= len(toks) or not toks[k + 1].tag.startswith("v"):
        return None
    t = toks[k]
    if not (people_noun(t) or t.tag == "n" and len(t.word) >= 2 and t.word.endswith(OFFICE_ENDS)):
        return None
    role = text[s + toks[lo].start : s + t.end]
    return Who(role, "desc", role=role, start=s + toks[lo].start)


# Tags of a noun, a place or a position right after a person: the person owns it or stands there (王明家门口).
_PLACE_TAGS = ("n", "s", "f")
# Brackets opening right after the name: a label's role or pseudonym (周晓燕（校长）：, 孙明（化名）：).
_BRACKETS = ("（", "(")
