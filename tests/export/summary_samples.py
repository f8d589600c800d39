"""Hand-built summary documents for the writer tests (no store needed).

Gezin Kılıç-Wróbel: every block type, names with diacritics (ı, ş, ł, ó, ë), text with the
characters each format must escape (& < > |), a small ecogram and a score chart.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ecogram_samples import HOUSEHOLD, household_node, organisation, person

from voordeur.domain.ecogram import Ecogram, FamilyLine, Tie, node_key
from voordeur.export.summary_document import (
    Audience,
    BulletList,
    DocumentKind,
    EcogramFigure,
    Facts,
    Paragraph,
    ScoreChart,
    ScoreSeries,
    Section,
    SummaryDocument,
    Table,
)
from voordeur.model.catalogues import (
    ChildType,
    FamilyRelationKind,
    Gender,
    LifeDomain,
    NodeKind,
    OrganisationKind,
    SupportDirection,
    SupportType,
    TieQuality,
    TieStrength,
)

HOUSEHOLD_NAME = "Gezin Kılıç-Wróbel"
WORKER = "Anouk van den Brink"
VISIT_DAY = date(2026, 3, 3)  # a Tuesday: the day the sample visit summary records
VISIT_DAY_TEXT = "3 maart 2026"
MADE_ON = date(2026, 3, 9)  # the day it was exported: only "Gemaakt op …" says it
MADE_ON_TEXT = "9 maart 2026"
TITLE = "Verslag van het bezoek"
SUBTITLE = "Huisbezoek op dinsdag 3 maart 2026 om 10:00"
RECIPIENT = "Voor het gezin"
# every personal name in the sample: none may end up in a file's metadata or properties
NAMES = ("Kılıç", "Wróbel", "Şükrü", "Łucja", "Zoë", "Gülşen", WORKER)
ECOGRAM_CAPTION = "Het netwerk van het gezin"
CHART_CAPTION = "Zo ging het cijfer per doel."
TRICKY = "Kosten & baten: <niet> vergeten | ook de rekening van 5 > 3"

GOAL_ROWS = (
    ("1. Zoë gaat elke dag met plezier naar school", "7 van de 10", "5 (3 februari 2026)"),
    ("2. Rust in huis bij het slapengaan", "6 van de 10", "–"),
)
AGREEMENT_ROWS = (
    ("Łucja Wróbel", "Belt de schuldhulp voor een afspraak", "vóór 17 maart 2026"),
    ("Şükrü Kılıç", TRICKY, "samen afspreken"),
    ("de medewerker", "Zoekt een sportclub in de wijk voor Zoë", "vóór 1 april 2026"),
)
SCORES = (
    ScoreSeries("Doel 1", ((date(2025, 12, 9), 4), (date(2026, 2, 3), 5),
                           (date(2026, 3, 3), 7))),
    ScoreSeries("Doel 2", ((date(2026, 2, 3), 3), (date(2026, 3, 3), 6))),
)


def small_ecogram() -> Ecogram:
    """Three members, oma and a school: a few symbols and ties."""
    P = lambda pid: node_key(NodeKind.PERSON, pid)  # noqa: E731
    nodes = [
        household_node(HOUSEHOLD_NAME),
        person("mum", "Łucja Wróbel", role="moeder", member=True, gender=Gender.FEMALE,
               is_index=True),
        person("dad", "Şükrü Kılıç", role="vader", member=True, gender=Gender.MALE),
        person("kid", "Zoë Kılıç", role="dochter", member=True, gender=Gender.FEMALE),
        person("gran", "Gülşen Kılıç", role="oma", gender=Gender.FEMALE,
               domain=LifeDomain.EXTENDED_FAMILY, closeness=1),
        organisation("school", "Basisschool De Regenboog", OrganisationKind.SCHOOL,
                     domain=LifeDomain.SCHOOL_WORK, closeness=2),
    ]
    lines = [
        FamilyLine("l1", FamilyRelationKind.PARENT_CHILD, P("mum"), P("kid"),
                   child_type=ChildType.BIOLOGICAL),
        FamilyLine("l2", FamilyRelationKind.PARENT_CHILD, P("dad"), P("kid"),
                   child_type=ChildType.BIOLOGICAL),
    ]
    ties = [
        Tie("t1", P("gran"), HOUSEHOLD, TieStrength.STRONG, TieQuality.SUPPORTIVE,
            SupportDirection.TO_TARGET, (SupportType.PRACTICAL, SupportType.EMOTIONAL)),
        Tie("t2", node_key(NodeKind.ORGANISATION, "school"), P("kid"), TieStrength.NORMAL,
            TieQuality.STRESSFUL, SupportDirection.TO_TARGET, (SupportType.ADVICE,)),
    ]
    return Ecogram.of("hh1", HOUSEHOLD_NAME, nodes, ties, lines)


def sample_document(**changes) -> SummaryDocument:  # type: ignore[no-untyped-def]
    """A visit summary with every block type, in the order a real one has them."""
    sections = (
        Section("Waar we het over hadden", (
            Paragraph("We spraken over school en over de avonden.\n"
                      "Zoë was er het eerste halfuur bij."),
            Facts((("Datum", "dinsdag 3 maart 2026"), ("Aanwezig", "Łucja Wróbel, Şükrü Kılıç"),
                   ("Plaats", "Thuis"))),
        )),
        Section("Wat goed gaat", (BulletList((
            "Oma Gülşen haalt Zoë elke woensdag op",
            "De ochtenden verlopen rustiger",
            TRICKY,
        )),)),
        Section("Doelen", (
            Table(("Doel", "Cijfer nu", "Vorige keer"), GOAL_ROWS, (5.0, 1.6, 2.0)),
            ScoreChart(SCORES, CHART_CAPTION),
        )),
        Section("Toelichting bij de doelen", (
            Paragraph("Doel 2 is nieuw sinds februari."),
        ), level=2),
        Section("Afspraken: wie doet wat, wanneer", (
            Table(("Wie", "Wat", "Wanneer"), AGREEMENT_ROWS, (2.0, 5.0, 2.0)),
        )),
        Section("Wie jullie helpen", (
            EcogramFigure(small_ecogram(), caption=ECOGRAM_CAPTION),
            Paragraph("P = praktisch, E = emotioneel, A = advies."),
        )),
        Section("Tot slot", (Paragraph("Het volgende bezoek is op dinsdag 17 maart 2026."),)),
    )
    doc = SummaryDocument(
        kind=DocumentKind.VISIT_SUMMARY, audience=Audience.FAMILY, title=TITLE,
        household_name=HOUSEHOLD_NAME, subtitle=SUBTITLE, recipient=RECIPIENT, made_on=MADE_ON,
        made_by=WORKER, sections=sections, household_id="hh1", visit_id="v1", dated=VISIT_DAY)
    return replace(doc, **changes) if changes else doc


def long_document(rows: int = 80) -> SummaryDocument:
    """A plan whose score history table runs over several pages."""
    history = tuple((f"Doel {1 + i % 3}", f"{1 + i % 28} januari 2026", str(i % 11),
                     f"Toelichting nummer {i}: het ging {'goed' if i % 2 else 'wisselend'}.")
                    for i in range(rows))
    sections = (
        Section("Scores", (Table(("Doel", "Datum", "Score", "Toelichting"), history,
                                 (1.2, 1.8, 0.8, 4.0)),)),
        Section("Na de tabel", (Paragraph("Dit staat na de lange tabel."),)),
    )
    return sample_document(kind=DocumentKind.FAMILY_PLAN, title="Ons gezinsplan",
                           subtitle="Bijgewerkt op 3 maart 2026", sections=sections,
                           visit_id=None, dated=None)
