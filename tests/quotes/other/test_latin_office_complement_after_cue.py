"""After a verb of saying, an office whose complement a preposition opens, then a name ("ha detto l'assessore al
Bilancio Luca Neri", "a déclaré l'adjoint aux Sports Jean Martin"): the name speaks, the office and its complement
are the role (before: no speaker, the phrase was cut at the preposition as before one told). A capital after such a
complement is no name ("ha spiegato l'assessore ai Lavori pubblici": before, the name "Lavori"); one told keeps
the subject before it ("ha detto il sindaco al Corriere"). Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said


def test_italian_name_after_complement() -> None:
    assert said("«Il bando è aperto», ha detto l'assessore al Bilancio Luca Neri.", "it") == [
        ("Luca Neri", "l'assessore al Bilancio")
    ]


def test_french_name_after_complement() -> None:
    assert said("« Le gymnase rouvre lundi », a déclaré l'adjointe aux Sports Claire Morvan.", "fr") == [
        ("Claire Morvan", "l'adjointe aux Sports")
    ]


def test_capital_of_complement_is_no_name() -> None:
    found = said("«È stata una giornata difficile», ha spiegato l'assessore ai Lavori pubblici.", "it")
    assert [name for name, _role in found] == [None]  # one quote, and no one named in the sentence


def test_listener_stays_apart() -> None:
    assert said("«Siamo soddisfatti», ha detto il sindaco al Corriere di Bologna.", "it") == [(None, "il sindaco")]
    assert said("« C'est fini », a déclaré le maire à Jean Martin.", "fr") == [(None, "le maire")]
