"""The shipped nginx sample on the distribution's own nginx, in front of a real server, with a
certificate of a private test CA: a workstation signs in, syncs and uploads an edit through
it, and `guitai doctor` tells whether the CA is trusted.

Only the host name, the certificate paths and the ports of the sample are replaced; nginx
runs in the foreground on loopback ports, with its pid, logs and temporary files in the
test's folder (`nginx -p`).
"""

from __future__ import annotations

import io
import json
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from sync.cli import main
from sync.demo import SERVER_FILE, DemoServer, start_demo_server
from sync.server.settings import ServerSettings
from tests.tls_kit import TestCA

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "installer" / "server" / "nginx-guitai.conf"
HOST = "localhost"
INSTALL_HINT = "apt-get install nginx (python3 dev.py test installs it when it can)"


def nginx_binary() -> str | None:
    return shutil.which("nginx") or next(
        (str(p) for p in (Path("/usr/sbin/nginx"), Path("/usr/local/sbin/nginx")) if p.exists()),
        None,
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def substituted(sample: str, *, cert: Path, key: Path, http: int, https: int, server: int) -> str:
    """The sample with only its host name, certificate paths and ports replaced; each must be
    found exactly where the sample's header says to replace them."""
    replacements = [
        ("/etc/nginx/tls/crm.bank.example.fullchain.pem", str(cert)),
        ("/etc/nginx/tls/crm.bank.example.key", str(key)),
        ("crm.bank.example", HOST),
        ("listen 80;", f"listen 127.0.0.1:{http};"),
        ("listen 443 ssl;", f"listen 127.0.0.1:{https} ssl;"),
        ("server 127.0.0.1:8400;", f"server 127.0.0.1:{server};"),
    ]
    text = sample
    for old, new in replacements:
        assert old in text, f"the sample no longer holds {old!r}"
        text = text.replace(old, new)
    return text


def main_conf(prefix: Path, site: Path) -> Path:
    """A top-level nginx.conf that includes the site as conf.d does, every path in `prefix`."""
    conf = prefix / "nginx.conf"
    temp = "\n".join(
        f"    {kind}_temp_path {prefix / kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    conf.write_text(
        f"""daemon off;
master_process off;
worker_processes 1;
pid {prefix / "nginx.pid"};
error_log {prefix / "error.log"} info;
events {{ worker_connections 128; }}
http {{
    access_log {prefix / "access.log"};
{temp}
    include {site};
}}
""",
        encoding="utf-8",
    )
    return conf


@dataclass
class Proxy:
    url: str
    http_url: str
    ca: TestCA
    prefix: Path
    server: DemoServer
    server_db: Path

    def access_log(self) -> str:
        return (self.prefix / "access.log").read_text(encoding="utf-8", errors="replace")


def nginx_test(binary: str, prefix: Path, conf: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [binary, "-t", "-p", str(prefix), "-c", str(conf), "-e", str(prefix / "error.log")],
        capture_output=True,
        text=True,
        timeout=60,
    )


def wait_for_port(process: subprocess.Popen[bytes], port: int, log: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"nginx stopped: {log.read_text(errors='replace')[-2000:]}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError("nginx did not listen within 30 s")


def site(tmp: Path, server_port: int) -> tuple[Path, Path, TestCA, int, int]:
    """The substituted site config in `tmp/nginx`, its ports and the CA of its certificate."""
    prefix = tmp / "nginx"
    for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (prefix / kind).mkdir(parents=True)
    ca = TestCA.make(tmp / "ca")
    certificate = ca.issue(HOST, (HOST,))
    http, https = free_port(), free_port()
    conf = prefix / "guitai.conf"
    conf.write_text(
        substituted(
            SAMPLE.read_text(encoding="utf-8"),
            cert=certificate.cert_file,
            key=certificate.key_file,
            http=http,
            https=https,
            server=server_port,
        ),
        encoding="utf-8",
    )
    return prefix, main_conf(prefix, conf), ca, http, https


@pytest.fixture(scope="module")
def binary() -> str:
    found = nginx_binary()
    if found is None:
        pytest.skip(f"nginx is not installed: {INSTALL_HINT}")
    return found


@pytest.fixture(scope="module")
def proxy(binary: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Proxy]:
    tmp = tmp_path_factory.mktemp("proxy")
    server = start_demo_server(tmp / "server", customers=300)
    server_port = int(server.url.rsplit(":", 1)[1])
    prefix, conf, ca, http, https = site(tmp, server_port)
    log = prefix / "error.log"
    process = subprocess.Popen(
        [binary, "-p", str(prefix), "-c", str(conf), "-e", str(log)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_for_port(process, https, log)
        yield Proxy(
            f"https://{HOST}:{https}",
            f"http://{HOST}:{http}",
            ca,
            prefix,
            server,
            tmp / "server" / SERVER_FILE,
        )
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        server.stop()


def test_the_sample_passes_nginx_t_without_warnings(binary: str, tmp_path: Path) -> None:
    prefix, conf, _ca, _http, _https = site(tmp_path, free_port())
    checked = nginx_test(binary, prefix, conf)
    output = checked.stdout + checked.stderr
    assert checked.returncode == 0, output
    assert "test is successful" in output
    assert not re.search(r"\[(warn|emerg|alert|crit)\]", output), output


def test_the_sample_takes_the_largest_body_the_server_takes() -> None:
    found = re.search(r"client_max_body_size (\d+)m;", SAMPLE.read_text(encoding="utf-8"))
    assert found is not None
    assert int(found.group(1)) * 1024 * 1024 >= ServerSettings().max_body_bytes


@pytest.fixture
def workstation(
    proxy: Proxy, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Path, Path]]:
    """The machine settings folder (guitai.toml trusts the test CA) and a profile folder."""
    machine = tmp_path / "machine"
    machine.mkdir()
    (machine / "guitai.toml").write_text(
        f'server_url = "{proxy.url}"\nca_bundle = "{proxy.ca.ca_file}"\n', encoding="utf-8"
    )
    monkeypatch.setenv("GUITAI_MACHINE_CONFIG_DIR", str(machine))
    monkeypatch.setenv("GUITAI_USER_CONFIG_DIR", str(tmp_path / "user"))
    for name in ("HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "https_proxy", "http_proxy"):
        monkeypatch.delenv(name, raising=False)
    yield machine, tmp_path / "counter"


def guitai(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    *args: str,
    stdin: str = "",
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_workstation_signs_in_syncs_and_uploads_an_edit_through_nginx(
    proxy: Proxy,
    workstation: tuple[Path, Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _machine, folder = workstation
    profile = str(folder)
    credentials = f"{proxy.server.teller}\n{proxy.server.password}\n"
    code, out, err = guitai(
        capsys, monkeypatch, "login", "--server", proxy.url, "--profile", profile, stdin=credentials
    )
    assert code == 0, err
    assert "signed in as" in out

    code, out, err = guitai(capsys, monkeypatch, "sync", "--profile", profile)
    assert code == 0, err
    code, out, _ = guitai(capsys, monkeypatch, "search", "C", "--profile", profile, "--json")
    hits = json.loads(out)
    assert code == 0 and hits
    number = hits[0]["customer_number"]

    code, _, err = guitai(
        capsys, monkeypatch, "customer", "set", number, "name_latin=Via Nginx", "--profile", profile
    )
    assert code == 0, err
    code, out, err = guitai(capsys, monkeypatch, "sync", "--profile", profile, "--json")
    assert code == 0, err
    outcome = json.loads(out)
    assert (outcome["report"]["pushed"], outcome["pending"]) == (1, 0)

    server_db = sqlite3.connect(proxy.server_db)
    try:
        (stored,) = server_db.execute(
            "SELECT name_latin FROM customer WHERE customer_number = ?", (number,)
        ).fetchone()
    finally:
        server_db.close()
    assert stored == "Via Nginx"
    log = proxy.access_log()
    assert '"POST /v1/login HTTP/1.1" 200' in log and '"POST /v1/push HTTP/1.1" 200' in log


def test_without_the_ca_bundle_the_certificate_is_not_trusted(
    proxy: Proxy,
    workstation: tuple[Path, Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    machine, folder = workstation
    (machine / "guitai.toml").write_text(f'server_url = "{proxy.url}"\n', encoding="utf-8")
    credentials = f"{proxy.server.teller}\n{proxy.server.password}\n"
    code, out, err = guitai(
        capsys,
        monkeypatch,
        "login",
        "--server",
        proxy.url,
        "--profile",
        str(folder),
        stdin=credentials,
    )
    assert code == 7 and "signed in" not in out, err
    assert "certificate" in err.lower(), err


def tls_check(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *extra: str
) -> dict[str, str]:
    _code, out, _err = guitai(capsys, monkeypatch, "doctor", "--json", "--timeout", "10", *extra)
    checks = {c["name"]: c for c in json.loads(out)["checks"]}
    return {"reachable": checks["server reachable"]["status"], **checks["TLS trust"]}


def test_doctor_fails_tls_trust_without_the_ca_bundle_and_passes_with_it(
    proxy: Proxy,
    workstation: tuple[Path, Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    trusted = tls_check(capsys, monkeypatch)  # the machine settings name the CA bundle
    assert (trusted["reachable"], trusted["status"]) == ("OK", "OK"), trusted
    assert str(proxy.ca.ca_file) in trusted["message"]

    untrusted = tls_check(capsys, monkeypatch, "--ca-bundle", "system")
    assert untrusted["status"] == "FAIL", untrusted
    assert "not trusted" in untrusted["message"] and "ca_bundle" in untrusted["fix"]


def test_plain_http_is_sent_to_https(proxy: Proxy) -> None:
    answer = httpx.get(f"{proxy.http_url}/health", follow_redirects=False, trust_env=False)
    assert answer.status_code == 301
    assert answer.headers["location"] == f"https://{HOST}/health"
