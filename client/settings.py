"""Workstation settings, layered: defaults < user file < machine file < machine policy.

Environment variables (`GUITAI_SERVER_URL`, ...) and explicit overrides (command-line flags)
win over all of them; they are meant for development and support. Every value is validated
and a bad one is refused with the source, the key and what is wrong. `LoadedSettings.origins`
says where each effective value came from.

Locations (each folder can be moved for tests with an environment variable or an argument):
- machine policy: Windows registry HKLM\\Software\\Policies\\Guitai; elsewhere
  /etc/guitai/policy.toml (`GUITAI_MACHINE_CONFIG_DIR`/policy.toml when that is set);
- machine file: %PROGRAMDATA%\\Guitai\\guitai.toml on Windows, /etc/guitai/guitai.toml
  elsewhere (`GUITAI_MACHINE_CONFIG_DIR`/guitai.toml);
- user file: platformdirs user_config_dir("guitai")/settings.toml (`GUITAI_USER_CONFIG_DIR`).
"""

from __future__ import annotations

import ipaddress
import os
import re
import ssl
import sys
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import platformdirs

from client.errors import GuitaiError
from client.reasons import Reason

ENV_MACHINE_DIR = "GUITAI_MACHINE_CONFIG_DIR"
ENV_USER_DIR = "GUITAI_USER_CONFIG_DIR"
ENV_PREFIX = "GUITAI_"
POLICY_FILE = "policy.toml"
MACHINE_FILE = "guitai.toml"
USER_FILE = "settings.toml"
REGISTRY_KEY = r"Software\Policies\Guitai"
SYSTEM_TRUST = "system"
DEFAULT = "default"
TABLE = "guitai"
"""Keys may also sit under a [guitai] table (the Windows installer writes them there)."""


class SettingsError(GuitaiError):
    """A settings source is unreadable or holds a value that cannot be used."""

    default_code = Reason.BAD_SETTINGS


@dataclass(frozen=True)
class Settings:
    """The effective workstation settings."""

    server_url: str | None = None
    ca_bundle: str = SYSTEM_TRUST
    proxy: str | None = None
    idle_lock_minutes: int = 10
    offline_grace_days: int = 7
    cache_retention_days: int = 90
    branch_code: str | None = None
    language: str | None = None


KEYS = tuple(f.name for f in fields(Settings))


@dataclass(frozen=True)
class Source:
    """One layer of settings: its name for messages and its raw key -> value pairs."""

    name: str
    values: Mapping[str, Any]
    folder: Path | None = None
    """Relative paths (ca_bundle) are taken from here."""


@dataclass(frozen=True)
class LoadedSettings:
    """Settings plus where each value came from and what was ignored."""

    settings: Settings
    origins: dict[str, str]
    warnings: list[str] = field(default_factory=list)

    def describe(self) -> list[tuple[str, Any, str]]:
        """(key, effective value, where it came from) for every key."""
        return [(key, getattr(self.settings, key), self.origins[key]) for key in KEYS]


# --- validators: raw value (TOML, registry or environment text) -> typed value, or ValueError


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(f"must be text, not {type(value).__name__} {value!r}")
    return value.strip()


def _url(value: Any, schemes: tuple[str, ...]) -> str:
    given = _text(value)
    text = given.rstrip("/")
    parts = urlsplit(text)
    if parts.scheme.lower() not in schemes:
        wanted = " or ".join(f"{s}://" for s in schemes)
        raise ValueError(f"{given!r} must start with {wanted}")
    if not parts.hostname:
        raise ValueError(f"{given!r} has no host name")
    try:
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError:
        raise ValueError(f"{given!r} has an invalid port") from None
    return text


class InsecureServerValue(ValueError):
    """A plain http:// server address on another computer: the password would travel in
    clear text."""


LOOPBACK_NAMES = frozenset({"localhost"})


def is_loopback(host: str) -> bool:
    """True for this computer: localhost, 127.0.0.0/8 or ::1."""
    name = host.strip("[]").lower().rstrip(".")
    if name in LOOPBACK_NAMES or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def _server_url(value: Any, folder: Path | None) -> str | None:
    if isinstance(value, str) and not value.strip():
        return None
    url = _url(value, ("https", "http"))
    parts = urlsplit(url)
    if parts.scheme.lower() == "http" and not is_loopback(parts.hostname or ""):
        raise InsecureServerValue(
            f"{url!r} is plain http: the password would cross the network unencrypted; "
            "use https:// (plain http:// only for this computer: localhost, 127.0.0.1, ::1)"
        )
    return url


def check_server_url(text: str) -> str:
    """The server address as the settings accept it, or SettingsError (`insecure_server`
    for plain http to another computer)."""
    try:
        url = _server_url(text, None)
    except InsecureServerValue as exc:
        raise SettingsError(str(exc), code=Reason.INSECURE_SERVER, field="server") from None
    except ValueError as exc:
        raise SettingsError(str(exc), code=Reason.USAGE, field="server") from None
    if url is None:
        raise SettingsError("a server address is needed", code=Reason.REQUIRED, field="server")
    return url


def _proxy(value: Any, folder: Path | None) -> str | None:
    if isinstance(value, str) and value.strip().lower() in {"", "none", "direct"}:
        return None
    return _url(value, ("http", "https", "socks5", "socks5h"))


def _ca_bundle(value: Any, folder: Path | None) -> str:
    text = _text(value)
    if text.lower() in {SYSTEM_TRUST, ""}:
        return SYSTEM_TRUST
    path = Path(os.path.expandvars(text)).expanduser()
    if not path.is_absolute() and folder is not None:
        path = folder / path
    if not path.is_file():
        raise ValueError(f'the CA bundle file {path} does not exist (or use "system")')
    try:
        ssl.create_default_context(cafile=str(path))
    except (ssl.SSLError, OSError, ValueError) as exc:
        raise ValueError(f"the CA bundle file {path} holds no usable certificate: {exc}") from None
    return str(path)


def _int_in(low: int, high: int) -> Callable[[Any, Path | None], int]:
    def parse(value: Any, folder: Path | None) -> int:
        if isinstance(value, bool) or not isinstance(value, int | str):
            raise ValueError(f"must be a whole number, not {type(value).__name__} {value!r}")
        try:
            number = int(value)
        except ValueError:
            raise ValueError(f"must be a whole number, not {value!r}") from None
        if not low <= number <= high:
            raise ValueError(f"must be between {low} and {high}, not {number}")
        return number

    return parse


def _pattern(regex: str, what: str) -> Callable[[Any, Path | None], str | None]:
    def parse(value: Any, folder: Path | None) -> str | None:
        text = _text(value)
        if not text:
            return None
        if not re.fullmatch(regex, text):
            raise ValueError(f"{text!r} is not {what}")
        return text

    return parse


VALIDATORS: dict[str, Callable[[Any, Path | None], Any]] = {
    "server_url": _server_url,
    "ca_bundle": _ca_bundle,
    "proxy": _proxy,
    "idle_lock_minutes": _int_in(1, 240),
    "offline_grace_days": _int_in(0, 90),
    "cache_retention_days": _int_in(1, 3650),
    "branch_code": _pattern(r"[0-9A-Za-z]{1,16}", "a branch code (1-16 letters or digits)"),
    "language": _pattern(
        r"[a-z]{2,3}([_-][A-Za-z0-9]{2,4})?", "a language tag such as zh_CN, zh_TW or en"
    ),
}


# --- sources


def machine_dir(override: Path | None = None, environ: Mapping[str, str] | None = None) -> Path:
    """The folder of the machine file (and, off Windows, of the policy file)."""
    environ = os.environ if environ is None else environ
    if override is not None:
        return override
    if environ.get(ENV_MACHINE_DIR):
        return Path(environ[ENV_MACHINE_DIR])
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / "Guitai"
    return Path("/etc/guitai")


def user_dir(override: Path | None = None, environ: Mapping[str, str] | None = None) -> Path:
    """The folder of the user's settings file."""
    environ = os.environ if environ is None else environ
    if override is not None:
        return override
    if environ.get(ENV_USER_DIR):
        return Path(environ[ENV_USER_DIR])
    return Path(platformdirs.user_config_dir("guitai", appauthor=False))


def read_toml(path: Path, name: str) -> Source | None:
    """The settings in a TOML file; None when it does not exist."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise SettingsError(f"{name} {path} cannot be read: {exc.strerror or exc}") from exc
    try:
        values = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise SettingsError(f"{name} {path} is not UTF-8 text: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"{name} {path} is not valid TOML: {exc}") from exc
    table = values.pop(TABLE, None)
    if isinstance(table, dict):
        values = {**values, **table}
    elif table is not None:
        raise SettingsError(f"{name} {path}: {TABLE} must be a table, not {table!r}")
    return Source(f"{name} {path}", values, path.parent)


def read_registry_policy() -> Source | None:
    """Windows only: the values under HKLM\\Software\\Policies\\Guitai, if that key exists."""
    if sys.platform != "win32":
        return None
    import winreg

    try:
        key = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, REGISTRY_KEY)
    except FileNotFoundError:
        return None
    values: dict[str, Any] = {}
    with key:
        index = 0
        while True:
            try:
                name, value, _kind = winreg.EnumValue(key, index)
            except OSError:
                break
            values[name] = value
            index += 1
    return Source(f"machine policy HKLM\\{REGISTRY_KEY}", values)


def environment_source(environ: Mapping[str, str]) -> Source:
    """GUITAI_SERVER_URL, GUITAI_CA_BUNDLE, ... (only those that are set)."""
    values: dict[str, Any] = {}
    for key in KEYS:
        name = ENV_PREFIX + key.upper()
        if name in environ:
            values[key] = environ[name]
    return Source("environment", values, Path.cwd())


def sources(
    *,
    machine_config_dir: Path | None = None,
    user_config_dir: Path | None = None,
    environ: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> list[Source]:
    """The layers, lowest precedence first."""
    environ = os.environ if environ is None else environ
    machine = machine_dir(machine_config_dir, environ)
    layers = [
        read_toml(user_dir(user_config_dir, environ) / USER_FILE, "user settings"),
        read_toml(machine / MACHINE_FILE, "machine settings"),
    ]
    if sys.platform == "win32" and machine_config_dir is None and ENV_MACHINE_DIR not in environ:
        layers.append(read_registry_policy())
    else:
        layers.append(read_toml(machine / POLICY_FILE, "machine policy"))
    layers.append(environment_source(environ))
    if overrides:
        given = {k: v for k, v in overrides.items() if v is not None}
        layers.append(Source("command line", given, Path.cwd()))
    return [layer for layer in layers if layer is not None]


def merge(layers: list[Source]) -> LoadedSettings:
    """Validates every layer and lays them over the defaults; the last layer wins."""
    values: dict[str, Any] = {}
    origins = dict.fromkeys(KEYS, DEFAULT)
    warnings: list[str] = []
    for layer in layers:
        for key, raw in layer.values.items():
            validator = VALIDATORS.get(key)
            if validator is None:
                warnings.append(f"{layer.name}: unknown key {key!r} was ignored")
                continue
            variable = env_name(layer, key)
            where = f"{layer.name} ({variable})" if variable else layer.name
            try:
                values[key] = validator(raw, layer.folder)
            except ValueError as exc:
                insecure = isinstance(exc, InsecureServerValue)
                code = Reason.INSECURE_SERVER if insecure else None
                raise SettingsError(f"{where}: {key}: {exc}", code=code) from None
            origins[key] = where
    return LoadedSettings(replace(Settings(), **values), origins, warnings)


def env_name(layer: Source, key: str) -> str:
    """The variable a value of the environment layer came from; '' for other layers."""
    return ENV_PREFIX + key.upper() if layer.name == "environment" else ""


def load_settings(
    overrides: Mapping[str, Any] | None = None,
    *,
    machine_config_dir: Path | None = None,
    user_config_dir: Path | None = None,
    environ: Mapping[str, str] | None = None,
) -> LoadedSettings:
    """Reads and validates all layers; raises SettingsError naming the source and key."""
    return merge(
        sources(
            machine_config_dir=machine_config_dir,
            user_config_dir=user_config_dir,
            environ=environ,
            overrides=overrides,
        )
    )


def ssl_context(settings: Settings) -> ssl.SSLContext:
    """The TLS context for the server: the OS trust store, or the configured CA bundle."""
    if settings.ca_bundle != SYSTEM_TRUST:
        return ssl.create_default_context(cafile=settings.ca_bundle)
    try:
        import truststore
    except ImportError:
        import certifi

        return ssl.create_default_context(cafile=certifi.where())
    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def trust_description(settings: Settings) -> str:
    """In words: which certificates the client trusts."""
    if settings.ca_bundle != SYSTEM_TRUST:
        return f"the CA bundle {settings.ca_bundle}"
    try:
        import truststore  # noqa: F401
    except ImportError:
        return "the certifi public CA list (truststore is not installed)"
    return "the operating system's trust store"
