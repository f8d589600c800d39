"""The ecogram as a printable figure (PNG, SVG, PDF) with matplotlib, without Qt or pyplot.

An A4-landscape page: the map on the left (sectors, rings, the household circle with the
genogram, the network and its ties in Hartman's notation) and a legend on the right that explains
every symbol on the map. Matplotlib is imported inside `render_ecogram` so importing this module
costs nothing for the command line and the app; rcParams are only changed in an `rc_context`.

Role mode (for partners without consent) shows `Node.label(roles=True)` everywhere, never the
household's name as title, never an organisation's contact name, and writes no names in the
file's metadata.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from voordeur.domain.ecogram import Ecogram
from voordeur.domain.printable import printable_copy
from voordeur.export.ecogram_titles import DEFAULT_TITLE

if TYPE_CHECKING:
    from voordeur.store.store import Store

FORMATS = ("png", "svg", "pdf")
CREATOR = "Voordeur"


class EcogramExportError(ValueError):
    """The figure cannot be made as asked (unknown format)."""


def format_for(path: Path | str) -> str:
    """'png', 'svg' or 'pdf' from a file name; raises EcogramExportError for other suffixes."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise EcogramExportError(
            f"cannot tell the format from {Path(path).name!r}: use a .png, .svg or .pdf file")
    return suffix


def render_ecogram(
    ecogram: Ecogram,
    out: Path | BinaryIO,
    *,
    fmt: str = "png",
    roles: bool = False,
    title: str | None = None,
    dpi: int = 150,
) -> None:
    """Draw `ecogram` and write it to `out` (a path is written atomically, owner-only)."""
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise EcogramExportError(f"unknown format {fmt!r}: use png, svg or pdf")
    # Stored before import and sync checked text: drawn without its control characters.
    ecogram, title = printable_copy(ecogram), printable_copy(title)
    import matplotlib

    with matplotlib.rc_context(_RC):
        from voordeur.export.ecogram_map import build_figure

        # SVG keeps real text; raster and PDF draw labels as cached outlines (fast)
        figure = build_figure(ecogram, roles=roles, title=title, text_as_paths=fmt != "svg")
        buffer = io.BytesIO() if isinstance(out, Path) else out
        # zlib level 3 writes a smaller PNG than the default 6 here, in two thirds of the time
        extra = {"pil_kwargs": {"compress_level": 3}} if fmt == "png" else {}
        figure.savefig(buffer, format=fmt, dpi=dpi, metadata=_metadata(fmt),
                       facecolor="white", **extra)
    if isinstance(out, Path):
        from voordeur.store.files import write_atomic

        assert isinstance(buffer, io.BytesIO)
        write_atomic(out, buffer.getvalue())


_RC = {
    "svg.fonttype": "none",  # labels stay text: searchable, and checkable for names
    "svg.hashsalt": "voordeur-ecogram",  # stable ids: equal maps give equal files
    "pdf.fonttype": 42,  # TrueType, should any text be left as text in a PDF
    "pdf.compression": 3,  # most of the gain of zlib for a fraction of its time
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans"],
    "axes.unicode_minus": False,
}


def _metadata(fmt: str) -> dict[str, str | None]:
    """No names in the file: a fixed title and creator, no date for SVG/PDF (stable output)."""
    if fmt == "png":
        return {"Title": DEFAULT_TITLE, "Software": CREATOR}
    if fmt == "svg":
        return {"Title": DEFAULT_TITLE, "Creator": CREATOR, "Date": None}
    return {"Title": DEFAULT_TITLE, "Creator": CREATOR, "Producer": CREATOR,
            "CreationDate": None}


def warm_up() -> None:
    """Import matplotlib and draw a tiny map once, so the next export is fast (the first one in
    a process spends 1-2 s loading matplotlib and its fonts). The app calls this in the
    background while the worker is still choosing in the export dialog."""
    render_ecogram(Ecogram.of("warm-up", ""), io.BytesIO(), fmt="png", dpi=20)


def export_ecogram_file(
    store: Store,
    ecogram: Ecogram,
    out: Path,
    *,
    roles: bool = False,
    title: str | None = None,
    snapshot_id: str | None = None,
) -> str:
    """Write the figure to the file the worker chose and record the export in the access log
    (who, which household, names or roles, which format; never a name). Returns the format.

    The command line and the app both export through here.
    """
    from voordeur.model.catalogues import AccessAction, AccessOutcome

    fmt = format_for(out)
    subjects = [ecogram.household_id] + ([snapshot_id] if snapshot_id else [])
    detail = (f"ecogram {fmt}, {'roles' if roles else 'names'}"
              f"{', snapshot' if snapshot_id else ''}")
    try:
        render_ecogram(ecogram, out, fmt=fmt, roles=roles, title=title)
    except BaseException:
        store.log(AccessAction.EXPORT, subjects, outcome=AccessOutcome.ERROR, detail=detail)
        raise
    store.log(AccessAction.EXPORT, subjects, detail=detail)
    return fmt
