"""The side panel next to the ecogram (`SidePanel`): the form for the chosen person or organisation
(`NodeEditor`, node_editor.py), the one for the chosen relation (`TieEditor`, editors.py), or an
empty state.

The editors write nothing themselves: "Toepassen" (or Enter) emits `changed(key, fields)` with
only the fields the worker changed, and the ecogram tab turns that into an undoable command.
Escape puts the form back as it was. The panel is narrow (about 300 px), so labels are short and
long texts wrap.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from voordeur.domain.ecogram import Ecogram, Node, Tie
from voordeur.gui.ecogram.editors import TieEditor
from voordeur.gui.ecogram.fields import muted_label
from voordeur.gui.ecogram.node_editor import NodeEditor


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("EcogramPanels", text, None, n)


# -- the panel --------------------------------------------------------------------------------
class SidePanel(QStackedWidget):
    """Empty state, the node editor or the tie editor; each in a scroll area (large fonts)."""

    node_changed = Signal(str, dict)
    tie_changed = Signal(str, dict)
    remove_requested = Signal(str)  # a node key or a tie id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ecogramSidePanel")
        self.empty = QWidget(self)
        self.empty.setObjectName("sidePanelEmpty")
        self.empty_label = muted_label(_t(
            "Kies iemand of een relatie op de kaart om die te bekijken of te veranderen.\n\n"
            "Een relatie maak je door met de rechtermuisknop (of Shift en de linkermuisknop) "
            "van het ene naar het andere contact te slepen."), self.empty)
        self.empty_label.setObjectName("sidePanelEmptyLabel")
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addStretch(1)
        self.node_editor = NodeEditor()
        self.tie_editor = TieEditor()
        self.addWidget(self.empty)
        self.addWidget(self._scrolling(self.node_editor))
        self.addWidget(self._scrolling(self.tie_editor))
        self.node_editor.changed.connect(self.node_changed)
        self.tie_editor.changed.connect(self.tie_changed)
        self.node_editor.remove_requested.connect(self.remove_requested)
        self.tie_editor.remove_requested.connect(self.remove_requested)
        self.setMinimumWidth(240)

    def _scrolling(self, editor: QWidget) -> QScrollArea:
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(editor)
        return area

    def show_empty(self, text: str | None = None) -> None:
        if text is not None:
            self.empty_label.setText(text)
        self.setCurrentWidget(self.empty)

    def show_node(self, node: Node, *, names: tuple[str, str] | None = None) -> None:
        self.node_editor.set_node(node, names=names)
        self.setCurrentIndex(1)

    def show_tie(self, tie: Tie, ecogram: Ecogram | None) -> None:
        self.tie_editor.set_tie(tie, ecogram)
        self.setCurrentIndex(2)

    def show_item(self, ecogram: Ecogram, item: str | None) -> None:
        """Show the node with key `item`, else the tie with that id, else the empty state."""
        node = ecogram.node(item) if item else None
        if node is not None:
            self.show_node(node)
            return
        tie = ecogram.tie(item) if item else None
        if tie is not None:
            self.show_tie(tie, ecogram)
            return
        self.show_empty()

    def current_item(self) -> str | None:
        """The node key or tie id being shown, None in the empty state."""
        if self.currentIndex() == 1:
            return self.node_editor.key or None
        if self.currentIndex() == 2:
            return self.tie_editor.key or None
        return None

    def set_editable(self, editable: bool) -> None:
        self.node_editor.set_editable(editable)
        self.tie_editor.set_editable(editable)

    def follow_selection(self, ecogram: Ecogram, keys: list[str], ties: list[str],
                         editable: bool) -> None:
        """Show what is selected on the map (one person or one tie), keeping what the worker is
        typing: a reload must not throw that away."""
        node = ecogram.node(keys[0]) if len(keys) == 1 and not ties else None
        tie = ecogram.tie(ties[0]) if len(ties) == 1 and not keys else None
        self.set_editable(editable)
        if node is not None and not node.is_household:
            if self.current_item() != node.key or not self.editor_dirty():
                self.show_node(node)
        elif tie is not None:
            if self.current_item() != tie.id or not self.editor_dirty():
                self.show_tie(tie, ecogram)
        else:
            self.show_empty()

    def editor_dirty(self) -> bool:
        """The worker is typing in one of the editors."""
        editor = {1: self.node_editor, 2: self.tie_editor}.get(self.currentIndex())
        return editor is not None and editor.is_dirty()

    def open_node(self, node: Node, editable: bool) -> None:
        """Show a person or organisation to edit, the cursor in its first field."""
        self.set_editable(editable)
        self.show_node(node)
        _focus_first_field(self.node_editor)

    def open_tie(self, tie: Tie, ecogram: Ecogram, editable: bool) -> None:
        self.set_editable(editable)
        self.show_tie(tie, ecogram)
        _focus_first_field(self.tie_editor)


def _focus_first_field(editor: QWidget) -> None:
    first = editor.nextInFocusChain()
    while first is not editor and not (first.focusPolicy() & Qt.FocusPolicy.TabFocus
                                       and first.isVisibleTo(editor) and first.isEnabled()
                                       and editor.isAncestorOf(first)):
        first = first.nextInFocusChain()
    if first is not editor:
        first.setFocus(Qt.FocusReason.TabFocusReason)
