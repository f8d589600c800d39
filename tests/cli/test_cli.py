"""The command line: exit codes, messages without tracebacks, the same services as the app."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from voordeur.cli import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, main

PASSPHRASE = "a long enough test passphrase"


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data_dir = tmp_path / "store"
    monkeypatch.setenv("VOORDEUR_DATA_DIR", str(data_dir))
    monkeypatch.setenv("VOORDEUR_PASSPHRASE", PASSPHRASE)
    return data_dir


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_creates_an_encrypted_store(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "init", "--worker", "Anna", "--team", "Team Zuid")
    assert code == EXIT_OK
    assert "passphrase only" in out  # the hermetic test keyring is not trusted
    assert (env / "vault.json").exists() and (env / "voordeur.db").exists()
    code, _, err = run(capsys, "init")
    assert code == EXIT_REFUSED and "already holds a Voordeur store" in err


def test_short_passphrase_without_keyring_is_refused(
    env: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VOORDEUR_PASSPHRASE", "123456")
    code, _, err = run(capsys, "init")
    assert code == EXIT_REFUSED
    assert "at least 12 characters" in err and "Traceback" not in err


def test_wrong_passphrase_is_refused_with_a_delay(
    env: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run(capsys, "init")[0] == EXIT_OK
    monkeypatch.setenv("VOORDEUR_PASSPHRASE", "not the right passphrase")
    code, _, err = run(capsys, "search", "school")
    assert code == EXIT_REFUSED
    assert "wrong passphrase" in err and "seconds" in err and "Traceback" not in err
    monkeypatch.setenv("VOORDEUR_PASSPHRASE", PASSPHRASE)
    code, _, err = run(capsys, "search", "school")
    assert code == EXIT_REFUSED and "try again in" in err  # the delay holds for the right one too


def test_demo_search_log_export_import(
    env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "demo", "--households", "3", "--seed", "5")
    assert code == EXIT_OK and "Made 3 synthetic households (seed 5)" in out
    code, out, _ = run(capsys, "search", "school")
    assert code == EXIT_OK and ("match" in out)
    code, out, _ = run(capsys, "log", "--verify")
    assert code == EXIT_OK and "Access log intact" in out
    code, out, _ = run(capsys, "log", "--limit", "3")
    assert code == EXIT_OK and "search" in out
    export = tmp_path / "all.json"
    code, out, _ = run(capsys, "export", "--out", str(export))
    assert code == EXIT_OK and export.exists()
    document = json.loads(export.read_text(encoding="utf-8"))
    assert document["format"] == "voordeur-export" and len(document["records"]["household"]) == 3
    code, out, _ = run(capsys, "import", str(export))
    assert code == EXIT_OK
    code, _, err = run(capsys, "demo", "--households", "3", "--seed", "5")
    assert code == EXIT_REFUSED and "already in the store" in err


def test_bad_import_is_refused(env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    assert run(capsys, "init")[0] == EXIT_OK
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "voordeur-export", "version": 1, "records": {', encoding="utf-8")
    code, _, err = run(capsys, "import", str(bad))
    assert code == EXIT_REFUSED and "Traceback" not in err
    code, _, err = run(capsys, "import", str(tmp_path / "missing.json"))
    assert code == EXIT_USAGE and "is not a file" in err


def test_passwd_changes_the_passphrase(
    env: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run(capsys, "init")[0] == EXIT_OK
    monkeypatch.setenv("VOORDEUR_NEW_PASSPHRASE", "another long passphrase")
    code, out, _ = run(capsys, "passwd")
    assert code == EXIT_OK and "Passphrase changed" in out
    monkeypatch.setenv("VOORDEUR_PASSPHRASE", "another long passphrase")
    assert run(capsys, "log", "--verify")[0] == EXIT_OK


def test_usage_errors_exit_1(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "no-such-command")[0] == EXIT_USAGE
    assert run(capsys, "export")[0] == EXIT_USAGE  # --out is required
    assert run(capsys, "demo", "--households", "0")[0] == EXIT_USAGE


def test_missing_store_is_refused_not_created(
    env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "search", "x")
    assert code == EXIT_REFUSED and "no Voordeur store" in err
    assert not env.exists()


def test_no_passphrase_without_terminal(
    env: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("VOORDEUR_PASSPHRASE")
    monkeypatch.setattr(sys, "stdin", open(os.devnull))  # noqa: SIM115
    code, _, err = run(capsys, "init")
    assert code == EXIT_USAGE and "VOORDEUR_PASSPHRASE" in err


def test_real_process_prints_no_traceback(tmp_path: Path) -> None:
    env = dict(os.environ, VOORDEUR_DATA_DIR=str(tmp_path / "s"), VOORDEUR_PASSPHRASE="short",
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    proc = subprocess.run([sys.executable, "-m", "voordeur", "init"], env=env,
                          capture_output=True, text=True, stdin=subprocess.DEVNULL, check=False)
    assert proc.returncode == EXIT_REFUSED
    assert proc.stderr.startswith("voordeur: error:") and "Traceback" not in proc.stderr


# -- global options (`--data-dir`) before and after the command's name ----------------
@pytest.mark.parametrize("where", ["before", "after"])
def test_data_dir_before_or_after_the_command(
    where: str, env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "chosen"
    option = ["--data-dir", str(store)]
    demo = ["demo", "--households", "1", "--seed", "3"]
    args = option + demo if where == "before" else demo + option
    code, out, err = run(capsys, *args)
    assert code == EXIT_OK, err
    assert f"Created an encrypted Voordeur store in {store}." in out
    assert (store / "vault.json").exists() and not env.exists()
    search = ["search", "school"]
    code, _, err = run(capsys, *(option + search if where == "before" else search + option))
    assert code == EXIT_OK, err
    code, _, err = run(capsys, *search)  # without the option: the default folder, no store there
    assert code == EXIT_REFUSED and f"no Voordeur store in {env}" in err


def test_the_option_after_the_command_wins_and_one_before_it_is_kept(
    env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    code, _, err = run(capsys, "--data-dir", str(first), "init", "--data-dir", str(second))
    assert code == EXIT_OK, err
    assert (second / "vault.json").exists() and not first.exists()
    # Given only before the command, a command without the option does not reset it.
    code, _, err = run(capsys, "--data-dir", str(second), "log", "--limit", "1")
    assert code == EXIT_OK, err
    assert not env.exists()


def test_every_command_takes_the_global_options(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("init", "demo", "export", "ecogram", "import", "search", "passwd", "log",
                    "summary", "plan", "login", "sync", "conflicts"):
        assert main([command, "--help"]) == EXIT_OK
        assert "--data-dir DIR" in capsys.readouterr().out, command


def test_profile_shows_and_changes_the_workers_details(
        env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "init", "--worker", "Noor")[0] == EXIT_OK
    code, out, _ = run(capsys, "profile")
    assert code == EXIT_OK and "Name:         Noor" in out and "Phone:        –" in out
    code, out, _ = run(capsys, "profile", "--name", "Noor Verbeek", "--organisation", "Gro-up",
                       "--team", "Buurtteam Zevenkamp", "--wijk", "Zevenkamp",
                       "--phone", "06-12345678", "--email", "noor@gro-up.nl")
    assert code == EXIT_OK and "Profile saved." in out
    code, out, _ = run(capsys, "profile")
    for line in ("Name:         Noor Verbeek", "Organisation: Gro-up",
                 "Team:         Buurtteam Zevenkamp", "Wijk:         Zevenkamp",
                 "Phone:        06-12345678", "E-mail:       noor@gro-up.nl"):
        assert line in out
    code, out, _ = run(capsys, "profile", "--phone", "")
    assert code == EXIT_OK and "Phone:        –" in out
    code, _, err = run(capsys, "profile", "--name", " ")
    assert code == EXIT_REFUSED and "needs a name" in err and "Traceback" not in err


def test_sociale_kaart_imports_a_csv_all_or_nothing(
        env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "init", "--worker", "Noor")[0] == EXIT_OK
    code, out, _ = run(capsys, "sociale-kaart", "list", "consult")
    assert code == EXIT_OK and "kind: consultatiebureau (Consultatiebureau)" in out
    bad = tmp_path / "bad.csv"
    bad.write_text("naam;soort\nEigen Wijs;opvang_jeugdhulp\n;school\nX;bakker\n", "utf-8")
    code, _, err = run(capsys, "sociale-kaart", "import", str(bad))
    assert code == EXIT_REFUSED and "line 3:" in err and "line 4: unknown soort" in err
    assert "nothing was changed" in err
    good = tmp_path / "good.csv"
    good.write_text("naam;soort;adres;telefoon;contactpersoon\n"
                    "Eigen Wijs;opvang_jeugdhulp;Zevenkampse Ring 10;010-1234567;Samira\n",
                    "utf-8")
    code, out, _ = run(capsys, "sociale-kaart", "import", str(good))
    assert code == EXIT_OK and "1 added, 0 updated, 0 unchanged" in out
    code, out, _ = run(capsys, "sociale-kaart", "list", "Eigen")
    assert "Eigen Wijs (Kinderopvang met jeugdhulp) — Zevenkampse Ring 10 · 010-1234567 · " \
        "Samira" in out
    assert run(capsys, "sociale-kaart")[0] == EXIT_USAGE
