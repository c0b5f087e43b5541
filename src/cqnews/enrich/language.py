"""The article's language as an ISO 639-1 code.

The page's declaration is used when the text's script agrees with it; otherwise langdetect runs
on a sample of the body with a fixed seed, so the same input always gives the same answer.
Han text without kana or hangul is Chinese without asking langdetect.

Below about ten words of alphabetic text no detector is reliable ("Breaking news" reads as
Tagalog, "garbage" as Indonesian): such a text gets the page's declared language, or None.
"""

from __future__ import annotations

import re
import threading

from ..lexicon.function_words import FUNCTION_WORDS

__all__ = ["detect_language", "load_profiles", "normalize_language"]

_SAMPLE_CHARS = 3000
# Letters of alphabetic script below which the text is not asked about: langdetect's guesses on
# a headline or a two-word line are noise.
_MIN_DETECT_LETTERS = 60
_lock = threading.Lock()
_ready = False

# Scripts a declaration must agree with: code -> predicate over script counts.
_CJK_LANGS = frozenset({"zh", "ja", "ko"})


def normalize_language(value: str | None) -> str | None:
    """``"zh-CN"`` → ``"zh"``, ``"en_US"`` → ``"en"``; None for empty or malformed values."""
    if not value:
        return None
    code = value.strip().replace("_", "-").split("-")[0].lower()
    return code if 2 <= len(code) <= 3 and code.isalpha() else None


def detect_language(text: str, declared: str | None = None) -> str | None:
    """Return the language of ``text``; ``declared`` is trusted when the script agrees."""
    sample = _sample(text)
    han, kana, hangul, latin, cyrillic, arabic = _script_counts(sample)
    letters = han + kana + hangul + latin + cyrillic + arabic
    declared_code = normalize_language(declared)
    if not letters:
        return declared_code
    by_script = _cjk_by_script(han, kana, hangul, letters)
    if by_script is not None:
        return by_script
    if declared_code and declared_code not in _CJK_LANGS and (latin + cyrillic + arabic) > 0.5 * letters:
        if declared_code != "en" or latin > 0.8 * letters:
            return _unless_not_english(sample, declared_code)
    if letters < _MIN_DETECT_LETTERS:
        return declared_code
    if _reads_as_english(sample):
        return "en"
    return _langdetect(sample) or declared_code


# A run of 64 characters or more of Latin script (ASCII and the Latin supplements) without a blank: no word of a
# language written with blanks (a hash, a base64 blob, a token pasted into the text; Chinese, Japanese and Thai
# write whole sentences without one, in other blocks). Left out of the sample: 5,000 letters of "aAaA…" before two
# sentences read as Somali (Session 62).
_LONG_TOKEN = re.compile("[!-~\u00a1-\u024f]{64,}")


def _sample(text: str) -> str:
    """The first :data:`_SAMPLE_CHARS` characters of ``text`` that are not in a run of ``_LONG_TOKEN`` (read in a
    window four times as long: a page that opens with a longer run has no words to tell)."""
    sample = text[:_SAMPLE_CHARS]
    if _LONG_TOKEN.search(sample) is None:
        return sample
    return _LONG_TOKEN.sub(" ", text[: 4 * _SAMPLE_CHARS])[:_SAMPLE_CHARS]


def _cjk_by_script(han: int, kana: int, hangul: int, letters: int) -> str | None:
    """Japanese, Korean or Chinese when kana, hangul or Han characters are that share of the sample's ``letters``
    (kana first: Japanese is written with Han characters too); None for other text."""
    if kana > 0.05 * letters:
        return "ja"
    if hangul > 0.2 * letters:
        return "ko"
    if han > 0.3 * letters:
        return "zh"
    return None


# English function words that are not common words of other Latin-script languages ("in", "is",
# "to", "a" are left out: German, Dutch, Polish, Spanish use them too).
_ENGLISH_WORDS = frozenset(
    "the and of that for with was were are this from by have has it he she they said which would".split()
)
_LATIN_WORD = re.compile(r"[a-z]+")
_MIN_WORDS = 40
_ENGLISH_SHARE = 0.12


def _unless_not_english(sample: str, declared: str) -> str:
    """``declared``, unless it is "en" (many templates' default) for prose that is another language beyond
    doubt: next to no English function words, and the language langdetect names fills the text with its own
    function words too. (A list of scores has few function words of any language: it keeps its "en".)"""
    if declared != "en" or not _not_english(sample):
        return declared
    found = _langdetect(sample)
    words = FUNCTION_WORDS.get(found or "")
    sample_words = _LATIN_WORD.findall(sample.lower())
    if found and words and sum(word in words for word in sample_words) >= _CONFIRMED_SHARE * len(sample_words):
        return found
    return declared


_CONFIRMED_SHARE = 0.1  # (news prose: a fifth to a third of its words are such words)


def _not_english(sample: str) -> bool:
    """Prose long enough to tell in which English's commonest function words are next to absent (a German
    or Spanish article on a page whose template declares ``lang="en"``)."""
    words = _LATIN_WORD.findall(sample.lower())
    return len(words) >= _MIN_WORDS and sum(map(_ENGLISH_WORDS.__contains__, words)) < _NOT_ENGLISH_SHARE * len(words)


_NOT_ENGLISH_SHARE = 0.03


def _reads_as_english(sample: str) -> bool:
    """English prose without asking langdetect (about 10 ms a page): its commonest function words
    make up over an eighth of the words (about a fifth in news text, next to none in other languages)."""
    words = _LATIN_WORD.findall(sample.lower())
    if len(words) < _MIN_WORDS:
        return False
    return sum(map(_ENGLISH_WORDS.__contains__, words)) > _ENGLISH_SHARE * len(words)


_SCRIPTS = {
    "han": re.compile("[\u4e00-\u9fff\u3400-\u4dbf]+"),
    "kana": re.compile("[\u3040-\u30ff]+"),
    "hangul": re.compile("[\uac00-\ud7af]+"),
    "cyrillic": re.compile("[\u0400-\u04ff]+"),
    "arabic": re.compile("[\u0600-\u06ff]+"),
}
_ANY_SCRIPT = re.compile("[\u4e00-\u9fff\u3400-\u4dbf\u3040-\u30ff\uac00-\ud7af\u0400-\u04ff\u0600-\u06ff]+")


def _script_counts(sample: str) -> tuple[int, int, int, int, int, int]:
    """Characters of each script block (han, kana, hangul, cyrillic, arabic), and the other letters as latin.
    Counted in C: the ASCII letters by deleting the other bytes of the sample's ASCII characters, the scripts and
    the other letters (``str.isalpha``) in the non-ASCII characters alone, which every script block is made of
    (``str.isalpha`` over a whole page's sample cost about 0.05 ms, a loop in Python about 0.7 ms).
    """
    ascii_bytes = sample.encode("ascii", "ignore")
    latin = len(ascii_bytes.translate(None, _ASCII_NOT_ALPHA))
    if len(ascii_bytes) == len(sample):
        return 0, 0, 0, latin, 0, 0
    wide = "".join(_NOT_ASCII_RUN.findall(sample))
    rest = _ANY_SCRIPT.sub("", wide)
    latin += sum(map(str.isalpha, rest))
    if len(rest) == len(wide):
        return 0, 0, 0, latin, 0, 0
    size = len(wide)
    han, kana, hangul, cyrillic, arabic = (size - len(pattern.sub("", wide)) for pattern in _SCRIPTS.values())
    return han, kana, hangul, latin, cyrillic, arabic


_NOT_ASCII_RUN = re.compile("[^\x00-\x7f]+")
_ASCII_NOT_ALPHA = bytes(code for code in range(128) if not chr(code).isalpha())  # (all but A-Z and a-z)


def _langdetect(sample: str) -> str | None:
    _ensure_factory()
    from langdetect import LangDetectException, detect_langs  # imported with the profiles (see below)

    try:
        found = detect_langs(sample)
    except LangDetectException:
        return None
    if not found:
        return None
    return normalize_language(found[0].lang)


def load_profiles() -> None:
    """Load langdetect's language profiles now (about 0.25 s, once per process).

    They otherwise load from disk during the first parse whose language the script and the
    page's declaration do not settle. Call this before forking worker processes, or when no
    parse may read files.
    """
    _ensure_factory()


def _ensure_factory() -> None:
    global _ready
    if _ready:
        return
    with _lock:
        if not _ready:
            # langdetect is imported here, on first use: most pages are settled by their script alone.
            from langdetect import DetectorFactory
            from langdetect.detector_factory import init_factory

            DetectorFactory.seed = 0
            init_factory()
            _ready = True
