"""The goal-score chart and the figures of a summary: Dutch dates, 0-10, legend, no names."""

from __future__ import annotations

import io
import re
from datetime import date, timedelta

import pytest
from PIL import Image
from summary_samples import CHART_CAPTION, SCORES, sample_document

from voordeur.export import summary_figures
from voordeur.export.score_chart import COLOURS, NO_SCORES, render_score_chart
from voordeur.export.summary_document import ScoreChart, ScoreSeries

PNG = b"\x89PNG\r\n\x1a\n"


def svg_of(chart: ScoreChart) -> str:
    buffer = io.BytesIO()
    render_score_chart(chart, buffer, fmt="svg")
    return buffer.getvalue().decode("utf-8")


def texts(svg: str) -> list[str]:
    """Every text in the drawing (matplotlib writes one <text> per line)."""
    return [t.strip() for t in re.findall(r"<text[^>]*>([^<]*)</text>", svg)]


def test_dates_get_dutch_month_names_and_the_year_where_it_changes() -> None:
    shown = texts(svg_of(ScoreChart(SCORES, CHART_CAPTION)))
    assert {"9 dec", "3 feb", "3 mrt"} <= set(shown)
    assert "2025" in shown and "2026" in shown
    assert not any(re.search(r"Dec|Feb|Mar", text) for text in shown)  # not the C locale


def test_the_score_axis_runs_from_0_to_10_in_whole_numbers() -> None:
    shown = texts(svg_of(ScoreChart(SCORES)))
    assert [str(n) for n in range(11)] == [t for t in shown if t.isdigit() and len(t) <= 2]
    assert "Score" in shown
    family = texts(svg_of(ScoreChart(SCORES, axis_label="Cijfer")))  # a family's document
    assert "Cijfer" in family and "Score" not in family


def test_each_goal_has_its_own_line_colour_and_a_legend_entry() -> None:
    svg = svg_of(ScoreChart(SCORES))
    assert {"Doel 1", "Doel 2"} <= set(texts(svg))
    assert COLOURS[0].lower() in svg.lower() and COLOURS[1].lower() in svg.lower()


def test_many_scores_get_at_most_seven_date_ticks() -> None:
    start = date(2025, 1, 6)
    series = tuple(ScoreSeries(f"Doel {k}", tuple((start + timedelta(days=14 * i), (i + k) % 11)
                                                 for i in range(30))) for k in range(1, 8))
    shown = texts(svg_of(ScoreChart(series)))
    months = [t for t in shown if re.fullmatch(r"\d{1,2} [a-z]{3}", t)]
    assert 2 <= len(months) <= 7
    assert {f"Doel {k}" for k in range(1, 8)} <= set(shown)


def test_scores_days_apart_do_not_get_overlapping_date_labels() -> None:
    days = (date(2026, 3, 1), date(2026, 3, 2), date(2026, 3, 4), date(2026, 5, 1),
            date(2026, 5, 3), date(2026, 9, 1))
    shown = texts(svg_of(ScoreChart((ScoreSeries("Doel 1", tuple((d, 5) for d in days)),))))
    assert [t for t in shown if re.fullmatch(r"\d{1,2} [a-z]{3}", t)] == [
        "1 mrt", "1 mei", "1 sep"]


def test_a_chart_without_scores_says_so_and_one_score_still_draws() -> None:
    assert NO_SCORES.format("score") == "Nog geen scores"
    assert "Nog geen scores" in texts(svg_of(ScoreChart(())))
    assert "Nog geen cijfers" in texts(svg_of(ScoreChart((), axis_label="Cijfer")))
    one = ScoreChart((ScoreSeries("Doel 1", ((date(2026, 3, 3), 5),)),))
    assert "3 mrt" in texts(svg_of(one))
    buffer = io.BytesIO()
    render_score_chart(one, buffer)
    assert buffer.getvalue().startswith(PNG)


def test_the_png_holds_no_metadata_beyond_a_fixed_title() -> None:
    buffer = io.BytesIO()
    render_score_chart(ScoreChart(SCORES, CHART_CAPTION), buffer, dpi=100)
    image = Image.open(io.BytesIO(buffer.getvalue()))
    assert image.size == (630, 270)
    assert {k: v for k, v in image.info.items() if isinstance(v, str)} == {
        "Title": "Scores", "Software": "Voordeur"}


def test_an_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="jpg"):
        render_score_chart(ScoreChart(SCORES), io.BytesIO(), fmt="jpg")


def test_figure_pngs_draws_every_figure_once_keyed_by_its_index(
        monkeypatch: pytest.MonkeyPatch) -> None:
    doc = sample_document()
    drawn: list[str] = []
    ecogram, chart = summary_figures.render_ecogram, summary_figures.render_score_chart

    def count_ecogram(*args, **kwargs):  # type: ignore[no-untyped-def]
        drawn.append("ecogram")
        assert kwargs["title"] == doc.figures[1].caption and kwargs["fmt"] == "png"
        return ecogram(*args, **kwargs)

    def count_chart(*args, **kwargs):  # type: ignore[no-untyped-def]
        drawn.append("chart")
        return chart(*args, **kwargs)

    monkeypatch.setattr(summary_figures, "render_ecogram", count_ecogram)
    monkeypatch.setattr(summary_figures, "render_score_chart", count_chart)
    pngs = summary_figures.figure_pngs(doc, dpi=40)
    assert sorted(pngs) == [0, 1] and drawn == ["chart", "ecogram"]
    assert all(png.startswith(PNG) for png in pngs.values())
    wide, high = Image.open(io.BytesIO(pngs[1])).size
    assert wide > high  # the ecogram is an A4-landscape page
