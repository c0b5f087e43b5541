"""Markup an article shows as text (escaped in the page: ``&lt;script&gt;alert(2)&lt;/script&gt;``) stays in the
body: it is data, escaped again when rendered. Before, the embed-code clean-up (meant for the written-out chart and
video embeds of JSON-LD bodies) dropped a bare ``<script>…</script>`` with its content from any paragraph."""

from __future__ import annotations

import cqnews
from cqnews.extract.blocks import strip_embedded_markup
from cqnews.notebook import article_html
from cqnews.render import to_markdown

PAGE = """<html><head><title>Browser flaw</title></head><body><article><h1>Researchers show a browser flaw</h1>
<p>The team showed how a comment box could run code when a visitor typed a tag into it.</p>
<p>“&lt;script&gt;alert(2)&lt;/script&gt; was all it took,” said Ann Lee, who led the research.</p>
<p>Pages that set &lt;style&gt;body{display:none}&lt;/style&gt; in a comment went blank, the report says.</p>
<p>The vendor fixed the flaw in a release published on Tuesday after weeks of testing.</p>
</article></body></html>"""


def test_bare_script_and_style_written_out_are_text() -> None:
    assert strip_embedded_markup("Type <script>alert(2)</script> in the box.") == (
        "Type <script>alert(2)</script> in the box."
    )
    assert strip_embedded_markup("A <STYLE>p{color:red}</STYLE> rule.") == "A <STYLE>p{color:red}</STYLE> rule."
    assert strip_embedded_markup("Left <script>open") == "Left <script>open"


def test_embeds_with_attributes_still_go() -> None:
    text = 'Before. <script async src="https://widgets.example/w.js"></script> After <iframe src="x"></iframe>.'
    assert strip_embedded_markup(text) == "Before.  After ."


def test_escaped_code_stays_in_the_body_and_is_escaped_on_render() -> None:
    article = cqnews.parse(PAGE, url="https://news.example/flaw")
    texts = [block.text for block in article.body]
    assert "“<script>alert(2)</script> was all it took,” said Ann Lee, who led the research." in texts
    assert "Pages that set <style>body{display:none}</style> in a comment went blank, the report says." in texts
    assert "<script>" not in article_html(article)
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in article_html(article)
    assert "<script>" not in to_markdown(article)
