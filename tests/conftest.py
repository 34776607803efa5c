"""Test-wide settings: logs go to a temporary folder, caches may use a development key file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _isolated_environment(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    monkeypatch.setenv("GUITAI_LOG_DIR", str(tmp_path_factory.mktemp("logs")))
    monkeypatch.setenv("GUITAI_ALLOW_DEV_KEY_FILE", "1")
    monkeypatch.delenv("GUITAI_PROFILE", raising=False)
    yield


@pytest.fixture
def profile_dir(tmp_path: Path) -> Path:
    return tmp_path / "profile"
