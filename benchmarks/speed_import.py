"""How long ``import cqnews`` takes in a fresh interpreter: the median of 9 runs (CPU and wall).

    python benchmarks/speed_import.py              # 9 fresh processes
    python benchmarks/speed_import.py --runs 15 --what "import cqnews; cqnews.parse('<p>x</p>')"

Each run starts a new Python with the same ``sys.path`` and times the statement inside it (interpreter
start-up excluded). On a shared machine trust the CPU column: wall time includes waiting for a core.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys

_PROBE = (
    "import json, time\n"
    "w, c = time.perf_counter(), time.process_time()\n"
    "{what}\n"
    "print(json.dumps([time.process_time() - c, time.perf_counter() - w]))\n"
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--what", default="import cqnews", help="the statement to time")
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    cpu, wall = [], []
    for _ in range(args.runs):
        out = subprocess.run(
            [sys.executable, "-c", _PROBE.format(what=args.what)], capture_output=True, text=True, check=True, env=env
        ).stdout
        c, w = json.loads(out.strip().splitlines()[-1])
        cpu.append(c)
        wall.append(w)
    print(f"{args.what!r}: median of {args.runs}: CPU {statistics.median(cpu):.3f} s, "
          f"wall {statistics.median(wall):.3f} s (CPU min {min(cpu):.3f}, max {max(cpu):.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
