"""The "Profiel" group of the settings dialog: the worker's name, organisation, team, wijk, phone
and e-mail (`services.profile`) in one line, "Profiel wijzigen…" (`ProfileDialog`, the fields)
and the way to the team's sociale kaart. The group stays small, so Instellingen fits a 13-inch
screen.

The wizard lets team and wijk wait; here they are filled in or changed later. Family and partner
documents end with the name, organisation and phone number given here. In a store linked to a
team server the team is the server's, so its field is read-only.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from voordeur.gui.common.context import AppContext
from voordeur.gui.common.errors import describe_error
from voordeur.gui.common.style import ERROR_COLOUR, MUTED_STYLE
from voordeur.services.profile import Profile, read_profile, save_profile

# field → (object name, maximum length)
FIELDS = {"name": ("profileNameField", 200), "organisation": ("profileOrganisationField", 200),
          "team": ("profileTeamField", 200), "neighbourhood": ("profileWijkField", 200),
          "phone": ("profilePhoneField", 40), "email": ("profileEmailField", 200)}


def say(label: QLabel, text: str, *, error: bool = False) -> None:
    """A message under a form: red for a problem, muted otherwise."""
    label.setStyleSheet(f"color: {ERROR_COLOUR};" if error else MUTED_STYLE)
    label.setText(text)


class ProfileDialog(QDialog):
    """The profile's fields and "Opslaan"."""

    saved = Signal(object)  # the Profile as saved

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileDialog")
        self._ctx = ctx
        self.profile: Profile | None = None
        self.fields: dict[str, QLineEdit] = {}
        self._labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for name, (object_name, limit) in FIELDS.items():
            edit = QLineEdit(self)
            edit.setObjectName(object_name)
            edit.setMaxLength(limit)
            edit.textEdited.connect(self._edited)
            edit.returnPressed.connect(self.save)
            label = QLabel(self)
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.fields[name] = edit
            self._labels[name] = label
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(MUTED_STYLE)
        self.message = QLabel(self)
        self.message.setObjectName("profileMessage")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("profileSaveButton")
        self.save_button.setAutoDefault(False)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.message.hide()
        em = self.fontMetrics().horizontalAdvance("m")
        self.setMinimumWidth(36 * em)
        self._retranslate()
        self.setEnabled(False)  # until the profile is read
        ctx.read(read_profile, self._show, self._failed)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Profiel"))
        for name, text in (("name", self.tr("&Naam")), ("organisation", self.tr("&Organisatie")),
                           ("team", self.tr("&Team")), ("neighbourhood", self.tr("&Wijk")),
                           ("phone", self.tr("Tele&foon")), ("email", self.tr("&E-mail"))):
            self._labels[name].setText(text)
        self.fields["organisation"].setPlaceholderText(self.tr("bijvoorbeeld Gro-up"))
        self.fields["phone"].setPlaceholderText(self.tr("bijvoorbeeld 06-12345678"))
        self.hint.setText(self.tr(
            "Verslagen en plannen voor het gezin en voor partners eindigen met je naam, "
            "organisatie en telefoonnummer, zodat ze weten wie ze kunnen bellen of appen."))
        self.save_button.setText(self.tr("Profiel &opslaan"))
        self._show_team_state()

    def _show_team_state(self) -> None:
        linked = self.profile is not None and self.profile.linked
        self.fields["team"].setReadOnly(linked)
        self.fields["team"].setToolTip(self.tr("Het team komt van de teamserver.") if linked
                                       else "")

    def values(self) -> dict[str, str]:
        return {name: edit.text().strip() for name, edit in self.fields.items()}

    def _show(self, profile: Profile) -> None:
        if not isValid(self):
            return
        self.profile = profile
        self.setEnabled(True)
        for name, edit in self.fields.items():
            edit.setText(getattr(profile, name))
        self._show_team_state()
        self._edited()

    def _edited(self, _text: str = "") -> None:
        if self.profile is None:
            return
        changed = any(getattr(self.profile, k) != v for k, v in self.values().items())
        self.save_button.setEnabled(changed and bool(self.values()["name"]))
        if changed:
            self._say("")
        if not self.values()["name"]:
            self._say(self.tr("Je naam is nodig."), error=True)

    def save(self) -> None:
        if self.profile is None or not self.save_button.isEnabled():
            return
        current = self.profile
        changes = {k: v for k, v in self.values().items() if getattr(current, k) != v}
        self.save_button.setEnabled(False)
        self._ctx.write(lambda uow: save_profile(uow, **changes), self._saved, self._failed,
                        detail="profile")

    def _saved(self, profile: Profile) -> None:
        if not isValid(self):
            return
        self._show(profile)
        self._say(self.tr("Profiel opgeslagen."))
        self._ctx.bus.status_message.emit(self.tr("Profiel opgeslagen"))
        self.saved.emit(profile)

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self.setEnabled(True)
        self._say(describe_error(exc), error=True)
        self._edited()

    def _say(self, text: str, *, error: bool = False) -> None:
        say(self.message, text, error=error)
        self.message.setVisible(bool(text))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


class ProfileGroup(QGroupBox):
    """The profile in one line, "Profiel wijzigen…" and "Sociale kaart…"."""

    social_map_requested = Signal()
    saved = Signal(object)  # the Profile as saved

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileGroup")
        self._ctx = ctx
        self.profile: Profile | None = None
        self.dialog: ProfileDialog | None = None
        self.summary = QLabel(self)
        self.summary.setObjectName("profileSummary")
        self.summary.setWordWrap(True)
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("profileEditButton")
        self.edit_button.setAutoDefault(False)
        self.edit_button.clicked.connect(self.open_dialog)
        self.social_map_button = QPushButton(self)
        self.social_map_button.setObjectName("socialMapButton")
        self.social_map_button.setAutoDefault(False)
        self.social_map_button.clicked.connect(self.social_map_requested.emit)
        row = QHBoxLayout()
        row.addWidget(self.edit_button)
        row.addWidget(self.social_map_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        self._retranslate()
        ctx.read(read_profile, self._show, lambda exc: self.summary.setText(describe_error(exc)))

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Profiel"))
        self.edit_button.setText(self.tr("Profiel &wijzigen…"))
        self.social_map_button.setText(self.tr("&Sociale kaart…"))
        self._render()

    def _render(self) -> None:
        p = self.profile
        if p is None:
            return
        parts = [p.name, p.organisation, p.team, p.neighbourhood, p.phone, p.email]
        text = " · ".join(part for part in parts if part)
        if not (p.phone or p.email):
            text += " — " + self.tr("vul je telefoonnummer in: verslagen noemen het")
        self.summary.setText(text)

    def _show(self, profile: Profile) -> None:
        if not isValid(self):
            return
        self.profile = profile
        self._render()

    def _saved(self, profile: Profile) -> None:
        self._show(profile)
        self.saved.emit(profile)

    def open_dialog(self) -> ProfileDialog:
        if self.dialog is None or not isValid(self.dialog):
            self.dialog = ProfileDialog(self._ctx, self.window())
            self.dialog.saved.connect(self._saved)
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

