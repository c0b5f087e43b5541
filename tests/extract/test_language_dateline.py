"""Language detection and datelines."""

from __future__ import annotations

import pytest

import cqnews
from cqnews.enrich.dateline import find_dateline
from cqnews.enrich.language import detect_language, normalize_language


def test_normalize() -> None:
    assert normalize_language("zh-CN") == "zh"
    assert normalize_language("en_US") == "en"
    assert normalize_language("") is None
    assert normalize_language("x1") is None


def test_script_shortcuts() -> None:
    assert detect_language("重庆是一座山城，也是一座江城。", "en") == "zh"
    assert detect_language("東京は日本の首都です。ひらがなとカタカナ。") == "ja"
    assert detect_language("서울은 한국의 수도입니다.") == "ko"


def test_declared_language_trusted_when_script_agrees() -> None:
    assert detect_language("The forum invited more than one hundred guests to the city.", "en-US") == "en"


def test_langdetect_is_deterministic() -> None:
    text = "La ville a rouvert son ancien bac après quarante ans de fermeture, sous les applaudissements."
    assert {detect_language(text) for _ in range(5)} == {"fr"}


@pytest.mark.parametrize(
    ("first", "place"),
    [
        ("Chongqing – The 2021 Chongqing Liangjiang New Area Film Forum was held", "Chongqing"),
        ("BEIJING, May 16 (Xinhua) -- China on Sunday launched", "Beijing"),
        ("HONG KONG — Shares rose on Monday", "Hong Kong"),
        ("新华社重庆5月16日电（记者张三）两江新区", "重庆"),
        ("本报北京5月16日电 记者从国家卫健委获悉", "北京"),
        ("中新网上海5月16日电 据报道", "上海"),
        ("The forum was held on May 16 in Chongqing.", None),
        ("Photo – a view of the city", None),
    ],
)
def test_datelines(first: str, place: str | None) -> None:
    assert find_dateline(first) == place


ENGLISH_NEWS = (
    "The city council said on Monday that it would spend more on buses this year. The plan, which was "
    "approved by a large majority, has been criticised by some residents who say that the money should go "
    "to schools. Officials said they were confident that the new routes would be popular with commuters and "
    "that fares would not rise before the end of the year, according to a statement from the transport office."
)
OTHER_LATIN_NEWS = {
    "de": "Der Stadtrat hat am Montag beschlossen, in diesem Jahr mehr Geld für Busse auszugeben. Der Plan wurde "
          "mit großer Mehrheit angenommen, doch einige Bewohner kritisieren ihn und sagen, das Geld solle in die "
          "Schulen fließen. Die Verwaltung ist zuversichtlich, dass die neuen Linien bei Pendlern beliebt sein werden.",
    "fr": "Le conseil municipal a annoncé lundi qu'il allait dépenser davantage pour les bus cette année. Le plan, "
          "adopté à une large majorité, est critiqué par certains habitants qui estiment que l'argent devrait aller "
          "aux écoles. Les responsables se disent confiants que les nouvelles lignes plairont aux usagers.",
    "nl": "De gemeenteraad heeft maandag besloten dit jaar meer geld aan bussen te besteden. Het plan is met een "
          "grote meerderheid aangenomen, maar sommige bewoners vinden dat het geld naar de scholen moet gaan. De "
          "ambtenaren zijn ervan overtuigd dat de nieuwe lijnen populair zullen zijn bij forensen in de stad.",
    "es": "El ayuntamiento anunció el lunes que gastará más en autobuses este año. El plan, aprobado por una amplia "
          "mayoría, ha sido criticado por algunos vecinos que dicen que el dinero debería ir a las escuelas. Los "
          "responsables confían en que las nuevas líneas serán populares entre los viajeros de la ciudad.",
}


def test_english_prose_is_recognised_without_langdetect(monkeypatch: pytest.MonkeyPatch) -> None:
    from cqnews.enrich import language

    def no_langdetect(sample: str) -> str | None:
        raise AssertionError("langdetect should not run on plain English prose")

    monkeypatch.setattr(language, "_langdetect", no_langdetect)
    assert language.detect_language(ENGLISH_NEWS) == "en"


@pytest.mark.parametrize("code", sorted(OTHER_LATIN_NEWS))
def test_other_latin_languages_still_go_to_langdetect(code: str) -> None:
    from cqnews.enrich.language import detect_language

    assert detect_language(OTHER_LATIN_NEWS[code]) == code


def test_han_helpers_agree_on_every_block_of_han() -> None:
    from cqnews.text import has_han, is_cjk_char

    for char in ("中", "㐀", "豈", "\U00020000"):  # unified, extension A, compatibility, extension B
        assert is_cjk_char(char) and has_han(f"abc{char}")
    for char in ("a", "あ", "한", "。", "·"):
        assert not is_cjk_char(char) and not has_han(char)


@pytest.mark.parametrize(
    ("first", "place"),
    [
        ("中国网5月13日讯 据报道，重庆今年春天", None),
        ("新华网5月13日电 记者从有关部门获悉", None),
        ("央视新闻5月13日讯 今天上午", None),
        ("人民日报5月13日电 记者从国家卫健委获悉", None),
        ("人民网北京5月13日电 记者从国家卫健委获悉", "北京"),
        ("烟台5月13日讯 今年春天", "烟台"),
    ],
)
def test_an_outlet_is_not_a_dateline(first: str, place: str | None) -> None:
    assert find_dateline(first) == place


@pytest.mark.parametrize(
    ("first", "place"),
    [
        ("NEW DELHI: The monsoon reached the capital two days early, the weather office said.", "New Delhi"),
        ("KARACHI: Heavy rains flooded the main roads on Sunday.", "Karachi"),
        ("UPDATE: The road has reopened.", None),
        ("EDITOR'S NOTE: This story has been corrected.", None),
        ("DEAR ABBY: My husband never calls.", None),
        ("PTI: The ministry said on Monday.", None),
        ("【北京共同】中国政府は3日、発表した。", "北京"),
        ("【ワシントン＝山田太郎】米政府は3日、発表した。", "ワシントン"),
        ("[서울=뉴시스] 정부는 3일 발표했다.", "서울"),
        ("(세종=연합뉴스) 김민수 기자 = 정부는 3일 발표했다.", "세종"),
        ("[엔터미디어=정덕현 칼럼니스트] 드라마는 끝났다.", None),  # an outlet and its writer, no place
    ],
)
def test_capitals_colon_and_agency_datelines(first: str, place: str | None) -> None:
    assert find_dateline(first) == place


@pytest.mark.parametrize("text", ["Breaking news", "garbage", "Live updates", "Ok", "Новости"])
def test_too_short_to_tell_is_none(text: str) -> None:
    assert detect_language(text) is None


def test_too_short_to_tell_keeps_the_declaration() -> None:
    assert detect_language("Breaking news", "en-GB") == "en"
    assert detect_language("Noticias", "es") == "es"


def test_short_text_of_one_script_is_still_told() -> None:
    assert detect_language("两会") == "zh"
    assert detect_language("ニュース速報") == "ja"


def test_short_page_language_in_an_article() -> None:
    import cqnews

    article = cqnews.parse("<html><head><title>Breaking news</title></head><body><h1>Breaking news</h1></body></html>")
    assert article.language is None
    declared = cqnews.parse('<html lang="en"><head><title>Breaking news</title></head><body><h1>Breaking news</h1></body></html>')
    assert declared.language == "en"


def test_dateline_of_the_first_paragraph_after_a_sub_heading() -> None:
    lede = "DUNMORE – Two clerks were charged on Tuesday with falsifying the county's ballot records, officials said."
    html = (
        "<html><head><title>Clerks charged</title></head><body><article><h1>Clerks charged</h1>"
        f"<h2>Two county clerks face charges over ballot records</h2><p>{lede}</p><p>{lede}</p></article></body></html>"
    )
    article = cqnews.parse(html)
    assert article.body[0].kind.value == "heading"
    assert article.dateline == "Dunmore"
