"""Reading an English speaker's noun phrase next to a reporting cue.

"Zhang Li, a member of the Party Working Committee, also said" -> ``Who("Zhang Li", "person",
role="a member of …")``. Every reader looks at a bounded window of tokens, so its cost is constant.
"""

from __future__ import annotations

import bisect
import re
import threading
from dataclasses import dataclass
from typing import Literal

from ..lexicon.en import NAME_PARTICLES, ORG_WORDS, TIME_WORDS
from ..lexicon.places_en import PLACES
from . import quote_patterns as P

Kind = Literal["person", "org", "pronoun", "desc"]

# Longest look-behind or look-ahead, in characters, for a speaker's noun phrase.
WINDOW = 400
_SHORT_WINDOW = 120
_MAX_ROLE_WORDS = 40

_TOKEN_RE = re.compile(r"@?[\w.\-][\w'’.\-]*|[,;:“”\"()—–'’]")  # a lone ' or ’ is a quote mark
# An online handle standing for its user: "@jdoe", "acebush1" (lower-case letters with digits;
# capitalised at a sentence start: "Acebush1 answered").
_HANDLE = r"@\w{2,30}|[A-Za-z][a-z_]{2,20}\d{1,6}[a-z_]{0,10}"
HANDLE_RE = re.compile(_HANDLE)
# The same, found in running text: each try starts at a word start and reads a bounded run.
HANDLE_IN_TEXT_RE = re.compile(rf"(?<![\w@])(?:{_HANDLE})(?!\w)")
NAME_RUN_RE = re.compile(r"[A-Z](?:\.|[\w'’\-]*)(?: (?:[JS]r\.|[A-Z](?:\.|[\w'’\-]*)|(?:de|van|von|bin|al|da|del|der|di|la|le)(?!\w)))+")
POSSESSIVE = ("’s", "'s")


@dataclass(slots=True)
class Who:
    """A speaker as written at one quote."""

    mention: str
    kind: Kind
    role: str | None = None
    start: int = 0  # where the mention (with its role) starts in the block
    gender: str | None = None


@dataclass(slots=True)
class _Tok:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()


def _tokens(text: str, lo: int, hi: int) -> list[_Tok]:
    return [_Tok(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text, lo, hi)]


# Tokens kept behind the cue being read, per thread: look-behind windows of cues read in order overlap.
_TAIL = threading.local()
_TAIL_KEEP = 2 * WINDOW
_TAIL_MIN = 40


class _TokenTail:
    """The tokens of one text read forward once. Windows that end further on extend it; tokens more
    than _TAIL_KEEP characters behind are dropped, so memory stays bounded and each word of a block
    is tokenised about once however many cues look back over it. A window gets exactly the tokens
    ``_tokens`` would give (a word cut by a window edge is cut alike)."""

    __slots__ = ("origin", "starts", "text", "toks", "upto")

    def __init__(self, text: str, lo: int) -> None:
        self.text, self.upto, self.origin = text, lo, lo
        self.toks: list[_Tok] = []
        self.starts: list[int] = []

    def serves(self, text: str, lo: int) -> bool:
        return self.text is text and lo >= (self.starts[0] if self.starts else self.origin)

    def window(self, lo: int, hi: int) -> list[_Tok]:
        if hi > self.upto:
            self._extend(hi)
        i = bisect.bisect_right(self.starts, lo) - 1
        j = bisect.bisect_left(self.starts, hi)
        out = self.toks[max(i, 0) : j]
        if out and out[0].start < lo:
            out[0:1] = _cut(self.text, out[0], lo, hi)  # the word the window's edge cuts
        if out and out[-1].end > hi:
            out[-1:] = _cut(self.text, out[-1], lo, hi)
        return out

    def _extend(self, hi: int) -> None:
        at = self.origin
        if self.toks and self.toks[-1].end == self.upto:
            at = self.toks.pop().start  # a word cut by the last window goes on: read it again whole
            self.starts.pop()
        elif self.toks:
            at = self.toks[-1].end  # "@" before the last window's end: read on from the last word
        toks, starts = self.toks, self.starts
        for m in _TOKEN_RE.finditer(self.text, at, hi):
            begin, end = m.span()
            toks.append(_Tok(m.group(), begin, end))
            starts.append(begin)
        self.upto = hi
        if len(starts) < 256 or starts[len(starts) // 2] >= hi - _TAIL_KEEP:
            return
        cut = bisect.bisect_left(starts, hi - _TAIL_KEEP)
        if cut:
            self.origin = self.toks[cut - 1].end  # nothing before it is asked for again
            del self.toks[:cut], self.starts[:cut]


def _cut(text: str, tok: _Tok, lo: int, hi: int) -> list[_Tok]:
    """What is left of ``tok`` inside [lo, hi), as ``_tokens`` reads it there."""
    return _tokens(text, max(lo, tok.start), min(hi, tok.end))


def forget_tokens() -> None:
    """Let go of the text whose tokens this thread keeps (call when an article is done)."""
    _TAIL.tail = None


def _tail_tokens(text: str, lo: int, hi: int) -> list[_Tok]:
    """``_tokens(text, lo, hi)`` for a look-behind window, from the tokens kept for this text."""
    if hi - lo <= _TAIL_MIN:
        return _tokens(text, lo, hi)  # a short window ("…,” he said"): reading it afresh is cheaper
    tail: _TokenTail | None = getattr(_TAIL, "tail", None)
    if tail is None or not tail.serves(text, lo) or hi < lo:
        tail = _TAIL.tail = _TokenTail(text, lo)
    return tail.window(lo, hi)


def _is_name_word(tok: _Tok) -> bool:
    if not tok.cap:
        return False
    low = strip_possessive(tok.low)  # "What's", "It's" are no names
    return low not in P.EN_NOT_NAME and low not in P.EN_PRONOUNS


def is_place(name: str) -> bool:
    """Is ``name`` (with or without "the") a country, region or city, which is no speaker's name?"""
    low = name.casefold()
    return low.removeprefix("the ") in PLACES


def strip_possessive(word: str) -> str:
    for suffix in POSSESSIVE:
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def split_name(words: list[str]) -> tuple[list[str], list[str], Kind]:
    """Split a capitalised run into (role words, name words, kind).

    Titles anywhere before the name go to the role ("US President Donald Trump"); a name written after
    an organisation is the person ("Daily Mail Lacerda" -> "Lacerda").
    """
    cut = 0
    for k, word in enumerate(words[:-1]):
        low = word.lower().strip(".")
        if word.lower() in P.EN_TITLES or low in P.EN_TITLES:
            cut = k + 1
    role, name = words[:cut], words[cut:]
    if len(name) >= 3 and given_name_gender(name[1]) and not given_name_gender(name[0]) and name[0].lower() not in NAME_PARTICLES:
        role, name = role + name[:1], name[1:]  # "Brave Marina Lacerda", "Hawks head Gopaul Govender"
    orgs = [k for k, w in enumerate(name) if w.lower().strip(".") in ORG_WORDS or w.lower() in P.DOC_WORDS]
    if orgs and orgs[-1] < len(name) - 1 and len(name) - orgs[-1] - 1 <= 3 and name[orgs[-1] + 1][:1].isupper():
        return role + name[: orgs[-1] + 1], name[orgs[-1] + 1 :], "person"
    return role, name, ("org" if orgs else "person")


def _gender_of_titles(titles: list[str]) -> str | None:
    low = {t.lower().rstrip(".") for t in titles}
    if low & {"mr", "father", "chairman", "spokesman", "councilman", "king", "prince", "sir", "lord"}:
        return "m"
    if low & {"mrs", "ms", "sister", "chairwoman", "spokeswoman", "councilwoman", "queen", "princess", "lady"}:
        return "f"
    return None


_PUNCT = frozenset(",;:“”\"()—–'’")
PREPOSITIONS = frozenset("in on at to for with during after before about by from into over under via".split())
_AUXILIARIES = frozenset(
    "is are was were be been has have had will would can could should may might must do does did not".split()
)
OF_LIKE = frozenset("of at from with".split())
_DETERMINERS = frozenset("the a an some one two three many several most other another both all".split())
# Words that end a noun phrase.
_CLAUSE_BREAKS = frozenset(
    """and but or that which who whom because while when as if since so than then said says told added
    after before although though whether where""".split()
)


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def en_subject_before(text: str, lo: int, hi: int) -> Who | None:
    """Read the subject that ends right before a cue at ``hi`` ("Zhang Li, a member of …, also")."""
    toks = _tail_tokens(text, max(lo, hi - _SHORT_WINDOW), hi)
    _drop_adverbials(toks)
    if not toks:
        return None
    if toks[-1].text == "," and hi - _SHORT_WINDOW > lo:  # an appositive may reach further back
        toks = _tail_tokens(text, max(lo, hi - WINDOW), toks[-1].end)
    rel = next((k for k in range(len(toks) - 1, max(0, len(toks) - 7), -1) if toks[k].low in ("who", "which")), None)
    if rel is not None and rel >= 2 and all(t.text not in _PUNCT for t in toks[rel:]) and toks[rel - 1].text not in _PUNCT:
        # "David Savidge, a former police officer who responded said": the relative clause is no subject
        comma = _Tok(",", toks[rel - 1].end, toks[rel - 1].end)
        who = _appositive_subject(text, [*toks[:rel], comma])
        if who is not None:
            return who
    last = toks[-1]
    if last.low == "to" and len(toks) > 1:
        return _infinitive_subject(text, lo, toks)
    if last.low in P.EN_PRONOUNS:
        return Who(last.text, "pronoun", start=last.start, gender=P.EN_PRONOUNS[last.low])
    if last.text == ",":
        return _appositive_subject(text, toks)
    who = _np_ending(text, toks, len(toks))
    if who is not None and who.kind == "desc" and is_place(who.mention):
        return _before_place(text, toks) or who
    return _unclosed_appositive(text, toks, who) if who is not None and who.kind == "desc" else who


def _before_place(text: str, toks: list[_Tok]) -> Who | None:
    """ "Chad Hawk, vice president of PMG, a company in Florida told Fox": the place closes an
    appositive left unclosed; the person of the chain before it speaks."""
    comma = next((k for k in range(len(toks) - 1, -1, -1) if toks[k].text == ","), None)
    if comma is None:
        return None
    who = _appositive_subject(text, toks[: comma + 1])
    return who if who is not None and who.kind == "person" else None


def _unclosed_appositive(text: str, toks: list[_Tok], who: Who) -> Who:
    """ "Brian Gianforte, a 32-year-old member of Montana’s LGBTQ+ community said": an appositive
    whose closing comma is left out; the name before it speaks, the description is its role."""
    k = next((i for i, t in enumerate(toks) if t.start == who.start), -1)
    if k < 2 or toks[k - 1].text != "," or toks[k].low not in ("a", "an", "the") or not _is_name_word(toks[k - 2]):
        return who
    name = _np_ending(text, toks, k - 1)
    if name is None or name.kind != "person":
        return who
    return Who(name.mention, "person", role=name.role or who.mention, start=name.start, gender=name.gender)


_OBJECT_PRONOUNS = {"him": "m", "her": "f", "them": "p"}


def _infinitive_subject(text: str, lo: int, toks: list[_Tok]) -> Who | None:
    """Who speaks in "… led Christie to suggest" (the object before "to") or "Smith went on to say"
    (the subject of the sentence); nobody in "is allowed to say"."""
    before = toks[-2]
    if before.low in _OBJECT_PRONOUNS:
        return Who(before.text, "pronoun", start=before.start, gender=_OBJECT_PRONOUNS[before.low])
    if _is_name_word(before):
        who = _np_ending(text, toks, len(toks) - 1)
        if who is not None and who.kind in ("person", "org"):
            return who
    if before.text == "," and len(toks) > 3:  # "inspired Chris Sununu, a Haley backer, to urge": the appositive's name
        k = next((i for i in range(len(toks) - 3, max(0, len(toks) - 12), -1) if toks[i].text in _PUNCT), 0)
        who = _np_ending(text, toks, k) if k > 0 and toks[k].text == "," and _is_name_word(toks[k - 1]) else None
        if who is not None and who.kind == "person":
            return who
    if before.low == "on" and len(toks) > 2 and toks[-3].low in ("went", "goes", "go", "going"):
        return participle_subject(text, max(lo, toks[0].start), toks[-3].start)  # "Smith went on to say"
    return None


def _drop_adverbials(toks: list[_Tok]) -> None:
    """Drop what stands between a subject and its verb: "has", "repeatedly", "over the past months",
    "later Thursday", "on Monday"."""
    while toks and (
        toks[-1].low in P.EN_SKIPPABLE or toks[-1].low.endswith("ly") and not toks[-1].cap or toks[-1].low in TIME_WORDS
    ):
        if toks[-1].low in TIME_WORDS and len(toks) > 1 and toks[-2].low in _TIME_LEADS:
            toks.pop()  # "on Monday", "last week"
        toks.pop()
    for p in range(len(toks) - 1, max(0, len(toks) - 7), -1):
        if toks[p].text in _PUNCT:
            return
        if toks[p].low in PREPOSITIONS and p > 0 and toks[p - 1].low in P.EN_SKIPPABLE:
            del toks[p - 1 :]  # "Asim Munir has over the past few months (repeatedly) warned"
            _drop_adverbials(toks)
            return


_TIME_LEADS = frozenset("on last this late early next".split())
_ABBREV_RE = re.compile(r"(?:[A-Z]\.){2,}")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_LEAD_NUMBER_RE = re.compile(r"\d{1,4}(?:st|nd|rd|th)?")


def _ends_name(word: str) -> bool:
    """Does a full stop end the name at ``word`` ("Bowl.") rather than belong to it ("J.", "Dr.", "U.S.")?"""
    return word.endswith(".") and not _is_initial(word) and word.lower() not in P.EN_TITLES and not _ABBREV_RE.fullmatch(word)


def _orgish(toks: list[_Tok]) -> bool:
    """Do these capitalised words name an organisation or a document (not "Senate Leader Greg Taylor")?"""
    return bool(toks) and split_name([strip_possessive(t.text) for t in toks])[2] == "org"


def _org_start(toks: list[_Tok], i: int) -> int | None:
    """Where the name of an organisation or document starts when the capitalised run at ``toks[i]``
    ends it after lower-case joiners: "the Ministry of Public Security", "Office for the Western
    District of New York", "Department of Health and Human Services", "The 14th Five-Year Plan of
    Chongqing". None unless a run before a joiner names an organisation or a document."""
    best = None
    k = i
    for _ in range(4):
        c = k - 1
        if c >= 1 and toks[c].low == "the":
            c -= 1
        if c >= 0 and toks[c].cap and toks[c].low in P.ORG_INNER_PREPOSITIONS and toks[c + 1].low == "the":
            c += 1  # "… Competition Between the United States": the preposition is in the run before
        elif c < 1 or toks[c].low not in P.ORG_CONNECTORS or toks[c].cap or not _is_name_word(toks[c - 1]):
            break
        j = _lead_number(toks, _run_start(toks, c))
        if _orgish(toks[j:c]):
            best = j
        k = j
    return best


def _lead_number(toks: list[_Tok], j: int) -> int:
    """Take in an ordinal or a year between "the" and a name: "The 14th Five-Year Plan"."""
    if j >= 2 and _LEAD_NUMBER_RE.fullmatch(toks[j - 1].text) and toks[j - 2].low == "the":
        return j - 1
    return j


def _org_end(toks: list[_Tok], end: int) -> int:
    """Forward counterpart of :func:`_org_start`: where the name that ``toks[:end]`` opens ends.
    A token ending a sentence ("Security.") is replaced by its text without the full stop."""
    k = end
    for _ in range(4):
        c = k
        inner = 0 < c < len(toks) and toks[c].low == "the" and toks[c - 1].cap and toks[c - 1].low in P.ORG_INNER_PREPOSITIONS
        if not inner and (c >= len(toks) or toks[c].low not in P.ORG_CONNECTORS or toks[c].cap):
            break
        c += 0 if inner else 1  # "… Competition Between the United States": the preposition is in the run
        if c < len(toks) and toks[c].low == "the":
            c += 1
        if c >= len(toks) or not _is_name_word(toks[c]):
            break
        if toks[c - 1].low == "and" and given_name_gender(toks[c].text):
            break  # "the ministry and John Smith": two speakers
        r = c
        while r < len(toks) and _is_name_word(toks[r]):
            word = toks[r].text
            if _ends_name(word):
                toks[r] = _Tok(word.rstrip("."), toks[r].start, toks[r].end - 1)
                return r + 1
            r += 1
        k = r
    return k


def _run_start(toks: list[_Tok], end: int) -> int:
    i = end
    while i > 0 and (_is_name_word(toks[i - 1]) or (toks[i - 1].low in NAME_PARTICLES and i < end)):
        word = toks[i - 1].text
        if i < end and _ends_name(word):
            break  # "… the Super Bowl. Donna" — a full stop ends the name
        i -= 1
    while i < end and toks[i].text in NAME_PARTICLES:  # a lower-case "de" cannot open a name
        i += 1
    return i


def is_handle(word: str) -> bool:
    return HANDLE_RE.fullmatch(strip_possessive(word)) is not None


def _handle_who(tok: _Tok) -> Who:
    return Who(strip_possessive(tok.text.rstrip(".")), "person", start=tok.start)


def _np_ending(text: str, toks: list[_Tok], end: int) -> Who | None:
    """The noun phrase made of the tail of ``toks[:end]``: a name with its role, or a description."""
    if end >= 2 and _YEAR_RE.fullmatch(toks[end - 1].text) and _is_name_word(toks[end - 2]):
        who = _np_ending(text, toks, end - 1)
        if who is not None and who.kind == "org":  # "China Statistical Summary 2010 showed"
            who.mention = text[who.start : toks[end - 1].end]
            return who
    i = _run_start(toks, end)
    if i == end:
        if end > 0 and is_handle(toks[end - 1].text):
            return _handle_who(toks[end - 1])  # "acebush1 wrote"
        return _description(text, toks, end)
    run = i
    for p in range(end - 2, i - 1, -1):  # "The ACLU’s Keegan Medrano": the name follows the owner
        if toks[p].text.endswith(POSSESSIVE):
            i = p + 1
            break
    role, name, kind = split_name([strip_possessive(t.text) for t in toks[i:end]])
    if kind == "person" and not role and i > 0 and toks[i - 1].low in PREPOSITIONS and is_place(" ".join(name)):
        phrase = text[toks[i].start : toks[end - 1].end]  # "…, a company in Florida told": a place, no name
        return Who(phrase, "desc", role=phrase, start=toks[i].start)
    if kind == "org" and run < i:
        i = run  # "The UK's National Health Service", "the National Weather Service’s Storm Prediction Center"
    if kind == "org" or not role and not given_name_gender(name[0]):
        org = _org_start(toks, i)
        if org is not None:  # "the Ministry of Public Security said"
            i, kind = org, "org"
        elif kind == "org":
            i = _lead_number(toks, i)
    if i >= 2 and toks[i - 1].low == "of" and kind == "person" and len(name) == 1 and not role:
        return _of_phrase(text, toks, i, end)  # "The 14th Five-Year Plan of Chongqing"
    of = i - 2 if i >= 3 and toks[i - 1].low == "the" else i - 1
    if kind == "org" and of >= 1 and toks[of].low in OF_LIKE and _is_name_word(toks[of - 1]):
        j = _run_start(toks, of)  # "David Watt of Rosenberg Research", "Rebecca English of the Daily Mail"
        inner_role, person, pkind = split_name([t.text for t in toks[j:of]])
        opens = j == 0 or toks[j - 1].text in _PUNCT
        if pkind == "person" and person and (len(person) > 1 or inner_role or not opens):  # not "Data from …"
            return Who(" ".join(person), "person", role=text[toks[of].start : toks[end - 1].end], start=toks[j].start)
    if kind == "person" and len(name) == 1 and not role and i >= 1 and toks[i - 1].low == "the":
        return _description(text, toks, end) or Who(name[0], "person", start=toks[i].start)  # "friends of the Duchess"
    if kind == "org":
        start = toks[i - 1].start if i > 0 and toks[i - 1].low == "the" else toks[i].start
        if toks[i].low.endswith("-based") and i + 1 < end:
            start = toks[i + 1].start  # "the London-based Energy Institute" -> "Energy Institute"
        return Who(text[start : toks[end - 1].end], "org", start=start)
    j = i
    while j > 0 and i - j < 6 and _role_word(toks[j - 1]):
        j -= 1
    prefix = [t.text for t in toks[j:i] if t.low not in _DETERMINERS]
    role_words = prefix + role
    return Who(
        " ".join(name),
        "person",
        role=" ".join(role_words) if role_words else None,
        start=toks[j].start,
        gender=_gender_of_titles(role),
    )


def _of_phrase(text: str, toks: list[_Tok], i: int, end: int) -> Who | None:
    """ "The 14th Five-Year Plan of Chongqing", "the mayor of London": the head before "of" decides."""
    head = _np_ending(text, toks, i - 1)
    if head is None or head.kind == "pronoun":
        return None
    phrase = text[head.start : toks[end - 1].end]
    if head.kind == "person" and " " in head.mention:  # "Greg Taylor of Indianapolis": a person from a place
        place = text[toks[i - 1].start : toks[end - 1].end]
        head.role = place if head.role is None else f"{head.role} {place}"
        return head
    if head.kind == "desc" and not any(w.lower() in P.ORG_HEADS for w in head.mention.split()):
        return Who(phrase, "desc", role=phrase, start=head.start)
    return Who(phrase, "org", start=head.start)


def _role_word(tok: _Tok) -> bool:
    """Can ``tok`` belong to a role written before a name ("Foreign Ministry spokesperson")?"""
    low = tok.low
    if tok.text in _PUNCT or low in _CLAUSE_BREAKS or low in PREPOSITIONS or low in P.EN_SKIPPABLE:
        return False
    if low in P.EN_CUES or low in P.EN_NOT_NAME and low not in _DETERMINERS:
        return False
    return tok.cap or low in P.EN_TITLES or low in _DETERMINERS or low.endswith(("ist", "er", "or", "ian", "ant", "ent"))


def _description(text: str, toks: list[_Tok], end: int) -> Who | None:
    """A lower-case noun phrase: "a bureau spokesperson", "the ministry", "experts"."""
    if end == 0 or toks[end - 1].low in _AUXILIARIES or toks[end - 1].low in PREPOSITIONS:
        return None  # "… should have been called", "said to have responded": no subject here
    if toks[end - 1].low in _DETERMINERS or toks[end - 1].low in ("his", "her", "their", "its", "our", "my"):
        return None
    j = end
    while j > 0 and end - j < 10 and toks[j - 1].text not in _PUNCT and toks[j - 1].low not in _CLAUSE_BREAKS:
        if toks[j - 1].low in P.EN_CUES:
            break
        j -= 1
    if j == end:
        return None
    return _classify_description(text, toks, j, end)


def _classify_description(text: str, toks: list[_Tok], j: int, end: int) -> Who:
    phrase = text[toks[j].start : toks[end - 1].end]
    for k in range(j, end - 1):
        if toks[k].low in ("surnamed", "named") and toks[k + 1].cap:  # "a businessman surnamed Bu"
            return Who(text[toks[k + 1].start : toks[end - 1].end], "person", role=text[toks[j].start : toks[k].end], start=toks[j].start)
    heads = [t.low for t in toks[j:end]]
    if toks[j].low == "both" and end - j == 2 and P.EN_ANAPHORIC_NOUNS.get(heads[1]) == "p2":
        return Who(phrase, "pronoun", start=toks[j].start, gender="p2")  # "both men said"
    if toks[j].low == "the" and end - j == 2 and (heads[1] in P.EN_ANAPHORIC_NOUNS or heads[1].endswith("-year-old")):
        gender = P.EN_ANAPHORIC_NOUNS.get(heads[1])  # "the 37-year-old", "the victim": someone already named
        return Who(phrase, "pronoun", start=toks[j].start, gender=gender)
    if toks[j].low == "the" and any(h in P.ORG_HEADS for h in heads):
        return Who(phrase, "org", start=toks[j].start)
    owned = any(t.text.endswith(POSSESSIVE) for t in toks[j : end - 1]) and not toks[end - 1].cap
    if toks[j].low == "the" and end - j > 1 and toks[j + 1].cap and not owned:
        return Who(phrase, "org", start=toks[j].start)  # "the US military", "The Afghan government"
    return Who(phrase, "desc", role=phrase, start=toks[j].start)


_PARTY_STATE_RE = re.compile(r"[RDI]-[A-Z][A-Za-z.]{1,6}")


def _appositive_subject(text: str, toks: list[_Tok]) -> Who | None:
    """ "NAME, ROLE, [ROLE, …]" before the cue ("Richard Weir, 60, from Tynemouth, North Tyneside, said").

    Every comma-separated segment of the chain that ends in a name is a candidate; a name with a known
    given name wins, else the leftmost person (the subject comes first, places and ages follow)."""
    last = len(toks) - 1
    if last >= 2 and toks[last - 2].text == "," and _PARTY_STATE_RE.fullmatch(toks[last - 1].text):
        toks, last = toks[: last - 1], last - 2  # "Mike Gallagher, R-Wis., said": a party and state, no name
        if "," not in (t.text for t in toks[max(0, last - _MAX_ROLE_WORDS) : last]):
            return _np_ending(text, toks, last)
    commas: list[int] = []
    k = last - 1
    while k >= 0 and len(commas) < 5 and last - k < _MAX_ROLE_WORDS:
        if toks[k].text in ";:":
            break
        if toks[k].text == ",":
            commas.append(k)
        k -= 1
    candidates: list[tuple[Who, int]] = []
    inner = _np_ending(text, toks, last)
    if inner is not None and inner.kind in ("person", "org") and commas and _run_start(toks, last) == commas[0] + 1:
        before = _np_ending(text, toks, commas[0])  # "Epstein's neighbor …, Donald Trump, said"
        if inner.kind == "person":
            inner.role = before.role if before is not None and before.kind == "desc" else inner.role
        candidates.append((inner, last))  # "The company that runs the AMAs, Dick Clark Productions, denies"
    for c in commas:
        seg = c
        while seg > 0 and toks[seg - 1].text not in _PUNCT:
            seg -= 1
        if seg < c and (toks[seg].low in PREPOSITIONS or toks[seg].low in _CLAUSE_BREAKS):
            continue
        if c - seg == 1 and _PARTY_STATE_RE.fullmatch(toks[seg].text):
            continue  # "Mike Gallagher, R-Wis., said": a party and state, not a name
        if seg + 1 < c and toks[seg].low.endswith("ed") and toks[seg + 1].low == "by":
            continue  # "…, led by chairman Mike Gallagher, requested": the leader is not the subject
        who = _np_ending(text, toks, c)
        if who is not None and who.kind in ("person", "org"):
            candidates.append((who, c))
    if not candidates:
        return None
    people = [(w, c) for w, c in candidates if w.kind == "person"]
    known = [(w, c) for w, c in people if given_name_gender(w.mention)]
    who, c = known[0] if known else people[-1] if people else candidates[0]
    if c != last and who.kind == "person":
        role = text[toks[c + 1].start : toks[last - 1].end]
        who.role = role if who.role is None else f"{who.role}, {role}"
    return who


def given_name_gender(name: str) -> str | None:
    first = name.split(" ")[0].lower()
    if first in P.FEMALE_NAMES and first not in P.MALE_NAMES:
        return "f"
    if first in P.MALE_NAMES and first not in P.FEMALE_NAMES:
        return "m"
    return None


_SOURCE_NOUNS = frozenset(
    """representative official source spokesman spokeswoman spokesperson member insider officer diplomat
    executive analyst expert lawyer aide""".split()
)
_DATA_WORDS = frozenset("data figures statistics numbers estimates research report study survey poll analysis".split())


def _source_of_data(toks: list[_Tok]) -> int:
    """Where the source starts in "data from the European Central Bank", "a report by UNDP" (else 0)."""
    k = 1 if toks and toks[0].low in _DETERMINERS else 0
    if k + 2 < len(toks) and toks[k].low in _DATA_WORDS and toks[k + 1].low in ("from", "by", "of"):
        nxt = k + 2 + (1 if toks[k + 2].low == "the" else 0)
        if nxt < len(toks) and _is_name_word(toks[nxt]):
            return k + 2
    return 0


def _owned_role_then_name(text: str, toks: list[_Tok]) -> Who | None:
    """ "said Chartered Professional Accountants of Canada’s chief economist, David-Alexandre Brassard":
    an organisation's role, then the person's name after the comma."""
    comma = next((k for k, t in enumerate(toks[:16]) if t.text in _PUNCT), None)
    if comma is None or toks[comma].text != "," or comma + 1 >= len(toks) or not _is_name_word(toks[comma + 1]):
        return None
    owner = next((k for k in range(comma - 1, -1, -1) if toks[k].text.endswith(POSSESSIVE)), None)
    if owner is None or owner == comma - 1 or not all(t.text.islower() for t in toks[owner + 1 : comma]):
        return None
    end = comma + 1
    while end < len(toks) and _is_name_word(toks[end]):
        end += 1
    last = toks[end - 1]
    name = text[toks[comma + 1].start : last.end].rstrip(".")
    return Who(name, "person", role=text[toks[0].start : toks[comma - 1].end], start=toks[0].start)


_ROLE_NOUN_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "ant", "ent", "ee")
_NP_WORDS = 12


def _role_then_name(text: str, toks: list[_Tok]) -> Who | None:
    """A role written before the name that ends the phrase ("said Marquette pollster Charles Franklin",
    "said former Obama adviser David Axelrod"): the person is the closing capitalised run, the role
    what stands before it (a lower-case role noun must stand right before the name)."""
    end = 0
    while end < min(len(toks), _NP_WORDS):
        tok = toks[end]
        if tok.text in _PUNCT or tok.low in _CLAUSE_BREAKS or tok.low in P.EN_CUES or tok.low in _AUXILIARIES:
            break
        if tok.low in PREPOSITIONS or tok.low in OF_LIKE:
            break
        end += 1
        if tok.text.endswith(".") and not _is_initial(tok.text) and tok.low not in P.EN_TITLES and not _ABBREV_RE.fullmatch(tok.text):
            break  # the sentence ends with this word
    r = end
    while r > 0 and _is_name_word(toks[r - 1]):
        r -= 1
    if r == 0 or r == end or end - r > 6:
        return None
    words = [strip_possessive(t.text).rstrip(".") if k == end - 1 else strip_possessive(t.text) for k, t in enumerate(toks[r:end], r)]
    role, name, kind = split_name(words)
    noun = toks[r - 1].low
    if not role and not (noun in P.EN_TITLES or not toks[r - 1].cap and noun.endswith(_ROLE_NOUN_ENDINGS)):
        return None  # a role noun or a title must stand right before the name
    if kind != "person" or len(name) < 2 and not role and r < 2:
        return None
    start = 1 if toks[0].low in _DETERMINERS else 0
    role_text = text[toks[start].start : toks[r - 1].end] + (" " + " ".join(role) if role else "")
    return Who(" ".join(name), "person", role=role_text, start=toks[0].start, gender=_gender_of_titles([noun, *role]))


def en_subject_after(text: str, lo: int, hi: int) -> Who | None:
    """Read a subject that starts at ``lo``: after an inverted cue ("said Li Bin, general manager of …"),
    after "according to", or at the start of a sentence."""
    toks = _tokens(text, lo, min(hi, lo + WINDOW))
    source = _source_of_data(toks)
    if source:  # "according to data from the European Central Bank"
        toks = toks[source:]
    if toks and toks[0].low in PREPOSITIONS and toks[0].low != "to":
        comma = next((k for k, t in enumerate(toks[:12]) if t.text == ","), None)
        toks = toks[comma + 1 :] if comma is not None else toks
    if not toks:
        return None
    owned = _owned_role_then_name(text, toks) or _role_then_name(text, toks)
    if owned is not None:
        return owned
    first = toks[0]
    low = first.low.rstrip(".")
    if low in P.EN_PRONOUNS:
        return Who(first.text.rstrip("."), "pronoun", start=first.start, gender=P.EN_PRONOUNS[low])
    if _is_name_word(first) or (first.low in _DETERMINERS and len(toks) > 1 and _is_name_word(toks[1])):
        return _name_forward(text, toks)
    if first.low == "the" and len(toks) > 2 and _LEAD_NUMBER_RE.fullmatch(toks[1].text) and _is_name_word(toks[2]):
        who = _name_forward(text, [first, *toks[2:]])  # "the 2009 Statistical Yearbook of Chinese Society"
        if who is not None and who.kind == "org":
            return who
    if is_handle(first.text.rstrip(".")):
        return _handle_who(first)
    end = 0
    while end < len(toks) and end < 8:
        tok = toks[end]
        if tok.text in _PUNCT or tok.low in _CLAUSE_BREAKS or tok.low in P.EN_CUES or tok.low in P.EN_SKIPPABLE:
            break
        if tok.low in PREPOSITIONS and tok.low not in ("of", "for", "at"):
            break
        if tok.text.endswith("."):
            toks[end] = _Tok(tok.text.rstrip("."), tok.start, tok.end - 1)
            end += 1
            break
        end += 1
    return _classify_description(text, toks, 0, end) if end else None


def _name_forward(text: str, toks: list[_Tok]) -> Who | None:
    """A capitalised name at the start of ``toks``, with the role after it ("Li Bin, general manager")."""
    start = 1 if toks[0].low in _DETERMINERS else 0
    end = start
    while end < len(toks) and (_is_name_word(toks[end]) or (toks[end].low in NAME_PARTICLES and end > start)):
        word = toks[end].text
        if _ends_name(word) or word.endswith(".") and not (end + 1 < len(toks) and _is_name_word(toks[end + 1])):
            if not _is_initial(word) and word.lower() not in P.EN_TITLES:
                toks[end] = _Tok(word.rstrip("."), toks[end].start, toks[end].end - 1)
                end += 1
                return _np_ending(text, toks, end)
        end += 1
    if start == 1 and toks[0].low in ("a", "an") and end < len(toks) and toks[end].low.rstrip(".") in _SOURCE_NOUNS:
        if toks[end].text.endswith("."):
            toks[end] = _Tok(toks[end].text[:-1], toks[end].start, toks[end].end - 1)
        return _classify_description(text, toks, 0, end + 1)  # "a Taliban representative": unnamed
    joined = _orgish(toks[start:end])
    if joined:
        end = _org_end(toks, end)  # "according to the Ministry of Public Security, …"
    if end < len(toks) and toks[end].low in OF_LIKE and end + 1 < len(toks) and _is_name_word(toks[end + 1]):
        after = end + 1
        while after < len(toks) and _is_name_word(toks[after]):
            after += 1
        who = _np_ending(text, toks, end)
        org = text[toks[end].start : toks[after - 1].end].rstrip(".")
        if who is not None and who.kind == "person":
            who.role = org if who.role is None else f"{who.role} {org}"
            return who
    who = _np_ending(text, toks, end)
    if joined and who is not None and who.kind == "org" and who.start > toks[start].start:
        who.start, who.mention = toks[start].start, text[toks[start].start : toks[end - 1].end]  # read forward whole
    if who is not None and start == 1 and who.kind == "org" and who.start == toks[1].start:
        who.mention = text[toks[0].start : toks[end - 1].end]
    if who is not None and who.kind == "person" and end < len(toks) and toks[end].text == ",":
        role = _role_after(text, toks, end + 1)
        if role:
            who.role = role if who.role is None else f"{who.role}, {role}"
    return who


def _role_after(text: str, toks: list[_Tok], i: int) -> str | None:
    """The appositive after a name, to the next comma or the sentence end."""
    if i >= len(toks) or toks[i].low in _AUXILIARIES or toks[i].low in P.EN_CUES or toks[i].low.endswith("ed"):
        return None  # "according to Govender, were created …" is no role
    j = i
    while j < len(toks) and j - i < _MAX_ROLE_WORDS and toks[j].text not in _PUNCT:
        if toks[j].text.endswith(".") and toks[j].low not in P.EN_TITLES and len(toks[j].text) > 2:
            return text[toks[i].start : toks[j].end - 1]
        j += 1
    if j == i:
        return None
    return text[toks[i].start : toks[j - 1].end]


def appositive_after(text: str, end: int) -> str | None:
    """ "Zhang Hongbin, a director, opened …": the role between the commas after a name."""
    if not text.startswith(", ", end) or end + 2 >= len(text) or not text[end + 2].islower():
        return None
    close = text.find(",", end + 2, end + 200)
    if close < 0:
        return None
    role = text[end + 2 : close]
    words = role.split()
    first = words[0]
    if len(words) > 25 or first in _CLAUSE_BREAKS or first in _AUXILIARIES or first in PREPOSITIONS:
        return None
    if first.endswith(("ed", "ing")) or first in P.EN_CUES:
        return None  # "Virginia Giuffre, filed a lawsuit …" is a clause, not a role
    return role


def colon_subject(text: str, lo: int, colon: int) -> Who | None:
    """Who speaks in "But neighbour Zibulka picks up the story: “…”" or "… just after Weaver uttered
    the lines: “…”": the first name or pronoun of the clause before the colon that a lower-case word
    (its verb) follows."""
    toks = _tokens(text, max(lo, colon - WINDOW), colon)
    first = max((k + 1 for k, t in enumerate(toks) if t.text in ";—–”\"" or t.text.endswith(".") and not _is_initial(t.text)), default=0)
    if 0 < len(toks) - first <= 3 and all(_is_name_word(t) for t in toks[first:]):
        who = _np_ending(text, toks, len(toks))  # a transcript's "Clinton: “…”": the name alone speaks
        if who is not None and who.kind == "person" and not is_place(who.mention):
            return who
    for k in range(first, len(toks) - 1):
        nxt = toks[k + 1]
        if not nxt.text.isalpha() or nxt.cap or nxt.low in PREPOSITIONS or nxt.low in _CLAUSE_BREAKS or nxt.low == "of":
            continue
        if nxt.low.endswith("ly"):
            continue  # "More importantly, …"
        if toks[k].low in P.EN_PRONOUNS and toks[k].low != "it":
            return Who(toks[k].text, "pronoun", start=toks[k].start, gender=P.EN_PRONOUNS[toks[k].low])
        if _is_name_word(toks[k]):
            who = _np_ending(text, toks, k + 1)
            return who if who is not None and who.kind in ("person", "org") else None
    return None


def _inverted_before(text: str, toks: list[_Tok], hi: int) -> Who | None:
    """The subject of an inverted cue closing the clause before a participle ("…,” said Brassard,
    noting"): the cue stands at most six words back, right after a quote mark."""
    if len(toks) < 3 or toks[-1].text != ",":
        return None
    for k in range(len(toks) - 2, max(0, len(toks) - 8), -1):
        if toks[k].text in _PUNCT:
            return None
        if toks[k].low in P.EN_CUES and not P.EN_CUES[toks[k].low] and toks[k - 1].text in "”\"'’,":
            who = en_subject_after(text, toks[k].end, toks[-1].start)
            return who if who is not None and who.kind in ("person", "org") else None
    return None


def participle_subject(text: str, lo: int, hi: int) -> Who | None:
    """Who speaks in "Donna dismissed the idea, noting …": the last name or pronoun opening a clause
    of the sentence before the participle, else the sentence's subject."""
    toks = _tokens(text, max(lo, hi - WINDOW), hi)
    inverted = _inverted_before(text, toks, hi)
    if inverted is not None:  # "“…,” said Brassard, noting that …": the speaker just named
        return inverted
    for k in range(len(toks) - 1, max(-1, len(toks) - 5), -1):
        if toks[k].text in _PUNCT:
            break
        if toks[k].low == "with" and k < len(toks) - 1:  # "with some people saying …": they speak
            return _classify_description(text, toks, k + 1, len(toks))
    for k in range(len(toks) - 1, -1, -1):
        opens = k == 0 or toks[k - 1].text in _PUNCT and toks[k - 1].text != "("  # not "(PTI)"
        if not opens:
            continue
        if k >= 2 and toks[k - 1].text == "," and any(t.low in PREPOSITIONS for t in toks[max(0, k - 5) : k - 1]):
            after = k
            while after < len(toks) and _is_name_word(toks[after]):
                after += 1
            if after > k and (after == len(toks) or toks[after].text in _PUNCT):
                continue  # "the crackdown on his party, Pakistan Tehreek-e-Insaf (PTI), stating": an appositive object
        tok = toks[k]
        if tok.low in P.EN_PRONOUNS and tok.low != "it":
            return Who(tok.text, "pronoun", start=tok.start, gender=P.EN_PRONOUNS[tok.low])
        if is_handle(tok.text):
            return _handle_who(tok)
        if _is_name_word(tok):
            who = _name_forward(text, toks[k:])
            if who is not None and who.kind in ("person", "org"):
                return who
    return en_subject_after(text, lo, hi)
