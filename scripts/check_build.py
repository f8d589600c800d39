#!/usr/bin/env python3
"""Check the built laptop app (dist/voordeur) the way a worker and IT would first use it.

    python3 scripts/build && python3 scripts/check_build.py

1. `voordeur --self-test` passes;
2. `voordeur --demo` opens on a demo store, shows its household list, keeps running for a few
   seconds without an error, and ends cleanly when asked to (as at logout);
3. `voordeur-server serve` starts on a fresh data folder and answers /v1/health.
Runs on Qt's offscreen platform unless DISPLAY is set. Exit 0 only if all three pass.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist" / "voordeur"
SUFFIX = ".exe" if os.name == "nt" else ""
APP = DIST / f"voordeur{SUFFIX}"
SERVER = DIST / f"voordeur-server{SUFFIX}"
RUN_SECONDS = 6  # how long the demo app keeps running after it was ready


class CheckError(Exception):
    pass


def _env(tmp: Path) -> dict[str, str]:
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp / "config"), VOORDEUR_DATA_DIR=str(tmp / "data"))
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _no_errors(stderr: str, what: str) -> None:
    for bad in ("Traceback", "Fatal Python error", "Error:", "CRITICAL"):
        if bad in stderr:
            raise CheckError(f"{what} wrote an error:\n{stderr[-3000:]}")


def check_self_test(tmp: Path) -> str:
    proc = subprocess.run([str(APP), "--self-test"], env=_env(tmp), capture_output=True,
                          text=True, timeout=300, check=False)
    print(proc.stdout, end="")
    if proc.returncode != 0:
        raise CheckError(f"--self-test exited {proc.returncode}\n{proc.stderr[-3000:]}")
    return "all checks passed"


def check_demo(tmp: Path) -> str:
    env = _env(tmp)
    start = time.time()
    probe = subprocess.run([str(APP), "--demo"], env=dict(env, VOORDEUR_STARTUP_PROBE="1"),
                           capture_output=True, text=True, timeout=300, check=False)
    ready = [line for line in probe.stdout.splitlines() if line.startswith("ready ")]
    if probe.returncode != 0 or not ready:
        raise CheckError(f"--demo did not reach its household list (exit {probe.returncode})\n"
                         f"{probe.stdout[-1000:]}{probe.stderr[-3000:]}")
    _no_errors(probe.stderr, "--demo")
    ready_after = float(ready[0].split()[1]) - start

    # Now as a worker would: open it, leave it running, then end it politely (SIGTERM, as at
    # logout); the app must shut down cleanly (exit 0) and leave no demo folder behind.
    before = set(Path(tempfile.gettempdir()).glob("voordeur-demo-*"))
    proc = subprocess.Popen([str(APP), "--demo"], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    time.sleep(2 * ready_after + RUN_SECONDS)
    if proc.poll() is not None:
        _out, err = proc.communicate()
        raise CheckError(f"--demo stopped by itself (exit {proc.returncode})\n{err[-3000:]}")
    proc.send_signal(signal.SIGTERM if os.name != "nt" else signal.CTRL_BREAK_EVENT)
    try:
        _out, err = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise CheckError("--demo did not end within 60 s of being asked to") from None
    if proc.returncode != 0:
        raise CheckError(f"--demo ended with exit {proc.returncode}\n{err[-3000:]}")
    _no_errors(err, "--demo")
    left = set(Path(tempfile.gettempdir()).glob("voordeur-demo-*")) - before
    if left:
        raise CheckError(f"--demo left its demo folder behind: {sorted(map(str, left))}")
    return (f"household list shown {ready_after:.1f} s after start; ran "
            f"{2 * ready_after + RUN_SECONDS:.0f} s, ended cleanly")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def check_server(tmp: Path) -> str:
    port = _free_port()
    cmd = [str(SERVER), "--data-dir", str(tmp / "server"), "serve", "--port", str(port)]
    proc = subprocess.Popen(cmd, env=_env(tmp), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    url = f"http://127.0.0.1:{port}/v1/health"
    start = time.time()
    try:
        while True:
            if proc.poll() is not None:
                _out, err = proc.communicate()
                raise CheckError(f"voordeur-server serve exited {proc.returncode}\n{err[-3000:]}")
            try:
                with urllib.request.urlopen(url, timeout=2) as answer:
                    body = json.loads(answer.read())
                    status = answer.status
                break
            except OSError:
                if time.time() - start > 60:
                    raise CheckError("voordeur-server did not answer /v1/health in 60 s") from None
                time.sleep(0.2)
        if status != 200 or "version" not in body:
            raise CheckError(f"/v1/health answered {status}: {body}")
        answered = time.time() - start
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.communicate(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
    return f"/v1/health answered {body} {answered:.1f} s after start"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-self-test", action="store_true",
                        help="skip --self-test (when it has just been run)")
    args = parser.parse_args(argv)
    if not APP.is_file() or not SERVER.is_file():
        print(f"check_build: no build in {DIST}; run `python3 scripts/build` first",
              file=sys.stderr)
        return 2
    failures = 0
    with tempfile.TemporaryDirectory(prefix="voordeur-check-") as folder:
        checks = [("self-test", check_self_test)] if not args.no_self_test else []
        checks += [("demo app", check_demo), ("team server", check_server)]
        for name, check in checks:
            try:
                print(f"ok    {name}: {check(Path(folder))}", flush=True)
            except CheckError as exc:
                failures += 1
                print(f"FAIL  {name}: {exc}", flush=True)
    print("Build check passed." if not failures else f"Build check FAILED ({failures}).")
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
