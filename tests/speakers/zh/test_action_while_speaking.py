"""What the speaker does while speaking, a verb and 着 right before the cue (指着远处说, 握着记者的手说), is a
predicate with no subject: the one the sentence goes on with speaks, not the verb phrase. A person after such a
relative clause (看着他长大的邻居说) is the speaker. Every sentence is made up; each expected speaker is read off the
sentence."""

from __future__ import annotations

from tests.quote_helpers import said, speakers


def test_pointing_at_a_house_the_man_speaks() -> None:
    assert speakers("王明拿着一张泛黄的老照片，指着上面的一栋土房子说：“这就是我家以前的房子。”") == ["王明"]


def test_holding_the_reporters_hand_the_woman_speaks() -> None:
    assert speakers("李华坐在门口，握着记者的手说：“谢谢你们来看我。”") == ["李华"]


def test_with_red_eyes_she_speaks() -> None:
    assert speakers("李华坐在门口，红着眼眶说：“谢谢你们来看我。”") == ["李华"]

    # (a person after such a relative clause is the one who speaks: not 王明)
    assert said("王明坐在门口，看着他长大的邻居说：“他从小就很懂事。”")[0][0] != "王明"


def test_sighing_before_speaking_he_speaks() -> None:
    assert speakers("听到这里，王明放下碗，叹了口气说：“这就是我家以前的房子。”") == ["王明"]


def test_thinking_a_while_she_speaks() -> None:
    assert speakers("李华坐在门口，想了想说：“谢谢你们来看我。”") == ["李华"]


def test_after_a_silence_he_speaks() -> None:
    assert speakers("听到这里，王明放下碗，沉默片刻后说：“这就是我家以前的房子。”") == ["王明"]


def test_when_he_saw_the_reporter_he_speaks() -> None:
    assert speakers("听到这里，王明放下碗，见到记者时说：“这就是我家以前的房子。”") == ["王明"]


def test_raising_her_head_she_speaks() -> None:
    assert speakers("李华坐在门口，抬起头说：“谢谢你们来看我。”") == ["李华"]


def test_frowning_he_speaks() -> None:
    assert speakers("听到这里，王明放下碗，皱起眉头说：“这就是我家以前的房子。”") == ["王明"]


def test_asked_about_it_he_says() -> None:
    assert speakers("王明昨天见了记者，被问及此事时表示，自己从来没有收到通知。") == ["王明"]


def test_in_court_he_argues() -> None:
    assert speakers("王明昨天出庭受审，在庭审中辩称，自己从来没有收到通知。") == ["王明"]


def test_through_his_lawyer_he_says() -> None:
    assert speakers("王明昨天见了记者，通过律师表示，自己从来没有收到通知。") == ["王明"]


def test_after_the_outbreak_she_says() -> None:
    assert speakers("李华在医院工作了二十年，疫情发生后表示，自己从来没有这么累过。") == ["李华"]
    # (people who may speak open their own clause of when: 村民 speak, not 王明)
    assert speakers("王明昨天见了记者，村民得知消息后表示，自己从来没有收到通知。") != ["王明"]


def test_after_work_she_tells_the_reporter() -> None:
    assert speakers("李华在医院工作了二十年，下班后对记者说，自己从来没有这么累过。") == ["李华"]


def test_lowering_his_voice_he_speaks() -> None:
    assert speakers("听到这里，王明放下碗，压低声音说：“这就是我家以前的房子。”") == ["王明"]


def test_shaking_her_head_she_speaks() -> None:
    assert speakers("李华坐在门口，摇着头说：“谢谢你们来看我。”") == ["李华"]


def test_waving_his_hand_he_speaks() -> None:
    assert speakers("听到这里，王明放下碗，挥挥手说：“这就是我家以前的房子。”") == ["王明"]


def test_after_hesitating_she_speaks() -> None:
    assert speakers("李华坐在门口，犹豫片刻说：“谢谢你们来看我。”") == ["李华"]


def test_calling_the_reporter_he_says() -> None:
    assert speakers("王明昨天见了记者，致电记者称，自己从来没有收到通知。") == ["王明"]


def test_answering_by_text_message_he_says() -> None:
    assert speakers("王明昨天见了记者，回复短信称，自己从来没有收到通知。") == ["王明"]
