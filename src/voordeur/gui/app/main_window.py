"""The main window: first run, unlock, the workspace, locking and the idle timer (the worker and
"busy" in the status bar are `status_bar.py`).

Locked means: no view holds data, the background runner is stopped and the store is closed (its
engine disposed). Locking first hands every draft to the runner and waits until it is on disk;
only then are the views thrown away. Unlocking opens the store again and brings the worker back
to where they were, with the draft as it was saved.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from voordeur.gui.app.status_bar import WorkerStatus
from voordeur.gui.app.workspace import Workspace, WorkspaceState
from voordeur.gui.common import i18n
from voordeur.gui.common.app_settings import AppSettings
from voordeur.gui.common.context import AppContext, make_context
from voordeur.gui.common.errors import describe_error
from voordeur.gui.common.style import DEMO_BACKGROUND, DEMO_TEXT
from voordeur.gui.settings.dialog import SettingsDialog
from voordeur.gui.sync.controller import SyncController, SyncState, default_status
from voordeur.gui.sync.status_widget import SyncStatusWidget
from voordeur.gui.sync.team_login_dialog import LoginFn, TeamLoginDialog, TeamLoginLauncher
from voordeur.gui.unlock.first_run import FirstRunWizard
from voordeur.gui.unlock.unlock_screen import UnlockScreen
from voordeur.store.store import Store

if TYPE_CHECKING:
    from voordeur.gui.sync.conflict_dialog import ConflictDialog

log = logging.getLogger(__name__)
# Makes the sync controller of an unlocked, linked store (tests pass fakes for the engine).
SyncFactory = Callable[..., SyncController]


# Keys that stay the app's own, whichever text field has the focus.
_APP_KEYS = frozenset(
    (Qt.KeyboardModifier.ControlModifier | key).toCombined()
    for key in (Qt.Key.Key_K, Qt.Key.Key_L, Qt.Key.Key_N, Qt.Key.Key_Q)
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
        sync_factory: SyncFactory = SyncController,
        sync_status_reader: Callable[[Store], Any] = default_status,
        team_login: LoginFn | None = None,
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
        self._sync_factory = sync_factory
        self._sync_status_reader = sync_status_reader
        self.sync: SyncController | None = None
        self.conflict_dialog: ConflictDialog | None = None
        self.revoked_message: QMessageBox | None = None
        # "Aanmelden bij de teamserver"; `team_login` stands in for account.login in tests.
        self.team_login = TeamLoginLauncher(self, team_login, before_login=self._flush_editor)
        self.team_login.logged_in.connect(self._team_logged_in)
        self.team_login.device_revoked.connect(self._device_revoked,
                                               Qt.ConnectionType.QueuedConnection)

        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.worker_status = WorkerStatus(self, demo=demo)
        self.sync_status = SyncStatusWidget(self)
        self.sync_status.hide()
        self.sync_status.sync_requested.connect(self.sync_now)
        self.sync_status.conflicts_requested.connect(self.open_conflicts)
        self.sync_status.login_requested.connect(self.open_team_login)
        self.statusBar().addPermanentWidget(self.sync_status)
        self.worker_status.add_to(self.statusBar())
        # "Afsluiten" (Ctrl+Q), locked or not; the workspace shows it in its tool bar.
        self.action_quit = QAction(self)
        self.action_quit.setObjectName("actionQuit")
        self.action_quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.action_quit.triggered.connect(self.close)  # closeEvent saves, as locking does
        self.addAction(self.action_quit)

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
        self.action_quit.setText(self.tr("A&fsluiten"))
        self.action_quit.setToolTip(self.tr("Concepten bewaren en Voordeur sluiten (Ctrl+Q)"))

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
        self.worker_status.clear()
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
        self.ctx.runner.busy_changed.connect(self.worker_status.show_busy)
        self.ctx.bus.status_message.connect(self._show_message)
        self.ctx.bus.error_message.connect(self._show_message)
        self._build_workspace()
        self.worker_status.show_worker(self.ctx)
        self._restart_idle_timer()
        self._start_sync()
        self.unlocked.emit()

    def _build_workspace(self) -> None:
        assert self.ctx is not None
        workspace = Workspace(self.ctx, self)
        workspace.lock_requested.connect(self.lock)
        workspace.settings_requested.connect(self.open_settings)
        workspace.add_tool_action(self.action_quit)
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
        self.team_login.close()
        self._stop_sync()  # lets a running sync finish: the store stays open until then
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
            self.worker_status.read_worker(self.ctx)
        elif self._start is not None and not isinstance(self._start, FirstRunWizard):
            self._show_start()

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self.ctx, self)
        dialog.language_changed.connect(self.set_language)
        dialog.autolock_changed.connect(lambda _minutes: self._restart_idle_timer())
        dialog.team_login_requested.connect(lambda: self.open_team_login(
            dialog, after=dialog.reload_team_link))
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
    def _show_message(self, message: str) -> None:
        self.statusBar().showMessage(message, 10_000)

    def _show_error(self, exc: BaseException) -> None:
        self._show_message(describe_error(exc))

    # -- sync with the team server ---------------------------------------------------------
    def _start_sync(self) -> None:
        """Read whether this store is linked; if so, start syncing in the background."""
        ctx = self.ctx
        assert ctx is not None
        self.sync_status.set_state(SyncState.NOT_LINKED)
        self.sync_status.set_status(None)
        self.sync_status.show()

        def not_linked(exc: BaseException) -> None:
            # No sync package or no sync tables yet: the store simply is not linked.
            log.info("sync status not available: %s", type(exc).__name__)

        ctx.read(self._sync_status_reader, lambda status: self._sync_status_read(ctx, status),
                 not_linked)

    def _sync_status_read(self, ctx: AppContext, status: Any) -> None:
        if ctx is not self.ctx or self.sync is not None:
            return  # locked meanwhile
        self.sync_status.set_status(status)
        if not status.linked:
            return
        controller = self._sync_factory(ctx, before_sync=self._flush_editor,
                                        shown_households=self._shown_households, parent=self)
        self.sync = controller
        controller.state_changed.connect(self._sync_state_changed)
        controller.status_changed.connect(self.sync_status.set_status)
        controller.synced.connect(self._synced)
        controller.device_revoked.connect(self._device_revoked,
                                          Qt.ConnectionType.QueuedConnection)
        controller.start(status)

    def _stop_sync(self) -> None:
        if self.conflict_dialog is not None and shiboken6.isValid(self.conflict_dialog):
            self.conflict_dialog.shutdown()
            self.conflict_dialog.close()  # it shows note text: gone with the data
        self.conflict_dialog = None
        controller, self.sync = self.sync, None
        if controller is not None:
            controller.stop()
            controller.deleteLater()
        self.sync_status.hide()

    def _flush_editor(self) -> None:
        if self.workspace is not None:
            self.workspace.flush()

    def _shown_households(self) -> set[str]:
        return self.workspace.shown_households() if self.workspace is not None else set()

    def _sync_state_changed(self, state: str) -> None:
        controller = self.sync
        if controller is not None:
            self.sync_status.set_state(state, controller.message, controller.next_retry_ms)

    def _synced(self, report: Any) -> None:
        if self.workspace is not None:
            self.workspace.after_sync(report.households)
        if self.conflict_dialog is not None:  # new conflicts, or one resolved elsewhere
            self.conflict_dialog.reload()

    def sync_now(self) -> None:
        """"Nu synchroniseren" (F9)."""
        if self.sync is not None:
            self.sync.sync_now()

    def open_team_login(self, parent: QWidget | None = None,
                        after: Callable[[], None] | None = None) -> TeamLoginDialog | None:
        """"Aanmelden bij de teamserver"; on success syncing (re)starts, then `after()`."""
        if self.ctx is None:
            return None
        return self.team_login.open(self.ctx, parent, after=after)

    def _team_logged_in(self, _result: Any) -> None:
        if self.ctx is None:
            return
        self.worker_status.read_worker(self.ctx)  # linking gave the worker its server name, team
        self._show_message(self.tr("Aangemeld bij de teamserver. Synchroniseren begint."))
        if self.sync is not None:
            self.sync.logged_in()
        else:
            self._start_sync()

    def open_conflicts(self) -> None:
        """Show the conflict view (one at a time; it follows syncs while open)."""
        if self.ctx is None:
            return
        from voordeur.gui.sync.conflict_dialog import ConflictDialog  # merge3 only when needed

        dialog = self.conflict_dialog
        if dialog is None or not shiboken6.isValid(dialog):
            dialog = ConflictDialog(self.ctx, self, before_write=self._flush_editor)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.resolved.connect(self._conflict_resolved)
            dialog.finished.connect(self._conflict_dialog_gone)
            self.conflict_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _conflict_dialog_gone(self, *_args: object) -> None:
        self.conflict_dialog = None

    def _conflict_resolved(self, household_id: str) -> None:
        if self.workspace is not None:
            self.workspace.after_sync([household_id])
        if self.sync is not None:
            self.sync.refresh_status()
            self.sync.request_sync()

    def _device_revoked(self, wipe: bool) -> None:
        """The server says this laptop may no longer sync: lock at once (and wipe if asked)."""
        if self.ctx is None:
            return
        store = self.ctx.store
        self.lock()
        title = self.tr("Deze laptop is afgemeld")
        if not wipe:
            text = self.tr(
                "De beheerder van de teamserver heeft deze laptop afgemeld. Voordeur is "
                "vergrendeld en synchroniseert niet meer met je team. Je gegevens op deze laptop "
                "zijn niet gewist. Neem contact op met je beheerder.")
        else:
            try:
                from voordeur.sync.account import wipe_store

                wipe_store(store)  # the store is closed by the lock above
                text = self.tr(
                    "De beheerder van de teamserver heeft deze laptop afgemeld en gevraagd de "
                    "gegevens te wissen. Alle gegevens van Voordeur op deze laptop zijn nu "
                    "gewist, ook wijzigingen die nog niet naar de teamserver waren gestuurd. "
                    "Neem contact op met je beheerder.")
            except Exception as exc:
                log.warning("wiping the revoked store failed: %s", type(exc).__name__)
                text = self.tr(
                    "De beheerder van de teamserver heeft deze laptop afgemeld en gevraagd de "
                    "gegevens te wissen, maar wissen lukte niet helemaal. Voordeur is "
                    "vergrendeld. Neem direct contact op met je beheerder.")
            if not self._closing:
                self._show_start()  # no store any more: the first-run screen
        # The headline in the box itself too: some platforms show no title on a message box.
        box = QMessageBox(QMessageBox.Icon.Warning, title, title, QMessageBox.StandardButton.Ok,
                          self)
        box.setInformativeText(text)
        box.setObjectName("deviceRevokedMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.revoked_message = box
        box.open()

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
