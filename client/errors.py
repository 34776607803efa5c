"""Errors a user or IT can act on. The CLI prints their message; no traceback.

Each carries a `code` (`client.reasons.Reason`): a class default per kind, overridable per
raise. The interface and the exit codes switch on it; `exit_code` is derived from it. A
refused field value also names its `field` (as the forms name their fields) and may carry
`details` (such as the `limit` of a text that is too long).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, ClassVar

from client.reasons import Reason, exit_code_of

NO_DETAILS: Mapping[str, Any] = MappingProxyType({})


class _ExitCode:
    """`exit_code`, derived from the code: the raised error's, or the class's default."""

    def __get__(self, obj: GuitaiError | None, owner: type[GuitaiError]) -> int:
        return exit_code_of(owner.default_code if obj is None else obj.code)


class GuitaiError(Exception):
    """An error with a message meant for the person at the keyboard."""

    default_code: ClassVar[Reason] = Reason.FAILED

    def __init__(
        self,
        message: str = "",
        *,
        code: Reason | None = None,
        field: str | None = None,
        details: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.code: Reason = code or self.default_code
        self.field = field
        self.details: Mapping[str, Any] = NO_DETAILS if details is None else details

    exit_code = _ExitCode()


class UsageError(GuitaiError):
    """The command line or a form field was wrong."""

    default_code = Reason.USAGE


class NotFoundError(GuitaiError):
    """The thing asked for does not exist in this cache."""

    default_code = Reason.NOT_FOUND


class KeyUnavailableError(GuitaiError):
    """The cache's encryption key cannot be had: no keyring, or the key is missing."""

    default_code = Reason.KEY_UNAVAILABLE


class CacheError(GuitaiError):
    """The local cache cannot be opened: damaged, wrong key, or from a newer version."""

    default_code = Reason.CACHE_UNUSABLE


class DiskFullError(CacheError):
    """The disk, or the cache's database, ran out of space (`client.store` classifies it)."""

    default_code = Reason.DISK_FULL
