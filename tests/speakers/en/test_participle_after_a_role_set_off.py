"""A participle after an inverted cue whose name has a role set off by commas ("“…,” said Ann Cole, Chief
Executive, adding that …") reports for the named speaker: the role's capitalised words are no second speaker.
Made-up sentences."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _found(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (q.text, q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None)
        for q in find_quotes([Block(text=text)], "en")
    ]


@pytest.mark.parametrize(
    ("text", "name", "role", "report"),
    [
        ("“Fares will rise,” said Rosa Lind, Finance Director, adding that buses were full.", "Rosa Lind", "Finance Director", "buses were full"),
        ("“The dam holds,” said Omar Vale, Chief Engineer, noting that rain had eased.", "Omar Vale", "Chief Engineer", "rain had eased"),
        ("“We lost,” said Ida Marsh, Head Coach of the Hawks, insisting that the team had fought.", "Ida Marsh", "Head Coach of the Hawks", "the team had fought"),
    ],
)
def test_the_name_before_the_role_reports_the_participle_clause(text: str, name: str, role: str, report: str) -> None:
    quote = text[1 : text.index("”")]
    assert _found(text) == [(quote, name, role), (report, name, role)]
