"""A notice that offers to undo what was just done ("Het bezoek is verwijderd. [Ongedaan maken]").

It stays until the worker undoes, closes it or moves on (the view calls `dismiss`): no timer
takes the chance away while someone is still reading (WCAG 2.2.1). While it is shown, Ctrl+Z
anywhere in the view that holds it undoes too — a text field with focus keeps its own Ctrl+Z.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget


def _t(text: str) -> str:
    return QCoreApplication.translate("UndoNotice", text)


class UndoNotice(QFrame):
    """One line: what happened, "Ongedaan maken" and a close button. Hidden until `offer`."""

    def __init__(self, parent: QWidget, name: str = "undoNotice") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            f"QFrame#{name} {{ background: #e8f0fb; border: 1px solid #2f5d9a;"
            " border-radius: 4px; } QLabel { color: #12305a; }")
        self._undo: Callable[[], None] | None = None
        self.label = QLabel(self)
        self.label.setObjectName("undoNoticeText")
        self.label.setWordWrap(True)
        self.undo_button = QPushButton(_t("Ongedaan &maken"), self)
        self.undo_button.setObjectName("undoButton")
        self.undo_button.setAutoDefault(False)
        self.undo_button.setToolTip(_t("Ongedaan maken (Ctrl+Z)"))
        self.undo_button.clicked.connect(lambda _=False: self.undo())
        close = QToolButton(self)
        close.setObjectName("undoNoticeClose")
        close.setText("×")
        close.setAutoRaise(True)
        close.setToolTip(_t("Melding sluiten"))
        close.setAccessibleName(_t("Melding sluiten"))
        close.clicked.connect(lambda _=False: self.dismiss())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(close)
        self.shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), parent)
        self.shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.shortcut.activated.connect(self.undo)
        self.shortcut.setEnabled(False)
        self.hide()

    def offer(self, text: str, undo: Callable[[], None],
              button_text: str | None = None) -> None:
        """Say what happened and offer `undo` (once)."""
        self._undo = undo
        self.label.setText(text)
        self.undo_button.setText(button_text or _t("Ongedaan &maken"))
        self.undo_button.setEnabled(True)
        self.shortcut.setEnabled(True)
        self.show()

    @property
    def offered(self) -> bool:
        return self._undo is not None

    def undo(self) -> None:
        undo, self._undo = self._undo, None
        self.dismiss()
        if undo is not None:
            undo()

    def dismiss(self) -> None:
        self._undo = None
        self.shortcut.setEnabled(False)
        self.hide()
