"""The household plan's texts on the household page: shown now, edited, read back, forks settled."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot
from sqlmodel import select

from voordeur.gui.common.context import AppContext
from voordeur.gui.households.page import HouseholdPage
from voordeur.gui.households.plan_texts import (
    PlanForkDialog,
    PlanHistoryDialog,
    PlanTextsDialog,
)
from voordeur.model import PlanRevision, new_id
from voordeur.services import family_plan
from voordeur.services.household_rows import household_rows
from voordeur.services.unit_of_work import unit_of_work


@pytest.fixture
def page(demo_ctx: AppContext, qtbot: QtBot) -> HouseholdPage:
    widget = HouseholdPage(demo_ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    return widget


def open_first(page: HouseholdPage, ctx: AppContext, qtbot: QtBot) -> str:
    hid = household_rows(ctx.store)[0].id
    page.load(hid)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.id == hid, timeout=10_000)
    return hid


def current(ctx: AppContext, hid: str) -> family_plan.PlanTexts:
    with ctx.store.session() as session:
        return family_plan.current_plan(session, hid)


def test_overzicht_shows_the_question_the_plan_tab_all_three(
    page: HouseholdPage, demo_ctx: AppContext, qtbot: QtBot
) -> None:
    hid = open_first(page, demo_ctx, qtbot)
    plan = current(demo_ctx, hid)
    assert plan.request  # the demo's families said what they want at their first visit
    overview_box = page.overview_tab.plan_box
    assert overview_box.request_label.text() == f"“{plan.request.strip()}”"
    assert overview_box.updated_label.text().startswith("Bijgewerkt op ")
    plan_box = page.plan_tab.plan_box
    first_strength = plan.strengths.splitlines()[0].strip()
    assert f"• {first_strength}" in plan_box.strengths_label.text()


def test_editing_outside_a_visit_adds_a_version_read_back_in_the_history(
    page: HouseholdPage, demo_ctx: AppContext, qtbot: QtBot
) -> None:
    hid = open_first(page, demo_ctx, qtbot)
    page.overview_tab.plan_box.edit_button.click()
    dialog = page.active_dialog
    assert isinstance(dialog, PlanTextsDialog)
    dialog.edits["request"].setPlainText("Wij willen rust in huis.")
    dialog.edits["concerns"].setPlainText("")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: page.overview_tab.plan_box.request_label.text()
                    == "“Wij willen rust in huis.”", timeout=10_000)
    assert page.plan_tab.plan_box.concerns_label.text() == "geen"
    assert current(demo_ctx, hid).request == "Wij willen rust in huis."

    page.plan_tab.plan_box.history_button.click()
    history = page.active_dialog
    assert isinstance(history, PlanHistoryDialog)
    qtbot.waitUntil(lambda: history.tree.topLevelItemCount() > 1, timeout=10_000)
    newest = [history.tree.topLevelItem(0).text(c) for c in range(3)]
    assert newest[1] in ("Hulpvraag", "Zorgen")
    texts = [history.tree.topLevelItem(i).text(2)
             for i in range(history.tree.topLevelItemCount())]
    assert "Wij willen rust in huis." in texts and "(leeggemaakt)" in texts
    history.close()


def test_two_versions_made_apart_are_shown_and_settled(
    page: HouseholdPage, demo_ctx: AppContext, qtbot: QtBot
) -> None:
    hid = household_rows(demo_ctx.store)[0].id
    store = demo_ctx.store
    with store.session() as session:
        base = session.exec(select(PlanRevision).where(
            PlanRevision.household_id == hid, PlanRevision.field == "request")).one()
    with unit_of_work(store) as uow:  # two laptops changed the same question apart
        for text, minutes in (("Versie van laptop A", 1), ("Versie van laptop B", 2)):
            uow.add(PlanRevision(household_id=hid, field="request", text=text,
                                 base_revision_id=base.id, device_id=new_id(),
                                 saved_at=base.saved_at + timedelta(minutes=minutes)))
    open_first(page, demo_ctx, qtbot)
    box = page.plan_tab.plan_box
    assert box.fork_label.isVisibleTo(page) or not box.isVisible()
    assert "twee versies van: hulpvraag" in box.fork_label.text()
    assert box.request_label.text() == "“Versie van laptop B”"  # the newer one, meanwhile

    box.fork_button.click()
    qtbot.waitUntil(lambda: isinstance(page.active_dialog, PlanForkDialog), timeout=10_000)
    dialog = page.active_dialog
    assert isinstance(dialog, PlanForkDialog)
    dialog.result_edit.setPlainText("Versie van A en B samen")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: page.plan_tab.plan_box.request_label.text()
                    == "“Versie van A en B samen”", timeout=10_000)
    assert not page.plan_tab.plan_box.fork_label.text() or not page.detail.plan_forks
    with store.session() as session:
        assert family_plan.forks(session, hid) == []
