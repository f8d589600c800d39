"""The visit editor's two columns: the fields and notes, and the side column that scrolls.
Side by side when there is room, the side column under the notes when not; the side column
is never narrower than its content. Only a change of the editor's width switches the layout,
with some room between the two switch points, so typing (a long agreement, a goal) never
moves the side column."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QWidget

NARROW_WIDTH = 820  # below this the side column moves under the notes
HYSTERESIS = 60  # and back beside them only from this much wider


class _LayoutWatcher(QObject):
    """Calls back when the watched widget's layout changed (its minimum size may have too)."""

    def __init__(self, parent: QObject, callback: Callable[[], None]) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self._callback()
        return False


class VisitColumns(QSplitter):
    """The main column beside (or above) the scrolling side column.

    `extra_width` gives the width the editor needs around the columns (its margins);
    `relayout` is called whenever the side column's need changed (the editor then calls
    `apply_width`). Call `fit_side_column` once the editor holds this splitter.
    """

    def __init__(self, main: QWidget, side: QWidget, parent: QWidget,
                 extra_width: Callable[[], int], relayout: Callable[[], None]) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("visitSplitter")
        self.setChildrenCollapsible(False)
        self._extra_width = extra_width
        self._relayout = relayout
        self.main_column = main
        self.addWidget(main)
        self.side_scroll = QScrollArea(parent)
        self.side_scroll.setObjectName("visitSideColumn")
        self.side_scroll.setWidgetResizable(True)
        self.side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.side_scroll.setWidget(side)
        self._layout_watcher = _LayoutWatcher(parent, self.fit_side_column)
        side.installEventFilter(self._layout_watcher)
        self.addWidget(self.side_scroll)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self._decided_width: int | None = None  # the width the layout was last chosen for
        self._narrow = False

    def fit_side_column(self) -> None:
        """The side column is never narrower than its content: nothing is cut off."""
        content = self.side_scroll.widget()
        if content is None:
            return
        bar = self.side_scroll.verticalScrollBar().sizeHint().width()
        wanted = content.minimumSizeHint().width() + bar + 2
        if self.side_scroll.minimumWidth() != wanted:
            self.side_scroll.setMinimumWidth(wanted)
            self._relayout()

    def _wide_width_needed(self) -> int:
        """The width the notes and the side column need side by side."""
        return (self.main_column.minimumSizeHint().width() + self.side_scroll.minimumWidth()
                + self.handleWidth() + self._extra_width())

    def apply_width(self, width: int) -> bool:
        """Side by side when there is room; otherwise the side column goes under the notes.
        True when narrow. Only a new width decides: a side column whose content grew keeps
        its place until the editor's width changes."""
        if width != self._decided_width:
            self._decided_width = width
            needed = max(NARROW_WIDTH, self._wide_width_needed())
            self._narrow = width < (needed + HYSTERESIS if self._narrow else needed)
        narrow = self._narrow
        wanted = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        # In the wide layout the editor may be made narrower than both columns need: it then
        # switches to the narrow layout instead of forcing its window to stay wide.
        self.setMinimumWidth(0 if narrow else 1)
        if self.orientation() != wanted:
            self.setOrientation(wanted)
            if narrow:
                total = self.height()
                self.setSizes([total * 3 // 5, total * 2 // 5])
            else:  # the notes get most of the room
                total = max(width, self.width())
                side = max(self.side_scroll.minimumWidth(), total * 9 // 25)
                self.setSizes([total - side, side])
        return narrow
