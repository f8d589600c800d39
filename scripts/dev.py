#!/usr/bin/env python3
"""Set up the project's virtual environment from uv.lock and run the app or the tests.

Needs only Python 3.11+: it creates `.venv`, puts uv in it with pip, then lets uv install exactly
what uv.lock pins. Run from anywhere:

    python3 scripts/dev.py demo [ARGS]   # set up, then open Voordeur on a fresh demo store
    python3 scripts/dev.py test [ARGS]   # set up, then run the tests (ARGS go to pytest)
    python3 scripts/dev.py setup         # only set up
    python3 scripts/dev.py run ARGS      # set up, then `voordeur ARGS`
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
UV_VERSION = "0.13.9"


def venv_python() -> Path:
    sub = "Scripts/python.exe" if os.name == "nt" else "bin/python"
    return VENV / sub


def setup(quiet: bool = True) -> Path:
    if sys.version_info < (3, 11):  # noqa: UP036  (this script runs before the venv exists)
        sys.exit(f"Voordeur needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    py = venv_python()
    if not py.exists():
        print(f"Creating virtual environment in {VENV} ...", flush=True)
        venv.EnvBuilder(with_pip=True, clear=False).create(VENV)
    has_uv = subprocess.run(
        [str(py), "-m", "uv", "--version"], capture_output=True, text=True, check=False
    )
    if has_uv.returncode != 0:
        print("Installing uv into the virtual environment ...", flush=True)
        subprocess.run(
            [str(py), "-m", "pip", "install", "-q", f"uv=={UV_VERSION}"], check=True
        )
    env = dict(os.environ, UV_PROJECT_ENVIRONMENT=str(VENV))
    cmd = [str(py), "-m", "uv", "sync", "--frozen", "--inexact", "--python", str(py)]
    if quiet:
        cmd.append("--quiet")
    subprocess.run(cmd, cwd=ROOT, env=env, check=True)
    build_translations(py, quiet)
    return py


def build_translations(py: Path, quiet: bool = True) -> None:
    """Compile the English translation (.ts -> .qm, gitignored) with the venv's lrelease.

    Offline: only the PySide6 tools that `uv sync` installed are used. Without the .qm the app
    still runs, in Dutch, so a failure here is a warning, not a stop.
    """
    cmd = [str(py), str(ROOT / "scripts" / "translations.py"), "build"]
    if quiet:
        cmd.append("--quiet")
    if subprocess.run(cmd, cwd=ROOT, check=False).returncode != 0:
        print("Warning: the English translation could not be built; the app stays Dutch.",
              file=sys.stderr)


def main(argv: list[str]) -> int:
    if not argv or argv[0] in {"-h", "--help"}:
        print(__doc__)
        return 0
    action, rest = argv[0], argv[1:]
    py = setup()
    if action == "setup":
        return 0
    if action == "test":
        return subprocess.call([str(py), "-m", "pytest", *rest], cwd=ROOT)
    if action == "demo":
        return subprocess.call([str(py), "-m", "voordeur", "--demo", *rest], cwd=ROOT)
    if action == "run":
        return subprocess.call([str(py), "-m", "voordeur", *rest], cwd=ROOT)
    print(f"Unknown action {action!r}; use demo, test, setup or run.", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
