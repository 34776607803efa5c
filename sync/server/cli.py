"""`guitai-server`: the central server's administration commands."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from types import ModuleType

from client.errors import GuitaiError
from client.logs import setup_logging

log = logging.getLogger(__name__)

COMMANDS = {
    "init": ("sync.server.commands.init", "create the database or upgrade its schema"),
    "serve": ("sync.server.commands.serve", "run the HTTP server"),
    "user": ("sync.server.commands.user", "manage users"),
    "branch": ("sync.server.commands.branch", "add and list branches"),
    "segment": ("sync.server.commands.segment", "add and list customer segments"),
    "feedback": (
        "sync.server.commands.feedback",
        "the branches' segment feedback: list, answer, lift an accepted move",
    ),
    "watch": ("sync.server.commands.watch", "watched groups of customers and their changes"),
    "campaign": ("sync.server.commands.campaign", "campaigns and the offers they make"),
    "calendar": ("sync.server.commands.calendar", "RMs' working hours (bookable slots)"),
    "device": ("sync.server.commands.device", "manage workstations"),
    "service": (
        "sync.server.commands.service",
        "channel service accounts (call centre, internet, mobile banking)",
    ),
    "audit": ("sync.server.commands.audit", "search the audit trail; verify its chains"),
    "import": ("sync.server.commands.import_csv", "import customers, accounts, ... from CSV"),
    "milestone": (
        "sync.server.commands.milestone",
        "head office's half-year targets per branch (the evaluation's milestones)",
    ),
    "report": ("sync.server.commands.report", "the quarterly evaluation (JSON, CSV, XLSX, PDF)"),
    "snapshot": ("sync.server.commands.snapshot", "prebuild the first download of a scope"),
    "seed-demo": ("sync.server.commands.seed_demo", "fill the server with a generated demo bank"),
}

EXIT_INTERNAL_ERROR = 70


def _command(name: str) -> ModuleType:
    return importlib.import_module(COMMANDS[name][0])


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="guitai-server", description="Guitai central server: the branches' shared CRM."
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
        print(f"guitai-server {args.command}: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(f"guitai-server {args.command}: interrupted", file=sys.stderr)
        return 130
    except Exception:
        log.exception("internal error in guitai-server %s", args.command)
        print(
            f"guitai-server {args.command}: internal error; details are in {log_file}",
            file=sys.stderr,
        )
        return EXIT_INTERNAL_ERROR


if __name__ == "__main__":
    sys.exit(main())
