"""Aggregate failure classes of English attribution, on both halves (counts only, never one by one).

    python benchmarks/quote_classes.py            # gold tune/check and PolNeAR train/dev, counts
    python benchmarks/quote_classes.py --show CLASS --n 30   # list one class (gold tune / PolNeAR train only)

Classes: a missed gold quote by its cue kind (verb before / after the content, "according to", a noun cue,
other) and whether some prediction overlaps it (span wrong) or none does (missed); a wrong speaker by what
was predicted (None, a pronoun, a lower-case description, a part of the right name, another person).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import polnear
import quotes

_PRONOUNS = frozenset("he she they it we i you him her them us who".split())
_NOUN_CUE = re.compile(r"(?i)\b(statement|report|reports|interview|letter|memo|claim|claims|comments?|remarks?"
                       r"|testimony|speech|post|tweet|filing|complaint|announcement|release|ruling|view|belief)\b")


def cue_class(cue: str | None, cue_after: bool | None) -> str:
    """The kind of cue a gold attribution has."""
    if not cue:
        return "nocue"
    low = cue.lower()
    if "according" in low:
        return "according"
    if _NOUN_CUE.search(low):
        return "noun"
    if cue_after is None:
        return "verb"
    return "verb-after" if cue_after else "verb-before"


def speaker_class(got: str | None, want: str | None) -> str:
    """What kind of wrong speaker the prediction is."""
    if got is None:
        return "spk-None"
    if want is None:
        return "spk-want-None"
    g = got.lower()
    if g in _PRONOUNS:
        return "spk-pronoun"
    if got[:1].islower() or g.startswith("the "):
        return "spk-description"
    gw, ww = set(re.findall(r"\w+", g)), set(re.findall(r"\w+", want.lower()))
    if gw & ww:
        return "spk-partial"
    return "spk-other-person"


def _ends(p: Any, gtext: str, para: str) -> str:
    """Where a prediction's start and end lie against the gold's: '<' earlier, '>' later, '=' same."""
    gs = para.find(gtext)
    if gs < 0:
        return "?"
    ge = gs + len(gtext)
    sign = lambda a, b: "=" if abs(a - b) <= 1 else ("<" if a < b else ">")  # noqa: E731
    return f"[{sign(p.start, gs)}{sign(p.end, ge)}]"


def _overlap_at(p: Any, gtext: str, para: str) -> bool:
    gs = para.find(gtext)
    return gs >= 0 and p.start < gs + len(gtext) and gs < p.end


class _Shower:
    """Prints up to ``n`` cases of one class, from the gold's tune half only (check is never read)."""

    def __init__(self, show: str | None, n: int) -> None:
        self.show, self.left = show, n

    def __call__(self, cls: str, half: str, line: str) -> None:
        if self.show == cls and half == "tune" and self.left > 0:
            self.left -= 1
            print(f"  {cls} {line}")


def _paragraph(paras: list[str], g: dict[str, Any]) -> str:
    k = g.get("paragraph")
    return paras[k] if isinstance(k, int) and k < len(paras) else ""


def _miss_class(g: dict[str, Any], ps: list[Any], para: str) -> str:
    after = None
    if g.get("cue") and g["cue"] in para and g["text"][:20] in para:
        after = para.index(g["cue"]) > para.index(g["text"][:20])
    near = [p for p in ps if p.block == g.get("paragraph") and _overlap_at(p, g["text"], para)]
    over = "span" + _ends(near[0], g["text"], para) if near else "miss"
    return f"{over}-{cue_class(g.get('cue'), after)}"


def _gold_file(gold: Any, half: str, out: dict[str, Counter[str]], shower: _Shower) -> None:
    paras = quotes.paragraphs(gold)
    preds = quotes.predict(gold, False)
    name = gold.path.name
    for kind in ("direct", "indirect"):
        ps = [p for p in preds if p.kind.value == kind]
        gs = [g for g in gold.data["quotes"] if g["kind"] == kind]
        pairs = quotes.match(ps, gs, 0.3)
        c = out.setdefault(f"{half}-{kind}", Counter())
        hit_g, hit_p = {j for _, j in pairs}, {i for i, _ in pairs}
        for g in (g for j, g in enumerate(gs) if j not in hit_g):
            para = _paragraph(paras, g)
            cls = _miss_class(g, ps, para)
            c[cls] += 1
            shower(cls, half, f"{name} cue={g.get('cue')!r}: {g['text'][:110]!r}\n     para: {para[:300]!r}")
        for p in (p for i, p in enumerate(ps) if i not in hit_p):
            near = [g for g in gs if p.block == g.get("paragraph") and _overlap_at(p, g["text"], paras[p.block])]
            cls = "extra-span" if near else "extra-none"
            c[cls] += 1
            shower(cls, half, f"{name} cue={p.cue!r}: {p.text[:110]!r}")
        for i, j in pairs:
            if not quotes.speaker_right(ps[i], gs[j]):
                got = ps[i].speaker.name if ps[i].speaker else None
                cls = speaker_class(got, gs[j]["speaker"])
                c[cls] += 1
                shower(cls, half, f"{name} got={got!r} want={gs[j]['speaker']!r}: {gs[j]['text'][:80]!r}")


def gold_classes(show: str | None, n: int) -> dict[str, Counter[str]]:
    """Failure classes of the English gold by half and kind."""
    golds = [g for g in quotes.load_gold() if g.lang == "en"]
    quotes.apply_errata(golds, quotes.load_errata())
    split = quotes.load_split()
    out: dict[str, Counter[str]] = {}
    shower = _Shower(show, n)
    for gold in golds:
        _gold_file(gold, quotes.half_of(gold, split), out, shower)
    return out


def _cues(path: Path) -> dict[tuple[int, int], tuple[int, int] | None]:
    """Content start/end -> cue span of each attribution event of one brat file."""
    spans: dict[str, list[tuple[int, int]]] = {}
    out: dict[tuple[int, int], tuple[int, int] | None] = {}
    lines = path.read_text(encoding="utf-8").splitlines()
    for line in lines:
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 2:
            spans[cols[0]] = polnear._spans(cols[1].partition(" ")[2])
    for line in lines:
        cols = line.split("\t")
        if line.startswith("E") and len(cols) >= 2:
            ev = dict(a.split(":", 1) for a in cols[1].split())
            content = sorted(s for k in ("Content", "Content2") if k in ev for s in spans[ev[k]])
            if content:
                cue = spans[ev["Cue"]][0] if "Cue" in ev else None
                out[(content[0][0], max(e for _, e in content))] = cue
    return out


def polnear_classes(split: str, show: str | None, n: int) -> Counter[str]:
    c: Counter[str] = Counter()
    root = polnear.POLNEAR / split / "attributions"
    shown = 0
    for art in polnear.load(split):
        ann = sorted(root.glob(f"{art.name}_*.ann"))[0]
        cues = _cues(ann)
        preds = polnear.join_utterances(polnear.predict(art)[0])
        golds = art.attributions
        pairs = polnear.match(art, preds, golds, 0.3)
        hit_g = {j for _, j in pairs}
        gsets = [polnear._token_set(art, g.content) for g in golds]
        psets = [polnear._token_set(art, p.spans) for p in preds]
        for j, g in enumerate(golds):
            if j in hit_g:
                continue
            cue = cues.get((g.start, g.end))
            cue_text = art.text[cue[0]:cue[1]] if cue else None
            after = cue[0] >= g.end if cue else None
            near = [preds[i] for i, ps in enumerate(psets) if not gsets[j].isdisjoint(ps)]
            over = "span" + _pends(near[0], g) if near else "miss"
            cls = f"{g.kind}-{over}-{cue_class(cue_text, after)}"
            c[cls] += 1
            if show and cls.startswith(show) and split == "train" and shown < n:
                shown += 1
                print(f"  {cls} cue={cue_text!r}: {art.text[g.start:g.end][:110]!r}")
        for i, j in pairs:
            key = polnear.gold_key(art, golds[j])
            if key is None or polnear.speaker_right(preds[i].quote, key):
                continue
            sp = preds[i].quote.speaker
            cls = speaker_class(sp.name if sp else None, key)
            c[f"{golds[j].kind}-{cls}"] += 1
            if show and f"{golds[j].kind}-{cls}".startswith(show) and split == "train" and shown < n:
                shown += 1
                print(f"  {golds[j].kind}-{cls} got={sp.name if sp else None!r} want={key!r}: "
                      f"{art.text[golds[j].start:golds[j].end][:80]!r}")
    return c


def _pends(p: Any, g: Any) -> str:
    sign = lambda a, b: "=" if abs(a - b) <= 1 else ("<" if a < b else ">")  # noqa: E731
    return f"[{sign(p.start, g.start)}{sign(p.end, g.end)}]"


def _table(columns: dict[str, Counter[str]]) -> None:
    keys = sorted({k for c in columns.values() for k in c}, key=lambda k: -sum(c[k] for c in columns.values()))
    print(f"{'class':34}" + "".join(f"{name:>16}" for name in columns))
    for k in keys:
        print(f"{k:34}" + "".join(f"{c[k]:16d}" for c in columns.values()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show", help="list one class (gold tune / PolNeAR train only)")
    parser.add_argument("--n", type=int, default=30)
    parser.add_argument("--skip", choices=("gold", "polnear"))
    args = parser.parse_args(argv)
    if args.skip != "gold":
        g = gold_classes(args.show, args.n)
        _table({k: g.get(k, Counter()) for k in ("tune-indirect", "check-indirect", "tune-direct", "check-direct")})
    if args.skip != "polnear":
        train = polnear_classes("train", args.show, args.n)
        dev = polnear_classes("dev", None, 0)
        _table({"train": train, "dev": dev})
    return 0


if __name__ == "__main__":
    sys.exit(main())
