"""Round 11 of hostile input: ParseOptions written carelessly.

Before, ``ParseOptions(quotes="no")`` looked for quotes (a non-empty string is true), ``time_budget=float("nan")``
never ran out (no comparison with NaN is true), ``time_budget="3"`` and ``max_input_bytes="1000"`` failed only at
the first parse with an operator's ``TypeError``, and ``url_schemes=("HTTPS",)`` dropped every https URL (schemes
are case-insensitive) while a list made the options unhashable. Each is now refused at construction with the
field's name, or read as meant.
"""

from __future__ import annotations

import pytest

import cqnews

PAGE = (
    "<html><head><title>Quay opens</title></head><body><article><h1>Quay opens</h1>"
    "<p>The new quay opened on Monday after two years of work by the port authority, officials said.</p>"
    "</article></body></html>"
)


@pytest.mark.parametrize(
    ("fields", "error", "named"),
    [({"quotes": "no"}, TypeError, "quotes takes True or False"),
     ({"detect_language": 0}, TypeError, "detect_language takes"),
     ({"time_budget": float("nan")}, ValueError, "time_budget takes"),
     ({"time_budget": "3"}, TypeError, "time_budget takes"),
     ({"max_input_bytes": "1000"}, TypeError, "max_input_bytes takes"),
     ({"max_nodes": None}, TypeError, "max_nodes takes"),
     ({"max_images": float("nan")}, ValueError, "max_images takes"),
     ({"max_block_chars": True}, TypeError, "max_block_chars takes"),
     ({"url_schemes": ("https", 443)}, TypeError, "url_schemes takes")],
)
def test_careless_fields_are_refused_at_construction(fields: dict[str, object], error: type, named: str) -> None:
    with pytest.raises(error, match=named):
        cqnews.ParseOptions(**fields)  # type: ignore[arg-type]


def test_scheme_names_are_case_insensitive_and_a_list_is_a_tuple() -> None:
    options = cqnews.ParseOptions(url_schemes=["HTTPS"])  # type: ignore[arg-type]
    assert options.url_schemes == ("https",)
    hash(options)
    article = cqnews.parse(PAGE, url="https://news.example/quay", options=options)
    assert article.url == "https://news.example/quay"
    assert not any("scheme" in warning for warning in article.extraction.warnings)


def test_numbers_as_a_user_writes_them_still_work() -> None:
    options = cqnews.ParseOptions(max_input_bytes=1e6, time_budget=5, max_images=0)
    assert cqnews.parse(PAGE, options=options).headline == "Quay opens"
