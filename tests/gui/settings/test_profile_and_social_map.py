"""Instellingen: the worker's profile is changed and saved; the sociale kaart is searched, added
to and imported from CSV (a bad file writes nothing)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from voordeur.gui.common.app_settings import AppSettings
from voordeur.gui.common.context import AppContext
from voordeur.gui.settings.dialog import SettingsDialog
from voordeur.gui.settings.profile_group import ProfileDialog
from voordeur.gui.settings.social_map_dialog import ID_ROLE, KIND_ROLE, SocialMapDialog
from voordeur.model.catalogues import OrganisationKind
from voordeur.services.profile import read_profile
from voordeur.services.social_map import social_map

CSV = ("naam;soort;adres;telefoon;contactpersoon\n"
       "Eigen Wijs, Dagprogramma Jonge Kind;opvang_jeugdhulp;Zevenkampse Ring 10;010-1234567;"
       "Samira\nConsultatiebureau Zevenkamp;consultatiebureau;Ollandstraat 5;;\n")


def make_dialog(qtbot: QtBot, settings: AppSettings, ctx: AppContext) -> SettingsDialog:
    dialog = SettingsDialog(settings, ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    group = dialog.profile_group
    assert group is not None
    qtbot.waitUntil(lambda: group.profile is not None, timeout=10_000)
    return dialog


def open_profile(qtbot: QtBot, dialog: SettingsDialog) -> ProfileDialog:
    assert dialog.profile_group is not None
    qtbot.mouseClick(dialog.profile_group.edit_button, Qt.MouseButton.LeftButton)
    profile = dialog.profile_group.dialog
    assert profile is not None and profile.isVisible()
    qtbot.waitUntil(lambda: profile.profile is not None, timeout=10_000)
    return profile


def test_the_profile_is_changed_in_instellingen(qtbot: QtBot, settings: AppSettings,
                                                ctx: AppContext) -> None:
    dialog = make_dialog(qtbot, settings, ctx)
    assert dialog.profile_group is not None
    assert dialog.profile_group.summary.text().startswith(read_profile(ctx.store).name)
    group = open_profile(qtbot, dialog)
    assert group.isEnabled()
    assert group.fields["name"].text() == read_profile(ctx.store).name
    assert not group.save_button.isEnabled()  # nothing changed yet
    for field, text in (("name", "Noor Verbeek"), ("organisation", "Gro-up"),
                        ("team", "Buurtteam Zevenkamp"), ("neighbourhood", "Zevenkamp"),
                        ("phone", "06-12345678"), ("email", "noor@gro-up.nl")):
        edit = group.fields[field]
        edit.selectAll()
        qtbot.keyClicks(edit, text)
    assert group.save_button.isEnabled()
    with qtbot.waitSignal(group.saved, timeout=10_000):
        qtbot.mouseClick(group.save_button, Qt.MouseButton.LeftButton)
    profile = read_profile(ctx.store)
    assert (profile.name, profile.organisation, profile.team, profile.neighbourhood,
            profile.phone, profile.email) == ("Noor Verbeek", "Gro-up", "Buurtteam Zevenkamp",
                                              "Zevenkamp", "06-12345678", "noor@gro-up.nl")
    assert group.message.text() == "Profiel opgeslagen."
    assert not group.save_button.isEnabled()
    assert dialog.profile_group.summary.text() == (
        "Noor Verbeek · Gro-up · Buurtteam Zevenkamp · Zevenkamp · 06-12345678 · noor@gro-up.nl")
    group.fields["name"].clear()
    qtbot.keyClicks(group.fields["name"], " ")
    assert not group.save_button.isEnabled() and group.message.text() == "Je naam is nodig."


def test_the_sociale_kaart_is_searched_added_to_and_imported(
        qtbot: QtBot, settings: AppSettings, ctx: AppContext, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, settings, ctx)
    assert dialog.profile_group is not None
    qtbot.mouseClick(dialog.profile_group.social_map_button, Qt.MouseButton.LeftButton)
    kaart = dialog.social_map_dialog
    assert isinstance(kaart, SocialMapDialog) and kaart.isVisible()
    qtbot.waitUntil(lambda: "Nog geen organisaties" in kaart.message.text(), timeout=10_000)

    # a new store: "consult" offers the catalogue's kind
    qtbot.keyClicks(kaart.search_edit, "consult")
    offer = kaart.tree.topLevelItem(0)
    assert offer is not None and offer.data(0, KIND_ROLE) == OrganisationKind.WELL_BABY_CLINIC
    kaart.tree.setCurrentItem(offer)
    add = kaart.edit_selected()
    assert add is not None
    assert add.kind_combo.currentData() == OrganisationKind.WELL_BABY_CLINIC
    qtbot.keyClicks(add.name_edit, "Consultatiebureau Zevenkamp")
    add.edits["address"].setText("Ollandstraat 5")
    add.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: len(kaart.entries) == 1, timeout=10_000)
    assert kaart.tree.topLevelItem(0).data(0, ID_ROLE) == kaart.entries[0].id
    assert kaart.entries[0].address == "Ollandstraat 5"

    # a bad CSV: its lines named, nothing written
    bad = tmp_path / "bad.csv"
    bad.write_text("naam;soort\nEigen Wijs;bakker\n;school\n", "utf-8")
    kaart.import_file(bad)
    qtbot.waitUntil(lambda: "Niet geïmporteerd" in kaart.message.text(), timeout=10_000)
    assert "Regel 2: onbekende soort ‘bakker’" in kaart.message.text()
    assert "Regel 3: de naam is leeg" in kaart.message.text()
    assert len(social_map(ctx.store)) == 1

    good = tmp_path / "kaart.csv"
    good.write_text(CSV, "utf-8")
    kaart.import_file(good)
    qtbot.waitUntil(lambda: "Geïmporteerd" in kaart.message.text(), timeout=10_000)
    assert "1 toegevoegd, 0 bijgewerkt, 1 ongewijzigd" in kaart.message.text()
    qtbot.waitUntil(lambda: len(kaart.entries) == 2, timeout=10_000)
    kaart.search_edit.clear()
    qtbot.keyClicks(kaart.search_edit, "Eigen")
    names = [kaart.tree.topLevelItem(i).text(0) for i in range(kaart.tree.topLevelItemCount())]
    assert names == ["Eigen Wijs, Dagprogramma Jonge Kind"]
