"""Settings: language, auto-lock, the team server, where the key is kept, and the data folder.

The form is `ui/settings_dialog.ui`, loaded at run time with QUiLoader (no generated code); its
strings are translated in the context "SettingsForm" and follow a language switch by themselves
(`setLanguageChangeEnabled`). Language and auto-lock take effect at once: they are stored in the
settings and announced with `language_changed(lang)` / `autolock_changed(minutes)`.

Moving the key between the system keyring and passphrase-only re-wraps the data key
(`vault.set_key_location`) in the background — on the context's runner when the store is open,
otherwise on the dialog's own runner — after the worker has given the current passphrase. Wrong
passphrases count towards the same increasing delay as the unlock screen.

The "Profiel" group (`profile_group.ProfileGroup`, only with an open store) changes the worker's
name, organisation, team, wijk, phone and e-mail, and opens the team's sociale kaart
(`social_map_dialog.SocialMapDialog`).

The "Teamserver" group (`team_login_dialog.TeamServerGroup`, only with an open store) says
whether the store is linked, and asks the window for the login dialog (`team_login_requested`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QFile, QIODevice, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QResizeEvent
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from voordeur.gui.common.app_settings import AUTOLOCK_CHOICES, LANGUAGES, AppSettings
from voordeur.gui.common.context import AppContext
from voordeur.gui.common.errors import describe_error
from voordeur.gui.common.runner import BackgroundRunner
from voordeur.gui.common.style import ERROR_COLOUR
from voordeur.gui.settings.key_storage import KeyState, move_key, read_key_state
from voordeur.gui.settings.profile_group import ProfileGroup
from voordeur.gui.settings.social_map_dialog import SocialMapDialog
from voordeur.gui.settings.team_server_group import TeamServerGroup
from voordeur.gui.sync.team_link import TeamLink, read_team_link
from voordeur.gui.unlock.passphrase_rules import passphrase_problem, repeat_problem
from voordeur.gui.unlock.unlock_screen import submit_safely
from voordeur.paths import ui_dir
from voordeur.store import device_secret, vault
from voordeur.store.store import StoreLocked

UI_FILE = "settings_dialog.ui"


def load_form(parent: QWidget) -> QWidget:
    loader = QUiLoader(parent)
    loader.setLanguageChangeEnabled(True)  # the form retranslates itself on a language switch
    path = ui_dir() / UI_FILE
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"cannot read the form {path}")
    try:
        form = loader.load(file, parent)
    finally:
        file.close()
    if form is None:
        raise RuntimeError(f"cannot load the form {path}: {loader.errorString()}")
    return form


class SettingsDialog(QDialog):
    """The settings; works with an unlocked store (`ctx`) or without one (`None`)."""

    language_changed = Signal(str)
    autolock_changed = Signal(int)
    team_login_requested = Signal()  # "Aanmelden…" in the Teamserver group

    def __init__(self, settings: AppSettings, ctx: AppContext | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self._settings = settings
        self._ctx = ctx
        self._own_runner: BackgroundRunner | None = None
        self.data_dir = Path(ctx.store.data_dir) if ctx is not None else settings.data_dir
        self.key_state: KeyState | None = None
        self._key_error: str = ""
        self._key_busy = False
        self._last_done = ""  # what the last key move did, said again after a language switch
        self._syncing = False

        self.form = load_form(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        f = self.form
        self.language_combo: QComboBox = f.findChild(QComboBox, "languageCombo")
        self.autolock_combo: QComboBox = f.findChild(QComboBox, "autolockCombo")
        self.keyring_radio: QRadioButton = f.findChild(QRadioButton, "keyringRadio")
        self.passphrase_only_radio: QRadioButton = f.findChild(QRadioButton,
                                                               "passphraseOnlyRadio")
        self.keyring_reason: QLabel = f.findChild(QLabel, "keyringReasonLabel")
        self.key_status: QLabel = f.findChild(QLabel, "keyStatusLabel")
        self.key_panel: QFrame = f.findChild(QFrame, "keyChangePanel")
        self.key_panel_title: QLabel = f.findChild(QLabel, "keyChangeTitle")
        self.current_field: QLineEdit = f.findChild(QLineEdit, "currentPassphraseField")
        self.new_field: QLineEdit = f.findChild(QLineEdit, "newPassphraseField")
        self.repeat_field: QLineEdit = f.findChild(QLineEdit, "repeatPassphraseField")
        self._new_label: QLabel = f.findChild(QLabel, "newPassphraseLabel")
        self._repeat_label: QLabel = f.findChild(QLabel, "repeatPassphraseLabel")
        self._new_hint: QLabel = f.findChild(QLabel, "newPassphraseHint")
        self.key_message: QLabel = f.findChild(QLabel, "keyChangeMessage")
        self.apply_key_button: QPushButton = f.findChild(QPushButton, "applyKeyButton")
        self.cancel_key_button: QPushButton = f.findChild(QPushButton, "cancelKeyButton")
        self.data_dir_field: QLineEdit = f.findChild(QLineEdit, "dataDirField")
        self.open_data_dir_button: QPushButton = f.findChild(QPushButton, "openDataDirButton")
        self.data_dir_message: QLabel = f.findChild(QLabel, "dataDirMessage")
        self.button_box: QDialogButtonBox = f.findChild(QDialogButtonBox, "buttonBox")

        self._setup_general()
        self._setup_key()
        self._setup_data_dir()
        self.profile_group: ProfileGroup | None = None
        self.social_map_dialog: SocialMapDialog | None = None
        if ctx is not None:  # the worker's profile, after "Algemeen"
            self.profile_group = ProfileGroup(ctx, self.form)
            self.form.layout().insertWidget(1, self.profile_group)
            self.profile_group.social_map_requested.connect(self.open_social_map)
        self.team_group = TeamServerGroup(self.form)
        self.form.layout().insertWidget(2 if ctx is not None else 1, self.team_group)
        self.team_group.setVisible(ctx is not None)
        self.team_group.login_requested.connect(self.team_login_requested.emit)
        chain: list[QWidget] = [self.autolock_combo]
        if self.profile_group is not None:
            chain += [self.profile_group.edit_button, self.profile_group.social_map_button]
        for before, after in zip(chain, [*chain[1:], self.team_group.login_button], strict=True):
            QWidget.setTabOrder(before, after)
        self.button_box.rejected.connect(self.reject)
        for button in self.button_box.buttons():
            # Return in a passphrase field must not close the dialog.
            button.setAutoDefault(False)
            button.setDefault(False)
        self._retranslate()
        em = self.fontMetrics().horizontalAdvance("m")
        self.resize(max(self.sizeHint().width(), 46 * em), self.sizeHint().height())
        self.fit_height()
        self._load_key_state()
        self.reload_team_link()

    # -- language and auto-lock -------------------------------------------------------------
    def _setup_general(self) -> None:
        combo = self.language_combo
        for index, language in enumerate(LANGUAGES):
            combo.setItemData(index, language)
        self._syncing = True
        combo.setCurrentIndex(max(0, combo.findData(self._settings.language)))
        self._syncing = False
        combo.currentIndexChanged.connect(self._language_picked)

        minutes = self._settings.autolock_minutes
        choices = sorted({*AUTOLOCK_CHOICES, minutes})
        self._syncing = True
        for value in choices:
            self.autolock_combo.addItem("", value)
        self.autolock_combo.setCurrentIndex(self.autolock_combo.findData(minutes))
        self._syncing = False
        self.autolock_combo.currentIndexChanged.connect(self._autolock_picked)

    def _minutes_text(self, minutes: int) -> str:
        if minutes == 1:
            return self.tr("1 minuut")
        return self.tr("%n minuten", None, minutes)

    def _language_picked(self, index: int) -> None:
        if self._syncing or index < 0:
            return
        language = str(self.language_combo.itemData(index))
        if language != self._settings.language:
            self._settings.language = language
        self.language_changed.emit(language)

    def _autolock_picked(self, index: int) -> None:
        if self._syncing or index < 0:
            return
        minutes = int(self.autolock_combo.itemData(index))
        self._settings.autolock_minutes = minutes
        self.autolock_changed.emit(minutes)

    # -- where the key is kept --------------------------------------------------------------
    def _setup_key(self) -> None:
        self.keyring_radio.setEnabled(False)
        self.passphrase_only_radio.setEnabled(False)
        self.keyring_radio.toggled.connect(self._location_picked)
        self.key_panel.hide()
        self.keyring_reason.hide()
        self.key_message.setStyleSheet(f"color: {ERROR_COLOUR};")
        for field in (self.current_field, self.new_field, self.repeat_field):
            field.textChanged.connect(self._key_fields_changed)
            field.returnPressed.connect(self.apply_key_location)
        self.apply_key_button.clicked.connect(self.apply_key_location)
        self.cancel_key_button.clicked.connect(self.cancel_key_change)

    def _load_key_state(self) -> None:
        data_dir = self.data_dir
        self._submit(lambda: read_key_state(data_dir), self._on_key_state,
                     self._on_key_state_error)

    def _on_key_state(self, state: KeyState) -> None:
        if not isValid(self):
            return
        self.key_state = state
        self._key_error = ""
        self._show_key_state()

    def _on_key_state_error(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self.key_state = None
        if isinstance(exc, vault.VaultMissing):
            self._key_error = self.tr("In deze gegevensmap staat nog geen opslag.")
        else:
            self._key_error = describe_error(exc)
        self._show_key_state()

    def _show_key_state(self) -> None:
        state = self.key_state
        self._syncing = True
        if state is None:
            self.keyring_radio.setEnabled(False)
            self.passphrase_only_radio.setEnabled(False)
            self.key_status.setText(self._key_error)
            self.keyring_reason.hide()
            self._syncing = False
            return
        self.keyring_radio.setChecked(state.uses_keyring)
        self.passphrase_only_radio.setChecked(not state.uses_keyring)
        self.passphrase_only_radio.setEnabled(not self._key_busy)
        self.keyring_radio.setEnabled((state.keyring_trusted or state.uses_keyring)
                                      and not self._key_busy)
        self._syncing = False
        if state.uses_keyring:
            now = self.tr("Nu: in de sleutelhanger van het systeem, samen met je wachtwoordzin "
                          "of pincode.")
        else:
            now = self.tr("Nu: alleen wachtwoordzin.")
        self.key_status.setText(f"{self._last_done} {now}".strip())
        self.keyring_reason.setVisible(not state.keyring_trusted)
        self.keyring_reason.setText(self.tr(
            "Deze laptop heeft geen beveiligde sleutelhanger, dus de sleutel kan hier alleen "
            "met de wachtwoordzin worden bewaard."))

    @property
    def target_uses_keyring(self) -> bool | None:
        """Where the worker wants the key, when that differs from where it is; else None."""
        if self.key_state is None:
            return None
        wanted = self.keyring_radio.isChecked()
        return None if wanted == self.key_state.uses_keyring else wanted

    def _location_picked(self, _checked: bool) -> None:
        if self._syncing:
            return
        self._last_done = ""
        target = self.target_uses_keyring
        if target is None:
            self.cancel_key_change()
            return
        self._show_key_panel(target)
        self.current_field.setFocus()

    def _show_key_panel(self, target: bool) -> None:
        if target:
            self.key_panel_title.setText(self.tr(
                "De sleutel gaat naar de sleutelhanger van het systeem. Vul ter controle je "
                "huidige wachtwoordzin in."))
        else:
            self.key_panel_title.setText(self.tr(
                "De sleutel gaat uit de sleutelhanger. Daarna opent alleen je wachtwoordzin de "
                "opslag, en die moet minstens 12 tekens hebben."))
        for widget in (self._new_label, self.new_field, self._repeat_label, self.repeat_field,
                       self._new_hint):
            widget.setVisible(not target)
        self.key_panel.show()
        self._key_fields_changed()

    def key_problem(self) -> str | None:
        """What still stops the move, in the current language; None when it can go ahead."""
        target = self.target_uses_keyring
        if target is None or self._key_busy:
            return ""
        current = self.current_field.text()
        if not current:
            return ""
        if target:
            return None
        new, repeat = self.new_field.text(), self.repeat_field.text()
        if not new and not repeat:
            if passphrase_problem(current, has_device_secret=False):
                return self.tr("Je huidige wachtwoordzin heeft minder dan 12 tekens. Kies "
                               "hieronder een nieuwe van minstens 12 tekens.")
            return None
        return (passphrase_problem(new, has_device_secret=False)
                or repeat_problem(new, repeat))

    def _key_fields_changed(self) -> None:
        problem = self.key_problem()
        if not self._key_busy:
            self.key_message.setStyleSheet(f"color: {ERROR_COLOUR};")
            self.key_message.setText(problem or "")
        self.apply_key_button.setEnabled(problem is None)

    def apply_key_location(self) -> None:
        """Move the key to where the radio buttons say (Return in a field, or the button)."""
        target = self.target_uses_keyring
        if target is None or self.key_problem() is not None:
            return
        current = self.current_field.text()
        new = None if target else (self.new_field.text() or None)
        self._set_key_busy(True)
        data_dir = self.data_dir
        self._submit(lambda: move_key(data_dir, current, use_keyring=target,
                                      new_passphrase=new),
                     self._on_key_moved, self._on_key_move_failed)

    def _set_key_busy(self, busy: bool) -> None:
        self._key_busy = busy
        for widget in (self.current_field, self.new_field, self.repeat_field,
                       self.cancel_key_button, self.keyring_radio, self.passphrase_only_radio):
            widget.setEnabled(not busy)
        if busy:
            self.key_message.setStyleSheet("")
            self.key_message.setText(self.tr("Bezig met de sleutel…"))
        self._key_fields_changed()

    def _on_key_moved(self, state: KeyState) -> None:
        if not isValid(self):
            return
        changed_passphrase = bool(self.new_field.text())
        for field in (self.current_field, self.new_field, self.repeat_field):
            field.clear()
        self._key_busy = False
        if state.uses_keyring:
            self._last_done = self.tr("De sleutel is verplaatst.")
        elif changed_passphrase:
            self._last_done = self.tr("De sleutel is verplaatst. Gebruik voortaan je nieuwe "
                                      "wachtwoordzin.")
        else:
            self._last_done = self.tr("De sleutel is verplaatst.")
        self.key_state = state
        self.key_panel.hide()
        self._set_key_busy(False)
        self._show_key_state()

    def _on_key_move_failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self.current_field.clear()  # the new passphrase stays, so it need not be typed again
        self._set_key_busy(False)
        self._show_key_state_radios_for_target()
        if isinstance(exc, device_secret.DeviceSecretError):
            text = self.tr("De sleutelhanger van het systeem werkt nu niet. Er is niets "
                           "veranderd.")
        else:
            text = describe_error(exc)
            if not isinstance(exc, vault.WrongPassphrase | StoreLocked):
                text += " " + self.tr("De sleutel staat nog op de oude plek.")
        self.key_message.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.key_message.setText(text)
        self.current_field.setFocus()

    def _show_key_state_radios_for_target(self) -> None:
        # Enabling follows the keyring situation again; the choice the worker made stays.
        state = self.key_state
        if state is not None:
            self.keyring_radio.setEnabled(state.keyring_trusted or state.uses_keyring)

    def cancel_key_change(self) -> None:
        """Leave the key where it is and fold the panel away."""
        if self._key_busy:
            return
        for field in (self.current_field, self.new_field, self.repeat_field):
            field.clear()
        self.key_panel.hide()
        self.key_message.setText("")
        self._show_key_state()

    # -- team server ------------------------------------------------------------------------
    def reload_team_link(self) -> None:
        """Read the link to the team server (again, after a login)."""
        if self._ctx is not None and not self._ctx.runner.closed:
            store = self._ctx.store
            self._submit(lambda: read_team_link(store), self._on_team_link, lambda _e: None)

    def _on_team_link(self, link: TeamLink) -> None:
        if isValid(self):
            self.team_group.show_link(link)

    # -- data folder ------------------------------------------------------------------------
    def _setup_data_dir(self) -> None:
        self.data_dir_field.setText(str(self.data_dir))
        self.data_dir_field.setCursorPosition(0)
        self.data_dir_message.hide()
        self.open_data_dir_button.clicked.connect(self.open_data_dir)

    def open_data_dir(self) -> None:
        ok = QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir)))
        self.data_dir_message.setVisible(not ok)
        if not ok:
            self.data_dir_message.setText(self.tr(
                "Het bestandsbeheer kon niet worden geopend. De map staat hierboven; je kunt "
                "hem kopiëren."))

    # -- texts ------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Instellingen"))
        for index in range(self.autolock_combo.count()):
            self.autolock_combo.setItemText(
                index, self._minutes_text(int(self.autolock_combo.itemData(index))))
        self.data_dir_field.setAccessibleName(self.tr("Gegevensmap"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self.key_state is not None or self._key_error:
                self._show_key_state()
            target = self.target_uses_keyring
            if target is not None and self.key_panel.isVisible():
                self._show_key_panel(target)
        super().changeEvent(event)

    # -- size -------------------------------------------------------------------------------
    def fit_height(self) -> None:
        """Grow so every wrapped text fits at the current width (Qt's minimum size ignores
        height-for-width, so wrapped labels in group boxes would otherwise be squeezed)."""
        layout = self.layout()
        if layout is None:
            return
        needed = layout.totalHeightForWidth(self.width())
        if needed > 0:
            self.setMinimumHeight(needed)
            if self.height() < needed:
                self.resize(self.width(), needed)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:
            # Labels were shown, hidden or given new text: fit once the layout has settled.
            self.fit_height()
        return handled

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.fit_height()

    def open_social_map(self) -> SocialMapDialog | None:
        """The team's sociale kaart ("Sociale kaart…" in the profile)."""
        if self._ctx is None:
            return None
        if self.social_map_dialog is None or not isValid(self.social_map_dialog):
            self.social_map_dialog = SocialMapDialog(self._ctx, self)
        self.social_map_dialog.show()
        self.social_map_dialog.raise_()
        return self.social_map_dialog

    # -- background and closing -------------------------------------------------------------
    def _submit(self, fn: Callable[[], Any], on_result: Callable[[Any], None],
                on_error: Callable[[BaseException], None]) -> None:
        if self._ctx is not None:
            submit_safely(self._ctx.runner, fn, on_result, on_error)
            return
        if self._own_runner is None or self._own_runner.closed:
            self._own_runner = BackgroundRunner(self)
        submit_safely(self._own_runner, fn, on_result, on_error)

    def shutdown(self) -> None:
        """Stop the dialog's own runner, if it has one (the context's runner is not ours)."""
        if self._own_runner is not None:
            runner, self._own_runner = self._own_runner, None
            runner.close()

    def done(self, result: int) -> None:
        super().done(result)
        self.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
