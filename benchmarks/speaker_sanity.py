"""Speakers that are wrong by construction, counted on every corpus page (no gold needed).

The quote gold covers about 130 pages. The corpora hold about 400 more news pages (AEB, Fundus,
fundus-more, regional) that nobody annotated quotes on. A speaker name can be wrong there without any
gold to say so: "Monday", "Of", "Kyiv", "然后", "信中" and "路公司" name nobody. This script parses every
page and counts the speakers and roles of such shapes, by class. The Chinese classes ``zh tag: …`` read the
speaker with the library's segmenter: a name opening with a conjunction, an adverb, a time word, a quantity, a
preposition or a particle, ending with a localiser (X中/上/里), a time word or an adverb, a pronoun and a noun (该公司),
a verb phrase, over twelve characters with a verb in it, and a mention that starts or ends inside a word of its
paragraph (路公司 of 法国国家铁路公司). More Chinese text is read by ``speaker_sanity_zh.py``.

    python benchmarks/speaker_sanity.py              # counts per class and half
    python benchmarks/speaker_sanity.py --show CLASS # the tune-half cases of one class

Pages are split by publisher like the gold (``sanity_split.json``, read by :mod:`sanity`): a
publisher in the quote gold's split or in fundus-more's split keeps its half there; the others were
given a half once, by a hash of the publisher's domain, and fixed in the data file. Cases are listed
for the tune half only; the check half is reported as counts.
"""

from __future__ import annotations

import re
import sys
from collections import Counter

from sanity import Finding, run

from cqnews.enrich import segmenter
from cqnews.enrich.speakers.phrases import is_place
from cqnews.models import Article, Speaker

# The word lists below are this checker's own on purpose, not imports from cqnews.lexicon: a table shared
# with the library could not flag what the library's table misses.
_PARTICLES = frozenset("de da das do dos van von der den del della di du la le el al bin ibn ben bint ter ten".split())
_OPENERS = frozenset(
    "of although but and if when while after before in on at for with as this that these those it there "
    "here so then also however meanwhile yet still now from by to into during".split()
)
_ARTICLES = frozenset(("the", "a", "an"))  # "the company": a description, its words lower-case
_PRONOUNS = frozenset("he she they it we i you him her them his hers their".split())
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december today yesterday tomorrow".split()
)
_ZH_FUNCTION = re.compile("[的了在说]|表示|指出|认为|强调|介绍|透露|报道|称")
_ZH_OPENER = re.compile(
    "^(?:然后|只是|但|而|并|也|还|就|都|又|再|则|却|因此|所以|不过|同时|此外|另外|随后|据|对此|其中)"
)
_ZH_TIME = re.compile(r"[月日年]$|月份|周[一二三四五六日]|星期|上午|下午|今天|昨天|今年|去年|目前|当天|日前")
_ZH_PLACE_WORD = re.compile("[中里内上]$")
_HAN = re.compile("[\u4e00-\u9fff]")
_QUOTE_MARKS = re.compile("[\"“”«»「」『』]")


def name_classes(name: str) -> list[str]:
    """The wrong-by-construction classes a speaker name falls in (empty when it looks like a name)."""
    if _HAN.search(name):
        return _zh_classes(name)
    words = name.split()
    first = words[0]
    lowered = name.lower()
    checks = {
        "en lower-case start": first[:1].islower() and first not in _PARTICLES and first not in _ARTICLES,
        "en digit": any(ch.isdigit() for ch in name),
        "en opener word": first.lower() in _OPENERS,
        "en pronoun": lowered in _PRONOUNS,
        "en calendar word": lowered in _CALENDAR or words[-1].lower() in _CALENDAR,
        "en over six words": len(words) > 6,
        "en place name": is_place(name.removeprefix("the ").removeprefix("The ")),
        "en lower-case last word": len(words) > 1 and words[-1][:1].islower() and words[-1] not in _PARTICLES
        and any(word[:1].isupper() for word in words[1:]),
        "en punctuation": bool(_QUOTE_MARKS.search(name)) or any(p in name for p in ("?", "!", ";", ":")),
    }
    return [label for label, hit in checks.items() if hit]


def _zh_classes(name: str) -> list[str]:
    core = name.replace("·", "")
    checks = {
        "zh one character": len(core) == 1,
        "zh function word or cue": bool(_ZH_FUNCTION.search(name)),
        "zh conjunction or adverb start": bool(_ZH_OPENER.match(name)),
        "zh time word": bool(_ZH_TIME.search(name)),
        "zh localiser end": bool(_ZH_PLACE_WORD.search(name)) and len(core) <= 4,
        "zh over twelve characters": len(core) > 12,
        "zh punctuation": bool(re.search(r"[，。！？：；、“”「」（）]", name)),
    }
    return [label for label, hit in checks.items() if hit] + _zh_tag_classes(name)


# The segmenter's tags (jieba's, ICTCLAS-style) of the speaker read alone: a name or an organisation is
# nouns (nr, ns, nt, n, nz ...); these tags never open one, nor these end one.
_TAG_START = {
    "c": "zh tag: conjunction start",
    "d": "zh tag: adverb start",
    "t": "zh tag: time word start",
    "m": "zh tag: quantity start",
    "q": "zh tag: quantity start",
    "p": "zh tag: preposition start",
    "u": "zh tag: particle start",
}
_TAG_END = {"f": "zh tag: localiser end (X中/上/里)", "t": "zh tag: time word end", "d": "zh tag: adverb end"}
_VERB_TAGS = frozenset(("v", "vd", "vg"))  # vn (a verbal noun: 发展, 监督管理) names organisations


def _zh_tag_classes(name: str) -> list[str]:
    tokens = [t for t in segmenter.tag(segmenter.to_simplified(name)) if t.word.strip("·")]
    if not tokens:
        return []
    tags = [t.tag for t in tokens]
    labels = {_TAG_START[tags[0]]} if tags[0] in _TAG_START else set()
    if len(tokens) > 1 and tags[-1] in _TAG_END:
        labels.add(_TAG_END[tags[-1]])
    if any(tag in ("t", "tg") for tag in tags[1:]):
        labels.add("zh tag: time word inside")
    if tags[0] == "r" and len(tokens) > 1:
        labels.add("zh tag: pronoun + noun")
    if tags[0] in _VERB_TAGS and len(tokens) > 1:
        labels.add("zh tag: verb phrase")
    if len(name.replace("·", "")) > 12 and _VERB_TAGS.intersection(tags):
        labels.add("zh tag: over twelve characters with a verb")
    return sorted(labels)


def _cut_inside_word(mention: str, block: str) -> bool:
    """Is ``mention`` written in ``block`` only where it starts or ends inside one of the segmenter's words
    (法国国家铁路公司 -> 路公司)?"""
    at = [m.start() for m in re.finditer(re.escape(mention), block)]
    if not at or not _HAN.search(mention):
        return False
    bounds = {b for t in segmenter.tag(block) for b in (t.start, t.end)}
    return all(a not in bounds or a + len(mention) not in bounds for a in at)


def role_classes(role: str) -> list[str]:
    """Roles that hold quoted text or a whole clause rather than a title or a description."""
    checks = {
        "role with quote marks": bool(_QUOTE_MARKS.search(role)),
        "role over 100 characters": len(role) > 100,
        "role opening with a coordinator": role.split()[0].lower() in ("and", "or", "but", "nor"),
    }
    return [label for label, hit in checks.items() if hit]


_CUE_AT_END = re.compile(r",\s[^,“”\"]{1,80}\s(?:said|says|told|added|wrote)[.,]?$")


def quote_classes(text: str, kind: str) -> list[str]:
    """Quote spans that run on into their own attribution or over a whole paragraph."""
    checks = {
        "quote ends with its cue clause": kind == "indirect" and bool(_CUE_AT_END.search(text.strip())),
        "quote over 600 characters": len(text) > 600,
    }
    return [label for label, hit in checks.items() if hit]


def speaker_classes(name: str | None, role: str | None, mention: str | None, block: str) -> list[str]:
    """The classes of a quote's speaker: of its name, of its role, and its mention cut inside a word of ``block``."""
    labels = name_classes(name) if name else []
    labels += role_classes(role) if role else []
    if mention and _cut_inside_word(mention, block):
        labels.append("zh tag: mention cut inside a word")
    return labels


def findings(article: Article, html: bytes) -> tuple[Counter[str], list[Finding]]:
    """Speakers counted by script, and every quote's wrong-by-construction classes (``html`` unused)."""
    sizes: Counter[str] = Counter()
    found: list[Finding] = []
    script = "zh" if article.language == "zh" else "other"
    for quote in article.quotes:
        sizes[f"speakers ({script})" if quote.speaker else f"no speaker ({script})"] += 1
        labels = quote_classes(quote.text, quote.kind.value)
        who = quote.speaker or Speaker()
        # (a summary quote's block is len(body): its text is the summary's)
        block = article.body[quote.block].text if quote.block < len(article.body) else article.summary or ""
        labels += speaker_classes(who.name, who.role, quote.mention, block)
        case = f"{who.name!r} role={who.role!r} mention={quote.mention!r} | {quote.text[:70]!r}"
        found += [(label, case) for label in labels]
    return sizes, found


TOTALS = [f"{kind} ({script})" for kind in ("speakers", "no speaker") for script in ("other", "zh")]


if __name__ == "__main__":
    sys.exit(run(__doc__ or "", findings, TOTALS))
