"""The visit editor holds still: a long agreement does not move the side column, a ticked
agreement stays in its place (struck through) and can be unticked, a goal is made from the
visit and scored on eleven large steps. The day is DEMO_DAY (tests/gui/conftest.py sets it with
`voordeur.clock.use`)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlmodel import col, select

from voordeur import clock
from voordeur.gui.common.context import AppContext
from voordeur.gui.visits.columns import HYSTERESIS, NARROW_WIDTH
from voordeur.gui.visits.goal_dialog import VisitGoalDialog
from voordeur.gui.visits.visit_editor import VisitEditor
from voordeur.model import Agreement, Goal, GoalScore
from voordeur.model.catalogues import AgreementOwnerKind, AgreementStatus, VisitKind
from voordeur.services import households as hs
from voordeur.services import plan as ps
from voordeur.services import visits as vs
from voordeur.services.unit_of_work import unit_of_work
from voordeur.store.store import Store

LONG = ("Moeder belt maandag de schuldhulpverlening van de gemeente over de betalingsregeling "
        "van de energierekening en vraagt daarbij ook naar de bijzondere bijstand voor de bril")


@pytest.fixture
def ids(store: Store) -> dict[str, str]:
    today = clock.today()
    with unit_of_work(store) as uow:
        household = hs.create_household(uow, "Gezin Smit")
        mother = hs.add_person(uow, household, first_name="Anna", last_name="Smit",
                               role="moeder", is_index=True)
        goal = ps.add_goal(uow, household, "Anna heeft overzicht over de post")
        ps.record_score(uow, goal, 4, today - timedelta(days=21))
        first = ps.add_agreement(uow, household, "Anna belt de huisarts",
                                 owner_kind=AgreementOwnerKind.MEMBER, owner_id=mother.id,
                                 due_on=today + timedelta(days=1))
        second = ps.add_agreement(uow, household, "Anna zoekt de brief van de gemeente op",
                                  owner_kind=AgreementOwnerKind.MEMBER, owner_id=mother.id,
                                  due_on=today + timedelta(days=2))
        visit = vs.start_visit(uow, household, kind=VisitKind.HOME_VISIT,
                               starts_at=datetime.combine(today, time(9)).astimezone())
    return {"household": household.id, "mother": mother.id, "goal": goal.id,
            "first": first.id, "second": second.id, "visit": visit.id}


@pytest.fixture
def editor(qtbot: QtBot, ctx: AppContext, ids: dict[str, str]) -> Iterator[VisitEditor]:
    widget = VisitEditor(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    widget.open_visit(ids["visit"])
    qtbot.waitUntil(lambda: widget.form is not None, timeout=5000)
    yield widget
    widget.shutdown()
    widget.close()
    ctx.runner.wait_idle(10)


def settle(editor: VisitEditor, ctx: AppContext, qtbot: QtBot) -> None:
    editor.flush()
    assert ctx.runner.wait_idle(10)
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=5000)
    QApplication.processEvents()


def test_a_long_agreement_does_not_move_the_side_column(
    qtbot: QtBot, ctx: AppContext, editor: VisitEditor
) -> None:
    QApplication.processEvents()
    before = editor.side_scroll.geometry()
    orientation = editor.splitter.orientation()
    assert orientation == Qt.Orientation.Horizontal  # 1200 wide: side by side
    QTest.keyClicks(editor.agreement_what, LONG)
    QTest.mouseClick(editor.add_agreement_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(editor.form.agreements) == 3, timeout=5000)
    settle(editor, ctx, qtbot)
    assert editor.splitter.orientation() == orientation
    assert editor.side_scroll.geometry() == before
    # The width alone decides, with room between the two switch points (the editor's own
    # window would not get narrower than its content here, so the widths are given).
    columns = editor.splitter
    assert columns.apply_width(700) and columns.orientation() == Qt.Orientation.Vertical
    threshold = max(NARROW_WIDTH, columns._wide_width_needed())
    assert columns.apply_width(threshold + HYSTERESIS // 2)  # just wider: still stacked
    QTest.keyClicks(editor.agreement_what, "x")  # typing decides nothing
    assert columns.apply_width(threshold + HYSTERESIS // 2)
    assert not columns.apply_width(threshold + HYSTERESIS)  # side by side again
    assert not columns.apply_width(threshold)  # and stays so until narrower than needed
    assert columns.apply_width(threshold - 1)
    columns.apply_width(editor.width())


def test_a_done_agreement_stays_struck_through_and_can_be_unticked(
    qtbot: QtBot, ctx: AppContext, store: Store, editor: VisitEditor, ids: dict[str, str]
) -> None:
    def status(agreement_id: str) -> AgreementStatus:
        with store.session() as session:
            agreement = session.get(Agreement, agreement_id)
            assert agreement is not None
            return AgreementStatus(agreement.status)

    QApplication.processEvents()
    second_box = editor.agreement_box(ids["second"])
    second_at = second_box.mapTo(editor, QPoint(0, 0))
    qtbot.mouseClick(editor.agreement_box(ids["first"]), Qt.MouseButton.LeftButton)
    settle(editor, ctx, qtbot)
    qtbot.waitUntil(lambda: editor.form.agreements[0].status == AgreementStatus.DONE,
                    timeout=5000)
    assert status(ids["first"]) == AgreementStatus.DONE
    first_row = editor.side.agreements.rows[ids["first"]]
    assert first_row.isVisible() and first_row.box.isChecked()
    assert first_row.what_label.font().strikeOut()
    # Nothing slid: the next agreement is where it was, still open, the same widget.
    assert editor.agreement_box(ids["second"]) is second_box
    assert second_box.mapTo(editor, QPoint(0, 0)) == second_at
    assert not second_box.isChecked() and status(ids["second"]) == AgreementStatus.OPEN

    # Unticking (here by clicking the text) opens it again.
    qtbot.mouseClick(first_row.what_label, Qt.MouseButton.LeftButton)
    settle(editor, ctx, qtbot)
    qtbot.waitUntil(lambda: editor.form.agreements[0].status == AgreementStatus.OPEN,
                    timeout=5000)
    assert status(ids["first"]) == AgreementStatus.OPEN
    assert not first_row.box.isChecked() and not first_row.what_label.font().strikeOut()

    # Ticked again, and the visit loaded again while open (as after a sync): still shown.
    first_row.box.click()
    settle(editor, ctx, qtbot)
    editor.open_visit(ids["visit"])
    qtbot.waitUntil(lambda: editor.form is not None, timeout=5000)
    assert [a.id for a in editor.form.agreements] == [ids["first"], ids["second"]]
    # The visit left (the editor hidden) and opened again: the done agreement is not shown.
    editor.hide()
    editor.show()
    editor.open_visit(ids["visit"])
    qtbot.waitUntil(lambda: editor.form is not None, timeout=5000)
    assert [a.id for a in editor.form.agreements] == [ids["second"]]


def test_a_goal_is_added_from_the_visit_and_scored_on_the_steps(
    qtbot: QtBot, ctx: AppContext, store: Store, editor: VisitEditor, ids: dict[str, str]
) -> None:
    steps = editor.score_box(ids["goal"])
    assert steps.value() == -1
    assert steps.buttons[4].property("previous") is True  # last time: 4, marked
    assert steps.previous_marker is not None and "vorige keer" in steps.previous_marker.text()

    qtbot.mouseClick(steps.buttons[6], Qt.MouseButton.LeftButton)
    assert steps.value() == 6 and steps.buttons[6].isChecked()
    QTest.keyClick(steps, Qt.Key.Key_Right)
    assert steps.value() == 7
    QTest.keyClick(steps, Qt.Key.Key_3)
    assert steps.value() == 3
    QTest.keyClicks(steps, "10")
    assert steps.value() == 10
    QTest.keyClick(steps, Qt.Key.Key_Left)
    assert steps.value() == 9
    settle(editor, ctx, qtbot)

    def scores() -> dict[str, int]:
        with store.session() as session:
            return {s.goal_id: s.score for s in session.exec(select(GoalScore).where(
                GoalScore.visit_id == ids["visit"], col(GoalScore.deleted_at).is_(None)))}

    assert scores() == {ids["goal"]: 9}
    QTest.keyClick(steps, Qt.Key.Key_Delete)  # not asked this time
    assert steps.value() == -1 and not any(b.isChecked() for b in steps.buttons)
    settle(editor, ctx, qtbot)
    assert scores() == {}

    editor.side.goal_scores.add_goal_button.click()
    dialog = editor.side.goal_scores.goal_dialog
    assert isinstance(dialog, VisitGoalDialog)
    dialog.submit()  # empty: said, nothing written
    assert dialog.error_label.text() == "Schrijf het doel op, in de woorden van het gezin."
    QTest.keyClicks(dialog.text_edit, "Anna gaat twee keer per week naar de inloop")
    dialog.person_combo.setCurrentIndex(dialog.person_combo.findData(ids["mother"]))
    dialog.submit()
    qtbot.waitUntil(lambda: len(editor._score_boxes) == 2, timeout=5000)
    with store.session() as session:
        goal = session.exec(select(Goal).where(Goal.id != ids["goal"])).one()
    assert (goal.text, goal.person_id) == ("Anna gaat twee keer per week naar de inloop",
                                           ids["mother"])
    new_steps = editor.score_box(goal.id)
    assert new_steps.previous_marker is None
    qtbot.mouseClick(new_steps.buttons[2], Qt.MouseButton.LeftButton)
    settle(editor, ctx, qtbot)
    assert scores() == {goal.id: 2}
