"""What :class:`~cqnews.enrich.speakers.SpeakerBook` remembers as it reads: the speakers quoted so far
(:meth:`SpeakerMemory.note`), the reported clauses (:meth:`SpeakerMemory.note_reported`), and the look-backs over
them and over the names of the :class:`NameIndex` that find the antecedent of a he, she or they
(:meth:`SpeakerMemory._antecedent`) or the person a bare quote's sentence names. Look-ups are bounded (a window of
the last mentions or speakers)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from ...lexicon import quote_patterns as P
from ...lexicon.en import PREPOSITIONS
from ...lexicon.speaker_phrases_en import INDEFINITE_ARTICLES, POSSESSIVE_DETERMINERS
from ...models import Speaker
from .index import NameIndex
from .index_groups import JUST_SAID, PAIR_REACH
from .name_words_en import is_place
from .names import group_noun
from .phrases import Who, is_handle
from .titles_en import person_noun_head

# How far before a name (in characters) the title it was named with may start ("Rival boss", "Lt. Gen.").
_TITLE_REACH = 40


def _group_head(mention: str) -> bool:
    """Does a description name a group by a plural noun before any preposition ("Organisers of the festival",
    "local residents", "Campaigners from the Save Our Buses group")?"""
    words = mention.split()
    end = _head_end(words)
    return end > 0 and group_noun(words[end - 1].capitalize())


def _someone_head(mention: str) -> str | None:
    """The head noun of a description of one person unnamed, opening with "a" or "an" ("A spokesperson for Acme",
    "a shopkeeper", "An elderly woman"), when it is a noun of a person; None otherwise."""
    words = mention.lower().split()
    end = _head_end(words)
    if end == 2 and words[0] in POSSESSIVE_DETERMINERS and words[1] in P.EN_KIN_SEX:
        return words[1]  # "Her brother said …. “…,” he said": a relative quoted unnamed, of the sex the noun tells
    if end < 2 or words[0] not in INDEFINITE_ARTICLES:
        return None
    head = words[end - 1]
    return head if head in P.EN_ANAPHORIC_NOUNS or person_noun_head(head) else None


def noun_sex(head: str) -> str | None:
    """The sex a noun of a person tells ("woman", "brother", "widow"), None when it tells none."""
    return P.EN_ANAPHORIC_NOUNS.get(head) or P.EN_KIN_SEX.get(head)


def _head_end(words: list[str]) -> int:
    """Where the head of a description's ``words`` ends: at its first preposition after the first word ("Organisers
    | of the festival", "A spokesperson | for Acme"), else at its end."""
    return next((i for i, w in enumerate(words) if i and (w == "of" or w in PREPOSITIONS)), len(words))


@dataclass(slots=True)
class _Said:
    speaker: Speaker
    gender: str | None
    person: bool
    pos: int
    # quoted by the last word of a fuller name given before ("Varjonen told" after "Tapio Varjonen"): a person's
    # surname, never a body's short name
    by_surname: bool = False


@dataclass
class SpeakerMemory(NameIndex):
    """The :class:`NameIndex` of an article, with the speakers quoted and the clauses reported so far, and the
    look-backs over them for pronouns and bare quotes."""

    said: list[_Said] = field(default_factory=list)
    _reported: list[tuple[int, int]] = field(default_factory=list)  # reported clauses read so far, in order
    _first_named: dict[str, int] | None = None  # name -> where it is first named (built on first use)
    _groups: list[tuple[int, Speaker]] = field(default_factory=list)  # groups quoted unnamed ("Organisers said")
    _someone: list[tuple[int, Speaker]] = field(default_factory=list)  # people quoted unnamed ("A neighbour said")

    def _named_person(self, name: str, who: Who) -> bool:
        """Was the description ``who`` read as a person named before, of a known sex ("the spokesman" as Bill Gray)?"""
        return name != who.mention and self.gender(name) in ("m", "f")

    def note(self, speaker: Speaker, who: Who | None, pos: int) -> None:
        """Remember that ``speaker`` was just quoted at ``pos`` (for later pronouns)."""
        if speaker.name is None:
            if who is not None and who.kind == "desc" and speaker.role:  # (a description quoted unnamed)
                if _group_head(who.mention):
                    self._groups.append((pos, speaker))  # "Organisers of the festival said …": a later "they"
                elif _someone_head(who.mention):
                    self._someone.append((pos, speaker))  # "A shopkeeper, who …, said …": a later "he" or "she"
            return
        # An online handle is "they" to the text, like an organisation: its user's gender is unknown.
        person = (who is None or who.kind in ("person", "pronoun")) and not is_handle(speaker.name)
        # "the spokesman said" read as Bill Gray, named before: a person, whom a later "the company" is not
        person = person or who is not None and who.kind == "desc" and self._named_person(speaker.name, who)
        # "it said" stands for a body or a document, never a person a later he/she can be.
        person = person and not (who is not None and who.kind == "pronoun" and who.gender == "n")
        person = person and " and " not in speaker.name  # two people are "they"
        gender = self.gender(speaker.name) if person else None
        by_surname = person and who is not None and speaker.name.endswith(f" {who.mention}")
        self.said.append(_Said(speaker, gender, person, pos, by_surname))

    def note_reported(self, start: int, end: int) -> None:
        """Remember a reported clause ("Graham said [Trump had crossed a line]"): a person named inside
        it is what was said, not who the next he/she is."""
        self._reported.append((start, end))

    def _in_reported(self, at: int) -> bool:
        k = bisect.bisect_right(self._reported, (at, 1 << 62))
        return k > 0 and self._reported[k - 1][0] <= at < self._reported[k - 1][1]

    def _antecedent(self, gender: str | None, pos: int) -> Speaker:
        """he/she: the latest speaker or subject the text shows to have that gender, else the latest
        speaker whose gender is unknown; they/zero subjects: the latest speaker of any kind."""
        if gender in ("p", "p2"):
            plural = self._plural_antecedent(gender, pos)
            if plural is not None:
                return plural
            gender = "p"
        sure = self._last_for(gender, sure=True) if gender in ("m", "f") else None
        named = self._last_mentioned(gender, pos)
        latest = self._last_for(gender)
        loose = self._last_mentioned(gender, pos, sure=False)
        someone = self._someone_just_quoted(gender, pos, loose)
        if someone is not None:
            return someone  # "A shopkeeper, who did not want to be named, said …. “…,” he said"
        introduced = loose is not None and self._introduced(*loose) and not self._body_in_role(loose[1], named)
        if (
            loose is not None
            and introduced
            and pos - loose[0] <= JUST_SAID
            and all(
                loose[0] > other
                for other in (latest.pos if latest else -1, sure.pos if sure else -1, named[0] if named else -1)
            )
        ):  # "Liao Jun, a student, was excited … “…,” he said": a person just introduced with a role
            return Speaker(name=loose[1], role=self.roles.get(loose[1]))
        if (
            latest is not None
            and pos - latest.pos <= JUST_SAID
            and all(latest.pos >= other for other in (sure.pos if sure else -1, named[0] if named else -1))
        ):
            return latest.speaker  # "…, Le Clair said. He stressed …": the speaker just quoted
        if named is not None and (sure is None or named[0] > sure.pos):
            return Speaker(name=named[1], role=self.roles.get(named[1]))
        said = sure or latest
        if said is not None:
            return said.speaker
        named = self._last_mentioned(gender, pos, subject=False) or self._last_mentioned(gender, pos, sure=False)
        return Speaker(name=named[1], role=self.roles.get(named[1])) if named else Speaker()

    def _plural_antecedent(self, gender: str, pos: int) -> Speaker | None:
        """they (``gender`` "p") or both of them ("p2"): the pair named last, an online user or a group quoted
        unnamed, each when it is later than the speakers who would be "they" otherwise; None otherwise (the rules of
        every pronoun then apply)."""
        pair = self._last_pair(pos, PAIR_REACH if gender == "p2" else JUST_SAID)
        other = self._last_for("p")
        if pair is not None and (gender == "p2" or other is None or other.pos < pair[0]):
            return Speaker(name=pair[1])  # "the couple announced", "both men claimed", "they said"
        handle = self._last_handle(pos) if gender == "p" else None
        if (
            handle is not None
            and (other is None or other.pos < handle[0])
            and (pair is None or pair[0] < handle[0])
        ):
            return Speaker(name=handle[1])  # "acebush1 inquired … they posted": a user is "they"
        group = self._last_group(pos)
        last = self.said[-1].pos if self.said else -1
        if group is not None and last < group[0] and (pair is None or pair[0] < group[0]):
            return group[1]  # "Residents of Kilburn Road said …. “…,” they said": the group quoted last
        return None

    def _someone_just_quoted(self, gender: str | None, pos: int, named: tuple[int, str] | None) -> Speaker | None:
        """A he or she right after a person quoted unnamed by a description ("A neighbour, who asked not to be named,
        said …"): that person, when nobody was quoted or named (``named``: the person named last) since, and the
        description's noun tells no other sex; None otherwise."""
        k = bisect.bisect_left(self._someone, pos, key=lambda someone: someone[0])
        if not k or gender not in ("m", "f"):
            return None
        at, speaker = self._someone[k - 1]
        last = self.said[-1].pos if self.said else -1
        if pos - at > JUST_SAID or last >= at or named is not None and named[0] >= at:
            return None
        sex = noun_sex(_someone_head(speaker.role or "") or "")
        return speaker if sex in (None, gender) else None

    def _last_group(self, pos: int) -> tuple[int, Speaker] | None:
        """The group quoted last before ``pos`` by a description of a plural noun, within reach; None when none."""
        k = bisect.bisect_left(self._groups, pos, key=lambda group: group[0])
        if k and pos - self._groups[k - 1][0] <= JUST_SAID:
            return self._groups[k - 1]
        return None

    def _body_in_role(self, name: str, person: tuple[int, str] | None) -> bool:
        """Is ``name`` the body the role of ``person`` (named before it) names ("Tom Berg, the chief of Northwind
        Freight, spoke. Northwind Freight cut 40 routes. “…,” he said": the body of his role, no he)?"""
        role = self.roles.get(person[1]) if person is not None else None
        if not role:
            return False
        at = f" {role} ".find(f" {name}")
        return at >= 0 and not f" {role} "[at + len(name) + 1].isalnum()

    def _introduced(self, at: int, name: str) -> bool:
        """Is the mention at ``at`` of a person just introduced: with a role, as a sentence's subject, or as the
        surname of a full name opening its sentence ("Ashtel Dovrane issued a plea") whose surname the text
        writes alone too ("said Dovrane"), or whose given name was quoted alone before ("her mother, Folasade,
        said"), a person even when no table knows the given name ("Wall Street rallied" is none)?"""
        if name in self.roles or at in self._sentence_subjects or name in self.aged:
            return True  # (given an age: "Resident Nguyen Thi Mai, 64, was evacuating")
        start = at - len(name) + len(name.rsplit(" ", 1)[-1])
        if " " in name and self._titled_at(name, start):
            return True  # "Rival boss Unai Emery was less happy": a title makes a person of any given name
        if " " not in name or start not in self._sentence_subjects:
            return False
        return self._written_alone(name, start) or self._given_quoted_alone(name, start)

    def _titled_at(self, name: str, start: int) -> bool:
        """Was ``name``, written at ``start``, named with a title or a role noun right before it ("Rival boss Unai
        Emery was less happy", "Dr Amara Diallo works …"): a person, whatever tables know of the given name?"""
        k = bisect.bisect_right(self._titled, (start, "\uffff", ()))
        return any(n == name and start - p <= _TITLE_REACH for p, n, _ in self._titled[max(0, k - 3) : k])

    def _given_quoted_alone(self, name: str, start: int) -> bool:
        """Was the given name of ``name`` quoted alone before it, as a person ("her mother, Folasade, said …",
        then "Folasade Adeyemi issued a plea")?"""
        given = name.split(" ", 1)[0]
        return any(said.person and said.speaker.name == given and said.pos < start for said in self.said[-50:])

    def _written_alone(self, name: str, start: int) -> bool:
        """Is the surname of ``name`` named alone near ``start``: before the full name (a mention of the surname
        itself), or after it (a mention of the name with no other within the name's length: no word of a full
        run)?"""
        surname = name.rsplit(" ", 1)[-1]
        k = bisect.bisect_left(self._mentions, (start, "", False))
        near = self._mentions[max(0, k - 100) : k + 100]
        if any(known == surname for _, known, _ in near):
            return True
        runs = [at for at, known, _ in near if known == name]
        return any(all(abs(at - other) > len(name) for other in runs if other != at) for at in runs)

    def _first_mention(self, name: str) -> int:
        if self._first_named is None:
            self._first_named = {}
            for at, known, _ in self._mentions:
                self._first_named.setdefault(known, at)
        return self._first_named.get(name, -1)

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
            if not subject and at in self._told:
                continue  # "… the witness told Judge Mary Ryan. “…,” she added": the listener is no antecedent
            if (as_subject or not subject) and (known == gender or not sure and known is None and not is_place(name)):
                if subject and self._in_reported(at):
                    continue  # the subject of what someone said is no subject of the article's own
                return at, name
        return None

    def named_first_after(self, pos: int, hi: int, gender: str | None = None) -> str | None:
        """The first person named as a subject in [pos, hi) who was never named before ``pos``, of
        ``gender`` or unknown gender ("an expert has claimed. … Royal commentator Lee Cohen was …")."""
        k = bisect.bisect_left(self._mentions, (pos, "", False))
        for at, name, as_subject in self._mentions[k : k + 40]:
            if at >= hi:
                break
            known = self.gender(name)
            if as_subject and self._first_mention(name) >= pos and (gender is None or known in (None, gender)):
                return name
        return None

    def subject_named_in(self, lo: int, hi: int) -> str | None:
        """The first person named as a subject in [lo, hi) ("Clinton touted her record." at the start
        of the sentence before a bare quote), by the fullest name."""
        k = bisect.bisect_left(self._mentions, (lo, "", False))
        for at, name, as_subject in self._mentions[k : k + 4]:
            if at >= hi:
                break
            if as_subject:
                return name
        return None

    def _last_for(self, gender: str | None, sure: bool = False) -> _Said | None:
        plural = gender in ("p", "n")  # "they" and "it": an organisation (or a handle, or two people)
        for said in reversed(self.said[-50:]):
            if plural:
                if not said.person:
                    return said
                continue
            if not said.person or is_place(said.speaker.name or ""):
                continue  # (a he or she is a person, never a place quoted as one: "France said …. He said")
            known = self.genders.get(said.speaker.name or "", said.gender)  # learnt since it was quoted
            if gender in ("m", "f") and known not in (None, gender) or sure and known != gender:
                continue
            return said
        return None
