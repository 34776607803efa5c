#!/usr/bin/env python3
"""Sets up the project's virtual environment when needed, then runs the app or the tests.

    python3 dev.py run      start Guitai on its embedded demo (guitai --demo; arguments pass on)
    python3 dev.py test     lint, type-check and run the whole test suite

Needs only Python 3.11+. The environment lives in .venv and is reinstalled whenever
pyproject.toml or the pinned constraints change.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".guitai-installed"
CONSTRAINTS = ROOT / "constraints.txt"
EXTRAS = "gui,server,dev,installer"


def venv_python() -> Path:
    scripts = "Scripts" if os.name == "nt" else "bin"
    return VENV / scripts / ("python.exe" if os.name == "nt" else "python")


def venv_tool(name: str) -> str:
    scripts = "Scripts" if os.name == "nt" else "bin"
    return str(VENV / scripts / name)


def wanted_stamp() -> str:
    digest = hashlib.sha256()
    for path in (ROOT / "pyproject.toml", CONSTRAINTS):
        if path.exists():
            digest.update(path.read_bytes())
    digest.update(sys.version.encode())
    digest.update(EXTRAS.encode())
    return digest.hexdigest()


def ensure_environment() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - this script may be run by an old Python
        sys.exit(f"Guitai needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    stamp = wanted_stamp()
    if STAMP.exists() and STAMP.read_text() == stamp and venv_python().exists():
        return
    if not venv_python().exists():
        print("creating .venv ...", flush=True)
        shutil.rmtree(VENV, ignore_errors=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    print("installing dependencies into .venv (first run only) ...", flush=True)
    pip = [str(venv_python()), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    command = [*pip, "-e", f".[{EXTRAS}]"]
    if CONSTRAINTS.exists():
        command += ["-c", str(CONSTRAINTS)]
    subprocess.run(command, cwd=ROOT, check=True)  # noqa: S603 - our own venv's tools, fixed arguments
    STAMP.write_text(stamp)


def run(*command: str, env: dict[str, str] | None = None) -> int:
    return subprocess.run(command, cwd=ROOT, env=env).returncode  # noqa: S603 - our own venv's tools, fixed arguments


def keyring_available() -> bool:
    probe = "from client.keys import OSKeyring; OSKeyring()"
    return (
        subprocess.run([str(venv_python()), "-c", probe], cwd=ROOT, capture_output=True).returncode  # noqa: S603 - our own venv's tools, fixed arguments
        == 0
    )


def run_app(args: list[str]) -> int:
    """`guitai --demo` (the window over an in-process demo server), passing `args` on."""
    env = dict(os.environ)
    if not keyring_available():
        print("note: no OS keyring here; the demo profile keeps its key in a development key file")
        env["GUITAI_ALLOW_DEV_KEY_FILE"] = "1"
    headless = sys.platform.startswith("linux") and not (
        env.get("DISPLAY") or env.get("WAYLAND_DISPLAY") or env.get("QT_QPA_PLATFORM")
    )
    if headless and "--smoke" not in args:
        print("note: no display here; try `python3 dev.py run --smoke demo.png` (a screenshot)")
        return 2
    return run(venv_tool("guitai"), "--demo", *args, env=env)


def run_tests(args: list[str]) -> int:
    steps = [
        [venv_tool("ruff"), "check", "."],
        [venv_tool("ruff"), "format", "--check", "."],
        [venv_tool("mypy")],
        [str(venv_python()), "-m", "pytest", *args],
    ]
    for step in steps:
        print(
            "$",
            " ".join(Path(step[0]).name if i == 0 else s for i, s in enumerate(step)),
            flush=True,
        )
        code = run(*step)
        if code:
            return code
    return 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test"}:
        print(__doc__)
        return 2
    ensure_environment()
    if argv[0] == "run":
        return run_app(argv[1:])
    return run_tests(argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
