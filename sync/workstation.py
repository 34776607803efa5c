"""Signing this workstation in from the GUI: online through the configured trust and proxy,
offline against the verifier of an earlier sign-in, and the password check of the lock screen.

No Qt here: the GUI runs these functions in background threads and shows their outcome.
A first sign-in works in a staging folder beside the profile and moves it into place only
once the server accepted the user, so a failed first run leaves no empty profile behind.
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from argon2.exceptions import InvalidHashError, VerificationError

from client.credentials import VERIFIER_HASHER, OfflineVerifier, SignedOutError, token_store_for
from client.errors import GuitaiError, UsageError
from client.profile import PROFILE_FILE, Profile
from client.reasons import Reason
from client.schema.base import utcnow
from client.settings import VALIDATORS, InsecureServerValue, LoadedSettings, Settings
from client.store import LeaseUse, LocalCache, disk_full
from sync.engine.signin import counted, sign_in, sign_in_offline, signed_in_user, stored
from sync.engine.transport import OfflineError, SyncError, Transport, configured_transport
from sync.protocol import UserInfo
from sync.replica import state

SIGN_IN_TIMEOUT = 15.0
STAGING_SUFFIX = ".signing-in"
POLICY_ORIGIN = "machine policy"


class Problem(StrEnum):
    """What went wrong, in kinds the GUI words for the user."""

    UNREACHABLE = "unreachable"
    UNTRUSTED = "untrusted"
    WRONG_PASSWORD = "wrong password"  # noqa: S105 - a name or reason code, not a password
    SIGNED_OUT = "signed out"
    DISK_FULL = "disk full"
    DEPROVISIONED = "deprovisioned"
    """The workstation was revoked or its user disabled, and its cache wiped (a sign-in
    refused so is SIGNED_OUT: nothing was wiped)."""
    OTHER = "other"


OFFLINE_CODES = frozenset({Reason.DIRECTORY_UNREACHABLE, Reason.DATABASE_UNAVAILABLE})
"""Server answers that mean "the password cannot be checked now": sign in offline instead."""


@dataclass(frozen=True)
class SignInRequest:
    """Where to sign in: the profile folder, the server address and whether it may change."""

    folder: Path
    server_url: str | None
    server_fixed: bool
    username: str | None = None


@dataclass(frozen=True)
class SignedIn:
    profile: Profile
    user: UserInfo
    token: str | None
    """None after an offline sign-in."""
    offline: bool


def first_run_request(folder: Path, loaded: LoadedSettings) -> SignInRequest:
    """Signing in to a new profile in `folder`, the server address from the settings."""
    fixed = loaded.settings.server_url is not None and loaded.origins["server_url"].startswith(
        POLICY_ORIGIN
    )
    return SignInRequest(folder, loaded.settings.server_url, fixed)


def server_address(text: str) -> str:
    """The server address as settings accept it; UsageError when it is not one."""
    try:
        url = VALIDATORS["server_url"](text, None)
    except InsecureServerValue as exc:
        raise UsageError(str(exc), code=Reason.INSECURE_SERVER, field="server") from None
    except ValueError as exc:
        raise UsageError(str(exc), field="server") from None
    if url is None:
        raise UsageError("a server address is needed", code=Reason.REQUIRED, field="server")
    return str(url)


def transport_for(url: str, settings: Settings | None) -> Transport:
    """A transport to `url` through the configured CA trust and proxy."""
    return configured_transport(url, timeout=SIGN_IN_TIMEOUT, settings=settings or Settings())


def staging_folder(folder: Path) -> Path:
    return folder.with_name(folder.name + STAGING_SUFFIX)


def sign_in_workstation(
    request: SignInRequest,
    url: str,
    username: str,
    password: str,
    settings: Settings | None = None,
    now: datetime | None = None,
    new_password: str | None = None,
) -> SignedIn:
    """Signs in online; when the server cannot be reached, offline against the verifier.
    With `new_password`, online only: the password is changed first (a one-time one)."""
    address = server_address(url)  # refused (plain http elsewhere...) before anything is made
    first_run = not (request.folder / PROFILE_FILE).exists()
    folder = staging_folder(request.folder) if first_run else request.folder
    profile = Profile.open(folder, create=True)
    with LocalCache.open(profile, lease=LeaseUse.SIGN_IN) as cache:
        transport = transport_for(address, settings)
        try:
            answer = sign_in(
                cache,
                transport,
                username,
                password,
                token_store_for(profile.folder, profile.profile_id),
                new_password=new_password,
            )
        except SyncError as exc:
            unreachable = isinstance(exc, OfflineError) or exc.server_code in OFFLINE_CODES
            if not unreachable or first_run or new_password is not None:
                raise
            if problem_of(exc) is Problem.UNTRUSTED:
                raise
            user = sign_in_offline(cache, username, password, now or utcnow())
            return SignedIn(profile, user, None, offline=True)
        finally:
            transport.close()
    if first_run:
        folder.replace(request.folder)
        profile = Profile.open(request.folder)
    return SignedIn(profile, answer.user, answer.token, offline=False)


def check_password(
    profile: Profile, username: str, password: str, now: datetime | None = None
) -> None:
    """Unlocking: the signed-in user's password against the verifier; SignedOutError if not.

    The offline grace period does not apply here: the user is signed in already and only
    proves to be the same person again. Wrong passwords count as offline ones do
    (`sync.engine.signin.counted`): five lock the screen's sign-in for a while.
    """
    with LocalCache.open(profile) as cache:
        text = stored(cache, state.VERIFIER)
        if text is None or signed_in_user(cache) is None:
            raise SignedOutError("nobody has signed in on this workstation")
        verifier = OfflineVerifier.from_json(text)

        def check() -> None:
            if username != verifier.username:
                raise SignedOutError("wrong user name or password", code=Reason.WRONG_PASSWORD)
            try:
                VERIFIER_HASHER.verify(verifier.password_hash, password)
            except (VerificationError, InvalidHashError):
                raise SignedOutError(
                    "wrong user name or password", code=Reason.WRONG_PASSWORD
                ) from None

        counted(cache, now or utcnow(), check)


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


PROBLEMS = {
    Reason.CERTIFICATE: Problem.UNTRUSTED,
    Reason.UNREACHABLE: Problem.UNREACHABLE,
    Reason.WRONG_PASSWORD: Problem.WRONG_PASSWORD,
    Reason.DISK_FULL: Problem.DISK_FULL,
    Reason.CACHE_WIPED: Problem.DEPROVISIONED,
    Reason.LEASE_EXPIRED: Problem.SIGNED_OUT,
}
"""The reason codes the GUI words in a way of their own; other sign-in codes are SIGNED_OUT."""


def problem_of(exc: BaseException) -> Problem:
    """The kind of a sign-in or sync failure, from its code (or the exception's type)."""
    chain = _chain(exc)
    if any(isinstance(e, ssl.SSLCertVerificationError) for e in chain):
        return Problem.UNTRUSTED
    if isinstance(exc, GuitaiError) and exc.code in PROBLEMS:
        return PROBLEMS[exc.code]
    if isinstance(exc, OfflineError):
        return Problem.UNREACHABLE
    if isinstance(exc, SignedOutError):
        return Problem.SIGNED_OUT
    if is_disk_full(exc):
        return Problem.DISK_FULL
    return Problem.OTHER


def is_disk_full(exc: BaseException) -> bool:
    """True when the disk (or the cache's database) ran out of space."""
    return any(disk_full(e) for e in _chain(exc))
