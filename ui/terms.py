"""The stored words of the schema (lifecycles, roles, stages …) in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Terms"

WORDS = (
    QT_TRANSLATE_NOOP("Terms", "open"),
    QT_TRANSLATE_NOOP("Terms", "dormant"),
    QT_TRANSLATE_NOOP("Terms", "blocked"),
    QT_TRANSLATE_NOOP("Terms", "closed"),
    QT_TRANSLATE_NOOP("Terms", "tentative"),
    QT_TRANSLATE_NOOP("Terms", "confirmed"),
    QT_TRANSLATE_NOOP("Terms", "cancelled"),
    QT_TRANSLATE_NOOP("Terms", "done"),
    QT_TRANSLATE_NOOP("Terms", "counter"),
    QT_TRANSLATE_NOOP("Terms", "call_centre"),
    QT_TRANSLATE_NOOP("Terms", "internet"),
    QT_TRANSLATE_NOOP("Terms", "mobile"),
    QT_TRANSLATE_NOOP("Terms", "home"),
    QT_TRANSLATE_NOOP("Terms", "phone"),
    QT_TRANSLATE_NOOP("Terms", "email"),
    QT_TRANSLATE_NOOP("Terms", "address"),
    QT_TRANSLATE_NOOP("Terms", "individual"),
    QT_TRANSLATE_NOOP("Terms", "business"),
    QT_TRANSLATE_NOOP("Terms", "primary"),
    QT_TRANSLATE_NOOP("Terms", "joint"),
    QT_TRANSLATE_NOOP("Terms", "authorised"),
    QT_TRANSLATE_NOOP("Terms", "visit"),
    QT_TRANSLATE_NOOP("Terms", "call"),
    QT_TRANSLATE_NOOP("Terms", "meeting"),
    QT_TRANSLATE_NOOP("Terms", "complaint"),
    QT_TRANSLATE_NOOP("Terms", "service_request"),
    QT_TRANSLATE_NOOP("Terms", "prospect"),
    QT_TRANSLATE_NOOP("Terms", "active"),
    QT_TRANSLATE_NOOP("Terms", "suggested"),
    QT_TRANSLATE_NOOP("Terms", "presented"),
    QT_TRANSLATE_NOOP("Terms", "accepted"),
    QT_TRANSLATE_NOOP("Terms", "declined"),
    QT_TRANSLATE_NOOP("Terms", "expired"),
    QT_TRANSLATE_NOOP("Terms", "new"),
    QT_TRANSLATE_NOOP("Terms", "contacted"),
    QT_TRANSLATE_NOOP("Terms", "proposal"),
    QT_TRANSLATE_NOOP("Terms", "won"),
    QT_TRANSLATE_NOOP("Terms", "lost"),
    QT_TRANSLATE_NOOP("Terms", "same household as"),
    QT_TRANSLATE_NOOP("Terms", "spouse"),
    QT_TRANSLATE_NOOP("Terms", "parent of"),
    QT_TRANSLATE_NOOP("Terms", "child of"),
    QT_TRANSLATE_NOOP("Terms", "director of"),
    QT_TRANSLATE_NOOP("Terms", "has director"),
    QT_TRANSLATE_NOOP("Terms", "guarantor for"),
    QT_TRANSLATE_NOOP("Terms", "guaranteed by"),
    QT_TRANSLATE_NOOP("Terms", "employee of"),
    QT_TRANSLATE_NOOP("Terms", "employer of"),
    QT_TRANSLATE_NOOP("Terms", "beneficial owner of"),
    QT_TRANSLATE_NOOP("Terms", "beneficially owned by"),
    QT_TRANSLATE_NOOP("Terms", "agree"),
    QT_TRANSLATE_NOOP("Terms", "disagree"),
    QT_TRANSLATE_NOOP("Terms", "suggest_other"),
    QT_TRANSLATE_NOOP("Terms", "rejected"),
    QT_TRANSLATE_NOOP("Terms", "lifted"),
    QT_TRANSLATE_NOOP("Terms", "watch"),
    QT_TRANSLATE_NOOP("Terms", "later"),
)


def term(word: str) -> str:
    """`word` in the current language; a word without a translation as stored."""
    return QCoreApplication.translate(CONTEXT, word)
