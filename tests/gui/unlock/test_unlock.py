"""The unlock screen: right passphrase opens, wrong one explains and counts the delay down."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_windows import make_screen, type_and_unlock
from PySide6.QtCore import Qt

from testsupport import PASSPHRASE
from voordeur.gui.common.app_settings import AppSettings
from voordeur.gui.unlock import unlock_screen as unlock
from voordeur.store import throttle, vault
from voordeur.store.engine import DB_FILE
from voordeur.store.store import Store

WRONG = "dit is hem niet, echt niet"


@pytest.fixture
def made(data_dir: Path) -> Path:
    Store.create(data_dir, PASSPHRASE, worker_name="Test Medewerker").close()
    return data_dir


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_right_passphrase_unlocks(qtbot, settings: AppSettings, made: Path) -> None:  # type: ignore[no-untyped-def]
    screen = make_screen(qtbot, settings, made)
    assert screen.findChild(type(screen.passphrase_field), "passphraseField") is not None
    assert screen.passphrase_field.echoMode() == screen.passphrase_field.EchoMode.Password
    assert str(made.name) in screen.findChild(type(screen._folder), "unlockDataFolder").text()
    with qtbot.waitSignal(screen.unlocked, timeout=10_000) as blocker:
        type_and_unlock(qtbot, screen, PASSPHRASE)
        assert screen.passphrase_field.text() == ""  # cleared at once
    store = blocker.args[0]
    try:
        assert isinstance(store, Store)
        assert store.meta("worker_id")
    finally:
        store.close()
        screen.shutdown()
    assert screen.message == ""


def test_wrong_then_right_with_live_countdown(
    qtbot, settings: AppSettings, made: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    clock = FakeClock()
    monkeypatch.setattr(unlock, "_now", clock)
    monkeypatch.setattr(throttle, "delay_after", lambda failures: 4.0 if failures > 0 else 0.0)
    screen = make_screen(qtbot, settings, made)
    unlocked: list[Store] = []
    screen.unlocked.connect(unlocked.append)

    type_and_unlock(qtbot, screen, WRONG)
    qtbot.waitUntil(lambda: screen.message != "", timeout=10_000)
    assert screen.message == "Die wachtwoordzin klopt niet."
    assert screen.passphrase_field.text() == ""
    assert screen.countdown == "Probeer het over 4 seconden opnieuw."
    assert not screen.unlock_button.isEnabled()
    assert screen.passphrase_field.isEnabled()  # typing ahead is fine

    clock.now += 2.5
    qtbot.waitUntil(lambda: screen.countdown == "Probeer het over 2 seconden opnieuw.",
                    timeout=3_000)
    clock.now += 1.0
    qtbot.waitUntil(lambda: screen.countdown == "Probeer het over 1 seconde opnieuw.",
                    timeout=3_000)
    # Return while waiting does nothing: no attempt is made.
    type_and_unlock(qtbot, screen, PASSPHRASE)
    assert not unlocked and screen.passphrase_field.text() == PASSPHRASE
    screen.passphrase_field.clear()

    # The store's own throttle is over too (its delay is counted in real time).
    (made / throttle.THROTTLE_FILE).unlink()
    clock.now += 1.0
    qtbot.waitUntil(screen.unlock_button.isEnabled, timeout=3_000)
    assert screen.countdown == ""
    type_and_unlock(qtbot, screen, PASSPHRASE)
    qtbot.waitUntil(lambda: bool(unlocked), timeout=10_000)
    unlocked[0].close()
    screen.shutdown()
    assert not screen._timer.isActive()


def test_wrong_passphrase_waits_for_real(qtbot, settings: AppSettings, made: Path) -> None:  # type: ignore[no-untyped-def]
    """With the store's real delay (1 s after the first mistake) and the real clock."""
    screen = make_screen(qtbot, settings, made)
    type_and_unlock(qtbot, screen, WRONG)
    qtbot.waitUntil(lambda: screen.countdown != "", timeout=10_000)
    assert screen.countdown == "Probeer het over 1 seconde opnieuw."
    assert not screen.unlock_button.isEnabled()
    qtbot.waitUntil(screen.unlock_button.isEnabled, timeout=5_000)
    with qtbot.waitSignal(screen.unlocked, timeout=10_000) as blocker:
        type_and_unlock(qtbot, screen, PASSPHRASE)
    blocker.args[0].close()
    screen.shutdown()


def test_too_early_after_a_restart_shows_the_wait(
    qtbot, settings: AppSettings, made: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setattr(throttle, "delay_after", lambda failures: 30.0 if failures > 0 else 0.0)
    with pytest.raises(vault.WrongPassphrase):
        Store.open(made, WRONG)  # an earlier session's mistake
    screen = make_screen(qtbot, settings, made)
    qtbot.waitUntil(lambda: screen.countdown != "", timeout=10_000)
    assert screen.countdown == "Probeer het over 30 seconden opnieuw."
    assert "te vaak" in screen.message
    assert not screen.unlock_button.isEnabled()
    screen.shutdown()
    assert not screen._timer.isActive()


def test_missing_vault_is_explained(qtbot, settings: AppSettings, made: Path) -> None:  # type: ignore[no-untyped-def]
    (made / vault.VAULT_FILE).unlink()
    screen = make_screen(qtbot, settings, made)
    qtbot.waitUntil(lambda: screen.message != "", timeout=10_000)
    assert "sleutelkluis" in screen.message and "ontbreekt" in screen.message
    type_and_unlock(qtbot, screen, PASSPHRASE)
    qtbot.waitUntil(lambda: screen.unlock_button.isEnabled(), timeout=10_000)
    assert "sleutelkluis" in screen.message
    assert not (made / DB_FILE).with_name("vault.json").exists()  # nothing was created
    screen.shutdown()


def test_empty_passphrase_is_not_tried(qtbot, settings: AppSettings, made: Path) -> None:  # type: ignore[no-untyped-def]
    screen = make_screen(qtbot, settings, made)
    qtbot.keyClick(screen.passphrase_field, Qt.Key.Key_Return)
    assert screen.message == "Vul eerst je wachtwoordzin in."
    assert (made / throttle.THROTTLE_FILE).exists() is False
    screen.shutdown()


def test_shutdown_then_reuse(qtbot, settings: AppSettings, made: Path) -> None:  # type: ignore[no-untyped-def]
    screen = make_screen(qtbot, settings, made)
    screen.shutdown()
    screen.shutdown()  # idempotent
    with qtbot.waitSignal(screen.unlocked, timeout=10_000) as blocker:
        type_and_unlock(qtbot, screen, PASSPHRASE)
    blocker.args[0].close()
    screen.shutdown()


def _label_texts(screen) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    return (screen._label.text().replace("&", ""), screen._subtitle.text())


def test_without_a_device_secret_the_screen_asks_a_passphrase_only(
    qtbot, settings: AppSettings, made: Path  # type: ignore[no-untyped-def]
) -> None:
    screen = make_screen(qtbot, settings, made)
    qtbot.wait(300)  # the vault is read in the background
    label, subtitle = _label_texts(screen)
    assert label == "Wachtwoordzin"
    assert "pincode" not in subtitle
    assert not screen.pin_allowed
    screen.shutdown()


def test_with_a_keyring_device_secret_a_pin_is_mentioned(
    qtbot, settings: AppSettings, data_dir: Path, trusted_keyring  # type: ignore[no-untyped-def]
) -> None:
    Store.create(data_dir, "493817", worker_name="Medewerker", use_keyring=True).close()
    screen = make_screen(qtbot, settings, data_dir)
    qtbot.waitUntil(lambda: screen.pin_allowed, timeout=5000)
    label, subtitle = _label_texts(screen)
    assert label == "Wachtwoordzin of pincode"
    assert "pincode" in subtitle
    screen.shutdown()
