"""A quote whose speaker has neither name nor role has speaker None (the model's "the article does not say who"),
not an empty Speaker: ``Article.speakers`` then holds no group of nobody (made-up sentences)."""

from __future__ import annotations

import cqnews
from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _blocks() -> list[Block]:
    return [Block(text="The harbour reopened on Monday."), Block(text="They say that the water is clean again.")]


def test_an_unresolved_they_gives_speaker_none() -> None:
    quotes = find_quotes(_blocks(), "en")
    assert [(q.text, q.mention) for q in quotes] == [("the water is clean again", "They")]
    assert quotes[0].speaker is None


def test_no_speaker_group_without_name_or_role() -> None:
    article = cqnews.parse_text(
        "Harbour reopens\n\nThe harbour reopened on Monday after a winter of repairs to its old stone walls.\n\n"
        "They say that the water is clean again, and the boats are back in the bay.\n"
    )
    assert [q.mention for q in article.quotes] == ["They"]
    assert article.quotes[0].speaker is None
    assert article.speakers == []
