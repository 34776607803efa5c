"""Errors a user or IT can act on. The CLI prints their message; no traceback."""

from __future__ import annotations


class GuitaiError(Exception):
    """An error with a message meant for the person at the keyboard."""

    exit_code = 1


class UsageError(GuitaiError):
    """The command line or a form field was wrong."""

    exit_code = 2


class NotFoundError(GuitaiError):
    """The thing asked for does not exist in this cache."""

    exit_code = 3


class KeyUnavailableError(GuitaiError):
    """The cache's encryption key cannot be had: no keyring, or the key is missing."""

    exit_code = 4


class CacheError(GuitaiError):
    """The local cache cannot be opened: damaged, wrong key, or from a newer version."""

    exit_code = 5
