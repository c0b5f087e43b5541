"""Metamorphic test of Chinese speakers: a change to the text that must not change who speaks.

    python benchmarks/speaker_invariance_zh.py              # counts per transformation and class
    python benchmarks/speaker_invariance_zh.py --verbose    # also each divergence (tune files only)
    python benchmarks/speaker_invariance_zh.py --only rare

The Chinese counterpart of benchmarks/speaker_invariance.py, whose pairing and counting it uses
(``compare``): the Chinese gold files of the TUNE half only, ``find_quotes`` on the original and on
each transformed copy, quotes paired by kind and IoU, each pair's speakers compared.

Which strings are people (the gold's ``speaker``): a transliterated name with a dot (its alias or last
part is the name written alone: 卡斯特); two to four Han characters opening with a surname of the table
and not ending with an organisation head (林欽榮, 欧阳明远); a surname with an honorific, a title or 某
(王先生, 王警官, 汤某某). Transformations:
- names/<shape>: each person's full name replaced everywhere; the surname where it stands before an
  honorific, a title or 某 (王先生, 李教授, 陈某), or alone where a clause starts before an adverb or a cue (黎續稱,
  周又批評: Hong Kong papers); a transliterated name's tail written alone. Shapes: rare
  single surnames outside the surname table (蹇, 恽, 贲, 仝, 钮, 夔: the row measures how a name is read, not
  the table; a surname since added to the table is to be replaced here, the script warns), double surnames,
  two-character names, four-character married names, transliterated names with a dot, minority names, and
  ``control``, ordinary common names.
- cue/<verb>: 说 where it cues a quote (before a colon, comma or quote mark, after a closing quote mark;
  not inside 说明, 小说, 据说, 来说 ...) replaced by 表示, 指出, 称, 强调, 透露, 坦言 or 直言.
- move: a sentence of a person's full name, a cue (说, 表示, 指出, 称) and a quote ending in a stop has its
  attribution moved across the quote (王明说：“…。” <-> “…。”王明说。), where the sentence starts.
- gender: in a text whose gold people are all men and that has no 她, each of them swapped for a woman's name of
  the control shape, every pronoun 他 for 她 (not 其他, 他人 ...), and the words of a man's sex for a woman's and
  back (先生/女士, 儿子/女儿, 丈夫/妻子 ...): the text's mirror, whose speakers are the swapped ones.
- traditional: the whole text in traditional characters (the inverse of the segmenter's table).
- marks/corner: “…” -> 「…」 and ‘…’ -> 『…』 (Hong Kong, Taiwan); marks/halfwidth: ，：；？！ -> , : ; ? ! (some
  portals). Only in a text holding none of the marks written, so each is exactly invertible; quote texts are
  paired by their tokens, which hold no mark.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from speaker_invariance import run

from cqnews.enrich.segmenter import to_simplified
from cqnews.lexicon import zh_script
from cqnews.lexicon.bodies_zh import ORG_HEADS, PARTY
from cqnews.lexicon.personal_names_zh import DOUBLE_SURNAMES, FEMALE_NAME_CHARS, HONORIFICS, NAME_DOTS, SURNAMES
from cqnews.lexicon.titles_zh import SURNAME_TITLES, TITLE_RANKS, UNIT_HEADS

# Replacement names by shape: (male, female) lists of (full name, surname before a title, name written alone).
Name = tuple[str, str, str]


def _han(full: str, surname: str) -> Name:
    return (full, surname, full)


def _dotted(full: str) -> Name:
    tail = full.split("·")[-1]
    return (full, tail, tail)


def _single(full: str) -> Name:
    return (full, full, full)


SHAPES: dict[str, tuple[list[Name], list[Name]]] = {
    "control": (
        [_han(n, n[0]) for n in "张建国 李明辉 王志强 刘国华 陈文斌 杨海涛".split()],
        [_han(n, n[0]) for n in "王秀英 李丽华 张桂芳 刘晓燕 陈玉兰 杨红梅".split()],
    ),
    "rare": (
        [_han(n, n[0]) for n in "蹇志强 恽文斌 贲国良 仝振华 钮建军 夔立新".split()],
        [_han(n, n[0]) for n in "蹇晓燕 恽丽华 贲秀英 仝红梅 钮玉兰 夔桂芳".split()],
    ),
    "double": (
        [_han(n, n[:2]) for n in "欧阳明远 司马建军 上官志宏 端木立新 东方振华 诸葛文斌".split()],
        [_han(n, n[:2]) for n in "欧阳丽华 司马晓燕 上官秀英 端木红梅 东方玉兰 诸葛桂芳".split()],
    ),
    "two-char": (
        [_han(n, n[0]) for n in "林涛 郑斌 许峰 邓刚 曹军 彭勇".split()],
        [_han(n, n[0]) for n in "林静 何敏 罗丹 郑洁 许琳 邓颖".split()],
    ),
    "married": (
        [_han(n, n[:1]) for n in "张王建国 陈李志强 黄何文斌 林郑国良 范徐振华 叶刘立新".split()],
        [_han(n, n[:1]) for n in "陈李秀英 林郑月娥 范徐丽泰 叶刘淑仪 黄何美玲 张王桂芳".split()],
    ),
    "dotted": (
        [_dotted(n) for n in "阿卜杜拉·哈桑 穆罕默德·阿里 弗拉基米尔·彼得罗夫 让·杜邦 汉斯·穆勒 卡洛斯·门多萨".split()],
        [_dotted(n) for n in "玛丽亚·加西亚 安娜·彼得罗娃 索菲·马丁 法蒂玛·侯赛因 艾玛·汤普森 克拉拉·施密特".split()],
    ),
    "minority": (
        [_single(n) for n in "扎西顿珠 格桑多吉 巴特尔 次仁旺堆 买买提 朝克图".split()],
        [_single(n) for n in "阿依古丽 央金拉姆 其其格 卓玛 古丽娜尔 斯琴高娃".split()],
    ),
}

_HAN_RE = re.compile(r"^[\u3400-\u9fff]+$")
_SURNAME_FORMS = sorted((*HONORIFICS, *SURNAME_TITLES, "警官", "太", "某某", "某"), key=len, reverse=True)
_SURNAME_FORM_RE = re.compile("^(.{1,2}?)(" + "|".join(_SURNAME_FORMS) + ")$")
_AFTER_SURNAME = tuple(sorted((*HONORIFICS, *SURNAME_TITLES, "警官", "某", *TITLE_RANKS), key=len, reverse=True))
_NOT_PERSON_ENDS = (*ORG_HEADS, *UNIT_HEADS, PARTY)


def _surname_of(name: str) -> str | None:
    plain = to_simplified(name)
    if plain[:2] in DOUBLE_SURNAMES:
        return name[:2]
    return name[:1] if plain[:1] in SURNAMES else None


def person(name: str) -> tuple[str, str] | None:
    """(full name, surname) if the gold's speaker is a person; the surname is '' for a dotted name."""
    if any(d in name for d in NAME_DOTS):
        return (name, "")
    if not _HAN_RE.match(name):
        return None
    plain = to_simplified(name)
    m = _SURNAME_FORM_RE.match(plain)
    if m and _surname_of(m.group(1)) == name[: len(m.group(1))]:
        return (name[: len(m.group(1))], name[: len(m.group(1))])  # 王先生: only the surname is a name
    if not 2 <= len(name) <= 4 or plain.endswith(_NOT_PERSON_ENDS):
        return None
    surname = _surname_of(name)
    return (name, surname) if surname and len(name) > len(surname) else None


def people(data: dict) -> list[tuple[str, str, str]]:
    """(full name, surname, tail) of the gold's person speakers, fullest first (tail: a dotted name's alias)."""
    out: dict[str, tuple[str, str]] = {}
    for q in data["quotes"]:
        name = q.get("speaker")
        found = person(name) if name else None
        if not found:
            continue
        full, surname = found
        tail = ""
        if not surname:
            aliases = [a for a in q.get("aliases", []) if a in full and a != full]
            tail = max(aliases, key=len) if aliases else re.split("[" + "".join(NAME_DOTS) + "]", full)[-1]
        out.setdefault(full, (surname, tail))
    return sorted(((f, s, t) for f, (s, t) in out.items()), key=lambda x: -len(x[0]))


def _gender(full: str, surname: str, text: str) -> str:
    key = surname or full
    if re.search(re.escape(key) + "(?:女士|小姐|太太)", text) or any(c in FEMALE_NAME_CHARS for c in full):
        return "f"
    if re.search(re.escape(key) + "先生", text):
        return "m"
    return "f" if text.count("她") > text.count("他") else "m"


def name_mapping(data: dict, text: str, shape: str) -> tuple[dict[str, str], dict[str, str]]:
    """(anywhere, before a title): original string -> replacement."""
    male, female = SHAPES[shape]
    used = {"m": 0, "f": 0}
    anywhere: dict[str, str] = {}
    titled: dict[str, str] = {}
    for full, surname, tail in people(data):
        g = _gender(full, surname, text)
        pool = male if g == "m" else female
        new_full, new_surname, new_alone = pool[used[g] % len(pool)]
        used[g] += 1
        if full != surname:
            anywhere.setdefault(full, new_full)
        if surname and new_surname != new_full:  # (a minority name has no surname to write before 先生 or 某)
            titled.setdefault(surname, new_surname)
        if tail:
            anywhere.setdefault(tail, new_alone)
            titled.setdefault(tail, new_surname)
    return anywhere, titled


# A surname written alone for the person (Hong Kong papers: 黎續稱, 其間黎向同事表示, 周又批評): where a clause
# starts and before an adverb or a cue that opens no given name, so 周年, 黎明 or 王丹阳 are left.
_LONE_BEFORE = "(?:^|(?<=[。，；：！？」”』）\n])|(?<=其間|其间))"
_LONE_AFTER = "(?=[又續续向稱称指說说強强認认坦直補补透回則则亦也還还曾再並并])"


def substitute(anywhere: dict[str, str], titled: dict[str, str]) -> Callable[[str], str]:
    """Full names replaced wherever they stand, surnames before a title (王先生, 陈某, 李副市长) or alone."""
    alts = [re.escape(k) for k in sorted(anywhere, key=len, reverse=True)]
    after = "|".join(re.escape(t) for t in _AFTER_SURNAME)
    alts += [f"{re.escape(k)}(?={after})" for k in sorted(titled, key=len, reverse=True)]
    alts += [f"{_LONE_BEFORE}{re.escape(k)}(?:{_LONE_AFTER}|\\Z)" for k in sorted(titled, key=len, reverse=True)]
    if not alts:
        return lambda s: s
    pattern = re.compile("|".join(alts))
    table = {**titled, **anywhere}
    return lambda s: pattern.sub(lambda m: table[m.group()], s)


def _traditional_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for trad, simp in zip(zh_script.TRADITIONAL, zh_script.SIMPLIFIED, strict=True):
        table.setdefault(ord(simp), trad)
    return table


_TO_TRADITIONAL = _traditional_table()


def to_traditional(s: str) -> str:
    return s.translate(_TO_TRADITIONAL)


# cue/<verb>: 说 where it cues a quote replaced by another reporting verb. A cue 说: right before a colon
# or quote mark, or before a comma after a speaker, or right after a closing quote mark (and a comma);
# not 说 inside a word (说明, 小说, 据说, 听说, 来说, 比如说, 也就是说, 换句话说, 虽说, 再说).
CUE_VERBS_ZH = ("表示", "指出", "称", "强调", "透露", "坦言", "直言")
_NOT_CUE_BEFORE = "据听小来如是话虽再用所学传演游劝解"
_CUE_SHUO_RE = re.compile(
    rf"(?:(?<=[”」』\"][，,])|(?<=[”」』\"]))说(?![明完法话服道])"
    rf"|(?<![{_NOT_CUE_BEFORE}])说(?=[：:，,]?[“「『\"]|[：:]|[，,])"
)


def cue_verb_zh(verb: str) -> Callable[[str], str]:
    return lambda s: _CUE_SHUO_RE.sub(verb, s)


# move: a sentence that is a person's name, a cue and a quote has its attribution moved across the quote, both
# ways (王明说：“…。” <-> “…。”王明说。): only where the sentence starts (after a stop or a closing quote mark, or
# the paragraph's start) with the gold's full name of a person, so no role nor clause is cut.
_MOVE_CUES = "说|表示|指出|称"
_SENTENCE_START = "(?:^|(?<=[。！？”」]))"


def move_attribution(data: dict) -> Callable[[str], str]:
    names = [full for full, _, _ in people(data) if len(full) >= 2]
    if not names:
        return lambda s: s
    alt = "|".join(re.escape(n) for n in names)
    pattern = re.compile(
        rf"{_SENTENCE_START}(?:(?P<name>{alt})(?P<cue>{_MOVE_CUES})[：:]\s*“(?P<quote>[^“”]+[。！？])”"
        rf"|“(?P<quote2>[^“”]+[。！？])”\s*(?P<name2>{alt})(?P<cue2>{_MOVE_CUES})。)"
    )

    def move(m: re.Match[str]) -> str:
        if m.group("name"):
            return f"“{m.group('quote')}”{m.group('name')}{m.group('cue')}。"
        return f"{m.group('name2')}{m.group('cue2')}：“{m.group('quote2')}”"

    return lambda s: pattern.sub(move, s)


# gender: in a text whose people (the gold's) are all men and that has no 她, every person becomes a woman: each
# name swapped for a woman's name of the control shape, every 他 for 她, and the words of a man's sex for a woman's
# (先生 -> 女士, 儿子 -> 女儿, both ways, so a wife becomes a husband): the mirror of the text, read the same way.
_SEX_PAIRS = (
    ("先生", "女士"), ("丈夫", "妻子"), ("老公", "老婆"), ("儿子", "女儿"), ("父亲", "母亲"), ("爸爸", "妈妈"),
    ("爷爷", "奶奶"), ("外公", "外婆"), ("哥哥", "姐姐"), ("弟弟", "妹妹"), ("兄弟", "姐妹"), ("男子", "女子"),
    ("男生", "女生"), ("男孩", "女孩"), ("男友", "女友"), ("男人", "女人"), ("男性", "女性"), ("叔叔", "阿姨"),
)
_SEX_SWAP = {**dict(_SEX_PAIRS), **{f: m for m, f in _SEX_PAIRS}, "小姐": "先生", "太太": "先生"}
# 他 as a pronoun: not inside 其他, 吉他, 利他, 他人, 他国, 他乡, 他方, 他日, 他山, 他杀.
_HE_RE = "(?<![其吉利])他(?![人国乡方日山杀])"


def gender_swap(data: dict, text: str) -> Callable[[str], str]:
    found = people(data)
    if not found or "她" in text or any(_gender(f, s, text) != "m" for f, s, _ in found):
        return lambda s: s
    women = SHAPES["control"][1]
    anywhere: dict[str, str] = {}
    titled: dict[str, str] = {}
    for k, (full, surname, tail) in enumerate(found):
        new_full, new_surname, _ = women[k % len(women)]
        if full != surname:
            anywhere.setdefault(full, new_full)
        if surname:
            titled.setdefault(surname, new_surname)
        if tail:
            anywhere.setdefault(tail, new_full)
    names = substitute(anywhere, titled)
    words = re.compile(_HE_RE + "|" + "|".join(sorted(_SEX_SWAP, key=len, reverse=True)))
    return lambda s: words.sub(lambda m: "她" if m.group() == "他" else _SEX_SWAP[m.group()], names(s))


# marks/corner: “…” -> 「…」 and ‘…’ -> 『…』 (Hong Kong and Taiwan papers); marks/halfwidth: the full-width
# ，：；？！ written half-width (some portals). Each only where it is exactly invertible: a text already holding a
# mark it writes is left as it is.
_CORNER = str.maketrans({"“": "「", "”": "」", "‘": "『", "’": "』"})
_HALFWIDTH = str.maketrans({"，": ",", "：": ":", "；": ";", "？": "?", "！": "!"})


def mark_swap(table: dict[int, str], text: str) -> Callable[[str], str]:
    if any(mark in text for mark in table.values()):
        return lambda s: s
    return lambda s: s.translate(table)


def transforms(data: dict, text: str) -> dict[str, Callable[[str], str]]:
    out = {f"names/{shape}": substitute(*name_mapping(data, text, shape)) for shape in SHAPES}
    out["move"] = move_attribution(data)
    out["gender"] = gender_swap(data, text)
    out["traditional"] = to_traditional
    out["marks/corner"] = mark_swap(_CORNER, text)
    out["marks/halfwidth"] = mark_swap(_HALFWIDTH, text)
    out.update({f"cue/{verb}": cue_verb_zh(verb) for verb in CUE_VERBS_ZH})
    return out


def rare_in_table() -> list[str]:
    """The rare shape's surnames that the surname table holds (the row then measures the table)."""
    return sorted({n[1] for pool in SHAPES["rare"] for n in pool if _surname_of(n[0])})


def main(argv: list[str] | None = None) -> int:
    if stale := rare_in_table():
        print(f"warning: rare surnames now in the surname table, replace them: {' '.join(stale)}", file=sys.stderr)
    return run("zh", transforms, argv)


if __name__ == "__main__":
    sys.exit(main())
