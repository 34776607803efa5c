"""Starts the teller workspace: application, fonts, language, profile, main window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from client.errors import GuitaiError
from client.logs import setup_logging
from client.profile import Profile, default_profile_dir
from ui.options import parse


def open_profile(args: argparse.Namespace) -> Profile:
    """The profile the options name: --profile, --demo, else the default (or the demo)."""
    if args.profile is not None:
        return Profile.open(args.profile)
    if not args.demo:
        default = default_profile_dir()
        if (default / "profile.json").exists():
            return Profile.open(default)
    from ui.demo import demo_dir, prepare_demo

    if not (demo_dir() / "cache.db").exists():
        print(f"guitai: building the demo bank in {demo_dir()} (once) ...", file=sys.stderr)
    return prepare_demo()


def run_gui(argv: Sequence[str]) -> int:
    """Runs the GUI until its window closes; the exit code."""
    args = parse(argv)
    if args.smoke is not None and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    setup_logging(args.verbose)
    try:
        profile = open_profile(args)
    except GuitaiError as exc:
        print(f"guitai: {exc}", file=sys.stderr)
        return exc.exit_code
    from PySide6.QtWidgets import QApplication

    from ui.fonts import install_fonts
    from ui.i18n import Translations, system_language
    from ui.mainwindow import MainWindow
    from ui.paths import STYLE_SHEET
    from ui.status import StatusProvider

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    app.setApplicationName("Guitai")
    install_fonts(app)
    if STYLE_SHEET.exists():
        app.setStyleSheet(STYLE_SHEET.read_text(encoding="utf-8"))
    translations = Translations(app)
    translations.switch(args.language or system_language())
    window = MainWindow(profile, translations, StatusProvider())
    smoke = None
    if args.smoke is not None:
        from ui.smoke import SmokeRun

        smoke = SmokeRun(app, window, args.smoke, args.smoke_query)
    window.show()
    code = app.exec()
    window.cache.shutdown()
    return smoke.code if smoke is not None else int(code)
