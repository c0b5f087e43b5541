"""Time find_quotes on adversarial 5 MB paragraphs (quote marks, commas, cue words); must stay linear.

    python benchmarks/quotes_adversarial.py [--mb 5]
"""

from __future__ import annotations

import argparse
import time

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block

PATTERNS: dict[str, tuple[str, str]] = {
    "curly marks and commas": ("“,", "en"),
    "straight marks and commas": ('",', "en"),
    "mixed marks": ("“”‘’\",「」『』, ", "en"),
    "unclosed openers and words": ("“a said, ", "en"),
    "closed short quotes": ("“a,” he said. ", "en"),
    "chinese marks and cues": ("“，”王凯说，", "zh"),
    "cues without full stops": ("Smith said that a, ", "en"),
    "unattributed sentences": ("“One two three four five six seven.” ", "en"),
    "chinese cue clauses": ("王凯说，河南", "zh"),
    "names and pronouns": ("Zhang Li said he, Zhang said she, ", "en"),
    "weak cues with that": ("A review found that a, ", "en"),
    "german cues, dass, konjunktiv": (
        "„Wir bauen auf“, sagte Anna Berg: „Gut.“ Die Lage sei ernst, so Berg. Laut Tom Hale, dass es sei. ",
        "de",
    ),
    "german marks and commas": ("„,“»,«", "de"),
    "french inversions and selon": ("« Oui », a déclaré Anna Berg. Selon Tom Hale, non, explique-t-il. ", "fr"),
    "marks only (polish)": ("„a b c d e f”, powiedziała Berg. ", "pl"),
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=5.0)
    args = parser.parse_args()
    size = int(args.mb * 1_000_000)
    for name, (unit, lang) in PATTERNS.items():
        text = (unit * (size // len(unit) + 1))[:size]
        t0 = time.perf_counter()
        quotes = find_quotes([Block(text=text)], lang)
        print(f"{name:28s} {len(text) / 1e6:4.1f} MB  {time.perf_counter() - t0:6.2f} s  {len(quotes)} quotes")


if __name__ == "__main__":
    main()
