"""Where the app's resources (fonts, translations, style sheet) live."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
"""The source tree, or a PyInstaller bundle's folder (which must hold resources/ too)."""
RESOURCES = ROOT / "resources"
FONTS = RESOURCES / "fonts"
TRANSLATIONS = RESOURCES / "translations"
STYLE_SHEET = RESOURCES / "style.qss"
