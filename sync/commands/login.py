"""`guitai login --server URL`: sign a profile in (user name and password: prompt or stdin).

A one-time password (a new or reset account) must be changed first: on a terminal the new
one is asked for; on stdin it is the line after the password."""

from __future__ import annotations

import argparse
import getpass
import sys

from client.commands.common import add_profile_argument, profile_dir
from client.credentials import SignedOutError, token_store_for
from client.errors import UsageError
from client.profile import Profile
from client.reasons import Reason
from client.settings import check_server_url
from client.store import LeaseUse, LocalCache
from sync.engine import sign_in
from sync.engine.transport import configured_transport


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--server", required=True, metavar="URL", help="e.g. https://crm.bank.cn")
    add_profile_argument(parser)
    parser.add_argument("--username", metavar="NAME", help="asked for when not given")
    parser.add_argument("--device-name", metavar="NAME", help="default: this computer's name")


def _credentials(args: argparse.Namespace) -> tuple[str, str, list[str]]:
    """User name, password and the lines of stdin after them."""
    rest: list[str] = []
    if sys.stdin.isatty():
        username = args.username or input("user name: ").strip()
        password = getpass.getpass("password: ")
    else:
        lines = sys.stdin.read().splitlines()
        if not args.username:
            if not lines:
                raise UsageError("give the user name and password on stdin, one per line")
            args.username, lines = lines[0].strip(), lines[1:]
        username = args.username
        password, rest = (lines[0], lines[1:]) if lines else ("", [])
    if not username or not password:
        raise UsageError("a user name and a password are needed")
    return username, password, rest


def _new_password(rest: list[str]) -> str:
    """The new password for a one-time one: asked twice on a terminal, else the next line."""
    if not sys.stdin.isatty():
        if not rest or not rest[0]:
            raise UsageError(
                "the password is a one-time password: give a new one on the line after it"
            )
        return rest[0]
    print("this is a one-time password: choose a new one")
    new = getpass.getpass("new password: ")
    if getpass.getpass("again: ") != new:
        raise UsageError("the two new passwords differ; nothing was changed")
    return new


def run(args: argparse.Namespace) -> int:
    if not args.server.startswith(("http://", "https://")):
        raise UsageError(f"{args.server!r} is not a server address (https://...)")
    args.server = check_server_url(args.server)  # before the password is asked for
    username, password, rest = _credentials(args)
    profile = Profile.open(profile_dir(args), create=True)
    tokens = token_store_for(profile.folder, profile.profile_id)
    with LocalCache.open(profile, lease=LeaseUse.SIGN_IN) as cache:
        transport = configured_transport(args.server)
        try:
            try:
                answer = sign_in(
                    cache, transport, username, password, tokens, device_name=args.device_name
                )
            except SignedOutError as exc:
                if exc.code is not Reason.PASSWORD_CHANGE_REQUIRED:
                    raise
                answer = sign_in(
                    cache,
                    transport,
                    username,
                    password,
                    tokens,
                    device_name=args.device_name,
                    new_password=_new_password(rest),
                )
        finally:
            transport.close()
    user = answer.user
    print(
        f"signed in as {user.display_name} ({user.role}, branch {user.branch_code}) "
        f"until {answer.expires_at:%Y-%m-%d %H:%M} UTC; run `guitai sync` to download"
    )
    return 0
