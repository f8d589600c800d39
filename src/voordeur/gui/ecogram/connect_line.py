"""The line drawn while the worker drags from one node onto another to connect them
(`ConnectLine`): a dashed line from the node to the mouse, and the node it would land on marked
as the drop target. `EcogramScene` composes one and says what the mouse does.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsScene

from voordeur.gui.ecogram.items import NodeItem
from voordeur.gui.ecogram.painting import TOP_Z, colour


class ConnectLine:
    """At most one connecting line on `scene` at a time."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self.scene = scene
        self.line: QGraphicsLineItem | None = None
        self.source: NodeItem | None = None
        self.target: NodeItem | None = None

    @property
    def active(self) -> bool:
        return self.line is not None

    def start(self, node: NodeItem, point: QPointF) -> None:
        self.end()
        pen = QPen(colour("selection"), 2.0)
        pen.setDashPattern([4.0, 3.0])
        pen.setCosmetic(True)
        self.line = QGraphicsLineItem(QLineF(node.pos(), point))
        self.line.setPen(pen)
        self.line.setZValue(TOP_Z)
        self.line.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.source = node
        self.scene.addItem(self.line)

    def follow(self, point: QPointF, target: NodeItem | None) -> None:
        """The mouse is at `point`, over `target` (None: over no other node)."""
        if self.line is None or self.source is None:
            return
        self.line.setLine(QLineF(self.source.pos(), point))
        if target is not self.target:
            if self.target is not None:
                self.target.set_drop_target(False)
            self.target = target
            if target is not None:
                target.set_drop_target(True)

    def end(self) -> None:
        if self.target is not None:
            self.target.set_drop_target(False)
            self.target = None
        if self.line is not None:
            self.scene.removeItem(self.line)
            self.line = None
        self.source = None
