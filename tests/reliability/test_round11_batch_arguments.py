"""Round 11 of hostile input: ``parse_many`` and ``parse_response`` arguments written carelessly.

Before, ``parse_many(..., on_error="rasie")`` dropped every failed page without a word (only ``"raise"`` raised,
any other value skipped), ``jobs="2"`` failed at a comparison inside the pool, and ``options={"quotes": False}``
raised ``AttributeError`` from ``parse_many`` and ``parse_response``. Each is now refused, naming the argument,
when the iteration starts (``parse_many``) or at the call (``parse_response``).
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

import cqnews

PAGE = (
    "<html><head><title>Ferry timetable changes</title></head><body><article><h1>Ferry timetable changes</h1>"
    "<p>The island ferry will leave an hour earlier from next week, the operator said on Friday.</p>"
    "</article></body></html>"
)


@pytest.mark.parametrize(
    ("kwargs", "error", "named"),
    [({"on_error": "rasie"}, ValueError, "on_error takes"), ({"on_error": None}, ValueError, "on_error takes"),
     ({"jobs": "2"}, TypeError, "jobs takes"), ({"jobs": 1.5}, TypeError, "jobs takes"),
     ({"options": {"quotes": False}}, TypeError, "options takes")],
)
def test_parse_many_names_a_careless_argument(kwargs: dict[str, object], error: type, named: str) -> None:
    with pytest.raises(error, match=named):
        next(cqnews.parse_many([PAGE, b""], **kwargs))  # type: ignore[arg-type]


def test_parse_many_good_arguments_still_run() -> None:
    results = list(cqnews.parse_many([PAGE, b"   "], jobs=0, on_error="record"))
    assert [result.ok for result in results] == [True, False]


def test_parse_response_names_options_that_are_a_dict() -> None:
    response = SimpleNamespace(content=PAGE.encode(), url="https://ferry.example/timetable", headers={})
    with pytest.raises(TypeError, match="options takes"):
        cqnews.parse_response(response, options={"quotes": False})
    assert cqnews.parse_response(response).headline == "Ferry timetable changes"
