"""The building blocks of the summary PDF: fonts, paragraph styles, tables and pictures.

`summary_pdf` puts them on pages. Tables get their column widths the way a browser would
choose them, so short texts ('vóór 25 november 2026') stay on one line and no word is broken
in two; a table too wide for that is set a size smaller.
"""

from __future__ import annotations

import io
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable

from voordeur.export.summary_document import Facts, Table

FONT, FONT_BOLD, FONT_ITALIC = "VoordeurSans", "VoordeurSans-Bold", "VoordeurSans-Oblique"
FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf",
              FONT_ITALIC: "DejaVuSans-Oblique.ttf"}

INK = colors.HexColor("#1A1A1A")
HEADING = colors.HexColor("#1F3A5F")
MUTED = colors.HexColor("#5A6470")
RULE = colors.HexColor("#C5CDD6")
RULE_STRONG = colors.HexColor("#8A97A6")
HEADER_FILL = colors.HexColor("#E9EEF4")


# -- fonts and styles -----------------------------------------------------------------------------
@lru_cache(maxsize=1)
def register_fonts() -> None:
    """Once per process: DejaVu Sans from matplotlib's own fonts (every name prints, ı, ş, ł …);
    parsing the TrueType files is the slow part."""
    from reportlab import rl_config
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    spec = find_spec("matplotlib")
    assert spec is not None and spec.origin is not None
    folder = Path(spec.origin).parent / "mpl-data" / "fonts" / "ttf"
    for name, file in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC,
                                  boldItalic=FONT_BOLD)
    # binary streams: ASCII85 only makes the file larger, and ReportLab's pure-Python encoder
    # costs more than laying out the whole document (Voordeur is its only user in the process)
    rl_config.useA85 = 0


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=FONT, fontSize=10.5, leading=15, textColor=INK,
                          spaceAfter=6, alignment=TA_LEFT)

    def style(name: str, **kwargs: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=body, **kwargs)

    return {
        "body": body,
        "title": style("title", fontName=FONT_BOLD, fontSize=22, leading=27,
                       textColor=HEADING, spaceAfter=6),
        "subtitle": style("subtitle", fontSize=13, leading=18, spaceAfter=4),
        "meta": style("meta", textColor=MUTED, spaceAfter=1),
        "h1": style("h1", fontName=FONT_BOLD, fontSize=14.5, leading=19, textColor=HEADING,
                    spaceBefore=16, spaceAfter=6),
        "h2": style("h2", fontName=FONT_BOLD, fontSize=12, leading=16, textColor=HEADING,
                    spaceBefore=10, spaceAfter=4),
        "bullet": style("bullet", leftIndent=16, bulletIndent=4, bulletFontName=FONT,
                        spaceAfter=3),
        "cell": style("cell", fontSize=10, leading=13.5, spaceAfter=0),
        "head": style("head", fontName=FONT_BOLD, fontSize=10, leading=13.5, spaceAfter=0),
        "cell_small": style("cell_small", fontSize=9, leading=12, spaceAfter=0),
        "head_small": style("head_small", fontName=FONT_BOLD, fontSize=9, leading=12,
                            spaceAfter=0),
        "label": style("label", fontName=FONT_BOLD, fontSize=10, leading=13.5, spaceAfter=0,
                       textColor=MUTED),
        "caption": style("caption", fontName=FONT_ITALIC, fontSize=9.5, leading=13,
                         textColor=MUTED, spaceAfter=4),
    }


def markup(text: str) -> str:
    """Plain text as Paragraph markup: escaped, with the line breaks kept."""
    return "<br/>".join(escape(line) for line in text.split("\n"))


def para(text: str, style: str) -> RLParagraph:
    return RLParagraph(markup(text), styles()[style])


def fit(text: str, size: float, width: float) -> str:
    """`text` shortened with '…' to fit `width` (a very long household name)."""
    if stringWidth(text, FONT, size) <= width:
        return text
    while text and stringWidth(text + "…", FONT, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


# -- tables ---------------------------------------------------------------------------------------
def table(block: Table, width: float) -> RLTable:
    """A table with a shaded header row that repeats after a page break."""
    columns = len(block.header)
    dense = False
    widths = column_widths(block, width, 10, 12)
    if widths is None:  # a wide table (the consent register): a size smaller, no broken words
        dense = True
        widths = column_widths(block, width, 9, 8, force=True)
    assert widths is not None
    head, cell = ("head_small", "cell_small") if dense else ("head", "cell")
    data = [[para(text, head) for text in block.header]]
    data += [[para(text, cell) for text in [*row, *[""] * columns][:columns]]
             for row in block.rows]
    result = RLTable(data, colWidths=widths, repeatRows=1, hAlign="LEFT", spaceBefore=2,
                     spaceAfter=10)
    padding = [("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
    result.setStyle([*_rules(), *(padding if dense else []),
                     ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                     ("LINEABOVE", (0, 0), (-1, 0), 0.7, RULE_STRONG),
                     ("LINEBELOW", (0, 0), (-1, 0), 0.7, RULE_STRONG)])
    return result


def facts(block: Facts, width: float) -> RLTable:
    """Label–value pairs: two columns, the labels as wide as the longest (within reason)."""
    longest = max((stringWidth(label, FONT_BOLD, 10) for label, _ in block.pairs), default=0.0)
    label_width = min(max(longest + 16, width * 0.18), width * 0.4)
    data = [[para(label, "label"), para(value, "cell")] for label, value in block.pairs]
    result = RLTable(data or [["", ""]], colWidths=[label_width, width - label_width],
                     hAlign="LEFT", spaceBefore=2, spaceAfter=10)
    result.setStyle([*_rules(), ("LINEABOVE", (0, 0), (-1, 0), 0.5, RULE)])
    return result


def _rules() -> list[tuple[Any, ...]]:
    return [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
    ]


def column_widths(block: Table, total: float, size: float, padding: float, *,
                  force: bool = False) -> list[float] | None:
    """Column widths as a browser would choose them: the given proportions, but never
    narrower than a column's longest word (no 'septe-mber') nor wider than its longest line
    while another column still wraps. None if the words do not fit (unless `force`)."""
    columns = len(block.header)
    weights = list(block.widths) if len(block.widths) == columns else [1.0] * columns
    padding += 1  # rounding: a word exactly as wide as its cell still wraps
    least, most = [], []
    for column, head in enumerate(block.header):
        words = [(word, FONT_BOLD) for word in head.split()]
        lines = [(line, FONT) for row in block.rows if column < len(row)
                 for line in row[column].split("\n")]
        words += [(word, FONT) for line, _ in lines for word in line.split()]
        least.append(max((stringWidth(w, f, size) for w, f in words), default=0.0) + padding)
        most.append(max([stringWidth(head, FONT_BOLD, size)]
                        + [stringWidth(t, f, size) for t, f in lines]) + padding)
    if sum(least) > total and not force:
        return None
    widths = [min(max(total * w / sum(weights), low), max(high, low))
              for w, low, high in zip(weights, least, most, strict=True)]
    surplus = total - sum(widths)
    if surplus > 0:  # to the columns that still wrap, else by the given proportions
        room = [high - width for width, high in zip(widths, most, strict=True)]
        share = room if sum(room) > 0 else weights
        widths = [width + surplus * part / sum(share)
                  for width, part in zip(widths, share, strict=True)]
    elif surplus < 0:  # from the columns that are wider than their longest word
        slack = [width - low for width, low in zip(widths, least, strict=True)]
        if sum(slack) >= -surplus:
            widths = [width + surplus * free / sum(slack)
                      for width, free in zip(widths, slack, strict=True)]
        else:  # not even the words fit: shrink everything alike
            widths = [width * total / sum(widths) for width in widths]
    return widths


# -- pictures -------------------------------------------------------------------------------------
class Picture(Flowable):
    """A PNG scaled to fit `width` × `height` (never wider than `natural`), drawn opaque (no
    soft mask to encode). `crop` drops its white border: the ecogram page has wide margins of
    its own, and on paper every millimetre of map counts."""

    def __init__(self, png: bytes, width: float, height: float, *, natural: float | None,
                 crop: bool) -> None:
        super().__init__()
        from PIL import Image, ImageChops
        from reportlab.lib.utils import ImageReader

        picture = Image.open(io.BytesIO(png))
        if crop:
            picture = picture.convert("RGB")
            box = ImageChops.difference(picture, Image.new("RGB", picture.size, "white")
                                        ).getbbox()
            if box:
                margin = 4
                picture = picture.crop((max(box[0] - margin, 0), max(box[1] - margin, 0),
                                        min(box[2] + margin, picture.width),
                                        min(box[3] + margin, picture.height)))
        pixels_wide, pixels_high = picture.size
        scale = min(width / pixels_wide, height / pixels_high)
        if natural is not None:
            scale = min(scale, natural / pixels_wide)
        self.reader = ImageReader(picture)
        self.width, self.height = pixels_wide * scale, pixels_high * scale
        self.hAlign = "LEFT"

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.drawImage(self.reader, 0, 0, self.width, self.height, mask=None)
