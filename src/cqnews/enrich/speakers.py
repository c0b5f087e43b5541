"""Who speaks: turning a mention as written into the :class:`~cqnews.models.Speaker` it stands for.

:class:`SpeakerBook` knows every name the article gives (by position), which speakers were quoted last
and what the text says about their gender, and resolves "Zhang" to "Zhang Hongbin", "he" to the
right recent speaker and 阿克拉姆 to 哈立德·泰穆尔·阿克拉姆. Look-ups are bounded, so each costs
constant or logarithmic time.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..models import Speaker
from . import quote_patterns as P
from .speaker_phrases import (
    NAME_RUN_RE,
    POSSESSIVE,
    OF_LIKE,
    PREPOSITIONS,
    Who,
    appositive_after,
    given_name_gender,
    split_name,
    strip_possessive,
)
from .speaker_phrases_zh import ZH_DOTS_RE, ZH_DOTTED_RE, ZH_HONORIFIC_RE, is_cjk, zh_name_at_end


@dataclass(slots=True)
class _Said:
    speaker: Speaker
    gender: str | None
    person: bool
    pos: int


_PRONOUN_RE = re.compile(r"\b(?:he|him|his|she|her|hers)\b", re.IGNORECASE)
_CAP_WORD_RE = re.compile(r"[A-Z][\w'’\-]+")
_GENDER_REACH = 80
# A pronoun this close (characters) after a quoted speaker of unknown gender refers to them.
_JUST_SAID = 800
# Chinese names: how far back a name is looked for, how many known names are kept.
_ZH_REACH = 400
_ZH_KNOWN = 60


@dataclass
class SpeakerBook:
    """Names seen so far (by position) and speakers attributed so far, for follow-up mentions."""

    # token -> [(position, name words, index of the token in them)], in text order
    _by_token: dict[str, list[tuple[int, tuple[str, ...], int]]] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)
    genders: dict[str, str] = field(default_factory=dict)
    _votes: dict[str, list[int]] = field(default_factory=dict)
    said: list[_Said] = field(default_factory=list)
    _mentions: list[tuple[int, str, bool]] = field(default_factory=list)  # (position, name, as subject)
    zh_known: list[str] = field(default_factory=list)  # Chinese person names met so far, latest last
    _written: dict[tuple[str, ...], str] = field(default_factory=dict)

    def register_zh_text(self, text: str, base: int) -> None:
        """Chinese names given with an honorific (王先生, 徐女士) or as a dotted transliteration
        (戴夫·汉森) are people from the start."""
        for m in ZH_HONORIFIC_RE.finditer(text):
            self.know_zh(m.group())
        for m in ZH_DOTTED_RE.finditer(text):
            name = zh_name_at_end(m.group())
            if name:
                self.know_zh(name)
                self.add_name(name, base + m.end() - len(name))

    def know_zh(self, name: str) -> None:
        if name in self.zh_known:
            self.zh_known.remove(name)
        self.zh_known.append(name)
        del self.zh_known[:-_ZH_KNOWN]

    def zh_named_before(self, text: str, pos: int) -> str | None:
        """The known Chinese person named last in ``text`` before ``pos`` (bounded look-back)."""
        lo = max(0, pos - _ZH_REACH)
        best, at = None, -1
        for name in self.zh_known:
            k = text.rfind(ZH_DOTS_RE.split(name)[-1], lo, pos)
            if k > at:
                best, at = name, k
        return best

    def register_text(self, text: str, base: int) -> None:
        """Index every capitalised multi-word run of a block by position, and count the pronouns
        that follow each capitalised word (he/his vs she/her) to guess genders."""
        for m in NAME_RUN_RE.finditer(text):
            raw = m.group().split(" ")
            owner = max((k + 1 for k, w in enumerate(raw[:-1]) if w.endswith(POSSESSIVE)), default=0)
            words = [strip_possessive(w) for w in raw[owner:]]  # "Pakistan's Chief …": the owner is no name
            while words and (words[0].lower() in P.EN_NOT_NAME or words[0].lower() in P.EN_TITLES):
                words.pop(0)
            _, name, kind = split_name(words)
            if len(name) >= 2 and kind == "person":
                full = " ".join(name)
                self.add_name(full, base + m.start())
                role = appositive_after(text, m.end())
                if role:
                    self.roles.setdefault(full, role)
        self._vote_genders(text)

    def index_mentions(self, text: str, base: int, inside: Callable[[int], bool]) -> None:
        """Record where each known person is named outside quotes, as a subject (not after "by",
        "with" …), so that pronouns can go to the person named last. Call after register_text."""
        for m in _CAP_WORD_RE.finditer(text):
            if inside(m.start()):
                continue
            before = text[max(0, m.start() - 14) : m.start()].split()
            if before and before[-1].lower() in PREPOSITIONS | OF_LIKE:
                continue
            word = strip_possessive(m.group())
            if word not in self._by_token:
                continue
            full = self.full_name(word, base + m.end())
            if full != word:
                self._mentions.append((base + m.start(), full, _opens_clause(text, m.start())))

    def _vote_genders(self, text: str) -> None:
        pronouns = [(m.start(), m.group().lower()) for m in _PRONOUN_RE.finditer(text)]
        starts = [p for p, _ in pronouns]
        for m in _CAP_WORD_RE.finditer(text):
            k = bisect.bisect_left(starts, m.end())
            if k == len(starts) or starts[k] - m.end() > _GENDER_REACH or "." in text[m.end() : starts[k]]:
                continue
            votes = self._votes.setdefault(strip_possessive(m.group()), [0, 0])
            votes[0 if pronouns[k][1] in ("he", "him", "his") else 1] += 1

    def gender(self, name: str) -> str | None:
        if name in self.genders:
            return self.genders[name]
        male = female = 0
        for word in name.replace("·", " ").split(" "):
            votes = self._votes.get(word, [0, 0])
            male, female = male + votes[0], female + votes[1]
        prior = given_name_gender(name)
        female += 3 if prior == "f" else 0
        male += 3 if prior == "m" else 0
        if male == female:
            return None
        return "m" if male > female else "f"

    def add_name(self, name: str, pos: int) -> None:
        dotted = ZH_DOTS_RE.search(name) is not None
        parts = tuple(ZH_DOTS_RE.split(name) if dotted else name.split(" "))
        if len(parts) < 2:
            return
        if dotted:
            self._written[parts] = name  # keep the interpunct the page used
        for i, part in enumerate(parts):
            self._by_token.setdefault(part, []).append((pos, parts, i))

    def full_name(self, mention: str, pos: int) -> str:
        """The fullest name for ``mention`` among the names mentioned before ``pos``, the most recent
        first: "Zhang" -> "Zhang Hongbin", "Smith" -> "John Smith", "Roma Jayne" -> "Emma Roma Jayne"."""
        dotted = "·" in mention or any(is_cjk(ch) for ch in mention)
        sep = "·" if dotted else " "
        parts = tuple(mention.split(sep))
        entries = self._by_token.get(parts[-1] if len(parts) > 1 else parts[0], [])
        k = bisect.bisect_right(entries, (pos, ("\uffff",), 0))
        floor = max(0, k - 50)
        while k > floor:
            k -= 1
            _, words, i = entries[k]
            name = _extend(words, i, len(parts), dotted)
            if name is not None and len(name) > len(parts) and _contains(name, parts):
                return self._written.get(name, sep.join(name))
        if dotted:  # 霍尔茨 for 斯蒂芬妮·席尔霍尔茨: the mention ends the last part of a known name
            for known in reversed(self.zh_known):
                if len(mention) >= 2 and known != mention and ZH_DOTS_RE.split(known)[-1].endswith(mention):
                    return known
        return mention

    def resolve(self, who: Who, pos: int) -> Speaker:
        """The speaker a mention stands for; pronouns go to the right recent speaker."""
        if who.kind == "pronoun":
            return self._antecedent(who.gender, pos)
        if who.kind == "desc":
            return Speaker(role=who.role)
        if who.kind == "org":
            return Speaker(name=who.mention)
        name = self.full_name(who.mention, pos)
        if ZH_DOTS_RE.search(name):
            self.add_name(name, pos)
        if not name.isascii():
            self.know_zh(name)
        if who.role and name not in self.roles:
            self.roles[name] = who.role
        if who.gender in ("m", "f"):
            self.genders.setdefault(name, who.gender)
        return Speaker(name=name, role=who.role or self.roles.get(name))

    def note(self, speaker: Speaker, who: Who | None, pos: int) -> None:
        """Remember that ``speaker`` was just quoted at ``pos`` (for later pronouns)."""
        if speaker.name is None:
            return
        person = who is None or who.kind in ("person", "pronoun")
        gender = self.gender(speaker.name) if person else None
        self.said.append(_Said(speaker, gender, person, pos))

    def _antecedent(self, gender: str | None, pos: int) -> Speaker:
        """he/she: the latest speaker or subject the text shows to have that gender, else the latest
        speaker whose gender is unknown; they/zero subjects: the latest speaker of any kind."""
        sure = self._last_for(gender, sure=True) if gender in ("m", "f") else None
        named = self._last_mentioned(gender, pos)
        latest = self._last_for(gender)
        if latest is not None and pos - latest.pos <= _JUST_SAID and all(
            latest.pos >= other for other in (sure.pos if sure else -1, named[0] if named else -1)
        ):
            return latest.speaker  # "…, Le Clair said. He stressed …": the speaker just quoted
        if named is not None and (sure is None or named[0] > sure.pos):
            return Speaker(name=named[1], role=self.roles.get(named[1]))
        said = sure or latest
        if said is not None:
            return said.speaker
        named = self._last_mentioned(gender, pos, subject=False) or self._last_mentioned(gender, pos, sure=False)
        return Speaker(name=named[1], role=self.roles.get(named[1])) if named else Speaker()

    def _last_mentioned(
        self, gender: str | None, pos: int, sure: bool = True, subject: bool = True
    ) -> tuple[int, str] | None:
        """The person named last before ``pos`` (as a subject, unless not ``subject``) and shown to be
        he or she (or, when not ``sure``, not shown to be the other)."""
        if gender not in ("m", "f"):
            return None
        k = bisect.bisect_left(self._mentions, (pos, "", False))
        for at, name, as_subject in reversed(self._mentions[max(0, k - 20) : k]):
            known = self.gender(name)
            if (as_subject or not subject) and (known == gender or not sure and known is None):
                return at, name
        return None

    def _last_for(self, gender: str | None, sure: bool = False) -> _Said | None:
        plural = gender == "p"
        for said in reversed(self.said[-50:]):
            if plural:
                if not said.person:
                    return said
                continue
            if not said.person:
                continue
            known = said.gender
            if gender in ("m", "f") and known not in (None, gender) or sure and known != gender:
                continue
            return said
        return None


def _opens_clause(text: str, pos: int) -> bool:
    """Does the word at ``pos`` start a sentence or clause (a likely subject)?"""
    k = pos
    while k > 0 and text[k - 1] == " ":
        k -= 1
    return k == 0 or text[k - 1] in ".!?,;:—–“\"(" or text[max(0, k - 4) : k].lower() in (" and", " but")


_NAME_SUFFIXES = frozenset("Jr Sr II III IV".split())


def _extend(words: tuple[str, ...], i: int, n: int, dotted: bool) -> tuple[str, ...] | None:
    """The name inside a capitalised run around the mention's last word at ``words[i]``.

    A first word ("Zhang", "Abby") takes the rest of the run; a last word ("Smith") takes the word
    before it; a two-word mention ("Roma Jayne") takes a given name before it ("Emma"), not any
    capitalised word ("Brave Marina Lacerda"); a dotted Chinese transliteration is kept whole.
    """
    if dotted:
        return words
    if n == 1 and i < len(words) - 1:
        if all(w.rstrip(".") in _NAME_SUFFIXES for w in words[i + 1 :]):
            return words  # "Kennedy" in "James P. Kennedy Jr."
        return words[i : i + 3]
    if i != len(words) - 1:
        return None
    if n == 1:
        return words[max(0, i - 1) :]
    first = i - n
    return words[first:] if first >= 0 and given_name_gender(words[first]) else None


def _contains(name: tuple[str, ...], parts: tuple[str, ...]) -> bool:
    n = len(parts)
    return any(name[k : k + n] == parts for k in range(len(name) - n + 1))
