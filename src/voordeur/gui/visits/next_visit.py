"""The next visit: a check box and what it enables: the date and time, the kind and the place.

Unticked, the fields show a proposal (two weeks after this visit at ten), which follows this
visit's date while it changes; ticked, they hold the plan."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from voordeur.gui.common.date_field import DateField, time_edit
from voordeur.gui.common.i18n import catalogue_label
from voordeur.gui.visits.editor_widgets import WheelGuard, buddy_label, join_local, split_local
from voordeur.model.catalogues import VISIT_KIND_LABELS
from voordeur.services.visit_queries import VisitForm

FIELDS = ("next_visit_at", "next_visit_kind", "next_visit_location")
DEFAULT_AFTER = timedelta(days=14)
DEFAULT_TIME = QTime(10, 0)


def _t(text: str) -> str:
    return QCoreApplication.translate("VisitEditor", text)


class NextVisitPicker(QWidget):
    """The next visit, or none; `touched` names the field that changed ("next_visit_at",
    "next_visit_kind", "next_visit_location")."""

    touched = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.next_check = QCheckBox(_t("&Volgend bezoek gepland"), self)
        self.next_check.setObjectName("nextVisitPlanned")
        self.details = QWidget(self)
        self.details.setObjectName("nextVisitDetails")
        self.next_edit = DateField(self.details, prefer="near")
        self.next_edit.setObjectName("nextVisitAt")
        self.next_edit.setEmptyAllowed(False)
        self.next_edit.setAccessibleName(_t("Datum van het volgende bezoek"))
        self.next_time_edit = time_edit(self.details, "nextVisitTime",
                                        _t("Tijd van het volgende bezoek"))
        self.kind_combo = QComboBox(self.details)
        self.kind_combo.setObjectName("nextVisitKind")
        for kind in VISIT_KIND_LABELS:
            self.kind_combo.addItem(catalogue_label(kind), kind.value)
        self.location_edit = QLineEdit(self.details)
        self.location_edit.setObjectName("nextVisitLocation")
        self.location_edit.setMaxLength(200)
        self.location_edit.setPlaceholderText(_t("bijv. thuis, Huis van de Wijk"))
        self._wheel_guard = WheelGuard(self)
        for widget in (self.next_time_edit, self.kind_combo):
            widget.installEventFilter(self._wheel_guard)
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        grid = QGridLayout(self.details)
        grid.setContentsMargins(0, 0, 0, 0)
        when_row = QHBoxLayout()
        when_row.addWidget(self.next_edit)
        when_row.addWidget(self.next_time_edit)
        when_row.addStretch(1)
        grid.addWidget(buddy_label(_t("Wanneer"), self.next_edit, self.details), 0, 0)
        grid.addLayout(when_row, 0, 1)
        grid.addWidget(buddy_label(_t("Soort"), self.kind_combo, self.details), 1, 0)
        grid.addWidget(self.kind_combo, 1, 1)
        grid.addWidget(buddy_label(_t("Waar"), self.location_edit, self.details), 2, 0)
        grid.addWidget(self.location_edit, 2, 1)
        grid.setColumnStretch(1, 1)
        self.details.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.next_check)
        layout.addWidget(self.details)

        self.next_check.toggled.connect(self._on_toggled)
        self.next_edit.changed.connect(lambda: self.touched.emit("next_visit_at"))
        self.next_time_edit.timeChanged.connect(lambda _v: self.touched.emit("next_visit_at"))
        self.kind_combo.currentIndexChanged.connect(
            lambda _i: self.touched.emit("next_visit_kind"))
        self.location_edit.textEdited.connect(
            lambda _text: self.touched.emit("next_visit_location"))

    def _on_toggled(self, on: bool) -> None:
        self.details.setEnabled(on)
        for name in FIELDS:
            self.touched.emit(name)

    def populate(self, form: VisitForm, starts_at: datetime) -> None:
        """Show the planned visit, or (unticked) a proposal after this one (`starts_at`)."""
        planned = form.next_visit_at is not None
        self.next_check.setChecked(planned)
        self.details.setEnabled(planned)
        self._show_moment(form.next_visit_at or default_next(starts_at))
        kind = form.next_visit_kind or form.kind
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind.value)))
        self.location_edit.setText(form.next_visit_location)

    def follow_start(self, starts_at: datetime) -> None:
        """This visit's date or time changed: an unticked proposal moves with it."""
        if not self.next_check.isChecked():
            self._show_moment(default_next(starts_at))

    def _show_moment(self, moment: datetime) -> None:
        day, at = split_local(moment)
        for widget in (self.next_edit, self.next_time_edit):
            widget.blockSignals(True)
        try:
            self.next_edit.setValue(day)
            self.next_time_edit.setTime(at)
        finally:
            for widget in (self.next_edit, self.next_time_edit):
                widget.blockSignals(False)

    def value(self) -> datetime | None:
        day = self.next_edit.value()
        if not self.next_check.isChecked() or day is None:
            return None
        return join_local(day, self.next_time_edit.time())

    def kind(self) -> Any:
        """The planned kind's value, or None when no visit is planned."""
        return self.kind_combo.currentData() if self.next_check.isChecked() else None

    def location(self) -> str:
        return self.location_edit.text() if self.next_check.isChecked() else ""

    def tab_chain(self) -> list[QWidget]:
        return [self.next_check, self.next_edit.line_edit, self.next_time_edit,
                self.kind_combo, self.location_edit]


def default_next(starts_at: datetime) -> datetime:
    """Two weeks after the visit's (local) day, at ten."""
    day = (starts_at.astimezone() + DEFAULT_AFTER).date()
    return join_local(day, DEFAULT_TIME)

