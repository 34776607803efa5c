"""Launch-to-exit time of Guitai from source and from the PyInstaller bundle.

    python tests/bench/startup.py [--runs 5] [--bundle dist/guitai/guitai]

Times `guitai --demo --smoke OUT.png` (start the GUI on the demo, save a screenshot, quit)
where that option exists, and `guitai --help` (interpreter, imports, argument parsing)
always. From source is the `guitai` launcher run by this Python (installer/launch.py, the
same entry point as the bundle); the bundle is dist/guitai/guitai, built by
installer/build.py. Each figure is the median of --runs runs after one untimed warm-up.
Whatever cannot run yet is reported as skipped on the last line, which is `key=value` pairs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LAUNCHER = ROOT / "installer" / "launch.py"
DEFAULT_BUNDLE = ROOT / "dist" / "guitai" / ("guitai.exe" if os.name == "nt" else "guitai")


def environment() -> dict[str, str]:
    """Headless Qt and a development key file, so the smoke run needs no display or keyring."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.setdefault("GUITAI_ALLOW_DEV_KEY_FILE", "1")
    return env


def timed(command: list[str], runs: int) -> float | None:
    """Median wall-clock milliseconds of `command`, or None when it fails."""
    times = []
    for index in range(runs + 1):
        started = time.perf_counter()
        result = subprocess.run(command, capture_output=True, env=environment(), cwd=ROOT)
        elapsed = (time.perf_counter() - started) * 1000
        if result.returncode != 0:
            print(f"{command[0]} failed ({result.returncode}): {result.stderr[-300:]!r}")
            return None
        if index:
            times.append(elapsed)
    return statistics.median(times)


def supports_smoke(command: list[str]) -> bool:
    """True when the program's --help mentions --smoke."""
    result = subprocess.run(
        [*command, "--help"], capture_output=True, text=True, env=environment(), cwd=ROOT
    )
    return "--smoke" in result.stdout


def measure(name: str, command: list[str], runs: int, out: Path) -> dict[str, str]:
    """The key=value figures of one way of launching."""
    figures: dict[str, str] = {}
    help_ms = timed([*command, "--help"], runs)
    figures[f"{name}_help_ms"] = "failed" if help_ms is None else f"{help_ms:.0f}"
    if not supports_smoke(command):
        figures[f"{name}_smoke_ms"] = "skipped_no_smoke_option"
        return figures
    smoke_ms = timed([*command, "--demo", "--smoke", str(out / f"{name}.png")], runs)
    figures[f"{name}_smoke_ms"] = "failed" if smoke_ms is None else f"{smoke_ms:.0f}"
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--bundle", type=Path, default=DEFAULT_BUNDLE)
    args = parser.parse_args()
    figures: dict[str, str] = {"runs": str(args.runs)}
    with tempfile.TemporaryDirectory() as out:
        figures.update(measure("source", [sys.executable, str(LAUNCHER)], args.runs, Path(out)))
        if args.bundle.exists():
            figures.update(measure("bundle", [str(args.bundle)], args.runs, Path(out)))
        else:
            figures["bundle_help_ms"] = figures["bundle_smoke_ms"] = "skipped_no_bundle"
    print(" ".join(f"{key}={value}" for key, value in figures.items()))


if __name__ == "__main__":
    main()
