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
_NAME_RUN_RE = re.compile(r"[A-Z][\w'’\-]*\.?(?: (?:[A-Z][\w'’\-]*\.?|de|van|von|bin|al|da|del|der|di|la|le))+")
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


def _split_titles(words: list[str]) -> tuple[list[str], list[str]]:
    """Split leading honorifics/titles ("President", "Dr.") off a capitalised run."""
    i = 0
    while i < len(words) - 1 and words[i].lower() in P.EN_TITLES:
        i += 1
    return words[:i], words[i:]


def _classify_caps(words: list[str]) -> Kind:
    return "org" if any(w.lower().strip(".") in P.ORG_WORDS for w in words) else "person"


def _gender_of_titles(titles: list[str]) -> str | None:
    low = {t.lower().rstrip(".") for t in titles}
    if low & {"mr", "father", "chairman", "spokesman", "councilman"}:
        return "m"
    if low & {"mrs", "ms", "sister", "chairwoman", "spokeswoman", "councilwoman"}:
        return "f"
    return None


def en_subject_before(text: str, lo: int, hi: int) -> Who | None:
    """Read the subject that ends right before a cue at ``hi`` ("Zhang Li, a member of …, also")."""
    toks = _tokens(text, max(lo, hi - WINDOW), hi)
    while toks and toks[-1].low in P.EN_SKIPPABLE:
        toks.pop()
    if not toks:
        return None
    last = toks[-1]
    if last.low in P.EN_PRONOUNS:
        return Who(last.text, "pronoun", start=last.start, gender=P.EN_PRONOUNS[last.low])
    if last.text == ",":
        return _appositive_subject(text, toks)
    return _np_ending(text, toks, len(toks))


def _np_ending(text: str, toks: list[_Tok], end: int) -> Who | None:
    """The noun phrase made of ``toks[:end]``'s tail: a name with its role, or a description."""
    i = end
    while i > 0 and (_is_name_word(toks[i - 1]) or (toks[i - 1].low in P.NAME_PARTICLES and i < end)):
        i -= 1
    words = [t.text for t in toks[i:end]]
    if words and words[-1].lower() not in P.NAME_PARTICLES:
        return _caps_phrase(text, toks, i, end)
    return _description(text, toks, end)


def _caps_phrase(text: str, toks: list[_Tok], i: int, end: int) -> Who:
    words = [t.text for t in toks[i:end]]
    titles, name = _split_titles(words)
    kind = _classify_caps(name)
    # "the Justice Department", "Chinese Foreign Ministry spokesperson Wang Wenbin"
    j = i
    while j > 0 and i - j < 8 and _role_word(toks[j - 1]):
        j -= 1
    prefix = [t.text for t in toks[j:i]]
    if kind == "org":
        start = toks[i - 1].start if i > 0 and toks[i - 1].low == "the" else toks[i].start
        return Who(text[start : toks[end - 1].end], "org", start=start)
    role_words = [w for w in prefix if w.lower() not in ("the", "a", "an")] + titles
    role = " ".join(role_words) if role_words and (titles or prefix) else None
    if prefix and prefix[-1].lower() in ("the", "a", "an") and not titles:
        role = None
    mention = " ".join(_strip_possessive(w) for w in name)
    return Who(mention, "person", role=role, start=toks[j].start, gender=_gender_of_titles(titles))


def _role_word(tok: _Tok) -> bool:
    """Can ``tok`` belong to a role written before a name ("Foreign Ministry spokesperson")?"""
    low = tok.low
    if tok.text in _PUNCT or low in _CLAUSE_BREAKS or low in _PREPOSITIONS or low in P.EN_SKIPPABLE:
        return False
    return tok.cap or low in ("the", "a", "an", "of", "'s", "’s") or not low.endswith(("ed", "ing", "ly"))


# Words that end a noun phrase when reading backwards.
_CLAUSE_BREAKS = frozenset(
    """and but or that which who whom because while when as if since so than then said says told added
    after before although though whether where""".split()
)


def _description(text: str, toks: list[_Tok], end: int) -> Who | None:
    """A lower-case noun phrase: "a bureau spokesperson", "the ministry", "experts"."""
    j = end
    while j > 0 and end - j < 10 and toks[j - 1].text not in ",;:“”\"()—–" and toks[j - 1].low not in _CLAUSE_BREAKS:
        j -= 1
    if j == end:
        return None
    phrase = text[toks[j].start : toks[end - 1].end]
    head = toks[end - 1].low
    if head in P.ORG_HEADS and toks[j].low == "the":
        return Who(phrase, "org", start=toks[j].start)
    if toks[j].cap and toks[j].low not in P.EN_NOT_NAME:
        return Who(phrase, "org", start=toks[j].start)
    return Who(phrase, "desc", role=phrase, start=toks[j].start)


def _appositive_subject(text: str, toks: list[_Tok]) -> Who | None:
    """ "NAME, ROLE," before the cue: the role runs back to the previous comma."""
    k = len(toks) - 2
    while k >= 0 and toks[k].text != "," and len(toks) - k < _MAX_ROLE_WORDS:
        if toks[k].text in ";:“”\"":
            return None
        k -= 1
    if k < 1 or toks[k].text != ",":
        return None
    who = _np_ending(text, toks, k)
    if who is None or who.kind == "pronoun":
        return None
    role = text[toks[k + 1].start : toks[-2].end]
    if who.kind == "person":
        who.role = role if who.role is None else f"{who.role}, {role}"
    elif who.kind == "desc":
        who.role = f"{who.role}, {role}"
    return who


def en_subject_after(text: str, lo: int, hi: int) -> Who | None:
    """Read an inverted subject right after a cue: "said Li Bin, general manager of …"."""
    toks = _tokens(text, lo, min(hi, lo + WINDOW))
    if not toks:
        return None
    first = toks[0]
    if first.low.rstrip(".") in P.EN_PRONOUNS:
        low = first.low.rstrip(".")
        return Who(first.text.rstrip("."), "pronoun", start=first.start, gender=P.EN_PRONOUNS[low])
    end = 0
    while end < len(toks):
        tok = toks[end]
        if tok.text in _PUNCT or tok.low in _CLAUSE_BREAKS or tok.low in _PREPOSITIONS:
            break
        if tok.text.endswith(".") and tok.low not in P.EN_TITLES and not _is_initial(tok.text):
            word = tok.text.rstrip(".")  # "said Smith." — the full stop is glued to the last word
            toks[end] = _Tok(word, tok.start, tok.start + len(word))
            end += 1
            break
        end += 1
    if end == 0:
        return None
    who = _np_ending(text, toks, end)
    if who is not None and who.kind == "person" and end < len(toks) and toks[end].text == ",":
        role = _role_after(text, toks, end + 1)
        if role:
            who.role = role if who.role is None else f"{who.role}, {role}"
    return who


_PUNCT = frozenset(",;:“”\"()—–")
_PREPOSITIONS = frozenset("in on at to for with during after before about by from into over under via".split())


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper()


def _role_after(text: str, toks: list[_Tok], i: int) -> str | None:
    """The appositive after a name, to the next comma or the sentence end."""
    j = i
    while j < len(toks) and j - i < _MAX_ROLE_WORDS and toks[j].text not in ",;:“”\"()":
        if toks[j].text.endswith(".") and toks[j].low not in P.EN_TITLES and len(toks[j].text) > 2:
            text_end = toks[j].end - 1
            return text[toks[i].start : text_end] if j > i or text_end > toks[i].start else None
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


@dataclass
class SpeakerBook:
    """Names seen so far (by position) and speakers attributed so far, for follow-up mentions."""

    _by_first: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    _by_last: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)
    genders: dict[str, str] = field(default_factory=dict)
    said: list[_Said] = field(default_factory=list)

    def register_text(self, text: str, base: int) -> None:
        """Index every capitalised multi-word run (and Chinese dotted name) of a block by position."""
        for m in _NAME_RUN_RE.finditer(text):
            words = [_strip_possessive(w) for w in m.group().split(" ")]
            while words and (words[0].lower() in P.EN_NOT_NAME or words[0].lower() in P.EN_TITLES):
                words.pop(0)
            if len(words) >= 2 and _classify_caps(words) == "person":
                self.add_name(" ".join(words), base + m.start())

    def add_name(self, name: str, pos: int) -> None:
        parts = name.split("·") if "·" in name else name.split(" ")
        if len(parts) < 2:
            return
        self._by_first.setdefault(parts[0], []).append((pos, name))
        self._by_last.setdefault(parts[-1], []).append((pos, name))

    def full_name(self, mention: str, pos: int) -> str:
        """The most recently mentioned fuller name that starts or ends with ``mention``."""
        sep = "·" if "·" in mention or not mention.isascii() else " "
        parts = mention.split(sep)
        best: tuple[int, str] | None = None
        for index, key, match in ((self._by_first, parts[0], _prefix), (self._by_last, parts[-1], _suffix)):
            entries = index.get(key, [])
            k = bisect.bisect_right(entries, (pos, "\uffff"))
            while k > 0:
                k -= 1
                cand = entries[k]
                if len(cand[1]) > len(mention) and match(cand[1].split(sep), parts):
                    if best is None or cand[0] > best[0]:
                        best = cand
                    break
        return best[1] if best else mention

    def resolve(self, who: Who, pos: int) -> Speaker:
        """The speaker a mention stands for; pronouns go to the right recent speaker."""
        if who.kind == "pronoun":
            said = self._last_for(who.gender)
            return said.speaker if said else Speaker()
        if who.kind == "desc":
            return Speaker(role=who.role)
        if who.kind == "org":
            return Speaker(name=who.mention)
        name = self.full_name(who.mention, pos)
        if who.role and name not in self.roles:
            self.roles[name] = who.role
        if who.gender:
            self.genders.setdefault(name, who.gender)
        return Speaker(name=name, role=who.role or self.roles.get(name))

    def note(self, speaker: Speaker, who: Who | None) -> None:
        """Remember that ``speaker`` was just quoted (for later pronouns)."""
        if speaker.name is None:
            return
        person = who is None or who.kind in ("person", "pronoun")
        gender = self.genders.get(speaker.name)
        if who is not None and who.kind == "pronoun" and who.gender in ("m", "f"):
            self.genders.setdefault(speaker.name, who.gender)
            gender = self.genders[speaker.name]
        self.said.append(_Said(speaker, gender, person))

    def _last_for(self, gender: str | None) -> _Said | None:
        plural = gender == "p"
        for said in reversed(self.said[-50:]):
            if plural:
                if not said.person:
                    return said
                continue
            if not said.person:
                continue
            known = self.genders.get(said.speaker.name or "", said.gender)
            if gender in ("m", "f") and known not in (None, gender):
                continue
            return said
        return None


def _prefix(words: list[str], parts: list[str]) -> bool:
    return words[: len(parts)] == parts


def _suffix(words: list[str], parts: list[str]) -> bool:
    return words[-len(parts) :] == parts
