"""`guitai`: the teller app and its headless commands."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Mapping, Sequence
from types import ModuleType

from client.errors import GuitaiError
from client.logs import setup_logging

log = logging.getLogger(__name__)

COMMANDS = {
    "demo": ("client.commands.demo", "fill a profile's cache with a generated demo bank"),
    "search": ("client.commands.search", "find customers in a profile's cache"),
    "show": ("client.commands.show", "show the whole relationship of one customer"),
    "history": ("client.commands.history", "who changed or viewed one customer, and when"),
    "pin": ("client.commands.pins", "keep a customer in the cache whatever its follow's age"),
    "unpin": ("client.commands.pins", "remove a customer's pin"),
    "pins": ("client.commands.pins", "list the pinned customers"),
    "doctor": ("client.commands.doctor", "check this workstation: settings, server, TLS, keyring"),
    "rekey": ("client.commands.rekey", "re-encrypt a profile's cache under a new key"),
    "tasks": ("client.commands.tasks", "open tasks: due date, customer, assignee"),
    "task": ("client.commands.task", "close a task or give it to another user (offline)"),
    "today": ("client.commands.today", "the branch's day: bookings, tasks, KYC, offers"),
    "offer": ("client.commands.offer", "record a customer's response to an offer (offline)"),
}

EXIT_INTERNAL_ERROR = 70


Commands = Mapping[str, tuple[str, str]]
"""Command name -> (module with `add_arguments` and `run`, one-line help)."""


def build_parser(commands: Commands = COMMANDS) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="guitai", description="Guitai (柜台): the offline-capable branch CRM client."
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log to the terminal too")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module, help_text) in commands.items():
        command_parser = sub.add_parser(name, help=help_text, description=help_text)
        importlib.import_module(module).add_arguments(command_parser)
    return parser


def main(argv: Sequence[str] | None = None, commands: Commands = COMMANDS) -> int:
    """Runs one headless command; layers above pass `commands` with their own added."""
    parser = build_parser(commands)
    args = parser.parse_args(argv)
    log_file = setup_logging(args.verbose)
    if args.command is None:
        parser.print_help()
        return 0
    try:
        module: ModuleType = importlib.import_module(commands[args.command][0])
        return int(module.run(args))
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
