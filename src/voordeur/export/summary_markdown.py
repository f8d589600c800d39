"""A visit summary or family plan as plain text in Markdown, to paste into a municipal system.

It reads well as plain text too: headings with '#', bullets with '-', label–value lines, pipe
tables. Figures cannot travel as text: the ecogram is a one-line pointer to the PDF or Word
version, the score chart becomes a small table of the scores.
"""

from __future__ import annotations

from voordeur.export.summary_document import (
    CONFIDENTIAL,
    BulletList,
    EcogramFigure,
    Facts,
    Paragraph,
    ScoreChart,
    SummaryDocument,
    Table,
    dutch_date,
    made_on_text,
)

ECOGRAM_NOTE = "Ecogram: zie de PDF- of Word-versie."
BREAK = "  \n"  # a hard line break in Markdown; invisible when pasted as plain text


def to_markdown(doc: SummaryDocument) -> str:
    """The whole document as Markdown text (ends with a newline)."""
    parts = [f"# {_line(doc.title)}"]
    lines = [doc.subtitle, doc.recipient,
             f"Opgesteld door: {doc.made_by}" if doc.made_by else "", made_on_text(doc)]
    parts.append(BREAK.join(_line(line) for line in lines if line))
    for section in doc.sections:
        parts.append(f"{'#' * (2 if section.level <= 1 else 3)} {_line(section.heading)}")
        for block in section.blocks:
            text = _block(block)
            if text:
                parts.append(text)
    parts += ["---", CONFIDENTIAL]
    return "\n\n".join(parts) + "\n"


def _block(block: object) -> str:
    if isinstance(block, Paragraph):
        return BREAK.join(line.rstrip() for line in block.text.strip("\n").split("\n"))
    if isinstance(block, BulletList):
        return "\n".join(f"- {_line(item)}" for item in block.items)
    if isinstance(block, Facts):
        return BREAK.join(f"**{_line(label)}:** {_line(value)}" for label, value in block.pairs)
    if isinstance(block, Table):
        return _table(block.header, block.rows)
    if isinstance(block, EcogramFigure):
        return ECOGRAM_NOTE
    if isinstance(block, ScoreChart):
        return _scores(block)
    return ""


def _scores(chart: ScoreChart) -> str:
    """One row per day a score was given, one column per goal ('–' where it got none)."""
    series = [s for s in chart.series if s.points]
    if not series:
        return ""
    days = sorted({day for s in series for day, _ in s.points})
    scores = [dict(s.points) for s in series]
    rows = [(dutch_date(day), *(str(by_day[day]) if day in by_day else "–"
                                for by_day in scores)) for day in days]
    table = _table(("Datum", *(s.label for s in series)), tuple(rows))
    return f"{_line(chart.caption)}\n\n{table}" if chart.caption else table


def _table(header: tuple[str, ...], rows: tuple[tuple[str, ...], ...]) -> str:
    columns = len(header)
    lines = [_row(header), "| " + " | ".join("---" for _ in header) + " |"]
    lines += [_row(tuple([*row, *[""] * columns][:columns])) for row in rows]
    return "\n".join(lines)


def _row(cells: tuple[str, ...]) -> str:
    return "| " + " | ".join(_cell(cell) for cell in cells) + " |"


def _cell(text: str) -> str:
    """A cell stays on one line, and a '|' in it does not end it."""
    return " ".join(text.replace("|", "\\|").split())


def _line(text: str) -> str:
    """Text that must stay on one line (a heading, a bullet, a label)."""
    return " ".join(text.split())
