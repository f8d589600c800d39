"""Editing the ecogram: add, move, connect, edit, remove and restore; snapshots."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlmodel import select
from test_ecogram_queries import current, make_family, organisation, person

from voordeur.domain.ecogram import node_key
from voordeur.model import (
    EcogramPosition,
    EcogramSnapshot,
    FamilyRelation,
    Household,
    HouseholdPartner,
    Organisation,
    Person,
    Tie,
    Visit,
)
from voordeur.model.catalogues import (
    Gender,
    LifeDomain,
    NodeKind,
    OrganisationKind,
    PersonKind,
    SupportDirection,
    SupportType,
    TieQuality,
    TieStrength,
)
from voordeur.services import ecogram as eco
from voordeur.services import households as hs
from voordeur.services import visits as vs
from voordeur.services.ecogram import Removal
from voordeur.services.households import ServiceError
from voordeur.services.unit_of_work import unit_of_work
from voordeur.store.store import META_TEAM, Store


def rows(store: Store, cls: type) -> list:  # type: ignore[type-arg]
    with store.session() as session:
        return list(session.exec(select(cls)).all())


def live_ids(store: Store, cls: type) -> set[str]:
    return {r.id for r in rows(store, cls) if r.deleted_at is None}


def test_add_network_person_with_a_position(store: Store) -> None:
    f = make_family(store)
    with unit_of_work(store) as uow:
        node = eco.add_network_person(
            uow, f.household, position=(120.0, -300.0), first_name="Mo", last_name="Amrani",
            role="buurman", gender=Gender.MALE, life_domain=LifeDomain.NEIGHBOURS, closeness=3)
    assert node.key == person(node.record_id) and node.name == "Mo Amrani"
    assert node.in_network and node.life_domain == LifeDomain.NEIGHBOURS and node.closeness == 3
    ecogram = current(store, f.household)
    assert ecogram.node(node.key) == node
    assert ecogram.positions[node.key] == (120.0, -300.0)
    with pytest.raises(ServiceError, match="household page"), unit_of_work(store) as uow:
        eco.add_network_person(uow, f.household, kind=PersonKind.MEMBER, first_name="X")
    with pytest.raises(ServiceError, match="index"), unit_of_work(store) as uow:
        eco.add_network_person(uow, f.household, first_name="X", is_index=True)
    with pytest.raises(ServiceError, match="closeness"), unit_of_work(store) as uow:
        eco.add_network_person(uow, f.household, first_name="X", closeness=7)
    with pytest.raises(ServiceError, match="cannot set"), unit_of_work(store) as uow:
        eco.add_network_person(uow, f.household, first_name="X", household="other")
    with pytest.raises(ServiceError, match="no longer exists"), unit_of_work(store) as uow:
        eco.add_network_person(uow, "no-such-household", first_name="X")


def test_add_partner_new_or_existing_organisation(store: Store) -> None:
    f = make_family(store)
    with unit_of_work(store) as uow:
        new = eco.add_partner(uow, f.household, name=" Sportclub Vitesse ",
                              kind=OrganisationKind.SPORTS_CLUB, contact_name="Trainer Bas",
                              closeness=1)
        ggz = hs.add_organisation(uow, "GGZ Oost", kind=OrganisationKind.MENTAL_HEALTH)
        existing = eco.add_partner(uow, f.household, organisation_id=ggz.id,
                                   position=(0.0, 450.0))
    assert new.name == "Sportclub Vitesse" and new.contact_name == "Trainer Bas"
    assert new.life_domain == LifeDomain.LEISURE and new.closeness == 1  # from the kind
    team = store.meta(META_TEAM)
    with store.session() as session:
        org = session.get(Organisation, new.record_id)
        assert org is not None and org.team_id == team and team
    assert existing.key == organisation(ggz.id) and existing.formal
    assert existing.life_domain == LifeDomain.PROFESSIONALS and existing.closeness == 2
    ecogram = current(store, f.household)
    assert ecogram.node(new.key) == new and ecogram.node(existing.key) == existing
    assert ecogram.positions == {existing.key: (0.0, 450.0)}


def test_add_partner_refuses_a_second_link_and_bad_requests(store: Store) -> None:
    f = make_family(store)
    with pytest.raises(ServiceError, match="already"), unit_of_work(store) as uow:
        eco.add_partner(uow, f.household, organisation_id=f.school)
    with pytest.raises(ServiceError, match="name"), unit_of_work(store) as uow:
        eco.add_partner(uow, f.household, name="  ")
    with pytest.raises(ServiceError, match="no longer exists"), unit_of_work(store) as uow:
        eco.add_partner(uow, f.household, organisation_id="missing")
    with pytest.raises(ServiceError, match="cannot set"), unit_of_work(store) as uow:
        eco.add_partner(uow, f.household, name="GGZ", phone="06")
    # Another household can link the same shared organisation.
    with unit_of_work(store) as uow:
        other = hs.create_household(uow, "Gezin Ander")
        node = eco.add_partner(uow, other.id, organisation_id=f.school,
                               life_domain=LifeDomain.SCHOOL_WORK, id="0" * 8 + "-link")
    assert node.link_id == "0" * 8 + "-link" and node.key == organisation(f.school)


def test_move_nodes_upserts_pinned_positions(store: Store) -> None:
    f = make_family(store)
    household_key = node_key(NodeKind.HOUSEHOLD, f.household)
    with unit_of_work(store) as uow:
        eco.move_nodes(uow, f.household, {person(f.oma): (1, 2), household_key: (0, 0)})
    with unit_of_work(store) as uow:
        eco.move_nodes(uow, f.household, {person(f.oma): (3.5, 4.5),
                                          organisation(f.school): (-200.0, 10.0)})
    saved = [r for r in rows(store, EcogramPosition) if r.deleted_at is None]
    assert len(saved) == 3 and all(r.pinned for r in saved)
    assert current(store, f.household).positions == {
        person(f.oma): (3.5, 4.5), household_key: (0.0, 0.0),
        organisation(f.school): (-200.0, 10.0)}
    with unit_of_work(store) as uow:
        other = hs.create_household(uow, "Gezin Ander")
    for key in (person(f.oma), "garbage", organisation("missing")):
        with pytest.raises(ServiceError), unit_of_work(store) as uow:
            eco.move_nodes(uow, other.id, {key: (0, 0)})
    with pytest.raises(ServiceError, match="finite"), unit_of_work(store) as uow:
        eco.move_nodes(uow, f.household, {person(f.oma): (float("nan"), 0.0)})


def test_add_edit_and_delete_a_tie(store: Store) -> None:
    f = make_family(store)
    with unit_of_work(store) as uow:
        tie = eco.add_tie(uow, f.household, person(f.oma), organisation(f.school),
                          strength="weak", quality=TieQuality.NEUTRAL,
                          direction=SupportDirection.MUTUAL, support=["A", SupportType.PRACTICAL,
                                                                     "A"], note="kennen elkaar")
    assert tie.source == person(f.oma) and tie.target == organisation(f.school)
    assert tie.strength == TieStrength.WEAK and tie.support == (SupportType.PRACTICAL,
                                                                SupportType.ADVICE)
    assert current(store, f.household).tie(tie.id) == tie
    with unit_of_work(store) as uow:
        changed = eco.edit_tie(uow, tie.id, quality="stressful", support=[], note="kennen elkaar")
    assert changed == {"quality", "support"}
    edited = current(store, f.household).tie(tie.id)
    assert edited is not None and edited.quality == TieQuality.STRESSFUL and edited.support == ()
    with unit_of_work(store) as uow:
        assert eco.edit_tie(uow, tie.id, support_types=["E"]) == {"support_types"}
    for bad in ({"quality": "awful"}, {"support": ["X"]}, {"source_id": "x"}):
        with pytest.raises(ServiceError), unit_of_work(store) as uow:
            eco.edit_tie(uow, tie.id, **bad)
    with unit_of_work(store) as uow:
        removal = eco.delete_tie(uow, tie.id)
    assert removal == Removal((("tie", tie.id),))
    assert current(store, f.household).tie(tie.id) is None
    with unit_of_work(store) as uow:
        eco.restore(uow, removal)
    restored = current(store, f.household).tie(tie.id)
    assert restored is not None and restored.support == (SupportType.EMOTIONAL,)
    with pytest.raises(ServiceError, match="no longer exists"), unit_of_work(store) as uow:
        eco.edit_tie(uow, "missing", note="x")


def test_a_tie_needs_two_ends_in_the_same_household(store: Store) -> None:
    f = make_family(store)
    g = make_family(store)
    cases = [
        (person(f.oma), person(f.oma), "two different ends"),
        (person(f.oma), person(g.oma), "same household"),
        (node_key(NodeKind.HOUSEHOLD, g.household), person(f.oma), "same household"),
        (person(f.oma), organisation("missing"), "same household"),
        ("nonsense", person(f.oma), "same household"),
    ]
    for source, target, message in cases:
        with pytest.raises(ServiceError, match=message), unit_of_work(store) as uow:
            eco.add_tie(uow, f.household, source, target)
    # An organisation another household links, but this one does not, is not on this map.
    with unit_of_work(store) as uow:
        other_org = hs.add_organisation(uow, "GGZ Oost")
        hs.link_partner(uow, uow.get(Household, g.household), other_org)
    with pytest.raises(ServiceError, match="same household"), unit_of_work(store) as uow:
        eco.add_tie(uow, f.household, person(f.mother), organisation(other_org.id))
    assert len(rows(store, Tie)) == 4  # two per family, nothing added


def test_edit_person_organisation_and_household_nodes(store: Store) -> None:
    f = make_family(store)
    with unit_of_work(store) as uow:
        assert eco.edit_node(uow, f.household, person(f.oma), role="grootmoeder",
                             closeness=2, first_name="Fatma") == {"role", "closeness"}
        assert eco.edit_node(uow, f.household, organisation(f.school), name="OBS De Regenboog",
                             contact_name="Meester Piet", closeness=3,
                             kind=OrganisationKind.SCHOOL) == {"name", "contact_name",
                                                               "closeness"}
        assert eco.edit_node(uow, f.household, organisation(f.school),
                             organisation_kind=OrganisationKind.CHILDCARE) == {
                                 "organisation_kind"}
        assert eco.edit_node(uow, f.household, node_key(NodeKind.HOUSEHOLD, f.household),
                             name="Gezin Bakker-Yilmaz") == {"name"}
    ecogram = current(store, f.household)
    oma, school = ecogram.node(person(f.oma)), ecogram.node(organisation(f.school))
    assert oma is not None and oma.role == "grootmoeder" and oma.closeness == 2
    assert school is not None and school.name == "OBS De Regenboog"
    assert school.contact_name == "Meester Piet" and school.closeness == 3
    assert school.organisation_kind == OrganisationKind.CHILDCARE
    assert ecogram.title == "Gezin Bakker-Yilmaz"
    bad = [
        (organisation(f.school), {"name": " "}, "needs a name"),
        (organisation(f.school), {"phone": "06"}, "cannot set"),
        (organisation(f.school), {"kind": "spaceship"}, "OrganisationKind"),
        (person(f.oma), {"closeness": 9}, "closeness"),
        (person(f.oma), {"household": "x"}, "cannot set"),
        (person(f.oma), {"is_index": True}, "index"),
        (organisation("missing"), {"closeness": 1}, "not in the household"),
        (node_key(NodeKind.HOUSEHOLD, "other"), {"name": "X"}, "not in the household"),
    ]
    for key, fields, message in bad:
        with pytest.raises(ServiceError, match=message), unit_of_work(store) as uow:
            eco.edit_node(uow, f.household, key, **fields)
    g = make_family(store)
    with pytest.raises(ServiceError, match="not in the household"), unit_of_work(store) as uow:
        eco.edit_node(uow, f.household, person(g.oma), role="x")


def test_remove_and_restore_a_person_brings_back_the_same_records(store: Store) -> None:
    f = make_family(store)
    with unit_of_work(store) as uow:
        eco.move_nodes(uow, f.household, {person(f.mother): (10, 10), person(f.oma): (0, -300)})
        eco.add_tie(uow, f.household, person(f.mother), person(f.oma),
                    quality=TieQuality.SUPPORTIVE)
    before = current(store, f.household)
    before_ids = {cls: live_ids(store, cls) for cls in (Person, FamilyRelation, Tie,
                                                        EcogramPosition)}
    with unit_of_work(store) as uow:
        removal = eco.remove_node(uow, f.household, person(f.mother))
    tables = [table for table, _ in removal.records]
    assert tables.count("family_relation") == 2 and tables.count("tie") == 1
    assert tables.count("ecogram_position") == 1 and removal.ids("person") == (f.mother,)
    after = current(store, f.household)
    assert after.node(person(f.mother)) is None and len(after.lines) == 0
    with unit_of_work(store) as uow:
        eco.restore(uow, removal)
    assert current(store, f.household) == before
    assert {cls: live_ids(store, cls) for cls in before_ids} == before_ids
    # Restoring twice (a stale undo) changes nothing.
    with unit_of_work(store) as uow:
        eco.restore(uow, removal)
        assert uow.changes == []
    assert current(store, f.household) == before


def test_remove_an_organisation_keeps_the_shared_organisation(store: Store) -> None:
    f = make_family(store)
    with unit_of_work(store) as uow:
        eco.move_nodes(uow, f.household, {organisation(f.school): (300, 0)})
        other = hs.create_household(uow, "Gezin Ander")
        eco.add_partner(uow, other.id, organisation_id=f.school)
        eco.add_tie(uow, other.id, organisation(f.school),
                    node_key(NodeKind.HOUSEHOLD, other.id))
    before = current(store, f.household)
    with unit_of_work(store) as uow:
        removal = eco.remove_node(uow, f.household, organisation(f.school))
    assert sorted(t for t, _ in removal.records) == ["ecogram_position", "household_partner",
                                                     "tie"]
    assert f.school in live_ids(store, Organisation)
    assert current(store, f.household).node(organisation(f.school)) is None
    still = current(store, other.id)
    assert still.node(organisation(f.school)) is not None and len(still.ties) == 1
    with unit_of_work(store) as uow:
        eco.restore(uow, removal)
    assert current(store, f.household) == before
    with pytest.raises(ServiceError, match="cannot be removed"), unit_of_work(store) as uow:
        eco.remove_node(uow, f.household, node_key(NodeKind.HOUSEHOLD, f.household))
    with pytest.raises(ServiceError), unit_of_work(store) as uow:
        eco.remove_node(uow, other.id, person(f.oma))


def test_restore_refuses_a_second_link_to_the_same_organisation(store: Store) -> None:
    f = make_family(store)
    with unit_of_work(store) as uow:
        removal = eco.remove_node(uow, f.household, organisation(f.school))
        eco.add_partner(uow, f.household, organisation_id=f.school)
    with pytest.raises(ServiceError, match="already"), unit_of_work(store) as uow:
        eco.restore(uow, removal)
    with pytest.raises(ServiceError, match="no longer exists"), unit_of_work(store) as uow:
        eco.restore(uow, Removal((("tie", "missing"),)))


def test_undo_and_redo_of_an_add(store: Store) -> None:
    """The tab's commands: add; undo = remove; redo = restore (or add again with the ids)."""
    f = make_family(store)
    with unit_of_work(store) as uow:
        node = eco.add_network_person(uow, f.household, first_name="Mo", position=(5, 5))
        tie = eco.add_tie(uow, f.household, node.key, node_key(NodeKind.HOUSEHOLD, f.household),
                          quality=TieQuality.SUPPORTIVE)
    added = current(store, f.household)
    with unit_of_work(store) as uow:
        removal = eco.remove_node(uow, f.household, node.key)
    assert current(store, f.household).node(node.key) is None
    with unit_of_work(store) as uow:
        eco.restore(uow, removal)
    assert current(store, f.household) == added
    # The other way of redoing: recreate the records with the same ids.
    with unit_of_work(store) as uow:
        eco.delete_tie(uow, tie.id)
    with unit_of_work(store) as uow:
        again_tie = eco.add_tie(uow, f.household, tie.source, tie.target,
                                id="0193aaaa-0000-7000-8000-00000000000b")
    assert again_tie.id == "0193aaaa-0000-7000-8000-00000000000b"
    with unit_of_work(store) as uow:
        again = eco.add_network_person(uow, f.household, id="0193aaaa-0000-7000-8000-00000000000a",
                                       first_name="Nina")
    assert again.record_id == "0193aaaa-0000-7000-8000-00000000000a"


def test_snapshot_on_demand_and_on_finalise(store: Store) -> None:
    f = make_family(store)
    moment = datetime(2026, 5, 1, 12, tzinfo=UTC)
    with unit_of_work(store) as uow:
        snapshot_id = eco.take_snapshot(uow, f.household, label="Eerste ecogram",
                                        taken_at=moment)
        visit = vs.start_visit(uow, uow.get(Household, f.household))
    with unit_of_work(store) as uow:
        eco.add_network_person(uow, f.household, first_name="Mo")
        visit = uow.get(Visit, visit.id)
        vs.finalise_visit(uow, visit)  # the new person is in this visit's snapshot
        vs.finalise_visit(uow, visit)  # a second time: no second snapshot
    saved = {s.id: s for s in rows(store, EcogramSnapshot)}
    assert len(saved) == 2
    first = saved[snapshot_id]
    assert first.label == "Eerste ecogram" and first.taken_at == moment
    assert first.visit_id is None and first.household_id == f.household
    at_visit = next(s for s in saved.values() if s.id != snapshot_id)
    assert at_visit.visit_id == visit.id
    assert len(at_visit.data["nodes"]) == len(first.data["nodes"]) + 1
    assert set(at_visit.data["positions"]) == {n["key"] for n in at_visit.data["nodes"]}
    with pytest.raises(ServiceError, match="same household"), unit_of_work(store) as uow:
        other = hs.create_household(uow, "Gezin Ander")
        eco.take_snapshot(uow, other.id, visit_id=visit.id)
    with pytest.raises(ServiceError, match="aware"), unit_of_work(store) as uow:
        eco.take_snapshot(uow, f.household, taken_at=datetime(2026, 5, 1))
    with pytest.raises(ServiceError), unit_of_work(store) as uow:
        eco.take_snapshot(uow, "no-such-household")


def test_finalise_without_snapshot(store: Store) -> None:
    f = make_family(store)
    with unit_of_work(store) as uow:
        visit = vs.start_visit(uow, uow.get(Household, f.household))
        vs.finalise_visit(uow, visit, snapshot=False)
    assert rows(store, EcogramSnapshot) == []


def test_every_write_goes_through_the_unit_of_work(store: Store) -> None:
    f = make_family(store)
    with unit_of_work(store) as uow:
        removal = eco.remove_node(uow, f.household, person(f.oma))
        eco.restore(uow, removal)
        restored = [c for c in uow.changes if c.fields == {"deleted_at": None}]
        assert {(c.table, c.record_id) for c in restored} == set(removal.records)
        assert all(c.household_id == f.household for c in restored)


def test_link_fields_default_by_kind() -> None:
    assert eco.default_life_domain(OrganisationKind.SCHOOL) == LifeDomain.SCHOOL_WORK
    assert eco.default_life_domain("kerk_moskee") == LifeDomain.LEISURE
    assert eco.default_life_domain(OrganisationKind.GP) == LifeDomain.PROFESSIONALS


def test_removed_link_row_is_kept_as_a_tombstone(store: Store) -> None:
    f = make_family(store)
    with unit_of_work(store) as uow:
        eco.remove_node(uow, f.household, organisation(f.school))
    link = next(r for r in rows(store, HouseholdPartner) if r.id == f.link)
    assert link.deleted_at is not None
