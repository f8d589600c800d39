"""The key vault: right passphrase only, tamper-evident, no secret in plain text."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from argon2.low_level import Type, hash_secret_raw

from testsupport import PASSPHRASE, MemoryKeyring
from voordeur.model import Household
from voordeur.services import households as hs
from voordeur.services.unit_of_work import unit_of_work
from voordeur.store import device_secret, vault
from voordeur.store.engine import DB_FILE
from voordeur.store.store import Store

NEW_PASSPHRASE = "a completely different phrase"


def make_store(data_dir: Path, passphrase: str = PASSPHRASE) -> None:
    Store.create(data_dir, passphrase, worker_name="Medewerker").close()


def vault_json(data_dir: Path) -> dict[str, Any]:
    return json.loads((data_dir / vault.VAULT_FILE).read_text(encoding="utf-8"))


def write_vault_json(data_dir: Path, raw: Any) -> None:
    (data_dir / vault.VAULT_FILE).write_text(json.dumps(raw), encoding="utf-8")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def files_under(data_dir: Path) -> list[Path]:
    return sorted(p for p in data_dir.rglob("*") if p.is_file())


# -- passphrase --------------------------------------------------------------------------------

def test_opens_only_with_the_right_passphrase(data_dir: Path) -> None:
    make_store(data_dir)
    with pytest.raises(vault.WrongPassphrase) as info:
        Store.open(data_dir, PASSPHRASE + "!")
    message = str(info.value)
    assert "wrong passphrase" in message
    assert "1 seconds" in message  # the delay before the next try is announced
    assert vault.unwrap_data_key(data_dir, PASSPHRASE)  # the vault itself was not harmed


def test_unwrap_gives_the_key_that_opens_the_database(data_dir: Path) -> None:
    make_store(data_dir)
    key = vault.unwrap_data_key(data_dir, PASSPHRASE)
    assert len(key) == vault.DATA_KEY_BYTES
    assert vault.unwrap_data_key(data_dir, PASSPHRASE) == key
    with pytest.raises(vault.WrongPassphrase):
        vault.unwrap_data_key(data_dir, PASSPHRASE.upper())


def test_default_kdf_is_strong_argon2id() -> None:
    params = vault.KdfParams()  # the real defaults, not the fast test fixture
    assert params.name == "argon2id"
    assert params.memory_kib >= 64 * 1024
    assert params.time_cost >= 3
    assert params.parallelism >= 1
    assert len(base64.b64decode(params.salt)) >= 16
    assert vault.KdfParams().salt != params.salt  # a fresh random salt every time
    cheap = vault.KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
    expected = hash_secret_raw(b"pw", base64.b64decode(cheap.salt), time_cost=1,
                               memory_cost=1024, parallelism=1, hash_len=32, type=Type.ID)
    assert cheap.derive("pw") == expected  # really Argon2id, with the stored parameters


# -- changing the passphrase -------------------------------------------------------------------

def test_change_passphrase_rewraps_only_the_key(data_dir: Path) -> None:
    store = Store.create(data_dir, PASSPHRASE, worker_name="Medewerker")
    with unit_of_work(store) as uow:
        household_id = hs.create_household(uow, "Gezin de Vries").id
    store.close()
    db_before = sha256(data_dir / DB_FILE)
    vault_before = vault_json(data_dir)
    key_before = vault.unwrap_data_key(data_dir, PASSPHRASE)

    vault.change_passphrase(data_dir, PASSPHRASE, NEW_PASSPHRASE)

    assert sha256(data_dir / DB_FILE) == db_before  # the database was not touched
    vault_after = vault_json(data_dir)
    assert vault_after["vault_id"] == vault_before["vault_id"]
    assert vault_after["wrapped_key"] != vault_before["wrapped_key"]
    assert vault_after["kdf"]["salt"] != vault_before["kdf"]["salt"]
    with pytest.raises(vault.WrongPassphrase):
        vault.unwrap_data_key(data_dir, PASSPHRASE)
    assert vault.unwrap_data_key(data_dir, NEW_PASSPHRASE) == key_before
    with Store.open(data_dir, NEW_PASSPHRASE) as reopened, reopened.session() as session:
        household = session.get(Household, household_id)
        assert household is not None and household.display_name == "Gezin de Vries"
    with pytest.raises(vault.WrongPassphrase):
        Store.open(data_dir, PASSPHRASE)


def test_change_passphrase_refuses_wrong_old_or_weak_new(data_dir: Path) -> None:
    make_store(data_dir)
    before = (data_dir / vault.VAULT_FILE).read_bytes()
    with pytest.raises(vault.WrongPassphrase):
        vault.change_passphrase(data_dir, "not the passphrase at all", NEW_PASSPHRASE)
    with pytest.raises(vault.WeakPassphrase):
        vault.change_passphrase(data_dir, PASSPHRASE, "123456")
    assert (data_dir / vault.VAULT_FILE).read_bytes() == before
    assert vault.unwrap_data_key(data_dir, PASSPHRASE)


# -- tampering ---------------------------------------------------------------------------------

def _set_kdf(key: str, value: Any) -> Any:
    return lambda raw: raw["kdf"].__setitem__(key, value)


def _flip_b64(key: str) -> Any:
    def edit(raw: dict[str, Any]) -> None:
        data = bytearray(base64.b64decode(raw[key]))
        data[0] ^= 0x01
        raw[key] = base64.b64encode(bytes(data)).decode()
    return edit


TAMPERINGS = {
    "kdf time_cost": _set_kdf("time_cost", 2),
    "kdf memory_kib": _set_kdf("memory_kib", 2048),
    "kdf parallelism": _set_kdf("parallelism", 2),
    "kdf salt": _set_kdf("salt", base64.b64encode(b"\x00" * 16).decode()),
    "kdf name": _set_kdf("name", "argon2i"),
    "kdf extra field": _set_kdf("pepper", "x"),
    "vault_id": lambda raw: raw.__setitem__("vault_id", "01900000-0000-7000-8000-000000000000"),
    "nonce": _flip_b64("nonce"),
    "nonce not base64": lambda raw: raw.__setitem__("nonce", "***"),
    "wrapped_key": _flip_b64("wrapped_key"),
    "wrapped_key truncated": lambda raw: raw.__setitem__("wrapped_key", raw["wrapped_key"][:8]),
    "format": lambda raw: raw.__setitem__("format", "something-else"),
    "version": lambda raw: raw.__setitem__("version", 2),
    "missing field": lambda raw: raw.pop("wrapped_key"),
}


@pytest.mark.parametrize("edit", TAMPERINGS.values(), ids=TAMPERINGS.keys())
def test_tampered_vault_never_opens(data_dir: Path, edit: Any) -> None:
    make_store(data_dir)
    raw = vault_json(data_dir)
    edit(raw)
    write_vault_json(data_dir, raw)
    with pytest.raises((vault.WrongPassphrase, vault.VaultCorrupt)):
        vault.unwrap_data_key(data_dir, PASSPHRASE)
    with pytest.raises((vault.WrongPassphrase, vault.VaultCorrupt)):
        Store.open(data_dir, PASSPHRASE)


def test_dropping_the_device_secret_flag_does_not_open(
    data_dir: Path, trusted_keyring: MemoryKeyring
) -> None:
    make_store(data_dir)
    raw = vault_json(data_dir)
    assert raw["uses_device_secret"] is True
    raw["uses_device_secret"] = False  # a downgrade: try without the keyring's secret
    write_vault_json(data_dir, raw)
    with pytest.raises(vault.WrongPassphrase):
        Store.open(data_dir, PASSPHRASE)


def test_adding_the_device_secret_flag_does_not_open(data_dir: Path) -> None:
    make_store(data_dir)
    raw = vault_json(data_dir)
    raw["uses_device_secret"] = True
    write_vault_json(data_dir, raw)
    # The flag is read before the header can be authenticated: a clear keyring error is fine.
    refused = (vault.WrongPassphrase, vault.VaultCorrupt, device_secret.DeviceSecretError)
    with pytest.raises(refused):
        Store.open(data_dir, PASSPHRASE)


@pytest.mark.parametrize("edit", [
    _set_kdf("time_cost", 0), _set_kdf("time_cost", "3"), _set_kdf("salt", "abc"),
    _set_kdf("memory_kib", -1), _set_kdf("parallelism", 0),
    lambda raw: raw.__setitem__("nonce", ""),
], ids=["time_cost 0", "time_cost str", "salt bad b64", "memory negative", "lanes 0", "no nonce"])
def test_invalid_vault_values_are_reported_as_corrupt(data_dir: Path, edit: Any) -> None:
    make_store(data_dir)
    raw = vault_json(data_dir)
    edit(raw)
    write_vault_json(data_dir, raw)
    with pytest.raises(vault.VaultCorrupt):
        vault.unwrap_data_key(data_dir, PASSPHRASE)


@pytest.mark.parametrize("content", [b"", b"\xff\xfe\x00garbage\x80", b"{not json", b"{}",
                                     b'{"format": "voordeur-key-vault"}'])
def test_garbage_vault_is_corrupt(data_dir: Path, content: bytes) -> None:
    make_store(data_dir)
    (data_dir / vault.VAULT_FILE).write_bytes(content)
    with pytest.raises(vault.VaultCorrupt) as info:
        Store.open(data_dir, PASSPHRASE)
    assert "key vault" in str(info.value)


@pytest.mark.parametrize("content", [b"[]", b"null", b"42", b'"vault"'])
def test_vault_that_is_not_a_json_object_is_corrupt(data_dir: Path, content: bytes) -> None:
    make_store(data_dir)
    (data_dir / vault.VAULT_FILE).write_bytes(content)
    with pytest.raises(vault.VaultCorrupt):
        Store.open(data_dir, PASSPHRASE)


def test_missing_vault(data_dir: Path) -> None:
    make_store(data_dir)
    (data_dir / vault.VAULT_FILE).unlink()
    with pytest.raises(vault.VaultMissing) as info:
        Store.open(data_dir, PASSPHRASE)
    assert "no key vault" in str(info.value)
    assert not (data_dir / vault.VAULT_FILE).exists()


# -- no secret in plain text -------------------------------------------------------------------

def _forbidden_secrets(data_dir: Path, keyring: MemoryKeyring) -> dict[str, bytes]:
    data_key = vault.unwrap_data_key(data_dir, PASSPHRASE)
    vault_id = vault_json(data_dir)["vault_id"]
    secret_b64 = keyring.secrets[(device_secret.SERVICE, vault_id)]
    found: dict[str, bytes] = {
        "passphrase utf-8": PASSPHRASE.encode(),
        "passphrase utf-16": PASSPHRASE.encode("utf-16-le"),
        "data key raw": data_key,
        "data key hex": data_key.hex().encode(),
        "data key HEX": data_key.hex().upper().encode(),
        "data key b64": base64.b64encode(data_key),
        "device secret b64": secret_b64.encode(),
        "device secret raw": base64.b64decode(secret_b64),
        "device secret hex": base64.b64decode(secret_b64).hex().encode(),
    }
    return found


def _assert_no_secret_in_files(data_dir: Path, secrets: dict[str, bytes]) -> None:
    files = files_under(data_dir)
    assert files
    for path in files:
        content = path.read_bytes()
        for name, secret in secrets.items():
            assert secret not in content, f"{name} found in {path.name}"


def test_no_secret_in_any_file(data_dir: Path, trusted_keyring: MemoryKeyring) -> None:
    store = Store.create(data_dir, PASSPHRASE, worker_name="Medewerker")
    secrets = _forbidden_secrets(data_dir, trusted_keyring)
    with unit_of_work(store) as uow:
        for n in range(20):
            hs.create_household(uow, f"Gezin {n}")
    _assert_no_secret_in_files(data_dir, secrets)  # while open: WAL and shm present
    store.close()
    with Store.open(data_dir, PASSPHRASE) as reopened:
        reopened.vacuum()
    vault.change_passphrase(data_dir, PASSPHRASE, NEW_PASSPHRASE)
    secrets["new passphrase"] = NEW_PASSPHRASE.encode()
    _assert_no_secret_in_files(data_dir, secrets)
