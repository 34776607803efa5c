"""Cheap checks of the packaging files; the real bundle is built by installer/build.py."""

from __future__ import annotations

import ast
import configparser
import re
import runpy
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
WIX = "{http://wixtoolset.org/schemas/v4/wxs}"
GUID = re.compile(r"\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}")


def test_the_spec_is_python_and_names_the_launcher_and_excludes_unused_qt() -> None:
    source = (INSTALLER / "guitai.spec").read_text(encoding="utf-8")
    ast.parse(source, filename="guitai.spec")
    assert "launch.py" in source
    for module in ("QtWebEngineCore", "Qt3DCore", "QtQuick", "QtQml", "QtMultimedia"):
        assert f'"{module}"' in source


def test_build_script_is_python_with_reproducible_settings() -> None:
    source = (INSTALLER / "build.py").read_text(encoding="utf-8")
    ast.parse(source)
    assert 'PYTHONHASHSEED="0"' in source and "SOURCE_DATE_EPOCH" in source


def test_deb_control_file_has_the_project_version() -> None:
    build = runpy.run_path(str(INSTALLER / "build.py"))
    control = build["control_file"](build["project_version"](), "amd64", 1000, "libc6 (>= 2.36)")
    fields = dict(line.split(": ", 1) for line in control.splitlines() if ": " in line)
    assert fields["Package"] == "guitai"
    assert fields["Depends"] == "libc6 (>= 2.36)"
    assert re.fullmatch(r"\d+\.\d+\.\d+.*", fields["Version"])
    assert fields["Architecture"] == "amd64"


def test_the_launcher_finds_an_entry_point() -> None:
    launch = runpy.run_path(str(INSTALLER / "launch.py"))
    assert callable(launch["entry_point"]())


@pytest.fixture(scope="module")
def wxs() -> ET.Element:
    return ET.parse(INSTALLER / "windows" / "guitai.wxs").getroot()


def test_the_msi_is_per_machine_with_a_fixed_upgrade_code(wxs: ET.Element) -> None:
    package = wxs.find(f"{WIX}Package")
    assert package is not None
    assert package.get("Scope") == "perMachine"
    assert GUID.fullmatch(package.get("UpgradeCode", ""))
    assert package.find(f"{WIX}MajorUpgrade") is not None
    properties = {p.get("Id") for p in package.iter(f"{WIX}Property")}
    assert {"SERVER_URL", "CA_BUNDLE"} <= properties


def test_the_msi_writes_the_machine_settings_file(wxs: ET.Element) -> None:
    lines = {i.get("Key"): i for i in wxs.iter(f"{WIX}IniFile")}
    assert set(lines) == {"server_url", "ca_bundle"}
    for line in lines.values():
        assert line.get("Name") == "guitai.toml" and line.get("Section") == "guitai"
        assert line.get("Directory") == "GUITAIDATA"
    guids = [c.get("Guid", "") for c in wxs.iter(f"{WIX}Component") if c.get("Guid") != "*"]
    assert all(GUID.fullmatch(g) for g in guids) and len(set(guids)) == len(guids)


def test_the_systemd_unit_runs_the_server_with_workers_and_an_env_file() -> None:
    unit = configparser.ConfigParser(strict=False, interpolation=None)
    unit.optionxform = str  # type: ignore[assignment,method-assign]
    unit.read(INSTALLER / "server" / "guitai-server.service", encoding="utf-8")
    service = unit["Service"]
    assert "guitai-server serve" in service["ExecStart"]
    assert re.search(r"--workers [2-9]", service["ExecStart"])
    assert service["EnvironmentFile"].startswith("/etc/guitai/")
    env = (INSTALLER / "server" / "guitai-server.env.example").read_text(encoding="utf-8")
    assert "GUITAI_DATABASE_URL=" in env
    assert unit["Install"]["WantedBy"] == "multi-user.target"


def test_nginx_gives_the_long_poll_at_least_60_seconds() -> None:
    conf = (INSTALLER / "server" / "nginx-guitai.conf").read_text(encoding="utf-8")
    block = conf[conf.index("location /v1/changes/wait") :]
    block = block[: block.index("}")]
    timeout = re.search(r"proxy_read_timeout (\d+)s;", block)
    assert timeout is not None and int(timeout.group(1)) >= 60
    assert "127.0.0.1:8400" in conf
