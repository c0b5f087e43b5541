"""The one told ("…, told AFP") is never read as an inverted speaker the way ", said Li Bin" is. Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_the_listener_after_told_is_no_speaker() -> None:
    text = "“Nobody expected this,” one official, speaking on condition of anonymity, told AFP."
    assert "AFP" not in speakers(text, "en")


def test_an_inverted_said_still_names_its_speaker() -> None:
    assert speakers("The deal is off, said Li Bin, general manager of the firm.", "en") == ["Li Bin"]
