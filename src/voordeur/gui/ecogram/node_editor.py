"""The side panel's editor of one node of the ecogram: a person in the network, a household member
or an organisation (`NodeEditor`, built on the editors' common base)."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from voordeur.domain.ecogram import Node
from voordeur.domain.role_guess import guess_from_role
from voordeur.gui.common.i18n import catalogue_label
from voordeur.gui.ecogram.editors import _Editor, _labelled
from voordeur.gui.ecogram.fields import (
    closeness_combo,
    domain_combo,
    gender_combo,
    kind_combo,
    role_combo,
    set_combo_data,
    year_edit,
    year_problem,
)
from voordeur.model.catalogues import Gender, NodeKind, OrganisationKind


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("EcogramPanels", text, None, n)


# -- person or organisation -------------------------------------------------------------------
class NodeEditor(_Editor):
    """Edit a person in the network, a household member or an organisation.

    Person fields: first_name, last_name, role, gender, birth_year, deceased, and for the
    network life_domain, closeness. Organisation: name, kind, contact_name, life_domain,
    closeness (name and kind belong to the organisation itself, shared by every household).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nodeEditor")
        self.node: Node | None = None
        self.first_name_edit = QLineEdit(self)
        self.first_name_edit.setObjectName("firstNameEdit")
        self.first_name_edit.setMaxLength(100)
        self.last_name_edit = QLineEdit(self)
        self.last_name_edit.setObjectName("lastNameEdit")
        self.last_name_edit.setMaxLength(100)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setMaxLength(200)
        self.kind_combo = kind_combo(self)
        self.contact_edit = QLineEdit(self)
        self.contact_edit.setObjectName("contactNameEdit")
        self.contact_edit.setMaxLength(200)
        self.contact_edit.setPlaceholderText(_t("naam van je contactpersoon"))
        self.role_combo = role_combo(self)
        self.gender_combo = gender_combo(self)
        self.birth_year_edit = year_edit(self)
        self.deceased_check = QCheckBox(_t("&Overleden"), self)
        self.deceased_check.setObjectName("deceasedCheck")
        self.domain_combo = domain_combo(self)
        self.closeness_combo = closeness_combo(self)

        form = self.form
        self._rows: dict[str, QWidget] = {}
        for name, text, field in (
            ("first_name", _t("&Voornaam"), self.first_name_edit),
            ("last_name", _t("&Achternaam"), self.last_name_edit),
            ("name", _t("&Naam"), self.name_edit),
            ("kind", _t("&Soort"), self.kind_combo),
            ("contact_name", _t("&Contact"), self.contact_edit),
            ("role", _t("&Rol"), self.role_combo),
            ("gender", _t("&Geslacht"), self.gender_combo),
            ("birth_year", _t("Geboorte&jaar"), self.birth_year_edit),
            ("deceased", "", self.deceased_check),
            ("life_domain", _t("&Domein"), self.domain_combo),
            ("closeness", _t("Na&bijheid"), self.closeness_combo),
        ):
            if text:
                _labelled(form, text, field)
            else:
                form.addRow(field)
            self._rows[name] = field
            self._watch(field)
        # A role typed for someone of unknown gender suggests one (domain/role_guess.py);
        # a gender the worker picks or stored stays.
        self._guessed_gender: Gender | None = None
        self.role_combo.lineEdit().textEdited.connect(self._guess_gender)
        self.role_combo.activated.connect(
            lambda *_: self._guess_gender(self.role_combo.currentText()))
        self.closeness_combo.setToolTip(_t("Hoe dichtbij staat dit contact bij het gezin? "
                                           "Dat is de ring op de kaart."))
        self._order()

    def _order(self) -> None:
        chain = [self.first_name_edit, self.last_name_edit, self.name_edit, self.kind_combo,
                 self.contact_edit, self.role_combo, self.gender_combo, self.birth_year_edit,
                 self.deceased_check, self.domain_combo, self.closeness_combo,
                 self.apply_button, self.revert_button, self.remove_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _fields(self) -> list[QWidget]:
        return list(self._rows.values())

    def _guess_gender(self, role: str) -> None:
        node, current = self.node, self.gender_combo.currentData()
        if node is None or node.kind != NodeKind.PERSON or node.gender != Gender.UNKNOWN \
                or current not in (Gender.UNKNOWN, self._guessed_gender):
            return
        self._guessed_gender = guess_from_role(role).gender
        set_combo_data(self.gender_combo, self._guessed_gender or Gender.UNKNOWN)
        self.gender_combo.setToolTip(_t("Geraden uit de rol") if self._guessed_gender else "")

    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        # The household in the centre cannot be removed from its own map.
        self.remove_button.setVisible(editable and not (self.node and self.node.is_household))

    # -- showing ------------------------------------------------------------------------------
    def set_node(self, node: Node, *, names: tuple[str, str] | None = None) -> None:
        """Show `node`. `names` = (first_name, last_name) when the caller knows them; else the
        full name is split at the first space ("Jan de Vries" → "Jan", "de Vries")."""
        self.node = node
        self._guessed_gender = None
        self.gender_combo.setToolTip("")
        self.title_label.setText(node.label())
        self.subtitle_label.setText(self._subtitle(node))
        shown = self._shown_fields(node)
        for name, field in self._rows.items():
            self.form.setRowVisible(field, name in shown)
        self.hint_label.setVisible(node.is_organisation or node.is_household)
        if node.is_organisation:
            self.hint_label.setText(_t("Naam en soort gelden voor alle gezinnen die met deze "
                                       "organisatie werken."))
        elif node.is_household:
            self.hint_label.setText(_t("Het gezin staat in het midden van de kaart. Klik op "
                                       "een gezinslid of contact om het te bewerken."))
        self.remove_button.setVisible(self._editable and not node.is_household)
        self.remove_button.setText(_t("Ver&wijderen…") if not node.member
                                   else _t("Uit het gezin ver&wijderen…"))
        self._start(node.key, self._values_of(node, names))

    @staticmethod
    def _subtitle(node: Node) -> str:
        if node.is_household:
            return _t("Het gezin")
        if node.is_organisation:
            return _t("Organisatie · {kind}").format(kind=catalogue_label(
                node.organisation_kind or OrganisationKind.OTHER))
        if node.member:
            return _t("Gezinslid") + (f" · {node.role}" if node.role else "")
        return _t("Netwerk · {domain}").format(domain=catalogue_label(node.life_domain))

    @staticmethod
    def _shown_fields(node: Node) -> set[str]:
        if node.is_household:
            return set()
        if node.is_organisation:
            return {"name", "kind", "contact_name", "life_domain", "closeness"}
        person = {"first_name", "last_name", "role", "gender", "birth_year", "deceased"}
        return person if node.member else person | {"life_domain", "closeness"}

    def _values_of(self, node: Node, names: tuple[str, str] | None) -> dict[str, Any]:
        if node.is_household:
            return {}
        if node.is_organisation:
            return {"name": node.name, "kind": node.organisation_kind or OrganisationKind.OTHER,
                    "contact_name": node.contact_name, "life_domain": node.life_domain,
                    "closeness": node.closeness}
        if names is None:
            first, _, last = node.name.strip().partition(" ")
            names = (first, last.strip())
        values: dict[str, Any] = {
            "first_name": names[0], "last_name": names[1], "role": node.role,
            "gender": node.gender, "birth_year": node.birth_year, "deceased": node.deceased}
        if not node.member:
            values.update(life_domain=node.life_domain, closeness=node.closeness)
        return values

    def _fill(self, values: dict[str, Any]) -> None:
        self.first_name_edit.setText(values.get("first_name", ""))
        self.last_name_edit.setText(values.get("last_name", ""))
        self.name_edit.setText(values.get("name", ""))
        set_combo_data(self.kind_combo, values.get("kind", OrganisationKind.OTHER))
        self.contact_edit.setText(values.get("contact_name", ""))
        self.role_combo.setEditText(values.get("role", ""))
        set_combo_data(self.gender_combo, values.get("gender", Gender.UNKNOWN))
        year = values.get("birth_year")
        self.birth_year_edit.setText("" if year is None else str(year))
        self.deceased_check.setChecked(bool(values.get("deceased", False)))
        if "life_domain" in values:
            set_combo_data(self.domain_combo, values["life_domain"])
        if "closeness" in values:
            set_combo_data(self.closeness_combo, values["closeness"])

    # -- reading ------------------------------------------------------------------------------
    def _collect(self) -> dict[str, Any]:
        node = self.node
        if node is None or node.is_household:
            return {}
        if node.is_organisation:
            return {"name": self.name_edit.text().strip(),
                    "kind": OrganisationKind(self.kind_combo.currentData()),
                    "contact_name": self.contact_edit.text().strip(),
                    "life_domain": self.domain_combo.currentData(),
                    "closeness": int(self.closeness_combo.currentData())}
        year_text = self.birth_year_edit.text().strip()
        values: dict[str, Any] = {
            "first_name": self.first_name_edit.text().strip(),
            "last_name": self.last_name_edit.text().strip(),
            "role": self.role_combo.currentText().strip(),
            "gender": Gender(self.gender_combo.currentData()),
            "birth_year": int(year_text) if year_text else None,
            "deceased": self.deceased_check.isChecked()}
        if not node.member:
            values.update(life_domain=self.domain_combo.currentData(),
                          closeness=int(self.closeness_combo.currentData()))
        return values

    def _problem(self, values: dict[str, Any]) -> tuple[str, QWidget] | None:
        if self.node is not None and self.node.is_organisation:
            if not values["name"]:
                return _t("Vul de naam van de organisatie in."), self.name_edit
            return None
        if not values or values["first_name"] or values["last_name"] or values["role"]:
            return year_problem(values.get("birth_year"), self.birth_year_edit)
        return _t("Vul een naam of een rol in (bijvoorbeeld ‘oma’)."), self.first_name_edit

    def _changes(self, values: dict[str, Any]) -> dict[str, Any]:
        changes = super()._changes(values)
        # The shown names may be a guess (split at the first space): send both together so
        # the full name stays whole.
        if "first_name" in changes or "last_name" in changes:
            changes["first_name"] = values["first_name"]
            changes["last_name"] = values["last_name"]
        return changes
