"""Labels that introduce another article of the site, in the languages the library reads.

A paragraph set into a story that opens "Les også:", "Lesen Sie auch:", "Lire aussi :" or "(Leggi anche
su: …)" is a link to another story, not the story's text (:data:`READ_ALSO_LABELS`, each tried with the
label's colon after it at a block's first character).
"""

from __future__ import annotations

__all__ = ["EN_EDITORS_NOTE_LABELS", "EN_READ_NEXT_LABELS", "EN_STORY_ITSELF", "READ_ALSO_LABELS"]

READ_ALSO_LABELS: tuple[str, ...] = (
    # German
    r"lesen sie (?:auch|mehr|hier)", r"lies auch", r"mehr zum thema", r"auch interessant", r"weiterlesen",
    # French
    r"(?:à )?lire (?:aussi|également|la suite)", r"(?:à )?voir aussi", r"sur le même sujet",
    # Italian
    r"leggi anche(?: su)?", r"leggi pure", r"vedi anche", r"potrebbe interessarti(?: anche)?",
    # Spanish
    r"(?:lee|lea|leer) (?:también|más)", r"te puede interesar", r"le puede interesar", r"puede interesarte",
    # Portuguese
    r"leia (?:também|mais)", r"veja também", r"saiba mais",
    # Dutch
    r"lees (?:ook|meer)", r"zie ook",
    # Norwegian, Danish, Swedish
    r"les også", r"les mer", r"læs også", r"læs mere", r"läs också", r"läs mer",
    # Polish, Czech
    r"czytaj (?:także|też|również)", r"przeczytaj (?:także|też|również)", r"zobacz (?:także|też|również)",
    r"čtěte (?:také|též)",
    # Russian, Ukrainian
    r"читайте (?:также|тоже|також)",
)
"""How a paragraph that points to another story opens, lower case (a colon follows the label)."""

# English ones the body keeps ("READ NEXT: Governor says …", "READ ALSO: Police say …", "ALSO READ: …"): the
# headline of another story after them is no claim of this one (the quote finders skip such a block; Session 63).
EN_READ_NEXT_LABELS: tuple[str, ...] = (
    r"read (?:next|also|more)", r"also read", r"see also", r"must read", r"related(?: stories| articles| news)?",
    r"more from \w+", r"don'?t miss", r"recommended", r"trending",
)

# How a note of the paper about its own story opens, lower case, a colon after it ("EDITOR'S NOTE: …", "Correction:
# …"); and how such a note names the story itself ("This story has been updated …", "An earlier version of this
# article …"). What the note says of the story is the paper speaking, never the person a cue after it names
# ("…, her office said": Session 63).
EN_EDITORS_NOTE_LABELS: tuple[str, ...] = (
    r"editors?['’]?s?['’]? note", r"note to (?:readers|editors)", r"corrections?", r"clarification", r"updated?",
)
EN_STORY_ITSELF = (
    r"(?:this|the|an? (?:earlier|previous|prior|original) version of (?:this|the)) "
    r"(?:story|article|report|piece|post|headline|caption|photo|video)\b"
)
