"""The device secret: a random value kept in the OS keyring, mixed into the key derivation.

Only keyring backends that really protect a secret (Windows Credential Locker, macOS Keychain,
Secret Service, KWallet) count as trusted. The `fail` and `null` backends and everything in
`keyrings.alt` (plaintext or weakly encrypted files) do not: with those there is no device secret
and the worker needs a longer passphrase instead of a PIN.
"""

from __future__ import annotations

import base64
import contextlib
import secrets
from dataclasses import dataclass

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

SERVICE = "Voordeur"
SECRET_BYTES = 32

# Fully qualified class names of backends that keep secrets in an OS-protected store.
TRUSTED_BACKENDS: set[str] = {
    "keyring.backends.Windows.WinVaultKeyring",
    "keyring.backends.macOS.Keyring",
    "keyring.backends.SecretService.Keyring",
    "keyring.backends.kwallet.DBusKeyring",
    "keyring.backends.kwallet.DBusKeyringKWallet4",
    "keyring.backends.libsecret.Keyring",
}


class DeviceSecretError(Exception):
    """The keyring could not give or keep the device secret."""


def _qualified_name(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _usable_backends(backend: KeyringBackend) -> list[KeyringBackend]:
    """A chainer backend is trusted only through the trusted backends it chains."""
    inner = getattr(backend, "backends", None)
    if inner is not None and _qualified_name(backend) == "keyring.backends.chainer.ChainerBackend":
        return [b for b in inner if _qualified_name(b) in TRUSTED_BACKENDS]
    return [backend] if _qualified_name(backend) in TRUSTED_BACKENDS else []


def trusted_backend() -> KeyringBackend | None:
    """The keyring backend to keep the device secret in, or None when none is trustworthy."""
    try:
        candidates = _usable_backends(keyring.get_keyring())
    except Exception:  # a broken keyring configuration means: no trusted backend
        return None
    return candidates[0] if candidates else None


@dataclass(frozen=True)
class KeyringSituation:
    trusted: bool
    backend_name: str

    @property
    def description_en(self) -> str:
        if self.trusted:
            return f"system keyring ({self.backend_name})"
        return "passphrase only (no trusted system keyring on this machine)"


def keyring_situation() -> KeyringSituation:
    backend = trusted_backend()
    if backend is not None:
        return KeyringSituation(True, _qualified_name(backend))
    try:
        name = _qualified_name(keyring.get_keyring())
    except Exception:
        name = "unavailable"
    return KeyringSituation(False, name)


def create_device_secret(backend: KeyringBackend, account: str) -> bytes:
    secret = secrets.token_bytes(SECRET_BYTES)
    try:
        backend.set_password(SERVICE, account, base64.b64encode(secret).decode("ascii"))
        stored = backend.get_password(SERVICE, account)
    except keyring.errors.KeyringError as exc:
        raise DeviceSecretError(
            f"the system keyring refused to store the device secret: {exc}"
        ) from None
    if stored is None or base64.b64decode(stored) != secret:
        raise DeviceSecretError("the system keyring did not keep the device secret")
    return secret


def load_device_secret(account: str) -> bytes:
    backend = trusted_backend()
    if backend is None:
        raise DeviceSecretError(
            "this store was protected with the system keyring, but no trusted keyring is "
            "available now"
        )
    try:
        stored = backend.get_password(SERVICE, account)
    except keyring.errors.KeyringError as exc:
        raise DeviceSecretError(f"the system keyring could not be read: {exc}") from None
    if stored is None:
        raise DeviceSecretError(
            "the device secret for this store is missing from the system keyring; the store "
            "can only be opened on the laptop and user account where it was created"
        )
    return base64.b64decode(stored)


def delete_device_secret(account: str) -> None:
    backend = trusted_backend()
    if backend is None:
        return
    with contextlib.suppress(keyring.errors.PasswordDeleteError):
        backend.delete_password(SERVICE, account)
