"""Where an English capitalised run starts and ends: a name's run back from a cue, an organisation's name
extended over its joiners ("the Ministry of Public Security"), a name read forward, a titled name ahead of a
clause (split from :mod:`.np`). Every loop is bounded by a few tokens."""

from __future__ import annotations

from ...lexicon import quote_patterns as P
from ...lexicon.en import AUXILIARIES, BARE_TITLES, NAME_PARTICLES, PREPOSITIONS
from ...lexicon.speaker_phrases_en import DATA_WORDS, NAME_RUN_JOINERS, SETTING_OFF_MARKS
from .given_names import given_name_gender
from .name_split_en import split_name
from .name_words_en import LEAD_NUMBER_RE, ends_name, is_initial, is_name_word, title_or_agent_noun
from .tokens import Tok, Who, stop_cut, strip_possessive


def orgish(toks: list[Tok]) -> bool:
    """Do these capitalised words name an organisation or a document (not "Senate Leader Greg Taylor")?"""
    return bool(toks) and split_name([strip_possessive(t.text) for t in toks])[2] == "org"


def org_start(toks: list[Tok], i: int, named_body: bool = False) -> int | None:
    """Where the name of an organisation or document starts when the capitalised run at ``toks[i]``
    ends it after lower-case joiners: "the Ministry of Public Security", "Office for the Western
    District of New York", "Department of Health and Human Services", "The 14th Five-Year Plan of
    Chongqing". None unless a run before a joiner names an organisation or a document, or (``named_body``: the
    run at ``toks[i]`` names one) "the" opens a run joined to it by "and" ("the Food and Drug Administration")."""
    best = None
    k = i
    for _ in range(4):
        c = k - 1
        if c >= 1 and toks[c].low == "the":
            c -= 1
        if c >= 0 and toks[c].cap and toks[c].low in P.ORG_INNER_PREPOSITIONS and toks[c + 1].low == "the":
            c += 1  # "… Competition Between the United States": the preposition is in the run before
        elif c < 1 or toks[c].low not in P.ORG_CONNECTORS or toks[c].cap or not is_name_word(toks[c - 1]):
            break
        j = lead_number(toks, run_start(toks, c))
        if orgish(toks[j:c]) or named_body and toks[c].low == "and" and j > 0 and toks[j - 1].low == "the":
            best = j
        k = j
    return best


def body_joined_on(toks: list[Tok], start: int, end: int) -> tuple[list[Tok], int, bool]:
    """A capitalised run ``toks[start:end]`` that names no body alone, read on over "and" to the capitalised run
    after it when the whole names one ("the National Development and Reform Commission", "the Trade and
    Industry Department"): the tokens, the end, and whether it does; ``toks``, ``end`` and False otherwise."""
    if not (start < end < len(toks)) or toks[end].low not in NAME_RUN_JOINERS:
        return toks, end, False
    joined, after = org_end(toks, end)
    if after > end + 1 and orgish(joined[start:after]):
        return joined, after, True
    return toks, end, False


def body_joined_before_data(toks: list[Tok], start: int, end: int) -> tuple[list[Tok], int, bool]:
    """A capitalised run ``toks[start:end]`` read on over "and" to the capitalised run after it when a data noun
    follows the whole ("According to Health and Safety Executive figures", "Marks and Spencer data"): one body
    whose data it is. The tokens, the end and True; ``toks``, ``end`` and False otherwise."""
    if not (start < end < len(toks)) or toks[end].low != "and":
        return toks, end, False
    joined, after = org_end(toks, end)
    if end + 1 < after < len(joined) and joined[after].low in DATA_WORDS:
        return joined, after, True
    return toks, end, False


def lead_number(toks: list[Tok], j: int) -> int:
    """Take in an ordinal or a year between "the" and a name: "The 14th Five-Year Plan"."""
    if j >= 2 and LEAD_NUMBER_RE.fullmatch(toks[j - 1].text) and toks[j - 2].low == "the":
        return j - 1
    return j


def org_end(toks: list[Tok], end: int) -> tuple[list[Tok], int]:
    """Forward counterpart of :func:`org_start`: where the name that ``toks[:end]`` opens ends, with the
    tokens (a new list, see :func:`stop_cut`, when a token ends the sentence: "Security.")."""
    k = end
    for _ in range(4):
        c = k
        inner = (
            0 < c < len(toks)
            and toks[c].low == "the"
            and toks[c - 1].cap
            and toks[c - 1].low in P.ORG_INNER_PREPOSITIONS
        )
        if not inner and (c >= len(toks) or toks[c].low not in P.ORG_CONNECTORS or toks[c].cap):
            break
        c += 0 if inner else 1  # "… Competition Between the United States": the preposition is in the run
        if c < len(toks) and toks[c].low == "the":
            c += 1
        if c >= len(toks) or not is_name_word(toks[c]):
            break
        if toks[c - 1].low == "and" and given_name_gender(toks[c].text):
            break  # "the ministry and John Smith": two speakers
        r = c
        while r < len(toks) and is_name_word(toks[r]):
            word = toks[r].text
            if ends_name(word):
                return stop_cut(toks, r), r + 1
            r += 1
        k = r
    return toks, k


def run_start(toks: list[Tok], end: int) -> int:
    i = end
    while i > 0 and (is_name_word(toks[i - 1]) or (toks[i - 1].low in NAME_PARTICLES and i < end)):
        word = toks[i - 1].text
        if i < end and ends_name(word):
            break  # "… the Super Bowl. Donna" — a full stop ends the name
        i -= 1
    if 0 < i < end and toks[i - 1].cap and toks[i - 1].low in BARE_TITLES:
        i -= 1  # "Mrs Jones", "Dr Ann Jones": a title written without its full stop opens the run (as its role)
    k = i
    while k < end and toks[k].text in NAME_PARTICLES:  # a lower-case "de" cannot open a name …
        k += 1
    # … unless a surname written alone follows it after a comma ("…, de Vries said", "…, de la Fuente said")
    return i if i < k == end - 1 and _set_off(toks, i) else k


def _set_off(toks: list[Tok], i: int) -> bool:
    """Does the run at ``toks[i]`` follow a comma, a dash or the window's start, with no word of its phrase
    before it ("…, de Vries said"; not "the Centre de Recherche", "the home of de Vries")?"""
    return i == 0 or toks[i - 1].text in SETTING_OFF_MARKS



def name_end(toks: list[Tok], start: int) -> int:
    """Where the capitalised run from ``toks[start]`` ends; negative (minus that end) when a full
    stop ends the sentence inside it (the caller cuts it off: :func:`stop_cut`)."""
    end = start
    while end < len(toks) and (is_name_word(toks[end]) or (toks[end].low in NAME_PARTICLES and end > start)):
        word = toks[end].text
        if ends_name(word) or word.endswith(".") and not (end + 1 < len(toks) and is_name_word(toks[end + 1])):
            if not is_initial(word) and word.lower() not in P.EN_TITLES:
                return -(end + 1)
        end += 1
    return end


def titled_name_ahead(text: str, toks: list[Tok], k: int) -> Who | None:
    """The person a clause names after a capitalised qualifier and a role: "Republican presidential
    nominee Donald Trump issued …" is Donald Trump's (not "Republican"). The word before the name
    must be a title or an agent noun ("nominee", "leader"), so "Officials met John Smith" is not."""
    for j in range(k + 1, min(len(toks), k + 7)):
        tok = toks[j]
        if not tok.text.isalpha() or tok.low in P.EN_CUES or tok.low in AUXILIARIES or tok.low in PREPOSITIONS:
            return None
        if not is_name_word(tok):
            continue
        role_word = toks[j - 1]
        if role_word.cap or not title_or_agent_noun(role_word.low):
            return None
        end = name_end(toks, j)
        if end < 0:
            end = -end
            toks = stop_cut(toks, end - 1)
        role, name, kind = split_name([strip_possessive(t.text) for t in toks[j:end]])
        if kind != "person" or len(name) < 2:
            return None
        role_text = text[toks[k].start : role_word.end] + (" " + " ".join(role) if role else "")
        return Who(" ".join(name), "person", role=role_text, start=toks[k].start)
    return None
