"""`guitai`: headless commands without Qt, the GUI's --smoke screenshot, options."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QLocale

from ui.app import is_headless
from ui.i18n import system_language

ROOT = Path(__file__).resolve().parents[2]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    env["GUITAI_ALLOW_DEV_KEY_FILE"] = "1"
    return env


def test_a_headless_command_runs_without_loading_qt(demo_dir: Path) -> None:
    code = (
        "import sys; from ui.app import main; "
        f"rc = main(['search', 'zhang', '--profile', {str(demo_dir)!r}, '--limit', '2']); "
        "assert 'PySide6' not in sys.modules, 'Qt was loaded'; sys.exit(rc)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=_env(), capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "C0" in done.stdout


def test_which_arguments_are_headless() -> None:
    assert is_headless(["search", "x"])
    assert is_headless(["-v", "show", "C1"])
    assert is_headless(["--help"])
    assert not is_headless([])
    assert not is_headless(["--demo"])
    assert not is_headless(["--profile", "x", "--smoke", "a.png"])


def test_smoke_writes_a_screenshot(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    done = subprocess.run(
        [sys.executable, "-m", "ui.app", "--profile", str(demo_dir), "--smoke", str(out)],
        cwd=ROOT,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"\x89PNG") and out.stat().st_size > 10_000


def test_smoke_fails_with_a_message_when_nothing_is_found(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "ui.app",
            "--profile",
            str(demo_dir),
            "--smoke",
            str(out),
            "--smoke-query",
            "qqqqqqqq",
        ],
        cwd=ROOT,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode != 0
    assert "no customer found" in done.stderr


def test_a_missing_profile_is_refused_with_a_message(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "ui.app", "--profile", str(tmp_path / "none"), "--smoke", "x.png"],
        cwd=ROOT,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode != 0
    assert "no Guitai profile" in done.stderr


def test_the_system_locale_picks_the_language() -> None:
    assert system_language(QLocale("zh_CN")) == "zh_CN"
    assert system_language(QLocale("zh_TW")) == "zh_TW"
    assert system_language(QLocale("zh_HK")) == "zh_TW"
    assert system_language(QLocale("en_US")) == "en"
    assert system_language(QLocale("de_DE")) == "en"
