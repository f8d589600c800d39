"""The PDF read back: text, running header and footer, pages, the ecogram's landscape page,
tables over page breaks, bookmarks and metadata without names."""

from __future__ import annotations

import io
from dataclasses import dataclass, replace

import pytest
from summary_samples import (
    AGREEMENT_ROWS,
    ECOGRAM_CAPTION,
    HOUSEHOLD_NAME,
    MADE_ON_TEXT,
    NAMES,
    SUBTITLE,
    TITLE,
    TRICKY,
    VISIT_DAY_TEXT,
    WORKER,
    long_document,
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
from voordeur.export.summary_figures import figure_pngs
from voordeur.export.summary_pdf import write_pdf

pdfium = pytest.importorskip("pypdfium2")
pdfium_raw = pytest.importorskip("pypdfium2.raw")


@dataclass(frozen=True)
class Page:
    text: str  # whitespace collapsed
    width: float
    height: float
    images: int


@dataclass(frozen=True)
class ReadBack:
    pages: list[Page]
    metadata: dict[str, str]
    toc: list[tuple[int, str, int]]  # level, title, page index

    @property
    def text(self) -> str:
        return " ".join(page.text for page in self.pages)


def read_back(doc: SummaryDocument, figures: dict[int, bytes] | None = None) -> ReadBack:
    buffer = io.BytesIO()
    write_pdf(doc, buffer, figures=figures)
    pdf = pdfium.PdfDocument(buffer.getvalue())
    try:
        pages = []
        for page in pdf:
            width, height = page.get_size()
            images = len(list(page.get_objects(filter=[pdfium_raw.FPDF_PAGEOBJ_IMAGE])))
            text = " ".join(page.get_textpage().get_text_range().split())
            pages.append(Page(text, width, height, images))
            page.close()
        toc = [(item.level, item.get_title(), item.get_dest().get_index())
               for item in pdf.get_toc()]
        return ReadBack(pages, pdf.get_metadata_dict(), toc)
    finally:
        pdf.close()


@pytest.fixture(scope="module")
def sample() -> ReadBack:
    doc = sample_document()
    return read_back(doc, figure_pngs(doc, dpi=60))


def test_every_page_has_the_household_visit_day_and_confidential_page_numbers(
        sample: ReadBack) -> None:
    total = len(sample.pages)
    assert total == 4
    for number, page in enumerate(sample.pages, start=1):
        assert HOUSEHOLD_NAME in page.text and VISIT_DAY_TEXT in page.text
        assert (f"Gemaakt op {MADE_ON_TEXT}" in page.text) == (number == 1)
        assert "Vertrouwelijk" in page.text
        assert f"Pagina {number} van {total}" in page.text


def test_the_first_page_opens_with_title_subtitle_recipient_and_author(
        sample: ReadBack) -> None:
    first = sample.pages[0].text
    assert first.index(TITLE) < first.index(SUBTITLE) < first.index("Voor het gezin")
    assert f"Opgesteld door {WORKER}" in first


def test_all_blocks_read_back_with_names_and_special_characters_intact(
        sample: ReadBack) -> None:
    text = sample.text
    for expected in ("Waar we het over hadden", "Zoë was er het eerste halfuur bij",
                     "Aanwezig Łucja Wróbel, Şükrü Kılıç", "• Oma Gülşen haalt Zoë",
                     "Doel Cijfer nu Vorige keer", "7 van de 10", "Toelichting bij de doelen",
                     "Zo ging het cijfer per doel.", "Het volgende bezoek is op dinsdag"):
        assert expected in text
    assert text.count(TRICKY) == 2  # in the bullets and in the agreements table
    for who, what, _ in AGREEMENT_ROWS:
        assert who in text and what.split()[0] in text


def test_the_ecogram_has_a_landscape_page_of_its_own_with_its_heading(
        sample: ReadBack) -> None:
    landscape = [n for n, page in enumerate(sample.pages) if page.width > page.height]
    assert landscape == [2]
    page = sample.pages[2]
    assert round(page.width) == 842 and round(page.height) == 595
    assert "Wie jullie helpen" in page.text and page.images == 1
    assert "P = praktisch" not in page.text  # what follows goes back to a portrait page
    assert "P = praktisch" in sample.pages[3].text
    assert all(round(p.width) == 595 for n, p in enumerate(sample.pages) if n != 2)
    assert sample.pages[0].images == 1  # the score chart, inline


def test_headings_are_bookmarks_pointing_at_their_pages(sample: ReadBack) -> None:
    assert (0, "Waar we het over hadden", 0) in sample.toc
    assert (1, "Toelichting bij de doelen", 1) in sample.toc  # a level-2 heading
    assert (0, "Wie jullie helpen", 2) in sample.toc
    assert (0, "Tot slot", 3) in sample.toc


def test_metadata_holds_the_title_and_voordeur_only(sample: ReadBack) -> None:
    meta = sample.metadata
    assert meta["Title"] == TITLE
    assert meta["Author"] == meta["Creator"] == meta["Producer"] == "Voordeur"
    assert meta["Subject"] == "" and meta["Keywords"] == ""
    values = " ".join(meta.values())
    for name in (*NAMES, HOUSEHOLD_NAME, "ReportLab"):
        assert name not in values


def test_a_long_table_repeats_its_header_and_keeps_its_heading_with_it() -> None:
    result = read_back(long_document(rows=80))
    assert len(result.pages) >= 3
    header = "Doel Datum Score Toelichting"
    assert all(header in page.text for page in result.pages)
    assert all(f"Toelichting nummer {i}:" in result.text for i in range(80))
    first = result.pages[0].text
    assert first.index("Scores") < first.index(header) < first.index("Toelichting nummer 0:")
    assert "Na de tabel" in result.pages[-1].text
    assert all(page.width < page.height for page in result.pages)


def test_a_heading_never_ends_a_page() -> None:
    filler = Section("Vooraf", tuple(Paragraph(f"Regel {i} van het verhaal.") for i in range(38)))
    table = Section("De tabel", (Table(("Wie", "Wat"), (("Łucja", "Belt"),) * 3),))
    result = read_back(sample_document(sections=(filler, table)))
    page = next(p for p in result.pages if "De tabel" in p.text)
    assert page.text.index("De tabel") < page.text.index("Wie Wat") < page.text.index("Łucja")


def test_figures_are_drawn_when_not_given() -> None:
    doc = sample_document()
    result = read_back(doc)
    assert len(result.pages) == 4 and result.pages[2].images == 1


def test_two_ecograms_in_a_row_and_an_ecogram_at_the_end_add_no_blank_page() -> None:
    figure = EcogramFigure(small_ecogram(), caption=ECOGRAM_CAPTION)
    doc = sample_document(sections=(
        Section("Netwerk", (figure, figure)),
        Section("Slot", (Paragraph("Dit is het eind."),)),
        Section("Nog een keer", (figure,)),
    ))
    result = read_back(doc, figure_pngs(doc, dpi=40))
    shapes = ["landscape" if p.width > p.height else "portrait" for p in result.pages]
    assert shapes == ["portrait", "landscape", "landscape", "portrait", "landscape"]
    assert "Dit is het eind." in result.pages[3].text
    assert "Pagina 5 van 5" in result.pages[4].text


def test_odd_content_does_not_break_the_layout() -> None:
    doc = sample_document(
        household_name="Gezin " + "Achternaam-" * 30, made_by="", subtitle="",
        sections=(
            Section("Leeg", ()),
            Section("Lege tabel", (Table(("A", "B", "C"), ()),)),
            Section("Scheve tabel", (Table(("A", "B"), (("alleen A",), ("1", "2", "3"))),)),
            Section("Brede tabel", (Table(tuple(f"Kolom{i}" for i in range(8)),
                                          (tuple(f"septembermaand{i}" for i in range(8)),)),)),
        ))
    result = read_back(doc)
    text = result.text
    assert "Opgesteld door" not in text and "Leeg" in text and "alleen A" in text
    assert "…" in result.pages[0].text  # the long household name is shortened in the header
    assert "Kolom7" in text


def test_only_what_it_is_given_goes_in() -> None:
    doc = replace(sample_document(), sections=(Section("Alleen dit", (Paragraph("Kort."),)),))
    result = read_back(doc)
    assert len(result.pages) == 1
    assert "Alleen dit" in result.text and "Wat goed gaat" not in result.text
    assert result.pages[0].images == 0
