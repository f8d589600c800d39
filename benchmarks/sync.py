"""Sync benchmarks over loopback: a real uvicorn team server and real encrypted stores.

The server runs as a process of its own, as it would in production. Measures what issue 5 names:
the first sync of a team of 500 households (laptop A pushes them, laptop B pulls them), 1,000
changed records pushed and pulled, a sync with nothing to do (time and bytes on the wire) and 20
laptops syncing at once. Each figure is also given as a ratio to the
floor: raw HTTP moving the same bytes over the same loopback (a server that only returns bytes).

Prints a table and writes benchmarks/results/sync.json. Not a test: nothing here fails on time.

    .venv/bin/python benchmarks/sync.py            # the sizes the issue names
    .venv/bin/python benchmarks/sync.py --quick    # small sizes, to check the script runs
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import uvicorn
from sqlmodel import col, select

from voordeur.model import Person
from voordeur.server import admin
from voordeur.services.demo import generate_demo
from voordeur.services.unit_of_work import unit_of_work
from voordeur.store.store import Store
from voordeur.store.vault import KdfParams
from voordeur.sync import account
from voordeur.sync.engine import SyncEngine, SyncReport

RESULTS = Path(__file__).resolve().parent / "results"
PASSPHRASE = "benchmark passphrase, long enough"
WORKER_PASSWORD = "benchmark worker password"
# Store unlock cost is measured in benchmarks/store.py; here it would only slow the set-up.


def fast_kdf() -> KdfParams:
    return KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)  # a fresh salt each call


# -- the servers ----------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def running(app: Any) -> Iterator[str]:
    """Serve an ASGI app with uvicorn on loopback in a thread; yields its base URL."""
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                            access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the benchmark server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@contextmanager
def server_process(db_url: str) -> Iterator[str]:
    """The team server as its own process (as in production: it does not share the laptop's
    interpreter), on loopback; yields its base URL."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen(
        [sys.executable, "-m", "voordeur.server", "--db", db_url, "serve", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{url}/v1/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline or proc.poll() is not None:
                raise RuntimeError("the benchmark server did not start")
            time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


async def raw_bytes_app(scope: dict[str, Any], receive: Callable, send: Callable) -> None:
    """The floor: answers GET /N with N bytes and reads (and drops) any request body."""
    if scope["type"] != "http":
        return
    more = True
    while more:
        message = await receive()
        more = message.get("more_body", False)
    size = int(scope["path"].strip("/") or 0)
    body = b"x" * size
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"application/octet-stream"),
                            (b"content-length", str(size).encode())]})
    await send({"type": "http.response.body", "body": body})


# -- counting bytes on the wire -------------------------------------------------------------
@dataclass
class Wire:
    requests: int = 0
    sent: int = 0
    received: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def client(self) -> httpx.Client:
        return httpx.Client(timeout=120, event_hooks={"request": [self._request],
                                                      "response": [self._response]})

    def _request(self, request: httpx.Request) -> None:
        size = len(request.method) + len(request.url.raw_path) + 12
        size += sum(len(k) + len(v) + 4 for k, v in request.headers.raw) + len(request.content)
        with self.lock:
            self.requests += 1
            self.sent += size

    def _response(self, response: httpx.Response) -> None:
        response.read()
        size = 17 + sum(len(k) + len(v) + 4 for k, v in response.headers.raw)
        size += len(response.content)
        with self.lock:
            self.received += size

    @property
    def total(self) -> int:
        return self.sent + self.received

    def reset(self) -> None:
        with self.lock:
            self.requests = self.sent = self.received = 0


def floor_seconds(base_url: str, requests: int, sent: int, received: int) -> float:
    """Raw HTTP over loopback moving the same bytes in the same number of requests."""
    requests = max(1, requests)
    up, down = sent // requests, received // requests
    body = b"y" * up
    with httpx.Client(timeout=120) as http:
        http.get(f"{base_url}/0")  # connect outside the timing
        start = time.perf_counter()
        for _ in range(requests):
            http.post(f"{base_url}/{down}", content=body)
        return time.perf_counter() - start


# -- laptops --------------------------------------------------------------------------------
@dataclass
class Laptop:
    store: Store
    wire: Wire
    engine: SyncEngine

    def sync(self) -> SyncReport:
        report = self.engine.run_once()
        return report

    def close(self) -> None:
        self.engine.close()
        self.store.close()


def make_laptop(root: Path, name: str, url: str, user: str, households: int = 0) -> Laptop:
    store = Store.create(root / name, PASSPHRASE, worker_name=name, use_keyring=False,
                         kdf=fast_kdf())
    if households:
        generate_demo(store, households=households, seed=7, reference_day=date(2026, 11, 1))
    wire = Wire()
    http = wire.client()
    account.login(store, url, user, WORKER_PASSWORD, http=http, device_name=name)
    return Laptop(store, wire, SyncEngine(store, http=http))


def edit_records(store: Store, count: int, round_no: int) -> int:
    """Change one field of `count` people: `count` changed records in one transaction."""
    with unit_of_work(store, detail="benchmark edits") as uow:
        people = uow.session.exec(
            select(Person).where(col(Person.deleted_at).is_(None)).order_by(col(Person.id))
            .limit(count)
        ).all()
        for person in people:
            uow.update(person, note=f"bijgewerkt in ronde {round_no}")
    return len(people)


def timed(func: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = func()
    return time.perf_counter() - start, result


def ratio(seconds: float, floor: float) -> float:
    return round(seconds / floor, 1) if floor > 0 else float("inf")


# -- the benchmarks -------------------------------------------------------------------------
def bench_first_sync(root: Path, url: str, floor_url: str, households: int,
                     ) -> tuple[dict[str, Any], Laptop, Laptop]:
    start = time.perf_counter()
    a = make_laptop(root, "laptop-a", url, "anna", households)
    setup = time.perf_counter() - start
    push_s, push = timed(a.sync)
    push_wire = (a.wire.requests, a.wire.sent, a.wire.received)
    b = make_laptop(root, "laptop-b", url, "bram")
    b.wire.reset()
    pull_s, pull = timed(b.sync)
    pull_wire = (b.wire.requests, b.wire.sent, b.wire.received)
    push_floor = floor_seconds(floor_url, *push_wire)
    pull_floor = floor_seconds(floor_url, *pull_wire)
    return {
        "households": households,
        "setup_s": round(setup, 1),
        "push_s": round(push_s, 2), "pushed": push.pushed,
        "push_requests": push_wire[0], "push_mb": round((push_wire[1] + push_wire[2]) / 1e6, 1),
        "push_floor_s": round(push_floor, 2), "push_ratio": ratio(push_s, push_floor),
        "pull_s": round(pull_s, 2), "pulled": pull.pulled,
        "pull_requests": pull_wire[0], "pull_mb": round((pull_wire[1] + pull_wire[2]) / 1e6, 1),
        "pull_floor_s": round(pull_floor, 2), "pull_ratio": ratio(pull_s, pull_floor),
        "total_s": round(push_s + pull_s, 2),
        "records_per_s": round((push.pushed + pull.pulled) / (push_s + pull_s)),
    }, a, b


def bench_changed(a: Laptop, b: Laptop, floor_url: str, count: int) -> dict[str, Any]:
    b.sync()  # both up to date first
    a.sync()
    changed = edit_records(a.store, count, 1)
    a.wire.reset()
    b.wire.reset()
    push_s, push = timed(a.sync)
    pull_s, pull = timed(b.sync)
    requests = a.wire.requests + b.wire.requests
    sent, received = a.wire.sent + b.wire.sent, a.wire.received + b.wire.received
    floor = floor_seconds(floor_url, requests, sent, received)
    return {
        "records": changed, "pushed": push.pushed, "pulled": pull.pulled,
        "push_s": round(push_s, 3), "pull_s": round(pull_s, 3),
        "total_s": round(push_s + pull_s, 3),
        "wire_kb": round((sent + received) / 1000, 1), "requests": requests,
        "floor_s": round(floor, 3), "ratio": ratio(push_s + pull_s, floor),
    }


def bench_noop(a: Laptop, floor_url: str, runs: int) -> dict[str, Any]:
    a.sync()
    a.sync()  # a valid access token is cached from here on
    times, sizes, requests = [], [], []
    for _ in range(runs):
        a.wire.reset()
        seconds, report = timed(a.sync)
        assert report.pushed == 0 and report.pulled == 0, report
        times.append(seconds)
        sizes.append(a.wire.total)
        requests.append(a.wire.requests)
    floor = floor_seconds(floor_url, requests[-1], a.wire.sent, a.wire.received)
    median = statistics.median(times)
    return {
        "runs": runs, "median_ms": round(median * 1000, 1),
        "max_ms": round(max(times) * 1000, 1),
        "bytes": int(statistics.median(sizes)), "requests": requests[-1],
        "floor_ms": round(floor * 1000, 2), "ratio": ratio(median, floor),
    }


def bench_many(root: Path, url: str, floor_url: str, clients: int, per_client: int,
               seed_households: int) -> dict[str, Any]:
    """`clients` laptops (each a worker of the team) each change records and sync at once."""
    laptops = []
    for i in range(clients):
        user = f"worker{i:02d}"
        admin.add_worker(DB_URL, user, "Wijkteam Bench", WORKER_PASSWORD, name=f"Medewerker {i}")
        laptop = make_laptop(root, f"many-{i:02d}", url, user,
                             households=seed_households if i == 0 else 0)
        laptops.append(laptop)
    for laptop in laptops:  # everyone up to date before the measured round
        laptop.sync()
    for laptop in laptops:
        laptop.sync()
    for i, laptop in enumerate(laptops):
        edit_records(laptop.store, per_client, 100 + i)
        laptop.wire.reset()
    reports: list[SyncReport] = []
    errors: list[BaseException] = []
    barrier = threading.Barrier(clients)

    def run(laptop: Laptop) -> None:
        barrier.wait()
        try:
            reports.append(laptop.sync())
        except BaseException as exc:  # reported below, never silently
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(lap,)) for lap in laptops]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - start
    if errors:
        raise errors[0]
    records = sum(r.pushed + r.pulled for r in reports)
    requests = sum(lap.wire.requests for lap in laptops)
    sent = sum(lap.wire.sent for lap in laptops)
    received = sum(lap.wire.received for lap in laptops)
    floor = floor_seconds(floor_url, requests, sent, received)
    for laptop in laptops:
        laptop.close()
    return {
        "clients": clients, "changed_per_client": per_client,
        "records_moved": records, "seconds": round(seconds, 2),
        "records_per_s": round(records / seconds), "requests": requests,
        "floor_s_sequential": round(floor, 3), "ratio": ratio(seconds, floor),
    }


DB_URL = ""


def main(argv: list[str] | None = None) -> int:
    global DB_URL
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, to check it runs")
    parser.add_argument("--out", type=Path, default=RESULTS / "sync.json")
    parser.add_argument("--db", default="", help="server database URL (default: SQLite file)")
    args = parser.parse_args(argv)
    households, changed, noop_runs, clients, per_client = (
        (3, 20, 5, 3, 5) if args.quick else (500, 1000, 30, 20, 50)
    )
    root = Path(tempfile.mkdtemp(prefix="voordeur-sync-bench-"))
    try:
        DB_URL = args.db or f"sqlite:///{root / 'server.db'}"
        admin.add_team(DB_URL, "Wijkteam Bench")
        for user in ("anna", "bram"):
            admin.add_worker(DB_URL, user, "Wijkteam Bench", WORKER_PASSWORD, name=user.title())
        with server_process(DB_URL) as url, running(raw_bytes_app) as floor_url:
            first, a, b = bench_first_sync(root, url, floor_url, households)
            print(f"first sync done: {first['total_s']} s", file=sys.stderr)
            changes = bench_changed(a, b, floor_url, changed)
            noop = bench_noop(a, floor_url, noop_runs)
            a.close()
            b.close()
            many = bench_many(root, url, floor_url, clients, per_client, 0)
        report = {
            "quick": args.quick,
            "machine": {"python": platform.python_version(), "cpus": os.cpu_count(),
                        "platform": platform.platform(),
                        "server_db": "postgresql" if args.db.startswith("postgresql")
                        else "sqlite"},
            "first_sync": first, "changed_records": changes, "noop_sync": noop,
            "concurrent_clients": many,
        }
    finally:
        shutil.rmtree(root, ignore_errors=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print_table(report)
    return 0


def print_table(report: dict[str, Any]) -> None:
    f, c, n, m = (report[k] for k in ("first_sync", "changed_records", "noop_sync",
                                      "concurrent_clients"))
    rows = [
        (f"First sync, {f['households']} households: A pushes {f['pushed']} records",
         f"{f['push_s']} s", f"{f['push_ratio']}×", ""),
        (f"First sync: B pulls {f['pulled']} records", f"{f['pull_s']} s",
         f"{f['pull_ratio']}×", ""),
        ("First sync, push + pull", f"{f['total_s']} s", "", "≤ 30 s"),
        (f"{c['records']} changed records pushed and pulled", f"{c['total_s']} s",
         f"{c['ratio']}×", "≤ 3 s"),
        ("Sync with nothing to do (median)", f"{n['median_ms']} ms, {n['bytes']} B",
         f"{n['ratio']}×", "≤ 50 ms, ≤ 2 KB"),
        (f"{m['clients']} laptops at once", f"{m['records_per_s']} records/s",
         f"{m['ratio']}×", ""),
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    header = ("What", "Figure", "vs raw HTTP", "Target")
    widths = [max(w, len(h)) for w, h in zip(widths, header, strict=True)]
    for row in (header, *rows):
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)))


if __name__ == "__main__":
    raise SystemExit(main())
