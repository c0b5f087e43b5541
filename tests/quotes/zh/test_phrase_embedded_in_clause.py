"""A quoted phrase with no mark inside that the clause runs through (a Han character right before and after it, not
的) is a word, a name or a phrase the sentence uses, not words said (以“零库存”为目标, 把“走出去”当成); in corner marks
one word stays a word said (按「政治需要」采取行动: see fragment_speaks). Its speaker, when one is read for it, still
goes on to the next quote of the block with no cue of its own, as before."""

from __future__ import annotations

from cqnews.enrich.quotes.resolve import Context, resolve_block
from cqnews.enrich.quotes.text import Found
from cqnews.enrich.speakers import SpeakerBook
from cqnews.enrich.speakers.tokens import Who
from cqnews.models import Quote, QuoteKind
from tests.quote_helpers import quotes_in


def _direct(text: str) -> list[str]:
    return [q[1] for q in quotes_in("zh", text) if q[0] == "direct"]


def test_phrase_the_clause_runs_through_is_no_quote() -> None:
    assert _direct("王明表示，公司将以“零库存”为目标，继续调整生产。") == []
    assert _direct("王明说，他们把“走出去”当成头等大事。") == []
    assert _direct("李华称，这批货是“出口转内销”来的。") == []


def test_long_phrase_the_clause_runs_through_is_no_quote() -> None:
    assert _direct("公司方面回应“新规会让房价大幅上涨”是一种误解，并称会继续推进。") == []


def test_term_heading_a_reported_clause_is_no_quote() -> None:
    assert _direct("作者提出，“老字号餐饮”以年均30%速度迅速扩张，业务覆盖全国多个省市，旗下员工达2万人。") == []


def test_formula_a_reported_clause_defines_stays_a_quote() -> None:
    assert _direct("王明在文章中称，“平价+自营”是公司门店的经营策略。") == ["平价+自营"]


def test_phrase_ending_at_a_mark_stays_a_quote() -> None:
    assert _direct("王明表示，这次调整是“迟早的事”，大家都理解。") == ["迟早的事"]


def test_speaker_of_the_word_goes_on_to_the_next_quote() -> None:
    text = "老板娘靠“薄利多销”招揽回头客。“一天能卖两百碗。”"
    word, said = text.index("薄利多销"), text.index("一天能卖")
    shopkeeper = Who("老板娘", "desc", role="老板娘", start=0)
    found = [
        Found(QuoteKind.DIRECT, word, word + 4, shopkeeper, None, unsaid=True),
        Found(QuoteKind.DIRECT, said, said + 8, None, None),
    ]
    out: list[Quote] = []
    resolve_block(found, 0, text, 0, SpeakerBook(), Context(), out)
    assert [q.text for q in out] == ["一天能卖两百碗。"]
    assert out[0].speaker is not None and out[0].speaker.role == "老板娘"


def test_words_nominalised_as_said_stay_a_quote() -> None:
    assert _direct("这与律师王明所称的“从未到过现场”相矛盾。") == ["从未到过现场"]
