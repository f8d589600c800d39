"""Opening the app in GUI tests: a shown main window or unlock screen, and unlocking it by typing
the passphrase (shared by tests/gui/app and tests/gui/unlock)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from testsupport import PASSPHRASE
from voordeur.gui.app.main_window import AppWindow
from voordeur.gui.common.app_settings import AppSettings
from voordeur.gui.unlock.unlock_screen import UnlockScreen


def make_window(qtbot: QtBot, settings: AppSettings, data_dir: Path, **kw: object) -> AppWindow:
    window = AppWindow(settings, data_dir, **kw)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    return window


def unlock(qtbot: QtBot, window: AppWindow, passphrase: str = PASSPHRASE) -> None:
    start = window.start_widget
    assert start is not None
    field = start.findChild(QLineEdit, "passphraseField")
    assert field is not None
    field.setText(passphrase)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.is_locked, timeout=10_000)


def make_screen(qtbot, settings: AppSettings, data_dir: Path) -> UnlockScreen:  # type: ignore[no-untyped-def]
    screen = UnlockScreen(settings, data_dir)
    qtbot.addWidget(screen)
    screen.show()
    return screen


def type_and_unlock(qtbot, screen: UnlockScreen, passphrase: str) -> None:  # type: ignore[no-untyped-def]
    field = screen.passphrase_field
    field.setFocus()
    qtbot.keyClicks(field, passphrase)
    qtbot.keyClick(field, Qt.Key.Key_Return)
