"""The Welsh patronymic particle "ap" ("son of") stands inside a name as "bin" and "van" do ("Rhun ap Iorwerth"):
before, the name was cut after it ("Iorwerth"), the given name dropped. Made-up sentences in the shape of Welsh
political reports."""

from __future__ import annotations

from tests.quote_helpers import said, speakers_in_en


def test_a_name_with_the_particle_after_a_role() -> None:
    text = "Plaid Cymru councillor Dafydd ap Gruffydd said the school would stay open."
    assert said(text, "en") == [("Dafydd ap Gruffydd", "Plaid Cymru councillor")]


def test_a_name_with_the_particle_after_the_cue() -> None:
    assert said("“The valley needs a bus service,” said Elen ap Rhys.", "en") == [("Elen ap Rhys", None)]


def test_the_surname_with_its_particle_later() -> None:
    assert speakers_in_en(
        "Dafydd ap Gruffydd, a councillor in Bangor, said the school would stay open.",
        "“We will not let it close,” ap Gruffydd said.",
    ) == ["Dafydd ap Gruffydd", "Dafydd ap Gruffydd"]
