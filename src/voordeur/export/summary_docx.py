"""A visit summary or family plan as an editable Word file (python-docx).

Real built-in styles throughout (Title, Subtitle, Heading 1/2, List Bullet, Caption, Table
Grid), so the worker can restyle or paste it into a municipal template. Tables look like the
PDF's: thin horizontal rules, a lightly shaded header row that repeats on every page. The
ecogram gets a landscape section of its own. Every section carries the household's name and
the date at the top and "Vertrouwelijk" with live page numbers (PAGE / NUMPAGES) at the bottom.
"""

from __future__ import annotations

import io
from typing import Any, BinaryIO

from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import Section as DocxSection
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table as DocxTable

from voordeur import clock
from voordeur.export.summary_document import (
    CONFIDENTIAL,
    BulletList,
    EcogramFigure,
    Facts,
    Paragraph,
    ScoreChart,
    SummaryDocument,
    Table,
    made_on_text,
    page_date,
)

CREATOR = "Voordeur"
FONT = "Calibri"  # has every letter of the names we meet (ı, ş, ł …) and is on every PC
HEADING = RGBColor(0x1F, 0x3A, 0x5F)
MUTED = RGBColor(0x5A, 0x64, 0x70)
RULE, RULE_STRONG, HEADER_FILL = "C5CDD6", "8A97A6", "E9EEF4"
A4_SHORT, A4_LONG = Cm(21.0), Cm(29.7)
PORTRAIT_MARGINS = {"left": Cm(2.2), "right": Cm(2.2), "top": Cm(2.5), "bottom": Cm(2.2)}
LANDSCAPE_MARGINS = {"left": Cm(1.5), "right": Cm(1.5), "top": Cm(2.0), "bottom": Cm(1.8)}
CHART_WIDTH = Cm(16.0)  # the chart is drawn 6.3 inch wide: its text stays its own size
DENSE_COLUMNS = 6
PICTURE_NAMES = {EcogramFigure: "Ecogram", ScoreChart: "Scores"}


def write_docx(doc: SummaryDocument, out: BinaryIO, *,
               figures: dict[int, bytes] | None = None) -> None:
    """Lay out `doc` as a .docx file and write it to `out`. `figures` are the PNGs of
    `doc.figures`; missing ones are drawn here."""
    import docx

    word = docx.Document()
    _styles(word)
    _properties(word, doc)
    writer = _Writer(word, doc, figures or {})
    writer.write()
    buffer = io.BytesIO()
    word.save(buffer)
    out.write(buffer.getvalue())


# -- document-wide settings -----------------------------------------------------------------------
def _styles(word: DocxDocument) -> None:
    styles = word.styles
    defaults = styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _set_fonts(defaults)
    defaults.find(qn("w:lang")).set(qn("w:val"), "nl-NL")  # Dutch spelling check
    normal = styles["Normal"]
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    for name, size, before, after in (("Heading 1", 14, 18, 4), ("Heading 2", 12, 12, 3)):
        style = styles[name]
        style.font.size, style.font.color.rgb = Pt(size), HEADING
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(after)
    title = styles["Title"]
    title.font.size, title.font.color.rgb = Pt(24), HEADING
    title.paragraph_format.space_after = Pt(8)
    subtitle = styles["Subtitle"]
    subtitle.font.size, subtitle.font.italic = Pt(13), False
    subtitle.font.color.rgb = RGBColor(0x33, 0x33, 0x33)
    subtitle.paragraph_format.space_after = Pt(2)
    caption = styles["Caption"]
    caption.font.bold, caption.font.italic = False, True
    caption.font.size, caption.font.color.rgb = Pt(9.5), MUTED
    caption.paragraph_format.keep_with_next = True
    for name in ("Header", "Footer"):
        style = styles[name]
        style.font.size, style.font.color.rgb = Pt(9), MUTED
        style.paragraph_format.tab_stops.clear_all()


def _set_fonts(rpr: Any) -> None:
    """One font for every script slot, without the theme references that would win over it."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attribute in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{attribute}"), None)
    for attribute in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{attribute}"), FONT)


def _properties(word: DocxDocument, doc: SummaryDocument) -> None:
    """Only the title is the document's own; the template's 'python-docx' texts and dates go."""
    props = word.core_properties
    now = clock.now().replace(microsecond=0)
    props.title = doc.title
    props.author = props.last_modified_by = CREATOR
    props.subject = props.keywords = props.comments = props.category = ""
    props.content_status = props.identifier = props.version = ""
    props.language = "nl-NL"
    props.created = props.modified = now
    props.revision = 1
    # the template's thumbnail is a blank page: file browsers would show that as the preview
    rels = word.part.package.rels
    for key in [k for k, rel in rels.items() if rel.reltype.endswith("/metadata/thumbnail")]:
        rels.pop(key)


# -- the body -------------------------------------------------------------------------------------
class _Writer:
    def __init__(self, word: DocxDocument, doc: SummaryDocument,
                 figures: dict[int, bytes]) -> None:
        self.word = word
        self.doc = doc
        self.figures = figures
        self.figure_index = 0
        self.landscape = False

    def write(self) -> None:
        doc, word = self.doc, self.word
        self.page_setup(word.sections[0], landscape=False)
        word.add_paragraph(doc.title, style="Title")
        if doc.subtitle:
            word.add_paragraph(doc.subtitle, style="Subtitle")
        for line in (doc.recipient, f"Opgesteld door {doc.made_by}" if doc.made_by else "",
                     made_on_text(doc)):
            if line:
                paragraph = word.add_paragraph(line)
                paragraph.paragraph_format.space_after = Pt(2)
                for run in paragraph.runs:
                    run.font.color.rgb = MUTED
        for section in doc.sections:
            blocks = list(section.blocks)
            style = "Heading 1" if section.level <= 1 else "Heading 2"
            if blocks and isinstance(blocks[0], EcogramFigure):
                self.new_section(landscape=True)  # the heading goes onto the ecogram's page
                word.add_paragraph(section.heading, style=style)
                self.ecogram(blocks.pop(0), heading=True)
            else:
                self.portrait()
                word.add_paragraph(section.heading, style=style)
            for block in blocks:
                self.block(block)

    def block(self, block: Any) -> None:
        word = self.word
        if isinstance(block, EcogramFigure):
            self.new_section(landscape=True)
            self.ecogram(block, heading=False)
            return
        self.portrait()
        if isinstance(block, Paragraph):
            word.add_paragraph(block.text)
        elif isinstance(block, BulletList):
            for item in block.items:
                word.add_paragraph(item, style="List Bullet")
        elif isinstance(block, Facts):
            self.facts(block)
        elif isinstance(block, Table):
            self.table(block)
        elif isinstance(block, ScoreChart):
            if block.caption:
                word.add_paragraph(block.caption, style="Caption")
            self.picture(block, width=CHART_WIDTH)

    def portrait(self) -> None:
        if self.landscape:
            self.new_section(landscape=False)

    def new_section(self, *, landscape: bool) -> None:
        section = self.word.add_section(WD_SECTION.NEW_PAGE)
        _merge_section_break(section)
        self.page_setup(section, landscape=landscape)

    def page_setup(self, section: DocxSection, *, landscape: bool) -> None:
        """A4 in either orientation, with its own header and footer (their right tab stop
        depends on the page width)."""
        self.landscape = landscape
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = ((A4_LONG, A4_SHORT) if landscape
                                                   else (A4_SHORT, A4_LONG))
        margins = LANDSCAPE_MARGINS if landscape else PORTRAIT_MARGINS
        for side, size in margins.items():
            setattr(section, f"{side}_margin", size)
        section.header_distance, section.footer_distance = Cm(1.1), Cm(1.0)
        width = section.page_width - margins["left"] - margins["right"]
        header = section.header
        header.is_linked_to_previous = False
        paragraph = header.paragraphs[0]
        paragraph.text = f"{self.doc.household_name}\t{page_date(self.doc)}"
        paragraph.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        _border(paragraph._p.get_or_add_pPr(), "w:pBdr", ("bottom",), RULE, size=4, space=4)
        footer = section.footer
        footer.is_linked_to_previous = False
        paragraph = footer.paragraphs[0]
        paragraph.text = ""
        paragraph.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        paragraph.add_run(f"{CONFIDENTIAL}\tPagina ")
        _field(paragraph, "PAGE")
        paragraph.add_run(" van ")
        _field(paragraph, "NUMPAGES")
        self.text_width, self.text_height = width, (
            section.page_height - margins["top"] - margins["bottom"])

    def ecogram(self, block: EcogramFigure, *, heading: bool) -> None:
        # the figure is A4-landscape shaped: fit the page's height, under the heading if any
        height = self.text_height - (Cm(2.2) if heading else Cm(0.8))
        width = min(self.text_width, int(height * 297 / 210))
        self.picture(block, width=width, space_after=0)

    def picture(self, block: EcogramFigure | ScoreChart, *, width: int,
                space_after: float = 8) -> None:
        index = self.figure_index
        self.figure_index += 1
        png = self.figures.get(index)
        if png is None:
            from voordeur.export.summary_figures import figure_png

            png = figure_png(block)
        paragraph = self.word.add_paragraph()
        # single line spacing: at 1.15 Word makes the picture's line 15 % taller than it is
        paragraph.paragraph_format.line_spacing = 1.0
        paragraph.paragraph_format.space_after = Pt(space_after)
        paragraph.paragraph_format.keep_together = True
        shape = paragraph.add_run().add_picture(io.BytesIO(png), width=width)
        name = PICTURE_NAMES[type(block)]
        shape._inline.docPr.set("name", name)
        shape._inline.docPr.set("descr", name)
        for element in shape._inline.iter(qn("pic:cNvPr")):
            element.set("name", name)

    def table(self, block: Table) -> None:
        columns = len(block.header)
        table = self.word.add_table(rows=1, cols=columns, style="Table Grid")
        weights = list(block.widths) if len(block.widths) == columns else [1.0] * columns
        widths = [int(self.text_width * w / sum(weights)) for w in weights]
        # a wide table (the consent register) a size smaller rather than words broken up
        size = Pt(9.5) if columns >= DENSE_COLUMNS else None
        header = table.rows[0]
        _repeat_header(header)
        for cell, text in zip(header.cells, block.header, strict=True):
            run = cell.paragraphs[0].add_run(text)
            run.bold, run.font.size = True, size
            _shade(cell, HEADER_FILL)
            _border(cell._tc.get_or_add_tcPr(), "w:tcBorders", ("top", "bottom"),
                    RULE_STRONG, size=6)
        for row in block.rows:
            cells = table.add_row().cells
            for cell, text in zip(cells, [*row, *[""] * columns][:columns], strict=True):
                cell.paragraphs[0].add_run(text).font.size = size
        _finish_table(table, widths)

    def facts(self, block: Facts) -> None:
        table = self.word.add_table(rows=0, cols=2, style="Table Grid")
        for label, value in block.pairs:
            cells = table.add_row().cells
            run = cells[0].paragraphs[0].add_run(label)
            run.bold, run.font.color.rgb = True, MUTED
            cells[1].paragraphs[0].add_run(value)
        _finish_table(table, [int(self.text_width * 0.3), int(self.text_width * 0.7)])


def _merge_section_break(section: DocxSection) -> None:
    """python-docx ends a section with an empty paragraph of its own; after a full-page
    ecogram that paragraph would spill onto a blank page. The break moves into the section's
    last paragraph instead (a table cannot hold it: then the empty paragraph stays)."""
    empty = section._sectPr.getprevious()
    while empty is not None and empty.tag != qn("w:p"):
        empty = empty.getprevious()
    if empty is None or empty.pPr is None or empty.pPr.sectPr is None or empty.r_lst:
        return
    before = empty.getprevious()
    if before is None or before.tag != qn("w:p") or (
            before.pPr is not None and before.pPr.sectPr is not None):
        return
    before.get_or_add_pPr().append(empty.pPr.sectPr)
    empty.getparent().remove(empty)


# -- table and field details (no python-docx API for these) ---------------------------------------
def _finish_table(table: DocxTable, widths: list[int]) -> None:
    """Column widths, calm horizontal rules (no vertical lines), some air in the cells, and
    an empty paragraph after it (two tables in a row would otherwise merge in Word)."""
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
        for cell in column.cells:
            cell.width = width
    properties = table._tbl.tblPr
    _border(properties, "w:tblBorders", ("top", "bottom", "insideH"), RULE, size=4)
    _border(properties, "w:tblBorders", ("left", "right", "insideV"), None)
    margins = _child(properties, "w:tblCellMar")
    for side, twips in (("top", 50), ("left", 100), ("bottom", 50), ("right", 100)):
        element = OxmlElement(f"w:{side}")
        element.set(qn("w:w"), str(twips))
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    spacer = table._parent.add_paragraph() if hasattr(table._parent, "add_paragraph") else None
    if spacer is not None:
        spacer.paragraph_format.space_after = Pt(2)


# Word refuses a file whose property elements are out of the schema's order, so each is put
# before the elements that must follow it
_AFTER = {
    "w:pBdr": ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
               "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
               "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
               "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection",
               "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId",
               "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange"),
    "w:tblBorders": ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption",
                     "w:tblDescription", "w:tblPrChange"),
    "w:tblCellMar": ("w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange"),
    "w:tcBorders": ("w:shd", "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText",
                    "w:vAlign", "w:hideMark", "w:headers", "w:cellIns", "w:cellDel",
                    "w:cellMerge", "w:tcPrChange"),
    "w:shd": ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign",
              "w:hideMark", "w:headers", "w:cellIns", "w:cellDel", "w:cellMerge",
              "w:tcPrChange"),
}


def _child(parent: Any, tag: str) -> Any:
    """`parent`'s `tag` element, added in its place in the schema's order if missing."""
    element = parent.find(qn(tag))
    if element is None:
        element = OxmlElement(tag)
        parent.insert_element_before(element, *_AFTER[tag])
    return element


def _border(parent: Any, tag: str, sides: tuple[str, ...], colour: str | None, *,
            size: int = 4, space: int = 0) -> None:
    box = _child(parent, tag)
    for side in sides:
        element = box.find(qn(f"w:{side}"))
        if element is None:
            element = OxmlElement(f"w:{side}")
            box.append(element)
        element.set(qn("w:val"), "single" if colour else "nil")
        if colour:
            element.set(qn("w:sz"), str(size))
            element.set(qn("w:space"), str(space))
            element.set(qn("w:color"), colour)


def _shade(cell: Any, fill: str) -> None:
    shading = _child(cell._tc.get_or_add_tcPr(), "w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)


def _repeat_header(row: Any) -> None:
    properties = row._tr.get_or_add_trPr()
    for tag in ("w:cantSplit", "w:tblHeader"):  # the schema's order
        properties.append(OxmlElement(tag))


def _field(paragraph: Any, code: str) -> None:
    """A live field (PAGE, NUMPAGES) with '1' shown until the reader's program updates it."""
    def char(kind: str) -> Any:
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        return element

    instruction = OxmlElement("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = f" {code} "
    for part in (char("begin"), instruction, char("separate")):
        paragraph.add_run()._r.append(part)
    paragraph.add_run("1")
    paragraph.add_run()._r.append(char("end"))
