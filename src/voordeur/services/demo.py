"""Fill a store with synthetic households through the ordinary services.

Everything comes from one seeded random generator, ids included, so the same seed on the same
reference day gives the same store. The text comes from `demo_content`; this module decides the
structure: who is in the network, how visits, scores, agreements and consent unfold over time.
"""

from __future__ import annotations

import random
import re
import secrets
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cached_property
from zoneinfo import ZoneInfo

from voordeur import clock
from voordeur.domain.ecogram import Ecogram, split_key
from voordeur.domain.ecogram_layout import complete_positions
from voordeur.model import (
    EcogramPosition,
    FamilyRelation,
    Household,
    HouseholdPartner,
    Organisation,
    PlanRevision,
    Tie,
    Visit,
)
from voordeur.model.catalogues import (
    AgreementOwnerKind,
    AgreementStatus,
    ConsentTopic,
    FamilyRelationKind,
    HouseholdStatus,
    LifeDomain,
    NodeKind,
    PersonKind,
    PlanField,
    TieQuality,
    TieStrength,
    VisitKind,
)
from voordeur.model.ids import seeded_id
from voordeur.services import demo_content as content
from voordeur.services import ecogram as ecogram_service
from voordeur.services import households as hs
from voordeur.services import plan, visits
from voordeur.services.demo_content.agreement_owners import HouseholdCircle
from voordeur.services.demo_content.ties import domain_of, past_states, tie_fields
from voordeur.services.ecogram_queries import (
    household_node,
    line_value,
    organisation_node,
    person_node,
    tie_value,
)
from voordeur.services.households import ServiceError
from voordeur.services.unit_of_work import UnitOfWork, unit_of_work
from voordeur.store.store import META_TEAM, Store

LOCAL_TZ = ZoneInfo("Europe/Amsterdam")
VISIT_KINDS = [VisitKind.HOME_VISIT] * 12 + [VisitKind.PHONE] * 4 + [VisitKind.STREET] * 2 + [
    VisitKind.GROUP,
    VisitKind.PARTNER_MEETING,
]
@dataclass
class DemoReport:
    seed: int
    households: int = 0
    records: Counter[str] = field(default_factory=Counter)
    neighbourhoods: Counter[str] = field(default_factory=Counter)

    def describe(self) -> str:
        per_table = ", ".join(f"{n} {t}" for t, n in sorted(self.records.items()))
        wijken = ", ".join(f"{w} ({n})" for w, n in self.neighbourhoods.most_common())
        return (
            f"Made {self.households} synthetic households (seed {self.seed}).\n"
            f"Records: {per_table}.\n"
            f"Neighbourhoods: {wijken}."
        )


class _Ids:
    """Seeded UUIDv7 ids whose time part follows the synthetic timeline."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng

    def at(self, day: date) -> str:
        return seeded_id(self._rng, datetime.combine(day, time(12), LOCAL_TZ))


def generate_demo(
    store: Store,
    *,
    households: int = 30,
    seed: int | None = None,
    reference_day: date | None = None,
) -> DemoReport:
    seed = seed if seed is not None else secrets.randbelow(1_000_000)
    rng = random.Random(seed)
    today = reference_day or clock.today()
    report = DemoReport(seed=seed)
    team_id = store.meta(META_TEAM) or None
    organisations: dict[str, Organisation] = {}
    for index in range(households):
        with unit_of_work(store, detail="demo data") as uow:
            builder = _HouseholdBuilder(uow, rng, today, team_id, organisations)
            household = builder.build(check_seed_unused=index == 0)
            report.households += 1
            report.neighbourhoods[household.neighbourhood] += 1
            report.records.update(c.table for c in uow.changes if c.op == "create")
    return report


@dataclass
class _HouseholdBuilder:
    """Builds one synthetic household, its network and its history in one unit of work."""

    uow: UnitOfWork
    rng: random.Random
    today: date
    team_id: str | None
    organisations: dict[str, Organisation]  # shared across households, by name
    _agreed: set[str] = field(default_factory=set)  # agreement texts in this plan so far
    _plan_heads: dict[str, PlanRevision] = field(default_factory=dict)  # newest per plan text

    def build(self, *, check_seed_unused: bool) -> Household:
        rng, uow = self.rng, self.uow
        self.ids = _Ids(rng)
        self.spec = spec = content.household(rng, self.today)
        self.opened = opened = self.today - timedelta(days=rng.randint(30, 420))
        household_id = self.ids.at(opened)
        if check_seed_unused and uow.get(Household, household_id, include_deleted=True):
            raise ServiceError(
                "the demo households for this seed are already in the store; use another --seed"
            )
        closed_on = self.today - timedelta(days=rng.randint(1, 25)) if rng.random() < 0.12 else None
        self.household = hs.create_household(
            uow, spec.display_name, id=household_id, team_id=self.team_id,
            primary_worker_id=uow.actor.worker_id, neighbourhood=spec.neighbourhood,
            city=spec.city, street=spec.street, house_number=spec.house_number,
            postcode=spec.postcode, phone=spec.phone, opened_on=opened,
            status=HouseholdStatus.CLOSED if closed_on else HouseholdStatus.ACTIVE,
            closed_on=closed_on,
            # Closed cases are kept for the retention period, then erased.
            retain_until=closed_on + timedelta(days=2 * 365) if closed_on else None,
        )
        self.members = [
            hs.add_person(
                uow, self.household, id=self.ids.at(opened), kind=PersonKind.MEMBER,
                first_name=m.first_name, last_name=m.last_name, role=m.role, gender=m.gender,
                birth_date=m.birth_date, birth_year=m.birth_year, deceased=m.deceased,
                is_index=m.is_index, life_domain=LifeDomain.FAMILY_HOME, closeness=1,
            )
            for m in spec.members
        ]
        adult_before = self.today.year - 18
        self.adults = [
            m for m in self.members
            if m.birth_year and m.birth_year < adult_before and not m.deceased
        ] or self.members
        self._relations()
        self._network()
        self._partners()
        self._ties()
        self._history()
        self._consent()
        self._ecogram()
        return self.household

    def _relations(self) -> None:
        self.lines: list[FamilyRelation] = []
        for rel in self.spec.relations:
            a, b = self.members[rel.a], self.members[rel.b]
            if rel.kind == FamilyRelationKind.PARTNERS and rel.partner_status:
                self.lines.append(hs.relate_partners(self.uow, a, b, rel.partner_status,
                                                     id=self.ids.at(self.opened)))
            elif rel.child_type:
                self.lines.append(hs.relate_parent_child(self.uow, a, b, rel.child_type,
                                                         id=self.ids.at(self.opened)))

    def _network(self) -> None:
        self.network = [
            hs.add_person(
                self.uow, self.household, id=self.ids.at(self.opened), kind=PersonKind.NETWORK,
                first_name=p.first_name, last_name=p.last_name, role=p.role, gender=p.gender,
                life_domain=p.life_domain, closeness=p.closeness,
            )
            for p in content.network_people(self.rng, self.spec, self.rng.randint(3, 12))
        ]

    def _partners(self) -> None:
        self.partners: list[Organisation] = []
        self.links: list[HouseholdPartner] = []
        for org_spec in content.organisations(self.rng, self.spec, self.rng.randint(2, 6)):
            org = self.organisations.get(org_spec.name)
            if org is None:
                org = hs.add_organisation(
                    self.uow, org_spec.name, id=self.ids.at(self.opened), kind=org_spec.kind,
                    team_id=self.team_id, neighbourhood=self.spec.neighbourhood,
                )
                self.organisations[org_spec.name] = org
            if org in self.partners:
                continue
            self.links.append(hs.link_partner(
                self.uow, self.household, org, id=self.ids.at(self.opened),
                contact_name=org_spec.contact_name, life_domain=domain_of(org),
                closeness=self.rng.choice([1, 2, 2, 3]),
            ))
            self.partners.append(org)

    def _connect(self, source: tuple[NodeKind, str], target: tuple[NodeKind, str],
                 **fields: object) -> Tie:
        tie = hs.connect(self.uow, self.household, source, target,
                         id=self.ids.at(self.opened), **fields)
        self.ties.append(tie)
        return tie

    def _ties(self) -> None:
        self.ties: list[Tie] = []
        rng, made = self.rng, 0
        centre = (NodeKind.HOUSEHOLD, self.household.id)
        for person in self.network:
            # Most network people relate to the household as a whole; some to one member.
            target = centre
            if rng.random() < 0.35:
                target = (NodeKind.PERSON, rng.choice(self.members).id)
            self._connect((NodeKind.PERSON, person.id), target,
                          **tie_fields(rng, person.life_domain, person.closeness))
            made += 1
        for org in self.partners:
            self._connect((NodeKind.ORGANISATION, org.id), centre,
                          **tie_fields(rng, domain_of(org), rng.choice([1, 2, 2, 3])))
            made += 1
        # A few ties inside the network: grandmother and neighbour know each other, and so on.
        for _ in range(min(rng.randint(0, 4), max(0, 24 - made))):
            if len(self.network) < 2:
                break
            a, b = rng.sample(self.network, 2)
            self._connect((NodeKind.PERSON, a.id), (NodeKind.PERSON, b.id),
                          **tie_fields(rng, a.life_domain, 2))
            made += 1
        if len(self.adults) >= 2 and rng.random() < 0.3:
            self._connect((NodeKind.PERSON, self.adults[0].id),
                          (NodeKind.PERSON, self.adults[1].id),
                          strength=TieStrength.NORMAL, quality=TieQuality.STRESSFUL)

    def _goal_owner(self, text: str) -> str | None:
        """A third of the goals are one person's: the member the text names, if it names one
        ("Shanaya kan zich …" is Shanaya's goal, not her sister's)."""
        pick = self.rng.choice(self.members) if self.rng.random() < 0.3 else None
        if pick is None:
            return None
        named = next((m for m in self.members
                      if m.first_name and re.search(rf"\b{re.escape(m.first_name)}\b", text)),
                     None)
        return (named or pick).id

    def _history(self) -> None:
        rng, uow, spec, today = self.rng, self.uow, self.spec, self.today
        visit_count = rng.randint(3, 20)
        span = max((today - self.opened).days, visit_count * 7)
        self.final_visits: list[Visit] = []
        days = sorted({
            min(today, self.opened + timedelta(days=round(i * span / visit_count)
                                               + rng.randint(0, 3)))
            for i in range(visit_count)
        })
        goals = [
            plan.add_goal(uow, self.household, text, id=self.ids.at(days[0]),
                          started_on=days[0], person_id=self._goal_owner(text))
            for text in content.goal_texts(rng, spec, rng.randint(1, 3))
        ]
        scores = {g.id: rng.randint(1, 4) for g in goals}
        names = [p.first_name for p in self.network]
        agreements_left = rng.randint(2, 6)
        active = self.household.status == HouseholdStatus.ACTIVE
        for number, day in enumerate(days, start=1):
            kind = VisitKind.HOME_VISIT if number == 1 else rng.choice(VISIT_KINDS)
            hour, minute = rng.choice([9, 10, 11, 13, 14, 15, 16]), rng.choice([0, 15, 30, 45])
            last = number == len(days)
            next_visit = None
            if last and active:
                next_day = today + timedelta(days=rng.randint(2, 21))
                next_visit = datetime.combine(next_day, time(10), LOCAL_TZ)
            present = rng.sample(self.members, rng.randint(1, len(self.members)))
            visit = visits.start_visit(
                uow, self.household, id=self.ids.at(day), kind=kind,
                starts_at=datetime.combine(day, time(hour, minute), LOCAL_TZ),
                duration_minutes=rng.choice([15, 30, 45, 60, 60, 75, 90]),
                location=content.location_for(rng, kind, spec),
                present_person_ids=[p.id for p in present],
                notes=content.visit_notes(rng, spec, kind=kind, visit_number=number,
                                          network_names=names),
                themes=[],
                next_visit_at=next_visit,
            )
            self._plan_at(visit, {
                "request": content.request_text(rng, spec) if number == 1 else None,
                "strengths": content.strengths_text(rng, spec),
                "concerns": content.concerns_text(rng, spec),
            })
            uow.update(visit, themes=[str(t) for t in rng.sample(
                spec.themes, rng.randint(1, len(spec.themes)))])
            if kind != VisitKind.GROUP:
                for goal in goals:
                    step = rng.choice([-1, 0, 1, 1, 2])
                    scores[goal.id] = max(0, min(10, scores[goal.id] + step))
                    plan.record_score(uow, goal, scores[goal.id], day, visit_id=visit.id,
                                      id=self.ids.at(day))
            if agreements_left and (number == 1 or rng.random() < 0.4):
                count = min(agreements_left, rng.randint(1, 2))
                agreements_left -= count
                for pick in content.agreement_texts(rng, spec, count, fits=self._can_own):
                    self._agreement(visit, day, pick)
            # Earlier visits are final; the latest is sometimes still being written up.
            if not last or rng.random() < 0.5:
                # The demo writes its own snapshots of the past (see _ecogram).
                visits.finalise_visit(uow, visit, snapshot=False)
                self.final_visits.append(visit)

    def _plan_at(self, visit: Visit, texts: dict[str, str | None]) -> None:
        """The plan's texts as changed at a visit (None: left as it was), dated that visit.
        Ids from an own stream (the visit's id): the main stream decides the rest as before."""
        ids = _Ids(random.Random(visit.id))
        day = visit.starts_at.astimezone(LOCAL_TZ).date()
        for name, text in texts.items():
            previous = self._plan_heads.get(name)
            if text is None or text == (previous.text if previous else ""):
                continue
            self._plan_heads[name] = self.uow.add(PlanRevision(
                id=ids.at(day), household_id=self.household.id, field=PlanField(name),
                text=text, visit_id=visit.id,
                base_revision_id=previous.id if previous else None,
                worker_id=self.uow.actor.worker_id, device_id=self.uow.actor.device_id,
                saved_at=visit.starts_at))

    def _ecogram(self) -> None:
        """Saved positions for every node, and snapshots at final visits that tell how the
        network grew: contacts that came later, a relation that got better."""
        # An own random stream (from the seeded household id): adding the ecogram left
        # everything the main stream decides (names, visits, scores) as it was.
        rng = random.Random(self.household.id)
        ids = _Ids(rng)
        ecogram = self._current_ecogram()
        positions = complete_positions(ecogram)
        for key, (x, y) in positions.items():
            kind, record_id = split_key(key)
            # Not pinned: the demo placed them, not a worker.
            self.uow.add(EcogramPosition(
                id=ids.at(self.opened), household_id=self.household.id, node_kind=kind,
                node_id=record_id, x=x, y=y, pinned=False))
        if not self.final_visits:
            return
        count = min(len(self.final_visits), rng.choice([1, 2, 2, 3, 3]))
        states = past_states(ecogram.with_positions(positions), rng, count)
        for visit, state in zip(_spread(self.final_visits, count), states, strict=True):
            taken_at = visit.starts_at + timedelta(minutes=visit.duration_minutes or 60)
            ecogram_service.save_snapshot(self.uow, state, visit_id=visit.id, taken_at=taken_at,
                                          id=ids.at(taken_at.date()))

    def _current_ecogram(self) -> Ecogram:
        """What `ecogram_queries.current_ecogram` would read, from the records in hand: the
        same map without a flush and five queries per household (the demo is benchmarked)."""
        nodes = [household_node(self.household),
                 *(person_node(p) for p in (*self.members, *self.network))]
        by_id = {o.id: o for o in self.partners}
        nodes += [organisation_node(by_id[link.organisation_id], link) for link in self.links]
        return Ecogram.of(self.household.id, self.household.display_name, nodes,
                          map(tie_value, self.ties), map(line_value, self.lines))

    @cached_property
    def _circle(self) -> HouseholdCircle:
        """Read once the network and partners are in place (`_history` runs after them)."""
        return HouseholdCircle(adults=self.adults, members=self.members, network=self.network,
                               partners=self.partners, worker_id=self.uow.actor.worker_id)

    def _can_own(self, what: str, hint: str) -> bool:
        """A text fits when someone here can carry it out and the plan does not hold it yet
        (the same agreement twice in one plan reads like a mistake)."""
        return what not in self._agreed and bool(
            self._circle.fitting(what, AgreementOwnerKind(hint)))

    def _agreement(self, visit: Visit, day: date, pick: content.AgreementPick) -> None:
        rng, circle = self.rng, self._circle
        due = day + timedelta(days=rng.choice([7, 14, 14, 21, 28]))
        status = AgreementStatus.OPEN
        if due < self.today and rng.random() < 0.75:
            status = rng.choices([AgreementStatus.DONE, AgreementStatus.CANCELLED], [9, 1])[0]
        agreement_id = self.ids.at(day)
        # An owner is drawn as the demo always did (for the hint first drawn; the worker when
        # nobody has that kind), so the seeded stream and every household after this one stay
        # as they were; then the one the text names wins ("Moeder belt …" is Moeder's).
        worker = circle.by_kind(AgreementOwnerKind.WORKER)
        drawn = rng.choice(circle.by_kind(AgreementOwnerKind(pick.drawn_hint)) or worker)
        owner_kind = AgreementOwnerKind(pick.owner_hint)
        fitting = circle.fitting(pick.what, owner_kind)
        if not fitting:  # only when no text at all fits this household: the worker takes it
            owner_kind, fitting = AgreementOwnerKind.WORKER, worker
        self._agreed.add(pick.what)
        plan.add_agreement(
            self.uow, self.household, pick.what, id=agreement_id, visit_id=visit.id,
            owner_kind=owner_kind,
            owner_id=drawn if drawn in fitting else fitting[len(pick.what) % len(fitting)],
            due_on=due, status=status,
            done_on=min(due, self.today) if status == AgreementStatus.DONE else None,
        )

    def _consent(self) -> None:
        rng = self.rng
        if not self.partners or rng.random() < 0.25:
            return
        given = self.opened + timedelta(days=rng.randint(0, 20))
        scope = rng.sample(self.partners, rng.randint(1, min(2, len(self.partners))))
        topics = [ConsentTopic.GOALS, ConsentTopic.AGREEMENTS, *rng.sample(
            [ConsentTopic.VISIT_SUMMARIES, ConsentTopic.NETWORK, ConsentTopic.CONCERNS],
            rng.randint(0, 2))]
        consent = plan.record_consent(
            self.uow, self.household, id=self.ids.at(given),
            given_by_person_id=rng.choice(self.adults).id, given_on=given,
            purpose=rng.choice(CONSENT_PURPOSES), organisation_ids=[o.id for o in scope],
            topics=[str(t) for t in topics], person_ids=[m.id for m in self.members],
            valid_until=given + timedelta(days=rng.choice([180, 365, 365, 730])),
        )
        if rng.random() < 0.1 and given < self.today:
            plan.withdraw_consent(self.uow, consent, min(self.today, given + timedelta(days=60)),
                                  "Ouders willen eerst zelf met school praten")


CONSENT_PURPOSES = [
    "Afstemmen van hulp rond school en thuis",
    "Samenwerken aan het gezinsplan",
    "Overdracht naar jeugdhulp",
    "Afstemming met de schuldhulpverlening",
]


def _spread(items: list[Visit], count: int) -> list[Visit]:
    """`count` items from first to last, evenly apart."""
    if count <= 1:
        return items[:count]
    last = len(items) - 1
    return [items[round(i * last / (count - 1))] for i in range(count)]
