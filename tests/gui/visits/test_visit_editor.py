"""The visit editor: typing is saved by itself, quickly, in order, and survives a reopened store.

Real encrypted stores, the real background runner, offscreen Qt.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlmodel import col, select

from testsupport import PASSPHRASE
from voordeur import clock
from voordeur.gui.common.app_settings import AppSettings
from voordeur.gui.common.context import AppContext, make_context
from voordeur.gui.visits import visit_editor as ve
from voordeur.gui.visits.autosave import ERROR, SAVED
from voordeur.gui.visits.visit_editor import VisitEditor
from voordeur.model import Agreement, GoalScore, NoteRevision, Visit, utcnow
from voordeur.model.catalogues import (
    AgreementOwnerKind,
    AgreementStatus,
    NoteField,
    PersonKind,
    Theme,
    VisitKind,
    VisitStatus,
)
from voordeur.services import family_plan
from voordeur.services import households as hs
from voordeur.services import plan as ps
from voordeur.services import visits as vs
from voordeur.services.unit_of_work import unit_of_work
from voordeur.store.store import Store

# -- helpers ------------------------------------------------------------------------------------

def make_household(store: Store) -> dict[str, str]:
    with unit_of_work(store) as uow:
        household = hs.create_household(uow, "Gezin De Boer")
        mother = hs.add_person(uow, household, first_name="Sanne", last_name="de Boer",
                               role="moeder", is_index=True)
        son = hs.add_person(uow, household, first_name="Daan", last_name="de Boer", role="zoon")
        neighbour = hs.add_person(uow, household, kind=PersonKind.NETWORK, first_name="Joke",
                                  role="buurvrouw")
        goal = ps.add_goal(uow, household, "Daan slaapt in zijn eigen bed")
        open_agreement = ps.add_agreement(uow, household, "Moeder belt de huisarts",
                                          owner_kind=AgreementOwnerKind.MEMBER,
                                          owner_id=mother.id, due_on=clock.today())
        visit = vs.start_visit(uow, household, notes="Begin.", concerns="Slapen",
                               starts_at=utcnow().replace(second=0, microsecond=0))
    return {"household": household.id, "mother": mother.id, "son": son.id,
            "neighbour": neighbour.id, "goal": goal.id, "agreement": open_agreement.id,
            "visit": visit.id}


def stored_visit(store: Store, visit_id: str) -> Visit:
    with store.session() as session:
        visit = session.get(Visit, visit_id)
        assert visit is not None
        return visit


def revisions(store: Store, visit_id: str, field: NoteField) -> list[NoteRevision]:
    with store.session() as session:
        return list(session.exec(
            select(NoteRevision)
            .where(NoteRevision.visit_id == visit_id, NoteRevision.field == field.value)
            .order_by(col(NoteRevision.saved_at))))


def settle(editor: VisitEditor, ctx: AppContext, qtbot: QtBot) -> None:
    """Submit what is pending and wait until it is on disk and its result delivered."""
    editor.flush()
    assert ctx.runner.wait_idle(10)
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=5000)


@pytest.fixture
def open_editor(qtbot: QtBot, ctx: AppContext) -> Iterator[Callable[[str], VisitEditor]]:
    editors: list[VisitEditor] = []

    def make(visit_id: str, context: AppContext = ctx) -> VisitEditor:
        editor = VisitEditor(context)
        qtbot.addWidget(editor)
        editor.resize(1200, 760)
        editor.show()
        editor.open_visit(visit_id)
        qtbot.waitUntil(lambda: editor.form is not None, timeout=5000)
        editors.append(editor)
        return editor

    yield make
    for editor in editors:
        editor.shutdown()
        editor.close()
    ctx.runner.wait_idle(10)


def type_into(widget: object, text: str) -> None:
    QTest.keyClicks(widget, text)


# -- autosave ------------------------------------------------------------------------------------

def test_new_visit_typed_notes_survive_closing_and_reopening_the_store(
    qtbot: QtBot, ctx: AppContext, store: Store, data_dir: Path, settings: AppSettings
) -> None:
    ids = make_household(store)
    editor = VisitEditor(ctx)
    qtbot.addWidget(editor)
    editor.show()
    editor.new_visit(ids["household"])
    qtbot.waitUntil(lambda: editor.form is not None, timeout=5000)
    assert editor.visit_id and editor.visit_id != ids["visit"]
    assert editor.form.kind == VisitKind.HOME_VISIT and editor.form.status == VisitStatus.DRAFT
    assert abs((editor.form.starts_at - utcnow()).total_seconds()) < 120
    assert editor.household_label.text() == "Gezin De Boer"
    assert editor.status_label.text() == "Concept"

    editor.notes_edit.setFocus()
    text = "Moeder vertelt dat Daan beter slaapt sinds de nieuwe avondroutine."
    type_into(editor.notes_edit, text)
    typed_at = time.monotonic()
    assert editor.has_unsaved_changes()
    qtbot.waitUntil(lambda: editor.autosave.state == SAVED and not editor.has_unsaved_changes(),
                    timeout=4000)
    assert time.monotonic() - typed_at < 2.0  # within two seconds of the pause
    assert editor.save_indicator.text().startswith("Opgeslagen ")

    visit_id = editor.visit_id
    editor.close()  # shuts down: nothing pending, timers stopped
    ctx.runner.close()
    store.close()
    reopened = Store.open(data_dir, PASSPHRASE)
    try:
        assert stored_visit(reopened, visit_id).notes == text
        # Reopening the visit shows the saved draft.
        context = make_context(reopened, settings)
        try:
            again = VisitEditor(context)
            qtbot.addWidget(again)
            again.open_visit(visit_id)
            qtbot.waitUntil(lambda: again.form is not None, timeout=5000)
            assert again.notes_edit.toPlainText() == text
            again.shutdown()
        finally:
            context.runner.close()
    finally:
        reopened.close()


def test_max_wait_saves_while_the_worker_keeps_typing(
    qtbot: QtBot, ctx: AppContext, store: Store, open_editor: Callable[[str], VisitEditor]
) -> None:
    ids = make_household(store)
    editor = open_editor(ids["visit"])
    saves: list[float] = []
    editor.autosave.saved.connect(lambda *_: saves.append(time.monotonic()))
    start = time.monotonic()
    typed = ""
    while time.monotonic() - start < 2.6:  # a key every 100 ms: never a 700 ms pause
        QTest.keyClick(editor.notes_edit, "a")
        typed += "a"
        qtbot.wait(100)
    assert saves, "no save during continuous typing"
    assert saves[0] - start < 2.0  # max-wait (~1.5 s), not the end of typing
    assert len(saves) >= 1
    # Each save wrote a longer prefix of what was typed, in order.
    stored = stored_visit(store, ids["visit"]).notes
    assert stored.startswith("Begin.a") and ("Begin." + typed).startswith(stored)
    settle(editor, ctx, qtbot)
    assert stored_visit(store, ids["visit"]).notes == "Begin." + typed


def test_a_focus_change_saves_at_once(
    qtbot: QtBot, ctx: AppContext, store: Store, open_editor: Callable[[str], VisitEditor]
) -> None:
    ids = make_household(store)
    editor = open_editor(ids["visit"])
    editor.activateWindow()
    editor.notes_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.notes_edit, timeout=2000)
    type_into(editor.notes_edit, " Kort")
    assert editor.autosave.in_flight == 0  # still waiting for the pause
    editor.location_edit.setFocus()  # Tab to the next field
    assert QApplication.focusWidget() is editor.location_edit
    assert editor.autosave.in_flight == 1  # submitted at once, before any timer fired
    assert editor.autosave.pending_changes() == {}
    assert ctx.runner.wait_idle(10)
    assert stored_visit(store, ids["visit"]).notes == "Begin. Kort"


def test_unchanged_values_are_not_saved_again(
    qtbot: QtBot, ctx: AppContext, store: Store, open_editor: Callable[[str], VisitEditor],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ids = make_household(store)
    editor = open_editor(ids["visit"])
    writes: list[dict[str, object]] = []
    real = ve.apply_visit_changes

    def spy(store: Store, visit_id: str, changes: dict[str, object], **kw: object) -> object:
        writes.append(dict(changes))
        return real(store, visit_id, changes, **kw)

    monkeypatch.setattr(ve, "apply_visit_changes", spy)
    type_into(editor.notes_edit, "x")
    QTest.keyClick(editor.notes_edit, Qt.Key.Key_Backspace)
    settle(editor, ctx, qtbot)
    assert writes == []  # typed and removed: nothing to save
    type_into(editor.location_edit, "Thuis")
    settle(editor, ctx, qtbot)
    settle(editor, ctx, qtbot)
    assert writes == [{"location": "Thuis"}]  # only the changed field, once
    assert stored_visit(store, ids["visit"]).location == "Thuis"


def test_a_failed_save_keeps_the_text_shows_why_and_the_next_save_succeeds(
    qtbot: QtBot, ctx: AppContext, store: Store, open_editor: Callable[[str], VisitEditor],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ids = make_household(store)
    editor = open_editor(ids["visit"])
    real = vs.edit_visit

    def disk_full(*args: object, **kwargs: object) -> object:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(vs, "edit_visit", disk_full)
    type_into(editor.notes_edit, " Belangrijk")
    settle(editor, ctx, qtbot)
    assert editor.autosave.state == ERROR
    assert editor.save_indicator.text() == "⚠ Niet opgeslagen"
    assert "a01818" in editor.save_indicator.styleSheet()  # red
    assert editor.save_error.isVisible()
    assert "De schijf is vol" in editor.save_error.text()
    assert "Je tekst blijft staan" in editor.save_error.text()
    assert editor.notes_edit.toPlainText() == "Begin. Belangrijk"
    assert editor.has_unsaved_changes()
    assert stored_visit(store, ids["visit"]).notes == "Begin."

    # Opening another visit now asks first; cancelling keeps the unsaved text on screen.
    asked: list[str] = []

    def cancel(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[1]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "warning", cancel)
    editor.new_visit(ids["household"])
    assert asked == ["Niet alles is opgeslagen"]
    assert editor.visit_id == ids["visit"]
    assert editor.notes_edit.toPlainText() == "Begin. Belangrijk"

    monkeypatch.setattr(vs, "edit_visit", real)
    type_into(editor.notes_edit, "!")  # the next edit retries everything not yet saved
    qtbot.waitUntil(lambda: editor.autosave.state == SAVED, timeout=4000)
    assert stored_visit(store, ids["visit"]).notes == "Begin. Belangrijk!"
    assert editor.save_indicator.text().startswith("Opgeslagen")
    assert not editor.save_error.isVisible()
    assert not editor.has_unsaved_changes()


def test_shutdown_submits_pending_edits_and_stops_the_timers(
    qtbot: QtBot, ctx: AppContext, store: Store, open_editor: Callable[[str], VisitEditor]
) -> None:
    ids = make_household(store)
    editor = open_editor(ids["visit"])
    type_into(editor.notes_edit, " Laatste zin")
    timers = [editor.autosave._debounce, editor.autosave._max_wait]
    assert any(t.isActive() for t in timers)
    editor.shutdown()
    assert not any(t.isActive() for t in timers)
    assert ctx.runner.wait_idle(10)
    assert stored_visit(store, ids["visit"]).notes == "Begin. Laatste zin"
    type_into(editor.notes_edit, " na afsluiten")  # ignored: no timers start again
    assert not any(t.isActive() for t in timers)


# -- the other fields --------------------------------------------------------------------------

def test_themes_present_scores_fields_and_agreements_are_saved(
    qtbot: QtBot, ctx: AppContext, store: Store, open_editor: Callable[[str], VisitEditor]
) -> None:
    ids = make_household(store)
    editor = open_editor(ids["visit"])
    visit_day = stored_visit(store, ids["visit"]).starts_at.astimezone().date()

    qtbot.mouseClick(editor.theme_chips.button(Theme.PARENTING), Qt.MouseButton.LeftButton)
    editor.theme_chips.button(Theme.MONEY).click()
    assert editor.theme_chips.button(Theme.MONEY).text().startswith("✓")
    editor.present_list.item(1).setCheckState(Qt.CheckState.Checked)  # Daan
    editor.score_box(ids["goal"]).setValue(7)
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData(VisitKind.PHONE.value))
    editor.duration_spin.setValue(45)
    type_into(editor.present_other_edit, "tolk")
    type_into(editor.strengths_edit, "Vader kookt elke dag")
    editor.next_check.setChecked(True)
    settle(editor, ctx, qtbot)

    visit = stored_visit(store, ids["visit"])
    assert visit.themes == [Theme.PARENTING.value, Theme.MONEY.value]
    assert visit.present_person_ids == [ids["son"]]
    assert (visit.kind, visit.duration_minutes, visit.present_other) == (
        VisitKind.PHONE, 45, "tolk")
    with store.session() as session:  # the strengths belong to the household's plan
        assert family_plan.current_plan(session, visit.household_id).strengths == (
            "Vader kookt elke dag")
    assert visit.next_visit_at is not None and visit.next_visit_at > visit.starts_at

    def scores() -> list[GoalScore]:
        with store.session() as session:
            return list(session.exec(select(GoalScore).where(
                GoalScore.visit_id == ids["visit"], col(GoalScore.deleted_at).is_(None))))

    [score] = scores()
    assert (score.goal_id, score.score, score.recorded_on) == (ids["goal"], 7, visit_day)
    editor.score_box(ids["goal"]).setValue(8)  # changing it updates the same score
    settle(editor, ctx, qtbot)
    assert [(s.id, s.score) for s in scores()] == [(score.id, 8)]
    editor.score_box(ids["goal"]).setValue(-1)  # "–": not asked this time
    settle(editor, ctx, qtbot)
    assert scores() == []

    # A new agreement, owned by the neighbour, made at this visit.
    type_into(editor.agreement_what, "Joke past woensdag op Daan")
    owner = next(i for i in range(editor.owner_combo.count())
                 if str(editor.owner_combo.itemData(i) or "").endswith(ids["neighbour"]))
    editor.owner_combo.setCurrentIndex(owner)
    qtbot.mouseClick(editor.add_agreement_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(editor.form.agreements) == 2, timeout=5000)
    assert editor.agreement_what.text() == ""
    with store.session() as session:
        new = session.exec(select(Agreement).where(Agreement.visit_id == ids["visit"])).one()
    assert (new.what, new.owner_kind, new.owner_id) == (
        "Joke past woensdag op Daan", AgreementOwnerKind.NETWORK, ids["neighbour"])
    assert new.due_on == visit_day + timedelta(days=14)

    # Ticking an open agreement marks it done.
    qtbot.waitUntil(lambda: ids["agreement"] in editor._agreement_boxes, timeout=2000)
    editor.agreement_box(ids["agreement"]).click()
    assert ctx.runner.wait_idle(10)
    with store.session() as session:
        done = session.get(Agreement, ids["agreement"])
    assert (done.status, done.done_on) == (AgreementStatus.DONE, clock.today())

    # An empty agreement is refused with a Dutch hint, nothing written.
    editor.add_agreement()
    assert editor.agreement_error.text() == "Vul eerst in wat er wordt gedaan."


def test_starts_at_is_shown_in_local_time(
    qtbot: QtBot, ctx: AppContext, store: Store, open_editor: Callable[[str], VisitEditor]
) -> None:
    ids = make_household(store)
    editor = open_editor(ids["visit"])
    local = stored_visit(store, ids["visit"]).starts_at.astimezone()
    shown = f"{editor.starts_edit.text()} {editor.fields.starts_time_edit.text()}"
    assert shown == f"{local.day}-{local.month}-{local.year} {local:%H:%M}"
    editor.fields.starts_time_edit.setTime(editor.fields.starts_time_edit.time().addSecs(-3600))
    settle(editor, ctx, qtbot)
    assert stored_visit(store, ids["visit"]).starts_at == (local - timedelta(hours=1))


def test_back_button_saves_and_asks_for_the_household(
    qtbot: QtBot, ctx: AppContext, store: Store, open_editor: Callable[[str], VisitEditor]
) -> None:
    ids = make_household(store)
    editor = open_editor(ids["visit"])
    type_into(editor.notes_edit, " Tot volgende week.")
    with qtbot.waitSignal(editor.household_requested, timeout=2000) as signal:
        qtbot.mouseClick(editor.back_button, Qt.MouseButton.LeftButton)
    assert signal.args == [ids["household"]]
    assert editor.autosave.pending_changes() == {}  # flushed before leaving
    assert ctx.runner.wait_idle(10)
    assert stored_visit(store, ids["visit"]).notes == "Begin. Tot volgende week."
    with qtbot.waitSignal(editor.closed, timeout=2000):
        editor.close()


# -- final visits and revisions ------------------------------------------------------------------

def test_final_then_edit_keeps_one_revision_per_field_per_session(
    qtbot: QtBot, ctx: AppContext, store: Store, open_editor: Callable[[str], VisitEditor],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ids = make_household(store)
    editor = open_editor(ids["visit"])
    assert editor.finalise_button.isVisible() and not editor.revisions_button.isVisible()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(editor.finalise_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.status_label.text() == "Definitief", timeout=5000)
    assert editor.final_banner.isVisible() and editor.revisions_button.isVisible()
    assert stored_visit(store, ids["visit"]).status == VisitStatus.FINAL

    # Several autosaves in one editing session.
    for word in (" Na", " afloop", " nog", " gebeld."):
        type_into(editor.notes_edit, word)
        settle(editor, ctx, qtbot)
    type_into(editor.concerns_edit, " en eten")
    settle(editor, ctx, qtbot)
    type_into(editor.concerns_edit, " bij oma")
    settle(editor, ctx, qtbot)

    notes = revisions(store, ids["visit"], NoteField.NOTES)
    assert [(r.reason, r.text) for r in notes] == [
        ("final", "Begin."), ("edit_after_final", "Begin. Na afloop nog gebeld.")]
    concerns = revisions(store, ids["visit"], NoteField.CONCERNS)
    assert [r.text for r in concerns] == ["Slapen", "Slapen en eten bij oma"]
    assert len(revisions(store, ids["visit"], NoteField.REQUEST)) == 1

    # The revisions dialog shows them, newest first, with what changed.
    qtbot.mouseClick(editor.revisions_button, Qt.MouseButton.LeftButton)
    dialog = editor.revisions_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.field_combo.count() == len(NoteField), timeout=5000)
    dialog.field_combo.setCurrentIndex(dialog.field_combo.findData(NoteField.NOTES.value))
    assert dialog.field_combo.currentText() == "Notities (2 versies)"
    assert dialog.list.count() == 2
    assert "Gewijzigd na definitief" in dialog.list.item(0).text()
    assert "Test Medewerker" in dialog.list.item(0).text()
    assert "Definitief gemaakt" in dialog.list.item(1).text()
    html = dialog.text.toHtml()
    assert "afloop" in html and "line-through" not in html  # only added words
    assert "underline" in html
    dialog.diff_check.setChecked(False)
    assert dialog.text.toPlainText() == "Begin. Na afloop nog gebeld."
    dialog.close()

    # A new editing session (the visit opened again) keeps a new revision.
    editor.open_visit(ids["visit"])
    qtbot.waitUntil(lambda: editor.form is not None, timeout=5000)
    type_into(editor.notes_edit, " Opnieuw")
    settle(editor, ctx, qtbot)
    type_into(editor.notes_edit, " bekeken.")
    settle(editor, ctx, qtbot)
    notes = revisions(store, ids["visit"], NoteField.NOTES)
    assert [r.text for r in notes] == ["Begin.", "Begin. Na afloop nog gebeld.",
                                       "Begin. Na afloop nog gebeld. Opnieuw bekeken."]
    assert notes[2].base_revision_id == notes[1].id


def test_finalising_needs_confirmation(
    qtbot: QtBot, ctx: AppContext, store: Store, open_editor: Callable[[str], VisitEditor],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ids = make_household(store)
    editor = open_editor(ids["visit"])
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Cancel)
    editor.finalise()
    assert ctx.runner.wait_idle(10)
    assert stored_visit(store, ids["visit"]).status == VisitStatus.DRAFT
    assert editor.status_label.text() == "Concept"


def test_keyboard_tab_order_and_save_shortcut(
    qtbot: QtBot, ctx: AppContext, store: Store, open_editor: Callable[[str], VisitEditor]
) -> None:
    ids = make_household(store)
    editor = open_editor(ids["visit"])
    editor.activateWindow()
    editor.notes_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.notes_edit, timeout=2000)
    QTest.keyClick(editor.notes_edit, Qt.Key.Key_Tab)  # Tab leaves the notes, no tab typed
    assert QApplication.focusWidget() is editor.present_list
    assert editor.notes_edit.toPlainText() == "Begin."
    last_chip = editor.theme_chips.button(list(Theme)[-1])
    assert last_chip.nextInFocusChain() is editor.score_box(ids["goal"])
    editor.location_edit.setFocus()
    type_into(editor.location_edit, "Buurthuis")
    QTest.keyClick(editor.location_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.autosave.in_flight == 1  # Ctrl+S saved at once
    assert ctx.runner.wait_idle(10)
    assert stored_visit(store, ids["visit"]).location == "Buurthuis"


def test_a_change_elsewhere_refreshes_the_lists_but_never_the_typing(
    qtbot: QtBot, ctx: AppContext, store: Store, open_editor: Callable[[str], VisitEditor]
) -> None:
    ids = make_household(store)
    editor = open_editor(ids["visit"])
    editor.score_box(ids["goal"]).setValue(5)
    type_into(editor.notes_edit, " Nog niet opgeslagen")

    def add_goal(uow: object) -> str:
        from voordeur.model import Household

        household = uow.get(Household, ids["household"])  # type: ignore[attr-defined]
        return ps.add_goal(uow, household, "Moeder heeft een vaste werkplek").id  # type: ignore[arg-type]

    new_goal: list[str] = []
    ctx.write(add_goal, new_goal.append, household_id=ids["household"])  # another view
    qtbot.waitUntil(lambda: bool(new_goal) and new_goal[0] in editor._score_boxes, timeout=5000)
    assert editor.notes_edit.toPlainText() == "Begin. Nog niet opgeslagen"
    assert editor.score_box(ids["goal"]).value() == 5
    editor.score_box(new_goal[0]).setValue(2)
    settle(editor, ctx, qtbot)
    assert stored_visit(store, ids["visit"]).notes == "Begin. Nog niet opgeslagen"
    with store.session() as session:
        scores = {s.goal_id: s.score for s in session.exec(
            select(GoalScore).where(GoalScore.visit_id == ids["visit"]))}
    assert scores == {ids["goal"]: 5, new_goal[0]: 2}


def test_leaving_a_visit_whose_save_failed_asks_once(
    qtbot: QtBot, ctx: AppContext, store: Store, open_editor: Callable[[str], VisitEditor],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ids = make_household(store)
    editor = open_editor(ids["visit"])

    def fail(*args: object, **kwargs: object) -> object:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(vs, "edit_visit", fail)
    type_into(editor.notes_edit, " Mislukt")
    settle(editor, ctx, qtbot)
    assert editor.autosave.state == ERROR
    asked: list[str] = []

    def discard(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[1]))
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "warning", discard)
    editor.new_visit(ids["household"])  # the worker chose to go on
    qtbot.waitUntil(lambda: editor.form is not None and editor.visit_id != ids["visit"],
                    timeout=5000)
    assert asked == ["Niet alles is opgeslagen"]  # asked once, not again when it opened
    assert editor.notes_edit.toPlainText() == ""
    assert not editor.save_error.isVisible()
