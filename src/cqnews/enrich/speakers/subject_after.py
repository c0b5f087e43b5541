"""Reading an English speaker's noun phrase that starts after its cue: after an inverted cue ("said Li Bin,
general manager of …"), after "according to", or at the start of a sentence. Like the readers of
:mod:`.phrases`, it looks at a bounded window of tokens.
The role set off by a comma after the name is read by :mod:`.role_after_en`.
"""

from __future__ import annotations

from ...lexicon import quote_patterns as P
from ...lexicon.en import (
    AFTER_A_ROLE,
    AGENT_ENDINGS,
    AUXILIARIES,
    DETERMINERS,
    EXPLETIVE_COPULAS,
    EXPLETIVE_SUBJECTS,
    HONORIFICS,
    NAME_PARTICLES,
    OF_LIKE,
    ORG_WORDS,
    PLACE_HEAD_WORDS,
    PREPOSITIONS,
    REFLEXIVES,
    SOURCE_NOUNS,
    SUBJECT_RELATIVES,
)
from ...lexicon.speaker_phrases_en import (
    DATA_SOURCE_PREPOSITIONS,
    DATA_WORDS,
    INDEFINITE_ARTICLES,
    ISSUED_WORDS,
    MOOD_ADJECTIVES,
    MOOD_ADVERBS,
)
from .adverbials import drop_adverbials
from .described import described_then_name
from .description_forward_en import description_forward
from .description_kind_en import classify_description
from .finite_en import finite_at
from .name_runs_en import body_joined_before_data, body_joined_on, name_end, org_end, orgish
from .name_words_en import (
    LEAD_NUMBER_RE,
    handle_who,
    is_handle,
    is_name_word,
    name_run_end,
    title_or_agent_noun,
)
from .np import np_ending
from .offices_en import office_end, office_of_lower_body
from .openers import past_sentence_adverb
from .role_after_en import role_after, with_role_after
from .roles_en import owned_role_then_name, rank_at, role_head, role_then_name
from .self_named_en import name_given_after
from .titled_pair_en import titled_pair_forward
from .token_reader import tokens
from .tokens import POSSESSIVE, PUNCT, WINDOW, Tok, Who, stop_cut

__all__ = ["OBJECT_PRONOUNS", "en_subject_after", "name_forward", "subject_before_verb"]

# Object pronouns that stand for a person named before: "according to him", "told her".
OBJECT_PRONOUNS = {"him": "m", "her": "f", "them": "p"}


def en_subject_after(text: str, lo: int, hi: int, before_verb: bool = False) -> Who | None:
    """Read a subject that starts at ``lo``: after an inverted cue ("said Li Bin, general manager of …"),
    after "according to", or at the start of a sentence. ``before_verb``: the subject of a clause, which
    ends before the clause's finite verb ("The senator attacked the council, saying …": "The senator")."""
    toks = _subject_tokens(text, lo, hi, before_verb)
    if not toks:
        return None
    toks = _past_mood(toks)
    owned = titled_pair_forward(text, toks) or owned_role_then_name(text, toks)  # ("said Justices A B and C D")
    owned = owned or described_then_name(text, toks) or role_then_name(text, toks)
    if owned is not None:
        return _with_title_apposition(text, toks, owned)
    first = toks[0]
    pronoun = _pronoun_subject(toks)
    if pronoun is not None:
        return pronoun
    ranked = len(toks) > 2 and rank_at(toks, 1)  # "said the No. 3 seed.": a ranking, described, no name "No"
    if is_name_word(toks[0]) or (first.low in DETERMINERS and len(toks) > 1 and is_name_word(toks[1]) and not ranked):
        return name_forward(text, toks)
    particles = _particles_opening_name(toks)
    if particles:  # "said van Dijk", "said de la Torre": read from the capitalised part
        return _with_particles(text, toks, particles, name_forward(text, toks[particles:]))
    if first.low == "the" and len(toks) > 2 and LEAD_NUMBER_RE.fullmatch(toks[1].text) and is_name_word(toks[2]):
        who = name_forward(text, [first, *toks[2:]])  # "the 2009 Statistical Yearbook of Chinese Society"
        if who is not None and who.kind == "org":
            return who
    if is_handle(first.text.rstrip(".")):
        return handle_who(first)
    who = description_forward(text, toks)
    named = name_given_after(text, toks, who) if who is not None and who.kind == "desc" else None
    return named or who  # "said a woman who gave her name as Mary.": Mary, "a woman" her role


def _past_mood(toks: list[Tok]) -> list[Tok]:
    """The tokens from the name on after "a" and an adjective of mood ("said a tearful Ann Cole outside the court",
    "added an angry Mrs Patel"): the adjective is the writer's colour, the name speaks; ``toks`` otherwise."""
    if toks[0].low not in INDEFINITE_ARTICLES:
        return toks
    k = 1
    while k < len(toks) and toks[k].low in MOOD_ADVERBS:
        k += 1
    if k + 1 < len(toks) and toks[k].low in MOOD_ADJECTIVES and toks[k + 1].cap:
        return toks[k + 1 :]
    return toks


def _pronoun_subject(toks: list[Tok]) -> Who | None:
    """The pronoun opening ``toks`` as the subject: a subject pronoun ("said he"), or an object pronoun alone
    ("according to him, …", not "her lawyer"), which stands for a person named before; None otherwise."""
    first = toks[0]
    low = first.low.rstrip(".")
    if low in P.EN_PRONOUNS:  # (not "He Ping said": a surname spelt as a pronoun is marked a name part)
        return Who(first.text.rstrip("."), "pronoun", start=first.start, gender=P.EN_PRONOUNS[low])
    if low in OBJECT_PRONOUNS and (len(toks) == 1 or toks[1].text in PUNCT or first.text.endswith(".")):
        return Who(first.text.rstrip("."), "pronoun", start=first.start, gender=OBJECT_PRONOUNS[low])
    return None


_NOT_NOUNS = PREPOSITIONS | AUXILIARIES | REFLEXIVES | P.EN_CUES.keys() | frozenset(OBJECT_PRONOUNS)


def _with_title_apposition(text: str, toks: list[Tok], who: Who) -> Who:
    """ "said Ms Li, a student from Leeds": a courtesy title without its full stop is the name's own, so
    the apposition after the name is its role too, as after "Mr. Li"."""
    if who.kind != "person" or who.role is None or who.role.lower() not in HONORIFICS:
        return who
    comma = next((k for k, t in enumerate(toks) if t.text in PUNCT), len(toks))
    if comma == len(toks) or toks[comma].text != "," or comma != len(who.role.split() + who.mention.split()):
        return who
    role = role_after(text, toks, comma + 1)
    if role:
        who.role = f"{who.role}, {role}"
    return who


def subject_before_verb(text: str, toks: list[Tok]) -> Who | None:
    """The description that is a clause's subject when capitalised words qualify a lower-case noun right
    before the finite verb ("Local residents protested", "Apple engineers walked out"): read from its end,
    as the subject before "said" is, the capital opening the sentence being no name ("Local")."""
    verb = finite_at([t.text for t in toks])
    # "One person who attended had come out saying": the relative clause is no part of the subject's noun
    verb = next((k for k in range(1, max(verb, 0)) if toks[k].low in SUBJECT_RELATIVES), verb)
    if verb < 2 or not is_name_word(toks[0]) or any(t.text in PUNCT for t in toks[:verb]):
        return None
    subject = toks[:verb]
    drop_adverbials(subject)  # "Smith also noted": no description "Smith also"
    last = subject[-1] if len(subject) > 1 else None
    if last is None or not (last.text.isalpha() and last.text.islower()) or last.low in _NOT_NOUNS:
        return None
    who = np_ending(text, subject, len(subject))
    return who if who is not None and who.kind == "desc" else None


def _subject_tokens(text: str, lo: int, hi: int, before_verb: bool) -> list[Tok]:
    """The tokens a subject read from ``lo`` may take: past a lead to the source, and before the finite
    verb when ``before_verb``."""
    toks = _past_source_lead(tokens(text, lo, min(hi, lo + WINDOW)))
    if before_verb:
        toks = toks[past_sentence_adverb(toks):]
    verb = finite_at([t.text for t in toks]) if before_verb else -1
    if verb == 1 and _expletive(toks[0], toks[1]):
        return []  # "There is a shortage of doctors, saying …": no subject speaks
    return toks[:verb] if verb > 0 else toks


def _expletive(subject: Tok, verb: Tok) -> bool:
    """Is ``subject`` an expletive "there" (before any verb) or "it" (before a copula: "It was a good year")?"""
    return subject.low in EXPLETIVE_SUBJECTS and (subject.low == "there" or verb.low in EXPLETIVE_COPULAS)


def _particles_opening_name(toks: list[Tok]) -> int:
    """How many lower-case particles open a name ("van Dijk", "de la Torre") before its capitalised word; 0
    when none does."""
    k = 0
    while k < len(toks) and k < 3 and len(toks[k].text) > 1 and toks[k].text in NAME_PARTICLES:
        k += 1
    return k if 0 < k < len(toks) and is_name_word(toks[k]) else 0


def _with_particles(text: str, toks: list[Tok], particles: int, who: Who | None) -> Who | None:
    """``who`` read after the particles opening a name, with them put back ("said ten Hag" names "ten Hag",
    not "Hag"): the particles are part of the surname."""
    if who is not None and who.kind == "person" and who.role is None and who.start == toks[particles].start:
        who.start = toks[0].start
        who.mention = text[toks[0].start : toks[particles].start] + who.mention
    return who


def _past_source_lead(toks: list[Tok]) -> list[Tok]:
    """Skip what leads to the source: "data from" ("according to data from the European Central
    Bank") and an adverbial up to its comma ("said on Monday, …")."""
    source = _source_of_data(toks)
    if source:
        toks = toks[source:]
    if toks and toks[0].low in PREPOSITIONS and toks[0].low != "to":
        comma = next((k for k, t in enumerate(toks[:12]) if t.text == ","), None)
        toks = toks[comma + 1 :] if comma is not None else toks
    return toks


def name_forward(text: str, toks: list[Tok]) -> Who | None:
    """A capitalised name at the start of ``toks``, with the role after it ("Li Bin, general manager")."""
    start = 1 if toks[0].low in DETERMINERS else 0
    end = name_end(toks, start)
    owned = _owned_noun_after(text, toks, abs(end))
    if owned is not None:
        return owned
    if end < 0:  # the name ends its sentence
        return np_ending(text, stop_cut(toks, -end - 1), -end)
    if start == 1 and toks[0].low != "the" and end < len(toks) and _noun_after_article(toks[end], toks[0].low):
        # "a Taliban representative", "one Pentagon official", "several Democratic senators": no name
        return _unnamed_source(text, toks, end)
    # "said the Registrar of the court.": an office of a body in lower case, no name
    qualified = _the_name_qualifying_role(text, toks, start, end) or office_of_lower_body(text, toks, start, end)
    if qualified is not None:
        return qualified
    toks, end = office_end(toks, start, end)  # "said the Secretary of State."
    toks, end, joined = _body_run(toks, start, end)
    of_org = _person_of_org_after(text, toks, end)
    if of_org is not None:
        return of_org
    who = np_ending(text, toks, end)
    if who is None:
        return None
    if joined and (who.kind == "org" or _before_data(toks, end)) and who.start > toks[start].start:
        who.start, who.mention = toks[start].start, text[toks[start].start : toks[end - 1].end]  # read forward whole
        if who.kind != "org":
            who.kind, who.role = "org", None  # "Health and Safety Executive figures": the body, not "Safety Executive"
    if start == 1 and who.kind == "org" and who.start == toks[1].start:
        who.mention = text[toks[0].start : toks[end - 1].end]
    return with_role_after(text, toks, end, who)


def _before_data(toks: list[Tok], end: int) -> bool:
    """Does a data noun follow the name ending at ``toks[end]`` ("Health and Safety Executive figures")?"""
    return end < len(toks) and toks[end].low in DATA_WORDS


def _body_run(toks: list[Tok], start: int, end: int) -> tuple[list[Tok], int, bool]:
    """The capitalised run at ``toks[start:end]`` read on when it names a body: over its joiners ("according to the
    Ministry of Public Security, …"), across an "and" inside its name ("the National Development and Reform
    Commission") and past an office and the name after it. Returns the tokens, the end and whether it does."""
    joined = orgish(toks[start:end])
    if not joined:
        toks, end, joined = body_joined_on(toks, start, end)
    if not joined:
        toks, end, joined = body_joined_before_data(toks, start, end)
    if joined:
        toks, end = org_end(toks, end)
        toks, end = _office_of_body_end(toks, end)
    return toks, end, joined


def _the_name_qualifying_role(text: str, toks: list[Tok], start: int, end: int) -> Who | None:
    """ "said the Gunners boss", "said the Manchester United midfielder": after "the", a name that qualifies
    the lower-case role noun after it is no speaker; the phrase is a description of someone unnamed here."""
    if not (start == 1 and toks[0].low == "the" and 0 < end < len(toks)) or toks[end - 1].text.endswith(POSSESSIVE):
        return None
    k = _lower_nouns_end(toks, end)
    head = toks[k - 1].low.rstrip(".")
    if k == end or not title_or_agent_noun(head):
        return None
    if k < len(toks) and not (toks[k].text in PUNCT or toks[k].low in AFTER_A_ROLE or toks[k - 1].text.endswith(".")):
        return None
    phrase = text[toks[0].start : toks[k - 1].end].rstrip(".")
    return Who(phrase, "desc", role=phrase, start=toks[0].start)


def _lower_nouns_end(toks: list[Tok], end: int) -> int:
    """Where the lower-case nouns of a role from ``toks[end]`` end ("the Chelsea manager", "Ann Lee's lawyer"): at
    most _OWNED_WORDS of them, and a full stop ends them ("said Ann Lee's lawyer.")."""
    k = end
    while k < len(toks) and k - end < _OWNED_WORDS and _lower_noun(toks[k]):
        k += 1
        if toks[k - 1].text.endswith("."):
            break
    return k


def _owned_noun_after(text: str, toks: list[Tok], end: int) -> Who | None:
    """ "said Sir Ann Lee's spokesman", "said Acme's chief lawyer": a name owning the lower-case role after it
    is no speaker; the owned role, with no name of its own, is a description (the phrase the role)."""
    if not (0 < end < len(toks)) or not toks[end - 1].text.endswith(POSSESSIVE):
        return None
    k = _lower_nouns_end(toks, end)
    if k == end or k < len(toks) and is_name_word(toks[k]):
        return None
    head = toks[k - 1].low.rstrip(".")
    if not title_or_agent_noun(head):
        return None
    phrase = text[toks[0].start : toks[k - 1].end].rstrip(".")
    return Who(phrase, "desc", role=phrase, start=toks[0].start)


_OWNED_WORDS = 3


def _lower_noun(tok: Tok) -> bool:
    word = tok.low.rstrip(".")
    return not tok.cap and word.isalpha() and word not in _NOT_NOUNS and word not in DETERMINERS


def _office_of_body_end(toks: list[Tok], end: int) -> tuple[list[Tok], int]:
    """Past a lower-case office noun and the name after a body's name ("said Ministry of Ecology and
    Environment spokesperson Pei Xiaofei": the person is named after the office, the body is the role).
    Returns the tokens (a new list when the name's full stop is cut off; the caller's is left as it is) and
    the end."""
    if not (end + 1 < len(toks) and role_head(toks[end]) and is_name_word(toks[end + 1])):
        return toks, end
    after = name_run_end(toks, end + 1)  # (also "… He Yadong": a surname spelt as a pronoun is a name word)
    return _without_full_stop(toks, after - 1), after


def _without_full_stop(toks: list[Tok], k: int) -> list[Tok]:
    """``toks`` with the full stop that ends ``toks[k]`` cut off ("… Pei Xiaofei."): a new list when there is
    one, never the caller's changed."""
    return stop_cut(toks, k) if toks[k].text.endswith(".") else toks


def _noun_after_article(tok: Tok, determiner: str) -> bool:
    """Is ``tok`` the noun that a capitalised word after "a"/"an" qualifies? A name takes no
    indefinite article, so "a German user" and "a Pentagon official" describe someone unnamed. After
    another determiner the noun must name a source or an office ("one Pentagon official", "two Pentagon
    officials."), since the capitalised word may be the head itself ("Other Republicans echoed")."""
    word = tok.low.rstrip(".")
    if determiner not in INDEFINITE_ARTICLES:
        single = word[:-1] if word.endswith("s") else word
        agent = not tok.cap and single.isalpha() and single.endswith(AGENT_ENDINGS)  # "one Tokyo-based trader"
        return single in SOURCE_NOUNS or single in P.EN_TITLES or agent
    bare = tok.text.rstrip(".")  # (the sentence's last word: "said a German user.")
    return word in SOURCE_NOUNS or (bare.isalpha() and bare.islower() and word not in P.EN_CUES)


def _unnamed_source(text: str, toks: list[Tok], end: int) -> Who:
    """ "a Taliban representative": a source described by its side, unnamed."""
    return classify_description(text, _without_full_stop(toks, end), 0, end + 1)


def _person_of_org_after(text: str, toks: list[Tok], end: int) -> Who | None:
    """ "Rebecca English of the Daily Mail": the person before "of", the organisation after it as role."""
    if not (end < len(toks) and toks[end].low in OF_LIKE and end + 1 < len(toks) and is_name_word(toks[end + 1])):
        return None
    after = name_run_end(toks, end + 1)
    while after + 1 < len(toks) and toks[after].low == "of" and not toks[after - 1].text.endswith("."):
        if not is_name_word(toks[after + 1]):
            break
        after = name_run_end(toks, after + 1)  # "Ann Lee of Bank of America": the body's own "of"
    who = np_ending(text, toks, end)
    org = text[toks[end].start : toks[after - 1].end].rstrip(".")
    if who is not None and who.kind == "person":
        who.role = org if who.role is None else f"{who.role} {org}"
        return who
    return None


def _source_of_data(toks: list[Tok]) -> int:
    """Where the source starts in "data from the European Central Bank", "a report by UNDP" (else 0)."""
    k = 1 if toks and toks[0].low in DETERMINERS else 0
    by = _issued_by(toks, k)
    if by:  # "a notice released by the Planning Commission": whatever the document, the body that made it
        nxt = by + 1 + (1 if by + 1 < len(toks) and toks[by + 1].low == "the" else 0)
        if nxt < len(toks) and is_name_word(toks[nxt]):
            return by + 1
    if k + 2 < len(toks) and toks[k].low in DATA_WORDS and toks[k + 1].low in DATA_SOURCE_PREPOSITIONS:
        nxt = k + 2 + (1 if toks[k + 2].low == "the" else 0)
        if nxt < len(toks) and (is_name_word(toks[nxt]) or nxt > k + 2 and _lower_body_alone(toks, nxt)):
            return k + 2
        if nxt > k + 2 and _lower_body_of_name(toks, nxt):
            return k + 2
    return 0


def _lower_body_of_name(toks: list[Tok], k: int) -> bool:
    """Is ``toks[k]``, after "the", a body's noun in lower case joined by "of" to a name ("a statement from the
    office of Governor Ann Cole"): the body is the source, as "according to the office of Governor Ann Cole" reads?"""
    return k + 2 < len(toks) and toks[k].low in ORG_WORDS and toks[k + 1].low == "of" and is_name_word(toks[k + 2])


def _lower_body_alone(toks: list[Tok], k: int) -> bool:
    """Is ``toks[k]``, after "the", a body's noun in lower case closing the phrase ("a statement from the county,",
    "figures from the ministry."): the body is the source, the document its medium?"""
    low = toks[k].text.removesuffix(".")  # ("ministry." closing the sentence: one token)
    ends = k + 1 == len(toks) or toks[k + 1].text in PUNCT
    return ends and low.isalpha() and low.islower() and (low in ORG_WORDS or low in PLACE_HEAD_WORDS)


def _issued_by(toks: list[Tok], k: int) -> int:
    """Where "by" is in a document's lower-case noun phrase at ``toks[k]`` (one or two words), its participle of
    making and "by" ("a notice released by", "a joint circular issued by"), or a noun of data written in capitals
    before it ("Figures released by"); 0 when none is."""
    for noun in range(k, min(k + 2, len(toks) - 2)):
        lower = toks[noun].text.isalpha() and toks[noun].text.islower()
        if toks[noun + 1].low in ISSUED_WORDS and toks[noun + 2].low == "by":
            return noun + 2 if lower or noun == k and toks[k].low in DATA_WORDS else 0
        if not lower:
            return 0
    return 0
