"""The app against the real team server (in-process): laptop A is the GUI, laptop B a second
store with the real engine. Both rewrite the same sentence; A's status bar shows the conflict,
A keeps its own version in the conflict view, and afterwards both agree and no conflict is left.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from gui_sync_fakes import FakeNetwork
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from testsupport import PASSPHRASE
from testsupport_server import PASSWORD, fast_password_hashing  # noqa: F401
from voordeur.gui.app.main_window import AppWindow
from voordeur.gui.common.app_settings import AppSettings
from voordeur.gui.sync.conflict_dialog import ConflictDialog
from voordeur.gui.sync.controller import SyncController, SyncState
from voordeur.model import Visit
from voordeur.server import admin
from voordeur.server.app import create_app
from voordeur.services.households import create_household
from voordeur.services.unit_of_work import unit_of_work
from voordeur.services.visits import edit_visit, start_visit
from voordeur.store.store import Store
from voordeur.sync.account import login
from voordeur.sync.engine import SyncEngine, probe
from voordeur.sync.status import sync_status

SERVER = "http://testserver"
NOTES = "Moeder werkt drie dagen.\nDaan zit in groep 5.\n"


@pytest.fixture
def client(tmp_path: Path, fast_password_hashing: None) -> Iterator[TestClient]:  # noqa: F811
    url = f"sqlite:///{tmp_path / 'server.db'}"
    admin.add_team(url, "Team Noord")
    admin.add_worker(url, "anna", "Team Noord", PASSWORD, name="Anna")
    admin.add_worker(url, "ben", "Team Noord", PASSWORD, name="Ben")
    with TestClient(create_app(url)) as test_client:
        yield test_client


def new_store(tmp_path: Path, name: str) -> Store:
    return Store.create(tmp_path / name, PASSPHRASE, worker_name=f"Lokaal {name}",
                        team_name="Lokaal", neighbourhood="Zwolle-Zuid")


def test_conflict_shown_and_resolved_in_the_app(
    qtbot: QtBot, settings: AppSettings, tmp_path: Path, client: TestClient
) -> None:
    store_a = new_store(tmp_path, "a")
    with unit_of_work(store_a) as uow:
        household = create_household(uow, "Familie Vonk")
        visit_id = start_visit(uow, household, notes=NOTES).id
    login(store_a, SERVER, "anna", PASSWORD, http=client, device_name="a")

    def factory(ctx: Any, **hooks: Any) -> SyncController:
        return SyncController(
            ctx, engine_factory=lambda store: SyncEngine(store, http=client),
            probe=lambda url: probe(url, http=client), network=FakeNetwork(), debounce_ms=200,
            **hooks)

    window = AppWindow(settings, store_a.data_dir, store=store_a, sync_factory=factory)
    qtbot.addWidget(window)
    window.show()
    widget = window.sync_status
    qtbot.waitUntil(lambda: widget.state == SyncState.ONLINE and widget.status is not None
                    and widget.status.pending == 0, timeout=15_000)
    assert widget.last_label.text().startswith("Laatst gesynchroniseerd ")

    # Laptop B (Ben) receives the visit and rewrites the first sentence, and syncs first.
    store_b = new_store(tmp_path, "b")
    login(store_b, SERVER, "ben", PASSWORD, http=client, device_name="b")
    engine_b = SyncEngine(store_b, http=client)
    try:
        engine_b.run_once()
        with unit_of_work(store_b) as uow:
            edit_visit(uow, uow.get(Visit, visit_id),
                       notes=NOTES.replace("drie dagen", "vier dagen in de zorg"))
        engine_b.run_once()

        # Anna rewrites the same sentence in the open visit, then syncs (F9).
        assert window.workspace is not None
        window.workspace.open_visit(visit_id)
        notes = window.workspace.visit_editor.findChild(QPlainTextEdit, "notesEdit")
        qtbot.waitUntil(lambda: notes.isEnabled() and notes.toPlainText() == NOTES)
        notes.setFocus()
        cursor = notes.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        cursor.movePosition(cursor.MoveOperation.EndOfLine, cursor.MoveMode.KeepAnchor)
        notes.setTextCursor(cursor)  # the first sentence, typed over
        qtbot.keyClicks(notes, "Moeder werkt drie ochtenden.")
        mine = NOTES.replace("drie dagen", "drie ochtenden")
        assert notes.toPlainText() == mine
        window.sync_now()
        qtbot.waitUntil(lambda: widget.status is not None and widget.status.conflicts == 1,
                        timeout=15_000)
        assert widget.conflicts_button.isVisible()
        assert widget.conflicts_button.text() == "1 conflict"

        qtbot.mouseClick(widget.conflicts_button, Qt.MouseButton.LeftButton)
        dialog = window.findChild(ConflictDialog)
        assert dialog is not None
        qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=5000)
        assert dialog.mine_label.text() == "Jouw versie"
        assert dialog.theirs_label.text() == "Versie van Ben"
        assert "drie ochtenden" in dialog.mine_view.toPlainText()
        assert "vier dagen in de zorg" in dialog.theirs_view.toPlainText()
        dialog.keep_mine_button.click()
        qtbot.waitUntil(lambda: dialog.list.count() == 0, timeout=5000)
        qtbot.waitUntil(lambda: widget.status is not None and widget.status.conflicts == 0
                        and widget.status.pending == 0 and not window.sync.running,
                        timeout=15_000)
        assert not widget.conflicts_button.isVisible()
        # The open editor follows: it shows the kept text.
        qtbot.waitUntil(lambda: "drie ochtenden" in notes.toPlainText(), timeout=5000)

        engine_b.run_once()
        with store_b.session() as session:
            assert session.get(Visit, visit_id).notes.rstrip("\n") == mine.rstrip("\n")
        status_b = sync_status(store_b)
        assert status_b.conflicts == 0 and status_b.pending == 0
    finally:
        window.shutdown()
        engine_b.close()
        store_b.close()
