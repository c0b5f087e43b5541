"""Credit patterns that open with a run of spaces (or of separators) must not retry the run from each of its
characters: on a long run of one class they did, in time growing with the square of the run (seconds on 20 KB).
Each is tried here as the code calls it, on 100 KB of the characters it used to stall on."""

from __future__ import annotations

import re
import time

import pytest

from cqnews.credit_text import photo_ko, photo_lead, photo_parse
from tests.cpu_bar import cpu_bar

_RUN = 100_000

_CASES = [
    (photo_parse._RIGHTS, " "),
    (photo_parse._RIGHTS, "-"),
    (photo_parse._ON_SITE, " "),
    (photo_parse._WIRE_NOTE, " "),
    (photo_parse._KIND_AFTER, " "),
    (photo_parse._PICTURE_COUNT, " "),
    (photo_ko._SUPPLIED, " "),
    (photo_lead._LEAD_BREAK, " "),
    (photo_lead._LEAD_SLASH, " "),
]


@pytest.mark.parametrize(("pattern", "char"), _CASES, ids=lambda v: getattr(v, "pattern", repr(v))[:30])
def test_long_run_is_linear(pattern: re.Pattern[str], char: str) -> None:
    text = "Foto: dpa" + char * _RUN + "x"
    started = time.process_time()
    found = [m.span() for m in pattern.finditer(text)]
    pattern.sub("", text)
    assert time.process_time() - started < cpu_bar(0.3)
    assert found == []


def test_matches_unchanged_on_ordinary_credits() -> None:
    """The lookbehind only stops retries inside a run: a match still starts where the run starts."""
    assert photo_parse._RIGHTS.sub("", "Foto: dpa - All rights reserved.") == "Foto: dpa"
    assert photo_parse._PICTURE_COUNT.sub("", "dpa  (2)") == "dpa"
    assert photo_parse._WIRE_NOTE.sub("", "dpa +++ Eilmeldung +++") == "dpa"
    assert photo_ko._SUPPLIED.sub("", "연합뉴스  제공") == "연합뉴스"
    found = photo_lead._LEAD_BREAK.search("Foto: dpa  |  Erst fiel der Turm.", 5)
    assert found is not None and found.span() == (9, 14)
    on_site = photo_parse._ON_SITE.search("Anna Roe  on  Instagram")
    assert on_site is not None and on_site.span() == (8, 14)
