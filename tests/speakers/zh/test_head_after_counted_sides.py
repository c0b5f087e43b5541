"""A head noun jieba tags a time word (元首/t) after counted countries or sides (两国|元首) is who speaks, no time
between the speaker and the cue: the role keeps it. A true time word there (今天, 周一) still goes."""

from tests.quote_helpers import mentions


def test_the_heads_of_two_states() -> None:
    assert mentions("两国元首指出，双方应加强合作。") == ["两国元首"]


def test_the_heads_of_two_states_at_a_place() -> None:
    assert mentions("两国元首在会谈中指出，双方应加强合作。") == ["两国元首"]


def test_a_day_after_the_counted_countries_goes() -> None:
    assert mentions("两国今天表示，将继续保持沟通。") == ["两国"]


def test_a_title_after_the_counted_countries_as_before() -> None:
    assert mentions("两国外长表示，将继续保持沟通。") == ["两国外长"]
