"""A small, fully known household for the summary and plan tests.

Gezin Yılmaz-Bakker: mother Fatma Yılmaz (named in the school's consent), father Jan Bakker,
son Sem Bakker (not named in any consent), oma Truus de Vries and buurvrouw Xaviera Post in the
network, a school and a GGZ practice as partners. The school's consent covers everything but
names only Fatma; the GGZ practice's consent was withdrawn; the sports club's expired.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from voordeur.domain.ecogram import node_key
from voordeur.model.catalogues import (
    AgreementOwnerKind,
    ChildType,
    ConsentTopic,
    Gender,
    LifeDomain,
    NodeKind,
    OrganisationKind,
    PartnerStatus,
    SupportDirection,
    SupportType,
    Theme,
    TieQuality,
)
from voordeur.services import ecogram as eco
from voordeur.services import households as hs
from voordeur.services import plan, visits
from voordeur.services.unit_of_work import unit_of_work
from voordeur.store.store import Store

TODAY = date(2026, 11, 20)
# Never in a document for the school (its own contact person, Juf Anouk, may be named there).
HIDDEN_NAMES = ("Sem", "Sem Bakker", "Truus", "Truus de Vries", "Xaviera", "Xaviera Post",
                "Jan Bakker")
NOTES_MARKER = "WERKNOTITIE-7731"


@dataclass(frozen=True)
class SummaryHousehold:
    household_id: str
    visit_id: str
    school_id: str
    ggz_id: str
    club_id: str
    unlinked_id: str  # an organisation that is not in this household's network
    fatma_id: str
    sem_id: str
    truus_id: str


def build(store: Store, *, finalise: bool = True) -> SummaryHousehold:
    with unit_of_work(store) as uow:
        household = hs.create_household(uow, "Gezin Yılmaz-Bakker", neighbourhood="Zwolle-Zuid",
                                         street="Lindelaan", house_number="12", phone="0612345678")
        fatma = hs.add_person(uow, household, first_name="Fatma", last_name="Yılmaz",
                              role="moeder", gender=Gender.FEMALE, birth_year=1990)
        jan = hs.add_person(uow, household, first_name="Jan", last_name="Bakker", role="vader",
                            gender=Gender.MALE, birth_year=1988)
        sem = hs.add_person(uow, household, first_name="Sem", last_name="Bakker", role="zoon",
                            gender=Gender.MALE, birth_year=2016, is_index=True)
        hs.relate_partners(uow, fatma, jan, PartnerStatus.SEPARATED)
        hs.relate_parent_child(uow, fatma, sem, ChildType.BIOLOGICAL)
        hs.relate_parent_child(uow, jan, sem, ChildType.BIOLOGICAL)
        household_id = household.id
        fatma_id, sem_id, jan_id = fatma.id, sem.id, jan.id
    with unit_of_work(store) as uow:
        truus = eco.add_network_person(uow, household_id, first_name="Truus",
                                       last_name="de Vries", role="oma", closeness=1,
                                       life_domain=LifeDomain.EXTENDED_FAMILY)
        xaviera = eco.add_network_person(uow, household_id, first_name="Xaviera",
                                         last_name="Post", role="buurvrouw",
                                         life_domain=LifeDomain.NEIGHBOURS)
        school = eco.add_partner(uow, household_id, name="Basisschool De Regenboog",
                                 kind=OrganisationKind.SCHOOL, contact_name="Juf Anouk")
        ggz = eco.add_partner(uow, household_id, name="GGZ Praktijk Zuid",
                              kind=OrganisationKind.MENTAL_HEALTH)
        club = eco.add_partner(uow, household_id, name="Judoclub Zwolle",
                               kind=OrganisationKind.SPORTS_CLUB)
        other = hs.add_organisation(uow, "Bibliotheek Centrum", kind=OrganisationKind.LIBRARY)
        home = node_key(NodeKind.HOUSEHOLD, household_id)
        eco.add_tie(uow, household_id, truus.key, home, quality=TieQuality.SUPPORTIVE,
                    direction=SupportDirection.TO_TARGET,
                    support_types=[SupportType.PRACTICAL, SupportType.EMOTIONAL])
        eco.add_tie(uow, household_id, xaviera.key, node_key(NodeKind.PERSON, fatma_id),
                    direction=SupportDirection.TO_TARGET, support_types=[SupportType.COMPANIONSHIP])
        eco.add_tie(uow, household_id, school.key, node_key(NodeKind.PERSON, sem_id),
                    direction=SupportDirection.TO_TARGET, support_types=[SupportType.ADVICE],
                    note="Sem krijgt extra hulp bij lezen")
        truus_id = truus.record_id
        school_id, ggz_id, club_id = school.record_id, ggz.record_id, club.record_id
        unlinked_id = other.id
    with unit_of_work(store) as uow:
        household = hs.require(uow, type(household), household_id)
        goal = plan.add_goal(uow, household, "Sem gaat elke dag met plezier naar school",
                             person_id=sem_id, started_on=date(2026, 9, 1))
        money = plan.add_goal(uow, household, "Wij hebben overzicht over onze rekeningen",
                              started_on=date(2026, 9, 1))
        visit = visits.start_visit(
            uow, household, starts_at=datetime(2026, 11, 18, 9, 30, tzinfo=UTC),
            duration_minutes=60, location="Thuis", present_person_ids=[fatma_id, sem_id],
            present_other="Juf Anouk van school",
            notes=f"Fatma vertelde over de scheiding. {NOTES_MARKER}",
            request="Fatma wil dat Sem weer graag naar school gaat.",
            strengths="Oma Truus haalt Sem elke woensdag op\nFatma zoekt zelf hulp",
            concerns="Sem slaapt slecht sinds de scheiding",
            themes=[Theme.DIVORCE, Theme.TRUANCY],
            next_visit_at=datetime(2026, 12, 2, 9, 30, tzinfo=UTC))
        for day, score in ((date(2026, 9, 15), 3), (date(2026, 10, 14), 5)):
            plan.record_score(uow, goal, score, day)
            plan.record_score(uow, money, score + 1, day)
        plan.record_score(uow, goal, 6, date(2026, 11, 18), visit_id=visit.id)
        plan.add_agreement(uow, household, "Truus brengt Sem op maandag naar school",
                           owner_kind=AgreementOwnerKind.NETWORK, owner_id=truus_id,
                           due_on=date(2026, 12, 1), visit_id=visit.id)
        plan.add_agreement(uow, household, "Fatma belt de schuldhulp",
                           owner_kind=AgreementOwnerKind.MEMBER, owner_id=fatma_id,
                           due_on=date(2026, 11, 25), visit_id=visit.id)
        plan.record_consent(uow, household, given_by_person_id=fatma_id,
                            given_on=date(2026, 10, 1), purpose="Samen zorgen dat Sem naar "
                            "school gaat", organisation_ids=[school_id],
                            topics=[t.value for t in ConsentTopic], person_ids=[fatma_id],
                            valid_until=date(2027, 10, 1))
        withdrawn = plan.record_consent(
            uow, household, given_by_person_id=fatma_id, given_on=date(2026, 3, 1),
            purpose="Behandeling", organisation_ids=[ggz_id],
            topics=[ConsentTopic.GOALS.value], person_ids=[fatma_id, sem_id])
        plan.withdraw_consent(uow, withdrawn, date(2026, 6, 1), "wil het zelf vertellen")
        plan.record_consent(uow, household, given_by_person_id=jan_id,
                            given_on=date(2025, 9, 1), valid_until=date(2026, 8, 31),
                            purpose="Sport", organisation_ids=[club_id],
                            topics=[ConsentTopic.AGREEMENTS.value], person_ids=[sem_id])
        visit_id = visit.id
    if finalise:
        with unit_of_work(store) as uow:
            visit = uow.get(type(visit), visit_id)
            visits.finalise_visit(uow, visit)
        with unit_of_work(store) as uow:
            visit = uow.get(type(visit), visit_id)
            visits.edit_visit(uow, visit, concerns="Sem slaapt slecht sinds de scheiding\n"
                              "Fatma is moe")
    return SummaryHousehold(household_id, visit_id, school_id, ggz_id, club_id, unlinked_id,
                            fatma_id, sem_id, truus_id)


def all_text(doc) -> str:  # type: ignore[no-untyped-def]
    """Every text a document holds, the ecogram's labels, title and legend included."""
    from voordeur.export.ecogram_legend import legend_texts
    from voordeur.export.summary_document import (
        BulletList,
        EcogramFigure,
        Facts,
        Paragraph,
        ScoreChart,
        Table,
    )

    parts = [doc.title, doc.household_name, doc.subtitle, doc.recipient, doc.made_by]
    for section in doc.sections:
        parts.append(section.heading)
        for block in section.blocks:
            if isinstance(block, Paragraph):
                parts.append(block.text)
            elif isinstance(block, BulletList):
                parts += block.items
            elif isinstance(block, Facts):
                parts += [text for pair in block.pairs for text in pair]
            elif isinstance(block, Table):
                parts += [*block.header, *(cell for row in block.rows for cell in row)]
            elif isinstance(block, EcogramFigure):
                ecogram = block.ecogram
                parts += [block.caption, ecogram.title,
                          *legend_texts(ecogram, roles=block.roles)]
                parts += [n.label(roles=block.roles) for n in ecogram.nodes]
                parts += [n.contact_name for n in ecogram.nodes]
                parts += [t.note for t in ecogram.ties]
            elif isinstance(block, ScoreChart):
                parts += [block.caption, *(s.label for s in block.series)]
    return "\n".join(parts)
