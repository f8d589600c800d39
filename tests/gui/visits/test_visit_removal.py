"""Mistakes can be undone in the visit editor: a draft is deleted (and comes back), a final
visit is marked void with a reason (and that is taken back); a new visit starts from the planned
one; a visit dated after now asks once before it is made final.

Real encrypted stores, the real background runner, offscreen Qt; the day is DEMO_DAY (conftest).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlmodel import col, select

from testsupport import DEMO_DAY
from voordeur.export.summary_document import Audience
from voordeur.gui.common.context import AppContext
from voordeur.gui.overview.page import OverviewPage
from voordeur.gui.visits.visit_editor import VisitEditor
from voordeur.model import AccessLogEntry, Visit
from voordeur.model.catalogues import VisitKind, VisitStatus
from voordeur.services import households as hs
from voordeur.services import visits as vs
from voordeur.services.demo import LOCAL_TZ
from voordeur.services.unit_of_work import unit_of_work
from voordeur.store.store import Store


@pytest.fixture(autouse=True)
def dutch_dates(qapp: object) -> Iterator[None]:
    """Dutch date formatting, as the app starts; the previous locale comes back afterwards."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    yield
    QLocale.setDefault(previous)


def at(days: int, hour: int) -> datetime:
    return datetime.combine(DEMO_DAY + timedelta(days=days), time(hour), LOCAL_TZ)


def make_household(store: Store, *, final: bool = False, **fields: object) -> tuple[str, str]:
    """A household with one visit yesterday (a draft, or final); (household id, visit id)."""
    with unit_of_work(store) as uow:
        household = hs.create_household(uow, "Gezin Bakker")
        visit = vs.start_visit(uow, household, starts_at=at(-1, 10), notes="Eerste gesprek.",
                               **fields)
        if final:
            vs.finalise_visit(uow, visit, snapshot=False)
    return household.id, visit.id


def stored(store: Store, visit_id: str) -> Visit:
    with store.session() as session:
        visit = session.get(Visit, visit_id)
        assert visit is not None
        return visit


def last_log_entry(store: Store) -> AccessLogEntry:
    with store.session() as session:
        entry = session.exec(select(AccessLogEntry)
                             .order_by(col(AccessLogEntry.seq).desc())).first()
        assert entry is not None
        return entry


@pytest.fixture
def editor(qtbot: QtBot, ctx: AppContext) -> Iterator[VisitEditor]:
    widget = VisitEditor(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    yield widget
    widget.shutdown()
    widget.close()
    ctx.runner.wait_idle(10)


def open_visit(editor: VisitEditor, qtbot: QtBot, visit_id: str) -> None:
    editor.open_visit(visit_id)
    qtbot.waitUntil(lambda: editor.form is not None and editor.form.visit_id == visit_id,
                    timeout=5000)


def answer_questions(monkeypatch: pytest.MonkeyPatch,
                     answer: QMessageBox.StandardButton) -> list[str]:
    """Answer every QMessageBox.question with `answer`; the texts asked are returned."""
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


# -- a draft -----------------------------------------------------------------------------------

def test_a_visit_made_by_mistake_is_deleted_leaves_vandaag_and_comes_back(
    qtbot: QtBot, ctx: AppContext, store: Store, editor: VisitEditor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    household_id, _first = make_household(store, final=True)
    overview = OverviewPage(ctx, today=lambda: DEMO_DAY)
    qtbot.addWidget(overview)
    with qtbot.waitSignal(overview.refreshed, timeout=10_000):
        overview.show()
    assert overview.today_section.list.count() == 0

    editor.new_visit(household_id)  # what Ctrl+N does
    qtbot.waitUntil(lambda: editor.form is not None, timeout=5000)
    visit_id = editor.visit_id
    assert visit_id is not None
    qtbot.waitUntil(lambda: overview.today_section.list.count() == 1, timeout=10_000)
    QTest.keyClicks(editor.notes_edit, "Per ongeluk")
    assert editor.header.delete_button.isVisible()
    assert not editor.header.void_button.isVisible()

    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(editor.header.delete_button, Qt.MouseButton.LeftButton)
    assert ctx.runner.wait_idle(10)
    assert stored(store, visit_id).deleted_at is None  # cancelled: nothing happened
    assert "notities" in asked[0] and "Afspraken en scores" in asked[0]

    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(editor.header.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(editor.undo_notice.isVisible, timeout=5000)
    assert "is verwijderd" in editor.undo_notice.label.text()
    deleted = stored(store, visit_id)
    assert deleted.deleted_at is not None and deleted.notes == "Per ongeluk"  # saved first
    entry = last_log_entry(store)
    assert entry.action == "change" and entry.subject_ids[:2] == [household_id, visit_id]
    assert entry.detail == "delete visit: delete visit ×1"
    assert not editor.splitter.isEnabled() and not editor.autosave.enabled
    assert editor.back_button.isEnabled()
    qtbot.waitUntil(lambda: overview.today_section.list.count() == 0, timeout=10_000)

    # Ctrl+Z in the editor brings it back, with what was typed.
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=2000)
    assert QApplication.focusWidget() is editor.undo_notice.undo_button
    QTest.keyClick(editor.undo_notice.undo_button, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.form is not None and editor.splitter.isEnabled(),
                    timeout=5000)
    assert stored(store, visit_id).deleted_at is None
    assert editor.notes_edit.toPlainText() == "Per ongeluk"
    assert not editor.undo_notice.isVisible()
    with store.session() as session:
        restores = [e for e in session.exec(select(AccessLogEntry))
                    if e.detail.startswith("restore visit")]
    assert [(e.detail, e.subject_ids[:2]) for e in restores] == [
        ("restore visit: restore visit ×1", [household_id, visit_id])]
    qtbot.waitUntil(lambda: overview.today_section.list.count() == 1, timeout=10_000)
    overview.shutdown()


# -- a final visit -----------------------------------------------------------------------------

def test_a_final_visit_is_marked_void_with_a_reason_read_only_and_can_be_taken_back(
    qtbot: QtBot, ctx: AppContext, store: Store, editor: VisitEditor,
) -> None:
    _household_id, visit_id = make_household(store, final=True)
    open_visit(editor, qtbot, visit_id)
    assert not editor.header.delete_button.isVisible()  # a final visit is never deleted
    assert editor.header.void_button.isVisible()

    qtbot.mouseClick(editor.header.void_button, Qt.MouseButton.LeftButton)
    dialog = editor.removal.void_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.ok_button.click()  # no reason: the dialog says so and stays
    assert dialog.isVisible() and dialog.error.isVisible()
    QTest.keyClicks(dialog.reason_edit, "Dubbel ingevoerd")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: editor.form is not None and editor.form.is_void, timeout=5000)

    assert stored(store, visit_id).status == VisitStatus.VOID
    assert stored(store, visit_id).void_reason == "Dubbel ingevoerd"
    assert editor.status_label.text() == "Vervallen"
    assert editor.final_banner.isVisible()
    assert editor.final_banner.text().startswith("Vervallen: Dubbel ingevoerd")
    assert editor.notes_edit.isReadOnly() and not editor.fields.isEnabled()
    assert not editor.side.isEnabled() and not editor.autosave.enabled
    assert editor.header.unvoid_button.isVisible() and editor.revisions_button.isVisible()
    assert not editor.finalise_button.isVisible()
    assert editor.undo_notice.isVisible()

    # The summary: only the case file, marked; the family gets none.
    editor.make_summary()
    summary = editor.summary_dialog
    assert summary is not None
    qtbot.waitUntil(lambda: summary.document is not None, timeout=20_000)
    assert summary.choice.audience == Audience.FILE
    assert summary.document.sections[0].heading == "Dit bezoek is vervallen"
    summary.select_audience(Audience.FAMILY)
    qtbot.waitUntil(lambda: "vervallen" in summary.preview.message.text(), timeout=20_000)
    assert summary.document is None and not summary.save_button.isEnabled()
    summary.close()
    assert ctx.runner.wait_idle(20)

    # "Vervallen ongedaan maken": final and editable again.
    qtbot.mouseClick(editor.header.unvoid_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.form is not None and not editor.form.is_void
                    and editor.form.status == VisitStatus.FINAL, timeout=5000)
    assert stored(store, visit_id).status == VisitStatus.FINAL
    assert not editor.notes_edit.isReadOnly() and editor.fields.isEnabled()
    assert editor.status_label.text() == "Definitief"


# -- a new visit, making final -------------------------------------------------------------------

def test_a_new_visit_starts_from_the_planned_one(
    qtbot: QtBot, ctx: AppContext, store: Store, editor: VisitEditor,
) -> None:
    planned = at(7, 14)
    household_id, _visit_id = make_household(
        store, final=True, next_visit_at=planned, next_visit_kind=VisitKind.PHONE,
        next_visit_location="Wijkcentrum De Brink")
    editor.new_visit(household_id)
    qtbot.waitUntil(lambda: editor.form is not None, timeout=5000)
    assert editor.form.starts_at == planned
    assert editor.form.kind == VisitKind.PHONE
    assert editor.form.location == "Wijkcentrum De Brink"
    assert editor.location_edit.text() == "Wijkcentrum De Brink"


@pytest.mark.parametrize("days", [42, -1])
def test_finalising_asks_once_and_says_when_the_visit_is_still_to_come(
    qtbot: QtBot, ctx: AppContext, store: Store, editor: VisitEditor,
    monkeypatch: pytest.MonkeyPatch, days: int,
) -> None:
    with unit_of_work(store) as uow:
        household = hs.create_household(uow, "Gezin Bakker")
        visit_id = vs.start_visit(uow, household, starts_at=at(days, 10)).id
    open_visit(editor, qtbot, visit_id)
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(editor.finalise_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.status_label.text() == "Definitief", timeout=5000)
    assert len(asked) == 1  # one question, never two
    if days > 0:  # DEMO_DAY + 42 days is Monday 28 December 2026
        assert asked[0].startswith("Dit bezoek staat op maandag 28 december 2026, dat is nog "
                                   "niet geweest. Toch definitief maken?")
    else:
        assert asked[0].startswith("Wil je dit bezoek definitief maken?")
    assert "revisie" in asked[0]

