"""The ecogram's side panel editors, add dialog, list view, indicators view and change sentence."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from voordeur.domain.ecogram import Ecogram, Node, Tie, node_key
from voordeur.domain.ecogram_diff import ChangeKind, ChangeSummary, ContactChange
from voordeur.domain.ecogram_indicators import Dependence, Indicators, indicators
from voordeur.gui.ecogram.add_dialog import AddContactDialog
from voordeur.gui.ecogram.editors import TieEditor
from voordeur.gui.ecogram.indicators_view import IndicatorsView
from voordeur.gui.ecogram.list_view import Column, EcogramListView
from voordeur.gui.ecogram.node_editor import NodeEditor
from voordeur.gui.ecogram.panels import SidePanel
from voordeur.gui.ecogram.text import change_sentence, direction_choices, node_phrase
from voordeur.model.catalogues import (
    Gender,
    LifeDomain,
    NodeKind,
    OrganisationKind,
    SupportDirection,
    SupportType,
    TieQuality,
    TieStrength,
)
from voordeur.services.household_queries import OrganisationInfo

SHOTS = Path(os.environ.get("ECOGRAM_SHOTS", "/tmp"))
P, G, A, E = (SupportType.PRACTICAL, SupportType.COMPANIONSHIP, SupportType.ADVICE,
              SupportType.EMOTIONAL)
HH = node_key(NodeKind.HOUSEHOLD, "hh")
MOTHER = node_key(NodeKind.PERSON, "mother")
SON = node_key(NodeKind.PERSON, "son")
OMA = node_key(NodeKind.PERSON, "oma")
ANS = node_key(NodeKind.PERSON, "ans")
LINA = node_key(NodeKind.PERSON, "lina")
SCHOOL = node_key(NodeKind.ORGANISATION, "school")
GP = node_key(NodeKind.ORGANISATION, "gp")


def person(key: str, name: str, role: str = "", *, member: bool = False,
           gender: Gender = Gender.UNKNOWN, domain: LifeDomain = LifeDomain.FAMILY_HOME,
           closeness: int = 2, birth_year: int | None = None) -> Node:
    return Node(key=key, kind=NodeKind.PERSON, record_id=key.split(":")[1], name=name, role=role,
                member=member, gender=gender, life_domain=domain,
                closeness=0 if member else closeness, birth_year=birth_year)


def organisation(key: str, name: str, kind: OrganisationKind, contact: str = "",
                 domain: LifeDomain = LifeDomain.PROFESSIONALS, closeness: int = 2) -> Node:
    return Node(key=key, kind=NodeKind.ORGANISATION, record_id=key.split(":")[1], name=name,
                organisation_kind=kind, contact_name=contact, life_domain=domain,
                closeness=closeness, link_id="link-" + key.split(":")[1])


@pytest.fixture
def ecogram() -> Ecogram:
    nodes = [
        Node(key=HH, kind=NodeKind.HOUSEHOLD, record_id="hh", name="Gezin Yilmaz", closeness=0),
        person(MOTHER, "Ayse Yilmaz", "moeder", member=True, gender=Gender.FEMALE),
        person(SON, "Emre Yilmaz", "zoon", member=True, gender=Gender.MALE),
        person(OMA, "Fatma Yilmaz", "oma", gender=Gender.FEMALE,
               domain=LifeDomain.EXTENDED_FAMILY, closeness=1, birth_year=1952),
        person(ANS, "Ans de Boer", "buurvrouw", gender=Gender.FEMALE,
               domain=LifeDomain.NEIGHBOURS, closeness=2),
        person(LINA, "Lina Bakker", "", gender=Gender.FEMALE, domain=LifeDomain.FRIENDS,
               closeness=3),
        organisation(SCHOOL, "OBS De Regenboog", OrganisationKind.SCHOOL, "juf Sandra",
                     LifeDomain.SCHOOL_WORK, 2),
        organisation(GP, "Huisartsenpraktijk Oost", OrganisationKind.GP),
    ]
    ties = [
        Tie("t1", OMA, HH, TieStrength.STRONG, TieQuality.SUPPORTIVE, SupportDirection.TO_TARGET,
            (P, E, G), "past elke woensdag op Emre"),
        Tie("t2", ANS, HH, TieStrength.NORMAL, TieQuality.SUPPORTIVE, SupportDirection.MUTUAL,
            (P,)),
        Tie("t3", SCHOOL, SON, TieStrength.NORMAL, TieQuality.STRESSFUL, SupportDirection.NONE),
        Tie("t4", LINA, MOTHER, TieStrength.WEAK, TieQuality.NEUTRAL, SupportDirection.NONE),
        Tie("t5", GP, HH, TieStrength.WEAK, TieQuality.NEUTRAL, SupportDirection.TO_TARGET,
            (A,)),
    ]
    return Ecogram.of("hh", "Gezin Yilmaz", nodes, ties)


def grab(widget: QWidget, name: str, size: tuple[int, int] | None = None) -> None:
    """Render to /tmp/ecogram-panels-<name>.png for a look by eye."""
    if size is not None:
        widget.resize(*size)
    widget.show()
    widget.grab().save(str(SHOTS / f"ecogram-panels-{name}.png"))


def press(qtbot: QtBot, widget: QWidget, key: Qt.Key) -> None:
    qtbot.keyClick(widget, key)


# -- node editor ------------------------------------------------------------------------------
def test_node_editor_shows_a_person_and_emits_only_changed_fields(
        ecogram: Ecogram, qtbot: QtBot) -> None:
    editor = NodeEditor()
    qtbot.addWidget(editor)
    editor.set_node(ecogram.node(OMA))
    assert editor.first_name_edit.text() == "Fatma"
    assert editor.last_name_edit.text() == "Yilmaz"
    assert editor.role_combo.currentText() == "oma"
    assert editor.gender_combo.currentText() == "vrouw"
    assert editor.birth_year_edit.text() == "1952"
    assert editor.domain_combo.currentText() == "Familie"
    assert editor.closeness_combo.currentText() == "Dichtbij"
    assert editor.title_label.text() == "Fatma Yilmaz"
    assert not editor.apply_button.isEnabled()
    grab(editor, "node-person", (300, 560))

    editor.closeness_combo.setCurrentIndex(editor.closeness_combo.findData(2))
    editor.role_combo.setEditText("oma van vaderskant")
    assert editor.apply_button.isEnabled()
    with qtbot.waitSignal(editor.changed) as signal:
        press(qtbot, editor.role_combo.lineEdit(), Qt.Key.Key_Return)
    assert signal.args == [OMA, {"closeness": 2, "role": "oma van vaderskant"}]
    assert not editor.apply_button.isEnabled()  # applied: nothing pending any more


def test_node_editor_sends_both_names_together(ecogram: Ecogram, qtbot: QtBot) -> None:
    editor = NodeEditor()
    qtbot.addWidget(editor)
    editor.set_node(ecogram.node(ANS))
    assert (editor.first_name_edit.text(), editor.last_name_edit.text()) == ("Ans", "de Boer")
    editor.last_name_edit.setText("de Boer-Smit")
    with qtbot.waitSignal(editor.changed) as signal:
        assert editor.apply()
    assert signal.args[1] == {"first_name": "Ans", "last_name": "de Boer-Smit"}


def test_node_editor_escape_reverts(ecogram: Ecogram, qtbot: QtBot) -> None:
    editor = NodeEditor()
    qtbot.addWidget(editor)
    editor.show()
    editor.set_node(ecogram.node(OMA))
    editor.first_name_edit.setText("Fadime")
    editor.deceased_check.setChecked(True)
    assert editor.is_dirty()
    with qtbot.assertNotEmitted(editor.changed):
        press(qtbot, editor.first_name_edit, Qt.Key.Key_Escape)
    assert editor.first_name_edit.text() == "Fatma"
    assert not editor.deceased_check.isChecked()
    assert not editor.is_dirty()


def test_node_editor_needs_a_name_and_a_sensible_year(ecogram: Ecogram, qtbot: QtBot) -> None:
    editor = NodeEditor()
    qtbot.addWidget(editor)
    editor.show()
    editor.set_node(ecogram.node(OMA))
    editor.first_name_edit.clear()
    editor.last_name_edit.clear()
    editor.role_combo.setEditText("")
    with qtbot.assertNotEmitted(editor.changed):
        assert not editor.apply()
    assert "naam of een rol" in editor.error_label.text()
    editor.role_combo.setEditText("oma")
    editor.birth_year_edit.setText("1850")
    assert not editor.apply()
    assert "geboortejaar" in editor.error_label.text()


def test_node_editor_organisation_and_member(ecogram: Ecogram, qtbot: QtBot) -> None:
    editor = NodeEditor()
    qtbot.addWidget(editor)
    editor.set_node(ecogram.node(SCHOOL))
    assert editor.name_edit.text() == "OBS De Regenboog"
    assert editor.kind_combo.currentData() == OrganisationKind.SCHOOL
    assert editor.contact_edit.text() == "juf Sandra"
    assert editor.form.isRowVisible(editor.name_edit)
    assert not editor.form.isRowVisible(editor.first_name_edit)
    assert editor.subtitle_label.text() == "Organisatie · School"
    grab(editor, "node-organisation", (300, 480))
    editor.contact_edit.setText("meester Tim")
    editor.domain_combo.setCurrentIndex(editor.domain_combo.findData(LifeDomain.PROFESSIONALS))
    with qtbot.waitSignal(editor.changed) as signal:
        editor.apply_button.click()
    assert signal.args == [SCHOOL, {"contact_name": "meester Tim",
                                    "life_domain": LifeDomain.PROFESSIONALS}]

    editor.set_node(ecogram.node(SON))
    assert not editor.form.isRowVisible(editor.domain_combo)  # members have no sector
    editor.gender_combo.setCurrentIndex(editor.gender_combo.findData(Gender.OTHER))
    with qtbot.waitSignal(editor.changed) as signal:
        editor.apply()
    assert signal.args == [SON, {"gender": Gender.OTHER}]


# -- tie editor -------------------------------------------------------------------------------
def test_tie_editor_shows_who_supports_whom(ecogram: Ecogram, qtbot: QtBot) -> None:
    editor = TieEditor()
    qtbot.addWidget(editor)
    editor.set_tie(ecogram.tie("t1"), ecogram)
    choices = [editor.direction_combo.itemText(i) for i in range(editor.direction_combo.count())]
    assert choices == ["Oma Fatma steunt het gezin", "Het gezin steunt oma Fatma",
                       "Ze steunen elkaar", "Geen steun"]
    assert editor.direction_combo.currentText() == "Oma Fatma steunt het gezin"
    assert editor.strength_combo.currentText() == "Sterk"
    assert editor.quality_combo.currentText() == "Steunend"
    assert editor.support_checks.value() == (P, G, E)
    assert [b.text().replace("&", "") for b in editor.support_checks.boxes.values()] == [
        "Praktisch", "Gezelschap", "Advies", "Emotioneel"]
    assert editor.note_edit.toPlainText() == "past elke woensdag op Emre"
    assert editor.subtitle_label.text() == "oma Fatma en het gezin"
    grab(editor, "tie", (300, 520))

    editor.support_checks.boxes[A].setChecked(True)
    editor.direction_combo.setCurrentIndex(2)
    with qtbot.waitSignal(editor.changed) as signal:
        press(qtbot, editor.direction_combo, Qt.Key.Key_Return)
    assert signal.args == ["t1", {"support": (P, G, A, E),
                                  "direction": SupportDirection.MUTUAL}]


def test_tie_editor_network_end_first_and_escape_reverts(ecogram: Ecogram, qtbot: QtBot) -> None:
    # The school is the source here, the son the target: the school is still offered first.
    editor = TieEditor()
    qtbot.addWidget(editor)
    editor.show()
    editor.set_tie(Tie("x", SON, SCHOOL, direction=SupportDirection.TO_SOURCE), ecogram)
    assert editor.direction_combo.itemText(0) == "OBS De Regenboog steunt zoon Emre"
    assert editor.direction_combo.currentText() == "OBS De Regenboog steunt zoon Emre"
    editor.quality_combo.setCurrentIndex(editor.quality_combo.findData(TieQuality.CUT_OFF))
    editor.note_edit.setPlainText("geen contact meer")
    with qtbot.assertNotEmitted(editor.changed):
        press(qtbot, editor.note_edit, Qt.Key.Key_Escape)
    assert editor.quality_combo.currentData() == TieQuality.NEUTRAL
    assert editor.note_edit.toPlainText() == ""
    # Shift+Enter is a new line in the note, Enter applies.
    editor.note_edit.setFocus()
    qtbot.keyClicks(editor.note_edit, "a")
    qtbot.keyClick(editor.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(editor.note_edit, "b")
    with qtbot.waitSignal(editor.changed) as signal:
        press(qtbot, editor.note_edit, Qt.Key.Key_Return)
    assert signal.args == ["x", {"note": "a\nb"}]


def test_side_panel_switches_and_goes_read_only(ecogram: Ecogram, qtbot: QtBot) -> None:
    panel = SidePanel()
    qtbot.addWidget(panel)
    assert panel.currentWidget() is panel.empty
    grab(panel, "side-empty", (300, 400))
    panel.show_item(ecogram, OMA)
    assert panel.current_item() == OMA
    panel.show_item(ecogram, "t3")
    assert panel.current_item() == "t3"
    panel.show_item(ecogram, None)
    assert panel.current_item() is None
    panel.show_item(ecogram, "t2")
    panel.tie_editor.support_checks.boxes[E].setChecked(True)
    with qtbot.waitSignal(panel.tie_changed) as signal:
        panel.tie_editor.apply()
    assert signal.args == ["t2", {"support": (P, E)}]
    with qtbot.waitSignal(panel.remove_requested) as removed:
        panel.tie_editor.remove_button.click()
    assert removed.args == ["t2"]
    panel.set_editable(False)
    panel.show_item(ecogram, OMA)
    assert panel.node_editor.first_name_edit.isReadOnly()
    assert not panel.node_editor.domain_combo.isEnabled()
    assert not panel.node_editor.apply_button.isVisible()
    assert panel.node_editor.readonly_label.isVisible()
    grab(panel, "side-readonly", (300, 560))


# -- add dialog -------------------------------------------------------------------------------
ORGS = (OrganisationInfo("org-1", "OBS De Regenboog", OrganisationKind.SCHOOL),
        OrganisationInfo("org-2", "Sportclub Oranje", OrganisationKind.SPORTS_CLUB))


def test_add_dialog_new_person(qtbot: QtBot) -> None:
    dialog = AddContactDialog(None, ORGS)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.first_name_edit, "Fatma")
    assert dialog.ok_button.isEnabled()
    dialog.role_combo.setEditText("oma")
    assert dialog.domain_combo.currentData() == LifeDomain.EXTENDED_FAMILY  # suggested
    dialog.gender_combo.setCurrentIndex(dialog.gender_combo.findData(Gender.FEMALE))
    dialog.birth_year_edit.setText("1952")
    dialog.closeness_combo.setCurrentIndex(dialog.closeness_combo.findData(1))
    assert dialog.direction_combo.itemText(0) == "Oma Fatma steunt het gezin"
    dialog.quality_combo.setCurrentIndex(dialog.quality_combo.findData(TieQuality.SUPPORTIVE))
    dialog.direction_combo.setCurrentIndex(0)
    dialog.support_checks.boxes[P].setChecked(True)
    grab(dialog, "add-person")
    with qtbot.waitSignal(dialog.accepted):
        press(qtbot, dialog.last_name_edit, Qt.Key.Key_Return)
    kind, fields, tie = dialog.result_fields()
    assert kind == "person"
    assert fields == {"first_name": "Fatma", "last_name": "", "role": "oma",
                      "gender": Gender.FEMALE, "birth_year": 1952, "deceased": False,
                      "life_domain": LifeDomain.EXTENDED_FAMILY, "closeness": 1}
    assert tie == {"strength": TieStrength.NORMAL, "quality": TieQuality.SUPPORTIVE,
                   "direction": SupportDirection.TO_TARGET, "support": (P,), "note": ""}


def test_tab_order_follows_the_form(ecogram: Ecogram, qtbot: QtBot) -> None:
    editor = NodeEditor()
    qtbot.addWidget(editor)
    editor.show()
    editor.set_node(ecogram.node(OMA))
    assert editor.first_name_edit.nextInFocusChain() is editor.last_name_edit
    dialog = AddContactDialog(None, ORGS)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.first_name_edit.hasFocus() or dialog.focusWidget() is dialog.first_name_edit
    assert dialog.first_name_edit.nextInFocusChain() is dialog.last_name_edit
    # Enter in the role field adds (the default button).
    dialog.role_combo.setEditText("opa")
    with qtbot.waitSignal(dialog.accepted):
        press(qtbot, dialog.role_combo.lineEdit(), Qt.Key.Key_Return)


def test_add_dialog_without_tie_and_escape(qtbot: QtBot) -> None:
    dialog = AddContactDialog(None, ORGS)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.role_combo.setEditText("buurvrouw")  # a role alone is enough
    assert dialog.ok_button.isEnabled()
    assert dialog.domain_combo.currentData() == LifeDomain.NEIGHBOURS
    dialog.tie_box.setChecked(False)
    assert dialog.result_fields().tie is None
    with qtbot.waitSignal(dialog.rejected):
        press(qtbot, dialog.first_name_edit, Qt.Key.Key_Escape)


def test_add_dialog_existing_organisation(qtbot: QtBot) -> None:
    dialog = AddContactDialog(None, ORGS, kind="organisation")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.organisation_page.isVisible() and not dialog.person_page.isVisible()
    assert not dialog.ok_button.isEnabled()
    dialog.name_edit.setText("sportclub oranje")
    assert dialog.existing_organisation() == ORGS[1]
    assert dialog.kind_combo.currentData() == OrganisationKind.SPORTS_CLUB
    assert not dialog.kind_combo.isEnabled()
    assert dialog.match_label.text() == "Bekende organisatie (Sportclub)"
    assert dialog.domain_combo.currentData() == LifeDomain.LEISURE
    dialog.contact_edit.setText("trainer Kees")
    grab(dialog, "add-organisation-existing")
    dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    kind, fields, tie = dialog.result_fields()
    assert kind == "organisation"
    assert fields == {"organisation_id": "org-2", "life_domain": LifeDomain.LEISURE,
                      "closeness": 2, "contact_name": "trainer Kees"}
    assert tie is not None and tie["direction"] == SupportDirection.NONE


def test_add_dialog_new_organisation_from_the_catalogue(qtbot: QtBot) -> None:
    dialog = AddContactDialog(None, ORGS)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.organisation_radio.setChecked(True)
    assert not dialog.ok_button.isEnabled()
    dialog.name_edit.setText("Huisartsenpraktijk Oost")
    assert dialog.existing_organisation() is None
    assert dialog.kind_combo.isEnabled()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(OrganisationKind.GP))
    assert dialog.kind_combo.currentText() == "Huisarts"
    assert dialog.domain_combo.currentData() == LifeDomain.PROFESSIONALS
    dialog.tie_box.setChecked(False)
    grab(dialog, "add-organisation-new")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    kind, fields, tie = dialog.result_fields()
    assert (kind, tie) == ("organisation", None)
    assert fields == {"name": "Huisartsenpraktijk Oost", "kind": OrganisationKind.GP,
                      "life_domain": LifeDomain.PROFESSIONALS, "closeness": 2,
                      "contact_name": ""}


# -- list view --------------------------------------------------------------------------------
def table_column(view: EcogramListView, column: Column) -> list[str]:
    proxy = view.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def test_list_view_shows_sorts_selects_and_activates(ecogram: Ecogram, qtbot: QtBot) -> None:
    view = EcogramListView()
    qtbot.addWidget(view)
    view.set_ecogram(ecogram)
    grab(view, "list", (760, 260))
    headers = [view.proxy.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == ["Naam", "Rol", "Domein", "Nabijheid", "Relatie", "Steun", "Richting"]
    assert table_column(view, Column.NAME) == [
        "Ans de Boer", "Fatma Yilmaz", "Huisartsenpraktijk Oost", "Lina Bakker",
        "OBS De Regenboog"]  # every network node, no household, no members
    rows = {view.proxy.index(r, Column.NAME).data(): [view.proxy.index(r, c).data()
                                                      for c in Column]
            for r in range(view.proxy.rowCount())}
    assert rows["Fatma Yilmaz"] == ["Fatma Yilmaz", "oma", "Familie", "Dichtbij",
                                    "Sterk, steunend", "P G E", "geeft steun"]
    assert rows["OBS De Regenboog"] == ["OBS De Regenboog", "School", "School/werk", "Midden",
                                        "Gewoon, stressvol", "", "geen steun"]
    assert rows["Ans de Boer"][6] == "over en weer"

    view.table.sortByColumn(Column.CLOSENESS, Qt.SortOrder.AscendingOrder)
    assert table_column(view, Column.CLOSENESS)[0] == "Dichtbij"
    assert table_column(view, Column.CLOSENESS)[-1] == "Verder weg"
    view.table.sortByColumn(Column.DOMAIN, Qt.SortOrder.AscendingOrder)
    assert table_column(view, Column.DOMAIN) == ["Familie", "Vrienden", "Buren", "School/werk",
                                                 "Professionals"]

    with qtbot.assertNotEmitted(view.selection_changed):
        view.select(SCHOOL)
    assert view.selected_key() == SCHOOL
    assert view.table.currentIndex().siblingAtColumn(0).data() == "OBS De Regenboog"
    view.set_ecogram(ecogram)  # a refresh keeps the selection
    assert view.selected_key() == SCHOOL
    with qtbot.waitSignal(view.activated) as activated:
        press(qtbot, view.table, Qt.Key.Key_Return)
    assert activated.args == [SCHOOL]
    with qtbot.waitSignal(view.selection_changed) as moved:
        press(qtbot, view.table, Qt.Key.Key_Up)
    assert moved.args == [ANS]  # the row above in domain order (Buren before School/werk)
    view.select(None)
    assert view.selected_key() is None


# -- indicators -------------------------------------------------------------------------------
def test_indicators_view_explains_the_numbers(ecogram: Ecogram, qtbot: QtBot) -> None:
    known = Indicators(size=6, informal=4, formal=2, informal_share=4 / 6, directed_ties=5,
                       mutual_ties=2, reciprocity=0.4, missing_support=(A,),
                       dependence=(Dependence(OMA, "Fatma Yilmaz", 0.5, ()),),
                       stressful=2, cut_off=0)
    view = IndicatorsView()
    qtbot.addWidget(view)
    view.set_indicators(known, ecogram)
    assert view.texts() == [
        "6 mensen en organisaties om het gezin heen.",
        "4 van de 6 zijn familie, vrienden of buren (informeel).",
        "In 2 van de 5 relaties met steun steunen ze elkaar.",
        "Niemand geeft advies.",
        "Oma Fatma geeft de helft van alle steun: veel hangt van haar af.",
        "2 relaties geven stress.",
    ]
    assert view.attention_texts()[0] == "Niemand geeft advies."
    view.set_change_sentence("Sinds 3 maart: 2 nieuwe steunende contacten.")
    grab(view, "indicators", (300, 640))


def test_indicators_view_on_a_real_computation_and_empty(ecogram: Ecogram, qtbot: QtBot) -> None:
    view = IndicatorsView()
    qtbot.addWidget(view)
    view.set_indicators(indicators(ecogram), ecogram)
    assert view.texts()[0] == "5 mensen en organisaties om het gezin heen."
    empty = Ecogram.of("hh", "Gezin", [ecogram.node(HH)])
    view.set_indicators(indicators(empty), empty)
    assert view.texts()[0] == "Er staat nog niemand om het gezin heen."
    assert view.attention_texts() == []
    view.set_indicators(None)
    assert view.texts() == []


# -- texts ------------------------------------------------------------------------------------
def change(kind: ChangeKind, key: str, name: str, role: str) -> ContactChange:
    return ContactChange(kind, key, name, role)


def test_change_sentence() -> None:
    assert change_sentence(ChangeSummary(), "3 maart") == (
        "Geen veranderingen in het netwerk sinds 3 maart.")
    assert change_sentence(ChangeSummary(), None) == "Geen veranderingen in het netwerk."
    one = ChangeSummary((change(ChangeKind.NEW_SUPPORTIVE, OMA, "Fatma Yilmaz", "oma"),))
    assert change_sentence(one, "3 maart") == "Sinds 3 maart: 1 nieuw steunend contact."
    several = ChangeSummary((
        change(ChangeKind.NEW_SUPPORTIVE, OMA, "Fatma Yilmaz", "oma"),
        change(ChangeKind.NEW_SUPPORTIVE, ANS, "Ans de Boer", "buurvrouw"),
        change(ChangeKind.NO_LONGER_STRESSFUL, SCHOOL, "OBS De Regenboog", "OBS De Regenboog"),
    ))
    assert change_sentence(several, "3 maart") == (
        "Sinds 3 maart: 2 nieuwe steunende contacten; de relatie met OBS De Regenboog is niet "
        "meer stressvol.")
    after = Ecogram.of("hh", "Gezin", [organisation(SCHOOL, "OBS De Regenboog",
                                                    OrganisationKind.SCHOOL)])
    assert change_sentence(several, "3 maart", after) == (
        "Sinds 3 maart: 2 nieuwe steunende contacten; de relatie met school is niet meer "
        "stressvol.")
    mixed = ChangeSummary((
        change(ChangeKind.NEW, LINA, "Lina Bakker", "contact"),
        change(ChangeKind.GONE, GP, "Huisartsenpraktijk Oost", "Huisartsenpraktijk Oost"),
        change(ChangeKind.GONE, ANS, "Ans de Boer", "buurvrouw"),
        change(ChangeKind.NOW_STRESSFUL, OMA, "Fatma Yilmaz", "oma"),
        change(ChangeKind.NOW_STRESSFUL, LINA, "Lina Bakker", "contact"),
        change(ChangeKind.CUT_OFF, ANS, "Ans de Boer", "buurvrouw"),
        change(ChangeKind.STRONGER, OMA, "Fatma Yilmaz", "oma"),
        change(ChangeKind.WEAKER, SCHOOL, "OBS De Regenboog", "School"),
        change(ChangeKind.RECONNECTED, LINA, "Lina Bakker", "contact"),
    ))
    assert change_sentence(mixed, None) == (
        "1 nieuw contact; 2 contacten zijn er niet meer; de relaties met oma en Lina Bakker "
        "zijn nu stressvol; het contact met de buurvrouw is verbroken; er is weer contact met "
        "Lina Bakker; de relatie met oma is sterker geworden; de relatie met school is zwakker "
        "geworden.")


def test_names_in_sentences(ecogram: Ecogram) -> None:
    assert node_phrase(ecogram.node(HH)) == "het gezin"
    assert node_phrase(ecogram.node(OMA)) == "oma Fatma"
    assert node_phrase(ecogram.node(LINA)) == "Lina Bakker"
    choices = direction_choices(ecogram.tie("t2"), ecogram)
    assert [text for _, text in choices] == [
        "Buurvrouw Ans steunt het gezin", "Het gezin steunt buurvrouw Ans",
        "Ze steunen elkaar", "Geen steun"]
