"""A person opening the clause right after a cue as the subject of a cue of their own before a comma (居民都很担心，李先生说，
…) speaks what follows: the first cue's report stops before them (here it reports nothing), and the clause after the
second cue is that person's (made-up sentences, simplified and traditional; the expected clause is read from the
sentence)."""

from __future__ import annotations

from tests.quote_helpers import reported_by


def test_second_speaker_takes_clause() -> None:
    p = "消息传出以后，附近居民都很担心，李先生说，学校应该尽快处理这个问题。"
    assert reported_by(p) == [("李先生", p[p.index("学校") :])]


def test_second_speaker_takes_clause_traditional() -> None:
    p = "消息傳出後，附近居民還是很擔心，陳先生說，院方要盡快解決這個問題。"
    assert reported_by(p) == [("陳先生", p[p.index("院方") :])]


def test_scene_inside_report_goes_on() -> None:
    p = "王明称，9 月底李华与母亲通电话时说，自己不想回家了。"
    assert reported_by(p)[0][0] == "王明"


def test_described_speaker_takes_clause() -> None:
    p = "事情发生以后，家长们仍然很担心，一名学校负责人说，学校会尽快处理。"
    assert [text for _, text in reported_by(p)] == [p[p.index("学校会") :]]


def test_document_opening_clause_stays_reported() -> None:
    p = "王明表示，总书记的贺信表明，中国航天要持续突破。"
    assert reported_by(p) == [("王明", p[p.index("总书记") :])]
