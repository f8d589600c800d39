"""Where the store's key is kept, read and changed on the background thread for the settings dialog:
whether the vault uses this laptop's keyring and whether the keyring can be trusted
(`read_key_state`), and moving the key into or out of the keyring (`move_key`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from voordeur.store import device_secret, vault
from voordeur.store.store import StoreLocked
from voordeur.store.throttle import UnlockThrottle


@dataclass(frozen=True)
class KeyState:
    """Where the key of the store in the data folder is kept, and what this laptop offers."""

    uses_keyring: bool
    keyring_trusted: bool


def read_key_state(data_dir: Path) -> KeyState:
    """Runs on the background thread."""
    uses = vault.read_vault(data_dir).uses_device_secret
    return KeyState(uses_keyring=uses, keyring_trusted=device_secret.keyring_situation().trusted)


def move_key(data_dir: Path, passphrase: str, *, use_keyring: bool,
             new_passphrase: str | None) -> KeyState:
    """Runs on the background thread: re-wrap the key, under the unlock screen's throttle."""
    throttle = UnlockThrottle(data_dir)
    wait = throttle.seconds_to_wait()
    if wait > 0:
        raise StoreLocked(wait)
    try:
        vault.set_key_location(data_dir, passphrase, use_keyring=use_keyring,
                               new_passphrase=new_passphrase)
    except vault.WrongPassphrase:
        throttle.record_failure()
        raise
    throttle.record_success()
    return read_key_state(data_dir)
