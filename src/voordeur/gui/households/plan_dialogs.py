"""The dialogs of the family plan: a goal (with its score) and an agreement (who does what, by
when), each new or an edit of one, written through `WriteDialog`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from voordeur import clock
from voordeur.gui.common.context import AppContext
from voordeur.gui.common.date_field import DateField
from voordeur.gui.common.goal_fields import goal_fields, goal_text_problem
from voordeur.gui.common.i18n import catalogue_label
from voordeur.gui.households.write_dialog import WriteDialog
from voordeur.model import Agreement, Goal, Household
from voordeur.model.catalogues import AgreementOwnerKind, GoalStatus
from voordeur.services import households as hs
from voordeur.services import plan
from voordeur.services.household_queries import AgreementInfo, GoalInfo, HouseholdDetail
from voordeur.services.unit_of_work import UnitOfWork


# -- goal -------------------------------------------------------------------------------------
class GoalDialog(WriteDialog):
    """A goal in the family's own words, for whom, and (when editing) its status."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, detail: HouseholdDetail,
                 goal: GoalInfo | None = None,
                 on_saved: Callable[[Any], None] | None = None) -> None:
        super().__init__(ctx, parent, on_saved)
        self.setObjectName("goalDialog")
        self.goal = goal
        self.household_id = detail.id
        self.setWindowTitle(self.tr("Doel bewerken") if goal else self.tr("Doel toevoegen"))
        form = QFormLayout()
        self.text_edit, self.person_combo = goal_fields(
            self, ((m.id, m.name) for m in detail.members if not m.deceased), form)
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("goalStatusCombo")
        for status in GoalStatus:
            self.status_combo.addItem(catalogue_label(status), status.value)
        status_label = QLabel(self.tr("&Status"), self)
        status_label.setBuddy(self.status_combo)
        form.addRow(status_label, self.status_combo)
        if goal is None:
            self.status_combo.hide()
            status_label.hide()
        else:
            self.text_edit.setPlainText(goal.text)
            self.person_combo.setCurrentIndex(max(0, self.person_combo.findData(goal.person_id))
                                              if goal.person_id else 0)
            self.status_combo.setCurrentIndex(self.status_combo.findData(goal.status.value))
        self.body.addLayout(form)
        self.add_buttons()
        self.resize(self.fontMetrics().horizontalAdvance("M") * 45, self.sizeHint().height())
        self.text_edit.setFocus()

    def validate(self) -> dict[str, Any] | None:
        text = self.text_edit.toPlainText().strip()
        problem = goal_text_problem(text)
        if problem is not None:
            self.show_message(problem, self.text_edit)
            return None
        values: dict[str, Any] = {"text": text, "person_id": self.person_combo.currentData()}
        if self.goal is not None:
            values["status"] = GoalStatus(self.status_combo.currentData())
        return values

    def make_write(self, values: dict[str, Any]) -> Callable[[UnitOfWork], Any]:
        household_id = self.household_id
        assert household_id is not None
        if self.goal is None:
            started = clock.today()

            def add(uow: UnitOfWork) -> str:
                household = hs.require(uow, Household, household_id)
                return plan.add_goal(uow, household, started_on=started, **values).id
            return add
        goal_id = self.goal.id

        def edit(uow: UnitOfWork) -> str:
            plan.edit_goal(uow, hs.require(uow, Goal, goal_id), **values)
            return goal_id
        return edit


# -- agreement --------------------------------------------------------------------------------
class AgreementDialog(WriteDialog):
    """Who does what, when."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, detail: HouseholdDetail,
                 agreement: AgreementInfo | None = None,
                 on_saved: Callable[[Any], None] | None = None) -> None:
        super().__init__(ctx, parent, on_saved)
        self.setObjectName("agreementDialog")
        self.agreement = agreement
        self.household_id = detail.id
        self.setWindowTitle(self.tr("Afspraak bewerken") if agreement
                            else self.tr("Afspraak toevoegen"))
        form = QFormLayout()
        self.what_edit = QLineEdit(self)
        self.what_edit.setObjectName("agreementWhatEdit")
        self.what_edit.setMaxLength(1000)
        self.what_edit.setPlaceholderText(self.tr("bijvoorbeeld: Moeder belt de school"))
        what_label = QLabel(self.tr("&Wat"), self)
        what_label.setBuddy(self.what_edit)
        form.addRow(what_label, self.what_edit)
        self.owner_combo = QComboBox(self)
        self.owner_combo.setObjectName("agreementOwnerCombo")
        worker = ctx.store.actor.worker_id
        self.owner_combo.addItem(self.tr("Ik (medewerker)"),
                                 (AgreementOwnerKind.WORKER.value, worker))
        for member in detail.members:
            if not member.deceased:
                self.owner_combo.addItem(member.name, (AgreementOwnerKind.MEMBER.value, member.id))
        for partner in detail.partners:
            self.owner_combo.addItem(partner.name, (AgreementOwnerKind.ORGANISATION.value,
                                                    partner.organisation_id))
        owner_label = QLabel(self.tr("W&ie"), self)
        owner_label.setBuddy(self.owner_combo)
        form.addRow(owner_label, self.owner_combo)
        self.due_check = QCheckBox(self.tr("&Uiterlijk op"), self)
        self.due_check.setObjectName("agreementDueCheck")
        self.due_check.setChecked(True)
        self.due_edit = DateField(self, prefer="near")
        self.due_edit.setObjectName("agreementDueEdit")
        self.due_edit.setEmptyAllowed(False)
        self.due_edit.setAccessibleName(self.tr("Uiterlijk op"))
        self.due_edit.setValue(clock.today() + timedelta(days=14))
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_edit)
        due_row.addStretch(1)
        form.addRow(self.due_check, due_row)
        if agreement is not None:
            self.what_edit.setText(agreement.what)
            wanted = (agreement.owner_kind.value, agreement.owner_id)
            found = next((i for i in range(self.owner_combo.count())
                          if tuple(self.owner_combo.itemData(i)) == wanted), -1)
            if found < 0 and agreement.owner_id:
                self.owner_combo.addItem(agreement.owner_name or catalogue_label(
                    agreement.owner_kind), wanted)
                found = self.owner_combo.count() - 1
            self.owner_combo.setCurrentIndex(max(0, found))
            self.due_check.setChecked(agreement.due_on is not None)
            if agreement.due_on is not None:
                self.due_edit.setValue(agreement.due_on)
        self.body.addLayout(form)
        self.add_buttons()
        self.resize(self.fontMetrics().horizontalAdvance("M") * 45, self.sizeHint().height())
        self.what_edit.setFocus()

    def validate(self) -> dict[str, Any] | None:
        what = self.what_edit.text().strip()
        if not what:
            self.show_message(self.tr("Schrijf op wat er gedaan wordt."), self.what_edit)
            return None
        kind, owner_id = self.owner_combo.currentData()
        return {"what": what, "owner_kind": AgreementOwnerKind(kind), "owner_id": owner_id,
                "due_on": self.due_edit.value() if self.due_check.isChecked() else None}

    def make_write(self, values: dict[str, Any]) -> Callable[[UnitOfWork], Any]:
        household_id = self.household_id
        assert household_id is not None
        if self.agreement is None:
            def add(uow: UnitOfWork) -> str:
                household = hs.require(uow, Household, household_id)
                return plan.add_agreement(uow, household, **values).id
            return add
        agreement_id = self.agreement.id

        def edit(uow: UnitOfWork) -> str:
            plan.edit_agreement(uow, hs.require(uow, Agreement, agreement_id), **values)
            return agreement_id
        return edit
