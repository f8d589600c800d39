"""Values made safe to render: every text inside a document or a map passed through
`value_rules.printable` (no control characters; tabs as spaces). Import and sync refuse such
text now, but a store may hold some from before, and no renderer may fail on it (a NUL in a name
stopped the PDF: "No glyphs have been loaded")."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from enum import Enum
from typing import Any, TypeVar

from voordeur.model.value_rules import printable

T = TypeVar("T")


def printable_copy(value: T) -> T:
    """`value` with every str inside (dataclasses, tuples, lists, dicts) made printable; the
    same object when nothing needed a change."""
    return _copy(value)  # type: ignore[no-any-return]


def _copy(value: Any) -> Any:
    if isinstance(value, Enum):
        return value
    if isinstance(value, str):
        return printable(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for f in dataclasses.fields(value):
            if not f.init:
                continue
            old = getattr(value, f.name)
            new = _copy(old)
            if new is not old and new != old:
                changes[f.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    if isinstance(value, tuple) and not hasattr(value, "_fields"):
        items = tuple(_copy(v) for v in value)
        return value if items == value else items
    if isinstance(value, list):
        items_list = [_copy(v) for v in value]
        return value if items_list == value else items_list
    if isinstance(value, Mapping):
        pairs = {_copy(k): _copy(v) for k, v in value.items()}
        return value if pairs == dict(value) else pairs
    return value
