"""Text templates: the tags that say when a template fits, and filling one in."""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from dataclasses import dataclass

from voordeur.model.catalogues import AgreementOwnerKind

_FORMATTER = string.Formatter()
# Optional tag before a template: [H] only when the worker is in the home (something seen),
# [L] only after a first contact, [F] only on a first contact, ~name a variant of the theme
# (one variant per household, so request, goals and notes tell the same story) and +key a
# context key that must exist without being printed (+thuistaal: the family speaks another
# language at home).
_TAG = re.compile(r"^\[([HLF]*)(?:~(\w+))?((?:\+\w+)*)\]\s*")


@dataclass(frozen=True)
class Template:
    text: str
    fields: frozenset[str]
    home: bool = False
    later: bool = False
    first: bool = False
    variant: str | None = None


def parse_template(raw: str) -> Template:
    home = later = first = False
    variant: str | None = None
    needs: set[str] = set()
    match = _TAG.match(raw)
    if match:
        flags, variant, required = match.group(1), match.group(2), match.group(3)
        home, later, first = "H" in flags, "L" in flags, "F" in flags
        needs = {k for k in required.split("+") if k}
        raw = raw[match.end() :]
    fields = frozenset({f for _, f, _, _ in _FORMATTER.parse(raw) if f} | needs)
    return Template(raw, fields, home, later, first, variant)


def parse_templates(*raws: str) -> tuple[Template, ...]:
    return tuple(parse_template(r) for r in raws)


def usable(templates: Iterable[Template], ctx: dict[str, str]) -> list[Template]:
    return [t for t in templates if t.fields <= ctx.keys()]


def fill(t: Template, ctx: dict[str, str]) -> str:
    return t.text.format_map(ctx)


@dataclass(frozen=True)
class ThemeText:
    requests: tuple[Template, ...]
    extras: tuple[Template, ...]  # a second sentence for a request when there is a second theme
    goals: tuple[Template, ...]
    notes: tuple[Template, ...]
    strengths: tuple[Template, ...]
    concerns: tuple[Template, ...]
    agreements: tuple[tuple[Template, str], ...]


def parse_agreements(*pairs: tuple[str, AgreementOwnerKind]) -> tuple[tuple[Template, str], ...]:
    return tuple((parse_template(text), owner.value) for text, owner in pairs)
