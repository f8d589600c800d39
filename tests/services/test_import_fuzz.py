"""Fuzzed imports (issue 18): nothing crashes `voordeur import`, and nothing it accepts breaks a
later command.

What is covered, all seeded (`random.Random(SEED)`, no wall clock):
- N_FILES mutated copies of a real export of a small demo store (one household: people, ties,
  positions, visits with note revisions, snapshots, goals, scores, agreements, consent), each
  with one to three mutations from `testsupport_fuzz.KINDS`: numbers over Python's 4,300-digit
  limit, big and non-finite-looking numbers, long strings, control characters (NUL first) and
  other odd text, wrong types, arbitrary or damaged `ecogram_snapshot.data`, missing keys,
  duplicate ids, extreme dates, long lists, dropped records, swapped references.
- Every file goes through `parse_document` (the whole file check of `voordeur import`): it is
  either accepted or refused with `ImportRefused`; anything else is a crash. The counts are
  printed (`pytest -s`).
- Writing and rendering cost about a second per file, so they are done for a sample: the first
  accepted file of every mutation kind, filled up to FULL_CHECKS with a seeded sample of the
  other accepted files. Each is imported (into one store, one after the other, so later files
  meet the state earlier ones left), then: exported again (and that export re-read by import),
  the family plan of every household and the summary of the first touched visit (or of the
  latest one with a snapshot) rendered to Markdown, PDF and DOCX for the case file, and the
  current ecogram and every touched snapshot drawn (as SVG; the summaries drew them as PNG).
"""

from __future__ import annotations

import io
import random
from collections.abc import Iterator
from typing import Any

import pytest
from sqlmodel import col, select

from testsupport import DEMO_DAY, PASSPHRASE, fast_kdf_params
from testsupport_fuzz import KINDS, Mutated, mutate
from voordeur.export.ecogram_figure import render_ecogram
from voordeur.export.summary_document import Audience, ExportFormat
from voordeur.export.summary_figures import figure_pngs
from voordeur.model import EcogramSnapshot, Household, Visit
from voordeur.services.data_export import build_document, encode_document
from voordeur.services.data_import import ImportRefused, import_document, parse_document
from voordeur.services.demo import generate_demo
from voordeur.services.ecogram_queries import current_ecogram, load_snapshot
from voordeur.services.summary_content import family_plan, visit_summary
from voordeur.services.summary_export import render_document
from voordeur.store.store import Store

SEED = 18
N_FILES = 1000
FULL_CHECKS = 20


@pytest.fixture(scope="module")
def demo_export(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    store = Store.create(tmp_path_factory.mktemp("demo") / "store", PASSPHRASE,
                         worker_name="Demo", team_name="Demo", use_keyring=False,
                         kdf=fast_kdf_params())
    try:
        generate_demo(store, households=1, seed=5, reference_day=DEMO_DAY)
        yield build_document(store)
    finally:
        store.close()


def fuzz_files(source: dict[str, Any]) -> Iterator[Mutated]:
    rng = random.Random(SEED)
    for _ in range(N_FILES):
        yield mutate(source, rng)


def test_every_fuzzed_file_is_imported_or_refused_and_later_commands_work(
    demo_export: dict[str, Any], store: Store
) -> None:
    accepted: list[tuple[int, Mutated, Any]] = []
    refused, crashes = 0, []
    for index, mutated in enumerate(fuzz_files(demo_export)):
        try:
            document = parse_document(mutated.data)
        except ImportRefused as exc:
            assert str(exc).startswith("the file was not imported"), exc
            refused += 1
            continue
        except Exception as exc:
            crashes.append(f"file {index} {mutated.kinds}: {type(exc).__name__}: {exc!s:.200}")
            continue
        accepted.append((index, mutated, document))
    print(f"\nfuzzed imports: {N_FILES} files, {len(accepted)} accepted, {refused} refused, "
          f"{len(crashes)} crashes")
    assert not crashes, "\n".join(crashes[:20])
    assert refused and accepted  # the mutations reach both sides

    checked, later_failures = 0, []
    for index, mutated, document in _sample(accepted):
        try:
            import_document(store, document)
        except ImportRefused:
            continue  # e.g. a reference to a record neither in the file nor in the store
        except Exception as exc:
            crashes.append(f"file {index} {mutated.kinds}: import: {type(exc).__name__}: "
                           f"{exc!s:.200}")
            continue
        checked += 1
        try:
            _later_commands(store, mutated)
        except Exception as exc:
            later_failures.append(f"file {index} {mutated.kinds}: {type(exc).__name__}: "
                                  f"{exc!s:.300}")
    print(f"imported and rendered: {checked} files, {len(crashes)} import crashes, "
          f"{len(later_failures)} failed later")
    assert not crashes, "\n".join(crashes)
    assert not later_failures, "\n".join(later_failures)
    assert checked >= FULL_CHECKS // 2


def _sample(accepted: list[tuple[int, Mutated, Any]]) -> list[tuple[int, Mutated, Any]]:
    chosen: dict[int, tuple[int, Mutated, Any]] = {}
    for kind in dict.fromkeys(KINDS):
        first = next((a for a in accepted if kind in a[1].kinds), None)
        if first is not None:
            chosen[first[0]] = first
    rest = [a for a in accepted if a[0] not in chosen]
    for item in random.Random(SEED).sample(rest, min(len(rest), FULL_CHECKS - len(chosen))):
        chosen[item[0]] = item
    return [chosen[i] for i in sorted(chosen)]


def _later_commands(store: Store, mutated: Mutated) -> None:
    exported = build_document(store)
    parse_document(encode_document(exported))
    with store.session() as session:
        households = session.exec(select(Household.id).where(
            col(Household.deleted_at).is_(None))).all()
        visits = set(session.exec(select(Visit.id).where(
            col(Visit.id).in_(mutated.visit_ids), col(Visit.deleted_at).is_(None))).all())
        snapshots = session.exec(select(EcogramSnapshot).where(
            col(EcogramSnapshot.deleted_at).is_(None)).order_by(
            col(EcogramSnapshot.taken_at))).all()
        if not visits:
            with_snapshot = [s.visit_id for s in snapshots if s.visit_id]
            visits = {with_snapshot[-1]} if with_snapshot else set()
        snapshot_ids = [s.id for s in snapshots if s.id in mutated.snapshot_ids]
        ecograms = [current_ecogram(session, h) for h in households]
    documents = [family_plan(store, h, Audience.FILE, today=DEMO_DAY) for h in households]
    documents += [visit_summary(store, v, Audience.FILE, today=DEMO_DAY)
                  for v in sorted(visits)[:1]]
    for doc in documents:
        render_document(doc, ExportFormat.MARKDOWN)
        figures = figure_pngs(doc, dpi=30)
        render_document(doc, ExportFormat.PDF, figures=figures)
        render_document(doc, ExportFormat.DOCX, figures=figures)
    ecograms += [load_snapshot(store, s) for s in snapshot_ids]
    for ecogram in ecograms:  # the summaries drew PNGs already; SVG keeps the text as text
        render_ecogram(ecogram, io.BytesIO(), fmt="svg")


def test_the_fuzz_is_seeded(demo_export: dict[str, Any]) -> None:
    first = [m.data for _, m in zip(range(5), fuzz_files(demo_export), strict=False)]
    again = [m.data for _, m in zip(range(5), fuzz_files(demo_export), strict=False)]
    assert first == again
