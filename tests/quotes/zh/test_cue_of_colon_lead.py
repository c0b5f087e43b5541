"""A quote paragraph after a paragraph ending in a cue and a colon (他在接受采访时表示： / “…”) has that cue, and the role
the lead gives its speaker (made-up paragraphs; cue and role read from the lead)."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _read(*paragraphs: str) -> list[tuple[str, str | None, str | None, str | None]]:
    quotes = find_quotes([Block(text=p) for p in paragraphs], "zh")
    return [(q.text, q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None, q.cue) for q in quotes]


def test_pronoun_lead_gives_its_cue() -> None:
    lead = "镇长张华是土生土长的本地人。他在接受采访时表示："
    words = "“我们一定按期完工，让群众早日住进新房。”"
    got = _read(lead, words)[0]
    assert (got[1], got[3]) == ("张华", "表示")


def test_named_lead_gives_its_cue_and_role() -> None:
    words = "“今年的稻子收成比去年好，价格也不错。”"
    assert _read("村支书罗建军告诉记者：", words) == [(words[1:-1], "罗建军", "村支书", "告诉")]



def test_later_paragraph_of_the_quotation_has_no_cue_of_its_own() -> None:
    got = _read("村支书罗建军告诉记者：", "“今年的稻子收成比去年好。”", "“价格也不错。”")
    assert [(g[1], g[3]) for g in got] == [("罗建军", "告诉"), ("罗建军", None)]
