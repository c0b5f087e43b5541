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

A speaker is a pronoun (resolved to the last speaker later), a description or a name, read by
:mod:`.latin_phrases` where it starts and found around the verb by :mod:`.latin_subject` (before it) and
:mod:`.latin_after_cue` (after it).
A language without a table gets quotes by their marks and no speaker. The last pass over an article's
quotes (surnames, Konjunktiv runs, dash quotes) is :mod:`.latin_finish`.
"""

from __future__ import annotations

import re
from functools import cache

from ...lexicon.alternation import trie_pattern
from ...lexicon.punctuation import ARABIC_COMMA
from ...lexicon.quotes_latin import LATIN_TABLES, MARKS_ONLY, LatinTable
from ..speakers.phrases import Who
from .latin_after_cue import is_someone, subject_after_cue
from .latin_apposition import apposition
from .latin_clause import bare_speaker
from .latin_medium import names_medium
from .latin_phrases import after_phrase, reaches, read_subject
from .latin_self import self_presenting_subject
from .latin_subject import clause_subject, colon_name
from .latin_titles import quoted_name_lead
from .latin_uncased import told_after
from .spans import Span
from .text import NEAR, BlockView, Cues, Inside

_FRENCH_INVERSION_RE = re.compile(r"(?:a-t-(il|elle)\s+\w+|\w+(?:-t)?-(il|elle|ils|elles))\b")
_LEAD_RE = re.compile(rf"[\s,{ARABIC_COMMA}–—\-]*")  # (the Arabic comma too: "«…»، قال الوزير")


@cache
def words_re(words: frozenset[str], *, hyphen: bool = False, ignore_case: bool = False) -> re.Pattern[str] | None:
    """One of ``words`` as a whole word (longest first; not inside a hyphenated word when ``hyphen``), or
    None when there is none. Made once per table and word set."""
    if not words:
        return None
    edge = r"[\w-]" if hyphen else r"\w"
    alternation = _alternation(words, ignore_case)
    return re.compile(rf"(?<!{edge})(?{'i' if ignore_case else ''}:{alternation})(?!{edge})")


def _alternation(words: frozenset[str], ignore_case: bool) -> str:
    """``words`` as a character trie (each word tried only as far as the text agrees with it: a table of 200 verbs
    was tried word by word at every word start). It matches what the longest-first list does: the words that match
    at one place are prefixes of each other, and the trie tries the longer continuation first. Not when two letters
    of one branch match the same character in any case ("S" and "s"): the list is kept then."""
    if ignore_case and _case_twins(words):
        return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return trie_pattern(words)


def _case_twins(words: frozenset[str]) -> bool:
    """Do two words agree up to one character that is not the same but matches it in any case?"""
    following: dict[str, set[str]] = {}
    for word in words:
        for i, char in enumerate(word):
            following.setdefault(word[:i], set()).add(char)
    return any(
        re.fullmatch(re.escape(a), b, re.IGNORECASE) is not None
        for chars in following.values()
        for a in chars
        for b in chars
        if a != b
    )


def _cue_re(table: LatinTable) -> re.Pattern[str] | None:
    """The table's reporting verbs in any case: one opening its sentence is capitalised ("Ha dichiarato il
    sindaco: …", "A déclaré le maire : …"), and read as a name it spoke for the quote ("Ha")."""
    return words_re(table.cues, ignore_case=True)


def source_re(table: LatinTable) -> re.Pattern[str] | None:
    """The table's source words that lead a source wherever they stand ("laut", "selon"): all but its
    :attr:`~LatinTable.loose_sources`, read by :func:`_loose_source_re`."""
    return words_re(table.sources_before - table.loose_sources, ignore_case=True)


@cache
def _loose_source_re(table: LatinTable) -> re.Pattern[str]:
    """The table's :attr:`~LatinTable.loose_sources` ("wie", "pour") followed by a space: a source only opening the
    sentence before a quote ("Pour Berg, « … »")."""
    return _followed_by_space_re(table.loose_sources)


@cache
def framing_source_re(table: LatinTable) -> re.Pattern[str]:
    """The table's :attr:`~LatinTable.framing_sources` ("pour", "para", "per") followed by a space: a source framing
    the sentence it opens ("Para el juez, las pruebas bastan.")."""
    return _followed_by_space_re(table.framing_sources)


def _followed_by_space_re(words: frozenset[str]) -> re.Pattern[str]:
    """``words`` in any case followed by a space (a pattern that never matches when there are none)."""
    return re.compile(rf"(?i:{'|'.join(sorted(words))})(?= )" if words else r"(?!)")


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
    found = [
        (m.start(), m.end(), m.group())
        for m in pattern.finditer(text)
        if not inside(m.start()) and not _reflexive(table, text, m.start()) and not _bare_participle(table, text, m)
    ]
    source = source_re(table)
    if source is not None:  # "laut Berg", "selon Berg": the source is read after them, like after a verb
        found += [(m.start(), m.end(), m.group().lower()) for m in source.finditer(text) if not inside(m.start())]
        found.sort()
    return Cues([f[0] for f in found], [f[1] for f in found], [f[2] for f in found])


def _bare_participle(table: LatinTable, text: str, m: re.Match[str]) -> bool:
    """Is the cue ``m`` a perfect's participle with no auxiliary of the table in its clause, before it ("Die Polizei
    hat … mitgeteilt") or right after it ("wie Berg betont hat")? Such a participle is what a report says ("Man habe
    alle gewarnt, so Berg"), not a verb of saying."""
    if m.group() not in table.participle_cues:
        return False
    after = text[m.end() + 1 : m.end() + 1 + _AUXILIARY_CHARS].split(" ", 1)[0].rstrip(",.;")
    lo = max(text.rfind(",", 0, m.start()), text.rfind(". ", 0, m.start()), m.start() - _PERFECT_CHARS, -1) + 1
    words = text[lo : m.start()].split()
    return after not in table.perfect_auxiliaries and not any(w.lower() in table.perfect_auxiliaries for w in words)


_AUXILIARY_CHARS = 8  # "hatten,"
_PERFECT_CHARS = 120  # the clause read back from a participle for its auxiliary


def _reflexive(table: LatinTable, text: str, at: int) -> bool:
    """Is the verb at ``at`` reflexive or impersonal ("se declararon consternados", "se dice que"): no one's report?"""
    word = table.reflexive
    return bool(word) and text[max(0, at - len(word) - 1) : at].lower() == f"{word} " and (
        at - len(word) - 1 == 0 or not text[at - len(word) - 2].isalnum()
    )


# -- direct quotes ------------------------------------------------------------------------------------


def latin_attribution(table: LatinTable, b: BlockView, sp: Span, s: int, e: int) -> tuple[Who | None, str | None]:
    """The speaker and cue of the quote at ``sp`` in the sentence [s, e): a reporting verb right after the quote,
    else before it, else further on in its sentence, else in the next sentence pointing back to it; with no
    reporting word, the person the clause before the quote is about and no cue."""
    if sp.close is not None:
        after = tag_after(table, b.text, sp.close + 1, min(e, sp.close + 1 + NEAR))
        if after[1] is not None:
            return after
    before = _before(table, b, max(s, sp.open - _BEFORE_CHARS), sp.open)
    if before != (None, None):
        return before
    if sp.close is not None:
        later = _cue_ending(table, b.text, sp.close + 1, e) or _back_reference(table, b, sp)
        if later is not None:
            return later
    return bare_speaker(table, b, sp, s), None


_BEFORE_CHARS = 4 * NEAR  # how far back a quote's sentence is read for its speaker (bounds one long run of quotes)


def _back_reference(table: LatinTable, b: BlockView, sp: Span) -> tuple[Who, str] | None:
    """ "“…”. Así ha resumido el consejero Antonio Sanz la magnitud …" / "« … ». C'est ce qu'a déclaré le maire.":
    a quote ending its sentence, the next sentence opening with a word that points back to it and holding a
    reporting verb: that verb's subject said it, and the verb; None when no such sentence follows or its first
    reporting verb near the pointing word has no subject."""
    assert sp.close is not None
    text = b.text
    m = _STOP_AFTER_RE.match(text, sp.close + 1)
    pattern = words_re(table.back_references, ignore_case=True)
    back = pattern.match(text, m.end()) if m is not None and pattern is not None else None
    if back is None or not text[back.start()].isupper():
        return None
    _, e = b.sentences.around(back.start())
    cues = b.cues
    near = cues.between(back.end(), min(e, back.end() + _BACK_REACH))
    if not near:
        return None
    k = near[0]
    who = subject_after_cue(table, text, cues.ends[k], e) or clause_subject(table, text, back.end(), cues.starts[k])
    return (who, cues.words[k]) if who is not None else None


_STOP_AFTER_RE = re.compile(r"\s*[.!?]\s+")  # (the quote's sentence ends right after its closing mark)
_BACK_REACH = 40  # characters from the pointing word to the reporting verb ("Así lo ha explicado")


def _cue_ending(table: LatinTable, text: str, lo: int, e: int) -> tuple[Who | None, str] | None:
    """ "« … », sous les décombres de l’immeuble, a précisé le parquet." / "« Deux corps » ont été retrouvés
    …, ont annoncé les pompiers.": further on in the quote's sentence, a reporting verb after a comma and its
    subject after it report the quote (a word or two of time between them: "a annoncé lundi le parquet"). Not
    where the subject comes first (German): there a verb after a comma opens a clause of its own."""
    if table.subject_first or not table.cues:
        return None
    for m in ending_verb_re(table).finditer(text, lo, min(e, lo + _ENDING_REACH)):
        who = subject_after_cue(table, text, past_time_words(table, text, m.end() + 1, e), e)
        if who is not None:
            return who, m.group(1)
    return None


def past_time_words(table: LatinTable, text: str, pos: int, e: int) -> int:
    """Where the subject after a reporting verb starts, past a word or two of time ("a annoncé lundi matin le
    parquet"): lower-case words that are no function word, followed by another word or a capital."""
    for _ in range(_TIME_WORDS):
        word = _LOWER_WORD_RE.match(text, pos, e)
        if word is None or _function_word(table, word.group(1)) or not word.group(1).islower():
            break
        if _LOWER_WORD_RE.match(text, word.end(), e) is None and not text[word.end() : word.end() + 1].isupper():
            break
        pos = word.end()
    return pos


_TIME_WORDS = 2
_ENDING_REACH = 2 * NEAR  # characters after a quote read for a verb later in its sentence (bounds the work)


@cache
def ending_verb_re(table: LatinTable) -> re.Pattern[str]:
    """A comma, then a reporting verb of the table or a compound past ("ont annoncé"), then a space or a stop."""
    forms = sorted(table.cues, key=len, reverse=True)
    if table.auxiliaries and table.participle_endings:
        aux = "|".join(sorted(table.auxiliaries, key=len, reverse=True))
        forms.append(rf"(?:{aux}) [^\W\d_]+(?:{'|'.join(table.participle_endings)})")
    if not forms:
        return re.compile(r"(?!)")
    return re.compile(rf", ({'|'.join(f if f.startswith('(?:') else re.escape(f) for f in forms)})(?=[ .,;]|$)")


def tag_after(table: LatinTable, text: str, lo: int, hi: int) -> tuple[Who | None, str | None]:
    """ "…“, sagte Berg" / "… », explique-t-elle" / "…“, so Berg" / "…“, Berg sagte"."""
    at = _LEAD_RE.match(text, lo, hi)
    pos = at.end() if at else lo
    if pos == lo and lo < hi and text[lo] not in f" ,{ARABIC_COMMA}":
        return None, None  # a word glued to the closing mark: no attribution here
    inverted = _FRENCH_INVERSION_RE.match(text, pos, hi) if table.language == "fr" else None
    if inverted is not None:
        pronoun = inverted.group(1) or inverted.group(2)
        return Who(pronoun, "pronoun", start=inverted.start(), gender=table.pronouns.get(pronoun)), inverted.group()
    cue = _cue_re(table)
    m = cue.match(text, pos, hi) if cue is not None else None
    if m is not None:
        who = subject_after_cue(table, text, m.end(), hi)
        if who is None and not table.subject_first:  # "« … », a déclaré lundi le maire"
            who = subject_after_cue(table, text, past_time_words(table, text, m.end() + 1, hi), hi)
        return who, m.group()
    word = text[pos:hi].split(" ", 1)[0].lower()
    if word and word in table.after_quote:
        return read_subject(table, text, pos + len(word), hi), word
    source = source_re(table)
    m = source.match(text, pos, hi) if source is not None else None
    if m is not None:  # "« … », selon Marie Martin.": a source word names the speaker after the quote too
        return read_subject(table, text, m.end(), hi), m.group().lower()
    verb = _any_verb(table, text, pos, hi)
    if verb is not None:
        return verb
    who = read_subject(table, text, pos, hi)
    if who is not None and cue is not None:
        m = cue.match(text, after_phrase(text, pos, hi, who), hi)
        if m is not None:
            return who, m.group()
    return None, None


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
    return (who, _perfect(table, text, verb, m.end(), hi) or text[pos : m.end()].strip()) if who is not None else None


def _perfect(table: LatinTable, text: str, verb: str, pos: int, hi: int) -> str | None:
    """A German perfect's auxiliary right after a quote ("„…“, hat Hendel der Zeitung erzählt"): the cue is
    the auxiliary and the participle that ends its clause ("hat erzählt"), not the auxiliary alone; None
    when ``verb`` is no such auxiliary or no participle ends the clause."""
    if verb not in table.perfect_auxiliaries:
        return None
    clause = _CLAUSE_RE.match(text, pos, hi)
    last = clause.group().split()[-1:] if clause is not None else []
    if not last or not last[0].isalpha() or not last[0].islower() or not last[0].endswith(("t", "en")):
        return None
    return f"{verb} {last[0]}"


_CLAUSE_RE = re.compile(r"[^,.;:!?“”„\"«»]+")


def _function_word(table: LatinTable, word: str) -> bool:
    return word in table.openers or word in table.prepositions or word in table.determiners or word in table.that


# A word (and German "sich"), then a space, a comma or the sentence's end.
_LOWER_WORD_RE = re.compile(r"([^\W\d_]{2,})(?: sich)?(?: |(?=[,.;]|$))")
_MIN_VERB = 3  # letters of a finite verb read by its ending (an auxiliary may be shorter: "ha")


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
        if who is not None and (reaches(text, who, end) or mark == ":" and told_after(table, text, who, end)):
            return who, cues.words[k]  # "Dazu sagte Berg:" (the subject after its verb; "وقال … لوكالة الأنباء:")
        if not tail.strip() or mark == ":" or _object_tail(table, tail):  # "… a déclaré que « … »", "manifestó su “…”"
            return clause_subject(table, text, s, cues.starts[k]), cues.words[k]
        break
    source = source_re(table)
    m = source.search(text, s, end) if source is not None else None
    loose = False
    if m is None or not (m.start() == s or text[m.start() - 1] == " "):
        m = _loose_source_re(table).match(text, s, end)  # "Pour Berg, « … »": only opening the sentence
        loose = True
    if m is not None and (m.start() == s or text[m.start() - 1] == " "):
        who = _source_subject(table, text, m.end() + 1, end)
        if who is not None and (not loose or is_someone(table, who)):
            return who, m.group().lower()
    if mark == ":" and table.cues:  # "Berg: „…“", "Ähnlich sieht es Anna Berg: „…“", "Hahn zeigte sich froh: „…“"
        return self_presenting_subject(table, text, s, end) or colon_name(table, text, s, end), None
    return _framing_source(table, text, s, end)


def _framing_source(table: LatinTable, text: str, s: int, end: int) -> tuple[Who | None, str | None]:
    """ "Para Hurtado, su intervención “…”" / "Estos mensajes, para Hurtado, son “…”": a source word and the
    person after it, set off by commas, frame the whole sentence; its quotes are theirs."""
    pattern = words_re(table.sources_before, ignore_case=True)
    for m in pattern.finditer(text, s, end) if pattern is not None else ():
        if m.start() != s and text[m.start() - 2 : m.start()] != ", ":
            continue
        comma = text.find(",", m.end(), end)
        who = read_subject(table, text, m.end() + 1, comma) if comma > 0 else None
        if who is not None and reaches(text, who, comma) and is_someone(table, who):
            return who, m.group().lower()
    return None, None


def _object_tail(table: LatinTable, tail: str) -> bool:
    """Between a reporting verb and its quote, a few lower-case words with no stop: the quote is the verb's
    object or inside its clause ("manifestó su “…”", "a déclaré que « … »", "aseguró que sigue “…”"). Where
    every noun is capitalised, only the conjunction ("sagte, dass „…“")."""
    if table.capitalised_nouns:
        return tail.strip(" ,").lower() in table.that
    words = tail.split()
    return len(words) <= _OBJECT_TAIL_WORDS and not any(c in tail for c in ",:;.") and all(w.islower() for w in words)


_OBJECT_TAIL_WORDS = 6


def _source_subject(table: LatinTable, text: str, lo: int, end: int) -> Who | None:
    """The phrase after a source word that ends the clause before the quote, a name's office set off by
    commas included ("Selon Paul Durand, directeur de l'association, « … »": the office is its role)."""
    who = read_subject(table, text, lo, end)
    if who is None or reaches(text, who, end) or _verb_between(table, text, who, end):
        return who
    if who.kind != "person" or who.role is not None:
        return None
    apposed = apposition(table, text, after_phrase(text, lo, end, who), end + 1)
    if apposed is None or apposed[1] < end:
        return None
    who.role = apposed[0]
    return who


def _verb_between(table: LatinTable, text: str, who: Who, end: int) -> bool:
    """Where every noun is capitalised, is one lower-case word (the verb) all that stands between the source
    description and the quote ("Laut einer Warnmeldung besteht „extreme Gefahr“")?"""
    if not table.capitalised_nouns or who.kind != "desc":
        return False
    last = who.mention.split(" ")[-1]
    at = text.rfind(last, who.start, end)
    rest = text[at + len(last) : end].split() if at >= 0 else []
    return len(rest) == 1 and rest[0].isalpha() and rest[0].islower()


# -- the rest of a script's rules -----------------------------------------------------------------------


def latin_speech_like(text: str, sp: Span, s: int) -> bool:
    """A quote of a whole sentence is speech even with no speaker; a word or two is a term."""
    return _word_count(text[sp.start : sp.end]) >= 6


def latin_not_speech(table: LatinTable, text: str, sp: Span) -> bool:
    """A term after a word of naming ("die sogenannte „…“", "l'opération dite « … »", "il cosiddetto «…»"),
    as English reads "so-called" and Chinese 所谓; not after a verb of saying ("a dit « … »"). A name in the
    listener's place is no speech either ("sagte dem „Kurier“", "a déclaré au « Parisien »")."""
    words = text[max(0, sp.open - _LEAD_CHARS) : sp.open].lower().split()
    if not words:
        return False
    if names_medium(table, words, text, sp):
        return True
    if words[-1] in table.name_articles and latin_is_term(text[sp.start : sp.end]):
        return True  # "laut einem Bericht des „Spiegel“": a name after an article of its case
    if quoted_name_lead(table.language, _last_word(text, sp.open)) and latin_is_term(text[sp.start : sp.end]):
        return True  # "директор ООО «Ромашка»", "компании «Ромашка»": a body's name
    if not table.term_leads:
        return False
    if len(words) > 1 and " ".join(words[-2:]) in table.term_leads:
        return True  # "so genannte"
    return words[-1] in table.term_leads and not (len(words) > 1 and words[-2] in table.term_lead_blockers)


_LEAD_CHARS = 32  # the text before a quote read for its lead: two words and the one before them


def _last_word(text: str, at: int) -> str:
    """The word right before ``at`` as written (its case kept: "ООО" is a legal form, "ооо" none)."""
    words = text[max(0, at - _LEAD_CHARS) : at].split()
    return words[-1] if words else ""


def latin_is_term(inner: str) -> bool:
    return _word_count(inner) <= 3


_CHARS_PER_WORD = 4  # for a script written without spaces (Japanese)


def _word_count(inner: str) -> int:
    words = len(inner.split())
    return words if words > 1 else len(inner) // _CHARS_PER_WORD
