"""Metamorphic test of English speakers: a change to the text that must not change who speaks.

    python benchmarks/speaker_invariance.py              # counts per transformation and class
    python benchmarks/speaker_invariance.py --verbose    # also each divergence (tune files only)
    python benchmarks/speaker_invariance.py --only vietnamese

Texts: the English gold files of the TUNE half only (benchmarks/quote_split.json), their paragraphs
loaded as benchmarks/quotes.py loads them. ``find_quotes`` runs on the original text and on each
transformed copy; the quotes of the two runs are paired by kind and token IoU (>= .5, the original's
quote text passed through the same substitution), and each pair's speakers compared.

Transformations (the gold tells which strings are people: a ``speaker`` of two to five capitalised
words without an organisation word, and its single-word ``aliases``):
- names/<shape>: each person's full name, first name and surname (the gold's surname alias or the last
  word) replaced consistently by a name of another shape, male or female as the original (given-name
  table, then Mr./Ms. before the surname, then the he/she count): Vietnamese, Nigerian, Polish with
  diacritics and hyphen, Arabic with a hyphenated or lower-case particle, Spanish double surname,
  Indian, Dutch/German particle, Irish apostrophe. ``names/control`` puts ordinary Anglo names there,
  to tell the artefacts of the substitution from the shape's own divergences. ``names/invented`` puts
  made-up names there that no table of cqnews.lexicon knows (asserted at start), so no sex comes from the
  name: a he/she must be resolved from the context (titles, apposition, pronouns). Expected speaker: the
  original speaker with the same substitution.
- said-says: "said" and "says" swapped. Expected speaker: the original.
- cue/<verb>: "said" and "says" replaced by another reporting verb of the same tense (stated/states,
  told reporters/tells reporters ...), one verb per transformation. Expected speaker: the original.
- gender, role, order: benchmarks/speaker_swaps.py (gender swap of given names, pronouns and gendered
  nouns; a title before a name swapped for another; "…," X said <-> "…," said X).
- marks/straight, marks/british: benchmarks/speaker_swaps.py (curly quote marks and apostrophes written
  straight; double quote marks written single and nested single ones double, as UK papers write).
- orgs: in an organisation speaker ("the Ministry of Commerce"), each capitalised word that is not the
  organisation word itself replaced by one of a fixed list ("the Ministry of Fisheries").

Counted, per transformation: pairs compared; divergences by class (lost: a speaker before, none after;
gained: none before, one after; partial: one name inside the other; other: a different speaker), and
quotes found on one side only. Each divergence is a bug by construction (or an artefact of the
substitution, which --verbose shows).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quotes import greedy_pairs, half_of, iou, load_gold, load_split, paragraphs
from speaker_swaps import british_marks, gender_swap, order_swap, role_swap, straight_marks

from cqnews.enrich.quotes import find_quotes
from cqnews.enrich.speakers.given_names import given_name_gender
from cqnews.models import Block, Quote

# Replacement names by shape: (male, female) lists of (full name, surname as written alone).
SHAPES: dict[str, tuple[list[tuple[str, str]], list[tuple[str, str]]]] = {
    "control": (
        [("Daniel Whitfield", "Whitfield"), ("Thomas Ashcroft", "Ashcroft"), ("Robert Kingsley", "Kingsley"),
         ("Michael Pemberton", "Pemberton"), ("Steven Halloway", "Halloway"), ("Richard Lockridge", "Lockridge")],
        [("Laura Fairbanks", "Fairbanks"), ("Emily Thornbury", "Thornbury"), ("Sarah Wexley", "Wexley"),
         ("Jennifer Caldwell", "Caldwell"), ("Rachel Dunmore", "Dunmore"), ("Karen Ellsworth", "Ellsworth")],
    ),
    "vietnamese": (
        [("Nguyen Van Minh", "Minh"), ("Tran Quoc Bao", "Bao"), ("Pham Duc Thang", "Thang"),
         ("Vo Van Tuan", "Tuan"), ("Hoang Minh Khoa", "Khoa"), ("Dang Van Hung", "Hung")],
        [("Nguyen Thi Lan", "Lan"), ("Tran Thi Huong", "Huong"), ("Le Thi Mai", "Mai"),
         ("Pham Thi Thu", "Thu"), ("Bui Thi Hoa", "Hoa"), ("Do Thi Ngoc", "Ngoc")],
    ),
    "nigerian": (
        [("Oluwaseun Adebayo", "Adebayo"), ("Chukwuemeka Okonkwo", "Okonkwo"), ("Babatunde Olaniyan", "Olaniyan"),
         ("Obinna Nwachukwu", "Nwachukwu"), ("Tunde Bakare-Ojo", "Bakare-Ojo"), ("Ikechukwu Eze", "Eze")],
        [("Ngozi Eze-Obi", "Eze-Obi"), ("Folasade Adeyemi", "Adeyemi"), ("Chiamaka Nwosu", "Nwosu"),
         ("Funmilayo Ogunleye", "Ogunleye"), ("Adaeze Okafor", "Okafor"), ("Yetunde Fashola", "Fashola")],
    ),
    "polish": (
        [("Grzegorz Brzęczyszczykiewicz", "Brzęczyszczykiewicz"), ("Łukasz Żółkiewski", "Żółkiewski"),
         ("Wojciech Kowalczyk-Sęk", "Kowalczyk-Sęk"), ("Paweł Woźniak", "Woźniak"), ("Jędrzej Ślązak", "Ślązak"),
         ("Przemysław Głowacki", "Głowacki")],
        [("Agnieszka Wróblewska-Nowak", "Wróblewska-Nowak"), ("Małgorzata Szczęsna", "Szczęsna"),
         ("Żaneta Łukasik", "Łukasik"), ("Katarzyna Dąbrowska", "Dąbrowska"), ("Zofia Śliwińska", "Śliwińska"),
         ("Joanna Ćwiklińska", "Ćwiklińska")],
    ),
    "arabic": (
        [("Abdulrahman Al-Khalifa", "Al-Khalifa"), ("Khaled el-Amrani", "el-Amrani"),
         ("Youssef al-Masri", "al-Masri"), ("Omar Abdel-Fattah", "Abdel-Fattah"), ("Tariq Al-Rashid", "Al-Rashid"),
         ("Hamza el-Idrissi", "el-Idrissi")],
        [("Fatima Al-Zahrani", "Al-Zahrani"), ("Nour el-Hassan", "el-Hassan"), ("Layla al-Harbi", "al-Harbi"),
         ("Amira Abdel-Malek", "Abdel-Malek"), ("Salma Al-Qasimi", "Al-Qasimi"), ("Rania el-Sayed", "el-Sayed")],
    ),
    "spanish": (
        [("Juan Carlos Pérez Rubio", "Pérez Rubio"), ("José Luis Ortega Núñez", "Ortega Núñez"),
         ("Andrés Gómez de la Fuente", "Gómez de la Fuente"), ("Álvaro Sánchez Vidal", "Sánchez Vidal"),
         ("Íñigo Martínez de León", "Martínez de León"), ("Raúl Ruiz Cabello", "Ruiz Cabello")],
        [("María José García de la Torre", "García de la Torre"), ("Ana Belén Muñoz Ibáñez", "Muñoz Ibáñez"),
         ("Lucía Fernández del Río", "Fernández del Río"), ("Begoña Herrera Solís", "Herrera Solís"),
         ("Pilar Domínguez Ortiz", "Domínguez Ortiz"), ("Inés Castro Peña", "Castro Peña")],
    ),
    "indian": (
        [("Venkatesh Raghunathan", "Raghunathan"), ("Subrahmanyam Iyer", "Iyer"), ("Harpreet Singh Gill", "Gill"),
         ("Arvind Kulkarni", "Kulkarni"), ("Sanjeev Bhattacharya", "Bhattacharya"), ("Rajesh Pillai", "Pillai")],
        [("Priya Venkataraman", "Venkataraman"), ("Lakshmi Narayanan", "Narayanan"),
         ("Aishwarya Chattopadhyay", "Chattopadhyay"), ("Deepika Menon", "Menon"), ("Kavita Deshpande", "Deshpande"),
         ("Sunita Reddy", "Reddy")],
    ),
    "particle": (
        [("Ruud van der Berg", "van der Berg"), ("Joost de Vries", "de Vries"), ("Dieter von Stetten", "von Stetten"),
         ("Pieter van Dijk", "van Dijk"), ("Bram ter Horst", "ter Horst"), ("Karl zu Salm", "zu Salm")],
        [("Femke van der Linden", "van der Linden"), ("Ilse de Jong", "de Jong"), ("Ursula von Hagen", "von Hagen"),
         ("Anouk van Leeuwen", "van Leeuwen"), ("Sanne ten Brink", "ten Brink"), ("Greta von Rohr", "von Rohr")],
    ),
    "irish": (
        [("Seán O'Sullivan", "O'Sullivan"), ("Ciarán MacGiolla", "MacGiolla"), ("Pádraig Ó Briain", "Ó Briain"),
         ("Eoin O’Donoghue", "O’Donoghue"), ("Cathal McGuinness", "McGuinness"), ("Oisín Mac Aodha", "Mac Aodha")],
        [("Siobhán O'Malley", "O'Malley"), ("Aoife McConnaughey", "McConnaughey"), ("Niamh Ní Bhriain", "Ní Bhriain"),
         ("Gráinne O’Rourke", "O’Rourke"), ("Saoirse MacNamara", "MacNamara"), ("Róisín Nic Giolla", "Nic Giolla")],
    ),
    # made up: no table knows the given name or the surname (asserted by _check_invented), so no sex is known
    # from the name and the pronouns must be resolved from the context
    "invented": (
        [("Tovan Reshkel", "Reshkel"), ("Bramiel Vostrick", "Vostrick"), ("Halvik Dunsarrow", "Dunsarrow"),
         ("Orreth Calbany", "Calbany"), ("Teodran Merwick", "Merwick"), ("Corvel Anskow", "Anskow")],
        [("Maeli Quarsden", "Quarsden"), ("Selvie Tarnholt", "Tarnholt"), ("Nerisa Folkaby", "Folkaby"),
         ("Caviel Ormstad", "Ormstad"), ("Liraen Hoskelby", "Hoskelby"), ("Edrea Vantorp", "Vantorp")],
    ),
}

ORG_WORDS = frozenset(
    "ministry department police university council company inc group association office service agency commission "
    "court government news times post bank board committee institute center centre foundation party union team club "
    "organization organisation authority fund network press report bureau federation corporation corp ltd force army "
    "navy media health hospital school college academy society administration church congress senate house kremlin "
    "reuters police airport airlines coalition alliance department's initiative project trust survey study "
    "statement data study embassy caucus productions records".split()
)
PARTICLES = frozenset("de da das do dos du del della der den van von bin al el la le di ter ten mac".split())
ORG_FILLERS = ["Fisheries", "Northfield", "Harbourside", "Westbrook", "Lakeland", "Greystone"]
_SPACE_RE = re.compile(r"\s+")


def _table_words() -> set[str]:
    """Every word of every string table in cqnews.lexicon, lower-cased."""
    import importlib
    import pkgutil

    import cqnews.lexicon as lexicon

    words: set[str] = set()
    for info in pkgutil.iter_modules(lexicon.__path__):
        module = importlib.import_module(f"cqnews.lexicon.{info.name}")
        for value in vars(module).values():
            items = value.keys() if isinstance(value, dict) else value
            if isinstance(items, (frozenset, set, tuple, list, type({}.keys()))):
                words.update(w.lower() for item in items if isinstance(item, str) for w in item.split())
    return words


def _check_invented() -> None:
    """No word of the invented names is in a table, and no given name has a sex."""
    known = _table_words()
    for full, _ in SHAPES["invented"][0] + SHAPES["invented"][1]:
        assert given_name_gender(full) is None, full
        assert not any(w.lower() in known for w in full.split()), full


def _words(name: str) -> list[str]:
    return _SPACE_RE.split(name.strip())


def _is_org(name: str) -> bool:
    """A word of ``name`` is an organisation word, possessive or plural ("Services", "Ministry's")."""
    bare = [re.sub(r"[’']s$", "", w.lower().strip(".,")) for w in _words(name)]
    return any(w in ORG_WORDS or w.removesuffix("s") in ORG_WORDS for w in bare)


def _is_person(name: str) -> bool:
    words = _words(name)
    if not 2 <= len(words) <= 5 or name.lower().startswith("the "):
        return False
    if _is_org(name):
        return False
    return words[0][:1].isupper() and words[-1][:1].isupper()


_PRONOUN_RE = re.compile(r"\b(?:[Ss]he|[Hh]e)\b")


def _pronoun_after(name: str, text: str) -> re.Match[str] | None:
    for m in re.finditer(rf"\b{re.escape(name)}\b", text):
        end = text.find("\n", m.end()) % (len(text) + 1)
        near = _PRONOUN_RE.search(text, m.end(), end)
        if near:
            return near
    return None


def _gender(full: str, surname: str, text: str) -> str:
    known = given_name_gender(full)
    if known:
        return known
    if re.search(rf"\bM(?:rs|s|iss)\.? {re.escape(surname)}\b", text):
        return "f"
    if re.search(rf"\bMr\.? {re.escape(surname)}\b", text):
        return "m"
    # the first he/she after the full name, else the surname, in its paragraph ("Ariane Curtis said ... She
    # said"), before the text's count
    near = _pronoun_after(full, text) or _pronoun_after(surname, text)
    # else a paragraph opening with He/She after one that opens with the surname ("Braun has ...\nHe has ...")
    near = near or re.search(rf"(?:^|\n){re.escape(surname)}\b[^\n]*\n(He|She)\b", text)
    if near:
        return "f" if near.group(near.lastindex or 0).lower() == "she" else "m"
    return "f" if len(re.findall(r"\b[Ss]he\b", text)) > len(re.findall(r"\b[Hh]e\b", text)) else "m"


def people(data: dict, text: str) -> list[tuple[str, str]]:
    """(full name, surname) of the gold's person speakers, fullest first."""
    named = [(name, q.get("aliases", [])) for q in data["quotes"] for name in _persons(q.get("speaker") or "")]
    last = Counter(_words(name)[-1] for name in {n for n, _ in named})
    out: dict[str, str] = {}
    for name, aliases in named:
        # a given name the gold writes alone is no surname ("Travis" of Travis and Donna Kelce, "her mother,
        # Fiona,"), unlike a family name written first ("Zhang" of Zhang Hongbin)
        first = _words(name)[0]
        given = first if last[_words(name)[-1]] > 1 or given_name_gender(first) else None
        out.setdefault(name, _surname(name, [a for a in aliases if a != given]))
    return sorted(out.items(), key=lambda kv: -len(kv[0]))


_PEOPLE_SPLIT_RE = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+")


def _persons(speaker: str) -> list[str]:
    """The people a gold speaker names: a pair or list ("Phil Foden and Rebecca Cooke") is each of them when
    each part is a person with a known given name, never one person; else none ("Immigration, Refugees and
    Citizenship Canada")."""
    parts = _PEOPLE_SPLIT_RE.split(speaker)
    if len(parts) == 1:
        return parts if _is_person(speaker) else []
    if _is_org(speaker) or not all(_is_person(p) and given_name_gender(p) for p in parts):
        return []
    return parts


def _surname(name: str, aliases: list[str]) -> str:
    """The surname as the gold writes it alone: a single word, or a particle name's tail ("de Miranda")."""
    tails = [a for a in aliases if a in name or name.lower().endswith(" " + a.lower())]
    tails = [a for a in tails if a != name and (" " not in a or a.split()[0].lower() in PARTICLES)]
    return max(tails, key=len) if tails else _words(name)[-1]


def name_mapping(data: dict, text: str, shape: str) -> dict[str, str]:
    """Original string -> replacement, for full names, surnames and first names."""
    male, female = SHAPES[shape]
    used = {"m": 0, "f": 0}
    mapping: dict[str, str] = {}
    for full, surname in people(data, text):
        g = _gender(full, surname, text)
        pool = male if g == "m" else female
        new_full, new_surname = pool[used[g] % len(pool)]
        used[g] += 1
        if surname in mapping and new_surname in new_full:  # kin share the new surname (Travis and Donna Kelce)
            new_full, new_surname = new_full.replace(new_surname, mapping[surname]), mapping[surname]
        mapping.setdefault(full, new_full)
        mapping.setdefault(surname, new_surname)
        # the surname opening a sentence ("De Miranda said"), capitalised as written there
        mapping.setdefault(surname[:1].upper() + surname[1:], new_surname[:1].upper() + new_surname[1:])
        first, new_first = _words(full)[0], _words(new_full)[0]
        if first != surname and first not in mapping:
            mapping[first] = new_first
    return mapping


# Capitalised words of an organisation's name that are none of its own words: an article or a preposition
# ("The New York Times", "Competition Between the United States and …"); replacing them broke the phrase the
# name stands in ("Northfield Republican said" for "The Republican said"), an artefact, not a divergence.
ORG_FUNCTION_WORDS = frozenset("the a an of and for between on in at to by with from".split())


def _org_word(word: str) -> str | None:
    """The word of an organisation's name to replace, else None: not an organisation word (possessive too:
    "University’s"), a function word or an abbreviation ("U.S.", whose dot the replacement would strand)."""
    bare = word.strip(",’'")
    if "." in bare.rstrip(".") or not bare[:1].isupper() or len(bare) <= 2:
        return None
    bare = bare.rstrip(".")
    low = re.sub(r"[’']s$", "", bare.lower())
    return None if low in ORG_WORDS or low in ORG_FUNCTION_WORDS else bare


def org_mapping(data: dict) -> dict[str, str]:
    mapping: dict[str, str] = {}
    k = 0
    for q in data["quotes"]:
        name = q.get("speaker")
        if not name or _is_person(name) or not any(w.lower() in ORG_WORDS for w in _words(name)):
            continue
        for w in _words(name):
            bare = _org_word(w)
            if bare and bare not in mapping:
                mapping[bare] = ORG_FILLERS[k % len(ORG_FILLERS)]
                k += 1
    return mapping


def substitute(mapping: dict[str, str]) -> Callable[[str], str]:
    if not mapping:
        return lambda s: s
    keys = sorted(mapping, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(k) for k in keys) + r")(?![\w-])")
    return lambda s: pattern.sub(lambda m: _cased(mapping[m.group()], m.string, m.start()), s)


_SENTENCE_END_RE = re.compile(r"(?:^|[.!?][”\"’']?\s+|[“\"]\s*)$")


def _cased(new: str, text: str, at: int) -> str:
    """``new`` capitalised where it opens a sentence ("van der Linden" -> "Van der Linden graduated")."""
    return new[:1].upper() + new[1:] if _SENTENCE_END_RE.search(text[max(0, at - 4) : at]) else new


_SAID_SAYS = {"said": "says", "says": "said", "Said": "Says", "Says": "Said"}
_SAID_SAYS_RE = re.compile(r"\b(?:[Ss]aid|[Ss]ays)\b")


def _said_says(s: str) -> str:
    return _SAID_SAYS_RE.sub(lambda m: _SAID_SAYS[m.group()], s)


# cue/<verb>: every "said" and "says" replaced by another reporting verb of the same tense, one verb a run.
CUE_VERBS: dict[str, tuple[str, str]] = {
    "stated": ("stated", "states"), "noted": ("noted", "notes"), "explained": ("explained", "explains"),
    "remarked": ("remarked", "remarks"), "insisted": ("insisted", "insists"), "argued": ("argued", "argues"),
    "warned": ("warned", "warns"), "added": ("added", "adds"), "told reporters": ("told reporters", "tells reporters"),
    "acknowledged": ("acknowledged", "acknowledges"), "claimed": ("claimed", "claims"),
    "recalled": ("recalled", "recalls"),
}


# not "That said," (no report); a verb with its listener ("told reporters") not before its subject
# ("“…,” said Ellis" has no "“…,” told reporters Ellis").
_CUE_SAID_RE = re.compile(r"(?<!\b[Tt]hat )\b(?:[Ss]aid|[Ss]ays)\b")
_INVERTED_RE = re.compile(r"\s+(?:[A-Z]|(?:he|she|they|it|we|I)\b)")


def cue_verb(verb: str) -> Callable[[str], str]:
    """"said" -> the past form of ``verb``, "says" -> its present form (capitalised as written)."""
    past, present = CUE_VERBS[verb]

    def swap(m: re.Match[str]) -> str:
        if " " in past and _INVERTED_RE.match(m.string, m.end()):
            return m.group()
        new = past if m.group().lower() == "said" else present
        return new[:1].upper() + new[1:] if m.group()[:1].isupper() else new

    return lambda s: _CUE_SAID_RE.sub(swap, s)


def _speaker(q: Quote) -> str | None:
    return q.speaker.name if q.speaker is not None else None


def _norm(name: str | None) -> str | None:
    return None if name is None else " ".join(name.split()).removeprefix("the ").removeprefix("The ")


def _class(expected: str | None, got: str | None) -> str | None:
    e, g = _norm(expected), _norm(got)
    if e == g:
        return None
    if g is None:
        return "lost"
    if e is None:
        return "gained"
    if e in g or g in e:
        return "partial"
    return "other"


def compare(
    before: list[Quote], after: list[Quote], fix: Callable[[str], str], counts: Counter[str], log: list[str]
) -> None:
    for kind in ("direct", "indirect"):
        ps = [q for q in before if q.kind.value == kind]
        qs = [q for q in after if q.kind.value == kind]
        scored = [(iou(fix(p.text), q.text), i, j) for i, p in enumerate(ps) for j, q in enumerate(qs)]
        pairs = greedy_pairs(scored, 0.5)
        counts["pairs"] += len(pairs)
        counts["only before"] += len(ps) - len(pairs)
        counts["only after"] += len(qs) - len(pairs)
        for i, j in pairs:
            was = _speaker(ps[i])
            expected = fix(was) if was else None
            cls = _class(expected, _speaker(qs[j]))
            if cls:
                counts[cls] += 1
                log.append(f"{cls:8} [{kind}] want {expected!r} got {_speaker(qs[j])!r}: {qs[j].text[:60]!r}")


def transforms(data: dict, text: str) -> dict[str, Callable[[str], str]]:
    out = {f"names/{shape}": substitute(name_mapping(data, text, shape)) for shape in SHAPES}
    out["said-says"] = _said_says
    out.update({f"cue/{verb}": cue_verb(verb) for verb in CUE_VERBS})
    out["orgs"] = substitute(org_mapping(data))
    out["gender"] = gender_swap(text)
    out["role"] = role_swap
    out["order"] = order_swap
    out["marks/straight"] = straight_marks
    out["marks/british"] = british_marks(text)
    return out


def main(argv: list[str] | None = None) -> int:
    _check_invented()
    return run("en", transforms, argv)


Transforms = Callable[[dict, str], dict[str, Callable[[str], str]]]
_LANGUAGE_NAMES = {"en": "English", "zh": "Chinese"}


def run(language: str, make_transforms: Transforms, argv: list[str] | None = None) -> int:
    """Count the divergences of every transformation ``make_transforms`` gives on the ``language`` tune gold
    (shared with benchmarks/speaker_invariance_zh.py)."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--verbose", "-v", action="store_true", help="list each divergence")
    parser.add_argument("--only", help="run only transformations whose name contains this")
    args = parser.parse_args(argv)
    split = load_split()
    golds = [g for g in load_gold() if g.lang == language and half_of(g, split) == "tune"]
    totals: dict[str, Counter[str]] = {}
    for gold in golds:
        paras = paragraphs(gold)
        before = find_quotes([Block(text=p) for p in paras], language)
        for name, fix in make_transforms(gold.data, "\n".join(paras)).items():
            if args.only and args.only not in name:
                continue
            after = find_quotes([Block(text=fix(p)) for p in paras], language)
            log: list[str] = []
            compare(before, after, fix, totals.setdefault(name, Counter()), log)
            if args.verbose:
                for line in log:
                    print(f"{name:18} {gold.path.stem[:28]:28} {line}")
    _print_totals(f"{len(golds)} tune {_LANGUAGE_NAMES[language]} gold files", totals)
    return 0


def _print_totals(heading: str, totals: dict[str, Counter[str]]) -> None:
    classes = ("pairs", "lost", "gained", "partial", "other", "only before", "only after")
    print(heading)
    print(f"{'transformation':18} " + " ".join(f"{c:>11}" for c in classes))
    for name, c in totals.items():
        print(f"{name:18} " + " ".join(f"{c[k]:11d}" for k in classes))
    total = sum(sum(c[k] for k in ("lost", "gained", "partial", "other")) for c in totals.values())
    print(f"divergences in all: {total}")


if __name__ == "__main__":
    sys.exit(main())
