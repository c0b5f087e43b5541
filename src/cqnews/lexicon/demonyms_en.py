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

# Nouns for a player of a national side, by the side's name (one or two words, singular, capitalised before a name:
# "Former All Black Sonny Bill Williams", "Socceroo Tim Cahill", "ex-Super Eagle Ahmed Musa"): the person's role, no
# part of the name after it.
SIDE_MEMBER_NOUNS: frozenset[str] = frozenset(
    """all-black black-fern wallaby wallaroo springbok socceroo matilda black-star super-eagle super-falcon
    harambee-star bafana-bafana banyana-banyana black-cap white-fern silver-fern kangaroo jillaroo lion lioness
    black-stick""".split()
)
# Adjectives of time before a role opening a name's run ("Former Socceroo Tim Cahill", "Retired Springbok John
# Smit"): the words after them up to the name describe the person too.
ROLE_TIME_ADJECTIVES: frozenset[str] = frozenset("former ex retired late then onetime one-time erstwhile".split())
