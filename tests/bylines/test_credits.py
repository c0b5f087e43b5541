"""Photo credits and bylines: cqnews.enrich.credits."""

from __future__ import annotations

import time

import pytest

from cqnews.enrich.credits import (
    authors_from_bylines,
    clean_author_names,
    credit_authors,
    credits_from_bylines,
    normalize_person_name,
    parse_credit_line,
    parse_photo_credit,
    split_photo_credit,
)
from cqnews.models import CreditRole
from tests.cpu_bar import cpu_bar


def who(credits):
    return [(c.name, c.organization) for c in credits]


# --- normalize_person_name -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Truman PENG", "Truman Peng"),
        ("  Truman   PENG ", "Truman Peng"),
        ("GHULAM RASOOL", "Ghulam Rasool"),
        ("Duduzile ZUMA-SAMBUDLA", "Duduzile Zuma-Sambudla"),
        ("Conan O'BRIEN", "Conan O'Brien"),
        ("Tan Yingzi", "Tan Yingzi"),
        ("Henry VIII", "Henry VIII"),
        ("张三", "张三"),
    ],
)
def test_normalize_person_name(raw: str, expected: str) -> None:
    assert normalize_person_name(raw) == expected


# --- split_photo_credit ----------------------------------------------------------------------


def test_ichongqing_credit() -> None:
    caption, credits = split_photo_credit(
        "The opening ceremony of the Liangjiang Film and Television Industry Summit Forum. (iChongqing/Truman PENG)"
    )
    assert caption == "The opening ceremony of the Liangjiang Film and Television Industry Summit Forum."
    assert len(credits) == 1
    credit = credits[0]
    assert (credit.name, credit.organization) == ("Truman Peng", "iChongqing")
    assert credit.role is CreditRole.PHOTOGRAPHER
    assert credit.raw == "(iChongqing/Truman PENG)"


@pytest.mark.parametrize(
    ("text", "caption", "expected"),
    [
        ("Workers at the port. (Photo/Xinhua)", "Workers at the port.", [(None, "Xinhua")]),
        ("Visitors at the fair. [Photo by Wang Jing/China Daily]", "Visitors at the fair.", [("Wang Jing", "China Daily")]),
        ("A view of the city. Photo: IC", "A view of the city.", [(None, "IC")]),
        ("A view of the river (Photo: VCG)", "A view of the river", [(None, "VCG")]),
        ("Players celebrate. Photo by John Smith/Getty Images", "Players celebrate.", [("John Smith", "Getty Images")]),
        ("Crowds gather outside © Reuters", "Crowds gather outside", [(None, "Reuters")]),
        ("Protesters march. Credit: AP Photo/Jane Doe", "Protesters march.", [("Jane Doe", "AP")]),
        ("A cat on a wall. Image: Jane Doe", "A cat on a wall.", [("Jane Doe", None)]),
        ("The King and Queen arrive (Picture: Getty)", "The King and Queen arrive", [(None, "Getty")]),
        ("Black Rod walks through the Royal Gallery (Picture: PA)", "Black Rod walks through the Royal Gallery", [(None, "PA")]),
        ("Crowds at the castle. PA", "Crowds at the castle.", [(None, "PA")]),
        ("A crowd at the Cinderella Castle Getty Images", "A crowd at the Cinderella Castle", [(None, "Getty Images")]),
        (
            "Should she win, Connolly will succeed Higgins. | Niall Carson/PA Images via Getty Images",
            "Should she win, Connolly will succeed Higgins.",
            [("Niall Carson", "PA Images"), (None, "Getty Images")],
        ),
        ("The lobby has been redesigned. Supplied", "The lobby has been redesigned.", [(None, "Supplied")]),
        (
            "Rep. Pryor talks with Rep. Thompson at the Statehouse. (AP Photo/Darron Cummings)",
            "Rep. Pryor talks with Rep. Thompson at the Statehouse.",
            [("Darron Cummings", "AP")],
        ),
        ("Trump at the court. (AP Photo/Eric Gay, File)", "Trump at the court.", [("Eric Gay", "AP")]),
        ("Epstein documents were released. (AP)", "Epstein documents were released.", [(None, "AP")]),
    ],
)
def test_english_caption_credits(text: str, caption: str, expected: list) -> None:
    got_caption, credits = split_photo_credit(text)
    assert got_caption == caption
    assert who(credits) == expected


def test_several_people_in_one_credit() -> None:
    caption, credits = split_photo_credit("Fans at the final. Photo: Jane Doe and John Smith/Reuters")
    assert caption == "Fans at the final."
    assert who(credits) == [("Jane Doe", "Reuters"), ("John Smith", "Reuters")]
    assert all(c.raw == "Photo: Jane Doe and John Smith/Reuters" for c in credits)


@pytest.mark.parametrize(
    ("text", "caption", "expected"),
    [
        ("重庆夜景。（新华社记者 张三 摄）", "重庆夜景。", [("张三", "新华社")]),
        ("重庆夜景 张三/摄", "重庆夜景", [("张三", None)]),
        ("重庆夜景。图片来源：视觉中国", "重庆夜景。", [(None, "视觉中国")]),
        ("重庆夜景。重庆日报供图", "重庆夜景。", [(None, "重庆日报")]),
        ("图为重庆夜景。新华社记者 张三 摄", "图为重庆夜景。", [("张三", "新华社")]),
    ],
)
def test_chinese_caption_credits(text: str, caption: str, expected: list) -> None:
    got_caption, credits = split_photo_credit(text)
    assert got_caption == caption
    assert who(credits) == expected


def test_image_source_is_a_source_credit() -> None:
    _, credits = split_photo_credit("重庆夜景。图片来源：视觉中国")
    assert credits[0].role is CreditRole.SOURCE


@pytest.mark.parametrize(
    "text",
    [
        "Here are some of the best houseplants for your home (stock image)",
        "Zelensky (left) may be forced to fire Syrsky (right)",
        "He said the picture (Photo/Xinhua) was fine and then left the room.",
        "Kamala Harris in her yearbook (1981)",
        "An ordinary caption without any credit",
    ],
)
def test_no_credit(text: str) -> None:
    caption, credits = split_photo_credit(text)
    assert caption == text
    assert credits == []


def test_credit_only_text() -> None:
    assert who(split_photo_credit("Photo: IC")[1]) == [(None, "IC")]
    assert split_photo_credit("Photo: IC")[0] is None
    assert split_photo_credit("(Image: Getty)")[0] is None
    assert split_photo_credit("") == (None, [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Photo by David Kawai/Bloomberg", [("David Kawai", "Bloomberg")]),
        ("Photo by GHULAM RASOOL / AFP via Getty Images", [("Ghulam Rasool", "AFP"), (None, "Getty Images")]),
        ("(Image: LightRocket via Getty Images)", [(None, "LightRocket"), (None, "Getty Images")]),
        ("Photograph: Scott Gilbertson; Getty Images", [("Scott Gilbertson", None), (None, "Getty Images")]),
        ("Tara Atkinson for Rest of World", [("Tara Atkinson", "Rest of World")]),
        ("Credit: PA", [(None, "PA")]),
        ("Image Credits: Strava", [(None, "Strava")]),
        ("(Courtesy of Tanner Fischer)", [("Tanner Fischer", None)]),
        ("Copyright Fredrik Persson/AP", [("Fredrik Persson", "AP")]),
        ("Credits: Supplied Image;", [(None, "Supplied Image")]),
        # a company is an organisation, not a person
        ("Advanced Rocket Technologies", [(None, "Advanced Rocket Technologies")]),
        ("Photo: Jane Doe/Acme Robotics", [("Jane Doe", "Acme Robotics")]),
    ],
)
def test_parse_photo_credit(text: str, expected: list) -> None:
    assert who(parse_photo_credit(text)) == expected


def test_illustration_is_a_contribution() -> None:
    credits = parse_photo_credit("Illustration by Arina Kokoreva")
    assert who(credits) == [("Arina Kokoreva", None)]
    assert credits[0].role is CreditRole.CONTRIBUTOR


# --- parse_credit_line -----------------------------------------------------------------------


def roles(credits):
    return [(c.role.value, c.name, c.organization) for c in credits]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Tan Yingzi in Chongqing", [("author", "Tan Yingzi", None)]),
        ("Tan Yingzi | China Daily", [("author", "Tan Yingzi", "China Daily")]),
        ("Editor: Li Hua", [("editor", "Li Hua", None)]),
        ("Source: Xinhua", [("source", None, "Xinhua")]),
        ("Translated by Zhang Wei", [("translator", "Zhang Wei", None)]),
        ("Reporter: Wang Fang", [("author", "Wang Fang", None)]),
        ("By Jane Doe and John Smith", [("author", "Jane Doe", None), ("author", "John Smith", None)]),
        (
            "Jane Doe, John Smith and Mary Jones",
            [("author", "Jane Doe", None), ("author", "John Smith", None), ("author", "Mary Jones", None)],
        ),
        ("By JANE DOE, Staff Writer", [("author", "Jane Doe", None)]),
        ("By Jane Doe Updated May 5, 2024 10:00 am", [("author", "Jane Doe", None)]),
        ("By Reuters", [("author", None, "Reuters")]),
        ("记者 张三", [("author", "张三", None)]),
        ("本报记者 张三 李四", [("author", "张三", None), ("author", "李四", None)]),
        ("新华社记者 张三、李四", [("author", "张三", "新华社"), ("author", "李四", "新华社")]),
        ("通讯员 王五", [("contributor", "王五", None)]),
        ("责任编辑：赵六", [("editor", "赵六", None)]),
        ("来源：新华社", [("source", None, "新华社")]),
        ("编辑：钱七", [("editor", "钱七", None)]),
        ("作者：孙八", [("author", "孙八", None)]),
        ("来源：重庆日报 责任编辑：王五", [("source", None, "重庆日报"), ("editor", "王五", None)]),
    ],
)
def test_parse_credit_line(line: str, expected: list) -> None:
    assert roles(parse_credit_line(line)) == expected


@pytest.mark.parametrize(
    "line",
    ["Email the author", "Updated: May 5, 2024", "Staff", "Wed 15 May 2024", "Share this article", "Follow us", ""],
)
def test_non_persons_are_not_authors(line: str) -> None:
    assert parse_credit_line(line) == []


def test_credit_authors() -> None:
    credits = parse_credit_line("By Jane Doe and John Smith") + parse_credit_line("Editor: Li Hua")
    assert credit_authors(credits) == ["Jane Doe", "John Smith"]
    assert credit_authors(parse_credit_line("By Reuters")) == ["Reuters"]


# --- linear time -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "(" * 20000 + "Photo",
        "Photo: " * 5000,
        "a/" * 20000 + ")",
        "张" * 30000 + " 摄",
        "By " + "Jane Doe and " * 3000,
        "x. " * 20000 + "Photo by X/Getty Images",
    ],
)
def test_adversarial_inputs_are_fast(text: str) -> None:
    started = time.process_time()
    split_photo_credit(text)
    parse_credit_line(text)
    parse_photo_credit(text)
    assert time.process_time() - started < cpu_bar(1.0)


# --- metadata names and byline lines ---------------------------------------------------------


def test_clean_author_names() -> None:
    assert clean_author_names(["Jane Doe", "jane doe", "chuck-ross", "MND Staff", "https://x.com/a", "admin"]) == [
        "Jane Doe",
        "Chuck Ross",
        "MND Staff",
    ]
    assert clean_author_names(["By Jane Doe and John Smith"]) == ["Jane Doe", "John Smith"]
    assert clean_author_names(["大渡 美咲"]) == ["大渡 美咲"]


def test_authors_from_bylines_first_line_wins() -> None:
    lines = ["By Laura Jedeed", "Laura Jedeed is a freelance journalist.", "By Michael Beltran"]
    assert authors_from_bylines(lines) == ["Laura Jedeed"]
    assert authors_from_bylines(["记者 张三", "通讯员 李四"]) == ["张三"]
    assert authors_from_bylines(["Share", "Updated 5 May"]) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("dailystar Bookmark Share Travel By Sophie Foster Travel News Reporter 11:58, 23 APR 2024", ["Sophie Foster"]),
        ("News Joshua Whorms 12:43, 20 Apr 2026 Updated 12:44, 20 Apr 2026", ["Joshua Whorms"]),
        ("By Dolores Chang For Dailymail.Com", ["Dolores Chang"]),
        ("Greg Iacurci @GregIacurci", ["Greg Iacurci"]),
        ("Ryan Devereaux Ryan Devereaux April 28 2023, 3:54 p.m.", ["Ryan Devereaux"]),
        ("By Lucy Thornton News Reporter Tim Hanlon News Reporter", ["Lucy Thornton", "Tim Hanlon"]),
        ("Thabo Mokone Parliamentary editor", ["Thabo Mokone"]),
        ("By Matthew Cappucci April 26, 2024 at 11:24 a.m. EDT", ["Matthew Cappucci"]),
        ("本报记者 王乐文 方 敏", ["王乐文", "方敏"]),
        ("经济日报 2024-05-13 06:16 发布于 北京 经济日报官方账号 + 关注", []),
    ],
)
def test_bylines_as_pages_write_them(line: str, expected: list) -> None:
    assert credit_authors(parse_credit_line(line)) == expected


def test_japanese_equals_credit() -> None:
    caption, credits = split_photo_credit("韓国の国旗＝ＡＰ")
    assert caption == "韓国の国旗"
    assert who(credits) == [(None, "AP")]
    assert credits[0].raw == "＝ＡＰ"


def test_for_outlet_in_credit() -> None:
    _, credits = split_photo_credit("Golden nanmu trees in Chongqing. [Photo by Su Zhigang/For chinadaily.com.cn]")
    assert who(credits) == [("Su Zhigang", "chinadaily.com.cn")]


@pytest.mark.parametrize(
    ("text", "caption", "expected"),
    [
        ("重庆夜景。（新华社发 张三 摄）", "重庆夜景。", [("张三", "新华社")]),
        ("重庆夜景。（新华社发）", "重庆夜景。", [(None, "新华社")]),
        ("重庆夜景，新华社记者 张三 李四 摄", "重庆夜景", [("张三", "新华社"), ("李四", "新华社")]),
        ("重庆夜景 受访者供图", "重庆夜景", [(None, "受访者")]),
        # glued to the caption without a space: cannot be split safely, so left alone
        ("重庆夜景张三摄", "重庆夜景张三摄", []),
    ],
)
def test_more_chinese_credits(text: str, caption: str, expected: list) -> None:
    got_caption, credits = split_photo_credit(text)
    assert got_caption == caption
    assert who(credits) == expected


def test_org_colon_person_tail() -> None:
    caption, credits = split_photo_credit(
        "The lodge is now open. Fairmont Jasper Park Lodge: Jacob Sjöman, jacob@sjomanart.com"
    )
    assert caption == "The lodge is now open."
    assert who(credits) == [("Jacob Sjöman", "Fairmont Jasper Park Lodge")]


def test_nested_brackets_are_fast() -> None:
    text = "(" * 30000 + "Photo: IC" + ")" * 30000
    started = time.process_time()
    split_photo_credit(text)
    assert time.process_time() - started < cpu_bar(1.0)


def test_credits_from_bylines() -> None:
    credits = credits_from_bylines(["By Laura Jedeed", "Editor: Li Hua", "By Michael Beltran", "责任编辑：王五"])
    assert roles(credits) == [
        ("author", "Laura Jedeed", None),
        ("editor", "Li Hua", None),
        ("editor", "王五", None),
    ]


def test_shot_by_is_a_photographer() -> None:
    assert roles(parse_credit_line("新华社记者 张三 摄")) == [("photographer", "张三", "新华社")]


# --- print-edition notes and bracketed editor lines --------------------------------------------


@pytest.mark.parametrize(
    ("line", "paper"),
    [
        ("《 人民日报 》（ 2024年05月10日   04 版）", "人民日报"),  # people.com.cn, span#paper_num
        ("《光明日报》（2024年05月20日 03版）", "光明日报"),  # gmw.cn, end of the article
        ("《光明日报》(2024年05月20日 第3版)", "光明日报"),
    ],
)
def test_print_edition_note_is_a_source_credit(line: str, paper: str) -> None:
    credits = parse_credit_line(line)
    assert roles(credits) == [("source", None, paper)]
    assert credits[0].raw == " ".join(line.split())


def test_a_title_in_book_brackets_is_not_a_print_edition_note() -> None:
    assert parse_credit_line("《人民日报》评论指出，经济持续回升向好（2024年）的态势没有改变。") == []


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("[责任编辑：alonliu]", ["alonliu"]),  # qq.com: a staff handle
        ("【责任编辑：严玉洁】", ["严玉洁"]),  # chinadaily.com.cn
        ("（编辑：严玉洁 王辉）", ["严玉洁", "王辉"]),
        ("[ 责编：张倩 ]", ["张倩"]),  # gmw.cn
        ("(责编：胡永秋、杨光宇)", ["胡永秋", "杨光宇"]),  # people.com.cn
        ("[责任编辑:肖春芳]", ["肖春芳"]),
        ("责任编辑：alonliu", ["alonliu"]),
    ],
)
def test_bracketed_editor_lines(line: str, names: list[str]) -> None:
    credits = parse_credit_line(line)
    assert roles(credits) == [("editor", name, None) for name in names]
    assert all(c.raw == line for c in credits)  # the line as written, brackets and all


def test_handles_count_only_after_editor_labels() -> None:
    assert parse_credit_line("记者 alonliu") == []
    assert parse_credit_line("责任编辑：Editor") == []


def test_brackets_inside_a_line_are_not_a_wrapper() -> None:
    credits = parse_credit_line("【来源：新华社】【责任编辑：王五】")
    assert roles(credits) == [("source", None, "新华社"), ("editor", "王五", None)]


def test_credits_from_plain_text_lines() -> None:
    credits = credits_from_bylines(["本报记者 王乐文 方 敏", "《 人民日报 》（ 2024年05月10日 04 版）", "(责编：胡永秋、杨光宇)"])
    assert roles(credits) == [
        ("author", "王乐文", None),
        ("author", "方敏", None),
        ("source", None, "人民日报"),
        ("editor", "胡永秋", None),
        ("editor", "杨光宇", None),
    ]


# --- Korean agencies closing a caption ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "caption", "org"),
    [
        # hankookilbo.com captions (fundus kr corpus): "…있다. 연합뉴스", "…있다. 뉴스1", "…있다. 뉴시스"
        ("장동혁 국민의힘 대표가 29일 국회에서 경례하고 있다. 연합뉴스", "장동혁 국민의힘 대표가 29일 국회에서 경례하고 있다.", "연합뉴스"),
        ("정청래 대표가 18일 국회에서 대화하고 있다. 뉴스1", "정청래 대표가 18일 국회에서 대화하고 있다.", "뉴스1"),
        ("후보가 15일 화개장터 입구에서 라이브를 하고 있다. 뉴시스", "후보가 15일 화개장터 입구에서 라이브를 하고 있다.", "뉴시스"),
        ("후보가 연설하고 있다 (연합뉴스)", "후보가 연설하고 있다", "연합뉴스"),
    ],
)
def test_korean_agency_closes_a_caption(text: str, caption: str, org: str) -> None:
    got_caption, credits = split_photo_credit(text)
    assert got_caption == caption
    assert roles(credits) == [("photographer", None, org)]


def test_korean_agency_inside_a_sentence_is_not_a_credit() -> None:
    assert split_photo_credit("뉴스1 기자가 말했다. 연합뉴스는 보도했다") == ("뉴스1 기자가 말했다. 연합뉴스는 보도했다", [])


_ZH_BODY = "重庆市今天召开新闻发布会，介绍了两江新区影视产业发展的最新情况和下一步工作安排。" * 3


def test_credit_lines_on_the_plain_text_path() -> None:
    import cqnews

    text = f"两江新区影视产业峰会举行\n\n{_ZH_BODY}\n\n{_ZH_BODY}\n\n《光明日报》（2024年05月20日 03版）\n\n[责任编辑：alonliu]\n\n[ 责编：张倩 ]"
    article = cqnews.parse(text)
    assert [(c.role.value, c.name or c.organization, c.raw) for c in article.credits] == [
        ("source", "光明日报", "《光明日报》（2024年05月20日 03版）"),
        ("editor", "alonliu", "[责任编辑：alonliu]"),
        ("editor", "张倩", "[ 责编：张倩 ]"),
    ]
    assert "责" not in article.text and "版）" not in article.text


def test_credit_lines_on_the_generic_path() -> None:
    import cqnews

    paragraphs = "".join(f"<p>{_ZH_BODY}</p>" for _ in range(3))
    html = (
        "<html><head><title>两江新区影视产业峰会举行</title></head><body><article><h1>两江新区影视产业峰会举行</h1>"
        f"{paragraphs}<p>《 人民日报 》（ 2024年05月10日 04 版）</p><p>【责任编辑：严玉洁】</p>"
        "<p>（编辑：严玉洁 王辉）</p></article></body></html>"
    )
    article = cqnews.parse(html, url="https://example.org/a/1.html")
    assert [(c.role.value, c.name or c.organization) for c in article.credits] == [
        ("source", "人民日报"),
        ("editor", "严玉洁"),
        ("editor", "王辉"),
    ]


# --- more languages (issue 12) -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "caption", "expected"),
    [
        ("Im Vorjahr kamen Tausende. Bild: Andreas Seidel/Archiv", "Im Vorjahr kamen Tausende.",
         [("Andreas Seidel", "Archiv")]),
        ("Erst fiel der linke Turm. Foto: Peter Kneffel/dpa", "Erst fiel der linke Turm.", [("Peter Kneffel", "dpa")]),
        ("FINALEKLAR: Hun hopper i finalen. Foto: Fredrik Varfjell / NTB", "FINALEKLAR: Hun hopper i finalen.",
         [("Fredrik Varfjell", "NTB")]),
        ("Un bombero trabaja. Foto: EFE", "Un bombero trabaja.", [(None, "EFE")]),
        ("Crédit photo : AFP", None, [(None, "AFP")]),
        ("Quelle: Tobias Koch", None, [("Tobias Koch", None)]),
        ("коллаж: Андрей Калистратенко", None, [("Андрей Калистратенко", None)]),
    ],
)
def test_credit_keywords_in_other_languages(text: str, caption: str | None, expected: list) -> None:
    got_caption, credits = split_photo_credit(text)
    assert got_caption == caption
    assert who(credits) == expected


def test_a_sentence_with_bild_is_not_a_credit() -> None:
    assert split_photo_credit("Der Bildband zeigt Bilder: schöne Landschaften") == (
        "Der Bildband zeigt Bilder: schöne Landschaften", [])


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Von Hannah Ritzmann und Max Mustermann", ["Hannah Ritzmann", "Max Mustermann"]),
        ("Por Juan Pérez y María López", ["Juan Pérez", "María López"]),
        ("Par Jean Dupont et Marie Curie", ["Jean Dupont", "Marie Curie"]),
        ("Av Ola Nordmann og Kari Nordmann", ["Ola Nordmann", "Kari Nordmann"]),
        ("Von Robin Amberg, Volontär (Sport) 06.11.2025, 21:18 Uhr", ["Robin Amberg"]),
        ("Texto: Juan Pérez", ["Juan Pérez"]),
        ("Autorin: Anna Schmidt", ["Anna Schmidt"]),
        ("By Jane Doe and John Smith", ["Jane Doe", "John Smith"]),
        ("Di Maio", []),  # a surname, not "by Maio"
    ],
)
def test_bylines_in_other_languages(line: str, authors: list[str]) -> None:
    assert authors_from_bylines([line]) == authors


def test_names_in_other_alphabets_are_people() -> None:
    assert who(parse_credit_line("Андрей Калистратенко")) == [("Андрей Калистратенко", None)]
    assert who(parse_credit_line("Łukasz Żak")) == [("Łukasz Żak", None)]


def test_inline_chinese_byline_reaches_authors() -> None:
    from cqnews.enrich.credits import inline_bylines
    from cqnews.models import Block

    blocks = [Block(text="北京商报讯（记者 岳品瑜 董晗萱）5月13日，北京市发布新政策。"), Block(text="第二段。")]
    assert inline_bylines(blocks) == ["记者 岳品瑜 董晗萱"]
    assert authors_from_bylines(inline_bylines(blocks)) == ["岳品瑜", "董晗萱"]
    # a bracketed reporter deep in a later paragraph is not the article's byline
    late = [Block(text="a"), Block(text="b"), Block(text="c"), Block(text="据报道（记者 张三）称，…")]
    assert inline_bylines(late) == []


def test_inline_byline_through_parse() -> None:
    import cqnews

    html = (
        "<html><body><article><h1>标题</h1><p>北京商报讯（记者 岳品瑜 董晗萱）5月13日，北京市金融监管局发布了一项新的"
        "政策，涉及多家银行的业务调整和监管要求。</p><p>第二段内容，继续介绍相关情况和背景信息，以及市场反应。</p>"
        "</article></body></html>"
    )
    assert cqnews.parse(html, url="https://www.example.com.cn/2024/0513/1.shtml").authors == ["岳品瑜", "董晗萱"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("© Anna Berger/dpa | Anna Berger", [("Anna Berger", "dpa")]),
        ("Foto: Associated Press | Alex Miller", [("Alex Miller", "Associated Press")]),
        ("Marius Weber | Imago", [("Marius Weber", "Imago")]),
    ],
)
def test_a_bar_parts_a_photo_credit_like_a_slash(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.name, c.organization) for c in parse_photo_credit(text)] == expected


@pytest.mark.parametrize("name", ["Jan Kowalski", "May Bulman", "April Ryan"])
def test_a_given_name_that_is_also_a_month_is_a_person(name: str) -> None:
    (credit,) = parse_photo_credit(f"Foto: {name}/dpa")
    assert (credit.name, credit.organization) == (name, "dpa")


def test_a_known_agency_in_brackets_after_a_name_is_a_credit() -> None:
    caption, credits = split_photo_credit("Protesters in Paris (AFP)")
    assert caption == "Protesters in Paris"
    assert [c.organization for c in credits] == ["AFP"]


@pytest.mark.parametrize(
    ("text", "caption", "raw"),
    [
        ("Foto: Anna Muster/dpa | Erst fiel der linke Turm, dann der rechte.",
         "Erst fiel der linke Turm, dann der rechte.", "Foto: Anna Muster/dpa"),
        ("Photo: AFP – Crowds gather in the square on Sunday.", "Crowds gather in the square on Sunday.", "Photo: AFP"),
        ("Foto: picture alliance / dpa / Die Ministerin spricht in Berlin.", "Die Ministerin spricht in Berlin.",
         "Foto: picture alliance / dpa"),
    ],
)
def test_a_credit_written_before_the_caption(text: str, caption: str, raw: str) -> None:
    got_caption, credits = split_photo_credit(text)
    assert got_caption == caption
    assert credits and {c.raw for c in credits} == {raw}


def test_a_credit_parted_by_a_bar_stays_one_credit() -> None:
    caption, credits = split_photo_credit("© Jan Roe/dpa | Jan Roe")
    assert caption is None
    assert [(c.name, c.organization) for c in credits] == [("Jan Roe", "dpa")]


@pytest.mark.parametrize(
    ("line", "names", "org"),
    [
        ("Anna Roe (dpa)", ["Anna Roe"], "dpa"),
        ("Anna Roe - dpa", ["Anna Roe"], "dpa"),
        ("Von Anna Roe mit dpa", ["Anna Roe"], "dpa"),
        ("Anna Roe Korrespondentin in Paris", ["Anna Roe"], None),
        ("Autorka: Anna Nowak", ["Anna Nowak"], None),
        ("Anna Nowak i Jan Kowalski", ["Anna Nowak", "Jan Kowalski"], None),
        ("Текст: Иван Петров", ["Иван Петров"], None),
    ],
)
def test_bylines_in_more_languages(line: str, names: list[str], org: str | None) -> None:
    credits = credits_from_bylines([line])
    assert [c.name for c in credits] == names
    assert {c.organization for c in credits} == {org}


@pytest.mark.parametrize(
    ("text", "caption", "name", "organization"),
    [
        ("Köprü gün doğarken. Fotoğraf: Ayla Demir / AA", "Köprü gün doğarken.", "Ayla Demir", "AA"),
        ("Η γέφυρα την αυγή. Φωτογραφία: Ελένη Ρήγα / ΑΠΕ", "Η γέφυρα την αυγή.", "Ελένη Ρήγα", "ΑΠΕ"),
        ("Most o świcie. Fot. Jan Lipa/PAP", "Most o świcie.", "Jan Lipa", "PAP"),
    ],
)
def test_photo_labels_of_more_languages(text: str, caption: str, name: str, organization: str) -> None:
    # The label is no organisation ("Φωτογραφία" was one); "Fot." needs no colon, its full stop is one.
    got_caption, credits = split_photo_credit(text)
    assert got_caption == caption
    assert [(c.name, c.organization) for c in credits] == [(name, organization)]


@pytest.mark.parametrize(
    ("line", "organization"),
    [
        ("Redakcja WP", "Redakcja WP"),
        ("Redacción EFE", "Redacción EFE"),
        ("dpa-Redaktion", "dpa-Redaktion"),
    ],
)
def test_a_newsroom_byline_is_a_desk_kept_as_written(line: str, organization: str) -> None:
    # Was a person with its capitals changed ("Redakcja Wp").
    assert [(c.name, c.organization) for c in parse_credit_line(line)] == [(None, organization)]


def test_a_newsroom_word_alone_gives_no_author() -> None:
    assert parse_credit_line("Redaktion") == []
