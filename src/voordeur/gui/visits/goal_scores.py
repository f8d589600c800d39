"""The scaling question for the household's active goals: a score from 0 to 10 per goal on eleven
large steps (`score_steps.py`), with the previous score marked; and a new goal made here."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import shiboken6
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from voordeur import clock
from voordeur.gui.common.context import AppContext
from voordeur.gui.common.i18n import format_date
from voordeur.gui.common.style import MUTED_STYLE
from voordeur.gui.visits.editor_widgets import section_label
from voordeur.gui.visits.goal_dialog import VisitGoalDialog
from voordeur.gui.visits.score_steps import NO_SCORE, ScoreSteps
from voordeur.services.visit_queries import GoalItem, VisitForm


def _t(text: str) -> str:
    return QCoreApplication.translate("VisitEditor", text)


def goal_key(goal: GoalItem) -> tuple[object, ...]:
    """What a goal's row shows: when this differs, the row is made again."""
    return (goal.id, goal.text, goal.person_name, goal.previous_score, goal.previous_on)


class GoalScores(QWidget):
    """A row per goal; `score_changed` gives the goal's id when its score was changed.
    `current_form` gives the open visit (None: nothing to write to), `visit_day` its day."""

    score_changed = Signal(str)

    def __init__(self, ctx: AppContext, current_form: Callable[[], VisitForm | None],
                 visit_day: Callable[[], date | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._current_form, self._visit_day = ctx, current_form, visit_day
        self.boxes: dict[str, ScoreSteps] = {}
        self.goals: tuple[GoalItem, ...] = ()
        self._focus_goal: str | None = None  # a goal added here: its steps get the focus
        self.goal_dialog: VisitGoalDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(section_label(_t("Doelen — schaalvraag (0 tot 10)"), self))
        self.goals_box = QWidget(self)
        self.goals_box.setObjectName("goalScores")
        self.goals_layout = QVBoxLayout(self.goals_box)
        self.goals_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.goals_box)
        buttons = QHBoxLayout()
        self.add_goal_button = QPushButton(_t("Doel toevoegen…"), self)
        self.add_goal_button.setObjectName("addGoal")
        self.add_goal_button.setAutoDefault(False)
        self.add_goal_button.clicked.connect(self.add_goal)
        buttons.addWidget(self.add_goal_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def score_getter(self, goal_id: str) -> Callable[[], int | None]:
        def get() -> int | None:
            box = self.boxes.get(goal_id)
            if box is None or not shiboken6.isValid(box) or box.value() == NO_SCORE:
                return None
            return box.value()

        return get

    def scores(self) -> dict[str, int | None]:
        return {gid: self.score_getter(gid)() for gid in self.boxes}

    def same_goals(self, goals: tuple[GoalItem, ...]) -> bool:
        return [goal_key(g) for g in goals] == [goal_key(g) for g in self.goals]

    def fill(self, goals: tuple[GoalItem, ...], values: dict[str, int | None]) -> None:
        while self.goals_layout.count():
            item = self.goals_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.boxes = {}
        self.goals = goals
        if not goals:
            empty = QLabel(_t("Dit gezin heeft nog geen actieve doelen."), self.goals_box)
            empty.setWordWrap(True)
            self.goals_layout.addWidget(empty)
            return
        for goal in goals:
            text = goal.text if not goal.person_name else f"{goal.text} ({goal.person_name})"
            label = QLabel(text, self.goals_box)
            label.setWordWrap(True)
            box = ScoreSteps(self.goals_box, goal.previous_score)
            box.setObjectName(f"goalScore_{goal.id}")
            box.setAccessibleName(_t("Score voor: {goal}").format(goal=goal.text))
            value = values.get(goal.id)
            box.setValue(NO_SCORE if value is None else value)
            box.valueChanged.connect(lambda _v, gid=goal.id: self.score_changed.emit(gid))
            label.setBuddy(box)
            if goal.previous_score is not None:
                hint = _t("vorige keer: {score} ({date})").format(
                    score=goal.previous_score, date=format_date(goal.previous_on))
            else:
                hint = _t("nog geen eerdere score")
            hint_label = QLabel(hint, self.goals_box)
            hint_label.setStyleSheet(MUTED_STYLE)
            self.goals_layout.addWidget(label)
            self.goals_layout.addWidget(box)
            self.goals_layout.addWidget(hint_label)
            self.goals_layout.addSpacing(4)
            self.boxes[goal.id] = box
        focus = self.boxes.get(self._focus_goal or "")
        if focus is not None:
            self._focus_goal = None
            focus.setFocus()

    def add_goal(self) -> None:
        """Ask for a new goal; once written it appears here (the household's lists are read
        again) and its steps get the focus."""
        form = self._current_form()
        if form is None:
            return
        started = min(self._visit_day() or clock.today(), clock.today())

        def added(goal_id: str) -> None:
            if shiboken6.isValid(self):
                self._focus_goal = goal_id
                self._ctx.bus.status_message.emit(_t("Doel toegevoegd"))

        self.goal_dialog = VisitGoalDialog(self._ctx, self.window(), form, started, added)
        self.goal_dialog.open()
