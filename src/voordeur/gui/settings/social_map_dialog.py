"""The team's sociale kaart (`services.social_map`): a searchable list of the wijk's
organisations, add and change one, and import a CSV file (naam;soort;adres;telefoon;
contactpersoon) — checked whole first, nothing written when a row is wrong.

Typing searches the kaart and the shipped catalogue of kinds: "consult" shows the
consultatiebureaus on the kaart and offers to add one of that kind.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from voordeur.gui.common.context import AppContext
from voordeur.gui.common.errors import describe_error
from voordeur.gui.common.i18n import catalogue_label
from voordeur.gui.settings.profile_group import say
from voordeur.model.catalogues import OrganisationKind
from voordeur.services.social_map import (
    CsvProblem,
    CsvRefused,
    CsvReport,
    MapEntry,
    import_csv,
    save_organisation,
    search_catalogue,
    social_map,
)

ID_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1


def kind_choices(combo: QComboBox) -> None:
    kinds = sorted(OrganisationKind, key=lambda k: (k == OrganisationKind.OTHER,
                                                    catalogue_label(k).casefold()))
    for kind in kinds:
        combo.addItem(catalogue_label(kind), kind)


class OrganisationDialog(QDialog):
    """One organisation of the kaart: name, kind, address, phone, contact person, e-mail."""

    def __init__(self, entry: MapEntry | None, parent: QWidget | None = None, *,
                 kind: OrganisationKind | None = None, name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("organisationDialog")
        self.setWindowTitle(self.tr("Organisatie op de sociale kaart"))
        self.name_edit = QLineEdit(entry.name if entry else name, self)
        self.name_edit.setObjectName("mapNameEdit")
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("mapKindCombo")
        kind_choices(self.kind_combo)
        wanted = entry.kind if entry else (kind or OrganisationKind.OTHER)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(wanted))
        self.edits: dict[str, QLineEdit] = {"name": self.name_edit}
        form = QFormLayout()
        form.addRow(self.tr("&Naam"), self.name_edit)
        form.addRow(self.tr("&Soort"), self.kind_combo)
        for field, label, limit in (("address", self.tr("&Adres"), 200),
                                    ("phone", self.tr("&Telefoon"), 40),
                                    ("contact_person", self.tr("&Contactpersoon"), 200),
                                    ("email", self.tr("&E-mail"), 200)):
            edit = QLineEdit(getattr(entry, field) if entry else "", self)
            edit.setObjectName(f"map_{field}_edit")
            edit.setMaxLength(limit)
            form.addRow(label, edit)
            self.edits[field] = edit
        self.name_edit.setMaxLength(200)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._check()

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name_edit.text().strip()))

    def values(self) -> dict[str, object]:
        values: dict[str, object] = {k: e.text().strip() for k, e in self.edits.items()}
        values["kind"] = OrganisationKind(self.kind_combo.currentData())
        return values


class SocialMapDialog(QDialog):
    """The kaart: search, add, change, import."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("socialMapDialog")
        self._ctx = ctx
        self.entries: list[MapEntry] = []
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("mapSearchEdit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._fill)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("mapTree")
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(5)
        self.tree.itemDoubleClicked.connect(lambda _item, _col: self.edit_selected())
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.message = QLabel(self)
        self.message.setObjectName("mapMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("mapAddButton")
        self.add_button.clicked.connect(lambda: self.add())
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("mapEditButton")
        self.edit_button.clicked.connect(self.edit_selected)
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("mapImportButton")
        self.import_button.clicked.connect(self.choose_csv)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        for button in (self.add_button, self.edit_button, self.import_button):
            button.setAutoDefault(False)
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.import_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self._retranslate()
        em = self.fontMetrics().horizontalAdvance("m")
        self.resize(64 * em, 30 * em)
        self.reload()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sociale kaart"))
        self.search_edit.setPlaceholderText(self.tr(
            "Zoek op naam, soort, adres of contactpersoon (bijvoorbeeld consult)"))
        self.tree.setHeaderLabels([self.tr("Naam"), self.tr("Soort"), self.tr("Adres"),
                                   self.tr("Telefoon"), self.tr("Contactpersoon")])
        self.add_button.setText(self.tr("&Toevoegen…"))
        self.edit_button.setText(self.tr("&Wijzigen…"))
        self.import_button.setText(self.tr("CSV &importeren…"))
        self._selection_changed()

    # -- the list ---------------------------------------------------------------------------
    def reload(self) -> None:
        self._ctx.read(social_map, self._loaded, self._failed)

    def _loaded(self, entries: list[MapEntry]) -> None:
        if not isValid(self):
            return
        self.entries = entries
        self._fill()

    def _fill(self, _text: str = "") -> None:
        text = self.search_edit.text()
        found = search_catalogue(self.entries, text)
        self.tree.clear()
        for entry in found.organisations:
            item = QTreeWidgetItem([entry.name, catalogue_label(entry.kind), entry.address,
                                    entry.phone, entry.contact_person])
            item.setData(0, ID_ROLE, entry.id)
            self.tree.addTopLevelItem(item)
        if text.strip():  # the catalogue's kinds: add one of that kind
            for kind in found.kinds[:6]:
                item = QTreeWidgetItem([self.tr("Nieuwe organisatie toevoegen…"),
                                        catalogue_label(kind)])
                item.setData(0, KIND_ROLE, kind)
                item.setForeground(0, self.palette().placeholderText())
                self.tree.addTopLevelItem(item)
        for column in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)
        if not self.entries and not text.strip():
            self._say(self.tr("Nog geen organisaties. Voeg ze toe of importeer een CSV-bestand "
                              "met de kolommen naam;soort;adres;telefoon;contactpersoon."))
        self._selection_changed()

    def _selected(self) -> QTreeWidgetItem | None:
        items = self.tree.selectedItems()
        return items[0] if items else None

    def _selection_changed(self) -> None:
        item = self._selected()
        self.edit_button.setEnabled(item is not None and bool(item.data(0, ID_ROLE)))

    # -- add and change ---------------------------------------------------------------------
    def add(self, kind: OrganisationKind | None = None) -> OrganisationDialog:
        dialog = OrganisationDialog(None, self, kind=kind)
        dialog.accepted.connect(lambda: self._save(None, dialog.values()))
        dialog.open()
        return dialog

    def edit_selected(self) -> OrganisationDialog | None:
        item = self._selected()
        if item is None:
            return None
        kind = item.data(0, KIND_ROLE)
        if kind:
            return self.add(OrganisationKind(kind))
        entry = next((e for e in self.entries if e.id == item.data(0, ID_ROLE)), None)
        if entry is None:
            return None
        dialog = OrganisationDialog(entry, self)
        dialog.accepted.connect(lambda: self._save(entry.id, dialog.values()))
        dialog.open()
        return dialog

    def _save(self, organisation_id: str | None, values: dict[str, object]) -> None:
        self._ctx.write(lambda uow: save_organisation(uow, organisation_id, **values),
                        self._saved, self._failed, detail="sociale kaart")

    def _saved(self, entry: MapEntry) -> None:
        if not isValid(self):
            return
        self._say(self.tr("{name} staat op de sociale kaart.").format(name=entry.name))
        self.reload()

    # -- CSV --------------------------------------------------------------------------------
    def choose_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("CSV-bestand importeren"), "",
                                              self.tr("CSV-bestanden (*.csv *.txt)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        self._say(self.tr("Bezig met importeren…"))
        self._ctx.read(lambda store: import_csv(store, path), self._imported, self._failed)

    def _imported(self, report: CsvReport) -> None:
        if not isValid(self):
            return
        self._say(self.tr("Geïmporteerd: {added} toegevoegd, {updated} bijgewerkt, "
                          "{unchanged} ongewijzigd.").format(
            added=report.added, updated=report.updated, unchanged=report.unchanged))
        self.reload()

    def problem_text(self, problem: CsvProblem) -> str:
        where = self.tr("Regel {line}: ").format(line=problem.line) if problem.line else ""
        texts = {
            "columns": self.tr("de eerste regel moet de kolommen noemen: naam;soort;adres;"
                               "telefoon;contactpersoon"),
            "no_name": self.tr("de naam is leeg"),
            "unknown_kind": self.tr("onbekende soort ‘{value}’ (bijvoorbeeld consultatiebureau, "
                                    "huisarts, school, buurtwerk)"),
            "too_long": self.tr("{column} is langer dan {value} tekens"),
            "twice": self.tr("‘{value}’ staat twee keer in het bestand"),
            "empty": self.tr("het bestand bevat geen organisaties"),
            "too_big": self.tr("het bestand is te groot"),
        }
        text = texts.get(problem.code, self.tr("het bestand is geen leesbare tekst (sla het op "
                                               "als CSV, UTF-8)"))
        return where + text.format(value=problem.value, column=problem.column)

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        if isinstance(exc, CsvRefused):
            lines = [self.problem_text(p) for p in exc.problems[:10]]
            if len(exc.problems) > 10:
                lines.append(self.tr("… en nog %n andere", None, len(exc.problems) - 10))
            self._say(self.tr("Niet geïmporteerd, er is niets veranderd:") + "\n"
                      + "\n".join(lines), error=True)
            return
        self._say(describe_error(exc), error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        say(self.message, text, error=error)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
