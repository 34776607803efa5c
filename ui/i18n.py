"""The interface language: Qt Linguist translations, following the system locale.

Every user-visible string goes through self.tr() or QCoreApplication.translate(). To refresh
the catalogues after changing strings, then compile them (both tools are in the venv):

    .venv/bin/pyside6-lupdate -extensions py ui client/schema/registry.py \
        -ts resources/translations/guitai_zh_CN.ts \
        resources/translations/guitai_zh_TW.ts resources/translations/guitai_en.ts
    (translate the new entries with .venv/bin/pyside6-linguist, or edit the XML)
    .venv/bin/pyside6-lrelease resources/translations/*.ts

The compiled .qm files are committed next to the .ts files, so running needs no tool.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from ui.paths import TRANSLATIONS

log = logging.getLogger(__name__)

LANGUAGES = {"zh_CN": "简体中文", "zh_TW": "繁體中文", "en": "English"}
"""Language code -> its own name (menus show names untranslated, as is usual)."""


def system_language(locale: QLocale | None = None) -> str:
    """The supported language nearest to the locale: zh_TW for Traditional Chinese."""
    locale = locale or QLocale.system()
    if locale.language() != QLocale.Language.Chinese:
        return "en"
    traditional = locale.script() == QLocale.Script.TraditionalChineseScript or (
        locale.territory()
        in (QLocale.Country.Taiwan, QLocale.Country.HongKong, QLocale.Country.Macau)
    )
    return "zh_TW" if traditional else "zh_CN"


LANGUAGE_KEY = "language"


def saved_language() -> str | None:
    """The language the user last chose in the Settings menu, if any."""
    value = QSettings("Guitai", "Guitai").value(LANGUAGE_KEY)
    return value if isinstance(value, str) and value in LANGUAGES else None


def remember_language(code: str) -> None:
    """Keeps the user's choice for the next start (per user, in Qt's settings store)."""
    QSettings("Guitai", "Guitai").setValue(LANGUAGE_KEY, code)


def starting_language(flag: str | None, configured: str | None) -> str:
    """--language, else the user's last choice, else the settings' language, else the system's."""
    for choice in (flag, saved_language(), configured):
        if choice is not None and choice in LANGUAGES:
            return choice
    return system_language()


class Translations:
    """Installs one language's catalogue at a time; installing one retranslates every widget."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translator: QTranslator | None = None
        self.language = "en"

    def switch(self, language: str) -> bool:
        """Installs `language` (a key of LANGUAGES); False when its catalogue cannot load."""
        if language not in LANGUAGES:
            return False
        translator = QTranslator(self._app)
        if not translator.load(str(TRANSLATIONS / f"guitai_{language}.qm")):
            log.warning("no translation catalogue for %s in %s", language, TRANSLATIONS)
            return False
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
        self._app.installTranslator(translator)
        self._translator = translator
        self.language = language
        return True
