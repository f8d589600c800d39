"""The member dialog guesses the gender from the role (the one role table) and keeps a gender
the worker chose or stored."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from voordeur.gui.common.context import AppContext
from voordeur.gui.households.dialogs import MemberDialog
from voordeur.model.catalogues import Gender


def test_the_role_suggests_the_gender_until_one_is_chosen(qtbot: QtBot,
                                                           ctx: AppContext) -> None:
    dialog = MemberDialog(ctx, None, "no-household")
    qtbot.addWidget(dialog)
    gender = dialog.gender_combo
    dialog.role_combo.setEditText("moeder")
    assert gender.currentData() == Gender.FEMALE.value
    assert gender.toolTip() == "Geraden uit de rol"
    dialog.role_combo.setEditText("zoon")
    assert gender.currentData() == Gender.MALE.value
    dialog.role_combo.setEditText("kind")
    assert gender.currentData() == Gender.UNKNOWN.value and gender.toolTip() == ""
    gender.setCurrentIndex(gender.findData(Gender.OTHER.value))  # the worker's choice
    dialog.role_combo.setEditText("dochter")
    assert gender.currentData() == Gender.OTHER.value
