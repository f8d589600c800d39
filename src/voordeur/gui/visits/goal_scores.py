"""The scaling question for the household's active goals: a score from 0 to 10 per goal, with
the previous score as a hint."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QAbstractSpinBox, QGridLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from voordeur.gui.common.i18n import format_date
from voordeur.gui.common.style import MUTED_STYLE
from voordeur.gui.visits.editor_widgets import WheelGuard, section_label
from voordeur.services.visit_queries import GoalItem


def _t(text: str) -> str:
    return QCoreApplication.translate("VisitEditor", text)


def goal_key(goal: GoalItem) -> tuple[object, ...]:
    """What a goal's row shows: when this differs, the row is made again."""
    return (goal.id, goal.text, goal.person_name, goal.previous_score, goal.previous_on)


class GoalScores(QWidget):
    """A row per goal; `score_changed` gives the goal's id when its score was changed."""

    score_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QSpinBox] = {}
        self.goals: tuple[GoalItem, ...] = ()
        self._wheel_guard = WheelGuard(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(section_label(_t("Doelen — schaalvraag (0 tot 10)"), self))
        self.goals_box = QWidget(self)
        self.goals_box.setObjectName("goalScores")
        self.goals_layout = QGridLayout(self.goals_box)
        self.goals_layout.setContentsMargins(0, 0, 0, 0)
        self.goals_layout.setColumnStretch(0, 1)
        layout.addWidget(self.goals_box)

    def score_getter(self, goal_id: str) -> Callable[[], int | None]:
        def get() -> int | None:
            box = self.boxes.get(goal_id)
            if box is None or not shiboken6.isValid(box) or box.value() < 0:
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
            self.goals_layout.addWidget(empty, 0, 0, 1, 2)
            return
        for row, goal in enumerate(goals):
            text = goal.text if not goal.person_name else f"{goal.text} ({goal.person_name})"
            label = QLabel(text, self.goals_box)
            label.setWordWrap(True)
            box = QSpinBox(self.goals_box)
            box.setObjectName(f"goalScore_{goal.id}")
            box.setRange(-1, 10)
            box.setSpecialValueText("–")
            box.setAccessibleName(_t("Score voor: {goal}").format(goal=goal.text))
            box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
            box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            box.installEventFilter(self._wheel_guard)
            value = values.get(goal.id)
            box.setValue(-1 if value is None else value)
            box.valueChanged.connect(lambda _v, gid=goal.id: self.score_changed.emit(gid))
            label.setBuddy(box)
            if goal.previous_score is not None:
                hint = _t("vorige keer: {score} ({date})").format(
                    score=goal.previous_score, date=format_date(goal.previous_on))
            else:
                hint = _t("nog geen eerdere score")
            hint_label = QLabel(hint, self.goals_box)
            hint_label.setStyleSheet(MUTED_STYLE)
            self.goals_layout.addWidget(label, 2 * row, 0)
            self.goals_layout.addWidget(box, 2 * row, 1, 2, 1, Qt.AlignmentFlag.AlignTop)
            self.goals_layout.addWidget(hint_label, 2 * row + 1, 0)
            self.boxes[goal.id] = box
