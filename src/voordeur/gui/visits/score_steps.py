"""The scaling question's answer as something a family can look at and point to: eleven large
steps 0…10 in a row, the chosen one filled, the previous score marked under its step.

One stop in the tab order: the arrow keys move the choice, a digit chooses it ("1" then "0"
quickly gives 10), Home and End go to 0 and 10, Delete or Backspace leave the goal without a
score this time. Clicking the chosen step again clears it too. `value()` is -1 without a score,
like the spin box this replaces."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QWidget

from voordeur.gui.common.style import MUTED_STYLE

NO_SCORE = -1
STEPS = range(11)
_TEN_WITHIN = 1.0  # seconds between "1" and "0" for 10

_STYLE = """
QPushButton[scoreStep="true"] {
    font-size: %(size).1fpt; min-width: %(width)dpx; min-height: %(height)dpx; padding: 0px;
    border: 1px solid palette(mid); border-radius: 4px; background: palette(base);
}
QPushButton[scoreStep="true"]:hover { border: 1px solid palette(highlight); }
QPushButton[scoreStep="true"]:checked {
    background: palette(highlight); color: palette(highlighted-text); font-weight: bold;
}
QPushButton[previous="true"] { border: 2px dashed palette(dark); }
"""


def _t(text: str) -> str:
    return QCoreApplication.translate("VisitEditor", text)


class ScoreSteps(QWidget):
    """Eleven steps 0…10; `valueChanged(int)` with -1 for "no score"."""

    valueChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None, previous: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scoreSteps")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        points = self.font().pointSizeF()
        points = (points if points > 0 else 10.0) * 1.6  # large figures, seen across a table
        lines = self.fontMetrics().lineSpacing()
        self.setStyleSheet(_STYLE % {"size": points, "width": lines * 3 // 2,
                                     "height": lines * 5 // 2})
        self._value = NO_SCORE
        self._last_digit: tuple[int, float] | None = None
        self.previous = previous
        grid = QGridLayout(self)
        grid.setContentsMargins(3, 3, 3, 3)
        grid.setHorizontalSpacing(3)
        grid.setVerticalSpacing(0)
        self.buttons: list[QPushButton] = []
        for step in STEPS:
            button = QPushButton(str(step), self)
            button.setProperty("scoreStep", True)
            button.setProperty("previous", step == previous)
            button.setObjectName(f"scoreStep_{step}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setAccessibleName(str(step))
            button.clicked.connect(lambda _on=False, s=step: self._clicked(s))
            grid.addWidget(button, 0, step)
            grid.setColumnStretch(step, 1)
            self.buttons.append(button)
        self.previous_marker: QLabel | None = None
        if previous is not None and previous in STEPS:
            self.previous_marker = QLabel("▲ " + _t("vorige keer"), self)
            self.previous_marker.setObjectName("previousScoreMarker")
            self.previous_marker.setStyleSheet(MUTED_STYLE)
            first = min(max(previous - 1, 0), len(STEPS) - 3)
            align = (Qt.AlignmentFlag.AlignLeft if previous == 0 else Qt.AlignmentFlag.AlignRight
                     if previous == 10 else Qt.AlignmentFlag.AlignHCenter)
            grid.addWidget(self.previous_marker, 1, first, 1, 3, align)
        self._show()

    # -- value ---------------------------------------------------------------------------------
    def value(self) -> int:
        return self._value

    def setValue(self, value: int) -> None:
        value = value if value in STEPS else NO_SCORE
        if value == self._value:
            return
        self._value = value
        self._show()
        self.valueChanged.emit(value)

    def _show(self) -> None:
        for step, button in enumerate(self.buttons):
            button.setChecked(step == self._value)
        self.setAccessibleDescription(
            _t("geen score") if self._value == NO_SCORE
            else _t("score {score} van 10").format(score=self._value))

    def _clicked(self, step: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.setValue(NO_SCORE if step == self._value else step)
        self._show()  # a click on the chosen step unchecked it: show the value again

    # -- keys ----------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        current = self._value if self._value != NO_SCORE else None
        start = current if current is not None else (
            self.previous if self.previous is not None else 5)
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Minus):
            self.setValue(max(0, start - 1) if current is not None else start)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Plus):
            self.setValue(min(10, start + 1) if current is not None else start)
        elif key == Qt.Key.Key_Home:
            self.setValue(0)
        elif key == Qt.Key.Key_End:
            self.setValue(10)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.setValue(NO_SCORE)
        elif Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            digit = key - Qt.Key.Key_0
            now = time.monotonic()
            last = self._last_digit
            if digit == 0 and last is not None and last[0] == 1 and now - last[1] < _TEN_WITHIN:
                self.setValue(10)
                self._last_digit = None
            else:
                self.setValue(digit)
                self._last_digit = (digit, now)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # -- focus ---------------------------------------------------------------------------------
    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus():  # the whole row is one stop: show where the keys go
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            pen = QPen(self.palette().highlight().color(), 2)
            painter.setPen(pen)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 5, 5)
