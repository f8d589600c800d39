"""The household list: loading, search as you type, filters, sort, keyboard, new household."""

from __future__ import annotations

import time
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from voordeur import clock
from voordeur.gui.common.context import AppContext
from voordeur.gui.households.dialogs import HouseholdDialog, open_new_household_dialog
from voordeur.gui.households.list_model import (
    HouseholdListModel,
    ListFilter,
    SortKey,
    StatusFilter,
    name_sort_key,
    row_markers,
)
from voordeur.gui.households.list_panel import HouseholdListPanel
from voordeur.model import Household
from voordeur.model.catalogues import HouseholdStatus
from voordeur.services import households as hs
from voordeur.services.household_queries import fold
from voordeur.services.household_rows import HouseholdRow, household_rows
from voordeur.services.unit_of_work import unit_of_work


def idle(ctx: AppContext, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=10_000)


def names(panel: HouseholdListPanel) -> list[str]:
    return [r.display_name for r in panel.model.visible]


def choose(combo, data: object) -> None:  # type: ignore[no-untyped-def]
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


@pytest.fixture
def panel(demo_ctx: AppContext, qtbot: QtBot) -> HouseholdListPanel:
    widget = HouseholdListPanel(demo_ctx)
    qtbot.addWidget(widget)
    widget.resize(360, 700)
    widget.show()
    qtbot.waitUntil(lambda: widget.model.rowCount() > 0, timeout=10_000)
    return widget


def test_list_loads_the_demo_households(panel: HouseholdListPanel,
                                        demo_ctx: AppContext) -> None:
    expected = household_rows(demo_ctx.store)
    active = sorted((r.display_name for r in expected if r.active), key=name_sort_key)
    assert names(panel) == active
    assert panel.search_field.objectName() == "householdSearch"
    assert not panel.state_label.isVisible()
    assert panel.count_label.text() == f"{len(active)} huishoudens"
    wijken = [panel.neighbourhood_combo.itemText(i)
              for i in range(1, panel.neighbourhood_combo.count())]
    assert wijken == sorted({r.neighbourhood for r in expected}, key=fold)


def test_typing_filters_by_name_member_and_wijk(panel: HouseholdListPanel,
                                                qtbot: QtBot) -> None:
    qtbot.keyClicks(panel.search_field, "chaou")
    assert names(panel) == ["Gezin Chaouch"]
    panel.search_field.clear()
    qtbot.keyClicks(panel.search_field, "souad")  # a member of the Chaouch household
    assert names(panel) == ["Gezin Chaouch"]
    panel.search_field.clear()
    qtbot.keyClicks(panel.search_field, "OVERVECHT")  # a wijk, in any case
    assert names(panel) == ["Gezin Lieveld"]
    panel.search_field.clear()
    qtbot.keyClicks(panel.search_field, "gezin lieveld edgar")  # every word must match
    assert names(panel) == ["Gezin Lieveld"]
    panel.search_field.clear()
    qtbot.keyClicks(panel.search_field, "xyzzy")
    assert names(panel) == []
    assert panel.state_label.isVisible()
    assert "Geen huishoudens gevonden" in panel.state_label.text()
    assert panel.count_label.text() == "0 van 4 huishoudens"
    panel.search_field.clear()
    assert len(names(panel)) == 4


def test_wijk_and_status_filters(panel: HouseholdListPanel, demo_ctx: AppContext,
                                 qtbot: QtBot) -> None:
    choose(panel.neighbourhood_combo, "Malburgen")
    assert names(panel) == ["Gezin Al-Hussein"]
    choose(panel.neighbourhood_combo, "")
    assert len(names(panel)) == 4

    chaouch = next(r.id for r in panel.model.all_rows if r.display_name == "Gezin Chaouch")
    with unit_of_work(demo_ctx.store) as uow:
        hs.close_household(uow, uow.get(Household, chaouch), clock.today())
    demo_ctx.bus.households_changed.emit()
    qtbot.waitUntil(lambda: "Gezin Chaouch" not in names(panel), timeout=10_000)
    assert len(names(panel)) == 3
    choose(panel.status_combo, StatusFilter.CLOSED.value)
    assert names(panel) == ["Gezin Chaouch"]
    choose(panel.status_combo, StatusFilter.ALL.value)
    assert len(names(panel)) == 4


def test_no_contact_filter(panel: HouseholdListPanel) -> None:
    today = clock.today()
    for weeks in (2, 4, 8):
        choose(panel.contact_combo, weeks)
        cutoff = today - timedelta(weeks=weeks)
        expected = sorted((r.display_name for r in panel.model.all_rows
                           if r.active and (r.last_contact is None
                                            or r.last_contact <= cutoff)),
                          key=name_sort_key)
        assert names(panel) == expected
    # The demo's oldest contact (Bakker-van Dijk, mid September) is more than 8 weeks ago.
    assert "Familie Bakker-van Dijk" in names(panel)
    choose(panel.contact_combo, 0)
    assert len(names(panel)) == 4


def test_names_sort_on_the_surname_as_dutch_lists_do() -> None:
    shown = ["Gezin Smit", "Familie de Vries", "Fam. van der Berg", "Gezin Al-Hussein",
             "Familie Bakker-van Dijk", "Gezin 't Hart", "Huishouden Yilmaz", "De Boer"]
    assert sorted(shown, key=name_sort_key) == [
        "Gezin Al-Hussein", "Familie Bakker-van Dijk", "Fam. van der Berg", "De Boer",
        "Gezin 't Hart", "Gezin Smit", "Familie de Vries", "Huishouden Yilmaz"]
    model = HouseholdListModel()
    rows = [HouseholdRow(id=str(i), display_name=name, neighbourhood="", city="",
                         status=HouseholdStatus.ACTIVE, member_names=(), last_contact=None,
                         next_visit=None, open_agreements=0, overdue_agreements=0,
                         valid_consents=1, search_key=fold(name))
            for i, name in enumerate(["Familie de Vries", "Gezin Smit", "Gezin Vos",
                                      "Familie van Dam"])]
    model.set_rows(rows)
    assert [r.display_name for r in model.visible] == [
        "Familie van Dam", "Gezin Smit", "Gezin Vos", "Familie de Vries"]


def test_sort_orders(panel: HouseholdListPanel) -> None:
    assert names(panel) == sorted(names(panel), key=name_sort_key)
    choose(panel.sort_combo, SortKey.LAST_CONTACT.value)
    contacts = [r.last_contact or date.min for r in panel.model.visible]
    assert contacts == sorted(contacts)
    assert names(panel)[0] == "Familie Bakker-van Dijk"  # longest ago first
    choose(panel.sort_combo, SortKey.NEXT_VISIT.value)
    visits = [r.next_visit or date.max for r in panel.model.visible]
    assert visits == sorted(visits)
    # Filtering keeps the sort order.
    choose(panel.status_combo, StatusFilter.ALL.value)
    visits = [r.next_visit or date.max for r in panel.model.visible]
    assert visits == sorted(visits)


def test_markers_for_consent_and_overdue_agreements(panel: HouseholdListPanel) -> None:
    rows = {r.display_name: r for r in panel.model.all_rows}
    assert [k for k, _ in row_markers(rows["Familie Bakker-van Dijk"])] == []
    assert [k for k, _ in row_markers(rows["Gezin Chaouch"])] == ["consent"]  # expired
    al_hussein = row_markers(rows["Gezin Al-Hussein"])  # withdrawn, 2 overdue
    assert al_hussein == [("consent", "geen toestemming"), ("late", "2 afspraken te laat")]
    index = panel.model.index(names(panel).index("Gezin Lieveld"), 0)
    tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "Afspraken te laat: 3" in tooltip
    assert "Laatste contact:" in tooltip


def test_keyboard_down_moves_into_the_list_and_enter_opens(panel: HouseholdListPanel,
                                                           qtbot: QtBot) -> None:
    panel.activateWindow()
    panel.search_field.setFocus()
    qtbot.keyClick(panel.search_field, Qt.Key.Key_Down)
    assert panel.view.currentIndex().row() == 0
    assert panel.current_household_id() == panel.model.visible[0].id
    qtbot.keyClick(panel.view, Qt.Key.Key_Down)
    second = panel.model.visible[1].id
    assert panel.current_household_id() == second
    with qtbot.waitSignal(panel.household_activated) as blocker:
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert blocker.args == [second]
    # Enter in the search field opens the first match.
    panel.search_field.clear()
    qtbot.keyClicks(panel.search_field, "lieveld")
    with qtbot.waitSignal(panel.household_activated) as blocker:
        qtbot.keyClick(panel.search_field, Qt.Key.Key_Return)
    assert blocker.args == [panel.model.visible[0].id]
    assert panel.model.visible[0].display_name == "Gezin Lieveld"


def test_click_opens(panel: HouseholdListPanel, qtbot: QtBot) -> None:
    index = panel.model.index(2, 0)
    rect = panel.view.visualRect(index)
    with qtbot.waitSignal(panel.household_activated) as blocker:
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [panel.model.visible[2].id]


def test_reload_keeps_the_selection(panel: HouseholdListPanel, demo_ctx: AppContext,
                                    qtbot: QtBot) -> None:
    target = next(r for r in panel.model.all_rows if r.display_name == "Gezin Lieveld")
    panel.select_household(target.id)
    assert panel.current_household_id() == target.id
    with unit_of_work(demo_ctx.store) as uow:
        hs.edit_household(uow, uow.get(Household, target.id), display_name="Familie Aalders")
    demo_ctx.bus.household_changed.emit(target.id)
    qtbot.waitUntil(lambda: "Familie Aalders" in names(panel), timeout=10_000)
    assert names(panel)[0] == "Familie Aalders"  # sorted again
    assert panel.current_household_id() == target.id
    demo_ctx.bus.households_changed.emit()
    idle(demo_ctx, qtbot)
    assert panel.current_household_id() == target.id


def test_select_household_widens_filters(panel: HouseholdListPanel) -> None:
    target = next(r for r in panel.model.all_rows if r.display_name == "Gezin Lieveld")
    panel.search_field.setText("chaouch")
    panel.select_household(target.id)
    assert panel.search_field.text() == ""
    assert panel.current_household_id() == target.id


def test_new_household_through_the_dialog_appears_in_the_list(
    panel: HouseholdListPanel, demo_ctx: AppContext, qtbot: QtBot
) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    created: list[str] = []
    open_new_household_dialog(demo_ctx, host, created.append)
    dialog = host.findChild(HouseholdDialog)
    assert dialog is not None and dialog.isVisible()
    idle(demo_ctx, qtbot)  # the wijk pick list
    assert dialog.neighbourhood_combo.currentText() == "Zwolle-Zuid"  # the worker's own wijk

    # Nothing is written while the name is missing; the message is Dutch.
    dialog.save_button.click()
    assert "Vul een naam in" in dialog.error_label.text()
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.name_edit, "Gezin Testmans")
    dialog.postcode_edit.setText("80111")
    dialog.save_button.click()
    assert "postcode" in dialog.error_label.text()
    dialog.postcode_edit.setText("8011ab")
    dialog.neighbourhood_combo.setEditText("Zevenkamp")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: bool(created), timeout=10_000)
    qtbot.waitUntil(lambda: "Gezin Testmans" in names(panel), timeout=10_000)
    row = next(r for r in panel.model.all_rows if r.id == created[0])
    assert row.neighbourhood == "Zevenkamp"
    assert panel.neighbourhood_combo.findData("Zevenkamp") > 0
    with demo_ctx.store.session() as session:
        assert session.get(Household, created[0]).postcode == "8011 AB"
    panel.select_household(created[0])
    assert panel.current_household_id() == created[0]


def fake_rows(count: int) -> list[HouseholdRow]:
    surnames = ["Jansen", "de Vries", "Yılmaz", "Bakker", "El Amrani", "Visser", "Çelik", "Smit"]
    first = ["Anna", "Mohammed", "Sem", "Zoë", "Fatima", "Daan", "Lotte", "Noah", "Emma"]
    wijken = ["Overvecht", "Zwolle-Zuid", "Zevenkamp", "Malburgen", "Bijlmer-Oost"]
    today = clock.today()
    rows = []
    for i in range(count):
        surname = surnames[i % len(surnames)]
        members = tuple(f"{first[(i + k) % len(first)]} {surname}" for k in range(4))
        name, wijk = f"Gezin {surname} {i}", wijken[i % len(wijken)]
        rows.append(HouseholdRow(
            id=f"h{i:05d}", display_name=name, neighbourhood=wijk, city="",
            status=HouseholdStatus.CLOSED if i % 10 == 0 else HouseholdStatus.ACTIVE,
            member_names=members, last_contact=today - timedelta(days=i % 120),
            next_visit=today + timedelta(days=i % 30) if i % 3 else None,
            open_agreements=i % 4, overdue_agreements=i % 3, valid_consents=i % 2,
            search_key=fold(" ".join((name, *members, wijk))),
        ))
    return rows


def test_filtering_5000_households(panel: HouseholdListPanel, qtbot: QtBot) -> None:
    rows = fake_rows(5000)
    panel.model.set_rows(rows)
    assert panel.model.rowCount() == 4500  # the closed tenth is hidden by default
    timings = []
    typed = ""
    for key in "celik 1":
        typed += key
        started = time.perf_counter()
        qtbot.keyClicks(panel.search_field, key)
        timings.append(time.perf_counter() - started)
        terms = fold(typed).split()
        expected = [r.id for r in rows if r.active and all(t in r.search_key for t in terms)]
        assert {r.id for r in panel.model.visible} == set(expected)
    print(f"filter per keystroke, 5000 rows: max {max(timings) * 1000:.1f} ms, "
          f"mean {sum(timings) / len(timings) * 1000:.1f} ms")
    choose(panel.status_combo, StatusFilter.ALL.value)
    choose(panel.neighbourhood_combo, "")
    panel.search_field.clear()
    assert panel.model.rowCount() == 5000
    choose(panel.sort_combo, SortKey.NEXT_VISIT.value)
    visits = [r.next_visit or date.max for r in panel.model.visible]
    assert visits == sorted(visits)


def test_model_filter_without_widgets() -> None:
    model = HouseholdListModel()
    rows = fake_rows(500)
    model.set_rows(rows)
    model.set_filter(ListFilter(text="ZOE jansen", status=StatusFilter.ALL))
    assert {r.id for r in model.visible} == {
        r.id for r in rows if "zoe" in r.search_key and "jansen" in r.search_key}
    model.set_filter(ListFilter(neighbourhood="Overvecht", status=StatusFilter.CLOSED))
    assert model.visible and all(
        r.neighbourhood == "Overvecht" and not r.active for r in model.visible)
    model.set_filter(ListFilter(no_contact_weeks=12))
    cutoff = clock.today() - timedelta(weeks=12)
    assert model.visible and all(r.last_contact <= cutoff for r in model.visible)
