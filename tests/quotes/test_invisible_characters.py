"""Format characters that show nothing (soft hyphen, zero-width space and joiner, word joiner, byte-order mark,
direction marks, bidi embeddings, overrides and isolates) are left out of the quote reading: a name they cut in two
is read whole and holds none of them, while a quote's words keep them and its offsets are the block's. Before,
``said Ann Hoff\\u00admann`` named "Ann Hoff", and ``said A\\u202enn L\\u200dee`` gave the role "A\\u202enn L\\u200dee"
and no name."""

from __future__ import annotations

import pytest

import cqnews
from cqnews.enrich.quotes import find_quotes
from cqnews.enrich.quotes.invisible import unseen_removed
from cqnews.models import Block


@pytest.mark.parametrize(("text", "name"), [
    ("“We will rebuild the pier,” said Ann Hoff\u00admann.", "Ann Hoffmann"),
    ("“We will rebuild the pier,” said A\u202enn L\u200dee.", "Ann Lee"),
    ("“We will rebuild the pier,” said Tom\u200b Parry.", "Tom Parry"),
    ("“We will rebuild the pier,” said \u2067Nadia Karim\u2069.", "Nadia Karim"),
    ("“We will rebuild the pier,” said Lu\ufeffcy Brandt, the harbour master.", "Lucy Brandt"),
])
def test_a_name_cut_by_a_format_character_is_read_whole(text: str, name: str) -> None:
    [quote] = find_quotes([Block(text=text)], "en")
    assert quote.speaker is not None
    assert quote.speaker.name == name
    assert quote.text == "We will rebuild the pier,"
    assert text[quote.start : quote.end] == quote.text


def test_a_quote_keeps_its_format_characters_at_the_block_offsets() -> None:
    text = "Ingrid Sø\u00adrensen said the ferry would re\u00adturn to the \u200bisland in May."
    [quote] = find_quotes([Block(text=text)], "en")
    assert quote.speaker is not None and quote.speaker.name == "Ingrid Sørensen"
    assert quote.text == "the ferry would re\u00adturn to the \u200bisland in May"
    assert text[quote.start : quote.end] == quote.text


def test_offsets_hold_in_a_parsed_page_with_attributions() -> None:
    page = (
        "<html><body><article><h1>Pier repairs</h1><p>The town's pier has been closed since the storm in March.</p>"
        "<p>“Work starts in June,” said Mar\u00adta Ruiz, who runs the harbour board.</p>"
        "<p>Mar\u00adta Ruiz believes the pier will re\u00adopen by the autumn.</p></article></body></html>"
    )
    article = cqnews.parse(page, options=cqnews.ParseOptions(attributions=True))
    assert [(q.speaker and q.speaker.name) for q in article.quotes] == ["Marta Ruiz"]
    for quote in article.quotes:
        assert article.body[quote.block].text[quote.start : quote.end] == quote.text
    for held in article.attributions or []:
        assert article.body[held.block].text[held.start : held.end] == held.text
    assert article.attributions
    assert article.attributions[0].text == "the pier will re\u00adopen by the autumn"


def test_joiners_spelling_a_word_are_read_as_written() -> None:
    # ZWNJ and ZWJ spell Persian and Indic words and emoji: left out only after a Latin letter.
    persian, emoji = "می\u200cخواهم", "\U0001f468\u200d\U0001f469"
    read, unseen = unseen_removed([Block(text=persian), Block(text=emoji), Block(text="L\u200dee")])
    assert [b.text for b in read] == [persian, emoji, "Lee"]
    assert unseen[:2] == [None, None]
