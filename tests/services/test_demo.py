"""The demo store: the shape the issue asks for, deterministic with a seed, made by services."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from testsupport import PASSPHRASE
from voordeur.model import (
    Agreement,
    Consent,
    FamilyRelation,
    Goal,
    GoalScore,
    Household,
    Person,
    PlanRevision,
    Tie,
    Visit,
)
from voordeur.model.catalogues import AccessAction, PersonKind
from voordeur.services.demo import generate_demo
from voordeur.services.households import ServiceError
from voordeur.store import access_log
from voordeur.store.store import Store

DAY = date(2026, 11, 1)


def per_household(store: Store, cls: type, column: str = "household_id") -> Counter[str]:
    with store.session() as session:
        return Counter(getattr(r, column) for r in session.exec(select(cls)).all())


def test_demo_households_have_the_required_shape(store: Store) -> None:
    report = generate_demo(store, households=12, seed=4, reference_day=DAY)
    assert report.households == 12
    with store.session() as session:
        households = session.exec(select(Household)).all()
        people = session.exec(select(Person)).all()
        scores = session.exec(select(GoalScore)).all()
    assert len(households) == 12
    ties, visits = per_household(store, Tie), per_household(store, Visit)
    goals, agreements = per_household(store, Goal), per_household(store, Agreement)
    for h in households:
        assert 5 <= ties[h.id] <= 25, (h.display_name, ties[h.id])
        assert 3 <= visits[h.id] <= 20
        assert goals[h.id] >= 1 and agreements[h.id] >= 1
        members = [p for p in people if p.household_id == h.id and p.kind == PersonKind.MEMBER]
        assert members and sum(p.is_index for p in members) == 1
        assert h.neighbourhood and h.city
    assert len(scores) >= 12 and all(0 <= s.score <= 10 for s in scores)
    assert per_household(store, FamilyRelation) and per_household(store, Consent)


def test_demo_visits_read_like_fieldwork(store: Store) -> None:
    generate_demo(store, households=3, seed=8, reference_day=DAY)
    with store.session() as session:
        visits = session.exec(select(Visit)).all()
    assert all(len(v.notes) > 80 for v in visits)
    with store.session() as session:
        requests = session.exec(select(PlanRevision).where(PlanRevision.field == "request")).all()
    assert len(requests) == 3  # the hulpvraag, typed at the first visit of each household
    assert all(r.visit_id for r in requests)
    assert all(v.starts_at.date() <= DAY for v in visits)
    assert len({v.notes for v in visits}) == len(visits)


def _fingerprint(store: Store) -> list[tuple[str, ...]]:
    with store.session() as session:
        rows: list[tuple[str, ...]] = []
        for cls, fields in ((Household, ("id", "display_name", "neighbourhood")),
                            (Person, ("id", "first_name", "role", "birth_date")),
                            (Visit, ("id", "notes", "starts_at")),
                            (Tie, ("id", "source_id", "target_id", "quality"))):
            for record in session.exec(select(cls)).all():
                rows.append((cls.__name__, *(str(getattr(record, f)) for f in fields)))
    return sorted(rows)


def test_same_seed_same_households(tmp_path: Path) -> None:
    prints = []
    for name in ("a", "b", "c"):
        with Store.create(tmp_path / name, PASSPHRASE, worker_name="W") as store:
            generate_demo(store, households=3, seed=21 if name != "c" else 22, reference_day=DAY)
            prints.append(_fingerprint(store))
    assert prints[0] == prints[1]
    assert prints[0] != prints[2]


def test_adding_to_a_store_and_the_same_seed_twice(store: Store) -> None:
    generate_demo(store, households=2, seed=1, reference_day=DAY)
    generate_demo(store, households=2, seed=2, reference_day=DAY)
    with store.session() as session:
        assert len(session.exec(select(Household)).all()) == 4
    with pytest.raises(ServiceError, match="already in the store"):
        generate_demo(store, households=2, seed=1, reference_day=DAY)
    with store.session() as session:
        assert len(session.exec(select(Household)).all()) == 4
        changes = [e for e in access_log.entries(session) if e.action == AccessAction.CHANGE]
        assert len(changes) == 4  # one logged unit of work per household
        assert access_log.verify(session).ok


def test_demo_ecogram_positions_and_snapshots_tell_a_story(store: Store) -> None:
    from voordeur.domain.ecogram_diff import ChangeKind, summarise
    from voordeur.model import EcogramSnapshot
    from voordeur.model.catalogues import VisitStatus
    from voordeur.services.ecogram_queries import current_ecogram, ecogram_state, load_snapshot

    generate_demo(store, households=8, seed=4, reference_day=DAY)
    with store.session() as session:
        households = session.exec(select(Household)).all()
        maps = {h.id: current_ecogram(session, h.id) for h in households}
        visits = {v.id: v for v in session.exec(select(Visit)).all()}
    snapshot_count = per_household(store, EcogramSnapshot)
    for household in households:
        ecogram = maps[household.id]
        assert set(ecogram.positions) == {n.key for n in ecogram.nodes}  # every node saved
        assert ecogram.positions[ecogram.household_key] == (0.0, 0.0)
        state = ecogram_state(store, household.id)
        assert 1 <= len(state.snapshots) == snapshot_count[household.id] <= 3
        taken = [s.taken_at for s in state.snapshots]
        assert taken == sorted(taken)
        for info in state.snapshots:
            visit = visits[info.visit_id]  # type: ignore[index]
            assert visit.household_id == household.id and visit.status == VisitStatus.FINAL
            assert info.visit_day == visit.starts_at.astimezone().date()
            assert visit.starts_at <= info.taken_at
        oldest = load_snapshot(store, state.snapshots[0].id)
        assert set(oldest.positions) == {n.key for n in oldest.nodes}
        kinds = {c.kind for c in summarise(oldest, ecogram).changes}
        assert ChangeKind.NEW_SUPPORTIVE in kinds, household.display_name
        assert ChangeKind.NO_LONGER_STRESSFUL in kinds, household.display_name
        if len(state.snapshots) >= 2:  # the latest snapshot is the network as it is now
            assert load_snapshot(store, state.snapshots[-1].id) == ecogram


def test_demo_ecogram_is_deterministic(tmp_path: Path) -> None:
    from voordeur.model import EcogramPosition, EcogramSnapshot

    prints = []
    for name in ("a", "b"):
        with Store.create(tmp_path / name, PASSPHRASE, worker_name="W") as store:
            generate_demo(store, households=2, seed=5, reference_day=DAY)
            with store.session() as session:
                prints.append((
                    sorted((p.id, p.node_id, p.x, p.y)
                           for p in session.exec(select(EcogramPosition)).all()),
                    sorted((s.id, s.visit_id, s.taken_at, str(s.data))
                           for s in session.exec(select(EcogramSnapshot)).all()),
                ))
    assert prints[0] == prints[1] and prints[0][0] and prints[0][1]


def test_demo_agreements_belong_to_whom_their_text_names(store: Store) -> None:
    """"Consultatiebureau plant …" is the consultatiebureau's, "Moeder belt …" the mother's:
    a plan that says otherwise would puzzle anyone who tries the demo."""
    from voordeur.model import Organisation
    from voordeur.model.catalogues import AgreementOwnerKind, LifeDomain, OrganisationKind

    generate_demo(store, households=20, seed=4, reference_day=DAY)
    with store.session() as session:
        agreements = session.exec(select(Agreement)).all()
        people = {p.id: p for p in session.exec(select(Person)).all()}
        orgs = {o.id: o for o in session.exec(select(Organisation)).all()}
    org_kinds = {"Consultatiebureau": OrganisationKind.JGZ,
                 "Jeugdverpleegkundige": OrganisationKind.JGZ,
                 "Huisarts": OrganisationKind.GP, "School": OrganisationKind.SCHOOL,
                 "Schuldhulpverlening": OrganisationKind.DEBT_SUPPORT,
                 "Woningcorporatie": OrganisationKind.HOUSING}
    checked = Counter[str]()
    for a in agreements:
        opening = a.what.split(" ")[0]
        if a.owner_kind == AgreementOwnerKind.ORGANISATION:
            org = orgs[a.owner_id]
            if opening in org_kinds:
                assert org.kind == org_kinds[opening], (a.what, org.name)
                checked["organisation"] += 1
            elif not a.what.startswith(org.name + " "):
                assert opening.lower() in org.name.lower() or opening == "Mediator", a.what
        elif a.owner_kind == AgreementOwnerKind.MEMBER:
            owner = people[a.owner_id]
            assert owner.household_id == a.household_id
            if opening in ("Moeder", "Vader"):
                assert owner.role.startswith(opening.lower()), (a.what, owner.role)
                checked["role"] += 1
            elif any(p.first_name == opening for p in people.values()
                     if p.household_id == a.household_id):
                assert owner.first_name == opening, (a.what, owner.first_name)
                checked["name"] += 1
        elif a.owner_kind == AgreementOwnerKind.NETWORK and opening in ("Familie", "Een"):
            owner = people[a.owner_id]
            assert owner.household_id == a.household_id and owner.kind == PersonKind.NETWORK
            if a.what.startswith(("Familie ", "Een familielid", "Een vertrouwd familielid")):
                assert owner.life_domain == LifeDomain.EXTENDED_FAMILY, (a.what, owner.role)
                checked["family"] += 1
    assert min(checked.values()) >= 1 and len(checked) == 4, checked
    # and no plan holds the same agreement twice
    assert len({(a.household_id, a.what) for a in agreements}) == len(agreements)
