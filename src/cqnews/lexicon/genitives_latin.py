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

# How an office word of the -а declension ends in the genitive in the Slavic tables, as (nominative ending, genitive
# ending): "глава" → "главы", "судья" → "судьи", "wojewoda" → "wojewody", "starosta" → "starosty", Czech "hejtmanka"
# → "hejtmanky" (Session 64: before, "По словам главы МИД Франции Жана Дюпона, …" found no speaker, and no quote).
# The genitive only, as above.
OFFICE_A_GENITIVES = MappingProxyType(
    {
        "ru": (("а", "ы"), ("а", "и"), ("я", "и")),
        "uk": (("а", "и"), ("а", "і"), ("я", "і")),
        "pl": (("a", "y"), ("a", "i")),
        "cs": (("a", "y"), ("a", "i")),
    }
)

# The vowel a Slavic office word drops before its case endings ("посол" → "посла", "poseł" → "posła", "marszałek"
# → "marszałka", Czech "posel" → "posla"): between two consonants before the word's last letter. Read with the
# genitive endings above.
FLEETING_VOWELS = MappingProxyType({"ru": "оеё", "uk": "оеі", "pl": "e", "cs": "e"})
# The letters that are no consonant around such a vowel: the vowels of the Latin (with Polish ą, ę, ó) and
# Cyrillic alphabets, and the soft and hard signs.
NOT_CONSONANTS = frozenset("aeiouyąęóаеёиоуыэюяіїєьъ")

# How a place's name of one word (:data:`cqnews.lexicon.places_slavic.PLACES_SLAVIC`, in the nominative) ends in the
# genitive in the Slavic tables, as (nominative ending, genitive ending): "Россия" → "России", "Москва" → "Москвы",
# "Китай" → "Китая", "Francja" → "Francji", "Polska" → "Polski", "Izrael" → "Izraela"/"Iranu", "Niemcy" →
# "Niemiec", "Rusko" → "Ruska", "Praha" → "Prahy". A name that takes no ending ("США", "Peru") is read as written.
# What an office's complement is written in before its holder's name ("посол России Иван Петров": the role "посол
# России", the name "Иван Петров"), read by :mod:`cqnews.enrich.quotes.latin_phrases`.
PLACE_GENITIVES_SLAVIC = MappingProxyType(
    {
        "ru": (("ия", "ии"), ("а", "ы"), ("а", "и"), ("я", "и"), ("", "а"), ("й", "я"), ("ь", "я"), ("ь", "и")),
        "uk": (("ія", "ії"), ("а", "и"), ("а", "і"), ("я", "і"), ("", "у"), ("", "а"), ("й", "ю"), ("ь", "ю")),
        "pl": (
            ("ja", "ji"),
            ("ia", "ii"),
            ("ska", "ski"),
            ("a", "y"),
            ("a", "i"),
            ("", "a"),
            ("", "u"),
            ("y", ""),
            ("cy", "iec"),
            ("ów", "owa"),
        ),
        "cs": (("o", "a"), ("a", "y"), ("a", "i"), ("", "a"), ("", "u"), ("e", "e")),
    }
)

# Stems of the adjectives of direction and of "new" that open a place's name of two words in the Slavic tables
# ("Южной Кореи", "Северной Македонии", "Новой Зеландии", "Południowej Afryki", "Nowej Zelandii"), with any ending:
# the adjective and the capitalised noun after it are an office's complement before its holder's name ("посол Южной
# Кореи Ким Мин Су": the role "посол Южной Кореи", the name "Ким Мин Су"; before, the name "Южной Кореи Ким Мин Су").
# Read by :mod:`cqnews.enrich.quotes.latin_titles` (Session 64).
PLACE_ADJECTIVE_STEMS_SLAVIC = MappingProxyType(
    {
        "ru": ("южн", "северн", "западн", "восточн", "нов", "центральн"),
        "uk": ("південн", "північн", "західн", "східн", "нов", "центральн"),
        "pl": ("południow", "północn", "zachodni", "wschodni", "now", "środkow"),
        "cs": ("jižní", "severní", "západní", "východní", "nov", "střední"),
    }
)

# How a given name of :mod:`cqnews.lexicon.given_names_europe` ends in the genitive in Russian and Polish, as
# (genitive ending, nominative ending), the name folded as that table spells it: "Ивана" → "иван", "Анны" → "анна",
# "Андрея" → "андреи", "Натальи" → "наталья", "Игоря" → "игорь"; "Jana" → "jan", "Anny" → "anna", "Marii" → "maria",
# "Pawła" → "paweł", "Marka" → "marek". Read after an office in the genitive and a place the tables lack ("По словам
# главы Минфина Ивана Петрова, …": the role "главы Минфина"). Session 64.
GIVEN_NAME_GENITIVES = MappingProxyType(
    {
        "ru": (("а", ""), ("ы", "а"), ("я", "и"), ("я", "ь"), ("и", "я"), ("и", "а")),
        "pl": (("a", ""), ("y", "a"), ("ii", "ia"), ("i", "a"), ("ła", "eł"), ("ka", "ek")),
    }
)

# Languages whose names take the genitive "-s" before a lower-case office ("Sveriges statsminister Ulf Lindqvist",
# "Norges statsminister …", "Danmarks statsminister …", "Oslos ordfører …"): the owner is part of the role, not
# the speaker's name. (German capitalises its offices: read by its own rule, "Luxemburgs Außenminister …".)
OWNER_GENITIVE_S_LANGUAGES = frozenset({"sv", "no", "da"})

# Endings of an adjective of place capitalised before a noun of a region in lower case in the Slavic tables ("Омской
# области", "Jihomoravského kraje", "Львівської області"): with that noun, the complement of an office before its
# holder's name ("губернатора Омской области Виталия Кравченко"; before, the name "Омской"). Only before such a noun
# (:data:`REGION_NOUNS`): Slavic surnames end so too ("сказал министр Жуковский журналистам …").
REGION_ADJECTIVE_ENDINGS = MappingProxyType(
    {
        "ru": ("ской", "ского", "ский", "ская", "цкой", "цкого", "цкий", "цкая"),
        "uk": ("ської", "ського", "ський", "ська", "цької", "цького", "цький", "цька"),
        "pl": ("skiego", "skiej", "ski", "ska", "ckiego", "ckiej", "cki", "cka"),
        "cs": ("ského", "ské", "ský", "cký", "ckého", "cké"),
    }
)

# Nouns of a region or a district after its adjective (in the genitive and the nominative), read with the endings
# above; "автономного" in "Ханты-Мансийского автономного округа" is stepped over as a lower-case word before one.
REGION_NOUNS = MappingProxyType(
    {
        "ru": frozenset(("области", "область", "края", "край", "района", "район", "округа", "округ", "республики")),
        "uk": frozenset(("області", "область", "району", "район", "краю", "край", "громади", "громада")),
        "pl": frozenset(("województwa", "województwo", "powiatu", "powiat", "gminy", "gmina")),
        "cs": frozenset(("kraje", "kraj", "okresu", "okres", "obce", "obec")),
    }
)

# Words before a body's own name in quote marks in Russian and Ukrainian ("ООО «Ромашка»", "АО «Северсталь»",
# "компании «Ромашка»", "ТОВ «Зоря»", "клубу «Карпати»"): the legal forms in capitals, read whole, and the stems of
# the nouns of a body, read with any case ending. The quoted words after them are the body's name, no speech, and
# with the noun the complement of an office before its holder's name ("директор ООО «Ромашка» Иван Сидоров": the
# role "директор ООО «Ромашка»", the name "Иван Сидоров"; before, the name "ООО" and a quote «Ромашка»). Session 64.
QUOTED_NAME_FORMS = MappingProxyType(
    {
        "ru": frozenset(("ооо", "оао", "зао", "пао", "ао", "нао", "ано", "нко", "гуп", "фгуп", "муп", "ип")),
        "uk": frozenset(("тов", "пат", "прат", "ват", "зат", "ат", "кп", "дп", "фоп")),
    }
)
QUOTED_NAME_NOUN_STEMS = MappingProxyType(
    {
        "ru": (
            "компани", "фирм", "завод", "холдинг", "концерн", "корпораци", "предприяти", "фонд", "парти",
            "движени", "клуб", "ассоциаци", "объединени", "союз", "театр", "агентств", "издательств",
        ),
        "uk": (
            "компані", "фірм", "завод", "холдинг", "концерн", "корпораці", "підприємств", "фонд", "парті",
            "рух", "клуб", "асоціаці", "об'єднанн", "спілк", "театр", "агенці", "видавництв",
        ),
    }
)
