"""The summary export dialog: opened from the visit editor and the Plan tab, a preview that
follows the reader, a partner without valid consent refused in plain Dutch, and a real PDF
written and logged."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import shiboken6
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from save_dialog_fakes import answer_save_dialog
from sqlmodel import col, func, select

from testsupport import DEMO_DAY
from voordeur.export.summary_document import Audience, DocumentKind, ExportFormat
from voordeur.gui.common import save_dialog
from voordeur.gui.common.context import AppContext
from voordeur.gui.households.page import HouseholdPage
from voordeur.gui.summaries.export_dialog import SummaryExportDialog
from voordeur.gui.summaries.preview import long_date
from voordeur.gui.visits.visit_editor import VisitEditor
from voordeur.model import AccessLogEntry, Household, Person, Visit
from voordeur.model.catalogues import AccessAction, AccessOutcome, PersonKind
from voordeur.services import households as hs
from voordeur.services import plan
from voordeur.services.unit_of_work import unit_of_work
from voordeur.services.visit_queries import person_name

TODAY = DEMO_DAY  # the day these tests run on (tests/gui/conftest.py)
WITHDRAWN_ON = TODAY - timedelta(days=5)


@pytest.fixture
def case(demo_ctx: AppContext) -> dict[str, str]:
    """The demo household with the most visits, plus two partners of our own: a school with
    valid consent that names only the index person, and a sports club whose consent was
    withdrawn five days ago."""
    store = demo_ctx.store
    with store.session() as session:
        household_id = session.exec(
            select(Visit.household_id).group_by(col(Visit.household_id))
            .order_by(func.count().desc())).first()
        visit_id = session.exec(
            select(Visit.id).where(Visit.household_id == household_id)
            .order_by(col(Visit.starts_at).desc())).first()
        members = session.exec(select(Person).where(
            Person.household_id == household_id, Person.kind == PersonKind.MEMBER,
            col(Person.deleted_at).is_(None))).all()
    index = next((m for m in members if m.is_index), members[0])
    hidden = [person_name(m) for m in members if m.id != index.id and m.first_name]
    with unit_of_work(store) as uow:
        household = hs.require(uow, Household, household_id)
        school = hs.add_organisation(uow, "Basisschool De Regenboog")
        club = hs.add_organisation(uow, "Sportclub Zuid-Oost")
        for organisation in (school, club):
            hs.link_partner(uow, household, organisation)
        plan.record_consent(
            uow, household, given_on=TODAY - timedelta(days=30), purpose="Afstemmen met school",
            organisation_ids=[school.id], topics=["goals", "agreements", "visit_summaries"],
            person_ids=[index.id], valid_until=TODAY + timedelta(days=300))
        withdrawn = plan.record_consent(
            uow, household, given_on=TODAY - timedelta(days=60), purpose="Samen sporten",
            organisation_ids=[club.id], topics=["goals"], person_ids=[])
        plan.withdraw_consent(uow, withdrawn, WITHDRAWN_ON, "Ouders willen dit niet meer")
    return {"household": household_id, "visit": visit_id, "school": school.id,
            "club": club.id, "hidden": "|".join(hidden)}


def wait_built(dialog: SummaryExportDialog, qtbot: QtBot, audience: Audience) -> None:
    qtbot.waitUntil(lambda: dialog.document is not None
                    and dialog.document.audience == audience, timeout=60_000)


def left_out(dialog: SummaryExportDialog) -> list[str]:
    return [dialog.left_out_list.item(i).text().removeprefix("• ")
            for i in range(dialog.left_out_list.count())]


@pytest.fixture
def close_after(demo_ctx: AppContext) -> Iterator[list[QWidget]]:
    widgets: list[QWidget] = []
    yield widgets
    for widget in widgets:
        if not shiboken6.isValid(widget):
            continue
        if isinstance(widget, VisitEditor | HouseholdPage):
            widget.shutdown()
        widget.close()
    demo_ctx.runner.wait_idle(60)


@pytest.fixture
def plan_dialog(demo_ctx: AppContext, case: dict[str, str], qtbot: QtBot,
                close_after: list[QWidget]) -> SummaryExportDialog:
    """Opened as the worker does: the household page, tab Plan, "Gezinsplan exporteren…"."""
    page = HouseholdPage(demo_ctx)
    qtbot.addWidget(page)
    close_after.append(page)
    page.resize(1200, 760)
    page.show()
    page.load(case["household"])
    qtbot.waitUntil(lambda: page.detail is not None, timeout=10_000)
    page.tabs.setCurrentWidget(page.plan_tab)
    page.plan_tab.export_button.click()
    dialog = page.active_dialog
    assert isinstance(dialog, SummaryExportDialog) and dialog.isVisible()
    close_after.insert(0, dialog)
    assert dialog.kind == DocumentKind.FAMILY_PLAN and dialog.visit_id is None
    qtbot.waitUntil(lambda: {case["school"], case["club"]} <= set(dialog.partner_ids()),
                    timeout=10_000)
    wait_built(dialog, qtbot, Audience.FAMILY)
    return dialog


# -- opening --------------------------------------------------------------------------------------
def test_the_visit_editor_opens_it_with_what_was_just_typed(
        demo_ctx: AppContext, case: dict[str, str], qtbot: QtBot,
        close_after: list[QWidget]) -> None:
    editor = VisitEditor(demo_ctx)
    qtbot.addWidget(editor)
    close_after.append(editor)
    editor.resize(1200, 760)
    editor.show()
    editor.open_visit(case["visit"])
    qtbot.waitUntil(lambda: editor.form is not None, timeout=10_000)
    editor.notes_edit.appendPlainText("Xylofoonles op woensdag afgesproken.")
    assert editor.has_unsaved_changes()
    editor.summary_button.click()  # no waiting for the autosave: the button hands it over
    dialog = editor.summary_dialog
    assert isinstance(dialog, SummaryExportDialog) and dialog.isVisible()
    close_after.insert(0, dialog)
    assert dialog.kind == DocumentKind.VISIT_SUMMARY and dialog.visit_id == case["visit"]
    wait_built(dialog, qtbot, Audience.FAMILY)
    # The family does not get the worker's own notes, and the dialog says so.
    assert "Xylofoonles" not in dialog.preview.browser.toPlainText()
    assert any("notities" in text for text in left_out(dialog))
    assert dialog.select_audience(Audience.FILE)
    wait_built(dialog, qtbot, Audience.FILE)
    assert "Xylofoonles" in dialog.preview.browser.toPlainText()
    document = dialog.document
    assert document is not None
    assert re.fullmatch(r"Verslag [a-z ]+ \d{4}-\d\d-\d\d \(voor het dossier\)\.pdf",
                        dialog.default_name())  # no family's name in a file name


def test_the_plan_tab_opens_it_with_figures_and_what_the_family_does_not_get(
        plan_dialog: SummaryExportDialog) -> None:
    dialog = plan_dialog
    assert dialog.preview.showing_document and dialog.save_button.isEnabled()
    document = dialog.preview.browser.document()
    figures = dialog.document.figures if dialog.document else ()
    assert figures, "the plan has an ecogram and/or a score chart"
    for index in range(len(figures)):
        image = document.resource(QTextDocument.ResourceType.ImageResource,
                                  QUrl(f"figuur-{dialog._build}-{index}.png"))
        assert image is not None and not image.isNull()
    texts = left_out(dialog)
    assert texts and all(text and text != "Niets: alles staat erin." for text in texts)


# -- readers --------------------------------------------------------------------------------------
def test_switching_the_reader_rebuilds_the_preview(
        plan_dialog: SummaryExportDialog, case: dict[str, str], qtbot: QtBot) -> None:
    dialog = plan_dialog
    assert dialog.select_audience(Audience.PARTNER, case["school"])
    wait_built(dialog, qtbot, Audience.PARTNER)
    assert dialog.document is not None and dialog.document.organisation_id == case["school"]
    text = dialog.preview.browser.toPlainText()
    assert "Basisschool De Regenboog" in text
    for name in filter(None, case["hidden"].split("|")):
        assert name not in text, f"{name} is not named by the consent"
    if case["hidden"]:
        assert any("rol, niet met hun naam" in t for t in left_out(dialog))
    assert dialog.audience_hint.text().startswith("Alleen wat de toestemming toestaat")
    assert dialog.default_name().startswith("Gezinsplan ")
    assert dialog.default_name().endswith(" (voor Basisschool De Regenboog).pdf")

    assert dialog.select_audience(Audience.FILE)
    wait_built(dialog, qtbot, Audience.FILE)
    assert dialog.document is not None
    expected = len(dialog.document.left_out) or 1  # "Niets: alles staat erin."
    assert len(left_out(dialog)) == expected


def test_a_partner_without_valid_consent_is_refused_and_nothing_can_be_saved(
        plan_dialog: SummaryExportDialog, case: dict[str, str], qtbot: QtBot) -> None:
    dialog = plan_dialog
    combo = dialog.audience_combo
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert "Partner: Sportclub Zuid-Oost (geen geldige toestemming)" in labels
    assert "Partner: Basisschool De Regenboog" in labels
    assert dialog.select_audience(Audience.PARTNER, case["club"])
    qtbot.waitUntil(lambda: dialog.refusal is not None, timeout=30_000)
    assert dialog.document is None and not dialog.save_button.isEnabled()
    assert not dialog.preview.showing_document
    assert dialog.preview.message.text() == (
        f"De toestemming voor delen met Sportclub Zuid-Oost is ingetrokken op "
        f"{long_date(WITHDRAWN_ON)}. Leg eerst nieuwe toestemming vast (tab Toestemming).")
    dialog.choose_file()  # does nothing: no file dialog, no export
    assert dialog.saved_to is None


def test_a_refused_partner_export_is_in_the_access_log_once(
        plan_dialog: SummaryExportDialog, demo_ctx: AppContext, case: dict[str, str],
        qtbot: QtBot) -> None:
    dialog = plan_dialog

    def refused() -> list[AccessLogEntry]:
        with demo_ctx.store.session() as session:
            return list(session.exec(select(AccessLogEntry).where(
                AccessLogEntry.action == AccessAction.EXPORT,
                AccessLogEntry.outcome == AccessOutcome.REFUSED)).all())

    assert dialog.select_audience(Audience.PARTNER, case["club"])
    qtbot.waitUntil(lambda: len(refused()) == 1, timeout=30_000)
    entry = refused()[0]
    assert entry.detail == f"family plan, for partner:{case['club']}, pdf: withdrawn"
    assert case["household"] in entry.subject_ids
    dialog.rebuild()  # the same choice again: the same attempt, not logged twice
    qtbot.waitUntil(lambda: dialog.refusal is not None, timeout=30_000)
    demo_ctx.runner.run_now(lambda: None)
    assert len(refused()) == 1


# -- saving ---------------------------------------------------------------------------------------
def test_a_family_export_writes_a_real_pdf_and_logs_it(
        plan_dialog: SummaryExportDialog, demo_ctx: AppContext, case: dict[str, str],
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = plan_dialog
    target = tmp_path / "plan voor het gezin"  # no suffix: the format's is added
    documents = tmp_path / "Documenten"
    documents.mkdir()
    monkeypatch.setattr(save_dialog, "documents_folder", lambda: documents)
    asked = answer_save_dialog(monkeypatch, target)
    dialog.save_button.click()
    out = target.with_name(target.name + ".pdf")
    qtbot.waitUntil(lambda: dialog.saved_to == out, timeout=60_000)
    assert dialog.document is not None
    assert re.fullmatch(r"Gezinsplan \d{4}-\d\d-\d\d\.pdf", asked[0].name)
    assert asked[0].parent == documents  # the worker's documents folder first
    pdf = pdfium.PdfDocument(out.read_bytes())
    assert len(pdf) >= 1
    text = pdf[0].get_textpage().get_text_range()
    assert "Vertrouwelijk" in text
    pdf.close()
    assert dialog.result_label.isVisible() and out.name in dialog.result_label.text()
    assert dialog.save_button.isEnabled()
    with demo_ctx.store.session() as session:
        entries = session.exec(select(AccessLogEntry).where(
            AccessLogEntry.action == AccessAction.EXPORT)).all()
    assert any(case["household"] in e.subject_ids and e.detail == "family plan, for family, pdf"
               for e in entries)


def test_markdown_for_the_registration_system_keeps_a_txt_name(
        plan_dialog: SummaryExportDialog, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = plan_dialog
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(ExportFormat.MARKDOWN.value))
    assert "niet als afbeelding" in dialog.format_hint.text()
    out = tmp_path / "plakken.txt"
    answer_save_dialog(monkeypatch, out)
    dialog.choose_file()
    qtbot.waitUntil(lambda: dialog.saved_to == out, timeout=60_000)
    assert out.read_text(encoding="utf-8").startswith("# ")


def test_a_failed_export_says_why_and_keeps_the_dialog(
        plan_dialog: SummaryExportDialog, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = plan_dialog
    blocker = tmp_path / "geen-map"
    blocker.write_text("een bestand waar een map hoort", encoding="utf-8")
    dialog.export_to(blocker / "plan.pdf")
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=60_000)
    assert dialog.error_label.text().startswith("Het gezinsplan is niet opgeslagen.")
    assert "Traceback" not in dialog.error_label.text()
    assert dialog.isVisible() and dialog.save_button.isEnabled() and dialog.saved_to is None
