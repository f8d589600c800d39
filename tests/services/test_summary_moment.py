"""A document records its moment: two visits four weeks apart (`testsupport_cycle`), exported as
PDF, DOCX and Markdown and read back. A visit summary stays the record of its visit however
late it is exported again; the family plan shows the plan now; no next visit in the past."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from testsupport_cycle import (
    CONCERN,
    FIRST,
    PLAN_TAB,
    QUESTION,
    SECOND,
    THIRD,
    Cycle,
    at,
    visit_one,
    visit_two,
)
from testsupport_summary import all_text
from voordeur import clock
from voordeur.export.summary_document import (
    MONTHS,
    Audience,
    EcogramFigure,
    ExportFormat,
    SummaryDocument,
    Table,
)
from voordeur.export.summary_figures import figure_pngs
from voordeur.model import Agreement, Visit
from voordeur.model.catalogues import AgreementStatus, TieQuality
from voordeur.services import plan, visits
from voordeur.services.summary_content import VisitIsVoid, family_plan, visit_summary
from voordeur.services.summary_export import render_document
from voordeur.services.unit_of_work import unit_of_work
from voordeur.store.store import Store

pdfium = pytest.importorskip("pypdfium2")
docx = pytest.importorskip("docx")

BEFORE = date(2026, 12, 7)  # visit 1's own day
AFTER = date(2027, 1, 6)  # two days after visit 2
MADE = "Gemaakt op"


def export(store: Store, day: date, build):  # type: ignore[no-untyped-def]
    with clock.use(at(datetime.combine(day, datetime.min.time(), UTC).replace(hour=15))):
        doc = build(day)
        figures = figure_pngs(doc, dpi=40)
        files = {fmt: render_document(doc, fmt, figures=figures) for fmt in ExportFormat}
    return doc, figures, files


def read_back(fmt: ExportFormat, data: bytes) -> list[str]:
    """The text of an exported file, line by line (PDF: pdfium's text of every page; DOCX: the
    body's paragraphs, table cells, headers and footers)."""
    if fmt == ExportFormat.PDF:
        pdf = pdfium.PdfDocument(data)
        try:
            text = "\n".join(page.get_textpage().get_text_range() for page in pdf)
        finally:
            pdf.close()
        return [line.strip() for line in text.replace("\r", "").split("\n")]
    if fmt == ExportFormat.DOCX:
        word = docx.Document(io.BytesIO(data))
        lines = [p.text for p in word.paragraphs]
        lines += [c.text for t in word.tables for row in t.rows for c in row.cells]
        for section in word.sections:
            lines += [p.text for p in section.header.paragraphs + section.footer.paragraphs]
        return lines
    return data.decode("utf-8").splitlines()


def section(doc: SummaryDocument, heading: str):  # type: ignore[no-untyped-def]
    return next((s for s in doc.sections if s.heading == heading), None)


def agreement_rows(doc: SummaryDocument) -> dict[str, tuple[str, ...]]:
    found = section(doc, "Afspraken: wie doet wat, wanneer") or section(doc, "Afspraken")
    assert found is not None
    table = next(b for b in found.blocks if isinstance(b, Table))
    return {row[1]: row for row in table.rows}


def dutch_dates(text: str) -> list[date]:
    months = "|".join(MONTHS)
    return [date(int(y), MONTHS.index(m) + 1, int(d))
            for d, m, y in re.findall(rf"(\d{{1,2}}) ({months}) (\d{{4}})", text)]


def family(store: Store, visit_id: str):  # type: ignore[no-untyped-def]
    return lambda day: visit_summary(store, visit_id, Audience.FAMILY, today=day)


def test_visit_one_exported_again_after_visit_two_holds_the_same(store: Store) -> None:
    cycle = visit_one(store)
    before, before_figures, before_files = export(store, BEFORE, family(store, cycle.visit_1))
    cycle = visit_two(store, cycle)
    after, after_figures, after_files = export(store, AFTER, family(store, cycle.visit_1))

    assert replace(before, made_on=AFTER) == after  # the document itself: only its day differs
    for fmt in ExportFormat:
        old, new = read_back(fmt, before_files[fmt]), read_back(fmt, after_files[fmt])
        assert [line for line in old if MADE not in line] == \
            [line for line in new if MADE not in line], fmt
        assert any(f"{MADE} 7 december 2026" in line for line in old), fmt
        assert any(f"{MADE} 6 januari 2027" in line for line in new), fmt
        text = "\n".join(new)
        assert QUESTION in text and CONCERN in text
        assert "Bij dit bezoek afgesproken: volgend bezoek op maandag 4 januari 2027" in text
        assert THIRD not in text and PLAN_TAB not in text and "Klaar" not in text
    assert before_figures == after_figures  # the network as kept at visit 1, the scores then

    rows = agreement_rows(after)
    assert set(rows) == {FIRST, SECOND}  # open then, as they were
    assert after.dated == BEFORE and after.subtitle.startswith("Huisbezoek op maandag 7 december")
    # every page's header has the visit's day; the export day only labelled, once
    pdf = pdfium.PdfDocument(after_files[ExportFormat.PDF])
    try:
        pages = [page.get_textpage().get_text_range() for page in pdf]
    finally:
        pdf.close()
    assert all("7 december 2026" in page for page in pages)
    assert sum(page.count(MADE) for page in pages) == 1
    word = docx.Document(io.BytesIO(after_files[ExportFormat.DOCX]))
    assert {s.header.paragraphs[0].text for s in word.sections} == {
        "Gezin Amrani\t7 december 2026"}
    markdown = after_files[ExportFormat.MARKDOWN].decode()
    assert "Datum:" not in markdown and f"{MADE} 6 januari 2027" in markdown


def test_visit_two_carries_the_question_over_and_records_what_changed(store: Store) -> None:
    cycle = visit_two(store, visit_one(store))
    with clock.use(at(datetime(2027, 1, 6, 15, tzinfo=UTC))):
        second = visit_summary(store, cycle.visit_2, Audience.FAMILY, today=AFTER)
        first = visit_summary(store, cycle.visit_1, Audience.FAMILY, today=AFTER)
    text = all_text(second)
    assert section(second, "Jullie vraag").blocks[0].text == QUESTION
    assert section(second, "Waar we samen op letten") is None and CONCERN not in text
    rows = agreement_rows(second)
    assert rows[FIRST][-1] == "Klaar op 4 januari 2027"  # done since visit 1
    assert {SECOND, THIRD, PLAN_TAB} <= set(rows) and rows[SECOND][-1] == "Open"
    assert "Bij dit bezoek afgesproken: volgend bezoek op maandag 1 februari 2027" in text

    def school_quality(doc: SummaryDocument) -> TieQuality:
        ecogram = next(b for b in doc.figures if isinstance(b, EcogramFigure)).ecogram
        return next(t.quality for t in ecogram.ties if t.id == cycle.school_tie)

    assert school_quality(first) == TieQuality.STRESSFUL
    assert school_quality(second) == TieQuality.NEUTRAL
    scores = {s.label: s.points for s in second.figures[0].series}  # type: ignore[union-attr]
    assert scores["Doel 1"] == ((date(2026, 12, 7), 3), (date(2027, 1, 4), 6))
    first_scores = {s.label: s.points for s in first.figures[0].series}  # type: ignore[union-attr]
    assert first_scores["Doel 1"] == ((date(2026, 12, 7), 3),)

    for audience in (Audience.FILE, Audience.FAMILY):
        doc = visit_summary(store, cycle.visit_2, audience, today=AFTER)
        assert QUESTION in all_text(doc)


def test_the_plan_shows_the_plan_now_and_never_a_past_next_visit(store: Store) -> None:
    cycle = visit_two(store, visit_one(store))
    docs = [export(store, AFTER, build)[0] for build in (
        lambda day: family_plan(store, cycle.household_id, Audience.FAMILY, today=day),
        lambda day: family_plan(store, cycle.household_id, Audience.FILE, today=day),
        family(store, cycle.visit_1), family(store, cycle.visit_2),
        lambda day: visit_summary(store, cycle.visit_1, Audience.FILE, today=day))]
    plan_family, plan_file = docs[0], docs[1]
    assert section(plan_family, "Jullie vraag").blocks[0].text == QUESTION
    assert plan_family.subtitle == "Bijgewerkt op maandag 4 januari 2027"
    assert plan_family.dated is None
    assert section(plan_file, "Zorgen") is None and CONCERN not in all_text(plan_file)
    assert section(plan_file, "Hulpvraag").blocks[0].text == QUESTION
    assert "We zien elkaar weer op maandag 1 februari 2027" in all_text(plan_family)
    for doc in docs:  # no document announces a next visit before the day it was made
        for match in re.finditer(r"We zien elkaar weer op ([^.]*)", all_text(doc)):
            assert all(day >= AFTER for day in dutch_dates(match.group(1)))
    # once its day has passed without a visit, the planned visit is not "next" any more
    later = family_plan(store, cycle.household_id, Audience.FAMILY, today=date(2027, 2, 10))
    assert "We zien elkaar weer" not in all_text(later)
    assert "1 februari 2027" not in all_text(later)


def test_an_agreement_ticked_off_on_the_visits_day_was_done_then(store: Store) -> None:
    cycle = visit_one(store)
    with clock.use(at(datetime(2026, 12, 7, 19, tzinfo=UTC))), unit_of_work(store) as uow:
        agreement = next(a for a in _agreements(uow, cycle) if a.what == SECOND)
        plan.set_agreement_status(uow, agreement, AgreementStatus.DONE, BEFORE)
    doc = visit_summary(store, cycle.visit_1, Audience.FILE, today=AFTER)
    rows = agreement_rows(doc)
    assert rows[SECOND][-1] == "Klaar op 7 december 2026" and rows[FIRST][-1] == "Open"
    assert PLAN_TAB not in rows  # added in the Plan tab after the visit was final


def test_a_void_visit_is_only_in_the_case_file(store: Store) -> None:
    cycle = visit_two(store, visit_one(store))
    with clock.use(at(datetime(2027, 1, 6, 9, tzinfo=UTC))), unit_of_work(store) as uow:
        visit = uow.get(Visit, cycle.visit_2)
        assert visit is not None
        visits.void_visit(uow, visit, "verkeerd gezin gekozen")
    for audience in (Audience.FAMILY, Audience.PARTNER):
        with pytest.raises(VisitIsVoid):
            visit_summary(store, cycle.visit_2, audience, organisation_id="x", today=AFTER)
    file = visit_summary(store, cycle.visit_2, Audience.FILE, today=AFTER)
    assert file.sections[0].blocks[0].text == "Vervallen: verkeerd gezin gekozen"
    plan_file = family_plan(store, cycle.household_id, Audience.FILE, today=AFTER)
    text = all_text(plan_file)
    assert "Vervallen: verkeerd gezin gekozen" in text
    assert "1 februari 2027" not in text  # the void visit's plan is not the next visit
    scores = next(b for b in plan_file.figures if not isinstance(b, EcogramFigure))
    assert all(day != date(2027, 1, 4) for s in scores.series  # type: ignore[union-attr]
               for day, _ in s.points)


def _agreements(uow, cycle: Cycle) -> list[Agreement]:  # type: ignore[no-untyped-def]
    from sqlmodel import select

    return list(uow.session.exec(select(Agreement).where(
        Agreement.household_id == cycle.household_id)))


def test_a_draft_visit_shows_the_plan_and_the_map_as_they_stand(store: Store) -> None:
    from voordeur.model import Household
    from voordeur.services import ecogram as eco

    cycle = visit_one(store)
    with clock.use(at(datetime(2027, 1, 4, 10, tzinfo=UTC))):
        with unit_of_work(store) as uow:
            household = uow.get(Household, cycle.household_id)
            assert household is not None
            draft = visits.start_planned_visit(uow, household).id
            eco.edit_tie(uow, cycle.school_tie, quality=TieQuality.NEUTRAL)
        visits.apply_visit_changes(store, draft, {"concerns": ""}, session_start=None,
                                   score_day=date(2027, 1, 4))
        doc = visit_summary(store, draft, Audience.FILE, today=date(2027, 1, 4))
        first = visit_summary(store, cycle.visit_1, Audience.FILE, today=date(2027, 1, 4))
    assert section(doc, "Zorgen") is None and QUESTION in all_text(doc)
    assert "Concept (nog niet definitief)" in all_text(doc)
    assert "Het netwerk zoals het nu is vastgelegd." in all_text(doc)
    assert {t.quality for f in doc.figures if isinstance(f, EcogramFigure)
            for t in f.ecogram.ties} == {TieQuality.NEUTRAL}
    assert CONCERN in all_text(first)  # visit 1 keeps its own
    assert {PLAN_TAB, FIRST, SECOND} <= set(agreement_rows(doc))
