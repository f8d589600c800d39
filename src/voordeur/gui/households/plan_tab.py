"""The household page's Plan tab: the family's goals with their scores, and the agreements
(who does what, when) with their status; changes go through the page's writes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from voordeur import clock
from voordeur.gui.common import i18n
from voordeur.gui.common.i18n import catalogue_label
from voordeur.gui.households.list_model import short_date
from voordeur.gui.households.plan_dialogs import AgreementDialog, GoalDialog
from voordeur.gui.households.plan_texts import PlanTextsBox
from voordeur.gui.households.tabs import (
    ID_ROLE,
    due_text,
    mark_late,
    owner_text,
    push_button,
    score_history,
    score_text,
    select_id,
    selected_id,
)
from voordeur.model import Agreement
from voordeur.model.catalogues import AgreementStatus, GoalStatus
from voordeur.services import households as hs
from voordeur.services import plan
from voordeur.services.household_queries import AgreementInfo, GoalInfo, HouseholdDetail
from voordeur.services.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from voordeur.gui.households.page import HouseholdPage


# -- Plan -------------------------------------------------------------------------------------
class PlanTab(QWidget):
    def __init__(self, page: HouseholdPage) -> None:
        super().__init__(page)
        self.setObjectName("planTab")
        self.page = page
        self.detail: HouseholdDetail | None = None

        goals_box = QGroupBox(self.tr("Doelen, in de woorden van het gezin"), self)
        self.goals_tree = QTreeWidget(goals_box)
        self.goals_tree.setObjectName("goalsTree")
        self.goals_tree.setHeaderLabels([self.tr("Doel"), self.tr("Voor wie"), self.tr("Status"),
                                         self.tr("Scores (oud → nieuw)"),
                                         self.tr("Laatste score")])
        self._setup_tree(self.goals_tree, 0)
        self.goals_tree.setAccessibleName(self.tr("Doelen"))
        self.goals_tree.itemActivated.connect(lambda *_: self.edit_goal())
        self.goals_tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.add_goal_button = push_button(self.tr("&Doel toevoegen…"), "addGoalButton", goals_box,
                                           self.add_goal)
        self.edit_goal_button = push_button(self.tr("Doel be&werken…"), "editGoalButton", goals_box,
                                            self.edit_goal)
        goal_buttons = QHBoxLayout()
        goal_buttons.addWidget(self.add_goal_button)
        goal_buttons.addWidget(self.edit_goal_button)
        goal_buttons.addStretch(1)
        goals_layout = QVBoxLayout(goals_box)
        goals_layout.addWidget(self.goals_tree)
        goals_layout.addLayout(goal_buttons)

        agreements_box = QGroupBox(self.tr("Afspraken: wie doet wat, wanneer"), self)
        self.agreements_tree = QTreeWidget(agreements_box)
        self.agreements_tree.setObjectName("agreementsTree")
        self.agreements_tree.setHeaderLabels([self.tr("Wie"), self.tr("Wat"),
                                              self.tr("Wanneer"), self.tr("Status")])
        self._setup_tree(self.agreements_tree, 1)
        self.agreements_tree.setAccessibleName(self.tr("Afspraken"))
        self.agreements_tree.itemActivated.connect(lambda *_: self.edit_agreement())
        self.agreements_tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.show_closed_check = QCheckBox(self.tr("Ook afgeronde afspraken tonen"),
                                           agreements_box)
        self.show_closed_check.setObjectName("showClosedAgreements")
        self.show_closed_check.setChecked(True)
        self.show_closed_check.toggled.connect(lambda _: self._fill_agreements())
        self.add_agreement_button = push_button(self.tr("A&fspraak toevoegen…"),
                                                "addAgreementButton", agreements_box,
                                                self.add_agreement)
        self.edit_agreement_button = push_button(self.tr("&Afspraak bewerken…"),
                                                 "editAgreementButton", agreements_box,
                                                 self.edit_agreement)
        self.done_button = push_button(self.tr("&Gedaan"), "agreementDoneButton", agreements_box,
                                       lambda: self.set_status(AgreementStatus.DONE))
        self.cancel_button = push_button(self.tr("Verva&llen"), "agreementCancelButton",
                                         agreements_box,
                                         lambda: self.set_status(AgreementStatus.CANCELLED))
        self.reopen_button = push_button(self.tr("Ongedaan &maken"), "agreementReopenButton",
                                         agreements_box,
                                         lambda: self.set_status(AgreementStatus.OPEN))
        self.reopen_button.setToolTip(self.tr("Zet de afspraak weer op open"))
        agreement_buttons = QHBoxLayout()
        for button in (self.add_agreement_button, self.edit_agreement_button, self.done_button,
                       self.cancel_button, self.reopen_button):
            agreement_buttons.addWidget(button)
        agreement_buttons.addStretch(1)
        agreements_layout = QVBoxLayout(agreements_box)
        agreements_layout.addWidget(self.agreements_tree)
        agreements_layout.addWidget(self.show_closed_check)
        agreements_layout.addLayout(agreement_buttons)

        self.plan_box = PlanTextsBox(page, self, compact=False)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(goals_box)
        splitter.addWidget(agreements_box)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.export_button = push_button(self.tr("Gezinsplan e&xporteren…"), "exportPlanButton",
                                         self, self.export_plan)
        self.export_button.setToolTip(self.tr("Het plan voor het gezin, een partner of het "
                                              "dossier: PDF, Word of tekst"))
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.plan_box)
        layout.addWidget(splitter, 1)

    @staticmethod
    def _setup_tree(tree: QTreeWidget, stretch: int) -> None:
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        header = tree.header()
        header.setStretchLastSection(False)
        for column in range(tree.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def set_detail(self, detail: HouseholdDetail, *, same_household: bool) -> None:
        previous_goal = selected_id(self.goals_tree) if same_household else None
        self.detail = detail
        self.plan_box.set_plan(detail.plan, detail.plan_forks)
        self.goals_tree.clear()
        for goal in detail.goals:
            item = QTreeWidgetItem([goal.text, goal.person_name or self.tr("hele gezin"),
                                    catalogue_label(goal.status), score_history(goal),
                                    score_text(goal, detail.today)])
            item.setData(0, ID_ROLE, goal.id)
            item.setToolTip(0, goal.text)
            item.setToolTip(3, ", ".join(
                f"{s.score}/10 ({i18n.format_date(s.recorded_on)})" for s in goal.scores))
            if goal.status != GoalStatus.ACTIVE:
                for column in range(5):
                    item.setForeground(column, QBrush(QColor("#555555")))
            self.goals_tree.addTopLevelItem(item)
        select_id(self.goals_tree, previous_goal)
        self._fill_agreements(keep=same_household)

    def _fill_agreements(self, keep: bool = True) -> None:
        detail = self.detail
        if detail is None:
            return
        previous = selected_id(self.agreements_tree) if keep else None
        self.agreements_tree.clear()
        show_closed = self.show_closed_check.isChecked()
        for agreement in detail.agreements:
            if agreement.status != AgreementStatus.OPEN and not show_closed:
                continue
            status = catalogue_label(agreement.status)
            if agreement.status == AgreementStatus.DONE and agreement.done_on:
                status = self.tr("{status} op {date}").format(
                    status=status, date=short_date(agreement.done_on, detail.today))
            item = QTreeWidgetItem([owner_text(agreement), agreement.what,
                                    due_text(agreement, detail.today), status])
            item.setData(0, ID_ROLE, agreement.id)
            item.setToolTip(1, agreement.what)
            if agreement.overdue:
                mark_late(item)
            elif agreement.status != AgreementStatus.OPEN:
                for column in range(4):
                    item.setForeground(column, QBrush(QColor("#555555")))
            self.agreements_tree.addTopLevelItem(item)
        select_id(self.agreements_tree, previous)
        self._update_buttons()

    def selected_goal(self) -> GoalInfo | None:
        goal_id = selected_id(self.goals_tree)
        if self.detail is None or goal_id is None:
            return None
        return next((g for g in self.detail.goals if g.id == goal_id), None)

    def selected_agreement(self) -> AgreementInfo | None:
        agreement_id = selected_id(self.agreements_tree)
        if self.detail is None or agreement_id is None:
            return None
        return next((a for a in self.detail.agreements if a.id == agreement_id), None)

    def _update_buttons(self) -> None:
        self.edit_goal_button.setEnabled(self.selected_goal() is not None)
        agreement = self.selected_agreement()
        is_open = agreement is not None and agreement.status == AgreementStatus.OPEN
        self.edit_agreement_button.setEnabled(agreement is not None)
        self.done_button.setEnabled(is_open)
        self.cancel_button.setEnabled(is_open)
        self.reopen_button.setEnabled(agreement is not None and not is_open)

    # -- actions --------------------------------------------------------------------------
    def add_goal(self) -> None:
        if self.detail is not None:
            self.page.show_dialog(GoalDialog(self.page.ctx, self.page, self.detail))

    def edit_goal(self) -> None:
        goal = self.selected_goal()
        if self.detail is not None and goal is not None:
            self.page.show_dialog(GoalDialog(self.page.ctx, self.page, self.detail, goal))

    def add_agreement(self) -> None:
        if self.detail is not None:
            self.page.show_dialog(AgreementDialog(self.page.ctx, self.page, self.detail))

    def edit_agreement(self) -> None:
        agreement = self.selected_agreement()
        if self.detail is not None and agreement is not None:
            self.page.show_dialog(AgreementDialog(self.page.ctx, self.page, self.detail,
                                                  agreement))

    def export_plan(self) -> None:
        if self.detail is not None:
            from voordeur.gui.summaries.export_dialog import SummaryExportDialog

            dialog = SummaryExportDialog(self.page.ctx, self.detail.id, parent=self.page)
            self.page.active_dialog = dialog
            dialog.open()

    def set_status(self, status: AgreementStatus) -> None:
        agreement = self.selected_agreement()
        if self.detail is None or agreement is None or agreement.status == status:
            return
        agreement_id, today = agreement.id, clock.today()

        def write(uow: UnitOfWork) -> None:
            plan.set_agreement_status(uow, hs.require(uow, Agreement, agreement_id), status,
                                      today)
        self.page.write(write)
