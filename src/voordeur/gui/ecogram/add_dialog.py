"""Add someone to the ecogram: a person in the network or an organisation (one the team already
knows, or a new one from the Dutch partner catalogue), with an optional first relation to the
household.

The dialog writes nothing: after it is accepted, `result_fields()` gives the keyword arguments
of `services.ecogram.add_network_person` / `add_partner` and, when asked for, the fields of the
first tie, and the ecogram tab does the (undoable) write.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from voordeur.domain.role_guess import RoleGuess, guess_from_role
from voordeur.gui.common.i18n import catalogue_label
from voordeur.gui.common.style import ERROR_COLOUR
from voordeur.gui.ecogram.fields import (
    SupportChecks,
    closeness_combo,
    combo,
    domain_combo,
    gender_combo,
    kind_combo,
    muted_label,
    quality_combo,
    role_combo,
    set_combo_data,
    strength_combo,
    year_edit,
    year_problem,
)
from voordeur.gui.ecogram.text import direction_choices_for, role_phrase
from voordeur.model.catalogues import (
    CLOSENESS_MIDDLE,
    Gender,
    LifeDomain,
    OrganisationKind,
    SupportDirection,
    TieQuality,
    TieStrength,
)
from voordeur.services.ecogram import default_life_domain
from voordeur.services.household_queries import OrganisationInfo
from voordeur.services.social_map import guess_kind

PERSON, ORGANISATION = "person", "organisation"

# An organisation's kind suggests its life domain.


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("EcogramAddDialog", text, None, n)


class NewContact(NamedTuple):
    """What `AddContactDialog.result_fields()` returns; unpacks as (kind, fields, tie).

    kind "person": fields = first_name, last_name, role, gender, birth_year, deceased,
    life_domain, closeness (for `add_network_person`). kind "organisation": fields =
    organisation_id (an existing one) or name + kind (a new one), plus life_domain, closeness,
    contact_name (for `add_partner`). tie: None, or strength, quality, direction, support, note
    for a tie whose source is the new contact and whose target is the household.
    """

    kind: str
    fields: dict[str, Any]
    tie: dict[str, Any] | None


def _labelled(form: QFormLayout, text: str, field: QWidget,
              labels: list[QLabel] | None = None) -> QLabel:
    label = QLabel(text)
    label.setBuddy(field)
    form.addRow(label, field)
    if labels is not None:
        labels.append(label)
    return label


class AddContactDialog(QDialog):
    """'Contact toevoegen': person or organisation, life domain and closeness, first tie."""

    def __init__(self, parent: QWidget | None = None,
                 organisations: Sequence[OrganisationInfo] = (), *,
                 kind: str = PERSON) -> None:
        super().__init__(parent)
        self.setObjectName("addContactDialog")
        self.setWindowTitle(_t("Contact toevoegen"))
        self.organisations = tuple(organisations)
        self.household_phrase = _t("het gezin")
        # The worker picked a domain / gender: stop suggesting one (guess_from_role).
        self._domain_chosen = False
        self._gender_chosen = False
        self._suggesting = False

        # -- person or organisation --
        self.person_radio = QRadioButton(_t("&Persoon"), self)
        self.person_radio.setObjectName("personRadio")
        self.organisation_radio = QRadioButton(_t("&Organisatie"), self)
        self.organisation_radio.setObjectName("organisationRadio")
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.person_radio)
        self.kind_group.addButton(self.organisation_radio)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.person_radio)
        kind_row.addWidget(self.organisation_radio)
        kind_row.addStretch(1)

        outer: list[QLabel] = []  # labels of the three stacked forms: one width, one column

        # -- person page --
        self.person_page = QWidget(self)
        person_form = QFormLayout(self.person_page)
        person_form.setContentsMargins(0, 0, 0, 0)
        self.first_name_edit = QLineEdit(self.person_page)
        self.first_name_edit.setObjectName("firstNameEdit")
        self.first_name_edit.setMaxLength(100)
        self.last_name_edit = QLineEdit(self.person_page)
        self.last_name_edit.setObjectName("lastNameEdit")
        self.last_name_edit.setMaxLength(100)
        self.role_combo = role_combo(self.person_page)
        self.gender_combo = gender_combo(self.person_page)
        self.birth_year_edit = year_edit(self.person_page)
        _labelled(person_form, _t("&Voornaam"), self.first_name_edit, outer)
        _labelled(person_form, _t("&Achternaam"), self.last_name_edit, outer)
        _labelled(person_form, _t("&Rol"), self.role_combo, outer)
        # What the role suggested; its row stays (empty) so the form holds still.
        self.role_hint = muted_label("", self.person_page)
        self.role_hint.setObjectName("roleGuessHint")
        self.role_hint.setWordWrap(False)
        self.role_hint.setMinimumHeight(self.role_hint.fontMetrics().height())
        self.role_hint.setToolTip(_t("Klopt het niet? Kies hieronder zelf; dat blijft staan."))
        person_form.addRow("", self.role_hint)
        _labelled(person_form, _t("&Geslacht"), self.gender_combo, outer)
        _labelled(person_form, _t("Geboorte&jaar"), self.birth_year_edit, outer)
        set_combo_data(self.gender_combo, Gender.UNKNOWN)

        # -- organisation page --
        self.organisation_page = QWidget(self)
        organisation_form = QFormLayout(self.organisation_page)
        organisation_form.setContentsMargins(0, 0, 0, 0)
        self.name_edit = QLineEdit(self.organisation_page)
        self.name_edit.setObjectName("organisationNameEdit")
        self.name_edit.setMaxLength(200)
        self.name_edit.setPlaceholderText(_t("bijv. OBS De Regenboog"))
        names = sorted({o.name for o in self.organisations}, key=str.casefold)
        self.completer = QCompleter(QStringListModel(names, self), self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.name_edit.setCompleter(self.completer)
        self.kind_combo = kind_combo(self.organisation_page)
        self.match_label = muted_label("", self.organisation_page)
        self.match_label.setObjectName("organisationMatchLabel")
        self.match_label.setWordWrap(False)
        self.contact_edit = QLineEdit(self.organisation_page)
        self.contact_edit.setObjectName("contactNameEdit")
        self.contact_edit.setMaxLength(200)
        self.contact_edit.setPlaceholderText(_t("naam van je contactpersoon (mag leeg)"))
        _labelled(organisation_form, _t("&Naam"), self.name_edit, outer)
        organisation_form.addRow("", self.match_label)
        _labelled(organisation_form, _t("&Soort"), self.kind_combo, outer)
        _labelled(organisation_form, _t("&Contact"), self.contact_edit, outer)


        # -- where on the map --
        place_form = QFormLayout()
        self.domain_combo = domain_combo(self)
        self.closeness_combo = closeness_combo(self)
        set_combo_data(self.closeness_combo, CLOSENESS_MIDDLE)
        _labelled(place_form, _t("&Domein"), self.domain_combo, outer)
        _labelled(place_form, _t("Na&bijheid"), self.closeness_combo, outer)

        width = max(label.sizeHint().width() for label in outer)
        for label in outer:
            label.setMinimumWidth(width)

        # -- the first relation --
        self.tie_box = QGroupBox(_t("Relatie &met het gezin vastleggen"), self)
        self.tie_box.setObjectName("tieBox")
        self.tie_box.setCheckable(True)
        self.tie_box.setChecked(True)
        tie_form = QFormLayout(self.tie_box)
        self.strength_combo = strength_combo(self.tie_box)
        self.quality_combo = quality_combo(self.tie_box)
        self.direction_combo = combo(self.tie_box, "directionCombo", [])
        self.support_checks = SupportChecks(self.tie_box, shortcuts=False)
        set_combo_data(self.strength_combo, TieStrength.NORMAL)
        set_combo_data(self.quality_combo, TieQuality.NEUTRAL)
        _labelled(tie_form, _t("S&terkte"), self.strength_combo)
        _labelled(tie_form, _t("Soort re&latie"), self.quality_combo)
        _labelled(tie_form, _t("&Wie steunt wie?"), self.direction_combo)
        tie_form.addRow(_t("Soort steun"), self.support_checks)

        # -- buttons --
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error_label.hide()
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.button_box.setObjectName("buttonBox")
        self.ok_button.setText(_t("Toevoegen"))
        self.ok_button.setDefault(True)
        self.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(_t("Annuleren"))
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(kind_row)
        # Only one of the two is shown; not a stacked widget, which would keep the taller
        # person form's height (a gap) for an organisation.
        layout.addWidget(self.person_page)
        layout.addWidget(self.organisation_page)
        layout.addLayout(place_form)
        layout.addWidget(self.tie_box)
        layout.addWidget(self.error_label)
        layout.addWidget(self.button_box)

        # -- wiring --
        self.person_radio.toggled.connect(lambda _=False: self._kind_changed())
        for edit in (self.first_name_edit, self.last_name_edit, self.name_edit):
            edit.textChanged.connect(lambda *_: self._refresh())
        self.role_combo.editTextChanged.connect(lambda *_: self._role_changed())
        self.kind_combo.currentIndexChanged.connect(lambda *_: self._suggest_domain())
        self.domain_combo.currentIndexChanged.connect(lambda *_: self._domain_picked())
        self.gender_combo.currentIndexChanged.connect(lambda *_: self._gender_picked())
        self.completer.activated.connect(lambda *_: self._refresh())
        self._kind_picked = False  # the worker chose the kind: no more suggestions
        self.kind_combo.activated.connect(lambda *_: setattr(self, "_kind_picked", True))
        chain = [self.person_radio, self.organisation_radio, self.first_name_edit,
                 self.last_name_edit, self.role_combo, self.gender_combo, self.birth_year_edit,
                 self.name_edit, self.kind_combo, self.contact_edit, self.domain_combo,
                 self.closeness_combo, self.tie_box, self.strength_combo, self.quality_combo,
                 self.direction_combo, *self.support_checks.widgets(), self.button_box]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

        (self.organisation_radio if kind == ORGANISATION else self.person_radio).setChecked(True)
        self._kind_changed()
        self.resize(self.fontMetrics().horizontalAdvance("M") * 40, self.sizeHint().height())

    # -- state --------------------------------------------------------------------------------
    @property
    def ok_button(self) -> Any:
        return self.button_box.button(QDialogButtonBox.StandardButton.Ok)

    @property
    def kind(self) -> str:
        return ORGANISATION if self.organisation_radio.isChecked() else PERSON

    def existing_organisation(self) -> OrganisationInfo | None:
        """The known organisation whose name was typed (or picked), if any."""
        typed = self.name_edit.text().strip().casefold()
        if not typed:
            return None
        return next((o for o in self.organisations if o.name.strip().casefold() == typed), None)

    def _kind_changed(self) -> None:
        organisation = self.kind == ORGANISATION
        self.person_page.setVisible(not organisation)
        self.organisation_page.setVisible(organisation)
        self._domain_chosen = False
        if organisation:
            self._suggest_domain()
            self.name_edit.setFocus()
        else:
            self._role_changed()
            self.first_name_edit.setFocus()
        self._refresh()
        if self.isVisible():  # fit the other form's height
            self.resize(self.width(), self.sizeHint().height())

    def _role_changed(self) -> None:
        self._suggest_domain()
        self._refresh()

    def _suggest_domain(self) -> None:
        """Set what the organisation's kind or the person's role suggests (the role table,
        domain/role_guess.py), except what the worker chose; say so under the role."""
        if self.kind == ORGANISATION:
            if self._domain_chosen:
                return
            existing = self.existing_organisation()
            kind = existing.kind if existing else OrganisationKind(self.kind_combo.currentData())
            self._suggest(default_life_domain(kind), None)
            return
        # "buurvrouw Ans" → neighbours, a woman; without a guess the defaults come back.
        guess = guess_from_role(self.role_combo.currentText())
        self._suggest(guess.life_domain or LifeDomain.EXTENDED_FAMILY,
                      guess.gender or Gender.UNKNOWN)
        self._show_guess(guess)

    def _suggest(self, domain: LifeDomain, gender: Gender | None) -> None:
        self._suggesting = True
        if not self._domain_chosen:
            set_combo_data(self.domain_combo, domain)
        if gender is not None and not self._gender_chosen:
            set_combo_data(self.gender_combo, gender)
        self._suggesting = False

    def _show_guess(self, guess: RoleGuess) -> None:
        """'Geraden uit de rol: Buren, vrouw' for what of the guess is in the form now."""
        parts = []
        if guess.life_domain is not None and not self._domain_chosen:
            parts.append(catalogue_label(guess.life_domain))
        if guess.gender is not None and not self._gender_chosen:
            parts.append(catalogue_label(guess.gender).lower())
        self.role_hint.setText(_t("Geraden uit de rol: {what}").format(what=", ".join(parts))
                               if parts else "")

    def _domain_picked(self) -> None:
        if not self._suggesting:
            self._domain_chosen = True
            if self.kind == PERSON:
                self._show_guess(guess_from_role(self.role_combo.currentText()))

    def _gender_picked(self) -> None:
        if not self._suggesting:
            self._gender_chosen = True
            self._show_guess(guess_from_role(self.role_combo.currentText()))

    def contact_phrase(self) -> str:
        """How the new contact is called in the 'Wie steunt wie?' choices."""
        if self.kind == ORGANISATION:
            existing = self.existing_organisation()
            name = existing.name if existing else self.name_edit.text().strip()
            return name or _t("de organisatie")
        first = self.first_name_edit.text().strip()
        role = self.role_combo.currentText().strip()
        if role and first:
            return f"{role} {first}"
        if role:
            return role_phrase(role)
        name = f"{first} {self.last_name_edit.text().strip()}".strip()
        return name or _t("deze persoon")

    def _refresh(self) -> None:
        """Name check (OK button), the known/new organisation line and the direction texts."""
        if self.kind == ORGANISATION:
            existing = self.existing_organisation()
            named = bool(self.name_edit.text().strip())
            if existing is not None:
                set_combo_data(self.kind_combo, existing.kind)
                self.match_label.setText(_t("Bekende organisatie ({kind})").format(
                    kind=catalogue_label(existing.kind)))
            elif named:  # the sociale kaart's catalogue suggests the kind ("consult…")
                guessed = None if self._kind_picked else guess_kind(self.name_edit.text())
                if guessed is not None:
                    set_combo_data(self.kind_combo, guessed)
                self.match_label.setText(_t("Nieuwe organisatie: kies de soort"))
            else:
                self.match_label.setText(_t("Typ om een bekende organisatie te zoeken"))
            self.kind_combo.setEnabled(existing is None)
            self._suggest_domain()
        else:
            named = any(w.strip() for w in (self.first_name_edit.text(),
                                             self.last_name_edit.text(),
                                             self.role_combo.currentText()))
        self.ok_button.setEnabled(named)
        self._fill_directions()

    def _fill_directions(self) -> None:
        current = self.direction_combo.currentData()
        self.direction_combo.blockSignals(True)
        self.direction_combo.clear()
        for direction, text in direction_choices_for(self.contact_phrase(),
                                                     self.household_phrase):
            self.direction_combo.addItem(text, direction)
        set_combo_data(self.direction_combo, current if current is not None
                       else SupportDirection.NONE)
        self.direction_combo.blockSignals(False)

    # -- result -------------------------------------------------------------------------------
    def accept(self) -> None:
        if not self.ok_button.isEnabled():
            return
        problem = (year_problem(self._birth_year(), self.birth_year_edit)
                   if self.kind == PERSON else None)
        if problem is not None:
            self.error_label.setText(problem[0])
            self.error_label.show()
            problem[1].setFocus()
            return
        super().accept()

    def _birth_year(self) -> int | None:
        text = self.birth_year_edit.text().strip()
        return int(text) if text else None

    def result_fields(self) -> NewContact:
        place = {"life_domain": LifeDomain(self.domain_combo.currentData()),
                 "closeness": int(self.closeness_combo.currentData())}
        tie = None
        if self.tie_box.isChecked():
            tie = {"strength": TieStrength(self.strength_combo.currentData()),
                   "quality": TieQuality(self.quality_combo.currentData()),
                   "direction": SupportDirection(self.direction_combo.currentData()),
                   "support": self.support_checks.value(), "note": ""}
        if self.kind == ORGANISATION:
            fields: dict[str, Any] = {**place, "contact_name": self.contact_edit.text().strip()}
            existing = self.existing_organisation()
            if existing is not None:
                fields["organisation_id"] = existing.id
            else:
                fields["name"] = self.name_edit.text().strip()
                fields["kind"] = OrganisationKind(self.kind_combo.currentData())
            return NewContact(ORGANISATION, fields, tie)
        fields = {"first_name": self.first_name_edit.text().strip(),
                  "last_name": self.last_name_edit.text().strip(),
                  "role": self.role_combo.currentText().strip(),
                  "gender": Gender(self.gender_combo.currentData()),
                  "birth_year": self._birth_year(), "deceased": False, **place}
        return NewContact(PERSON, fields, tie)
