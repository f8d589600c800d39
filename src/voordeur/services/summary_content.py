"""What a visit summary holds for the family, a partner or the case file.

- The family: plain Dutch (B1), strengths first, their goals in their own words with the latest
  score, the agreements as "wie doet wat, wanneer", the next visit. Not the worker's own notes.
- A partner: only the topics a valid consent covers for that organisation; people the consent does
  not name appear by role, in the text and on the ecogram. No valid consent: `ExportRefused`.
- The case file: everything, including the revisions of a final visit and the consent register.

A visit summary records its visit: the plan's texts, goals, scores, agreements and network as
they were at the visit (`summary_moment` has the rule), so exported again later it holds the
same; only its "Gemaakt op" line says when it was made. Its next visit is the one planned at
the visit, said as a record. A void visit is part of no document but its case file, which says
so at the top. The family plan shows the plan as it stands and when it last changed.

`left_out` tells the worker, in the export dialog, what the document does not hold and why.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from voordeur import clock
from voordeur.domain.disclosure import (
    Disclosure,
    ExportRefused,
    RefusalReason,
    full_disclosure,
    partner_disclosure,
)
from voordeur.export.summary_document import (
    Audience,
    DocumentKind,
    Facts,
    Omission,
    OmissionKind,
    Paragraph,
    Section,
    SummaryDocument,
)
from voordeur.model.catalogues import (
    THEME_LABELS,
    VISIT_KIND_LABELS,
    AgreementStatus,
    ConsentTopic,
    NoteField,
    Theme,
    VisitKind,
    VisitStatus,
)
from voordeur.services.local_days import local_date
from voordeur.services.summary_blocks import (
    agreements_table,
    consent_basis,
    consent_register,
    contact_section,
    local_moment,
    planned_at_visit_text,
)
from voordeur.services.summary_builder import DocumentBuilder
from voordeur.services.summary_moment import at_visit
from voordeur.services.summary_sources import Sources, load_for_household, load_for_visit
from voordeur.store.store import Store

__all__ = ["ExportRefused", "PartnerChoice", "RefusalReason", "VisitIsVoid",
           "audience_disclosure", "family_plan", "partner_choices", "visit_summary"]

NOTE_FIELD_LABELS = {NoteField.NOTES: "Notities", NoteField.REQUEST: "Hulpvraag",
                     NoteField.STRENGTHS: "Krachten", NoteField.CONCERNS: "Zorgen"}
REVISION_REASONS = {"final": "definitief gemaakt", "edit_after_final": "gewijzigd na definitief",
                    "merge": "samengevoegd na synchronisatie", "edit": "bewerkt"}
RECIPIENT_FAMILY = "Voor het gezin"
_TITLES = {Audience.FAMILY: "Wat we hebben besproken", Audience.FILE: "Verslag van het bezoek"}
RECIPIENT_FILE = "Voor het dossier"


class VisitIsVoid(ValueError):
    """A void ("vervallen") visit is part of no document for the family or a partner; only its
    case file keeps it. `str()` is English (the command line)."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(f"this visit was marked void ({reason}): only the case file holds it")


@dataclass(frozen=True)
class PartnerChoice:
    organisation_id: str
    name: str
    valid: bool  # a valid consent covers something for this organisation today
    topics: tuple[ConsentTopic, ...]


def partner_choices(store: Store, household_id: str, *,
                    today: date | None = None) -> list[PartnerChoice]:
    """The organisations in the household's network, each with whether it may receive a
    document today and which topics."""
    sources = load_for_household(store, household_id)
    today = today or clock.today()
    choices = []
    for org_id, org in sorted(sources.organisations.items(),
                              key=lambda item: item[1].name.casefold()):
        try:
            disclosure = partner_disclosure(sources.people, sources.consents, org_id, org.name,
                                            in_network=True, day=today)
        except ExportRefused:
            choices.append(PartnerChoice(org_id, org.name, False, ()))
        else:
            topics = tuple(t for t in ConsentTopic if disclosure.covers(t))
            choices.append(PartnerChoice(org_id, org.name, True, topics))
    return choices


def audience_disclosure(sources: Sources, audience: Audience, organisation_id: str | None,
                        today: date) -> tuple[Disclosure, str, str]:
    """What this reader may see, the document's "Voor …" line and the partner's name."""
    if audience != Audience.PARTNER:
        recipient = RECIPIENT_FAMILY if audience == Audience.FAMILY else RECIPIENT_FILE
        return full_disclosure(sources.people), recipient, ""
    if not organisation_id:
        raise ValueError("a partner document needs the partner organisation")
    organisation = sources.organisations.get(organisation_id)
    name = organisation.name if organisation else _unknown_organisation(organisation_id)
    disclosure = partner_disclosure(sources.people, sources.consents, organisation_id, name,
                                    in_network=organisation is not None, day=today,
                                    own_contacts=sources.contacts.get(organisation_id, ()))
    return disclosure, f"Voor: {name}", name


def _unknown_organisation(organisation_id: str) -> str:
    return f"organisatie {organisation_id}"


def visit_summary(store: Store, visit_id: str, audience: Audience, *,
                  organisation_id: str | None = None,
                  today: date | None = None) -> SummaryDocument:
    today = today or clock.today()
    sources = at_visit(load_for_visit(store, visit_id), today)
    assert sources.visit is not None
    if VisitStatus(sources.visit.status) == VisitStatus.VOID and audience != Audience.FILE:
        raise VisitIsVoid(sources.visit.void_reason)
    disclosure, recipient, org_name = audience_disclosure(sources, audience, organisation_id,
                                                          today)
    builder = _VisitSummary(sources, disclosure, audience, org_name, today)
    sections, left_out = builder.build()
    visit = sources.visit
    assert visit is not None
    kind = VISIT_KIND_LABELS[VisitKind(visit.kind)]
    return SummaryDocument(
        kind=DocumentKind.VISIT_SUMMARY, audience=audience,
        title=_TITLES.get(audience) or builder.partner_title("uit het bezoek"),
        household_name=disclosure.household_name(sources.household.display_name),
        subtitle=f"{kind} op {local_moment(visit.starts_at)}",
        recipient=recipient, made_on=today, made_by=sources.made_by,
        sections=tuple(s for s in sections if s.blocks),
        household_id=sources.household.id, visit_id=visit.id,
        organisation_id=organisation_id if audience == Audience.PARTNER else None,
        left_out=tuple(left_out), dated=local_date(visit.starts_at))


def family_plan(store: Store, household_id: str, audience: Audience, *,
                organisation_id: str | None = None,
                today: date | None = None) -> SummaryDocument:
    from voordeur.services.plan_content import build_plan

    today = today or clock.today()
    sources = load_for_household(store, household_id, today)
    disclosure, recipient, org_name = audience_disclosure(sources, audience, organisation_id,
                                                          today)
    return build_plan(sources, disclosure, audience, recipient, org_name, today,
                      organisation_id)


class _VisitSummary(DocumentBuilder):
    def __init__(self, sources: Sources, disclosure: Disclosure, audience: Audience,
                 organisation_name: str, today: date) -> None:
        super().__init__(sources, disclosure, audience, organisation_name, today)
        assert sources.visit is not None
        self.visit = sources.visit
        self.until = local_date(self.visit.starts_at)

    def build(self) -> tuple[list[Section], list[Omission]]:
        match self.audience:
            case Audience.FAMILY:
                sections = self._family()
            case Audience.PARTNER:
                sections = self._partner()
            case _:
                sections = self._file()
        return sections, self.left_out

    # -- per audience -----------------------------------------------------------------------------
    def _family(self) -> list[Section]:
        plan = self.sources.plan
        sections = [
            Section("Wat goed gaat", self.bullets(plan.strengths)),
            Section("Jullie vraag", self.text(plan.request)),
            self.goals("Jullie doelen", intro=(
                "Bij elk doel geven jullie een cijfer van 0 tot 10. Een 10 betekent: het doel is "
                "bereikt.")),
            self._agreements("Afspraken: wie doet wat, wanneer"),
            Section("Waar we samen op letten", self.bullets(plan.concerns)),
            Section("Volgende afspraak", (self._next_visit(),)),
            contact_section(self.sources, family=True, fallback=self._visit_worker()),
            # last: the ecogram has a landscape page of its own
            self.network("Jullie netwerk", "Wie er om jullie heen staan.", support=False),
        ]
        self._leave_out_file_only()
        return sections

    def _partner(self) -> list[Section]:
        plan = self.sources.plan
        d = self.disclosure
        sections = [consent_basis(self.sources, d, self.organisation_name)]
        if self.covered(ConsentTopic.VISIT_SUMMARIES):
            sections += [
                self.holding("verslag", Section("Het bezoek", (
                    Facts(self._visit_facts(full=False)),))),
                Section("Hulpvraag", self.text(plan.request)),
                Section("Krachten", self.bullets(plan.strengths)),
            ]
        if self.covered(ConsentTopic.GOALS):
            sections.append(self.holding("doelen", self.goals("Doelen en scores")))
        if self.covered(ConsentTopic.AGREEMENTS):
            sections.append(self.holding("afspraken", self._agreements("Afspraken")))
        if self.covered(ConsentTopic.CONCERNS):
            sections.append(self.holding("zorgen", Section("Zorgen",
                                                           self.bullets(plan.concerns))))
        if self.covered(ConsentTopic.VISIT_SUMMARIES, note=False):
            sections.append(Section("Volgend bezoek", (self._next_visit(),)))
        sections.append(contact_section(self.sources, family=False))
        if self.covered(ConsentTopic.NETWORK):
            sections.append(self.holding("netwerk", self.network(
                "Netwerk (ecogram)", self._ecogram_caption(), support=False)))
        self._leave_out_file_only()
        self.note_names_shown_by_role()
        return sections

    def _file(self) -> list[Section]:
        visit, plan = self.visit, self.sources.plan
        void = VisitStatus(visit.status) == VisitStatus.VOID
        sections = [
            Section("Dit bezoek is vervallen", (Paragraph(
                f"Vervallen: {visit.void_reason.strip() or 'geen reden gegeven'}"),)
                if void else ()),
            Section("Het bezoek", (Facts(self._visit_facts(full=True)),)),
            Section("Hulpvraag", self.text(plan.request)),
            Section("Krachten", self.bullets(plan.strengths)),
            Section("Zorgen", self.bullets(plan.concerns)),
            Section("Notities", self.text(visit.notes)),
            self.goals("Doelen en scores"),
            self._agreements("Afspraken"),
            self._revisions(),
            consent_register(self.sources, self.until or self.today,
                             recorded_by=visit.finalised_at),
            self.network("Netwerk (ecogram)", self._ecogram_caption(), support=False),
        ]
        return sections

    # -- parts ------------------------------------------------------------------------------------
    def _visit_facts(self, *, full: bool) -> tuple[tuple[str, str], ...]:
        visit = self.visit
        assert visit is not None
        d = self.disclosure
        present = [d.person_label(pid) for pid in visit.present_person_ids
                   if pid in d.people]
        if visit.present_other.strip():
            present.append(d.scrub(visit.present_other.strip()))
        pairs = [("Datum en tijd", local_moment(visit.starts_at)),
                 ("Soort", VISIT_KIND_LABELS[VisitKind(visit.kind)])]
        if full and visit.duration_minutes:
            pairs.append(("Duur", f"{visit.duration_minutes} minuten"))
        if full and visit.location:
            pairs.append(("Plaats", visit.location))
        pairs.append(("Medewerker", self.sources.workers.get(visit.worker_id or "", "") or "–"))
        pairs.append(("Aanwezig", ", ".join(present) or "–"))
        if full:
            themes = [THEME_LABELS[Theme(t)] for t in visit.themes
                      if t in Theme._value2member_map_]
            pairs.append(("Thema's", ", ".join(themes) or "–"))
            pairs.append(("Status", self._status()))
            planned = self.sources.next_visit
            pairs.append(("Volgend bezoek afgesproken",
                          local_moment(planned.starts_at) if planned else "nee"))
        return tuple(pairs)

    def _status(self) -> str:
        visit = self.visit
        assert visit is not None
        if VisitStatus(visit.status) == VisitStatus.VOID:
            return f"Vervallen: {visit.void_reason.strip() or 'geen reden gegeven'}"
        if VisitStatus(visit.status) == VisitStatus.FINAL and visit.finalised_at:
            return f"Definitief sinds {local_moment(visit.finalised_at)}"
        return "Concept (nog niet definitief)"

    def _agreements(self, heading: str) -> Section:
        """The agreements of the plan at the visit, with their status then (`summary_moment`
        chose them)."""
        chosen = self.sources.agreements
        if not chosen:
            return Section(heading, ())
        closed = any(self.sources.agreement_status(a)[0] != AgreementStatus.OPEN
                     for a in chosen)
        ordered = tuple(sorted(chosen, key=lambda a: (
            self.sources.agreement_status(a)[0] != AgreementStatus.OPEN, a.due_on or date.max)))
        return Section(heading, (agreements_table(
            self.sources, ordered, self.disclosure, plain=self.plain,
            with_status=not self.plain or closed),))

    def _next_visit(self) -> Paragraph:
        planned = self.sources.next_visit
        return planned_at_visit_text(planned.starts_at if planned else None, plain=self.plain)

    def _ecogram_caption(self) -> str:
        if self.sources.ecogram_is_snapshot:
            return "Het netwerk zoals het bij dit bezoek was vastgelegd."
        return "Het netwerk zoals het nu is vastgelegd."

    def _visit_worker(self) -> str:
        worker = self.sources.workers.get(self.visit.worker_id or "", "") if self.visit else ""
        return worker or self.sources.made_by

    def _revisions(self) -> Section:
        revisions = self.sources.revisions
        if not revisions:
            return Section("Eerdere versies", ())
        blocks: list = [Paragraph(
            "Alle bewaarde versies van de tekstvelden, oudste eerst.")]
        sections_text = []
        for revision in revisions:
            field = NoteField(revision.field)
            who = self.sources.workers.get(revision.worker_id or "", "") or "onbekend"
            reason = REVISION_REASONS.get(revision.reason, revision.reason)
            sections_text.append(
                f"{NOTE_FIELD_LABELS[field]} – {local_moment(revision.saved_at)}, {who} "
                f"({reason}):\n{revision.text.strip() or '(leeg)'}")
        blocks += [Paragraph(text) for text in sections_text]
        return Section("Eerdere versies", tuple(blocks))

    def _leave_out_file_only(self) -> None:
        visit = self.visit
        assert visit is not None
        if visit.notes.strip():
            self.left_out.append(Omission(OmissionKind.FREE_NOTES))
        if visit.themes:
            self.left_out.append(Omission(OmissionKind.THEMES))
        if self.sources.revisions:
            self.left_out.append(Omission(OmissionKind.REVISIONS))
        if self.sources.consents and self.audience == Audience.FAMILY:
            self.left_out.append(Omission(OmissionKind.CONSENTS))

