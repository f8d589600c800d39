"""The Word file read back: built-in styles, tables, sections, header and footer with page
fields, pictures and properties without names."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime, timedelta

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from summary_samples import (
    CHART_CAPTION,
    ECOGRAM_CAPTION,
    HOUSEHOLD_NAME,
    MADE_ON_TEXT,
    NAMES,
    SUBTITLE,
    TITLE,
    TRICKY,
    VISIT_DAY_TEXT,
    WORKER,
    sample_document,
    small_ecogram,
)

from voordeur.export.summary_document import (
    EcogramFigure,
    Paragraph,
    Section,
    SummaryDocument,
    Table,
)
from voordeur.export.summary_docx import write_docx
from voordeur.export.summary_figures import figure_pngs


def render(doc: SummaryDocument, figures: dict[int, bytes] | None = None) -> bytes:
    buffer = io.BytesIO()
    write_docx(doc, buffer, figures=figures)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def figures() -> dict[int, bytes]:
    return figure_pngs(sample_document(), dpi=40)


@pytest.fixture(scope="module")
def data(figures: dict[int, bytes]) -> bytes:
    return render(sample_document(), figures)


@pytest.fixture(scope="module")
def word(data: bytes):  # type: ignore[no-untyped-def]
    return docx.Document(io.BytesIO(data))


def test_paragraphs_use_the_built_in_styles(word) -> None:  # type: ignore[no-untyped-def]
    paragraphs = [(p.style.name, p.text) for p in word.paragraphs if p.text]
    assert paragraphs[:5] == [("Title", TITLE), ("Subtitle", SUBTITLE),
                              ("Normal", "Voor het gezin"),
                              ("Normal", f"Opgesteld door {WORKER}"),
                              ("Normal", f"Gemaakt op {MADE_ON_TEXT}")]
    headings = [(style, text) for style, text in paragraphs if style.startswith("Heading")]
    assert headings == [
        ("Heading 1", "Waar we het over hadden"), ("Heading 1", "Wat goed gaat"),
        ("Heading 1", "Doelen"), ("Heading 2", "Toelichting bij de doelen"),
        ("Heading 1", "Afspraken: wie doet wat, wanneer"), ("Heading 1", "Wie jullie helpen"),
        ("Heading 1", "Tot slot")]
    assert ("List Bullet", "Oma Gülşen haalt Zoë elke woensdag op") in paragraphs
    assert ("List Bullet", TRICKY) in paragraphs
    assert ("Caption", CHART_CAPTION) in paragraphs
    assert ("Normal", "We spraken over school en over de avonden.\n"
                      "Zoë was er het eerste halfuur bij.") in paragraphs


def test_tables_have_a_shaded_header_row_that_repeats(word) -> None:  # type: ignore[no-untyped-def]
    facts, goals, agreements = word.tables
    assert [[c.text for c in row.cells] for row in facts.rows][1] == [
        "Aanwezig", "Łucja Wróbel, Şükrü Kılıç"]
    assert [c.text for c in goals.rows[0].cells] == ["Doel", "Cijfer nu", "Vorige keer"]
    assert [c.text for c in agreements.rows[2].cells] == [
        "Şükrü Kılıç", TRICKY, "samen afspreken"]
    for table in (goals, agreements):
        assert table.style.name == "Table Grid"
        header = table.rows[0]
        assert header._tr.trPr.find(qn("w:tblHeader")) is not None
        assert all(run.bold for cell in header.cells for run in cell.paragraphs[0].runs)
        shading = header.cells[0]._tc.tcPr.find(qn("w:shd"))
        assert shading.get(qn("w:fill")) == "E9EEF4"
        assert table.rows[1]._tr.trPr is None or (
            table.rows[1]._tr.trPr.find(qn("w:tblHeader")) is None)
    # the property elements are in the schema's order, or Word calls the file damaged
    tags = [child.tag for child in goals.rows[0].cells[0]._tc.tcPr]
    assert tags == [qn("w:tcW"), qn("w:tcBorders"), qn("w:shd")]


def test_the_ecogram_has_a_landscape_a4_section_of_its_own(word) -> None:  # type: ignore[no-untyped-def]
    sections = word.sections
    assert [s.orientation for s in sections] == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE,
                                                  WD_ORIENT.PORTRAIT]
    assert round(sections[0].page_width.cm, 1) == 21.0
    assert round(sections[0].page_height.cm, 1) == 29.7
    assert round(sections[1].page_width.cm, 1) == 29.7
    landscape = sections[1]
    text_height = landscape.page_height - landscape.top_margin - landscape.bottom_margin
    text_width = landscape.page_width - landscape.left_margin - landscape.right_margin
    ecogram = word.inline_shapes[1]
    assert ecogram.height < text_height and ecogram.width <= text_width
    # no empty paragraph after the picture that could spill onto a blank page
    body = word.element.body
    picture_paragraph = ecogram._inline.getparent().getparent().getparent()
    assert picture_paragraph.pPr.sectPr is not None
    assert body.index(picture_paragraph) < len(body) - 1


def test_every_section_has_the_header_and_a_footer_with_page_fields(
        word, data: bytes) -> None:  # type: ignore[no-untyped-def]
    for section in word.sections:
        assert not section.header.is_linked_to_previous
        assert section.header.paragraphs[0].text == f"{HOUSEHOLD_NAME}\t{VISIT_DAY_TEXT}"
        footer = section.footer.paragraphs[0]
        assert footer.text.startswith("Vertrouwelijk\tPagina ")
        codes = [t.text.strip() for t in footer._p.iter(qn("w:instrText"))]
        assert codes == ["PAGE", "NUMPAGES"]
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        footers = [n for n in archive.namelist() if n.startswith("word/footer")]
        assert len(footers) == 3


def test_pictures_are_the_given_pngs_with_generic_names(
        word, figures: dict[int, bytes]) -> None:  # type: ignore[no-untyped-def]
    shapes = word.inline_shapes
    assert [s._inline.docPr.get("name") for s in shapes] == ["Scores", "Ecogram"]
    assert [s._inline.docPr.get("descr") for s in shapes] == ["Scores", "Ecogram"]
    blobs = [word.part.related_parts[s._inline.graphic.graphicData.pic.blipFill.blip.embed].blob
             for s in shapes]
    assert blobs == [figures[0], figures[1]]
    assert round(shapes[0].width.cm, 1) == 16.0


def test_properties_hold_the_title_and_voordeur_only(word, data: bytes) -> None:  # type: ignore[no-untyped-def]
    props = word.core_properties
    assert props.title == TITLE
    assert props.author == props.last_modified_by == "Voordeur"
    assert props.subject == props.keywords == props.comments == props.category == ""
    assert abs(props.created - datetime.now(UTC)) < timedelta(minutes=5)
    assert props.modified == props.created
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        docprops = " ".join(archive.read(name).decode("utf-8") for name in archive.namelist()
                            if name.startswith("docProps/") and name.endswith(".xml"))
        assert "docProps/thumbnail.jpeg" not in archive.namelist()  # a blank page
    for name in (*NAMES, HOUSEHOLD_NAME, "python-docx"):
        assert name not in docprops


def test_text_is_calibri_in_dutch(data: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        styles = archive.read("word/styles.xml").decode("utf-8")
    defaults = styles[styles.index("<w:docDefaults>"):styles.index("</w:docDefaults>")]
    assert 'w:ascii="Calibri"' in defaults and "asciiTheme" not in defaults
    assert 'w:val="nl-NL"' in defaults


def test_figures_are_drawn_when_not_given_and_odd_content_is_fine() -> None:
    figure = EcogramFigure(small_ecogram(), caption=ECOGRAM_CAPTION)
    doc = sample_document(made_by="", sections=(
        Section("Leeg", ()),
        Section("Netwerk", (Paragraph("Eerst tekst."), figure)),
        Section("Tabel", (Table(("A", "B"), (("alleen A",), ("1", "2", "3"))),)),
        Section("Breed", (Table(tuple(f"K{i}" for i in range(7)), (("x",) * 7,)),)),
    ))
    word = docx.Document(io.BytesIO(render(doc)))
    assert len(word.inline_shapes) == 1
    assert [s.orientation for s in word.sections] == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE,
                                                       WD_ORIENT.PORTRAIT]
    assert [[c.text for c in row.cells] for row in word.tables[0].rows] == [
        ["A", "B"], ["alleen A", ""], ["1", "2"]]
    wide = word.tables[1].rows[1].cells[0].paragraphs[0].runs[0]
    assert wide.font.size.pt == 9.5  # seven columns: a size smaller
    assert not any(p.text.startswith("Opgesteld door") for p in word.paragraphs)
