"""Round 14: a page whose article sits in an ``<iframe srcdoc>`` says so; its body came out empty without a reason."""

from __future__ import annotations

import html

import cqnews

_INNER = (
    "<html><head><title>Ferry</title></head><body><article><h1>Ferry plans</h1>"
    "<p>“We will run the ferry all winter,” said Ann Lee, the mayor of the harbour town.</p>"
    "<p>The council meets again in May to vote on the plan for the harbour.</p></article></body></html>"
)


def _framed(inner: str) -> str:
    return f'<html><head><title>Ferry</title></head><body><iframe srcdoc="{html.escape(inner)}"></iframe></body></html>'


def test_an_article_in_a_srcdoc_frame_is_named() -> None:
    article = cqnews.parse(_framed(_INNER))
    assert article.body == []
    framed = [w for w in article.extraction.warnings if "<iframe srcdoc>" in w]
    assert framed == [
        f"the page's text may be inside an <iframe srcdoc> ({len(_INNER)} characters of markup), which is not read: "
        "parse that markup itself, cqnews.parse(iframe.get('srcdoc'))"
    ]
    assert cqnews.parse(_INNER).headline == "Ferry plans"  # (the advice works)


def test_a_srcdoc_frame_of_no_paragraph_is_not_named() -> None:
    article = cqnews.parse(_framed("<html><body><div>Advert</div><span>Buy</span><b>now</b></body></html>"))
    assert not any("<iframe srcdoc>" in w for w in article.extraction.warnings)


def test_a_page_with_a_body_is_not_told_of_its_frames() -> None:
    page = _framed(_INNER).replace("<body>", "<body><article><h1>Harbour news</h1><p>The harbour board met on "
                                   "Monday and agreed to open the new quay for the ferry in the spring.</p></article>")
    article = cqnews.parse(page)
    assert article.body
    assert not any("<iframe srcdoc>" in w for w in article.extraction.warnings)
