"""A given name whose gender differs between languages is read in the article's language: "Jean" is a man in
French, "Andrea" in Italian, where the English table has women. A pronoun of that sex may stand for them, one of
the other sex may not. Made-up paragraphs; speakers read off them."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers_in


@pytest.mark.parametrize(
    ("language", "intro", "quote", "name"),
    [
        ("fr", "Jean Morel est arrivé tôt sur place.", "« Nous restons très inquiets », a-t-il ajouté.", "Jean Morel"),
        ("fr", "Jean Morel est arrivé tôt sur place.", "« Nous restons très inquiets », a-t-elle ajouté.", None),
        ("it", "Andrea Conti è arrivato presto.", "“Siamo molto preoccupati”, ha detto lui più tardi.", "Andrea Conti"),
    ],
)
def test_pronoun_follows_the_languages_given_name(language: str, intro: str, quote: str, name: str | None) -> None:
    assert speakers_in(intro, quote, language=language) == [name]
