"""Staff passwords checked by the bank's directory (LDAP or Active Directory, with ldap3).

When `ServerSettings.directory` is set (GUITAI_DIRECTORY_*, `sync.server.settings`),
`auth.verify_password` hands every user name but the `local_users` to `Directory.verify`:

1. the password is checked by a bind: as the DN the `user_dn` template makes, or, with a
   `search_base`, as the DN a search (by the service account, or anonymous) finds;
2. the entry gives the user name as the directory spells it, the display name, the e-mail,
   optionally the branch code (`branch_attribute`), and the groups (`memberOf`, or a search
   under `group_base`); the first group of `roles` the user is in gives the role;
3. the Guitai user is created on the first sign-in, or brought up to date, through the
   feed (so it replicates); it has no Guitai password. `guitai-server user disable` still
   refuses it.

Refusals: a wrong password `wrong_password` (it counts towards the lockout), in no mapped
group `directory_no_role`, a branch Guitai cannot tell `directory_no_branch`, disabled in
Guitai `account_disabled`. The directory down, its certificate untrusted or the service
account refused: HTTP 503 `directory_unreachable` (the details go to the server log only);
the workstation still signs in offline against the verifier of its last online sign-in.
The directory's answers are never cached: each online sign-in asks it again.
"""

from __future__ import annotations

import functools
import logging
import math
import ssl
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from ldap3 import BASE, NONE, SUBTREE, Connection, Server, Tls
from ldap3.core.exceptions import LDAPException, LDAPInvalidDnError, LDAPStartTLSError
from ldap3.utils.conv import escape_filter_chars
from ldap3.utils.dn import escape_rdn, parse_dn
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from client.errors import UsageError
from client.reasons import Reason
from client.schema.base import utcnow
from client.schema.enums import Role
from client.schema.models import Branch, User
from client.text_rules import bad_character, clean_text, column_limit
from sync.server.auth import AuthError, bump_epoch
from sync.server.errors import ApiError
from sync.server.feed import PendingChange, record
from sync.server.settings import DirectorySettings, ServerSettings
from sync.server.users import check_email

log = logging.getLogger(__name__)

INVALID_CREDENTIALS = 49
"""The LDAP result of a bind with a wrong password (or an unknown, locked or expired account)."""
SIZE_LIMIT_EXCEEDED = 4
"""The LDAP result of a search that found more entries than it asked for."""
NO_SUCH_ENTRY = "cn=guitai-no-such-user"
"""Bound (and refused) when a search finds nobody, so that takes as long as a wrong password."""


class DirectoryUnreachableError(ApiError):
    """The directory could not check the password (down, untrusted certificate, service account
    refused): 503 `directory_unreachable`, never an internal error."""

    def __init__(self, message: str) -> None:
        super().__init__(503, message, Reason.DIRECTORY_UNREACHABLE)


def _wrong() -> AuthError:
    return AuthError("wrong username or password", Reason.WRONG_PASSWORD)


def normal_dn(dn: str) -> str:
    """A DN as compared: attribute types and values in lower case, no spaces around them."""
    try:
        parts = parse_dn(dn, escape=False, strip=True)
    except LDAPInvalidDnError:
        return dn.strip().lower()
    return ",".join(f"{kind.lower()}={value.lower()}" for kind, value, _sep in parts)


@dataclass(frozen=True)
class DirectoryEntry:
    """What the directory says of a user whose password it accepted."""

    dn: str
    username: str
    display_name: str
    email: str
    groups: frozenset[str]
    """Normalised DNs (`normal_dn`) of the groups the user is in."""
    branch_code: str | None


def _values(attributes: Any, name: str | None) -> list[str]:
    if not name or attributes is None:
        return []
    found = attributes.get(name)
    if found is None:
        found = next((v for k, v in attributes.items() if k.lower() == name.lower()), None)
    if found is None:
        return []
    items = found if isinstance(found, list | tuple) else [found]
    return [
        (item.decode("utf-8", "replace") if isinstance(item, bytes) else str(item)).strip()
        for item in items
        if item not in (None, b"", "")
    ]


def _first(attributes: Any, name: str | None) -> str:
    found = _values(attributes, name)
    return found[0] if found else ""


def _tidy(field: str, value: str, fallback: str) -> str:
    """A directory value as a User column holds it: refused characters dropped, cut to the
    column's length; `fallback` when nothing is left. The directory's data never blocks a
    sign-in."""
    limit = column_limit(User.__table__.c[field])
    while (found := bad_character(value, name=True)) is not None:
        value = value.replace(found[0], "")
    value = value.strip()[:limit] if limit else value.strip()
    try:
        return clean_text(field, value, limit=limit) or fallback
    except UsageError:
        return fallback


class Directory:
    """The bank's directory, as `auth.verify_password` asks it (`handles`, `verify`)."""

    def __init__(
        self, settings: DirectorySettings, clock: Callable[[], datetime] | None = None
    ) -> None:
        self.settings = settings
        self.clock = clock or utcnow
        parts = urlsplit(settings.url)
        ldaps = parts.scheme.lower() == "ldaps"
        self.host = parts.hostname or ""
        tls = Tls(
            validate=ssl.CERT_REQUIRED,
            ca_certs_file=str(settings.ca_file) if settings.ca_file else None,
            sni=self.host,
        )
        self.server = Server(
            self.host,
            port=parts.port or (636 if ldaps else 389),
            use_ssl=ldaps,
            tls=tls,
            get_info=NONE,
            connect_timeout=settings.timeout,
        )
        self.roles = [(normal_dn(group), role) for group, role in settings.roles]

    def handles(self, username: str) -> bool:
        """True when the directory, not Guitai's own password, checks `username`."""
        return username not in self.settings.local_users

    def verify(self, session: Session, username: str, password: str) -> User:
        """The Guitai user whose directory password this is, created or brought up to date."""
        entry = self.authenticate(username, password)
        return self.provision(session, entry, self.clock())

    # --- the directory ------------------------------------------------------------------

    def authenticate(self, username: str, password: str) -> DirectoryEntry:
        """The user's entry once the directory accepted the password; AuthError if not,
        DirectoryUnreachableError when it could not be asked."""
        if not username or not password:  # an empty password binds anonymously: never
            raise _wrong()
        try:
            return self._authenticate(username, password)
        except LDAPInvalidDnError:  # a user name that makes no DN is nobody's
            raise _wrong() from None
        except LDAPException as exc:
            raise self._unreachable(exc) from exc

    def _unreachable(self, exc: BaseException) -> DirectoryUnreachableError:
        untrusted = _tls_problem(exc)
        log.error(
            "the directory %s could not check a password%s: %s",
            self.settings.url,
            " (its certificate is not trusted: see GUITAI_DIRECTORY_CA_FILE)" if untrusted else "",
            exc,
        )
        return DirectoryUnreachableError(
            "the bank's directory cannot be reached to check the password; try again shortly "
            "(a workstation that signed in before can sign in offline)"
        )

    def _connection(self) -> Connection:
        """An open connection (TLS started when asked), not bound yet."""
        conn = Connection(
            self.server,
            auto_bind=False,
            read_only=True,
            auto_referrals=False,
            receive_timeout=math.ceil(self.settings.timeout),  # ldap3: whole seconds
            raise_exceptions=False,
        )
        conn.open()
        if self.settings.start_tls and not self.server.ssl and not conn.start_tls():
            raise LDAPStartTLSError(f"StartTLS refused: {conn.result}")
        return conn

    def _attributes(self) -> list[str]:
        s = self.settings
        wanted = [s.username_attribute, s.name_attribute, "cn", s.email_attribute]
        if s.branch_attribute:
            wanted.append(s.branch_attribute)
        if s.group_base is None:
            wanted.append("memberOf")
        return list(dict.fromkeys(wanted))

    def _bind(self, conn: Connection, dn: str, password: str) -> None:
        """Binds `conn` as `dn`; AuthError for a wrong password (or any refused bind)."""
        if conn.rebind(user=dn, password=password):
            return
        result = conn.result or {}
        if result.get("result") != INVALID_CREDENTIALS:
            log.warning(
                "the directory refused a bind with %s (%s)",
                result.get("description"),
                result.get("message"),
            )
        raise _wrong()

    def _authenticate(self, username: str, password: str) -> DirectoryEntry:
        s = self.settings
        user_conn = self._connection()
        service: Connection | None = None
        try:
            if s.user_dn is not None:
                dn = s.user_dn.format(username=escape_rdn(username))
                self._bind(user_conn, dn, password)
                user_conn.search(dn, "(objectClass=*)", BASE, attributes=self._attributes())
                found = [r for r in user_conn.response or [] if r.get("type") == "searchResEntry"]
                attributes = found[0]["attributes"] if found else None
                if attributes is None:
                    log.warning("the directory entry %s could not be read after its bind", dn)
                if s.service_dn is not None and s.group_base is not None:
                    service = self._service()  # groups the user may not read themselves
            else:
                service = self._service()
                dn, attributes = self._find(service, username, password, user_conn)
                self._bind(user_conn, dn, password)
            groups = self._groups(service or user_conn, dn, username, attributes)
        finally:
            user_conn.unbind()
            if service is not None:
                service.unbind()
        spelled = _first(attributes, s.username_attribute)
        name = _first(attributes, s.name_attribute) or _first(attributes, "cn")
        return DirectoryEntry(
            dn=dn,
            username=spelled if spelled.lower() == username.lower() else username,
            display_name=name,
            email=_first(attributes, s.email_attribute),
            groups=groups,
            branch_code=_first(attributes, s.branch_attribute) or None,
        )

    def _service(self) -> Connection:
        """The searching connection, bound as the service account (anonymous without one)."""
        s = self.settings
        conn = self._connection()
        if s.service_dn is not None and not conn.rebind(
            user=s.service_dn, password=s.service_password
        ):
            conn.unbind()
            log.error("the directory refused the service account %s: %s", s.service_dn, conn.result)
            raise DirectoryUnreachableError(
                "the bank's directory refused the server's service account; tell bank IT"
            )
        return conn

    def _find(
        self, service: Connection, username: str, password: str, user_conn: Connection
    ) -> tuple[str, Any]:
        """The DN and attributes of the one entry the search finds; AuthError for none or
        several (after a bind that fails, so an unknown name takes as long as a known one)."""
        s = self.settings
        query = s.search_filter.format(username=escape_filter_chars(username))
        service.search(
            s.search_base or "", query, SUBTREE, attributes=self._attributes(), size_limit=2
        )
        found = [r for r in service.response or [] if r.get("type") == "searchResEntry"]
        result = (service.result or {}).get("result")
        if result not in (0, SIZE_LIMIT_EXCEEDED):
            log.error("the directory search under %s failed: %s", s.search_base, service.result)
        if len(found) != 1:
            if found:
                log.warning("%d directory entries match the user name %r", len(found), username)
            user_conn.rebind(user=f"{NO_SUCH_ENTRY},{s.search_base}", password=password)
            raise _wrong()
        return str(found[0]["dn"]), found[0]["attributes"]

    def _groups(self, conn: Connection, dn: str, username: str, attributes: Any) -> frozenset[str]:
        s = self.settings
        if s.group_base is None:
            return frozenset(normal_dn(g) for g in _values(attributes, "memberOf"))
        query = s.group_filter.format(
            dn=escape_filter_chars(dn), username=escape_filter_chars(username)
        )
        if not conn.search(s.group_base, query, SUBTREE, attributes=[]) and (conn.result or {}).get(
            "result"
        ):
            log.error("the directory's group search under %s failed: %s", s.group_base, conn.result)
        return frozenset(
            normal_dn(str(r["dn"]))
            for r in conn.response or []
            if r.get("type") == "searchResEntry"
        )

    # --- the Guitai user ----------------------------------------------------------------

    def role_of(self, entry: DirectoryEntry) -> Role:
        """The role of the first mapped group the user is in; AuthError `directory_no_role`."""
        for group, role in self.roles:
            if group in entry.groups:
                return role
        raise AuthError(
            f"{entry.username} is in no directory group that gives a Guitai role; ask bank IT "
            "to add the account to one",
            Reason.DIRECTORY_NO_ROLE,
        )

    def _branch(self, session: Session, entry: DirectoryEntry, user: User | None) -> uuid.UUID:
        code = entry.branch_code
        if code is None and user is not None:
            return user.branch_id
        code = code or self.settings.default_branch
        branch = (
            None
            if code is None
            else session.scalars(
                select(Branch).where(Branch.code == code, Branch.deleted.is_(False))
            ).first()
        )
        if branch is None:
            named = f"the branch {code!r} is not in Guitai" if code else "no branch is given"
            raise AuthError(
                f"{entry.username}: {named}; ask bank IT to set the directory's branch for "
                "this account or to add the branch",
                Reason.DIRECTORY_NO_BRANCH,
            )
        return branch.id

    def provision(self, session: Session, entry: DirectoryEntry, now: datetime) -> User:
        """The user as the directory describes it: created, or its changed fields written
        through the feed (a changed role or branch also ends cached token checks)."""
        role = self.role_of(entry)
        user = session.scalars(
            select(User).where(User.username == entry.username).with_for_update()
        ).first()
        if user is not None and (user.deleted or not user.active):
            raise AuthError(
                f"the account {user.username} is disabled; ask your branch manager",
                Reason.ACCOUNT_DISABLED,
            )
        branch_id = self._branch(session, entry, user)
        name = _tidy("display_name", entry.display_name, entry.username)
        email = _tidy("email", entry.email, "")
        try:
            check_email(email)
        except UsageError:
            email = ""
        if user is None:
            made = _create(session, entry.username, name, email, role, branch_id, now)
            if made is not None:
                return made
            user = session.scalars(select(User).where(User.username == entry.username)).one()
        wanted: dict[str, Any] = {
            "display_name": name,
            "email": email,
            "role": role,
            "branch_id": branch_id,
        }
        before = {k: getattr(user, k) for k, v in wanted.items() if getattr(user, k) != v}
        if not before:
            return user
        for key in before:
            setattr(user, key, wanted[key])
        old = {k: _json(v) for k, v in before.items()}
        record(session, [PendingChange(user, "user_account", "update", old)], None, now)
        if "role" in before or "branch_id" in before:
            bump_epoch(session)
        log.info("directory user %s updated: %s", user.username, ", ".join(sorted(before)))
        return user


def _create(
    session: Session,
    username: str,
    name: str,
    email: str,
    role: Role,
    branch_id: uuid.UUID,
    now: datetime,
) -> User | None:
    """A new directory user; None when the same user's first sign-in on another workstation
    made it first (the caller reads that one)."""
    user = User(
        id=uuid.uuid4(),
        username=username,
        display_name=name,
        role=role,
        branch_id=branch_id,
        email=email,
        active=True,
        version=0,
        deleted=False,
    )
    try:
        with session.begin_nested():
            session.add(user)
            session.flush()
    except IntegrityError:
        return None
    record(session, [PendingChange(user, "user_account", "insert")], None, now)
    log.info("directory user %s added as %s", username, role.value)
    return user


def _json(value: Any) -> Any:
    if isinstance(value, Role):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def _tls_problem(exc: BaseException) -> bool:
    """True when a TLS certificate check is behind `exc` (by type where ldap3 keeps it)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ssl.SSLCertVerificationError | ssl.CertificateError):
            return True
        if "certificate" in type(current).__name__.lower():
            return True
        current = current.__cause__ or current.__context__
    return "CERTIFICATE_VERIFY_FAILED" in str(exc)


@functools.lru_cache(maxsize=8)
def _directory(settings: DirectorySettings, clock: Callable[[], datetime]) -> Directory:
    return Directory(settings, clock)


def directory_for(settings: ServerSettings) -> Directory | None:
    """The directory the server's settings name (one per settings), None without one."""
    if settings.directory is None:
        return None
    return _directory(settings.directory, settings.clock)
