"""Translations: the .ts is sound, placeholders survive, and switching language really switches."""

from __future__ import annotations

import gc
import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from voordeur.gui.common import i18n
from voordeur.gui.common.app_settings import AppSettings
from voordeur.gui.common.errors import describe_error
from voordeur.gui.settings.dialog import SettingsDialog
from voordeur.gui.unlock.unlock_screen import UnlockScreen
from voordeur.model.catalogues import Theme
from voordeur.store import vault

ROOT = Path(__file__).resolve().parents[3]


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("voordeur_translations_script",
                                                  ROOT / "scripts" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


script = load_script()


@pytest.fixture(scope="module")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The English .qm built from the committed .ts, into a temporary folder (offline)."""
    out = tmp_path_factory.mktemp("translations")
    script.build(out / "voordeur_en.qm", quiet=True)
    return out


@pytest.fixture
def languages(qapp: QApplication, qm_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """install_translations works on the freshly built .qm; afterwards the app is as before."""
    monkeypatch.setattr(i18n, "translations_dir", lambda: qm_dir)
    locale = QLocale()
    yield
    gc.collect()  # widgets of the test go now, not in the middle of the events below
    for translator in i18n._installed:
        qapp.removeTranslator(translator)
    i18n._installed.clear()
    i18n._language = "nl"
    QLocale.setDefault(locale)
    QCoreApplication.sendPostedEvents()


def switch(language: str) -> None:
    """Install a language and deliver its LanguageChange events now, while the test's widgets
    are certainly alive (a Python-owned widget freed by the garbage collector in the middle of
    that delivery would crash Qt)."""
    assert i18n.install_translations(language) is True
    QCoreApplication.sendPostedEvents()


# -- the .ts file ------------------------------------------------------------------------------

def test_ts_parses_with_the_right_languages() -> None:
    import xml.etree.ElementTree as ET

    root = ET.parse(script.TS_FILE).getroot()
    assert root.get("sourcelanguage") == "nl_NL"
    assert root.get("language") == "en_GB"
    entries = script.read_ts()
    assert len(entries) > 100
    assert all(entry.source for entry in entries)


def test_finished_translations_keep_placeholders_and_plurals() -> None:
    checked = 0
    for entry in script.read_ts():
        if not (entry.active and entry.finished):
            continue
        for form in entry.forms:
            assert set(script.PLACEHOLDER.findall(form)) == set(
                script.PLACEHOLDER.findall(entry.source)), (entry.context, entry.source, form)
            assert ("%n" in form) == ("%n" in entry.source), (entry.context, entry.source, form)
        if entry.numerus:
            assert len(entry.forms) == 2, entry.source  # English: singular and plural
        checked += 1
    assert checked > 100
    assert script.problems()[1] == []


def test_placeholder_check_catches_mistakes() -> None:
    assert script.placeholder_problem("Laatste contact: {date}", "Last contact: {date}") is None
    assert script.placeholder_problem("Laatste contact: {date}", "Last contact: {datum}")
    assert script.placeholder_problem("%n bezoeken", "visits")
    assert script.placeholder_problem("bezoeken", "%n visits")


def test_catalogue_and_helper_strings_are_in_the_ts() -> None:
    by_context: dict[str, dict[str, object]] = {}
    for entry in script.read_ts():
        if entry.active:
            by_context.setdefault(entry.context, {})[entry.source] = entry
    catalogue = by_context[i18n.CATALOGUE_CONTEXT]
    missing = [label for label in i18n.all_catalogue_labels() if label not in catalogue]
    assert missing == []
    # errors.py's strings go through a helper lupdate cannot see; update finds them anyway.
    assert "Die wachtwoordzin klopt niet." in by_context["Errors"]
    plural = by_context["Errors"][
        "Te vaak een verkeerde wachtwoordzin. Probeer het over %n seconden opnieuw."]
    assert plural.numerus  # type: ignore[attr-defined]


def test_this_screens_strings_are_all_translated() -> None:
    mine = {"UnlockScreen", "WelcomePage", "PassphrasePage", "AboutYouPage", "DonePage",
            "FirstRunWizard", "PassphraseRules", "SettingsDialog", "SettingsForm", "Errors",
            i18n.CATALOGUE_CONTEXT}
    unfinished = [(e.context, e.source) for e in script.problems()[0] if e.context in mine]
    assert unfinished == []


def test_helper_extraction_reads_the_syntax_tree(tmp_path: Path) -> None:
    module = tmp_path / "helpers.py"
    module.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "def _t(text, n=-1):\n"
        "    return QCoreApplication.translate('Ctx', text, None, n)\n"
        "A = _t('een')\n"
        "B = _t('%n twee', 2)\n"
        "C = _t(variable)\n", encoding="utf-8")
    found = script.helper_messages([module])
    assert [(e.context, e.source, e.numerus, e.line) for e in found] == [
        ("Ctx", "een", False, 4), ("Ctx", "%n twee", True, 5)]


def test_direct_translate_plurals_are_recognised(tmp_path: Path) -> None:
    """lupdate misses the plural when the count is a variable; update lists these itself."""
    module = tmp_path / "direct.py"
    module.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "def f(days, items):\n"
        "    a = QCoreApplication.translate('X', '%n dagen', None, days)\n"
        "    b = QCoreApplication.translate('X', '%n dingen', None, len(items))\n"
        "    c = QCoreApplication.translate('X', 'gewoon')\n"
        "    d = QCoreApplication.translate('X', 'ook gewoon', None, -1)\n", encoding="utf-8")
    found = script.direct_messages([module])
    assert [(e.source, e.numerus) for e in found] == [
        ("%n dagen", True), ("%n dingen", True), ("gewoon", False), ("ook gewoon", False)]


# -- switching language ----------------------------------------------------------------------

def cancel_text() -> str:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)  # owned (and freed) by Python
    return box.button(QDialogButtonBox.StandardButton.Cancel).text()


def test_english_then_back_to_dutch(
    qtbot: QtBot, languages: None, settings: AppSettings, tmp_path: Path
) -> None:
    switch("en")
    assert i18n.current_language() == "en"
    assert QCoreApplication.translate("UnlockScreen", "Ontgrendelen") == "Unlock"
    assert i18n.catalogue_label(Theme.DIVORCE) == "Divorce"
    assert describe_error(vault.WrongPassphrase()) == "That passphrase is not right."
    assert cancel_text() == "Cancel"

    screen = UnlockScreen(settings, tmp_path / "store")
    qtbot.addWidget(screen)
    assert screen.unlock_button.text() == "Unlock"
    screen._start_countdown(2.5)
    assert screen.countdown == "Try again in 3 seconds."
    screen.shutdown()

    switch("nl")
    assert cancel_text() == "Annuleren"  # Qt's own qtbase_nl
    assert QCoreApplication.translate("UnlockScreen", "Ontgrendelen") == "Ontgrendelen"
    assert i18n.catalogue_label(Theme.DIVORCE) == "Echtscheiding"
    assert screen.unlock_button.text() == "Ontgrendelen"  # retranslated on LanguageChange
    screen.close()


def test_open_settings_dialog_follows_a_language_switch(
    qtbot: QtBot, languages: None, settings: AppSettings, tmp_path: Path
) -> None:
    settings.data_dir = tmp_path / "leeg"
    switch("nl")
    dialog = SettingsDialog(settings, None)
    qtbot.addWidget(dialog)
    label = dialog.form.findChild(QLabel, "languageLabel")
    assert label.text() == "&Taal"
    assert dialog.windowTitle() == "Instellingen"
    assert dialog.autolock_combo.currentText() == "5 minuten"

    dialog.language_combo.setCurrentIndex(dialog.language_combo.findText("English"))
    switch(settings.language)  # what the main window does on the signal
    assert label.text() == "&Language"  # the .ui form retranslates itself
    assert dialog.windowTitle() == "Settings"
    assert dialog.autolock_combo.currentText() == "5 minutes"
    assert dialog.autolock_combo.itemText(0) == "1 minute"
    qtbot.waitUntil(lambda: dialog.key_status.text() != "", timeout=10_000)
    assert dialog.key_status.text() == "There is no store in this data folder yet."
    dialog.close()
    dialog.shutdown()
