"""Typing into a DateField as a worker does (QTest key clicks, then Tab away), and the checks
every date field of the app gets: what Dutch people type is understood; a non-date is said in
the field, kept as typed, and nothing is accepted while it is there."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from voordeur.gui.common.date_field import DateField

# What is typed, and the date it stands for on the test day (DEMO_DAY, 16-11-2026).
TYPED = [("12-3-2022", date(2022, 3, 12)), ("12032022", date(2022, 3, 12)),
         ("12 maart 2022", date(2022, 3, 12)), ("1-1-22", date(2022, 1, 1))]
NOT_DATES = [("31-2-2022", "Die dag bestaat niet"), ("morgen?", "Geen datum")]


def type_and_leave(field: DateField, text: str) -> None:
    """Select what is in the field, type `text` key by key and Tab away."""
    field.line_edit.setFocus()
    field.line_edit.selectAll()
    QTest.keyClick(field.line_edit, Qt.Key.Key_Delete)
    QTest.keyClicks(field.line_edit, text)
    QTest.keyClick(field.line_edit, Qt.Key.Key_Tab)


def check_typed_dates(field: DateField, typed: list[tuple[str, date]] | None = None) -> None:
    for text, expected in typed or TYPED:
        type_and_leave(field, text)
        assert field.valid, (text, field.message())
        assert field.value() == expected, text
        assert not field.message_label.isVisible()


def check_not_dates(field: DateField, refused: Callable[[str], bool]) -> None:
    """Each non-date: said in the field, kept as typed, the value not replaced, and
    `refused(message)` (OK or Toevoegen pressed) holds."""
    before = field.value()
    for text, message in NOT_DATES:
        type_and_leave(field, text)
        assert field.text() == text
        assert field.value() == before
        assert not field.valid
        assert field.message_label.isVisible() and field.message().startswith(message)
        assert refused(field.message()), text
