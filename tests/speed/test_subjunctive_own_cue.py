"""A Konjunktiv sentence's own reporting clause ("Der Minister versicherte, es werde …", "…, beteuerte der
Angeklagte") was looked for by reading, at every cue of the sentence, the whole rest of it: 320 KB of one
comma-less sentence with 10,000 cues took 6.8 s of CPU (quadratic). The rest is read a few words at a time now.
Made-up text."""

from __future__ import annotations

import time

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block
from tests.cpu_bar import cpu_bar


def test_many_cues_in_one_subjunctive_sentence_are_linear() -> None:
    paragraph = "Die Lage sei ernst " + "und der Minister versicherte es " * 10_000 + "."
    started = time.process_time()
    quotes = find_quotes([Block(text=paragraph)], "de")
    assert time.process_time() - started < cpu_bar(2.0)
    assert [q.text[:18] for q in quotes] == ["Die Lage sei ernst"]  # (the Konjunktiv clause is still read)
