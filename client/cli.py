"""`guitai`: the teller app and its headless commands."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from types import ModuleType

from client.errors import GuitaiError
from client.logs import setup_logging

log = logging.getLogger(__name__)

COMMANDS = {
    "demo": ("client.commands.demo", "fill a profile's cache with a generated demo bank"),
    "search": ("client.commands.search", "find customers in a profile's cache"),
    "show": ("client.commands.show", "show the whole relationship of one customer"),
}

EXIT_INTERNAL_ERROR = 70


def _command(name: str) -> ModuleType:
    return importlib.import_module(COMMANDS[name][0])


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="guitai", description="Guitai (柜台): the offline-capable branch CRM client."
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log to the terminal too")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (_module, help_text) in COMMANDS.items():
        command_parser = sub.add_parser(name, help=help_text, description=help_text)
        _command(name).add_arguments(command_parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    log_file = setup_logging(args.verbose)
    if args.command is None:
        parser.print_help()
        return 0
    try:
        return int(_command(args.command).run(args))
    except GuitaiError as exc:
        print(f"guitai {args.command}: {exc}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print(f"guitai {args.command}: interrupted; nothing half-written was kept", file=sys.stderr)
        return 130
    except Exception:
        log.exception("internal error in guitai %s", args.command)
        print(f"guitai {args.command}: internal error; details are in {log_file}", file=sys.stderr)
        return EXIT_INTERNAL_ERROR


if __name__ == "__main__":
    sys.exit(main())
