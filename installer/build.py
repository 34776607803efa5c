#!/usr/bin/env python3
"""Builds the client bundle (PyInstaller onedir) and, on Linux, a .deb: `python installer/build.py`.

    dist/guitai/                  the onedir bundle (run dist/guitai/guitai)
    dist/guitai_VERSION_ARCH.deb  /opt/guitai, /usr/bin/guitai, a .desktop entry

Reproducible settings: PYTHONHASHSEED=0 and SOURCE_DATE_EPOCH (the last commit's time, or
$SOURCE_DATE_EPOCH when set). Needs `pip install -e .[installer,gui]` in the build venv.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "guitai.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build"
DEB_ARCH = {"x86_64": "amd64", "aarch64": "arm64", "arm64": "arm64"}

DESKTOP_ENTRY = """[Desktop Entry]
Type=Application
Name=Guitai
Name[zh_CN]=柜台
Comment=Branch CRM client
Exec=/opt/guitai/guitai
Terminal=false
Categories=Office;Finance;
"""


def project_version() -> str:
    """The version in pyproject.toml."""
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return str(data["project"]["version"])


def source_date_epoch() -> str:
    """$SOURCE_DATE_EPOCH, else the last commit's time, else now."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return os.environ["SOURCE_DATE_EPOCH"]
    result = subprocess.run(
        ["git", "log", "-1", "--format=%ct"],  # noqa: S607 - git from PATH on the build machine
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    return result.stdout.strip() or str(int(time.time()))


def build_bundle(epoch: str, dist: Path = DIST, work: Path = WORK) -> Path:
    """Runs PyInstaller on the spec; returns dist/guitai."""
    env = dict(os.environ, PYTHONHASHSEED="0", SOURCE_DATE_EPOCH=epoch)
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean"]
    command += ["--distpath", str(dist), "--workpath", str(work / "pyinstaller"), str(SPEC)]
    subprocess.run(command, cwd=ROOT, env=env, check=True)  # noqa: S603 - our own executable or build tool, fixed arguments
    return dist / "guitai"


def control_file(version: str, arch: str, size_kb: int) -> str:
    """The Debian control file of the client package."""
    return (
        "Package: guitai\n"
        f"Version: {version}\n"
        "Section: misc\n"
        "Priority: optional\n"
        f"Architecture: {arch}\n"
        f"Installed-Size: {size_kb}\n"
        "Depends: libc6, libgl1, libegl1, libfontconfig1, libdbus-1-3, libxkbcommon0, "
        "libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, "
        "libwayland-cursor0\n"
        "Recommends: gnome-keyring\n"
        "Maintainer: Guitai <it@example.invalid>\n"
        "Description: Guitai (柜台) offline-capable branch CRM client\n"
        " Configure the server once per machine in /etc/guitai/guitai.toml;\n"
        " check a workstation with `guitai doctor`.\n"
    )


def build_deb(bundle: Path, version: str, epoch: str, work: Path = WORK) -> Path:
    """Packs the bundle under /opt/guitai with dpkg-deb; returns the .deb next to the bundle."""
    arch = DEB_ARCH.get(platform.machine(), platform.machine())
    stage = work / "deb" / "guitai"
    shutil.rmtree(stage, ignore_errors=True)
    shutil.copytree(bundle, stage / "opt" / "guitai", symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    (stage / "usr" / "bin" / "guitai").symlink_to("/opt/guitai/guitai")
    apps = stage / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    (apps / "guitai.desktop").write_text(DESKTOP_ENTRY, encoding="utf-8")
    size_kb = tree_size(stage) // 1024
    (stage / "DEBIAN").mkdir()
    (stage / "DEBIAN" / "control").write_text(
        control_file(version, arch, size_kb), encoding="utf-8"
    )
    out = bundle.parent / f"guitai_{version}_{arch}.deb"
    env = dict(os.environ, SOURCE_DATE_EPOCH=epoch)
    command = ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(stage), str(out)]
    subprocess.run(command, check=True, env=env)  # noqa: S603 - our own executable or build tool, fixed arguments
    return out


def tree_size(path: Path) -> int:
    """Bytes in the files under `path`."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    """Builds the bundle, then the .deb unless --no-deb or dpkg-deb is missing."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-deb", action="store_true", help="only the onedir bundle")
    parser.add_argument("--dist", type=Path, default=DIST, help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=WORK, help="scratch folder (default: build/)")
    args = parser.parse_args(argv)
    epoch = source_date_epoch()
    started = time.monotonic()
    bundle = build_bundle(epoch, args.dist, args.work)
    seconds = time.monotonic() - started
    print(f"bundle={bundle} size_mb={tree_size(bundle) / 1e6:.1f} build_s={seconds:.0f}")
    if args.no_deb or sys.platform != "linux":
        return 0
    if not shutil.which("dpkg-deb"):
        print("dpkg-deb not found: skipped the .deb")
        return 0
    deb = build_deb(bundle, project_version(), epoch, args.work)
    print(f"deb={deb} deb_mb={deb.stat().st_size / 1e6:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
