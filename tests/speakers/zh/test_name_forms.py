"""Chinese names as pages write them: a job after the name (李華議員), a given name's character jieba reads as a
sound (郭榮鏗), a familiar name in Latin letters (阿Ken), dotted names after a title (美國總統唐納・川普), a name
glossed in Latin letters (蓬佩奧（Mike Pompeo）), and the page's own characters across a parenthesis.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said

_LONG = "，這個問題已經持續了很長時間，政府必須盡快處理。"


def test_a_job_written_after_a_name_is_the_role() -> None:
    # 李華議員 ("legislator Li Hua"), 王明律师 ("lawyer Wang Ming"): the person is 李華, 王明; the job is the role.
    assert said("李華議員表示" + _LONG) == [("李華", "議員")]
    assert said("王明律师表示，这个案件还会继续上诉，当事人不会放弃。") == [("王明", "律师")]


def test_a_job_after_a_word_that_is_no_name_stays_a_description() -> None:
    # 代表律师 ("the representing lawyer"): nobody named; the job after another word is no name's title.
    assert said("代表律师表示，这个案件还会继续上诉，当事人不会放弃。") == [(None, "代表律师")]


def test_a_given_name_ending_in_a_character_read_as_a_sound_is_kept_whole() -> None:
    # 郭榮鏗: jieba reads 郭榮 as a name and 鏗 as a sound (o); the three characters are one name.
    assert said("郭榮鏗表示" + _LONG) == [("郭榮鏗", None)]
    assert said("身兼律師的議員郭榮鏗表示" + _LONG) == [("郭榮鏗", "身兼律師的議員")]
    assert said("郭榮鏗議員表示" + _LONG) == [("郭榮鏗", "議員")]


def test_a_familiar_name_in_latin_letters_keeps_its_a() -> None:
    # 阿Ken: a familiar name (阿 and an English name); 阿 is part of the name, not the end of the role.
    assert said("大學生阿Ken表示" + _LONG) == [("阿Ken", "大學生")]


def test_a_dotted_name_after_a_title_starts_after_the_title() -> None:
    # 美國總統唐納・川普: the name is 唐納・川普; a later 他 stands for him, not for "總統唐納・川普".
    text = "美國總統唐納・川普表示" + _LONG
    assert said(text + "他又說：「我們會繼續談判。」") == [("唐納・川普", "美國總統"), ("唐納・川普", "美國總統")]


def test_a_dotted_name_keeps_a_first_part_of_five_characters() -> None:
    # 弗拉基米尔・普京: the given name has five characters; none of them is cut.
    text = "俄罗斯总统弗拉基米尔・普京表示，这个问题已经持续了很长时间，各方必须尽快处理。他又说：“我们会继续谈判。”"
    assert [name for name, _ in said(text)] == ["弗拉基米尔・普京", "弗拉基米尔・普京"]


def test_a_full_width_stop_between_the_parts_of_a_name_joins_them() -> None:
    # 唐納．川普: some pages write the interpunct as a full-width stop; it is one name, no role 唐納．.
    assert said("唐納．川普表示" + _LONG) == [("唐納．川普", None)]


def test_a_speaker_read_across_a_parenthesis_is_written_as_the_page_writes_it() -> None:
    # 香港大學（港大）校方: read without the parenthesis, in the page's own (traditional) characters.
    assert said("香港大學（港大）校方表示" + _LONG) == [("香港大學校方", None)]
    assert said("香港記者協會（記協）主席楊健興表示" + _LONG) == [("楊健興", "香港記者協會主席")]


def test_a_name_glossed_in_latin_letters_is_a_person_a_pronoun_goes_back_to() -> None:
    # 蓬佩奧（Mike Pompeo）: the name in Latin letters in brackets says 蓬佩奧 is a person; the later 他 is him.
    text = "美國國務卿蓬佩奧（Mike Pompeo）昨日發表聲明。他表示，「這個問題已經持續了很長時間，各方必須盡快處理」。"
    assert [name for name, _ in said(text)] == ["蓬佩奧"]
