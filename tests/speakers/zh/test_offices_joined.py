"""Two offices one person holds, joined by 兼 (董事局主席兼总裁张伟): 兼 is part of the title, no predicate, even when
the body's name before it reads as a person's (马丁集团: jieba tags 马丁 a transliterated name).

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_chairman_and_president_of_a_group_named_like_a_person() -> None:
    assert said("马丁集团董事局主席兼总裁张伟表示，公司将继续扩大投资。") == [("张伟", "马丁集团董事局主席兼总裁")]


def test_chairman_and_chief_executive() -> None:
    assert said("阿尔法集团董事长兼总裁刘建国表示，公司明年将在华东新建两座工厂。") == [
        ("刘建国", "阿尔法集团董事长兼总裁")
    ]
