"""The key vault: the database's random data key, kept only wrapped.

The data key (256 random bits) opens the SQLCipher database as a raw key. It is wrapped with
AES-256-GCM under a key-encryption key derived from the passphrase with Argon2id and, when a
trusted OS keyring exists, combined with a device secret kept there. The vault file holds the
KDF parameters, salt and the wrapped key — nothing that opens the store without the passphrase.
"""

from __future__ import annotations

import base64
import contextlib
import json
import secrets
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from voordeur.model.ids import new_id
from voordeur.store import device_secret
from voordeur.store.files import write_atomic

VAULT_FILE = "vault.json"
VAULT_FORMAT = "voordeur-key-vault"
VAULT_VERSION = 1
DATA_KEY_BYTES = 32

MIN_PIN_LENGTH = 6  # allowed only with a device secret in a trusted keyring
MIN_PASSPHRASE_LENGTH = 12  # required when there is no device secret


class VaultError(Exception):
    """Base class; the message is plain English for the command line."""


class VaultMissing(VaultError):
    pass


class VaultCorrupt(VaultError):
    pass


class WrongPassphrase(VaultError):
    pass


class WeakPassphrase(VaultError):
    pass


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters, stored with the vault so they can be raised later."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 4
    salt: str = field(default_factory=lambda: base64.b64encode(secrets.token_bytes(16)).decode())
    name: str = "argon2id"

    def derive(self, passphrase: str) -> bytes:
        return hash_secret_raw(
            secret=passphrase.encode("utf-8"),
            salt=base64.b64decode(self.salt),
            time_cost=self.time_cost,
            memory_cost=self.memory_kib,
            parallelism=self.parallelism,
            hash_len=32,
            type=Type.ID,
        )


def default_kdf() -> KdfParams:
    """Argon2id at 64 MiB, 3 passes, 4 lanes: about 0.2 s on a current laptop."""
    return KdfParams()


def check_passphrase(passphrase: str, *, has_device_secret: bool) -> None:
    """Refuse passphrases too short for the protection this machine offers."""
    stripped = passphrase.strip()
    if has_device_secret:
        if len(stripped) < MIN_PIN_LENGTH:
            raise WeakPassphrase(
                f"the passphrase or PIN must have at least {MIN_PIN_LENGTH} characters"
            )
        return
    if len(stripped) < MIN_PASSPHRASE_LENGTH:
        raise WeakPassphrase(
            "there is no trusted system keyring on this machine, so the passphrase must have at "
            f"least {MIN_PASSPHRASE_LENGTH} characters (a PIN is not enough)"
        )


@dataclass
class VaultFile:
    vault_id: str
    kdf: KdfParams
    uses_device_secret: bool
    nonce: str
    wrapped_key: str
    format: str = VAULT_FORMAT
    version: int = VAULT_VERSION

    def header(self) -> bytes:
        """Authenticated (as AES-GCM associated data) so no parameter can be swapped."""
        head = {
            "format": self.format,
            "version": self.version,
            "vault_id": self.vault_id,
            "kdf": asdict(self.kdf),
            "uses_device_secret": self.uses_device_secret,
        }
        return json.dumps(head, sort_keys=True, separators=(",", ":")).encode()

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str) -> VaultFile:
        try:
            raw: dict[str, Any] = json.loads(text)
            if not isinstance(raw, dict):
                raise VaultCorrupt("the key vault file is not a Voordeur key vault")
            if raw.get("format") != VAULT_FORMAT:
                raise VaultCorrupt("the key vault file is not a Voordeur key vault")
            if raw.get("version") != VAULT_VERSION:
                raise VaultCorrupt(
                    f"the key vault has version {raw.get('version')!r}; this version of Voordeur "
                    f"reads version {VAULT_VERSION}"
                )
            kdf = KdfParams(**raw["kdf"])
            if kdf.name != "argon2id":
                raise VaultCorrupt(f"unknown key derivation {kdf.name!r} in the key vault")
            _check_kdf(kdf)
            if not isinstance(raw["uses_device_secret"], bool):
                raise VaultCorrupt("the key vault file is damaged (uses_device_secret)")
            return cls(
                vault_id=str(raw["vault_id"]),
                kdf=kdf,
                uses_device_secret=bool(raw["uses_device_secret"]),
                nonce=str(raw["nonce"]),
                wrapped_key=str(raw["wrapped_key"]),
            )
        except VaultCorrupt:
            raise
        except (ValueError, KeyError, TypeError) as exc:
            raise VaultCorrupt(f"the key vault file is damaged ({type(exc).__name__})") from None


def _check_kdf(kdf: KdfParams) -> None:
    """Refuse parameters Argon2id cannot use (or that would exhaust memory) as a damaged vault."""
    numbers = (kdf.time_cost, kdf.memory_kib, kdf.parallelism)
    if any(type(n) is not int for n in numbers) or not isinstance(kdf.salt, str):
        raise VaultCorrupt("the key vault has key-derivation parameters of the wrong type")
    if not (1 <= kdf.time_cost <= 64 and 1 <= kdf.parallelism <= 64
            and 8 * kdf.parallelism <= kdf.memory_kib <= 4 * 1024 * 1024):
        raise VaultCorrupt("the key vault has impossible key-derivation parameters")
    try:
        salt = base64.b64decode(kdf.salt, validate=True)
    except ValueError:
        raise VaultCorrupt("the key vault's salt is damaged") from None
    if len(salt) < 16:
        raise VaultCorrupt("the key vault's salt is too short")


def _key_encryption_key(vault: VaultFile, passphrase: str) -> bytes:
    stretched = vault.kdf.derive(passphrase)
    secret = (
        device_secret.load_device_secret(vault.vault_id) if vault.uses_device_secret else b""
    )
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=secret or None,
        info=b"voordeur key vault v1: key-encryption key",
    ).derive(stretched)


def _wrap(vault: VaultFile, passphrase: str, data_key: bytes) -> None:
    nonce = secrets.token_bytes(12)
    wrapped = AESGCM(_key_encryption_key(vault, passphrase)).encrypt(
        nonce, data_key, vault.header()
    )
    vault.nonce = base64.b64encode(nonce).decode()
    vault.wrapped_key = base64.b64encode(wrapped).decode()


def vault_path(data_dir: Path) -> Path:
    return data_dir / VAULT_FILE


def read_vault(data_dir: Path) -> VaultFile:
    path = vault_path(data_dir)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise VaultMissing(
            f"no key vault in {data_dir}: this folder holds no Voordeur store"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise VaultCorrupt(f"the key vault could not be read: {exc}") from None
    return VaultFile.from_json(text)


def create_vault(
    data_dir: Path,
    passphrase: str,
    *,
    use_keyring: bool | None = None,
    kdf: KdfParams | None = None,
) -> bytes:
    """Make a new data key, wrap it and write the vault. Returns the data key.

    `use_keyring=None` uses a trusted keyring when there is one; True demands one.
    """
    if vault_path(data_dir).exists():
        raise VaultError(f"{data_dir} already holds a Voordeur store")
    backend = device_secret.trusted_backend() if use_keyring is not False else None
    if use_keyring and backend is None:
        raise device_secret.DeviceSecretError("no trusted system keyring is available")
    check_passphrase(passphrase, has_device_secret=backend is not None)
    vault = VaultFile(
        vault_id=new_id(),
        kdf=kdf or default_kdf(),
        uses_device_secret=backend is not None,
        nonce="",
        wrapped_key="",
    )
    if backend is not None:
        device_secret.create_device_secret(backend, vault.vault_id)
    data_key = secrets.token_bytes(DATA_KEY_BYTES)
    _wrap(vault, passphrase, data_key)
    data_dir.mkdir(parents=True, exist_ok=True)
    write_atomic(vault_path(data_dir), vault.to_json().encode())
    return data_key


def unwrap_data_key(data_dir: Path, passphrase: str) -> bytes:
    vault = read_vault(data_dir)
    try:
        nonce = base64.b64decode(vault.nonce, validate=True)
        wrapped = base64.b64decode(vault.wrapped_key, validate=True)
    except ValueError:
        raise VaultCorrupt("the key vault file is damaged (bad encoding)") from None
    if len(nonce) != 12:
        raise VaultCorrupt("the key vault file is damaged (bad nonce)")
    try:
        key = AESGCM(_key_encryption_key(vault, passphrase)).decrypt(nonce, wrapped, vault.header())
    except InvalidTag:
        raise WrongPassphrase("wrong passphrase") from None
    if len(key) != DATA_KEY_BYTES:
        raise VaultCorrupt("the key vault holds a key of the wrong size")
    return key


def change_passphrase(data_dir: Path, old: str, new: str) -> None:
    """Re-wrap the same data key under a new passphrase; the database is not touched."""
    data_key = unwrap_data_key(data_dir, old)
    vault = read_vault(data_dir)
    check_passphrase(new, has_device_secret=vault.uses_device_secret)
    vault.kdf = KdfParams(
        time_cost=vault.kdf.time_cost,
        memory_kib=vault.kdf.memory_kib,
        parallelism=vault.kdf.parallelism,
    )
    _wrap(vault, new, data_key)
    write_atomic(vault_path(data_dir), vault.to_json().encode())


def set_key_location(
    data_dir: Path,
    passphrase: str,
    *,
    use_keyring: bool,
    new_passphrase: str | None = None,
) -> None:
    """Move where the key is kept: with a device secret in the system keyring, or passphrase only.

    Re-wraps the same data key (the database is not touched) under `new_passphrase`, or under
    the current passphrase when none is given; that passphrase must suit the new location (a
    PIN is not enough without a keyring). The new vault gets a new id, so a new device secret
    never overwrites the old one. Order of work, so that a failure half-way never leaves the
    store unreadable: create the new device secret, write the new vault atomically, check that
    it opens, and only then delete the old device secret. If anything fails before the new
    vault is confirmed, the old vault is put back and the new secret removed.
    """
    data_key = unwrap_data_key(data_dir, passphrase)  # WrongPassphrase before anything changes
    old = read_vault(data_dir)
    target = passphrase if new_passphrase is None else new_passphrase
    if old.uses_device_secret == use_keyring and new_passphrase is None:
        return  # already kept there
    if old.uses_device_secret and use_keyring:
        change_passphrase(data_dir, passphrase, target)  # same device secret, new wrapping
        return
    backend = device_secret.trusted_backend() if use_keyring else None
    if use_keyring and backend is None:
        raise device_secret.DeviceSecretError("no trusted system keyring is available")
    check_passphrase(target, has_device_secret=use_keyring)
    new = VaultFile(
        vault_id=new_id(),
        kdf=KdfParams(
            time_cost=old.kdf.time_cost,
            memory_kib=old.kdf.memory_kib,
            parallelism=old.kdf.parallelism,
        ),
        uses_device_secret=use_keyring,
        nonce="",
        wrapped_key="",
    )
    path = vault_path(data_dir)
    old_bytes = path.read_bytes()
    if backend is not None:
        device_secret.create_device_secret(backend, new.vault_id)
    try:
        _wrap(new, target, data_key)
        write_atomic(path, new.to_json().encode())
        if unwrap_data_key(data_dir, target) != data_key:
            raise VaultError("the re-wrapped key vault does not give the same key")
    except BaseException:
        write_atomic(path, old_bytes)  # the old vault (and its device secret) still work
        if new.uses_device_secret:
            device_secret.delete_device_secret(new.vault_id)
        raise
    if old.uses_device_secret:
        # The new vault is in place; a secret left behind opens nothing without the old vault.
        with contextlib.suppress(Exception):
            device_secret.delete_device_secret(old.vault_id)


def remove_device_secret(data_dir: Path) -> None:
    """Forget the device secret (used when the store itself is wiped)."""
    try:
        vault = read_vault(data_dir)
    except VaultError:
        return
    if vault.uses_device_secret:
        device_secret.delete_device_secret(vault.vault_id)


def raw_key_pragma(data_key: bytes) -> str:
    """SQLCipher's raw-key syntax: skips SQLCipher's own KDF, Argon2id already did that work."""
    return f"PRAGMA key = \"x'{data_key.hex()}'\""

