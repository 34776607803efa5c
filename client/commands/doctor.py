"""`guitai doctor`: checks a workstation the way bank IT would, one line per check with a fix."""

from __future__ import annotations

import argparse
import contextlib
import shutil
import sqlite3
import ssl
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from client.commands.common import print_json
from client.errors import DiskFullError, GuitaiError
from client.settings import LoadedSettings, Settings, load_settings, ssl_context, trust_description

OK, WARN, FAIL, SKIP = "OK", "WARN", "FAIL", "SKIP"
SQLITE_HEADER = b"SQLite format 3\x00"
DISK_FAIL_BYTES = 500 * 1024 * 1024
DISK_WARN_BYTES = 2 * 1024 * 1024 * 1024
PROBE_ENTRY = "doctor-probe"
E = TypeVar("E", bound=BaseException)


@dataclass
class Check:
    """The outcome of one check, in words IT can act on."""

    name: str
    status: str
    message: str
    fix: str = ""
    details: list[str] = field(default_factory=list)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--profile",
        type=Path,
        default=None,
        metavar="DIR",
        help="also check this profile's cache (integrity, encryption) and its disk",
    )
    parser.add_argument("--json", action="store_true", help="print the checks as JSON")
    parser.add_argument("--server-url", help="check this server instead of the configured one")
    parser.add_argument("--ca-bundle", help="trust this CA bundle file instead (or 'system')")
    parser.add_argument(
        "--timeout", type=float, default=5.0, metavar="S", help="network timeout (default 5 s)"
    )


def run(args: argparse.Namespace) -> int:
    overrides = {"server_url": args.server_url, "ca_bundle": args.ca_bundle}
    checks = run_checks(overrides, args.profile, args.timeout)
    if args.json:
        print_json({"ok": passed(checks), "checks": [asdict(c) for c in checks]})
    else:
        print_report(checks)
    return 0 if passed(checks) else 1


def passed(checks: list[Check]) -> bool:
    """True when no check failed (warnings and skipped checks do not fail the doctor)."""
    return all(c.status != FAIL for c in checks)


def run_checks(overrides: dict[str, Any], profile: Path | None, timeout: float) -> list[Check]:
    """All checks, in the order they are printed."""
    config, loaded = check_configuration(overrides)
    settings = loaded.settings if loaded else None
    checks = [config, *check_server(settings, timeout), check_keyring()]
    checks.append(check_cache(profile))
    checks.append(check_lease(profile, settings))
    checks.append(check_disk(profile))
    return checks


def check_configuration(overrides: dict[str, Any]) -> tuple[Check, LoadedSettings | None]:
    """Reads every settings source; names the file, key and problem when one is wrong."""
    try:
        loaded = load_settings(overrides)
    except GuitaiError as exc:
        fix = "correct that value (or remove it), then run `guitai doctor` again"
        return Check("configuration", FAIL, str(exc), fix), None
    details = [f"{key} = {_shown(value)}  ({origin})" for key, value, origin in loaded.describe()]
    details += [f"warning: {w}" for w in loaded.warnings]
    if loaded.settings.server_url is None:
        fix = "set server_url in the machine settings file (/etc/guitai/guitai.toml, or "
        fix += "%PROGRAMDATA%\\Guitai\\guitai.toml: msiexec ... SERVER_URL=https://...)"
        return Check("configuration", FAIL, "no server address is configured", fix, details), loaded
    if loaded.warnings:
        fix = "remove or correct the unknown keys (a typo leaves the default in force)"
        return Check("configuration", WARN, "valid, with ignored keys", fix, details), loaded
    return Check("configuration", OK, "valid", details=details), loaded


def _shown(value: Any) -> str:
    return "(not set)" if value is None else str(value)


def check_server(settings: Settings | None, timeout: float) -> list[Check]:
    """GET {server_url}/health through the configured proxy and trust: reachability and TLS."""
    if settings is None or settings.server_url is None:
        reason = "not checked: the configuration has no usable server address"
        return [Check("server reachable", SKIP, reason), Check("TLS trust", SKIP, reason)]
    try:
        import httpx
    except ImportError:
        fix = "reinstall Guitai (httpx is part of it)"
        return [Check("server reachable", FAIL, "the HTTP client (httpx) is missing", fix)]
    url = f"{settings.server_url}/health"
    https = settings.server_url.lower().startswith("https://")
    via = f" via proxy {settings.proxy}" if settings.proxy else ""
    try:
        context = ssl_context(settings)
        response = httpx.get(url, timeout=timeout, verify=context, proxy=settings.proxy)
    except httpx.HTTPError as exc:
        return _network_failure(exc, url, via, settings, timeout)
    tls = (
        Check("TLS trust", OK, f"certificate verified against {trust_description(settings)}")
        if https
        else Check(
            "TLS trust",
            WARN,
            "the server address uses plain http: customer data would cross the network unencrypted",
            "use an https:// server_url (see the nginx sample in installer/server/)",
        )
    )
    if response.status_code != 200:
        message = f"{url} answered HTTP {response.status_code}{via}"
        fix = "the address may point at the wrong service; check server_url and the server log"
        return [Check("server reachable", FAIL, message, fix), tls]
    if not _is_guitai(response):
        message = f"{url} answered{via}, but not as a Guitai server does"
        fix = "check server_url: it may point at another service or a proxy's page"
        return [Check("server reachable", WARN, message, fix), tls]
    return [Check("server reachable", OK, f"{url} answered{via}"), tls]


def _is_guitai(response: Any) -> bool:
    """True when the /health answer is the Guitai server's ({"status": "alive"})."""
    try:
        body = response.json()
    except ValueError:
        return False
    return isinstance(body, dict) and body.get("status") == "alive"


def _network_failure(
    exc: Exception, url: str, via: str, settings: Settings, timeout: float
) -> list[Check]:
    verify = _cause(exc, ssl.SSLCertVerificationError)
    if verify is not None:
        reason = getattr(verify, "verify_message", "") or str(verify)
        return [
            Check("server reachable", OK, f"{url} accepted a connection{via}"),
            Check(
                "TLS trust",
                FAIL,
                f"the server's certificate is not trusted ({reason}); checked against "
                f"{trust_description(settings)}",
                "install the bank's CA certificate and set ca_bundle to its file (or "
                "CA_BUNDLE=... at install); if the server is yours, give it a certificate "
                "from the bank's CA for exactly this host name",
            ),
        ]
    tls_error = _cause(exc, ssl.SSLError)
    if tls_error is not None:
        return [
            Check("server reachable", OK, f"{url} accepted a connection{via}"),
            Check(
                "TLS trust",
                FAIL,
                f"the TLS handshake failed: {tls_error}",
                "the address may be a plain-http port or a proxy intercepting TLS; check "
                "server_url, the port and the proxy",
            ),
        ]
    message, fix = _unreachable_words(exc, url, via, timeout)
    return [
        Check("server reachable", FAIL, message, fix),
        Check("TLS trust", SKIP, "not checked: the server could not be reached"),
    ]


def _unreachable_words(exc: Exception, url: str, via: str, timeout: float) -> tuple[str, str]:
    import httpx

    if isinstance(exc, httpx.ProxyError):
        return f"the proxy refused {url}: {exc}", "check the proxy setting and its allow list"
    if isinstance(exc, httpx.TimeoutException):
        message = f"{url} did not answer within {timeout:g} s{via}"
        return message, "check the firewall and proxy between this machine and the server"
    if isinstance(exc, httpx.ConnectError):
        message = f"cannot connect to {url}{via}: {exc}"
        fix = "check server_url (host name and port), DNS, the firewall, and that the "
        return message, fix + "server is running"
    return f"{url} failed{via}: {exc}", "check server_url and the network"


def _cause(exc: BaseException, kind: type[E]) -> E | None:
    """The first exception of `kind` in exc's chain of causes."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, kind):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


def check_keyring() -> Check:
    """The OS keyring that keeps cache keys and tokens: present, not a plain file, working."""
    from client.errors import KeyUnavailableError
    from client.keys import OSKeyring, dev_key_file_allowed

    try:
        store = OSKeyring()
        _round_trip(store)
    except KeyUnavailableError as exc:
        if dev_key_file_allowed():
            message = "no usable keyring; GUITAI_ALLOW_DEV_KEY_FILE=1 keeps cache keys in a file"
            fix = "development only: never set GUITAI_ALLOW_DEV_KEY_FILE on a bank workstation"
            return Check("keyring", WARN, message, fix, [str(exc)])
        fix = "install or unlock the OS credential store (Windows Credential Manager, macOS "
        return Check("keyring", FAIL, str(exc), fix + "Keychain, gnome-keyring on Linux)")
    name = type(store.backend).__name__
    if dev_key_file_allowed():
        message = f"{name} works, but GUITAI_ALLOW_DEV_KEY_FILE=1 keeps new cache keys in a file"
        return Check("keyring", WARN, message, "unset GUITAI_ALLOW_DEV_KEY_FILE")
    return Check("keyring", OK, f"{name} stores and returns a secret")


def _round_trip(store: Any) -> None:
    """Writes, reads back and deletes a probe entry, so a locked keyring is noticed."""
    import keyring.errors

    from client.errors import KeyUnavailableError
    from client.keys import KEYRING_SERVICE

    backend = store.backend
    try:
        backend.set_password(KEYRING_SERVICE, PROBE_ENTRY, "ok")
        value = backend.get_password(KEYRING_SERVICE, PROBE_ENTRY)
        backend.delete_password(KEYRING_SERVICE, PROBE_ENTRY)
    except keyring.errors.KeyringError as exc:
        raise KeyUnavailableError(f"the keyring refused a test secret: {exc}") from exc
    if value != "ok":
        raise KeyUnavailableError("the keyring did not return the test secret it was given")


def check_cache(folder: Path | None) -> Check:
    """The profile's cache: encrypted on disk, opens with its key, passes PRAGMA quick_check."""
    if folder is None:
        return Check("cache", SKIP, "not checked: no --profile given")
    from client.profile import Profile
    from client.store import LeaseUse, LocalCache, aside_advice

    try:
        profile = Profile.open(folder)
    except GuitaiError as exc:
        return Check("cache", FAIL, str(exc), "check the --profile folder")
    path = profile.cache_path
    if not path.exists():
        return Check("cache", WARN, f"{path} does not exist yet", "sign in and sync once")
    with path.open("rb") as file:
        header = file.read(len(SQLITE_HEADER))
    if header == SQLITE_HEADER:
        fix = f"it holds customer data in clear: {aside_advice(_plain_pending(path))}"
        return Check("cache", FAIL, f"{path} is NOT encrypted (a plain SQLite file)", fix)
    try:  # the sign-in lease is `check_lease`'s: a locked cache is checked all the same
        with LocalCache.open(profile, migrate=False, lease=LeaseUse.NONE) as cache:
            problems = _quick_check(cache.engine)
            pending = _pending(cache.engine) if problems else 0
    except DiskFullError as exc:
        return Check("cache", FAIL, str(exc), "free disk space on this computer")
    except GuitaiError as exc:
        return Check("cache", FAIL, str(exc), aside_advice(None))
    if problems:
        message = f"{path} is damaged: {'; '.join(problems[:3])}"
        return Check("cache", FAIL, message, aside_advice(pending))
    size = path.stat().st_size / 1e6
    return Check("cache", OK, f"{path} is encrypted and intact ({size:.1f} MB)")


SIGN_IN_FIX = "sign in online: `guitai login`, or the window's sign-in with the network connected"


def check_lease(folder: Path | None, settings: Settings | None = None) -> Check:
    """The cache's sign-in lease (`client.lease`): when it last reached the server, whether it
    is locked (past the offline grace) or due to be wiped (past the retention), or was wiped.
    Reads only: the doctor never locks, wipes or changes a cache."""
    name = "sign-in lease"
    if folder is None:
        return Check(name, SKIP, "not checked: no --profile given")
    from client.lease import lease_of
    from client.profile import Profile
    from client.store import LeaseUse, LocalCache
    from client.wipe import note_of

    note = note_of(folder)
    if note is not None:
        return Check(name, WARN, str(note.error(folder)), SIGN_IN_FIX + ", if still allowed")
    try:
        profile = Profile.open(folder)
        if not profile.cache_path.exists():
            return Check(name, SKIP, "not checked: there is no cache yet")
        with (
            LocalCache.open(profile, migrate=False, lease=LeaseUse.NONE) as cache,
            cache.engine.connect() as conn,
        ):
            lease = lease_of(conn, settings or Settings())
    except Exception as exc:  # the cache check says what is wrong with the cache itself
        return Check(name, SKIP, f"not checked: the cache cannot be read ({exc})")
    if lease.last_contact is None:
        return Check(name, OK, "none: this cache never signed in online (a demo or a test)")
    days = (lease.now - lease.last_contact).days
    since = (
        f"last contact with the server {lease.last_contact:%Y-%m-%d %H:%M} UTC ({days} day(s) ago)"
    )
    if lease.expired:
        message = (
            f"past the retention: {since}, the limit is {lease.retention.days} days; the next "
            "command opening the cache deletes it"
        )
        return Check(name, FAIL, message, SIGN_IN_FIX + " (a new cache is made)")
    if lease.locked:
        message = (
            f"LOCKED: {since}, the limit without contact is {lease.grace.days} days; commands "
            "reading the cache refuse until it reaches the server again (nothing is deleted)"
        )
        return Check(name, FAIL, message, SIGN_IN_FIX)
    left = lease.grace.days - days
    return Check(name, OK, f"{since}; it locks after {lease.grace.days} days ({left} left)")


def _pending(engine: Any) -> int | None:
    """Edits waiting to upload in a damaged cache; None when they cannot be counted."""
    try:
        with engine.connect() as conn:
            return int(conn.exec_driver_sql("SELECT count(*) FROM outbox").scalar_one())
    except Exception:  # a damaged file may fail any read: then nobody knows
        return None


def _plain_pending(path: Path) -> int | None:
    """`_pending` of a cache that is a plain (unencrypted) SQLite file."""
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            return int(conn.execute("SELECT count(*) FROM outbox").fetchone()[0])
    except sqlite3.Error:
        return None


def _quick_check(engine: Any) -> list[str]:
    with engine.connect() as conn:
        rows = [str(row[0]) for row in conn.exec_driver_sql("PRAGMA quick_check").fetchall()]
    return [] if rows == ["ok"] else rows


def check_disk(folder: Path | None) -> Check:
    """Free space where the profile lives (or would live)."""
    from client.profile import default_profile_dir

    target = folder if folder is not None else default_profile_dir()
    existing = next((p for p in _self_and_parents(Path(target).absolute()) if p.exists()), None)
    if existing is None:
        return Check("disk space", SKIP, f"not checked: no folder of {target} exists")
    free = shutil.disk_usage(existing).free
    where = f"{_gb(free)} free for {target}"
    if free < DISK_FAIL_BYTES:
        return Check("disk space", FAIL, where, "free disk space: the cache needs room to sync")
    if free < DISK_WARN_BYTES:
        return Check("disk space", WARN, where, "free disk space before the cache grows")
    return Check("disk space", OK, where)


def _self_and_parents(path: Path) -> Iterator[Path]:
    yield path
    yield from path.parents


def _gb(size: int) -> str:
    return f"{size / 1024**3:.1f} GB"


def print_report(checks: list[Check], write: Callable[[str], Any] = print) -> None:
    """One line per check, its details indented, then a fix line for what is not OK."""
    width = max(len(c.name) for c in checks)
    for check in checks:
        write(f"{check.status:<4}  {check.name:<{width}}  {check.message}")
        for line in check.details:
            write(f"{'':<4}  {'':<{width}}    {line}")
        if check.fix and check.status in {WARN, FAIL}:
            write(f"{'':<4}  {'':<{width}}    fix: {check.fix}")
    failed = [c.name for c in checks if c.status == FAIL]
    write(f"{len(failed)} problem(s): {', '.join(failed)}" if failed else "all checks passed")
