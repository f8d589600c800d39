"""The household page's "Ecogram" tab: the map, its editing tools, snapshots and comparing.

The tab reads the household's ecogram in the background, shows it in the scene, the list and the
indicators together, and turns every edit into an undoable command that writes through the
ecogram services. After a write the data bus says the household changed and the tab reads again,
so the map always shows what is stored. Auto-layout runs on a runner of its own, so a long
layout never delays a save, and it can be stopped.
"""

from __future__ import annotations

from dataclasses import dataclass
from time import perf_counter
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from voordeur.domain.ecogram import Ecogram, Point
from voordeur.domain.ecogram_diff import diff, summarise
from voordeur.domain.ecogram_indicators import indicators
from voordeur.domain.ecogram_layout import complete_positions
from voordeur.gui.common import i18n
from voordeur.gui.common.context import AppContext
from voordeur.gui.common.errors import describe_error
from voordeur.gui.common.runner import BackgroundRunner
from voordeur.gui.common.style import MUTED_STYLE
from voordeur.gui.ecogram.actions import EcogramActions
from voordeur.gui.ecogram.commands import (
    MoveNodesCommand,
)
from voordeur.gui.ecogram.editing import MapEditing
from voordeur.gui.ecogram.export_dialog import EcogramExportDialog
from voordeur.gui.ecogram.indicators_view import IndicatorsView
from voordeur.gui.ecogram.layout_runner import AutoLayoutRunner
from voordeur.gui.ecogram.list_view import EcogramListView
from voordeur.gui.ecogram.panels import SidePanel
from voordeur.gui.ecogram.scene import EcogramScene
from voordeur.gui.ecogram.text import change_sentence
from voordeur.gui.ecogram.timeline import TimelineBar, snapshot_day, snapshot_title
from voordeur.gui.ecogram.view import EcogramView
from voordeur.services import ecogram as eco
from voordeur.services.ecogram_queries import (
    EcogramState,
    SnapshotInfo,
    ecogram_state,
)


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("EcogramTab", text, None, n)


@dataclass(frozen=True)
class Shown:
    """What the map shows: the current network (editable) or a snapshot (read-only)."""

    ecogram: Ecogram
    snapshot: SnapshotInfo | None = None


class EcogramTab(QWidget):
    """Everything about one household's ecogram. Loads lazily: only when the tab is shown."""

    loaded = Signal()  # after the map was filled (tests and the benchmark wait for it)
    # "Grote kaart": the household list and the page header make room for the map.
    large_map_changed = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ecogramTab")
        self.ctx = ctx
        self.household_id: str | None = None
        self.state: EcogramState | None = None
        self.shown: Shown | None = None
        # Where everyone of `shown` stands (saved places, the rest laid out): the "before" of a
        # drag, computed once per fill rather than again on every release.
        self.positions: dict[str, Point] = {}
        self.active_dialog: QWidget | None = None  # the add or export dialog last opened
        self.compare_with: tuple[SnapshotInfo, Ecogram] | None = None
        self._closed = False
        self._stale = True  # data changed while the tab was hidden
        self._pending_select: str | None = None
        self.layouts = AutoLayoutRunner(self)
        # GUI-thread time of the last fill (for the benchmark), seconds.
        self.last_fill_seconds = 0.0

        self.undo_stack = QUndoStack(self)
        self.scene = EcogramScene(self)
        self.view = EcogramView(self.scene, self)
        self.view.setObjectName("ecogramView")
        self.side_panel = SidePanel(self)
        self.list_view = EcogramListView(self)
        self.indicators_view = IndicatorsView(self)

        self.editing = MapEditing(self)
        self.tools = EcogramActions(self, self.undo_stack)
        self.toolbar = self.tools.toolbar
        tools = self.tools
        self.add_action, self.connect_action = tools.add_action, tools.connect_action
        self.edit_action, self.delete_action = tools.edit_action, tools.delete_action
        self.undo_action, self.redo_action = tools.undo_action, tools.redo_action
        self.zoom_in_action, self.zoom_out_action = tools.zoom_in_action, tools.zoom_out_action
        self.fit_action, self.layout_action = tools.fit_action, tools.layout_action
        self.stop_layout_action, self.snapshot_action = (tools.stop_layout_action,
                                                         tools.snapshot_action)
        self.export_action, self.names_action = tools.export_action, tools.names_action
        self.large_action = tools.large_action
        for action, slot in (
                (self.add_action, self.editing.add_contact),
                (self.connect_action, self.editing.toggle_connect_mode),
                (self.edit_action, self.edit_selected),
                (self.delete_action, self.editing.delete_selected),
                (self.zoom_in_action, lambda: self.view.zoom_in()),
                (self.zoom_out_action, lambda: self.view.zoom_out()),
                (self.fit_action, lambda: self.view.fit()),
                (self.layout_action, self.run_auto_layout),
                (self.stop_layout_action, self.cancel_auto_layout),
                (self.snapshot_action, self.take_snapshot), (self.export_action, self.export),
                (self.names_action, self.toggle_roles),
                (self.large_action, lambda: self.set_large_map(self.large_action.isChecked()))):
            action.triggered.connect(slot)

        # Timeline: the current map or a snapshot, and what to compare it with.
        self.timeline_bar = TimelineBar(ctx, self)
        self.timeline = self.timeline_bar.timeline
        self.compare_combo = self.timeline_bar.compare_combo
        self.sentence = QLabel(self)
        self.sentence.setObjectName("ecogramSentence")
        self.sentence.setWordWrap(True)
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel(self)
        self.message.setObjectName("ecogramMessage")
        self.message.setStyleSheet(MUTED_STYLE)
        self.message.setWordWrap(True)

        self.side_tabs = QTabWidget(self)
        self.side_tabs.setObjectName("ecogramSideTabs")
        self.side_tabs.addTab(self.side_panel, _t("Bewerken"))
        self.side_tabs.addTab(self.list_view, _t("Lijst"))
        self.side_tabs.addTab(self.indicators_view, _t("In cijfers"))
        self.side_tabs.setMinimumWidth(270)

        map_box = QWidget(self)
        map_layout = QVBoxLayout(map_box)
        map_layout.setContentsMargins(0, 0, 0, 0)
        map_layout.addWidget(self.sentence)
        map_layout.addWidget(self.view, 1)
        map_layout.addWidget(self.message)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(map_box)
        splitter.addWidget(self.side_tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([900, 290])
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.timeline_bar)
        layout.addWidget(splitter, 1)
        self.sentence.hide()

        self._connect_signals()
        self._update_actions()
        ctx.bus.household_changed.connect(self._household_changed)

    def _connect_signals(self) -> None:
        scene = self.scene
        scene.nodes_moved.connect(self.editing.nodes_moved)
        scene.connect_requested.connect(self.editing.connect_requested)
        scene.node_activated.connect(self._node_activated)
        scene.tie_activated.connect(self._tie_activated)
        scene.selection_changed_keys.connect(self._scene_selection_changed)
        self.view.delete_requested.connect(self.editing.delete_selected)
        self.list_view.selection_changed.connect(self._list_selected)
        self.list_view.activated.connect(self._list_activated)
        self.side_panel.node_changed.connect(self.editing.node_edited)
        self.side_panel.tie_changed.connect(self.editing.tie_edited)
        self.side_panel.remove_requested.connect(self.editing.remove_requested)
        self.timeline_bar.snapshot_chosen.connect(self._snapshot_chosen)
        self.timeline_bar.compare_chosen.connect(self._compare_loaded)
        self.timeline_bar.read_failed.connect(self._read_failed)
        self.layouts.finished.connect(self._layout_done)
        self.layouts.failed.connect(self._layout_failed)
        self.undo_stack.indexChanged.connect(self._undo_index_changed)

    # -- public interface -------------------------------------------------------------------
    def set_household(self, household_id: str) -> None:
        """The household page shows another household. (Changes to the same one arrive through
        the data bus.)"""
        if household_id == self.household_id:
            return
        self.cancel_auto_layout()
        self.household_id = household_id
        self.state = self.shown = self.compare_with = None
        self.undo_stack.clear()
        self.scene.set_ecogram(Ecogram.of(household_id, ""), {})
        self.message.setText(_t("Laden…"))
        self._stale = True
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        if self._closed or self.household_id is None:
            return
        self._stale = False
        household_id = self.household_id
        self.ctx.read(lambda store: ecogram_state(store, household_id), self._loaded,
                      lambda exc: self._failed(household_id, exc), key=f"ecogram-{id(self)}")

    def shutdown(self) -> None:
        self._closed = True
        self.cancel_auto_layout()
        self.layouts.close()

    @property
    def _layout_runner(self) -> BackgroundRunner | None:
        return self.layouts.runner

    @property
    def editable(self) -> bool:
        return self.shown is not None and self.shown.snapshot is None and self.compare_with is None

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        # The map takes the keyboard, so its keys (Ctrl+Z, Delete, F11…) work at once.
        focused = QApplication.focusWidget()
        if focused is None or not self.isAncestorOf(focused):
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if self._stale and self.household_id is not None:
            self.reload()

    # -- loading ----------------------------------------------------------------------------
    def _alive(self) -> bool:
        return not self._closed and shiboken6.isValid(self)

    def _household_changed(self, household_id: str) -> None:
        if household_id != self.household_id:
            return
        self._stale = True
        if self.isVisible():
            self.reload()

    def _loaded(self, state: EcogramState) -> None:
        if not self._alive() or state.ecogram.household_id != self.household_id:
            return
        first = self.state is None
        self.state = state
        self.timeline_bar.fill(state)
        if self.shown is None or self.shown.snapshot is None:
            self._show(Shown(state.ecogram))
        else:
            still = next((s for s in state.snapshots if s.id == self.shown.snapshot.id), None)
            if still is None:
                self._show(Shown(state.ecogram))
        if first:
            self.view.fit()
            QTimer.singleShot(0, self._fit_if_alive)  # again once the layout has settled
        self.loaded.emit()

    def _failed(self, household_id: str, exc: BaseException) -> None:
        if self._alive() and household_id == self.household_id:
            self.message.setText(describe_error(exc))

    def _show(self, shown: Shown) -> None:
        """Fill the map, the list and the indicators with `shown` (and the comparison)."""
        started = perf_counter()
        self.shown = shown
        ecogram = shown.ecogram
        self.positions = complete_positions(ecogram)
        self.scene.set_editable(shown.snapshot is None and self.compare_with is None)
        self.scene.set_ecogram(ecogram, self.positions)
        self.list_view.set_ecogram(ecogram)
        self.indicators_view.set_indicators(indicators(ecogram), ecogram)
        self._show_comparison()
        self._show_message()
        if self._pending_select and self._select(self._pending_select):
            self._pending_select = None
        self._refresh_side_panel()
        self._update_actions()
        self.last_fill_seconds = perf_counter() - started

    def _show_message(self) -> None:
        shown = self.shown
        if shown is None:
            return
        if shown.snapshot is not None:
            text = _t("Je kijkt naar {title}. Kies \"Nu\" om te bewerken.").format(
                title=snapshot_title(shown.snapshot))
        elif self.compare_with is not None:
            text = _t("Vergelijken: groen is nieuw, oranje is veranderd, rood gestreept is weg. "
                      "Zet \"Vergelijk met\" op \"niets\" om te bewerken.")
        elif not shown.ecogram.network():
            text = _t("Nog niemand in het netwerk. Kies \"Toevoegen…\" (Insert) om te beginnen.")
        else:
            text = _t("Sleep om te verplaatsen; sleep met de rechtermuisknop (of Shift) van de "
                      "een naar de ander om te verbinden; dubbelklik om te bewerken.")
        self.message.setText(text)

    # -- timeline and comparing -------------------------------------------------------------
    def _snapshot_chosen(self, info: SnapshotInfo | None, ecogram: Ecogram | None) -> None:
        if info is None or ecogram is None:
            if self.state is not None:
                self._show(Shown(self.state.ecogram))
        elif self._alive():
            self._show(Shown(ecogram, info))

    def compare(self, snapshot_id: str | None) -> None:
        """Compare what is shown with a snapshot (None: stop comparing)."""
        self.timeline_bar.choose_compare(snapshot_id)

    def show_snapshot(self, snapshot_id: str | None) -> None:
        self.timeline_bar.choose_snapshot(snapshot_id)

    def _compare_loaded(self, info: SnapshotInfo | None, ecogram: Ecogram | None) -> None:
        if info is None or ecogram is None:
            self.compare_with = None
        elif self._alive():
            self.compare_with = (info, ecogram)
        else:
            return
        if self.shown is not None:
            self._show(self.shown)

    def _show_comparison(self) -> None:
        if self.compare_with is None or self.shown is None:
            self.scene.set_compare(None)
            self.sentence.hide()
            return
        info, before = self.compare_with
        after = self.shown.ecogram
        # Removed people are drawn where they were; everyone else where they are now.
        self.scene.set_compare(diff(before, after), complete_positions(before))
        since = i18n.format_day_month(snapshot_day(info))
        self.sentence.setText(change_sentence(summarise(before, after), since, after))
        self.sentence.setStyleSheet("font-size: 12pt; font-weight: bold; padding: 4px 2px;")
        self.sentence.show()

    def _read_failed(self, exc: BaseException) -> None:
        if self._alive():
            self.message.setText(describe_error(exc))

    # -- selection, side panel, list --------------------------------------------------------
    def _select(self, key_or_tie: str) -> bool:
        if self.shown is None:
            return False
        ecogram = self.shown.ecogram
        if ecogram.node(key_or_tie) is None and ecogram.tie(key_or_tie) is None:
            return False
        self.scene.select(key_or_tie)
        self.view.ensure_visible(key_or_tie)
        return True

    def _scene_selection_changed(self) -> None:
        keys = self.scene.selected_keys()
        if len(keys) == 1:
            self.list_view.select(keys[0])
        self._refresh_side_panel()
        self._update_actions()

    def _refresh_side_panel(self) -> None:
        if self.shown is not None:
            self.side_panel.follow_selection(self.shown.ecogram, self.scene.selected_keys(),
                                             self.scene.selected_tie_ids(), self.editable)

    def _list_selected(self, key: str) -> None:
        if key not in self.scene.selected_keys():
            self._select(key)

    def _list_activated(self, key: str) -> None:
        self._select(key)
        self._node_activated(key)

    def _node_activated(self, key: str) -> None:
        node = self.shown.ecogram.node(key) if self.shown else None
        if node is not None and not node.is_household:
            self.side_tabs.setCurrentWidget(self.side_panel)
            self.side_panel.open_node(node, self.editable)

    def _tie_activated(self, tie_id: str) -> None:
        tie = self.shown.ecogram.tie(tie_id) if self.shown else None
        if tie is not None and self.shown is not None:
            self.side_tabs.setCurrentWidget(self.side_panel)
            self.side_panel.open_tie(tie, self.shown.ecogram, self.editable)

    def edit_selected(self) -> None:
        keys, ties = self.scene.selected_keys(), self.scene.selected_tie_ids()
        if keys:
            self._node_activated(keys[0])
        elif ties:
            self._tie_activated(ties[0])

    # -- editing ----------------------------------------------------------------------------
    @property
    def large_map(self) -> bool:
        return self.large_action.isChecked()

    def set_large_map(self, large: bool) -> None:
        self.large_action.setChecked(large)
        self.large_map_changed.emit(large)
        # Fit once the room has changed hands.
        QTimer.singleShot(30, self._fit_if_alive)

    def _fit_if_alive(self) -> None:
        if self._alive():
            self.view.fit()

    def toggle_roles(self) -> None:
        self.scene.set_roles(self.names_action.isChecked())

    # -- snapshots and export ---------------------------------------------------------------
    def take_snapshot(self) -> None:
        household_id = self.household_id
        if household_id is None or self.state is None:
            return
        self.editing.write(lambda uow: eco.take_snapshot(uow, household_id, label="Momentopname"),
                   lambda _id: self.ctx.bus.status_message.emit(
                       _t("Momentopname van het netwerk bewaard")))

    def export(self) -> None:
        if self.shown is None or self.household_id is None:
            return
        dialog = EcogramExportDialog(self.ctx, self.household_id, self.shown.ecogram,
                                     self.shown.snapshot, self)
        self.active_dialog = dialog
        dialog.open()

    # -- auto-layout ------------------------------------------------------------------------
    def run_auto_layout(self) -> None:
        if not self.editable or self.shown is None:
            return
        self.cancel_auto_layout()
        self.stop_layout_action.setVisible(True)
        self.layout_action.setEnabled(False)
        self.message.setText(_t("Bezig met schikken… (Esc stopt)"))
        self.layouts.start(self.shown.ecogram, self.scene.positions())

    def cancel_auto_layout(self) -> None:
        self.layouts.cancel()
        if self._alive():
            self.stop_layout_action.setVisible(False)
            self._update_actions()

    def _layout_done(self, ecogram: Ecogram, before: dict[str, Point],
                     moved: dict[str, Point]) -> None:
        if not self._alive():
            return
        self.stop_layout_action.setVisible(False)
        self._show_message()
        self._update_actions()
        if self.shown is None or self.shown.ecogram != ecogram:
            return  # the map changed in the meantime
        if moved:
            self.editing.push(MoveNodesCommand(self.editing, before, moved,
                                              _t("Automatisch schikken")))

    def _layout_failed(self, exc: BaseException | None) -> None:
        if not self._alive():
            return
        self.stop_layout_action.setVisible(False)
        self._update_actions()
        if exc is None:  # stopped
            self._show_message()
            return
        self.message.setText(describe_error(exc))

    # -- state of the actions ---------------------------------------------------------------
    def _undo_index_changed(self, _index: int) -> None:
        # Also sent while the tab is being destroyed (the stack clears itself).
        if self._alive() and shiboken6.isValid(self.undo_stack):
            self._update_actions()

    def _update_actions(self) -> None:
        self.tools.update(
            editable=self.editable,
            has_selection=bool(self.scene.selected_keys() or self.scene.selected_tie_ids()),
            layout_running=self.layouts.running, shown=self.shown is not None,
            live=self.shown is not None and self.shown.snapshot is None)
