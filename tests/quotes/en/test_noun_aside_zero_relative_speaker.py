"""A noun the writer sets after a clause, with a relative clause whose subject holds a cue and whose gap is the
reported clause's subject (", a forecast the Treasury said was too gloomy"): the subject after the noun speaks, not
the noun and the subject together ("a forecast the Treasury"). Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import reported_said


def _who(text: str) -> list[tuple[str, str | None]]:
    return [(said, name or role) for said, name, role in reported_said(text)]


def test_a_forecast_the_treasury_said() -> None:
    text = "The bank cut its growth outlook to 1.2%, a forecast the Treasury said was too gloomy."
    said = _who(text)
    assert [s for s, _ in said] == ["was too gloomy"]
    assert said[0][1] is not None and "forecast" not in said[0][1] and "Treasury" in said[0][1]


def test_a_level_the_company_says() -> None:
    text = "The price of maize flour rose to Sh200, a level the company says is sustainable."
    said = _who(text)
    assert [s for s, _ in said] == ["is sustainable"]
    assert said[0][1] is not None and "level" not in said[0][1] and "company" in said[0][1]


def test_a_spokesman_for_the_firm_still_closes_the_clause() -> None:
    text = "The plant will close in June, a spokesman for the firm said."
    assert _who(text) == [("The plant will close in June", "a spokesman for the firm")]
