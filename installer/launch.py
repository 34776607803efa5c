"""The bundle's entry point: the Qt app when it is built in, else the headless `guitai` CLI."""

from __future__ import annotations

import sys
from collections.abc import Callable


def entry_point() -> Callable[[], int | None]:
    """`ui.app.main` when importable, else `sync.cli.main`, else `client.cli.main`."""
    try:
        from ui.app import main as ui_main
    except ImportError:
        pass
    else:
        return ui_main
    try:
        from sync.cli import main as sync_main
    except ImportError:
        from client.cli import main as client_main

        return client_main
    return sync_main


if __name__ == "__main__":
    sys.exit(entry_point()())
