"""GUI speed: cold start, household-list filtering, opening a household, typing through autosave.

    python benchmarks/gui.py [--quick]

Writes benchmarks/results/gui.json and prints a table. Targets (issue 3): cold start to an
unlocked main window with 500 households ≤ 1.5 s and ≤ 2× a bare PySide6 window's start; list
filter per keystroke with 5,000 households ≤ 50 ms; opening a household ≤ 100 ms; the longest
GUI-thread stall while typing through an autosave ≤ 16 ms.

The cold start runs the real program (`python -m voordeur`) in a fresh process, with the store's
real Argon2id parameters, until the household list of the unlocked window has been loaded. The
in-process measurements use the offscreen platform unless DISPLAY is set.
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
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
PASSPHRASE = "benchmark passphrase for the gui"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BARE_WINDOW = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication([])
w = QMainWindow(); w.setCentralWidget(QLabel("Voordeur")); w.resize(1280, 800); w.show()
QTimer.singleShot(0, lambda: (print(f"ready {time.time():.6f}", flush=True), app.quit()))
app.exec()
"""


def _time_process(cmd: list[str], env: dict[str, str]) -> float:
    """Seconds from starting the process to its 'ready' line."""
    start = time.time()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120, check=False)
    for line in proc.stdout.splitlines():
        if line.startswith("ready "):
            return float(line.split()[1]) - start
    raise RuntimeError(f"no 'ready' from {cmd[:3]}: {proc.stdout[-500:]} {proc.stderr[-2000:]}")


def make_store(folder: Path, households: int, *, real_kdf: bool) -> Path:
    from voordeur.services.demo import generate_demo
    from voordeur.store import vault
    from voordeur.store.store import Store

    data_dir = folder / f"store-{households}"
    if data_dir.exists():
        return data_dir
    kdf = None if real_kdf else vault.KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
    store = Store.create(data_dir, PASSPHRASE, worker_name="Benchmark", team_name="Team",
                         neighbourhood="Zwolle-Zuid", use_keyring=False, kdf=kdf)
    with store:
        generate_demo(store, households=households, seed=3, reference_day=date(2026, 11, 16))
    return data_dir


def bench_cold_start(data_dir: Path, runs: int) -> dict[str, Any]:
    env = dict(os.environ, VOORDEUR_PASSPHRASE=PASSPHRASE, VOORDEUR_STARTUP_PROBE="1",
               VOORDEUR_DATA_DIR=str(data_dir))
    with tempfile.TemporaryDirectory() as cfg:
        env["XDG_CONFIG_HOME"] = cfg  # default settings, not the developer's
        app = [_time_process([sys.executable, "-m", "voordeur"], env) for _ in range(runs)]
    floor = [_time_process([sys.executable, "-c", BARE_WINDOW], env) for _ in range(runs)]
    app_s, floor_s = statistics.median(app), statistics.median(floor)
    return {"app_s": app_s, "bare_pyside6_s": floor_s, "ratio": app_s / floor_s,
            "runs": runs, "app_all_s": app, "floor_all_s": floor}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small data, few runs (a smoke test)")
    parser.add_argument("--out", type=Path, default=RESULTS / "gui.json")
    parser.add_argument("--cache", type=Path, default=RESULTS / "gui-stores",
                        help="where the generated benchmark stores are kept between runs")
    args = parser.parse_args(argv)

    from benchmarks import gui_inprocess

    households = 20 if args.quick else 500
    list_size = 300 if args.quick else 5000
    runs = 1 if args.quick else 5
    args.cache.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cpus": os.cpu_count(), "qpa": os.environ.get("QT_QPA_PLATFORM", "")},
        "quick": args.quick,
    }
    store_dir = make_store(args.cache, households, real_kdf=True)
    results["cold_start"] = {"households": households, **bench_cold_start(store_dir, runs)}
    results.update(gui_inprocess.run(args.cache, households=households, list_size=list_size,
                                     passphrase=PASSPHRASE, quick=args.quick))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2))
    print_table(results)
    return 0


def print_table(r: dict[str, Any]) -> None:
    cs = r["cold_start"]
    rows = [
        ("Cold start to unlocked window", f"{cs['app_s'] * 1000:.0f} ms",
         f"{cs['households']} households; target ≤ 1500 ms"),
        ("Bare PySide6 window (floor)", f"{cs['bare_pyside6_s'] * 1000:.0f} ms",
         f"ratio {cs['ratio']:.2f}× (target ≤ 2×)"),
    ]
    if "list_filter" in r:
        lf = r["list_filter"]
        rows.append(("List filter per keystroke", f"{lf['p95_ms']:.1f} ms p95",
                     f"max {lf['max_ms']:.1f} ms; {lf['rows']} households; target ≤ 50 ms"))
    if "open_household" in r:
        oh = r["open_household"]
        rows.append(("Open a household (GUI thread)", f"{oh['gui_p95_ms']:.1f} ms p95",
                     f"until shown {oh['shown_p95_ms']:.0f} ms p95; target ≤ 100 ms"))
    if "typing" in r:
        ty = r["typing"]
        rows.append(("Longest GUI stall while typing", f"{ty['max_stall_ms']:.1f} ms",
                     f"{ty['autosaves']} autosaves, {ty['keys']} keys; target ≤ 16 ms"))
    width = max(len(a) for a, _, _ in rows)
    print(f"{'What'.ljust(width)}  {'Figure':>14}  Notes")
    for what, figure, notes in rows:
        print(f"{what.ljust(width)}  {figure:>14}  {notes}")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
