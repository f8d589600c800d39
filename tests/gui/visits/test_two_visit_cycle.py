"""Issue 20's walk-through through the real visit editor: two visits four weeks apart, then the
family's papers read back. The question typed at visit 1 is there at visit 2 and in every
family document; visit 2 starts from the visit planned at visit 1; defaults count from the
visit's date; no document names a next visit that has passed; visit 1's summary is the same
before and after visit 2 (only its "Gemaakt op" line may differ).

Real encrypted store, the real background runner, offscreen Qt; the day is DEMO_DAY (conftest).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date

import docx
import pypdfium2 as pdfium
import pytest
from date_typing import type_and_leave
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from testsupport import DEMO_DAY
from voordeur.export.summary_document import Audience, ExportFormat
from voordeur.gui.common.context import AppContext
from voordeur.gui.visits.visit_editor import VisitEditor
from voordeur.model import Visit
from voordeur.model.catalogues import VisitKind, VisitStatus
from voordeur.services import households as hs
from voordeur.services.summary_content import family_plan, visit_summary
from voordeur.services.summary_export import render_document
from voordeur.services.unit_of_work import unit_of_work
from voordeur.store.store import Store

QUESTION = "Ik wil dat Sem weer graag naar school gaat."
PLANNED = date(2026, 12, 14)  # four weeks after DEMO_DAY (16 November 2026)


@pytest.fixture
def editor(qtbot: QtBot, ctx: AppContext) -> Iterator[VisitEditor]:
    widget = VisitEditor(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    yield widget
    widget.shutdown()
    widget.close()
    ctx.runner.wait_idle(10)


def settle(editor: VisitEditor, ctx: AppContext, qtbot: QtBot) -> None:
    editor.flush()
    assert ctx.runner.wait_idle(10)
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=5000)


def new_visit(editor: VisitEditor, qtbot: QtBot, household_id: str,
              previous: str | None = None) -> str:
    editor.new_visit(household_id)
    qtbot.waitUntil(lambda: editor.form is not None and editor.form.visit_id != previous,
                    timeout=10_000)
    assert editor.visit_id is not None
    return editor.visit_id


def finalise(editor: VisitEditor, ctx: AppContext, qtbot: QtBot,
             monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    settle(editor, ctx, qtbot)
    editor.finalise_button.click()
    settle(editor, ctx, qtbot)
    with ctx.store.session() as session:
        visit = session.get(Visit, editor.visit_id)
        assert visit is not None and visit.status == VisitStatus.FINAL
    return asked


def text_of(doc: object) -> dict[ExportFormat, str]:
    """The document as the family gets it, in each format, read back as text."""
    files = {fmt: render_document(doc, fmt) for fmt in ExportFormat}  # type: ignore[arg-type]
    pdf = pdfium.PdfDocument(files[ExportFormat.PDF])
    try:
        pdf_text = "\n".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()
    word = docx.Document(io.BytesIO(files[ExportFormat.DOCX]))
    docx_text = "\n".join([p.text for p in word.paragraphs]
                          + [c.text for t in word.tables for r in t.rows for c in r.cells])
    return {ExportFormat.PDF: " ".join(pdf_text.split()),
            ExportFormat.DOCX: " ".join(docx_text.split()),
            ExportFormat.MARKDOWN: files[ExportFormat.MARKDOWN].decode("utf-8")}


def without_made_on(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if "Gemaakt op" not in line)


def test_two_visits_through_the_editor_and_the_papers_the_family_gets(
    qtbot: QtBot, ctx: AppContext, store: Store, editor: VisitEditor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with unit_of_work(store) as uow:
        household = hs.create_household(uow, "Gezin Jansen", neighbourhood="Zevenkamp")
        hs.add_person(uow, household, first_name="Fatma", role="moeder")
        hs.add_person(uow, household, first_name="Sem", role="zoon")
    hid = household.id

    # Visit 1, today: the question, a concern, an agreement and the next visit planned.
    first = new_visit(editor, qtbot, hid)
    assert "loopt door van bezoek tot bezoek" in editor.side.family_notes.plan_caption.text()
    editor.request_edit.setPlainText(QUESTION)
    editor.concerns_edit.setPlainText("Contact met de school loopt stroef")
    agreements = editor.side.agreements
    assert agreements.due_edit.value() is not None and agreements.due_edit.value() > DEMO_DAY
    agreements.agreement_what.setText("Fatma belt de juf van Sem")
    agreements.add_agreement_button.click()
    settle(editor, ctx, qtbot)
    picker = editor.side.next_visit
    picker.next_check.setChecked(True)
    type_and_leave(picker.next_edit, "14-12-2026")
    picker.kind_combo.setCurrentIndex(picker.kind_combo.findData(VisitKind.PHONE.value))
    picker.location_edit.setFocus()
    QTest.keyClicks(picker.location_edit, "Bellen met Fatma")
    asked = finalise(editor, ctx, qtbot, monkeypatch)
    assert len(asked) == 1 and "nog niet geweest" not in asked[0]

    with store.session() as session:
        visit = session.get(Visit, first)
        assert visit is not None and visit.next_visit_at is not None
        assert visit.next_visit_at.astimezone().date() == PLANNED
    visit_one_before = {fmt: without_made_on(text)
                        for fmt, text in text_of(visit_summary(store, first,
                                                               Audience.FAMILY)).items()}
    plan_text = text_of(family_plan(store, hid, Audience.FAMILY))[ExportFormat.MARKDOWN]
    assert "14 december 2026" in plan_text  # the next visit, planned and still to come

    # Visit 2 starts from the planned one and shows the question carried over.
    second = new_visit(editor, qtbot, hid, previous=first)
    form = editor.form
    assert form is not None
    assert form.starts_at.astimezone().date() == PLANNED
    assert (form.kind, form.location) == (VisitKind.PHONE, "Bellen met Fatma")
    assert editor.request_edit.toPlainText() == QUESTION
    # Defaults count from this visit's day, not from today.
    due = editor.side.agreements.due_edit.value()
    assert due is not None and due > PLANNED
    assert picker.value() is None and picker.next_edit.value() is not None
    assert picker.next_edit.value() > PLANNED
    editor.concerns_edit.setPlainText("")  # no more worries about the school
    asked = finalise(editor, ctx, qtbot, monkeypatch)
    assert len(asked) == 1 and "nog niet geweest" in asked[0]  # a future date: asked once

    # The papers: the question everywhere, visit 1 unchanged, no passed "next visit".
    for doc in (visit_summary(store, first, Audience.FAMILY),
                visit_summary(store, second, Audience.FAMILY),
                family_plan(store, hid, Audience.FAMILY)):
        for fmt, text in text_of(doc).items():
            assert QUESTION in text, (doc.title, fmt)
    after = {fmt: without_made_on(text)
             for fmt, text in text_of(visit_summary(store, first, Audience.FAMILY)).items()}
    assert after == visit_one_before
    plan_now = text_of(family_plan(store, hid, Audience.FAMILY))[ExportFormat.MARKDOWN]
    assert "Contact met de school loopt stroef" not in plan_now
    assert "14 december 2026" not in plan_now  # recorded: no longer "next"
    assert second != first
