"""A cohort of birth before a noun of a person (90后女孩, 95后小伙: born in the nineties) describes the person, no
clause of time ending in 后 (临走后|女儿): it stays in the role after a demonstrative (这名, 该名).

Every sentence is made up; each expected mention is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import mentions


def test_a_cohort_after_a_demonstrative_stays() -> None:
    assert mentions("这名90后女孩说，她从来没有想过会在网上走红。") == ["90后女孩"]
    assert mentions("该名95后小伙表示，送外卖比坐办公室更自由。") == ["95后小伙"]
