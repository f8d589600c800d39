"""The ecogram's legend: every symbol, line and mark the map uses, drawn by the same painting
helpers as the map itself. It floats in a corner of the view and is shown by default; a small
button folds it away."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPen, QPixmap, QResizeEvent
from PySide6.QtWidgets import QAbstractScrollArea, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from voordeur.gui.common.i18n import catalogue_label
from voordeur.gui.ecogram.genogram_painting import (
    child_path,
    child_pen,
    paint_organisation,
    paint_person,
    partner_pen,
    partner_slashes,
)
from voordeur.gui.ecogram.painting import (
    TieStyle,
    badge_rect,
    colour,
    paint_badge,
    paint_tie,
    tie_geometry,
    tie_style,
)
from voordeur.model.catalogues import (
    ChildType,
    Gender,
    PartnerStatus,
    SupportDirection,
    SupportType,
    TieQuality,
    TieStrength,
)


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Ecogram", text, None, n)


Sample = Callable[[QPainter, QRectF], None]


@dataclass(frozen=True)
class LegendEntry:
    key: str  # "tie-strong", "person-female", … (stable, for tests)
    text: str
    sample: Sample


@dataclass(frozen=True)
class LegendSection:
    title: str
    entries: tuple[LegendEntry, ...]


def _tie_sample(strength: TieStrength, quality: TieQuality,
                direction: SupportDirection = SupportDirection.NONE) -> Sample:
    def draw(painter: QPainter, rect: QRectF) -> None:
        style = tie_style(strength, quality)
        y = rect.center().y()
        geometry = tie_geometry(QPointF(rect.left() + 1, y), QPointF(rect.right() - 1, y),
                                style, direction)
        paint_tie(painter, geometry, style)
    return draw


def _badge_sample(letter: str) -> Sample:
    def draw(painter: QPainter, rect: QRectF) -> None:
        paint_badge(painter, letter, badge_rect(letter, rect.center()), colour("neutral"))
    return draw


def _person_sample(gender: Gender, *, deceased: bool = False, index: bool = False) -> Sample:
    def draw(painter: QPainter, rect: QRectF) -> None:
        side = min(rect.height() - 3, 14.0)
        symbol = QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side)
        paint_person(painter, symbol, gender, deceased=deceased, index=index, width=1.5)
    return draw


def _organisation_sample(painter: QPainter, rect: QRectF) -> None:
    w, h = 22.0, min(rect.height() - 3, 14.0)
    paint_organisation(painter, QRectF(rect.center().x() - w / 2, rect.center().y() - h / 2,
                                       w, h), "", width=1.5)


def _partner_sample(status: PartnerStatus) -> Sample:
    def draw(painter: QPainter, rect: QRectF) -> None:
        y = rect.center().y()
        a, b = QPointF(rect.left() + 2, y), QPointF(rect.right() - 2, y)
        painter.setPen(partner_pen(status))
        painter.drawLine(a, b)
        slashes = partner_slashes(a, b, status)
        if not slashes.isEmpty():
            painter.setPen(QPen(colour("ink"), 1.8))
            painter.drawPath(slashes)
    return draw


def _child_sample(child_type: ChildType) -> Sample:
    def draw(painter: QPainter, rect: QRectF) -> None:
        painter.setPen(child_pen(child_type))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(child_path(QPointF(rect.left() + 6, rect.top() + 1),
                                    QPointF(rect.right() - 6, rect.bottom() - 1)))
    return draw


def _compare_sample(name: str) -> Sample:
    def draw(painter: QPainter, rect: QRectF) -> None:
        y = rect.center().y()
        if name == "removed":
            style = TieStyle(1.7, colour("removed"), True, False, False)
            paint_tie(painter, tie_geometry(QPointF(rect.left() + 1, y),
                                            QPointF(rect.right() - 1, y), style,
                                            SupportDirection.NONE), style)
            return
        halo = QColor(colour(name))
        halo.setAlpha(110)
        pen = QPen(halo, 9.0)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        if name == "changed":
            pen.setDashPattern([1.0, 0.6])
        painter.setPen(pen)
        painter.drawLine(QPointF(rect.left() + 5, y), QPointF(rect.right() - 5, y))
        style = tie_style(TieStrength.NORMAL, TieQuality.NEUTRAL)
        paint_tie(painter, tie_geometry(QPointF(rect.left() + 1, y),
                                        QPointF(rect.right() - 1, y), style,
                                        SupportDirection.NONE), style)
    return draw


def legend_sections(*, compare: bool = False) -> list[LegendSection]:
    strong, normal, weak = TieStrength.STRONG, TieStrength.NORMAL, TieStrength.WEAK
    neutral = TieQuality.NEUTRAL
    ties = LegendSection(_t("Relaties"), (
        LegendEntry("tie-strong", catalogue_label(strong), _tie_sample(strong, neutral)),
        LegendEntry("tie-normal", catalogue_label(normal), _tie_sample(normal, neutral)),
        LegendEntry("tie-weak", catalogue_label(weak), _tie_sample(weak, neutral)),
        LegendEntry("tie-supportive", catalogue_label(TieQuality.SUPPORTIVE),
                    _tie_sample(normal, TieQuality.SUPPORTIVE)),
        LegendEntry("tie-stressful", catalogue_label(TieQuality.STRESSFUL),
                    _tie_sample(normal, TieQuality.STRESSFUL)),
        LegendEntry("tie-cut_off", catalogue_label(TieQuality.CUT_OFF),
                    _tie_sample(normal, TieQuality.CUT_OFF)),
        LegendEntry("direction-one", _t("Steunt (pijl)"),
                    _tie_sample(normal, neutral, SupportDirection.TO_TARGET)),
        LegendEntry("direction-mutual", catalogue_label(SupportDirection.MUTUAL),
                    _tie_sample(normal, neutral, SupportDirection.MUTUAL)),
    ))
    support = LegendSection(_t("Steun"), tuple(
        LegendEntry(f"support-{s.value}", catalogue_label(s), _badge_sample(s.value))
        for s in SupportType))
    people = LegendSection(_t("Personen"), (
        LegendEntry("person-male", _t("Man"), _person_sample(Gender.MALE)),
        LegendEntry("person-female", _t("Vrouw"), _person_sample(Gender.FEMALE)),
        LegendEntry("person-other", _t("Anders / onbekend"), _person_sample(Gender.UNKNOWN)),
        LegendEntry("person-deceased", _t("Overleden"),
                    _person_sample(Gender.MALE, deceased=True)),
        LegendEntry("person-index", _t("Hoofdpersoon"), _person_sample(Gender.FEMALE,
                                                                       index=True)),
        LegendEntry("organisation", _t("Organisatie"), _organisation_sample),
    ))
    family = LegendSection(_t("Gezin"), (
        *(LegendEntry(f"partner-{s.value}", catalogue_label(s), _partner_sample(s))
          for s in PartnerStatus),
        *(LegendEntry(f"child-{c.value}", catalogue_label(c), _child_sample(c))
          for c in ChildType),
    ))
    sections = [ties, support, people, family]
    if compare:
        sections.append(LegendSection(_t("Vergelijken"), (
            LegendEntry("compare-added", _t("Nieuw"), _compare_sample("added")),
            LegendEntry("compare-changed", _t("Gewijzigd"), _compare_sample("changed")),
            LegendEntry("compare-removed", _t("Weg"), _compare_sample("removed")),
        )))
    return sections


SAMPLE_WIDTH, GAP, PADDING, COLUMN_GAP = 34.0, 6.0, 8.0, 14.0


class _LegendBody(QWidget):
    """The entries, painted in two columns (identical to the map's drawing).

    The legend floats over the map, so it is painted again every time the map under it is:
    on every step of a drag. It is drawn once into a pixmap and copied after that (until its
    entries, size, font, palette or screen change)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sections = legend_sections()
        self._picture: QPixmap | None = None
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_sections(self, sections: list[LegendSection]) -> None:
        self.sections = sections
        self._picture = None
        self.updateGeometry()
        self.adjustSize()
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange,
                            QEvent.Type.StyleChange, QEvent.Type.LanguageChange):
            self._picture = None
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._picture = None
        super().resizeEvent(event)

    def _columns(self) -> list[list[LegendSection]]:
        # Ties and support left, people and family right; comparing goes under the left one.
        left = [s for i, s in enumerate(self.sections) if i in (0, 1) or i >= 4]
        right = [s for i, s in enumerate(self.sections) if i in (2, 3)]
        return [left, right]

    def _row_height(self) -> float:
        return max(QFontMetricsF(self.font()).height() + 2, 17.0)

    def _column_width(self, column: list[LegendSection]) -> float:
        metrics = QFontMetricsF(self.font())
        bold = self.font()
        bold.setBold(True)
        heading = QFontMetricsF(bold)
        width = 0.0
        for section in column:
            width = max(width, heading.horizontalAdvance(section.title))
            for entry in section.entries:
                width = max(width, SAMPLE_WIDTH + GAP + metrics.horizontalAdvance(entry.text))
        return width + 2

    def sizeHint(self) -> QSize:
        columns = self._columns()
        row = self._row_height()
        width = sum(self._column_width(c) for c in columns) + COLUMN_GAP * (len(columns) - 1)
        rows = max(sum(len(s.entries) + 1 for s in c) for c in columns)
        gaps = max(len(c) - 1 for c in columns) * 4
        return QSize(round(width + 2 * PADDING), round(rows * row + gaps + PADDING))

    def paintEvent(self, event: QPaintEvent) -> None:
        ratio = self.devicePixelRatioF()
        picture = self._picture
        if picture is None or picture.devicePixelRatio() != ratio:
            picture = QPixmap(math.ceil(self.width() * ratio), math.ceil(self.height() * ratio))
            picture.setDevicePixelRatio(ratio)
            picture.fill(Qt.GlobalColor.transparent)
            painter = QPainter(picture)
            # As a painter on the widget itself starts.
            painter.setFont(self.font())
            painter.setPen(self.palette().color(self.foregroundRole()))
            self._paint(painter)
            painter.end()
            self._picture = picture
        painter = QPainter(self)
        painter.drawPixmap(0, 0, picture)
        painter.end()

    def _paint(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        row = self._row_height()
        bold = self.font()
        bold.setBold(True)
        x = PADDING
        for column in self._columns():
            y = 0.0
            for section in column:
                painter.setFont(bold)
                painter.setPen(colour("ink"))
                painter.drawText(QRectF(x, y, 400, row), Qt.AlignmentFlag.AlignVCenter,
                                 section.title)
                y += row
                painter.setFont(self.font())
                for entry in section.entries:
                    painter.save()
                    entry.sample(painter, QRectF(x, y + 1, SAMPLE_WIDTH, row - 2))
                    painter.restore()
                    painter.setPen(colour("ink"))
                    painter.drawText(QRectF(x + SAMPLE_WIDTH + GAP, y, 400, row),
                                     Qt.AlignmentFlag.AlignVCenter, entry.text)
                    y += row
                y += 4
            x += self._column_width(column) + COLUMN_GAP


class EcogramLegend(QWidget):
    """A panel in the top-right corner of the map's view, beside the map (the view fits the map
    beside it); folded with its title button."""

    expanded_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ecogramLegend")
        self._frame: QPixmap | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("ecogramLegendToggle")
        self.toggle.setText(_t("Legenda"))
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.toggle.setToolTip(_t("Legenda tonen of verbergen"))
        self.toggle.toggled.connect(self.set_expanded)
        self.body = _LegendBody(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 4)
        layout.setSpacing(0)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.body)
        self._update_accessible()

    # -- state ------------------------------------------------------------------------------
    def entries(self) -> list[LegendEntry]:
        return [e for s in self.body.sections for e in s.entries]

    def sections(self) -> list[LegendSection]:
        return list(self.body.sections)

    def is_expanded(self) -> bool:
        return self.toggle.isChecked()

    def set_expanded(self, expanded: bool) -> None:
        if self.toggle.isChecked() != expanded:
            self.toggle.setChecked(expanded)  # comes back here through toggled
            return
        self.body.setVisible(expanded)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded
                                 else Qt.ArrowType.RightArrow)
        self.place()
        self.expanded_changed.emit(expanded)

    def folded_width(self) -> int:
        """The width of the legend folded to its title button."""
        margins = self.layout().contentsMargins()
        return self.toggle.sizeHint().width() + margins.left() + margins.right()

    def set_compare(self, compare: bool) -> None:
        """Show the compare marks (nieuw / gewijzigd / weg) too."""
        if compare != any(e.key.startswith("compare-") for e in self.entries()):
            self.body.set_sections(legend_sections(compare=compare))
            self._update_accessible()
            self.place()

    def _update_accessible(self) -> None:
        self.setAccessibleName(_t("Legenda"))
        self.setAccessibleDescription("; ".join(
            f"{s.title}: " + ", ".join(e.text for e in s.entries) for s in self.body.sections))

    def place(self) -> None:
        """Top-right corner of the parent's viewport (or of the parent)."""
        self.adjustSize()
        parent = self.parentWidget()
        if parent is None:
            return
        area = parent.viewport().geometry() if isinstance(parent, QAbstractScrollArea) \
            else parent.rect()
        self.move(area.right() - self.width() - 8, area.top() + 8)
        self.raise_()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._frame = None
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        # Drawn once into a pixmap: like the body, painted again with every step of a drag.
        ratio = self.devicePixelRatioF()
        frame = self._frame
        if frame is None or frame.devicePixelRatio() != ratio:
            frame = QPixmap(math.ceil(self.width() * ratio), math.ceil(self.height() * ratio))
            frame.setDevicePixelRatio(ratio)
            frame.fill(Qt.GlobalColor.transparent)
            painter = QPainter(frame)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            fill = QColor("#ffffff")
            fill.setAlpha(238)
            painter.setPen(QPen(colour("ring"), 1.0))
            painter.setBrush(fill)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
            painter.end()
            self._frame = frame
        painter = QPainter(self)
        painter.drawPixmap(0, 0, frame)
        painter.end()
