"""English verbs of public praise or condemnation ("praised X for …", "denounced X as …"): the object and the
complement that says what was said of it are the speaker's report (session 36, shapes from PolNeAR train)."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind


def _indirect(*paragraphs: str) -> list[tuple[str, str | None, str | None]]:
    """(text, speaker name, cue) of every indirect quote of the made-up paragraphs, in order."""
    found = find_quotes([Block(text=p) for p in paragraphs], "en")
    return [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in found if q.kind is QuoteKind.INDIRECT]


def test_praised_for_reports_the_object_and_the_reason() -> None:
    assert _indirect("Governor Ruth Abbot praised the volunteers for their quick work on the levee.") == [
        ("the volunteers for their quick work on the levee", "Ruth Abbot", "praised")
    ]


def test_denounced_as_reports_the_object_and_what_it_was_called() -> None:
    assert _indirect("Senator Omar Delgado denounced the ruling as an attack on rural voters.") == [
        ("the ruling as an attack on rural voters", "Omar Delgado", "denounced")
    ]


def test_the_report_ends_at_the_comma_before_a_participle() -> None:
    assert _indirect("Mayor Lena Ortiz lauded the crews for their speed, saying they had saved the bridge.") == [
        ("the crews for their speed", "Lena Ortiz", "lauded"),
        ("they had saved the bridge", "Lena Ortiz", "saying"),
    ]


def test_a_praise_verb_without_a_complement_reports_nothing() -> None:
    """ "has praised the album." sums up; no words of the speaker's say what of it."""
    assert _indirect("Carla Mendes has praised the new album by her nephew.") == []


def test_a_deed_after_the_verb_is_no_object() -> None:
    assert _indirect("Workers blasted through the granite for a new rail tunnel.") == []


def test_a_participle_of_the_reported_clause_does_not_cut_it() -> None:
    """ "popular but derided by critics": the participle belongs to the question reported, no new report."""
    assert _indirect("Ines Varga asked why the show was popular but derided by critics at the time.") == [
        ("why the show was popular but derided by critics at the time", "Ines Varga", "asked")
    ]


def test_the_object_of_criticised_ends_at_the_comma_before_a_participle() -> None:
    """ "criticised X, saying …", "blamed X, adding …": the object ends at the comma; the participle's clause is
    a report of its own by the same speaker."""
    assert _indirect("Senator Ruth Abbot criticised the new toll plan, saying it would cost drivers too much.") == [
        ("the new toll plan", "Ruth Abbot", "criticised"),
        ("it would cost drivers too much", "Ruth Abbot", "saying"),
    ]
    assert _indirect("Mayor Lena Ortiz blamed the regional council, saying it had ignored the warnings.") == [
        ("the regional council", "Lena Ortiz", "blamed"),
        ("it had ignored the warnings", "Lena Ortiz", "saying"),
    ]


def test_a_description_criticising_speaks_the_participle_report() -> None:
    assert _indirect("A senior official criticised the plan, saying it would cost too much.") == [
        ("it would cost too much", None, "saying")
    ]
