"""What the visit summary and the family plan build the same way: the reader's disclosure,
the list of what is left out, goals with their chart, the ecogram and the names shown by role."""

from __future__ import annotations

from datetime import date

from voordeur.domain.disclosure import Disclosure
from voordeur.export.summary_document import (
    Audience,
    BulletList,
    EcogramFigure,
    Omission,
    OmissionKind,
    Paragraph,
    Section,
)
from voordeur.model import Goal
from voordeur.model.catalogues import ConsentTopic, GoalStatus
from voordeur.services.summary_blocks import (
    SUPPORT_EXPLAINED,
    SUPPORT_EXPLAINED_PLAIN,
    goals_table,
    lines,
    score_chart,
    support_table,
)
from voordeur.services.summary_sources import Sources


class DocumentBuilder:
    """Base of the two documents; `until` limits scores to those known on a visit's day."""

    def __init__(self, sources: Sources, disclosure: Disclosure, audience: Audience,
                 organisation_name: str, today: date) -> None:
        self.sources = sources
        self.disclosure = disclosure
        self.audience = audience
        self.organisation_name = organisation_name
        self.today = today
        self.plain = audience == Audience.FAMILY
        self.until: date | None = None
        self.left_out: list[Omission] = []
        self.held: list[str] = []  # what a partner document holds, for its title

    def holding(self, what: str, section: Section) -> Section:
        """`section`, noted as `what` the document holds when it has content."""
        if section.blocks and what not in self.held:
            self.held.append(what)
        return section

    def covered(self, topic: ConsentTopic, *, note: bool = True) -> bool:
        """Whether the reader's consent covers `topic`; if not, noted as left out."""
        if self.disclosure.covers(topic):
            return True
        if note:
            self.left_out.append(Omission(OmissionKind.TOPIC, topic.value))
        return False

    def text(self, text: str) -> tuple[Paragraph, ...]:
        text = self.disclosure.scrub(text.strip())
        return (Paragraph(text),) if text else ()

    def bullets(self, text: str) -> tuple[BulletList, ...]:
        items = tuple(self.disclosure.scrub(line) for line in lines(text))
        return (BulletList(items),) if items else ()

    def active_goals(self) -> tuple[Goal, ...]:
        return tuple(g for g in self.sources.goals
                     if self.sources.goal_status(g) == GoalStatus.ACTIVE)

    def goals(self, heading: str, *, intro: str = "") -> Section:
        """The active goals (numbered, own words, latest score) and their score chart."""
        goals = self.active_goals()
        if not goals:
            return Section(heading, ())
        blocks: list = [Paragraph(intro)] if intro else []
        blocks.append(goals_table(self.sources, goals, self.disclosure, until=self.until,
                                  plain=self.plain))
        chart = score_chart(self.sources, goals, until=self.until, caption=(
            "Zo ging het cijfer per doel." if self.plain else "Scores per doel (0-10)"),
            axis_label="Cijfer" if self.plain else "Score")
        if chart is not None:
            blocks.append(chart)
        return Section(heading, tuple(blocks))

    def network(self, heading: str, caption: str, *, support: bool) -> Section:
        """The ecogram (names as the reader may see them), with the support table if asked."""
        ecogram = self.disclosure.ecogram(self.sources.ecogram)
        blocks: list = []
        table = support_table(ecogram, self.disclosure) if support else None
        if table is not None:
            blocks += [Paragraph(SUPPORT_EXPLAINED_PLAIN if self.plain else SUPPORT_EXPLAINED),
                       table]
        if ecogram.network() or ecogram.members():
            # alone, the figure's landscape page carries the heading; its legend explains P/G/A/E
            blocks.append(EcogramFigure(ecogram, roles=False, caption=caption))
        return Section(heading, tuple(blocks))

    def partner_title(self, source: str) -> str:
        """A partner document is titled by what it holds: "Doelen en afspraken uit het
        bezoek"."""
        held = self.held
        if not held:
            return "Gedeeld met toestemming"
        words = held[0] if len(held) == 1 else f"{', '.join(held[:-1])} en {held[-1]}"
        return f"{words[:1].upper()}{words[1:]} {source}"

    def note_names_shown_by_role(self) -> None:
        hidden = self.disclosure.hidden_people()
        if hidden:
            self.left_out.append(Omission(OmissionKind.NAMES, ", ".join(
                f"{p.name} ({p.role_label})" for p in hidden)))
