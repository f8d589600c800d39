"""The actions on the open visit as a whole: make it final (after asking once; a visit dated
after now says so in that question), show its revisions, export a summary (of a void visit: for
the case file). The editor saves pending typing before calling them. Deleting and voiding are in
`visit_removal.py`."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from voordeur import clock
from voordeur.gui.common.context import AppContext
from voordeur.gui.common.errors import describe_error
from voordeur.gui.common.i18n import format_date
from voordeur.gui.visits.agreements import Guard
from voordeur.gui.visits.revisions_dialog import RevisionsDialog
from voordeur.model import Visit
from voordeur.services import visits
from voordeur.services.visit_queries import VisitForm, VisitNotFound


def _t(text: str) -> str:
    return QCoreApplication.translate("VisitEditor", text)


class VisitActions(QObject):
    """Finalise, revisions and summary export for the visit shown in `editor`.

    `finalised` gives the visit's id once it is final; `failed` a message to show.
    """

    finalised = Signal(str)
    failed = Signal(str)

    def __init__(self, ctx: AppContext, editor: QWidget, guard: Guard) -> None:
        super().__init__(editor)
        self._ctx = ctx
        self._editor = editor
        self._guard = guard
        self.revisions_dialog: RevisionsDialog | None = None
        self.summary_dialog: QDialog | None = None

    def confirm_finalise(self, starts_at: datetime | None = None) -> bool:
        """One question; a visit that starts after now says so ("nog niet geweest")."""
        if starts_at is not None and starts_at > clock.now():
            question = _t("Dit bezoek staat op {day}, dat is nog niet geweest. Toch definitief "
                          "maken?").format(day=format_date(starts_at.astimezone().date(),
                                                           long=True))
        else:
            question = _t("Wil je dit bezoek definitief maken?")
        answer = QMessageBox.question(
            self._editor, _t("Bezoek definitief maken"),
            question + "\n\n" + _t("Je kunt daarna nog steeds wijzigen, maar elke wijziging "
                                    "wordt als revisie bewaard."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def finalise(self, form: VisitForm) -> None:
        """Write the visit as final; `finalised` or `failed` follows."""
        visit_id, household_id = form.visit_id, form.household_id

        def write(uow: Any) -> None:
            visit = uow.get(Visit, visit_id)
            if visit is None:
                raise VisitNotFound(visit_id)
            visits.finalise_visit(uow, visit)

        def done(_result: Any) -> None:
            self.finalised.emit(visit_id)

        def failed(exc: BaseException) -> None:
            self.failed.emit(_t("Definitief maken lukte niet: {error}").format(
                error=describe_error(exc)))

        self._ctx.write(write, self._guard(done), self._guard(failed), detail="finalise visit",
                        household_id=household_id)

    def show_revisions(self, form: VisitForm) -> None:
        if self.revisions_dialog is not None and shiboken6.isValid(self.revisions_dialog):
            self.revisions_dialog.close()
        dialog = RevisionsDialog(self._ctx, form.visit_id, self._editor,
                                 title=form.household_name)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.revisions_dialog = dialog
        dialog.open()

    def make_summary(self, form: VisitForm) -> None:
        from voordeur.gui.summaries.export_dialog import SummaryExportDialog

        dialog = SummaryExportDialog(self._ctx, form.household_id, visit_id=form.visit_id,
                                     parent=self._editor)
        if form.is_void:  # only the case file gets a summary of a void visit
            from voordeur.export.summary_document import Audience

            dialog.select_audience(Audience.FILE)
        self.summary_dialog = dialog
        dialog.open()

    def close_dialogs(self) -> None:
        for dialog in (self.revisions_dialog, self.summary_dialog):
            if dialog is not None and shiboken6.isValid(dialog):
                dialog.close()
