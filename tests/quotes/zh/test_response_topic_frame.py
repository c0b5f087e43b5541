"""回应 with a short object and a comma after it (回应此事，…) frames the matter responded to, like 谈到这里，…: it reports
nothing itself, and the cue after it reports the clause (made-up sentences; the expected clause is read from the
sentence)."""

from __future__ import annotations

from tests.quote_helpers import reported_zh


def test_response_to_matter_frames_next_cue() -> None:
    p = "区环保局回应此事，在其发布的公告中表示，区政府高度重视这一问题。"
    assert reported_zh(p) == [p[p.index("区政府") :]]


def test_response_with_said_still_reports() -> None:
    p = "市政府回应称，将尽快处理市民反映的问题。"
    assert reported_zh(p) == [p[p.index("将") :]]
