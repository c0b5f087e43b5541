"""How long a paragraph of running text is in scripts that write a sentence in fewer characters than Latin letters.

A Latin, Greek or Cyrillic paragraph of running text takes about 100 characters (a sentence of some 17 words): the
"no running text" warning (:mod:`cqnews.not_article`) reads so. The same sentence takes fewer characters in an abjad
(Arabic, Hebrew, Syriac, Thaana: short vowels unwritten, articles and prepositions joined to their word), in an
Indic abugida (a vowel sign joined to its consonant) and in the scripts of South-East Asia that write no space between
words (Thai, Lao, Khmer, Myanmar, which mark no sentence end either: a space ends a Thai sentence). Han, kana and
Hangul are weighed apart (a syllable a character). Made-up parallel sentences of a 101-character English one
("The mayor said on Tuesday that the new bridge over the river will open to cars and buses next spring.") took 86
characters in Hebrew, 92 in Hindi, about 100 in Arabic and Thai: the fewest characters below are those of about 85
Latin letters.
"""

from __future__ import annotations

import re

__all__ = ["PROSE_SCRIPTS", "PROSE_SENTENCE_ENDS"]

# The marks that end a sentence in the scripts below, beside ".!?" and the full-width ones: the Arabic question
# mark and full stop (؟ ۔), the danda and double danda (। ॥), the Myanmar and Ethiopic full stops (။ ።), the
# Armenian full stop (։).
PROSE_SENTENCE_ENDS = "؟۔।॥။።։"

# (the script's characters, marks and vowel signs included; the fewest characters of a paragraph of running text
# in it; whether such a paragraph must end a sentence with a mark), each read when the script writes most of the
# paragraph's first 200 characters.
PROSE_SCRIPTS: tuple[tuple[re.Pattern[str], int, bool], ...] = (
    (
        re.compile(
            "[\u0590-\u05ff\u0600-\u06ff\u0700-\u074f\u0750-\u077f\u0780-\u07bf\u08a0-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]+"
        ),
        80,
        True,
    ),
    (re.compile("[\u0900-\u0dff]+"), 85, True),
    (re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]+"), 85, False),
)
