"""A 他/她 right after the quote of an unnamed speaker in the same paragraph (我们科一个年轻医生跟我发微信，说…。他…)
stands for that speaker, not for a person named in paragraphs before whom this paragraph does not name. A person the
paragraph names before the pronoun, or an unnamed speaker of the other sex, keeps the pronoun's own antecedent.
Every sentence is made up; each expected speaker is read off the text."""

from __future__ import annotations

from tests.quote_helpers import said_in


def test_young_doctor_goes_on() -> None:
    got = said_in(
        "王明说，他收到了通知。",
        "有一天早上，我们科一个年轻医生跟我发微信，说他今天不来上班了。他在微信中对我发脾气，说病人都被放回了社会。",
    )
    assert got[1:] == [(None, "我们科一个年轻医生"), (None, "我们科一个年轻医生")]


def test_named_in_the_paragraph_keeps_the_pronoun() -> None:
    got = said_in(
        "王明说，他收到了通知。",
        "有一天早上，我们科一个年轻医生跟我发微信，说他今天不来上班了。王明知道后很生气，他说这种做法不对。",
    )
    assert got[-1][0] == "王明"


def test_unnamed_woman_is_not_he() -> None:
    got = said_in(
        "王明说，他收到了通知。",
        "有一天早上，一位病人的妻子跟我发微信，说她今天不来复诊了。他在微信中说，病人都被放回了社会。",
    )
    assert got[-1][0] == "王明"


def test_owner_in_the_unnamed_role_is_not_he() -> None:
    got = said_in("王明说，他收到了通知。", "据王明的律师介绍，当时来了很多人。他说，警方没有出示任何证件。")
    assert got[1:] == [(None, "王明的律师"), (None, "王明的律师")]
