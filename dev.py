#!/usr/bin/env python3
"""Sets up the project's virtual environment when needed, then runs the app or the tests.

    python3 dev.py run      start Guitai on its embedded demo (guitai --demo; arguments pass on)
    python3 dev.py test     lint, type-check and run the whole test suite

Needs only Python 3.11+. The environment lives in .venv and is reinstalled whenever
pyproject.toml or the pinned constraints change. Before the tests, the programs some of them
run (OpenLDAP's slapd, nginx) are installed with apt-get when missing, once, if this runs
as root on a Debian-like system; elsewhere a note says which tests will be skipped.
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
SYSTEM_TOOLS = {
    "slapd": "slapd",
    "ldapadd": "ldap-utils",
    "nginx": "nginx",
    "dpkg-shlibdeps": "dpkg-dev",
    "pdftoppm": "poppler-utils",
}
"""Programs tests run (directory sign-in against a real OpenLDAP, the shipped nginx sample,
the .deb's computed Depends, the evaluation's PDF turned into a picture), and the Debian
packages that bring them."""
BUILD_LIBRARIES = {
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libgtk-3.so.0": "libgtk-3-0",
}
"""Libraries PySide6's Qt plugins link that a bare Debian 12 lacks: installer/build.py needs
every one installed to compute the .deb's Depends (it names any other that is missing)."""
APT_TRIED = VENV / ".guitai-apt-tried"
"""The packages apt-get was already asked for: it is asked once, not at every run."""
SBIN = ("/usr/sbin", "/sbin", "/usr/local/sbin")


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


def have_program(name: str) -> bool:
    """True when `name` is on PATH or in an sbin folder (not on a normal user's PATH)."""
    return shutil.which(name) is not None or any((Path(d) / name).exists() for d in SBIN)


def can_apt() -> bool:
    """True when this process may install Debian packages (root, apt-get present)."""
    root = hasattr(os, "geteuid") and os.geteuid() == 0
    return sys.platform.startswith("linux") and root and shutil.which("apt-get") is not None


def apt_install(packages: list[str]) -> str | None:
    """Installs `packages` quietly (refreshing the package lists when they are not found);
    None when done, else apt-get's last words."""
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = ["apt-get", "install", "-y", "-q", "--no-install-recommends", *packages]
    done = subprocess.run(install, env=env, capture_output=True, text=True)  # noqa: S603 - fixed arguments
    if done.returncode:
        subprocess.run(["apt-get", "update", "-q"], env=env, capture_output=True)  # noqa: S607 - the system's apt-get
        done = subprocess.run(install, env=env, capture_output=True, text=True)  # noqa: S603 - fixed arguments
    if done.returncode == 0:
        return None
    lines = (done.stderr or done.stdout).strip().splitlines()
    return lines[-1] if lines else f"apt-get exited with {done.returncode}"


def ensure_system_tools() -> None:
    """Installs the missing `SYSTEM_TOOLS` where it can (once); else says what is skipped."""
    missing = sorted({pkg for name, pkg in SYSTEM_TOOLS.items() if not have_program(name)})
    if can_apt():
        known = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout  # noqa: S607 - the system's ldconfig
        missing += sorted(pkg for lib, pkg in BUILD_LIBRARIES.items() if f"{lib} (" not in known)
    if not missing:
        return
    tried = set(APT_TRIED.read_text().split()) if APT_TRIED.exists() else set()
    hint = f"apt-get install {' '.join(missing)}"
    if not can_apt() or set(missing) <= tried:
        print(f"note: {', '.join(missing)} missing: the tests needing them are skipped ({hint})")
        return
    APT_TRIED.write_text(" ".join(sorted(tried | set(missing))))
    print(f"installing {', '.join(missing)} with apt-get (once) ...", flush=True)
    problem = apt_install(missing)
    if problem is not None:
        print(f"note: {hint} failed ({problem}); the tests needing them are skipped")


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
    ensure_system_tools()
    return run_tests(argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
