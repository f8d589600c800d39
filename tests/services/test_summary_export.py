"""Exported summaries read back: PDF text and metadata, DOCX paragraphs, tables and properties,
Markdown; what a partner's file holds; the access log; no stray files."""

from __future__ import annotations

import io
import os
import re
import tempfile
from pathlib import Path

import pytest

from testsupport_summary import HIDDEN_NAMES, NOTES_MARKER, TODAY, build
from voordeur.export import ecogram_figure
from voordeur.export.summary_document import Audience, ExportFormat
from voordeur.model.catalogues import AccessAction, AccessOutcome
from voordeur.services.summary_content import family_plan, visit_summary
from voordeur.services.summary_export import (
    SummaryExportError,
    export_document,
    format_for,
    render_document,
)
from voordeur.store import access_log
from voordeur.store.store import Store

pdfium = pytest.importorskip("pypdfium2")


def pdf_text(data: bytes) -> tuple[str, dict[str, str], int]:
    pdf = pdfium.PdfDocument(data)
    try:
        text = "\n".join(page.get_textpage().get_text_range() for page in pdf)
        return text, pdf.get_metadata_dict(), len(pdf)
    finally:
        pdf.close()


def docx_text(data: bytes) -> tuple[list[tuple[str, str]], str, str]:
    """(style, text) per body paragraph; all table cells; header, footer and properties."""
    import docx

    document = docx.Document(io.BytesIO(data))
    paragraphs = [(p.style.name, p.text) for p in document.paragraphs]
    cells = "\n".join(cell.text for table in document.tables for row in table.rows
                      for cell in row.cells)
    props = document.core_properties
    extra = [props.title, props.author, props.subject, props.keywords, props.comments,
             props.last_modified_by, props.category]
    for section in document.sections:
        extra += [p.text for p in section.header.paragraphs]
        extra += [p.text for p in section.footer.paragraphs]
    return paragraphs, cells, "\n".join(x or "" for x in extra)


def assert_no_hidden_name(text: str) -> None:
    for name in HIDDEN_NAMES:
        assert not re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text), name


@pytest.fixture
def household(store: Store):  # type: ignore[no-untyped-def]
    return build(store)


@pytest.fixture
def drawn(monkeypatch: pytest.MonkeyPatch) -> list:  # type: ignore[type-arg]
    """Every ecogram drawn into an image, as an SVG with real text (labels are checkable)."""
    svgs: list[str] = []
    original = ecogram_figure.render_ecogram

    def spy(ecogram, out, **kwargs):  # type: ignore[no-untyped-def]
        buffer = io.BytesIO()
        original(ecogram, buffer, **{**kwargs, "fmt": "svg"})
        svgs.append(buffer.getvalue().decode("utf-8"))
        return original(ecogram, out, **kwargs)

    monkeypatch.setattr(ecogram_figure, "render_ecogram", spy)
    from voordeur.export import summary_figures

    if hasattr(summary_figures, "render_ecogram"):
        monkeypatch.setattr(summary_figures, "render_ecogram", spy)
    return svgs


def test_a_partner_pdf_names_nobody_outside_the_consent(store: Store, household,
                                                        drawn) -> None:
    doc = visit_summary(store, household.visit_id, Audience.PARTNER,
                        organisation_id=household.school_id, today=TODAY)
    text, metadata, pages = pdf_text(render_document(doc, ExportFormat.PDF))
    assert "Vertrouwelijk" in text and "Pagina 1 van" in text
    assert "Fatma Yılmaz" in text and "oma" in text
    assert_no_hidden_name(text)
    assert_no_hidden_name(" ".join(metadata.values()))
    assert pages >= 2
    assert len(drawn) == 1, "the ecogram is drawn once, into the PDF"
    svg_text = " ".join(re.findall(r">([^<>]+)</text>", drawn[0]))
    assert "Fatma Yılmaz" in svg_text and "zoon" in svg_text
    assert_no_hidden_name(svg_text)
    assert_no_hidden_name(drawn[0])  # nor anywhere else in the drawing (ids, titles)


def test_a_partner_docx_and_markdown_name_nobody_outside_the_consent(store: Store,
                                                                     household) -> None:
    doc = visit_summary(store, household.visit_id, Audience.PARTNER,
                        organisation_id=household.school_id, today=TODAY)
    paragraphs, cells, extra = docx_text(render_document(doc, ExportFormat.DOCX))
    assert_no_hidden_name("\n".join(t for _, t in paragraphs) + cells + extra)
    assert "Fatma Yılmaz" in cells + "\n".join(t for _, t in paragraphs)
    markdown = render_document(doc, ExportFormat.MARKDOWN).decode("utf-8")
    assert_no_hidden_name(markdown)
    assert "Vertrouwelijk" in markdown


def test_the_family_docx_holds_their_goals_and_agreements_under_real_headings(
        store: Store, household) -> None:
    doc = visit_summary(store, household.visit_id, Audience.FAMILY, today=TODAY)
    paragraphs, cells, extra = docx_text(render_document(doc, ExportFormat.DOCX))
    headings = [text for style, text in paragraphs if style.startswith("Heading")]
    assert headings[:2] == ["Wat goed gaat", "Jullie vraag"]
    assert "Afspraken: wie doet wat, wanneer" in headings
    assert "Sem gaat elke dag met plezier naar school" in cells
    assert "Fatma belt de schuldhulp" in cells and "uiterlijk op 25 november 2026" in cells
    assert ("List Bullet", "Oma Truus haalt Sem elke woensdag op") in paragraphs
    assert "Gezin Yılmaz-Bakker" in extra and "Vertrouwelijk" in extra
    assert NOTES_MARKER not in "\n".join(t for _, t in paragraphs) + cells


def test_the_family_pdf_reads_back_with_dutch_dates_and_the_agreements(store: Store,
                                                                       household) -> None:
    doc = visit_summary(store, household.visit_id, Audience.FAMILY, today=TODAY)
    text, metadata, _ = pdf_text(render_document(doc, ExportFormat.PDF))
    flat = " ".join(text.split())
    assert "Gezin Yılmaz-Bakker" in flat and "20 november 2026" in flat
    assert "Wat goed gaat" in flat and "Sem gaat elke dag met plezier naar school" in flat
    assert "Fatma belt de schuldhulp" in flat
    assert "woensdag 2 december 2026" in flat
    assert NOTES_MARKER not in flat
    assert metadata.get("Title") == "Wat we hebben besproken"
    assert "Yılmaz" not in " ".join(metadata.values())  # no household name in the metadata


def test_the_case_file_pdf_holds_notes_revisions_and_consent(store: Store, household) -> None:
    doc = visit_summary(store, household.visit_id, Audience.FILE, today=TODAY)
    text, _, _ = pdf_text(render_document(doc, ExportFormat.PDF))
    flat = " ".join(text.split())
    assert NOTES_MARKER in flat and "Eerdere versies" in flat
    assert "Ingetrokken op 1 juni 2026" in flat


def test_the_family_plan_exports_in_every_format(store: Store, household) -> None:
    doc = family_plan(store, household.household_id, Audience.FAMILY, today=TODAY)
    text, _, _ = pdf_text(render_document(doc, ExportFormat.PDF))
    flat = " ".join(text.split())
    assert "Ons gezinsplan" in flat and "Wie jullie helpen" in flat
    assert "Praktisch, Emotioneel" in flat
    _, cells, _ = docx_text(render_document(doc, ExportFormat.DOCX))
    assert "Truus de Vries" in cells
    markdown = render_document(doc, ExportFormat.MARKDOWN).decode("utf-8")
    assert markdown.startswith("# Ons gezinsplan")
    assert "| Truus de Vries (oma) |" in markdown


def test_every_export_is_logged_with_what_for_whom_and_format(store: Store, household,
                                                              tmp_path: Path) -> None:
    out = tmp_path / "out"
    cases = [
        (visit_summary(store, household.visit_id, Audience.FAMILY, today=TODAY),
         ExportFormat.PDF, "visit summary, for family, pdf"),
        (visit_summary(store, household.visit_id, Audience.PARTNER,
                       organisation_id=household.school_id, today=TODAY),
         ExportFormat.DOCX, f"visit summary, for partner:{household.school_id}, docx"),
        (family_plan(store, household.household_id, Audience.FILE, today=TODAY),
         ExportFormat.MARKDOWN, "family plan, for file, md"),
    ]
    for number, (doc, fmt, _) in enumerate(cases):
        export_document(store, doc, fmt, out / f"document-{number}{'.' + fmt.value}")
    with store.session() as session:
        exports = [e for e in access_log.entries(session) if e.action == AccessAction.EXPORT]
    assert [e.detail for e in reversed(exports)] == [detail for _, _, detail in cases]
    assert exports[-1].subject_ids == [household.household_id, household.visit_id]
    assert exports[0].subject_ids == [household.household_id]
    assert all(e.outcome == AccessOutcome.OK for e in exports)
    for entry in exports:
        assert_no_hidden_name(entry.detail)


def test_no_temporary_copy_stays_behind(store: Store, household, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    private_tmp = tmp_path / "system-tmp"
    private_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    out_dir = tmp_path / "gekozen map"
    out_dir.mkdir()
    doc = visit_summary(store, household.visit_id, Audience.FAMILY, today=TODAY)
    for fmt in ExportFormat:
        export_document(store, doc, fmt, out_dir / f"verslag.{fmt.value}")
    assert sorted(os.listdir(out_dir)) == ["verslag.docx", "verslag.md", "verslag.pdf"]
    assert list(private_tmp.iterdir()) == []


def test_a_failed_write_leaves_nothing_and_is_logged(store: Store, household, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from voordeur.store import files
    from voordeur.store.disk import DiskFull

    def full_disk(fd: int) -> None:  # the data does not fit when it is flushed to the disk
        raise OSError(28, "No space left on device")

    out_dir = tmp_path / "vol"
    out_dir.mkdir()
    (out_dir / "verslag.pdf").write_bytes(b"the earlier version")
    doc = visit_summary(store, household.visit_id, Audience.FAMILY, today=TODAY)
    monkeypatch.setattr(files.os, "fsync", full_disk)
    with pytest.raises(DiskFull, match="the disk is full"):  # named as such, see store/disk.py
        export_document(store, doc, ExportFormat.PDF, out_dir / "verslag.pdf")
    assert sorted(os.listdir(out_dir)) == ["verslag.pdf"]
    assert (out_dir / "verslag.pdf").read_bytes() == b"the earlier version"
    with store.session() as session:
        last = access_log.entries(session, limit=1)[0]
    assert last.action == AccessAction.EXPORT and last.outcome == AccessOutcome.ERROR


def test_the_format_comes_from_the_file_name() -> None:
    assert format_for("verslag.PDF") == ExportFormat.PDF
    assert format_for("verslag.docx") == ExportFormat.DOCX
    assert format_for("plakken.txt") == ExportFormat.MARKDOWN
    with pytest.raises(SummaryExportError):
        format_for("verslag.odt")
