"""The goal-score chart (0-10 per goal over time) as a small figure for summaries and plans.

Matplotlib's object API on Agg, imported inside `render_score_chart` like the ecogram figure, so
importing this module costs nothing. Dates get Dutch month abbreviations from our own table (the
machine's locale may be anything); colours and markers are the Okabe-Ito set, told apart by
colour-blind readers and on a black-and-white print.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import BinaryIO

from voordeur.export.summary_document import ScoreChart

FORMATS = ("png", "svg", "pdf")
# width fits the text column of an A4 page (PDF and DOCX), so 1 pt in the figure is 1 pt printed
FIGURE_SIZE = (6.3, 2.7)
MONTH_ABBREVIATIONS = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt",
                       "nov", "dec")
# Okabe-Ito without yellow (too light on white paper); one marker per colour for greyscale prints
COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")
MARKERS = ("o", "s", "^", "D", "v", "P", "X")
MAX_DATE_TICKS = 7
NO_SCORES = "Nog geen {}s"  # "scores", "cijfers": the chart's axis label
TITLE = "Scores"
CREATOR = "Voordeur"


def render_score_chart(chart: ScoreChart, out: BinaryIO, *, fmt: str = "png",
                       dpi: int = 150) -> None:
    """Draw one line with markers per goal and write the figure to `out`."""
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: use png, svg or pdf")
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    with matplotlib.rc_context(_RC):
        figure = Figure(figsize=FIGURE_SIZE, dpi=dpi)
        FigureCanvasAgg(figure)
        axes = figure.add_subplot()
        series = [s for s in chart.series if s.points]
        for number, line in enumerate(series):
            days = [day for day, _ in line.points]
            scores = [score for _, score in line.points]
            axes.plot(days, scores, color=COLOURS[number % len(COLOURS)],
                      marker=MARKERS[number % len(MARKERS)], markersize=5, linewidth=1.8,
                      label=line.label, clip_on=False, zorder=3)
        _style_axes(axes, chart.axis_label)
        days = sorted({day for s in series for day, _ in s.points})
        bottom = 0.12
        if days:
            if _date_axis(axes, days):
                bottom = 0.18  # room for the year under the day
        else:
            axes.set_xticks([])
            axes.text(0.5, 0.5, NO_SCORES.format(chart.axis_label.lower()),
                      transform=axes.transAxes, ha="center",
                      va="center", color="#555555")
        if series:
            columns = min(len(series), 5)
            rows = -(-len(series) // columns)
            axes.legend(loc="lower left", bbox_to_anchor=(0.0, 1.02), ncol=columns,
                        frameon=False, borderaxespad=0.0, handlelength=2.2,
                        columnspacing=1.6)
            top = 0.86 - 0.07 * (rows - 1)
        else:
            top = 0.95
        figure.subplots_adjust(left=0.07, right=0.98, bottom=bottom, top=top)
        extra = {"pil_kwargs": {"compress_level": 3}} if fmt == "png" else {}
        figure.savefig(out, format=fmt, dpi=dpi, metadata=_metadata(fmt), facecolor="white",
                       **extra)


def _style_axes(axes, label: str) -> None:  # type: ignore[no-untyped-def]
    axes.set_ylim(0, 10)
    axes.set_yticks(range(0, 11))
    axes.set_ylabel(label, color="#333333")
    axes.grid(axis="y", color="#DDDDDD", linewidth=0.6)
    axes.set_axisbelow(True)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        axes.spines[side].set_color("#888888")
    axes.tick_params(colors="#333333", length=3)


def _date_axis(axes, days: list[date]) -> bool:  # type: ignore[no-untyped-def]
    """Ticks on days a score was given, far enough apart to read, labelled '3 mrt'; the year
    is added where it starts or changes. True when it is."""
    first, last = days[0], days[-1]
    margin = max(timedelta(days=3), (last - first) * 0.04)
    if first == last:
        margin = timedelta(days=14)
    axes.set_xlim(first - margin, last + margin)
    # A label ('27 aug' at 8.5 pt) takes about a twelfth of the axis: closer ones would touch.
    ticks = _thinned(_spaced(days, (last - first + 2 * margin) / 12))
    years = {day.year for day in days}
    labels = []
    for number, day in enumerate(ticks):
        label = f"{day.day} {MONTH_ABBREVIATIONS[day.month - 1]}"
        if len(years) > 1 and (number == 0 or ticks[number - 1].year != day.year):
            label += f"\n{day.year}"
        labels.append(label)
    axes.set_xticks(ticks, labels)
    return len(years) > 1


def _spaced(days: list[date], gap: timedelta) -> list[date]:
    """The first and last score day and, between them, every day at least `gap` from the
    previous tick and from the last, so labels never overlap (scores on 1 and 3 March
    would)."""
    ticks = [days[0]]
    for day in days[1:-1]:
        if day - ticks[-1] >= gap and days[-1] - day >= gap:
            ticks.append(day)
    if days[-1] != days[0]:
        ticks.append(days[-1])
    return ticks


def _thinned(ticks: list[date]) -> list[date]:
    """Every other (or third …) tick and the last, when there are more than MAX_DATE_TICKS:
    an even rhythm reads better than labels dropped here and there."""
    step = 1
    while True:
        kept = ticks[::step]
        if kept[-1] != ticks[-1]:
            kept.append(ticks[-1])
        if len(kept) <= MAX_DATE_TICKS:
            return kept
        step += 1


_RC = {
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans"],
    "font.size": 8.5,
    "legend.fontsize": 8.5,
    "svg.fonttype": "none",
    "svg.hashsalt": "voordeur-scores",
    "pdf.fonttype": 42,
    "axes.unicode_minus": False,
}


def _metadata(fmt: str) -> dict[str, str | None]:
    """No names in the file: a fixed title and creator, no date for SVG/PDF."""
    if fmt == "png":
        return {"Title": TITLE, "Software": CREATOR}
    if fmt == "svg":
        return {"Title": TITLE, "Creator": CREATOR, "Date": None}
    return {"Title": TITLE, "Creator": CREATOR, "Producer": CREATOR, "CreationDate": None}
