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
from ...lexicon.en import (
    AUXILIARIES,
    FEMALE_KIN,
    FEMALE_TITLES,
    HONORIFICS,
    MALE_KIN,
    MALE_TITLES,
    OFFICE_ACRONYMS,
    PREPOSITIONS,
)
from ...lexicon.people_nouns_zh import HE_SHE as ZH_HE_SHE
from ...lexicon.reporting_en import IRREGULAR_PAST
from ...models import Speaker
from ...text import HAN_RE, trim_han
from .index_groups import JUST_SAID
from .index_zh import bare_title, zh_name_before_modal
from .memory import SpeakerMemory, _Said
from .name_words_en import is_place
from .names import group_noun, owned_document
from .phrases import Who
from .phrases_zh import (
    ZH_DOTS_RE,
)
from .prose import ProsePeople

# "A poll … conducted by Redfield and Wilton for …": who made a document (a bounded capitalised run).
_DOC_BY_RE = re.compile(
    r"\b(?:conducted|carried out|commissioned|published|released) by "
    r"((?:the )?[A-Z][\w\-]*(?: (?:and |of |& )?[A-Z][\w\-]*){0,5})"
)
# "Travis Kelce's mom": an owner's relative (a bounded capitalised run, then a kin noun).
# A capitalised name of one to three words opening a phrase, then a lower-case word ("Nehlen responded Friday").
_NAME_THEN_CLAUSE_RE = re.compile(r"((?:[A-Z][a-z][\w’'\-]*)(?: [A-Z][a-z][\w’'\-]*){0,2}) ([a-z]+)\b")
# The body a role speaks for, closing it: "A spokeswoman for Qantas", "a spokesman for the Kenya Ports Authority".
_SPOKEN_FOR_RE = re.compile(r" for (?:the )?([A-Z][\w&’'.\-]*+(?: [A-Z][\w&’'.\-]*+)*+)$")
_KIN_RE = re.compile(r"([A-Z][\w\-]*(?: [A-Z][\w\-]*){0,3})(?:’s|'s|‘s) (?:" + "|".join(P.EN_KIN_NOUNS) + ")")


def _title_gender(role: str | None) -> str | None:
    """The gender a title before a name tells ("Mrs.", "Ms." she; "Mr." he), if any."""
    words = (role or "").lower().replace(".", "").split()
    if any(w in FEMALE_TITLES for w in words):
        return "f"
    return "m" if any(w in MALE_TITLES for w in words) else None


# How far back (in characters) a noun of a person looks for the subject named just before it.
_DESCRIBED_REACH = 300


def _initials(word: str) -> bool:
    """Is ``word`` a title's initials as an acronym ("DPP", "PM", "AG"): two to five capital letters?"""
    return 2 <= len(word) <= 5 and word.isalpha() and word.isupper()


def _kin_gender(role: str | None) -> str | None:
    """The sex a relative's noun in a role tells ("his daughter" she, "her husband" he), when it tells one only."""
    words = set((role or "").lower().replace(",", " ").split())
    female, male = bool(words & FEMALE_KIN), bool(words & MALE_KIN)
    return ("f" if female else "m") if female != male else None


@dataclass
class SpeakerBook(SpeakerMemory):
    """Names seen so far (by position) and speakers attributed so far, for follow-up mentions: the
    :class:`NameIndex` of the article and what was quoted (:class:`SpeakerMemory`), and the resolution of each
    mention to its speaker."""

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
        described = described or (self._subject_since_quoted(pos) if noun and who.gender is None else None)
        if described is not None:
            return described
        speaker = self._resolve_pronoun(who, pos)
        if noun and speaker.name is None and speaker.role is None:
            return Speaker(role=who.mention)  # "“…,” the researcher said" with nobody named before
        return speaker

    def _subject_since_quoted(self, pos: int) -> Speaker | None:
        """A noun of a person that tells no sex ("the 21-year-old", "the Spaniard", "the pensioner"): the person
        named last as a subject, of either sex, when named since the last quote and just before (the sentence
        before: "Ada Obi won the final. “…,” the 21-year-old said"); None otherwise."""
        k = bisect.bisect_left(self._mentions, (pos, "", False))
        said = self.said[-1].pos if self.said else -1
        for at, name, as_subject in reversed(self._mentions[max(0, k - 20) : k]):
            if at <= said or pos - at > _DESCRIBED_REACH:
                return None
            if as_subject and not self._in_reported(at) and not is_place(name) and not HAN_RE.search(name):
                return Speaker(name=name, role=self.roles.get(name))
        return None

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
            return self._body_spoken_for(pos)
        return None

    def _body_spoken_for(self, pos: int) -> Speaker | None:
        """ "A spokeswoman for Qantas said …. “…,” the airline said": the body that a person quoted unnamed just before
        speaks for (the capitalised name after "for" closing the role), when nobody was quoted by name since; None
        otherwise."""
        k = bisect.bisect_left(self._someone, pos, key=lambda someone: someone[0])
        if not k or pos - self._someone[k - 1][0] > JUST_SAID:
            return None
        at, speaker = self._someone[k - 1]
        if self.said and self.said[-1].pos >= at:
            return None
        m = _SPOKEN_FOR_RE.search(speaker.role or "")
        return Speaker(name=m.group(1)) if m is not None else None

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
            spoken_for = self._body_spoken_for(pos)  # "A spokesman for Acme said …. “…,” the company said"
            if spoken_for is not None:
                return spoken_for
        known = None if who.mention.isascii() else self.zh_known_within(who.mention)
        if known is not None:  # 陈同佳则声明: a person named before, with a word glued on, is no organisation
            return Speaker(name=known, role=self.roles.get(known))
        full = None if who.mention.isascii() else self.zh_org_before(who.mention, who.start, pos)
        if full is not None:  # 黑龙江省高级法院…。法院认为：“…”: the body named before in full
            return Speaker(name=full)
        bare = who.mention.removeprefix("the ").removeprefix("The ")
        titled = self.titled_by_initials(bare, pos) if bare != who.mention and _initials(bare) else None
        held = self._office_in_initials(who.mention, bare, pos) if titled is None else None
        if held is not None:
            return held
        if titled is not None:  # "the DPP said" after "Deputy Public Prosecutor Gabriel Lim": the office's holder
            return Speaker(name=titled, role=self.roles.get(titled))
        return Speaker(name=self._members_of.get(bare) or self.acronym(bare) or who.mention)

    def _office_in_initials(self, mention: str, bare: str, pos: int) -> Speaker | None:
        """ "the CS said" after "Interior CS Ann Wanjiru": an office in capital initials after "the" stands for the
        person last named with it; None when nobody was ("the DA said" alone: a party, kept as the body)."""
        held = self.titled(mention, pos) if bare != mention and bare in OFFICE_ACRONYMS else None
        return Speaker(name=held, role=self.roles.get(held) or mention) if held is not None else None

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
        gender = who.gender if who.gender in ("m", "f") else _kin_gender(who.role)
        if gender is not None:
            self.genders.setdefault(name, gender)
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
