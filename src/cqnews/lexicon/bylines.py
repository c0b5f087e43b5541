"""Byline words kept apart from :mod:`cqnews.lexicon.credits`: the genre labels written before "by".

A byline can start with the kind of piece: "Kommentar von Jan Sellner", "Analysis by Jane Doe",
"Une analyse par Jean Dupont", "Opinión por Ana Gómez". :mod:`cqnews.enrich.credits.bylines` drops
such a label (with an article before it: "Ein Kommentar von") so the names after "by" are read.
Lower-case words, compared with ``word.casefold()``.
"""

from __future__ import annotations

__all__ = ["BYLINE_GENRE_ARTICLES", "BYLINE_GENRE_WORDS"]

BYLINE_GENRE_WORDS: frozenset[str] = frozenset(
    (
        # English
        "analysis", "commentary", "opinion", "column", "review", "essay", "interview", "editorial", "report",
        # German
        "kommentar", "analyse", "kolumne", "gastbeitrag", "gastkommentar", "essay", "reportage", "rezension",
        "kritik", "glosse", "leitartikel", "meinung", "bericht", "porträt",
        # French
        "chronique", "tribune", "éditorial", "entretien", "critique", "reportage",
        # Spanish, Italian, Portuguese
        "opinión", "análisis", "crónica", "columna", "tribuna", "entrevista", "reportaje",
        "commento", "analisi", "intervista", "editoriale", "opinião", "crónica", "coluna",
        # Dutch, Scandinavian
        "commentaar", "column", "analys", "krönika", "kronikk", "kommentaar", "anmeldelse", "recension",
    )
)
# Articles that may stand before the genre word: "Ein Kommentar von", "Une analyse par", "An analysis by".
BYLINE_GENRE_ARTICLES: frozenset[str] = frozenset(
    ("a", "an", "the", "ein", "eine", "une", "un", "el", "la", "il", "lo", "um", "uma", "een", "en", "ett")
)
