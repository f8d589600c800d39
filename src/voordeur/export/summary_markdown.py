"""A visit summary or family plan as plain text in Markdown, to paste into a municipal system.

It reads well as plain text too: headings with '#', bullets with '-', label–value lines, pipe
tables. Figures cannot travel as text: the ecogram is a one-line pointer to the PDF or Word
version, the score chart becomes a small table of the scores.

Every text from the document is escaped (`escape`), so it reads back as the same text in any
CommonMark or GFM renderer and never becomes markup or raw HTML: a note line "---", "# …" or
"1. …" stays a line of text, "<b>" stays "<b>", "&amp;" stays "&amp;". What "the same" means:
whitespace at the ends of a line is layout, not content (the PDF drops it too), so lines are
stripped; a paragraph keeps its line breaks as hard breaks (each reads back as a new line) and
a blank line in it starts a new paragraph; headings, bullets, labels, values and table cells are
one line each, their whitespace runs (line breaks too) read as one space.
"""

from __future__ import annotations

import re

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


# Characters that make inline markup anywhere in a line: backslash escapes, code spans,
# emphasis ('*'; '_' unless it stands between two letters or digits, where it never is), GFM
# strikethrough, links and images, raw HTML and autolinks, table cells, and entity references
# ('&amp;', '&#38;'). ']', '!', '(' and the like only matter after a '[', which is escaped.
_INLINE = re.compile(r"[\\`*~\[<|]|(?<![^\W_])_|_(?![^\W_])|&(?=#?[0-9A-Za-z]+;)")
# What makes a line a block of its own by its first character: an ATX heading, a block quote,
# a bullet, a thematic break or setext underline ('---', '==='); other such characters are
# escaped everywhere. And an ordered list item: "1." or "1)".
_BLOCK_START = re.compile(r"^[#>+\-=]")
_ORDERED_ITEM = re.compile(r"^(\d{1,9})([.)])")


def escape(text: str, *, line_start: bool = True) -> str:
    """One line of text as Markdown that reads back as exactly that text. `line_start`: the
    text begins a line (a paragraph line, a bullet's text), so what would start a block there
    is escaped too; table cells and label values do not need it."""
    text = _INLINE.sub(lambda found: "\\" + found.group(0), text)
    if line_start:
        text = _ORDERED_ITEM.sub(r"\1\\\2", _BLOCK_START.sub(r"\\\g<0>", text))
    return text


def to_markdown(doc: SummaryDocument) -> str:
    """The whole document as Markdown text (ends with a newline)."""
    parts = [f"# {_heading(doc.title)}"]
    lines = [doc.subtitle, doc.recipient,
             f"Opgesteld door: {doc.made_by}" if doc.made_by else "", made_on_text(doc)]
    parts.append(BREAK.join(escape(line) for line in map(_line, lines) if line))
    for section in doc.sections:
        parts.append(f"{'#' * (2 if section.level <= 1 else 3)} {_heading(section.heading)}")
        for block in section.blocks:
            text = _block(block)
            if text:
                parts.append(text)
    parts += ["---", CONFIDENTIAL]
    return "\n\n".join(parts) + "\n"


def _block(block: object) -> str:
    if isinstance(block, Paragraph):
        return _paragraphs(block.text)
    if isinstance(block, BulletList):
        return "\n".join(f"- {escape(_line(item))}" for item in block.items)
    if isinstance(block, Facts):
        return BREAK.join(f"**{_inline(label)}:** {_inline(value)}" for label, value in block.pairs)
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
    caption = escape(_line(chart.caption))
    return f"{caption}\n\n{table}" if caption else table


def _table(header: tuple[str, ...], rows: tuple[tuple[str, ...], ...]) -> str:
    columns = len(header)
    lines = [_row(header), "| " + " | ".join("---" for _ in header) + " |"]
    lines += [_row(tuple([*row, *[""] * columns][:columns])) for row in rows]
    return "\n".join(lines)


def _row(cells: tuple[str, ...]) -> str:
    return "| " + " | ".join(_cell(cell) for cell in cells) + " |"


def _cell(text: str) -> str:
    """A cell stays on one line, and a '|' in it does not end it (escaped, as everywhere)."""
    return _inline(text)


def _paragraphs(text: str) -> str:
    """Each line ends in a hard break; a blank line starts a new paragraph."""
    groups = re.split(r"\n\s*\n", text.strip())
    return "\n\n".join(BREAK.join(escape(line.strip()) for line in group.split("\n")
                                  if line.strip()) for group in groups if group.strip())


def _heading(text: str) -> str:
    """A heading's text: a '#' in it could close the heading, so every one is escaped."""
    return _inline(text).replace("#", "\\#")


def _inline(text: str) -> str:
    return escape(_line(text), line_start=False)


def _line(text: str) -> str:
    """Text that must stay on one line (a heading, a bullet, a label)."""
    return " ".join(text.split())
