"""Starting the app: the QApplication, translations, the demo store, the main window."""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from voordeur import __version__, clock
from voordeur.gui.app.main_window import AppWindow
from voordeur.gui.common import i18n
from voordeur.gui.common.app_settings import AppSettings
from voordeur.paths import APP_NAME, resources_dir
from voordeur.store.store import Store

# Set by the start-up benchmark: print one line when the unlocked window is ready, then quit.
STARTUP_PROBE_ENV = "VOORDEUR_STARTUP_PROBE"
DEMO_HOUSEHOLDS = 30


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    icon = resources_dir() / "icons" / "voordeur.png"  # made by scripts/icons.py
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def create_demo_store(seed: int | None = None) -> tuple[Store, str, Path]:
    """A throw-away store in a temporary folder with synthetic households (never real people)."""
    from voordeur.services.demo import generate_demo

    folder = Path(tempfile.mkdtemp(prefix="voordeur-demo-"))
    passphrase = "demo-" + secrets.token_hex(4)
    store = Store.create(folder / "store", passphrase, worker_name="Demo Medewerker",
                         team_name="Team Demo", neighbourhood="Zwolle-Zuid", use_keyring=False)
    generate_demo(store, households=DEMO_HOUSEHOLDS, seed=seed)
    return store, passphrase, folder


def run_gui(
    *,
    data_dir: Path,
    demo: bool = False,
    seed: int | None = None,
    settings_path: Path | None = None,
    passphrase: str | None = None,
) -> int:
    """Open the app; returns the process exit code."""
    app = make_application()
    settings = AppSettings(settings_path)
    i18n.install_translations(settings.language)
    demo_folder: Path | None = None
    store: Store | None = None
    demo_passphrase: str | None = None
    if demo:
        store, demo_passphrase, demo_folder = create_demo_store(seed)
        data_dir = demo_folder / "store"
    elif passphrase is not None and Store.exists(data_dir):
        # Scripts and the benchmark pass the passphrase in the environment, as for the CLI.
        try:
            store = Store.open(data_dir, passphrase)
        except Exception:
            store = None  # the unlock screen will say what is wrong
    window = AppWindow(settings, data_dir, store=store, demo=demo,
                       demo_passphrase=demo_passphrase)
    window.show()
    _quit_on_termination(app)
    if os.environ.get(STARTUP_PROBE_ENV):
        _probe_when_ready(window, app.quit)
    try:
        return app.exec()
    finally:
        window.shutdown()
        if demo_folder is not None:
            shutil.rmtree(demo_folder, ignore_errors=True)


def _quit_on_termination(app: QApplication) -> None:
    """Ctrl+C or a polite kill (logout, shutdown) ends the event loop normally, so drafts are
    saved, the store is closed and a demo folder is removed. Python only runs signal handlers
    when it gets control, hence the timer that hands it control a few times a second."""
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda _signum, _frame: app.quit())
    pump = QTimer(app)
    pump.setObjectName("signalPump")
    pump.timeout.connect(lambda: None)
    pump.start(250)


def _probe_when_ready(window: AppWindow, quit_app: Callable[[], None]) -> None:
    """Print 'ready' once the window shows the unlocked household list, then quit.

    The runner is first in, first out: when a no-op submitted after the workspace's first reads
    has come back, those reads have been delivered to their views too.
    """
    def ready(_result: object) -> None:
        QTimer.singleShot(0, lambda: (print(f"ready {clock.timestamp():.6f}", flush=True),
                                      quit_app()))

    if window.ctx is None:
        print("locked", flush=True)
        QTimer.singleShot(0, quit_app)
        return
    window.ctx.runner.submit(lambda: None, ready)
