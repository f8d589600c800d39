"""The bounds of a stored ecogram snapshot (`EcogramSnapshot.data`), checked whenever one is read
(`Ecogram.from_dict`): at import, at a push to the team server, in a pulled page and when a
snapshot is shown. Whatever passes can be laid out and drawn.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from voordeur.model import value_rules as rules

if TYPE_CHECKING:
    from voordeur.domain.ecogram import Ecogram

MAX_NODES = 2000
MAX_TIES = 10_000
MAX_LINES = 2000
MAX_LABEL_CHARS = 500  # names, roles, titles (a person's name is first + last name)
MAX_NOTE_CHARS = 2000  # as Tie.note
MAX_KEY_CHARS = 100  # "organisation:<uuid>"


def check_shape(data: Mapping[str, Any]) -> None:
    """Before reading: the lists are lists of objects and not too long; raises ValueError."""
    for name, limit in (("nodes", MAX_NODES), ("ties", MAX_TIES), ("lines", MAX_LINES)):
        items = data.get(name, [])
        if not isinstance(items, list) or not all(isinstance(i, Mapping) for i in items):
            raise TypeError(name)
        if len(items) > limit:
            raise ValueError(f"too many {name}: at most {limit}")
    positions = data.get("positions", {})
    if not isinstance(positions, Mapping) or len(positions) > MAX_NODES:
        raise ValueError("too many positions" if isinstance(positions, Mapping) else "positions")
    for value in positions.values():
        if not isinstance(value, list | tuple) or len(value) != 2 \
                or not all(isinstance(v, int | float) and not isinstance(v, bool) for v in value):
            raise TypeError("positions")


def ecogram_problem(ecogram: Ecogram) -> str | None:
    """Why a read snapshot cannot be shown, naming the part (never a value); None if it can."""
    texts: list[tuple[str, str, int]] = [("title", ecogram.title, MAX_LABEL_CHARS),
                                         ("household_id", ecogram.household_id, MAX_KEY_CHARS)]
    keys = set()
    for node in ecogram.nodes:
        if node.key in keys:
            return "a node appears twice"
        keys.add(node.key)
        texts += [("node key", node.key, MAX_KEY_CHARS), ("node id", node.record_id, MAX_KEY_CHARS),
                  ("node name", node.name, MAX_LABEL_CHARS), ("role", node.role, MAX_LABEL_CHARS),
                  ("contact name", node.contact_name, MAX_LABEL_CHARS)]
        if not 0 <= node.closeness <= 3:
            return "a closeness out of range"
        if node.birth_year is not None and not rules.EARLIEST_YEAR <= node.birth_year \
                <= rules.LATEST_YEAR:
            return "a birth year out of range"
        if node.link_id is not None and not isinstance(node.link_id, str):
            return "a link id that is not text"
    links = [(t.id, t.source, t.target, "tie") for t in ecogram.ties]
    links += [(line.id, line.a, line.b, "family line") for line in ecogram.lines]
    seen: set[tuple[str, str]] = set()
    for link_id, a, b, what in links:
        if (what, link_id) in seen:
            return f"a {what} appears twice"
        seen.add((what, link_id))
        if a not in keys or b not in keys:
            return f"a {what} between unknown nodes"
        texts.append((f"{what} id", link_id, MAX_KEY_CHARS))
    for tie in ecogram.ties:
        if len(tie.note) > MAX_NOTE_CHARS or rules.text_problem(tie.note, multiline=True):
            return "a tie note that is too long or holds control characters"
    for key, (x, y) in ecogram.positions.items():
        if len(key) > MAX_KEY_CHARS or rules.text_problem(key):
            return "a position of an unreadable node"
        if not all(math.isfinite(v) and abs(v) <= rules.COORDINATE_LIMIT for v in (x, y)):
            return "a position out of range"
    for what, text, limit in texts:
        if len(text) > limit:
            return f"a {what} longer than {limit} characters"
        if rules.text_problem(text):
            return f"a {what} with control characters"
    return None
