"""The "Vandaag / Deze week" page: what it shows, what a click opens, when it reloads."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from testsupport import DEMO_DAY
from voordeur.gui.common.context import AppContext
from voordeur.gui.common.rich_list import HTML_ROLE, TARGET_ROLE
from voordeur.gui.overview.page import WEEKS_SETTING, OverviewPage
from voordeur.model import Household
from voordeur.model.catalogues import AgreementOwnerKind
from voordeur.services import households as hs
from voordeur.services import plan as ps
from voordeur.services import visits as vs
from voordeur.services.overview import week_overview
from voordeur.services.unit_of_work import unit_of_work
from voordeur.store.store import Store

TODAY = date(2026, 11, 18)  # Wednesday


@pytest.fixture(autouse=True)
def dutch_dates(qapp: object) -> Iterator[None]:
    """Dutch date formatting, as the app starts; the previous locale comes back afterwards."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    yield
    QLocale.setDefault(previous)


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute)).astimezone()


@pytest.fixture
def data(store: Store) -> dict[str, str]:
    """Exact data around Wednesday 18 November 2026."""
    with unit_of_work(store) as uow:
        jansen = hs.create_household(uow, "Gezin Jansen", neighbourhood="Zwolle-Zuid")
        mother = hs.add_person(uow, jansen, first_name="Fatima", last_name="Jansen",
                               role="moeder")
        first = vs.start_visit(uow, jansen, starts_at=local(date(2026, 11, 2), 10),
                               next_visit_at=local(TODAY, 14))
        vs.finalise_visit(uow, first)
        late = ps.add_agreement(uow, jansen, "Moeder belt de huisarts",
                                due_on=date(2026, 11, 3), owner_kind=AgreementOwnerKind.MEMBER,
                                owner_id=mother.id)
        mine = ps.add_agreement(uow, jansen, "Buurtwerker zoekt een taalcursus uit",
                                due_on=date(2026, 11, 20), owner_kind=AgreementOwnerKind.WORKER,
                                owner_id=store.actor.worker_id)
        turk = hs.create_household(uow, "Gezin Öztürk", neighbourhood="Holtenbroek")
        earlier = vs.start_visit(uow, turk, starts_at=local(date(2026, 11, 10), 9))
        vs.finalise_visit(uow, earlier)
        planned = vs.start_visit(uow, turk, starts_at=local(date(2026, 11, 20), 14, 30),
                                 location="Buurthuis De Kroon")
        quiet = hs.create_household(uow, "Gezin De Vries", neighbourhood="Assendorp")
    return {"jansen": jansen.id, "turk": turk.id, "quiet": quiet.id, "planned": planned.id,
            "late": late.id, "mine": mine.id}


def make_page(qtbot: QtBot, ctx: AppContext, day: date = TODAY) -> OverviewPage:
    page = OverviewPage(ctx, today=lambda: day)
    qtbot.addWidget(page)
    page.resize(1200, 900)
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.show()
    return page


def rows(lst: QListWidget) -> list[tuple[str, tuple[str, str]]]:
    return [(str(lst.item(i).data(HTML_ROLE)), tuple(lst.item(i).data(TARGET_ROLE)))
            for i in range(lst.count())]


def plain(lst: QListWidget, row: int) -> str:
    return str(lst.item(row).data(Qt.ItemDataRole.AccessibleTextRole))


def click_row(qtbot: QtBot, lst: QListWidget, row: int) -> None:
    rect = lst.visualItemRect(lst.item(row))
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_shows_overdue_planned_and_quiet(qtbot: QtBot, ctx: AppContext,
                                         data: dict[str, str]) -> None:
    page = make_page(qtbot, ctx)
    # Overdue agreement: marked in words and in colour, with who and which household.
    assert page.overdue_section.title.text() == "Afspraken te laat (1)"
    [(late_html, late_target)] = rows(page.overdue_section.list)
    assert late_target == ("household", data["jansen"])
    text = plain(page.overdue_section.list, 0)
    assert "Moeder belt de huisarts" in text
    assert "te laat sinds 3 nov (15 dagen)" in text
    assert "Wie: Fatima Jansen (moeder)" in text and "Gezin Jansen" in text
    assert page._late_colour().name() in late_html
    # Due this week, owned by the worker: "jij".
    assert page.due_section.title.text() == "Afspraken deze week (1)"
    assert "Wie: jij" in plain(page.due_section.list, 0)
    assert "uiterlijk vr 20 nov" in plain(page.due_section.list, 0)
    # Today: the next visit agreed at the last visit, at its time.
    assert page.today_section.title.text() == "Vandaag (1)"
    assert rows(page.today_section.list)[0][1] == ("household", data["jansen"])
    assert plain(page.today_section.list, 0).startswith("14:00")
    # Later this week: the planned visit record, with day, time and place.
    assert page.week_section.title.text() == "Later deze week (1)"
    assert rows(page.week_section.list)[0][1] == ("visit", data["planned"])
    week_text = plain(page.week_section.list, 0)
    assert "vr 20 nov 14:30" in week_text and "Gezin Öztürk" in week_text
    assert "Buurthuis De Kroon" in week_text
    # No contact for six weeks: the household never visited.
    assert page.no_contact_section.title.text() == "Geen contact in 6 weken (1)"
    assert rows(page.no_contact_section.list)[0][1] == ("household", data["quiet"])
    assert "Laatste contact: nog nooit" in plain(page.no_contact_section.list, 0)
    assert page.date_label.text() == "woensdag 18 november 2026 · week 47"


def test_clicking_and_enter_open_the_right_record(qtbot: QtBot, ctx: AppContext,
                                                  data: dict[str, str]) -> None:
    page = make_page(qtbot, ctx)
    with qtbot.waitSignal(page.visit_requested) as visit_signal:
        click_row(qtbot, page.week_section.list, 0)
    assert visit_signal.args == [data["planned"]]
    with qtbot.waitSignal(page.household_requested) as household_signal:
        click_row(qtbot, page.no_contact_section.list, 0)
    assert household_signal.args == [data["quiet"]]
    # Keyboard: focus the overdue list, pick the row, Enter.
    overdue = page.overdue_section.list
    overdue.setFocus()
    overdue.setCurrentRow(0)
    with qtbot.waitSignal(page.household_requested) as keyboard_signal:
        qtbot.keyClick(overdue, Qt.Key.Key_Return)
    assert keyboard_signal.args == [data["jansen"]]


def test_a_double_click_opens_once(qtbot: QtBot, ctx: AppContext, data: dict[str, str]) -> None:
    page = make_page(qtbot, ctx)
    opened: list[str] = []
    page.visit_requested.connect(opened.append)
    lst = page.week_section.list
    rect = lst.visualItemRect(lst.item(0))
    # What a real double click sends: press, release, double click, release.
    qtbot.mousePress(lst.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseRelease(lst.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseRelease(lst.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.wait(50)
    assert opened == [data["planned"]]


def test_empty_sections_say_so_in_dutch(qtbot: QtBot, ctx: AppContext) -> None:
    page = make_page(qtbot, ctx)
    expected = {
        page.today_section: "Vandaag staan er geen bezoeken gepland.",
        page.week_section: "Deze week staan er verder geen bezoeken gepland.",
        page.overdue_section: "Geen afspraken die te laat zijn.",
        page.due_section: "Deze week hoeven er geen afspraken af te zijn.",
        page.no_contact_section:
            "Met elk actief huishouden was er contact in de afgelopen 6 weken.",
    }
    for section, sentence in expected.items():
        assert section.empty.isVisible() and section.empty.text() == sentence
        assert not section.list.isVisible()
        assert section.title.text().endswith("(0)")


def test_reloads_after_a_change_on_the_bus(qtbot: QtBot, ctx: AppContext,
                                           data: dict[str, str]) -> None:
    page = make_page(qtbot, ctx)
    assert page.overdue_section.list.count() == 1

    def add_late(uow):  # type: ignore[no-untyped-def]
        household = uow.get(Household, data["turk"])
        return ps.add_agreement(uow, household, "School belt over verzuim",
                                due_on=date(2026, 11, 10))

    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        ctx.write(add_late, household_id=data["turk"])
    assert page.overdue_section.title.text() == "Afspraken te laat (2)"
    texts = [plain(page.overdue_section.list, i) for i in range(2)]
    assert "School belt over verzuim" in texts[0]  # the most recently missed first
    # A burst of changes is one reload.
    reloads: list[int] = []
    page.refreshed.connect(lambda: reloads.append(1))
    for _ in range(5):
        ctx.bus.household_changed.emit(data["turk"])
    ctx.bus.households_changed.emit()
    qtbot.waitUntil(lambda: reloads == [1], timeout=5_000)
    qtbot.wait(600)
    assert reloads == [1]


def test_a_hidden_page_reloads_when_shown(qtbot: QtBot, ctx: AppContext,
                                          data: dict[str, str]) -> None:
    page = make_page(qtbot, ctx)
    page.hide()
    ctx.bus.household_changed.emit(data["turk"])
    assert not page._timer.isActive()
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.show()


def test_weeks_without_contact_is_adjustable_and_remembered(
    qtbot: QtBot, ctx: AppContext, data: dict[str, str]
) -> None:
    page = make_page(qtbot, ctx)
    assert [t for _h, t in rows(page.no_contact_section.list)] == [("household", data["quiet"])]
    # Öztürk was last seen 8 days ago and Jansen 16 days ago: with one week both are quiet.
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.weeks_spin.setValue(1)
    assert page.weeks_spin.suffix() == " week"
    assert page.no_contact_section.title.text() == "Geen contact in de afgelopen week (3)"
    texts = [plain(page.no_contact_section.list, i) for i in range(3)]
    assert texts[0].endswith("Laatste contact: nog nooit")  # never seen comes first
    assert texts[1].endswith("Laatste contact: 2 nov (2 weken geleden)")
    assert texts[2].endswith("Laatste contact: 10 nov (1 week geleden)")
    assert ctx.settings.value(WEEKS_SETTING) in (1, "1")
    again = OverviewPage(ctx, today=lambda: TODAY)
    qtbot.addWidget(again)
    assert again.no_contact_weeks == 1


def test_long_sections_show_the_first_rows_and_all_on_request(
    qtbot: QtBot, ctx: AppContext, store: Store
) -> None:
    with unit_of_work(store) as uow:
        h = hs.create_household(uow, "Gezin Veel")
        vs.start_visit(uow, h, starts_at=local(TODAY, 9))
        for n in range(12):
            ps.add_agreement(uow, h, f"Afspraak {n}", due_on=date(2026, 10, 1 + n))
    page = make_page(qtbot, ctx)
    section = page.overdue_section
    assert section.title.text() == "Afspraken te laat (12)"
    assert section.list.count() == 8 and section.more.isVisible()
    assert section.more.text() == "Alle 12 tonen"
    qtbot.mouseClick(section.more, Qt.MouseButton.LeftButton)
    assert section.list.count() == 12 and section.more.text() == "Minder tonen"
    # The list is as tall as its rows: the page scrolls, not the list.
    assert section.list.height() >= sum(section.list.sizeHintForRow(i) for i in range(12))


def test_shutdown_stops_the_reload_timer(qtbot: QtBot, ctx: AppContext,
                                         data: dict[str, str]) -> None:
    page = make_page(qtbot, ctx)
    ctx.bus.household_changed.emit(data["jansen"])
    assert page._timer.isActive()
    page.shutdown()
    assert not page._timer.isActive()
    ctx.bus.household_changed.emit(data["jansen"])
    assert not page._timer.isActive()


def test_demo_store_page_matches_the_read_model(qtbot: QtBot, demo_ctx: AppContext) -> None:
    page = make_page(qtbot, demo_ctx, day=DEMO_DAY)
    expected = week_overview(demo_ctx.store, DEMO_DAY)
    assert page.overview == expected
    assert page.overdue_section.title.text() == (
        f"Afspraken te laat ({len(expected.overdue_agreements)})")
    shown = min(8, len(expected.overdue_agreements))
    assert page.overdue_section.list.count() == shown
    for i in range(shown):
        assert "te laat sinds" in plain(page.overdue_section.list, i)


def test_a_visit_row_says_its_kind_once(qtbot: QtBot, ctx: AppContext) -> None:
    """A phone call whose place says "Telefonisch" was "Telefonisch · Telefonisch"."""
    from voordeur.services.overview import PlannedVisit
    page = make_page(qtbot, ctx)
    moment = local(TODAY, 10)
    phone = PlannedVisit("h", "Gezin Bakker", "Zevenkamp", moment, visit_id="v",
                         kind="telefonisch", location="Telefonisch")
    text, _target = page._visit_row(phone, with_day=False)
    assert "Telefonisch · Zevenkamp" in text and text.count("Telefonisch") == 1
    on_site = PlannedVisit("h", "Gezin Bakker", "", moment, visit_id="v", kind="op_locatie",
                           location="Huis van de Wijk")
    text, _target = page._visit_row(on_site, with_day=False)
    assert "Gesprek op locatie · Huis van de Wijk" in text
