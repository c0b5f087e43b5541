"""The past plural of a German verb of saying is a cue as its singular is: a weak past in -te takes -n ("berichtete"
"berichteten"), a strong one -en ("schrieb" "schrieben"). Before, "Zeugen berichteten, der Wagen sei …" was a
Konjunktiv run with its cue inside the quote and no speaker. One capitalised word that is no given name, the
subject of a verb in the plural, is a description, never a name. Made-up sentences."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block
from tests.quote_helpers import said


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.cue) for q in find_quotes([Block(text=text)], "de")]


def test_weak_past_plural_reports() -> None:
    assert _found("Anwohner erzählten, das Feuer sei gegen Mitternacht ausgebrochen.") == [
        ("das Feuer sei gegen Mitternacht ausgebrochen", "erzählten")
    ]
    assert _found("Die Eltern kritisierten, die Schule sei zu spät informiert worden.") == [
        ("die Schule sei zu spät informiert worden", "kritisierten")
    ]
    assert _found("„Das war knapp“, erzählten die Nachbarn.") == [("Das war knapp", "erzählten")]


def test_strong_past_plural_reports() -> None:
    assert _found("Die Forscher schrieben, die Daten seien eindeutig.") == [("die Daten seien eindeutig", "schrieben")]


def test_cue_not_inside_the_quote() -> None:
    found = _found("Zeugen berichteten, der Wagen sei über Rot gefahren.")
    assert [text for text, _ in found] == ["der Wagen sei über Rot gefahren"]
    assert [cue for _, cue in found] == ["berichteten"]


def test_one_noun_subject_of_a_plural_is_a_description() -> None:
    # before: the name "Zeugen", "Medien" (one person's name takes a verb in the singular)
    assert said("Zeugen berichteten, der Wagen sei über Rot gefahren.", "de") == [(None, "Zeugen")]
    assert said("„Das ist peinlich“, urteilten Medien weltweit.", "de") == [(None, "Medien")]
    assert said("„Wir sind bereit“, sagten Experten.", "de") == [(None, "Experten")]


def test_a_name_with_a_singular_stays_a_name() -> None:
    assert said("„Wir sind bereit“, sagte Berg.", "de") == [("Berg", None)]
