"""The repeated-block check's tally: blocks with the same words always share it, so it may skip the others.

``repeats.tally`` counts a few letters in a block's raw text. A block whose words (lower-cased) are those of
another must have the same counts, whatever punctuation, spacing or case stands around them; only blocks
sharing their tally with another have their words read. ``repeated_blocks`` must answer what reading every
block's words answers.
"""

from __future__ import annotations

import random
import re
import sys

from cqnews.enrich.quotes.repeats import repeated_blocks, tally

_WORD = re.compile(r"[^\W_]+")
_COUNTED = {"e": "eE", "a": "aA", "о": "оО", "的": "的"}  # each letter and what the tally counts for it


def _words(text: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _WORD.findall(text))


def _long_way(texts: list[str]) -> set[int]:
    seen: set[tuple[str, ...]] = set()
    again: set[int] = set()
    for index, text in enumerate(texts):
        words = _words(text)
        if words in seen:
            again.add(index)
        elif len(words) >= 8:
            seen.add(words)
    return again


def test_only_the_counted_forms_lower_case_to_a_counted_letter() -> None:
    for letter, forms in _COUNTED.items():
        makers = {chr(c) for c in range(sys.maxunicode + 1) if letter in chr(c).lower()}
        assert makers == set(forms)
        assert all(_WORD.fullmatch(m) for m in makers)  # word characters: never between words


def test_same_words_same_tally_whatever_stands_between() -> None:
    pairs = [
        ("“We will listen,” Olsen said.", "we WILL listen -- olsen SAID"),
        ("ΟΔΟΣ.ΑΘΗΝΑ Σ e", "οδος αθηνα σ E"),  # final sigma: lower-casing the whole text differs
        ("Он сказал: «Это важно».", "ОН СКАЗАЛ ЭТО ВАЖНО"),
        ("他说：“这是我们的决定。”", "他说 这是我们的决定"),
        ("snake_case e_a", "snake case e a"),
    ]
    for one, other in pairs:
        assert _words(one) == _words(other)
        assert tally(one) == tally(other)


def test_repeated_blocks_as_reading_every_block() -> None:
    rng = random.Random(7)
    vocabulary = ["Olsen", "said", "the", "ferry", "ΟΔΟΣ", "Σ", "öl", "ÉTÉ", "он", "的", "会", "42", "a", "E"]
    separators = [" ", ", ", "“", "” ", " — ", ".", "_", "\u00a0", "'", "’"]
    for _ in range(300):
        blocks: list[str] = []
        for _ in range(rng.randint(1, 12)):
            if blocks and rng.random() < 0.3:
                words = _WORD.findall(rng.choice(blocks))  # the same words, new case and punctuation
            else:
                words = rng.choices(vocabulary, k=rng.randint(0, 12))
            cased = [w.upper() if rng.random() < 0.3 else w for w in words]
            blocks.append("".join(w + rng.choice(separators) for w in cased))
        assert repeated_blocks(blocks) == _long_way(blocks)
