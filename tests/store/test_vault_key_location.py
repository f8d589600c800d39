"""Moving the key between the system keyring and passphrase-only: re-wrap only, never unreadable."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from testsupport import PASSPHRASE
from voordeur.store import device_secret, vault
from voordeur.store.engine import DB_FILE
from voordeur.store.store import Store

PIN = "493817"
LONG = "een nieuwe lange wachtwoordzin"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_store(data_dir: Path, passphrase: str = PASSPHRASE) -> None:
    Store.create(data_dir, passphrase, worker_name="Medewerker").close()


def opens(data_dir: Path, passphrase: str) -> bool:
    try:
        vault.unwrap_data_key(data_dir, passphrase)
    except vault.WrongPassphrase:
        return False
    return True


def test_passphrase_only_to_keyring_and_back(
    data_dir: Path, trusted_keyring: Any
) -> None:
    Store.create(data_dir, PASSPHRASE, worker_name="Medewerker", use_keyring=False).close()
    key = vault.unwrap_data_key(data_dir, PASSPHRASE)
    db_hash = sha256(data_dir / DB_FILE)
    assert vault.read_vault(data_dir).uses_device_secret is False

    vault.set_key_location(data_dir, PASSPHRASE, use_keyring=True)
    assert sha256(data_dir / DB_FILE) == db_hash  # only the key's wrapping changed
    moved = vault.read_vault(data_dir)
    assert moved.uses_device_secret is True
    assert (device_secret.SERVICE, moved.vault_id) in trusted_keyring.secrets
    assert vault.unwrap_data_key(data_dir, PASSPHRASE) == key
    with Store.open(data_dir, PASSPHRASE) as store:
        assert store.meta("worker_id")

    vault.set_key_location(data_dir, PASSPHRASE, use_keyring=False)
    back = vault.read_vault(data_dir)
    assert back.uses_device_secret is False
    assert trusted_keyring.secrets == {}  # the old device secret is gone
    assert vault.unwrap_data_key(data_dir, PASSPHRASE) == key
    with Store.open(data_dir, PASSPHRASE) as store:
        assert store.meta("worker_id")


def test_pin_store_to_passphrase_only_needs_a_long_new_passphrase(
    data_dir: Path, trusted_keyring: Any
) -> None:
    make_store(data_dir, PIN)
    before = (data_dir / vault.VAULT_FILE).read_bytes()
    secrets_before = dict(trusted_keyring.secrets)
    with pytest.raises(vault.WeakPassphrase):
        vault.set_key_location(data_dir, PIN, use_keyring=False)
    with pytest.raises(vault.WeakPassphrase):
        vault.set_key_location(data_dir, PIN, use_keyring=False, new_passphrase="kort")
    assert (data_dir / vault.VAULT_FILE).read_bytes() == before
    assert trusted_keyring.secrets == secrets_before

    vault.set_key_location(data_dir, PIN, use_keyring=False, new_passphrase=LONG)
    assert vault.read_vault(data_dir).uses_device_secret is False
    assert trusted_keyring.secrets == {}
    assert not opens(data_dir, PIN)
    with Store.open(data_dir, LONG) as store:
        assert store.meta("device_id")


def test_wrong_passphrase_changes_nothing(data_dir: Path, trusted_keyring: Any) -> None:
    make_store(data_dir, PIN)
    before = (data_dir / vault.VAULT_FILE).read_bytes()
    with pytest.raises(vault.WrongPassphrase):
        vault.set_key_location(data_dir, "000000", use_keyring=False, new_passphrase=LONG)
    assert (data_dir / vault.VAULT_FILE).read_bytes() == before
    assert len(trusted_keyring.secrets) == 1


def test_keyring_refused_without_a_trusted_keyring(data_dir: Path) -> None:
    make_store(data_dir)
    before = (data_dir / vault.VAULT_FILE).read_bytes()
    with pytest.raises(device_secret.DeviceSecretError):
        vault.set_key_location(data_dir, PASSPHRASE, use_keyring=True)
    assert (data_dir / vault.VAULT_FILE).read_bytes() == before
    assert opens(data_dir, PASSPHRASE)


def test_same_location_is_a_no_op(data_dir: Path) -> None:
    make_store(data_dir)
    before = (data_dir / vault.VAULT_FILE).read_bytes()
    vault.set_key_location(data_dir, PASSPHRASE, use_keyring=False)
    assert (data_dir / vault.VAULT_FILE).read_bytes() == before


def test_keyring_to_keyring_with_new_passphrase_keeps_the_secret(
    data_dir: Path, trusted_keyring: Any
) -> None:
    make_store(data_dir, PIN)
    secrets_before = dict(trusted_keyring.secrets)
    vault.set_key_location(data_dir, PIN, use_keyring=True, new_passphrase="246810")
    assert trusted_keyring.secrets == secrets_before
    assert opens(data_dir, "246810")
    assert not opens(data_dir, PIN)


def test_failed_write_restores_the_old_vault_and_drops_the_new_secret(
    data_dir: Path, trusted_keyring: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    Store.create(data_dir, PASSPHRASE, worker_name="Medewerker", use_keyring=False).close()
    before = (data_dir / vault.VAULT_FILE).read_bytes()
    real_write = vault.write_atomic
    calls: list[Path] = []

    def failing_write(path: Path, data: bytes) -> None:
        calls.append(path)
        if len(calls) == 1:
            raise OSError(28, "No space left on device")
        real_write(path, data)

    monkeypatch.setattr(vault, "write_atomic", failing_write)
    with pytest.raises(OSError):
        vault.set_key_location(data_dir, PASSPHRASE, use_keyring=True)
    assert (data_dir / vault.VAULT_FILE).read_bytes() == before
    assert trusted_keyring.secrets == {}
    assert opens(data_dir, PASSPHRASE)


def test_new_vault_that_does_not_open_is_rolled_back(
    data_dir: Path, trusted_keyring: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_store(data_dir, PIN)
    before = (data_dir / vault.VAULT_FILE).read_bytes()
    secrets_before = dict(trusted_keyring.secrets)
    real_wrap = vault._wrap

    def bad_wrap(v: vault.VaultFile, passphrase: str, data_key: bytes) -> None:
        real_wrap(v, passphrase, bytes(len(data_key)))  # a different (wrong) key

    monkeypatch.setattr(vault, "_wrap", bad_wrap)
    with pytest.raises(vault.VaultError):
        vault.set_key_location(data_dir, PIN, use_keyring=False, new_passphrase=LONG)
    assert (data_dir / vault.VAULT_FILE).read_bytes() == before
    assert trusted_keyring.secrets == secrets_before  # the old device secret was kept
    monkeypatch.setattr(vault, "_wrap", real_wrap)
    assert opens(data_dir, PIN)


def test_keyring_that_refuses_the_secret_changes_nothing(
    data_dir: Path, trusted_keyring: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    Store.create(data_dir, PASSPHRASE, worker_name="Medewerker", use_keyring=False).close()
    before = (data_dir / vault.VAULT_FILE).read_bytes()

    def refuse(service: str, username: str, password: str) -> None:
        import keyring.errors

        raise keyring.errors.PasswordSetError("locked")

    monkeypatch.setattr(trusted_keyring, "set_password", refuse)
    with pytest.raises(device_secret.DeviceSecretError):
        vault.set_key_location(data_dir, PASSPHRASE, use_keyring=True)
    assert (data_dir / vault.VAULT_FILE).read_bytes() == before
    assert opens(data_dir, PASSPHRASE)
