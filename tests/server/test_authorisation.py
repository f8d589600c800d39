"""A worker of team A can never read or write team B's records, whatever ids it sends."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from testsupport_server import Server, Session, change, create
from voordeur.model import (
    Consent,
    Goal,
    GoalScore,
    Household,
    HouseholdPartner,
    Organisation,
    Person,
    Tie,
    Visit,
)
from voordeur.model.catalogues import NodeKind
from voordeur.model.ids import new_id
from voordeur.server.schema import audit


class Teams:
    """Team B's records (made by bea on two laptops, with a note conflict) and anna's household."""

    def __init__(self, server: Server) -> None:
        self.server = server
        self.bea = server.login("bea")
        bea2 = server.login("bea")
        self.anna = server.login("anna")
        b, s = server.team_b, self.bea.stamp
        self.hb = Household(display_name="B", team_id=b)
        self.vb = Visit(household_id=self.hb.id, notes="one\n")
        self.pb = Person(household_id=self.hb.id)
        self.ob = Organisation(name="Org B", team_id=b)
        self.gb = Goal(household_id=self.hb.id, text="goal")
        results = self.bea.push(*(create(r, hlc=s(counter=i)) for i, r in enumerate(
            (self.hb, self.vb, self.pb, self.ob, self.gb))))
        assert {r["outcome"] for r in results} == {"applied"}
        for session, text in ((self.bea, "two\n"), (bea2, "three\n")):
            session.push(change("visit", self.vb.id, {"notes": text}, hlc=session.stamp(10),
                                base={"notes": "one\n"}))
        self.conflict_b = next(e["record_id"] for e in self.bea.pull_all()
                               if e["table"] == "note_conflict")
        self.ha = Household(display_name="A", team_id=server.team_a)
        self.va = Visit(household_id=self.ha.id)
        assert [r["outcome"] for r in self.anna.push(
            create(self.ha, hlc=self.anna.stamp()),
            create(self.va, hlc=self.anna.stamp(counter=1)))] == ["applied", "applied"]
        self.b_state = self._b_entries()

    def _b_entries(self) -> list[dict[str, Any]]:
        return self.bea.pull_all()

    def refused(self, *changes: dict[str, Any]) -> list[str]:
        """Every change is rejected, and team B's log is unchanged; returns the details."""
        results = self.anna.push(*changes)
        assert [r["outcome"] for r in results] == ["rejected"] * len(changes), results
        assert self._b_entries() == self.b_state
        return [r["detail"] for r in results]


@pytest.fixture
def teams(server: Server) -> Teams:
    return Teams(server)


def _audited(server: Server, session: Session) -> int:
    db = server.client.app.state.db  # type: ignore[attr-defined]
    with db.read() as conn:
        return len(conn.execute(select(audit).where(
            audit.c.action == "push", audit.c.outcome == "refused",
            audit.c.worker_id == session.worker_id,
            audit.c.device_id == session.device_id)).all())


def test_pull_never_returns_another_teams_entries(teams: Teams) -> None:
    entries = teams.anna.pull_all()
    ids = {e["record_id"] for e in entries}
    b_ids = {e["record_id"] for e in teams.b_state}
    assert ids and not ids & b_ids
    assert teams.server.team_a in ids and teams.server.team_b not in ids
    assert teams.server.workers["bea"] not in ids
    # Cursors from B's log give nothing away either.
    assert teams.anna.pull(after=0, limit=1000)["entries"] == entries


def test_writes_into_another_teams_records_are_refused(teams: Teams) -> None:
    s, hb, vb = teams.anna.stamp, teams.hb, teams.vb
    details = teams.refused(
        change("household", hb.id, {"display_name": "taken"}, hlc=s(100)),
        change("household", hb.id, hlc=s(101), op="delete"),
        change("household", hb.id, hlc=s(102), op="restore"),
        change("visit", vb.id, {"notes": "x"}, hlc=s(103), base={"notes": "one\n"}),
        change("visit", vb.id, hlc=s(104), op="delete"),
        # A create with B's id: the server knows the record, and its team.
        create(Household(id=hb.id, display_name="mine", team_id=teams.server.team_a),
               hlc=s(105)),
        change("note_conflict", teams.conflict_b, {"mine_text": "x"}, hlc=s(106)),
        change("note_conflict", teams.conflict_b, hlc=s(107), op="delete"),
        # Creates in B's households or in team B.
        create(Visit(household_id=hb.id), hlc=s(110)),
        create(Household(display_name="new", team_id=teams.server.team_b), hlc=s(111)),
        create(Organisation(name="o", team_id=teams.server.team_b), hlc=s(112)),
        create(GoalScore(goal_id=teams.gb.id, score=5, recorded_on=date(2030, 1, 1)),
               hlc=s(113)),
    )
    assert set(details) == {"record of a team this worker is not in"}
    assert _audited(teams.server, teams.anna) == 12


def test_another_teams_ids_in_reference_fields_are_refused(teams: Teams) -> None:
    s, ha, va = teams.anna.stamp, teams.ha, teams.va
    details = teams.refused(
        create(Person(household_id=ha.id, id=teams.pb.id), hlc=s(199)),  # B's person id
        create(Visit(household_id=ha.id, id=teams.pb.id), hlc=s(200)),  # ... in another table
        create(Tie(household_id=ha.id, source_kind=NodeKind.HOUSEHOLD, source_id=ha.id,
                   target_kind=NodeKind.PERSON, target_id=teams.pb.id), hlc=s(201)),
        create(HouseholdPartner(household_id=ha.id, organisation_id=teams.ob.id), hlc=s(202)),
        create(Consent(household_id=ha.id, given_on=date(2030, 1, 1), purpose="p",
                       organisation_ids=[teams.ob.id]), hlc=s(203)),
        create(Visit(household_id=ha.id, present_person_ids=[teams.pb.id]), hlc=s(204)),
        create(Goal(household_id=ha.id, person_id=teams.pb.id, text="g"), hlc=s(205)),
        change("visit", va.id, {"present_person_ids": [teams.pb.id]}, hlc=s(206)),
        change("household", ha.id, {"primary_worker_id": teams.server.workers["bea"]},
               hlc=s(207)),
        # Moving a record to team B, directly or through its parent.
        change("household", ha.id, {"team_id": teams.server.team_b}, hlc=s(208)),
        change("visit", va.id, {"household_id": teams.hb.id}, hlc=s(209)),
    )
    other = "refers to a record of another team"
    assert details == [
        "record of a team this worker is not in", "record id already used by another record",
        f"field target_id {other}", f"field organisation_id {other}",
        f"field organisation_ids {other}", f"field present_person_ids {other}",
        f"field person_id {other}", f"field present_person_ids {other}",
        f"field primary_worker_id {other}", "a record cannot move to another team",
        f"field household_id {other}"]
    assert _audited(teams.server, teams.anna) == 11
    # The same kinds of references inside team A are fine.
    pa = Person(household_id=ha.id)
    results = teams.anna.push(
        create(pa, hlc=s(300)),
        change("visit", va.id, {"present_person_ids": [pa.id]}, hlc=s(301)),
        change("household", ha.id, {"primary_worker_id": teams.server.workers["ben"]},
               hlc=s(302)))
    assert [r["outcome"] for r in results] == ["applied"] * 3


def test_refused_changes_do_not_block_the_rest_of_the_push(teams: Teams) -> None:
    s = teams.anna.stamp
    mine = Visit(household_id=teams.ha.id)
    results = teams.anna.push(
        create(Visit(household_id=teams.hb.id), hlc=s(400)),
        create(mine, hlc=s(401)),
    )
    assert [r["outcome"] for r in results] == ["rejected", "applied"]
    assert results[0]["detail"] == "record of a team this worker is not in"
    assert mine.id in {e["record_id"] for e in teams.anna.pull_all()}


def test_made_up_ids_never_reach_another_team(teams: Teams) -> None:
    s = teams.anna.stamp
    unknown = new_id()
    results = teams.anna.push(
        create(Visit(household_id=unknown), hlc=s(500)),  # parent unknown
        change("household", unknown, {"display_name": "x"}, hlc=s(501)),  # no team_id
        change("visit", new_id(), hlc=s(502), op="delete"),
    )
    assert [(r["outcome"], r["detail"]) for r in results] == [
        ("rejected", "unknown parent"), ("rejected", "missing field team_id"),
        ("rejected", "unknown record")]
    assert teams.bea.pull_all() == teams.b_state
