"""Tables for quote extraction: quote marks, reporting verbs, titles and stop words.

Everything here is data, so supporting a new cue or honorific means adding a word, not a branch.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from . import zh as _zh
from .en import NOT_NAME_WORDS, ORG_HEAD_NOUNS, TITLES
from .reporting_en import MANNER_CUES

# Opening mark -> closing mark. Straight quotes open and close with the same character.
QUOTE_PAIRS: dict[str, str] = {
    "“": "”",
    '"': '"',
    "「": "」",
    "『": "』",
    "«": "»",
    "„": "“",  # German, Czech, Polish …: „…“
    "»": "«",  # German and Danish books and papers: »…«
    "‘": "’",
}
OPENERS = frozenset(QUOTE_PAIRS)
# Nested quote marks: skipped over inside a top-level quote, never quotes of their own.
NESTED_PAIRS: dict[str, str] = {"‘": "’", "『": "』", "「": "」", "“": "”"}

# English reporting verbs: the form written -> whether it is a participle ("saying that ...")
# whose speaker is the subject of the whole sentence.
_EN_FINITE = """
said says say told tells tell added adds explained explains noted notes stated states wrote writes
claimed claims claim argued argues argue warned warns warn insisted insists stressed stresses
emphasised emphasized emphasises emphasizes acknowledged acknowledges admitted admits confirmed confirms
announced announces requested requests recalled recalls continued continues responded responds replied replies
suggested suggests suggest urged urges urge pledged pledges revealed reveals tweeted posted asked asks
concluded concludes believes believe thinks think found finds estimated estimates estimate reported reports
testified alleged alleges conceded concedes observed observes remarked declared declares agreed agrees
concurred predicted predicts predict recounted shared quipped contended contends maintained maintains
cautioned cautions denied denies asserted asserts remembered threatened threatens lamented complained complains
vowed vows promised promises countered announced
pointed points opined showed shows show shown described describes called calls highlighted branded recommended
recommends proposed proposes
answered answers commented comments
accused accuses blamed blames criticised criticized criticises criticizes condemned condemns
indicated indicates encouraged encourages
joked acknowledge note argue insist insisted contend conceded concede questioned
put puts
"""
# Belief and stance verbs: a report only with "that" (or a question word) after them, and never
# the cue of a direct quote ("“…” Epstein would ask to meet her sister, who he knew was 10").
_EN_STANCE = """
hopes hoped hope fears feared fear worries worried worry doubts doubted doubt suspects suspected suspect
expects expect assumes assumed reckons thought believed feels felt feel
"""
_EN_PARTICIPLE = """
saying adding noting telling stating explaining warning claiming arguing insisting suggesting stressing
emphasising emphasizing acknowledging admitting confirming recalling describing urging pledging
accusing blaming criticising criticizing asserting calling
promising vowing predicting
"""
# (Not "declaring", "announcing": after a noun they are a document's, "an order declaring that …"; not
# "asking", which heads a topic as often as a question: "posts asking about advice".)
# Words that report only when "that" follows them, and never head a direct quote: verb forms the
# table above lacks and adjectives of certainty or concern ("made it clear that", "is confident that").
# Kept out of EN_CUES, which the speaker phrases read as verbs.
_EN_THAT_ONLY = """
predicting alleging implying implied indicate reaffirming reaffirmed recognize recognized recognizes
conclude concluding learned ruled boasted joking agree acknowledge emphasize emphasized intimated figures
know knows knew
clear convinced confident worried concerned hopeful aware optimistic certain afraid adamant
"""
# Nouns of speech or belief that report what their owner holds: "his claim that", "Lee's fear that"
# (an owner is needed: "the notion that", "rejected the assertion that" hold nobody's words).
EN_THAT_NOUNS = frozenset(
    """claim claims assertion suggestion belief view fear fears concern warning warnings assurance assurances
    argument contention insistence allegation accusation acknowledgement acknowledgment admission prediction
    conclusion complaint promise hope hopes""".split()
)
EN_OWNER_WORDS = frozenset("his her their its our my your".split())
EN_THAT_CUES = frozenset(_EN_THAT_ONLY.split()) | EN_THAT_NOUNS
# "The statement read: “…”", "“…,” the sign reads.": what a written thing says, a cue only right after a
# noun of one (``EN_WRITTEN_HEADS``) and before a colon, a quote mark or the end of a clause.
EN_WRITTEN_CUES = frozenset("read reads".split())
EN_WRITTEN_HEADS = frozenset(
    """statement letter note sign message post caption banner placard headline notice poster tweet text email
    memo inscription plaque label leaflet flyer sticker card""".split()
)
EN_CUES: dict[str, bool] = {
    w: False for w in (*_EN_FINITE.split(), *_EN_STANCE.split(), *MANNER_CUES, *EN_WRITTEN_CUES)
} | {
    w: True for w in _EN_PARTICIPLE.split()
}
EN_STANCE_CUES = frozenset(_EN_STANCE.split()) | (EN_THAT_CUES - EN_CUES.keys())
# Cues that need a particle to be reporting: "pointed out", "went on".
EN_CUE_PARTICLES: dict[str, str] = {"pointed": "out", "points": "out"}
# Cues that mostly introduce something other than speech unless a clause follows ("found that"; "maintained
# that", not "maintained a lead" nor "maintains an office").
EN_WEAK_CUES = frozenset(
    "found finds believes believe thinks think estimated estimates estimate reported reports suggested suggests "
    "suggest shared asked asks requested requests continued continues agreed agrees called calls "
    "highlighted branded calling showed shows show shown alleged alleges questioned states comments "
    "maintained maintains".split()
) | EN_STANCE_CUES | MANNER_CUES | EN_WRITTEN_CUES
# Weak cues that report a clause without "that" when a subject and its auxiliary follow them ("reported
# she was", "found more space may be added"); not "asked" (a question), "called" (a name), nor belief
# and inference ("they think they are", "it suggests her memories were": no one's words). The past
# "suggested" is in: mostly a proposal put forward ("Lee suggested the city should build a bridge").
EN_ZERO_THAT_CUES = frozenset(
    """found finds reported reports estimated estimates estimate showed shows show shown alleged alleges agreed
    agrees suggested maintained maintains""".split()
)
# Cues whose reported content can be an infinitive: "pledged to issue advisories".
EN_INFINITIVE_CUES = frozenset(
    """pledged pledges vowed vows promised promises agreed agrees threatened threatens promising vowing
    pledging""".split()
)
# Weak cues that report a request after a listener and an infinitive: "asked the council to delay the vote".
EN_REQUEST_CUES = frozenset("asked asks".split())
# Cues whose content can be an embedded question: "asked whether …", "wondered why …".
EN_QUESTION_CUES = frozenset("asked asks ask wondered wonders questioned explained explains".split())
EN_QUESTION_WORDS = frozenset("whether if why how what who when".split())
# Cues whose content follows a particle: "called for an inquiry", "called on Congress to act".
EN_PARTICLE_REPORTS: dict[str, tuple[str, ...]] = {
    "called": (" for ", " on "),
    "calls": (" for ", " on "),
    "calling": (" for ", " on "),
}
# Cues whose object is the listener: "told reporters", "told CNN on Monday".
EN_LISTENER_CUES = frozenset("told tells tell telling".split())


# Case-sensitive: "States" in "United States" is no cue. The look-ahead on the first letters lets
# the regex engine skip most positions before it tries the alternation (about twice as fast).
# A character trie: each key is one character, "" marks the end of a word.
_Trie = dict[str, "_Trie"]


def trie_pattern(words: Iterable[str]) -> str:
    """One regex alternation for ``words`` with shared prefixes factored out ("said|says" →
    "sa(?:id|ys)"), so that the engine rejects a non-matching word after a letter or two instead
    of trying every alternative; at each branch longer continuations are tried first."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_alternation(trie)


def _trie_alternation(node: _Trie) -> str:
    branches = [re.escape(char) + _trie_alternation(child) for char, child in sorted(node.items()) if char]
    branches.sort(key=len, reverse=True)
    if "" in node:
        branches.append("")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def first_char_guard(words: Iterable[str]) -> str:
    """A lookahead admitting only the characters ``words`` start with: the engine turns away every
    other position (a capitalised word, a digit, a space) before trying the alternation at all."""
    return "(?=[" + "".join(sorted({re.escape(word[0]) for word in words})) + "])"


EN_CUE_RE = re.compile(
    first_char_guard(EN_CUES.keys() | EN_THAT_CUES) + r"\b" + trie_pattern(EN_CUES.keys() | EN_THAT_CUES) + r"\b"
)
ACCORDING_RE = re.compile(r"\baccording to\b", re.IGNORECASE)

# A headline's cue, capitalised as every word of a title is: "Lee Says Tax Plan Will Fail",
# "Mayor Tells Council Bridge Is Safe". Only verbs of saying: a title's "Plans", "Hopes" or "Backs"
# are nouns as often as verbs ("Said" is a name as often as a cue). Each ends a capitalised name run
# (lexicon.en.NOT_NAME_WORDS): "Lee Says" names Lee.
EN_TITLE_CUES = frozenset("says tells told warns claims insists admits argues predicts vows".split())
EN_TITLE_CUE_RE = re.compile(
    first_char_guard(w.capitalize() for w in EN_TITLE_CUES)
    + r"\b(?:"
    + trie_pattern(w.capitalize() for w in EN_TITLE_CUES)
    + r")\b"
)

# Words between a subject and its cue that do not change who speaks.
EN_SKIPPABLE = frozenset(
    """also further later previously has had have would will then again once recently earlier had
    repeatedly reportedly however meanwhile too still now has since initially first last publicly privately
    separately jokingly simply twice already even long often always ever outright flat-out sometimes seldom
    afterwards afterward""".split()
)
EN_NEGATIONS = frozenset(
    """not never n't didn't don't doesn't hasn't haven't hadn't won't wouldn't declined refused""".split()
)

EN_PRONOUNS: dict[str, str] = {"he": "m", "she": "f", "they": "p", "it": "n", "i": "i", "we": "p"}
# Titles before a name and words never in a name: lexicon.en holds them.
EN_TITLES = TITLES
# Abbreviated titles as a later description spells them out ("Sen. Ted Cruz" … "the senator said").
EN_TITLE_WORDS: dict[str, str] = {
    "sen": "senator", "rep": "representative", "gov": "governor", "gen": "general", "prof": "professor",
    "sgt": "sergeant", "capt": "captain", "lt": "lieutenant", "col": "colonel", "adm": "admiral",
    "cmdr": "commander", "maj": "major", "cpl": "corporal", "pvt": "private", "rev": "reverend",
}
EN_NOT_NAME = NOT_NAME_WORDS | EN_TITLE_CUES
# Capitalised heads of a document or body credited with what it states ("The 14th Five-Year Plan of
# Chongqing states", "the China Statistical Yearbook shows"): like organisations, they are speakers.
DOC_WORDS = frozenset(
    """plan report yearbook summary survey study review outlook index census strategy statement declaration
    resolution amendment constitution charter act academy institution programme program initiative""".split()
)
# Lower-case words that join the parts of one organisation's name: "Ministry of Public Security",
# "Department of Health and Human Services", "Office for the Western District of New York".
ORG_CONNECTORS = frozenset("of for on and".split())
ORG_HEADS = ORG_HEAD_NOUNS  # lower-case heads of a noun phrase that name an organisation (lexicon.en)
# "the company said", "the label says": an organisation named before, when one was just quoted.
EN_ORG_ANAPHORS = frozenset(
    """company firm label group organisation organization agency ministry department bank center centre institute
    council committee union board office network newspaper paper outlet publication airline university
    hospital club team service institution alliance bloc carrier campaign""".split()
)
EN_TYPE_SYNONYMS: dict[str, str] = {
    "paper": "newspaper",
    "daily": "newspaper",
    "tabloid": "newspaper",
    "broadsheet": "newspaper",
    "centre": "center",
    "organization": "organisation",
    "broadcaster": "network",
    "carrier": "airline",
    "institution": "institute",
}
# A capitalised preposition ending a run is inside an organisation's name: "… Competition Between
# the United States and …", "… Committee For the …".
ORG_INNER_PREPOSITIONS = frozenset("between of on for and in to with against among".split())
# Documents and data that "show" a finding without "that": "the budget documents show Sars collected …".
EN_DOC_HEADS = frozenset(
    "documents document figures data statistics records report reports study studies survey surveys poll polls".split()
)
# Labels before a colon at the start of a block that mark a section, a kind of text or a kicker, not a
# speaker ("Update: the road has reopened", "Read More: …", "The Latest: …", "Contributing: …"); lower case.
EN_NOT_SPEAKER_LABELS = frozenset(
    w.strip()
    for w in """update, updates, note, editor's note, editor’s note, editors' note, correction, corrections,
    clarification, related, related coverage, related stories, read more, see also, more, also, watch, listen,
    video, videos, photo, photos, image, images, picture, pictures, caption, credit, credits, source, sources,
    disclaimer, disclosure, transcript, background, context, advertisement, sponsored, tags, topics,
    filed under, subscribe, follow, share, warning, spoiler, spoilers, why, what, who, where, when, how,
    the bottom line, bottom line, summary, breaking, breaking news, live, exclusive, opinion, analysis,
    editorial, review, comment, commentary, fact check, name, age, q, a, the latest, latest, contributing,
    revealed, wow, bombshell, look, just in, developing, explainer""".split(",")
)
# "the statement said", "the letter stated": the words of whoever was quoted last.
EN_DOC_ANAPHORS = frozenset("statement report letter release note filing memo document post".split())

# A capitalised word standing alone as a subject that names a group, not a person ("Neighbours said",
# "Ex-friends told"): read as an unnamed source unless the article names someone with it. The table
# holds the common ones; the endings catch other plural agent nouns (not names, which the article
# introduces with a given name first).
EN_GROUP_NOUNS = frozenset(
    """neighbours neighbors residents officials police witnesses critics experts analysts researchers scientists
    doctors investigators prosecutors authorities friends relatives supporters protesters protestors locals
    villagers democrats republicans conservatives liberals lawmakers legislators economists sources insiders
    fans users parents teachers students workers staff employees families survivors victims volunteers
    activists campaigners organisers organizers observers commentators detectives officers paramedics
    firefighters rescuers scholars academics historians pundits bosses executives managers leaders ministers
    mps senators voters customers shoppers passengers tourists visitors colleagues sources others attorneys
    statistics figures data records documents studies polls surveys estimates reports""".split()
)
# "lawmakers on the House Select Committee …", "members of the Legislative Council": the people of an
# organisation named once; a later "the lawmakers said" is that organisation speaking.
EN_MEMBER_NOUNS = frozenset(
    """lawmakers legislators members officials staff researchers scientists experts analysts economists
    representatives delegates officers investigators prosecutors spokespeople""".split()
)
# Nouns that report what someone (unnamed) says: "allegations that …", "complaints that …" (the lookahead
# admits only their first letters).
EN_NOUN_REPORT_RE = re.compile(
    r"(?=[acsr])\b(allegations|accusations|complaints|suggestions|assertions|rumou?rs) that\b"
)
# The same nouns as plain strings: one of them is in every block the pattern matches (substring tests first).
EN_NOUN_REPORT_WORDS = ("allegations", "accusations", "complaints", "suggestions", "assertions", "rumors", "rumours")
# The link after a member noun; the noun itself is checked on the word before (a cheaper scan).
EN_MEMBER_LINK_RE = re.compile(r" (?:on|of|at|from|in) (?=the [A-Z])")
# Where words appeared, between a subject and its verb: "The army in a statement said", "Smith on Twitter wrote".
EN_MEDIUM_NOUNS = EN_DOC_ANAPHORS | frozenset(
    "interview tweet email e-mail video message speech podcast broadcast twitter x facebook instagram".split()
)
EN_MEDIUM_DETERMINERS = frozenset("a an the his her its their our".split())
# "added more than 2%", "added 200,000 jobs": an amount after "added" is no reported speech.
EN_AMOUNT_AFTER_RE = re.compile(
    r" (?:(?:more than|less than|about|nearly|almost|roughly|around|over|some|another|an?) )?[$€£¥]?\d"
)
# A sentence end and an opening quote mark: an apposition ("…, co-author of the study.") stops there.
EN_SENTENCE_THEN_QUOTE_RE = re.compile(r"[.!?]\s*[" + re.escape("".join(sorted(OPENERS))) + "]")
EN_GROUP_ENDINGS: tuple[str, ...] = (
    "ers",
    "ors",
    "ists",
    "ians",
    "ants",
    "ents",
    "ives",
    "ours",
    "bors",
    "crats",
    "icans",
)
EN_GROUP_PREFIXES: tuple[str, ...] = ("ex-", "former-", "fellow-")

# "the victim said", "the 37-year-old added": a definite description of someone already named,
# resolved like a pronoun (with the gender the noun gives, if any).
EN_ANAPHORIC_NOUNS: dict[str, str | None] = {
    "victim": None,
    "woman": "f",
    "man": "m",
    "star": None,
    "singer": None,
    "actress": "f",
    "actor": "m",
    "mother": "f",
    "father": "m",
    "mum": "f",
    "dad": "m",
    "teenager": None,
    "youngster": None,
    "girl": "f",
    "boy": "m",
    "businessman": "m",
    "businesswoman": "f",
    "survivor": None,
    "witness": None,
    "expert": None,
    "analyst": None,
    "economist": None,
    "researcher": None,
    "professor": None,
    "author": None,
    "lawyer": None,
    "attorney": None,
    "scientist": None,
    "billionaire": None,
    "mogul": None,
    # two people named together before: "the couple", "the pair", "both men" (see SpeakerBook pairs)
    "couple": "p2",
    "pair": "p2",
    "duo": "p2",
    "two": "p2",
    "men": "p2",
    "women": "p2",
}

# Titles and terms: a quote right after one of these is a name, not speech.
EN_TITLE_LEADS = frozenset(
    """titled entitled dubbed named term word words phrase slogan hashtag headline song album film
    movie book show series programme program nicknamed branded labelled labeled so-called""".split()
)

# Small words written in lower case inside a title ("Meet the Press", "A Time for Truth", "Fox & Friends").
EN_TITLE_SMALL_WORDS = frozenset("a an the and or of for to in on at by with & vs".split())

# Chinese reporting verbs, longest first so that 介绍说 wins over 介绍 and 说.
ZH_CUES: tuple[str, ...] = tuple(
    sorted(
        """表示 说 指出 介绍 认为 称 强调 坦言 透露 告诉 提到 说道 表明 直言 补充道 补充说 分析称 介绍说 表示说
        感叹 回忆说 解释说 解释 呼吁 谈到 坦承 证实 宣布 警告 声称 回应 写道 预测 认为说 举例说 笑着说
        动情地说 恳切地说 激动地说 感慨 称赞 重申 披露 告诫 看来 报道 料 消息 提出 指控 起诉指控
        显示 获悉 觉得 回忆 得出结论 公布 发现 写到 问 追问 反问 答 喊 骂 高喊 大喊 喊道 高叫 大叫 叫道 大骂
        报导 发文 发帖 贴文 留言 撰文 发推
        叮嘱 嘱咐 吐槽 调侃 打趣 自嘲 感言 寄语 点评 质问 发问 提问 回复 答复 总结 惊呼 怒斥 直呼 笑道 回道 叹道
        答道 嚷道 写下 念叨 嘀咕""".split(),
        key=len,
        reverse=True,
    )
)
# A cue followed or preceded by one of these is part of another word (说法, 所说, 名称) or not speech (介绍了).
ZH_CUE_NOT_AFTER: dict[str, str] = {
    "说": "法明服话书",
    "称": "为号作呼谓",
    "报道": "的",
    "料": "理子到想",
    "解释": "权",
}
ZH_CUE_NOT_BEFORE: dict[str, str] = {
    "说": "小演传学游听虽据再解如来以该话是",
    "称": "名简号对职自堪俗昵",
    "料": "材资原饮燃预涂史肥香布始",
    "提出": "被",
}
# X所说/所指出 reports speech only in 正如X所说 and 据X所说.
ZH_AS_LEADS: tuple[str, ...] = ("正如", "如同", "正像", "就像", "诚如", "如", "据", "根据")
ZH_CUE_NOT_NEXT = "了的过着"
# “…”说这话的是村民王明: a cleft after a quote naming who said it (the speaker is the phrase after 是); bounded.
ZH_CLEFT_RE = re.compile("(?:说|讲)出?(?:这番|这句|这些|这|此)话的(?:人)?[，,]?(?:正|就)?是")
# Conjunctions that may open a 在…看来 frame (而在他看来，…).
ZH_FRAME_CONJUNCTIONS: tuple[str, ...] = ("而", "但", "但是", "不过", "然而", "可")
# Cues that report only in 据…报道 / 在…看来.
ZH_FRAMED_CUES: dict[str, tuple[str, ...]] = {
    "报道": ("据", "根据"),
    "报导": ("据", "根据"),  # (報導, the Taiwan spelling)
    "消息": ("据", "根据"),
    "看来": ("在", *(c + "在" for c in ZH_FRAME_CONJUNCTIONS)),
    "料": (),
}
# Characters of a time phrase between a speaker and the cue: 哈马斯本月6日表示.
ZH_TIME_CHARS = frozenset("0123456789０１２３４５６７８９年月日号时分本上下今去明当天周星期初底中旬晚早午前后")
ZH_CUE_RE = re.compile(trie_pattern(ZH_CUES))
# Cues that report only when a quote follows them: 研究人员发现，“…” (not 警方发现了尸体).
# A quote followed by one of these is an example of what is asked or said, nobody's words
# (它可以回答“明天会下雨吗”这样的问题).
ZH_EXAMPLE_AFTER_RE = re.compile(
    r"(?:这样|这类|这种|之类|一类|类似)的?(?:问题|提问|问句|句子|说法|指令|请求)"
    r"|等(?:问题|提问|说法)"
)
# Asking, answering, shouting and scolding (他问：“…”, 又答 “…”, 高喊“…”) report the words they introduce, but
# their clause is no reported statement (他问，… is a question, 答应 and 问题 are other words).
ZH_QUOTE_ONLY_CUES = frozenset(
    "发现 写到 问 追问 反问 答 喊 骂 高喊 大喊 喊道 高叫 大叫 叫道 大骂"
    # (zhq29) posting on a social network or writing (在脸书发文，「…」, 留言：“…”): the quote after is the post
    " 发文 发帖 贴文 留言 撰文 发推"
    # (zhq29) urging, joking, commenting, asking, answering, summing up, exclaiming, scolding and muttering
    " 叮嘱 嘱咐 吐槽 调侃 打趣 自嘲 感言 寄语 点评 质问 发问 提问 回复 答复 总结 惊呼 怒斥 直呼 笑道 回道 叹道"
    " 答道 嚷道 写下 念叨 嘀咕".split()
)
# Cues that report only after a publication of a source: 国际能源署的报告显示 (not 屏幕显示, 数据显示).
ZH_CUES_AFTER_DOC: dict[str, tuple[str, ...]] = {
    "显示": ("的报告", "的测算", "的研究", "的调查", "的报告也", "的测算也", "的研究也", "的调查也", "发布的报告"),
}
ZH_MANNER_SUFFIX = "地"
# 据X介绍，… / 据X报道，… : the cue words allowed to close a 据 phrase.
ZH_ACCORDING_CUES: tuple[str, ...] = tuple("介绍 报道 报导 称 透露 表示 显示 统计 了解 消息 说".split())
# (佢哋 "they" in Cantonese; its 佢 "he or she" has no gender, like 其: see ZH_UNGENDERED_PRONOUNS.)
ZH_PRONOUNS: dict[str, str] = {"他": "m", "她": "f", "他们": "p", "她们": "p", "我": "i", "我们": "p", "佢哋": "p"}
# Pronouns of a person of either gender: 其 (written), 佢 (Cantonese), 渠 and 彼 (written Cantonese and court
# reports: 渠称, 彼稱).
ZH_UNGENDERED_PRONOUNS = frozenset("其 佢 渠 彼".split())
# Adverbs between a speaker and the cue: 王凯也表示.
ZH_SKIPPABLE: tuple[str, ...] = (
    "进一步",
    "同时",
    "随后",
    "还",
    "也",
    "则",
    "又",
    "更",
    "曾",
    "再次",
    "就此",
    "对此",
    "特别",
    "都",
    "已",
    "如是",
    "当即",
    "还曾",
)
# A subject that is only a conjunction or a time word: the clause's subject is left out (并认为…).
ZH_ZERO_SUBJECTS = frozenset(
    """并 而 但 但是 且 还 也 又 近期 近日 日前 目前 此前 随后 同时 当时 后来 最后 此外 另外 对此 其中""".split()
)
# Subjects that report no one's speech: 它, 您, 人们普遍认为, 可以说.
ZH_NOT_SPEAKERS = frozenset("它 它们 您 你 你们 那些 这 这些 人们 人们普遍 大家 有人 我们 咱们 对方".split())
ZH_MODAL_ENDS: tuple[str, ...] = ("可以", "应该", "可能", "能够", "不妨", "或许", "也许")
ZH_CONNECTIVES: tuple[str, ...] = ("因此", "所以", "然而", "此外", "另外", "但是", "不过", "而且", "同时")
# Openings of an unnamed source: 有村民, 一位市直机关干部, 还有一些学子.
ZH_DESC_LEADS: tuple[str, ...] = (
    "还有",
    "有",
    "一位",
    "一名",
    "一些",
    "多名",
    "多位",
    "部分",
    "不少",
    "很多",
    "许多",
    "某",
)
# An unnamed source introduced in the sentence before a quote: 就有村民问询进度，“…”.
ZH_UNNAMED_LEADS: tuple[str, ...] = ("有", "一位", "一名", "不少", "许多", "很多")
# Leads of a frame that names the source of a report (据新华社报道, 根据…消息), not its speaker.
ZH_FRAME_SOURCES: tuple[str, ...] = ("据", "根据", "另据")
ZH_FRAME_REPORTS = frozenset("报道 消息 报导".split())
ZH_NEGATIONS: tuple[str, ...] = ("没有", "未有", "未", "不", "没", "拒绝")
# Heads of unnamed sources (person descriptions) and of organisations.
ZH_PERSON_HEADS: tuple[str, ...] = tuple(
    """村民 学子 留学生 专家 人士 干部 女生 男生 学生 记者 网友 市民 居民 负责人 工作人员 交易员
    分析师 分析人士 业内人士
    观众 游客 家长 老师 医生 员工 官员 民众 群众 孩子 妈妈 爸爸 媒体 消息人士 知情人士 发言人 代表 委员
    研究人员 研究者 科学家 工作人员 专业人士 经济学家 政客 议员 学者 男子 女子 男孩 女孩""".split()
)
ZH_ORG_SUFFIXES = _zh.ORG_HEADS  # (one table, in cqnews.lexicon.zh)
ZH_UNNAMED_RE = re.compile(
    "(?:" + "|".join(ZH_UNNAMED_LEADS) + ")(" + "|".join(sorted(ZH_PERSON_HEADS, key=len, reverse=True)) + ")"
)
# Chinese surnames and honorifics live in cqnews.lexicon.zh (one table for every stage).
ZH_SURNAMES = _zh.SURNAMES
ZH_DOUBLE_SURNAMES = _zh.DOUBLE_SURNAMES
ZH_HONORIFICS = _zh.HONORIFICS
# Titles written after a full name: 钟南山院士 -> 钟南山, role 院士.
ZH_TITLE_SUFFIXES: tuple[str, ...] = ("院士", "教授", "博士", "老师", "总书记", "主席", "总理", "部长", "同志")
# A quoted term introduced by one of these is a name or a term, not speech.
ZH_TITLE_LEADS: tuple[str, ...] = (
    "称为",
    "称作",
    "叫做",
    "所谓",
    "号称",
    "被称",
    "誉为",
    "名为",
    "题为",
    "主题为",
    "口号",
    "叫作",
    "名叫",
    "取名",
    "命名为",
    "简称",
    "俗称",
    "昵称",
    "绰号",
    "外号",
    "代号",
)

# Nouns of speech owned by their speaker right before a quote: "the city government’s calling to “…”",
# "the ministry’s call for “…”" (the owner speaks the quoted words, not whoever reports them).
EN_CALL_NOUNS: tuple[str, ...] = tuple(
    """calling call calls demand demands plea pleas appeal appeals pledge promise vow warning order request
    urging""".split()
)
EN_OWNED_CALL_RE = re.compile(r"(?:’s|'s) (?:" + "|".join(EN_CALL_NOUNS) + r") (?:to|for) ?$")

# Unnamed sources that articles keep unnamed: "a spokesperson said", "a source close to …" (no later
# name is looked for); other indefinite descriptions ("an expert has claimed") may be named afterwards.
EN_ANONYMOUS_NOUNS = frozenset(
    """source sources spokesperson spokesman spokeswoman official officials insider insiders friend friends
    person people resident residents witness witnesses neighbour neighbor representative rep aide aides
    statement report post tweet letter voice voices caller message sign""".split()
)

# Verbs that report only right after a quote and its speaker ("“…,” Connolly began", "“…,” she
# quipped"): not cues elsewhere ("The company began selling …"). The name before them is a bounded run.
EN_AFTER_QUOTE_VERBS: tuple[str, ...] = tuple(
    """began begins started starts concluded concludes quipped joked laughed charged questioned reacted retorted
    exclaimed scoffed snapped mused boasted wondered demanded assured chimed shouted yelled quips jokes laughs
    retorts exclaims scoffs snaps muses boasts wonders chimes shouts yells""".split()
) + ("shot back", "went on", "goes on")
EN_AFTER_QUOTE_RE = re.compile(
    r"[,.]? ?(?:[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,3}|he|she|they) (" + "|".join(EN_AFTER_QUOTE_VERBS) + r")\b"
)

# "“Absolutely not,” came the reply from Senator Jane Roe." / "…,” was the response from the union.": a
# noun of answering after "came" or "was", the speaker after "from" (group 1: the noun, the cue).
EN_CAME_REPLY_RE = re.compile(
    r"[,.!?]? ?(?:came|was) (?:the|a|an|his|her|their|its) (?:\w+ )?(reply|response|answer|retort|rejoinder) from "
)

# A phrase that lends the quote after it to a speaker: "In the words of X, “…”", "To quote X, “…”"
# (the speaker after it), "In X's words, “…”" (group 1: the speaker's name, a bounded run).
EN_WORDS_OF_RE = re.compile(r"\b(?:[Ii]n the words of|[Tt]o quote) ")
EN_OWNED_WORDS_RE = re.compile(r"\b[Ii]n ([A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,3})['’]s? (?:own )?words, ?$")

# Relatives named by their owner ("Travis Kelce's mom"): the person of that family named just before.
EN_KIN_NOUNS: tuple[str, ...] = tuple(
    """mother mom mum father dad wife husband son daughter brother sister widow widower grandmother
    grandfather uncle aunt""".split()
)

# A sentence that credits the quote paragraphs before it: 故宫博物院在微博上写下了这样一段话 (the verb,
# then the back-reference to the words quoted above).
# (如是说: "said so", after the quote)
ZH_BACKREF_RE = re.compile(
    r"(?:如是)?(写下|写道|说|讲|留下|发出|发布)(?:了?(?:这样|如下|以上)?(?:一段话|这段话|这番话)|(?<=如是说))"
)

# Cues that take an object: "…, called Omar a “terrorist”" has no inverted subject (unlike "…, said Omar").
EN_OBJECT_CUES = frozenset(
    """called calls accused accuses blamed blames criticised criticized criticises criticizes condemned condemns
    branded described describes urged urges urge encouraged encourages asked asks""".split()
)
