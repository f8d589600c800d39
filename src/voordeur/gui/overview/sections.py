"""One section of the overview page (`_Section`): a heading, a list of rows that is as tall as its
rows (`_FittedList`), an empty text and "Alle … tonen" when there are more rows than shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from voordeur.gui.common.rich_list import ActivatingList

ROW_LIMIT = 8  # rows shown per section before "Alle … tonen"
Row = tuple[str, tuple[str, str]]  # (html, ("visit" | "household", id))


class _FittedList(ActivatingList):
    """A list exactly as tall as its rows: the page scrolls, not the list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fitted_width = -1

    def fit(self) -> None:
        self._fitted_width = self.viewport().width()
        rows = sum(max(0, self.sizeHintForRow(i)) for i in range(self.count()))
        self.setFixedHeight(rows + 2 * self.frameWidth())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.viewport().width() != self._fitted_width:
            self.fit()


class _Section(QWidget):
    """A titled list with a friendly sentence when empty and a "show all" button when long."""

    opened = Signal(object)
    current_moved = Signal()  # the current row changed (keyboard): keep it in view

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Section")
        self.title = QLabel()
        self.title.setObjectName(f"{name}Title")
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.header = QHBoxLayout()
        self.header.setContentsMargins(0, 0, 0, 0)
        self.header.addWidget(self.title, 1)
        self.list = _FittedList()
        self.list.setObjectName(f"{name}List")
        self.list.opened.connect(self.opened)
        self.list.currentRowChanged.connect(self.current_moved)
        self.empty = QLabel()
        self.empty.setObjectName(f"{name}Empty")
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setContentsMargins(2, 2, 2, 6)
        self.more = QPushButton()
        self.more.setObjectName(f"{name}More")
        self.more.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.more.clicked.connect(self._toggle_all)
        self.more.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self.header)
        layout.addWidget(self.empty)
        layout.addWidget(self.list)
        layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)
        self._rows: list[Row] = []
        self._show_all = False

    def add_controls(self, row: QHBoxLayout) -> None:
        """A row of controls between the title and the list."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(1, row)

    def set_rows(self, rows: list[Row], empty_text: str) -> None:
        self._rows = rows
        self.empty.setText(empty_text)
        self._fill()

    def set_loading(self, text: str) -> None:
        self._rows = []
        self.empty.setText(text)
        self._fill()

    def targets(self) -> list[tuple[str, str]]:
        return [target for _html, target in self._rows]

    def _fill(self) -> None:
        current = self.list.currentRow()
        self.list.clear()
        shown = self._rows if self._show_all else self._rows[:ROW_LIMIT]
        for row_html, target in shown:
            self.list.add_row(row_html, target)
        self.list.setVisible(bool(shown))
        self.empty.setVisible(not shown)
        hidden = len(self._rows) - ROW_LIMIT
        if hidden > 0:
            # Literal calls, so lupdate finds the strings (context of the page).
            self.more.setText(
                QCoreApplication.translate("OverviewPage", "Minder tonen") if self._show_all
                else QCoreApplication.translate("OverviewPage", "Alle {count} tonen")
                .format(count=len(self._rows)))
            self.more.show()
        else:
            self.more.hide()
        if shown and 0 <= current < len(shown):
            self.list.setCurrentRow(current)
        self.list.fit()

    def _toggle_all(self) -> None:
        self._show_all = not self._show_all
        self._fill()
        if not self._show_all:
            self.more.setFocus()
