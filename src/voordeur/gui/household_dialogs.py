"""Dialogs of the household page: household, member, goal and agreement, plus a confirmation.

The household and member forms are Qt Designer files (`ui/*.ui`) loaded at run time. Every dialog
checks what was typed (Dutch messages, next to the fields) before anything is written, writes
through the background runner, and closes only when the write succeeded: on an error the message
is shown and everything typed stays in the dialog.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QFile, QIODevice, Qt
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from voordeur import clock
from voordeur.gui.context import AppContext
from voordeur.gui.errors import describe_error
from voordeur.gui.i18n import catalogue_label
from voordeur.gui.style import MUTED_STYLE, TABLE_ALERT_COLOUR
from voordeur.model import Agreement, Goal, Household, Person, new_id
from voordeur.model.catalogues import AgreementOwnerKind, Gender, GoalStatus
from voordeur.paths import ui_dir
from voordeur.services import households as hs
from voordeur.services import plan
from voordeur.services.household_queries import (
    AgreementInfo,
    GoalInfo,
    HouseholdDetail,
    MemberInfo,
    neighbourhoods,
    own_neighbourhood,
)
from voordeur.services.unit_of_work import UnitOfWork

W = TypeVar("W", bound=QWidget)

ERROR_STYLE = f"color: {TABLE_ALERT_COLOUR}; font-weight: bold;"
ROLES = ("moeder", "vader", "ouder", "partner", "dochter", "zoon", "kind", "pleegdochter",
         "pleegzoon", "stiefmoeder", "stiefvader", "oma", "opa", "tante", "oom")
POSTCODE = re.compile(r"^\s*(\d{4})\s*([A-Za-z]{2})\s*$")
PHONE = re.compile(r"^[0-9+()\-\s]{6,40}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("HouseholdDialogs", text, None, n)


# -- helpers ----------------------------------------------------------------------------------
def load_form(name: str, parent: QWidget) -> QWidget:
    """Load `ui/<name>` (a Qt Designer form) as a child widget of `parent`."""
    path = ui_dir() / name
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(str(path))
    try:
        form = QUiLoader().load(file, parent)
    finally:
        file.close()
    if form is None:
        raise RuntimeError(f"cannot load the form {name}")
    return form


def child(parent: QWidget, cls: type[W], name: str) -> W:
    widget = parent.findChild(cls, name)
    if widget is None:
        raise LookupError(f"{name} ({cls.__name__}) is missing from the form")
    return widget


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def alive(widget: QWidget | None) -> bool:
    return widget is not None and shiboken6.isValid(widget)


def ask(parent: QWidget, title: str, text: str, yes_text: str,
        on_yes: Callable[[], None]) -> QMessageBox:
    """A non-blocking confirmation (window-modal); `on_yes` runs only when confirmed."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("confirmBox")
    box.button(QMessageBox.StandardButton.Yes).setText(yes_text)
    box.button(QMessageBox.StandardButton.Cancel).setText(_t("Annuleren"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    yes = box.button(QMessageBox.StandardButton.Yes)

    def clicked(button: object) -> None:
        if button is yes:
            on_yes()

    box.buttonClicked.connect(clicked)
    box.open()
    return box


def show_error(parent: QWidget, exc: BaseException) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, _t("Niet gelukt"), describe_error(exc),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


# -- the base of every dialog that writes -----------------------------------------------------
class WriteDialog(QDialog):
    """Validate, write in the background, close on success; keep the input on an error.

    Subclasses fill `self.body`, implement `validate()` (returns the values or None after
    `show_message`) and `make_write(values)` (a function of the unit of work).
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None,
                 on_saved: Callable[[Any], None] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.on_saved = on_saved
        self.household_id: str | None = None  # the household the write touches, if known
        self.lists_changed = False  # emit households_changed after the write
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.body = QVBoxLayout(self)
        self.error_label: QLabel | None = None
        self.button_box: QDialogButtonBox | None = None

    def use_form(self, name: str) -> QWidget:
        form = load_form(name, self)
        self.body.addWidget(form)
        self.error_label = child(form, QLabel, "errorLabel")
        self.button_box = child(form, QDialogButtonBox, "buttonBox")
        self._wire()
        return form

    def add_buttons(self) -> None:
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.button_box.setObjectName("buttonBox")
        self.body.addWidget(self.error_label)
        self.body.addWidget(self.button_box)
        self._wire()

    def _wire(self) -> None:
        assert self.error_label is not None and self.button_box is not None
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setAccessibleName(
            QCoreApplication.translate("HouseholdDialogs", "Melding"))
        save = self.button_box.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setText(QCoreApplication.translate("HouseholdDialogs", "&Opslaan"))
            save.setDefault(True)
        cancel = self.button_box.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setText(QCoreApplication.translate("HouseholdDialogs", "Annuleren"))
        self.button_box.accepted.connect(self.submit)
        self.button_box.rejected.connect(self.reject)

    @property
    def save_button(self) -> Any:
        assert self.button_box is not None
        return self.button_box.button(QDialogButtonBox.StandardButton.Save)

    def show_message(self, text: str, focus: QWidget | None = None) -> None:
        assert self.error_label is not None
        self.error_label.setText(text)
        self.error_label.show()
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_message(self) -> None:
        if self.error_label is not None:
            self.error_label.clear()
            self.error_label.hide()

    # -- to implement -------------------------------------------------------------------------
    def validate(self) -> dict[str, Any] | None:
        raise NotImplementedError

    def make_write(self, values: dict[str, Any]) -> Callable[[UnitOfWork], Any]:
        raise NotImplementedError

    # -- submitting ---------------------------------------------------------------------------
    def submit(self) -> None:
        if not self.save_button.isEnabled():
            return  # a write is already on its way
        values = self.validate()
        if values is None:
            return
        self.clear_message()
        self.save_button.setEnabled(False)
        self.ctx.write(self.make_write(values), self._saved, self._failed,
                       household_id=self.household_id)

    def _saved(self, result: Any) -> None:
        if self.lists_changed:
            self.ctx.bus.households_changed.emit()
        if not alive(self):
            return
        callback = self.on_saved
        QDialog.accept(self)
        if callback is not None:
            callback(result)

    def _failed(self, exc: BaseException) -> None:
        if not alive(self):
            return
        self.save_button.setEnabled(True)
        self.show_message(describe_error(exc))


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
    """Add or edit a household member: name, role, birth date or year, gender, deceased, index."""

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
        self.birth_date_edit = child(form, QDateEdit, "birthDateEdit")
        self.birth_year_spin = child(form, QSpinBox, "birthYearSpin")
        self.deceased_check = child(form, QCheckBox, "deceasedCheck")
        self.index_check = child(form, QCheckBox, "indexCheck")
        child(form, QLabel, "indexHint").setStyleSheet(MUTED_STYLE)

        self.role_combo.addItems(ROLES)
        self.role_combo.setCurrentIndex(-1)
        self.role_combo.lineEdit().setPlaceholderText(self.tr("bijvoorbeeld moeder, zoon, oma"))
        for gender in (Gender.FEMALE, Gender.MALE, Gender.OTHER, Gender.UNKNOWN):
            self.gender_combo.addItem(catalogue_label(gender), gender.value)
        self.gender_combo.setCurrentIndex(self.gender_combo.findData(Gender.UNKNOWN.value))
        self.birth_date_edit.setMinimumDate(QDate(1900, 1, 1))
        self.birth_date_edit.setMaximumDate(to_qdate(self.today))
        self.birth_date_edit.setDate(to_qdate(date(self.today.year - 30, 1, 1)))
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
                self.birth_date_edit.setDate(to_qdate(member.birth_date))
            elif member.birth_year is not None:
                self.birth_year_radio.setChecked(True)
                self.birth_year_spin.setValue(member.birth_year)
            self.deceased_check.setChecked(member.deceased)
            self.index_check.setChecked(member.is_index)
        self._birth_mode_changed()
        self.first_name_edit.setFocus()

    def _birth_mode_changed(self, *_: object) -> None:
        self.birth_date_edit.setEnabled(self.birth_date_radio.isChecked())
        self.birth_year_spin.setEnabled(self.birth_year_radio.isChecked())

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
            birth_date = from_qdate(self.birth_date_edit.date())
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
                "is_index": self.index_check.isChecked()}

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


# -- goal -------------------------------------------------------------------------------------
class GoalDialog(WriteDialog):
    """A goal in the family's own words, for whom, and (when editing) its status."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, detail: HouseholdDetail,
                 goal: GoalInfo | None = None,
                 on_saved: Callable[[Any], None] | None = None) -> None:
        super().__init__(ctx, parent, on_saved)
        self.setObjectName("goalDialog")
        self.goal = goal
        self.household_id = detail.id
        self.setWindowTitle(self.tr("Doel bewerken") if goal else self.tr("Doel toevoegen"))
        form = QFormLayout()
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("goalTextEdit")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setPlaceholderText(self.tr(
            "In de woorden van het gezin, bijvoorbeeld: ‘Wij hebben overzicht over onze "
            "rekeningen’"))
        self.text_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.text_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        text_label = QLabel(self.tr("&Doel"), self)
        text_label.setBuddy(self.text_edit)
        form.addRow(text_label, self.text_edit)
        self.person_combo = QComboBox(self)
        self.person_combo.setObjectName("goalPersonCombo")
        self.person_combo.addItem(self.tr("Het hele gezin"), None)
        for member in detail.members:
            if not member.deceased:
                self.person_combo.addItem(member.name, member.id)
        person_label = QLabel(self.tr("&Voor wie"), self)
        person_label.setBuddy(self.person_combo)
        form.addRow(person_label, self.person_combo)
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("goalStatusCombo")
        for status in GoalStatus:
            self.status_combo.addItem(catalogue_label(status), status.value)
        status_label = QLabel(self.tr("&Status"), self)
        status_label.setBuddy(self.status_combo)
        form.addRow(status_label, self.status_combo)
        if goal is None:
            self.status_combo.hide()
            status_label.hide()
        else:
            self.text_edit.setPlainText(goal.text)
            self.person_combo.setCurrentIndex(max(0, self.person_combo.findData(goal.person_id))
                                              if goal.person_id else 0)
            self.status_combo.setCurrentIndex(self.status_combo.findData(goal.status.value))
        self.body.addLayout(form)
        self.add_buttons()
        self.resize(self.fontMetrics().horizontalAdvance("M") * 45, self.sizeHint().height())
        self.text_edit.setFocus()

    def validate(self) -> dict[str, Any] | None:
        text = self.text_edit.toPlainText().strip()
        if not text:
            self.show_message(self.tr("Schrijf het doel op, in de woorden van het gezin."),
                              self.text_edit)
            return None
        if len(text) > 1000:
            self.show_message(self.tr("Het doel is te lang (hoogstens 1000 tekens)."),
                              self.text_edit)
            return None
        values: dict[str, Any] = {"text": text, "person_id": self.person_combo.currentData()}
        if self.goal is not None:
            values["status"] = GoalStatus(self.status_combo.currentData())
        return values

    def make_write(self, values: dict[str, Any]) -> Callable[[UnitOfWork], Any]:
        household_id = self.household_id
        assert household_id is not None
        if self.goal is None:
            started = clock.today()

            def add(uow: UnitOfWork) -> str:
                household = hs.require(uow, Household, household_id)
                return plan.add_goal(uow, household, started_on=started, **values).id
            return add
        goal_id = self.goal.id

        def edit(uow: UnitOfWork) -> str:
            plan.edit_goal(uow, hs.require(uow, Goal, goal_id), **values)
            return goal_id
        return edit


# -- agreement --------------------------------------------------------------------------------
class AgreementDialog(WriteDialog):
    """Who does what, when."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, detail: HouseholdDetail,
                 agreement: AgreementInfo | None = None,
                 on_saved: Callable[[Any], None] | None = None) -> None:
        super().__init__(ctx, parent, on_saved)
        self.setObjectName("agreementDialog")
        self.agreement = agreement
        self.household_id = detail.id
        self.setWindowTitle(self.tr("Afspraak bewerken") if agreement
                            else self.tr("Afspraak toevoegen"))
        form = QFormLayout()
        self.what_edit = QLineEdit(self)
        self.what_edit.setObjectName("agreementWhatEdit")
        self.what_edit.setMaxLength(1000)
        self.what_edit.setPlaceholderText(self.tr("bijvoorbeeld: Moeder belt de school"))
        what_label = QLabel(self.tr("&Wat"), self)
        what_label.setBuddy(self.what_edit)
        form.addRow(what_label, self.what_edit)
        self.owner_combo = QComboBox(self)
        self.owner_combo.setObjectName("agreementOwnerCombo")
        worker = ctx.store.actor.worker_id
        self.owner_combo.addItem(self.tr("Ik (medewerker)"),
                                 (AgreementOwnerKind.WORKER.value, worker))
        for member in detail.members:
            if not member.deceased:
                self.owner_combo.addItem(member.name, (AgreementOwnerKind.MEMBER.value, member.id))
        for partner in detail.partners:
            self.owner_combo.addItem(partner.name, (AgreementOwnerKind.ORGANISATION.value,
                                                    partner.organisation_id))
        owner_label = QLabel(self.tr("W&ie"), self)
        owner_label.setBuddy(self.owner_combo)
        form.addRow(owner_label, self.owner_combo)
        self.due_check = QCheckBox(self.tr("&Uiterlijk op"), self)
        self.due_check.setObjectName("agreementDueCheck")
        self.due_check.setChecked(True)
        self.due_edit = QDateEdit(self)
        self.due_edit.setObjectName("agreementDueEdit")
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat(self.tr("d-M-yyyy"))
        self.due_edit.setAccessibleName(self.tr("Uiterlijk op"))
        self.due_edit.setDate(to_qdate(clock.today()).addDays(14))
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_edit)
        due_row.addStretch(1)
        form.addRow(self.due_check, due_row)
        if agreement is not None:
            self.what_edit.setText(agreement.what)
            wanted = (agreement.owner_kind.value, agreement.owner_id)
            found = next((i for i in range(self.owner_combo.count())
                          if tuple(self.owner_combo.itemData(i)) == wanted), -1)
            if found < 0 and agreement.owner_id:
                self.owner_combo.addItem(agreement.owner_name or catalogue_label(
                    agreement.owner_kind), wanted)
                found = self.owner_combo.count() - 1
            self.owner_combo.setCurrentIndex(max(0, found))
            self.due_check.setChecked(agreement.due_on is not None)
            if agreement.due_on is not None:
                self.due_edit.setDate(to_qdate(agreement.due_on))
        self.body.addLayout(form)
        self.add_buttons()
        self.resize(self.fontMetrics().horizontalAdvance("M") * 45, self.sizeHint().height())
        self.what_edit.setFocus()

    def validate(self) -> dict[str, Any] | None:
        what = self.what_edit.text().strip()
        if not what:
            self.show_message(self.tr("Schrijf op wat er gedaan wordt."), self.what_edit)
            return None
        kind, owner_id = self.owner_combo.currentData()
        return {"what": what, "owner_kind": AgreementOwnerKind(kind), "owner_id": owner_id,
                "due_on": from_qdate(self.due_edit.date()) if self.due_check.isChecked()
                else None}

    def make_write(self, values: dict[str, Any]) -> Callable[[UnitOfWork], Any]:
        household_id = self.household_id
        assert household_id is not None
        if self.agreement is None:
            def add(uow: UnitOfWork) -> str:
                household = hs.require(uow, Household, household_id)
                return plan.add_agreement(uow, household, **values).id
            return add
        agreement_id = self.agreement.id

        def edit(uow: UnitOfWork) -> str:
            plan.edit_agreement(uow, hs.require(uow, Agreement, agreement_id), **values)
            return agreement_id
        return edit
