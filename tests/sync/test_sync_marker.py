"""Nothing leaked by sync: a planted marker reaches no laptop file in the clear and no log line.

The marker travels as a household name, a person's name and a note, through a push, a pull, a
note conflict and its resolution. On both laptops it must only exist inside the encrypted
database; neither the client's nor the server's log may ever hold it.
"""

from __future__ import annotations

import logging
import secrets

import pytest
from laptops import Team, sync_all
from sync_helpers import edit_visit, new_household_with_visit

from testsupport import assert_marker_nowhere, needles
from voordeur.services import households as hs
from voordeur.services.conflicts import list_conflicts, resolve_conflict
from voordeur.services.unit_of_work import unit_of_work


def test_a_marker_synced_between_laptops_stays_encrypted_and_out_of_the_logs(
    team: Team, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    marker = "ZQXMARKER" + secrets.token_hex(8)
    a, b = team.laptop("a"), team.laptop("b", "ben")
    household, visit = new_household_with_visit(a.store, notes=f"Eerste alinea.\n\n{marker} thuis.")
    with unit_of_work(a.store) as uow:
        hs.add_person(uow, uow.get(type(household), household.id), first_name=marker)
    sync_all(a, b)
    # The same sentence rewritten on both laptops: a conflict holding the marker twice.
    edit_visit(a.store, visit.id, notes=f"Eerste alinea.\n\n{marker} bij oma.")
    edit_visit(b.store, visit.id, notes=f"Eerste alinea.\n\n{marker} op school.")
    sync_all(a, b)
    conflicts = list_conflicts(b.store)
    assert conflicts and marker in conflicts[0].mine_text + conflicts[0].theirs_text
    resolve_conflict(b.store, conflicts[0].id, f"Eerste alinea.\n\n{marker} samen.")
    sync_all(a, b)
    assert list_conflicts(a.store) == []

    for laptop in (a, b):
        laptop.engine.close()
        laptop.store.close()
        assert_marker_nowhere(laptop.store.data_dir, marker)
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert logged  # sync and the server did log
    for label, needle in needles(marker).items():
        assert needle.decode("utf-8", "ignore") not in logged, f"{label} in the logs"
