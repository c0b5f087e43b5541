"""Who was told, opened by more than one word: French "auprès de" ("« … », a réagi auprès de l'AFP le maire"), read
by :func:`.latin_phrases.past_listener` as "à" alone is ("a déclaré à l'AFP le maire")."""

from __future__ import annotations

from ...lexicon.quotes_latin import LISTENER_LEADS

__all__ = ["listener_lead"]

_LEAD_WORDS = 2  # "auprès de"


def listener_lead(words: list[tuple[str, int]]) -> bool:
    """Do ``words`` open with a lead of who was told ("auprès de", "auprès du")? The word after it then stands where
    a listener word does."""
    return " ".join(w.lower() for w, _ in words[:_LEAD_WORDS]) in LISTENER_LEADS
