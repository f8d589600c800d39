"""The search dialog (Ctrl+K): search as you type, highlighted snippets, open with Enter."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlmodel import select

from voordeur.gui.common.context import AppContext
from voordeur.gui.common.rich_list import HTML_ROLE, TARGET_ROLE, highlight_snippet
from voordeur.gui.search.dialog import SearchDialog
from voordeur.model import AccessLogEntry
from voordeur.model.catalogues import AccessAction
from voordeur.services import households as hs
from voordeur.services import plan as ps
from voordeur.services import visits as vs
from voordeur.services.search import HIGHLIGHT_END, HIGHLIGHT_START
from voordeur.services.unit_of_work import unit_of_work
from voordeur.store.store import Store


@pytest.fixture(autouse=True)
def dutch_dates(qapp: object) -> Iterator[None]:
    """Dutch date formatting, as the app starts; the previous locale comes back afterwards."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def data(store: Store) -> dict[str, str]:
    with unit_of_work(store) as uow:
        turks = hs.create_household(uow, "Gezin Öztürk", neighbourhood="Holtenbroek")
        elif_ = hs.add_person(uow, turks, first_name="Elif", last_name="Öztürk", role="dochter")
        visit = vs.start_visit(
            uow, turks, starts_at=datetime.combine(date(2026, 11, 2), time(15)).astimezone(),
            notes="Elif speelt voetbal bij de buurtvereniging. <Moeder> is trots & blij.")
        goal = ps.add_goal(uow, turks, "Elif maakt elke dag haar huiswerk")
        agreement = ps.add_agreement(uow, turks, "Vader belt de woningcorporatie",
                                     due_on=date(2026, 11, 27))
        jansen = hs.create_household(uow, "Gezin Jansen", neighbourhood="Zwolle-Zuid")
        jvisit = vs.start_visit(uow, jansen, notes="Crèche en consultatiebureau besproken.")
    return {"turks": turks.id, "elif": elif_.id, "visit": visit.id, "goal": goal.id,
            "agreement": agreement.id, "jansen": jansen.id, "jvisit": jvisit.id}


def make_dialog(qtbot: QtBot, ctx: AppContext) -> SearchDialog:
    dialog = SearchDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def search_log(store: Store) -> list[AccessLogEntry]:
    with store.session() as session:
        return list(session.exec(
            select(AccessLogEntry).where(AccessLogEntry.action == AccessAction.SEARCH)
            .order_by(AccessLogEntry.seq)  # type: ignore[arg-type]
        ))


def type_and_wait(qtbot: QtBot, dialog: SearchDialog, text: str) -> None:
    with qtbot.waitSignal(dialog.results_shown, timeout=10_000) as shown:
        qtbot.keyClicks(dialog.search_field, text)
    assert shown.args == [dialog.search_field.text()]


def row_html(dialog: SearchDialog, row: int) -> str:
    return str(dialog.results.item(row).data(HTML_ROLE))


def targets(dialog: SearchDialog) -> list[tuple[str, str]]:
    return [tuple(dialog.results.item(i).data(TARGET_ROLE))
            for i in range(dialog.results.count())]


def test_typing_a_word_from_the_notes_finds_the_visit(qtbot: QtBot, ctx: AppContext,
                                                      data: dict[str, str]) -> None:
    dialog = make_dialog(qtbot, ctx)
    assert dialog.search_field.objectName() == "searchField"
    assert dialog.focusWidget() is dialog.search_field
    type_and_wait(qtbot, dialog, "voetbal")
    assert targets(dialog) == [("visit", data["visit"])]
    html = row_html(dialog, 0)
    assert "<b>voetbal</b>" in html  # the matched word, highlighted
    assert "bezoek" in html and "Gezin Öztürk" in html and "Huisbezoek van 2 nov 2026" in html
    assert "&lt;Moeder&gt;" in html and "&amp;" in html  # the note's text is escaped
    assert dialog.status.text() == "1 resultaat"
    # Enter in the query field opens the visit and closes the dialog.
    with qtbot.waitSignal(dialog.visit_requested) as opened:
        qtbot.keyClick(dialog.search_field, Qt.Key.Key_Return)
    assert opened.args == [data["visit"]]
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()


def test_other_hits_open_their_household(qtbot: QtBot, ctx: AppContext,
                                         data: dict[str, str]) -> None:
    dialog = make_dialog(qtbot, ctx)
    type_and_wait(qtbot, dialog, "elif")
    found = targets(dialog)
    assert ("visit", data["visit"]) in found
    assert ("household", data["turks"]) in found  # the person and goal hits
    kinds = " ".join(row_html(dialog, i) for i in range(dialog.results.count()))
    assert "gezinslid" in kinds and "doel" in kinds
    household_row = found.index(("household", data["turks"]))
    # Down from the query field moves through the results; Enter opens the chosen one.
    assert dialog.results.currentRow() == 0
    for _ in range(household_row):
        qtbot.keyClick(dialog.search_field, Qt.Key.Key_Down)
    assert dialog.results.currentRow() == household_row
    assert dialog.focusWidget() is dialog.search_field
    with qtbot.waitSignal(dialog.household_requested) as opened:
        qtbot.keyClick(dialog.search_field, Qt.Key.Key_Enter)
    assert opened.args == [data["turks"]]


def test_agreement_hit_shows_its_due_date_and_opens_the_household(
    qtbot: QtBot, ctx: AppContext, data: dict[str, str]
) -> None:
    dialog = make_dialog(qtbot, ctx)
    type_and_wait(qtbot, dialog, "woningcorp")
    assert targets(dialog) == [("household", data["turks"])]
    assert "afspraak" in row_html(dialog, 0) and "uiterlijk 27 nov 2026" in row_html(dialog, 0)
    assert "<b>woningcorporatie</b>" in row_html(dialog, 0)
    # Up and Down stay within the list; a click opens.
    qtbot.keyClick(dialog.search_field, Qt.Key.Key_Up)
    assert dialog.results.currentRow() == 0
    rect = dialog.results.visualItemRect(dialog.results.item(0))
    with qtbot.waitSignal(dialog.household_requested) as opened:
        qtbot.mouseClick(dialog.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [data["turks"]]


def test_typing_fast_searches_once_and_is_logged(qtbot: QtBot, ctx: AppContext,
                                                 data: dict[str, str], store: Store) -> None:
    dialog = make_dialog(qtbot, ctx)
    before = len(search_log(store))
    type_and_wait(qtbot, dialog, "consultatiebureau")
    qtbot.wait(300)
    ctx.runner.wait_idle()
    entries = search_log(store)[before:]
    assert len(entries) == 1  # one search after the pause, not one per keystroke
    assert entries[0].subject_ids == [data["jansen"]]
    assert "consultatie" not in entries[0].detail  # the query itself is never logged


def test_a_stale_answer_is_dropped(qtbot: QtBot, ctx: AppContext,
                                   data: dict[str, str]) -> None:
    dialog = make_dialog(qtbot, ctx)
    shown: list[str] = []
    dialog.results_shown.connect(shown.append)
    gate = threading.Event()
    ctx.runner.submit(lambda: gate.wait(10))  # the store is busy for a moment
    dialog.set_query("Jansen")
    qtbot.waitUntil(lambda: not dialog._timer.isActive() and dialog._requested == "Jansen")
    dialog.set_query("voetbal")  # typed on while "Jansen" is still waiting
    qtbot.waitUntil(lambda: dialog._requested == "voetbal")
    gate.set()
    qtbot.waitUntil(lambda: shown == ["voetbal"], timeout=10_000)
    ctx.runner.wait_idle()
    qtbot.wait(50)
    assert shown == ["voetbal"]
    assert targets(dialog) == [("visit", data["visit"])]


def test_clearing_the_field_drops_the_answer_on_its_way(qtbot: QtBot, ctx: AppContext,
                                                        data: dict[str, str]) -> None:
    dialog = make_dialog(qtbot, ctx)
    shown: list[str] = []
    dialog.results_shown.connect(shown.append)
    gate = threading.Event()
    ctx.runner.submit(lambda: gate.wait(10))
    dialog.set_query("voetbal")
    qtbot.waitUntil(lambda: dialog._requested == "voetbal")
    dialog.search_field.clear()
    gate.set()
    ctx.runner.wait_idle()
    qtbot.wait(100)
    assert shown == [] and dialog.results.count() == 0
    assert dialog.status.text().startswith("Typ een naam")


def test_empty_query_shows_nothing_and_logs_nothing(qtbot: QtBot, ctx: AppContext,
                                                    data: dict[str, str],
                                                    store: Store) -> None:
    dialog = make_dialog(qtbot, ctx)
    before = len(search_log(store))
    for text in ("", "   ", "?!*"):
        dialog.set_query(text)
        qtbot.keyClick(dialog.search_field, Qt.Key.Key_Return)
        assert not dialog._timer.isActive()
    qtbot.wait(300)
    ctx.runner.wait_idle()
    assert len(search_log(store)) == before
    assert dialog.results.count() == 0 and dialog.isVisible()


def test_no_results_says_so_with_a_hint(qtbot: QtBot, ctx: AppContext,
                                        data: dict[str, str]) -> None:
    dialog = make_dialog(qtbot, ctx)
    type_and_wait(qtbot, dialog, "zwemles")
    assert dialog.results.count() == 0
    assert dialog.status.text().startswith("Geen resultaten voor “zwemles”.")
    assert "Tip:" in dialog.status.text()
    # Enter with nothing found opens nothing and keeps the dialog open.
    qtbot.keyClick(dialog.search_field, Qt.Key.Key_Return)
    assert dialog.isVisible()


def test_enter_before_the_pause_opens_the_first_hit(qtbot: QtBot, ctx: AppContext,
                                                    data: dict[str, str]) -> None:
    dialog = make_dialog(qtbot, ctx)
    with qtbot.waitSignal(dialog.visit_requested, timeout=10_000) as opened:
        qtbot.keyClicks(dialog.search_field, "creche")
        qtbot.keyClick(dialog.search_field, Qt.Key.Key_Return)
    assert opened.args == [data["jvisit"]]


def test_escape_closes_and_stops_the_timer(qtbot: QtBot, ctx: AppContext,
                                           data: dict[str, str]) -> None:
    dialog = make_dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.search_field, "voe")
    assert dialog._timer.isActive()
    qtbot.keyClick(dialog.search_field, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog._timer.isActive()


def test_highlight_snippet_escapes_first() -> None:
    raw = f"a <b> & {HIGHLIGHT_START}voetbal{HIGHLIGHT_END}\nen {HIGHLIGHT_START}meer"
    assert highlight_snippet(raw) == "a &lt;b&gt; &amp; <b>voetbal</b> en <b>meer</b>"
    assert highlight_snippet("") == ""
