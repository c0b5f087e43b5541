"""The headline: the visible heading when it agrees with the declared titles or opens the article."""

from __future__ import annotations

import pytest

import cqnews

LEDE = "The count ended late on Sunday after a long day of voting across the country, officials said on Monday."


def _page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def test_visible_heading_beats_a_short_title_it_contains() -> None:
    article = cqnews.parse(_page("<title>Results</title>", f"<h1>Election results announced</h1><p>{LEDE}</p>"))
    assert article.headline == "Election results announced"
    assert [block.text for block in article.body] == [LEDE]


@pytest.mark.parametrize(
    "head",
    [
        '<title>Home | Daily Example</title><meta property="og:title" content="Daily Example">',  # a site name
        # only a <title> declares a title (no JSON-LD, no og:title): a tab label, often generic
        "<title>Evening update</title>",
    ],
)
def test_heading_at_the_top_of_the_article_wins(head: str) -> None:
    page = _page(
        head, f"<nav><a href='/'>Home</a></nav><article><h1>Polls close in the north</h1><p>{LEDE}</p><p>{LEDE}</p></article>"
    )
    article = cqnews.parse(page)
    assert article.headline == "Polls close in the north"
    assert all(block.text != "Polls close in the north" for block in article.body)


def test_site_name_heading_does_not_beat_the_declared_title() -> None:
    page = _page(
        "<title>Election results announced - Daily Example</title>",
        f"<header><h1>Daily Example</h1></header><article><p>{LEDE}</p><p>{LEDE}</p></article>",
    )
    assert cqnews.parse(page).headline == "Election results announced"


def test_heading_that_says_less_than_the_title_does_not_win() -> None:
    page = _page("<title>Election results announced in the north</title>", f"<h1>Results</h1><p>{LEDE}</p>")
    assert cqnews.parse(page).headline == "Election results announced in the north"


@pytest.mark.parametrize(
    "text",
    [
        '[project]\nname = "example"\nversion = "0.1.0"\ndescription = "A tool that reads pages and writes typed articles: body, dates, quotes and credits."\n',
        '{"name": "example", "description": "A tool that reads pages and writes typed articles: body, dates, quotes."}',
    ],
)
def test_configuration_file_parses_with_a_warning(text: str) -> None:
    article = cqnews.parse(text)
    assert any("may not be an article" in warning for warning in article.extraction.warnings)


def test_configuration_with_comment_prose_parses_with_a_warning() -> None:
    # Comment lines are prose enough to pass the running-text test; the assignments around them are not.
    text = (
        "# Ranges tested: the suite passes at the lower bounds of every dependency and with the newest releases.\n\n"
        'description = "A tool that reads pages and writes typed articles with dates, quotes and credits."\n\n'
        'summary = "Pages in, articles out: the body, the dates, the quotes with speakers and the images."\n\n'
        'help = "Run the suite with the test extra installed, then the benchmarks one at a time."\n\n'
        "# The debt list: modules written before the limits, each with the one check it does not pass yet.\n\n"
        'note = "Every module keeps under the line limit, and no function is over the complexity limit."\n'
    )
    article = cqnews.parse(text)
    assert any("code or configuration" in warning for warning in article.extraction.warnings)


def test_source_code_parses_with_a_warning() -> None:
    # A script given by mistake: statements with comment lines of prose between them.
    text = (
        "import sys\n\n"
        "# Read every page named on the command line and print what the parser found in it, one line for each page.\n\n"
        "for path in sys.argv[1:]:\n    article = parse(open(path).read())\n\n"
        "# The headline comes first, then the authors, so that a long list of many pages stays easy to read and to sort.\n\n"
        "if article.headline: print(article.headline, ', '.join(article.authors), sep=' | ')\n\n"
        "with open('out.txt', 'a') as out: out.write(article.model_dump_json() + '\\n')\n"
    )
    article = cqnews.parse(text)
    assert any("code or configuration" in warning for warning in article.extraction.warnings)


def test_prose_text_has_no_such_warning() -> None:
    article = cqnews.parse(f"Election results announced\n\n{LEDE}\n\n{LEDE}\n")
    assert not any("may not be an article" in warning for warning in article.extraction.warnings)


def test_og_title_that_says_something_else_is_kept_over_the_heading() -> None:
    page = _page(
        '<title>Evening update</title><meta property="og:title" content="Northern polls close early">',
        f"<article><h1>Polls close in the north</h1><p>{LEDE}</p><p>{LEDE}</p></article>",
    )
    assert cqnews.parse(page).headline == "Northern polls close early"


@pytest.mark.parametrize(
    ("title", "heading"),
    [
        ("Valley Courier - Local news", "Council closes library"),
        ("Home", "Council votes to close the Elm Street library"),
        ("江城新闻网-本地新闻", "市政府召开新闻发布会"),  # the site and the section, both site-like
    ],
)
def test_a_tab_label_title_gives_way_to_the_one_heading(title: str, heading: str) -> None:
    # The <title> is the page's only declaration and says only a site and a section; the one <h1> is the headline.
    text = (
        "The city council voted 5-2 on Tuesday to close the Elm Street library, ending a months-long fight over "
        "the branch's future and its budget."
    )
    head = f"<meta charset='utf-8'><title>{title}</title>"
    page = _page(head, f"<h1>{heading}</h1><p>{text}</p><p>{text} The branch closes in March.</p>")
    assert cqnews.parse(page).headline == heading


def test_a_heading_no_longer_than_the_tab_label_does_not_win() -> None:
    assert cqnews.parse(_page("<title>News</title>", f"<h1>Sports</h1><p>{LEDE}</p>")).headline == "News"


def test_a_logo_h1_is_not_the_headline() -> None:
    # An old blog theme: the site's name is the <h1> (a link home) and the whole <title>; the story's
    # title is an <h2 class=entry-title>. The headline was the site's name.
    html = (
        "<html lang='en'><head><title>Pine County Herald</title></head><body><header>"
        "<h1 class='site-title'><a href='https://pineherald.example/'>Pine County Herald</a></h1></header>"
        "<div class='content'><h2 class='entry-title'>Library board picks new director</h2>"
        "<div class='entry-content'><p>The Pine County Library board on Tuesday named Alicia Moreno as its new "
        "director, ending a five-month national search.</p><p>Moreno, who has led the library in Elk County since "
        "2019, will start in January.</p></div></div></body></html>"
    )
    article = cqnews.parse(html, url="https://pineherald.example/2026/11/18/library-director/")
    assert article.headline == "Library board picks new director"

