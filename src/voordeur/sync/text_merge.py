"""Three-way merge of free-text notes, line by line (a paragraph is a line in a visit note).

Edits to different lines merge; edits to the same line (or adjacent lines with nothing unchanged
between them) are a conflict, which the caller keeps visible rather than guess.
"""

from __future__ import annotations

from dataclasses import dataclass

import merge3


@dataclass(frozen=True)
class MergeResult:
    text: str | None  # the merged text, or None when the edits overlap
    conflict: bool


def merge_text(base: str, mine: str, theirs: str) -> MergeResult:
    """Merge `mine` and `theirs`, both edited from `base`."""
    if mine == theirs or theirs == base:
        return MergeResult(mine, False)
    if mine == base:
        return MergeResult(theirs, False)
    merger = merge3.Merge3(_lines(base), _lines(mine), _lines(theirs))
    out: list[str] = []
    for region in merger.merge_regions():
        kind = region[0]
        if kind == "unchanged":
            out.extend(merger.base[region[1] : region[2]])
        elif kind in ("a", "same"):
            out.extend(merger.a[region[1] : region[2]])
        elif kind == "b":
            out.extend(merger.b[region[1] : region[2]])
        else:  # "conflict"
            return MergeResult(None, True)
    return MergeResult("".join(out), False)


def _lines(text: str) -> list[str]:
    return text.splitlines(keepends=True)
