"""The ecogram tab's timeline bar (`TimelineBar`): "Kaart van" (the current map or a snapshot)
and "Vergelijk met" (a snapshot to compare with, or nothing).

The bar lists the household's snapshots, reads the one chosen in the background and hands it on
as a signal; what is shown, and how, stays with the tab. A read that arrives after another
choice is dropped.
"""

from __future__ import annotations

from datetime import date

import shiboken6
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from voordeur.domain.ecogram import Ecogram
from voordeur.gui.common import i18n
from voordeur.gui.common.context import AppContext
from voordeur.services.ecogram_queries import EcogramState, SnapshotInfo, load_snapshot


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("EcogramTab", text, None, n)


def snapshot_title(info: SnapshotInfo) -> str:
    """'Bezoek 3 mrt 2026' or 'Momentopname 5 mrt 2026 14:05'."""
    if info.visit_id is not None:
        day = info.visit_day or info.taken_at.astimezone().date()
        return _t("Bezoek {date}").format(date=i18n.format_date(day))
    return _t("Momentopname {moment}").format(moment=i18n.format_datetime(info.taken_at))


def snapshot_day(info: SnapshotInfo) -> date:
    return info.visit_day or info.taken_at.astimezone().date()


class TimelineBar(QWidget):
    """The two choices above the map. Each signal carries (SnapshotInfo, Ecogram) once the
    snapshot is read, or (None, None) for "Nu" / "niets"."""

    snapshot_chosen = Signal(object, object)
    compare_chosen = Signal(object, object)
    read_failed = Signal(object)  # the exception

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.snapshots: tuple[SnapshotInfo, ...] | list[SnapshotInfo] = ()
        self.timeline = QComboBox(self)
        self.timeline.setObjectName("ecogramTimeline")
        self.timeline.setMinimumContentsLength(22)
        self.compare_combo = QComboBox(self)
        self.compare_combo.setObjectName("ecogramCompare")
        self.compare_combo.setMinimumContentsLength(22)
        timeline_label = QLabel(_t("&Kaart van:"), self)
        timeline_label.setBuddy(self.timeline)
        compare_label = QLabel(_t("Verge&lijk met:"), self)
        compare_label.setBuddy(self.compare_combo)

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(timeline_label)
        row.addWidget(self.timeline)
        row.addSpacing(12)
        row.addWidget(compare_label)
        row.addWidget(self.compare_combo)
        row.addStretch(1)

        self.timeline.activated.connect(self._timeline_chosen)
        self.compare_combo.activated.connect(self._compare_chosen)

    def fill(self, state: EcogramState) -> None:
        """List the snapshots of `state`, newest first, keeping the choices where they are."""
        self.snapshots = state.snapshots
        current_timeline = self.timeline.currentData()
        current_compare = self.compare_combo.currentData()
        self.timeline.clear()
        self.timeline.addItem(_t("Nu (bewerken)"), None)
        self.compare_combo.clear()
        self.compare_combo.addItem(_t("niets"), None)
        for info in reversed(state.snapshots):  # newest first
            self.timeline.addItem(snapshot_title(info), info.id)
            self.compare_combo.addItem(snapshot_title(info), info.id)
        for combo, wanted in ((self.timeline, current_timeline),
                              (self.compare_combo, current_compare)):
            index = combo.findData(wanted)
            combo.setCurrentIndex(max(index, 0))
        self.compare_combo.setEnabled(bool(state.snapshots))
        self.timeline.setEnabled(bool(state.snapshots))

    def choose_snapshot(self, snapshot_id: str | None) -> None:
        """Show a snapshot (None: the current map)."""
        self.timeline.setCurrentIndex(max(self.timeline.findData(snapshot_id), 0))
        self._timeline_chosen(self.timeline.currentIndex())

    def choose_compare(self, snapshot_id: str | None) -> None:
        """Compare with a snapshot (None: stop comparing)."""
        self.compare_combo.setCurrentIndex(max(self.compare_combo.findData(snapshot_id), 0))
        self._compare_chosen(self.compare_combo.currentIndex())

    def _snapshot_info(self, snapshot_id: str | None) -> SnapshotInfo | None:
        if snapshot_id is None:
            return None
        return next((s for s in self.snapshots if s.id == snapshot_id), None)

    def _timeline_chosen(self, _index: int) -> None:
        info = self._snapshot_info(self.timeline.currentData())
        if info is None:
            self.snapshot_chosen.emit(None, None)
            return
        self.ctx.read(lambda store: load_snapshot(store, info.id),
                      lambda ecogram: self._loaded(self.timeline, self.snapshot_chosen, info,
                                                   ecogram),
                      self._failed, key=f"ecogram-snapshot-{id(self)}")

    def _compare_chosen(self, _index: int) -> None:
        info = self._snapshot_info(self.compare_combo.currentData())
        if info is None:
            self.compare_chosen.emit(None, None)
            return
        self.ctx.read(lambda store: load_snapshot(store, info.id),
                      lambda ecogram: self._loaded(self.compare_combo, self.compare_chosen,
                                                   info, ecogram),
                      self._failed, key=f"ecogram-compare-{id(self)}")

    def _loaded(self, combo: QComboBox, signal: Signal, info: SnapshotInfo,
                ecogram: Ecogram) -> None:
        # Dropped when the worker chose something else in the meantime.
        if shiboken6.isValid(self) and combo.currentData() == info.id:
            signal.emit(info, ecogram)

    def _failed(self, exc: BaseException) -> None:
        if shiboken6.isValid(self):
            self.read_failed.emit(exc)
