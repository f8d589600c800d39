"""Export speed: a visit summary and the family plan as PDF, DOCX and Markdown.

    python benchmarks/export.py [--quick]

Writes benchmarks/results/export.json and prints a table. Targets (warm, in the app's process):
a PDF visit summary with the ecogram and the score chart ≤ 1.5 s, a DOCX summary ≤ 1 s, a
family-plan PDF ≤ 2 s. Each figure is the whole export as the worker waits for it: reading the
store, building the document, drawing the ecogram and chart, laying out the file and writing it
(atomically, with its access-log entry).

The household is the demo household with the largest network in a fresh demo store (fast KDF:
unlocking is not measured). The first export in a process also pays for importing matplotlib
and ReportLab and loading their fonts; the app does that in the background when the export
dialog opens, the command line once per run. Both figures are reported.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
PASSPHRASE = "benchmark passphrase for exports"

TARGETS_MS = {"summary_pdf": 1500, "summary_docx": 1000, "plan_pdf": 2000}


def pick_household(store: Any) -> tuple[str, str]:
    """The demo household with the largest network, and its latest final visit; one with a
    partner that has valid consent when there is one (so the partner version is measured)."""
    from sqlmodel import col, select

    from voordeur.model import Person, Visit
    from voordeur.model.catalogues import VisitStatus
    from voordeur.services.summary_content import partner_choices

    candidates = []
    with store.session() as session:
        counts: dict[str, int] = {}
        for household_id in session.exec(select(Person.household_id)).all():
            counts[household_id] = counts.get(household_id, 0) + 1
        for household_id in sorted(counts, key=lambda h: -counts[h]):
            visit = session.exec(
                select(Visit).where(Visit.household_id == household_id,
                                    Visit.status == VisitStatus.FINAL)
                .order_by(col(Visit.starts_at).desc())).first()
            if visit is not None:
                candidates.append((household_id, visit.id))
    if not candidates:
        raise SystemExit("the demo store has no final visit")
    for household_id, visit_id in candidates:  # one session at a time
        if any(c.valid for c in partner_choices(store, household_id)):
            return household_id, visit_id
    return candidates[0]


def timed_export(store: Any, folder: Path, name: str, make: Any, fmt: Any) -> dict[str, float]:
    from voordeur.services.summary_export import export_document

    out = folder / name
    t0 = time.perf_counter()
    doc = make()
    t1 = time.perf_counter()
    export_document(store, doc, fmt, out)
    t2 = time.perf_counter()
    return {"total": t2 - t0, "content": t1 - t0, "render_write": t2 - t1,
            "bytes": out.stat().st_size}


def bench(store: Any, folder: Path, name: str, make: Any, fmt: Any,
          runs: int) -> dict[str, Any]:
    samples = [timed_export(store, folder, name, make, fmt) for _ in range(runs)]
    totals = [s["total"] for s in samples]
    return {"runs": runs, "median_ms": statistics.median(totals) * 1000,
            "max_ms": max(totals) * 1000,
            "content_median_ms": statistics.median(s["content"] for s in samples) * 1000,
            "render_write_median_ms": statistics.median(s["render_write"] for s in samples) * 1000,
            "bytes": int(samples[-1]["bytes"])}


def pdf_pages(path: Path) -> int:
    try:
        import pypdfium2 as pdfium
    except ImportError:  # a dev dependency; the figure is informative only
        return -1
    with pdfium.PdfDocument(str(path)) as pdf:
        return len(pdf)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small data, few runs (a smoke test)")
    parser.add_argument("--out", type=Path, default=RESULTS / "export.json")
    args = parser.parse_args(argv)

    from voordeur.export.summary_document import Audience, ExportFormat
    from voordeur.services.demo import generate_demo
    from voordeur.services.summary_content import family_plan, partner_choices, visit_summary
    from voordeur.store import vault
    from voordeur.store.store import Store

    runs = 2 if args.quick else 7
    results: dict[str, Any] = {
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cpus": os.cpu_count(),
                    "load_average": list(os.getloadavg()) if hasattr(os, "getloadavg") else []},
        "quick": args.quick,
        "targets_ms": TARGETS_MS,
    }
    with tempfile.TemporaryDirectory(prefix="voordeur-export-bench-") as tmp:
        folder = Path(tmp)
        fast = vault.KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
        store = Store.create(folder / "store", PASSPHRASE, worker_name="Benchmark",
                             team_name="Team", neighbourhood="Zwolle-Zuid", use_keyring=False,
                             kdf=fast)
        try:
            generate_demo(store, households=3 if args.quick else 12, seed=11)
            household_id, visit_id = pick_household(store)
            partners = [c for c in partner_choices(store, household_id) if c.valid]
            doc = visit_summary(store, visit_id, Audience.FILE)
            ecogram = next(b.ecogram for b in doc.figures if hasattr(b, "ecogram"))
            results["household"] = {"network_nodes": len(ecogram.network()),
                                    "members": len(ecogram.members()),
                                    "ties": len(ecogram.ties), "sections": len(doc.sections)}

            def summary(audience: Audience = Audience.FAMILY) -> Any:
                org = partners[0].organisation_id if audience == Audience.PARTNER else None
                return visit_summary(store, visit_id, audience, organisation_id=org)

            def plan() -> Any:
                return family_plan(store, household_id, Audience.FAMILY)

            preloaded = {m: m in sys.modules for m in ("matplotlib", "reportlab", "docx")}
            first = timed_export(store, folder, "first.pdf", summary, ExportFormat.PDF)
            results["first_in_process"] = {"summary_pdf_ms": first["total"] * 1000,
                                           "preloaded": preloaded}
            cases = {
                "summary_pdf": ("summary.pdf", summary, ExportFormat.PDF),
                "summary_docx": ("summary.docx", summary, ExportFormat.DOCX),
                "summary_md": ("summary.md", summary, ExportFormat.MARKDOWN),
                "summary_file_pdf": ("file.pdf", lambda: summary(Audience.FILE),
                                     ExportFormat.PDF),
                "plan_pdf": ("plan.pdf", plan, ExportFormat.PDF),
                "plan_docx": ("plan.docx", plan, ExportFormat.DOCX),
            }
            if partners:
                cases["summary_partner_pdf"] = ("partner.pdf",
                                                lambda: summary(Audience.PARTNER),
                                                ExportFormat.PDF)
            for key, (name, make, fmt) in cases.items():
                results[key] = bench(store, folder, name, make, fmt, runs)
                if fmt == ExportFormat.PDF:
                    results[key]["pages"] = pdf_pages(folder / name)
        finally:
            store.close()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2))
    print_table(results)
    return 0


LABELS = {
    "summary_pdf": "Visit summary, family, PDF",
    "summary_docx": "Visit summary, family, DOCX",
    "summary_md": "Visit summary, family, Markdown",
    "summary_file_pdf": "Visit summary, case file, PDF",
    "summary_partner_pdf": "Visit summary, partner, PDF",
    "plan_pdf": "Family plan, family, PDF",
    "plan_docx": "Family plan, family, DOCX",
}


def print_table(r: dict[str, Any]) -> None:
    hh = r["household"]
    print(f"Household: {hh['members']} members, {hh['network_nodes']} contacts, "
          f"{hh['ties']} ties")
    rows = [("What", "Median", "Details")]
    for key, label in LABELS.items():
        if key not in r:
            continue
        x = r[key]
        target = TARGETS_MS.get(key)
        details = (f"max {x['max_ms']:.0f} ms; content {x['content_median_ms']:.0f} ms, "
                   f"render+write {x['render_write_median_ms']:.0f} ms; "
                   f"{x['bytes'] // 1024} KB")
        if "pages" in x:
            details += f", {x['pages']} pages"
        if target:
            details += f"; target ≤ {target} ms"
        rows.append((label, f"{x['median_ms']:.0f} ms", details))
    first = r["first_in_process"]
    rows.append(("First PDF summary in a process", f"{first['summary_pdf_ms']:.0f} ms",
                 "includes importing matplotlib and ReportLab and loading fonts"))
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))


if __name__ == "__main__":
    sys.exit(main())
