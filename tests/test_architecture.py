"""The layering rules of ARCHITECTURE.md, checked on the source: dependencies point down."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from client.schema.models import ContactPoint

ROOT = Path(__file__).resolve().parent.parent
QT_PACKAGES = {"PySide6", "PyQt5", "PyQt6", "shiboken6", "pytestqt"}
FORBIDDEN = {
    "client": QT_PACKAGES | {"sync", "ui"},
    "sync": QT_PACKAGES | {"ui"},
    "ui": {"sqlalchemy", "sqlite3", "sqlcipher3", "httpx"},
}


def imported_packages(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_nothing_above_it(layer: str) -> None:
    sources = sorted((ROOT / layer).rglob("*.py"))
    assert sources, f"no sources found under {layer}/"
    offenders = {
        str(path.relative_to(ROOT)): sorted(imported_packages(path) & FORBIDDEN[layer])
        for path in sources
        if imported_packages(path) & FORBIDDEN[layer]
    }
    assert offenders == {}, f"{layer}/ must not import {sorted(FORBIDDEN[layer])}"


def test_the_checker_sees_a_qt_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6.QtWidgets import QWidget\nimport ui.main\n", encoding="utf-8")
    assert imported_packages(sample) == {"PySide6", "ui"}


PACKAGE_FORBIDDEN = {
    "sync/server": {"sync.engine"},
    "sync/replica": {"sync.engine", "sync.server", "ui"} | QT_PACKAGES,
}
"""Folders and the modules (with everything under them) their code must not import."""


def imported_modules(path: Path, root: Path = ROOT) -> set[str]:
    """Every dotted name the file imports, `from a.b import c` as both `a.b` and `a.b.c`;
    relative imports resolved against the file's package."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = list(path.relative_to(root).parent.parts)
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


def _under(name: str, prefixes: set[str]) -> bool:
    return any(name == prefix or name.startswith(prefix + ".") for prefix in prefixes)


@pytest.mark.parametrize("folder", sorted(PACKAGE_FORBIDDEN))
def test_package_imports_none_of_its_forbidden_modules(folder: str) -> None:
    sources = sorted((ROOT / folder).rglob("*.py"))
    assert sources, f"no sources found under {folder}/"
    forbidden = PACKAGE_FORBIDDEN[folder]
    offenders = {
        str(path.relative_to(ROOT)): hits
        for path in sources
        if (hits := sorted(n for n in imported_modules(path) if _under(n, forbidden)))
    }
    assert offenders == {}, f"{folder}/ must not import {sorted(forbidden)}"


def test_the_checker_sees_a_submodule_import_in_every_form(tmp_path: Path) -> None:
    forms = [
        "from sync.engine.engine import SyncEngine\n",
        "from sync.engine import state\n",
        "from sync import engine\n",
        "import sync.engine.transport\n",
    ]
    for form in forms:
        sample = tmp_path / "sample.py"
        sample.write_text(form, encoding="utf-8")
        names = imported_modules(sample, tmp_path)
        assert any(_under(n, {"sync.engine"}) for n in names), form
    sample.write_text("from sync.engines_elsewhere import x\n", encoding="utf-8")
    assert not any(_under(n, {"sync.engine"}) for n in imported_modules(sample, tmp_path))


def test_the_checker_resolves_a_relative_import(tmp_path: Path) -> None:
    sample = tmp_path / "sync" / "server" / "sample.py"
    sample.parent.mkdir(parents=True)
    sample.write_text("from ..engine import state\nfrom . import db\n", encoding="utf-8")
    assert {"sync.engine.state", "sync.server.db"} <= imported_modules(sample, tmp_path)


def test_table_facts_come_from_the_registry_not_from_spelled_table_names() -> None:
    """A table's name spelled out in hand-written code is a fact kept outside the registry
    (issue 12 found the contact point table's name in 13 files); models and migrations may."""
    needle = f'"{ContactPoint.__tablename__}"'
    allowed = (ROOT / "client" / "schema",)
    spelled = sorted(
        str(path.relative_to(ROOT))
        for layer in ("client", "sync", "ui", "tests", "installer")
        for path in (ROOT / layer).rglob("*.py")
        if not any(path.is_relative_to(a) for a in allowed)
        and "migrations" not in path.parts
        and needle in path.read_text(encoding="utf-8")
    )
    assert len(spelled) <= 2, f"{needle} is spelled out in {spelled}"
