"""People named in the prose of the languages read from a table (German, French, Dutch …), for pronouns.

The speaker book learns people only from the speakers of quotes in these languages, so a pronoun goes to the
last *speaker*: in "Lehrer Tom Hale hat alles vorbereitet: „…“, erklärt er." (or "Marie Martin est arrivée
tôt. « … », affirme-t-elle.") nobody was quoted before, and the pronoun stayed unresolved. Here a pronoun of
one sex stands for the person last named in full before it in its paragraph, outside quotes, when there is one.

A capital does not make a name in German ("Die Europäische Zentralbank", "Ende März"), so a person is read
only in the shape a name takes in running prose: two or three capitalised words (particles such as "von der"
between them) after any office words ("Lehrer Tom Hale" is Tom Hale, a teacher), not the noun of a phrase
opened by an article ("der Deutschen Bank") or by a preposition holding one ("im Berliner Zoo").
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from ...lexicon.letters import LATIN_CAPITAL_LETTER
from ...lexicon.quotes_latin import GERMAN_CONTRACTIONS, GERMAN_SCH_ADJECTIVE_ENDINGS, LatinTable
from ..speakers import SpeakerBook
from ..speakers.given_names import given_name_gender
from ..speakers.phrases import Who
from .latin import latin_attribution
from .latin_elision import elision
from .latin_incise import incise
from .latin_reported import latin_indirect
from .latin_titles import is_title
from .spans import Span, find_spans
from .text import BlockView, Found, Inside

# A capitalised word: a capital letter of a Latin script, then letters, apostrophes or hyphens.
_CAP = LATIN_CAPITAL_LETTER + r"[\w'’\-]*"
_WORD_BEFORE_RE = re.compile(r"([^\W\d_]+['’]?)\s*$")  # (an elided article keeps its mark: "l'Intérieur")
_LOOK_BACK = 16  # characters read before a run for the word that leads it
_RUN_WORDS = 4  # office words and name words of a run, at most
_NAME_BEFORE_PARTICLE = 2  # name words before a particle that starts another name ("Anna Berg von der …")


@cache
def _run_re(table: LatinTable) -> re.Pattern[str]:
    """Capitalised words joined by single spaces, a particle or two of the table between them (bounded)."""
    particles = "|".join(sorted(map(re.escape, table.particles), key=len, reverse=True))
    joint = rf" (?:(?:{particles}) ){{0,2}}" if particles else " "
    return re.compile(rf"(?<![\w\-]){_CAP}(?:{joint}{_CAP}){{1,{_RUN_WORDS - 1}}}")


def latin_attribution_named(table: LatinTable, b: BlockView, sp: Span, s: int, e: int) -> tuple[Who | None, str | None]:
    """:func:`.latin.latin_attribution`, a pronoun standing for the person named before it (see above)."""
    who, cue = latin_attribution(table, b, sp, s, e)
    if who is None and cue is None:
        who, cue = incise(table, b, sp) or (None, None)  # "« Il faut agir, affirme le préfet. … »"
    return named_antecedent(table, b, plural_noun_subject(table, who, cue)), cue


def latin_indirect_named(table: LatinTable, b: BlockView) -> list[Found]:
    """:func:`.latin_reported.latin_indirect`, a pronoun standing for the person named before it (see above)."""
    found = latin_indirect(table, b)
    for f in found:
        f.who = named_antecedent(table, b, plural_noun_subject(table, f.who, f.cue))
    return found


def plural_noun_subject(table: LatinTable, who: Who | None, cue: str | None) -> Who | None:
    """Where every noun is capitalised, one capitalised word that is no given name, the subject of a verb in the
    plural ("Zeugen berichteten, …", "„…“, urteilten Medien weltweit"), is a noun of people not named: a
    description, never a person's name (one person's name takes a verb in the singular)."""
    if who is None or who.kind != "person" or not table.capitalised_nouns or who.role or " " in who.mention:
        return who
    if cue is None or not cue.rsplit(" ", 1)[-1].endswith("en") or given_name_gender(who.mention) is not None:
        return who
    return Who(who.mention, "desc", role=who.mention, start=who.start)


def named_antecedent(table: LatinTable, b: BlockView, who: Who | None) -> Who | None:
    """The person last named in full before the pronoun ``who`` in its block, outside quotes, as a speaker
    mention; ``who`` itself when it is no pronoun of one sex or nobody is named before it."""
    if who is None or who.kind != "pronoun" or who.gender not in ("m", "f"):
        return who
    people = _people(table, b)
    k = bisect.bisect_right(people, who.start, key=_name_end) - 1
    if k < 0:
        return _named_in_block_before(table, b, who)
    _, start, office, name = people[k]
    return Who(" ".join(name), "person", role=" ".join(office) or None, start=start, gender=who.gender)


def _named_in_block_before(table: LatinTable, b: BlockView, who: Who) -> Who:
    """A pronoun in a block's first sentence, nobody named before it in the block ("Bürgermeister Klaus Wendt
    besuchte die Baustelle." / "„Wir liegen im Zeitplan“, sagte er."): the person last named in the block before,
    outside quotes, when their given name is one of the pronoun's sex; ``who`` itself otherwise."""
    if not b.before or b.sentences.ends and b.sentences.ends[0] <= who.start:
        return who
    people = _people_before(table, b)
    if not people:
        return who
    _, _, office, name = people[-1]
    if given_name_gender(" ".join(name)) != who.gender:
        return who  # (a given name of the pronoun's sex: no body, "Aberdeen Investments", no one of the other sex)
    return Who(" ".join(name), "person", role=" ".join(office) or None, start=who.start, gender=who.gender)


def _name_end(person: tuple[int, int, tuple[str, ...], tuple[str, ...]]) -> int:
    return person[0]


def _people(table: LatinTable, b: BlockView) -> list[tuple[int, int, tuple[str, ...], tuple[str, ...]]]:
    """The people named in the block's prose, read once per block (every pronoun of the block looks here)."""
    if b.people is None:
        b.people = people_in(table, b.text, b.spans)
    return b.people


def _people_before(table: LatinTable, b: BlockView) -> list[tuple[int, int, tuple[str, ...], tuple[str, ...]]]:
    """The people named in the prose of the block before, read once per block (not once per pronoun: a first
    sentence of many quotes, each closed by "sagte er", read a long block before it again at each)."""
    if b.people_before is None:
        b.people_before = people_in(table, b.before, find_spans(b.before))
    return b.people_before


Person = tuple[int, int, tuple[str, ...], tuple[str, ...]]  # (end, start, office words, name words)


def people_in(table: LatinTable, text: str, spans: list[Span]) -> list[Person]:
    """(end, start, office words, name words) of each person named in ``text`` outside its quotes."""
    inside = Inside(spans, len(text))
    people = []
    # (a block names the same people again and again: each run, with the word before it, is read once)
    read_runs: dict[tuple[str, str], tuple[list[str], list[str]] | None] = {}
    for m in _run_re(table).finditer(text):
        if inside(m.start()):
            continue
        lead = _WORD_BEFORE_RE.search(text, max(0, m.start() - _LOOK_BACK), m.start())
        key = (m.group(), lead.group(1).lower() if lead is not None else "")
        if key not in read_runs:
            read_runs[key] = _name_words(table, key[0].split(" "), key[1])
        read = read_runs[key]
        if read is not None:  # (from its first word kept: "Intérieur" of "l'Intérieur Gérald Darmanin" is not)
            start = text.find((read[0] or read[1])[0], m.start(), m.end())
            people.append((m.end(), start, tuple(read[0]), tuple(read[1])))
    return people


def register_people(table: LatinTable, book: SpeakerBook, text: str, base: int, spans: list[Span]) -> None:
    """Note the people a block names in its prose, with the office words before them ("el alcalde Ángel
    Collados", "el presidente de la Junta de Andalucía, Juanma Moreno"), so that a verb left without its
    subject or a description can stand for them later (:class:`..speakers.prose.ProsePeople`)."""
    for _, start, office, name in people_in(table, text, spans):
        full = " ".join(name)
        role = " ".join(office) or _office_before(table, text, start)
        book.prose.add(base + start, full, role)
        if role and full not in book.roles:
            book.roles[full] = role


def _office_before(table: LatinTable, text: str, start: int) -> str:
    """The office named right before a name, from its first office word: in lower case ("el alcalde Ángel
    Collados") or set off by a comma ("el presidente de la Junta de Andalucía, Juanma Moreno"); "" when none."""
    lead = text[max(0, start - _OFFICE_LOOK_BACK) : start]
    lead = lead[:-2] if lead.endswith(", ") else lead
    words = _CLAUSE_BREAK_RE.split(lead)[-1].split()
    titles = [k for k, word in enumerate(words) if is_title(table, word)]
    if not titles:
        return ""
    # after a name that ends another phrase, the office named after it: "La maire Anne Hidalgo a reçu le
    # préfet Marc Dupont" (not "el director de la Guardia Civil, …", whose capitals end no office)
    pairs = [k + 2 for k in range(len(words) - 1) if words[k][:1].isupper() and words[k + 1][:1].isupper()]
    later = [k for k in titles if pairs and k >= pairs[-1]]
    return " ".join(words[(later or titles)[0] :])


_OFFICE_LOOK_BACK = 60  # characters read before a name for its office
_CLAUSE_BREAK_RE = re.compile(r"[.;:!?,()“”\"«»„]")


def _name_words(table: LatinTable, words: list[str], before: str) -> tuple[list[str], list[str]] | None:
    """The office words and the name words of a person's name in the capitalised run ``words`` (``before`` is
    the word before it), or None. After an article, the run's first word is the noun phrase's ("die
    Europäische Zentralbank"); function words capitalised at a sentence start ("Den", "Laut") lead no name; a
    particle after two name words starts a body's name ("Anna Berg von der Stiftung")."""
    if not table.capitalised_nouns and (before in table.particles or before in table.prepositions):
        return None  # "el consejero de Sanidad y Emergencias": a complement's nouns, where only names are capitalised
    if before in table.determiners or before in GERMAN_CONTRACTIONS:
        words = words[1:]
    words = _past_article_noun(table, words)
    while words and _function_word(table, words[0].lower()):
        words = words[1:]
    k = 0
    while k < len(words) and (is_title(table, words[k]) or _compound_noun(words[k])):
        k += 1
    office, name = words[:k], words[k:]
    cut = next((j for j, w in enumerate(name) if _ends_name(table, name, j)), len(name))
    name = name[:cut]
    if len([w for w in name if w[:1].isupper()]) < 2 or not _name_shaped(table, name):
        return None
    return office, name


def _past_article_noun(table: LatinTable, words: list[str]) -> list[str]:
    """A run opened by an article capitalised at a sentence start, or by a word an elided article opens, is a noun
    phrase, as after an article before the run: its noun is no name's ("Le Républicain Lorrain", "L'usine Renault",
    "Die Stadtwerke Bochum"); the words past the noun, or ``words`` itself when no article opens them or an
    office word follows it ("Der Grünen-Politiker Jan Roth", "L'avocat Jean Dupont")."""
    low = words[0].lower() if words else ""
    k = 1 if low in table.determiners else 0
    if not k and not elision(table.determiners, low):
        return words
    noun = words[k] if k < len(words) else ""
    return words if not noun or is_title(table, noun) or _compound_noun(noun) else words[k + 1 :]


def _compound_noun(word: str) -> bool:
    """A word joined to an acronym by a hyphen ("AfD-Spitzenmann", "CDU-Kontrahenten", "EZB-Mitglied") is a noun
    before a name, never part of it (a double name joins two names: "Strack-Zimmermann")."""
    head, _, tail = word.partition("-")
    return bool(tail) and len(head) > 1 and any(c.isupper() for c in head[1:])


def _ends_name(table: LatinTable, name: list[str], j: int) -> bool:
    """Does the particle ``name[j]`` end the name before it: after two name words ("Anna Berg von der …"), or, being
    an article too where every noun is capitalised, after the first ("Putin den Zusammenbruch" is no name; where
    nouns are lower case, a capitalised word after the article is a name's: "Jan de Vries"); never after another
    particle ("Karl von der Tann")?"""
    word = name[j]
    if word not in table.particles or name[j - 1] in table.particles:
        return False  # ("Karl von der Tann": a particle after a particle goes on)
    return j >= _NAME_BEFORE_PARTICLE or table.capitalised_nouns and word in table.determiners


def _function_word(table: LatinTable, low: str) -> bool:
    return (
        low in table.openers
        or low in table.determiners
        or low in table.prepositions
        or low in table.sources_before
        or low in table.pronouns
        or low in table.that
        or low in GERMAN_CONTRACTIONS
    )


def _name_shaped(table: LatinTable, words: list[str]) -> bool:
    """Could ``words`` be a person's name: no office word, no word in capitals ("EZB"), no adjective first?"""
    if words[0].lower().endswith(GERMAN_SCH_ADJECTIVE_ENDINGS) or words[-1].lower() in table.particles:
        return False
    return not any(is_title(table, w) or (len(w) > 1 and w.isupper()) for w in words)
