"""Who speaks: turning a mention as written into the :class:`~cqnews.models.Speaker` it stands for.

:class:`SpeakerBook` knows every name the article gives (by position), which speakers were quoted last
and what the text says about their gender, and resolves "Zhang" to "Zhang Hongbin", "he" to the
right recent speaker and 阿克拉姆 to 哈立德·泰穆尔·阿克拉姆. Look-ups are bounded, so each costs
constant or logarithmic time.
"""

from __future__ import annotations

import bisect
import re
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from ..lexicon.en import KNOWN_ORG_KINDS
from ..models import Speaker
from ..text import is_cjk_char
from . import quote_patterns as P
from .speaker_phrases import (
    HANDLE_IN_TEXT_RE,
    NAME_RUN_RE,
    OF_LIKE,
    POSSESSIVE,
    PREPOSITIONS,
    Who,
    appositive_after,
    en_subject_after,
    given_name_gender,
    is_handle,
    is_place,
    split_name,
    strip_possessive,
)
from .speaker_phrases_zh import (
    ZH_DOTS_RE,
    ZH_DOTTED_RE,
    ZH_HONORIFIC_RE,
    trim_dotted_tail,
    zh_name_at_end,
)


@dataclass(slots=True)
class _Said:
    speaker: Speaker
    gender: str | None
    person: bool
    pos: int


# Two capitalised runs joined by "and" (each at most four words, so the match is bounded).
_PAIR_RE = re.compile(r"\b([A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,3}) and ([A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,3})\b")
# How far back "the couple" / "both men" look for the two people named together.
_PAIR_REACH = 5000
_KNOWN_ORG_RE = re.compile(r"(?=[A-Z])\b(?:" + "|".join(sorted(map(re.escape, KNOWN_ORG_KINDS), key=len, reverse=True)) + r")\b")
_LAST_SPACE_RE = re.compile(r"\s(?=\S*\Z)")
_HE_SHE_RE = re.compile(r"\b(?=[hHsS])(?:he|she)\b", re.IGNORECASE)
# Led by a digit or "@" (characters the engine can skip to), not by the letter before the digit.
_HANDLE_HINT_RE = re.compile(r"(?<=[a-z_])\d|@\w")
_CAP_WORD_RE = re.compile(r"[A-Z][\w'’\-]+")
_GENDER_REACH = 80
# A name after these ("by Smith", "of Zhang") is no subject.
_NOT_SUBJECT_AFTER = PREPOSITIONS | OF_LIKE
# "A poll … conducted by Redfield and Wilton for …": who made a document (a bounded capitalised run).
_DOC_BY_RE = re.compile(r"\b(?:conducted|carried out|commissioned|published|released) by ((?:the )?[A-Z][\w\-]*(?: (?:and |of |& )?[A-Z][\w\-]*){0,5})")
# "Travis Kelce's mom": an owner's relative (a bounded capitalised run, then a kin noun).
_KIN_RE = re.compile(
    r"([A-Z][\w\-]*(?: [A-Z][\w\-]*){0,3})(?:’s|'s|‘s) (?:" + "|".join(P.EN_KIN_NOUNS) + ")"
)
# A pronoun this close (characters) after a quoted speaker of unknown gender refers to them.
_JUST_SAID = 800
# Chinese names: how far back a name is looked for, how many known names are kept.
_ZH_REACH = 400
_ZH_KNOWN = 60


# How many earlier names sharing a word a follow-up mention is compared with.
_NAME_WINDOW = 50


class _NameWindow:
    """The candidate full names of one mention ("Zhang") among the last _NAME_WINDOW entries of its
    word before a position, with how often each was written and where last.

    Mentions are looked up in reading order, so the window slides forward: each entry is added and
    dropped once, and a look-up costs O(1) amortised plus the few distinct candidates. A look-up
    behind the window (or a jump past it) rebuilds it from the entries, which is bounded too."""

    __slots__ = ("counts", "dotted", "hi", "latest", "lo", "names", "parts")

    def __init__(self, parts: tuple[str, ...], dotted: bool) -> None:
        self.parts, self.dotted = parts, dotted
        self.lo = self.hi = 0
        self.names: deque[tuple[str, ...] | None] = deque()  # the candidate of each entry in [lo, hi)
        self.counts: dict[tuple[str, ...], int] = {}
        self.latest: dict[tuple[str, ...], int] = {}

    def best(self, entries: list[tuple[int, tuple[str, ...], int]], k: int) -> tuple[str, ...] | None:
        """The most often written candidate among entries[k - 50 : k], ties to the most recent."""
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
        if not self.counts:
            return None
        return max(self.counts, key=lambda n: (self.counts[n], self.latest[n]))

    def _add(self, entry: tuple[int, tuple[str, ...], int], index: int) -> None:
        _, words, i = entry
        name = _extend(words, i, len(self.parts), self.dotted)
        if name is None or len(name) <= len(self.parts) or not _contains(name, self.parts):
            name = None
        else:
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
    _first_named: dict[str, int] | None = None  # name -> where it is first named (built on first use)
    _pairs: list[tuple[int, str]] = field(default_factory=list)  # (position, "A and B"): two people named together
    _typed: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # "newspaper" -> [(position, "Dagens Nyheter")]
    _members_of: dict[str, str] = field(default_factory=dict)  # organisations whose members were named
    _handles: list[tuple[int, str]] = field(default_factory=list)  # (position, "acebush1") outside quotes
    _sentence_subjects: set[int] = field(default_factory=set)  # mentions that open their sentence
    _titled: list[tuple[int, str, tuple[str, ...]]] = field(default_factory=list)  # (position, name, title words)
    zh_known: list[str] = field(default_factory=list)  # Chinese person names met so far, latest last
    _written: dict[tuple[str, ...], str] = field(default_factory=dict)
    _windows: dict[tuple[str, tuple[str, ...]], _NameWindow] = field(default_factory=dict)

    def register_zh_text(self, text: str, base: int) -> None:
        """Chinese names given with an honorific (王先生, 徐女士) or as a dotted transliteration
        (戴夫·汉森) are people from the start."""
        for m in ZH_HONORIFIC_RE.finditer(text):
            self.know_zh(m.group())
        for m in ZH_DOTTED_RE.finditer(text):
            run = trim_dotted_tail(m.group())
            name = zh_name_at_end(run) if run else None
            if name:
                self.know_zh(name)
                self.add_name(name, base + m.end() - len(name))

    def know_zh(self, name: str) -> None:
        if name in self.zh_known:
            self.zh_known.remove(name)
        self.zh_known.append(name)
        del self.zh_known[:-_ZH_KNOWN]

    def zh_named_before(self, text: str, pos: int, before: str = "") -> str | None:
        """The known Chinese person named last in ``text`` before ``pos`` (bounded look-back), else
        at the end of ``before`` (the previous paragraph: 王先生租住在… / “…”他认为…)."""
        if before:
            head = text[max(0, pos - _ZH_REACH) : pos]
            named = self.zh_named_before(head, len(head))
            if named is not None:
                return named
            tail = before[-_ZH_REACH:]
            named, at = self._zh_last_named(tail, len(tail))
            last = ZH_DOTS_RE.split(named)[-1] if named else ""
            if named is None or tail.startswith("的", at + len(last)):
                return None  # 图注：奥尔德林的圣餐杯: an owner in the paragraph before is no subject
            return named
        return self._zh_last_named(text, pos)[0]

    def _zh_last_named(self, text: str, pos: int) -> tuple[str | None, int]:
        lo = max(0, pos - _ZH_REACH)
        best, at = None, -1
        for name in self.zh_known:
            k = text.rfind(ZH_DOTS_RE.split(name)[-1], lo, pos)
            if k > at:
                best, at = name, k
        return best, at

    def register_text(self, text: str, base: int) -> None:
        """Index every capitalised multi-word run of a block by position, and count the pronouns
        that follow each capitalised word (he/his vs she/her) to guess genders."""
        for m in NAME_RUN_RE.finditer(text):
            raw = m.group().split(" ")
            owner = max((k + 1 for k, w in enumerate(raw[:-1]) if w.endswith(POSSESSIVE)), default=0)
            words = [strip_possessive(w) for w in raw[owner:]]  # "Pakistan's Chief …": the owner is no name
            stop = next((k for k, w in enumerate(words) if k and w.lower() in P.EN_NOT_NAME), len(words))
            del words[stop:]  # "Twitter Tuesday", "Trump On": a day or a function word ends the name
            titles = []
            while words and (words[0].lower() in P.EN_NOT_NAME or words[0].lower() in P.EN_TITLES):
                titles.append(words.pop(0))
            _, name, kind = split_name(words)
            self._note_type(text, m.start(), base, " ".join(words) if kind == "person" else m.group(), kind)
            if len(name) >= 2 and kind == "person" and not is_place(" ".join(name)) and not _after_article(text, m.start()):
                full = " ".join(name)
                self.add_name(full, base + m.start())
                role = appositive_after(text, m.end())
                if role:
                    self.roles.setdefault(full, role)
                if titles or role or len(words) > len(name):
                    self._note_titled(base + m.start(), full, [*titles, *words[: len(words) - len(name)]], role)
        self._vote_genders(text)
        self._note_members(text, base)
        for m in _KNOWN_ORG_RE.finditer(text):  # "Nato … the alliance said"
            bisect.insort(self._typed.setdefault(KNOWN_ORG_KINDS[m.group()], []), (base + m.start(), m.group()))

    def _note_titled(self, pos: int, name: str, titles: list[str], role: str | None) -> None:
        """Remember the title or role a person is named with ("Prime Minister Shigeru Ishiba", "Li Bin,
        the general manager"), so that "the prime minister said" later is that person."""
        for title in (" ".join(t for t in titles if t.lower() in P.EN_TITLES or t[:1].isupper()), (role or "").split(" of ")[0]):
            words = tuple(w.strip(".,").lower() for w in title.split() if w.lower() not in ("the", "a", "an"))
            if words and words[-1] in P.EN_TITLES:
                self._titled.append((pos, name, words))

    def titled(self, mention: str, pos: int) -> str | None:
        """The person last named with the title a description repeats ("the prime minister" after
        "Prime Minister Shigeru Ishiba"), within reach; None when none or the title is ambiguous."""
        words = mention.lower().split()
        if len(words) < 2 or len(words) > 4 or words[0] != "the" or words[-1] not in P.EN_TITLES:
            return None
        head = tuple(words[1:])
        for at, name, title in reversed(self._titled):
            if at < pos and pos - at <= _PAIR_REACH and title[-len(head):] == head:
                return name
        return None

    def _note_members(self, text: str, base: int) -> None:
        """ "lawmakers on the House Select Committee on …": a later "the lawmakers wrote" is the
        committee (named as the article writes it after "the")."""
        for m in P.EN_MEMBER_LINK_RE.finditer(text):
            noun = text[max(0, m.start() - 16) : m.start()].rsplit(" ", 1)[-1].lower()
            if noun not in P.EN_MEMBER_NOUNS:
                continue
            org = en_subject_after(text, m.end(), len(text))
            if org is not None and org.kind == "org":
                name = org.mention.removeprefix("the ").removeprefix("The ")
                bisect.insort(self._typed.setdefault(noun, []), (base + m.start() - len(noun), name))
                self._members_of[name] = name  # the same body named with "the" later is named alike

    def _note_type(self, text: str, start: int, base: int, name: str, kind: str) -> None:
        """Remember what kind of body a name is, for "the newspaper reported", "the bank said":
        the noun written before it ("newspaper Dagens Nyheter") or, for an organisation, its last
        word ("European Central Bank")."""
        before = text[max(0, start - 16) : start].split()
        noun = before[-1].lower() if before and before[-1].islower() else ""
        noun = P.EN_TYPE_SYNONYMS.get(noun, noun)
        if noun in P.EN_ORG_ANAPHORS and name:
            self._typed.setdefault(noun, []).append((base + start, name))
        if kind == "org" and text[max(0, start - 4) : start].lower() == "the ":
            name = f"{text[start - 4 : start - 1]} {name}"  # as written: "the National Weather Service’s …"
        if kind == "org" and " " in name:
            last = P.EN_TYPE_SYNONYMS.get(name.rsplit(" ", 1)[1].lower(), name.rsplit(" ", 1)[1].lower())
            if last in P.EN_ORG_ANAPHORS:
                self._typed.setdefault(last, []).append((base + start, name))

    def typed(self, noun: str, pos: int) -> str | None:
        """The body of that kind named last before ``pos`` (within reach)."""
        entries = self._typed.get(P.EN_TYPE_SYNONYMS.get(noun, noun), [])
        k = bisect.bisect_left(entries, (pos, ""))
        if k and pos - entries[k - 1][0] <= _PAIR_REACH:
            return entries[k - 1][1]
        return None

    def index_mentions(self, text: str, base: int, inside: Callable[[int], bool]) -> None:
        """Record where each known person is named outside quotes, as a subject (not after "by",
        "with" …), so that pronouns can go to the person named last. Call after register_text."""
        for m in _CAP_WORD_RE.finditer(text):
            word = strip_possessive(m.group())
            if word not in self._by_token or inside(m.start()):
                continue  # the cheap test first: most capitalised words name no known person
            before = text[max(0, m.start() - 14) : m.start()].split()
            if before and before[-1].lower() in _NOT_SUBJECT_AFTER:
                continue
            full = self.full_name(word, base + m.end())
            if full != word:
                self._mentions.append((base + m.start(), full, _opens_clause(text, m.start())))
                if _opens_sentence(text, m.start()):
                    self._sentence_subjects.add(base + m.start())
        self._index_handles(text, base, inside)

    def _index_handles(self, text: str, base: int, inside: Callable[[int], bool]) -> None:
        """Record where an online handle is named outside quotes ("acebush1 inquired", "Acebush1’s
        posts"): a later "they" goes to a handle named since the last organisation spoke."""
        if _HANDLE_HINT_RE.search(text) is None:
            return  # no letter followed by a digit, no "@": no handle (one fast scan)
        for m in HANDLE_IN_TEXT_RE.finditer(text):
            if not inside(m.start()):
                self._handles.append((base + m.start(), m.group()))

    def _last_handle(self, pos: int) -> tuple[int, str] | None:
        k = bisect.bisect_left(self._handles, (pos, ""))
        if k and pos - self._handles[k - 1][0] <= _JUST_SAID:
            return self._handles[k - 1]
        return None

    def index_pairs(self, text: str, base: int, inside: Callable[[int], bool]) -> None:
        """Record two people named together ("Phil and Rebecca", "American Kevin King and Australian
        Timothy Weeks") by their fullest names, for a later "the couple", "both men" or "they".
        Call after register_text."""
        for m in _PAIR_RE.finditer(text):
            if inside(m.start()) or not _opens_clause(text, m.start()):
                continue  # only a pair standing as a subject ("Phil and Rebecca have …"), not "the likes of A and B"
            names = [self._pair_part(m.group(g), base + m.start(g)) for g in (1, 2)]
            if names[0] and names[1] and names[0] != names[1]:
                self._pairs.append((base + m.end(), f"{names[0]} and {names[1]}"))

    def _pair_part(self, run: str, pos: int) -> str | None:
        words = [strip_possessive(w) for w in run.split(" ")]
        while words and words[0].lower() in P.EN_NOT_NAME:
            words.pop(0)
        if not words:
            return None
        _, name, kind = split_name(words)
        if kind != "person" or not name or _group_noun(name[0]):
            return None
        full = self.full_name(" ".join(name), pos) if len(name) == 1 else " ".join(name)
        if " " not in full and not given_name_gender(full):
            return None  # "Qatar and Afghanistan": places, not people
        return full

    def _last_pair(self, pos: int, reach: int) -> tuple[int, str] | None:
        k = bisect.bisect_left(self._pairs, (pos, ""))
        if k and pos - self._pairs[k - 1][0] <= reach:
            return self._pairs[k - 1]
        return None

    def _vote_genders(self, text: str) -> None:
        """Each he/she votes for the nearest capitalised word before it in its sentence that stands
        as a subject ("Omar asked …, saying she" votes Omar; "a call to Omar’s office, in which he
        said" does not). Subjects are only tested back from a pronoun, so text without one costs a scan."""
        pronouns = list(_HE_SHE_RE.finditer(text))
        if not pronouns:
            return  # "Sowers … saw his visit": a possessive or an object often means someone else
        words = list(_CAP_WORD_RE.finditer(text))
        ends = [m.end() for m in words]
        verdicts: dict[int, bool] = {}
        for pronoun in pronouns:
            k = bisect.bisect_right(ends, pronoun.start()) - 1
            # Walk back only within reach: a subject farther away gets no vote anyway.
            while k >= 0 and pronoun.start() - ends[k] <= _GENDER_REACH and not self._is_subject(text, words[k], verdicts, k):
                k -= 1
            if k < 0 or pronoun.start() - ends[k] > _GENDER_REACH or "." in text[ends[k] : pronoun.start()]:
                continue
            votes = self._votes.setdefault(strip_possessive(words[k].group()), [0, 0])
            votes[0 if pronoun.group().lower() == "he" else 1] += 1

    @staticmethod
    def _is_subject(text: str, word: re.Match[str], verdicts: dict[int, bool], index: int) -> bool:
        verdict = verdicts.get(index)
        if verdict is None:
            found = word.group()
            verdict = verdicts[index] = (
                found.lower() not in P.EN_NOT_NAME and not found.endswith(POSSESSIVE) and _opens_clause(text, word.start())
            )
        return verdict

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
        if self._windows:
            self._windows.clear()  # a name added while resolving: windows over the old lists are stale

    def full_name(self, mention: str, pos: int) -> str:
        """The fullest name for ``mention`` among the names mentioned before ``pos``, the most recent
        first: "Zhang" -> "Zhang Hongbin", "Smith" -> "John Smith", "Roma Jayne" -> "Emma Roma Jayne"."""
        dotted = "·" in mention or (not mention.isascii() and any(is_cjk_char(ch) for ch in mention))
        sep = "·" if dotted else " "
        parts = tuple(mention.split(sep))
        token = parts[-1] if len(parts) > 1 else parts[0]
        entries = self._by_token.get(token, [])
        k = bisect.bisect_right(entries, (pos, ("\uffff",), 0))
        window = self._windows.get((token, parts))
        if window is None:
            window = self._windows[(token, parts)] = _NameWindow(parts, dotted)
        best = window.best(entries, k)
        if best is not None:  # the name written in full most often ("Kamala Harris" over a parent named once), else the latest
            return self._written.get(best, sep.join(best))
        if dotted:  # 霍尔茨 for 斯蒂芬妮·席尔霍尔茨: the mention ends the last part of a known name
            for known in reversed(self.zh_known):
                if len(mention) >= 2 and known != mention and ZH_DOTS_RE.split(known)[-1].endswith(mention):
                    return known
        return mention

    def resolve(self, who: Who, pos: int) -> Speaker:
        """The speaker a mention stands for; pronouns go to the right recent speaker."""
        if who.kind == "pronoun":
            speaker = self._antecedent(who.gender, pos)
            if speaker.name and who.gender in ("m", "f") and " and " not in speaker.name:
                self.genders.setdefault(speaker.name, who.gender)  # "she described" taught us Swift is she
            return speaker
        words = who.mention.lower().split()
        if who.kind in ("desc", "org") and len(words) == 2 and words[0] == "the" and words[1] in P.EN_DOC_ANAPHORS:
            said = self.said[-1] if self.said else None  # "the statement said": whoever was just quoted
            if said is not None and pos - said.pos <= _JUST_SAID:
                return said.speaker
        if who.kind in ("desc", "org") and len(words) == 2 and words[0] == "the":
            named = self.typed(words[1], pos)  # "the newspaper reported": the newspaper named before
            if named is not None:
                bisect.insort(self._typed[P.EN_TYPE_SYNONYMS.get(words[1], words[1])], (pos, named))  # still in view
                return Speaker(name=named)
        if who.kind == "desc" and len(words) == 2 and words[0] == "the" and words[1] in P.EN_ORG_ANAPHORS:
            said = self._just_quoted_org(pos)  # "Goldman Sachs estimates … “…,” the bank said"
            if said is not None:
                return said.speaker
        described = self._named_by_description(who, pos) if who.kind == "desc" else None
        if described is not None:
            return described
        if who.kind == "desc" and words[1:2] and words[1] in P.EN_DOC_HEADS:
            m = _DOC_BY_RE.search(who.mention)
            if m is not None:  # "A poll … conducted by Redfield and Wilton for Newsweek found": the pollster
                return Speaker(name=m.group(1), role=who.mention)
        if who.kind == "desc" and _owned_document(words, who.mention):
            return Speaker(name=who.mention)  # "Godongwana’s latest budget documents show": a document credited to one
        if who.kind == "desc":
            return Speaker(role=who.role)
        if who.kind == "org":
            if len(words) == 2 and words[0] == "the" and words[1] in P.EN_ORG_ANAPHORS:
                said = self._last_for("n")  # "the company says": the organisation quoted last
                if said is not None and pos - said.pos <= 2 * _JUST_SAID and (said.speaker.name or "")[:1].isupper():
                    return said.speaker
            return Speaker(name=self._members_of.get(who.mention.removeprefix("the ").removeprefix("The "), who.mention))
        name = self.full_name(who.mention, pos)
        if name == who.mention and _group_noun(name):
            return Speaker(role=name)  # "Neighbours said": an unnamed source
        if ZH_DOTS_RE.search(name):
            self.add_name(name, pos)
        if not name.isascii():
            self.know_zh(name)
        if who.role and name not in self.roles:
            self.roles[name] = who.role
        if who.gender in ("m", "f"):
            self.genders.setdefault(name, who.gender)
        return Speaker(name=name, role=who.role or self.roles.get(name))

    def _named_by_description(self, who: Who, pos: int) -> Speaker | None:
        """A description that stands for someone named before: "the prime minister said" after "Prime
        Minister Shigeru Ishiba", "Travis Kelce's mom confirmed" after "Donna Kelce has praised …"."""
        titled = self.titled(who.mention, pos)
        if titled is not None:
            return Speaker(name=titled, role=self.roles.get(titled) or who.mention)
        kin = self._kin(who.mention, pos)
        return Speaker(name=kin, role=who.mention) if kin is not None else None

    def note(self, speaker: Speaker, who: Who | None, pos: int) -> None:
        """Remember that ``speaker`` was just quoted at ``pos`` (for later pronouns)."""
        if speaker.name is None:
            return
        # An online handle is "they" to the text, like an organisation: its user's gender is unknown.
        person = (who is None or who.kind in ("person", "pronoun")) and not is_handle(speaker.name)
        person = person and " and " not in speaker.name  # two people are "they"
        gender = self.gender(speaker.name) if person else None
        self.said.append(_Said(speaker, gender, person, pos))

    def _antecedent(self, gender: str | None, pos: int) -> Speaker:
        """he/she: the latest speaker or subject the text shows to have that gender, else the latest
        speaker whose gender is unknown; they/zero subjects: the latest speaker of any kind."""
        if gender in ("p", "p2"):
            pair = self._last_pair(pos, _PAIR_REACH if gender == "p2" else _JUST_SAID)
            other = self._last_for("p")
            if pair is not None and (gender == "p2" or other is None or other.pos < pair[0]):
                return Speaker(name=pair[1])  # "the couple announced", "both men claimed", "they said"
            handle = self._last_handle(pos) if gender == "p" else None
            if handle is not None and (other is None or other.pos < handle[0]) and (pair is None or pair[0] < handle[0]):
                return Speaker(name=handle[1])  # "acebush1 inquired … they posted": a user is "they"
            gender = "p"
        sure = self._last_for(gender, sure=True) if gender in ("m", "f") else None
        named = self._last_mentioned(gender, pos)
        latest = self._last_for(gender)
        loose = self._last_mentioned(gender, pos, sure=False)
        introduced = loose is not None and (loose[1] in self.roles or loose[0] in self._sentence_subjects)
        if loose is not None and introduced and pos - loose[0] <= _JUST_SAID and all(
            loose[0] > other for other in (latest.pos if latest else -1, sure.pos if sure else -1, named[0] if named else -1)
        ):  # "Liao Jun, a student, was excited … “…,” he said": a person just introduced with a role
            return Speaker(name=loose[1], role=self.roles.get(loose[1]))
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

    def named_first_after(self, pos: int, hi: int, gender: str | None = None) -> str | None:
        """The first person named as a subject in [pos, hi) who was never named before ``pos``, of
        ``gender`` or unknown gender ("an expert has claimed. … Royal commentator Lee Cohen was …")."""
        if self._first_named is None:
            self._first_named = {}
            for at, name, _ in self._mentions:
                self._first_named.setdefault(name, at)
        k = bisect.bisect_left(self._mentions, (pos, "", False))
        for at, name, as_subject in self._mentions[k : k + 40]:
            if at >= hi:
                break
            known = self.gender(name)
            if as_subject and self._first_named[name] >= pos and (gender is None or known in (None, gender)):
                return name
        return None

    def _kin(self, mention: str, pos: int) -> str | None:
        """The relative named just before: "Travis Kelce's mom" is the last other person named with
        the surname Kelce (within reach)."""
        m = _KIN_RE.fullmatch(mention)
        if m is None:
            return None
        owner = self.full_name(m.group(1), pos)
        surname = owner.rsplit(" ", 1)[-1]
        k = bisect.bisect_left(self._mentions, (pos, "", False))
        for at, name, _ in reversed(self._mentions[max(0, k - 20) : k]):
            if pos - at > _JUST_SAID:
                break
            if name != owner and " " in name and name.rsplit(" ", 1)[-1] == surname:
                return name
        return None

    def _just_quoted_org(self, pos: int) -> _Said | None:
        """The speaker quoted just before, when it may be an organisation: quoted as one, or a name of
        several words with no given name and no he/she ("Goldman Sachs")."""
        said = self.said[-1] if self.said else None
        if said is None or pos - said.pos > _JUST_SAID or not (said.speaker.name or "")[:1].isupper():
            return None
        name = said.speaker.name or ""
        if not said.person or " " in name and self.gender(name) is None and not given_name_gender(name.split(" ")[0]):
            return said
        return None

    def _last_for(self, gender: str | None, sure: bool = False) -> _Said | None:
        plural = gender in ("p", "n")  # "they" and "it": an organisation (or a handle, or two people)
        for said in reversed(self.said[-50:]):
            if plural:
                if not said.person:
                    return said
                continue
            if not said.person:
                continue
            known = self.genders.get(said.speaker.name or "", said.gender)  # learnt since it was quoted
            if gender in ("m", "f") and known not in (None, gender) or sure and known != gender:
                continue
            return said
        return None


_TITLE_ABBREV_END_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Gen|Lt|Col|Sgt|Capt|Prof)\.$")
_OPENERS = ("And", "But", "So", "Yet", "Then", "Now", "Still")
_ABBREV_END_RE = re.compile(r"(?:\b[A-Z]\.){2,}$|\b(?:Mr|Mrs|Ms|Dr|St|Rep|Sen|Gov|Gen|Lt|Col|Sgt|Capt|Prof)\.$")


_ROLE_ENDINGS = ("man", "woman", "er", "or", "ist", "ian", "ant", "ent")


def _owned_document(words: list[str], mention: str) -> bool:
    """Is a description a document of someone named ("Godongwana’s latest budget documents")?"""
    return len(words) >= 2 and words[-1] in P.EN_DOC_HEADS and mention[:1].isupper() and words[0].endswith(POSSESSIVE)


def _group_noun(word: str) -> bool:
    """Is a lone capitalised subject a plural common noun ("Neighbours", "Ex-friends", "Democrats")?"""
    if " " in word or not word.isalpha() and "-" not in word:
        return False
    low = word.lower()
    for prefix in P.EN_GROUP_PREFIXES:
        low = low.removeprefix(prefix)
    return low in P.EN_GROUP_NOUNS or len(low) > 5 and low.endswith(P.EN_GROUP_ENDINGS)


_ARTICLE_BEFORE_RE = re.compile(r"(?:^|\W)(?:a|an|A|An) $")


def _after_article(text: str, pos: int) -> bool:
    """Is the run at ``pos`` written after "a"/"an" ("a Westmount Victorian", "a Pentagon
    spokesman")? Then it is a thing or a kind, never a person's name ("South Carolina" neither: places
    are left out by the caller)."""
    return _ARTICLE_BEFORE_RE.search(text, max(0, pos - 4), pos) is not None


def _opens_sentence(text: str, pos: int) -> bool:
    """Does the name at ``pos`` open its sentence ("West landed a dig", "Rep. Sam Dorsey also said")?"""
    k = pos
    if text[k - 2 : k - 1] == ".":
        title = _TITLE_ABBREV_END_RE.search(text, max(0, k - 7), k - 1)
        k = title.start() if title is not None else k
    if text.endswith(_OPENERS, max(0, k - 6), max(0, k - 1)):
        o = text.rfind(" ", 0, k - 1) + 1
        k = o if text[o : k - 1] in _OPENERS else k
    before = text[max(0, k - 2) : k]
    return k == 0 or before in (". ", "! ", "? ", '" ', "” ")


def _opens_clause(text: str, pos: int) -> bool:
    """Does the word at ``pos`` start a sentence or clause (a likely subject)?"""
    k = pos
    for _ in range(4):  # back over a title or role written before the name: "Author Qarnita Loxton"
        e = k
        while e > 0 and text[e - 1] == " ":
            e -= 1
        floor = max(0, e - 30)
        space = _LAST_SPACE_RE.search(text, floor, e)  # the word's start, found in C
        w = space.end() if space is not None else floor
        word = strip_possessive(text[w:e])  # "Ukraine’s President Volodymyr Zelensky": the owner opens it
        role_word = word.islower() and (word in P.EN_TITLES or word.endswith(_ROLE_ENDINGS))
        if not (word[:1].isupper() or role_word) or not word.isalpha() or word.lower() in P.EN_NOT_NAME:
            break  # "Author Qarnita Loxton", "Wild defenseman Ryan Suter" open their clause
        k = w
    while k > 0 and text[k - 1] == " ":
        k -= 1
    title = _TITLE_ABBREV_END_RE.search(text, max(0, k - 6), k) if text[k - 1 : k] == "." else None
    if title is not None:  # "Rep. Sean Duffy also addressed": the title opens the clause with the name
        k = title.start()
        while k > 0 and text[k - 1] == " ":
            k -= 1
    elif text[k - 1 : k] == "." and _ABBREV_END_RE.search(text, max(0, k - 6), k):
        return False  # "U.S. President Donald Trump": an abbreviation, not a sentence end
    if text.endswith(_OPENERS, max(0, k - 5), k):
        o = text.rfind(" ", 0, k) + 1
        if text[o:k] in _OPENERS and (o == 0 or text[o - 2 : o] in (". ", "! ", "? ", '" ', "” ")):
            return True  # "And Obama, for all …, seems to agree", "But Fiorina … wrote"
    if text[max(0, k - 4) : k].lower() == " and":  # "Smith, and Jones said", not "the likes of West and Kardashian"
        return text[max(0, k - 5) : k - 4] == ","
    return k == 0 or text[k - 1] in ".!?,;:—–“\"(" or text[max(0, k - 4) : k].lower() == " but"


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
        if i >= 2 and given_name_gender(words[i - 2]):
            return words[i - 2 :]  # "Chaudhry" -> "Ahmed Sharif Chaudhry"
        return words[max(0, i - 1) :]
    first = i - n
    return words[first:] if first >= 0 and given_name_gender(words[first]) else None


def _contains(name: tuple[str, ...], parts: tuple[str, ...]) -> bool:
    n = len(parts)
    return any(name[k : k + n] == parts for k in range(len(name) - n + 1))
