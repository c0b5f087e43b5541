"""Quote extraction, one construct per test (English and Chinese), plus offsets and speed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cqnews
from cqnews.enrich.quotes import detect_script, find_quotes
from cqnews.models import Block, BlockKind, Quote, QuoteKind
from tests.cpu_bar import cpu_bar, half_and_whole_cpu

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


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Ministry of Public Security said fires hurt mostly vulnerable groups in 2010.", "The Ministry of Public Security"),
        ("According to the Ministry of Public Security, fires hurt mostly vulnerable groups.", "the Ministry of Public Security"),
        ("The Department of Health and Human Services said the rule takes effect in May.", "The Department of Health and Human Services"),
        ("The U.S. Census Bureau said the surplus with Mexico had shrunk again.", "The U.S. Census Bureau"),
        ("Oil reserves are the largest in the world, according to the London-based Energy Institute.", "Energy Institute"),
        ("Figures from the Ministry of Public Security showed that fires hurt the elderly most.", "the Ministry of Public Security"),
    ],
)
def test_organisation_names_with_lower_case_joiners(text: str, speaker: str) -> None:
    q = only(run(text), INDIRECT, "")
    assert name(q) == speaker


def test_document_with_ordinal_speaks() -> None:
    q = only(run("The 14th Five-Year Plan of Chongqing clearly states that film should be a priority industry."), INDIRECT, "film")
    assert name(q) == "The 14th Five-Year Plan of Chongqing"


def test_person_of_a_place_is_the_person() -> None:
    q = only(run("Senate Democratic Leader Greg Taylor of Indianapolis said schools will be unable to raise pay."), INDIRECT, "schools")
    assert name(q) == "Greg Taylor"
    assert q.speaker is not None and q.speaker.role is not None and "Indianapolis" in q.speaker.role


def test_online_handle_speaks_and_is_they() -> None:
    qs = run(
        "“Piracy is always ethical,” acebush1 posted.",
        "“I have been complicit in the violent domination of the world,” they said.",
    )
    assert name(only(qs, DIRECT, "Piracy")) == "acebush1"
    assert name(only(qs, DIRECT, "complicit")) == "acebush1"


@pytest.mark.parametrize("subject", ["Neighbours", "Ex-friends", "Democrats", "Residents", "Statistics"])
def test_capitalised_plural_subject_is_an_unnamed_source(subject: str) -> None:
    q = only(run(f"{subject} said there was a terrible smell coming from the house."), INDIRECT, "smell")
    assert name(q) is None
    assert q.speaker is not None and q.speaker.role == subject


def test_surname_first_seen_with_given_name_is_no_group() -> None:
    qs = run("Bernie Sanders spoke first.", "Sanders said the plan would cost far too much money.")
    assert name(only(qs, INDIRECT, "plan")) == "Bernie Sanders"


def test_pronoun_goes_to_person_introduced_with_a_title() -> None:
    qs = run(
        "“It is so good,” Nuhaa Bardien said.",
        "Author Qarnita Loxton, from Melkbosstrand, spoke about sneaking books from her aunt's room.",
        "“She was a lot older than me,” she said.",
    )
    assert name(only(qs, DIRECT, "older")) == "Qarnita Loxton"


def test_abbreviation_before_a_name_is_no_sentence_end() -> None:
    qs = run(
        "Catherine Connolly was asked how she would treat a visiting U.S. President Donald Trump.",
        "“If it is just a meet and greet, then I will meet and greet,” she said.",
    )
    assert name(only(qs, DIRECT, "meet and greet")) == "Catherine Connolly"


def test_surname_goes_to_the_name_written_most_often() -> None:
    qs = run(
        "Kamala Harris grew up in Montreal. Kamala Harris went to school there.",
        "Her mother, Shyamala Gopalan Harris, took a job at McGill.",
        "Harris said the city “is one of the reasons I became a prosecutor,” in her speech.",
    )
    assert name(only(qs, DIRECT, "prosecutor")) == "Kamala Harris"


def test_surname_takes_a_known_given_name_two_words_back() -> None:
    qs = run("Lt Gen Ahmed Sharif Chaudhry spoke on Monday.", "Chaudhry said the attack was “certain” to fail.")
    assert name(only(qs, DIRECT, "certain")) == "Ahmed Sharif Chaudhry"


def test_gender_votes_come_from_subjects_not_possessives() -> None:
    qs = run(
        "Sonya Zoghlin, the attorney, said: “My client is sorry.”",
        "He made a call to Omar’s office, in which he said he would hurt her. Ilhan Omar asked for compassion.",
        "Ilhan Omar wrote a letter, saying she did not want a severe sentence. She added, “We must teach the defendant love.”",
    )
    assert name(only(qs, DIRECT, "teach the defendant")) == "Ilhan Omar"


def test_the_couple_and_both_men_are_the_two_people_named_together() -> None:
    qs = run(
        "Rebecca Cooke is the partner of footballer Phil Foden.",
        "Phil and Rebecca have a son called Ronnie.",
        "In April 2024, the couple announced they are expecting a third child.",
    )
    assert name(only(qs, INDIRECT, "third child")) == "Phil Foden and Rebecca Cooke"
    qs = run(
        "American Kevin King and Australian Timothy Weeks were released on Tuesday.",
        "Both men claimed at the time that they were being treated well by their captors.",
    )
    assert name(only(qs, INDIRECT, "treated well")) == "Kevin King and Timothy Weeks"


def test_object_of_led_to_speaks() -> None:
    qs = run(
        "Nikki Haley is running against Trump.",
        "That talk led Chris Christie to suggest, in a hot-mic moment, “She’s going to get smoked, and you and I both know it.”",
    )
    assert name(only(qs, DIRECT, "smoked")) == "Chris Christie"


def test_reported_clause_stops_before_a_new_report() -> None:
    qs = run("Anna Berg initially said she was 15 when it began, but she later acknowledged that she was 17 then.")
    first = only(qs, INDIRECT, "she was 15")
    assert first.text == "she was 15 when it began"
    assert name(only(qs, INDIRECT, "she was 17")) == "Anna Berg"
    q = only(run("Donald Trump has said he wants to run the oil industry and pointed to billions in profit."), INDIRECT, "wants")
    assert q.text == "he wants to run the oil industry"


def test_accused_reports_the_accusation() -> None:
    q = only(run("Imran Khan has repeatedly accused the military of orchestrating his removal from power."), INDIRECT, "military")
    assert name(q) == "Imran Khan"
    assert q.cue == "accused"
    assert not run("He was accused of murder in a court in Leeds last year.")


def test_it_and_the_company_go_to_the_organisation_quoted_last() -> None:
    qs = run(
        "Taylor Swift said the label blocked her songs.",
        "Big Machine Records said it never blocked her songs and had no right to.",
        "“We will grant all licenses to stream the show,” it says.",
        "But the company says she never needed their permission in the first place.",
    )
    assert name(only(qs, DIRECT, "grant all licenses")) == "Big Machine Records"
    assert name(only(qs, INDIRECT, "permission")) == "Big Machine Records"


def test_organisation_in_apposition_before_the_cue() -> None:
    q = only(run("The company that runs the AMAs, Dick Clark Productions, denies that anything has been sorted out."), INDIRECT, "sorted")
    assert name(q) == "Dick Clark Productions"


def test_person_introduced_with_a_role_beats_an_older_speaker_for_he() -> None:
    qs = run(
        "“Trains will run again,” said Fu Wei.",
        "Liao Jun, a student from Jiangxi Province, was excited to catch the first train.",
        "“Today will be a day to remember,” he said.",
    )
    assert name(only(qs, DIRECT, "day to remember")) == "Liao Jun"


def test_document_with_a_year_and_data_from_a_source() -> None:
    q = only(run("China Statistical Summary 2010 showed that the affected population increased."), INDIRECT, "population")
    assert name(q) == "China Statistical Summary 2010"
    q = only(run("According to data from the European Central Bank, family wealth reached 855 billion euros."), INDIRECT, "wealth")
    assert name(q) == "the European Central Bank"


def test_with_people_saying_is_those_people() -> None:
    q = only(run("OpenAI's ChatGPT has been surging, with some people saying they chatted instead of searching."), INDIRECT, "chatted")
    assert name(q) is None
    assert q.speaker is not None and q.speaker.role == "some people"


def test_the_newspaper_is_the_newspaper_named_before() -> None:
    qs = run(
        "The prime minister spoke about revelations by newspaper Dagens Nyheter.",
        "At least 30 police employees had been considered security risks, the newspaper reported.",
        "In a report, the paper claimed that the leaks included information about gang enemies.",
    )
    assert name(only(qs, INDIRECT, "police employees")) == "Dagens Nyheter"
    assert name(only(qs, INDIRECT, "leaks")) == "Dagens Nyheter"


def test_the_statement_is_whoever_was_just_quoted() -> None:
    qs = run(
        "Two service members were killed in a helicopter crash, the US military said in a statement.",
        "“The cause of the crash is under investigation,” the statement said.",
    )
    assert name(only(qs, DIRECT, "cause of the crash")) == "the US military"


def test_script_left_in_the_body_holds_no_quotes() -> None:
    text = (
        'Pakistan warned of "digital terrorism" on Monday, the army said. !function(){"use strict";'
        'window.addEventListener("message",(function(a){if(void 0!==a.data["datawrapper-height"]){e.style.height="px"}}))}();'
    )
    assert [q.text for q in run(text) if q.kind == DIRECT] == ["digital terrorism"]


def test_whats_is_no_name() -> None:
    qs = run("What's promised is a new search box that expands, the company said in a statement.")
    assert all(name(q) != "What" for q in qs)


def test_relative_clause_between_appositive_and_cue() -> None:
    q = only(run("David Savidge, a former police officer who responded said: “She told a bizarre tale.”"), DIRECT, "bizarre")
    assert name(q) == "David Savidge"
    assert q.speaker is not None and q.speaker.role == "a former police officer"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("But neighbour Zibulka picks up the story: “All of a sudden, the door opens.”", "Zibulka"),
        ("The pair launched a confetti cannon just after Weaver uttered the lines: “Upon thy wicked dam, come forth!”", "Weaver"),
        ("More importantly, Christie dared to ask voters the question: “Is this the conduct that we want?”", "Christie"),
    ],
)
def test_colon_quote_goes_to_the_subject_before_the_colon(text: str, speaker: str) -> None:
    q = only(run(text), DIRECT, "")
    assert name(q) == speaker
    assert q.cue is None


def test_organisation_keeps_its_owner_and_the_center_is_that_center() -> None:
    q = only(run("The UK's National Health Service says weight loss can improve the symptoms."), INDIRECT, "weight")
    assert name(q) == "The UK's National Health Service"
    qs = run(
        "Forecasters at the National Weather Service’s Storm Prediction Center issued a warning on Friday.",
        "“The greatest threat is anticipated across the central Plains,” wrote the center.",
    )
    assert name(only(qs, DIRECT, "greatest threat")) == "the National Weather Service’s Storm Prediction Center"


def test_according_to_a_dated_document() -> None:
    q = only(run("According to the 2009 Statistical Yearbook of Chinese Society, 4.6 million people were poor."), INDIRECT, "poor")
    assert name(q) == "the 2009 Statistical Yearbook of Chinese Society"


def test_allegations_that_report_without_a_named_speaker() -> None:
    q = only(run("Epstein was arrested in 2006 over allegations that he had hired girls to give him massages."), INDIRECT, "hired")
    assert q.text.startswith("he had hired girls")
    assert name(q) is None


def test_a_capitalised_adjective_before_a_source_noun_is_unnamed() -> None:
    q = only(run("The prisoners were released in Doha, according to a Taliban representative."), INDIRECT, "released")
    assert name(q) is None
    assert q.speaker is not None and q.speaker.role == "a Taliban representative"


def test_indicated_and_encouraged_report() -> None:
    q = only(run("On April 17, Governor Greg Gianforte indicated he would sign the bill."), INDIRECT, "sign")
    assert name(q) == "Greg Gianforte"
    q = only(run("Jacob Mamabolo encouraged communities to report blocked drains and burst pipes."), INDIRECT, "drains")
    assert name(q) == "Jacob Mamabolo"


def test_inverted_cue_with_an_organisations_role_then_the_name() -> None:
    q = only(
        run("Jobs data just about ends the recession debate, said Chartered Professional Accountants of Canada’s chief economist, David-Alexandre Brassard."),
        INDIRECT,
        "recession",
    )
    assert name(q) == "David-Alexandre Brassard"
    assert q.speaker is not None and q.speaker.role == "Chartered Professional Accountants of Canada’s chief economist"


def test_participle_skips_an_appositive_object_and_a_parenthesis() -> None:
    text = 'Imran Khan alleged that Munir was behind the crackdown on his party, Pakistan Tehreek-e-Insaf (PTI), stating: "It is personal."'
    assert name(only(run(text), DIRECT, "personal")) == "Imran Khan"
    text = "When asked about advice for Swift about growing older, Donna Kelce dismissed the idea, noting, “She doesn’t need my advice.”"
    assert name(only(run(text), DIRECT, "advice")) == "Donna Kelce"


def test_pronoun_teaches_gender_and_a_conjoined_object_is_no_subject() -> None:
    qs = run(
        "Taylor Swift's albums were bought by a company owned by talent manager Scooter Braun.",
        "In a post she described this as the “worst case scenario” and accused him of bullying.",
        "Braun has worked with the likes of Kanye West and Kim Kardashian in the past.",
        "He has consistently denied being unfair to her.",
    )
    assert name(only(qs, DIRECT, "worst case")) == "Taylor Swift"
    assert name(only(qs, INDIRECT, "unfair")) == "Scooter Braun"


def test_lower_case_role_before_a_name_still_opens_the_clause() -> None:
    qs = run(
        "“That’s perfect,” Boudreau said.",
        "Wild defenseman Ryan Suter, who joked about sticks, could see the frustration on his friend’s face.",
        "“He’s used to scoring goals, getting points,” he said.",
    )
    assert name(only(qs, DIRECT, "scoring goals")) == "Ryan Suter"


def test_a_possessive_casts_no_gender_vote() -> None:
    qs = run(
        "Senator Kamala Harris has struggled to gain momentum in the state.",
        "Eyamba Sowers didn’t know Patrick was coming but saw his visit as a pleasant surprise.",
        "“He has me thinking now,” said Sowers. She said if Patrick can get his message out, he could win.",
    )
    assert name(only(qs, INDIRECT, "message out")) == "Eyamba Sowers"


def test_fragment_inside_reported_speech_is_the_reporters() -> None:
    qs = run("King Charles opened Parliament.", "He said the government pledged full support, giving Ukraine a ‘clear path’ to membership.")
    assert name(only(qs, DIRECT, "clear path")) == "King Charles"
    text = "UiPath announced new features to deliver what UiPath CEO Bob Enslin calls “one-click digital transformation.”"
    assert name(only(run(text), DIRECT, "one-click")) == "Bob Enslin"


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


def test_zh_dotted_name_stops_where_the_sentence_resumes() -> None:
    qs = run("研究员米歇尔・布兰深表赞同，他表示期待各国航天人才进一步加强交流与合作。", language="zh")
    assert name(only(qs, INDIRECT, "期待")) == "米歇尔・布兰"


def test_zh_pronoun_finds_the_person_of_the_paragraph_before() -> None:
    qs = run(
        "王先生租住在向东村，他就表达了诸多租户的不满。",
        "“我租住的房屋自带院子，停车并不占用道路资源。”他认为，目前设置的道闸只是一种收费方式。",
        language="zh",
    )
    assert name(only(qs, DIRECT, "自带院子")) == "王先生"
    assert name(only(qs, INDIRECT, "收费方式")) == "王先生"


def test_zh_owner_in_a_caption_before_is_no_subject() -> None:
    qs = run(
        "汉森认为，地球人存在许多社会文化方面的差异，这些因素都使饮酒问题变得很棘手。",
        "图注：奥尔德林的圣餐杯回到了地球上",
        "他说：“这是一个政治问题，也是一个文化方面的问题。”",
        language="zh",
    )
    assert name(only(qs, DIRECT, "政治问题")) != "奥尔德林"


def test_zh_name_before_a_parenthesis_and_a_circumstance() -> None:
    qs = run("前NASA宇航员巴兹·奥尔德林(Buzz Aldrin)在采访和他撰写的书中表示，他喝了少量葡萄酒。", language="zh")
    assert name(only(qs, INDIRECT, "葡萄酒")) == "巴兹·奥尔德林"


def test_zh_like_x_experts() -> None:
    qs = run("然而，像戴夫·汉森这样的专家认为，继续禁止饮酒并没有什么害处。", language="zh")
    assert name(only(qs, INDIRECT, "禁止饮酒")) == "戴夫·汉森"


def test_zh_cue_touching_the_quote_beats_a_later_speaker() -> None:
    qs = run("全国政协委员张近东提出“消费升级将成为企业新一轮创新发展的动力。”对此，李博灏认为这也是他关注的问题。", language="zh")
    assert name(only(qs, DIRECT, "消费升级")) == "张近东"


def test_zh_report_inside_a_report_keeps_the_outer_speaker() -> None:
    qs = run("东方空间联合创始人姚颂表示，习近平主席的贺信表明，中国航天要持续突破，推动中外合作。", language="zh")
    q = only(qs, INDIRECT, "持续突破")
    assert name(q) == "姚颂"
    assert q.text.startswith("习近平主席的贺信表明")


def test_zh_name_right_after_a_title() -> None:
    qs = run("来自巴西的博士生泰勒斯表示，中国航天产业发展非常快。", language="zh")
    assert name(only(qs, INDIRECT, "发展非常快")) == "泰勒斯"


def test_zh_publication_of_a_source_and_where_reporters_learnt_it() -> None:
    qs = run(
        "国际能源署的报告显示，到2030年全球新能源汽车需求量将达4500万辆。",
        "记者17日从国家卫生健康委获悉，相关部门持续优化短缺药品监测体系。",
        "中国人民银行授权全国银行间同业拆借中心公布，一年期贷款市场报价利率为3.45%。",
        "闸机上的屏幕显示，这套收费系统于今年2月20日启用。",
        language="zh",
    )
    assert name(only(qs, INDIRECT, "4500万辆")) == "国际能源署"
    assert name(only(qs, INDIRECT, "短缺药品")) == "国家卫生健康委"
    assert name(only(qs, INDIRECT, "3.45%")) == "全国银行间同业拆借中心"
    assert not [q for q in qs if "收费系统" in q.text]


def test_zh_found_only_before_a_quote_and_clause_ends_before_the_writer_goes_on() -> None:
    qs = run("研究人员发现，“酒精和海拔高度对读数没有交互作用”。警方发现了一辆汽车。", language="zh")
    assert [q.text for q in qs] == ["酒精和海拔高度对读数没有交互作用"]
    qs = run("国际可再生能源署的测算也显示，全球光伏装机容量在2030年要达到5400GW。显然，当前产能还远未满足需求。", language="zh")
    q = only(qs, INDIRECT, "5400GW")
    assert name(q) == "国际可再生能源署"
    assert "显然" not in q.text


def test_zh_person_named_with_a_title_right_after_a_quote() -> None:
    qs = run(
        "袁永红说，村里装了摄像头。",
        "“我还在转院的路上，信息就发到我手机上了，报销的钱也蛮多。”赫山区泉交河镇居民杨一飞谈起住院体验赞不绝口。",
        language="zh",
    )
    assert name(only(qs, DIRECT, "转院")) == "杨一飞"


def test_zh_document_in_title_marks_speaks_and_politicians_are_unnamed() -> None:
    qs = run("就不难理解今年《政府工作报告》为何提出“防止产能过剩和低水平重复建设”。", language="zh")
    assert name(only(qs, DIRECT, "防止产能过剩")) == "《政府工作报告》"
    qs = run("美国部分政客声称“中国新能源产能过剩，威胁其他国家”。", language="zh")
    q = only(qs, DIRECT, "产能过剩")
    assert name(q) is None


def test_zh_report_of_a_source_and_titles_without_a_name() -> None:
    qs = run("ING发给客户的报告中写道，相信当局仍在保证美元兑人民币走稳。", language="zh")
    assert name(only(qs, INDIRECT, "相信当局")) == "ING"
    qs = run("IMF第一副总裁表示，中国需要朝着更加灵活的汇率迈进。", language="zh")
    assert name(only(qs, INDIRECT, "汇率")) is None
    qs = run("经营者表示，特色种植业每亩年收入可达6万至8万元。", language="zh")
    assert name(only(qs, INDIRECT, "种植业")) is None


def test_zh_terms_and_titles_rejected() -> None:
    assert run("河南实现了“三个转变”，话剧《约定无期限》在张家口演出。", language="zh") == []


def test_script_detection() -> None:
    assert detect_script(["王凯说，河南粮食产量稳定。"], None) == "zh"
    assert detect_script(["Anna Berg said so."], "de") == "en"
    assert name(run("“今年的产量会继续增长，”王凯说。", language=None)[0]) == "王凯"


# ---------------------------------------------------------------- robustness


def _find_in_units(unit: str, size: int) -> None:
    text = (unit * (size // len(unit) + 1))[:size]
    assert all(len(q.text) <= len(text) for q in run(text, language=None))


def _assert_linear(unit: str, size: int) -> None:
    # CPU time of this process (not wall time: a loaded machine must not fail a linearity guard). Twice the text
    # must cost about twice the CPU (a quadratic finder costs four times); the ratio is the guard, as the linear
    # cost of the densest units (50 KB of "王凯说，河南") came to a fixed 2 s bar under load. The fixed bar stays,
    # far, for a cost that is linear but huge.
    half, whole = half_and_whole_cpu(lambda size: _find_in_units(unit, size), size)
    assert whole < max(3.0 * half, 0.3)
    assert whole < cpu_bar(8.0)


@pytest.mark.parametrize("unit", ["“,", '",', "“”‘’\"「」『』, ", "“，”"])
def test_adversarial_200kb_of_quote_marks_and_commas_is_fast(unit: str) -> None:
    _assert_linear(unit, 200_000)


@pytest.mark.parametrize("unit", ["“a,” he said. ", "“，”王凯说，", "Smith said that a, ", "王凯说，河南"])
def test_adversarial_quotes_and_cues_stay_linear(unit: str) -> None:
    _assert_linear(unit, 50_000)


def _cues_before_punctuation(cues: int) -> None:
    run("Smith said that a " * cues + "," * (cues * 100 // 3), "“" + "a " * (cues * 50 // 3))


def test_many_cues_before_a_long_punctuation_run_stay_linear() -> None:
    # twice the cues and the run cost about twice the CPU (the ratio is the guard: 3,000 cues used 60 % of a fixed
    # 2 s bar under load); the fixed bar stays, far, for a linear cost that is huge
    half, whole = half_and_whole_cpu(_cues_before_punctuation, 3_000)
    assert whole < max(3.0 * half, 0.3)
    assert whole < cpu_bar(8.0)


def test_empty_and_odd_input() -> None:
    assert run() == []
    assert run("", "“", "”", "‘’", language=None) == []


_PIECES = list("“”‘’\"「」『』，。：, .:aZ王凯说表示 ") + ["said ", "Smith ", "he ", "according to ", "Zhang Li "]


@given(st.lists(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join), max_size=4))
@settings(max_examples=150, deadline=None)
def test_any_text_keeps_the_offset_invariant(paragraphs: list[str]) -> None:
    run(*paragraphs, language=None)  # run() asserts blocks[q.block].text[q.start:q.end] == q.text


# ---------------------------------------------------------------- coreference (session 2)


def test_capitalised_handle_is_they_and_named_handle_wins_over_older_organisation() -> None:
    qs = run(
        "On the forum, a user asked veterans about the military. Jdoe42 answered, “Absolutely not.”",
        "“I regret joining,” they said.",
        "The Intercept found that the account matched. Later, jdoe42 inquired about jobs.",
        "The following month they posted: “Can’t get benefits, about to run out of money.”",
    )
    assert name(only(qs, DIRECT, "I regret joining")) == "Jdoe42"
    assert name(only(qs, DIRECT, "run out of money")) == "jdoe42"


def test_members_of_an_organisation_speak_for_it() -> None:
    qs = run(
        "Lawmakers praised the plan. Following the vote, lawmakers on the House Select Committee on the Strategic "
        "Competition Between the United States and the Chinese Communist Party, led by chairman Mike Gallagher, "
        "R-Wis., requested “additional information about the threat.”",
        "“We seek to understand how the bureau is monitoring the threat,” the lawmakers wrote.",
        "“The threat undermines our principles,” they wrote.",
    )
    committee = (
        "House Select Committee on the Strategic Competition Between the United States and the Chinese Communist Party"
    )
    assert name(only(qs, DIRECT, "additional information")) == committee
    assert name(only(qs, DIRECT, "We seek to understand")) == committee
    assert name(only(qs, DIRECT, "undermines our principles")) == committee


def test_party_and_state_after_a_name_is_no_speaker() -> None:
    qs = run("Senator Mike Gallagher, R-Wis., said the bureau must act now.")
    assert name(only(qs, INDIRECT, "bureau must act")) == "Mike Gallagher"


def test_zh_quote_after_a_titled_name_is_that_persons_words() -> None:
    qs = run("孙守刚介绍，河南深入贯彻落实习近平总书记“共同抓好大保护，协同推进大治理”重要要求，黄河治理取得进展。", language="zh")
    assert name(only(qs, DIRECT, "共同抓好大保护")) == "习近平"


def test_zh_unnamed_source_before_a_quote_is_not_the_last_speaker() -> None:
    qs = run(
        "桑先生说：“很多单位在村里设有实验基地，停车很不方便。”",
        "比如，东风村的闸机还未建好启用，就有村民问询进度，“现在村里车辆太多，有道闸会改善很多。”但停车乱象外溢也令人始料未及。",
        language="zh",
    )
    q = only(qs, DIRECT, "现在村里车辆太多")
    assert q.speaker is not None and q.speaker.name is None and q.speaker.role == "村民"
    assert not [x for x in qs if x.kind == INDIRECT and "未及" in x.text]  # 始料未及 is no cue


def test_zh_place_phrase_before_a_cue_is_no_speaker() -> None:
    qs = run("一位外国“摄影师”拍下了当年的紫禁城，并在日记里写到，“里面就像垃圾场一样”。", language="zh")
    assert name(only(qs, DIRECT, "垃圾场")) is None


def test_paragraphs_glued_without_space_still_end_their_sentences() -> None:
    qs = run(
        'He described the attacks as a form of "digital terrorism".Launched in June, the operation is wide. '
        "In August, Munir said that social media is being exploited to spread anarchy."
    )
    q = only(qs, INDIRECT, "social media is being exploited")
    assert name(q) == "Munir"
    assert "Launched" not in q.text


def test_documents_show_a_finding_and_the_quote_paragraphs_after_them() -> None:
    qs = run(
        "Godongwana’s latest budget documents show Sars collected R95bn during the previous year.",
        "“Over the medium-term period, the agency will receive an additional R7.5bn relative to the baseline.”",
    )
    assert name(only(qs, INDIRECT, "Sars collected R95bn")) == "Godongwana’s latest budget documents"
    assert name(only(qs, DIRECT, "additional R7.5bn")) == "Godongwana’s latest budget documents"


def test_show_as_a_noun_is_no_cue() -> None:
    qs = run("That relative show of strength inspired the governor. The TV show was cancelled after a season.")
    assert not qs


def test_bare_quote_after_a_narrative_paragraph_does_not_continue_an_older_speaker() -> None:
    qs = run(
        "“We hired 500 people in April and will hire more,” Kieswetter said.",
        "The early retirement package has been cut from R11bn to R5.5bn from this year up to 2027.",
        "“Discussions with organised labour on the process are under way in the bargaining council.”",
    )
    assert name(only(qs, DIRECT, "Discussions with organised labour")) is None


def test_description_named_two_paragraphs_later_is_that_person() -> None:
    qs = run(
        'The couple were left with a "terrible" label, an expert has claimed.',
        "The row has gone on for months.",
        "Royal commentator Lee Cohen was discussing how attitudes have changed.",
    )
    assert only(qs, DIRECT, "terrible").speaker.name == "Lee Cohen"


def test_anonymous_description_stays_unnamed() -> None:
    qs = run(
        '"We will appeal," a spokesperson said.',
        "Jane Doe, the firm's founder, was not available.",
    )
    assert only(qs, DIRECT, "appeal").speaker.name is None


def test_summary_pronoun_is_the_person_who_opens_the_next_paragraph() -> None:
    qs = run(
        '"She is a very talented woman," she said of her son\'s girlfriend',
        "Donna Kelce has praised the new album.",
    )
    assert only(qs, DIRECT, "talented").speaker.name == "Donna Kelce"


def test_owner_of_a_call_speaks_the_fragment_inside_reported_speech() -> None:
    qs = run(
        "Li Bin said that in response to the city government’s calling to “strengthen the main business,” "
        "the group set up a film company."
    )
    assert only(qs, DIRECT, "strengthen").speaker.name == "the city government"
    assert only(qs, INDIRECT, "film company").speaker.name == "Li Bin"


def test_the_bank_after_a_quoted_bank_name() -> None:
    qs = run(
        "Goldman Sachs estimates that oil production could rise within two years.",
        '"We maintain our view that the change would be a large risk," the bank said in a note.',
    )
    assert only(qs, DIRECT, "maintain").speaker.name == "Goldman Sachs"


def test_verb_that_reports_only_after_a_quote() -> None:
    qs = run("“Genocide was enabled by American money,” Connolly began, before being asked again.")
    q = only(qs, DIRECT, "Genocide")
    assert (q.speaker.name, q.cue) == ("Connolly", "began")
    assert not any(q.kind == INDIRECT for q in run("The company began selling shares in May."))


def test_relative_named_by_owner_is_the_family_member_named_before() -> None:
    qs = run(
        "Donna Kelce has praised the album. Speaking at a summit, Travis Kelce's mom confirmed, "
        "“I listened to the whole album.”"
    )
    assert only(qs, DIRECT, "whole album").speaker.name == "Donna Kelce"


def test_poll_named_by_its_pollster_in_the_next_paragraph() -> None:
    qs = run(
        'She is "still less popular" than the Princess of Wales, a recent poll has shown.',
        "A poll of 1,500 voters conducted by Redfield and Wilton for Newsweek back in May found that she was liked by 36 percent.",
    )
    assert only(qs, DIRECT, "less popular").speaker.name == "Redfield and Wilton"
    assert only(qs, INDIRECT, "liked by").speaker.name == "Redfield and Wilton"


def test_zh_bare_quote_paragraphs_credited_by_the_sentence_after() -> None:
    qs = run(
        "“我的名字叫紫禁城，快要600岁了，这上元的夜啊，总是让我沉醉。”",
        "“今夜，一群博物馆人将我点亮，献给团圆的你们，一座壮观的城。”",
        "今年元宵节，故宫迎来了首次灯会，灯会开始前，故宫博物院在微博上写下了这样一段话。",
        language="zh",
    )
    assert [q.speaker.name for q in qs if q.kind == DIRECT] == ["故宫博物院", "故宫博物院"]


def test_shared_look_behind_tokens_equal_a_fresh_read() -> None:
    from cqnews.enrich.speakers import token_reader as S

    text = "“a,” he said. Zhang Li, @jd, U.S. it's — a-b " * 40
    reader = S.TokenReader(text)
    for hi in range(5, len(text), 7):
        for lo in (max(0, hi - 120), max(0, hi - 3)):
            got = [(t.text, t.start, t.end) for t in reader.window(lo, hi)]
            assert got == [(t.text, t.start, t.end) for t in S.tokens(text, lo, hi)]


def test_object_cue_has_no_inverted_subject_and_adjacent_cue_beats_a_later_office() -> None:
    qs = run(
        "Patrick Carlineo called the office in March.",
        "During the call, he asked about the budget, called Omar a “terrorist” and said, "
        "“somebody ought to stop her,” the prosecutor’s office said.",
    )
    assert only(qs, DIRECT, "terrorist").speaker.name == "Patrick Carlineo"
    assert only(qs, DIRECT, "somebody").speaker.name == "Patrick Carlineo"


def test_appositive_without_its_closing_comma() -> None:
    qs = run(
        "“He talks about compassion toward children while taking away their care,” Brian Gianforte, "
        "a 32-year-old member of Montana’s LGBTQ+ community said of his father."
    )
    q = only(qs, DIRECT, "compassion")
    assert (q.speaker.name, q.speaker.role) == ("Brian Gianforte", "a 32-year-old member of Montana’s LGBTQ+ community")


def test_object_control_the_urger_speaks() -> None:
    qs = run(
        "That relative show of strength inspired New Hampshire Governor Chris Sununu, a Haley backer, "
        "to urge Christie to “be a hero” and endorse the former UN ambassador."
    )
    assert only(qs, DIRECT, "be a hero").speaker.name == "Chris Sununu"


def test_a_lone_capitalised_word_after_a_noun_is_a_name_not_a_quote() -> None:
    qs = run("Acebush1 also posted in communities, including one dedicated to the video game “Valheim.”")
    assert not any(q.kind == DIRECT for q in qs)
    assert only(run("Asked if he would run, he said: “Absolutely.”"), DIRECT, "Absolutely").cue == "said"


def test_quote_closed_before_its_attribution_gives_no_indirect_clause() -> None:
    qs = run("Prices will rise again next year, the bank chief said.")
    assert only(qs, INDIRECT, "Prices will rise").cue == "said"
    assert not any(q.kind == INDIRECT for q in run("“Prices will rise again next year,” he said."))


def test_organisation_heads_are_organisation_words() -> None:
    # One table of organisation words: the lower-case heads are a part of it, not a second list.
    from cqnews.lexicon.en import ORG_HEAD_NOUNS, ORG_WORDS

    assert ORG_HEAD_NOUNS <= ORG_WORDS


# -- pieces of one utterance (Quote.continues) ---------------------------------------------------------


def _continues(text: str, language: str = "en") -> list[tuple[str, int | None]]:
    intro = Block(text="Ann Lee, the mayor, spoke on Monday." if language == "en" else "市长李明周一表示。")
    return [(q.text, q.continues) for q in find_quotes([intro, Block(text=text)], language)]


@pytest.mark.parametrize(
    "text",
    [
        "“We will build it,” Lee said. “It is a promise.”",
        "“We will build it,” said Ann Lee, the mayor, on Monday at the opening of the site. “It is a promise.”",
        "“We will build it,” Mrs. Lee said, “and it is a promise.”",
    ],
)
def test_a_quote_its_cue_splits_is_two_pieces_of_one_utterance(text: str) -> None:
    first, second = _continues(text)
    assert first[1] is None and second[1] == 0


def test_a_chinese_quote_its_cue_splits() -> None:
    assert _continues("“我们会建好，”他说，“这是承诺。”", "zh") == [("我们会建好，", None), ("这是承诺。", 0)]


@pytest.mark.parametrize(
    "text",
    [
        "“We will build it,” Lee said. “It is a promise,” Wu said.",  # the second has its own cue
        "“We will build it,” Lee said. Then she left the room. “It is a promise.”",  # narration between
        "“We will build it.” The council met for hours and voted on the plan twice. “It is a promise.”",
    ],
)
def test_quotes_apart_are_not_linked(text: str) -> None:
    assert all(link is None for _, link in _continues(text))


def test_article_utterances_join_the_pieces() -> None:
    html = (
        "<html><body><article><h1>Bridge opens</h1><p>Ann Lee, the mayor, spoke on Monday at the new bridge.</p>"
        "<p>“We will build it,” Lee said. “It is a promise.”</p><p>“No,” said Bo Wu.</p></article></body></html>"
    )
    article = cqnews.parse(html)
    assert [[q.text for q in pieces] for pieces in article.utterances] == [
        ["We will build it,", "It is a promise."],
        ["No,"],
    ]


def test_a_quote_left_open_at_a_paragraph_end_goes_on_in_the_next() -> None:
    """News style: a quote over two paragraphs has no closing mark at the end of the first; the next paragraph
    opens with a quote mark. The two pieces are one utterance; a closed quote before a new paragraph is not."""
    found = find_quotes(
        [Block(text="“We will build it,” said Ann Lee, the mayor. “It will take three years."),
         Block(text="“And it is a promise.”")],
        "en",
    )
    assert [(q.text, q.continues) for q in found] == [
        ("We will build it,", None),
        ("It will take three years.", 0),
        ("And it is a promise.", 1),
    ]
    closed = find_quotes(
        [Block(text="“We will build it,” said Ann Lee, the mayor."), Block(text="“It is a promise.”")], "en"
    )
    assert [q.continues for q in closed] == [None, None]
