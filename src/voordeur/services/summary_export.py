"""Writing a visit summary or family plan to the file the worker chose, and logging it.

The document is rendered in memory and written in one atomic step next to its destination, so
no copy of it stays behind anywhere else (no temp folder, no half-written file after a crash
or a full disk). The command line and the app both export through here, and both log a
partner export refused for want of consent here (`log_refused_export`).

A visit marked void ("vervallen") gives no summary for the family or a partner; the case file
gets one that says so at the top (`summary_content`); `guard_void_visit` refuses, where files
are written, a document built for someone else before the visit was made void.
"""

from __future__ import annotations

import io
from pathlib import Path

from voordeur.domain.disclosure import ExportRefused
from voordeur.domain.printable import printable_copy
from voordeur.export.summary_document import (
    FILE_SUFFIXES,
    Audience,
    DocumentKind,
    ExportFormat,
    SummaryDocument,
)
from voordeur.model import Visit
from voordeur.model.catalogues import AccessAction, AccessOutcome, VisitStatus
from voordeur.services.summary_content import VisitIsVoid
from voordeur.store.files import write_atomic
from voordeur.store.store import Store

SUFFIX_FORMATS = {".pdf": ExportFormat.PDF, ".docx": ExportFormat.DOCX,
                  ".md": ExportFormat.MARKDOWN, ".txt": ExportFormat.MARKDOWN}


class SummaryExportError(ValueError):
    """The document cannot be written as asked (an unknown file type)."""


def guard_void_visit(store: Store, doc: SummaryDocument) -> None:
    """A void visit's summary is for the case file only (`summary_content` builds it marked
    "Vervallen"); a document built for anyone else before the visit was made void is refused
    here, where it would be written."""
    if (doc.kind != DocumentKind.VISIT_SUMMARY or doc.visit_id is None
            or doc.audience == Audience.FILE):
        return
    with store.session() as session:
        visit = session.get(Visit, doc.visit_id)
        if visit is not None and visit.status == VisitStatus.VOID:
            raise VisitIsVoid(visit.void_reason)


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


def log_refused_export(store: Store, kind: DocumentKind, refusal: ExportRefused, *,
                       fmt: ExportFormat, household_id: str | None = None,
                       visit_id: str | None = None, organisation_id: str | None = None) -> None:
    """A partner document refused for want of consent is an access attempt: logged with its
    reason, ids only (the command line and the app alike)."""
    what = "visit summary" if kind == DocumentKind.VISIT_SUMMARY else "family plan"
    whom = f"partner:{organisation_id}" if organisation_id else Audience.PARTNER.value
    subjects = [subject for subject in (visit_id or household_id,) if subject]
    store.log(AccessAction.EXPORT, subjects, outcome=AccessOutcome.REFUSED,
              detail=f"{what}, for {whom}, {fmt.value}: {refusal.reason.value}")


def export_document(store: Store, doc: SummaryDocument, fmt: ExportFormat, out: Path, *,
                    figures: dict[int, bytes] | None = None) -> None:
    """Render `doc` and write it to `out` atomically; log the export (or its failure). A void
    visit's summary is refused for the family or a partner (`VisitIsVoid`, logged as refused)."""
    subjects = [doc.household_id] + ([doc.visit_id] if doc.visit_id else [])
    detail = export_detail(doc, fmt)
    try:
        guard_void_visit(store, doc)
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
