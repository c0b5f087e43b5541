"""Score captions, photo credits and bylines against the Fundus ground truth.

Two corpora: the shared English Fundus pages (../shared/corpus/fundus/), split by publisher (the
registered domain of the page's URL) into a tune half and a check half by the sanity scripts' fixed split
(benchmarks/sanity_split.json, read by :mod:`sanity`), and ../shared/corpus/fundus-more/ (58
other-language publishers) split by publisher by the fixed split in benchmarks/fundus_more_split.json.
Rules change only from tune failures (``-v`` prints per-page misses of the tune halves, never check);
the totals of the English pages, both halves of each corpus and the gaps are printed. The regional
Chinese corpus (regional_split.json) has no image truth, so it is not scored here.

    python benchmarks/captions.py                  # cqnews functions: find_images + build_images, bylines
    python benchmarks/captions.py --pipeline       # cqnews.parse(html, url=...) -> article.images / authors
    python benchmarks/captions.py --fundus         # Fundus 0.5.7 itself (needs a Python with fundus installed,
                                                   #   --fundus-python, default /tmp/fundusvenv/bin/python)
    python benchmarks/captions.py --corpus more    # only fundus-more (tune, check, gap); --corpus english
    python benchmarks/captions.py -v               # per-page misses (tune halves only)

Figures (micro-averaged over pages):
* caption P/R/F1: predicted non-empty captions vs truth captions, one-to-one; "exact" when the
  normalised texts are equal (NFKC, casefold, quotes unified, whitespace collapsed, outer
  punctuation stripped), "iou" when the word-token IoU is >= 0.8.
* "caption+credit IoU>=0.8": the same, but a prediction also matches when its caption followed by
  its credits as written (``Credit.raw``) does. cqnews captions exclude the credit (issue #5); some
  Fundus truth captions include it ("... yearbook. Photo by Handout/.../AFP via Getty Images",
  "... California. (AP Photo/Damian Dovarganes)"). This figure gives those pages the comparison
  their truth asks for; the plain "caption" lines stay the headline figures.
* photo credit tokens: word tokens of the credit strings as multisets per page (truth strings as
  Fundus keeps them, "AP Photo/Morry Gash"; predicted ``Credit.raw``, each raw once per image),
  marker words ("photo", "foto", "bild", "via", "by", "©" …) dropped on both sides, and so are the photo
  and source labels of every language of ``cqnews.lexicon.credits`` ("Коллаж", "Источник", "Fotografía":
  ``Credit.raw`` keeps a label as written, Fundus truth drops it; until session 32 only the English and
  German ones and a few others were dropped: check .846 with the old list, .853 with this one).
* photo credit typed: per name, case-insensitive. Truth strings ("AP Photo/Jacquelyn Martin",
  "Niall Carson/PA Images via Getty Images") and predicted credits (name, organization) are both cut
  into units at "/", " via ", ";" and " for ", a trailing " Photo" is dropped ("AP Photo" -> "ap"),
  then compared as multisets per page.
* byline P/R/F1: predicted author names vs the truth ``authors``, case-insensitive, per page.
* leaks (``--pipeline``): body blocks that hold a truth caption, and body blocks that are only a
  photo credit.

Errata: where a truth file leaves out captions and credits the page shows (checked on the page; each
with its reason in ``benchmarks/truth_errata.json``: ``image_captions_missing`` for pictures the truth
lists without them, ``images_missing`` for captioned pictures it does not list at all,
``image_credits_contrary`` for credits the page writes otherwise), a second block of
figures scores the corrected truth; the figures on the truth as given always come first.

Truth: ../shared/corpus/fundus/<cc>/<Publisher>.json; the parser version of each page is found
by sorting versions (V1 < V1_1 < V2) and pages by crawl date, checked against the title.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import subprocess
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SHARED = Path(os.environ.get("CQNEWS_SHARED", Path(__file__).resolve().parents[2] / "shared"))
CORPUS = Path(os.environ.get("CQNEWS_FUNDUS", SHARED / "corpus" / "fundus"))
MORE = Path(os.environ.get("CQNEWS_FUNDUS_MORE", CORPUS.parent / "fundus-more"))
SPLIT = Path(__file__).resolve().parent / "fundus_more_split.json"
ERRATA = Path(__file__).resolve().parent / "truth_errata.json"
ENGLISH = ("au", "be", "ca", "ind", "ls", "mx", "pt", "uk", "us", "za")
# Pages of English folders that are not English (PROVENANCE: Bhaskar is Hindi).
NOT_ENGLISH = ("Bhaskar",)


@dataclass
class Page:
    cc: str
    publisher: str
    name: str
    url: str | None
    crawl_date: str
    html: str
    truth: dict[str, Any]


def _version_key(key: str) -> tuple[int, ...]:
    return tuple(int(x) for x in re.findall(r"\d+", key))


def load_pages(english: bool = True, corpus: Path = CORPUS) -> list[Page]:
    """Every page of the selected folders with its truth entry."""
    pages: list[Page] = []
    folders = ENGLISH if english else tuple(sorted(p.name for p in corpus.iterdir() if p.is_dir()))
    for cc in folders:
        folder = corpus / cc
        if not folder.is_dir():
            continue
        meta = json.loads((folder / "meta.info").read_text())
        for truth_file in sorted(folder.glob("*.json")):
            publisher = truth_file.stem
            if english and publisher in NOT_ENGLISH:
                continue
            truth = json.loads(truth_file.read_text())
            files = sorted(
                (f for f in folder.glob(f"{publisher}_*.html.gz")),
                key=lambda f: meta.get(f.name, {}).get("crawl_date", f.name),
            )
            versions = sorted(truth, key=_version_key)
            for file, version in zip(files, versions, strict=False):
                html = gzip.open(file).read().decode("utf-8", "replace")
                info = meta.get(file.name, {})
                entry = truth[version]
                title = (entry.get("title") or "")[:25]
                if title and title not in html and _norm(title)[:15] not in _norm(html):
                    # fall back to the version whose title is in the page
                    for other in versions:
                        if (truth[other].get("title") or "")[:25] in html:
                            entry = truth[other]
                            break
                pages.append(Page(cc, publisher, file.name, info.get("url"), info.get("crawl_date", ""), html, entry))
    return pages


_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return re.sub(r"\s+", " ", text).strip(" .,;:!?\"'()[]|-")


def _tokens(text: str) -> set[str]:
    return set(re.findall(r"\w+", _norm(text)))


def _iou(a: str, b: str) -> float:
    ta, tb = _tokens(a), _tokens(b)
    if not ta and not tb:
        return 1.0
    return len(ta & tb) / len(ta | tb)


def _match(pred: list[str], truth: list[str], same) -> int:
    """Greedy one-to-one matches between two lists."""
    used = [False] * len(truth)
    hits = 0
    for p in pred:
        for i, t in enumerate(truth):
            if not used[i] and same(p, t):
                used[i] = True
                hits += 1
                break
    return hits


def credit_units(text: str) -> list[str]:
    """Cut a credit string into comparable units ("AP Photo/Eric Gay" -> ["ap", "eric gay"])."""
    text = re.sub(r"^\s*(?:photo(?:graph)?s?\s*(?:by|:)|image:|picture:|credits?:|©)\s*", "", text, flags=re.I)
    units = []
    for part in re.split(r"\s*/\s*|\s+via\s+|\s*;\s*|\s+for\s+", text):
        unit = _norm(part)
        unit = re.sub(r"\s+photos?$", "", unit)
        if unit and unit not in ("file", "-"):
            units.append(unit)
    return units


@dataclass
class Tally:
    tp: int = 0
    pred: int = 0
    gold: int = 0

    def add(self, tp: int, pred: int, gold: int) -> None:
        self.tp += tp
        self.pred += pred
        self.gold += gold

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / self.pred if self.pred else 1.0
        r = self.tp / self.gold if self.gold else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def __str__(self) -> str:
        p, r, f = self.prf()
        return f"P={p:.3f} R={r:.3f} F1={f:.3f}  (tp={self.tp} pred={self.pred} gold={self.gold})"


_CREDIT_ONLY = re.compile(r"^\(?\s*(?:image|photo|picture|credit)s?\s*:", re.IGNORECASE)


def _clean_truth_images(images: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for image in images:
        if out and image.get("caption") == out[-1].get("caption") and image.get("authors") == out[-1].get("authors"):
            continue
        if image.get("caption") and _CREDIT_ONLY.match(image["caption"]):
            image = {**image, "caption": None}
        out.append(image)
    return out


def _caption_leak(block: str, captions: list[str]) -> bool:
    """A body block that is a truth caption (possibly with its credit after it)."""
    nb = _norm(block)
    for caption in captions:
        nc = _norm(caption)
        if len(nc) >= 15 and nb.startswith(nc) and len(nb) <= len(nc) + 100:
            return True
    return False


def _credit_only(block: str) -> bool:
    from cqnews.enrich.credits import split_photo_credit

    if len(block) > 160:
        return False
    caption, credits = split_photo_credit(block)
    return caption is None and bool(credits)


def _with_credit(image: Any) -> str:
    """The caption followed by its credits as written, for truth captions that keep the credit."""
    raws = dict.fromkeys(c.raw for c in image.credits if c.raw)
    return " ".join([image.caption, *raws])


def predict_functions(page: Page) -> tuple[list[str], list[str], list[str], list[str], list[str]]:
    """(captions, captions with credits, credit units, authors) from cqnews's functions directly."""
    import lxml.html

    from cqnews.enrich.captions import build_images
    from cqnews.enrich.credits import authors_from_bylines, clean_author_names
    from cqnews.extract.bylines import find_author_metadata, find_bylines
    from cqnews.extract.images import find_images

    root = lxml.html.fromstring(page.html)
    images = build_images(find_images(root, page.url))
    captions = [im.caption for im in images if im.caption]
    with_credit = [_with_credit(im) for im in images if im.caption]
    units = [u for im in images for c in im.credits for u in _credit_units_of(c)]
    tokens = [t for im in images for raw in dict.fromkeys(c.raw for c in im.credits) for t in credit_tokens(raw)]
    authors = clean_author_names(find_author_metadata(root)) or authors_from_bylines(find_bylines(root))
    return captions, with_credit, units, tokens, list(dict.fromkeys(authors))


def _credit_units_of(credit: Any) -> list[str]:
    units = []
    for value in (credit.name, credit.organization):
        if value:
            units.extend(credit_units(value))
    return units


def predict_pipeline(page: Page) -> tuple[list[str], list[str], list[str], list[str], list[str], list[str]]:
    """Captions, captions with credits, credit units, authors and body texts of ``cqnews.parse``."""
    import cqnews

    try:
        article = cqnews.parse(page.html, url=page.url)
    except cqnews.ParseError as error:  # a refused page predicts nothing; say so
        print(f"refused: {page.cc}/{page.name}: {type(error).__name__}", file=sys.stderr)
        return [], [], [], [], [], []
    body = list(article.body)
    images = list(article.images)
    authors = list(article.authors)
    captions = [im.caption for im in images if im.caption]
    with_credit = [_with_credit(im) for im in images if im.caption]
    units = [u for im in images for c in im.credits for u in _credit_units_of(c)]
    tokens = [t for im in images for raw in dict.fromkeys(c.raw for c in im.credits) for t in credit_tokens(raw)]
    return captions, with_credit, units, tokens, authors, [b.text for b in body]


_FUNDUS_SCRIPT = r"""
import json, sys, gzip, datetime
from fundus import PublisherCollection
out = {}
for item in json.load(sys.stdin):
    try:
        pub = getattr(getattr(PublisherCollection, item["cc"]), item["publisher"])
        date = datetime.datetime.fromisoformat(item["crawl_date"])
        html = gzip.open(item["path"]).read().decode("utf-8", "replace")
        article = pub.parser(date).parse(html)
        images = article.get("images") or []
        out[item["name"]] = {
            "captions": [im.caption for im in images if im.caption],
            "credits": [a for im in images for a in (im.authors or [])],
            "authors": list(article.get("authors") or []),
        }
    except Exception as exc:  # noqa: BLE001
        out[item["name"]] = {"error": repr(exc)}
print(json.dumps(out))
"""


def predict_fundus(pages: list[Page], python: str) -> dict[str, dict[str, Any]]:
    items = [
        {"cc": p.cc, "publisher": p.publisher, "name": p.name, "crawl_date": p.crawl_date,
         "path": str(CORPUS / p.cc / p.name)}
        for p in pages
    ]
    done = subprocess.run([python, "-c", _FUNDUS_SCRIPT], input=json.dumps(items), capture_output=True, text=True,
                          check=True)
    return json.loads(done.stdout)


_CREDIT_MARKERS = frozenset((
    "photo", "photos", "photograph", "photography", "foto", "fotos", "fotografie", "bild", "bilder", "image",
    "picture", "credit", "credits", "crédit", "crédits", "by", "von", "via", "por", "par", "quelle",
    "source", "fuente", "fonte", "copyright", "c", "zdjęcie", "fot", "kuva", "mynd", "ljósmynd",
))


def _label_words() -> re.Pattern[str]:
    from cqnews.lexicon.credits import PHOTO_WORDS, SOURCE_WORDS

    return re.compile("|".join(PHOTO_WORDS + SOURCE_WORDS), re.IGNORECASE)


# The photo and source labels of every language of the credit tables ("Fotografía", "Источник", "Snímka"):
# marker words too, as the English and German ones above are.
_LABEL_WORDS = _label_words()


def credit_tokens(text: str) -> list[str]:
    """Word tokens of a credit string, without marker words ("AP Photo/Morry Gash" -> ap, morry, gash)."""
    return [t for t in re.findall(r"\w+", _norm(text)) if t not in _CREDIT_MARKERS and not _LABEL_WORDS.fullmatch(t)]


@dataclass
class Scores:
    exact: Tally
    iou: Tally
    iou_credit: Tally
    credit_tokens: Tally
    credit_typed: Tally
    bylines: Tally
    leaks: int = 0
    credit_leaks: int = 0
    pages: int = 0

    @classmethod
    def empty(cls) -> Scores:
        return cls(Tally(), Tally(), Tally(), Tally(), Tally(), Tally())


def _predict(page: Page, system: str, fundus_out: dict[str, dict[str, Any]]):
    """(captions, captions with credit, typed credit units, credit tokens, authors, body) of one system."""
    body: list[str] = []
    if system == "functions":
        caps, caps_credit, units, tokens, authors = predict_functions(page)
    elif system == "pipeline":
        caps, caps_credit, units, tokens, authors, body = predict_pipeline(page)
    else:
        got = fundus_out.get(page.name, {})
        caps = caps_credit = got.get("captions", [])
        units = [u for a in got.get("credits", []) for u in credit_units(a)]
        tokens = [t for a in got.get("credits", []) for t in credit_tokens(a)]
        authors = got.get("authors", [])
    return caps, caps_credit, units, tokens, authors, body


def score(pages: list[Page], system: str, args: argparse.Namespace, fundus_out: dict[str, dict[str, Any]],
          verbose: bool) -> tuple[Scores, Scores | None]:
    """The scores on the truth as given and, when a verified truth erratum touches these pages, on the
    corrected truth (None otherwise): each page is predicted once for both."""
    given, corrected = Scores.empty(), Scores.empty()
    fixes = image_errata()
    added = images_errata()
    credits = credit_errata()
    touched = False
    for page in pages:
        predicted = _predict(page, system, fundus_out)
        t_images = page.truth.get("images") or []
        if args.clean_truth:
            t_images = _clean_truth_images(t_images)
        _add(given, page, predicted, t_images, verbose)
        key = f"{page.cc}/{page.name.removesuffix('.html.gz')}"
        fixed = _credits_corrected(_corrected(t_images, fixes.get(key, [])), credits.get(key, [])) + added.get(key, [])
        touched = touched or fixed != t_images
        _add(corrected, page, predicted, fixed, False)
    return given, (corrected if touched else None)


def image_errata() -> dict[str, list[dict[str, Any]]]:
    """Per page, the truth images ``truth_errata.json`` gives a caption and credit the truth left out."""
    data = json.loads(ERRATA.read_text())
    return {entry["page"]: entry["images"] for entry in data.get("image_captions_missing", [])}


def images_errata() -> dict[str, list[dict[str, Any]]]:
    """Per page, the pictures the page shows with a caption or credit that its truth does not list at all
    (``images_missing`` of ``truth_errata.json``); they are added to the truth images."""
    data = json.loads(ERRATA.read_text())
    return {entry["page"]: entry["images"] for entry in data.get("images_missing", [])}


def credit_errata() -> dict[str, list[dict[str, Any]]]:
    """Per page, the truth images whose credits the page writes otherwise (``image_credits_contrary`` of
    ``truth_errata.json``: e.g. a button's label kept inside the credit)."""
    data = json.loads(ERRATA.read_text())
    return {entry["page"]: entry["images"] for entry in data.get("image_credits_contrary", [])}


def _credits_corrected(t_images: list[dict[str, Any]], fixes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``t_images`` with each erratum's credits set on the truth image whose URL holds its key."""
    if not fixes:
        return t_images
    out = []
    for image in t_images:
        fix = _fix_for(image, fixes)
        out.append({**image, "authors": fix["authors"]} if fix is not None else image)
    return out


def _fix_for(image: dict[str, Any], fixes: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The erratum whose key one of the truth image's URLs holds, if any."""
    urls = " ".join(v.get("url") or "" for v in image.get("versions") or [])
    return next((f for f in fixes if f["image"] in urls), None)


def _corrected(t_images: list[dict[str, Any]], fixes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``t_images`` with each erratum's caption and credit set on the truth image whose URL holds its key."""
    if not fixes:
        return t_images
    out = []
    for image in t_images:
        fix = _fix_for(image, fixes)
        if fix is not None and not image.get("caption"):
            image = {**image, "caption": fix["caption"], "authors": fix["authors"]}
        out.append(image)
    return out


def _add(s: Scores, page: Page, predicted: tuple[Any, ...], t_images: list[dict[str, Any]], verbose: bool) -> None:
    """Score one page's predictions against one version of its truth images."""
    s.pages += 1
    t_caps = [im["caption"] for im in t_images if im.get("caption")]
    t_credits = [a for im in t_images for a in im.get("authors") or []]
    t_units = [u for a in t_credits for u in credit_units(a)]
    t_tokens = [t for a in t_credits for t in credit_tokens(a)]
    t_authors = page.truth.get("authors") or []
    caps, caps_credit, units, tokens, authors, body = predicted
    s.exact.add(_match(caps, t_caps, lambda a, b: _norm(a) == _norm(b)), len(caps), len(t_caps))
    s.iou.add(_match(caps, t_caps, lambda a, b: _iou(a, b) >= 0.8), len(caps), len(t_caps))
    pairs = list(zip(caps, caps_credit, strict=True))
    s.iou_credit.add(_match(pairs, t_caps, lambda a, b: _iou(a[0], b) >= 0.8 or _iou(a[1], b) >= 0.8),
                     len(caps), len(t_caps))
    cu = Counter(units) & Counter(t_units)
    s.credit_typed.add(sum(cu.values()), len(units), len(t_units))
    ct = Counter(tokens) & Counter(t_tokens)
    s.credit_tokens.add(sum(ct.values()), len(tokens), len(t_tokens))
    pa = [a.casefold() for a in authors]
    ta = [a.casefold() for a in t_authors]
    s.bylines.add(_match(pa, ta, lambda a, b: a == b), len(pa), len(ta))
    if body:
        s.leaks += sum(1 for b in body if _caption_leak(b, t_caps))
        s.credit_leaks += sum(1 for b in body if _credit_only(b))
    if verbose:
        _print_misses(page, caps, t_caps, tokens, t_tokens, authors, t_authors, body)


def _print_misses(page: Page, caps, t_caps, tokens, t_tokens, authors, t_authors, body) -> None:
    miss_caps = [c[:70] for c in t_caps if not any(_iou(c, p) >= 0.8 for p in caps)]
    extra_caps = [c[:70] for c in caps if not any(_iou(c, t) >= 0.8 for t in t_caps)]
    miss_tokens = list((Counter(t_tokens) - Counter(tokens)).elements())
    extra_tokens = list((Counter(tokens) - Counter(t_tokens)).elements())
    pa, ta = {a.casefold() for a in authors}, {a.casefold() for a in t_authors}
    leaked = [b[:70] for b in body if _caption_leak(b, t_caps)]
    if miss_caps or extra_caps or miss_tokens or extra_tokens or pa != ta or leaked:
        print(f"--- {page.cc}/{page.name} {page.url}")
        for label, values in (("missed captions", miss_caps), ("extra captions", extra_caps),
                              ("missed credit tokens", miss_tokens), ("extra credit tokens", extra_tokens),
                              ("caption in body", leaked)):
            if values:
                print(f"   {label}: {values}")
        if pa != ta:
            print("   authors:", authors, "truth:", t_authors)


def report(title: str, s: Scores, system: str, elapsed: float | None = None) -> None:
    took = f" ({elapsed:.1f}s)" if elapsed is not None else ""
    print(f"== {system}: {title}, {s.pages} pages{took}")
    print(f"caption exact            {s.exact}")
    print(f"caption IoU>=0.8         {s.iou}")
    print(f"caption+credit IoU>=0.8  {s.iou_credit}")
    print(f"photo credit tokens      {s.credit_tokens}")
    print(f"photo credit typed       {s.credit_typed}")
    print(f"byline authors           {s.bylines}")
    if system == "pipeline":
        print(f"body blocks holding a truth caption: {s.leaks}; body blocks that are only a photo credit: "
              f"{s.credit_leaks}")


_GAP_ROWS = (("caption IoU>=0.8", "iou"), ("photo credit tokens", "credit_tokens"),
             ("photo credit typed", "credit_typed"), ("byline authors", "bylines"))


def report_gap(tune: Scores, check: Scores, corpus: str = "fundus-more") -> None:
    print(f"== {corpus} F1: tune / check / gap (tune - check)")
    for label, attr in _GAP_ROWS:
        ft, fc = getattr(tune, attr).prf()[2], getattr(check, attr).prf()[2]
        print(f"{label:<22} {ft:.3f} / {fc:.3f} / {ft - fc:+.3f}")


def load_split() -> dict[str, str]:
    data = json.loads(SPLIT.read_text())
    return data["publishers"]


def english_halves(pages: list[Page]) -> dict[str, list[Page]]:
    """The English pages in the tune and check halves of ``sanity_split.json`` (by registered domain)."""
    from sanity import SPLIT as SANITY_SPLIT
    from sanity import publisher

    split = json.loads(SANITY_SPLIT.read_text())["publishers"]
    halves: dict[str, list[Page]] = {"tune": [], "check": []}
    for page in pages:
        halves[split[publisher(page)]].append(page)  # sanity.publisher reads only .url and .name
    return halves


def run_english(system: str, args: argparse.Namespace) -> None:
    """The English pages: all of them (the totals, as before the split), then the tune and check halves."""
    pages = load_pages(english=True)
    systems = [system] + (["fundus"] if args.fundus else [])
    fundus_out = predict_fundus(pages, args.fundus_python) if args.fundus else {}
    for name in systems:
        started = time.perf_counter()
        scores, corrected = score(pages, name, args, fundus_out, False)
        report("English Fundus pages", scores, name, time.perf_counter() - started)
        if corrected is not None:
            report("English Fundus pages, with the verified truth errata of truth_errata.json", corrected, name)
    halves = english_halves(pages)
    tune, tune_fixed = score(halves["tune"], system, args, fundus_out, args.verbose)
    report("English Fundus TUNE half", tune, system)
    check, check_fixed = score(halves["check"], system, args, fundus_out, False)
    report("English Fundus CHECK half", check, system)
    for title, fixed in (("TUNE", tune_fixed), ("CHECK", check_fixed)):
        if fixed is not None:
            report(f"English Fundus {title} half, with the verified truth errata of truth_errata.json", fixed, system)
    report_gap(tune, check, "English Fundus")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pipeline", action="store_true", help="score cqnews.parse instead of the functions")
    parser.add_argument("--fundus", action="store_true", help="also score Fundus 0.5.7 itself (English pages)")
    parser.add_argument("--fundus-python", default="/tmp/fundusvenv/bin/python")
    parser.add_argument("--corpus", choices=("all", "english", "more"), default="all",
                        help="the shared English Fundus pages, fundus-more (tune and check halves), or both")
    parser.add_argument("--clean-truth", action="store_true",
                        help="collapse repeated truth images (same caption and credits, one after the other) and "
                             "drop truth captions that are only a credit ('(Image:Liverpool Echo)')")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="per-page misses of the tune halves of the English pages and fundus-more (never check)")
    args = parser.parse_args(argv)
    system = "pipeline" if args.pipeline else "functions"
    if args.corpus in ("all", "english"):
        if not CORPUS.is_dir():
            print(f"corpus not found: {CORPUS}", file=sys.stderr)
            return 2
        run_english(system, args)
    if args.corpus in ("all", "more"):
        if not MORE.is_dir():
            print(f"corpus not found: {MORE}", file=sys.stderr)
            return 2
        split = load_split()
        pages = load_pages(english=False, corpus=MORE)
        halves: dict[str, list[Page]] = {"tune": [], "check": []}
        for page in pages:
            halves[split[f"{page.cc}/{page.publisher}"]].append(page)
        tune, tune_fixed = score(halves["tune"], system, args, {}, args.verbose)
        report("fundus-more TUNE half", tune, system)
        check, check_fixed = score(halves["check"], system, args, {}, False)
        report("fundus-more CHECK half", check, system)
        for title, fixed in (("TUNE", tune_fixed), ("CHECK", check_fixed)):
            if fixed is not None:
                report(f"fundus-more {title} half, with the verified truth errata of truth_errata.json", fixed, system)
        report_gap(tune, check)
    return 0


if __name__ == "__main__":
    sys.exit(main())
