"""A title's initials after "the" ("the DPP said", "the PM said") stand for the person named before with the
title they spell ("Deputy Public Prosecutor Gabriel Lim", "Prime Minister Ama Kessie"), as "DC Moss" does for a
surname, whose title's joining words spell nothing ("ACP Reid" after "Assistant Commissioner of Police Devon
Reid"); with nobody so titled the acronym is a body, as before. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import speakers_in_en


def test_a_prosecutor_by_initials() -> None:
    assert speakers_in_en(
        "Deputy Public Prosecutor Nadia Farouk asked for a jail term of four years.",
        '"The accused recruited the couriers himself," the DPP said.',
    ) == ["Nadia Farouk"]


def test_a_prime_minister_by_initials() -> None:
    assert speakers_in_en(
        "Prime Minister Ama Kessie opened the new bridge on Monday.",
        '"It took ten years, but it is ours," the PM said.',
    ) == ["Ama Kessie"]


def test_no_one_so_titled() -> None:
    assert speakers_in_en('"Waiting times are falling," the NHS said.') == ["the NHS"]


def test_a_rank_whose_title_has_of() -> None:
    assert speakers_in_en(
        "Assistant Commissioner of Police Devon Reid said patrols would be doubled.",
        '"We will not let the gangs hold this town," ACP Reid said.',
    ) == ["Devon Reid", "Devon Reid"]
