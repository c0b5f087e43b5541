"""Score quote extraction against the hand-made gold.

    python benchmarks/quotes.py                 # find_quotes on the gold's own text source
    python benchmarks/quotes.py --pipeline      # cqnews.parse on the page HTML
    python benchmarks/quotes.py --verbose       # also list misses, false alarms, wrong speakers (tune half only)
    python benchmarks/quotes.py --no-errata     # score the gold as written, without benchmarks/gold/errata.json

Gold: ../shared/gold/quotes/{en,zh}/*.json and benchmarks/gold/quotes/{en,zh,de}/*.json
(format in ../shared/gold/README.md). A prediction matches a gold quote of the same kind one-to-one
when their token IoU (``\\w+`` tokens; characters for Chinese) reaches the threshold.

Split: benchmarks/quote_split.json fixes each gold file, by publisher, in a tune half (rules may be
changed from its failures) or a check half (reported, never read failure by failure). Every figure is
printed for both halves with the gap (tune - check) and for all files together.

Errata: ../shared is read-only, so corrections to its gold live in benchmarks/gold/errata.json, each
with the file, paragraph, the start of the quote text, the fields it sets and the reason read on the
page. They are applied on load and listed in the report; --no-errata scores the gold as written.
A quote of the page's summary (``Quote.part`` summary) is scored only when the gold's paragraphs hold its
words: the AEB and regional gold cover the body alone (see ``annotated``).
Speaker names are compared without a leading definite article ("the American Academy of Dermatology" is
"American Academy of Dermatology", "la Guardia Civil" is "Guardia Civil"), since the gold writes organisations
both ways (the German gold always without it).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import cqnews
from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, Quote

SHARED = Path(os.environ.get("CQNEWS_SHARED", Path(__file__).resolve().parents[2] / "shared"))
GOLD_DIRS = (SHARED / "gold" / "quotes", Path(__file__).resolve().parent / "gold" / "quotes")
ERRATA = Path(__file__).resolve().parent / "gold" / "errata.json"
SPLIT = Path(__file__).resolve().parent / "quote_split.json"
HALVES = ("tune", "check")
THRESHOLDS = (0.3, 0.8)
# One token per Han character; a run of other letters or digits stops at a Han character ("19日" is
# "19" and "日", not one token swallowing the Chinese run after a number).
_TOKEN_RE = re.compile(r"[\u3400-\u9fff]|[^\W_\u3400-\u9fff]+", re.UNICODE)
_NOTES: set[str] = set()
_FUNDUS_RE = re.compile(r"\((\w+/\w+\.json)\), version (\w+)")


@dataclass
class Gold:
    path: Path
    lang: str
    data: dict[str, Any]


@dataclass
class Tally:
    gold: int = 0
    pred: int = 0
    matched: dict[float, int] = field(default_factory=lambda: dict.fromkeys(THRESHOLDS, 0))
    speaker_right: int = 0
    speaker_seen: int = 0
    both_right: int = 0  # matched at 0.3 with the right speaker, for the end-to-end F1

    def f1(self, t: float) -> tuple[float, float, float]:
        return _prf(self.matched[t], self.pred, self.gold)


def _prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def load_gold(roots: tuple[Path, ...] = GOLD_DIRS) -> list[Gold]:
    golds = []
    for root in roots:
        for lang in ("en", "zh", "de", "fr", "es", "it", "pt", "nl"):
            for path in sorted((root / lang).glob("*.json")):
                golds.append(Gold(path, lang, json.loads(path.read_text(encoding="utf-8"))))
    return golds


def load_errata(path: Path = ERRATA) -> list[dict[str, Any]]:
    """The corrections to the gold: [{file, paragraph, text_prefix, set: {field: value}, reason}]."""
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else []


def apply_errata(golds: list[Gold], errata: list[dict[str, Any]]) -> list[str]:
    """Correct the loaded gold in place; one line per entry saying what it changed (or that it found
    no quote, which is an error in the errata file)."""
    by_file = {f"{g.lang}/{g.path.name}": g for g in golds}
    lines = []
    for entry in errata:
        gold = by_file.get(entry["file"])
        if gold is None:
            continue  # a gold folder not loaded this run
        hits = [
            q for q in gold.data["quotes"]
            if q.get("paragraph") == entry["paragraph"] and q["text"].startswith(entry["text_prefix"])
        ]
        if len(hits) != 1:
            where = f"{entry['file']} p{entry['paragraph']} {entry['text_prefix']!r}"
            lines.append(f"NOT APPLIED ({len(hits)} quotes match) {where}")
            continue
        before = {k: hits[0].get(k) for k in entry["set"]}
        hits[0].update(entry["set"])
        where = f"{entry['file']} p{entry['paragraph']} {entry['text_prefix']!r}"
        lines.append(f"{where}: {before} -> {entry['set']} ({entry['reason']})")
    return lines


def load_split(path: Path = SPLIT) -> dict[str, str]:
    """Gold file key ("en/Name") -> "tune" or "check", through its publisher in quote_split.json."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return {key: data["publishers"][publisher] for key, publisher in data["files"].items()}


def half_of(gold: Gold, split: dict[str, str]) -> str:
    return split.get(f"{gold.lang}/{gold.path.stem}", "unsplit")


def paragraphs(gold: Gold) -> list[str]:
    """The paragraphs the annotator read, rebuilt from the gold's text source."""
    data = gold.data
    if data.get("paragraphs"):
        return list(data["paragraphs"])
    source = data["text_source"]
    m = _FUNDUS_RE.search(source)
    if m:
        truth = json.loads((SHARED / "corpus" / "fundus" / m.group(1)).read_text(encoding="utf-8"))[m.group(2)]
        body = truth["body"]
        return list(body["summary"]) + [p for sec in body["sections"] for p in sec["paragraphs"]]
    if source.startswith("AEB"):
        key = Path(data["page"]).name.split(".")[0]
        truth = json.loads((SHARED / "corpus" / "aeb" / "ground-truth.json").read_text(encoding="utf-8"))
        return [line for line in truth[key]["articleBody"].split("\n") if line.strip()]
    page = SHARED / data["page"]
    truth_path = page.with_name(page.name.replace(".html.gz", ".truth.json"))
    body = json.loads(truth_path.read_text(encoding="utf-8"))["body"]
    return [line.strip() for line in body.split("\n") if line.strip()]


def predict(gold: Gold, pipeline: bool) -> list[Quote]:
    if pipeline:
        page = gold.data["page"]
        # Pages kept in this repository (benchmarks/gold/pages/, text dumps) sit beside the script.
        root = Path(__file__).resolve().parents[1] if page.startswith("benchmarks/") else SHARED
        raw = (root / page).read_bytes()
        raw = gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw
        article = cqnews.parse(raw, url=gold.data.get("url"))
        for warning in article.extraction.warnings:
            # the parse keeps a page whose quote search failed (a bug) and says so: show it, or a
            # page's quotes vanish from the figures unseen
            if warning.startswith("quote extraction failed"):
                print(f"! {gold.path.name}: {warning}", file=sys.stderr)
        return annotated(list(article.quotes), paragraphs(gold))
    blocks = [Block(text=p) for p in paragraphs(gold)]
    return find_quotes(blocks, gold.lang)


def annotated(quotes: list[Quote], read: list[str]) -> list[Quote]:
    """The quotes the gold can score: every body quote, and a summary quote (``Quote.part`` summary) only when its
    words stand in a paragraph the annotator read. Fundus gold reads the page's summary paragraphs; AEB and
    regional gold read the body only, and say nothing of a quote in the standfirst either way."""
    if all(getattr(q, "part", "body") == "body" for q in quotes):  # (QuotePart is a str enum)
        return quotes
    bags = [_tokens(text) for text in read]
    return [q for q in quotes if q.part == "body" or any(not _tokens(q.text) - bag for bag in bags)]


def _tokens(text: str) -> Counter[str]:
    return Counter(t.lower() for t in _TOKEN_RE.findall(text))


def iou(a: str, b: str) -> float:
    ta, tb = _tokens(a), _tokens(b)
    union = sum((ta | tb).values())
    return sum((ta & tb).values()) / union if union else 0.0


def _speaker_name(quote: Quote) -> str | None:
    return quote.speaker.name if quote.speaker is not None else None


def _norm(name: str | None) -> str | None:
    """Case, spacing and a leading definite article ignored: "the Justice Department" = "Justice Department",
    "la Guardia Civil" = "Guardia Civil" (the gold writes bodies both ways, the German gold without it)."""
    if name is None:
        return None
    name = " ".join(name.lower().replace("’", "'").split())
    return _ARTICLE_RE.sub("", name, count=1)


# Definite articles of the gold's languages (English, French, Spanish, Italian, German), at a name's start.
_ARTICLE_RE = re.compile(r"^(?:(?:the|le|la|les|el|los|las|il|lo|gli|der|die|das|dem|den|des) |l')")


def speaker_right(pred: Quote, gold: dict[str, Any]) -> bool:
    name = _norm(_speaker_name(pred))
    if gold["speaker"] is None:
        return name is None
    return name in {_norm(n) for n in [gold["speaker"], *gold.get("aliases", [])]}


def match(preds: list[Quote], golds: list[dict[str, Any]], t: float) -> list[tuple[int, int]]:
    """Greedy one-to-one matching by decreasing IoU."""
    return greedy_pairs([(iou(p.text, g["text"]), i, j) for i, p in enumerate(preds) for j, g in enumerate(golds)], t)


def greedy_pairs(scored: list[tuple[float, int, int]], t: float) -> list[tuple[int, int]]:
    """(prediction, gold) pairs, one-to-one, best score first, down to the threshold ``t``
    (shared with benchmarks/polnear.py)."""
    pairs = sorted(scored, reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for score, i, j in pairs:
        if score < t:
            break
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


def score(
    golds: list[Gold], pipeline: bool, verbose: bool, split: dict[str, str] | None = None
) -> dict[tuple[str, str, str], Tally]:
    """Tallies by (half, language, kind); failures are listed for tune files only (check is never read)."""
    tallies: dict[tuple[str, str, str], Tally] = {}
    for gold in golds:
        half = half_of(gold, split or {})
        preds = _predictions(gold, pipeline)
        for kind in ("direct", "indirect"):
            ps = [p for p in preds if p.kind.value == kind]
            gs = [g for g in gold.data["quotes"] if g["kind"] == kind]
            tally = tallies.setdefault((half, gold.lang, kind), Tally())
            _tally(tally, ps, gs, gold.path.name, kind, show=verbose and half != "check")
    return tallies


def _predictions(gold: Gold, pipeline: bool) -> list:
    try:
        return predict(gold, pipeline)
    except (cqnews.ParseError, OSError) as exc:
        # a page the pipeline cannot read still counts its gold
        print(f"! {gold.path.name}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return []


def _tally(tally: Tally, ps: list, gs: list[dict], name: str, kind: str, show: bool) -> None:
    """Count one file's predictions of one kind against its gold; with ``show``, list the failures."""
    tally.gold += len(gs)
    tally.pred += len(ps)
    for t in THRESHOLDS:
        tally.matched[t] += len(match(ps, gs, t))
    pairs = match(ps, gs, THRESHOLDS[0])
    for i, j in pairs:
        ok = speaker_right(ps[i], gs[j])
        tally.speaker_right += ok
        tally.speaker_seen += 1
        tally.both_right += ok
        if show and not ok:
            got = _speaker_name(ps[i])
            print(f"  SPEAKER {name} [{kind}] got {got!r} want {gs[j]['speaker']!r}: {gs[j]['text'][:70]!r}")
    if show:
        _list_misses(ps, gs, pairs, name, kind)


def _list_misses(ps: list, gs: list[dict], pairs: list[tuple[int, int]], name: str, kind: str) -> None:
    hit_p, hit_g = {i for i, _ in pairs}, {j for _, j in pairs}
    for j, g in enumerate(gs):
        if j not in hit_g:
            print(f"  MISS    {name} [{kind}] p{g.get('paragraph')} {g['speaker']!r}: {g['text'][:90]!r}")
    for i, p in enumerate(ps):
        if i not in hit_p:
            print(f"  EXTRA   {name} [{kind}] b{p.block} {_speaker_name(p)!r}: {p.text[:90]!r}")


def _row(label: str, t: Tally) -> str:
    p, r, f = t.f1(0.3)
    f8 = t.f1(0.8)[2]
    e2e = _prf(t.both_right, t.pred, t.gold)[2]
    return f"{label:16} {t.gold:5d} {t.pred:5d}  {p:5.3f} {r:5.3f} {f:5.3f}  {f8:5.3f}  {_spk(t):5.3f}  {e2e:5.3f}"


def _spk(t: Tally) -> float:
    return t.speaker_right / t.speaker_seen if t.speaker_seen else 0.0


def _merged(tallies: list[Tally]) -> Tally:
    out = Tally()
    for t in tallies:
        out.gold += t.gold
        out.pred += t.pred
        out.speaker_right += t.speaker_right
        out.speaker_seen += t.speaker_seen
        out.both_right += t.both_right
        for k in THRESHOLDS:
            out.matched[k] += t.matched[k]
    return out


def report(tallies: dict[tuple[str, str, str], Tally]) -> None:
    """Per language and kind: tune, check, the gap (tune - check) and both halves together."""
    head = (
        f"{'lang kind  half':16} {'gold':>5} {'pred':>5}  {'P@.3':>5} {'R@.3':>5} {'F1@.3':>5}  {'F1@.8':>5}  "
        f"{'spk':>5}  {'e2eF1':>5}"
    )
    print(head)
    print("-" * len(head))
    for lang, kind in sorted({(lang, kind) for _, lang, kind in tallies}):
        rows = {half: t for (half, la, ki), t in tallies.items() if (la, ki) == (lang, kind)}
        for half in (*HALVES, "unsplit"):
            if half in rows:
                print(_row(f"{lang} {kind:8} {half}", rows[half]))
        if all(h in rows for h in HALVES):
            tune, check = rows["tune"], rows["check"]
            gap_f1, gap_spk = tune.f1(0.3)[2] - check.f1(0.3)[2], _spk(tune) - _spk(check)
            print(f"{lang + ' ' + kind:16} {'gap':>11}  {'':5} {'':5} {gap_f1:+5.3f}  {'':5}  {gap_spk:+5.3f}")
        print(_row(f"{lang} {kind:8} all", _merged(list(rows.values()))))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pipeline", action="store_true", help="run cqnews.parse on the page HTML")
    parser.add_argument("--verbose", "-v", action="store_true", help="list misses, false alarms and wrong speakers")
    parser.add_argument("--only", help="score only gold files whose name contains this")
    parser.add_argument("--gold", action="append", type=Path, help="gold folder(s) with en/, zh/, de/ (default: both)")
    parser.add_argument(
        "--no-errata", action="store_true", help="score the gold as written (no benchmarks/gold/errata.json)"
    )
    args = parser.parse_args(argv)
    roots = tuple(args.gold) if args.gold else GOLD_DIRS
    missing = [str(root) for root in roots if not root.is_dir()]
    if missing:  # a run from another folder would score part of the gold and look like a result
        print(f"gold folder not found: {', '.join(missing)} (set CQNEWS_SHARED to the shared folder)", file=sys.stderr)
        return 1
    golds = [g for g in load_gold(roots) if not args.only or args.only in g.path.name]
    if not golds:
        print("no gold files found", file=sys.stderr)
        return 1
    applied = [] if args.no_errata else apply_errata(golds, load_errata())
    print(f"{len(golds)} gold files, mode: {'pipeline' if args.pipeline else 'text source'}, errata: {len(applied)}")
    for line in applied:
        print(f"erratum: {line}")
    split = load_split()
    unsplit = sorted(f"{g.lang}/{g.path.stem}" for g in golds if half_of(g, split) == "unsplit")
    if unsplit:
        print(f"warning: {len(unsplit)} gold files not in {SPLIT.name}: {', '.join(unsplit)}")
    report(score(golds, args.pipeline, args.verbose, split))
    for note in sorted(_NOTES):
        print(f"note: {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
