"""The name the save dialog suggests: what the document is, whose, which day, for whom."""

from __future__ import annotations

from datetime import date

from voordeur.domain.disclosure import HIDDEN_HOUSEHOLD_NAME
from voordeur.export.summary_document import (
    Audience,
    DocumentKind,
    ExportFormat,
    SummaryDocument,
)
from voordeur.gui.summaries.preview import default_file_name

DAY = date(2026, 12, 7)


def document(kind: DocumentKind, audience: Audience, household: str = "Gezin Jansen",
             subtitle: str = "Huisbezoek op maandag 7 december 2026 om 10:00") -> SummaryDocument:
    return SummaryDocument(kind=kind, audience=audience, title="", household_name=household,
                           subtitle=subtitle, recipient="", made_on=DAY, made_by="",
                           sections=(), household_id="h1")


def test_a_visit_summary_for_the_family() -> None:
    doc = document(DocumentKind.VISIT_SUMMARY, Audience.FAMILY)
    name = default_file_name(doc, DAY, ExportFormat.PDF)
    assert name == "Verslag huisbezoek 2026-12-07 (voor het gezin).pdf"
    assert "Jansen" not in name  # a file name travels where the document's protection does not


def test_the_plan_for_the_family_the_file_and_a_partner() -> None:
    assert default_file_name(document(DocumentKind.FAMILY_PLAN, Audience.FAMILY), DAY,
                             ExportFormat.PDF) == "Gezinsplan 2026-12-07.pdf"
    assert default_file_name(document(DocumentKind.FAMILY_PLAN, Audience.FILE), DAY,
                             ExportFormat.DOCX) == (
        "Gezinsplan 2026-12-07 (voor het dossier).docx")
    assert default_file_name(document(DocumentKind.FAMILY_PLAN, Audience.PARTNER), DAY,
                             ExportFormat.MARKDOWN, "Basisschool De Regenboog") == (
        "Gezinsplan 2026-12-07 (voor Basisschool De Regenboog).md")


def test_a_hidden_name_and_a_kind_with_a_slash() -> None:
    doc = document(DocumentKind.VISIT_SUMMARY, Audience.PARTNER, HIDDEN_HOUSEHOLD_NAME,
                   "Op straat / plein op maandag 7 december 2026 om 10:00")
    assert default_file_name(doc, DAY, ExportFormat.PDF, "Wijkteam: Noord") == (
        "Verslag gesprek op straat 2026-12-07 (voor Wijkteam- Noord).pdf")
