"""Render example summaries of a synthetic demo household to PNG pages for docs/summaries/.

    .venv/bin/python scripts/summary_examples.py [--out docs/summaries] [--all-pages]

Makes a throw-away demo store (synthetic data, fixed seed), picks the demo household with the
largest network that has a final visit and a partner with valid consent, exports the visit
summary for the family, that partner and the case file, and the family plan for the family, as
PDF, and renders pages to PNG (pypdfium2, a dev dependency). By default one page of each: the
first page, and the ecogram page of the partner version (to show roles instead of names).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "example summaries passphrase"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "summaries")
    parser.add_argument("--all-pages", action="store_true", help="render every page")
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args(argv)

    import pypdfium2 as pdfium

    from voordeur.export.summary_document import Audience, ExportFormat
    from voordeur.services.demo import generate_demo
    from voordeur.services.summary_content import family_plan, partner_choices, visit_summary
    from voordeur.services.summary_export import render_document
    from voordeur.store import vault
    from voordeur.store.store import Store

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="voordeur-examples-") as tmp:
        fast = vault.KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
        store = Store.create(Path(tmp) / "store", PASSPHRASE, worker_name="Anne de Wit",
                             team_name="Team Zuid", neighbourhood="Zwolle-Zuid",
                             use_keyring=False, kdf=fast)
        try:
            generate_demo(store, households=8, seed=args.seed)
            household_id, visit_id, partner_id = _pick(store, partner_choices)
            documents = {
                "family": visit_summary(store, visit_id, Audience.FAMILY),
                "partner": visit_summary(store, visit_id, Audience.PARTNER,
                                         organisation_id=partner_id),
                "file": visit_summary(store, visit_id, Audience.FILE),
                "plan-family": family_plan(store, household_id, Audience.FAMILY),
            }
            for name, doc in documents.items():
                data = render_document(doc, ExportFormat.PDF)
                pdf = pdfium.PdfDocument(data)
                try:
                    pages = range(len(pdf)) if args.all_pages else _pages(name, pdf)
                    for index in pages:
                        image = pdf[index].render(scale=1.4).to_pil()
                        target = args.out / f"{name}-page{index + 1}.png"
                        image.save(target, optimize=True)
                        print(f"{target}  (page {index + 1} of {len(pdf)})")
                finally:
                    pdf.close()
        finally:
            store.close()
    return 0


def _pick(store, partner_choices):  # type: ignore[no-untyped-def]
    """The demo household with the most people that has a final visit and a partner with valid
    consent covering the network (so the example shows roles on the ecogram)."""
    from sqlmodel import col, func, select

    from voordeur.model import Person, Visit
    from voordeur.model.catalogues import ConsentTopic, VisitStatus

    candidates = []
    with store.session() as session:
        sizes = session.exec(select(Person.household_id, func.count())
                             .group_by(Person.household_id)
                             .order_by(func.count().desc())).all()
        for household_id, _ in sizes:
            visit = session.exec(select(Visit).where(
                Visit.household_id == household_id, Visit.status == VisitStatus.FINAL)
                .order_by(col(Visit.starts_at).desc())).first()
            if visit is not None:
                candidates.append((household_id, visit.id))
    for household_id, visit_id in candidates:  # one session at a time
        partners = [c for c in partner_choices(store, household_id)
                    if c.valid and ConsentTopic.NETWORK in c.topics]
        if partners:
            return household_id, visit_id, partners[0].organisation_id
    raise SystemExit("no demo household with a final visit and a partner with consent")


def _pages(name: str, pdf) -> list[int]:  # type: ignore[no-untyped-def]
    """The first page; for the partner also the landscape ecogram page."""
    pages = [0]
    if name == "partner":
        for index in range(1, len(pdf)):
            width, height = pdf[index].get_size()
            if width > height:
                pages.append(index)
                break
    return pages


if __name__ == "__main__":
    sys.exit(main())
