"""Chinese speakers told by a description: a relative clause before the person (与王明同住一个宿舍的张伟), a
name the description gives (一名叫张强的工人), a name whose given name ends like a body's (徐直军), and a body
with what it did after its name (法院审理)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...lexicon import quotes_zh as QZ
from ...lexicon.bodies_zh import BODY_NOUNS, PARTY
from ...lexicon.cue_words_zh import BEFORE_CLAUSE_ENDS, FRAME_VERBS, PASSIVE_CLAUSE_LEADS, SAYING_VERBS
from ...lexicon.function_words_zh import (
    DEMONSTRATIVES,
    EXISTENTIAL_VERBS,
    LISTENER_PREPOSITIONS,
    LOCALISERS,
    MEANS_PREPOSITIONS,
)
from ...lexicon.people_nouns_zh import (
    BODY_PARTS,
    KIN_NOUNS,
    LITIGANTS,
    OWNER_ENDS,
    PEOPLE_KIND_ENDS,
    PERSON_NOUN_ENDS,
    WRITER_WORDS,
)
from ...lexicon.personal_names_zh import GIVEN_NAME_HEADS
from ...lexicon.pos_tags_zh import ACTION_VERB_TAGS, ASPECT_TAGS, BEFORE_CLAUSE_OPEN_TAGS, CONTACT_VERB_TAGS, NAME_TAGS
from ...lexicon.segmenter_repairs_zh import DIRECTION_COMPLEMENTS
from ...lexicon.time_words_zh import WHILE_WORDS
from ...lexicon.titles_zh import TITLE_HEADS
from ...text import last_of
from .. import segmenter
from . import names_zh as N
from .tokens import Who


def relative_clause_head(toks: Sequence[segmenter.Token]) -> bool:
    """Does the phrase end in a noun after a relative clause and 的 (与王明同住一个宿舍的|张伟, 住在附近的|居民,
    在这里卖了二十年水果的|老张): a clause with a verb before 的, one to three nouns after it?"""
    rel = next((i for i in range(len(toks) - 1, 0, -1) if toks[i].tag == "uj"), None)
    if rel is None or not 1 <= len(toks) - rel - 1 <= 3:
        return False
    head = toks[rel + 1 :]
    if not all(t.tag.startswith(("n", "j")) for t in head) or not any(t.tag.startswith("v") for t in toks[:rel]):
        return False
    return N.person_word(head[-1]) or N.familiar_name(head[-1].word) or head[-1].word.endswith(_PERSON_HEADS)


def called_by_name(seg: str, start: int) -> Who | None:
    """The person a description says is called so (一名叫张强的工人, 化名为小李的受访者 -> 张强, 小李), or names by
    the account written after @ (网友@小美 -> 小美)."""
    handle = _account_handle(seg, start)
    if handle is not None:
        return handle
    called = _CALLED_RE.search(seg) if "的" in seg else None
    if called is None or "的" in seg[called.end() :]:
        return None  # 名叫林晓的女孩的母亲: the one named owns the head, who speaks
    return Who(called.group(1), "person", role=seg[called.end() :] or None, start=start)


def _account_handle(seg: str, start: int) -> Who | None:
    """网友@小美, 博主@大鹏: a kind of person, then @ and the name of that person's account: the name, the kind its
    role (an account alone, @人民日报, is left to the readings of a name)."""
    at = last_of(seg, _ACCOUNT_MARKS, 0, len(seg))
    kind, handle = seg[:at].strip(), seg[at + 1 :].strip()
    if at <= 0 or not handle or "的" in handle or not kind.endswith(PEOPLE_KIND_ENDS):
        return None
    return Who(handle, "person", role=kind, start=start)


# The mark opening the name of an account on a social network (half and full width).
_ACCOUNT_MARKS = "@＠"

# 名叫张强的(工人), 化名为小李的(受访者): the name a description gives (two or three characters, then 的).
_CALLED_RE = re.compile("(?:名叫|叫做|化名为|化名|名为)([\u4e00-\u9fff]{2,3}?)的")


# Heads of a phrase naming a person: a head of this kind after a relative clause is the speaker
# (住在附近的居民), not a document or a thing someone made (张三向记者出示的文件: 张三 speaks).
_PERSON_HEADS: tuple[str, ...] = (*QZ.ZH_PERSON_HEADS, *TITLE_HEADS, "人", "工", "员", "者")


def given_like_body(seg: str) -> bool:
    """Is ``seg`` one word the segmenter reads as a person's name whose given name ends like a body's
    name (徐直军, 刘建国: not the 军 or 国 of an army or a country)?"""
    toks = segmenter.tag(seg)
    return len(toks) == 1 and len(seg) == 3 and seg[-1] in GIVEN_NAME_HEADS and N.person_word(toks[0])


def body_acting(seg: str, toks: Sequence[segmenter.Token]) -> str | None:
    """The body's name that opens ``seg`` when only what it did follows (法院|审理, 人民法院|经|审理|后: verbs, a
    preposition, a localiser), else None."""
    for i in range(len(toks) - 1, 0, -1):
        if toks[i - 1].word.endswith(QZ.ZH_ORG_SUFFIXES) or toks[i - 1].tag == "nt":
            rest = toks[i:]
            acts = any(t.tag in ("v", "vn") for t in rest) and all(t.tag in _ACTING_AFTER_BODY for t in rest)
            return seg[: toks[i - 1].end] if acts and len(seg[: toks[i - 1].end]) >= 2 else None
    return None


# Tags of what a body does between its name and the cue (审理/v|vn, 经/p, 后/f, 研究/vn).
_ACTING_AFTER_BODY = frozenset("v vn p f".split())


def pointed_body_acting(seg: str) -> str:
    """``seg`` without what the body did when it is a body pointed at, then that (该院|审理(后认为), 该局|调查): the
    body pointed at speaks, named before if at all; else ``seg``."""
    toks = segmenter.tag(seg)
    if len(toks) < 2 or toks[0].tag not in ("r", "rz") or toks[0].word[0] not in DEMONSTRATIVES:
        return seg
    acting = body_acting(seg, toks)
    return acting if acting is not None and len(acting) == len(toks[0].word) else seg


def _person_described(toks: Sequence[segmenter.Token]) -> bool:
    """Does the phrase end in a person after a relative clause (看着他长大的|邻居: the neighbour speaks), or open with
    nouns owning a person, the subject of the clause after it (被告的|母亲|出庭作证时: the mother speaks; a verb
    first, 看着|他的母亲, is what the speaker does)?"""
    if relative_clause_head(toks) or _someone(toks[-1].word) and any(t.word == "的" for t in toks):
        return True
    owned = (i for i in range(1, len(toks) - 1) if toks[i - 1].word == "的" and _someone(toks[i].word))
    return not toks[0].tag.startswith("v") and next(owned, None) is not None


def place_owning_person(after: Sequence[segmenter.Token]) -> bool:
    """Do the words after a preposition name a place, then 的 and a noun of someone (王明|在|北京|的|同事, 李华|在|学校|
    的|老师): the person of that place, who speaks, no phrase of where the one before spoke?"""
    last = after[-1].word if len(after) >= 3 and after[-2].word == "的" else ""
    if not (last in KIN_NOUNS or last.endswith(_PERSON_ENDS) or len(last) >= 2 and N.role_noun(last)):
        return False  # (王明|在北京的公司: a body, no one's colleague)
    return all(t.tag.startswith(("n", "s")) for t in after[:-2])


# How the nouns of a person end (同事 is a relative's, 老师 a title's end).
_PERSON_ENDS: tuple[str, ...] = (*QZ.ZH_PERSON_HEADS, *PERSON_NOUN_ENDS)


def _someone(word: str) -> bool:
    """Is ``word`` a noun of a person, of people or of a body (邻居, 护士, 村民, 警方, 公安局) or a party of a case at
    law (被告, 原告), who may speak?"""
    if word in KIN_NOUNS or word in LITIGANTS:
        return True
    return len(word) >= 2 and (word.endswith(_SOMEONE_ENDS) or N.role_noun(word))


# How the nouns of a person, of people or of a body end (护士, 村民, 餐馆老板, 警方, 公安局).
_SOMEONE_ENDS: tuple[str, ...] = (
    *QZ.ZH_PERSON_HEADS, *PERSON_NOUN_ENDS, *OWNER_ENDS, *QZ.ZH_ORG_SUFFIXES, *BODY_NOUNS, "士", PARTY
)


def while_doing(toks: Sequence[segmenter.Token]) -> bool:
    """Do ``toks`` (not empty) open with a verb and a particle of aspect (指着, 拉/着, 红着, 叹/了/口气, 想/了/想): an
    action that goes with the speaking, or a clause of what went before it (沉默片刻后), with no subject? Not when
    they end in a person after a relative clause (看着他长大的邻居: the neighbour speaks)."""
    if len(toks) > 2 and toks[-2].word in LISTENER_PREPOSITIONS and toks[-1].word in WRITER_WORDS:
        toks = toks[:-2]  # (出院后|对记者(说): the one spoken to is no part of the clause)
    if _person_described(toks) or any(N.person_word(t) for t in toks) or _someone_there(toks):
        return False
    if _someone_before_frame(toks) or _nouns_to_someone(toks):
        return False
    if _frame(toks):
        return True
    while len(toks) > 2 and toks[0].word in PASSIVE_CLAUSE_LEADS:
        toks = toks[1:]  # (在)被|问及此事时: the clause of when is the subject's
    first = toks[0]
    aspect = first.tag.startswith(ACTION_VERB_TAGS) and len(toks) > 1 and toks[1].tag in ASPECT_TAGS
    # (出院/n 后: a noun of an event, not a name of more, 买买提/n, nor someone who may speak: 村民得知消息后表示)
    event = first.tag == "n" and len(first.word) == 2 and not _someone(first.word)
    opens = first.tag.startswith(BEFORE_CLAUSE_OPEN_TAGS) or event
    after = opens and len(toks) > 1 and toks[-1].word in BEFORE_CLAUSE_ENDS
    return aspect or after or _turning(toks) or _manner(toks) or _reaching_out(toks)


def _nouns_to_someone(toks: Sequence[segmenter.Token]) -> bool:
    """Do nouns alone open the clause up to a noun of someone, past its first word (市场|监管部门|执法人员|现场检查后,
    市场监管部门's officers): a subject, who speaks, the first noun no event (出院|后)?"""
    for t in toks[:-1] if toks[0].tag.startswith("n") else ():
        if not t.tag.startswith("n"):
            return False
        if _someone(t.word) and t is not toks[0]:
            return True
    return False


def _someone_before_frame(toks: Sequence[segmenter.Token]) -> bool:
    """Does a noun of someone stand right before the verb of a frame, past the clause's first word (涉事/v
    企业|工作人员|接受(记者采访时), 当地|村民|回答(提问时)): the subject of the frame, who speaks (接受|记者|采访时:
    the one interviewing, after the frame's verb, is none)? A 在 may stand between (负责人|在|接受(采访时))."""
    return any(_someone(toks[k].word) and _frame_verb_after(toks, k + 1) for k in range(1, len(toks) - 1))


def _frame_verb_after(toks: Sequence[segmenter.Token], i: int) -> bool:
    """Is ``toks[i]`` the verb of a frame, or 在 (tagged a preposition) right before one?"""
    at = i + 1 if toks[i].word in _FRAME_PREPOSITIONS and toks[i].tag == "p" and i + 1 < len(toks) else i
    return toks[at].word in FRAME_VERBS


# Prepositions that may stand between a subject and the verb of its frame (负责人|在|接受采访时).
_FRAME_PREPOSITIONS = frozenset("在 於 于".split())


def _someone_there(toks: Sequence[segmenter.Token]) -> bool:
    """Do ``toks`` open with "there is" or "concerned" and someone who may speak (有|村民(在接受采访时表示), 相关|部门
    (调查后表示)): the speaker, not a clause with no subject."""
    lead = toks[0].word in EXISTENTIAL_VERBS or toks[0].word in QZ.ZH_QUALIFYING_VERBS
    return len(toks) > 1 and lead and _someone(toks[1].word)


def _reaching_out(toks: Sequence[segmenter.Token]) -> bool:
    """Are ``toks`` how the speaker reached the writer or answered, no one else named: a verb and the writer last
    (致电记者), or a verb of answering and what it answered with (回复短信, 回应质疑)? (A noun before such a verb,
    书面回复, was left out: it lowered the check half's indirect speakers.)"""
    if len(toks) < 2 or any(_someone(t.word) for t in toks[:-1]):
        return False
    if toks[-1].word in WRITER_WORDS:
        return toks[0].tag.startswith(CONTACT_VERB_TAGS)
    return len(toks) == 2 and toks[0].word in SAYING_VERBS and not _someone(toks[1].word)


def _manner(toks: Sequence[segmenter.Token]) -> bool:
    """Are ``toks`` how the speaker speaks: a word holding 着 (红着, 摇着头/l, 含着泪/n), a verb doubled before its
    object (挥挥手, 摇摇头), a verb and a body's part (压低|声音, 眼含|泪水), a while (犹豫|片刻), or a phrase of manner
    ending in 地 (语气坚定地, 声音哽咽地) where no one who may speak is named?"""
    first, last = toks[0].word, toks[-1].word
    doubled = len(toks) == 1 and len(first) == 3 and first[0] == first[1] and first[2:] in BODY_PARTS  # (not 买买提)
    if "着" in first[1:] and toks[0].tag not in NAME_TAGS or doubled:
        return True
    if len(toks) == 2 and toks[0].tag.startswith("v") and last in BODY_PARTS:
        return True
    if len(toks) > 1 and (last in WHILE_WORDS or last == "地") and not any(_someone(t.word) for t in toks):
        return toks[0].tag.startswith(("v", "a", "n")) and toks[0].tag not in NAME_TAGS
    return False


def _frame(toks: Sequence[segmenter.Token]) -> bool:
    """Are ``toks`` a frame of place or means and nothing else (在庭审中, 在法庭上, 通过律师): where or how the one the
    sentence goes on with speaks?"""
    if toks[0].word in MEANS_PREPOSITIONS and len(toks) > 1:
        return True
    return toks[0].word == "在" and len(toks) > 1 and toks[-1].word[-1] in LOCALISERS


def _turning(toks: Sequence[segmenter.Token]) -> bool:
    """Are ``toks`` a verb with a complement of direction and its object, a thing (抬起|头, 皱起|眉头, 回过|头; not
    谈起|儿子, a person), the movement the speaker makes?"""
    verb = toks[0]
    if len(toks) != 2 or verb.tag != "v" or len(verb.word) != 2 or verb.word[-1] not in DIRECTION_COMPLEMENTS:
        return False
    noun = toks[1]
    return noun.tag == "n" and noun.word not in KIN_NOUNS and not noun.word.endswith(QZ.ZH_PERSON_HEADS)


