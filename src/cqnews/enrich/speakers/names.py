"""Where a name stands in its sentence, and which full name a short mention stands for.

Helpers of :class:`~cqnews.enrich.speakers.SpeakerBook`: whether a capitalised word opens its sentence or clause
(a likely subject), and the sliding window that finds the full name ("Zhang Hongbin") an article
wrote before a short mention ("Zhang"). Every look-up is bounded.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable

from ...lexicon import quote_patterns as P
from ...lexicon.en import (
    CLAUSE_LEAD_WORDS,
    NAME_PARTICLES,
    PREPOSITIONS,
    ROLE_NOUN_ENDINGS,
    SUBORDINATORS,
    WRITTEN_NAME_SUFFIXES,
)
from ...lexicon.punctuation import SENTENCE_GAPS
from .homographs_en import complement_name_words
from .name_words_en import title_or_agent_noun
from .phrases import POSSESSIVE, given_name_gender, is_place, strip_possessive

_LAST_SPACE_RE = re.compile(r"\s(?=\S*\Z)")


# How many earlier names sharing a word a follow-up mention is compared with.
_NAME_WINDOW = 50


class NameWindow:
    """The candidate full names of one mention ("Zhang") among the last _NAME_WINDOW entries of its
    word before a position, with how often each was written and where last.

    Mentions are looked up in reading order, so the window slides forward: each entry is added and
    dropped once, and a look-up costs O(1) amortised plus the few distinct candidates. A look-up
    behind the window (or a jump past it) rebuilds it from the entries, which is bounded too."""

    __slots__ = ("answer", "counts", "dotted", "hi", "latest", "lo", "names", "parts")

    def __init__(self, parts: tuple[str, ...], dotted: bool) -> None:
        self.parts, self.dotted = parts, dotted
        self.lo = self.hi = 0
        self.names: deque[tuple[str, ...] | None] = deque()  # the candidate of each entry in [lo, hi)
        self.counts: dict[tuple[str, ...], int] = {}
        self.latest: dict[tuple[str, ...], int] = {}
        self.answer: tuple[str, ...] | None = None  # what the window [lo, hi) gives (none while empty)

    def best(self, entries: list[tuple[int, tuple[str, ...], int]], k: int) -> tuple[str, ...] | None:
        """The most often written candidate among entries[k - 50 : k], ties to the most recent."""
        if k == self.hi:  # (most look-ups: no name written since the last one, so the window is as it was)
            return self.answer
        lo = max(0, k - _NAME_WINDOW)
        if k < self.hi or lo > self.hi:
            self.lo = self.hi = lo
            self.names.clear()
            self.counts.clear()
            self.latest.clear()
        for index in range(self.hi, k):
            self._add(entries[index], index)
        self.hi = k
        while self.lo < lo:
            self._drop(self.names.popleft())
            self.lo += 1
        if len(self.counts) < 2:  # none, or the one candidate most windows hold
            self.answer = next(iter(self.counts), None)
        else:
            self.answer = max(self.counts, key=lambda n: (self.counts[n], self.latest[n]))
        return self.answer

    def _add(self, entry: tuple[int, tuple[str, ...], int], index: int) -> None:
        _, words, i = entry
        name = extend_name(words, i, len(self.parts), self.dotted)
        if name is None or len(name) <= len(self.parts) or not contains_parts(name, self.parts):
            # "Mary Jones" for "Mary Ann Jones", "Nana Antwi" for "Nana Osei Assibey Antwi III"
            name = words if _first_and_last(words, i, self.parts) else None
        if name is not None:
            self.counts[name] = self.counts.get(name, 0) + 1
            self.latest[name] = index
        self.names.append(name)

    def _drop(self, name: tuple[str, ...] | None) -> None:
        if name is None:
            return
        left = self.counts[name] - 1
        if left:
            self.counts[name] = left
        else:
            del self.counts[name], self.latest[name]


_TITLE_ABBREV_END_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Gen|Lt|Col|Sgt|Capt|Prof)\.$")
# The same titles written without their full stop, as British, Australian and Asian pages do ("Dr Amara Diallo
# works …", "Cllr Janet Hughes said"), with the British ones written so only.
_TITLE_UNDOTTED_END_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sgt|Capt|Prof|Cllr|Insp|Supt|Det|Rev)$")


_OPENERS = CLAUSE_LEAD_WORDS
_OPENER_SPAN = max(len(w) for w in _OPENERS) + 1  # (the longest with its space)


_ABBREV_END_RE = re.compile(r"(?:\b[A-Z]\.){2,}$|\b(?:Mr|Mrs|Ms|Dr|St|Rep|Sen|Gov|Gen|Lt|Col|Sgt|Capt|Prof)\.$")


# A capital initial and its full stop right before a word ("W." in "George W. Bush").
_INITIAL_END_RE = re.compile(r"(?:^|(?<=[\s(]))[A-Z]\.$")




def owned_document(words: list[str], mention: str) -> bool:
    """Is a description a document of someone named ("Godongwana’s latest budget documents")?"""
    return len(words) >= 2 and words[-1] in P.EN_DOC_HEADS and mention[:1].isupper() and words[0].endswith(POSSESSIVE)


def group_noun(word: str) -> bool:
    """Is a lone capitalised subject a plural common noun ("Neighbours", "Ex-friends", "Democrats")?"""
    if " " in word or not word.isalpha() and "-" not in word:
        return False
    low = word.lower()
    for prefix in P.EN_GROUP_PREFIXES:
        low = low.removeprefix(prefix)
    return low in P.EN_GROUP_NOUNS or len(low) > 5 and low.endswith(P.EN_GROUP_ENDINGS)


_ARTICLE_BEFORE_RE = re.compile(r"(?:^|\W)(?:a|an|A|An) $")


def after_article(text: str, pos: int) -> bool:
    """Is the run at ``pos`` written after "a"/"an" ("a Westmount Victorian", "a Pentagon
    spokesman")? Then it is a thing or a kind, never a person's name ("South Carolina" neither: places
    are left out by the caller)."""
    return _ARTICLE_BEFORE_RE.search(text, max(0, pos - 4), pos) is not None


def opens_sentence(text: str, pos: int) -> bool:
    """Does the name at ``pos`` open its sentence ("West landed a dig", "Rep. Sam Dorsey also said")?"""
    k = pos
    if text[k - 2 : k - 1] == ".":
        title = _TITLE_ABBREV_END_RE.search(text, max(0, k - 7), k - 1)
        k = title.start() if title is not None else k
    if text.endswith(_OPENERS, max(0, k - _OPENER_SPAN), max(0, k - 1)):
        o = _word_start(text, k - 1, _OPENER_SPAN)
        k = o if o is not None and text[o : k - 1] in _OPENERS else k
    before = text[max(0, k - 2) : k]
    return k == 0 or before in SENTENCE_GAPS


def opens_clause(text: str, pos: int, memo: dict[int, int] | None = None) -> bool:
    """Does the word at ``pos`` start a sentence or clause (a likely subject)? ``memo`` keeps the role-word steps
    read back over ``text`` (:func:`_role_word_step`) for the next name of the same text: pass one dict per text."""
    k = _before_role_words_and_article(text, pos, memo)
    while k > 0 and text[k - 1] == " ":
        k -= 1
    titled = _before_title(text, k, memo)
    if titled is not None:  # "Rep. Sean Duffy also addressed": the title opens the clause with the name
        k = titled
    elif text[k - 1 : k] == "." and _ABBREV_END_RE.search(text, max(0, k - 6), k):
        return False  # "U.S. President Donald Trump": an abbreviation, not a sentence end
    elif text[k - 1 : k] == "." and _INITIAL_END_RE.search(text, max(0, k - 3), k):
        return False  # "George W. Bush": a middle initial, not a sentence end
    if text.endswith(_OPENERS, max(0, k - _OPENER_SPAN), k):
        o = _word_start(text, k, _OPENER_SPAN)
        if o is not None and text[o:k] in _OPENERS and (o == 0 or text[o - 2 : o] in SENTENCE_GAPS):
            return True  # "And Obama, for all …, seems to agree", "But Fiorina … wrote"
    if _after_subordinator(text, k):
        return True  # "When Afghan President Ashraf Ghani announced …, he said": the subordinate clause's subject
    if text[max(0, k - 4) : k].lower() == " and":  # "Smith, and Jones said", not "the likes of West and Kardashian"
        return text[max(0, k - 5) : k - 4] == ","
    return k == 0 or text[k - 1] in '.!?,;:—–“"(' or text[max(0, k - 4) : k].lower() == " but"


def _before_title(text: str, k: int, memo: dict[int, int] | None) -> int | None:
    """Where the phrase of a title ending right before ``k`` starts, the spaces before it skipped: "Rep. Sean Duffy",
    "Former Rep. Sean Duffy" (the qualifier too), "Dr Amara Diallo" (no full stop); None without a title."""
    if text[k - 1 : k] == ".":
        title = _TITLE_ABBREV_END_RE.search(text, max(0, k - 6), k)
    else:
        title = _TITLE_UNDOTTED_END_RE.search(text, max(0, k - 4), k) if text[k - 1 : k].isalpha() else None
    if title is None:
        return None
    k = _before_role_words_and_article(text, title.start(), memo)
    while k > 0 and text[k - 1] == " ":
        k -= 1
    return k


def _after_subordinator(text: str, k: int) -> bool:
    """Does a subordinator opening its sentence ("When", "After", "Although") end right before ``k``?"""
    o = _word_start(text, k, 10)
    if o is None or not text[o : o + 1].isupper() or text[o:k].lower() not in SUBORDINATORS:
        return False
    return o == 0 or text[o - 2 : o] in SENTENCE_GAPS


def _word_start(text: str, end: int, window: int) -> int | None:
    """Where the word ending at ``end`` starts, when a space (or the text's start) is found in the ``window``
    characters before ``end``; ``None`` for a longer word. (Searched no further: a text with few spaces, such as
    lines joined by line breaks, would otherwise be read back to its start at every name.)"""
    low = max(0, end - window)
    space = text.rfind(" ", low, end)
    if space < 0:
        return 0 if low == 0 else None
    return space + 1


# After a capitalised word: the rest of its name, then lower-case words and a capital ("Sanders campaign
# manager Jeff Weaver", "George W. Bush speechwriter Noam Neusner"). Bounded, no nested repeats.
_ROLE_AFTER_RE = re.compile(r"(?:[’']s)?(?: [A-Z][\w'’\-]*\.?){0,3}((?: [a-z][\w\-]*){1,3}) [A-Z]")


# The same, the role ending an apposition ("Ana Ruiz, Brightwell Analytics managing director, was"; "… director
# and head of …").
_ROLE_PHRASE_RE = re.compile(r"(?:[’']s)?(?: [A-Z][\w'’\-]*\.?){0,3}((?: [a-z][\w\-]*){1,3})(?:,| and )")


def modifies_role(text: str, end: int) -> bool:
    """Does the name ending at ``end`` qualify a role noun written before another name ("Sanders
    campaign manager Jeff Weaver said") or ending an apposition ("Ana Ruiz, Brightwell Analytics managing
    director, was")? Then it is no subject: the person after the role is, or the one before the comma."""
    m = _ROLE_AFTER_RE.match(text, end, end + 80)
    if m is None:
        m = _ROLE_PHRASE_RE.match(text, end, end + 80) if _after_name_comma(text, end) else None
    if m is None:
        return False
    last = m.group(1).rsplit(" ", 1)[-1]
    return last in P.EN_TITLES or last.endswith(ROLE_NOUN_ENDINGS) and last not in PREPOSITIONS  # (not "for")


_RUN_WORDS = 6


def _after_name_comma(text: str, end: int) -> bool:
    """Does the capitalised run holding ``end`` follow a capitalised word and a comma ("Ana Ruiz, Brightwell …")?"""
    start = text.rfind(" ", 0, end) + 1
    comma = text.rfind(",", start, end)
    start = comma + 1 if comma >= 0 else start
    for _ in range(_RUN_WORDS):  # (a name of a few words: a page of title case costs no more per mention)
        if not (start > 1 and text[start - 1] == " " and text[start - 2] not in ",."):
            break
        prev = text.rfind(" ", 0, start - 1) + 1
        if not text[prev : prev + 1].isupper():
            return False
        start = prev
    else:
        return False
    word = text.rfind(" ", 0, start - 2) + 1  # (the word before the comma: no copy of the text before it)
    return text.endswith(", ", 0, start) and text[word : word + 1].isupper()


def _before_role_words(text: str, pos: int, memo: dict[int, int] | None = None) -> int:
    """Back from ``pos`` over up to four title or role words written before a name ("Author Qarnita
    Loxton", "Wild defenseman Ryan Suter", "Ukraine’s President …"): where the phrase starts.

    Each step depends on ``text`` and where it starts only, so ``memo`` (one dict per text) keeps it: in a run of
    capitalised names every name steps back over the three words its neighbour read, read once then."""
    k = pos
    for _ in range(4):
        w = memo.get(k) if memo is not None else None
        if w is None:
            w = _role_word_step(text, k)
            if memo is not None:
                memo[k] = w
        if w < 0:
            break
        k = w
    return k


def _role_word_step(text: str, k: int) -> int:
    """Where the title or role word written before ``k`` starts (the spaces between skipped), or -1 when the
    word before ``k`` is none (:func:`_before_role_words`' step)."""
    e = k
    while e > 0 and text[e - 1] == " ":
        e -= 1
    if not text[e - 1 : e].isalpha():
        return -1  # (",", "(", nothing: the word would end in no letter, "’s" stripped or not, and stop below)
    floor = max(0, e - 30)
    space = _LAST_SPACE_RE.search(text, floor, e)  # the word's start, found in C
    w = space.end() if space is not None else floor
    word = strip_possessive(text[w:e])  # "Ukraine’s President Volodymyr Zelensky": the owner opens it
    role_word = word.islower() and title_or_agent_noun(word)
    if not (word[:1].isupper() or role_word) or not word.isalpha() or word.lower() in P.EN_NOT_NAME:
        return -1
    return w


def _before_role_words_and_article(text: str, pos: int, memo: dict[int, int] | None = None) -> int:
    """:func:`_before_role_words`, and a "the" opening the role words ("The Washington Post columnist Ruth Marcus")."""
    k = _before_role_words(text, pos, memo)
    return _before_article(text, k) if k < pos else k


def _before_article(text: str, k: int) -> int:
    """Where "the" written right before the role words at ``k`` starts ("The Washington Post columnist Ruth
    Marcus wrote": the article opens the phrase); ``k`` when no "the" stands there."""
    return k - 4 if text.endswith(("The ", "the "), max(0, k - 4), k) and text[k - 5 : k - 4] in ("", " ") else k


def extend_name(words: tuple[str, ...], i: int, n: int, dotted: bool) -> tuple[str, ...] | None:
    """The name inside a capitalised run around the mention's last word at ``words[i]``.

    A first word ("Zhang", "Abby") takes the rest of the run (four words besides particles: "Femke van der
    Linden", "Luisa Fernanda Ortega de la Rosa"); a last word ("Smith") or a mention of several ("Ó Briain")
    takes the words before it, known as given names or not (see ``_name_start``); a dotted Chinese
    transliteration is kept whole.
    """
    if dotted:
        return words
    if n == 1 and i < len(words) - 1:
        if all(w.rstrip(".") in WRITTEN_NAME_SUFFIXES for w in words[i + 1 :]):
            return words  # "Kennedy" in "James P. Kennedy Jr."
        if i == 1 and len(words) == 3 and _syllables_joined(words[2]):
            return words  # "Yick" in "Frankie Yick Chi-ming": an English given name, the surname, the Chinese one
        if i == 1 and len(words) == 3 and given_name_gender(words[1]) is None and not is_place(words[0]):
            return words  # "Akmal" in "Muhamad Akmal Saleh": a middle name the person goes by stands for the whole
        return words[i : _name_end(words, i)]
    if i != len(words) - 1:
        if n >= 2 and i == n - 1 and words[i + 1] in PATRONYMIC_LINKS:
            return words  # "Siti Nurhaliza" for "Siti Nurhaliza binti Tarudin": the own name before "bin"/"binti"
        # "Ahmad Zahid" for "Ahmad Zahid Hamidi", "Mohd Nassuruddin" for "Mohd Nassuruddin Daud": the first words of a
        # name of one word more (a Malay name, a patronymic), none of them an initial
        return words if n >= 2 and i == n - 1 and len(words) == n + 1 and all(len(w) > 2 for w in words) else None
    first = i - n + 1  # where the mention starts in the name
    start = _name_start(words, first)
    if start < first:
        return words[start:]  # "Chaudhry" -> "Ahmed Sharif Chaudhry", "Ó Briain" -> "Pádraig Ó Briain"
    return words[max(0, i - 1) :] if n == 1 else None


# The lower-case words that join a Malay or Arabic own name to the father's ("Siti Nurhaliza binti Tarudin", "Ahmad
# Fauzi bin Abdul Rahman"): the words before them are the name the person is called by.
PATRONYMIC_LINKS = frozenset(("bin", "binti", "bint"))


def _first_and_last(words: tuple[str, ...], i: int, parts: tuple[str, ...]) -> bool:
    """Is the mention ``parts`` of two words the first and the last word of the name ``words`` of three or four
    words, its last at ``words[i]`` with only suffixes after it ("Mary Jones" for "Mary Ann Jones", "Nana Antwi"
    for "Nana Osei Assibey Antwi III"): the words between dropped, as a middle name is?"""
    if len(parts) != 2 or not 2 <= i <= 3 or words[0] != parts[0] or len(parts[0]) < 3:
        return False
    return all(w.rstrip(".") in WRITTEN_NAME_SUFFIXES for w in words[i + 1 :])


def _syllables_joined(word: str) -> bool:
    """Is ``word`` a Cantonese or Korean given name of two syllables joined by a hyphen ("Chi-ming", "Jae-in")?"""
    first, _, second = word.partition("-")
    return first.istitle() and second.isalpha() and second.islower()


def _name_end(words: tuple[str, ...], first: int) -> int:
    """Where the name opened by a given name at ``words[first]`` ends: four words at most besides particles, two
    given names and two surnames as Spanish names have ("Luisa Fernanda Ortega de la Rosa"; "Femke van der
    Linden", not "Femke van der")."""
    end, words_on = first + 1, 1
    while end < len(words) and words_on < 4:
        words_on += words[end].lower() not in NAME_PARTICLES
        end += 1
    return end


def _may_open_name(word: str) -> bool:
    """May ``word``, written before a name, be its first word? Not a place ("Florida"), nor a preposition or
    a function word capitalised at a sentence start ("To LeBron James")."""
    low = word.lower()
    return not is_place(word) and low not in PREPOSITIONS and low not in P.EN_NOT_NAME


def _name_start(words: tuple[str, ...], first: int) -> int:
    """Where the name before a mention starting at ``words[first]`` opens: the first word of the run, whether
    or not a table knows it as a given name ("Harpreet Singh Gill", "Nguyen Thi Minh Khai"), three words back
    at most besides particles ("Ruud van der Berg"); but a known given name after an unknown capitalised word
    opens it ("Brave Marina Lacerda")."""
    start, words_back = first, 0
    while start > 0 and words_back < 3 and (start == first or _may_open_name(words[start - 1])):
        start -= 1  # (a place or a preposition before a name opens none: "Ocean Florida Folasade Adeyemi")
        words_back += words[start].lower() not in NAME_PARTICLES
    for k in range(start + 1, first):
        if given_name_gender(words[k]) and not given_name_gender(words[k - 1]) and words[k - 1][:1].isupper():
            start = k
    return start


def opened_by_given_name(
    name: tuple[str, ...], fuller: Callable[[tuple[str, ...]], tuple[str, ...] | None]
) -> tuple[str, ...]:
    """A surname of several words written alone ("Ruiz Ortega opened it", "Alvarez" in "Alvarez de la Vega"):
    the fuller name written before that ends with it and opens with a known given name ("Teresa Ruiz Ortega"),
    the same person; ``name`` if it opens with a given name itself, or no such fuller name was written.
    (An unknown word before a name opens none: "Brave Tran Thi Huong", a headline's word.)"""
    if len(name) < 2 or given_name_gender(name[0]):
        return name
    longer = fuller(name)
    return longer if longer is not None and given_name_gender(longer[0]) else name


def contains_parts(name: tuple[str, ...], parts: tuple[str, ...]) -> bool:
    n = len(parts)
    if n == 1:
        return parts[0] in name  # (most mentions are one word)
    return any(name[k : k + n] == parts for k in range(len(name) - n + 1))


def particle_lowered(parts: tuple[str, ...]) -> tuple[str, ...] | None:
    """A mention opening with a capitalised particle ("Van Dijk", "El-Hassan"), the particle in lower case as
    the full name writes it inside a sentence; None for any other mention."""
    particle, dash, rest = parts[0].partition("-")
    if not particle[:1].isupper() or particle.lower() not in NAME_PARTICLES:
        return None
    if dash:
        return (f"{particle.lower()}-{rest}", *parts[1:]) if rest[:1].isupper() else None
    return (particle.lower(), *parts[1:]) if len(parts) > 1 else None


def name_after_of(text: str, start: int, name: list[str], complement_before: bool = False) -> list[str]:
    """A run after "of" or "for" goes on from a title's complement ("Minister of Finance Nirmala Sitharaman",
    "Director of Public Prosecutions Max Hill", "Member of the Assembly Ann Cole"): its last two words are the name,
    particles besides, or its last three of the East Asian shape ("Minister for Manpower Tan See Leng", see
    :func:`.homographs_en.complement_name_words`). ``complement_before``: the run's split already set the
    complement apart ("Manpower" a noun of the role), so ``name`` holds no word of it."""
    joined = text.endswith((" of ", " for ", " of the ", " for the "), max(0, start - 9), start)
    joined = joined or _complement_and(text, start)  # ("Presiding Member of the | Assembly Francis Owusu")
    if len(name) < 3 or not joined:
        return name
    # ("Minister for Manpower Tan See Leng")
    k, words_back, wanted = len(name), 0, complement_name_words(name, complement_before)
    while k > 0 and words_back < wanted:
        k -= 1
        words_back += name[k].lower() not in NAME_PARTICLES
    return name[k:]


def _complement_and(text: str, start: int) -> bool:
    """Does the run at ``start`` follow a complement's first part and "and" after "of" or "for" ("Minister of
    Trade and | Industry Kofi Adjei", "Secretary for Transport and | Logistics Lam Sai-hung"; up to three words)?"""
    if not text.endswith(" and ", max(0, start - 5), start):
        return False
    head = text[max(0, start - 60) : start - 5].split()
    k = len(head)
    while k and head[k - 1][:1].isupper() and len(head) - k < 3:
        k -= 1
    return 0 < k < len(head) and head[k - 1] in ("of", "for")


def surname_sex(name: str, genders: dict[str, str]) -> str | None:
    """The sex a he/she taught for the surname of ``name`` quoted alone before its full name was written ("her
    mother, Ryder, said … She added", then "Ana Ryder"), the longest such tail first ("Muñoz Ibáñez"); None for
    a name of one word, whose own sex is all there is to know."""
    words = name.split(" ")
    for k in range(1, len(words)):
        sex = genders.get(" ".join(words[k:]))
        if sex is not None:
            return sex
    return None
