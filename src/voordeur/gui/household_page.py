"""The household page: a header (name, wijk, status, consent in words) and the tabs Overzicht,
Bezoeken, Plan and Toestemming.

`load(id)` shows "Laden…" at once (never the previous household's data) and reads everything the
page shows in the background (`household_detail`, which also writes the access-log entry). Writes
go through `ctx.write(..., household_id=…)`; the page reloads itself on `household_changed`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from time import perf_counter
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QSize, Qt, QTime, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QHideEvent, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from voordeur.gui import i18n
from voordeur.gui.consent_panel import ConsentPanel, consent_status_text, consent_summary
from voordeur.gui.context import AppContext
from voordeur.gui.errors import describe_error
from voordeur.gui.household_dialogs import (
    AgreementDialog,
    GoalDialog,
    HouseholdDialog,
    MemberDialog,
    WriteDialog,
    ask,
    show_error,
)
from voordeur.gui.household_list import short_date
from voordeur.gui.i18n import catalogue_label
from voordeur.gui.style import MUTED_STYLE, SUCCESS_COLOUR, TABLE_ALERT_COLOUR
from voordeur.model import Agreement, Household, Person
from voordeur.model.catalogues import AgreementStatus, GoalStatus, VisitStatus
from voordeur.services import households as hs
from voordeur.services import plan
from voordeur.services.household_queries import (
    AgreementInfo,
    GoalInfo,
    HouseholdDetail,
    HouseholdNotFound,
    MemberInfo,
    household_detail,
)
from voordeur.services.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from voordeur.gui.ecogram_tab import EcogramTab

ID_ROLE = Qt.ItemDataRole.UserRole + 1
LATE_COLOUR = QColor(TABLE_ALERT_COLOUR)
MAX_SCORES_SHOWN = 6


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("HouseholdPage", text, None, n)


# -- texts ------------------------------------------------------------------------------------
def age_text(member: MemberInfo) -> str:
    if member.deceased:
        year = member.birth_year or (member.birth_date.year if member.birth_date else None)
        return _t("geboren {year}").format(year=year) if year else "—"
    if member.age is None:
        return _t("onbekend")
    if member.birth_date is None:
        return _t("ca. {age} jaar ({year})").format(age=member.age, year=member.birth_year)
    return _t("%n jaar", member.age)


def member_notes(member: MemberInfo) -> str:
    notes = []
    if member.is_index:
        notes.append(_t("indexpersoon"))
    if member.deceased:
        notes.append(_t("overleden"))
    return ", ".join(notes)


def score_text(goal: GoalInfo, today: date) -> str:
    latest = goal.latest
    if latest is None:
        return _t("nog geen score")
    return _t("{score}/10 op {date}").format(score=latest.score,
                                              date=short_date(latest.recorded_on, today))


def score_history(goal: GoalInfo) -> str:
    """'3 → 5 → 6': the scores over time, oldest first (the last few)."""
    scores = [str(s.score) for s in goal.scores]
    if len(scores) > MAX_SCORES_SHOWN:
        scores = ["…", *scores[-MAX_SCORES_SHOWN:]]
    return " → ".join(scores)


def visit_when(moment: datetime, today: date) -> str:
    """'ma 2 nov 14:30' this year, 'ma 2 nov 2025 14:30' before (local time)."""
    if moment.astimezone().year != today.year:
        return i18n.format_datetime(moment, with_day=True)
    local = moment.astimezone()
    qdt = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return i18n.locale().toString(qdt, "ddd d MMM HH:mm")


def owner_text(agreement: AgreementInfo) -> str:
    return agreement.owner_name or catalogue_label(agreement.owner_kind)


def due_text(agreement: AgreementInfo, today: date) -> str:
    if agreement.due_on is None:
        return _t("geen datum")
    text = i18n.format_date(agreement.due_on)
    if agreement.overdue:
        return _t("{date} — te laat").format(date=text)
    return text


# -- small widgets ----------------------------------------------------------------------------
class CompactTree(QTreeWidget):
    """A tree as tall as its rows (no scroll bar of its own): for pages that scroll as a whole."""

    def __init__(self, parent: QWidget, name: str, headers: Sequence[str],
                 stretch_column: int) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setHeaderLabels(list(headers))
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        header = self.header()
        header.setStretchLastSection(False)
        for column in range(len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)

    def _height(self) -> int:
        rows = max(1, self.topLevelItemCount())
        row = self.sizeHintForRow(0) if self.topLevelItemCount() else self.fontMetrics().height()
        height = self.header().sizeHint().height() + rows * max(row, 1) + 2 * self.frameWidth()
        if self.horizontalScrollBar().isVisible():
            height += self.horizontalScrollBar().sizeHint().height()
        return height + 2

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._height())

    def refresh_height(self) -> None:
        self.updateGeometry()


def _muted_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(MUTED_STYLE)
    return label


def _button(text: str, name: str, parent: QWidget, slot: Callable[[], None]) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.clicked.connect(lambda _=False: slot())
    return button


def _selected_id(tree: QTreeWidget) -> str | None:
    item = tree.currentItem()
    if item is None or not item.isSelected():
        return None
    value = item.data(0, ID_ROLE)
    return str(value) if value else None


def _select_id(tree: QTreeWidget, wanted: str | None) -> None:
    if not wanted:
        return
    for number in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(number)
        if item.data(0, ID_ROLE) == wanted:
            tree.setCurrentItem(item)
            return


class _ActivatingTree(QTreeWidget):
    """Enter (and double-click, via itemActivated) opens the current row."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.itemActivated.emit(self.currentItem(), 0)
            return
        super().keyPressEvent(event)


class _VisitsTree(_ActivatingTree):
    """The themes column gets at most a quarter of the width: the notes matter more."""

    THEMES = 4

    def fit_themes(self) -> None:
        wanted = self.sizeHintForColumn(self.THEMES) + 12
        self.header().resizeSection(self.THEMES, max(60, min(wanted,
                                                             self.viewport().width() // 4)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_themes()


# -- Overzicht --------------------------------------------------------------------------------
class OverviewTab(QScrollArea):
    def __init__(self, page: HouseholdPage) -> None:
        super().__init__(page)
        self.setObjectName("overviewTab")
        self.page = page
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        self.setWidget(body)

        # Consent and visits, side by side.
        consent_box = QGroupBox(self.tr("Toestemming"), body)
        self.consent_label = QLabel(consent_box)
        self.consent_label.setObjectName("overviewConsent")
        self.consent_label.setWordWrap(True)
        self.consent_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        consent_layout = QVBoxLayout(consent_box)
        consent_layout.addWidget(self.consent_label)
        consent_layout.addStretch(1)

        visits_box = QGroupBox(self.tr("Bezoeken"), body)
        self.next_visit_label = QLabel(visits_box)
        self.next_visit_label.setObjectName("overviewNextVisit")
        self.next_visit_label.setWordWrap(True)
        self.last_contact_label = QLabel(visits_box)
        self.last_contact_label.setObjectName("overviewLastContact")
        self.last_contact_label.setWordWrap(True)
        visits_layout = QVBoxLayout(visits_box)
        visits_layout.addWidget(self.next_visit_label)
        visits_layout.addWidget(self.last_contact_label)
        visits_layout.addStretch(1)

        # Members.
        members_box = QGroupBox(self.tr("Gezinsleden"), body)
        self.members_tree = CompactTree(members_box, "membersTree", [
            self.tr("Naam"), self.tr("Rol"), self.tr("Leeftijd"), self.tr("Bijzonderheden")], 0)
        self.members_tree.setAccessibleName(self.tr("Gezinsleden"))
        self.members_tree.itemActivated.connect(lambda *_: page.edit_member())
        self.members_tree.currentItemChanged.connect(lambda *_: self._member_selected())
        self.members_empty = _muted_label(self.tr("Nog geen gezinsleden."), members_box)
        self.add_member_button = _button(self.tr("&Lid toevoegen…"), "addMemberButton",
                                         members_box, page.add_member)
        self.edit_member_button = _button(self.tr("Be&werken…"), "editMemberButton",
                                          members_box, page.edit_member)
        self.remove_member_button = _button(self.tr("Verwij&deren…"), "removeMemberButton",
                                            members_box, page.remove_member)
        member_buttons = QHBoxLayout()
        for button in (self.add_member_button, self.edit_member_button,
                       self.remove_member_button):
            member_buttons.addWidget(button)
        member_buttons.addStretch(1)
        members_layout = QVBoxLayout(members_box)
        members_layout.addWidget(self.members_tree)
        members_layout.addWidget(self.members_empty)
        members_layout.addLayout(member_buttons)

        # Goals.
        goals_box = QGroupBox(self.tr("Doelen"), body)
        self.goals_tree = CompactTree(goals_box, "overviewGoalsTree", [
            self.tr("Doel"), self.tr("Voor wie"), self.tr("Laatste score"),
            self.tr("Verloop")], 0)
        self.goals_tree.setAccessibleName(self.tr("Doelen"))
        self.goals_empty = _muted_label(self.tr("Nog geen actieve doelen."), goals_box)
        goals_layout = QVBoxLayout(goals_box)
        goals_layout.addWidget(self.goals_tree)
        goals_layout.addWidget(self.goals_empty)

        # Open agreements.
        agreements_box = QGroupBox(self.tr("Open afspraken"), body)
        self.agreements_tree = CompactTree(agreements_box, "overviewAgreementsTree", [
            self.tr("Wie"), self.tr("Wat"), self.tr("Wanneer")], 1)
        self.agreements_tree.setAccessibleName(self.tr("Open afspraken"))
        self.agreements_empty = _muted_label(self.tr("Geen open afspraken."), agreements_box)
        agreements_layout = QVBoxLayout(agreements_box)
        agreements_layout.addWidget(self.agreements_tree)
        agreements_layout.addWidget(self.agreements_empty)

        grid = QGridLayout(body)
        grid.addWidget(consent_box, 0, 0)
        grid.addWidget(visits_box, 0, 1)
        grid.addWidget(members_box, 1, 0, 1, 2)
        grid.addWidget(goals_box, 2, 0, 1, 2)
        grid.addWidget(agreements_box, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(4, 1)

    def set_detail(self, detail: HouseholdDetail, *, same_household: bool) -> None:
        today = detail.today
        self.consent_label.setText(consent_summary(detail))
        self.next_visit_label.setText(
            self.tr("Volgende bezoek: {date}").format(
                date=i18n.format_date(detail.next_visit, long=True))
            if detail.next_visit else self.tr("Volgende bezoek: nog niet gepland"))
        self.last_contact_label.setText(
            self.tr("Laatste contact: {date}").format(date=i18n.format_date(detail.last_contact))
            if detail.last_contact else self.tr("Nog geen contact vastgelegd"))

        previous = _selected_id(self.members_tree) if same_household else None
        self.members_tree.clear()
        for member in detail.members:
            item = QTreeWidgetItem([member.name, member.role, age_text(member),
                                    member_notes(member)])
            item.setData(0, ID_ROLE, member.id)
            if member.is_index:
                font = QFont(item.font(0))
                font.setBold(True)
                item.setFont(0, font)
            if member.deceased:
                for column in range(4):
                    font = QFont(item.font(column))
                    font.setItalic(True)
                    item.setFont(column, font)
            self.members_tree.addTopLevelItem(item)
        _select_id(self.members_tree, previous)
        self._show(self.members_tree, self.members_empty, bool(detail.members))
        self._member_selected()

        self.goals_tree.clear()
        for goal in detail.active_goals:
            item = QTreeWidgetItem([goal.text, goal.person_name or self.tr("hele gezin"),
                                    score_text(goal, today), score_history(goal)])
            item.setData(0, ID_ROLE, goal.id)
            item.setToolTip(0, goal.text)
            self.goals_tree.addTopLevelItem(item)
        self._show(self.goals_tree, self.goals_empty, bool(detail.active_goals))

        self.agreements_tree.clear()
        for agreement in detail.open_agreements:
            item = QTreeWidgetItem([owner_text(agreement), agreement.what,
                                    due_text(agreement, today)])
            item.setData(0, ID_ROLE, agreement.id)
            item.setToolTip(1, agreement.what)
            if agreement.overdue:
                for column in range(3):
                    item.setForeground(column, QBrush(LATE_COLOUR))
                font = QFont(item.font(2))
                font.setBold(True)
                item.setFont(2, font)
            self.agreements_tree.addTopLevelItem(item)
        self._show(self.agreements_tree, self.agreements_empty, bool(detail.open_agreements))

    @staticmethod
    def _show(tree: CompactTree, empty: QLabel, has_rows: bool) -> None:
        tree.setVisible(has_rows)
        empty.setVisible(not has_rows)
        tree.refresh_height()

    def _member_selected(self) -> None:
        chosen = _selected_id(self.members_tree) is not None
        self.edit_member_button.setEnabled(chosen)
        self.remove_member_button.setEnabled(chosen)

    def selected_member_id(self) -> str | None:
        return _selected_id(self.members_tree)


# -- Bezoeken ---------------------------------------------------------------------------------
class VisitsTab(QWidget):
    def __init__(self, page: HouseholdPage) -> None:
        super().__init__(page)
        self.setObjectName("visitsTab")
        self.page = page
        self.count_label = QLabel(self)
        self.count_label.setObjectName("visitCount")
        self.open_button = _button(self.tr("Bezoek openen"), "openVisitButton", self,
                                   self.open_selected)
        self.tree = _VisitsTree(self)
        self.tree.setObjectName("visitsTree")
        self.tree.setHeaderLabels([self.tr("Datum"), self.tr("Soort"), self.tr("Status"),
                                   self.tr("Notitie"), self.tr("Thema’s")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAccessibleName(self.tr("Bezoeken, nieuwste eerst"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(lambda *_: self._selection_changed())
        self.empty_label = _muted_label(
            self.tr("Nog geen bezoeken. Kies ‘Nieuw bezoek’ om er een vast te leggen."), self)

        top = QHBoxLayout()
        top.addWidget(self.count_label, 1)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.tree, 1)

    def set_detail(self, detail: HouseholdDetail, *, same_household: bool) -> None:
        previous = _selected_id(self.tree) if same_household else None
        self.tree.clear()
        n = len(detail.visits)
        self.count_label.setText(self.tr("%n bezoek, nieuwste eerst", None, n) if n == 1
                                 else self.tr("%n bezoeken, nieuwste eerst", None, n))
        items = []
        for visit in detail.visits:
            themes = ", ".join(catalogue_label(t) for t in visit.themes)
            item = QTreeWidgetItem([
                visit_when(visit.starts_at, detail.today),
                catalogue_label(visit.kind),
                catalogue_label(visit.status),
                visit.first_line,
                themes,
            ])
            item.setData(0, ID_ROLE, visit.id)
            item.setToolTip(3, visit.first_line)
            item.setToolTip(4, themes)
            if visit.status == VisitStatus.DRAFT:
                font = QFont(item.font(2))
                font.setItalic(True)
                item.setFont(2, font)
            items.append(item)
        self.tree.addTopLevelItems(items)
        self.tree.fit_themes()
        self.tree.setVisible(bool(items))
        self.empty_label.setVisible(not items)
        _select_id(self.tree, previous)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.open_button.setEnabled(_selected_id(self.tree) is not None)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        visit_id = item.data(0, ID_ROLE)
        if visit_id:
            self.page.open_visit_requested.emit(str(visit_id))

    def open_selected(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            self._activated(item)


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
        self.add_goal_button = _button(self.tr("&Doel toevoegen…"), "addGoalButton", goals_box,
                                       self.add_goal)
        self.edit_goal_button = _button(self.tr("Doel be&werken…"), "editGoalButton", goals_box,
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
        self.add_agreement_button = _button(self.tr("A&fspraak toevoegen…"),
                                            "addAgreementButton", agreements_box,
                                            self.add_agreement)
        self.edit_agreement_button = _button(self.tr("&Afspraak bewerken…"), "editAgreementButton",
                                             agreements_box, self.edit_agreement)
        self.done_button = _button(self.tr("&Gedaan"), "agreementDoneButton", agreements_box,
                                   lambda: self.set_status(AgreementStatus.DONE))
        self.cancel_button = _button(self.tr("Verva&llen"), "agreementCancelButton",
                                     agreements_box,
                                     lambda: self.set_status(AgreementStatus.CANCELLED))
        self.reopen_button = _button(self.tr("Ongedaan &maken"), "agreementReopenButton",
                                     agreements_box, lambda: self.set_status(AgreementStatus.OPEN))
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

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(goals_box)
        splitter.addWidget(agreements_box)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.export_button = _button(self.tr("Gezinsplan e&xporteren…"), "exportPlanButton",
                                     self, self.export_plan)
        self.export_button.setToolTip(self.tr("Het plan voor het gezin, een partner of het "
                                              "dossier: PDF, Word of tekst"))
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter)

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
        previous_goal = _selected_id(self.goals_tree) if same_household else None
        self.detail = detail
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
        _select_id(self.goals_tree, previous_goal)
        self._fill_agreements(keep=same_household)

    def _fill_agreements(self, keep: bool = True) -> None:
        detail = self.detail
        if detail is None:
            return
        previous = _selected_id(self.agreements_tree) if keep else None
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
                for column in range(4):
                    item.setForeground(column, QBrush(LATE_COLOUR))
                font = QFont(item.font(2))
                font.setBold(True)
                item.setFont(2, font)
            elif agreement.status != AgreementStatus.OPEN:
                for column in range(4):
                    item.setForeground(column, QBrush(QColor("#555555")))
            self.agreements_tree.addTopLevelItem(item)
        _select_id(self.agreements_tree, previous)
        self._update_buttons()

    def selected_goal(self) -> GoalInfo | None:
        goal_id = _selected_id(self.goals_tree)
        if self.detail is None or goal_id is None:
            return None
        return next((g for g in self.detail.goals if g.id == goal_id), None)

    def selected_agreement(self) -> AgreementInfo | None:
        agreement_id = _selected_id(self.agreements_tree)
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
            from voordeur.gui.summary_export_dialog import SummaryExportDialog

            dialog = SummaryExportDialog(self.page.ctx, self.detail.id, parent=self.page)
            self.page.active_dialog = dialog
            dialog.open()

    def set_status(self, status: AgreementStatus) -> None:
        agreement = self.selected_agreement()
        if self.detail is None or agreement is None or agreement.status == status:
            return
        agreement_id, today = agreement.id, date.today()

        def write(uow: UnitOfWork) -> None:
            plan.set_agreement_status(uow, hs.require(uow, Agreement, agreement_id), status,
                                      today)
        self.page.write(write)


# -- the ecogram tab, built when first shown ----------------------------------------------------
class LazyEcogramTab(QWidget):
    """Holds the Ecogram tab's place; builds the real tab the first time it is shown.

    The ecogram brings numpy and networkx along, which the app's start does not need.
    """

    # The map asks for all the room (household list and page header hidden) or gives it back.
    large_map_changed = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tab: EcogramTab | None = None
        self._household_id: str | None = None
        self._closed = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def build(self) -> EcogramTab:
        if self.tab is None:
            from voordeur.gui.ecogram_tab import EcogramTab

            self.tab = EcogramTab(self.ctx, self)
            self.tab.large_map_changed.connect(self.large_map_changed)
            self.layout().addWidget(self.tab)
            if self._household_id is not None:
                self.tab.set_household(self._household_id)
        return self.tab

    def set_household(self, household_id: str) -> None:
        self._household_id = household_id
        if self.tab is not None:
            self.tab.set_household(household_id)

    def shutdown(self) -> None:
        self._closed = True
        if self.tab is not None:
            self.tab.shutdown()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._closed:
            self.build()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        # Another tab or page: give the room back.
        if self.tab is not None and self.tab.large_map:
            self.tab.set_large_map(False)
        super().hideEvent(event)


# -- the page ---------------------------------------------------------------------------------
class HouseholdPage(QWidget):
    open_visit_requested = Signal(str)
    new_visit_requested = Signal(str)
    large_map_changed = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("householdPage")
        self.ctx = ctx
        self.detail: HouseholdDetail | None = None
        self.active_dialog: QWidget | None = None
        self._household_id: str | None = None
        self._closed = False
        # GUI-thread time of the last time the page was filled (for benchmarks), seconds.
        self.last_fill_seconds = 0.0

        self._stack = QStackedWidget(self)
        self._empty = self._state_label(self.tr("Kies een huishouden in de lijst."))
        self._loading = self._state_label(self.tr("Laden…"))
        self._loading.setObjectName("householdLoading")
        self._error = self._state_label("")
        self._error.setObjectName("householdError")
        self._content = QWidget(self._stack)
        for widget in (self._empty, self._loading, self._error, self._content):
            self._stack.addWidget(widget)

        # Header.
        self.name_label = QLabel(self._content)
        self.name_label.setObjectName("householdName")
        font = QFont(self.name_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name_label.setWordWrap(True)
        self.status_label = QLabel(self._content)
        self.status_label.setObjectName("householdStatus")
        self.info_label = QLabel(self._content)
        self.info_label.setObjectName("householdInfo")
        self.info_label.setWordWrap(True)
        self.info_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.consent_badge = QLabel(self._content)
        self.consent_badge.setObjectName("consentBadge")
        self.new_visit_button = _button(self.tr("&Nieuw bezoek"), "newVisitButton",
                                        self._content, self._new_visit)
        self.edit_button = _button(self.tr("Huishouden bewer&ken…"), "editHouseholdButton",
                                   self._content, self.edit_household)
        self.close_button = _button(self.tr("Af&sluiten…"), "closeHouseholdButton",
                                    self._content, self.close_or_reopen)

        title_row = QHBoxLayout()
        title_row.addWidget(self.name_label, 1)
        title_row.addWidget(self.status_label, 0, Qt.AlignmentFlag.AlignTop)
        badges = QHBoxLayout()
        badges.addWidget(self.consent_badge, 0)
        badges.addStretch(1)
        header_text = QVBoxLayout()
        header_text.setSpacing(4)
        header_text.addLayout(title_row)
        header_text.addWidget(self.info_label)
        header_text.addLayout(badges)
        buttons = QVBoxLayout()
        buttons.setSpacing(4)
        for button in (self.new_visit_button, self.edit_button, self.close_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.header = QWidget(self._content)
        self.header.setObjectName("householdHeader")
        header = QHBoxLayout(self.header)
        header.setContentsMargins(0, 0, 0, 0)
        header.addLayout(header_text, 1)
        header.addLayout(buttons)

        self.tabs = QTabWidget(self._content)
        self.tabs.setObjectName("householdTabs")
        self.overview_tab = OverviewTab(self)
        self.visits_tab = VisitsTab(self)
        self.plan_tab = PlanTab(self)
        self.consent_panel = ConsentPanel(ctx, self)
        self.ecogram_tab = LazyEcogramTab(ctx, self)
        self.tabs.addTab(self.overview_tab, self.tr("&Overzicht"))
        self.tabs.addTab(self.ecogram_tab, self.tr("Eco&gram"))
        self.tabs.addTab(self.visits_tab, self.tr("B&ezoeken"))
        self.tabs.addTab(self.plan_tab, self.tr("&Plan"))
        self.tabs.addTab(self.consent_panel, self.tr("&Toestemming"))

        content_layout = QVBoxLayout(self._content)
        content_layout.setContentsMargins(8, 8, 8, 8)
        content_layout.addWidget(self.header)
        content_layout.addWidget(self.tabs, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        self._stack.setCurrentWidget(self._empty)

        ctx.bus.household_changed.connect(self._household_changed)
        self.ecogram_tab.large_map_changed.connect(self._large_map_changed)

    def _large_map_changed(self, large: bool) -> None:
        self.header.setVisible(not large)
        self.large_map_changed.emit(large)

    def _state_label(self, text: str) -> QLabel:
        label = QLabel(text, self._stack)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setStyleSheet(MUTED_STYLE)
        return label

    # -- public interface -----------------------------------------------------------------
    @property
    def household_id(self) -> str | None:
        return self._household_id

    def load(self, household_id: str) -> None:
        """Show `household_id`: 'Laden…' now, the page when the background read is done."""
        if household_id != self._household_id or self.detail is None:
            self._household_id = household_id
            self.detail = None
            self._stack.setCurrentWidget(self._loading)
        self._request(log=True)

    def reload(self) -> None:
        if self._household_id:
            self._request(log=False)

    def shutdown(self) -> None:
        self._closed = True
        self.ecogram_tab.shutdown()

    # -- loading --------------------------------------------------------------------------
    def _alive(self) -> bool:
        return not self._closed and shiboken6.isValid(self)

    def _request(self, *, log: bool) -> None:
        if self._closed or not self._household_id:
            return
        household_id, today = self._household_id, date.today()
        self.ctx.read(
            lambda store: household_detail(store, household_id, today=today, log=log),
            self._loaded, lambda exc: self._failed(household_id, exc),
            key=f"household-page-{id(self)}")

    def _household_changed(self, household_id: str) -> None:
        if household_id == self._household_id and self.detail is not None:
            self.reload()

    def _loaded(self, detail: HouseholdDetail) -> None:
        if not self._alive() or detail.id != self._household_id:
            return  # the worker has moved on to another household
        started = perf_counter()
        same = self.detail is not None and self.detail.id == detail.id
        self.detail = detail
        self._fill_header(detail)
        self.overview_tab.set_detail(detail, same_household=same)
        self.visits_tab.set_detail(detail, same_household=same)
        self.plan_tab.set_detail(detail, same_household=same)
        self.consent_panel.set_detail(detail)
        self.ecogram_tab.set_household(detail.id)
        self._stack.setCurrentWidget(self._content)
        self.last_fill_seconds = perf_counter() - started

    def _failed(self, household_id: str, exc: BaseException) -> None:
        if not self._alive() or household_id != self._household_id:
            return
        if isinstance(exc, HouseholdNotFound):
            self._error.setText(self.tr("Dit huishouden bestaat niet (meer) op deze laptop."))
        else:
            self._error.setText(describe_error(exc))
        self.detail = None
        self._stack.setCurrentWidget(self._error)

    def _fill_header(self, detail: HouseholdDetail) -> None:
        self.name_label.setText(detail.display_name)
        if detail.active:
            self.status_label.setText(catalogue_label(detail.status))
            self.status_label.setStyleSheet(
                f"padding: 2px 8px; border: 1px solid {SUCCESS_COLOUR}; border-radius: 4px;"
                f" color: {SUCCESS_COLOUR};")
            self.close_button.setText(self.tr("Af&sluiten…"))
        else:
            closed = (self.tr("afgesloten op {date}").format(
                date=i18n.format_date(detail.closed_on)) if detail.closed_on
                else catalogue_label(detail.status))
            self.status_label.setText(closed)
            self.status_label.setStyleSheet(
                "padding: 2px 8px; border: 1px solid #555; border-radius: 4px; color: #333;"
                " background: #e8e8e8;")
            self.close_button.setText(self.tr("He&ropenen…"))
        info = [self.tr("Wijk {wijk}").format(wijk=detail.neighbourhood)
                if detail.neighbourhood else self.tr("Geen wijk")]
        if detail.address:
            info.append(detail.address)
        if detail.phone:
            info.append(detail.phone)
        if detail.opened_on:
            info.append(self.tr("in zorg sinds {date}").format(
                date=i18n.format_date(detail.opened_on)))
        self.info_label.setText(" · ".join(info))
        self.consent_badge.setText(consent_status_text(detail))
        if detail.valid_consents:
            self.consent_badge.setStyleSheet(
                "padding: 3px 8px; border-radius: 4px; background: #dff3e3; color: #123f1c;"
                f" border: 1px solid {SUCCESS_COLOUR};")
            self.consent_badge.setToolTip(", ".join(detail.consent_partner_names))
        else:
            self.consent_badge.setStyleSheet(
                "padding: 3px 8px; border-radius: 4px; background: #fff1c2; color: #5c4200;"
                " border: 1px solid #8a6d00; font-weight: bold;")
            self.consent_badge.setToolTip(self.tr("Deel niets met partners."))

    # -- writing --------------------------------------------------------------------------
    def show_dialog(self, dialog: QWidget) -> None:
        self.active_dialog = dialog
        if isinstance(dialog, WriteDialog):
            dialog.open()
        else:
            dialog.show()

    def write(self, fn: Callable[[UnitOfWork], object], *, lists_changed: bool = False) -> None:
        household_id = self._household_id
        if household_id is None:
            return

        def done(_: object) -> None:
            if lists_changed:
                self.ctx.bus.households_changed.emit()

        def failed(exc: BaseException) -> None:
            if self._alive():
                show_error(self, exc)
            else:
                self.ctx.bus.error_message.emit(describe_error(exc))

        self.ctx.write(fn, done, failed, household_id=household_id)

    def _new_visit(self) -> None:
        if self._household_id and self.detail is not None:
            self.new_visit_requested.emit(self._household_id)

    def edit_household(self) -> None:
        if self.detail is not None:
            self.show_dialog(HouseholdDialog(self.ctx, self, self.detail))

    def close_or_reopen(self) -> None:
        detail = self.detail
        if detail is None:
            return
        household_id = detail.id
        if detail.active:
            today = date.today()

            def close(uow: UnitOfWork) -> None:
                hs.close_household(uow, hs.require(uow, Household, household_id), today)

            self.active_dialog = ask(
                self, self.tr("Huishouden afsluiten"),
                self.tr("Wil je {name} afsluiten? Het huishouden verdwijnt uit de lijst met "
                        "actieve huishoudens. De gegevens blijven bewaard en je kunt het later "
                        "heropenen.").format(name=detail.display_name),
                self.tr("Afsluiten"), lambda: self.write(close, lists_changed=True))
        else:
            def reopen(uow: UnitOfWork) -> None:
                hs.reopen_household(uow, hs.require(uow, Household, household_id))

            self.active_dialog = ask(
                self, self.tr("Huishouden heropenen"),
                self.tr("Wil je {name} weer actief maken?").format(name=detail.display_name),
                self.tr("Heropenen"), lambda: self.write(reopen, lists_changed=True))

    def add_member(self) -> None:
        if self.detail is not None:
            self.show_dialog(MemberDialog(self.ctx, self, self.detail.id, None,
                                          today=date.today()))

    def edit_member(self) -> None:
        member = self._selected_member()
        if self.detail is not None and member is not None:
            self.show_dialog(MemberDialog(self.ctx, self, self.detail.id, member,
                                          today=date.today()))

    def remove_member(self) -> None:
        member = self._selected_member()
        if self.detail is None or member is None:
            return
        person_id = member.id

        def remove(uow: UnitOfWork) -> None:
            hs.remove_person(uow, hs.require(uow, Person, person_id))

        self.active_dialog = ask(
            self, self.tr("Gezinslid verwijderen"),
            self.tr("Wil je {name} uit dit huishouden verwijderen? Ook de lijnen in het "
                    "genogram en ecogram met deze persoon verdwijnen. Afspraken en "
                    "toestemmingen blijven bewaard.").format(name=member.name),
            self.tr("Verwijderen"), lambda: self.write(remove, lists_changed=True))

    def _selected_member(self) -> MemberInfo | None:
        person_id = self.overview_tab.selected_member_id()
        if self.detail is None or person_id is None:
            return None
        return self.detail.member(person_id)
