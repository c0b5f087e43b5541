"""Score quotes and speakers against PolNeAR's attribution annotations (train and dev splits).

    python benchmarks/polnear.py                  # dev split (the figure to report)
    python benchmarks/polnear.py --split train    # train split (the one to develop rules on)
    python benchmarks/polnear.py --split train -v # also list misses, false alarms, wrong speakers (train only)

Data: ../shared/corpus/polnear/{train,dev}/ (text + brat .ann; see its PROVENANCE.md). The text is
split into paragraphs at blank lines (a newline inside a paragraph becomes a space, so offsets hold)
and each paragraph is one ``Block`` given to ``cqnews.enrich.quotes.find_quotes(blocks, "en")``, the
function ``cqnews.parse`` runs on a page's body. Several articles have several annotators' files:
the first file in name order is used (one annotator per article, so no attribution counts twice).

Scoring (token IoU over ``\\w+`` tokens by position in the article, greedy one-to-one matching):

- **direct**: a gold direct quote is an attribution whose Content has >= 60 % of its tokens inside
  double quote marks (“…”, "…" or ''…'', counted per paragraph). Predicted quotes of kind ``direct`` are
  matched to them at IoU >= 0.3 (and 0.8), one prediction per utterance: the pieces of a quote its cue
  splits ("A," he said. "B."), which cqnews links with ``Quote.continues``, count as one (``direct·``
  scores every piece apart). An attribution with some but fewer quoted tokens (a
  paraphrase carrying a quoted fragment) is neutral: an unmatched predicted direct quote lying
  inside it counts neither as a hit nor as a false alarm.
- **speaker** (over matched direct quotes): right when the gold Source, or for a pronoun Source the
  nearest earlier non-pronoun Source of the same paragraph (else of the article), shares its last
  capitalised word before any apposition comma with ``Speaker.name`` (a possessive 's dropped).
  Sources with no capitalised word ("officials", "the campaign") cannot be judged this way and are
  counted apart (``unjudged``).
- **all**: every attribution (any kind, with a Content) against every predicted quote, F1@0.3;
  speaker accuracy with the same rule.
- **attr**, **all·a**, **all+·a**: the attribution layer (``ParseOptions(attributions=True)``,
  ``cqnews.Attribution``, found by ``find_attributions`` on the same reading of the paragraphs): alone,
  and with the quotes as ``all`` / ``all+`` score them (each attribution counts as a prediction whose
  speaker is its source). The rows above stay the quotes' own figures.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from bisect import bisect_left
from dataclasses import dataclass, field
from pathlib import Path

from quotes import greedy_pairs  # benchmarks/ is on sys.path when a script here runs

from cqnews.enrich.quotes import read_quotes
from cqnews.enrich.quotes.attributions import find_attributions
from cqnews.models import Attribution as Attributed
from cqnews.models import Block, Quote, QuoteKind

SHARED = Path(os.environ.get("CQNEWS_SHARED", Path(__file__).resolve().parents[2] / "shared"))
POLNEAR = SHARED / "corpus" / "polnear"
DIRECT_SHARE = 0.6
THRESHOLDS = (0.3, 0.8)
_WORD_RE = re.compile(r"\w+")
_PARA_RE = re.compile(r"\n[ \t]*\n")
_WORD_CAP_RE = re.compile(r"\w[\w’'.\-]*")
PRONOUNS = frozenset(
    "i me my we us our you he him his she her they them their it its this that these those who which one"
    " himself herself themselves itself".split()
)


@dataclass
class Attribution:
    content: list[tuple[int, int]]
    source: tuple[int, int] | None
    kind: str = "indirect"  # direct | neutral | indirect

    @property
    def start(self) -> int:
        return min(s for s, _ in self.content)

    @property
    def end(self) -> int:
        return max(e for _, e in self.content)


@dataclass
class Article:
    name: str
    text: str
    paragraphs: list[tuple[int, int]]
    attributions: list[Attribution]
    tokens: list[int] = field(default_factory=list)  # start offsets of \w+ tokens


@dataclass
class Tally:
    gold: int = 0
    pred: int = 0
    neutral: int = 0
    matched: dict[float, int] = field(default_factory=lambda: dict.fromkeys(THRESHOLDS, 0))
    speaker_right: int = 0
    speaker_seen: int = 0
    unjudged: int = 0
    named_right: int = 0  # over sources that are not pronouns (no coreference in the gold rule)
    named_seen: int = 0

    def prf(self, t: float) -> tuple[float, float, float]:
        tp = self.matched[t]
        p = tp / self.pred if self.pred else 0.0
        r = tp / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# --- reading the corpus -------------------------------------------------------------------------

def _spans(field_: str) -> list[tuple[int, int]]:
    out = []
    for part in field_.split(";"):
        start, end = part.split()[-2:]
        out.append((int(start), int(end)))
    return out


def read_ann(path: Path) -> list[Attribution]:
    """The attributions of one brat file (lines that continue a multi-line span text are skipped)."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 2:
            label, _, where = cols[1].partition(" ")
            spans[cols[0]] = (label, _spans(where))
        elif line.startswith("E") and len(cols) >= 2:
            events.append(dict(arg.split(":", 1) for arg in cols[1].split()))
    out = []
    for event in events:
        content = [s for key in ("Content", "Content2") if key in event for s in spans[event[key]][1]]
        if not content:
            continue
        source = spans[event["Source"]][1][0] if "Source" in event else None
        out.append(Attribution(content=sorted(content), source=source))
    return out


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in _PARA_RE.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return [(s, e) for s, e in out if text[s:e].strip()]


def _quoted_mask(text: str, paragraphs: list[tuple[int, int]]) -> bytearray:
    """1 at every character inside double quote marks; the state resets at each paragraph."""
    mask = bytearray(len(text))
    for start, end in paragraphs:
        inside = False
        for i in range(start, end):
            ch = text[i]
            if ch == "'" and text[i - 1 : i + 1] != "''" and text[i : i + 2] == "''":
                ch = '"'  # '' is the double quote mark of some wire texts (''We won,'' he said)
            if ch == "“" or (ch == '"' and not inside):
                inside = True
            elif ch == "”" or ch == '"':
                inside = False
            elif inside:
                mask[i] = 1
    return mask


def classify(article: Article) -> None:
    mask = _quoted_mask(article.text, article.paragraphs)
    for attribution in article.attributions:
        words = [m.start() for s, e in attribution.content for m in _WORD_RE.finditer(article.text, s, e)]
        quoted = sum(mask[w] for w in words)
        if words and quoted >= DIRECT_SHARE * len(words):
            attribution.kind = "direct"
        elif quoted:
            attribution.kind = "neutral"


def load(split: str) -> list[Article]:
    root = POLNEAR / split
    chosen: dict[str, Path] = {}
    for path in sorted((root / "attributions").glob("*.ann")):
        chosen.setdefault(path.stem.rsplit("_", 1)[0], path)  # first annotator in name order
    articles = []
    for name, ann in sorted(chosen.items()):
        text = (root / "text" / f"{name}.txt").read_text(encoding="utf-8")
        article = Article(name, text, _paragraphs(text), read_ann(ann))
        article.tokens = [m.start() for m in _WORD_RE.finditer(text)]
        classify(article)
        articles.append(article)
    return articles


# --- predicting and matching --------------------------------------------------------------------

@dataclass
class Predicted:
    quote: Quote
    start: int
    end: int
    parts: list[tuple[int, int]] = field(default_factory=list)  # the fragments a merged prediction joins

    @property
    def spans(self) -> list[tuple[int, int]]:
        return self.parts or [(self.start, self.end)]


def merge_fragments(preds: list[Predicted], golds: list[Attribution]) -> list[Predicted]:
    """Predictions lying inside one gold attribution's extent become one prediction.

    The project's quotes are contiguous spans ("A," he said. "B." is two quotes); a PolNeAR Content
    is one attribution over both. Joined, the fragments are scored once, as the gold counts them;
    the first fragment's speaker stands for the group.
    """
    out: list[Predicted] = []
    groups: dict[int, Predicted] = {}
    for p in preds:
        j = next((j for j, g in enumerate(golds) if g.start <= p.start and p.end <= g.end), None)
        if j is None:
            out.append(p)
        elif j in groups:
            groups[j].parts.append((p.start, p.end))
            groups[j].end = max(groups[j].end, p.end)
        else:
            groups[j] = Predicted(p.quote, p.start, p.end, [(p.start, p.end)])
            out.append(groups[j])
    return out


def join_utterances(preds: list[Predicted]) -> list[Predicted]:
    """cqnews's own joining: a quote whose ``continues`` points at an earlier one is a piece of that
    utterance ("A," he said. "B."), scored with it as one prediction (the first piece's speaker)."""
    out: list[Predicted] = []
    head_of: dict[int, Predicted] = {}
    for index, p in enumerate(preds):
        first = p.quote.continues
        if first is not None and first in head_of:
            head = head_of[index] = head_of[first]
            head.parts.append((p.start, p.end))
            head.end = max(head.end, p.end)
        else:
            head_of[index] = Predicted(p.quote, p.start, p.end, [(p.start, p.end)])
            out.append(head_of[index])
    return out


def predict(article: Article) -> tuple[list[Predicted], list[Predicted]]:
    """The quotes, and the attributions of the optional layer (each as an indirect quote of its source)."""
    # As parse() gives them: line breaks and no-break spaces read as spaces (one for one, so offsets hold).
    blocks = [Block(text=article.text[s:e].replace("\n", " ").replace("\u00a0", " ")) for s, e in article.paragraphs]
    reading = read_quotes(blocks, "en")
    quotes = reading.quotes
    attributed = [_as_quote(a) for a in find_attributions(reading)]
    starts = [article.paragraphs[q.block][0] for q in quotes]
    found = [Predicted(q, start + q.start, start + q.end) for q, start in zip(quotes, starts, strict=True)]
    extra = [Predicted(q, article.paragraphs[q.block][0] + q.start, article.paragraphs[q.block][0] + q.end)
             for q in attributed]
    return found, extra


def _as_quote(a: Attributed) -> Quote:
    return Quote(text=a.text, kind=QuoteKind.INDIRECT, speaker=a.source, mention=a.mention, cue=a.cue,
                 block=a.block, start=a.start, end=a.end)


def _token_set(article: Article, spans: list[tuple[int, int]]) -> set[int]:
    out: set[int] = set()
    for s, e in spans:
        out.update(range(bisect_left(article.tokens, s), bisect_left(article.tokens, e)))
    return out


def match(article: Article, preds: list[Predicted], golds: list[Attribution], t: float) -> list[tuple[int, int]]:
    """Greedy one-to-one matching by decreasing token IoU, by position in the article."""
    pred_sets = [_token_set(article, p.spans) for p in preds]
    gold_sets = [_token_set(article, g.content) for g in golds]
    scored = [
        (len(ps & gs) / len(ps | gs), i, j)
        for i, ps in enumerate(pred_sets)
        for j, gs in enumerate(gold_sets)
        if not ps.isdisjoint(gs)
    ]
    return greedy_pairs(scored, t)


# --- speakers -----------------------------------------------------------------------------------

def _is_pronoun(source: str) -> bool:
    words = _WORD_RE.findall(source.lower())
    return bool(words) and all(w in PRONOUNS for w in words)


_PARTY_RE = re.compile(r"\(\s*[RDI](?:-[\w.]+)?\s*\)|\b[RDI]-[A-Z][\w.]*")
# Capitalised only because they open the sentence or the phrase: never the speaker's name
_NOT_NAME_WORDS = frozenset("the a an according this that these those one some former then".split())


def gold_key(article: Article, attribution: Attribution) -> str | None:
    """The word a right speaker name must contain, or None when the source names nobody.

    The source is cut at its first comma (apposition), before "of" when two capitalised words stand
    before it ("Mr. Nevins of Showtime"), and its party tag ("(D-Md.)", "(D)") dropped; its last
    capitalised word is the key, unless lowercase words follow it ("one Clinton aide",
    "Trump's attorney": a description, not a name) or it is a capitalised sentence opener ("The").
    """
    source = _resolved_source(article, attribution)
    if source is None:
        return None
    head = _PARTY_RE.sub(" ", source.split(",")[0])
    before_of = head.split(" of ")[0]
    if before_of != head and sum(w[0].isupper() for w in _WORD_CAP_RE.findall(before_of)) >= 2:
        head = before_of  # "Gov. Terry Branstad of Iowa", "Mr. Nevins of Showtime": the person before "of"
    words = _WORD_CAP_RE.findall(head)
    caps = [i for i, w in enumerate(words) if w[0].isupper() and w.lower() not in PRONOUNS | _NOT_NAME_WORDS]
    particles = ("of", "and", "de", "van", "von", "al")
    if not caps or any(w[0].islower() and w not in particles for w in words[caps[-1] + 1 :]):
        return None
    word = words[caps[-1]].rstrip(".")
    for tail in ("’s", "'s", "’", "'"):
        word = word.removesuffix(tail)
    return word.lower()


def _resolved_source(article: Article, attribution: Attribution) -> str | None:
    if attribution.source is None:
        return None
    s, e = attribution.source
    source = article.text[s:e]
    if not _is_pronoun(source):
        return source
    para = next((p for p in article.paragraphs if p[0] <= s < p[1]), (0, len(article.text)))
    earlier = sorted(
        (a.source for a in article.attributions if a.source is not None and a.source[0] < s),
        reverse=True,
    )
    named = [(a, b) for a, b in earlier if not _is_pronoun(article.text[a:b])]
    in_para = [(a, b) for a, b in named if a >= para[0]]
    pick = (in_para or named or [None])[0]
    return article.text[pick[0]:pick[1]] if pick else None


def speaker_right(pred: Quote, key: str) -> bool:
    name = pred.speaker.name if pred.speaker is not None else None
    if not name:
        return False
    words = {w.lower() for w in _WORD_RE.findall(name.replace("’", "'"))}
    return any(w in words for w in _WORD_RE.findall(key.replace("’", "'")))


# --- scoring ------------------------------------------------------------------------------------

def _inside(p: Predicted, neutrals: list[Attribution]) -> bool:
    return any(n.start <= p.start and p.end <= n.end for n in neutrals)


def _speakers(article: Article, tally: Tally, preds: list[Predicted], golds: list[Attribution],
              pairs: list[tuple[int, int]], lines: list[str] | None, kind: str) -> None:
    for i, j in pairs:
        key = gold_key(article, golds[j])
        if key is None:
            tally.unjudged += 1
            continue
        ok = speaker_right(preds[i].quote, key)
        tally.speaker_seen += 1
        tally.speaker_right += ok
        source = golds[j].source
        if source is not None and not _is_pronoun(article.text[source[0]:source[1]]):
            tally.named_seen += 1
            tally.named_right += ok
        if lines is not None and not ok:
            sp = preds[i].quote.speaker
            got = (sp.name, sp.role) if sp else None
            g = golds[j]
            quoted = article.text[g.start : g.end][:70]
            lines.append(f"  SPEAKER {article.name} [{kind}] got {got!r} want {key!r}: {quoted!r}")


def _misses(article: Article, preds: list[Predicted], golds: list[Attribution], pairs: list[tuple[int, int]],
            lines: list[str], kind: str, neutrals: list[Attribution]) -> None:
    hit_p, hit_g = {i for i, _ in pairs}, {j for _, j in pairs}
    for j, g in enumerate(golds):
        if j not in hit_g:
            lines.append(f"  MISS    {article.name} [{kind}] {article.text[g.start:g.end][:100]!r}")
    for i, p in enumerate(preds):
        if i not in hit_p and not _inside(p, neutrals):
            who = p.quote.speaker.name if p.quote.speaker else None
            lines.append(f"  EXTRA   {article.name} [{kind}] {who!r}: {p.quote.text[:100]!r}")


def _score_set(article: Article, tally: Tally, preds: list[Predicted], golds: list[Attribution],
               neutrals: list[Attribution], lines: list[str] | None, kind: str) -> None:
    """Unmatched predictions inside a neutral attribution are dropped before counting."""
    hit = {i for i, _ in match(article, preds, golds, 0.3)}
    counted = [p for i, p in enumerate(preds) if i in hit or not _inside(p, neutrals)]
    tally.gold += len(golds)
    tally.pred += len(counted)
    tally.neutral += len(preds) - len(counted)
    for t in THRESHOLDS:
        tally.matched[t] += len(match(article, counted, golds, t))
    pairs = match(article, counted, golds, 0.3)
    _speakers(article, tally, counted, golds, pairs, lines, kind)
    if lines is not None:
        _misses(article, counted, golds, pairs, lines, kind, neutrals)


def score_article(article: Article, tallies: dict[str, Tally], lines: list[str] | None) -> None:
    pieces, attributed = predict(article)
    preds = join_utterances(pieces)
    direct_pieces = [p for p in pieces if p.quote.kind is QuoteKind.DIRECT]
    direct_preds = [p for p in preds if p.quote.kind is QuoteKind.DIRECT]
    direct_gold = [a for a in article.attributions if a.kind == "direct"]
    neutrals = [a for a in article.attributions if a.kind == "neutral"]
    every = article.attributions
    _score_set(article, tallies["direct"], direct_preds, direct_gold, neutrals, None, "direct")
    _score_set(article, tallies["direct·"], direct_pieces, direct_gold, neutrals, None, "direct·")
    _score_set(article, tallies["all"], preds, every, [], None, "all")
    joined = merge_fragments(direct_preds, direct_gold)
    _score_set(article, tallies["direct+"], joined, direct_gold, neutrals, lines, "direct+")
    _score_set(article, tallies["all+"], merge_fragments(preds, every), every, [], lines, "all+")
    # The attribution layer (ParseOptions(attributions=True)): alone, and with the quotes.
    attr_lines: list[str] | None = [] if lines is not None else None
    _score_set(article, tallies["attr"], attributed, every, [], attr_lines, "attr")
    if lines is not None and attr_lines is not None:
        lines += [line for line in attr_lines if not line.startswith("  MISS")]
    both = sorted(preds + attributed, key=lambda p: p.start)
    _score_set(article, tallies["all·a"], both, every, [], None, "all·a")
    _score_set(article, tallies["all+·a"], merge_fragments(both, every), every, [], None, "all+·a")


def report(split: str, n: int, tallies: dict[str, Tally]) -> None:
    print(f"PolNeAR {split}: {n} articles (first annotator each), find_quotes on blank-line paragraphs")
    head = (
        f"{'set':7} {'gold':>5} {'pred':>5} {'neutral':>7}  {'P@.3':>5} {'R@.3':>5} {'F1@.3':>5}  {'F1@.8':>5}  "
        f"{'spk':>5} {'judged':>6} {'unjudged':>8}  {'spkN':>5} {'named':>5}"
    )
    print(head)
    print("-" * len(head))
    for name, t in tallies.items():
        p, r, f = t.prf(0.3)
        spk = t.speaker_right / t.speaker_seen if t.speaker_seen else 0.0
        spk_named = t.named_right / t.named_seen if t.named_seen else 0.0
        print(
            f"{name:7} {t.gold:5d} {t.pred:5d} {t.neutral:7d}  {p:5.3f} {r:5.3f} {f:5.3f}  {t.prf(0.8)[2]:5.3f}  "
            f"{spk:5.3f} {t.speaker_seen:6d} {t.unjudged:8d}  {spk_named:5.3f} {t.named_seen:5d}"
        )
    print(
        "direct/all: one prediction per utterance (pieces cqnews links with Quote.continues joined); direct·: one per\n"
        "quote piece; direct+/all+: quotes inside one gold attribution joined first (an upper bound, not a result)"
    )
    print("spk: speaker accuracy (pronoun sources resolved by the gold rule); spkN: over sources that are not pronouns")
    print(
        "attr: the attribution layer alone (ParseOptions(attributions=True), cqnews.Attribution) against all\n"
        "attributions; all·a / all+·a: as all / all+ over quotes and attributions together"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=("train", "dev"), default="dev")
    parser.add_argument(
        "--verbose", "-v", action="store_true", help="list failures (train only: dev failures are not read)"
    )
    parser.add_argument("--only", help="score only articles whose name contains this")
    args = parser.parse_args(argv)
    if args.verbose and args.split != "train":
        print("--verbose lists failures on train only", file=sys.stderr)
        return 2
    if not (POLNEAR / args.split).is_dir():
        print(f"no PolNeAR {args.split} split under {POLNEAR}", file=sys.stderr)
        return 1
    articles = [a for a in load(args.split) if not args.only or args.only in a.name]
    tallies = {name: Tally() for name in ("direct", "direct·", "direct+", "all", "all+", "attr", "all·a", "all+·a")}
    lines: list[str] | None = [] if args.verbose else None
    for article in articles:
        score_article(article, tallies, lines)
    for line in lines or []:
        print(line)
    report(args.split, len(articles), tallies)
    return 0


if __name__ == "__main__":
    sys.exit(main())
