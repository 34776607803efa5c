"""`guitai`: the teller workspace, or a headless command when one is named (no Qt loaded)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

HELP_FLAGS = {"-h", "--help"}


def is_headless(argv: Sequence[str]) -> bool:
    """True when argv names a headless command (or asks for help)."""
    from sync.cli import COMMANDS

    words = [a for a in argv if a not in ("-v", "--verbose")]
    return bool(words) and (words[0] in COMMANDS or words[0] in HELP_FLAGS)


def main(argv: Sequence[str] | None = None) -> int:
    """Runs a headless command through sync.cli, else starts the GUI."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--sync-child"]:  # sync.engine.child.CHILD_FLAG, from the frozen bundle
        from sync.engine import child

        return child.main()
    if is_headless(args):
        from sync import cli

        if args and args[0] in HELP_FLAGS:
            from ui.options import GUI_HELP

            print(GUI_HELP)
        return cli.main(args)
    from ui.gui import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
