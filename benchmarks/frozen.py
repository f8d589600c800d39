"""The laptop build: start-up of the frozen app (dist/voordeur) against running from source.

    python3 scripts/build && .venv/bin/python benchmarks/frozen.py [--quick]

Writes benchmarks/results/frozen.json and prints a table. Measured, for both ways of running:
- the app from process start to the unlocked main window with its household list loaded (500
  households, the store's real Argon2id key derivation), as in benchmarks/gui.py;
- `voordeur --version`: the command line's own start.
"Cold" runs first empty the operating system's file cache (Linux, as root; skipped otherwise), as
after a reboot; "warm" runs follow one untimed run. Build time and size come from build/report.json
(written by scripts/build).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
DIST = ROOT / "dist" / "voordeur"
EXE = DIST / ("voordeur.exe" if os.name == "nt" else "voordeur")

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gui import PASSPHRASE, _time_process, make_store  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def drop_file_cache() -> bool:
    """Empty the page cache so the next start reads every file from disk; False if not allowed."""
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def time_version(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([*cmd, "--version"], env=env, capture_output=True, check=True, timeout=120)
    return time.perf_counter() - start


def measure(commands: dict[str, list[str]], env: dict[str, str], runs: int,
            cold_runs: int) -> dict[str, Any]:
    out: dict[str, Any] = {name: {"window_warm_s": [], "window_cold_s": [], "version_warm_s": [],
                                  "version_cold_s": []} for name in commands}
    can_drop = drop_file_cache()
    for _ in range(cold_runs if can_drop else 0):
        for name, cmd in commands.items():  # alternate, so neither gets a warmer machine
            drop_file_cache()
            out[name]["window_cold_s"].append(_time_process(cmd, env))
            drop_file_cache()
            out[name]["version_cold_s"].append(time_version(cmd, env))
    for cmd in commands.values():
        _time_process(cmd, env)
        time_version(cmd, env)
    for _ in range(runs):
        for name, cmd in commands.items():
            out[name]["window_warm_s"].append(_time_process(cmd, env))
            out[name]["version_warm_s"].append(time_version(cmd, env))
    for figures in out.values():
        for key in list(figures):
            values = figures[key]
            figures[key.replace("_s", "_median_s")] = statistics.median(values) if values else None
    out["cold_cache_dropped"] = can_drop
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="20 households, one run each")
    parser.add_argument("--out", type=Path, default=RESULTS / "frozen.json")
    parser.add_argument("--cache", type=Path, default=RESULTS / "gui-stores")
    args = parser.parse_args(argv)
    if not EXE.is_file():
        sys.exit(f"no frozen build at {EXE}: run `python3 scripts/build` first")

    households = 20 if args.quick else 500
    runs, cold_runs = (1, 1) if args.quick else (5, 3)
    args.cache.mkdir(parents=True, exist_ok=True)
    store_dir = make_store(args.cache, households, real_kdf=True)
    env = dict(os.environ, VOORDEUR_PASSPHRASE=PASSPHRASE, VOORDEUR_STARTUP_PROBE="1",
               VOORDEUR_DATA_DIR=str(store_dir))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # source runs from compiled bytecode, as installed
    with tempfile.TemporaryDirectory() as cfg:
        env["XDG_CONFIG_HOME"] = cfg
        commands = {"frozen": [str(EXE)], "source": [sys.executable, "-m", "voordeur"]}
        figures = measure(commands, env, runs, cold_runs)
    report_file = ROOT / "build" / "report.json"
    results: dict[str, Any] = {
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cpus": os.cpu_count(), "load_average": list(os.getloadavg())},
        "quick": args.quick, "households": households,
        "build": json.loads(report_file.read_text()) if report_file.is_file() else None,
        **figures,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2))
    print_table(results)
    return 0


def _ms(value: float | None) -> str:
    return "-" if value is None else f"{value * 1000:.0f} ms"


def print_table(r: dict[str, Any]) -> None:
    rows = []
    for what, key in (("App to unlocked window, cold", "window_cold_median_s"),
                      ("App to unlocked window, warm", "window_warm_median_s"),
                      ("voordeur --version, cold", "version_cold_median_s"),
                      ("voordeur --version, warm", "version_warm_median_s")):
        rows.append((what, _ms(r["frozen"][key]), _ms(r["source"][key])))
    width = max(len(row[0]) for row in rows)
    print(f"{'What'.ljust(width)}  {'Frozen':>9}  {'Source':>9}   ({r['households']} households)")
    for what, frozen, source in rows:
        print(f"{what.ljust(width)}  {frozen:>9}  {source:>9}")
    if r.get("build"):
        b = r["build"]
        parts = ", ".join(f"{p['name']} {p['bytes'] / 2**20:.0f} MB"
                          for p in b["largest_parts"][:6])
        print(f"Build {b['build_seconds']:.0f} s, dist/voordeur {b['dist_bytes'] / 2**20:.0f} MB "
              f"({parts})")


if __name__ == "__main__":
    sys.exit(main())
