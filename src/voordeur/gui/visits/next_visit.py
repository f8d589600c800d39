"""When the next visit is planned: a check box and the date and time it enables."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QDateTimeEdit, QHBoxLayout, QVBoxLayout, QWidget

from voordeur.gui.visits.editor_widgets import WheelGuard, from_qdatetime, to_qdatetime


def _t(text: str) -> str:
    return QCoreApplication.translate("VisitEditor", text)


class NextVisitPicker(QWidget):
    """The next visit, or none; `touched` says "next_visit_at" on every change."""

    touched = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.next_check = QCheckBox(_t("&Volgend bezoek gepland"), self)
        self.next_check.setObjectName("nextVisitPlanned")
        self.next_edit = QDateTimeEdit(self)
        self.next_edit.setObjectName("nextVisitAt")
        self.next_edit.setDisplayFormat(_t("dd-MM-yyyy HH:mm"))
        self.next_edit.setCalendarPopup(True)
        self.next_edit.setEnabled(False)
        self._wheel_guard = WheelGuard(self)
        self.next_edit.installEventFilter(self._wheel_guard)
        self.next_edit.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        next_row = QHBoxLayout()
        next_row.addWidget(self.next_edit)
        next_row.addStretch(1)
        layout.addWidget(self.next_check)
        layout.addLayout(next_row)
        self.next_check.toggled.connect(self._on_toggled)
        self.next_edit.dateTimeChanged.connect(lambda _v: self.touched.emit("next_visit_at"))

    def _on_toggled(self, on: bool) -> None:
        self.next_edit.setEnabled(on)
        self.touched.emit("next_visit_at")

    def populate(self, next_visit_at: datetime | None, starts_at: datetime) -> None:
        """Show the planned visit, or (unticked) two weeks after this one at ten."""
        planned = next_visit_at is not None
        self.next_check.setChecked(planned)
        self.next_edit.setEnabled(planned)
        self.next_edit.setDateTime(to_qdatetime(next_visit_at or _default_next(starts_at)))

    def value(self) -> datetime | None:
        if not self.next_check.isChecked():
            return None
        return from_qdatetime(self.next_edit.dateTime())


def _default_next(starts_at: datetime) -> datetime:
    start = starts_at.astimezone()
    day = (start + timedelta(days=14)).date()
    return datetime(day.year, day.month, day.day, 10, 0).astimezone()
