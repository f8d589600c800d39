"""The add dialog guesses life domain and gender from the role, shows the guess and keeps what
the worker chose."""

from __future__ import annotations

from dataclasses import replace

from pytestqt.qtbot import QtBot

from voordeur.domain.ecogram import Node, node_key
from voordeur.domain.role_guess import guess_from_role
from voordeur.gui.ecogram.add_dialog import AddContactDialog
from voordeur.gui.ecogram.fields import NETWORK_ROLES
from voordeur.gui.ecogram.node_editor import NodeEditor
from voordeur.gui.households.dialogs import ROLES
from voordeur.model.catalogues import Gender, LifeDomain, NodeKind


def _dialog(qtbot: QtBot) -> AddContactDialog:
    dialog = AddContactDialog(None, ())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _pick(combo: object, value: object) -> None:
    combo.setCurrentIndex(combo.findData(value))  # type: ignore[attr-defined]


def test_the_role_sets_domain_and_gender_and_says_so(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    assert dialog.role_hint.text() == ""
    for role, domain, gender in (("oma", LifeDomain.EXTENDED_FAMILY, Gender.FEMALE),
                                 ("buurvrouw", LifeDomain.NEIGHBOURS, Gender.FEMALE),
                                 ("Citytrainer", LifeDomain.LEISURE, Gender.UNKNOWN),
                                 ("moeder", LifeDomain.FAMILY_HOME, Gender.FEMALE)):
        dialog.role_combo.setEditText("")
        qtbot.keyClicks(dialog.role_combo.lineEdit(), role)
        assert dialog.domain_combo.currentData() == domain, role
        assert dialog.gender_combo.currentData() == gender, role
        assert dialog.role_hint.isVisible()
        assert "Geraden uit de rol" in dialog.role_hint.text()
    assert "Gezin" in dialog.role_hint.text() and "vrouw" in dialog.role_hint.text()
    dialog.role_combo.setEditText("Ans")  # no guess: the defaults come back, no hint
    assert dialog.domain_combo.currentData() == LifeDomain.EXTENDED_FAMILY
    assert dialog.gender_combo.currentData() == Gender.UNKNOWN
    assert dialog.role_hint.text() == "" and dialog.role_hint.isVisible()  # holds its row
    _kind, fields, _tie = dialog.result_fields()
    assert fields["gender"] == Gender.UNKNOWN


def test_a_choice_of_the_worker_is_never_overridden(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    qtbot.keyClicks(dialog.first_name_edit, "Ans")
    dialog.role_combo.setEditText("oma")
    _pick(dialog.domain_combo, LifeDomain.FRIENDS)  # the worker knows better
    dialog.role_combo.setEditText("buurvrouw")
    assert dialog.domain_combo.currentData() == LifeDomain.FRIENDS
    assert dialog.gender_combo.currentData() == Gender.FEMALE  # still guessed
    assert dialog.role_hint.text().startswith("Geraden uit de rol: vrouw")
    _pick(dialog.gender_combo, Gender.OTHER)
    dialog.role_combo.setEditText("opa")
    assert dialog.gender_combo.currentData() == Gender.OTHER
    assert dialog.domain_combo.currentData() == LifeDomain.FRIENDS
    assert dialog.role_hint.text() == ""  # nothing of the guess is used
    _kind, fields, _tie = dialog.result_fields()
    assert (fields["life_domain"], fields["gender"]) == (LifeDomain.FRIENDS, Gender.OTHER)


def test_the_side_panel_guesses_only_an_unknown_gender(qtbot: QtBot) -> None:
    editor = NodeEditor()
    qtbot.addWidget(editor)
    key = node_key(NodeKind.PERSON, "ans")
    ans = Node(key=key, kind=NodeKind.PERSON, record_id="ans", name="Ans",
               life_domain=LifeDomain.FRIENDS)
    editor.set_node(ans)
    qtbot.keyClicks(editor.role_combo.lineEdit(), "buurvrouw")
    assert editor.gender_combo.currentData() == Gender.FEMALE
    assert editor.gender_combo.toolTip() == "Geraden uit de rol"
    # the domain is where the worker put the contact on the map: not guessed here
    assert editor.pending_changes() == {"role": "buurvrouw", "gender": Gender.FEMALE}
    _pick(editor.gender_combo, Gender.OTHER)
    editor.role_combo.lineEdit().setText("")
    qtbot.keyClicks(editor.role_combo.lineEdit(), "opa")
    assert editor.gender_combo.currentData() == Gender.OTHER  # the worker's choice stays
    editor.set_node(replace(ans, gender=Gender.MALE))
    qtbot.keyClicks(editor.role_combo.lineEdit(), "oma")
    assert editor.gender_combo.currentData() == Gender.MALE  # a stored gender stays


def test_every_offered_role_is_in_the_table() -> None:
    """The roles the combos offer are all guessed: the lists and the table agree."""
    assert all(guess_from_role(role).life_domain for role in NETWORK_ROLES)
    neutral = {"ouder", "partner", "kind"}
    assert all(guess_from_role(role).gender for role in ROLES if role not in neutral)
