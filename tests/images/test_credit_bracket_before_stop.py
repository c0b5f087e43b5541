"""A bracketed credit followed by the caption's full stop ("… at the gate (Photo: Anna Roe/Reuters).") is the
credit; a bracket that annotates the sentence's last words ("… with Anna Roe (CDU).") is not (made-up captions)."""

from __future__ import annotations

from cqnews.enrich.credits import split_photo_credit


def _typed(text: str) -> tuple[str | None, list[tuple[str | None, str | None]]]:
    caption, credits = split_photo_credit(text)
    return caption, [(c.name, c.organization) for c in credits]


def test_labelled_credit_in_brackets_before_the_stop() -> None:
    assert _typed("Crowds gather at the stadium gate (Photo: Anna Roe/Reuters).") == (
        "Crowds gather at the stadium gate",
        [("Anna Roe", "Reuters")],
    )


def test_agency_in_brackets_before_the_stop() -> None:
    assert _typed("Crowds gather at the stadium gate (AP).") == ("Crowds gather at the stadium gate", [(None, "AP")])


def test_chinese_credit_in_brackets_before_the_full_stop() -> None:
    assert _typed("游客在古镇拍照留念（记者 陈红 摄）。") == ("游客在古镇拍照留念", [("陈红", None)])


def test_party_after_a_name_before_the_stop_stays_caption() -> None:
    text = "The mayor talks with Anna Roe (CDU)."
    assert _typed(text) == (text, [])
