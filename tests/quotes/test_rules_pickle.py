"""The English and Chinese quote rules hold module functions and partials, no lambdas: they pickle (the Latin-script
rules hold their table's mapping proxies and do not yet; nothing hands rules to a worker today)."""

from __future__ import annotations

import pickle

import pytest

from cqnews.enrich.quotes.rules import CHINESE, ENGLISH, ScriptRules


@pytest.mark.parametrize("rules", [ENGLISH, CHINESE])
def test_rules_pickle(rules: ScriptRules) -> None:
    copy = pickle.loads(pickle.dumps(rules))  # (a lambda in a field raises PicklingError here)
    text = "Officials denied allegations that the vote was rigged."
    assert copy.reports_without_cue(text) == rules.reports_without_cue(text)
