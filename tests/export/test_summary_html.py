"""The preview's HTML: structure, escaping, figures by URL or by caption."""

from __future__ import annotations

from html.parser import HTMLParser

from summary_samples import (
    CHART_CAPTION,
    ECOGRAM_CAPTION,
    HOUSEHOLD_NAME,
    TITLE,
    TRICKY,
    VISIT_DAY_TEXT,
    sample_document,
)

from voordeur.export.summary_html import to_html

VOID = {"br", "hr", "img", "meta"}


class Outline(HTMLParser):
    """The tags in order with their text, checking that every tag is closed."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.items: list[tuple[str, str]] = []
        self.images: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            self.images.append(dict(attrs))
        if tag not in VOID:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.open.pop() == tag

    def handle_data(self, data: str) -> None:
        if data.strip() and self.open:
            self.items.append((self.open[-1], data.strip()))


def outline(html: str) -> Outline:
    parser = Outline()
    parser.feed(html)
    parser.close()
    assert parser.open == []
    return parser


def test_structure_and_text() -> None:
    parsed = outline(to_html(sample_document()))
    items = parsed.items
    assert ("h1", TITLE) in items
    assert ("h2", "Wat goed gaat") in items and ("h3", "Toelichting bij de doelen") in items
    assert ("li", "Oma Gülşen haalt Zoë elke woensdag op") in items
    assert ("th", "Cijfer nu") in items and ("td", "7 van de 10") in items
    assert ("b", "Aanwezig") in items and ("td", "Łucja Wróbel, Şükrü Kılıç") in items
    assert ("p", f"{HOUSEHOLD_NAME} – {VISIT_DAY_TEXT}") in items
    assert items[-1] == ("p", "Vertrouwelijk")


def test_everything_is_escaped() -> None:
    html = to_html(sample_document())
    assert "<niet>" not in html
    assert "Kosten &amp; baten: &lt;niet&gt; vergeten | ook de rekening van 5 &gt; 3" in html
    assert ("li", TRICKY) in outline(html).items


def test_figures_show_by_url_or_by_their_caption() -> None:
    doc = sample_document()
    with_urls = outline(to_html(doc, {0: "figuur-1-0.png", 1: 'figuur-1-"1".png'},
                                figure_width=500))
    assert [(i["src"], i["width"], i["alt"]) for i in with_urls.images] == [
        ("figuur-1-0.png", "500", "Scores"), ('figuur-1-"1".png', "500", "Ecogram")]
    assert ("i", CHART_CAPTION) in with_urls.items
    without = outline(to_html(doc, None))
    assert without.images == []
    assert ("i", CHART_CAPTION) in without.items and ("i", ECOGRAM_CAPTION) in without.items
