"""Chinese speakers wrong by construction, on more Chinese text than the corpus pages hold.

``speaker_sanity.py`` parses whole corpus pages, which hold few Chinese quotes. This script reads more
Chinese text three ways and counts the same classes (``speaker_sanity.name_classes`` and the mention cut
inside a segmenter word):

- the paragraphs of the Chinese quote gold files and of the Chinese regional corpus pages, read whole
  (every paragraph of a page as one body), each paragraph alone, and each sentence alone (a sentence
  out of its paragraph loses its antecedents, so the speaker has to be read off the sentence itself);
- made-up sentences of the shapes issue 11 lists (然后陈同佳说, 付小姐只是说, 世界银行周一预测, 三月份，X说,
  苹果公司在信中说, 法国国家铁路公司表示 ...), built from a subject, a word or phrase before or after it and
  a verb of saying: there the speaker is known by construction, and any other speaker is counted wrong.

    python benchmarks/speaker_sanity_zh.py              # counts per class and half
    python benchmarks/speaker_sanity_zh.py --show CLASS # the tune-half cases of one class

Halves: a gold file's by ``quote_split.json``, a regional page's by ``regional_split.json``; the made-up
sentences are their own row (nobody's page). Cases are listed for the tune half and made-up text only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import quotes as Q
from sanity import print_classes
from speaker_sanity import speaker_classes

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block

HERE = Path(__file__).resolve().parent
_SENTENCE = re.compile(r"[^。！？]*(?:[。！？]+[”」』]?|$)")

# Made-up sentences: (subject, before it, after it). The subject is the speaker by construction.
SUBJECTS = (
    "陈同佳", "付小姐", "世界银行", "美国司法部长梅里克·加兰", "苹果公司", "法国国家铁路公司", "国家统计局",
    "外交部发言人汪文斌", "张教授", "李华", "欧阳明", "中国人民银行", "市卫生健康委员会", "老王",
    "约翰·史密斯", "北约秘书长吕特", "华为公司", "王建国教授", "英国首相斯塔默", "特斯拉", "联合国秘书长古特雷斯",
)
BEFORE = (
    "", "然后", "随后", "三月份，", "周一，", "对此，", "2024年5月，", "在发布会上，", "同时，", "而", "但", "据悉，",
)
AFTER = (
    "", "只是", "周一", "昨天", "在信中", "在声明中", "在接受采访时", "也", "还", "则", "曾", "今天上午", "此前",
    "在会上", "近日", "当天", "对记者", "向本报", "在一份报告中", "3日", "进一步", "随即", "不止一次地",
    "今天下午", "昨晚", "日前", "再次", "一再", "公开", "明确", "同日", "上周五", "当地时间周一", "在社交媒体上",
    "通过发言人", "随后在记者会上", "就此", "却", "仍然", "坦率地", "在致股东的信中", "于周二", "本月初",
)
CUES = ("说", "表示", "预测", "指出", "称", "透露")
SAID = ("我们将继续推进这项工作", "今年经济增长将放缓至百分之二点四", "这件事与公司无关")


def made_up() -> Iterator[tuple[str, str]]:
    """(sentence, its speaker): every subject with every word before and after it, cues and forms in turn."""
    n = 0
    for subject in SUBJECTS:
        for before in BEFORE:
            for after in AFTER:
                cue, said = CUES[n % len(CUES)], SAID[n % len(SAID)]
                n += 1
                if n % 2:
                    yield f"{before}{subject}{after}{cue}：“{said}。”", subject
                else:
                    yield f"{before}{subject}{after}{cue}，{said}。", subject


def gold_texts() -> Iterator[tuple[str, str, list[str]]]:
    split = Q.load_split()
    for gold in Q.load_gold():
        if gold.lang == "zh":
            yield Q.half_of(gold, split), f"gold/{gold.path.stem}", Q.paragraphs(gold)


def regional_texts() -> Iterator[tuple[str, str, list[str]]]:
    split = json.loads((HERE / "regional_split.json").read_text())
    root = Q.SHARED / "corpus" / "regional"
    for line in (root / "MANIFEST.tsv").read_text().splitlines()[1:]:
        _site, file, _url, language, *_ = line.split("\t")
        truth = root / file.replace(".html.gz", ".truth.json")
        if language != "zh" or not truth.exists():
            continue
        body = json.loads(truth.read_text(encoding="utf-8")).get("body") or ""
        half = split["publishers"].get(split["files"].get(file[:-8], ""), "check")
        yield half, f"regional/{file[:-8]}", [p.strip() for p in body.split("\n") if p.strip()]


def readings(paras: list[str]) -> Iterator[tuple[str, list[str]]]:
    """(how, blocks): the page whole, each paragraph alone, each sentence alone."""
    yield "whole", paras
    for para in paras:
        yield "paragraph", [para]
        sentences = [s for s in _SENTENCE.findall(para) if s.strip()]
        if len(sentences) > 1:
            yield from (("sentence", [s]) for s in sentences)


def _is_subject(name: str | None, role: str | None, want: str) -> bool:
    """The subject whole as the name, or a title as the role and the name before or after it (外交部发言人 汪文斌,
    王建国 教授)."""
    return name == want or bool(name) and want in (f"{role or ''}{name}", f"{name}{role or ''}")


def classes(blocks: list[str], want: str | None = None) -> Iterator[tuple[str, str]]:
    for quote in find_quotes([Block(text=b) for b in blocks], "zh"):
        who = quote.speaker
        name, role = (who.name, who.role) if who else (None, None)
        labels = speaker_classes(name, role, quote.mention, blocks[quote.block])
        if want is not None and not _is_subject(name, role, want):
            labels.append("made-up: speaker not the subject")
        case = f"{name!r} role={role!r} mention={quote.mention!r} | {blocks[quote.block][:60]!r}"
        yield from ((label, case) for label in labels)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show", help="list the tune-half (and made-up) cases of this class")
    args = parser.parse_args(argv)
    counts: dict[str, Counter[str]] = {"tune": Counter(), "check": Counter(), "made-up": Counter()}
    cases: dict[str, list[str]] = defaultdict(list)
    for half, name, paras in [*gold_texts(), *regional_texts()]:
        half = half if half in counts else "check"
        for how, blocks in readings(paras):
            for label, case in classes(blocks):
                counts[half][f"{how}: {label}"] += 1
                if half == "tune":
                    cases[f"{how}: {label}"].append(f"{name}: {case}")
    for sentence, subject in made_up():
        counts["made-up"]["sentences"] += 1
        for label, case in classes([sentence], subject):
            counts["made-up"][label] += 1
            cases[label].append(case)
    print_classes(counts, cases, args.show, listed="tune half and made-up")
    return 0


if __name__ == "__main__":
    sys.exit(main())
