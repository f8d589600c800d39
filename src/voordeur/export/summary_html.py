"""A visit summary or family plan as simple HTML for the app's preview (Qt's QTextBrowser).

Only the HTML 4 subset Qt's rich text understands: headings, paragraphs, lists, tables with
attributes rather than CSS, and images by URL (the preview registers the PNGs from
`summary_figures` under those URLs). Every text is escaped: a '<' typed in a note stays a '<'.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from voordeur.export.summary_document import (
    CONFIDENTIAL,
    BulletList,
    EcogramFigure,
    Facts,
    Paragraph,
    ScoreChart,
    SummaryDocument,
    Table,
    made_on_text,
    page_date,
)

MUTED = "#5a6470"
HEADER_FILL = "#e9eef4"
FIGURE_WIDTH = 640  # pixels; the figures are drawn at 150 dpi, so they are only scaled down
TABLE = ('<table border="1" cellspacing="0" cellpadding="4" width="100%" '
         'style="border-color: #c5cdd6; border-style: solid">')


def to_html(doc: SummaryDocument, image_urls: Mapping[int, str] | None = None, *,
            figure_width: int = FIGURE_WIDTH) -> str:
    """The document as HTML. `image_urls` maps an index in `doc.figures` to the URL of its
    PNG; a figure without one shows its caption (in italics) instead."""
    urls = image_urls or {}
    parts = ['<html><head><meta charset="utf-8"></head><body>',
             f'<p style="color:{MUTED}">{_text(doc.household_name)} – '
             f'{_text(page_date(doc))}</p>',
             f"<h1>{_text(doc.title)}</h1>"]
    lines = [_text(doc.subtitle)] if doc.subtitle else []
    lines += [f'<span style="color:{MUTED}">{_text(line)}</span>' for line in
              (doc.recipient, f"Opgesteld door {doc.made_by}" if doc.made_by else "",
               made_on_text(doc)) if line]
    if lines:
        parts.append(f"<p>{'<br>'.join(lines)}</p>")
    figure = 0
    for section in doc.sections:
        tag = "h2" if section.level <= 1 else "h3"
        parts.append(f"<{tag}>{_text(section.heading)}</{tag}>")
        for block in section.blocks:
            if isinstance(block, EcogramFigure | ScoreChart):
                parts.append(_figure(block, urls.get(figure), figure_width))
                figure += 1
            else:
                parts.append(_block(block))
    parts.append(f'<hr><p style="color:{MUTED}">{CONFIDENTIAL}</p></body></html>')
    return "\n".join(parts)


def _text(text: str) -> str:
    """Escaped, with the text's own line breaks kept."""
    return "<br>".join(escape(line) for line in text.split("\n"))


def _block(block: Paragraph | BulletList | Facts | Table) -> str:
    if isinstance(block, Paragraph):
        return f"<p>{_text(block.text)}</p>"
    if isinstance(block, BulletList):
        return "<ul>" + "".join(f"<li>{_text(item)}</li>" for item in block.items) + "</ul>"
    if isinstance(block, Facts):
        rows = "".join(f'<tr><td width="30%"><b>{_text(label)}</b></td><td>{_text(value)}</td>'
                       "</tr>" for label, value in block.pairs)
        return f"{TABLE}{rows}</table>"
    columns = len(block.header)
    head = "".join(f'<th bgcolor="{HEADER_FILL}" align="left">{_text(text)}</th>'
                   for text in block.header)
    rows = "".join("<tr>" + "".join(f"<td>{_text(text)}</td>"
                                    for text in [*row, *[""] * columns][:columns]) + "</tr>"
                   for row in block.rows)
    return f"{TABLE}<tr>{head}</tr>{rows}</table>"


def _figure(block: EcogramFigure | ScoreChart, url: str | None, width: int) -> str:
    caption = block.caption or ("Ecogram" if isinstance(block, EcogramFigure) else "Scores")
    if url is None:
        return f"<p><i>{_text(caption)}</i></p>"
    name = "Ecogram" if isinstance(block, EcogramFigure) else "Scores"
    image = f'<img src="{escape(url, quote=True)}" width="{width}" alt="{name}">'
    if isinstance(block, ScoreChart) and block.caption:  # the ecogram has it in the picture
        return f'<p><i>{_text(block.caption)}</i><br>{image}</p>'
    return f"<p>{image}</p>"
