"""The worker's part of the main window's status bar: who is working (name · team, or the demo
notice) and whether the background runner is busy. The sync status beside it is
`gui/sync/status_widget.py`; passing messages are shown by the status bar itself."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from voordeur.gui.common.context import AppContext
from voordeur.model import Team, Worker
from voordeur.store.store import Store


def _t(text: str) -> str:
    return QCoreApplication.translate("AppWindow", text)


def worker_label(store: Store) -> str:
    """'Naam · Team' of the worker of this store (runs in the background)."""
    with store.session() as session:
        worker = session.get(Worker, store.actor.worker_id)
        if worker is None:
            return ""
        team = session.get(Team, worker.team_id) if worker.team_id else None
        return " · ".join(part for part in (worker.name, team.name if team else "") if part)


class WorkerStatus(QObject):
    """Two labels of the window's status bar: "Bezig…" while the runner works, and the worker."""

    def __init__(self, window: QWidget, *, demo: bool) -> None:
        super().__init__(window)
        self.demo = demo
        self.worker = QLabel(window)
        self.busy = QLabel(window)

    def add_to(self, bar: QStatusBar) -> None:
        bar.addPermanentWidget(self.busy)
        bar.addPermanentWidget(self.worker)

    def clear(self) -> None:
        self.worker.setText("")
        self.busy.setText("")

    def show_worker(self, ctx: AppContext) -> None:
        """Right after unlocking: the demo notice at once, the name when it has been read."""
        self.worker.setText(self.worker_text(""))
        self.read_worker(ctx)

    def read_worker(self, ctx: AppContext | None) -> None:
        """The worker's name and team in the status bar (read in the background)."""
        if ctx is not None:
            ctx.read(worker_label, lambda label: self.worker.setText(self.worker_text(label)))

    def worker_text(self, worker: str) -> str:
        if self.demo:
            return _t("DEMO · verzonnen gegevens · {worker}").format(worker=worker)
        return worker

    def show_busy(self, busy: bool) -> None:
        self.busy.setText(_t("Bezig…") if busy else "")
