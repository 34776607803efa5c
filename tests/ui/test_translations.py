"""The Chinese catalogues translate every string the code has, and are compiled."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from ui.paths import TRANSLATIONS

ROOT = Path(__file__).resolve().parents[2]
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"
SOURCES = ("ui", "client/schema/registry.py")
"""What lupdate reads: the interface, and the table labels it shows (see ui/i18n.py)."""


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_every_string_of_the_code_is_translated(language: str, tmp_path: Path) -> None:
    if not LUPDATE.exists():
        pytest.skip("pyside6-lupdate is not installed next to this Python")
    catalogue = tmp_path / f"guitai_{language}.ts"
    shutil.copy(TRANSLATIONS / catalogue.name, catalogue)
    subprocess.run(
        [str(LUPDATE), "-extensions", "py", *SOURCES, "-ts", str(catalogue)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    untranslated = [
        message.findtext("source")
        for message in ET.parse(catalogue).getroot().iter("message")
        if message.find("translation") is not None
        and message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")  # type: ignore[union-attr]
    ]
    assert untranslated == [], "run pyside6-lupdate (see ui/i18n.py) and translate these"
    contextless = [
        message.findtext("source")
        for context in ET.parse(catalogue).getroot().iter("context")
        if not context.findtext("name")
        for message in context.iter("message")
    ]
    assert contextless == [], "a tr() outside a class: lupdate files it where no lookup finds it"


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_each_catalogue_is_compiled_as_written(language: str) -> None:
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / f"guitai_{language}.qm"))
    root = ET.parse(TRANSLATIONS / f"guitai_{language}.ts").getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                continue
            source = message.findtext("source") or ""
            wanted = message.findtext("translation")
            assert translator.translate(name, source) == wanted, (name, source)
