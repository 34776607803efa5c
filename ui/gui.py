"""Starts the teller workspace: application, fonts, language, profile, main window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from client.errors import GuitaiError
from client.logs import setup_logging
from client.profile import Profile, default_profile_dir
from client.settings import LoadedSettings, load_settings
from sync.workstation import SignInRequest, first_run_request
from ui.options import parse
from ui.session import AppSession, demo_dir, open_session, start_demo


def open_app_session(
    args: argparse.Namespace, loaded: LoadedSettings
) -> AppSession | SignInRequest:
    """The session the options name: --profile, --demo, else the default profile; without
    one, where the first sign-in goes."""
    if args.profile is not None:
        return open_session(Profile.open(args.profile))
    if not args.demo:
        default = default_profile_dir()
        if (default / "profile.json").exists():
            return open_session(Profile.open(default))
        return first_run_request(default, loaded)
    if not (demo_dir() / "server").exists():
        print(f"guitai: making the demo bank in {demo_dir()} (once) ...", file=sys.stderr)
    return start_demo(username=args.as_user)


def run_gui(argv: Sequence[str]) -> int:
    """Runs the GUI until its window closes; the exit code."""
    args = parse(argv)
    if args.smoke is not None and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    log_path = setup_logging(args.verbose)
    try:
        loaded = load_settings()
        opened = open_app_session(args, loaded)
    except GuitaiError as exc:
        print(f"guitai: {exc}", file=sys.stderr)
        return exc.exit_code
    from PySide6.QtWidgets import QApplication

    from ui.errors import install_crash_handler, install_error_dialogs
    from ui.fonts import install_fonts
    from ui.i18n import Translations, starting_language
    from ui.lock import idle_lock_ms, install_idle_lock
    from ui.mainwindow import MainWindow
    from ui.signin import signed_in_session
    from ui.theme import apply_theme
    from ui.workspace import Workspace

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)  # noqa: S101 - narrows a type for mypy; not a run-time check
    app.setApplicationName("Guitai")
    install_fonts(app)
    apply_theme(app)
    translations = Translations(app)
    translations.switch(starting_language(args.language, loaded.settings.language))
    install_crash_handler(log_path)
    session = signed_in_session(opened, loaded.settings)
    if session is None:
        print("guitai: not signed in", file=sys.stderr)
        return 1
    workspace = Workspace(session.profile, session=session)
    window = MainWindow(workspace, translations)
    install_error_dialogs(window, workspace, loaded.settings)
    install_idle_lock(window, workspace, idle_lock_ms(loaded.settings))
    smoke = None
    if args.smoke is not None:
        from ui.smoke import SmokeRun

        smoke = SmokeRun(app, window, args.smoke, args.smoke_query, home=args.as_user is not None)
    window.show()
    try:
        code = app.exec()
    finally:
        workspace.shutdown()
        session.close()
    return smoke.code if smoke is not None else int(code)
