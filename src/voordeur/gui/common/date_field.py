"""A date field that takes what Dutch people type, with a calendar beside it.

`DateField` is a line edit (12-3-2022, 12032022, 12 maart 2022, 1-1-22, 12/3/2022, 2022-03-12;
see `voordeur.domain.typed_dates`), a calendar button (or Alt+↓) and a message line under it.
What was typed is read when the field is left (Tab, Enter, a click elsewhere): a date is shown
back as d-m-jjjj; text that is not a date, or a date outside the allowed range, stays as typed,
the field gets a red border and the message line says why. `value()` is the last date the field
accepted (None when empty) and `valid` says whether the text stands for it; a dialog refuses
OK while a field is not valid (`first_invalid`). A field may be empty unless
`setEmptyAllowed(False)`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QObject,
    QPointF,
    QRectF,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from voordeur import clock
from voordeur.domain.typed_dates import (
    DateInputError,
    Prefer,
    Problem,
    days_in_month,
    parse_dutch_date,
)
from voordeur.gui.common.i18n import locale
from voordeur.gui.common.style import ERROR_COLOUR

INVALID_STYLE = f"QLineEdit {{ border: 2px solid {ERROR_COLOUR}; border-radius: 3px; }}"


def _t(text: str) -> str:
    return QCoreApplication.translate("DateField", text)


def short_date(value: date) -> str:
    """'12-3-2022': how the field shows a date."""
    return f"{value.day}-{value.month}-{value.year}"


class DateField(QWidget):
    """See the module docstring. `changed` is emitted when `value()` changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, prefer: Prefer = "near") -> None:
        super().__init__(parent)
        self._prefer: Prefer = prefer
        self._value: date | None = None
        self._valid = True
        self._message = ""
        self._empty_allowed = True
        self._minimum: tuple[date, str] | None = None
        self._maximum: tuple[date, str] | None = None
        self._calendar_start: date | None = None

        self.line_edit = QLineEdit(self)
        self.line_edit.setObjectName("dateText")
        self.line_edit.setPlaceholderText(_t("bijv. 12-3-2022"))
        self.line_edit.setMaxLength(40)
        self.line_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("00-00-00000") + 16)
        self.line_edit.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setObjectName("dateCalendarButton")
        self.calendar_button.setIcon(_calendar_icon(self.devicePixelRatioF()))
        self.calendar_button.setToolTip(_t("Kalender openen (Alt+↓)"))
        self.calendar_button.setAccessibleName(_t("Kalender openen"))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("dateMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.message_label.hide()

        self._menu = QMenu(self)
        self.calendar = QCalendarWidget(self._menu)
        self.calendar.setObjectName("dateCalendar")
        self.calendar.setGridVisible(True)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        action = QWidgetAction(self._menu)
        action.setDefaultWidget(self.calendar)
        self._menu.addAction(action)
        self._menu.aboutToShow.connect(self._prepare_calendar)
        self.calendar_button.setMenu(self._menu)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.line_edit)
        row.addWidget(self.calendar_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.message_label)
        self.setFocusProxy(self.line_edit)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        self.line_edit.editingFinished.connect(self.commit)
        self.line_edit.textEdited.connect(self._on_edited)
        self._keys = _AltDown(self)
        self.line_edit.installEventFilter(self._keys)

    # -- the value ----------------------------------------------------------------------------
    def value(self) -> date | None:
        """The last date the field accepted; None when it is empty."""
        return self._value

    def setValue(self, value: date | None) -> None:
        """Show `value` (None: empty); clears any message. Emits `changed` when it differs."""
        self.line_edit.setText(short_date(value) if value is not None else "")
        self._accept(value)

    @property
    def valid(self) -> bool:
        """Whether the text stands for `value()`: false while it holds a non-date."""
        return self._valid

    def message(self) -> str:
        """Why the text is not accepted; empty when it is."""
        return self._message

    def text(self) -> str:
        return self.line_edit.text()

    # -- settings -----------------------------------------------------------------------------
    def setPrefer(self, prefer: Prefer) -> None:
        """How a two-digit or missing year is completed: "past" or "near" (see typed_dates)."""
        self._prefer = prefer

    def setEmptyAllowed(self, allowed: bool) -> None:
        self._empty_allowed = allowed

    def setMinimum(self, value: date | None, message: str = "") -> None:
        """The earliest date accepted; `message` says why (a general one when empty)."""
        self._minimum = None if value is None else (value, message or _t(
            "Dat is vóór {date}; kies een latere datum.").format(date=short_date(value)))

    def setMaximum(self, value: date | None, message: str = "") -> None:
        """The latest date accepted; `message` says why (a general one when empty)."""
        self._maximum = None if value is None else (value, message or _t(
            "Dat is na {date}; kies een eerdere datum.").format(date=short_date(value)))

    def setCalendarStart(self, value: date | None) -> None:
        """The month the calendar opens on while the field is empty (default: today)."""
        self._calendar_start = value

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.line_edit.setAccessibleName(name)

    # -- reading what was typed ---------------------------------------------------------------
    def commit(self) -> bool:
        """Read the typed text: accept a date (shown back as d-m-jjjj) or say why not.
        Returns `valid`."""
        text = self.line_edit.text()
        try:
            parsed = parse_dutch_date(text, today=clock.today(), prefer=self._prefer)
        except DateInputError as exc:
            self._refuse(describe_problem(exc))
            return False
        problem = self._range_problem(parsed)
        if problem:
            self._refuse(problem)
            return False
        if parsed is not None and self.line_edit.text() != short_date(parsed):
            self.line_edit.setText(short_date(parsed))
        self._accept(parsed)
        return True

    def _range_problem(self, value: date | None) -> str:
        if value is None:
            return "" if self._empty_allowed else _t("Vul een datum in, bijvoorbeeld 12-3-2022.")
        if self._minimum is not None and value < self._minimum[0]:
            return self._minimum[1]
        if self._maximum is not None and value > self._maximum[0]:
            return self._maximum[1]
        return ""

    def _accept(self, value: date | None) -> None:
        self._show(True, "")
        if value != self._value:
            self._value = value
            self.changed.emit()

    def _refuse(self, message: str) -> None:
        self._show(False, message)

    def _show(self, valid: bool, message: str) -> None:
        self._valid, self._message = valid, message
        self.line_edit.setStyleSheet("" if valid else INVALID_STYLE)
        self.message_label.setText(message)
        grows = not valid and self.message_label.isHidden()
        self.message_label.setVisible(not valid)
        self.line_edit.setAccessibleDescription(message)
        if not valid:
            # A wrapped message asks its height for the width it gets; forms ask sizeHint only.
            width = max(self.message_label.width(), self.line_edit.width(), 1)
            self.message_label.setMinimumHeight(self.message_label.heightForWidth(width))
        if grows or not valid:
            self._grow_dialog()

    def _grow_dialog(self) -> None:
        """A dialog grows (never shrinks) to make room for the message line."""
        window = self.window()
        layout = window.layout() if isinstance(window, QDialog) else None
        if layout is not None and window.isVisible():
            layout.activate()
            wanted = window.sizeHint()
            if layout.hasHeightForWidth():  # wrapped labels: their height at this width
                wanted.setHeight(max(wanted.height(), layout.totalHeightForWidth(window.width())))
            window.resize(window.size().expandedTo(wanted))

    def _on_edited(self, _text: str) -> None:
        """While typing, an old message goes as soon as the text is a good date."""
        if self._valid:
            return
        try:
            parsed = parse_dutch_date(self.line_edit.text(), today=clock.today(),
                                      prefer=self._prefer)
        except DateInputError:
            return
        if not self._range_problem(parsed):
            self._show(True, "")
            self._valid = False  # not accepted until the field is left

    # -- the calendar -------------------------------------------------------------------------
    def open_calendar(self) -> None:
        if self.isEnabled():
            self.calendar_button.showMenu()

    def _prepare_calendar(self) -> None:
        shown = self._value or self._calendar_start or clock.today()
        self.calendar.setMinimumDate(QDate(*_ymd(self._minimum[0])) if self._minimum
                                     else QDate(1900, 1, 1))
        self.calendar.setMaximumDate(QDate(*_ymd(self._maximum[0])) if self._maximum
                                     else QDate(2200, 12, 31))
        self.calendar.setSelectedDate(QDate(*_ymd(shown)))

    def _picked(self, qdate: QDate) -> None:
        self._menu.close()
        self.setValue(date(qdate.year(), qdate.month(), qdate.day()))
        self.line_edit.setFocus(Qt.FocusReason.PopupFocusReason)


def describe_problem(exc: DateInputError) -> str:
    """A short Dutch message for text that is not a date."""
    if exc.problem == Problem.NO_SUCH_DAY and exc.month is not None:
        if exc.year is None:
            return _t("Die dag bestaat niet.")
        return _t("Die dag bestaat niet: {month} {year} heeft {days} dagen.").format(
            month=locale().monthName(exc.month), year=exc.year,
            days=days_in_month(exc.month, exc.year))
    if exc.problem == Problem.WRONG_WEEKDAY and exc.year is not None:
        found = QDate(exc.year, exc.month or 1, exc.day or 1)
        return _t("Klopt niet: {date} is een {weekday}.").format(
            date=f"{exc.day}-{exc.month}-{exc.year}",
            weekday=locale().dayName(found.dayOfWeek()))
    return _t("Geen datum: typ bijvoorbeeld 12-3-2022.")


def first_invalid(fields: Iterable[DateField]) -> DateField | None:
    """The first enabled field that holds a non-date (each is read first), or None."""
    for field in fields:
        if field.isEnabled() and not field.commit():
            return field
    return None


def time_edit(parent: QWidget, object_name: str, accessible_name: str) -> QTimeEdit:
    """The time beside a date field: hours and minutes."""
    edit = QTimeEdit(parent)
    edit.setObjectName(object_name)
    edit.setDisplayFormat("HH:mm")
    edit.setAccessibleName(accessible_name)
    edit.setTime(QTime(10, 0))
    return edit


class _AltDown(QObject):
    """Alt+↓ or F4 in the line edit opens the calendar, as in a date edit."""

    def __init__(self, field: DateField) -> None:
        super().__init__(field)
        self._field = field

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            alt_down = (event.key() == Qt.Key.Key_Down
                        and event.modifiers() & Qt.KeyboardModifier.AltModifier)
            if alt_down or event.key() == Qt.Key.Key_F4:
                self._field.open_calendar()
                return True
        return False


def _ymd(value: date) -> tuple[int, int, int]:
    return value.year, value.month, value.day


def _calendar_icon(ratio: float) -> QIcon:
    """A small calendar page, drawn (the app has no icon set)."""
    size = 16
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ink = QColor("#3a3a3a")
    painter.setPen(QPen(ink, 1.2))
    page = QRectF(1.5, 2.5, 13, 12)
    painter.setBrush(QColor("white"))
    painter.drawRoundedRect(page, 1.5, 1.5)
    painter.fillRect(QRectF(1.5, 2.5, 13, 3.5), ink)
    painter.drawLine(QPointF(5, 1), QPointF(5, 4))
    painter.drawLine(QPointF(11, 1), QPointF(11, 4))
    for row in range(2):
        for column in range(3):
            painter.fillRect(QRectF(4 + column * 3.2, 8 + row * 3, 1.8, 1.8), ink)
    painter.end()
    return QIcon(pixmap)
