"""A later cue whose listener is 他/她 (…，告诉她…; …，在电话里对她说…) tells a scene inside the report it stands in:
the report goes on over it, it is no new speaker of the writer's. A later speaker of the writer's, told no one, still
ends the report. Made-up sentences, the expected clause read from the sentence."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind


def indirect(paragraph: str) -> list[tuple[str, str | None]]:
    quotes = [q for q in find_quotes([Block(text=paragraph)], "zh") if q.kind == QuoteKind.INDIRECT]
    return [(q.text.rstrip("。"), q.speaker.name if q.speaker is not None else None) for q in quotes]


def test_listener_pronoun_after_preposition_keeps_the_report() -> None:
    p = "张丽回忆称，事发后第三天，女儿王小兰突然在电话里对她说，家里的钱被人偷走了。"
    assert indirect(p)[0] == (p[p.index("事发后") :].rstrip("。"), "张丽")


def test_listener_pronoun_after_gaosu_keeps_the_report() -> None:
    p = "张丽还称，邻居曾经拿刀吓唬她，丈夫王强告诉她，这件事不要声张。"
    assert indirect(p)[0] == (p[p.index("邻居") :].rstrip("。"), "张丽")


def test_new_speaker_told_no_one_ends_the_report() -> None:
    p = "张丽还称，邻居曾经拿刀吓唬她，村干部李强则表示，这件事已经报警处理。"
    assert indirect(p) == [("邻居曾经拿刀吓唬她", "张丽"), ("这件事已经报警处理", "李强")]


def test_pronoun_after_a_cue_of_saying_is_no_one_told() -> None:
    # 她 after 表示 opens the clause 李强 reports: he is a new speaker, not someone speaking to her within the account
    p = "张丽还称，邻居曾经拿刀吓唬她，村干部李强表示她的说法不属实。"
    assert indirect(p) == [("邻居曾经拿刀吓唬她", "张丽"), ("她的说法不属实", "李强")]


def test_ziji_told_after_preposition_keeps_the_report() -> None:
    p = "张丽回忆称，事发后第三天，女儿王小兰在电话里对自己说，家里的钱被人偷走了。"
    assert indirect(p)[0] == (p[p.index("事发后") :].rstrip("。"), "张丽")
