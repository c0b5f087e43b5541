"""Who speaks: turning a mention as written into the :class:`~cqnews.models.Speaker` it stands for.

:class:`SpeakerBook` knows every name the article gives (by position), which speakers were quoted last
and what the text says about their gender, and resolves "Zhang" to "Zhang Hongbin", "he" to the
right recent speaker and 阿克拉姆 to 哈立德·泰穆尔·阿克拉姆. Look-ups are bounded, so each costs
constant or logarithmic time.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ...lexicon import quote_patterns as P
from ...lexicon.en import AUXILIARIES, FEMALE_TITLES, HONORIFICS, MALE_TITLES, PREPOSITIONS
from ...lexicon.people_nouns_zh import HE_SHE as ZH_HE_SHE
from ...lexicon.reporting_en import IRREGULAR_PAST
from ...models import Speaker
from ...text import trim_han
from .index import NameIndex
from .index_groups import JUST_SAID, PAIR_REACH
from .index_zh import bare_title, zh_name_before_modal
from .name_words_en import is_place
from .names import group_noun, owned_document
from .phrases import (
    Who,
    is_handle,
)
from .phrases_zh import (
    ZH_DOTS_RE,
)
from .prose import ProsePeople


@dataclass(slots=True)
class _Said:
    speaker: Speaker
    gender: str | None
    person: bool
    pos: int
    # quoted by the last word of a fuller name given before ("Varjonen told" after "Tapio Varjonen"): a person's
    # surname, never a body's short name
    by_surname: bool = False


# "A poll … conducted by Redfield and Wilton for …": who made a document (a bounded capitalised run).
_DOC_BY_RE = re.compile(
    r"\b(?:conducted|carried out|commissioned|published|released) by "
    r"((?:the )?[A-Z][\w\-]*(?: (?:and |of |& )?[A-Z][\w\-]*){0,5})"
)
# "Travis Kelce's mom": an owner's relative (a bounded capitalised run, then a kin noun).
# A capitalised name of one to three words opening a phrase, then a lower-case word ("Nehlen responded Friday").
_NAME_THEN_CLAUSE_RE = re.compile(r"((?:[A-Z][a-z][\w’'\-]*)(?: [A-Z][a-z][\w’'\-]*){0,2}) ([a-z]+)\b")
_KIN_RE = re.compile(r"([A-Z][\w\-]*(?: [A-Z][\w\-]*){0,3})(?:’s|'s|‘s) (?:" + "|".join(P.EN_KIN_NOUNS) + ")")


def _title_gender(role: str | None) -> str | None:
    """The gender a title before a name tells ("Mrs.", "Ms." she; "Mr." he), if any."""
    words = (role or "").lower().replace(".", "").split()
    if any(w in FEMALE_TITLES for w in words):
        return "f"
    return "m" if any(w in MALE_TITLES for w in words) else None


@dataclass
class SpeakerBook(NameIndex):
    """Names seen so far (by position) and speakers attributed so far, for follow-up mentions: the
    :class:`NameIndex` of the article, and the resolution of each mention to its speaker."""

    said: list[_Said] = field(default_factory=list)
    _reported: list[tuple[int, int]] = field(default_factory=list)  # reported clauses read so far, in order
    _first_named: dict[str, int] | None = None  # name -> where it is first named (built on first use)
    prose: ProsePeople = field(default_factory=ProsePeople)  # people of the prose, in languages read from a table

    def resolve(self, who: Who, pos: int) -> Speaker:
        """The speaker a mention stands for; pronouns go to the right recent speaker."""
        if who.kind == "pronoun":
            return self._left_out_subject(who, pos) if not who.mention else self._resolve_anaphor(who, pos)
        words = who.mention.lower().split()
        if who.kind in ("desc", "org"):
            anaphor = self._definite_anaphor(who, words, pos)
            if anaphor is not None:
                return anaphor
        if who.kind == "desc":
            return self._resolve_description(who, words, pos)
        if who.kind == "org":
            return self._resolve_org(who, words, pos)
        return self._titled_alone(who, pos) or self._resolve_person(who, pos)

    def _titled_alone(self, who: Who, pos: int) -> Speaker | None:
        """A Chinese title alone (院长说) after the person named with it (医院院长孙立华): that person, with the
        title as role when none was learnt; None for any other mention, or when nobody was named so."""
        named = self.zh_named_by_noun(who.mention, pos) if bare_title(who.mention) else None
        return Speaker(name=named, role=self.roles.get(named) or who.mention) if named else None

    def resolve_before(self, who: Who, pos: int) -> Speaker:
        """:meth:`resolve` for a pass run after every quote was resolved: only the quotes before ``pos``
        are antecedents, as if reading had stopped there."""
        full = self.said
        k = bisect.bisect_left([said.pos for said in full], pos)
        if k == len(full):
            return self.resolve(who, pos)
        self.said = full[:k]
        try:
            return self.resolve(who, pos)
        finally:
            self.said = full

    def _left_out_subject(self, who: Who, pos: int) -> Speaker:
        """A verb without its subject ("“…”, ha explicado"): the one quoted last, unless someone was named in
        the prose since; read as any pronoun where the prose's people are not kept (Chinese)."""
        named = self.prose.last_before(pos)
        if named is None:
            return self._resolve_anaphor(who, pos)
        said = self.said[-1] if self.said else None
        if said is not None and pos - said.pos <= JUST_SAID and said.pos >= named[0]:
            return said.speaker
        return Speaker(name=named[1], role=self.roles.get(named[1]))

    def _resolve_anaphor(self, who: Who, pos: int) -> Speaker:
        """A pronoun, or a noun that points back ("the researcher", "the 37-year-old"): the person the
        article named with that noun, else the right recent speaker; unresolved, the noun is the role."""
        noun = " " in who.mention
        described = self._named_by_description(who, pos) if noun else None
        if described is not None:
            return described
        speaker = self._resolve_pronoun(who, pos)
        if noun and speaker.name is None and speaker.role is None:
            return Speaker(role=who.mention)  # "“…,” the researcher said" with nobody named before
        return speaker

    def _resolve_pronoun(self, who: Who, pos: int) -> Speaker:
        speaker = self._prose_antecedent(who, pos) or self._antecedent(who.gender, pos)
        if speaker.name and who.gender in ("m", "f") and " and " not in speaker.name and who.mention not in ZH_HE_SHE:
            self.genders.setdefault(speaker.name, who.gender)  # "she described" taught us Swift is she
        # (a Chinese 他/她 is read again past this guess: the sex is learnt from the one it is read as in the end)
        return speaker

    def _prose_antecedent(self, who: Who, pos: int) -> Speaker | None:
        """Where the prose's people are kept (the languages read from a table), a he or she ("« … », a-t-elle
        ajouté") stands for the person the prose named last, when named since the last quote's speaker and
        not known, by a pronoun or a given name, to be of the other sex; None otherwise."""
        if who.gender not in ("m", "f") or not self.prose.named:
            return None
        named = self.prose.last_before(pos)
        said = self.said[-1] if self.said else None
        if named is None or said is not None and said.pos >= named[0]:
            return None
        sex = self.genders.get(named[1]) or self.given_gender(named[1])
        return Speaker(name=named[1], role=self.roles.get(named[1])) if sex in (None, who.gender) else None

    def _definite_anaphor(self, who: Who, words: list[str], pos: int) -> Speaker | None:
        """ "the statement said" (whoever was just quoted), "the newspaper reported" (the newspaper
        named before), "the bank said" (the organisation just quoted)."""
        if len(words) != 2 or words[0] != "the":
            return None
        if words[1] in P.EN_DOC_ANAPHORS:
            said = self.said[-1] if self.said else None
            if said is not None and pos - said.pos <= JUST_SAID:
                return said.speaker
        named = self.typed(words[1], pos)
        if named is not None:
            bisect.insort(self._typed[P.EN_TYPE_SYNONYMS.get(words[1], words[1])], (pos, named))  # still in view
            return Speaker(name=named)
        if who.kind == "desc" and words[1] in P.EN_ORG_ANAPHORS:
            said = self._just_quoted_org(pos)  # "Goldman Sachs estimates … “…,” the bank said"
            if said is not None:
                return said.speaker
        return None

    def _resolve_description(self, who: Who, words: list[str], pos: int) -> Speaker:
        """A description: the person or body it stands for when the article named it, else unnamed."""
        if words and words[-1].replace("’", "'").partition("'")[0] in P.EN_ADDRESSEE_PRONOUNS:
            return Speaker()  # "you know that …", "Could you tell us …", "you’ve said": the one addressed
        described = self._named_by_description(who, pos)
        if described is not None:
            return described
        holder = None if who.fresh else self.prose.holder_before(who.role or who.mention, pos, self._quoted_back())
        if holder is not None:  # "ha insistido el presidente andaluz": the president named before
            name, role = holder
            return Speaker(name=name, role=self.roles.get(name) or role or who.mention)
        body = next((n for n in map(self.acronym, who.mention.split(" ")) if n), None)
        if body is not None:
            return Speaker(name=body, role=who.mention)  # "an internal PSPC analysis found": the body's own
        if words[1:2] and words[1] in P.EN_DOC_HEADS:
            m = _DOC_BY_RE.search(who.mention)
            if m is not None:  # "A poll … conducted by Redfield and Wilton for Newsweek found": the pollster
                return Speaker(name=m.group(1), role=who.mention)
        if owned_document(words, who.mention):
            return Speaker(name=who.mention)  # "Godongwana’s latest budget documents show": a document credited to one
        return self._person_running_on(who.mention, pos) or Speaker(role=who.role)

    def _person_running_on(self, mention: str, pos: int) -> Speaker | None:
        """A "description" that is a person's name the article gave in full before, run on into a clause by a verb
        or a preposition ("Nehlen responded Friday to", "Trump at the time"): that person; None otherwise ("Trump
        supporters" is no clause)."""
        m = _NAME_THEN_CLAUSE_RE.match(mention)
        if m is None:
            return None
        run, word = m.group(1), m.group(2)
        if not (word in AUXILIARIES or word in PREPOSITIONS or word in IRREGULAR_PAST or word.endswith("ed")):
            return None
        full = self.full_name(run, pos)
        if " " not in full or full.split(" ")[-1] != run.split(" ")[-1] or self.gender(full) is None:
            return None
        return Speaker(name=full, role=self.roles.get(full))

    def _quoted_back(self) -> Iterator[tuple[int, Speaker]]:
        """(position, speaker) of the speakers quoted so far, the last first."""
        return ((said.pos, said.speaker) for said in reversed(self.said))

    def _resolve_org(self, who: Who, words: list[str], pos: int) -> Speaker:
        """An organisation: "the company says" is the organisation quoted last; a body whose members
        were named is named as the article first wrote it."""
        if len(words) == 2 and words[0] == "the" and words[1] in P.EN_ORG_ANAPHORS:
            said = self._last_for("n")
            name = said.speaker.name or "" if said is not None else ""
            if said is not None and pos - said.pos <= 2 * JUST_SAID and name[:1].isupper() and not self._plural(name):
                return said.speaker
        known = None if who.mention.isascii() else self.zh_known_within(who.mention)
        if known is not None:  # 陈同佳则声明: a person named before, with a word glued on, is no organisation
            return Speaker(name=known, role=self.roles.get(known))
        full = None if who.mention.isascii() else self.zh_org_before(who.mention, who.start, pos)
        if full is not None:  # 黑龙江省高级法院…。法院认为：“…”: the body named before in full
            return Speaker(name=full)
        bare = who.mention.removeprefix("the ").removeprefix("The ")
        return Speaker(name=self._members_of.get(bare) or self.acronym(bare) or who.mention)

    def _resolve_person(self, who: Who, pos: int) -> Speaker:
        """A person: the fullest name the article gave, with the role and gender learnt for it."""
        spelled = self.acronym(who.mention)
        if spelled is not None:
            return Speaker(name=spelled)  # "PSPC said" after "Public Services and Procurement Canada (PSPC)"
        name = self._full_name_of_gender(who, self.full_name(who.mention, pos), pos)
        name = trim_han(name)  # (“…” 王明说)
        if name == who.mention and not name.isascii():
            full = self.zh_named_by_surname(name, who.start, pos) or self.zh_named_by_title(name, who.start, pos)
            full = full or self.zh_named_by_short(name, who.start, pos)  # 陈续称, 布氏又称
            name = full or self.zh_known_within(name) or name
        if name == who.mention and " " not in name:
            name = self.prose.full_name(name, pos) or name  # "ha detto Crosetto" after "Guido Crosetto" in prose
        if name == who.mention and group_noun(name) and name not in self.singular_names:
            return Speaker(role=name)  # "Neighbours said": an unnamed source
        if ZH_DOTS_RE.search(name):
            self.add_name(name, pos)
        if not name.isascii():
            self.know_zh(name)
        courtesy = who.role is not None and who.role.rstrip(".").lower() in HONORIFICS
        if who.role and name not in self.roles and not courtesy:
            self.roles[name] = who.role
        if who.gender in ("m", "f"):
            self.genders.setdefault(name, who.gender)
        if courtesy and name in self.roles:
            return Speaker(name=name, role=self.roles[name])  # "Mr Burnham said": the role learnt, not "Mr"
        return Speaker(name=name, role=who.role or self.roles.get(name))

    def _full_name_of_gender(self, who: Who, name: str, pos: int) -> str:
        """ "Mrs. Clinton" is Hillary Clinton even when Bill Clinton was named since (see
        :meth:`NameIndex.full_name_of_gender`)."""
        gender = who.gender if who.gender in ("m", "f") else _title_gender(who.role)
        if gender is None or " " in who.mention:
            return name
        return self.full_name_of_gender(who.mention, name, pos, gender)

    def _named_by_description(self, who: Who, pos: int) -> Speaker | None:
        """A description that stands for someone named before: "the prime minister said" after "Prime
        Minister Shigeru Ishiba", "Travis Kelce's mom confirmed" after "Donna Kelce has praised …"."""
        titled = self.titled(who.mention, pos)
        if titled is not None:
            return Speaker(name=titled, role=self.roles.get(titled) or who.mention)
        known = None if who.mention.isascii() else zh_name_before_modal(who.mention, self.zh_known)
        if known is not None:  # 翟俪也只能(告诉): a person named before, an adverb and a modal after
            return Speaker(name=known, role=self.roles.get(known))
        kin = self._kin(who.mention, pos)
        if kin is not None:
            return Speaker(name=kin, role=who.mention)
        pointed = self.zh_named_by_noun(who.mention, pos)  # 这位律师 after 律师张伟, a sentence or more before
        pointed = pointed or self.zh_document_author(who.mention, who.start, pos)  # 王明发布了一篇声明。文中提到
        return Speaker(name=pointed, role=self.roles.get(pointed) or who.mention) if pointed is not None else None

    def _named_person(self, name: str, who: Who) -> bool:
        """Was the description ``who`` read as a person named before, of a known sex ("the spokesman" as Bill Gray)?"""
        return name != who.mention and self.gender(name) in ("m", "f")

    def note(self, speaker: Speaker, who: Who | None, pos: int) -> None:
        """Remember that ``speaker`` was just quoted at ``pos`` (for later pronouns)."""
        if speaker.name is None:
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
            gender = "p"
        sure = self._last_for(gender, sure=True) if gender in ("m", "f") else None
        named = self._last_mentioned(gender, pos)
        latest = self._last_for(gender)
        loose = self._last_mentioned(gender, pos, sure=False)
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
        if name in self.roles or at in self._sentence_subjects:
            return True
        start = at - len(name) + len(name.rsplit(" ", 1)[-1])
        if " " not in name or start not in self._sentence_subjects:
            return False
        return self._written_alone(name, start) or self._given_quoted_alone(name, start)

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
            if pos - at > JUST_SAID:
                break
            if name != owner and " " in name and name.rsplit(" ", 1)[-1] == surname:
                return name
        return None

    def _just_quoted_org(self, pos: int) -> _Said | None:
        """The speaker quoted just before, when it may be an organisation: quoted as one, or a name of
        several words with no given name and no he/she ("Goldman Sachs")."""
        said = self.said[-1] if self.said else None
        if said is None or pos - said.pos > JUST_SAID or not (said.speaker.name or "")[:1].isupper():
            return None
        name = said.speaker.name or ""
        if self._plural(name):
            return None  # "Police said …. The company said": one body is no "they" of a plural noun
        if said.person and (said.speaker.role or self.roles.get(name) or said.by_surname):
            return None  # "…, said Bambang Sutrisno, the head of the agency", "Varjonen told": a person with a role,
            # or quoted by the surname of a full name given before, is no body
        if not said.person or " " in name and self.gender(name) is None and not self.given_gender(name.split(" ")[0]):
            return said
        return None

    def _plural(self, name: str) -> bool:
        """Is a speaker's name a plural common noun ("Police", "Officials") that a singular "the company", "the
        agency" cannot point back to?"""
        return group_noun(name) and name not in self.singular_names

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
