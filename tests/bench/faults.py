"""The seeded fault model, long: many runs of `tests/sync/faults_kit.run_model`.

    python tests/bench/faults.py [--runs 1000] [--steps 120] [--first-seed 1000] [--jobs 2]

Each run builds a server and three workstations, applies `--steps` random operations under
faults (dropped requests, answers lost after commit, duplicates, server errors, kills), then
settles and checks convergence, exactly-once and listed conflicts. A failing seed is
printed, so it can be replayed, and counted. Last line: runs, failures, and summed counts of
operations and faults.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("GUITAI_ALLOW_DEV_KEY_FILE", "1")

from tests.sync.faults_kit import run_model  # noqa: E402


def one_run(seed: int, steps: int) -> tuple[int, Counter[str] | None, str]:
    """One seed in its own folder: (seed, counts or None when it failed, failure)."""
    with tempfile.TemporaryDirectory(prefix="guitai-faults-") as folder:
        try:
            return seed, run_model(Path(folder), seed, steps), ""
        except AssertionError as exc:
            return seed, None, str(exc)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1000)
    parser.add_argument("--steps", type=int, default=120)
    parser.add_argument("--first-seed", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=1, help="runs at once (processes)")
    args = parser.parse_args()
    totals: Counter[str] = Counter()
    failures = 0
    done = 0
    started = time.perf_counter()
    seeds = range(args.first_seed, args.first_seed + args.runs)
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        for seed, counts, failure in pool.map(one_run, seeds, [args.steps] * len(seeds)):
            done += 1
            if counts is None:
                failures += 1
                print(f"seed {seed} FAILED: {failure}", flush=True)
            else:
                totals += counts
            if done % 50 == 0:
                print(f"{done} runs, {time.perf_counter() - started:.0f} s", flush=True)
    summary = {"runs": done, "failures": failures, "seconds": round(time.perf_counter() - started)}
    summary.update(sorted(totals.items()))
    print(" ".join(f"{k}={v}" for k, v in summary.items()))


if __name__ == "__main__":
    main()
