"""What the worker reads when something goes wrong: plain Dutch, nothing lost, no raw data."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from sqlalchemy.exc import OperationalError as SAOperationalError

from voordeur.gui.common.errors import describe_error
from voordeur.services.households import ServiceError
from voordeur.store import vault
from voordeur.store.disk import DiskFull
from voordeur.store.engine import StoreUnreadable
from voordeur.store.store import StoreLocked


def test_a_full_disk_says_so_and_that_saved_work_is_kept(tmp_path: Path) -> None:
    driver = sqlite3.OperationalError("database or disk is full")
    for exc in (OSError(errno.ENOSPC, "No space left on device"), driver,
                SAOperationalError("COMMIT", {}, driver), DiskFull(tmp_path)):
        message = describe_error(exc)
        assert "schijf is vol" in message
        assert "blijft bewaard" in message


def test_a_store_that_cannot_be_read_is_not_called_damaged() -> None:
    message = describe_error(StoreUnreadable("the database file x could not be read"))
    assert "kon niet worden gelezen" in message and "beschadigd" not in message


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
