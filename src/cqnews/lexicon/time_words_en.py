"""English words of time shared by the enrichment stages: the days and the months, and the words that make, lead
or stand in a time phrase ("on Monday", "last week", "said this week", "Priebus later Thursday told"). Lower case;
:mod:`.en` imports them back, so ``lexicon.en`` names them too."""

from __future__ import annotations

# The days of the week and the months, lower-case, in order.
WEEKDAY_NAMES: tuple[str, ...] = tuple("monday tuesday wednesday thursday friday saturday sunday".split())
MONTH_NAMES: tuple[str, ...] = tuple(
    "january february march april may june july august september october november december".split()
)
# The months' short forms that take a full stop ("Jan. 5", "Sept. 12"; "May" is a whole name, no short form).
MONTH_SHORT_FORMS: frozenset[str] = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
# Words that lead a time word ("on Monday", "last week", "late Thursday"): with it, a time phrase.
TIME_LEADS: frozenset[str] = frozenset("on last this next late early".split())
# Of those, the ones that may also open a noun phrase ("late fees", "early voters"): after a cue they open no
# reported clause only before a time word or another lead ("said late Thursday", "said early on Monday").
TIME_EDGE_WORDS: frozenset[str] = frozenset("late early".split())
# Nouns of a time after "this" or "these" ("said this week", "…, he said, these days"): no subject of a clause.
TIME_NOUNS: frozenset[str] = frozenset(
    """week weekend weeks month months year years morning afternoon evening night time season spring summer fall
    autumn winter days decade century term session quarter semester""".split()
)
# Time words between a cue and its clause ("says tonight he is a step closer").
CLAUSE_TIME_WORDS: frozenset[str] = frozenset("today tonight yesterday now recently earlier later".split())
WEEKDAYS: frozenset[str] = frozenset(WEEKDAY_NAMES)
# Days and spans that own a noun opening a reported clause ("said Thursday's speeches had …", "said last
# year's budget was …"): with "'s" after them, a subject, not a time phrase ("said this week").
DAY_OWNERS: frozenset[str] = WEEKDAYS | frozenset("today yesterday week month year".split())
# Time words that stand between a subject and its verb ("Priebus later Thursday told", "Smith on Monday
# said"): never part of the subject.
TIME_WORDS: frozenset[str] = WEEKDAYS | frozenset(
    "today yesterday tonight morning afternoon evening night week weekend month year".split()
)
# Words that make a time phrase of the word after them ("Earlier this week, …", "Later that day, …").
TIME_DETERMINERS: frozenset[str] = frozenset("this that last next".split())
# Nouns of a time of day that make a time phrase on their own ("after midnight", "before dawn", "at noon").
DAY_TIME_NOUNS: frozenset[str] = frozenset("midnight noon midday dawn dusk daybreak nightfall sunrise sunset".split())
# Adverbs of time that lead "after" or "before" opening a sentence ("Shortly after midnight the police said",
# "Hours after the blast the police said", "Just before dawn officers said").
TIME_LINK_ADVERBS: frozenset[str] = frozenset(
    "shortly soon just moments minutes hours days weeks months years long right immediately only".split()
)
