"""Shared test helpers (importable from every test folder: `from testsupport import ...`)."""

from __future__ import annotations

from keyring.backend import KeyringBackend

from voordeur.store.vault import KdfParams

PASSPHRASE = "correct horse battery staple"


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps secrets in this process only (never plaintext on disk)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


def fast_kdf_params() -> KdfParams:
    return KdfParams(time_cost=1, memory_kib=1024, parallelism=1)  # a fresh salt each call
