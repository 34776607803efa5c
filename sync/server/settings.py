"""The server's tunables, fixed when the app is created."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from argon2 import PasswordHasher

from client.schema.base import utcnow


@dataclass(frozen=True)
class ServerSettings:
    token_ttl: timedelta = timedelta(hours=12)
    offline_grace_days: int = 7
    max_wait_seconds: float = 60.0
    hasher: PasswordHasher = field(default_factory=PasswordHasher)
    clock: Callable[[], datetime] = utcnow
