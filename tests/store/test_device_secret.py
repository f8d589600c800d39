"""PIN only with a device secret in a trusted keyring; untrusted keyrings never count."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

from testsupport import PASSPHRASE, MemoryKeyring
from voordeur.store import device_secret, vault
from voordeur.store.engine import DB_FILE
from voordeur.store.store import Store
from voordeur.store.throttle import UnlockThrottle

PIN = "493817"


class FakePlaintextKeyring(MemoryKeyring):
    """Stands in for keyrings.alt.file.PlaintextKeyring: secrets in a readable file."""


FakePlaintextKeyring.__module__ = "keyrings.alt.file"
FakePlaintextKeyring.__qualname__ = "PlaintextKeyring"
FakePlaintextKeyring.__name__ = "PlaintextKeyring"


def snapshot(data_dir: Path) -> dict[str, str]:
    return {str(p.relative_to(data_dir)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in data_dir.rglob("*") if p.is_file()}


# -- PIN rules -----------------------------------------------------------------------------------

def test_pin_accepted_with_trusted_keyring(data_dir: Path, trusted_keyring: MemoryKeyring) -> None:
    Store.create(data_dir, PIN, worker_name="Medewerker").close()
    stored = vault.read_vault(data_dir)
    assert stored.uses_device_secret is True
    secret = trusted_keyring.secrets[(device_secret.SERVICE, stored.vault_id)]
    assert len(base64.b64decode(secret)) == device_secret.SECRET_BYTES
    with Store.open(data_dir, PIN) as store:
        assert store.meta("device_id")


def test_too_short_pin_refused_even_with_trusted_keyring(
    data_dir: Path, trusted_keyring: MemoryKeyring
) -> None:
    with pytest.raises(vault.WeakPassphrase):
        Store.create(data_dir, "12345", worker_name="Medewerker")
    assert not data_dir.exists()
    assert trusted_keyring.secrets == {}


@pytest.mark.parametrize("weak", [PIN, "elevenchars", "   123456789   ", "12345678901"])
def test_pin_or_short_passphrase_refused_without_trusted_keyring(data_dir: Path, weak: str) -> None:
    with pytest.raises(vault.WeakPassphrase) as info:
        Store.create(data_dir, weak, worker_name="Medewerker")
    assert "no trusted system keyring" in str(info.value)
    assert "12" in str(info.value)  # tells the worker how long it must be
    assert not vault.vault_path(data_dir).exists()
    assert not (data_dir / DB_FILE).exists()
    assert not data_dir.exists() or not any(data_dir.iterdir())


def test_long_passphrase_without_keyring_has_no_device_secret(data_dir: Path) -> None:
    Store.create(data_dir, "twelve chars", worker_name="Medewerker").close()
    assert vault.read_vault(data_dir).uses_device_secret is False


def test_demanding_a_keyring_without_one_leaves_nothing(data_dir: Path) -> None:
    with pytest.raises(device_secret.DeviceSecretError):
        Store.create(data_dir, PASSPHRASE, worker_name="Medewerker", use_keyring=True)
    assert not data_dir.exists()


def test_opting_out_of_the_keyring_needs_a_long_passphrase(
    data_dir: Path, trusted_keyring: MemoryKeyring
) -> None:
    with pytest.raises(vault.WeakPassphrase):
        Store.create(data_dir, PIN, worker_name="Medewerker", use_keyring=False)
    assert not data_dir.exists()
    Store.create(data_dir, PASSPHRASE, worker_name="Medewerker", use_keyring=False).close()
    assert vault.read_vault(data_dir).uses_device_secret is False
    assert trusted_keyring.secrets == {}


# -- a missing device secret -------------------------------------------------------------------

def test_missing_device_secret_refuses_to_open(
    data_dir: Path, trusted_keyring: MemoryKeyring
) -> None:
    Store.create(data_dir, PIN, worker_name="Medewerker").close()
    before = snapshot(data_dir)
    trusted_keyring.secrets.clear()
    with pytest.raises(device_secret.DeviceSecretError) as info:
        Store.open(data_dir, PIN)
    assert "device secret" in str(info.value)
    assert "missing" in str(info.value)
    assert snapshot(data_dir) == before  # nothing new, nothing replaced
    assert UnlockThrottle(data_dir).failures == 0  # not mistaken for a wrong PIN
    assert trusted_keyring.secrets == {}  # and no new secret was made up


def test_keyring_no_longer_trusted_refuses_to_open(
    data_dir: Path, trusted_keyring: MemoryKeyring
) -> None:
    Store.create(data_dir, PIN, worker_name="Medewerker").close()
    before = snapshot(data_dir)
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(device_secret.DeviceSecretError) as info:
        Store.open(data_dir, PIN)
    assert "no trusted keyring" in str(info.value)
    assert snapshot(data_dir) == before


# -- which backends are trusted ------------------------------------------------------------------

@pytest.mark.parametrize("backend", [null.Keyring, fail.Keyring, FakePlaintextKeyring],
                         ids=["null", "fail", "keyrings.alt plaintext"])
def test_untrusted_backends(backend: type[KeyringBackend]) -> None:
    keyring.set_keyring(backend())
    assert device_secret.trusted_backend() is None
    situation = device_secret.keyring_situation()
    assert situation.trusted is False
    assert "passphrase only" in situation.description_en


def test_plaintext_backend_gets_no_secret(data_dir: Path) -> None:
    plain = FakePlaintextKeyring()
    keyring.set_keyring(plain)
    with pytest.raises(vault.WeakPassphrase):
        Store.create(data_dir, PIN, worker_name="Medewerker")
    Store.create(data_dir, PASSPHRASE, worker_name="Medewerker").close()
    assert plain.secrets == {}
    assert vault.read_vault(data_dir).uses_device_secret is False


def test_broken_keyring_is_untrusted(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> KeyringBackend:
        raise RuntimeError("keyring configuration is broken")

    monkeypatch.setattr(keyring, "get_keyring", broken)
    assert device_secret.trusted_backend() is None


def test_chainer_trusted_only_through_trusted_members(
    monkeypatch: pytest.MonkeyPatch, trusted_keyring: MemoryKeyring, data_dir: Path
) -> None:
    plain = FakePlaintextKeyring()
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [plain, null.Keyring()])
    keyring.set_keyring(chainer.ChainerBackend())
    assert device_secret.trusted_backend() is None

    monkeypatch.setattr(chainer.ChainerBackend, "backends", [plain, trusted_keyring])
    assert device_secret.trusted_backend() is trusted_keyring  # the member, not the chain
    Store.create(data_dir, PIN, worker_name="Medewerker").close()
    assert plain.secrets == {}  # the secret went to the trusted member only
    assert len(trusted_keyring.secrets) == 1


def test_impostor_chainer_is_not_trusted(trusted_keyring: MemoryKeyring) -> None:
    class ChainerBackend(FakePlaintextKeyring):
        def __init__(self) -> None:
            super().__init__()
            self.backends = [trusted_keyring]

    ChainerBackend.__module__ = "somewhere.else"
    keyring.set_keyring(ChainerBackend())
    assert device_secret.trusted_backend() is None
