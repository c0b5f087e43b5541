"""A page that declares no language and opens its text with a run of letters that is no word (a hash, a base64
blob, a token pasted into the text) was given the language langdetect found in that run ("aAaA…": Somali), and its
quotes, looked for in that language, were lost without a word. Runs of 64 Latin-script characters or more without a
blank are left out of the language sample now (Session 62)."""

from __future__ import annotations

import cqnews
from cqnews.enrich.language import detect_language

_TEXT = (
    "The harbour reopened on Monday after the storm passed. {run} is what the sign said. The port office said it "
    "was safe for ships."
)


def test_a_run_that_is_no_word_does_not_name_the_language() -> None:
    for run in ("aA" * 2_500, "Zx9Qm2" * 50, "R0lGODlhAQABAIAAAAAAAP" * 20):
        assert detect_language(_TEXT.format(run=run)) == "en", run[:12]


def test_the_quotes_of_such_a_page_are_read() -> None:
    page = (
        "<html><body><article><h1>Port plan</h1><p>" + _TEXT.format(run="aA" * 2_500) + "</p>"
        "<p>“It is safe,” harbour master Ann Lee said on Monday.</p></article></body></html>"
    )
    article = cqnews.parse(page)
    assert article.language == "en"
    assert ("It is safe,", "Ann Lee") in [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes]


def test_text_written_without_blanks_keeps_its_language() -> None:
    # (Chinese writes whole paragraphs without a blank: such runs are no junk)
    assert detect_language("港口周一重新开放，官员表示船只可以从周二上午开始停靠，市政府的发言人在记者会上说。" * 8) == "zh"
    assert detect_language("aA" * 100 + " 港口周一重新开放，官员表示船只可以从周二上午开始停靠。" * 8) == "zh"


def test_a_page_of_one_run_has_no_language_to_tell() -> None:
    assert detect_language("aA" * 20_000) is None
    assert detect_language("aA" * 20_000, declared="de") == "de"
