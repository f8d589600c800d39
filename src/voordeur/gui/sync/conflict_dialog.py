"""The conflict view: two versions of one note side by side, and the worker decides.

A conflict arises when two people (or one person on two laptops) rewrote the same part of a
note before either had synced. Nothing was overwritten: the server kept both. This dialog lists
the open conflicts; for the chosen one it shows both texts with the differing words marked, and
offers "Mijn versie houden", "Versie van <naam> houden" or an editable merge, pre-filled with
every part that merged cleanly plus both versions of the overlapping part, so nothing is lost
even when the worker saves it unchanged. Resolving writes through the services in the
background, like every other write.
"""

from __future__ import annotations

import difflib
import html
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import merge3
import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from voordeur.gui.common.context import AppContext
from voordeur.gui.common.errors import describe_error
from voordeur.gui.common.i18n import format_date
from voordeur.gui.common.style import ERROR_COLOUR, MUTED_STYLE
from voordeur.gui.visits.revisions_dialog import field_label
from voordeur.model.catalogues import NoteField

if TYPE_CHECKING:
    from voordeur.services.conflicts import ConflictView
    from voordeur.store.store import Store

_TOKENS = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)
# Marked words: underlined and on a light background (never colour alone).
_MARK = '<span style="background:#ffe9a8; text-decoration: underline;">{}</span>'


# -- pure helpers ------------------------------------------------------------------------------
def highlight_pair(mine: str, theirs: str) -> tuple[str, str]:
    """Both texts as HTML, each with the words the other version does not have marked."""
    left: list[str] = []
    right: list[str] = []
    for same, ours, other in _chunks(mine, theirs):
        if same:
            left.append(html.escape(ours))
            right.append(html.escape(other))
            continue
        if ours:
            left.append(_mark(ours))
        if other:
            right.append(_mark(other))
    return _wrap("".join(left)), _wrap("".join(right))


def _chunks(mine: str, theirs: str) -> list[tuple[bool, str, str]]:
    """(equal, mine part, theirs part) runs of a word diff. A lone space between two changes
    joins them, so a rewritten phrase is marked as one piece, not word by word."""
    a, b = _TOKENS.findall(mine), _TOKENS.findall(theirs)
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    runs: list[tuple[bool, str, str]] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        runs.append((op == "equal", "".join(a[i1:i2]), "".join(b[j1:j2])))
    merged: list[tuple[bool, str, str]] = []
    for index, run in enumerate(runs):
        between_changes = (run[0] and 0 < index < len(runs) - 1 and not run[1].strip()
                           and "\n" not in run[1])
        if between_changes:
            run = (False, run[1], run[2])
        if merged and not run[0] and not merged[-1][0]:
            _, ours, other = merged.pop()
            run = (False, ours + run[1], other + run[2])
        merged.append(run)
    return merged


def _mark(text: str) -> str:
    # Mark the words, not a trailing line break (a marked empty line is invisible anyway).
    return "\n".join(_MARK.format(html.escape(part)) if part.strip() else html.escape(part)
                     for part in text.split("\n"))


def _wrap(body: str) -> str:
    return '<div style="white-space: pre-wrap">' + body.replace("\n", "<br>") + "</div>"


def combine_for_editing(base: str, mine: str, theirs: str) -> str:
    """A starting point for the merge box: what merged cleanly, and where the two overlap, my
    lines followed by theirs — nothing is dropped, the worker removes what is double."""
    lines = [text.splitlines(keepends=True) for text in (base, mine, theirs)]
    merger = merge3.Merge3(*lines)
    out: list[str] = []
    for region in merger.merge_regions():
        kind = region[0]
        if kind == "unchanged":
            chunk = merger.base[region[1]:region[2]]
        elif kind in ("a", "same"):
            chunk = merger.a[region[1]:region[2]]
        elif kind == "b":
            chunk = merger.b[region[1]:region[2]]
        else:  # conflict: (kind, z1, z2, a1, a2, b1, b2)
            chunk = list(merger.a[region[3]:region[4]])
            theirs_part = merger.b[region[5]:region[6]]
            if theirs_part != chunk:
                if chunk and not chunk[-1].endswith("\n"):
                    chunk[-1] += "\n"
                chunk += theirs_part
        if out and chunk and not out[-1].endswith("\n"):
            out[-1] += "\n"
        out.extend(chunk)
    return "".join(out)


# -- the dialog --------------------------------------------------------------------------------
class ConflictDialog(QDialog):
    """The open conflicts; for the chosen one both versions and the three ways to resolve it."""

    # A conflict was resolved: the household whose visit changed.
    resolved = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        list_conflicts: Callable[[Store], list[ConflictView]] | None = None,
        resolve_conflict: Callable[[Store, str, str], None] | None = None,
        before_write: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Conflicten in notities"))
        self._ctx = ctx
        self._list_conflicts = list_conflicts or _default_list
        self._resolve_conflict = resolve_conflict or _default_resolve
        self._before_write = before_write
        self.conflicts: list[ConflictView] = []
        self._left = self._right = ("", "")  # (heading, text) of the shown versions
        self._busy = False
        self._closed = False
        self._build()
        self._fit_to_screen(parent)
        self.reload()

    # -- building -------------------------------------------------------------------------
    def _build(self) -> None:
        self.intro = QLabel(self.tr(
            "Jij en een collega (of je andere laptop) hebben hetzelfde stuk tekst veranderd "
            "voordat jullie hadden gesynchroniseerd. Er is niets overschreven: kies welke versie "
            "blijft, of maak er samen één tekst van."), self)
        self.intro.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("conflictMessage")
        self.message.setWordWrap(True)

        self.list = QListWidget(self)
        self.list.setObjectName("conflictList")
        self.list.setAccessibleName(self.tr("Open conflicten"))
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.list.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 30)
        self.list.currentRowChanged.connect(self._show_current)

        self.heading = QLabel(self)
        self.heading.setObjectName("conflictHeading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)

        self.mine_label = QLabel(self)
        self.mine_label.setObjectName("mineLabel")
        self.theirs_label = QLabel(self)
        self.theirs_label.setObjectName("theirsLabel")
        self.mine_view = QTextBrowser(self)
        self.mine_view.setObjectName("mineText")
        self.theirs_view = QTextBrowser(self)
        self.theirs_view.setObjectName("theirsText")
        for label, view in ((self.mine_label, self.mine_view),
                            (self.theirs_label, self.theirs_view)):
            label.setBuddy(view)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        self.keep_mine_button = QPushButton(self)
        self.keep_mine_button.setObjectName("keepMine")
        self.keep_mine_button.clicked.connect(self.keep_mine)
        self.keep_theirs_button = QPushButton(self)
        self.keep_theirs_button.setObjectName("keepTheirs")
        self.keep_theirs_button.clicked.connect(self.keep_theirs)
        legend = QLabel(self.tr("Gemarkeerd (onderstreept): wat in de ene versie anders is dan "
                                "in de andere."), self)
        legend.setWordWrap(True)
        legend.setStyleSheet(MUTED_STYLE)

        versions = QGridLayout()
        versions.addWidget(self.mine_label, 0, 0)
        versions.addWidget(self.theirs_label, 0, 1)
        versions.addWidget(self.mine_view, 1, 0)
        versions.addWidget(self.theirs_view, 1, 1)
        versions.addWidget(self.keep_mine_button, 2, 0, Qt.AlignmentFlag.AlignLeft)
        versions.addWidget(self.keep_theirs_button, 2, 1, Qt.AlignmentFlag.AlignLeft)
        versions.setColumnStretch(0, 1)
        versions.setColumnStretch(1, 1)
        versions.setRowStretch(1, 1)

        self.merge_edit = QPlainTextEdit(self)
        self.merge_edit.setObjectName("mergeEdit")
        self.merge_edit.setTabChangesFocus(True)
        merge_label = QLabel(self.tr("&Samen één tekst (pas aan wat dubbel staat):"), self)
        merge_label.setBuddy(self.merge_edit)
        font = merge_label.font()
        font.setBold(True)
        merge_label.setFont(font)
        self.save_merge_button = QPushButton(self.tr("Samengevoegde tekst &opslaan"), self)
        self.save_merge_button.setObjectName("saveMerge")
        self.save_merge_button.clicked.connect(self.save_merge)
        merge_row = QHBoxLayout()
        merge_row.addStretch(1)
        merge_row.addWidget(self.save_merge_button)

        self.detail = QWidget(self)
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.heading)
        detail_layout.addLayout(versions, 3)
        detail_layout.addWidget(legend)
        detail_layout.addWidget(merge_label)
        detail_layout.addWidget(self.merge_edit, 2)
        detail_layout.addLayout(merge_row)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setChildrenCollapsible(False)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self._show_current()

    def _fit_to_screen(self, parent: QWidget | None) -> None:
        screen = (parent.screen() if parent is not None else None) or self.screen()
        width, height = 1100, 680
        if screen is not None:
            area = screen.availableGeometry()
            width = min(width, int(area.width() * 0.92))
            height = min(height, int(area.height() * 0.9))
        self.resize(width, height)

    # -- loading --------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the open conflicts again (after a sync or a resolve); the selection is kept."""
        if self._closed or self._ctx.runner.closed:
            return
        self._show_message(self.tr("De conflicten worden geladen…") if not self.conflicts
                           else "")
        self._ctx.read(self._list_conflicts, self._guard(self._on_loaded),
                       self._guard(self._on_error), key=f"conflicts-{id(self)}")

    def _guard(self, fn: Callable[[Any], None]) -> Callable[[Any], None]:
        def guarded(value: Any) -> None:
            if not self._closed and shiboken6.isValid(self):
                fn(value)
        return guarded

    def _on_loaded(self, conflicts: list[ConflictView]) -> None:
        current = self.current_conflict()
        keep = current.id if current is not None else None
        self.conflicts = list(conflicts)
        self.list.blockSignals(True)
        self.list.clear()
        row = 0
        for index, conflict in enumerate(self.conflicts):
            item = QListWidgetItem(self._item_text(conflict))
            item.setData(Qt.ItemDataRole.UserRole, conflict.id)
            self.list.addItem(item)
            if conflict.id == keep:
                row = index
        self.list.blockSignals(False)
        if self.conflicts:
            self.list.setCurrentRow(row)
            self._show_message("")
        else:
            self._show_message(self.tr("Er zijn geen open conflicten meer. Alles is opgelost."))
        self._show_current()

    def _on_error(self, exc: BaseException) -> None:
        self._show_message(describe_error(exc), error=True)

    def _item_text(self, conflict: ConflictView) -> str:
        visit = self.tr("Bezoek van {date}").format(
            date=format_date(conflict.visit_starts_at.astimezone().date()))
        return f"{conflict.household_name}\n{visit}\n{self._field_name(conflict.field)}"

    @staticmethod
    def _field_name(field: str) -> str:
        try:
            return field_label(NoteField(field))
        except ValueError:
            return field

    # -- showing --------------------------------------------------------------------------
    def current_conflict(self) -> ConflictView | None:
        row = self.list.currentRow()
        if 0 <= row < len(self.conflicts):
            return self.conflicts[row]
        return None

    def sides(self, conflict: ConflictView) -> tuple[tuple[str, str], tuple[str, str]]:
        """(heading, text) of the left and the right version: this laptop's own on the left."""
        theirs_local = conflict.theirs_is_this_device
        mine = (self._version_of(conflict.mine_label, conflict.mine_is_this_device),
                conflict.mine_text)
        if conflict.mine_is_this_device and conflict.theirs_label == conflict.mine_label:
            theirs_heading = self.tr("Versie van je andere laptop")
        else:
            theirs_heading = self._version_of(conflict.theirs_label, theirs_local)
        theirs = (theirs_heading, conflict.theirs_text)
        if theirs_local and not conflict.mine_is_this_device:
            return theirs, mine
        return mine, theirs

    def _version_of(self, name: str, local: bool) -> str:
        if local:
            return self.tr("Jouw versie")
        if name:
            return self.tr("Versie van {name}").format(name=name)
        return self.tr("Andere versie")

    def _show_current(self, *_args: object) -> None:
        conflict = self.current_conflict()
        self.detail.setEnabled(conflict is not None and not self._busy)
        if conflict is None:
            self._left = self._right = ("", "")
            self.heading.setText("")
            self.mine_view.clear()
            self.theirs_view.clear()
            self.merge_edit.setPlainText("")
            self._set_headings(self.tr("Jouw versie"), self.tr("Andere versie"))
            return
        self.heading.setText(self.tr("{household} — bezoek van {date} — {field}").format(
            household=conflict.household_name,
            date=format_date(conflict.visit_starts_at.astimezone().date(), long=True),
            field=self._field_name(conflict.field)))
        self._left, self._right = self.sides(conflict)
        self._set_headings(self._left[0], self._right[0])
        left_html, right_html = highlight_pair(self._left[1], self._right[1])
        self.mine_view.setHtml(left_html)
        self.theirs_view.setHtml(right_html)
        # Both open where they start to differ (a long note may differ far down).
        chunks = _chunks(self._left[1], self._right[1])
        start = len(chunks[0][1]) if chunks and chunks[0][0] else 0
        for view in (self.mine_view, self.theirs_view):
            cursor = view.textCursor()
            cursor.setPosition(min(start, len(view.toPlainText())))
            view.setTextCursor(cursor)
            view.ensureCursorVisible()
        self.merge_edit.setPlainText(
            combine_for_editing(conflict.base_text, self._left[1], self._right[1]))

    def _set_headings(self, left: str, right: str) -> None:
        self.mine_label.setText(left)
        self.theirs_label.setText(right)
        self.mine_view.setAccessibleName(left)
        self.theirs_view.setAccessibleName(right)
        own = self.tr("Jouw versie")
        escaped = [text.replace("&", "&&") for text in (left, right)]
        self.keep_mine_button.setText(
            self.tr("&Mijn versie houden") if left == own
            else self.tr("{version} houden").format(version=escaped[0]))
        self.keep_theirs_button.setText(
            self.tr("&Mijn versie houden") if right == own
            else self.tr("{version} &houden").format(version=escaped[1]))
        self.keep_mine_button.setToolTip(self.tr("De tekst links bewaren: {version}").format(
            version=left))
        self.keep_theirs_button.setToolTip(self.tr("De tekst rechts bewaren: {version}").format(
            version=right))

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {ERROR_COLOUR};" if error else "")
        self.message.setVisible(bool(text))

    # -- resolving ------------------------------------------------------------------------
    def keep_mine(self) -> None:
        """Keep the left version (this laptop's own, when one of the two is)."""
        conflict = self.current_conflict()
        if conflict is not None:
            self._resolve(conflict, self._left[1])

    def keep_theirs(self) -> None:
        """Keep the right version (the colleague's or the other laptop's)."""
        conflict = self.current_conflict()
        if conflict is not None:
            self._resolve(conflict, self._right[1])

    def save_merge(self) -> None:
        conflict = self.current_conflict()
        if conflict is not None:
            self._resolve(conflict, self.merge_edit.toPlainText())

    def _resolve(self, conflict: ConflictView, text: str) -> None:
        if self._busy or self._ctx.runner.closed:
            return
        if self._before_write is not None:
            self._before_write()  # an open editor saves first: the resolution comes after
        self._busy = True
        self.detail.setEnabled(False)
        self._show_message(self.tr("Bezig met opslaan…"))
        store, resolve, conflict_id = self._ctx.store, self._resolve_conflict, conflict.id
        household_id = conflict.household_id

        bus = self._ctx.bus
        message = self.tr("Conflict opgelost.")

        def finished(_result: object) -> None:
            # The views and the status bar hear of it even when the dialog was closed.
            bus.household_changed.emit(household_id)
            bus.status_message.emit(message)
            if shiboken6.isValid(self):
                self._busy = False
                self.resolved.emit(household_id)
                self.reload()

        def failed(exc: BaseException) -> None:
            self._busy = False
            self._on_error(exc)
            self._show_current()

        self._ctx.runner.submit(lambda: resolve(store, conflict_id, text), finished,
                                self._guard(failed))

    # -- closing --------------------------------------------------------------------------
    def shutdown(self) -> None:
        self._closed = True

    def done(self, result: int) -> None:
        self._closed = True
        super().done(result)


def _default_list(store: Store) -> list[ConflictView]:
    from voordeur.services.conflicts import list_conflicts

    return list_conflicts(store)


def _default_resolve(store: Store, conflict_id: str, text: str) -> None:
    from voordeur.services.conflicts import resolve_conflict

    resolve_conflict(store, conflict_id, text)
