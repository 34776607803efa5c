"""The seeded fault model, long: many runs of `tests/sync/faults_kit.run_model`.

    python tests/bench/faults.py [--runs 1000] [--steps 120] [--first-seed 1000]

Each run builds a server and three workstations, applies `--steps` random operations under
faults (dropped requests, answers lost after commit, duplicates, server errors, kills), then
settles and checks convergence, exactly-once and listed conflicts. A failing seed stops the
run and is printed, so it can be replayed. Last line: runs, failures, and summed counts of
operations and faults.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("GUITAI_ALLOW_DEV_KEY_FILE", "1")

from tests.sync.faults_kit import run_model  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1000)
    parser.add_argument("--steps", type=int, default=120)
    parser.add_argument("--first-seed", type=int, default=1000)
    args = parser.parse_args()
    totals: Counter[str] = Counter()
    failures = 0
    started = time.perf_counter()
    for n in range(args.runs):
        seed = args.first_seed + n
        with tempfile.TemporaryDirectory(prefix="guitai-faults-") as folder:
            try:
                totals += run_model(Path(folder), seed, args.steps)
            except AssertionError as exc:
                failures += 1
                print(f"seed {seed} FAILED: {exc}", flush=True)
                break
        if (n + 1) % 50 == 0:
            print(f"{n + 1} runs, {time.perf_counter() - started:.0f} s", flush=True)
    summary = {"runs": n + 1, "failures": failures, "seconds": round(time.perf_counter() - started)}
    summary.update(sorted(totals.items()))
    print(" ".join(f"{k}={v}" for k, v in summary.items()))


if __name__ == "__main__":
    main()
