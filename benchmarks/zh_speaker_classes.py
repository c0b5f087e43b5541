"""Aggregate classes of wrong Chinese quote speakers, counted per half of the quote gold.

    python benchmarks/zh_speaker_classes.py            # counts per class, tune and check
    python benchmarks/zh_speaker_classes.py --fine     # classes with their finer shape (tags, where the speaker is)
    python benchmarks/zh_speaker_classes.py --show C   # the TUNE cases of class C (check is never listed)

Each wrong speaker (a prediction matched to a gold quote at IoU .3 whose speaker differs) gets the first
class that fits; the counts say which kinds of error are common on both halves. Only counts of the
check half are printed, never its cases.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import quotes as Q

from cqnews.enrich import segmenter
from cqnews.lexicon.bodies_zh import ORG_HEADS
from cqnews.lexicon.personal_names_zh import SURNAMES
from cqnews.models import Quote

_PRONOUNS = ("他", "她", "他们", "她们", "其", "对方")
_ORG_ENDS = (*ORG_HEADS, "方", "社", "网", "台", "报")
_MARKS = "，。：；！？ "


def _in(name: str, text: str) -> bool:
    """Is ``name`` (or, for three characters or more, its last two) written in ``text``?"""
    return bool(name) and (name in text or len(name) >= 3 and name[-2:] in text)


def _tags(text: str) -> str:
    return "+".join(t.tag for t in segmenter.tag(segmenter.to_simplified(text))) or "-"


def _where(want: str, para: str, pred: Quote) -> str:
    if _in(want, para[: pred.start]):
        return "before"
    return "after" if _in(want, para[pred.end :]) else "not_in_para"


def classify(pred: Quote, gold: dict[str, Any], para: str) -> tuple[str, str]:
    """(class, finer shape) of a wrong speaker."""
    got, want, mention = Q._speaker_name(pred), gold["speaker"], pred.mention or ""
    if len(mention) == 1 and mention not in _PRONOUNS or got is not None and len(got) == 1:
        return "one_char_mention", "surname" if (got or mention)[:1] in SURNAMES else "other"
    if got is None:
        return f"pred_none/{'want_in_para' if _in(want, para) else 'want_absent'}", _none_shape(pred, want, para)
    if want is None:
        return _gold_none(pred, got, gold.get("role") or "", para)
    if got in want or want in got:
        return "partial_name", _partial_shape(got, want)
    where = _where(want, para, pred)
    if mention in _PRONOUNS or not mention:
        return f"pronoun/{where}", mention or ("no_mention" if pred.mention is None else "zero")
    if "们" in got or got.endswith("等"):
        return "pred_plural", ""
    if len(got) > 4 and any(t.tag.startswith(("v", "p", "d")) for t in segmenter.tag(got)):
        return "pred_predicate", _tags(got)
    if got.endswith(_ORG_ENDS) != want.endswith(_ORG_ENDS):
        return "org_vs_person", ""
    return f"other_person/{where}", ""


def _none_shape(pred: Quote, want: str, para: str) -> str:
    if not pred.mention:
        return f"no_mention/{_where(want, para, pred)}"
    if want in pred.mention:
        return "mention_has_want"
    return f"mention_len{min(len(pred.mention), 5)}/{_tags(pred.mention)}"


def _gold_none(pred: Quote, got: str, role: str, para: str) -> tuple[str, str]:
    """Gold names nobody (an unnamed source with its description in ``role``, or no one)."""
    mention = pred.mention or ""
    if mention in _PRONOUNS:
        return "gold_none/pronoun_resolved", ""
    if got in role or role.endswith(got[-2:]):
        return "gold_none/unnamed_desc_as_name", _tags(got)
    if pred.mention is not None:
        return "gold_none/other_named/mention", f"{_tags(got)}/len{len(got)}"
    before = para[max(0, pred.start - 2) : pred.start - 1]
    opens = "opens" if pred.start <= 1 else "after_mark" if not before or before in _MARKS else "after_word"
    return "gold_none/other_named/no_mention", f"{opens}/{_role_at(para, pred.start, role)}"


def _role_at(para: str, start: int, role: str) -> str:
    """Where the gold's description of an unnamed source stands: the quote's sentence, before it, nowhere."""
    at = para.rfind(role, 0, start) if role else -1
    if at < 0:
        return "role_elsewhere" if role else "no_role"
    return "role_same_sentence" if max(para.rfind(ch, at, start) for ch in "。！？") < 0 else "role_earlier"


def _partial_shape(got: str, want: str) -> str:
    if want in got:
        at = got.find(want)
        return f"got_longer/head_{_tags(got[:at])}/tail_{_tags(got[at + len(want) :])}"
    side = "end" if want.endswith(got) else "start" if want.startswith(got) else "middle"
    return f"got_shorter/{side}/{len(got)}of{len(want)}/{_tags(want)}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fine", action="store_true", help="split classes by their finer shape")
    parser.add_argument("--show", help="list the tune cases of the classes starting with this")
    args = parser.parse_args(argv)
    golds = [g for g in Q.load_gold() if g.lang == "zh"]
    Q.apply_errata(golds, Q.load_errata())
    split = Q.load_split()
    counts: dict[str, Counter[str]] = {h: Counter() for h in Q.HALVES}
    seen: Counter[str] = Counter()
    for gold in golds:
        half, paras, preds = Q.half_of(gold, split), Q.paragraphs(gold), Q.predict(gold, False)
        for kind in ("direct", "indirect"):
            ps = [p for p in preds if p.kind.value == kind]
            gs = [g for g in gold.data["quotes"] if g["kind"] == kind]
            for i, j in Q.match(ps, gs, Q.THRESHOLDS[0]):
                seen[half] += 1
                if Q.speaker_right(ps[i], gs[j]):
                    continue
                cls, fine = classify(ps[i], gs[j], paras[ps[i].block])
                counts[half][f"{kind[:3]} {cls}" + (f" {fine}" if args.fine and fine else "")] += 1
                shown = cls.startswith(args.show or "\0") or f"{kind[:3]} {cls}".startswith(args.show or "\0")
                if args.show and half == "tune" and shown:  # "pronoun/before" or "dir pronoun/before", as printed
                    print(f"{kind[:3]} {cls} {fine} | {gold.path.name[:30]} got {Q._speaker_name(ps[i])!r} "
                          f"({ps[i].mention!r}) want {gs[j]['speaker']!r}: {paras[ps[i].block][:160]}")
    _report(counts, seen)
    return 0


def _report(counts: dict[str, Counter[str]], seen: Counter[str]) -> None:
    tune, check = counts["tune"], counts["check"]
    print(f"{'class':48} {'tune':>5} {'check':>5}")
    for c in sorted(set(tune) | set(check), key=lambda c: (-(tune[c] + check[c]), c)):
        print(f"{c:48} {tune[c]:5d} {check[c]:5d}")
    wrong = f"{sum(tune.values()):5d} {sum(check.values()):5d}"
    print(f"{'wrong / matched':48} {wrong}  of {seen['tune']} / {seen['check']}")


if __name__ == "__main__":
    sys.exit(main())
