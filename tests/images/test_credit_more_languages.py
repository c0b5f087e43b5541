"""Photo credits at the end of captions in more languages and scripts (cqnews.enrich.credits.split_photo_credit):
Russian agencies as written in Cyrillic, Japanese and traditional Chinese labels. Made-up captions."""

from __future__ import annotations

import pytest

import cqnews
from cqnews.enrich.credits import split_photo_credit


def _split(text: str) -> tuple[str | None, list[tuple[str | None, str | None]]]:
    caption, credits = split_photo_credit(text)
    return caption, [(c.name, c.organization) for c in credits]


@pytest.mark.parametrize(
    ("text", "caption", "credits"),
    [
        ("Мэр открывает мост. Фото: Иван Петров / РИА Новости", "Мэр открывает мост.", [("Иван Петров", "РИА Новости")]),
        ("Мэр открывает мост. © РИА Новости", "Мэр открывает мост.", [(None, "РИА Новости")]),
        ("Мэр открывает мост. Фотография: ТАСС", "Мэр открывает мост.", [(None, "ТАСС")]),
    ],
)
def test_russian_credits_keep_the_agency_as_written(text: str, caption: str, credits: list[tuple[str | None, str | None]]) -> None:
    assert _split(text) == (caption, credits)


@pytest.mark.parametrize(
    ("text", "caption", "credits"),
    [
        ("橋の開通式に出席した市長。写真：共同", "橋の開通式に出席した市長。", [(None, "共同")]),
        ("橋の開通式に出席した市長（写真：共同）", "橋の開通式に出席した市長", [(None, "共同")]),
        ("橋の開通式に出席した市長（撮影・山田太郎）", "橋の開通式に出席した市長", [("山田太郎", None)]),
        ("橋の開通式に出席した市長（写真提供：共同通信）", "橋の開通式に出席した市長", [(None, "共同通信")]),
        ("橋の開通式に出席した市長＝時事", "橋の開通式に出席した市長", [(None, "時事")]),
    ],
)
def test_japanese_photo_labels(text: str, caption: str, credits: list[tuple[str | None, str | None]]) -> None:
    assert _split(text) == (caption, credits)


@pytest.mark.parametrize(
    ("text", "caption", "credits"),
    [
        ("市長出席大橋通車儀式。（圖／中央社）", "市長出席大橋通車儀式。", [(None, "中央社")]),
        ("市長出席大橋通車儀式。（中央社記者王小明攝）", "市長出席大橋通車儀式。", [("王小明", "中央社")]),
        ("市長出席大橋通車儀式。圖片來源：中央社", "市長出席大橋通車儀式。", [(None, "中央社")]),
        ("市長出席大橋通車儀式。（記者王小明／攝影）", "市長出席大橋通車儀式。", [("王小明", None)]),
    ],
)
def test_traditional_chinese_photo_labels(text: str, caption: str, credits: list[tuple[str | None, str | None]]) -> None:
    assert _split(text) == (caption, credits)


@pytest.mark.parametrize(
    ("text", "caption", "credits"),
    [
        ("다리 개통식에 참석한 시장. 사진=연합뉴스", "다리 개통식에 참석한 시장.", [(None, "연합뉴스")]),
        ("다리 개통식에 참석한 시장 (사진=연합뉴스)", "다리 개통식에 참석한 시장", [(None, "연합뉴스")]),
        ("다리 개통식에 참석한 시장. 사진: 뉴시스", "다리 개통식에 참석한 시장.", [(None, "뉴시스")]),
        ("다리 개통식에 참석한 시장. /사진=김철수 기자", "다리 개통식에 참석한 시장.", [("김철수", None)]),
        ("다리 개통식에 참석한 시장. 연합뉴스 제공", "다리 개통식에 참석한 시장.", [(None, "연합뉴스")]),
    ],
)
def test_korean_photo_labels(text: str, caption: str, credits: list[tuple[str | None, str | None]]) -> None:
    assert _split(text) == (caption, credits)


def test_supplied_by_credits_only_one_word_after_a_sentence() -> None:
    # "…를 제공" (… provides …) closing a sentence of the caption is text; one word after a full stop is a source
    assert _split("시민들이 다리를 건너고 있다. 뉴스1 제공") == ("시민들이 다리를 건너고 있다.", [(None, "뉴스1")])
    text = "시는 주민들에게 새 다리 개통 소식을 알렸다. 시는 무료 셔틀버스를 제공"
    assert _split(text) == (text, [])


@pytest.mark.parametrize(
    ("text", "caption", "credits"),
    [
        ("Il sindaco inaugura il ponte. Foto di Marco Rossi", "Il sindaco inaugura il ponte.", [("Marco Rossi", None)]),
        ("O prefeito inaugura a ponte. Foto de João Silva/Folhapress", "O prefeito inaugura a ponte.",
         [("João Silva", "Folhapress")]),
        ("Le maire inaugure le pont. Photo de Jean Dupont", "Le maire inaugure le pont.", [("Jean Dupont", None)]),
        ("El alcalde inaugura el puente. Foto de EFE", "El alcalde inaugura el puente.", [(None, "EFE")]),
    ],
)
def test_photo_by_in_other_languages(text: str, caption: str, credits: list[tuple[str | None, str | None]]) -> None:
    assert _split(text) == (caption, credits)


def test_photo_of_a_place_or_an_archive_is_caption_text() -> None:
    # the by-word needs a name after it: "Foto de archivo", "Foto de Madrid en invierno" describe the picture
    assert _split("Il sindaco. (Foto di Marco Rossi)") == ("Il sindaco.", [("Marco Rossi", None)])
    for text in ("El alcalde en el puente. Foto de archivo", "Foto de Madrid en invierno", "Il sindaco. Foto di gruppo"):
        assert _split(text) == (text, [])


@pytest.mark.parametrize(
    ("line", "credits"),
    [
        ("김민수 기자", [("김민수", None)]),
        ("연합뉴스 김민수 기자", [("김민수", "연합뉴스")]),
        ("김민수 특파원", [("김민수", None)]),
        ("사회부 기자", []),
    ],
)
def test_a_korean_byline_reads_like_a_korean_photo_credit(line: str, credits: list[tuple[str, str | None]]) -> None:
    from cqnews.enrich.credits import parse_credit_line

    assert [(c.name, c.organization) for c in parse_credit_line(line)] == credits


def test_a_french_interview_names_its_interviewer() -> None:
    # "Propos recueillis par …" (remarks gathered by) signs a French interview: it was a body paragraph and
    # the page had no author.
    html = (
        "<html lang='fr'><head><meta charset='utf-8'><title>Entretien</title></head><body><article>"
        "<h1>« Le vélo a changé la ville »</h1><p class='signature'>Propos recueillis par Paul Durand</p>"
        "<p><strong>Quel bilan tirez-vous de votre mandat ?</strong></p><p>Je crois que nous avons tenu "
        "l'essentiel de nos promesses, et les commerçants le reconnaissent aujourd'hui.</p></article></body></html>"
    )
    article = cqnews.parse(html, url="https://gazette.example.fr/entretien/maire")
    assert article.authors == ["Paul Durand"]
    assert "Propos recueillis par Paul Durand" not in [block.text for block in article.body]


@pytest.mark.parametrize(
    ("caption", "text", "name"),
    [
        ("記念式典であいさつする館長（19日、市立図書館で）＝田中一郎撮影", "記念式典であいさつする館長（19日、市立図書館で）", "田中一郎"),
        ("移送のため署を出る容疑者＝13日（山本健太撮影）", "移送のため署を出る容疑者＝13日", "山本健太"),
    ],
)
def test_a_japanese_photographer_before_satsuei(caption: str, text: str, name: str) -> None:
    # "田中一郎撮影" (photographed by): the whole credit was read as an organisation, or not at all.
    rest, credits = split_photo_credit(caption)
    assert rest == text
    assert [(credit.role.value, credit.name, credit.organization) for credit in credits] == [("photographer", name, None)]

