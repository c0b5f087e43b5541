"""Verbs of saying of the languages read from a table (:mod:`cqnews.lexicon.quotes_latin`), in the finite forms
news reports speech with: the third person, singular and plural, of the present, the simple past, the imperfect
and the compound pasts. Each verb is given once, by its infinitive when the language's conjugation makes its forms,
by its own forms when it is irregular; the forms are made here, so that one table holds each language's verbs.
"""

from __future__ import annotations

from collections.abc import Iterable

# -- Italian ------------------------------------------------------------------------------------------------

# The auxiliary of the compound pasts (passato prossimo, trapassato), singular and plural.
ITALIAN_AUXILIARIES = ("ha", "hanno", "aveva", "avevano")

# Regular verbs of saying in -are ("dichiarare": "dichiara", "dichiarano", "dichiarò", "dichiararono",
# "dichiarava", "dichiaravano", "ha dichiarato") and in -ire with -isc- ("ribadire": "ribadisce", "ribadì",
# "ha ribadito").
_ITALIAN_ARE = (
    "dichiarare affermare spiegare sottolineare precisare commentare osservare assicurare annunciare raccontare "
    "ricordare confermare replicare rivelare evidenziare denunciare accusare lamentare attaccare avvisare "
    "esortare tuonare incalzare ironizzare chiosare sintetizzare puntualizzare rimarcare rilevare segnalare "
    "giurare"
).split()
_ITALIAN_ISC = "ribadire garantire definire esordire suggerire riferire chiarire ammonire".split()
# Irregular ones: present (singular, plural), passato remoto (singular, plural), imperfect (singular, plural),
# participle.
_ITALIAN_IRREGULAR = (
    ("dice", "dicono", "disse", "dissero", "diceva", "dicevano", "detto"),
    ("aggiunge", "aggiungono", "aggiunse", "aggiunsero", "aggiungeva", "aggiungevano", "aggiunto"),
    ("conclude", "concludono", "concluse", "conclusero", "concludeva", "concludevano", "concluso"),
    ("risponde", "rispondono", "rispose", "risposero", "rispondeva", "rispondevano", "risposto"),
    ("ammette", "ammettono", "ammise", "ammisero", "ammetteva", "ammettevano", "ammesso"),
    ("sostiene", "sostengono", "sostenne", "sostennero", "sosteneva", "sostenevano", "sostenuto"),
    ("chiede", "chiedono", "chiese", "chiesero", "chiedeva", "chiedevano", "chiesto"),
    ("scrive", "scrivono", "scrisse", "scrissero", "scriveva", "scrivevano", "scritto"),
    ("promette", "promettono", "promise", "promisero", "prometteva", "promettevano", "promesso"),
    ("insiste", "insistono", "insistette", "insistettero", "insisteva", "insistevano", "insistito"),
    ("avverte", "avvertono", "avvertì", "avvertirono", "avvertiva", "avvertivano", "avvertito"),
    ("prosegue", "proseguono", "proseguì", "proseguirono", "proseguiva", "proseguivano", "proseguito"),
    ("riconosce", "riconoscono", "riconobbe", "riconobbero", "riconosceva", "riconoscevano", "riconosciuto"),
)


def _italian_parts(infinitive: str) -> tuple[str, ...]:
    """The forms of a regular verb, in the order of ``_ITALIAN_IRREGULAR``."""
    if infinitive.endswith("are"):
        stem = infinitive[:-3]
        return (f"{stem}a", f"{stem}ano", f"{stem}ò", f"{stem}arono", f"{stem}ava", f"{stem}avano", f"{stem}ato")
    stem = infinitive[:-3]
    return (f"{stem}isce", f"{stem}iscono", f"{stem}ì", f"{stem}irono", f"{stem}iva", f"{stem}ivano", f"{stem}ito")


def _compound(auxiliaries: Iterable[str], participle: str) -> list[str]:
    return [f"{aux} {participle}" for aux in auxiliaries]


def italian_speech_verbs(*, plural_and_imperfect: bool = False) -> frozenset[str]:
    """The Italian verbs of saying above in the third person singular of the present, the passato remoto and the
    passato prossimo ("dichiara", "dichiarò", "ha dichiarato"); with ``plural_and_imperfect`` also their plurals,
    imperfects and pluperfects ("dichiarano", "dichiaravano", "avevano dichiarato")."""
    forms: set[str] = set()
    for parts in [*map(_italian_parts, _ITALIAN_ARE + _ITALIAN_ISC), *_ITALIAN_IRREGULAR]:
        present, _, past, *_ = parts
        forms.update((present, past, f"ha {parts[-1]}"))
        if plural_and_imperfect:
            forms.update(parts[:-1])
            forms.update(_compound(ITALIAN_AUXILIARIES, parts[-1]))
    return frozenset(forms)
