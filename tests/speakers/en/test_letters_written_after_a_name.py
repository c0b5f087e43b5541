"""Letters of a call to the bar, a seat or a degree written right after a name without a comma ("Orla Quinlan BL",
"Brendan Keogh SC", "Gemma Patel MP") follow the name and are no word of it; a place and a state's letters ("Columbia
SC") stay whole. Made-up sentences."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speakers(*paras: str) -> list[tuple[str | None, str | None]]:
    blocks = [Block(text=p) for p in paras]
    return [(q.speaker.name, q.speaker.role) if q.speaker else (None, None) for q in find_quotes(blocks, "en")]


def test_barrister_letters_after_a_role_and_name() -> None:
    assert _speakers(
        "Prosecuting barrister Orla Quinlan BL said the accused had shown no remorse.",
        "“This was a planned attack,” Ms Quinlan said.",
    ) == [("Orla Quinlan", "Prosecuting barrister"), ("Orla Quinlan", "Prosecuting barrister")]


def test_senior_counsel_letters_before_the_cue() -> None:
    assert _speakers("“The evidence is thin,” Brendan Keogh SC said.") == [("Brendan Keogh", None)]


def test_member_letters_after_a_name_after_the_cue() -> None:
    assert _speakers("“The road is a death trap,” said Gemma Patel MP.") == [("Gemma Patel", None)]
