"""What the readers of the other Latin-script languages know of a sentence's shape around a verb of saying, across
languages: another name standing between the verb and its quote, the languages that report without the
conjunction, the Romance relatives, the adverbs a cue may take, dash dialogue, the coordinator of a second
predicate, third-person plural endings, and the words that lead to who was told.

Re-exported by :mod:`.quotes_latin`, where the readers import them from. Lower case, keyed by ISO 639-1 code.
"""

from __future__ import annotations

import re

# Another name between a reporting verb and its quote: two capitalised words of two letters at least, from a word's
# start ("Marie Dubois"). Narrower than speakers.tokens.NAME_RUN_RE (no initials "J.", no particles "de", no run
# starting inside a word): that one in its place takes right Spanish speakers away (quotes.py, session 38).
TWO_NAME_WORDS_RE = re.compile(r"(?<![\w'’-])[A-ZÀ-ÖØ-Þ][\w'’-]+ [A-ZÀ-ÖØ-Þ][\w'’-]+")

# The languages whose reported clause after ", que/che/dat …" is reported without its conjunction (the Romance
# languages and Dutch, as their gold writes it); German keeps "dass", the Scandinavian languages "at".
REPORTS_WITHOUT_CONJUNCTION = frozenset(("fr", "es", "it", "pt", "nl"))

# Relative pronouns of the Romance tables: after a comma they open a relative clause ("…, qui a été détruite"), not a
# second predicate of the reporting subject (read by :mod:`cqnews.enrich.quotes.latin_that`).
ROMANCE_RELATIVES = frozenset(
    "que qui quien quienes cual cuyo cuya donde dont où lequel laquelle che cui quale onde".split()
)

# How many lower-case adverbs of a table may stand between a verb of saying and what follows it, its subject
# ("sagte auch Klaus Wolf"), a time ("sagte noch am Abend") or its clause ("defendió además que"): two at most.
ADVERBS_AFTER_CUE = 2

# The languages whose prose sets a speaker's words off by dashes, the speaker's tag between two dashes inside the
# paragraph ("—No sé qué ha pasado —dijo el vecino—. Estaba durmiendo."): Spanish and Portuguese dialogue.
DASH_DIALOGUE_LANGUAGES = frozenset(("es", "pt"))

# The conjunction that joins a second predicate to a clause's first one, sharing its subject ("El alcalde ha defendido
# … y ha insistido en que …", "Le maire a salué … et a assuré que …", "Der Bürgermeister lobte … und betonte, …"): a
# verb of saying right after one has the subject that opens the sentence, never the object of the verb before.
PREDICATE_COORDINATORS: dict[str, frozenset[str]] = {
    "de": frozenset(("und",)),
    "fr": frozenset(("et",)),
    "es": frozenset(("y", "e")),
    "it": frozenset(("e", "ed")),
    "pt": frozenset(("e",)),
    "nl": frozenset(("en",)),
}

# The endings of a finite verb of the third person plural ("explicaron", "aseguran", "han"; "ont déclaré", "disent";
# "hanno detto", "dissero"; "disseram", "afirmam"): a verb so ended has a subject of two people or more ("El alcalde y
# la concejala explicaron"), never one of a clause of its own after "y". (French "soutient" reads as one: a plural
# read where there is none only keeps a subject whole.)
PLURAL_VERB_ENDINGS: dict[str, tuple[str, ...]] = {
    "es": ("n",),
    "fr": ("ont", "ent"),
    "it": ("no", "ro"),
    "pt": ("m", "ão"),
}

# French words before a particle that together open who was told, as "à" alone does ("a réagi auprès de l'AFP le
# maire", "a confié auprès du « Parisien » la ministre"): the listener between the verb and its subject.
LISTENER_LEADS = frozenset(("auprès de", "auprès du", "auprès des"))

# Words pointing at the paper that reports, between a listener word and its noun ("dijo a este medio", "señaló a esta
# redacción", "a confié à notre journal", "ha detto a questo giornale", "disse a este jornal"): the paper itself was
# told, so the noun after them ends who was told, as an article's noun does. By language, lower case.
LISTENER_POINTERS: dict[str, frozenset[str]] = {
    "es": frozenset(("este", "esta", "nuestro", "nuestra")),
    "fr": frozenset(("ce", "cet", "cette", "notre")),
    "it": frozenset(("questo", "questa", "nostro", "nostra")),
    "pt": frozenset(("este", "esta", "nosso", "nossa")),
}
