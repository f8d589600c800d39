"""The heading of an ecogram page and of a kept snapshot, with role mode's rule: a partner without
consent never sees a household's or a person's name in a title (the map and the figure share it).
"""

from __future__ import annotations

from datetime import date

from voordeur.domain.ecogram import Ecogram, personal_names

DEFAULT_TITLE = "Ecogram"


def page_title(ecogram: Ecogram, roles: bool, title: str | None) -> str:
    """The heading; in role mode never a name (a caller's title with a name is replaced)."""
    if not roles:
        return title or (f"{DEFAULT_TITLE} – {ecogram.title}" if ecogram.title else DEFAULT_TITLE)
    if title and not any(name.lower() in title.lower() for name in personal_names(ecogram)):
        return title
    return DEFAULT_TITLE


def snapshot_title(ecogram: Ecogram, day: date, *, roles: bool) -> str:
    """'Ecogram – Gezin Bakker, bezoek van 3-3-2026' (in role mode without the name)."""
    visit = f"bezoek van {day.day}-{day.month}-{day.year}"
    if roles or not ecogram.title:
        return f"{DEFAULT_TITLE} – {visit}"
    return f"{DEFAULT_TITLE} – {ecogram.title}, {visit}"
