"""Logging in to the team server from the app: the dialog against the real server (in-process),
its messages in plain Dutch, the settings' Teamserver group, and "Aanmelden nodig" in the status
bar that leads to a new login after which syncing resumes."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from gui_sync_fakes import FakeEngine, FakeReport, make_controller
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from testsupport_server import PASSWORD, fast_password_hashing  # noqa: F401
from voordeur.gui.app.main_window import AppWindow
from voordeur.gui.common.app_settings import AppSettings
from voordeur.gui.common.context import AppContext
from voordeur.gui.settings.dialog import SettingsDialog
from voordeur.gui.sync.controller import SyncController, SyncState
from voordeur.gui.sync.team_link import server_address, team_names
from voordeur.gui.sync.team_login_dialog import TeamLoginDialog
from voordeur.server import admin
from voordeur.server.app import create_app
from voordeur.services.households import create_household
from voordeur.services.unit_of_work import unit_of_work
from voordeur.store.store import Store
from voordeur.sync import state
from voordeur.sync.account import login
from voordeur.sync.engine import SyncEngine, probe
from voordeur.sync.errors import DeviceRevoked, SyncRefused
from voordeur.sync.status import sync_status
from voordeur.sync.status import sync_status as real_status

SERVER = "http://testserver"


@pytest.fixture
def client(tmp_path: Path, fast_password_hashing: None) -> Iterator[TestClient]:  # noqa: F811
    url = f"sqlite:///{tmp_path / 'server.db'}"
    admin.add_team(url, "Wijkteam Noord")
    admin.add_worker(url, "anna", "Wijkteam Noord", PASSWORD, name="Anna de Vries")
    with TestClient(create_app(url)) as test_client:
        yield test_client


def make_dialog(qtbot: QtBot, ctx: AppContext, **kw: Any) -> TeamLoginDialog:
    dialog = TeamLoginDialog(ctx, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.link is not None)
    return dialog


def fill(dialog: TeamLoginDialog, server: str = SERVER, user: str = "anna",
         password: str = PASSWORD) -> None:
    if not dialog.server_field.isReadOnly():
        dialog.server_field.setText(server)
        dialog.user_field.setText(user)
    dialog.password_field.setText(password)


def wait_message(qtbot: QtBot, dialog: TeamLoginDialog) -> str:
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.message.isVisible()
    return dialog.message.text()


def window_factory(client: TestClient) -> Any:
    def factory(ctx: Any, **hooks: Any) -> SyncController:
        from gui_sync_fakes import FakeNetwork

        return SyncController(
            ctx, engine_factory=lambda store: SyncEngine(store, http=client),
            probe=lambda url: probe(url, http=client), network=FakeNetwork(), debounce_ms=200,
            **hooks)
    return factory


# -- the dialog ------------------------------------------------------------------------------
def test_login_links_the_store_against_the_real_server(
    qtbot: QtBot, ctx: AppContext, store: Store, client: TestClient
) -> None:
    with unit_of_work(store) as uow:
        create_household(uow, "Familie Vonk")
    dialog = make_dialog(qtbot, ctx, http=client)
    assert dialog.windowTitle() == "Aanmelden bij de teamserver"
    assert dialog.server_field.text() == "https://"  # suggested
    assert dialog.password_field.echoMode() == QLineEdit.EchoMode.Password
    assert not dialog.form.isRowVisible(dialog.team_combo)
    assert not dialog.login_button.isEnabled()  # nothing filled in yet
    fill(dialog)
    assert dialog.server_hint.isVisible()  # http:// is only for a test machine
    assert dialog.login_button.isEnabled()
    with qtbot.waitSignal(dialog.logged_in, timeout=15_000) as got:
        qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
        assert dialog.busy and not dialog.cancel_button.isEnabled()
        assert dialog.message.text() == "Bezig met aanmelden…"
    result = got.args[0]
    assert (result.username, result.team_name, result.worker_name) == (
        "anna", "Wijkteam Noord", "Anna de Vries")
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.password_field.text() == ""  # never kept
    status = sync_status(store)
    assert status.linked and status.server_url == SERVER and status.username == "anna"
    assert status.pending > 0  # everything of this laptop waits for the first push


def test_wrong_password_says_so_and_links_nothing(
    qtbot: QtBot, ctx: AppContext, store: Store, client: TestClient
) -> None:
    dialog = make_dialog(qtbot, ctx, http=client)
    fill(dialog, password="niet het goede wachtwoord")
    dialog.login_button.click()
    assert wait_message(qtbot, dialog) == "De gebruikersnaam of het wachtwoord klopt niet."
    assert dialog.password_field.text() == "" and dialog.password_field.hasFocus()
    assert dialog.user_field.text() == "anna"  # only the password is typed again
    assert dialog.isVisible() and not sync_status(store).linked
    dialog.close()


def test_unreachable_server_says_nothing_is_lost(
    qtbot: QtBot, ctx: AppContext, store: Store
) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    with httpx.Client(transport=httpx.MockTransport(refuse)) as http:
        dialog = make_dialog(qtbot, ctx, http=http)
        fill(dialog, server="https://teamserver.example.org")
        dialog.login_button.click()
        text = wait_message(qtbot, dialog)
    assert text.startswith("De teamserver is niet bereikbaar.")
    assert "blijven gewoon op deze laptop" in text
    assert dialog.password_field.text() == PASSWORD  # try again without typing it again
    assert not sync_status(store).linked
    dialog.close()


@pytest.mark.parametrize(("error", "expected"), [
    (SyncRefused("too many failed logins", "throttled", retry_after=42),
     "Te vaak een verkeerd wachtwoord. Probeer het over 42 seconden opnieuw."),
    (SyncRefused("already linked to https://x as bram", "already_linked"),
     "al gekoppeld aan een andere teamserver of een ander account"),
    (SyncRefused("device revoked", "device_revoked"), "afgemeld bij de teamserver"),
    (SyncRefused("the server address must start with https://", "bad_url"),
     "moet beginnen met https://"),
])
def test_refusals_in_plain_dutch(qtbot: QtBot, ctx: AppContext, error: SyncRefused,
                                 expected: str) -> None:
    def refused(*_args: Any, **_kwargs: Any) -> Any:
        raise error

    dialog = make_dialog(qtbot, ctx, login_fn=refused)
    fill(dialog, server="teamserver.example.org")
    dialog.login_button.click()
    assert expected in wait_message(qtbot, dialog)
    assert "bram" not in dialog.message.text()  # never the exception's own text
    dialog.close()


def test_a_laptop_the_server_wants_wiped_is_handed_to_the_window(
    qtbot: QtBot, ctx: AppContext
) -> None:
    def revoked(*_args: Any, **_kwargs: Any) -> Any:
        raise DeviceRevoked("this device was revoked", wipe=True)

    dialog = make_dialog(qtbot, ctx, login_fn=revoked)
    fill(dialog, server="teamserver.example.org")
    with qtbot.waitSignal(dialog.device_revoked, timeout=5000) as got:
        dialog.login_button.click()
    assert got.args == [True]  # the window locks and wipes, as after a sync
    assert "afgemeld bij de teamserver" in wait_message(qtbot, dialog)
    dialog.close()


def test_team_is_asked_only_when_the_server_wants_it(qtbot: QtBot, ctx: AppContext) -> None:
    calls: list[dict[str, Any]] = []

    def several_teams(store: Store, url: str, user: str, password: str, **kw: Any) -> Any:
        calls.append({"url": url, **kw})
        if not kw.get("team_name"):
            raise SyncRefused("this account is in several teams (Wijkteam Noord, Wijkteam "
                              "Zuid); choose one with --team", "choose_team")
        return "linked"

    dialog = make_dialog(qtbot, ctx, login_fn=several_teams)
    fill(dialog, server="teamserver.example.org")  # https:// is added
    dialog.login_button.click()
    assert "meer dan één team" in wait_message(qtbot, dialog)
    assert dialog.form.isRowVisible(dialog.team_combo)
    names = [dialog.team_combo.itemText(i) for i in range(dialog.team_combo.count())]
    assert names == ["Wijkteam Noord", "Wijkteam Zuid"]
    dialog.team_combo.setCurrentIndex(1)
    with qtbot.waitSignal(dialog.logged_in, timeout=5000):
        dialog.login_button.click()
    assert calls[0]["url"] == "https://teamserver.example.org"
    assert calls[1]["team_name"] == "Wijkteam Zuid"


def test_address_and_team_name_helpers() -> None:
    assert server_address("team.example.org") == "https://team.example.org"
    assert server_address("https://https://team.example.org") == "https://team.example.org"
    assert server_address("https://http://10.0.0.2:8765") == "http://10.0.0.2:8765"
    assert server_address(" http://127.0.0.1:8765 ") == "http://127.0.0.1:8765"
    assert team_names("this account is not in a team named 'X' (its teams: A, B c)") == [
        "A", "B c"]
    assert team_names("no list here") == []


def test_busy_dialog_cannot_be_cancelled_and_a_lock_drops_the_result(
    qtbot: QtBot, ctx: AppContext
) -> None:
    gate = threading.Event()

    def slow(*_args: Any, **_kwargs: Any) -> Any:
        assert gate.wait(10)
        return "linked"

    dialog = make_dialog(qtbot, ctx, login_fn=slow)
    fill(dialog, server="teamserver.example.org")
    dialog.login_button.click()
    dialog.reject()  # Escape while busy
    assert dialog.isVisible()
    dialog.shutdown()  # the window locks
    with qtbot.assertNotEmitted(dialog.logged_in):
        gate.set()
        ctx.runner.run_now(lambda: None)
    assert dialog.password_field.text() == ""
    dialog.close()
    assert not dialog.isVisible()


# -- the controller --------------------------------------------------------------------------
def test_logged_in_leaves_needs_login_and_a_stale_round_is_repeated(
    qtbot: QtBot, ctx: AppContext
) -> None:
    refused = SyncRefused("refresh token invalid", "refresh_invalid")
    engine = FakeEngine([refused, refused, FakeReport()])
    controller = make_controller(ctx, engine)
    try:
        controller.start()
        qtbot.waitUntil(lambda: controller.state == SyncState.NEEDS_LOGIN)
        engine.gate = threading.Event()
        controller.sync_now()  # a round with the old sign-in is under way …
        qtbot.waitUntil(lambda: controller.running and bool(engine.threads))
        controller.logged_in()  # … when the worker logs in again
        engine.gate.set()
        qtbot.waitUntil(lambda: controller.state == SyncState.ONLINE, timeout=5000)
        assert engine.runs == 3 and controller.message == ""
    finally:
        controller.stop()


# -- the window ------------------------------------------------------------------------------
def test_settings_show_the_link_after_logging_in_from_them(
    qtbot: QtBot, settings: AppSettings, store: Store, client: TestClient
) -> None:
    window = AppWindow(settings, store.data_dir, store=store, sync_factory=window_factory(client),
                       team_login=partial(login, http=client))
    qtbot.addWidget(window)
    window.show()
    window.open_settings()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    group = dialog.team_group
    qtbot.waitUntil(lambda: group.link is not None)
    assert group.title() == "Teamserver"
    assert group.state_label.text() == "Niet gekoppeld: je gegevens staan alleen op deze laptop."
    assert group.login_button.text() == "Aan&melden…"

    group.login_button.click()
    login_dialog = window.team_login.dialog
    assert login_dialog is not None and login_dialog.parent() is dialog
    qtbot.waitUntil(lambda: login_dialog.link is not None)
    fill(login_dialog)
    login_dialog.login_button.click()
    qtbot.waitUntil(lambda: group.link is not None and group.link.linked, timeout=15_000)
    assert group.state_label.text() == (
        "Gekoppeld aan http://testserver als anna (Wijkteam Noord).")
    assert group.login_button.text() == "Opnieuw aan&melden…"
    # The app syncs by itself from now on.
    qtbot.waitUntil(lambda: window.sync is not None and window.sync.state == SyncState.ONLINE
                    and window.sync_status.status is not None
                    and window.sync_status.status.pending == 0, timeout=15_000)
    dialog.close()
    window.shutdown()


def test_needs_login_in_the_status_bar_leads_to_a_login_and_syncing_resumes(
    qtbot: QtBot, settings: AppSettings, store: Store, client: TestClient
) -> None:
    login(store, SERVER, "anna", PASSWORD, http=client, device_name="laptop")
    with store.session() as session:  # the server no longer knows this sign-in
        state.write(session, {state.REFRESH_TOKEN: "verlopen"})
        session.commit()
    window = AppWindow(settings, store.data_dir, store=store, sync_factory=window_factory(client),
                       sync_status_reader=real_status, team_login=partial(login, http=client))
    qtbot.addWidget(window)
    window.show()
    widget = window.sync_status
    qtbot.waitUntil(lambda: widget.state == SyncState.NEEDS_LOGIN, timeout=15_000)
    assert widget.state_label.text() == "Aanmelden nodig"
    assert widget.action_login.isVisible()
    assert widget.action_login.text() == "Aanmelden bij teamserver…"

    widget.action_login.trigger()  # from the button's menu
    dialog = window.team_login.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.link is not None)
    # Linked: server and user are what they are, only the password is asked.
    assert dialog.server_field.text() == SERVER and dialog.server_field.isReadOnly()
    assert dialog.user_field.text() == "anna" and dialog.user_field.isReadOnly()
    assert "gekoppeld" in dialog.intro.text()
    dialog.close()
    assert window.team_login.dialog is None  # closed: the next one is a new dialog

    qtbot.mouseClick(widget.state_label, Qt.MouseButton.LeftButton)  # the red words
    assert window.team_login.dialog is not dialog
    dialog = window.team_login.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.link is not None)
    fill(dialog)
    qtbot.keyClick(dialog.password_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: widget.state == SyncState.ONLINE and widget.status is not None
                    and widget.status.pending == 0, timeout=15_000)
    assert window.sync is not None and window.sync.message == ""
    assert not widget.action_login.isVisible()
    assert window.sync_status.state_label.text() == "Verbonden"
    window.shutdown()


def test_locking_closes_an_open_login_dialog(
    qtbot: QtBot, settings: AppSettings, store: Store
) -> None:
    window = AppWindow(settings, store.data_dir, store=store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.sync_status.state == SyncState.NOT_LINKED
                    and window.sync_status.sync_button.isVisible())
    window.sync_status.sync_button.click()  # "Aanmelden…"
    dialog = window.team_login.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.password_field.setText("geheim")
    field = dialog.password_field
    window.lock()
    assert window.team_login.dialog is None
    assert field.text() == "" and not dialog.isVisible()
    window.shutdown()
