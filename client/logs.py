"""Logging to a rotating file per user; never customer data or secrets at INFO and above."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

import platformdirs


def log_dir() -> Path:
    override = os.environ.get("GUITAI_LOG_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_log_dir("Guitai", appauthor=False))


def setup_logging(verbose: bool = False) -> Path:
    """Sends log records to `guitai.log` (and to stderr when verbose); returns the file."""
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "guitai.log"
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for old in [h for h in root.handlers if getattr(h, "guitai", False)]:
        root.removeHandler(old)
        old.close()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=5_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handlers: list[logging.Handler] = [handler]
    if verbose:
        handlers.append(logging.StreamHandler())
    for h in handlers:
        h.guitai = True  # type: ignore[attr-defined]
        root.addHandler(h)
    return path
