"""Push semantics: idempotency, per-field last writer wins, notes, tombstones, validation."""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest
from sqlalchemy import create_engine, select

from testsupport_server import Server, Session, change, create
from voordeur.model import Household, Visit
from voordeur.model.ids import new_id
from voordeur.server.schema import record_state
from voordeur.sync.hlc import MAX_DRIFT_MS
from voordeur.sync.protocol import CLOCK_OFF


class Pair:
    """anna and ben (team A) on their own laptops, sharing one household with one visit."""

    def __init__(self, server: Server, notes: str = "") -> None:
        self.server = server
        self.a = server.login("anna")
        self.b = server.login("ben")
        self.household = Household(display_name="H", team_id=server.team_a)
        self.visit = Visit(household_id=self.household.id, notes=notes, location="thuis")
        assert outcomes(self.a.push(create(self.household, hlc=self.a.stamp()),
                                    create(self.visit, hlc=self.a.stamp(counter=1)))) == [
            "applied", "applied"]

    def clock(self, name: str, record_id: str | None = None) -> str:
        """The server's clock stamp of one field (kept on the server, not sent in pulls)."""
        engine = create_engine(self.server.url)
        try:
            with engine.connect() as conn:
                clocks = conn.execute(select(record_state.c.clocks_json).where(
                    record_state.c.record_id == (record_id or self.visit.id))).scalar_one()
        finally:
            engine.dispose()
        return str(json.loads(clocks)[name])

    def state(self, record_id: str | None = None) -> dict[str, Any]:
        """The latest log entry of a record (the visit by default)."""
        record_id = record_id or self.visit.id
        return [e for e in self.b.pull_all() if e["record_id"] == record_id][-1]


def outcomes(results: list[dict[str, Any]]) -> list[str]:
    return [r["outcome"] for r in results]


@pytest.fixture
def pair(server: Server) -> Pair:
    return Pair(server)


def test_a_change_is_applied_once(pair: Pair) -> None:
    edit = change("visit", pair.visit.id, {"location": "school"}, hlc=pair.a.stamp(10))
    assert outcomes(pair.a.push(edit, edit)) == ["applied", "duplicate"]
    entries = len(pair.a.pull_all())
    assert outcomes(pair.a.push(edit)) == ["duplicate"]  # a resend after a lost answer
    assert outcomes(pair.b.push(edit)) == ["duplicate"]
    assert len(pair.a.pull_all()) == entries


@pytest.mark.parametrize("b_first", [False, True])
def test_last_writer_wins_per_field_in_either_order(pair: Pair, b_first: bool) -> None:
    early = change("visit", pair.visit.id, {"location": "early", "duration_minutes": 30},
                   hlc=pair.a.stamp(10))
    late = change("visit", pair.visit.id, {"location": "late"}, hlc=pair.b.stamp(20))
    if b_first:
        assert outcomes(pair.b.push(late)) == ["applied"]
        results = pair.a.push(early)
        assert results[0]["outcome"] == "merged"
        assert results[0]["detail"] == "kept newer values"
    else:
        assert outcomes(pair.a.push(early)) == ["applied"]
        assert outcomes(pair.b.push(late)) == ["applied"]
    state = pair.state()
    assert state["values"]["location"] == "late"
    assert state["values"]["duration_minutes"] == 30  # a different field: both edits kept
    assert pair.clock("location") == pair.b.stamp(20)
    assert state["hlc"] == pair.b.stamp(20)  # the newest stamp, for the laptops' clocks


def test_per_field_clocks_beat_the_change_stamp(pair: Pair) -> None:
    edit = change("visit", pair.visit.id, {"location": "x", "present_other": "tolk"},
                  hlc=pair.a.stamp(50), clocks={"location": pair.a.stamp(5)})
    pair.b.push(change("visit", pair.visit.id, {"location": "y", "present_other": "oma"},
                       hlc=pair.b.stamp(20)))
    assert outcomes(pair.a.push(edit)) == ["merged"]
    values = pair.state()["values"]
    assert (values["location"], values["present_other"]) == ("y", "tolk")


def test_a_clock_far_in_the_future_is_never_later_than_the_servers_now(pair: Pair) -> None:
    year_2040 = "2208988800000.0000." + pair.a.device_id
    pair.server.clock.advance(1)
    [result] = pair.a.push(change("visit", pair.visit.id, {"location": "future"}, hlc=year_2040))
    assert (result["outcome"], result["detail"]) == ("merged", CLOCK_OFF)
    assert pair.clock("location") == pair.a.stamp(0)
    # A second later an honest edit wins again.
    pair.server.clock.advance(1)
    assert outcomes(pair.b.push(change("visit", pair.visit.id, {"location": "now"},
                                       hlc=pair.b.stamp()))) == ["applied"]
    assert pair.state()["values"]["location"] == "now"
    assert MAX_DRIFT_MS <= 60_000


def _note_edit(session: Session, visit_id: str, text: str, base: str, offset: int) -> dict:
    return change("visit", visit_id, {"notes": text}, hlc=session.stamp(offset),
                  base={"notes": base})


def test_note_edits_of_different_paragraphs_merge(server: Server) -> None:
    base = "Gesprek met moeder.\n\nKinderen naar school.\n"
    pair = Pair(server, notes=base)
    mine = "Gesprek met moeder en oma.\n\nKinderen naar school.\n"
    theirs = "Gesprek met moeder.\n\nKinderen naar school, Sem blijft thuis.\n"
    assert outcomes(pair.a.push(_note_edit(pair.a, pair.visit.id, theirs, base, 10))) == [
        "applied"]
    results = pair.b.push(_note_edit(pair.b, pair.visit.id, mine, base, 5))  # older, yet kept
    assert (results[0]["outcome"], results[0]["detail"]) == ("merged", "merged note text")
    assert pair.state()["values"]["notes"] == (
        "Gesprek met moeder en oma.\n\nKinderen naar school, Sem blijft thuis.\n")
    # An edit based on the server's current text is simply taken.
    current = pair.state()["values"]["notes"]
    assert outcomes(pair.a.push(_note_edit(pair.a, pair.visit.id, "kort\n", current, 20))) == [
        "applied"]
    assert pair.state()["values"]["notes"] == "kort\n"


def test_overlapping_note_edits_become_one_conflict(server: Server) -> None:
    base = "Moeder maakt zich zorgen.\n"
    pair = Pair(server, notes=base)
    theirs = "Moeder maakt zich grote zorgen.\n"
    pair.a.push(_note_edit(pair.a, pair.visit.id, theirs, base, 10))
    results = pair.b.push(_note_edit(pair.b, pair.visit.id, "Moeder is gerustgesteld.\n",
                                     base, 20))
    assert outcomes(results) == ["conflict"]
    assert pair.state()["values"]["notes"] == theirs  # the server keeps its text
    conflicts = [e for e in pair.a.pull_all() if e["table"] == "note_conflict"]
    assert len(conflicts) == 1
    conflict = conflicts[0]
    values = conflict["values"]
    assert conflict["household_id"] == pair.household.id and not conflict["deleted"]
    assert {k: values[k] for k in ("household_id", "visit_id", "field", "base_text",
                                   "mine_text", "theirs_text")} == {
        "household_id": pair.household.id, "visit_id": pair.visit.id, "field": "notes",
        "base_text": base, "mine_text": "Moeder is gerustgesteld.\n", "theirs_text": theirs}
    assert (values["mine_device_id"], values["mine_worker_id"]) == (
        pair.b.device_id, pair.b.worker_id)
    assert (values["theirs_device_id"], values["theirs_worker_id"]) == (
        pair.a.device_id, pair.a.worker_id)
    assert {"created_at", "updated_at"} <= set(values)

    # A second overlapping edit of the same field updates the open conflict.
    pair.b.push(_note_edit(pair.b, pair.visit.id, "Moeder is opgelucht.\n", base, 30))
    conflicts = [e for e in pair.a.pull_all() if e["table"] == "note_conflict"]
    assert {e["record_id"] for e in conflicts} == {conflict["record_id"]}
    assert conflicts[-1]["values"]["mine_text"] == "Moeder is opgelucht.\n"
    assert conflicts[-1]["values"]["created_at"] == values["created_at"]

    # Another laptop's overlapping edit is a conflict of its own: replacing the open one's
    # "mine" would lose the first laptop's text.
    third = pair.server.login("ben")
    assert outcomes(third.push(_note_edit(third, pair.visit.id, "Derde versie.\n", base,
                                          35))) == ["conflict"]
    latest = {e["record_id"]: e for e in pair.a.pull_all() if e["table"] == "note_conflict"}
    assert sorted(e["values"]["mine_text"] for e in latest.values()) == [
        "Derde versie.\n", "Moeder is opgelucht.\n"]
    third_id = next(i for i, e in latest.items() if i != conflict["record_id"])
    pair.a.push(change("note_conflict", third_id, hlc=pair.a.stamp(36), op="delete"))

    # Resolving: the note is set and the conflict deleted; a later clash is a new conflict.
    resolved = "Moeder maakt zich grote zorgen, maar is opgelucht.\n"
    assert outcomes(pair.a.push(
        _note_edit(pair.a, pair.visit.id, resolved, theirs, 40),
        # (a laptop clock behind the server's still resolves the server-made conflict)
        change("note_conflict", conflict["record_id"], hlc=pair.a.stamp(-5000), op="delete"),
    )) == ["applied", "applied"]
    assert pair.state(conflict["record_id"])["deleted"] is True
    pair.b.push(_note_edit(pair.b, pair.visit.id, "Iets anders.\n", base, 50))
    latest = {e["record_id"]: e for e in pair.a.pull_all() if e["table"] == "note_conflict"}
    open_ids = {i for i, e in latest.items() if not e["deleted"]}
    assert len(open_ids) == 1 and conflict["record_id"] not in open_ids


def test_delete_and_restore_are_tombstones(pair: Pair) -> None:
    assert outcomes(pair.a.push(change("visit", pair.visit.id, hlc=pair.a.stamp(10),
                                       op="delete"))) == ["applied"]
    state = pair.state()
    assert state["deleted"] is True and state["values"]["location"] == "thuis"  # values kept
    assert outcomes(pair.a.push(change("visit", pair.visit.id, hlc=pair.a.stamp(20),
                                       op="restore"))) == ["applied"]
    assert pair.state()["deleted"] is False


def test_an_edit_later_than_a_delete_brings_the_record_back(pair: Pair) -> None:
    pair.a.push(change("visit", pair.visit.id, hlc=pair.a.stamp(10), op="delete"))
    results = pair.b.push(change("visit", pair.visit.id, {"location": "bieb"},
                                 hlc=pair.b.stamp(20)))
    assert (results[0]["outcome"], results[0]["detail"]) == ("merged", "restored")
    state = pair.state()
    assert state["deleted"] is False and state["values"]["location"] == "bieb"


def test_an_edit_older_than_a_delete_lands_in_the_tombstone(pair: Pair) -> None:
    pair.a.push(change("visit", pair.visit.id, hlc=pair.a.stamp(20), op="delete"))
    results = pair.b.push(change("visit", pair.visit.id, {"location": "bieb"},
                                 hlc=pair.b.stamp(10)))
    assert (results[0]["outcome"], results[0]["detail"]) == (
        "merged", "kept deleted: deleted later")
    state = pair.state()
    assert state["deleted"] is True and state["values"]["location"] == "bieb"  # kept, not lost


def test_a_delete_older_than_an_unseen_edit_keeps_the_record(pair: Pair) -> None:
    pair.b.push(change("visit", pair.visit.id, {"location": "later"}, hlc=pair.b.stamp(20)))
    results = pair.a.push(change("visit", pair.visit.id, hlc=pair.a.stamp(10), op="delete"))
    assert (results[0]["outcome"], results[0]["detail"]) == ("merged", "kept newer edits")
    assert pair.state()["deleted"] is False
    # A delete made after seeing the edit (a later stamp) deletes.
    assert outcomes(pair.a.push(change("visit", pair.visit.id, hlc=pair.a.stamp(30),
                                       op="delete"))) == ["applied"]
    assert pair.state()["deleted"] is True


def test_invalid_changes_are_rejected_without_echoing_values(pair: Pair) -> None:
    s = pair.a.stamp
    secret = "Marker-91c2 geheim"
    results = pair.a.push(
        change("visit", pair.visit.id, {"duration_minutes": -5}, hlc=s(1)),
        change("visit", pair.visit.id, {"location": secret * 50}, hlc=s(2)),
        change("visit", pair.visit.id, {"nonsense": secret}, hlc=s(3)),
        change("visit", pair.visit.id, {"id": new_id()}, hlc=s(4)),
        change("visit", pair.visit.id, {"location": "ok"}, hlc="yesterday"),
        create(Visit(household_id=pair.household.id), hlc=s(5)) | {"fields": {"notes": "x"}},
        change("worker", pair.a.worker_id, {"name": secret}, hlc=s(6)),
        change("team", pair.server.team_a, {"name": secret}, hlc=s(7)),
        change("note_conflict", new_id(), {"mine_text": "x"}, hlc=s(8), op="create"),
        change("access_log", new_id(), {}, hlc=s(9), op="create"),
        change("visit", pair.visit.id, {"location": "fine"}, hlc=s(10)),
    )
    assert [(r["outcome"], r["detail"]) for r in results] == [
        ("rejected", "invalid field duration_minutes (greater_than_equal)"),
        ("rejected", "invalid field location (string_too_long)"),
        ("rejected", "unknown field nonsense"),
        ("rejected", "field id cannot be changed"),
        ("rejected", "invalid clock stamp"),
        ("rejected", "unknown parent"),
        ("rejected", "worker records are managed on the server"),
        ("rejected", "team records are managed on the server"),
        ("rejected", "conflicts are created by the server"),
        ("rejected", "unknown table"),
        ("applied", ""),
    ]
    assert pair.state()["values"]["location"] == "fine"
    # A rejected change id is not remembered: fixed and resent, it applies.
    fixed = results[0]["change_id"]
    assert outcomes(pair.a.push(change("visit", pair.visit.id, {"duration_minutes": 5},
                                       hlc=s(11), change_id=fixed))) == ["applied"]


def test_a_create_must_be_complete(pair: Pair) -> None:
    visit = Visit(household_id=pair.household.id)
    incomplete = create(visit, hlc=pair.a.stamp(1))
    del incomplete["fields"]["starts_at"]
    results = pair.a.push(incomplete)
    assert (results[0]["outcome"], results[0]["detail"]) == ("rejected",
                                                             "missing field starts_at")


def test_a_batch_sees_its_own_earlier_changes(pair: Pair) -> None:
    household = Household(display_name="N", team_id=pair.server.team_a)
    visit = Visit(household_id=household.id)
    results = pair.a.push(
        create(household, hlc=pair.a.stamp(1)),
        create(visit, hlc=pair.a.stamp(2)),
        change("visit", visit.id, {"location": "a"}, hlc=pair.a.stamp(3)),
        change("visit", visit.id, {"location": "b"}, hlc=pair.a.stamp(4)),
    )
    assert outcomes(results) == ["applied"] * 4
    entries = [e for e in pair.b.pull_all() if e["record_id"] == visit.id]
    assert [e["values"]["location"] for e in entries] == ["", "a", "b"]
    assert entries[-1]["household_id"] == household.id
    assert entries[-1]["origin_device_id"] == pair.a.device_id


def test_logs_hold_ids_only(server: Server, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    marker = "Marker-5e0d"
    pair = Pair(server, notes=f"{marker} basis\n")
    household = Household(display_name=f"{marker} familie", team_id=server.team_b)
    pair.a.push(
        create(household, hlc=pair.a.stamp(1)),  # refused: team B
        _note_edit(pair.a, pair.visit.id, f"{marker} A\n", f"{marker} basis\n", 2),
        change("visit", pair.visit.id, {"location": marker * 100}, hlc=pair.a.stamp(3)),
    )
    pair.b.push(_note_edit(pair.b, pair.visit.id, f"{marker} B\n", f"{marker} basis\n", 4))
    assert "refused" in caplog.text and "note conflict" in caplog.text
    assert marker not in caplog.text
    assert "anna" not in caplog.text and "Anna" not in caplog.text


def test_a_laptop_reset_to_the_server_text_gets_a_new_conflict(server: Server) -> None:
    """After its pull the laptop's note is the server's text, without its conflicting edit; if
    it clashes again, replacing the open conflict would lose that edit."""
    base = "Eerste alinea.\n"
    pair = Pair(server, notes=base)
    pair.a.push(_note_edit(pair.a, pair.visit.id, "Versie A.\n", base, 10))
    assert outcomes(pair.b.push(_note_edit(pair.b, pair.visit.id, "Versie B.\n", base,
                                           20))) == ["conflict"]
    pair.a.push(_note_edit(pair.a, pair.visit.id, "Versie A2.\n", "Versie A.\n", 30))
    # b pulled "Versie A." (its new base) and clashes with "Versie A2." again.
    assert outcomes(pair.b.push(_note_edit(pair.b, pair.visit.id, "Versie B2.\n",
                                           "Versie A.\n", 40))) == ["conflict"]
    latest = {e["record_id"]: e for e in pair.a.pull_all() if e["table"] == "note_conflict"}
    assert sorted(e["values"]["mine_text"] for e in latest.values()) == [
        "Versie B.\n", "Versie B2.\n"]
