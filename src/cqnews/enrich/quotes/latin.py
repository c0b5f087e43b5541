"""Quotes in Latin-script languages other than English, read from a table of reporting words.

The quote finders are the same as for English (spans, sentences, continuations); what differs is
who speaks. English rules read capitalised words as names, which fails where every noun is
capitalised (German "Dennoch", "Iran-Krieg" came out as speakers). Here a speaker is read only next
to a reporting word of the language's table (:mod:`cqnews.lexicon.quotes_latin`):

- after the quote: „Wir bauen auf“, sagte Anna Berg. / « … », a déclaré le maire. / „…“, so Berg.
  / « … », explique-t-elle.
- before it: Anna Berg sagte: „…“ / Dazu sagte Berg: „…“ / Selon Anna Berg, « … » / Berg: „…“
- reported speech: Die Lage sei ernst, sagte Berg. / Berg sagte, die Lage sei ernst. / Laut Berg
  ist die Lage ernst.

A speaker is a pronoun (resolved to the last speaker later), a description opening with a
determiner ("die Ministerin", "le maire"; with a name after an office word, the name speaks), or a
run of capitalised words whose leading office words ("Innenministerin", "Dr.") are the role.
A language without a table gets quotes by their marks and no speaker. The last pass over an article's
quotes (surnames, Konjunktiv runs, dash quotes) is :mod:`.latin_finish`.
"""

from __future__ import annotations

import re
from functools import cache

from ...lexicon.quotes_latin import LATIN_TABLES, MARKS_ONLY, LatinTable
from ..speakers.phrases import Who
from .spans import Span
from .text import NEAR, BlockView, Cues, Inside

_TOKEN_RE = re.compile(r"[^\W\d_][\w'’\-]*\.?|\d[\w.\-]*|[^\w\s]")
_NAME_WORDS = 5  # longest name read, office words included
_DESCRIPTION_WORDS = 8
_FRENCH_INVERSION_RE = re.compile(r"(?:a-t-(il|elle)\s+\w+|\w+(?:-t)?-(il|elle|ils|elles))\b")
_LEAD_RE = re.compile(r"[\s,–—\-]*")


@cache
def words_re(words: frozenset[str], *, hyphen: bool = False, ignore_case: bool = False) -> re.Pattern[str] | None:
    """One of ``words`` as a whole word (longest first; not inside a hyphenated word when ``hyphen``), or
    None when there is none. Made once per table and word set."""
    if not words:
        return None
    edge = r"[\w-]" if hyphen else r"\w"
    alternation = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return re.compile(rf"(?<!{edge})(?{'i' if ignore_case else ''}:{alternation})(?!{edge})")


def _cue_re(table: LatinTable) -> re.Pattern[str] | None:
    return words_re(table.cues)


def source_re(table: LatinTable) -> re.Pattern[str] | None:
    return words_re(table.sources_before - _LOOSE_SOURCES, ignore_case=True)


# Words that lead other phrases as often as a source ("wie" a comparison, "pour" a purpose): a source
# only right before a quote ("Pour Berg, « … »"), never a reported clause's lead.
_LOOSE_SOURCES = frozenset(("wie", "pour", "para", "per"))


@cache
def _loose_source_re(table: LatinTable) -> re.Pattern[str]:
    """The table's loose source words followed by a space (a pattern that never matches when it has none)."""
    loose = sorted(table.sources_before & _LOOSE_SOURCES)
    return re.compile(rf"(?i:{'|'.join(loose)})(?= )" if loose else r"(?!)")


def table_for(language: str | None) -> LatinTable:
    """The table of ``language``; the marks-only table when it has none."""
    return LATIN_TABLES.get(language or "", MARKS_ONLY)


# -- cues ---------------------------------------------------------------------------------------------


def latin_cues(table: LatinTable, text: str, spans: list[Span]) -> Cues:
    """The reporting words of a block outside its quotes."""
    pattern = _cue_re(table)
    if pattern is None:
        return Cues([], [], [])
    inside = Inside(spans, len(text))
    found = [(m.start(), m.end(), m.group()) for m in pattern.finditer(text) if not inside(m.start())]
    source = source_re(table)
    if source is not None:  # "laut Berg", "selon Berg": the source is read after them, like after a verb
        found += [(m.start(), m.end(), m.group().lower()) for m in source.finditer(text) if not inside(m.start())]
        found.sort()
    return Cues([f[0] for f in found], [f[1] for f in found], [f[2] for f in found])


# -- speakers -----------------------------------------------------------------------------------------


def _words(table: LatinTable, text: str, lo: int, hi: int) -> list[tuple[str, int]]:
    """The words of ``text[lo:hi]`` up to the first mark that closes a phrase (comma, colon, a full stop
    that ends no title or initial), with their offsets."""
    out: list[tuple[str, int]] = []
    for m in _TOKEN_RE.finditer(text, lo, hi):
        word = m.group()
        if not word[0].isalnum():
            break
        if word.endswith(".") and len(word) > 2 and not word[:-1].isupper() and word.lower() not in table.titles:
            out.append((word[:-1], m.start()))
            break  # the sentence ends with this word
        out.append((word, m.start()))
    return out


def is_title(table: LatinTable, word: str) -> bool:
    """An office or agent word: one of the table's, also at the end of a compound ("Innenministerin",
    "Schulleiter") and, in German, in its feminine form ("Schülerin")."""
    low = word.lower()
    if table.inflected_titles and any(low.startswith(t) for t in table.titles if len(t) >= _INFLECTED_TITLE_MIN):
        return True  # Polish "rzecznika", Russian "министра": the office in another case (not "dr" of "droga")
    forms = {low}
    if table.language == "de":  # feminine "-in"; genitive "-s" ("des EPI-Managers"), "-n" ("den Abgeordneten")
        forms |= {low[:-2] if low.endswith("in") else low, low[:-1] if low.endswith(("s", "n")) else low}
    return any(form.endswith(title) for form in forms for title in table.titles)


_INFLECTED_TITLE_MIN = 5


def _name_word(table: LatinTable, word: str) -> bool:
    return word[0].isalnum() and _capitalised(table, word)


def _capitalised(table: LatinTable, word: str) -> bool:
    return word[:1].isupper() or word.lower() in table.particles


def _person(table: LatinTable, words: list[tuple[str, int]], start: int, role_prefix: str = "") -> Who | None:
    """A name with the office words before it as its role ("Innenministerin Anna Berg"); the office
    alone is a description ("Bürgermeister")."""
    k = 0
    while k < len(words) - 1 and is_title(table, words[k][0]):
        k += 1
    role = " ".join(w for w, _ in words[:k])
    role = f"{role_prefix} {role}".strip() if role_prefix else role
    name = [w for w, _ in words[k:]]
    while name and name[-1].lower() in table.particles:
        name.pop()
    if not name or (len(name) == 1 and is_title(table, name[0])):
        mention = " ".join(w for w, _ in words)
        return Who(f"{role_prefix} {mention}".strip(), "desc", role=f"{role_prefix} {mention}".strip(), start=start)
    return Who(" ".join(name), "person", role=role or None, start=start)


def read_subject(table: LatinTable, text: str, lo: int, hi: int) -> Who | None:
    """The speaker phrase that opens ``text[lo:hi]``: a pronoun, a description or a name."""
    words = _words(table, text, lo, hi)
    if not words:
        return None
    first, at = words[0]
    low = first.lower()
    if low in table.pronouns:
        return Who(first, "pronoun", start=at, gender=table.pronouns[low])
    if low in table.determiners:
        phrase = _to_preposition(table, words[: _DESCRIPTION_WORDS + 1])
        return _apposed_name(table, text, phrase, hi) or _description(table, phrase, at)
    office = _lower_office(table, words)  # "zei minister Hugo de Jonge", "заявил министр иностранных дел Лавров"
    if office:
        run = _leading_run(table, words[office:])
        role = " ".join(w for w, _ in words[:office])
        return _person(table, run[:_NAME_WORDS], at, role_prefix=role) if run else None
    if not table.determiners and first.islower() and is_title(table, first):
        return _description(table, _to_preposition(table, words[: _DESCRIPTION_WORDS + 1]), at)  # "rzecznika rządu"
    if not first[:1].isupper() or low in table.openers:
        return None
    run = _leading_run(table, words)
    return _person(table, run[:_NAME_WORDS], at) if run else None


def _lower_office(table: LatinTable, words: list[tuple[str, int]]) -> int:
    """How many words an office written in lower case takes before a name, with no article (Dutch "minister
    Hugo de Jonge", Russian "министр иностранных дел Сергей Лавров"); 0 when the words open no such office.
    Where only names are capitalised, the first capital after the office opens the name."""
    if table.capitalised_nouns or len(words) < 2 or not words[0][0].islower() or not is_title(table, words[0][0]):
        return 0
    for k in range(1, min(len(words), _OFFICE_WORDS + 1)):
        word = words[k][0]
        if word[:1].isupper():
            return k
        if not word.islower() or word in table.prepositions and k == 1:
            return 0
    return 0


_OFFICE_WORDS = 4  # words of an office before the name ("министр иностранных дел")


def _particle_goes_on(table: LatinTable, low: str, run: list[tuple[str, int]]) -> bool:
    """A particle after a name's first word ("Ursula von"), or after another ("von der"); one that is also
    an article only after another ("Wirtgen den Schlüssel" is no name). Where only names are capitalised,
    a particle may follow any of a name's first three words ("Luiz Inácio Lula da Silva", "Hugo de
    Jonge"): a name goes on only if a capitalised word follows, and a particle left last is dropped."""
    if low not in table.particles or not run:
        return False
    if run[-1][0].lower() in table.particles:
        return True
    if not table.capitalised_nouns:
        return len(run) <= _PARTICLE_AFTER
    return len(run) == 1 and low not in table.determiners


_PARTICLE_AFTER = 3  # name words a particle may follow ("Luiz Inácio Lula da Silva")


def _apposed_name(table: LatinTable, text: str, phrase: list[tuple[str, int]], hi: int) -> Who | None:
    """ "Der Schulleiter der Volksschule, Norbert Salcher, …": the person named after the description."""
    if not phrase:
        return None
    end = phrase[-1][1] + len(phrase[-1][0])
    if text[end : end + 2] != ", ":
        return None
    run = _leading_run(table, _words(table, text, end + 2, hi))
    if len(run) < 2 or run[0][0].lower() in table.openers:
        return None
    who = _person(table, run[:_NAME_WORDS], run[0][1])
    if who is None or who.kind != "person":
        return None
    who.role = " ".join(w for w, _ in phrase)
    return who


def _to_preposition(table: LatinTable, words: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """``words`` up to the first preposition: what follows it says where or to whom ("zu CORRECTIV")."""
    cut = next((k for k, (word, _) in enumerate(words) if k and word.lower() in table.prepositions), len(words))
    return words[:cut]


def _leading_run(table: LatinTable, words: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The capitalised words that open ``words``; a particle goes on a name only after its first word
    ("Ursula von der Leyen", not "Carsten Brzeski von der ING")."""
    run: list[tuple[str, int]] = []
    for word, at in words:
        if word[:1].isupper():
            run.append((word, at))
        elif _particle_goes_on(table, word.lower(), run):
            run.append((word, at))
        else:
            break
    return run


def _description(table: LatinTable, words: list[tuple[str, int]], at: int) -> Who:
    """ "die Ministerin Anna Berg" (a name after an office word speaks), else "der Sprecher der Polizei"."""
    for k in range(1, len(words) - 1):
        if is_title(table, words[k][0]) and words[k + 1][0][:1].isupper() and not is_title(table, words[k + 1][0]):
            run = _leading_run(table, words[k + 1 :])
            if run and words[k + 1][0].lower() not in table.determiners:
                prefix = " ".join(w for w, _ in words[: k + 1])
                who = _person(table, run[:_NAME_WORDS], at, role_prefix=prefix)
                if who is not None and who.kind == "person":
                    return who
    phrase = " ".join(w for w, _ in words)
    return Who(phrase, "desc", role=phrase, start=at)


def subject_before(table: LatinTable, text: str, lo: int, hi: int) -> Who | None:
    """The speaker phrase that ends ``text[lo:hi]`` ("Anna Berg" of "Am Montag sagte … / Anna Berg sagte")."""
    words = [(m.group(), m.start()) for m in _TOKEN_RE.finditer(text, lo, hi)]
    if words and words[-1][0] == ",":
        return _apposed_before(table, words[:-1])
    if not words or not words[-1][0][0].isalnum():
        return None
    last = words[-1][0]
    if last.lower() in table.pronouns:
        return Who(last, "pronoun", start=words[-1][1], gender=table.pronouns[last.lower()])
    k = len(words)
    while k > 0 and _name_word(table, words[k - 1][0]) and len(words) - k < _NAME_WORDS:
        k -= 1
    opener = k < len(words) and words[k][0].lower() in table.openers
    k += opener  # "Dennoch sagte …", "Wie Anna Berg sagt:": a sentence's opening word is no name
    inside = (
        not opener and k > 0 and words[k - 1][0][0].isalnum() and words[k - 1][0].lower() not in table.determiners
    )
    if table.subject_first and inside:
        return None  # "…, die von einem ruhigen Vormittag berichtete": a noun inside the clause, not its subject
    if k > 0 and words[k - 1][0].lower() in table.determiners:
        return _description(table, words[k - 1 :], words[k - 1][1])
    run = words[k:]
    while run and run[0][0].lower() in table.particles:
        run = run[1:]
    if run:
        return _person(table, run, run[0][1])
    return _description_before(table, words) if k == len(words) and not table.capitalised_nouns else None


def _description_before(table: LatinTable, words: list[tuple[str, int]]) -> Who | None:
    """ "El presidente ha explicado que …" / "el consejero de Sanidad confirmó": where only names are
    capitalised, a phrase opened by a determiner and holding an office word, ending right before the verb."""
    for d in range(len(words) - 1, max(-1, len(words) - 1 - _DESCRIPTION_WORDS), -1):
        word = words[d][0]
        if not word[0].isalnum():
            return None
        if word.lower() in table.determiners:
            phrase = words[d:]
            return _description(table, phrase, words[d][1]) if any(is_title(table, w) for w, _ in phrase) else None
    return None


def _apposed_before(table: LatinTable, words: list[tuple[str, int]]) -> Who | None:
    """ "Le ministre de l'Intérieur, Gérald Darmanin, a déclaré": the name set off by commas between its
    description and the verb speaks, the description is its role."""
    k = len(words)
    while k > 0 and _name_word(table, words[k - 1][0]) and len(words) - k < _NAME_WORDS:
        k -= 1
    run = words[k:]
    while run and run[0][0].lower() in table.particles:
        run = run[1:]
    if len(run) < 2 or k < 2 or words[k - 1][0] != "," or run[0][0].lower() in table.openers:
        return None
    who = _person(table, run, run[0][1])
    if who is None or who.kind != "person":
        return None
    start = max((j + 1 for j in range(k - 1) if not words[j][0][0].isalnum()), default=0)
    phrase = words[start : k - 1]
    if who.role is None and phrase and phrase[0][0].lower() in table.determiners:
        who.role = " ".join(w for w, _ in phrase)
    return who


# -- direct quotes ------------------------------------------------------------------------------------


def latin_attribution(table: LatinTable, b: BlockView, sp: Span, s: int, e: int) -> tuple[Who | None, str | None]:
    """The speaker and cue of the quote at ``sp`` in the sentence [s, e): after the quote, else before it."""
    if sp.close is not None:
        after = _after(table, b.text, sp.close + 1, min(e, sp.close + 1 + NEAR))
        if after[1] is not None:
            return after
    return _before(table, b, s, sp.open)


def _after(table: LatinTable, text: str, lo: int, hi: int) -> tuple[Who | None, str | None]:
    """ "…“, sagte Berg" / "… », explique-t-elle" / "…“, so Berg" / "…“, Berg sagte"."""
    at = _LEAD_RE.match(text, lo, hi)
    pos = at.end() if at else lo
    if pos == lo and lo < hi and text[lo] not in " ,":
        return None, None  # a word glued to the closing mark: no attribution here
    inverted = _FRENCH_INVERSION_RE.match(text, pos, hi) if table.language == "fr" else None
    if inverted is not None:
        pronoun = inverted.group(1) or inverted.group(2)
        return Who(pronoun, "pronoun", start=inverted.start(), gender=table.pronouns.get(pronoun)), inverted.group()
    cue = _cue_re(table)
    m = cue.match(text, pos, hi) if cue is not None else None
    if m is not None:
        return subject_after_cue(table, text, m.end(), hi), m.group()
    word = text[pos:hi].split(" ", 1)[0].lower()
    if word and word in table.after_quote:
        return read_subject(table, text, pos + len(word), hi), word
    verb = _any_verb(table, text, pos, hi)
    if verb is not None:
        return verb
    who = read_subject(table, text, pos, hi)
    if who is not None and cue is not None:
        m = cue.match(text, after_phrase(text, pos, hi, who), hi)
        if m is not None:
            return who, m.group()
    return None, None


def subject_after_cue(table: LatinTable, text: str, pos: int, hi: int) -> Who | None:
    """The subject after a reporting verb; where the language may leave it out ("“…”, ha explicado, sin …"),
    a verb with nothing but a comma or the sentence's end after it has an empty pronoun for its subject,
    resolved like "er" or "she" to the person named or quoted last. A name's apposition is its role
    ("« … », explique Marie Martin, adjointe aux finances.")."""
    who = read_subject(table, text, pos, hi)
    if who is None and table.null_subject and _NO_SUBJECT_RE.match(text, pos, hi):
        return Who("", "pronoun", start=pos)
    if who is not None and who.kind == "person" and who.role is None:
        apposed = apposition(table, text, after_phrase(text, pos, hi, who), hi)
        who.role = apposed[0] if apposed is not None else None
    return who


def apposition(table: LatinTable, text: str, end: int, hi: int) -> tuple[str, int] | None:
    """The office set off by commas right after a name that ends at ``end`` ("Marie Martin, adjointe aux
    finances, …", "Ana Ruiz, la portavoz del partido."): its words and where the text after its comma
    starts; None when the words after the comma open with no office word."""
    end -= text[end - 1 : end] == " "  # (after_phrase steps past one space)
    if text[end : end + 2] != ", ":
        return None
    words = _words(table, text, end + 2, hi)
    k = 1 if words and words[0][0].lower() in table.determiners else 0
    if not k < len(words) <= _DESCRIPTION_WORDS or not words[k][0].islower() or not is_title(table, words[k][0]):
        return None
    role_end = words[-1][1] + len(words[-1][0])
    if text[role_end : role_end + 1] not in (",", ".", ";"):
        return None  # (a full stop after a word _words kept: the sentence ends there)
    after = role_end + 1
    return text[end + 2 : role_end], after + (text[after : after + 1] == " ")


_NO_SUBJECT_RE = re.compile(r"\s*(?:[,.;]|$)")


def _any_verb(table: LatinTable, text: str, pos: int, hi: int) -> tuple[Who, str] | None:
    """ "„…“, schimpft der AfD-Chef" / "„…“, freut sich Kluckers" / "“…”, lamentó." / "“…”, ha resumido
    Moreno": right after a quote, a verb of the language's finite form (or its perfect: an auxiliary and a
    participle) and the subject after it report the quote, whatever the verb."""
    if not table.verb_endings:
        return None
    m = _LOWER_WORD_RE.match(text, pos, hi)
    if m is None or not m.group(1).islower():
        return None
    verb = m.group(1)
    if verb in table.auxiliaries:
        m = _LOWER_WORD_RE.match(text, m.end(1) + 1, hi)
        if m is None or not m.group(1).islower() or not m.group(1).endswith(table.participle_endings):
            return None
    elif len(verb) < _MIN_VERB or not verb.endswith(table.verb_endings) or _function_word(table, verb):
        return None
    who = subject_after_cue(table, text, m.end(), hi)
    return (who, text[pos : m.end()].strip()) if who is not None else None


def _function_word(table: LatinTable, word: str) -> bool:
    return word in table.openers or word in table.prepositions or word in table.determiners or word in table.that


# A word (and German "sich"), then a space, a comma or the sentence's end.
_LOWER_WORD_RE = re.compile(r"([^\W\d_]{2,})(?: sich)?(?: |(?=[,.;]|$))")
_MIN_VERB = 3  # letters of a finite verb read by its ending (an auxiliary may be shorter: "ha")


def after_phrase(text: str, pos: int, hi: int, who: Who) -> int:
    """Where the words after the phrase ``who`` was read from start (past one space)."""
    end = text.find(who.mention.split(" ")[-1], who.start, hi)
    end = hi if end < 0 else end + len(who.mention.split(" ")[-1])
    return end + 1 if text[end : end + 1] == " " else end


def _before(table: LatinTable, b: BlockView, s: int, o: int) -> tuple[Who | None, str | None]:
    """ "Berg sagte: „…“" / "Dazu sagte Berg: „…“" / "Berg bestätigte auf Anfrage …: „…“" / "Laut Berg „…“"
    / "Selon Berg, « … »" / "Ähnlich sieht es Anna Berg: „…“"."""
    text = b.text
    clause = text[s:o].rstrip()
    mark = clause[-1:] if clause[-1:] in (":", ",") else ""
    end = s + len(clause) - len(mark)
    cues = b.cues
    for k in cues.last(s, end):
        tail = text[cues.ends[k] : end]
        who = read_subject(table, text, cues.ends[k], end) if tail.strip() else None
        if who is not None and reaches(text, who, end):
            return who, cues.words[k]  # "Dazu sagte Berg:" (the subject after its verb)
        if not tail.strip() or mark == ":" or tail.strip(" ,").lower() in table.that:  # "… a déclaré que « … »"
            return clause_subject(table, text, s, cues.starts[k]), cues.words[k]
        break
    source = source_re(table)
    m = source.search(text, s, end) if source is not None else None
    loose = False
    if m is None or not (m.start() == s or text[m.start() - 1] == " "):
        m = _loose_source_re(table).match(text, s, end)  # "Pour Berg, « … »": only opening the sentence
        loose = True
    if m is not None and (m.start() == s or text[m.start() - 1] == " "):
        who = read_subject(table, text, m.end() + 1, end)
        if who is not None and reaches(text, who, end) and (not loose or _someone(table, who)):
            return who, m.group().lower()
    if mark == ":" and table.cues:
        return _colon_name(table, text, s, end), None  # "Berg: „…“", "Ähnlich sieht es Anna Berg: „…“"
    return None, None


def _someone(table: LatinTable, who: Who) -> bool:
    """A person, or a description holding an office word ("le ministre"; not "la ville" of "Pour la ville")."""
    return who.kind == "person" or any(is_title(table, word) for word in who.mention.split(" "))


def clause_subject(table: LatinTable, text: str, s: int, verb: int) -> Who | None:
    """The subject of the clause [s, verb): its first phrase where the subject comes first when it is
    not after the verb (German), else the phrase right before the verb ("Lundi, le maire a déclaré")."""
    if table.subject_first:
        who = read_subject(table, text, s, verb)
        if who is not None:
            return who
    return subject_before(table, text, s, verb) or _pronoun_in(table, text, s, verb)


def _pronoun_in(table: LatinTable, text: str, s: int, verb: int) -> Who | None:
    """A subject pronoun after the clause's finite verb ("In einem Interview hatte er … betont:")."""
    for m in _TOKEN_RE.finditer(text, s, verb):
        low = m.group().lower()
        if low in table.pronouns and m.group().islower():
            return Who(m.group(), "pronoun", start=m.start(), gender=table.pronouns[low])
    return None


def _colon_name(table: LatinTable, text: str, s: int, end: int) -> Who | None:
    """The first name of two words or more in a clause ending in a colon, not after a determiner or a
    preposition ("Ähnlich sieht es Geoff Yu vom Verwalter BNY:"; not "Im Gespräch mit der Berliner Zeitung:")."""
    words = _words(table, text, s, end)
    for k, (word, _) in enumerate(words):
        if not word[:1].isupper() or word.lower() in table.openers or word.lower() in table.determiners:
            continue
        before = words[k - 1][0].lower() if k else ""
        if before in table.determiners or before in table.prepositions:
            continue
        run = _leading_run(table, words[k:])
        if len(run) >= 2:
            who = _person(table, run[:_NAME_WORDS], run[0][1])
            return who if who is not None and who.kind == "person" else None
    return None


def reaches(text: str, who: Who, end: int) -> bool:
    """Does the phrase ``who`` end the text before ``end`` (nothing but space after it)?"""
    last = who.mention.split(" ")[-1]
    at = text.rfind(last, who.start, end)
    return at >= 0 and not text[at + len(last) : end].strip()


# -- the rest of a script's rules -----------------------------------------------------------------------


def latin_speech_like(text: str, sp: Span, s: int) -> bool:
    """A quote of a whole sentence is speech even with no speaker; a word or two is a term."""
    return _word_count(text[sp.start : sp.end]) >= 6


def latin_is_term(inner: str) -> bool:
    return _word_count(inner) <= 3


_CHARS_PER_WORD = 4  # for a script written without spaces (Japanese)


def _word_count(inner: str) -> int:
    words = len(inner.split())
    return words if words > 1 else len(inner) // _CHARS_PER_WORD
