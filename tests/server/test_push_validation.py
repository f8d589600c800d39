"""Issue 18: a push is held to the same value rules as an import (one definition,
`domain.data_format.record_model` with `model.value_rules`). A change with a NUL in a name,
an over-long string, a huge number or a snapshot the ecogram cannot read is `rejected` with a
reason, never stored, and never reaches another laptop's pull."""

from __future__ import annotations

import json
from typing import Any

import pytest

from testsupport_server import Server, change, create
from voordeur.model import EcogramPosition, EcogramSnapshot, Household, Person, Visit


def _setup(server: Server) -> tuple[Any, Any, Household, Visit]:
    anna, ben = server.login("anna"), server.login("ben")
    household = Household(display_name="H", team_id=server.team_a)
    visit = Visit(household_id=household.id, location="thuis")
    results = anna.push(create(household, hlc=anna.stamp()), create(visit, hlc=anna.stamp(1)))
    assert [r["outcome"] for r in results] == ["applied", "applied"]
    return anna, ben, household, visit


def _snapshot(household: Household, data: Any) -> EcogramSnapshot:
    return EcogramSnapshot(household_id=household.id, data=data)


BAD_CREATES = {
    "NUL in a name": (lambda h: Person(household_id=h.id, first_name="Jan\x00"),
                      "first_name: contains a control character"),
    "line break in a name": (lambda h: Person(household_id=h.id, last_name="a\nb"),
                             "last_name: contains a control character or line break"),
    "over-long string": (lambda h: Person(household_id=h.id, role="x" * 101), "role"),
    "huge number": (lambda h: EcogramPosition(household_id=h.id, node_kind="household",
                                              node_id=h.id, x=1e300), "x"),
    "snapshot of no known format": (lambda h: _snapshot(h, {"nodes": []}),
                                    "unknown ecogram snapshot format"),
    "damaged snapshot": (lambda h: _snapshot(h, {"format": 1, "household_id": h.id,
                                                 "nodes": [{"key": "person:x"}]}),
                         "damaged ecogram snapshot"),
}


@pytest.mark.parametrize("case", list(BAD_CREATES))
def test_a_bad_value_is_rejected_and_never_pulled(server: Server, case: str) -> None:
    anna, ben, household, _ = _setup(server)
    make, reason = BAD_CREATES[case]
    record = make(household)
    [result] = anna.push(create(record, hlc=anna.stamp(2)))
    assert result["outcome"] == "rejected"
    assert reason in result["detail"]
    assert "Jan" not in result["detail"]  # the reason names the field, never the value
    assert record.id not in {e["record_id"] for e in ben.pull_all()}


def test_a_bad_update_keeps_the_stored_value(server: Server) -> None:
    anna, ben, household, visit = _setup(server)
    [result] = anna.push(change("household", household.id, {"display_name": "Gezin\x1b[31m"},
                                hlc=anna.stamp(5)))
    assert result["outcome"] == "rejected"
    [entry] = [e for e in ben.pull_all() if e["record_id"] == household.id]
    assert entry["values"]["display_name"] == "H"
    # Tabs and line breaks are fine in multi-line free text.
    [ok] = anna.push(change("visit", visit.id, {"notes": "regel 1\n\tregel 2"},
                            hlc=anna.stamp(6)))
    assert ok["outcome"] == "applied"


def test_a_number_over_pythons_digit_limit_is_a_clean_refusal(server: Server) -> None:
    anna, ben, household, _ = _setup(server)
    person = create(Person(household_id=household.id, first_name="X"), hlc=anna.stamp(2))
    person["fields"]["closeness"] = "HUGE"
    body = json.dumps({"changes": [person]}).replace('"HUGE"', "9" * 5000)
    response = server.client.post("/v1/push", content=body, headers={
        **anna.headers, "content-type": "application/json"})
    assert response.status_code in (400, 422), response.text
    assert person["record_id"] not in {e["record_id"] for e in ben.pull_all()}
