"""A new goal made during a visit: in the family's own words, for the whole family or one member.
Written at once (not through the autosave); the dialog closes only when the write succeeded."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from voordeur.gui.common.context import AppContext
from voordeur.gui.common.errors import describe_error
from voordeur.gui.common.forms import alive
from voordeur.gui.common.goal_fields import goal_fields, goal_text_problem
from voordeur.gui.common.style import ERROR_COLOUR
from voordeur.model import Household
from voordeur.services import plan
from voordeur.services.visit_queries import VisitForm


class VisitGoalDialog(QDialog):
    """Ask for a goal's text and for whom; `on_added(goal_id)` after it was written."""

    def __init__(self, ctx: AppContext, parent: QWidget, form: VisitForm, started_on: date,
                 on_added: Callable[[str], None]) -> None:
        super().__init__(parent)
        self.setObjectName("visitGoalDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowTitle(self.tr("Doel toevoegen"))
        self._ctx, self._household_id = ctx, form.household_id
        self._started_on, self._on_added = started_on, on_added
        layout = QVBoxLayout(self)
        fields = QFormLayout()
        self.text_edit, self.person_combo = goal_fields(
            self, ((m.id, m.name) for m in form.members), fields)
        layout.addLayout(fields)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Opslaan"))
        self.save_button.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().horizontalAdvance("M") * 40, self.sizeHint().height())
        self.text_edit.setFocus()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.text_edit.setFocus()

    def submit(self) -> None:
        text = self.text_edit.toPlainText().strip()
        problem = goal_text_problem(text)
        if problem is not None:
            self._show_error(problem)
            return
        household_id, person_id = self._household_id, self.person_combo.currentData()
        started = self._started_on

        def add(uow: Any) -> str:
            household = uow.get(Household, household_id)
            if household is None:
                raise LookupError(household_id)
            return plan.add_goal(uow, household, text, person_id=person_id,
                                 started_on=started).id

        def done(goal_id: str) -> None:
            self._on_added(goal_id)
            if alive(self):
                self.accept()

        def failed(exc: BaseException) -> None:
            if alive(self):
                self.save_button.setEnabled(True)
                self._show_error(describe_error(exc))

        self.save_button.setEnabled(False)
        self._ctx.write(add, done, failed, detail="goal", household_id=household_id)
