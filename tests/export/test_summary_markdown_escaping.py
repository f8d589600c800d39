"""Markdown that pastes safely: every text of a document reads back as the same text.

Each export is parsed with markdown-it-py, as CommonMark and as GFM (tables and
strikethrough); the text read back, line by line, must be the document's own text (lines
stripped, one-line parts with their whitespace runs as one space: see `summary_markdown`), and
no raw HTML may come through. Documents come from the real summary pipeline (a household whose
notes, goals, agreements and names are written to break Markdown) and, for arbitrary text, from
hand-built documents with text in every kind of block.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from summary_samples import sample_document

from testsupport_summary import build
from voordeur.domain.printable import printable_copy
from voordeur.export.summary_document import (
    CONFIDENTIAL,
    Audience,
    BulletList,
    EcogramFigure,
    ExportFormat,
    Facts,
    Paragraph,
    ScoreChart,
    ScoreSeries,
    Section,
    SummaryDocument,
    Table,
    dutch_date,
    made_on_text,
)
from voordeur.export.summary_markdown import ECOGRAM_NOTE, escape, to_markdown
from voordeur.model import Household, Visit
from voordeur.model.catalogues import AgreementOwnerKind
from voordeur.services import ecogram as eco
from voordeur.services import plan, visits
from voordeur.services.summary_content import family_plan, visit_summary
from voordeur.services.summary_export import render_document
from voordeur.services.unit_of_work import unit_of_work
from voordeur.store.store import Store

PARSERS = {
    "commonmark": MarkdownIt("commonmark"),
    # GitHub's dialect: tables and strikethrough (linkify needs linkify-it-py; it only wraps
    # text in a link, and GitHub shows a link's text as written)
    "gfm": MarkdownIt("gfm-like", {"linkify": False}),
}

# Each one turns into markup when pasted as it is.
HOSTILE = (
    "# Kop", "## Ook een kop #", "Kop met sluiting ##", "---", "***", "___", "- - -", "===",
    "- lijst", "+ lijst", "* lijst", "1. genummerd", "1) genummerd", "2026. Een jaartal",
    "> citaat", "    ingesprongen code", "\tmet tab", "*schuin* en **vet** en _ook_ __vet__",
    "~~doorgestreept~~ en ~een~", "`code` en ``dubbel``", "```", "~~~ hek",
    "<b>vet</b> en <script>alert(1)</script>", "<!-- commentaar -->", "<http://x.nl>",
    "<mail@voorbeeld.nl>", "a | b | c", "|---|---|", "| --- |", ":-|-",
    "&amp; &lt;b&gt; &#35; &#x23; &copy;", "Kosten & baten", "C:\\map\\bestand", "eindigt op \\",
    "eindigt op twee spaties  ", "[link](http://x.nl) en ![beeld](x.png)",
    "[ref]: http://x.nl", "[ref]", "snake_case_naam en __init__ en a_b_", "\\*geen\\* escape",
    "Tabel: | Wie | Wat |", "5 > 3 en 2 < 4", "regel 1\nregel 2", "  voorloop en slot  ",
    "[^1]: voetnoot", "www.voorbeeld.nl en https://x.nl/%41", "Zoë, Şükrü & Łucja",
)
TEXT = "\n".join(HOSTILE)


def read_back(markdown: str, parser: MarkdownIt) -> list[str]:
    """The text a reader sees, one item per line of a heading, paragraph, list item or table
    cell (empty ones left out). Raw HTML fails the test."""
    lines: list[str] = []
    for token in parser.parse(markdown):
        assert token.type != "html_block", token.content
        if token.type != "inline":
            continue
        current = [""]
        for child in token.children or ():
            assert child.type != "html_inline", child.content
            if child.type in ("softbreak", "hardbreak"):
                current.append("")
            elif child.type in ("text", "code_inline"):
                current[-1] += child.content
        lines += current
    return [line for line in lines if line]


def one_line(text: str) -> str:
    return " ".join(text.split())


def expected(doc: SummaryDocument, *, tables: bool) -> list[str]:
    """The document's own text, in reading order, as the Markdown should give it back; without
    `tables` (CommonMark) a table is its lines of text: '| a | b |'."""
    lines = [one_line(doc.title)]
    lines += [one_line(line) for line in (doc.subtitle, doc.recipient)]
    lines += [one_line(f"Opgesteld door: {doc.made_by}")] if doc.made_by else []
    lines += [made_on_text(doc)]
    for section in doc.sections:
        lines.append(one_line(section.heading))
        for block in section.blocks:
            lines += _expected_block(block, tables)
    lines.append(CONFIDENTIAL)
    return [line for line in lines if line]


def _expected_block(block: object, tables: bool) -> list[str]:
    if isinstance(block, Paragraph):
        return [line.strip() for line in block.text.split("\n")]
    if isinstance(block, BulletList):
        return [one_line(item) for item in block.items]
    if isinstance(block, Facts):
        return [f"{one_line(label)}: {one_line(value)}".strip() for label, value in block.pairs]
    if isinstance(block, Table):
        columns = len(block.header)
        rows = [block.header, *(tuple([*row, *[""] * columns][:columns]) for row in block.rows)]
        return _table_text([[one_line(cell) for cell in row] for row in rows], tables)
    if isinstance(block, EcogramFigure):
        return [ECOGRAM_NOTE]
    if isinstance(block, ScoreChart):
        series = [s for s in block.series if s.points]
        if not series:
            return []
        days = sorted({day for s in series for day, _ in s.points})
        rows = [["Datum", *(one_line(s.label) for s in series)]]
        rows += [[dutch_date(day), *(str(dict(s.points)[day]) if day in dict(s.points) else "–"
                                     for s in series)] for day in days]
        return [one_line(block.caption), *_table_text(rows, tables)]
    raise AssertionError(f"unknown block {block!r}")


def _table_text(rows: list[list[str]], tables: bool) -> list[str]:
    if tables:
        return [cell for row in rows for cell in row]
    lines = ["| " + " | ".join(row) + " |" for row in rows]
    return [lines[0], "| " + " | ".join("---" for _ in rows[0]) + " |", *lines[1:]]


def markdown_of(doc: SummaryDocument) -> str:
    """As the app exports it: the text made printable first (tabs as spaces), then written."""
    return render_document(doc, ExportFormat.MARKDOWN).decode("utf-8")


def assert_reads_back(doc: SummaryDocument, markdown: str) -> None:
    doc = printable_copy(doc)
    for name, parser in PARSERS.items():
        assert read_back(markdown, parser) == expected(doc, tables=name == "gfm"), name


# -- the writer, hostile text in every kind of block -------------------------------------------
def hostile_document(text: str) -> SummaryDocument:
    """`text` as every part of a document: title, header lines, headings, paragraphs, bullets,
    facts, table cells, the chart's caption and goal labels."""
    parts = [line for line in text.split("\n") if line.strip()] or [text]
    sections = (
        Section(text, (Paragraph(text), BulletList(tuple(parts)),
                       Facts(tuple((part, part) for part in parts)))),
        Section(parts[0], (
            Table(("Wie", text, "Wanneer"), tuple((part, text, part) for part in parts)),
            ScoreChart((ScoreSeries(parts[0], ((date(2026, 3, 3), 7),)),
                        ScoreSeries(text, ((date(2026, 2, 3), 5),))), caption=text),
        ), level=2),
        Section("Netwerk", (EcogramFigure(sample_document().sections[5].blocks[0].ecogram,
                                          caption=text),)),
    )
    return sample_document(title=text, subtitle=text, recipient=parts[-1], made_by=parts[0],
                           sections=sections)


def test_hostile_text_in_every_block_reads_back_as_written() -> None:
    doc = hostile_document(TEXT)
    assert_reads_back(doc, markdown_of(doc))
    for line in HOSTILE:
        assert_reads_back(hostile_document(line), markdown_of(hostile_document(line)))


def test_markup_and_html_stay_text_in_the_rendered_html() -> None:
    html = PARSERS["gfm"].render(to_markdown(hostile_document(TEXT)))
    assert "<script>" not in html and "<b>vet</b>" not in html and "<em>" not in html
    assert "<h1>" in html and html.count("<h1>") == 1  # only the title
    assert "&amp;amp;" in html  # "&amp;" is shown as typed, not as "&"
    assert "<code>" not in html and "<blockquote>" not in html and "<ol" not in html


def test_escaping_leaves_ordinary_dutch_text_readable() -> None:
    assert escape("Kosten & baten, 5 > 3, snake_case en één-twee") == \
        "Kosten & baten, 5 > 3, snake_case en één-twee"
    assert escape("1. Zoë gaat naar school") == "1\\. Zoë gaat naar school"
    assert escape("1. Zoë", line_start=False) == "1. Zoë"  # in a table cell
    assert escape("<b> | &amp;") == "\\<b> \\| \\&amp;"


def test_a_paragraph_keeps_its_lines_and_a_blank_line_starts_a_new_one() -> None:
    doc = sample_document(sections=(Section("Tekst", (Paragraph("  een\ntwee  \n\n  drie"),)),))
    markdown = to_markdown(doc)
    assert "een  \ntwee\n\ndrie" in markdown
    assert_reads_back(doc, markdown)


PIECES = ("#", "-", "+", "*", "_", "=", ">", "<", "&", "|", "`", "~", "[", "]", "!", "(", ")",
          "\\", ":", ".", "1.", "2)", "&amp;", "&#35;", "<b>", "</b>", "---", "   ", "    ",
          "\n", "\n\n", "\t", "a", "é", " ", "www.", "http://", "@", "\u00a0")
text_strategy = st.lists(st.one_of(
    st.sampled_from(PIECES),
    st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=4)),
    max_size=14).map("".join)


@settings(max_examples=200, deadline=None)
@given(text_strategy)
def test_any_printable_text_reads_back_as_written(text: str) -> None:
    doc = hostile_document(text)
    assert_reads_back(doc, markdown_of(doc))


# -- the real pipeline ---------------------------------------------------------------------------
@pytest.fixture()
def hostile_household(store: Store):  # type: ignore[no-untyped-def]
    """The summary test household with Markdown in its notes, goals, agreements and network."""
    h = build(store, finalise=False)
    with unit_of_work(store) as uow:
        household = uow.get(Household, h.household_id)
        visit = uow.get(Visit, h.visit_id)
        visits.edit_visit(uow, visit, request=TEXT, strengths=TEXT, concerns=TEXT,
                          notes=TEXT, present_other="<b>Juf</b> | *Anouk*")
        goal = plan.add_goal(uow, household, "1. <em>Rust</em> | & `thuis` # ---",
                             started_on=date(2026, 9, 1))
        plan.record_score(uow, goal, 4, date(2026, 11, 18), note="*beter* | <i>", visit_id=visit.id)
        for line in HOSTILE[:12]:
            plan.add_agreement(uow, household, line, owner_kind=AgreementOwnerKind.WORKER,
                               due_on=date(2026, 12, 1), visit_id=visit.id)
        eco.add_network_person(uow, h.household_id, first_name="*Ayla*",
                               last_name="<b>van</b> | Dijk", role="# vriendin")
        visits.edit_visit(uow, visit, next_visit_at=datetime(2026, 12, 2, 9, 30, tzinfo=UTC))
    return h


@pytest.mark.parametrize("audience", [Audience.FAMILY, Audience.PARTNER, Audience.FILE])
def test_summaries_and_plans_from_the_store_read_back_as_written(
        store: Store, hostile_household, audience: Audience) -> None:  # type: ignore[no-untyped-def]
    h = hostile_household
    partner = h.school_id if audience == Audience.PARTNER else None
    docs = [visit_summary(store, h.visit_id, audience, organisation_id=partner),
            family_plan(store, h.household_id, audience, organisation_id=partner)]
    for doc in docs:
        assert_reads_back(doc, markdown_of(doc))
    if audience == Audience.FAMILY:
        lines = read_back(markdown_of(docs[0]), PARSERS["gfm"])
        assert "# Kop" in lines and "<b>vet</b> en <script>alert(1)</script>" in lines
        assert "&amp; &lt;b&gt; &#35; &#x23; &copy;" in lines
