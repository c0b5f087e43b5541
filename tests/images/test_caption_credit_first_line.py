"""A caption element whose first line, before a line break, is only a credit chain ("<figcaption>Anna Roe/Valley
Times<br>Crews resurface …</figcaption>"): the taker and the outlet, the caption after the break. Read as one text
before, the caption ran into the chain's last part and the whole became a credit whose organisation held the caption's
sentence. A first line that names no one ("Paris/Berlin") stays caption text. Made-up figures (Session 60)."""

from __future__ import annotations

import pytest

from tests.figure_helpers import images_around

_SRC = "https://cdn.valleytimes.example/media/2026/05/bridge-deck-1280.jpg"
_SENTENCE = "The county said on Friday that the old bridge would reopen to traffic before the end of June."
_CAPTION = "Crews resurface the deck of the old bridge on Tuesday."


def _images(figcaption: str) -> list[tuple[str | None, str | None, list[str]]]:
    """(src, caption, raw credits written once) of each image."""
    figure = f'<figure><img src="{_SRC}" alt=""><figcaption>{figcaption}</figcaption></figure>'
    found = images_around(figure, sentence=_SENTENCE, title="Old bridge", url="https://valleytimes.example/news/b.html")
    return [(src, caption, list(dict.fromkeys(raws))) for src, caption, raws in found]


@pytest.mark.parametrize(
    "line", ["Anna Roe/Valley Times", "Anna Roe / Reuters", "<b>Anna Roe</b>/Valley Times", "AFP/Getty Images"]
)
def test_chain_on_the_first_line(line: str) -> None:
    raw = line.replace("<b>", "").replace("</b>", "")
    assert _images(f"{line}<br>{_CAPTION}") == [(_SRC, _CAPTION, [raw])]


def test_first_line_naming_no_one_stays() -> None:
    assert _images(f"Paris/Berlin<br>{_CAPTION}") == [(_SRC, f"Paris/Berlin {_CAPTION}", [])]


def test_chain_alone_is_the_credit() -> None:
    assert _images("Anna Roe/Valley Times") == [(_SRC, None, ["Anna Roe/Valley Times"])]
