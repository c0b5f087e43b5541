"""Quote extraction, one construct per test (English and Chinese), plus offsets and speed."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cqnews.enrich.quotes import detect_script, find_quotes
from cqnews.models import Block, BlockKind, Quote, QuoteKind

DIRECT, INDIRECT = QuoteKind.DIRECT, QuoteKind.INDIRECT


def run(*paragraphs: str, language: str | None = "en") -> list[Quote]:
    blocks = [Block(text=p) for p in paragraphs]
    quotes = find_quotes(blocks, language)
    for q in quotes:
        assert blocks[q.block].text[q.start : q.end] == q.text
    return quotes


def only(quotes: list[Quote], kind: QuoteKind, fragment: str) -> Quote:
    hits = [q for q in quotes if q.kind == kind and fragment in q.text]
    assert len(hits) == 1, [(q.kind.value, q.text) for q in quotes]
    return hits[0]


def name(q: Quote) -> str | None:
    return q.speaker.name if q.speaker else None


# ---------------------------------------------------------------- English direct


def test_quote_split_by_attribution_keeps_speaker() -> None:
    qs = run("“We will build it,” said Mayor Anna Berg, who leads the council. “And it will open next year.”")
    first, second = only(qs, DIRECT, "build it"), only(qs, DIRECT, "open next year")
    assert first.text == "We will build it,"
    assert name(first) == name(second) == "Anna Berg"
    assert first.cue == "said"


def test_colon_quote_and_role_before_name() -> None:
    q = only(run("Foreign Ministry spokesperson Wang Wenbin said: “China firmly opposes this.”"), DIRECT, "opposes")
    assert name(q) == "Wang Wenbin"
    assert q.speaker is not None and q.speaker.role == "Foreign Ministry spokesperson"


def test_fragment_inside_reported_sentence() -> None:
    q = only(run("Critic Paul Rand called the plan “a reckless gamble with public money” on Monday."), DIRECT, "gamble")
    assert name(q) == "Paul Rand"


def test_quote_over_several_paragraphs() -> None:
    qs = run(
        "John Carter said: “The first part of my answer is long.",
        "“The second part continues it.",
        "“And the third one ends it.”",
    )
    assert [name(q) for q in qs if q.kind == DIRECT] == ["John Carter"] * 3


def test_quote_over_paragraphs_attributed_at_its_end() -> None:
    qs = run("“The first part of my answer is long.", "“And the last one ends it,” said Mary Stone.")
    assert [name(q) for q in qs if q.kind == DIRECT] == ["Mary Stone"] * 2


def test_bare_quote_paragraph_continues_previous_speaker() -> None:
    qs = run("“Prices went up,” Maria Lopez said.", "“Nobody expected it.”")
    assert name(only(qs, DIRECT, "Nobody expected")) == "Maria Lopez"


def test_western_surname_and_two_people_sharing_it() -> None:
    qs = run(
        "John Smith, a farmer, opened the meeting.",
        "Mary Smith, his sister, spoke next.",
        "“It rained all week,” Smith said.",
    )
    assert name(only(qs, DIRECT, "rained")) == "Mary Smith"


def test_chinese_name_order_in_english() -> None:
    qs = run("Zhang Hongbin, a director, opened the forum.", "“Chongqing is ready,” Zhang added.")
    q = only(qs, DIRECT, "ready")
    assert (name(q), q.mention, q.cue) == ("Zhang Hongbin", "Zhang", "added")
    assert q.speaker is not None and q.speaker.role == "a director"


def test_pronoun_goes_to_matching_recent_speaker() -> None:
    qs = run(
        "“We lost,” said coach Tom Reed. He was upset with his team.",
        "“I am proud of them,” Jane Ode said. She is his captain and she led her team well.",
        "“It was close,” she said.",
    )
    assert name(only(qs, DIRECT, "close")) == "Jane Ode"


def test_unresolved_surname_is_kept_as_written() -> None:
    q = only(run("“We need more cinemas,” Lin said."), DIRECT, "cinemas")
    assert name(q) == "Lin"


def test_organisation_speaks() -> None:
    q = only(run("“The rules apply from May,” the Ministry of Commerce said."), DIRECT, "rules")
    assert name(q) == "the Ministry of Commerce"


def test_unnamed_source_has_no_name_but_a_role() -> None:
    q = only(run("“We are looking into it,” a company spokesperson said."), DIRECT, "looking")
    assert q.speaker is not None and q.speaker.name is None and q.speaker.role == "a company spokesperson"


# ---------------------------------------------------------------- English indirect


def test_said_that_clause() -> None:
    q = only(run("Anna Berg said that the bridge would open in June."), INDIRECT, "bridge")
    assert (q.text, name(q), q.cue) == ("the bridge would open in June", "Anna Berg", "said")


def test_clause_then_attribution() -> None:
    q = only(run("The bridge will open in June, Anna Berg said."), INDIRECT, "bridge")
    assert (q.text, name(q)) == ("The bridge will open in June", "Anna Berg")


def test_according_to() -> None:
    q = only(run("According to Anna Berg, the bridge will open in June."), INDIRECT, "bridge")
    assert (q.text, name(q), q.cue) == ("the bridge will open in June", "Anna Berg", "according to")


def test_told_reporters() -> None:
    q = only(run("Anna Berg told reporters on Monday that the bridge will open in June."), INDIRECT, "bridge")
    assert (q.text, name(q), q.cue) == ("the bridge will open in June", "Anna Berg", "told")


def test_participle_saying_that_goes_to_sentence_subject() -> None:
    q = only(run("Liu Wei, a deputy director, echoed the call, saying that film is a growth point."), INDIRECT, "film")
    assert name(q) == "Liu Wei"


# ---------------------------------------------------------------- not quotes


@pytest.mark.parametrize(
    "text",
    [
        "The so-called “experts” were wrong about the weather.",
        "Fans queued for the film “The Wandering Earth” all night.",
        "Banners read “Build a Better City” across the square.",
        "The mayor has not said whether the bridge will open in June.",
    ],
)
def test_scare_quotes_titles_slogans_negation_rejected(text: str) -> None:
    assert run(text) == []


def test_headings_hold_no_quotes() -> None:
    blocks = [Block(kind=BlockKind.HEADING, text="“Ends recession debate”"), Block(text="“It ends the debate,” Lee said.")]
    assert [q.block for q in find_quotes(blocks, "en")] == [1]


def test_nested_quote_is_not_a_quote_of_its_own() -> None:
    qs = run("“He told me ‘wait here’ and left,” Anna Berg said.")
    assert [q.text for q in qs] == ["He told me ‘wait here’ and left,"]


# ---------------------------------------------------------------- Chinese


def test_zh_quote_then_speaker() -> None:
    q = only(run("“今年的产量会继续增长，”河南省省长王凯说。", language="zh"), DIRECT, "产量")
    assert (q.text, name(q), q.cue) == ("今年的产量会继续增长，", "王凯", "说")
    assert q.speaker is not None and q.speaker.role == "河南省省长"


def test_zh_biaoshi_indirect() -> None:
    q = only(run("张三表示，河南将继续推进改革。", language="zh"), INDIRECT, "河南")
    assert (q.text, name(q), q.cue) == ("河南将继续推进改革。", "张三", "表示")


def test_zh_colon_direct() -> None:
    q = only(run("李四指出：“我们必须加快发展。”", language="zh"), DIRECT, "加快")
    assert (name(q), q.cue) == ("李四", "指出")


def test_zh_according_to() -> None:
    q = only(run("据研究员郑伟波介绍，目前实验运行稳定。", language="zh"), INDIRECT, "实验")
    assert name(q) == "郑伟波"


def test_zh_pronoun_and_bare_paragraph() -> None:
    qs = run("王凯说，河南粮食产量稳定。", "他表示，河南将继续努力。", "“我们有信心。”", language="zh")
    assert name(only(qs, INDIRECT, "继续努力")) == "王凯"
    assert name(only(qs, DIRECT, "信心")) == "王凯"


def test_zh_terms_and_titles_rejected() -> None:
    assert run("河南实现了“三个转变”，话剧《约定无期限》在张家口演出。", language="zh") == []


def test_script_detection() -> None:
    assert detect_script(["王凯说，河南粮食产量稳定。"], None) == "zh"
    assert detect_script(["Anna Berg said so."], "de") == "en"
    assert name(run("“今年的产量会继续增长，”王凯说。", language=None)[0]) == "王凯"


# ---------------------------------------------------------------- robustness


def _timed(unit: str, size: int) -> float:
    text = (unit * (size // len(unit) + 1))[:size]
    start = time.perf_counter()
    quotes = run(text, language=None)
    assert all(len(q.text) <= len(text) for q in quotes)
    return time.perf_counter() - start


@pytest.mark.parametrize("unit", ["“,", '",', "“”‘’\"「」『』, ", "“，”"])
def test_adversarial_200kb_of_quote_marks_and_commas_is_fast(unit: str) -> None:
    assert _timed(unit, 200_000) < 2.0


@pytest.mark.parametrize("unit", ["“a,” he said. ", "“，”王凯说，", "Smith said that a, ", "王凯说，河南"])
def test_adversarial_quotes_and_cues_stay_linear(unit: str) -> None:
    assert _timed(unit, 50_000) < 2.0


def test_many_cues_before_a_long_punctuation_run_stay_linear() -> None:
    text = "Smith said that a " * 3000 + "," * 100_000
    start = time.perf_counter()
    run(text, "“" + "a " * 50_000)
    assert time.perf_counter() - start < 2.0


def test_empty_and_odd_input() -> None:
    assert run() == []
    assert run("", "“", "”", "‘’", language=None) == []


_PIECES = list("“”‘’\"「」『』，。：, .:aZ王凯说表示 ") + ["said ", "Smith ", "he ", "according to ", "Zhang Li "]


@given(st.lists(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join), max_size=4))
@settings(max_examples=150, deadline=None)
def test_any_text_keeps_the_offset_invariant(paragraphs: list[str]) -> None:
    run(*paragraphs, language=None)  # run() asserts blocks[q.block].text[q.start:q.end] == q.text
