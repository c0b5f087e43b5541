"""Endings of a place's genitive in a language that caps every noun (German): "Thüringens", "Deutschlands",
"Hamburgs", "Frankreichs", "Italiens", "Bayerns", "Sachsens". A word so ending before a surname
("Thüringens Voigt") is no given name, though many given names end in -s too ("Thomas", "Andreas", "Klaus",
"Jonas", "Nils"), which none of these endings takes. Read by :mod:`cqnews.enrich.quotes.latin_surnames`, which
first asks the article itself (a genitive's word without its -s written elsewhere: "Thüringen")."""

from __future__ import annotations

from types import MappingProxyType

PLACE_GENITIVE_ENDINGS = MappingProxyType(
    {
        "de": ("lands", "burgs", "reichs", "iens", "ingens", "erns", "sens", "stadts", "dorfs", "bergs"),
    }
)

# The genitive ending a short office word (under five letters: "мэр", "szef") takes in the Slavic tables, which read
# longer ones by their stem ("министра", "rzecznika"): "По словам мэра Олега Смирнова, …" names the mayor. The
# genitive only: a dative after a verb is whom it was told ("сказал мэру Олег Смирнов"), no role.
SHORT_TITLE_CASE_ENDINGS = MappingProxyType({"ru": ("а",), "uk": ("а",), "pl": ("a",), "cs": ("a",)})

# The vowel a Slavic office word drops before its case endings ("посол" → "посла", "poseł" → "posła", "marszałek"
# → "marszałka", Czech "posel" → "posla"): between two consonants before the word's last letter. Read with the
# genitive endings above.
FLEETING_VOWELS = MappingProxyType({"ru": "оеё", "uk": "оеі", "pl": "e", "cs": "e"})
# The letters that are no consonant around such a vowel: the vowels of the Latin (with Polish ą, ę, ó) and
# Cyrillic alphabets, and the soft and hard signs.
NOT_CONSONANTS = frozenset("aeiouyąęóаеёиоуыэюяіїєьъ")
