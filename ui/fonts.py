"""Fonts: the bundled WenQuanYi Micro Hei makes Chinese render where the system has no CJK font.

resources/fonts/wqy-microhei.ttc is WenQuanYi Micro Hei 0.2.0-beta (Debian's
fonts-wqy-microhei), licensed Apache-2.0 or GPL-3+ with the font exception; see
resources/fonts/wqy-microhei.COPYRIGHT.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from ui.paths import FONTS

log = logging.getLogger(__name__)

BUNDLED = FONTS / "wqy-microhei.ttc"
PREFERRED_CJK = ("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC")


def install_fonts(app: QApplication) -> list[str]:
    """Loads the bundled CJK font and sets an app font that falls back to it; its families."""
    families: list[str] = []
    font_id = QFontDatabase.addApplicationFont(str(BUNDLED))
    if font_id < 0:
        log.warning("could not load the bundled font %s", BUNDLED)
    else:
        families = list(QFontDatabase.applicationFontFamilies(font_id))
    available = set(QFontDatabase.families())
    base = app.font()
    chain = [base.family()]
    chain += [f for f in PREFERRED_CJK if f in available]
    chain += families[:1]
    font = QFont(base)
    font.setFamilies(chain)
    font.setPointSizeF(max(base.pointSizeF(), 10.0))
    app.setFont(font)
    return families
