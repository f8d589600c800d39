"""Small pieces the visit editor's widgets share: a moment as local day and time, a text field
that grows with its text, bold section titles, labels with a buddy, and a guard that keeps the
mouse wheel from changing a value while the side column scrolls."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QEvent, QObject, QSize, QTime
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSizePolicy, QWidget


def split_local(value: datetime) -> tuple[date, QTime]:
    """A stored moment as the local day and time shown in a date field and a time edit."""
    local = value.astimezone()
    return local.date(), QTime(local.hour, local.minute)


def join_local(day: date, at: QTime) -> datetime:
    """The local day and time typed → an aware UTC moment."""
    naive = datetime(day.year, day.month, day.day, at.hour(), at.minute())
    return naive.astimezone().astimezone(UTC)  # local wall time → aware UTC


class WheelGuard(QObject):
    """Scrolling the side column must not change a score or a choice under the mouse."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(obj, QWidget) and not obj.hasFocus():
            event.ignore()
            return True
        return False


def buddy_label(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    return label


def section_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


class GrowingTextEdit(QPlainTextEdit):
    """A text field that grows with its text between a few and a dozen lines."""

    def __init__(self, parent: QWidget | None = None, *, min_lines: int = 3,
                 max_lines: int = 12) -> None:
        super().__init__(parent)
        self._min_lines, self._max_lines = min_lines, max_lines
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(
            lambda _size: self.updateGeometry())

    def _height_for(self, lines: float) -> int:
        margins = self.contentsMargins()
        doc_margin = self.document().documentMargin()
        return int(lines * self.fontMetrics().lineSpacing() + 2 * doc_margin
                   + margins.top() + margins.bottom() + 4)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        lines = self.document().documentLayout().documentSize().height()
        lines = max(self._min_lines, min(self._max_lines, lines))
        hint.setHeight(self._height_for(lines))
        return hint

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        hint.setHeight(self._height_for(self._min_lines))
        return hint
