"""`voordeur --self-test` from source: all checks pass; a broken part fails only its own check."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import pytest

from voordeur import cli
from voordeur.cli import self_test
from voordeur.gui.common import i18n

pytestmark = pytest.mark.slow


def _leftover_folders() -> set[Path]:
    return set(Path(tempfile.gettempdir()).glob("voordeur-selftest-*"))


def test_every_check_passes_from_source_and_cleans_up(qapp: object) -> None:
    before = _leftover_folders()
    out = io.StringIO()
    assert self_test.run_self_test(out) is True
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("Voordeur ") and "from source" in lines[0]
    checks = lines[1:-1]
    assert len(checks) == len(self_test.CHECKS)
    assert all(line.lstrip().startswith("ok") for line in checks), lines
    assert lines[-1] == f"Self-test passed: all {len(self_test.CHECKS)} checks."
    text = out.getvalue()
    assert "the marker is in none of its" in text and "family visit summary" in text
    assert "About you" in text and "Annuleren" in text
    assert _leftover_folders() == before
    assert i18n.current_language() == "nl"  # the check leaves the app's language as it was


def test_a_missing_translation_fails_that_check_and_the_verdict(
        qapp: object, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    out = io.StringIO()
    assert self_test.run_self_test(out) is False
    lines = out.getvalue().splitlines()
    failed = [line for line in lines if line.lstrip().startswith("FAIL")]
    assert len(failed) == 1 and "translations" in failed[0] and "voordeur_en.qm" in failed[0]
    assert sum(line.lstrip().startswith("ok") for line in lines) == len(self_test.CHECKS) - 1
    assert lines[-1] == "Self-test FAILED: 1 of 7 checks failed (translations)."


def test_keyring_without_its_backends_is_a_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.metadata

    monkeypatch.setattr(importlib.metadata, "entry_points", lambda group: [])
    with pytest.raises(self_test.CheckFailed, match="metadata is missing"):
        self_test.check_keyring(self_test.Workspace(Path(".")))


def test_an_unexpected_error_is_reported_not_raised(monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path: Path) -> None:
    def broken(ws: self_test.Workspace) -> str:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(self_test, "CHECKS", (("broken", broken), ("fine", lambda ws: "yes")))
    results = list(self_test.run_checks(tmp_path))
    assert [r.ok for r in results] == [False, True]
    assert results[0].detail.startswith("ZeroDivisionError: boom (at test_self_test.py:")


def test_the_command_line_exits_0_only_when_all_pass(
        qapp: object, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(self_test, "CHECKS", (("fine", lambda ws: "yes"),))
    assert cli.main(["--self-test"]) == cli.EXIT_OK
    assert "Self-test passed: all 1 check." in capsys.readouterr().out
    monkeypatch.setattr(self_test, "CHECKS", (("bad", self_test.check_keyring),
                                               ("fine", lambda ws: "yes")))
    import importlib.metadata

    monkeypatch.setattr(importlib.metadata, "entry_points", lambda group: [])
    assert cli.main(["--self-test"]) == cli.EXIT_REFUSED
    assert "Self-test FAILED: 1 of 2 checks failed (bad)." in capsys.readouterr().out
