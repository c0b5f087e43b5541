"""A credit chain that ends in a note saying the picture is an old one: "REUTERS/Anna Roe/File Photo" (the
agencies' own form for a file picture). The note names no one; the chain before it is the credit. Made-up
captions."""

from __future__ import annotations

from cqnews.enrich.credits import split_photo_credit


def _typed(text: str) -> tuple[str | None, list[tuple[str | None, str | None]]]:
    caption, credits = split_photo_credit(text)
    return caption, [(c.name, c.organization) for c in credits]


def test_agency_name_then_file_photo_is_the_credit() -> None:
    text = "A ferry crosses the harbour at dawn on March 3. REUTERS/Anna Roe/File Photo"
    assert _typed(text) == ("A ferry crosses the harbour at dawn on March 3.", [("Anna Roe", "Reuters")])


def test_file_photo_note_is_kept_in_the_raw_credit() -> None:
    _, credits = split_photo_credit("Crews clear snow from the runway. REUTERS/Tom Lind/File Photo")
    assert [c.raw for c in credits] == ["REUTERS/Tom Lind/File Photo"]


def test_file_image_note_after_an_agency_and_a_name() -> None:
    text = "Shoppers queue outside the market hall. AFP/Ben Kowal/File Image"
    assert _typed(text) == ("Shoppers queue outside the market hall.", [("Ben Kowal", "AFP")])


def test_a_name_and_file_photo_alone_stay_caption_text() -> None:
    # no agency in the chain: "Tom Lind/File Photo" could be words of the caption
    text = "Crews clear snow from the runway. Tom Lind/File Photo"
    assert _typed(text) == (text, [])
