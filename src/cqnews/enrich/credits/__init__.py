"""Photo credits and bylines, split into typed :class:`~cqnews.models.Credit` objects.

One import point for the three modules that do the work:

* :mod:`cqnews.credit_text.photo`: :func:`split_photo_credit` takes a caption as written
  ("The opening ceremony of the forum. (iChongqing/Truman PENG)") and returns the caption without
  the credit and the credits; :func:`parse_photo_credit` parses a credit that the page marks
  separately ("Photo by David Kawai/Bloomberg", "Foto: dpa").
* :mod:`cqnews.enrich.credits.bylines`: :func:`parse_credit_line` parses article bylines and credit lines
  ("By Tan Yingzi in Chongqing", "Von A und B", "Editor: X", "本报记者 张三 李四", "责任编辑：王五")
  into credits with roles.
* :mod:`cqnews.credit_text.names`: :func:`normalize_person_name` fixes all-caps surnames
  ("Truman PENG" -> "Truman Peng").

Every function runs in time linear in its input: scans are single passes, regular expressions are
anchored or bounded (see :mod:`cqnews.credit_text.patterns`).
"""

from __future__ import annotations

from ...credit_text.names import looks_like_person, normalize_person_name
from ...credit_text.photo import credit_candidate, is_strong_credit, parse_photo_credit, split_photo_credit
from .authors import article_authors, authors_from_bylines, clean_author_names, credit_authors
from .bylines import credits_from_bylines, inline_bylines, parse_credit_line

__all__ = [
    "article_authors",
    "authors_from_bylines",
    "clean_author_names",
    "credit_authors",
    "credit_candidate",
    "credits_from_bylines",
    "inline_bylines",
    "is_strong_credit",
    "looks_like_person",
    "normalize_person_name",
    "parse_credit_line",
    "parse_photo_credit",
    "split_photo_credit",
]
