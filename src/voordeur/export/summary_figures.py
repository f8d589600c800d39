"""The figures of a summary document as PNG images, each drawn once.

The PDF, the Word file and the app's preview all take their images from `figure_pngs`, so an
export with a preview open never draws the ecogram twice.
"""

from __future__ import annotations

import io

from voordeur.export.ecogram_figure import render_ecogram
from voordeur.export.score_chart import render_score_chart
from voordeur.export.summary_document import EcogramFigure, ScoreChart, SummaryDocument


def figure_png(block: EcogramFigure | ScoreChart, *, dpi: int = 150) -> bytes:
    """One figure as PNG bytes: the ecogram page with its legend, or the score chart."""
    buffer = io.BytesIO()
    if isinstance(block, EcogramFigure):
        render_ecogram(block.ecogram, buffer, fmt="png", roles=block.roles,
                       title=block.caption or None, dpi=dpi)
    else:
        render_score_chart(block, buffer, fmt="png", dpi=dpi)
    return buffer.getvalue()


def figure_pngs(doc: SummaryDocument, *, dpi: int = 150) -> dict[int, bytes]:
    """Every figure of `doc`, keyed by its index in `doc.figures`."""
    return {index: figure_png(block, dpi=dpi) for index, block in enumerate(doc.figures)}
