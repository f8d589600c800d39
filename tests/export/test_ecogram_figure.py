"""The printed ecogram: formats, labels, legend, role mode without names, no leaking state."""

from __future__ import annotations

import html
import io
import re
import stat
import subprocess
import sys
import zlib
from pathlib import Path

import matplotlib
import pytest
from ecogram_samples import (
    CONTACT_NAMES,
    FIRST_NAMES,
    LAST_NAMES,
    TITLE,
    empty_ecogram,
    large_ecogram,
    sample_ecogram,
)

from voordeur.domain.ecogram import Ecogram
from voordeur.domain.ecogram_labels import is_readable_form, name_lines
from voordeur.domain.ecogram_layout import complete_positions
from voordeur.export.ecogram_figure import (
    EcogramExportError,
    format_for,
    render_ecogram,
)
from voordeur.export.ecogram_legend import legend_texts
from voordeur.export.ecogram_map import short_member_name
from voordeur.export.ecogram_notation import node_lines, wrap_label
from voordeur.export.ecogram_titles import page_title

MAGIC = {"png": b"\x89PNG\r\n\x1a\n", "pdf": b"%PDF-", "svg": b"<?xml"}


def svg_of(ecogram: Ecogram, **kwargs) -> str:
    buffer = io.BytesIO()
    render_ecogram(ecogram, buffer, fmt="svg", **kwargs)
    return buffer.getvalue().decode("utf-8")


def svg_texts(svg: str) -> set[str]:
    """The strings of every <text> element (matplotlib writes one per line)."""
    return {html.unescape(t).strip() for t in re.findall(r"<text[^>]*>([^<]*)</text>", svg)}


def shown_lines(ecogram: Ecogram, *, roles: bool) -> list[str]:
    """The label lines the map shows for every node (members by first name, in the circle)."""
    lines = []
    for node in ecogram.nodes:
        if node.is_household:
            continue
        main, extra = node_lines(node, roles=roles)
        if node.member and not roles:
            main = short_member_name(main, ecogram.title)
        width = 12 if node.member else 18
        # the screen's rule: whole, broken at spaces, or the short form (never cut)
        name = name_lines(main, lambda text, w=width: len(text) <= w,
                          organisation=node.is_organisation)
        assert is_readable_form(main, name)
        lines += name
        lines += wrap_label(extra, 22, 1) if extra else []
    return lines


def test_svg_holds_every_label_and_the_legend() -> None:
    ecogram = sample_ecogram()
    texts = svg_texts(svg_of(ecogram))
    assert set(shown_lines(ecogram, roles=False)) <= texts
    assert set(legend_texts(ecogram)) <= texts
    assert f"Ecogram – {TITLE}" in texts  # the heading
    assert TITLE in texts  # the household circle
    # names of network people and organisation contacts are shown in full
    assert {"Ans Bakker", "Kees Visser", "Marloes Dekker, mentor", "Huisarts Zuid"} <= texts
    # members by first name: the family name is the circle's title
    assert {"Fatma", "Mehmet", "Elif", "Yusuf", "Priya Bakker"} <= texts


def test_legend_explains_every_symbol_on_the_sample() -> None:
    texts = set(legend_texts(sample_ecogram()))
    expected = {
        "Man", "Vrouw", "Anders of onbekend", "Overleden", "Hoofdpersoon",
        "Organisatie (hulpverlening)", "Organisatie (club, geloof, werk)",
        "Gescheiden", "Biologisch kind", "Adoptiekind", "Pleegkind",
        "Sterk", "Gewoon", "Zwak", "Stressvol", "Verbroken", "Steunend (groen)",
        "Neutraal (grijs)", "Praktisch", "Gezelschap", "Advies", "Emotioneel",
    }
    assert expected <= texts
    # genogram entries only when they occur; relation styles and support always
    empty = set(legend_texts(empty_ecogram()))
    assert "Gescheiden" not in empty and "Overleden" not in empty
    assert {"Sterk", "Stressvol", "Verbroken", "Praktisch", "Emotioneel"} <= empty


def readable_parts(data: bytes, fmt: str) -> str:
    """What a reader of the file can find as text: all of an SVG, a PNG's text chunks, a PDF's
    objects and its decompressed content streams (random pixel bytes are left out)."""
    if fmt == "svg":
        return data.decode("utf-8")
    if fmt == "png":
        parts, at = [], 8
        while at < len(data):
            length = int.from_bytes(data[at:at + 4], "big")
            kind = data[at + 4:at + 8]
            if kind != b"IDAT":
                parts.append(data[at + 8:at + 8 + length])
            at += 12 + length
        return b"\n".join(parts).decode("latin-1")
    streams = re.findall(rb"stream\r?\n(.*?)endstream", data, flags=re.DOTALL)
    plain = re.sub(rb"stream\r?\n.*?endstream", b"", data, flags=re.DOTALL)
    texts = [plain]
    for stream in streams:
        try:
            texts.append(zlib.decompress(stream))
        except zlib.error:
            texts.append(stream)
    return b"\n".join(texts).decode("latin-1")


def test_role_mode_shows_no_name_anywhere() -> None:
    ecogram = sample_ecogram()
    names = [*FIRST_NAMES, *LAST_NAMES, *CONTACT_NAMES, TITLE]
    for fmt in ("svg", "png", "pdf"):
        buffer = io.BytesIO()
        # a caller's title with the family name in it is not used either
        render_ecogram(ecogram, buffer, fmt=fmt, roles=True, title=f"Ecogram {TITLE}")
        text = readable_parts(buffer.getvalue(), fmt)
        assert "Ecogram" in text  # the metadata title is readable, so names would be
        for name in names:
            assert not re.search(rf"\b{re.escape(name)}\b", text), (fmt, name)
    texts = svg_texts(svg_of(ecogram, roles=True))
    assert {"moeder", "oma", "buurman", "Basisschool", "De Regenboog", "mentor", "Gezin",
            "Ecogram"} <= texts
    assert "Namen zijn vervangen door rollen." in texts
    assert "vriendin van …" in texts  # a name typed into a role is hidden too


def test_metadata_is_fixed() -> None:
    svg = svg_of(sample_ecogram())
    assert "<dc:title>Ecogram</dc:title>" in svg
    assert "Voordeur" in svg
    buffer = io.BytesIO()
    render_ecogram(sample_ecogram(), buffer, fmt="pdf")
    assert b"(Ecogram)" in buffer.getvalue() and b"(Voordeur)" in buffer.getvalue()


@pytest.mark.parametrize("fmt", ["png", "svg", "pdf"])
def test_files_are_written_atomically_for_the_owner(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "sub" / f"ecogram.{fmt}"
    render_ecogram(sample_ecogram(), out, fmt=fmt)
    assert out.read_bytes().startswith(MAGIC[fmt])
    if sys.platform != "win32":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in out.parent.iterdir()] == [out.name]  # no temporary left


@pytest.mark.parametrize("fmt", ["png", "svg", "pdf"])
def test_an_empty_network_works(fmt: str) -> None:
    buffer = io.BytesIO()
    render_ecogram(empty_ecogram(), buffer, fmt=fmt, roles=fmt == "pdf")
    assert buffer.getvalue().startswith(MAGIC[fmt])


def test_a_snapshot_renders_like_the_live_map() -> None:
    live = sample_ecogram()
    snapshot = Ecogram.from_dict(live.with_positions(complete_positions(live)).to_dict())
    assert svg_of(snapshot, title="Ecogram – bezoek van 3-3-2026") == svg_of(
        live, title="Ecogram – bezoek van 3-3-2026")


def test_saved_positions_far_out_stay_on_the_page() -> None:
    ecogram = sample_ecogram()
    far = ecogram.with_positions({"person:gran": (1500.0, -900.0)})
    assert "Ans Bakker" in svg_texts(svg_of(far))


def test_a_large_network_renders(tmp_path: Path) -> None:
    out = tmp_path / "large.png"
    render_ecogram(large_ecogram(150, 300), out)
    assert out.read_bytes().startswith(MAGIC["png"])


def test_formats_and_titles() -> None:
    assert format_for("x/Ecogram.PNG") == "png" and format_for(Path("a.pdf")) == "pdf"
    with pytest.raises(EcogramExportError, match=r"\.png, \.svg or \.pdf"):
        format_for("ecogram.jpg")
    with pytest.raises(EcogramExportError):
        render_ecogram(sample_ecogram(), io.BytesIO(), fmt="gif")
    ecogram = sample_ecogram()
    assert page_title(ecogram, False, None) == f"Ecogram – {TITLE}"
    assert page_title(ecogram, True, None) == "Ecogram"
    assert page_title(ecogram, True, "Ecogram – bezoek van 3-3-2026") == (
        "Ecogram – bezoek van 3-3-2026")
    assert page_title(ecogram, True, "Netwerk van Fatma") == "Ecogram"


def test_rc_params_do_not_leak() -> None:
    before = dict(matplotlib.rcParams)
    svg_of(sample_ecogram())
    assert dict(matplotlib.rcParams) == before


def test_no_pyplot_no_qt_and_a_lazy_import() -> None:
    code = (
        "import io, sys\n"
        "sys.path.insert(0, 'tests/export')\n"
        "import voordeur.export.ecogram_figure as f\n"
        "assert 'matplotlib' not in sys.modules, 'imported eagerly'\n"
        "from ecogram_samples import sample_ecogram\n"
        "f.render_ecogram(sample_ecogram(), io.BytesIO(), fmt='png')\n"
        "bad = [m for m in sys.modules if m.startswith(('matplotlib.pyplot', 'PySide6'))]\n"
        "assert not bad, bad\n"
    )
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
