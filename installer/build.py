#!/usr/bin/env python3
"""Builds the client bundle (PyInstaller onedir) and, on Linux, a .deb: `python installer/build.py`.

    dist/guitai/                  the onedir bundle (run dist/guitai/guitai)
    dist/guitai_VERSION_ARCH.deb  /opt/guitai, /usr/bin/guitai, a .desktop entry

Reproducible settings: PYTHONHASHSEED=0 and SOURCE_DATE_EPOCH (the last commit's time, or
$SOURCE_DATE_EPOCH when set). Needs `pip install -e .[installer,gui]` in the build venv and,
for the .deb, Debian's dpkg-dev (dpkg-deb, dpkg-shlibdeps).

The .deb's Depends are computed, not kept by hand: the libraries PyInstaller copied from the
build machine's Debian packages are left out of /opt/guitai, then `dpkg-shlibdeps` reads what
every ELF file left in the package (the executable, Python extensions, the Qt libraries and
plugins) links and names the Debian packages that ship those libraries. So every library the
build machine's Qt plugins link must be installed where the .deb is built; a missing one stops
the build with its name.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import platform
import re
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


OPTIONAL_PLUGINS = ("platformthemes/libqgtk3.so",)
"""Qt plugins Qt skips when their libraries are missing: what they link goes to Recommends, not
Depends (the GTK theme alone would pull GTK 3 onto a workstation that has no GNOME)."""

DLOPENED: dict[str, tuple[str, ...]] = {"Depends": (), "Recommends": ("gnome-keyring",)}
"""What the app uses at run time without linking it, so dpkg-shlibdeps cannot see it:
gnome-keyring, the Secret Service the OS keyring talks to over D-Bus (a workstation may
have another, so only recommended)."""


class DebError(Exception):
    """The .deb cannot be built here; the message says why and what to install."""


def elf_files(tree: Path) -> list[Path]:
    """The ELF files (executables and shared objects) under `tree`, symlinks left out."""
    found = []
    for path in sorted(tree.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as file:
                if file.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def system_libraries() -> dict[str, list[Path]]:
    """SONAME -> paths of the shared libraries the dynamic linker knows (`ldconfig -p`)."""
    listing = subprocess.run(
        ["ldconfig", "-p"],  # noqa: S607 - the system's ldconfig
        capture_output=True,
        text=True,
        check=True,
        env=dict(os.environ, PATH=f"{os.environ.get('PATH', '')}:/sbin:/usr/sbin"),
    ).stdout
    libraries: dict[str, list[Path]] = {}
    for line in listing.splitlines():
        match = re.match(r"\s*(\S+) \(.*\) => (\S+)$", line)
        if match:
            libraries.setdefault(match[1], []).append(Path(match[2]))
    return libraries


def owning_packages(paths: list[Path]) -> dict[Path, str]:
    """Path -> the installed Debian package that ships it (`dpkg-query -S`), where one does."""
    if not paths:
        return {}
    result = subprocess.run(  # noqa: S603 - the system's dpkg-query, paths of the system
        ["dpkg-query", "-S", *(str(p) for p in paths)],  # noqa: S607 - dpkg-query from PATH
        capture_output=True,
        text=True,
        env=dict(os.environ, LC_ALL="C"),
    )
    owners: dict[Path, str] = {}
    for line in result.stdout.splitlines():
        packages, _, path = line.partition(": ")
        if path and "," not in packages and not packages.startswith("diversion"):
            owners[Path(path)] = packages.split(":")[0]
    return owners


def drop_system_copies(app: Path) -> dict[str, str]:
    """Removes the libraries under `app` that are byte-for-byte copies of an installed Debian
    package's file (PyInstaller copies whatever the build machine has: libxcb-image, libX11,
    fontconfig, libstdc++ ...), so the package depends on the system's own, which the
    system updates and which fits its GL drivers and configuration. Returns name -> package."""
    known = system_libraries()
    copies: dict[Path, Path] = {}
    for path in elf_files(app):
        for system in known.get(path.name, []):
            if filecmp.cmp(path, system, shallow=False):
                copies[path] = Path(os.path.realpath(system))
                break
    # After the /usr merge, dpkg knows many libraries under /lib, not /usr/lib.
    spellings = {s: [s, merged_twin(s)] for s in set(copies.values())}
    owners = owning_packages(sorted({name for names in spellings.values() for name in names}))
    dropped: dict[str, str] = {}
    for path, system in copies.items():
        owner = next((owners[name] for name in spellings[system] if name in owners), None)
        if owner is not None:
            path.unlink()
            dropped[path.name] = owner
    for link in [p for p in app.rglob("*") if p.is_symlink() and not p.exists()]:
        link.unlink()  # a link to a dropped copy
    return dropped


def merged_twin(path: Path) -> Path:
    """/usr/lib/X for /lib/X and the other way round (the same file on a /usr-merged system)."""
    text = path.as_posix()
    if text.startswith("/usr/"):
        return Path(text.removeprefix("/usr"))
    return Path("/usr" + text)


MISSING_LIBRARY = re.compile(r"cannot find library (\S+) needed by (\S+)")


def shlib_depends(stage: Path, work: Path) -> dict[str, str]:
    """Depends and Recommends from what the ELF files under `stage` link (dpkg-shlibdeps).

    `stage` is the package tree (with DEBIAN/); libraries found inside it are the package's
    own and give no dependency. Raises DebError when a linked library is not installed here."""
    if shutil.which("dpkg-shlibdeps") is None:
        raise DebError(
            "dpkg-shlibdeps not found: the .deb's Depends are computed with it from what the "
            "bundle links. Install Debian's dpkg-dev (apt-get install dpkg-dev), or build "
            "only the bundle with --no-deb."
        )
    stage = stage.resolve()
    files = elf_files(stage / "opt")
    if not files:
        raise DebError(f"no ELF files under {stage / 'opt'}")
    optional = [f for f in files if any(f.as_posix().endswith(p) for p in OPTIONAL_PLUGINS)]
    required = [f for f in files if f not in optional]
    # dpkg-shlibdeps reads debian/control of the current folder; only its presence matters.
    source = work / "deb" / "shlibdeps"
    shutil.rmtree(source, ignore_errors=True)
    (source / "debian").mkdir(parents=True)
    (source / "debian" / "control").write_text(
        "Source: guitai\n\nPackage: guitai\nArchitecture: any\n", encoding="utf-8"
    )
    # Private libraries without a RUNPATH (PyInstaller's _internal) are found through -l.
    folders = sorted({"/" + f.parent.relative_to(stage).as_posix() for f in files})
    command = ["dpkg-shlibdeps", "-O", "--warnings=0", *(f"-l{d}" for d in folders)]
    command += ["-dDepends", *(f"-e{f}" for f in required)]
    command += ["-dRecommends", *(f"-e{f}" for f in optional)]
    result = subprocess.run(command, cwd=source, capture_output=True, text=True)  # noqa: S603 - the system's dpkg-shlibdeps, our own files
    if result.returncode != 0:
        missing = sorted({m[1] for m in MISSING_LIBRARY.finditer(result.stderr)})
        if missing:
            raise DebError(
                "these libraries, linked by the bundle, are not installed on this build "
                f"machine: {', '.join(missing)}. Install the Debian packages that ship them "
                "(`apt-file search NAME` tells which), then build again: the .deb's Depends "
                "name the package of every library the bundle links."
            )
        raise DebError("dpkg-shlibdeps failed:\n" + result.stderr.strip()[-3000:])
    fields = {"Depends": "", "Recommends": ""}
    for line in result.stdout.splitlines():
        name, _, value = line.partition("=")
        field = name.removeprefix("shlibs:")
        if field in fields:
            fields[field] = value.strip()
    return fields


def merge_relations(computed: str, extra: tuple[str, ...]) -> str:
    """`computed` (a dpkg-shlibdeps value) with the `extra` packages it does not name yet."""
    relations = [r.strip() for r in computed.split(",") if r.strip()]
    names = {r.split()[0] for r in relations}
    relations += [package for package in extra if package not in names]
    return ", ".join(sorted(relations))


def control_file(version: str, arch: str, size_kb: int, depends: str, recommends: str = "") -> str:
    """The Debian control file of the client package."""
    return (
        "Package: guitai\n"
        f"Version: {version}\n"
        "Section: misc\n"
        "Priority: optional\n"
        f"Architecture: {arch}\n"
        f"Installed-Size: {size_kb}\n"
        f"Depends: {depends}\n"
        + (f"Recommends: {recommends}\n" if recommends else "")
        + "Maintainer: Guitai <it@example.invalid>\n"
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
    dropped = drop_system_copies(stage / "opt" / "guitai")
    print(f"left out {len(dropped)} copies of Debian libraries: {' '.join(sorted(dropped))}")
    (stage / "DEBIAN").mkdir()  # before dpkg-shlibdeps: it marks the package's root
    fields = shlib_depends(stage, work)
    depends = merge_relations(fields["Depends"], DLOPENED["Depends"])
    recommends = merge_relations(fields["Recommends"], DLOPENED["Recommends"])
    print(f"Depends: {depends}\nRecommends: {recommends}")
    size_kb = tree_size(stage) // 1024
    (stage / "DEBIAN" / "control").write_text(
        control_file(version, arch, size_kb, depends, recommends), encoding="utf-8"
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
    """Builds the bundle, then (on Linux, unless --no-deb) the .deb."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-deb", action="store_true", help="only the onedir bundle")
    parser.add_argument("--dist", type=Path, default=DIST, help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=WORK, help="scratch folder (default: build/)")
    args = parser.parse_args(argv)
    deb = not args.no_deb and sys.platform == "linux"
    if deb and None in (shutil.which("dpkg-deb"), shutil.which("dpkg-shlibdeps")):
        print(
            "dpkg-deb and dpkg-shlibdeps are needed for the .deb (Debian's dpkg-dev: "
            "apt-get install dpkg-dev); pass --no-deb to build only the bundle",
            file=sys.stderr,
        )
        return 2
    epoch = source_date_epoch()
    started = time.monotonic()
    bundle = build_bundle(epoch, args.dist, args.work)
    seconds = time.monotonic() - started
    print(f"bundle={bundle} size_mb={tree_size(bundle) / 1e6:.1f} build_s={seconds:.0f}")
    if not deb:
        return 0
    try:
        out = build_deb(bundle, project_version(), epoch, args.work)
    except DebError as error:
        print(f"the .deb was not built: {error}", file=sys.stderr)
        return 2
    print(f"deb={out} deb_mb={out.stat().st_size / 1e6:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
