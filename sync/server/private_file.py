"""Files only their owner may read (mode 0600): where one-time passwords are written."""

from __future__ import annotations

import csv
import os
from pathlib import Path

from client.errors import UsageError


def write_passwords(path: Path, passwords: list[tuple[str, str]]) -> None:
    """Writes `username,password` lines to a new file of mode 0600; refuses an existing file
    (it may hold passwords not handed out yet)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise UsageError(
            f"{path} exists already: give a new file for the passwords (the old one may hold "
            "passwords not handed out yet)"
        ) from None
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror}") from None
    try:
        os.fchmod(fd, 0o600)  # whatever the umask
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(("username", "password"))
            writer.writerows(passwords)
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def check_writable(path: Path) -> None:
    """Refuses, before anything is changed, a passwords file that could not be written."""
    if path.exists():
        raise UsageError(
            f"{path} exists already: give a new file for the passwords (the old one may hold "
            "passwords not handed out yet)"
        )
    if not path.parent.is_dir() or not os.access(path.parent, os.W_OK):
        raise UsageError(f"cannot write {path}: its folder is missing or not writable")
