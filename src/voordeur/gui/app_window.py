"""The main window: first run, unlock, the workspace, locking and the idle timer.

Locked means: no view holds data, the background runner is stopped and the store is closed (its
engine disposed). Locking first hands every draft to the runner and waits until it is on disk;
only then are the views thrown away. Unlocking opens the store again and brings the worker back
to where they were, with the draft as it was saved.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from voordeur.gui import i18n
from voordeur.gui.context import AppContext, make_context
from voordeur.gui.errors import describe_error
from voordeur.gui.first_run import FirstRunWizard
from voordeur.gui.settings import AppSettings
from voordeur.gui.settings_dialog import SettingsDialog
from voordeur.gui.style import DEMO_BACKGROUND, DEMO_TEXT
from voordeur.gui.unlock import UnlockScreen
from voordeur.gui.workspace import Workspace, WorkspaceState
from voordeur.model import Team, Worker
from voordeur.store.store import Store


def worker_label(store: Store) -> str:
    """'Naam · Team' of the worker of this store (runs in the background)."""
    with store.session() as session:
        worker = session.get(Worker, store.actor.worker_id)
        if worker is None:
            return ""
        team = session.get(Team, worker.team_id) if worker.team_id else None
        return " · ".join(part for part in (worker.name, team.name if team else "") if part)


# Keys that stay the app's own, whichever text field has the focus.
_APP_KEYS = frozenset(
    (Qt.KeyboardModifier.ControlModifier | key).toCombined()
    for key in (Qt.Key.Key_K, Qt.Key.Key_L, Qt.Key.Key_N)
)

# Input that counts as the worker being present (resets the auto-lock).
_ACTIVITY_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
})


class AppWindow(QMainWindow):
    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        settings: AppSettings,
        data_dir: Path,
        *,
        store: Store | None = None,
        demo: bool = False,
        demo_passphrase: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("appWindow")
        self.settings = settings
        self.data_dir = Path(data_dir)
        self.demo = demo
        self.demo_passphrase = demo_passphrase
        self.ctx: AppContext | None = None
        self.workspace: Workspace | None = None
        self._start: QWidget | None = None
        self._state = WorkspaceState()
        self._closing = False

        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self._status_worker = QLabel(self)
        self._status_busy = QLabel(self)
        self.statusBar().addPermanentWidget(self._status_busy)
        self.statusBar().addPermanentWidget(self._status_worker)

        self._last_activity = time.monotonic()
        self._idle_timer = QTimer(self)
        self._idle_timer.setObjectName("autoLockTimer")
        self._idle_timer.setSingleShot(True)
        self._idle_timer.timeout.connect(self._check_idle)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

        self._retranslate()
        self._fit_to_screen()
        if store is not None:
            self._open_workspace(store)
        else:
            self._show_start()

    # -- window ---------------------------------------------------------------------------
    def _retranslate(self) -> None:
        title = self.tr("Voordeur")
        if self.demo:
            title = self.tr("Voordeur — demo (verzonnen gegevens)")
        self.setWindowTitle(title)

    def _fit_to_screen(self) -> None:
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(1280, 800)
            return
        available = screen.availableGeometry()
        self.resize(min(1366, available.width()), min(820, available.height()))

    @property
    def is_locked(self) -> bool:
        return self.ctx is None

    # -- start: first run or unlock -------------------------------------------------------
    def _show_start(self) -> None:
        if Store.exists(self.data_dir):
            screen = UnlockScreen(self.settings, self.data_dir, self)
            screen.unlocked.connect(self._open_workspace)
            widget: QWidget = screen
            if self.demo and self.demo_passphrase:
                widget = self._with_demo_hint(screen)
        else:
            wizard = FirstRunWizard(self.settings, self.data_dir, self)
            wizard.setWindowFlags(Qt.WindowType.Widget)
            wizard.store_created.connect(self._open_workspace)
            wizard.rejected.connect(self.close)  # "Annuleren" on the first run: nothing to open
            widget = wizard
        self._set_start(widget)

    def _with_demo_hint(self, screen: UnlockScreen) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        hint = QLabel(self.tr("Demo: de wachtwoordzin van deze demo-opslag is {passphrase}")
                      .format(passphrase=self.demo_passphrase), box)
        hint.setObjectName("demoPassphraseHint")
        hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setStyleSheet(f"background: {DEMO_BACKGROUND}; color: {DEMO_TEXT}; padding: 6px;")
        layout.addWidget(hint)
        layout.addWidget(screen, 1)
        return box

    def _set_start(self, widget: QWidget) -> None:
        self._drop_start()
        self._start = widget
        self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        self._status_worker.setText("")
        self._status_busy.setText("")
        field = widget.findChild(QObject, "passphraseField")
        if isinstance(field, QWidget):
            field.setFocus()

    def _drop_start(self) -> None:
        if self._start is None:
            return
        for child in [self._start, *self._start.findChildren(QWidget)]:
            stop = getattr(child, "shutdown", None)
            if callable(stop):
                stop()
        self.stack.removeWidget(self._start)
        self._start.deleteLater()
        self._start = None

    @property
    def start_widget(self) -> QWidget | None:
        return self._start

    # -- the workspace --------------------------------------------------------------------
    def _open_workspace(self, store: Store) -> None:
        self._drop_start()
        self.ctx = make_context(store, self.settings, demo=self.demo, parent=self)
        self.ctx.runner.unhandled_error.connect(self._show_error)
        self.ctx.runner.busy_changed.connect(self._show_busy)
        self.ctx.bus.status_message.connect(self._show_message)
        self.ctx.bus.error_message.connect(self._show_message)
        self._build_workspace()
        self._status_worker.setText(self._worker_text(""))
        self._show_worker()
        self._restart_idle_timer()
        self.unlocked.emit()

    def _build_workspace(self) -> None:
        assert self.ctx is not None
        workspace = Workspace(self.ctx, self)
        workspace.lock_requested.connect(self.lock)
        workspace.settings_requested.connect(self.open_settings)
        self.workspace = workspace
        self.stack.addWidget(workspace)
        self.stack.setCurrentWidget(workspace)
        workspace.restore_state(self._state)

    def _drop_workspace(self) -> None:
        """Save every draft, wait until it is on disk, then throw the views away."""
        if self.workspace is None or self.ctx is None:
            return
        self._state = self.workspace.capture_state()
        self.workspace.shutdown()  # hands the last edits to the runner
        # Waits for every save before it and delivers the results to the views.
        self.ctx.runner.run_now(lambda: None)
        self.stack.removeWidget(self.workspace)
        self.workspace.deleteLater()
        self.workspace = None

    def lock(self) -> None:
        """Save every draft, then hide all data and close the store (Ctrl+L, idle, close)."""
        if self.ctx is None:
            return
        self._idle_timer.stop()
        ctx = self.ctx
        self._drop_workspace()
        ctx.runner.close()
        ctx.store.close()
        self.ctx = None
        self.locked.emit()
        if not self._closing:
            self._show_start()

    def set_language(self, language: str) -> None:
        """Switch language now: the views are rebuilt in the new language, state kept."""
        if language != self.settings.language:
            self.settings.language = language
        i18n.install_translations(language)
        self._retranslate()
        if self.ctx is not None and self.workspace is not None:
            self._drop_workspace()
            self._build_workspace()
            self._show_worker()
        elif self._start is not None and not isinstance(self._start, FirstRunWizard):
            self._show_start()

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self.ctx, self)
        dialog.language_changed.connect(self.set_language)
        dialog.autolock_changed.connect(lambda _minutes: self._restart_idle_timer())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # -- idle lock ------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _ACTIVITY_EVENTS:
            self._last_activity = time.monotonic()
        elif (kind == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
              and event.keyCombination().toCombined() in _APP_KEYS):
            # Text fields claim some of our keys for editing (Ctrl+K deletes to the end of the
            # line in a QLineEdit); search and lock must work from every field.
            event.ignore()
            return True
        return False

    def _autolock_seconds(self) -> float:
        return self.settings.autolock_minutes * 60.0

    def _restart_idle_timer(self) -> None:
        self._last_activity = time.monotonic()
        if self.ctx is not None:
            self._idle_timer.start(int(self._autolock_seconds() * 1000))

    def _check_idle(self) -> None:
        if self.ctx is None:
            return
        idle = time.monotonic() - self._last_activity
        remaining = self._autolock_seconds() - idle
        if remaining <= 0:
            self.lock()
        else:
            self._idle_timer.start(max(250, int(remaining * 1000)))

    # -- status bar -----------------------------------------------------------------------
    def _show_worker(self) -> None:
        """The worker's name and team in the status bar (read in the background)."""
        if self.ctx is not None:
            self.ctx.read(worker_label, lambda label: self._status_worker.setText(
                self._worker_text(label)))

    def _worker_text(self, worker: str) -> str:
        if self.demo:
            return self.tr("DEMO · verzonnen gegevens · {worker}").format(worker=worker)
        return worker

    def _show_busy(self, busy: bool) -> None:
        self._status_busy.setText(self.tr("Bezig…") if busy else "")

    def _show_message(self, message: str) -> None:
        self.statusBar().showMessage(message, 10_000)

    def _show_error(self, exc: BaseException) -> None:
        self._show_message(describe_error(exc))

    # -- closing --------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Save and close everything (also used by tests and the startup probe)."""
        self._closing = True
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.lock()
        self._drop_start()
        self._idle_timer.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        event.accept()
