"""Quotes in Russian, Polish, Indonesian, Swedish, Norwegian and Danish: tables of reporting words
(cqnews.lexicon.quotes_latin) read like the other Latin-script languages. Every sentence is made up."""

from __future__ import annotations

import pytest

from tests.quote_helpers import quotes_with_roles


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        (
            "ru",
            "«Мы отремонтируем мост к весне», — заявил министр транспорта Иван Петров.",
            ("direct", "Мы отремонтируем мост к весне", "Иван Петров", "министр транспорта"),
        ),
        (
            "pl",
            "„Naprawimy most do wiosny” – powiedział burmistrz Jan Kowalski.",
            ("direct", "Naprawimy most do wiosny", "Jan Kowalski", "burmistrz"),
        ),
        (
            "pl",
            "Według rzecznika urzędu miasta, most zostanie naprawiony do wiosny.",
            ("indirect", "most zostanie naprawiony do wiosny", None, "rzecznika urzędu miasta"),
        ),
        (
            "id",
            '"Kami akan memperbaiki jembatan itu," kata Wali Kota Budi Santoso.',
            ("direct", "Kami akan memperbaiki jembatan itu,", "Budi Santoso", "Wali Kota"),
        ),
        (
            "sv",
            '"Vi lagar bron till våren", säger kommunalrådet Anna Lind.',
            ("direct", "Vi lagar bron till våren", "Anna Lind", "kommunalrådet"),
        ),
        (
            "nb",
            "«Vi reparerer brua til våren», sier ordfører Kari Nordmann.",
            ("direct", "Vi reparerer brua til våren", "Kari Nordmann", "ordfører"),
        ),
        (
            "da",
            '"Vi reparerer broen til foråret", siger borgmester Lars Jensen.',
            ("direct", "Vi reparerer broen til foråret", "Lars Jensen", "borgmester"),
        ),
    ],
)
def test_speakers_next_to_a_reporting_word(language: str, sentence: str, expected: tuple[str, ...]) -> None:
    assert quotes_with_roles(language, sentence) == [expected]


def test_a_scandinavian_dash_paragraph_is_a_direct_quote_and_the_next_one_goes_on() -> None:
    found = quotes_with_roles(
        "sv",
        "– Vi lagar bron till våren, säger kommunalrådet Anna Lind.",
        "– Det blir dyrt, men det är nödvändigt.",
        "Oppositionen kritiserade beslutet på tisdagen.",
    )
    assert found == [
        ("direct", "Vi lagar bron till våren", "Anna Lind", "kommunalrådet"),
        ("direct", "Det blir dyrt, men det är nödvändigt.", "Anna Lind", "kommunalrådet"),
    ]


def test_a_russian_office_in_another_case_is_a_description() -> None:
    found = quotes_with_roles("ru", "По словам министра, мост отремонтируют к весне.")
    assert found == [("indirect", "мост отремонтируют к весне", None, "министра")]


# A Norwegian "at" clause after a reporting verb and an aside; the table's conjunctions are a set ({"att", "at"}),
# and the clause was read only in runs whose set order tried "at" first.
_AT_CLAUSE = (
    "I retten fredag fortalte forsvareren, som representerer mannen, at bruddet i fjor «endret alt for ham», "
    "skriver avisen."
)


def test_norwegian_at_clause_is_read_whatever_the_order_of_the_conjunctions() -> None:
    import os
    import subprocess
    import sys

    code = (
        "from cqnews.enrich.quotes import find_quotes\n"
        "from cqnews.models import Block\n"
        f"quotes = find_quotes([Block(text={_AT_CLAUSE!r})], 'no')\n"
        "print([(q.kind.value, q.text[:14], q.cue) for q in quotes])\n"
    )
    outputs = set()
    for seed in range(6):  # the hash seed sets the order a frozenset of strings is walked in
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
        outputs.add(run.stdout.strip())
    assert len(outputs) == 1, outputs
    assert "('indirect', 'at bruddet i f', 'fortalte')" in outputs.pop()
