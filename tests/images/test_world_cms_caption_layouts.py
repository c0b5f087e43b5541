"""Made-up article pages of publishers' markups outside our corpora, one picture each: Japanese papers (a figure
with "（写真：…）", a photo box with caption and credit paragraphs, "（共同）", "（…提供）"), Korean portals (an
``end_photo_org`` box, a photo table, credits "사진=…", "[사진 제공=…]" written before or after), Indian sites
(instory boxes, "(HT Photo)", "(PTI Photo)", "(Express photo by …)"), Latin American and Brazilian papers ("Foto:
EFE", "(Foto: Cuartoscuro)", "| Crédito: …", "Foto: Especial", "(Cortesía)", "- Foto: …/Agência Brasil"), Chinese
local channels, news agency and government pages and WeChat articles, and a Bootstrap slide with a title. Caption
and credit are written from each page; the caption never stays in the body."""

from __future__ import annotations

import pytest

import cqnews

_SRC = "https://img.example.com/p/2026/a1.jpg"
_JA = "防災計画を説明する都の担当者＝５日午前、東京都庁"
_KO = "서울시 관계자가 5일 방재 계획을 설명하고 있다."
_EN = "Officials inspect the embankment near the river on Tuesday."
_ES = "Funcionarios inspeccionan el terraplén junto al río este martes."
_PT = "Técnicos inspecionam o dique nesta terça"
_ZH = "工人们正在检修大桥的桥墩。"

_LEDES = {
    "ja": "<p>東京都は５日、新しい防災計画を発表した。都内の公園や学校を避難所として活用し、備蓄を増やす方針だという。</p>",
    "ko": "<p>서울시는 5일 새로운 방재 계획을 발표했다. 시내 공원과 학교를 대피소로 활용하고 비축 물자를 늘릴 방침이다.</p>",
    "en": "<p>The state government on Tuesday announced a new flood plan for the city, with shelters in schools and "
    "parks across every ward.</p>",
    "es": "<p>El gobierno de la ciudad anunció el martes un nuevo plan contra inundaciones, con refugios en escuelas y "
    "parques de todos los barrios.</p>",
    "pt": "<p>O governo do estado anunciou nesta terça-feira um novo plano contra enchentes, com abrigos em escolas e "
    "parques de todos os bairros.</p>",
    "zh": "<p>本报讯 近日，市交通部门介绍了今年城市道路改造工程的最新进展，多条主干道将在年底前完成施工。</p>",
}

_IMG = f'<img src="{_SRC}">'
_FIG = "<figure>" + _IMG + "<figcaption>{}</figcaption></figure>"

# name: (language, markup, caption, credits)
_PAGES: dict[str, tuple[str, str, str, list[str]]] = {
    "ja figure, photo label": ("ja", _FIG.format(_JA + "（写真：山田太郎）"), _JA, ["（写真：山田太郎）"]),
    "ja photo box": (
        "ja",
        f'<div class="photo">{_IMG}<p class="caption">{_JA}</p><p class="credit">撮影・山田太郎</p></div>',
        _JA,
        ["撮影・山田太郎"],
    ),
    "ja agency in brackets": (
        "ja",
        f'<div class="article_image"><picture>{_IMG}</picture><p class="caption">{_JA}（共同）</p></div>',
        _JA,
        ["（共同）"],
    ),
    "ja supplied by": ("ja", _FIG.format(_JA + "（東京都提供）"), _JA, ["（東京都提供）"]),
    "ko portal box": (
        "ko",
        f'<span class="end_photo_org">{_IMG}<em class="img_desc">{_KO} 사진=연합뉴스</em></span>',
        _KO,
        ["사진=연합뉴스"],
    ),
    "ko photo table, supplied label": (
        "ko",
        f'<table class="photo_table"><tr><td>{_IMG}</td></tr><tr><td class="caption">{_KO} [사진 제공=서울시]</td>'
        "</tr></table>",
        _KO,
        ["[사진 제공=서울시]"],
    ),
    "ko supplied label without a space": ("ko", _FIG.format(_KO + " 사진제공=서울시"), _KO, ["사진제공=서울시"]),
    "ko credit written first": ("ko", _FIG.format("[사진=연합뉴스] " + _KO), _KO, ["[사진=연합뉴스]"]),
    "in instory box": (
        "en",
        f'<div class="ins_instory_dv_cont">{_IMG}</div><div class="ins_instory_dv_caption">{_EN}</div>',
        _EN,
        [],
    ),
    "in outlet photo": ("en", _FIG.format(f"<span>{_EN} (HT Photo)</span>"), _EN, ["(HT Photo)"]),
    "in agency photo": ("en", _FIG.format(_EN + " (PTI Photo)"), _EN, ["(PTI Photo)"]),
    "in outlet photo by a name": (
        "en",
        _FIG.format(_EN + " (Express photo by Ravi Kumar)"),
        _EN,
        ["(Express photo by Ravi Kumar)"],
    ),
    "in caption box": ("en", f'<div class="img_cptn">{_IMG}<div class="img_cptn_txt">{_EN}</div></div>', _EN, []),
    "la agency": ("es", _FIG.format(_ES + " Foto: EFE"), _ES, ["Foto: EFE"]),
    "la pie de foto": (
        "es",
        f'<div class="foto">{_IMG}<p class="pie">{_ES} (Foto: Cuartoscuro)</p></div>',
        _ES,
        ["(Foto: Cuartoscuro)"],
    ),
    "la credit after a bar": ("es", _FIG.format(_ES + " | Crédito: Juan Pérez"), _ES, ["Crédito: Juan Pérez"]),
    "la special": ("es", _FIG.format(_ES + " Foto: Especial"), _ES, ["Foto: Especial"]),
    "la courtesy": ("es", _FIG.format(_ES + " (Cortesía)"), _ES, ["(Cortesía)"]),
    "br agency after a dash": (
        "pt",
        _FIG.format(_PT + " - Foto: João Silva/Agência Brasil"),
        _PT,
        ["Foto: João Silva/Agência Brasil"],
    ),
    "zh local channel": (
        "zh",
        f'<div class="rm_txt_con"><p style="text-align: center;">{_IMG}</p>'
        f'<p class="pictext" style="text-align: center;">{_ZH}人民网记者 王明摄</p></div>',
        _ZH,
        ["人民网记者 王明摄"],
    ),
    "zh agency page": (
        "zh",
        f'<div id="detail"><p align="center">{_IMG}</p><p align="center"><font color="navy">{_ZH}新华社记者 王明 摄'
        "</font></p></div>",
        _ZH,
        ["新华社记者 王明 摄"],
    ),
    "zh government table": (
        "zh",
        f'<table><tr><td align="center">{_IMG}</td></tr><tr><td align="center">{_ZH}</td></tr></table>',
        _ZH,
        [],
    ),
    "zh wechat": (
        "zh",
        f'<div class="rich_media_content" id="js_content"><p style="text-align:center">'
        f'<img data-src="{_SRC}" class="rich_pages wxw-img"></p><p style="text-align:center">'
        f'<span style="font-size:14px;color:rgb(136,136,136)">{_ZH}（王明 摄）</span></p></div>',
        _ZH,
        ["（王明 摄）"],
    ),
    "slide title over its text": (
        "en",
        f'<div class="carousel slide"><div class="carousel-inner"><div class="carousel-item active">{_IMG}'
        f'<div class="carousel-caption d-none d-md-block"><h5>Flood plan</h5><p>{_EN}</p></div></div></div></div>',
        "Flood plan. " + _EN,
        [],
    ),
}


@pytest.mark.parametrize("name", sorted(_PAGES))
def test_caption_and_credit_of_each_page(name: str) -> None:
    lang, markup, caption, credits = _PAGES[name]
    lede = _LEDES[lang]
    html = (
        f"<html lang='{lang}'><head><title>Title of the story here</title></head><body><article>"
        f"<h1>Title of the story here</h1>{lede}{lede}{markup}{lede}</article></body></html>"
    )
    article = cqnews.parse(html, url="https://news.example.com/2026/12/05/story-1.html")
    assert [(i.caption, [c.raw for c in i.credits]) for i in article.images] == [(caption, credits)]
    assert all(caption not in block.text for block in article.body)


def test_outlet_photo_by_a_name_is_typed() -> None:
    html = (
        "<html lang='en'><head><title>Title of the story here</title></head><body><article><h1>Title of the story "
        f"here</h1>{_LEDES['en'] * 2}{_FIG.format(_EN + ' (Express photo by Ravi Kumar)')}{_LEDES['en']}"
        "</article></body></html>"
    )
    (image,) = cqnews.parse(html, url="https://news.example.com/2026/12/05/story-1.html").images
    assert [(c.name, c.organization) for c in image.credits] == [("Ravi Kumar", "Express")]
