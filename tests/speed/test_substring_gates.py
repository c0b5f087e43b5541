"""Substring tests that spare a block a regex scan must be implied by every match of the regex: otherwise a
change of the pattern would silently find nothing. Each test reads the pattern the gate stands for."""

from __future__ import annotations

import re

from cqnews.lexicon.reporting_en import PASSIVE_SAID_RE


def test_every_passive_said_match_holds_said_to() -> None:
    # passive_en.passive_said returns early on blocks without " said to ": the pattern must end in
    # " said " with "to " after it, case-sensitively.
    assert PASSIVE_SAID_RE.pattern.endswith(" said (?=to )")
    assert not PASSIVE_SAID_RE.flags & re.IGNORECASE
    sentence = "The hall was reportedly said to be haunted."
    match = PASSIVE_SAID_RE.search(sentence)
    assert match is not None
    assert " said to " in sentence[match.start() : match.end() + 3]


def test_credit_tails_after_non_ascii_marks_are_still_found() -> None:
    # The caption tails skip the searches for "”", "–", "—" and the Chinese stops on ASCII text only.
    from cqnews.credit_text.photo import credit_candidate

    assert credit_candidate("Fans wait outside the stadium – ANSA") == (29, "ANSA")
    assert credit_candidate("Fans wait outside the stadium - ANSA") == (29, "ANSA")
    assert credit_candidate("工人正在进行检修。视觉中国") == (9, "视觉中国")


def test_spaced_slash_credit_needs_a_spaced_slash() -> None:
    from cqnews.credit_text.photo import credit_candidate

    assert credit_candidate("Los vecinos, ayer en el mercado de Sevilla / EFE") == (42, "EFE")
    assert credit_candidate("Los vecinos, ayer en el mercado de Sevilla.") is None
