"""Search everything (Ctrl+K): notes, names, agreements and goals, with highlighted snippets.

The worker types; after a short pause the search runs in the background (`ctx.read` with the key
"search", so an answer that is already out of date is dropped). Up/Down move through the results
from the query field, Enter opens one, Escape closes. A visit opens the visit; anything else
opens its household. The search service writes the access-log entry; an empty query searches
nothing and logs nothing.
"""

from __future__ import annotations

import html
from datetime import datetime
from typing import ClassVar

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from voordeur.gui.common import i18n
from voordeur.gui.common.context import AppContext
from voordeur.gui.common.errors import describe_error
from voordeur.gui.common.rich_list import (
    ActivatingList,
    highlight_snippet,
    is_dark,
    muted_colour,
    visit_kind_label,
)
from voordeur.model.catalogues import PersonKind
from voordeur.services.overview import SearchResult, search_results
from voordeur.services.search import fts_query

SEARCH_LIMIT = 50
DEBOUNCE_MS = 200


class _QueryField(QLineEdit):
    """The query field: Up/Down/PageUp/PageDown move through the results, Enter opens.

    Handled here rather than by an event filter on the dialog: a filter owned by the parent can
    be called while the parent is being destroyed.
    """

    move_requested = Signal(int)  # rows to move
    enter_pressed = Signal()

    STEPS: ClassVar[dict[Qt.Key, int]] = {
        Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 8, Qt.Key.Key_PageUp: -8,
    }

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in self.STEPS:
            self.move_requested.emit(self.STEPS[key])
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Accepted here, so the dialog's default-button handling never sees it.
            self.enter_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


# -- the dialog -------------------------------------------------------------------------------
class SearchDialog(QDialog):
    """Ctrl+K: search as you type; Enter opens the chosen visit or household."""

    visit_requested = Signal(str)
    household_requested = Signal(str)
    # The query whose results are now shown (tests and the status bar may listen).
    results_shown = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("searchDialog")
        self.setWindowTitle(self.tr("Zoeken"))
        self.setModal(False)
        self._requested = ""  # the query of the newest search asked for ("" = none)
        self._shown = ""  # the query whose results are on screen
        self._results: list[SearchResult] = []
        self._open_when_ready = False
        self._closed = False

        self.caption = QLabel(self.tr("&Zoek in notities, namen, afspraken en doelen"))
        self.search_field = _QueryField()
        self.search_field.setObjectName("searchField")
        self.search_field.setPlaceholderText(self.tr("Bijvoorbeeld: voetbal, Jansen, huiswerk"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setAccessibleName(self.tr("Zoekvraag"))
        self.caption.setBuddy(self.search_field)
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.results = ActivatingList(stylesheet=self._stylesheet())
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Zoekresultaten"))
        self.results.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.hint = QLabel(self.tr("↑ ↓ kiezen · Enter openen · Esc sluiten"))
        self.hint.setObjectName("searchKeysHint")
        hint_palette = self.hint.palette()
        hint_palette.setColor(QPalette.ColorRole.WindowText, muted_colour(self.palette()))
        self.hint.setPalette(hint_palette)

        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.search_field)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)

        self._timer = QTimer(self)
        self._timer.setObjectName("searchDebounceTimer")
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._search_now)

        self.search_field.textChanged.connect(self._text_changed)
        self.search_field.move_requested.connect(self._move)
        self.search_field.enter_pressed.connect(self._enter)
        self.results.opened.connect(self._open_target)
        self.setTabOrder(self.search_field, self.results)

        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 62, self.fontMetrics().height() * 34)
        self._show_idle()

    # -- public --------------------------------------------------------------------------------
    @property
    def query(self) -> str:
        return self.search_field.text()

    def set_query(self, text: str) -> None:
        self.search_field.setText(text)

    def result_count(self) -> int:
        return self.results.count()

    def shutdown(self) -> None:
        """Stop the debounce timer; a late answer is then ignored."""
        self._timer.stop()
        self._open_when_ready = False
        self._closed = True

    # -- searching -----------------------------------------------------------------------------
    def _text_changed(self, text: str) -> None:
        self._open_when_ready = False
        if not fts_query(text):
            # Nothing to search for: no query, no log entry; drop any answer still on its way.
            self._timer.stop()
            self._requested = ""
            self._set_results("", [])
            return
        self._timer.start()

    def _search_now(self) -> None:
        self._timer.stop()
        text = self.search_field.text()
        if not fts_query(text):
            return
        if text == self._requested:
            return  # already asked; the answer is on its way or shown
        self._requested = text
        self.status.setText(self.tr("Zoeken…"))
        self.ctx.read(lambda store, q=text: (q, search_results(store, q, limit=SEARCH_LIMIT)),
                      self._on_results, self._on_error, key="search")

    def _on_results(self, answer: tuple[str, list[SearchResult]]) -> None:
        if self._closed or not shiboken6.isValid(self):
            return
        text, results = answer
        if text != self._requested:
            return  # the worker typed on (or cleared the field) in the meantime
        self._set_results(text, results)
        if self._open_when_ready:
            self._open_when_ready = False
            self.results.open_current()

    def _on_error(self, exc: BaseException) -> None:
        if self._closed or not shiboken6.isValid(self):
            return
        self._requested = ""
        self.status.setText(describe_error(exc))

    def _set_results(self, text: str, results: list[SearchResult]) -> None:
        self._results = results
        self._shown = text
        self.results.clear()
        for result in results:
            self.results.add_row(self._row_html(result), self._target(result))
        if results:
            self.results.setCurrentRow(0)
        self._show_status(text, len(results))
        if text:
            self.results_shown.emit(text)

    def _show_status(self, text: str, count: int) -> None:
        if not text:
            self._show_idle()
        elif count == 0:
            self.status.setText(
                self.tr("Geen resultaten voor “{query}”.").format(query=text.strip())
                + "\n"
                + self.tr("Tip: alle woorden moeten voorkomen. Probeer minder woorden of het "
                          "begin van een woord, bijvoorbeeld “voetb”.")
            )
        elif count >= SEARCH_LIMIT:
            self.status.setText(self.tr("De eerste {count} resultaten. Typ meer woorden om "
                                        "verder te zoeken.").format(count=count))
        elif count == 1:
            self.status.setText(self.tr("1 resultaat"))
        else:
            self.status.setText(self.tr("{count} resultaten").format(count=count))

    def _show_idle(self) -> None:
        self.status.setText(self.tr("Typ een naam, een woord uit een notitie, een afspraak of "
                                    "een doel."))

    # -- showing a hit -------------------------------------------------------------------------
    def _stylesheet(self) -> str:
        mark = "#5c4a00" if is_dark(self.palette()) else "#fff0a8"
        return f"b {{ background-color: {mark}; }} .kind {{ font-weight: normal; }}"

    def _kind_label(self, result: SearchResult) -> str:
        kind = result.hit.kind
        if kind == "person" and result.detail == PersonKind.NETWORK:
            return self.tr("netwerk")
        labels = {
            "visit": self.tr("bezoek"),
            "person": self.tr("gezinslid"),
            "agreement": self.tr("afspraak"),
            "goal": self.tr("doel"),
            "household": self.tr("huishouden"),
        }
        return labels.get(kind, kind)

    def _title(self, result: SearchResult) -> str:
        hit = result.hit
        if hit.kind == "visit":
            what = visit_kind_label(result.detail) or self.tr("Bezoek")
            if result.when is not None:
                return self.tr("{kind} van {date}").format(kind=what,
                                                           date=_date_of(result.when))
            return what
        if hit.kind == "agreement" and result.due_on is not None:
            return self.tr("uiterlijk {date}").format(date=i18n.format_date(result.due_on))
        if hit.kind == "household":
            return ""
        return hit.title

    def _row_html(self, result: SearchResult) -> str:
        hit = result.hit
        muted = muted_colour(self.palette()).name()
        parts = [f'<span style="color:{muted}">{html.escape(self._kind_label(result))}</span>',
                 f'<span style="font-weight:bold">{html.escape(hit.household_name)}</span>']
        title = self._title(result)
        if title:
            parts.append(html.escape(title))
        first = " · ".join(parts)
        snippet = highlight_snippet(hit.snippet)
        second = f"<br>{snippet}" if snippet else ""
        # Only <b> in the snippet (the matched words) gets the highlight background.
        return f"<div>{first}{second}</div>"

    @staticmethod
    def _target(result: SearchResult) -> tuple[str, str]:
        if result.hit.kind == "visit":
            return ("visit", result.visit_id or result.hit.record_id)
        return ("household", result.hit.household_id)

    def _open_target(self, target: tuple[str, str]) -> None:
        kind, record_id = target
        self.shutdown()
        if kind == "visit":
            self.visit_requested.emit(record_id)
        else:
            self.household_requested.emit(record_id)
        self.accept()

    # -- keys ----------------------------------------------------------------------------------
    def _move(self, step: int) -> None:
        count = self.results.count()
        if not count:
            return
        row = self.results.currentRow()
        row = 0 if row < 0 else max(0, min(count - 1, row + step))
        self.results.setCurrentRow(row)
        self.results.scrollToItem(self.results.item(row))

    def _enter(self) -> None:
        text = self.search_field.text()
        if not fts_query(text):
            return
        if text != self._shown:
            # Typed faster than the pause: search now and open the first hit when it is there.
            self._open_when_ready = True
            self._search_now()
            return
        self.results.open_current()

    # -- lifetime ------------------------------------------------------------------------------
    def showEvent(self, event: object) -> None:  # type: ignore[override]
        super().showEvent(event)  # type: ignore[arg-type]
        self._closed = False
        self.search_field.setFocus(Qt.FocusReason.PopupFocusReason)
        self.search_field.selectAll()
        if self.search_field.text() != self._shown:
            self._requested = ""  # an answer that came while closed was ignored: ask again
            self._text_changed(self.search_field.text())

    def done(self, result: int) -> None:
        self.shutdown()
        super().done(result)

    def closeEvent(self, event: object) -> None:  # type: ignore[override]
        self.shutdown()
        super().closeEvent(event)  # type: ignore[arg-type]


def _date_of(moment: datetime) -> str:
    return i18n.format_date(moment.astimezone().date())


__all__ = ["SearchDialog"]
