"""Reading the ecogram: the current map of a household, and its snapshots."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from voordeur.domain.ecogram import Ecogram, node_key
from voordeur.model import EcogramPosition, Household, HouseholdPartner, Person, Tie, Visit
from voordeur.model.catalogues import (
    ChildType,
    Gender,
    LifeDomain,
    NodeKind,
    OrganisationKind,
    PartnerStatus,
    PersonKind,
    SupportDirection,
    SupportType,
    TieQuality,
    TieStrength,
)
from voordeur.services import ecogram as eco
from voordeur.services import households as hs
from voordeur.services import visits as vs
from voordeur.services.ecogram_queries import (
    HouseholdNotFound,
    SnapshotNotFound,
    current_ecogram,
    ecogram_state,
    load_snapshot,
    snapshot_for_visit,
    snapshots,
)
from voordeur.services.unit_of_work import unit_of_work
from voordeur.store import access_log
from voordeur.store.store import Store


@dataclass(frozen=True)
class Family:
    household: str
    mother: str
    father: str
    child: str
    oma: str
    school: str
    link: str
    tie: str
    line: str


def person(record_id: str) -> str:
    return node_key(NodeKind.PERSON, record_id)


def organisation(record_id: str) -> str:
    return node_key(NodeKind.ORGANISATION, record_id)


def make_family(store: Store) -> Family:
    with unit_of_work(store) as uow:
        household = hs.create_household(uow, "Gezin Bakker")
        mother = hs.add_person(uow, household, first_name="Sanne", last_name="Bakker",
                               role="moeder", gender=Gender.FEMALE, is_index=True,
                               birth_year=1988)
        father = hs.add_person(uow, household, first_name="Joost", last_name="Bakker",
                               role="vader", gender=Gender.MALE)
        child = hs.add_person(uow, household, first_name="Lieke", role="dochter",
                              gender=Gender.FEMALE, birth_year=2016)
        line = hs.relate_parent_child(uow, mother, child, ChildType.BIOLOGICAL)
        hs.relate_partners(uow, mother, father, PartnerStatus.MARRIED)
        oma = hs.add_person(uow, household, kind=PersonKind.NETWORK, first_name="Fatma",
                            last_name="Yilmaz", role="oma", life_domain=LifeDomain.EXTENDED_FAMILY,
                            closeness=1)
        school = hs.add_organisation(uow, "De Regenboog", kind=OrganisationKind.SCHOOL)
        link = hs.link_partner(uow, household, school, contact_name="Juf Anna",
                               life_domain=LifeDomain.SCHOOL_WORK, closeness=2)
        tie = hs.connect(uow, household, (NodeKind.PERSON, oma.id),
                         (NodeKind.HOUSEHOLD, household.id), strength=TieStrength.STRONG,
                         quality=TieQuality.SUPPORTIVE, direction=SupportDirection.TO_TARGET,
                         support_types=["E", "P"])
        hs.connect(uow, household, (NodeKind.ORGANISATION, school.id),
                   (NodeKind.PERSON, child.id), quality=TieQuality.STRESSFUL)
    return Family(household.id, mother.id, father.id, child.id, oma.id, school.id, link.id,
                  tie.id, line.id)


def current(store: Store, household_id: str) -> Ecogram:
    with store.session() as session:
        return current_ecogram(session, household_id)


def test_current_ecogram_has_every_node_tie_and_line(store: Store) -> None:
    f = make_family(store)
    ecogram = current(store, f.household)
    assert ecogram.title == "Gezin Bakker"
    centre = ecogram.node(ecogram.household_key)
    assert centre is not None and centre.name == "Gezin Bakker" and centre.closeness == 0
    assert not centre.member and centre.is_household
    mother = ecogram.node(person(f.mother))
    assert mother is not None and mother.member and mother.closeness == 0
    assert mother.name == "Sanne Bakker" and mother.role == "moeder" and mother.is_index
    assert mother.gender == Gender.FEMALE and mother.birth_year == 1988
    oma = ecogram.node(person(f.oma))
    assert oma is not None and oma.in_network and oma.name == "Fatma Yilmaz"
    assert oma.role == "oma" and oma.life_domain == LifeDomain.EXTENDED_FAMILY
    assert oma.closeness == 1
    school = ecogram.node(organisation(f.school))
    assert school is not None and school.is_organisation and school.formal
    assert school.name == "De Regenboog" and school.link_id == f.link
    assert school.contact_name == "Juf Anna" and school.role == ""
    assert school.organisation_kind == OrganisationKind.SCHOOL
    assert school.life_domain == LifeDomain.SCHOOL_WORK and school.closeness == 2
    assert school.role_label() == "De Regenboog"  # never the contact's name
    assert len(ecogram.nodes) == 6 and len(ecogram.ties) == 2 and len(ecogram.lines) == 2
    tie = ecogram.tie(f.tie)
    assert tie is not None and tie.source == person(f.oma)
    assert tie.target == ecogram.household_key and tie.strength == TieStrength.STRONG
    assert tie.support == (SupportType.PRACTICAL, SupportType.EMOTIONAL)
    line = next(x for x in ecogram.lines if x.id == f.line)
    assert (line.a, line.b, line.child_type) == (person(f.mother), person(f.child),
                                                 ChildType.BIOLOGICAL)
    assert ecogram.positions == {}


def test_current_ecogram_leaves_out_tombstoned_rows(store: Store) -> None:
    f = make_family(store)
    with unit_of_work(store) as uow:
        eco.move_nodes(uow, f.household, {person(f.oma): (10.0, 20.0),
                                          person(f.father): (1.0, 2.0)})
        uow.delete(uow.get(Tie, f.tie))
        hs.remove_person(uow, hs.require(uow, Person, f.father))
        link = hs.require(uow, HouseholdPartner, f.link)
        uow.delete(link)
    ecogram = current(store, f.household)
    assert ecogram.node(person(f.father)) is None
    assert ecogram.node(organisation(f.school)) is None
    assert ecogram.tie(f.tie) is None
    assert ecogram.ties == ()  # the school's tie points at a node no longer on the map
    assert [x.id for x in ecogram.lines] == [f.line]  # the partner line went with the father
    assert ecogram.positions == {person(f.oma): (10.0, 20.0)}


def test_two_position_rows_for_a_node_the_newest_wins(store: Store) -> None:
    f = make_family(store)
    with unit_of_work(store) as uow:  # as if two devices each saved one
        for x in (1.0, 2.0):
            uow.add(EcogramPosition(household_id=f.household, node_kind=NodeKind.PERSON,
                                    node_id=f.oma, x=x, y=0.0))
    assert current(store, f.household).positions == {person(f.oma): (2.0, 0.0)}
    with unit_of_work(store) as uow:
        eco.move_nodes(uow, f.household, {person(f.oma): (5.0, 5.0)})
    assert current(store, f.household).positions == {person(f.oma): (5.0, 5.0)}


def test_unknown_or_deleted_household(store: Store) -> None:
    f = make_family(store)
    with pytest.raises(HouseholdNotFound):
        current(store, "no-such-household")
    with unit_of_work(store) as uow:
        uow.delete(uow.get(Household, f.household))
    with pytest.raises(HouseholdNotFound):
        current(store, f.household)
    with pytest.raises(HouseholdNotFound):
        ecogram_state(store, f.household)


def test_ecogram_state_lists_snapshots_and_organisations_without_logging(store: Store) -> None:
    f = make_family(store)
    with unit_of_work(store) as uow:
        hs.add_organisation(uow, "Buurtwerk Noord", kind=OrganisationKind.COMMUNITY_WORK)
        later = eco.take_snapshot(uow, f.household, label=" Na gesprek ",
                                  taken_at=datetime(2026, 3, 2, 10, tzinfo=UTC))
        earlier = eco.take_snapshot(uow, f.household,
                                    taken_at=datetime(2026, 3, 1, 10, tzinfo=UTC))
    with store.session() as session:
        before = len(access_log.entries(session))
    state = ecogram_state(store, f.household)
    with store.session() as session:
        assert len(access_log.entries(session)) == before
    assert state.ecogram == current(store, f.household)
    assert [s.id for s in state.snapshots] == [earlier, later]
    assert state.snapshots[1].label == "Na gesprek"
    assert state.snapshots[0].visit_id is None and state.snapshots[0].visit_day is None
    assert [o.name for o in state.organisations] == ["Buurtwerk Noord", "De Regenboog"]
    assert snapshots(store, f.household) == state.snapshots


def test_load_snapshot_and_snapshot_for_visit(store: Store) -> None:
    f = make_family(store)
    with unit_of_work(store) as uow:
        household = uow.get(Household, f.household)
        visit = vs.start_visit(uow, household,
                               starts_at=datetime(2026, 3, 4, 9, 30, tzinfo=UTC))
        other = vs.start_visit(uow, household)
    assert snapshot_for_visit(store, visit.id) is None
    with unit_of_work(store) as uow:
        vs.finalise_visit(uow, uow.get(Visit, visit.id))
    found = snapshot_for_visit(store, visit.id)
    assert found is not None
    info, ecogram = found
    assert info.visit_id == visit.id and info.visit_day is not None
    assert info.visit_day == datetime(2026, 3, 4, 9, 30, tzinfo=UTC).astimezone().date()
    assert load_snapshot(store, info.id) == ecogram
    # The snapshot holds every node with a place, the current map's content otherwise.
    now = current(store, f.household)
    assert set(ecogram.positions) == {n.key for n in now.nodes}
    assert ecogram.evolve(positions={}) == now
    assert ecogram.positions[now.household_key] == (0.0, 0.0)
    # A second snapshot of the same visit (finalised, edited, snapshot again): the latest wins.
    with unit_of_work(store) as uow:
        eco.edit_node(uow, f.household, person(f.oma), role="grootmoeder")
        again = eco.take_snapshot(uow, f.household, visit_id=visit.id)
    latest = snapshot_for_visit(store, visit.id)
    assert latest is not None and latest[0].id == again
    assert latest[1].node(person(f.oma)).role == "grootmoeder"  # type: ignore[union-attr]
    assert snapshot_for_visit(store, other.id) is None
    with pytest.raises(SnapshotNotFound):
        load_snapshot(store, "missing")
