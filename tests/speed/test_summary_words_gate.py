"""Whether a summary's words stand in the body (``enrich.quotes.summary``) is answered without the body's words when
one of the summary's words stands nowhere in the body's lower-case text: the answer is the long way's, on made-up
summaries and bodies (copies, near copies, words cut in two, Chinese, spacing and apostrophes)."""

from __future__ import annotations

import itertools

from cqnews.enrich.quotes.summary import _WORD, _cut, _in_words_of, _words

_BODIES = [
    "The ferry to Kessel Point will run at night from March, the harbour master said.\nShe didn't say why.",
    "“We are not leaving,” residents told the council on Monday. Don’t expect a vote before May.",
    "港务局局长罗美琴表示，新防波堤将在秋季风暴来临前完工。\n财政委员会主席白一鸣表示，超支部分将由储备金支付。",
    "Straße und Brücke: die Gemeinde_Verwaltung plant 12 neue Anlegestellen.",
    "",
]
_SUMMARIES = [
    "The ferry to Kessel Point will run at night from March",
    "the ferry to kessel point will run at night from mar…",
    "Residents: “We are not leaving”",
    "Don't expect a vote before May.",
    "The ferry will run by day",
    "新防波堤将在秋季风暴来临前完工",
    "新防波堤将在春季完工",
    "die Gemeinde Verwaltung plant 12 neue",
    "Brücke",
    "ferryman",
    "…",
]


def test_the_answer_of_the_body_words() -> None:
    held = 0
    for summary, body in itertools.product(_SUMMARIES, _BODIES):
        phrase = _cut(_WORD.findall(summary.lower()))
        expected = phrase in _words(body)
        assert _in_words_of(phrase, body) is expected, (summary, body[:30])
        held += expected
    assert held == 7  # (copies and near copies are among the made-up pairs)
