"""A person unnamed who gives the name the article calls them by in a relative clause ("One of the victims, who gave
his name only as Yusuf, said"; "…,” said a woman who gave her name as Mary."): the name is the speaker's, the
description the role (split from :mod:`.phrases`)."""

from __future__ import annotations

from ...lexicon.en import SELF_NAMING_WORDS
from .name_words_en import is_name_word
from .tokens import PUNCT, Tok, Who, without_stop


def name_given_in(text: str, clause: list[Tok], head: Who | None) -> Who | None:
    """The name a relative clause gives an unnamed person by ("…, who gave his name only as Yusuf,", "…, who
    identified herself as Grace Mensah,"): the capitalised words after its last "as", which end it, after a word
    of naming (SELF_NAMING_WORDS), with the description before the clause as role; None otherwise."""
    k = next((i for i in range(len(clause) - 2, 0, -1) if clause[i].low == "as"), None)
    run = clause[k + 1 :] if k is not None else []
    if k is None or not 1 <= len(run) <= 3 or not all(is_name_word(t) for t in run):
        return None
    if head is None or head.kind != "desc":
        return None  # (a person named before the clause keeps the name: "Ann Roe, who describes herself as …")
    if not any(t.low in SELF_NAMING_WORDS for t in clause[max(0, k - 4) : k]):
        return None
    return Who(text[run[0].start : run[-1].end], "person", role=head.mention, start=run[0].start)


def name_given_after(text: str, toks: list[Tok], head: Who) -> Who | None:
    """The name a relative clause right after the description ``head`` read after a cue gives the person ("said a
    woman who gave her name as Mary.", "said one trader, who gave his name only as Kofi,"): the clause runs from
    "who" to the next comma or the sentence's end; None when no such clause names the person."""
    end = head.start + len(head.mention)
    k = next((i for i, t in enumerate(toks) if t.start >= end), len(toks))
    k += k < len(toks) and toks[k].text == ","
    if k >= len(toks) or toks[k].low != "who":
        return None
    clause: list[Tok] = []
    for tok in toks[k + 1 :]:
        if tok.text in PUNCT:
            break
        if tok.text.endswith("."):
            clause.append(without_stop(tok))
            break
        clause.append(tok)
    return name_given_in(text, clause, head)
