"""`guitai` headless commands: the cache's own (`client.cli`) plus those that talk to a server."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from client import cli

COMMANDS: cli.Commands = {
    **cli.COMMANDS,
    "login": ("sync.commands.login", "sign a profile in to the central server"),
    "sync": ("sync.commands.sync", "upload pending edits and download changes"),
    "status": ("sync.commands.status", "what waits to upload, conflicts, last sync"),
    "customer": ("sync.commands.customer", "change a customer offline (queued for upload)"),
    "conflicts": ("sync.commands.conflicts", "list edits the server did not apply; resolve one"),
}


def main(argv: Sequence[str] | None = None) -> int:
    return cli.main(argv, COMMANDS)


if __name__ == "__main__":
    sys.exit(main())
