"""Who speaks: reading the speaker's noun phrase next to a cue, and resolving follow-up mentions.

A mention is read into a :class:`Who` (as written); :class:`SpeakerBook` turns it into a
:class:`~cqnews.models.Speaker` with the fullest name the article gives, remembering who spoke last
for pronouns. Every scan here looks at a bounded window, so the cost per quote is constant.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Literal

from ..models import Speaker
from . import quote_patterns as P

Kind = Literal["person", "org", "pronoun", "desc"]

# Longest look-behind or look-ahead, in characters, for a speaker's noun phrase.
WINDOW = 400
_MAX_ROLE_WORDS = 40

_TOKEN_RE = re.compile(r"[\w'’.\-]+|[,;:“”\"()—–]")
_NAME_RUN_RE = re.compile(r"[A-Z](?:\.|[\w'’\-]*)(?: (?:[A-Z](?:\.|[\w'’\-]*)|(?:de|van|von|bin|al|da|del|der|di|la|le)(?!\w)))+")
_POSSESSIVE = ("’s", "'s")


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


def _is_name_word(tok: _Tok) -> bool:
    return tok.cap and tok.low not in P.EN_NOT_NAME and tok.low not in P.EN_PRONOUNS


def _strip_possessive(word: str) -> str:
    for suffix in _POSSESSIVE:
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _split_name(words: list[str]) -> tuple[list[str], list[str], Kind]:
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
    orgs = [k for k, w in enumerate(name) if w.lower().strip(".") in P.ORG_WORDS]
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


_PUNCT = frozenset(",;:“”\"()—–")
_PREPOSITIONS = frozenset("in on at to for with during after before about by from into over under via".split())
_AUXILIARIES = frozenset(
    "is are was were be been has have had will would can could should may might must do does did not".split()
)
_OF_LIKE = frozenset("of at from with".split())
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
    toks = _tokens(text, max(lo, hi - WINDOW), hi)
    while toks and (toks[-1].low in P.EN_SKIPPABLE or toks[-1].low.endswith("ly") and not toks[-1].cap):
        toks.pop()
    if not toks:
        return None
    last = toks[-1]
    if last.low in P.EN_PRONOUNS:
        return Who(last.text, "pronoun", start=last.start, gender=P.EN_PRONOUNS[last.low])
    if last.text == ",":
        return _appositive_subject(text, toks)
    return _np_ending(text, toks, len(toks))


def _run_start(toks: list[_Tok], end: int) -> int:
    i = end
    while i > 0 and (_is_name_word(toks[i - 1]) or (toks[i - 1].low in P.NAME_PARTICLES and i < end)):
        word = toks[i - 1].text
        if i < end and word.endswith(".") and not _is_initial(word) and word.lower() not in P.EN_TITLES:
            break  # "… the Super Bowl. Donna" — a full stop ends the name
        i -= 1
    while i < end and toks[i].low in P.NAME_PARTICLES:
        i += 1
    return i


def _np_ending(text: str, toks: list[_Tok], end: int) -> Who | None:
    """The noun phrase made of the tail of ``toks[:end]``: a name with its role, or a description."""
    i = _run_start(toks, end)
    if i == end:
        return _description(text, toks, end)
    if i >= 2 and toks[i - 1].low == "of" and not _is_name_word(toks[i - 2]):
        return _of_phrase(text, toks, i, end)
    role, name, kind = _split_name([_strip_possessive(t.text) for t in toks[i:end]])
    if kind == "org" and i >= 2 and toks[i - 1].low in _OF_LIKE and _is_name_word(toks[i - 2]):
        j = _run_start(toks, i - 1)  # "David Watt of Rosenberg Research"
        inner_role, person, pkind = _split_name([t.text for t in toks[j : i - 1]])
        if pkind == "person" and person:
            return Who(" ".join(person), "person", role=text[toks[i - 1].start : toks[end - 1].end], start=toks[j].start)
    if kind == "org":
        start = toks[i - 1].start if i > 0 and toks[i - 1].low == "the" else toks[i].start
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
    if head.kind == "desc" and toks[_index_at(toks, head.start)].low not in ("the",):
        return Who(phrase, "desc", role=phrase, start=head.start)
    return Who(phrase, "org" if head.kind != "desc" or toks[_index_at(toks, head.start)].low == "the" else "desc",
               start=head.start)


def _index_at(toks: list[_Tok], start: int) -> int:
    return next(k for k, t in enumerate(toks) if t.start == start)


def _role_word(tok: _Tok) -> bool:
    """Can ``tok`` belong to a role written before a name ("Foreign Ministry spokesperson")?"""
    low = tok.low
    if tok.text in _PUNCT or low in _CLAUSE_BREAKS or low in _PREPOSITIONS or low in P.EN_SKIPPABLE:
        return False
    if low in P.EN_CUES or low in P.EN_NOT_NAME and low not in _DETERMINERS:
        return False
    return tok.cap or low in P.EN_TITLES or low in _DETERMINERS or low.endswith(("ist", "er", "or", "ian", "ant", "ent"))


def _description(text: str, toks: list[_Tok], end: int) -> Who | None:
    """A lower-case noun phrase: "a bureau spokesperson", "the ministry", "experts"."""
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
    heads = [t.low for t in toks[j:end]]
    if toks[j].low == "the" and any(h in P.ORG_HEADS for h in heads):
        return Who(phrase, "org", start=toks[j].start)
    if toks[j].low == "the" and end - j > 1 and toks[j + 1].cap:
        return Who(phrase, "org", start=toks[j].start)  # "the US military", "The Afghan government"
    return Who(phrase, "desc", role=phrase, start=toks[j].start)


def _appositive_subject(text: str, toks: list[_Tok]) -> Who | None:
    """ "NAME, ROLE, [ROLE,]" before the cue: the name stands before the first of up to three commas."""
    last_comma = len(toks) - 1
    k = last_comma - 1
    for _ in range(3):
        while k >= 0 and toks[k].text != "," and last_comma - k < _MAX_ROLE_WORDS:
            if toks[k].text in ";:":
                return None
            k -= 1
        if k < 1 or toks[k].text != ",":
            return None
        seg_start = k - 1
        while seg_start > 0 and toks[seg_start - 1].text not in _PUNCT and k - seg_start < 12:
            seg_start -= 1
        inner = _np_ending(text, toks, last_comma)
        if inner is not None and inner.kind == "person" and _run_start(toks, last_comma) == k + 1:
            before = _np_ending(text, toks, k)  # "Epstein's neighbor …, Donald Trump, said"
            inner.role = before.role if before is not None and before.kind == "desc" else inner.role
            return inner
        if toks[seg_start].low not in _PREPOSITIONS and toks[seg_start].low not in _CLAUSE_BREAKS:
            who = _np_ending(text, toks, k)
            if who is not None and who.kind in ("person", "org"):
                role = text[toks[k + 1].start : toks[last_comma - 1].end]
                if who.kind == "person":
                    who.role = role if who.role is None else f"{who.role}, {role}"
                return who
        k -= 1
    return None


def en_subject_after(text: str, lo: int, hi: int) -> Who | None:
    """Read a subject that starts at ``lo``: after an inverted cue ("said Li Bin, general manager of …"),
    after "according to", or at the start of a sentence."""
    toks = _tokens(text, lo, min(hi, lo + WINDOW))
    if toks and toks[0].low in _PREPOSITIONS and toks[0].low != "to":
        comma = next((k for k, t in enumerate(toks[:12]) if t.text == ","), None)
        toks = toks[comma + 1 :] if comma is not None else toks
    if not toks:
        return None
    first = toks[0]
    low = first.low.rstrip(".")
    if low in P.EN_PRONOUNS:
        return Who(first.text.rstrip("."), "pronoun", start=first.start, gender=P.EN_PRONOUNS[low])
    if _is_name_word(first) or (first.low in _DETERMINERS and len(toks) > 1 and _is_name_word(toks[1])):
        return _name_forward(text, toks)
    end = 0
    while end < len(toks) and end < 8:
        tok = toks[end]
        if tok.text in _PUNCT or tok.low in _CLAUSE_BREAKS or tok.low in P.EN_CUES or tok.low in P.EN_SKIPPABLE:
            break
        if tok.low in _PREPOSITIONS and tok.low not in ("of", "for", "at"):
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
    while end < len(toks) and (_is_name_word(toks[end]) or (toks[end].low in P.NAME_PARTICLES and end > start)):
        word = toks[end].text
        if word.endswith(".") and not _is_initial(word) and word.lower() not in P.EN_TITLES:
            toks[end] = _Tok(word.rstrip("."), toks[end].start, toks[end].end - 1)
            end += 1
            return _np_ending(text, toks, end)
        end += 1
    if end < len(toks) and toks[end].low in _OF_LIKE and end + 1 < len(toks) and _is_name_word(toks[end + 1]):
        after = end + 1
        while after < len(toks) and _is_name_word(toks[after]):
            after += 1
        who = _np_ending(text, toks, end)
        org = text[toks[end].start : toks[after - 1].end].rstrip(".")
        if who is not None and who.kind == "person":
            who.role = org if who.role is None else f"{who.role} {org}"
            return who
    who = _np_ending(text, toks, end)
    if who is not None and start == 1 and who.kind == "org":
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


# ---------------------------------------------------------------- Chinese

_ZH_BOUNDARY = "，。！？；：”」』,;:!?\n（）()"
_ZH_ROLE_END = frozenset("任长员授理席记官家者师士人生事委裁军使督")
_ZH_NAME_CHARS_STOP = _ZH_ROLE_END | frozenset("的在和与及、国市省州区县村镇")


def zh_subject_before(text: str, lo: int, hi: int) -> Who | None:
    """Read the Chinese subject ending at ``hi`` (the cue): 河南省委副书记、省长王凯."""
    start = hi
    floor = max(lo, hi - 80)
    while start > floor and text[start - 1] not in _ZH_BOUNDARY:
        start -= 1
    seg = text[start:hi]
    seg, cut = _zh_trim(seg)
    if not seg:
        return None
    if seg in P.ZH_PRONOUNS or seg[-1:] in ("他", "她") or seg[-2:] in P.ZH_PRONOUNS:
        pron = seg[-2:] if seg[-2:] in P.ZH_PRONOUNS else seg[-1]
        return Who(pron, "pronoun", start=start + len(seg) - len(pron), gender=P.ZH_PRONOUNS[pron])
    name = _zh_name_at_end(seg)
    if name:
        role = seg[: -len(name)].rstrip("、的") or None
        return Who(name, "person", role=role, start=start)
    if seg.endswith(P.ZH_PERSON_HEADS):
        return Who(seg, "desc", role=seg, start=start)
    if len(seg) <= 12 or seg.endswith(P.ZH_ORG_SUFFIXES):
        return Who(seg, "org", start=start)
    return Who(seg, "desc", role=seg, start=start)


def _zh_trim(seg: str) -> tuple[str, int]:
    """Drop leading 据/根据 and trailing adverbs and 在…时 phrases between speaker and cue."""
    for lead in ("根据", "据", "但", "而", "并"):
        if seg.startswith(lead) and len(seg) > len(lead):
            seg = seg[len(lead) :]
    changed = True
    while changed and seg:
        changed = False
        for adv in P.ZH_SKIPPABLE:
            if seg.endswith(adv) and len(seg) > len(adv):
                seg, changed = seg[: -len(adv)], True
        at = seg.rfind("在")
        if at > 0 and seg.endswith(("时", "上", "中", "里", "后", "前")):
            seg, changed = seg[:at], True
        if len(seg) > 3 and seg.endswith("地"):
            seg, changed = seg[:-3], True
    return seg, 0


def _zh_name_at_end(seg: str) -> str | None:
    if "·" in seg:
        first = seg.find("·")
        i = first
        while i > 0 and first - i < 4 and seg[i - 1] not in _ZH_NAME_CHARS_STOP and _is_cjk(seg[i - 1]):
            i -= 1
        return seg[i:] if i < first else None
    for honorific in P.ZH_HONORIFICS:
        if seg.endswith(honorific) and len(seg) > len(honorific):
            k = len(seg) - len(honorific)
            if seg[k - 1] in P.ZH_SURNAMES:
                return seg[k - 1 :]
    if len(seg) >= 4 and seg[-4:-2] in P.ZH_DOUBLE_SURNAMES:
        return seg[-4:]
    three = len(seg) >= 3 and seg[-3] in P.ZH_SURNAMES
    two = len(seg) >= 2 and seg[-2] in P.ZH_SURNAMES
    if three and not (two and seg[-3] in _ZH_ROLE_END) and (len(seg) == 3 or seg[-4] not in P.ZH_SURNAMES or True):
        cand = seg[-3:]
        if all(_is_cjk(c) for c in cand):
            return cand
    if two and all(_is_cjk(c) for c in seg[-2:]) and not seg.endswith(P.ZH_PERSON_HEADS + P.ZH_ORG_SUFFIXES):
        return seg[-2:]
    return None


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


# ---------------------------------------------------------------- resolution


@dataclass(slots=True)
class _Said:
    speaker: Speaker
    gender: str | None
    person: bool


_PRONOUN_RE = re.compile(r"\b(?:he|him|his|she|her|hers)\b", re.IGNORECASE)
_CAP_WORD_RE = re.compile(r"[A-Z][\w'’\-]+")
_GENDER_REACH = 80


@dataclass
class SpeakerBook:
    """Names seen so far (by position) and speakers attributed so far, for follow-up mentions."""

    # token -> [(position, name words, index of the token in them)], in text order
    _by_token: dict[str, list[tuple[int, tuple[str, ...], int]]] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)
    genders: dict[str, str] = field(default_factory=dict)
    _votes: dict[str, list[int]] = field(default_factory=dict)
    said: list[_Said] = field(default_factory=list)
    _mentions: list[tuple[int, str]] = field(default_factory=list)

    def register_text(self, text: str, base: int) -> None:
        """Index every capitalised multi-word run of a block by position, and count the pronouns
        that follow each capitalised word (he/his vs she/her) to guess genders."""
        for m in _NAME_RUN_RE.finditer(text):
            words = [_strip_possessive(w) for w in m.group().split(" ")]
            while words and (words[0].lower() in P.EN_NOT_NAME or words[0].lower() in P.EN_TITLES):
                words.pop(0)
            _, name, kind = _split_name(words)
            if len(name) >= 2 and kind == "person":
                self.add_name(" ".join(name), base + m.start())
                self._mentions.append((base + m.start(), " ".join(name)))
        self._vote_genders(text)

    def _vote_genders(self, text: str) -> None:
        pronouns = [(m.start(), m.group().lower()) for m in _PRONOUN_RE.finditer(text)]
        starts = [p for p, _ in pronouns]
        for m in _CAP_WORD_RE.finditer(text):
            k = bisect.bisect_left(starts, m.end())
            if k == len(starts) or starts[k] - m.end() > _GENDER_REACH or "." in text[m.end() : starts[k]]:
                continue
            votes = self._votes.setdefault(_strip_possessive(m.group()), [0, 0])
            votes[0 if pronouns[k][1] in ("he", "him", "his") else 1] += 1

    def gender(self, name: str) -> str | None:
        if name in self.genders:
            return self.genders[name]
        male = female = 0
        for word in name.replace("·", " ").split(" "):
            votes = self._votes.get(word, [0, 0])
            male, female = male + votes[0], female + votes[1]
        if male == female:
            return None
        return "m" if male > female else "f"

    def add_name(self, name: str, pos: int) -> None:
        parts = tuple(name.split("·") if "·" in name else name.split(" "))
        if len(parts) < 2:
            return
        for i, part in enumerate(parts):
            self._by_token.setdefault(part, []).append((pos, parts, i))

    def full_name(self, mention: str, pos: int) -> str:
        """The fullest name for ``mention`` among the names mentioned before ``pos``, the most recent
        first: "Zhang" -> "Zhang Hongbin", "Smith" -> "John Smith", "Roma Jayne" -> "Emma Roma Jayne"."""
        dotted = "·" in mention or not mention.isascii()
        sep = "·" if dotted else " "
        parts = tuple(mention.split(sep))
        entries = self._by_token.get(parts[-1] if len(parts) > 1 else parts[0], [])
        k = bisect.bisect_right(entries, (pos, ("\uffff",), 0))
        while k > 0:
            k -= 1
            _, words, i = entries[k]
            name = _extend(words, i, len(parts), dotted)
            if name is not None and len(name) > len(parts) and _contains(name, parts):
                return sep.join(name)
        return mention

    def resolve(self, who: Who, pos: int) -> Speaker:
        """The speaker a mention stands for; pronouns go to the right recent speaker."""
        if who.kind == "pronoun":
            said = self._last_for(who.gender)
            if said is not None:
                return said.speaker
            name = self._last_mentioned(who.gender, pos)
            return Speaker(name=name, role=self.roles.get(name or "")) if name else Speaker()
        if who.kind == "desc":
            return Speaker(role=who.role)
        if who.kind == "org":
            return Speaker(name=who.mention)
        name = self.full_name(who.mention, pos)
        if "·" in name:
            self.add_name(name, pos)
        if who.role and name not in self.roles:
            self.roles[name] = who.role
        if who.gender in ("m", "f"):
            self.genders.setdefault(name, who.gender)
        return Speaker(name=name, role=who.role or self.roles.get(name))

    def note(self, speaker: Speaker, who: Who | None) -> None:
        """Remember that ``speaker`` was just quoted (for later pronouns)."""
        if speaker.name is None:
            return
        person = who is None or who.kind in ("person", "pronoun")
        gender = self.gender(speaker.name) if person else None
        self.said.append(_Said(speaker, gender, person))

    def _last_mentioned(self, gender: str | None, pos: int) -> str | None:
        """The person named last before ``pos`` whose gender does not contradict the pronoun."""
        if gender not in ("m", "f"):
            return None
        k = bisect.bisect_left(self._mentions, (pos, ""))
        for _, name in reversed(self._mentions[max(0, k - 20) : k]):
            if self.gender(name) in (None, gender):
                return name
        return None

    def _last_for(self, gender: str | None) -> _Said | None:
        plural = gender == "p"
        for said in reversed(self.said[-50:]):
            if plural:
                if not said.person:
                    return said
                continue
            if not said.person:
                continue
            known = said.gender
            if gender in ("m", "f") and known not in (None, gender):
                continue
            return said
        return None


def _extend(words: tuple[str, ...], i: int, n: int, dotted: bool) -> tuple[str, ...] | None:
    """The name inside a capitalised run around the mention's last word at ``words[i]``.

    A first word ("Zhang", "Abby") takes the rest of the run; a last word ("Smith") takes the two or
    three words ending there; a dotted Chinese transliteration is kept whole.
    """
    if dotted:
        return words
    if n == 1 and i < len(words) - 1:
        return words[i : i + 3]
    if i == len(words) - 1:
        return words[max(0, i - n - (1 if n == 1 else 0)) :] if n > 1 else words[max(0, i - 1) :]
    return None


def _contains(name: tuple[str, ...], parts: tuple[str, ...]) -> bool:
    n = len(parts)
    return any(name[k : k + n] == parts for k in range(len(name) - n + 1))


def participle_subject(text: str, lo: int, hi: int) -> Who | None:
    """Who speaks in "Donna dismissed the idea, noting …": the last name or pronoun opening a clause
    of the sentence before the participle, else the sentence's subject."""
    toks = _tokens(text, max(lo, hi - WINDOW), hi)
    for k in range(len(toks) - 1, -1, -1):
        opens = k == 0 or toks[k - 1].text in _PUNCT
        if not opens:
            continue
        tok = toks[k]
        if tok.low in P.EN_PRONOUNS and tok.low != "it":
            return Who(tok.text, "pronoun", start=tok.start, gender=P.EN_PRONOUNS[tok.low])
        if _is_name_word(tok):
            end = k
            while end < len(toks) and (_is_name_word(toks[end]) or toks[end].low in P.NAME_PARTICLES):
                end += 1
            who = _np_ending(text, toks, end)
            if who is not None and who.kind in ("person", "org"):
                return who
    return en_subject_after(text, lo, hi)
