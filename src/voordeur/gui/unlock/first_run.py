"""The first-run wizard: what Voordeur does, a passphrase, who the worker is — then the store.

Four pages: Welkom, Wachtwoordzin, Over jou, Klaar. The passphrase rule is the key vault's own
(`vault.check_passphrase`): a 6-digit PIN only when this laptop has a trusted system keyring for
the device secret, otherwise at least 12 characters. The keyring is looked up and the store is
created (Argon2id, 0.1–0.5 s) on the wizard's own background runner; "Opslag maken" on the last
page does it and emits `store_created(store)`. Next stays disabled until a page is complete.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from shiboken6 import isValid

from voordeur.gui.common.app_settings import AppSettings
from voordeur.gui.common.errors import describe_error
from voordeur.gui.common.runner import BackgroundRunner
from voordeur.gui.common.style import ERROR_COLOUR
from voordeur.gui.unlock.passphrase_rules import passphrase_problem, repeat_problem, situation_text
from voordeur.gui.unlock.unlock_screen import breakable_path, submit_safely
from voordeur.store import device_secret
from voordeur.store.store import Store

NAME_MAX = 200  # Worker.name / Team.name / neighbourhood are at most 200 characters


class StoreAlreadyThere(Exception):
    """The data folder already holds a store: nothing is created or overwritten."""


def _create_store(data_dir: Path, passphrase: str, *, worker_name: str, team_name: str,
                  neighbourhood: str, use_keyring: bool) -> Store:
    """Runs on the background thread."""
    if Store.exists(data_dir):
        raise StoreAlreadyThere(str(data_dir))
    return Store.create(data_dir, passphrase, worker_name=worker_name, team_name=team_name,
                        neighbourhood=neighbourhood, use_keyring=use_keyring)


def _wrapping_label(parent: QWidget, name: str = "") -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label


class WelcomePage(QWizardPage):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self._data_dir = data_dir
        self._intro = _wrapping_label(self, "welcomeIntro")
        self._storage = _wrapping_label(self, "welcomeStorage")
        self._folder = _wrapping_label(self, "welcomeDataFolder")
        self._folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._folder.setIndent(16)
        self._steps = _wrapping_label(self, "welcomeSteps")
        layout = QVBoxLayout(self)
        for label in (self._intro, self._storage, self._folder, self._steps):
            layout.addWidget(label)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welkom bij Voordeur"))
        self.setSubTitle(self.tr("Eerst richten we Voordeur in op deze laptop. Dat duurt een "
                                 "minuut."))
        self._intro.setText(self.tr(
            "Voordeur helpt je bij het werk achter de voordeur: de huishoudens en hun netwerk, "
            "je bezoeken en notities, doelen en afspraken. Het werkt ook zonder internet."))
        self._storage.setText(self.tr(
            "Alles wat je invult, wordt versleuteld bewaard op deze laptop, in deze map:"))
        self._folder.setText(breakable_path(self._data_dir))
        self._steps.setText(self.tr(
            "Je kiest zo een wachtwoordzin en vult je naam in. Daarna maakt Voordeur de "
            "versleutelde opslag."))


class PassphrasePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("passphrasePage")
        self._owner = wizard
        self._situation = _wrapping_label(self, "keyringSituation")
        bold = self._situation.font()
        bold.setBold(True)
        self._situation.setFont(bold)
        self._explain = _wrapping_label(self, "passphraseExplanation")
        self._label = QLabel(self)
        self.passphrase_field = QLineEdit(self)
        self.passphrase_field.setObjectName("newPassphraseField")
        self._repeat_label = QLabel(self)
        self.repeat_field = QLineEdit(self)
        self.repeat_field.setObjectName("repeatPassphraseField")
        for field in (self.passphrase_field, self.repeat_field):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
            field.textChanged.connect(self._changed)
        self._label.setBuddy(self.passphrase_field)
        self._repeat_label.setBuddy(self.repeat_field)
        self.show_check = QCheckBox(self)
        self.show_check.setObjectName("showPassphraseCheck")
        self.show_check.toggled.connect(self._show_characters)
        self.problem_label = _wrapping_label(self, "passphraseProblem")
        self.problem_label.setStyleSheet(f"color: {ERROR_COLOUR};")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._label, self.passphrase_field)
        form.addRow(self._repeat_label, self.repeat_field)
        form.addRow("", self.show_check)
        layout = QVBoxLayout(self)
        layout.addWidget(self._situation)
        layout.addWidget(self._explain)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addStretch(1)
        self.setTabOrder(self.passphrase_field, self.repeat_field)
        self.setTabOrder(self.repeat_field, self.show_check)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Wachtwoordzin"))
        self.setSubTitle(self.tr("Hiermee open je Voordeur voortaan, elke keer."))
        self._explain.setText(self.tr(
            "Niemand kan de wachtwoordzin voor je terughalen: ben je hem kwijt, dan is de "
            "opslag op deze laptop niet meer te openen. Schrijf hem niet op een briefje bij "
            "de laptop."))
        self._label.setText(self.tr("&Wachtwoordzin"))
        self._repeat_label.setText(self.tr("&Herhaal"))
        self.show_check.setText(self.tr("Tekens &tonen"))
        self.situation_changed()

    def initializePage(self) -> None:
        self.passphrase_field.setFocus()

    def situation_changed(self) -> None:
        trusted = self._owner.keyring_trusted
        if trusted is None:
            self._situation.setText(self.tr("Even kijken hoe deze laptop de sleutel kan "
                                            "bewaren…"))
        else:
            self._situation.setText(situation_text(trusted))
        self._changed()

    def _show_characters(self, show: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if show else QLineEdit.EchoMode.Password
        self.passphrase_field.setEchoMode(mode)
        self.repeat_field.setEchoMode(mode)

    def problem(self) -> str | None:
        """What still stops Next, in the current language; None when the page is complete."""
        trusted = self._owner.keyring_trusted
        if trusted is None:
            return ""  # not known yet; nothing to say
        passphrase = self.passphrase_field.text()
        if not passphrase:
            return ""
        return (passphrase_problem(passphrase, has_device_secret=trusted)
                or repeat_problem(passphrase, self.repeat_field.text()))

    def _changed(self) -> None:
        problem = self.problem()
        self.problem_label.setText(problem or "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.problem() is None

    @property
    def passphrase(self) -> str:
        return self.passphrase_field.text()

    def clear(self) -> None:
        self.passphrase_field.clear()
        self.repeat_field.clear()


class AboutYouPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutYouPage")
        self._explain = _wrapping_label(self, "aboutYouExplanation")
        self.name_field = QLineEdit(self)
        self.name_field.setObjectName("workerNameField")
        self.team_field = QLineEdit(self)
        self.team_field.setObjectName("teamField")
        self.neighbourhood_field = QLineEdit(self)
        self.neighbourhood_field.setObjectName("neighbourhoodField")
        self._name_label = QLabel(self)
        self._team_label = QLabel(self)
        self._neighbourhood_label = QLabel(self)
        for label, field in ((self._name_label, self.name_field),
                             (self._team_label, self.team_field),
                             (self._neighbourhood_label, self.neighbourhood_field)):
            label.setBuddy(field)
            field.setMaxLength(NAME_MAX)
        self.name_field.textChanged.connect(self.completeChanged)
        self._hint = _wrapping_label(self, "aboutYouHint")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._name_label, self.name_field)
        form.addRow(self._team_label, self.team_field)
        form.addRow(self._neighbourhood_label, self.neighbourhood_field)
        layout = QVBoxLayout(self)
        layout.addWidget(self._explain)
        layout.addLayout(form)
        layout.addWidget(self._hint)
        layout.addStretch(1)
        self.setTabOrder(self.name_field, self.team_field)
        self.setTabOrder(self.team_field, self.neighbourhood_field)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Over jou"))
        self.setSubTitle(self.tr("Zo weet Voordeur wie er werkt."))
        self._explain.setText(self.tr(
            "Je naam komt in het logboek bij alles wat je opent en wijzigt, en op de verslagen "
            "die je maakt."))
        self._name_label.setText(self.tr("Je &naam"))
        self._team_label.setText(self.tr("&Team"))
        self._neighbourhood_label.setText(self.tr("&Wijk"))
        self.name_field.setPlaceholderText(self.tr("bijvoorbeeld Sanne de Vries"))
        self.team_field.setPlaceholderText(self.tr("bijvoorbeeld Sociaal wijkteam Zuid"))
        self.neighbourhood_field.setPlaceholderText(self.tr("bijvoorbeeld Zwolle-Zuid"))
        self._hint.setText(self.tr("Je naam is nodig; team en wijk mag je leeg laten en later "
                                   "aanvullen in Instellingen, onder Profiel."))

    def initializePage(self) -> None:
        self.name_field.setFocus()

    def isComplete(self) -> bool:
        return bool(self.name_field.text().strip())


class DonePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("donePage")
        self._owner = wizard
        self._intro = _wrapping_label(self, "summaryIntro")
        self._name = _wrapping_label(self, "summaryName")
        self._team = _wrapping_label(self, "summaryTeam")
        self._neighbourhood = _wrapping_label(self, "summaryNeighbourhood")
        self._key = _wrapping_label(self, "summaryKey")
        self._folder = _wrapping_label(self, "summaryDataFolder")
        self._folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._labels = [QLabel(self) for _ in range(5)]
        form = QFormLayout()
        for label, value in zip(self._labels, (self._name, self._team, self._neighbourhood,
                                               self._key, self._folder), strict=True):
            form.addRow(label, value)
        self._next = _wrapping_label(self, "summaryNext")
        self.status_label = _wrapping_label(self, "createStatus")
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addLayout(form)
        layout.addWidget(self._next)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        self._busy = False
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Klaar"))
        self.setSubTitle(self.tr("Kijk nog even of alles klopt."))
        self._intro.setText(self.tr("Dit wordt de opslag van Voordeur op deze laptop:"))
        for label, text in zip(self._labels, (self.tr("Naam:"), self.tr("Team:"),
                                              self.tr("Wijk:"), self.tr("Sleutel:"),
                                              self.tr("Gegevensmap:")), strict=True):
            label.setText(text)
        self._next.setText(self.tr("Klik op ‘Opslag maken’ om te beginnen. Wil je iets "
                                   "veranderen, ga dan terug."))
        self.initializePage()

    def initializePage(self) -> None:
        owner = self._owner
        self._name.setText(owner.worker_name)
        self._team.setText(owner.team_name or self.tr("(geen)"))
        self._neighbourhood.setText(owner.neighbourhood or self.tr("(geen)"))
        if owner.keyring_trusted:
            self._key.setText(self.tr("in de sleutelhanger van het systeem, samen met je "
                                      "wachtwoordzin"))
        else:
            self._key.setText(self.tr("alleen wachtwoordzin"))
        self._folder.setText(breakable_path(owner.data_dir))

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        if busy:
            self.set_status(self.tr("De versleutelde opslag wordt gemaakt…"), error=False)
        self.completeChanged.emit()

    def set_status(self, text: str, *, error: bool) -> None:
        self.status_label.setStyleSheet(f"color: {ERROR_COLOUR};" if error else "")
        self.status_label.setText(text)

    def isComplete(self) -> bool:
        return not self._busy


class FirstRunWizard(QWizard):
    """Creates the worker's store; emits `store_created(store)` with the open Store."""

    store_created = Signal(object)

    def __init__(self, settings: AppSettings, data_dir: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self._settings = settings
        self.data_dir = Path(data_dir)
        self._runner: BackgroundRunner | None = None
        self.keyring_trusted: bool | None = None  # None until looked up in the background
        self._creating = False
        self._created = False
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.welcome_page = WelcomePage(self.data_dir, self)
        self.passphrase_page = PassphrasePage(self)
        self.about_page = AboutYouPage(self)
        self.done_page = DonePage(self)
        for page in (self.welcome_page, self.passphrase_page, self.about_page, self.done_page):
            self.addPage(page)
        self._retranslate()
        em = self.fontMetrics().horizontalAdvance("m")
        self.resize(max(self.sizeHint().width(), 48 * em), max(self.sizeHint().height(), 34 * em))
        self._submit(device_secret.keyring_situation, self._on_situation,
                     lambda _exc: self._set_trusted(False))

    # -- texts ------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Voordeur instellen"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Volgende >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Terug"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annuleren"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Opslag &maken"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            for page in (self.welcome_page, self.passphrase_page, self.about_page,
                         self.done_page):
                page.retranslate()
        super().changeEvent(event)

    # -- what was filled in -----------------------------------------------------------------
    @property
    def worker_name(self) -> str:
        return self.about_page.name_field.text().strip()

    @property
    def team_name(self) -> str:
        return self.about_page.team_field.text().strip()

    @property
    def neighbourhood(self) -> str:
        return self.about_page.neighbourhood_field.text().strip()

    @property
    def creating(self) -> bool:
        return self._creating

    # -- keyring ----------------------------------------------------------------------------
    def _on_situation(self, situation: device_secret.KeyringSituation) -> None:
        self._set_trusted(situation.trusted)

    def _set_trusted(self, trusted: bool) -> None:
        self.keyring_trusted = trusted
        self.passphrase_page.situation_changed()
        if self.currentPage() is self.done_page:
            self.done_page.initializePage()

    # -- creating ---------------------------------------------------------------------------
    def accept(self) -> None:
        """'Opslag maken': create the store in the background; close when it is there."""
        if self._created:
            super().accept()
            return
        if self._creating or not self.passphrase_page.isComplete():
            return
        self._creating = True
        self.done_page.set_busy(True)
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(False)
        data_dir = self.data_dir
        passphrase = self.passphrase_page.passphrase
        worker, team, wijk = self.worker_name, self.team_name, self.neighbourhood
        use_keyring = bool(self.keyring_trusted)
        self._submit(
            lambda: _create_store(data_dir, passphrase, worker_name=worker, team_name=team,
                                  neighbourhood=wijk, use_keyring=use_keyring),
            self._on_created, self._on_create_failed)

    def _on_created(self, store: Store) -> None:
        self._creating = False
        self._created = True
        self.passphrase_page.clear()
        self.done_page.set_busy(False)
        self.done_page.set_status(self.tr("De opslag is klaar."), error=False)
        self.store_created.emit(store)
        if isValid(self):
            super().accept()

    def _on_create_failed(self, exc: BaseException) -> None:
        self._creating = False
        if not isValid(self):
            return
        self.done_page.set_busy(False)
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(True)
        if isinstance(exc, StoreAlreadyThere):
            text = self.tr("In deze gegevensmap staat al een Voordeur-opslag. Er is niets "
                           "overschreven; sluit Voordeur en start opnieuw om hem te openen.")
        elif isinstance(exc, device_secret.DeviceSecretError):
            self._set_trusted(False)
            text = self.tr("De sleutelhanger van het systeem werkt niet. Ga terug en kies een "
                           "wachtwoordzin van minstens 12 tekens; dan is de sleutelhanger niet "
                           "nodig.")
        else:
            text = describe_error(exc)
        self.done_page.set_status(text, error=True)

    def reject(self) -> None:
        if self._creating:
            return  # the store is being made; it cannot be half-cancelled
        super().reject()

    def done(self, result: int) -> None:
        super().done(result)
        self.shutdown()

    # -- background -------------------------------------------------------------------------
    def _submit(self, fn: Callable[[], Any], on_result: Callable[[Any], None],
                on_error: Callable[[BaseException], None]) -> None:
        if self._runner is None or self._runner.closed:
            self._runner = BackgroundRunner(self)
        submit_safely(self._runner, fn, on_result, on_error)

    def shutdown(self) -> None:
        """Finish and stop the background work (idempotent)."""
        if self._runner is not None:
            runner, self._runner = self._runner, None
            runner.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._creating:
            event.ignore()
            return
        self.shutdown()
        super().closeEvent(event)
