"""What a visit summary and the family plan hold for the family, a partner and the case file."""

from __future__ import annotations

import re

import pytest

from testsupport_summary import HIDDEN_NAMES, NOTES_MARKER, TODAY, all_text, build
from voordeur.domain.disclosure import HIDDEN_HOUSEHOLD_NAME, ExportRefused, RefusalReason
from voordeur.export.summary_document import (
    Audience,
    BulletList,
    EcogramFigure,
    OmissionKind,
    ScoreChart,
    SummaryDocument,
    Table,
)
from voordeur.model import Household
from voordeur.model.catalogues import ConsentTopic
from voordeur.services.summary_content import family_plan, partner_choices, visit_summary
from voordeur.store import access_log
from voordeur.store.store import Store


def section(doc: SummaryDocument, heading: str):  # type: ignore[no-untyped-def]
    found = [s for s in doc.sections if s.heading == heading]
    assert found, f"no section {heading!r} in {[s.heading for s in doc.sections]}"
    return found[0]


def kinds(doc: SummaryDocument) -> set[OmissionKind]:
    return {o.kind for o in doc.left_out}


def assert_no_hidden_name(text: str) -> None:
    for name in HIDDEN_NAMES:
        assert not re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text), name


def test_the_family_version_puts_strengths_first_and_keeps_their_own_words(
        store: Store) -> None:
    h = build(store)
    doc = visit_summary(store, h.visit_id, Audience.FAMILY, today=TODAY)
    assert doc.title == "Wat we hebben besproken" and doc.recipient == "Voor het gezin"
    assert doc.sections[0].heading == "Wat goed gaat"
    assert doc.sections[0].blocks == (BulletList(("Oma Truus haalt Sem elke woensdag op",
                                                  "Fatma zoekt zelf hulp")),)
    goals = next(b for b in section(doc, "Jullie doelen").blocks if isinstance(b, Table))
    assert goals.rows[0][0] == "1. Sem gaat elke dag met plezier naar school"
    assert goals.rows[0][1] == "6 van de 10" and goals.rows[0][2].startswith("5 (")
    assert goals.rows[1][0] == "2. Wij hebben overzicht over onze rekeningen"
    agreements = section(doc, "Afspraken: wie doet wat, wanneer").blocks[0]
    assert isinstance(agreements, Table) and agreements.header == ("Wie", "Wat", "Wanneer")
    assert ("Fatma Yılmaz", "Fatma belt de schuldhulp", "uiterlijk op 25 november 2026") in \
        agreements.rows
    assert ("Truus de Vries", "Truus brengt Sem op maandag naar school",
            "uiterlijk op 1 december 2026") in agreements.rows
    next_visit = section(doc, "Volgende afspraak").blocks
    assert "woensdag 2 december 2026" in next_visit[0].text
    assert section(doc, "Contact").blocks[0].text.startswith(
        "Hebben jullie een vraag? Neem contact op met")
    chart = next(b for b in section(doc, "Jullie doelen").blocks if isinstance(b, ScoreChart))
    assert chart.axis_label == "Cijfer"
    text = all_text(doc)
    assert not re.search(r"\b(u|uw)\b|vóór|[Ss]core", text)  # one voice: jullie, cijfer
    assert NOTES_MARKER not in text and "Echtscheiding" not in text
    assert {OmissionKind.FREE_NOTES, OmissionKind.THEMES, OmissionKind.REVISIONS,
            OmissionKind.CONSENTS} <= kinds(doc)


def test_the_case_file_is_complete(store: Store) -> None:
    h = build(store)
    doc = visit_summary(store, h.visit_id, Audience.FILE, today=TODAY)
    text = all_text(doc)
    assert NOTES_MARKER in text and "Echtscheiding" in text
    assert "Definitief sinds" in text
    revisions = section(doc, "Eerdere versies")
    assert any("gewijzigd na definitief" in b.text and "Fatma is moe" in b.text
               for b in revisions.blocks)
    assert any("definitief gemaakt" in b.text for b in revisions.blocks)
    register = section(doc, "Toestemming").blocks[0]
    assert isinstance(register, Table)
    states = {row[-1] for row in register.rows}
    assert states == {"Geldig", "Ingetrokken op 1 juni 2026", "Verlopen"}
    assert doc.left_out == ()


def test_a_partner_sees_roles_for_everyone_the_consent_does_not_name(store: Store) -> None:
    h = build(store)
    doc = visit_summary(store, h.visit_id, Audience.PARTNER, organisation_id=h.school_id,
                        today=TODAY)
    assert doc.recipient == "Voor: Basisschool De Regenboog"
    assert doc.household_name == HIDDEN_HOUSEHOLD_NAME  # "Bakker" is Sem's and Jan's name
    assert doc.sections[0].heading == "Gedeeld met toestemming"
    assert doc.title == "Verslag, doelen, afspraken, zorgen en netwerk uit het bezoek"
    assert doc.sections[0].blocks[0].text.startswith(
        "Fatma Yılmaz heeft toestemming gegeven om dit met Basisschool De Regenboog te delen.")
    text = all_text(doc)
    assert_no_hidden_name(text)
    assert "Fatma Yılmaz" in text and "oma" in text and "zoon" in text
    assert "Oma haalt de zoon elke woensdag op" in text  # a role in a sentence, with its article
    assert NOTES_MARKER not in text
    figure = next(b for b in doc.figures if isinstance(b, EcogramFigure))
    assert "Fatma Yılmaz" in {n.label() for n in figure.ecogram.nodes}
    names = next(o for o in doc.left_out if o.kind == OmissionKind.NAMES)
    assert "Sem Bakker (zoon)" in names.detail
    assert "Juf Anouk" not in names.detail  # the school's own contact person
    assert "Juf Anouk van school" in text


@pytest.mark.parametrize(("partner", "reason"), [
    ("ggz_id", RefusalReason.WITHDRAWN),
    ("club_id", RefusalReason.EXPIRED),
    ("unlinked_id", RefusalReason.NOT_IN_NETWORK),
])
def test_withdrawn_expired_and_unlinked_partners_are_refused(
        store: Store, partner: str, reason: RefusalReason) -> None:
    h = build(store)
    with pytest.raises(ExportRefused) as caught:
        visit_summary(store, h.visit_id, Audience.PARTNER,
                      organisation_id=getattr(h, partner), today=TODAY)
    assert caught.value.reason == reason
    with pytest.raises(ExportRefused):
        family_plan(store, h.household_id, Audience.PARTNER,
                    organisation_id=getattr(h, partner), today=TODAY)


def test_a_partner_gets_only_the_topics_its_consent_covers(store: Store) -> None:
    from voordeur.services import plan
    from voordeur.services.unit_of_work import unit_of_work

    h = build(store)
    with unit_of_work(store) as uow:
        household = uow.get(Household, h.household_id)
        plan.record_consent(uow, household, given_on=TODAY, purpose="Sport",
                            organisation_ids=[h.club_id],
                            topics=[ConsentTopic.AGREEMENTS.value], person_ids=[h.sem_id])
    doc = visit_summary(store, h.visit_id, Audience.PARTNER, organisation_id=h.club_id,
                        today=TODAY)
    headings = [s.heading for s in doc.sections]
    assert headings == ["Gedeeld met toestemming", "Afspraken", "Contact"]
    assert doc.title == "Afspraken uit het bezoek"
    # nobody recorded who gave this consent
    assert doc.sections[0].blocks[0].text.startswith("De ouders hebben toestemming gegeven")
    topics = {o.detail for o in doc.left_out if o.kind == OmissionKind.TOPIC}
    assert topics == {"visit_summaries", "goals", "concerns", "network"}
    text = all_text(doc)
    assert "Oma brengt Sem op maandag naar school" in text  # this consent names Sem
    assert "Fatma" not in text and "Truus" not in text
    assert "moeder" in text
    assert "Anouk" not in text  # another partner's contact person


def test_partner_choices_say_who_may_receive_what(store: Store) -> None:
    h = build(store)
    choices = {c.organisation_id: c for c in partner_choices(store, h.household_id, today=TODAY)}
    assert set(choices) == {h.school_id, h.ggz_id, h.club_id}
    assert choices[h.school_id].valid and len(choices[h.school_id].topics) == 5
    assert not choices[h.ggz_id].valid and not choices[h.club_id].valid


def test_the_family_plan_shows_goals_agreements_and_who_supports_what(store: Store) -> None:
    h = build(store)
    doc = family_plan(store, h.household_id, Audience.FAMILY, today=TODAY)
    assert doc.title == "Ons gezinsplan" and doc.visit_id is None
    support = next(b for b in section(doc, "Wie jullie helpen").blocks if isinstance(b, Table))
    rows = {row[0]: row for row in support.rows}
    assert rows["Truus de Vries (oma)"][1:] == ("Praktisch, Emotioneel", "het hele gezin")
    assert rows["Xaviera Post (buurvrouw)"][1:] == ("Gezelschap", "Fatma Yılmaz")
    assert rows["Basisschool De Regenboog"][1:] == ("Advies", "Sem Bakker")
    chart = next(b for b in section(doc, "Jullie doelen").blocks if isinstance(b, ScoreChart))
    assert [len(s.points) for s in chart.series] == [3, 2]

    partner = family_plan(store, h.household_id, Audience.PARTNER,
                          organisation_id=h.school_id, today=TODAY)
    assert_no_hidden_name(all_text(partner))
    support = next(b for b in section(partner, "Netwerk en steun").blocks
                   if isinstance(b, Table))
    assert {row[0] for row in support.rows} == {"oma", "buurvrouw",
                                                "Basisschool De Regenboog"}
    assert partner.title == ("Vraag, krachten, doelen, afspraken, zorgen en netwerk uit het "
                             "gezinsplan")

    file = family_plan(store, h.household_id, Audience.FILE, today=TODAY)
    assert "Bezoeken" in [s.heading for s in file.sections]
    assert file.left_out == ()


def test_making_a_document_reads_without_logging(store: Store) -> None:
    h = build(store)
    with store.session() as session:
        before = len(access_log.entries(session))
    visit_summary(store, h.visit_id, Audience.FILE, today=TODAY)
    family_plan(store, h.household_id, Audience.FAMILY, today=TODAY)
    with store.session() as session:
        assert len(access_log.entries(session)) == before
