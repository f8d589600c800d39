"""The network indicators in plain Dutch: how many people and organisations, how many of them
informal, how much support goes both ways, and the attention points (support nobody gives,
leaning on one person, stress, broken contact).

Calm by design: every number comes with a sentence that says what it means, and attention
points are named as such in words ("Let op") with a quiet marker, never colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from voordeur.domain.ecogram import Ecogram
from voordeur.domain.ecogram_indicators import Indicators
from voordeur.gui.common.style import MUTED_STYLE
from voordeur.gui.ecogram.text import IndicatorLine, indicator_lines

# A warm dark brown-orange: readable on white (about 8:1), less alarming than error red.
ATTENTION_COLOUR = "#7a4100"
ATTENTION_BACKGROUND = "#fdf3e6"
FIGURE_STYLE = "font-size: 130%; font-weight: bold;"
HEADING_STYLE = "font-weight: bold;"


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("EcogramIndicators", text, None, n)


def _label(text: str, parent: QWidget, style: str = "", name: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names are never markup
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if style:
        label.setStyleSheet(style)
    if name:
        label.setObjectName(name)
    return label


class IndicatorsView(QWidget):
    """`set_indicators(indicators, ecogram)`; `set_change_sentence(text)` shows what changed
    since an earlier visit above the numbers (None hides it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("indicatorsView")
        self._lines: list[IndicatorLine] = []
        self.change_label = _label("", self, name="changeSentence")
        self.change_label.setStyleSheet(
            "border: 1px solid palette(mid); border-radius: 4px; padding: 6px;")
        self.change_label.hide()
        self.area = QScrollArea(self)
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.change_label)
        layout.addWidget(self.area)
        self._build([])

    # -- public -------------------------------------------------------------------------------
    def set_indicators(self, indicators: Indicators | None, ecogram: Ecogram | None = None
                       ) -> None:
        self._lines = indicator_lines(indicators, ecogram) if indicators is not None else []
        self._build(self._lines)

    def set_change_sentence(self, text: str | None) -> None:
        self.change_label.setText(text or "")
        self.change_label.setVisible(bool(text))

    def lines(self) -> list[IndicatorLine]:
        return list(self._lines)

    def texts(self) -> list[str]:
        """The sentences shown, in order (the numbers first, then the attention points)."""
        return [line.text for line in self._lines]

    def attention_texts(self) -> list[str]:
        return [line.text for line in self._lines if line.attention]

    # -- building -----------------------------------------------------------------------------
    def _build(self, lines: list[IndicatorLine]) -> None:
        old = self.area.takeWidget()
        if old is not None:
            old.deleteLater()
        body = QWidget()
        body.setObjectName("indicatorsBody")
        layout = QVBoxLayout(body)
        layout.setSpacing(10)
        if not lines:
            layout.addWidget(_label(_t("Nog geen gegevens over het netwerk."), body, MUTED_STYLE,
                                    "indicatorsEmpty"))
            layout.addStretch(1)
            self.area.setWidget(body)
            self.body = body
            return
        layout.addWidget(_label(_t("Het netwerk in getallen"), body, HEADING_STYLE,
                                "indicatorsHeading"))
        numbers = QGridLayout()
        numbers.setHorizontalSpacing(10)
        numbers.setColumnStretch(1, 1)
        plain = [line for line in lines if not line.attention]
        numbers.setVerticalSpacing(2)
        for row, line in enumerate(plain):
            self._add_line(numbers, row, line, body)
        layout.addLayout(numbers)

        attention = [line for line in lines if line.attention]
        layout.addSpacing(4)
        layout.addWidget(_label(_t("Let op"), body, HEADING_STYLE, "attentionHeading"))
        if not attention:
            layout.addWidget(_label(_t("Geen aandachtspunten."), body, MUTED_STYLE,
                                    "noAttention"))
        for line in attention:
            layout.addWidget(self._attention_box(line, body))
        layout.addStretch(1)
        self.area.setWidget(body)
        self.body = body

    @staticmethod
    def _add_line(grid: QGridLayout, row: int, line: IndicatorLine, parent: QWidget) -> None:
        figure = _label(line.figure, parent, FIGURE_STYLE, "indicatorFigure")
        figure.setWordWrap(False)
        figure.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        top = 3 * row  # text, hint, then a gap before the next line
        grid.addWidget(figure, top, 0, 2, 1)
        grid.addWidget(_label(line.text, parent, name="indicatorText"), top, 1)
        if line.hint:
            grid.addWidget(_label(line.hint, parent, MUTED_STYLE, "indicatorHint"), top + 1, 1)
        grid.setRowMinimumHeight(top + 2, 8)

    @staticmethod
    def _attention_box(line: IndicatorLine, parent: QWidget) -> QFrame:
        box = QFrame(parent)
        box.setObjectName("attentionBox")
        box.setStyleSheet(
            f"QFrame#attentionBox {{ border-left: 4px solid {ATTENTION_COLOUR}; "
            f"background: {ATTENTION_BACKGROUND}; border-radius: 2px; }}"
            f"QLabel {{ color: {ATTENTION_COLOUR}; background: transparent; }}")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(10, 6, 8, 6)
        layout.setSpacing(2)
        layout.addWidget(_label(line.text, box, "font-weight: bold;", "attentionText"))
        if line.hint:
            layout.addWidget(_label(line.hint, box, name="attentionHint"))
        return box

