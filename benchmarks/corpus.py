"""Loading the shared corpus (../shared/corpus) and the text metrics every benchmark uses.

Pages are read and decompressed here, outside any timed region.
"""

from __future__ import annotations

import functools
import gzip
import json
import os
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

SHARED = Path(os.environ.get("CQNEWS_SHARED", Path(__file__).resolve().parents[2] / "shared"))
CORPUS = SHARED / "corpus"

ENGLISH_FUNDUS = {"au", "be", "ca", "ind", "ls", "mx", "pt", "uk", "us", "za"}
_NON_ENGLISH_IN_ENGLISH_CC = {("ind", "Bhaskar")}
_TOKEN = re.compile(r"\w+")


@dataclass
class Page:
    """One corpus page with whatever truth it has."""

    corpus: str
    name: str
    html: bytes
    url: str | None
    truth: dict = field(default_factory=dict)
    crawl_date: str | None = None
    language: str | None = None


def aeb_pages() -> Iterator[Page]:
    truth = json.loads((CORPUS / "aeb" / "ground-truth.json").read_text())
    for key in sorted(truth):
        html = gzip.decompress((CORPUS / "aeb" / "html" / f"{key}.html.gz").read_bytes())
        yield Page("aeb", key[:10], html, truth[key].get("url"), {"body": truth[key]["articleBody"]})


def fundus_pages(english_only: bool = False, folder: str = "fundus") -> Iterator[Page]:
    """Fundus test pages with their truth; ``folder="fundus-more"`` for the other-language publishers."""
    root = CORPUS / folder
    for cc_dir in sorted(p for p in root.iterdir() if p.is_dir()):
        if english_only and cc_dir.name not in ENGLISH_FUNDUS:
            continue
        meta = json.loads((cc_dir / "meta.info").read_text())
        for truth_file in sorted(cc_dir.glob("*.json")):
            publisher = truth_file.stem
            if english_only and (cc_dir.name, publisher) in _NON_ENGLISH_IN_ENGLISH_CC:
                continue
            versions = json.loads(truth_file.read_text())
            pages = sorted(cc_dir.glob(f"{publisher}_*.html.gz"))
            for page_file, truth in _pair_versions(pages, versions):
                info = meta.get(page_file.name, {})
                yield Page(
                    "fundus", f"{cc_dir.name}/{page_file.name[:-8]}", gzip.decompress(page_file.read_bytes()),
                    info.get("url"), truth, info.get("crawl_date"),
                    "en" if cc_dir.name in ENGLISH_FUNDUS else None,
                )


MORE_SPLIT = Path(__file__).resolve().parent / "fundus_more_split.json"


def fundus_more_halves() -> dict[str, list[Page]]:
    """fundus-more pages in the tune and check halves of the fixed publisher split (fundus_more_split.json)."""
    split = json.loads(MORE_SPLIT.read_text())["publishers"]
    halves: dict[str, list[Page]] = {"tune": [], "check": []}
    for page in fundus_pages(folder="fundus-more"):
        country, file = page.name.split("/", 1)
        publisher = file.rsplit("_", 3)[0]  # files are named Publisher_YYYY_MM_DD
        halves[split[f"{country}/{publisher}"]].append(page)
    return halves


def _pair_versions(pages: list[Path], versions: dict) -> list[tuple[Path, dict]]:
    """Each parser version has exactly one page: pair them by the title found in the page."""
    pairs = []
    remaining = dict(versions)
    for page in pages:
        html = gzip.decompress(page.read_bytes()).decode("utf-8", "replace")
        text = " ".join(html.split())
        best = next((k for k, v in remaining.items() if _norm(v.get("title", ""))[:60] in _norm(text)), None)
        if best is None and remaining:
            best = sorted(remaining)[0]
        if best is not None:
            pairs.append((page, remaining.pop(best)))
    return pairs


def _norm(text: str) -> str:
    import html as html_lib

    return " ".join(html_lib.unescape(text).split())


def fundus_body(truth: dict) -> str:
    """The truth body of a Fundus page: section headlines and paragraphs (the summary is not body)."""
    lines: list[str] = []
    for section in truth.get("body", {}).get("sections", []):
        lines.extend(section.get("headline", []))
        lines.extend(section.get("paragraphs", []))
    return "\n".join(lines)


REGIONAL_SPLIT = Path(__file__).resolve().parent / "regional_split.json"


def regional_halves() -> dict[str, list[Page]]:
    """Regional pages in the tune and check halves of the fixed publisher split (regional_split.json)."""
    split = json.loads(REGIONAL_SPLIT.read_text())
    halves: dict[str, list[Page]] = {"tune": [], "check": []}
    for page in regional_pages():
        halves[split["publishers"][split["files"][page.name]]].append(page)
    return halves


def regional_pages() -> Iterator[Page]:
    root = CORPUS / "regional"
    for line in (root / "MANIFEST.tsv").read_text().splitlines()[1:]:
        _site, file, url, language, *_ = line.split("\t")
        truth_path = root / file.replace(".html.gz", ".truth.json")
        truth = json.loads(truth_path.read_text()) if truth_path.exists() else {}
        html = gzip.decompress((root / file).read_bytes())
        yield Page("regional", file[:-8], html, url or None, truth, None, language)


def shingles(text: str, n: int = 4) -> Counter:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n])


def match_counts(true: str, pred: str) -> tuple[float, float, float]:
    """Normalised (TP, FP, FN) over 4-token shingles, as the article-extraction-benchmark computes them."""
    t, p = shingles(true), shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def prf(counts: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """Mean precision and recall over pages, and the F1 of the two means."""

    def precision(tp: float, fp: float, fn: float) -> float:
        return 1.0 if fp == fn == 0 else (0.0 if tp == fp == 0 else tp / (tp + fp))

    def recall(tp: float, fp: float, fn: float) -> float:
        return 1.0 if fp == fn == 0 else (0.0 if tp == fn == 0 else tp / (tp + fn))

    ps = [precision(*c) for c in counts if c[0] + c[1] > 0]
    rs = [recall(*c) for c in counts if c[0] + c[2] > 0]
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def normalize_title(text: str | None) -> str:
    return " ".join((text or "").split())


def print_prf_table(header: str, rows: list[tuple[str, tuple[float, float, float], str]]) -> None:
    """Print rows of (name, (P, R, F1), extra column text) under ``header`` (first column title)."""
    print(f"{header:<14} {'P':>6} {'R':>6} {'F1':>6}")
    for name, (p, r, f), extra in rows:
        print(f"{name:<14} {p:6.3f} {r:6.3f} {f:6.3f}{extra}")


TRUTH_ERRATA_FILE = Path(__file__).resolve().parent / "truth_errata.json"


@functools.lru_cache(maxsize=1)
def truth_errata() -> dict[str, list[dict]]:
    """The checked corrections to the corpus truth files (``benchmarks/truth_errata.json``), by kind."""
    return {key: value for key, value in json.loads(TRUTH_ERRATA_FILE.read_text()).items() if key != "about"}


# Lines of the body truth corrected on the page (benchmarks/truth_errata.json "body_lines"): scorers print
# the figure on the truth as given and, beside it, the one with these corrections.
BODY_ERRATA = {(e["page"], e["line"]): (tuple(e["replace_with"]), e["reason"]) for e in truth_errata()["body_lines"]}


def corrected_truth(name: str, truth: str) -> str:
    """``truth`` with the :data:`BODY_ERRATA` of page ``name`` applied (every occurrence of a line)."""
    errata = {line: fix for (page, line), (fix, _) in BODY_ERRATA.items() if page == name}
    if not errata:
        return truth
    out: list[str] = []
    for line in truth.splitlines():
        hit = next((key for key in errata if line.strip().startswith(key)), None)
        if hit is None:
            out.append(line)
        elif errata[hit]:
            out += [*errata[hit][:-1], errata[hit][-1] + line.strip()[len(hit):]]
    return "\n".join(out)
