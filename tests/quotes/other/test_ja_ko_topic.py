"""Quotes in Japanese and Korean: the speaker is the sentence's topic, the reporting verb follows the quote
(cqnews.enrich.quotes.topic). Every sentence here is made up."""

from __future__ import annotations

import pytest

import cqnews
from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _read(language: str, *paragraphs: str) -> list[tuple[str, str | None, str | None]]:
    """(text, speaker name, speaker role) of each quote."""
    quotes = find_quotes([Block(text=p) for p in paragraphs], language)
    return [(q.text, q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None) for q in quotes]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("佐藤一郎市長は記者団に「橋の修理を急ぐ」と述べた。", ("橋の修理を急ぐ", "佐藤一郎", "市長")),
        ("4日、佐藤一郎市長は「橋の修理を急ぐ」と語った。", ("橋の修理を急ぐ", "佐藤一郎", "市長")),
        ("東西銀行の田中花子総裁は「金利を据え置く」と説明した。", ("金利を据え置く", "田中花子", "東西銀行の総裁")),
        ("「とても楽しかった」と山本さんは話す。", ("とても楽しかった", "山本", None)),
        ("「安全を最優先に考える」。市の担当者はこう話した。", ("安全を最優先に考える", None, "市の担当者")),
        ("同社は「事実関係を確認している」としている。", ("事実関係を確認している", None, "同社")),
    ],
)
def test_japanese_speakers(sentence: str, expected: tuple[str, str | None, str | None]) -> None:
    assert _read("ja", sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('박민수 시장은 "다리를 빨리 고치겠다"고 말했다.', ("다리를 빨리 고치겠다", "박민수", "시장")),
        ('이날 미래당 최지영 대표는 "정부가 책임져야 한다"고 주장했다.', ("정부가 책임져야 한다", "최지영", "미래당 대표")),
        ('한빛전자는 "신제품을 내놓을 예정"이라고 밝혔다.', ("신제품을 내놓을 예정", "한빛전자", None)),
    ],
)
def test_korean_speakers(sentence: str, expected: tuple[str, str | None, str | None]) -> None:
    assert _read("ko", sentence) == [expected]


def test_a_korean_quote_joined_by_meo_is_the_same_speakers() -> None:
    found = _read("ko", '박 시장은 "최선을 다하겠다"며 "시민과 함께하겠다"고 밝혔다.')
    assert found == [("최선을 다하겠다", "박", "시장"), ("시민과 함께하겠다", "박", "시장")]


def test_a_pronoun_goes_to_the_last_speaker() -> None:
    found = _read("ja", "佐藤一郎市長は「橋の修理を急ぐ」と述べた。", "彼は「来年には完成させたい」と話した。")
    assert [name for _, name, _ in found] == ["佐藤一郎", "佐藤一郎"]


def test_a_short_term_in_corner_brackets_is_no_quote() -> None:
    assert _read("ja", "市は「働き方改革」を進めている。") == []


def test_through_parse_a_japanese_page_gets_its_speakers() -> None:
    body = "".join(
        f"<p>{p}</p>"
        for p in (
            "佐藤一郎市長は4日、記者会見を開き、老朽化した橋の修理計画を発表した。",
            "佐藤一郎市長は記者団に「橋の修理を急ぐ」と述べた。",
            "市によると、工事は来年春に始まり、費用はおよそ十億円になる見込みだという。",
        )
    )
    article = cqnews.parse(f'<html lang="ja"><body><h1>橋の修理を急ぐ</h1><article>{body}</article></body></html>')
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == [("橋の修理を急ぐ", "佐藤一郎")]


def test_korean_subject_with_do_and_a_verb_modifier_before_the_quote() -> None:
    # 도 ("also") marks the subject; "…해야 한다는" is a verb's modifier, not the subject nearest the quote
    assert _read("ko", '김 전 총리도 전날 "당의 전통을 지켜야 한다"고 했다.') == [("당의 전통을 지켜야 한다", "김", "전 총리")]
    found = _read("ko", '정 전 대표는 제도를 바꿔야 한다는 주장을 공유하며 "많이 아프다"고 했다.')
    assert found == [("많이 아프다", "정", "전 대표")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('Ulaştırma Bakanı Ahmet Yılmaz, "Köprü bahara kadar onarılacak" dedi.', ("Köprü bahara kadar onarılacak", "Ahmet Yılmaz", "Ulaştırma Bakanı")),
        ('Belediye Başkanı Ayşe Demir, "Çalışmalar sürüyor" diye konuştu.', ("Çalışmalar sürüyor", "Ayşe Demir", "Belediye Başkanı")),
        ('Karayolları Genel Müdürlüğü Ajansı, "Yol açıldı" açıklamasını yaptı.', ("Yol açıldı", "Karayolları Genel Müdürlüğü Ajansı", None)),
    ],
)
def test_turkish_speakers(sentence: str, expected: tuple[str, str | None, str | None]) -> None:
    assert _read("tr", sentence) == [expected]


def test_a_quote_paragraph_after_a_colon_takes_no_sentence_opener_as_speaker() -> None:
    # The colon-lead pass reads English names; in Turkish it took the paragraph's first capitalised word
    # ("Şarj", charging) for the speaker of the quote paragraph after "…, şunları kaydetti:".
    found = _read(
        "tr",
        "Şarj altyapısının güçlü bir şekilde kurulduğunu vurgulayan Ahmet Yılmaz, şunları kaydetti:",
        '"Bu yıl ülke genelinde binlerce yeni şarj istasyonu açıldı ve yenileri de yolda."',
    )
    assert [name for _, name, _ in found] == [None]
