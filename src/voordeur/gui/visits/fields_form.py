"""The visit's short fields above the notes: kind, date and time, duration and location."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from voordeur.gui.common.date_field import DateField, time_edit
from voordeur.gui.common.i18n import catalogue_label
from voordeur.gui.visits.editor_widgets import buddy_label, join_local, split_local
from voordeur.model import utcnow
from voordeur.model.catalogues import VISIT_KIND_LABELS
from voordeur.services.visit_queries import VisitForm


def _t(text: str) -> str:
    return QCoreApplication.translate("VisitEditor", text)


class VisitFieldsForm(QWidget):
    """Kind, start, duration and location in a grid; `touched` names the field that changed,
    `start_changed` gives the visit's new start (aware) when its date or time changed."""

    touched = Signal(str)
    start_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded_start: datetime = utcnow()
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("visitKind")
        for kind in VISIT_KIND_LABELS:
            self.kind_combo.addItem(catalogue_label(kind), kind.value)
        self.starts_edit = DateField(self, prefer="near")
        self.starts_edit.setObjectName("visitStartsAt")
        self.starts_edit.setEmptyAllowed(False)
        self.starts_edit.setAccessibleName(_t("Datum van het bezoek"))
        self.starts_time_edit = time_edit(self, "visitStartsTime", _t("Tijd van het bezoek"))
        self.duration_spin = QSpinBox(self)
        self.duration_spin.setObjectName("visitDuration")
        self.duration_spin.setRange(0, 24 * 60)
        self.duration_spin.setSingleStep(5)
        self.duration_spin.setSpecialValueText(_t("onbekend"))
        self.duration_spin.setSuffix(_t(" min"))
        self.location_edit = QLineEdit(self)
        self.location_edit.setObjectName("visitLocation")
        self.location_edit.setMaxLength(200)
        self.location_edit.setPlaceholderText(_t("bijv. thuis, Huis van de Wijk"))

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(buddy_label(_t("&Soort"), self.kind_combo, self), 0, 0)
        grid.addWidget(self.kind_combo, 0, 1)
        grid.addWidget(buddy_label(_t("Datu&m en tijd"), self.starts_edit, self), 0, 2)
        starts_row = QHBoxLayout()
        starts_row.addWidget(self.starts_edit)
        starts_row.addWidget(self.starts_time_edit)
        starts_row.addStretch(1)
        grid.addLayout(starts_row, 0, 3)
        grid.addWidget(buddy_label(_t("D&uur"), self.duration_spin, self), 1, 0)
        grid.addWidget(self.duration_spin, 1, 1)
        grid.addWidget(buddy_label(_t("&Locatie"), self.location_edit, self), 1, 2)
        grid.addWidget(self.location_edit, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 2)

        self.kind_combo.currentIndexChanged.connect(lambda _i: self.touched.emit("kind"))
        self.starts_edit.changed.connect(self._start_edited)
        self.starts_time_edit.timeChanged.connect(lambda _v: self._start_edited())
        self.duration_spin.valueChanged.connect(
            lambda _v: self.touched.emit("duration_minutes"))
        self.location_edit.textEdited.connect(lambda _t: self.touched.emit("location"))

    def _start_edited(self) -> None:
        self.touched.emit("starts_at")
        self.start_changed.emit(self.starts_at())

    def populate(self, form: VisitForm) -> None:
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(form.kind.value)))
        self._loaded_start = form.starts_at
        day, at = split_local(form.starts_at)
        self.starts_edit.setValue(day)
        self.starts_time_edit.setTime(at)
        self.duration_spin.setValue(form.duration_minutes or 0)
        self.location_edit.setText(form.location)

    def kind(self) -> Any:
        return self.kind_combo.currentData()

    def starts_at(self) -> datetime:
        """The start as typed (a date that is not a date yet keeps the last good one)."""
        day = self.starts_edit.value() or split_local(self._loaded_start)[0]
        return join_local(day, self.starts_time_edit.time())

    def duration_minutes(self) -> int | None:
        return self.duration_spin.value() or None

    def tab_chain(self) -> list[QWidget]:
        return [self.kind_combo, self.starts_edit.line_edit, self.starts_time_edit,
                self.duration_spin, self.location_edit]
