"""Nouns that describe a person by a tie to another (kin, a partner, a friend, a neighbour), per Latin-script
language: "la madre de Lucas", "la mère de Lucas", "i genitori di Luca", "a mãe de Pedro", "die Mutter von
Lukas", "de vader van Daan". Such a noun before a particle and a name makes a description of someone unnamed,
not the name after it. Read by :mod:`cqnews.enrich.quotes.latin_subject` (lower case, singular and plural)."""

from __future__ import annotations

from types import MappingProxyType

KIN_NOUNS = MappingProxyType(
    {
        "de": frozenset({
            "mutter", "vater", "eltern", "sohn", "tochter", "bruder", "schwester", "frau", "ehefrau", "mann",
            "ehemann", "witwe", "witwer", "großmutter", "großvater", "oma", "opa", "onkel", "tante", "freund",
            "freundin", "freunde", "nachbar", "nachbarin", "nachbarn", "cousin", "cousine", "kinder", "enkel",
            "enkelin", "geschwister", "familie", "angehörige", "angehörigen", "lebensgefährte", "lebensgefährtin",
        }),
        "fr": frozenset({
            "mère", "père", "parents", "fils", "fille", "filles", "frère", "frères", "sœur", "sœurs", "soeur",
            "femme", "épouse", "mari", "époux", "veuve", "veuf", "grand-mère", "grand-père", "oncle", "tante",
            "ami", "amie", "amis", "voisin", "voisine", "voisins", "cousin", "cousine", "enfants", "proches",
            "compagne", "compagnon", "famille", "petit-fils", "petite-fille",
        }),
        "es": frozenset({
            "madre", "padre", "padres", "hijo", "hija", "hijos", "hijas", "hermano", "hermana", "hermanos",
            "hermanas", "esposa", "esposo", "mujer", "marido", "viuda", "viudo", "abuela", "abuelo", "abuelos",
            "tío", "tía", "tíos", "amigo", "amiga", "amigos", "vecino", "vecina", "vecinos", "primo", "prima",
            "novia", "novio", "pareja", "familia", "familiares", "nieto", "nieta", "allegados",
        }),
        "it": frozenset({
            "madre", "padre", "genitori", "figlio", "figlia", "figli", "figlie", "fratello", "sorella",
            "fratelli", "sorelle", "moglie", "marito", "vedova", "vedovo", "nonna", "nonno", "nonni", "zio",
            "zia", "zii", "amico", "amica", "amici", "vicino", "vicina", "vicini", "cugino", "cugina",
            "fidanzata", "fidanzato", "compagna", "compagno", "famiglia", "familiari", "nipote", "mamma", "papà",
        }),
        "pt": frozenset({
            "mãe", "pai", "pais", "filho", "filha", "filhos", "filhas", "irmão", "irmã", "irmãos", "irmãs",
            "esposa", "esposo", "mulher", "marido", "viúva", "viúvo", "avó", "avô", "avós", "tio", "tia",
            "tios", "amigo", "amiga", "amigos", "vizinho", "vizinha", "vizinhos", "primo", "prima", "namorada",
            "namorado", "companheira", "companheiro", "família", "familiares", "neto", "neta",
        }),
        "nl": frozenset({
            "moeder", "vader", "ouders", "zoon", "dochter", "broer", "zus", "zuster", "vrouw", "echtgenote",
            "man", "echtgenoot", "weduwe", "weduwnaar", "oma", "opa", "grootmoeder", "grootvader", "oom",
            "tante", "vriend", "vriendin", "vrienden", "buurman", "buurvrouw", "buren", "neef", "nicht",
            "kinderen", "familie", "nabestaanden", "partner", "kleinzoon", "kleindochter",
        }),
    }
)
