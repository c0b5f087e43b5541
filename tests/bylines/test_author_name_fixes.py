"""Bylines and author names that were wrong by construction (made-up pages and values)."""

from __future__ import annotations

from lxml import html

from cqnews.enrich.credits import authors_from_bylines, clean_author_names
from cqnews.extract.bylines import find_bylines


def test_body_class_does_not_hide_the_byline() -> None:
    # A page's <body> class lists feature flags; one holding "gallery" must not put the whole page outside.
    page = html.fromstring(
        '<html><body class="article fltgallery3cf"><main><h1>Title</h1>'
        '<div class="authorname-txt">Anna Roe</div><p>Text of the story.</p></main></body></html>'
    )
    assert find_bylines(page) == ["Anna Roe"]


def test_a_related_list_still_hides_its_bylines() -> None:
    page = html.fromstring(
        '<html><body><main><div class="byline">By Anna Roe</div></main>'
        '<div class="related-stories"><div class="byline">By Tom Lee</div></div></body></html>'
    )
    assert find_bylines(page) == ["By Anna Roe"]


def test_metadata_role_words_alone_name_nobody() -> None:
    for value in ("Redaktion", "Staff Reporter", "La Redazione", "Political Editor", "Correspondent", "News Desk"):
        assert clean_author_names([value]) == [], value


def test_metadata_desk_with_a_name_is_kept() -> None:
    assert clean_author_names(["Gear Team"]) == ["Gear Team"]
    assert clean_author_names(["Redaktion", "Anna Roe"]) == ["Anna Roe"]


def test_a_loose_conjunction_is_not_part_of_the_name() -> None:
    assert authors_from_bylines(["By Anna Roe and"]) == ["Anna Roe"]
    assert authors_from_bylines(["Von Anna Roe und"]) == ["Anna Roe"]
    assert clean_author_names(["Anna Roe and"]) == ["Anna Roe"]
    assert authors_from_bylines(["By Anna Roe and Tom Lee"]) == ["Anna Roe", "Tom Lee"]


def test_an_email_address_goes_and_the_name_stays() -> None:
    assert authors_from_bylines(["By Jane Doe jane.doe@example.com"]) == ["Jane Doe"]
    assert clean_author_names(["Jane Doe (jane@example.org)"]) == ["Jane Doe"]
    assert clean_author_names(["jane.doe@example.com"]) == []
    assert clean_author_names(["https://example.com/people/jane-doe"]) == []


def test_a_worded_byline_keeps_its_elements_apart() -> None:
    # No element declares a byline; the worded line's name and place sit in two elements with no space between.
    page = html.fromstring(
        "<html><body><main><h1>Title</h1><p>Von <strong>Anna Roe</strong><span>Berlin</span></p>"
        "<p>Text of the story.</p></main></body></html>"
    )
    assert find_bylines(page) == ["Von Anna Roe Berlin"]


def test_on_before_a_day_ends_the_names() -> None:
    assert authors_from_bylines(["By Louis Roe on Monday, November 18th, 2019 at 11:04 a.m."]) == ["Louis Roe"]
    assert authors_from_bylines(["By Anna Roe and Tom Lee on May 4, 2021"]) == ["Anna Roe", "Tom Lee"]
    assert authors_from_bylines(["By Anna Onslow"]) == ["Anna Onslow"]


def test_an_organisations_staff_is_a_desk() -> None:
    assert authors_from_bylines(["By DAILY HERALD STAFF NOVEMBER 20, 2019 10:43"]) == ["DAILY HERALD STAFF"]
    assert authors_from_bylines(["By Anna Roe, Staff Writer"]) == ["Anna Roe"]
    assert authors_from_bylines(["By Sports Staff"]) == []


def test_a_label_before_a_metadata_name_is_no_part_of_it() -> None:
    # "Kommentar: Anna Roe" in <meta name=author>: the genre's label, then the writer.
    assert clean_author_names(["Kommentar: Anna Roe"]) == ["Anna Roe"]
    assert clean_author_names(["Redaktion: Kari Lund"]) == ["Kari Lund"]
    assert clean_author_names(["Anna Roe: Kommentar"]) == ["Anna Roe: Kommentar"]  # a name before the colon stays
