"""Parse time against input size on adversarial inputs: growth must be (near) linear.

    python benchmarks/scaling_adversarial.py                 # 100 KB … 8 MB, every recipe below
    python benchmarks/scaling_adversarial.py --max-mb 2      # quicker
    python benchmarks/scaling_adversarial.py many_br unclosed_p

For each recipe of ``tests/adversarial/generate.py`` listed in ``CASES`` the input is built at each
size, parsed once (CPU seconds of this process, so other jobs on the machine barely matter), and
the table shows the time and the *growth exponent* between consecutive sizes: ``log(t2/t1) /
log(s2/s1)`` — 1.0 is linear, 2.0 quadratic. Errors (a limit hit) are shown by name; a parse that
runs over ``--cap`` seconds stops the row (the larger sizes would only be slower).

Limits are raised (``max_input_bytes``, ``max_nodes``, ``max_block_chars``) so that the pipeline,
not a limit, is measured; ``--default-limits`` measures with the shipped defaults instead.
"""

from __future__ import annotations

import argparse
import math
import signal
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import cqnews  # noqa: E402
from tests.adversarial import generate  # noqa: E402

KB = 1024
MB = 1024 * KB
SIZES = [100 * KB, 250 * KB, 500 * KB, 1 * MB, 2 * MB, 4 * MB, 8 * MB, 15 * MB]
CASES = [
    "paragraph_2mb", "one_word_8mb", "cjk_paragraph_6mb", "quote_marks_100k", "curly_quotes_100k", "alternating_quotes",
    "quotes_with_cues", "many_paragraphs", "many_short_paragraphs", "unclosed_p", "many_links", "many_images",
    "many_table_cells", "many_headings", "many_meta", "many_br", "many_lines_text_dump", "one_line_text_dump",
    "huge_comment", "huge_script", "huge_title", "huge_json_ld", "many_entities", "lt_signs", "ampersands",
    "random_8mb", "gbk_unlabelled_8mb", "invalid_utf8_8mb", "nested_divs_unclosed", "many_elements",
    "punctuation_run_8mb", "short_lines_dump", "figures_20k",
]
RAISED = cqnews.ParseOptions(max_input_bytes=64 * MB, max_nodes=10_000_000, max_block_chars=64 * MB)


class _Cap(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise _Cap()


def _time(data: bytes | str, options: cqnews.ParseOptions, cap: float) -> tuple[float, str]:
    signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, cap * 3)  # wall-clock backstop for a loaded machine
    start = time.process_time()
    try:
        cqnews.parse(data, options=options)
        outcome = ""
    except cqnews.ParseError as error:
        outcome = type(error).__name__.replace("Error", "")
    except _Cap:
        outcome = "CAP"
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return time.process_time() - start, outcome


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="*", help="recipe names (default: all in CASES)")
    parser.add_argument("--max-mb", type=float, default=8, help="largest size, in MB (default 8)")
    parser.add_argument("--cap", type=float, default=20, help="stop a row after a parse this slow, in s (default 20)")
    parser.add_argument("--default-limits", action="store_true", help="parse with the default ParseOptions")
    args = parser.parse_args()

    recipes = {recipe.name: recipe for recipe in generate.recipes()}
    names = args.cases or CASES
    sizes = [size for size in SIZES if size <= args.max_mb * MB]
    options = cqnews.ParseOptions() if args.default_limits else RAISED
    cqnews.parse(generate.language_page("en"))  # warm-up: imports, language profiles

    header = f"{'case':24s}" + "".join(f"{_label(s):>10s}" for s in sizes) + f"{'exponent':>10s}"
    print(header)
    print("-" * len(header))
    for name in names:
        recipe = recipes[name]
        cells: list[str] = []
        points: list[tuple[int, float]] = []
        for size in sizes:
            data = recipe.build(size)
            seconds, outcome = _time(data, options, args.cap)
            capped = f"{'>' + str(int(args.cap * 3)):>8s}s "
            cells.append(f"{seconds:8.2f}{outcome[:2]:2s}" if outcome != "CAP" else capped)
            if not outcome:
                points.append((len(data), seconds))
            if outcome == "CAP" or seconds > args.cap:
                cells += ["" for _ in sizes[len(cells):]]
                break
        print(f"{name:24s}" + "".join(f"{cell:>10s}" for cell in cells) + f"{_exponent(points):>10s}", flush=True)
    print("\nseconds of CPU per parse; suffix = error raised (Bl=BlockTooLarge, Tr=TreeTooLarge, De=Decode, ...);"
          "\nexponent = least-squares slope of log(time) on log(size) over the sizes that returned an Article"
          " (1 = linear, 2 = quadratic);\n>Ns = stopped by the wall-clock backstop")
    return 0


def _label(size: int) -> str:
    return f"{size // MB} MB" if size >= MB else f"{size // KB} KB"


def _exponent(points: list[tuple[int, float]]) -> str:
    points = [(s, t) for s, t in points if t > 0.02]
    if len(points) > 2:
        points = points[1:]  # the smallest size carries one-off costs
    if len(points) < 2:
        return "-"
    xs = [math.log(s) for s, _ in points]
    ys = [math.log(t) for _, t in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=False)) / sum((x - mx) ** 2 for x in xs)
    return f"{slope:.2f}"


if __name__ == "__main__":
    sys.exit(main())
