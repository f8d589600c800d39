"""The family plan ("1 gezin, 1 plan") as a document: the plan as it stands now — the family's
question, strengths and concerns (`family_plan.current_plan`), current goals with their score
history, the agreements, the next visit (`planned_visits.next_visit`: never a day that has
passed) and who in the network supports what (P/G/A/E) — for the family, a partner or the case
file, with the day it last changed ("Bijgewerkt op …"). Void visits do not count. The same
consent rules as the visit summary apply (`summary_content`).
"""

from __future__ import annotations

from datetime import date, datetime

from voordeur.domain.disclosure import Disclosure
from voordeur.export.summary_document import (
    Audience,
    BulletList,
    DocumentKind,
    Omission,
    OmissionKind,
    Section,
    SummaryDocument,
    Table,
    dutch_date,
)
from voordeur.model import Agreement
from voordeur.model.catalogues import (
    VISIT_KIND_LABELS,
    AgreementStatus,
    ConsentTopic,
    GoalStatus,
    VisitKind,
    VisitStatus,
)
from voordeur.services.summary_blocks import (
    agreements_table,
    consent_basis,
    consent_register,
    contact_section,
    goals_table,
    local_moment,
    next_visit_text,
    score_chart,
    score_history,
)
from voordeur.services.summary_builder import DocumentBuilder
from voordeur.services.summary_sources import Sources

VISIT_STATUS_LABELS = {VisitStatus.DRAFT: "Concept", VisitStatus.FINAL: "Definitief",
                       VisitStatus.VOID: "Vervallen"}
NETWORK_NOW = "Het netwerk zoals het nu is vastgelegd."


def build_plan(sources: Sources, disclosure: Disclosure, audience: Audience, recipient: str,
               organisation_name: str, today: date,
               organisation_id: str | None) -> SummaryDocument:
    plan = _Plan(sources, disclosure, audience, organisation_name, today)
    sections = plan.build()
    return SummaryDocument(
        kind=DocumentKind.FAMILY_PLAN, audience=audience,
        title={Audience.FAMILY: "Ons gezinsplan", Audience.FILE: "Gezinsplan"}.get(
            audience) or plan.partner_title("uit het gezinsplan"),
        household_name=disclosure.household_name(sources.household.display_name),
        subtitle=_updated(sources, today),
        recipient=recipient, made_on=today, made_by=sources.made_by,
        sections=tuple(s for s in sections if s.blocks),
        household_id=sources.household.id, visit_id=None,
        organisation_id=organisation_id if audience == Audience.PARTNER else None,
        left_out=tuple(plan.left_out))


def _updated(sources: Sources, today: date) -> str:
    changed = sources.changed_on()
    if changed is None:
        return f"Stand van zaken op {dutch_date(today, weekday=True)}"
    return f"Bijgewerkt op {dutch_date(changed, weekday=True)}"


class _Plan(DocumentBuilder):
    def build(self) -> list[Section]:
        if self.audience == Audience.FAMILY:
            return self._family()
        if self.audience == Audience.PARTNER:
            return self._partner()
        return self._file()

    def _family(self) -> list[Section]:
        plan = self.sources.plan
        sections = [
            Section("Wat goed gaat", self.bullets(plan.strengths)),
            Section("Jullie vraag", self.text(plan.request)),
            self._goals("Jullie doelen", intro=(
                "Dit zijn de doelen waar jullie nu aan werken, in jullie eigen woorden. Het cijfer "
                "(0 tot 10) laat zien hoe het gaat.")),
            Section("Doelen die jullie hebben bereikt", self._achieved()),
            self._agreements("Afspraken: wie doet wat, wanneer", only_open=True),
            Section("Waar we samen op letten", self.bullets(plan.concerns)),
            Section("Volgende afspraak", (next_visit_text(self._next_visit(), plain=True),)),
            contact_section(self.sources, family=True, fallback=self.sources.made_by),
            self.network("Wie jullie helpen", NETWORK_NOW, support=True),  # the ecogram: last
        ]
        self._leave_out_file_only()
        return sections

    def _partner(self) -> list[Section]:
        plan = self.sources.plan
        sections = [consent_basis(self.sources, self.disclosure, self.organisation_name)]
        if self.covered(ConsentTopic.VISIT_SUMMARIES):
            sections += [self.holding("vraag", Section("Hulpvraag", self.text(plan.request))),
                         self.holding("krachten", Section("Krachten",
                                                          self.bullets(plan.strengths)))]
        if self.covered(ConsentTopic.GOALS):
            sections.append(self.holding("doelen", self._goals("Doelen en scores")))
        if self.covered(ConsentTopic.AGREEMENTS):
            sections.append(self.holding("afspraken", self._agreements("Afspraken",
                                                                       only_open=True)))
        if self.covered(ConsentTopic.CONCERNS):
            sections.append(self.holding("zorgen", Section("Zorgen",
                                                           self.bullets(plan.concerns))))
        sections.append(contact_section(self.sources, family=False))
        if self.covered(ConsentTopic.NETWORK):
            sections.append(self.holding("netwerk", self.network(
                "Netwerk en steun", NETWORK_NOW, support=True)))
        self._leave_out_file_only()
        self.note_names_shown_by_role()
        return sections

    def _file(self) -> list[Section]:
        goals = self.sources.goals
        goal_blocks: list = []
        if goals:
            goal_blocks = [goals_table(self.sources, goals, self.disclosure, until=None,
                                       plain=False, with_status=True)]
            chart = score_chart(self.sources, goals, until=None, caption="Scores per doel (0-10)")
            if chart is not None:
                goal_blocks += [chart, score_history(self.sources, goals)]
        plan = self.sources.plan
        return [
            Section("Hulpvraag", self.text(plan.request)),
            Section("Krachten", self.bullets(plan.strengths)),
            Section("Zorgen", self.bullets(plan.concerns)),
            Section("Volgend bezoek", (next_visit_text(self._next_visit(), plain=False),)),
            Section("Doelen en scores", tuple(goal_blocks)),
            self._agreements("Afspraken", only_open=False),
            Section("Bezoeken", self._visits()),
            consent_register(self.sources, self.today),
            self.network("Netwerk en steun", NETWORK_NOW, support=True),
        ]

    # -- parts ------------------------------------------------------------------------------------
    def _goals(self, heading: str, *, intro: str = "") -> Section:
        if len(self.active_goals()) < len(self.sources.goals):
            self.left_out.append(Omission(OmissionKind.EARLIER_GOALS))
        return self.goals(heading, intro=intro)

    def _achieved(self) -> tuple[BulletList, ...]:
        done = [g for g in self.sources.goals if GoalStatus(g.status) == GoalStatus.ACHIEVED]
        items = tuple(self.disclosure.scrub(g.text) + (
            f" (bereikt op {dutch_date(g.closed_on)})" if g.closed_on else "") for g in done)
        return (BulletList(items),) if items else ()

    def _agreements(self, heading: str, *, only_open: bool) -> Section:
        chosen: tuple[Agreement, ...] = self.sources.agreements
        if only_open:
            chosen = tuple(a for a in chosen if AgreementStatus(a.status) == AgreementStatus.OPEN)
            if len(chosen) < len(self.sources.agreements):
                self.left_out.append(Omission(OmissionKind.DONE_AGREEMENTS))
        if not chosen:
            return Section(heading, ())
        ordered = tuple(sorted(chosen, key=lambda a: (
            AgreementStatus(a.status) != AgreementStatus.OPEN, a.due_on or date.max)))
        return Section(heading, (agreements_table(self.sources, ordered, self.disclosure,
                                                  plain=self.plain, with_status=not only_open),))

    def _next_visit(self) -> datetime | None:
        planned = self.sources.next_visit
        return planned.starts_at if planned else None

    def _visits(self) -> tuple[Table, ...]:
        """Every visit, the void ones with their reason (the case file keeps them)."""
        if not self.sources.visits:
            return ()
        rows = tuple((local_moment(v.starts_at), VISIT_KIND_LABELS[VisitKind(v.kind)],
                      VISIT_STATUS_LABELS[VisitStatus(v.status)]
                      + (f": {v.void_reason}" if v.void_reason.strip()
                         and VisitStatus(v.status) == VisitStatus.VOID else ""))
                     for v in reversed(self.sources.visits))
        return (Table(("Datum en tijd", "Soort", "Status"), rows, (3.0, 2.0, 1.2)),)

    def _leave_out_file_only(self) -> None:
        visits = self.sources.counted_visits
        if any(v.notes.strip() for v in visits):
            self.left_out.append(Omission(OmissionKind.FREE_NOTES))
        if any(v.themes for v in visits):
            self.left_out.append(Omission(OmissionKind.THEMES))
        if self.sources.consents and self.audience == Audience.FAMILY:
            self.left_out.append(Omission(OmissionKind.CONSENTS))
