"""An office word qualified by one or two lower-case words (another office word or an adjective: "secretario
general", "presidente nacional") or joined to its qualifier by a hyphen ("secretário-geral"), then its complement
and a name ending the phrase: the name speaks, the office and its complement are its role ("dijo el secretario
general de CCOO Juan Pérez": before, the role "el secretario general de CCOO Juan Pérez" held the name and nobody
was named; before the verb, the role was cut to "general de CCOO"). An ambassador is an office ("el embajador de
EEUU John Smith"). Where no name ends the phrase, or a word that is no qualifier stands between office and
complement, the phrase stays a description. Every sentence is made up in the shape of regional pages in no corpus;
each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import text_said_in


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        pytest.param(
            "es",
            '"Vamos a la huelga", dijo el secretario general de CCOO Juan Pérez.',
            ("Vamos a la huelga", "Juan Pérez", "el secretario general de CCOO"),
            id="es-general",
        ),
        pytest.param(
            "es",
            "«No firmaremos este convenio», afirmó la secretaria general de UGT María López.",
            ("No firmaremos este convenio", "María López", "la secretaria general de UGT"),
            id="es-general-feminine",
        ),
        pytest.param(
            "es",
            '"Seguiremos negociando", dijo el secretario general adjunto de CCOO Juan Pérez.',
            ("Seguiremos negociando", "Juan Pérez", "el secretario general adjunto de CCOO"),
            id="es-two-qualifiers",
        ),
        pytest.param(
            "es",
            '"La obra no se parará", explicó el consejero delegado de la empresa Luis Gómez Ruiz.',
            ("La obra no se parará", "Luis Gómez Ruiz", "el consejero delegado de la empresa"),
            id="es-adjective-three-word-name",
        ),
        pytest.param(
            "es",
            '"Es un socio clave", dijo el embajador de EEUU John Smith.',
            ("Es un socio clave", "John Smith", "el embajador de EEUU"),
            id="es-ambassador",
        ),
        pytest.param(
            "es",
            "El secretario general de CCOO Juan Pérez dijo que la huelga seguirá.",
            ("la huelga seguirá", "Juan Pérez", "El secretario general de CCOO"),
            id="es-before-the-verb",
        ),
        pytest.param(
            "it",
            "«Andremo avanti», ha detto il segretario generale della Cgil Maurizio Landi.",
            ("Andremo avanti", "Maurizio Landi", "il segretario generale della Cgil"),
            id="it-generale",
        ),
        pytest.param(
            "it",
            "Il segretario generale della Cgil Maurizio Landi ha detto che lo sciopero continuerà.",
            ("lo sciopero continuerà", "Maurizio Landi", "Il segretario generale della Cgil"),
            id="it-before-the-verb",
        ),
        pytest.param(
            "it",
            "«È un alleato prezioso», ha dichiarato l'ambasciatore del Giappone Kenji Sato.",
            ("È un alleato prezioso", "Kenji Sato", "l'ambasciatore del Giappone"),
            id="it-ambassador",
        ),
        pytest.param(
            "pt",
            '"Vamos continuar", disse o presidente nacional do PT Paulo Lima.',
            ("Vamos continuar", "Paulo Lima", "o presidente nacional do PT"),
            id="pt-nacional",
        ),
        pytest.param(
            "pt",
            '"Vamos continuar", disse o secretário-geral do sindicato Paulo Ramos.',
            ("Vamos continuar", "Paulo Ramos", "o secretário-geral do sindicato"),
            id="pt-hyphen-compound",
        ),
        pytest.param(
            "pt",
            '"É um parceiro importante", disse o embaixador dos EUA John Smith.',
            ("É um parceiro importante", "John Smith", "o embaixador dos EUA"),
            id="pt-ambassador",
        ),
        pytest.param(
            "pt",
            "O presidente estadual do partido Carlos Mendes afirmou que a chapa está fechada.",
            ("a chapa está fechada", "Carlos Mendes", "O presidente estadual do partido"),
            id="pt-before-the-verb",
        ),
        pytest.param(
            "fr",
            "« Nous continuerons », a déclaré le secrétaire général de la CGT Paul Martin.",
            ("Nous continuerons", "Paul Martin", "le secrétaire général de la CGT"),
            id="fr-general",
        ),
        pytest.param(
            "fr",
            "Le secrétaire général de la CGT Paul Martin a déclaré que la grève continuera.",
            ("la grève continuera", "Paul Martin", "Le secrétaire général de la CGT"),
            id="fr-before-the-verb",
        ),
        pytest.param(
            "fr",
            "« La coopération se poursuit », a indiqué l'ambassadeur du Canada Marc Tremblay.",
            ("La coopération se poursuit", "Marc Tremblay", "l'ambassadeur du Canada"),
            id="fr-ambassador",
        ),
    ],
)
def test_name_after_a_qualified_office_and_its_complement(
    language: str, sentence: str, expected: tuple[str, str, str]
) -> None:
    assert text_said_in(sentence, language=language) == [expected]


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        pytest.param(
            "es",
            '"Seguiremos", dijo el presidente ayer de madrugada.',
            ("Seguiremos", None, "el presidente ayer de madrugada"),
            id="es-adverb-no-name",
        ),
        pytest.param(
            "es",
            '"Seguiremos", dijo el secretario general del sindicato.',
            ("Seguiremos", None, "el secretario general del sindicato"),
            id="es-no-name",
        ),
        pytest.param(
            "pt",
            '"Vamos continuar", disse o secretário-geral do sindicato.',
            ("Vamos continuar", None, "o secretário-geral do sindicato"),
            id="pt-compound-no-name",
        ),
        pytest.param(
            "it",
            "«Andremo avanti», ha detto il segretario generale della Cgil.",
            ("Andremo avanti", None, "il segretario generale della Cgil"),
            id="it-body-no-name",
        ),
    ],
)
def test_a_qualified_office_with_no_name_after_its_complement_stays_a_description(
    language: str, sentence: str, expected: tuple[str, None, str]
) -> None:
    assert text_said_in(sentence, language=language) == [expected]


def test_a_comma_before_the_name_still_sets_it_off() -> None:
    found = text_said_in('"Vamos a la huelga", dijo el secretario general de CCOO, Juan Pérez.', language="es")
    assert found == [("Vamos a la huelga", "Juan Pérez", "el secretario general de CCOO")]
