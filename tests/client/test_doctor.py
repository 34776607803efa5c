"""`guitai doctor`: each broken part of a workstation is named, a good one passes."""

from __future__ import annotations

import datetime as dt
import http.server
import ipaddress
import json
import socket
import sqlite3
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import pytest
from keyring.backends import fail

from client import cli
from client.cli import main
from client.profile import Profile
from client.store import LocalCache


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A working keyring that keeps secrets in this process only."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture(autouse=True)
def _workstation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the doctor command, empty settings folders, no proxy, a working keyring."""
    monkeypatch.setattr(cli, "COMMANDS", {"doctor": cli.COMMANDS["doctor"]})
    for folder in ("machine", "user"):
        (tmp_path / folder).mkdir()
    monkeypatch.setenv("GUITAI_MACHINE_CONFIG_DIR", str(tmp_path / "machine"))
    monkeypatch.setenv("GUITAI_USER_CONFIG_DIR", str(tmp_path / "user"))
    for name in ("SERVER_URL", "CA_BUNDLE", "PROXY", "IDLE_LOCK_MINUTES", "BRANCH_CODE"):
        monkeypatch.delenv(f"GUITAI_{name}", raising=False)
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    monkeypatch.delenv("GUITAI_ALLOW_DEV_KEY_FILE", raising=False)
    memory = MemoryKeyring()
    monkeypatch.setattr(keyring, "get_keyring", lambda: memory)


class Health(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = b'{"status": "alive"}' if self.path == "/health" else b"{}"
        self.send_response(200 if self.path == "/health" else 404)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def serve(context: ssl.SSLContext | None = None) -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Health)
    if context is not None:
        server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    scheme = "https" if context else "http"
    try:
        yield f"{scheme}://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def http_server() -> Iterator[str]:
    yield from serve()


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and localhost: (cert.pem, key.pem)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "guitai test server")])
    now = dt.datetime.now(dt.UTC)
    ski = x509.SubjectKeyIdentifier.from_public_key(key.public_key())
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(ski, critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ski), critical=False
        )
        .sign(key, hashes.SHA256())
    )
    folder = tmp_path_factory.mktemp("tls")
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


@pytest.fixture
def https_server(certificate: tuple[Path, Path]) -> Iterator[str]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*certificate)
    yield from serve(context)


def doctor(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, dict]]:
    code = main(["doctor", "--json", "--timeout", "3", *args])
    out, err = capsys.readouterr()
    report = json.loads(out)
    assert report["ok"] == (code == 0), err
    return code, {check["name"]: check for check in report["checks"]}


def status(checks: dict[str, dict]) -> dict[str, str]:
    return {name: check["status"] for name, check in checks.items()}


def write_machine_settings(tmp_path: Path, text: str) -> None:
    (tmp_path / "machine" / "guitai.toml").write_text(text, encoding="utf-8")


def test_a_good_workstation_passes(
    tmp_path: Path, http_server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    write_machine_settings(tmp_path, f'server_url = "{http_server}"\nbranch_code = "0101"\n')
    profile = Profile.open(tmp_path / "profile", create=True)
    LocalCache.open(profile).close()
    code, checks = doctor(capsys, "--profile", str(profile.folder))
    assert code == 0
    assert status(checks) == {
        "configuration": "OK",
        "server reachable": "OK",
        "TLS trust": "WARN",  # plain http is named, not fatal
        "keyring": "OK",
        "cache": "OK",
        "sign-in lease": "OK",  # a cache that never signed in online has none
        "disk space": "OK",
    }
    origin = f"({'machine settings'} {tmp_path / 'machine' / 'guitai.toml'})"
    assert f"server_url = {http_server}  {origin}" in checks["configuration"]["details"]
    assert "encrypted and intact" in checks["cache"]["message"]


def test_a_trusted_https_server_passes(
    tmp_path: Path,
    https_server: str,
    certificate: tuple[Path, Path],
    capsys: pytest.CaptureFixture[str],
) -> None:
    write_machine_settings(tmp_path, f'server_url = "{https_server}"\nca_bundle = "cert.pem"\n')
    (tmp_path / "machine" / "cert.pem").write_bytes(certificate[0].read_bytes())
    code, checks = doctor(capsys)
    assert code == 0, checks
    assert checks["TLS trust"]["status"] == "OK"
    assert "cert.pem" in checks["TLS trust"]["message"]


def test_an_untrusted_certificate_is_a_tls_failure_not_an_unreachable_server(
    https_server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, checks = doctor(capsys, "--server-url", https_server)
    assert code == 1
    assert checks["server reachable"]["status"] == "OK"
    tls = checks["TLS trust"]
    assert tls["status"] == "FAIL"
    assert "certificate is not trusted" in tls["message"]
    assert "ca_bundle" in tls["fix"]


def test_an_unreachable_server_is_named(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    code, checks = doctor(capsys, "--server-url", f"http://127.0.0.1:{port}")
    assert code == 1
    assert checks["server reachable"]["status"] == "FAIL"
    assert "cannot connect" in checks["server reachable"]["message"]
    assert checks["TLS trust"]["status"] == "SKIP"


def test_a_bad_url_names_the_source_and_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_machine_settings(tmp_path, 'server_url = "htp://bank.example"\n')
    code, checks = doctor(capsys)
    assert code == 1
    config = checks["configuration"]
    assert config["status"] == "FAIL"
    assert "guitai.toml: server_url: 'htp://bank.example' must start with" in config["message"]
    assert checks["server reachable"]["status"] == "SKIP"


def test_no_server_configured_says_where_to_set_it(capsys: pytest.CaptureFixture[str]) -> None:
    code, checks = doctor(capsys)
    assert code == 1
    assert checks["configuration"]["message"] == "no server address is configured"
    assert "SERVER_URL" in checks["configuration"]["fix"]


def test_a_missing_keyring_fails(
    monkeypatch: pytest.MonkeyPatch, http_server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(keyring, "get_keyring", fail.Keyring)
    code, checks = doctor(capsys, "--server-url", http_server)
    assert code == 1
    assert checks["keyring"]["status"] == "FAIL"
    assert "no usable keyring" in checks["keyring"]["message"]


def test_the_dev_key_file_is_a_warning(
    monkeypatch: pytest.MonkeyPatch, http_server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(keyring, "get_keyring", fail.Keyring)
    monkeypatch.setenv("GUITAI_ALLOW_DEV_KEY_FILE", "1")
    code, checks = doctor(capsys, "--server-url", http_server)
    assert code == 0
    assert checks["keyring"]["status"] == "WARN"


def test_an_unencrypted_cache_fails(
    tmp_path: Path, http_server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = Profile.open(tmp_path / "profile", create=True)
    with sqlite3.connect(profile.cache_path) as plain:
        plain.execute("CREATE TABLE t (x)")
    plain.close()
    code, checks = doctor(capsys, "--server-url", http_server, "--profile", str(profile.folder))
    assert code == 1
    assert "NOT encrypted" in checks["cache"]["message"]


def test_a_cache_with_a_lost_key_fails(
    tmp_path: Path, http_server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = Profile.open(tmp_path / "profile", create=True)
    LocalCache.open(profile).close()
    keyring.get_keyring().secrets.clear()  # type: ignore[attr-defined]
    code, checks = doctor(capsys, "--server-url", http_server, "--profile", str(profile.folder))
    assert code == 1
    assert checks["cache"]["status"] == "FAIL"
    assert "not in this machine's keyring" in checks["cache"]["message"]


def test_the_text_report_has_one_line_per_check_and_a_fix(
    http_server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["doctor", "--server-url", http_server])
    out, _ = capsys.readouterr()
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("OK    configuration")
    assert any(line.startswith("WARN  TLS trust") for line in lines)
    assert any("fix: use an https:// server_url" in line for line in lines)
    assert lines[-1] == "all checks passed"


def test_a_wrong_address_path_is_named(
    http_server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, checks = doctor(capsys, "--server-url", f"{http_server}/elsewhere")
    assert code == 1  # /elsewhere/health answers 404
    assert "HTTP 404" in checks["server reachable"]["message"]
