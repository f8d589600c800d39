"""Lists whose rows are rich text, shared by the search dialog and the overview page: the delegate
that draws a row's HTML, the list that opens a row on Enter or a click, the search-snippet
highlighting and the muted colour for secondary text."""

from __future__ import annotations

import html
import math

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QKeyEvent,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from voordeur.gui.common import i18n
from voordeur.model.catalogues import VisitKind
from voordeur.services.search import HIGHLIGHT_END, HIGHLIGHT_START

HTML_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's rich text
TARGET_ROLE = Qt.ItemDataRole.UserRole + 2  # ("visit" | "household", id)


def muted_colour(palette: QPalette) -> QColor:
    """Secondary text: between text and background, still well readable."""
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    mix = 0.68
    return QColor(round(text.red() * mix + base.red() * (1 - mix)),
                  round(text.green() * mix + base.green() * (1 - mix)),
                  round(text.blue() * mix + base.blue() * (1 - mix)))


def visit_kind_label(value: str) -> str:
    """The translated label of a VisitKind value; "" for an empty or unknown value."""
    try:
        return i18n.catalogue_label(VisitKind(value))
    except ValueError:
        return ""


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def highlight_snippet(snippet: str) -> str:
    """Escape the snippet for HTML, then turn the search markers into <b>…</b>."""
    text = html.escape(" ".join(snippet.split()))  # newlines between note fields become spaces
    out, open_tag = [], False
    for char in text:
        if char == HIGHLIGHT_START and not open_tag:
            out.append("<b>")
            open_tag = True
        elif char == HIGHLIGHT_END and open_tag:
            out.append("</b>")
            open_tag = False
        elif char not in (HIGHLIGHT_START, HIGHLIGHT_END):
            out.append(char)
    if open_tag:
        out.append("</b>")
    return "".join(out)


class RichTextDelegate(QStyledItemDelegate):
    """Draws an item's HTML (HTML_ROLE) with QTextDocument, wrapped to the view's width.

    The selection is a light tint with a bar on the left rather than a full highlight, so coloured
    text (an overdue agreement) stays readable when selected.
    """

    PADDING = 6

    def __init__(self, parent: QObject | None = None, *, stylesheet: str = "") -> None:
        super().__init__(parent)
        self._stylesheet = stylesheet

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex,
                  width: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(self.PADDING)
        doc.setDefaultFont(option.font)
        if self._stylesheet:
            doc.setDefaultStyleSheet(self._stylesheet)
        doc.setHtml(str(index.data(HTML_ROLE) or ""))
        doc.setTextWidth(max(1, width))
        return doc

    def _width(self, option: QStyleOptionViewItem) -> int:
        view = option.widget  # type: ignore[attr-defined]
        if isinstance(view, QAbstractItemView):
            return view.viewport().width()
        return option.rect.width()  # type: ignore[attr-defined]

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = self._width(opt)
        doc = self._document(opt, index, width)
        return QSize(width, math.ceil(doc.size().height()) + 1)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        rect: QRect = opt.rect  # type: ignore[attr-defined]
        palette: QPalette = opt.palette  # type: ignore[attr-defined]
        state = opt.state  # type: ignore[attr-defined]
        view = opt.widget  # type: ignore[attr-defined]
        focused = view is not None and view.hasFocus()
        highlight = palette.color(QPalette.ColorRole.Highlight)
        painter.save()
        tint = None
        if state & QStyle.StateFlag.State_Selected:
            tint = 70 if focused else 35
        elif state & QStyle.StateFlag.State_MouseOver:
            tint = 28
        if tint is not None:
            fill = QColor(highlight)
            fill.setAlpha(tint)
            painter.fillRect(rect, fill)
        if state & QStyle.StateFlag.State_Selected and focused:
            bar = max(3, rect.height() // 16)
            painter.fillRect(QRect(rect.left(), rect.top(), bar, rect.height()), highlight)
        # A hairline between rows keeps two-line items apart.
        line = QColor(palette.color(QPalette.ColorRole.Text))
        line.setAlpha(40)
        painter.setPen(line)
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        doc = self._document(opt, index, rect.width())
        painter.translate(rect.topLeft())
        painter.setClipRect(QRect(0, 0, rect.width(), rect.height()))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, palette.color(QPalette.ColorRole.Text))
        doc.documentLayout().draw(painter, context)
        painter.restore()


class ActivatingList(QListWidget):
    """A list of rich-text rows that opens a row on one click or on Enter (signal `opened`)."""

    opened = Signal(object)  # the row's TARGET_ROLE value

    def __init__(self, parent: QWidget | None = None, *, stylesheet: str = "") -> None:
        super().__init__(parent)
        self.setItemDelegate(RichTextDelegate(self, stylesheet=stylesheet))
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_Hover, True)
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        self.clicked.connect(self._open_index)

    def add_row(self, html_text: str, target: tuple[str, str], tooltip: str = "") -> None:
        item = QListWidgetItem()
        item.setData(HTML_ROLE, html_text)
        item.setData(TARGET_ROLE, target)
        # Plain text for screen readers and keyboard search; the delegate draws the HTML.
        doc = QTextDocument()
        doc.setHtml(html_text)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, doc.toPlainText())
        if tooltip:
            item.setToolTip(tooltip)
        self.addItem(item)

    def open_current(self) -> bool:
        index = self.currentIndex()
        if not index.isValid():
            return False
        self._open_index(index)
        return True

    def _open_index(self, index: QModelIndex) -> None:
        target = index.data(TARGET_ROLE)
        if target:
            self.opened.emit(tuple(target))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.open_current():
            event.accept()
            return
        super().keyPressEvent(event)
