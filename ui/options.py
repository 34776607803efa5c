"""The GUI's command line (no Qt here, so `guitai --help` stays fast)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="guitai", description="Guitai (柜台): the teller workspace; see also `guitai --help`."
    )
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--profile", type=Path, metavar="DIR", help="open the profile in DIR")
    source.add_argument(
        "--demo", action="store_true", help="open the demo bank (built on first use)"
    )
    parser.add_argument(
        "--as",
        dest="as_user",
        metavar="USERNAME",
        help="with --demo: sign in as this demo user (password demo) and show their home",
    )
    parser.add_argument(
        "--smoke",
        type=Path,
        metavar="OUT.png",
        help="search and open a customer (with --as: show that user's home), save a "
        "screenshot to OUT.png and exit",
    )
    parser.add_argument("--smoke-query", default="zhang", help=argparse.SUPPRESS)
    parser.add_argument(
        "--language", choices=["zh_CN", "zh_TW", "en"], help="the interface language"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log to the terminal too")
    return parser


def parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = build_parser()
    args = parser.parse_args(list(argv))
    if args.as_user is not None and not args.demo:
        parser.error("--as needs --demo (a profile signs in as its own user)")
    return args


GUI_HELP = """\
Without a command, guitai opens the teller workspace:
  guitai [--profile DIR | --demo [--as USERNAME]] [--language zh_CN|zh_TW|en]
         [--smoke OUT.png]
With no profile yet, it first asks for the server address (or takes it from the machine
settings) and signs in; the window locks after idle_lock_minutes without input.
"""
