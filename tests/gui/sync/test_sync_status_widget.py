"""The sync part of the status bar: what the worker reads in each state."""

from __future__ import annotations

from datetime import datetime, timedelta

from gui_sync_fakes import FakeStatus
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from voordeur import clock
from voordeur.gui.sync.controller import SyncState
from voordeur.gui.sync.status_widget import SyncStatusWidget


def make(qtbot: QtBot) -> SyncStatusWidget:
    widget = SyncStatusWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_not_linked_says_so_in_muted_text_only(qtbot: QtBot) -> None:
    widget = make(qtbot)
    widget.set_status(FakeStatus(linked=False))
    assert widget.not_linked_label.isVisible()
    assert widget.not_linked_label.text() == "Niet gekoppeld aan een teamserver"
    assert "alleen op deze laptop" in widget.not_linked_label.toolTip()
    for part in (widget.dot, widget.state_label, widget.pending_label, widget.last_label,
                 widget.conflicts_button):
        assert not part.isVisible()
    assert not widget.action_sync.isEnabled()
    # The one thing to do here: log in (the button, and the only entry of its menu).
    assert widget.sync_button.isVisible()
    assert widget.sync_button.defaultAction() is widget.action_login
    assert widget.sync_button.text() == "Aanmelden…"
    assert [a.text() for a in widget.menu.actions() if a.isVisible()] == [
        "Aanmelden bij teamserver…"]
    with qtbot.waitSignal(widget.login_requested):
        widget.sync_button.click()


def test_online_with_pending_changes_last_sync_and_conflicts(qtbot: QtBot) -> None:
    widget = make(qtbot)
    today_1402 = datetime.combine(clock.today(), datetime.min.time()).replace(
        hour=14, minute=2).astimezone()
    widget.set_status(FakeStatus(pending=3, conflicts=2, last_sync_at=today_1402))
    widget.set_state(SyncState.ONLINE)
    assert widget.state_label.text() == "Verbonden"
    assert widget.dot.text() == "●"
    assert widget.pending_label.text() == "3 wijzigingen wachten"
    assert widget.last_label.text() == "Laatst gesynchroniseerd 14:02"
    assert widget.conflicts_button.isVisible()
    assert widget.conflicts_button.text() == "2 conflicten"
    tip = widget.toolTip()
    assert "Teamserver: https://team.example.org" in tip and "Aangemeld als: sanne" in tip
    assert widget.summary() == ("Verbonden · 3 wijzigingen wachten · "
                                "Laatst gesynchroniseerd 14:02 · 2 conflicten")
    assert widget.accessibleDescription() == widget.summary()

    with qtbot.waitSignal(widget.conflicts_requested):
        qtbot.mouseClick(widget.conflicts_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(widget.sync_requested):
        widget.action_sync.trigger()
    assert widget.action_sync.shortcut().toString() == "F9"
    assert [a.text() for a in widget.menu.actions() if a.isVisible()] == [
        "Nu synchroniseren", "Conflicten oplossen…"]
    assert widget.sync_button.defaultAction() is widget.action_sync


def test_singular_forms_and_nothing_waiting(qtbot: QtBot) -> None:
    widget = make(qtbot)
    widget.set_status(FakeStatus(pending=1, rejected=1, conflicts=1))
    widget.set_state(SyncState.ONLINE)
    assert widget.pending_label.text() == "1 wijziging wacht · 1 wijziging geweigerd"
    assert widget.conflicts_button.text() == "1 conflict"
    assert widget.last_label.text() == "Nog niet gesynchroniseerd"
    widget.set_status(FakeStatus())
    assert not widget.pending_label.isVisible()
    assert not widget.conflicts_button.isVisible()


def test_last_sync_on_another_day_names_the_day(qtbot: QtBot) -> None:
    widget = make(qtbot)
    earlier = clock.now() - timedelta(days=3)
    widget.set_status(FakeStatus(last_sync_at=earlier))
    widget.set_state(SyncState.ONLINE)
    text = widget.last_label.text()
    assert text.startswith("Laatst gesynchroniseerd ")
    assert str(earlier.astimezone().day) in text and ":" in text


def test_offline_is_calm_and_says_when_it_tries_again(qtbot: QtBot) -> None:
    widget = make(qtbot)
    widget.set_status(FakeStatus(pending=2))
    widget.set_state(SyncState.OFFLINE, "connection refused", next_retry_ms=20_000)
    assert widget.state_label.text() == "Offline"
    assert widget.dot.text() == "○"  # a ring, not only another colour
    tip = widget.state_label.toolTip()
    assert "gewoon doorwerken" in tip and "over 20 seconden" in tip
    assert "connection refused" in tip  # the detail, for the helpdesk
    assert widget.action_sync.isEnabled()


def test_needs_login_and_revoked_are_marked(qtbot: QtBot) -> None:
    widget = make(qtbot)
    widget.set_status(FakeStatus())
    widget.set_state(SyncState.NEEDS_LOGIN, "refresh token invalid")
    assert widget.state_label.text() == "Aanmelden nodig"
    assert "Klik om opnieuw aan te melden" in widget.toolTip()
    assert "refresh token invalid" in widget.toolTip()
    assert widget.action_sync.isEnabled()  # the worker may try again
    assert widget.action_login.isVisible()
    assert widget.sync_button.defaultAction() is widget.action_login
    with qtbot.waitSignal(widget.login_requested):  # the red words are a link
        qtbot.mouseClick(widget.state_label, Qt.MouseButton.LeftButton)
    widget.set_state(SyncState.SYNCING)
    assert widget.state_label.text() == "Synchroniseren…"
    assert not widget.action_sync.isEnabled()
    assert not widget.action_login.isVisible()
    with qtbot.assertNotEmitted(widget.login_requested):
        qtbot.mouseClick(widget.state_label, Qt.MouseButton.LeftButton)
    widget.set_status(FakeStatus(revoked=True))
    assert widget.state_label.text() == "Laptop afgemeld"
    assert not widget.action_sync.isEnabled()


def test_a_clock_far_off_is_named_and_explained(qtbot: QtBot) -> None:
    widget = make(qtbot)
    widget.set_state(SyncState.ONLINE)
    widget.set_status(FakeStatus(clock_offset_ms=2 * 3600_000 + 4000))
    assert widget.clock_label.isVisible()
    assert widget.clock_label.text() == "⚠ Klok loopt 2 uur achter"
    assert "Zet de datum en tijd van de laptop toch goed" in widget.clock_label.toolTip()
    widget.set_status(FakeStatus(clock_offset_ms=-3 * 86400_000, clock_corrected=1))
    assert widget.clock_label.text() == "⚠ Klok loopt 3 dagen voor"
    assert "1 wijziging is gemaakt terwijl de klok" in widget.toolTip()
    assert "Klok loopt 3 dagen voor" in widget.summary()
    # Re-timed changes are still pointed out once the clock is right again.
    widget.set_status(FakeStatus(clock_offset_ms=400, clock_corrected=2))
    assert widget.clock_label.text() == "⚠ Klok: 2 wijzigingen nakijken"
    widget.set_status(FakeStatus(clock_offset_ms=30_000))
    assert not widget.clock_label.isVisible()
