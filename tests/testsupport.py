"""Shared test helpers (importable from every test folder: `from testsupport import ...`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from time import monotonic

from keyring.backend import KeyringBackend

from voordeur.store.vault import KdfParams

PASSPHRASE = "correct horse battery staple"
# The GUI tests' demo store is dated back from this Monday, and those tests run with the clock
# set to it (tests/gui/conftest.py): the demo's households depend on its day, and the app's
# 'today' decides what is next, overdue or expired, so the two must not drift apart.
DEMO_DAY = date(2026, 11, 16)


def ticking_from(start: datetime) -> Callable[[], datetime]:
    """A source for `voordeur.clock.use`: `start`, then on with the real time that has passed
    (monotonic), so debounces, autosave and "saved 2 minutes ago" still see time go by."""
    started = monotonic()
    return lambda: start + timedelta(seconds=monotonic() - started)


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


# -- the privacy scan ---------------------------------------------------------------------
def needles(marker: str) -> dict[str, bytes]:
    found: dict[str, bytes] = {}
    random_part = marker.removeprefix("ZQXMARKER")
    for label, text in (("marker", marker), ("lowercase", marker.lower()),
                        ("uppercase", marker.upper()), ("random part", random_part)):
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            found[f"{label} {encoding}"] = text.encode(encoding)
    return found


def assert_marker_nowhere(data_dir: Path, marker: str) -> list[str]:
    files = sorted(p for p in data_dir.rglob("*") if p.is_file())
    assert files
    for path in files:
        content = path.read_bytes()
        for label, needle in needles(marker).items():
            assert needle not in content, f"{label} of the marker found in {path}"
    return [str(p.relative_to(data_dir)) for p in files]
