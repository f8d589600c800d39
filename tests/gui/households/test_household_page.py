"""The household page: loading, header, Overzicht with members, close/reopen, Bezoeken, Plan."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlmodel import select

from voordeur import clock
from voordeur.domain.ages import age_in_months
from voordeur.gui.common.context import AppContext
from voordeur.gui.households.dialogs import HouseholdDialog, MemberDialog
from voordeur.gui.households.list_panel import HouseholdListPanel
from voordeur.gui.households.page import HouseholdPage
from voordeur.gui.households.plan_dialogs import AgreementDialog, GoalDialog
from voordeur.model import AccessLogEntry, Person
from voordeur.model.catalogues import AccessAction, AgreementStatus, Gender, HouseholdStatus
from voordeur.services.household_rows import household_rows


def idle(ctx: AppContext, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=10_000)


def household(ctx: AppContext, name: str) -> str:
    return next(r.id for r in household_rows(ctx.store) if r.display_name == name)


def tree_texts(tree, column: int = 0) -> list[str]:  # type: ignore[no-untyped-def]
    return [tree.topLevelItem(i).text(column) for i in range(tree.topLevelItemCount())]


def confirm(page: HouseholdPage) -> None:
    box = page.active_dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    box.button(QMessageBox.StandardButton.Yes).click()


@pytest.fixture
def page(demo_ctx: AppContext, qtbot: QtBot) -> HouseholdPage:
    widget = HouseholdPage(demo_ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    return widget


def open_page(page: HouseholdPage, ctx: AppContext, qtbot: QtBot, name: str) -> str:
    hid = household(ctx, name)
    page.load(hid)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.id == hid, timeout=10_000)
    return hid


def open_entries(ctx: AppContext, household_id: str) -> int:
    with ctx.store.session() as session:
        entries = session.exec(select(AccessLogEntry)).all()
    return sum(1 for e in entries
               if e.action == AccessAction.OPEN and household_id in e.subject_ids)


def test_loading_shows_laden_then_the_household(page: HouseholdPage, demo_ctx: AppContext,
                                                qtbot: QtBot) -> None:
    assert page.household_id is None
    assert page._stack.currentWidget() is page._empty
    lieveld = household(demo_ctx, "Gezin Lieveld")
    page.load(lieveld)
    assert page.household_id == lieveld
    assert page._stack.currentWidget() is page._loading
    assert page._loading.text() == "Laden…"
    qtbot.waitUntil(lambda: page._stack.currentWidget() is not page._loading, timeout=10_000)
    assert page.name_label.text() == "Gezin Lieveld"
    assert page.consent_badge.text() == "Toestemming: geldig voor 1 partner"
    assert page.status_label.text() == "actief"
    assert "Overvecht" in page.info_label.text()
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "&Overzicht", "Eco&gram", "B&ezoeken", "&Plan", "&Toestemming"]
    assert page.tabs.objectName() == "householdTabs"
    assert page.last_fill_seconds < 1.0  # measured per fill; the benchmark reports it

    # Another household: never the previous one's data while loading.
    chaouch = household(demo_ctx, "Gezin Chaouch")
    page.load(chaouch)
    assert page._stack.currentWidget() is page._loading
    assert page.detail is None
    qtbot.waitUntil(lambda: page.detail is not None, timeout=10_000)
    assert page.name_label.text() == "Gezin Chaouch"
    assert page.consent_badge.text() == "Geen geldige toestemming"


def test_opening_a_household_writes_the_access_log(page: HouseholdPage, demo_ctx: AppContext,
                                                   qtbot: QtBot) -> None:
    hid = household(demo_ctx, "Gezin Lieveld")
    assert open_entries(demo_ctx, hid) == 0
    open_page(page, demo_ctx, qtbot, "Gezin Lieveld")
    assert open_entries(demo_ctx, hid) == 1
    # Reloads after a change are not new openings.
    demo_ctx.bus.household_changed.emit(hid)
    idle(demo_ctx, qtbot)
    assert open_entries(demo_ctx, hid) == 1


def test_unknown_household_shows_a_message(page: HouseholdPage, qtbot: QtBot) -> None:
    page.load("00000000-0000-7000-8000-000000000000")
    qtbot.waitUntil(lambda: page._stack.currentWidget() is page._error, timeout=10_000)
    assert "bestaat niet" in page._error.text()


def test_overview_shows_members_goals_agreements_and_next_visit(
    page: HouseholdPage, demo_ctx: AppContext, qtbot: QtBot
) -> None:
    open_page(page, demo_ctx, qtbot, "Familie Bakker-van Dijk")
    overview = page.overview_tab
    detail = page.detail
    assert tree_texts(overview.members_tree) == [m.name for m in detail.members]
    wim = tree_texts(overview.members_tree).index("Wim Bakker")
    assert overview.members_tree.topLevelItem(wim).text(3) == "overleden"
    assert overview.members_tree.topLevelItem(wim).text(2) == "geboren 1970"
    levi = tree_texts(overview.members_tree).index("Levi Bakker")
    assert overview.members_tree.topLevelItem(levi).text(3) == "indexpersoon"
    levi_info = next(m for m in detail.members if m.name == "Levi Bakker")
    months = age_in_months(levi_info.birth_date, clock.today())  # under two: in months
    assert overview.members_tree.topLevelItem(levi).text(2) == (
        f"{months} maanden" if months is not None else f"{levi_info.age} jaar")
    goals = detail.active_goals
    assert tree_texts(overview.goals_tree) == [g.text for g in goals]
    latest = goals[0].latest
    assert overview.goals_tree.topLevelItem(0).text(2).startswith(f"{latest.score}/10 op ")
    assert " → " in overview.goals_tree.topLevelItem(0).text(3)
    assert overview.consent_label.text().startswith("Toestemming: geldig voor 2 partners")
    assert overview.next_visit_label.text().startswith("Volgende bezoek: ")
    assert "nog niet gepland" not in overview.next_visit_label.text()


def test_overdue_agreements_are_marked_in_words(page: HouseholdPage, demo_ctx: AppContext,
                                                qtbot: QtBot) -> None:
    open_page(page, demo_ctx, qtbot, "Gezin Lieveld")
    tree = page.overview_tab.agreements_tree
    overdue = [a for a in page.detail.open_agreements if a.overdue]
    assert len(overdue) == 3
    late = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
            if tree.topLevelItem(i).text(2).endswith("— te laat")]
    assert len(late) == 3
    assert late[0].foreground(2).color().name() == "#a40e0e"


def test_add_edit_and_remove_a_member(page: HouseholdPage, demo_ctx: AppContext,
                                      qtbot: QtBot) -> None:
    hid = open_page(page, demo_ctx, qtbot, "Gezin Chaouch")
    page.overview_tab.add_member_button.click()
    dialog = page.active_dialog
    assert isinstance(dialog, MemberDialog) and dialog.isVisible()
    dialog.save_button.click()
    assert "Vul een voornaam of een rol in" in dialog.error_label.text()
    qtbot.keyClicks(dialog.first_name_edit, "Yara")
    dialog.last_name_edit.setText("Chaouch")
    dialog.role_combo.setEditText("dochter")
    dialog.gender_combo.setCurrentIndex(dialog.gender_combo.findData(Gender.FEMALE.value))
    dialog.birth_year_radio.setChecked(True)
    dialog.birth_year_spin.setValue(2019)
    dialog.index_check.setChecked(True)
    dialog.save_button.click()
    tree = page.overview_tab.members_tree
    qtbot.waitUntil(lambda: "Yara Chaouch" in tree_texts(tree), timeout=10_000)
    row = tree_texts(tree).index("Yara Chaouch")
    assert tree.topLevelItem(row).text(1) == "dochter"
    assert tree.topLevelItem(row).text(2) == f"ca. {clock.today().year - 2019} jaar (2019)"
    assert tree.topLevelItem(row).text(3) == "indexpersoon"
    assert sum(m.is_index for m in page.detail.members) == 1

    # Edit: select the row, open with Enter (itemActivated) or the button.
    tree.setCurrentItem(tree.topLevelItem(row))
    page.overview_tab.edit_member_button.click()
    dialog = page.active_dialog
    assert isinstance(dialog, MemberDialog) and dialog.member is not None
    assert dialog.first_name_edit.text() == "Yara"
    assert dialog.birth_year_radio.isChecked()
    assert dialog.note_edit.text() == ""
    dialog.role_combo.setEditText("pleegdochter")
    qtbot.keyClicks(dialog.note_edit, "ontwikkelingsachterstand, logopedie op dinsdag")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "pleegdochter" in tree_texts(tree, 1), timeout=10_000)
    row = tree_texts(tree).index("Yara Chaouch")
    assert tree.topLevelItem(row).text(3) == (  # Overzicht shows the note (bijzonderheden)
        "indexpersoon, ontwikkelingsachterstand, logopedie op dinsdag")
    with demo_ctx.store.session() as session:
        assert session.get(Person, page.detail.members[row].id).note == (
            "ontwikkelingsachterstand, logopedie op dinsdag")
    tree.setCurrentItem(tree.topLevelItem(row))
    page.overview_tab.edit_member_button.click()
    dialog = page.active_dialog
    assert isinstance(dialog, MemberDialog)
    assert dialog.note_edit.text() == "ontwikkelingsachterstand, logopedie op dinsdag"
    dialog.reject()

    # Remove, after confirmation.
    row = tree_texts(tree).index("Yara Chaouch")
    tree.setCurrentItem(tree.topLevelItem(row))
    person_id = page.detail.members[row].id
    page.overview_tab.remove_member_button.click()
    confirm(page)
    qtbot.waitUntil(lambda: "Yara Chaouch" not in tree_texts(tree), timeout=10_000)
    with demo_ctx.store.session() as session:
        person = session.get(Person, person_id)
        assert person.deleted_at is not None and person.household_id == hid


def test_close_and_reopen_a_household(page: HouseholdPage, demo_ctx: AppContext,
                                      qtbot: QtBot) -> None:
    panel = HouseholdListPanel(demo_ctx)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4, timeout=10_000)
    hid = open_page(page, demo_ctx, qtbot, "Gezin Lieveld")
    assert page.close_button.text() == "Af&sluiten…"

    # Cancelling changes nothing.
    page.close_button.click()
    page.active_dialog.button(QMessageBox.StandardButton.Cancel).click()
    idle(demo_ctx, qtbot)
    assert page.detail.active

    page.close_button.click()
    confirm(page)
    qtbot.waitUntil(lambda: not page.detail.active, timeout=10_000)
    assert page.detail.status == HouseholdStatus.CLOSED
    assert page.status_label.text().startswith("afgesloten op ")
    assert page.close_button.text() == "He&ropenen…"
    qtbot.waitUntil(lambda: panel.model.row_of(hid) < 0, timeout=10_000)  # only active shown

    page.close_button.click()
    confirm(page)
    qtbot.waitUntil(lambda: page.detail.active, timeout=10_000)
    assert page.status_label.text() == "actief"
    qtbot.waitUntil(lambda: panel.model.row_of(hid) >= 0, timeout=10_000)


def test_edit_household_renames_it(page: HouseholdPage, demo_ctx: AppContext,
                                   qtbot: QtBot) -> None:
    open_page(page, demo_ctx, qtbot, "Gezin Lieveld")
    changed: list[bool] = []
    demo_ctx.bus.households_changed.connect(lambda: changed.append(True))
    page.edit_button.click()
    dialog = page.active_dialog
    assert isinstance(dialog, HouseholdDialog)
    assert dialog.name_edit.text() == "Gezin Lieveld"
    dialog.name_edit.setText("Gezin Lieveld-Post")
    dialog.email_edit.setText("geen-adres")
    dialog.save_button.click()
    assert "e-mailadres" in dialog.error_label.text()
    dialog.email_edit.clear()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: page.name_label.text() == "Gezin Lieveld-Post", timeout=10_000)
    assert changed


def test_visits_tab_opens_the_right_visit(page: HouseholdPage, demo_ctx: AppContext,
                                          qtbot: QtBot) -> None:
    open_page(page, demo_ctx, qtbot, "Gezin Chaouch")
    page.tabs.setCurrentWidget(page.visits_tab)
    tab = page.visits_tab
    visits = page.detail.visits
    assert tab.tree.topLevelItemCount() == len(visits)
    starts = [v.starts_at for v in visits]
    assert starts == sorted(starts, reverse=True)  # newest first
    assert tab.count_label.text() == f"{len(visits)} bezoeken, nieuwste eerst"
    assert tab.tree.topLevelItem(0).text(2) in ("concept", "definitief")
    assert tab.tree.topLevelItem(1).text(4)  # themes, in Dutch
    tab.tree.setFocus()
    tab.tree.setCurrentItem(tab.tree.topLevelItem(2))
    with qtbot.waitSignal(page.open_visit_requested) as blocker:
        qtbot.keyClick(tab.tree, Qt.Key.Key_Return)
    assert blocker.args == [visits[2].id]
    tab.tree.setCurrentItem(tab.tree.topLevelItem(1))
    with qtbot.waitSignal(page.open_visit_requested) as blocker:
        tab.open_button.click()
    assert blocker.args == [visits[1].id]
    rect = tab.tree.visualItemRect(tab.tree.topLevelItem(0))
    with qtbot.waitSignal(page.open_visit_requested) as blocker:
        # A real double-click: press and release, then the double-click event.
        qtbot.mouseClick(tab.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(tab.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [visits[0].id]


def test_new_visit_button(page: HouseholdPage, demo_ctx: AppContext, qtbot: QtBot) -> None:
    hid = open_page(page, demo_ctx, qtbot, "Gezin Chaouch")
    with qtbot.waitSignal(page.new_visit_requested) as blocker:
        page.new_visit_button.click()
    assert blocker.args == [hid]


def test_plan_goals_and_agreements(page: HouseholdPage, demo_ctx: AppContext,
                                   qtbot: QtBot) -> None:
    open_page(page, demo_ctx, qtbot, "Gezin Lieveld")
    page.tabs.setCurrentWidget(page.plan_tab)
    plan_tab = page.plan_tab
    assert tree_texts(plan_tab.goals_tree) == [g.text for g in page.detail.goals]
    history = plan_tab.goals_tree.topLevelItem(0).text(3)
    assert history.endswith(str(page.detail.goals[0].latest.score))

    plan_tab.add_goal_button.click()
    dialog = page.active_dialog
    assert isinstance(dialog, GoalDialog)
    dialog.save_button.click()
    assert "Schrijf het doel op" in dialog.error_label.text()
    dialog.text_edit.setPlainText("Wij eten drie keer per week samen")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "Wij eten drie keer per week samen"
                    in tree_texts(plan_tab.goals_tree), timeout=10_000)
    assert "Wij eten drie keer per week samen" in tree_texts(page.overview_tab.goals_tree)
    new_row = tree_texts(plan_tab.goals_tree).index("Wij eten drie keer per week samen")
    assert plan_tab.goals_tree.topLevelItem(new_row).text(4) == "nog geen score"

    # Mark the goal achieved: it leaves the Overzicht (active goals only).
    plan_tab.goals_tree.setCurrentItem(plan_tab.goals_tree.topLevelItem(new_row))
    plan_tab.edit_goal_button.click()
    dialog = page.active_dialog
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("achieved"))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "Wij eten drie keer per week samen"
                    not in tree_texts(page.overview_tab.goals_tree), timeout=10_000)

    # Agreements: add one, mark an overdue one done.
    plan_tab.add_agreement_button.click()
    dialog = page.active_dialog
    assert isinstance(dialog, AgreementDialog)
    dialog.what_edit.setText("Vader belt de huisarts")
    dialog.owner_combo.setCurrentIndex(dialog.owner_combo.findText("Edgar Lieveld"))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "Vader belt de huisarts"
                    in tree_texts(page.overview_tab.agreements_tree, 1), timeout=10_000)
    overdue = next(a for a in page.detail.agreements if a.overdue)
    row = [plan_tab.agreements_tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole + 1)
           for i in range(plan_tab.agreements_tree.topLevelItemCount())].index(overdue.id)
    plan_tab.agreements_tree.setCurrentItem(plan_tab.agreements_tree.topLevelItem(row))
    assert plan_tab.done_button.isEnabled() and not plan_tab.reopen_button.isEnabled()
    plan_tab.done_button.click()
    qtbot.waitUntil(lambda: next(a for a in page.detail.agreements if a.id == overdue.id)
                    .status == AgreementStatus.DONE, timeout=10_000)
    assert len(page.detail.overdue_agreements) == 2
    item = next(plan_tab.agreements_tree.topLevelItem(i)
                for i in range(plan_tab.agreements_tree.topLevelItemCount())
                if plan_tab.agreements_tree.topLevelItem(i).data(
                    0, Qt.ItemDataRole.UserRole + 1) == overdue.id)
    assert item.text(3).startswith("gedaan op ")
    plan_tab.show_closed_check.setChecked(False)
    assert all(plan_tab.agreements_tree.topLevelItem(i).text(3) == "open"
               for i in range(plan_tab.agreements_tree.topLevelItemCount()))
