"""English appositive chains before a cue: "NAME, ROLE, [ROLE, …] said" ("Richard Weir, 60, from Tynemouth, North
Tyneside, said"). Split from :mod:`.np`, whose noun-phrase reader each segment of the chain goes through."""

from __future__ import annotations

import re

from ...lexicon import quote_patterns as P
from ...lexicon.en import (
    ADVERBIAL_LEADS,
    CLAUSE_BREAKS,
    FINITE_AUXILIARIES,
    HOLDER_COMPLEMENT_JOINERS,
    OFFICE_ACRONYMS,
    OPENING_COORDINATORS,
    PARTICIPLE_OBJECT_WORDS,
    PARTY_STATE_RE,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    TITLE_COMPLEMENT_JOINERS,
    agent_noun,
)
from ...lexicon.punctuation import SENTENCE_ENDS, SPACES_AND_ENGLISH_QUOTE_MARKS
from ...lexicon.speaker_phrases_en import (
    ARTICLES,
    EVERYDAY_PERSON_NOUNS,
    ISSUED_WORDS,
    NAME_RUN_JOINERS,
    POSSESSIVE_DETERMINERS,
    STOOD_IN_WORDS,
)
from .former_name_en import without_former_name
from .given_names import given_name_gender
from .name_runs_en import run_start
from .name_words_en import office_word
from .np import np_ending
from .role_text_en import before_relative, without_age
from .tokens import MAX_ROLE_WORDS, PUNCT, Tok, Who


def appositive_subject(text: str, toks: list[Tok]) -> Who | None:
    """ "NAME, ROLE, [ROLE, …]" before the cue ("Richard Weir, 60, from Tynemouth, North Tyneside, said").

    Every comma-separated segment of the chain that ends in a name is a candidate; a name with a known
    given name wins, else the leftmost person (the subject comes first, places and ages follow)."""
    last = len(toks) - 1
    if last >= 2 and toks[last - 2].text == "," and PARTY_STATE_RE.fullmatch(toks[last - 1].text):
        toks, last = toks[: last - 1], last - 2  # "Mike Gallagher, R-Wis., said": a party and state, no name
        if "," not in (t.text for t in toks[max(0, last - MAX_ROLE_WORDS) : last]):
            return np_ending(text, toks, last)
    commas = _chain_commas(toks, last)
    candidates = _last_segment(text, toks, last, commas)
    candidates += [(who, c) for c in commas if (who := _segment_name(text, toks, c)) is not None]
    if not candidates:
        return _described_before_place(text, toks, commas)
    people = [(w, c) for w, c in candidates if w.kind == "person"]
    if len(people) > 1:  # "Reacting, the Chairman of the council, Hon. Ade Bello, said": a writer's participle
        people = [(w, c) for w, c in people if not _participle_opener(text, w) and not _object_of(toks, w)]
    known = [(w, c) for w, c in people if given_name_gender(w.mention)]
    who, c = known[0] if known else people[-1] if people else candidates[0]
    if c != last and who.kind == "person" and not _participle_phrase(toks, c + 1):
        role = before_relative(text[toks[c + 1].start : toks[last - 1].end])
        role = without_former_name(role) if role is not None else None  # "Mary Collins, née Doyle, said"
        role = without_age(role) if role is not None else None  # "Mr. Jones, 54, said": 54 is no role
        if role is not None:
            who.role = role if who.role is None else f"{who.role}, {role}"
    return who


def _object_of(toks: list[Tok], who: Who) -> bool:
    """Is the name ``who`` the object of a preposition ("Speaking to the Daily Graphic, the headmistress, Mrs Ama
    Owusu, said": the paper she spoke to), with "the" or nothing between, so no subject of the chain?"""
    k = next((k for k, t in enumerate(toks) if t.start == who.start), 0)
    k -= 1 if k > 0 and toks[k - 1].low in ARTICLES else 0
    return k > 0 and toks[k - 1].low in PREPOSITIONS


def named_go_between(toks: list[Tok], c: int, last: int) -> bool:
    """Is the name set off before comma ``c`` the apposition of a noun of a person inside a phrase of a preposition
    ("Speaking through his media aide, Olusegun Dada, the governor said", "In a letter by her lawyer, Tom Reed, the
    actress said"), a description with no comma after the name then closing the chain: the one spoken through is
    named, the description speaks?"""
    seg = _segment_start(toks, c)
    if seg < 3 or toks[seg - 1].text != "," or run_start(toks, c) != seg or "," in (t.text for t in toks[c + 1 : last]):
        return False
    if toks[c + 1].low not in ARTICLES or not _person_noun(toks[seg - 2].low) or toks[seg - 2].cap:
        return False
    k = seg - 3
    while k > 0 and toks[k].low not in POSSESSIVE_DETERMINERS and toks[k].low not in ARTICLES and not toks[k].cap:
        k -= 1
    return k > 0 and seg - k <= _GO_BETWEEN_WORDS and toks[k - 1].low in _GO_BETWEEN_PREPOSITIONS


def _person_noun(low: str) -> bool:
    return low in P.EN_PERSON_OR_TIE_NOUNS or low in P.EN_TITLES or low in EVERYDAY_PERSON_NOUNS or agent_noun(low)


# A noun phrase of at most four words before its comma; the prepositions that name one spoken through or for.
_GO_BETWEEN_WORDS = 5
_GO_BETWEEN_PREPOSITIONS = PREPOSITIONS | frozenset(("through",))


def _described_before_place(text: str, toks: list[Tok], commas: list[int]) -> Who | None:
    """ "The 34-year-old, from Salford, added": a description opening the sentence, set off from the cue by a
    phrase of a preposition (where the person is from) or by an age ("The actress, 41, said"), is the subject (a
    description, or one standing for a person named before: "The mother, from Leeds, said"); the phrase is no
    name."""
    if not commas or commas[-1] + 1 >= len(toks) or not _set_off(toks, commas[-1] + 1):
        return None
    c = commas[-1]
    seg = _segment_start(toks, c)
    if seg == c or not _opens(text, toks[seg]):
        return None
    who = np_ending(text, toks, c)
    return who if who is not None and who.kind in ("desc", "pronoun") else None


def _set_off(toks: list[Tok], k: int) -> bool:
    """Does the phrase set off at ``toks[k]`` tell where the person is from ("from Salford") or their age alone
    ("The actress, 41, said")?"""
    age = toks[k].text.isdigit() and len(toks[k].text) <= 3 and k + 1 < len(toks) and toks[k + 1].text == ","
    return age or toks[k].low in PREPOSITIONS


def _participle_phrase(toks: list[Tok], k: int) -> bool:
    """Does a participle with its complement open the segment at ``toks[k]`` ("Adeyemi, asked about the
    bill, said"; "…, speaking to reporters, said")? It tells what the subject did, no role ("a retired
    teacher", "elected official" are roles: a noun follows the participle)."""
    if toks[k].low in ADVERBIAL_LEADS:
        return True  # "Tom Hale, like many others, said": a prepositional phrase, no role either
    if k + 1 >= len(toks) or toks[k].cap or not toks[k].low.endswith(("ed", "ing")):
        return False
    return toks[k + 1].low in PARTICIPLE_OBJECT_WORDS


def _chain_commas(toks: list[Tok], last: int) -> list[int]:
    """The commas of the appositive chain before ``toks[last]``, nearest first (at most five)."""
    commas: list[int] = []
    k = last - 1
    while k >= 0 and len(commas) < 5 and last - k < MAX_ROLE_WORDS:
        if toks[k].text in ";:":
            break
        if toks[k].text == ",":
            commas.append(k)
        k -= 1
    return commas


def _participle_opener(text: str, who: Who) -> bool:
    """Is ``who`` one word in -ing opening its sentence, set off by a comma ("Reacting,", "Commenting,"): the
    writer's lead to the subject after it, no name?"""
    word = who.mention
    if " " in word or not word.endswith("ing") or len(word) < 7 or not text.startswith(",", who.start + len(word)):
        return False
    return _opens(text, Tok(word, who.start, who.start + len(word)))


def _opens(text: str, tok: Tok) -> bool:
    """Does ``tok`` open its sentence (nothing before it but a sentence end, a quote mark or the block's start)?"""
    k = tok.start  # (read back from the token, not by stripping a copy of all the text before it)
    while k > 0 and text[k - 1] in SPACES_AND_ENGLISH_QUOTE_MARKS:
        k -= 1
    return k == 0 or text[k - 1] in SENTENCE_ENDS


def _last_segment(text: str, toks: list[Tok], last: int, commas: list[int]) -> list[tuple[Who, int]]:
    """The name closing the chain ("Epstein's neighbor …, Donald Trump, said"; "The company that runs
    the AMAs, Dick Clark Productions, denies"), with the description before it as its role."""
    inner = np_ending(text, toks, last)
    if inner is None or inner.kind not in ("person", "org") or not commas or run_start(toks, last) != commas[0] + 1:
        return []
    if inner.kind == "person" and _region_after_place(toks, commas[0], inner):
        # "The firm, which is based in Austin, Texas, said": the state after its city, no speaker; the chain's
        # opening phrase is the subject
        head = np_ending(text, toks, commas[-1])
        return [(head, commas[-1])] if head is not None and head.kind in ("org", "desc") else []
    before = np_ending(text, toks, commas[0])
    if inner.kind == "person":
        inner.role = _author_of_document(before.role) if before is not None and before.kind == "desc" else inner.role
        if before is not None and before.kind == "org" and before.mention.rpartition(" ")[2] in OFFICE_ACRONYMS:
            inner.role = before.mention  # "The OCPD, Mr Peter Maina, said": an office in initials, no body
        if before is not None and before.kind in ("person", "org", "desc"):
            # "The Press Secretary for the Governor, Ann Cole,": the title whole, not its complement's description
            inner.role = _author_of_document(_title_with_complement(text, toks, commas[0], before)) or inner.role
        if before is not None and before.kind == "person" and _title_alone(before.mention):
            # "Lagos State Governor, Babajide Sanwo-Olu, said": a title alone ends the run, the holder named after
            seg = _segment_start(toks, commas[0])
            inner.role = text[toks[seg].start : toks[commas[0] - 1].end] if seg < commas[0] else inner.role
    return [(inner, last)]


def _author_of_document(role: str | None) -> str | None:
    """``role`` from its author on when it is a document made by one ("A statement signed by its spokesman, Dr Ade
    Musa, said": "its spokesman"; the statement is the medium, the person named its author). The participle may open
    the role when the document stands in commas of its own ("The statement, signed by the party's publicity
    secretary, Debo Ologunagba, said": "the party's publicity secretary", not "signed by …")."""
    words = (role or "").split(" ")
    by = (k for k in range(len(words) - 2) if words[k + 1] == "by")
    at = next((k for k in by if words[k] in ISSUED_WORDS or words[k] in STOOD_IN_WORDS), -1)
    return " ".join(words[at + 2 :]) if at >= 0 else role


def _title_alone(mention: str) -> bool:
    """Is ``mention`` a title alone ("Governor"), or capitalised words before one that no given name opens ("Finance
    Minister" in "Ghana's Finance Minister, Ken Ofori-Atta,"): an office, its holder named after the comma?"""
    words = mention.lower().split(" ")
    return words[-1] in P.EN_TITLES and (len(words) == 1 or not given_name_gender(mention.split(" ")[0]))


def _title_with_complement(text: str, toks: list[Tok], comma: int, before: Who) -> str | None:
    """The segment before ``comma`` when it is a title with its complement joined by "for", "of" or "to" ("The
    Minister for Health, Ann Cole,": the run after "for" is the office's, the holder named after the comma)."""
    seg = _segment_start(toks, comma)
    if seg == comma or not (_title_complement(toks, seg, comma, before.start) or _title_opens(toks, seg, comma)):
        return None
    return text[toks[seg].start : toks[comma - 1].end]


def _segment_start(toks: list[Tok], comma: int) -> int:
    """Where the segment ending at ``comma`` starts: right after the punctuation before it, or at the first token."""
    seg = comma
    while seg > 0 and toks[seg - 1].text not in PUNCT:
        seg -= 1
    return seg


def _title_opens(toks: list[Tok], seg: int, comma: int) -> bool:
    """Does the segment ``toks[seg:comma]`` open with a capitalised title (after "the") and the "of", "for" or "to"
    joining it to its complement ("The Chief Executive of the HSE", "The Director of the National Gallery"), the
    body read whole as an organisation or the title as a person?"""
    k = seg + (toks[seg].low == "the")
    j = k
    while j < comma and toks[j].cap and toks[j].low not in TITLE_COMPLEMENT_JOINERS:
        j += 1
    return k < j < comma - 1 and toks[j].low in TITLE_COMPLEMENT_JOINERS and office_word(toks[j - 1])


def _region_after_place(toks: list[Tok], comma: int, inner: Who) -> bool:
    """Does the segment before ``comma`` end on a preposition and a capitalised run ("based in Austin", "from
    Leeds"), with no given name opening the name after the comma: "…in Austin, Texas": a region, no person?"""
    k = run_start(toks, comma)
    if _title_complement(toks, 0, comma, toks[k].start):
        return False  # "The MP for Macnamara, Josh Burns, said": a title's complement, then the holder's name
    return 0 < k < comma and toks[k - 1].low in PREPOSITIONS and not given_name_gender(inner.mention.split(" ")[0])


def _segment_name(text: str, toks: list[Tok], c: int) -> Who | None:
    """The person or organisation ending the segment before comma ``c``, if the segment can be a
    subject (not "in Florida", not a party and state, not "led by chairman …")."""
    seg = _segment_start(toks, c)
    if seg + 1 < c and toks[seg].low == "as" and toks[seg + 1].cap:
        seg += 1  # "As Tom Ridge, a former secretary, put it:": the conjunction's subject speaks
    elif seg + 1 < c and toks[seg].low in OPENING_COORDINATORS and toks[seg + 1].cap and _opens(text, toks[seg]):
        seg += 1  # "But Mark Olsen, a senator from Ohio, said": the coordinator opening the sentence
    elif seg < c and (toks[seg].low in PREPOSITIONS or toks[seg].low in CLAUSE_BREAKS):
        return None
    if c - seg == 1 and PARTY_STATE_RE.fullmatch(toks[seg].text):
        return None  # "Mike Gallagher, R-Wis., said": a party and state, not a name
    if seg + 1 < c and toks[seg].low.endswith("ed") and toks[seg + 1].low == "by":
        return None  # "…, led by chairman Mike Gallagher, requested": the leader is not the subject
    who = np_ending(text, toks, c)
    if who is not None and who.kind == "person" and _title_alone(who.mention):
        return None  # "The Chairman of the Senate, Ada Obi, said", "Togo's Trade Minister, …": a title names no one
    if who is not None and who.kind == "person" and _title_complement(toks, seg, c, who.start):
        return None  # "The MP for Macnamara, Josh Burns, said": the title's complement, no one named
    return who if who is not None and who.kind in ("person", "org") else None


def _title_complement(toks: list[Tok], seg: int, c: int, start: int) -> bool:
    """Does the name at ``start`` in the segment ``toks[seg:c]`` follow a title and the "for", "of" or "to" joining
    it to its complement ("the MP for | Macnamara", "the Minister of | Finance")?"""
    k = next((k for k in range(seg, c) if toks[k].start == start), seg)
    while k - seg >= 3 and toks[k - 1].low in NAME_RUN_JOINERS and toks[k - 2].cap:
        k = max(seg, run_start(toks, k - 1))  # "the Minister for Foreign Affairs and | Trade": one office's complement
    if k - seg < 2 or toks[k - 1].low not in HOLDER_COMPLEMENT_JOINERS:
        return False
    m = k - 2
    while m > seg and not office_word(toks[m]) and (toks[m].cap or toks[m].low in _COMPLEMENT_WORDS):
        m -= 1  # "the Member of Parliament for | Ejisu", "the Director of the Centre for | Democratic Development"
    return office_word(toks[m]) and toks[m + 1].low in HOLDER_COMPLEMENT_JOINERS



# The lower-case words inside an office's complement ("the Member of Parliament for …", "of the Centre for …").
_COMPLEMENT_WORDS = TITLE_COMPLEMENT_JOINERS | NAME_RUN_JOINERS | frozenset(("the",))


_WORD_RE = re.compile(r"\w+")
_ASIDE_REACH = 120


def subject_after_according(text: str, name_start: int, name_end: int) -> bool:
    """Is the phrase set off by commas after "According to NAME," (NAME at ``name_start``–``name_end``) the subject
    of the report rather than NAME's role? It is when the words after it, past a relative clause on it, open with a
    finite verb: "According to Ann Lee, the plan, which Omar Vale said was costly, will fail." ("According to Ann
    Lee, the head of Acme, the plan will fail": a subject follows, the phrase is her role.)"""
    if _ACCORDING_BEFORE_RE.search(text, max(0, name_start - _LEAD - _TITLES_REACH), name_start) is None:
        return False  # (titles may stand between: "According to Lt. Col. James Okafor, …")
    close = text.find(",", name_end + 1, name_end + _ASIDE_REACH)
    if _SENTENCE_STOP_RE.search(text, name_end + 1, close if close > 0 else name_end + _ASIDE_REACH) is not None:
        return True  # "According to Ann Lee, the army repelled the attack.": the phrase runs to the sentence's end
    word = _WORD_RE.search(text, close + 1, close + _ASIDE_REACH) if close > 0 else None
    if word is not None and word.group() in RELATIVE_PRONOUNS:
        close = text.find(",", word.end(), word.end() + _ASIDE_REACH)
        word = _WORD_RE.search(text, close + 1, close + _ASIDE_REACH) if close > 0 else None
    return word is not None and word.group() in FINITE_AUXILIARIES


_LEAD = len("according to ") + 2
_TITLES_REACH = 24  # abbreviated titles between "according to" and the name ("Lt. Col.", "Gen.", "Dr.")
_SENTENCE_STOP_RE = re.compile(r"[a-z]{2}[.!?](?:\s|$)")  # a sentence's end after a lower-case word
_ACCORDING_BEFORE_RE = re.compile(r"(?i:according to)(?: [A-Z][\w’'.]*+)*+ ?$")


def head_before_in(text: str, toks: list[Tok], who: Who) -> Who | None:
    """The description when the name ``who`` ending ``toks`` only closes a phrase of "in" after a capitalised noun
    that "the" opens ("the Minority in Parliament said", "the Opposition in the Senate said"): that noun with its
    phrase is the subject, the place or body after "in" no speaker; else None."""
    k = next((i for i, t in enumerate(toks) if t.start == who.start), -1)
    k -= k >= 1 and toks[k - 1].low == "the"
    if k < 3 or toks[k - 1].low != "in":
        return None
    j = k - 1
    while j > 0 and k - j <= _HEAD_WORDS and _head_word(toks[j - 1]):
        j -= 1
    if j == k - 1 or j < 1 or toks[j - 1].low != "the":
        return None
    phrase = text[toks[j - 1].start : toks[-1].end]
    return Who(phrase, "desc", role=phrase, start=toks[j - 1].start)


_HEAD_WORDS = 4


def _head_word(tok: Tok) -> bool:
    """Is ``tok`` a capitalised word of the noun before "in"? A capitalised "The" opening the sentence is the
    article ("The Minority in Parliament said …"), no word of the noun."""
    return tok.cap and tok.text.isalpha() and tok.low != "the"
