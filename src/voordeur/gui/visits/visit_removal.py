"""Undoing a visit that should not have been, from the visit editor.

A draft is deleted (after a question that says what is lost; the editor then offers to undo).
A final visit is never deleted: it is marked void ("vervallen") with a reason, stays in the case
file, read-only, and the mark can be taken back ("Vervallen ongedaan maken"). The editor saves
pending typing before any of these (`flush`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from voordeur.gui.common.context import AppContext
from voordeur.gui.common.errors import describe_error
from voordeur.gui.common.i18n import format_datetime
from voordeur.gui.common.style import ERROR_COLOUR
from voordeur.gui.common.undo_notice import UndoNotice
from voordeur.gui.common.visit_removal import (
    DELETE_DETAIL,
    RESTORE_DETAIL,
    delete_question,
    delete_task,
    deleted_text,
    restore_task,
)
from voordeur.gui.visits.agreements import Guard
from voordeur.model import Visit
from voordeur.model.catalogues import VisitStatus
from voordeur.services import visits
from voordeur.services.visit_queries import VisitForm, VisitNotFound


def _t(text: str) -> str:
    return QCoreApplication.translate("VisitEditor", text)


class VoidDialog(QDialog):
    """Asks why a final visit is void; the reason is required."""

    def __init__(self, parent: QWidget, when: str) -> None:
        super().__init__(parent)
        self.setObjectName("voidVisitDialog")
        self.setWindowTitle(_t("Bezoek vervallen verklaren"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        intro = QLabel(_t(
            "Een definitief bezoek kun je niet verwijderen. Verklaar je het bezoek van {when} "
            "vervallen, dan blijft het met de reden in het dossier staan, kun je het niet meer "
            "wijzigen en telt het niet meer als contact of voor het volgende bezoek.").format(
            when=when), self)
        intro.setWordWrap(True)
        label = QLabel(_t("&Reden (verplicht):"), self)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("voidReason")
        self.reason_edit.setPlaceholderText(_t("Bijvoorbeeld: dubbel ingevoerd, verkeerd gezin"))
        label.setBuddy(self.reason_edit)
        self.error = QLabel(_t("Vul een reden in."), self)
        self.error.setObjectName("voidReasonError")
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error.hide()
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(_t("&Vervallen verklaren"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("voidConfirm")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, label, self.reason_edit, self.error, self.buttons):
            layout.addWidget(widget)
        self.resize(max(self.sizeHint().width(), 460), self.sizeHint().height())

    @property
    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def accept(self) -> None:
        if not self.reason:  # said at the field, the dialog stays open
            self.error.show()
            self.reason_edit.setFocus()
            return
        super().accept()


class VisitRemoval(QObject):
    """Delete, restore, void and unvoid the visit the editor shows (`current()`); `notice` (the
    editor places it) offers to undo a delete or a void.

    `deleted(visit_id)` once a draft is gone; `changed(visit_id)` after a restore, a void or an
    unvoid: the editor loads the visit again; `failed(text)` with a message to show.
    """

    deleted = Signal(str)
    changed = Signal(str)
    failed = Signal(str)

    def __init__(self, ctx: AppContext, editor: QWidget, guard: Guard,
                 current: Callable[[], VisitForm | None], flush: Callable[[], None]) -> None:
        super().__init__(editor)
        self._ctx = ctx
        self._editor = editor
        self._guard = guard
        self._current = current
        self._flush = flush
        self.void_dialog: VoidDialog | None = None
        self.notice = UndoNotice(editor, "visitUndoNotice")

    # -- a draft ------------------------------------------------------------------------------
    def delete(self, *, confirm: bool = True) -> None:
        """Ask, save what is pending, delete the draft; `deleted` follows."""
        form = self._current()
        if form is None or form.status != VisitStatus.DRAFT:
            return
        if confirm:
            title, text = delete_question(form.starts_at)
            answer = QMessageBox.question(
                self._editor, title, text,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._flush()
        visit_id, household_id = form.visit_id, form.household_id

        def done() -> None:
            self.deleted.emit(visit_id)
            self.notice.offer(deleted_text(form.starts_at),
                              lambda: self.restore(visit_id, household_id))
            self.notice.undo_button.setFocus()

        self._write(delete_task(visit_id), done, DELETE_DETAIL, household_id,
                    _t("Verwijderen lukte niet: {error}"))

    def restore(self, visit_id: str, household_id: str) -> None:
        """Undo `delete`."""
        self._write(restore_task(visit_id), lambda: self.changed.emit(visit_id),
                    RESTORE_DETAIL, household_id, _t("Terugzetten lukte niet: {error}"))

    # -- a final visit ------------------------------------------------------------------------
    def void(self) -> None:
        """Ask for the reason (required), then mark the final visit void."""
        form = self._current()
        if form is None or form.status != VisitStatus.FINAL:
            return
        if self.void_dialog is not None and shiboken6.isValid(self.void_dialog):
            self.void_dialog.close()
        dialog = VoidDialog(self._editor, format_datetime(form.starts_at, with_day=True))
        dialog.accepted.connect(lambda: self.write_void(form, dialog.reason))
        self.void_dialog = dialog
        dialog.open()

    def write_void(self, form: VisitForm, reason: str) -> None:
        self._flush()
        visit_id, household_id = form.visit_id, form.household_id

        def write(uow: Any) -> None:
            visits.void_visit(uow, self._visit(uow, visit_id), reason)

        def done() -> None:
            self.changed.emit(visit_id)  # the editor loads it again: that dismisses notices
            self.notice.offer(_t("Het bezoek is vervallen verklaard."),
                              lambda: self.unvoid(visit_id, household_id),
                              _t("Vervallen ongedaan &maken"))

        self._write(write, done, "void visit", household_id,
                    _t("Vervallen verklaren lukte niet: {error}"))

    def unvoid(self, visit_id: str | None = None, household_id: str | None = None) -> None:
        """Take the void mark back: the visit is final again."""
        form = self._current()
        if visit_id is None:
            if form is None or form.status != VisitStatus.VOID:
                return
            visit_id, household_id = form.visit_id, form.household_id
        target = visit_id

        def write(uow: Any) -> None:
            visits.unvoid_visit(uow, self._visit(uow, target))

        self._write(write, lambda: self.changed.emit(target), "unvoid visit",
                    household_id, _t("Vervallen ongedaan maken lukte niet: {error}"))

    # -- shared -------------------------------------------------------------------------------
    @staticmethod
    def _visit(uow: Any, visit_id: str) -> Visit:
        visit = uow.get(Visit, visit_id)
        if visit is None:
            raise VisitNotFound(visit_id)
        return visit

    def _write(self, fn: Callable[[Any], None], done: Callable[[], None], detail: str,
               household_id: str | None, failure: str) -> None:
        self._ctx.write(fn, self._guard(lambda _r: done()),
                        self._guard(lambda exc: self.failed.emit(
                            failure.format(error=describe_error(exc)))),
                        detail=detail, household_id=household_id)

    def close_dialogs(self) -> None:
        if self.void_dialog is not None and shiboken6.isValid(self.void_dialog):
            self.void_dialog.close()
