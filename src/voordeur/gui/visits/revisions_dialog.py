"""The kept versions of a final visit's text fields: when, by whom, why, and what changed."""

from __future__ import annotations

import difflib
import html
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from voordeur.gui.common.context import AppContext
from voordeur.gui.common.errors import describe_error
from voordeur.gui.common.i18n import format_datetime
from voordeur.model.catalogues import NoteField
from voordeur.services.visit_queries import RevisionItem, load_revisions

_CTX = "RevisionsDialog"
# Marked for the translation source; translated when shown.
FIELD_LABELS = {
    NoteField.NOTES: QT_TRANSLATE_NOOP("RevisionsDialog", "Notities"),
    NoteField.REQUEST: QT_TRANSLATE_NOOP("RevisionsDialog", "Hulpvraag"),
    NoteField.STRENGTHS: QT_TRANSLATE_NOOP("RevisionsDialog", "Krachten"),
    NoteField.CONCERNS: QT_TRANSLATE_NOOP("RevisionsDialog", "Zorgen"),
}
REASON_LABELS = {
    "final": QT_TRANSLATE_NOOP("RevisionsDialog", "Definitief gemaakt"),
    "edit_after_final": QT_TRANSLATE_NOOP("RevisionsDialog", "Gewijzigd na definitief"),
    "merge": QT_TRANSLATE_NOOP("RevisionsDialog", "Samengevoegd bij synchroniseren"),
    "edit": QT_TRANSLATE_NOOP("RevisionsDialog", "Gewijzigd"),
}


def field_label(field: NoteField) -> str:
    return QCoreApplication.translate(_CTX, FIELD_LABELS[field])


def reason_label(reason: str) -> str:
    dutch = REASON_LABELS.get(reason)
    return QCoreApplication.translate(_CTX, dutch) if dutch else reason


_TOKENS = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)


def diff_html(old: str, new: str) -> str:
    """The new text with removed words struck through and added words underlined.

    Colour is added to the marking, never the only sign of it (readable without colour vision).
    """
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    parts: list[str] = []
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            parts.append(html.escape("".join(a[i1:i2])))
            continue
        if op in ("delete", "replace"):
            parts.append('<s style="color:#a01818; background:#fbe3e3">'
                         + html.escape("".join(a[i1:i2])) + "</s>")
        if op in ("insert", "replace"):
            parts.append('<u style="color:#0f5a1f; background:#dff3e2">'
                         + html.escape("".join(b[j1:j2])) + "</u>")
    body = "".join(parts).replace("\n", "<br>")
    return f'<div style="white-space: pre-wrap">{body}</div>'


def plain_html(text: str) -> str:
    body = html.escape(text).replace("\n", "<br>")
    return f'<div style="white-space: pre-wrap">{body}</div>'


class RevisionsDialog(QDialog):
    """Per text field, the list of kept versions and the text or its differences."""

    def __init__(self, ctx: AppContext, visit_id: str, parent: QWidget | None = None,
                 *, title: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("revisionsDialog")
        self._ctx = ctx
        self._visit_id = visit_id
        self._revisions: list[RevisionItem] = []
        self.setWindowTitle(self.tr("Revisies van het bezoek") + (f" — {title}" if title else ""))

        self.field_combo = QComboBox(self)
        self.field_combo.setObjectName("revisionField")
        field_label_widget = QLabel(self.tr("&Veld:"), self)
        field_label_widget.setBuddy(self.field_combo)
        self.diff_check = QCheckBox(self.tr("&Verschillen met de vorige versie tonen"), self)
        self.diff_check.setObjectName("revisionDiff")
        self.diff_check.setChecked(True)

        self.list = QListWidget(self)
        self.list.setObjectName("revisionList")
        self.list.setAccessibleName(self.tr("Versies"))
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 26)
        self.text = QTextBrowser(self)
        self.text.setObjectName("revisionText")
        self.text.setAccessibleName(self.tr("Tekst van de gekozen versie"))
        self.info = QLabel(self)
        self.info.setObjectName("revisionInfo")
        self.info.setWordWrap(True)
        self.status = QLabel(self.tr("Revisies worden geladen…"), self)
        self.status.setObjectName("revisionStatus")
        self.status.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(field_label_widget)
        top.addWidget(self.field_combo, 1)
        top.addWidget(self.diff_check)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.info)
        right_layout.addWidget(self.text, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self._fit_to_screen(parent)

        self.field_combo.currentIndexChanged.connect(self._fill_list)
        self.list.currentRowChanged.connect(self._show_current)
        self.diff_check.toggled.connect(self._show_current)
        ctx.read(lambda store: load_revisions(store, visit_id), self._on_loaded, self._on_error,
                 key=f"revisions-{id(self)}")

    def _fit_to_screen(self, parent: QWidget | None) -> None:
        screen = (parent.screen() if parent is not None else None) or self.screen()
        width, height = 900, 560
        if screen is not None:
            area = screen.availableGeometry()
            width = min(width, int(area.width() * 0.9))
            height = min(height, int(area.height() * 0.85))
        self.resize(max(width, self.minimumSizeHint().width()), height)

    # -- loading --------------------------------------------------------------------------
    def _on_loaded(self, revisions: list[RevisionItem]) -> None:
        self._revisions = revisions
        self.field_combo.blockSignals(True)
        self.field_combo.clear()
        for field in NoteField:
            count = sum(1 for r in revisions if r.field == field)
            if count:
                text = (self.tr("{field} (1 versie)") if count == 1
                        else self.tr("{field} ({count} versies)"))
                self.field_combo.addItem(text.format(field=field_label(field), count=count),
                                         field.value)
        self.field_combo.blockSignals(False)
        if not revisions:
            self.status.setText(self.tr("Er zijn nog geen revisies: het bezoek is nog niet "
                                        "definitief gemaakt."))
        else:
            self.status.setText(self.tr("Nieuwste versie bovenaan. Wat is weggehaald is "
                                        "doorgestreept, wat is toegevoegd is onderstreept."))
        # Start on the first field that changed after it was made final, else on the notes.
        edited = [r.field for r in revisions if r.reason != "final"]
        start = edited[-1].value if edited else NoteField.NOTES.value
        index = max(0, self.field_combo.findData(start))
        self.field_combo.setCurrentIndex(index)
        self._fill_list()

    def _on_error(self, exc: BaseException) -> None:
        self.status.setText(describe_error(exc))
        self.status.setStyleSheet("color: #a01818;")

    # -- showing --------------------------------------------------------------------------
    def field_revisions(self) -> list[RevisionItem]:
        """The versions of the chosen field, oldest first."""
        value = self.field_combo.currentData()
        if value is None:
            return []
        return [r for r in self._revisions if r.field.value == value]

    def _fill_list(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for revision in reversed(self.field_revisions()):  # newest first
            who = revision.worker_name or self.tr("onbekend")
            item = QListWidgetItem(
                f"{format_datetime(revision.saved_at)}\n{reason_label(revision.reason)}\n{who}")
            item.setData(Qt.ItemDataRole.UserRole, revision.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._show_current()

    def _show_current(self) -> None:
        versions = self.field_revisions()
        row = self.list.currentRow()
        if row < 0 or not versions:
            self.text.clear()
            self.info.clear()
            return
        index = len(versions) - 1 - row
        revision = versions[index]
        previous = versions[index - 1] if index > 0 else None
        who = revision.worker_name or self.tr("onbekend")
        info = self.tr("{reason} op {when} door {who}.").format(
            reason=reason_label(revision.reason), when=format_datetime(revision.saved_at),
            who=who)
        if previous is None:
            info += " " + self.tr("Dit is de eerste bewaarde versie.")
        elif self.diff_check.isChecked():
            info += " " + self.tr("Vergeleken met de versie van {when}.").format(
                when=format_datetime(previous.saved_at))
        self.info.setText(info)
        if previous is not None and self.diff_check.isChecked():
            self.text.setHtml(diff_html(previous.text, revision.text))
        elif revision.text:
            self.text.setHtml(plain_html(revision.text))
        else:
            self.text.setHtml("<i>" + html.escape(self.tr("(leeg)")) + "</i>")
