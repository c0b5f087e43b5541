"""English speaker readers never change their caller's tokens: readers are tried one after another on the
same list, and a full stop one of them cut off must not leak into the next one's reading."""

from __future__ import annotations

from cqnews.enrich.speakers.name_runs_en import name_end, org_end, titled_name_ahead
from cqnews.enrich.speakers.offices_en import office_end
from cqnews.enrich.speakers.subject_after import name_forward
from cqnews.enrich.speakers.token_reader import tokens


def _toks(text: str):  # type: ignore[no-untyped-def]
    return tokens(text, 0, len(text))


def test_name_end_leaves_the_tokens_as_they_are() -> None:
    toks = _toks("Marta Olsen. The ferry left")
    before = list(toks)
    assert name_end(toks, 0) == -2  # the name ends its sentence on "Olsen."
    assert toks == before


def test_org_end_returns_new_tokens_with_the_stop_cut() -> None:
    toks = _toks("the Office of Harbour Works. Boats")
    before = list(toks)
    cut, end = org_end(toks, 2)  # "the Office" opens the name
    assert end == 5 and cut[4].text == "Works" and toks == before


def test_office_end_returns_new_tokens_with_the_stop_cut() -> None:
    toks = _toks("the Minister of Fisheries. Boats")
    before = list(toks)
    cut, end = office_end(toks, 1, 2)
    assert end == 4 and cut[3].text == "Fisheries" and toks == before


def test_forward_readers_leave_the_tokens_as_they_are() -> None:
    for text in ("said harbour master Marta Olsen.", "said the Minister of Fisheries.", "said local officials."):
        toks = _toks(text)[1:]
        before = list(toks)
        who = name_forward(text, toks) if toks[0].text[0].isupper() or toks[0].low == "the" else None
        titled_name_ahead(text, toks, 0)
        assert toks == before, (text, who)
