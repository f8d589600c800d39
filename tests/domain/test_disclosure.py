"""Consent for a partner, and names that become roles (pure rules, no store)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from voordeur.domain.disclosure import (
    HIDDEN_HOUSEHOLD_NAME,
    ExportRefused,
    PersonRef,
    RefusalReason,
    contact_ref_id,
    full_disclosure,
    partner_disclosure,
    role_article,
)
from voordeur.domain.ecogram import Ecogram, Node, node_key
from voordeur.model.catalogues import ConsentTopic, NodeKind
from voordeur.model.plan import Consent

DAY = date(2026, 11, 20)
FATMA = PersonRef("p-fatma", "Fatma Yılmaz", "moeder", member=True)
JAN = PersonRef("p-jan", "Jan Bakker", "vader", member=True)
SEM = PersonRef("p-sem", "Sem Bakker", "zoon", member=True)
TRUUS = PersonRef("p-truus", "Truus de Vries", "oma")
ANNE = PersonRef("p-anne", "Anne Kok", "moeder van Xaviera")
XAVIERA = PersonRef("p-xaviera", "Xaviera Post", "buurmeisje")
PEOPLE = (FATMA, JAN, SEM, TRUUS, ANNE, XAVIERA)


def consent(**fields) -> Consent:  # type: ignore[no-untyped-def]
    values = {"household_id": "h", "given_on": date(2026, 1, 1), "purpose": "school",
              "organisation_ids": ["org-school"], "topics": [ConsentTopic.GOALS.value],
              "person_ids": [FATMA.id]} | fields
    return Consent(**values)


def school(*consents: Consent, in_network: bool = True):  # type: ignore[no-untyped-def]
    return partner_disclosure(PEOPLE, consents, "org-school", "Basisschool De Regenboog",
                              in_network=in_network, day=DAY)


@pytest.mark.parametrize(("consents", "reason", "day"), [
    ((), RefusalReason.NO_CONSENT, None),
    ((consent(organisation_ids=["org-other"]),), RefusalReason.NO_CONSENT, None),
    ((consent(valid_until=date(2026, 6, 30)),), RefusalReason.EXPIRED, date(2026, 6, 30)),
    ((consent(withdrawn_on=date(2026, 5, 5)),), RefusalReason.WITHDRAWN, date(2026, 5, 5)),
    ((consent(given_on=date(2026, 12, 1)),), RefusalReason.NOT_YET, date(2026, 12, 1)),
    ((consent(topics=[]),), RefusalReason.NOTHING_COVERED, None),
])
def test_a_partner_without_valid_consent_is_refused_with_what_is_missing(
        consents, reason, day) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ExportRefused) as caught:
        school(*consents)
    assert caught.value.reason == reason
    assert caught.value.day == day
    assert caught.value.organisation_name == "Basisschool De Regenboog"
    assert "Basisschool De Regenboog" in str(caught.value)


def test_the_latest_consent_explains_the_refusal() -> None:
    old = consent(given_on=date(2025, 1, 1), valid_until=date(2025, 12, 31))
    new = consent(given_on=date(2026, 2, 1), withdrawn_on=date(2026, 8, 1))
    with pytest.raises(ExportRefused) as caught:
        school(old, new)
    assert caught.value.reason == RefusalReason.WITHDRAWN
    assert "withdrawn on 2026-08-01" in str(caught.value)


def test_an_organisation_outside_the_network_is_refused_even_with_consent() -> None:
    with pytest.raises(ExportRefused) as caught:
        school(consent(), in_network=False)
    assert caught.value.reason == RefusalReason.NOT_IN_NETWORK


def test_valid_consents_add_up_and_invalid_ones_add_nothing() -> None:
    d = school(consent(topics=[ConsentTopic.GOALS.value], person_ids=[FATMA.id]),
               consent(topics=[ConsentTopic.AGREEMENTS.value], person_ids=[TRUUS.id]),
               consent(topics=[ConsentTopic.CONCERNS.value], person_ids=[SEM.id],
                       withdrawn_on=date(2026, 3, 1)))
    assert d.covers(ConsentTopic.GOALS) and d.covers(ConsentTopic.AGREEMENTS)
    assert not d.covers(ConsentTopic.CONCERNS) and not d.covers(ConsentTopic.NETWORK)
    assert d.may_name(FATMA.id) and d.may_name(TRUUS.id) and not d.may_name(SEM.id)
    assert len(d.consents) == 2


def test_consent_on_its_last_day_is_still_valid() -> None:
    assert school(consent(valid_until=DAY)).covers(ConsentTopic.GOALS)


def test_hidden_people_appear_by_role_in_free_text() -> None:
    d = school(consent())
    text = d.scrub("Oma Truus haalt Sem op. Truus de Vries belt Fatma.\nSem gaat naar school.")
    assert text == "Oma haalt de zoon op. Oma belt Fatma.\nDe zoon gaat naar school."
    assert d.person_label(SEM.id) == "zoon"
    assert d.person_label(FATMA.id) == "Fatma Yılmaz"


def test_a_named_persons_surname_stays_and_particles_are_ordinary_words() -> None:
    d = partner_disclosure(PEOPLE, [consent(person_ids=[JAN.id])], "org-school", "School",
                           in_network=True, day=DAY)
    # Bakker is Jan's name too, so it may show; Sem's first name may not.
    assert d.scrub("Jan Bakker en Sem Bakker") == "Jan Bakker en de zoon"
    assert d.scrub("de moeder van een klasgenoot") == "de moeder van een klasgenoot"


def test_a_role_in_running_text_gets_an_article_where_a_sentence_needs_one() -> None:
    d = school(consent())
    assert d.scrub("Fatma en Xaviera gaan samen.") == "Fatma en een buurmeisje gaan samen."
    assert d.scrub("Xaviera past op.") == "Een buurmeisje past op."
    assert d.scrub("Fatma belt haar buurmeisje Xaviera") == "Fatma belt haar buurmeisje"
    assert d.scrub("Fatma belt Truus") == "Fatma belt oma"  # kinship said like a name
    assert d.person_label(XAVIERA.id) == "buurmeisje"  # a label (table, ecogram): no article
    assert role_article("pleegkind", member=True) == "het"
    assert role_article("", member=True) == ""
    assert role_article("collega van vader", member=False) == "een"


def test_a_role_that_names_someone_hidden_is_scrubbed_too() -> None:
    d = school(consent())
    assert d.person_label(ANNE.id) == "moeder van …"
    assert "Xaviera" not in d.scrub("Anne Kok, de moeder van Xaviera, helpt")


def test_the_household_name_hides_when_it_holds_a_hidden_name() -> None:
    d = school(consent())
    assert d.household_name("Gezin Yılmaz") == "Gezin Yılmaz"
    assert d.household_name("Gezin Yılmaz-Bakker") == HIDDEN_HOUSEHOLD_NAME


def test_the_family_and_the_file_see_every_name() -> None:
    d = full_disclosure(PEOPLE)
    assert d.is_full and d.scrub("Sem en oma Truus") == "Sem en oma Truus"
    assert d.person_label(SEM.id) == "Sem Bakker"
    assert d.hidden_people() == ()


def test_the_ecogram_loses_hidden_names_contact_names_and_the_title() -> None:
    nodes = [Node(node_key(NodeKind.HOUSEHOLD, "h"), NodeKind.HOUSEHOLD, "h",
                  "Gezin Yılmaz-Bakker")]
    nodes += [Node(node_key(NodeKind.PERSON, p.id), NodeKind.PERSON, p.id, p.name, role=p.role,
                   member=p.member) for p in PEOPLE]
    nodes.append(Node(node_key(NodeKind.ORGANISATION, "org-school"), NodeKind.ORGANISATION,
                      "org-school", "Basisschool De Regenboog", contact_name="Juf Anouk"))
    ecogram = Ecogram.of("h", "Gezin Yılmaz-Bakker", nodes, [], [])
    shown = school(consent()).ecogram(ecogram)
    labels = {node.label() for node in shown.nodes}
    assert "Fatma Yılmaz" in labels and "zoon" in labels and "oma" in labels
    assert "moeder van …" in labels
    assert shown.title == HIDDEN_HOUSEHOLD_NAME
    everything = " ".join([shown.title, *labels, *(n.contact_name for n in shown.nodes),
                           *(n.name for n in shown.nodes)])
    for name in ("Sem", "Truus", "Xaviera", "Jan", "Anouk", "Bakker"):
        assert name not in everything


WORDS = ["Sem", "Bakker", "Truus", "de", "Vries", "Xaviera", "Post", "Fatma", "Yılmaz", "oma",
         "zoon", "school", "van", "Jan", "ging", ".", ",", "\n", "SEM", "truus"]


@given(st.lists(st.sampled_from(WORDS), max_size=30))
def test_no_hidden_name_survives_scrubbing(words: list[str]) -> None:
    d = school(consent())
    text = d.scrub(" ".join(words))
    for hidden in ("Sem", "Truus", "Xaviera", "Jan", "Bakker", "Vries", "Post"):
        assert not re.search(rf"(?<!\w){hidden}(?!\w)", text, re.IGNORECASE), text
    assert text.count("Fatma") == words.count("Fatma")


def test_a_partners_own_contact_person_may_be_named_in_its_own_document() -> None:
    contact = PersonRef(contact_ref_id("link-school"), "Juf Anouk",
                        "contactpersoon van Basisschool De Regenboog")
    people = (*PEOPLE, contact)
    node = Node(node_key(NodeKind.ORGANISATION, "org-school"), NodeKind.ORGANISATION,
                "org-school", "Basisschool De Regenboog", contact_name="Juf Anouk",
                link_id="link-school")
    ecogram = Ecogram.of("h", "Gezin Yılmaz", [node], [], [])
    own = partner_disclosure(people, [consent()], "org-school", "School", in_network=True,
                             day=DAY, own_contacts=[contact.id])
    assert own.scrub("Juf Anouk belt") == "Juf Anouk belt"
    assert own.ecogram(ecogram).nodes[0].contact_name == "Juf Anouk"
    other = partner_disclosure(people, [consent(organisation_ids=["org-gp"])], "org-gp",
                               "Huisarts", in_network=True, day=DAY)
    assert other.scrub("Juf Anouk belt") == "Een contactpersoon van Basisschool De Regenboog belt"
    assert other.ecogram(ecogram).nodes[0].contact_name == ""
