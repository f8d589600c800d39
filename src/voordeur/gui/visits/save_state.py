"""What the worker sees of the autosave: a short state in the header ("Opgeslagen 10:42",
"Wijzigingen worden opgeslagen…", "⚠ Niet opgeslagen") and, after a failed save, the whole
message in a bar under it; and when the other views hear of the saved changes."""

from __future__ import annotations

import time
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from voordeur import clock
from voordeur.gui.common.context import AppContext
from voordeur.gui.common.errors import describe_error
from voordeur.gui.common.i18n import format_date, format_time
from voordeur.gui.common.style import ERROR_COLOUR, MUTED_STYLE
from voordeur.gui.visits.autosave import ERROR, PENDING, Autosave
from voordeur.services.visits import SCORE_PREFIX

# Fields whose change other views show right away (lists, timelines); text-only saves tell
# the other views at most this often.
STRUCTURED_FIELDS = frozenset({"kind", "starts_at", "themes", "next_visit_at",
                               "next_visit_kind", "next_visit_location",
                               "duration_minutes", "location"})
NOTIFY_TEXT_EVERY_S = 10.0


def _t(text: str) -> str:
    return QCoreApplication.translate("VisitEditor", text)


def message_bar(parent: QWidget, name: str, *, error_bar: bool = False) -> QLabel:
    """A hidden, wrapping line under the header: a message, or (`error_bar`) a failed save."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    if error_bar:
        label.setStyleSheet(
            f"QLabel {{ background: #fbe3e3; border: 1px solid {ERROR_COLOUR}; border-radius: 4px;"
            f" padding: 4px 8px; color: {ERROR_COLOUR}; }}")
    label.hide()
    return label


class SaveStateView(QObject):
    """Shows the autosave's state in the header's indicator and the error bar."""

    def __init__(self, autosave: Autosave, indicator: QLabel, error_bar: QLabel,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._autosave = autosave
        self._indicator = indicator
        self._error_bar = error_bar

    def show(self, state: str, loaded_at: datetime | None) -> None:
        """`loaded_at`: when the visit was last saved as loaded (before any save here)."""
        if state == ERROR and self._autosave.last_error is not None:
            # Short in the header, the whole message in a bar under it.
            self._indicator.setText(_t("⚠ Niet opgeslagen"))
            self._indicator.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
            self._error_bar.setText(_t(
                "Opslaan lukte niet: {error} Je tekst blijft staan; er wordt opnieuw geprobeerd."
            ).format(error=describe_error(self._autosave.last_error)))
            self._error_bar.show()
            return
        self._error_bar.hide()
        self._indicator.setStyleSheet(MUTED_STYLE)
        if state == PENDING:
            self._indicator.setText(_t("Wijzigingen worden opgeslagen…"))
            return
        moment = self._autosave.last_saved_at or loaded_at
        if moment is None:
            self._indicator.clear()
        elif moment.astimezone().date() == clock.local_now().date():
            self._indicator.setText(_t("Opgeslagen {time}").format(time=format_time(moment)))
        else:
            self._indicator.setText(_t("Opgeslagen {date} {time}").format(
                date=format_date(moment.astimezone().date()), time=format_time(moment)))

    def confirm_leave_unsaved(self, parent: QWidget) -> bool:
        """After a failed save: may the unsaved text be replaced by another visit?"""
        error = self._autosave.last_error
        answer = QMessageBox.warning(
            parent, _t("Niet alles is opgeslagen"),
            _t("Opslaan lukt op dit moment niet: {error}\n\nAls je nu een ander bezoek "
               "opent, kan wat je sinds de laatste keer opslaan typte verloren gaan. "
               "Kopieer het eventueel eerst.").format(
                error=describe_error(error) if error is not None else ""),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard


class ChangeNotifier(QObject):
    """Tells the other views that the household changed after a save: at once for structured
    fields and scores, at most every `NOTIFY_TEXT_EVERY_S` for text only."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._last_notify = time.monotonic()
        self.unnotified = False
        self.emitting = False

    def after_save(self, household_id: str, fields: set[str]) -> None:
        structured = bool(fields & STRUCTURED_FIELDS) or any(
            f.startswith(SCORE_PREFIX) for f in fields)
        if structured or time.monotonic() - self._last_notify >= NOTIFY_TEXT_EVERY_S:
            self.notify(household_id)
        else:
            self.unnotified = True

    def notify(self, household_id: str) -> None:
        self._last_notify = time.monotonic()
        self.unnotified = False
        self.emitting = True
        try:
            self._ctx.bus.household_changed.emit(household_id)
        finally:
            self.emitting = False
