"""A part of a credit chain written in a publication's quotation marks ("© Иван Петров / «Вести Озёрска»") is the
outlet's title, the person before it its photographer: read as a second person before ("Вести Озёрска" as a name).
Made-up captions in the shape of Russian and Ukrainian regional papers (Session 61)."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits

_RU = "Рабочие осматривают дамбу у реки."


@pytest.mark.parametrize(
    ("credit", "name", "organization"),
    [
        ("© Иван Петров / «Вести Озёрска»", "Иван Петров", "Вести Озёрска"),
        ("Фото: Иван Петров/«Вести Озёрска»", "Иван Петров", "Вести Озёрска"),
        ("Фото: Ольга Коваль / «Голос Прибережья»", "Ольга Коваль", "Голос Прибережья"),
    ],
)
def test_quoted_part_is_the_outlet(credit: str, name: str, organization: str) -> None:
    assert caption_and_credits(f"{_RU} {credit}") == (_RU, [(name, organization, credit)])


def test_person_without_quotes_stays_a_person() -> None:
    assert caption_and_credits(f"{_RU} Фото: Иван Петров") == (_RU, [("Иван Петров", None, "Фото: Иван Петров")])


def test_quoted_outlet_after_a_comma_keeps_no_quotation_mark() -> None:
    credit = "Фото: Иван Петров, «Вести Озёрска»"  # (before: the organisation "«Вести Озёрска", one mark left)
    assert caption_and_credits(f"{_RU} {credit}") == (_RU, [("Иван Петров", "Вести Озёрска", credit)])
