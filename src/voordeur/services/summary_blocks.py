"""Building blocks shared by the visit summary and the family plan: goals, agreements, who
supports whom, the consent a partner document rests on, and the consent register.

Every text that may hold a name goes through the `Disclosure`, so a partner sees roles where
the consent names nobody.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime

from voordeur.domain.disclosure import Disclosure
from voordeur.domain.ecogram import Ecogram
from voordeur.domain.ecogram_graph import is_inner, support_flows
from voordeur.export.summary_document import (
    BulletList,
    Facts,
    Paragraph,
    ScoreChart,
    ScoreSeries,
    Section,
    Table,
    dutch_date,
)
from voordeur.model import Agreement, Consent, Goal
from voordeur.model.catalogues import (
    CONSENT_TOPIC_LABELS,
    SUPPORT_TYPE_LABELS,
    AgreementOwnerKind,
    AgreementStatus,
    ConsentTopic,
    GoalStatus,
    NodeKind,
    SupportType,
    TieQuality,
)
from voordeur.services.household_queries import consent_state
from voordeur.services.profile import contact_line
from voordeur.services.summary_sources import Sources

AGREEMENT_STATUS_LABELS = {AgreementStatus.OPEN: "Open", AgreementStatus.DONE: "Klaar",
                           AgreementStatus.CANCELLED: "Vervallen"}
GOAL_STATUS_LABELS = {GoalStatus.ACTIVE: "Loopt", GoalStatus.ACHIEVED: "Bereikt",
                      GoalStatus.STOPPED: "Gestopt"}
CONSENT_STATE_LABELS = {"valid": "Geldig", "expired": "Verlopen", "withdrawn": "Ingetrokken",
                        "not_yet": "Nog niet geldig"}


def lines(text: str) -> tuple[str, ...]:
    """One item per non-empty line (strengths and concerns are typed one per line), without
    list marks the worker typed."""
    return tuple(line.strip().lstrip("-•*").strip() for line in text.splitlines()
                 if line.strip().lstrip("-•*").strip())


def local_moment(moment: datetime) -> str:
    """'dinsdag 3 maart 2026 om 10:00' in the laptop's time zone."""
    local = moment.astimezone()
    return f"{dutch_date(local.date(), weekday=True)} om {local:%H:%M}"


def score_text(score: int | None) -> str:
    return "nog geen cijfer" if score is None else f"{score} van de 10"


# -- goals ----------------------------------------------------------------------------------------
def goal_label(sources: Sources, goal: Goal, disclosure: Disclosure) -> str:
    """The goal in the family's own words, with whose goal it is when it is one person's."""
    text = disclosure.scrub(goal.text)
    if not goal.person_id:
        return text
    label = disclosure.person_label(goal.person_id)
    first = label.split()[0] if label else ""
    if first and first.casefold() in text.casefold():
        return text  # "Thijs kan zich …" already says whose goal it is
    return f"{text} ({label})"


def goals_table(sources: Sources, goals: tuple[Goal, ...], disclosure: Disclosure, *,
                until: date | None, plain: bool, with_status: bool = False) -> Table:
    """Numbered goals with their latest score and the one before (the chart uses the
    numbers)."""
    rows = []
    for number, goal in enumerate(goals, start=1):
        scores = [s for s in sources.scores.get(goal.id, ())
                  if until is None or s.recorded_on <= until]
        now = scores[-1] if scores else None
        before = scores[-2] if len(scores) > 1 else None
        row = [f"{number}. {goal_label(sources, goal, disclosure)}", score_text(
            now.score if now else None)]
        row.append(f"{before.score} ({dutch_date(before.recorded_on)})" if before else "–")
        if with_status:
            row.append(GOAL_STATUS_LABELS[GoalStatus(goal.status)])
        rows.append(tuple(row))
    header = ["Doel", "Cijfer nu" if plain else "Laatste score", "Vorige keer"
              if plain else "Vorige score"]
    widths = [5.0, 1.6, 2.0]
    if with_status:
        header.append("Stand")
        widths.append(1.2)
    return Table(tuple(header), tuple(rows), tuple(widths))


def score_chart(sources: Sources, goals: tuple[Goal, ...], *, until: date | None,
                caption: str, axis_label: str = "Score") -> ScoreChart | None:
    series = []
    for number, goal in enumerate(goals, start=1):
        points = tuple((s.recorded_on, s.score) for s in sources.scores.get(goal.id, ())
                       if until is None or s.recorded_on <= until)
        if points:
            series.append(ScoreSeries(f"Doel {number}", points))
    return ScoreChart(tuple(series), caption, axis_label) if series else None


def score_history(sources: Sources, goals: tuple[Goal, ...]) -> Table:
    rows = [(f"Doel {number}", dutch_date(s.recorded_on), str(s.score), s.note)
            for number, goal in enumerate(goals, start=1)
            for s in sources.scores.get(goal.id, ())]
    return Table(("Doel", "Datum", "Score", "Toelichting"), tuple(rows), (1.2, 1.8, 0.8, 4.0))


# -- agreements -----------------------------------------------------------------------------------
def owner_label(sources: Sources, agreement: Agreement, disclosure: Disclosure) -> str:
    kind = AgreementOwnerKind(agreement.owner_kind)
    if kind in (AgreementOwnerKind.MEMBER, AgreementOwnerKind.NETWORK):
        return disclosure.person_label(agreement.owner_id) or "?"
    return sources.owner_name(agreement) or ("de medewerker" if kind == AgreementOwnerKind.WORKER
                                             else "?")


def due_text(agreement: Agreement, *, plain: bool) -> str:
    if agreement.due_on is None:
        return "samen afspreken" if plain else "–"
    # "uiterlijk op", as the app says it: "vóór 25 november" would mean the 24th at the latest
    return f"uiterlijk op {dutch_date(agreement.due_on)}" if plain \
        else dutch_date(agreement.due_on)


def agreements_table(sources: Sources, agreements: tuple[Agreement, ...],
                     disclosure: Disclosure, *, plain: bool, with_status: bool) -> Table:
    rows = []
    for agreement in agreements:
        row = [owner_label(sources, agreement, disclosure), disclosure.scrub(agreement.what),
               due_text(agreement, plain=plain)]
        if with_status:
            status, done_on = sources.agreement_status(agreement)
            label = AGREEMENT_STATUS_LABELS[status]
            if status == AgreementStatus.DONE and done_on:
                label = f"Klaar op {dutch_date(done_on)}"
            row.append(label)
        rows.append(tuple(row))
    header = ("Wie", "Wat", "Wanneer") + (("Stand",) if with_status else ())
    widths = (2.0, 5.0, 2.0) + ((1.6,) if with_status else ())
    return Table(header, tuple(rows), widths)


# -- who supports the family ----------------------------------------------------------------------
def support_table(ecogram: Ecogram, disclosure: Disclosure) -> Table | None:
    """Who in the network supports the household or a member, and how (P/G/A/E)."""
    givers: dict[str, set[SupportType]] = defaultdict(set)
    receivers: dict[str, set[str]] = defaultdict(set)
    cut = {t.id for t in ecogram.ties if t.quality == TieQuality.CUT_OFF}
    for flow in support_flows(ecogram):
        giver = ecogram.node(flow.provider)
        if flow.tie_id in cut or giver is None or not giver.in_network \
                or not is_inner(ecogram, flow.receiver):
            continue
        givers[flow.provider].update(flow.types)
        receivers[flow.provider].add(flow.receiver)
    if not givers:
        return None
    rows = []
    for key in sorted(givers, key=lambda k: _node_label(ecogram, k, disclosure).casefold()):
        kinds = [SUPPORT_TYPE_LABELS[t] for t in SupportType if t in givers[key]]
        whom = sorted(_node_label(ecogram, r, disclosure) for r in receivers[key])
        how = ", ".join(kinds) or "steun (soort niet ingevuld)"
        rows.append((_node_label(ecogram, key, disclosure, with_role=True), how,
                     ", ".join(whom)))
    return Table(("Wie", "Welke steun", "Aan wie"), tuple(rows), (3.0, 3.5, 3.0))


def _node_label(ecogram: Ecogram, key: str, disclosure: Disclosure, *,
                with_role: bool = False) -> str:
    node = ecogram.node(key)
    if node is None:
        return "?"
    if node.is_household:
        return "het hele gezin"
    if node.kind == NodeKind.PERSON:
        label = disclosure.person_label(node.record_id, node.role or node.name)
        if with_role and node.role and label != node.role and not node.member:
            return f"{label} ({node.role})"  # "Frits Pinas (opa)"
        return label
    return node.name


SUPPORT_EXPLAINED = ("Steun is praktisch (P: een handje helpen), gezelschap (G: samen iets doen), "
                     "advies (A: raad en informatie) of emotioneel (E: een luisterend oor).")
# the same for the family (B1): short sentences
SUPPORT_EXPLAINED_PLAIN = ("Er zijn vier soorten steun. P is praktisch: een handje helpen. "
                           "G is gezelschap: samen iets doen. A is advies: raad en informatie. "
                           "E is emotioneel: een luisterend oor.")


# -- consent --------------------------------------------------------------------------------------
def consent_basis(sources: Sources, disclosure: Disclosure, organisation_name: str) -> Section:
    """Why a partner may read this: the consent(s) it rests on, and what that leaves out."""
    blocks: list[Paragraph | BulletList | Facts] = []
    for consent in disclosure.consents:
        given_by = (disclosure.person_label(consent.given_by_person_id)
                    if consent.given_by_person_id else "de ouders")
        pairs = [("Gegeven door", given_by), ("Gegeven op", dutch_date(consent.given_on)),
                 ("Geldig tot", dutch_date(consent.valid_until) if consent.valid_until
                  else "tot wederopzegging"),
                 ("Doel", disclosure.scrub(consent.purpose) or "–"),
                 ("Mag gedeeld worden", ", ".join(_topic_labels(consent.topics)) or "–")]
        blocks.append(Facts(tuple(pairs)))
    text = (f"{consent_givers(disclosure)} toestemming gegeven om dit met {organisation_name} "
            "te delen. Hier staat alleen wat die toestemming toestaat.")
    if disclosure.hidden_people():
        text += (" Mensen die niet in de toestemming staan, worden met hun rol genoemd en niet "
                 "met hun naam.")
    return Section("Gedeeld met toestemming", (Paragraph(text), *blocks))


def consent_givers(disclosure: Disclosure) -> str:
    """Who gave the consents a document rests on, as a sentence's subject with its verb:
    "Fatma Yılmaz heeft", "Fatma Yılmaz en Jan Bakker hebben", "Moeder heeft" (by role when the
    name is hidden); "De ouders hebben" when a consent does not say who gave it."""
    givers = list(dict.fromkeys(c.given_by_person_id for c in disclosure.consents))
    names = [disclosure.person_in_text(g) for g in givers if g]
    if not givers or None in givers or not all(names):
        return "De ouders hebben"
    who = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} en {names[-1]}"
    return f"{who[:1].upper()}{who[1:]} {'heeft' if len(names) == 1 else 'hebben'}"


def _topic_labels(topics: list[str] | tuple[str, ...]) -> list[str]:
    return [CONSENT_TOPIC_LABELS[t].lower() for t in ConsentTopic if t.value in topics]


def consent_register(sources: Sources, today: date, *,
                     recorded_by: datetime | None = None) -> Section:
    """Every consent of the household, valid or not, as it stood on `today` (the case file; a
    visit's: on its day, the consents recorded by the time it was made final)."""
    everyone = Disclosure(people={p.id: p for p in sources.people})
    rows = []
    for consent in sources.consents:
        if recorded_by is None or consent.created_at <= recorded_by:
            rows.append(_consent_row(sources, consent, everyone, today))
    if not rows:
        return Section("Toestemming", (Paragraph("Er is geen toestemming vastgelegd."),))
    return Section("Toestemming", (Table(
        ("Gegeven door", "Op", "Voor", "Onderwerpen", "Namen", "Geldig tot", "Stand"),
        tuple(rows), (1.6, 1.4, 2.0, 2.0, 1.8, 1.4, 1.4)),))


def _consent_row(sources: Sources, consent: Consent, everyone: Disclosure,
                 today: date) -> tuple[str, ...]:
    state = consent_state(consent, today).value
    label = CONSENT_STATE_LABELS[state]
    if state == "withdrawn" and consent.withdrawn_on:
        label = f"Ingetrokken op {dutch_date(consent.withdrawn_on)}"
    organisations = [sources.organisations[o].name if o in sources.organisations else "?"
                     for o in consent.organisation_ids]
    names = [everyone.person_label(p) for p in consent.person_ids]
    return (everyone.person_label(consent.given_by_person_id) if consent.given_by_person_id
            else "–", dutch_date(consent.given_on), ", ".join(organisations) or "–",
            ", ".join(_topic_labels(consent.topics)) or "–", ", ".join(names) or "niemand",
            dutch_date(consent.valid_until) if consent.valid_until else "–", label)


def planned_at_visit_text(moment: datetime | None, *, plain: bool) -> Paragraph:
    """The next visit as a visit summary records it: what was agreed at that visit, so an old
    summary never announces a day that has passed."""
    if moment is None:
        return Paragraph("Bij dit bezoek is nog geen nieuwe afspraak gemaakt." if plain
                         else "Bij dit bezoek niet gepland.")
    return Paragraph(f"Bij dit bezoek afgesproken: volgend bezoek op {local_moment(moment)}."
                     if plain else f"Bij dit bezoek gepland: {local_moment(moment)}.")


def next_visit_text(moment: datetime | None, *, plain: bool) -> Paragraph:
    if moment is None:
        return Paragraph("We spreken samen een nieuwe datum af." if plain
                         else "Nog niet gepland.")
    return Paragraph(f"We zien elkaar weer op {local_moment(moment)}." if plain
                     else local_moment(moment))


def contact_section(sources: Sources, *, family: bool, fallback: str = "") -> Section:
    """The closing "Contact" of family and partner documents: who to ask and how, from the
    profile of the worker making the document (`fallback`: a name, when the profile has none).
    Placed before the network, whose ecogram has a page of its own."""
    line = contact_line(sources.maker, family=family)
    if not line and fallback:
        line = (f"Hebben jullie een vraag? Neem dan contact op met {fallback}." if family
                else f"Vragen? Neem contact op met {fallback}.")
    return Section("Contact", (Paragraph(line),) if line else ())
