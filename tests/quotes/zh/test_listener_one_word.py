"""The listener of 告诉 as one word, a pronoun or the writer, with the reported clause right after it and no mark
between (告诉她科室不保证有人): the clause starts past the listener, not at the next comma."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_a_pronoun_listener_with_no_comma_after_it() -> None:
    assert reported("王明告诉她科室不保证有人，健康证也办不了。", "zh") == ["科室不保证有人，健康证也办不了。"]
    assert reported("王明告诉记者这个项目已经停工三个月了。", "zh") == ["这个项目已经停工三个月了。"]

