"""Reporting words of Russian, Polish, Indonesian and the Scandinavian languages, one table per language.

Tables written from grammars and made-up sentences (no gold in these languages yet); like the languages of
:mod:`.quotes_latin`, only names are capitalised. Their verbs of saying are in :mod:`.speech_verbs_latin`.
"""

from __future__ import annotations

from .latin_table import LatinTable
from .latin_table import words as _words
from .speech_verbs_latin import (
    DANISH_CUES,
    INDONESIAN_CUES,
    NORWEGIAN_CUES,
    POLISH_CUES,
    RUSSIAN_CUES,
    SWEDISH_CUES,
)

RUSSIAN = LatinTable(
    language="ru",
    cues=RUSSIAN_CUES,
    sources_before=_words("по словам|по мнению|по данным|согласно"),
    sources_after=frozenset(),
    after_quote=frozenset(),
    determiners=frozenset(),
    pronouns={"он": "m", "она": "f", "они": None},
    titles=(
        "министр", "президент", "премьер", "глава", "губернатор", "мэр", "пресс-секретарь", "представитель",
        "директор", "председатель", "депутат", "посол", "генерал", "профессор", "эксперт", "аналитик",
        "спикер", "сенатор", "руководитель", "замминистра", "заместитель", "официальный",
        # diplomatic, judicial, police, church and sports offices
        "консул", "судья", "прокурор", "следователь", "начальник", "полковник", "епископ", "митрополит",
        "патриарх", "священник", "тренер", "капитан",
    ),
    that=_words("что"),
    inflected_titles=True,
    openers=_words(
        "это|но|и|однако|также|кроме|при|в|на|по|после|как|так|тогда|теперь|сейчас|ранее|позже"
        "|мой|моя|моё|мои|наш|наша|наше|наши|твой|твоя|ваш|ваша|свой|своя"  # possessives: "Мой девиз: «…»"
    ),
    particles=frozenset(),
    prepositions=_words("в|на|во|по|для|с|со|у|при|после|перед|о|об"),
)

POLISH = LatinTable(
    language="pl",
    cues=POLISH_CUES,
    sources_before=_words("według|zdaniem"),
    sources_after=frozenset(),
    after_quote=frozenset(),
    determiners=frozenset(),
    pronouns={"on": "m", "ona": "f", "oni": None},
    titles=(
        "premier", "prezydent", "minister", "ministra", "rzecznik", "rzeczniczka", "burmistrz", "prezes",
        "prezeska", "dyrektor", "dyrektorka", "poseł", "posłanka", "senator", "profesor", "prof.", "dr",
        "ekspert", "ekspertka", "szef", "szefowa", "wojewoda", "marszałek", "ambasador", "generał",
        # local, diplomatic, judicial, police, church and sports offices
        "wójt", "sołtys", "starosta", "radny", "radna", "konsul", "sędzia", "sędzina", "prokurator", "komendant",
        "komendantka", "biskup", "arcybiskup", "proboszcz", "trener", "trenerka", "kapitan",
    ),
    that=_words("że"),
    inflected_titles=True,
    openers=_words("to|ale|i|jednak|także|również|w|we|na|po|jak|tak|teraz|wcześniej|później|dlatego|natomiast"),
    particles=frozenset(),
    prepositions=_words("w|we|na|z|ze|do|dla|po|przy|podczas|o"),
)

INDONESIAN = LatinTable(
    language="id",
    cues=INDONESIAN_CUES,
    sources_before=_words("menurut"),
    sources_after=frozenset(),
    after_quote=frozenset(),
    determiners=frozenset(),
    pronouns={"ia": None, "dia": None, "mereka": None, "beliau": None},
    titles=(
        "presiden", "menteri", "gubernur", "bupati", "jubir", "kepala", "direktur", "ketua", "wakil", "kapolri",
        "kapolda", "kapolres", "kapolsek", "camat", "lurah", "profesor", "dr.", "pengamat", "ekonom", "walikota",
        "wali", "kota", "anggota", "juru",
    ),
    that=_words("bahwa"),
    openers=_words("ini|itu|namun|tetapi|dan|juga|sementara|di|pada|saat|kemudian|selain|sebelumnya|menurutnya"),
    particles=_words("bin|binti"),
    prepositions=_words("di|ke|dari|pada|dalam|kepada|untuk|saat"),
)


# Capitalised at a sentence start in Swedish, Norwegian or Danish, never a speaker ("Det", "Videre").
_SCANDINAVIAN_OPENERS = _words(
    "det|den|dette|detta|de|men|og|och|så|då|da|nå|nu|videre|vidare|samtidig|samtidigt|likevel|ändå|"
    "alligevel|derfor|därför|også|också|i|på|etter|efter|før|före|under|her|här|der|där|han|hun|hon"
)


def _scandinavian(
    language: str, cues: frozenset[str], source: str, pronouns: dict[str, str | None], titles: str
) -> LatinTable:
    """Swedish, Norwegian and Danish differ in their words, not in how they report speech."""
    return LatinTable(
        language=language,
        cues=cues,
        sources_before=_words(source),
        sources_after=frozenset(),
        after_quote=frozenset(),
        determiners=_words("den|det|en|ett|et|ei"),
        pronouns=pronouns,
        titles=tuple(titles.split("|")),
        that=_words("att|at"),
        particles=_words("von|af|de"),
        prepositions=_words("i|på|til|till|för|for|med|ved|vid|under|efter|etter|fra|från"),
        dash_quotes=True,
        inflected_titles=True,  # definite forms: "statsministern", "kommunalrådet"
        openers=_SCANDINAVIAN_OPENERS,
    )


SWEDISH = _scandinavian(
    "sv",
    SWEDISH_CUES,
    "enligt",
    {"han": "m", "hon": "f", "de": None},
    "statsminister|minister|talesperson|pressekreterare|chef|vd|ordförande|professor|borgmästare|"
    "kommunalråd|expert|analytiker|ledare",
)
NORWEGIAN = _scandinavian(
    "no",
    NORWEGIAN_CUES,
    "ifølge",
    {"han": "m", "hun": "f", "de": None},
    "statsminister|minister|statsråd|talsperson|pressetalsperson|leder|sjef|direktør|ordfører|professor|"
    "ekspert|analytiker|kommentator|journalist|forsker|talsmann",
)
DANISH = _scandinavian(
    "da",
    DANISH_CUES,
    "ifølge",
    {"han": "m", "hun": "f", "de": None},
    "statsminister|minister|talsperson|pressechef|direktør|formand|borgmester|professor|ekspert|analytiker|"
    "chef|leder",
)
