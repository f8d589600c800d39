"""How a name is written under its symbol on the ecogram when room is short: the one rule the
screen (`gui/ecogram/items.py`) and print (`export/ecogram_map.py`) share. No Qt: the caller
says what fits (its own font measure).

In order: the whole name on one line; the whole name on two lines, broken at a space (the
most even break that fits); for an organisation, on three lines; for a person, the short
form — first name and the initial of the surname ("Khadija E.") — on one line. Only when
none of these fits is a line cut short with
"…" (the second line of an organisation's name, or the short form).
"""

from __future__ import annotations

from collections.abc import Callable

ELLIPSIS = "…"
MAX_ORGANISATION_LINES = 3  # "Sociaal / Wijkteam / Malburgen"


def short_name(name: str) -> str:
    """First name and the initial of the surname: "Khadija El Amrani" → "Khadija E.".

    Dutch prefixes are kept before the initial ("Sabine van Dijk" → "Sabine van D."); a name
    of one word is returned as it is."""
    words = name.split()
    if len(words) < 2:
        return name.strip()
    first, rest = words[0], words[1:]
    prefixes = []
    while len(rest) > 1 and rest[0].islower():
        prefixes.append(rest.pop(0))
    return " ".join([first, *prefixes, rest[0][0] + "."])


def two_lines(name: str, fits: Callable[[str], bool]) -> tuple[str, str] | None:
    """The name broken at a space into two lines that both fit, the most even break first;
    None when no break fits."""
    words = name.split()
    breaks = sorted(range(1, len(words)),
                    key=lambda i: (abs(len(" ".join(words[:i])) - len(" ".join(words[i:]))), i))
    for i in breaks:
        first, second = " ".join(words[:i]), " ".join(words[i:])
        if fits(first) and fits(second):
            return first, second
    return None


def name_lines(name: str, fits: Callable[[str], bool], *, organisation: bool = False
               ) -> tuple[str, ...]:
    """The line(s) to draw for `name` (see the module's docstring for the order)."""
    name = " ".join(name.split())
    if not name or fits(name):
        return (name,)
    lines = two_lines(name, fits)
    if lines is not None:
        return lines
    if organisation:
        lines3 = wrapped(name, fits, MAX_ORGANISATION_LINES)
        if lines3 is not None:
            return lines3
    else:
        short = short_name(name)
        if short != name and fits(short):
            return (short,)
        return (elide(short, fits),)
    words = name.split()
    if len(words) > 1:
        # The first word on its own line, the rest cut short.
        return words[0] if fits(words[0]) else elide(words[0], fits), \
            elide(" ".join(words[1:]), fits)
    return (elide(name, fits),)


def wrapped(name: str, fits: Callable[[str], bool], max_lines: int
            ) -> tuple[str, ...] | None:
    """The name broken at spaces, each line as full as fits (None: a word alone does not fit,
    or it takes more than `max_lines`)."""
    lines: list[str] = []
    for word in name.split():
        if lines and fits(lines[-1] + " " + word):
            lines[-1] += " " + word
        elif fits(word):
            lines.append(word)
        else:
            return None
    return tuple(lines) if len(lines) <= max_lines else None


def elide(text: str, fits: Callable[[str], bool]) -> str:
    """`text` cut short with "…" so it fits (at least one letter and the "…")."""
    if fits(text):
        return text
    for end in range(len(text) - 1, 0, -1):
        candidate = text[:end].rstrip() + ELLIPSIS
        if fits(candidate):
            return candidate
    return text[:1] + ELLIPSIS


def is_readable_form(name: str, lines: tuple[str, ...]) -> bool:
    """True when `lines` give the whole name (on one or two lines) or its short form: nothing
    cut off with "…"."""
    shown = " ".join(lines)
    name = " ".join(name.split())
    return shown in (name, short_name(name))
