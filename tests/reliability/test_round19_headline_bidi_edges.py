"""A headline wrapped in bidi controls (nineteenth reliability round, second part): an og:title
"\u202aHarbour plan approved\u202c" kept the embedding and its closer at its edges, which show nothing and travel
into every comparison, search and print of the headline. The controls and direction marks at a headline's edges
are left out when what remains opens as many embeddings and isolates as it closes. Made-up pages."""

from __future__ import annotations

import cqnews

BODY = (
    "<p>The council approved the harbour plan on Monday after a long debate about the cost of dredging the channel.</p>"
    "<p>Work will start in the spring and end within two years, the mayor told reporters at the town hall.</p>"
)


def _page(title: str, heading: str = "") -> str:
    return (
        f'<html><head><meta property="og:title" content="{title}"></head><body><article>{heading}{BODY}'
        "</article></body></html>"
    )


def test_an_embedding_around_the_og_title_is_left_out() -> None:
    article = cqnews.parse(_page("\u202aHarbour plan approved\u202c"), url="https://harbour.example/plan")
    assert article.headline == "Harbour plan approved"


def test_an_isolate_and_a_mark_around_a_heading_are_left_out() -> None:
    heading = "<h1>\u2067\u200fخطة الميناء\u2069</h1>"
    article = cqnews.parse(_page("\u2067\u200fخطة الميناء\u2069", heading), url="https://harbour.example/plan-ar")
    assert article.headline == "خطة الميناء"


def test_a_closer_at_the_edge_that_closes_an_inner_embedding_stays() -> None:
    title = "Council backs \u202bخطة الميناء\u202c"  # (the closer ends the embedding opened inside)
    article = cqnews.parse(_page(title), url="https://harbour.example/plan-mixed")
    assert article.headline == title


def test_an_outer_pair_goes_and_an_inner_pair_stays() -> None:
    title = "\u202aCouncil backs \u202bخطة\u202c plan\u202c"
    article = cqnews.parse(_page(title), url="https://harbour.example/plan-mixed2")
    assert article.headline == "Council backs \u202bخطة\u202c plan"
