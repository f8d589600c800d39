"""Read functions for the household list (Qt-free): its rows and the wijken for pick lists.

`household_rows` is one SQL statement with grouped sub-queries, so it stays fast for thousands of
households; it returns frozen dataclasses, never ORM objects, so the result can cross from the
background runner to the GUI thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import bindparam, text

from voordeur import clock
from voordeur.model import Worker
from voordeur.model.base import stored_text
from voordeur.model.catalogues import AgreementStatus, HouseholdStatus, PersonKind, VisitStatus
from voordeur.services.household_queries import fold
from voordeur.services.local_days import local_date, local_midnight_utc
from voordeur.services.planned_visits import next_visit_day
from voordeur.store.store import Store


@dataclass(frozen=True)
class HouseholdRow:
    id: str
    display_name: str
    neighbourhood: str
    city: str
    status: HouseholdStatus
    member_names: tuple[str, ...]
    last_contact: date | None
    next_visit: date | None
    open_agreements: int
    overdue_agreements: int
    valid_consents: int
    # Folded text of name, members, wijk and city: what the search field matches against.
    search_key: str

    @property
    def has_valid_consent(self) -> bool:
        return self.valid_consents > 0

    @property
    def active(self) -> bool:
        return self.status == HouseholdStatus.ACTIVE


# The same rule as Consent.is_valid_on, in SQL (tests keep the two in step).
_VALID_CONSENT_SQL = (
    "deleted_at IS NULL AND given_on <= :today "
    "AND (withdrawn_on IS NULL OR withdrawn_on > :today) "
    "AND (valid_until IS NULL OR valid_until >= :today)"
)

_ROWS_SQL = f"""
SELECT h.id, h.display_name, h.neighbourhood, h.city, h.status,
       (SELECT group_concat(trim(p.first_name || ' ' || p.last_name), char(31))
          FROM person AS p
         WHERE p.household_id = h.id AND p.kind = :member AND p.deleted_at IS NULL) AS members,
       v.last_contact, v.planned_start,
       (SELECT CASE WHEN lv.next_visit_at > lv.starts_at THEN lv.next_visit_at END
          FROM visit AS lv
         WHERE lv.household_id = h.id AND lv.deleted_at IS NULL AND lv.status != :void
         ORDER BY lv.starts_at DESC, lv.created_at DESC, lv.id DESC LIMIT 1) AS latest_plan,
       coalesce(a.open_count, 0), coalesce(a.overdue_count, 0), coalesce(c.valid_count, 0)
  FROM household AS h
  LEFT JOIN (SELECT household_id,
                    max(CASE WHEN starts_at < :day_end THEN starts_at END) AS last_contact,
                    min(CASE WHEN starts_at >= :day_end AND status = :draft
                             THEN starts_at END) AS planned_start
               FROM visit WHERE deleted_at IS NULL AND status != :void {{only_sub}}
              GROUP BY household_id) AS v
         ON v.household_id = h.id
  LEFT JOIN (SELECT household_id, count(*) AS open_count,
                    sum(CASE WHEN due_on < :today THEN 1 ELSE 0 END) AS overdue_count
               FROM agreement WHERE deleted_at IS NULL AND status = :open {{only_sub}}
              GROUP BY household_id) AS a
         ON a.household_id = h.id
  LEFT JOIN (SELECT household_id, count(*) AS valid_count
               FROM consent WHERE {_VALID_CONSENT_SQL} {{only_sub}}
              GROUP BY household_id) AS c
         ON c.household_id = h.id
 WHERE h.deleted_at IS NULL {{only}}
"""


def household_rows(
    store: Store, *, today: date | None = None, ids: Sequence[str] | None = None
) -> list[HouseholdRow]:
    """Every household (or only `ids`) with what the list shows, filters and sorts on."""
    today = today or clock.today()
    day_end = stored_text(local_midnight_utc(today + timedelta(days=1)))
    params = {"member": PersonKind.MEMBER.value, "open": AgreementStatus.OPEN.value,
              "today": today.isoformat(), "day_end": day_end,
              "void": VisitStatus.VOID.value, "draft": VisitStatus.DRAFT.value}
    if ids is not None:
        if not ids:
            return []
        sql = _ROWS_SQL.format(only="AND h.id IN :ids", only_sub="AND household_id IN :ids")
        statement = text(sql).bindparams(
            bindparam("ids", expanding=True))
        params["ids"] = list(ids)  # type: ignore[assignment]
    else:
        statement = text(_ROWS_SQL.format(only="", only_sub=""))
    with store.session() as session:
        raw = session.connection().execute(statement, params).all()
    rows = []
    for (hid, name, wijk, city, status, members, last, planned, plan, open_count, overdue,
         valid) in raw:
        member_names = tuple(m for m in (members or "").split("\x1f") if m)
        last_contact = local_date(last)
        rows.append(HouseholdRow(
            id=hid, display_name=name, neighbourhood=wijk, city=city,
            status=HouseholdStatus(status), member_names=member_names,
            last_contact=last_contact,
            next_visit=next_visit_day(last_contact, local_date(planned), local_date(plan),
                                      today),
            open_agreements=int(open_count), overdue_agreements=int(overdue),
            valid_consents=int(valid),
            search_key=fold(" ".join((name, *member_names, wijk, city))),
        ))
    return rows


def neighbourhoods(store: Store) -> list[str]:
    """The wijken in use (households and the worker's own), for pick lists."""
    sql = text(
        "SELECT neighbourhood FROM household WHERE deleted_at IS NULL AND neighbourhood != '' "
        "UNION SELECT neighbourhood FROM worker WHERE neighbourhood != ''"
    )
    with store.session() as session:
        values = [r[0] for r in session.connection().execute(sql)]
    return sorted(set(values), key=fold)


def own_neighbourhood(store: Store) -> str:
    """The wijk of the worker using this laptop ('' when not set)."""
    with store.session() as session:
        worker = session.get(Worker, store.actor.worker_id)
        return worker.neighbourhood if worker is not None else ""
