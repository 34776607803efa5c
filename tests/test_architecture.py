"""The layering rules of ARCHITECTURE.md, checked on the source: dependencies point down."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QT_PACKAGES = {"PySide6", "PyQt5", "PyQt6", "shiboken6", "pytestqt"}
FORBIDDEN = {
    "client": QT_PACKAGES | {"sync", "ui"},
    "sync": QT_PACKAGES | {"ui"},
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
