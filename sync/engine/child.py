"""One sync round in a process of its own, reporting its status as JSON lines on stdout.

The window runs a workstation's initial sync this way. A million-row download parses pages
and sorts search terms in Python for minutes; in a thread of the window's process that work
holds the interpreter lock and the screen stops answering. In a child it cannot, and killing
the child is safe: the download resumes from its last stored page.

Input: one JSON line on stdin, {"profile": DIR, "url": URL, "token": TOKEN}: the token comes
this way so that no other process sees it in an argument list or an environment.
Output: one line per status change, {"status": {...}} (see `sync.status.status_to_json`),
then {"ok": true, "rows": N} and exit 0, or {"ok": false, "error": WORDS, "transient": BOOL}
and exit 1.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from client.credentials import SignedOutError
from client.errors import GuitaiError
from client.logs import setup_logging
from client.profile import Profile
from client.reasons import Reason, reason_of
from client.store import LeaseUse, LocalCache
from sync.engine.engine import SyncEngine
from sync.engine.transport import SyncError, configured_transport
from sync.status import SyncStatus, status_from_json, status_to_json

CHILD_FLAG = "--sync-child"
"""The frozen app's argument that runs `main()` (the bundle has no `python -m`)."""


def _say(out: TextIO, message: dict[str, Any]) -> None:
    out.write(json.dumps(message, ensure_ascii=False) + "\n")
    out.flush()


def run_round(request: dict[str, Any], out: TextIO) -> int:
    """Syncs the profile that `request` names, reporting to `out`; the exit code."""
    try:
        profile = Profile.open(Path(str(request["profile"])))
        url, token = str(request["url"]), request.get("token")
    except (KeyError, TypeError) as exc:
        _say(out, {"ok": False, "error": f"bad request to the sync process: {exc}"})
        return 1
    except GuitaiError as exc:
        _say(out, {"ok": False, "error": str(exc), "transient": False, "code": exc.code})
        return 1

    def report(status: SyncStatus) -> None:
        _say(out, {"status": status_to_json(status)})

    try:
        with LocalCache.open(profile, lease=LeaseUse.CONTACT) as cache:
            transport = configured_transport(url, token=None if token is None else str(token))
            engine = SyncEngine(cache, transport, on_status=report)
            try:
                result = engine.sync()
            finally:
                engine.close()
                transport.close()
    except SyncError as exc:
        _say(out, {"ok": False, "error": str(exc), "transient": exc.transient, "code": exc.code})
        return 1
    except GuitaiError as exc:
        kind = type(exc).__name__
        _say(
            out,
            {"ok": False, "error": str(exc), "transient": False, "kind": kind, "code": exc.code},
        )
        return 1
    _say(out, {"ok": True, "rows": result.snapshot_rows + result.pulled})
    return 0


class ChildSyncError(SyncError):
    """The sync process failed; `transient` as the child said (a crash counts as transient)."""

    def __init__(self, message: str, transient: bool, code: Reason | None = None) -> None:
        super().__init__(message, code=code)
        self.transient = transient


def child_command() -> list[str]:
    """How to start this module as a process, from source or from the frozen bundle."""
    if getattr(sys, "frozen", False):
        return [sys.executable, CHILD_FLAG]
    return [sys.executable, "-m", __name__ if __name__ != "__main__" else "sync.engine.child"]


def child_request(engine: SyncEngine) -> dict[str, Any]:
    """The line the child reads on stdin: `engine`'s profile, server and sign-in token."""
    return {
        "profile": str(engine.cache.profile.folder),
        "url": engine.transport.base_url,
        "token": engine.transport.token,
    }


def sync_in_child(
    engine: SyncEngine,
    on_status: Callable[[SyncStatus], None],
    stop: threading.Event,
) -> int:
    """One round of `engine`'s profile in a child process; the rows it stored.

    Statuses reach `on_status` as the child reports them. `stop` set ends the child (the
    download resumes next time). Raises ChildSyncError when the round failed.
    """
    request = child_request(engine)
    child = subprocess.Popen(  # noqa: S603 - our own executable or build tool, fixed arguments
        child_command(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    assert child.stdin is not None and child.stdout is not None  # noqa: S101 - narrows a type for mypy; not a run-time check
    child.stdin.write(json.dumps(request) + "\n")
    child.stdin.close()
    watcher = threading.Thread(target=_end_on_stop, args=(child, stop), daemon=True)
    watcher.start()
    outcome: dict[str, Any] | None = None
    for line in child.stdout:
        try:
            message = json.loads(line)
            if "status" in message:
                on_status(status_from_json(message["status"]))
            elif "ok" in message:
                outcome = message
        except (ValueError, KeyError, TypeError):
            continue
    code = child.wait()
    if stop.is_set():
        raise ChildSyncError("the sync was stopped", transient=True)
    if outcome is not None and outcome.get("kind") == SignedOutError.__name__:
        said = reason_of(outcome.get("code"), Reason.SIGNED_OUT)
        raise SignedOutError(str(outcome.get("error")), code=said)
    if outcome is None or code != 0:
        error = (outcome or {}).get("error") or f"the sync process ended with code {code}"
        transient = bool((outcome or {"transient": True}).get("transient", False))
        raise ChildSyncError(
            str(error), transient, reason_of((outcome or {}).get("code"), Reason.SERVER_PROBLEM)
        )
    return int(outcome.get("rows", 0))


def _end_on_stop(child: subprocess.Popen[str], stop: threading.Event) -> None:
    while child.poll() is None:
        if stop.wait(0.2):
            child.terminate()
            return


def main() -> int:
    setup_logging(False)
    line = sys.stdin.readline()
    try:
        request = json.loads(line)
    except json.JSONDecodeError as exc:
        _say(sys.stdout, {"ok": False, "error": f"bad request to the sync process: {exc}"})
        return 1
    if not isinstance(request, dict):
        _say(sys.stdout, {"ok": False, "error": "bad request to the sync process: not an object"})
        return 1
    try:
        return run_round(request, sys.stdout)
    except BrokenPipeError:
        # The window went away mid-round: stop quietly; the next round resumes the download.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


if __name__ == "__main__":
    sys.exit(main())
