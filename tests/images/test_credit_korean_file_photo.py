"""A Korean agency's file-photo note closing a caption in brackets ("[연합뉴스 자료사진]", "(뉴스1 자료사진)") is the
picture's credit, the agency: left in the caption, the caption ended in its credit, as "[연합뉴스]" already was not.
The note after a name no table knows stays caption text. Made-up captions of a Korean portal (Session 60)."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import parse_photo_credit
from tests.figure_helpers import caption_and_credits, figure_images

_KO = "10일 오전 보수 공사가 진행 중인 시내 다리의 모습."


@pytest.mark.parametrize(
    ("credit", "agency"),
    [("[연합뉴스 자료사진]", "연합뉴스"), ("(뉴스1 자료사진)", "뉴스1"), ("[연합뉴스 자료 사진]", "연합뉴스")],
)
def test_agency_file_photo_is_the_credit(credit: str, agency: str) -> None:
    assert caption_and_credits(f"{_KO} {credit}") == (_KO, [(None, agency, credit)])
    assert [(c.name, c.organization) for c in parse_photo_credit(credit)] == [(None, agency)]


def test_unknown_keeper_and_sentence_stay_caption() -> None:
    for written in (f"{_KO} [시청 자료사진]", "시는 지난해 자료사진을 공개했다."):
        assert caption_and_credits(written) == (written, [])


def test_figure_caption_loses_the_note() -> None:
    figure = (
        '<figure class="photo"><img src="https://www.example.de/img/dari-1200.jpg">'
        f"<figcaption>{_KO} [연합뉴스 자료사진]</figcaption></figure>"
    )
    assert figure_images(figure) == [(_KO, ["[연합뉴스 자료사진]"])]
