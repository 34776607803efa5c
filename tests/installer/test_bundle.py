"""Builds the real onedir bundle and .deb, then runs the bundled app's demo smoke screenshot.

This is the slow test of the suite (a few minutes): CI builds the installer on every run.
Set GUITAI_SKIP_BUNDLE=1 to leave it out of a local run.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.skipif(sys.platform != "linux", reason="the .deb and this smoke run are Linux's"),
    pytest.mark.skipif(
        os.environ.get("GUITAI_SKIP_BUNDLE") == "1", reason="GUITAI_SKIP_BUNDLE=1 was set"
    ),
]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The dist folder of one build (bundle and .deb)."""
    pytest.importorskip("PyInstaller", reason="the installer extra is not installed")
    if shutil.which("dpkg-deb") is None or shutil.which("dpkg-shlibdeps") is None:
        pytest.skip("dpkg-deb or dpkg-shlibdeps is not installed (Debian's dpkg-dev)")
    out = tmp_path_factory.mktemp("installer")
    command = [sys.executable, str(ROOT / "installer" / "build.py")]
    command += ["--dist", str(out / "dist"), "--work", str(out / "build")]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=1200)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return out / "dist"


@pytest.mark.timeout(1500)
def test_the_deb_installs_the_bundle_under_opt(built: Path) -> None:
    (deb,) = built.glob("guitai_*.deb")
    info = subprocess.run(["dpkg-deb", "--info", str(deb)], capture_output=True, text=True)
    assert "Package: guitai" in info.stdout
    contents = subprocess.run(["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True)
    assert "./opt/guitai/guitai\n" in contents.stdout
    assert "./usr/share/applications/guitai.desktop" in contents.stdout


QXCB = "opt/guitai/_internal/PySide6/Qt/plugins/platforms/libqxcb.so"


def needed(library: Path) -> list[str]:
    """The SONAMEs `library` links (its NEEDED entries)."""
    dump = subprocess.run(["objdump", "-p", str(library)], capture_output=True, text=True)
    assert dump.returncode == 0, dump.stderr
    return re.findall(r"^\s*NEEDED\s+(\S+)$", dump.stdout, flags=re.MULTILINE)


def package_of(soname: str) -> str:
    """The installed Debian package that ships the library `soname` on this machine."""
    cache = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True).stdout
    match = re.search(rf"^\s*{re.escape(soname)} \(.*\) => (\S+)$", cache, flags=re.MULTILINE)
    assert match, f"{soname} is not installed here, yet the build passed"
    owner = subprocess.run(
        ["dpkg-query", "-S", os.path.realpath(match[1])], capture_output=True, text=True
    )
    assert owner.returncode == 0, owner.stderr
    return owner.stdout.split(":")[0]


@pytest.mark.timeout(1500)
def test_the_deb_depends_on_the_xcb_libraries_its_qt_platform_plugin_links(
    built: Path, tmp_path: Path
) -> None:
    (deb,) = built.glob("guitai_*.deb")
    depends = subprocess.run(
        ["dpkg-deb", "-f", str(deb), "Depends"], capture_output=True, text=True
    )
    named = {relation.split()[0] for relation in depends.stdout.split(",") if relation.strip()}
    files = subprocess.run(["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True)
    shipped = {line.split(" -> ")[0].rsplit("/", 1)[-1] for line in files.stdout.splitlines()}
    # The plugin as the .deb carries it, not the venv's.
    with subprocess.Popen(["dpkg-deb", "--fsys-tarfile", str(deb)], stdout=subprocess.PIPE) as tar:
        subprocess.run(
            ["tar", "-x", "-C", str(tmp_path), f"./{QXCB}"], stdin=tar.stdout, check=True
        )
    xcb = [soname for soname in needed(tmp_path / QXCB) if soname.startswith("libxcb")]
    assert len(xcb) >= 5, xcb  # libxcb, -image, -shape, -randr, -render-util ... (Qt 6)
    for soname in xcb:
        assert soname not in shipped, f"{soname}: a copy of a Debian library in the .deb"
        assert package_of(soname) in named, f"{soname} ({package_of(soname)}) not in Depends"


@pytest.mark.timeout(1500)
def test_the_bundled_app_runs_the_demo_and_saves_a_screenshot(built: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_STATE_HOME": str(home / "state"),
        "QT_QPA_PLATFORM": "offscreen",
        "GUITAI_ALLOW_DEV_KEY_FILE": "1",
        "LANG": "C.UTF-8",
    }
    shot = tmp_path / "smoke.png"
    result = subprocess.run(
        [str(built / "guitai" / "guitai"), "--demo", "--smoke", str(shot)],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    image = QImage(str(shot))
    assert not image.isNull()
    assert image.width() >= 800 and image.height() >= 600
