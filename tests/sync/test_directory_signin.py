"""Directory sign-in against a real OpenLDAP: staff sign in with their directory password, are
made Guitai users from the directory, and a directory that is down is told apart."""

from __future__ import annotations

import os
import socket
import threading
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from client.credentials import MemoryTokens, SignedOutError
from client.profile import Profile
from client.reasons import Reason
from client.schema.enums import Role
from client.schema.models import Branch, User
from client.settings import SettingsError
from client.store import LocalCache
from sync.engine import Transport, sign_in
from sync.engine.signin import sign_in_offline
from sync.engine.transport import ServerError
from sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from sync.server.app import create_app
from sync.server.auth import disable_user
from sync.server.db import Database
from sync.server.directory import Directory, _create
from sync.server.settings import DirectorySettings, ServerSettings, directory_from_environment
from sync.server.tables import change_log, credential
from sync.server.users import add_branch, add_user
from sync.workstation import SignInRequest, sign_in_workstation
from tests.sync.conftest import HASHER, PASSWORD, make_settings
from tests.sync.ldap_kit import (
    GROUPS,
    PEOPLE,
    SERVICE_DN,
    SERVICE_PASSWORD,
    Slapd,
    free_port,
    group_dn,
    slapd,
    start_slapd,
)
from tests.sync.serve_kit import start_server

__all__ = ["slapd"]  # the fixture, used by name

LI_NA = "li.na"
LI_NA_PASSWORD = "directory-pass-1"
RM_PASSWORD = "directory-pass-2"
NOBODY = "zhao.lei"  # in the directory, in no Guitai group
NOBODY_PASSWORD = "directory-pass-3"
ELSEWHERE = "chen.jie"  # a branch code Guitai does not have
ELSEWHERE_PASSWORD = "directory-pass-4"
ROLES = (
    (group_dn("guitai-tellers"), Role.TELLER),
    (group_dn("guitai-rms"), Role.RELATIONSHIP_MANAGER),
    (group_dn("guitai-managers"), Role.BRANCH_MANAGER),
)
HEADERS = {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}


@pytest.fixture(scope="module")
def staff(slapd: Slapd) -> Slapd:
    """The bank's directory: a teller of BJ01, someone in no Guitai group, someone
    of a branch Guitai does not know."""
    slapd.add_person(
        LI_NA,
        LI_NA_PASSWORD,
        name="Li Na",
        groups=("guitai-tellers", "canteen"),
        branch="BJ01",
        mail="li.na@bank.test",
    )
    slapd.add_person(NOBODY, NOBODY_PASSWORD, name="Zhao Lei", groups=("canteen",), branch="BJ01")
    slapd.add_person(
        ELSEWHERE, ELSEWHERE_PASSWORD, name="Chen Jie", groups=("guitai-tellers",), branch="XX99"
    )
    return slapd


def bind_settings(slapd: Slapd, **overrides: Any) -> DirectorySettings:
    """Bind DN template, groups searched for, branch from departmentNumber."""
    values: dict[str, Any] = {
        "url": slapd.url,
        "user_dn": f"uid={{username}},{PEOPLE}",
        "roles": ROLES,
        "group_base": GROUPS,
        "branch_attribute": "departmentNumber",
        "default_branch": "SH01",
        "local_users": frozenset({"admin.local"}),
        "timeout": 5.0,
    }
    values.update(overrides)
    return DirectorySettings(**values)


def search_settings(slapd: Slapd, **overrides: Any) -> DirectorySettings:
    """Search-then-bind with the service account, groups from memberOf (the overlay)."""
    values: dict[str, Any] = {
        "url": slapd.url,
        "search_base": PEOPLE,
        "service_dn": SERVICE_DN,
        "service_password": SERVICE_PASSWORD,
        "roles": ROLES,
        "branch_attribute": "departmentNumber",
        "default_branch": "SH01",
    }
    values.update(overrides)
    return DirectorySettings(**values)


class Bank:
    """The Guitai server over `database_url`, its branches BJ01 and SH01, a local user."""

    def __init__(self, database_url: str) -> None:
        self.url = database_url
        self.clients: list[TestClient] = []
        self.db = Database(database_url)
        now = datetime.now(UTC)
        with self.db.writer() as session, session.begin():
            add_branch(session, "BJ01", "Beijing main", "Beijing", now)
            add_branch(session, "SH01", "Shanghai main", "Shanghai", now)
            for name in ("admin.local", LI_NA + ".old"):
                add_user(
                    session,
                    HASHER,
                    username=name,
                    role=Role.HEAD_OFFICE,
                    branch_code="SH01",
                    password=PASSWORD,
                    now=now,
                )

    def client(self, directory: DirectorySettings | None, **settings: Any) -> TestClient:
        app = create_app(self.url, make_settings(directory=directory, **settings))
        client = TestClient(app)
        client.__enter__()
        self.clients.append(client)
        return client

    def user(self, username: str) -> User | None:
        with self.db.reader() as session:
            return session.scalars(select(User).where(User.username == username)).first()

    def branch_code(self, user: User) -> str:
        with self.db.reader() as session:
            return session.get_one(Branch, user.branch_id).code

    def feed(self, row_id: uuid.UUID) -> list[str]:
        with self.db.reader() as session:
            return list(
                session.scalars(
                    select(change_log.c.op)
                    .where(change_log.c.row_id == row_id)
                    .order_by(change_log.c.seq)
                )
            )

    def close(self) -> None:
        for client in self.clients:
            client.__exit__(None, None, None)
        self.db.dispose()


@pytest.fixture
def bank(database_url: str) -> Iterator[Bank]:
    made = Bank(database_url)
    yield made
    made.close()


def login(client: TestClient, username: str, password: str) -> Any:
    return client.post(
        "/v1/login",
        headers=HEADERS,
        json={
            "username": username,
            "password": password,
            "device_id": str(uuid.uuid4()),
            "device_name": "counter 1",
        },
    )


def test_a_first_directory_sign_in_makes_the_user_from_the_directory(
    staff: Slapd, bank: Bank
) -> None:
    client = bank.client(bind_settings(staff))
    assert bank.user(LI_NA) is None
    answer = login(client, LI_NA, LI_NA_PASSWORD)
    assert answer.status_code == 200, answer.text
    user = answer.json()["user"]
    assert (user["username"], user["display_name"], user["role"], user["branch_code"]) == (
        LI_NA,
        "Li Na",
        "teller",
        "BJ01",
    )
    made = bank.user(LI_NA)
    assert made is not None and made.active and made.email == "li.na@bank.test"
    assert bank.feed(made.id) == ["insert"]  # it replicates like any user
    with bank.db.reader() as session:  # no Guitai password: the directory's is the one
        assert (
            session.execute(select(credential).where(credential.c.user_id == made.id)).first()
            is None
        )

    again = login(client, LI_NA, LI_NA_PASSWORD)
    assert again.status_code == 200 and again.json()["user"]["id"] == str(made.id)
    assert bank.feed(made.id) == ["insert"]  # nothing changed, nothing written

    wrong = login(client, LI_NA, "not her password")
    assert wrong.status_code == 401 and wrong.json()["code"] == "wrong_password"


def test_the_next_sign_in_brings_role_name_and_branch_up_to_date(staff: Slapd, bank: Bank) -> None:
    rm = f"rm.{uuid.uuid4().hex[:8]}"  # the directory is the module's: a person of its own
    staff.add_person(rm, RM_PASSWORD, name="Wang Wei", groups=("guitai-rms",))
    client = bank.client(bind_settings(staff))
    assert login(client, rm, RM_PASSWORD).status_code == 200
    first = bank.user(rm)
    assert first is not None and first.role is Role.RELATIONSHIP_MANAGER
    assert bank.branch_code(first) == "SH01"  # no branch in the directory: the default one

    staff.leave(rm, "guitai-rms")
    staff.join(rm, "guitai-managers")
    staff.change(rm, displayName="王伟", departmentNumber="BJ01")
    answer = login(client, rm, RM_PASSWORD)
    assert answer.status_code == 200, answer.text
    assert answer.json()["user"]["role"] == "branch_manager"
    later = bank.user(rm)
    assert later is not None and later.id == first.id
    assert (later.display_name, later.role, bank.branch_code(later)) == (
        "王伟",
        Role.BRANCH_MANAGER,
        "BJ01",
    )
    assert bank.feed(first.id) == ["insert", "update"]


def test_the_first_mapped_group_gives_the_role(staff: Slapd, bank: Bank) -> None:
    staff.join(LI_NA, "guitai-managers")
    try:
        managers_first = (ROLES[2], ROLES[0], ROLES[1])
        client = bank.client(bind_settings(staff, roles=managers_first))
        assert login(client, LI_NA, LI_NA_PASSWORD).json()["user"]["role"] == "branch_manager"
    finally:
        staff.leave(LI_NA, "guitai-managers")


def test_staff_in_no_mapped_group_or_of_an_unknown_branch_are_refused_with_a_code(
    staff: Slapd, bank: Bank
) -> None:
    client = bank.client(bind_settings(staff))
    nobody = login(client, NOBODY, NOBODY_PASSWORD)
    assert nobody.status_code == 401 and nobody.json()["code"] == "directory_no_role"
    assert "group" in nobody.json()["error"]
    elsewhere = login(client, ELSEWHERE, ELSEWHERE_PASSWORD)
    assert elsewhere.status_code == 401 and elsewhere.json()["code"] == "directory_no_branch"
    assert "XX99" in elsewhere.json()["error"]
    assert bank.user(NOBODY) is None and bank.user(ELSEWHERE) is None
    assert login(client, NOBODY, "a wrong one").json()["code"] == "wrong_password"


def test_a_user_disabled_in_guitai_stays_refused_whatever_the_directory_says(
    staff: Slapd, bank: Bank
) -> None:
    client = bank.client(bind_settings(staff))
    assert login(client, LI_NA, LI_NA_PASSWORD).status_code == 200
    with bank.db.writer() as session, session.begin():
        disable_user(session, LI_NA, datetime.now(UTC))
    refused = login(client, LI_NA, LI_NA_PASSWORD)
    assert refused.status_code == 401 and refused.json()["code"] == "account_disabled"


def test_with_a_directory_only_the_local_users_keep_guitai_passwords(
    staff: Slapd, bank: Bank
) -> None:
    client = bank.client(bind_settings(staff))
    assert login(client, "admin.local", PASSWORD).status_code == 200
    # a Guitai password of a user the directory checks is no way in
    refused = login(client, LI_NA + ".old", PASSWORD)
    assert refused.status_code == 401 and refused.json()["code"] == "wrong_password"
    without = bank.client(None)  # no directory: Guitai's own passwords, as before
    assert login(without, LI_NA + ".old", PASSWORD).status_code == 200
    assert login(without, LI_NA, LI_NA_PASSWORD).json()["code"] == "wrong_password"


@pytest.mark.parametrize(
    "username",
    ["*", f"{LI_NA})(uid=*", f"{LI_NA},ou=people", "li.*", "uid=li.na", f"{LI_NA}\\2a"],
)
@pytest.mark.parametrize("mode", ["bind", "search"])
def test_a_user_name_cannot_rewrite_the_dn_or_the_filter(
    staff: Slapd, bank: Bank, mode: str, username: str
) -> None:
    settings = bind_settings(staff) if mode == "bind" else search_settings(staff)
    client = bank.client(settings)
    refused = login(client, username, LI_NA_PASSWORD)
    assert refused.status_code == 401 and refused.json()["code"] == "wrong_password"
    assert bank.user(username) is None


def test_groups_may_be_searched_by_the_service_account_after_a_template_bind(
    staff: Slapd, bank: Bank
) -> None:
    settings = bind_settings(staff, service_dn=SERVICE_DN, service_password=SERVICE_PASSWORD)
    answer = login(bank.client(settings), LI_NA, LI_NA_PASSWORD)
    assert answer.status_code == 200 and answer.json()["user"]["role"] == "teller"


def test_the_same_first_sign_in_made_twice_at_once_makes_one_user(staff: Slapd, bank: Bank) -> None:
    directory = Directory(bind_settings(staff))
    entry = directory.authenticate(LI_NA, LI_NA_PASSWORD)
    now = datetime.now(UTC)
    with bank.db.writer() as session, session.begin():
        made = directory.provision(session, entry, now)
    with bank.db.writer() as session, session.begin():  # lost the race: the row exists now
        branch = session.get_one(User, made.id).branch_id
        assert _create(session, LI_NA, "Li Na", "", Role.TELLER, branch, now) is None
        again = directory.provision(session, entry, now)  # the transaction is still usable
    assert again.id == made.id and bank.feed(made.id) == ["insert"]


def test_search_then_bind_with_a_service_account_and_member_of(staff: Slapd, bank: Bank) -> None:
    client = bank.client(search_settings(staff))
    answer = login(client, LI_NA.upper(), LI_NA_PASSWORD)  # the directory's spelling is kept
    assert answer.status_code == 200, answer.text
    assert (answer.json()["user"]["username"], answer.json()["user"]["role"]) == (LI_NA, "teller")
    assert login(client, "no.such.person", LI_NA_PASSWORD).json()["code"] == "wrong_password"
    assert login(client, LI_NA, "wrong").json()["code"] == "wrong_password"

    refused_service = bank.client(search_settings(staff, service_password="not it"))
    down = login(refused_service, LI_NA, LI_NA_PASSWORD)
    assert down.status_code == 503 and down.json()["code"] == "directory_unreachable"


def test_ldaps_and_start_tls_check_the_directory_certificate(staff: Slapd, bank: Bank) -> None:
    ca = staff.ca.ca_file
    for settings in (
        bind_settings(staff, url=staff.tls_url, ca_file=ca),
        bind_settings(staff, start_tls=True, ca_file=ca),
    ):
        answer = login(bank.client(settings), LI_NA, LI_NA_PASSWORD)
        assert answer.status_code == 200, (settings.url, answer.text)
    for untrusted in (
        bind_settings(staff, url=staff.tls_url),
        bind_settings(staff, start_tls=True),
    ):
        answer = login(bank.client(untrusted), LI_NA, LI_NA_PASSWORD)
        assert answer.status_code == 503, answer.text
        assert answer.json()["code"] == "directory_unreachable"


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A loopback port that takes connections and never answers (a hung directory)."""
    server = socket.create_server(("127.0.0.1", 0))
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.1)
        while not stop.is_set():
            try:
                held.append(server.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield int(server.getsockname()[1])
    stop.set()
    thread.join()
    for conn in held:
        conn.close()
    server.close()


def test_a_directory_that_is_down_is_told_apart_and_offline_sign_in_still_works(
    staff: Slapd, bank: Bank, tmp_path: Path, silent_port: int
) -> None:
    online = bank.client(bind_settings(staff))
    cache = LocalCache.open(Profile.open(tmp_path / "counter", create=True))
    try:
        answer = sign_in(
            cache,
            Transport("http://testserver", client=online),
            LI_NA,
            LI_NA_PASSWORD,
            MemoryTokens(),
        )
        assert answer.user.role == "teller"

        for down in (
            bind_settings(staff, url=f"ldap://127.0.0.1:{free_port()}"),  # refused
            bind_settings(staff, url=f"ldap://127.0.0.1:{silent_port}", timeout=0.5),  # hung
        ):
            client = bank.client(down)
            refused = login(client, LI_NA, LI_NA_PASSWORD)
            assert refused.status_code == 503, refused.text
            body = refused.json()
            assert body["code"] == "directory_unreachable"
            assert "directory" in body["error"] and "127.0.0.1" not in body["error"]
            with pytest.raises(ServerError) as failed:
                sign_in(
                    cache,
                    Transport("http://testserver", client=client),
                    LI_NA,
                    LI_NA_PASSWORD,
                    MemoryTokens(),
                )
            assert failed.value.server_code is Reason.DIRECTORY_UNREACHABLE

        user = sign_in_offline(cache, LI_NA, LI_NA_PASSWORD, datetime.now(UTC))
        assert (user.username, user.role) == (LI_NA, "teller")
        with pytest.raises(SignedOutError) as wrong:
            sign_in_offline(cache, LI_NA, "not her password", datetime.now(UTC))
        assert wrong.value.code is Reason.WRONG_PASSWORD
    finally:
        cache.close()


def test_wrong_directory_passwords_lock_the_name_like_guitai_ones(staff: Slapd, bank: Bank) -> None:
    client = bank.client(bind_settings(staff), signin_max_failures=2)
    assert login(client, LI_NA, "guess 1").json()["code"] == "wrong_password"
    assert login(client, LI_NA, "guess 2").json()["code"] == "account_locked"
    locked = login(client, LI_NA, LI_NA_PASSWORD)  # not even asked of the directory
    assert locked.status_code == 429 and locked.json()["code"] == "account_locked"


# --- the settings -----------------------------------------------------------------------

GOOD = {
    "GUITAI_DIRECTORY_URL": "ldaps://ldap.bank.test",
    "GUITAI_DIRECTORY_USER_DN": "uid={username},ou=people,dc=bank,dc=test",
    "GUITAI_DIRECTORY_ROLES": "teller=cn=tellers,ou=groups,dc=bank,dc=test; "
    "relationship_manager = CN=RMs, OU=Groups, DC=bank, DC=test",
}


def test_the_directory_is_off_unless_its_address_is_set() -> None:
    assert directory_from_environment({}) is None
    assert directory_from_environment({"GUITAI_DIRECTORY_URL": " "}) is None


def test_good_settings_are_read_from_the_environment(tmp_path: Path) -> None:
    ca = tmp_path / "bank-ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n", encoding="ascii")
    settings = directory_from_environment(
        {
            **GOOD,
            "GUITAI_DIRECTORY_CA_FILE": str(ca),
            "GUITAI_DIRECTORY_LOCAL_USERS": "admin.local, break.glass",
            "GUITAI_DIRECTORY_TIMEOUT": "2.5",
            "GUITAI_DIRECTORY_BRANCH_ATTRIBUTE": "departmentNumber",
        }
    )
    assert settings is not None
    assert settings.roles == (
        ("cn=tellers,ou=groups,dc=bank,dc=test", Role.TELLER),
        ("CN=RMs, OU=Groups, DC=bank, DC=test", Role.RELATIONSHIP_MANAGER),
    )
    assert settings.local_users == {"admin.local", "break.glass"}
    assert (settings.ca_file, settings.timeout) == (ca, 2.5)


def test_the_server_settings_read_the_directory_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for key, value in GOOD.items():
        monkeypatch.setenv(key, value)
    made = ServerSettings()
    assert made.directory is not None and made.directory.url == "ldaps://ldap.bank.test"
    monkeypatch.setenv("GUITAI_DIRECTORY_ROLES", "cashier=cn=x,dc=bank")
    with pytest.raises(SettingsError, match="GUITAI_DIRECTORY_ROLES: 'cashier' is not a role"):
        ServerSettings()


@pytest.mark.parametrize(
    ("changed", "named", "words"),
    [
        ({"GUITAI_DIRECTORY_URL": "https://ldap.bank.test"}, "URL", "is not ldap://"),
        ({"GUITAI_DIRECTORY_URL": "ldaps://ldap.bank.test:99999"}, "URL", "bad port"),
        ({"GUITAI_DIRECTORY_URL": "ldap://ldap.bank.test"}, "START_TLS", "unencrypted"),
        ({"GUITAI_DIRECTORY_SEARCH_BASE": "ou=people,dc=bank,dc=test"}, "USER_DN", "not both"),
        ({"GUITAI_DIRECTORY_USER_DN": ""}, "USER_DN", "not neither"),
        ({"GUITAI_DIRECTORY_USER_DN": "uid=x,ou=people"}, "USER_DN", "does not name"),
        ({"GUITAI_DIRECTORY_USER_DN": "uid={user},ou=people"}, "USER_DN", "may name only"),
        ({"GUITAI_DIRECTORY_USER_DN": "uid={username},,,"}, "USER_DN", "is not a DN"),
        ({"GUITAI_DIRECTORY_ROLES": ""}, "ROLES", "no group is mapped"),
        ({"GUITAI_DIRECTORY_ROLES": "teller"}, "ROLES", "names no group"),
        ({"GUITAI_DIRECTORY_ROLES": "cashier=cn=x,dc=bank"}, "ROLES", "is not a role"),
        ({"GUITAI_DIRECTORY_START_TLS": "perhaps"}, "START_TLS", "not yes or no"),
        ({"GUITAI_DIRECTORY_TIMEOUT": "soon"}, "TIMEOUT", "not a number"),
        ({"GUITAI_DIRECTORY_TIMEOUT": "0"}, "TIMEOUT", "between 0 and 120"),
        ({"GUITAI_DIRECTORY_CA_FILE": "/no/such/ca.pem"}, "CA_FILE", "is not a file"),
        ({"GUITAI_DIRECTORY_SERVICE_DN": "cn=guitai,dc=bank"}, "SERVICE_PASSWORD", "together"),
        ({"GUITAI_DIRECTORY_NAME_ATTRIBUTE": "display name"}, "NAME_ATTRIBUTE", "not an attr"),
        ({"GUITAI_DIRECTORY_BASE_DN": "dc=bank"}, "BASE_DN", "is not a setting"),
        (
            {
                "GUITAI_DIRECTORY_USER_DN": "",
                "GUITAI_DIRECTORY_SEARCH_BASE": "ou=people,dc=bank,dc=test",
                "GUITAI_DIRECTORY_SEARCH_FILTER": "uid={username}",
            },
            "SEARCH_FILTER",
            "not an LDAP filter",
        ),
        (
            {
                "GUITAI_DIRECTORY_GROUP_BASE": "ou=groups,dc=bank",
                "GUITAI_DIRECTORY_GROUP_FILTER": "(cn=x)",
            },
            "GROUP_FILTER",
            "does not name",
        ),
    ],
)
def test_a_bad_setting_is_refused_naming_its_variable(
    changed: dict[str, str], named: str, words: str
) -> None:
    with pytest.raises(SettingsError) as refused:
        directory_from_environment({**GOOD, **changed})
    message = str(refused.value)
    assert message.startswith(f"GUITAI_DIRECTORY_{named}") and words in message, message
    assert refused.value.exit_code == 6


def test_settings_made_in_code_are_checked_too() -> None:
    good = DirectorySettings(
        url="ldap://127.0.0.1:389", user_dn=f"uid={{username}},{PEOPLE}", roles=ROLES
    )
    with pytest.raises(SettingsError, match="GUITAI_DIRECTORY_ROLES"):
        replace(good, roles=())
    with pytest.raises(SettingsError, match="GUITAI_DIRECTORY_START_TLS"):
        replace(good, url="ldap://ldap.bank.test")


# --- a workstation when the directory goes down -----------------------------------------


@pytest.fixture
def own_slapd(tmp_path: Path) -> Iterator[Slapd]:
    """A directory of the test's own, to stop halfway: Li Na, a teller of BJ01, in it."""
    running = start_slapd(tmp_path / "ldap")
    running.add_person(
        LI_NA, LI_NA_PASSWORD, name="Li Na", groups=("guitai-tellers",), branch="BJ01"
    )
    yield running
    running.stop()  # again, if the test did not get that far


def test_with_the_directory_down_a_workstation_signs_in_offline_with_the_same_password(
    own_slapd: Slapd, bank: Bank, tmp_path: Path
) -> None:
    env = {
        **os.environ,
        "GUITAI_DATABASE_URL": bank.url,
        "GUITAI_DIRECTORY_URL": own_slapd.url,
        "GUITAI_DIRECTORY_USER_DN": f"uid={{username}},{PEOPLE}",
        "GUITAI_DIRECTORY_ROLES": f"teller={group_dn('guitai-tellers')}",
        "GUITAI_DIRECTORY_BRANCH_ATTRIBUTE": "departmentNumber",
        "GUITAI_DIRECTORY_TIMEOUT": "2",
    }
    server = start_server(["guitai-server", "serve", "--access-log"], env, tmp_path)
    request = SignInRequest(tmp_path / "counter", server.url, server_fixed=False)
    try:
        online = sign_in_workstation(request, server.url, LI_NA, LI_NA_PASSWORD)
        assert (online.offline, online.user.username, online.user.role) == (False, LI_NA, "teller")

        own_slapd.stop()
        said = httpx.post(
            f"{server.url}/v1/login",
            headers=HEADERS,
            json={
                "username": LI_NA,
                "password": LI_NA_PASSWORD,
                "device_id": str(uuid.uuid4()),
                "device_name": "counter 2",
            },
            trust_env=False,
        )
        assert said.status_code == 503, said.text
        assert said.json()["code"] == "directory_unreachable"
        assert "directory cannot be reached" in said.json()["error"]

        offline = sign_in_workstation(request, server.url, LI_NA, LI_NA_PASSWORD)
        assert (offline.offline, offline.user.username, offline.token) == (True, LI_NA, None)
        with pytest.raises(SignedOutError) as wrong:
            sign_in_workstation(request, server.url, LI_NA, "not her password")
        assert wrong.value.code is Reason.WRONG_PASSWORD
    finally:
        server.stop()
    # the server's log: a clear reason for each refusal, never an internal error
    logins = [e["status"] for e in server.events() if e.get("route") == "/v1/login"]
    assert logins == [200, 503, 503, 503], logins  # online; asked; the two offline sign-ins
    errors = [e["event"] for e in server.events() if e["level"] == "error"]
    assert len(errors) == 3 and all("could not check a password" in e for e in errors), errors
    assert "Traceback" not in server.text()
