"""What the worker reads when something goes wrong: plain Dutch, nothing lost, no raw data."""

from __future__ import annotations

import errno
import sqlite3

from voordeur.gui.errors import describe_error
from voordeur.services.households import ServiceError
from voordeur.store import vault
from voordeur.store.store import StoreLocked


def test_a_full_disk_says_so_and_that_saved_work_is_kept() -> None:
    for exc in (OSError(errno.ENOSPC, "No space left on device"),
                sqlite3.OperationalError("database or disk is full")):
        message = describe_error(exc)
        assert "schijf is vol" in message
        assert "blijft bewaard" in message


def test_passphrase_problems_are_plain_dutch() -> None:
    assert describe_error(vault.WrongPassphrase("x")) == "Die wachtwoordzin klopt niet."
    assert "over 1 seconde " in describe_error(StoreLocked(1))
    assert "over 30 seconden" in describe_error(StoreLocked(30))


def test_a_storage_error_never_shows_the_raw_message() -> None:
    secret = "Moeder vertelt over de rechtszaak"
    message = describe_error(sqlite3.IntegrityError(f"constraint failed: {secret}"))
    assert secret not in message
    assert "blijft bewaard" in message


def test_a_domain_rule_adds_its_english_detail_for_the_helpdesk() -> None:
    message = describe_error(ServiceError("a household needs a name"))
    assert message.startswith("Dit kan zo niet worden opgeslagen.")
    assert "a household needs a name" in message
