"""Light or dark look, following the system's colour scheme live.

`apply_theme(app)` fills the style sheet template (resources/style.qss: @text, @panel...
name the palette's colours), sets a matching QPalette for what the sheet does not cover,
and applies both again when the system switches between light and dark. Widgets that paint
colours themselves (rich text, charts, item models) read `color(name)` while painting and
re-render on `changes()`. GUITAI_COLOR_SCHEME=dark|light overrides the system (for support
and the smoke run).
"""

from __future__ import annotations

import logging
import os
import re

from PySide6.QtCore import QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from ui.paths import STYLE_SHEET

log = logging.getLogger(__name__)

ENV_SCHEME = "GUITAI_COLOR_SCHEME"
"""Forces `dark` or `light` whatever the system says."""

LIGHT = {
    "window": "#f4f6f9",
    "panel": "#ffffff",
    "text": "#1b2433",
    "text_soft": "#4a5566",
    "text_muted": "#6b7380",
    "placeholder": "#8a93a3",
    "heading": "#1f3a5f",
    "header_bg": "#eef2f7",
    "header_text": "#3a4454",
    "border": "#e1e6ee",
    "border_strong": "#dde2ea",
    "alt_row": "#f7f9fc",
    "grid": "#eef1f5",
    "accent": "#2f7ed8",
    "accent_text": "#ffffff",
    "menubar": "#1f3a5f",
    "menubar_text": "#ffffff",
    "menubar_hover": "#2d5289",
    "good": "#1a9e6b",
    "bad": "#c0392b",
    "error": "#b3261e",
    "banner_bg": "#fff3cd",
    "banner_text": "#664d03",
    "remote_tint": "#e8f1fb",
    "remote_text": "#1f4f86",
    "badge_bg": "#e3ecf8",
    "badge_text": "#1f3a5f",
    "saved_locally": "#9a6700",
    "uploaded": "#1a7f37",
    "in_conflict": "#cf222e",
    "chart_revenue": "#2f7ed8",
    "chart_cost": "#c8ccd4",
    "chart_net": "#1a9e6b",
}
DARK = {
    "window": "#1b1f24",
    "panel": "#23282f",
    "text": "#e6edf3",
    "text_soft": "#bac4cf",
    "text_muted": "#9aa4b2",
    "placeholder": "#7d8794",
    "heading": "#9cc3f5",
    "header_bg": "#2b313a",
    "header_text": "#c9d1d9",
    "border": "#373e47",
    "border_strong": "#444c56",
    "alt_row": "#282e36",
    "grid": "#323942",
    "accent": "#3b82d6",
    "accent_text": "#ffffff",
    "menubar": "#15273f",
    "menubar_text": "#e6edf3",
    "menubar_hover": "#24446f",
    "good": "#3fb950",
    "bad": "#ff7b72",
    "error": "#ff7b72",
    "banner_bg": "#4d3b00",
    "banner_text": "#f8e3a1",
    "remote_tint": "#1d2d44",
    "remote_text": "#a8cbf7",
    "badge_bg": "#2a3b55",
    "badge_text": "#cfe0f7",
    "saved_locally": "#d29922",
    "uploaded": "#57ab5a",
    "in_conflict": "#ff7b72",
    "chart_revenue": "#4a90e2",
    "chart_cost": "#6e7681",
    "chart_net": "#3fb950",
}
PALETTES = {"light": LIGHT, "dark": DARK}
TOKEN = re.compile(r"@([a-z_]+)")


class Theme(QObject):
    """The scheme in use; emits changed(scheme) after the app switched to another one."""

    changed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.scheme = "light"
        self.watched: QApplication | None = None
        self.native_style = ""
        """The platform's style, read before any style sheet wraps it."""
        self.fusion_for_dark = False
        """Fusion stands in for the Windows style (which draws light controls only) while dark."""


_theme: Theme | None = None


def theme() -> Theme:
    global _theme
    if _theme is None:
        _theme = Theme()
    return _theme


def changes() -> SignalInstance:
    """Emitted with the new scheme's name after a switch: re-render self-painted colours."""
    changed: SignalInstance = theme().changed
    return changed


def scheme() -> str:
    """`light` or `dark`: the scheme applied last (light before any)."""
    return theme().scheme


def color(name: str) -> str:
    """The current scheme's colour `name`, as #rrggbb."""
    return PALETTES[scheme()][name]


def qcolor(name: str) -> QColor:
    return QColor(color(name))


def scheme_for(system: Qt.ColorScheme) -> str:
    """The scheme to show: the override in GUITAI_COLOR_SCHEME, else the system's."""
    forced = os.environ.get(ENV_SCHEME, "").strip().lower()
    if forced in PALETTES:
        return forced
    if forced:
        log.warning("%s=%s is neither dark nor light; following the system", ENV_SCHEME, forced)
    return "dark" if system == Qt.ColorScheme.Dark else "light"


def style_sheet(name: str) -> str:
    """The style sheet template filled with scheme `name`'s colours ("" without the file)."""
    if not STYLE_SHEET.exists():
        log.warning("no style sheet at %s", STYLE_SHEET)
        return ""
    colours = PALETTES[name]
    return TOKEN.sub(lambda m: colours[m.group(1)], STYLE_SHEET.read_text(encoding="utf-8"))


def qpalette(name: str) -> QPalette:
    """A QPalette for what the style sheet leaves to the style (dialogs, buttons, menus...)."""
    c = {key: QColor(value) for key, value in PALETTES[name].items()}
    palette = QPalette(c["window"])
    role = QPalette.ColorRole
    for each, colour in (
        (role.Window, c["window"]),
        (role.WindowText, c["text"]),
        (role.Base, c["panel"]),
        (role.AlternateBase, c["alt_row"]),
        (role.Text, c["text"]),
        (role.Button, c["header_bg"]),
        (role.ButtonText, c["text"]),
        (role.ToolTipBase, c["panel"]),
        (role.ToolTipText, c["text"]),
        (role.PlaceholderText, c["placeholder"]),
        (role.Highlight, c["accent"]),
        (role.HighlightedText, c["accent_text"]),
        (role.Link, c["accent"]),
        (role.BrightText, c["bad"]),
    ):
        palette.setColor(each, colour)
    for each in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, each, c["placeholder"])
    return palette


def set_scheme(app: QApplication, name: str) -> None:
    """Applies scheme `name` to the whole app; tells `changes()` when it differs."""
    current = theme()
    dark = name == "dark"
    if current.native_style.lower() == "windowsvista" and dark != current.fusion_for_dark:
        app.setStyle("Fusion" if dark else current.native_style)
        current.fusion_for_dark = dark
    previous = current.scheme
    current.scheme = name
    app.setPalette(qpalette(name))
    app.setStyleSheet(style_sheet(name))
    if name != previous:
        current.changed.emit(name)


def apply_theme(app: QApplication) -> str:
    """Applies the system's (or the forced) scheme now and whenever the system switches."""
    hints = QGuiApplication.styleHints()
    current = theme()
    if current.watched is not app:
        current.watched = app
        current.native_style = app.style().name()
        hints.colorSchemeChanged.connect(lambda system: set_scheme(app, scheme_for(system)))
    name = scheme_for(hints.colorScheme())
    set_scheme(app, name)
    return name
