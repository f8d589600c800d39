"""The Markdown text: headings, bullets, label lines, pipe tables, figures as text."""

from __future__ import annotations

import re

from summary_samples import (
    CHART_CAPTION,
    MADE_ON_TEXT,
    RECIPIENT,
    SUBTITLE,
    TITLE,
    TRICKY,
    WORKER,
    sample_document,
)

from voordeur.export.summary_document import (
    BulletList,
    ScoreChart,
    Section,
    Table,
)
from voordeur.export.summary_markdown import ECOGRAM_NOTE, to_markdown


def cells(line: str) -> list[str]:
    """The cells of a pipe-table row ('\\|' is a character inside a cell), unescaped."""
    return [re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", c.strip())
            for c in re.split(r"(?<!\\)\|", line)[1:-1]]


def test_the_document_opens_with_title_and_its_details() -> None:
    lines = to_markdown(sample_document()).splitlines()
    assert lines[0] == f"# {TITLE}"
    assert lines[2:6] == [f"{SUBTITLE}  ", f"{RECIPIENT}  ", f"Opgesteld door: {WORKER}  ",
                          f"Gemaakt op {MADE_ON_TEXT}"]


def test_headings_bullets_facts_and_paragraph_breaks() -> None:
    text = to_markdown(sample_document())
    lines = text.splitlines()
    assert "## Wat goed gaat" in lines and "### Toelichting bij de doelen" in lines
    assert "- Oma Gülşen haalt Zoë elke woensdag op" in lines
    # escaped only where it could be markup: '<' and '|', not '&' or '>' inside a line
    assert "- Kosten & baten: \\<niet> vergeten \\| ook de rekening van 5 > 3" in lines
    assert "**Aanwezig:** Łucja Wróbel, Şükrü Kılıç  " in lines
    assert "We spraken over school en over de avonden.  \nZoë was er" in text
    assert text.endswith("\n\n---\n\nVertrouwelijk\n")


def test_tables_are_pipe_tables_with_escaped_pipes() -> None:
    lines = to_markdown(sample_document()).splitlines()
    start = lines.index("| Wie | Wat | Wanneer |")
    assert lines[start + 1] == "| --- | --- | --- |"
    rows = [cells(line) for line in lines[start + 2:start + 5]]
    assert rows[1] == ["Şükrü Kılıç", TRICKY, "samen afspreken"]
    assert all(len(row) == 3 for row in rows)


def test_figures_become_a_note_and_a_table_of_scores() -> None:
    text = to_markdown(sample_document())
    assert ECOGRAM_NOTE in text.splitlines()
    lines = text.splitlines()
    start = lines.index("| Datum | Doel 1 | Doel 2 |")
    assert lines[start - 2] == CHART_CAPTION
    assert [cells(line) for line in lines[start + 2:start + 5]] == [
        ["9 december 2025", "4", "–"], ["3 februari 2026", "5", "3"],
        ["3 maart 2026", "7", "6"]]


def test_odd_content_stays_on_its_lines() -> None:
    doc = sample_document(made_by="", sections=(
        Section("Twee\nregels", (BulletList(("een\ntwee",)),)),
        Section("Tabel", (Table(("A", "B"), (("alleen A",), ("1\n2", "x | y", "weg"))),)),
        Section("Leeg", (ScoreChart(()),)),
    ))
    lines = to_markdown(doc).splitlines()
    assert "## Twee regels" in lines and "- een twee" in lines
    assert not any(line.startswith("Opgesteld door") for line in lines)
    start = lines.index("| A | B |")
    assert [cells(line) for line in lines[start + 2:start + 4]] == [
        ["alleen A", ""], ["1 2", "x | y"]]
    assert lines[lines.index("## Leeg") + 1:lines.index("## Leeg") + 3] == ["", "---"]
