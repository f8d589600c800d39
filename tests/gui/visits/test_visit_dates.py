"""The visit editor's dates: the visit's date, an agreement's due date and the next visit take
typed Dutch dates (a non-date is said in the field and never saved); the proposed due date and
next visit count from the visit's date and follow it; the next visit's kind and place are
planned with it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

import pytest
from date_typing import check_not_dates, check_typed_dates, type_and_leave
from pytestqt.qtbot import QtBot
from sqlmodel import select

from voordeur.gui.common.context import AppContext
from voordeur.gui.visits.visit_editor import VisitEditor
from voordeur.model import Agreement, Visit
from voordeur.model.catalogues import VisitKind
from voordeur.services import households as hs
from voordeur.services import visits as vs
from voordeur.services.unit_of_work import unit_of_work
from voordeur.store.store import Store

VISIT_DAY = date(2027, 1, 4)  # four weeks after the test day (16-11-2026)


@pytest.fixture
def editor(qtbot: QtBot, ctx: AppContext, store: Store) -> Iterator[VisitEditor]:
    with unit_of_work(store) as uow:
        household = hs.create_household(uow, "Gezin Smit")
        hs.add_person(uow, household, first_name="Anna", role="moeder")
        visit = vs.start_visit(uow, household, kind=VisitKind.HOME_VISIT, starts_at=datetime
                               .combine(VISIT_DAY, time(14, 30)).astimezone())
    widget = VisitEditor(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    widget.open_visit(visit.id)
    qtbot.waitUntil(lambda: widget.form is not None, timeout=5000)
    yield widget
    widget.shutdown()
    widget.close()
    ctx.runner.wait_idle(10)


def saved(editor: VisitEditor, ctx: AppContext, qtbot: QtBot) -> Visit:
    editor.flush()
    assert ctx.runner.wait_idle(10)
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=5000)
    with ctx.store.session() as session:
        visit = session.get(Visit, editor.visit_id)
        assert visit is not None
        return visit


def local(moment: datetime | None) -> datetime | None:
    """A stored moment as the editor shows it: the computer's wall time."""
    return None if moment is None else moment.astimezone().replace(tzinfo=None)


def test_the_visits_date_takes_typed_dates_and_never_saves_a_non_date(
        qtbot: QtBot, ctx: AppContext, editor: VisitEditor) -> None:
    field = editor.starts_edit
    assert field.value() == VISIT_DAY and editor.fields.starts_time_edit.text() == "14:30"
    check_typed_dates(field)
    assert local(saved(editor, ctx, qtbot).starts_at) == datetime(2022, 1, 1, 14, 30)
    check_not_dates(field, lambda _message: local(saved(editor, ctx, qtbot).starts_at)
                    == datetime(2022, 1, 1, 14, 30))


def test_an_agreements_due_date_in_the_editor_takes_typed_dates(
        qtbot: QtBot, ctx: AppContext, editor: VisitEditor) -> None:
    field = editor.due_edit
    check_typed_dates(field)

    def refused(_message: str) -> bool:
        editor.agreement_what.setText("Anna belt de school")
        editor.add_agreement_button.click()
        assert ctx.runner.wait_idle(10)
        with ctx.store.session() as session:
            return not session.exec(select(Agreement)).all()

    check_not_dates(field, refused)
    type_and_leave(field, "")  # empty: no due date
    editor.add_agreement_button.click()
    assert ctx.runner.wait_idle(10)
    with ctx.store.session() as session:
        added = session.exec(select(Agreement)).one()
    assert (added.what, added.due_on) == ("Anna belt de school", None)


def test_the_next_visit_takes_typed_dates(qtbot: QtBot, ctx: AppContext,
                                          editor: VisitEditor) -> None:
    picker = editor.side.next_visit
    editor.next_check.setChecked(True)
    check_typed_dates(editor.next_edit)
    assert local(saved(editor, ctx, qtbot).next_visit_at) == datetime(2022, 1, 1, 10, 0)
    check_not_dates(editor.next_edit, lambda _message: local(
        saved(editor, ctx, qtbot).next_visit_at) == datetime(2022, 1, 1, 10, 0))
    type_and_leave(editor.next_edit, "8-2-2027")
    picker.next_time_edit.setTime(picker.next_time_edit.time().fromString("15:45", "HH:mm"))
    assert local(saved(editor, ctx, qtbot).next_visit_at) == datetime(2027, 2, 8, 15, 45)


def test_proposals_count_from_the_visits_date_and_follow_it(
        qtbot: QtBot, ctx: AppContext, editor: VisitEditor) -> None:
    picker = editor.side.next_visit
    proposed = VISIT_DAY + timedelta(days=14)
    assert editor.due_edit.value() == proposed  # not from today (16-11-2026)
    assert not editor.next_check.isChecked() and not picker.details.isEnabled()
    assert (editor.next_edit.value(), picker.next_time_edit.text()) == (proposed, "10:00")
    # The visit's date changes: both proposals follow.
    type_and_leave(editor.starts_edit, "1-2-2027")
    later = date(2027, 2, 15)
    assert editor.due_edit.value() == later and editor.next_edit.value() == later
    assert saved(editor, ctx, qtbot).next_visit_at is None  # a proposal is not a plan
    # A due date the worker typed stays; a ticked next visit stays.
    type_and_leave(editor.due_edit, "20-2-2027")
    editor.next_check.setChecked(True)
    assert local(saved(editor, ctx, qtbot).next_visit_at) == datetime(2027, 2, 15, 10, 0)
    type_and_leave(editor.starts_edit, "3-2-2027")
    assert editor.due_edit.value() == date(2027, 2, 20)
    assert editor.next_edit.value() == later


def test_the_next_visits_kind_and_place_are_planned_with_it(
        qtbot: QtBot, ctx: AppContext, editor: VisitEditor) -> None:
    picker = editor.side.next_visit
    assert not picker.kind_combo.isEnabled() and not picker.location_edit.isEnabled()
    editor.next_check.setChecked(True)
    assert picker.kind_combo.isEnabled() and picker.location_edit.isEnabled()
    assert picker.kind_combo.currentData() == VisitKind.HOME_VISIT.value  # as this visit
    picker.kind_combo.setCurrentIndex(picker.kind_combo.findData(VisitKind.PHONE.value))
    picker.location_edit.setFocus()
    qtbot.keyClicks(picker.location_edit, "Huis van de Wijk")
    visit = saved(editor, ctx, qtbot)
    assert (visit.next_visit_kind, visit.next_visit_location) == (
        VisitKind.PHONE, "Huis van de Wijk")
    assert local(visit.next_visit_at) == datetime(2027, 1, 18, 10, 0)
    # Reopened, the plan is shown; unticked, nothing is planned.
    editor.open_visit(visit.id)
    qtbot.waitUntil(lambda: editor.form is not None, timeout=5000)
    assert picker.next_check.isChecked()
    assert picker.kind_combo.currentData() == VisitKind.PHONE.value
    assert picker.location_edit.text() == "Huis van de Wijk"
    editor.next_check.setChecked(False)
    visit = saved(editor, ctx, qtbot)
    assert (visit.next_visit_at, visit.next_visit_kind, visit.next_visit_location) == (
        None, None, "")
