"""Reading an English speaker's noun phrase next to a reporting cue.

"Zhang Li, a member of the Party Working Committee, also said" -> ``Who("Zhang Li", "person",
role="a member of …")``. Every reader looks at a bounded window of tokens, so its cost is constant.
The look-behind reader :func:`en_subject_before` takes the block's :class:`TokenReader`, which its
windows share; the reader of a subject after its cue is :mod:`.subject_after`, of a speaker before a colon
:mod:`.colon_en`.
"""

from __future__ import annotations

from ...lexicon import quote_patterns as P
from ...lexicon.en import (
    AUXILIARIES,
    CLAUSE_BREAKS,
    CONTRACTED_AUXILIARIES,
    INDEFINITE_PERSON_PRONOUNS,
    MONTH_SHORT_FORMS,
    PARTY_STATE_RE,
    PERSON_RELATIVES,
    PREPOSITIONS,
    SUBJECT_RELATIVES,
)
from ...lexicon.reporting_en import IRREGULAR_PAST, SET_OFF_CUES
from ...lexicon.speaker_phrases_en import (
    ARTICLES,
    GO_FORMS,
    OBJECT_OPENERS,
    PHRASE_LEADS,
)
from .adverbials import drop_adverbials
from .appositive_en import appositive_subject, head_before_in, named_go_between
from .description_kind_en import classify_description
from .given_names import given_name_gender
from .name_runs_en import titled_name_ahead
from .name_split_en import split_name
from .name_words_en import HANDLE_IN_TEXT_RE, handle_who, is_handle, is_name_word, is_place
from .np import np_ending
from .openers import adverb_and_comma, appositive_object, introduces, owner_only, quoted_title, skip_introduction
from .role_text_en import before_relative, people_that
from .self_named_en import name_given_in
from .subject_after import OBJECT_PRONOUNS, en_subject_after, name_forward, subject_before_verb
from .token_reader import TokenReader, tokens
from .tokens import NAME_RUN_RE, POSSESSIVE, PUNCT, WINDOW, Kind, Tok, Who, shallow_copy, strip_possessive

__all__ = [  # the readers, and the pieces other stages import from here
    "HANDLE_IN_TEXT_RE",
    "NAME_RUN_RE",
    "POSSESSIVE",
    "Kind",
    "TokenReader",
    "Who",
    "appositive_after",
    "en_subject_before",
    "en_subject_before_aside",
    "given_name_gender",
    "is_handle",
    "is_place",
    "opening_participle_subject",
    "participle_subject",
    "split_name",
    "strip_possessive",
]

_SHORT_WINDOW = 120


def en_subject_before(reader: TokenReader, lo: int, hi: int) -> Who | None:
    """Read the subject that ends right before a cue at ``hi`` ("Zhang Li, a member of …, also")
    in the block ``reader`` reads. Read once per block for each (lo, hi): a quote's cue and the clause it reports
    ask for the same subject (each caller gets its own copy: some fill in a role)."""
    if (lo, hi) in reader.subjects:
        known = reader.subjects[(lo, hi)]
        return None if known is None else shallow_copy(known)
    who = _read_subject_before(reader, lo, hi)
    reader.subjects[(lo, hi)] = None if who is None else shallow_copy(who)
    return who


def _read_subject_before(reader: TokenReader, lo: int, hi: int) -> Who | None:
    text = reader.text
    toks = reader.window(max(lo, hi - _SHORT_WINDOW), hi)
    drop_adverbials(toks)
    if not toks:
        return None
    if toks[-1].text == "," and hi - _SHORT_WINDOW > lo:  # an appositive may reach further back
        toks = reader.window(max(lo, hi - WINDOW), toks[-1].end)
    cut = _relative_clause_comma(toks)
    if cut is not None:  # "the mother of three, who lives nearby, said"; "Anna Berg, 45, who …, said"
        read = [_subject_of(text, lo, toks[:cut]), _subject_of(text, lo, toks[: cut + 1])]
        named = name_given_in(text, toks[cut + 1 : -1], read[0])
        if named is not None:  # "One of the victims, who gave his name only as Yusuf, said": Yusuf
            return named
        if _inside_role(*read):  # "Ron Daley, a teacher in Akron, who …": Akron ends his role, he speaks
            return read[1]
        return next((w for w in read if w is not None and w.kind in ("person", "org")), read[0] or read[1])
    return _subject_of(text, lo, toks)


def en_subject_before_aside(reader: TokenReader, lo: int, hi: int) -> Who | None:
    """The subject before an aside in dashes or parentheses that opens at ``hi``: the aside closes an appositive
    as a comma would ("Ann Lee, the head of Acme — and a former aide — said" reads as "Ann Lee, the head of Acme,
    said"); else :func:`en_subject_before` ("Residents — and some officials — say")."""
    toks = reader.window(max(lo, hi - WINDOW), hi)
    if toks and any(t.text == "," for t in toks):
        who = appositive_subject(reader.text, [*toks, Tok(",", toks[-1].end, toks[-1].end)])
        if who is not None and who.kind == "person":
            return who
    return en_subject_before(reader, lo, hi)


def _subject_of(text: str, lo: int, toks: list[Tok]) -> Who | None:
    """:func:`en_subject_before` on the tokens ``toks`` that end right before the cue."""
    if not toks:
        return None
    before = _before_relative_clause(text, toks)
    if before is not None:
        return before
    last = toks[-1]
    if last.low == "to" and len(toks) > 1:
        return _infinitive_subject(text, lo, toks)
    if last.low in P.EN_PRONOUNS:
        return Who(last.text, "pronoun", start=last.start, gender=P.EN_PRONOUNS[last.low])
    pronoun = _uncontracted(last.low)  # "they’ll tell you …": the pronoun, not a description "they’ll"
    if pronoun in P.EN_PRONOUNS and pronoun != last.low:
        return Who(last.text[: len(pronoun)], "pronoun", start=last.start, gender=P.EN_PRONOUNS[pronoun])
    if last.text == ",":
        return appositive_subject(text, toks) or _name_then_stray_comma(text, lo, toks)
    who = _past_go_between(toks, np_ending(text, toks, len(toks)))
    if who is not None and who.kind in ("person", "org"):
        who = head_before_in(text, toks, who) or who  # "the Minority in Parliament said": no "Parliament"
    if who is not None and who.kind == "person":
        who = _relative_head(text, toks, who) or who
    if who is not None and who.kind == "desc" and _placed(who.mention):
        return _before_place(text, toks) or who
    return _unclosed_appositive(text, toks, who) if who is not None and who.kind == "desc" else who


def _past_go_between(toks: list[Tok], who: Who | None) -> Who | None:
    """A noun of a person read as a pronoun (``who``: "the actor") set right after a name in commas that is the
    apposition of a go-between ("In a letter to his lawyer, Tom Reed, the actor said"): a description, someone other
    than that name, which a pronoun's reading would take as the person just named; else ``who``."""
    if who is None or who.kind != "pronoun":
        return who
    k = next((i for i, t in enumerate(toks) if t.start == who.start), -1)
    if k >= 2 and toks[k - 1].text == "," and named_go_between(toks, k - 1, len(toks)):
        return Who(who.mention, "desc", role=who.mention, start=who.start)
    return who


def _name_then_stray_comma(text: str, lo: int, toks: list[Tok]) -> Who | None:
    """ "Kevin Otieno, told reporters: “…”": a full name alone opening the sentence, then a comma right before the
    cue, no appositive after it: the comma is a slip, the name the subject (before, the cue read as inverted, its
    listener "reporters" spoke)."""
    if not 2 <= len(toks) - 1 <= _STRAY_NAME_WORDS or _words_before(text, lo, toks[0].start):
        return None
    if not all(is_name_word(t) for t in toks[:-1]):
        return None
    who = np_ending(text, toks, len(toks) - 1)
    return who if who is not None and who.kind == "person" and who.start == toks[0].start else None


_STRAY_NAME_WORDS = 4


def _words_before(text: str, lo: int, at: int) -> bool:
    return any(ch.isalnum() for ch in text[lo:at])


def _before_relative_clause(text: str, toks: list[Tok]) -> Who | None:
    """The subject before a relative clause with no comma that ends right before the cue, or None."""
    back = max(0, len(toks) - _RELATIVE_REACH)  # ("A resident who did not want to be named said")
    rel = next((k for k in range(len(toks) - 1, back, -1) if _relative_at(toks, k)), None)
    if rel is None or rel < 1 or any(t.text in PUNCT for t in toks[rel - 1 :]):
        return None
    # "David Savidge, a former police officer who responded said": the relative clause is no subject
    comma = Tok(",", toks[rel - 1].end, toks[rel - 1].end)
    who = appositive_subject(text, [*toks[:rel], comma]) if rel >= 2 else None
    if who is not None:
        return who
    head = np_ending(text, toks, rel) if toks[rel].low in ("who", "that") else None
    if head is None or head.start != toks[0].start:
        return None
    # "An elderly woman who lives nearby said", "Residents who live nearby said", "Tom Hale who lives nearby said",
    # "Police who attended said": whatever opens the words read is the subject, not "lives nearby" or "attended";
    # an indefinite pronoun ("Anyone who saw the crash said") describes, names nobody
    indefinite = head.mention.lower() in INDEFINITE_PERSON_PRONOUNS
    if indefinite:
        return Who(head.mention, "desc", start=head.start)
    # "A witness who gave his name as Sipho told SABC": the name the clause gives, the description the role
    return name_given_in(text, toks[rel + 1 :], head) or head


def _relative_at(toks: list[Tok], k: int) -> bool:
    return toks[k].low in SUBJECT_RELATIVES or people_that(toks, k)  # ("Residents that spoke to the Nation said")


_RELATIVE_REACH = 9  # the words of a relative clause with no comma before the cue, and its pronoun


def _inside_role(plain: Who | None, appositive: Who | None) -> bool:
    """Is the name read before a relative clause (``plain``) the last words of the role of the person an
    appositive reading gives (``appositive``: "Ron Daley, a teacher in Akron, who runs a choir, said")?"""
    if plain is None or appositive is None or appositive.kind != "person" or not appositive.role:
        return False
    return plain.start > appositive.start and appositive.role.endswith(plain.mention)


def _relative_clause_comma(toks: list[Tok]) -> int | None:
    """Where a relative clause set off by commas right before the cue opens (its comma), or None. It says
    more about the subject ("the mother of three, who lives nearby, said"); it is neither the subject
    nor its role."""
    if len(toks) < 4 or toks[-1].text != ",":
        return None
    for k in range(len(toks) - 2, max(0, len(toks) - _RELATIVE_WORDS), -1):
        if toks[k].text in PUNCT and not _inside_number(toks, k):
            return k if k > 0 and toks[k].text == "," and _opens_relative(toks, k) else None
    return None


def _inside_number(toks: list[Tok], k: int) -> bool:
    """Is ``toks[k]`` the comma of a number between its digits ("employs 2,000 people")?"""
    before, mark, after = toks[k - 1], toks[k], toks[k + 1]
    joined = before.end == mark.start and mark.end == after.start
    return k > 0 and mark.text == "," and joined and before.text[-1:].isdigit() and after.text[:1].isdigit()


def _opens_relative(toks: list[Tok], k: int) -> bool:
    """Does a relative pronoun follow the comma ``toks[k]``: "who", "whose", or "which" after a subject with no
    comma inside ("The firm, which employs 300 people,"; not "Ann Cole, who runs Acme, which …", whose "which"
    qualifies the object of the clause before)?"""
    low = toks[k + 1].low
    return low in PERSON_RELATIVES or low == "which" and all(t.text != "," for t in toks[:k])


_RELATIVE_WORDS = 12  # words of a relative clause looked through


def _relative_head(text: str, toks: list[Tok], who: Who) -> Who | None:
    """ "A woman who was abused by Jeffrey Epstein has revealed": a name after a preposition inside a
    relative clause is its object; the noun phrase the clause qualifies is the subject."""
    k = next((i for i, t in enumerate(toks) if t.start == who.start), -1)
    if k < 3 or toks[k - 1].low not in PREPOSITIONS:
        return None
    for j in range(k - 2, 0, -1):
        if toks[j].text in PUNCT:
            return None
        if toks[j].low == "who":
            head = np_ending(text, toks, j)
            return head if head is not None and head.kind == "desc" else None
    return None


def _placed(mention: str) -> bool:
    """Is ``mention`` a place, or a description that ends in one after a preposition ("a company in Florida")?"""
    words = mention.split(" ")
    return is_place(mention) or any(
        words[k].lower() in PREPOSITIONS and is_place(" ".join(words[k + 1 :])) for k in range(1, len(words) - 1)
    )


def _before_place(text: str, toks: list[Tok]) -> Who | None:
    """ "Chad Hawk, vice president of PMG, a company in Florida told Fox": the place closes an
    appositive left unclosed; the person of the chain before it speaks."""
    comma = next((k for k in range(len(toks) - 1, -1, -1) if toks[k].text == ","), None)
    if comma is None:
        return None
    who = appositive_subject(text, toks[: comma + 1])
    return who if who is not None and who.kind == "person" else None


def _unclosed_appositive(text: str, toks: list[Tok], who: Who) -> Who:
    """ "Brian Gianforte, a 32-year-old member of Montana’s LGBTQ+ community said": an appositive
    whose closing comma is left out; the name before it speaks, the description is its role."""
    k = next((i for i, t in enumerate(toks) if t.start == who.start), -1)
    if k < 2 or toks[k - 1].text != "," or toks[k].low not in ARTICLES or not is_name_word(toks[k - 2]):
        return who
    name = np_ending(text, toks, k - 1)
    if name is None or name.kind != "person" or _inside_clause(toks, name.start):
        return who
    if named_go_between(toks, k - 1, len(toks)):
        return who  # "Speaking through his media aide, Olusegun Dada, the governor said": the governor speaks
    return Who(name.mention, "person", role=name.role or who.mention, start=name.start, gender=name.gender)


def _inside_clause(toks: list[Tok], start: int) -> bool:
    """Does a word in lower case stand right before the name at ``start`` ("…hours with EgyptAir, the airline
    said")? The name is then inside the clause the description closes, not a subject the description is set after."""
    k = next((i for i, t in enumerate(toks) if t.start == start), 0)
    return k > 0 and toks[k - 1].text not in PUNCT and toks[k - 1].text.islower()


def _infinitive_subject(text: str, lo: int, toks: list[Tok]) -> Who | None:
    """Who speaks in "… led Christie to suggest" (the object before "to") or "Smith went on to say"
    (the subject of the sentence); nobody in "is allowed to say"."""
    before = toks[-2]
    if before.low in OBJECT_PRONOUNS:
        return Who(before.text, "pronoun", start=before.start, gender=OBJECT_PRONOUNS[before.low])
    if is_name_word(before):
        who = np_ending(text, toks, len(toks) - 1)
        if who is not None and who.kind in ("person", "org"):
            return who
    if before.text == "," and len(toks) > 3:  # "inspired Chris Sununu, a Haley backer, to urge": the appositive's name
        k = next((i for i in range(len(toks) - 3, max(0, len(toks) - 12), -1) if toks[i].text in PUNCT), 0)
        who = np_ending(text, toks, k) if k > 0 and toks[k].text == "," and is_name_word(toks[k - 1]) else None
        if who is not None and who.kind == "person":
            return who
    if before.low == "on" and len(toks) > 2 and toks[-3].low in GO_FORMS:
        return participle_subject(text, max(lo, toks[0].start), toks[-3].start)  # "Smith went on to say"
    return None


def appositive_after(text: str, end: int) -> str | None:
    """ "Zhang Hongbin, a director, opened …": the role between the commas after a name."""
    if not text.startswith(", ", end) or end + 2 >= len(text) or not text[end + 2].islower():
        return None
    close = text.find(",", end + 2, end + 200)
    if close < 0:
        return None
    role = text[end + 2 : close]
    # "…, co-author of the study. “What is new …,” he said": the apposition ends with its sentence
    quoted = P.EN_SENTENCE_THEN_QUOTE_RE.search(role)
    if quoted is not None:
        role = role[: quoted.start()]
    role = _before_sentence_end(role)
    words = role.split()
    first = words[0].rstrip(":;")  # "Kevin Otieno, said: “We expect 5,000 …”": the cue before its colon
    if len(words) > 25 or first in CLAUSE_BREAKS or first in AUXILIARIES or first in PREPOSITIONS:
        return None
    if first in PHRASE_LEADS:
        return None  # "Tom Hale, like many others, said": a prepositional phrase, no role
    if all(word in P.EN_SKIPPABLE for word in words):
        return None  # "John Smith, however, said": an adverb set off by commas
    if first.endswith(("ed", "ing")) or first in P.EN_CUES or first in IRREGULAR_PAST or _verb_and_object(words):
        return None  # "Virginia Giuffre, filed a lawsuit …", "Tom Berg, spoke on Monday", "…, remembers it": a clause
    return before_relative(role)  # "Gary Holt, a baker who kept hens in a pit, …": the role is "a baker"


def _before_sentence_end(role: str) -> str:
    """``role`` up to the end of its sentence: after a lower-case word or a number ("…, double the number in 2017.
    One of these, …"), or after a capitalised word that is no abbreviation ("…, spoke on Monday. Northwind …")."""
    ended = P.EN_SENTENCE_END_RE.search(role)
    if ended is not None:
        role = role[: ended.end() - 2]
    for m in P.EN_CAPITAL_END_RE.finditer(role):
        word = m.group(1).lower()
        if m.group().startswith(m.group(1) + ".") and (word in P.EN_ABBREVIATIONS or word in MONTH_SHORT_FORMS):
            continue  # "Gov. Tom Hale", "Jan. Five": an abbreviation, no sentence end
        return role[: m.end() - 2]
    return role


def _verb_and_object(words: list[str]) -> bool:
    """Do the words open with a verb in -s and its object ("remembers it differently", "runs the shop")?"""
    first = words[0]
    return len(words) > 1 and first.endswith("s") and not first.endswith("ss") and words[1] in OBJECT_OPENERS


def _inverted_before(text: str, toks: list[Tok], hi: int) -> Who | None:
    """The subject of an inverted cue closing the clause before a participle ("…,” said Brassard,
    noting"): the cue stands at most six words back, right after a quote mark, or past a role set off after the
    name ("…,” said Ann Cole, Chief Executive, adding": the name is the subject, not the role's words)."""
    if len(toks) < 3 or toks[-1].text != ",":
        return None
    commas = 0
    for k in range(len(toks) - 2, max(0, len(toks) - _INVERTED_REACH), -1):
        if toks[k].text == "," and commas < _APPOSED_COMMAS:
            commas += 1
            continue
        if toks[k].text in PUNCT:
            return None
        if toks[k].low in P.EN_CUES and not P.EN_CUES[toks[k].low] and toks[k - 1].text in "”\"'’,":
            who = en_subject_after(text, toks[k].end, toks[-1].start)
            return who if who is not None and who.kind in ("person", "org") else None
    return None


_INVERTED_REACH = 14  # tokens back to the cue: the name and a role (with an age) set off after it
_APPOSED_COMMAS = 2


def _set_off_cue_before(text: str, toks: list[Tok]) -> Who | None:
    """The subject of a cue set off by commas right before a participle ("The bridge will reopen, the
    agency said on Monday, adding …"): the speaker named between the commas, not the sentence's subject."""
    if len(toks) < 4 or toks[-1].text != ",":
        return None
    for k in range(len(toks) - 2, max(0, len(toks) - 6), -1):
        if toks[k].text in PUNCT:
            return None
        if toks[k].low in SET_OFF_CUES:
            return _subject_after_comma(text, toks, k)
    return None


def _subject_after_comma(text: str, toks: list[Tok], cue: int) -> Who | None:
    """The subject between the comma that opens a set-off cue ``toks[cue]`` (at most five words back) and the
    cue; None when no comma opens it or no person, organisation or description stands there."""
    for j in range(cue - 1, max(-1, cue - 7), -1):
        if toks[j].text == ",":
            if j == cue - 1:
                return None
            who = en_subject_after(text, toks[j].end, toks[cue].start)
            return who if who is not None and who.kind in ("person", "org", "desc") else None
        if toks[j].text in PUNCT:
            return None
    return None


def participle_subject(text: str, lo: int, hi: int) -> Who | None:
    """Who speaks in "Donna dismissed the idea, noting …": the last name or pronoun opening a clause
    of the sentence before the participle, else the sentence's subject, which ends before its verb ("The
    senator attacked the council, saying …" is the senator's)."""
    toks = tokens(text, max(lo, hi - WINDOW), hi)
    inverted = _inverted_before(text, toks, hi) or _set_off_cue_before(text, toks)
    if inverted is not None:  # "“…,” said Brassard, noting that …": the speaker just named
        return inverted
    for k in range(len(toks) - 1, max(-1, len(toks) - 5), -1):
        if toks[k].text in PUNCT:
            break
        if toks[k].low == "with" and k < len(toks) - 1:  # "with some people saying …": they speak
            return classify_description(text, toks, k + 1, len(toks))
    for k in range(len(toks) - 1, -1, -1):
        who = _clause_subject(text, toks, k)
        if who is not None:
            return who
    return en_subject_after(text, lo, hi, before_verb=True) or _subject_past_introduction(text, lo, hi)


def opening_participle_subject(text: str, lo: int, hi: int, clause_end: int, end: int) -> Who | None:
    """Who speaks in "After arguing that the vote was close, Ruiz conceded": a participle right after the
    preposition or subordinator opening the sentence ("Now, after arguing") takes the subject of the main
    clause, read after the comma (at ``clause_end``) that closes the reported clause, up to ``end``; None when
    ``text[lo:hi]`` is no such opening or no subject follows the comma."""
    toks = tokens(text, lo, hi)
    first = 2 if len(toks) == 3 and adverb_and_comma(toks, 0) else 0
    if len(toks) != first + 1 or not introduces(toks[first], None, opening=first == 0):
        return None
    if not text.startswith(", ", clause_end):
        return None
    return en_subject_after(text, clause_end + 2, end, before_verb=True)


def _subject_past_introduction(text: str, lo: int, hi: int) -> Who | None:
    """The sentence's subject after a sentence adverb and the introductory phrase after it ("Now, after the
    vote, his team is suggesting …"); None when the sentence opens with no adverb and comma or no subject follows."""
    toks = tokens(text, lo, min(hi, lo + WINDOW))
    if len(toks) < 3 or not adverb_and_comma(toks, 0):
        return None
    first = skip_introduction(toks, 0)
    return en_subject_after(text, toks[first].start, hi, before_verb=True) if first < len(toks) else None


def _place_in_list(toks: list[Tok], k: int) -> bool:
    """Is ``toks[k]`` a place standing after a town's name ("near McAllen, Texas, and argued") or opening a list of
    places ("four states—Colorado, Washington and Oregon—and noted"): no subject?"""
    if not is_place(toks[k].text):
        return False
    if k >= 2 and toks[k - 1].text == "," and is_name_word(toks[k - 2]):
        return True
    return k + 2 < len(toks) and toks[k + 1].text == "," and is_place(toks[k + 2].text)


def _uncontracted(low: str) -> str:
    """A word without the auxiliary contracted onto it ("they’re" -> "they", "he's" -> "he"); the word otherwise."""
    head, mark, tail = low.replace("’", "'").partition("'")
    return head if mark and tail in CONTRACTED_AUXILIARIES else low


def _clause_subject(text: str, toks: list[Tok], k: int) -> Who | None:
    """The pronoun, handle or name at ``toks[k]`` when it opens a clause (not "(PTI)", not an
    appositive object: "the crackdown on his party, Pakistan Tehreek-e-Insaf (PTI), stating")."""
    opens = k == 0 or toks[k - 1].text in PUNCT and toks[k - 1].text not in "(“"
    if not opens or text[toks[k].start - 1 : toks[k].start] == "‘" or quoted_title(text, toks, k):
        return None  # (after an opening mark the words are quoted ones: a defence of “New York values”, ‘We …’)
    if appositive_object(toks, k) or owner_only(toks, k) or _place_in_list(toks, k):
        return None  # "Roe, New Jersey’s sitting governor, …": the owner is no subject
    tok = toks[k]
    if PARTY_STATE_RE.fullmatch(tok.text.rstrip(".")):
        return None  # "Rep. Ann Lee, R-Ohio, visited …": the party and state of the name before, no subject
    pronoun = _uncontracted(tok.low)  # "They’re well aware …": the pronoun before its contracted auxiliary
    if pronoun in P.EN_PRONOUNS and pronoun != "it":
        return Who(tok.text[: len(pronoun)], "pronoun", start=tok.start, gender=P.EN_PRONOUNS[pronoun])
    if is_handle(tok.text):
        return handle_who(tok)
    if is_name_word(tok):
        described = subject_before_verb(text, toks[k:])  # "Local residents protested": no name "Local"
        if described is not None:
            return described
        who = titled_name_ahead(text, toks, k) or name_forward(text, toks[k:])
        if who is not None and who.kind in ("person", "org"):
            return who
    return None
