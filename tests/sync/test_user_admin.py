"""`guitai-server user list|disable|enable|reset-password`, `import users` and the one-time
password: refused for everything but a password change until it is changed. SQLite and
PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
import stat
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from client.credentials import MemoryTokens, SignedOutError
from client.profile import Profile
from client.reasons import Reason
from client.schema.base import utcnow
from client.schema.models import User
from client.store import LocalCache
from sync.cli import main as guitai
from sync.demo import SERVER_FILE, start_demo_server
from sync.engine import Transport, sign_in
from sync.engine.signin import sign_in_offline
from sync.engine.transport import RefusedError
from sync.server.app import create_app
from sync.server.cli import main
from sync.server.db import Database
from sync.server.feed import latest_version
from tests.sync.conftest import PASSWORD, Api, make_settings, seed_org

USERS = """username,display_name,role,branch_code,email
zhao.teller,赵敏,teller,BJ01,zhao.min@bank.cn
qian.rm,钱进,relationship_manager,SH01,
"""
NEW_PASSWORD = "a-brand-new-secret"


@pytest.fixture
def api(database_url: str) -> Iterator[Api]:
    """The server, its tokens trusted from the cache for an hour unless something is revoked."""
    app = create_app(database_url, make_settings(token_recheck=timedelta(hours=1)))
    db: Database = app.state.guitai.db
    seeded = seed_org(db)
    with TestClient(app) as client:
        yield Api(client, seeded, db)


def run(api: Api, *argv: str) -> int:
    return main([*argv, "--database", api.db.engine.url.render_as_string(hide_password=False)])


def write(tmp_path: Path, text: str, name: str = "users.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def passwords(path: Path) -> dict[str, str]:
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["username"]: row["password"] for row in csv.DictReader(handle)}


def login(api: Api, username: str, password: str) -> tuple[int, dict[str, object]]:
    body = {
        "username": username,
        "password": password,
        "device_id": str(uuid.uuid4()),
        "device_name": "counter 1",
    }
    response = api.client.post("/v1/login", headers=api.headers, json=body)
    return response.status_code, response.json()


def change(api: Api, username: str, old: str, new: str) -> tuple[int, dict[str, object]]:
    body = {
        "username": username,
        "password": old,
        "new_password": new,
        "device_id": str(uuid.uuid4()),
        "device_name": "counter 1",
    }
    response = api.client.post("/v1/password", headers=api.headers, json=body)
    return response.status_code, response.json()


def pull_status(api: Api, headers: dict[str, str]) -> tuple[int, object]:
    response = api.client.post("/v1/pull", headers=headers, json={"cursor": 0, "limit": 5})
    return response.status_code, response.json().get("code")


def test_import_users_writes_one_time_passwords_to_a_private_file_only(
    api: Api, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "passwords.csv"
    users = write(tmp_path, USERS)
    assert run(api, "import", "users", str(users)) == 2
    assert "give --passwords-out FILE" in capsys.readouterr().err
    assert run(api, "import", "users", str(users), "--passwords-out", str(out)) == 0
    printed = capsys.readouterr()
    given = passwords(out)
    assert set(given) == {"zhao.teller", "qian.rm"}
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    for password in given.values():
        assert len(password) >= 10 and password not in printed.out + printed.err
    assert "2 created, 0 updated, 0 unchanged" in printed.out
    with api.db.reader() as session:
        zhao = session.scalars(select(User).where(User.username == "zhao.teller")).one()
        assert (zhao.display_name, zhao.email, zhao.role.value) == (
            "赵敏",
            "zhao.min@bank.cn",
            "teller",
        )
        version = latest_version(session)
    # a re-run changes nothing and writes no file (the one there is kept as it was)
    assert run(api, "import", "users", str(users), "--passwords-out", str(out)) == 0
    assert "0 created, 0 updated, 2 unchanged" in capsys.readouterr().out
    assert passwords(out) == given
    with api.db.reader() as session:
        assert latest_version(session) == version
    moved = write(
        tmp_path,
        USERS.replace("qian.rm,钱进,relationship_manager,SH01", "qian.rm,钱进,branch_manager,BJ01"),
        "moved.csv",
    )
    assert run(api, "import", "users", str(moved)) == 0
    assert "0 created, 1 updated, 1 unchanged" in capsys.readouterr().out


def test_a_users_file_with_bad_lines_loads_nothing_and_names_every_problem(
    api: Api, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = write(
        tmp_path,
        USERS
        + "sun,孙,robot,XX99,not-mail\n"
        + "zhao.teller,again,teller,BJ01,\n"
        + ",nobody,teller,BJ01,\n",
    )
    out = tmp_path / "passwords.csv"
    assert run(api, "import", "users", str(bad), "--passwords-out", str(out)) == 1
    err = capsys.readouterr().err
    assert "3 bad row(s); nothing was imported" in err
    assert "line 4: role 'robot' is not one of" in err
    assert "unknown branch_code 'XX99'" in err and "'not-mail' is not an e-mail address" in err
    assert "line 5: username zhao.teller already on line 2" in err
    assert "line 6: missing username" in err
    assert not out.exists()
    with api.db.reader() as session:
        assert session.scalars(select(User).where(User.username == "qian.rm")).first() is None
    assert run(api, "import", "users", str(bad), "--dry-run", "--skip-bad-rows") == 0
    assert "would have 2 created" in capsys.readouterr().out
    assert not out.exists()


def test_a_one_time_password_allows_only_a_password_change(api: Api, tmp_path: Path) -> None:
    out = tmp_path / "passwords.csv"
    assert (
        run(api, "import", "users", str(write(tmp_path, USERS)), "--passwords-out", str(out)) == 0
    )
    one_time = passwords(out)["zhao.teller"]
    status, body = login(api, "zhao.teller", "wrong-password!")
    assert (status, body["code"]) == (401, Reason.WRONG_PASSWORD)
    status, body = login(api, "zhao.teller", one_time)
    assert (status, body["code"]) == (401, Reason.PASSWORD_CHANGE_REQUIRED)
    assert "token" not in body
    status, body = change(api, "zhao.teller", "not-it-at-all", NEW_PASSWORD)
    assert (status, body["code"]) == (401, Reason.WRONG_PASSWORD)
    status, body = change(api, "zhao.teller", one_time, "short")
    assert (status, body["code"]) == (400, Reason.WEAK_PASSWORD)
    status, body = change(api, "zhao.teller", one_time, one_time)
    assert (status, body["code"]) == (400, Reason.WEAK_PASSWORD)
    status, body = change(api, "zhao.teller", one_time, NEW_PASSWORD)
    assert status == 200 and body["user"]["username"] == "zhao.teller"  # type: ignore[index]
    token = {**api.headers, "Authorization": f"Bearer {body['token']}"}
    assert pull_status(api, token) == (200, None)
    assert login(api, "zhao.teller", one_time)[0] == 401
    status, body = login(api, "zhao.teller", NEW_PASSWORD)
    assert status == 200 and body["token"]


def test_reset_password_ends_the_sessions_and_asks_for_a_new_one(
    api: Api, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    headers = api.login("teller@BJ01")
    assert pull_status(api, headers) == (200, None)  # the token is now in the cache
    assert run(api, "user", "reset-password", "teller@BJ01") == 0
    captured = capsys.readouterr()
    one_time = captured.out.strip()
    assert len(one_time) >= 10 and "must be changed" in captured.err
    assert pull_status(api, headers) == (401, Reason.SIGNED_OUT)
    assert login(api, "teller@BJ01", PASSWORD)[0] == 401
    assert login(api, "teller@BJ01", one_time)[1]["code"] == Reason.PASSWORD_CHANGE_REQUIRED
    assert change(api, "teller@BJ01", one_time, NEW_PASSWORD)[0] == 200
    out = tmp_path / "reset.csv"
    assert run(api, "user", "reset-password", "teller@BJ01", "--password-out", str(out)) == 0
    assert passwords(out)["teller@BJ01"] not in capsys.readouterr().out
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert run(api, "user", "reset-password", "nobody") == 3


def test_disable_refuses_a_cached_token_at_once_and_enable_lets_them_back(
    api: Api, capsys: pytest.CaptureFixture[str]
) -> None:
    headers = api.login("relationship_manager@SH01")
    assert pull_status(api, headers) == (200, None)
    assert run(api, "user", "disable", "relationship_manager@SH01") == 0
    assert pull_status(api, headers) == (401, Reason.ACCOUNT_DISABLED)
    assert login(api, "relationship_manager@SH01", PASSWORD)[1]["code"] == Reason.ACCOUNT_DISABLED
    assert run(api, "user", "enable", "relationship_manager@SH01") == 0
    assert "enabled relationship_manager@SH01" in capsys.readouterr().out
    assert login(api, "relationship_manager@SH01", PASSWORD)[0] == 200
    assert run(api, "user", "enable", "nobody") == 3


def test_user_list_as_json(api: Api, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(api, "user", "disable", "auditor@SH01") == 0
    capsys.readouterr()
    assert run(api, "user", "list", "--json") == 0
    users = {u["username"]: u for u in json.loads(capsys.readouterr().out)}
    assert len(users) == 12
    assert users["auditor@SH01"]["active"] is False
    assert users["teller@BJ01"] == {
        "username": "teller@BJ01",
        "display_name": "teller@BJ01",
        "role": "teller",
        "branch_code": "BJ01",
        "email": "",
        "active": True,
        "password_change_required": False,
    }
    assert run(api, "user", "list", "--branch", "SH01", "--json") == 0
    assert {u["branch_code"] for u in json.loads(capsys.readouterr().out)} == {"SH01"}


def test_user_add_takes_an_email_and_refuses_a_bad_one(
    api: Api, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("a-long-password\n"))
    assert (
        run(
            api,
            "user",
            "add",
            "wu",
            "--role",
            "teller",
            "--branch",
            "BJ01",
            "--email",
            "wu@bank.cn",
        )
        == 0
    )
    monkeypatch.setattr("sys.stdin", io.StringIO("a-long-password\n"))
    assert (
        run(api, "user", "add", "wu2", "--role", "teller", "--branch", "BJ01", "--email", "wu") == 2
    )
    assert "not an e-mail address" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert run(api, "user", "add", "wu3", "--role", "teller", "--branch", "BJ01") == 2


def test_the_workstation_changes_a_one_time_password_when_told_to(api: Api, tmp_path: Path) -> None:
    out = tmp_path / "passwords.csv"
    assert (
        run(api, "import", "users", str(write(tmp_path, USERS)), "--passwords-out", str(out)) == 0
    )
    one_time = passwords(out)["zhao.teller"]
    profile = Profile.open(tmp_path / "profile", create=True)
    with LocalCache.open(profile) as cache:
        transport = Transport("http://testserver", client=api.client)
        with pytest.raises(SignedOutError) as refused:
            sign_in(cache, transport, "zhao.teller", one_time, MemoryTokens())
        assert refused.value.code is Reason.PASSWORD_CHANGE_REQUIRED
        with pytest.raises(RefusedError) as weak:
            sign_in(cache, transport, "zhao.teller", one_time, MemoryTokens(), new_password="x")
        assert weak.value.server_code is Reason.WEAK_PASSWORD
        tokens = MemoryTokens()
        answer = sign_in(
            cache, transport, "zhao.teller", one_time, tokens, new_password=NEW_PASSWORD
        )
        assert answer.user.username == "zhao.teller" and tokens.load() == answer.token
    # the offline verifier is the new password's
    with LocalCache.open(profile) as cache:
        assert (
            sign_in_offline(cache, "zhao.teller", NEW_PASSWORD, utcnow()).username == "zhao.teller"
        )
        with pytest.raises(SignedOutError):
            sign_in_offline(cache, "zhao.teller", one_time, utcnow())


def test_guitai_login_takes_the_new_password_on_the_line_after_a_one_time_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "server"
    demo = start_demo_server(folder, customers=5)
    try:
        assert (
            main(
                [
                    "user",
                    "reset-password",
                    demo.teller,
                    "--database",
                    f"sqlite:///{folder / SERVER_FILE}",
                ]
            )
            == 0
        )
        one_time = capsys.readouterr().out.strip()
        profile = str(tmp_path / "counter")
        login_args = ["login", "--server", demo.url, "--profile", profile]
        monkeypatch.setattr("sys.stdin", io.StringIO(f"{demo.teller}\n{one_time}\n"))
        assert guitai(login_args) == 2
        assert "give a new one on the line after it" in capsys.readouterr().err
        monkeypatch.setattr(
            "sys.stdin", io.StringIO(f"{demo.teller}\n{one_time}\n{NEW_PASSWORD}\n")
        )
        assert guitai(login_args) == 0
        assert "signed in as" in capsys.readouterr().out
        monkeypatch.setattr("sys.stdin", io.StringIO(f"{demo.teller}\n{NEW_PASSWORD}\n"))
        assert guitai(login_args) == 0
    finally:
        demo.stop()
