"""The first-run wizard: a PIN only with a trusted keyring, a name required, then a real store."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from voordeur.gui.common.app_settings import AppSettings
from voordeur.gui.unlock.first_run import FirstRunWizard
from voordeur.model import Team, Worker
from voordeur.store import vault
from voordeur.store.store import Store

LONG = "de kat zit op de mat 2026"
PIN = "482915"


def make_wizard(qtbot: QtBot, settings: AppSettings, data_dir: Path) -> FirstRunWizard:
    wizard = FirstRunWizard(settings, data_dir)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.keyring_trusted is not None, timeout=10_000)
    return wizard


def next_enabled(wizard: FirstRunWizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def go_next(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    assert next_enabled(wizard)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def fill_passphrase(qtbot: QtBot, wizard: FirstRunWizard, first: str, second: str) -> None:
    page = wizard.passphrase_page
    page.passphrase_field.clear()
    page.repeat_field.clear()
    qtbot.keyClicks(page.passphrase_field, first)
    qtbot.keyClicks(page.repeat_field, second)


def test_creates_a_store_with_a_long_passphrase_without_keyring(
    qtbot: QtBot, settings: AppSettings, data_dir: Path
) -> None:
    wizard = make_wizard(qtbot, settings, data_dir)
    assert wizard.keyring_trusted is False
    assert wizard.currentPage() is wizard.welcome_page
    go_next(qtbot, wizard)
    page = wizard.passphrase_page
    assert wizard.currentPage() is page
    situation = page.findChild(type(page.problem_label), "keyringSituation").text()
    assert situation == ("Deze laptop heeft geen beveiligde sleutelhanger. Kies een "
                         "wachtwoordzin van minstens 12 tekens.")
    assert not next_enabled(wizard)

    fill_passphrase(qtbot, wizard, LONG, LONG[:-1])
    assert not next_enabled(wizard)
    assert page.problem_label.text() == "De twee wachtwoordzinnen zijn niet gelijk."
    qtbot.keyClicks(page.repeat_field, LONG[-1])
    assert next_enabled(wizard)
    assert page.problem_label.text() == ""
    go_next(qtbot, wizard)

    about = wizard.about_page
    assert not next_enabled(wizard)  # the name is required
    qtbot.keyClicks(about.name_field, "Sanne de Vries")
    qtbot.keyClicks(about.team_field, "Wijkteam Zuid")
    qtbot.keyClicks(about.neighbourhood_field, "Zwolle-Zuid")
    go_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.done_page
    summary = wizard.done_page.findChild(type(page.problem_label), "summaryKey").text()
    assert summary == "alleen wachtwoordzin"
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.text() == "Opslag &maken"

    with qtbot.waitSignal(wizard.store_created, timeout=10_000) as blocker:
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    store = blocker.args[0]
    try:
        assert isinstance(store, Store)
        with store.session() as session:
            worker = session.get(Worker, store.actor.worker_id)
            assert worker is not None
            assert worker.name == "Sanne de Vries"
            assert worker.neighbourhood == "Zwolle-Zuid"
            team = session.get(Team, worker.team_id)
            assert team is not None and team.name == "Wijkteam Zuid"
    finally:
        store.close()
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert page.passphrase_field.text() == ""  # the passphrase does not linger
    assert vault.read_vault(data_dir).uses_device_secret is False
    with Store.open(data_dir, LONG) as reopened:
        assert reopened.meta("worker_id") == store.actor.worker_id
    wizard.shutdown()


def test_pin_refused_without_keyring(
    qtbot: QtBot, settings: AppSettings, data_dir: Path
) -> None:
    wizard = make_wizard(qtbot, settings, data_dir)
    go_next(qtbot, wizard)
    page = wizard.passphrase_page
    fill_passphrase(qtbot, wizard, PIN, PIN)
    assert not next_enabled(wizard)
    assert page.problem_label.text() == (
        "Nog te kort: kies minstens 12 tekens (nu 6). Een pincode is op deze laptop niet genoeg.")
    fill_passphrase(qtbot, wizard, "   " + "elf tekens!" + "  ", "   elf tekens!  ")
    assert not next_enabled(wizard)  # spaces around do not count
    wizard.shutdown()
    assert not data_dir.exists()


def test_pin_accepted_with_trusted_keyring(
    qtbot: QtBot, settings: AppSettings, data_dir: Path, trusted_keyring: object
) -> None:
    wizard = make_wizard(qtbot, settings, data_dir)
    assert wizard.keyring_trusted is True
    go_next(qtbot, wizard)
    page = wizard.passphrase_page
    situation = page.findChild(type(page.problem_label), "keyringSituation").text()
    assert situation == ("Deze laptop heeft een beveiligde sleutelhanger; een pincode van 6 "
                         "cijfers is genoeg.")
    fill_passphrase(qtbot, wizard, PIN[:5], PIN[:5])
    assert not next_enabled(wizard)
    assert "minstens 6 tekens" in page.problem_label.text()
    fill_passphrase(qtbot, wizard, PIN, PIN)
    assert next_enabled(wizard)
    # Keyboard only from here: Return is Next, then the name, Return, Return creates.
    qtbot.keyClick(page.repeat_field, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.about_page
    qtbot.keyClicks(wizard.about_page.name_field, "Mehmet Yilmaz")
    qtbot.keyClick(wizard.about_page.name_field, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.done_page
    with qtbot.waitSignal(wizard.store_created, timeout=10_000) as blocker:
        qtbot.keyClick(wizard.currentPage(), Qt.Key.Key_Return)
    blocker.args[0].close()
    assert vault.read_vault(data_dir).uses_device_secret is True
    with Store.open(data_dir, PIN) as reopened:
        assert reopened.meta("worker_id")
    wizard.shutdown()


def test_name_is_required(qtbot: QtBot, settings: AppSettings, data_dir: Path) -> None:
    wizard = make_wizard(qtbot, settings, data_dir)
    go_next(qtbot, wizard)
    fill_passphrase(qtbot, wizard, LONG, LONG)
    go_next(qtbot, wizard)
    about = wizard.about_page
    qtbot.keyClicks(about.name_field, "   ")
    assert not next_enabled(wizard)
    qtbot.keyClicks(about.team_field, "Team zonder naam")
    assert not next_enabled(wizard)
    qtbot.keyClicks(about.name_field, "Ada")
    assert next_enabled(wizard)
    wizard.shutdown()


def test_existing_store_is_never_overwritten(
    qtbot: QtBot, settings: AppSettings, data_dir: Path
) -> None:
    wizard = make_wizard(qtbot, settings, data_dir)
    go_next(qtbot, wizard)
    fill_passphrase(qtbot, wizard, LONG, LONG)
    go_next(qtbot, wizard)
    qtbot.keyClicks(wizard.about_page.name_field, "Ada")
    go_next(qtbot, wizard)
    Store.create(data_dir, "een andere lange zin", worker_name="Iemand anders").close()
    before = (data_dir / vault.VAULT_FILE).read_bytes()
    created: list[object] = []
    wizard.store_created.connect(created.append)
    wizard.accept()
    status = wizard.done_page.status_label
    qtbot.waitUntil(lambda: "al een Voordeur-opslag" in status.text(), timeout=10_000)
    assert not created
    assert (data_dir / vault.VAULT_FILE).read_bytes() == before
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert wizard.passphrase_page.passphrase == LONG  # nothing typed is lost
    wizard.shutdown()


def test_cancel_is_ignored_while_creating(
    qtbot: QtBot, settings: AppSettings, data_dir: Path
) -> None:
    wizard = make_wizard(qtbot, settings, data_dir)
    go_next(qtbot, wizard)
    fill_passphrase(qtbot, wizard, LONG, LONG)
    go_next(qtbot, wizard)
    qtbot.keyClicks(wizard.about_page.name_field, "Ada")
    go_next(qtbot, wizard)
    with qtbot.waitSignal(wizard.store_created, timeout=10_000) as blocker:
        wizard.accept()
        assert wizard.creating
        assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
        wizard.reject()  # Escape while the store is being made
        assert wizard.isVisible()
    blocker.args[0].close()
    wizard.shutdown()
