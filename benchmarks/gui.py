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

# The shared helpers next to this file (also when a test loads this file by its path).
sys.path.insert(0, str(Path(__file__).resolve().parent))
from qt_support import percentile, process_events, wait_until  # noqa: E402

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
    # An installed app runs from compiled bytecode; let Python write it (some shells forbid it),
    # and run each program once untimed so both are measured from a warm file cache.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as cfg:
        env["XDG_CONFIG_HOME"] = cfg  # default settings, not the developer's
        app_cmd = [sys.executable, "-m", "voordeur"]
        floor_cmd = [sys.executable, "-c", BARE_WINDOW]
        _time_process(app_cmd, env)
        _time_process(floor_cmd, env)
        app = [_time_process(app_cmd, env) for _ in range(runs)]
        floor = [_time_process(floor_cmd, env) for _ in range(runs)]
    app_s, floor_s = statistics.median(app), statistics.median(floor)
    return {"app_s": app_s, "bare_pyside6_s": floor_s, "ratio": app_s / floor_s,
            "runs": runs, "app_all_s": app, "floor_all_s": floor}


def make_list_store(folder: Path, households: int) -> Path:
    """Many plain households with two members each: what the list shows, made fast."""
    from voordeur.services.households import add_person, create_household
    from voordeur.services.unit_of_work import unit_of_work
    from voordeur.store import vault
    from voordeur.store.store import Store

    data_dir = folder / f"list-{households}"
    if data_dir.exists():
        return data_dir
    surnames = ["de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Yilmaz", "El Amrani",
                "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Kaya", "Bos", "Vos", "Peters",
                "Hendriks", "Dekker", "Şahin", "Nguyen", "Kowalski", "Martina", "Tahiri"]
    given = ["Sanne", "Noah", "Emma", "Mohammed", "Julia", "Liam", "Fatima", "Daan", "Zoë",
             "Sem", "Aylin", "Lucas", "Mila", "Ravi", "Nora", "Bram"]
    wijken = ["Zwolle-Zuid", "Zevenkamp", "Kanaleneiland", "Hatert", "Schilderswijk",
              "Overvecht", "Pendrecht", "Kruiskamp", "Bijlmer-Oost", "Woensel-West"]
    fast = vault.KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
    store = Store.create(data_dir, PASSPHRASE, worker_name="Benchmark", use_keyring=False,
                         kdf=fast)
    with store:
        for start in range(0, households, 500):
            with unit_of_work(store) as uow:
                for i in range(start, min(households, start + 500)):
                    surname = surnames[i % len(surnames)]
                    h = create_household(uow, f"Gezin {surname} {i}",
                                         neighbourhood=wijken[i % len(wijken)])
                    for j in range(2):
                        add_person(uow, h, name=f"{given[(i + j * 7) % len(given)]} {surname}")
    return data_dir




def bench_in_process(cache: Path, demo_store: Path, *, list_size: int,
                     quick: bool) -> dict[str, Any]:
    from PySide6.QtCore import QElapsedTimer, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QPlainTextEdit
    from sqlmodel import func, select

    from voordeur.gui.app.application import make_application
    from voordeur.gui.common.app_settings import AppSettings
    from voordeur.gui.common.context import make_context
    from voordeur.gui.households.list_panel import HouseholdListPanel
    from voordeur.gui.households.page import HouseholdPage
    from voordeur.gui.visits.visit_editor import VisitEditor
    from voordeur.model import Household, Visit
    from voordeur.store.store import Store

    app = make_application()
    out: dict[str, Any] = {}
    settings = AppSettings(cache / "bench-settings.ini")

    # -- household list: filter per keystroke -------------------------------------------
    list_dir = make_list_store(cache, list_size)
    store = Store.open(list_dir, PASSPHRASE)
    ctx = make_context(store, settings)
    panel = HouseholdListPanel(ctx)
    panel.resize(360, 760)
    panel.show()
    wait_until(lambda: len(panel.model.all_rows) >= list_size)
    times: list[float] = []
    for word in ("gezin de v", "jansen 12", "kanaleneiland", "sanne", "yilmaz 4"):
        panel.search_field.clear()
        process_events()
        for ch in word:
            t0 = time.perf_counter()
            QTest.keyClick(panel.search_field, ch)
            process_events()
            panel.view.viewport().repaint()  # the visible rows drawn, as the worker sees them
            times.append(time.perf_counter() - t0)
    out["list_filter"] = {"rows": len(panel.model.all_rows), "keystrokes": len(times),
                          "p50_ms": statistics.median(times) * 1000,
                          "p95_ms": percentile(times, 0.95) * 1000, "max_ms": max(times) * 1000}
    panel.shutdown()
    panel.close()
    panel.deleteLater()
    ctx.runner.close()
    store.close()

    # -- opening a household and typing through autosave (demo store) ------------------
    store = Store.open(demo_store, PASSPHRASE)
    ctx = make_context(store, settings)
    with store.session() as session:
        ids = list(session.exec(select(Household.id).order_by(func.random()).limit(
            5 if quick else 30)))
        visit_id = session.exec(select(Visit.id).order_by(func.length(Visit.notes).desc())
                                ).first()
    page = HouseholdPage(ctx)
    page.resize(1000, 760)
    page.show()
    gui_times, shown_times = [], []
    for household_id in ids:
        t0 = time.perf_counter()
        page.load(household_id)
        call = time.perf_counter() - t0
        wait_until(lambda hid=household_id: page.detail is not None and page.detail.id == hid)
        process_events()
        shown_times.append(time.perf_counter() - t0)
        gui_times.append(call + page.last_fill_seconds)
    out["open_household"] = {
        "households": len(ids), "gui_p50_ms": statistics.median(gui_times) * 1000,
        "gui_p95_ms": percentile(gui_times, 0.95) * 1000, "gui_max_ms": max(gui_times) * 1000,
        "shown_p95_ms": percentile(shown_times, 0.95) * 1000}
    page.shutdown()
    page.close()
    page.deleteLater()

    editor = VisitEditor(ctx)
    editor.resize(1000, 760)
    editor.show()
    editor.open_visit(visit_id)
    notes = editor.findChild(QPlainTextEdit, "notesEdit")
    wait_until(lambda: notes is not None and notes.isEnabled() and not notes.isReadOnly())
    notes.setFocus()
    saves: list[int] = [0]
    editor.autosave.saved.connect(lambda *_: saves.__setitem__(0, saves[0] + 1))
    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]

    def tick() -> None:
        now = clock.nsecsElapsed()
        gaps.append((now - last[0]) / 1e6)
        last[0] = now

    probe = QTimer()
    probe.setTimerType(Qt.TimerType.PreciseTimer)
    probe.timeout.connect(tick)
    probe.start(2)
    text = "Moeder vertelt dat het beter gaat met slapen; de school belt minder vaak. " * 3
    keys = text[: 60 if quick else 220]
    typed = [0]

    def type_one() -> None:
        if typed[0] < len(keys):
            QTest.keyClick(notes, keys[typed[0]])
            typed[0] += 1

    typist = QTimer()
    typist.timeout.connect(type_one)
    typist.start(35)  # a fast typist: about 340 characters a minute
    wait_until(lambda: typed[0] >= len(keys), timeout=120)
    typist.stop()
    # keep measuring through the last autosave
    deadline = time.perf_counter() + 2.5
    wait_until(lambda: time.perf_counter() > deadline)
    probe.stop()
    stalls = [g - 2.0 for g in gaps[5:]]
    out["typing"] = {"keys": len(keys), "autosaves": saves[0],
                     "max_stall_ms": max(stalls), "p99_stall_ms": percentile(stalls, 0.99),
                     "probe_interval_ms": 2}
    editor.shutdown()
    editor.close()
    editor.deleteLater()
    ctx.runner.close()
    store.close()
    process_events()
    del app
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small data, few runs (a smoke test)")
    parser.add_argument("--out", type=Path, default=RESULTS / "gui.json")
    parser.add_argument("--cache", type=Path, default=RESULTS / "gui-stores",
                        help="where the generated benchmark stores are kept between runs")
    args = parser.parse_args(argv)

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
    results.update(bench_in_process(args.cache, store_dir, list_size=list_size,
                                    quick=args.quick))
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
