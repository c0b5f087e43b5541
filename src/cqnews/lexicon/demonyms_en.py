"""English adjectives and nouns of a place's people, written by hand (the place names they are read against are
the generated lexicon.places_en.PLACES)."""

# How the adjective of a place is made from its name in PLACES: ending -> what replaces it ("american" ->
# "america", "brazilian" -> "brazil", "canadian" -> "canada", "mexican" -> "mexico", "afghan" -> "afghanistan",
# "japanese" -> "japan", "chinese" -> "china", "israeli" -> "israel", "german" -> "germany").
DEMONYM_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ian", ("", "a", "y")),
    ("an", ("a", "o", "anistan")),
    ("ese", ("", "a")),
    ("i", ("",)),
    ("", ("y",)),
)

# Nouns for a person of a place that no ending of DEMONYM_ENDINGS makes ("the Spaniard said", "the Frenchman told
# reporters"), with the sex the noun gives (None: either). "the Brazilian", "the Australian" are read by the endings.
DEMONYM_PERSON_NOUNS: dict[str, str | None] = {
    "spaniard": None,
    "serb": None,
    "croat": None,
    "swede": None,
    "dane": None,
    "pole": None,
    "finn": None,
    "scot": None,
    "turk": None,
    "brit": None,
    "argentine": None,
    "norwegian": None,
    "portuguese": None,
    "swiss": None,
    "kiwi": None,
    "frenchman": "m",
    "frenchwoman": "f",
    "englishman": "m",
    "englishwoman": "f",
    "welshman": "m",
    "welshwoman": "f",
    "irishman": "m",
    "irishwoman": "f",
    "scotsman": "m",
    "scotswoman": "f",
    "dutchman": "m",
    "dutchwoman": "f",
}
