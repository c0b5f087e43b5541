"""Chinese plural pronouns: a 他们/她们 stands for many people, never for the one person named before it.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_they_is_not_the_one_person_named_before() -> None:
    # 王明 is one man; 他们 are several people the article does not name.
    assert said("王明介绍了拆迁的情况。他们说：“我们不想搬。”") == [(None, None)]
    assert said("李华谈到了工厂的情况。她们表示：“我们每天工作十二个小时。”") == [(None, None)]

