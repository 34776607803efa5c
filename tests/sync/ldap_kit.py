"""A real OpenLDAP (the distribution's slapd) on loopback ports, with its own configuration
and database in a temporary folder, and the bank's staff in it."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from ldap3 import MODIFY_ADD, MODIFY_DELETE, MODIFY_REPLACE, Connection, Server
from ldap3.core.exceptions import LDAPNoSuchObjectResult

from tests.tls_kit import ServerCertificate, TestCA

SUFFIX = "dc=bank,dc=test"
ADMIN_DN = f"cn=admin,{SUFFIX}"
ADMIN_PASSWORD = "admin-secret"
PEOPLE = f"ou=people,{SUFFIX}"
GROUPS = f"ou=groups,{SUFFIX}"
SERVICE_DN = f"cn=guitai,ou=services,{SUFFIX}"
SERVICE_PASSWORD = "service-secret"
PLACEHOLDER = f"cn=placeholder,{SUFFIX}"
SCHEMAS = ("core", "cosine", "inetorgperson", "nis")
MODULES = Path("/usr/lib/ldap")
INSTALL_HINT = "apt-get install slapd ldap-utils (python3 dev.py test installs it when it can)"


def person_dn(uid: str) -> str:
    return f"uid={uid},{PEOPLE}"


def group_dn(cn: str) -> str:
    return f"cn={cn},{GROUPS}"


def slapd_binary() -> str | None:
    return shutil.which("slapd") or next(
        (str(p) for p in (Path("/usr/sbin/slapd"), Path("/usr/local/sbin/slapd")) if p.exists()),
        None,
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Slapd:
    """A running slapd: plain LDAP (StartTLS offered) on `port`, LDAPS on `tls_port`."""

    process: subprocess.Popen[bytes]
    port: int
    tls_port: int
    ca: TestCA
    folder: Path

    @property
    def url(self) -> str:
        return f"ldap://127.0.0.1:{self.port}"

    @property
    def tls_url(self) -> str:
        return f"ldaps://127.0.0.1:{self.tls_port}"

    def admin(self) -> Connection:
        return Connection(
            Server("127.0.0.1", port=self.port),
            ADMIN_DN,
            ADMIN_PASSWORD,
            auto_bind=True,
            raise_exceptions=True,
        )

    def add_person(
        self,
        uid: str,
        password: str,
        *,
        name: str,
        groups: tuple[str, ...] = (),
        branch: str | None = None,
        mail: str | None = None,
    ) -> None:
        attributes: dict[str, object] = {
            "cn": name,
            "sn": name.split()[-1],
            "displayName": name,
            "userPassword": password,
        }
        if branch is not None:
            attributes["departmentNumber"] = branch
        if mail is not None:
            attributes["mail"] = mail
        with self.admin() as conn:
            conn.add(person_dn(uid), ["inetOrgPerson"], attributes)
        for group in groups:
            self.join(uid, group)

    def join(self, uid: str, group: str) -> None:
        """Puts the person in the group (made on first use)."""
        with self.admin() as conn:
            try:
                conn.modify(group_dn(group), {"member": [(MODIFY_ADD, [person_dn(uid)])]})
            except LDAPNoSuchObjectResult:
                members = [PLACEHOLDER, person_dn(uid)]  # a group must keep a member
                conn.add(group_dn(group), ["groupOfNames"], {"member": members})

    def leave(self, uid: str, group: str) -> None:
        with self.admin() as conn:
            conn.modify(group_dn(group), {"member": [(MODIFY_DELETE, [person_dn(uid)])]})

    def change(self, uid: str, **attributes: str) -> None:
        with self.admin() as conn:
            conn.modify(person_dn(uid), {k: [(MODIFY_REPLACE, [v])] for k, v in attributes.items()})

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def _config(folder: Path, certificate: ServerCertificate, ca: TestCA) -> Path:
    includes = "\n".join(f"include /etc/ldap/schema/{s}.schema" for s in SCHEMAS)
    conf = folder / "slapd.conf"
    conf.write_text(
        f"""{includes}
modulepath {MODULES}
moduleload back_mdb
moduleload memberof
pidfile {folder}/slapd.pid
argsfile {folder}/slapd.args
TLSCACertificateFile {ca.ca_file}
TLSCertificateFile {certificate.cert_file}
TLSCertificateKeyFile {certificate.key_file}

database mdb
maxsize 67108864
suffix "{SUFFIX}"
rootdn "{ADMIN_DN}"
rootpw {ADMIN_PASSWORD}
directory {folder}/data
overlay memberof
access to attrs=userPassword by self write by anonymous auth by * none
access to * by * read
""",
        encoding="utf-8",
    )
    (folder / "data").mkdir()
    return conf


def _wait_until_up(process: subprocess.Popen[bytes], port: int, log: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"slapd stopped: {log.read_text(errors='replace')[-2000:]}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError("slapd did not listen within 30 s")


def start_slapd(folder: Path) -> Slapd:
    """slapd on two free loopback ports, with an empty bank: its suffix, people, groups and
    services folders, and Guitai's service account."""
    binary = slapd_binary()
    if binary is None:
        pytest.skip(f"slapd is not installed: {INSTALL_HINT}")
    if not (MODULES / "back_mdb.so").exists():
        pytest.skip(f"slapd's modules are not in {MODULES}: {INSTALL_HINT}")
    ca = TestCA.make(folder / "ca")
    certificate = ca.issue("ldap", ("127.0.0.1", "localhost"))
    conf = _config(folder, certificate, ca)
    port, tls_port = free_port(), free_port()
    log = folder / "slapd.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [
                binary,
                "-f",
                str(conf),
                "-h",
                f"ldap://127.0.0.1:{port}/ ldaps://127.0.0.1:{tls_port}/",
                "-d",
                "0",
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    _wait_until_up(process, port, log)
    _wait_until_up(process, tls_port, log)
    running = Slapd(process, port, tls_port, ca, folder)
    with running.admin() as conn:
        conn.add(SUFFIX, ["dcObject", "organization"], {"dc": "bank", "o": "Test bank"})
        for unit in ("people", "groups", "services"):
            conn.add(f"ou={unit},{SUFFIX}", ["organizationalUnit"], {"ou": unit})
        conn.add(
            SERVICE_DN,
            ["organizationalRole", "simpleSecurityObject"],
            {"cn": "guitai", "userPassword": SERVICE_PASSWORD},
        )
    return running


@pytest.fixture(scope="module")
def slapd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Slapd]:
    running = start_slapd(tmp_path_factory.mktemp("slapd"))
    yield running
    running.stop()
