"""DateField: typed Dutch dates are read when the field is left; what is not a date stays as
typed, with a red border and a message in the field; the calendar beside it picks a day."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from date_typing import type_and_leave
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from voordeur import clock
from voordeur.gui.common.date_field import DateField, first_invalid


@pytest.fixture
def form(qtbot: QtBot) -> Iterator[tuple[DateField, QLineEdit]]:
    """A date field and a line edit after it, to Tab to."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    field = DateField(window)
    after = QLineEdit(window)
    layout.addWidget(field)
    layout.addWidget(after)
    window.show()
    qtbot.waitExposed(window)
    yield field, after  # the window lives as long as the test


@pytest.mark.parametrize(("text", "expected"), [
    ("12-3-2022", date(2022, 3, 12)),
    ("12032022", date(2022, 3, 12)),
    ("12 maart 2022", date(2022, 3, 12)),
    ("12 mrt. 2022", date(2022, 3, 12)),
    ("1-1-22", date(2022, 1, 1)),
    ("12/3/2022", date(2022, 3, 12)),
    ("2022-03-12", date(2022, 3, 12)),
])
def test_typed_dates_are_understood_and_shown_back(
        qtbot: QtBot, form: tuple[DateField, QLineEdit], text: str, expected: date) -> None:
    field, after = form
    assert field.value() is None and field.valid  # starts empty
    with qtbot.waitSignal(field.changed, timeout=1000):
        type_and_leave(field, text)
    assert field.value() == expected
    assert field.valid and not field.message_label.isVisible()
    assert field.text() == f"{expected.day}-{expected.month}-{expected.year}"
    assert after.hasFocus()


@pytest.mark.parametrize(("text", "message"), [
    ("31-2-2022", "Die dag bestaat niet"),
    ("morgen?", "Geen datum: typ bijvoorbeeld 12-3-2022."),
    ("12-13-2022", "Geen datum"),
])
def test_what_is_not_a_date_is_said_in_the_field_and_not_replaced(
        qtbot: QtBot, form: tuple[DateField, QLineEdit], text: str, message: str) -> None:
    field, _after = form
    field.setValue(date(2020, 5, 1))
    type_and_leave(field, text)
    assert field.text() == text  # kept as typed
    assert field.value() == date(2020, 5, 1)  # the last accepted date, not a guess
    assert not field.valid
    assert field.message_label.isVisible() and field.message().startswith(message)
    assert "border" in field.line_edit.styleSheet()
    assert field.line_edit.accessibleDescription() == field.message()
    assert first_invalid([field]) is field
    # A good date clears the message.
    type_and_leave(field, "12-3-2022")
    assert field.valid and field.value() == date(2022, 3, 12)
    assert not field.message_label.isVisible() and field.line_edit.styleSheet() == ""
    assert first_invalid([field]) is None


def test_the_message_goes_while_typing_once_the_text_is_a_date(
        qtbot: QtBot, form: tuple[DateField, QLineEdit]) -> None:
    field, _after = form
    type_and_leave(field, "31-2-2022")
    assert field.message_label.isVisible()
    field.line_edit.setFocus()
    QTest.keyClick(field.line_edit, Qt.Key.Key_Home)
    QTest.keyClick(field.line_edit, Qt.Key.Key_Delete)
    assert field.text() == "1-2-2022"
    assert not field.message_label.isVisible()  # a date now: the message goes
    assert not field.valid  # accepted only when the field is left
    QTest.keyClick(field.line_edit, Qt.Key.Key_Tab)
    assert field.valid and field.value() == date(2022, 2, 1)


def test_empty_is_allowed_unless_said_otherwise(
        qtbot: QtBot, form: tuple[DateField, QLineEdit]) -> None:
    field, _after = form
    field.setValue(date(2022, 3, 12))
    with qtbot.waitSignal(field.changed, timeout=1000):
        type_and_leave(field, "")
    assert field.value() is None and field.valid
    field.setValue(date(2022, 3, 12))
    field.setEmptyAllowed(False)
    type_and_leave(field, "")
    assert not field.valid and field.value() == date(2022, 3, 12)
    assert field.message().startswith("Vul een datum in")


def test_minimum_and_maximum_are_said_in_the_field(
        qtbot: QtBot, form: tuple[DateField, QLineEdit]) -> None:
    field, _after = form
    field.setMinimum(date(2020, 1, 1))
    field.setMaximum(clock.today(), "Een geboortedatum ligt niet in de toekomst.")
    type_and_leave(field, "31-12-2019")
    assert not field.valid and field.message() == "Dat is vóór 1-1-2020; kies een latere datum."
    type_and_leave(field, "1-1-2099")
    assert not field.valid and field.message() == "Een geboortedatum ligt niet in de toekomst."
    assert field.value() is None
    type_and_leave(field, "1-1-2020")
    assert field.valid and field.value() == date(2020, 1, 1)


def test_two_digit_years_follow_the_preference(
        qtbot: QtBot, form: tuple[DateField, QLineEdit]) -> None:
    field, _after = form
    next_year = clock.today().year + 1
    short = f"1-1-{next_year % 100:02d}"
    type_and_leave(field, short)
    assert field.value() == date(next_year, 1, 1)  # "near": next year
    field.setPrefer("past")
    type_and_leave(field, short)
    assert field.value() == date(next_year - 100, 1, 1)  # a birth date: never in the future


def test_the_calendar_beside_the_field_picks_a_day(
        qtbot: QtBot, form: tuple[DateField, QLineEdit]) -> None:
    field, _after = form
    assert field.calendar_button.isVisible()
    field.setCalendarStart(date(2022, 3, 1))
    field._prepare_calendar()  # what opening the menu does
    assert field.calendar.selectedDate() == QDate(2022, 3, 1)
    with qtbot.waitSignal(field.changed, timeout=1000):
        field.calendar.clicked.emit(QDate(2022, 3, 12))
    assert field.value() == date(2022, 3, 12) and field.text() == "12-3-2022"
    field.setMaximum(date(2022, 12, 31))
    field._prepare_calendar()
    assert field.calendar.selectedDate() == QDate(2022, 3, 12)
    assert field.calendar.maximumDate() == QDate(2022, 12, 31)


def test_alt_down_opens_the_calendar(qtbot: QtBot, form: tuple[DateField, QLineEdit],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    field, _after = form
    opened: list[bool] = []
    monkeypatch.setattr(field.calendar_button, "showMenu", lambda: opened.append(True))
    field.line_edit.setFocus()
    QTest.keyClick(field.line_edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert opened == [True]
