"""A visit summary or family plan as a calm, printable A4 PDF (ReportLab Platypus).

DejaVu Sans (shipped with matplotlib) prints every name (ı, ş, ł …). Every page has the
household's name and the document's date at the top (a visit summary: the visit's day; the day
it was made is only said labelled, "Gemaakt op …", under the title) and "Vertrouwelijk" and
"Pagina N van M" at the bottom. The page count is only known at the end, so each page refers
to a small form that is filled in when the file is saved: one pass, and bookmarks keep pointing
at the right pages. The ecogram gets a landscape page of its own so its legend stays legible.
"""

from __future__ import annotations

import io
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
)
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable

from voordeur.export import summary_pdf_parts as parts
from voordeur.export.summary_document import (
    CONFIDENTIAL,
    BulletList,
    EcogramFigure,
    Facts,
    Paragraph,
    ScoreChart,
    Section,
    SummaryDocument,
    Table,
    made_on_text,
    page_date,
)

CREATOR = "Voordeur"
PORTRAIT, LANDSCAPE = A4, landscape(A4)
SIDE = 22 * mm
LANDSCAPE_SIDE = 15 * mm
LANDSCAPE_TOP, LANDSCAPE_BOTTOM = 21 * mm, 18 * mm  # tighter than portrait: room for the map
HEADER_BASELINE = 13 * mm  # from the top edge
HEADER_RULE = 15.5 * mm
FOOTER_BASELINE = 11 * mm  # from the bottom edge
CHART_WIDTH = 6.3 * 72  # the score chart is drawn for this width (points): 1 pt stays 1 pt
PAGE_FORM = "voordeurPage{}"
SHORT_TABLE = (PORTRAIT[1] - 47 * mm) / 3  # kept on one page with its heading


def write_pdf(doc: SummaryDocument, out: BinaryIO, *,
              figures: dict[int, bytes] | None = None) -> None:
    """Lay out `doc` as an A4 PDF and write it to `out`. `figures` are the PNGs of
    `doc.figures` (from `summary_figures.figure_pngs`); missing ones are drawn here."""
    parts.register_fonts()
    buffer = io.BytesIO()
    header = (doc.household_name, page_date(doc))
    _DocTemplate(buffer, doc).build(
        _Story(doc, figures or {}).flowables(),
        canvasmaker=lambda *args, **kwargs: _Canvas(*args, header=header, **kwargs))
    out.write(buffer.getvalue())


# -- pages ----------------------------------------------------------------------------------------
class _DocTemplate(BaseDocTemplate):
    def __init__(self, buffer: BinaryIO, doc: SummaryDocument) -> None:
        width, height = PORTRAIT
        portrait = Frame(SIDE, 22 * mm, width - 2 * SIDE, height - 47 * mm, id="portrait",
                         leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        width, height = LANDSCAPE
        wide = Frame(LANDSCAPE_SIDE, LANDSCAPE_BOTTOM, width - 2 * LANDSCAPE_SIDE,
                     height - LANDSCAPE_TOP - LANDSCAPE_BOTTOM,
                     id="landscape", leftPadding=0, rightPadding=0, topPadding=0,
                     bottomPadding=0)
        super().__init__(
            buffer, pagesize=PORTRAIT, title=doc.title, author=CREATOR, creator=CREATOR,
            producer=CREATOR, subject="", keywords=[],
            pageTemplates=[PageTemplate("portrait", [portrait], pagesize=PORTRAIT),
                           PageTemplate("landscape", [wide], pagesize=LANDSCAPE)])
        self._outline_levels: list[int] = []

    def afterFlowable(self, flowable: Flowable) -> None:
        """Headings become bookmarks (the outline a PDF reader shows beside the pages)."""
        level = getattr(flowable, "outline_level", None)
        if level is None:
            return
        # a level-2 heading without a level-1 one before it goes to the top level
        level = min(level, self._outline_levels[-1] + 1 if self._outline_levels else 0)
        self._outline_levels.append(level)
        key = f"h{len(self._outline_levels)}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(flowable.getPlainText(), key, level=level, closed=False)


class _Canvas(Canvas):
    """Draws the running header and footer on every page; the 'van M' of the page number is
    a form per page, defined once the page count is known (in `save`)."""

    def __init__(self, *args: Any, header: tuple[str, str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._running_header = header

    def showPage(self) -> None:
        self._draw_running_texts()
        super().showPage()

    def _draw_running_texts(self) -> None:
        width, height = self._pagesize
        side = SIDE if width < height else LANDSCAPE_SIDE
        name, day = self._running_header
        self.saveState()
        self.setFillColor(parts.MUTED)
        self.setFont(parts.FONT, 8.5)
        self.drawString(side, height - HEADER_BASELINE, parts.fit(name, 8.5, width * 0.6))
        self.drawRightString(width - side, height - HEADER_BASELINE, day)
        self.setStrokeColor(parts.RULE)
        self.setLineWidth(0.6)
        self.line(side, height - HEADER_RULE, width - side, height - HEADER_RULE)
        self.drawString(side, FOOTER_BASELINE, CONFIDENTIAL)
        self.translate(width - side, FOOTER_BASELINE)
        self.doForm(PAGE_FORM.format(self.getPageNumber()))
        self.restoreState()

    def save(self) -> None:
        if self._code:
            self.showPage()
        total = self.getPageNumber() - 1
        for number in range(1, total + 1):
            self.beginForm(PAGE_FORM.format(number), lowerx=-200, lowery=-4, upperx=1,
                           uppery=12)
            self.setFillColor(parts.MUTED)
            self.setFont(parts.FONT, 8.5)
            self.drawRightString(0, 0, f"Pagina {number} van {total}")
            self.endForm()
        super().save()


# -- the story ------------------------------------------------------------------------------------
class _Story:
    """The flowables of the document, switching to a landscape page for each ecogram."""

    def __init__(self, doc: SummaryDocument, figures: dict[int, bytes]) -> None:
        self.doc = doc
        self.figures = figures
        self.items: list[Flowable] = []
        self.figure_index = 0
        self.landscape = False
        self.width = PORTRAIT[0] - 2 * SIDE
        self.wide = (LANDSCAPE[0] - 2 * LANDSCAPE_SIDE,
                     LANDSCAPE[1] - LANDSCAPE_TOP - LANDSCAPE_BOTTOM)

    def flowables(self) -> list[Flowable]:
        doc = self.doc
        self.items += [parts.para(doc.title, "title")]
        if doc.subtitle:
            self.items.append(parts.para(doc.subtitle, "subtitle"))
        if doc.recipient:
            self.items.append(parts.para(doc.recipient, "meta"))
        if doc.made_by:
            self.items.append(parts.para(f"Opgesteld door {doc.made_by}", "meta"))
        self.items.append(parts.para(made_on_text(doc), "meta"))
        self.items.append(Spacer(1, 8))
        for section in doc.sections:
            self.section(section)
        return self.items

    def portrait(self) -> None:
        if self.landscape:
            self.items += [NextPageTemplate("portrait"), PageBreak()]
            self.landscape = False

    def section(self, section: Section) -> None:
        heading = parts.para(section.heading, "h1" if section.level <= 1 else "h2")
        heading.outline_level = 0 if section.level <= 1 else 1  # type: ignore[attr-defined]
        blocks = list(section.blocks)
        if blocks and isinstance(blocks[0], EcogramFigure):
            self.ecogram(blocks.pop(0), heading)  # the heading goes onto the ecogram's page
        else:
            self.portrait()
            first = self.block(blocks.pop(0)) if blocks else []
            # a heading never ends a page: it moves on with the start of what follows
            self.items += [CondPageBreak(_height(heading, self.width) + _start_height(
                first[0] if first else None, self.width)), heading, *first]
        for block in blocks:
            if isinstance(block, EcogramFigure):
                self.ecogram(block, None)
                continue
            self.portrait()
            self.items += self.block(block)

    def block(self, block: Paragraph | BulletList | Facts | Table | ScoreChart) -> list[Flowable]:
        if isinstance(block, Paragraph):
            return [parts.para(block.text, "body")]
        if isinstance(block, BulletList):
            style = parts.styles()["bullet"]
            items: list[Flowable] = [RLParagraph(parts.markup(item), style, bulletText="•")
                                     for item in block.items]
            return [*items, Spacer(1, 4)] if items else []
        if isinstance(block, Facts):
            return [parts.facts(block, self.width)]
        if isinstance(block, Table):
            return [parts.table(block, self.width)]
        return self.chart(block)

    def chart(self, block: ScoreChart) -> list[Flowable]:
        image = self.image(block, self.width, 10 * 72.0, natural=CHART_WIDTH)
        caption = [parts.para(block.caption, "caption")] if block.caption else []
        return [KeepTogether([*caption, image, Spacer(1, 8)])]

    def ecogram(self, block: EcogramFigure, heading: RLParagraph | None) -> None:
        self.items += [NextPageTemplate("landscape"), PageBreak()]
        self.landscape = True
        width, height = self.wide
        if heading is not None:
            heading.style = ParagraphStyle("h-wide", parent=heading.style, spaceBefore=0)
            self.items.append(heading)
            height -= heading.wrap(width, height)[1] + heading.style.spaceAfter
        self.items.append(self.image(block, width, height - 2))
        # a next page template stays pending until the next page break, so set it here
        self.items.append(NextPageTemplate("portrait"))

    def image(self, block: EcogramFigure | ScoreChart, width: float, height: float, *,
              natural: float | None = None) -> parts.Picture:
        """The figure scaled to fit `width` × `height` (never wider than `natural`)."""
        index = self.figure_index
        self.figure_index += 1
        png = self.figures.get(index)
        if png is None:
            from voordeur.export.summary_figures import figure_png

            png = figure_png(block)
        return parts.Picture(png, width, height, natural=natural,
                             crop=isinstance(block, EcogramFigure))


def _height(flowable: Flowable, width: float) -> float:
    return (flowable.wrap(width, PORTRAIT[1])[1] + flowable.getSpaceBefore()
            + flowable.getSpaceAfter())


def _start_height(flowable: Flowable | None, width: float) -> float:
    """How much of `flowable` must fit under its heading: a short table whole (a table of two
    agreements split one and one over two pages reads as two lists), of a long one its header
    and first row; three lines of text, a whole chart."""
    if flowable is None:
        return 0.0
    height = flowable.wrap(width, PORTRAIT[1])[1]
    if isinstance(flowable, RLTable):
        if height <= SHORT_TABLE:
            return height + flowable.getSpaceBefore()
        return sum(flowable._rowHeights[:2]) + flowable.getSpaceBefore()
    if isinstance(flowable, RLParagraph):
        return min(height, 3 * flowable.style.leading)
    return height
