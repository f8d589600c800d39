"""A small disk that tests can fill up: a tmpfs of a few MiB, mounted for one test.

Mounting needs root (or CAP_SYS_ADMIN); where that is not available the test is skipped with the
reason shown, never silently passed. Import the fixture into a test module or conftest.py:

    from testsupport_disk import small_disk  # noqa: F401
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

DISK_SIZE = "8m"
_CHUNK = 64 * 1024


class SmallDisk:
    """A mounted tmpfs at `root`; `fill()` takes its free space, `free_up()` gives it back."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._filler = root / "filler.bin"

    def free_bytes(self) -> int:
        return shutil.disk_usage(self.root).free

    def fill(self, leave: int = 0) -> None:
        """Write a filler file until only about `leave` bytes are free (0: none at all)."""
        self.free_up()
        with self._filler.open("wb", buffering=0) as handle:
            try:
                while self.free_bytes() - leave >= _CHUNK:
                    handle.write(b"\0" * _CHUNK)
                while leave == 0 or self.free_bytes() > leave:
                    handle.write(b"\0" * 4096)
            except OSError as exc:
                if exc.errno != errno.ENOSPC:
                    raise

    def free_up(self) -> None:
        self._filler.unlink(missing_ok=True)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[SmallDisk]:
    """An 8 MiB tmpfs for this test only (skipped, with the reason, where it cannot be mounted)."""
    root = tmp_path / "small-disk"
    root.mkdir()
    if shutil.which("mount") is None:
        pytest.skip("full-disk test needs `mount` to make a small tmpfs; it is not installed")
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={DISK_SIZE},mode=0700", "tmpfs", str(root)],
        capture_output=True, text=True, check=False, timeout=20,
    )
    if result.returncode != 0:
        reason = (result.stderr or result.stdout).strip() or f"exit {result.returncode}"
        pytest.skip(f"full-disk test needs a small tmpfs, which could not be mounted "
                    f"(uid {os.geteuid()}): {reason}")
    try:
        yield SmallDisk(root)
    finally:
        subprocess.run(["umount", "-l", str(root)], capture_output=True, check=False, timeout=20)


@pytest.fixture
def on_disk(small_disk: SmallDisk, monkeypatch: pytest.MonkeyPatch) -> SmallDisk:
    """The CLI's store (and passphrase, and team password) on the small disk."""
    from testsupport import PASSPHRASE
    from testsupport_server import PASSWORD

    monkeypatch.setenv("VOORDEUR_DATA_DIR", str(small_disk.root / "store"))
    monkeypatch.setenv("VOORDEUR_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("VOORDEUR_PASSWORD", PASSWORD)
    return small_disk


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """`voordeur ARGS` in-process: (exit code, stdout, stderr). An unexpected error is not
    caught here: it propagates and fails the test, as a traceback would."""
    from voordeur.cli import main

    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def assert_disk_full(result: tuple[int, str, str], disk: SmallDisk) -> None:
    """Exit 2 with the English full-disk message naming the disk; no traceback, no 'damaged'."""
    from voordeur.cli import EXIT_REFUSED

    code, _, err = result
    assert code == EXIT_REFUSED, err
    assert "the disk is full" in err and str(disk.root) in err, err
    assert "nothing saved before is lost" in err
    assert "Traceback" not in err and "damaged" not in err and "OperationalError" not in err
