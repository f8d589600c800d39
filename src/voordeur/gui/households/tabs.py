"""The household page's tab Overzicht, and the texts and small widgets the page's tabs share
(ages, scores, due dates in words; compact trees that keep their selection). Bezoeken is in
`visits_tab.py`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QSize, Qt, QTime
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from voordeur.gui.common import i18n
from voordeur.gui.common.i18n import catalogue_label
from voordeur.gui.common.style import MUTED_STYLE, TABLE_ALERT_COLOUR
from voordeur.gui.households.consent_panel import consent_summary
from voordeur.gui.households.list_model import short_date
from voordeur.gui.households.plan_texts import PlanTextsBox
from voordeur.services.household_queries import AgreementInfo, GoalInfo, HouseholdDetail, MemberInfo

if TYPE_CHECKING:
    from voordeur.gui.households.page import HouseholdPage

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
    if member.age_months is not None:  # under two: in months, as the JGZ counts
        return months_text(member.age_months)
    return _t("%n jaar", member.age)


def months_text(months: int) -> str:
    """'1 maand', '15 maanden'."""
    return _t("1 maand") if months == 1 else _t("{months} maanden").format(months=months)


def member_notes(member: MemberInfo) -> str:
    notes = []
    if member.is_index:
        notes.append(_t("indexpersoon"))
    if member.deceased:
        notes.append(_t("overleden"))
    if member.note:
        notes.append(member.note)
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


def mark_late(item: QTreeWidgetItem) -> None:
    """An overdue agreement's row in the alert colour, its due date (column 2) in bold."""
    for column in range(item.columnCount()):
        item.setForeground(column, QBrush(LATE_COLOUR))
    font = QFont(item.font(2))
    font.setBold(True)
    item.setFont(2, font)


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


def muted_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(MUTED_STYLE)
    return label


def push_button(text: str, name: str, parent: QWidget,
                slot: Callable[[], None]) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.clicked.connect(lambda _=False: slot())
    return button


def selected_id(tree: QTreeWidget) -> str | None:
    item = tree.currentItem()
    if item is None or not item.isSelected():
        return None
    value = item.data(0, ID_ROLE)
    return str(value) if value else None


def select_id(tree: QTreeWidget, wanted: str | None) -> None:
    if not wanted:
        return
    for number in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(number)
        if item.data(0, ID_ROLE) == wanted:
            tree.setCurrentItem(item)
            return


class ActivatingTree(QTreeWidget):
    """Enter (and double-click, via itemActivated) opens the current row."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.itemActivated.emit(self.currentItem(), 0)
            return
        super().keyPressEvent(event)


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
        self.members_empty = muted_label(self.tr("Nog geen gezinsleden."), members_box)
        self.add_member_button = push_button(self.tr("&Lid toevoegen…"), "addMemberButton",
                                             members_box, page.add_member)
        self.edit_member_button = push_button(self.tr("Be&werken…"), "editMemberButton",
                                              members_box, page.edit_member)
        self.remove_member_button = push_button(self.tr("Verwij&deren…"), "removeMemberButton",
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
        self.goals_empty = muted_label(self.tr("Nog geen actieve doelen."), goals_box)
        goals_layout = QVBoxLayout(goals_box)
        goals_layout.addWidget(self.goals_tree)
        goals_layout.addWidget(self.goals_empty)

        # Open agreements.
        agreements_box = QGroupBox(self.tr("Open afspraken"), body)
        self.agreements_tree = CompactTree(agreements_box, "overviewAgreementsTree", [
            self.tr("Wie"), self.tr("Wat"), self.tr("Wanneer")], 1)
        self.agreements_tree.setAccessibleName(self.tr("Open afspraken"))
        self.agreements_empty = muted_label(self.tr("Geen open afspraken."), agreements_box)
        agreements_layout = QVBoxLayout(agreements_box)
        agreements_layout.addWidget(self.agreements_tree)
        agreements_layout.addWidget(self.agreements_empty)

        self.plan_box = PlanTextsBox(page, body, compact=True)
        grid = QGridLayout(body)
        grid.addWidget(self.plan_box, 0, 0, 1, 2)
        grid.addWidget(consent_box, 1, 0)
        grid.addWidget(visits_box, 1, 1)
        grid.addWidget(members_box, 2, 0, 1, 2)
        grid.addWidget(goals_box, 3, 0, 1, 2)
        grid.addWidget(agreements_box, 4, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(5, 1)

    def set_detail(self, detail: HouseholdDetail, *, same_household: bool) -> None:
        today = detail.today
        self.plan_box.set_plan(detail.plan, detail.plan_forks)
        self.consent_label.setText(consent_summary(detail))
        self.next_visit_label.setText(
            self.tr("Volgende bezoek: {date}").format(
                date=i18n.format_date(detail.next_visit, long=True))
            if detail.next_visit else self.tr("Volgende bezoek: nog niet gepland"))
        self.last_contact_label.setText(
            self.tr("Laatste contact: {date}").format(date=i18n.format_date(detail.last_contact))
            if detail.last_contact else self.tr("Nog geen contact vastgelegd"))

        previous = selected_id(self.members_tree) if same_household else None
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
        select_id(self.members_tree, previous)
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
                mark_late(item)
            self.agreements_tree.addTopLevelItem(item)
        self._show(self.agreements_tree, self.agreements_empty, bool(detail.open_agreements))

    @staticmethod
    def _show(tree: CompactTree, empty: QLabel, has_rows: bool) -> None:
        tree.setVisible(has_rows)
        empty.setVisible(not has_rows)
        tree.refresh_height()

    def _member_selected(self) -> None:
        chosen = selected_id(self.members_tree) is not None
        self.edit_member_button.setEnabled(chosen)
        self.remove_member_button.setEnabled(chosen)

    def selected_member_id(self) -> str | None:
        return selected_id(self.members_tree)
