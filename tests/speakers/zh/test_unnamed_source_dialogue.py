"""Chinese bare quote paragraphs after a paragraph whose quote has an unnamed source (a notice, a clerk, a
passer-by): the next bare quote is that source's or a reply to it, never a name the paragraph before held as
its subject (made-up paragraphs; None for nobody named)."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speaker_of(paragraphs: tuple[str, ...], fragment: str) -> str | None:
    quotes = find_quotes([Block(text=p) for p in paragraphs], "zh")
    hits = [q for q in quotes if fragment in q.text]
    assert hits, [(q.kind.value, q.text) for q in quotes]
    return hits[0].speaker.name if hits[0].speaker is not None else None


def test_bare_quote_after_a_company_notice_is_nobody_named() -> None:
    paragraphs = (
        "而苏州宏达精工有限公司的招工启事则在要求中写道，“只招本地户口，之前生过病的暂不接收。”",
        "“这家明确写了生过病的不要。”",
        "“对，有些是写明的。”",
    )
    assert _speaker_of(paragraphs, "明确写了") is None
    assert _speaker_of(paragraphs, "有些是写明的") is None


def test_bare_quote_after_an_unnamed_clerk_is_not_the_owner_named_in_the_paragraph() -> None:
    paragraphs = ("张建华网店的一名客服在群里回复，“货已经发出了，请耐心等待。”", "“什么时候能到？”")
    assert _speaker_of(paragraphs, "什么时候能到") is None


def test_bare_quote_after_a_person_introduced_still_goes_to_that_person() -> None:
    paragraphs = ("“现在办事方便多了。”张先生说。", "市民王女士对此也深有感触。", "“以前办一个证要跑好几趟。”")
    assert _speaker_of(paragraphs, "跑好几趟") == "王女士"



def test_bare_quote_after_a_sentence_opening_with_a_conjunction_and_an_unnamed_subject() -> None:
    text = "张建国离开了电视台，接拍的第一个合同是一家公司的广告。但一名客户告诉他，不要这些。“你得拍得热闹一点。”"
    assert _speaker_of((text,), "热闹一点") is None
    text = "张建国来到工地门口，想进去看看。但一名保安拦住了他。“这里今天不能进。”"
    assert _speaker_of((text,), "今天不能进") is None


def test_pronoun_after_a_clause_opening_with_a_conjunction_and_an_unnamed_subject() -> None:
    text = "张建国在会上讲完了方案。而一位村民站起来反对，他说，这样修路会毁掉农田。"
    assert _speaker_of((text,), "毁掉农田") is None
