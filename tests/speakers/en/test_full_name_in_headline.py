"""A speaker the body names by surname alone whose full name only the headline, the summary or a caption gives:
the full name is the speaker's. A headline in title case names no one by its capitals. Made-up pages only."""

from __future__ import annotations

import cqnews


def _page(headline: str, caption: str, *paragraphs: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    figure = f'<figure><img src="https://img.example.com/a.jpg"><figcaption>{caption}</figcaption></figure>'
    return (
        f"<html><head><title>{headline}</title></head><body><article><h1>{headline}</h1>"
        f"{figure}<div class='story'>{body}</div></article></body></html>"
    )


_BODY = (
    "The 23-year-old brought up three figures with a cover drive on the stroke of tea on the second day.",
    "“I have dreamt about this since I was six,” Raghunathan said after play on Thursday evening.",
    "The home side closed the day on 312 for four, a lead of 140 runs over the visitors from Perth.",
)


def _names(html: str) -> list[str | None]:
    article = cqnews.parse(html, url="https://sport.example.com/cricket/2025/03/maiden-century")
    return [q.speaker.name if q.speaker else None for q in article.quotes]


def test_the_headline_gives_the_full_name() -> None:
    html = _page("Priya Raghunathan hits maiden Test century", "The crowd at the ground.", *_BODY)
    assert _names(html) == ["Priya Raghunathan"]


def test_a_caption_gives_the_full_name() -> None:
    html = _page("Maiden century for young batter", "Devika Raghunathan celebrates her hundred.", *_BODY)
    assert _names(html) == ["Devika Raghunathan"]


def test_a_title_case_headline_names_no_one_by_its_capitals() -> None:
    html = _page("Crowd Cheers Raghunathan Century", "The crowd at the ground.", *_BODY)
    assert _names(html) == ["Raghunathan"]


def test_an_attribution_source_gets_the_same_full_name() -> None:
    """The quote's speaker and the attribution's source are one person: both take the headline's full name."""
    html = _page(
        "Priya Raghunathan hits maiden Test century",
        "The crowd at the ground.",
        *_BODY,
        "Raghunathan believes the pitch will turn sharply on the fourth day.",
    )
    article = cqnews.parse(
        html, url="https://sport.example.com/cricket/2025/03/maiden-century", options=cqnews.ParseOptions(attributions=True)
    )
    assert [q.speaker.name if q.speaker else None for q in article.quotes] == ["Priya Raghunathan"]
    assert article.attributions is not None
    beliefs = [a for a in article.attributions if a.cue == "believes"]
    assert [a.source.name if a.source else None for a in beliefs] == ["Priya Raghunathan"]
