"""A full disk, recognised in one place wherever it shows up, and named as such.

It shows up as SQLite's SQLITE_FULL ("database or disk is full"), as an OSError ENOSPC or EDQUOT
from a file write, wrapped in SQLAlchemy's DBAPIError (`.orig`) or chained, and at 0 bytes free as
a plain SQLITE_IOERR ("disk I/O error"): SQLite then cannot even size the WAL index (the `-shm`
file) to read the database. That last one is told apart from a real I/O fault by the free space on
the disk. None of these is damage, and none loses what was saved before: SQLite rolls the
transaction back and the atomic file writes leave the old file in place.
"""

from __future__ import annotations

import errno
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SQLITE_IOERR = 10
SQLITE_FULL = 13
# An I/O error while less than this is free is taken for a full disk: SQLite needs 32 KiB for
# the WAL index and a few pages per commit, and a disk this full fails at the next write anyway.
LOW_SPACE_BYTES = 1024 * 1024
_FULL_ERRNOS = frozenset(code for code in (errno.ENOSPC, getattr(errno, "EDQUOT", None)) if code)


class DiskFull(Exception):
    """The disk holding `path` is full: nothing saved before is lost; free some space."""

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else None
        where = f" ({self.path})" if self.path is not None else ""
        super().__init__(f"the disk is full{where}: free some space and try again; nothing saved "
                         "before is lost")


def free_bytes(path: Path | str) -> int | None:
    """Free bytes on the disk holding `path` (or its nearest existing parent); None if unknown."""
    candidate = Path(path)
    for folder in (candidate, *candidate.parents):
        try:
            return shutil.disk_usage(folder).free
        except OSError:
            continue
    return None


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """`exc`, the driver error a SQLAlchemy error wraps, and their causes and contexts."""
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        current = todo.pop()
        if current is None or id(current) in seen or len(seen) > 20:
            continue
        seen.add(id(current))
        yield current
        orig = getattr(current, "orig", None)
        todo += [orig if isinstance(orig, BaseException) else None,
                 current.__cause__, current.__context__]


def sqlite_code(exc: BaseException) -> int | None:
    """SQLite's primary result code of a driver error (SQLITE_FULL, …), None if it has none."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_disk_full(exc: BaseException, path: Path | str | None = None) -> bool:
    """Whether `exc` (or what it wraps) means the disk is full.

    With `path`, an SQLite I/O error also counts when the disk holding `path` is (nearly) full.
    """
    for current in _chain(exc):
        if isinstance(current, DiskFull):
            return True
        if isinstance(current, OSError) and current.errno in _FULL_ERRNOS:
            return True
        message = str(current).lower()
        if sqlite_code(current) == SQLITE_FULL or "database or disk is full" in message:
            return True
        io_error = sqlite_code(current) == SQLITE_IOERR or message == "disk i/o error"
        if io_error and path is not None:
            free = free_bytes(path)
            if free is not None and free < LOW_SPACE_BYTES:
                return True
    return False


@contextmanager
def naming_full_disk(path: Path | str | None) -> Iterator[None]:
    """Turn any disk-full error inside the block into DiskFull(path), chained to the original."""
    try:
        yield
    except DiskFull:
        raise
    except Exception as exc:
        if is_disk_full(exc, path):
            raise DiskFull(path) from exc
        raise
