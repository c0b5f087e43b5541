"""An ASCII class string is looked for caption words in its lowered form without IGNORECASE
(``image_caption_elements._caption_class_hint``): the same verdict as the case-blind search."""

from __future__ import annotations

import random
import string

from cqnews.extract import image_caption_elements as ice


def test_the_hint_words_are_lowercase_ascii() -> None:
    assert all(word.isascii() and word == word.lower() for word in ice._CAPTION_HINT_WORDS)


def test_ascii_class_strings_get_the_case_blind_verdict() -> None:
    rng = random.Random(57)
    pieces = [*ice._CAPTION_HINT_WORDS, "wrap", "col-md-8", "article", "Fig", "IMG", "-", "_", " "]
    for _ in range(3000):
        parts = [rng.choice(pieces) for _ in range(rng.randint(0, 4))]
        value = "".join(p.upper() if rng.random() < 0.3 else p for p in parts)
        value += "".join(rng.choice(string.ascii_letters + "-_ ") for _ in range(rng.randint(0, 6)))
        ice._caption_class_hint.cache_clear()
        assert ice._caption_class_hint(value) == (ice._CAPTION_CLASS_HINT.search(value) is not None), value


def test_class_strings_with_and_without_caption_words() -> None:
    ice._caption_class_hint.cache_clear()
    assert ice._caption_class_hint("article__Caption-Text")
    assert ice._caption_class_hint("FOTOQUELLE")
    assert not ice._caption_class_hint("col-md-8 main-area")
    assert ice._caption_class_hint("légende-BILDTEXT")  # (not ASCII: the case-blind search)
