"""The visit editor's side column: who was there, the family's request, strengths and concerns,
the themes, the goal scores, the agreements and the next visit, top to bottom."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from voordeur.gui.common.context import AppContext
from voordeur.gui.visits.agreements import AgreementsSection, Guard
from voordeur.gui.visits.chips import ThemeChips
from voordeur.gui.visits.editor_widgets import buddy_label
from voordeur.gui.visits.goal_scores import GoalScores
from voordeur.gui.visits.next_visit import NextVisitPicker
from voordeur.gui.visits.notes import FamilyNotes
from voordeur.gui.visits.present import PresentPicker
from voordeur.model.catalogues import Theme
from voordeur.services.visit_queries import VisitForm
from voordeur.services.visits import SCORE_PREFIX


def _t(text: str) -> str:
    return QCoreApplication.translate("VisitEditor", text)


class VisitSideColumn(QWidget):
    """Lays out the side column's sections; each section does its own work."""

    def __init__(self, ctx: AppContext, current_form: Callable[[], VisitForm | None],
                 guard: Guard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visitSideContent")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 8, 8)

        self.present = PresentPicker(self)
        layout.addWidget(self.present)
        self.family_notes = FamilyNotes(self)
        layout.addWidget(self.family_notes)

        self.theme_chips = ThemeChips(self)
        layout.addSpacing(6)
        layout.addWidget(buddy_label(_t("Th&ema's"),
                                     self.theme_chips.button(next(iter(Theme))), self))
        layout.addWidget(self.theme_chips)

        layout.addSpacing(6)
        self.goal_scores = GoalScores(ctx, current_form, self._visit_day, self)
        layout.addWidget(self.goal_scores)

        layout.addSpacing(6)
        self.agreements = AgreementsSection(ctx, current_form, guard, self)
        self._starts_at: datetime | None = None
        layout.addWidget(self.agreements)

        layout.addSpacing(6)
        self.next_visit = NextVisitPicker(self)
        layout.addWidget(self.next_visit)
        layout.addStretch(1)

    def populate(self, form: VisitForm, starts_at: datetime) -> None:
        """Show a freshly loaded visit (`starts_at` as shown in the fields)."""
        self._starts_at = starts_at
        self.present.present_other_edit.setText(form.present_other)
        self.family_notes.populate(form.request, form.strengths, form.concerns)
        self.theme_chips.set_themes(form.themes)
        self.next_visit.populate(form, starts_at)
        self.present.fill_members(form, set(form.present_person_ids))
        self.goal_scores.fill(form.goals, {g.id: g.visit_score for g in form.goals})
        self.agreements.populate(form, starts_at.astimezone().date())
        self.family_notes.set_plan_state(form.plan_is_household_plan, form.plan_forks)

    def follow_start(self, starts_at: datetime) -> None:
        """The visit's date or time changed: the proposed due date and next visit follow."""
        self._starts_at = starts_at
        self.agreements.follow_start(starts_at.astimezone().date())
        self.next_visit.follow_start(starts_at)

    def _visit_day(self) -> date | None:
        return self._starts_at.astimezone().date() if self._starts_at else None

    def refresh_lists(self, shown: VisitForm, fresh: VisitForm) -> None:
        """The household changed elsewhere: rebuild only the lists that changed, keeping what
        was ticked or scored here, so the focus stays where the worker is."""
        present = set(self.present.present_ids())
        scores = self.goal_scores.scores()
        if fresh.members != shown.members:
            self.present.fill_members(fresh, present)
        if not self.goal_scores.same_goals(fresh.goals):
            values = {g.id: scores.get(g.id, g.visit_score) for g in fresh.goals}
            self.goal_scores.fill(fresh.goals, values)
        if fresh.agreements != shown.agreements:
            self.agreements.fill_agreements(fresh)
        if (fresh.members, fresh.network, fresh.partners) != (
                shown.members, shown.network, shown.partners):
            self.agreements.fill_owners(fresh)

    def tracked_fields(self, form: VisitForm) -> dict[str, tuple[Callable[[], Any], Any]]:
        """For the autosave: per field of this column, how to read it and the loaded value."""
        family = self.family_notes
        tracked: dict[str, tuple[Callable[[], Any], Any]] = {
            "present_person_ids": (self.present.present_ids, list(form.present_person_ids)),
            "present_other": (self.present.present_other_edit.text, form.present_other),
            "request": (family.request_edit.toPlainText, form.request),
            "strengths": (family.strengths_edit.toPlainText, form.strengths),
            "concerns": (family.concerns_edit.toPlainText, form.concerns),
            "themes": (lambda: [t.value for t in self.theme_chips.themes()],
                       [t.value for t in form.themes]),
            "next_visit_at": (self.next_visit.value, form.next_visit_at),
            "next_visit_kind": (self.next_visit.kind, form.next_visit_kind.value
                                if form.next_visit_kind else None),
            "next_visit_location": (self.next_visit.location, form.next_visit_location),
        }
        for goal in form.goals:
            tracked[SCORE_PREFIX + goal.id] = (self.goal_scores.score_getter(goal.id),
                                               goal.visit_score)
        return tracked

    def tab_chain(self) -> list[QWidget]:
        """The column's fields in reading order, rows made later included."""
        family = self.family_notes
        return [self.present.present_list, self.present.present_other_edit,
                family.request_edit, family.strengths_edit, family.concerns_edit,
                *(self.theme_chips.button(t) for t in Theme), *self.goal_scores.boxes.values(),
                self.goal_scores.add_goal_button, *self.agreements.tab_chain(),
                *self.next_visit.tab_chain()]


def replace_side_lists(current: VisitForm, fresh: VisitForm) -> VisitForm:
    """The loaded visit with the household's lists from a fresh read (fields stay as loaded)."""
    return replace(current, members=fresh.members, network=fresh.network,
                   partners=fresh.partners, goals=fresh.goals, agreements=fresh.agreements,
                   revision_count=fresh.revision_count)
