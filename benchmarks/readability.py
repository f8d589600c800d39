"""Readability of the family documents: the Dutch Flesch–Douma score of the family's visit
summary and family plan, for every household of a fixed demo store.

    .venv/bin/pip install textstat       # not a project dependency: only this script uses it
    .venv/bin/python benchmarks/readability.py [--out benchmarks/results/readability.json]

Each document is exported as Markdown through the real pipeline (`render_document`), parsed back
with markdown-it-py and reduced to its text: every heading, paragraph line, list item and table
cell counts as one sentence (a full stop is added where it has none), because a table cell is
read on its own. The demo store is made on a fixed day with a fixed seed, so the figures only
move when the documents' own wording does. Higher is easier; 60–70 is about B1 ("makkelijk").
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
PASSPHRASE = "benchmark passphrase for readability"
DAY = datetime(2026, 3, 3, 11, 0, tzinfo=UTC)
SEED = 11
HOUSEHOLDS = 8


def plain_text(markdown: str) -> str:
    """The text a reader reads: one sentence per block, table cell or line."""
    from markdown_it import MarkdownIt

    pieces: list[str] = []
    for token in MarkdownIt("commonmark").enable("table").parse(markdown):
        if token.type != "inline":
            continue
        parts = [""]
        for child in token.children or ():
            if child.type in ("softbreak", "hardbreak"):
                parts.append("")
            elif child.type in ("text", "code_inline"):
                parts[-1] += child.content
        pieces += [p.strip() for p in parts if p.strip()]
    return "\n".join(p if p[-1] in ".!?:" else f"{p}." for p in pieces)


def family_texts(store: Any) -> dict[str, list[str]]:
    from sqlmodel import col, select

    from voordeur.export.summary_document import Audience, ExportFormat
    from voordeur.model import Household, Visit
    from voordeur.model.catalogues import VisitStatus
    from voordeur.services.summary_content import family_plan, visit_summary
    from voordeur.services.summary_export import render_document

    with store.session() as session:
        households = [h.id for h in session.exec(select(Household).order_by(col(Household.id)))]
        latest = {}
        for household_id in households:
            visit = session.exec(select(Visit).where(
                Visit.household_id == household_id, Visit.status == VisitStatus.FINAL)
                .order_by(col(Visit.starts_at).desc())).first()
            if visit is not None:
                latest[household_id] = visit.id
    texts: dict[str, list[str]] = {"summary": [], "plan": []}
    for household_id in households:
        if household_id in latest:
            doc = visit_summary(store, latest[household_id], Audience.FAMILY)
            texts["summary"].append(plain_text(
                render_document(doc, ExportFormat.MARKDOWN).decode()))
        doc = family_plan(store, household_id, Audience.FAMILY)
        texts["plan"].append(plain_text(render_document(doc, ExportFormat.MARKDOWN).decode()))
    return texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=RESULTS / "readability.json")
    parser.add_argument("--label", default="", help="a note stored with the figures")
    args = parser.parse_args(argv)
    try:
        import textstat
    except ImportError:
        raise SystemExit("needs textstat: .venv/bin/pip install textstat") from None
    textstat.set_lang("nl")

    from voordeur import clock
    from voordeur.services.demo import generate_demo
    from voordeur.store import vault
    from voordeur.store.store import Store

    with tempfile.TemporaryDirectory(prefix="voordeur-readability-") as tmp, clock.use(DAY):
        fast = vault.KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
        store = Store.create(Path(tmp) / "store", PASSPHRASE, worker_name="Anne de Wit",
                             team_name="Team Zuid", neighbourhood="Zwolle-Zuid",
                             use_keyring=False, kdf=fast)
        try:
            generate_demo(store, households=HOUSEHOLDS, seed=SEED)
            texts = family_texts(store)
        finally:
            store.close()

    result: dict[str, Any] = {"measure": "Flesch-Douma (textstat, nl)", "seed": SEED,
                              "day": DAY.date().isoformat(), "label": args.label}
    for kind, documents in texts.items():
        scores = [textstat.flesch_reading_ease(text) for text in documents]
        result[kind] = {
            "documents": len(documents),
            "mean": round(statistics.fmean(scores), 1),
            "min": round(min(scores), 1),
            "max": round(max(scores), 1),
            "all_text": round(textstat.flesch_reading_ease("\n".join(documents)), 1),
            "words": sum(textstat.lexicon_count(text) for text in documents),
        }
        print(f"{kind:8} mean {result[kind]['mean']:5.1f}  (min {result[kind]['min']}, "
              f"max {result[kind]['max']}, all text {result[kind]['all_text']}, "
              f"{len(documents)} documents)")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", "utf-8")
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
