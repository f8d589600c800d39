"""UUIDv7 identifiers: time-ordered, generated on the client, unique across devices."""

from __future__ import annotations

import random
import uuid
from datetime import datetime

import uuid6


def new_id() -> str:
    """A fresh UUIDv7 as its canonical 36-character string."""
    return str(uuid6.uuid7())


def seeded_id(rng: random.Random, when: datetime) -> str:
    """A UUIDv7 whose time part is `when` and whose random part comes from `rng`.

    Used by the demo generator so that the same seed gives the same store, ids included.
    """
    millis = int(when.timestamp() * 1000) & ((1 << 48) - 1)
    rand_a = rng.getrandbits(12)
    rand_b = rng.getrandbits(62)
    value = (millis << 80) | (0x7 << 76) | (rand_a << 64) | (0b10 << 62) | rand_b
    return str(uuid.UUID(int=value))


def is_uuid(value: str) -> bool:
    try:
        return str(uuid.UUID(value)) == value
    except (ValueError, AttributeError, TypeError):
        return False
