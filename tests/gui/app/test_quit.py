"""Afsluiten (Ctrl+Q and the tool bar): drafts are saved first, as on a lock, then the window
closes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QToolBar
from pytestqt.qtbot import QtBot

from testsupport import PASSPHRASE
from voordeur.gui.app.main_window import AppWindow
from voordeur.gui.common.app_settings import AppSettings
from voordeur.services.households import create_household
from voordeur.services.unit_of_work import unit_of_work
from voordeur.services.visits import start_visit
from voordeur.store.store import Store


def test_ctrl_q_saves_the_typed_draft_and_quits(
    qtbot: QtBot, settings: AppSettings, store: Store
) -> None:
    with unit_of_work(store) as uow:
        household = create_household(uow, "Familie Vonk")
        visit_id = start_visit(uow, household).id
    data_dir = store.data_dir
    window = AppWindow(settings, data_dir, store=store)
    qtbot.addWidget(window)
    window.show()
    window.windowHandle().requestActivate()  # window shortcuts need the active window
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    assert window.workspace is not None
    toolbar = window.workspace.findChild(QToolBar, "workspaceToolbar")
    assert window.action_quit in toolbar.actions()
    assert window.action_quit.text().replace("&", "") == "Afsluiten"

    window.workspace.open_visit(visit_id)
    notes = window.workspace.visit_editor.findChild(QPlainTextEdit, "notesEdit")
    qtbot.waitUntil(lambda: notes.isEnabled() and not notes.isReadOnly(), timeout=5000)
    notes.setFocus()
    qtbot.keyClicks(notes, "Vader zoekt werk")
    qtbot.keyClick(notes, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)  # at once

    assert not window.isVisible()
    assert window.is_locked
    with Store.open(data_dir, PASSPHRASE) as reopened, reopened.session() as session:
        from voordeur.model import Visit

        assert session.get(Visit, visit_id).notes == "Vader zoekt werk"


def test_afsluiten_works_on_the_unlock_screen_too(
    qtbot: QtBot, settings: AppSettings, store: Store
) -> None:
    data_dir = store.data_dir
    store.close()
    window = AppWindow(settings, data_dir)
    qtbot.addWidget(window)
    window.show()
    window.action_quit.trigger()
    assert not window.isVisible()
