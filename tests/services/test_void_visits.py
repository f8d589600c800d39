"""A visit made by mistake: a draft is deleted (and can come back), a final visit is marked
void. Neither counts on Vandaag / Deze week, in the household list or as contact."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import col, select

from voordeur import clock
from voordeur.export.summary_document import Audience, ExportFormat
from voordeur.model import AccessLogEntry, Household, Visit
from voordeur.model.catalogues import VisitKind
from voordeur.services import households as hs
from voordeur.services import visits as vs
from voordeur.services.household_queries import household_detail
from voordeur.services.household_rows import household_rows
from voordeur.services.overview import week_overview
from voordeur.services.summary_content import VisitIsVoid, visit_summary
from voordeur.services.summary_export import export_document, guard_void_visit
from voordeur.services.unit_of_work import UnitOfWork, unit_of_work
from voordeur.store.store import Store

AMS = ZoneInfo("Europe/Amsterdam")
TODAY = date(2026, 11, 18)  # a Wednesday


def at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour), AMS)


def final_visit(uow: UnitOfWork, household: Household, when: datetime,
                **fields: object) -> Visit:
    visit = vs.start_visit(uow, household, starts_at=when, **fields)
    vs.finalise_visit(uow, visit, snapshot=False)
    return visit


def test_a_void_visit_is_not_contact_and_plans_nothing(store: Store) -> None:
    with unit_of_work(store) as uow:
        household = hs.create_household(uow, "Gezin Jansen")
        final_visit(uow, household, at(date(2026, 9, 1)))  # long ago: the real last contact
        # The visit by mistake: yesterday, planning a visit today.
        wrong = final_visit(uow, household, at(date(2026, 11, 17)),
                            next_visit_at=at(TODAY, 14))
        vs.void_visit(uow, wrong, "Verkeerd gezin gekozen")
    overview = week_overview(store, TODAY, 6, tz=AMS)
    assert overview.today_visits == ()  # the plan of a void visit is not on Vandaag
    assert [q.last_contact for q in overview.no_contact] == [date(2026, 9, 1)]
    row = household_rows(store, today=TODAY)[0]
    assert row.last_contact == date(2026, 9, 1) and row.next_visit is None
    detail = household_detail(store, household.id, today=TODAY, log=False)
    assert detail.last_contact == date(2026, 9, 1) and detail.next_visit is None
    assert detail.visits[0].status == "void"  # still in the case file

    with unit_of_work(store) as uow:
        vs.unvoid_visit(uow, uow.get(Visit, wrong.id))
    overview = week_overview(store, TODAY, 6, tz=AMS)
    assert [v.planned_at_visit_id for v in overview.today_visits] == [wrong.id]
    assert overview.no_contact == ()


def test_a_deleted_draft_leaves_vandaag_and_comes_back(store: Store) -> None:
    with unit_of_work(store) as uow:
        household = hs.create_household(uow, "Gezin Jansen")
        draft = vs.start_visit(uow, household, starts_at=at(TODAY, 11))
    assert len(week_overview(store, TODAY, 6, tz=AMS).today_visits) == 1
    with unit_of_work(store, detail="delete visit") as uow:
        vs.delete_draft(uow, uow.get(Visit, draft.id))
    assert week_overview(store, TODAY, 6, tz=AMS).today_visits == ()
    with store.session() as session:
        entry = session.exec(select(AccessLogEntry)
                             .order_by(col(AccessLogEntry.seq).desc())).first()
    assert entry is not None and entry.action == "change"
    assert entry.subject_ids[:2] == [household.id, draft.id]
    assert entry.detail == "delete visit: delete visit ×1"
    with unit_of_work(store, detail="restore visit") as uow:
        vs.restore_draft(uow, uow.get(Visit, draft.id, include_deleted=True))
    assert [v.visit_id for v in week_overview(store, TODAY, 6, tz=AMS).today_visits] == [
        draft.id]


def test_a_void_visit_gives_the_case_file_a_marked_copy_and_the_family_nothing(
    store: Store, tmp_path: Path
) -> None:
    with unit_of_work(store) as uow:
        household = hs.create_household(uow, "Gezin Jansen")
        visit = final_visit(uow, household, at(date(2026, 11, 17)), kind=VisitKind.HOME_VISIT,
                            notes="Gesprek over school.")
    with clock.use(at(TODAY)):
        family = visit_summary(store, visit.id, Audience.FAMILY)  # built before it was void
    with unit_of_work(store) as uow:
        stored = uow.get(Visit, visit.id)
        assert stored is not None
        vs.void_visit(uow, stored, "Dubbel ingevoerd")
    with clock.use(at(TODAY)):
        with pytest.raises(VisitIsVoid):
            visit_summary(store, visit.id, Audience.FAMILY)
        with pytest.raises(VisitIsVoid):
            guard_void_visit(store, family)
        with pytest.raises(VisitIsVoid):
            export_document(store, family, ExportFormat.MARKDOWN, tmp_path / "gezin.md")
        assert not (tmp_path / "gezin.md").exists()
        case_file = visit_summary(store, visit.id, Audience.FILE)
        assert case_file.sections[0].heading == "Dit bezoek is vervallen"
        export_document(store, case_file, ExportFormat.MARKDOWN, tmp_path / "dossier.md")
    text = (tmp_path / "dossier.md").read_text(encoding="utf-8")
    assert "Vervallen" in text and "Dubbel ingevoerd" in text
