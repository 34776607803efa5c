"""Settings: layered sources with a clear precedence, strict validation, provenance."""

from __future__ import annotations

from pathlib import Path

import pytest

from client.settings import (
    SYSTEM_TRUST,
    Settings,
    SettingsError,
    load_settings,
    ssl_context,
)


@pytest.fixture
def dirs(tmp_path: Path) -> tuple[Path, Path]:
    machine, user = tmp_path / "etc", tmp_path / "user"
    machine.mkdir()
    user.mkdir()
    return machine, user


def load(
    dirs: tuple[Path, Path], environ: dict[str, str] | None = None, **overrides: object
) -> tuple[Settings, dict[str, str]]:
    loaded = load_settings(
        overrides, machine_config_dir=dirs[0], user_config_dir=dirs[1], environ=environ or {}
    )
    return loaded.settings, loaded.origins


def test_defaults_when_no_source_exists(dirs: tuple[Path, Path]) -> None:
    settings, origins = load(dirs)
    assert settings == Settings()
    assert settings.idle_lock_minutes == 10 and settings.offline_grace_days == 7
    assert settings.ca_bundle == SYSTEM_TRUST
    assert set(origins.values()) == {"default"}


def test_precedence_policy_over_machine_over_user_and_env_and_flags_over_all(
    dirs: tuple[Path, Path],
) -> None:
    machine, user = dirs
    (user / "settings.toml").write_text(
        'server_url = "https://user.example"\nlanguage = "en"\nidle_lock_minutes = 5\n'
    )
    (machine / "guitai.toml").write_text(
        'server_url = "https://machine.example/"\nidle_lock_minutes = 15\nbranch_code = "0101"\n'
    )
    (machine / "policy.toml").write_text("idle_lock_minutes = 3\n")
    settings, origins = load(dirs)
    assert settings.server_url == "https://machine.example"  # trailing slash dropped
    assert settings.language == "en"
    assert settings.idle_lock_minutes == 3
    assert origins["idle_lock_minutes"] == f"machine policy {machine / 'policy.toml'}"
    assert origins["server_url"] == f"machine settings {machine / 'guitai.toml'}"
    assert origins["language"] == f"user settings {user / 'settings.toml'}"

    env = {"GUITAI_SERVER_URL": "http://localhost:8400", "GUITAI_IDLE_LOCK_MINUTES": "30"}
    settings, origins = load(dirs, env)
    assert (settings.server_url, settings.idle_lock_minutes) == ("http://localhost:8400", 30)
    assert origins["idle_lock_minutes"] == "environment (GUITAI_IDLE_LOCK_MINUTES)"

    settings, origins = load(dirs, env, server_url="https://flag.example", proxy=None)
    assert settings.server_url == "https://flag.example"
    assert origins["server_url"] == "command line" and origins["proxy"] == "default"


def test_the_machine_folder_can_come_from_the_environment(dirs: tuple[Path, Path]) -> None:
    (dirs[0] / "guitai.toml").write_text('branch_code = "0201"\n')
    loaded = load_settings(
        user_config_dir=dirs[1], environ={"GUITAI_MACHINE_CONFIG_DIR": str(dirs[0])}
    )
    assert loaded.settings.branch_code == "0201"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('server_url = "ftp://bank.example"', "server_url: 'ftp://bank.example' must start with"),
        ('server_url = "https://"', "server_url: 'https://' has no host name"),
        ("server_url = 42", "server_url: must be text, not int 42"),
        ('idle_lock_minutes = "ten"', "idle_lock_minutes: must be a whole number, not 'ten'"),
        ("idle_lock_minutes = true", "idle_lock_minutes: must be a whole number"),
        ("offline_grace_days = 400", "offline_grace_days: must be between 0 and 90, not 400"),
        ('ca_bundle = "missing.pem"', "ca_bundle: the CA bundle file"),
        ('proxy = "gopher://p"', "proxy: 'gopher://p' must start with http://"),
        ('branch_code = "01 01"', "branch_code: '01 01' is not a branch code"),
        ('language = "Chinese!"', "language: 'Chinese!' is not a language tag"),
        ('server_url = "https://x', "is not valid TOML"),
    ],
)
def test_a_bad_value_names_the_file_the_key_and_the_problem(
    dirs: tuple[Path, Path], text: str, expected: str
) -> None:
    path = dirs[0] / "guitai.toml"
    path.write_text(text + "\n")
    with pytest.raises(SettingsError) as error:
        load(dirs)
    assert str(error.value).startswith(f"machine settings {path}")
    assert expected in str(error.value)


def test_a_bad_environment_value_names_the_variable(dirs: tuple[Path, Path]) -> None:
    with pytest.raises(SettingsError, match=r"environment \(GUITAI_PROXY\): proxy: 'x'"):
        load(dirs, {"GUITAI_PROXY": "x"})


def test_unknown_keys_are_reported_not_fatal(dirs: tuple[Path, Path]) -> None:
    (dirs[1] / "settings.toml").write_text('server-url = "https://typo.example"\n')
    loaded = load_settings(machine_config_dir=dirs[0], user_config_dir=dirs[1], environ={})
    assert loaded.settings.server_url is None
    assert loaded.warnings == [
        f"user settings {dirs[1] / 'settings.toml'}: unknown key 'server-url' was ignored"
    ]


def test_ca_bundle_relative_to_its_file_and_a_usable_context(dirs: tuple[Path, Path]) -> None:
    import certifi

    bundle = dirs[0] / "bank-ca.pem"
    bundle.write_bytes(Path(certifi.where()).read_bytes())
    (dirs[0] / "guitai.toml").write_text('ca_bundle = "bank-ca.pem"\nproxy = "none"\n')
    settings, _ = load(dirs)
    assert settings.ca_bundle == str(bundle) and settings.proxy is None
    assert ssl_context(settings).cert_store_stats()["x509_ca"] > 0
    assert ssl_context(Settings()) is not None


def test_a_file_that_is_not_a_certificate_is_refused(dirs: tuple[Path, Path]) -> None:
    (dirs[0] / "junk.pem").write_text("not a certificate\n")
    (dirs[0] / "guitai.toml").write_text('ca_bundle = "junk.pem"\n')
    with pytest.raises(SettingsError, match=r"ca_bundle: the CA bundle file .* no usable"):
        load(dirs)


def test_describe_lists_every_key_with_its_origin(dirs: tuple[Path, Path]) -> None:
    loaded = load_settings(
        {"branch_code": "0101"}, machine_config_dir=dirs[0], user_config_dir=dirs[1], environ={}
    )
    rows = {key: (value, origin) for key, value, origin in loaded.describe()}
    assert rows["branch_code"] == ("0101", "command line")
    assert rows["offline_grace_days"] == (7, "default")
    assert len(rows) == len(Settings.__dataclass_fields__)


def test_keys_under_a_guitai_table_as_the_msi_writes_them(dirs: tuple[Path, Path]) -> None:
    bundle = dirs[0] / "bank ca.pem"
    import certifi

    bundle.write_bytes(Path(certifi.where()).read_bytes())
    (dirs[0] / "guitai.toml").write_text(
        f"[guitai]\nserver_url='https://crm.bank.example'\nca_bundle='{bundle}'\n"
    )
    settings, _ = load(dirs)
    assert (settings.server_url, settings.ca_bundle) == ("https://crm.bank.example", str(bundle))
