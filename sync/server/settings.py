"""The server's tunables, fixed when the app is created."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

from argon2 import PasswordHasher

from client.schema.base import utcnow
from client.schema.enums import Role
from client.settings import SettingsError, is_loopback

ENV_SNAPSHOT_DIR = "GUITAI_SNAPSHOT_DIR"


@dataclass(frozen=True)
class ServerSettings:
    token_ttl: timedelta = timedelta(hours=12)
    offline_grace_days: int = 7
    max_wait_seconds: float = 60.0
    worker_threads: int = 8
    """Threads running the requests' database work, per process. Few: the work holds the GIL
    most of the time, and 40 threads taking turns made every request slower (load bench:
    pull p99 about 0.6 s with 8, 1.1 s with 16 or 40)."""
    token_recheck: timedelta = timedelta(seconds=30)
    """How long a checked token is trusted without its full check (longer than a client's
    long-poll, so its waits and pulls skip it). Each request still asks the revocation signal
    (`sync.server.revocations`): a revoked device or a disabled account, wherever revoked,
    is refused at its next request (0: full check every time)."""
    snapshot_dir: Path | None = None
    """Where prebuilt first downloads are kept (`sync.server.snapshot_files`); None: none are
    built and every first sync goes page by page."""
    snapshot_max_age: timedelta = timedelta(hours=12)
    """A scope's newest file older than this is still offered while a new one is built."""
    session_cap: timedelta = timedelta(hours=24)
    """No token of one sign-in outlives it by more than this, however often it is refreshed
    (`POST /v1/refresh`): then the user must give the password again."""
    signin_max_failures: int = 5
    """Wrong passwords in a row that lock a user name (`sync.server.lockout`)."""
    signin_lockout: timedelta = timedelta(minutes=15)
    """How long such a lockout lasts."""
    follow_days: int = 14
    """A customer a workstation opened from outside its scope (`sync.server.follows`) stays
    in its pulls while pinned or opened again within this many days (1 to 3650)."""
    max_body_bytes: int = 32 * 1024 * 1024
    """Request bodies larger than this are answered 413 before they are read further or
    their token is checked. The largest legitimate body is a push of MAX_PUSH_ENTRIES
    interactions with notes at their 10,000-character limit in Chinese (about 31 MB);
    snapshot requests are small (the chunks are in the answers)."""
    directory: DirectorySettings | None = field(
        default_factory=lambda: directory_from_environment(os.environ)
    )
    """The bank's directory that checks staff passwords (`sync.server.directory`), read from
    the GUITAI_DIRECTORY_* environment (`directory_from_environment`); None: Guitai's own
    passwords only."""
    hasher: PasswordHasher = field(default_factory=PasswordHasher)
    clock: Callable[[], datetime] = utcnow

    def __post_init__(self) -> None:
        if not 1 <= self.follow_days <= 3650:
            raise SettingsError(
                f"follow_days: must be between 1 and 3650, not {self.follow_days}",
                field="follow_days",
            )


# --- the bank's directory (LDAP or Active Directory) ---------------------------------------

DIRECTORY_PREFIX = "GUITAI_DIRECTORY_"
"""Every directory setting is an environment variable: this prefix and the field's name in
capitals (`url` is GUITAI_DIRECTORY_URL); errors name them so."""


def directory_variable(name: str) -> str:
    """The environment variable of the directory setting `name`."""
    return DIRECTORY_PREFIX + name.upper()


def _refused(name: str, problem: str) -> SettingsError:
    return SettingsError(f"{directory_variable(name)}: {problem}", field=directory_variable(name))


@dataclass(frozen=True)
class DirectorySettings:
    """Where and how staff passwords are checked against the bank's directory; checked as it is
    made, every refusal naming its environment variable (`directory_variable`)."""

    url: str
    """ldap://HOST[:PORT] (with start_tls, unless the host is this computer) or ldaps://..."""
    user_dn: str | None = None
    """Bind DN template, e.g. uid={username},ou=people,dc=bank,dc=test (AD: {username}@bank.cn).
    Either this or `search_base`."""
    search_base: str | None = None
    """Search-then-bind: the user is found under this base with `search_filter`, then bound."""
    search_filter: str = "(uid={username})"
    """The user's entry under `search_base` (AD: (sAMAccountName={username}))."""
    service_dn: str | None = None
    """The account that searches (search-then-bind, and groups); None: anonymous search."""
    service_password: str | None = field(default=None, repr=False)
    start_tls: bool = False
    """StartTLS on an ldap:// address (ldaps:// is TLS from the start)."""
    ca_file: Path | None = None
    """The CA certificates the directory's certificate is checked against; None: the system's."""
    roles: tuple[tuple[str, Role], ...] = ()
    """(group DN, role), in order: the first group the user is in gives the role. Users in no
    group of these are refused (`directory_no_role`)."""
    group_base: str | None = None
    """Groups are searched for under this base with `group_filter`; None: the user entry's
    `memberOf` attribute names them (Active Directory, OpenLDAP's memberof overlay)."""
    group_filter: str = "(|(member={dn})(uniqueMember={dn})(memberUid={username}))"
    username_attribute: str = "uid"
    """The attribute holding the user name as the directory spells it (AD: sAMAccountName)."""
    name_attribute: str = "displayName"
    """The display name (the entry's cn when it has none)."""
    email_attribute: str = "mail"
    branch_attribute: str | None = None
    """An attribute holding the user's branch code (e.g. departmentNumber); None: a new user
    gets `default_branch`, a known one keeps the branch Guitai has."""
    default_branch: str | None = None
    local_users: frozenset[str] = frozenset()
    """User names that keep signing in with Guitai's own password (e.g. an emergency account)."""
    timeout: float = 5.0
    """Seconds to connect to, and then to wait for an answer of, the directory."""

    def __post_init__(self) -> None:
        parts = urlsplit(self.url)
        if parts.scheme.lower() not in ("ldap", "ldaps") or not parts.hostname:
            raise _refused("url", f"{self.url!r} is not ldap://HOST[:PORT] or ldaps://HOST[:PORT]")
        try:
            parts.port  # noqa: B018 - a bad port raises here
        except ValueError:
            raise _refused("url", f"{self.url!r} has a bad port") from None
        if parts.path not in ("", "/") or parts.query:
            raise _refused("url", f"{self.url!r}: give only the scheme, host and port")
        plain = parts.scheme.lower() == "ldap" and not self.start_tls
        if plain and not is_loopback(parts.hostname):
            raise _refused(
                "start_tls",
                f"passwords would cross the network unencrypted to {parts.hostname}: set "
                f"{directory_variable('start_tls')}=yes or use an ldaps:// address",
            )
        if (self.user_dn is None) == (self.search_base is None):
            raise _refused(
                "user_dn",
                f"give either {directory_variable('user_dn')} (a bind DN template) or "
                f"{directory_variable('search_base')} (search, then bind), not "
                + ("both" if self.user_dn else "neither"),
            )
        if self.user_dn is not None:
            _template("user_dn", self.user_dn, "{username}")
        else:
            _template("search_filter", self.search_filter, "{username}", ldap_filter=True)
            _dn("search_base", self.search_base or "")
        if self.group_base is not None:
            _dn("group_base", self.group_base)
            _template("group_filter", self.group_filter, "{dn}", "{username}", ldap_filter=True)
        if (self.service_dn is None) != (self.service_password is None):
            raise _refused(
                "service_password",
                f"{directory_variable('service_dn')} and {directory_variable('service_password')}"
                " go together",
            )
        if self.service_dn is not None:
            _dn("service_dn", self.service_dn)
        if self.ca_file is not None and not self.ca_file.is_file():
            raise _refused("ca_file", f"{self.ca_file} is not a file")
        if not self.roles:
            raise _refused(
                "roles", "no group is mapped to a role: nobody could sign in (ROLE=GROUP DN;...)"
            )
        for group, _role in self.roles:
            _dn("roles", group)
        if not 0 < self.timeout <= 120:
            raise _refused("timeout", f"{self.timeout:g} is not between 0 and 120 seconds")
        for name in ("username_attribute", "name_attribute", "email_attribute", "branch_attribute"):
            value = getattr(self, name)
            if value is not None and not _ATTRIBUTE.fullmatch(value):
                raise _refused(name, f"{value!r} is not an attribute name")


_ATTRIBUTE = re.compile(r"[A-Za-z][A-Za-z0-9-]*|\d+(\.\d+)+")


def _template(name: str, value: str, *fields: str, ldap_filter: bool = False) -> None:
    """Refuses a template naming no (or an unknown) `{field}`, or a filter not in parentheses."""
    try:
        value.format(**{f.strip("{}"): "x" for f in fields})
    except (KeyError, IndexError, ValueError) as exc:
        raise _refused(name, f"{value!r} may name only {' and '.join(fields)} ({exc})") from None
    if not any(f in value for f in fields):
        raise _refused(name, f"{value!r} does not name {' or '.join(fields)}")
    if ldap_filter and not (value.startswith("(") and value.endswith(")")):
        raise _refused(name, f"{value!r} is not an LDAP filter: (attribute=value)")
    if not ldap_filter:
        _dn(name, value.replace("{username}", "x"))


def _dn(name: str, value: str) -> None:
    from ldap3.core.exceptions import LDAPInvalidDnError
    from ldap3.utils.dn import parse_dn

    try:
        parse_dn(value, strip=True)
    except LDAPInvalidDnError as exc:
        if "@" not in value and "\\" not in value:  # AD's user@domain and DOMAIN\user bind too
            raise _refused(name, f"{value!r} is not a DN: {exc}") from None


def _roles(text: str) -> tuple[tuple[str, Role], ...]:
    """ROLE=GROUP DN pairs separated by ';' (e.g. teller=cn=tellers,ou=groups,dc=bank,dc=cn)."""
    pairs: list[tuple[str, Role]] = []
    for item in filter(None, (part.strip() for part in text.split(";"))):
        role, _, group = item.partition("=")
        try:
            pairs.append((group.strip(), Role(role.strip())))
        except ValueError:
            known = ", ".join(r.value for r in Role)
            raise _refused("roles", f"{role.strip()!r} is not a role ({known})") from None
        if not group.strip():
            raise _refused("roles", f"{item!r} names no group DN (ROLE=GROUP DN)")
    return tuple(pairs)


def _flag(name: str, text: str) -> bool:
    if text.strip().lower() in ("1", "yes", "true", "on"):
        return True
    if text.strip().lower() in ("", "0", "no", "false", "off"):
        return False
    raise _refused(name, f"{text!r} is not yes or no")


def _seconds(name: str, text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise _refused(name, f"{text!r} is not a number of seconds") from None


def directory_from_environment(environ: Mapping[str, str]) -> DirectorySettings | None:
    """The directory settings from GUITAI_DIRECTORY_*; None unless GUITAI_DIRECTORY_URL is set.

    SettingsError naming the variable for a value that cannot be used, or for a variable
    that is no setting (a typo would leave a default in force)."""
    given = {
        key[len(DIRECTORY_PREFIX) :].lower(): value
        for key, value in environ.items()
        if key.startswith(DIRECTORY_PREFIX)
    }
    if not given.get("url", "").strip():
        return None
    known = {f.name for f in fields(DirectorySettings)}
    for name in sorted(set(given) - known):
        settings = ", ".join(directory_variable(k) for k in sorted(known))
        raise SettingsError(f"{directory_variable(name)} is not a setting (known: {settings})")
    values: dict[str, object] = {}
    for name, raw in given.items():
        text = raw.strip()
        if name == "service_password":
            values[name] = raw  # as given: spaces may be part of it
        elif not text:
            continue
        elif name == "start_tls":
            values[name] = _flag(name, text)
        elif name == "timeout":
            values[name] = _seconds(name, text)
        elif name == "ca_file":
            values[name] = Path(text)
        elif name == "roles":
            values[name] = _roles(text)
        elif name == "local_users":
            values[name] = frozenset(filter(None, (u.strip() for u in text.split(","))))
        else:
            values[name] = text
    return DirectorySettings(**values)  # type: ignore[arg-type]
