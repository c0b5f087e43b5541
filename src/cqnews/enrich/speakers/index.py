"""The names of an article, indexed by position for :class:`~cqnews.enrich.speakers.SpeakerBook`.

Registration reads each block once (capitalised runs, titles, roles, he/she votes, organisations by
kind; Chinese honorific and dotted names); the look-ups (``full_name``, ``typed``, ``titled``,
``gender``) are bounded, so each costs constant or logarithmic time.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ...lexicon import quote_patterns as P
from ...lexicon.alternation import trie_pattern
from ...lexicon.en import (
    FEMALE_KIN,
    MALE_KIN,
    NAME_PARTICLES,
    OF_LIKE,
    OFFICE_ACRONYMS,
    OFFICE_TITLES,
    PREPOSITIONS,
)
from ...lexicon.personal_names_zh import NAME_DOTS
from ...lexicon.speaker_phrases_en import ADDRESS_STYLES, ARTICLES, TITLE_SYNONYMS, TITLES_BEFORE_A_SURNAME
from ...text import is_cjk_char
from .gender_votes import CAP_WORD_RE as _CAP_WORD_RE
from .gender_votes import TITLED_SURNAME_RE as _TITLED_SURNAME_RE
from .gender_votes import vote_genders, vote_kin, vote_titles
from .index_bodies import BodyNames
from .index_groups import PAIR_REACH, GroupNames
from .index_runs_en import (
    AGE_AFTER_RE,
    apposed_role,
    office_described,
    past_placed,
    run_words,
    title_initial_forms,
    title_opens,
)
from .index_zh import ChineseNames
from .names import (
    NameWindow,
    after_article,
    modifies_role,
    name_after_of,
    opened_by_given_name,
    opens_clause,
    opens_sentence,
    particle_lowered,
    surname_sex,
)
from .names_zh import full_name_before_honorific
from .offices_en import office_before_of, role_before
from .phrases import (
    NAME_RUN_RE,
    POSSESSIVE,
    given_name_gender,
    is_place,
    split_name,
)
from .phrases_zh import (
    ZH_DOTS_RE,
    ZH_DOTTED_RE,
    ZH_HONORIFIC_RE,
    trim_dotted_tail,
    zh_name_at_end,
)
from .surname_zh import known_by_surname
from .titles_en import (
    abbreviated_title,
    description_before_comma,
    ends_in_title,
    opens_compound,
    person_noun_head,
    set_off_title_initials,
    title_before_comma,
)

# The words after a role that say where or for whom: "a researcher at the Rand Corporation" is "a researcher".
_ROLE_TAIL_RE = re.compile(r" (?:of|at|for|with|from|in) ")


_SINGLE_NAME_RE = re.compile(r"(?<![\w’'.])([A-Z][a-z]{2,20}), who ")
# "His wife, Abena, …", "their neighbour, Kwesi, …": one capitalised word set off after an owner's noun of a tie.
# The owner word ("his", "her", "their", "my", "our") as a whole word: it opens with a character class, which the
# engine skips to in C (a leading \b is tried at every position of every block), then the lookbehind asks for no
# word character before it (what \b asked) and each first letter goes on with its own words.
_KIN_SINGLE_NAME_RE = re.compile(
    r"[HhTtMmOo](?<!\w[HhTtMmOo])(?:(?<=[Hh])(?:is|er)|(?<=[Tt])heir|(?<=[Mm])y|(?<=[Oo])ur) ("
    + "|".join(sorted(P.EN_TIE_NOUNS))
    + r"), ([A-Z][a-z]{2,20}),? "
)

# "Chief Ogbonna welcomed …", "Alhaji Bello addressed …", "Sgt. Walsh said": a title of TITLES_BEFORE_A_SURNAME, its
# stop, and one capitalised word with no other after it (Session 63).
# (every title opens with a capital: the look-ahead spares the word-boundary test at every other place of the block)
_TITLED_SINGLE_NAME_RE = re.compile(
    r"(?=[A-Z])\b(" + trie_pattern(TITLES_BEFORE_A_SURNAME) + r")\.? ([A-Z][a-z'’\-]{1,20})(?![\w'’\-]| [A-Z])"
)
_NO_TITLED_SURNAME = P.EN_NOT_NAME | P.EN_TITLES | P.ORG_HEADS  # "Chief Executive", "Justice Department"
_TELLING = frozenset(("told", "tells"))
_QUOTE_CLOSES = (',"', ",”", ",'", ",’", '?"', "?”", '!"', "!”")


def told_before(text: str, start: int) -> bool:
    """Is the name at ``text[start]`` the one a quote just before was told to ("“…,” the witness told Judge Mary
    Ryan")? Back over up to four capitalised words (its title, its other names), the word before is "told" or
    "tells", and a quote closes a few words before it: the listener, whom a later "she added" is not (unlike "asked
    Mary Ryan", whom the answer is; or "told Ann Kelly to stay inside", who may speak next)."""
    words = text[max(0, start - 80) : start].split()
    k = len(words)
    while k > 0 and len(words) - k < 4 and words[k - 1][:1].isupper():
        k -= 1
    return k > 0 and words[k - 1] in _TELLING and any(w.endswith(_QUOTE_CLOSES) for w in words[max(0, k - 5) : k - 1])


# A name's role given by a copula right after it: "Ana Silva is the town's mayor", "… was a senator" (the
# phrase up to the next punctuation, at most 60 characters; _note_titled keeps it only if a title ends it).
_COPULA_ROLE_RE = re.compile(r" (?:is|was|became) ((?:the|a|an) [^,.;:!?“”\"()]{1,60})(?=[,.;:!?]|$)")


# A capitalised subject, its verb and a singular reflexive: "Sanders compared himself" (one person).
_REFLEXIVE_SUBJECT_RE = re.compile(r"\b([A-Z][a-z]+) [a-z]+ (?:himself|herself)\b")


# A name after these ("by Smith", "of Zhang") is no subject.
_NOT_SUBJECT_AFTER = PREPOSITIONS | OF_LIKE


_DESCRIPTION_HEADS = P.EN_TITLES | P.EN_TITLE_CLASSES.keys()
_NOTED_HEADS = P.EN_TITLES | frozenset(P.EN_TITLE_WORDS.values())


@dataclass
class NameIndex(BodyNames, ChineseNames, GroupNames):
    """Every name the article gives, by position: people with their roles, titles and genders, bodies by
    kind, pairs, handles, and where each person is named as a subject. Built block by block before any
    mention is resolved (``register_*``, ``index_*``); looked up by position."""

    # token -> [(position, name words, index of the token in them)], in text order
    _by_token: dict[str, list[tuple[int, tuple[str, ...], int]]] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)
    genders: dict[str, str] = field(default_factory=dict)
    _votes: dict[str, list[int]] = field(default_factory=dict)
    _mentions: list[tuple[int, str, bool]] = field(default_factory=list)  # (position, name, as subject)
    _sentence_subjects: set[int] = field(default_factory=set)  # mentions that open their sentence
    _titled: list[tuple[int, str, tuple[str, ...]]] = field(default_factory=list)  # (position, name, title words)
    _initialled: list[tuple[int, str, str]] = field(default_factory=list)  # (position, name, its title's initials)
    _titled_surnames: set[str] = field(default_factory=set)  # "Patel" of "Ms. Patel": a person named by title only
    _single_names: set[str] = field(default_factory=set)  # "Zola" of "Zola, who …": a person of one name
    _told: set[int] = field(default_factory=set)  # mentions of the one told something ("told Judge Mary Ryan")
    aged: set[str] = field(default_factory=set)  # names given with an age after them: people
    # Capitalised words the text shows as one person's name: after a given name ("a Bernie Sanders rally") or
    # before a reflexive ("Sanders compared himself"), so that "Sanders said" is no plural noun like "Teachers"
    singular_names: set[str] = field(default_factory=set)
    _written: dict[tuple[str, ...], str] = field(default_factory=dict)
    # Names whose first word a title or role before them opened ("Rommel Francisco Dizon" of "Brig. Gen. Rommel
    # Francisco Dizon"): a known given name inside them opens no shorter name for a later mention
    _opened: set[tuple[str, ...]] = field(default_factory=set)
    _windows: dict[tuple[str, tuple[str, ...]], NameWindow] = field(default_factory=dict)

    def register_zh_text(self, text: str, base: int) -> None:
        """Chinese names given with an honorific (王先生, 徐女士) or as a dotted transliteration
        (戴夫·汉森) are people from the start."""
        self._zh_texts.append((base, text))
        self.note_aliases(text)
        for m in ZH_HONORIFIC_RE.finditer(text):
            self.know_zh(full_name_before_honorific(text, m.start()) or m.group())
        if not any(dot in text for dot in NAME_DOTS):
            return  # (every dotted name has one: a few substring tests spare the regex a try at every Han character)
        for m in ZH_DOTTED_RE.finditer(text):
            run = trim_dotted_tail(m.group())
            name = zh_name_at_end(run) if run else None
            if name:
                name = self.zh_dotted_known_within(name)  # 听|索菲·马丁 after 索菲·马丁: a verb glued on
                self.know_zh(name)
                self.add_name(name, base + m.end() - len(name))

    def register_text(self, text: str, base: int) -> None:
        """Index every capitalised multi-word run of a block by position, and count the pronouns
        that follow each capitalised word (he/his vs she/her) to guess genders."""
        for m in NAME_RUN_RE.finditer(text):
            start, run = past_placed(m)
            if not run:
                continue
            titles = abbreviated_title(text, start)
            words = run_words(run, titles)
            if ends_in_title(words, text, m.end()):
                continue  # "Former Rep." before "Chris Shays": a title of the name after it, no name
            # "Dr Kalwinder Singh Khaira advised", "Gen. Rommel Francisco Marbil": the courtesy or abbreviated title
            # moved to ``titles`` (abbreviated_title reads only those) still opens the name
            opened = title_opens(text, start, words, titles)  # ("PNP chief Rommel Francisco Marbil" too)
            parted, name, kind = split_name(words, opened)
            name = name_after_of(text, start, name, bool(parted)) if kind == "person" else name
            self._note_type(text, start, base, " ".join(words) if kind == "person" else run, kind)
            if len(name) >= 2 and kind == "person" and given_name_gender(name[0]):
                self.singular_names.add(name[-1])
            if (
                len(name) >= 2
                and kind == "person"
                and not is_place(" ".join(name))
                and not after_article(text, start)
                and not all(w.isupper() for w in name)  # "FULL TEXT", "POOL": a heading in capitals, no name
                and not all(w.lower() in NAME_PARTICLES for w in name[:-1])  # "De Jong said": a surname alone
                and not (name[-1].lower() in OFFICE_TITLES and office_described(text, start, titles))
            ):  # "The Deputy Prime Minister visited …": an office described, no name
                full = " ".join(name)
                self.add_name(full, base + start)
                if opened or parted:
                    self._opened.add(tuple(name))
                role = apposed_role(text, start, m.end())
                if role:
                    self.roles.setdefault(full, role)
                before = title_before_comma(text, start)  # "The governor, Kathy Hochul, said"
                described = role or description_before_comma(text, start)  # "The head teacher, Grace Obi, said"
                self._note_after_name(text, m.end(), base + start, full)
                self._note_set_off_initials(text, start, base, full)
                titles = [*office_before_of(text, start), *role_before(text, start), *titles]
                if titles or described or len(words) > len(name) or before:
                    titled = [*titles, *words[: len(words) - len(name)], *([before] if before else [])]
                    self._note_titled(base + start, full, titled, described)
                    self._note_initials(text, start, base, full)
        self._note_reflexives(text)
        self._note_single_names(text)
        vote_genders(text, self._votes)
        vote_titles(text, self._votes, self._titled_surnames)
        vote_kin(text, self._votes)
        self.register_bodies(text, base)

    def _note_initials(self, text: str, start: int, base: int, full: str) -> None:
        """The initials of the title written before a full name, for a later "DC Moss" or "the DPP"."""
        at = text.find(full, start)
        for spelt in title_initial_forms(text, at) if at >= 0 else ():
            if spelt:  # ("Inspector General of Police Ann Cole": "the IGP" and "the IG")
                self._initialled.append((base + start, full, spelt))

    def _note_set_off_initials(self, text: str, start: int, base: int, full: str) -> None:
        """The initials of an office the sentence opens with, set off before the full name, for a later "the MCE"
        ("The Municipal Chief Executive for Ejisu, Hon. Kwame Boateng, said")."""
        at = text.find(full, start)
        for spelt in set_off_title_initials(text, at) if at >= 0 else []:
            self._initialled.append((base + start, full, spelt))

    def _note_after_name(self, text: str, end: int, pos: int, full: str) -> None:
        """A role a copula gives right after a name ("Ana Silva is the town's mayor."), and an age set off
        after it ("Nguyen Thi Mai, 64, was …": a person's name)."""
        copula = _COPULA_ROLE_RE.match(text, end)
        if copula is not None:
            self._note_titled(pos, full, [], copula.group(1))
        if AGE_AFTER_RE.match(text, end) is not None:
            self.aged.add(full)

    def _note_reflexives(self, text: str) -> None:
        """ "Sanders compared himself": a capitalised subject before a singular reflexive is one person."""
        if "self" in text:  # "himself", "herself": a substring test spares most blocks the regex
            self.singular_names.update(m.group(1) for m in _REFLEXIVE_SUBJECT_RE.finditer(text))

    def _note_single_names(self, text: str) -> None:
        """ "Zola, who won an award, spoke …": one capitalised word opening a clause before ", who" is a
        person of a single name (a singer, a player), whom a later he or she may stand for."""
        self._note_kin_single_names(text)
        self._note_titled_single_names(text)
        if ", who " not in text:
            return  # (every match has it: a substring test spares most blocks the regex)
        for m in _SINGLE_NAME_RE.finditer(text):
            word = m.group(1)
            if word.lower() not in P.EN_NOT_NAME and not is_place(word) and opens_clause(text, m.start()):
                self._single_names.add(word)

    def _note_titled_single_names(self, text: str) -> None:
        """ "Chief Ogbonna welcomed the visitors": one capitalised word after a title of a person (not a title's,
        a body's nor a place's word: "Chief Executive", "Justice Department") is a person of that surname, of the
        sex the title tells where it tells one, whom a later he or she may stand for."""
        for m in _TITLED_SINGLE_NAME_RE.finditer(text):
            word = m.group(2)
            low = word.lower()
            if low in _NO_TITLED_SURNAME or is_place(word) or word in self._by_token:
                continue
            self._single_names.add(word)
            sex = TITLES_BEFORE_A_SURNAME[m.group(1)]
            if sex is not None:
                self.genders.setdefault(word, sex)

    def _note_kin_single_names(self, text: str) -> None:
        """ "His wife, Abena, agrees": one capitalised word set off after an owner's noun of a tie is a person of a
        single name (a relative, a neighbour), of the sex the noun tells, whom a later he or she may stand for."""
        if ", " not in text:
            return  # (every match has it: a substring test spares most blocks the regex)
        for m in _KIN_SINGLE_NAME_RE.finditer(text):
            word, noun = m.group(2), m.group(1)
            if word.lower() in P.EN_NOT_NAME or is_place(word) or word in self._by_token:
                continue
            self._single_names.add(word)
            sex = "f" if noun in FEMALE_KIN else "m" if noun in MALE_KIN else None
            if sex is not None:
                self.genders.setdefault(word, sex)

    def _note_titled(self, pos: int, name: str, titles: list[str], role: str | None) -> None:
        """Remember the title or role a person is named with ("Prime Minister Shigeru Ishiba", "Li Bin,
        the general manager"), so that "the prime minister said" later is that person."""
        for title in (
            " ".join(t for t in titles if t.lower() in P.EN_TITLES or t[:1].isupper()),
            _ROLE_TAIL_RE.split(role or "", maxsplit=1)[0],  # "a researcher at the Rand Corporation": a researcher
        ):
            words = tuple(
                P.EN_TITLE_WORDS.get(w, w) for w in (w.strip(".,").lower() for w in title.split()) if w not in ARTICLES
            )
            while len(words) > 1 and words[-1] in ADDRESS_STYLES:
                words = words[:-1]  # "Club chairman Alhaji": the office is "club chairman"
            if words and (
                words[-1] in _NOTED_HEADS or person_noun_head(words[-1]) or title.split()[-1] in OFFICE_ACRONYMS
            ):
                self._titled.append((pos, name, words))

    def titled(self, mention: str, pos: int) -> str | None:
        """The person last named with the title a description repeats ("the prime minister" after
        "Prime Minister Shigeru Ishiba", "the senator" after "Sen. Ted Cruz"), within reach; failing
        that, the person last named with its head noun when the description only adds modifiers that
        are no title ("the two-term president" after "President Barack Obama", "the Vermont senator"
        after "Sen. Bernie Sanders"). None when none."""
        words = mention.lower().split()
        if len(words) < 2 or len(words) > 4 or words[0] != "the":
            return None
        acronym = mention.rsplit(" ", 1)[-1] in OFFICE_ACRONYMS  # "the CS" after "Interior CS Ann Wanjiru"
        if words[-1] not in _DESCRIPTION_HEADS and not person_noun_head(words[-1]) and not acronym:
            return None
        head = tuple(w for w in words[1:] if w != "of")  # "the Secretary of State": as noted, without "of"
        modifiers_only = not any(w in P.EN_TITLES for w in words[1:-1])  # "the two-term/Vermont senator"
        loose: str | None = None
        for at, name, title in reversed(self._titled):
            if at >= pos:
                continue
            if pos - at > PAIR_REACH:
                break
            if title[-len(head) :] == head:
                return name
            if loose is None and modifiers_only and (title[-1] == head[-1] or opens_compound(title, head)):
                loose = name
            if loose is None and modifiers_only and title[-1] in TITLE_SYNONYMS.get(head[-1], ()):
                loose = name  # "the skipper" after "Captain Rohit Sharma": the informal noun of the title
        return loose

    def index_mentions(self, text: str, base: int, inside: Callable[[int], bool]) -> None:
        """Record where each known person is named outside quotes, as a subject (not after "by",
        "with" …), so that pronouns can go to the person named last. Call after register_text."""
        memo: dict[int, int] = {}  # (the role-word steps opens_clause reads back, each read once for the text)
        telling = "told" in text or "tells" in text  # (told_before needs one: most blocks skip its look-back)
        for m in _CAP_WORD_RE.finditer(text):
            word = m.group()
            word = word[:-2] if word.endswith(POSSESSIVE) else word  # (strip_possessive, inlined: every capital)
            known = word in self._by_token
            if not known and word not in self._titled_surnames and word not in self._single_names or inside(m.start()):
                continue  # the cheap test first: most capitalised words name no known person
            before_text = text[max(0, m.start() - 14) : m.start()]
            before = before_text.split()
            if before and before[-1].lower() in _NOT_SUBJECT_AFTER:
                continue
            full = self.full_name(word, base + m.end()) if known else word
            title = None  # (a title's "M" opens its match, at most six characters before the name)
            if known and "M" in before_text:
                title = _TITLED_SURNAME_RE.search(text, max(0, m.start() - 6), m.end())
            if title is not None and title.start(1) == m.start():  # "Mrs. Clinton": a woman of that surname
                gender = "m" if text[title.start() + 1] == "r" and text[title.start() + 2] != "s" else "f"
                full = self.full_name_of_gender(word, full, base + m.end(), gender)
            if full != word or not known:  # (a surname named by its title only is the fullest name given)
                subject = opens_clause(text, m.start(), memo) and not modifies_role(text, m.end())
                self._mentions.append((base + m.start(), full, subject))
                if not subject and telling and told_before(text, m.start()):
                    self._told.add(base + m.start())
                if subject and opens_sentence(text, m.start()):
                    self._sentence_subjects.add(base + m.start())
        self.index_handles(text, base, inside)

    def gender(self, name: str) -> str | None:
        if name in self.genders:
            return self.genders[name]
        male = female = 0
        for word in name.replace("·", " ").split(" "):
            votes = self._votes.get(word, [0, 0])
            male, female = male + votes[0], female + votes[1]
        prior = self.given_gender(name)
        male, female = male + 3 * (prior == "m"), female + 3 * (prior == "f")
        if male == female:
            return surname_sex(name, self.genders)
        return "m" if male > female else "f"

    def full_name_of_gender(self, surname: str, name: str, pos: int, gender: str) -> str:
        """``name`` (the fullest name for ``surname``), unless its given name tells the other gender than
        the mention's title ("Mrs. Clinton" after "Bill Clinton"): then the latest full name with that
        surname and ``gender``; when there is none and the given name's table tells the other sex ("Mr Dube"
        after "Jane Dube" alone), the surname as written: a relative nobody named in full, never her."""
        if self._given_first(name) in (None, gender):
            return name
        entries = self._by_token.get(surname, [])
        k = bisect.bisect_right(entries, (pos, ("\uffff",), 0))
        for _, parts, i in reversed(entries[max(0, k - 50) : k]):
            full = " ".join(parts)
            if i == len(parts) - 1 and self._given_first(full) == gender:
                return full
        return surname if " " in name and self.given_gender(name) not in (None, gender) else name

    def _given_first(self, name: str) -> str | None:
        """A person's gender by their given name when it tells one (the surname's pronouns may be a
        relative's), else by what the text shows."""
        return self.given_gender(name) if " " in name and self.given_gender(name) else self.gender(name)

    def given_gender(self, name: str) -> str | None:
        """The gender the first word of ``name`` tells as a given name in the article's language, or None."""
        return given_name_gender(name)

    def add_name(self, name: str, pos: int) -> None:
        dotted = not name.isascii() and ZH_DOTS_RE.search(name) is not None  # (dots stand between Han characters)
        parts = tuple(ZH_DOTS_RE.split(name) if dotted else name.split(" "))
        if len(parts) < 2:
            return
        if dotted:
            self._written[parts] = name  # keep the interpunct the page used
        for i, part in enumerate(parts):
            self._by_token.setdefault(part, []).append((pos, parts, i))
        if self._windows:
            self._windows.clear()  # a name added while resolving: windows over the old lists are stale

    def _best_full(self, parts: tuple[str, ...], pos: int, dotted: bool) -> tuple[str, ...] | None:
        """The full name written before ``pos`` that the mention's ``parts`` stand for, if any."""
        token = parts[-1] if len(parts) > 1 else parts[0]
        entries = self._by_token.get(token, [])
        k = bisect.bisect_right(entries, (pos, ("\uffff",), 0))
        window = self._windows.get((token, parts))
        if window is None:
            window = self._windows[(token, parts)] = NameWindow(parts, dotted)
        return window.best(entries, k)

    def _opened_before(self, best: tuple[str, ...], pos: int) -> tuple[str, ...]:
        """The name written before ``pos`` that ``best`` ends, when a title opened it ("Dizon" after "Brig. Gen. Rommel
        Francisco Dizon": "Rommel Francisco Dizon", not "Francisco Dizon" for the known given name inside it)."""
        if len(best) < 2 or not self._opened:
            return best
        longer = self._best_full(best, pos, False)
        return longer if longer is not None and len(longer) > len(best) and longer in self._opened else best

    def _by_title_initials(self, parts: tuple[str, ...], pos: int) -> tuple[str, ...] | None:
        """The full name a surname after a title's initials stands for ("DC Moss", "DCI Hale"), when that person
        was named before with the title those initials spell ("Detective Constable Ryan Moss")."""
        found = self._best_full(parts[1:], pos, False)
        full = " ".join(found) if found is not None else None
        initials = parts[0].lower()
        spelt = any(name == full and "".join(w[:1] for w in title) == initials for _, name, title in self._titled)
        spelt = spelt or any(name == full and written == initials for _, name, written in self._initialled)
        return found if spelt else None

    def titled_by_initials(self, acronym: str, pos: int) -> str | None:
        """The person last named before ``pos`` (within reach) with a title of two words or more whose initials
        spell ``acronym`` ("the DPP" after "Deputy Public Prosecutor Gabriel Lim", "the PM" after "Prime
        Minister Ann Cole"); None when none."""
        initials = acronym.lower()
        for at, name, spelt in reversed(self._initialled):
            if at >= pos:
                continue
            if pos - at > PAIR_REACH:
                break
            if spelt == initials:
                return name
        return None

    def full_name(self, mention: str, pos: int) -> str:
        """The fullest name for ``mention`` among the names mentioned before ``pos``, the most recent
        first: "Zhang" -> "Zhang Hongbin", "Smith" -> "John Smith", "Roma Jayne" -> "Emma Roma Jayne"."""
        dotted = "·" in mention or (not mention.isascii() and any(is_cjk_char(ch) for ch in mention))
        sep = "·" if dotted else " "
        parts = tuple(mention.split(sep))
        best = self._best_full(parts, pos, dotted)
        if best is None and len(parts) == 2 and parts[0].isupper() and parts[0].isalpha() and len(parts[0]) <= 4:
            best = self._by_title_initials(parts, pos)  # "DC Moss" after "Detective Constable Ryan Moss"
        lowered = particle_lowered(parts) if best is None and not dotted else None
        if lowered is not None:  # "Van Dijk said", "El-Hassan said" opening a sentence: "Pieter van Dijk"
            best = self._best_full(lowered, pos, dotted)
        # the name written in full most often ("Kamala Harris" over a parent named once), else the latest
        if best is not None and not dotted:
            best = opened_by_given_name(best, lambda name: self._best_full(name, pos, False))
            best = self._opened_before(best, pos)
        if best is not None:
            return self._written.get(best, sep.join(best))
        surnamed = known_by_surname(self.zh_known, mention) if dotted else None
        if surnamed is not None:
            return surnamed  # 陶又指 after 陶君行表示: the person of that surname named before
        if dotted:  # 霍尔茨 for 斯蒂芬妮·席尔霍尔茨: the mention ends the last part of a known name
            for known in reversed(self.zh_known):
                if len(mention) >= 2 and known != mention and ZH_DOTS_RE.split(known)[-1].endswith(mention):
                    return known
        return mention
