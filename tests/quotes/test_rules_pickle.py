"""The quote rules pickle (to hand them to a worker process): the English and Chinese ones hold module functions and
partials, no lambdas; those of the languages read from a table (whose mapping proxies do not pickle) pickle as
their maker and language, and unpickle as the cached rules of that language (Session 64)."""

from __future__ import annotations

import pickle

import pytest

from cqnews.enrich.quotes.rules import CHINESE, ENGLISH, ScriptRules, latin_rules, topic_rules


@pytest.mark.parametrize("rules", [ENGLISH, CHINESE])
def test_rules_pickle(rules: ScriptRules) -> None:
    copy = pickle.loads(pickle.dumps(rules))  # (a lambda in a field raises PicklingError here)
    text = "Officials denied allegations that the vote was rigged."
    assert copy.reports_without_cue(text) == rules.reports_without_cue(text)


@pytest.mark.parametrize("language", ["de", "fr", "es", "it", "pt", "nl", "pl", "ru", "sv", "no", "da", "id", ""])
def test_table_rules_pickle(language: str) -> None:
    rules = latin_rules(language)
    assert pickle.loads(pickle.dumps(rules)) is rules


@pytest.mark.parametrize("language", ["ja", "ko", "tr"])
def test_topic_rules_pickle(language: str) -> None:
    rules = topic_rules(language)
    assert pickle.loads(pickle.dumps(rules)) is rules
