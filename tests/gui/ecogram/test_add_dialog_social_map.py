"""Adding an organisation to the ecogram offers the team's sociale kaart ("Eigen" finds Eigen
Wijs) and, for a new one, the catalogue's kind ("consult" → Consultatiebureau)."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel
from pytestqt.qtbot import QtBot

from voordeur.gui.ecogram.add_dialog import AddContactDialog
from voordeur.model.catalogues import LifeDomain, OrganisationKind
from voordeur.services.household_queries import OrganisationInfo

KAART = (OrganisationInfo("org-1", "Eigen Wijs, Dagprogramma Jonge Kind",
                          OrganisationKind.CHILDCARE_YOUTH_CARE),
         OrganisationInfo("org-2", "OBS De Regenboog", OrganisationKind.SCHOOL))


def test_the_kaart_and_the_catalogue_are_offered(qtbot: QtBot) -> None:
    dialog = AddContactDialog(None, KAART, kind="organisation")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.completer.setCompletionPrefix("Eigen")
    model = dialog.completer.completionModel()
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "Eigen Wijs, Dagprogramma Jonge Kind"
    assert isinstance(dialog.completer.model(), QStringListModel)

    dialog.name_edit.setText("Consultatiebureau Zevenkamp")
    assert dialog.existing_organisation() is None
    assert dialog.kind_combo.currentData() == OrganisationKind.WELL_BABY_CLINIC
    assert dialog.domain_combo.currentData() == LifeDomain.PROFESSIONALS
    # the worker's own choice of kind is kept
    index = dialog.kind_combo.findData(OrganisationKind.JGZ)
    dialog.kind_combo.setCurrentIndex(index)
    dialog.kind_combo.activated.emit(index)
    dialog.name_edit.setText("Consultatiebureau Ommoord")
    assert dialog.kind_combo.currentData() == OrganisationKind.JGZ
