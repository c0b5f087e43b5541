"""``language._script_counts`` counts ASCII letters on the bytes and the scripts in the non-ASCII characters alone:
the same counts as reading every character."""

from __future__ import annotations

import random

from cqnews.enrich import language


def _by_character(sample: str) -> tuple[int, int, int, int, int, int]:
    counts = {"han": 0, "kana": 0, "hangul": 0, "cyrillic": 0, "arabic": 0}
    latin = 0
    for char in sample:
        script = next((name for name, pattern in language._SCRIPTS.items() if pattern.fullmatch(char)), None)
        if script is not None:
            counts[script] += 1
        elif char.isalpha():
            latin += 1
    return counts["han"], counts["kana"], counts["hangul"], latin, counts["cyrillic"], counts["arabic"]


def test_made_up_samples() -> None:
    assert language._script_counts("The mayor said 42 buses “will run”.") == (0, 0, 0, 24, 0, 0)
    assert language._script_counts("市长表示，公交车将于周一恢复运行。") == (15, 0, 0, 0, 0, 0)
    assert language._script_counts("Der Bürgermeister: „Ja“ – Ἀθῆναι") == (0, 0, 0, 24, 0, 0)
    assert language._script_counts("") == (0, 0, 0, 0, 0, 0)


def test_random_mixed_samples_match_a_count_by_character() -> None:
    rng = random.Random(57)
    alphabet = "aZ 9.,\n_éßŁ“”—½²ǅ中文かなカナ한국Жжعربي\u0300\u200b\U0001d400\U00020000K"
    for _ in range(2000):
        sample = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert language._script_counts(sample) == _by_character(sample), repr(sample)
