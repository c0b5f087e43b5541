"""Small words written in lower case inside the name of a newspaper or site ("Diario del Sureste",
"Corriere della Sera", "Gazeta do Povo", "The Times of India", "Le Courrier du Rhône").

The headline reader (:mod:`cqnews.extract.metadata`) takes a short segment at the end of a ``<title>``
whose other words are all capitalised for the site's name even with these words in it.
"""

from __future__ import annotations

__all__ = ["SITE_NAME_PARTICLES"]

SITE_NAME_PARTICLES: frozenset[str] = frozenset(
    """of the and
    de del della delle dello dei degli di da do dos das du des d' la le les el los
    y e et und van der den het voor am im für
    na w z""".split()
)
"""Lower-case words that may stand between the capitalised words of a site's name."""
