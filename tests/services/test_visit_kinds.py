"""The visit kinds of the wijk, and a visit line that says its kind once."""

from __future__ import annotations

from datetime import UTC, datetime

from voordeur import clock
from voordeur.model import Visit
from voordeur.model.catalogues import VISIT_KIND_LABELS, VisitKind
from voordeur.services import households as hs
from voordeur.services.planned_visits import kind_and_place
from voordeur.services.unit_of_work import unit_of_work
from voordeur.store.store import Store


def test_a_talk_on_location_and_a_drop_in_are_visit_kinds(store: Store) -> None:
    assert VISIT_KIND_LABELS[VisitKind("op_locatie")] == "Gesprek op locatie"
    assert VISIT_KIND_LABELS[VisitKind("inloop")] == "Inloop / spreekuur"
    assert set(VISIT_KIND_LABELS) == set(VisitKind)
    with clock.use(datetime(2026, 11, 20, 9, 0, tzinfo=UTC)), unit_of_work(store) as uow:
        household = hs.start_household(uow, "Gezin Bakker")
        visit = uow.add(Visit(household_id=household.id, kind=VisitKind.ON_SITE,
                              location="Huis van de Wijk De Rokade",
                              starts_at=clock.now()))
    with store.session() as session:
        stored = session.get(Visit, visit.id)
        assert stored is not None and stored.kind == VisitKind.ON_SITE


def test_the_kind_is_said_once() -> None:
    assert kind_and_place("telefonisch", "Telefonisch") == (True, "")
    assert kind_and_place("telefonisch", " telefonisch. ") == (True, "")
    assert kind_and_place("telefonisch", "Telefonisch (beeldbellen)") == (
        False, "Telefonisch (beeldbellen)")
    assert kind_and_place("op_locatie", "Huis van de Wijk") == (True, "Huis van de Wijk")
    assert kind_and_place("huisbezoek", "") == (True, "")
