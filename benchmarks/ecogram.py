"""Ecogram speed: opening the tab, dragging a node, automatic layout, exporting a figure.

    python benchmarks/ecogram.py [--quick]

Writes benchmarks/results/ecogram.json and prints a table. Targets, for a household with a
network of 150 people and organisations and 300 ties: opening the Ecogram tab until the map is
shown ≤ 300 ms; a drag step (the GUI thread: the mouse event, the re-routed ties and the
repaint) ≤ 16 ms p95; an automatic layout ≤ 200 ms; a PNG export ≤ 1 s.

The household is built with the ecogram services in a fresh store (fast KDF: unlocking is not
measured here). The GUI measurements run the real EcogramTab in this process, on the offscreen
platform unless DISPLAY is set.
"""

from __future__ import annotations

import argparse
import io
import json
import math
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"

# The shared helpers next to this file (also when a test loads this file by its path).
sys.path.insert(0, str(Path(__file__).resolve().parent))
from qt_support import percentile, process_events, wait_until  # noqa: E402

PASSPHRASE = "benchmark passphrase for the ecogram"
if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

GIVEN = ["Sanne", "Noah", "Emma", "Mohammed", "Julia", "Liam", "Fatima", "Daan", "Zoë", "Sem",
         "Aylin", "Lucas", "Mila", "Ravi", "Nora", "Bram", "Ilse", "Youssef", "Tess", "Kofi"]
SURNAMES = ["de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Yilmaz", "El Amrani",
            "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Kaya", "Bos", "Şahin", "Nguyen"]
ROLES = ["oma", "opa", "tante", "oom", "neef", "nicht", "vriendin", "vriend", "buurvrouw",
         "buurman", "collega", "trainer", "kennis", "zus", "broer", ""]


# -- the household --------------------------------------------------------------------------
def build_household(store: Any, network: int, ties: int, *, seed: int = 7) -> tuple[str, str]:
    """A household with four members and `network` people and organisations around it, tied
    by `ties` ties in all; and a small second household to switch away to. Returns both ids."""
    from voordeur.domain.ecogram import node_key
    from voordeur.model.catalogues import (
        ChildType,
        Gender,
        LifeDomain,
        NodeKind,
        OrganisationKind,
        PartnerStatus,
        SupportDirection,
        SupportType,
        TieQuality,
        TieStrength,
    )
    from voordeur.services import ecogram as eco
    from voordeur.services import households as hs
    from voordeur.services.unit_of_work import unit_of_work

    rng = random.Random(seed)
    domains = list(LifeDomain)
    org_kinds = [k for k in OrganisationKind if k != OrganisationKind.OTHER]

    def tie_fields() -> dict[str, Any]:
        return {"strength": rng.choice(list(TieStrength)),
                "quality": rng.choices(list(TieQuality), weights=(5, 3, 2, 1))[0],
                "direction": rng.choice(list(SupportDirection)),
                "support": rng.sample(list(SupportType), rng.randint(0, 3))}

    with unit_of_work(store) as uow:
        household = hs.start_household(uow, "Gezin Yilmaz-de Vries", neighbourhood="Zwolle-Zuid")
        hid = household.id
        mother = hs.add_member(uow, household, first_name="Aylin", last_name="Yilmaz",
                               gender=Gender.FEMALE, birth_year=1988, is_index=True,
                               role="moeder")
        father = hs.add_member(uow, household, first_name="Jeroen", last_name="de Vries",
                               gender=Gender.MALE, birth_year=1985, role="vader")
        kids = [hs.add_member(uow, household, first_name=name, last_name="de Vries",
                              gender=gender, birth_year=year, role="kind")
                for name, gender, year in (("Mila", Gender.FEMALE, 2014),
                                           ("Sem", Gender.MALE, 2017))]
        hs.relate_partners(uow, mother, father, PartnerStatus.COHABITING)
        for parent in (mother, father):
            for kid in kids:
                hs.relate_parent_child(uow, parent, kid, ChildType.BIOLOGICAL)

        # The members tie to the network; the index person (the mother) is the hub.
        members = [node_key(NodeKind.PERSON, p.id) for p in (mother, father, *kids)]
        centre = [*members, node_key(NodeKind.HOUSEHOLD, hid)]
        centre_weights = (45, 25, 10, 8, 12)
        organisations = max(1, network // 4)
        people: list[str] = []
        nodes: list[tuple[str, LifeDomain]] = []
        for i in range(network):
            domain = domains[i % len(domains)]
            closeness = 1 + (i // len(domains)) % 3
            if i % 4 == 3 and organisations > 0:
                organisations -= 1
                kind = org_kinds[i % len(org_kinds)]
                node = eco.add_partner(
                    uow, hid, name=f"{kind.value.replace('_', ' ').title()} Zwolle {i}",
                    kind=kind, life_domain=domain, closeness=closeness,
                    contact_name=f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}")
            else:
                node = eco.add_network_person(
                    uow, hid, first_name=rng.choice(GIVEN), last_name=rng.choice(SURNAMES),
                    role=rng.choice(ROLES), gender=rng.choice([Gender.FEMALE, Gender.MALE]),
                    life_domain=domain, closeness=closeness)
                people.append(node.key)
            nodes.append((node.key, domain))

        domain_of = dict(nodes)
        pairs: set[frozenset[str]] = set()

        def tie(a: str, b: str) -> bool:
            pair = frozenset((a, b))
            if a == b or pair in pairs:
                return False
            pairs.add(pair)
            eco.add_tie(uow, hid, a, b, **tie_fields())
            return True

        for key, _domain in nodes:  # every contact is tied to the household somehow
            tie(rng.choices(centre, weights=centre_weights)[0], key)
        among = (ties - len(nodes)) * 2 // 5  # ties between network people, mostly one sector
        made = 0
        while made < among:
            a = rng.choice(people)
            same = [k for k in people if domain_of[k] == domain_of[a] and k != a]
            b = rng.choice(same) if same and rng.random() < 0.8 else rng.choice(people)
            made += tie(a, b)
        while len(pairs) < ties:  # a second member who knows the contact
            tie(rng.choices(centre, weights=centre_weights)[0], rng.choice(nodes)[0])

        small = hs.start_household(uow, "Gezin Bakker", neighbourhood="Zwolle-Zuid")
        a = hs.add_member(uow, small, first_name="Ilse", last_name="Bakker",
                          gender=Gender.FEMALE, is_index=True)
        hs.add_member(uow, small, first_name="Daan", last_name="Bakker", gender=Gender.MALE)
        a_key = node_key(NodeKind.PERSON, a.id)
        for i in range(3):
            n = eco.add_network_person(uow, small.id, first_name=GIVEN[i], last_name="Bos",
                                       life_domain=domains[i + 1], closeness=2)
            eco.add_tie(uow, small.id, a_key, n.key, **tie_fields())
        return hid, small.id


def _ms(values: list[float]) -> dict[str, float]:
    return {"median_ms": statistics.median(values) * 1000, "max_ms": max(values) * 1000}


# -- automatic layout and export (no GUI) ---------------------------------------------------
def bench_layout(ecogram: Any, runs: int) -> dict[str, Any]:
    from voordeur.domain.ecogram_autolayout import auto_layout
    from voordeur.domain.ecogram_layout import complete_positions

    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        auto_layout(ecogram, complete_positions(ecogram))
        times.append(time.perf_counter() - t0)
    return {"runs": runs, **_ms(times), "all_ms": [t * 1000 for t in times]}


def bench_export(ecogram: Any, runs: int) -> dict[str, Any]:
    from voordeur.export.ecogram_figure import render_ecogram

    preloaded = "matplotlib" in sys.modules
    out: dict[str, Any] = {"runs": runs, "matplotlib_preloaded": preloaded}
    buffer = io.BytesIO()
    t0 = time.perf_counter()
    render_ecogram(ecogram, buffer, fmt="png")
    out["png_first_ms"] = (time.perf_counter() - t0) * 1000
    for fmt in ("png", "svg", "pdf"):
        times = []
        for _ in range(runs):
            buffer = io.BytesIO()
            t0 = time.perf_counter()
            render_ecogram(ecogram, buffer, fmt=fmt)
            times.append(time.perf_counter() - t0)
        out[f"{fmt}_median_ms"] = statistics.median(times) * 1000
        out[f"{fmt}_max_ms"] = max(times) * 1000
        out[f"{fmt}_bytes"] = len(buffer.getvalue())
    return out


# -- the Ecogram tab ------------------------------------------------------------------------
def bench_gui(store: Any, settings_path: Path, hid: str, small_id: str, *, opens: int,
              steps: int, drags: int) -> dict[str, Any]:
    from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from voordeur.gui.app.application import make_application
    from voordeur.gui.common.app_settings import AppSettings
    from voordeur.gui.common.context import make_context
    from voordeur.gui.ecogram.tab import EcogramTab

    app = make_application()
    ctx = make_context(store, AppSettings(settings_path))
    tab = EcogramTab(ctx)
    tab.resize(1366, 700)
    tab.show()
    loads = [0]
    tab.loaded.connect(lambda: loads.__setitem__(0, loads[0] + 1))

    def shown(household_id: str) -> bool:
        return (tab.state is not None and tab.shown is not None
                and tab.state.ecogram.household_id == household_id)

    out: dict[str, Any] = {}
    # -- opening: each time from the small household, so the map really reloads ---------
    walls, fills, calls = [], [], []
    for _ in range(opens):
        tab.set_household(small_id)
        wait_until(lambda: shown(small_id))
        process_events()
        t0 = time.perf_counter()
        tab.set_household(hid)
        calls.append(time.perf_counter() - t0)
        wait_until(lambda: shown(hid))
        process_events()
        tab.view.viewport().repaint()  # the map drawn, as the worker sees it
        walls.append(time.perf_counter() - t0)
        fills.append(tab.last_fill_seconds)
    assert tab.shown is not None
    ecogram = tab.shown.ecogram
    out["open_tab"] = {
        "opens": opens, "shown_median_ms": statistics.median(walls) * 1000,
        "shown_max_ms": max(walls) * 1000, "fill_median_ms": statistics.median(fills) * 1000,
        "fill_max_ms": max(fills) * 1000, "call_median_ms": statistics.median(calls) * 1000,
        "shown_all_ms": [w * 1000 for w in walls]}

    # -- dragging -----------------------------------------------------------------------
    scene, view = tab.scene, tab.view
    viewport = view.viewport()
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier

    class PaintCounter(QObject):
        count = 0

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    paints = PaintCounter()
    viewport.installEventFilter(paints)

    def hit(key: str) -> bool:
        item = scene.node_item(key)
        return item is not None and scene.node_at(item.pos()) is item \
            and viewport.rect().contains(view.mapFromScene(item.pos()))

    tie_count = {n.key: len(ecogram.ties_of(n.key)) for n in ecogram.nodes}
    network = sorted((n.key for n in ecogram.network() if hit(n.key)),
                     key=lambda k: (tie_count[k], k))
    typical = network[len(network) // 2]
    busiest = max((n.key for n in ecogram.nodes if not n.is_household and hit(n.key)),
                  key=lambda k: (tie_count[k], k))

    def drag_once(key: str, forced: bool) -> tuple[float, list[float], float, int]:
        item = scene.node_item(key)
        assert item is not None
        scene.clearSelection()
        process_events()
        start = item.pos()
        a = view.mapFromScene(start)
        t0 = time.perf_counter()
        QTest.mousePress(viewport, left, none, a)
        process_events()
        viewport.repaint()
        press = time.perf_counter() - t0
        if scene.selected_keys() != [key]:
            raise RuntimeError(f"the press did not pick up {key}")
        # A loop of 40 px around the start. QTest.mouseMove carries no buttons, so the
        # moves are sent as mouse events with the left button held (as a real drag).
        step_times, p, painted = [], QPointF(a), paints.count
        for i in range(1, steps + 1):
            angle = 2 * math.pi * i / steps
            p = QPointF(a) + QPointF(40 * (1 - math.cos(angle)), 40 * math.sin(angle))
            p += QPointF(0, 25 * i / steps)  # and end a little lower, so the node moved
            move = QMouseEvent(QMouseEvent.Type.MouseMove, p, viewport.mapToGlobal(p),
                               Qt.MouseButton.NoButton, left, none)
            t0 = time.perf_counter()
            QApplication.sendEvent(viewport, move)
            process_events()  # Qt repaints the dirty part of the viewport here
            if forced:
                viewport.repaint()
            step_times.append(time.perf_counter() - t0)
        painted = paints.count - painted
        before = loads[0]
        t0 = time.perf_counter()
        QTest.mouseRelease(viewport, left, none, QPoint(round(p.x()), round(p.y())))
        process_events()
        viewport.repaint()
        release = time.perf_counter() - t0
        moved = item.pos() != start
        if not moved:
            raise RuntimeError(f"dragging {key} did not move it")
        wait_until(lambda: loads[0] > before)  # the move was saved and the map reloaded
        process_events()
        return press, step_times, release, painted

    for name, key in (("drag_typical", typical), ("drag_busiest", busiest)):
        node = ecogram.node(key)
        out[name] = {"ties": tie_count[key], "member": bool(node is not None and node.member),
                     "drags": drags}
        # As briefed: every step also forces a full repaint of the viewport (an upper bound:
        # Qt has usually just painted the dirty part in processEvents). Then, for comparison,
        # the same drag with only the repaint Qt itself does ("natural_").
        for prefix, forced in (("", True), ("natural_", False)):
            presses, releases, all_steps, painted = [], [], [], 0
            for _ in range(drags):
                press, step_times, release, n = drag_once(key, forced)
                presses.append(press)
                releases.append(release)
                all_steps.extend(step_times)
                painted += n
            out[name].update({
                f"{prefix}steps": len(all_steps),
                f"{prefix}p50_ms": statistics.median(all_steps) * 1000,
                f"{prefix}p95_ms": percentile(all_steps, 0.95) * 1000,
                f"{prefix}max_ms": max(all_steps) * 1000,
                f"{prefix}paints_per_step": painted / len(all_steps),
                f"{prefix}press_ms": statistics.median(presses) * 1000,
                f"{prefix}release_ms": statistics.median(releases) * 1000})

    viewport.removeEventFilter(paints)
    tab.shutdown()
    tab.close()
    tab.deleteLater()
    ctx.runner.close()
    process_events()
    del app
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small data, few runs (a smoke test)")
    parser.add_argument("--out", type=Path, default=RESULTS / "ecogram.json")
    args = parser.parse_args(argv)

    from voordeur.services.ecogram_queries import current_ecogram
    from voordeur.store import vault
    from voordeur.store.store import Store

    network, ties = (30, 60) if args.quick else (150, 300)
    runs = 2 if args.quick else 5
    results: dict[str, Any] = {
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cpus": os.cpu_count(), "qpa": os.environ.get("QT_QPA_PLATFORM", ""),
                    "load_average": list(os.getloadavg()) if hasattr(os, "getloadavg") else []},
        "quick": args.quick,
    }
    with tempfile.TemporaryDirectory(prefix="voordeur-ecogram-bench-") as tmp:
        folder = Path(tmp)
        fast = vault.KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
        store = Store.create(folder / "store", PASSPHRASE, worker_name="Benchmark",
                             team_name="Team", neighbourhood="Zwolle-Zuid", use_keyring=False,
                             kdf=fast)
        try:
            t0 = time.perf_counter()
            hid, small_id = build_household(store, network, ties)
            build_s = time.perf_counter() - t0
            with store.session() as session:
                ecogram = current_ecogram(session, hid)
            results["household"] = {
                "members": len(ecogram.members()), "network_nodes": len(ecogram.network()),
                "ties": len(ecogram.ties), "family_lines": len(ecogram.lines),
                "build_s": build_s}
            # Export first: its first call is the first use of matplotlib in this process.
            results["export"] = bench_export(ecogram, runs)
            results["auto_layout"] = {"nodes": len(ecogram.nodes),
                                      **bench_layout(ecogram, runs)}
            results.update(bench_gui(store, folder / "bench-settings.ini", hid, small_id,
                                     opens=runs, steps=30 if args.quick else 100,
                                     drags=1 if args.quick else 3))
        finally:
            store.close()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2))
    print_table(results)
    return 0


def print_table(r: dict[str, Any]) -> None:
    hh = r["household"]
    size = f"{hh['network_nodes']} contacts, {hh['ties']} ties"
    rows = []
    if "open_tab" in r:
        ot = r["open_tab"]
        rows.append(("Open the Ecogram tab (until shown)", f"{ot['shown_median_ms']:.0f} ms",
                     f"max {ot['shown_max_ms']:.0f} ms; GUI-thread fill "
                     f"{ot['fill_median_ms']:.0f} ms; {size}; target ≤ 300 ms"))
    for name, what in (("drag_typical", "typical contact"), ("drag_busiest", "busiest node")):
        if name in r:
            d = r[name]
            rows.append((f"Drag step, {what}", f"{d['p95_ms']:.1f} ms p95",
                         f"p50 {d['p50_ms']:.1f}, max {d['max_ms']:.1f} ms; {d['ties']} ties; "
                         f"press {d['press_ms']:.0f} ms, release {d['release_ms']:.0f} ms; "
                         "target ≤ 16 ms"))
            rows.append(("  without the forced repaint", f"{d['natural_p95_ms']:.1f} ms p95",
                         f"p50 {d['natural_p50_ms']:.1f}, max {d['natural_max_ms']:.1f} ms; "
                         f"{d['natural_paints_per_step']:.1f} paints a step "
                         f"(forced: {d['paints_per_step']:.1f})"))
    if "auto_layout" in r:
        al = r["auto_layout"]
        rows.append(("Automatic layout", f"{al['median_ms']:.0f} ms",
                     f"max {al['max_ms']:.0f} ms; {al['nodes']} nodes; target ≤ 200 ms"))
    if "export" in r:
        ex = r["export"]
        rows.append(("PNG export (warm)", f"{ex['png_median_ms']:.0f} ms",
                     f"max {ex['png_max_ms']:.0f} ms; {ex['png_bytes'] // 1024} KB; "
                     "target ≤ 1000 ms"))
        rows.append(("PNG export, first in process", f"{ex['png_first_ms']:.0f} ms",
                     "includes importing matplotlib and its fonts; target ≤ 1000 ms"))
        rows.append(("SVG / PDF export (warm)",
                     f"{ex['svg_median_ms']:.0f} / {ex['pdf_median_ms']:.0f} ms",
                     "for information"))
    width = max(len(a) for a, _, _ in rows)
    print(f"{'What'.ljust(width)}  {'Figure':>14}  Notes")
    for what, figure, notes in rows:
        print(f"{what.ljust(width)}  {figure:>14}  {notes}")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
