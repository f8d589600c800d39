"""The ecogram tab's actions (`EcogramActions`): each with its keys, which work only while the
ecogram has the focus, the tool bar that shows them, and when each one can be used.

The actions do nothing themselves: the tab connects them to what they do.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QToolBar, QWidget


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("EcogramTab", text, None, n)


class EcogramActions:
    """The actions of one tab (`owner`, whose they are) and its tool bar."""

    def __init__(self, owner: QWidget, undo_stack: QUndoStack) -> None:
        self.owner = owner
        self.undo_stack = undo_stack
        self.toolbar = QToolBar(owner)
        self.toolbar.setObjectName("ecogramToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        Key = QKeySequence.StandardKey
        self.add_action = self._action(_t("&Toevoegen…"), "ecogramAdd", ("Ins", "Ctrl+Shift+A"),
                                       _t("Een persoon of organisatie toevoegen"))
        self.connect_action = self._action(_t("&Verbinden"), "ecogramConnect", ("C",),
                                           _t("Sleep daarna van de ene naar de andere"))
        self.connect_action.setCheckable(True)
        self.edit_action = self._action(_t("&Bewerken"), "ecogramEdit", ("F2",),
                                        _t("Het gekozen item bewerken"))
        self.delete_action = self._action(_t("Ver&wijderen"), "ecogramDelete", ("Del",),
                                          _t("Het gekozen item verwijderen"))
        # Short fixed texts: the step's own name ("Eigen Wijs, Dagprogramma Jonge Kind
        # toevoegen") goes in the tooltip and status tip, so no button moves or overflows.
        self.undo_action = self._history_action(_t("&Ongedaan maken"), "ecogramUndo",
                                                (Key.Undo,), undo_stack.undo)
        self.redo_action = self._history_action(_t("Opnie&uw"), "ecogramRedo",
                                                ("Ctrl+Shift+Z", "Ctrl+Y"), undo_stack.redo)
        undo_stack.undoTextChanged.connect(lambda text: self._describe(self.undo_action, text))
        undo_stack.redoTextChanged.connect(lambda text: self._describe(self.redo_action, text))
        undo_stack.canUndoChanged.connect(lambda can: self._enable(self.undo_action, can))
        undo_stack.canRedoChanged.connect(lambda can: self._enable(self.redo_action, can))
        self._editable = True
        self._describe(self.undo_action, undo_stack.undoText())
        self._describe(self.redo_action, undo_stack.redoText())
        self.zoom_in_action = self._action(_t("In&zoomen"), "ecogramZoomIn",
                                           ("Ctrl++", "Ctrl+="))
        self.zoom_out_action = self._action(_t("Uitzoome&n"), "ecogramZoomOut", ("Ctrl+-",))
        self.fit_action = self._action(_t("&Passend"), "ecogramFit", ("Ctrl+0",),
                                       _t("De hele kaart in beeld"))
        self.layout_action = self._action(_t("&Schikken"), "ecogramLayout", ("Ctrl+Shift+L",),
                                          _t("Iedereen automatisch netjes neerzetten"))
        self.stop_layout_action = self._action(_t("Stop schikken"), "ecogramStopLayout",
                                               ("Esc",))
        self.snapshot_action = self._action(_t("&Momentopname"), "ecogramSnapshot",
                                            ("Ctrl+Shift+M",),
                                            _t("Het netwerk zoals het nu is bewaren"))
        self.export_action = self._action(_t("&Exporteren…"), "ecogramExport", ("Ctrl+E",),
                                          _t("Opslaan als PNG, SVG of PDF"))
        self.names_action = self._action(_t("&Rollen tonen"), "ecogramRoles", ("Ctrl+R",),
                                         _t("Rollen in plaats van namen tonen"))
        self.names_action.setCheckable(True)
        self.large_action = self._action(_t("&Grote kaart"), "ecogramLarge", ("F11",),
                                         _t("Alle ruimte voor de kaart (aan tafel)"))
        self.large_action.setCheckable(True)
        # Zooming in and out stay on the keyboard (Ctrl+plus/minus) and the wheel: the bar keeps
        # what a worker reaches for at the table, and fits beside the household list.
        bar = self.toolbar
        for action in (self.add_action, self.connect_action, self.edit_action,
                       self.delete_action):
            bar.addAction(action)
        bar.addSeparator()
        bar.addAction(self.undo_action)
        bar.addAction(self.redo_action)
        bar.addSeparator()
        for action in (self.large_action, self.fit_action, self.layout_action,
                       self.stop_layout_action):
            bar.addAction(action)
        bar.addSeparator()
        for action in (self.snapshot_action, self.export_action, self.names_action):
            bar.addAction(action)
        self.stop_layout_action.setVisible(False)

    def _action(self, text: str, name: str, shortcuts: tuple[QKeySequence | str, ...] = (),
                tip: str = "") -> QAction:
        action = QAction(text, self.owner)
        action.setObjectName(name)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
            # Only while the ecogram has the focus: Ctrl+Z in a text field elsewhere stays its own.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            keys = " / ".join(QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText)
                              for s in shortcuts)
            tip = f"{tip or text.replace('&', '')} ({keys})"
        if tip:
            action.setToolTip(tip)
        self.owner.addAction(action)
        return action

    def _history_action(self, text: str, name: str, keys: tuple[QKeySequence.StandardKey | str,
                                                                ...],
                        slot: Callable[[], None]) -> QAction:
        action = QAction(text, self.owner)
        action.setObjectName(name)
        action.setEnabled(False)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda *_: slot())
        self.owner.addAction(action)
        return action

    def _enable(self, action: QAction, can: bool) -> None:
        # Also sent while the tab is being destroyed (the stack clears itself).
        if shiboken6.isValid(action):
            action.setEnabled(self._editable and can)

    def _describe(self, action: QAction, step: str) -> None:
        """'Ongedaan maken: Eigen Wijs, Dagprogramma Jonge Kind toevoegen (Ctrl+Z)'."""
        if not shiboken6.isValid(action):
            return
        short = action.text().replace("&", "")
        tip = _t("{action}: {step}").format(action=short, step=step) if step else short
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({keys})" if keys else tip)
        action.setStatusTip(tip)

    def _update_history(self) -> None:
        self.undo_action.setEnabled(self._editable and self.undo_stack.canUndo())
        self.redo_action.setEnabled(self._editable and self.undo_stack.canRedo())

    def update(self, *, editable: bool, has_selection: bool, layout_running: bool,
               shown: bool, live: bool) -> None:
        """Enable what can be used: `shown` a map is shown, `live` the current one (no
        snapshot), `editable` live and not comparing."""
        self.add_action.setEnabled(editable)
        self.connect_action.setEnabled(editable)
        self.layout_action.setEnabled(editable and not layout_running)
        self.edit_action.setEnabled(has_selection)
        self.delete_action.setEnabled(editable and has_selection)
        self.snapshot_action.setEnabled(live)
        self.export_action.setEnabled(shown)
        self._editable = editable
        self._update_history()
