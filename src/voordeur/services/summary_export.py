"""Writing a visit summary or family plan to the file the worker chose, and logging it.

The document is rendered in memory and written in one atomic step next to its destination, so
no copy of it stays behind anywhere else (no temp folder, no half-written file after a crash
or a full disk). The command line and the app both export through here.

A visit marked void ("vervallen") gives no summary for the family or a partner; the case file
gets one that says so at the top (`guard_void_visit`).
"""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

from voordeur.domain.printable import printable_copy
from voordeur.export.summary_document import (
    FILE_SUFFIXES,
    Audience,
    DocumentKind,
    ExportFormat,
    Paragraph,
    Section,
    SummaryDocument,
)
from voordeur.model import Visit
from voordeur.model.catalogues import AccessAction, AccessOutcome, VisitStatus
from voordeur.services.households import ServiceError
from voordeur.store.files import write_atomic
from voordeur.store.store import Store

SUFFIX_FORMATS = {".pdf": ExportFormat.PDF, ".docx": ExportFormat.DOCX,
                  ".md": ExportFormat.MARKDOWN, ".txt": ExportFormat.MARKDOWN}


class SummaryExportError(ValueError):
    """The document cannot be written as asked (an unknown file type)."""


class VisitIsVoid(ServiceError):
    """The visit was marked void: its summary is for the case file only."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__("this visit was marked void; only the case file gets a summary of it"
                         f" (reason: {reason})")


VOID_HEADING = "Vervallen"


def guard_void_visit(store: Store, doc: SummaryDocument) -> SummaryDocument:
    """`doc` as it may be exported: a void visit's summary only for the case file, and marked
    "Vervallen" with the reason at the top (once); `VisitIsVoid` for anyone else."""
    if doc.kind != DocumentKind.VISIT_SUMMARY or doc.visit_id is None:
        return doc
    with store.session() as session:
        visit = session.get(Visit, doc.visit_id)
        if visit is None or visit.status != VisitStatus.VOID:
            return doc
        reason = visit.void_reason
    if doc.audience != Audience.FILE:
        raise VisitIsVoid(reason)
    if doc.sections and doc.sections[0].heading == VOID_HEADING:
        return doc
    notice = Section(VOID_HEADING, (Paragraph(
        f"Dit bezoek is vervallen: {reason.rstrip('.')}. Het blijft in het dossier bewaard, "
        "maar telt niet als contact."),))
    return replace(doc, subtitle=f"{doc.subtitle} (vervallen)",
                   sections=(notice, *doc.sections))


def format_for(path: Path | str) -> ExportFormat:
    """The format from a file name: .pdf, .docx, .md or .txt."""
    suffix = Path(path).suffix.lower()
    if suffix not in SUFFIX_FORMATS:
        raise SummaryExportError(
            f"cannot tell the format from {Path(path).name!r}: use a .pdf, .docx, .md or .txt file")
    return SUFFIX_FORMATS[suffix]


def default_suffix(fmt: ExportFormat) -> str:
    return FILE_SUFFIXES[fmt]


def render_document(doc: SummaryDocument, fmt: ExportFormat, *,
                    figures: dict[int, bytes] | None = None) -> bytes:
    """The whole file as bytes, rendered in memory. `figures` are the PNGs of `doc.figures`
    when the caller already drew them (the app's preview), so they are not drawn twice.
    Text is made printable first (`domain.printable`): a value stored before import and sync
    checked it must not stop the export."""
    doc = printable_copy(doc)
    if fmt == ExportFormat.MARKDOWN:
        from voordeur.export.summary_markdown import to_markdown

        return to_markdown(doc).encode("utf-8")
    from voordeur.export.summary_figures import figure_pngs

    buffer = io.BytesIO()
    figures = figures if figures is not None else figure_pngs(doc)
    if fmt == ExportFormat.PDF:
        from voordeur.export.summary_pdf import write_pdf

        write_pdf(doc, buffer, figures=figures)
    else:
        from voordeur.export.summary_docx import write_docx

        write_docx(doc, buffer, figures=figures)
    return buffer.getvalue()


def export_detail(doc: SummaryDocument, fmt: ExportFormat) -> str:
    """The access-log detail: what, for whom, which format (ids only, never a name)."""
    what = "visit summary" if doc.kind == DocumentKind.VISIT_SUMMARY else "family plan"
    whom = (f"partner:{doc.organisation_id}" if doc.audience == Audience.PARTNER
            else doc.audience.value)
    return f"{what}, for {whom}, {fmt.value}"


def export_document(store: Store, doc: SummaryDocument, fmt: ExportFormat, out: Path, *,
                    figures: dict[int, bytes] | None = None) -> None:
    """Render `doc` and write it to `out` atomically; log the export (or its failure). A void
    visit's summary is refused for the family or a partner (`VisitIsVoid`, logged as refused)."""
    subjects = [doc.household_id] + ([doc.visit_id] if doc.visit_id else [])
    detail = export_detail(doc, fmt)
    try:
        doc = guard_void_visit(store, doc)
    except VisitIsVoid:
        store.log(AccessAction.EXPORT, subjects, outcome=AccessOutcome.REFUSED,
                  detail=detail + ": visit void")
        raise
    try:
        write_atomic(out, render_document(doc, fmt, figures=figures))
    except BaseException:
        store.log(AccessAction.EXPORT, subjects, outcome=AccessOutcome.ERROR, detail=detail)
        raise
    store.log(AccessAction.EXPORT, subjects, detail=detail)
