"""Dialogs of the household page: a household and a member (new or edit).

The forms are Qt Designer files (`ui/*.ui`) loaded at run time. Like every `WriteDialog`, they
check what was typed (Dutch messages, next to the fields) before anything is written, write
through the background runner, and close only when the write succeeded: on an error the message
is shown and everything typed stays in the dialog.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from voordeur import clock
from voordeur.domain.role_guess import guess_from_role
from voordeur.gui.common.context import AppContext
from voordeur.gui.common.date_field import DateField
from voordeur.gui.common.forms import alive, child
from voordeur.gui.common.i18n import catalogue_label
from voordeur.gui.common.style import MUTED_STYLE
from voordeur.gui.households.write_dialog import WriteDialog
from voordeur.model import Household, Person, new_id
from voordeur.model.catalogues import Gender
from voordeur.services import households as hs
from voordeur.services.household_queries import HouseholdDetail, MemberInfo
from voordeur.services.household_rows import neighbourhoods, own_neighbourhood
from voordeur.services.unit_of_work import UnitOfWork

ROLES = ("moeder", "vader", "ouder", "partner", "dochter", "zoon", "kind", "pleegdochter",
         "pleegzoon", "stiefmoeder", "stiefvader", "oma", "opa", "tante", "oom")
POSTCODE = re.compile(r"^\s*(\d{4})\s*([A-Za-z]{2})\s*$")
PHONE = re.compile(r"^[0-9+()\-\s]{6,40}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


# -- household --------------------------------------------------------------------------------
class HouseholdDialog(WriteDialog):
    """New household or edit of one: name, wijk and minimal contact details."""

    def __init__(self, ctx: AppContext, parent: QWidget | None,
                 detail: HouseholdDetail | None = None,
                 on_saved: Callable[[Any], None] | None = None) -> None:
        super().__init__(ctx, parent, on_saved)
        self.setObjectName("householdDialog")
        self.detail = detail
        self.setWindowTitle(self.tr("Huishouden bewerken") if detail
                            else self.tr("Nieuw huishouden"))
        form = self.use_form("household_dialog.ui")
        self.name_edit = child(form, QLineEdit, "nameEdit")
        self.neighbourhood_combo = child(form, QComboBox, "neighbourhoodCombo")
        self.city_edit = child(form, QLineEdit, "cityEdit")
        self.street_edit = child(form, QLineEdit, "streetEdit")
        self.house_number_edit = child(form, QLineEdit, "houseNumberEdit")
        self.postcode_edit = child(form, QLineEdit, "postcodeEdit")
        self.phone_edit = child(form, QLineEdit, "phoneEdit")
        self.email_edit = child(form, QLineEdit, "emailEdit")
        self.house_number_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000 ab") * 2)
        self.postcode_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000 AB") * 2)
        self.household_id = detail.id if detail else new_id()
        self.lists_changed = True
        if detail is not None:
            self.name_edit.setText(detail.display_name)
            self.neighbourhood_combo.setEditText(detail.neighbourhood)
            self.city_edit.setText(detail.city)
            self.street_edit.setText(detail.street)
            self.house_number_edit.setText(detail.house_number)
            self.postcode_edit.setText(detail.postcode)
            self.phone_edit.setText(detail.phone)
            self.email_edit.setText(detail.email)
        self.resize(self.sizeHint().expandedTo(self.fontMetrics().size(0, "M" * 48)))
        self.name_edit.setFocus()
        ctx.read(lambda store: (neighbourhoods(store), own_neighbourhood(store)),
                 self._fill_neighbourhoods)

    def _fill_neighbourhoods(self, result: tuple[list[str], str]) -> None:
        if not alive(self):
            return
        wijken, own = result
        typed = self.neighbourhood_combo.currentText()
        self.neighbourhood_combo.clear()
        self.neighbourhood_combo.addItems(wijken)
        if typed or self.detail is not None:
            self.neighbourhood_combo.setEditText(typed)
        else:
            self.neighbourhood_combo.setEditText(own)

    def validate(self) -> dict[str, Any] | None:
        name = self.name_edit.text().strip()
        if not name:
            self.show_message(self.tr("Vul een naam in, bijvoorbeeld ‘Gezin Jansen’."),
                              self.name_edit)
            return None
        wijk = self.neighbourhood_combo.currentText().strip()
        if len(wijk) > 200:
            self.show_message(self.tr("De naam van de wijk is te lang."),
                              self.neighbourhood_combo)
            return None
        postcode = self.postcode_edit.text().strip()
        if postcode:
            match = POSTCODE.match(postcode)
            if match is None:
                self.show_message(self.tr(
                    "Een postcode bestaat uit vier cijfers en twee letters, "
                    "bijvoorbeeld 8011 AB."), self.postcode_edit)
                return None
            postcode = f"{match.group(1)} {match.group(2).upper()}"
        phone = self.phone_edit.text().strip()
        if phone and not PHONE.match(phone):
            self.show_message(self.tr(
                "Een telefoonnummer bevat alleen cijfers, spaties, + en -, bijvoorbeeld "
                "06-12345678."), self.phone_edit)
            return None
        email = self.email_edit.text().strip()
        if email and not EMAIL.match(email):
            self.show_message(self.tr("Dit e-mailadres lijkt niet te kloppen."),
                              self.email_edit)
            return None
        return {"display_name": name, "neighbourhood": wijk,
                "city": self.city_edit.text().strip(), "street": self.street_edit.text().strip(),
                "house_number": self.house_number_edit.text().strip(), "postcode": postcode,
                "phone": phone, "email": email}

    def make_write(self, values: dict[str, Any]) -> Callable[[UnitOfWork], Any]:
        household_id = self.household_id
        assert household_id is not None
        if self.detail is None:
            def create(uow: UnitOfWork) -> str:
                return hs.start_household(uow, id=household_id, **values).id
            return create

        def edit(uow: UnitOfWork) -> str:
            hs.edit_household(uow, hs.require(uow, Household, household_id), **values)
            return household_id
        return edit


def open_new_household_dialog(ctx: AppContext, parent: QWidget | None,
                              on_created: Callable[[str], None]) -> None:
    """Ask for a new household; `on_created(id)` after it was saved."""
    dialog = HouseholdDialog(ctx, parent, None, on_saved=lambda hid: on_created(str(hid)))
    dialog.open()


# -- member -----------------------------------------------------------------------------------
class MemberDialog(WriteDialog):
    """Add or edit a household member: name, role, birth date or year, gender, deceased, index
    and a short note ("bijzonderheden", e.g. a developmental delay)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, household_id: str,
                 member: MemberInfo | None = None, today: date | None = None,
                 on_saved: Callable[[Any], None] | None = None) -> None:
        super().__init__(ctx, parent, on_saved)
        self.setObjectName("memberDialog")
        self.member = member
        self.household_id = household_id
        self.today = today or clock.today()
        self.setWindowTitle(self.tr("Gezinslid bewerken") if member
                            else self.tr("Gezinslid toevoegen"))
        form = self.use_form("member_dialog.ui")
        self.first_name_edit = child(form, QLineEdit, "firstNameEdit")
        self.last_name_edit = child(form, QLineEdit, "lastNameEdit")
        self.role_combo = child(form, QComboBox, "roleCombo")
        self.gender_combo = child(form, QComboBox, "genderCombo")
        self.birth_date_radio = child(form, QRadioButton, "birthDateRadio")
        self.birth_year_radio = child(form, QRadioButton, "birthYearRadio")
        self.birth_unknown_radio = child(form, QRadioButton, "birthUnknownRadio")
        self.birth_date_edit = child(form, DateField, "birthDateEdit")
        self.birth_year_spin = child(form, QSpinBox, "birthYearSpin")
        self.deceased_check = child(form, QCheckBox, "deceasedCheck")
        self.index_check = child(form, QCheckBox, "indexCheck")
        self.note_edit = child(form, QLineEdit, "noteEdit")  # bijzonderheden, short
        child(form, QLabel, "indexHint").setStyleSheet(MUTED_STYLE)

        self.role_combo.addItems(ROLES)
        self.role_combo.setCurrentIndex(-1)
        self.role_combo.lineEdit().setPlaceholderText(self.tr("bijvoorbeeld moeder, zoon, oma"))
        for gender in (Gender.FEMALE, Gender.MALE, Gender.OTHER, Gender.UNKNOWN):
            self.gender_combo.addItem(catalogue_label(gender), gender.value)
        self.gender_combo.setCurrentIndex(self.gender_combo.findData(Gender.UNKNOWN.value))
        # Empty until typed; a two-digit year is never in the future.
        self.birth_date_edit.setPrefer("past")
        self.birth_date_edit.setAccessibleName(self.tr("Geboortedatum"))
        self.birth_date_edit.setMinimum(date(1900, 1, 1))
        self.birth_date_edit.setMaximum(self.today, self.tr(
            "Een geboortedatum ligt niet in de toekomst."))
        self.birth_date_edit.line_edit.textEdited.connect(
            lambda _text: self.birth_date_radio.setChecked(True))
        self.birth_year_spin.setMaximum(self.today.year)
        self.birth_year_spin.setValue(self.today.year - 30)
        for radio in (self.birth_date_radio, self.birth_year_radio, self.birth_unknown_radio):
            radio.toggled.connect(self._birth_mode_changed)
        if member is not None:
            self.first_name_edit.setText(member.first_name)
            self.last_name_edit.setText(member.last_name)
            self.role_combo.setEditText(member.role)
            self.gender_combo.setCurrentIndex(max(0, self.gender_combo.findData(
                member.gender.value)))
            if member.birth_date is not None:
                self.birth_date_radio.setChecked(True)
                self.birth_date_edit.setValue(member.birth_date)
            elif member.birth_year is not None:
                self.birth_year_radio.setChecked(True)
                self.birth_year_spin.setValue(member.birth_year)
            self.deceased_check.setChecked(member.deceased)
            self.index_check.setChecked(member.is_index)
            self.note_edit.setText(member.note)
        self._birth_mode_changed()
        # The role suggests the gender (domain/role_guess.py) while the worker has not chosen
        # one: a stored gender or one picked here stays.
        self._gender_chosen = member is not None and member.gender != Gender.UNKNOWN
        self._guessing = False
        self.role_combo.editTextChanged.connect(self._guess_gender)
        self.gender_combo.currentIndexChanged.connect(self._gender_picked)
        self.first_name_edit.setFocus()

    def _guess_gender(self, role: str) -> None:
        if self._gender_chosen:
            return
        gender = guess_from_role(role).gender
        self._guessing = True
        self.gender_combo.setCurrentIndex(self.gender_combo.findData(
            (gender or Gender.UNKNOWN).value))
        self._guessing = False
        self.gender_combo.setToolTip(self.tr("Geraden uit de rol") if gender else "")

    def _gender_picked(self, _index: int) -> None:
        if not self._guessing:
            self._gender_chosen = True
            self.gender_combo.setToolTip("")

    def _birth_mode_changed(self, *_: object) -> None:
        # The date stays open for typing (typing in it chooses "Geboortedatum").
        self.birth_year_spin.setEnabled(self.birth_year_radio.isChecked())

    def date_fields(self) -> list[DateField]:
        return [self.birth_date_edit] if self.birth_date_radio.isChecked() else []

    def validate(self) -> dict[str, Any] | None:
        first = self.first_name_edit.text().strip()
        last = self.last_name_edit.text().strip()
        role = self.role_combo.currentText().strip()
        if not first and not role:
            self.show_message(self.tr("Vul een voornaam of een rol in (bijvoorbeeld ‘oma’)."),
                              self.first_name_edit)
            return None
        if len(role) > 100:
            self.show_message(self.tr("De rol is te lang (hoogstens 100 tekens)."),
                              self.role_combo)
            return None
        birth_date: date | None = None
        birth_year: int | None = None
        if self.birth_date_radio.isChecked():
            birth_date = self.birth_date_edit.value()
            if birth_date is None:
                self.show_message(self.tr(
                    "Typ de geboortedatum, of kies ‘Alleen geboortejaar’ of ‘Onbekend’."),
                    self.birth_date_edit)
                return None
            if birth_date > self.today:
                self.show_message(self.tr("De geboortedatum ligt in de toekomst."),
                                  self.birth_date_edit)
                return None
            birth_year = birth_date.year
        elif self.birth_year_radio.isChecked():
            birth_year = self.birth_year_spin.value()
            if birth_year > self.today.year:
                self.show_message(self.tr("Het geboortejaar ligt in de toekomst."),
                                  self.birth_year_spin)
                return None
        return {"first_name": first, "last_name": last, "role": role,
                "gender": Gender(self.gender_combo.currentData()), "birth_date": birth_date,
                "birth_year": birth_year, "deceased": self.deceased_check.isChecked(),
                "is_index": self.index_check.isChecked(),
                "note": self.note_edit.text().strip()}

    def make_write(self, values: dict[str, Any]) -> Callable[[UnitOfWork], Any]:
        household_id = self.household_id
        assert household_id is not None
        if self.member is None:
            def add(uow: UnitOfWork) -> str:
                household = hs.require(uow, Household, household_id)
                return hs.add_member(uow, household, **values).id
            return add
        person_id = self.member.id

        def edit(uow: UnitOfWork) -> str:
            hs.edit_person(uow, hs.require(uow, Person, person_id), **values)
            return person_id
        return edit


