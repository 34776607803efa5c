"""A workstation profile: a folder holding one encrypted cache and the profile's identity."""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from client.errors import CacheError, UsageError

PROFILE_FILE = "profile.json"
CACHE_FILE = "cache.db"


def default_profile_dir() -> Path:
    override = os.environ.get("GUITAI_PROFILE")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir("Guitai", appauthor=False)) / "default"


@dataclass(frozen=True)
class Profile:
    folder: Path
    profile_id: str

    @property
    def cache_path(self) -> Path:
        return self.folder / CACHE_FILE

    @property
    def has_cache(self) -> bool:
        return self.cache_path.exists()

    @classmethod
    def open(cls, folder: Path, *, create: bool = False) -> Profile:
        """Opens the profile in `folder`, creating folder and identity when `create` is set."""
        folder = Path(folder).expanduser()
        if folder.exists() and not folder.is_dir():
            raise UsageError(f"the profile path {folder} is a file, not a folder")
        meta = folder / PROFILE_FILE
        if meta.exists():
            return cls(folder, _read_profile_id(meta))
        if not create:
            raise UsageError(
                f"there is no Guitai profile in {folder}; create one with "
                f"`guitai demo --profile {folder}` or sign in to a server"
            )
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        profile_id = str(uuid.uuid4())
        tmp = meta.with_suffix(".tmp")
        tmp.write_text(json.dumps({"profile_id": profile_id}), encoding="utf-8")
        tmp.replace(meta)
        return cls(folder, profile_id)


def _read_profile_id(meta: Path) -> str:
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
        return str(uuid.UUID(str(data["profile_id"])))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise CacheError(f"the profile file {meta} is damaged ({exc})") from exc
