"""parse_many and ``cqnews parse --timeout``: an infinite limit is no limit, NaN or a limit not over 0 is refused.

``--timeout inf`` ended the command with ``OverflowError`` from ``selectors`` (``math.ceil(inf)``) once a worker was
busy; ``--timeout nan`` was accepted and never expired.
"""

from __future__ import annotations

import math

import pytest

from cqnews.batch import parse_many
from cqnews.cli import main
from tests.paths import DATA

PAGE = DATA / "generic_news.html"


def test_an_infinite_limit_is_no_limit() -> None:
    result, = parse_many([PAGE], jobs=1, timeout=math.inf)
    assert result.ok


@pytest.mark.parametrize("timeout", [math.nan, 0.0, -1.0])
def test_a_limit_that_is_no_number_of_seconds_is_a_value_error(timeout: float) -> None:
    with pytest.raises(ValueError, match="timeout must be a positive number of seconds"):
        next(parse_many([PAGE], jobs=1, timeout=timeout))


def test_cli_timeout_inf_runs(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(PAGE), str(PAGE), "--jobs", "1", "--timeout", "inf", "--no-progress"]) == 0
    assert capsys.readouterr().out.count('"headline"') == 2


def test_cli_timeout_nan_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(PAGE), "--timeout", "nan"]) == 2
    assert "--timeout not negative" in capsys.readouterr().err
