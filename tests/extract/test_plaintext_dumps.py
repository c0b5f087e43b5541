"""Plain-text dumps: which lines are running text, and Markdown headings (sentences made up for the tests)."""

from __future__ import annotations

import cqnews

LEDE = "The city council approved the new budget on Monday after a long debate, the mayor said."


def test_paragraphs_ending_in_corner_brackets_are_running_text() -> None:
    # Traditional-script quotes close with 」: such a paragraph is prose, not chrome to drop.
    text = (
        "市議會通過新預算\n\n"
        "（本報記者王小明台北3日電）市議會今天通過明年度總預算，市長在會後表示，「這是市民共同努力的成果，我們會好好執行。」\n\n"
        "議員李大同則說：「預算通過只是開始，監督才是議會真正的責任，我們會逐項追蹤每一筆支出的執行情況。」\n\n"
        "財政局長也說：「明年的收入預估保守，支出會優先照顧長者與兒童，請市民放心，市府一定會把錢用在刀口上。」（編輯：陳美玲）1120103\n\n"
        "目前，市府已公布各局處的預算分配，市民可以在網站上查閱明年每一筆支出的用途與金額。■\n"
    )
    article = cqnews.parse(text)
    assert article.headline == "市議會通過新預算"
    assert len(article.body) == 4
    assert article.body[2].text.startswith("財政局長也說")
    assert article.body[3].text.endswith("金額。■")


def test_markdown_headings_lose_their_marks() -> None:
    article = cqnews.parse(f"# Budget approved\n\n{LEDE}\n\n## What comes next\n\n{LEDE}\n")
    assert article.headline == "Budget approved"
    assert [(block.kind.value, block.text) for block in article.body] == [
        ("paragraph", LEDE),
        ("heading", "What comes next"),
        ("paragraph", LEDE),
    ]


def test_a_hashtag_is_no_heading() -> None:
    article = cqnews.parse(f"#MeToo rally in the square\n\n{LEDE}\n")
    assert article.headline == "#MeToo rally in the square"


def test_short_sentences_next_to_the_body_are_kept() -> None:
    # A one-line quote as the lede and a short closing line: too short for running text on their own.
    text = (
        "Budget approved after long night\n\n"
        "“We did it for the children,” the mayor said.\n\n"
        f"{LEDE}\n\n{LEDE}\n\n"
        "The council meets again in March.\n"
    )
    article = cqnews.parse(text)
    assert article.headline == "Budget approved after long night"
    assert article.body[0].text == "“We did it for the children,” the mayor said."
    assert article.body[-1].text == "The council meets again in March."


def test_the_headline_is_not_taken_into_the_body() -> None:
    article = cqnews.parse(f"Budget approved after a long night in the hall.\n\n{LEDE}\n")
    assert article.headline == "Budget approved after a long night in the hall."
    assert [block.text for block in article.body] == [LEDE]


def test_paragraphs_ending_in_a_closing_guillemet_or_german_quote_are_running_text() -> None:
    # French quotes close with », German ones with “ (or « in »…«): the paragraph is prose, not a heading.
    french = (
        "Le conseil municipal a voté le budget lundi soir après un long débat dans la salle des fêtes.\n\n"
        "## 09h15 : « Une bonne nouvelle »\n\n"
        "Sur la radio locale, la maire a salué le vote des élus : « C'est une bonne nouvelle pour toute la ville. »\n"
    )
    german = (
        "Der Stadtrat hat am Montagabend nach langer Debatte den Haushalt für das kommende Jahr beschlossen.\n\n"
        "Die Bürgermeisterin sagte danach im Rathaus: „Das ist ein guter Tag für die ganze Stadt.“\n"
    )
    article = cqnews.parse("# Le budget voté\n\n" + french)
    assert [block.kind.value for block in article.body] == ["paragraph", "heading", "paragraph"]
    assert any("bonne nouvelle pour toute la ville" in quote.text for quote in article.quotes)
    assert [block.kind.value for block in cqnews.parse("# Haushalt beschlossen\n\n" + german).body] == [
        "paragraph", "paragraph",
    ]
