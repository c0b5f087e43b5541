"""导演说 is "the director says", not the 演说 ("a speech") whose characters it holds: the cue is 说. Made-up
sentences in the shape of entertainment pages; expected data are read off each sentence."""

from __future__ import annotations

import cqnews


def _quotes(text: str) -> list[tuple[str | None, str | None, str | None]]:
    out = []
    for q in cqnews.parse_text(text).quotes:
        out.append((q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None, q.cue))
    return out


def test_the_director_of_the_series_says() -> None:
    assert _quotes("该剧导演说：“这部剧前后拍了三年。”") == [(None, "该剧导演", "说")]


def test_a_speech_is_no_cue() -> None:
    assert _quotes("他在演说中谈到了这部电影。") == []
