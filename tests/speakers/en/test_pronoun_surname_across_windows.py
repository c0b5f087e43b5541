"""A surname spelt as a pronoun ("He Ping") is read as a name part however the look-behind windows of a block fall
(English): the marking of such name parts (speakers.homographs_en) is made as each stretch of the block is read, so
"He" read at the end of one stretch is read again with the given name the next stretch brings. Made-up sentences.
"""

from __future__ import annotations

from cqnews.enrich.speakers.name_words_en import is_name_word
from cqnews.enrich.speakers.token_reader import TokenReader, tokens
from cqnews.enrich.speakers.tokens import Tok

TEXT = "The board met again on Tuesday morning in the city, and then He Ping said the plan would work."


def _he(toks: list[Tok]) -> Tok:
    return next(tok for tok in toks if tok.text == "He")


def test_he_is_a_name_word_when_the_given_name_comes_in_a_later_stretch() -> None:
    reader = TokenReader(TEXT)
    before_ping = TEXT.index("Ping")
    first = reader.window(0, before_ping)  # a stretch that ends right after "He "
    assert first[-1].text == "He"
    later = reader.window(0, len(TEXT))
    assert is_name_word(_he(later))


def test_he_is_a_name_word_read_in_one_window() -> None:
    assert is_name_word(_he(tokens(TEXT, 0, len(TEXT))))


def test_he_before_a_lower_case_verb_stays_the_pronoun() -> None:
    text = "The board met again on Tuesday morning in the city, and then He said the plan would work."
    reader = TokenReader(text)
    reader.window(0, text.index("said"))
    assert not is_name_word(_he(reader.window(0, len(text))))
