"""Chinese speakers: a cue right before a quote whose clause leaves its subject out goes on with the person
opening the clause before it in the same sentence, not with the reporter of the whole sentence.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block
from tests.quote_helpers import speakers_in


def _direct_speakers(*paragraphs: str) -> list[str | None]:
    quotes = find_quotes([Block(text=p) for p in paragraphs], "zh")
    return [q.speaker.name if q.speaker else None for q in quotes if q.kind.value == "direct"]


def test_the_person_of_the_clause_before_speaks_after_a_reporter() -> None:
    # 李华 recalls; 王明 walks in and speaks to his wife: the words are 王明's.
    assert _direct_speakers("李华回忆，王明当时走进房间，对妻子说：“我们明天就走。”") == ["王明"]
    assert _direct_speakers("据李华介绍，张强推开门，大声喊道：“快出来！”") == ["张强"]


def test_the_speaker_named_before_the_cue_is_kept() -> None:
    # The cue's own subject (赵芳) and a sentence of one clause keep their speaker.
    assert _direct_speakers("李华回忆，王明走进房间，赵芳对他说：“我们明天就走。”") == ["赵芳"]
    assert speakers_in("王明走进房间。", "他对妻子说：“我们明天就走。”")[-1] == "王明"


def test_the_subject_is_looked_for_past_clauses_that_leave_it_out_too() -> None:
    # 坐下来 has no subject either: the one before it (王明) opens the chain; a clause with a subject of its own
    # (天下着雨) stops it.
    assert _direct_speakers("李华回忆，王明走进房间，坐下来，对妻子说：“我们明天就走。”") == ["王明"]
    assert _direct_speakers("李华回忆，王明走进房间，天下着雨，对妻子说：“我们明天就走。”") == ["李华"]


def test_a_short_quote_after_a_cue_that_leaves_its_subject_out() -> None:
    assert _direct_speakers("李华回忆，王明走进房间，对妻子说，“我们明天就走”。") == ["王明"]
    assert _direct_speakers("李华回忆，王明走进房间，坐下来，对妻子说：“快走”。") == ["王明"]


def test_a_cue_of_telling_reaches_no_quote_past_a_clause_of_its_own() -> None:
    # 告诉记者 ends its clause at the comma; the quote after 他曾说： has that cue and its subject.
    quotes = find_quotes([Block(text="李华告诉记者，他曾说：“我们明天就走。”")], "zh")
    assert [(q.mention, q.cue) for q in quotes if q.kind.value == "direct"] == [("他", "说")]
    quotes = find_quotes([Block(text="李华告诉记者：“我们明天就走。”")], "zh")
    assert [(q.mention, q.cue) for q in quotes if q.kind.value == "direct"] == [("李华", "告诉")]


def test_a_colon_after_a_clause_that_leaves_its_subject_out() -> None:
    # 摇了摇头： introduces 王明's words (he shakes his head), not 李华's, who recalls the scene.
    assert _direct_speakers("李华回忆，王明走进房间，摇了摇头：“我们明天就走。”") == ["王明"]
    assert _direct_speakers("李华回忆，王明走进房间，摇了摇头：“不行。”") == ["王明"]
    # A clause with a subject of its own that is no person keeps the reporter's words.
    assert _direct_speakers("李华表示，公司明年会扩大规模：“我们有信心。”") == ["李华"]


def test_a_word_of_adding_before_the_cue_keeps_the_reporter() -> None:
    # 同时指出: 王明 adds a point; 李华, the subject of his words, does not take over.
    assert _direct_speakers("王明表示，李华做得很好，同时指出：“我们还要继续努力。”") == ["王明"]
    assert _direct_speakers("王明表示，李华做得很好，此外还强调：“我们还要继续努力。”") == ["王明"]


def test_a_fragment_after_a_cue_that_leaves_its_subject_out() -> None:
    # 对妻子说要“马上离开”: the fragment is 王明's words, as a quote after the cue would be.
    assert _direct_speakers("李华回忆，王明走进房间，对妻子说要“马上离开”。") == ["王明"]
