"""Shared fixtures: a fresh encrypted store per test, with a fast KDF and a hermetic keyring.

Tests never touch the real OS keyring: by default the `fail` backend (no trusted keyring) is in
force; `trusted_keyring` installs an in-memory backend and marks it trusted for that test only.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from testsupport import PASSPHRASE, MemoryKeyring, fast_kdf_params
from voordeur.store import device_secret
from voordeur.store.store import Store


@pytest.fixture(autouse=True)
def hermetic_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def trusted_keyring(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    backend = MemoryKeyring()
    name = f"{MemoryKeyring.__module__}.{MemoryKeyring.__qualname__}"
    monkeypatch.setattr(device_secret, "TRUSTED_BACKENDS", {*device_secret.TRUSTED_BACKENDS, name})
    keyring.set_keyring(backend)
    return backend


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """New vaults in tests use cheap Argon2id parameters unless a test asks otherwise."""
    from voordeur.store import vault

    # Argon2id's cost is what protects a real store; tests only need the same code path, fast.
    monkeypatch.setattr(vault, "default_kdf", fast_kdf_params)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    s = Store.create(data_dir, PASSPHRASE, worker_name="Test Medewerker", team_name="Team Test",
                     neighbourhood="Zwolle-Zuid")
    yield s
    s.close()
