"""Sync in the main window: the status bar, F9, the conflict view, an open visit refreshed after
a sync without losing typing, a revoked laptop locked (and wiped), and a clean stop on lock."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gui_sync_fakes import FakeEngine, FakeReport, StatusBox, make_controller
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from testsupport import PASSPHRASE
from voordeur.gui.app.main_window import AppWindow
from voordeur.gui.common.app_settings import AppSettings
from voordeur.gui.sync.conflict_dialog import ConflictDialog
from voordeur.gui.sync.controller import SyncController, SyncState
from voordeur.gui.unlock.unlock_screen import UnlockScreen
from voordeur.model import Visit
from voordeur.services.households import create_household
from voordeur.services.unit_of_work import unit_of_work
from voordeur.services.visits import start_visit
from voordeur.store.store import Store
from voordeur.sync.errors import DeviceRevoked


def open_window(qtbot: QtBot, settings: AppSettings, store: Store, engine: FakeEngine,
                status: StatusBox | None = None, **kw: Any) -> AppWindow:
    status = status or StatusBox()

    def factory(ctx: Any, **hooks: Any) -> SyncController:
        return make_controller(ctx, engine, status=status, **kw, **hooks)

    window = AppWindow(settings, store.data_dir, store=store, sync_factory=factory,
                       sync_status_reader=status)
    qtbot.addWidget(window)
    window.show()
    return window


def wait_synced(qtbot: QtBot, window: AppWindow, runs: int = 1) -> None:
    qtbot.waitUntil(lambda: window.sync is not None and window.sync.runs >= runs
                    and not window.sync.running, timeout=5000)


def test_not_linked_shows_a_muted_note_and_starts_nothing(
    qtbot: QtBot, settings: AppSettings, store: Store
) -> None:
    engine = FakeEngine()
    status = StatusBox()
    status.set(linked=False)
    window = open_window(qtbot, settings, store, engine, status)
    qtbot.waitUntil(lambda: status.reads == 1)
    qtbot.wait(50)
    assert window.sync is None and engine.runs == 0
    assert window.sync_status.isVisible()
    assert window.sync_status.summary() == "Niet gekoppeld aan een teamserver"
    window.shutdown()


def test_linked_store_syncs_shows_status_and_f9_syncs_again(
    qtbot: QtBot, settings: AppSettings, store: Store
) -> None:
    engine = FakeEngine()
    status = StatusBox()
    status.set(pending=2, conflicts=1)
    window = open_window(qtbot, settings, store, engine, status)
    wait_synced(qtbot, window)
    widget = window.sync_status
    qtbot.waitUntil(lambda: widget.state == SyncState.ONLINE)
    assert widget.state_label.text() == "Verbonden"
    assert widget.pending_label.text() == "2 wijzigingen wachten"
    assert widget.conflicts_button.isVisible()

    widget.action_sync.trigger()  # F9
    wait_synced(qtbot, window, runs=2)
    assert engine.runs == 2

    widget.conflicts_button.click()
    dialog = window.findChild(ConflictDialog)
    assert dialog is not None and dialog.isVisible()

    controller = window.sync
    assert controller is not None
    window.lock()  # the dialog goes with the data; the controller stops
    assert controller.stopped and controller.runner.closed and engine.closed
    assert window.sync is None and not window.sync_status.isVisible()
    qtbot.waitUntil(lambda: window.findChild(ConflictDialog) is None)
    window.shutdown()


def test_revoked_laptop_is_locked_and_told(qtbot: QtBot, settings: AppSettings,
                                           store: Store) -> None:
    engine = FakeEngine([DeviceRevoked("device revoked", wipe=False)])
    window = open_window(qtbot, settings, store, engine)
    qtbot.waitUntil(lambda: window.is_locked, timeout=5000)
    assert isinstance(window.start_widget, UnlockScreen)
    box = window.findChild(QMessageBox, "deviceRevokedMessage")
    assert box is not None and box.isVisible()
    assert box.text() == "Deze laptop is afgemeld"
    assert "niet gewist" in box.informativeText()
    assert Store.exists(store.data_dir)
    box.accept()
    window.shutdown()


def test_revoked_with_wipe_removes_the_store_and_says_so(
    qtbot: QtBot, settings: AppSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from voordeur.sync import account

    # Its own store: the shared fixture would close it again after the wipe.
    store = Store.create(tmp_path / "wiped", PASSPHRASE, worker_name="Test Medewerker",
                         team_name="Team Test", neighbourhood="Zwolle-Zuid")
    wiped: list[Store] = []
    real_wipe = account.wipe_store
    monkeypatch.setattr(account, "wipe_store", lambda s: (wiped.append(s), real_wipe(s)))
    engine = FakeEngine([DeviceRevoked("device revoked", wipe=True)])
    window = open_window(qtbot, settings, store, engine)
    qtbot.waitUntil(lambda: window.is_locked, timeout=5000)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "deviceRevokedMessage") is not None)
    box = window.findChild(QMessageBox, "deviceRevokedMessage")
    assert wiped == [store]
    assert "nu gewist" in box.informativeText()
    assert not Store.exists(store.data_dir)
    assert not isinstance(window.start_widget, UnlockScreen)  # nothing left to unlock
    box.accept()
    window.shutdown()


def _visit(store: Store) -> tuple[str, str]:
    with unit_of_work(store) as uow:
        household = create_household(uow, "Familie Vonk")
        visit = start_visit(uow, household, notes="Eerste alinea.", concerns="Oude zorg.")
    return household.id, visit.id


def _set_in_store(store: Store, visit_id: str, **values: str) -> None:
    """What a pull does: the stored visit changes behind the editor's back."""
    with store.session() as session:
        visit = session.get(Visit, visit_id)
        for name, value in values.items():
            setattr(visit, name, value)
        session.add(visit)
        session.commit()


def _open_notes(qtbot: QtBot, settings: AppSettings, store: Store, engine: FakeEngine
                ) -> tuple[Any, QPlainTextEdit, str, str]:
    """The app with a visit open in the editor, its notes field shown: (window, notes, ids)."""
    household_id, visit_id = _visit(store)
    window = open_window(qtbot, settings, store, engine)
    wait_synced(qtbot, window)
    assert window.workspace is not None
    window.workspace.open_visit(visit_id)
    notes = window.workspace.visit_editor.findChild(QPlainTextEdit, "notesEdit")
    qtbot.waitUntil(lambda: notes.isEnabled() and notes.toPlainText() == "Eerste alinea.")
    return window, notes, household_id, visit_id


def test_an_open_visit_changed_by_a_sync_is_reloaded_and_the_cursor_kept(
    qtbot: QtBot, settings: AppSettings, store: Store
) -> None:
    engine = FakeEngine()
    window, notes, household_id, visit_id = _open_notes(qtbot, settings, store, engine)
    notes.setFocus()
    cursor = notes.textCursor()
    cursor.setPosition(6)
    notes.setTextCursor(cursor)

    _set_in_store(store, visit_id, notes="Eerste alinea.\nTweede alinea van een collega.")
    engine.outcomes.append(FakeReport(pulled=1, households=(household_id,)))
    window.sync_now()
    qtbot.waitUntil(lambda: "Tweede alinea" in notes.toPlainText(), timeout=5000)
    qtbot.waitUntil(lambda: notes.hasFocus() and notes.textCursor().position() == 6)
    window.shutdown()


def test_typing_in_an_open_visit_survives_a_sync_that_changed_another_field(
    qtbot: QtBot, settings: AppSettings, store: Store
) -> None:
    engine = FakeEngine()
    window, notes, household_id, visit_id = _open_notes(qtbot, settings, store, engine)
    notes.setFocus()
    notes.moveCursor(notes.textCursor().MoveOperation.End)
    qtbot.keyClicks(notes, " Nog niet opgeslagen")  # within the autosave's pause

    _set_in_store(store, visit_id, concerns="Nieuwe zorg van een collega.")
    engine.outcomes.append(FakeReport(pulled=1, households=(household_id,)))
    window.sync_now()
    concerns = window.workspace.visit_editor.concerns_edit
    qtbot.waitUntil(lambda: concerns.toPlainText() == "Nieuwe zorg van een collega.",
                    timeout=5000)
    assert notes.toPlainText() == "Eerste alinea. Nog niet opgeslagen"
    window.shutdown()
    with Store.open(store.data_dir, PASSPHRASE) as reopened, \
            reopened.session() as session:
        stored = session.get(Visit, visit_id)
        assert stored.notes == "Eerste alinea. Nog niet opgeslagen"
        assert stored.concerns == "Nieuwe zorg van een collega."
