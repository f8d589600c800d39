"""The side panel next to the ecogram: a form for the chosen person or organisation
(`NodeEditor`), one for the chosen relation (`TieEditor`), and an empty state (`SidePanel`).

The editors write nothing themselves: "Toepassen" (or Enter) emits `changed(key, fields)` with
only the fields the worker changed, and the ecogram tab turns that into an undoable command.
Escape puts the form back as it was. The panel is narrow (about 300 px), so labels are short and
long texts wrap.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QIntValidator, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from voordeur import clock
from voordeur.domain.ecogram import Ecogram, Node, Tie
from voordeur.domain.ecogram_layout import SECTOR_ORDER
from voordeur.gui.ecogram_text import direction_choices, node_phrase
from voordeur.gui.i18n import catalogue_label, closeness_label
from voordeur.gui.style import ERROR_COLOUR, MUTED_STYLE
from voordeur.model.catalogues import (
    CLOSENESS_LABELS,
    Gender,
    OrganisationKind,
    SupportDirection,
    SupportType,
    TieQuality,
    TieStrength,
)

ERROR_STYLE = f"color: {ERROR_COLOUR};"
TITLE_STYLE = "font-size: 120%; font-weight: bold;"
MIN_YEAR = 1900
# Roles offered for people in the network (the worker can type any other).
NETWORK_ROLES = ("oma", "opa", "tante", "oom", "nicht", "neef", "zus", "broer", "vriendin",
                 "vriend", "buurvrouw", "buurman", "kennis", "collega", "juf", "meester",
                 "trainer", "oppas")
GENDERS = (Gender.FEMALE, Gender.MALE, Gender.OTHER, Gender.UNKNOWN)


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("EcogramPanels", text, None, n)


# -- small builders shared with the add dialog ------------------------------------------------
def muted_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(MUTED_STYLE)
    return label


def combo(parent: QWidget, name: str, items: Sequence[tuple[str, Any]]) -> QComboBox:
    box = QComboBox(parent)
    box.setObjectName(name)
    for text, data in items:
        box.addItem(text, data)
    # Long labels must not push the narrow panel wider.
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(8)
    box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return box


def set_combo_data(box: QComboBox, value: Any) -> None:
    index = box.findData(value)
    box.setCurrentIndex(index if index >= 0 else 0)


def gender_combo(parent: QWidget) -> QComboBox:
    return combo(parent, "genderCombo", [(catalogue_label(g), g) for g in GENDERS])


def domain_combo(parent: QWidget) -> QComboBox:
    return combo(parent, "domainCombo", [(catalogue_label(d), d) for d in SECTOR_ORDER])


def closeness_combo(parent: QWidget) -> QComboBox:
    return combo(parent, "closenessCombo",
                 [(closeness_label(c), c) for c in sorted(CLOSENESS_LABELS)])


def kind_combo(parent: QWidget) -> QComboBox:
    kinds = sorted(OrganisationKind, key=lambda k: (k == OrganisationKind.OTHER,
                                                    catalogue_label(k).casefold()))
    return combo(parent, "kindCombo", [(catalogue_label(k), k) for k in kinds])


def strength_combo(parent: QWidget) -> QComboBox:
    return combo(parent, "strengthCombo", [(catalogue_label(s), s) for s in TieStrength])


def quality_combo(parent: QWidget) -> QComboBox:
    return combo(parent, "qualityCombo", [(catalogue_label(q), q) for q in TieQuality])


def role_combo(parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    box.setObjectName("roleCombo")
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.addItems(NETWORK_ROLES)
    box.setCurrentIndex(-1)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(8)
    box.lineEdit().setMaxLength(100)
    box.lineEdit().setPlaceholderText(_t("bijv. oma, buurvrouw"))
    return box


def year_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName("birthYearEdit")
    edit.setValidator(QIntValidator(0, 9999, edit))
    edit.setMaxLength(4)
    edit.setPlaceholderText(_t("onbekend"))
    edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("00000") * 2)
    return edit


def year_problem(year: int | None, edit: QWidget) -> tuple[str, QWidget] | None:
    """A message when a typed birth year is impossible; empty means 'unknown' (fine)."""
    if year is None or MIN_YEAR <= year <= clock.today().year:
        return None
    return _t("Vul een geboortejaar in tussen {first} en {last}, of laat het leeg.").format(
        first=MIN_YEAR, last=clock.today().year), edit


class SupportChecks(QWidget):
    """The four P/G/A/E support types as checkboxes with the full words, two by two."""

    toggled = Signal()

    def __init__(self, parent: QWidget | None = None, *, shortcuts: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("supportChecks")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[SupportType, QCheckBox] = {}
        texts = {SupportType.PRACTICAL: _t("&Praktisch"),
                 SupportType.COMPANIONSHIP: _t("&Gezelschap"),
                 SupportType.ADVICE: _t("&Advies"),
                 SupportType.EMOTIONAL: _t("&Emotioneel")}
        for number, support in enumerate(SupportType):
            # Without Alt+letter where P/G/A/E would clash with other fields' shortcuts.
            box = QCheckBox(texts[support] if shortcuts else texts[support].replace("&", ""),
                            self)
            box.setObjectName(f"support{support.value}Check")
            box.toggled.connect(lambda _=False: self.toggled.emit())
            self.boxes[support] = box
            grid.addWidget(box, number // 2, number % 2)

    def value(self) -> tuple[SupportType, ...]:
        return tuple(s for s in SupportType if self.boxes[s].isChecked())

    def set_value(self, types: Sequence[SupportType]) -> None:
        for support, box in self.boxes.items():
            box.setChecked(support in types)

    def widgets(self) -> list[QWidget]:
        return list(self.boxes.values())


class EnterTextEdit(QPlainTextEdit):
    """A short note: Enter applies (goes to the parent form), Shift+Enter starts a new line,
    Tab moves on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        lines = self.fontMetrics().lineSpacing()
        self.setMinimumHeight(lines * 3)
        self.setMaximumHeight(lines * 5)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            event.ignore()  # the form applies
            return
        if event.key() == Qt.Key.Key_Escape:
            event.ignore()
            return
        super().keyPressEvent(event)


# -- the editor base --------------------------------------------------------------------------
class _Editor(QWidget):
    """A header, a form, a message line and Toepassen / Herstellen / Verwijderen.

    Subclasses fill `self.form`, implement `_collect()` (the values now in the form),
    `_problem(values)` (a mistake to show, with the field to fix) and `_fill(values)`, and call
    `_watch(widget)` for every field.
    """

    changed = Signal(str, dict)
    remove_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key = ""
        self._baseline: dict[str, Any] = {}
        self._editable = True
        self.title_label = QLabel(self)
        self.title_label.setObjectName("editorTitle")
        self.title_label.setStyleSheet(TITLE_STYLE)
        self.title_label.setWordWrap(True)
        self.subtitle_label = muted_label("", self)
        self.subtitle_label.setObjectName("editorSubtitle")
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.hint_label = muted_label("", self)
        self.hint_label.setObjectName("editorHint")
        self.hint_label.hide()
        self.error_label = QLabel(self)
        self.error_label.setObjectName("editorError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.apply_button = QPushButton(_t("&Toepassen"), self)
        self.apply_button.setObjectName("applyButton")
        self.apply_button.setToolTip(_t("Wijzigingen toepassen (Enter)"))
        self.apply_button.clicked.connect(lambda _=False: self.apply())
        self.revert_button = QPushButton(_t("&Herstellen"), self)
        self.revert_button.setObjectName("revertButton")
        self.revert_button.setToolTip(_t("Terugzetten zoals het was (Esc)"))
        self.revert_button.clicked.connect(lambda _=False: self.revert())
        self.remove_button = QPushButton(_t("Ver&wijderen…"), self)
        self.remove_button.setObjectName("removeButton")
        self.remove_button.clicked.connect(
            lambda _=False: self.remove_requested.emit(self._key) if self._key else None)
        self.readonly_label = muted_label(
            _t("Dit is een eerdere versie van de kaart: je kunt hier alleen kijken."), self)
        self.readonly_label.setObjectName("readonlyLabel")
        self.readonly_label.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        self.remove_row = QHBoxLayout()
        self.remove_row.addStretch(1)
        self.remove_row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.subtitle_label)
        layout.addWidget(self.readonly_label)
        layout.addSpacing(6)
        layout.addLayout(self.form)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        layout.addStretch(1)
        layout.addLayout(self.remove_row)
        self._update_buttons()

    # -- for subclasses -----------------------------------------------------------------------
    def _collect(self) -> dict[str, Any]:
        raise NotImplementedError

    def _problem(self, values: dict[str, Any]) -> tuple[str, QWidget] | None:
        return None

    def _fill(self, values: dict[str, Any]) -> None:
        raise NotImplementedError

    def _fields(self) -> list[QWidget]:
        raise NotImplementedError

    def _watch(self, widget: QWidget) -> None:
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(lambda *_: self._update_buttons())
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda *_: self._update_buttons())
            widget.editTextChanged.connect(lambda *_: self._update_buttons())
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(lambda *_: self._update_buttons())
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(self._update_buttons)
        elif isinstance(widget, SupportChecks):
            widget.toggled.connect(self._update_buttons)

    def _start(self, key: str, values: dict[str, Any]) -> None:
        self._key = key
        self._baseline = dict(values)
        self._fill(values)
        self._clear_error()
        self._update_buttons()

    # -- public -------------------------------------------------------------------------------
    @property
    def key(self) -> str:
        return self._key

    def is_dirty(self) -> bool:
        return bool(self._key) and bool(self.pending_changes())

    def pending_changes(self) -> dict[str, Any]:
        """What differs from the shown node or tie (without checking it)."""
        return self._changes(self._collect()) if self._key else {}

    def apply(self) -> bool:
        """Check the form and emit `changed` with the changed fields; False when the form has
        a mistake (the message is shown)."""
        if not self._key or not self._editable:
            return False
        values = self._collect()
        problem = self._problem(values)
        if problem is not None:
            self._show_error(*problem)
            return False
        self._clear_error()
        changes = self._changes(values)
        if changes:
            self._baseline.update(values)
            self._update_buttons()
            self.changed.emit(self._key, changes)
        return True

    def revert(self) -> None:
        self._fill(self._baseline)
        self._clear_error()
        self._update_buttons()

    def set_editable(self, editable: bool) -> None:
        """Read-only for snapshots and comparisons."""
        self._editable = editable
        for widget in self._fields():
            # Text stays dark (read-only) so a family can still read it; choices are disabled.
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.setReadOnly(not editable)
            else:
                widget.setEnabled(editable)
        for button in (self.apply_button, self.revert_button, self.remove_button):
            button.setVisible(editable)
        self.readonly_label.setVisible(not editable)
        self._update_buttons()

    # -- internals ----------------------------------------------------------------------------
    def _changes(self, values: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in values.items() if self._baseline.get(k) != v}

    def _update_buttons(self) -> None:
        dirty = self._editable and self.is_dirty() if self._key else False
        self.apply_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    def _show_error(self, text: str, focus: QWidget | None = None) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.apply()
            return
        if event.key() == Qt.Key.Key_Escape and self.is_dirty():
            self.revert()
            return
        super().keyPressEvent(event)  # Escape on an unchanged form goes to the tab


def _labelled(form: QFormLayout, text: str, field: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(field)
    form.addRow(label, field)
    return label


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

    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        # The household in the centre cannot be removed from its own map.
        self.remove_button.setVisible(editable and not (self.node and self.node.is_household))

    # -- showing ------------------------------------------------------------------------------
    def set_node(self, node: Node, *, names: tuple[str, str] | None = None) -> None:
        """Show `node`. `names` = (first_name, last_name) when the caller knows them; else the
        full name is split at the first space ("Jan de Vries" → "Jan", "de Vries")."""
        self.node = node
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


# -- a relation -------------------------------------------------------------------------------
class TieEditor(_Editor):
    """Edit a relation: strength, quality, who supports whom, P/G/A/E and a note.

    Emits `changed(tie_id, fields)` with strength (TieStrength), quality (TieQuality),
    direction (SupportDirection), support (tuple of SupportType, in P/G/A/E order), note (str).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tieEditor")
        self.tie: Tie | None = None
        self.strength_combo = strength_combo(self)
        self.strength_combo.setToolTip(_t("Sterk: dikke lijn · Gewoon: dunne lijn · "
                                          "Zwak: stippellijn"))
        self.quality_combo = quality_combo(self)
        self.direction_combo = combo(self, "directionCombo", [])
        self.support_checks = SupportChecks(self)
        self.note_edit = EnterTextEdit(self)
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setPlaceholderText(_t("Korte notitie (Shift+Enter voor een nieuwe regel)"))
        _labelled(self.form, _t("&Sterkte"), self.strength_combo)
        _labelled(self.form, _t("Soort re&latie"), self.quality_combo)
        direction_label = QLabel(_t("&Wie steunt wie?"))
        direction_label.setBuddy(self.direction_combo)
        self.form.addRow(direction_label)
        self.form.addRow(self.direction_combo)
        support_label = QLabel(_t("Soort steun"))
        self.form.addRow(support_label)
        self.form.addRow(self.support_checks)
        note_label = QLabel(_t("N&otitie"))
        note_label.setBuddy(self.note_edit)
        self.form.addRow(note_label)
        self.form.addRow(self.note_edit)
        for field in self._fields():
            self._watch(field)
        chain = [self.strength_combo, self.quality_combo, self.direction_combo,
                 *self.support_checks.widgets(), self.note_edit, self.apply_button,
                 self.revert_button, self.remove_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _fields(self) -> list[QWidget]:
        return [self.strength_combo, self.quality_combo, self.direction_combo,
                self.support_checks, self.note_edit]

    def set_tie(self, tie: Tie, ecogram: Ecogram | None) -> None:
        self.tie = tie
        source = ecogram.node(tie.source) if ecogram is not None else None
        target = ecogram.node(tie.target) if ecogram is not None else None
        self.title_label.setText(_t("Relatie"))
        self.subtitle_label.setText(_t("{a} en {b}").format(a=node_phrase(source),
                                                           b=node_phrase(target)))
        self.direction_combo.blockSignals(True)
        self.direction_combo.clear()
        for direction, text in direction_choices(tie, ecogram):
            self.direction_combo.addItem(text, direction)
            self.direction_combo.setItemData(self.direction_combo.count() - 1, text,
                                             Qt.ItemDataRole.ToolTipRole)
        self.direction_combo.blockSignals(False)
        self.remove_button.setText(_t("Relatie ver&wijderen…"))
        self._start(tie.id, {"strength": tie.strength, "quality": tie.quality,
                             "direction": tie.direction, "support": tuple(tie.support),
                             "note": tie.note})

    def _fill(self, values: dict[str, Any]) -> None:
        set_combo_data(self.strength_combo, values.get("strength", TieStrength.NORMAL))
        set_combo_data(self.quality_combo, values.get("quality", TieQuality.NEUTRAL))
        set_combo_data(self.direction_combo, values.get("direction", SupportDirection.NONE))
        self.support_checks.set_value(values.get("support", ()))
        self.note_edit.setPlainText(values.get("note", ""))

    def _collect(self) -> dict[str, Any]:
        if self.tie is None:
            return {}
        return {"strength": TieStrength(self.strength_combo.currentData()),
                "quality": TieQuality(self.quality_combo.currentData()),
                "direction": SupportDirection(self.direction_combo.currentData()),
                "support": self.support_checks.value(),
                "note": self.note_edit.toPlainText().strip()}

    def _problem(self, values: dict[str, Any]) -> tuple[str, QWidget] | None:
        if len(values.get("note", "")) > 2000:
            return _t("De notitie is te lang (hoogstens 2000 tekens)."), self.note_edit
        return None


# -- the panel --------------------------------------------------------------------------------
class SidePanel(QStackedWidget):
    """Empty state, the node editor or the tie editor; each in a scroll area (large fonts)."""

    node_changed = Signal(str, dict)
    tie_changed = Signal(str, dict)
    remove_requested = Signal(str)  # a node key or a tie id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ecogramSidePanel")
        self.empty = QWidget(self)
        self.empty.setObjectName("sidePanelEmpty")
        self.empty_label = muted_label(_t(
            "Kies iemand of een relatie op de kaart om die te bekijken of te veranderen.\n\n"
            "Een relatie maak je door met de rechtermuisknop (of Shift en de linkermuisknop) "
            "van het ene naar het andere contact te slepen."), self.empty)
        self.empty_label.setObjectName("sidePanelEmptyLabel")
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addStretch(1)
        self.node_editor = NodeEditor()
        self.tie_editor = TieEditor()
        self.addWidget(self.empty)
        self.addWidget(self._scrolling(self.node_editor))
        self.addWidget(self._scrolling(self.tie_editor))
        self.node_editor.changed.connect(self.node_changed)
        self.tie_editor.changed.connect(self.tie_changed)
        self.node_editor.remove_requested.connect(self.remove_requested)
        self.tie_editor.remove_requested.connect(self.remove_requested)
        self.setMinimumWidth(240)

    def _scrolling(self, editor: QWidget) -> QScrollArea:
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(editor)
        return area

    def show_empty(self, text: str | None = None) -> None:
        if text is not None:
            self.empty_label.setText(text)
        self.setCurrentWidget(self.empty)

    def show_node(self, node: Node, *, names: tuple[str, str] | None = None) -> None:
        self.node_editor.set_node(node, names=names)
        self.setCurrentIndex(1)

    def show_tie(self, tie: Tie, ecogram: Ecogram | None) -> None:
        self.tie_editor.set_tie(tie, ecogram)
        self.setCurrentIndex(2)

    def show_item(self, ecogram: Ecogram, item: str | None) -> None:
        """Show the node with key `item`, else the tie with that id, else the empty state."""
        node = ecogram.node(item) if item else None
        if node is not None:
            self.show_node(node)
            return
        tie = ecogram.tie(item) if item else None
        if tie is not None:
            self.show_tie(tie, ecogram)
            return
        self.show_empty()

    def current_item(self) -> str | None:
        """The node key or tie id being shown, None in the empty state."""
        if self.currentIndex() == 1:
            return self.node_editor.key or None
        if self.currentIndex() == 2:
            return self.tie_editor.key or None
        return None

    def set_editable(self, editable: bool) -> None:
        self.node_editor.set_editable(editable)
        self.tie_editor.set_editable(editable)

