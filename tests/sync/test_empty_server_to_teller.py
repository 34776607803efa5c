"""README's "From an empty server to the first teller", run as written: from `guitai-server
init` on an empty database to a signed-in teller whose synced cache holds the bank's own
customers, accounts, a household, an internet banking interaction and external data.

The commands are those of the section's `sh` blocks, in order, each run as its own process
(`guitai-server` and `guitai` of this virtual environment); the CSV files are the section's
own. Only what cannot run here is put in its stead: the test makes its own database (not
`sudo -u postgres createdb`), serves on a free loopback port (not 8400) that the workstation
signs in to (not https://guitai.bank.cn), and posts the channel's `curl` item with httpx,
dated an hour ago (the feed refuses items older than 90 days).
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest

from tests import readme_kit
from tests.sync.conftest import PG_ADMIN, PG_HOST
from tests.sync.serve_kit import BIN, ServerProcess, start_server

WALKTHROUGH = "From an empty server to the first teller"
PUBLIC_URL = "https://guitai.bank.cn"
PUBLIC_PORT = "8400"
NEW_PASSWORD = "counter-2026-own"
SKIPPED = ("export", "sudo")
"""What the section runs that the test does itself: the database URL and the database."""
CHINA = timezone(timedelta(hours=8))
COMMAND_TIMEOUT = 180


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of an empty database: a new SQLite file, or a new PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'guitai.db'}"
        return
    try:
        with psycopg.connect(PG_ADMIN, connect_timeout=3):
            pass
    except psycopg.Error as exc:
        pytest.skip(f"PostgreSQL not reachable at {PG_HOST}: {str(exc).strip().splitlines()[0]}")
    name = f"guitai_walk_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql://postgres@{PG_HOST}/{name}"
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@dataclass
class Bank:
    """The server machine and the workstation of the walkthrough, both in `folder`."""

    folder: Path
    env: dict[str, str]
    server: ServerProcess | None = None

    @property
    def url(self) -> str:
        assert self.server is not None, "the walkthrough serves before a workstation signs in"
        return self.server.url

    def run(self, words: list[str], stdin: str = "") -> str:
        """Runs one command as the section shows it; its output, once it succeeded."""
        done = subprocess.run(
            [str(BIN / words[0]), *words[1:]],
            input=stdin,
            capture_output=True,
            text=True,
            cwd=self.folder,
            env=self.env,
            timeout=COMMAND_TIMEOUT,
            check=False,
        )
        assert done.returncode == 0, f"{' '.join(words)}: exit {done.returncode}\n{done.stderr}"
        return done.stdout

    def serve(self, words: list[str]) -> None:
        """`guitai-server serve` in the background on a free port instead of the section's."""
        at = words.index("--port")
        assert words[at + 1] == PUBLIC_PORT
        self.server = start_server(words[:at] + words[at + 2 :], self.env, self.folder)

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()


@pytest.fixture
def bank(database: str, tmp_path: Path) -> Iterator[Bank]:
    folder = tmp_path / "bank"
    folder.mkdir()
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("https_proxy", "http_proxy")}
    env |= {
        "GUITAI_DATABASE_URL": database,
        "GUITAI_MACHINE_CONFIG_DIR": str(tmp_path / "machine"),
        "GUITAI_USER_CONFIG_DIR": str(tmp_path / "user"),
        "GUITAI_ALLOW_DEV_KEY_FILE": "1",  # no OS keyring here: the token and key in files
    }
    made = Bank(folder, env)
    yield made
    made.stop()


def post_like_curl(bank: Bank, words: list[str]) -> dict[str, Any]:
    """The section's `curl -s URL -H ... -d JSON`, to the test's server, the item dated an
    hour ago; the token read from the file the command reads it from."""
    (url,) = [w for w in words if w.startswith(PUBLIC_URL)]
    headers = dict(words[i + 1].split(": ", 1) for i, w in enumerate(words) if w == "-H")
    token = re.fullmatch(r"Bearer \$\(cat (\S+)\)", headers["Authorization"])
    assert token is not None, headers["Authorization"]
    headers["Authorization"] = "Bearer " + (bank.folder / token.group(1)).read_text().strip()
    body = json.loads(words[words.index("-d") + 1])
    for item in body["items"]:
        item["occurred_at"] = (datetime.now(CHINA) - timedelta(hours=1)).isoformat()
    answer = httpx.post(
        url.replace(PUBLIC_URL, bank.url), headers=headers, json=body, trust_env=False
    )
    assert answer.status_code == 200, answer.text
    result: dict[str, Any] = answer.json()
    return result


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_from_an_empty_server_to_a_signed_in_teller_with_the_banks_own_data(bank: Bank) -> None:
    section = readme_kit.section(WALKTHROUGH)
    files = readme_kit.csv_files(section)
    for name, text in files.items():
        (bank.folder / name).write_text(text, encoding="utf-8")
    steps = readme_kit.commands(section)
    teller = next(r for r in rows(files["users.csv"]) if r["role"] == "teller")
    said: dict[str, str] = {}
    posted: list[dict[str, Any]] = []
    passwords_file = ""
    for words in steps:
        program = readme_kit.program(words)
        if program in SKIPPED:
            continue
        if program == "curl":
            assert bank.server is not None, "the channel posts to a running server"
            posted.append(post_like_curl(bank, words))
        elif words[:2] == ["guitai-server", "serve"]:
            bank.serve(words)
        elif program == "guitai-server":
            if "--passwords-out" in words:
                passwords_file = words[words.index("--passwords-out") + 1]
            said[" ".join(words[1:3])] = bank.run(words)
        else:
            assert program == "guitai", f"the walkthrough runs {words[0]}: run it here too"
            words = [w.replace(PUBLIC_URL, bank.url) for w in words]
            stdin = ""
            if words[1] == "login":
                written = (bank.folder / passwords_file).read_text(encoding="utf-8")
                one_time = {r["username"]: r["password"] for r in rows(written)}
                stdin = f"{teller['username']}\n{one_time[teller['username']]}\n{NEW_PASSWORD}\n"
            said[" ".join(words[1:2])] = bank.run(words, stdin)

    assert "created the database schema" in said["init"]
    assert "one-time password" in said["user list"]
    assert [p["created"] for p in posted] == [1]
    assert f"signed in as {teller['display_name']} (teller, branch BJ01)" in said["login"]
    first = rows(files["customers.csv"])[0]
    assert first["customer_number"] in said["search"] and first["customer_number"] in said["show"]

    profile = ["--profile", "counter"]
    shown = json.loads(bank.run(["guitai", "show", first["customer_number"], *profile, "--json"]))
    accounts = [
        a for a in rows(files["accounts.csv"]) if a["customer_number"] == first["customer_number"]
    ]
    assert len(shown["accounts"]) == len(accounts) == 2
    assert {a["account_number"][-4:] for a in shown["accounts"]} == {
        a["account_number"][-4:] for a in accounts
    }  # shown masked
    (joint,) = [a for a in shown["accounts"] if a["other_holders"]]
    assert [(h["customer_number"], h["role"]) for h in joint["other_holders"]] == [
        ("C0001002", "joint")
    ]
    assert joint["profit_12m"]["net"] != "0.0000"  # its months of profitability.csv
    related = {(r["customer_number"], r["name"], r["kind"]) for r in shown["related"]}
    names = {c["customer_number"]: c["name"] for c in rows(files["customers.csv"])}
    assert related == {  # the other two customers, in the cache too
        ("C0001002", names["C0001002"], "household"),
        ("C0002001", names["C0002001"], "director_of"),
    }
    interactions = {(i["channel"], i["subject"], i["staff"]) for i in shown["interactions"]}
    assert ("internet", "card limit raised in the app", None) in interactions  # the feed's
    assert ("counter", "asked about time deposits", "王伟") in interactions  # the import's
    assert [(e["source"], e["attribute"], e["value"]) for e in shown["external"]] == [
        ("pboc_credit", "credit_score", "742")
    ]
