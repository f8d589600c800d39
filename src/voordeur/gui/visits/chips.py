"""Theme chips: the visit's themes as toggleable buttons that wrap like words in a line.

A chosen chip is marked by a check mark and a bold frame as well as by colour, so the choice is
visible without colour vision too. Each chip is a checkable button: Tab reaches it, Space
toggles it.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QLayout,
    QLayoutItem,
    QPushButton,
    QSizePolicy,
    QStyle,
    QWidget,
)

from voordeur.gui.common.i18n import catalogue_label
from voordeur.model.catalogues import THEME_LABELS, Theme

CHECK = "✓ "

CHIP_STYLE = """
QPushButton[chip="true"] {
    border: 1px solid palette(mid);
    border-radius: 10px;
    padding: 3px 10px;
    background: palette(base);
}
QPushButton[chip="true"]:checked {
    border: 2px solid #1f5f8b;
    background: #d7e9f5;
    color: #0b2d45;
}
QPushButton[chip="true"]:focus {
    border: 2px dashed #1f5f8b;
}
"""


class FlowLayout(QLayout):
    """Lays out items left to right and wraps them onto the next line (Qt's flow example)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._do_layout(QRect(0, 0, width, 0), test_only=True)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._do_layout(rect, test_only=False)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _do_layout(self, rect: QRect, *, test_only: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            next_x = x + hint.width() + self._spacing
            if next_x - self._spacing > area.right() + 1 and line_height > 0:
                x = area.x()
                y += line_height + self._spacing
                next_x = x + hint.width() + self._spacing
                line_height = 0
            if not test_only:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x = next_x
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


class ThemeChips(QWidget):
    """One checkable chip per Theme; `changed` after the worker toggled one."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None,
                 themes: Iterable[Theme] = tuple(THEME_LABELS)) -> None:
        super().__init__(parent)
        self.setObjectName("themeChips")
        self.setStyleSheet(CHIP_STYLE)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        layout = FlowLayout(self, spacing=max(4, self.style().pixelMetric(
            QStyle.PixelMetric.PM_LayoutHorizontalSpacing)))
        self._buttons: dict[Theme, QPushButton] = {}
        for theme in themes:
            button = QPushButton(self)
            button.setObjectName(f"themeChip_{theme.value}")
            button.setProperty("chip", True)
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.toggled.connect(lambda _on, b=button, t=theme: self._on_toggled(b, t))
            layout.addWidget(button)
            self._buttons[theme] = button
            self._relabel(button, theme)

    def _relabel(self, button: QPushButton, theme: Theme) -> None:
        label = catalogue_label(theme)
        button.setText((CHECK if button.isChecked() else "") + label)
        state = self.tr("gekozen") if button.isChecked() else self.tr("niet gekozen")
        button.setAccessibleName(f"{label} ({state})")

    def _on_toggled(self, button: QPushButton, theme: Theme) -> None:
        self._relabel(button, theme)
        self.changed.emit()

    def themes(self) -> list[Theme]:
        """The chosen themes, in catalogue order."""
        return [t for t, b in self._buttons.items() if b.isChecked()]

    def set_themes(self, themes: Iterable[Theme]) -> None:
        """Show a stored choice without emitting `changed`."""
        chosen = set(themes)
        for theme, button in self._buttons.items():
            button.blockSignals(True)
            button.setChecked(theme in chosen)
            button.blockSignals(False)
            self._relabel(button, theme)

    def button(self, theme: Theme) -> QPushButton:
        return self._buttons[theme]

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return layout.heightForWidth(width) if layout is not None else -1
