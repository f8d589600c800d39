"""Hostile values and a seeded mutator of Voordeur export documents (the import fuzz test and
the server's push tests share them).

`mutate(doc, rng)` applies one to three mutations to a deep copy of a valid export and returns
the file's bytes and what was done. Everything comes from the `random.Random` passed in, so a
seed always gives the same files.
"""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

HUGE_INT_MARK = "__HUGE_INT__"

# Text that once broke a later command, or might: control characters (NUL first), separators,
# directional and zero-width marks, non-BMP characters, markup of the output formats.
HOSTILE_TEXT = (
    "\x00", "Jan\x00Bakker", "\x01", "\x08", "\x0b", "\x0c", "\x1b[31m", "\x1f", "\x7f",
    "\x85", "\x9f", "\t", "\n", "a\nb", "\r", "\r\n", "\u2028", "\u2029", "\ufeff", "\u202e",
    "\u200b", "\ufffe", "\uffff", "\U0001f600", "漢字", "e\u0301", "\U0010fffd", "<b>&amp;</b>",
    "**vet** _x_ # kop | a |", "%s %(x)s {0}", "'); DROP TABLE person;--", "\\", "",
)
BIG_NUMBERS: tuple[Any, ...] = (
    10**100, -(10**30), 2**63, 2**64, -(2**63) - 1, 2**31, -1, 0, 1.7976931348623157e308,
    -1e308, 5e-324, 1e300, 0.5, 12.75, 10**19,
)
LONG_LENGTHS = (101, 200, 201, 501, 1001, 2001, 20_000, 200_001)
EXTREME_DATETIMES = (
    "0001-01-01T00:00:00+01:00", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59-14:00",
    "9999-12-31T23:59:59.999999Z", "1899-12-31T23:00:00Z", "2200-01-01T00:00:00+00:00",
    "1970-01-01T00:00:00Z", "2026-02-29T10:00:00Z",
)
EXTREME_DATES = ("0001-01-01", "9999-12-31", "1899-12-31", "1900-01-01", "2199-12-31",
                 "2200-01-01", "2024-02-29", "2026-13-01")


@dataclass
class Mutated:
    data: bytes
    kinds: list[str] = field(default_factory=list)
    tables: set[str] = field(default_factory=set)
    # Visits and snapshots a mutation touched: the later commands to try on them.
    visit_ids: set[str] = field(default_factory=set)
    snapshot_ids: set[str] = field(default_factory=set)

    @property
    def signature(self) -> frozenset[tuple[str, str]]:
        tables = sorted(self.tables) or ["-"]
        return frozenset((k, t) for k in self.kinds for t in tables)


def random_json(rng: random.Random, depth: int = 0) -> Any:
    """Any JSON value, small: scalars, hostile text, nested arrays and objects."""
    roll = rng.randrange(10 if depth < 3 else 6)
    if roll == 0:
        return None
    if roll == 1:
        return rng.choice((True, False))
    if roll == 2:
        return rng.choice(BIG_NUMBERS)
    if roll == 3:
        return rng.randint(-5, 5)
    if roll in (4, 5):
        return rng.choice((*HOSTILE_TEXT, "format", "nodes", "person:x", "household"))
    if roll in (6, 7):
        return [random_json(rng, depth + 1) for _ in range(rng.randrange(4))]
    keys = ("format", "household_id", "title", "nodes", "ties", "lines", "positions", "key",
            "kind", "name", "id", "source", "target", "a", "b", "x")
    return {rng.choice(keys): random_json(rng, depth + 1) for _ in range(rng.randrange(5))}


def hostile_text(rng: random.Random, original: str) -> str:
    piece = rng.choice(HOSTILE_TEXT)
    at = rng.randrange(len(original) + 1)
    return original[:at] + piece + original[at:]


def _records(doc: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Every record still shaped like one (an earlier mutation may have broken the rest)."""
    records = doc.get("records")
    if not isinstance(records, dict):
        return []
    return [(t, r) for t, rows in records.items() if isinstance(rows, list)
            for r in rows if isinstance(r, dict) and r]


def _pick(rng: random.Random, doc: dict[str, Any],
          want: Callable[[str, str, Any], bool]) -> tuple[str, dict[str, Any], str] | None:
    found = [(t, r, k) for t, r in _records(doc) for k, v in r.items() if want(t, k, v)]
    return rng.choice(found) if found else None


def _note(m: Mutated, table: str, record: dict[str, Any]) -> None:
    """Remember what a mutation touched; ids a mutation replaced by other JSON are skipped."""
    m.tables.add(table)
    own, visit = record.get("id"), record.get("visit_id")
    if table == "visit" and isinstance(own, str):
        m.visit_ids.add(own)
    elif isinstance(visit, str) and visit:
        m.visit_ids.add(visit)
    if table == "ecogram_snapshot" and isinstance(own, str):
        m.snapshot_ids.add(own)


def _is_text(t: str, k: str, v: Any) -> bool:
    return isinstance(v, str) and k != "id" and not k.endswith("_id") and not k.endswith("_at")


def _in_snapshot(rng: random.Random, data: Any) -> None:
    """Change one value somewhere inside a snapshot's data, or remove one key."""
    containers: list[Any] = []

    def walk(value: Any) -> None:
        if isinstance(value, dict | list):
            containers.append(value)
            for child in value.values() if isinstance(value, dict) else value:
                walk(child)

    walk(data)
    target = rng.choice(containers) if containers else None
    if not target:
        return
    key: Any = rng.choice(list(target)) if isinstance(target, dict) else rng.randrange(len(target))
    old = target[key]
    roll = rng.randrange(6)
    if roll == 0 and isinstance(target, dict):
        del target[key]
    elif roll == 1 and isinstance(old, str):
        target[key] = hostile_text(rng, old)
    elif roll == 2:
        target[key] = rng.choice(BIG_NUMBERS)
    elif roll == 3 and isinstance(old, str):
        target[key] = old * rng.choice((50, 2000))
    else:
        target[key] = random_json(rng)


def mutate(source: dict[str, Any], rng: random.Random) -> Mutated:
    doc = copy.deepcopy(source)
    m = Mutated(b"")
    huge: list[str] = []
    for _ in range(rng.choice((1, 1, 2, 3))):
        if not _records(doc):
            break  # an earlier mutation took the records away: nothing left to change
        kind = rng.choice(KINDS)
        m.kinds.append(kind)
        if kind == "huge_int":
            pick = _pick(rng, doc, lambda t, k, v: isinstance(v, int | float) or k.endswith("_at"))
            if pick:
                table, record, key = pick
                record[key] = HUGE_INT_MARK
                huge.append(("-" if rng.random() < 0.3 else "") + "9" * rng.randint(4301, 6000))
                _note(m, table, record)
        elif kind == "big_number":
            pick = _pick(rng, doc, lambda t, k, v: (isinstance(v, int | float)
                         and not isinstance(v, bool)) or v is None)
            if pick:
                table, record, key = pick
                record[key] = rng.choice(BIG_NUMBERS)
                _note(m, table, record)
        elif kind == "long_string":
            pick = _pick(rng, doc, _is_text)
            if pick:
                table, record, key = pick
                record[key] = (record[key] or "x") * (rng.choice(LONG_LENGTHS)
                                                     // max(1, len(record[key])) + 1)
                record[key] = record[key][: rng.choice(LONG_LENGTHS)]
                _note(m, table, record)
        elif kind == "control_chars":
            pick = _pick(rng, doc, _is_text)
            if pick:
                table, record, key = pick
                record[key] = hostile_text(rng, record[key])
                _note(m, table, record)
        elif kind == "wrong_type":
            table, record = rng.choice(_records(doc))
            key = rng.choice(list(record))
            record[key] = random_json(rng)
            _note(m, table, record)
        elif kind.startswith("snapshot") and doc["records"]["ecogram_snapshot"]:
            record = rng.choice(doc["records"]["ecogram_snapshot"])
            if kind == "snapshot_arbitrary":
                record["data"] = random_json(rng)
                if rng.random() < 0.5 and isinstance(record["data"], dict):
                    record["data"]["format"] = 1
            else:
                _in_snapshot(rng, record["data"])
            _note(m, "ecogram_snapshot", record)
        elif kind == "missing_key":
            if rng.random() < 0.1:
                doc.pop(rng.choice(list(doc)))
            else:
                table, record = rng.choice(_records(doc))
                record.pop(rng.choice([k for k in record if k != "id"]))
                _note(m, table, record)
        elif kind == "duplicate_id":
            (t1, r1), (t2, r2) = rng.sample(_records(doc), 2)
            r2["id"] = r1["id"]
            m.tables |= {t1, t2}
        elif kind == "extreme_date":
            pick = _pick(rng, doc, lambda t, k, v: k.endswith(("_at", "_on", "_date"))
                         and isinstance(v, str | None) and k != "deleted_at")
            if pick:
                table, record, key = pick
                record[key] = rng.choice(EXTREME_DATETIMES if key.endswith("_at")
                                         else EXTREME_DATES)
                _note(m, table, record)
        elif kind == "list_items":
            pick = _pick(rng, doc, lambda t, k, v: isinstance(v, list))
            if pick:
                table, record, key = pick
                items = record[key] or [rng.choice(HOSTILE_TEXT)]
                record[key] = (items * rng.choice((2, 100, 3000)))[: rng.choice((2, 501, 3000))]
                _note(m, table, record)
        elif kind == "drop_record":
            table, record = rng.choice(_records(doc))
            doc["records"][table].remove(record)
            m.tables.add(table)
        elif kind == "reference_swap":
            pick = _pick(rng, doc, lambda t, k, v: k.endswith("_id") and k != "id" and v)
            if pick:
                table, record, key = pick
                record[key] = rng.choice(_records(doc))[1]["id"]
                _note(m, table, record)
    text = json.dumps(doc, ensure_ascii=rng.random() < 0.5)
    for digits in huge:
        text = text.replace(f'"{HUGE_INT_MARK}"', digits, 1)
    m.data = text.encode("utf-8", "surrogatepass")
    return m


KINDS = ("huge_int", "big_number", "long_string", "control_chars", "control_chars",
         "wrong_type", "snapshot_arbitrary", "snapshot_inside", "snapshot_inside",
         "missing_key", "duplicate_id", "extreme_date", "list_items", "drop_record",
         "reference_swap")
