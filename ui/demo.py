"""The demo profile the GUI opens with --demo (later: an in-process server and a sign-in)."""

from __future__ import annotations

import logging
from pathlib import Path

import platformdirs

from client.demo.fill import generate_demo
from client.profile import Profile

log = logging.getLogger(__name__)

DEMO_CUSTOMERS = 5_000


def demo_dir() -> Path:
    """The per-user folder of the demo profile."""
    return Path(platformdirs.user_data_dir("Guitai", appauthor=False)) / "demo"


def prepare_demo(folder: Path | None = None, customers: int = DEMO_CUSTOMERS) -> Profile:
    """Builds the demo profile's cache once (or reuses it) and returns the profile."""
    profile = Profile.open(folder or demo_dir(), create=True)
    if not profile.has_cache:
        log.info("building a demo bank of %d customers in %s", customers, profile.folder)
        generate_demo(profile, customers)
    return profile
