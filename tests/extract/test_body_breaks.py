"""An article written as text runs between <br> breaks (older portals, government sites) reads as paragraphs."""

from __future__ import annotations

import lxml.html
import pytest

import cqnews
from cqnews.extract.breaks import paragraphs_from_breaks, paragraphs_from_text_blocks

_PARAS = [
    "　　本报讯 12月3日，市政府召开新闻发布会，通报前三季度全市经济运行情况。",
    "　　市发改委主任王建国表示，今年全市经济运行总体平稳，主要指标好于预期。",
    "　　“我们有信心完成全年目标。”王建国说。",
    "　　市统计局副局长刘丽介绍，前三季度全市地区生产总值同比增长6.1%。",
]


def _page(separator: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>发布会</title></head><body><div class='nav'>首页 新闻 政务</div>"
        "<div id='content'><h1>市政府召开新闻发布会</h1><div class='text'>"
        f"{separator.join(_PARAS)}</div></div><div class='foot'>版权所有 江城市人民政府</div></body></html>"
    )


@pytest.mark.parametrize("separator", ["<br><br>", "<br>", "<br/>\n<br/>"])
def test_text_between_breaks_is_the_body(separator: str) -> None:
    # Before, trafilatura took the whole page's text as one block with the footer in it, and the
    # footer made it boilerplate: the article had no body at all.
    article = cqnews.parse(_page(separator))
    assert [block.text for block in article.body] == [p.strip("　") for p in _PARAS]
    assert [(q.kind.value, q.speaker.name if q.speaker else None) for q in article.quotes] == [
        ("indirect", "王建国"), ("direct", "王建国"), ("indirect", "刘丽"),
    ]


def test_inline_elements_and_pictures_stay_in_their_paragraph() -> None:
    root = lxml.html.fromstring(
        "<div>The first paragraph has a <a href='/x'>link</a> in it, and more.<br><br>"
        "<img src='/a.jpg'><br>The second paragraph is <b>long enough</b> to count as one.</div>"
    )
    assert paragraphs_from_breaks(root) == 1
    assert [lxml.html.tostring(p, encoding=str).strip() for p in root] == [
        '<p>The first paragraph has a <a href="/x">link</a> in it, and more.</p>',
        '<p><img src="/a.jpg"></p>',
        "<p>The second paragraph is <b>long enough</b> to count as one.</p>",
    ]


@pytest.mark.parametrize(
    "html",
    [
        "<p>Jane Roe<br>12 Harbour Street<br>Elmwood, a town by the sea with long lines</p>",  # a <p> is left alone
        "<div>Opening hours are long today<br>and so are these lines<div>a block inside</div></div>",  # has a block
        "<div>Short<br>lines<br>only</div>",  # no run of paragraph length
    ],
)
def test_elements_that_are_not_text_runs_are_left_alone(html: str) -> None:
    root = lxml.html.fromstring(f"<body>{html}</body>")
    before = lxml.html.tostring(root)
    assert paragraphs_from_breaks(root) == 0
    assert lxml.html.tostring(root) == before


def test_paragraphs_in_a_layout_table_cell_are_blocks() -> None:
    # trafilatura keeps a layout table as a table; its one cell held every paragraph, which came out as one block.
    cell = "".join(f"<p>{p.strip('　')}</p>" for p in _PARAS)
    html = (
        "<html><head><meta charset='utf-8'><title>发布会</title></head><body><div class='main'>"
        f"<h1>市政府召开新闻发布会</h1><table><tr><td class='content'>{cell}</td></tr></table></div></body></html>"
    )
    article = cqnews.parse(html)
    assert [block.text for block in article.body] == [p.strip("　") for p in _PARAS]


def test_a_data_table_row_stays_one_block() -> None:
    rows = "".join(f"<tr><td>江城{i}区</td><td>{100 + i}万人</td><td>增长{i}%</td></tr>" for i in range(4))
    html = (
        "<html><head><meta charset='utf-8'><title>人口</title></head><body><article><h1>各区人口</h1>"
        f"<p>{_PARAS[0].strip('　')}</p><table>{rows}</table><p>{_PARAS[1].strip('　')}</p></article></body></html>"
    )
    texts = [block.text for block in cqnews.parse(html).body]
    assert "江城1区 101万人 增长1%" in texts


_FOOTER = (
    "<div class='foot'><div>版权所有 江城市人民政府 ICP备12345号 地址：江城市人民路1号</div>"
    "<div>主办：江城市人民政府办公室 承办：江城市大数据中心</div></div>"
)


@pytest.mark.parametrize(
    "content",
    [
        "<div class='content'>" + "".join(f"<div>{p.strip('　')}</div>" for p in _PARAS) + "</div>",
        "<section class='rich'>" + "".join(f"<section><span>{p.strip('　')}</span></section>" for p in _PARAS) + "</section>",
    ],
)
def test_paragraphs_written_as_divs_or_sections_are_the_body(content: str) -> None:
    # With no <p>, trafilatura took the whole page as one block, and the footer made it boilerplate.
    html = (
        "<html><head><meta charset='utf-8'><title>发布会</title></head><body><div class='nav'>首页 新闻 政务</div>"
        f"<div class='main'><h1>市政府召开新闻发布会</h1>{content}</div>{_FOOTER}</body></html>"
    )
    article = cqnews.parse(html)
    assert [block.text for block in article.body] == [p.strip("　") for p in _PARAS]


def test_only_the_longest_group_of_text_divs_outside_page_furniture_is_renamed() -> None:
    article = "".join(f"<div>{p}</div>" for p in _PARAS)
    side = "<div class='box'><div>江城举办第一届文化旅游节开幕式</div><div>江城举办第二届文化旅游节开幕式</div></div>"
    root = lxml.html.fromstring(f"<body><div class='text'>{article}</div>{side}{_FOOTER}</body>")
    assert paragraphs_from_text_blocks(root) == len(_PARAS)
    assert [el.tag for el in root.find_class("text")[0]] == ["p"] * len(_PARAS)
    assert all(el.tag == "div" for el in root.find_class("box")[0])
    assert all(el.tag == "div" for el in root.find_class("foot")[0])


_BRIEF = ["12月3日，江城新桥正式通车。", "新桥全长1.2公里，双向六车道。", "市交通局局长李明表示，新桥将缓解老桥拥堵。", "“通车后出行方便多了。”市民王女士说。"]


@pytest.mark.parametrize(
    "content",
    [
        "".join(f"<p>{p}</p>" for p in _BRIEF),
        "".join(f"<div>{p}</div>" for p in _BRIEF),
        "<br>".join(_BRIEF),
    ],
)
def test_a_short_chinese_brief_is_an_article(content: str) -> None:
    # Sentences of 15 to 20 Han characters are paragraphs (a Han character counts as two letters' worth),
    # the government site's footer ("主办：…") is not body text, and the page is not flagged as no article.
    html = (
        "<html><head><meta charset='utf-8'><title>新桥通车_江城网</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/a'>要闻</a></div><div class='main'><h1>江城新桥今日通车</h1>"
        f"<div class='content'>{content}</div></div><div class='foot'><p>版权所有 江城市人民政府</p>"
        "<p>主办：江城市人民政府办公室</p></div></body></html>"
    )
    article = cqnews.parse(html)
    assert [block.text for block in article.body] == _BRIEF
    assert not any("may not be an article" in warning for warning in article.extraction.warnings)


def test_text_between_breaks_around_a_figure_is_the_body() -> None:
    # A Korean local paper's layout: the article <div> holds a <figure> and then its text between <br>s.
    # The <figure> made the runs no text-run element, trafilatura took the whole page as one block (menu,
    # headline and byline glued to the paragraphs); they are paragraphs now, the <figure> kept in place.
    paras = [
        "시립도서관이 개관 50주년을 맞아 19일 기념식을 열었다. 시민과 관계자 300여 명이 참석했다.",
        '박영희 관장은 "앞으로도 시민에게 사랑받는 도서관이 되겠다"고 말했다.',
        "도서관은 1976년 문을 열었으며 현재 약 40만 권의 장서를 보유하고 있다.",
    ]
    html = (
        "<html lang='ko'><head><meta charset='utf-8'><title>기념식</title></head><body>"
        "<div id='gnb'><a href='/'>홈</a> <a href='/news'>뉴스</a> <a href='/economy'>경제</a></div>"
        "<h1>시립도서관 개관 50주년 기념식 열려</h1><div class='info'>김민수 기자 입력 2026.11.19 18:05</div>"
        "<div id='articleBody'><figure><img src='/photo/lib.jpg'><figcaption>기념식에서 인사말을 하는 관장</figcaption>"
        f"</figure>{'<br><br>'.join(paras)}</div>"
        "<div class='copyright'>저작권자 © 남도일보 무단전재 및 재배포 금지</div></body></html>"
    )
    article = cqnews.parse(html, url="https://news.example.kr/article/1")
    assert [block.text for block in article.body] == paras
    assert [(image.src, image.caption) for image in article.images] == [
        ("https://news.example.kr/photo/lib.jpg", "기념식에서 인사말을 하는 관장"),
    ]


def test_blocks_among_runs_stay_between_the_paragraphs() -> None:
    root = lxml.html.fromstring(
        "<div>The first paragraph is long enough to count as one.<div class='ad'>Advert</div>"
        "The second paragraph is long enough as well.<br>And a third one that is long enough.</div>"
    )
    assert paragraphs_from_breaks(root) == 0  # (a first reading leaves it alone)
    assert paragraphs_from_breaks(root, around_blocks=True) == 1
    assert [lxml.html.tostring(p, encoding=str).strip() for p in root] == [
        "<p>The first paragraph is long enough to count as one.</p>",
        '<div class="ad">Advert</div>',
        "<p>The second paragraph is long enough as well.</p>",
        "<p>And a third one that is long enough.</p>",
    ]


def test_a_korean_reporters_closing_line_is_the_byline() -> None:
    # A Korean story closes with the reporter's line ("김민수 기자 e-mail"): it was a body paragraph,
    # and the page, which marks no byline, had no author.
    paras = [
        "시립도서관이 개관 50주년을 맞아 19일 기념식을 열었다. 시민과 관계자 300여 명이 참석했다.",
        "도서관은 1976년 문을 열었으며 현재 약 40만 권의 장서를 보유하고 있다.",
    ]
    html = (
        "<html lang='ko'><head><meta charset='utf-8'><title>기념식</title></head><body><h1>기념식 열려</h1>"
        f"<div id='articleBody'>{'<br><br>'.join(paras)}<br><br>남도일보 이수진 기자 sujin@namdo.example.kr</div>"
        "</body></html>"
    )
    article = cqnews.parse(html, url="https://news.example.kr/article/2")
    assert [block.text for block in article.body] == paras
    assert article.authors == ["이수진"]


def test_runs_in_a_font_inside_a_table_cell_of_runs() -> None:
    # An old Spanish layout: the cell is headline, date line and a <font> of paragraphs, all between
    # <br>s. The cell was rewritten first and wrapped the whole <font> in one <p>: the article was one
    # glued block, and with the region lost, the menu cell's links were body paragraphs.
    paras = [
        "El alcalde inauguró este jueves la nueva biblioteca municipal, situada en el antiguo edificio del mercado.",
        "El edificio cuenta con más de 20.000 libros, una sala infantil y un espacio de estudio abierto hasta tarde.",
        '"Es un día muy importante para el pueblo", afirmó el alcalde durante el acto, ante numerosos vecinos.',
        "La biblioteca abrirá de lunes a sábado y ofrecerá talleres de lectura para niños y mayores desde enero.",
    ]
    html = (
        "<html><head><meta charset='utf-8'><title>Nueva biblioteca</title></head><body><table>"
        "<tr><td><font size='2'><a href='/'>Portada</a><br><a href='/local'>Local</a><br><a href='/cultura'>Cultura</a>"
        "</font></td><td><font size='4'><b>El ayuntamiento inaugura la nueva biblioteca</b></font><br>"
        "<font size='1'>20/11/2026 - Redacción local</font><br><br>"
        f"<font size='2'>{'<br><br>'.join(paras)}</font></td></tr></table></body></html>"
    )
    article = cqnews.parse(html, url="https://valle.example.es/local/biblioteca")
    assert [block.text for block in article.body] == paras


def test_a_whole_article_in_one_p_between_blank_lines() -> None:
    # A small site writes the whole story in one <p>, paragraphs apart by a blank line (two <br>s): it was
    # one glued block. Single breaks inside a paragraph stay line breaks of that paragraph.
    html = (
        "<html lang='en'><head><title>Budget</title></head><body><div class='nav'><a href='/'>Home</a></div>"
        "<div class='story'><h1>Council approves budget</h1><p class='text'>"
        "The city council voted on Monday night to approve a budget that raises spending on roads.<br>"
        "The vote was five to two.<br><br>"
        "Council member Dana Reyes said the increase was overdue after years of complaints.<br>&nbsp;<br>"
        "The budget also includes money for two new police officers and longer library hours.</p></div>"
        "<div class='footer'>Copyright 2026 Town News. All rights reserved.</div></body></html>"
    )
    article = cqnews.parse(html, url="https://town.example/news/budget")
    assert [block.text for block in article.body] == [
        "The city council voted on Monday night to approve a budget that raises spending on roads. The vote was five to two.",
        "Council member Dana Reyes said the increase was overdue after years of complaints.",
        "The budget also includes money for two new police officers and longer library hours.",
    ]


def test_indented_lines_of_one_p_are_paragraphs() -> None:
    # A government portal writes the article as one <p>, each paragraph a line after a single <br> opening
    # with the "　　" indent: it was one glued block.
    article = cqnews.parse(
        "<html><head><meta charset='utf-8'><title>发布会</title></head><body><div class='nav'>首页 新闻 政务</div>"
        f"<div id='content'><h1>市政府召开新闻发布会</h1><p>{'<br>'.join(_PARAS)}</p></div>"
        "<div class='foot'>版权所有 江城市人民政府</div></body></html>"
    )
    assert [block.text for block in article.body] == [p.strip("　") for p in _PARAS]
