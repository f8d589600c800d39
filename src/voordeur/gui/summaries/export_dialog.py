"""Making a visit summary or the family plan: for whom, in which format, with a live preview.

The document is built by `services.summary_content` for the chosen reader (the family, a partner
within the consent, the case file) off the GUI thread, with its figures; the preview shows
exactly the document that "Opslaan als…" then writes through `services.summary_export`, which
also logs the export. A partner without valid consent gets no document: the dialog says what is
missing instead, and saving stays off.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from voordeur.domain.disclosure import ExportRefused
from voordeur.export.summary_document import (
    FILE_SUFFIXES,
    Audience,
    DocumentKind,
    ExportFormat,
    SummaryDocument,
)
from voordeur.gui.common.context import AppContext
from voordeur.gui.common.errors import describe_error
from voordeur.gui.common.save_dialog import ask_save_path
from voordeur.gui.common.style import ERROR_COLOUR, MUTED_STYLE, SUCCESS_COLOUR
from voordeur.gui.summaries.preview import (
    Built,
    Choice,
    SummaryPreview,
    audience_hint,
    build_document,
    default_file_name,
    export,
    load_partner_choices,
    omission_text,
    refusal_text,
)
from voordeur.services.household_queries import HouseholdNotFound
from voordeur.services.summary_content import VisitIsVoid
from voordeur.services.summary_export import log_refused_export
from voordeur.services.visit_queries import VisitNotFound

NARROW_WIDTH = 820  # below this the list of what was left out goes under the preview


class SummaryExportDialog(QDialog):
    """For whom and which format; the preview and what was left out follow the choice."""

    def __init__(self, ctx: AppContext, household_id: str, *, visit_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryExportDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.household_id = household_id
        self.visit_id = visit_id
        self.kind = DocumentKind.VISIT_SUMMARY if visit_id else DocumentKind.FAMILY_PLAN
        self.document: SummaryDocument | None = None
        self._figures: dict[int, bytes] | None = None
        self.refusal: ExportRefused | None = None
        self._refusals_logged: set[tuple[str | None, object]] = set()
        self.saved_to: Path | None = None
        self.exporting = False
        self._day: date | None = None
        self._build = 0
        self._closed = False
        visit = self.kind == DocumentKind.VISIT_SUMMARY
        self.setWindowTitle(self.tr("Verslag van het bezoek") if visit
                            else self.tr("Gezinsplan exporteren"))

        intro = QLabel(self.tr("Kies voor wie het verslag is en in welk formaat. Het voorbeeld "
                               "laat zien wat erin komt.") if visit else
                       self.tr("Kies voor wie het gezinsplan is en in welk formaat. Het voorbeeld "
                               "laat zien wat erin komt."), self)
        intro.setWordWrap(True)

        self.audience_combo = QComboBox(self)
        self.audience_combo.setObjectName("audienceCombo")
        self.audience_hint = self._hint("audienceHint")
        self.format_combo = QComboBox(self)
        self.format_combo.setObjectName("formatCombo")
        for fmt, label in ((ExportFormat.PDF, self.tr("PDF")),
                           (ExportFormat.DOCX, self.tr("Word (bewerkbaar)")),
                           (ExportFormat.MARKDOWN, self.tr("Tekst (Markdown) om te plakken in "
                                                           "het registratiesysteem"))):
            self.format_combo.addItem(label, fmt.value)
        self.format_hint = self._hint("formatHint")
        self._fill_audiences([])

        form = QGridLayout()
        form.setColumnStretch(1, 1)
        for row, (text, field, hint) in enumerate((
                (self.tr("&Voor:"), self.audience_combo, self.audience_hint),
                (self.tr("&Formaat:"), self.format_combo, self.format_hint))):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addWidget(label, row * 2, 0)
            form.addWidget(field, row * 2, 1)
            form.addWidget(hint, row * 2 + 1, 1)

        self.preview = SummaryPreview(self)
        preview_box = self._titled(self.tr("Voor&beeld"), self.preview.browser, self.preview)
        self.left_out_list = QListWidget(self)
        self.left_out_list.setObjectName("leftOutList")
        self.left_out_list.setWordWrap(True)
        self.left_out_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.left_out_list.setMinimumWidth(self.fontMetrics().averageCharWidth() * 28)
        self.left_out_list.setSpacing(3)
        left_out_box = self._titled(self.tr("&Wat er niet in staat, en waarom"),
                                    self.left_out_list, self.left_out_list)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("summarySplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(preview_box)
        self.splitter.addWidget(left_out_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)

        note = self._hint("fileNote")
        note.setText(self.tr("Het bestand is niet versleuteld: bewaar het alleen waar dat mag. "
                             "Elke export komt in het logboek."))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("exportError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error_label.hide()
        self.result_label = QLabel(self)
        self.result_label.setObjectName("exportResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setStyleSheet(f"color: {SUCCESS_COLOUR};")
        self.result_label.hide()
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("&Opslaan als…"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("saveAsButton")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.choose_file)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(note)
        layout.addWidget(self.error_label)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        self._fit_to_screen(parent)

        self.audience_combo.currentIndexChanged.connect(lambda _i: self.rebuild())
        self.format_combo.currentIndexChanged.connect(lambda _i: self._show_format_hint())
        ctx.bus.household_changed.connect(self._household_changed)
        self._show_format_hint()
        self._load_partners()
        self.rebuild()
        self.audience_combo.setFocus()

    # -- building the form ----------------------------------------------------------------------
    def _hint(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setStyleSheet(MUTED_STYLE)
        return label

    def _titled(self, text: str, buddy: QWidget, widget: QWidget) -> QWidget:
        box = QWidget(self)
        label = QLabel(text, box)
        label.setBuddy(buddy)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(widget, 1)
        return box

    def _fit_to_screen(self, parent: QWidget | None) -> None:
        screen = (parent.screen() if parent is not None else None) or self.screen()
        width, height = 1040, 720
        if screen is not None:
            area = screen.availableGeometry()
            width = min(width, int(area.width() * 0.94))
            height = min(height, int(area.height() * 0.92))
        self.resize(width, height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = self.width() < NARROW_WIDTH
        self.splitter.setOrientation(Qt.Orientation.Vertical if narrow
                                     else Qt.Orientation.Horizontal)

    # -- the audience ---------------------------------------------------------------------------
    @property
    def choice(self) -> Choice:
        data = self.audience_combo.currentData()
        return data if isinstance(data, Choice) else Choice(Audience.FAMILY)

    @property
    def fmt(self) -> ExportFormat:
        return ExportFormat(self.format_combo.currentData() or ExportFormat.PDF.value)

    def _fill_audiences(self, partners: list[Any]) -> None:
        """Family, each partner (marked when there is no valid consent), case file; the choice
        is kept when it is still there."""
        current = self.choice if self.audience_combo.count() else None
        combo = self.audience_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Het gezin"), Choice(Audience.FAMILY))
        for partner in partners:
            text = (self.tr("Partner: {name}") if partner.valid else
                    self.tr("Partner: {name} (geen geldige toestemming)"))
            combo.addItem(text.format(name=partner.name),
                          Choice(Audience.PARTNER, partner.organisation_id, partner.name))
        combo.addItem(self.tr("Het dossier (volledig)"), Choice(Audience.FILE))
        index = next((i for i in range(combo.count()) if current is not None
                      and combo.itemData(i).audience == current.audience
                      and combo.itemData(i).organisation_id == current.organisation_id), 0)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)
        self.audience_hint.setText(audience_hint(self.choice.audience))
        if current is not None and self.choice != current:
            self.rebuild()

    def select_audience(self, audience: Audience, organisation_id: str | None = None) -> bool:
        """Choose a reader (as the worker would in the list); False when it is not offered."""
        for index in range(self.audience_combo.count()):
            choice = self.audience_combo.itemData(index)
            if choice.audience == audience and (organisation_id is None
                                                or choice.organisation_id == organisation_id):
                self.audience_combo.setCurrentIndex(index)
                return True
        return False

    def partner_ids(self) -> list[str]:
        return [c.organisation_id for c in (self.audience_combo.itemData(i)
                                            for i in range(self.audience_combo.count()))
                if c.audience == Audience.PARTNER and c.organisation_id]

    def _show_format_hint(self) -> None:
        self.format_hint.setText({
            ExportFormat.PDF: self.tr("Om te printen of te mailen."),
            ExportFormat.DOCX: self.tr("Een Word-bestand dat je nog kunt aanpassen."),
            ExportFormat.MARKDOWN: self.tr("Gewone tekst om te plakken: het ecogram staat er "
                                           "niet als afbeelding in, de scores als tabel."),
        }[self.fmt])

    # -- background work ------------------------------------------------------------------------
    def _guard(self, fn: Callable[[Any], None]) -> Callable[[Any], None]:
        def guarded(value: Any) -> None:
            if not self._closed and shiboken6.isValid(self):
                fn(value)
        return guarded

    def _load_partners(self) -> None:
        household_id = self.household_id
        self.ctx.read(lambda store: load_partner_choices(store, household_id),
                      self._guard(self._fill_audiences), lambda _exc: None,
                      key=f"summary-partners-{id(self)}")

    def rebuild(self) -> None:
        """Make the document for the chosen reader again; an older build's result is dropped."""
        if self._closed or self.ctx.runner.closed:
            return
        self._build += 1
        build, choice = self._build, self.choice
        household_id, visit_id = self.household_id, self.visit_id
        self.audience_hint.setText(audience_hint(choice.audience))
        self.document = None
        self.refusal = None
        self.left_out_list.clear()
        self.error_label.hide()
        self.result_label.hide()
        self._update_save()
        self.preview.show_busy(self.tr("Het voorbeeld wordt gemaakt…"))
        width = self._figure_width()
        self.ctx.read(lambda store: build_document(store, household_id, visit_id, choice, build,
                                                   width),
                      self._guard(self._built), self._guard(self._build_failed),
                      key=f"summary-preview-{id(self)}")

    def _figure_width(self) -> int:
        """The figures fit the preview (they are drawn sharper and only scaled down); before
        the dialog is shown, the preview's share of the dialog stands in for its width."""
        if self.preview.isVisible():
            room = self.preview.browser.viewport().width()
        else:
            room = self.width() if self.width() < NARROW_WIDTH else self.width() * 2 // 3
        return max(320, min(720, room - 48))

    def _built(self, built: Built) -> None:
        if built.build != self._build:
            return
        self.document = built.document
        self._figures = built.figures  # drawn for the preview: the export uses them as they are
        self._day = built.day
        self.preview.show_document(built.html, built.figures, built.urls)
        left_out = [omission_text(o) for o in built.document.left_out]
        for text in left_out or [self.tr("Niets: alles staat erin.")]:
            self.left_out_list.addItem(QListWidgetItem(f"• {text}"))
        self._update_save()

    def _build_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ExportRefused):
            self.refusal = exc
            self._log_refusal(exc)
            self.preview.show_refusal(refusal_text(exc))
            self.left_out_list.addItem(
                "• " + self.tr("Voor deze partner kan nu niets worden gemaakt."))
        elif isinstance(exc, VisitIsVoid):
            self.preview.show_refusal(self.tr(
                "Dit bezoek is vervallen ({reason}). Daar wordt geen verslag voor het gezin of "
                "een partner van gemaakt. Kies ‘Het dossier (volledig)’ voor een kopie in het "
                "dossier.").format(reason=exc.reason))
        elif isinstance(exc, VisitNotFound):
            self.preview.show_error(self.tr("Dit bezoek bestaat niet (meer) op deze laptop."))
        elif isinstance(exc, HouseholdNotFound):
            self.preview.show_error(self.tr("Dit huishouden bestaat niet (meer) op deze laptop."))
        else:
            self.preview.show_error(self.tr("Het voorbeeld kon niet worden gemaakt. {reason}")
                                    .format(reason=describe_error(exc)))
        self._update_save()

    def _household_changed(self, household_id: str) -> None:
        # Consent or content changed elsewhere: the preview follows (never during a save).
        if household_id == self.household_id and not self.exporting and not self._closed:
            self._load_partners()
            self.rebuild()

    def _log_refusal(self, refusal: ExportRefused) -> None:
        """In the access log, as from the command line: once per partner and reason while the
        dialog is open (a preview made again for the same choice is the same attempt)."""
        organisation_id = self.choice.organisation_id
        if (organisation_id, refusal.reason) in self._refusals_logged:
            return
        self._refusals_logged.add((organisation_id, refusal.reason))
        kind, fmt, household_id, visit_id = self.kind, self.fmt, self.household_id, self.visit_id
        self.ctx.read(lambda store: log_refused_export(
            store, kind, refusal, fmt=fmt, household_id=household_id, visit_id=visit_id,
            organisation_id=organisation_id), lambda _none: None, self._show_log_failure)

    def _show_log_failure(self, exc: BaseException) -> None:
        self.ctx.bus.error_message.emit(describe_error(exc))

    def _update_save(self) -> None:
        self.save_button.setEnabled(self.document is not None and not self.exporting)

    # -- saving ---------------------------------------------------------------------------------
    def default_name(self) -> str:
        document = self.document
        if document is None:
            return ""
        return default_file_name(document, self._day or document.made_on, self.fmt,
                                 self.choice.organisation_name)

    def choose_file(self) -> None:
        """Ask where (in the last export's folder or the documents folder, with a name that says
        what the document is), then write in the background."""
        if self.document is None or self.exporting:
            return
        fmt = self.fmt
        filters = {ExportFormat.PDF: self.tr("PDF (*.pdf)"),
                   ExportFormat.DOCX: self.tr("Word-document (*.docx)"),
                   ExportFormat.MARKDOWN: self.tr("Tekst (*.md *.txt)")}
        target = ask_save_path(
            self, self.ctx.settings, self.tr("Verslag opslaan")
            if self.kind == DocumentKind.VISIT_SUMMARY else self.tr("Gezinsplan opslaan"),
            self.default_name(), filters[fmt])
        if target is None:
            return
        allowed = {".md", ".txt"} if fmt == ExportFormat.MARKDOWN else {FILE_SUFFIXES[fmt]}
        if target.suffix.lower() not in allowed:
            target = target.with_name(target.name + FILE_SUFFIXES[fmt])
            if target.exists() and not self._confirm_replace(target):
                return
        self.export_to(target, fmt)

    def _confirm_replace(self, target: Path) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Bestand vervangen?"),
            self.tr("{file} bestaat al. Wil je het vervangen?").format(file=target.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def export_to(self, path: Path, fmt: ExportFormat | None = None) -> None:
        """Write the previewed document to `path` in the background (logged by the service);
        the dialog stays open and says where it went, or what went wrong."""
        document = self.document
        if document is None or self.exporting:
            return
        fmt = fmt or self.fmt
        figures = self._figures
        self.exporting = True
        self._update_save()
        self.error_label.hide()
        self.result_label.hide()
        self.setCursor(Qt.CursorShape.BusyCursor)
        self.ctx.read(lambda store: export(store, document, fmt, path, figures),
                      lambda _none: self._exported(path), self._export_failed)

    def _exported(self, path: Path) -> None:
        self.ctx.bus.status_message.emit(self.tr("Opgeslagen: {file}").format(file=path.name))
        if self._closed or not shiboken6.isValid(self):
            return
        self.exporting = False
        self.saved_to = path
        self.unsetCursor()
        self.result_label.setText(self.tr("Opgeslagen als {file} in de map {folder}.").format(
            file=path.name, folder=str(path.parent)))
        self.result_label.show()
        self._update_save()

    def _export_failed(self, exc: BaseException) -> None:
        if self._closed or not shiboken6.isValid(self):
            self.ctx.bus.error_message.emit(describe_error(exc))
            return
        self.exporting = False
        self.unsetCursor()
        text = (self.tr("Het verslag is niet opgeslagen. {reason}")
                if self.kind == DocumentKind.VISIT_SUMMARY
                else self.tr("Het gezinsplan is niet opgeslagen. {reason}"))
        self.error_label.setText(text.format(reason=describe_error(exc)))
        self.error_label.show()
        self._update_save()

    # -- closing --------------------------------------------------------------------------------
    def done(self, result: int) -> None:
        if not self._closed:
            self._closed = True
            with contextlib.suppress(RuntimeError, TypeError):
                self.ctx.bus.household_changed.disconnect(self._household_changed)
        super().done(result)
