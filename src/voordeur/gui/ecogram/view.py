"""The view on the ecogram scene: zoom, fit, pan, and the keyboard (Tab walks through the
nodes, arrows move the selected ones, Enter edits, Delete removes). The legend sits in its
top-right corner, never over the map: `fit` shows the map beside it, and folds it when the map
would get much smaller (a small laptop screen); opening it again refits the map beside it.

Keys: Ctrl+wheel / Ctrl++ / Ctrl+- zoom, Ctrl+0 fits the whole map; the middle button or
Space+drag pans (arrow keys pan when nothing is selected); Tab / Shift+Tab select the next /
previous node; Ctrl+Tab leaves the map (Tab itself stays inside, like in a text editor).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPixmapCache,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from voordeur.domain.ecogram import Point
from voordeur.gui.ecogram.legend import EcogramLegend
from voordeur.gui.ecogram.scene import EcogramScene
from voordeur.gui.ecogram.scene_background import MAX_SECTOR_GROWTH, sector_name_rects


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Ecogram", text, None, n)


MIN_ZOOM, MAX_ZOOM, ZOOM_STEP = 0.2, 4.0, 1.25
KEY_STEP, FINE_STEP = 10.0, 2.0
FIT_MARGIN = 12
LEGEND_FOLD_AT = 0.85  # fold the legend when the map beside it would be smaller than this
PIXMAP_CACHE_KB = 64 * 1024


class EcogramView(QGraphicsView):
    delete_requested = Signal()  # Delete / Backspace with something selected
    zoom_changed = Signal(float)

    def __init__(self, scene: EcogramScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.ecogram_scene = scene
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        # The sectors and rings never change while working: paint them once per zoom level.
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, False)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(_t("Ecogram"))
        self.setAccessibleDescription(_t(
            "Tab kiest de volgende persoon, pijltjestoetsen verplaatsen, Enter bewerkt, "
            "Delete verwijdert, Ctrl+0 toont de hele kaart."))
        # Every node caches its picture; at high zoom 150 nodes need more than Qt's default
        # 10 MB pixmap cache, and a thrashing cache repaints every label on every drag step.
        if QPixmapCache.cacheLimit() < PIXMAP_CACHE_KB:
            QPixmapCache.setCacheLimit(PIXMAP_CACHE_KB)
        self.legend = EcogramLegend(self)
        self.legend.expanded_changed.connect(self._legend_toggled)
        self._fitting = False
        self._legend_chosen = False  # the worker opened or folded it: fit leaves it so
        self._fitted = False  # showing the whole map (not zoomed by hand): refit on resize
        self._pan_from: QPoint | None = None
        self._space = False
        self._key_moves: dict[str, Point] = {}
        self.legend.place()
        scene.compare_changed.connect(self.legend.set_compare)

    # -- zoom -------------------------------------------------------------------------------
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float, anchor: QPointF | None = None) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        centre = anchor if anchor is not None else self.mapToScene(
            self.viewport().rect().center())
        self.setTransform(QTransform.fromScale(factor, factor))
        self._fitted = False
        if anchor is None:
            self.centerOn(centre)
        self.zoom_changed.emit(factor)

    def zoom_in(self) -> None:
        self._zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom_by(1 / ZOOM_STEP)

    def _zoom_by(self, step: float) -> None:
        centre = self.mapToScene(self.viewport().rect().center())
        self.set_zoom(self.zoom() * step)
        self.centerOn(centre)

    def fit(self) -> None:
        """The whole map in view, beside the legend (never under it).

        When the open legend would leave the map much smaller than the view allows, it is
        folded to its title button; the map is then fitted beside that button."""
        content = self.ecogram_scene.content_rect()
        for _name, rect in sector_name_rects(MAX_SECTOR_GROWTH):  # they grow zoomed out
            content = content.united(rect)
        view = self.viewport().rect()
        legend = self.legend
        if not self._fitting and not self._legend_chosen:
            # Open where the map keeps (nearly) its size beside it, folded where it does not.
            open_w = legend.body.sizeHint().width() + legend.folded_width() - \
                legend.toggle.sizeHint().width()
            beside = self._fit_scale(content, max(open_w, legend.width()) + 8)
            roomy = beside >= LEGEND_FOLD_AT * self._fit_scale(content,
                                                               legend.folded_width() + 8)
            if roomy != legend.is_expanded():
                self._fitting = True
                try:
                    legend.set_expanded(roomy)
                finally:
                    self._fitting = False
        legend_w = legend.width() + 8
        scale = self._fit_scale(content, legend_w)
        self.setTransform(QTransform.fromScale(scale, scale))
        self._fitted = True
        # The map in the middle of the room left of the legend.
        room = view.width() - legend_w
        offset = (view.width() / 2 - room / 2) / scale
        self.centerOn(content.center() + QPointF(offset, 0))
        self.zoom_changed.emit(scale)

    def _fit_scale(self, content: QRectF, legend_w: float) -> float:
        view = self.viewport().rect()
        width = max(50, view.width() - legend_w - 2 * FIT_MARGIN)
        height = max(50, view.height() - 2 * FIT_MARGIN)
        return max(MIN_ZOOM, min(MAX_ZOOM, min(width / content.width(),
                                               height / content.height())))

    def _legend_toggled(self, _expanded: bool) -> None:
        self.legend.place()
        if not self._fitting:  # the worker opened or folded it: the map moves beside it
            self._legend_chosen = True
            self.fit()

    def ensure_visible(self, key_or_tie_id: str) -> None:
        item = self.ecogram_scene.node_item(key_or_tie_id) \
            or self.ecogram_scene.tie_item(key_or_tie_id)
        if item is not None:
            self.ensureVisible(item.sceneBoundingRect(), 40, 40)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.set_zoom(self.zoom() * (ZOOM_STEP ** (delta / 120)),
                              anchor=self.mapToScene(event.position().toPoint()))
            event.accept()
            return
        super().wheelEvent(event)

    # -- panning ----------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton or (
                self._space and event.button() == Qt.MouseButton.LeftButton):
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            point = event.position().toPoint()
            delta = point - self._pan_from
            self._pan_from = point
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            self._restore_cursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def _restore_cursor(self) -> None:
        if self._space:
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        elif self.ecogram_scene.connect_mode:
            self.viewport().setCursor(Qt.CursorShape.CrossCursor)
        else:
            self.viewport().unsetCursor()

    # -- keyboard ---------------------------------------------------------------------------
    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab walks through the nodes; Ctrl+Tab (below) leaves the map.
        if self.hasFocus() and self.ecogram_scene.node_items():
            key = self.ecogram_scene.cycle_selection(forward=next)
            if key is not None:
                self.ensure_visible(key)
            return True
        return super().focusNextPrevChild(next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        scene = self.ecogram_scene
        if ctrl and key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            forward = key == Qt.Key.Key_Tab and not mods & Qt.KeyboardModifier.ShiftModifier
            QWidget.focusNextPrevChild(self, forward)
            return
        if ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
            return
        if ctrl and key == Qt.Key.Key_Minus:
            self.zoom_out()
            return
        if ctrl and key == Qt.Key.Key_0:
            self.fit()
            return
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return
        if key == Qt.Key.Key_Escape and scene.cancel_connect():
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            if scene.selected_keys() or scene.selected_tie_ids():
                self.delete_requested.emit()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            scene.activate_selected()
            return
        arrows = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
                  Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if key in arrows and scene.selected_keys():
            if scene.editable:
                step = FINE_STEP if mods & Qt.KeyboardModifier.ShiftModifier else KEY_STEP
                dx, dy = arrows[key]
                scene.begin_move(scene.selected_keys())
                self._key_moves.update(scene.move_selected(dx * step, dy * step))
                if self._key_moves:
                    self.ensure_visible(next(iter(self._key_moves)))
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self._restore_cursor()
            return
        if not event.isAutoRepeat():
            self._flush_key_moves()
        super().keyReleaseEvent(event)

    def focusOutEvent(self, event: object) -> None:
        self._flush_key_moves()
        self._space = False
        super().focusOutEvent(event)  # type: ignore[arg-type]

    def _flush_key_moves(self) -> None:
        """One nodes_moved per burst of arrow keys (one undo step), when the key comes up."""
        self.ecogram_scene.end_move()
        if self._key_moves:
            moved, self._key_moves = self._key_moves, {}
            self.ecogram_scene.fit_labels()
            self.ecogram_scene.nodes_moved.emit(moved)

    # -- legend -----------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.legend.place()
        if self._fitted:  # e.g. the compare line appeared above: the whole map stays in view
            self.fit()
