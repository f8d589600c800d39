"""A full disk on the command line: named as such (exit 2, no traceback), never called damage,
and nothing saved before is lost. The store lives on a small tmpfs that the test fills up."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from testsupport_disk import SmallDisk, assert_disk_full, on_disk, small_disk  # noqa: F401
from testsupport_disk import run_cli as run
from voordeur.cli import EXIT_OK


def households(capsys: pytest.CaptureFixture[str], out: Path) -> int:
    code, _, err = run(capsys, "export", "--out", str(out))
    assert code == EXIT_OK, err
    document = json.loads(out.read_text(encoding="utf-8"))
    return len(document["records"]["household"])


def assert_intact(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "log", "--verify")
    assert code == EXIT_OK and "Access log intact" in out, err


def test_every_command_names_a_full_disk_at_zero_bytes_free(
    on_disk: SmallDisk, tmp_path: Path, capsys: pytest.CaptureFixture[str]  # noqa: F811
) -> None:
    assert run(capsys, "demo", "--households", "2", "--seed", "3")[0] == EXIT_OK
    before = households(capsys, tmp_path / "before.json")
    on_disk.fill(0)
    assert on_disk.free_bytes() == 0
    for args in (("log", "--verify"), ("log",), ("search", "school"),
                 ("demo", "--households", "2"), ("export", "--out", str(on_disk.root / "x.json")),
                 ("passwd",)):
        assert_disk_full(run(capsys, *args), on_disk)
    on_disk.free_up()
    assert_intact(capsys)
    assert households(capsys, tmp_path / "after.json") == before


@pytest.mark.parametrize("leave", [4 * 1024, 16 * 1024, 48 * 1024, 128 * 1024, 512 * 1024])
def test_a_nearly_full_disk_is_named_whatever_is_left(
    on_disk: SmallDisk, tmp_path: Path, capsys: pytest.CaptureFixture[str],  # noqa: F811
    leave: int,
) -> None:
    """Each command either works or says the disk is full; what it acknowledged stays."""
    assert run(capsys, "demo", "--households", "1", "--seed", "3")[0] == EXIT_OK
    acknowledged = households(capsys, tmp_path / "before.json")
    on_disk.fill(leave)
    full = 0
    for args in (("demo", "--households", "2"), ("log", "--verify"),
                 ("export", "--out", str(on_disk.root / "x.json")), ("demo", "--households", "3")):
        result = run(capsys, *args)
        if result[0] == EXIT_OK:
            if args[0] == "demo":
                acknowledged += int(args[2])
            continue
        assert_disk_full(result, on_disk)
        full += 1
    assert full, "nothing failed: the disk was not full enough for this test"
    on_disk.free_up()
    assert_intact(capsys)
    assert households(capsys, tmp_path / "after.json") >= acknowledged


def test_a_new_store_on_a_full_disk_is_named_and_leaves_nothing_half_made(
    on_disk: SmallDisk, capsys: pytest.CaptureFixture[str]  # noqa: F811
) -> None:
    on_disk.fill(0)
    assert_disk_full(run(capsys, "demo", "--households", "1"), on_disk)
    assert_disk_full(run(capsys, "init"), on_disk)
    on_disk.free_up()
    code, out, err = run(capsys, "demo", "--households", "1", "--seed", "4")
    assert code == EXIT_OK and "Created an encrypted Voordeur store" in out, err


def test_exports_to_a_full_disk_name_it_and_leave_no_file(
    small_disk: SmallDisk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The store has room; the export's target disk has none (a full USB stick, say)."""
    from testsupport import PASSPHRASE

    monkeypatch.setenv("VOORDEUR_DATA_DIR", str(tmp_path / "store"))
    monkeypatch.setenv("VOORDEUR_PASSPHRASE", PASSPHRASE)
    assert run(capsys, "demo", "--households", "1", "--seed", "3")[0] == EXIT_OK
    assert households(capsys, tmp_path / "all.json") == 1
    records = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))["records"]
    household, visit = records["household"][0]["id"], records["visit"][0]["id"]
    small_disk.fill(0)
    target = small_disk.root
    for args in (("export", "--out", str(target / "all.json")),
                 ("summary", visit, "--for", "family", "--out", str(target / "s.pdf")),
                 ("plan", household, "--for", "file", "--out", str(target / "p.docx")),
                 ("ecogram", household, "--out", str(target / "e.png"))):
        assert_disk_full(run(capsys, *args), small_disk)
    assert sorted(p.name for p in target.iterdir()) == ["filler.bin"]
    assert_intact(capsys)  # the failed exports were logged as failures, the chain holds


def test_a_full_disk_from_anywhere_is_named_on_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The last line of defence: a raw OSError or driver error that no layer named."""
    import errno
    import sqlite3

    from voordeur import cli
    from voordeur.cli import command

    monkeypatch.setenv("VOORDEUR_DATA_DIR", str(tmp_path / "store"))
    for raw in (OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "f")),
                sqlite3.OperationalError("database or disk is full")):
        def failing(_args: object, raw: Exception = raw) -> int:
            raise raw

        monkeypatch.setattr(command, "cmd_search", failing)
        code, _, err = run(capsys, "search", "x")
        assert code == cli.EXIT_REFUSED and "the disk is full" in err and str(tmp_path) in err
        assert "Traceback" not in err
