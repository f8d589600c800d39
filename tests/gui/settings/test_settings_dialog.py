"""Settings: language and auto-lock persist and are announced; the key moves both ways safely."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from testsupport import PASSPHRASE
from voordeur.gui.common.app_settings import AppSettings
from voordeur.gui.common.context import AppContext
from voordeur.gui.settings.dialog import SettingsDialog
from voordeur.store import throttle, vault
from voordeur.store.store import Store

PIN = "493817"
LONG = "een nieuwe lange wachtwoordzin"


def make_dialog(qtbot: QtBot, settings: AppSettings, ctx: AppContext | None) -> SettingsDialog:
    dialog = SettingsDialog(settings, ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def wait_for_key_state(qtbot: QtBot, dialog: SettingsDialog) -> None:
    qtbot.waitUntil(lambda: dialog.key_state is not None, timeout=10_000)


def test_language_change_emits_and_persists(
    qtbot: QtBot, settings: AppSettings, ctx: AppContext
) -> None:
    dialog = make_dialog(qtbot, settings, ctx)
    assert dialog.language_combo.currentText() == "Nederlands"
    with qtbot.waitSignal(dialog.language_changed, timeout=1_000) as blocker:
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findText("English"))
    assert blocker.args == ["en"]
    assert settings.language == "en"
    assert AppSettings(settings.path).language == "en"  # on disk
    dialog.close()

    again = make_dialog(qtbot, settings, ctx)
    assert again.language_combo.currentText() == "English"  # shows what is stored
    again.close()


def test_autolock_persists(qtbot: QtBot, settings: AppSettings, ctx: AppContext) -> None:
    dialog = make_dialog(qtbot, settings, ctx)
    combo = dialog.autolock_combo
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts == ["1 minuut", "2 minuten", "5 minuten", "10 minuten", "15 minuten",
                     "30 minuten"]
    assert combo.currentText() == "5 minuten"  # the default
    with qtbot.waitSignal(dialog.autolock_changed, timeout=1_000) as blocker:
        combo.setCurrentIndex(combo.findData(15))
    assert blocker.args == [15]
    assert AppSettings(settings.path).autolock_minutes == 15
    # Keyboard: the label's buddy is the combo box.
    combo.setFocus()
    with qtbot.waitSignal(dialog.autolock_changed, timeout=1_000) as blocker:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert blocker.args == [30]
    dialog.close()


def test_no_trusted_keyring_disables_the_keyring_option_with_the_reason(
    qtbot: QtBot, settings: AppSettings, ctx: AppContext
) -> None:
    dialog = make_dialog(qtbot, settings, ctx)
    wait_for_key_state(qtbot, dialog)
    assert dialog.key_state is not None
    assert dialog.key_state.uses_keyring is False
    assert dialog.passphrase_only_radio.isChecked()
    assert not dialog.keyring_radio.isEnabled()
    assert dialog.keyring_reason.isVisible()
    assert "geen beveiligde sleutelhanger" in dialog.keyring_reason.text()
    assert dialog.key_status.text() == "Nu: alleen wachtwoordzin."
    assert not dialog.key_panel.isVisible()
    dialog.close()


def test_key_moves_to_the_keyring_and_back(
    qtbot: QtBot, settings: AppSettings, data_dir: Path, trusted_keyring: object
) -> None:
    Store.create(data_dir, PASSPHRASE, worker_name="Medewerker", use_keyring=False).close()
    settings.data_dir = data_dir
    dialog = make_dialog(qtbot, settings, None)  # no open store: the dialog's own runner
    wait_for_key_state(qtbot, dialog)
    assert dialog.keyring_radio.isEnabled() and not dialog.keyring_reason.isVisible()

    # To the keyring: only the current passphrase is asked; a wrong one changes nothing.
    dialog.keyring_radio.click()
    assert dialog.key_panel.isVisible()
    assert not dialog.new_field.isVisible()
    assert not dialog.apply_key_button.isEnabled()
    qtbot.keyClicks(dialog.current_field, "dit is hem niet")
    assert dialog.apply_key_button.isEnabled()
    qtbot.keyClick(dialog.current_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.key_message.text() == "Die wachtwoordzin klopt niet.",
                    timeout=10_000)
    assert dialog.current_field.text() == ""
    assert vault.read_vault(data_dir).uses_device_secret is False
    (data_dir / throttle.THROTTLE_FILE).unlink()  # skip the 1 s delay after the mistake

    qtbot.keyClicks(dialog.current_field, PASSPHRASE)
    dialog.apply_key_button.click()
    qtbot.waitUntil(lambda: not dialog.key_panel.isVisible(), timeout=10_000)
    assert dialog.key_state is not None and dialog.key_state.uses_keyring is True
    assert dialog.keyring_radio.isChecked()
    assert "verplaatst" in dialog.key_status.text()
    assert vault.read_vault(data_dir).uses_device_secret is True
    with Store.open(data_dir, PASSPHRASE) as store:
        assert store.meta("worker_id")

    # And back to passphrase-only: the long passphrase is enough, no new one needed.
    dialog.passphrase_only_radio.click()
    assert dialog.new_field.isVisible()
    qtbot.keyClicks(dialog.current_field, PASSPHRASE)
    assert dialog.key_message.text() == ""
    dialog.apply_key_button.click()
    qtbot.waitUntil(lambda: not dialog.key_panel.isVisible(), timeout=10_000)
    assert vault.read_vault(data_dir).uses_device_secret is False
    assert dialog.passphrase_only_radio.isChecked()
    with Store.open(data_dir, PASSPHRASE) as store:
        assert store.meta("worker_id")
    dialog.close()
    dialog.shutdown()


def test_pin_store_to_passphrase_only_asks_a_long_passphrase(
    qtbot: QtBot, settings: AppSettings, data_dir: Path, trusted_keyring: object
) -> None:
    store = Store.create(data_dir, PIN, worker_name="Medewerker")
    from voordeur.gui.common.context import make_context

    ctx = make_context(store, settings)
    try:
        dialog = make_dialog(qtbot, settings, ctx)
        wait_for_key_state(qtbot, dialog)
        assert dialog.keyring_radio.isChecked()
        assert dialog.key_status.text().startswith("Nu: in de sleutelhanger van het systeem")
        dialog.passphrase_only_radio.click()
        qtbot.keyClicks(dialog.current_field, PIN)
        assert not dialog.apply_key_button.isEnabled()
        assert "minder dan 12 tekens" in dialog.key_message.text()
        qtbot.keyClicks(dialog.new_field, "te kort")
        assert not dialog.apply_key_button.isEnabled()
        assert dialog.key_message.text().startswith("Nog te kort")
        dialog.new_field.clear()
        qtbot.keyClicks(dialog.new_field, LONG)
        qtbot.keyClicks(dialog.repeat_field, LONG[:-1])
        assert dialog.key_message.text() == "De twee wachtwoordzinnen zijn niet gelijk."
        qtbot.keyClicks(dialog.repeat_field, LONG[-1])
        assert dialog.apply_key_button.isEnabled()
        dialog.apply_key_button.click()
        qtbot.waitUntil(lambda: not dialog.key_panel.isVisible(), timeout=10_000)
        assert "nieuwe wachtwoordzin" in dialog.key_status.text()
        assert dialog.new_field.text() == "" and dialog.current_field.text() == ""
        # The open store keeps working: only the key's wrapping changed.
        assert ctx.runner.run_now(lambda: store.meta("worker_id"))
        dialog.close()
    finally:
        ctx.runner.close()
        store.close()
    with pytest.raises(vault.WrongPassphrase):
        vault.unwrap_data_key(data_dir, PIN)
    with Store.open(data_dir, LONG) as reopened:
        assert reopened.meta("worker_id")


def test_cancel_leaves_the_key_where_it_is(
    qtbot: QtBot, settings: AppSettings, data_dir: Path, trusted_keyring: object
) -> None:
    Store.create(data_dir, PIN, worker_name="Medewerker").close()
    settings.data_dir = data_dir
    before = (data_dir / vault.VAULT_FILE).read_bytes()
    dialog = make_dialog(qtbot, settings, None)
    wait_for_key_state(qtbot, dialog)
    dialog.passphrase_only_radio.click()
    qtbot.keyClicks(dialog.current_field, PIN)
    dialog.cancel_key_button.click()
    assert not dialog.key_panel.isVisible()
    assert dialog.keyring_radio.isChecked()
    assert dialog.current_field.text() == ""
    assert (data_dir / vault.VAULT_FILE).read_bytes() == before
    dialog.close()


def test_data_folder_is_shown_and_opened(
    qtbot: QtBot, settings: AppSettings, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []

    def fake_open(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", fake_open)
    dialog = make_dialog(qtbot, settings, ctx)
    assert dialog.data_dir_field.text() == str(ctx.store.data_dir)
    assert dialog.data_dir_field.isReadOnly()
    qtbot.mouseClick(dialog.open_data_dir_button, Qt.MouseButton.LeftButton)
    assert opened and opened[0].toLocalFile() == str(ctx.store.data_dir)
    dialog.close()


def test_without_a_store_the_key_section_says_so(
    qtbot: QtBot, settings: AppSettings, tmp_path: Path
) -> None:
    settings.data_dir = tmp_path / "leeg"
    dialog = make_dialog(qtbot, settings, None)
    qtbot.waitUntil(lambda: dialog.key_status.text() != "", timeout=10_000)
    assert dialog.key_status.text() == "In deze gegevensmap staat nog geen opslag."
    assert not dialog.keyring_radio.isEnabled() and not dialog.passphrase_only_radio.isEnabled()
    dialog.close()
    dialog.shutdown()
