"""The shop link a regional paper's CMS sets in each picture's caption ("Buy Now", "Buy this photo", "Order
reprint"): a control, no caption text, as "Expand" is. A caption sentence about buying stays. Made-up pages."""

from __future__ import annotations

import pytest

from tests.figure_helpers import figure_images

_SENTENCE = "Händler bauen am Samstag ihre Stände in der alten Markthalle auf."


@pytest.mark.parametrize(
    "link",
    [
        '<a class="tnt-buy-now" href="/photos/markt">Buy Now</a>',
        '<div class="buy"><a href="/store/1234">Buy this photo</a></div>',
        '<a href="/reprints?id=9">Order reprint »</a>',
        '<span class="purchase"><a href="/store">Purchase Photo</a></span>',
    ],
)
def test_shop_link_is_no_caption_text(link: str) -> None:
    figure = (
        '<figure class="photo"><a href="https://www.example.de/img/markt-1200.jpg"><img '
        'src="https://www.example.de/img/markt-1200.jpg"></a><figcaption class="caption"><div class="caption-text">'
        f'<p>{_SENTENCE}</p></div><div class="byline">Foto: Lena Hartmann</div>{link}</figcaption></figure>'
    )
    assert figure_images(figure) == [(_SENTENCE, ["Foto: Lena Hartmann"])]


def test_sentence_about_buying_stays() -> None:
    sentence = "Shoppers buy now what they can before the market hall closes for repairs."
    figure = f'<figure><img src="https://www.example.de/img/markt-1200.jpg"><figcaption>{sentence}</figcaption></figure>'
    assert figure_images(figure) == [(sentence, [])]
