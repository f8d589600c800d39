"""Store benchmarks: unlock, demo generation, full-text search, SQLCipher overhead, export.

Prints a table and writes benchmarks/results/store.json. Not a test: nothing here fails on time.

    .venv/bin/python benchmarks/store.py            # the sizes the issue names
    .venv/bin/python benchmarks/store.py --quick    # small sizes, to check the script runs
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text

from voordeur.model import Household, Visit
from voordeur.services import demo_content
from voordeur.services.data_export import export_to_file
from voordeur.services.demo import generate_demo
from voordeur.services.search import search
from voordeur.services.unit_of_work import unit_of_work
from voordeur.store import migrate
from voordeur.store.engine import apply_pragmas, engine_for, make_engine
from voordeur.store.store import Store
from voordeur.store.vault import default_kdf

RESULTS = Path(__file__).resolve().parent / "results"
PASSPHRASE = "benchmark passphrase, long enough"


def timed(func: Callable[[], Any]) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1))))
    return ordered[k]


def bench_unlock(root: Path) -> dict[str, Any]:
    data_dir = root / "unlock"
    Store.create(data_dir, PASSPHRASE, worker_name="Bench", use_keyring=False).close()
    kdf = default_kdf()
    derive = [timed(lambda: kdf.derive(PASSPHRASE)) for _ in range(5)]
    opens = []
    for _ in range(5):
        start = time.perf_counter()
        Store.open(data_dir, PASSPHRASE).close()
        opens.append(time.perf_counter() - start)
    return {
        "argon2id_ms": round(statistics.median(derive) * 1000, 1),
        "unlock_and_open_ms": round(statistics.median(opens) * 1000, 1),
        "kdf": {"memory_kib": kdf.memory_kib, "time_cost": kdf.time_cost,
                "parallelism": kdf.parallelism},
    }


def bench_demo_and_export(root: Path, households: int) -> dict[str, Any]:
    data_dir = root / "demo"
    store = Store.create(data_dir, PASSPHRASE, worker_name="Bench", team_name="Team Bench",
                         use_keyring=False)
    with store:
        seconds = timed(lambda: generate_demo(store, households=households, seed=1,
                                              reference_day=date(2026, 11, 1)))
        with store.session() as session:
            visits = session.connection().execute(text("SELECT count(*) FROM visit")).scalar()
        out = root / "export.json"
        export_seconds = timed(lambda: export_to_file(store, out))
    return {
        "households": households,
        "visits": visits,
        "demo_seconds": round(seconds, 2),
        "export_seconds": round(export_seconds, 2),
        "export_mb": round(out.stat().st_size / 1e6, 1),
        "db_mb": round((data_dir / "voordeur.db").stat().st_size / 1e6, 1),
    }


def _fill_notes(store: Store, notes: int, rng: random.Random) -> list[str]:
    """Add `notes` visits with realistic text, in batches; returns words to search for."""
    spec = demo_content.household(rng, date(2026, 11, 1))
    with unit_of_work(store) as uow:
        households = [uow.add(Household(display_name=f"Gezin {i}")) for i in range(100)]
    words: set[str] = set()
    batch, made = 500, 0
    start = datetime(2024, 1, 1, tzinfo=UTC)
    while made < notes:
        with unit_of_work(store) as uow:
            for i in range(min(batch, notes - made)):
                body = demo_content.visit_notes(rng, spec, kind=demo_content.VisitKind.HOME_VISIT,
                                                visit_number=rng.randint(1, 20),
                                                network_names=["Fatma", "Joke", "Henk"])
                uow.add(Visit(household_id=households[(made + i) % 100].id, notes=body,
                              starts_at=start + timedelta(hours=made + i)))
                if len(words) < 5000:
                    words.update(w.strip(".,!?:;()\"'").lower() for w in body.split()
                                 if len(w) > 4)
        made += batch
    return sorted(w for w in words if w.isalpha())


def bench_search(root: Path, notes: int) -> dict[str, Any]:
    rng = random.Random(7)
    store = Store.create(root / "search", PASSPHRASE, worker_name="Bench", use_keyring=False)
    with store:
        start = time.perf_counter()
        words = _fill_notes(store, notes, rng)
        fill = time.perf_counter() - start
        queries = [rng.choice(words) for _ in range(150)]
        queries += [rng.choice(words)[:4] for _ in range(50)]  # prefixes, as typed
        queries += [f"{rng.choice(words)} {rng.choice(words)}" for _ in range(50)]
        search(store, queries[0], log=False)  # warm the page cache once
        times = [timed(lambda q=q: search(store, q, limit=50, log=False)) * 1000
                 for q in queries]
    return {
        "notes": notes,
        "fill_seconds": round(fill, 1),
        "queries": len(queries),
        "p50_ms": round(percentile(times, 50), 2),
        "p95_ms": round(percentile(times, 95), 2),
        "max_ms": round(max(times), 2),
    }


def _plain_engine(db_path: Path) -> Engine:
    """The same schema, pragmas and transactions on the standard library's unencrypted SQLite."""

    def connect() -> sqlite3.Connection:
        conn = sqlite3.connect(str(db_path), check_same_thread=False)
        apply_pragmas(conn)
        return conn

    return engine_for(connect, module=sqlite3)


def _workload(engine: Engine, rows: int) -> float:
    """Insert households and visits in transactions of 50, then read them back many ways."""
    rng = random.Random(3)
    spec = demo_content.household(rng, date(2026, 11, 1))
    note = demo_content.visit_notes(rng, spec, kind=demo_content.VisitKind.HOME_VISIT,
                                    visit_number=2, network_names=["Joke"])
    start = time.perf_counter()
    ids: list[str] = []
    with engine.begin() as conn:
        for i in range(50):
            h = Household(display_name=f"Gezin {i}")
            conn.execute(Household.__table__.insert(), h.model_dump())  # type: ignore[attr-defined]
            ids.append(h.id)
    for chunk in range(0, rows, 50):
        with engine.begin() as conn:
            conn.execute(Visit.__table__.insert(), [  # type: ignore[attr-defined]
                Visit(household_id=ids[(chunk + i) % 50], notes=f"{note} {chunk + i}",
                      starts_at=datetime.now(UTC)).model_dump()
                for i in range(50)
            ])
    with engine.connect() as conn:
        for hid in ids * 4:
            conn.execute(text("SELECT id, notes FROM visit WHERE household_id = :h "
                              "ORDER BY starts_at DESC LIMIT 20"), {"h": hid}).fetchall()
        for word in ("school", "moeder", "afspraak", "sinds", "buurvrouw") * 10:
            conn.execute(text("SELECT rowid FROM search_index WHERE search_index MATCH :q "
                              "LIMIT 50"), {"q": f'"{word}"*'}).fetchall()
        conn.execute(text("SELECT household_id, count(*) FROM visit GROUP BY household_id"))
    return time.perf_counter() - start


def bench_cipher_overhead(root: Path, rows: int) -> dict[str, Any]:
    results: dict[str, list[float]] = {"sqlcipher": [], "sqlite": []}
    for attempt in range(3):
        for kind in ("sqlcipher", "sqlite"):
            folder = root / f"overhead-{kind}-{attempt}"
            folder.mkdir()
            db = folder / "voordeur.db"
            engine = (make_engine(db, random.randbytes(32)) if kind == "sqlcipher"
                      else _plain_engine(db))
            migrate.upgrade(engine, db)
            results[kind].append(_workload(engine, rows))
            engine.dispose()
    cipher, plain = min(results["sqlcipher"]), min(results["sqlite"])
    return {"rows": rows, "sqlcipher_seconds": round(cipher, 3),
            "sqlite_seconds": round(plain, 3), "ratio": round(cipher / plain, 2)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, to check the script")
    parser.add_argument("--out", type=Path, default=RESULTS / "store.json")
    args = parser.parse_args(argv)
    sizes = {"households": 20, "notes": 2000, "rows": 500} if args.quick else {
        "households": 500, "notes": 50_000, "rows": 5000}
    root = Path(tempfile.mkdtemp(prefix="voordeur-bench-"))
    try:
        report: dict[str, Any] = {
            "benchmark": "store",
            "when": datetime.now(UTC).isoformat(timespec="seconds"),
            "machine": {"python": sys.version.split()[0], "platform": platform.platform(),
                        "processor": platform.machine()},
            "quick": args.quick,
            "unlock": bench_unlock(root),
            "demo_and_export": bench_demo_and_export(root, sizes["households"]),
            "search": bench_search(root, sizes["notes"]),
            "cipher_overhead": bench_cipher_overhead(root, sizes["rows"]),
        }
    finally:
        shutil.rmtree(root, ignore_errors=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    u, d, s, c = (report[k] for k in ("unlock", "demo_and_export", "search", "cipher_overhead"))
    rows = [
        ("Argon2id derive (64 MiB, t=3)", f"{u['argon2id_ms']} ms", ""),
        ("Unlock + open store", f"{u['unlock_and_open_ms']} ms", ""),
        (f"Demo generation, {d['households']} households", f"{d['demo_seconds']} s",
         f"{d['visits']} visits"),
        (f"Export, {d['households']} households", f"{d['export_seconds']} s",
         f"{d['export_mb']} MB JSON"),
        (f"FTS search p95 over {s['notes']} notes", f"{s['p95_ms']} ms",
         f"p50 {s['p50_ms']} ms, target ≤ 50 ms"),
        (f"SQLCipher / SQLite, {c['rows']} rows workload", f"{c['ratio']}×",
         f"{c['sqlcipher_seconds']} s vs {c['sqlite_seconds']} s, target ≤ 1.3×"),
    ]
    width = max(len(r[0]) for r in rows)
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:>10}  {note}")
    print(f"JSON written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
